import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/** Held-out batch 616, file d2: a saddlers' trade guild news article on Drupal 10 (Olivero theme) with tags and a comment. */
const dTitle = 'Guild opens public register of qualified saddle fitters';
const dBlocks: Block[] = [
  {
    p: j(
      'Horse owners can now check whether a saddle fitter holds a current Guild qualification, after the Guild of Bench Saddlers',
      'opened its register to the public on Monday. The register lists 214 fitters across the country, with the level of',
      'qualification each holds and the date of their last assessment.',
    ),
  },
  {
    p: j(
      'Until now the list was only available to members and insurers. The Guild council voted in September to publish it, after a',
      'rise in complaints about fitters who described themselves as qualified but had never sat the Guild assessment.',
    ),
  },
  {
    q: j(
      '"Anyone can call themselves a saddle fitter. We want owners to be able to check in thirty seconds, from the yard, whether the',
      'person standing in front of their horse has been assessed," said Guild chair Rosalind Achebe-Marsh.',
    ),
  },
  { h: 2, t: 'How the register works' },
  {
    p: j(
      "Each entry shows the fitter's name, their county, whether they fit independently or for a retailer, and any brand-specific",
      'training they have completed. Fitters must be reassessed every three years to stay on the register, and entries are removed',
      'automatically when an assessment lapses.',
    ),
  },
  {
    p: j(
      'Owners who have a complaint about a registered fitter can use the form linked from each entry. The Guild says it will',
      'acknowledge every complaint within five working days.',
    ),
  },
  { h: 2, t: 'Reaction from members' },
  {
    p: j(
      'Most members have welcomed the move. A small number have asked for their county to be shown rather than their town, and the',
      'Guild has agreed to this. The register will be reviewed at the annual meeting in Strelton in March.',
    ),
  },
];
const dNav = ['Home', 'About the Guild', 'Training', 'Find a Saddler', 'Members'];
const dFoot = ['Contact', 'Privacy notice', 'Accessibility'];
const dCom = 'About time. I was nearly caught out by someone last year who turned out to have done a two-day course.';
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:28;--color--primary-saturation:45%;--color--primary-lightness:32"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.benchsaddlers.org.uk/news/guild-opens-public-register">
<title>${dTitle} | Guild of Bench Saddlers</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk2M9tq3.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdyEEKgCAQ">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/212",
"currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Guild of Bench Saddlers</a></div></div></div></div>
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
class="form-search form-element form-element--type-search
form-element--api-search"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${links(
  dNav,
  'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1',
)}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div
class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden
messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news"
class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="212" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>helen.arbery</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-12-01T10:14:00+00:00"
title="Tuesday, December 1, 2026 - 10:14"
class="datetime">Tue, 12/01/2026 - 10:14</time></span></div></header><div class="node__content"><div class="text-content clearfix field field--name-body
field--type-text-with-summary field--label-hidden field__item">
${render(dBlocks)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/taxonomy/term/3" hreflang="en">Saddle fitting</a></div><div class="field__item"><a href="/taxonomy/term/9"
hreflang="en">Guild news</a></div>
</div></div><section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="58" id="comment-41" class="comment js-comment single-comment"><div class="comment__picture-wrapper"><div
class="comment__picture">
<img src="/core/themes/olivero/images/default-avatar.svg" alt="" width="100" height="100"></div></div><div class="comment__text-wrapper"><footer
class="comment__meta">
<p class="comment__author"><span>p.lindqvist</span></p><p class="comment__time">2 Dec 2026</p></footer><div class="comment__content">
<div class="field field--name-comment-body field--type-text-long field--label-hidden"><p>${dCom}</p></div></div>
<ul class="links inline comment__links"><li class="comment__links-item"><a href="/comment/41/delete">Delete</a></li><li class="comment__links-item">
<a href="/comment/41/edit" hreflang="en">Edit</a></li><li class="comment__links-item"><a
href="/comment/reply/node/212/comment/41">Reply</a></li></ul></div></article>
<h2 class="add-comment__heading">Add new comment</h2><p><a href="/user/login?destination=/node/212%23comment-form">Log in</a> to post comments</p></section>
</div></article></div></div></div></div></div></div></div>
<div class="site-footer"><footer class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>
Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_8eXkV0rZ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalGuild: TestPage = {
  name: 'heldout616-drupal-olivero-guild-register',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: headingsOf(dBlocks),
  body: bodyOf(dBlocks),
  bylines: ['By helen.arbery', 'Tue, 12/01/2026 - 10:14', 'p.lindqvist', '2 Dec 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', 'Home', 'About the Guild', 'Find a Saddler',
    'Breadcrumb', 'News', 'Tags', 'Saddle fitting', 'Guild news', 'Comments', dCom, 'Delete', 'Edit', 'Reply', 'Add new comment',
    'Log in to post comments', 'Footer', ...dFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT616_D2: readonly TestPage[] = [drupalGuild];
