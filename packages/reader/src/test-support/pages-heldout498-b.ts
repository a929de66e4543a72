import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file b: a swim school's lesson levels page on Squarespace 7.1 (page sections, HTML blocks, a
 * newsletter block), and a lido's closure notice on Ghost with the Casper theme (byline, feature image, read-more cards).
 */
const sTitle = 'Our lesson levels';
const sDek = 'Every child starts at the level that fits them. Teachers assess new swimmers in their first lesson and move them up when they are ready.';
const sLevels: [string, string, string[]][] = [
  [
    'Level 1: Splashers',
    'For children who are new to the water. Lessons are in the learner pool, where everyone can stand, with a parent in the water for under 4s.',
    ['Enter the water safely from the side', 'Blow bubbles with their face in the water', 'Float on their front and back with support'],
  ],
  [
    'Level 2: Paddlers',
    'Swimmers begin to move without help, using floats and noodles, and learn to push and glide from the wall.',
    ['Push and glide on the front and back', 'Kick 5 metres on the front with a float', 'Get out of the pool without the steps'],
  ],
  [
    'Level 3: Dolphins',
    j(
      'Dolphins swim 10 metres without any aids and start to learn the shape of front crawl and backstroke. Lessons move to the',
      'shallow end of the main pool.',
    ),
    ['Swim 10 metres front crawl without stopping', 'Swim 10 metres backstroke', 'Tread water for 30 seconds'],
  ],
  [
    'Level 4: Seals',
    'Seals work on breathing to the side, breaststroke legs and sculling, and take their first lessons in deep water.',
    ['Swim 25 metres of any stroke', 'Jump into deep water and return to the side', 'Perform a handstand and a forward roll in the water'],
  ],
  [
    'Level 5: Orcas',
    j(
      'Our top level builds stamina and technique on all four strokes, including butterfly, and covers water safety skills such',
      'as swimming in clothes. Orcas who finish the level can try out for Otterbrook Swimming Club.',
    ),
    ['Swim 100 metres continuously using three strokes', 'Swim 25 metres butterfly', 'Swim 50 metres wearing clothes'],
  ],
];
const sAfter = [
  j(
    'Children get a progress card at the end of each term showing the skills they have ticked off. Moving up can happen at any',
    'point in a term, and we will always talk to you before we change your child’s class.',
  ),
];
const sNav = ['Lessons', 'Timetable', 'Prices', 'Our Teachers', 'FAQs', 'Contact'];
const sBlock = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const sLevel = (l: [string, string, string[]], i: number): string =>
  sBlock(
    `<h3 style="white-space:pre-wrap;">${l[0]}</h3><p class="" style="white-space:pre-wrap;">${l[1]}</p>
<p class="" style="white-space:pre-wrap;"><strong>Ready to move up when they can:</strong></p><ul
data-rte-list="default">${lis(l[2].map((t) => `<p>${t}</p>`))}</ul>`,
    `yui_3_17_2_1_17311${i}`,
  );
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Our lesson levels — Otterbrook Swim School</title><link rel="canonical" href="https://www.otterbrookswim.co.uk/lesson-levels"/>
<meta property="og:site_name" content="Otterbrook Swim School"/><meta property="og:title" content="Our lesson levels — Otterbrook Swim School"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"63f1a2","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.otterbrookswim.co.uk","name":"Otterbrook Swim School",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f19e/42/5c5a519771c10ba3470d8101/63f19e/1546/site.css" rel="stylesheet" type="text/css"/>
</head><body id="collection-63f1a2" class="tweak-global-animations-enabled header-width-full primary-button-style-solid ancillary-header-top-left-layout
collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" role="region"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner"><p>Spring term bookings open to current families on 5 January.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page"
class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/">
<img src="//images.squarespace-cdn.com/content/v1/63f19e/otter-logo.png?format=1500w" alt="Otterbrook Swim School"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/book">Book a trial lesson</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a2b7c0">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle bright" data-section-id="63f1a2b7c1"><div class="content-wrapper"><div
class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1a2b7c1"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
${sBlock(
  `<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large"
style="text-align:center;white-space:pre-wrap;">${sDek}</p>`,
  'a1',
)}
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--medium horizontal-alignment--center vertical-alignment--middle white" data-section-id="63f1a2b7c2"><div class="content-wrapper"><div
class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1a2b7c2"><div class="row sqs-row"><div class="col sqs-col-8 span-8">
${sLevels.map(sLevel).join('\n')}
${sBlock(`<h2 style="white-space:pre-wrap;">Moving up</h2>${ps(sAfter, ' class="" style="white-space:pre-wrap;"')}`, 'a9')}
</div><div class="col sqs-col-4 span-4"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.com/content/v1/63f19e/level-badges.jpg" alt="Level badges">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Each level has its own badge and certificate.</p></div></figcaption></figure></div>
</div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a trial lesson</a></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section dark" data-section-id="63f1a2b7c3"><div
class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" autocomplete="on"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Poolside news</h2>
<div class="newsletter-form-header-description"><p>Term dates, spare places and holiday crash courses, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address">
</div>
</div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span
class="newsletter-form-button-label">Sign Up</span>
</button></div></form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlock(
  `<p style="white-space:pre-wrap;">Otterbrook Swim School<br>Lessons at Kingsmere Leisure Centre, Otterbrook</p>
<p style="white-space:pre-wrap;">hello@otterbrookswim.co.uk</p>`,
  'f1',
)}
</div><div class="col sqs-col-6 span-6">${sBlock('<p style="white-space:pre-wrap;">© 2026 Otterbrook Swim School Ltd. All rights reserved.</p>', 'f2')}</div>
</div></div></div></div>
</section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const levels: TestPage = {
  name: 'heldout498-squarespace-lesson-levels',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sLevels.map((l) => l[0]), 'Moving up'],
  body: texts([sDek, ...sLevels.flatMap((l) => [l[1], 'Ready to move up when they can:', ...l[2]]), ...sAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring term bookings open to current families on 5 January.', 'Skip to Content', ...sNav, 'Book a trial lesson',
    'Each level has its own badge and certificate.', 'Poolside news', 'Term dates, spare places and holiday crash courses, once a month.',
    'Email Address', 'Sign Up', 'Otterbrook Swim School', 'Lessons at Kingsmere Leisure Centre, Otterbrook', 'hello@otterbrookswim.co.uk',
    '© 2026 Otterbrook Swim School Ltd. All rights reserved.',
  ],
};

const gTitle = 'Lido closed until further notice after pump failure';
const gExcerpt = 'The outdoor pool will stay shut while a replacement circulation pump is found. Season tickets will be extended.';
const gBody = [
  j(
    'Fernhill Lido closed on Saturday afternoon after the main circulation pump failed during the 2pm session. Without the pump the',
    'water cannot be filtered or heated, and our lifeguards cleared the pool within ten minutes.',
  ),
  j(
    'The pump is 31 years old and parts for it are no longer made. Our engineers have found two possible replacements and we hope to',
    'order one this week, but fitting it means draining part of the plant room. We do not yet know when we will reopen.',
  ),
  'What this means for you',
  'Season ticket holders will have their tickets extended by the number of days we are closed.',
  'Booked swims and sauna sessions will be refunded automatically within five working days.',
  'The Thursday night swim club will train at Hallam Baths until we reopen.',
  j(
    'We know how much the lido means to our regulars, especially the early morning swimmers who have come every day since April.',
    'We will post an update here and on our noticeboard at the gate every Friday until the pool is open again.',
  ),
];
const gNav = ['Home', 'Opening times', 'Tickets', 'Sauna', 'Notices', 'About the Lido'];
const gCards: [string, string][] = [
  ['Winter swimming returns in December', 'Notices'],
  ['Volunteers wanted for the café garden', 'Community'],
  ['New changing village opens', 'Notices'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5c3f1e2a9b">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://news.fernhilllido.org/lido-closed-pump-failure/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-28T18:04:00.000Z">
<meta property="article:tag" content="Notices"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ruth Okonedo-Marsh">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernhill Lido"},
"author":{"@type":"Person","name":"Ruth Okonedo-Marsh"},"headline":"${gTitle}","datePublished":"2026-11-28T18:04:00.000Z"}</script>
<meta name="generator" content="Ghost 5.101"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true"
data-ghost="https://news.fernhilllido.org/" data-key="8a1f0c" data-api="https://news.fernhilllido.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-notices is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://news.fernhilllido.org">
<img src="https://news.fernhilllido.org/content/images/2025/03/lido-logo.png" alt="Fernhill Lido"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-notices image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/notices/">Notices</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Okonedo-Marsh"><img class="author-profile-image"
src="/content/images/2025/03/ruth.jpg"
alt="Ruth Okonedo-Marsh"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Okonedo-Marsh</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-28">Nov 28, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/11/plant-room.jpg 600w" src="/content/images/size/w2000/2026/11/plant-room.jpg"
alt="The plant room at Fernhill Lido"><figcaption>The lido’s plant room, where the old pump has run since 1995.</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<h2 id="what-this-means-for-you">${gBody[2]}</h2><ul>${lis(gBody.slice(3, 6))}</ul>
${ps(gBody.slice(6))}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    (c) => `<article class="post-card post">
<a class="post-card-image-link" href="/${c[0].toLowerCase().replace(/ /g, '-')}/"><img class="post-card-image" src="/content/images/2026/10/card.jpg"
alt="${c[0]}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${c[0].toLowerCase().replace(/ /g, '-')}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">${c[1]}</span></div><h2 class="post-card-title">${c[0]}</h2></header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">1 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.fernhilllido.org">Fernhill Lido</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact us', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button
pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=5c3f1e2a9b"></script></body></html>`;
const closure: TestPage = {
  name: 'heldout498-ghost-lido-closure',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? ''],
  body: texts([gExcerpt, ...gBody.filter((_, i) => i !== 2)]),
  bylines: ['Ruth Okonedo-Marsh', 'Nov 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Subscribe', '• 2 min read', 'The lido’s plant room, where the old pump has run since 1995.', 'Sign up for more like this.',
    'Enter your email', ...gCards.map((c) => c[0]), 'Community', '1 min read', 'Fernhill Lido © 2026', 'Sign up', 'Contact us', 'Privacy',
    'Powered by Ghost',
  ],
};

export const HELDOUT498_B: readonly TestPage[] = [levels, closure].map(tidy);
