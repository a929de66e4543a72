import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout657-kit.js';

/** Held-out batch 657, file a2: an upholstery cleaner's price page on Squarespace 7.1 (announcement bar, promo section, newsletter footer). */
const sTitle = 'Upholstery Cleaning Prices';
const sIntro = [
  j(
    'Every price below includes a pre-inspection, a fabric test, pre-treatment of everyday soiling and a fibre-safe rinse. We clean',
    'in your home using low-moisture methods, so most pieces are dry within four hours.',
  ),
  'Prices are per item and include VAT. There is a minimum visit charge of £60 within Castle Brennick, and £75 for addresses further out.',
];
const sH = ['Sofas and chairs', 'Dining chairs and headboards', 'Extras'];
// biome-ignore format: one price a line
const sSofas = [
  'Armchair – £35',
  'Two-seater sofa – £65',
  'Three-seater sofa – £85',
  'Corner sofa (up to five seats) – £120',
  'Footstool or pouffe – £15',
];
const sDining = [
  'Dining chair seat – £8',
  'Fully upholstered dining chair – £18',
  'Headboard (single or double) – £30',
  'Headboard (king or super king) – £40',
];
// biome-ignore format: one price a line
const sExtras = [
  'Fabric protector – 30% of the cleaning price',
  'Pet odour treatment – £15 per item',
  'Loose cushion covers cleaned separately – £5 each',
];
const sEnd = j(
  'Silk, velvet and vintage pieces are priced after we have seen them. Send us a photograph and the care label and we will reply',
  'with a quote within one working day.',
);
const sNav = ['Services', 'Prices', 'Fabric Care Guide', 'About', 'Contact'];
const sAnn = 'Now booking January visits – 10% off midweek appointments';
const sPromo = 'Not sure what your sofa is made of? Our fabric care guide explains the labels.';
const sFoot = ['14 Quarry Lane, Castle Brennick', '01632 960418', 'hello@fennickrowe.co.uk', 'Mon–Fri 8am–5pm'];
const sp = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sul = (items: readonly string[]): string => `<ul data-rte-list="default">${items.map((t) => `<li>${sp(t)}</li>`).join('')}</ul>`;
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const sSection = (id: string, theme: string, inner: string): string => `<section data-test="page-section" data-section-theme="${theme}" class="page-section
layout-engine-section background-width--full-bleed section-height--medium content-width--narrow
horizontal-alignment--center vertical-alignment--middle ${theme}"
data-section-id="${id}" data-controller="SectionWrapperController"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-${id}">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${inner}</div></div></div></div></div></section>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta
charset="utf-8"><title>Prices — Fennick &amp; Rowe Upholstery Care</title>
<link rel="canonical" href="https://www.fennickrowe.co.uk/prices"><meta property="og:site_name" content="Fennick &amp; Rowe Upholstery Care">
<meta property="og:title" content="Prices — Fennick &amp; Rowe Upholstery Care"><meta name="description" content="Sofa, chair and headboard cleaning prices.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {};
Static.SQUARESPACE_CONTEXT = {"websiteId":"64f1c2a9e0b1","collectionId":"64f1c3b7a2c4","templateId":"5c5a519771c10ba3470d8101",
"templateVersion":"7.1","pageFeatures":[1,2,4],"website":{"siteTitle":"Fennick & Rowe Upholstery Care","location":{"addressLine2":"Castle Brennick"}}};</script>
<script type="application/ld+json">{"url":"https://www.fennickrowe.co.uk","name":"Fennick & Rowe Upholstery Care",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Fennick & Rowe Upholstery Care","address":"14 Quarry Lane\\nCastle Brennick","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css"
href="https://static1.squarespace.com/static/versioned-site-css/64f1c2a9e0b1/27/5c5a519771c10ba3470d8101/site.css"></head>
<body id="collection-64f1c3b7a2c4" class="primary-button-style-solid primary-button-shape-pill form-field-style-outline header-layout-nav-right
tweak-global-animations-enabled collection-type-page view-item mobile-style-available">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"><div class="header-announcement-bar-wrapper"><a href="/book" class="sqs-announcement-bar-url"
aria-label="Announcement bar link"></a><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>${sAnn}</p></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div></div>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Fennick &amp; Rowe</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Prices' ? ' header-nav-item--active' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Visit</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1c3b7a2c5">
${sSection(
  '64f1c3b7a2c6',
  'white',
  sBlock(
    'yui_3_17_2_1_1712',
    `<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sIntro.map(sp).join('')}
<h2 style="white-space:pre-wrap;">${sH[0]}</h2>${sul(sSofas)}<h2 style="white-space:pre-wrap;">${sH[1]}</h2>${sul(sDining)}
<h2 style="white-space:pre-wrap;">${sH[2]}</h2>${sul(sExtras)}${sp(sEnd)}`,
  ),
)}
${sSection(
  '64f1c3b7a2c7',
  'light',
  `${sBlock('yui_3_17_2_1_1713', sp(sPromo))}<div class="sqs-block button-block sqs-block-button" data-block-type="53"
id="block-yui_3_17_2_1_1714"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"
data-animation-role="button" data-alignment="center"><a href="/fabric-care-guide" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Read the Guide</a></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
${sSection(
  '64f1c3b7a2d0',
  'dark',
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-foot1"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Fennick &amp; Rowe Upholstery Care</h3>${sFoot.map(sp).join('')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-foot2"><div class="sqs-block-content"><div
class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our
mailing list</h2><div class="newsletter-form-header-description"><p>Seasonal offers, no more than four times a year.</p></div></div>
<form class="newsletter-form" data-form-id="64f1c4d1e2f3" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1715">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1715-field">Email Address</label><input class="newsletter-form-field-element
field-element" name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your
privacy.</p></div></div><div class="form-submission-text" hidden>Thank you!</div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-foot3"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small" style="white-space:pre-wrap;">© 2027 Fennick &amp; Rowe Upholstery Care</p></div></div></div>`,
)}
</footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout657-squarespace-upholstery-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: [...sIntro, ...sSofas, ...sDining, ...sExtras, sEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    sAnn, 'Fennick & Rowe', ...sNav.filter((t) => t !== 'Prices'), 'Book a Visit', sPromo, 'Read the Guide', 'Fennick & Rowe Upholstery Care', ...sFoot,
    'Join our mailing list', 'Seasonal offers, no more than four times a year.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '© 2027 Fennick & Rowe Upholstery Care',
  ],
};

export const HELDOUT657_A2: readonly TestPage[] = [squarespace];
