import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout496-kit.js';

/**
 * Held-out batch 496, file a: a care home profile on WordPress with Elementor (Hello theme), and an inspection report
 * summary on a regulator's Drupal site.
 */
const lTitle = 'Larkfield House Care Home';
const lDek = 'Residential and dementia care for 46 residents on the edge of Ashcombe village.';
const lIntro = [
  j(
    'Larkfield House is a family-run care home set in two acres of walled garden. We have looked after older people from Ashcombe',
    'and the surrounding villages since 1987, and many of our team have been with us for more than ten years.',
  ),
  j(
    'Every resident has a private room with an en-suite shower room, a call bell and a window onto the garden. You are welcome',
    'to bring your own furniture, pictures and plants so that your room feels like home from the first day.',
  ),
];
const lCareH = 'Care we provide';
const lCare = [
  '<strong>Residential care</strong> for people who need help with washing, dressing, medication and getting about',
  '<strong>Dementia care</strong> in our Orchard wing, with a sensory garden and a life-story worker',
  '<strong>Respite stays</strong> of one to six weeks, so that family carers can rest',
  "<strong>End of life care</strong> with the Ashcombe district nurses and St Aldric's Hospice",
];
const lFactsH = 'At a glance';
const lFacts = ['46 en-suite rooms', 'Lift to all floors', 'Visiting at any time', 'Hairdresser twice a week', 'Rated Good in every area'];
const lDayH = 'A day at Larkfield';
const lDay = [
  j(
    'There is no fixed time to get up. Breakfast is served until half past ten, and our cook, Bernadette, plans the menu each',
    "month with the residents' committee. Afternoons bring music, gardening, quizzes and a minibus trip every Thursday.",
  ),
  j('Families are part of life here. Stay for lunch for a small charge, join our summer fete, or book the garden room for a', 'birthday party.'),
];
const lQuote = '"Mum has been at Larkfield for three years. The staff know her better than some of her own family." Daughter of a resident';
const lNav = ['Home', 'Our Homes', 'Care Types', 'Life at Larkfield', 'Careers', 'News', 'Contact'];
const lFoot = ['Privacy Policy', 'Cookie Policy', 'Complaints', 'Modern Slavery Statement'];
const lHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} | Residential &amp; Dementia Care in Ashcombe | Larkfield Care</title>
<meta name="description" content="${lDek}"><link rel="canonical" href="https://www.larkfieldcare.co.uk/our-homes/larkfield-house/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${lTitle}"},
{"@type":"LocalBusiness","name":"${lTitle}","telephone":"01632 960 418","address":{"addressLocality":"Ashcombe"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-212-css" href="/wp-content/uploads/elementor/css/post-212.css?ver=1717420000" media="all">
<style id="hello-elementor-inline-css">.site-header{padding:0}.elementor-kit-7{--e-global-color-primary:#4B6B3C}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-LK2026');</script>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-212 elementor-default elementor-kit-7 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="15" class="elementor elementor-15 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3e1 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-image">
<div class="elementor-widget-container"><a href="/"><img width="220" height="64" src="/wp-content/uploads/2023/02/larkfield-logo.svg" alt="Larkfield Care">
</a></div></div></div></div><div class="elementor-column elementor-col-66 elementor-top-column elementor-element"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-2b1" class="elementor-nav-menu">${links(lNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul class="elementor-nav-menu">${links(lNav)}</ul></nav>
</div></div><div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418"><span class="elementor-button-text">Call 01632 960 418</span></a>
</div></div></div></div></div></section></div>
<main id="content" class="site-main post-212 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212">
<section class="elementor-section elementor-top-section elementor-element elementor-element-a91 elementor-section-full_width hero">
<div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${lDek}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-md" href="#enquire"><span class="elementor-button-text">Arrange a visit</span></a>
</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-b20 elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(lIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lCareH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(lCare)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lDayH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(lDay)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container">
<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${lQuote}</div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2024/05/walled-garden.jpg" alt="Residents in the walled garden">
<figcaption class="widget-image-caption wp-caption-text">The walled garden in May</figcaption></figure></div></div>
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">${lFactsH}</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${lFacts
  .map(
    (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${f}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button" href="/wp-content/uploads/2024/01/larkfield-brochure.pdf"><span class="elementor-button-text">Download our brochure</span></a>
</div></div></div></div></div></section>
<section id="enquire" class="elementor-section elementor-top-section elementor-element elementor-element-c77 elementor-section-boxed">
<div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">Make an enquiry</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container"><form class="elementor-form" method="post">
<div class="elementor-field-group"><label for="form-field-name" class="elementor-field-label">Your name</label><input id="form-field-name" type="text"></div>
<div class="elementor-field-group"><label for="form-field-phone" class="elementor-field-label">Phone number</label><input id="form-field-phone"
type="tel"></div>
<div class="elementor-field-group"><label for="form-field-msg" class="elementor-field-label">How can we help?</label><textarea id="form-field-msg"></textarea>
</div><button type="submit" class="elementor-button"><span class="elementor-button-text">Send enquiry</span></button></form></div></div>
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container"><div class="elementor-column elementor-col-50">
<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Larkfield House, Mill Lane, Ashcombe AS7 2LP</p><p>Registered in England No. 04418812</p></div></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(lFoot)}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Larkfield Care Ltd. All rights reserved.</p></div></div></div></div></div></section></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container moove-gdpr-dark-scheme" aria-hidden="false">
<div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button>
<button class="mgbutton moove-gdpr-infobar-settings-btn">Settings</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const larkfield: TestPage = {
  name: 'heldout496-elementor-care-home',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lCareH, lDayH, lFactsH],
  body: texts([lDek, ...lIntro, ...lCare, ...lDay, lQuote, ...lFacts]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lNav.filter((t) => t !== 'Home'), 'Call 01632 960 418', 'Arrange a visit', 'The walled garden in May', 'Download our brochure',
    'Make an enquiry',
    'Your name', 'Phone number', 'How can we help?', 'Send enquiry', 'Larkfield House, Mill Lane, Ashcombe AS7 2LP', 'Registered in England No. 04418812',
    ...lFoot, '© 2026 Larkfield Care Ltd. All rights reserved.', 'We are using cookies to give you the best experience on our website.', 'Accept',
    'Settings',
  ],
};

const sTitle = 'Brampton Court Nursing Home: inspection summary';
const sDek = 'We carried out an unannounced inspection of this service on 3 and 4 March 2026.';
const sRows = [
  ['Overall', 'Requires improvement'],
  ['Is the service safe?', 'Requires improvement'],
  ['Is the service effective?', 'Good'],
  ['Is the service caring?', 'Good'],
  ['Is the service responsive?', 'Good'],
  ['Is the service well-led?', 'Requires improvement'],
];
const sH = ['About the service', 'What we found', 'What the provider must do', 'Next steps'];
const sAbout = j(
  'Brampton Court is a nursing home in Haverleigh providing personal and nursing care for up to 58 people aged 65 and over,',
  'some of whom live with dementia. At the time of our inspection 51 people were living at the home across three floors.',
);
const sFound = [
  j(
    'People told us staff were kind and treated them with dignity. Relatives said they were made welcome and kept informed about',
    "changes in their family member's health. Meals were well presented and people were offered choices.",
  ),
  j(
    'However, medicines were not always managed safely. On the second floor, records for creams and patches had gaps on 14 days',
    "in February, and two people did not receive time-specific medicines for Parkinson's disease at the right time.",
  ),
  j(
    'The home relied on agency nurses for a third of night shifts. Agency staff did not always receive an induction, and care',
    'plans for people at risk of choking were not always followed at mealtimes.',
  ),
];
const sMust = [
  'Make sure medicines are given at the prescribed times and recorded accurately.',
  'Give every agency nurse an induction before their first shift.',
  'Check that staff follow the guidance in care plans for people at risk of choking.',
  'Improve the audits the registered manager uses to find and fix these problems.',
];
const sNext = j(
  'We have asked the provider to send us an action plan by 30 April 2026. We will return to check on progress and will',
  'inspect again within 12 months.',
);
const sNav = ['Find a care service', 'Give feedback on care', 'Guidance for providers', 'About us', 'News'];
const sCrumbs = ['Home', 'Find a care service', 'Brampton Court Nursing Home'];
const sSide = ['Read the full report (PDF, 412 KB)', 'Previous inspections', 'How we rate services'];
const sFoot = ['Accessibility', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs'];
const sHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: https://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${sTitle} | Social Care Standards Authority</title><meta name="description" content="${sDek}">
<link rel="canonical" href="https://www.scsa.org.uk/location/1-4418302211/reports/summary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${sTitle}","datePublished":"2026-04-09",
"author":{"@type":"GovernmentOrganization","name":"Social Care Standards Authority"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hq3v9lDy2n0.css?delta=0&amp;language=en&amp;theme=scsa_theme">
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-inspection-report layout-one-sidebar">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site</h2><p>Some are essential. Others help us understand how the site is used.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-scsa-theme-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/scsa_theme/logo.svg" alt="Social Care Standards Authority"></a></div>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" id="search-block-form">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys"
class="form-search"></div><div class="form-actions"><input type="submit" value="Search" class="button"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-scsa-main-menu-menu" id="block-scsa-main-menu"><h2 class="visually-hidden"
id="block-scsa-main-menu-menu">Main navigation</h2><ul class="menu">${links(sNav, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><div id="block-scsa-theme-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(sCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/location/1-4418302211/reports/summary" class="node node--type-inspection-report node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${sTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-published field--label-inline"><div class="field__label">Published</div>
<div class="field__item"><time datetime="2026-04-09T09:00:00Z">9 April 2026</time></div></div></div>
<div class="node__content"><div class="field field--name-field-summary"><p class="lead">${sDek}</p></div>
<div class="field field--name-field-ratings"><table class="ratings-table"><caption class="visually-hidden">Ratings</caption>
<thead><tr><th scope="col">Key question</th><th scope="col">Rating</th></tr></thead><tbody>${trs(sRows)}</tbody></table></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<h2>${sH[0]}</h2><p>${sAbout}</p><h2>${sH[1]}</h2>${ps(sFound)}<h2>${sH[2]}</h2><ol>${lis(sMust)}</ol>
<h2>${sH[3]}</h2><p>${sNext}</p></div></div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="block block-views">
<h2 class="block-title">Service details</h2><p>Brampton Court Nursing Home</p><p>17 Orchard Rise, Haverleigh HV3 9QT</p>
<p>Provider: Meadowgate Healthcare Ltd</p><p>Registered manager: Position vacant</p></div>
<div class="block block-menu"><h2 class="block-title">Reports</h2><ul class="menu">${links(sSide)}</ul></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><nav class="block block-menu"><ul class="menu">${links(sFoot)}</ul></nav>
<p class="copyright">© Social Care Standards Authority 2026</p></div></footer></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"en"}}</script>
<script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const inspection: TestPage = {
  name: 'heldout496-drupal-inspection-summary',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: [sDek, ...rowTexts(sRows), sAbout, ...sFound, ...sMust, sNext],
  bylines: ['Published', '9 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site', 'Some are essential. Others help us understand how the site is used.', 'Accept all',
    'Essential only', 'Search', ...sNav, 'Home', 'Service details', '17 Orchard Rise, Haverleigh HV3 9QT',
    'Provider: Meadowgate Healthcare Ltd', 'Registered manager: Position vacant', 'Reports', ...sSide, ...sFoot, '© Social Care Standards Authority 2026',
  ],
};

export const HELDOUT496_A: readonly TestPage[] = [larkfield, inspection];
