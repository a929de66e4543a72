import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file c2: a SparkFun-style product page (store header and category menu, breadcrumbs, image gallery, SKU,
 * price, stock and volume pricing, add-to-cart form, wish list, the description / features / documents tabs, skill level
 * badges, "Customers Also Purchased", customer reviews, the help box and footer). The product has no byline.
 */
const sTitle = 'SparkFun Qwiic Load Cell Amplifier - NAU7830';
const sDesc = [
  j(
    'The Qwiic Load Cell Amplifier turns the tiny signal from a strain-gauge load cell into a clean 24-bit reading you can ask for',
    'over I2C. Plug in a four-wire load cell, chain the board to your microcontroller with a Qwiic cable and you have a working',
    'scale in a few minutes, with no soldering and no analog wiring to get wrong.',
  ),
  j(
    'At the heart of the board is the NAU7830, a low-noise converter with a programmable gain amplifier of up to 128 times and an',
    'on-chip excitation supply for the bridge. Unlike the older two-wire amplifiers, it talks plain I2C, so it shares the bus with',
    'your other Qwiic sensors and needs no special timing from your code.',
  ),
  j(
    'We broke out the data-ready pin and added a solder jumper to change the I2C address, so two amplifiers can sit on the same bus',
    'for a two-sided platform scale. The board also has a small prototyping area for the pull-up resistors and a test point for',
    'the excitation voltage, which helps when you are chasing noise.',
  ),
];
const sFeatures = [
  'Operating voltage: 2.7 V to 5.5 V',
  '24-bit resolution at up to 320 samples per second',
  'Programmable gain: 1x to 128x',
  'Two Qwiic connectors for daisy-chaining',
  'Selectable I2C address: 0x2A or 0x2B',
  'Board size: 1.0 x 1.0 inch',
];
const sNote = [
  j(
    'Load cells are sensitive to temperature and to how they are mounted. For best results, let the scale warm up for a minute,',
    'tare it before each weighing, and bolt the cell so that the force goes through it along the arrow on its label.',
  ),
  j(
    'The load cell itself is not included. Any four-wire cell with a rated output of 1 to 2 mV/V works; the hookup guide explains',
    'how to calibrate with a known weight and how to store the calibration factor in the board’s own memory.',
  ),
];
const sCats = ['Shop', 'Learn', 'Forum', 'Data Logging', 'Wireless', 'Sensors', 'Robotics', 'Sale'];
const sCrumbs = ['Home', 'Sensors', 'Force / Pressure'];
const sDocs = ['Schematic', 'Eagle Files', 'Hookup Guide', 'Datasheet (NAU7830)', 'GitHub Hardware Repo', 'Arduino Library'];
const sAlso = ['Load Cell - 10 kg, Straight Bar', 'Qwiic Cable Kit', 'SparkFun RedBoard Plus'];
const sReviews = [
  'Works with the library out of the box. Reading is stable to about a gram on a 5 kg cell.',
  'Wish the header holes were labelled on the top as well as the bottom.',
];
const sFoot = ['About Us', 'Careers', 'Distributors', 'Shipping', 'Returns', 'Terms of Service', 'Privacy'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sTitle} - SEN-29311 - SparkFun Electronics</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${sTitle}. 24-bit load cell amplifier on the Qwiic bus.">
<meta property="og:type" content="product"><meta property="product:price:amount" content="14.95"><meta property="product:price:currency" content="USD">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${sTitle}","sku":"SEN-29311",
"offers":{"@type":"Offer","price":"14.95","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
<link rel="stylesheet" href="https://cdn.sparkfun.example/assets/css/main.3f7d.css"><script>var sfe = { product_id: 29311 };</script></head>
<body class="product-page"><header id="site-header" class="site-header"><div class="header-top"><a href="/" class="logo">SparkFun Electronics</a>
<form class="search-form" action="/search/results"><input type="text" name="term" placeholder="Search SparkFun"></form>
<ul class="header-account"><li><a href="/account">Log In</a></li><li><a href="/cart">Cart (0)</a></li></ul></div>
<nav class="main-navigation"><ul class="nav-categories">${links(sCats, 'nav-category')}</ul></nav></header>
<div class="container"><ol class="breadcrumb">${links(sCrumbs)}</ol>
<div class="row product-hero"><div class="col-md-6 product-gallery"><img src="https://cdn.sparkfun.example/assets/parts/2/9/3/1/1/29311-01.jpg" alt="">
<span class="gallery-count">1 of 5</span></div>
<div class="col-md-6 product-info"><h1 class="product-title">${sTitle}</h1><div class="sku">SKU: SEN-29311</div>
<div class="product-rating"><span class="stars" title="4.5 out of 5">4.5 out of 5</span><a href="#reviews">2 reviews</a></div>
<div class="price"><span class="currency">$</span>14.95</div><div class="stock in-stock">In stock 212 available</div>
<table class="volume-pricing"><tr><td>10+ units</td><td>$13.46</td></tr><tr><td>25+ units</td><td>$12.71</td></tr></table>
<form class="add-to-cart" action="/cart/add"><label for="qty">Quantity</label><input id="qty" name="quantity" value="1">
<button type="submit" class="btn btn-primary">Add to Cart</button></form><a href="/wish_lists/add" class="wishlist-link">Add to Wish List</a>
<p class="shipping-note">Free shipping on US orders over $75</p></div></div>
<ul class="nav nav-tabs product-tabs"><li class="active"><a href="#description">Description</a></li><li><a href="#features-tab">Features</a></li>
<li><a href="#documents">Documents</a></li><li><a href="#reviews">Reviews (2)</a></li></ul>
<div class="tab-content"><div id="description" class="tab-pane active product-description">
${ps(sDesc)}
<h3>Features</h3>
<ul>${lis(sFeatures)}</ul>
<h3>A note on mounting</h3>
${ps(sNote)}
</div>
<div class="skill-levels"><h4>Skill Level</h4><div class="skill"><span class="skill-name">Electrical Prototyping</span>
<span class="skill-level">Noob</span></div><div class="skill"><span class="skill-name">Programming</span><span class="skill-level">Rookie</span></div></div>
<div id="documents" class="tab-pane documents"><h4>Documents</h4><ul>${links(sDocs)}</ul></div>
<div class="also-purchased"><h3>Customers Also Purchased</h3><ul>${links(sAlso, 'product-tile')}</ul></div>
<div id="reviews" class="tab-pane reviews"><h3>Customer Reviews</h3><ul class="review-list">
<li class="review"><span class="review-rating">5 out of 5</span><span class="review-author">about 2 months ago by Member #1889204</span>
<p class="review-text">${sReviews[0]}</p></li><li class="review"><span class="review-rating">4 out of 5</span>
<span class="review-author">about 3 weeks ago by Member #2021577</span><p class="review-text">${sReviews[1]}</p></li></ul>
<a href="/reviews/new" class="btn">Write a review</a></div></div>
<div class="help-box"><h4>Need Help?</h4><p>Our technical support team answers questions in the forum Monday to Friday.</p></div></div>
<footer class="site-footer"><ul class="footer-links">${links(sFoot)}</ul><p class="legal">SparkFun Electronics ® / Niwot, Colorado / Customer Service</p>
</footer>
<div class="cookie-consent" id="cookie-consent"><p>We use cookies to provide you with a better shopping experience.</p><button>OK</button></div>
<script src="https://cdn.sparkfun.example/assets/js/product.8a91.js"></script></body></html>`;
export const sparkfun: TestPage = {
  name: 'heldout321-sparkfun-product-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Features', 'A note on mounting'],
  body: texts([...sDesc, ...sFeatures, ...sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SparkFun Electronics', 'Log In', 'Cart (0)', ...sCats, ...sCrumbs, '1 of 5', 'SKU: SEN-29311', '4.5 out of 5', '2 reviews', '14.95',
    'In stock 212 available', '10+ units', '$13.46', '25+ units', '$12.71',
    'Quantity', 'Add to Cart', 'Add to Wish List', 'Free shipping on US orders over $75',
    'Description', 'Reviews (2)', 'Skill Level', 'Electrical Prototyping', 'Noob', 'Programming', 'Rookie', 'Documents', ...sDocs, 'Customers Also Purchased',
    ...sAlso, 'Customer Reviews', '5 out of 5', 'about 2 months ago by Member #1889204', sReviews[0] ?? '', '4 out of 5',
    'about 3 weeks ago by Member #2021577',
    sReviews[1] ?? '', 'Write a review', 'Need Help?', 'Our technical support team answers questions in the forum Monday to Friday.', ...sFoot,
    'SparkFun Electronics ® / Niwot, Colorado / Customer Service', 'We use cookies to provide you with a better shopping experience.',
  ],
};
