import type { TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout573-kit.js';

/** Held-out batch 573, file a2: a boatyard services page on Squarespace 7.1 with a caption, a button and a newsletter block. */
const tTitle = 'Boatyard Services';
const tIntro = j(
  'Tollard Boatyard has hauled, stored and repaired boats on the east bank of the Fenn since 1961. Our team of six shipwrights',
  'and engineers works on wooden and GRP craft up to 14 metres and 16 tonnes.',
);
const tSections: [string, string[]][] = [
  [
    'Lift-out and storage',
    [
      j(
        'Our 20-tonne hoist runs from two hours either side of high water. A lift-out with pressure wash and chocking costs £18.50 per metre;',
        'winter storage ashore is £9.80 per metre per month, with power points in every row.',
      ),
    ],
  ],
  [
    'Antifouling and hull care',
    [
      j(
        'We scrape, sand and antifoul by hand, with dust extraction on every sander. Two coats of a hard or eroding antifouling of your choice',
        'cost from £24 per metre, paint included. Gelcoat repairs and osmosis checks are quoted after a survey.',
      ),
    ],
  ],
  [
    'Engines and sterngear',
    [
      j(
        'Our engineers are trained on Beta, Nanni and Volvo Penta engines. We service inboards and saildrives, replace cutless bearings and',
        'shaft seals, and align engines after a refit.',
      ),
      'Annual engine service (up to 40hp): £265 plus parts',
      'Saildrive diaphragm replacement: from £890',
    ],
  ],
  [
    'Woodwork and rigging',
    [
      j(
        'From a new teak rubbing strake to a whole cockpit sole, our shipwrights work in the old sail loft, where boats can stay under cover',
        'while the work is done. We also unstep and step masts, and our rigger replaces standing rigging to the original specification.',
      ),
    ],
  ],
];
const tNav = ['Services', 'Storage', 'Moorings', 'About', 'Contact'];
const tSecHtml = tSections
  .map(([h, paras]) => {
    const price = paras.slice(1);
    const list = price.length > 0 ? `<ul data-rte-list="default">${lis(price.map((p) => `<p style="white-space:pre-wrap;">${p}</p>`))}</ul>` : '';
    return `<h3 style="white-space:pre-wrap;">${h}</h3><p class="" style="white-space:pre-wrap;">${at(paras, 0)}</p>${list}`;
  })
  .join('\n');
const tHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Services &mdash; Tollard Boatyard</title><link rel="canonical" href="https://www.tollardboatyard.co.uk/services">
<meta property="og:site_name" content="Tollard Boatyard"><meta property="og:title" content="Services &mdash; Tollard Boatyard">
<meta name="description" content="Lift-out, storage, antifouling, engines and woodwork on the River Fenn.">
<script type="text/javascript" src="//use.typekit.net/ik/abc123.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Tollard Boatyard"},"templateId":"5c5a519771c10ba3470d8101"};
</script>
<script type="application/ld+json">{"url":"https://www.tollardboatyard.co.uk","name":"Tollard Boatyard","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Staithe Road\\nFenmouth, NR29 4FE","openingHours":"Mo 08:00-17:00","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6021a1b2/47/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-60219f3c8d1e" class="primary-button-style-solid tweak-global-animations-enabled header-width-full  collection-type-page view-list">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Tollard Boatyard</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${tNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Services' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a lift-out</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="60219f3c8d1e4a2b">
<section data-test="page-section" data-section-theme="dark" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark"><div class="section-background">
<img alt="" data-src="https://images.squarespace-cdn.com/content/v1/6021/hoist.jpg" data-image-dimensions="2500x1667"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-60219f"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${tTitle}</h1></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-6021a0"><div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">${tIntro}</p>
${tSecHtml}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img alt=""
data-src="https://images.squarespace-cdn.com/content/v1/6021/loft.jpg"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The old sail loft, now our joinery shop</p>
</div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/contact"
class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Ask for a quote</a></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><h4 style="white-space:pre-wrap;">Tollard Boatyard</h4>
<p style="white-space:pre-wrap;">Staithe Road, Fenmouth NR29 4FE</p><p style="white-space:pre-wrap;">Monday to Saturday, 8am to 5pm</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="6021ab">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Yard news by email</h2>
<div class="newsletter-form-header-description"><p style="white-space:pre-wrap;">Tide tables, hoist dates and the odd boat for sale.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_9">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;">We respect your privacy.</p></div></div></form></div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const tollard: TestPage = {
  name: 'heldout573-squarespace-boatyard-services',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: [tIntro, ...tSections.flatMap(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...tNav.filter((t) =>
t !== 'Services' && t !== 'Storage'), 'Book a lift-out', 'The old sail loft, now our joinery shop', 'Ask for a quote',
    'Staithe Road, Fenmouth NR29 4FE', 'Monday to Saturday, 8am to 5pm', 'Yard news by email', 'Tide tables, hoist dates and the odd boat for sale.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT573_A2: readonly TestPage[] = [tollard];
