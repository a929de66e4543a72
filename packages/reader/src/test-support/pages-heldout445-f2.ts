import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file f2: a packing guide on a Squarespace 7.1 blog (the header with nav and "Book now" button, the blog
 * item meta with date and "Written By", content in sqs-layout rows of html, image and quote blocks, a button block, a
 * newsletter block, the item pagination, the author profile, Squarespace comments, the cookie banner and the footer).
 */
const qTitle = 'How to pack a kitchen in one afternoon';
const qIntro = [
  j(
    'The kitchen is the room that defeats most people. It has more objects per square metre than any other room in the house,',
    'most of them are fragile or oddly shaped, and you need it working until the night before you leave.',
  ),
  j(
    'After packing a few hundred kitchens for clients, we have a method that gets it done in one focused afternoon. It works',
    'for a galley flat kitchen and a family farmhouse kitchen alike.',
  ),
];
const qH = ['Set up a packing station', 'Pack in this order', 'Plates, glasses and knives', 'The survival box'];
const qStation = [
  j(
    'Clear the kitchen table and cover it with a towel. Put the tape gun, a stack of packing paper, a marker and five or six',
    'medium boxes within reach. Heavy items go in small boxes and light items in large ones, never the other way round.',
  ),
];
const qOrder = [
  'Things you never use: the fondue set, the spare vases, the cake tins from the back of the cupboard.',
  'Cookbooks and small appliances you can live without for a week.',
  'Most of the glasses and crockery, keeping one setting per person.',
  'The pantry: open packets go in a sealed crate, tins in small boxes.',
  'Pots and pans, nested with paper between them.',
];
const qFragile = [
  j(
    'Plates travel on their edges, like records, never stacked flat. Wrap each one in two sheets of paper and stand it in a box',
    'with a layer of scrunched paper at the bottom. Glasses go mouth-down in a box with cardboard dividers, stems wrapped twice.',
  ),
  j('Knives should be wrapped in a tea towel, secured with tape and labelled clearly on the outside so nobody reaches into the', 'box without knowing.'),
];
const qQuote = 'If you can hear anything move when you gently shake a box, it needs more paper.';
const qSurvival = [
  j(
    'Last of all, pack one clearly marked box that travels in the car with you: kettle, mugs, tea and coffee, a pan, a wooden',
    'spoon, plates and cutlery for everyone, washing-up liquid, a sponge, tea towels, bin bags and scissors. On the first night',
    'in a new home, this box is worth its weight in gold.',
  ),
];
const qNav = ['Services', 'Packing guides', 'About', 'Contact'];
const qFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const sqsHtml = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;}"
id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const p = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const qHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} — Fold &amp; Carry</title>
<link rel="canonical" href="https://www.foldandcarry.example/journal/pack-a-kitchen"><meta property="og:site_name" content="Fold &amp; Carry">
<meta property="og:title" content="${qTitle} — Fold &amp; Carry"><meta property="og:type" content="article">
<meta itemprop="author" content="Wilhelmina Shore">
<meta itemprop="datePublished" content="2026-02-18T10:30:00+0000"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":
"314192535267336","rollups":{},"pageType":50,"website":{"id":"64a1b2c3","siteTitle":"Fold & Carry"},"collection":{"title":"Journal","typeName":"blog"},
"item":{"title":"${qTitle}","id":"65d1e2f3","publishOn":1771410600000}};</script>
<script type="application/ld+json">{"url":"https://www.foldandcarry.example","name":"Fold & Carry","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${qTitle}","datePublished":"2026-02-18T10:30:00+0000","author":"Wilhelmina Shore","@context":"http://schema.org",
"@type":"BlogPosting"}</script><link href="//static1.squarespace.example/static/versioned-site-css/64a1b2c3/12/site.css" rel="stylesheet"
type="text/css"></head>
<body id="item-65d1e2f3" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-alignment-center header-overlay-alignment-center
view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one"><div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header"><div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div
class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Fold &amp;
Carry</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('')}</nav></div></div></div><div
class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/book">Book now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d1e2f3"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry post-type-text
author-wilhelmina-shore category-kitchen tag-packing" data-item-id="65d1e2f3"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div
class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-02-18" pubdate data-animation-role="date">18 Feb
</time></div><div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Kitchen" class="blog-categories">Kitchen</a></div></div><div
class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div><div
class="blog-item-author-date-wrapper">
<div class="blog-meta-item blog-meta-item--author">Written By <a href="/journal?author=5f1a" class="blog-author-name">Wilhelmina Shore</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1771410600000" id="item-65d1e2f3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqsHtml('a1', qIntro.map(p).join(''))}
${sqsHtml('a2', `<h2 style="white-space:pre-wrap;">${qH[0]}</h2>${qStation.map(p).join('')}`)}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1708250000_4411"><div
class="sqs-block-content"><div
class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none"
data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper has-aspect-ratio" data-animation-role="image"><img data-stretch="false"
data-src="https://images.squarespace-cdn.example/content/v1/64a1b2c3/station.jpg" alt="" data-load="false"
src="https://images.squarespace-cdn.example/content/v1/64a1b2c3/station.jpg?format=1000w"
width="1500" height="1000" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">A
packing station set up on a kitchen table.</p></div></figcaption></figure></div></div></div>
${sqsHtml('a3', `<h2 style="white-space:pre-wrap;">${qH[1]}</h2><ol data-rte-list="default">${lis(qOrder.map((t) => p(t)))}</ol>`)}
${sqsHtml('a4', `<h2 style="white-space:pre-wrap;">${qH[2]}</h2>${qFragile.map(p).join('')}`)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1708250000_5522"><div
class="sqs-block-content"><figure><blockquote
data-animation-role="quote" data-animation-override><span>“</span>${qQuote}<span>”</span></blockquote>
<figcaption class="source">— the Fold &amp; Carry crew
</figcaption></figure></div></div>
${sqsHtml('a5', `<h2 style="white-space:pre-wrap;">${qH[3]}</h2>${qSurvival.map(p).join('')}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1708250000_6633"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"><a href="/book" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Book a packing team</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1708250000_7744"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a1c"><header
class="newsletter-form-header"><h2 class="newsletter-form-header-title">Moving tips, monthly</h2><div class="newsletter-form-header-description"><p>One
short email a month. No spam, unsubscribe any time.</p></div></header><div class="newsletter-form-body"><input class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
</button></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments"><div class="comment-header"><span class="comment-count">0
Comments</span></div><div class="comment-input-placeholder">Add a comment...</div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/journal/boxes-guide"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">How many boxes do you really need?</h2></a><a
class="item-pagination-link item-pagination-link--next" href="/journal/moving-plants"><div class="item-pagination-prev-next">Next</div><h2
class="item-pagination-title">Moving house plants without losing a leaf</h2></a></section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content"><div
class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Fold &amp;
Carry · Packing and unpacking for house moves across the Vale</p><p class="" style="white-space:pre-wrap;">© 2026 Fold &amp; Carry Ltd</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block"><ul>${links(qFoot)}</ul></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline
all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771b4a3f9/scripts/site-bundle.2f1e0a7b.js" type="text/javascript"></script>
</body></html>`;
export const packingSquarespace: TestPage = {
  name: 'heldout445-squarespace-packing-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qIntro, ...qStation, ...qOrder, ...qFragile, qQuote, ...qSurvival]),
  bylines: ['18 Feb', 'Wilhelmina Shore'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fold & Carry', ...qNav, 'Book now', 'Kitchen', 'Written By', 'A packing station set up on a kitchen table.', '— the Fold & Carry crew',
    'Book a packing team', 'Moving tips, monthly', 'One short email a month. No spam, unsubscribe any time.', 'Sign Up', '0 Comments', 'Add a comment...',
    'Previous', 'How many boxes do you really need?', 'Next', 'Moving house plants without losing a leaf',
    'Fold & Carry · Packing and unpacking for house moves across the Vale', '© 2026 Fold & Carry Ltd', ...qFoot,
    'This site uses cookies to give you the best experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
