import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';
import { grocer } from './pages-heldout422-c2.js';

/**
 * Held-out batch 422, file c: an Open Food Facts-style product page (Foundation top bar, search, product header with barcode,
 * knowledge panels for Nutri-Score, nutrient levels, ingredients and the nutrition table, "Edit the page" and "Report a problem"
 * buttons, contributor lines, sidebar app promo and footer) and, from file c2, a supermarket product page.
 */
const oTitle = 'Oat & Hazelnut Crunch Granola – Maison Verlaine – 375 g';
const oNav = ['Discover', 'Contribute', 'Open Food Facts Pro', 'Install the app', 'Sign in'];
const oIntro = [
  j(
    'This granola is made mostly of rolled oats baked with sunflower oil and cane sugar, with roasted hazelnut pieces and a little',
    'honey. The product was photographed in a shop in Lyon and the data below was entered from the packaging by contributors.',
  ),
];
const oScore = [
  j(
    'Nutri-Score C: average nutritional quality. The score is lowered by the sugar and saturated fat content and raised by the fiber',
    'and the proportion of nuts.',
  ),
];
const oLevels = [
  'Fat in moderate quantity (16.2%)',
  'Saturated fat in moderate quantity (2.4%)',
  'Sugars in high quantity (19.5%)',
  'Salt in low quantity (0.12%)',
];
const oIngr = [
  j(
    'Ingredients: rolled <strong>oats</strong> 58%, cane sugar, sunflower oil, <strong>hazelnuts</strong> 9%, <strong>wheat</strong>',
    'flakes, honey 2%, rice flour, natural flavouring, antioxidant: tocopherol-rich extract.',
  ),
  'Allergens: Gluten, Nuts',
  'May contain traces of: Milk, Peanuts, Sesame seeds',
];
const oRows: readonly (readonly string[])[] = [
  ['Energy', '1,905 kj (454 kcal)'],
  ['Fat', '16.2 g'],
  ['Saturated fat', '2.4 g'],
  ['Carbohydrates', '64 g'],
  ['Sugars', '19.5 g'],
  ['Fiber', '7.1 g'],
  ['Proteins', '9.4 g'],
  ['Salt', '0.12 g'],
];
const oProc = [j('NOVA group 4: ultra-processed food. The product contains a flavouring, which is a marker of ultra-processed food in the', 'classification.')];
const oFoot = ['Who we are', 'Blog', 'Press', 'Frequently asked questions', 'Terms of use', 'Data, API and SDKs', 'Donate to Open Food Facts'];
const panel = (id: string, title: string, inner: string): string => `<div class="panel_card" id="panel_${id}"><div class="panel_title_card">
<h2 class="panel_title">${title}</h2></div><div class="panel_content" id="panel_${id}_content">${inner}</div></div>`;
const oHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" data-serverdomain="openfoodfacts.org" dir="ltr"><head><meta charset="utf-8">
<title>${oTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="food"><meta property="og:title" content="${oTitle}"><meta property="og:site_name" content="Open Food Facts">
<meta name="description" content="Ingredients, allergens, additives, nutrition facts, labels, origin of ingredients and information on product.">
<link rel="stylesheet" href="/css/dist/app-ltr.css?v=1741261823" data-base-layout="true">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Oat & Hazelnut Crunch Granola","gtin13":"3760214880126",
"brand":{"@type":"Brand","name":"Maison Verlaine"}}</script></head>
<body class="product_page" data-country="world"><div class="off-header"><div class="top-bar"><nav class="top-bar" data-topbar role="navigation">
<ul class="title-area"><li class="name"><a href="/"><img id="logo" src="/images/logos/off-logo-horizontal-light.svg" alt="Open Food Facts"></a></li></ul>
<section class="top-bar-section"><ul class="left"><li class="has-form"><form action="/cgi/search.pl"><input type="text" name="search_terms"
placeholder="Search for a product"></form></li></ul><ul class="right">${links(oNav)}</ul></section></nav></div></div>
<div id="main_container" class="block_latte"><div id="content" class="content">
<div class="product_page_container"><div class="row" id="prodHead"><div class="medium-8 columns">
<h1 class="title-1" property="food:name" itemprop="name">${oTitle}</h1><p id="barcode_paragraph">Barcode: <span id="barcode"
property="food:code" itemprop="gtin13">3760214880126</span> (EAN / EAN-13)</p>
<p class="edit_button"><a href="/cgi/product.pl?type=edit&amp;code=3760214880126" class="button small"><span>Edit the page</span></a>
<a href="#report" class="button small secondary">Report a problem</a></p></div></div>
<section class="row" id="product_summary"><div class="medium-12 columns"><h2 class="title-2">Product characteristics</h2>
${ps(oIntro)}</div></section>
<section class="row" id="health"><div class="medium-12 columns"><h2 class="title-2">Health</h2>
${panel('nutriscore', 'Nutri-Score', ps(oScore))}
${panel('nutrient_levels', 'Nutrient levels for 100 g', `<ul class="nutrient_levels">${oLevels.map((l) => `<li>${l}</li>`).join('\n')}</ul>`)}
${panel('ingredients', 'Ingredients', ps(oIngr))}
${panel(
  'nutrition_facts_table',
  'Nutrition facts',
  `<table class="data_table" id="nutrition_data_table"><thead>${tr(['Nutrition facts', 'As sold for 100 g / 100 ml'], 'th')}</thead>
<tbody>${oRows.map((r) => tr(r)).join('\n')}</tbody></table>`,
)}
${panel('nova', 'Food processing', ps(oProc))}
</div></section>
<section class="row" id="contributors"><div class="medium-12 columns"><p class="contributors">Product added on March 4, 2025 by kelpie-owl</p>
<p class="contributors">Last edit of product page on January 19, 2026 by granary-bot</p>
<p>Product page also edited by lunetta, moss-and-oak.</p></div></section></div>
<aside class="off-sidebar"><div class="app_promo"><h3>Scan products with your phone</h3><p>Get the free app to check Nutri-Score and
allergens in the shop.</p><a href="/open-food-facts-mobile-app">Install the app</a></div></aside></div></div>
<footer class="off-footer"><div class="row"><ul class="footer-links">${links(oFoot)}</ul>
<p class="footer-license">Open Food Facts is a non-profit association. Data is available under the Open Database License.</p></div></footer>
<script src="/js/dist/product-multilingual.js?v=1741261823"></script>
<script>$(document).foundation({ equalizer : { equalize_on_stack: true } });</script></body></html>`;
const off: TestPage = {
  name: 'heldout422-open-food-facts-product',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: ['Product characteristics', 'Health', 'Nutri-Score', 'Nutrient levels for 100 g', 'Ingredients', 'Nutrition facts', 'Food processing'],
  body: [...texts(oIntro), ...texts(oScore), ...oLevels, ...texts(oIngr), ...rowTexts(oRows), ...texts(oProc)],
  bylines: [
    'Product added on March 4, 2025 by kelpie-owl',
    'Last edit of product page on January 19, 2026 by granary-bot',
    'Product page also edited by lunetta, moss-and-oak.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Barcode:', '3760214880126', '(EAN / EAN-13)', 'Edit the page', 'Report a problem', 'Scan products with your phone',
    'Get the free app to check Nutri-Score and allergens in the shop.', ...oFoot,
    'Open Food Facts is a non-profit association. Data is available under the Open Database License.',
  ],
};

export const HELDOUT422_C: readonly TestPage[] = [off, grocer];
