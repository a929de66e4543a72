import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis, rowTexts, trs } from './pages-heldout534-kit.js';

/**
 * Held-out batch 534, file a: a ferry operator's timetable and fares page on WordPress (Hello Elementor theme, Elementor Pro
 * theme builder, Complianz banner) with the winter timetable in a hidden tab, and a council ferry disruption notice on
 * LocalGov Drupal with its site-wide alert banner.
 */
const kTitle = 'Torsay – Port Ellan: timetable and fares';
const kIntro = [
  j(
    'Our MV <em>Sula Bhan</em> runs up to six return sailings a day between Torsay and Port Ellan. The crossing takes 35 minutes.',
    'Vehicle spaces are limited, so we strongly recommend booking if you are taking a car or campervan.',
  ),
  'Foot passengers and cyclists do not need to book. Please arrive at the slipway at least 10 minutes before departure.',
];
const kSummer = [
  ['Monday to Saturday', '07:40', '08:30'],
  ['Monday to Saturday', '10:15', '11:05'],
  ['Monday to Saturday', '13:00', '13:50'],
  ['Monday to Saturday', '15:45', '16:35'],
  ['Monday to Saturday', '18:20', '19:05'],
  ['Sunday', '10:15', '11:05'],
  ['Sunday', '15:45', '16:35'],
];
const kWinter = [
  ['Monday to Saturday', '08:10', '09:00'],
  ['Monday to Saturday', '14:30', '15:20'],
];
const kNote = j(
  'The 18:20 sailing from Torsay does not run on public holidays. Timetables may change at short notice because of weather or tides;',
  'check our service status page on the day you travel.',
);
const kFares = [
  ['Adult', '£6.40', '£11.20'],
  ['Child (5–15)', '£3.20', '£5.60'],
  ['Car (up to 5 m), driver included', '£28.50', '£49.00'],
  ['Campervan (up to 7 m)', '£44.00', '£78.00'],
  ['Bicycle', 'Free', 'Free'],
];
const kFaresNote = 'Island residents with a Torsay Islander Card travel at half the adult fare. Under-fives travel free.';
const kBook = [
  'Book online up to 60 days before you travel.',
  'Phone bookings: 01799 420 311, 8am to 5pm, Monday to Friday.',
  'Tickets for foot passengers can also be bought on board, by card only.',
];
const kBookAfter = 'If you miss your booked sailing, we will move you to the next one with space at no charge.';
const kNav = ['Home', 'Timetables', 'Service Status', 'Book Online', 'Island Guide', 'Contact'];
const kFoot = ['Kilbrannan Isles Ferries Ltd', 'Pier Office, Port Ellan PA39 4TQ', 'Privacy Policy', 'Conditions of Carriage', 'Accessibility'];
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Torsay – Port Ellan: timetable and fares – Kilbrannan Isles Ferries</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://kilbrannanferries.co.uk/timetables/torsay-port-ellan/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${kTitle}",
"isPartOf":{"@id":"https://kilbrannanferries.co.uk/#website"},"datePublished":"2025-03-02T09:12:44+00:00","dateModified":"2026-10-21T15:03:10+00:00"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1729520590" media="all">
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none !important}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 page-child wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5c1e0a7 e-flex e-con-boxed e-con e-parent" data-id="5c1e0a7" data-element_type="container">
<div class="e-con-inner"><div class="elementor-element elementor-element-2b7f0d1 elementor-widget elementor-widget-text-editor" data-id="2b7f0d1"
data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p><strong>Service update:</strong> all sailings are running to timetable today. <a href="/service-status/">Check service status</a></p></div></div></div></div>
<div class="elementor-element elementor-element-7aa31c2 e-flex e-con-boxed e-con e-parent" data-id="7aa31c2" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-1d4c9e3 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="1d4c9e3"
data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://kilbrannanferries.co.uk">
<img width="220" height="64" src="/wp-content/uploads/2024/11/kif-logo.svg" class="attachment-full size-full" alt="Kilbrannan Isles Ferries"></a></div></div>
<div class="elementor-element elementor-element-0e9a4f1 elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="0e9a4f1"
data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-0e9a4f1" class="elementor-nav-menu">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-0e9a4f1" class="elementor-nav-menu">
${links(kNav, 'menu-item')}</ul></nav></div></div></div></div></header>
<main id="content" class="site-main post-412 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-3f2a1c8 e-flex e-con-boxed e-con e-parent" data-id="3f2a1c8" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-a61f0b2 elementor-widget elementor-widget-heading" data-id="a61f0b2" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1></div></div>
<div class="elementor-element elementor-element-c03e5d4 elementor-widget elementor-widget-text-editor" data-id="c03e5d4" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container">${ps(kIntro)}</div></div>
<div class="elementor-element elementor-element-9d21e7f elementor-widget elementor-widget-heading" data-id="9d21e7f" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Timetable</h2></div></div>
<div class="elementor-element elementor-element-44b0e19 elementor-tabs-view-horizontal elementor-widget elementor-widget-tabs" data-id="44b0e19"
data-element_type="widget" data-widget_type="tabs.default"><div class="elementor-widget-container"><div class="elementor-tabs">
<div class="elementor-tabs-wrapper" role="tablist"><div id="elementor-tab-title-1441" class="elementor-tab-title elementor-tab-desktop-title elementor-active"
aria-selected="true" data-tab="1" role="tab" tabindex="0" aria-controls="elementor-tab-content-1441">Summer (April – October)</div>
<div id="elementor-tab-title-1442" class="elementor-tab-title elementor-tab-desktop-title" aria-selected="false" data-tab="2" role="tab" tabindex="-1"
aria-controls="elementor-tab-content-1442">Winter (November – March)</div></div>
<div class="elementor-tabs-content-wrapper" role="tablist" aria-orientation="vertical">
<div class="elementor-tab-title elementor-tab-mobile-title elementor-active" aria-selected="true" data-tab="1" role="tab">Summer (April – October)</div>
<div id="elementor-tab-content-1441" class="elementor-tab-content elementor-clearfix elementor-active" data-tab="1" role="tabpanel"
aria-labelledby="elementor-tab-title-1441" tabindex="0"><table class="timetable"><thead><tr><th>Days</th><th>Depart Torsay</th><th>Depart Port Ellan</th></tr>
</thead><tbody>${trs(kSummer)}</tbody></table></div>
<div class="elementor-tab-title elementor-tab-mobile-title" aria-selected="false" data-tab="2" role="tab">Winter (November – March)</div>
<div id="elementor-tab-content-1442" class="elementor-tab-content elementor-clearfix" data-tab="2" role="tabpanel" aria-labelledby="elementor-tab-title-1442"
tabindex="0" hidden="hidden"><table class="timetable"><thead><tr><th>Days</th><th>Depart Torsay</th><th>Depart Port Ellan</th></tr></thead>
<tbody>${trs(kWinter)}</tbody></table></div></div></div></div></div>
<div class="elementor-element elementor-element-5be8a11 elementor-widget elementor-widget-text-editor" data-id="5be8a11" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>${kNote}</p></div></div>
<div class="elementor-element elementor-element-e2c7730 elementor-widget elementor-widget-heading" data-id="e2c7730" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Fares</h2></div></div>
<div class="elementor-element elementor-element-f1d0a3b elementor-widget elementor-widget-text-editor" data-id="f1d0a3b" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><figure class="wp-block-table"><table><thead><tr><th>Ticket</th><th>Single</th>
<th>Return</th></tr></thead><tbody>${trs(kFares)}</tbody></table></figure><p>${kFaresNote}</p></div></div>
<div class="elementor-element elementor-element-8c4f2d6 elementor-widget elementor-widget-heading" data-id="8c4f2d6" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Booking and check-in</h2>
</div></div><div class="elementor-element elementor-element-31ae0c9 elementor-widget elementor-widget-text-editor" data-id="31ae0c9" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><ul>${lis(kBook)}</ul><p>${kBookAfter}</p></div></div>
<div class="elementor-element elementor-element-0b9e6d2 elementor-align-center elementor-widget elementor-widget-button" data-id="0b9e6d2"
data-element_type="widget" data-widget_type="button.default"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="https://book.kilbrannanferries.co.uk/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book your crossing</span></span></a></div></div></div></div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6d0f3e2 e-flex e-con-boxed e-con e-parent" data-id="6d0f3e2" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-b7a2c51 elementor-widget elementor-widget-icon-list" data-id="b7a2c51" data-element_type="widget"
data-widget_type="icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${kFoot.map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span></li>`).join('\n')}</ul></div></div>
<div class="elementor-element elementor-element-0f55e8a elementor-widget elementor-widget-text-editor" data-id="0f55e8a" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>© 2026 Kilbrannan Isles Ferries. All rights reserved.</p></div></div>
</div></div></footer>
<div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.24.3" id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412,"title":"${kTitle}"}};</script>
</body></html>`;
const kilbrannan: TestPage = {
  name: 'heldout534-elementor-ferry-timetable',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Timetable', 'Fares', 'Booking and check-in'],
  body: [...texts(kIntro), ...rowTexts(kSummer), kNote, ...rowTexts(kFares), kFaresNote, ...kBook, kBookAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Service update: all sailings are running to timetable today.', 'Check service status', ...kNav,
    'Summer (April – October)', 'Winter (November – March)', 'Book your crossing', ...kFoot,
    '© 2026 Kilbrannan Isles Ferries. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const dTitle = 'Ardnish ferry suspended until Thursday for ramp repairs';
const dBody = [
  j(
    'The Ardnish to Camuslinn ferry will not run from Monday 1 March until at least Thursday 4 March while engineers repair',
    'the loading ramp at the Camuslinn slipway.',
  ),
  j(
    'A routine inspection on Friday found cracking in two of the ramp hinges. The ramp has been taken out of use as a precaution and',
    'replacement parts are being made in Inverlochy over the weekend.',
  ),
  'Alternative routes',
  j(
    'Drivers should use the A861 via Glen Torran, which adds about 45 minutes to the journey. The road is open at all times but',
    'single track for 11 miles, with passing places.',
  ),
  j(
    'A free minibus will run for foot passengers between Ardnish pier and Camuslinn village hall, leaving Ardnish at 07:30, 12:30',
    'and 17:15 and Camuslinn at 08:15, 13:15 and 18:00. Seats cannot be booked.',
  ),
  'School transport',
  j(
    'Pupils who normally use the ferry to get to Camuslinn Primary will be collected by taxi from Ardnish pier at 08:00. Parents have',
    'been contacted directly by the school.',
  ),
  'When the service will restart',
  j(
    'We expect the ferry to return to its normal timetable on Thursday morning, once the new hinges have been fitted and load-tested.',
    'If the work takes longer we will update this page and our social media channels by 4pm on Wednesday.',
  ),
  j(
    '"We know how much the community relies on this crossing and we are sorry for the disruption. Our engineers are working',
    'through the weekend to get it back as quickly as we safely can," said the council\'s harbours manager.',
  ),
];
const dHeads = [2, 5, 7];
const dNav = ['Roads, travel and parking', 'Ferries', 'Bins and recycling', 'Council tax', 'Schools', 'Planning'];
const dCrumbs = ['Home', 'News'];
const dRel = ['Camuslinn slipway resurfacing to begin in April', 'Winter ferry timetable published'];
const dServ = ['Ferry timetables and fares', 'Report a problem with a ferry', 'Ferry service status'];
const dFoot = ['Contact us', 'Accessibility statement', 'Cookies', 'Privacy', 'Jobs'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${dTitle} | Lorn and Moidart Council</title><link rel="canonical" href="https://www.lornmoidart.gov.uk/news/ardnish-ferry-suspended">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-02-27T16:20:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2027-02-27T16:20:00+0000","dateModified":"2027-02-28T09:05:00+0000",
"publisher":{"@type":"GovernmentOrganization","name":"Lorn and Moidart Council"}}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?sa1f0q">
<link rel="stylesheet" media="all" href="/themes/custom/lornmoidart/css/main.css?sa1f0q">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291"},
"gtag":{"tagId":"G-8XK2L0"}}</script></head>
<body class="path-node page-node-type-localgov-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="js-alert-banner-container"><div class="localgov-alert-banner localgov-alert-banner--minor js-localgov-alert-banner" role="region"
aria-label="Alert banner" data-dismiss-alert-token="2291-3"><div class="localgov-alert-banner__content lgd-container">
<h2 class="localgov-alert-banner__title">Ardnish ferry: no sailings until Thursday</h2>
<div class="localgov-alert-banner__body"><p>Use the A861 via Glen Torran. A free minibus runs for foot passengers.</p></div>
<a href="/news/ardnish-ferry-suspended" class="localgov-alert-banner__link">More information</a>
<button class="localgov-alert-banner__dismiss js-localgov-alert-banner__close">Hide</button></div></div></div>
<div class="lgd-header"><div class="lgd-container"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><span class="visually-hidden">Lorn and Moidart Council home page</span></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form"><label for="edit-s" class="visually-hidden">Search</label>
<input type="text" id="edit-s" name="s" placeholder="Search this site"><button type="submit" class="button">Search</button></form></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main menu"><ul class="lgd-header__nav-list">${links(dNav, 'lgd-header__nav-item')}</ul>
</nav></div></div>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${dTitle}</span></h1>
<div class="lgd-page-title-block__subheader">
<div class="field field--name-localgov-news-date">Published: <time datetime="2027-02-27T16:20:00Z">27 February 2027</time>
</div><div class="lgd-page-title-block__updated">Last updated: 28 February 2027</div></div></div>
<article class="localgov-news-article node node--type-localgov-news-article node--view-mode-full"><div class="node__content">
<div class="field field--name-localgov-news-image"><figure class="media media--type-image">
<img src="/sites/default/files/styles/large/camuslinn-slip.jpg" alt="">
<figcaption>The Camuslinn slipway at low tide. Photo: Lorn and Moidart Council</figcaption></figure></div>
<div class="field field--name-body field--type-text-with-summary">
${ps(dBody.slice(0, 2))}
<h2>${at(dBody, 2)}</h2>${ps(dBody.slice(3, 5))}
<h2>${at(dBody, 5)}</h2>${ps([at(dBody, 6)])}
<h2>${at(dBody, 7)}</h2>${ps(dBody.slice(8))}</div>
<div class="field field--name-localgov-newsroom-category"><span class="field__label">Category</span> <a href="/news/category/transport">Transport</a></div>
</div></article>
<div class="lgd-page-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=2291&amp;r=yes" class="button">Yes</a>
<a href="/feedback?page=2291&amp;r=no" class="button">No</a></div></div>
<aside class="lgd-row__one-third sidebar"><div class="block block-localgov-news-related"><h2>Related news</h2><ul>${links(dRel)}</ul></div>
<div class="block block-localgov-services"><h2>Ferry services</h2><ul>${links(dServ)}</ul></div></aside></div></div></main>
<footer class="lgd-footer"><div class="lgd-container"><nav aria-label="Footer"><ul class="lgd-footer__nav">${links(dFoot)}</ul></nav>
<div class="lgd-footer__lower"><p>Lorn and Moidart Council, Council Offices, Shore Street, Inverlochy PH34 7RA</p><p>© 2027 Lorn and Moidart Council</p></div>
</div></footer></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/modules/contrib/localgov_alert_banner/js/alert_banner.js?v=1.x"></script></body></html>`;
const lornFerry: TestPage = {
  name: 'heldout534-localgov-ferry-disruption',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads.map((i) => at(dBody, i)),
  body: dBody.filter((_, i) => !dHeads.includes(i)),
  bylines: ['Published: 27 February 2027', 'Last updated: 28 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ardnish ferry: no sailings until Thursday', 'Use the A861 via Glen Torran. A free minibus runs for foot passengers.',
    'More information', 'Hide', 'Search', ...dNav, ...dCrumbs, 'The Camuslinn slipway at low tide. Photo: Lorn and Moidart Council', 'Category',
    'Transport', 'Was this page helpful?', 'Yes', 'No', 'Related news', ...dRel, 'Ferry services', ...dServ, ...dFoot,
    'Lorn and Moidart Council, Council Offices, Shore Street, Inverlochy PH34 7RA', '© 2027 Lorn and Moidart Council',
  ],
};

export const HELDOUT534_A: readonly TestPage[] = [kilbrannan, lornFerry].map(gold);
