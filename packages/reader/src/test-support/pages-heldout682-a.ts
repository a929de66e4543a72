import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, notIn, rowTexts, trs } from './pages-heldout682-kit.js';

/**
 * Held-out batch 682, file a: a recording studio's rates page on Squarespace 7.1 (page sections, HTML and button blocks,
 * cookie banner), and a studio's equipment list on WordPress with Elementor (Hello theme, widget wrappers, tabs-free lists).
 */
const sTitle = 'Rates & Booking';
const sIntro = [
  j(
    'Every session at Halyard Sound includes an in-house engineer, tea and coffee, and a backup of your multitracks on the day.',
    'Prices below are per room and exclude VAT. We hold a booking for 48 hours while we wait for the deposit.',
  ),
];
const sHeads = ['Live Room A', 'Booth & Control Room B', 'Mixing and mastering', 'Deposits and cancellations'];
const sA = ['Half day (5 hours): £240', 'Full day (10 hours): £420', 'Weekend day: £460', 'Extra hours: £48 an hour'];
const sB = ['Half day (5 hours): £150', 'Full day (10 hours): £260', 'Voiceover, per hour with engineer: £40'];
const sRows = [
  ['Mix, per song', '£180', 'Two rounds of revisions'],
  ['Stem mix, per song', '£220', 'Up to 24 stems'],
  ['Mastering, per track', '£45', 'Stereo master and streaming master'],
  ['Mastering, vinyl pre-master', '£70', 'Per side'],
];
const sDeposit = [
  j(
    'We ask for a 30% deposit to confirm a booking. Cancel more than 14 days before the session and we refund it in full;',
    'between 14 and 3 days we will move it to another date once. Deposits for cancellations within 72 hours are not refunded.',
  ),
  j(
    'Running over? If the room is free we will keep going at the extra-hour rate and add it to the final invoice.',
    'Back-line hire (drums, amps, keys) is listed on our <a href="/gear">gear page</a>.',
  ),
];
const sNav = ['Studio', 'Gear', 'Rates', 'Clients', 'Contact'];
const sFoot = ['Instagram', 'YouTube', 'Bandcamp'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Rates &amp; Booking — Halyard Sound</title>
<link rel="canonical" href="https://www.halyardsound.co.uk/rates"><meta property="og:site_name" content="Halyard Sound">
<meta property="og:title" content="Rates &amp; Booking — Halyard Sound"><meta property="og:type" content="website">
<meta name="description" content="Day rates for Live Room A and Room B, mixing and mastering prices, deposits.">
<script type="application/ld+json">{"url":"https://www.halyardsound.co.uk","name":"Halyard Sound","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Halyard Sound Ltd","address":"Unit 4, Ropewalk Yard\\nGrimsby",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1f0c2/13/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-64a1f2d87b0e3a1c9e" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
 tweak-fixed-header-style-basic form-use-theme-colors collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-controller="Header" data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/64a1/halyard-logo.png" alt="Halyard Sound"></a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f2d87b0e3a1c9f">
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed
 section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="64a1f2d87b0e3a1ca0">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle.replace('&', '&amp;')}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide white" data-section-id="64a1f2d87b0e3a1ca1"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-64a1f2d87b0e3a1ca2">
<div class="fe-block fe-block-yui_3_17_2_1_1689"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${sHeads[0]}</h3><ul data-rte-list="default">${lis(sA.map((t) => `<p>${t}</p>`))}</ul>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1690"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="//images.squarespace-cdn.com/content/v1/64a1/room-a.jpg"
alt="Live Room A with drum riser" src="//images.squarespace-cdn.com/content/v1/64a1/room-a.jpg?format=1000w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Room A: 46 m², 4.2 m ceiling, drum riser.</p></div></figcaption></figure>
</div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1691"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${sHeads[1]?.replace('&', '&amp;')}</h3><ul
data-rte-list="default">${lis(sB.map((t) => `<p>${t}</p>`))}</ul>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1692"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
 sqs-block-button-element">Check availability</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section content-width--narrow light">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="rates-table">
<thead><tr><th>Service</th><th>Price</th><th>Includes</th></tr></thead><tbody>${trs(sRows)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sHeads[3]}</h2>${ps(sDeposit, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about cancellations first</h2>
<div class="newsletter-form-header-description"><p>Last-minute slots go to the mailing list at half price.</p></div></div>
<form class="newsletter-form" data-form-id="64a1f2"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email"
type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
 sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span
class="newsletter-form-button-label">Sign Up</span>
</button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section black">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;"><strong>Halyard Sound</strong></p><p style="white-space:pre-wrap;">Unit 4, Ropewalk Yard, Grimsby DN31 3QF</p>
<p style="white-space:pre-wrap;">hello@halyardsound.co.uk · 01472 880 214</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
${sFoot
  .map(
    (t) => `<a href="https://www.${t.toLowerCase()}.com/halyardsound" target="_blank" class="sqs-svg-icon--wrapper" aria-label="${t}">
<div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use href="#${t.toLowerCase()}-unauth-icon"></use></svg></div></a>`,
  )
  .join('\n')}
</nav></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--fixed" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sGold = [sTitle, ...sHeads, ...texts(sIntro), ...sA, ...sB, ...rowTexts(sRows), ...texts(sDeposit)];
const squarespaceRates: TestPage = {
  name: 'heldout682-squarespace-rates',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sGold.slice(1 + sHeads.length),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(sGold, [
    'Skip to Content', ...sNav, 'Book Now', 'Room A: 46 m², 4.2 m ceiling, drum riser.', 'Check availability',
    'Hear about cancellations first', 'Last-minute slots go to the mailing list at half price.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Halyard Sound', 'Unit 4, Ropewalk Yard, Grimsby DN31 3QF', 'hello@halyardsound.co.uk · 01472 880 214',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ]),
};

const eTitle = 'Equipment';
const eDek = 'Everything below is included in the day rate. Ask us before your session if you need something we do not list.';
const eHeads = ['Console & monitoring', 'Microphones', 'Outboard', 'Instruments & backline'];
const eLists = [
  ['Kessler 32-channel analogue console with 16 mic pres', 'Rendall RX8 main monitors and a pair of small cube speakers', 'Eight-way headphone mixing system'],
  [
    'Marlowe M-67 valve condenser (pair)',
    'Two Fenwick ribbon microphones',
    'Six dynamic mics for drums and guitar cabs',
    'Hartwell stereo small-diaphragm condensers',
  ],
  ['Four channels of Oakmoor optical compression', 'Vari-mu bus compressor', 'Two plate reverbs and a spring tank', 'Tape echo (serviced 2026)'],
  ['Yamada upright piano, tuned monthly', '1970s five-piece drum kit with 22" kick', 'Two valve guitar combos and a 4x12 cab', 'Bass rig with 8x10 cabinet'],
];
const eNote = j(
  'Our gear list changes as we repair and swap pieces. If a session depends on one item, mention it when you book and we',
  'will confirm it is in the room. Bring your own cymbals and snare if you can; breakables are the player&#39;s responsibility.',
);
const eNav = ['Home', 'Studios', 'Equipment', 'Rehearsal', 'Prices', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Hire', 'Accessibility'];
const widget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${type.slice(0, 4)}7a1 elementor-widget elementor-widget-${type}" data-element_type="widget"
 data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const iconList = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t.replace(/&/g, '&amp;')}</span></li>`,
    )
    .join('\n')}</ul>`;
const eSection = (i: number): string => `<section class="elementor-section elementor-inner-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-inner-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
${widget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[i]?.replace('&', '&amp;')}</h2>`)}
${widget('icon-list', iconList(eLists[i] ?? []))}</div></div></div></section>`;
const eLogo =
  '<a href="https://copperleafstudios.co.uk"><img width="220" height="60" src="/wp-content/uploads/2025/02/copperleaf-logo.svg" alt="Copperleaf Studios"></a>';
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Equipment &#8211; Copperleaf Studios</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://copperleafstudios.co.uk/equipment/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Equipment - Copperleaf Studios",
"isPartOf":{"@id":"https://copperleafstudios.co.uk/#website"},"datePublished":"2025-03-02T10:14:00+00:00","dateModified":"2026-09-18T16:40:12+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://copperleafstudios.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://copperleafstudios.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'>
<style id='elementor-post-212-css'>.elementor-212 .elementor-element.elementor-element-head7a1 .elementor-heading-title{color:#C46A2B;}</style>
</head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-section-full_width"><div class="elementor-container">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
${widget('theme-site-logo', eLogo)}
</div></div><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
${widget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-9b1c2d" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
</div></div></div></section></div>
<main id="content" class="site-main post-212 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-settings='{"background_background":"classic"}'>
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
${widget('heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}
${widget('text-editor', `<p>${eDek}</p>`)}
${[0, 1, 2, 3].map(eSection).join('\n')}
${widget('text-editor', `<p>${eNote}</p>`)}
${widget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Ask about a piece of gear</span></span></a></div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">
${widget('text-editor', '<p>Copperleaf Studios, Mill Lane Works, Hebble Bridge HX7 2PL</p><p>Open 10am – midnight, seven days a week</p>')}
</div></div><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">
${widget('icon-list', `<ul class="elementor-icon-list-items elementor-inline-items">${links(eFoot, 'elementor-icon-list-item elementor-inline-item')}</ul>`)}
${widget('text-editor', '<p>© 2026 Copperleaf Studios. All rights reserved.</p>')}
</div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://copperleafstudios.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
</body></html>`;
const eGold = [eTitle, ...eHeads, ...texts([eDek]), ...eLists.flat(), ...texts([eNote])];
const elementorEquipment: TestPage = {
  name: 'heldout682-elementor-equipment',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: eGold.slice(1 + eHeads.length),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(eGold, [
    'Skip to content', ...eNav, 'Ask about a piece of gear', 'Copperleaf Studios, Mill Lane Works, Hebble Bridge HX7 2PL',
    'Open 10am – midnight, seven days a week', ...eFoot, '© 2026 Copperleaf Studios. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ]),
};

export const HELDOUT682_A: readonly TestPage[] = [squarespaceRates, elementorEquipment];
