import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';
import { brainly } from './pages-heldout231-d2.js';

/**
 * Held-out batch 231, file d: a JustAnswer question page in the Car category (header with the expert categories, the
 * breadcrumbs, the question title, the "Ask Your Own Car Question" chat box with the Expert's Assistant greeting at the top
 * of the content, the "Customer Question" block, the expert card with "Verified", stats and rating, the customer / expert
 * conversation with "reply from" lines, a paywall-style "Ask Your Own" promo between messages, "Related Car Questions",
 * the disclaimer, the cookie banner and the footer) and, from file d2, a Brainly question.
 */
const jTitle = '2014 Fenmore Arlo 1.6 diesel: glow plug light flashing and engine in limp mode after cold start';
const jQ = j(
  'Hi, my 2014 Fenmore Arlo 1.6 TDCi with 98,000 miles has started flashing the glow plug light about a minute after starting',
  'on cold mornings. The car then goes into limp mode and will not go above 2,500 rpm. If I turn it off and on again it is fine',
  'for the rest of the day. The garage read a code P0401. What should I check first?',
);
const jMsgs = [
  {
    who: 'Expert',
    name: 'Darrell K.',
    when: 'Answered in 6 minutes by: 11/22/2025',
    ps: [
      'Hello, my name is Darrell and I will be helping you with this question today.',
      j(
        'P0401 is "EGR flow insufficient". On this engine the flashing glow plug light is also the general engine fault warning, so',
        'the two go together. The fact that it only happens cold and clears after a restart points strongly at the EGR valve',
        'sticking, which is very common on the 1.6 at this mileage because soot builds up on the valve seat.',
      ),
      'Before you spend money on parts, I would check these in order:',
    ],
    list: [
      'The vacuum pipe to the EGR actuator, which splits at the elbow and leaks when the rubber is cold.',
      'The EGR valve itself. It can be removed with three bolts and cleaned with carb cleaner and a plastic scraper.',
      'The MAP sensor on the intake, which clogs with the same soot and gives a false reading.',
    ],
  },
  {
    who: 'Customer',
    name: 'Customer',
    when: 'reply from Customer 11/22/2025',
    ps: ['Thanks. The pipe looks fine but I can see oily soot around the EGR valve flange. Is cleaning it enough or should I replace it?'],
    list: [],
  },
  {
    who: 'Expert',
    name: 'Darrell K.',
    when: 'reply from Darrell K. 11/22/2025',
    ps: [
      j(
        'Cleaning is worth trying first. If the valve moves freely by hand once clean and the flap closes fully, refit it with a new',
        'gasket and clear the code. About seven times out of ten that cures it for a good while.',
      ),
      j(
        'If the fault comes back within a few weeks, the valve motor is failing and it should be replaced. A genuine valve is around',
        '£180, and a reputable aftermarket one about half that. Either way, a longer motorway drive once a week helps keep the soot down.',
      ),
    ],
    list: [],
  },
  {
    who: 'Customer',
    name: 'Customer',
    when: 'reply from Customer 11/23/2025',
    ps: ['Cleaned it this morning, it was badly caked. Two cold starts now with no light. Thank you, very clear.'],
    list: [],
  },
];
const jCats = ['Doctor', 'Lawyer', 'Veterinarian', 'Mechanic', 'Home Improvement', 'Computer', 'Appliance', 'Tax', 'More'];
const jCrumbs = ['JustAnswer', 'Car', 'Fenmore'];
const jRelated = [
  'Fenmore Arlo 2013 1.6 diesel: EGR valve replacement cost and how long it takes',
  'Glow plug light stays on after starting, car drives normally. Should I worry?',
  'Limp mode after DPF regeneration on a 2015 Arlo estate',
];
const jFoot = ['About Us', 'Contact Us', 'Security', 'Privacy Policy', 'Terms of Service', 'Become an Expert', 'Your Privacy Choices'];
const jStats = ['Satisfied Customers: 9,318', 'Experience: ASE Master Technician, 22 years in independent garages', 'Verified'];
const jMsg = (
  m: (typeof jMsgs)[number],
): string => `<div class="ja-message ja-message--${m.who.toLowerCase()}" data-role="${m.who}"><div class="ja-message__header">
<span class="ja-message__author">${m.name}</span> <span class="ja-message__date">${m.when}</span></div><div class="ja-message__text">
${m.ps.map((p) => `<p>${p}</p>`).join('\n')}${m.list.length === 0 ? '' : `\n<ol>${m.list.map((t) => `<li>${t}</li>`).join('\n')}</ol>`}
</div></div>`;
const jPromo = `<div class="ja-inline-cta" role="complementary"><p class="ja-inline-cta__title">Ask Your Own Car Question</p>
<p class="ja-inline-cta__text">Mechanics are online now</p><a class="ja-button ja-button--primary" href="/car/ask">Chat Now</a></div>`;
const jHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${jTitle} - JustAnswer</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${jQ.slice(0, 150)}"><link rel="canonical"
href="https://www.justanswer.example/car/r8k2x-2014-fenmore-arlo-diesel-glow-plug.html">
<meta property="og:site_name" content="JustAnswer"><meta name="robots" content="index, follow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${jTitle}","answerCount":1,
"dateCreated":"2025-11-22","acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Darrell K."},"dateCreated":"2025-11-22"}}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Car"}]}</script>
<link rel="stylesheet" href="https://ww2.justanswer.example/static/fe/pearl-app/css/main.7b2c.css">
<script async src="https://ww2.justanswer.example/static/ja-tags.js"></script>
</head><body class="ja-page ja-page--question"><div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to
improve your experience, analyse traffic and show you relevant ads. You can manage your preferences at any time.</p>
<button id="onetrust-accept-btn-handler">Accept
All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="ja-header"><a class="ja-header__logo" href="/"><span class="visually-hidden">JustAnswer</span></a><nav class="ja-header__nav"
aria-label="Categories">
<ul>${links(jCats, 'ja-header__item')}</ul></nav><div class="ja-header__account"><a href="/login">Log In</a><a class="ja-button"
href="/how-it-works">How it works</a></div>
</header><main class="ja-main"><nav class="ja-breadcrumbs" aria-label="Breadcrumbs"><ol>${links(jCrumbs)}</ol></nav>
<div class="ja-layout"><div class="ja-layout__content"><section class="pearl-chat" id="pearl-chat"><h2 class="pearl-chat__title">Ask Your Own Car Question</h2>
<div class="pearl-chat__bubble"><img alt="" src="/static/pearl.png"><p>Hi. I'm Pearl Wilson, Assistant to the Mechanics. What's going on with your car?</p>
</div>
<textarea class="pearl-chat__input" placeholder="Type your Car question here..."></textarea><button class="ja-button ja-button--primary">Send</button>
<p class="pearl-chat__online">Darrell K. and 86 other Car Specialists are ready to help you</p></section>
<article class="ja-question" itemscope itemtype="https://schema.org/Question"><h1 class="ja-question__title" itemprop="name">${jTitle}</h1>
<div class="ja-question__block"><h2 class="ja-question__label">Customer Question</h2><div class="ja-question__text" itemprop="text"><p>${jQ}</p></div>
<div class="ja-question__meta"><span>Submitted: 3 months ago.</span> <span>Category: Car</span></div></div>
<div class="ja-expert-card"><img alt="Darrell K." src="/static/experts/dk.jpg"><div class="ja-expert-card__info">
<span class="ja-expert-card__name">Darrell K.</span>
<span class="ja-expert-card__title">ASE Certified Technician</span><span class="ja-expert-card__badge">${jStats[2]}</span>
<span class="ja-expert-card__stat">${jStats[0]}</span><span class="ja-expert-card__stat">${jStats[1]}</span>
<span class="ja-expert-card__rating" aria-label="Rated 4.9 out of 5">4.9</span></div></div>
<div class="ja-conversation" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
${jMsg(jMsgs[0]!)}
${jPromo}
${jMsgs.slice(1).map(jMsg).join('\n')}
</div><div class="ja-rated"><span>This answer was rated:</span> <span class="ja-stars" aria-label="5 stars">★★★★★</span></div></article>
<section class="ja-related"><h2>Related Car Questions</h2><ul>${links(jRelated, 'ja-related__item')}</ul>
<a href="/car/" class="ja-related__more">Show More</a></section>
<p class="ja-disclaimer">Disclaimer: Information in questions, answers, and other posts on this site ("Posts") comes from individual users, not JustAnswer;
JustAnswer is not responsible for Posts.</p></div>
<aside class="ja-layout__sidebar"><div class="ja-sidebar-box"><h3>How JustAnswer works</h3><ol class="ja-steps"><li>Ask an Expert</li>
<li>Get a Professional Answer</li>
<li>100% Satisfaction Guarantee</li></ol></div><div class="ja-sidebar-box ja-sidebar-box--ad"><span class="ja-ad-label">Sponsored</span>
<div id="gpt-ja-sidebar-1"></div></div></aside></div></main>
<footer class="ja-footer"><ul class="ja-footer__links">${links(jFoot)}</ul><p class="ja-footer__copy">© 2003-2026 JustAnswer LLC</p></footer>
<script>window.jaDataLayer=[{"pageType":"question","category":"car"}];</script></body></html>`;
const justAnswer: TestPage = {
  name: 'heldout231-justanswer-car-question',
  kind: 'forum',
  html: jHtml,
  title: jTitle,
  headings: [],
  // the customer's question and every message of the conversation are body; "Expert" / "Customer" lines are bylines
  body: texts([jQ, ...jMsgs.flatMap((m) => [...m.ps, ...m.list])]),
  bylines: [
    'Darrell K.',
    'Customer',
    'Answered in 6 minutes by: 11/22/2025',
    'reply from Customer 11/22/2025',
    'reply from Darrell K. 11/22/2025',
    'reply from Customer 11/23/2025',
    'Submitted: 3 months ago.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience, analyse traffic and show you relevant ads. You can manage your preferences at any time.',
    'Accept All Cookies', 'Cookie Settings', ...jCats, 'Log In', 'How it works', ...jCrumbs, 'Ask Your Own Car Question',
    "Hi. I'm Pearl Wilson, Assistant to the Mechanics. What's going on with your car?", 'Send', 'Darrell K. and 86 other Car Specialists are ready to help you',
    'Customer Question', 'Category: Car', 'ASE Certified Technician', ...jStats, '4.9', 'Mechanics are online now', 'Chat Now', 'This answer was rated:',
    '★★★★★', 'Related Car Questions', ...jRelated, 'Show More',
    'Disclaimer: Information in questions, answers, and other posts on this site ("Posts") comes from individual users, not JustAnswer;',
    'How JustAnswer works', 'Ask an Expert', 'Get a Professional Answer', '100% Satisfaction Guarantee', 'Sponsored', ...jFoot, '© 2003-2026 JustAnswer LLC',
  ],
};

export const HELDOUT231_D: readonly TestPage[] = [justAnswer, brainly];
