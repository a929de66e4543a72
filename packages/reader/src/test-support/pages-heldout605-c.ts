import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Sec, secs } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file c: a cheesemakers' guild cheese profile on Drupal 10 (Olivero) with labelled fact fields, tags and a
 * sidebar block, and a cheesemonger's newsletter post on Ghost (Casper) with a dek, feature image, callout card and read-more cards.
 */
const dTitle = 'Tarnbeck Crumbly';
const dIntro = [
  j(
    'Tarnbeck Crumbly is a young, open-textured cheese in the old Dales tradition, made at Low Tarnbeck Farm above the village of',
    'Skelwith Bridge. It is sold at between six and ten weeks, when it is white, moist and breaks apart under the knife.',
  ),
];
const dSecs: Sec[] = [
  {
    h: 'How it is made',
    p: [
      j(
        'The evening milk is left to ripen overnight and mixed with the morning milk. The curd is cut fine, stirred for a long time',
        'at a low temperature and milled twice before salting, which gives the cheese its loose, flaky texture. The cheeses are',
        'lightly pressed for a single day and bound in muslin.',
      ),
    ],
  },
  {
    h: 'Taste',
    p: [
      j(
        'Fresh and lemony, with a clean, milky sourness and a slight saltiness at the finish. Older cheeses, kept to twelve weeks',
        'for the winter trade, develop a deeper, buttery flavour and a thin golden rind.',
      ),
      'Traditionally eaten with fruit cake or apple pie, or crumbled into a salad of bitter leaves.',
    ],
  },
];
const dFacts = [
  ['Milk', 'Cow, pasteurised'],
  ['Rennet', 'Vegetarian'],
  ['Maker', 'Low Tarnbeck Farm'],
  ['Region', 'Western Dales'],
];
const dTags = ['Crumbly', 'Territorial', 'Cow'];
const dNav = ['Cheeses', 'Members', 'Events', 'Awards', 'About the Guild'];
const dCrumbs = ['Home', 'Cheeses'];
const dSide = ['Low Tarnbeck Farm', 'Greystone Dairy', 'Hollin Ghyll Cheeses'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:36;--color--primary-saturation:50%;--color--primary-lightness:35">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://dalescheesemakers.org.uk/cheeses/tarnbeck-crumbly">
<title>${dTitle} | Western Dales Cheesemakers' Guild</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2oP8w.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},
"ajaxTrustedUrl":[]}</script></head>
<body class="path-node page-node-type-cheese"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Western Dales Cheesemakers' Guild</a></div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by
keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search"></div>
</form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"
data-drupal-selector="primary-nav-menu-link-has-children">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string
field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block">
<div class="block__content"><article data-history-node-id="214" class="node node--type-cheese node--view-mode-full"><header class="node__header"><div
class="node__meta">
<div class="node__author-image"></div><span>Profile updated <span class="field field--name-changed field--type-changed field--label-hidden"><time
datetime="2026-02-04T10:21:09Z"
title="Wednesday, February 4, 2026 - 10:21" class="datetime">Wed, 4 Feb 2026</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-02/tarnbeck.jpg" width="1280" height="720" alt="Tarnbeck Crumbly cut open"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
${secs(dSecs)}</div>
${dFacts
  .map(
    ([k, v]) => `<div class="field field--name-field-${k?.toLowerCase()} field--type-string field--label-inline clearfix">
<div class="field__label">${k}</div>
<div class="field__item">${v}</div></div>`,
  )
  .join('\n')}
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(dTags, 'field__item')}</ul></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockmembers-block-1"
id="block-olivero-views-block-members">
<h2 class="block__title">Member dairies</h2><div class="block__content"><div class="view view-members view-id-members view-display-id-block_1"><div
class="view-content">
<div class="item-list"><ul>${links(dSide)}</ul></div></div><div class="more-link"><a href="/members">More</a></div></div></div></div></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div>
<script src="/sites/default/files/js/js_9dKq2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout605-drupal-olivero-cheese',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map((s) => s.h),
  body: texts([...dIntro, ...dSecs.flatMap((s) => s.p)]),
  bylines: ['Profile updated Wed, 4 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', "Western Dales Cheesemakers' Guild", 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Home',
    ...dFacts.flat().filter((t) => t !== 'Low Tarnbeck Farm'), 'Tags', ...dTags, 'Member dairies', ...dSide.slice(1), 'More', 'Powered by Drupal',
  ],
};

const gTitle = 'Why Spring Cheese Tastes of Grass';
const gDek = 'The cows go out, the milk changes overnight, and for six weeks our counter tastes like a meadow. Here is what is going on.';
const gBody = [
  j(
    'Every year, somewhere around the third week of April, a customer asks why the cheddar tastes different. It does. The herds',
    'that supply most of our cheeses have spent the winter indoors on hay and silage, and when they go out onto fresh grass the',
    'milk changes within days.',
  ),
  j(
    'Grass is full of beta-carotene, which the cows pass into the fat of their milk. That is why spring butter is so yellow, and why',
    'the paste of a young Tomme made in May has a golden tint that the December cheeses lack. The fresh pasture also brings more',
    'of the aromatic compounds that cheesemakers describe, without much exaggeration, as "green".',
  ),
  j(
    'Not every cheese shows it straight away. A fresh goat’s cheese made this week will taste of this week’s grazing. A',
    'clothbound cheddar made this week will not reach the counter until next spring, so the cheddar tasting of grass now was made',
    'last May.',
  ),
  'What to look for this month',
  j(
    'Try the new-season Saint-Ferréol, made by Élodie Garnier from her first pasture milk, and the young Coldharrow Blue, which is',
    'softer and sweeter than it will be in autumn. If you can, taste them next to a cheese made in winter. The difference is the',
    'best argument we know for buying cheese by the season.',
  ),
];
const gCallout = 'Members get a seasonal tasting box on the first Friday of every month. Reply to this email to add one to your order.';
const gNav = ['Home', 'The Counter', 'Seasons', 'Makers', 'About'];
const gMore = ['The Washed-Rind Question', 'Six Cheeses for a Cold Night', 'Visiting the Garnier Farm'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://therindreport.com/assets/built/screen.css?v=8a3b5c">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://therindreport.com/why-spring-cheese-tastes-of-grass/">
<meta property="og:site_name" content="The Rind Report"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-04-18T07:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Rind Report"},
"author":{"@type":"Person","name":"Odile Brenner"},"headline":"${gTitle}","datePublished":"2026-04-18T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://therindreport.com/" data-key="3f1c2b" data-api="https://therindreport.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw;}</style></head>
<body class="post-template tag-seasons is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://therindreport.com">The Rind Report</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
</svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-seasons">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/seasons/">Seasons</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/odile/" class="author-avatar" aria-label="Read more of Odile Brenner"><img class="author-profile-image"
src="/content/images/size/w100/odile.jpg"
alt="Odile Brenner"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/odile/">Odile Brenner</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-18">Apr 18, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span>
4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/04/meadow.jpg 600w, /content/images/size/w1200/2026/04/meadow.jpg 1200w"
src="/content/images/size/w2000/2026/04/meadow.jpg" alt="Cows on spring pasture"><figcaption><span style="white-space: pre-wrap;">The Hallam herd on its
first day
out, April 2026.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 3))}
<h2 id="what-to-look-for-this-month">${gBody[3]}</h2>
${ps(gBody.slice(4))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🧀</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Rind Report</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link"
href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-03-01">Mar 1, 2026</time><span class="post-card-meta-length">3 min read</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://therindreport.com">The Rind Report</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://therindreport.com/assets/built/casper.js?v=8a3b5c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout605-ghost-casper-spring-cheese',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[3] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 3), gCallout]),
  bylines: ['Odile Brenner', 'Apr 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Rind Report', ...gNav.filter((t) => t !== 'The Counter'), 'Sign in', 'Subscribe', '4 min read',
    'The Hallam herd on its first day out, April 2026.',
    'Sign up for The Rind Report', 'Enter your email', ...gMore, 'Mar 1, 2026', '3 min read', 'The Rind Report © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT605_C: readonly TestPage[] = [drupal, ghost];
