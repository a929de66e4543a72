import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file e: a market hall's news article about its bakers and butchers at Christmas on Drupal 10 (Olivero theme),
 * and a bakery's allergen page on a Hugo site (Ananke theme) with an allergen table and a "Related" box.
 */
const dTitle = 'Market hall bakers and butchers open late for Christmas week';
const dBody = [
  j(
    'All six food traders in Ambleford Market Hall will stay open until 8pm from Monday 21 to Wednesday 23 December, the first time',
    'the hall has opened in the evening since the roof was replaced in 2019.',
  ),
  j(
    'The late opening was suggested by Wrenfield Butchers, whose queue on Christmas Eve last year reached the car park by half past',
    'seven in the morning. "People want to collect their turkey after work, not before it," said owner Dafydd Wrenfield.',
    '"If we spread the collections over three evenings, nobody has to stand in the rain."',
  ),
  'What is on',
  j(
    'Hob and Hearth Bakery will sell mince pies and stollen warm from the oven between 5pm and 7pm each evening, and Pellow Brothers',
    'will shuck oysters to order at the fish counter. The Market Hall Trust is paying for extra lighting and two stewards.',
  ),
  j('Parking in the Corn Street car park is free after 6pm. The number 12 bus runs until 9pm and stops outside the hall.'),
  'Collecting pre-ordered food',
  j(
    'Customers who have ordered from any trader for collection can now choose an evening slot. Traders will contact customers',
    'who have already booked a morning slot on Christmas Eve to offer them the change.',
  ),
];
const dNav = ['Home', 'Traders', 'Opening times', 'News', 'Events', 'Contact'];
const dTags = ['Christmas', 'Traders', 'Opening times'];
const dFoot = ['Accessibility', 'Privacy policy', 'Trader enquiries'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://amblefordmarkethall.org.uk/news/late-opening-christmas">
<title>${dTitle} | Ambleford Market Hall</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Jz2YF8.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/41","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Ambleford Market Hall</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-type-search form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by
keyword or phrase."
type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search"></div>
<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit"
type="submit" id="edit-submit" value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a>
</li>
</ol></div></nav></div></div></div><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string
field--label-hidden">${dTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="41" class="node node--type-article node--promoted
node--view-mode-full"><header class="node__header"><div class="node__meta"><span class="node__author"><span class="field field--name-uid
field--type-entity-reference
field--label-hidden"><span>Alys Penrose</span></span></span><span class="node__date"><span class="field field--name-created field--type-created
field--label-hidden">
<time datetime="2026-12-01T09:00:00Z" title="Tuesday, December 1, 2026 - 09:00" class="datetime">Tue, 12/01/2026 - 09:00</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-12/market-hall-evening.jpg" width="1200" height="700" alt="The market hall lit up at dusk"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}
<h2>${dBody[2]}</h2>${ps(dBody.slice(3, 5))}
<h2>${dBody[5]}</h2>${ps([dBody[6] ?? ''])}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Wd2rc1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout686-drupal-olivero-market-hall',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[5] ?? ''],
  body: dBody.filter((_, i) => i !== 2 && i !== 5),
  bylines: ['Alys Penrose', 'Tue, 12/01/2026 - 09:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Home', 'Opening times', 'News', 'Events', 'Tags', 'RSS feed', ...dFoot,
    'Powered by Drupal',
  ],
};

const hTitle = 'Allergens and ingredients';
const hDek = 'What goes into our bread, and how we keep the bakery safe for people with allergies.';
const hBody = [
  j(
    'Everything we sell is made in one small bakehouse behind the shop. We bake with wheat, rye, spelt, milk, butter, eggs, sesame',
    'and nuts every week, so although we clean down between batches we cannot promise that any loaf is free from traces of them.',
  ),
  'The table below lists the allergens that are ingredients of each of our regular breads.',
  'Our everyday breads',
  'Pastries and cakes',
  j(
    'Our croissants, pains au chocolat and buns contain wheat, milk, butter and eggs. The almond croissant and the frangipane',
    'tarts contain almonds. Seasonal cakes change every week; ask at the counter and we will show you the recipe card.',
  ),
  'Gluten-free',
  j(
    'We do not make gluten-free bread. Flour gets everywhere in a bakery, and we would rather send you to someone who can do it',
    'properly than sell you a loaf we are not sure of.',
  ),
];
const hRows = [
  ['White tin', 'wheat'],
  ['Wren sourdough', 'wheat, rye'],
  ['Seeded spelt', 'spelt (wheat), sesame'],
  ['Milk loaf', 'wheat, milk'],
  ['Walnut and raisin', 'wheat, walnuts'],
];
const hNav = ['About', 'Breads', 'Visit', 'Allergens'];
const hRel = ['Our opening hours', 'How we make our sourdough'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Little Wren Bakery</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="${hDek}"><meta name="generator" content="Hugo 0.125.4">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical"
href="https://littlewrenbakery.co.uk/allergens/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="">
<meta itemprop="name" content="${hTitle}"><meta itemprop="datePublished" content="2026-09-01T10:00:00+01:00"></head>
<body class="ma0 avenir bg-near-white"><header class="cover bg-top" style="background-image: url('https://littlewrenbakery.co.uk/images/flour-bench.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Little Wren Bakery</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://www.instagram.com/littlewrenbakery" target="_blank" rel="noopener" class="ananke-social-link link-transition
instagram
link-instagram no-underline" aria-label="follow on Instagram——Opens in a new window"><span class="icon"><svg style="enable-background:new 0 0 67 67;"
version="1.1" viewBox="0 0 67 67"></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div><div class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy
mt3 mb4">
${hDek}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside class="instapaper_ignore
left-0 w-100 ph0-l">
<div class="ananke-socials"></div></aside><h1 class="f1 athelas mt3 mb1">${hTitle}</h1>
<time class="f6 mv4 dib tracked" datetime="2026-09-01T10:00:00+01:00">September 1, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(hBody.slice(0, 2))}
<h2 id="our-everyday-breads">${hBody[2]}</h2>
<table><thead><tr><th>Bread</th><th>Contains</th></tr></thead><tbody>
${rows(hRows)}
</tbody></table>
<h2 id="pastries-and-cakes">${hBody[3]}</h2>
${ps([hBody[4] ?? ''])}
<h2 id="gluten-free">${hBody[5]}</h2>
${ps([hBody[6] ?? ''])}
</div><aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${hRel.map((t) => `<li class="mb2"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}</ul></div></aside>
</article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns
pv2 ph3"
href="https://littlewrenbakery.co.uk/">&copy; Little Wren Bakery 2026</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout686-hugo-ananke-allergens',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hBody[2] ?? '', hBody[3] ?? '', hBody[5] ?? ''],
  body: texts([hDek, ...hBody.slice(0, 2), ...rowTexts(hRows), hBody[4] ?? '', hBody[6] ?? '']),
  bylines: ['September 1, 2026'],
  furniture: ['Little Wren Bakery', 'About', 'Visit', 'Related', ...hRel, '© Little Wren Bakery 2026'],
};

export const HELDOUT686_E: readonly TestPage[] = [drupal, hugo];
