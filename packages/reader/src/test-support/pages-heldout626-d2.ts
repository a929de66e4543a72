import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file d2: a BigCommerce (Cornerstone theme) product page for a wooden toy train set, with its description
 * tab open, a warranty tab hidden, reviews and related products.
 */
const bTitle = 'Wooden Farm Train Set, 24 pieces';
const bDesc = [
  j(
    'A little farm railway for little hands. The engine pulls a hay wagon, a milk churn wagon and a sheep van, and the track',
    'makes a figure of eight with a level crossing and a bridge that lifts off to become a ramp.',
  ),
  j(
    'Every piece is cut from beech grown in the Harrow Hills and finished with a water-based, toy-safe lacquer. The wagons join',
    'with magnets, so even two-year-olds can couple a train without help, and the track is compatible with most other wooden',
    'railway brands.',
  ),
  'In the box:',
];
const bBox = ['1 engine and 3 wagons', '14 track pieces, including a level crossing', '1 lift-off bridge', '4 farm animals and a farmer'];
const bAfter = ['Suitable from 2 years. Track layout measures 90 cm by 45 cm.'];
const bNav = ['Wooden Toys', 'Trains & Tracks', 'Puzzles', 'Outdoor', 'Gifts by Age', 'Sale'];
const bCrumbs = ['Home', 'Trains & Tracks'];
const bReviews = [
  [
    'Survived two toddlers',
    'Posted by Maren on 3rd Jan 2026',
    'Bought for our eldest three years ago and it is now in daily use by our second. Not a chip on it.',
  ],
  ['Bridge is the best bit', 'Posted by Tom H. on 18th Dec 2025', 'My son mostly drives things down the bridge ramp. Magnets are strong enough.'],
];
const bRelated = [
  ['Level Crossing Add-on', '$12.00'],
  ['Tunnel & Hill, Beech', '$28.00'],
  ['Goods Yard Crane', '$22.00'],
];
const bFootNav = ['About Us', 'Shipping & Returns', 'Contact Us', 'Blog', 'Sitemap'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Trains &amp; Tracks - ${bTitle} - Little Lanterns Toy Co.</title>
<meta property="product:price:amount" content="64" /><meta property="product:price:currency" content="USD" /><meta property="og:url"
content="https://littlelanterns.example/wooden-farm-train-set-24-pieces/" /><meta property="og:site_name" content="Little Lanterns Toy Co." />
<meta name="keywords" content="wooden train, farm, toddler, beech"><meta name="description" content="A little farm railway for little hands.">
<link rel='canonical' href='https://littlelanterns.example/wooden-farm-train-set-24-pieces/' /><meta name='platform' content='bigcommerce.stencil' />
<meta property="og:type" content="product" /><meta property="og:title" content="${bTitle}" /><meta property="og:availability" content="instock" />
<link href="https://cdn11.bigcommerce.com/s-x7k2m9/product_images/favicon.png" rel="shortcut icon"><meta name="viewport" content="width=device-width,
initial-scale=1">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script>window.lazySizesConfig = window.lazySizesConfig || {}; window.lazySizesConfig.loadMode = 1;</script>
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/5e1c/css/theme-7a0c.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${bTitle}","sku":"LL-FT24",
"brand":{"@type":"Brand","name":"Little Lanterns"},
"offers":{"@type":"Offer","priceCurrency":"USD","price":"64","availability":"https://schema.org/InStock"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8",
"reviewCount":"12"}}</script>
<script>var BCData = {"product_attributes":{"sku":"LL-FT24","upc":null,"weight":{"formatted":"2.10
LBS","value":2.1},"price":{"without_tax":{"formatted":"$64.00",
"value":64,"currency":"USD"}},"instock":true,"purchasable":true}};</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/5e1c/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu"><span class="mobileMenu-toggleIcon">Toggle
menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><a class="navUser-action navUser-item--compare" href="/compare"
data-compare-nav aria-label="Compare">Compare <span class="countPill countPill--positive countPill--alt"></span></a></li><li class="navUser-item"><button
class="navUser-action navUser-action--quickSearch" type="button" id="quick-search-expand" data-search="quickSearch" aria-controls="quickSearch"
aria-label="Search">Search</button></li><li class="navUser-item navUser-item--account"><a class="navUser-action" href="/login.php" aria-label="Sign in">Sign
in</a>
<span class="navUser-or">or</span><a class="navUser-action" href="/login.php?action=create_account" aria-label="Register">Register</a></li>
<li class="navUser-item navUser-item--cart"><a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" data-options="align:right"
href="/cart.php"
aria-label="Cart with 0 items"><span class="navUser-item-cartLabel">Cart</span><span class="countPill cart-quantity"></span></a><div class="dropdown-menu"
id="cart-preview-dropdown" data-dropdown-content aria-hidden="true"></div></li></ul><div class="dropdown dropdown--quickSearch" id="quickSearch"
aria-hidden="true"
data-prevent-quick-search-close><div class="container"><form class="form" data-url="/search.php" data-quick-search-form action="/search.php"><fieldset
class="form-fieldset">
<div class="form-field"><label class="is-srOnly" for="nav-quick-search">Search</label><input class="form-input" data-search-quick name="nav-quick-search"
id="nav-quick-search" data-error-message="Search field cannot be empty." placeholder="Search the store" autocomplete="off"></div></fieldset></form>
<section class="quickSearchResults" data-bind="html: results"></section><p role="status" aria-live="polite" class="aria-description--hidden"
data-search-aria-message-predefined-text="product results for"></p></div></div></nav>
<div class="header-logo header-logo--center"><a href="https://littlelanterns.example/" class="header-logo__link" data-header-logo-link><span
class="header-logo-text">Little Lanterns
Toy Co.</span></a></div><div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">
${links(bNav, 'navPages-item')}</ul><ul class="navPages-list navPages-list--user"><li class="navPages-item"><a class="navPages-action"
href="/giftcertificates.php">Gift
Certificates</a></li></ul></nav></div></header>
<div data-content-region="header_bottom--global"><div data-layout-id="c1a2"><div data-sub-layout-container="c1a2" data-layout-name="Layout"><div
class="config-layout">
<p style="text-align:center;">Free shipping on US orders over $75</p></div></div></div></div>
<main class="body" id="main-content" role="main" data-currency-code="USD"><div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">
${bCrumbs
  .map(
    (t) =>
      `<li class="breadcrumb "><a class="breadcrumb-label" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><span>${t.replace(
        /&/g,
        '&amp;',
      )}</span></a></li>`,
  )
  .join('\n')}
<li class="breadcrumb is-active"><a class="breadcrumb-label" href="/wooden-farm-train-set-24-pieces/"
aria-current="page"><span>${bTitle}</span></a></li></ol></nav>
<div itemscope><div class="productView" data-event-type="product" data-entity-id="112" data-name="${bTitle}" data-product-brand="Little Lanterns"
data-product-price="64">
<section class="productView-images" data-image-gallery><figure class="productView-image" data-image-gallery-main
data-zoom-image="https://cdn11.bigcommerce.com/s-x7k2m9/images/stencil/1280x1280/products/112/388/farm-train.jpg">
<div class="productView-img-container"><a href="https://cdn11.bigcommerce.com/s-x7k2m9/images/stencil/1280x1280/products/112/388/farm-train.jpg"
target="_blank">
<img class="productView-image--default lazyload" data-sizes="auto" src="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/5e1c/img/loading.svg" alt="${bTitle}"
title="${bTitle}" data-main-image></a></div></figure></section>
<section class="productView-details product-data"><div class="productView-product"><h1 class="productView-title">${bTitle}</h1><h2 class="productView-brand">
<a href="https://littlelanterns.example/brands/Little-Lanterns.html"><span>Little Lanterns</span></a></h2><div class="productView-price"><div
class="price-section
price-section--withoutTax"><span class="price-label"></span><span class="price-now-label" style="display: none;">Now:</span><span data-product-price-without-tax
class="price price--withoutTax">$64.00</span></div></div><div data-content-region="product_below_price"></div>
<div class="productView-rating"><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="productView-reviewLink">
<a href="#product-reviews" data-reveal-id="modal-review-form">12 reviews</a></span><span class="productView-reviewLink"><a href="#"
data-reveal-id="modal-review-form"
role="button">Write a Review</a></span></div>
<dl class="productView-info"><dt class="productView-info-name sku-label">SKU:</dt><dd class="productView-info-value" data-product-sku>LL-FT24</dd>
<dt class="productView-info-name">Weight:</dt><dd class="productView-info-value" data-product-weight>2.10 LBS</dd><dt
class="productView-info-name">Shipping:</dt>
<dd class="productView-info-value">Calculated at Checkout</dd></dl></div></section>
<section class="productView-details product-options"><div class="productView-options"><form class="form" method="post"
action="https://littlelanterns.example/cart.php"
enctype="multipart/form-data" data-cart-item-add><input type="hidden" name="action" value="add"><input type="hidden" name="product_id" value="112"/>
<div class="form-field form-field--increments"><label class="form-label form-label--alternate" for="qty[]">Quantity:</label><div class="form-increment"
data-quantity-change><button class="button button--icon" data-action="dec"><span class="is-srOnly">Decrease Quantity of ${bTitle}</span><i class="icon"
aria-hidden="true"><svg><use href="#icon-keyboard-arrow-down"/></svg></i></button><input class="form-input form-input--incrementTotal" id="qty[]" name="qty[]"
type="tel" value="1" data-quantity-min="0" data-quantity-max="0" min="1" pattern="[0-9]*" aria-live="polite"><button class="button button--icon"
data-action="inc">
<span class="is-srOnly">Increase Quantity of ${bTitle}</span><i class="icon" aria-hidden="true"><svg><use href="#icon-keyboard-arrow-up"/></svg></i></button>
</div></div><div class="alertBox productAttributes-message" style="display:none"><div class="alertBox-column alertBox-icon"></div><p class="alertBox-column
alertBox-message">
</p></div><div class="form-action"><input id="form-action-addToCart" data-wait-message="Adding to cart…" class="button button--primary" type="submit"
value="Add to Cart"></div></form><form action="/wishlist.php?action=add&amp;product_id=112" class="form form-wishlist form-action" data-wishlist-add
method="post">
<a aria-controls="wishlist-dropdown" aria-expanded="false" class="button dropdown-menu-button" data-dropdown="wishlist-dropdown" href="#"><span>Add to Wish
List</span>
<i aria-hidden="true" class="icon"><svg><use href="#icon-chevron-down" /></svg></i></a><ul aria-hidden="true" class="dropdown-menu" data-dropdown-content
id="wishlist-dropdown"><li><input class="button" type="submit" value="Add to My Wish List"></li></ul></form></div>
<div class="addthis_toolbox"><ul class="socialLinks"><li class="socialLinks__item socialLinks__item--facebook"><a class="socialLinks__link icon icon--facebook"
title="Facebook" href="https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Flittlelanterns.example%2Fwooden-farm-train-set-24-pieces%2F" target="_blank"
rel="noopener"><span class="aria-description--hidden">Facebook</span><svg><use href="#icon-facebook"/></svg></a></li><li class="socialLinks__item
socialLinks__item--pinterest">
<a class="socialLinks__link icon icon--pinterest" title="Pinterest" href="https://pinterest.com/pin/create/button/?url=x" target="_blank" rel="noopener">
<span class="aria-description--hidden">Pinterest</span><svg><use href="#icon-pinterest"/></svg></a></li></ul></div></section>
<article class="productView-description" data-product-description><ul class="tabs" data-tab role="tablist"><li class="tab is-active" role="presentation"><a
class="tab-title"
href="#tab-description" role="tab" tabindex="0" aria-selected="true" controls="tab-description">Description</a></li><li class="tab" role="presentation"><a
class="tab-title"
href="#tab-warranty" role="tab" tabindex="0" aria-selected="false" controls="tab-warranty">Warranty</a></li></ul><div class="tabs-contents"><div role="tabpanel"
aria-hidden="false" class="tab-content has-jsContent is-active" id="tab-description">
${ps(bDesc.slice(0, 2))}
<p><strong>${bDesc[2]}</strong></p><ul>${lis(bBox)}</ul>
${ps(bAfter)}</div><div role="tabpanel" aria-hidden="true" class="tab-content" id="tab-warranty"><p>We replace any piece that splits or loses its magnet
within two
years of purchase. Just send us a photo.</p></div></div></article></div>
<div id="previewModal" class="modal modal--large" data-reveal><button class="modal-close" type="button" title="Close"><span
class="aria-description--hidden">Close</span>
<span aria-hidden="true">&#215;</span></button><div class="modal-content"></div><div class="loadingOverlay"></div></div>
<div data-content-region="product_below_content"></div>
<section class="toggle productView-reviews" id="product-reviews"><h4 class="toggle-title">Reviews<a class="toggleLink is-open" data-collapsible
href="#product-reviews-content"><span class="toggleLink-text toggleLink-text--on">Hide Reviews</span><span class="toggleLink-text toggleLink-text--off">Show
Reviews</span>
</a></h4><div class="toggle-content is-open" id="product-reviews-content" aria-hidden="false"><ul class="productReviews-list" id="productReviews-list">
${bReviews
  .map(
    ([t = '', by = '', txt = '']) => `<li class="productReview"><article itemprop="review" itemscope itemtype="http://schema.org/Review"><header>
<span class="productReview-rating rating--small" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><span class="icon icon--ratingFull"><svg>
<use href="#icon-star" /></svg></span><span class="productReview-ratingNumber" itemprop="ratingValue">5</span></span><h5 itemprop="name"
class="productReview-title">${t}</h5>
<p class="productReview-author">${by}</p></header><p itemprop="reviewBody" class="productReview-body">${txt}</p></article></li>`,
  )
  .join('\n')}
</ul><div class="pagination"><ul class="pagination-list"><li class="pagination-item pagination-item--current"><a class="pagination-link"
href="?revpage=1">1</a></li>
<li class="pagination-item"><a class="pagination-link" href="?revpage=2">2</a></li><li class="pagination-item pagination-item--next"><a class="pagination-link"
href="?revpage=2">Next</a></li></ul></div></div></section>
<div class="tabs" data-tab><ul class="tabs" role="tablist"><li class="tab is-active"><a class="tab-title" href="#tab-related">Related Products</a></li></ul>
<div class="tab-content is-active" id="tab-related"><section class="productCarousel">${bRelated
  .map(
    ([n = '', p = '']) => `<div class="productCarousel-slide">
<article class="card" data-test="card-${n.length}"><figure class="card-figure"><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="card-figure__link"
aria-label="${n.replace(/&/g, '&amp;')}, ${p}"><div class="card-img-container"><img src="https://cdn11.bigcommerce.com/s-x7k2m9/images/stencil/500x659/r.jpg"
alt=""
class="card-image lazyload"></div></a></figure><div class="card-body"><p class="card-text" data-test-info-type="brandName">Little Lanterns</p><h3
class="card-title">
<a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}/">${n.replace(/&/g, '&amp;')}</a></h3><div class="card-text" data-test-info-type="price"><div
class="price-section
price-section--withoutTax"><span class="price price--withoutTax">${p}</span></div></div></div></article></div>`,
  )
  .join('\n')}</section></div></div></div></main>
<footer class="footer" role="contentinfo"><h2 class="footer-title-sr-only">Footer Start</h2><div class="container"><section class="footer-info">
<article class="footer-info-col footer-info-col--small" data-section-type="footer-webPages"><h3 class="footer-info-heading">Navigate</h3><ul
class="footer-info-list">
${links(bFootNav)}</ul></article><article class="footer-info-col footer-info-col--small" data-section-type="storeInfo"><h3 class="footer-info-heading">Info</h3>
<address>Little Lanterns Toy Co.<br>88 Orchard Row<br>Halvern, OR 97999</address><strong>Call us at (503) 555-0148</strong></article>
<article class="footer-info-col" data-section-type="newsletterSubscription"><h3 class="footer-info-heading">Subscribe to our newsletter</h3><p>Get the latest
updates on new
products and upcoming sales</p><form class="form" action="/subscribe.php" method="post"><fieldset class="form-fieldset"><input type="hidden" name="action"
value="subscribe">
<div class="form-field"><label class="form-label is-srOnly" for="nl_email">Email Address</label><div class="form-prefixPostfix wrap"><input class="form-input"
id="nl_email"
name="nl_email" type="email" value="" placeholder="Your email address"><input class="button button--primary form-prefixPostfix-button--postfix" type="submit"
value="Subscribe"></div></div></fieldset></form></article></section><div class="footer-copyright"><p class="powered-by">&copy; 2026 Little Lanterns Toy Co.
</p></div></div>
</footer><script src="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/5e1c/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerceProduct: TestPage = {
  name: 'heldout626-bigcommerce-farm-train',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [...texts(bDesc), ...bBox, ...bAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Toggle menu', 'Compare', 'Search', 'Sign in', 'or', 'Register', 'Cart', 'Little Lanterns Toy Co.', ...bNav, 'Gift Certificates',
    'Free shipping on US orders over $75', 'Home', 'Little Lanterns', '$64.00', '12 reviews', 'Write a Review', 'SKU:', 'LL-FT24', 'Weight:', '2.10 LBS',
    'Shipping:', 'Calculated at Checkout', 'Quantity:', `Decrease Quantity of ${bTitle}`, `Increase Quantity of ${bTitle}`, 'Add to Wish List', 'Facebook',
    'Pinterest', 'Description', 'Warranty', 'Close', '×', 'Reviews', 'Hide Reviews', 'Show Reviews', ...bReviews.flat(), '5', 'Next',
    'Related Products', ...bRelated.flat(), 'Footer Start', 'Navigate', ...bFootNav, 'Info', 'Little Lanterns Toy Co. 88 Orchard Row Halvern, OR 97999',
    'Call us at (503) 555-0148', 'Subscribe to our newsletter', 'Get the latest updates on new products and upcoming sales', 'Email Address',
    '© 2026 Little Lanterns Toy Co.',
  ],
};

export const HELDOUT626_D2: readonly TestPage[] = [bigcommerceProduct];
