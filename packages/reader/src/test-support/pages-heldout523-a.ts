import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout523-kit.js';

/**
 * Held-out batch 523, file a: a bouncy castle product hire page on WooCommerce (Storefront theme) with tabs, reviews and
 * related products, and a hire terms page built with Wix.
 */
const pTitle = 'Pirate Ship Bouncy Castle (15ft x 18ft)';
const pShort = j(
  'Ahoy there! Our best-selling pirate ship castle has a climb-and-slide bow, a pop-up parrot and room for eight children',
  'up to the age of 12. Hire is for the day, with delivery, set-up and collection by our own crew.',
);
const pDesc = [
  j(
    'The Pirate Ship is made from 18oz lead-free PVC and is cleaned and tested after every hire. It comes with a safety mat',
    'for the entrance, a 1.5hp blower and a 10 metre extension lead, so all you need is a flat lawn and a household socket',
    'within reach.',
  ),
  j(
    'Our crew arrive between 8am and 10am, set the castle up and talk the adult in charge through the safety rules. We collect',
    'from 6pm, or the next morning at no extra charge if your party runs late.',
  ),
  'What is included',
  'Delivery within 15 miles of Harrowby',
  'Set-up, anchoring and collection',
  'Safety mat, blower and extension lead',
  'Printed safety rules and our 24-hour helpline number',
  'Space needed',
  j(
    'You need a flat area of 20ft x 23ft with 14ft of clear height, away from trees, washing lines and overhead cables.',
    'We can set up on tarmac or indoors with sandbags for an extra £15; please tell us when you book.',
  ),
];
const pInc = pDesc.slice(3, 7);
const pAttr = [
  ['Dimensions', '15ft x 18ft x 12ft high'],
  ['Age range', '3 to 12 years'],
  ['Maximum users', '8 children at a time'],
  ['Power', '1 x 13 amp socket'],
];
const pNav = ['Home', 'Bouncy Castles', 'Soft Play', 'Party Packages', 'Delivery Areas', 'Safety', 'Contact'];
const pCrumbs = ['Home', 'Bouncy Castles'];
const pRelated = ['Jungle Fun Castle (12ft x 12ft)', 'Disco Dome with Lights', 'Princess Palace Castle (15ft x 15ft)'];
const pFootLinks = ['Hire Terms', 'Privacy Policy', 'Cookie Policy', 'FAQs'];
const pRev = [
  ['Gemma Thorley', 'May 18, 2026', 'The crew were brilliant and the castle was spotless. Eleven very tired pirates by teatime!'],
  ['Dev Amrani', 'April 30, 2026', 'Set up on our patio with sandbags without any fuss. Will book again for the summer.'],
];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} &#8211; Bounce Brothers Hire</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="storefront-style-css" href="https://bouncebrothershire.co.uk/wp-content/themes/storefront/style.css?ver=4.6.0" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css"
 href="https://bouncebrothershire.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${pTitle}","sku":"BC-PIR-1518",
"offers":{"@type":"Offer","price":"95.00","priceCurrency":"GBP","availability":"https://schema.org/InStock"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"5.00","reviewCount":2}}</script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params={"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View basket"};</script>
</head>
<body class="product-template-default single single-product postid-412 wp-custom-logo theme-storefront woocommerce woocommerce-page
 storefront-full-width-content">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full">
<div class="site-branding"><a href="https://bouncebrothershire.co.uk/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2025/02/logo.png"
 class="custom-logo" alt="Bounce Brothers Hire"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" name="s">
<button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(pNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="/basket/" title="View your shopping basket">
<span class="woocommerce-Price-amount amount">&pound;0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span><a href="/product-category/bouncy-castles/">Bouncy Castles</a>
<span class="breadcrumb-separator"> / </span>${pTitle}
</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div id="product-412" class="product type-product post-412 status-publish first instock product_cat-bouncy-castles has-post-thumbnail">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/2025/03/pirate-ship-100x100.jpg"
 class="woocommerce-product-gallery__image">
<a href="/wp-content/uploads/2025/03/pirate-ship.jpg"><img width="600" height="600" src="/wp-content/uploads/2025/03/pirate-ship-600x600.jpg"
 alt="Pirate ship bouncy castle set up on a lawn"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${pTitle}</h1>
<div class="woocommerce-product-rating"><div class="star-rating" role="img" aria-label="Rated 5.00 out of 5"><span style="width:100%">Rated
 <strong class="rating">5.00</strong> out of 5</span></div><a href="#reviews" class="woocommerce-review-link" rel="nofollow">(<span class="count">2</span>
 customer reviews)</a></div>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>95.00</bdi></span> per day</p>
<div class="woocommerce-product-details__short-description"><p>${pShort}</p></div>
<form class="cart" method="post" enctype="multipart/form-data"><div class="quantity"><label class="screen-reader-text"
 for="quantity_1">${pTitle} quantity</label>
<input type="number" id="quantity_1" class="input-text qty text" name="quantity" value="1" min="1"></div>
<button type="submit" name="add-to-cart" value="412" class="single_add_to_cart_button button alt">Check date &amp; book</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">BC-PIR-1518</span></span>
<span class="posted_in">Category: <a href="/product-category/bouncy-castles/" rel="tag">Bouncy Castles</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
${ps(pDesc.slice(0, 2))}
<h3>${pDesc[2]}</h3><ul>${lis(pInc)}</ul>
<h3>${pDesc[7]}</h3>${ps([pDesc[8] ?? ''])}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
 style="display:none"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">
${pAttr
  .map(
    ([k, v]) => `<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">${k}</th>
<td class="woocommerce-product-attributes-item__value"><p>${v}</p></td></tr>`,
  )
  .join('\n')}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display:none">
<div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">2 reviews for <span>${pTitle}</span></h2>
<ol class="commentlist">${pRev
  .map(
    ([n, d, t]) => `<li class="review even thread-even depth-1"><div class="comment_container"><div class="comment-text">
<p class="meta"><strong class="woocommerce-review__author">${n}</strong> <span class="woocommerce-review__dash">&ndash;</span>
<time class="woocommerce-review__published-date">${d}</time></p><div class="description"><p>${t}</p></div></div></div></li>`,
  )
  .join('\n')}</ol></div>
<div id="review_form_wrapper"><p class="woocommerce-verification-required">Only logged in customers who have hired this product may leave a review.</p></div>
</div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${pRelated
  .map(
    (t) => `<li class="product type-product"><a href="/product/${t.length}/" class="woocommerce-LoopProduct-link"><h2
 class="woocommerce-loop-product__title">${t}</h2></a><a href="?add-to-cart=1" class="button product_type_simple">Read more</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix">
<div class="block footer-widget-1"><div class="widget widget_text"><span class="gamma widget-title">Call the crew</span><div class="textwidget">
<p>01632 960 418 &middot; hello@bouncebrothershire.co.uk</p><p>Unit 4, Kestrel Yard, Harrowby</p></div></div></div>
<div class="block footer-widget-2"><div class="widget widget_nav_menu"><span class="gamma widget-title">Useful links</span>
<ul class="menu">${links(pFootLinks)}</ul></div></div></div>
<div class="site-info">&copy; Bounce Brothers Hire 2026<br><a href="https://woocommerce.com" target="_blank" title="WooCommerce"
 rel="noreferrer nofollow">Built with WooCommerce</a>.
</div></div></footer></div>
<script src="https://bouncebrothershire.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js" id="wc-single-product-js"></script>
</body></html>`;
const wooProduct: TestPage = {
  name: 'heldout523-woo-pirate-castle',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Description', pDesc[2] ?? '', pDesc[7] ?? '', 'Additional information'],
  body: texts([pShort, ...pDesc.slice(0, 2), ...pInc, pDesc[8] ?? '', ...pAttr.map((r) => r.join(' '))]),
  bylines: pRev.flatMap((r) => [r[0] ?? '', r[1] ?? '']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search for:', 'Search', 'Menu', ...pNav, '£0.00', '0 items',
    'Rated 5.00 out of 5', '(2 customer reviews)', '£95.00 per day', 'Check date & book', 'SKU: BC-PIR-1518', 'Category: Bouncy Castles',
    'Reviews (2)', `2 reviews for ${pTitle}`, ...pRev.map((r) => r[2] ?? ''),
    'Only logged in customers who have hired this product may leave a review.', 'Related products', ...pRelated, 'Read more', 'Call the crew',
    '01632 960 418 · hello@bouncebrothershire.co.uk', 'Unit 4, Kestrel Yard, Harrowby', 'Useful links', ...pFootLinks,
    '© Bounce Brothers Hire 2026', 'Built with WooCommerce',
  ],
};

const wTitle = 'Hire Terms & Conditions';
const wIntro = j(
  'These terms apply to every hire from Meadowcroft Marquees Ltd. By paying your deposit you agree to them, so please read them',
  'with your quote and ask us about anything that is not clear.',
);
const wSecs: [string, string[]][] = [
  [
    '1. Quotes and bookings',
    [
      j('Quotes are valid for 30 days. A booking is confirmed only when we have received your signed booking form and a deposit of', '30% of the hire charge.'),
      'The balance is due 28 days before the event. For bookings made within 28 days of the event, the full hire charge is due on booking.',
    ],
  ],
  [
    '2. Cancellation',
    [
      'If you cancel more than 90 days before the event, we refund your deposit less a £75 administration fee.',
      'If you cancel between 90 and 28 days before the event, the deposit is kept.',
      'If you cancel within 28 days of the event, the full hire charge is payable.',
    ],
  ],
  [
    '3. Site and access',
    [
      j(
        'You must make sure the site is level, free of buried pipes and cables where we will drive stakes, and reachable by a 7.5 tonne',
        'lorry within 50 metres. Tell us about septic tanks, sprinkler systems and underfloor heating before we arrive.',
      ),
      j('If our crew cannot install the marquee safely on the day because the site is not as described, the full hire charge remains', 'payable.'),
    ],
  ],
  [
    '4. Weather',
    [
      j(
        'Our marquees are rated for wind speeds up to 38 mph. If the forecast or our crew on site decide that conditions are unsafe, we',
        'may ask guests to leave the structure and, if needed, take it down. We are not liable for losses caused by such a decision.',
      ),
    ],
  ],
  [
    '5. Damage and loss',
    [
      j(
        'You are responsible for the marquee, furniture and equipment from handover until we collect it. Damage from candles, confetti',
        'cannons, glitter, red wine on linings, or pegs and drawing pins in the fabric will be charged at repair or replacement cost.',
      ),
      'We strongly recommend that you arrange event insurance that covers hired equipment.',
    ],
  ],
  [
    '6. Our liability',
    [
      j(
        'Our total liability to you under any hire is limited to the hire charge you paid. Nothing in these terms limits our liability',
        'for death or personal injury caused by our negligence.',
      ),
    ],
  ],
];
const wFlat = wSecs.flatMap(([, ps2]) => ps2);
const wNav = ['Home', 'Marquees', 'Furniture & Extras', 'Gallery', 'Reviews', 'Hire Terms', 'Contact'];
const wPara = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</span></p>`;
const wSecHtml = wSecs
  .map(([h, body]) => {
    const list =
      body.length === 3 ? `<ul class="font_8 wixui-rich-text__text">${lis(body.map(wPara), 'wixui-rich-text__text')}</ul>` : body.map(wPara).join('\n');
    return `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>\n${list}`;
  })
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"><title>Hire Terms | Meadowcroft Marquees</title>
<meta name="description" content="Booking, cancellation, site access and damage terms for marquee hire.">
<meta property="og:site_name" content="Meadowcroft Marquees"><script type="application/ld+json">{"@context":"https://schema.org/",
"@type":"LocalBusiness","name":"Meadowcroft Marquees Ltd","telephone":"01632 960 771"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"5c1e0f2a-77b4","isPremium":true},"language":{"siteLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--shd:none;--brw:0px}#comp-lqk2m1f4{width:980px}
.font_0{font:normal normal normal 44px/1.2 'playfair display',serif}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy"><div id="comp-lqk2m0x1" class="BaOVQ8 tz5f0K comp-lqk2m0x1 wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">MEADOWCROFT MARQUEES</span></p></div>
<nav id="comp-lqk2m1f4" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.meadowcroftmarquees.co.uk/${t.length}"
 class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label">${t.replace(/&/g, '&amp;')}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lqk2m3a9" class="comp-lqk2m3a9 wixui-button"><a data-testid="linkElement" href="https://www.meadowcroftmarquees.co.uk/contact"
 class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book a site visit</span></a></div>
<div id="comp-login" class="comp-login"><button class="StylableButton2545352419__root"
 aria-label="Log In"><span class="StylableButton2545352419__label">Log In</span>
</button></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp wixui-page">
<section id="comp-lqk3terms" class="comp-lqk3terms wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lqk3col"
 class="comp-lqk3col wixui-column-strip__column">
<div id="comp-lqk3h1" class="comp-lqk3h1 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">Hire Terms &amp; Conditions</span></h1></div>
<div id="comp-lqk3upd" class="comp-lqk3upd wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
<span style="font-style:italic;" class="wixui-rich-text__text">Last updated: 3 February 2026</span></p></div>
<div id="comp-lqk3body" class="comp-lqk3body wixui-rich-text" data-testid="richTextElement">
${wPara(wIntro)}
${wSecHtml}
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-foot1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Meadowcroft Marquees Ltd &middot; Church Farm Barns, Oakhurst Lane, Wendlebury &middot; 01632 960 771</p>
<p class="font_9 wixui-rich-text__text">&copy; 2026 by Meadowcroft Marquees. Proudly created with <a href="https://wix.com">Wix.com</a></p></div>
<div id="comp-social" class="wixui-social-links"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/meadowcroftmarquees"
 aria-label="Facebook"><img alt="Facebook" src="https://static.wixstatic.com/media/e316f5_fb.png"></a></li></ul></div></footer></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. We use cookies to
 improve your experience and for marketing. Read our <a href="/cookie-policy">Cookie Policy</a>.</p><button>Settings</button>
<button>Decline All</button><button>Accept</button></div></div></div>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.06b8a1cf.bundle.min.js"></script></body></html>`;
const wixTerms: TestPage = {
  name: 'heldout523-wix-hire-terms',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: [wIntro, ...wFlat],
  bylines: ['Last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'MEADOWCROFT MARQUEES', ...wNav, 'Book a site visit', 'Log In',
    'Meadowcroft Marquees Ltd · Church Farm Barns, Oakhurst Lane, Wendlebury · 01632 960 771',
    '© 2026 by Meadowcroft Marquees. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and for marketing. Read our Cookie Policy.',
    'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT523_A: readonly TestPage[] = [wooProduct, wixTerms].map(tidy);
