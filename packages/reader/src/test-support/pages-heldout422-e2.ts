import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';

/**
 * Held-out batch 422, file e2: a bakery café chain's allergen information page on Squarespace 7.1 (announcement bar, header
 * nav with a cart, sections of sqs-block html and button blocks, a code block holding the allergen matrix, an image block with
 * caption, a newsletter block, cookie banner and footer).
 */
const aTitle = 'Allergen Information';
const aNav = ['Our Menu', 'Visit Us', 'Order Ahead', 'Wholesale', 'Journal'];
const aP1 = [
  j(
    'Everything on our counters is baked in the same open kitchens, so we want you to have the full picture before you order.',
    'This page lists which of the fourteen major allergens are present in our everyday range, and explains how we handle them.',
  ),
  j(
    'If you have an allergy or intolerance, please tell a member of our team every time you order, even if you have ordered the',
    'same thing before. Recipes can change and our team can show you the full ingredient list for any item.',
  ),
];
const a14 = [
  'Celery',
  'Cereals containing gluten',
  'Crustaceans',
  'Eggs',
  'Fish',
  'Lupin',
  'Milk',
  'Molluscs',
  'Mustard',
  'Tree nuts',
  'Peanuts',
  'Sesame',
  'Soya',
  'Sulphur dioxide and sulphites',
];
const aHead = ['Item', 'Gluten', 'Milk', 'Eggs', 'Nuts', 'Sesame', 'Soya'];
const aRows: readonly (readonly string[])[] = [
  ['Cardamom knot', 'Yes', 'Yes', 'Yes', '-', 'May contain', '-'],
  ['Almond croissant', 'Yes', 'Yes', 'Yes', 'Yes', 'May contain', 'Yes'],
  ['Seeded rye loaf', 'Yes', '-', '-', '-', 'Yes', '-'],
  ['Vegan banana loaf', 'Yes', '-', '-', 'Yes', 'May contain', 'Yes'],
  ['Cheese & leek scone', 'Yes', 'Yes', 'Yes', '-', 'May contain', '-'],
  ['Flourless chocolate torte', '-', 'Yes', 'Yes', 'May contain', 'May contain', '-'],
];
const aP2 = [
  j(
    'We use wheat flour, nuts, sesame and milk throughout our bakeries, and our products are made on shared equipment. Although',
    'we clean carefully between batches, we cannot guarantee that any item is free from traces of any allergen.',
  ),
  j(
    'Our flourless chocolate torte is made without gluten-containing ingredients, but it is baked alongside our bread and pastries.',
    'For this reason we do not describe it as gluten free and do not recommend it for people with coeliac disease.',
  ),
];
const aP3 = [
  j(
    'Our coffees are made with whole milk as standard. Oat, soya and almond drinks are available at no extra charge; our steam wands',
    'are cleaned between every drink, but the same wand is used for dairy and plant milks.',
  ),
];
const aP4 = [
  j(
    "This information was checked against our recipes and our suppliers' specifications. If you have any questions, email our",
    'food safety team and we will reply within two working days.',
  ),
];
const aFoot = ['Careers', 'Contact', 'Privacy', 'Instagram'];
const html = (inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const aHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Allergen Information — Pebblewick Bakehouse</title><meta property="og:site_name" content="Pebblewick Bakehouse">
<meta property="og:title" content="Allergen Information — Pebblewick Bakehouse"><meta property="og:type" content="website">
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f21a0","siteTitle":"Pebblewick Bakehouse"},
"templateId":"5c5a519771c10ba3470d8101","collection":{"title":"Allergens","type":10}};</script>
<script type="application/ld+json">{"url":"https://www.pebblewick.example","name":"Pebblewick Bakehouse",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f21a0/18/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65b1c2" class="header-overlay-alignment-center tweak-global-animations-enabled primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>New: order ahead for collection from all five shops.</p></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid"><div class="header-title"><div class="header-title-text"><a href="/">Pebblewick Bakehouse</a></div></div>
<nav class="header-nav"><div class="header-nav-list">${aNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`,
  )
  .join('\n')}</div></nav>
<div class="header-actions"><a href="/cart" class="cart-style-icon"><span class="sqs-cart-quantity">0</span> <span class="header-cart-label">Cart</span>
</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65b1c2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-65b1c2"><div class="fe-block fe-block-a1">${html(`<h1 style="white-space:pre-wrap;">${aTitle}</h1>`)}</div>
<div class="fe-block fe-block-a2">${html(ps(aP1, ' style="white-space:pre-wrap;"'))}</div>
<div class="fe-block fe-block-a3">${html(
  `<h2>The fourteen major allergens</h2><ul data-rte-list="default">${a14
    .map(
      (a) => `<li><p>${a}</p>
</li>`,
    )
    .join('')}</ul>`,
)}</div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section"><div class="content-wrapper"><div class="content"><div class="fluid-engine">
<div class="fe-block fe-block-b1">${html('<h2>Allergens in our everyday range</h2>')}</div>
<div class="fe-block fe-block-b2"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="allergen-matrix"><thead>${tr(aHead, 'th')}</thead><tbody>${aRows.map((r) => tr(r)).join('\n')}</tbody></table></div></div></div>
<div class="fe-block fe-block-b3"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><figure class="sqs-block-image-figure intrinsic">
<img src="https://images.squarespace-cdn.example/content/v1/5f21a0/counter.jpg" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>Our Canal Street counter. Photograph by Tomasz Reyes</p></div></figcaption></figure></div></div>
<div class="fe-block fe-block-b4">${html(`<h2>Cross-contamination</h2>${ps(aP2)}<h2>Milk and plant drinks</h2>${ps(aP3)}<h2>Questions</h2>${ps(aP4)}`)}</div>
<div class="fe-block fe-block-b5"><div class="sqs-block button-block sqs-block-button"><a href="mailto:foodsafety@pebblewick.example"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Contact our food safety team</a></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">The Crumb Letter</h2>
<div class="newsletter-form-header-description"><p>Seasonal bakes and shop news, once a month.</p></div><input type="email" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section">
<div class="content">${html(`<p>Pebblewick Bakehouse Ltd, 14 Canal Street, Bristol</p>
<ul>${links(aFoot)}</ul><p>© 2026 Pebblewick Bakehouse</p>`)}</div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-cta">This website uses cookies to improve your
experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const allergens: TestPage = {
  name: 'heldout422-squarespace-bakery-allergens',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['The fourteen major allergens', 'Allergens in our everyday range', 'Cross-contamination', 'Milk and plant drinks', 'Questions'],
  body: [...texts(aP1), ...a14, ...rowTexts(aRows), ...texts(aP2), ...texts(aP3), ...texts(aP4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: order ahead for collection from all five shops.', 'Pebblewick Bakehouse', ...aNav, 'Cart', 'Our Canal Street counter. Photograph by Tomasz Reyes',
    'Contact our food safety team', 'The Crumb Letter', 'Seasonal bakes and shop news, once a month.', 'Sign Up',
    'Pebblewick Bakehouse Ltd, 14 Canal Street, Bristol', ...aFoot, '© 2026 Pebblewick Bakehouse', 'This website uses cookies to improve your experience.',
    'Accept', 'Decline',
  ],
};
