import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout669-kit.js';

/**
 * Held-out batch 669, file a: a lambing open day on a Squarespace 7.1 events collection, and a raw fleece for sale on
 * WooCommerce with the Storefront theme.
 */
const sTitle = 'Lambing Open Day 2027';
const sMeta = ['Saturday, March 20, 2027', '10:00 AM 4:00 PM', 'Hollin Ghyll Farm Hollin Lane, Kelderby, CA16 4QT'];
const sIntro = [
  j(
    'Come and see the new lambs! Once a year we open the lambing shed to visitors so that families can meet the ewes, watch the',
    'shepherds at work and, if the timing is kind, see a lamb being born.',
  ),
  j(
    'About 340 Kelderby Mules and Texel crosses lamb with us between early March and mid April. By the open day the first pens are',
    'full of twins and the orphan lambs are ready to be bottle-fed – by you, if you would like to try.',
  ),
];
const sWhat = [
  'Bottle-feeding sessions at 11:00, 13:00 and 15:00 (limited to 20 children each, sign up at the gate)',
  'A talk from our shepherd, Ruth Ainsworth, on what happens in the first 48 hours of a lamb&rsquo;s life',
  'Sheepdog demonstration in the lower field at 14:00',
  'Tea, soup and cakes in the barn, with all money going to the Kelderby Mountain Rescue team',
];
const sPlan = [
  j(
    'Entry is £6 for adults and £3 for children, under-threes free. Please pay by card at the gate. Parking is in the hay field',
    'beside the lane and is signed from the village.',
  ),
  'Wear boots: the yard is muddy in March, whatever the forecast says. Dogs must stay in the car, as ewes near lambing are easily upset.',
  j('Pregnant visitors should not handle ewes or newborn lambs, and everyone is asked to wash their hands at the stations by the', 'shed door before eating.'),
];
const sWhatH = 'What’s on';
const sPlanH = 'Planning your visit';
const sNav = ['Our Farm', 'Events', 'Farm Shop', 'Holiday Cottage', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Newsletter'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Hollin Ghyll Farm</title>
<link rel="canonical" href="https://www.hollinghyllfarm.co.uk/events/lambing-open-day-2027">
<meta property="og:site_name" content="Hollin Ghyll Farm"><meta property="og:title" content="${sTitle} &mdash; Hollin Ghyll Farm">
<meta property="og:type" content="website"><meta itemprop="name" content="${sTitle}">
<script type="application/ld+json">{"url":"https://www.hollinghyllfarm.co.uk",
"name":"Hollin Ghyll Farm","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${sTitle}",
"startDate":"2027-03-20T10:00:00Z","endDate":"2027-03-20T16:00:00Z"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","collectionId":"63a1f0c2b1e4d52f7e5a9c10"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63a1f0/57/5c5a519771c10ba3470d8101/site.css">
<script defer src="//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-a9b5e5a1e8f1c6d9-min.en-US.js"></script></head>
<body id="item-65f0a1d2c3b4a59e8d7f6021" class="header-width-full tweak-transparent-header primary-button-style-solid
 collection-63a1f0c2b1e4d52f7e5a9c10 collection-type-events view-item item-type-event">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline all</button>
<button class="sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="https://images.squarespace-cdn.com/content/v1/63a1f0/logo.png" alt="Hollin Ghyll Farm"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke"><div class="icon-cart"><span class="sqs-cart-quantity">0</span></div></a></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div
 class="burger-inner"></div></div></button></div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f0c2b1e4d52f7e5a9c11">
<section data-test="page-section" data-section-theme="" class="page-section content-collection full-bleed-section collection-type-events">
<div class="section-background"></div><div class="content-wrapper"><div class="content"><div class="eventitem-backlink">
<a href="/events" class="eventitem-backlink">Back to All Events</a></div>
<article class="eventitem" id="article-65f0a1d2c3b4a59e8d7f6021" data-item-id="65f0a1d2c3b4a59e8d7f6021"><div class="eventitem-column-meta">
<h1 class="eventitem-title" data-content-field="title">${sTitle}</h1>
<ul class="eventitem-meta event-meta event-meta-date-time-container" data-content-field="event-date-time">
<li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="2027-03-20">${sMeta[0]}</time></li>
<li class="eventitem-meta-item eventitem-meta-time event-meta-item"><span class="event-time-localized">
<time class="event-time-localized-start" datetime="2027-03-20">10:00 AM</time><span class="event-datetime-divider"></span>
<time class="event-time-localized-end" datetime="2027-03-20">4:00 PM</time></span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">Hollin Ghyll Farm
<span class="eventitem-meta-address-line event-meta-address-line">Hollin Lane, Kelderby, CA16 4QT</span>
<a href="http://maps.google.com?q=Hollin%20Lane%20Kelderby" class="eventitem-meta-address-maplink event-meta-address-maplink"
 target="_blank">(map)</a></li></ul>
<ul class="eventitem-meta event-meta event-meta-export-container"><li class="eventitem-meta-item eventitem-meta-export event-meta-item">
<a href="http://www.google.com/calendar/event?action=TEMPLATE&amp;text=Lambing%20Open%20Day" class="eventitem-meta-export-google">Google Calendar</a>
<span class="eventitem-meta-export-divider">&middot;</span><a href="/events/lambing-open-day-2027?format=ical" class="eventitem-meta-export-ical">ICS</a>
</li></ul></div>
<div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1710230400000">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sWhatH}</h3><ul data-rte-list="default">${lis(sWhat.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${sPlanH}</h3>
${ps(sPlan, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/63a1f0/lambs-pen.jpg" alt="Twin lambs in a straw pen"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Last year’s first twins, born on the morning of the open day.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Ask us a question</a></div></div></div>
</div></div></div></div>
<div class="eventitem-pagination"><a href="/events/spring-shearing-demo" class="eventitem-pagination-item eventitem-pagination-item--prev">
<span class="eventitem-pagination-label">Previous</span><span class="eventitem-pagination-title">Spring Shearing Demonstration</span></a>
<a href="/events/christmas-wreath-workshop" class="eventitem-pagination-item eventitem-pagination-item--next">
<span class="eventitem-pagination-label">Next</span><span class="eventitem-pagination-title">Christmas Wreath Workshop</span></a></div>
</article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;"><strong>Hollin Ghyll Farm</strong><br>Hollin Lane, Kelderby, CA16 4QT<br>01768 442 910</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div
 class="sqs-block-content"><nav><ul>${links(sFoot)}</ul></nav></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">© 2027 Hollin Ghyll Farm. All rights reserved.</p></div></div></div></div></div></section></footer>
<script type="text/javascript"
 data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout669-squarespace-lambing-open-day',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sWhatH, sPlanH],
  body: texts([...sMeta, ...sIntro, ...sWhat, ...sPlan]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Decline all', 'Accept all', 'Skip to Content', ...sNav, '0', 'Back to All Events',
    '(map)', 'Google Calendar', 'ICS', 'Last year’s first twins, born on the morning of the open day.', 'Ask us a question', 'Previous',
    'Spring Shearing Demonstration', 'Next', 'Christmas Wreath Workshop', '01768 442 910', ...sFoot, '© 2027 Hollin Ghyll Farm. All rights reserved.',
  ],
};

const wTitle = 'Moorit Shetland-cross fleece, 2026 clip (Lot 7)';
const wPrice = '£38.00';
const wShort = j('A soft, dense hogg fleece from Tansy, our oldest Shetland-cross ewe’s daughter. Skirted and rolled, ready to wash. About 1.4 kg.');
const wDesc = [
  j(
    'This is a first-shear (hogg) fleece, so the tips are fine and slightly sun-bleached while the rest of the staple is the deep',
    'chocolate brown that Shetlanders call moorit. Staple length is 9 to 11 cm with a small, even crimp.',
  ),
  j(
    'Tansy’s daughter was coated from November to shearing, so there is very little vegetable matter. We skirt every fleece on the',
    'table on shearing day and take off the belly wool, the britch and any tags before rolling it skin side out.',
  ),
  'Good for:',
  'hand spinning, especially woollen-spun yarn for jumpers',
  'wet and needle felting',
  'blending with a white Texel-cross fleece for a heathered oatmeal',
  j(
    'Fleeces are posted rolled in a paper sack, never plastic, so they can breathe. We post on Mondays and Thursdays by tracked',
    'service. If the fleece is not what you expected, send it back within 14 days for a full refund.',
  ),
];
const wRel = ['Jacob fleece, 2026 clip (Lot 3)', 'Washed white Texel-cross locks, 500 g', 'Brackenrigg moorit DK yarn, 100 g'];
const wRelPrice = ['£24.00', '£12.50', '£16.00'];
const wNav = ['Shop', 'Fleeces', 'About the flock', 'Delivery & returns', 'Contact'];
const wNavHtml = ['Shop', 'Fleeces', 'Yarn', 'About the flock', 'Delivery & returns', 'Contact'];
const wFootLinks = ['My account', 'Delivery & returns', 'Privacy Policy'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${wTitle} &#8211; Brackenrigg Flock</title>
<meta name='robots' content='max-image-preview:large'><link rel='dns-prefetch' href='//fonts.googleapis.com'>
<link rel='stylesheet' id='storefront-style-css' href='https://brackenriggflock.co.uk/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
 href='https://brackenriggflock.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css'>
<script type="application/ld+json" class="wc-product-structured-data">{"@context":"https:\\/\\/schema.org\\/","@type":"Product","name":"${wTitle}",
"offers":[{"@type":"Offer","price":"38.00","priceCurrency":"GBP","availability":"http:\\/\\/schema.org\\/InStock"}]}</script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View basket"};</script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-412 wp-embed-responsive theme-storefront woocommerce woocommerce-page
 woocommerce-no-js storefront-full-width-content storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner" style=""><div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><div class="beta site-title"><a href="https://brackenriggflock.co.uk/" rel="home">Brackenrigg Flock</a></div>
<p class="site-description">Coloured fleeces from the fells</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
 action="https://brackenriggflock.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
 aria-label="Primary Navigation"><button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">
<span>Menu</span></button><div class="primary-navigation"><ul id="menu-main"
 class="menu">${links(wNavHtml, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://brackenriggflock.co.uk/basket/"
 title="View your shopping basket"><span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul>
</div></div></header>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<nav class="woocommerce-breadcrumb" aria-label="Breadcrumb"><a href="https://brackenriggflock.co.uk">Home</a>&nbsp;&#47;&nbsp;<a
 href="https://brackenriggflock.co.uk/product-category/fleeces/">Fleeces</a>&nbsp;&#47;&nbsp;${wTitle}</nav>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main"><div class="woocommerce-notices-wrapper"></div>
<div id="product-412" class="product type-product post-412 status-publish first instock product_cat-fleeces has-post-thumbnail shipping-taxable purchasable">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="https://brackenriggflock.co.uk/wp-content/uploads/2026/07/lot7-100x100.jpg"
 class="woocommerce-product-gallery__image"><a href="https://brackenriggflock.co.uk/wp-content/uploads/2026/07/lot7.jpg"><img width="600" height="600"
 src="https://brackenriggflock.co.uk/wp-content/uploads/2026/07/lot7-600x600.jpg" class="wp-post-image" alt="Rolled moorit fleece on a skirting table"></a>
</div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>38.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div>
<p class="stock in-stock">1 in stock</p>
<form class="cart" action="https://brackenriggflock.co.uk/product/moorit-shetland-cross-fleece-lot-7/" method="post" enctype='multipart/form-data'>
<div class="quantity"><label class="screen-reader-text" for="quantity_66a2">${wTitle} quantity</label>
<input type="number" id="quantity_66a2" class="input-text qty text" name="quantity" value="1" min="1" max="1" step="1"></div>
<button type="submit" name="add-to-cart" value="412" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">BRF-26-07</span></span>
<span class="posted_in">Category: <a href="https://brackenriggflock.co.uk/product-category/fleeces/" rel="tag">Fleeces</a></span>
<span class="tagged_as">Tags: <a href="/product-tag/moorit/" rel="tag">moorit</a>, <a href="/product-tag/shetland/" rel="tag">Shetland</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab" aria-controls="tab-description"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (0)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
${ps(wDesc.slice(0, 2))}
<p><strong>${wDesc[2]}</strong></p><ul>${lis(wDesc.slice(3, 6))}</ul>
${ps(wDesc.slice(6))}
</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"
 role="tabpanel" style="display: none;"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">
<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Weight</th>
<td class="woocommerce-product-attributes-item__value">1.4 kg</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">Reviews</h2>
<p class="woocommerce-noreviews">There are no reviews yet.</p></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRel
  .map(
    (t, i) => `<li class="product type-product instock"><a href="/product/related-${i}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<img width="324" height="324" src="/wp-content/uploads/2026/07/rel-${i}-324x324.jpg" alt=""><h2 class="woocommerce-loop-product__title">${t}</h2>
<span class="price"><span class="woocommerce-Price-amount amount"><bdi>${wRelPrice[i]}</bdi></span></span></a>
<a href="?add-to-cart=${420 + i}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart">Add to basket</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix">
<div class="block footer-widget-1"><div id="text-2" class="widget widget_text"><span class="gamma widget-title">Find us</span>
<div class="textwidget"><p>Brackenrigg, Low Sadgill, Westmarch LA8 9QZ<br>Shop orders are packed by hand on the farm.</p></div></div></div>
<div class="block footer-widget-2"><div id="nav_menu-2" class="widget widget_nav_menu"><span class="gamma widget-title">Help</span>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(wFootLinks)}</ul></div></div></div></div>
<div class="site-info">&copy; Brackenrigg Flock 2026<br><a href="https://woocommerce.com" target="_blank"
 title="WooCommerce - The Best eCommerce Platform for WordPress"
 rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a
 href="https://brackenriggflock.co.uk/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="https://brackenriggflock.co.uk/basket/">Cart
<span class="count">0</span></a></li></ul></div></div>
<script type="text/javascript">(function () {var c = document.body.className;
c = c.replace(/woocommerce-no-js/, 'woocommerce-js');document.body.className = c;})();</script>
<script src="https://brackenriggflock.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=9.1.2"
 id="wc-single-product-js"></script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout669-woocommerce-fleece-sale',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([wPrice, wShort, ...wDesc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Brackenrigg Flock', 'Coloured fleeces from the fells', 'Search for:', 'Search', 'Menu', ...wNav,
    '£0.00', '0 items', 'Home', '1 in stock', `${wTitle} quantity`, 'Add to basket', 'SKU:', 'BRF-26-07', 'Category:', 'Tags:', 'Description',
    'Additional information', 'Reviews (0)', 'Related products', ...wRel, ...wRelPrice, 'Find us',
    'Brackenrigg, Low Sadgill, Westmarch LA8 9QZ', 'Shop orders are packed by hand on the farm.', 'Help', 'My account', 'Privacy Policy',
    '© Brackenrigg Flock 2026', 'Built with WooCommerce', 'Cart', '0',
  ],
};

export const HELDOUT669_A: readonly TestPage[] = [squarespace, woo];
