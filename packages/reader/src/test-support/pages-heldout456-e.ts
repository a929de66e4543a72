import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file e: a miniatures manufacturer's product page on BigCommerce (Cornerstone theme: price, SKU, tabs,
 * related products; a short page), and a wargaming battle report on a Squarespace blog (7.1, a long page with a comment count).
 */
const bTitle = 'Fenwarden Reed Stalkers (5 figures)';
const bBody = [
  j(
    'Five 28mm resin figures of the Fenwarden skirmishers who hunt the reed beds of the Saltmire. Each stalker comes with a choice of',
    'two heads and a separate bow or spear arm, so no two warbands need look the same.',
  ),
  'Sculpted by Odile Maresh, cast in grey high-detail resin',
  'Supplied unpainted and unassembled with 25mm round bases',
  'Compatible with the Saltmire skirmish rules and most fantasy games',
  'Not suitable for children under 14. Contains small parts.',
];
const bNav = ['Fenwardens', 'Saltmire Raiders', 'Terrain', 'Rules and Cards', 'Paints', 'Gift Vouchers'];
const bCrumbs = ['Home', 'Fenwardens'];
const bRel = ['Fenwarden Eel Wife', 'Fenwarden Punt Crew (3 figures)', 'Saltmire Reed Beds terrain set'];
const bFoot = ['About Us', 'Shipping and Returns', 'Contact Us', 'Blog', 'Sitemap'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>${bTitle} - Ironhollow Miniatures</title><meta property="product:price:amount" content="27">
<meta property="og:type" content="product"><meta name="platform" content="bigcommerce.stencil"><link rel="canonical"
href="https://ironhollowminis.com/fenwarden-reed-stalkers/"><link href="https://cdn11.bigcommerce.com/s-x9k2/stencil/7c2/css/theme-8d1.css"
rel="stylesheet"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${bTitle}","sku":"IH-2041",
"offers":{"@type":"Offer","price":27,"priceCurrency":"GBP"}}</script><script>window.BCData = {"csrf_token":"x","product_attributes":{"sku":"IH-2041",
"instock":true,"purchasable":true}};</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-x9k2/stencil/7c2/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu"><span class="mobileMenu-toggleIcon">Toggle
menu</span></a><nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><button class="navUser-action
navUser-action--quickSearch" type="button" id="quick-search-expand" data-search="quickSearch" aria-controls="quickSearch"
aria-expanded="false">Search</button></li><li class="navUser-item navUser-item--account"><a class="navUser-action" href="/login.php">Sign in</a>
<span class="navUser-or">or</span> <a class="navUser-action" href="/login.php?action=create_account">Register</a></li><li class="navUser-item
navUser-item--cart"><a class="navUser-action" data-cart-preview href="/cart.php"><span class="navUser-item-cartLabel">Cart</span> <span
class="countPill cart-quantity"></span></a></li></ul></nav><div class="header-logo header-logo--center"><a href="https://ironhollowminis.com/"
class="header-logo__link"><span class="header-logo-text">Ironhollow Miniatures</span></a></div><div class="navPages-container" id="menu" data-menu>
<nav class="navPages"><ul class="navPages-list">${links(bNav, 'navPages-item')}</ul></nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="GBP"><div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">
${links(bCrumbs, 'breadcrumb')}<li class="breadcrumb is-active"><a class="breadcrumb-label" aria-current="page"><span>${bTitle}</span></a></li></ol></nav>
<div class="productView"><section class="productView-images" data-image-gallery><figure class="productView-image"><div
class="productView-img-container"><img src="https://cdn11.bigcommerce.com/s-x9k2/images/stencil/500x659/products/2041/reed-stalkers.jpg"
alt="Five painted Reed Stalkers on a marsh base" title="${bTitle}" data-main-image></div></figure></section>
<section class="productView-details product-data"><div class="productView-product"><h1 class="productView-title">${bTitle}</h1><h2
class="productView-brand"><a href="/brands/Ironhollow-Miniatures.html"><span>Ironhollow Miniatures</span></a></h2><div class="productView-price">
<div class="price-section price-section--withoutTax"><span data-product-price-without-tax class="price price--withoutTax">£27.00</span></div></div>
<div class="productView-rating"><span class="productView-reviewLink"><a href="#product-reviews">(4 reviews)</a></span><span
class="productView-reviewLink"><a href="#write_review">Write a Review</a></span></div><dl class="productView-info"><dt class="productView-info-name
sku-label">SKU:</dt><dd class="productView-info-value" data-product-sku>IH-2041</dd><dt class="productView-info-name">Weight:</dt><dd
class="productView-info-value" data-product-weight>0.12 KGS</dd></dl></div>
<div class="productView-options"><form class="form" method="post" action="https://ironhollowminis.com/cart.php" enctype="multipart/form-data"
data-cart-item-add><div class="form-field form-field--increments"><label class="form-label form-label--alternate" for="qty[]">Quantity:</label>
<div class="form-increment" data-quantity-change><input class="form-input form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1"
min="1" pattern="[0-9]*"></div></div><div class="form-action"><input id="form-action-addToCart" class="button button--primary" type="submit"
value="Add to Cart"></div></form><a href="/wishlist.php?action=add&amp;product_id=2041" class="button">Add to Wish List</a></div></section>
<article class="productView-description"><ul class="tabs" data-tab><li class="tab is-active"><a class="tab-title"
href="#tab-description">Description</a></li><li class="tab"><a class="tab-title" href="#tab-reviews">Reviews</a></li></ul><div class="tabs-contents">
<div class="tab-content is-active" id="tab-description">${ps([at(bBody, 0)])}<ul>${lis(bBody.slice(1, 4))}</ul>${ps([at(bBody, 4)], ' style="color:#a00"')}
</div></div></article></div>
<div class="tabs" data-tab><h3 class="tab is-active"><a class="tab-title" href="#tab-related">Related Products</a></h3></div><div class="tab-content
is-active" id="tab-related"><section class="productCarousel">${bRel
  .map(
    (t, i) => `<div class="productCarousel-slide"><article class="card"><div
class="card-body"><h3 class="card-title"><a href="/p${i}/">${t}</a></h3><div class="card-text" data-test-info-type="price"><span
class="price price--withoutTax">£${[9, 18, 22][i]}.00</span></div></div></article></div>`,
  )
  .join('')}</section></div></div></main>
<footer class="footer" role="contentinfo"><div class="container"><section class="footer-info"><article class="footer-info-col
footer-info-col--small" data-section-type="footer-webPages"><h2 class="footer-info-heading">Navigate</h2><ul class="footer-info-list">
${links(bFoot)}</ul></article><article class="footer-info-col" data-section-type="newsletterSubscription"><h2 class="footer-info-heading">Subscribe
to our newsletter</h2><p>New releases and painting guides, once a month.</p><form class="form" action="/subscribe.php" method="post"><label
class="form-label is-srOnly" for="nl_email">Email Address</label><input class="form-input" id="nl_email" name="nl_email" type="email"
placeholder="Your email address"><input class="button button--primary form-prefixPostfix-button--postfix" type="submit" value="Subscribe">
</form></article></section><div class="footer-copyright"><p class="powered-by">&copy; 2027 Ironhollow Miniatures</p></div></div></footer>
<script src="https://cdn11.bigcommerce.com/s-x9k2/stencil/7c2/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerce: TestPage = page({
  name: 'heldout456-bigcommerce-reed-stalkers',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle menu', 'Search', 'Sign in', 'or', 'Register', 'Cart', 'Ironhollow Miniatures', ...bNav, ...bCrumbs, '£27.00', '(4 reviews)',
    'Write a Review', 'SKU:', 'IH-2041', 'Weight:', '0.12 KGS', 'Quantity:', 'Add to Wish List', 'Description', 'Reviews', 'Related Products',
    ...bRel, '£9.00', '£18.00', '£22.00', 'Navigate', ...bFoot, 'Subscribe to our newsletter', 'New releases and painting guides, once a month.',
    '© 2027 Ironhollow Miniatures',
  ],
});

const qTitle = 'Battle report: the fight at Harrow Ford, 1,500 points of pike and shot';
const qBody = [
  j(
    'Our club campaign reached its fourth game on Saturday, and for once the river table came out. Tom brought his Blackwater Company,',
    'all pike blocks and sullen musketeers, and I fielded the Hollin League with more cavalry than is strictly sensible. The scenario',
    'was a simple crossing: the League had to get two units over the ford by the end of turn six, and the Company had to stop them.',
  ),
  'The armies',
  'Blackwater Company: two pike and shot regiments, a forlorn hope of commanded shot, one light gun and a small troop of harquebusiers.',
  'Hollin League: three regiments of horse, a regiment of dragoons, one regiment of foot and a pair of frame guns.',
  'Deployment',
  j(
    'Tom set his foot in a line across the far bank, with the light gun on the low hill covering the ford itself. The forlorn hope went',
    'into the hedges on his left, which turned out to be the most important decision of the game. I put all three regiments of horse',
    'opposite the ford and kept the dragoons back to hunt for the shallow crossing marked on the scenario map a foot downstream.',
  ),
  'Turns one to three',
  j(
    'The opening was all about the gun. Tom rolled well and caused a disorder on my leading horse before they reached the water, and my',
    'frame guns, as usual, achieved nothing beyond making a lot of smoke. By the end of turn two I had one regiment on the ford and two',
    'queuing behind it, which is exactly where a pike block wants enemy cavalry to be.',
  ),
  j(
    'On turn three the dragoons found the shallows and got across without a shot fired at them. For a moment it looked as though the',
    'whole plan would work. Then the forlorn hope stood up out of the hedge, fired one volley at close range and sent them back over',
    'the river with two casualties and a shaken marker.',
  ),
  'Turns four to six',
  j(
    'With the clock running out I threw the leading horse straight at the pike. Against all reason they won the first round of melee,',
    'pushing the pike back a full move and opening a gap on the bank. My second regiment poured through and I had one unit across with',
    'two turns left to go.',
  ),
  j(
    "Tom's reply was textbook. His harquebusiers charged the flank of my second regiment while it was still in column, and his reserve",
    'pike closed the gap behind them. By the end of turn five the League had one battered regiment on the far bank and nothing else that',
    'could reach it.',
  ),
  j(
    'Turn six came down to a single dice roll: the dragoons, rallied at last, needed a double move to reach the shallows again. They',
    'rolled a two. The Company held the ford.',
  ),
  'Thoughts afterwards',
  j(
    "I still think the plan was sound, but I split my effort between two crossings and neither had enough behind it. Tom's use of the",
    'forlorn hope was the difference: a cheap unit in cover, kept quiet until the right moment, is worth far more than its points.',
  ),
  j(
    'The campaign moves on to the siege of Caldmere next month. The League is now two games down, so expect me to bring every gun I own',
    'and to complain about all of them.',
  ),
];
const qHeads = [1, 4, 6, 9, 13];
const qNav = ['Battle Reports', 'Painting', 'Terrain', 'Campaign', 'About'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta
name="viewport" content="width=device-width, initial-scale=1"><title>${qTitle} &mdash; Dice &amp; Drum</title><meta property="og:site_name" content="Dice &amp;
Drum"><meta property="og:type" content="article"><script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script><script>Static.SQUARESPACE_CONTEXT =
{"website":{"siteTitle":"Dice & Drum"},"templateId":"5c5a519771c10ba3470d8101","itemId":"6631f0"};</script>
<script type="application/ld+json">{"url":"https://www.diceanddrum.co.uk","name":"Dice & Drum","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${qTitle}","datePublished":"2027-05-02T18:20:00+0100","author":"Rufus Ketteridge","@context":"http://schema.org",
"@type":"BlogPosting"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6631/site.css"></head>
<body id="item-6631f0" class="header--menu-open-false tweak-blog-item-width-medium tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title
primary-button-style-solid view-item collection-type-blog-basic collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div
class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div
class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title"><div
class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Dice &amp;
Drum</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`,
  )
  .join('')}</nav></div></div></div></div><div class="header-display-mobile">
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger"><span
hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close
Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6631ef"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry
author-rufus-ketteridge post-type-text article-index-1 category-battle-reports" data-item-id="6631f0" id="article-6631f0"><div
class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span
class="blog-author">Rufus Ketteridge</span><time class="blog-date" pubdate data-animation-role="date">5/2/27</time></span></div><div
class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item-content"><div class="blog-item-content e-content"><div
class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6631f0"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps([at(qBody, 0)], ' class="" style="white-space:pre-wrap;"')}<h2>${at(qBody, 1)}</h2><ul data-rte-list="default">${lis(
  qBody.slice(2, 4).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`),
)}</ul><h2>${at(qBody, 4)}</h2>${ps([at(qBody, 5)], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><img
data-src="https://images.squarespace-cdn.com/content/v1/6631/ford-deploy.jpg" alt=""
src="https://images.squarespace-cdn.com/content/v1/6631/ford-deploy.jpg?format=1000w"
loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Deployment,
seen from the League's side of the river. The forlorn hope is in the hedge on the far left.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${at(qBody, 6)}</h2>${ps(qBody.slice(7, 9), ' class="" style="white-space:pre-wrap;"')}<h2>${at(qBody, 9)}</h2>${ps(
  qBody.slice(10, 13),
  ' class="" style="white-space:pre-wrap;"',
)}<h2>${at(qBody, 13)}</h2>${ps(qBody.slice(14), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/battle-reports?author=5f1" class="blog-item-author-profile"><div class="author-name">Rufus
Ketteridge</div><div class="author-bio"><p>Rufus has been losing pike and shot games since 2009. He paints slowly and rolls badly.</p></div></a></div>
</div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link
item-pagination-link--prev" href="/battle-reports/caldmere-muster"><div class="item-pagination-prev-next">Previous</div><h2
class="item-pagination-title">Painting the Caldmere garrison</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/battle-reports/bellbrook-raid"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Battle report: the raid
on Bellbrook mill</h2></a></section><div class="blog-item-comments"><div class="squarespace-comments" id="comments-6631f0"><div
class="comment-count">3 Comments</div></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content"><div
class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><form
class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the muster roll</h2><div
class="newsletter-form-header-description"><p>One email a month with new reports and painting logs.</p></div></div><div
class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input id="email-yui" class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button"
class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit"><span class="newsletter-form-spinner sqs-spin light large"></span><span
class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div><div class="sqs-block html-block"><div
class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">© 2027 Dice &amp; Drum. Made in Shropshire.</p></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve
your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout456-squarespace-harrow-ford',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHeads.map((i) => at(qBody, i)),
  body: texts(qBody.filter((_, i) => !qHeads.includes(i))),
  bylines: ['Rufus Ketteridge', '5/2/27'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Dice & Drum', ...qNav,
    "Deployment, seen from the League's side of the river. The forlorn hope is in the hedge on the far left.",
    'Rufus has been losing pike and shot games since 2009. He paints slowly and rolls badly.', 'Previous', 'Painting the Caldmere garrison', 'Next',
    'Battle report: the raid on Bellbrook mill', '3 Comments', 'Join the muster roll', 'One email a month with new reports and painting logs.',
    'Email Address', 'Sign Up', '© 2027 Dice & Drum. Made in Shropshire.', 'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT456_E: readonly TestPage[] = [bigcommerce, squarespace];
