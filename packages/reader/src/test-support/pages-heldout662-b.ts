import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout662-kit.js';

/**
 * Held-out batch 662, file b: a chauffeur firm's airport transfer page on Squarespace 7.1 (fluid engine blocks, image caption,
 * quote form, cookie banner); the Shopify van hire terms page of this file pair is in file b2.
 */
const sTitle = 'Airport Transfers';
const sDek = 'Door-to-terminal chauffeur service to Heathrow, Gatwick, Stansted and London City, day and night.';
const sParas = [
  j(
    'Your chauffeur tracks your flight and waits in arrivals with a name board, whatever time you land. We include up to sixty',
    'minutes of free waiting time from touchdown on every airport collection, and there is no extra charge if your flight is delayed.',
  ),
  j(
    'All journeys are in late-model Mercedes E-Class and V-Class vehicles. Bottled water, phone chargers and child seats are',
    'provided free of charge; just tell us the ages of the children when you book.',
  ),
];
const sPrices = ['Heathrow: from £85', 'Gatwick: from £120', 'Stansted: from £140', 'London City: from £110'];
const sPriceNote = 'Prices are one way from central Ashbourne Green for up to three passengers and include parking and tolls.';
const sHow = [
  'Send us your flight number and address using the form or by phone.',
  'We confirm the price and the car by email within two hours.',
  'The evening before, you receive your chauffeur’s name and mobile number.',
];
const sNav = ['Services', 'Airport Transfers', 'Corporate', 'Our Cars', 'About', 'Contact'];
const sForm = ['Name', 'Email', 'Flight number', 'Pick-up address', 'Message'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Airport Transfers — Greenway Executive Cars</title>
<link rel="canonical" href="https://www.greenwayexec.example/airport-transfers"><meta property="og:site_name" content="Greenway Executive Cars">
<meta property="og:title" content="Airport Transfers — Greenway Executive Cars"><meta itemprop="name" content="Airport Transfers — Greenway Executive Cars">
<script type="text/javascript" crossorigin="anonymous" defer="defer" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-7c2a.js">
</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT
= {"website":{"id":"61f0a2","siteTitle":"Greenway Executive Cars"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.greenwayexec.example","name":"Greenway Executive Cars","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61f0a2/12/5c5a519771c10ba3470d8101/site.css" type="text/css" rel="stylesheet"></head>
<body id="collection-6203b1" class="primary-button-style-solid tweak-global-animations-enabled header-width-full form-field-style-solid view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title">Greenway Executive Cars</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/book">Book a Car</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6203b1">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background black" data-section-id="6203b2">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/61f0a2/terminal.jpg" data-load="false"></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6203b3">
<div class="fe-block fe-block-yui_3_17_2_1_1718_41">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1718_41"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p></div></div>
</div></div>
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="6203b4">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6203b5">
<div class="fe-block fe-block-yui_3_17_2_1_1718_52"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
${ps(sParas, ' style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">Fixed prices</h2>
<ul data-rte-list="default">${lis(sPrices.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p style="white-space:pre-wrap;"><em>${sPriceNote}</em></p><h2 style="white-space:pre-wrap;">How booking works</h2>
<ol data-rte-list="default">${lis(sHow.map((t) => `<p>${t}</p>`))}</ol>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1718_63"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.com/content/v1/61f0a2/vclass.jpg"
alt="Black Mercedes V-Class at the terminal drop-off" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>Our eight-seat V-Class, ideal for families with luggage.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1718_74"><div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content">
<div class="form-wrapper">
<div class="form-title">Request a quote</div><form autocomplete="on" data-form-id="6203c0">${sForm
  .map(
    (t, i) => `<div class="form-item field" id="f${i}"><label class="title" for="f${i}-field">
${t}<span class="required" aria-hidden="true">*</span></label><input class="field-element" id="f${i}-field" type="text"></div>`,
  )
  .join('\n')}
<div class="form-button-wrapper form-button-wrapper--align-left">
<button class="button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">
Send</button></div></form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="6203d1">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content">
<div class="sqs-html-content"><p>Greenway Executive Cars Ltd · 12 Mill Yard, Ashbourne Green · 020 7946 0331</p>
<p>Licensed by Transport for London, operator licence 008812</p>
</div></div></div></div><div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">
<nav><ul class="sqs-svg-icon--list"><li><a href="https://www.instagram.com/greenwayexec" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram"></a></li>
</ul></nav></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to provide you with a great experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
</div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const greenway: TestPage = {
  name: 'heldout662-squarespace-airport-transfers',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Fixed prices', 'How booking works'],
  body: texts([sDek, ...sParas, ...sPrices, sPriceNote, ...sHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Greenway Executive Cars', ...sNav.filter((t) => t !== sTitle), 'Book a Car',
    'Our eight-seat V-Class, ideal for families with luggage.', 'Request a quote', 'Pick-up address', 'Message',
    'Greenway Executive Cars Ltd · 12 Mill Yard, Ashbourne Green · 020 7946 0331', 'Licensed by Transport for London, operator licence 008812',
    'This site uses cookies to provide you with a great experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT662_B: readonly TestPage[] = [greenway];
