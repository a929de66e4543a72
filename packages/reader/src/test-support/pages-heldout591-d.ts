import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file d: a university language centre course page on Drupal 10 (Olivero theme, inline field labels,
 * sidebar block); the Shopify article is in file d2.
 */
const dTitle = 'Japanese for Beginners (Evening, Level 1)';
const dBody = [
  j(
    'This course is for people with no knowledge of Japanese. You will learn to read and write hiragana and katakana, introduce yourself,',
    'talk about your day and your family, order food and ask for directions. By the end of the course you will know around 300 words and',
    'the first 40 kanji.',
  ),
  j(
    'Classes combine short explanations in English with a lot of speaking practice in pairs. Expect about two hours of homework a week,',
    'most of it writing practice and vocabulary review in the Centre\u2019s online workbook.',
  ),
];
const dFields: [string, string][] = [
  ['Level', 'A1 (complete beginners)'],
  ['Dates', '19 January – 30 March 2027'],
  ['Schedule', 'Tuesdays, 18:00–20:00'],
  ['Room', 'Hadley Building, room 2.14'],
  ['Fee', '£310 (staff and students of the University: £195)'],
];
const dBook = 'Course book: Hajimete no Nihongo 1 (not included in the fee, about £28).';
const dNav = ['Courses', 'Exams', 'Self-study', 'For staff', 'About the Centre'];
const dCrumbs = ['Home', 'Courses', 'Evening courses'];
const dSide = ['Open evening, 7 January', 'Which level am I?', 'Term dates 2026–27'];
const dField = (f: [string, string]): string =>
  `<div class="field field--name-field-${f[0].toLowerCase()} field--type-string field--label-inline clearfix"><div class="field__label">${f[0]}</div>
<div class="field__item">${f[1]}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://languages.northmere.ac.uk/courses/japanese-beginners-evening-level-1">
<title>${dTitle} | Northmere University Language Centre</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk1m3ZQk0f6.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEOwjAM">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t8bk2c"></noscript></head>
<body class="path-node page-node-type-course"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northmere University Language Centre</a></div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys--2" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys--2" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2">
<input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2"
value="Search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="214" class="node node--type-course node--promoted node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody)}</div>
${dFields.map(dField).join('\n')}
<div class="text-content clearfix field field--name-field-materials field--type-text-long field--label-hidden field__item"><p>${dBook}</p></div>
<div class="field field--name-field-booking-link field--type-link field--label-hidden field__item">
<a href="https://store.northmere.ac.uk/languages/jpn-1-eve" class="button button--primary">Book this course</a></div>
</div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-olivero-upcoming" class="block block-views block-views-blockevents-block-1">
<h2 class="block__title">Coming up</h2><div class="block__content"><div class="item-list"><ul>${links(dSide)}</ul></div></div></div></aside></div>
</div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-olivero-footercontact" class="block block-block-content"><div class="block__content">
<div class="text-content field field--name-body field__item">
<p>Language Centre, Hadley Building, Northmere University, Northmere NM4 7QE</p><p>languages@northmere.ac.uk · 01632 960 418</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?t8bk2c"></script><script src="/core/themes/olivero/js/navigation.js?t8bk2c"></script></body></html>`;
const northmere: TestPage = {
  name: 'heldout591-northmere-drupal-course',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: [...dBody, ...dFields.map((f) => `${f[0]} ${f[1]}`), dBook],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northmere University Language Centre', 'Menu', 'Courses', 'Exams', 'Self-study', 'For staff', 'About the Centre', 'Home',
    'Evening courses', 'Book this course', 'Coming up', ...dSide, 'RSS feed', 'Language Centre, Hadley Building, Northmere University, Northmere NM4 7QE',
    'languages@northmere.ac.uk · 01632 960 418', 'Powered by Drupal',
  ],
};

export const HELDOUT591_D: readonly TestPage[] = [northmere];
