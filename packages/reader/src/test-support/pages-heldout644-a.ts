import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout644-kit.js';

/**
 * Held-out batch 644, file a: a lighthouse's visiting information page built with Elementor (Hello Elementor theme, Elementor
 * Pro header and footer, Complianz cookie banner), and a windmill restoration appeal on Squarespace 7.1.
 */
const lTitle = 'Plan your visit';
const lIntro = [
  j(
    'Carrick Ness Lighthouse stands on the northern tip of the Ness, a short walk from the village of Port Aiglish. The tower,',
    'the keepers’ cottages and the foghorn house are open to visitors from April to October.',
  ),
  j(
    'There are 112 steps to the lantern gallery. The climb is steep and the stairs are narrow, so children under five cannot go',
    'up the tower, and everyone must wear closed shoes.',
  ),
];
const lH = ['Opening times', 'Tickets', 'Getting here', 'Accessibility', 'Dogs'];
const lTimes = ['April to June: 10am to 5pm, daily', 'July and August: 10am to 6pm, daily', 'September and October: 10am to 4pm, closed Tuesdays'];
const lTimesNote = 'Last tower climb is 45 minutes before closing. The tower may close in high winds; we post closures on our Facebook page by 9am.';
const lTickets = [
  j('Adults £9, children (5 to 16) £5, family (two adults and up to three children) £24. The grounds and the cottage', 'exhibition are free.'),
  'Tickets for the tower are sold for timed slots of 20 minutes. We keep some slots for visitors who turn up on the day.',
];
const lHere = [
  j(
    'By car, follow the brown signs from the A894 at Inverlochy. The lighthouse car park (pay and display, £3 a day) is 400 metres',
    'from the tower along a gravel track. Blue badge holders may drive to the lower gate.',
  ),
  'The 62 bus from Inverlochy stops at Port Aiglish harbour four times a day. From there it is a 25-minute walk along the coast path.',
];
const lAccess = [
  j(
    'The cottage exhibition, the shop and the toilets are on one level and can be reached by wheelchair. The tower cannot. A film',
    'of the climb and the view from the lantern plays on a loop in the foghorn house.',
  ),
];
const lDogs = 'Dogs on leads are welcome in the grounds but not in the tower or the cottages. Water bowls are left outside the shop.';
const lNav = ['Visit', 'History', 'Stay', 'Learning', 'Support us', 'Shop'];
const lFootCols = ['Carrick Ness Lighthouse Trust', 'Port Aiglish, Sutherland IV27 9QX', 'Scottish charity SC048113'];
const lFootNav = ['Contact', 'Privacy policy', 'Cookie policy', 'Accessibility statement'];
const lHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} – Carrick Ness Lighthouse</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://carrickness.org.uk/visit/">
<meta property="og:title" content="${lTitle} – Carrick Ness Lighthouse"><meta property="og:type" content="article">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://carrickness.org.uk/visit/",
"name":"${lTitle} – Carrick Ness Lighthouse","datePublished":"2024-02-11T10:12:40+00:00","dateModified":"2026-03-02T09:01:15+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://carrickness.org.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://carrickness.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all' />
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:0}</style>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":214}};</script>
</head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo"
data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://carrickness.org.uk">
<img width="220" height="64" src="/wp-content/uploads/2024/01/carrick-ness-logo.png" alt="Carrick Ness Lighthouse"></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-4f1c" class="elementor-nav-menu">${links(lNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul class="elementor-nav-menu">${links(lNav, 'menu-item')}</ul></nav>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book tickets</span></span></a></div></div></div>
</div></div></div></section></div>
<main id="content" class="site-main post-214 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-section-full_width elementor-section-height-min-height"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(lIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lH[0]}</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${lTimes
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-far-clock"
viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256"></path></svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${lTimesNote}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lH[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(lTickets)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="/book/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a tower slot</span></span></a></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lH[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(lHere)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-google_maps"><div class="elementor-widget-container"><div class="elementor-custom-embed">
<iframe loading="lazy" src="https://maps.google.com/maps?q=Carrick%20Ness&amp;output=embed" title="Carrick Ness Lighthouse">
</iframe></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lH[3]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(lAccess)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${lH[4]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${lDogs}</p></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container">
<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__item">Stay in a keeper’s cottage</h3>
<div class="elementor-cta__description elementor-cta__item">Two cottages sleep four each, with the beam sweeping past the window all night.</div>
<div class="elementor-cta__button-wrapper elementor-cta__item"><a class="elementor-cta__button elementor-button elementor-size-sm" href="/stay/">
See availability</a></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<h4>Café</h4><p>The Lamp Room café serves soup, scones and coffee from 10.30am. Card only.</p></div></div></div></div>
</div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="40" class="elementor elementor-40 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(lFootCols)}</div></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(lFootNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Carrick Ness Lighthouse Trust. Site by Harbourlight Web.</p></div></div></div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://carrickness.org.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout644-elementor-lighthouse-visit',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [...lH],
  body: texts([...lIntro, ...lTimes, lTimesNote, ...lTickets, ...lHere, ...lAccess, lDogs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lNav.filter((t) => t !== 'Visit' && t !== 'Shop'), 'Book tickets', 'Book a tower slot', 'Stay in a keeper’s cottage',
    'Two cottages sleep four each, with the beam sweeping past the window all night.', 'See availability', 'Café',
    'The Lamp Room café serves soup, scones and coffee from 10.30am. Card only.', ...lFootCols, ...lFootNav,
    '© 2026 Carrick Ness Lighthouse Trust. Site by Harbourlight Web.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

const sTitle = 'Turn the sails again: the Haddow Mill appeal';
const sDek = 'We need £186,000 to put new sails, a new fantail and a repaired cap on Suffolk’s last working post mill.';
const sIntro = [
  j(
    'Haddow Mill has stood on Tenter Hill above Wickhamstead since 1791. It ground flour for the village until 1958 and, after',
    'thirty years of restoration by volunteers, it turned under wind power again in 1994. For the last two seasons it has not',
    'turned at all.',
  ),
  j(
    'A survey in the spring found rot in both stocks, the long timbers that carry the sails, and in the fantail that keeps the',
    'mill facing into the wind. The millwright’s advice was plain: the sails must stay braked and chained until the stocks are',
    'replaced.',
  ),
];
const sH = ['What the work involves', 'Where the money goes', 'Other ways to help'];
const sWork = [
  j(
    'Two new stocks will be cut from Douglas fir, each 20 metres long, and the four sails will be rebuilt around them using as',
    'much of the old ironwork as can be saved. The fantail will be remade to its 1870s pattern, which is shown in a photograph',
    'held by the village history society.',
  ),
  'The work will be carried out by a specialist millwright over about eight months, with the cap lifted off by crane in October.',
];
const sMoney = [
  'Stocks and sails: £118,000',
  'Fantail and cap repairs: £41,000',
  'Scaffolding and crane hire: £19,000',
  'Survey, design and contingency: £8,000',
];
const sMoneyNote = j(
  'We have already been promised £60,000 by the Wickhamstead Mill Trust’s own reserves and a county heritage grant. Every',
  'gift made through this page goes directly to the sails fund.',
);
const sQuote = j(
  '“My grandfather was the last miller here. Seeing the sails go round again is the thing I most want to see before I’m',
  'eighty.” – Doreen Pask, Friend of Haddow Mill',
);
const sHelp = [
  'Become a Friend of Haddow Mill for £20 a year and receive our newsletter, The Tailpole.',
  'Sponsor a sail board for £50 and have a name painted on the inside face of a shutter.',
  'Leave a gift in your will, which our treasurer can talk through with you in confidence.',
];
const sNav = ['Home', 'Visit', 'The Mill', 'Appeal', 'Events', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Appeal — Haddow Mill</title>
<link rel="canonical" href="https://www.haddowmill.org.uk/appeal"><meta property="og:site_name" content="Haddow Mill">
<meta property="og:title" content="Appeal — Haddow Mill"><meta property="og:description" content="${sDek}">
<meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"siteTitle":"Haddow Mill"},"pageType":2,"collectionId":"65f1"};</script>
<script type="application/ld+json">{"url":"https://www.haddowmill.org.uk","name":"Haddow Mill","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65f0/27/5c5a/65f0/1517/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65f1c0de" class="header-width-full tweak-transparent-header primary-button-style-solid announcement-bar-enabled">
<div id="siteWrapper" class="clearfix site-wrapper">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<a href="/appeal" class="sqs-announcement-bar-url" aria-label="Announcement bar link"></a>
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Mill open Sundays 2pm–5pm until the end of September</p>
</div></div><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Haddow Mill</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Appeal' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f1c0de">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65f1c0e1">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-65f1c0e1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p>${ps(sIntro, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/65f0/haddow-sails-chained.jpg" alt="The sails chained"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The sails have been chained since April 2025. Photo: Tom Ellery</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH[0]}</h2>${ps(sWork, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH[1]}</h2><ul data-rte-list="default">${lis(sMoney.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p style="white-space:pre-wrap;">${sMoneyNote}</p></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<div class="appeal-thermometer"><div class="appeal-thermometer__bar" style="width:41%"></div><p class="appeal-thermometer__label">£76,410 raised of £186,000</p>
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>${sQuote}</span></blockquote></figure></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="https://www.justgiving.com/campaign/haddowmill"
class="sqs-block-button-element--large sqs-button-element--primary sqs-block-button-element">Give to the appeal</a></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH[2]}</h2><ul data-rte-list="default">${lis(sHelp.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" autocomplete="on"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Appeal updates</h2>
<div class="newsletter-form-header-description"><p>We’ll email you when the sails come down and when they go back up.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label>
<input id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="sqsrte-small">Wickhamstead Mill Trust · Registered charity 1034417</p>
<p class="sqsrte-small">Tenter Hill, Wickhamstead, Suffolk IP14 6RW</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/haddowmill" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"></a>
<a href="https://www.facebook.com/haddowmill" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></nav></div></div>
</div></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout644-squarespace-mill-appeal',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sH],
  body: texts([sDek, ...sIntro, ...sWork, ...sMoney, sMoneyNote, sQuote, ...sHelp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mill open Sundays 2pm–5pm until the end of September', 'Skip to Content', 'Home', 'Events', 'Contact', 'Donate',
    'The sails have been chained since April 2025. Photo: Tom Ellery', '£76,410 raised of £186,000', 'Give to the appeal', 'Appeal updates',
    'We’ll email you when the sails come down and when they go back up.', 'Email Address', 'Sign Up',
    'Wickhamstead Mill Trust · Registered charity 1034417', 'Tenter Hill, Wickhamstead, Suffolk IP14 6RW',
  ],
};

export const HELDOUT644_A: readonly TestPage[] = [elementor, squarespace];
