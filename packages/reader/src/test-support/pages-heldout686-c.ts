import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file c: a butcher's steak product page on WooCommerce (Storefront theme) whose inactive tab panels are
 * saved with `display: none`, and a fishmonger's journal post (a how-to guide) on Webflow.
 */
const wTitle = 'Feather Blade Steaks (2 x 225g)';
const wShort = 'Two thick feather blade steaks from grass-fed Ashdown Red cattle, dry-aged for 21 days.';
const wDesc = [
  j(
    'Feather blade comes from the shoulder and has a thin seam of gristle running through the middle. Cut across the grain,',
    'as we do here, it eats like a much dearer steak: tender, well marbled and full of flavour.',
  ),
  j(
    'Cook it hot and fast to medium-rare, two to three minutes a side in a smoking pan, and rest it for five minutes. Or braise',
    'it whole, low and slow, for three hours and pull it apart with a fork.',
  ),
  'Supplied vacuum packed. Keeps for six days in the fridge and can be frozen on the day of delivery.',
];
const wNav = ['Beef', 'Lamb', 'Pork', 'Poultry', 'Boxes', 'Christmas'];
const wRel = ['Bavette Steak (300g)', '£8.75', 'Ox Cheeks (1kg)', '£12.00', 'Beef Short Ribs (1.2kg)', '£17.50'];
const wFoot = ['Delivery information', 'Terms & conditions', 'Privacy policy', 'Contact us'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Ashdown Butchers</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='https://ashdownbutchers.co.uk/wp-content/themes/storefront/style.css?ver=4.5.4' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://ashdownbutchers.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.5.4'
media='all'><script type="application/ld+json">{"@context":"https:\\/\\/schema.org\\/","@type":"Product","name":"Feather Blade Steaks (2 x 225g)",
"sku":"BF-FB-2","offers":[{"@type":"Offer","price":"9.50","priceCurrency":"GBP"}]}</script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View basket"};</script></head>
<body class="product-template-default single single-product postid-55 wp-embed-responsive theme-storefront woocommerce woocommerce-page
storefront-full-width-content
right-sidebar woocommerce-active"><div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding"><p class="site-title">
<a href="https://ashdownbutchers.co.uk/" rel="home">Ashdown Butchers</a></p><p class="site-description">Grass-fed meat from the Ashdown hills</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://ashdownbutchers.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary
Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy menu-item-object-product_cat')}</ul></div>
</nav><ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://ashdownbutchers.co.uk/basket/"
title="View your shopping basket"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</bdi>
</span>
<span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a
href="https://ashdownbutchers.co.uk">Home</a>
<span class="breadcrumb-separator"> / </span><a href="https://ashdownbutchers.co.uk/product-category/beef/">Beef</a><span class="breadcrumb-separator"> /
</span>${wTitle}
</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main"><div class="woocommerce-notices-wrapper"></div><div id="product-55" class="product type-product post-55
status-publish
first instock product_cat-beef has-post-thumbnail shipping-taxable purchasable product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="https://ashdownbutchers.co.uk/wp-content/uploads/2026/03/feather-blade-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="https://ashdownbutchers.co.uk/wp-content/uploads/2026/03/feather-blade.jpg"><img width="600" height="600"
src="https://ashdownbutchers.co.uk/wp-content/uploads/2026/03/feather-blade-600x600.jpg" class="wp-post-image" alt="Two raw feather blade steaks"></a></div>
</div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>9.50</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div><p class="stock in-stock">14 in stock</p>
<form class="cart" action="https://ashdownbutchers.co.uk/product/feather-blade-steaks/" method="post" enctype='multipart/form-data'><div class="quantity">
<label class="screen-reader-text" for="quantity_6612">${wTitle} quantity</label><input type="number" id="quantity_6612" class="input-text qty text"
name="quantity"
value="1" aria-label="Product quantity" min="1" max="14" step="1"></div><button type="submit" name="add-to-cart" value="55"
class="single_add_to_cart_button button alt">Add to basket</button></form><div class="product_meta"><span class="sku_wrapper">SKU: <span
class="sku">BF-FB-2</span>
</span><span class="posted_in">Category: <a href="https://ashdownbutchers.co.uk/product-category/beef/" rel="tag">Beef</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active" id="tab-title-description" role="tab"
aria-controls="tab-description"><a href="#tab-description">Description</a></li><li class="additional_information_tab" id="tab-title-additional_information"
role="tab" aria-controls="tab-additional_information"><a href="#tab-additional_information">Additional information</a></li><li class="reviews_tab"
id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description"><h2>Description</h2>
${ps(wDesc)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
aria-labelledby="tab-title-additional_information" style="display: none;"><h2>Additional information</h2><table class="woocommerce-product-attributes
shop_attributes">
<tr class="woocommerce-product-attributes-item woocommerce-product-attributes-item--weight"><th class="woocommerce-product-attributes-item__label">Weight</th>
<td class="woocommerce-product-attributes-item__value">0.45 kg</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"
aria-labelledby="tab-title-reviews"
style="display: none;"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">2 reviews for
<span>${wTitle}</span></h2>
<ol class="commentlist"><li class="review"><div class="comment-text"><p class="meta"><strong class="woocommerce-review__author">Gareth P.</strong></p>
<div class="description"><p>Best value steak we have had. Ordering again.</p></div></div></li></ol></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${[0, 2, 4]
  .map(
    (i) => `<li class="product type-product status-publish product_cat-beef"><a href="https://ashdownbutchers.co.uk/product/${i}/"
class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="324" height="324"
src="https://ashdownbutchers.co.uk/wp-content/uploads/r${i}.jpg" alt="">
<h2 class="woocommerce-loop-product__title">${wRel[i]}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>${wRel[(i) + 1]}</bdi>
</span></span>
</a><a href="?add-to-cart=${i}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix"><div class="block
footer-widget-1">
<div id="nav_menu-2" class="widget widget_nav_menu"><span class="gamma widget-title">Customer service</span><div class="menu-footer-container"><ul
id="menu-footer" class="menu">
${links(wFoot, 'menu-item')}</ul></div></div></div><div class="block footer-widget-2"><div id="text-3" class="widget widget_text"><span class="gamma
widget-title">Find us</span>
<div class="textwidget"><p>Ashdown Butchers, 2 Market Row, Fellbridge</p><p>Open Tuesday to Saturday</p></div></div></div></div>
<div class="site-info">&copy; Ashdown Butchers 2026<br><a class="site-info-link" href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best
eCommerce
Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="https://ashdownbutchers.co.uk/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="https://ashdownbutchers.co.uk/basket/">Cart
<span class="count">0</span></a></li></ul></div></div>
<script src="https://ashdownbutchers.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=8.7.0" id="wc-single-product-js" defer>
</script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout686-woo-storefront-feather-blade',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Description'],
  body: texts([wShort, ...wDesc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Ashdown Butchers', 'Grass-fed meat from the Ashdown hills', 'Search', 'Menu', ...wNav,
    '£0.00', '0 items', 'Home', '£9.50', '14 in stock', 'Add to basket', 'SKU: BF-FB-2', 'Category: Beef', 'Additional information', 'Reviews (2)',
    'Related products', ...wRel, 'Customer service', ...wFoot, 'Find us', 'Ashdown Butchers, 2 Market Row, Fellbridge', 'Open Tuesday to Saturday',
    '© Ashdown Butchers 2026', 'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

const fTitle = 'How to clean, cook and eat mussels';
const fDek = 'Mussels are cheap, quick and hard to get wrong. Here is everything we tell customers at the counter.';
const fBody = [
  j(
    'Rope-grown mussels from the Saltby estuary are in season from October to March, when the water is cold and the meat is',
    'plump. A kilo feeds two as a main course and costs less than a bottle of wine.',
  ),
  'Buying',
  j(
    'Fresh mussels should smell of the sea and nothing else. The shells should be closed, or close when you tap them on the',
    'worktop. Leave any with cracked shells at the counter; we will not mind.',
  ),
  'Cleaning',
  'Tip the mussels into a sink of cold water and sort through them one by one.',
  'Pull off the beard, the wiry tuft poking out of the shell, with a sharp tug towards the hinge.',
  'Scrape off any barnacles with the back of a knife.',
  'Throw away any mussel that stays open after a firm tap.',
  j(
    'Do not leave them soaking in fresh water for long. They will drown. Keep cleaned mussels in a bowl in the fridge,',
    'covered with a damp cloth, and cook them the same day.',
  ),
  'Cooking',
  j(
    'Soften a chopped shallot and two cloves of garlic in butter in a wide pan with a lid. Turn the heat right up, add the',
    'mussels and a glass of dry cider, and put the lid on. Shake the pan after two minutes. They are done when almost all',
    'the shells have opened, usually in four or five minutes.',
  ),
  '“If a mussel has not opened after cooking, it is not necessarily bad. It may just be stubborn. Prise it open and smell it.”',
  j(
    'Finish with a handful of parsley and a splash of cream if you like, and serve with bread or chips for the juices.',
    'Use an empty shell as tweezers to pick out the rest.',
  ),
];
const fNav = ['Shop', 'The Counter', 'Journal', 'Visit'];
const fRel = ['Five ways with mackerel', 'What is in season: winter', 'Our boats: the Mary Ellen'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 03 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.craydaughters.fish" data-wf-page="6543a1b2c3d4e5f601234567" data-wf-site="6543a1b2c3d4e5f601234500"
data-wf-collection="6543a1b2c3d4e5f601234599"
data-wf-item-slug="how-to-clean-cook-mussels"><head><meta charset="utf-8"><title>${fTitle} | Cray &amp; Daughters</title>
<meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/6543a1b2c3d4e5f601234500/css/craydaughters.webflow.a1b2c3.css"
rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${fTitle}","author":{"@type":"Person","name":"Mari Cray"},"datePublished":"2026-11-03"}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/6543a1b2c3d4e5f601234500/logo.svg"
loading="lazy" alt="Cray &amp; Daughters" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/fish-box" class="button nav-button w-button">Order a Fish Box</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<div class="section journal-hero"><div class="container w-container"><a href="/journal" class="back-link">← Back to the Journal</a>
<div class="post-category">Guides</div><h1 class="post-title">${fTitle}</h1><p class="post-summary">${fDek}</p>
<div class="post-meta"><div class="meta-label">Written by</div><div class="meta-text">Mari Cray</div><div class="meta-dot">·</div>
<div class="meta-text">November 3, 2026</div><div class="meta-dot">·</div><div class="meta-text">5 min read</div></div></div></div>
<div class="section"><div class="container narrow w-container"><img src="https://assets-global.website-files.com/6543a1b2c3d4e5f601234500/mussels-pan.jpg"
loading="lazy"
alt="" class="post-main-image"><div class="post-body w-richtext">
${ps([fBody[0] ?? ''])}
<h2>${fBody[1]}</h2>${ps([fBody[2] ?? ''])}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="/6543a1b2c3d4e5f601234500/mussels-counter.jpg"
loading="lazy" alt="Mussels on the counter"></div><figcaption>Saltby rope-grown mussels, landed on Tuesday mornings.</figcaption></figure>
<h2>${fBody[3]}</h2><ol role="list">${fBody
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol>${ps([fBody[8] ?? ''])}
<h2>${fBody[9]}</h2>${ps([fBody[10] ?? ''])}<blockquote>${fBody[11]}</blockquote>${ps([fBody[12] ?? ''])}
</div><div class="share-row"><div class="share-label">Share</div><a href="https://www.facebook.com/sharer/sharer.php?u=" class="share-link w-inline-block">
<div>Facebook</div></a><a href="https://twitter.com/intent/tweet?url=" class="share-link w-inline-block"><div>X</div></a><a href="mailto:?subject=${fTitle}"
class="share-link w-inline-block"><div>Email</div></a></div></div></div>
<div class="section related"><div class="container w-container"><h3 class="related-heading">More from the Journal</h3><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="related-card w-inline-block"><div class="card-category">Guides</div><h4 class="card-title">${t}</h4></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section newsletter"><div class="container w-container"><h2 class="newsletter-heading">Know what landed this week</h2>
<p class="newsletter-text">One short email every Wednesday with the catch and the prices.</p><div class="w-form"><form id="wf-form-Newsletter"
name="wf-form-Newsletter"
data-name="Newsletter" method="get" class="newsletter-form" data-wf-page-id="6543a1b2c3d4e5f601234567"><input class="text-field w-input" maxlength="256"
name="email"
data-name="Email" placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="button w-button"
value="Sign up"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been
received!</div>
</div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div>
</div>
</div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div>Cray &amp; Daughters, Unit 3, The Fish Market, Saltby Quay</div>
<div>Counter open Tuesday to Saturday, 7am – 1pm</div></div><div class="footer-bottom">© 2026 Cray &amp; Daughters Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6543a1b2c3d4e5f601234500" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6543a1b2c3d4e5f601234500/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout686-webflow-mussels-guide',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fBody[1] ?? '', fBody[3] ?? '', fBody[9] ?? ''],
  body: [fDek, ...fBody.filter((_, i) => ![1, 3, 9].includes(i))],
  bylines: ['Written by', 'Mari Cray', 'November 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shop', 'Journal', 'Visit', 'Order a Fish Box', '← Back to the Journal', 'Guides', '5 min read',
    'Saltby rope-grown mussels, landed on Tuesday mornings.', 'Share', 'Facebook', 'X', 'Email', 'More from the Journal', ...fRel,
    'Know what landed this week', 'One short email every Wednesday with the catch and the prices.',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Cray & Daughters, Unit 3, The Fish Market, Saltby Quay', 'Counter open Tuesday to Saturday, 7am – 1pm', '© 2026 Cray & Daughters Ltd',
  ],
};

export const HELDOUT686_C: readonly TestPage[] = [woo, webflow];
