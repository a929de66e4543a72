import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout641-kit.js';

/**
 * Held-out batch 641, file e: a rock shop's collector guide on Webflow (CMS template, rich text block, hidden form states), and a
 * county museum service's news article on Drupal 10 (Olivero theme) about a club find declared treasure, with tags and a comment.
 */
const fTitle = 'What to Look For in a Good Fluorite Specimen';
const fBody = [
  j(
    'Fluorite is one of the most rewarding minerals to collect: it comes in almost every colour, it forms sharp cubes and octahedra,',
    'and good pieces are still affordable. It is also soft and easily damaged, so it pays to look closely before you buy.',
  ),
  'Crystal form',
  j(
    'Look for sharp edges and flat, bright faces. Fluorite cleaves easily along four directions, and a crystal that has been knocked',
    'will often show a flat, glassy break across one corner. A small chip on the back of a piece matters far less than one on the front.',
  ),
  'Colour and zoning',
  j(
    'Many specimens show bands of colour that follow the shape of the crystal, laid down as the fluid feeding it changed. Hold the piece',
    'up to a window: good zoning is one of the things that separates an ordinary piece from a memorable one.',
  ),
  'Some fluorite also changes colour under different light, or glows under ultraviolet. Ask the seller if you can see it under both.',
  'Questions to ask',
  'Where exactly was it collected, and when?',
  'Has it been repaired, oiled or coated?',
  'Has it been cleaned with acid, and if so which?',
  j(
    'A good dealer will answer all three without hesitating. If a label only says a country, or the seller is vague about repairs,',
    'treat the price with suspicion.',
  ),
];
const fNav = ['Shop', 'Journal', 'Workshops', 'About'];
const fRel = ['A Short Guide to Mineral Labels', 'Why We Stopped Selling Dyed Agate'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Jan 27 2026 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.stoneandstrata.example" data-wf-page="65a8f1c2d3e4" data-wf-site="65a8f1c2d3e0" data-wf-collection="65a8f1c2d3f1"
data-wf-item-slug="good-fluorite-specimen"><head><meta charset="utf-8"><title>${fTitle} | Stone and Strata</title>
<meta content="How to judge crystal form, colour and honesty when buying fluorite." name="description"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65a8f1c2d3e0/css/stoneandstrata.webflow.5c1a.min.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/65a8f1c2d3e0/logo.svg"
loading="lazy"
alt="Stone and Strata" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}<a href="/cart" class="nav-link cart-link w-nav-link">Cart
(0)</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="blog-hero"><div class="container w-container"><a href="/journal" class="back-link">&larr; Back to Journal</a><div
class="blog-category">Collector Guides</div>
<h1 class="blog-title">${fTitle}</h1><div class="blog-meta"><div class="author-name">By Tomasz Reyes-Hill</div><div class="meta-divider">&middot;</div>
<div class="blog-date">January 22, 2026</div></div></div></section>
<div class="blog-image-wrapper"><img src="https://cdn.prod.website-files.example/65a8f1c2d3f1/fluorite-window.jpg" loading="lazy" alt=""
class="blog-image"></div>
<section class="blog-body"><div class="container narrow w-container"><div class="rich-text-block w-richtext">
${ps(fBody.slice(0, 1))}<h2>${fBody[1]}</h2>${ps(fBody.slice(2, 3))}<h2>${fBody[3]}</h2>${ps(fBody.slice(4, 6))}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.example/zoned.jpg"
loading="lazy" alt="Zoned purple and green fluorite"></div><figcaption>Colour zoning in a cube from our own collection.</figcaption></figure>
<h2>${fBody[6]}</h2><ul role="list">${lis(fBody.slice(7, 10))}</ul>${ps(fBody.slice(10))}</div></div></section>
<section class="related-section"><div class="container w-container"><h3 class="related-heading">More from the Journal</h3><div class="w-dyn-list"><div
role="list"
class="related-grid w-dyn-items">${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.length}" class="related-card w-inline-block">
<div class="related-title">${t}</div></a></div>`,
  )
  .join('')}</div></div></div></section>
<section class="newsletter-section"><div class="container w-container"><h3 class="newsletter-heading">Get new stock first</h3>
<p class="newsletter-text">We send one email a month, the day before new pieces go online.</p><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="newsletter-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your email"
type="email" id="email" required><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Stone and Strata, 3 Quarry Lane, Hebbleton</div>
<div class="footer-links">${links(['Shipping', 'Returns', 'Privacy'])}</div></div><div class="copyright">&copy; 2026 Stone and Strata Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a8f1c2d3e0/js/webflow.a7b3.js" type="text/javascript"></script></body></html>`;
const strata: TestPage = {
  name: 'heldout641-webflow-fluorite-guide',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fBody[1] ?? '', fBody[3] ?? '', fBody[6] ?? ''],
  body: fBody.filter((_, i) => ![1, 3, 6].includes(i)),
  bylines: ['By Tomasz Reyes-Hill', 'January 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Cart (0)', '← Back to Journal', 'Collector Guides', '·', 'Colour zoning in a cube from our own collection.', 'More from the Journal', ...fRel,
    'Get new stock first', 'We send one email a month, the day before new pieces go online.', 'Stone and Strata, 3 Quarry Lane, Hebbleton', 'Shipping',
    'Returns', 'Privacy', '© 2026 Stone and Strata Ltd',
  ],
};

const oTitle = 'Bronze Age axe hoard found by Tamberley detectorists declared treasure';
const oBody = [
  j(
    'A hoard of eleven bronze axeheads found by two members of Tamberley and District Detectorists has been declared treasure at an',
    'inquest in Marlbury. The axes were found last spring in a ploughed field near Ashcombe and date to around 1000 BC.',
  ),
  j(
    'The finders, Carol Ennis and her son Luke, stopped digging as soon as they realised there was more than one object in the hole',
    'and called the county Finds Liaison Officer, who arranged for the rest of the group to be lifted by the museum\u2019s archaeologists.',
  ),
  j(
    '\u201cBecause they left it in the ground, we could see exactly how the axes were packed, blade to socket, in a single layer,\u201d',
    'said curator Dr Owen Tate.',
  ),
  'What happens next',
  j(
    'The hoard will now be valued by an independent committee. Marlshire Museums hopes to acquire it, and has launched an appeal to',
    'raise the money. The reward, when it is paid, will be shared between the finders and the landowner.',
  ),
  'The axes will go on show at Marlbury Museum for a month from 14 March before they go away for valuation.',
];
const oNav = ['Home', 'Visit', 'Collections', 'Learning', 'News', 'Support us'];
const oTags = ['Treasure', 'Archaeology', 'Finds Liaison'];
const oFoot = ['Contact', 'Accessibility', 'Privacy notice', 'Cookies'];
const oComment = j('Well done Carol and Luke. This is exactly why we tell every new member to stop and call if they find a group. Proud of you both.');
const oMenu = (
  t: string,
): string => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`;
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://marlshiremuseums.example/news/bronze-age-axe-hoard-declared-treasure"><title>${oTitle} | Marlshire Museums</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero3x.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/comment\\/reply\\/node\\/412\\/comment":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marlshire Museums</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" maxlength="128"
class="form-search form-element form-element--type-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button
js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span><span
class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${oNav.map(oMenu).join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}
</ol></div></nav></div></div></div>
<div class="region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><div class="node__author-image"><article class="profile"></article></div><span>By <span class="field field--name-uid
field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/14" class="username">Helen Carrow</a></span></span>
<span> 12 February, 2026 </span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-02/axe-hoard.jpg" width="1100" height="733" alt="Eleven bronze axeheads laid out on a table"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody.slice(0, 3))}<h2>${oBody[3]}</h2>${ps(oBody.slice(4))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(oTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="31" id="comment-88"
class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1770912000"></span><div class="comment__picture-wrapper"></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>Sue Barlow (not verified)</span></p>
<p class="comment__time">Thu, 12/02/2026 - 18:40</p></footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body
field--type-text-long field--label-hidden field__item"><p>${oComment}</p></div><div class="comment__links"><ul class="links
inline"><li><a href="/comment/88#comment-88"
>Permalink</a></li></ul></div></div></div></article>
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/412/comment" method="post"
accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Your name</label><input type="text" id="edit-name"
name="name" class="form-text form-element form-element--type-text"></div><div class="js-form-item form-item"><label for="edit-comment-body-0-value"
class="form-item__label form-required">Comment</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5"
class="form-textarea form-element form-element--type-textarea"></textarea></div><div class="form-actions"><input type="submit" id="edit-submit--2"
value="Save"
class="button button--primary js-form-submit form-submit"></div></form></section></div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2
class="visually-hidden"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div><div
class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div>
</div></footer></div></div></div>
<script src="/sites/default/files/js/js_Olivero3x.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const marlshire: TestPage = {
  name: 'heldout641-drupal-olivero-treasure-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oBody[3] ?? ''],
  body: texts(oBody.filter((_, i) => i !== 3)),
  bylines: ['By Helen Carrow', '12 February, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', 'Archaeology', 'Comments',
    'Sue Barlow (not verified)', 'Thu, 12/02/2026 - 18:40', oComment, 'Permalink', 'Add new comment', 'Your name', 'Comment', 'Footer', ...oFoot,
    'Powered by Drupal',
  ],
};

export const HELDOUT641_E: readonly TestPage[] = [strata, marlshire];
