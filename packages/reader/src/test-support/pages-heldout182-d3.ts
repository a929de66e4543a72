import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 182, file d3: a JustAnswer question page (QAPage JSON-LD, the header with "How it works" and "Log in",
 * breadcrumbs, the "Ask an Expert" chat widget with the Expert's Assistant greeting, the h1, the "Customer Question" and
 * the expert's profile card with satisfied-customer count, the conversation with "Customer:" and expert turns and a
 * blurred, paywalled reply, "Ask Your Own Car Question", the disclaimer, related questions, the trust strip and footer).
 */
const title = 'Clutch pedal stays on the floor after a long drive in traffic';
const custQ = [
  'My 2016 Calloway Vesta with a manual gearbox has started doing something strange. After about an hour in stop and go traffic ' +
    'the clutch pedal stays down on the floor when I press it, and it takes a few seconds to come back up. When it cools down it ' +
    'works normally again.',
  'The clutch fluid reservoir is full and the fluid looks dark. There are no leaks I can see. Is this the master cylinder or the ' +
    'clutch itself, and is it safe to drive?',
];
const turns: [string, string][] = [
  ['Expert', 'Hello, I am Tomasz and I will help you with this. Does the pedal feel soft or spongy before it sticks, or normal until it stays down?'],
  ['Customer', 'It feels normal at first. Then one time it just goes down and stays, and it gets worse the longer I drive.'],
  [
    'Expert',
    'Thanks. That pattern points to the hydraulic side rather than the clutch plate. When clutch fluid is old it absorbs water, ' +
      'and as the system heats up in slow traffic, that water can turn to vapour. Vapour compresses, so the pedal loses its return ' +
      'pressure until things cool down. Dark fluid is a sign it has not been changed in a long time.',
  ],
  [
    'Expert',
    'The first step is a full flush and bleed of the clutch system with fresh DOT 4 fluid, which most garages will do for about ' +
      'an hour of labour. If the pedal still sticks after that, the seals in the master or slave cylinder are the next suspect, ' +
      'and on this model the slave cylinder sits inside the bell housing, so it is a bigger job.',
  ],
  ['Customer', 'OK, that makes sense. Is it safe to keep driving it until I can get it booked in next week?'],
  [
    'Expert',
    'For short trips outside rush hour it should be fine, but avoid long stretches in heavy traffic. If the pedal stays down ' +
      'while you are moving, you can still stop safely with the brake and switch the engine off, then wait a few minutes.',
  ],
];
const expert = ['Tomasz K.', 'ASE Certified Master Technician', 'Satisfied Customers: 9,842', 'Experience: 22 years in independent garages'];
const nav = ['How it works', 'Experts', 'Reviews', 'Log in'];
const crumbs = ['Car', 'Calloway', 'Vesta'];
const related = [
  'Clutch pedal sticks to the floor when hot',
  'Should clutch fluid be changed with brake fluid?',
  'Hard to get into gear after the car warms up',
  'Clutch slave cylinder replacement cost',
];
const chat = ['Ask an Expert, Get an Answer ASAP!', "Hi. I'm the Expert's Assistant. What's going on with your car?", 'Send', 'Type your message...'];
const paywall = ['Unlock this answer', 'Ask Your Own Car Question', 'Try for $5'];
const disclaimer =
  'Disclaimer: Information in questions, answers, and other posts on this site ("Posts") comes from individual users, not ' +
  'JustAnswer; JustAnswer is not responsible for Posts.';
const trust = ['12,000+ Experts', 'Verified Experts', '100% Satisfaction Guarantee'];
const foot = ['About us', 'Contact us', 'Become an Expert', 'Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Sitemap'];
const turnHtml = (t: [string, string], i: number): string =>
  `<div class="conversation-item conversation-item--${t[0].toLowerCase()}${
    i === turns.length - 1 ? ' conversation-item--blurred' : ''
  }" data-testid="conversation-item">
<div class="conversation-item__author"><span class="author-name">${t[0] === 'Expert' ? 'Tomasz K.' : 'Customer'}:</span></div>
<div class="conversation-item__text"><p>${t[1]}</p></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Clutch pedal stays on the floor after a long drive in traffic - JustAnswer</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow">
<meta name="description" content="My 2016 Calloway Vesta with a manual gearbox has started doing something strange.">
<link rel="canonical" href="https://www.justanswer.com/car/r8k2t-clutch-pedal-stays-floor-long-drive.html">
<link rel="stylesheet" href="https://ww2.justanswer.com/static/fe/pages/question/dist/question.0c1a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}",
"text":"My 2016 Calloway Vesta with a manual gearbox has started doing something strange.","answerCount":1,"dateCreated":"2025-07-23T18:40:00Z",
"author":{"@type":"Person","name":"Customer"},"acceptedAnswer":{"@type":"Answer","text":"That pattern points to the hydraulic side.",
"author":{"@type":"Person","name":"Tomasz K."}}}}</script>
<script src="https://ww2.justanswer.com/static/fe/pages/question/dist/question.4e7b.js" defer></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"category":"Car","pageType":"Question"});</script></head>
<body class="ja-question-page"><header class="ja-header"><div class="ja-header__inner"><a class="ja-header__logo" href="https://www.justanswer.com/"
aria-label="JustAnswer"><svg role="img" aria-hidden="true"></svg></a><nav class="ja-header__nav"><ul>${links(nav, 'ja-header__nav-item')}</ul></nav>
</div></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumbs__item')}</ol></nav>
<main class="question-page"><div class="question-page__content">
<h1 class="question-page__title">${title}</h1>
<div class="question-page__meta"><span class="meta-item">Asked Jul 23, 2025</span> <span class="meta-item">Answered in 6 minutes by:</span></div>
<div class="expert-card" data-testid="expert-card"><img class="expert-card__avatar" alt="Tomasz K." src="https://ww2.justanswer.com/uploads/tk/avatar.jpg">
<div class="expert-card__info"><span class="expert-card__name">${expert[0]}</span><span class="expert-card__title">${expert[1]}</span>
<span class="expert-card__stat">${expert[2]}</span><span class="expert-card__stat">${expert[3]}</span>
<span class="expert-card__verified"><svg aria-hidden="true"></svg>Verified</span></div></div>
<section class="customer-question"><h2 class="customer-question__label">Customer Question</h2>
${custQ.map((p) => `<p class="customer-question__text">${p}</p>`).join('\n')}</section>
<section class="conversation" aria-label="Conversation">${turns.map(turnHtml).join('\n')}</section>
<div class="paywall-overlay" data-testid="paywall"><h3>${paywall[0]}</h3><a class="ja-button ja-button--primary" href="/car/">${paywall[1]}</a>
<span class="paywall-overlay__price">${paywall[2]}</span></div>
<p class="question-page__disclaimer">${disclaimer}</p>
<section class="related-questions"><h2>Related Car Questions</h2><ul>${links(related, 'related-questions__item')}</ul></section>
</div>
<aside class="question-page__sidebar"><div class="ask-widget" id="chat-widget"><h2 class="ask-widget__title">${chat[0]}</h2>
<div class="ask-widget__bubble"><p>${chat[1]}</p></div><form class="ask-widget__form"><textarea placeholder="${chat[3]}"></textarea>
<button class="ja-button" type="submit">${chat[2]}</button></form></div>
<ul class="trust-strip">${trust.map((t) => `<li>${t}</li>`).join('')}</ul></aside></main>
<footer class="ja-footer"><ul class="ja-footer__links">${links(foot, 'ja-footer__item')}</ul>
<p class="ja-footer__copy">© 2003-2025 JustAnswer LLC</p></footer></body></html>`;

export const justAnswer: TestPage = {
  name: 'heldout182-justanswer-question',
  kind: 'forum',
  html,
  // the customer's question and every conversation turn (the blurred last reply too) are body; "Customer:", the
  // expert's name and the asked date are bylines; the expert card's title and stats are furniture
  title,
  headings: [],
  body: texts([...custQ, ...turns.map((t) => t[1])]),
  bylines: ['Asked Jul 23, 2025', 'Tomasz K.', 'Customer:', 'Tomasz K.:'],
  // biome-ignore format: packed
  furniture: [
    ...nav, ...crumbs, 'Answered in 6 minutes by:', expert[1] ?? '', expert[2] ?? '', expert[3] ?? '', 'Verified', 'Customer Question', ...paywall,
    disclaimer, 'Related Car Questions', ...related, chat[0] ?? '', chat[1] ?? '', chat[2] ?? '', ...trust, ...foot, '© 2003-2025 JustAnswer LLC',
  ],
};
