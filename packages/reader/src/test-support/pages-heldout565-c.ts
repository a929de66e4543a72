import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file c: a town recreation department's news item on the adult hockey league at its ice rink, on Drupal 10
 * with the Olivero theme (tags, image with caption); its second page is in file c2.
 */
const hTitle = 'Adult rec hockey league adds a third division for the winter season';
const hBody = [
  j(
    'The Harrow Creek Adult Recreational Hockey League will run three divisions this winter for the first time, after a record',
    '212 players signed up during the September registration window. Games will be played at the Veterans Memorial Rink on',
    'Sunday and Wednesday evenings from November 9 through March 15.',
  ),
  j(
    'League coordinator Anton Becker said the new C division is meant for players who are returning to the game or who learned',
    'to skate as adults. “We had a long waiting list last year and most of the names were beginners,” Becker said. “They were',
    'being asked to play against people who skated in college. The new division gives them a place to start.”',
  ),
  'How the divisions work',
  j(
    'Teams in the A and B divisions were drafted by the captains at the October 19 meeting. C division players have been placed',
    'on four balanced teams by the coordinators. All divisions play 16 regular-season games followed by a single-elimination',
    'playoff.',
  ),
  'A division: eight teams, Sunday nights at 8:30 and 9:45 pm',
  'B division: six teams, Wednesday nights at 8:00 and 9:15 pm',
  'C division: four teams, Sunday nights at 7:15 pm, with a no-checking, no-slapshot rule',
  'Rink changes',
  j(
    'The Parks and Recreation Department replaced the dasher board glass on the north end of the rink over the summer and',
    'installed new LED lighting, which cut the rink’s electricity use by about a third. The locker rooms under the east',
    'stands have been repainted, and the skate-sharpening machine in the pro shop has been replaced.',
  ),
  j(
    'Players are reminded that full cages or visors are required in all divisions. Schedules and standings will be posted on',
    'the league page and at the rink office each Monday.',
  ),
];
const hNav = ['Home', 'Parks & Recreation', 'Programs', 'Facilities', 'News', 'Contact'];
const hCrumbs = ['Home', 'News'];
const hTags = ['Veterans Memorial Rink', 'Hockey', 'Adult programs'];
const hFoot = ['Town Hall, 1 Market Square, Harrow Creek', 'Office hours: Monday – Friday, 8 am – 4:30 pm', 'Accessibility', 'Employment'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.harrowcreek.example.gov/news/adult-rec-hockey-league-adds-third-division">
<title>${hTitle} | Town of Harrow Creek</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t2x8ab">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318","currentLanguage":"en"},
"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/harrow-seal.png" alt="Home"></a><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Town of Harrow Creek</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="button--primary search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(hNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(hCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${hTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__author-container"><div class="node__meta">
<span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>By <span>abecker</span></span></span>, <span class="node__meta__date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2025-10-27T14:05:00-05:00" class="datetime">27 October, 2025</time></span></span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2025-10/rink-north-end.jpg" width="1200" height="675" alt="Players at the north end of the rink"
class="image-style-wide">
<div class="caption">New glass at the north end of Veterans Memorial Rink. Photo: Harrow Creek Parks &amp; Recreation</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(hBody.slice(0, 2))}
<h2>${hBody[2]}</h2>${ps([hBody[3] ?? ''])}<ul>${lis(hBody.slice(4, 7))}</ul>
<h2>${hBody[7]}</h2>${ps(hBody.slice(8))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(hTags)}</ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-contactfooter" class="block block-block-content"><div class="block__content">
<div class="text-content field field--name-body">${ps(hFoot.slice(0, 2))}</div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><nav role="navigation" class="block block-menu navigation menu--footer">
<ul class="menu">${links(hFoot.slice(2))}</ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a>
</span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation-utils.js?t2x8ab"></script></body></html>`;
const harrow: TestPage = {
  name: 'heldout565-drupal-olivero-hockey',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [hBody[2] ?? '', hBody[7] ?? ''],
  body: hBody.filter((_, i) => i !== 2 && i !== 7),
  bylines: ['By abecker', '27 October, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Town of Harrow Creek', 'Menu', ...texts(hNav),
    'New glass at the north end of Veterans Memorial Rink. Photo: Harrow Creek Parks & Recreation',
    'Tags', 'Adult programs', 'RSS feed', ...hFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT565_C: readonly TestPage[] = [harrow];
