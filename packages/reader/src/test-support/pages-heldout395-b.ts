import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout395-kit.js';
import { wix } from './pages-heldout395-b2.js';

/**
 * Held-out batch 395, file b: an "Our story" page of a ceramics studio on Squarespace 7.1 (header nav items, page sections with
 * a fluid engine grid of html and image blocks, an image caption, a newsletter block, the footer sections and the cookie
 * banner) and a mission and values page on Wix (SITE_HEADER, rich-text components in classic sections, the free-site Wix ads
 * bar and the consent banner).
 */
const sTitle = 'Our story';
const sP1 = [
  j(
    'Saltmarrow started in 2014 in a lean-to shed behind a rented cottage on the Ardlow coast. Hana Brecke had a second-hand',
    'kick wheel, a kiln bought from a retiring school teacher and a plan to make enough mugs to pay the rent.',
  ),
  j(
    'The first glaze she was happy with came from an accident. A bucket of ash from the woodstove was left uncovered next to',
    'the slip, and the grey-green speckle it gave to a test batch became the finish we still call Shoreline.',
  ),
];
const sP2 = [
  j(
    'Joel Amsel joined two years later, first to fix the kiln wiring and then, as he tells it, because he never found a good',
    'reason to leave. He took over the clay body, and we moved to a local stoneware blended for us by a brickworks fifteen miles',
    'inland.',
  ),
  j(
    'By 2019 we had outgrown the shed. We took the lease on the old lifeboat station in Penhallow harbour, which gave us room',
    'for three wheels, a gas kiln and a small shop at the front where people can watch us throw.',
  ),
];
const sP3 = [
  j(
    'Today there are seven of us. Every piece is still thrown, trimmed and glazed by hand in Penhallow, and each maker signs the',
    'foot of what they make. We fire twice a week and sell what comes out of the kiln, so colours shift a little from batch to batch.',
  ),
  'A few things have not changed since the shed:',
];
const sList = [
  'We mix our glazes ourselves, from ash, local clays and a short list of minerals',
  'We repair any piece that chips in its first year, free of charge',
  'We take on one apprentice each year and pay them from their first day',
];
const sP4 = [
  j(
    'We are often asked whether we will ever move production somewhere cheaper. The honest answer is no. The harbour, the weather',
    'and the people who walk in off the quay are the reason the work looks the way it does.',
  ),
  'Thank you for reading, and for every mug that has left the harbour in someone else’s hands.',
];
const sNav = ['Shop', 'Our story', 'Workshops', 'Stockists', 'Journal', 'Contact'];
const sFoot = ['Shipping & returns', 'Care guide', 'Wholesale', 'Instagram'];
const sBlock = (id: string, inner: string): string => `<div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content"><div class="sqs-html-content">
${inner}</div></div></div></div>`;
const sP = (a: readonly string[]): string => ps(a, ' class="" style="white-space:pre-wrap;"');
const sSec = (id: string, inner: string): string => `<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section
background-width--full-bleed section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle white"
data-section-id="${id}" data-controller="SectionWrapperController"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-${id}">${inner}</div></div></div></section>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Our story &mdash; Saltmarrow Ceramics</title>
<link rel="canonical" href="https://www.saltmarrow.example/our-story"><meta property="og:site_name" content="Saltmarrow Ceramics">
<meta property="og:title" content="Our story &mdash; Saltmarrow Ceramics"><meta property="og:type" content="website">
<meta itemprop="name" content="Our story — Saltmarrow Ceramics"><meta name="twitter:card" content="summary">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a2b3c4d5e6f7a8b9c0d1e","siteTitle":"Saltmarrow Ceramics"},"collection":{"title":"Our story",
"typeName":"page"},"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.saltmarrow.example","name":"Saltmarrow
Ceramics","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f1a2b3c4d5e6f7a8b9c0d1e/41/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-60a1b2c3d4e5f6a7b8c9d0e1" class="primary-button-style-solid header-layout-nav-right tweak-global-animations-enabled
collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Saltmarrow Ceramics</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="sqs-cart-quantity">0</span></a></div></div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="60a1b2c3d4e5f6a7b8c9d0e2">
${sSec(
  'a1',
  `${sBlock('1716000000001_2210', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>\n${sP(sP1)}`)}
<div class="fe-block fe-block-yui_3_17_2_1_1716000000001_3302"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic">
<div class="fluid-image-container sqs-image-content"><img data-stretch="false" data-src="https://images.squarespace-cdn.example/content/v1/shed.jpg" alt=""
src="https://images.squarespace-cdn.example/content/v1/shed.jpg?format=1500w" loading="lazy" decoding="async"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The shed on Ardlow Lane, winter 2015.</p></div>
</figcaption></figure></div></div></div></div>`,
)}
${sSec(
  'b2',
  `${sBlock('1716000000002_1104', `<h2 style="white-space:pre-wrap;">Moving to the harbour</h2>\n${sP(sP2)}`)}
${sBlock(
  '1716000000002_1877',
  `<h2 style="white-space:pre-wrap;">How we work now</h2>\n${sP(sP3)}\n<ul data-rte-list="default">${sList
    .map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`)
    .join('\n')}</ul>\n${sP(sP4)}`,
)}`,
)}
${sSec(
  'c3',
  `<div class="fe-block fe-block-yui_3_17_2_1_1716000000003_4410"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6612aa" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Kiln notes</h2><div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">
A short letter when a new firing comes out, about once a month.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3">Email Address</label><input id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div></form></div></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section" data-section-id="ft1"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-ft1">
${sBlock(
  '1716000000009_1200',
  `<p class="" style="white-space:pre-wrap;">Saltmarrow Ceramics, The Old Lifeboat Station, Penhallow Quay</p>
<p class="" style="white-space:pre-wrap;">Shop open Wednesday to Sunday, 10am to 4pm</p>`,
)}
<div class="fe-block fe-block-yui_3_17_2_1_1716000000009_1300"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content"><ul data-rte-list="default">${links(sFoot)}</ul></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to analyse traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout395-squarespace-our-story',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Moving to the harbour', 'How we work now'],
  body: texts([...sP1, ...sP2, ...sP3, ...sList, ...sP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarrow Ceramics', 'Shop', 'Workshops', 'Stockists', 'Journal', 'Contact', 'The shed on Ardlow Lane, winter 2015.', 'Kiln notes',
    'A short letter when a new firing comes out, about once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Saltmarrow Ceramics, The Old Lifeboat Station, Penhallow Quay', 'Shop open Wednesday to Sunday, 10am to 4pm', ...sFoot,
    'This website uses cookies to improve your experience and to analyse traffic.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT395_B: readonly TestPage[] = [squarespace, wix];
