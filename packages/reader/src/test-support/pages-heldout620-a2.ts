import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout620-kit.js';

/** Held-out batch 620, file a2: a bird's profile page (a Eurasian eagle owl) on Squarespace 7.1. */
const sTitle = 'Meet Tamsin, our Eurasian eagle owl';
const sFacts = [
  '<strong>Species:</strong> Eurasian eagle owl (<em>Bubo bubo</em>)',
  '<strong>Hatched:</strong> May 2016, at the centre',
  '<strong>Weight:</strong> 2.9 kg',
  '<strong>Wingspan:</strong> 1.7 metres',
  '<strong>Favourite food:</strong> rabbit, and anything she can steal from the keepers’ bucket',
];
const sHeads = ['Her story', 'Tamsin in the display', 'Did you know?'];
const sStory = [
  j(
    'Tamsin was one of two chicks hatched in our aviaries in the spring of 2016. Her brother went to a centre in Cumbria, but',
    'Tamsin stayed, and she has been part of the flying team since her second summer.',
  ),
  j(
    'She was hand-reared for her first three weeks, which is why she is so relaxed around people. She still chatters at the',
    'keepers every morning, a soft clucking that eagle owls make when they are content, and she will sit on the glove of anyone',
    'who stands still long enough.',
  ),
];
const sDisplay = [
  j(
    'You can see Tamsin fly in the two o’clock display from March to October. She is not a fast flyer, and she is not meant',
    'to be: eagle owls hunt by dropping silently from a perch, and the display shows off just how quietly a bird of nearly',
    'three kilograms can move.',
  ),
  'In winter she rests in the owl courtyard, where she can usually be found on the top perch watching the car park.',
];
const sKnow = [
  'Eurasian eagle owls are one of the largest owls in the world.',
  'Their orange eyes face forward, giving them excellent depth perception.',
  'A wild eagle owl can live for twenty years; in care they often live much longer.',
];
const sNav = ['Visit', 'Experiences', 'Our Birds', 'Adopt a Bird', 'Shop', 'Contact'];
const sOthers = ['Bramble the barn owl', 'Ash the Harris’s hawk', 'Pip the kestrel'];
const sFoot = ['Hollins Owl and Hawk Centre', 'Hollins Lane, Wetherfold, North Yorkshire', 'Open daily 10am – 4.30pm (closed 24 – 26 December)'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Tamsin — Hollins Owl &amp; Hawk Centre</title><link rel="canonical" href="https://www.hollinsowls.co.uk/our-birds/tamsin">
<meta property="og:site_name" content="Hollins Owl &amp; Hawk Centre"><meta property="og:title" content="Tamsin — Hollins Owl &amp; Hawk Centre">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"63f0a1","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.hollinsowls.co.uk","name":"Hollins Owl & Hawk Centre",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0a0/28/5c5a519771c10ba3470d8101/63f0a1/1560/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-63f0a1c2" class="header-overlay-alignment-center header-width-full tweak-transparent-header primary-button-style-solid
primary-button-shape-pill form-use-theme-colors tweak-global-animations-enabled collection-type-page collection-layout-default mobile-style-available
sqs-seven-one" data-controller="HeaderOverlay">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right"><div class="header-display-desktop"
data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/63f0a0/logo.png?format=1500w"
alt="Hollins Owl &amp; Hawk Centre"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.length}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Tickets</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f0a1c2">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle light" data-section-id="63f0a1d0"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-63f0a1d0"><div class="fe-block fe-block-yui_3_17_2_1_1677"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1677"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqs-block-html-subtitle" style="white-space:pre-wrap;">Nine years old, nearly three kilos, and the loudest bird in the courtyard.</p>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1678"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/63f0a0/tamsin.jpg"
alt="Tamsin the eagle owl on a log perch"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Tamsin on her favourite perch.
Photo: Dan Whitlock</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1679"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(sFacts, ' style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small white"
data-section-id="63f0a1d1">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63f0a1d1"><div class="fe-block fe-block-a81"><div class="sqs-block html-block
sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${at(sHeads, 0)}</h2>${ps(sStory, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${at(sHeads, 1)}</h2>${ps(sDisplay, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${at(sHeads, 2)}</h3><ul data-rte-list="default">${lis(sKnow.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section section-height--small black-bold" data-section-id="63f0a1d2"><div
class="content-wrapper">
<div class="content"><div class="fluid-engine fe-63f0a1d2"><div class="fe-block fe-block-b12"><div class="sqs-block html-block sqs-block-html"
data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Adopt Tamsin</h2>
<p style="white-space:pre-wrap;">For £35 a year you’ll receive a certificate, a photo of Tamsin and a free visit to meet her.</p></div></div></div></div>
<div class="fe-block fe-block-b13"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/adopt-a-bird" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Adopt now</a></div></div></div></div>
<div class="fe-block fe-block-b14"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Meet the rest of the team</h3><p style="white-space:pre-wrap;">${sOthers
  .map(
    (t) => `<a
href="/our-birds/${t.length}">${t}</a>`,
  )
  .join('<br>')}
</p></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section white-bold">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div
class="sqs-block-content">
<div class="sqs-html-content">${ps(sFoot, ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="63f0b2" autocomplete="on" method="POST"
novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hoots and Screeches</h2><div
class="newsletter-form-header-description">
<p>Our monthly newsletter: new arrivals, event dates and the odd owl joke.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3"><label class="newsletter-form-field-label title"
for="email-yui_3-field">Email Address</label><input id="email-yui_3-field" class="newsletter-form-field-element field-element" name="email"
x-autocompletetype="email"
autocomplete="email" type="email" spellcheck="false" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div><div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document);
}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout620-squarespace-owl-profile',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sHeads],
  body: texts(['Nine years old, nearly three kilos, and the loudest bird in the courtyard.', ...sFacts, ...sStory, ...sDisplay, ...sKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book Tickets', 'Tamsin on her favourite perch. Photo: Dan Whitlock', 'Adopt Tamsin',
    'For £35 a year you’ll receive a certificate, a photo of Tamsin and a free visit to meet her.', 'Adopt now', 'Meet the rest of the team',
    ...sOthers, ...sFoot, 'Hoots and Screeches', 'Our monthly newsletter: new arrivals, event dates and the odd owl joke.', 'Email Address', 'Sign Up',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT620_A2: readonly TestPage[] = [squarespace];
