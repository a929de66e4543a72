import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowText, settle, tr } from './pages-heldout572-kit.js';

/**
 * Held-out batch 572, file a: a property listing for sale on WordPress with the Houzez theme (overview strip, agent form,
 * mortgage calculator, similar listings), and a landlord fees page on Squarespace 7.1 with a fees table.
 */
const hTitle = '4 bedroom detached house for sale in Orchard Rise, Kestlebury';
const hAddress = '12 Orchard Rise, Kestlebury, KB4 7TN';
const hPrice = 'Guide price £475,000';
const hDesc = [
  j(
    'A generously proportioned family home on a quiet cul-de-sac within a short walk of Kestlebury Green and both primary schools.',
    'Built in 2004 and extended to the rear in 2019, the house now offers over 1,650 sq ft of accommodation arranged over two floors.',
  ),
  j(
    'The ground floor is arranged around a bright kitchen and family room with bi-fold doors onto the garden, a separate sitting room',
    'with a wood-burning stove, a study and a utility room. Upstairs are four bedrooms, the principal with a refitted en suite shower',
    'room, and a family bathroom.',
  ),
  j(
    'Outside, the south-west facing rear garden is mainly laid to lawn with a porcelain terrace and a timber garden office with power.',
    'To the front is a block-paved driveway for two cars and an integral single garage.',
  ),
  'Offered with no onward chain. Viewing is strictly by appointment with Hartwell &amp; Finch.',
];
const hFeatures = [
  'Four bedrooms, en suite to principal',
  'Kitchen and family room with bi-fold doors',
  'Sitting room with wood-burning stove',
  'Study and utility room',
  'South-west facing garden with garden office',
  'Driveway and integral garage',
  'No onward chain',
];
const hMaterial = ['Tenure: Freehold', 'Council tax band: F', 'EPC rating: C', 'Heating: Gas central heating', 'Broadband: FTTP available'];
const hOverview = ['Detached House', 'Bedrooms', 'Bathrooms', 'Garage', 'Sq Ft', 'Year Built'];
const hNav = ['Buy', 'Rent', 'Sell', 'Landlords', 'Valuation', 'About', 'Contact'];
const hSimilar = ['3 bedroom semi-detached house, Pippin Close', '4 bedroom detached house, Damson Way', '5 bedroom detached house, Crab Lane'];
const hFoot = ['Privacy Policy', 'Complaints Procedure', 'Client Money Protection', 'Cookie Policy'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(hTitle)} - Hartwell &amp; Finch</title>
<meta name="description" content="A generously proportioned family home on a quiet cul-de-sac within a short walk of Kestlebury Green.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Hartwell &amp; Finch">
<link rel="stylesheet" id="houzez-main-css" href="https://www.hartwellfinch.example/wp-content/themes/houzez/css/main.css?ver=2.8.6" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SingleFamilyResidence","name":"${hTitle}",
"address":{"@type":"PostalAddress","streetAddress":"12 Orchard Rise","addressLocality":"Kestlebury"},"numberOfRooms":4}</script>
<script id="houzez-custom-js-extra">var houzez_vars = {"property_id":"4812","currency_symbol":"£","decimal_point_separator":"."};</script>
</head>
<body class="property-template-default single single-property postid-4812 houzez-theme houzez-footer-position">
<a class="skip-link screen-reader-text" href="#main-wrap">Skip to content</a>
<div class="nav-mobile"><div class="main-nav navbar slideout-menu slideout-menu-left" id="nav-mobile"></div></div>
<main id="main-wrap" class="main-wrap">
<header class="header-main-wrap"><div id="header-section" class="header-desktop header-v1" data-sticky="1"><div class="container">
<div class="header-inner-wrap"><div class="navbar d-flex align-items-center"><div class="logo logo-desktop"><a href="/">
<img src="/wp-content/uploads/2023/02/hf-logo.svg" alt="Hartwell &amp; Finch"></a></div>
<nav class="main-nav on-hover-menu navbar-expand-lg flex-grow-1"><ul id="main-nav" class="navbar-nav">${links(hNav, 'nav-item menu-item')}</ul></nav>
<div class="login-register"><a href="#" data-toggle="modal" data-target="#login-register-form">Login</a></div>
</div></div></div></div></header>
<section class="content-wrap property-wrap property-detail-v1"><div class="page-title-wrap"><div class="container"><div class="d-flex align-items-center">
<div class="breadcrumb-wrap"><nav><ol class="breadcrumb">${links(['Home', 'For Sale', 'Kestlebury'], 'breadcrumb-item')}</ol></nav></div>
<ul class="item-tools"><li class="item-tool item-favorite"><span class="add-favorite-js" data-listid="4812">Favourite</span></li>
<li class="item-tool item-share"><span class="item-tool-share dropdown-toggle">Share</span></li>
<li class="item-tool item-print"><span class="houzez-print" data-propid="4812">Print</span></li></ul></div>
<div class="d-flex align-items-center property-title-price-wrap"><div class="page-title"><h1>${hTitle}</h1></div>
<ul class="property-labels-wrap"><li class="label-wrap"><span class="label-status label">For Sale</span></li></ul>
<ul class="item-price-wrap hide-on-list"><li class="item-price">${hPrice}</li></ul></div>
<address class="item-address"><i class="houzez-icon icon-pin mr-1"></i>${hAddress}</address></div></div>
<div class="container"><div class="row"><div class="col-lg-8 col-md-12 bt-content-wrap"><div class="property-view">
<div class="property-top-wrap"><div class="property-banner"><div class="top-gallery-section"><img src="/wp-content/uploads/2026/09/orchard-rise-1.jpg"
alt="Front elevation"><span class="gallery-count">24 photos</span></div></div></div>
<div class="property-overview-wrap property-section-wrap" id="property-overview-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex"><h2>Overview</h2><div class="small-text">Property ID: HF-4812</div></div>
<div class="d-flex property-overview-data"><ul class="list-unstyled flex-fill"><li class="property-overview-item"><strong>${hOverview[0]}</strong></li>
<li class="hz-meta-label">Property Type</li></ul><ul class="list-unstyled flex-fill"><li class="property-overview-item"><strong>4</strong></li>
<li class="hz-meta-label">${hOverview[1]}</li></ul><ul class="list-unstyled flex-fill"><li class="property-overview-item"><strong>3</strong></li>
<li class="hz-meta-label">${hOverview[2]}</li></ul><ul class="list-unstyled flex-fill"><li class="property-overview-item"><strong>1</strong></li>
<li class="hz-meta-label">${hOverview[3]}</li></ul><ul class="list-unstyled flex-fill"><li class="property-overview-item"><strong>1,652</strong></li>
<li class="hz-meta-label">${hOverview[4]}</li></ul><ul class="list-unstyled flex-fill"><li class="property-overview-item"><strong>2004</strong></li>
<li class="hz-meta-label">${hOverview[5]}</li></ul></div></div></div>
<div class="property-description-wrap property-section-wrap" id="property-description-wrap"><div class="block-wrap">
<div class="block-title-wrap"><h2>Description</h2></div><div class="block-content-wrap">
${ps(hDesc)}
</div></div></div>
<div class="property-features-wrap property-section-wrap" id="property-features-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex"><h2>Features</h2></div><div class="block-content-wrap">
<ul class="list-3-cols list-unstyled">${lis(hFeatures.map((f) => `<i class="houzez-icon icon-check-circle-1 mr-2"></i>${f}`))}</ul></div></div></div>
<div class="property-detail-wrap property-section-wrap" id="property-detail-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex"><h2>Material information</h2></div><div class="block-content-wrap"><ul class="list-unstyled">
${lis(hMaterial)}</ul></div></div></div>
<div class="property-address-wrap property-section-wrap" id="property-address-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex"><h2>Address</h2><a class="btn btn-primary btn-slim" href="https://maps.google.com/?q=51.71,-1.28" target="_blank">
Open on Google Maps</a></div><div id="houzez-single-listing-map" class="block-map-wrap"></div></div></div>
<div class="property-floor-plans-wrap property-section-wrap" id="property-floor-plans-wrap"><div class="block-wrap">
<div class="block-title-wrap"><h2>Floor Plans</h2></div><div class="accordion-title">Ground and first floor</div></div></div>
<div class="property-mortgage-calculator-wrap property-section-wrap" id="property-mortgage-calculator-wrap"><div class="block-wrap">
<div class="block-title-wrap"><h2>Mortgage Calculator</h2></div><div class="mortgage-calculator-data"><ul class="list-unstyled">
<li class="mortgage-calculator-monthly-payment-wrap"><strong>Monthly Payment</strong> <span id="m_monthly_val">£2,226</span></li></ul>
<form method="post"><label>Down Payment</label><input type="text" id="down_payment" value="47500"><label>Interest Rate</label>
<input type="text" id="interest_rate" value="4.5"><button type="button" class="btn btn-primary">Calculate</button></form></div></div></div>
<div class="property-similar-listings-wrap property-section-wrap"><div class="block-title-wrap"><h2>Similar Listings</h2></div>
<div class="listing-view grid-view">
${hSimilar
  .map(
    (s) => `<div class="item-listing-wrap"><h2 class="item-title">
<a href="/property/">${s}</a></h2></div>`,
  )
  .join('\n')}</div></div>
</div></div>
<div class="col-lg-4 col-md-12 bt-sidebar-wrap"><aside id="sidebar" class="sidebar-wrap"><div class="property-form-wrap"><div class="property-form">
<div class="agent-details"><div class="agent-information"><ul class="agent-information list-unstyled"><li class="agent-name">Kestlebury Sales Team</li>
<li class="agent-phone">01632 960 418</li></ul></div></div>
<form method="post"><input class="form-control" name="name" placeholder="Name"><input class="form-control" name="email" placeholder="Email">
<textarea class="form-control" name="message">Hello, I am interested in [${hTitle}]</textarea>
<button class="btn btn-secondary btn-full-width">Send Message</button><a href="tel:01632960418" class="btn btn-secondary-outlined btn-full-width">Call</a>
</form></div></div></aside></div></div></div></section>
<footer class="footer-wrap footer"><div class="footer-top-wrap"><div class="container"><div class="row"><div class="col-md-4">
<div class="widget widget_text"><h3 class="widget-title">Hartwell &amp; Finch</h3>
<div class="textwidget"><p>14 Market Square, Kestlebury KB4 1AA</p></div></div></div>
<div class="col-md-4"><div class="widget widget_nav_menu"><ul class="menu">${links(hFoot, 'menu-item')}</ul></div></div></div></div></div>
<div class="footer-bottom-wrap"><div class="container"><div class="footer_copyright">© 2026 Hartwell &amp; Finch Ltd. All rights reserved.</div></div></div>
</footer></main>
<script src="/wp-content/themes/houzez/js/custom.js?ver=2.8.6" id="houzez-custom-js"></script></body></html>`;
const houzez: TestPage = {
  name: 'heldout572-houzez-listing',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Description', 'Features', 'Material information'],
  body: texts([hPrice, hAddress, ...hDesc, ...hFeatures, ...hMaterial]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Login', 'Home', 'For Sale', 'Kestlebury', 'Favourite', 'Share', 'Print', '24 photos', 'Overview',
    'Property ID: HF-4812', ...hOverview, 'Property Type', 'Address', 'Open on Google Maps', 'Floor Plans', 'Ground and first floor',
    'Mortgage Calculator', 'Monthly Payment', '£2,226', 'Down Payment', 'Interest Rate', 'Calculate', 'Similar Listings', ...hSimilar,
    'Kestlebury Sales Team', '01632 960 418', 'Send Message', 'Call', 'Hartwell & Finch', '14 Market Square, Kestlebury KB4 1AA', ...hFoot,
    '© 2026 Hartwell & Finch Ltd. All rights reserved.',
  ],
};

const sTitle = 'Fees for landlords';
const sIntro = j(
  'Our fees are fixed and shown here in full, including VAT at 20%. There are no set-up charges, no renewal fees and no charge for',
  'marketing your property on the main portals.',
);
const sHead = ['Service', 'Let only', 'Rent collection', 'Fully managed'];
const sRows: readonly string[][] = [
  ['Monthly fee (% of rent)', 'None', '9.6%', '14.4%'],
  ['Tenant find fee', '1 month’s rent', '£540', '£360'],
  ['Referencing and Right to Rent checks', 'Included', 'Included', 'Included'],
  ['Inventory and check-in', '£150', '£150', 'Included'],
  ['Deposit registration', '£42', 'Included', 'Included'],
  ['Periodic inspections', 'Not offered', '£90 each', 'Included'],
];
const sMore = [
  'Other charges',
  j(
    'Gas safety certificates, electrical reports and EPCs are arranged at cost through our approved contractors and passed on without',
    'mark-up. Court attendance, if ever needed, is charged at £60 an hour.',
  ),
  'Protecting your money',
  j(
    'Boxley Lettings is a member of Client Money Protect (membership number CMP009412) and of The Property Ombudsman redress scheme.',
    'Rent we collect is held in a designated client account with Westmoor Bank, separate from our own money.',
  ),
  'If you have any questions about our fees, call Maria or Tom in the office on 01632 960 771 before you instruct us.',
];
const sNav = ['Home', 'Properties to let', 'Landlords', 'Tenants', 'About us', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Boxley Lettings</title><link rel="canonical" href="https://www.boxleylettings.example/landlord-fees">
<meta property="og:site_name" content="Boxley Lettings"><meta property="og:title" content="${sTitle} — Boxley Lettings">
<meta name="description" content="Our fees are fixed and shown here in full, including VAT at 20%.">
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Boxley Lettings"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.boxleylettings.example","name":"Boxley Lettings",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6430c1/27/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-6430c2f1a8" class="primary-button-style-solid tweak-global-animations-enabled header-width-full form-use-theme-colors
collection-type-page collection-layout-default view-item">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-light"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Boxley Lettings</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/valuation">Free rental valuation</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6430c2f1a8b4">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6430c2f1a8b5">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1680000_4512">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="" style="white-space:pre-wrap;">${sIntro}</p></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1680000_6611"><div class="sqs-block-content">
<table class="fees"><thead><tr>${sHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${sRows.map(tr).join('\n')}
</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1680000_7720"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${sMore[0]}</h3><p class="" style="white-space:pre-wrap;">${sMore[1]}</p>
<h3 style="white-space:pre-wrap;">${sMore[2]}</h3>${ps([sMore[3] ?? '', sMore[4] ?? ''], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Talk to us about letting</a></div>
</div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section">
<div class="content-wrapper"><div class="sqs-html-content"><p>Boxley Lettings · 3 Quay Street, Saltmarsh SM2 8QE · 01632 960 771</p>
<p><a href="/privacy">Privacy</a> · <a href="/complaints">Complaints</a> · <a href="/cmp-certificate">CMP certificate</a></p>
<p>© 2026 Boxley Lettings Ltd. Registered in England No. 10441987.</p></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout572-squarespace-landlord-fees',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sMore[0] ?? '', sMore[2] ?? ''],
  body: texts([sIntro, ...sRows.map(rowText), sMore[1] ?? '', sMore[3] ?? '', sMore[4] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to give you the best experience.', 'Accept', 'Decline', 'Skip to Content', 'Boxley Lettings', ...sNav,
    'Free rental valuation', 'Talk to us about letting', 'Boxley Lettings · 3 Quay Street, Saltmarsh SM2 8QE · 01632 960 771', 'Privacy',
    'Complaints', 'CMP certificate', '© 2026 Boxley Lettings Ltd. Registered in England No. 10441987.',
  ],
};

export const HELDOUT572_A: readonly TestPage[] = [settle(houzez), settle(squarespace)];
