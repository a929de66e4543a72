import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, specRows, specText } from './pages-heldout461-kit.js';

/** Held-out batch 461, file f: a watch brand's history page built with Wix, and a pre-owned watch dealer's product page on WooCommerce (Storefront). */
const wTitle = 'Our history';
const wEras: [string, string][] = [
  [
    '1911 – A workshop above the bakery',
    j(
      "Konrad Vossberg opened a repair workshop above his brother's bakery in Talheim in 1911. By 1920 he had four apprentices",
      'and a contract to assemble pocket watches for two jewellers in the valley.',
    ),
  ],
  [
    '1938 – The first Vossberg wristwatch',
    j(
      'The Vossberg Kaliber 12 was finished in the spring of 1938: a small manual movement with a large balance, cased in steel and',
      'sold only in Talheim. Eleven are known today. The town museum holds one, still running.',
    ),
  ],
  [
    '1964 – Rally and the chronograph years',
    j(
      "Konrad's grandson Erich, a keen rally driver, pushed the firm into chronographs. The Vossberg Rallye of 1964, with its",
      'tachymeter bezel and panda dial, became the watch most people outside Talheim associate with the name.',
    ),
  ],
  [
    'Today',
    j(
      'We are still a family workshop, still in Talheim, and we still service every Vossberg ever made, from the 1938 Kaliber 12',
      "to last year's Rallye 60. Twelve watchmakers work here, and four of them began as apprentices in our own workshop.",
    ),
  ],
];
const wNav = ['Home', 'Collection', 'Our history', 'Service', 'Stockists', 'Contact'];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="KaEeLN comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Our history | Vossberg Uhren</title><meta name="description" content="Since 1911 in Talheim: the story of Vossberg watches.">
<meta property="og:title" content="Our history | Vossberg Uhren">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent"],"site":{"metaSiteId":"9a1e","siteId":"f3b2",
"externalBaseUrl":"https://www.vossberg-uhren.example"}}</script>
<style>.KaEeLN{word-wrap:break-word;text-align:start}.font_0{font:normal normal normal 56px/1.2em futura-lt-w01-book,sans-serif}</style>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Organization","name":"Vossberg Uhren","foundingDate":"1911"}</script></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut"><div class="u4cNtA">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${rt('kx1ad8', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">VOSSBERG</span></p>')}
<nav id="comp-kx1ad9" aria-label="Site" class="comp-kx1ad9 wixui-horizontal-menu">
<ul class="itemDepth02233374943__menu" style="--menuItemsCount:6">${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__item wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.vossberg-uhren.example/${t.toLowerCase().replace(/ /g, '-')}" class="itemDepth02233374943__root">
<div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a>
</li>`,
  )
  .join('\n')}</ul></nav>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div id="Containerc1dmp" class="SPY_vo">
<section id="comp-lq1" tabindex="-1" class="Oqnisf comp-lq1 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq1inlineContent" data-testid="inline-content">
<div data-mesh-id="comp-lq1inlineContent-gridContainer" data-testid="mesh-container-content">
${rt('lq2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lq3', '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Four generations, one town, one workshop.</span></p>')}
<div id="comp-lq4" class="MazNVa comp-lq4 wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wix-image id="img_comp-lq4" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq4","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/9a1e_workshop1911.jpg/v1/fill/w_980,h_520,al_c,q_85/workshop.jpg" alt="The Vossberg workshop in 1911"
style="width:980px;height:520px;object-fit:cover"></wix-image></div></div>
${rt('lq5', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">The workshop on Marktgasse, around 1912.</span></p>')}
</div></div></section>
${wEras
  .map(
    ([h, p], i) => `<section id="comp-lr${i}" tabindex="-1" class="Oqnisf comp-lr${i} wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lr${i}inlineContent" data-testid="inline-content">
<div data-mesh-id="comp-lr${i}inlineContent-gridContainer" data-testid="mesh-container-content">
${rt(`lr${i}a`, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${rt(`lr${i}b`, `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`)}</div></div></section>`,
  )
  .join('\n')}
<section id="comp-ls1" tabindex="-1" class="Oqnisf comp-ls1 wixui-section"><div data-testid="inline-content"><div data-testid="mesh-container-content">
<div class="comp-ls2 R6ex7N wixui-button" id="comp-ls2" aria-disabled="false">
<a data-testid="linkElement" href="https://www.vossberg-uhren.example/collection" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Discover the collection</span></a></div></div></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="u4cNtA"><div data-testid="inline-content">
<div data-testid="mesh-container-content">
${rt(
  'kx1ae1',
  '<p class="font_9 wixui-rich-text__text">Vossberg Uhren · Marktgasse 7 · Talheim</p>'.concat(
    '<p class="font_9 wixui-rich-text__text">info@vossberg-uhren.example</p>',
  ),
)}
${rt(
  'kx1ae2',
  '<p class="font_9 wixui-rich-text__text">© 2027 by Vossberg Uhren. Proudly created with '.concat(
    '<a href="https://www.wix.com" target="_blank">Wix.com</a></p>',
  ),
)}
</div></div></div></div></footer></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="ccsu-banner-text" data-hook="ccsu-banner-text">
<p>This website uses cookies. By using the website you agree to the use of cookies.</p></div>
<div class="ccsu-banner-buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a1b2c3.bundle.min.js" async></script></body></html>`;
const wixHistory: TestPage = {
  name: 'heldout461-wix-watch-brand-history',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wEras.map(([h]) => h),
  body: ['Four generations, one town, one workshop.', ...texts(wEras.map(([, p]) => p))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'VOSSBERG',
    ...wNav.filter((t) => t !== 'Our history' && t !== 'Service'), 'The workshop on Marktgasse, around 1912.',
    'Discover the collection', 'Vossberg Uhren · Marktgasse 7 · Talheim', 'info@vossberg-uhren.example',
    '© 2027 by Vossberg Uhren. Proudly created with Wix.com',
    'This website uses cookies. By using the website you agree to the use of cookies.', 'Settings', 'Accept',
  ],
};

const cTitle = 'Tovar Navigator ref. 71-4, 1972';
const cShort = 'Full set from the first owner: box, papers and the original receipt. Serviced in our workshop in 2027.';
const cDesc = [
  j(
    'A clean, honest Navigator with the late "wide T" dial and an unpolished case. The bezel insert has faded evenly to a soft',
    'grey. The movement was serviced in March 2027 and runs at +5 seconds a day.',
  ),
  'Comes with a 12-month warranty on the movement and our own strap in dark brown calf.',
];
const cInfo: [string, string][] = [
  ['Case size', '37 mm'],
  ['Year', '1972'],
  ['Condition', 'Very good'],
];
const cNav = ['Shop', 'Sell your watch', 'Servicing', 'About', 'Contact'];
const cCats = ['Pocket watches (6)', 'Straps (22)', 'Watches (41)'];
const wooTr = ' class="woocommerce-product-attributes-item"';
const cHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle} &#8211; Kettle Lane Watches</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='https://kettlelane.example/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://kettlelane.example/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.0' media='all'>
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org\\/","@type":"Product","name":"${cTitle}","sku":"KL-0419","offers":[{"@type":"Offer",
"price":"2450.00","priceCurrency":"EUR","availability":"http:\\/\\/schema.org\\/InStock"}]}</script></head>
<body class="product-template-default single single-product postid-901 wp-custom-logo wp-embed-responsive theme-storefront woocommerce woocommerce-page
woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner" style=""><div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><div class="beta site-title"><a href="https://kettlelane.example/" rel="home">Kettle Lane Watches</a></div>
<p class="site-description">Pre-owned and vintage watches since 1998</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search">
<form role="search" method="get" class="woocommerce-product-search" action="https://kettlelane.example/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(cNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class="">
<a class="cart-contents" href="https://kettlelane.example/cart/" title="View your shopping cart"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&euro;</span>0,00</bdi></span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
<a href="https://kettlelane.example">Home</a><span class="breadcrumb-separator"> / </span>
<a href="https://kettlelane.example/product-category/watches/">Watches</a><span class="breadcrumb-separator"> / </span>${cTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<div id="product-901" class="product type-product post-901 status-publish first instock product_cat-watches has-post-thumbnail sold-individually
shipping-taxable purchasable product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4"
style="opacity: 0; transition: opacity .25s ease-in-out;"><div class="woocommerce-product-gallery__wrapper">
<div data-thumb="https://kettlelane.example/wp-content/uploads/2027/04/navigator-100x100.jpg" class="woocommerce-product-gallery__image">
<a href="https://kettlelane.example/wp-content/uploads/2027/04/navigator.jpg">
<img width="416" height="416" src="https://kettlelane.example/wp-content/uploads/2027/04/navigator-416x416.jpg" class="wp-post-image" alt=""
title="navigator"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${cTitle}</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&euro;</span>2.450,00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${cShort}</p></div><p class="stock in-stock">1 in stock</p>
<form class="cart" action="https://kettlelane.example/shop/tovar-navigator-71-4/" method="post" enctype='multipart/form-data'><div class="quantity">
<label class="screen-reader-text" for="quantity_66a1">${cTitle} quantity</label>
<input type="hidden" id="quantity_66a1" class="input-text qty text" name="quantity" value="1"></div>
<button type="submit" name="add-to-cart" value="901" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">KL-0419</span>
</span> <span class="posted_in">Category: <a href="https://kettlelane.example/product-category/watches/" rel="tag">Watches</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab" id="tab-title-description" role="tab" aria-controls="tab-description"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab" aria-controls="tab-additional_information">
<a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (0)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description"><h2>Description</h2>
${ps(cDesc)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
aria-labelledby="tab-title-additional_information"><h2>Additional information</h2>
<table class="woocommerce-product-attributes shop_attributes" aria-label="Product Details">
${specRows(cInfo, ' class="woocommerce-product-attributes-item__label"', ' class="woocommerce-product-attributes-item__value"', wooTr)}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"
aria-labelledby="tab-title-reviews"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">Reviews</h2>
<p class="woocommerce-noreviews">There are no reviews yet.</p></div><div id="review_form_wrapper"><div id="review_form">
<div id="respond" class="comment-respond"><span id="reply-title" class="comment-reply-title">Be the first to review &ldquo;${cTitle}&rdquo;</span>
<p class="must-log-in">You must be <a href="https://kettlelane.example/my-account/">logged in</a> to post a review.</p></div></div></div><div class="clear">
</div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
<li class="product type-product post-877 status-publish first instock product_cat-watches">
<a href="https://kettlelane.example/shop/brannholt-2210/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<img width="324" height="324" src="https://kettlelane.example/wp-content/uploads/2027/03/2210-324x324.jpg"
class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="">
<h2 class="woocommerce-loop-product__title">Brannholt 2210, 1963</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&euro;</span>6.900,00</bdi></span></span></a>
<a href="?add-to-cart=877" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="877"
rel="nofollow">Add to basket</a></li></ul></section></div>
</main></div><div id="secondary" class="widget-area" role="complementary">
<div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="gamma widget-title">Product categories</span>
<ul class="product-categories">${links(cCats, 'cat-item')}</ul></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Kettle Lane Watches 2027<br>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress"
rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer></div>
<script type="text/javascript">(function(){var c=document.body.className;c=c.replace(/woocommerce-no-js/,'woocommerce-js');document.body.className=c;})();
</script>
<script src="https://kettlelane.example/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=9.1.4" id="wc-single-product-js"
defer data-wp-strategy="defer"></script></body></html>`;
const wooProduct: TestPage = {
  name: 'heldout461-woocommerce-watch-product',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Description', 'Additional information'],
  body: [cShort, ...texts(cDesc), ...specText(cInfo)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Kettle Lane Watches', 'Pre-owned and vintage watches since 1998', 'Search for:', 'Search', 'Menu',
    ...cNav, '€0,00',
    '0 items', 'Home', 'Watches', '€2.450,00', '1 in stock', `${cTitle} quantity`, 'Add to basket', 'SKU: KL-0419', 'Category:', 'Reviews (0)', 'Reviews',
    'There are no reviews yet.',
    `Be the first to review “${cTitle}”`, 'You must be logged in to post a review.', 'Related products', 'Brannholt 2210, 1963', '€6.900,00',
    'Product categories',
    ...cCats, '© Kettle Lane Watches 2027', 'Built with WooCommerce.',
  ],
};

export const HELDOUT461_F: readonly TestPage[] = [wixHistory, wooProduct];
