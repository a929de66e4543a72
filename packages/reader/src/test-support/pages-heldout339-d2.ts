import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file d2: a knife maker's warranty page on Squarespace 7.1 (announcement bar, header title and nav
 * items, cart quantity, page sections of html blocks, an image block with its caption, a newsletter block, the footer
 * section and the cookie banner), a page whose main text is short.
 */
const title = 'Lifetime Warranty';
const intro = [
  j(
    'Every Kestrel Forge knife is forged, ground and sharpened by hand in our workshop in Ashcombe, and we stand behind it for as long',
    'as you own it. If a blade or handle fails because of a flaw in materials or workmanship, we will repair or replace it free of charge.',
  ),
];
const h1 = 'What the warranty covers';
const covers = [
  'Cracks or chips in the blade that appear during normal kitchen use.',
  'Handles that loosen, split or separate from the tang.',
  'Rivets or pins that work loose over time.',
];
const h2 = 'What it does not cover';
const notCovers = [
  j(
    'Wear from ordinary use and sharpening, rust from knives left wet or put through a dishwasher, and damage from cutting bone,',
    'frozen food or tins. Knives that have been reground or rehandled by someone else are also not covered.',
  ),
];
const h3 = 'How to make a claim';
const claim = [
  j(
    'Email warranty@kestrelforge.example with a photo of the problem and, if you have it, your order number. There is no need to',
    'have bought the knife from us directly: the warranty follows the knife, so gifts and second-hand pieces are welcome.',
  ),
  j(
    'We will send you a prepaid label. Most repairs are back with you within three weeks; if a knife cannot be repaired we will make',
    'a new one to the same pattern.',
  ),
];
const caption = 'Every returned knife is checked at the grinding bench before we decide on a repair. Photo: Nell Aspinall';
const nav = ['Shop', 'Sharpening', 'Courses', 'About', 'Journal'];
const foot = ['Delivery', 'Care guide', 'Warranty claims', 'Stockists', 'Instagram'];
const blk = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
${inner}</div></div></div>`;
const html = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Warranty &mdash; Kestrel Forge</title>
<link rel="canonical" href="https://www.kestrelforge.example/warranty"><meta property="og:site_name" content="Kestrel Forge">
<meta property="og:title" content="Warranty &mdash; Kestrel Forge"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63a1f0c2d9e84b0f1a2b3c4d","collectionId":"63a1f1e5d9e84b0f1a2b3c99",
"templateVersion":"7.1","pageType":1,"website":{"siteTitle":"Kestrel Forge","cookieBannerEnabled":true}};</script>
<script type="application/ld+json">{"url":"https://www.kestrelforge.example","name":"Kestrel Forge","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/63a1f0c2/14/5c5a519771800c0e1a0b6e2a/63a1f0c2/1549/site.css" rel="stylesheet"
type="text/css"></head>
<body id="collection-63a1f1e5d9e84b0f1a2b3c99" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
tweak-transparent-header tweak-site-width-option-full-background form-use-theme-colors header-button-style-solid collection-type-page view-list">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-url"><div class="sqs-announcement-bar-text">
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span><div class="sqs-announcement-bar-text-inner"
id="announcement-bar-text-inner-id"><p>Free lifetime sharpening with every knife</p></div></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" class="">Kestrel Forge</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${nav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-zero"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f1e5d9e84b0f1a2b3ca1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63a1f1e5d9e84b0f1a2b3ca2">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63a1f1e5">
<div class="row sqs-row"><div class="col sqs-col-8 span-8">
${blk('yui_3_17_2_1_1738_101', `<h1 style="white-space:pre-wrap;">${title}</h1>\n${ps(intro, ' class="" style="white-space:pre-wrap;"')}`)}
${blk('yui_3_17_2_1_1738_102', `<h3 style="white-space:pre-wrap;">${h1}</h3>\n<ul data-rte-list="default">${lis(covers)}</ul>`)}
${blk('yui_3_17_2_1_1738_103', `<h3 style="white-space:pre-wrap;">${h2}</h3>\n${ps(notCovers, ' class="" style="white-space:pre-wrap;"')}`)}
</div><div class="col sqs-col-4 span-4"><div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1738_104">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-wrapper has-aspect-ratio"
data-animation-role="image"><img data-stretch="false" data-src="https://images.squarespace-cdn.example/content/v1/63a1f0c2/bench.jpg"
alt="A chef’s knife held against a grinding wheel" width="1500" height="1000" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${caption}</p></div></figcaption>
</figure></div></div></div></div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${blk('yui_3_17_2_1_1738_105', `<h3 style="white-space:pre-wrap;">${h3}</h3>\n${ps(claim, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1738_106"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">From the forge</h2><div class="newsletter-form-header-description"><p>A short letter each season: new
patterns, course dates and the odd workshop mishap.</p></div></div>
<form class="newsletter-form" data-form-id="63a1f1e5d9e84b0f1a2b3cb0"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1738_106-field">Email Address</label><input
id="email-yui_3_17_2_1_1738_106-field" class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email"
placeholder="Email Address"></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span
class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small" data-section-id="63a1f1e5d9e84b0f1a2b3cc0"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${blk('yui_3_17_2_1_1738_201', '<p class="" style="white-space:pre-wrap;">Kestrel Forge · Unit 2, Mill Lane, Ashcombe</p>')}</div>
<div class="col sqs-col-6 span-6">${blk('yui_3_17_2_1_1738_202', `<ul data-rte-list="default">${links(foot)}</ul>`)}</div></div>
</div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to keep your cart and to count visits. You can accept or decline them.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771800c0e1a0b6e2a/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
export const squarespaceWarranty: TestPage = {
  name: 'heldout339-squarespace-warranty',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...covers, ...notCovers, ...claim]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free lifetime sharpening with every knife', 'Skip to Content', ...nav, caption, 'From the forge',
    'A short letter each season: new patterns, course dates and the odd workshop mishap.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Kestrel Forge · Unit 2, Mill Lane, Ashcombe', ...foot, 'This site uses cookies to keep your cart and to count visits. You can accept or decline them.',
    'Decline', 'Accept',
  ],
};
