import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout592-kit.js';

/**
 * Held-out batch 592, file f: a print studio's product page for an original linocut on WooCommerce (Storefront theme:
 * tabs, attributes table, review form, related products, sidebar), and a ceramic studio's visiting page on Weebly
 * (multi-column layout table, map embed, free-plan footer).
 */
const wTitle = 'Harbour Light, No. 3 (linocut, edition of 25)';
const wPrice = '£185.00';
const wShort = ['A three-colour reduction linocut of the harbour at Porthlew at first light, printed by hand on Japanese Kozo paper.'];
const wDescH = 'Description';
const wDesc = [
  j(
    'Reduction linocut is printed from a single block that is cut away between each colour, so once the edition is printed the',
    'block cannot be used again and no further prints can ever be made. This print took nine days to cut and print.',
  ),
  j(
    'Each print is signed, titled and numbered in pencil. The paper has a soft deckle edge on two sides, which is part of the',
    'work and should be floated rather than hidden under a mount when framed.',
  ),
  'Prints are sent unframed, flat between boards, by tracked post. Framing can be added at checkout.',
];
const wInfoH = 'Additional information';
const wAttrs: [string, string][] = [
  ['Image size', '30 × 40 cm'],
  ['Paper size', '38 × 50 cm'],
  ['Edition', '25'],
  ['Year', '2027'],
];
const wNav = ['Shop', 'Linocuts', 'Etchings', 'Workshops', 'About', 'Contact'];
const wRel: [string, string][] = [
  ['Gulls over the Quay (linocut)', '£140.00'],
  ['Net Loft, Winter', '£220.00'],
  ['Slipway at Dusk', '£165.00'],
];
const wForm = ['Your rating', 'Your review', 'Name', 'Email', 'Save my name, email, and website in this browser for the next time I comment.'];
const wTabs = [
  ['description', wDescH],
  ['additional_information', wInfoH],
  ['reviews', 'Reviews (0)'],
] as const;
const wTabsHtml = wTabs
  .map(
    ([id, t], i) => `<li class="${id}_tab${i === 0 ? ' active' : ''}" id="tab-title-${id}" role="tab" aria-controls="tab-${id}"><a
href="#tab-${id}">${t}</a></li>`,
  )
  .join('\n');
const wRelHtml = wRel
  .map(
    ([t, p], i) => `<li class="product type-product status-publish instock product_cat-linocuts">
<a href="/product/rel-${i}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<img width="324" height="324" src="/wp-content/uploads/2027/01/rel-${i}-324x324.jpg" class="attachment-woocommerce_thumbnail" alt="">
<h2 class="woocommerce-loop-product__title">${t}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>${p}</bdi></span></span></a>
<a href="?add-to-cart=2${i}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n');
const wFormHtml = wForm
  .map((t, i) => `<p class="comment-form-${i}"><label for="f-${i}">${t}${i < 4 ? '&nbsp;<span class="required">*</span>' : ''}</label><input id="f-${i}"></p>`)
  .join('\n');
const wHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Pellow Print Studio</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="storefront-style-css" href="/wp-content/themes/storefront/style.css?ver=4.6.0" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css" href="/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.0" media="all">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","offers":[{"@type":"Offer","price":"185.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-233 wp-custom-logo theme-storefront woocommerce woocommerce-page woocommerce-no-js
storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner">
<div class="col-full"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="site-branding"><div class="beta site-title">
<a href="/" rel="home">Pellow Print Studio</a></div><p class="site-description">Original prints from a Cornish harbour town</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0"
class="search-field" placeholder="Search products&hellip;" value="" name="s"><button type="submit" value="Search">Search</button>
<input type="hidden" name="post_type" value="product"></form></div></div></div><div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation"><button id="site-navigation-menu-toggle" class="menu-toggle"
aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button><div class="primary-navigation"><ul id="menu-main" class="menu">
${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav><ul id="site-header-cart" class="site-header-cart menu"><li class="">
<a class="cart-contents" href="/basket/" title="View your shopping basket"><span class="woocommerce-Price-amount amount"><bdi>£0.00</bdi></span>
<span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a><span
class="breadcrumb-separator"> / </span><a href="/product-category/linocuts/">Linocuts</a><span class="breadcrumb-separator"> /
</span>${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main"><div id="product-233" class="product type-product post-233 status-publish first instock product_cat-linocuts
has-post-thumbnail shipping-taxable purchasable product-type-simple"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images
images" data-columns="4"><figure class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/2027/02/harbour-light-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="/wp-content/uploads/2027/02/harbour-light.jpg"><img width="600" height="800"
src="/wp-content/uploads/2027/02/harbour-light-600x800.jpg" class="wp-post-image" alt="" title="harbour-light"></a></div></figure></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>185.00</bdi></span></p>
<div class="woocommerce-product-details__short-description">${ps(wShort)}</div><p class="stock in-stock">3 in stock</p>
<form class="cart" action="/product/harbour-light-no-3/" method="post" enctype="multipart/form-data"><div class="quantity"><label class="screen-reader-text"
for="quantity_65f1">${wTitle} quantity</label><input type="number" id="quantity_65f1" class="input-text qty text" name="quantity" value="1" min="1"
max="3"></div>
<button type="submit" name="add-to-cart" value="233" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">PPS-LC-014</span></span> <span class="posted_in">Category:
<a href="/product-category/linocuts/" rel="tag">Linocuts</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">${wTabsHtml}</ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description"><h2>${wDescH}</h2>${ps(wDesc)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
aria-labelledby="tab-title-additional_information"><h2>${wInfoH}</h2><table class="woocommerce-product-attributes shop_attributes">
${wAttrs
  .map(
    ([k, v]) => `<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">${k}</th>
<td class="woocommerce-product-attributes-item__value"><p>${v}</p></td></tr>`,
  )
  .join('\n')}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"
aria-labelledby="tab-title-reviews">
<div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">Reviews</h2><p class="woocommerce-noreviews">There are no
reviews yet.</p></div><div id="review_form_wrapper"><div id="review_form"><div id="respond" class="comment-respond"><span id="reply-title"
class="comment-reply-title">Be the first to review &ldquo;${wTitle}&rdquo;</span><form action="/wp-comments-post.php" method="post" id="commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required
fields are marked <span class="required">*</span></span></p>
${wFormHtml}
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Submit"></p></form></div></div></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRelHtml}
</ul></section></div></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="text-2" class="widget widget_text"><span class="gamma widget-title">About the
studio</span>
<div class="textwidget"><p>Pellow Print Studio is a two-press workshop on the quay at Porthlew, run by printmakers Elin Roscarrow and Tam
Jory.</p></div></div></div>
</div></div><footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Pellow Print Studio 2027<br>
<a class="privacy-policy-link" href="/privacy-policy/" rel="privacy-policy">Privacy Policy</a><span role="separator" aria-hidden="true"></span>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with
WooCommerce</a>.
</div></div></footer><div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span
class="count">0</span></a></li></ul></div></div>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=8.7.0" id="wc-single-product-js" defer></script></body></html>`;
const woo: TestPage = {
  name: 'heldout592-woocommerce-linocut-product',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wDescH, wInfoH],
  body: texts([wPrice, ...wShort, ...wDesc, ...wAttrs.map(([, v]) => v)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Pellow Print Studio', 'Original prints from a Cornish harbour town', 'Search for:', 'Search', 'Menu',
    ...wNav, '£0.00', '0 items', 'Home', `${wTitle} quantity`, '3 in stock', 'Add to basket', 'SKU: PPS-LC-014', 'Category: Linocuts', 'Reviews (0)',
    'Reviews', 'There are no reviews yet.', `Be the first to review “${wTitle}”`, 'Your email address will not be published.',
    'Required fields are marked *', ...wForm.map((t, i) => (i < 4 ? `${t} *` : t)), 'Related products', ...wRel.flat(),
    'About the studio', 'Pellow Print Studio is a two-press workshop on the quay at Porthlew, run by printmakers Elin Roscarrow and Tam Jory.',
    '© Pellow Print Studio 2027', 'Privacy Policy', 'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

const vTitle = 'Visit the Studio';
const vLeft = [
  j(
    'The studio and showroom are open to visitors on Fridays and Saturdays from 10am to 4pm, and at other times by arrangement.',
    'You are welcome to watch throwing and glazing, though during a firing the kiln room is closed.',
  ),
  'Harl Ceramics, Unit 2, Brenning Farm Yard, Lower Ashcott, TA9 4PL.',
];
const vRight = [
  j(
    'Everything in the showroom is for sale, and seconds are sold at half price on the shelf by the door. We take cards and cash.',
    'Large pieces can be packed and posted anywhere in the UK.',
  ),
  'Parking is in the farm yard. The studio is up three steps; please ring ahead if you need the ramp.',
];
const vNav = ['Home', 'Shop', 'Visit', 'Classes', 'Contact'];
const vCol = (ps2: readonly string[]): string =>
  `<td class="wsite-multicol-col" style="width:50%; padding:0 15px;"><div class="paragraph">${ps2.join('<br><br>')}</div></td>`;
const vHtml = `<!DOCTYPE html><html lang="en"><head><title>Visit the Studio - HARL CERAMICS</title><meta property="og:site_name" content="HARL CERAMICS">
<meta property="og:title" content="Visit the Studio"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712345678">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712345678" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.com/'; var ASSETS_BASE = '//cdn2.editmysite.com/';</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/jquery-1.8.3.min.js"></script></head>
<body class="no-header-page wsite-page-visit-the-studio wsite-theme-light"><div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><div
class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">HARL CERAMICS</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${vNav
  .map(
    (t, i) => `<li id="${t === 'Visit' ? 'active' : `pg${i}`}" class="wsite-menu-item-wrap">
<a href="/${t.toLowerCase()}.html" class="wsite-menu-item">${t}</a></li>`,
  )
  .join('')}</ul></div>
<label class="hamburger"><span></span></label></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<h2 class="wsite-content-title">${vTitle}</h2>
<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody
class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr">${vCol(vLeft)}${vCol(vRight)}</tr></tbody></table></div></div></div>
<div class="wsite-map"><iframe allowtransparency="true" frameborder="0" scrolling="no" style="width:100%; height:250px;margin-top:10px; margin-bottom:10px;"
src="//www.weebly.com/weebly/apps/generateMap.php?map=google&amp;elementid=1183&amp;ineditor=0&amp;control=3&amp;width=auto&amp;height=250px"></iframe></div>
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">
© 2027 Harl Ceramics · <a href="/contact.html">Get in touch</a></div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container-v3__content">
<a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" class="weebly-footer-signup-container-v3__link" target="_blank">
<span class="weebly-footer-signup-container-v3__text">Create your own unique website with customizable templates.</span>
<span class="weebly-footer-signup-container-v3__button">Get Started</span></a></div></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1712345678"></script></body></html>`;
const weebly: TestPage = {
  name: 'heldout592-weebly-ceramic-studio-visit',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([...vLeft, ...vRight]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HARL CERAMICS', ...vNav, '© 2027 Harl Ceramics · Get in touch', 'Create your own unique website with customizable templates.', 'Get Started',
  ],
};

export const HELDOUT592_F: readonly TestPage[] = [woo, weebly];
