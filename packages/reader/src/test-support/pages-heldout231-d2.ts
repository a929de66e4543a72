import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 231, file d2: a Brainly question page (the question text itself is the h1), as a signed-out visitor saves it:
 * the top bar with search, "Ask Question", "Log in" and "Join for free", the subject and grade labels, the asker's nick and
 * date, an "Expert-Verified Answer" block with its "Final answer / Explanation / Learn more" text, the community answer
 * with the answerer's rank, thanks and star ratings, the "Still have questions?" box, "New questions in Physics", ad slots,
 * the OneTrust cookie banner and the footer columns.
 */
const bTitle = j('A cyclist accelerates uniformly from rest to 12 m/s in 8 seconds. How far does she travel in that time,', 'and what is her acceleration?');
const bQExtra = 'I keep getting 96 m but the answer sheet says something different. Please show the steps.';
const bExpert = [
  '<strong>Final answer:</strong> The cyclist\u2019s acceleration is 1.5 m/s\u00b2 and she travels 48 m in the 8 seconds.',
  j(
    '<strong>Explanation:</strong> Because the acceleration is uniform, we can use the equations of motion for constant',
    'acceleration. Acceleration is the change in velocity divided by the time taken: a = (12 m/s \u2212 0 m/s) / 8 s = 1.5 m/s\u00b2.',
  ),
  j(
    'For the distance, use s = ut + \u00bdat\u00b2. The initial velocity u is zero, so s = \u00bd \u00d7 1.5 \u00d7 8\u00b2 =',
    '\u00bd \u00d7 1.5 \u00d7 64 = 48 m.',
  ),
  j(
    'A quick check is to use the average velocity. When acceleration is uniform, the average velocity is halfway between the start',
    'and end velocities, (0 + 12) / 2 = 6 m/s. Travelling at an average of 6 m/s for 8 seconds gives 6 \u00d7 8 = 48 m, the same answer.',
  ),
  j(
    'The answer of 96 m comes from multiplying the final speed by the time, 12 \u00d7 8. That would only be right if the cyclist',
    'had been moving at 12 m/s for the whole 8 seconds, but she starts from rest, so it counts twice the real distance.',
  ),
  j(
    'This kind of problem is easiest if you first list what you know: initial velocity 0, final velocity 12 m/s, time 8 s. Then',
    'pick the equation that links those values to the quantity you want, so you never need to guess which formula applies.',
  ),
  '<strong>Learn more about</strong> uniformly accelerated motion here: brainly.com/question/28814205',
];
const bCommunity = [
  'Answer: a = 1.5 m/s\u00b2, distance = 48 m',
  j(
    'Explanation: a = v/t = 12/8 = 1.5. Then distance = area under the velocity\u2013time graph, which is a triangle with base 8 and',
    'height 12, so \u00bd \u00d7 8 \u00d7 12 = 48 m. Your 96 m is the area of the whole rectangle, not the triangle.',
  ),
];
const bComment = 'Oh I see, I was working out the rectangle. Thank you, that graph explanation really helped!';
const bNew = [
  'A 3 kg block slides down a frictionless ramp 2 m high. What is its speed at the bottom?',
  'Which has more momentum, a 1,000 kg car at 5 m/s or a 60 kg runner at 9 m/s?',
  'Explain why a ball thrown upward has zero velocity but not zero acceleration at the top.',
  'Convert 72 km/h to m/s and show your working.',
];
const bFootCols = [
  { h: 'Company', items: ['About us', 'Careers', 'Advertise with us', 'Brainly for Schools'] },
  { h: 'Community', items: ['Brainly Community', 'Community guidelines', 'Become a Volunteer'] },
  { h: 'Help', items: ['Signup', 'Help Center', 'Safety Center', 'Responsible Disclosure Agreement'] },
  { h: 'Legal', items: ['Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Your Privacy Choices'] },
];
const bHtml = `<!DOCTYPE html>
<html lang="en" class="js-brainly"><head><meta charset="utf-8"><title>${bTitle} - brainly.com</title><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="${bTitle} I keep getting 96 m but the answer sheet says something different."><link rel="canonical"
href="https://brainly.example/question/41128870">
<meta property="og:site_name" content="Brainly.com"><meta property="og:type" content="website"><meta name="robots" content="index, follow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${bTitle}","text":"${bTitle}",
"answerCount":2,"dateCreated":"2025-10-14T17:21:09-04:00","author":{"@type":"Person","name":"juniper_okoro"},"acceptedAnswer":[{"@type":"Answer",
"upvoteCount":21,"author":{"@type":"Person","name":"Brainly Expert"}}]}}</script>
<link rel="stylesheet" href="https://styleguide.brainly.example/236.2.0/style-guide.css"><script src="https://brainly.example/qa/static/runtime.4d1c.js"
defer></script>
</head><body class="sg-body"><div id="main-container" class="brn-main-container"><header class="brn-header js-header" data-testid="header">
<a class="brn-header__logo" href="/" title="Brainly.com"><span class="sg-visually-hidden">Brainly</span></a><form class="brn-header__search" role="search">
<input class="sg-search__input" type="search" placeholder="Search for an answer to any question..."></form><div class="brn-header__actions">
<a class="sg-button sg-button--solid-indigo" href="/question/add">Ask Question</a><a class="sg-button sg-button--transparent" href="/login">Log in</a>
<a class="sg-button sg-button--solid" href="/signup">Join for free</a></div></header>
<div class="brn-qpage-layout js-main-container"><div class="brn-qpage-layout__main"><div class="sg-box" data-testid="question_box">
<div class="sg-flex sg-flex--align-items-center" data-testid="question_box_header"><div class="sg-avatar"><img alt="profile" src="/avatars/jo.png"></div>
<div class="sg-flex sg-flex--column"><a class="sg-text sg-text--small sg-text--bold" data-testid="question_box_header_author"
href="/app/profile/871022">juniper_okoro</a>
<div class="sg-flex"><span class="sg-text sg-text--xsmall sg-text--gray-secondary" data-testid="question_box_header_subject">
<a href="/subject/physics">Physics</a></span>
<span class="sg-text sg-text--xsmall sg-text--gray-secondary">High School</span>
<time class="sg-text sg-text--xsmall sg-text--gray-secondary" datetime="2025-10-14T17:21:09-04:00">10/14/2025</time></div></div>
<button class="sg-button sg-button--transparent-light" aria-label="report flag outlined"></button></div>
<h1 class="sg-text sg-text--large sg-text--bold" data-testid="question_box_text">${bTitle}</h1>
<div class="sg-text" data-testid="question_box_text_extra"><p>${bQExtra}</p></div>
<div class="sg-flex" data-testid="question_box_actions"><button class="sg-button sg-button--outline">Answer</button>
<button class="sg-button sg-button--transparent">Ask AI</button></div></div>
<div class="js-question-ad brn-ads-box" data-testid="brn-ads-box"><span class="sg-text sg-text--xsmall">Advertisement</span><div id="div-gpt-ad-brainly-q-1">
</div></div>
<div class="sg-box" data-testid="answer_box" data-answer-type="expert"><div class="sg-flex sg-flex--align-items-center">
<span class="sg-label sg-label--green">Expert-Verified Answer</span>
<span class="sg-text sg-text--xsmall sg-text--gray-secondary">question</span></div>
<div class="sg-text sg-text--xsmall sg-text--gray-secondary" data-testid="answer_box_stats">21 people found it helpful</div>
<div class="brn-rich-content js-answer-content" data-testid="answer_box_text">
${bExpert.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="sg-flex" data-testid="answer_box_actions"><button class="sg-button" aria-label="thanks">heart outlined</button>
<span class="sg-text">Thanks 21</span>
<span class="sg-text" data-testid="rating_box">star star star star star outlined</span><span class="sg-text sg-text--bold">4.8</span>
<span class="sg-text">(11 votes)</span></div></div>
<div class="sg-box" data-testid="answer_box" data-answer-type="community"><div class="sg-flex sg-flex--align-items-center" data-testid="answer_box_header">
<a class="sg-text sg-text--small sg-text--bold" href="/app/profile/3320194">tomasz_rivera</a>
<span class="sg-text sg-text--xsmall sg-text--gray-secondary">Ambitious</span>
<span class="sg-text sg-text--xsmall sg-text--gray-secondary">8 answers</span>
<span class="sg-text sg-text--xsmall sg-text--gray-secondary">1.2K people helped</span></div>
<div class="brn-rich-content js-answer-content" data-testid="answer_box_text">
${bCommunity.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="sg-flex" data-testid="answer_box_actions"><span class="sg-text">Thanks 6</span><span class="sg-text sg-text--bold">5.0</span>
<span class="sg-text">(3 votes)</span><button class="sg-button sg-button--transparent" aria-label="Comment">Comment</button></div>
<ul class="brn-comments" data-testid="answer_comments"><li class="brn-comment"><a class="sg-text sg-text--small sg-text--bold"
href="/app/profile/871022">juniper_okoro</a>
<p class="sg-text sg-text--small">${bComment}</p></li></ul><a class="sg-text sg-text--small" href="/login">Log in to add comment</a></div>
<div class="sg-box brn-still-looking" data-testid="still_looking_box"><h2 class="sg-headline">Still have questions?</h2>
<a class="sg-button" href="/subject/physics">Find more answers</a><a class="sg-button sg-button--solid" href="/question/add">Ask your question</a></div></div>
<aside class="brn-qpage-layout__aside"><div class="sg-box"><h2 class="sg-headline sg-headline--small">New questions in Physics</h2><ul class="sg-list">
${links(bNew, 'sg-list__element')}</ul></div><div class="brn-ads-box"><span class="sg-text sg-text--xsmall">Advertisement</span>
<div id="div-gpt-ad-brainly-aside"></div></div>
</aside></div>
<footer class="brn-footer"><div class="brn-footer__columns">${bFootCols
  .map((c) => `<div class="brn-footer__column"><h3 class="sg-text sg-text--bold">${c.h}</h3><ul>${links(c.items)}</ul></div>`)
  .join('\n')}</div><div class="brn-footer__bottom"><span class="sg-text sg-text--xsmall">Get the Brainly App</span>
<a href="https://apps.apple.example/brainly">Download iOS App</a><a href="https://play.google.example/brainly">Download Android App</a>
<span class="sg-text sg-text--xsmall">Brainly.com</span></div></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We and our partners use cookies and similar technologies
to personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script>window.__BRAINLY_CONFIG__ = {"market":"us","questionId":41128870,"isLoggedIn":false};</script></body></html>`;
export const brainly: TestPage = {
  name: 'heldout231-brainly-question',
  kind: 'forum',
  html: bHtml,
  title: texts([bTitle])[0] ?? bTitle,
  headings: [],
  // the h1 is the question itself (title); its extra line and both answers are body
  body: texts([bQExtra, ...bExpert, ...bCommunity, bComment]),
  bylines: ['juniper_okoro', '10/14/2025', 'tomasz_rivera'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brainly', 'Ask Question', 'Log in', 'Join for free', 'Physics', 'High School', 'Answer', 'Ask AI', 'Advertisement', 'Expert-Verified Answer', 'question',
    '21 people found it helpful', 'heart outlined', 'Thanks 21', 'star star star star star outlined', '4.8', '(11 votes)', 'Ambitious', '8 answers',
    '1.2K people helped', 'Thanks 6', '5.0', '(3 votes)', 'Comment', 'Log in to add comment', 'Still have questions?', 'Find more answers', 'Ask your question',
    'New questions in Physics', ...bNew, ...bFootCols.flatMap((c) => [c.h, ...c.items]), 'Get the Brainly App', 'Download iOS App', 'Download Android App',
    'Brainly.com', 'We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'Accept All',
    'Reject All', 'Cookies Settings',
  ],
};
