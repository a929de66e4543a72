import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowText, tr } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file c: a judo club's competition report on Drupal 10 (Olivero theme) with a results table, tags and
 * comments.
 */
const dTitle = 'Three medals for Harrowgate at the Northern Area Open';
const dBody = [
  j(
    'Eight Harrowgate judoka travelled to Carnforth Sports Arena on Saturday for the Northern Area Open, and came home with a gold and',
    'two bronze medals. It was the club’s best result at the event since it was first held in 2017.',
  ),
  j(
    'Niamh Castellane won the under-57 kg cadet category without conceding a score, finishing her final with a sode-tsuri-komi-goshi',
    'in the last thirty seconds. Coach Bram Eskildsen said it was “the most complete day of judo she has had”.',
  ),
  j(
    'Owen Pryce-Adair took bronze in the senior under-81 kg category after losing a close semi-final on shido, and Isla Mbeki-Rowe won',
    'bronze in the junior under-63 kg after coming back through the repechage.',
  ),
];
const dHead = ['Name', 'Category', 'Result'];
const dRows = [
  ['Niamh Castellane', 'Cadet −57 kg', 'Gold'],
  ['Owen Pryce-Adair', 'Senior −81 kg', 'Bronze'],
  ['Isla Mbeki-Rowe', 'Junior −63 kg', 'Bronze'],
  ['Tariq Fennimore', 'Cadet −66 kg', '5th'],
  ['Ruth Oyelowo-Hart', 'Senior −70 kg', 'Last 16'],
];
const dAfter = [
  j(
    'Thanks go to the parents who drove, and to Gemma Thorlby, who refereed all day on mat three. The squad’s next event is the',
    'club’s own Spring Randori on 23 May, which is open to all grades.',
  ),
];
const dNav = ['Home', 'Classes', 'Juniors', 'News', 'Contact'];
const dTags = ['Competitions', 'Squad'];
const dComments: [string, string, string][] = [
  ['Dev Anand', 'Sat, 05/09/2026 - 19:12', 'Well done all! Great to see the cadets doing so well.'],
  ['Maria Castellane', 'Sun, 05/10/2026 - 08:40', 'Thank you to the coaches for all the extra Sunday sessions.'],
];
const dLi = (t: string, href: string): string =>
  `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="${href}" class="primary-nav__menu-link
primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="${href.slice(1)}"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`;
const dCom = ([who, when, text]: [string, string, string], i: number): string => `<article data-comment-user-id="0" id="comment-${41 + i}"
class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1778353920"></span><div class="comment__picture-wrapper">
<div class="comment__picture"><img src="/core/themes/olivero/images/comment-author.svg" alt="" width="100" height="100"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${who}</span></p><p class="comment__time">${when}</p></footer>
<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${text}</p></div></div><ul class="links inline comment__links"><li class="comment-reply">
<a href="/comment/reply/node/214/comment/${41 + i}">Reply</a></li></ul>
</div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.harrowgatejudo.org.uk/news/three-medals-northern-area-open">
<link rel="shortlink" href="https://www.harrowgatejudo.org.uk/node/214">
<title>${dTitle} | Harrowgate Judo Club</title>
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_0bVZ3ZSb0Uw9t3Fe-r9nQm9c.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxLz8lPSszRL8">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214",
"currentPathIsAdmin":false},"ajaxTrustedUrl":{"\\/comment\\/reply\\/node\\/214\\/comment":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Harrowgate Judo Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul data-drupal-selector="primary-nav-menu--level-1" class="menu primary-nav__menu
primary-nav__menu--level-1">${dNav.map((t) => dLi(t, `/${t.toLowerCase()}`)).join('\n')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys--2" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys--2" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2">
<button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit"
id="edit-submit--2" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content">
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><article class="profile"></article><div><span>
<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Fiona Kettleby</span></span></span>
<span class="node__meta__date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-05-09T17:05:00+01:00" title="Saturday, May 9, 2026 - 17:05" class="datetime">9 May, 2026</time></span></span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="eager" src="/sites/default/files/styles/wide/public/2026-05/podium.jpg?itok=Xa12bC" width="1100" height="733" alt="Niamh on the podium"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody)}
<h2>Results</h2>
<table><thead>${tr(dHead, 'th')}</thead><tbody>${dRows.map((r) => tr(r)).join('\n')}</tbody></table>
${ps(dAfter)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items
field--tags__items">${lis(
  dTags.map((t) => `<a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a>`),
  'field--tags__item field__item',
)}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments.map(dCom).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/214/comment" method="post">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Your name</label>
<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" class="form-text form-element form-element--type-text"></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label>
<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions">
<input type="submit" id="edit-submit" value="Save" class="button button--primary js-form-submit form-submit"></div></form></section>
</div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-footer" class="block block-block-content"><div class="text-content field field--name-body">
<p>Harrowgate Judo Club meets at St Wilfrid’s Community Hall. Registered charity no. 1193827.</p></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a>
</span></div></div></div></footer>
</div></div></div><script src="/sites/default/files/js/js_kRl2bqn7lTXdm3m1YhO9qEoo8F0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero">
</script></body></html>`;
const drupal: TestPage = finish({
  name: 'heldout649-judo-results-drupal',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Results'],
  body: texts([...dBody, ...dRows.map(rowText), ...dAfter]),
  bylines: ['Fiona Kettleby', '9 May, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harrowgate Judo Club', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Tags', ...dTags, 'Comments',
...dComments.flat(), 'Reply', 'Add new comment',
    'Your name', 'Comment', 'Harrowgate Judo Club meets at St Wilfrid’s Community Hall. Registered charity no. 1193827.', 'Powered by Drupal',
  ],
});

export const HELDOUT649_C: readonly TestPage[] = [drupal];
