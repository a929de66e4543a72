import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout345-kit.js';

/**
 * Held-out batch 345, file f: a city open-data team's blog post on Ghost with the Casper theme (gh-head navigation, post
 * tag, excerpt, byline with reading time, feature image with caption, a "Read more" bookmark card, members sign-up CTA,
 * "Read more" rail of related posts, footer) and a statistical agency's release calendar entry on the ONS-style design
 * system (government header, breadcrumbs, release status panel, release date / next release / contact meta, short summary,
 * "Cancelled or delayed releases" note, feedback bar, footer with licence).
 */
const gTitle = 'What we learned from publishing pothole repairs every night';
const gHeadings = ['Why nightly', 'What changed in the data', 'What people did with it', 'What is next'];
const gWhy = [
  j(
    'When we opened the road repairs dataset in 2023 it was refreshed once a month, from a spreadsheet the highways team kept',
    'for its own reporting. By the time a repair appeared on the portal, the pothole had usually been filled weeks earlier, and',
    'residents who checked the map after reporting a hole saw nothing at all.',
  ),
  j(
    'Last spring we connected the portal directly to the works management system, so every job closed during the day is',
    'published at two in the morning. This post covers what that took and what happened next.',
  ),
];
const gData = [
  j(
    'Moving to a nightly feed forced us to look at fields nobody had questioned. The old spreadsheet had a free-text location',
    'column; the works system stores a street code and a chainage, so we now publish both the code and a point generated from it.',
  ),
  'We also made three changes that readers asked for:',
];
const gList = [
  'Each repair now carries the date it was reported as well as the date it was fixed, so the time taken can be worked out.',
  'Temporary repairs are marked separately from permanent ones, because a temporary patch often fails within a few months.',
  'Jobs cancelled as duplicates are removed rather than shown as completed.',
];
const gUse = [
  j(
    'Within a month, a volunteer built a small site that tells you how long repairs take on your street compared with the city',
    'average. A local newspaper used the reported and fixed dates to show that repairs in the outer wards took twice as long',
    'as those in the centre, a finding the highways team confirmed and has since acted on by moving one crew.',
  ),
  j(
    '<em>"Before, we argued about anecdotes. Now we argue about the same numbers, which is a much better argument,"</em> said one',
    'councillor at the transport committee in January.',
  ),
];
const gNext = [
  j(
    'We want to do the same for streetlight faults and blocked drains this year. Both teams use the same works system, so most of',
    'the work is agreeing field names and checking what should not be published, such as addresses of private properties.',
  ),
];
const gNav = ['Home', 'Datasets', 'Projects', 'About the team', 'Contact'];
const gRel = ['Opening up bus shelter maintenance records', 'A year of the open data request form', 'How we anonymise parking fines'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1b2c"><meta name="description" content="Moving road repairs to a nightly feed.">
<link rel="canonical" href="https://blog.data.corrisbury.example/nightly-pothole-repairs/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-27T09:00:00.000Z"><meta property="article:tag" content="Transport">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Corrisbury Open Data"},
"author":{"@type":"Person","name":"Priya Anand-Shaw"},"headline":"${gTitle}","datePublished":"2026-02-27T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.105"><script defer src="https://cdn.example/ghost/portal@~2.46/umd/portal.min.js"
data-ghost="https://blog.data.corrisbury.example/"
crossorigin="anonymous"></script></head>
<body class="post-template tag-transport is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Corrisbury Open
Data</a></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-transport">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags">
<span class="post-card-primary-tag"><a href="/tag/transport/">Transport</a></span>
</div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">A year ago our road repairs data was a month out of date. Now it is never more than a day old.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/priya/"
class="author-avatar"><img class="author-profile-image" src="/content/images/priya.jpg" alt="Priya Anand-Shaw"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Anand-Shaw</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-27">Feb 27, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/02/pothole-crew.jpg" alt="A repair crew at work"><figcaption>A night crew on Calder Road.
Photo: Corrisbury City Council</figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="why-nightly">${gHeadings[0]}</h2>
${ps(gWhy)}
<h2 id="what-changed-in-the-data">${gHeadings[1]}</h2>
${ps(gData)}
<ul>${lis(gList)}</ul>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/road-repairs-dataset/"><div class="kg-bookmark-content"><div
class="kg-bookmark-title">Read more: the road repairs dataset explained</div><div class="kg-bookmark-description">Every field, and how often it
changes.</div></div></a></figure>
<h2 id="what-people-did-with-it">${gHeadings[2]}</h2>
${ps(gUse)}
<h2 id="what-is-next">${gHeadings[3]}</h2>
${ps(gNext)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gRel
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="/${t}"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Corrisbury Open Data</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Data portal', 'Accessibility', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1b2c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout345-ghost-city-opendata-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeadings,
  body: texts([...gWhy, ...gData, ...gList, ...gUse, ...gNext]),
  bylines: ['Priya Anand-Shaw', 'Feb 27, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corrisbury Open Data', ...gNav, 'Sign in', 'Subscribe', 'Transport',
    'A year ago our road repairs data was a month out of date. Now it is never more than a day old.',
    'A night crew on Calder Road. Photo: Corrisbury City Council', 'Read more: the road repairs dataset explained',
    'Every field, and how often it changes.', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gRel, '© 2026', 'Data portal',
    'Accessibility', 'Privacy', 'Powered by Ghost',
  ],
};

const rTitle = 'Labour market overview, Aldermark: March 2026';
const rSummary = [
  j(
    'Estimates of employment, unemployment and economic inactivity for people aged 16 and over in Aldermark, from the quarterly',
    'Labour Force Survey, together with payrolled employees from tax records and vacancies from the monthly business survey.',
  ),
  j(
    'This release covers the three months from November 2025 to January 2026 for survey measures, and February 2026 for the',
    'early payroll estimate. Regional tables for the nine statistical regions are published alongside the bulletin.',
  ),
  'The release will include:',
];
const rList = [
  'the employment, unemployment and inactivity rates, seasonally adjusted;',
  'the number of payrolled employees and their median monthly pay;',
  'the vacancy estimate and the ratio of vacancies to unemployed people;',
  'revisions to the previous month\u2019s payroll estimates.',
];
const rMore = [
  j(
    'From this release, the survey estimates are reweighted to the 2025 population projections. The back series from 2022 has',
    'been revised, and a note explaining the effect on the headline rates is published in the methodology section.',
  ),
  j(
    'As an accredited official statistic, this release is published at 07:00 and is not shared before publication except under',
    'the pre-release access list published with the bulletin.',
  ),
];
const rHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${rTitle} - Release calendar - Statistics Aldermark</title>
<meta name="description" content="Upcoming release: Labour market overview, March 2026."><link rel="stylesheet" href="/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${rTitle}","startDate":"2026-03-17T07:00:00Z"}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"contentType":"release","releaseStatus":"confirmed"});</script></head>
<body class="ons-page"><div class="ons-page__container"><div class="ons-cookies-banner" role="region" aria-label="Cookies banner"><div
class="ons-container"><h2 class="ons-cookies-banner__title">Cookies on stats.aldermark.example</h2><p class="ons-cookies-banner__desc">Cookies are small files
stored on your device when you visit a website. We use some essential cookies to make this website work.</p><button class="ons-btn
ons-cookies-banner__button--accept"><span class="ons-btn__inner">Accept additional cookies</span></button><button class="ons-btn
ons-btn--secondary"><span class="ons-btn__inner">Reject additional cookies</span></button><a href="/cookies">View cookies</a></div></div>
<header class="ons-header" role="banner"><div class="ons-header__top"><div class="ons-container"><a class="ons-header__org-logo-link" href="/">Statistics
Aldermark</a><ul class="ons-header-service-nav__list">${links(['Release calendar', 'Cymraeg'], 'ons-header-service-nav__item')}</ul></div></div>
<nav class="ons-navigation" aria-label="Main menu"><ul class="ons-navigation__list">${links(
  ['Business, industry and trade', 'Economy', 'Employment and labour market', 'People, population and community', 'Taking part in a survey?'],
  'ons-navigation__item',
)}</ul></nav></header>
<div class="ons-page__body"><div class="ons-container"><nav class="ons-breadcrumbs" aria-label="Breadcrumbs"><ol class="ons-breadcrumbs__items">${links(
  ['Home', 'Release calendar'],
  'ons-breadcrumbs__item',
)}</ol></nav>
<main id="main-content"><div class="ons-grid"><div class="ons-grid__col ons-col-8@m"><span class="ons-u-fs-m">Release</span>
<h1 class="ons-u-fs-xxxl">${rTitle}</h1>
<div class="ons-panel ons-panel--info ons-panel--no-title"><div class="ons-panel__body">This release is confirmed and will be published on
17 March 2026 at 7:00am.</div></div>
<dl class="ons-metadata ons-metadata__list ons-grid ons-grid--gutterless"><dt class="ons-metadata__term">Release date:</dt><dd
class="ons-metadata__value">17 March 2026 7:00am</dd><dt class="ons-metadata__term">Next release:</dt><dd class="ons-metadata__value">14 April 2026</dd>
<dt class="ons-metadata__term">Contact:</dt><dd class="ons-metadata__value"><a href="mailto:labour.market@stats.aldermark.example">Labour Market team</a></dd>
<dt class="ons-metadata__term">Status:</dt><dd class="ons-metadata__value">Accredited official statistics</dd></dl>
<section id="summary"><h2 class="ons-u-fs-l">Summary</h2>
${ps(rSummary)}
<ul class="ons-list">${lis(rList, 'ons-list__item')}</ul>
${ps(rMore)}
</section>
<section id="changes"><h2>Cancelled or delayed releases</h2><p>Changes to this release date will be announced here with the reason for the
change.</p></section>
<section id="related"><h2 class="ons-u-fs-l">You might also be interested in</h2><ul class="ons-list ons-list--bare">${links(
  ['Labour market overview, Aldermark: February 2026', 'Vacancies and jobs by industry', 'Earnings and hours worked, regional tables'],
  'ons-list__item',
)}</ul></section>
</div></div></main></div></div>
<div class="ons-feedback"><div class="ons-container"><p>Is this page useful?</p><button>Yes</button><button>No</button><a href="/feedback">Report a problem
with this page</a></div></div>
<footer class="ons-footer"><div class="ons-container"><ul>${links(['Help', 'Accessibility', 'Cookies', 'Privacy', 'Terms and conditions'])}</ul>
<p class="ons-footer__license">All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
<p>© Statistics Aldermark</p></div></footer></div><script src="/js/main.js"></script></body></html>`;
const release: TestPage = {
  name: 'heldout345-ons-release-calendar-entry',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Summary'],
  body: texts([...rSummary, ...rList, ...rMore]),
  bylines: ['17 March 2026 7:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on stats.aldermark.example', 'Cookies are small files stored on your device when you visit a website.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Statistics Aldermark', 'Release calendar', 'Cymraeg', 'Business, industry and trade', 'Economy',
    'Employment and labour market', 'People, population and community', 'Taking part in a survey?', 'Home', 'Release',
    'This release is confirmed and will be published on 17 March 2026 at 7:00am.', 'Release date:', 'Next release:', '14 April 2026', 'Contact:',
    'Labour Market team', 'Status:', 'Accredited official statistics', 'Cancelled or delayed releases',
    'Changes to this release date will be announced here with the reason for the change.', 'You might also be interested in',
    'Labour market overview, Aldermark: February 2026', 'Vacancies and jobs by industry', 'Earnings and hours worked, regional tables',
    'Is this page useful?', 'Report a problem with this page', 'Help', 'Accessibility', 'Cookies', 'Privacy', 'Terms and conditions',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated.', '© Statistics Aldermark',
  ],
};

export const HELDOUT345_F: readonly TestPage[] = [ghost, release];
