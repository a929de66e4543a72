import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout523-kit.js';

/**
 * Held-out batch 523, file c: a marquee wedding planning guide on a WordPress blog (Astra theme) with a sidebar and comments,
 * and a chair hire product page on Shopify (Dawn theme).
 */
const aTitle = 'Planning a Marquee Wedding: A Month-by-Month Guide';
const aBody = [
  j(
    'A marquee gives you a blank canvas, which is exactly why it can feel daunting. After fifteen summers of putting up tents in',
    'fields, orchards and back gardens, this is the timeline we give every couple who books with us.',
  ),
  '12 months to go: the site',
  j(
    'Before you fall in love with a view, check the ground. A marquee for 120 guests seated at round tables needs about 12m x 24m,',
    'plus room around it for guy ropes, a catering tent and toilets. The ground should be as level as possible; a slope of more than',
    'one metre across the site means a built-up floor, which adds cost.',
  ),
  'Ask the landowner about access for lorries, buried services and whether you need permission for an event licence.',
  '9 months to go: the structure',
  j(
    'Choose between a traditional pole marquee, with its peaked roof and wooden poles, and a frame marquee, which has no internal',
    'poles and can go on hard standing. Book a site visit: we measure, look at access and mark where the tent and generator will go.',
  ),
  '6 months to go: the inside',
  'Most couples now decide on:',
  'flooring (coconut matting for a rustic look, or a wooden floor for dancing)',
  'linings and a starlight ceiling',
  'heating, even in July, because evenings in a field get cold',
  'a dance floor, bar and lighting',
  '3 months to go: the practical bits',
  j(
    'Power, toilets and lighting outside the tent are easy to forget. A silent generator for a wedding usually needs a 40kVA unit;',
    'your caterer will tell you what their kitchen draws. Plan one luxury toilet cubicle for every 35 guests.',
  ),
  'The week of the wedding',
  j(
    'We usually build three to four days before, so there is time for florists and caterers to dress the marquee. Keep a dry pair',
    'of shoes handy and do not worry if it rains on build day. It nearly always does.',
  ),
];
const aHeads = [1, 4, 6, 12, 14];
const aComments = [
  ['Harriet P.', 'March 3, 2026 at 8:14 pm', 'This is so helpful, we had no idea about the generator. Booking our site visit now!'],
  ['Tomasz', 'March 5, 2026 at 10:02 am', 'Can you put a frame marquee on gravel?'],
  ['Fieldhouse Tents', 'March 5, 2026 at 11:40 am', 'Yes, Tomasz, on gravel we use ballast weights instead of stakes. Give us a call.'],
];
const aNav = ['Marquees', 'Weddings', 'Parties', 'Corporate', 'Blog', 'Contact Us'];
const aSide = ['How much does a marquee cost in 2026?', 'Pole or frame marquee: which is right for you?', 'Our favourite spring weddings'];
const aCats = ['Advice', 'Events', 'Marquee Weddings', 'News'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Fieldhouse Tents</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-24T09:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${aTitle}","author":{"@type":"Person",
"name":"Olivia Brent"}}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://fieldhousetents.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.8"></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-1207 single-format-standard
 ast-desktop ast-separate-container ast-right-sidebar astra-4.6.8">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site"
 id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline"
 id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
 site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope>
<span class="site-logo-img"><a href="https://fieldhousetents.co.uk/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/logo.png"
 alt="Fieldhouse Tents"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu
 ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
 data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
 id="primary-site-navigation-desktop"
 aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex
 submenu-with-border stack-on-mobile">${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div>
</div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1207 post type-post status-publish format-standard has-post-thumbnail hentry category-marquee-weddings ast-article-single" id="post-1207"
 itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/02/orchard-marquee.jpg"
 class="attachment-large size-large wp-post-image" alt="Pole marquee in an orchard at dusk" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
 itemscope itemprop="author">By <a title="View all posts by Olivia Brent" href="/author/olivia/" class="url fn n" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Olivia Brent</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
February 24, 2026</span></span> / <span class="cat-links"><a href="/category/marquee-weddings/" rel="category tag">Marquee Weddings</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps([aBody[0] ?? ''])}
<h2 class="wp-block-heading">${aBody[1]}</h2>${ps(aBody.slice(2, 4))}
<h2 class="wp-block-heading">${aBody[4]}</h2>${ps([aBody[5] ?? ''])}
<h2 class="wp-block-heading">${aBody[6]}</h2>${ps([aBody[7] ?? ''])}<ul class="wp-block-list">${lis(aBody.slice(8, 12))}</ul>
<h2 class="wp-block-heading">${aBody[12]}</h2>${ps([aBody[13] ?? ''])}
<h2 class="wp-block-heading">${aBody[14]}</h2>${ps([aBody[15] ?? ''])}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-pinterest"><a class="share-pinterest sd-button share-icon" href="?share=pinterest"><span>Pinterest</span></a></li></ul></div></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/blog/spring-weddings/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="/blog/marquee-cost/" rel="next">Next Post
 <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
 &ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">
${aComments
  .map(
    ([n, d, t]) => `<li class="comment even thread-even depth-1" id="li-comment-${n?.length}"><article class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment"><time>${d}</time></a></span></div></header>
</div>
<section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
 class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="ast-commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
 placeholder="Type here.."></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get"
 class="search-form"><label for="search-field"><span class="screen-reader-text">Search
 for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label></form></aside>
<aside id="recent-posts-2"
 class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(aSide)}</ul>
</nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>${links(
  aCats,
  'cat-item',
)}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"
 itemscope="itemscope"><div class="site-below-footer-wrap ast-builder-grid-row-container
 site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-footer-row-stack"><div class="ast-builder-grid-row-container-inner">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
 ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Fieldhouse Tents | Powered by
 <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer></div>
<script src="https://fieldhousetents.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.8"
 id="astra-theme-js-js"></script></body></html>`;
const astraGuide: TestPage = {
  name: 'heldout523-astra-marquee-wedding-guide',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHeads.map((i) => aBody[i] ?? ''),
  body: aBody.filter((_, i) => !aHeads.includes(i)),
  bylines: ['By Olivia Brent', 'February 24, 2026', ...aComments.flatMap((c) => [c[0] ?? '', c[1] ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Marquee Weddings', 'Share this:', 'Facebook', 'Pinterest', '← Previous Post', 'Next Post →',
    `3 thoughts on “${aTitle}”`, ...aComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Type here..', 'Search for:', 'Recent Posts', ...aSide, 'Categories',
    ...aCats, 'Copyright © 2026 Fieldhouse Tents | Powered by Astra WordPress Theme',
  ],
};

const shTitle = 'Gold Chiavari Chair';
const shDesc = [
  j(
    'The classic wedding chair. Our gold Chiavari chairs are solid beech with a hand-finished gold lacquer and come with a tie-on',
    'seat pad in the colour of your choice. They stack in fours, so they take up little room before and after your event.',
  ),
  'Price is per chair for hire of up to three days. Minimum order 20 chairs.',
];
const shAcc: [string, string[]][] = [
  [
    'Delivery &amp; collection',
    [
      'We deliver within 40 miles of Saltmarsh. Delivery is charged by postcode at checkout and includes collection.',
      'Chairs are delivered stacked. Setting out to your table plan can be added for 60p a chair.',
    ],
  ],
  [
    'Care during your hire',
    [
      'Please keep chairs indoors or under cover overnight. Do not stand on the chairs or use them to hang decorations.',
      'Return the seat pads in the bags provided. Lost or stained pads are charged at £6 each.',
    ],
  ],
];
const shNav = ['Home', 'Chairs', 'Tables', 'Linen', 'Tableware', 'Contact'];
const shRecs = ['Ivory Chiavari Chair', 'Trestle Table 6ft', 'Round Table 5ft'];
const shPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const shHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://saltmarshhire.co.uk/products/gold-chiavari-chair">
<title>${shTitle} &ndash; Saltmarsh Event Hire</title><meta name="description" content="The classic wedding chair. Our gold Chiavari chairs are solid beech.">
<meta property="og:site_name" content="Saltmarsh Event Hire"><meta property="og:type" content="product"><meta property="og:price:amount" content="4.50">
<script src="//saltmarshhire.co.uk/cdn/shop/t/3/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":8123456,
"vendor":"Saltmarsh Event Hire"}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//saltmarshhire.co.uk/cdn/shop/t/3/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
 aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Book by 30 April for free set-out on summer weddings</span></p></div></div></div></div>
<div id="shopify-section-sections--header"
 class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
 header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
 class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Saltmarsh Event Hire</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${shNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase()}"
 class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link
 focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16--main"
 class="shopify-section section">
<section id="MainProduct-template--16--main" class="page-width section-template--16--main-padding" data-section="template--16--main">
<div class="product product--large product--left product--stacked product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--16--main" role="region" class="product__column-sticky"
 aria-label="Gallery Viewer"><div id="GalleryStatus-template--16--main" class="visually-hidden" role="status"></div><ul id="Slider-Gallery-template--16--main"
 class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile"
 role="list"><li class="product__media-item grid__item slider__slide
 is-active"><div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media
 media--transparent"><img src="//saltmarshhire.co.uk/cdn/shop/files/gold-chiavari.jpg?v=1708&width=1946" alt="Gold Chiavari chair with ivory seat pad"
 width="1946" height="1946"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--16--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">SALTMARSH EVENT HIRE</p><div class="product__title"><h1>${shTitle}</h1>
<a href="/products/gold-chiavari-chair" class="product__title"><h2 class="h1">${shTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--16--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£4.50 GBP</span>
</div></div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div></div>
<variant-selects id="variant-selects-template--16--main" data-section="template--16--main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Seat pad</legend><input type="radio" id="template--16--main-1-0" name="Seat pad" value="Ivory" checked>
<label for="template--16--main-1-0">Ivory</label><input type="radio" id="template--16--main-1-1" name="Seat pad"
 value="Blush"><label for="template--16--main-1-1">Blush
</label><input type="radio" id="template--16--main-1-2" name="Seat pad"
 value="Sage"><label for="template--16--main-1-2">Sage</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--16--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus"
 type="button"><span class="visually-hidden">Decrease quantity for ${shTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--16--main" min="20" value="20"><button class="quantity__button"
 name="plus" type="button"><span class="visually-hidden">Increase quantity for ${shTitle}</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--16--main" class="form" enctype="multipart/form-data">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--16--main" type="submit" name="add"
 class="product-form__submit button button--full-width
 button--secondary"><span>Add to cart</span></button></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(shDesc)}</div>
${shAcc
  .map(
    ([h, items], i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${i}-template--16--main"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary><div class="accordion__content rte"
 id="ProductAccordion-collapsible_tab_${i}-template--16--main">${ps(items)}</div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--16--main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
<details><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--16--product-recommendations" class="shopify-section section"><product-recommendations class="related-products page-width
 section-template--16--product-recommendations-padding isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">${shRecs
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper
 product-card-wrapper underline-links-hover"><div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x"
 class="full-unstyled-link">${t}</a></h3></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
 section-sections--footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
 class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--footer"
 type="email"
 name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
 for="NewsletterForm--sections--footer">Email</label></div></div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Saltmarsh Event Hire</a></small><small class="copyright__content"><a target="_blank"
 rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">${links(shPol)}</ul>
</div></div></div></footer></div>
<script src="//saltmarshhire.co.uk/cdn/shop/t/3/assets/product-info.js?v=174806172978439001541" defer="defer"></script></body></html>`;
const shopifyChair: TestPage = {
  name: 'heldout523-shopify-chiavari-chair',
  kind: 'docs',
  html: shHtml,
  title: shTitle,
  headings: texts(shAcc.map(([h]) => h)),
  body: [...shDesc, ...shAcc.flatMap(([, items]) => items)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Book by 30 April for free set-out on summer weddings', 'Saltmarsh Event Hire', ...shNav, 'Cart', 'SALTMARSH EVENT HIRE',
    'Regular price', '£4.50 GBP', 'Tax included. Shipping calculated at checkout.', 'Seat pad', 'Ivory', 'Blush', 'Sage', 'Quantity',
    `Decrease quantity for ${shTitle}`, `Increase quantity for ${shTitle}`, 'Add to cart', 'Share', 'You may also like', ...shRecs,
    'Subscribe to our emails', 'Email', '© 2026, Saltmarsh Event Hire', 'Powered by Shopify', ...shPol,
  ],
};

export const HELDOUT523_C: readonly TestPage[] = [astraGuide, shopifyChair].map(tidy);
