import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs, type Row } from './pages-heldout602-kit.js';

/**
 * Held-out batch 602, file d: a swim spa model page from a Webflow CMS collection (tabs for overview, specifications and
 * dimensions, a dealer CTA and a related-models grid), and a barrel sauna kit product page on BigCommerce (Cornerstone theme)
 * with description and warranty tabs and a reviews tab.
 */
const fTitle = 'Endurance 17 Swim Spa';
const fDek = 'Five metres of current, a separate hot tub zone, one cover.';
const fOverview = [
  j(
    'The Endurance 17 pairs a 3.9 m swim zone with a three-seat hot tub at the other end, each with its own temperature. Four 5 hp',
    'swim pumps drive a wide, even current you can swim against at a steady pace, run against on a treadmill mat, or turn down',
    'for a gentle float.',
  ),
  j(
    'Both zones share a single acrylic shell, so there is one cover and one set of filters to look after. The cabinet comes in',
    'slate or oak-effect composite.',
  ),
];
const fSpecRows: Row[] = [
  ['Length', '5.2 m'],
  ['Width', '2.35 m'],
  ['Depth', '1.5 m'],
  ['Capacity', '9,800 litres'],
  ['Swim pumps', '4 × 5 hp'],
  ['Electrical', '2 × 32 amp or 1 × 20 amp three-phase'],
];
const fDims = j(
  'Allow 40 cm of clear space on the control panel side for servicing. The spa is delivered on a flatbed lorry and usually needs a',
  'crane; we survey every site first.',
);
const fTabs = ['Overview', 'Specifications', 'Dimensions &amp; Access'];
const fNav = ['Models', 'Swim Spas', 'Hot Tubs', 'Our Story', 'Dealers'];
const fRel = ['Endurance 14 Swim Spa', 'Trainer 19 Swim Spa'];
const fPane = (i: number, inner: string): string =>
  `<div data-w-tab="${fTabs[i]}" class="w-tab-pane${i === 0 ? ' w--tab-active' : ''}" id="w-tabs-0-data-w-pane-${i}" role="tabpanel"
aria-labelledby="w-tabs-0-data-w-tab-${i}"><div class="spec-rich w-richtext">${inner}</div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 11:42:09 GMT+0000 -->
<html data-wf-domain="www.tidewellspas.com" data-wf-page="64a1f0c2" data-wf-site="64a1f0b9" data-wf-collection="64a1f0d4" data-wf-item-slug="endurance-17">
<head><meta charset="utf-8"><title>Endurance 17 Swim Spa | Tidewell Spas</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64a1f0b9/css/tidewell.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${fTitle}","brand":"Tidewell"}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" class="navbar w-nav" role="banner"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64a1f0b9/tidewell-logo.svg" loading="lazy" alt="Tidewell"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/book" class="button nav-button w-button">Book a Wet Test</a></nav><div class="menu-button w-nav-button" aria-label="menu" role="button">
<div class="w-icon-nav-menu"></div></div></div></div>
<section class="section model-hero"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid model-grid">
<div class="model-image-wrap"><img src="https://assets-global.website-files.com/64a1f0d4/endurance-17.webp" loading="eager" alt="Endurance 17 in slate"
class="model-image"></div>
<div class="model-intro"><div class="eyebrow">Swim Spas</div><h1 class="model-title">${fTitle}</h1><p class="model-dek">${fDek}</p>
<div class="price-from">From £38,900</div><a href="/book" class="button w-button">Book a Wet Test</a>
<a href="/brochure" class="button secondary w-button">Download brochure</a></div></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div data-current="Overview" data-easing="ease" data-duration-in="300"
data-duration-out="100" class="spec-tabs w-tabs"><div class="tabs-menu w-tab-menu" role="tablist">
${fTabs
  .map(
    (t, i) => `<a data-w-tab="${t}" class="tab-link w-inline-block w-tab-link${i === 0 ? ' w--current' : ''}" id="w-tabs-0-data-w-tab-${i}"
href="#w-tabs-0-data-w-pane-${i}" role="tab"><div>${t}</div></a>`,
  )
  .join('\n')}</div><div class="w-tab-content">
${fPane(0, ps(fOverview))}${fPane(1, `<table><tbody>${trs(fSpecRows)}</tbody></table>`)}${fPane(2, ps([fDims]))}</div></div></div></section>
<section class="section related"><div class="w-layout-blockcontainer container w-container"><h2 class="section-heading">Compare with</h2>
<div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/models/x"
class="related-card w-inline-block"><h3 class="related-title">${t}</h3><div class="related-link">View model</div></a></div>`,
  )
  .join('\n')}</div>
</div></div></section>
<section class="section cta-dark"><div class="container w-container"><h2>Try before you buy</h2>
<p>Swim in a fully heated Endurance at our Porthmellin showroom.</p>
<a href="/book" class="button w-button">Book a Wet Test</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><a href="/warranty" class="footer-link">Warranty</a>
<a href="/careers" class="footer-link">Careers</a><a href="/privacy" class="footer-link">Privacy</a></div>
<div class="footer-copyright">© 2026 Tidewell Spas Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a1f0b9" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64a1f0b9/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout602-webflow-swim-spa-model',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: [fDek, ...fOverview, ...rowTexts(fSpecRows), fDims],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a Wet Test', 'From £38,900', 'Download brochure', ...texts(fTabs), 'Compare with', ...fRel, 'View model', 'Try before you buy',
    'Swim in a fully heated Endurance at our Porthmellin showroom.', 'Warranty', 'Careers', 'Privacy', '© 2026 Tidewell Spas Ltd.',
  ],
};

const bTitle = 'Norrvik 4-Person Thermowood Barrel Sauna Kit';
const bDesc = [
  j(
    'Our most popular outdoor sauna, cut from Nordic thermally modified pine that needs no stain and will not rot. The kit arrives',
    'flat-packed with pre-cut staves, stainless steel bands and a tempered glass door, and two people can assemble it in a weekend.',
  ),
  j(
    'Inside, two tiers of aspen benches seat four adults. The 2.4 m length leaves room for a separate changing porch behind a',
    'second door, which keeps the heat in when you step out to cool down.',
  ),
  'Kit includes',
  '42 thermowood staves, 2.4 m long',
  'Tempered bronze glass door with magnetic catch',
  'Aspen benches, backrests and floor duckboards',
  'Roof shingles in black',
];
const bWarranty = j(
  'Five years on the timber and glass against manufacturing defects, two years on the optional heater. The warranty does not cover',
  'damage from assembly on an uneven base.',
);
const bNav = ['Outdoor Saunas', 'Sauna Heaters', 'Hot Tubs', 'Accessories', 'Sale'];
const bCrumbs = ['Home', 'Outdoor Saunas'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Norrvik 4-Person Thermowood Barrel Sauna Kit - Hearthstone Outdoor Living</title>
<meta property="product:price:amount" content="5495"><meta property="product:price:currency" content="USD"><meta property="og:type" content="product">
<link rel="canonical" href="https://hearthstoneoutdoor.com/norrvik-4-person-thermowood-barrel-sauna-kit/"><meta name="platform" content="bigcommerce.stencil">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${bTitle}","sku":"NV-BS4-TW",
"aggregateRating":{"ratingValue":"4.8",
"reviewCount":"2"}}</script>
<link href="https://cdn11.bigcommerce.com/s-x7k2m/stencil/a1b2c3/css/theme-d4e5.css" rel="stylesheet">
<script>window.BCData = {"product_attributes":{"sku":"NV-BS4-TW","instock":true,"purchasable":true}};</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-x7k2m/stencil/a1b2c3/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu">
<span class="mobileMenu-toggleIcon">Toggle menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><a class="navUser-action navUser-item--compare"
href="/compare">Compare</a></li><li class="navUser-item"><a class="navUser-action navUser-action--quickSearch" href="#" data-search="quickSearch"
aria-controls="quickSearch">Search</a></li><li class="navUser-item navUser-item--account"><a class="navUser-action" href="/login.php">Sign in</a>
<span class="navUser-or">or</span><a class="navUser-action" href="/login.php?action=create_account">Register</a></li>
<li class="navUser-item navUser-item--cart">
<a class="navUser-action" href="/cart.php"><span class="navUser-item-cartLabel">Cart</span> <span class="countPill cart-quantity"></span></a></li></ul></nav>
<div class="header-logo header-logo--center"><a href="https://hearthstoneoutdoor.com/" class="header-logo__link">
<span class="header-logo-text">Hearthstone Outdoor
Living</span></a></div><div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">${links(bNav, 'navPages-item')}</ul>
</nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="USD"><div class="container">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs">${links(bCrumbs, 'breadcrumb')}<li class="breadcrumb is-active"><a href="/norrvik/"
class="breadcrumb-label"><span>${bTitle}</span></a></li></ol></nav>
<div class="productView"><section class="productView-images" data-image-gallery><figure class="productView-image"><div class="productView-img-container">
<img src="https://cdn11.bigcommerce.com/s-x7k2m/images/stencil/500x659/products/212/norrvik.jpg" alt="${bTitle}" title="${bTitle}"></div></figure></section>
<section class="productView-details product-data"><div class="productView-product"><h1 class="productView-title">${bTitle}</h1>
<h2 class="productView-brand"><a href="/brands/norrvik.html"><span>Norrvik</span></a></h2>
<div class="productView-price"><div class="price-section price-section--withoutTax">
<span data-product-price-without-tax class="price price--withoutTax">$5,495.00</span>
</div></div><div class="productView-rating"><span class="icon icon--ratingFull"></span><span class="productView-reviewLink">
<a href="#product-reviews">2 Reviews</a></span>
</div><dl class="productView-info"><dt class="productView-info-name sku-label">SKU:</dt><dd class="productView-info-value" data-product-sku>NV-BS4-TW</dd>
<dt class="productView-info-name">Shipping:</dt><dd class="productView-info-value">Calculated at Checkout</dd></dl></div>
<div class="productView-options"><form class="form" method="post" action="/cart.php" data-cart-item-add><div class="form-field form-field--increments">
<label class="form-label form-label--alternate">Quantity:</label><div class="form-increment" data-quantity-change>
<input class="form-input form-input--incrementTotal"
id="qty[]" name="qty[]" type="tel" value="1"></div></div><div class="form-action"><input id="form-action-addToCart" class="button button--primary" type="submit"
value="Add to Cart"></div></form></div></section>
<article class="productView-description"><ul class="tabs" data-tab role="tablist"><li class="tab is-active" role="presentation"><a class="tab-title"
href="#tab-description" role="tab">Description</a></li>
<li class="tab" role="presentation"><a class="tab-title" href="#tab-warranty" role="tab">Warranty</a></li>
<li class="tab" role="presentation"><a class="tab-title" href="#tab-reviews" role="tab">Reviews</a></li></ul><div class="tabs-contents">
<div class="tab-content is-active" id="tab-description" role="tabpanel"><div class="productView-description-tabContent">${ps(bDesc.slice(0, 2))}
<p><strong>${bDesc[2]}</strong></p><ul>${lis(bDesc.slice(3))}</ul></div></div>
<div class="tab-content" id="tab-warranty" role="tabpanel">${ps([bWarranty])}</div>
<div class="tab-content" id="tab-reviews" role="tabpanel"><section class="productReviews" id="product-reviews"><h5 class="productReviews-title">2 Reviews</h5>
<ul class="productReviews-list"><li class="productReview"><article itemprop="review"><h5 itemprop="name" class="productReview-title">Worth the weekend</h5>
<p class="productReview-author">Posted by Lena on 14th Jan 2026</p><p class="productReview-body">Went together easily with my son. Heats up fast with a 9 kW
heater.</p></article></li></ul><a href="#write_review" class="button button--primary">Write a Review</a></section></div></div></article></div>
<section class="toggle productView-related"><h2 class="page-heading">Related Products</h2><ul class="productGrid">
<li class="product"><article class="card"><h3 class="card-title"><a href="/harvia-m3/">Kivi M3 Wood-Burning Heater</a></h3><div class="price-section">
<span class="price price--withoutTax">$1,149.00</span></div></article></li></ul></section></div></main>
<footer class="footer" role="contentinfo"><div class="container"><section class="footer-info"><article class="footer-info-col footer-info-col--small">
<h5 class="footer-info-heading">Navigate</h5><ul class="footer-info-list"><li><a href="/shipping-returns/">Shipping &amp; Returns</a></li>
<li><a href="/contact-us/">Contact Us</a></li></ul></article><article class="footer-info-col"><h5 class="footer-info-heading">Subscribe to our newsletter</h5>
<form class="form" action="/subscribe.php" method="post"><label class="form-label is-srOnly" for="nl_email">Email Address</label>
<input class="form-input" id="nl_email" name="nl_email" type="email" placeholder="Your email address">
<input class="button button--primary form-prefixPostfix-button--postfix"
type="submit" value="Subscribe"></form></article></section><div class="footer-copyright"><p class="powered-by">&copy; 2026 Hearthstone Outdoor Living</p></div>
</div></footer><script src="https://cdn11.bigcommerce.com/s-x7k2m/stencil/a1b2c3/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerce: TestPage = {
  name: 'heldout602-bigcommerce-barrel-sauna-kit',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [...bDesc, bWarranty],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Compare', 'Search', 'Sign in', 'or', 'Register', 'Cart', 'Hearthstone Outdoor Living', ...bNav, ...bCrumbs, 'Norrvik', '$5,495.00',
    '2 Reviews', 'SKU:', 'NV-BS4-TW', 'Shipping:', 'Calculated at Checkout', 'Quantity:', 'Description', 'Warranty', 'Reviews', 'Worth the weekend',
    'Posted by Lena on 14th Jan 2026', 'Went together easily with my son. Heats up fast with a 9 kW heater.', 'Write a Review', 'Related Products',
    'Kivi M3 Wood-Burning Heater', '$1,149.00', 'Navigate', 'Shipping & Returns', 'Contact Us', 'Subscribe to our newsletter',
    '© 2026 Hearthstone Outdoor Living',
  ],
};

export const HELDOUT602_D: readonly TestPage[] = [webflow, bigcommerce].map(settle);
