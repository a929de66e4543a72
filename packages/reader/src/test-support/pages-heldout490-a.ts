import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file a: an NHS trust's cardiology department page on Drupal 10 with the NHS.UK frontend theme, and a
 * private hospital's visiting hours page built with Elementor (Elementor Pro header and footer) on WordPress.
 */
const dTitle = 'Cardiology';
const dLede = 'We diagnose and treat heart conditions for adults across Corrowmere, the Esk Valley and the Holmside coast.';
const dWhat = [
  j(
    'Our cardiology team of 11 consultants, specialist nurses and cardiac physiologists runs outpatient clinics at Corrowmere',
    'General Hospital and Esk Valley Community Hospital, and looks after patients on Ward 14 (the coronary care unit).',
  ),
  'We see people with chest pain, palpitations, breathlessness, heart failure, valve disease and high blood pressure that is hard to control.',
];
const dInset = j(
  'If you have chest pain that spreads to your arms, neck or jaw, or chest pain that lasts more than 15 minutes,',
  '<strong>call 999</strong>. Do not wait for a clinic appointment.',
);
const dClinics = [
  'rapid access chest pain clinic (seen within 2 weeks of referral)',
  'heart failure clinic, run with our specialist nurses',
  'arrhythmia and pacing clinic',
  'echocardiography, ECG, 24-hour tape and exercise testing',
  'cardiac CT and MRI, in partnership with the imaging department',
];
const dBefore = [
  j(
    'Please bring a list of the medicines you take, including inhalers and anything you buy from a pharmacy. If you have a',
    'pacemaker or defibrillator, bring your device card.',
  ),
  j(
    'For an exercise test, wear comfortable shoes and loose clothing, and do not eat a heavy meal for two hours before your',
    'appointment. Your letter will tell you if you need to stop any medicines beforehand.',
  ),
];
const dRehab = j(
  'After a heart attack, heart surgery or a new diagnosis of heart failure, you will be offered a place on our 8-week cardiac',
  'rehabilitation programme. Sessions run at the Esk Valley Leisure Centre on Tuesday and Thursday mornings, and there is a',
  'home-based option with weekly phone calls from a rehabilitation nurse.',
);
const dH2 = ['What we do', 'Our clinics and tests', 'Before your appointment', 'Cardiac rehabilitation'];
const dNav = ['Our hospitals', 'Services', 'Visiting', 'Patients and visitors', 'Jobs', 'About us', 'Contact us'];
const dRel = ['Cardiac catheter laboratory', 'Heart failure nursing team', 'Stroke services', 'Imaging (X-ray and scans)'];
const dFoot = ['Accessibility statement', 'Complaints and PALS', 'Freedom of information', 'Privacy notice', 'Cookies', 'Modern slavery statement'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Cardiology | Corrowmere and Esk Valley Hospitals NHS Foundation Trust</title>
<meta name="description" content="${dLede}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://www.cevh.nhs.uk/services/cardiology"><link rel="icon" href="/themes/custom/cevh_nhsuk/favicon.ico">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"MedicalClinic","name":"Cardiology",
"medicalSpecialty":"Cardiovascular","parentOrganization":{"@type":"Hospital","name":"Corrowmere General Hospital"}}]}</script>
<link rel="stylesheet" media="all" href="/themes/custom/cevh_nhsuk/dist/css/main.css?t8k2lq">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});}
)(window,document,'script','dataLayer','GTM-K2QX9');</script>
</head><body class="path-node page-node-type-service js-enabled">
<a href="#maincontent" class="nhsuk-skip-link">Skip to main content</a>
<div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>Cookies on our website</h2>
<p>We've put some small files called cookies on your device to make our site work.</p>
<p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li>
<li><a id="nhsuk-cookie-banner__link" href="/cookies">Let me choose which cookies we use</a></li></ul></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="nhsuk-header nhsuk-header--organisation nhsuk-header--white" role="banner"><div class="nhsuk-header__container">
<div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/" aria-label="Corrowmere and Esk Valley Hospitals homepage">
<svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" role="presentation" focusable="false" viewBox="0 0 40 16"><path d="M0 0h40v16H0z"></path></svg>
<span class="nhsuk-organisation-name">Corrowmere and Esk Valley Hospitals</span>
<span class="nhsuk-organisation-descriptor">NHS Foundation Trust</span></a></div>
<div class="nhsuk-header__content" id="content-header"><div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search">
<form class="nhsuk-header__search-form" id="search" action="/search" method="get" role="search">
<label class="nhsuk-u-visually-hidden" for="search-field">Search this website</label>
<input class="nhsuk-search__input" id="search-field" name="keys" type="search" placeholder="Search" autocomplete="off">
<button class="nhsuk-search__submit" type="submit"><span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div></div>
<nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">
${links(dNav, 'nhsuk-header__navigation-item')}</ul></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/services">Services</a></li></ol>
<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/services">
<span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Services</a></p>
</div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div data-drupal-messages-fallback class="hidden"></div>
<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
<article class="node node--type-service node--view-mode-full"><h1><span class="field field--name-title">${dTitle}</span></h1>
<p class="nhsuk-lede-text">${dLede}</p>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<h2>${dH2[0]}</h2>${ps(dWhat)}
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>${dInset}</p></div>
<h2>${dH2[1]}</h2><ul>${lis(dClinics)}</ul>
<h2>${dH2[2]}</h2>${ps(dBefore)}
<h2>${dH2[3]}</h2>${ps([dRehab])}
</div></article>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 3 March 2026<br>Next review due: 3 March 2027</p></div></div>
<div class="nhsuk-grid-column-one-third"><aside class="sidebar">
<div class="nhsuk-card"><div class="nhsuk-card__content"><h2 class="nhsuk-card__heading">Contact cardiology</h2>
<p class="nhsuk-card__description">Cardiology secretaries: 01632 960 214</p>
<p class="nhsuk-card__description">Level 2, Esk Wing, Corrowmere General Hospital</p>
<p class="nhsuk-card__description">Monday to Friday, 8.30am to 4.30pm</p></div></div>
<nav class="nhsuk-related-nav"><h2 class="nhsuk-related-nav__heading">Related services</h2><ul class="nhsuk-related-nav__list">
${links(dRel, 'nhsuk-related-nav__item')}</ul></nav></aside></div></div></main></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(dFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Corrowmere and Esk Valley Hospitals NHS Foundation Trust 2026</p></div></div></div></footer></div>
<script src="/themes/custom/cevh_nhsuk/dist/js/nhsuk.min.js"></script><script src="/core/misc/drupal.js?t8k2lq"></script></body></html>`;
const drupalNhs: TestPage = settle({
  name: 'heldout490-drupal-nhsuk-cardiology',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH2,
  body: texts([dLede, ...dWhat, dInset, ...dClinics, ...dBefore, dRehab]),
  bylines: ['Page last reviewed: 3 March 2026', 'Next review due: 3 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on our website', "We've put some small files called cookies on your device to make our site work.",
    "We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.",
    "I'm OK with analytics cookies", 'Do not use analytics cookies', 'Let me choose which cookies we use', 'Corrowmere and Esk Valley Hospitals',
    'NHS Foundation Trust', ...dNav, 'Home', 'Contact cardiology', 'Cardiology secretaries: 01632 960 214',
    'Level 2, Esk Wing, Corrowmere General Hospital', 'Monday to Friday, 8.30am to 4.30pm', 'Related services', ...dRel, ...dFoot,
    '© Corrowmere and Esk Valley Hospitals NHS Foundation Trust 2026',
  ],
});

const vTitle = 'Visiting hours';
const vIntro = j(
  'Friends and family are welcome at Hollins Vale Hospital. To give our patients time to rest and our teams time to deliver',
  'care, we ask all visitors to keep to the times below.',
);
const vTimes = [
  'Inpatient wards (Lapwing and Curlew): 10am to 8pm, every day',
  'Critical care unit: 2pm to 4pm and 6pm to 8pm, two visitors at a time',
  'Day surgery unit: visitors cannot wait on the unit; we will phone you when your relative is ready to go home',
  'Children’s day ward: parents and carers at any time',
];
const vBefore = [
  j(
    'Please do not visit if you have had diarrhoea, vomiting or a fever in the last 48 hours. Clean your hands with the gel at the',
    'ward entrance when you arrive and when you leave.',
  ),
  'Flowers are not allowed in the critical care unit. Children under 12 may visit the wards with an adult.',
];
const vPark = j(
  'Visitor parking is free for the first two hours in the main car park off Ferris Lane. Blue Badge spaces are next to the',
  'main entrance, and there is a drop-off bay outside reception.',
);
const vH2 = ['Ward visiting times', 'Before you visit', 'Parking'];
const vNav = ['Treatments', 'Consultants', 'Prices', 'Patient information', 'About us', 'Contact'];
const vFoot = ['Privacy policy', 'Terms of use', 'Complaints', 'Careers', 'Sitemap'];
const head = (t: string): string => `<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${t}</h2></div></div>`;
const text = (paras: readonly string[]): string => `<div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container">${ps(paras)}</div></div>`;
const icons = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n');
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visiting hours - Hollins Vale Hospital</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.hollinsvalehospital.co.uk/visiting-hours/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Visiting hours - Hollins Vale Hospital","datePublished":"2024-02-12T09:10:41+00:00","dateModified":"2026-05-20T14:02:11+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-2041-css" href="/wp-content/uploads/elementor/css/post-2041.css?ver=1716213731" media="all">
<style id="elementor-frontend-inline-css">.elementor-2041 .elementor-element.elementor-element-5c1e0a2{--padding-top:60px;}</style>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-2041 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-2041">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="/"><img width="220" height="64" src="/wp-content/uploads/2024/01/hollins-vale-logo.svg" alt="Hollins Vale Hospital"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-3f1d6b2" class="elementor-nav-menu">${links(vNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-3f1d6b2" class="elementor-nav-menu">${links(vNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a consultation</span></span></a></div></div></div></div></div></div>
<main id="content" class="site-main post-2041 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="2041" class="elementor elementor-2041">
<div class="elementor-element elementor-element-5c1e0a2 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1></div></div>
${text([vIntro])}
${head(vH2[0] ?? '')}
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${icons(vTimes)}</ul></div></div>
${head(vH2[1] ?? '')}
${text(vBefore)}
${head(vH2[2] ?? '')}
${text([vPark])}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="118" class="elementor elementor-118 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Hollins Vale Hospital, Ferris Lane, Ashby Moor AM4 7QT</p><p>Call us: 01632 960 880</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(vFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Hollins Vale Healthcare Ltd. Registered in England No. 08812345.</p></div></div></div></div></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":2041}};</script>
</body></html>`;
const elementorVisiting: TestPage = settle({
  name: 'heldout490-elementor-visiting-hours',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vH2,
  body: texts([vIntro, ...vTimes, ...vBefore, vPark]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vNav, 'Book a consultation', 'Hollins Vale Hospital, Ferris Lane, Ashby Moor AM4 7QT', 'Call us: 01632 960 880', ...vFoot,
    '© 2026 Hollins Vale Healthcare Ltd. Registered in England No. 08812345.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT490_A: readonly TestPage[] = [drupalNhs, elementorVisiting];
