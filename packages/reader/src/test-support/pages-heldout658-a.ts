import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file a: an insulation installer's grant eligibility page on WordPress (Astra theme, Gutenberg blocks,
 * CookieYes banner), and a loft conversion builder's guide to conversion types built with Elementor Pro (Hello theme).
 */
const aTitle = 'Are you eligible for a free insulation grant?';
const aIntro = [
  j(
    'The Home Warmth Uplift scheme pays for loft, cavity wall and room-in-roof insulation in homes with a low energy rating.',
    'Calderbrook Insulation is an approved installer for the scheme across West Yorkshire, so if you qualify we handle the survey,',
    'the paperwork and the fitting.',
  ),
  'Most households who qualify pay nothing. Some pay a small contribution where the work costs more than the grant allows.',
];
const aH = ['Who qualifies', 'Income thresholds', 'What the grant covers', 'What happens next'];
const aWhoP = 'Your home must have an Energy Performance Certificate rating of D, E, F or G, and at least one of the following must apply:';
const aWho = [
  'you or someone you live with receives a means-tested benefit such as Pension Credit or Universal Credit',
  'your household income is below the threshold for your area',
  'your local council has referred you under its flexible eligibility scheme',
];
const aWhoEnd = j(
  'Owner-occupiers, private tenants and landlords can all apply. Tenants need written permission from the landlord before we can',
  'book a survey.',
);
const aIncP = 'The council flexible eligibility route uses these gross household income limits for 2026:';
const aRows = [
  ['1 adult, no children', '£21,400'],
  ['2 adults, no children', '£27,800'],
  ['1 adult with 1 or 2 children', '£29,100'],
  ['2 adults with 1 or more children', '£34,600'],
];
const aCovers = [
  'loft insulation topped up to 300mm, with boarded walkways to the water tank',
  'cavity wall insulation with bonded beads',
  'room-in-roof insulation where the loft is already converted',
  'ventilation upgrades needed to keep the home compliant',
];
const aSteps = [
  'Fill in our two-minute eligibility form or call the office.',
  'A surveyor visits to measure the home and check the EPC.',
  'We send the application to the scheme administrator, which usually takes three to five weeks.',
  'Our fitters complete the work, usually in a single day for a loft.',
];
const aEnd = j(
  'If your application is turned down we will tell you why and, where possible, quote for the work at our standard price.',
  'There is no obligation to go ahead.',
);
const aNav = ['Home', 'Loft Insulation', 'Cavity Wall', 'Grants', 'Our Work', 'Contact'];
const aFootNav = ['Privacy Policy', 'Cookie Policy', 'Complaints Procedure'];
const aCky = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking',
  '"Accept All", you consent to our use of cookies.',
);
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Calderbrook Insulation</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://calderbrookinsulation.example/grants/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}",
"isPartOf":{"@id":"https://calderbrookinsulation.example/#website"}},{"@type":"Organization","name":"Calderbrook Insulation Ltd"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css"
href="https://calderbrookinsulation.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}.site-title{font-size:26px;}</style>
<script src="https://calderbrookinsulation.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-412 wp-custom-logo ast-desktop
ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon
ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap
ast-builder-grid-row-container site-header-focus-item ast-container"><div
class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization"
itemscope="itemscope">
<span class="site-logo-img"><a href="https://calderbrookinsulation.example/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="/wp-content/uploads/2024/02/calderbrook-logo.png" class="custom-logo" alt="Calderbrook Insulation"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu
ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div
class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div
class="ast-builder-button-wrap
ast-builder-button-size-"><a href="/contact/" class="ast-custom-button-link" target="_self"><div class="ast-custom-button">Get a Quote</div></a></div></div>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${aTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${at(aH, 0)}</h2>
${ps([aWhoP])}<ul class="wp-block-list">${lis(aWho)}</ul>
${ps([aWhoEnd])}
<h2 class="wp-block-heading">${at(aH, 1)}</h2>
${ps([aIncP])}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Household</th><th>Income limit</th></tr></thead>
<tbody>${trs(aRows)}</tbody></table></figure>
<h2 class="wp-block-heading">${at(aH, 2)}</h2>
<ul class="wp-block-list">${lis(aCovers)}</ul>
<h2 class="wp-block-heading">${at(aH, 3)}</h2>
<ol class="wp-block-list">${lis(aSteps)}</ol>
${ps([aEnd])}
<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained"><div class="wp-block-buttons is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/eligibility-form/">Check your eligibility</a></div></div>
<p class="has-text-align-center">Or call the office on 01484 550 217, Monday to Friday 8am to 5pm.</p></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-footer-row-stack"
data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner"><div
class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap
ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area
site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget
widget_block"><p>Calderbrook Insulation Ltd<br>Unit 4, Holme Mills, Huddersfield HD7 3QR</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 2">
<section id="block-9" class="widget widget_block"><p>TrustMark registered business. Registered in England No. 09384721.</p></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><div class="footer-widget-area widget-area site-footer-focus-item"
data-section="section-footer-menu"><div class="footer-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation"
id="footer-site-navigation" aria-label="Site Navigation"><div class="footer-nav-wrap"><ul id="astra-footer-menu"
class="ast-nav-menu ast-flex astra-footer-horizontal-menu">
${links(aFootNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack"
data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2026 Calderbrook Insulation | Powered by Calderbrook Insulation</p></div></div></div></div></div></footer></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice" style="border-color:#f4f4f4">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${aCky}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://calderbrookinsulation.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astraGrant: TestPage = {
  name: 'heldout658-astra-grant-eligibility',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: [...texts([...aIntro, aWhoP, ...aWho, aWhoEnd, aIncP]), ...rowTexts(aRows), ...texts([...aCovers, ...aSteps, aEnd])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav.filter((t) => !['Home', 'Loft Insulation', 'Cavity Wall'].includes(t)), 'Get a Quote', 'Check your eligibility',
    'Or call the office on 01484 550 217, Monday to Friday 8am to 5pm.',
    'Calderbrook Insulation Ltd', 'Unit 4, Holme Mills, Huddersfield HD7 3QR', 'TrustMark registered business. Registered in England No. 09384721.',
    ...aFootNav, 'Copyright © 2026 Calderbrook Insulation | Powered by Calderbrook Insulation', 'We value your privacy', aCky, 'Customise',
    'Reject All', 'Accept All',
  ],
};

export const HELDOUT658_A: readonly TestPage[] = [astraGrant];
