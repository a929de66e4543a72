import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, lis, ll, paras, pp, type Sec, secs } from './pages-heldout330-kit.js';

/**
 * Held-out batch 330, file c: a wine-tasting note on a wine shop's WordPress blog with the WooCommerce Storefront theme
 * (handheld menu, cart widget, breadcrumb, posted-on and author lines, a "Buy this wine" product card, tags, comments and
 * the reply form, blog sidebar widgets, footer) and a brewery's blog post on Shopify's Dawn theme (announcement bar, cart
 * drawer, article meta, share button, "Back to blog", product recommendations, newsletter, footer menus, payment icons).
 */
const wTitle = 'Tasting Note: Harrowgate Estate Old-Vine Grenache 2021';
const wSecs: Sec[] = [
  [
    'In the glass',
    pp(`
      We opened the last case of this wine on a wet Tuesday evening in the shop, and by the time we had poured a round for the
      staff the bottle was empty. It is that sort of wine: pale ruby, almost translucent at the rim, with a perfume that fills
      the glass before you have raised it.

      On the nose there is wild strawberry, dried rose petal and a thread of white pepper, with something savoury underneath,
      like warm stone after rain. It smells lighter than its 14% alcohol would suggest.`),
  ],
  [
    'On the palate',
    pp(`
      The fruit is bright and juicy rather than jammy. Red cherry and raspberry lead, then orange peel and a gentle bitterness
      from the whole-bunch fermentation that keeps everything lively. Tannins are fine and powdery, and the finish lingers on
      dried herbs.

      The vines are more than seventy years old and planted on sandy soils, which the winemaker, Roisin Calloway, credits for
      the wine’s lift. Only about a third of the fruit was destemmed, and the wine spent ten months in large old casks.`),
  ],
  [
    'Serving and food',
    pp(`
      Serve it a touch cool, around 14 to 16 degrees, and decant it for half an hour if you can wait. It will happily keep for
      another five years in a cool cellar.`),
  ],
];
const wPair = ll(`
  Roast chicken with thyme and garlic
  Lamb kofta with yoghurt and sumac
  Mushroom and chestnut pie
  A board of hard sheep’s cheeses`);
const wPairIntro = 'Our favourite matches from the staff dinner:';
const wScore = 'Our score: 93/100. Drink now to 2031.';
const wComments: [string, string, string][] = [
  ['Fenella Drake', 'March 4, 2026 at 8:12 pm', 'Bought two bottles on the strength of this and you are right about the pepper. Lovely with lamb chops.'],
  ['Harrowgate Wine Co.', 'March 5, 2026 at 9:40 am', 'Thanks Fenella! We have a few magnums coming in April if you want to put one by.'],
];
const wNav = ll('Shop | Red Wine | White Wine | Sparkling | Gifts | Tastings | Journal | Contact');
const wSide = ll('Five Alpine Whites for Spring | What Does “Old Vine” Really Mean? | Our March Tasting Dates');
const wHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} – Harrowgate Wine Co.</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-02T09:00:00+00:00"><meta name="generator" content="WooCommerce 9.6.1">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"author":{"name":"Tomas Rydell"},"datePublished":"2026-03-02T09:00:00+00:00"},{"@type":"BreadcrumbList"}]}</script>
<script>var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart"};</script></head>
<body class="post-template-default single single-post postid-2231 theme-storefront woocommerce-js storefront-secondary-navigation right-sidebar">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Harrowgate Wine Co.</a></p><p class="site-description">Independent wine merchant since 1987</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" class="woocommerce-product-search">
<input type="search" class="search-field" placeholder="Search products…"><button type="submit">Search</button></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation">
<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/basket/" title="View your shopping cart">
<span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span><a href="/journal/">Journal</a><span class="breadcrumb-separator"> / </span>Tasting Notes</nav></div></div>
<div id="content" class="site-content"><div class="col-full"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-tasting-notes">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">Posted on <a href="/2026/03/02/" rel="bookmark">
<time class="entry-date published" datetime="2026-03-02T09:00:00+00:00">2 March 2026</time></a></span>
<span class="post-author">by <a href="/author/tomas/" rel="author">Tomas Rydell</a></span></div>
<h1 class="entry-title">${wTitle}</h1></header>
<div class="entry-content"><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/grenache-glass.jpg" alt="">
<figcaption class="wp-element-caption">The 2021 in the shop’s tasting room. Photo: Ada Lindqvist</figcaption></figure>
${secs(wSecs.slice(0, 2), 'h2', ' class="wp-block-heading"')}
${secs(wSecs.slice(2), 'h2', ' class="wp-block-heading"')}
<p>${wPairIntro}</p><ul class="wp-block-list">${lis(wPair)}</ul>
<p><strong>${wScore}</strong></p>
<div class="wp-block-woocommerce-single-product wc-block-single-product"><div class="wc-block-components-product-image">
<img src="/wp-content/uploads/grenache-bottle.jpg" alt=""></div><h3 class="wc-block-components-product-name">Harrowgate Old-Vine Grenache 2021, 75cl</h3>
<div class="wc-block-components-product-price"><span class="woocommerce-Price-amount amount">£21.50</span></div>
<a href="?add-to-cart=918" class="wp-block-button__link add_to_cart_button">Add to basket</a></div></div>
<footer class="entry-footer"><div class="cat-links"><span>Category:</span> <a href="/category/tasting-notes/">Tasting Notes</a></div>
<div class="tags-links"><span>Tags:</span> <a href="/tag/grenache/">grenache</a>, <a href="/tag/old-vines/">old vines</a></div></footer></article>
<nav id="post-navigation" class="navigation post-navigation" aria-label="Posts"><span class="screen-reader-text">Post navigation</span>
<div class="nav-previous"><a href="/journal/alpine-whites/" rel="prev"><span class="screen-reader-text">Previous post: </span>Five Alpine Whites for
Spring</a></div></nav>
<section id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${wTitle}”</h2><ol class="comment-list">
${wComments
  .map(
    (
      [a, d, t],
      i,
    ) => `<li id="comment-${i + 40}" class="comment"><article class="comment-body"><div class="comment-meta commentmetadata"><cite class="fn">${a}</cite>
<a href="#comment-${i + 40}" class="comment-date"><time>${d}</time></a></div><div class="comment-content"><p>${t}</p></div>
<span class="reply"><a class="comment-reply-link" href="#respond">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><p class="form-submit"><input type="submit" class="submit" value="Post Comment"></p></div></section>
</main></div>
<div id="secondary" class="widget-area" role="complementary"><div class="widget widget_recent_entries"><span class="gamma widget-title">Recent Posts</span>
<ul>${links(wSide)}</ul></div><div class="widget widget_categories"><span class="gamma widget-title">Categories</span>
<ul>${links(['Producer Visits', 'Tasting Notes', 'Shop News'])}</ul></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets">
<p>Harrowgate Wine Co., 3 Corn Exchange Yard. You must be 18 or over to buy alcohol.</p></div>
<div class="site-info">© Harrowgate Wine Co. 2026<br><a href="/privacy-policy/">Privacy Policy</a></div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart</a></li></ul></div></div>
<div id="cookie-law-info-bar" data-cli-style="cli-style-v2"><span>We use cookies on our website to give you the most relevant experience.
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a><a id="cookie_action_reject">REJECT</a></span></div>
</body></html>`;
const woo: TestPage = {
  name: 'heldout330-woocommerce-wine-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: heads(wSecs),
  body: texts([...paras(wSecs), wPairIntro, ...wPair, wScore]),
  bylines: ['2 March 2026', 'Tomas Rydell', 'Posted on', ...wComments.flatMap(([a, d]) => [a, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Harrowgate Wine Co.', 'Independent wine merchant since 1987', 'Search', 'Menu', ...wNav, '£0.00', '0 items',
    'Home', 'Tasting Notes', 'The 2021 in the shop’s tasting room. Photo: Ada Lindqvist', 'Harrowgate Old-Vine Grenache 2021, 75cl', '£21.50',
    'Add to basket', 'Category:', 'Tags:', 'grenache', 'old vines', 'Post navigation', 'Previous post:', `2 thoughts on “${wTitle}”`,
    ...wComments.map(([, , t]) => t), 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...wSide, 'Categories', 'Producer Visits', 'Shop News',
    'Harrowgate Wine Co., 3 Corn Exchange Yard. You must be 18 or over to buy alcohol.', '© Harrowgate Wine Co. 2026', 'Privacy Policy', 'My Account',
    'Cart', 'We use cookies on our website to give you the most relevant experience.', 'ACCEPT', 'REJECT',
  ],
};

const bTitle = 'Brewing Fogline: How Our Winter Porter Got Its Oats';
const bIntro = pp(`
  Every October the brewhouse smells like a bakery for a week. That is Fogline season, when we brew the oat porter that has
  become, somewhat to our surprise, the beer people ask about most. Head brewer Ansel Marrow sat down with us between brew
  days to explain what goes into it.`);
const bSecs: Sec[] = [
  [
    'The grist',
    pp(`
      Fogline starts with a pale base malt from a maltster two valleys over, then a generous helping of flaked and toasted oats,
      about eighteen percent of the grist. Ansel toasts the oats himself in the kitchen oven next door, a tray at a time, until
      they smell of flapjack.

      The colour and roast come from a small amount of chocolate malt and a pinch of black malt. “People think a porter needs a
      lot of roast,” he says, “but too much and it turns to ashtray. We want coffee and cocoa, not a bonfire.”`),
  ],
  [
    'The mash and the boil',
    pp(`
      All those oats make the mash sticky, so we add rice hulls to keep the runoff moving. Ansel mashes a few degrees warmer
      than for our pale ales, which leaves more body and a soft, rounded sweetness in the finished beer.

      Hops are there for balance only: a single addition of an English variety at the start of the boil. You should not be
      able to pick them out, just notice that the beer is not cloying.`),
  ],
  [
    'Numbers for homebrewers',
    pp(`
      We get asked for the recipe a lot, so here are the figures from this year’s batch. Scale them to your own kit and expect
      to adjust for your efficiency.`),
  ],
];
const bTable: [string, string][] = [
  ['Original gravity', '1.058'],
  ['Final gravity', '1.016'],
  ['Alcohol', '5.6% ABV'],
  ['Bitterness', '28 IBU'],
  ['Mash temperature', '68 °C'],
];
const bEnd = pp(`
  Fogline is on tap in the taproom from this weekend and in cans from the webshop while it lasts. If you brew your own
  version, bring us a bottle: we would love to try it.`);
const bNav = ll('Shop | Beer | Merch | Gift Cards | Taproom | Blog | Stockists');
const bRecs = ll('Fogline Oat Porter 4-Pack | Taproom Gift Card | Harbour Light Pale Ale 4-Pack');
const bFoot = ll('Search | Shipping &amp; Delivery | Refund policy | Wholesale | Contact').map((t) => t.replace('&amp;', '&'));
const bHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><title>${bTitle} – Greywater Brewing Co.</title>
<meta name="description" content="Head brewer Ansel Marrow on what goes into our winter oat porter.">
<meta property="og:site_name" content="Greywater Brewing Co."><meta property="og:type" content="article">
<script>var Shopify = Shopify || {}; Shopify.shop = "greywater-brewing.myshopify.com"; Shopify.theme = {"name":"Dawn","id":14112,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"Every October the brewhouse smells like a bakery",
"author":{"@type":"Person","name":"Greywater Brewing"},"datePublished":"2026-01-09T08:00:00Z","headline":"${bTitle}"}</script>
<link href="//greywater.example/cdn/shop/t/4/assets/section-blog-post.css" rel="stylesheet"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div class="drawer__inner"><div class="drawer__inner-empty"><div class="cart-drawer__warnings">
<h2 class="cart__empty-text">Your cart is empty</h2><a href="/collections/all" class="button">Continue shopping</a></div></div></div></cart-drawer>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free local delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link">
<img src="//greywater.example/cdn/shop/files/logo.png" alt="Greywater Brewing Co." class="header__heading-logo"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(bNav, '')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main"><section id="shopify-section-template--main-article" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media"><img src="//greywater.example/cdn/shop/articles/fogline-mash.jpg" alt="Oats in the mash tun"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${bTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-01-09T08:00:00Z">January 9,
2026</time></span><span class="caption-with-letter-spacing" itemprop="author">by Greywater Brewing</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><button class="share-button__button">
Share</button><div class="share-button__fallback"><button class="share-button__copy">Copy link</button></div></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(bIntro)}
${secs(bSecs.slice(0, 2), 'h3')}
<h3>${bSecs[2]?.[0] ?? ''}</h3>${ps(bSecs[2]?.[1] ?? [])}
<table><tbody>${bTable.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</tbody></table>
${ps(bEnd)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<section class="shopify-section section"><div class="page-width"><h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid">${bRecs
  .map(
    (r) => `<li class="grid__item"><div class="card__content"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${r.replace('&', '&amp;')}</a></h3><div class="price"><span class="price-item price-item--regular">£14.00</span></div>
</div></li>`,
  )
  .join('\n')}</ul></div></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Join the Brew Crew</h2>
<form class="newsletter-form"><input id="NewsletterForm--footer" type="email" placeholder="Email"><button class="newsletter-form__button"
aria-label="Subscribe">Subscribe</button></form></div><ul class="footer-block__details-content list-unstyled">${links(bFoot)}</ul></div>
<div class="footer__content-bottom"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment"
role="list"><li class="list-payment__item"><svg aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Greywater Brewing Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example">Powered by Shopify</a></small>
<small>Please drink responsibly. You must be 18+ to order.</small></div></div></footer>
<script src="//greywater.example/cdn/shop/t/4/assets/global.js" defer></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout330-shopify-brewery-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: heads(bSecs),
  body: texts([...bIntro, ...paras(bSecs), ...bTable.flatMap(([k, v]) => [k, v]), ...bEnd]),
  bylines: ['January 9, 2026', 'by Greywater Brewing'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Free local delivery on orders over £40', ...bNav, 'Log in', 'Cart', 'Share',
    'Copy link', 'Back to blog', 'You may also like', ...bRecs, '£14.00', 'Join the Brew Crew', 'Subscribe', ...bFoot, 'Payment methods', 'Visa',
    '© 2026, Greywater Brewing Co.', 'Powered by Shopify', 'Please drink responsibly. You must be 18+ to order.',
  ],
};

export const HELDOUT330_C: readonly TestPage[] = [woo, shopify];
