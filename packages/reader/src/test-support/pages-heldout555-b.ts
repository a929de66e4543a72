import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout555-kit.js';

/**
 * Held-out batch 555, file b: a scrap yard's accepted-materials page built with Wix, and a house clearance firm's blog post on
 * Squarespace (7.1, Brine-family template) with a newsletter block and comments.
 */
const wTitle = 'What We Accept';
const wIntro =
  'We buy and recycle all ferrous and non-ferrous metals. Bring your scrap to the weighbridge at Pelham Road and get paid by bank transfer the same day.';
const wGroups: [string, string[]][] = [
  [
    'Non-ferrous metals',
    [
      'Copper (bright wire, braziery, tubes, cylinders)',
      'Brass (taps, fittings, plumbing brass)',
      'Aluminium (sheet, cast, wheels, cans)',
      'Lead (flashing, pipe)',
      'Stainless steel',
      'Insulated cable',
    ],
  ],
  ['Ferrous metals', ['Heavy steel and cast iron', 'Light iron (washing machines, cookers, bikes)', 'Steel sheeting and guttering']],
  [
    'Vehicles and batteries',
    ['End-of-life vehicles (we issue a Certificate of Destruction)', 'Lead-acid car and van batteries', 'Catalytic converters (with proof of ownership)'],
  ],
];
const wNot = j(
  'We cannot accept gas cylinders, fridges, asbestos, fire extinguishers or anything containing oil or fuel.',
  'Photo ID and proof of address are required for every cash-free sale under the Scrap Metal Dealers Act.',
);
const wMenu = ['Home', 'What We Accept', 'Prices', 'Car Scrapping', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>What We Accept | Pelham Metals</title><meta name="description" content="Ferrous and non-ferrous scrap metal we accept at our Pelham Road yard.">
<meta property="og:title" content="What We Accept | Pelham Metals"><meta property="og:site_name" content="Pelham Metals">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Pelham Metals","address":{"@type":"PostalAddress",
"streetAddress":"12 Pelham Road","addressLocality":"Dunmore"},"telephone":"01632 960 517"}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"seoWixCodeSdk":{}},"requestUrl":"https://www.pelhammetals.co.uk/what-we-accept"};</script>
<style>#comp-lq2x8k4a{--rd:0px;--shd:none;}#comp-lq2x8k3p .font_2{font-size:48px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lq2x8b1n" class="BaOVQ8 tz5f0K comp-lq2x8b1n wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">PELHAM METALS</span></p></div>
<div id="comp-lq2x8b2c" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Open Mon–Fri 7:30–4:30, Sat 8–12</p></div>
<nav id="comp-lq2x8b3a" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${links(wMenu, 'StylableHorizontalMenu3372578893__menuItem wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lq2x8k3p" class="xuzjBY wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2x8k41" class="comp-lq2x8k41 YzqVVZ wixui-column-strip__column"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2x8k4f" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement"><h1 class="font_2 wixui-rich-text__text">
<span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq2x8k4j" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">
<span class="wixui-rich-text__text">${wIntro}</span></p></div></div></div></div></section>
${wGroups
  .map(
    ([h, items], n) => `<section id="comp-lq2x9a${n}c" class="xuzjBY wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2x9a${n}d" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text">
<span class="wixui-rich-text__text">${h}</span></h2>
<ul class="font_8 wixui-rich-text__text">${lis(
      items.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
      'wixui-rich-text__text',
    )}</ul></div>
<div id="comp-lq2x9a${n}e" class="MazNVa comp-lq2x9a${n}e wixui-image"><div data-testid="linkElement" class="j7pOnl">
<img src="https://static.wixstatic.com/media/5c2b1d_${n}e8f.jpg/v1/fill/w_420,h_300,al_c,q_80/scrap.jpg" alt="Sorted scrap at the yard"></div></div>
</div></section>`,
  )
  .join('\n')}
<section id="comp-lq2xa0b1" class="xuzjBY wixui-section"><div id="comp-lq2xa0b2" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${wNot}</span></p></div>
<div id="comp-lq2xa0b3" aria-disabled="false" class="comp-lq2xa0b3 FubTgk wixui-button"><a data-testid="linkElement"
href="https://www.pelhammetals.co.uk/prices"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">See Today's Prices</span></a></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lq2x8c0a" class="BaOVQ8 tz5f0K wixui-rich-text">
<p class="font_9 wixui-rich-text__text">12 Pelham Road, Dunmore DN4 8LQ · 01632 960 517</p>
<p class="font_9 wixui-rich-text__text">Site licence SMD/2291 · © 2026 by Pelham Metals. Proudly created with Wix.com</p></div></footer>
</div></div></div></div><div id="WIX_ADS" class="ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral">
<span class="Vs9i4e">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="Vs9i4e">Start Now</span></a></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.2e4a8b1c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout555-wix-scrap-accepted',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGroups.map((g) => g[0]),
  body: texts([wIntro, ...wGroups.flatMap((g) => g[1]), wNot]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PELHAM METALS', 'Open Mon–Fri 7:30–4:30, Sat 8–12', ...wMenu, "See Today's Prices", '12 Pelham Road, Dunmore DN4 8LQ · 01632 960 517',
    'Site licence SMD/2291 · © 2026 by Pelham Metals. Proudly created with Wix.com',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
  ],
});

const sTitle = 'Clearing a Parent’s House: A Room-by-Room Plan';
const sBody = [
  j(
    'Most of the clearances we do start with a phone call from someone who has just lost a parent, or whose parent has moved into',
    'care. The house is full, the estate agent wants photographs in a fortnight, and nobody knows where to begin. After eleven years',
    'of this work, here is the order we suggest.',
  ),
  'Start with the paperwork',
  j(
    'Before anything goes in a van, walk through the house with two boxes: one for documents and one for things the family must',
    'see. Bank statements, pension letters, deeds, photographs and anything handwritten go in the first box. We find post office',
    'savings books in biscuit tins more often than you would think.',
  ),
  'Then the rooms nobody uses',
  j(
    'Lofts, garages and spare bedrooms hold the most and matter the least. Clearing them first gives you space to sort the rest and',
    'quick progress, which helps when the job feels endless. Lofts usually take two of our team half a day.',
  ),
  'Sort into four piles',
  '<strong>Keep</strong> – things a family member has claimed.',
  '<strong>Sell</strong> – furniture, tools and collectables worth more than the effort of selling them.',
  '<strong>Donate</strong> – clean clothes, books, kitchenware and working electricals.',
  '<strong>Dispose</strong> – everything else, which we take to a licensed transfer station.',
  'Leave the kitchen until last',
  j(
    'If anyone is staying at the house while it is cleared, they need a kettle. Keep the kitchen working until the final day, then',
    'clear it in one go. Food in the freezer should be dealt with early, though: a freezer that fails in an empty house is a',
    'very unpleasant surprise.',
  ),
  'What it costs',
  j(
    'A typical three-bedroom house in the Wenlow area takes us two days and costs between £1,200 and £1,900, depending on access',
    'and how much can be reused. We deduct anything we can sell from the bill, and we send you the waste transfer notes so you',
    'know nothing was fly-tipped.',
  ),
];
const sH = [1, 3, 5, 10, 12];
const sNav = ['Services', 'House Clearance', 'Probate Clearance', 'About', 'Journal', 'Get a Quote'];
const sComments = [
  ['Helen Marsh', 'This is so helpful. We did Dad’s house last spring and wish we had read this first, especially the bit about the freezer.'],
  ['Owen T.', 'Do you take pianos? My mother’s upright is the last thing left and nobody wants it.'],
];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<base href=""><title>Clearing a Parent’s House: A Room-by-Room Plan — Hollis &amp; Daughter Clearances</title>
<link rel="canonical" href="https://www.hollisclearances.co.uk/journal/clearing-a-parents-house"><meta property="og:type" content="article">
<meta itemprop="author" content="Ruth Hollis"><meta itemprop="datePublished" content="2026-02-09T10:14:00+0000">
<script type="application/ld+json">{"url":"https://www.hollisclearances.co.uk","name":"Hollis & Daughter Clearances","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Clearing a Parent’s House: A Room-by-Room Plan",
"author":{"name":"Ruth Hollis"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteId":"63b0e1a29f"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-5a12c4a3.min.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63b0e2f1" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-name view-item collection-type-blog">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>Booking now for April – May clearances</p></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Hollis &amp; Daughter</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div>
<div class="header-burger menu-overlay-does-not-exist"><button class="header-burger-btn burger" aria-label="Open Menu"></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b0e2f1">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-ruth-hollis post-type-text article-index-1" data-item-id="65c5f0a8">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-author">Ruth Hollis</span><time class="dt-published blog-meta-item blog-meta-item--date"
datetime="2026-02-09">9 February 2026</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">
<p class="">${sBody[0]}</p>
<h2>${sBody[1]}</h2><p class="">${sBody[2]}</p>
<h2>${sBody[3]}</h2><p class="">${sBody[4]}</p>
<h2>${sBody[5]}</h2><ul data-rte-list="default">${lis(sBody.slice(6, 10).map((t) => `<p class="">${t}</p>`))}</ul>
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63b0e1/loft.jpg" alt="A cleared loft"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="">A loft in Wenlow, half cleared on the first morning.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${sBody[10]}</h2><p class="">${sBody[11]}</p><h2>${sBody[12]}</h2><p class="">${sBody[13]}</p></div></div></div>
</div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=Advice"
class="blog-categories">Advice</a></span>
<div class="blog-share-actions"><a class="ss-social-button" href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a class="ss-social-button" href="https://twitter.com/intent/tweet">Twitter</a><a class="ss-social-button" href="mailto:">Email</a></div></div></div>
</article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/journal/probate-valuations"
class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Do You Need a Probate Valuation?</h2></a>
<a href="/journal/what-we-reuse" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Where Your Furniture Goes After a Clearance</h2></a></section>
<div class="squarespace-comments" id="comments-65c5f0a8"><div class="comment-count">2 Comments</div>
${sComments
  .map(
    ([n, c]) => `<div class="comment"><div class="comment-header"><span class="comment-author">${n}</span>
<span class="comment-date">10 February 2026</span></div><div class="comment-body"><p>${c}</p></div><a class="reply-link" href="#">Reply</a></div>`,
  )
  .join('\n')}
</div></div></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Notes from the van</h2>
<div class="newsletter-form-header-description"><p>One email a month with clearance tips and the odd find. No spam.</p></div></div>
<form class="newsletter-form"><label class="newsletter-form-field-label" for="email-yui">Email Address</label><input id="email-yui" type="email">
<button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Hollis &amp; Daughter Clearances · Wenlow · 01632
960 884</p>
<p>Licensed waste carrier CBDU77310</p></div></section></footer>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout555-squarespace-clearance-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH.map((i) => sBody[i] ?? ''),
  body: texts(sBody.filter((_, i) => !sH.includes(i))),
  bylines: ['Ruth Hollis', '9 February 2026', ...sComments.map((c) => c[0] ?? ''), '10 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Booking now for April – May clearances', 'Hollis & Daughter', ...sNav, 'A loft in Wenlow, half cleared on the first morning.',
    'Advice', 'Facebook', 'Twitter', 'Email', 'Previous', 'Do You Need a Probate Valuation?', 'Next', 'Where Your Furniture Goes After a Clearance',
    '2 Comments', ...sComments.map((c) => c[1] ?? ''), 'Reply', 'Notes from the van', 'One email a month with clearance tips and the odd find. No spam.',
    'Email Address', 'Sign Up', 'Hollis & Daughter Clearances · Wenlow · 01632 960 884', 'Licensed waste carrier CBDU77310',
  ],
});

export const HELDOUT555_B: readonly TestPage[] = [wix, squarespace];
