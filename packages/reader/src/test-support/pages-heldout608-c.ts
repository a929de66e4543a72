import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file c: a haberdashery product (cotton bias binding) on WooCommerce with the Storefront theme, tabs,
 * related products and a handheld footer bar, and a members' newsletter post on Ghost (Casper) about a first sampler.
 */
const cTitle = 'Cotton Bias Binding 25 mm – Mustard (per metre)';
const cShort = 'Double-fold cotton bias binding, sold by the metre and cut from one continuous length.';
const cDesc = [
  j(
    'Our bias binding is cut from a fine 100% cotton lawn and folded twice, so it is ready to wrap straight round a raw edge.',
    'It curves smoothly around necklines, armholes and the corners of a mug rug without pleating.',
  ),
  'Width 25 mm unfolded, 12 mm folded',
  'Washable at 40°C, pre-shrunk',
  'Pairs with our Clover 25 mm bias tape maker if you would rather make your own',
  'Order 3 and we will send one continuous 3 m length, not three pieces.',
];
const cNav = ['Fabric', 'Haberdashery', 'Patterns', 'Kits', 'Sale'];
const cCrumbs = ['Home', 'Haberdashery', 'Bias binding'];
const cRel = ['Cotton Bias Binding 25 mm – Teal (per metre)', 'Clover Bias Tape Maker 25 mm', 'Wonder Clips, pack of 20'];
const cRelPrice = ['£1.40', '£7.95', '£4.50'];
const cFoot = ['Delivery information', 'Returns', 'Privacy policy', 'Contact us'];
const cRelHtml = cRel
  .map(
    (t, i) => `<li class="product type-product status-publish instock product_cat-haberdashery has-post-thumbnail taxable shipping-taxable purchasable
product-type-simple"><a href="/product/rel-${i}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="324" height="324"
src="/wp-content/uploads/2026/01/rel-${i}-324x324.jpg" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async">
<h2 class="woocommerce-loop-product__title">${t}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>${cRelPrice[i]}</bdi></span>
</span></a><a href="?add-to-cart=31${i}" data-quantity="1" class="button wp-element-button product_type_simple add_to_cart_button ajax_add_to_cart"
rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n');
const cHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${cTitle} &#8211; The Button Tin</title>
<meta name='robots' content='max-image-preview:large'><link rel='dns-prefetch' href='//fonts.googleapis.com'>
<link rel='stylesheet' id='storefront-style-css' href='https://thebuttontin.co.uk/wp-content/themes/storefront/style.css?ver=4.5.3' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://thebuttontin.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.5.3'
media='all'><style id='storefront-woocommerce-style-inline-css'>a.cart-contents,.site-header-cart .widget_shopping_cart a{color:#333333;}</style>
<script src="https://thebuttontin.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${cTitle}","sku":"BB25-MUS","offers":[{"@type":"Offer",
"price":"1.40","priceCurrency":"GBP"}]}</script><meta name="generator" content="WooCommerce 8.6.1"></head>
<body class="product-template-default single single-product postid-3102 wp-custom-logo wp-embed-responsive theme-storefront woocommerce woocommerce-page
woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to
navigation</a><a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="site-branding"><a href="/" class="custom-logo-link"
rel="home">
<img width="220" height="80" src="/wp-content/uploads/2025/05/logo.png" class="custom-logo" alt="The Button Tin"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0"
class="search-field" placeholder="Search products&hellip;" value="" name="s"><button type="submit" value="Search" class="">Search</button>
<input type="hidden" name="post_type" value="product"></form></div></div></div><div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation"><button id="site-navigation-menu-toggle"
class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button><div class="primary-navigation"><ul id="menu-main"
class="menu">${links(cNav, 'menu-item menu-item-type-taxonomy menu-item-object-product_cat')}</ul></div></nav><ul id="site-header-cart" class="site-header-cart
menu"><li class=""><a class="cart-contents" href="/basket/" title="View your shopping basket"><span class="woocommerce-Price-amount amount">£0.00</span>
<span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">${cCrumbs
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`)
  .join('<span class="breadcrumb-separator"> / </span>')}<span class="breadcrumb-separator"> / </span>${cTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main"><div class="woocommerce-notices-wrapper"></div><div id="product-3102" class="product type-product post-3102
status-publish first instock product_cat-bias-binding has-post-thumbnail taxable shipping-taxable purchasable product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/2026/01/bb25-mustard-100x100.jpg"
class="woocommerce-product-gallery__image">
<a href="/wp-content/uploads/2026/01/bb25-mustard.jpg"><img width="416" height="416" src="/wp-content/uploads/2026/01/bb25-mustard-416x416.jpg"
class="wp-post-image" alt="" title="bb25-mustard"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${cTitle}</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>1.40</bdi></span></p><div class="woocommerce-product-details__short-description"><p>${cShort}</p>
</div><p class="stock in-stock">48 in stock</p><form class="cart" action="" method="post" enctype='multipart/form-data'><div class="quantity">
<label class="screen-reader-text" for="quantity_65a">${cTitle} quantity</label><input type="number" id="quantity_65a" class="input-text qty text"
name="quantity"
value="1" aria-label="Product quantity" min="1" step="1"></div><button type="submit" name="add-to-cart" value="3102" class="single_add_to_cart_button button alt
wp-element-button">Add to basket</button></form><div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">BB25-MUS</span></span>
<span class="posted_in">Category: <a href="/product-category/haberdashery/bias-binding/" rel="tag">Bias binding</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active" id="tab-title-description" role="tab">
<a href="#tab-description">Description</a></li><li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a
href="#tab-additional_information">Additional information</a></li><li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews
(0)</a>
</li></ul><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>${ps([at(cDesc, 0)])}<ul>${lis(cDesc.slice(1, 4))}</ul>${ps([at(cDesc, 4)])}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
style="display: none;"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes"><tr
class="woocommerce-product-attributes-item">
<th class="woocommerce-product-attributes-item__label">Weight</th><td class="woocommerce-product-attributes-item__value">0.02 kg</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">Reviews</h2><p class="woocommerce-noreviews">There are no reviews yet.</p>
</div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">${cRelHtml}</ul></section></div></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">
<span class="gamma widget-title">Shop by category</span><ul
class="product-categories">${links(['Bias binding', 'Buttons', 'Elastic', 'Ribbon', 'Zips'], 'cat-item')}
</ul></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-1 fix"><div class="block
footer-widget-1">
<div id="nav_menu-2" class="widget widget_nav_menu"><ul id="menu-footer" class="menu">${links(cFoot, 'menu-item')}</ul></div></div></div>
<div class="site-info">&copy; The Button Tin 2026<br><a class="privacy-policy-link" href="/privacy-policy/" rel="privacy-policy">Privacy Policy</a>
<span role="separator" aria-hidden="true"></span><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for
WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li><li class="search">
<a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart<span class="count">0</span></a></li></ul></div></div>
<script src="https://thebuttontin.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=8.6.1" id="wc-single-product-js" defer
data-wp-strategy="defer"></script></body></html>`;
const woo: TestPage = {
  name: 'heldout608-woo-storefront-binding',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Description'],
  body: texts([cShort, ...cDesc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search', 'Menu', ...cNav, '£0.00', '0 items', ...cCrumbs,
    '£1.40', '48 in stock', 'Add to basket', 'SKU: BB25-MUS', 'Category: Bias binding',
    'Additional information', 'Reviews (0)', 'Related products', ...cRel, ...cRelPrice.slice(1),
    'Shop by category', 'Buttons', 'Elastic', 'Ribbon', 'Zips', ...cFoot, '© The Button Tin 2026', 'Privacy Policy', 'Built with WooCommerce.', 'My Account',
    'Cart', '0',
  ],
};

const gTitle = 'Five stitches for your first sampler';
const gDek = 'You do not need fifty stitches to start. These five will carry you through almost any beginner pattern.';
const gBody = [
  j(
    'When I taught my first embroidery class, I handed out a stitch dictionary with 112 stitches in it. Half the room went pale.',
    'These days I start with five, and I have yet to meet a beginner pattern that needs anything else.',
  ),
  'Back stitch',
  'The workhorse for outlines and lettering. Keep your stitches short on curves, about 3 mm, and longer on straight lines.',
  'Split stitch',
  'Slightly raised and rope-like, lovely for stems. Bring the needle up through the middle of the previous stitch, splitting the strands.',
  'French knot',
  j(
    'Wrap the thread twice around the needle, not more; three wraps make a lumpy knot that pulls through. Hold the thread taut',
    'with your other hand as you push the needle back down close to where it came up.',
  ),
  'Lazy daisy',
  'A single chain stitch held down at its tip. Five of them around a French knot make a flower, and nobody needs to know how quick it was.',
  'Satin stitch',
  j(
    'Straight stitches laid side by side to fill a shape. Outline the shape in split stitch first and work over it; the outline',
    'gives you a crisp edge and a little padding.',
  ),
  '“Slow is smooth, smooth is fast. Nobody ever unpicked a stitch they took their time over.”',
  'Next week: transferring a design without a lightbox. See you then.',
];
const gHeads = [1, 3, 5, 7, 9];
const gNav = ['Home', 'Stitch library', 'Patterns', 'About'];
const gRead: [string, string][] = [
  ['Hoops, frames and when to use neither', 'Choosing the right support for your fabric.'],
  ['Why your floss keeps tangling', 'Four habits that will save you a lot of knots.'],
];
const gArt = gBody
  .map((t, i) => {
    if (gHeads.includes(i)) return `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`;
    if (i === 11) return `<blockquote class="kg-blockquote-alt">${t}</blockquote>`;
    if (i === 12) return `<hr><p><em>${t}</em></p>`;
    return `<p>${t}</p>`;
  })
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e1a2b0c3d"><link rel="icon" href="/content/images/size/w256h256/2025/02/thimble.png"
type="image/png"><link rel="canonical" href="https://threadandfrost.com/five-stitches-for-your-first-sampler/"><meta name="referrer"
content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Thread &amp; Frost"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-12T08:00:00.000Z"><meta property="article:tag" content="Hand embroidery">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Thread & Frost"},
"author":{"@type":"Person","name":"Ines Halloran"},"headline":"${gTitle}","datePublished":"2026-02-12T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.38/umd/portal.min.js" data-i18n="false"
data-ghost="https://threadandfrost.com/" data-key="4c8f" data-api="https://threadandfrost.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style>
<style>:root {--ghost-accent-color: #8a3b5c;}</style></head>
<body class="post-template tag-hand-embroidery tag-beginners is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://threadandfrost.com">Thread &amp; Frost</a><button
class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button><button class="gh-burger"></button></div><nav class="gh-head-menu">
<ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-hand-embroidery tag-beginners">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/hand-embroidery/">
Hand embroidery</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline">
<section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/ines/" class="author-avatar"
aria-label="Read more of Ines Halloran"><img class="author-profile-image" src="/content/images/size/w100/2025/02/ines.jpg" alt="Ines Halloran"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Halloran</a></h4><div class="byline-meta-content"><time
class="byline-meta-date" datetime="2026-02-12">Feb 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/02/sampler.jpg 300w" sizes="(min-width: 1400px) 1400px,
92vw" src="/content/images/size/w2000/2026/02/sampler.jpg" alt="A finished sampler in a wooden hoop"><figcaption>Ines’s own first sampler, still
on the studio wall</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gArt}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([
      t,
      x,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/2026/01/card.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Hand embroidery</span></div><h2 class="post-card-title">${t}
</h2></header><div class="post-card-excerpt">${x}</div></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://threadandfrost.com">Thread &amp; Frost</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5e1a2b0c3d"></script><script>document.querySelector('.gh-burger').addEventListener('click', function () {
document.body.classList.toggle('gh-head-open');});</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout608-ghost-casper-sampler',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: [gDek, ...gBody.filter((_, i) => !gHeads.includes(i))],
  bylines: ['Ines Halloran', 'Feb 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thread & Frost', ...gNav, 'Sign in', 'Subscribe', 'Hand embroidery', '• 4 min read', 'Ines’s own first sampler, still on the studio wall',
    'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'Thread & Frost © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT608_C: readonly TestPage[] = [woo, ghost];
