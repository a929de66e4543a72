import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 213, file d2: a JustGiving fundraising page as the Next.js app saves it (the header with "Search",
 * "Start fundraising", "Donate" and "Log in", the cover photo, the page owner and "is fundraising for" line, the charity
 * card with its registration number, the totals box with raised, target, supporter count and the Donate and Share
 * buttons, the event card, the "Story" section, the photo gallery caption, the "Supporters" list with donation messages
 * and amounts, the "About the charity" box, the footer and the cookie banner).
 */
const title = 'Lucy’s Marathon for Hollybank Hospice';
const p1 = [
  'In April I am running the Harbourside Marathon, all 26.2 miles of it, for Hollybank Hospice. Eighteen months ago I could not ' +
    'run for a bus. Now I am three weeks into a sixteen-week training plan and my longest run so far is nine miles.',
  'Hollybank looked after my dad, Geoff, in the last weeks of his life in the autumn of 2023. I do not think I will ever be able ' +
    'to properly explain what the nurses did for him and for us. They made sure he was comfortable, they let Mum stay overnight ' +
    'whenever she wanted, and they sat with me in the family room at three in the morning when I could not sleep.',
  'Dad loved a challenge and he would have found the idea of me running a marathon hilarious. So this one is for him.',
];
const h1 = 'Where your money goes';
const p2 = [
  'Hollybank is an independent charity. Only about a quarter of its costs are covered by the NHS, and it needs to raise more ' +
    'than £9,000 every day to keep its doors open. As a guide:',
];
const list = [
  '£25 pays for a specialist nurse to visit a patient at home for an hour',
  '£50 pays for a night of care on the inpatient ward',
  '£150 pays for a family support session for children who have lost a parent',
];
const h2 = 'Training updates';
const p3 = [
  'I will post updates here every few weeks. Week three: I managed my first ten-mile run on Sunday, slowly, with a lot of ' +
    'complaining. My knees have opinions about hills.',
  'Week six: I joined the Harbourside Harriers for their Tuesday club run, which was a brilliant decision. Running with other ' +
    'people makes the miles go so much faster, and two of them have promised to run the last six miles of the marathon with me.',
  'Thank you so much to everyone who has already donated. Every pound really does make a difference, and every message keeps ' +
    'me going on the cold morning runs.',
];
const nav = ['Search', 'Start fundraising', 'Donate', 'Log in'];
const totals = ['£2,745', 'raised of £3,000 target', 'by 96 supporters', '92%'];
const charityLine = 'Hollybank Hospice';
const charityNo = 'Registered charity number 1098765';
const event = ['Harbourside Marathon 2025', 'Sunday, 27 April 2025'];
const gallery = 'Long run along the seafront, week three';
const supporters = [
  { name: 'Auntie Pat and Uncle Rob', msg: 'So proud of you Lucy. Your dad would be too. xx', amt: '£50.00', when: '2 days ago' },
  { name: 'Jas and the team at Marlow Print', msg: 'Go Lucy! Cake in the office when you finish.', amt: '£120.00', when: '4 days ago' },
  { name: 'Anonymous', msg: 'Hollybank cared for my mum too. Good luck.', amt: '£20.00', when: '1 week ago' },
];
const about =
  'Hollybank Hospice provides free specialist care to adults with life-limiting illnesses across the Harbourside and Fenwick area, ' +
  'at the hospice and in people’s own homes.';
const foot = [
  'About us',
  'Help',
  'Careers',
  'Blog',
  'Terms of service',
  'Privacy notice',
  'Cookie notice',
  'Accessibility statement',
  'Modern slavery statement',
];
const footLegal = 'JustGiving is a trading name of JG Fundraising Ltd.';
const cookie = 'We use cookies to make this site work, improve your experience and show you relevant adverts. Choose which cookies you allow.';
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lucy Ferrand is fundraising for Hollybank Hospice</title><link rel="canonical" href="https://www.justgiving.com/page/lucy-ferrand-marathon">
<meta property="og:title" content="Lucy Ferrand is fundraising for Hollybank Hospice"><meta property="og:description" content="${(p1[0] ?? '').slice(0, 120)}">
<meta property="og:site_name" content="JustGiving"><meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<meta name="next-head-count" content="14"><link rel="preload" href="/_next/static/css/4d92a1.css" as="style"><link rel="stylesheet"
href="/_next/static/css/4d92a1.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="jg-prod" async></script></head>
<body><div id="__next"><header class="jg-header" data-qa="header"><a href="/" class="jg-header__logo" aria-label="JustGiving home"></a>
<nav aria-label="Main"><ul class="jg-header__nav">${links(nav, 'jg-header__item')}</ul></nav></header>
<main id="main" data-qa="fundraising-page"><div class="cover" data-qa="cover-image"><img src="https://images.jg-cm.com/page-images/lucy-cover.jpg" alt=""></div>
<div class="page-header"><img class="avatar" src="https://images.jg-cm.com/avatars/lucy.jpg" alt=""><h1 class="page-title" data-qa="page-title">${title}</h1>
<p class="page-owner" data-qa="page-owner">Lucy Ferrand is fundraising for <a href="/charity/hollybank-hospice">${charityLine}</a></p></div>
<div class="layout"><div class="layout__main">
<section class="event-card" data-qa="event"><span class="event-card__icon" aria-hidden="true"></span><p class="event-card__name">${event[0]}</p>
<p class="event-card__date">${event[1]}</p></section>
<section class="story" data-qa="story"><h2 class="section-title">Story</h2><div class="story__content">
${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${h2}</h3>
${ps(p3)}
</div><div class="gallery" data-qa="gallery"><figure><img src="https://images.jg-cm.com/page-images/seafront.jpg" alt=""><figcaption>${gallery}</figcaption>
</figure>
</div></section>
<section class="supporters" data-qa="supporters"><h2 class="section-title">Supporters</h2><ul class="supporter-list">
${supporters
  .map(
    (s) => `<li class="supporter"><div class="supporter__avatar" aria-hidden="true"></div><div class="supporter__body"><p class="supporter__name">${s.name}</p>
<p class="supporter__message">${s.msg}</p><p class="supporter__time">${s.when}</p></div><p class="supporter__amount">${s.amt}</p></li>`,
  )
  .join('\n')}
</ul><button class="link-button">Show more</button></section>
<section class="charity-about" data-qa="charity-about"><h2 class="section-title">About the charity</h2><h3>${charityLine}</h3><p>${about}</p>
<p class="charity-reg">${charityNo}</p><a href="/charity/hollybank-hospice">Visit charity page</a></section></div>
<aside class="layout__side"><div class="totals" data-qa="totals"><p class="totals__raised">${totals[0]}</p><p class="totals__target">${totals[1]}</p>
<div class="progress-bar" role="progressbar" aria-valuenow="92"><span class="sr-only">${totals[3]}</span></div><p class="totals__supporters">${totals[2]}</p>
<a class="button button--primary" href="/page/lucy-ferrand-marathon/donate">Donate</a><button class="button button--secondary">Share</button>
<p class="totals__giftaid">+ £412.50 Gift Aid</p></div>
<div class="charity-card"><p class="charity-card__name">${charityLine}</p><p class="charity-card__reg">${charityNo}</p></div></aside></div></main>
<footer class="jg-footer"><ul>${links(foot, 'jg-footer__link')}</ul><p>${footLegal}</p><p>© 2001 - 2025 JustGiving</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie}</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"shortName":"lucy-ferrand-marathon",
"target":3000,"raised":2745}}},"page":"/page/[slug]"}</script>
</body></html>`;
export const justGiving: TestPage = {
  html,
  name: 'heldout213-justgiving-fundraising',
  kind: 'blog',
  // the fundraiser's story is the article; the "Story" label, the "is fundraising for" line, totals, event card,
  // supporters' messages and charity box are furniture; the page owner's line is the byline
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...list, ...p3]),
  bylines: ['Lucy Ferrand is fundraising for Hollybank Hospice'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...event, 'Story', gallery, 'Supporters', ...supporters.flatMap((s) => [s.name, s.msg, s.when, s.amt]), 'Show more', 'About the charity',
    charityLine, about, charityNo, 'Visit charity page', ...totals, 'Share', '+ £412.50 Gift Aid', ...foot, footLegal, '© 2001 - 2025 JustGiving',
    cookie, 'Accept all cookies', 'Reject all', 'Cookie settings',
  ],
};
