import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout573-kit.js';

/**
 * Held-out batch 573, file a: a marina's berthing rates page on WordPress (Astra theme, Elementor) with rate tables.
 */
const kTitle = 'Berthing Rates 2027';
const kIntro = [
  j(
    'All prices below are per metre of length overall (LOA), including VAT, for the period 1 April 2027 to 31 March 2028.',
    'Boats are measured from the tip of the bow fitting to the aft edge of the transom, davits or bathing platform.',
  ),
  'Multihulls are charged at 1.5 times the monohull rate. Berths are allocated by the marina office and cannot be sublet.',
];
const kAnnual = [
  ['Up to 8m', '£412', '£389'],
  ['8m to 10m', '£448', '£421'],
  ['10m to 12m', '£486', '£459'],
  ['Over 12m', '£529', '£498'],
];
const kSeason = [
  ['Summer (Apr to Sep)', '£298'],
  ['Winter afloat (Oct to Mar)', '£214'],
  ['Monthly', '£61'],
];
const kVisit = [
  'Overnight: £3.40 per metre, minimum charge £28',
  'Short stay of up to four hours: £12 flat rate',
  'Seventh night free for stays booked in advance',
];
const kIncl = [
  'Water and Wi-Fi on every pontoon',
  'Showers, toilets and laundry in the Quay Building',
  '24-hour security with CCTV',
  'Free launch of tenders from the slipway',
];
const kAfter = j(
  'Electricity is metered and billed at cost every quarter. Annual berth holders may pay in ten monthly instalments by Direct Debit;',
  'a 3% discount applies to payment in full before 1 April.',
);
const kNav = ['Home', 'Berthing', 'Boatyard', 'Visitors', 'Facilities', 'News', 'Contact'];
const kFootLinks = ['Terms &amp; Conditions', 'Privacy Policy', 'Marina Byelaws'];
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} - Kestrel Quay Marina</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://kestrelquay.co.uk/berthing/rates/"><meta property="og:locale" content="en_GB">
<meta property="og:title" content="${kTitle} - Kestrel Quay Marina"><meta property="og:site_name" content="Kestrel Quay Marina">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://kestrelquay.co.uk/berthing/rates/",
"name":"${kTitle} - Kestrel Quay Marina","isPartOf":{"@id":"https://kestrelquay.co.uk/#website"}},{"@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Berthing Rates 2027"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kestrelquay.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://kestrelquay.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}.site-title{font-size:26px;}</style>
<script src="https://kestrelquay.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-214 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-7
elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://kestrelquay.co.uk/" class="custom-logo-link" rel="home">
<img width="220" height="64" src="https://kestrelquay.co.uk/wp-content/uploads/2024/02/kq-logo.png" class="custom-logo"
alt="Kestrel Quay Marina"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement"><div
class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(kNav, 'menu-item menu-item-type-post_type')}</ul>
</div></nav></div><div class="ast-builder-button-wrap"><a class="ast-custom-button-link" href="tel:+441632960418"><div
class="ast-custom-button">Call 01632 960418</div></a></div>
</div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-214 page type-page status-publish ast-article-single" id="post-214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c1e0a2 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div
class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(kIntro)}</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-88f1d3b elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading"><div
class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Annual berths</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table class="rates">
<thead><tr><th>LOA</th><th>Pontoon</th><th>Walk-ashore (Pontoon A)</th></tr></thead><tbody>${trs(kAnnual)}</tbody></table></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Seasonal and monthly</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table class="rates">
<thead><tr><th>Period</th><th>Per metre</th></tr></thead><tbody>${trs(kSeason)}</tbody></table></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-1f0be77 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column"><div
class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Visitor berths</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container"><ul>${lis(kVisit)}</ul></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">What's included</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${kIncl
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c3d09e1 elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">${ps([kAfter])}</div></div>
<div class="elementor-element elementor-align-center elementor-widget elementor-widget-button" data-widget_type="button.default"><div
class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/berthing/apply/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Apply for a berth</span></span></a></div></div></div>
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"><div
class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row ast-container"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">Find us</h2><div
class="textwidget"><p>Kestrel Quay Marina, Mill Lane, Arnmouth AR4 9QT</p>
<p>Marina office: 8am to 6pm, seven days a week</p></div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section class="widget widget_nav_menu">
<h2 class="widget-title">Information</h2><div class="menu-footer-container"><ul id="menu-footer"
class="menu">${links(kFootLinks, 'menu-item')}</ul></div></section></aside>
</div></div></div><div class="site-below-footer-wrap ast-builder-grid-row-container"><div class="ast-builder-grid-row ast-container">
<div class="ast-footer-copyright"><p>Copyright © 2027 Kestrel Quay Marina | VHF Channel 80</p></div></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-style-v2 cli-bar-popup"><span><div class="cli-bar-container cli-style-v2"><div
class="cli-bar-message">
We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">Cookie Settings</a><a role="button" id="cookie_action_close_header"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">Accept</a></div></div></span></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.20.1","post":{"id":214}};</script>
<script src="https://kestrelquay.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script>
</body></html>`;
const kestrel: TestPage = {
  name: 'heldout573-wp-elementor-berthing-rates',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Annual berths', 'Seasonal and monthly', 'Visitor berths', "What's included"],
  body: [...texts(kIntro), ...rowTexts(kAnnual), ...rowTexts(kSeason), ...kVisit, ...kIncl, kAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav.filter((t) =>
t !== 'Berthing'), 'Call 01632 960418', 'Apply for a berth', 'Find us', 'Kestrel Quay Marina, Mill Lane, Arnmouth AR4 9QT',
    'Marina office: 8am to 6pm, seven days a week', 'Information', ...texts(kFootLinks), 'Copyright © 2027 Kestrel Quay Marina | VHF Channel 80',
    'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.', 'Cookie Settings', 'Accept',
  ],
};

export const HELDOUT573_A: readonly TestPage[] = [kestrel];
