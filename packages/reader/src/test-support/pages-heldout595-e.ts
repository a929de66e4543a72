import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout595-kit.js';

/**
 * Held-out batch 595, file e: a navigation authority's page on passing a lock flight, on Drupal 10 (Olivero theme) with a
 * section menu in the sidebar, and a six-berth boat's page on a Webflow hire site with a spec grid and a booking strip.
 */
const oTitle = 'Using the Corley flight';
const oBody = [
  j(
    'The Corley flight is sixteen narrow locks that lift the Tarrow Canal 140 feet in just under two miles. Locks 12 to 15 have',
    'side ponds, which save water but need working in the right order. Most boats take four to five hours to pass the flight.',
  ),
  'Opening times',
  j(
    'From 1 April to 31 October the flight is open from 8 am, with the last entry at the bottom lock at 3 pm and at the top',
    'lock at 2 pm. In winter it is open on Saturdays and Sundays only, from 9 am with the last entry at 1 pm.',
  ),
  j('Volunteer lock keepers are on duty at weekends and on Tuesdays and Thursdays in the summer holidays.'),
  'Before you enter',
  'Fill up with water at Corley Bottom or at the top of the flight: there is no water point in between.',
  'Check that your boat is no more than 72 ft long and 6 ft 10 in wide.',
  'Tell a volunteer or ring the flight office if you are travelling with another boat, so that you can share locks.',
  'Side ponds',
  j(
    'On locks 12 to 15, always open the side pond paddle first when emptying a lock, and close it before you draw the ground',
    'paddles. When filling, draw from the side pond first. A notice at each lock shows the order, and the paddle gear is painted',
    'white for the side pond and black for the lock.',
  ),
  j('<strong>Never</strong> leave a side pond paddle open: the pond will drain into the lock below and can leave the next boat', 'stuck on the cill.'),
];
const oSide = ['Planning your trip', 'Stoppages', 'Using the Corley flight', 'Tunnels', 'Moorings', 'Boat licences'];
const oNav = ['Home', 'Boating', 'Visiting', 'Volunteering', 'Support us'];
const oCrumbs = ['Home', 'Boating', 'Planning your trip'];
const oFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie policy'];
const oMenu = (items: readonly string[], cls: string): string =>
  items
    .map(
      (n) =>
        `<li class="${cls}__menu-item${n === oTitle ? ' menu__item--active-trail' : ''}">
<a href="/boating/${n.toLowerCase().replace(/ /g, '-')}" class="${cls}__menu-link"${n === oTitle ? ' aria-current="page"' : ''}>
<span class="${cls}__menu-link-inner">${n}</span></a></li>`,
    )
    .join('\n');
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.tarrowwaterways.example/boating/using-corley-flight"><title>${oTitle} | Tarrow Waterways Trust</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jx8kA1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name">
<a href="/" title="Home" rel="home">Tarrow Waterways Trust</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" value="" size="15"
maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${oMenu(oNav, 'primary-nav')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">
${oCrumbs.map((c) => `<li class="breadcrumb__item"><a href="/${c.toLowerCase().replace(/ /g, '-')}" class="breadcrumb__link">${c}</a></li>`).join('\n')}</ol>
</nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="214" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${oBody[0]}</p>
<h2>${oBody[1]}</h2>${ps(oBody.slice(2, 4))}
<h2>${oBody[4]}</h2><ul>${lis(oBody.slice(5, 8))}</ul>
<h2>${oBody[8]}</h2>${ps(oBody.slice(9, 11))}
<div class="callout"><h3>Flight office</h3><p>Corley Top Lock Cottage, open 8 am to 4 pm in summer. Telephone 01632 960 230.</p></div>
</div><div class="field field--name-field-last-reviewed"><div class="field__label">Page last reviewed</div><div class="field__item">
<time datetime="2026-01-09T12:00:00Z">9 January 2026</time></div></div></div></article></div></div></div></main>
<div class="region region--sidebar">
<nav role="navigation" aria-labelledby="block-boating-menu" id="block-boating" class="block block-menu navigation menu--boating">
<h2 class="block__title" id="block-boating-menu">Boating</h2><ul class="menu">${oMenu(oSide, 'menu')}</ul></nav>
<div id="block-olivero-donate" class="block block-block-content"><h2 class="block__title">Keep the canal open</h2><div class="block__content">
<div class="text-content field field--name-body">
<p>Every £10 buys a metre of new towpath edging.</p><p><a class="button button--primary" href="/donate">Donate</a></p></div></div></div></div></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2>
<ul class="menu">${oMenu(oFoot, 'menu')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-block-content"><div class="text-content">
<p>Tarrow Waterways Trust is a registered charity, number 1187340.</p></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer>
</div></div></div><script src="/sites/default/files/js/js_Olivero.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const flight: TestPage = {
  name: 'heldout595-drupal-lock-flight',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [oBody[1] ?? '', oBody[4] ?? '', oBody[8] ?? '', 'Flight office'],
  body: [...texts(oBody.filter((_, i) => ![1, 4, 8].includes(i))), 'Corley Top Lock Cottage, open 8 am to 4 pm in summer. Telephone 01632 960 230.'],
  bylines: ['Page last reviewed', '9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tarrow Waterways Trust', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Planning your trip',
    ...oSide.filter((s) => s !== oTitle && s !== 'Planning your trip'), 'Keep the canal open', 'Every £10 buys a metre of new towpath edging.',
    'Donate', 'Footer', ...oFoot, 'Tarrow Waterways Trust is a registered charity, number 1187340.', 'Powered by Drupal',
  ],
};

const bTitle = 'Otter Moon';
const bDek = 'Six berths, two bathrooms and a wide-beam saloon: our roomiest boat for families and groups.';
const bSpec: readonly (readonly [string, string])[] = [
  ['Length', '60 ft'],
  ['Beam', '10 ft 6 in'],
  ['Berths', '6'],
  ['Bathrooms', '2'],
  ['Pets', 'Well-behaved dogs welcome'],
];
const bBody = [
  j(
    'Otter Moon is a wide-beam boat, so she has nearly half as much room again as a narrowboat of the same length. The saloon',
    'has a six-seat dining table and a sofa bed, and the two cabins at the bow each have their own shower room.',
  ),
  j(
    'Because of her beam she can only cruise the broad waters of the River Ell and the Hallam Navigation, where the locks are',
    'large and mostly worked by keepers. That makes her a good choice for a first holiday with young children.',
  ),
  'Layout',
  'Bow cabin with a fixed double bed and shower room',
  'Second cabin with two singles and shower room',
  'Saloon with dining table, sofa bed and stove',
  'Galley with full-size oven, fridge-freezer and dishwasher',
  'Cruising from Ashwell',
  j(
    'From our Ashwell base you can reach Hallam Basin in two days with only nine locks, or cruise downstream to the Ell',
    'marshes and the village of Grindle. A short break is enough for either.',
  ),
];
const bNav = ['Boats', 'Routes', 'Prices', 'FAQ'];
const bFoot = ['Instagram', 'Facebook', 'Terms', 'Privacy'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Jan 13 2026 10:22:41 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.ellwaterholidays.example" data-wf-page="65b0c2e1f7a9d2" data-wf-site="65b0c2e1f7a9c1" data-wf-collection="65b0c2e1f7a9e4"
data-wf-item-slug="otter-moon" lang="en">
<head><meta charset="utf-8"><title>${bTitle} | Ellwater Holidays</title><meta content="${bDek}" name="description">
<meta content="${bTitle} | Ellwater Holidays" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b0c2e1f7a9c1/css/ellwater.webflow.0c1f5e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${bTitle}","brand":"Ellwater Holidays"}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65b0c2e1f7a9c1/logo.svg" loading="lazy" alt="Ellwater Holidays" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${bNav
  .map(
    (n) => `<a href="/${n.toLowerCase()}"
class="nav-link w-nav-link">${n}</a>`,
  )
  .join('')}<a href="/book" class="nav-button w-button">Book now</a></nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0" aria-controls="w-nav-overlay-0" aria-haspopup="menu" aria-expanded="false">
<div class="w-icon-nav-menu"></div></div></div>
<div class="w-nav-overlay" data-wf-ignore="" id="w-nav-overlay-0"></div></div>
<section class="boat-hero"><div class="hero-grid w-layout-grid"><div class="hero-text"><a href="/boats" class="back-link">← All boats</a>
<div class="boat-tag">Wide-beam · Sleeps 6</div><h1 class="boat-title">${bTitle}</h1><p class="boat-lede">${bDek}</p>
<div class="price-block"><div class="price-label">From</div><div class="price">£1,480</div><div class="price-note">per week, low season</div></div></div>
<div class="hero-image-wrap">
<img src="https://assets-global.website-files.com/65b0c2e1f7a9c1/otter-moon.jpg" loading="lazy" sizes="(max-width: 991px) 90vw, 45vw"
alt="Otter Moon moored below Ashwell Lock" class="hero-image"></div></div></section>
<section class="boat-specs"><div class="w-container"><div class="spec-grid w-layout-grid">
${bSpec.map(([l, v]) => `<div class="spec-item"><div class="spec-label">${l}</div><div class="spec-value">${v}</div></div>`).join('\n')}</div></div></section>
<section class="boat-body"><div class="w-container"><div class="boat-rich-text w-richtext">
${ps(bBody.slice(0, 2))}
<h2>${bBody[2]}</h2><ul role="list">${lis(bBody.slice(3, 7))}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65b0c2e1f7a9c1/otter-moon-saloon.jpg" loading="lazy" alt=""></div>
<figcaption>The saloon, looking towards the galley.</figcaption></figure>
<h2>${bBody[7]}</h2><p>${bBody[8]}</p></div>
<div class="w-dyn-list"><div role="list" class="gallery-list w-dyn-items"><div role="listitem" class="w-dyn-item">
<a href="#" class="lightbox-link w-inline-block w-lightbox" aria-label="open lightbox" aria-haspopup="dialog">
<img src="https://assets-global.website-files.com/65b0c2e1f7a9c1/otter-moon-cabin.jpg" loading="lazy" alt="" class="gallery-image"></a></div></div></div></div>
</section>
<section class="book-strip"><div class="w-container"><h2 class="book-heading">Ready to book ${bTitle}?</h2>
<p class="book-text">Check dates and prices, or call us on 01632 960 552.</p>
<a href="/book?boat=otter-moon" class="button w-button">Check availability</a></div></section>
<section class="other-boats"><div class="w-container"><h3>Other boats you might like</h3><div class="w-dyn-list">
<div role="list" class="boat-cards w-dyn-items">
${['Water Vole', 'Ell Maid']
  .map(
    (n) => `<div role="listitem" class="w-dyn-item">
<a href="/boats/${n.toLowerCase().replace(/ /g, '-')}" class="boat-card w-inline-block"><div class="boat-card-name">${n}</div>
<div class="boat-card-meta">Sleeps 4</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-brand">Ellwater Holidays</div>
<p class="footer-address">Lock Cottage, Ashwell</p></div>
<div class="footer-links">${bFoot.map((f) => `<a href="/${f.toLowerCase()}" class="footer-link">${f}</a>`).join('')}</div></div>
<div class="footer-copy">© 2026 Ellwater Holidays Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b0c2e1f7a9c1" type="text/javascript" crossorigin="anonymous">
</script>
<script src="https://assets-global.website-files.com/65b0c2e1f7a9c1/js/webflow.4b8f2e.js" type="text/javascript"></script></body></html>`;
const otter: TestPage = {
  name: 'heldout595-webflow-widebeam',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [bBody[2] ?? '', bBody[7] ?? ''],
  body: [bDek, ...bSpec.map(([l, v]) => `${l} ${v}`), ...bBody.filter((_, i) => i !== 2 && i !== 7)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Book now', '← All boats', 'Wide-beam · Sleeps 6', '£1,480', 'per week, low season', 'The saloon, looking towards the galley.',
    `Ready to book ${bTitle}?`, 'Check dates and prices, or call us on 01632 960 552.', 'Check availability', 'Other boats you might like',
    'Water Vole', 'Ell Maid', 'Sleeps 4', 'Ellwater Holidays', 'Lock Cottage, Ashwell', ...bFoot, '© 2026 Ellwater Holidays Ltd',
  ],
};

export const HELDOUT595_E: readonly TestPage[] = [flight, otter];
