import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';
import { fcdb } from './pages-heldout422-d2.js';

/**
 * Held-out batch 422, file d: a supplement's product and label page on a Shopify store with the Dawn theme (announcement bar,
 * header menu, price and subscribe-and-save selector, "Add to cart", the description, the Supplement Facts panel, suggested use,
 * other ingredients and warnings in collapsible tabs, an FAQ, Judge.me reviews, recommended products, newsletter, footer) and,
 * from file d2, a national food composition database entry.
 */
const sTitle = 'Vitamin D3 + K2 Liquid Drops';
const sNav = ['Shop All', 'Vitamins', 'Minerals', 'Bundles', 'Our Story', 'Journal'];
const sDesc = [
  j(
    'Our D3 + K2 drops pair 1,000 IU of vitamin D3 from lichen with 50 mcg of vitamin K2 as MK-7, dissolved in organic olive oil.',
    'One drop is one serving, so the dose is easy to adjust for the whole household and the bottle lasts for months.',
  ),
  j(
    'Vitamin D helps the body absorb calcium and supports normal immune function. Vitamin K2 is involved in the proteins that',
    'direct calcium to where it belongs. We test every batch for potency and purity in an independent laboratory.',
  ),
];
const sHighlights = ['Vegan D3 from lichen', 'K2 as all-trans MK-7', 'No added sugar, alcohol or glycerin', '1,200 servings per bottle'];
const sServ = ['Serving Size: 1 drop', 'Servings Per Container: 1,200'];
const sRows: readonly (readonly string[])[] = [
  ['Vitamin D3 (as cholecalciferol from lichen)', '25 mcg (1,000 IU)', '125%'],
  ['Vitamin K2 (as menaquinone-7)', '50 mcg', '42%'],
];
const sDv = '*Percent Daily Values are based on a 2,000 calorie diet.';
const sUse = ['Adults: take 1 to 2 drops daily with a meal containing fat, or as directed by your healthcare practitioner. Shake well before use.'];
const sOther = ['Other ingredients: organic extra virgin olive oil, mixed tocopherols (to preserve freshness).'];
const sWarn = [
  j(
    'Consult your healthcare practitioner before use if you are pregnant or nursing, taking anticoagulant medication such as',
    'warfarin, or have a medical condition. Keep out of reach of children. Store in a cool, dry place away from direct sunlight.',
  ),
  j(
    'These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat,',
    'cure or prevent any disease.',
  ),
];
const sFaq: readonly (readonly [string, string])[] = [
  ['Why take D3 and K2 together?', 'The two vitamins work on related pathways in calcium handling, so many people prefer to take them as a pair.'],
  ['Is it safe for children?', 'Our drops are formulated for adults. Please ask your pediatrician about the right vitamin D dose for a child.'],
];
const sRev = ['So easy to take and no taste at all. My levels were up at my last check.', 'Lasts forever. Good value compared to capsules.'];
const sRec = ['Magnesium Glycinate Powder', 'Omega-3 Algae Oil Softgels', 'Daily Multi for Women'];
const sFoot = ['Search', 'Shipping & Returns', 'Wholesale', 'Refund policy', 'Privacy policy', 'Terms of service'];
const tab = (t: string, inner: string): string => `<details class="product__accordion accordion" id="Details-collapsible_tab-${t.length}"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">${t}</h2></div></summary><div class="accordion__content rte">${inner}</div>
</details>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${sTitle} – Tidewater Botanics</title><meta name="description" content="Vegan vitamin D3 with K2 as MK-7 in organic olive oil.">
<meta property="og:site_name" content="Tidewater Botanics"><meta property="og:type" content="product"><meta property="product:price:amount" content="28.00">
<script>var Shopify = Shopify || {};Shopify.shop = "tidewater-botanics.myshopify.com";
Shopify.theme = {"name":"Dawn","id":139871,"schema_version":"15.2.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Tidewater Botanics"},
"offers":[{"@type":"Offer","price":"28.00","priceCurrency":"USD","availability":"http://schema.org/InStock"}]}</script>
<link href="//tidewater.example/cdn/shop/t/4/assets/base.css?v=14476" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">Free US shipping on orders over $50</p></div>
</div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left page-width"><a href="/" class="header__heading-link"><span class="h2">Tidewater Botanics</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main"><section id="shopify-section-template--main" class="shopify-section section">
<product-info class="section-template--main-padding" data-section="template--main"><div class="product product--large grid grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__media-list"><img src="//tidewater.example/cdn/shop/files/d3k2.jpg"
alt="${sTitle} bottle"></media-gallery></div><div class="product__info-wrapper grid__item"><section class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Tidewater Botanics</p>
<div class="product__title"><h1>${sTitle}</h1></div><div class="price price--large"><div class="price__regular"><span
class="visually-hidden visually-hidden--inline">Regular price</span> <span class="price-item price-item--regular">$28.00 USD</span></div></div>
<div class="product-form__input"><label><input type="radio" name="purchase" checked> One-time purchase</label>
<label><input type="radio" name="purchase"> Subscribe &amp; save 15%</label></div>
<button type="submit" name="add" class="product-form__submit button button--full-width">Add to cart</button>
<div class="product__description rte quick-add-hidden">
${ps(sDesc)}
<ul>${sHighlights.map((h) => `<li>${h}</li>`).join('\n')}</ul></div>
<div class="supplement-facts"><h2 class="h3">Supplement Facts</h2>${ps(sServ, ' class="sf-serving"')}
<table class="sf-table"><thead>${tr(['Amount Per Serving', '% Daily Value*'], 'th')}</thead><tbody>${sRows.map((r) => tr(r)).join('\n')}</tbody></table>
<p class="sf-footnote">${sDv}</p></div>
${tab('Suggested Use', ps(sUse))}
${tab('Other Ingredients', ps(sOther))}
${tab('Warnings', ps(sWarn))}
<share-button class="share-button"><button class="share-button__button">Share</button></share-button></section></div></div></product-info></section>
<section class="shopify-section section collapsible-content"><h2 class="collapsible-content__heading">Frequently asked questions</h2>
${sFaq
  .map(
    ([q, a]) => `<details class="collapsible-row"><summary><h3 class="h4 accordion__title">${q}</h3></summary><div class="accordion__content rte">
<p>${a}</p></div></details>`,
  )
  .join('\n')}
</section>
<section class="shopify-section section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget"><div class="jdgm-rev-widg">
<h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary-text">Based on 212 reviews</div>
<a href="#" class="jdgm-write-rev-link">Write a review</a><div class="jdgm-rev-widg__reviews">
${sRev
  .map(
    (r, i) => `<div class="jdgm-rev"><span class="jdgm-rev__author">${['Dana R.', 'Luis M.'][i] ?? ''}</span>
<span class="jdgm-rev__buyer-badge">Verified Buyer</span>
<div class="jdgm-rev__body"><p>${r}</p></div></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="shopify-section section related-products"><h2 class="related-products__heading">You may also like</h2><ul class="grid product-grid">
${links(sRec, 'grid__item')}</ul></section></main>
<footer class="footer color-scheme-1"><div class="footer-block--newsletter"><h2 class="footer-block__heading">Join the Tidewater list</h2>
<p>10% off your first order, plus seasonal wellness notes.</p><input type="email" placeholder="Email"><button>Subscribe</button></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'list-menu__item')}</ul>
<small class="copyright__content">© 2026, Tidewater Botanics Powered by Shopify</small></footer></body></html>`;
const supplement: TestPage = {
  name: 'heldout422-shopify-dawn-supplement-label',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Supplement Facts', 'Suggested Use', 'Other Ingredients', 'Warnings', 'Frequently asked questions', ...sFaq.map(([q]) => q)],
  body: [...texts(sDesc), ...sHighlights, ...sServ, ...rowTexts(sRows), sDv, ...sUse, ...sOther, ...texts(sWarn), ...sFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free US shipping on orders over $50', 'Tidewater Botanics', ...sNav, 'Log in', 'Cart', 'Regular price', '$28.00 USD',
    'One-time purchase', 'Subscribe & save 15%', 'Add to cart', 'Share', 'Customer Reviews', 'Based on 212 reviews', 'Write a review', 'Dana R.', 'Luis M.',
    'Verified Buyer', ...sRev, 'You may also like', ...sRec, 'Join the Tidewater list', '10% off your first order, plus seasonal wellness notes.',
    'Subscribe', ...sFoot, '© 2026, Tidewater Botanics Powered by Shopify',
  ],
};

export const HELDOUT422_D: readonly TestPage[] = [supplement, fcdb];
