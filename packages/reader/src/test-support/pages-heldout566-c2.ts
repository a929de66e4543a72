import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, tidy } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file c2: a county beekeepers' association news article on Drupal 10 (Olivero theme) with tags and comments.
 */
const dTitle = 'Asian hornet confirmed at Ashby Cross: what members should do now';
const dBody = [
  j(
    'A single Asian hornet was caught in a monitoring trap at an allotment site in Ashby Cross on Sunday and has been confirmed by the',
    'national bee inspectorate. It is the first confirmed sighting in the county this year.',
  ),
  j(
    'Inspectors will be in the area from Wednesday, tracking hornets back to any nest within a three-mile radius. They may ask to visit',
    'apiaries inside that zone, and we would ask members to say yes and to give them whatever help they need.',
  ),
  'Check your traps and hive entrances',
  j(
    'If you keep bees within five miles of Ashby Cross, please look at your hive entrances for ten minutes on a warm afternoon at least',
    'twice a week. Asian hornets hover in front of the entrance and pick off returning foragers; they are darker than our native hornet,',
    'with a single orange band near the tail and yellow-tipped legs.',
  ),
  'Use a selective trap with an exit hole for smaller insects, not a sealed bottle.',
  'Bait with a sweet bait in spring and a protein bait such as fish or prawn from August.',
  'Check traps every day and release anything that is not an Asian hornet.',
  'How to report a sighting',
  j(
    'Take a photograph if you can do so safely and send it through the national hornet reporting app, with the place and time. Do not',
    'try to find or destroy a nest yourself. A disturbed nest can hold several thousand hornets and they will defend it.',
  ),
  j(
    '“We have been expecting this for three years, and members who set up monitoring stations are exactly why it was spotted so',
    'early,” said the association’s hornet coordinator, Priya Vellacott.',
  ),
  j(
    'The association’s hornet action team will hold a drop-in session at the Ashby Cross village hall on Saturday from 2pm to 4pm,',
    'with trap-making materials and identification cards to take away.',
  ),
];
const dNav = ['Home', 'About', 'Training', 'Swarms', 'News', 'Members'];
const dTags = ['Asian hornet', 'Bee health', 'Ashby Cross'];
const dComments = [
  ['marlowbees', 'Fri, 18/09/2026 - 19:02', 'Traps are up at the Hollins Lane apiary. Nothing but wasps and a very cross red admiral so far.'],
  ['tgoodhew', 'Sat, 19/09/2026 - 08:47', 'Will the drop-in session be repeated for those of us who work Saturdays?'],
];
const dFoot = ['Contact us', 'Privacy notice', 'Accessibility'];
const dCom = (c: readonly string[], n: number): string => `<article data-comment-user-id="${40 + n}" id="comment-${310 + n}" class="comment js-comment
single-comment">
<mark class="hidden" data-comment-timestamp="1789412520"></mark><div class="comment__picture-wrapper"><div class="comment__picture"><img
src="/core/themes/olivero/images/comment-default.png"
 alt="" width="100" height="100"></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p
class="comment__author"><a
href="/user/${40 + n}">${c[0]}</a></p><p class="comment__time">${c[1]}</p><p class="comment__permalink"><a
href="/comment/${310 + n}#comment-${310 + n}">Permalink</a>
</p></footer><div class="comment__content"><div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden
field__item">
<p>${c[2]}</p></div></div><ul class="links inline comment__links"><li class="comment-reply"><a
href="/comment/reply/node/214/comment_forum/${310 + n}">Reply</a></li></ul>
</div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:40;--color--primary-saturation:60%;--color--primary-lightness:35"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.eastmereshirebka.org.uk/news/asian-hornet-confirmed-ashby-cross"><link rel="shortlink"
href="https://www.eastmereshirebka.org.uk/node/214">
<title>${dTitle} | East Mereshire Beekeepers</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_olivero_a1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true},"user":{"uid":0,"permissionsHash":"4b1a"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div
class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">East Mereshire Beekeepers</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form-2"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form--2"
accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys--2" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys--2" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search
form-element--api-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link
primary-nav__menu-item--level-1"><a
href="/${t.toLowerCase()}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li
class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block">
<div class="block__content"><article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta">
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/3">Helen
Strood</a></span></span>
<span class="node__meta-date">Thu, 17/09/2026 - 10:26</span></div></header><div class="node__content"><div class="field field--name-field-image
field--type-image
field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2026-09/hornet-trap.jpg.webp" width="1200" height="675"
alt="A selective hornet trap hanging in an apple tree"></div><div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item">
${ps(at(dBody, 0, 1))}<h2>${dBody[2]}</h2>${ps(at(dBody, 3))}<ul>${lis(dBody.slice(4, 7))}</ul><h2>${dBody[7]}</h2>${ps(at(dBody, 8))}
<blockquote>${ps(at(dBody, 9))}</blockquote>${ps(at(dBody, 10))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${dTags
  .map(
    (t, i) => `<li class="field--tags__item"><a href="/taxonomy/term/${i + 4}"
hreflang="en">${t}</a></li>`,
  )
  .join('')}
</ul></div><section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>${dComments.map(dCom).join('\n')}
<p class="comments__login">Log in to post comments</p></section></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_olivero_b2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout566-drupal-olivero-hornet-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: at(dBody, 2, 7),
  body: dBody.filter((_, i) => i !== 2 && i !== 7),
  bylines: ['By Helen Strood', 'Thu, 17/09/2026 - 10:26'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'East Mereshire Beekeepers', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', ...dTags, 'Comments',
    ...dComments.flat(), 'Permalink', 'Reply', 'Log in to post comments', 'RSS feed', 'Footer', ...dFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT566_C2: readonly TestPage[] = [tidy(drupal)];
