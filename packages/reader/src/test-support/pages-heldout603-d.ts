import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout603-kit.js';

/**
 * Held-out batch 603, file d: a tennis club news item on Drupal 10 (Olivero theme) about closing two courts for resurfacing,
 * and a pickleball club newsletter post on Ghost (Casper theme) with a callout card and "read more" cards.
 */
const oTitle = 'Courts 3 and 4 closed for resurfacing from 14 April';
const oBody = [
  j(
    'Courts 3 and 4 will be closed from Monday 14 April for about three weeks while the contractor replaces the porous macadam',
    'surface and the drainage under the baseline. The work was approved at the AGM in November and is paid for from the',
    'sinking fund, so subscriptions are not affected.',
  ),
  'What changes while the courts are closed',
  'Peak-time bookings are limited to one a week per member.',
  'The Wednesday and Saturday club sessions move to courts 1, 2 and 5.',
  'League home matches will start at 10:00 instead of 10:30 to fit all the rubbers in.',
  j("The car park next to court 4 will be used by the contractor's vehicles, so please park on Station Road during the works and", 'keep the side gate clear.'),
  'Why now',
  j(
    'The old surface was laid in 2009 and has been patched every winter since. Standing water after rain has closed the two courts',
    'on more than forty days this season. The new surface should last fifteen years with a clean every spring.',
  ),
  j(
    'If the weather is kind, we hope to reopen both courts for the club championships in May. We will post an update here and',
    'by email when a date is confirmed.',
  ),
];
const oNav = ['Home', 'About the club', 'Membership', 'Coaching', 'News', 'Contact us'];
const oCrumbs = ['Home', 'News'];
const oFoot = ['Club constitution', 'Safeguarding', 'Privacy policy'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.brackenburytennis.example/news/courts-3-and-4-resurfacing">
<title>${oTitle} | Brackenbury Tennis Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hq3kVj1l.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJx">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57"},"ajaxTrustedUrl":[]}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Brackenbury Tennis Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
 id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
 class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
 data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="57" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><div class="node__author-image"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2026-01/ruth.jpg"
 width="100" height="100" alt="Profile picture for user Ruth Okonedo-Hale"></div><div class="node__author-meta"><span class="node__author">
<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Ruth Okonedo-Hale</span></span></span>
<span class="node__pubdate"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-03-28T09:40:12+01:00"
 title="Sunday, March 28, 2027 - 09:40" class="datetime">Sun, 28/03/2027 - 09:40</time></span></span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2027-03/court4-water.jpg" width="1200" height="675" alt="Standing water on court 4"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([oBody[0] ?? ''])}
<h2>${oBody[1]}</h2><ul>${lis(oBody.slice(2, 5))}</ul>
${ps([oBody[5] ?? ''])}
<h2>${oBody[6]}</h2>${ps(oBody.slice(7))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3
class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item field__item"><a href="/taxonomy/term/3" hreflang="en">Facilities</a></li>
<li class="field--tags__item field__item"><a href="/taxonomy/term/8" hreflang="en">Club notices</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><ul class="links inline"><li>
<a href="/user/login?destination=/comment/reply/node/57/comment%23comment-form">Log in</a> or <a
href="/user/register?destination=/comment/reply/node/57">register</a>
 to post comments</li></ul></section></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
 class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
</div></div><footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div class="region--footer_top__inner"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer"
class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer><div class="overlay"
data-drupal-selector="overlay"></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout603-drupal-olivero-resurfacing',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oBody[1] ?? '', oBody[6] ?? ''],
  body: texts(oBody.filter((_, i) => i !== 1 && i !== 6)),
  bylines: ['Ruth Okonedo-Hale', 'Sun, 28/03/2027 - 09:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brackenbury Tennis Club', 'Menu', 'Search', 'Main navigation', ...oNav.filter((t) => t !== 'Home'), 'Breadcrumb', 'Tags',
    'Facilities', 'Club notices',
    'Comments', 'Log in or register to post comments', 'RSS feed', 'Footer', ...oFoot, 'Powered by Drupal',
  ],
};

const gTitle = 'Ten unwritten rules of open play';
const gDek = 'Open play is the friendliest hour at Millbrook. A few habits keep it that way.';
const gH = ['Getting on a court', 'During the game', 'When you are the strongest player'];
const gP: string[][] = [
  [
    j(
      'Most newcomers arrive at open play knowing the rules of the game and nothing about the rules of the room. Nobody writes',
      'those down, so we asked twenty regulars what they wish someone had told them in their first week.',
    ),
  ],
  [
    'Put your paddle in the rack and wait. Four paddles make the next game, in the order they went in.',
    'Winners do not stay on. Everyone comes off after one game to 11.',
    'If a court is one player short, ask at the rack before you walk on.',
  ],
  [
    'Call the score before every serve, loud enough for all four players.',
    'Call the lines on your side only. If you are not sure, the ball was in.',
    'Do not walk behind a court while a point is being played. Wait for it to end.',
    'Say "ball on" when a stray ball rolls onto a court, and stop play until it is cleared.',
  ],
  [
    'Play to the level of the game. Nobody learns from three hard drives at their feet.',
    'Offer a tip only if you are asked for one.',
    'Thank your partner and your opponents at the net. It takes two seconds.',
  ],
];
const gCallout = 'Open play runs Monday, Wednesday and Friday from 6pm on courts 1 to 6. Members play free; guests pay $5 at the desk.';
const gNav = ['Home', 'About', 'Schedule', 'Archive'];
const gCards = [
  ['Beginners', 'What the kitchen is, and why you cannot volley in it', 'Apr 30, 2027', '3 min read'],
  ['Club news', 'Court 7 opens in June', 'Apr 21, 2027', '2 min read'],
];
const card = (c: string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${c[1]?.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2027/04/card.jpg" alt="${c[1]}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${c[1]?.toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${c[0]}</span></div><h2 class="post-card-title">${c[1]}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2027-04-30">${c[2]}</time><span class="post-card-meta-length">${c[3]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2a1b3c4d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://kitchenline.millbrookpickleball.example/ten-unwritten-rules-of-open-play/"><meta name="referrer"
content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Kitchen Line"><meta property="og:type" content="article"><meta property="article:published_time"
content="2027-05-09T14:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Kitchen Line"},
"author":{"@type":"Person","name":"Tomasz Whitlow"},"headline":"${gTitle}","datePublished":"2027-05-09T14:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Kitchen Line" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://kitchenline.millbrookpickleball.example/"
 data-key="3a1f9c0e2b" data-api="https://kitchenline.millbrookpickleball.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-open-play tag-etiquette is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
 href="https://kitchenline.millbrookpickleball.example">The Kitchen Line</a><button class="gh-search gh-icon-btn"
aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-open-play tag-etiquette image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/open-play/">Open play</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/tomasz/" class="author-avatar" aria-label="Read more of Tomasz Whitlow">
<img class="author-profile-image" src="/content/images/size/w100/2026/11/tomasz.jpg" alt="Tomasz Whitlow"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tomasz/">Tomasz Whitlow</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2027-05-09">May 9, 2027</time>
<span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/05/open-play.jpg 300w" src="/content/images/size/w2000/2027/05/open-play.jpg"
 alt="Paddles waiting in the rack"><figcaption><span
style="white-space: pre-wrap;">The paddle rack at Millbrook, 6:05pm on a Wednesday.</span></figcaption></figure>
</header><section class="gh-content gh-canvas is-body">
${ps(gP[0] ?? [])}
${gH.map((h, i) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2><ol start="${[1, 4, 8][i]}">${lis(gP[i + 1] ?? [])}</ol>`).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🏓</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
 data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(card).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://kitchenline.millbrookpickleball.example">The Kitchen Line</a> © 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Millbrook Pickleball Club'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8f2a1b3c4d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout603-ghost-open-play-rules',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: [gDek, ...gP.flat(), gCallout],
  bylines: ['Tomasz Whitlow', 'May 9, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Kitchen Line', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', '4 min read', 'The paddle rack at Millbrook, 6:05pm on a Wednesday.',
    'Sign up for more like this.', 'Enter your email', ...gCards.flat(), 'The Kitchen Line © 2027', 'Sign up', 'Millbrook Pickleball Club', 'Powered by Ghost',
  ],
};

export const HELDOUT603_D: readonly TestPage[] = [drupal, ghost];
