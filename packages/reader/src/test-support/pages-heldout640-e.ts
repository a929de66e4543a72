import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout640-kit.js';

/**
 * Held-out batch 640, file e: a kite builder's build log on Ghost (Casper theme) with a members signup box and "read more"
 * cards, and a short model club notice on Drupal 10 (Olivero theme) about a field closure.
 */
const gTitle = 'Building a rokkaku from scraps, part 2: the sail';
const gDek = 'Cutting, hemming and reinforcing a 1.8 metre ripstop sail on a kitchen table.';
const gBody = [
  j(
    'Last time I cut the spars and made the bridle. This week it was the sail, which is where most home-built rokkakus go wrong:',
    'a sail that is not symmetrical will pull the kite to one side no matter how carefully you tune the bridle.',
  ),
  j(
    'I drew the shape full size on lining paper first, folded it down the middle and trimmed both halves together. Then the paper',
    'went on top of the ripstop with a few weights, and I cut around it with a hot knife so the edges sealed as I went.',
  ),
  'Hems and pockets',
  j(
    'Every edge gets a 12 mm hem, sewn with a straight stitch. The corners need more: I added a double layer of Dacron at each spar',
    'end and a small pocket at the top and bottom of the spine. This is the slow part, and I spread it over two evenings.',
  ),
  j('If you do not have a sewing machine, double-sided sail tape works for a kite this size, though it will not last as many', 'seasons.'),
  'Next time',
  'In part 3 I will fit the spars, bow the cross spars and take it to the beach for its first flight.',
];
const gNav = ['Home', 'Build logs', 'Plans', 'About'];
const gRead = ['Building a rokkaku from scraps, part 1: spars and bridle', 'Why my sled kept collapsing', 'A winter of kite repairs'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=c2f1d0b7aa"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://sailandspar.blog/rokkaku-part-2/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Sail &amp; Spar"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-01-18T20:02:11.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Sail &amp; Spar"},
"author":{"@type":"Person","name":"Ivo Marchetti"},"headline":"${gTitle}","datePublished":"2027-01-18T20:02:11.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://sailandspar.blog/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
</head><body class="post-template is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://sailandspar.blog">Sail &amp; Spar</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-build-logs tag-rokkaku">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/build-logs/">Build logs</a>
</span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ivo/"
class="author-avatar"><img class="author-profile-image" src="/content/images/ivo.jpg" alt="Ivo Marchetti"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ivo/">Ivo Marchetti</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-01-18">Jan 18, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2027/01/sail.jpg" alt="Red and white rokkaku sail on a table">
<figcaption><span style="white-space: pre-wrap;">The finished sail, before the spars go in</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0), at(gBody, 1)])}
<h2 id="hems-and-pockets">${at(gBody, 2)}</h2>${ps([at(gBody, 3), at(gBody, 4)])}
<h2 id="next-time">${at(gBody, 5)}</h2>${ps([at(gBody, 6)])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (
      t,
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/r${i}/"><img class="post-card-image" src="/content/images/r${i}.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/r${i}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2>
</header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://sailandspar.blog">Sail &amp; Spar</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=c2f1d0b7aa"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout640-ghost-rokkaku-sail',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 5)],
  body: [gDek, ...gBody.filter((_, i) => i !== 2 && i !== 5)],
  bylines: ['Ivo Marchetti', 'Jan 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sail & Spar', ...gNav, 'Sign in', 'Subscribe', '3 min read', 'The finished sail, before the spars go in', 'Sign up for more like this.',
    'Enter your email', ...gRead, 'Sail & Spar © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const oTitle = 'Field closed 12 to 14 June for silage cutting';
const oBody = [
  j(
    'The farm will cut and bale the silage on the upper and lower fields from Saturday 12 June to Monday 14 June. There is no',
    'flying at Coldharbour on those days, and please do not drive onto the field: the contractor\u2019s trailers use the track.',
  ),
  j(
    'The runway will be mown short again by Wednesday evening. The first working party after the cut is on Thursday at 6 pm, to',
    'put the pits fence and the wind sock back up. Bring gloves.',
  ),
  'If the weather delays the cut, we will update this notice and the field status line on the home page.',
];
const oNav = ['Home', 'News', 'The field', 'Learn to fly', 'Membership', 'Contact'];
const oCrumbs = ['Home', 'News'];
const oFoot = ['Privacy notice', 'Constitution', 'Safeguarding'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://coldharbourmfc.org/news/field-closed-silage"><title>${oTitle} | Coldharbour Model Flying Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero_a1b2.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/88","currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-label="Sticky header" aria-pressed="false"></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name">
<a href="/" title="Home" rel="home">Coldharbour Model Flying Club</a></div></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form></div></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content"
class="block block-system block-system-main-block"><article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Field officer</span>
</span>
</span><span class="node__meta__date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-06-02T18:20:11+01:00"
title="Wednesday, June 2, 2027 - 18:20" class="datetime">2 June, 2027</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items"><li><a href="/taxonomy/term/3" hreflang="en">Field notices</a></li></ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout640-drupal-silage-closure',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: oBody,
  bylines: ['Field officer', '2 June, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Coldharbour Model Flying Club', 'Menu', 'Main navigation',
    ...oNav.filter((n) => n !== 'The field' && n !== 'Home'), 'Search', 'Breadcrumb', 'Tags', 'Field notices', 'Footer',
    ...oFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT640_E: readonly TestPage[] = [ghost, drupal];
