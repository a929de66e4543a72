import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 200, file c2: a Chegg Study expert Q&A page as a signed-out visitor saves it (the header with the study
 * menus, "Sign in" and "Sign up", breadcrumbs with the question's first words, the question with its "Show transcribed
 * image text" toggle, the "Expert-verified" badge and step count, the stepwise answer and the like/dislike bar, the
 * "Not the question you're looking for?" box, the "Related Chemistry Q&A" rail and the footer).
 */
const chTitle = 'Question: Buffer pH before and after adding NaOH (formic acid / sodium formate)';
const chQ = [
  'A buffer is prepared by mixing 250.0 mL of 0.200 M formic acid (HCOOH) with 250.0 mL of 0.150 M sodium formate (HCOONa). ' +
    'The K<sub>a</sub> of formic acid is 1.8 × 10<sup>−4</sup>.',
  '(a) What is the pH of the buffer?',
  '(b) What is the pH after 10.0 mL of 1.00 M NaOH is added to the buffer?',
  '(c) Explain in one or two sentences why the pH changes so little compared with adding the same NaOH to pure water.',
  'I keep getting 3.62 for part (b) but my answer key says something different. Please show every step so I can see where I went wrong.',
];
const chIntro = ['There are 3 steps to solve this one.'];
const chS1 = 'Step 1';
const chA1 = [
  'Start with the Henderson–Hasselbalch equation: pH = pK<sub>a</sub> + log([A<sup>−</sup>]/[HA]).',
  'pK<sub>a</sub> = −log(1.8 × 10<sup>−4</sup>) = 3.74.',
  'Both solutions are mixed into the same total volume, so you can use moles instead of concentrations. Moles of HCOOH = ' +
    '0.2500 L × 0.200 M = 0.0500 mol. Moles of HCOO<sup>−</sup> = 0.2500 L × 0.150 M = 0.0375 mol.',
  'pH = 3.74 + log(0.0375 / 0.0500) = 3.74 + log(0.750) = 3.74 − 0.125 = 3.62. So 3.62 is the answer to part (a), not part (b).',
];
const chS2 = 'Step 2';
const chA2 = [
  'Moles of NaOH added = 0.0100 L × 1.00 M = 0.0100 mol. The hydroxide reacts completely with the weak acid: HCOOH + OH<sup>−</sup> ' +
    '→ HCOO<sup>−</sup> + H<sub>2</sub>O.',
  'After the reaction, HCOOH = 0.0500 − 0.0100 = 0.0400 mol and HCOO<sup>−</sup> = 0.0375 + 0.0100 = 0.0475 mol.',
  'pH = 3.74 + log(0.0475 / 0.0400) = 3.74 + log(1.1875) = 3.74 + 0.075 = 3.81.',
  'A common mistake is to forget to add the 0.0100 mol to the formate as well as subtracting it from the acid. Both amounts change.',
];
const chS3 = 'Step 3';
const chA3 = [
  'In the buffer, the added OH<sup>−</sup> is used up by the formic acid and turned into formate, so the ratio of base to acid ' +
    'changes only a little and the pH rises by about 0.19 units. In pure water there is nothing to consume the hydroxide, so the ' +
    'same 0.0100 mol of NaOH in about 0.510 L would give a pH of roughly 12.3.',
];
const chFinal = 'Final answer';
const chAns = ['(a) pH = 3.62 (b) pH = 3.81 (c) The weak acid in the buffer neutralizes the added hydroxide, so the pH barely changes.'];
const chNav = ['Study', 'Writing', 'Math Solver', 'Textbook Solutions', 'Expert Q&A'];
const chCrumbs = ['home', 'study', 'science', 'chemistry', 'chemistry questions and answers'];
const chRelated = [
  'Calculate the pH of a buffer made from 0.30 M acetic acid and 0.25 M sodium acetate.',
  'How many grams of NaOH must be added to 500 mL of 0.10 M HF to make a buffer of pH 3.5?',
  'Explain why a mixture of HCl and NaCl is not a buffer.',
];
const chFootHeads = ['Chegg Products and Services', 'Company', 'Chegg Network', 'Customer Service', 'Educators'];
const chFoot = [
  'Cheap Textbooks',
  'Chegg Study Help',
  'Citation Generator',
  'Grammar Checker',
  'Study 101',
  'About Chegg',
  'Chegg For Good',
  'Investor Relations',
  'Jobs',
  'Media Center',
  'Busuu',
  'Citation Machine',
  'EasyBib',
  'Mathway',
  'Give Us Feedback',
  'Help with Chegg Study',
  'Manage Subscription',
  'Academic Integrity',
  'Honor Shield',
];
const chLegal = ['Advertising Choices', 'Cookie Notice', 'General Policies', 'Intellectual Property Rights', 'Terms of Use', 'Privacy Policy'];
const chStep = (h: string, paras: readonly string[]): string => `<div class="step-container" data-test="step">
<h3 class="step-title">${h}</h3><div class="step-body">${ps(paras)}</div></div>`;
const chHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Solved A buffer is prepared by mixing 250.0 mL of 0.200 M | Chegg.com</title>
<meta name="description" content="Answer to A buffer is prepared by mixing 250.0 mL of 0.200 M formic acid (HCOOH) with 250.0 mL of 0.150 M sodium formate">
<meta name="robots" content="index,follow"><link rel="canonical" href="https://www.chegg.com/homework-help/questions-and-answers/buffer-prepared-q188204417">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question",
"name":"A buffer is prepared by mixing 250.0 mL of 0.200 M formic acid","answerCount":1,"dateCreated":"2025-03-02",
"acceptedAnswer":{"@type":"Answer","upvoteCount":14,"url":"https://www.chegg.com/homework-help/questions-and-answers/buffer-prepared-q188204417"}}}</script>
<script id="__NEXT_DATA__" type="application/json">{"page":"/homework-help/questions-and-answers/[slug]","query":{"questionUuid":"q188204417"}}</script>
</head><body><div id="__next"><header class="chg-header" data-test="header"><a class="chg-logo" href="/" aria-label="Chegg home">Chegg</a>
<nav aria-label="Main"><ul>${links(chNav, 'chg-nav__item')}</ul></nav><form role="search"><input aria-label="Search" placeholder="Ask any question"></form>
<a class="chg-signin" href="/auth?action=login">Sign in</a><a class="chg-signup" href="/auth?action=signup">Sign up</a></header>
<main class="qna-page"><nav class="breadcrumbs" aria-label="breadcrumbs"><ol>${links(chCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item breadcrumb-item--current">A buffer is prepared by mixing 250.0 mL of 0.200 M</li></ol></nav>
<section class="question-section" data-test="question"><h1 class="question-title">${chTitle}</h1>
<div class="question-meta"><span class="question-posted">Posted 9 months ago</span></div>
<div class="question-body">${ps(chQ)}</div><button class="transcribed-toggle" aria-expanded="false">Show transcribed image text</button></section>
<section class="answer-section" data-test="answer"><div class="answer-header"><span class="badge badge--verified">Expert-verified</span>
<span class="answer-meta">Answered by <span class="answer-author">Chemistry expert</span></span><span class="answer-date">Answered Mar 3, 2025</span></div>
<div class="answer-intro">${ps(chIntro)}</div>
${chStep(chS1, chA1)}
${chStep(chS2, chA2)}
${chStep(chS3, chA3)}
<div class="final-answer" data-test="final-answer"><h3 class="step-title">${chFinal}</h3>${ps(chAns)}</div>
<div class="answer-feedback"><span>Was this answer helpful?</span><button aria-label="Like">14</button><button aria-label="Dislike">2</button>
</div></section>
<aside class="not-the-question"><h2>Not the question you’re looking for?</h2><p>Post any question and get expert help quickly.</p>
<a class="button" href="/homework-help/questions-and-answers/ask">Start learning</a></aside>
<aside class="related-qna"><h2>Related Chemistry Q&amp;A</h2><ul>${links(chRelated, 'related-qna__item')}</ul></aside></main>
<footer class="chg-footer"><div class="chg-footer__cols">${chFootHeads.map((h) => `<h3>${h}</h3>`).join('')}<ul>${links(chFoot)}</ul></div>
<ul class="chg-footer__legal">${links(chLegal)}</ul><p>© 2003-2026 Chegg Inc. All rights reserved.</p></footer></div>
<script src="https://c.cheggcdn.example/_next/static/chunks/pages/qna-5d2a.js" defer></script></body></html>`;
export const cheggQa: TestPage = {
  html: chHtml,
  name: 'heldout200-chegg-qa-forum',
  kind: 'forum',
  // the question and the expert answer are both posts (body); the answer's own step headings and "Final answer" are the
  // headings; the posted and answered lines are bylines; the last breadcrumb repeats the question's first words (in
  // neither list); the badge, "Answered by" rank, step count, feedback bar, rails and footer are furniture
  title: chTitle,
  headings: [chS1, chS2, chS3, chFinal],
  body: [...texts(chQ), ...texts(chA1), ...texts(chA2), ...texts(chA3), ...chAns],
  bylines: ['Posted 9 months ago', 'Answered Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...chNav, 'Sign in', 'Sign up', ...chCrumbs, 'Show transcribed image text', 'Expert-verified',
    'Answered by', 'Chemistry expert', ...chIntro,
    'Was this answer helpful?', 'Not the question you’re looking for?', 'Post any question and get expert help quickly.', 'Start learning',
    'Related Chemistry Q&A', ...chRelated, ...chFootHeads, ...chFoot, ...chLegal, '© 2003-2026 Chegg Inc. All rights reserved.',
  ],
};
