import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout489-kit.js';

/**
 * Held-out batch 489, file a: a medicine information page on a Drupal (Olivero-based) health-board site with an
 * accordion and a dose table, and a pharmacy travel-clinic service page built with WordPress and Elementor.
 */
const mTitle = 'Lansoprazole: a medicine to reduce stomach acid';
const mDek = 'Find out how lansoprazole treats heartburn and stomach ulcers, and how to take it.';
const mAbout = [
  j(
    'Lansoprazole is a type of medicine called a proton pump inhibitor. It reduces the amount of acid your stomach makes.',
    'It is used for heartburn, acid reflux and to help stomach ulcers heal.',
  ),
  'It comes as capsules and as tablets that melt in your mouth. It is only available on prescription in Elmbridge Valley.',
];
const mWho = [
  'you have had an allergic reaction to lansoprazole or any other medicine in the past',
  'you have liver problems',
  'you are due to have an endoscopy',
  'you are pregnant, trying to get pregnant or breastfeeding',
];
const mDoseRows = [
  ['Heartburn and acid reflux', '15mg or 30mg', 'Once a day'],
  ['Stomach ulcer', '30mg', 'Once a day for 4 to 8 weeks'],
  ['Preventing ulcers with anti-inflammatory painkillers', '15mg', 'Once a day'],
];
const mHow = j(
  'Take lansoprazole once a day in the morning, at least 30 minutes before you eat. Swallow the capsules whole with a drink of water.',
  'If you find capsules hard to swallow, ask your pharmacist about the tablets that melt on your tongue.',
);
const mMissed = j(
  'If you forget to take a dose, take it as soon as you remember, unless it is nearly time for your next dose. In that case, skip',
  'the missed dose. Never take 2 doses at the same time to make up for a forgotten one.',
);
const mSide = ['headaches', 'feeling sick', 'diarrhoea or constipation', 'stomach pain or wind'];
const mSideP = 'These common side effects happen in more than 1 in 100 people. Talk to a pharmacist if they bother you or do not go away.';
const mHeads = ['About lansoprazole', 'Who can and cannot take it', 'How much to take', 'How to take it', 'If you forget to take it', 'Side effects'];
const mNav = ['Health A to Z', 'Medicines A to Z', 'Live well', 'Find a pharmacy', 'Services near you'];
const mCrumbs = ['Home', 'Medicines A to Z'];
const mFoot = ['About us', 'Accessibility statement', 'Cookies', 'Privacy notice', 'Complaints', 'Contact us'];
const mHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${mTitle} | Elmbridge Valley Health Board</title><meta name="description" content="${mDek}">
<link rel="canonical" href="https://www.elmbridgevalley.health/medicines/lansoprazole"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Drug","name":"Lansoprazole","drugClass":"Proton pump inhibitor"}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9k2ld">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"medicine"});</script></head>
<body class="path-node page-node-type-medicine"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Elmbridge Valley Health Board</a></div>
<div class="header-nav" id="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(mNav, 'menu__item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get">
<label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" placeholder="Search this site">
<input type="submit" value="Search" class="button"></form></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(mCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above"><div class="block block-core block-page-title-block"><h1 class="title page-title">${mTitle}</h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<article data-history-node-id="2214" class="node node--type-medicine node--view-mode-full"><div class="node__content">
<div class="field field--name-field-summary field--type-string-long"><p class="lede">${mDek}</p></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary">
<h2>${mHeads[0]}</h2>${ps(mAbout)}
<h2>${mHeads[1]}</h2><p>${'Lansoprazole can be taken by adults and children aged 1 year and older. Check with your doctor before starting it if:'}</p>
<ul>${lis(mWho)}</ul>
<h2>${mHeads[2]}</h2><table class="dose-table"><thead><tr><th>Condition</th><th>Usual dose</th><th>How often</th></tr></thead><tbody>
${trs(mDoseRows)}</tbody></table>
<div class="accordion" data-accordion><div class="accordion__item"><h3 class="accordion__title"><button aria-expanded="false"
aria-controls="acc-1">${mHeads[3]}</button></h3><div id="acc-1" class="accordion__panel collapsed"><p>${mHow}</p></div></div>
<div class="accordion__item"><h3 class="accordion__title"><button aria-expanded="false" aria-controls="acc-2">${mHeads[4]}</button></h3>
<div id="acc-2" class="accordion__panel collapsed"><p>${mMissed}</p></div></div></div>
<h2>${mHeads[5]}</h2><p>Like all medicines, lansoprazole can cause side effects, although not everyone gets them. Common side effects are:</p>
<ul>${lis(mSide)}</ul><p>${mSideP}</p></div>
<div class="field field--name-field-reviewed"><p class="page-review">Page last reviewed: 3 March 2026<br>Next review due: 3 March 2029</p></div>
<div class="callout callout--info"><h2 class="callout__title">Report a side effect</h2>
<p>You can report any suspected side effect to the Yellow Card safety scheme.</p><a href="/yellow-card" class="button">Report a side effect online</a></div>
</div></article></div>
<div class="region region--content-below"><div class="block block-views related-medicines"><h2 class="block__title">Other medicines for indigestion</h2>
<ul>${links(['Omeprazole', 'Famotidine', 'Gaviscon'])}</ul></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav class="menu--footer">
<ul class="menu">${links(mFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom">
<p class="copyright">© Elmbridge Valley Health Board 2026</p></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies to make this site work and to see how it is used.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">Accept all cookies</button>
<button type="button" class="decline-button">Use necessary cookies only</button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/2214"}}</script>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const medicine: TestPage = {
  name: 'heldout489-drupal-medicine',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([
    mDek,
    ...mAbout,
    'Lansoprazole can be taken by adults and children aged 1 year and older. Check with your doctor before starting it if:',
    ...mWho,
    ...rowTexts(mDoseRows),
    mHow,
    mMissed,
    'Like all medicines, lansoprazole can cause side effects, although not everyone gets them. Common side effects are:',
    ...mSide,
    mSideP,
  ]),
  bylines: ['Page last reviewed: 3 March 2026', 'Next review due: 3 March 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Elmbridge Valley Health Board', 'Main navigation', ...mNav, 'Search', 'Breadcrumb', ...mCrumbs.slice(0, 1), 'Report a side effect',
    'You can report any suspected side effect to the Yellow Card safety scheme.', 'Report a side effect online', 'Other medicines for indigestion',
    'Omeprazole', 'Famotidine', 'Gaviscon', ...mFoot, '© Elmbridge Valley Health Board 2026',
    'We use cookies to make this site work and to see how it is used.',
    'Accept all cookies', 'Use necessary cookies only',
  ],
};

const tTitle = 'Travel Vaccination Clinic';
const tIntro = [
  j(
    'Planning a trip abroad? Our pharmacist-led travel clinic at Brackwell Pharmacy gives you a full risk assessment for your',
    'destination and the vaccines and antimalarials you need, usually in a single appointment.',
  ),
  'We recommend booking at least six weeks before you travel, as some vaccines need more than one dose.',
];
const tOffer = [
  'Hepatitis A and hepatitis B',
  'Typhoid',
  'Rabies (three-dose course)',
  'Yellow fever (we are a registered yellow fever centre)',
  'Japanese encephalitis',
  'Antimalarial tablets',
];
const tSteps = [
  j('Book online or by phone. Fill in our short travel questionnaire so the pharmacist knows where you are going and for how long.'),
  'Your consultation takes around 20 minutes in our private consultation room. We check your vaccine history and any medicines you take.',
  'You receive your vaccines on the day where possible, with a written record for your travel documents.',
];
const tPrice = j(
  'The consultation costs £15, which we deduct from the price of any vaccines you go on to have. Vaccine prices are listed on our',
  'price list and are per dose.',
);
const tHeads = ['Vaccines we offer', 'How it works', 'Prices'];
const tNav = ['Home', 'Services', 'Travel Clinic', 'Weight Loss', 'Repeat Prescriptions', 'About Us', 'Contact'];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Travel Vaccination Clinic &#8211; Brackwell Pharmacy</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="https://brackwellpharmacy.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="hello-elementor-css" href="https://brackwellpharmacy.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Travel Vaccination Clinic"},
{"@type":"Pharmacy","name":"Brackwell Pharmacy","telephone":"01632 960418"}]}</script>
<style id="elementor-post-88">.elementor-88 .elementor-element.elementor-element-5f2a1c3{--display:flex;}</style>
<script src="https://brackwellpharmacy.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-88 elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element e-con-full e-flex e-con e-parent" data-element_type="container"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Free local prescription delivery &#8211; call 01632 960418</p></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-theme-site-logo"><a href="/">
<img src="/wp-content/uploads/2024/02/brackwell-logo.svg" alt="Brackwell Pharmacy"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-6c1e2b1" class="elementor-nav-menu">${links(tNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="/book/">
<span class="elementor-button-text">Book Appointment</span></a></div></div></div>
<main id="content" class="site-main post-88 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
<div class="elementor-element elementor-element-5f2a1c3 e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${tTitle}</h1></div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(tIntro)}</div></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button" href="/book/travel/"><span class="elementor-button-text">Book your
 travel consultation</span></a></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[0]}</h2></div>
<div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
${lis(
  tOffer.map(
    (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}
</ul></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[1]}</h2></div>
${tSteps
  .map(
    (s, i) => `<div class="elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>Step ${i + 1}</span></h3><p class="elementor-icon-box-description">${s}</p></div></div></div>`,
  )
  .join('\n')}
</div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[2]}</h2></div><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>${tPrice.replace('£', '&pound;')}</p></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent testimonials"><div class="elementor-widget elementor-widget-testimonial">
<div class="elementor-testimonial-content">Really thorough and friendly. Sorted all my jabs for Peru in one visit.</div>
<div class="elementor-testimonial-name">Karen, Brackwell</div></div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
<div class="elementor-widget elementor-widget-text-editor"><p>Brackwell Pharmacy, 4 Mill Lane, Brackwell BW3 7QT</p>
<p>Mon&#8211;Fri 9am&#8211;6pm, Sat 9am&#8211;1pm</p></div><div class="elementor-widget elementor-widget-text-editor">
<p>Superintendent Pharmacist: Dilan Okonkwo-Reyes. GPhC premises registration 1187342.</p></div>
<div class="elementor-widget elementor-widget-text-editor"><p>&copy; 2026 Brackwell Pharmacy Ltd. All rights reserved.</p></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div>
<script src="https://brackwellpharmacy.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const travelClinic: TestPage = {
  name: 'heldout489-elementor-travel-clinic',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tHeads[0] ?? '', tHeads[1] ?? '', 'Step 1', 'Step 2', 'Step 3', tHeads[2] ?? ''],
  body: texts([...tIntro, ...tOffer, ...tSteps, tPrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local prescription delivery – call 01632 960418', ...tNav,
    'Book Appointment', 'Book your travel consultation', 'Really thorough and friendly. Sorted all my jabs for Peru in one visit.', 'Karen, Brackwell',
    'Brackwell Pharmacy, 4 Mill Lane, Brackwell BW3 7QT', 'Mon–Fri 9am–6pm, Sat 9am–1pm',
    'Superintendent Pharmacist: Dilan Okonkwo-Reyes. GPhC premises registration 1187342.', '© 2026 Brackwell Pharmacy Ltd. All rights reserved.',
    'We value your privacy', 'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT489_A: readonly TestPage[] = [medicine, travelClinic];
