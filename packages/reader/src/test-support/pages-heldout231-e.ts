import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';
import { askLibrarian } from './pages-heldout231-e2.js';

/**
 * Held-out batch 231, file e: a Chegg-style homework Q&amp;A page (header with the study nav and "Start learning", the
 * breadcrumbs trail, "Question:" with the question text as the h1, "Show transcribed image text", the "Expert-verified"
 * answer with "There are 2 steps to solve this one.", Step 1 shown and Step 2 and the final answer blurred under an
 * "Unlock" paywall overlay, rating buttons, "Not the question you're looking for?", "Previous question / Next question",
 * the "Textbook solutions" and "Related questions" rails, the subscription banner and the footer) and, from file e2, a
 * library's Ask a Librarian answer.
 */
const cTitle = j(
  'Question: A 25.0 mL sample of 0.150 M acetic acid is titrated with 0.100 M NaOH.',
  'Calculate the pH after 20.0 mL of NaOH has been added. (Ka of acetic acid = 1.8 \u00d7 10^-5)',
);
const cQExtra = 'Please explain whether this point is before or after the equivalence point and why the buffer equation can be used.';
const cStep1 = [
  j(
    'Begin by working out how many moles of each reactant are present, because the reaction between a weak acid and a strong base',
    'goes essentially to completion.',
  ),
  'Moles of acetic acid = 0.0250 L \u00d7 0.150 mol/L = 3.75 \u00d7 10^-3 mol.',
  'Moles of NaOH added = 0.0200 L \u00d7 0.100 mol/L = 2.00 \u00d7 10^-3 mol.',
  j(
    'The equivalence point would need 3.75 \u00d7 10^-3 mol of NaOH, or 37.5 mL, so after 20.0 mL we are before the equivalence',
    'point. Some acetic acid is left over, and acetate ions have been formed.',
  ),
];
const cStep1Expl = j(
  'Explanation: Comparing the moles of base with the moles of acid tells you which region of the titration curve',
  'you are in, and so which calculation to use.',
);
const cStep2 = [
  'After the reaction: acetic acid remaining = 3.75 \u00d7 10^-3 \u2212 2.00 \u00d7 10^-3 = 1.75 \u00d7 10^-3 mol; acetate formed = 2.00 \u00d7 10^-3 mol.',
  j(
    'Both species are in the same 45.0 mL of solution, so the volume cancels in the ratio and the Henderson\u2013Hasselbalch',
    'equation can be applied directly with moles.',
  ),
  'pKa = \u2212log(1.8 \u00d7 10^-5) = 4.74.',
  'pH = pKa + log([A\u207b]/[HA]) = 4.74 + log(2.00 / 1.75) = 4.74 + 0.058 = 4.80.',
  j(
    'The mixture of a weak acid and its conjugate base is a buffer, which is why the pH has changed only a little from the',
    'pKa even though a good deal of base has been added.',
  ),
];
const cAnswer = 'The pH after 20.0 mL of NaOH has been added is 4.80.';
const cHeads = ['Step 1', 'Step 2', 'Answer'];
const cNav = ['Study', 'Textbook Solutions', 'Expert Q&A', 'Practice', 'Writing', 'Math Solver'];
const cCrumbs = ['home', 'study', 'science', 'chemistry', 'chemistry questions and answers'];
const cBooks = ['Chemistry: The Central Science, 15th Edition', 'General Chemistry: Principles and Modern Applications, 12th Edition'];
const cRelated = [
  'Calculate the pH at the equivalence point when 25.0 mL of 0.100 M formic acid is titrated with 0.100 M KOH.',
  'What volume of 0.200 M HCl is needed to neutralize 40.0 mL of 0.150 M ammonia?',
  'A buffer is made from 0.30 mol NH3 and 0.20 mol NH4Cl in 1.0 L. Find the pH after adding 0.05 mol HCl.',
];
const cFoot = [
  'About Chegg',
  'Chegg For Good',
  'Advertising Choices',
  'Cookie Notice',
  'General Policies',
  'Honor Code',
  'Privacy Policy',
  'Terms of Use',
  'Your Privacy Choices',
  'Customer Service',
  'Site Map',
];
const cP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Solved A 25.0 mL sample of 0.150 M acetic acid is titrated | Chegg.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Answer to A 25.0 mL sample of 0.150 M acetic acid is titrated with 0.100 M NaOH.">
<link rel="canonical" href="https://www.chegg.example/homework-help/questions-and-answers/25-0-ml-sample-0150-m-acetic-acid-q204418873">
<meta property="og:site_name" content="Chegg.com"><script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"questionUuid":"6f1e","isSubscriber":false}}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"A 25.0 mL sample of 0.150 M
acetic acid",
"answerCount":1,"dateCreated":"2025-04-08T03:11:45.000Z","acceptedAnswer":{"@type":"Answer","text":"There are 2 steps to solve this one."}}}</script>
<link rel="stylesheet" href="https://c.cheggcdn.example/_next/static/css/6d0c6a.css"><script src="https://c.cheggcdn.example/_next/static/chunks/main-9a1e.js"
defer></script>
</head><body><div id="__next"><div class="AppLayout__Wrapper"><div class="SubscriptionBanner" role="region" aria-label="promotion">
<p class="SubscriptionBanner__text">Get homework help fast! Search through millions of guided step-by-step solutions or ask for help from our community of
subject
experts 24/7.</p><a class="Button__primary" href="/auth?action=signup">Try Study today</a></div>
<header class="Header__Container" data-test="header"><a class="Header__Logo" href="/" aria-label="Chegg home"><span>Chegg</span></a>
<nav class="Header__Nav" aria-label="Primary"><ul>${links(cNav, 'Header__NavItem')}</ul></nav><form class="Header__Search" role="search">
<input type="search" aria-label="Search" placeholder="Ask anything"></form><a class="Header__SignIn" href="/auth?action=login">Sign in</a>
<a class="Button__primary" href="/auth?action=signup">Start learning</a></header>
<main class="QuestionPage__Main" id="main"><nav class="Breadcrumbs" aria-label="breadcrumbs"><ol>${links(cCrumbs, 'Breadcrumbs__Item')}
<li class="Breadcrumbs__Item" aria-current="page">Q204418873</li></ol></nav>
<div class="QuestionPage__Layout"><section class="QuestionPage__Content"><div class="QuestionBody" data-test="qna-question">
<h1 class="QuestionBody__Title" data-test="question-title"><span class="QuestionBody__Label">Question: </span>${cTitle.replace('Question: ', '')}</h1>
<div class="QuestionBody__Text"><p>${cQExtra}</p></div><button class="QuestionBody__Transcribed" aria-expanded="false">Show transcribed image text</button>
</div>
<div class="AnswerBody" data-test="qna-answer"><div class="AnswerBody__Header"><span class="Badge__expert">Expert-verified</span>
<span class="AnswerBody__Meta">Step-by-step</span><span class="AnswerBody__Count">There are 2 steps to solve this one.</span></div>
<section class="StepByStep__Step" data-test="step-1"><h2 class="StepByStep__Title">${cHeads[0]}</h2>${cP(cStep1)}
<div class="StepByStep__Explanation"><p>${cStep1Expl}</p></div></section>
<div class="Paywall__Container"><section class="StepByStep__Step StepByStep__Step--blurred" data-test="step-2" aria-hidden="true">
<h2 class="StepByStep__Title">${cHeads[1]}</h2>
${cP(cStep2)}</section><section class="FinalAnswer StepByStep__Step--blurred" aria-hidden="true"><h2 class="FinalAnswer__Title">${cHeads[2]}</h2>
<p>${cAnswer}</p></section>
<div class="Paywall__Overlay" role="dialog" aria-label="Unlock"><p class="Paywall__Headline">Unlock</p>
<p class="Paywall__Text">View the full answer and get 24/7 expert help</p>
<a class="Button__primary" href="/auth?action=signup&amp;redirect=q204418873">Unlock</a>
<p class="Paywall__Small">Already subscribed? <a href="/auth?action=login">Log in</a></p></div></div>
<div class="AnswerRating" data-test="answer-rating"><span>Was this answer helpful?</span><button aria-label="thumbs up">Up</button>
<button aria-label="thumbs down">Down</button></div>
</div><div class="NotLooking"><p>Not the question you’re looking for?</p><p>Post any question and get expert help quickly.</p>
<a class="Button__secondary" href="/homework-help/questions-and-answers/ask">Start learning</a></div>
<nav class="QuestionPager" aria-label="question navigation"><a href="/homework-help/questions-and-answers/q204418872">Previous question</a>
<a href="/homework-help/questions-and-answers/q204418874">Next question</a></nav></section>
<aside class="QuestionPage__Rail"><div class="Rail__Box"><h2 class="Rail__Title">Textbook solutions</h2><ul>${links(cBooks)}</ul></div>
<div class="Rail__Box"><h2 class="Rail__Title">Related Chemistry questions</h2><ul>${links(cRelated)}</ul></div>
<div class="Rail__Ad"><span class="Ad__Label">Advertisement</span><div id="chg-ad-rail-1"></div></div></aside></div></main>
<footer class="Footer" data-test="footer"><ul class="Footer__Links">${links(cFoot)}</ul>
<p class="Footer__Copy">© 2003-2026 Chegg Inc. All rights reserved.</p></footer>
</div></div><script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageName":"qna question"});</script></body></html>`;
const chegg: TestPage = {
  name: 'heldout231-chegg-homework-qa',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  // the answer steps under the paywall blur are in the saved page and are the answer (body); the overlay is furniture
  body: texts([cQExtra, ...cStep1, cStep1Expl, ...cStep2, cAnswer]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get homework help fast! Search through millions of guided step-by-step solutions or ask for help from our community of subject experts 24/7.',
    'Try Study today', 'Chegg', ...cNav, 'Sign in', 'Start learning', ...cCrumbs, 'Q204418873', 'Show transcribed image text', 'Expert-verified',
    'Step-by-step', 'There are 2 steps to solve this one.', 'View the full answer and get 24/7 expert help', 'Already subscribed? Log in',
    'Was this answer helpful?', 'Up', 'Down', 'Not the question you’re looking for?', 'Post any question and get expert help quickly.',
    'Previous question', 'Next question', 'Textbook solutions', ...cBooks, 'Related Chemistry questions', ...cRelated, 'Advertisement', ...cFoot,
    '© 2003-2026 Chegg Inc. All rights reserved.', 'Unlock',
  ],
};

export const HELDOUT231_E: readonly TestPage[] = [chegg, askLibrarian];
