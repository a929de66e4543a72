import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout472-kit.js';

/**
 * Held-out batch 472, file b: a dealer's service department page on WordPress with Elementor (Hello Elementor theme,
 * Complianz cookie banner), and a credit union's auto loan offer landing page on HubSpot CMS.
 */
const sTitle = 'Kessler Auto Group Service Department';
const sIntro = [
  j(
    'Our service department in Dunmore Falls looks after every make and model, not only the cars we sell. Eleven factory-trained',
    'technicians work across fourteen bays, and most routine jobs are finished the same day.',
  ),
  j(
    'You will get a video inspection of your vehicle by text message before we do any work, so you can see worn parts for',
    'yourself and approve only what you want done.',
  ),
];
const sServices = [
  'Oil and filter changes, including full synthetic',
  'Brake pads, rotors and brake fluid flushes',
  'Tire mounting, balancing, rotation and alignment',
  'Battery testing and replacement',
  'Check-engine light diagnostics',
  'Hybrid and EV battery health checks',
  'State safety and emissions inspections',
];
const sExpress = [
  j(
    'No appointment is needed for oil changes, tire rotations and wiper blades. Pull into the Express Lane on the north side of',
    'the building and we aim to have you back on the road in under 45 minutes.',
  ),
];
const sHours = [
  ['Monday - Friday', '7:00 AM - 6:00 PM'],
  ['Saturday', '8:00 AM - 3:00 PM'],
  ['Sunday', 'Closed'],
];
const sLoaner = [
  j(
    'Free loaner cars are available for repairs expected to take more than four hours; please ask for one when you book. We also',
    'run a shuttle within eight miles of the dealership from 7:30 AM to 5:00 PM.',
  ),
];
const sNav = ['Home', 'New Inventory', 'Used Inventory', 'Service', 'Parts', 'Financing', 'Contact'];
const sSpecials = ['$59.95 Synthetic Oil Change', '15% Off Brake Service', 'Free Multi-Point Inspection'];
const sFoot = ['Privacy Policy', 'Terms of Use', 'Accessibility Statement'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service Department | Kessler Auto Group | Dunmore Falls</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://kesslerauto.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://kesslerauto.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Service Department"},
{"@type":"AutoRepair","name":"Kessler Auto Group Service"}]}</script>
<style id="elementor-frontend-inline-css">.elementor-kit-6{--e-global-color-primary:#0B3D6E;}</style></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo">
<a href="/"><img src="/wp-content/uploads/2026/02/kessler-logo.svg" alt="Kessler Auto Group"></a></div></div></div>
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu">${links(sNav, 'menu-item')}</ul></nav>
</div><div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button" href="/schedule-service/">
<span class="elementor-button-text">Schedule Service</span></a></div></div></div></div></section></div>
<main id="content" class="site-main post-214 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
<section class="elementor-section elementor-top-section elementor-section-full_width hero"><div class="elementor-container">
<div class="elementor-element elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title elementor-size-default">${sTitle}</h1></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(sIntro)}</div></div>
</div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-50">
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">What We Service</h2></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
${lis(
  sServices.map((t) => `<span class="elementor-icon-list-icon"><i class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`),
  'elementor-icon-list-item',
)}
</ul></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-element elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title">Express Lane</h2></div><div class="elementor-element elementor-widget elementor-widget-text-editor">${ps(sExpress)}</div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Service Hours</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><table class="service-hours"><tbody>${trs(sHours)}</tbody></table></div>
</div></div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container">
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Loaner Cars and Shuttle</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor">${ps(sLoaner)}</div></div></section>
<section class="elementor-section elementor-top-section specials"><div class="elementor-container">
<div class="elementor-element elementor-widget elementor-widget-heading"><h3 class="elementor-heading-title">Current Service Specials</h3></div>
${sSpecials
  .map(
    (t) => `<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content">
<h4 class="elementor-cta__title">${t}</h4><a class="elementor-cta__button elementor-button" href="/service-specials/">Print Coupon</a></div></div>`,
  )
  .join('\n')}
<p class="coupon-disclaimer">Present coupon at time of write-up. Not valid with other offers. Expires 04/30/2027.</p></div></section>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer"><section class="elementor-section">
<div class="elementor-widget-container"><p>Kessler Auto Group · 880 Canal Street, Dunmore Falls · Service (555) 019-4410</p></div>
<ul class="elementor-nav-menu">${links(sFoot, 'menu-item')}</ul><p>© 2027 Kessler Auto Group. All rights reserved.</p></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimize our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://kesslerauto.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementorService: TestPage = {
  name: 'heldout472-elementor-service-dept',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['What We Service', 'Express Lane', 'Service Hours', 'Loaner Cars and Shuttle'],
  body: [...sIntro, ...sServices, ...sExpress, ...sHours.map(rowText), ...sLoaner],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNav.filter((t) => t !== 'Service' && t !== 'Parts'), 'Schedule Service', 'Current Service Specials', ...sSpecials, 'Print Coupon',
    'Present coupon at time of write-up. Not valid with other offers. Expires 04/30/2027.',
    'Kessler Auto Group · 880 Canal Street, Dunmore Falls · Service (555) 019-4410', ...sFoot, '© 2027 Kessler Auto Group. All rights reserved.',
    'Manage Cookie Consent', 'We use cookies to optimize our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const hTitle = 'Spring Auto Loan Sale: rates as low as 4.49% APR';
const hBody = [
  j(
    'From March 1 to May 31, members of Carrow Valley Credit Union can finance a new or used vehicle at rates as low as',
    '<strong>4.49% APR*</strong> for terms up to 60 months, and pay nothing for the first 90 days.',
  ),
  'Already financing with another lender? Move your loan to us and we will send you $150 once your first payment posts.',
  'Get pre-approved online in about ten minutes.',
  'Shop at any dealer, or buy from a private seller.',
  'Bring us the purchase agreement and sign your loan documents at any branch or electronically.',
  j(
    '*APR = Annual Percentage Rate. Rate shown is for model years 2024 and newer, terms up to 60 months, with excellent credit and',
    'automatic payment from a Carrow Valley checking account. Your rate may be higher. Example: a $25,000 loan at 4.49% APR for 60',
    'months has a payment of $465.93. First payment may be deferred up to 90 days; interest accrues during the deferral.',
  ),
];
const hNav = ['Bank', 'Borrow', 'Invest', 'Business', 'About'];
const hForm = ['First name', 'Last name', 'Email', 'Phone number', 'Are you a current member?', 'Get My Rate'];
const hFoot = ['Routing #211384470', 'Privacy', 'Disclosures', 'Careers', 'Federally insured by NCUA. Equal Housing Opportunity.'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Spring Auto Loan Sale | Carrow Valley Credit Union</title>
<meta name="description" content="New and used auto loans from 4.49% APR with 90 days no payment."><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="//7052911.fs1.hubspotusercontent-na1.net/hubfs/7052911/hub_generated/template_assets/1/main.min.css">
<script>var hsVars = {render_id: "b7f2c1e4", ticks: 1741700000000, page_id: 168204551903, content_group_id: 0, portal_id: 7052911};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FinancialProduct","name":"Spring Auto Loan Sale",
"annualPercentageRate":4.49}</script>
</head><body><div class="body-wrapper hs-content-id-168204551903 hs-landing-page hs-page">
<div data-global-resource-path="cvcu-theme/templates/partials/header.html"><header class="header">
<a class="header__skip" href="#main-content">Skip to content</a>
<div class="header__logo"><a href="/"><img src="/hubfs/cvcu-logo.svg" alt="Carrow Valley Credit Union"></a></div>
<nav class="header__menu" aria-label="Main menu"><ul class="menu__wrapper">${links(hNav, 'menu__item')}</ul></nav>
<a class="header__login button" href="https://online.carrowvalley.example">Log In</a></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span7 widget-span widget-type-cell dnd-column">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget">
<span id="hs_cos_wrapper_widget_hero" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text">
<h1>${hTitle}</h1>${ps(hBody.slice(0, 2))}<h2>How it works</h2><ol>${lis(hBody.slice(2, 5))}</ol></span></div></div>
<div class="span5 widget-span widget-type-cell dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 class="form-title">Check your rate</h3><form class="hs-form stacked" data-form-id="9e2f4a1c">
${hForm
  .slice(0, 5)
  .map((t, i) => `<div class="hs-form-field"><label for="f${i}"><span>${t}</span></label><input id="f${i}" class="hs-input"></div>`)
  .join('\n')}
<div class="hs_submit"><input type="submit" class="hs-button primary large" value="${hForm[5]}"></div></form></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section"><div class="row-fluid"><div class="span12 widget-span dnd-column">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"><p class="disclosure"><small>${hBody[5]}</small></p></div>
</div></div></div></div></main>
<footer class="footer"><ul class="footer__links">${hFoot.map((t) => `<li>${t}</li>`).join('')}</ul>
<p>© 2027 Carrow Valley Credit Union</p></footer></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/7052911.js"></script></body></html>`;
const hubspotOffer: TestPage = {
  name: 'heldout472-hubspot-auto-loan-offer',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['How it works'],
  body: texts(hBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Skip to content', ...hNav.filter((t) => t !== 'About'), 'Log In', 'Check your rate',
  ...hForm.slice(0, 5), ...hFoot, '© 2027 Carrow Valley Credit Union'],
};

export const HELDOUT472_B: readonly TestPage[] = [elementorService, hubspotOffer];
