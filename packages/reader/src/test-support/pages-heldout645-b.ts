import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout645-kit.js';

/**
 * Held-out batch 645, file b: a volunteer news post on Ghost (Casper) with its read-more cards and subscribe box, and an
 * engineering blog post on Squarespace 7.1 with an image caption, prev / next links and a newsletter block.
 */
const gTitle = 'Carriage team finishes Brake Third 3417 after six winters';
const gDek = 'The Ashcombe Valley carriage volunteers rolled their longest project out of the works on Saturday, ready for the Easter trains.';
const gH = ['From a hen house to the main line', 'Who did the work', 'Join the carriage team'];
const gP1 = [
  j(
    'Brake Third 3417 came to Ashcombe in 2019 on the back of a low loader, without bogies, with half its roof missing and',
    'a family of hens living in the guard’s compartment. It had spent forty years as a farm store near Wenlow.',
  ),
  j(
    'The frame was sound, which is what made the project worth doing. Everything above it has been rebuilt: new teak',
    'panels on the corridor side, a new roof covered in canvas, and ten compartments refitted with reupholstered seats.',
  ),
];
const gP2 = [
  j(
    'About twenty volunteers worked on the coach, most of them on Wednesday and Saturday work parties. Joiner Pat Henshaw',
    'made all 38 door droplights himself, and the Friday group of retired engineers overhauled the vacuum brake cylinders.',
  ),
  j(
    '“People think it is all about engines,” said carriage foreman Doug Kellaway. “But nobody pays to ride on an engine.',
    'Without coaches there is no railway, and without volunteers there are no coaches.”',
  ),
];
const gP3 = [
  j(
    'The next project is Third Open 4102, which needs a complete new floor. No skills are needed to start: we will teach you',
    'sanding, painting and upholstery, and there is always tea. Work parties meet at the carriage works at 9.30am.',
  ),
];
const gCap = '3417 leaves the carriage works behind the shunter on Saturday morning. Photo: Ian Bright';
const gNav = ['Home', 'Volunteer news', 'Engineering', 'Events', 'About'];
const gRead = [
  ['Signal box open day draws record crowd', '2 Feb 2027', '3 min read'],
  ['New volunteers’ induction dates for spring', '19 Jan 2027', '2 min read'],
  ['Track gang clears the Wenlow cutting', '8 Jan 2027', '5 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1d2e3f4a">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.ashcombevalleyrailway.org/carriage-team-finishes-brake-third-3417/">
<meta property="og:site_name" content="Ashcombe Valley Railway News"><meta property="article:published_time" content="2027-02-13T17:40:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}","author":{"@type":"Person","name":"Ruth Ellery"},
"datePublished":"2027-02-13T17:40:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.ashcombevalleyrailway.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-volunteer-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://news.ashcombevalleyrailway.org"><img src="/content/images/2024/03/avr-logo.png" alt="Ashcombe Valley Railway News"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-volunteer-news tag-carriages image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/volunteer-news/">Volunteer news</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Ellery"><img class="author-profile-image"
src="/content/images/size/w100/2024/03/ruth.jpg" alt="Ruth Ellery"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Ellery</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-13">13 Feb 2027</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/02/3417.jpg 600w" src="/content/images/size/w2000/2027/02/3417.jpg"
alt="Brake Third 3417 outside the works">
<figcaption><span style="white-space: pre-wrap;">${gCap}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
<h2 id="from-a-hen-house-to-the-main-line">${gH[0]}</h2>
${ps(gP1)}
<h2 id="who-did-the-work">${gH[1]}</h2>
<p>${gP2[0]}</p><blockquote>${gP2[1]}</blockquote>
<p>The coach will run in the Easter service from 2 April, marshalled next to the buffet car so that its guard’s van can carry prams and bicycles.</p>
<h2 id="join-the-carriage-team">${gH[2]}</h2>${ps(gP3)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://www.ashcombevalleyrailway.org/volunteer/"
class="kg-btn kg-btn-accent">Find out about volunteering</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gRead
  .map(
    ([
      t,
      d,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"
loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Volunteer news</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-01">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://news.ashcombevalleyrailway.org">Ashcombe Valley Railway News</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Data & privacy', 'Contact', 'Main website'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c1d2e3f4a"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout645-ghost-volunteer-news',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([
    gDek,
    ...gP1,
    ...gP2,
    'The coach will run in the Easter service from 2 April, marshalled next to the buffet car so that its guard’s van can carry prams and bicycles.',
    ...gP3,
  ]),
  bylines: ['Ruth Ellery', '13 Feb 2027', ...gRead.map((r) => r[1] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Subscribe', '• 4 min read', gCap, 'Find out about volunteering', 'Sign up for more like this.', 'Enter your email',
    ...gRead.flatMap((r) => [r[0] ?? '', r[2] ?? '']), 'Ashcombe Valley Railway News © 2027', 'Data & privacy', 'Contact', 'Main website',
    'Powered by Ghost',
  ],
});

const qTitle = 'Ten years on: what happens when a boiler ticket runs out';
const qP = [
  j(
    'At the end of October, No. 3 Gwenllian will drop her fire for the last time before her overhaul. Her boiler certificate –',
    'the “ticket” – runs out on 1 November, ten years after the boiler inspector first signed it off.',
  ),
  j(
    'We are often asked why a locomotive that ran perfectly well on the last day of the season has to stop. The answer is',
    'that a steam boiler is a pressure vessel, and the law requires a full examination, inside and out, at least every ten',
    'years. For that, the boiler has to come out of the frames and the tubes have to come out of the boiler.',
  ),
  'What the overhaul involves',
  j(
    'Once Gwenllian is stripped, our boiler contractor will cut out and replace the firebox tube plate, fit a full set of',
    'new tubes and renew every stay that fails its ultrasonic test. The frames, wheels and motion will be overhauled in our',
    'own works at Pont Carreg at the same time.',
  ),
  j(
    'We expect the work to take two years and to cost around £180,000. Our appeal has raised £61,000 so far, and every',
    'pound given before the end of the year will be matched by the Caermorlan Railway Trust.',
  ),
  'Who will pull the trains?',
  j(
    'No. 5 Morwen returned from her own overhaul in the spring and will carry most of the service in 2028, with our diesel',
    'Dyfrig on standby. Visitors to the works on open days will be able to watch Gwenllian’s overhaul as it goes on.',
  ),
];
const qCap = 'Gwenllian at Pont Carreg in September, a few weeks before her ticket expires.';
const qNav = ['Visit', 'Timetable', 'Tickets', 'News', 'Support Us', 'Shop'];
const qNews = 'Stay on track';
const qNewsDesc = 'Sign up for our monthly newsletter with timetable news, events and works updates.';
const sqBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;&#125;&#125;" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} — Caermorlan Railway</title><link rel="canonical" href="https://www.caermorlanrailway.wales/news/ten-years-on-boiler-ticket">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2027-09-22T09:00:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Caermorlan Railway"},"item":{"title":"${qTitle}"}};</script>
<script type="application/ld+json">{"url":"https://www.caermorlanrailway.wales","name":"Caermorlan Railway",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0a1b2c3d4e5f6a7b8c9d0/42/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"
type="text/css"></head>
<body id="item-6510a9c8d7e6f5a4b3c2d1e0"
class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-name tweak-blog-item-show-date header-width-full
collection-type-blog-basic-grid view-item"><div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-first-focusable-element tabindex="-1">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/63f0/logo.png?format=1500w"
alt="Caermorlan Railway"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tickets">Book Now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f0a1b2c3d4e5f6a7b8c9e1">
<section data-test="page-section" data-section-theme=""
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article
class="entry h-entry hentry author-gethin-rowlands post-type-text article-index-1 category-engineering"
data-item-id="6510a9c8d7e6f5a4b3c2d1e0"><div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper"><div class="blog-item-category-wrapper">
<a href="/news?category=Engineering" class="blog-item-category">Engineering</a></div><div class="blog-item-date-wrapper">
<time class="dt-published date-highlight" datetime="2027-09-22" pubdate data-animation-role="date">September 22, 2027</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: center;">${qTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name-wrapper"><span>Written by </span><a href="/news?author=63f0a1b2"
class="blog-author-name">Gethin Rowlands</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1695369600000" id="item-6510a9c8">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqBlock('yui_3_17_2_1_1695369_101', `${ps(qP.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1695369_102"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.6%;overflow: hidden;">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f0/gwenllian.jpg" data-image-dimensions="2500x1667" alt=""
src="https://images.squarespace-cdn.com/content/v1/63f0/gwenllian.jpg?format=1000w"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${qCap}</p></div></figcaption></figure></div></div>
${sqBlock(
  'yui_3_17_2_1_1695369_103',
  `<h2 style="white-space:pre-wrap;">${qP[2]}</h2>\n${ps(qP.slice(3, 5), ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${qP[5]}</h2>\n${ps(qP.slice(6), ' class="" style="white-space:pre-wrap;"')}`,
)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1695369_104"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center">
<a href="/support-us/gwenllian-appeal"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Give to the Gwenllian appeal</a></div></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/news?category=Engineering"
class="blog-categories">Engineering</a></span>
<a href="#" class="blog-item-share" data-sharing="true"><span>Share</span></a></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a class="item-pagination-link item-pagination-link--prev" href="/news/santa-specials-on-sale"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Santa Specials on sale now</h2></a><a class="item-pagination-link item-pagination-link--next" href="/news/morwen-returns">
<div class="item-pagination-prev-next">Next</div><h2
class="item-pagination-title">Morwen returns to traffic</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content"><div
class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="6512"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${qNews}</h2>
<div class="newsletter-form-header-description"><p>${qNewsDesc}</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div
class="sqs-html-content"><p>Caermorlan Railway, Pont Carreg Station, Gwynedd LL99 4RT</p>
<p>Registered charity 1049732</p></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--position-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your experience and to see how visitors use the site.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout645-squarespace-boiler-ticket',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qP[2] ?? '', qP[5] ?? ''],
  body: texts(qP.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['September 22, 2027', 'Written by Gethin Rowlands'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qNav, 'Book Now', 'Engineering', qCap, 'Give to the Gwenllian appeal', 'Share', 'Previous', 'Santa Specials on sale now', 'Next',
    'Morwen returns to traffic', qNews, qNewsDesc, 'Email Address', 'Sign Up', 'We respect your privacy.', 'Thank you!',
    'Caermorlan Railway, Pont Carreg Station, Gwynedd LL99 4RT', 'Registered charity 1049732',
    'We use cookies to improve your experience and to see how visitors use the site.', 'Accept', 'Decline',
  ],
});

export const HELDOUT645_B: readonly TestPage[] = [ghost, squarespace];
