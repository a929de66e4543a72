import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout486-kit.js';

/**
 * Held-out batch 486, file b: a ski school page on Squarespace (7.1, fluid-engine sections) and a resort news post on Drupal 10
 * with a related-stories block and a Disqus-free comment count.
 */
const qTitle = 'Kids Ski School';
const qIntro = j(
  'Our Snowcubs program has been teaching kids aged 4 to 12 to love the mountain for over thirty years. Small groups, warm',
  'instructors and plenty of hot chocolate breaks: most kids go from the magic carpet to the green runs in a single week.',
);
const qProgHead = 'Programs';
const qProgs: [string, string][] = [
  ['Snowcubs (ages 4 to 6)', 'Half-day lessons from 9:30 to 12:30 with a snack break. Maximum five children per instructor.'],
  ['Mountain Explorers (ages 7 to 12)', 'Full-day lessons from 9:30 to 3:30 including lunch at the Mid-Station Chalet.'],
  ['Freeride Club (ages 10 to 15)', 'Six Saturdays of off-piste skills, park laps and avalanche awareness for strong skiers.'],
];
const qKnowHead = 'What to bring';
const qKnow = [
  'A helmet (free helmet rental with every lesson)',
  'Goggles, mittens and a neck warmer',
  'Sunscreen and lip balm',
  'A labelled bag for spare gloves and a snack',
];
const qPrice = j(
  'Half-day lessons are 79 euros, full days 129 euros including lunch. Book five days and the fifth is free. Equipment rental',
  'can be added at checkout and picked up at the Ski School desk from 8:45.',
);
const qNav = ['Lessons', 'Kids', 'Private Lessons', 'Rentals', 'About Us', 'Contact'];
const qFoot = ['Instagram', 'Facebook', 'Terms', 'Privacy'];
const qSec = (inner: string, id: string): string => `<section data-section-id="${id}" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-${id}">${inner}</div></div></div></section>`;
const qBlock = (inner: string, id: string): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
 id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Kids Ski School — Alpenglow Ski School Vallon</title><link rel="canonical" href="https://www.alpenglowski.eu/kids">
<meta property="og:site_name" content="Alpenglow Ski School Vallon"><meta property="og:title" content="Kids Ski School — Alpenglow Ski School Vallon">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.alpenglowski.eu","name":"Alpenglow Ski School Vallon","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-507f5cdb.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/63f1a2/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a0c1b2e5" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
 header-width-full header-layout-nav-right">
<div class="gdpr-cookie-banner" role="dialog"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-dark">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.com/content/v1/63f1a2/alpenglow-logo.png?format=1500w" alt="Alpenglow Ski School Vallon"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Lesson</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0c1b2e5a1">
${qSec(qBlock(`<h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${qIntro}</p>`, 'a1'), 's1')}
${qSec(
  qBlock(`<h2 style="white-space:pre-wrap;">${qProgHead}</h2>`, 'b1') +
    qProgs.map(([h, p], i) => qBlock(`<h3 style="white-space:pre-wrap;">${h}</h3><p style="white-space:pre-wrap;">${p}</p>`, `b${i + 2}`)).join('\n') +
    `<div class="fe-block fe-block-b9"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img alt="" src="https://images.squarespace-cdn.com/content/v1/63f1a2/snowcubs.jpg">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Snowcubs on the Marmot carpet</p></div></figcaption></figure></div></div></div>`,
  's2',
)}
${qSec(
  qBlock(`<h2 style="white-space:pre-wrap;">${qKnowHead}</h2><ul data-rte-list="default">${lis(qKnow.map((t) => `<p>${t}</p>`))}</ul>`, 'c1') +
    qBlock(ps([qPrice], ' style="white-space:pre-wrap;"'), 'c2') +
    `<div class="fe-block fe-block-c3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
 sqs-block-button-element">Book Now</a></div></div></div></div>`,
  's3',
)}
${qSec(
  `<div class="fe-block fe-block-d1"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Powder alerts</h2>
<div class="newsletter-form-header-description"><p>Fresh snow and last-minute lesson places, straight to your inbox.</p></div></div>
<form class="newsletter-form"><input name="email" type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div></div>`,
  's4',
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>Alpenglow Ski School · Place de l'Église 3, Vallon</p><p>Open daily 8:30 to 17:00 in season</p>
<ul class="socials">${links(qFoot)}</ul><p>© 2026 Alpenglow Ski School</p></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const skiSchool: TestPage = {
  name: 'heldout486-ski-school-squarespace',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [qProgHead, ...qProgs.map(([h]) => h), qKnowHead],
  body: [qIntro, ...qProgs.map(([, p]) => p), ...qKnow, qPrice],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Skip to Content', ...qNav.filter((t) => t !== 'Kids' && t !== 'Lessons'),
    'Book a Lesson', 'Snowcubs on the Marmot carpet', 'Book Now', 'Powder alerts', 'Fresh snow and last-minute lesson places, straight to your inbox.',
    'Sign Up', "Alpenglow Ski School · Place de l'Église 3, Vallon", 'Open daily 8:30 to 17:00 in season', ...qFoot, '© 2026 Alpenglow Ski School',
  ],
};

const dTitle = 'New high-speed chair to replace the 1979 Eagle Double next season';
const dLead = j(
  'Grizzly Ridge will replace its oldest lift, the Eagle Double, with a detachable six-seat chair before the 2027-28 season, the',
  'resort announced on Tuesday. The new lift will cut the ride from eleven minutes to under four.',
);
const dParas = [
  j(
    'The Eagle Double was built in 1979 and serves the intermediate runs on the north face. Over the last three winters it has',
    'been closed for 31 days because of mechanical faults, more than any other lift on the mountain.',
  ),
  j(
    '"Eagle is the lift our regulars love to complain about," said general manager Tovah Lindqvist. "The new chair keeps the',
    'same line up the mountain, so the runs people know stay exactly where they are, but the wait at the bottom should',
    'almost disappear."',
  ),
];
const dHowHead = 'What changes for skiers';
const dHow = [
  j(
    'The new lift will carry 2,400 people an hour, up from 900. It will have a loading carpet, heated seats on the top station',
    'side and a mid-station at the Beaver Meadow junction so beginners can ride down.',
  ),
  j(
    'Work on the towers will start in late April, as soon as the snow is off the lower slopes. The north face runs will be',
    'closed to summer hiking from May to September.',
  ),
];
const dQuote = j(
  'We looked at fixing the old chair, but the parts alone would have cost nearly half of a new lift, and we would still have',
  'a slow double at the end of it.',
);
const dCostHead = 'Cost and funding';
const dCost = [
  j(
    "The project will cost about $14 million. Half comes from the resort's capital budget and the rest from a loan from the",
    "county's recreation fund, which the county board approved last month by a vote of four to one.",
  ),
  j('Season pass prices for next winter will not change because of the lift, Lindqvist said. Early-bird passes go on sale on', 'March 1.'),
];
const dNav = ['The Mountain', 'Tickets', 'Passes', 'Lessons', 'Events', 'News'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Lifts', 'Capital projects', 'North Face'];
const dRel = ['Grooming fleet gets two new winch cats', 'Beaver Meadow beginner area doubles in size', 'Summer bike park opening dates announced'];
const dFoot = ['Contact', 'Employment', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head><meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<title>${dTitle} | Grizzly Ridge</title><link rel="canonical" href="https://www.grizzlyridge.com/news/new-high-speed-chair-replace-eagle-double" />
<meta property="og:title" content="${dTitle}" /><meta property="article:published_time" content="2026-12-08T10:00:00-07:00" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-12-08T10:00:00-07:00","author":{"@type":"Person","name":"Colm Arbuthnot"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3eZ0k.css?delta=0&amp;language=en&amp;theme=grizzly&amp;include=eJxLzs" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1184"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header">
<div id="block-grizzly-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/grizzly/logo.svg" alt="Home" /></a></div>
<nav role="navigation" aria-labelledby="block-grizzly-main-menu-menu" id="block-grizzly-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-grizzly-main-menu-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" id="search-block-form">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
 type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search" /></div>
<div class="form-actions js-form-wrapper form-wrapper"><input type="submit" value="Search" class="button js-form-submit form-submit" /></div></form></div>
</div></header>
<div class="region region-breadcrumb"><div id="block-grizzly-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}</ol></nav></div></div>
<div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-grizzly-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title">${dTitle}</span></h1></div>
<div id="block-grizzly-content" class="block block-system block-system-main-block">
<article data-history-node-id="1184" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta"><div class="node__submitted">By <span class="field field--name-uid"><span>Colm Arbuthnot</span></span>,
 <span class="field field--name-created">December 8, 2026</span></div></footer>
<div class="node__content"><div class="field field--name-field-image field--type-image field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-12/eagle-double.jpg" width="1200" height="675" alt="The Eagle Double chair" />
<div class="field field--name-field-image-caption">The Eagle Double on the north face in 2019. Photo: Grizzly Ridge</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p><strong>${dLead}</strong></p>
${ps(dParas)}
<h2>${dHowHead}</h2>${ps(dHow)}
<blockquote><p>${dQuote}</p><p>— Tovah Lindqvist, general manager</p></blockquote>
<h2>${dCostHead}</h2>${ps(dCost)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>
<div class="field__items">${dTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('')}</div></div>
</div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="views-element-container block block-views" id="block-views-block-news-related">
<h2>More news</h2><div class="view view-news view-id-news view-display-id-related"><div class="view-content"><ul>
${links(dRel, 'views-row')}</ul></div><div class="more-link"><a href="/news">All news</a></div></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu">${links(dFoot, 'menu-item')}</ul>
</nav>
<div class="block block-block-content"><p>Grizzly Ridge Ski Area is operated under a special use permit on the Tanaga National Forest.</p>
<p>© 2026 Grizzly Ridge Ski Area</p></div></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const resortNews: TestPage = {
  name: 'heldout486-resort-news-drupal',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dHowHead, dCostHead],
  body: [dLead, ...dParas, ...dHow, dQuote, '— Tovah Lindqvist, general manager', ...dCost],
  bylines: ['By Colm Arbuthnot, December 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dNav.filter((t) => t !== 'Passes' && t !== 'The Mountain'), 'Home',
    'The Eagle Double on the north face in 2019. Photo: Grizzly Ridge', 'Tags',
    ...dTags.filter((t) => t !== 'North Face'), 'More news', ...dRel, 'All news', ...dFoot,
    'Grizzly Ridge Ski Area is operated under a special use permit on the Tanaga National Forest.', '© 2026 Grizzly Ridge Ski Area',
  ],
};

export const HELDOUT486_B: readonly TestPage[] = [skiSchool, resortNews];
