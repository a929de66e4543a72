import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file d: a Chegg-style chemistry Q&A (the question and the expert's step-by-step answer are the body;
 * header, subject breadcrumbs, "Show transcribed image text" toggle, "Expert Answer" label, expert card, rating buttons,
 * "Not the question you're looking for?" box, related questions, footer) and a Shmoop-style poem analysis page (breadcrumbs,
 * guide menu, sub-tabs, jokey headings, "Brain Snack" aside, premium upsell, back / next pager, footer, consent banner).
 */
const gTitle = 'A 25.00 mL sample of vinegar needs 21.40 mL of 0.1000 M NaOH to reach the end point. What is the concentration of ethanoic acid?';
const gQ = [
  'Give the concentration in mol/dm³ and in g/dm³. The equation is CH₃COOH + NaOH → CH₃COONa + H₂O.',
  'Also explain why phenolphthalein is used as the indicator rather than methyl orange.',
];
const gS1 = [
  'Work out the moles of sodium hydroxide that reacted. Convert the volume to dm³ first: 21.40 mL = 0.02140 dm³.',
  'Moles of NaOH = concentration × volume = 0.1000 × 0.02140 = 0.002140 mol.',
];
const gS1x = ['Always convert mL to dm³ by dividing by 1000 before multiplying by the concentration.'];
const gS2 = [
  'The equation shows a 1 : 1 ratio, so the moles of ethanoic acid in the 25.00 mL sample are also 0.002140 mol.',
  'Concentration = moles ÷ volume = 0.002140 ÷ 0.02500 = 0.0856 mol/dm³.',
  'The molar mass of CH₃COOH is 60.0 g/mol, so the mass concentration is 0.0856 × 60.0 = 5.14 g/dm³.',
];
const gS3 = [
  j(
    'Ethanoic acid is a weak acid and sodium hydroxide is a strong base, so the solution at the equivalence point is slightly alkaline,',
    'at about pH 8.7. Phenolphthalein changes colour between pH 8.2 and 10, which includes this point.',
  ),
  'Methyl orange changes colour between pH 3.1 and 4.4, so it would change long before the acid had been neutralised and give a low titre.',
];
const gFinal = ['The vinegar contains 0.0856 mol/dm³ ethanoic acid (5.14 g/dm³); phenolphthalein is used because its range matches the pH at equivalence.'];
const gRel = [
  'A 10.0 mL sample of household ammonia is titrated with 0.200 M HCl',
  'Calculate the pH at the equivalence point of a weak acid titration',
  'Why is a burette rinsed with the titrant before a titration?',
];
const gFoot = ['About Chegg', 'Chegg For Good', 'Investor Relations', 'Jobs', 'Customer Service', 'Honor Code', 'Privacy Policy', 'Terms of Use'];
const gHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Solved A 25.00 mL sample of vinegar needs 21.40 mL of 0.1000 M |
Chegg.com</title>
<meta name="description" content="Answer to A 25.00 mL sample of vinegar needs 21.40 mL of 0.1000 M NaOH to reach the end point.">
<link rel="canonical" href="https://www.chegg.com/homework-help/questions-and-answers/25-00-ml-sample-vinegar-q184420917">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${gTitle}",
"answerCount":1,"acceptedAnswer":{"@type":"Answer","upvoteCount":3}}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"questionId":184420917,"subject":"chemistry"}}}</script></head>
<body><div id="__next"><header class="sc-1jr3f8-0 header-wrapper"><a href="/" class="chegg-logo" aria-label="Chegg home"></a>
<nav class="sc-1jr3f8-1">${links(['Study', 'Writing', 'Math Solver', 'Textbook Solutions'], 'nav-item')}</nav>
<a href="/auth?action=login" class="sc-login">Sign in</a><a href="/auth?action=signup" class="sc-signup">Sign up</a></header>
<main class="sc-qna-layout"><nav aria-label="breadcrumbs" class="sc-breadcrumbs"><ol>${links([
  'Home',
  'Study',
  'Science',
  'Chemistry',
  'Chemistry questions and answers',
])}</ol></nav>
<section data-test="qna-question" class="sc-question"><div class="sc-question-label">Question:</div>
<h1 class="sc-question-headline">${gTitle}</h1><div class="sc-question-body" data-test="question-body">${ps(gQ)}</div>
<button class="sc-transcribed-toggle" type="button">Show transcribed image text</button></section>
<section data-test="qna-answer" class="sc-answer"><h2 class="sc-answer-label">Expert Answer</h2>
<div class="sc-expert-card"><span class="sc-expert-badge">Subject matter expert</span><span class="sc-expert-meta">This solution was written by a subject
matter expert. It’s designed to help students like you learn core concepts.</span></div>
<div class="sc-answer-body"><div class="sc-step"><h3 class="sc-step-title">Step 1</h3>${ps(gS1)}
<div class="sc-explanation"><span class="sc-explanation-label">Explanation:</span>${ps(gS1x)}</div></div>
<div class="sc-step"><h3 class="sc-step-title">Step 2</h3>${ps(gS2)}</div>
<div class="sc-step"><h3 class="sc-step-title">Step 3</h3>${ps(gS3)}</div>
<div class="sc-final"><h3 class="sc-step-title">Final answer</h3>${ps(gFinal)}</div></div>
<div class="sc-rating"><span>Was this answer helpful?</span><button aria-label="thumbs up">3</button><button aria-label="thumbs down">0</button></div>
</section>
<section class="sc-post-question"><h2>Not the question you’re looking for?</h2><p>Post any question and get expert help quickly.</p>
<a class="sc-btn" href="/study">Start learning</a></section>
<aside class="sc-related"><h2>Related Chemistry Q&amp;A</h2><ul>${links(gRel)}</ul></aside></main>
<footer class="sc-footer"><ul>${links(gFoot)}</ul><p>© 2003-2026 Chegg Inc. All rights reserved.</p></footer></div></body></html>`;
const chegg: TestPage = {
  name: 'heldout349-chegg-question',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: ['Step 1', 'Step 2', 'Step 3', 'Final answer'],
  body: texts([...gQ, ...gS1, ...gS1x, ...gS2, ...gS3, ...gFinal]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Study', 'Writing', 'Math Solver', 'Textbook Solutions', 'Sign in', 'Sign up', 'Home', 'Science', 'Chemistry', 'Chemistry questions and answers',
    'Question:', 'Explanation:', 'Show transcribed image text', 'Expert Answer', 'Subject matter expert',
    'This solution was written by a subject matter expert. It’s designed to help students like you learn core concepts.', 'Was this answer helpful?',
    'Not the question you’re looking for?', 'Post any question and get expert help quickly.', 'Start learning', 'Related Chemistry Q&A', ...gRel, ...gFoot,
    '© 2003-2026 Chegg Inc. All rights reserved.',
  ],
};

const wTitle = 'Winter Wharf Analysis: Form and Meter';
const wIntro = [
  j(
    'Quick: count the lines in each stanza of the poem. Four, four, four, four, five. Ashgrove spends the whole poem lulling us into',
    'a nice steady rhythm of quatrains, and then, right when the fishing boats fail to come home, she tacks on an extra line. Sneaky.',
  ),
];
const wQuat = [
  j(
    'The first four stanzas are quatrains with an ABAB rhyme scheme, the kind of thing you might find in an old sea ballad. The rhymes are',
    'solid and chunky, like "rope" and "hope," "tide" and "side." Everything sounds tied down and secure, which is exactly how the',
    'harbour town wants to feel.',
  ),
  j(
    'But look closer and the rhymes start to fray. By the third stanza "gull" only half-rhymes with "hull," and "frost" is paired with',
    '"lost," which is a rhyme, sure, but not a cheerful one. The form is holding on, but its knots are slipping.',
  ),
];
const wMeter = [
  j(
    'Most lines are written in loose iambic tetrameter: four beats per line, with each beat falling on the second syllable, da-DUM da-DUM',
    'da-DUM da-DUM. Try it with line 2:',
  ),
  'The ropes are stiff, the cranes are still',
  j(
    'Hear that? It plods along like someone stamping their feet on the quay to stay warm. Ashgrove breaks the pattern only twice, and both',
    'times it is on purpose. Here is a quick tour:',
  ),
];
const wList = [
  'Line 9 starts with a heavy stressed syllable, "Dark," which knocks the rhythm off balance just as the weather turns.',
  'Line 21, the extra fifth line of the last stanza, has only two beats: "and no bell rang." The silence is built right into the meter.',
];
const wEnd = [
  j(
    'So the form is doing the same thing as the town. It keeps up appearances, counts its beats and rhymes its rhymes, until the one line',
    'that does not fit tells us what nobody on the wharf wants to say out loud.',
  ),
];
const wHeads = ['Quatrains That Almost Hold', 'Meter: Stamping Feet on the Quay', 'The Fifth Line'];
const wCrumbs = ['Poetry', 'Winter Wharf', 'Analysis'];
const wMenu = ['Summary', 'Analysis', 'Themes', 'Quotes', 'Questions', 'Best of the Web', 'Write Essay', 'Teach'];
const wSub = ['Symbols, Imagery, Wordplay', 'Form and Meter', 'Speaker', 'Setting', 'Sound Check', 'What’s Up With the Title?', 'Calling Card'];
const wFoot = ['About', 'Jobs', 'Terms of Use', 'Privacy', 'Accessibility', 'Help'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Winter Wharf Analysis: Form and Meter | Shmoop</title>
<meta name="description" content="Form and Meter in Winter Wharf by Corin Ashgrove, from the Shmoop poetry study guide.">
<link rel="canonical" href="https://www.shmoop.com/study-guides/poetry/winter-wharf/analysis/form-and-meter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","publisher":{"@type":"Organization",
"name":"Shmoop University"}}</script><script>var shmoopPage={"type":"analysis","guide":"winter-wharf"};</script></head>
<body class="study-guide"><header class="shmoop-header"><a class="logo" href="/">Shmoop</a>
<nav class="main-nav"><ul>${links(['Courses', 'Test Prep', 'Study Guides', 'Teachers'], 'main-nav__item')}</ul></nav>
<a class="btn-premium" href="/premium">Go Premium</a><a class="login" href="/login">Log In</a></header>
<div class="content-wrapper"><ul class="breadcrumbs">${links(wCrumbs)}</ul>
<div class="guide-header"><span class="guide-title">Winter Wharf</span><span class="guide-author">by Corin Ashgrove</span></div>
<nav class="guide-menu"><ul>${links(wMenu, 'guide-menu__item')}</ul></nav>
<div class="row"><nav class="sub-menu col-3"><ul>${links(wSub, 'sub-menu__item')}</ul></nav>
<div class="content-section col-6" id="form-and-meter"><h1 class="content-title">${wTitle}</h1>
<div class="body-copy">${ps(wIntro)}
<h3>${wHeads[0]}</h3>
${ps(wQuat)}
<h3>${wHeads[1]}</h3>
${ps(wMeter.slice(0, 1))}
<blockquote><p>${wMeter[1] ?? ''}</p></blockquote>
${ps(wMeter.slice(2))}
<ul>${lis(wList)}</ul>
<h3>${wHeads[2]}</h3>
${ps(wEnd)}</div>
<div class="pager"><a class="back" href="/study-guides/poetry/winter-wharf/analysis/symbols">BACK</a>
<a class="next" href="/study-guides/poetry/winter-wharf/analysis/speaker">NEXT</a></div></div>
<aside class="col-3 sidebar"><div class="brain-snack"><h4>Brain Snack</h4><p>The longest stretch of frozen harbour ever recorded in Marrow Sound lasted
nineteen days.</p></div>
<div class="premium-upsell"><p>Unlock this guide and every other one with Shmoop Premium.</p><a class="btn" href="/premium">Start a free trial</a></div>
<div class="ad-container"><span class="ad-label">Advertisement</span></div></aside></div></div>
<footer class="shmoop-footer"><ul>${links(wFoot)}</ul><p>© 2026 Shmoop University. All rights reserved. We have exactly 0 interest in your data.</p></footer>
<div class="cookie-bar"><p>We speak no foreign languages except cookies.</p><button>OK</button></div></body></html>`;
const shmoop: TestPage = {
  name: 'heldout349-shmoop-poem-analysis',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wIntro, ...wQuat, ...wMeter, ...wList, ...wEnd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shmoop', 'Courses', 'Test Prep', 'Study Guides', 'Teachers', 'Go Premium', 'Log In', ...wCrumbs, 'by Corin Ashgrove', ...wMenu, ...wSub, 'BACK', 'NEXT',
    'Brain Snack', 'The longest stretch of frozen harbour ever recorded in Marrow Sound lasted nineteen days.',
    'Unlock this guide and every other one with Shmoop Premium.', 'Start a free trial', 'Advertisement', ...wFoot,
    '© 2026 Shmoop University. All rights reserved. We have exactly 0 interest in your data.', 'We speak no foreign languages except cookies.',
  ],
};

export const HELDOUT349_D: readonly TestPage[] = [chegg, shmoop];
