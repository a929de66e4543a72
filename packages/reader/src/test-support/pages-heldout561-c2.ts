import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout561-kit.js';

/** Held-out batch 561, file c2: a city language access page on Drupal 10 with the Olivero theme (sidebar contact block). */
const dTitle = 'Free interpreting and translation services';
const dIntro = [
  j(
    'The City of Carrow Falls provides interpreters and translated documents free of charge to residents who prefer to speak',
    'with us in a language other than English. You do not need to show proof of residence or immigration status to use this service.',
  ),
];
const dAskH = 'How to ask for an interpreter';
const dAsk = [
  'Tell the staff member at any City counter which language you speak. You can point to your language on the “I speak” card.',
  'By phone, call 311 and say the name of your language in English. You will be connected to a phone interpreter within two minutes.',
  'For a meeting, a hearing or an inspection, ask for an interpreter at least three working days ahead by calling the Language Access Office.',
];
const dDocsH = 'Translated documents';
const dDocs = [
  j(
    'Notices about water shut-offs, property tax, elections and emergency alerts are published in Spanish, Vietnamese, Haitian',
    'Creole, Portuguese and Arabic. Other vital documents can be translated into any language on request within ten working days.',
  ),
];
const dAslH = 'Sign language and accessible formats';
const dAsl = [
  j(
    'American Sign Language interpreters and real-time captioning (CART) are available for public meetings and for appointments',
    'with City staff. Large print, Braille and audio versions of City documents are also available.',
  ),
];
const dRightsH = 'Your rights';
const dRights = [
  j(
    'Under the City&rsquo;s Language Access Ordinance, you have the right to a qualified interpreter at no cost. City staff may not',
    'ask you to bring a family member, and children under 18 may not be asked to interpret, except in an emergency. If you did',
    'not receive the help you needed, you can file a complaint with the Language Access Office.',
  ),
];
const dNav = ['Residents', 'Business', 'Government', 'Services', 'News'];
const dCrumbs = ['Home', 'Services', 'Language access'];
const dSide = [
  'Language Access Office',
  'City Hall, Room 114',
  'Phone: 311 or (555) 014-2280',
  'Email: languageaccess@carrowfalls.example',
  'Monday to Friday, 8 a.m. to 5 p.m.',
];
const dFoot = ['Accessibility', 'Non-discrimination notice', 'Privacy policy', 'Employment', 'Contact the City'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.carrowfalls.example/services/language-access"><title>${dTitle} | City of Carrow Falls</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q9vZk3aT1m.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214",
"currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">City of Carrow Falls</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="region region--primary-menu">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys" name="keys"
class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul>
</nav></div>
<div class="region region--secondary-menu"><div id="block-gtranslate" class="block block-gtranslate"><div class="block__content"><label
for="gt-select">Translate this page</label>
<select id="gt-select" class="notranslate"><option value="">Select Language</option><option value="en|es">Español</option><option
value="en|vi">Tiếng Việt</option>
<option value="en|ht">Kreyòl ayisyen</option><option value="en|pt">Português</option><option value="en|ar">العربية</option></select></div></div></div></div>
</div></div></div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="214"
class="node node--type-page
node--view-mode-full"><div class="node__content"><div
class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<h2>${dAskH}</h2><ol>${lis(dAsk)}</ol><h2>${dDocsH}</h2>${ps(dDocs)}<h2>${dAslH}</h2>${ps(dAsl)}<h2>${dRightsH}</h2>${ps(dRights)}
</div></div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-languageaccesscontact" class="block block-block-content block-block-content4f1e2a9c">
<h2 class="block__title">${dSide[0]}</h2><div class="block__content"><div class="text-content clearfix field field--name-body">${ps(dSide.slice(1))}</div>
</div></div></aside></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div><div class="block"><p>© 2026 City of Carrow Falls</p></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout561-drupal-city-language-access',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dAskH, dDocsH, dAslH, dRightsH],
  body: texts([...dIntro, ...dAsk, ...dDocs, ...dAsl, ...dRights]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', 'Business', 'Government', 'News', 'Translate this page',
    'Breadcrumb', 'Home', ...dSide.slice(1), 'Footer', ...dFoot,
    'Powered by Drupal', '© 2026 City of Carrow Falls',
  ],
};

export const HELDOUT561_C2: readonly TestPage[] = [drupal];
