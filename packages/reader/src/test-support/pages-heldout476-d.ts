import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout476-kit.js';

/**
 * Held-out batch 476, file d: a space heater recall notice in a brand newsroom on Drupal 10 (Olivero theme), and a
 * power bank safety notice on WordPress (Astra theme, Gutenberg blocks, Yoast, share buttons and a comment form).
 */
const oTitle = 'Voluntary recall of Thermo-Lux TL-20 oil-filled radiators';
const oDek = 'Brannvik is recalling about 14,600 radiators sold since September 2025 because the thermostat can overheat.';
const oSections: { h: string; html: string; gold: string[] }[] = [
  {
    h: 'Hazard',
    html: '',
    gold: [
      j(
        'The thermostat switch on affected radiators can fail in the closed position. The radiator then keeps heating, and the plastic control',
        'housing can melt. We have received 11 reports of melted housings, including one small fire in a bedroom. No one was hurt.',
      ),
    ],
  },
  {
    h: 'Which radiators are affected',
    html: '',
    gold: [
      'Model TL-20, in white or grey, with 7 or 9 fins.',
      'Serial numbers from 2508A0001 to 2603A9999, printed on the silver label under the control panel.',
      'Sold at Brannvik stores, Hemma Plus and online from September 2025 to March 2026, for about £79.',
    ],
  },
  {
    h: 'What to do',
    html: '',
    gold: [
      j(
        'Stop using the radiator straight away and unplug it. Enter the serial number on our recall page or call 0800 046 2210, free from',
        'UK landlines and mobiles, Monday to Saturday from 8am to 8pm.',
      ),
      j(
        'We will collect the radiator from your home and give you a full refund or a replacement',
        'of the new TL-22 model, whichever you prefer. You do not need a receipt.',
      ),
    ],
  },
];
oSections[1] = { ...oSections[1]!, html: `<ul>${lis(oSections[1]!.gold)}</ul>` };
oSections[0] = { ...oSections[0]!, html: ps(oSections[0]!.gold) };
oSections[2] = { ...oSections[2]!, html: ps(oSections[2]!.gold) };
const oNav = ['Products', 'Sustainability', 'Newsroom', 'Support', 'Careers'];
const oTags = ['Product safety', 'Heating'];
const oMore = ['Brannvik opens repair hub in Leeds', 'Winter heating tips: use your radiator safely', 'Annual report 2025'];
const oFoot = ['Press contacts', 'Accessibility statement', 'Privacy notice', 'Cookie settings'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<title>${oTitle} | Brannvik Newsroom</title><link rel="canonical" href="https://news.brannvik.co.uk/recall-thermo-lux-tl-20">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${oTitle}",
"datePublished":"2026-03-12T10:00:00+0000",
"publisher":{"@type":"Organization","name":"Brannvik"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero3kJ8.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/812","currentLanguage":"en"},
"ajaxPageState":{"theme":"olivero"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-checked="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Brannvik Newsroom</a></div></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu"
role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div>
<div class="form-actions"><input class="button js-form-submit form-submit" type="submit" value="Search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/product-safety"
class="breadcrumb__link">Product safety</a></li>
</ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block">
<article data-history-node-id="812" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span class="node__author"><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Brannvik Press Office</span></span></span><span class="node__date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-03-12T10:00:00+00:00" title="Thursday, March 12, 2026 - 10:00" class="datetime">Thu, 03/12/2026 - 10:00</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-03/tl20-label.jpg" width="1200" height="675" alt="Silver rating label under the control panel of a TL-20 radiator"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>${oDek}</strong></p>
${oSections.map((s) => `<h2>${s.h}</h2>\n${s.html}`).join('\n')}
<p><a href="https://recall.brannvik.co.uk">Check your serial number</a></p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul class="links
field__items">
${links(oTags, 'field__item')}</ul></div></div></article></div>
<div class="views-element-container block block-views"><h2 class="block__title">More news</h2><div class="view view-frontpage"><div class="view-content">
${oMore.map((t) => `<div class="views-row"><h3><a href="/news/${t.length}">${t}</a></h3></div>`).join('\n')}</div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" class="block block-menu navigation menu--footer"><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_olivero.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout476-drupal-radiator-recall',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oSections.map((s) => s.h),
  body: [oDek, ...oSections.flatMap((s) => s.gold), 'Check your serial number'],
  bylines: ['Brannvik Press Office', 'Thu, 03/12/2026 - 10:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Brannvik Newsroom', 'Menu', 'Main navigation', ...oNav, 'Search', 'Breadcrumb', 'Product safety',
    'Tags', 'More news', ...oMore, ...oFoot, 'Powered by Drupal',
  ],
};

const wTitle = 'Safety notice: stop using VoltPak 20 power banks with batch code 24K';
const wParas = [
  j(
    'We have found that a small number of VoltPak 20 power banks made in November 2024 can swell and overheat while charging. The',
    'fault comes from one batch of battery cells, which our supplier has since withdrawn.',
  ),
  'If your power bank has the batch code 24K printed on the back, stop using it now, even if it seems to work normally.',
  'How to check your batch code',
  j(
    'Turn the power bank over. Under the barcode you will see a line that starts with BC, followed by four characters. If the first three',
    'characters are 24K, your power bank is affected. Batch codes 24J and 24L are not affected.',
  ),
  'Getting a replacement',
  j(
    'Fill in the <a href="/replacement">replacement form</a> with a photo of the batch code. We will send a new VoltPak 20 and a',
    'prepaid, fire-safe return bag within five working days. Do not post the old power bank in an ordinary envelope.',
  ),
  '<em>We are sorry for the trouble this causes. Safety comes first, and we would rather replace too many than too few.</em>',
];
const wRecent = ['VoltPak firmware 1.4 is out', 'How long should a power bank last?', 'Our new recycling scheme'];
const wCats = ['Announcements', 'Safety'];
const wNav = ['Shop', 'Support', 'Blog', 'Contact'];
const wShare = ['Facebook', 'X', 'WhatsApp', 'Email'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ --><title>${wTitle} - VoltPak</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-03T09:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Priya Venn"},"datePublished":"2026-02-03T09:30:00+00:00"}]}</script><!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="astra-theme-css-css" href="https://voltpak.co/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;} .entry-content h2{font-size:1.6em;}</style>
<script src="https://voltpak.co/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-2291 single-format-standard
ast-single-post
ast-right-sidebar astra-4.8.1"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader"
itemscope="itemscope"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar
site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container">
<div class="site-branding ast-site-identity"><span class="site-title"><a href="https://voltpak.co/" rel="home">VoltPak</a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Primary Site
Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-2291 post type-post status-publish format-standard hentry category-announcements category-safety
ast-article-single"
id="post-2291" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"> <a title="View all posts by Priya Venn" href="https://voltpak.co/author/priya/"
rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Priya Venn</span></a></span> / <span class="posted-on"><span
class="published" itemprop="datePublished">3 February 2026</span></span> / <span class="ast-terms-link"><a href="/category/announcements/">Announcements</a>,
<a href="/category/safety/">Safety</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<div class="wp-block-group has-pale-pink-background-color has-background is-layout-constrained"><p class="has-text-align-center"><strong>Do not
charge or use power banks with batch code 24K.</strong></p></div>
${ps(wParas.slice(0, 2))}
<h2 class="wp-block-heading">${wParas[2]}</h2>
<figure class="wp-block-image size-large"><img decoding="async" width="800" height="450" src="https://voltpak.co/wp-content/uploads/2026/02/batch-code.jpg"
alt=""
class="wp-image-2295"><figcaption class="wp-element-caption">The batch code sits under the barcode on the back.</figcaption></figure>
${ps([wParas[3] ?? ''])}
<h2 class="wp-block-heading">${wParas[4]}</h2>
${ps(wParas.slice(5))}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${wShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a class="share-${s.toLowerCase()} sd-button share-icon" href="?share=${s.toLowerCase()}"
target="_blank"><span>${s}</span></a></li>`,
  )
  .join('')}</ul></div></div></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/firmware-1-4/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
Leave a Comment</h3><form action="https://voltpak.co/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment »"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="block-3" class="widget widget_block">
<h2 class="wp-block-heading">Recent Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(wRecent)}</ul></aside>
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Categories</h2><ul class="wp-block-categories-list
wp-block-categories">${links(wCats, 'cat-item')}
</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div
class="ast-builder-grid-row
ast-container"><div class="ast-footer-copyright"><p>Copyright © 2026 VoltPak Ltd | Registered in England No. 11893420</p></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout476-wordpress-powerbank-notice',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wParas[2] ?? '', wParas[4] ?? ''],
  body: texts(['Do not charge or use power banks with batch code 24K.', ...wParas.filter((_, i) => i !== 2 && i !== 4)]),
  bylines: ['Priya Venn', '3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, 'Announcements', 'The batch code sits under the barcode on the back.', 'Share this:', 'Facebook', 'X', 'WhatsApp', 'Email',
    'Previous Post', 'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked *', 'Recent Posts', ...wRecent,
    'Categories', 'Copyright © 2026 VoltPak Ltd | Registered in England No. 11893420',
  ],
};

export const HELDOUT476_D: readonly TestPage[] = [drupal, wordpress];
