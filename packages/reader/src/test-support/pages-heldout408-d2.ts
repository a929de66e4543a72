import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file d2: a regional newspaper's honours list story on Arc XP (Fusion markup: masthead, section nav,
 * subscribe button, byline with author bio link, timestamps with "Updated", share bar, inline "Read more" links, ad slots,
 * "Most read" rail, comments prompt, footer, TCF consent banner).
 */
const aTitle = 'Lifeboat coxswain, school cook and flood volunteer among county names in New Year Honours';
const aP1 = [
  j(
    'A lifeboat coxswain who has led more than 400 rescues, a school cook who has fed three generations of pupils and a',
    'flood warden who knocked on every door in her village during January’s storms are among the county residents',
    'recognised in the New Year Honours list.',
  ),
  j(
    'Twenty-three people from across Westmarch appear on this year’s list, published on Tuesday night, the highest number',
    'from the county in more than a decade.',
  ),
];
const aP2 = [
  j(
    'Alun Treharne, 61, coxswain of the Porth Isaf lifeboat for 27 years, is made an MBE for services to maritime safety.',
    'He said the honour belonged to his crew. “Nobody goes out on a boat on their own,” he said. “Every one of those',
    'rescues was twelve people getting out of bed.”',
  ),
  j(
    'Beryl Caddow, 68, who has cooked at Nantglas Primary School since 1979, receives the British Empire Medal for services',
    'to education. The school’s head teacher said many of today’s pupils had parents and grandparents who remembered her',
    'Friday fish pie.',
  ),
];
const aP3 = [
  j(
    'Sian Pryce-Maddox, a volunteer flood warden in Llanferris, is made an MBE for services to the community. During the',
    'storms she coordinated the evacuation of 140 homes and kept the village hall open as a rest centre for four days.',
  ),
  'Others from the county on the list include:',
];
const aList = [
  'Professor Dafydd Lear, vice-chancellor of Westmarch University, CBE for services to higher education',
  'Gwen Aubrey-Stone, founder of the Tywi Valley food bank, OBE for services to tackling poverty',
  'PC Rhodri Vane, Westmarch Police, Queen’s Police Medal for distinguished service',
  'Nell Harcastle, 94, BEM for 70 years as a bell-ringer at St Cadoc’s Church',
];
const aP4 = [
  j(
    'Honours are recommended by committees of independent experts, and anyone can nominate someone they think deserves',
    'recognition. Recipients will receive their awards at investitures later in the year.',
  ),
];
const aSections = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Obituaries'];
const aMost = ['Bypass reopens after six-week closure', 'Town’s oldest pub changes hands', 'Rugby: Westmarch book semi-final place'];
const aFoot = ['Contact us', 'Advertise with us', 'Terms and conditions', 'Privacy notice', 'Cookie settings'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} – Westmarch Chronicle</title>
<meta name="description" content="Twenty-three people from across Westmarch appear on this year’s New Year Honours list.">
<meta property="og:type" content="article"><meta property="article:section" content="News"><meta name="author" content="Ffion Haddow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2025-12-30T22:30:00.000Z","dateModified":"2025-12-31T08:12:00.000Z","author":[{"@type":"Person","name":"Ffion Haddow"}]}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="westmarch-chronicle";
Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={"_id":"J5KQ2ZL7WNE3HMT4XR6ABCDE","type":"story"};</script>
<link rel="stylesheet" href="/pf/resources/dist/westmarch-chronicle/css/style.css?d=412"></head>
<body><div id="fusion-app" class="layout-section"><div class="b-header-nav-chain"><header class="c-nav"><a class="c-nav__logo" href="/">
<img src="/pf/resources/images/westmarch-chronicle/logo.svg?d=412" alt="Westmarch Chronicle"></a>
<nav class="c-nav__sections" aria-label="Sections Menu"><ul>${links(aSections, 'c-nav__item')}</ul></nav>
<a class="c-button c-button--primary" href="/subscribe/">Subscribe</a><a class="c-button" href="/account/login/">Sign In</a></header></div>
<div class="b-advert b-advert--leaderboard"><span class="b-advert__label">Advertisement</span><div id="arcad_leaderboard"></div></div>
<main class="b-right-rail"><div class="b-right-rail__main"><article class="b-article-body-wrapper">
<div class="b-overline"><a class="c-overline" href="/news/">News</a></div>
<h1 class="b-headline">${aTitle}</h1>
<h2 class="b-subheadline">Twenty-three residents recognised, the most from the county in over a decade</h2>
<div class="b-byline"><span class="c-byline__by">By </span><a class="c-byline__author" href="/people/ffion-haddow/">Ffion Haddow</a></div>
<div class="b-date"><time class="c-date" dateTime="2025-12-30T22:30:00.000Z">December 30, 2025 at 10:30 p.m.</time>
<span class="c-date c-date--updated">Updated December 31, 2025 at 8:12 a.m.</span></div>
<div class="b-share-bar"><button class="c-share" aria-label="Share on Facebook">Facebook</button>
<button class="c-share" aria-label="Share on X">X</button><button class="c-share" aria-label="Copy link">Copy link</button></div>
<figure class="b-lead-art"><img src="/resizer/v2/coxswain.jpg?auth=9a1c&amp;width=1200" alt="">
<figcaption class="c-media-item__caption">Alun Treharne aboard the Porth Isaf lifeboat. <span class="c-media-item__credit">(Photo: Gareth Lloyd /
Westmarch Chronicle)</span></figcaption></figure>
<div class="b-article-body">
${ps(aP1, ' class="c-paragraph"')}
<h2 class="c-heading">Rescues and fish pie</h2>
${ps(aP2, ' class="c-paragraph"')}
<p class="c-paragraph c-interstitial"><strong>Read more:</strong> <a href="/news/storm-llanferris/">Llanferris counts the cost of the January storms</a></p>
<div class="b-advert b-advert--inline"><span class="b-advert__label">Advertisement</span><div id="arcad_inline1"></div></div>
<h2 class="c-heading">‘She knocked on every door’</h2>
${ps(aP3, ' class="c-paragraph"')}
<ul class="c-list">${aList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(aP4, ' class="c-paragraph"')}
</div><div class="b-author-bio"><p>Ffion Haddow is the Chronicle’s community reporter. Email: ffion.haddow@westmarchchronicle.example</p></div>
<div class="b-comments"><h3>Comments</h3><p>Join the conversation. Subscribers can comment on stories.</p></div></article></div>
<aside class="b-right-rail__rail"><div class="b-advert b-advert--mpu"><span class="b-advert__label">Advertisement</span></div>
<div class="b-top-table-list"><h2 class="b-top-table-list__title">Most read</h2><ol>${links(aMost, 'c-top-table-list__item')}</ol></div></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul><p class="b-footer__copyright">© 2026 Westmarch Chronicle Ltd. All rights
reserved.</p></footer></div>
<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access
information on your device, such as cookies, to show you personalised ads and content.</p></div><div class="qc-cmp2-summary-buttons">
<button mode="secondary">MORE OPTIONS</button><button mode="primary">AGREE</button></div></div>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412" defer></script></body></html>`;
export const arcHonours: TestPage = {
  name: 'heldout408-arcxp-honours-list-story',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: ['Rescues and fish pie', '‘She knocked on every door’'],
  body: texts([...aP1, ...aP2, ...aP3, ...aList, ...aP4]),
  bylines: ['Ffion Haddow', 'December 30, 2025 at 10:30 p.m.', 'Updated December 31, 2025 at 8:12 a.m.'],
  furniture: [
    ...aSections,
    'Subscribe',
    'Sign In',
    'Advertisement',
    'Twenty-three residents recognised, the most from the county in over a decade',
    'Facebook',
    'Copy link',
    'Alun Treharne aboard the Porth Isaf lifeboat. (Photo: Gareth Lloyd / Westmarch Chronicle)',
    'Read more: Llanferris counts the cost of the January storms',
    'Ffion Haddow is the Chronicle’s community reporter. Email: ffion.haddow@westmarchchronicle.example',
    'Comments',
    'Join the conversation. Subscribers can comment on stories.',
    'Most read',
    ...aMost,
    ...aFoot,
    '© 2026 Westmarch Chronicle Ltd. All rights reserved.',
    'We value your privacy. We and our partners store and access information on your device, such as cookies, to show you personalised ads and content.',
    'MORE OPTIONS',
    'AGREE',
  ],
};
