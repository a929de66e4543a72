import { links, type TestPage } from './page-kit.js';
import { type Blocks, finish, gold, j, render } from './pages-heldout585-kit.js';

/**
 * Held-out batch 585, file d: a trade news story on a Ghost publication (Casper theme) with its members sign-up box and read-more
 * cards, and a safety glazing guidance page of a glazing standards body on Drupal 10 (Olivero theme) with a sidebar.
 */
const gTitle = 'Installers face spot checks on trickle vents from June';
const gDek = 'Inspectors will visit one in fifty notified window jobs to check that background ventilation was kept or replaced.';
const gBlocks: Blocks = [
  j(
    'Window installers in England will see unannounced inspections of finished jobs from 1 June, after the competent person schemes',
    'agreed a common audit of ventilation with the building safety regulator.',
  ),
  j(
    'The checks follow complaints that replacement windows were fitted without trickle vents in homes that had them before, leaving',
    'bedrooms and bathrooms with mould within a year of the work.',
  ),
  '## What inspectors will look at',
  j(
    'Inspectors will compare the ventilation in the old and new windows from the installer’s survey notes and photographs. Where the',
    'old windows had vents, or the room has no other ventilation, the new windows must provide at least the same equivalent area.',
  ),
  j(
    '> We are not trying to catch people out. Most firms get this right. The ones who do not are leaving families with black mould.',
    '– Audit lead, Fenestration Assurance Board',
  ),
  '## What happens if a job fails',
  j(
    'A failed job must be put right within 28 days at the installer’s cost. Two failures in a year will trigger a full audit of the',
    'firm’s jobs and could lead to removal from the scheme.',
  ),
  j('Trade bodies have told members to keep dated photographs of the existing vents on every survey, and to price vented frames by', 'default.'),
];
const gG = gold(gBlocks);
const gNav = ['Home', 'News', 'Regulation', 'Business', 'Archive'];
const gMore = [
  ['Regulation', 'Part L: what changes for replacement doors', 'Apr 1, 2026', '3 min read'],
  ['Business', 'Glass prices ease after two years of rises', 'Mar 27, 2026', '2 min read'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://theframeline.news/assets/built/screen.css?v=5c1a9e2b7f">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://theframeline.news/trickle-vent-spot-checks/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Frame Line"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-08T07:30:00.000Z"><meta property="article:tag" content="Regulation">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Frame Line"},
"author":{"@type":"Person","name":"Tobias Wrenfield"},"headline":"${gTitle}","datePublished":"2026-04-08T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Frame Line" href="https://theframeline.news/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://theframeline.news/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:48px;}</style></head>
<body class="post-template tag-regulation is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://theframeline.news">The Frame Line</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-regulation ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/regulation/">Regulation</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tobias/" class="author-avatar"><img class="author-profile-image" src="/content/images/2025/11/tw.jpg" alt="Tobias Wrenfield"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tobias/">Tobias Wrenfield</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-08">Apr 8, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/04/vent.jpg 600w" src="/content/images/2026/04/vent.jpg"
alt="Trickle vent on a white casement"><figcaption><span style="white-space: pre-wrap;">A slot vent on a replacement casement. Photo: The Frame Line</span>
</figcaption></figure>
</header><section class="gh-content gh-canvas">${render(gBlocks, { hid: true })}
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #c4311b"><h2>Get the trade news first</h2>
<p>Join 6,000 installers who read The Frame Line every Wednesday.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup"
style="color:#c4311b">Subscribe for free</a>
<p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([tag, t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image"
src="/content/images/${t.length}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://theframeline.news">The Frame Line</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Advertise', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://theframeline.news/assets/built/casper.js?v=5c1a9e2b7f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout585-ghost-trickle-vents',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gG.headings,
  body: [gDek, ...gG.body],
  bylines: ['Tobias Wrenfield', 'Apr 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Frame Line', ...gNav, 'Sign in', 'Subscribe', '3 min read', 'A slot vent on a replacement casement. Photo: The Frame Line',
    'Get the trade news first', 'Join 6,000 installers who read The Frame Line every Wednesday.', 'Subscribe for free', 'Already have an account? Sign in',
    ...gMore.flatMap(([tag, t, d, r]) => [tag, t, d, r]), 'The Frame Line © 2026', 'Sign up', 'Advertise', 'Contact', 'Powered by Ghost',
  ],
};

const oTitle = 'Safety glazing in critical locations';
const oBlocks: Blocks = [
  j(
    'Glass that people may walk into, fall against or push with their hands must break safely or resist breaking. The regulations',
    'call these places critical locations. This page explains where they are and what glass to use in them.',
  ),
  '## Where the critical locations are',
  '- any glazing in a door, or in a side panel within 300mm of a door, between floor level and 1500mm',
  '- any glazing in a wall or partition between floor level and 800mm',
  '- glazing in bath and shower screens and enclosures',
  '## Which glass meets the standard',
  j(
    'Toughened glass and laminated glass both qualify when they are tested and marked to the impact standard. Toughened glass',
    'breaks into small blunt pieces. Laminated glass cracks but holds together on its interlayer, which also makes it the better',
    'choice where a pane must stay in place after it breaks, such as a balustrade or a glazed floor.',
  ),
  j(
    'Small panes in a door or low window may be exempt if each pane is under 0.5 square metres and the glass is at least 6mm thick',
    'annealed glass. Georgian-bar units with many small panes are the common case.',
  ),
  '## Marking',
  j(
    'Every pane of safety glass in a critical location must carry a permanent mark in one corner that can be seen after installation.',
    'The mark names the standard, the class and the maker. Installers should photograph the marks as part of the job record.',
  ),
];
const oG = gold(oBlocks);
const oNav = ['Home', 'Standards', 'Training', 'Members', 'Find an installer'];
const oCrumbs = ['Home', 'Standards', 'Technical guidance'];
const oSide = ['Guarding and balustrades', 'Glass in bathrooms', 'Fire-resisting glazing', 'Manifestation on large panes'];
const oFoot = ['Contact', 'Accessibility', 'Privacy notice'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${oTitle} | Glazing Standards Council</title><link rel="canonical" href="https://www.glazingstandards.org.uk/technical-guidance/safety-glazing">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xr2p0bWc8yD1Jf.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/318","currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Glazing Standards Council</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" class="search-block-form__form"><div class="form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div>
<div class="form-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" type="submit" value="Search"></div></form>
</div></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol>
</div></nav></div></div><div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="318" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${render(oBlocks)}</div>
<div class="field field--name-field-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-02-02T12:00:00Z">2 February 2026</time></div></div></div></article></div></div></div></main>
<aside class="region region--sidebar"><div class="block block-views"><h2 class="block__title">In this section</h2><div class="block__content">
<ul>${links(oSide)}</ul></div></div>
<div class="block block-block-content"><h2 class="block__title">Need help?</h2><div class="block__content">
<p>Members can call the technical helpline on 0300 999 0417.</p></div></div>
</aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer-menu" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_4kPq1mv3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout585-drupal-safety-glazing',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oG.headings,
  body: oG.body,
  bylines: ['Last reviewed', '2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Glazing Standards Council', 'Menu', 'Main navigation', ...oNav, 'Search', 'Breadcrumb', ...oCrumbs, 'In this section', ...oSide,
    'Need help?',
    'Members can call the technical helpline on 0300 999 0417.', 'Footer', ...oFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT585_D: readonly TestPage[] = [ghost, drupal].map(finish);
