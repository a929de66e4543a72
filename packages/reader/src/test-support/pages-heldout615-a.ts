import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, row, rowText, settle } from './pages-heldout615-kit.js';

/**
 * Held-out batch 615, file a: a chair reupholstery quote page on Squarespace 7.1 (announcement bar, cookie banner, price table
 * in a code block, form block).
 */
const sTitle = 'Chair reupholstery quotes';
const sDek = "Send us a few photos and we'll come back with a fixed price within two working days.";
const sIntro = j(
  'Every chair is different underneath the fabric. Two dining chairs that look the same can have very different webbing, springs and',
  'stuffing, so we never quote from a catalogue. A few clear photos tell us almost everything we need.',
);
const sSteps = [
  'Photograph the chair from the front, the side and the back, and take one close-up of the underside.',
  'Measure the seat width and height, and tell us if the frame wobbles or any joints have come apart.',
  'Tell us whether you are supplying your own fabric or would like us to post you samples.',
];
const sHead = ['How quoting works', 'Guide prices', 'What affects the price'];
const sRows = [
  ['Drop-in dining seat', '£95', '£70'],
  ['Bedroom chair with a sprung seat', '£340', '£260'],
  ['Victorian nursing chair', '£420', '£310'],
  ['Wingback armchair', '£780', '£590'],
];
const sAfter = j(
  'Prices are for labour and materials and do not include top fabric. A wingback takes around eight metres of plain fabric, more if the',
  'pattern has to be matched across the back and wings.',
);
const sAffect = [
  j(
    'Traditional work means stripping the chair back to the frame and rebuilding it with jute webbing, hand-tied springs, horsehair and',
    'calico. It takes longer but lasts for decades. Modern work uses foam over rubber webbing and suits chairs made after about 1950.',
  ),
  j(
    'Loose joints, woodworm and broken rails add to the price, and we will always tell you before we start. If the show wood needs',
    'repolishing we can quote for that at the same time, as our polishing bench is in the same workshop.',
  ),
];
const sNav = ['Home', 'Upholstery', 'French Polishing', 'Our Work', 'Quotes', 'Contact'];
const sFootNav = ['Instagram', 'Facebook', 'Privacy'];
const sForm = ['Request a quote', 'Name', 'Email', 'Type of chair', 'Photos', 'Anything else we should know?', 'Send request'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Quotes — Tallis Upholstery</title>
<link rel="canonical" href="https://www.tallisupholstery.co.uk/quotes"><meta property="og:site_name" content="Tallis Upholstery">
<meta property="og:title" content="Quotes — Tallis Upholstery"><meta name="description" content="${sDek}">
<script type="application/ld+json">{"url":"https://www.tallisupholstery.co.uk",
"name":"Tallis Upholstery","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Unit 4, Mill Yard, Dunmere",
"openingHours":"Tu 09:00-17:00","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"5f1a2c","collectionId":"63b0e1","pageType":2};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-a7c1e2.min.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/5f1a2c/36/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-63b0e1" class="form-use-theme-colors header-overlay-alignment-center tweak-transparent-header primary-button-style-solid
 primary-button-shape-pill collection-type-page collection-63b0e1 view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><div
class="sqs-announcement-bar-text-inner">
<p>Workshop closed 23 December to 6 January. Quotes will resume in the new year.</p></div></div>
<span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom">
<div class="sqs-cookie-banner-v2-text"><p>By using this website, you agree to our use of cookies. We use cookies to provide you with a great experience and to
help
our website run effectively.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div>
</div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Tallis Upholstery</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection${t === 'Quotes' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}">${t}</a>
</div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a visit</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b0e1a2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63b0e1a3">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63b0e1a4"><div class="fe-block fe-block-yui_3_17_2_1_1672">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1672"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p>
<h2 style="white-space:pre-wrap;">${sHead[0]}</h2>${ps([sIntro], ' style="white-space:pre-wrap;"')}
<ol data-rte-list="default">${lis(sSteps.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ol></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light"
data-section-id="63b0e1a5">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63b0e1a6"><div class="fe-block fe-block-yui_3_17_2_1_1673">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sHead[1]}</h2></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1674"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="price-table"><thead>${row(['Chair', 'Traditional', 'Modern foam'], 'th')}</thead><tbody>${sRows.map((r) => row(r)).join('\n')}</tbody></table>
</div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1675"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">${ps([sAfter])}<h2>${sHead[2]}</h2>${ps(sAffect)}</div></div></div></div></div></div></div>
</section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section dark" data-section-id="63b0e1a7">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block fe-block-yui_3_17_2_1_1676">
<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title-wrapper"><h3 class="form-title">${sForm[0]}</h3></div><div class="form-inner-wrapper"><form autocomplete="on" action="" method="POST">
<div class="field-list clear"><div class="form-item field text required"><label class="title" for="text-1">${sForm[1]}</label><input class="field-element"
type="text" id="text-1"></div>
<div class="form-item field email required"><label class="title" for="email-2">${sForm[2]}</label><input class="field-element" type="email" id="email-2"></div>
<div class="form-item field select"><label class="title" for="select-3">${sForm[3]}</label><select id="select-3"><option>Dining chair</option>
<option>Armchair</option><option>Sofa</option></select></div>
<div class="form-item field file"><label class="title">${sForm[4]}</label><input type="file" multiple></div>
<div class="form-item field textarea"><label class="title" for="textarea-5">${sForm[5]}</label><textarea class="field-element" id="textarea-5"></textarea>
</div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit">${sForm[6]}</button></div></form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section dark">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Tallis Upholstery</h3><p>Unit 4, Mill Yard, Castleford Road, Dunmere</p><p>Tuesday to Saturday, 9am to 5pm</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
<ul>${links(sFootNav)}</ul></nav></div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p>© 2026 Tallis Upholstery</p>
</div></div></div></div></section></footer>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout615-squarespace-chair-quotes',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHead,
  body: [sDek, sIntro, ...sSteps, ...sRows.map(rowText), sAfter, ...sAffect],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Workshop closed 23 December to 6 January. Quotes will resume in the new year.',
    'By using this website, you agree to our use of cookies. We use cookies to provide you with a great experience and to help our website run effectively.',
    'Accept', 'Tallis Upholstery', ...sNav, 'Book a visit', ...sForm, 'Unit 4, Mill Yard, Castleford Road, Dunmere', 'Tuesday to Saturday, 9am to 5pm',
    ...sFootNav, '© 2026 Tallis Upholstery',
  ],
};

export const HELDOUT615_A: readonly TestPage[] = [squarespace].map(settle);
