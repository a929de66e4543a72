import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout525-kit.js';

/**
 * Held-out batch 525, file a: a recording studio's rates page on Squarespace 7.1, and a rehearsal rooms' booking page built
 * with Elementor (Hello Elementor theme, Elementor Pro form, Complianz banner) on WordPress.
 */
const sTitle = 'Rates';
const sDek = 'Straightforward pricing for tracking, mixing and mastering at Lanternfish Sound. All rates include an engineer.';
const sHeads = ['Studio A: the live room', 'Studio B: overdubs and vocals', 'Mixing and mastering', 'Deposits and cancellations'];
const sA = ['Half day (5 hours): £240', 'Full day (10 hours): £420', 'Weekend lockout (two full days): £780', 'Extra hours after 10pm: £50 an hour'];
const sAIntro = j(
  'Studio A is our 48 square metre live room with a separate drum booth, the Neve-style 24-channel desk and the Steinway model O.',
  'It fits a full band tracking live, a string quartet or a small choir.',
);
const sB = ['Hourly (minimum three hours): £38 an hour', 'Full day (10 hours): £300', 'Vocal session with tuning and comping: £190 a song'];
const sMix = [
  'Mix, per song, with two rounds of revisions: £160',
  'Stem mastering, per song: £70',
  'Stereo mastering, per song: £45, or £380 for an album of up to 12 songs',
  'Attended mix sessions are charged at the Studio B day rate.',
];
const sDep = [
  j(
    'We take a 30% deposit to hold a date. The deposit is refunded in full if you cancel at least 14 days before the session;',
    'after that it is kept, but we will always try to move you to another date first.',
  ),
  j(
    'Prices include VAT. Hard drive backups of your sessions are kept for six months after the last booking, and we can send',
    'the multitracks by download or on a drive you bring.',
  ),
];
const sNav = ['Studios', 'Gear', 'Engineers', 'Rates', 'Clients', 'Contact'];
const sFoot = ['Instagram', 'YouTube', 'Bandcamp'];
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const sp = (xs: readonly string[]): string => ps(xs, ' class="" style="white-space:pre-wrap;"');
const sHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>Rates — Lanternfish Sound</title><link rel="canonical" href="https://www.lanternfishsound.co.uk/rates">
<meta property="og:site_name" content="Lanternfish Sound"><meta property="og:title" content="Rates — Lanternfish Sound">
<meta property="og:type" content="website"><meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Lanternfish Sound","language":"en-GB"},"pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.lanternfishsound.co.uk","name":"Lanternfish Sound",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Lanternfish Sound Ltd","address":"Unit 4, Cordwain Yard, Bristol","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1/24/5c5a/63a1/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63a1f2c4e87d1b2a4c7e9a11" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-blog-alternating-side-by-side-width-full collection-type-page collection-layout-default mobile-style-available
sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart">
<span class="Cart-inner"><div class="legacy-cart icon-cart"></div><div class="sqs-cart-quantity">0</div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar-custom-location"><div class="yui3-widget sqs-widget sqs-announcement-bar">
<div class="sqs-announcement-bar-content"><a class="sqs-announcement-bar-url" href="/contact" aria-labelledby="announcement-bar-text-inner-id"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Now booking spring 2027 — weekday half days from £240</p></div>
</div></div></div></div></div>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63a1/logo.png"
alt="Lanternfish Sound" style="display:block"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Rates' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book now</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f2c4e87d1b2a4c7e9a14">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63a1f2c4e87d1b2a4c7e9a15">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper" style=""><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63a1f2c4e87d1b2a4c7e9a15"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${sBlock('1671', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sp([sDek])}`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1672"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/63a1/studio-a.jpg"
alt="The live room at Lanternfish Sound with drums set up" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Studio A set up for a live session.</p>
</div></figcaption></figure></div></div>
${sBlock(
  '1673',
  `<h2 style="white-space:pre-wrap;">${at(sHeads, 0)}</h2>${sp([sAIntro])}<ul data-rte-list="default">${lis(
    sA.map(
      (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
    ),
  )}</ul>`,
)}
${sBlock(
  '1674',
  `<h2 style="white-space:pre-wrap;">${at(sHeads, 1)}</h2><ul data-rte-list="default">${lis(
    sB.map(
      (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
    ),
  )}</ul>`,
)}
${sBlock(
  '1675',
  `<h2 style="white-space:pre-wrap;">${at(sHeads, 2)}</h2><ul data-rte-list="default">${lis(
    sMix.slice(0, 3).map(
      (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
    ),
  )}</ul>${sp([at(sMix, 3)])}`,
)}
${sBlock('1676', `<h2 style="white-space:pre-wrap;">${at(sHeads, 3)}</h2>${sp(sDep)}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1677"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"
data-button-size="medium" data-button-type="primary"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Check availability</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">${sBlock(
  '2001',
  `<p class="" style="white-space:pre-wrap;"><strong>Lanternfish Sound</strong></p>
<p class="" style="white-space:pre-wrap;">Unit 4, Cordwain Yard, Bristol BS2 9QE</p><p class="" style="white-space:pre-wrap;">hello@lanternfishsound.co.uk</p>`,
)}</div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54">
<div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">${links(sFoot, 'sqs-svg-icon--wrapper')}</ul></nav></div></div>
${sBlock('2002', `<p class="" style="white-space:pre-wrap;">© 2027 Lanternfish Sound Ltd. Company no. 11482903.</p>`)}</div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceRates: TestPage = {
  name: 'heldout525-squarespace-studio-rates',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: [sDek, sAIntro, ...sA, ...sB, ...sMix, ...sDep],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking spring 2027 — weekday half days from £240', 'Studios', 'Gear', 'Engineers', 'Clients', 'Contact', 'Book now',
    'Studio A set up for a live session.', 'Check availability', 'Unit 4, Cordwain Yard, Bristol BS2 9QE',
    'hello@lanternfishsound.co.uk', ...sFoot, '© 2027 Lanternfish Sound Ltd. Company no. 11482903.',
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

const eTitle = 'Book a Rehearsal Room';
const eIntro = j(
  'All five rooms at Boilerhouse Rehearsals come with a PA, a drum kit (bring your own cymbals and snare if you like) and two amps.',
  'Fill in the form and we will confirm by text within a couple of hours during opening times.',
);
const eHeads = ['Before you book', 'Opening hours'];
const eRules = [
  'Sessions are a minimum of 3 hours in the evenings and at weekends.',
  'Weekday daytime rate: £9 an hour for rooms 1 to 3, £12 an hour for rooms 4 and 5.',
  'Evening and weekend rate: £12 an hour for rooms 1 to 3, £15 an hour for rooms 4 and 5.',
  'Cancel with 48 hours notice or we charge the full session.',
];
const eHours = ['Monday to Friday: 11am to midnight', 'Saturday and Sunday: 10am to 10pm'];
const eOutro = 'Need a room tonight? Phone the desk on 0161 555 0188 and we will tell you what is free.';
const eForm = ['Your name', 'Band name', 'Mobile number', 'Email', 'Room', 'Date', 'Start time', 'Hours', 'Anything we should know?'];
const eNav = ['Rooms', 'Prices', 'Gear Hire', 'Recording', 'FAQ', 'Contact'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Terms of Hire'];
const wid = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const iconList = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const field = (label: string, i: number): string =>
  `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i} elementor-col-50">
<label for="form-field-f${i}" class="elementor-field-label">${label}</label><input type="text" name="form_fields[f${i}]" id="form-field-f${i}"
class="elementor-field elementor-size-sm elementor-field-textual"></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Book a Rehearsal Room &#8211; Boilerhouse Rehearsals</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://boilerhouserehearsals.co.uk/book/"><meta property="og:locale" content="en_GB">
<meta property="og:title" content="Book a Rehearsal Room - Boilerhouse Rehearsals">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://boilerhouserehearsals.co.uk/book/","name":"Book a Rehearsal Room - Boilerhouse Rehearsals",
"datePublished":"2024-02-11T10:21:07+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://boilerhouserehearsals.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://boilerhouserehearsals.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css'>
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none !important;}</style></head>
<body class="page-template-default page page-id-42 wp-custom-logo elementor-default elementor-kit-7 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="91" class="elementor elementor-91 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-2c1e e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${wid(
  'theme-site-logo',
  `<a href="https://boilerhouserehearsals.co.uk"><img width="220" height="60"
src="/wp-content/uploads/2024/01/boilerhouse-logo.svg" alt="Boilerhouse Rehearsals"></a>`,
)}
${wid(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4a1b" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${wid(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="tel:01615550188"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">0161 555 0188</span></span></a></div>`,
)}
</div></div></div>
<main id="content" class="site-main post-42 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5d0f e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${wid('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${wid('text-editor', `<p>${eIntro}</p>`)}
</div></div>
<div class="elementor-element elementor-element-7a21 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-8b3c e-con-full e-flex e-con e-child" data-element_type="container">
${wid('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 0)}</h2>`)}
${wid('icon-list', iconList(eRules))}
${wid('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 1)}</h2>`)}
${wid('icon-list', iconList(eHours))}
${wid('text-editor', `<p>${eOutro}</p>`)}
</div>
<div class="elementor-element elementor-element-9c4d e-con-full e-flex e-con e-child" data-element_type="container">
${wid(
  'form',
  `<form class="elementor-form" method="post" name="Booking" aria-label="Booking"><input type="hidden" name="post_id" value="42">
<div class="elementor-form-fields-wrapper elementor-labels-above">
${eForm.map(field).join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-acceptance elementor-col-100"><div class="elementor-field-subgroup">
<span class="elementor-field-option"><input type="checkbox" name="form_fields[terms]" id="form-field-terms" class="elementor-field elementor-size-sm
elementor-acceptance-field" required="required"><label for="form-field-terms">I agree to the Terms of Hire</label></span></div></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
<button class="elementor-button elementor-size-sm" type="submit"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Send booking request</span></span></button></div></div></form>`,
)}
</div></div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="95" class="elementor elementor-95 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${wid('text-editor', '<p>Boilerhouse Rehearsals, Arch 12, Dyer Street, Manchester M4 6JP</p>')}
${wid(
  'nav-menu',
  `<nav aria-label="Footer" class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(
    eFoot,
    'menu-item',
  )}</ul></nav>`,
)}
${wid('text-editor', '<p>© 2027 Boilerhouse Rehearsals. All rights reserved.</p>')}
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://boilerhouserehearsals.co.uk/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js"
id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},
"post":{"id":42,"title":"Book a Rehearsal Room"}};</script>
</body></html>`;
const elementorBooking: TestPage = {
  name: 'heldout525-elementor-room-booking',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([eIntro, ...eRules, ...eHours, eOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Rooms'), '0161 555 0188', ...eForm.filter((t) => t !== 'Room' && t !== 'Hours'),
    'I agree to the Terms of Hire', 'Send booking request',
    'Boilerhouse Rehearsals, Arch 12, Dyer Street, Manchester M4 6JP', ...eFoot, '© 2027 Boilerhouse Rehearsals. All rights reserved.',
  ],
};

export const HELDOUT525_A: readonly TestPage[] = [squarespaceRates, elementorBooking];
