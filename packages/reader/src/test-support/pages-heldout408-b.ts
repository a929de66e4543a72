import { links, ps, type TestPage, texts } from './page-kit.js';
import { prnRelease } from './pages-heldout408-b2.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file b: a prize citation page with little main text on a Wagtail (Django) site (mega menu, prize
 * navigation tabs, winner card with citation, jury list, "Finalists" rail, newsletter block, footer, OneTrust banner) and,
 * from file b2, a science academy's prize press release on PR Newswire.
 */
const cTitle = 'The Wexcombe Prize in Local Reporting: 2026 Winner';
const cCitation = [
  j(
    'Awarded to the staff of The Ridgeway Courier, Tolland Falls, for a patient, two-year investigation into the county’s',
    'failing septic inspection system, which showed how unpaid fees and lost records left drinking wells contaminated',
    'in more than 300 rural homes, and which led to new state law.',
  ),
];
const cAbout = [
  j(
    'The Courier, a weekly newspaper with a newsroom of four, obtained more than 9,000 inspection records through public',
    'records requests and tested water from 112 wells with the help of a university laboratory. Its reporting prompted',
    'the county to rehire two inspectors and the legislature to pass the Rural Well Safety Act in March.',
  ),
  j('The prize carries an award of $15,000. It was presented at the annual Wexcombe luncheon on 28 May in Harlan City.'),
];
const cWork = ['What Lies Beneath Mill Road, 14 February 2025', 'The Inspectors Who Weren’t There, 3 April 2025', 'A Law for the Wells, 20 March 2026'];
const cNav = ['Prizes', 'Winners & Finalists', 'Juries', 'Entry Guidelines', 'Prize News', 'About'];
const cTabs = ['Winner', 'Finalists', 'Jury'];
const cFinal = [
  'Finalist: The Harbour Ledger, for its reporting on ferry safety',
  'Finalist: Sarai Montclair of The Plainsman, for her series on rural hospital closures',
];
const cJury = ['Delphine Arkwright, chair', 'Marcus Oyelowo', 'Ingrid Halvorsen-Bey'];
const cFoot = ['Contact', 'Privacy Policy', 'Terms of Use', 'Press Kit'];
const cHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>The Ridgeway Courier | Local Reporting 2026 | The Wexcombe Prizes</title>
<meta name="description" content="Awarded to the staff of The Ridgeway Courier, Tolland Falls, for a patient, two-year investigation.">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${cTitle}",
"about":{"@type":"Organization","name":"The Ridgeway Courier"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"winner_page","prize_year":2026});</script></head>
<body class="template-winnerpage"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header" data-module="mega-menu"><div class="site-header__inner"><a class="site-header__logo" href="/">
<img src="/static/img/wexcombe-logo.svg" alt="The Wexcombe Prizes"></a>
<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">${links(cNav, 'site-nav__item')}</ul></nav>
<form class="site-search" action="/search/"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search"
placeholder="Search winners"></form></div></header>
<main id="main" class="winner-page"><div class="winner-page__hero"><p class="eyebrow"><a href="/prizes/local-reporting/">Local Reporting</a></p>
<h1 class="winner-page__title">${cTitle}</h1>
<nav class="tabs" aria-label="Prize year sections"><ul class="tabs__list">${links(cTabs, 'tabs__item')}</ul></nav></div>
<div class="winner-page__body grid"><div class="grid__main"><section class="winner-card">
<figure class="winner-card__image"><img src="/media/images/ridgeway-courier-staff.width-800.jpg" alt="">
<figcaption>The staff of The Ridgeway Courier in their newsroom. Photo courtesy of the Courier</figcaption></figure>
<h2 class="winner-card__name">The Ridgeway Courier, Tolland Falls</h2>
<div class="block-citation rich-text">
${ps(cCitation)}
</div>
<div class="block-paragraph rich-text">
${ps(cAbout)}
</div>
<div class="block-works"><h3 class="block-works__title">Winning work</h3><ul class="block-works__list">
${cWork.map((w) => `<li class="block-works__item"><a href="/winners/2026/ridgeway-courier/works/">${w}</a></li>`).join('\n')}
</ul></div></section></div>
<aside class="grid__aside"><section class="aside-block"><h2 class="aside-block__title">Finalists</h2><ul>${links(cFinal)}</ul></section>
<section class="aside-block"><h2 class="aside-block__title">2026 Jury</h2><ul>
${cJury.map((p) => `<li>${p}</li>`).join('\n')}</ul></section>
<section class="aside-block aside-block--share"><span class="aside-block__label">Share this winner</span>
<a class="share share--x" href="#">Post</a> <a class="share share--linkedin" href="#">LinkedIn</a> <a class="share share--email" href="#">Email</a>
</section></aside></div>
<section class="block-newsletter"><h2>The Wexcombe Dispatch</h2><p>Winners, finalists and entry deadlines, four times a year.</p>
<form action="/newsletter/"><input type="email" aria-label="Email address"><button type="submit">Subscribe</button></form></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(cFoot)}</ul>
<p class="site-footer__legal">The Wexcombe Prizes are administered by the Wexcombe School of Journalism.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to measure how our pages are used.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="/static/js/main.8b1e02.js" defer></script></body></html>`;
const citation: TestPage = {
  name: 'heldout408-wagtail-prize-citation',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['The Ridgeway Courier, Tolland Falls', 'Winning work'],
  body: texts([...cCitation, ...cAbout, ...cWork]),
  bylines: [],
  furniture: [
    'Skip to main content',
    ...cNav,
    'Search',
    'Local Reporting',
    ...cTabs.filter((t) => t !== 'Finalists'),
    'The staff of The Ridgeway Courier in their newsroom. Photo courtesy of the Courier',
    'Finalists',
    ...cFinal,
    '2026 Jury',
    ...cJury,
    'Share this winner',
    'Post',
    'LinkedIn',
    'Email',
    'The Wexcombe Dispatch',
    'Winners, finalists and entry deadlines, four times a year.',
    'Subscribe',
    ...cFoot,
    'The Wexcombe Prizes are administered by the Wexcombe School of Journalism.',
    'We use cookies to measure how our pages are used.',
    'Accept Cookies',
    'Cookie Settings',
  ],
};

export const HELDOUT408_B: readonly TestPage[] = [citation, prnRelease];
