import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file c: a breed society show report on Drupal 10 (Olivero theme, results table, sidebar, tags).
 */
const dTitle = 'Northern Counties Fleece Show 2026: the results';
const dIntro = [
  j(
    'A record 212 fleeces were entered at this year&#39;s Northern Counties Fleece Show, held on 5 September in the sheep lines at',
    'Alderby Showground. Entries came from 41 breeders, nine of them showing for the first time.',
  ),
  j(
    'Judging ran from 8am until well after lunch, with huacaya and suri classes judged side by side for the first time since the',
    'show moved to Alderby. Our thanks go to the stewards, who weighed and bagged every fleece by hand.',
  ),
];
const dH = ['Champions', "The judge's view", 'Looking ahead to 2027'];
const dRows = [
  ['Supreme Champion Fleece', 'Kettlebeck Aurora', 'Kettlebeck Alpacas'],
  ['Reserve Supreme', 'Highmoor Caspian', 'Highmoor Farm'],
  ['Champion Suri Fleece', 'Ashgrove Silken Bell', 'Ashgrove Suris'],
  ['Best Coloured Fleece', 'Brackenridge Damson', 'Brackenridge Alpacas'],
  ['Best Fleece by a Novice Breeder', 'Little Tarn Pepper', 'Little Tarn Smallholding'],
] as const;
const dJudge = [
  j('Judge Marguerite Okonedo, who travelled from the south coast to judge, said the standard of preparation was the best she had seen', 'in the north.'),
  j(
    '"The winning fleece had a lovely bright handle and a crimp that ran from the tip to the skin without a break. It was also',
    'beautifully skirted, with not a scrap of vegetable matter. Fleeces are won and lost in the skirting, and this one was won."',
  ),
  j('She asked breeders to pay more attention to guard hair in the neck and to bag fleeces in paper, not plastic, so that they', 'arrive dry.'),
];
const dAhead = [
  j(
    'Next year&#39;s show will be on Saturday 4 September 2027. We plan to add a class for hand-spun yarn from members&#39; own fleeces,',
    'and the committee would welcome volunteers to help steward. Please contact the show secretary if you can give a morning.',
  ),
];
const dNav = ['Home', 'About the Society', 'Shows', 'Breeders Directory', 'Education', 'Join'];
const dCrumbs = ['Home', 'News'];
const dEvents = ['Halter training workshop – 3 October', 'Autumn members&#39; meeting – 17 October', 'Winter fleece skirting day – 14 November'];
const dFoot = ['Contact us', 'Privacy notice', 'Members&#39; area'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:110;--color--primary-saturation:38%;--color--primary-lightness:34"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.northerncamelids.org.uk/news/fleece-show-2026-results">
<title>${dTitle} | Northern Camelid Society</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-09-15T10:02:00+0100",
"author":{"@type":"Person","name":"Alison Pike"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3k9v.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/ncs-logo.svg" alt="Home"></a><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Northern Camelid Society</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-no-label"><label for="edit-keys" class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div
id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol>
</div></nav></div></div></div><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string
field--label-hidden">${dTitle}</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="214"
class="node node--type-article
node--promoted node--view-mode-full"><header class=""><div class="node__meta"><span>By <span
class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Alison Pike</span></span></span><span class="node__meta-date">15 September 2026</span></div></header><div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-09/show-lines.jpg" width="1200"
height="675" alt="Fleeces laid out for judging"></div><div
class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH[0]}</h2><table><thead><tr><th>Award</th><th>Fleece</th><th>Breeder</th></tr></thead><tbody>
${dRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${dH[1]}</h2>${ps(dJudge.slice(0, 1))}<blockquote>${ps(dJudge.slice(1, 2))}</blockquote>${ps(dJudge.slice(2))}
<h2>${dH[2]}</h2>${ps(dAhead)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/7" hreflang="en">Shows</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/11" hreflang="en">Fleece</a></li></ul></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div id="block-upcomingevents" class="block block-views block-views-blockevents-block-1"><h2
class="block__title">Upcoming events</h2>
<div class="block__content"><div class="views-element-container"><div class="item-list"><ul>${links(dEvents, 'views-row')}</ul></div></div></div></div>
<div id="block-membership" class="block block-block-content"><h2 class="block__title">Become a member</h2><div class="block__content"><div
class="text-content clearfix field
field--name-body"><p>Members get reduced show entry fees, the quarterly journal and a listing in the breeders directory.</p><p><a
href="/join">Join today</a></p></div></div></div>
</div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu menu--level-1">${links(dFoot)}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-copyright"
class="block block-block-content"><p>Northern Camelid Society is a registered charity, number 1190427.</p></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script
src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout617-olivero-fleece-show',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dRows.map((r) => r.join(' ')), ...dJudge, ...dAhead]),
  bylines: ['By Alison Pike', '15 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northern Camelid Society', 'Menu', ...dNav, 'News', 'Tags', 'Fleece', 'Upcoming events', ...texts(dEvents),
    'Become a member', 'Members get reduced show entry fees, the quarterly journal and a listing in the breeders directory.', 'Join today', ...texts(dFoot),
    'Northern Camelid Society is a registered charity, number 1190427.', 'Powered by Drupal',
  ],
};

export const HELDOUT617_C: readonly TestPage[] = [drupal];
