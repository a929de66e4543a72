import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout505-kit.js';

/**
 * Held-out batch 505, file a: a credit union's auto loan product page on WordPress with the Divi theme (builder sections,
 * blurbs, a rate table and toggles), and a community credit union's certificate rates page on Drupal 10 (Bootstrap Barrio).
 */
const dTitle = 'New and Used Auto Loans';
const dDek = 'Drive home sooner with low rates, flexible terms and a decision from a local lender, usually on the same business day.';
const dBlurbs = [
  ['Rates as low as 5.24% APR*', 'For new and used vehicles up to eight model years old, with terms from 24 to 84 months.'],
  ['No payments for 60 days', 'Choose a first payment date up to 60 days after closing to give your budget room to settle.'],
  ['Refinance and save', 'Bring your loan from another lender and we will look for a lower rate or a lower monthly payment.'],
] as const;
const dRows = [
  ['Up to 48 months', '2023 and newer', '5.24%'],
  ['49 to 66 months', '2023 and newer', '5.74%'],
  ['67 to 84 months', '2023 and newer', '6.24%'],
  ['Up to 60 months', '2019 to 2022', '6.49%'],
];
const dDisc = j(
  '*APR = Annual Percentage Rate. Rates effective November 1, 2026 and subject to change. Your rate depends on your credit history, the term',
  'and the age of the vehicle. Example: a $25,000 loan at 5.24% APR for 48 months has a monthly payment of about $578.',
);
const dNeed = [
  'a valid driver’s license',
  'proof of income, such as two recent pay stubs',
  'the vehicle’s year, make, model and mileage, or a purchase agreement from the dealer',
  'payoff details if you are refinancing',
];
const dFaq = [
  ['Can I get pre-approved before I shop?', 'Yes. A pre-approval is good for 60 days and lets you negotiate at the dealership like a cash buyer.'],
  ['Do you offer GAP and mechanical breakdown protection?', 'We offer both at closing. They are optional and never a condition of your loan.'],
  ['Can I buy from a private seller?', 'Yes. We handle the title transfer with the seller and pay them directly once the paperwork is signed.'],
] as const;
const dH2 = ['Current auto loan rates', 'What you will need to apply', 'Frequently asked questions'];
const dMenu = ['Accounts', 'Borrow', 'Invest', 'Learn', 'About Us'];
const dSub = ['Home Loans', 'Personal Loans', 'Credit Cards', 'Loan Payment Options'];
const dFootLinks = ['Privacy Policy', 'Accessibility', 'Careers', 'Locations'];
const blurb = (b: readonly [string, string], i: number): string => `<div class="et_pb_column et_pb_column_1_3 et_pb_column_${i + 2}">
<div class="et_pb_module et_pb_blurb et_pb_blurb_${i} et_pb_text_align_center et_pb_blurb_position_top et_pb_bg_layout_light">
<div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top
et-pb-icon">&#xe0e1;</span></span></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>${b[0]}</span></h4>
<div class="et_pb_blurb_description"><p>${b[1]}</p></div></div></div></div></div>`;
const toggle = (f: readonly [string, string], i: number): string => `<div class="et_pb_module et_pb_toggle et_pb_toggle_${i} et_pb_toggle_item
et_pb_toggle_close"><h5 class="et_pb_toggle_title">${f[0]}</h5><div class="et_pb_toggle_content clearfix"><p>${f[1]}</p></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Auto Loans | Ashgrove Valley Federal Credit Union</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Low-rate new and used auto loans and refinancing from Ashgrove Valley FCU.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Auto Loans",
"isPartOf":{"@id":"https://www.ashgrovevalleyfcu.org/#website"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1}]}]}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="https://www.ashgrovevalleyfcu.org/wp-content/themes/Divi/style-static.min.css?ver=4.25.1" media="all">
<style id="divi-style-inline-inline-css">.et_pb_section_0.et_pb_section{padding-top:40px}.et_pb_blurb_0 .et_pb_module_header{color:#0b4f6c}</style>
<script src="https://www.ashgrovevalleyfcu.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-214 et_pb_button_helper_class et_fixed_nav et_show_nav
et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(555) 014-2290</span>
<a href="mailto:members@ashgrovevalleyfcu.org"><span id="et-info-email">members@ashgrovevalleyfcu.org</span></a></div>
<div id="et-secondary-menu"><ul id="et-secondary-nav" class="menu"><li class="menu-item"><span>Routing # 255074118</span></li>
<li class="menu-item login-btn"><a href="https://online.ashgrovevalleyfcu.org/">Online Banking Login</a></li></ul></div></div></div>
<header id="main-header" data-height-onload="86"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://www.ashgrovevalleyfcu.org/"><img src="/wp-content/uploads/2024/02/avfcu-logo.png" alt="Ashgrove Valley Federal Credit Union"
id="logo"></a></div>
<div id="et-top-navigation" data-height="86" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
<li class="menu-item menu-item-has-children"><a href="/accounts/">${dMenu[0]}</a></li>
<li class="menu-item menu-item-has-children current-menu-ancestor"><a href="/borrow/">${dMenu[1]}</a><ul class="sub-menu">
<li class="menu-item current-menu-item"><a href="/borrow/auto-loans/" aria-current="page">Auto Loans</a></li>${links(dSub, 'menu-item')}</ul></li>
${links(dMenu.slice(2), 'menu-item')}</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar"></span></div></div>
</div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s"></form><span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-214" class="post-214 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left
et_pb_bg_layout_dark"><div class="et_pb_text_inner"><h1>${dTitle}</h1><p>${dDek}</p></div></div>
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_module"><a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light"
href="https://apply.ashgrovevalleyfcu.org/auto">Apply Now</a></div><div class="et_pb_button_module_wrapper et_pb_button_1_wrapper et_pb_module">
<a class="et_pb_button et_pb_button_1 et_pb_bg_layout_light" href="/rates/">Check Your Rate</a></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">${dBlurbs.map(blurb).join('\n')}</div></div>
<div class="et_pb_section et_pb_section_2 et_section_regular"><div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_5">
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h2>${dH2[0]}</h2>
<table class="rate-table"><thead><tr><th>Term</th><th>Model year</th><th>APR as low as*</th></tr></thead><tbody>${trs(dRows)}</tbody></table>
<p class="disclosure"><small>${dDisc}</small></p><h2>${dH2[1]}</h2><ul>${lis(dNeed)}</ul><h2>${dH2[2]}</h2></div></div>
${dFaq.map(toggle).join('\n')}</div></div></div>
<div class="et_pb_section et_pb_section_3 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_3"><div class="et_pb_column
et_pb_column_4_4 et_pb_column_6"><div class="et_pb_module et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center">
<div class="et_pb_promo_description"><h2 class="et_pb_module_header">Ready to get started?</h2><div>Apply online in about ten minutes, call us or stop by any
branch.</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="https://apply.ashgrovevalleyfcu.org/auto">Start Your
Application</a></div></div></div></div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="text-2" class="fwidget
et_pb_widget widget_text"><h4 class="title">Contact</h4><div class="textwidget"><p>410 Orchard Street, Ashgrove, OR 97999</p>
<p>Mon–Fri 9:00 to 5:30, Sat 9:00 to noon</p></div></div></div><div class="footer-widget"><div id="nav_menu-3" class="fwidget et_pb_widget widget_nav_menu">
<h4 class="title">Quick Links</h4><div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(dFootLinks, 'menu-item')}</ul></div></div></div>
<div class="footer-widget"><div id="text-4" class="fwidget et_pb_widget widget_text"><div class="textwidget"><p>Federally insured by NCUA. Equal Housing
Opportunity.</p></div></div></div></div></div><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon
et-social-facebook"><a href="https://www.facebook.com/" class="icon"><span>Facebook</span></a></li></ul><div id="footer-info">© 2026 Ashgrove Valley Federal
Credit Union. All rights reserved.</div></div></div></footer></div></div>
<script id="divi-custom-script-js-extra">var DIVI={"item_count":"%d Item","items_count":"%d Items"};</script>
<script src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script></body></html>`;
const divi: TestPage = {
  name: 'heldout505-divi-auto-loans',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dBlurbs.map((b) => b[0]), ...dH2, ...dFaq.map((f) => f[0])],
  body: texts([dDek, ...dBlurbs.map((b) => b[1]), ...dRows.map(rowText), dDisc, ...dNeed, ...dFaq.map((f) => f[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '(555) 014-2290', 'members@ashgrovevalleyfcu.org', 'Routing # 255074118', 'Online Banking Login', ...dMenu, ...dSub, 'Select Page',
    'Apply Now', 'Check Your Rate', 'Ready to get started?', 'Apply online in about ten minutes, call us or stop by any branch.', 'Start Your Application',
    'Contact', '410 Orchard Street, Ashgrove, OR 97999', 'Mon–Fri 9:00 to 5:30, Sat 9:00 to noon', 'Quick Links', ...dFootLinks,
    'Federally insured by NCUA. Equal Housing Opportunity.', 'Facebook', '© 2026 Ashgrove Valley Federal Credit Union. All rights reserved.',
  ],
};

const rTitle = 'Share Certificate Rates';
const rIntro = j(
  'Lock in a fixed dividend rate for the term you choose. Certificates start at $500, and members can open one online, by phone or at any',
  'Keelhaven branch.',
);
const rEff = 'Rates effective November 3, 2026. Rates are subject to change without notice.';
const rH2 = ['Standard certificates', 'Jumbo certificates', 'Good to know'];
const rStd = [
  ['6 months', '$500', '3.45%', '3.50%'],
  ['12 months', '$500', '3.83%', '3.90%'],
  ['18 months', '$500', '3.69%', '3.75%'],
  ['24 months', '$500', '3.49%', '3.55%'],
  ['36 months', '$500', '3.30%', '3.35%'],
  ['60 months', '$500', '3.20%', '3.25%'],
];
const rJumbo = [
  ['12 months', '$100,000', '3.98%', '4.05%'],
  ['24 months', '$100,000', '3.64%', '3.70%'],
];
const rKnow = [
  'Dividends are compounded monthly and credited monthly. You can have them paid to your savings or checking account instead.',
  'A penalty may be charged for early withdrawal: 90 days of dividends on terms of 12 months or less, 180 days on longer terms.',
  'At maturity, your certificate renews for the same term at the rate then in effect unless you tell us otherwise within 10 days.',
  'IRA certificates are offered at the same rates. Ask a member advisor about traditional and Roth IRA options.',
];
const rFoot = j(
  'APY = Annual Percentage Yield. The APY assumes dividends remain on deposit until maturity. A withdrawal of dividends will reduce earnings.',
  'Fees could reduce earnings on the account.',
);
const rNav = ['Personal', 'Business', 'Loans', 'Rates', 'Resources', 'About'];
const rCrumbs = ['Home', 'Rates'];
const rSide = ['Savings and Checking Rates', 'Loan Rates', 'Mortgage Rates', 'Certificate Calculator'];
const rFoot2 = ['Contact Us', 'Routing Number 291380846', 'Privacy', 'Disclosures', 'Accessibility Statement', 'Careers'];
const head = `<thead><tr><th scope="col">Term</th><th scope="col">Minimum deposit</th><th scope="col">Dividend rate</th><th scope="col">APY*</th></tr></thead>`;
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${rTitle} | Keelhaven Community Credit Union</title><link rel="canonical" href="https://www.keelhavencu.org/rates/certificates">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Yb2hR0.css?delta=0&amp;language=en&amp;theme=keelhaven&amp;include=eJxL">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},
"gtag":{"tagId":"G-K33LH4V3N"}}</script></head>
<body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable
skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="Site header"><nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">
<a href="/" title="Home" rel="home" class="navbar-brand"><img src="/themes/custom/keelhaven/logo.svg" alt="Keelhaven Community Credit Union"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#CollapsingNavbar" aria-label="Toggle navigation">
<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">
<nav role="navigation" aria-labelledby="block-keelhaven-main-menu-menu" id="block-keelhaven-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-keelhaven-main-menu-menu">Main navigation</h2><ul class="clearfix nav navbar-nav">${links(rNav, 'nav-item')}</ul></nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-keelhaven-search" role="search">
<form action="/search/node" method="get" id="search-block-form"><label for="edit-keys" class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys"
class="form-search"></form></div>
<a class="btn btn-secondary login-link" href="https://digital.keelhavencu.org/">Log In</a></div></nav></header>
<div class="highlighted"><aside class="container section clearfix" role="complementary"><div data-drupal-messages-fallback class="hidden"></div></aside></div>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container"><div id="block-keelhaven-breadcrumbs" class="block
block-system block-system-breadcrumb-block"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">
Breadcrumb</h2><ol class="breadcrumb">${links(rCrumbs, 'breadcrumb-item')}<li class="breadcrumb-item active">${rTitle}</li></ol></nav></div>
<div class="row row-offcanvas row-offcanvas-left clearfix"><main class="main-content col" id="content" role="main"><section class="section">
<a id="main-content" tabindex="-1"></a><div id="block-keelhaven-page-title" class="block block-core block-page-title-block"><h1 class="title"><span
class="field field--name-title field--type-string field--label-hidden">${rTitle}</span></h1></div>
<div id="block-keelhaven-content" class="block block-system block-system-main-block"><article data-history-node-id="88" class="node node--type-page
node--view-mode-full"><div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary
field--label-hidden field__item">${ps([rIntro])}<p class="rates-effective"><em>${rEff}</em></p>
<h2>${rH2[0]}</h2><div class="table-responsive"><table class="table table-striped">${head}<tbody>${trs(rStd)}</tbody></table></div>
<h2>${rH2[1]}</h2><div class="table-responsive"><table class="table table-striped">${head}<tbody>${trs(rJumbo)}</tbody></table></div>
<h2>${rH2[2]}</h2><ul>${lis(rKnow)}</ul><p class="small">${rFoot}</p></div></div></article></div></section></main>
<div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second"><aside class="section" role="complementary">
<nav role="navigation" aria-labelledby="block-ratesmenu-menu" id="block-ratesmenu" class="block block-menu navigation menu--rates">
<h2 id="block-ratesmenu-menu">Other rates</h2><ul class="clearfix nav flex-column">${links(rSide, 'nav-item')}</ul></nav>
<div id="block-openacertificate" class="block block-block-content"><h2>Open a certificate</h2><div class="field field--name-body"><p>Already a member? Open a
certificate in digital banking in a few minutes.</p><p><a class="btn btn-primary" href="https://digital.keelhavencu.org/open">Open Online</a></p></div></div>
</aside></div></div></div></div>
<footer class="site-footer"><div class="container"><div class="site-footer__top clearfix"><nav role="navigation" id="block-keelhaven-footer" class="block
block-menu navigation menu--footer"><ul class="clearfix nav">${links(rFoot2, 'nav-item')}</ul></nav></div><div class="site-footer__bottom">
<p>Your savings federally insured to at least $250,000 and backed by the full faith and credit of the United States Government. National Credit Union
Administration, a U.S. Government Agency.</p><p>© 2026 Keelhaven Community Credit Union</p></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_9kCJ6BlO.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=keelhaven"></script></body></html>`;
const drupalRates: TestPage = {
  name: 'heldout505-drupal-certificate-rates',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH2,
  body: texts([rIntro, rEff, ...rStd.map(rowText), ...rJumbo.map(rowText), ...rKnow, rFoot]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...rNav.filter((t) => t !== 'Rates' && t !== 'About'), 'Search',
    'Log In', 'Breadcrumb', 'Home', 'Other rates', ...rSide, 'Open a certificate',
    'Already a member? Open a certificate in digital banking in a few minutes.', 'Open Online', ...rFoot2,
    j('Your savings federally insured to at least $250,000 and backed by the full faith and credit of the United States Government.',
      'National Credit Union Administration, a U.S. Government Agency.'), '© 2026 Keelhaven Community Credit Union',
  ],
};

export const HELDOUT505_A: readonly TestPage[] = [divi, drupalRates];
