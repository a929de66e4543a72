import { links, type TestPage } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout471-kit.js';

/**
 * Held-out batch 471, file b: a plumbing and heating firm's service-area page on Squarespace 7.1 (fluid engine, cookie banner,
 * map image with caption), and an electrical contractors' association find-a-member listing on Drupal 10 (Olivero, a view
 * with exposed filters and a pager).
 */
const sTitle = 'Plumbers in Millbrook and the Cray Valley';
const sIntro = [
  j(
    'We are a team of nine plumbers and heating engineers working out of our yard on Station Approach, Millbrook.',
    'Keeping to a tight patch means we spend our days fixing things rather than sitting in traffic, and we can usually reach',
    'you within the hour for a leak or a boiler breakdown.',
  ),
  'If your postcode is not listed below, ring the office anyway. We often cover jobs a few miles further out for existing customers.',
];
const sH = ['Towns and villages we cover', 'Response times', 'Landlords and letting agents'];
const sAreas = [
  'Millbrook, Millbrook Common and Holt End (BR7)',
  'Ashcombe and Ashcombe Vale (BR8)',
  'Hartwell Green, Foxley and Stoke Fennel (DA14)',
  'Crayford Mead and Lower Cray (DA5)',
  'Wennington St Mary and the villages south of the A20 (TN15)',
];
const sResp = [
  j(
    'For a burst pipe, a leak through a ceiling or a boiler breakdown in winter, we aim to be with you within 60 minutes anywhere',
    'in BR7 and BR8, and within 90 minutes in the rest of our area. Planned work, such as a bathroom or a new boiler, is booked',
    'for a day that suits you, usually within two weeks of your quote.',
  ),
];
const sLand = [
  j(
    'We look after around 300 rented homes across the valley for local agents and private landlords, including annual gas safety',
    'certificates, boiler servicing and out-of-hours repairs. Tenants can call us directly and we bill the landlord.',
  ),
];
const sNav = ['Services', 'Boilers', 'Areas', 'About', 'Contact'];
const sFootNav = ['Privacy notice', 'Terms of business', 'Complaints'];
const sBlock = (id: string, html: string): string => `<div class="fe-block fe-block-yui_3_17_2_1_${id}">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${html}</div></div></div></div>`;
const sPs = (items: readonly string[]): string => items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n');
const sSection = (id: string, inner: string, theme = 'white'): string => `<section data-test="page-section" data-section-theme="${theme}"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle ${theme}" data-section-id="6641c2${id}"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6641c2${id}">${inner}</div></div></div></div>
</section>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Areas We Cover &mdash; Cray Valley Plumbing &amp; Heating</title>
<meta name="description" content="Plumbers and heating engineers covering Millbrook, Ashcombe, Hartwell Green and the Cray Valley.">
<link rel="canonical" href="https://www.crayvalleyplumbing.co.uk/areas"><meta property="og:site_name" content="Cray Valley Plumbing &amp; Heating">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a9e2c7b04d1a2b3c4d5e",
"siteTitle":"Cray Valley Plumbing & Heating"},"collectionId":"6641c2a0f3e91b4d7c8a1e22","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.crayvalleyplumbing.co.uk","name":"Cray Valley Plumbing & Heating","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a9e2c7b04d1a2b3c4d5e/41/5c5a519771b3c49a8f3e1d2b/site.css" rel="stylesheet"></head>
<body id="collection-6641c2a0f3e91b4d7c8a1e22" class="primary-button-style-solid primary-button-shape-pill header-width-full
tweak-fixed-header-style-basic tweak-global-animations-enabled tweak-blog-alternating-side-by-side-width-full collection-type-page
collection-layout-default collection-6641c2a0f3e91b4d7c8a1e22 view-list mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="solid" style="border-width:0px;"></div>
<div class="header-inner container--fluid header-layout-nav-right" data-test="header-inner"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Cray Valley Plumbing &amp; Heating</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Areas' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element"${t === 'Areas' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Plumber</a>
</div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6641c2a0f3e91b4d7c8a1e23">
${sSection(
  'b1',
  `${sBlock('1715600001', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sPs(sIntro)}`)}
<div class="fe-block fe-block-yui_3_17_2_1_1715600002"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-stretch="false" alt="Map of the Cray Valley service area"
src="https://images.squarespace-cdn.com/content/v1/63f1a9e2c7b04d1a2b3c4d5e/area-map.png?format=750w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Our service area.
The yard is marked in blue.</p></div></figcaption></figure></div></div></div>`,
)}
${sSection(
  'b2',
  `${sBlock(
    '1715600003',
    `<h2 style="white-space:pre-wrap;">${at(sH, 0)}</h2>
<ul data-rte-list="default">${lis(sAreas.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>`,
  )}
${sBlock('1715600004', `<h2 style="white-space:pre-wrap;">${at(sH, 1)}</h2>${sPs(sResp)}`)}
${sBlock('1715600005', `<h2 style="white-space:pre-wrap;">${at(sH, 2)}</h2>${sPs(sLand)}`)}`,
  'light',
)}
${sSection(
  'b3',
  `${sBlock('1715600006', '<h3 style="white-space:pre-wrap;">Gas Safe registered, number 614022</h3>')}
<div class="fe-block fe-block-yui_3_17_2_1_1715600007"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"><a href="tel:01632960188"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Call 01632 960188</a></div></div></div></div>`,
  'dark',
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${sSection(
  'f1',
  `${sBlock(
    '1715600010',
    `<p class="" style="white-space:pre-wrap;"><strong>Cray Valley Plumbing &amp; Heating Ltd</strong></p>
<p class="" style="white-space:pre-wrap;">Unit 4, Station Approach, Millbrook BR7 5QT</p>`,
  )}
${sBlock(
  '1715600011',
  `<p class="" style="white-space:pre-wrap;">Office: Mon to Fri, 8am to 5.30pm</p>
<p class="" style="white-space:pre-wrap;">Emergencies: 7 days, 7am to 10pm</p>`,
)}
${sBlock('1715600012', `<ul data-rte-list="default">${links(sFootNav)}</ul>`)}
${sBlock('1715600013', '<p class="" style="white-space:pre-wrap;">Registered in England and Wales, company no. 09876543</p>')}`,
)}</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how visitors use this site.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771b3c49a8f3e1d2b/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout471-squarespace-service-area',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: [...sIntro, ...sAreas, ...sResp, ...sLand],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Cray Valley Plumbing & Heating', ...sNav, 'Book a Plumber', 'Our service area. The yard is marked in blue.',
    'Gas Safe registered, number 614022', 'Call 01632 960188', 'Cray Valley Plumbing & Heating Ltd', 'Unit 4, Station Approach, Millbrook BR7 5QT',
    'Office: Mon to Fri, 8am to 5.30pm', 'Emergencies: 7 days, 7am to 10pm', ...sFootNav, 'Registered in England and Wales, company no. 09876543',
    'We use cookies to understand how visitors use this site.', 'Accept', 'Decline',
  ],
};

const dTitle = 'Find a Member';
const dIntro = j(
  'Every contractor listed here is a current member of the Association, is assessed on site every year and carries the',
  'Association’s workmanship guarantee. Search by town or postcode, or filter by the type of work you need.',
);
const dMembers: readonly (readonly [string, string, string, string])[] = [
  ['Ashby Fold Electrical Ltd', 'Ashby Fold, NC4', 'Domestic installation, rewires, EV charger installation', 'Member since 2004'],
  ['Kellet & Daughters', 'Brindle Cross, NC7', 'Domestic installation, inspection and testing', 'Member since 2011'],
  ['Northgate Power Services', 'Hawley Moor, NC2', 'Commercial and industrial, emergency lighting, fire alarms', 'Member since 1998'],
  ['R. Obuya Electrical', 'Tarnside, NC9', 'Domestic installation, solar PV and battery storage', 'Member since 2019'],
  ['Sowerby Lane Electrics', 'Sowerby Bridge End, NC5', 'Rewires, consumer unit upgrades, inspection and testing', 'Member since 2015'],
  ['Wharfedge Contracting', 'Ellerby, NC3', 'Commercial and industrial, data cabling, EV charger installation', 'Member since 2008'],
];
const dNav = ['About the Association', 'For Members', 'Training', 'Technical Helpline', 'News', 'Join'];
const dCrumbs = ['Home', 'For Householders'];
const dSide = ['How we assess members', 'Our workmanship guarantee', 'Make a complaint about a member'];
const dFoot = ['Accessibility', 'Privacy policy', 'Cookie settings', 'Contact the Association'];
const dOlivMenu = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
    )
    .join('\n');
const dRow = ([name, town, work, since]: readonly [string, string, string, string], i: number): string => `<div class="views-row">
<article role="article" class="node node--type-member node--view-mode-teaser" data-history-node-id="${3100 + i}">
<h2 class="node__title"><a href="/member/${3100 + i}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">
${esc(name)}</span></a></h2><div class="node__content">
<div class="field field--name-field-town field--type-string field--label-hidden field__item">${town}</div>
<div class="field field--name-field-work-types field--type-entity-reference field--label-hidden field__item">${work}</div>
<div class="field field--name-field-member-since field--type-string field--label-hidden field__item">${since}</div>
<div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="/member/${3100 + i}" rel="tag"
hreflang="en">View profile<span class="visually-hidden"> of ${esc(name)}</span></a></li></ul></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.nceca.org.uk/find-a-member">
<title>Find a Member | Northern Counties Electrical Contractors' Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q2Lw8aY4Jx0nH1r6bK3mV7tZpD9eF5sG.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"find-a-member",
"currentLanguage":"en"},"views":{"ajax_path":"\\/views\\/ajax"}}</script></head>
<body class="path-find-a-member"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable"><div class="site-header__initial"></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container"><div class="region region--header grid-full layout--pass--content-medium">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/nceca-logo.svg" alt="Home" fetchpriority="high"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home" title="Home">NCECA</a></div></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><div class="region region--primary-menu"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" class="form-search form-element form-element--type-search">
</div></form></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">${dOlivMenu(dNav)}</ul></nav>
</div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title">${dTitle}</h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium"
id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<div class="views-element-container"><div class="view view-member-directory view-id-member_directory view-display-id-page_1
js-view-dom-id-4c1f9e2d7a8b"><div class="view-header"><p>${dIntro}</p></div>
<div class="view-filters"><form class="views-exposed-form" data-drupal-selector="views-exposed-form-member-directory-page-1"
action="/find-a-member" method="get" id="views-exposed-form-member-directory-page-1" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-item-location"><label for="edit-location" class="form-item__label">Town or postcode</label>
<input type="text" id="edit-location" name="location" value="" size="30" maxlength="128" class="form-text form-element form-element--type-text"></div>
<div class="js-form-item form-item js-form-type-select form-item-work-type"><label for="edit-work-type" class="form-item__label">Type of work</label>
<div class="form-item__dropdown"><select id="edit-work-type" name="work_type" class="form-select form-element form-element--type-select">
<option value="All" selected="selected">- Any -</option><option value="12">Domestic installation</option><option value="14">EV charger installation</option>
<option value="15">Commercial and industrial</option></select></div></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<input type="submit" id="edit-submit-member-directory"
value="Search" class="button js-form-submit form-submit"></div></form></div>
<div class="view-content">${dMembers.map(dRow).join('\n')}</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items"><li class="pager__item pager__item--active"><a href="?page=0" title="Current page" aria-current="page">
<span class="visually-hidden">Current page</span>1</a></li><li class="pager__item"><a href="?page=1" title="Go to page 2">2</a></li>
<li class="pager__item"><a href="?page=2" title="Go to page 3">3</a></li><li class="pager__item pager__item--control pager__item--next">
<a href="?page=1" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">›</span></a></li></ul></nav>
<div class="view-footer"><p>Showing 1 to 6 of 17 members</p></div></div></div></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-forhouseholders" class="block block-menu navigation menu--householders">
<h2 class="block__title">Before you hire</h2><ul class="menu">${links(dSide)}</ul></div>
<div id="block-memberlogin" class="block block-block-content"><h2 class="block__title">Are you a member?</h2><div class="block__content">
<p>Log in to update your listing and download your membership logo.</p><p><a href="/user/login" class="button">Member log in</a></p></div></div>
</aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div id="block-footeraddress"
class="block block-block-content"><div class="block__content"><p>Northern Counties Electrical Contractors' Association, 21 Tanners Row, Hawley Moor NC2 8DL</p>
<p>Registered charity no. 1043377</p></div></div></div><div class="region region--footer-bottom grid-full"><nav role="navigation"
class="block block-menu navigation menu--footer"><ul class="menu">${links(dFoot)}</ul></nav></div></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.6"></script>
</body></html>`;
const drupal: TestPage = {
  name: 'heldout471-drupal-find-a-member',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dMembers.map(([name]) => name),
  body: [dIntro, ...dMembers.flatMap(([, town, work, since]) => [town, work, since])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'NCECA', 'Main Menu', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs,
    'View profile', 'Pagination', 'Current page', '1', '2', '3', 'Next page', 'Showing 1 to 6 of 17 members', 'Before you hire',
    ...dSide, 'Are you a member?', 'Log in to update your listing and download your membership logo.', 'Member log in',
    "Northern Counties Electrical Contractors' Association, 21 Tanners Row, Hawley Moor NC2 8DL", 'Registered charity no. 1043377', ...dFoot,
  ],
};

export const HELDOUT471_B: readonly TestPage[] = [squarespace, drupal];
