import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 182, file d2: a Brainly question page as a signed-out visitor saves it (QAPage JSON-LD, the top bar with
 * search, "Ask question", "Log in" and "Join for free", subject and grade tags, the question as the h1 with asker and
 * points, the "Expert-Verified Answer" with "Final answer" and "Explanation", a community answer, answer ratings and
 * thanks, the sign-up prompt, the "Still have questions?" box, the app banner, "New questions in Biology", the cookie
 * banner and the footer).
 */
const bq = 'Why do cells in the roots of a plant need oxygen even though they do not carry out photosynthesis?';
const bqMore = 'My teacher said roots can drown if the soil stays waterlogged. How does that connect to oxygen?';
const ans1 = [
  'Final answer: Root cells need oxygen for aerobic respiration, which releases the energy they use to take up minerals and to grow.',
  'Explanation:',
  'Every living cell respires, not just the cells in the leaves. Photosynthesis makes glucose in the leaves, and that glucose is ' +
    'carried down to the roots in the phloem. Root cells break the glucose down using oxygen to make ATP, the molecule that ' +
    'supplies energy for cell processes.',
  'Roots use a lot of this energy for active transport. Mineral ions such as nitrate are often more concentrated inside the root ' +
    'hair cells than in the soil water, so the cells have to pump them in against the concentration gradient, and that needs ATP.',
  'Roots get their oxygen from the air spaces between soil particles. When soil is waterlogged, those spaces fill with water, ' +
    'which holds far less oxygen than air. The root cells switch to anaerobic respiration, which releases much less energy and ' +
    'produces ethanol. If this goes on for long, the cells are damaged and the roots die, which is what your teacher means by ' +
    'roots drowning.',
  'Learn more about plant respiration here: https://brainly.com/question/2211847',
];
const ans2 = [
  'Simple way to remember it: photosynthesis is only how the plant makes food, respiration is how every cell uses the food. The ' +
    'roots are underground and cannot photosynthesise, but they still have to respire all the time to stay alive.',
  'So if the soil has no air in it, the roots cannot get oxygen, cannot respire properly, and stop taking in water and minerals. ' +
    'That is why overwatered pot plants wilt even though they are sitting in water.',
  'Gardeners fix this by making sure pots have drainage holes and by mixing grit or bark into heavy soil, so that there are always ' +
    'some air spaces left around the roots after watering.',
];
const brNav = ['Ask question', 'Log in', 'Join for free'];
const brRecent = [
  'What is the function of the xylem in a plant stem?',
  'Explain how guard cells control the opening of stomata.',
  'Which part of the cell is the site of aerobic respiration?',
  'Describe one adaptation of root hair cells.',
];
const brFoot1 = ['About us', 'Careers', 'Advertise with us', 'Terms of Use', 'Copyright Policy', 'Privacy Policy', 'Cookie Preferences'];
const brFoot2 = ['Signup', 'Help Center', 'Safety Center', 'Responsible Disclosure Agreement'];
const brFoot3 = ['Brainly for Schools & Teachers', 'Brainly for Parents', 'Honor Code', 'Community Guidelines', 'Insights: The Brainly Blog'];
const brCookie = 'We use cookies and similar technologies to run our site, understand how it is used and show you personalised content and ads.';
const brSign = ['Get unlimited access to verified answers', 'Join for free to see what experts and other students say.', 'Sign up free'];
const brStill = ['Still have questions?', 'Get more answers from the community and from experts.', 'Ask your question'];
const brApp = ['Get the Brainly App', 'Download iOS App', 'Download Android App'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p.replace(/^(Final answer:|Explanation:)/, '<strong>$1</strong>')}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why do cells in the roots of a plant need oxygen even though they do not carry out photosynthesis? - brainly.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${bq} ${bqMore}">
<meta property="og:title" content="${bq}"><meta property="og:site_name" content="Brainly.com"><meta property="og:type" content="website">
<link rel="canonical" href="https://brainly.com/question/58214407"><link rel="stylesheet" href="https://styleguide.brainly.com/236.4.0/style-guide.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${bq}","text":"${bq} ${bqMore}",
"answerCount":2,"dateCreated":"2025-03-11T17:02:44Z","author":{"@type":"Person","name":"maddiek07"},"acceptedAnswer":{"@type":"Answer",
"text":"Root cells need oxygen for aerobic respiration.","upvoteCount":14,"author":{"@type":"Person","name":"RosalindT"}}}}</script>
<script src="https://static.brainly.com/web-question/_next/static/chunks/main-6c1f2e.js" defer></script>
<script>window.__NEXT_DATA__={"props":{"pageProps":{"questionId":58214407,"subject":"Biology","grade":"High School"}},"page":"/question/[id]"};</script>
</head>
<body><div id="__next"><div class="brn-page js-page">
<header class="brn-header sg-header" data-testid="brainly_header"><div class="sg-header__container"><a href="/" class="brn-header__logo"
aria-label="Brainly logo"><img src="https://styleguide.brainly.com/images/logos/brainly-5c4a769505.svg" alt="brainly"></a>
<form class="brn-header__search" action="/app/ask" role="search"><input type="search" class="sg-search__input" placeholder="What do you need to know?"
aria-label="Search"></form><nav class="brn-header__actions"><ul>${links(brNav, 'brn-header__action')}</ul></nav></div></header>
<main class="brn-main" data-testid="question_page"><div class="brn-qpage-layout">
<div class="brn-qpage-layout__main"><article class="brn-qpage-next-question-box" data-testid="question_box">
<div class="brn-qpage-next-question-box-header"><div class="sg-flex sg-flex--align-items-center">
<a href="/app/profile/31554210" data-testid="question_box_header_author"><img class="sg-avatar__image" alt="profile" src="https://img.brainly.com/avatar.png">
<span class="sg-text sg-text--small sg-text--bold">maddiek07</span></a>
<ul class="brn-qpage-next-question-box-header__description" data-testid="question_box_header_description">
<li><a href="/subject/biology" class="sg-text sg-text--link">Biology</a></li><li><span class="sg-text sg-text--gray-secondary">High School</span></li>
<li><time datetime="2025-03-11T17:02:44Z">asked 03/11/2025</time></li><li><span class="sg-text sg-text--bold">+5 pts</span></li></ul></div></div>
<div class="brn-qpage-next-question-box-content"><h1 class="sg-text sg-text--large" data-testid="question_box_text"><span>${bq}</span></h1>
<p class="sg-text" data-testid="question_box_text_more">${bqMore}</p></div>
<div class="brn-qpage-next-question-box__actions"><button class="sg-button sg-button--outline" type="button"><span>report flag outlined</span></button>
<span class="sg-text sg-text--small">See answers (2)</span></div></article>
<div class="brn-qpage-next-answer-box" data-testid="answer_box"><div class="sg-flex sg-flex--column"><div class="brn-expert-verified-badge"
data-testid="answer_box_expert_verified"><span class="sg-text sg-text--bold sg-text--green-60">Expert-Verified Answer</span></div>
<div class="brn-qpage-next-answer-box-author" data-testid="answer_box_author"><img class="sg-avatar__image" alt="profile" src="https://img.brainly.com/a2.png">
<span class="sg-text sg-text--bold">RosalindT</span><span class="sg-text sg-text--small sg-text--gray-secondary">Ambitious</span>
<span class="sg-text sg-text--small">3.9K answers</span><span class="sg-text sg-text--small">212.6M people helped</span></div>
<h2 class="sg-text sg-text--bold" data-testid="answer_box_header">Answer</h2>
<div class="brn-qpage-next-answer-box-content" data-testid="answer_box_text">${ps(ans1)}</div>
<div class="brn-qpage-next-answer-box-rating" data-testid="answer_box_rating"><span>heart outlined</span><span class="sg-text sg-text--small">Thanks 14</span>
<span aria-hidden="true">star star star star star</span><span class="sg-text sg-text--small">4.8 (9 votes)</span></div></div></div>
<div class="brn-qpage-next-answer-box brn-qpage-next-answer-box--community" data-testid="answer_box"><div class="brn-qpage-next-answer-box-author">
<img class="sg-avatar__image" alt="profile" src="https://img.brainly.com/a3.png"><span class="sg-text sg-text--bold">jonah.ekw</span>
<span class="sg-text sg-text--small sg-text--gray-secondary">Helping Hand</span></div>
<div class="brn-qpage-next-answer-box-content" data-testid="answer_box_text">${ps(ans2)}</div>
<div class="brn-qpage-next-answer-box-rating"><span>heart outlined</span><span class="sg-text sg-text--small">Thanks 3</span>
<span aria-hidden="true">star star star star star</span><span class="sg-text sg-text--small">4.0 (2 votes)</span></div></div>
<section class="brn-qpage-signup-cta" data-testid="registration_toplayer"><h2 class="sg-headline">${brSign[0]}</h2><p>${brSign[1]}</p>
<a class="sg-button sg-button--solid-indigo" href="/signup">${brSign[2]}</a></section>
<section class="brn-qpage-still-questions"><h2 class="sg-headline">${brStill[0]}</h2><p>${brStill[1]}</p><a class="sg-button" href="/app/ask">${brStill[2]}</a>
</section></div>
<aside class="brn-qpage-layout__aside"><section class="brn-app-banner"><h3>${brApp[0]}</h3><a href="https://apps.apple.com/app/brainly">${brApp[1]}</a>
<a href="https://play.google.com/store/apps/details?id=co.brainly">${brApp[2]}</a></section>
<section class="brn-qpage-newest-questions" data-testid="newest_questions"><h2 class="sg-headline sg-headline--small">New questions in Biology</h2>
<ul>${links(brRecent, 'brn-qpage-newest-questions__item')}</ul></section></aside></div></main>
<footer class="brn-footer sg-footer"><div class="sg-footer__section"><h3>Company</h3><ul>${links(brFoot1)}</ul></div>
<div class="sg-footer__section"><h3>Help</h3><ul>${links(brFoot2)}</ul></div><div class="sg-footer__section"><h3>Community</h3><ul>${links(brFoot3)}</ul></div>
<p class="sg-footer__copyright">Copyright © 2025 Brainly Technologies Inc.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">${brCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
</div></div></body></html>`;

export const brainly: TestPage = {
  name: 'heldout182-brainly-question',
  kind: 'forum',
  html,
  // the question is the h1 (title); its second line, both answers' paragraphs and the "Learn more" line are body; asker,
  // answerers, their ranks' owner names and the asked date are bylines; ranks, counts, ratings and thanks are furniture
  title: bq,
  headings: [],
  body: texts([bqMore, ...ans1, ...ans2]),
  bylines: ['maddiek07', 'asked 03/11/2025', 'RosalindT', 'jonah.ekw'],
  // biome-ignore format: packed
  furniture: [
    ...brNav, 'Biology', 'High School', '+5 pts', 'report flag outlined', 'See answers (2)', 'Expert-Verified Answer', 'Ambitious', '3.9K answers',
    '212.6M people helped', 'Answer', 'heart outlined', 'Thanks 14', 'star star star star star', '4.8 (9 votes)', 'Helping Hand', 'Thanks 3', '4.0 (2 votes)',
    ...brSign, ...brStill, ...brApp, 'New questions in Biology', ...brRecent, 'Company', ...brFoot1, 'Help', ...brFoot2, 'Community', ...brFoot3,
    'Copyright © 2025 Brainly Technologies Inc.', brCookie, 'Accept All Cookies', 'Cookies Settings',
  ],
};
