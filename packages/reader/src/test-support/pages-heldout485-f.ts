import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout485-kit.js';

/** Held-out batch 485, file f: a county youth orchestra's summer course page for parents on Drupal 10 (Olivero) with a timetable table. */
const oTitle = 'Summer residential course 2027: information for parents';
const oIntro = [
  j(
    'The Lindmoor County Youth Orchestra summer course runs from Sunday 25 July to Saturday 31 July at Hawkshead Grange',
    'School. About ninety players aged 11 to 19 take part, living in the school&#39;s boarding houses for the week.',
  ),
];
const oH1 = 'A typical day';
const oDay = [
  ['8.00', 'Breakfast'],
  ['9.15', 'Sectional rehearsals with specialist tutors'],
  ['11.00', 'Break'],
  ['11.30', 'Full orchestra rehearsal'],
  ['13.00', 'Lunch and free time'],
  ['14.30', 'Chamber groups'],
  ['16.30', 'Sport, swimming or quiet time'],
  ['19.30', 'Evening activity'],
  ['22.00', 'Lights out (22.30 for sixth formers)'],
];
const oH2 = 'What to pack';
const oPack = [
  'instrument, music stand, pencil and any music you have been sent',
  'concert dress: black, with the orchestra T-shirt for the open rehearsal',
  'bedding is provided; please send a towel and a swimming costume',
  'any medicines, handed in to the course nurse on arrival',
];
const oH3 = 'Phones and contact';
const oS3 = [
  j(
    'Players may keep their phones but hand them in at bedtime. In an emergency, the course office is staffed from 8am to',
    '10pm on 01632 960 418; outside those hours, the duty manager can be reached through the school&#39;s main number.',
  ),
];
const oH4 = 'The final concert';
const oS4 = [
  j(
    'The week ends with a concert in Lindmoor Cathedral on Saturday 31 July at 3pm. Tickets are free for parents but must be',
    'booked through the course office by 16 July. Players can be collected from the cathedral after the concert.',
  ),
];
const oNav = ['About', 'Ensembles', 'Courses', 'Auditions', 'Support us', 'News'];
const oCrumbs = ['Home', 'Courses'];
const oFoot = ['Contact us', 'Safeguarding policy', 'Privacy notice', 'Accessibility'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.lcyo.org.uk/courses/summer-residential-2027">
<title>${oTitle} | Lindmoor County Youth Orchestra</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Kq1rT9z.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEOwyAMBD"></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Lindmoor County Youth Orchestra</a></div></div></div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">
Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="button--primary search-form__submit button
js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="212" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oIntro)}
<h2>${oH1}</h2>
<table><thead><tr><th>Time</th><th>Activity</th></tr></thead><tbody>${trs(oDay)}</tbody></table>
<h2>${oH2}</h2><ul>${lis(oPack)}</ul>
<h2>${oH3}</h2>${ps(oS3)}
<h2>${oH4}</h2>${ps(oS4)}
</div></div></article></div></div></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div id="block-downloads" class="block block-block-content">
<h2 class="block__title">Downloads</h2><div class="block__content"><div class="text-content field field--name-body"><ul><li>
<a href="/sites/default/files/2027-03/kit-list.pdf"
type="application/pdf">Kit list (PDF, 84 KB)</a></li><li>
<a href="/sites/default/files/2027-03/medical-form.docx">Medical and consent form (Word, 41 KB)</a></li></ul>
</div></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer">
<h2 class="block__title" id="block-footer-menu">
Useful links</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div><div class="region region--footer-bottom grid-full">
<div id="block-copyright" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body">
<p>Lindmoor County Youth
Orchestra is run by Lindmoor Music Service. Registered charity 1093310.</p></div></div></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/212","currentLanguage":"en"}}</script>
<script src="/sites/default/files/js/js_bM7Wq2e.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = finish({
  name: 'heldout485-drupal-olivero-course',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3, oH4],
  body: texts([...oIntro, ...rowTexts(oDay), ...oPack, ...oS3, ...oS4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Lindmoor County Youth Orchestra', 'Menu', ...oNav, ...oCrumbs, 'Downloads', 'Kit list (PDF, 84 KB)',
    'Medical and consent form (Word, 41 KB)', 'RSS feed', 'Useful links', ...oFoot,
    'Lindmoor County Youth Orchestra is run by Lindmoor Music Service. Registered charity 1093310.',
  ],
});

export const HELDOUT485_F: readonly TestPage[] = [olivero];
