import { links, texts, type TestPage } from './page-kit.js';
import { j } from './pages-heldout547-kit.js';

/** Held-out batch 547, file b2: a watersports centre's slipway news article on Drupal 10 (Olivero) with a breadcrumb, tags and comments. */
const dTitle = 'Slipway reopens at Ardmorrow after winter storm repairs';
const dBody = [
  j(
    'The public slipway at Ardmorrow Watersports Centre reopened on Saturday after a three-month repair that replaced the lower',
    'section washed out by Storm Fenella in December.',
  ),
  j(
    'Contractors poured 140 tonnes of concrete in sections between tides, working mostly at night in February. The new toe of the',
    'slipway sits half a metre lower than the old one, so dinghies and safety boats can now launch for an hour longer either side of',
    'low water.',
  ),
  j(
    '"We lost most of January and February, which is when we normally train our instructors," said centre manager Ross Kilbride.',
    '"Having the slipway back before the Easter courses is a huge relief for us and for the sailing club."',
  ),
  'What changes for visitors',
  j(
    'The slipway is open to private launches again from 8am to 8pm. Launch permits are still required and can be bought at the',
    'centre reception or from the machine by the boat park. Prices are unchanged from last year.',
  ),
  j(
    'The boat park has been resurfaced and the wash-down hose moved to the top of the ramp. Trailers must be parked in the upper',
    'bay marked with yellow lines, not on the grass.',
  ),
  'Courses this spring',
  j(
    'Dinghy sailing, kayak and paddleboard courses start on 3 April. Places on the Easter youth sailing week are limited, and',
    'families from Ardmorrow and Kilcraig get first choice until 15 March.',
  ),
  j(
    'The repair cost £212,000, paid by the council with a grant from the Coastal Communities Fund. The centre thanked the',
    'volunteers of Ardmorrow Sailing Club, who moved the whole dinghy fleet to the pier car park while the work went on.',
  ),
];
const dHeads = [3, 6];
const dCap = 'The new concrete toe of the slipway at low water.';
const dNav = ['Home', 'Courses', 'Clubs', 'Facilities', 'News', 'Contact us'];
const dTags = ['Facilities', 'Slipway', 'Sailing'];
const dComments = [
  { who: 'Duncan M (not verified)', when: 'Tue, 03/09/2027 - 14:30', title: 'Great news', text: 'Great news. The old ramp was lethal at low tide.' },
  {
    who: 'Catriona Begg',
    when: 'Wed, 03/10/2027 - 08:05',
    title: 'Winter storage',
    text: 'Will the winter dinghy storage go back to the lower park or stay on the pier?',
  },
];
const dComment = (
  c: (typeof dComments)[number],
  n: number,
): string => `<article data-comment-user-id="${n}" id="comment-${40 + n}" class="comment js-comment by-anonymous">
<span class="hidden" data-comment-timestamp="1804680600"></span><div class="comment__picture-wrapper"><div class="comment__picture"><img
src="/core/themes/olivero/images/default-avatar.svg" alt="" width="100" height="100"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name"
datatype="">${c.who}</span></p>
<p class="comment__time">${c.when}</p></footer><div class="comment__content"><h3><a href="/comment/${40 + n}#comment-${40 + n}" class="permalink"
rel="bookmark" hreflang="en">${c.title}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${c.text}</p></div>
<div class="comment__links"><ul class="links inline comment__links"><li class="comment-reply"><a
href="/comment/reply/node/87/comment_node_article/${40 + n}">Reply</a></li></ul></div></div></div></article>`;
const dPara = (i: number): string => (dHeads.includes(i) ? `<h2>${dBody[i]}</h2>` : `<p>${dBody[i]}</p>`);
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#
schema: http://schema.org/">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.ardmorrowwatersports.org/news/slipway-reopens">
<title>${dTitle} | Ardmorrow Watersports Centre</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2027-03-09T10:12:00+0000","author":{"@type":"Person","name":"Eilidh Strachan"}}]}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9k2xa">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/87"},"user":{"uid":0}}</script>
</head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ardmorrow Watersports Centre</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item
js-form-type-search form-type-search form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by
keyword or phrase." type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search form-element
form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button--primary button
js-form-submit form-submit" type="submit" id="edit-submit" value="Search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a
href="/${t.toLowerCase().replace(' ', '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block
block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div
class="breadcrumb__content"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a>
</li></ol></div></nav></div></div>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div
data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block
block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content" class="block
block-system block-system-main-block">
<article data-history-node-id="87" role="article" about="/news/slipway-reopens" typeof="schema:Article" class="node node--type-article
node--promoted node--view-mode-full">
<span property="schema:name" content="${dTitle}" class="hidden"></span><header class=""><div class="node__meta"><span>
By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/4" typeof="schema:Person"
property="schema:name" datatype="">Eilidh Strachan</span></span>,
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-03-09T10:12:00+00:00" title="Tuesday, March 9, 2027
- 10:12">Tue, 03/09/2027 - 10:12</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${[0, 1].map(dPara).join('\n')}
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/slipway-toe.jpg" data-entity-type="file"
width="1200" height="800" alt="Concrete slipway" loading="lazy"><figcaption>${dCap}</figcaption></figure>
${dBody
  .map((_, i) => i)
  .slice(2)
  .map(dPara)
  .join('\n')}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments.map(dComment).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-node-article-form comment-form" data-drupal-selector="comment-form"
action="/comment/reply/node/87/comment_node_article" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required form-required">Your name</label><input
data-drupal-selector="edit-name" type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text required form-element
form-element--type-text form-element--api-textfield"></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label><textarea
id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit" type="submit"
id="edit-submit--2" value="Save" class="button--primary button js-form-submit form-submit"></div></form></section>
</div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-footer" class="block block-block-content"><div class="text-content"><p>Ardmorrow Watersports Centre is run by Kilcraig and Ardmorrow
Council.</p></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout547-drupal-olivero-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads.map((i) => dBody[i] ?? ''),
  body: texts(dBody.filter((_, i) => !dHeads.includes(i))),
  bylines: ['Eilidh Strachan', 'Tue, 03/09/2027 - 10:12', ...dComments.flatMap((c) => [c.who, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...dNav.filter((t) => t !== 'Courses'), 'Breadcrumb',
    dCap, 'Tags', 'Comments', ...dComments.flatMap((c) => [c.title, c.text]), 'Reply', 'Add new comment',
    'Your name', 'Comment', 'RSS feed', 'Ardmorrow Watersports Centre is run by Kilcraig and Ardmorrow Council.', 'Powered by Drupal',
  ],
};

export const HELDOUT547_B2: readonly TestPage[] = [drupal];
