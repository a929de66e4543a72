import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file b: a craft distillery's tour and tasting booking page on Squarespace 7.1 (age gate, Acuity scheduler
 * embed, button blocks), and a farm cidery's short orchard-and-shop page built with Wix (comp-* rich-text blocks).
 */
const qTitle = 'Tours & Tastings';
const qDek = 'See where Saltmarsh gin is made, meet the stills and taste the range in the old net loft above the harbour.';
const qH = ['The Distillery Tour', 'Gin School', 'Private Tastings', 'Good to know'] as const;
const qTour = [
  j(
    'Our guided tour lasts about an hour. You will see the copper pot still, Marigold, and the smaller vapour still we use for our',
    'seaweed gin, learn how we forage samphire and sea buckthorn along the marsh, and finish with a tasting of three gins and a',
    'gin and tonic made with our own tonic syrup.',
  ),
  'Tours run Wednesday to Sunday at 11am, 1pm and 3pm. £22 per person, including the tasting.',
];
const qSchool = [
  j(
    'Spend an afternoon at a miniature still of your own and leave with a 70cl bottle of gin you designed. Our distillers will help you',
    'choose from more than forty botanicals, from juniper and coriander to dried kelp and gorse flower.',
  ),
  'Saturdays only, 1pm to 4.30pm. £95 per person, or £150 for two sharing a still.',
];
const qPrivate = j(
  'For birthdays, team days and small groups of up to twelve, we can open the net loft in the evening for a hosted tasting of the whole',
  'range with cheese from Harbour Dairy. Email us with a date and we will send a quote.',
);
const qKnow = [
  'Everyone on a tour or at gin school must be 18 or over, and we may ask for ID.',
  'The distillery is up a flight of stone steps and is not suitable for wheelchairs. Tastings can be held in the shop downstairs instead.',
  'Please arrive ten minutes early. Parking is in the pay and display car park on Quay Street.',
  'Tickets can be refunded or moved up to 48 hours before your booking.',
];
const qNav = ['Our Gin', 'Visit', 'Shop', 'Stockists', 'About', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Tours &amp; Tastings &mdash; Saltmarsh Distillery</title><link rel="canonical" href="https://www.saltmarshdistillery.co.uk/tours"/>
<meta property="og:site_name" content="Saltmarsh Distillery"/><meta property="og:title" content="Tours &amp; Tastings &mdash; Saltmarsh Distillery"/>
<meta itemprop="name" content="Tours &amp; Tastings &mdash; Saltmarsh Distillery"/><meta name="description" content="${qDek}"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1",
"website":{"siteTitle":"Saltmarsh Distillery","ageGate":{"enabled":true,"minimumAge":18}}};</script>
<script type="application/ld+json">{"url":"https://www.saltmarshdistillery.co.uk","name":"Saltmarsh Distillery",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1c/12/5c5a519771c10ba3470d8101/64a1c4/1520/site.css" rel="stylesheet" type="text/css"/>
</head><body id="collection-64a1c9e2" class="header--menu-angle-right tweak-global-animations-enabled primary-button-style-solid
view-item-default collection-type-page">
<div class="age-gate" data-age-gate><div class="age-gate-content"><h2 class="age-gate-title">Welcome to Saltmarsh Distillery</h2>
<p class="age-gate-message">You must be of legal drinking age to enter this site.</p>
<div class="age-gate-buttons"><button class="sqs-button-element--primary age-gate-confirm">I am 18 or over</button>
<button class="sqs-button-element--secondary age-gate-deny">Exit</button></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/logo.png?format=1500w"
alt="Saltmarsh Distillery"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart">
<span class="Cart-inner"><div class="icon-cart-quantity">0</div></span></a></div></div></div></div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c9e2c1">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1ca01">
<div class="section-background"><img alt="" src="https://images.squarespace-cdn.com/content/v1/stills.jpg"></div><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1ca01"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688">
<div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">Tours &amp; Tastings</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${qDek}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section content-width--wide" data-section-id="64a1ca02">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" id="page-section-64a1ca02"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${qH[0]}</h2>${ps(qTour, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--left"><a href="#book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a tour</a>
</div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${qH[1]}</h2>${ps(qSchool, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="#book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book gin school</a></div></div></div>
</div></div><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${qH[2]}</h3><p style="white-space:pre-wrap;">${qPrivate}</p>
<h3 style="white-space:pre-wrap;">${qH[3]}</h3><ul data-rte-list="default">${lis(qKnow.map((k) => `<p style="white-space:pre-wrap;">${k}</p>`))}</ul>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section" data-section-id="64a1ca03" id="book">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="text-align:center;white-space:pre-wrap;">Book your visit</h2>
<p style="text-align:center;white-space:pre-wrap;" class="sqsrte-small">Choose a tour or class, then pick a date and time below.</p></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<iframe src="https://app.acuityscheduling.com/schedule.php?owner=21877301&amp;ref=embedded_csp" title="Schedule Appointment" width="100%" height="800"
frameBorder="0"></iframe><script src="https://embed.acuityscheduling.com/js/embed.js" type="text/javascript"></script>
</div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h4 style="white-space:pre-wrap;">Find us</h4><p style="white-space:pre-wrap;">The Net Loft, 4 Quay Street, Saltmarsh</p>
<p style="white-space:pre-wrap;">Shop open daily 10am–5pm</p></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper">
<form class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the crew</h2>
<div class="newsletter-form-header-description"><p>New releases and gin school dates, once a month.</p></div></div>
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text hidden">Thank you!</div></form></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Please enjoy Saltmarsh gin responsibly. drinkaware.co.uk for the facts.</p>
<p style="white-space:pre-wrap;">© 2026 Saltmarsh Distillery Ltd</p></div></div></div></div></div></div></div></div></section></footer>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout623-squarespace-distillery-tours',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [...qH],
  body: texts([qDek, ...qTour, ...qSchool, qPrivate, ...qKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome to Saltmarsh Distillery', 'You must be of legal drinking age to enter this site.', 'I am 18 or over', 'Exit', 'Skip to Content', ...qNav,
    '0', 'Book a tour', 'Book gin school', 'Book your visit', 'Choose a tour or class, then pick a date and time below.', 'Find us',
    'The Net Loft, 4 Quay Street, Saltmarsh', 'Shop open daily 10am–5pm', 'Join the crew', 'New releases and gin school dates, once a month.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Please enjoy Saltmarsh gin responsibly. drinkaware.co.uk for the facts.',
    '© 2026 Saltmarsh Distillery Ltd',
  ],
};

const wTitle = 'Our Orchards & Farm Shop';
const wBody = [
  j(
    'Brackenlea Farm has grown cider apples on the slopes above the Tarrow valley since 1921. Today there are 22 acres of standard',
    'trees, most of them over sixty years old, grazed by our flock of Shropshire sheep, which keep the grass down without nibbling the bark.',
  ),
  j(
    'We grow fourteen varieties, from Kingston Black and Brown Snout to a few trees of Tarrow Pippin that we have never found anywhere else.',
    'Everything is picked by hand from the ground after it falls, between late September and early December.',
  ),
  j(
    'The farm shop sells our ciders on draught and in bottles, apple juice, honey from the orchard hives and eggs when the hens oblige.',
    'Bring your own container and we will fill it from the barrel.',
  ),
  'Open Friday and Saturday 9am–5pm, Sunday 10am–1pm. Closed in January.',
];
const wNav = ['Home', 'Our Ciders', 'Orchards', 'Events', 'Contact'];
const comp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Our Orchards | Brackenlea Cider</title><meta name="description" content="Visit the Brackenlea orchards and farm shop.">
<link rel="canonical" href="https://www.brackenleacider.com/orchards"><meta property="og:site_name" content="Brackenlea Cider">
<script>window.viewerModel = {"site":{"metaSiteId":"7c1b08b4-1e1f-4b8e-9a2e-0c1f66a7d1c2","isPremium":true},"language":{"userLanguage":"en"}};</script>
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{},"pages":{"orchards":{"title":"Our Orchards"}}}</script>
<style id="css_masterPage">.font_8{font:normal normal normal 17px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent">
${comp('kq2h0x1a', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">BRACKENLEA CIDER</span></p>')}
<nav aria-label="Site" id="comp-kq2h0x3c" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${wNav
  .map(
    (n) => `<li class="StylableHorizontalMenu3372578893__menuItem">
<a href="/${n.toLowerCase().replace(/ /g, '-')}"><span class="label">${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page">
<section id="comp-lx8a1b2c" class="xuzjBY comp-lx8a1b2c wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lx8a1b2e" class="comp-lx8a1b2e
YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lx8a1b2einlineContent" data-testid="inline-content">
${comp('lx8a1b31', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Our Orchards &amp; Farm Shop</span></h1>`)}
${comp('lx8a1b35', wBody.slice(0, 2).map(wP).join('\n'))}
<div id="comp-lx8a1b3k" class="MazNVa comp-lx8a1b3k wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lx8a1b3k"
class="HlRz5e BI8PVQ" data-image-info='{"displayMode":"fill","imageData":{"width":3000,"height":2000,"uri":"a1c2e3_orchard.jpg"}}'>
<img src="https://static.wixstatic.com/media/a1c2e3_orchard.jpg/v1/fill/w_980,h_653,al_c,q_85/a1c2e3_orchard.jpg" alt="Sheep under the apple trees"></wow-image>
</div></div>
${comp('lx8a1b3r', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">The Farm Shop</span></h2>`)}
${comp('lx8a1b3w', wBody.slice(2).map(wP).join('\n'))}
<div class="comp-lx8a1b44 R6ex7N" id="comp-lx8a1b44" aria-disabled="false"><a data-testid="linkElement" href="https://www.brackenleacider.com/contact"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Get directions</span></a></div>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${comp('kq2h0y7b', wP('Brackenlea Farm, Tarrow, TR7 4BL · 01632 960 418'))}
${comp('kq2h0y9d', wP('© 2026 by Brackenlea Cider. Proudly created with Wix.com'))}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a3f8d7b2.bundle.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout623-wix-cidery-orchards',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['The Farm Shop'],
  body: texts(wBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'BRACKENLEA CIDER', ...wNav, 'Get directions', 'Brackenlea Farm, Tarrow, TR7 4BL · 01632 960 418',
    '© 2026 by Brackenlea Cider. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT623_B: readonly TestPage[] = [finish(squarespace), finish(wix)];
