import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file c: a diocesan news article on Drupal 10 (Olivero theme) about two parishes sharing a pastor, with
 * a Mass times table and tags, and a small-group sermon discussion guide on WordPress built with Elementor Pro (Hello theme).
 */
const dTitle = 'St. Columba and Holy Trinity to share a pastor from July';
const dBlocks: Block[] = [
  j(
    'Bishop Anselm Korrigan has announced that the parishes of St. Columba in Glenarden and Holy Trinity in Upper Marrow will',
    'be served by one pastor from July 1, 2027. Father Tobias Mendel, who has been pastor of St. Columba since 2019, will take',
    'on both parishes. Father Ignatius Oyelaran, pastor of Holy Trinity, has been appointed chaplain at St. Luke’s Hospital.',
  ),
  j(
    'The two parishes will remain separate, each with its own finance council, parish council and sacramental records. The',
    'change follows two years of listening sessions held across the Glenarden deanery as part of the diocese’s pastoral plan.',
  ),
  { h: 'What changes for parishioners' },
  j(
    'Weekend Mass times will change so that one priest can celebrate at both churches. Confessions will be heard at St. Columba',
    'on Saturdays and at Holy Trinity on Wednesday evenings. The parish offices will stay open at both sites.',
  ),
  { h: 'New Mass schedule from July 1' },
  'Saturday Vigil 4:30 p.m. St. Columba',
  'Sunday 8:30 a.m. Holy Trinity',
  'Sunday 10:30 a.m. St. Columba',
  'Sunday 6:00 p.m. Holy Trinity (Spanish)',
  { h: 'A word from Father Mendel' },
  {
    q: j(
      '“I know change is hard, especially for families who have worshipped at the same Mass for generations. I ask for your',
      'patience and your prayers, and I promise to be at both doors after every Mass to meet you.”',
    ),
  },
  j('Parishioners with questions are invited to a joint town hall meeting in the Holy Trinity parish hall on Sunday, May 16,', 'after the 10:30 a.m. Mass.'),
];
const dRows = [
  ['Saturday Vigil', '4:30 p.m.', 'St. Columba'],
  ['Sunday', '8:30 a.m.', 'Holy Trinity'],
  ['Sunday', '10:30 a.m.', 'St. Columba'],
  ['Sunday', '6:00 p.m.', 'Holy Trinity (Spanish)'],
];
const dTableHtml = `<table class="mass-times"><thead><tr><th>Day</th><th>Time</th><th>Church</th></tr></thead><tbody>
${dRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
const dNav = ['About Us', 'Find a Parish', 'Offices & Ministries', 'Schools', 'News', 'Donate'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Parish life', 'Clergy appointments', 'Glenarden Deanery'];
const dFoot = ['Contact the Chancery', 'Safe Environment', 'Report Abuse', 'Employment', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:222;--color--primary-saturation:40%;--color--primary-lightness:30"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.dioceseofmarrow.org/news/st-columba-and-holy-trinity-share-pastor-july">
<title>${dTitle} | Diocese of Marrow</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Xk3eP1.css?delta=1&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412",
"currentLanguage":"en"},"olivero":{}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Diocese of Marrow</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search">
</div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (
      t,
    ) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${t.replace(
      /&/g,
      '&amp;',
    )}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(
  dCrumbs,
  'breadcrumb__item',
)}</ol>
</nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span class="node__author-image"><img src="/sites/default/files/pictures/2026-10/comms.png" alt="Profile picture for user comms"></span>
<div class="node__meta-text"><span class="node__author">By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Office of Communications</span></span></span><span class="node__date"> <span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2027-04-21T14:05:00-04:00" title="Wednesday, April 21, 2027 - 14:05">Wed, 04/21/2027 - 14:05</time></span></span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2027-04/holy-trinity.jpg" width="1200" height="600" alt="Holy Trinity Church, Upper Marrow"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${render(dBlocks.slice(0, 5))}
${dTableHtml}
${render(dBlocks.slice(9))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article></div></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu" role="navigation"><h2 class="visually-hidden block__title"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav>
<div class="block block-block-content"><p>Catholic Center, 90 Cathedral Square, Marrow</p><p>© 2027 Roman Catholic Diocese of Marrow</p></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_q8VnQ0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout478-drupal-olivero-diocese-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: headingsOf(dBlocks),
  body: bodyOf(dBlocks),
  bylines: ['By Office of Communications', 'Wed, 04/21/2027 - 14:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Diocese of Marrow', 'Menu', ...dNav.filter((t) => t !== 'News'), ...dCrumbs, 'Tags', ...dTags.slice(0, 2), ...dFoot,
    'Catholic Center, 90 Cathedral Square, Marrow', '© 2027 Roman Catholic Diocese of Marrow', 'Powered by Drupal',
  ],
};

const eTitle = 'Small Group Guide: Week 3 — Bread in the Wilderness';
const eBlocks: Block[] = [
  j(
    'This week’s guide follows Pastor Lewin’s message from Exodus 16, where God feeds Israel with manna one day at a time.',
    'Use as many or as few of the questions as your group needs. Most groups will take about 45 minutes.',
  ),
  { h: 'Open' },
  { ol: ['What is the best meal you have ever been given by someone else?', 'When do you find it hardest to trust that there will be enough?'] },
  { h: 'Read' },
  'Read Exodus 16:1–21 aloud, with a different person reading each paragraph.',
  { h: 'Discuss' },
  {
    ol: [
      'The Israelites remember Egypt as a place where they “ate all the bread we wanted.” Why do you think their memory changed?',
      'Manna could not be stored for tomorrow, except on the sixth day. What was God teaching them by that rule?',
      'Where in your life are you trying to gather more than one day’s worth?',
      'Jesus taught us to pray for daily bread. How does this story change the way you hear that prayer?',
    ],
  },
  { h: 'Pray' },
  j(
    'Close by praying for one another’s “tomorrow worries”. If anyone in the group is facing a practical need this week — food,',
    'rent, a lift to an appointment — let your group leader know so that the care team can help.',
  ),
];
const eNav = ['Sundays', 'Groups', 'Next Steps', 'Kids & Youth', 'Media', 'Give'];
const eEl = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eMain = ' elementor-nav-menu--layout-horizontal e--pointer-underline';
const eMenu = (cls: string, hidden: boolean): string => `<nav class="elementor-nav-menu--${cls} elementor-nav-menu__container${cls === 'main' ? eMain : ''}"
${hidden ? 'aria-hidden="true"' : 'aria-label="Menu"'}><ul id="menu-${hidden ? '2' : '1'}-4d1e" class="elementor-nav-menu">
${eNav
  .map(
    (t, i) => `<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${310 + i}"><a
href="https://riverstonechurch.com/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"
class="elementor-item"${hidden ? ' tabindex="-1"' : ''}>${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Small Group Guide: Week 3 — Bread in the Wilderness &#8211; Riverstone Church</title>
<link rel='stylesheet' id='elementor-frontend-css' href='https://riverstonechurch.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-45-css' href='https://riverstonechurch.com/wp-content/uploads/elementor/css/post-45.css?ver=1714030712' media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://riverstonechurch.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<script type="application/ld+json" class="rank-math-schema-pro">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${eTitle}",
"datePublished":"2027-02-15T10:12:40-06:00","author":{"@type":"Person","name":"Jess Lindqvist"}}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading,
additional_custom_breakpoints; settings: css_print_method-external"></head>
<body class="post-template-default single single-post postid-1987 single-format-standard
elementor-default elementor-template-full-width elementor-kit-6 elementor-page-1203">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6b2f0c1 e-flex e-con-boxed e-con e-parent" data-id="6b2f0c1" data-element_type="container"><div
class="e-con-inner">
${eEl(
  '2a91b7c',
  'theme-site-logo',
  `<a href="https://riverstonechurch.com"><img width="180" height="48"
src="https://riverstonechurch.com/wp-content/uploads/2025/01/riverstone-logo.svg" alt="Riverstone Church"></a>`,
)}
${eEl(
  '8d03e1f',
  'nav-menu',
  `${eMenu('main', false)}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"></div>${eMenu('dropdown', true)}`,
)}
${eEl(
  'c41a9e2',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="https://riverstonechurch.com/plan-a-visit/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Plan a
Visit</span></span></a></div>`,
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1203"
class="elementor elementor-1203 elementor-location-single post-1987 post type-post status-publish
format-standard has-post-thumbnail hentry category-small-groups" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-51c7e0a e-flex e-con-boxed e-con e-parent" data-id="51c7e0a" data-element_type="container"><div
class="e-con-inner">
${eEl('93f1c20', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eEl(
  'f0a7d55',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li
class="elementor-icon-list-item elementor-repeater-item-1a2b3c4 elementor-inline-item"
itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Jess Lindqvist</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-5d6e7f8 elementor-inline-item" itemprop="datePublished"><span
class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-date"><time>February 15, 2027</time></span></li><li class="elementor-icon-list-item elementor-repeater-item-9a0b1c2
elementor-inline-item"
itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span
class="elementor-post-info__terms-list">
<a href="https://riverstonechurch.com/category/small-groups/" class="elementor-post-info__terms-list-item">Small Groups</a></span></span></li></ul>`,
)}
${eEl('a8e4d10', 'theme-post-content', render(eBlocks, { h: (t) => `<h3 class="wp-block-heading">${t}</h3>` }))}
${eEl(
  '7b3c9f0',
  'share-buttons',
  `<div class="elementor-grid">${['Facebook', 'Email', 'Print']
    .map(
      (t) => `<div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}" role="button" tabindex="0" aria-label="Share on ${t.toLowerCase()}"><div
class="elementor-share-btn__text"><span class="elementor-share-btn__title">${t}</span></div></div></div>`,
    )
    .join('')}</div>`,
)}
${eEl(
  'e2d6b83',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a
href="https://riverstonechurch.com/small-group-guide-week-2/" rel="prev"><span class="post-navigation__prev--label">Previous</span><span
class="post-navigation__prev--title">Small Group Guide: Week 2 — Water from the Rock</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="https://riverstonechurch.com/small-group-guide-week-4/" rel="next"><span
class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Small Group Guide: Week 4 — The Cloud and the
Fire</span></a></div></div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-0c4d2aa e-flex e-con-boxed e-con e-parent" data-id="0c4d2aa" data-element_type="container"><div
class="e-con-inner">
${eEl('19bd7e0', 'heading', `<h2 class="elementor-heading-title elementor-size-default">Sundays at 9 &amp; 11</h2>`)}
${eEl(
  '4f8e2c1',
  'icon-list',
  `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">2200 Mill
Creek Road, Ashford</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">hello@riverstonechurch.com</span></li></ul>`,
)}
${eEl('d7e5a34', 'text-editor', `<p>© 2027 Riverstone Church. All rights reserved.</p>`)}
</div></div></div>
<script src="https://riverstonechurch.com/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.21.2"
id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4","is_static":false};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout478-elementor-small-group-guide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: headingsOf(eBlocks),
  body: bodyOf(eBlocks),
  bylines: ['By Jess Lindqvist', 'February 15, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Groups'), 'Plan a Visit', 'Small Groups', 'Facebook', 'Email', 'Print', 'Previous',
    'Small Group Guide: Week 2 — Water from the Rock',
'Next',
    'Small Group Guide: Week 4 — The Cloud and the Fire', 'Sundays at 9 & 11', '2200 Mill Creek Road, Ashford', 'hello@riverstonechurch.com',
    '© 2027 Riverstone Church. All rights reserved.',
  ],
};

export const HELDOUT478_C: readonly TestPage[] = [drupal, elementor];
