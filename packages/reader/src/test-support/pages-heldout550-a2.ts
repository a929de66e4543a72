import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout550-kit.js';

/** Held-out batch 550, file a2: a bathroom fitter's fitting process page on Squarespace 7.1 (fluid engine and classic blocks). */
const tTitle = 'How we fit your bathroom';
const tDek = j(
  'From the first visit to the last bead of silicone, this is what happens at each stage of a Tiller and Brook installation,',
  'and roughly how long each part takes.',
);
const tSteps: readonly (readonly [string, readonly string[]])[] = [
  [
    '1. Home survey',
    [
      j(
        'One of our two surveyors, usually Ellis or Marta, visits to measure the room, check the water pressure and look under the',
        'floor where we can. The visit takes about an hour and is free within twenty miles of the showroom.',
      ),
    ],
  ],
  [
    '2. Design and fixed quote',
    [
      j(
        'Within a week you get a drawing of the new layout and a fixed quote broken down by labour, materials and waste removal. The',
        'price only changes if you change the design or we find hidden damage, and we show you any damage before we do any extra work.',
      ),
    ],
  ],
  [
    '3. Ordering and delivery',
    [
      j(
        'Once you pay the 25 per cent deposit we order everything at once and store it in our unit until the week before the fit.',
        'Nothing sits in your hallway for a month. Delivery is checked against the order so missing parts are found before work starts.',
      ),
    ],
  ],
  [
    '4. Strip-out and first fix',
    [
      j(
        'Day one is dust sheets, floor protection and removing the old suite. Over the next two or three days the plumber moves pipes',
        'and wastes and the electrician runs any new cables for lighting, a heated rail or an extractor fan.',
      ),
      'You will be without a bathroom from the first morning, so plan for a week or two of showers elsewhere.',
    ],
  ],
  [
    '5. Boarding, tanking and tiling',
    [
      j(
        'Walls around the shower and bath are boarded with cement board and tanked before any tile goes up. Our tilers work to a',
        '1.5 mm joint unless you choose otherwise, and they will ask you to sign off the set-out of the first row.',
      ),
    ],
  ],
  [
    '6. Second fix and handover',
    [
      j(
        'The suite, taps, furniture and accessories go in, everything is tested for leaks and the room is cleaned. We walk you round',
        'the finished bathroom, hand over the guarantees and come back after six weeks to check the silicone once the house has settled.',
      ),
    ],
  ],
];
const tHeads = tSteps.map(([h]) => h);
const tParas = tSteps.flatMap(([, p]) => p);
const tNav = ['Bathrooms', 'Our Process', 'Gallery', 'Visit Us', 'Journal'];
const tSqBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const tHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Our Process — Tiller and Brook Bathrooms</title><link rel="canonical" href="https://www.tillerandbrook.co.uk/our-process">
<meta property="og:site_name" content="Tiller and Brook Bathrooms"><meta property="og:title" content="Our Process — Tiller and Brook Bathrooms">
<meta name="description" content="What happens at each stage of a Tiller and Brook bathroom installation.">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.tillerandbrook.co.uk","name":"Tiller and Brook Bathrooms","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f0a1/38/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head><body id="collection-65a1f0c2d4e8" class="header-overlay-alignment-center tweak-portfolio-grid-overlay-width-full primary-button-style-solid
form-use-theme-colors collection-type-page collection-65a1f0c2d4e8 collection-layout-default mobile-style">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/tb/logo.png?format=1500w"
alt="Tiller and Brook Bathrooms"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${tNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-survey">Book a survey</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden" hidden>Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a1f0c2d4e8a1">
<section data-test="page-section" data-section-theme="dark" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark" data-section-id="65a1f0c2d4e8b2">
<div class="section-background"><img alt="" src="//images.squarespace-cdn.com/content/v1/tb/hero-tiling.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65a1f0c2d4e8b2"><div class="fe-block fe-block-yui_3_17_2_1_1705">
${tSqBlock(
  'yui_3_17_2_1_1705_4411',
  `<h1 style="text-align:center;white-space:pre-wrap;">${tTitle}</h1><p class="sqsrte-large"
style="text-align:center;white-space:pre-wrap;">${tDek}</p>`,
)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--left vertical-alignment--top white" data-section-id="65a1f0c2d4e8c3"><div class="content-wrapper"><div
class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-65a1f0c2d4e8c3"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
${tSteps
  .map(
    ([h, p], i) =>
      `${tSqBlock(`c3-${i}`, `<h2 style="white-space:pre-wrap;">${h}</h2>${ps(p, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><div
class="image-block-outer-wrapper layout-caption-below">
<figure class="sqs-block-image-figure intrinsic"><img src="//images.squarespace-cdn.com/content/v1/tb/step-${i + 1}.jpg" alt=""
loading="lazy"></figure></div></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section section-height--small light"
data-section-id="65a1f0c2d4e8d4">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${tSqBlock(
  'd4-1',
  `<h3 style="text-align:center;white-space:pre-wrap;">Ready to start?</h3><p
style="text-align:center;">Surveys are booked two to three weeks ahead.</p>`,
)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center">
<a href="/book-a-survey" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a free survey</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section layout-engine-section section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${tSqBlock('f1', '<p><strong>Tiller and Brook Bathrooms</strong></p><p>Unit 3, Weir Mill Yard, Addlestow AD7 1QF</p><p>01632 960733</p>')}
</div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="64f0a1b2c3" autocomplete="on"
method="POST" novalidate>
<header class="newsletter-form-header"><h2>Bathroom ideas, now and then</h2><div
class="newsletter-form-header-description"><p>One email a season. No sales patter.</p></div>
</header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1705_9102">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email"
placeholder="Email Address">
</div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button sqs-button-element--primary"
type="submit"
value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div>
${tSqBlock(
  'f2',
  `<p><a href="https://instagram.com/tillerandbrook">Instagram</a> · <a href="/privacy">Privacy</a> · <a
href="/terms">Terms</a></p><p>© 2026 Tiller and Brook Bathrooms Ltd</p>`,
)}
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-live="polite"
aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our website. You can accept them all or choose which ones to
allow.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceProcess: TestPage = {
  name: 'heldout550-squarespace-fitting-process',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tDek, ...tParas]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Tiller and Brook Bathrooms', 'Open Menu', 'Bathrooms', 'Our Process', 'Gallery', 'Visit Us', 'Journal', 'Book a survey',
    'Ready to start?', 'Surveys are booked two to three weeks ahead.',
    'Book a free survey', 'Unit 3, Weir Mill Yard, Addlestow AD7 1QF', '01632 960733', 'Bathroom ideas, now and then',
    'One email a season. No sales patter.', 'Email Address', 'Sign Up', 'Instagram', 'Privacy', 'Terms', '© 2026 Tiller and Brook Bathrooms Ltd',
    'We use cookies to give you the best experience on our website. You can accept them all or choose which ones to allow.', 'Accept all',
    'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT550_A2: readonly TestPage[] = [squarespaceProcess];
