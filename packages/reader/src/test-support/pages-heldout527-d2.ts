import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file d2: a borough council's page for the tea room in its park on Drupal 10 (Olivero theme), with breadcrumb,
 * an opening-times table, a sidebar of related pages and the feedback block.
 */
const dTitle = 'Pavilion Tea Room, Alderbrook Park';
const dIntro = [
  j(
    'The Pavilion Tea Room sits beside the bandstand in Alderbrook Park. It is run by the council\u2019s parks team with volunteers',
    'from the Friends of Alderbrook Park, and all profits go back into the park\u2019s gardens.',
  ),
  'It serves tea, coffee, cakes, sandwiches and soup, and ice cream from Easter to September.',
];
const dH1 = 'Opening times';
const dRows = [
  ['April to September', 'Every day, 9am to 5pm'],
  ['October to March', 'Wednesday to Sunday, 10am to 3.30pm'],
  ['Bank holidays', '10am to 4pm'],
];
const dAfter = 'The tea room is closed on 25 and 26 December and 1 January.';
const dH2 = 'Booking the tea room';
const dBook = [
  j(
    'You can hire the upstairs room for meetings, birthday teas and small events for up to 30 people. The room costs \u00a322 an hour',
    'on weekdays and \u00a330 an hour at weekends. Catering can be added from the tea room menu.',
  ),
  'To book, email parks@alderbrook.gov.uk or phone 01632 960 733 at least two weeks before your event.',
];
const dH3 = 'Accessibility';
const dAccess = [
  'level access from the main path and a ramp to the terrace',
  'an accessible toilet with baby-changing facilities',
  'a hearing loop at the counter',
  'dogs on leads welcome on the terrace',
];
const dNav = ['Bins and recycling', 'Council tax', 'Parking', 'Parks and leisure', 'Planning', 'Your council'];
const dCrumbs = ['Home', 'Parks and leisure', 'Parks and open spaces', 'Alderbrook Park'];
const dSide = ['Alderbrook Park', 'Bandstand concerts', 'Volunteer in our parks', 'Hire a park for an event'];
const dFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:43%;--color--primary-lightness:30"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.alderbrook.gov.uk/parks/pavilion-tea-room">
<link rel="icon" href="/themes/contrib/olivero/favicon.ico" type="image/vnd.microsoft.icon"><title>${dTitle} | Alderbrook Borough Council</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3xY1.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxVyEE">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418","currentLanguage":"en"},
"pluralDelimiter":"\\u0003","ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t2z1a"></noscript></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Alderbrook Borough Council</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
 id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
accept-charset="UTF-8"
 class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by
keyword or phrase."
 data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search">
</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary
search-form__submit button
 js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
 data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div
id="block-olivero-breadcrumbs"
 class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium"
id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="418"
 class="node node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body
field--type-text-with-summary
 field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH1}</h2>
<table><thead><tr><th>Season</th><th>Hours</th></tr></thead><tbody>
${dRows.map(([a, b]) => `<tr><td>${a}</td>\n<td>${b}</td></tr>`).join('\n')}
</tbody></table>
${ps([dAfter])}
<h2>${dH2}</h2>
${ps(dBook)}
<h3>${dH3}</h3><p>The tea room has:</p><ul>${lis(dAccess)}</ul>
</div></div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><nav role="navigation" aria-labelledby="block-parksmenu-menu" id="block-parksmenu"
 class="block block-menu navigation menu--parks"><h2 class="block__title" id="block-parksmenu-menu">Related pages</h2><ul
class="menu">${links(dSide, 'menu__item')}</ul>
</nav></aside></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div id="block-feedback" class="block block-block-content">
<div class="block__content"><div class="text-content field field--name-body"><p><strong>Was this page helpful?</strong> <a href="/feedback?page=418">Tell us
what you think</a>
</p><p>Last updated: 14 January 2026</p></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden
block__title"
 id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
 <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_b8Hc0v.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxVyEE"></script>
</body></html>`;
const drupal: TestPage = {
  name: 'heldout527-drupal-park-tea-room',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([...dIntro, ...dRows.map((r) => r.join(' ')), dAfter, ...dBook, 'The tea room has:', ...dAccess]),
  bylines: ['Last updated: 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Alderbrook Borough Council', 'Menu', ...dNav, ...dCrumbs, 'Related pages', ...dSide.slice(1), 'Was this page helpful?',
    'Tell us what you think', ...dFoot.filter((t) => t !== dH3), 'Powered by Drupal',
  ],
};

export const HELDOUT527_D2: readonly TestPage[] = [tidy(drupal)];
