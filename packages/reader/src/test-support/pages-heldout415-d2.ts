import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 415, file d2: a sleepaway camp's "What to bring" page on Squarespace 7.1 (announcement bar, header with the
 * site title, navigation and a "Enroll" button, page sections with html blocks, an image block with a caption, a button block,
 * a newsletter block, the footer section and the Squarespace cookie banner).
 */
const qTitle = 'What to Bring';
const qIntro = [
  `Packing for two weeks away can feel daunting, especially for first-time campers. This list is what we have found works at our camp
in the Welsh hills, where the days are warm, the nights are cool and almost everything gets wet at least once.`,
  `Please label every item with your camper's full name. Our lost property table fills up every session, and labelled things find
their way home.`,
];
const qClothes = [
  'Eight to ten T-shirts and four pairs of shorts',
  'Two pairs of long trousers and a warm fleece or sweatshirt',
  'A waterproof jacket with a hood',
  'Two swimsuits and a beach towel, plus a separate bath towel',
  'Underwear and socks for every day, plus a few extra pairs of socks',
  'Pyjamas and a warm hat for evenings by the fire',
  'Trainers, a pair of sandals with a back strap, and old shoes that can get wet',
];
const qBedding = [
  'A sleeping bag or a single duvet, a pillow and a fitted single sheet',
  'A torch or head torch with spare batteries',
  'A refillable water bottle and a small rucksack for day trips',
  'Sun cream, insect repellent, a toothbrush, toothpaste and shampoo',
];
const qLeave = [
  `Please leave phones, tablets, smartwatches and games consoles at home. Campers write letters home on Wednesdays, and we post photos
for families every evening, so you will see what they are up to.`,
  `Food parcels are not allowed, because of allergies and wildlife. We also ask that campers do not bring anything valuable or
irreplaceable: jewellery, expensive clothes and sentimental items are safest left behind.`,
  `A book or two, a pack of cards, a notebook and some stamped, addressed envelopes are all welcome, and a small photo of home can help a
camper who is missing family in the first few nights.`,
];
const qMeds = [
  `All medicines, including inhalers and allergy pens, must be handed to our nurse at check-in in their original packaging, with the
medication form completed. Our nurse keeps them locked in the health centre and gives them out at the right times.`,
];
const qLast = `If you have a question about packing that this page does not answer, write to the camp office and one of our directors will reply.`;
const qNav = ['About', 'Sessions', 'Life at Camp', 'Parents', 'Staff'];
const qFoot = ['Contact', 'Careers', 'Privacy'];
const block = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const li = (items: readonly string[]): string => `<ul data-rte-list="default">${items.map((t) => `<li><p class="">${t}</p></li>`).join('\n')}</ul>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>What to Bring — Camp Whistling Pine</title>
<link rel="canonical" href="https://www.whistlingpine.example/what-to-bring"><meta property="og:site_name" content="Camp Whistling Pine">
<meta property="og:title" content="What to Bring — Camp Whistling Pine"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a0c3",
"siteTitle":"Camp Whistling Pine"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.whistlingpine.example","name":"Camp Whistling Pine",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/61a0c3/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61a0c3f2" class="header-width-full tweak-transparent-header primary-button-style-solid form-use-theme-colors view-item
collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div id="announcement-bar-text-inner-id"><p>Summer 2027 sessions are now open for booking.</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Camp
Whistling Pine</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/enroll">Enroll</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a0c3f2c5">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark" data-section-id="61a0c3f2c6"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61a0c3f2c6"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${block(
  'yui_3_17_2_1_1',
  `<h1 style="white-space:pre-wrap;">${qTitle}</h1>
<p class="" style="white-space:pre-wrap;">A packing list for two weeks in the woods</p>`,
)}</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--narrow white" data-section-id="61a0c3f2c7"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" id="page-section-61a0c3f2c7"><div class="row sqs-row"><div class="col sqs-col-8 span-8">
${block(
  'yui_3_17_2_1_2',
  `${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">Clothes</h2>
${li(qClothes)}
<h2 style="white-space:pre-wrap;">Bedding and kit</h2>
${li(qBedding)}
<h2 style="white-space:pre-wrap;">What to leave at home</h2>
${ps(qLeave, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">Medicines</h2>
${ps(qMeds, ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;">${qLast}</p>`,
)}</div>
<div class="col sqs-col-4 span-4"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_3">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.example/content/v1/61a0c3/trunk.jpg" alt="A camp trunk packed with clothes" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">One camper's trunk, packed and labelled for Session A.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/s/packing-list-2027.pdf" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Download the printable list</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="61a0c3f2c9"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Camp Letters</h2>
<div class="newsletter-form-header-description"><p>Sign up with your email address to receive news and updates.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape" type="submit">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${block(
  'yui_3_17_2_1_9',
  `<p class="" style="white-space:pre-wrap;">Camp Whistling Pine ·
Fernhill Road, Aberllyn, Powys</p><ul>${links(qFoot)}</ul><p class="" style="white-space:pre-wrap;">© 2027 Camp Whistling Pine CIC</p>`,
)}</div></div></div>
</div></div></section></footer></div>
<div class="gdpr-cookie-banner" role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout415-squarespace-what-to-bring',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: ['Clothes', 'Bedding and kit', 'What to leave at home', 'Medicines'],
  body: texts([...qIntro, ...qClothes, ...qBedding, ...qLeave, ...qMeds, qLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer 2027 sessions are now open for booking.', 'Skip to Content', 'Camp Whistling Pine', ...qNav, 'Enroll', 'A packing list for two weeks in the woods',
    "One camper's trunk, packed and labelled for Session A.", 'Download the printable list', 'Camp Letters',
    'Sign up with your email address to receive news and updates.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Camp Whistling Pine · Fernhill Road, Aberllyn, Powys', ...qFoot, '© 2027 Camp Whistling Pine CIC',
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
