import { ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout413-kit.js';

/**
 * Held-out batch 413, file e2: a knitwear designer's errata page on Squarespace 7.1 (header with nav and cart, page
 * sections with html blocks, a "last updated" line, corrections per pattern as lists, a quote block, a button block, a
 * newsletter block, the footer section and the Squarespace cookie banner).
 */
const sTitle = 'Pattern Errata';
const sIntro = [
  `Every pattern is tech edited and test knitted before release, but mistakes still slip through now and then. When one is
found, I correct the PDF straight away and list the change here, so you can fix a printed copy without downloading again.`,
  `If you bought a pattern from my shop or a pattern marketplace, you will also get an email with the updated file. Corrections are listed
newest first within each pattern.`,
];
const sQuote = 'If your count is off by one on a lace row, check this page first. It is almost always me, not you.';
const sWindH = 'Windrift Shawl (version 1.2)';
const sWind = [
  'Chart B, row 37: the chart was missing a k2tog, yo at stitches 31 and 32. The written instructions were correct. Fixed in version 1.2.',
  'Page 4: the yardage for the large size was given as 820 m; it is 880 m.',
];
const sCairnH = 'Cairnside Pullover (version 2.1)';
const sCairn = [
  'Yoke, round 14, sizes 5 to 7: work the decrease 11 times, not 12.',
  'Sleeves: "decrease every 8th round" should read "decrease every 7th round" for sizes 1 and 2.',
  'Schematic: the cuff circumference for size 3 should be 21 cm.',
  'Body, sizes 6 and 7: the instruction to work 4 rows of rib before the hem was left out of the first release. Work them before binding off.',
];
const sMossH = 'Mossbank Socks (version 1.1)';
const sMoss = [
  'Heel flap: the slipped stitch should be slipped purlwise with the yarn in back. The first release said "knitwise".',
  'Gusset: pick up one stitch in each slipped edge stitch, plus one extra in the corner to close the gap, on both sides of the heel.',
];
const sNote = [
  `Think you've found a mistake that isn't listed? Please write to me with the pattern name, the version printed on the first
page, your size and the row, and I'll reply within a few days. A photo of the chart with the
row marked is a great help, and so is knowing whether you are knitting from the chart or the written instructions.`,
];
const sNav = ['Patterns', 'Workshops', 'Errata', 'About', 'Contact'];
const blk = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="{&quot;topLeft&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0}}" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const ssp = (a: readonly string[]): string => ps(a, ' class="" style="white-space:pre-wrap;"');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Errata — Isla Marwood Knits</title>
<link rel="canonical" href="https://www.islamarwoodknits.example/errata"><meta property="og:site_name" content="Isla Marwood Knits">
<meta property="og:title" content="Errata — Isla Marwood Knits"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.islamarwoodknits.example","name":"Isla Marwood
Knits","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f0a9","siteTitle":"Isla Marwood
Knits"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.example/universal/styles-compressed/commerce-2b7c.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63a1f0" class="primary-button-style-solid header-overlay-alignment-center tweak-blog-list-style-none">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}"><div class="header-announcement-bar-wrapper"><div
class="header-inner container--fluid header-layout--with-commerce"><div class="header-title" data-animation-role="header-element"><div
class="header-title-text"><a href="/" data-animation-role="header-element">Isla Marwood Knits</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart"
class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="sqs-cart-quantity">0</span></a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f0e2b3c4">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="63a1f0e2b3c5"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63a1f0e2b3c5"><div class="row sqs-row"><div class="col sqs-col-12
span-12">
${blk(
  'yui_3_17_2_1_1707',
  `<h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-small" style="white-space:pre-wrap;">Last updated 14 February 2026</p>\n${ssp(sIntro)}`,
)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1708"><div class="sqs-block-content"><figure
class="block-animation-none"><blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote></figure></div></div>
${blk('yui_3_17_2_1_1709', `<h3 style="white-space:pre-wrap;">${sWindH}</h3><ul data-rte-list="default">${lis(sWind)}</ul>`)}
${blk('yui_3_17_2_1_1710', `<h3 style="white-space:pre-wrap;">${sCairnH}</h3><ul data-rte-list="default">${lis(sCairn)}</ul>`)}
${blk('yui_3_17_2_1_1711', `<h3 style="white-space:pre-wrap;">${sMossH}</h3><ul data-rte-list="default">${lis(sMoss)}</ul>\n${ssp(sNote)}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1712"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center"><a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Report a mistake</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1713"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form"><header class="newsletter-form-header"><h2
class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description"><p>New releases, workshop dates and the
occasional discount code.</p></div></header><div class="newsletter-form-field-wrapper form-item field email required"><input
class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button>
</div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-id="63a1f0e2b3d0"><div
class="content-wrapper"><div class="content">${blk(
  'yui_3_17_2_1_1801',
  `<p class="sqsrte-small" style="white-space:pre-wrap;">Isla Marwood Knits · Kirkcudbright,
Scotland</p>
<p class="sqsrte-small" style="white-space:pre-wrap;">${['Instagram', 'Ravelry', 'Shipping', 'Privacy'].map((t) => `<a href="#">${t}</a>`).join(' · ')}</p>`,
)}
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-main sqs-cookie-banner-v2-main--bottom"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="dialog"
aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div
class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept" type="button">Accept all</button><button
class="sqs-cookie-banner-v2-decline" type="button">Decline all</button><button class="sqs-cookie-banner-v2-manage" type="button">Manage cookies</button></div>
</div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout413-squarespace-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sWindH, sCairnH, sMossH],
  body: texts([...sIntro, sQuote, ...sWind, ...sCairn, ...sMoss, ...sNote]),
  bylines: ['Last updated 14 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Isla Marwood Knits', ...sNav, 'Report a mistake', 'Stay in the loop', 'New releases, workshop dates and the occasional discount code.', 'Sign Up',
    'We respect your privacy.', 'Isla Marwood Knits · Kirkcudbright, Scotland', 'Instagram', 'Ravelry', 'Shipping', 'Privacy',
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
