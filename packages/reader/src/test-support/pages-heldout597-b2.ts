import { links, type TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j, rowText, trs } from './pages-heldout597-kit.js';

/** Held-out batch 597, file b2: a guild news article on Drupal 10 (Olivero) with a results table, tags and a comment. */
const dTitle = 'Eastern District keeps the Guild Striking Shield for a third year';
const dBlocks = [
  j(
    'Eleven bands climbed the tower of St Mary, Coldharbour Magna, on Saturday for the Guild’s six-bell striking competition, and for the',
    'third year running the Eastern District band took the shield home.',
  ),
  j(
    'The judges, Carol Wetherden and Anthony Pryce of the Midland Counties Association, listened from the vestry with a',
    'live feed from the tower and marked each team on a three-minute test piece. They praised the standard throughout, saying that',
    'the top four bands were separated by fewer faults than any field they had judged before.',
  ),
  '## Results',
];
const dRows = [
  ['1', 'Eastern District', '21', '94%'],
  ['2', 'Vale of Oddley', '24', '93%'],
  ['3', 'Northern District', '29', '91%'],
  ['4', 'Coldharbour (host tower)', '31', '90%'],
  ['5', 'Southern District youth band', '47', '85%'],
];
const dMore = [
  j(
    'The remaining six bands scored between 78% and 84%. Full marking sheets have been sent to every tower captain and can be',
    'requested from the Guild Secretary.',
  ),
  '## The test piece',
  j(
    'Bands rang a touch of Plain Bob Minor or Grandsire Doubles of their own choosing, preceded by a short piece of rounds. The',
    'Coldharbour six are a light ring with a tenor of 7–2–20, and several captains remarked on how quickly the back bells come round.',
  ),
  j(
    'The Southern District youth band, whose ringers are all under eighteen, were the surprise of the afternoon. Their conductor,',
    'fifteen-year-old Isla Brennock, said they had practised the touch every Friday since Easter.',
  ),
  '## Next year',
  j(
    'The 2027 competition will be held at Holy Trinity, Wendlebury, on the second Saturday in May. Entries open in February, and',
    'the Guild will again pay the travelling costs of any band that includes at least two ringers in their first five years.',
  ),
];
const dNav = ['Home', 'About the Guild', 'Towers', 'Learning', 'Events', 'News', 'Members'];
const dMenuLi = (t: string): string => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`;
const dTags = ['Striking competitions', 'Eastern District', 'Youth ringing'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><link rel="canonical"
href="https://www.wessexguild.org.uk/news/eastern-district-keeps-shield" />
<title>${dTitle} | Wessex Guild of Church Bell Ringers</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qp3x0CaM9kUo6Eh1nIT8cW4Lb2Wv2rXYvN8u4Mqo3vE.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/512","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Wessex Guild of
Church Bell
Ringers</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span
class="mobile-nav-button__icon"></span>
</button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search" />
</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button
js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">${dNav.map(dMenuLi).join('\n')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="main-content__container container">
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<section class="row region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="512" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Ruth
Penhallow</span></span>
</span><span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-05-12T21:04:11+01:00"
title="Tuesday, May 12, 2026 - 21:04" class="datetime">Tue, 12 May 2026 - 21:04</time></span></span></div></header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-05/shield.jpg"
width="1200" height="675" alt="The Eastern District band with the shield" class="image-style-wide" /></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${blocks(dBlocks)}
<table><thead>${trs([['Place', 'Band', 'Faults', 'Score']], 'th')}</thead><tbody>
${trs(dRows)}
</tbody></table>
${blocks(dMore)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="41" id="comment-88" class="comment js-comment by-node-author"><span class="hidden" data-comment-timestamp="1778662500"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta">
<p class="comment__author"><span>Bill Tarrant</span></p><p class="comment__time">Wed, 13 May 2026 - 08:15</p></footer>
<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>Well done Eastern! And a big thank you to the Coldharbour ringers for the best tea of the year.</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/512/comment_forum/88">Reply</a></li></ul></div></div></article>
<h2 class="add-comment__heading">Add new comment</h2><p><a href="/user/login?destination=/node/512%23comment-form">Log in</a> to post comments</p>
</section>
</div></article></div></div></section></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-olivero-footer" class="block block-block-content"><div class="block__content"><p>The Wessex Guild of Church Bell Ringers is a registered
charity, no. 270881.</p></div></div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script>
</body></html>`;
const guildNews: TestPage = {
  name: 'heldout597-drupal-olivero-guild-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [...headingsOf(dBlocks), ...headingsOf(dMore)],
  body: [...bodyOf(dBlocks), ...dRows.map(rowText), ...bodyOf(dMore)],
  bylines: ['Ruth Penhallow', 'Tue, 12 May 2026 - 21:04', 'Bill Tarrant', 'Wed, 13 May 2026 - 08:15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wessex Guild of Church Bell Ringers', 'Menu', 'Search', 'Main navigation', 'Breadcrumb',
    'About the Guild', 'Towers', 'Learning', 'Events', 'News', 'Members', 'Tags',
    'Striking competitions', 'Youth ringing', 'Comments', 'Well done Eastern! And a big thank you to the Coldharbour ringers for the best tea of the year.',
    'Reply', 'Add new comment', 'Log in to post comments', 'The Wessex Guild of Church Bell Ringers is a registered charity, no. 270881.', 'Powered by Drupal',
  ],
};

export const HELDOUT597_B2: readonly TestPage[] = [guildNews];
