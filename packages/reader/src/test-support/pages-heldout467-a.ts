import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file a: a free stock photo detail page on a Next.js photo site (hashed CSS-module classes,
 * __NEXT_DATA__), and a paid stock photo sold as a WooCommerce product on WordPress (Storefront theme).
 */
const uTitle = 'Fishing huts on the frozen Lake Orvak at dawn';
const uBody = [
  j(
    'Twelve ice-fishing huts stand in a loose line across Lake Orvak, about two kilometres from the village of Brenna. I walked out',
    'before sunrise at minus nineteen degrees and waited for the first light to touch the stovepipes.',
  ),
  j(
    'The huts are dragged onto the ice each January once it is thicker than thirty centimetres and taken off again in March.',
    'Each family paints its own, which is why no two doors are the same colour.',
  ),
];
const uNav = ['Explore', 'Advertise', 'Lumora+', 'Blog'];
const uTags = ['Winter', 'Ice fishing', 'Frozen lake', 'Dawn', 'Huts', 'Snow'];
const uRel = ['Brenna harbour under fresh snow', 'Stovepipe smoke against a pink sky', 'Ice road markers at dusk', 'Red hut door, close up'];
const uColl = ['Cold Light', 'Northern Villages', 'Quiet Mornings'];
const uFoot = ['About', 'Careers', 'Help Center', 'License', 'Terms', 'Privacy Policy', 'Press', 'Developers/API'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Fishing huts on the frozen Lake Orvak at dawn photo – Free Winter Image on Lumora</title>
<meta name="description" content="Download this free HD photo of winter, ice fishing and frozen lake by Tove Ranheim"/>
<meta property="og:image" content="https://images.lumora.photo/photo-1740212-8c1e?w=1200"/><meta name="twitter:card" content="summary_large_image"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageObject","name":"${uTitle}","creator":{"@type":"Person","name":"Tove Ranheim"},
"license":"https://lumora.photo/license","acquireLicensePage":"https://lumora.photo/license"}</script>
<link rel="preload" href="/_next/static/css/9a1c3e2f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/9a1c3e2f.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5f1c.js" defer=""></script><script src="/_next/static/chunks/pages/photos/%5Bslug%5D-0b2e.js" defer="">
</script></head>
<body><div id="__next"><a class="SkipLink_root__Q2x1k" href="#main">Skip to content</a>
<div class="CookieNotice_wrap__f3Kp1" role="dialog" aria-live="polite"><p class="CookieNotice_text__a8Lm2">We use cookies to personalise content and
to analyse our traffic.</p><button class="Button_primary__xY7aQ" type="button">Accept all</button><button class="Button_secondary__p0Lq8"
type="button">Manage preferences</button></div>
<header class="Header_root__rK2mT"><nav class="Header_nav__d8Wq3"><a href="/" class="Header_logo__u1Zs9" aria-label="Lumora Home"><svg width="32"
height="32" aria-hidden="true"><path d="M10 9V0h12v9H10zm12 5h10v18H0V14h10v9h12v-9z"></path></svg></a>
<form class="SearchForm_form__hQ3zT" role="search" action="/s/photos"><input type="search" name="searchKeyword"
placeholder="Search high-resolution images" class="SearchForm_input__Yx0cM" aria-label="Search Lumora"/></form>
<ul class="Header_links__nP5xe">${links(uNav, 'Header_item__kF1p2')}</ul><a class="Header_login__t2Q0z" href="/login">Log in</a>
<a class="Button_secondary__p0Lq8" href="/submit">Submit a photo</a></nav></header>
<main id="main"><div class="PhotoPage_root__w3Yb8"><div class="PhotoHeader_root__mZ4rA"><div class="UserBadge_root__c2Lk7">
<img src="https://images.lumora.photo/profile-1637-2b?w=32" alt="Go to Tove Ranheim's profile" class="UserBadge_avatar__oP4s1"/>
<div><a href="/@toveranheim" class="UserBadge_name__i9Ze3">Tove Ranheim</a><a href="/@toveranheim/hire" class="UserBadge_hire__s7Rv0">Available
for hire</a></div></div><div class="PhotoHeader_actions__j3Nq6"><button type="button" title="Like this image" class="IconButton_root__e8Mw1">
<svg width="24" height="24" aria-hidden="true"><path d="M21.4 5.6A5.4 5.4 0 0 0 12 6"></path></svg></button>
<button type="button" class="IconButton_root__e8Mw1">Add to collection</button><div class="DownloadButton_root__v4Gm9">
<a href="/photos/fishing-huts-lake-orvak/download?force=true" class="Button_primary__xY7aQ">Download free</a>
<button type="button" aria-haspopup="menu" aria-label="Choose your download size" class="DownloadButton_chevron__b5Xe2"></button></div></div></div>
<figure class="PhotoZoom_root__n6Tq4"><img src="https://images.lumora.photo/photo-1740212-8c1e?w=2000"
srcSet="https://images.lumora.photo/photo-1740212-8c1e?w=640
640w, https://images.lumora.photo/photo-1740212-8c1e?w=1080 1080w" alt="${uTitle}" class="PhotoZoom_img__gA1x7"/></figure>
<div class="PhotoMeta_root__q8Kd2"><dl class="PhotoMeta_stats__h2Zr5"><div><dt>Views</dt><dd>48,213</dd></div><div><dt>Downloads</dt>
<dd>1,907</dd></div><div><dt>Featured in</dt><dd><a href="/t/nature">Nature</a></dd></div></dl>
<div class="PhotoMeta_share__l1Vo4"><button type="button" class="Button_secondary__p0Lq8">Share</button><button type="button"
class="Button_secondary__p0Lq8">Info</button><button type="button" aria-label="More actions" class="IconButton_root__e8Mw1">…</button></div></div>
<div class="PhotoDescription_root__z5Ty3"><h1 class="PhotoDescription_title__yT7bd">${uTitle}</h1>
${ps(uBody, ' class="PhotoDescription_text__a3Np0"')}
<ul class="PhotoDescription_facts__k9Lm1"><li><span>Brenna, Lake Orvak</span></li><li><time dateTime="2026-02-11T06:40:00Z">Published on
February 11, 2026</time></li><li><span>Kestrel X9</span></li><li><span>Free to use under the Lumora License</span></li></ul></div>
<div class="Tags_root__m4Vc0"><ul>${links(uTags, 'Tags_tag__o2Jb6')}</ul></div>
<section class="RelatedCollections_root__g6Hs4"><h2 class="RelatedCollections_title__c0Xe8">Related collections</h2>
<ul>${links(uColl, 'CollectionCard_root__r8Pz1')}</ul></section>
<section class="RelatedPhotos_root__d1Wq7"><h2 class="RelatedPhotos_title__b3Tn4">More like this</h2><div class="MasonryGrid_root__x7Fa2">
${uRel
  .map(
    (t, i) => `<figure itemProp="image"><a href="/photos/r${i}" title="${t}"><img src="https://images.lumora.photo/r${i}?w=400" alt="${t}"/></a>
</figure>`,
  )
  .join('\n')}
</div></section></div></main>
<footer class="Footer_root__s9Kc3"><div class="Footer_brand__f0Xw2"><p>Make something awesome</p></div><ul class="Footer_links__w5Dq1">${links(uFoot)}
</ul><p class="Footer_copy__n8Ha6">© 2026 Lumora Photo Ltd.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"photo":{"id":"8c1e","slug":"fishing-huts-lake-orvak","likes":612,
"user":{"username":"toveranheim","name":"Tove Ranheim"}}}},"page":"/photos/[slug]","query":{"slug":"fishing-huts-lake-orvak"},"buildId":"Kp0xQ2"}</script>
</body></html>`;
const lumora: TestPage = {
  name: 'heldout467-nextjs-stock-photo',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uBody),
  bylines: ['Tove Ranheim', 'Published on February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We use cookies to personalise content and to analyse our traffic.', 'Accept all', 'Manage preferences', ...uNav, 'Log in',
    'Submit a photo', 'Available for hire', 'Add to collection', 'Download free', 'Views', '48,213', 'Downloads', '1,907', 'Featured in', 'Nature',
    'Share', 'Info', '…', 'Brenna, Lake Orvak', 'Kestrel X9', 'Free to use under the Lumora License', 'Winter', 'Snow', 'Related collections', ...uColl,
    'More like this', 'Make something awesome', ...uFoot.slice(1), '© 2026 Lumora Photo Ltd.',
  ],
};

const wTitle = 'Rope workshop, Saltvik boatyard';
const wShort = 'A rigger splicing mooring lines in the loft of a working boatyard, lit by a single north window.';
const wDesc = [
  j(
    'This photograph was made in the rope loft of the Saltvik boatyard, where three riggers still make mooring lines and rope fenders',
    'by hand. The loft runs the full length of the shed above the slipway, and the only daylight comes from one tall window at the',
    "north end, which gives the soft, even light you see on the rigger's hands.",
  ),
  j(
    'The frame works well for editorial use on craft, maritime heritage or small manufacturing, and there is room in the upper',
    'left for a headline. The rigger has signed a model release and the boatyard has signed a property release; both are held on file',
    'and can be sent on request.',
  ),
  j(
    'Files are delivered as full-resolution JPEGs in Adobe RGB, with a second copy converted to sRGB for web use. The Extended',
    'licence adds print runs above 250,000 copies and use on products for resale.',
  ),
];
const wNav = ['Browse', 'Collections', 'Licences', 'Photographers', 'Contact'];
const wRelated = ['Net mender on the quay', 'Boatyard slipway in fog', 'Caulking a clinker hull'];
const wFoot = ['Licence agreement', 'Model releases', 'Refund policy', 'Privacy policy'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Halden Image Bank</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='https://haldenimages.co.uk/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='woocommerce-general-css' href='https://haldenimages.co.uk/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.1.2'
media='all'>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","sku":"HIB-20417",
"offers":[{"@type":"Offer","price":"45.00","priceCurrency":"GBP"}]}</script>
<style id='storefront-woocommerce-style-inline-css'>a.cart-contents,.site-header-cart .widget_shopping_cart a{color:#333333;}</style></head>
<body class="product-template-default single single-product postid-20417 woocommerce woocommerce-page storefront-full-width-content right-sidebar">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full"><div class="site-branding"><p class="site-title">
<a href="https://haldenimages.co.uk/" rel="home">Halden Image Bank</a></p><p class="site-description">Working lives, photographed slowly</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://haldenimages.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" name="s">
<button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation"><button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://haldenimages.co.uk/basket/"
title="View your shopping basket"><span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div>
</header>
<div class="storefront-breadcrumb"><div class="col-full">
<nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="https://haldenimages.co.uk">Home</a>
<span class="breadcrumb-separator"> / </span><a href="https://haldenimages.co.uk/category/crafts/">Crafts and trades</a>
<span class="breadcrumb-separator"> / </span>${wTitle}
</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main"><div class="woocommerce-notices-wrapper"></div>
<div id="product-20417" class="product type-product post-20417 status-publish first instock product_cat-crafts has-post-thumbnail downloadable virtual
purchasable product-type-variable"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="https://haldenimages.co.uk/wp-content/uploads/2026/01/HIB-20417-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="https://haldenimages.co.uk/wp-content/uploads/2026/01/HIB-20417-preview.jpg"><img width="600" height="400"
src="https://haldenimages.co.uk/wp-content/uploads/2026/01/HIB-20417-600x400.jpg" class="wp-post-image" alt="Rigger splicing rope in a boatyard loft"
title="HIB-20417-preview"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>45.00</bdi></span> – <span
class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>320.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div>
<form class="variations_form cart" method="post" enctype='multipart/form-data' data-product_id="20417"><table class="variations" cellspacing="0"
role="presentation"><tbody><tr><th class="label"><label for="pa_licence">Licence</label></th><td class="value"><select id="pa_licence"
name="attribute_pa_licence"><option value="">Choose an option</option><option value="standard">Standard</option><option value="extended">Extended</option>
</select><a class="reset_variations" href="#">Clear</a></td></tr></tbody></table><div class="single_variation_wrap">
<div class="woocommerce-variation-add-to-cart
variations_button"><button type="submit" class="single_add_to_cart_button button alt">Add to basket</button></div></div></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">HIB-20417</span></span><span class="posted_in">Category: <a
href="https://haldenimages.co.uk/category/crafts/" rel="tag">Crafts and trades</a></span><span class="tagged_as">Tags: <a href="/tag/boatyard/"
rel="tag">boatyard</a>, <a href="/tag/rope/" rel="tag">rope</a>, <a href="/tag/hands/" rel="tag">hands</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active" id="tab-title-description"
role="tab"><a href="#tab-description">Description</a></li><li class="additional_information_tab" id="tab-title-additional_information" role="tab">
<a href="#tab-additional_information">Additional information</a></li><li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews
(0)</a></li></ul><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
${ps(wDesc)}
</div><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"
role="tabpanel" style="display:none;"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes"><tr><th>Licence</th>
<td><p>Standard, Extended</p></td></tr><tr><th>Pixel size</th><td><p>8256 × 5504</p></td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display:none;">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">Reviews</h2><p class="woocommerce-noreviews">There are no reviews yet.</p>
</div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRelated
  .map(
    (t) => `<li class="product type-product"><a href="/product/${t.toLowerCase().replace(/ /g, '-')}/" class="woocommerce-LoopProduct-link">
<h2 class="woocommerce-loop-product__title">${t}</h2><span class="price">From £45.00</span></a><a href="#" class="button">Select options</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-1 fix">
<div class="block footer-widget-1">
<div class="widget widget_nav_menu"><ul class="menu">${links(wFoot, 'menu-item')}</ul></div></div></div>
<div class="site-info">© Halden Image Bank 2026<br><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for
WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer></div>
<script src='https://haldenimages.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart-variation.min.js?ver=9.1.2'
id='wc-add-to-cart-variation-js'
defer data-wp-strategy='defer'></script></body></html>`;
const halden: TestPage = {
  name: 'heldout467-woocommerce-stock-photo',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: [wShort, ...texts(wDesc)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Halden Image Bank', 'Working lives, photographed slowly', 'Search', 'Menu', ...wNav,
    '£0.00', '0 items', 'Home', 'Crafts and trades', '£45.00 – £320.00', 'Choose an option', 'Standard', 'Clear', 'Add to basket',
    'SKU: HIB-20417', 'Category: Crafts and trades', 'Tags: boatyard, rope, hands', 'Description', 'Additional information', 'Reviews (0)', 'Related products',
    ...wRelated, 'From £45.00', 'Select options', ...wFoot, '© Halden Image Bank 2026', 'Built with WooCommerce.',
  ],
};

export const HELDOUT467_A: readonly TestPage[] = [lumora, halden];
