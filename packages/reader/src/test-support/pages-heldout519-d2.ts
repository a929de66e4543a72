import { type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file d2: a dry-cleaning chain's leather and suede service page on Drupal 10 with the Olivero theme (site
 * branding, narrow search form, primary nav, breadcrumb, basic page body with a table and question headings, footer menu).
 */
const oTitle = 'Leather, suede and sheepskin cleaning';
const oIntro = j(
  'We clean leather, suede and sheepskin at our Norbridge works, where these garments go through a separate process from our ordinary',
  'dry cleaning. Allow three weeks; in the busy months of October and March it can be four.',
);
const oHeads = ['What we clean', 'Prices and turnaround', 'What to expect', 'Questions'] as const;
const oWhat = [
  'Leather and suede jackets, coats and trousers',
  'Sheepskin coats and gilets, including shearling linings',
  'Leather skirts and dresses, as long as they are not bonded to another fabric',
  'Suede trims on wool coats, cleaned together with the coat',
];
const oRows = [
  ['Leather or suede jacket', '£75', '3 weeks'],
  ['Full-length leather coat', '£110', '3 weeks'],
  ['Sheepskin coat', '£140', '4 weeks'],
  ['Leather trousers or skirt', '£60', '3 weeks'],
  ['Re-colouring (added to cleaning)', 'from £40', 'add 1 week'],
];
const oRowNote = 'Prices are per garment and include return to any Fenmore shop.';
const oExpectP = j(
  'Leather is a skin, and no two hides behave the same way in cleaning. Even with the greatest care, you may notice some of the',
  'following:',
);
const oExpect = [
  'a slight change of colour, especially on garments that have faded unevenly in the sun',
  'some stiffening, which eases with wear',
  'marks that were hidden by dirt, such as old scars and insect bites in the hide',
  'small changes in size, usually under two per cent',
];
const oExpectAfter = j(
  'We photograph every garment when it arrives, and we will ring you before we start if we think any of these is likely to be',
  'noticeable.',
);
const oFaq = [
  ['Can you remove ink from leather?', 'Sometimes. Fresh biro on finished leather often lifts; ink on suede rarely does. We will test it first.'],
  ['Do you clean leather sofas or car seats?', 'No. We only clean garments and small accessories such as gloves, hats and bags.'],
  [
    'Is the process safe for faux leather?',
    j(
      'Most faux leather is a plastic coating on fabric, and it can peel in solvent. We clean it by hand, at your risk, and we will',
      'write that on the ticket.',
    ),
  ],
] as const;
const oNav = ['Home', 'Services', 'Prices', 'Find a shop', 'Business accounts', 'Contact us'];
const oFoot = ['Careers', 'Privacy notice', 'Cookie policy', 'Terms and conditions'];
const oNavHtml = oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/\W+/g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n');
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:168;--color--primary-saturation:42%;--color--primary-lightness:30">
<head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="https://www.fenmore.example/services/leather-suede-sheepskin" />
<link rel="shortlink" href="https://www.fenmore.example/node/57" />
<title>${oTitle} | Fenmore Textile Care</title>
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Yp0Pq1eW3kJ2n8sF.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjlEOwjAM" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/57",
"currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?sg4xn5" /></noscript>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/fenmore-logo.svg" alt="Home" fetchpriority="high" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home" title="Home">Fenmore Textile Care</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit"
value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">${oNavHtml}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/services" class="breadcrumb__link">Services</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="57" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${oIntro}</p>
<h2>${oHeads[0]}</h2><ul>${lis(oWhat)}</ul>
<h2>${oHeads[1]}</h2><table><thead><tr><th>Item</th><th>Price</th><th>Turnaround</th></tr></thead><tbody>${trs(oRows)}</tbody></table>
<p><em>${oRowNote}</em></p>
<h2>${oHeads[2]}</h2><p>${oExpectP}</p><ul>${lis(oExpect)}</ul><p>${oExpectAfter}</p>
<h2>${oHeads[3]}</h2>${oFaq.map(([q, a]) => `<h3>${q}</h3><p>${a}</p>`).join('\n')}
</div></div></article></div></div></div>
</div></div><div class="social-bar"></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">
${oFoot.map((t) => `<li class="menu__item"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}" class="menu__link">${t}</a></li>`).join('\n')}</ul></nav>
<div id="block-fenmore-registered" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body">
<p>Fenmore Textile Care Ltd, registered in England and Wales no. 04417788. Norbridge Works, Mill Road, Norbridge NB3 9QS.</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_9aP0LmRvT2nS.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjlEOwjAM"></script>
</body>
</html>`;
const drupal: TestPage = {
  name: 'heldout519-drupal-olivero-leather-cleaning',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [...oHeads, ...oFaq.map(([q]) => q)],
  body: texts([oIntro, ...oWhat, ...rowTexts(oRows), oRowNote, oExpectP, ...oExpect, oExpectAfter, ...oFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fenmore Textile Care', 'Menu', 'Search', 'Main navigation', ...oNav.filter((t) => t !== 'Prices'), 'Breadcrumb', 'Footer',
    ...oFoot, 'Fenmore Textile Care Ltd, registered in England and Wales no. 04417788. Norbridge Works, Mill Road, Norbridge NB3 9QS.', 'Powered by Drupal',
  ],
};

export const HELDOUT519_D2: readonly TestPage[] = [drupal];
