import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout699-kit.js';

/**
 * Held-out batch 699, file b: a honey product page of a honey farm's Shopify shop (Dawn theme), and a honey farm's blog post
 * on WordPress (Astra theme) with comments.
 */
const pTitle = 'Raw Heather Honey 340g';
const pDesc = [
  j(
    'Our heather honey comes from hives we move up to the Carrick moors every August, when the ling heather is in flower.',
    'It is thick, jelly-like and amber, with a strong, slightly bitter taste that people either love or find too much.',
  ),
  j('We spin it cold and strain it once through a coarse mesh, so you may find specks of wax and pollen. That is how it should be.'),
];
const pFacts = ['Harvested: September 2026', 'Apiary: Craigmoor, Carrick', 'Jar: 340g glass with metal lid', 'Ingredients: 100% honey'];
const pCare = j(
  'Store at room temperature. Heather honey sets slowly; if it crystallises, stand the jar in warm water for half an hour.',
  'Not suitable for babies under 12 months.',
);
const pNav = ['Shop all', 'Honey', 'Beeswax', 'Gift boxes', 'Visit the farm', 'Wholesale'];
const pRel = ['Wildflower Honey 340g', 'Set Spring Honey 227g', 'Heather Comb Section'];
const pFoot = ['Search', 'Shipping', 'Refund policy', 'Contact', 'Terms of service'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://craigmoorhoney.co.uk/products/raw-heather-honey-340g">
<title>Raw Heather Honey 340g &ndash; Craigmoor Honey Farm</title>
<meta name="description" content="Our heather honey comes from hives we move up to the Carrick moors every August.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="12.50"><meta property="og:price:currency" content="GBP">
<script src="//craigmoorhoney.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta =
{"currency":"GBP","product":{"id":8012,"vendor":"Craigmoor Honey Farm"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}",
"offers":[{"@type":"Offer","price":"12.50","priceCurrency":"GBP",
"availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Craigmoor Honey Farm"}}</script>
<link href="//craigmoorhoney.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container">
<summary class="header__icon header__icon--menu" aria-label="Menu"><span><svg aria-hidden="true" class="icon icon-hamburger"></svg></span></summary>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Craigmoor Honey Farm</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<product-info id="MainProduct-template--main" class="section-template--main-padding" data-section="template--main"><div class="page-width">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<img src="//craigmoorhoney.co.uk/cdn/shop/files/heather-340.jpg?v=1&amp;width=1946" alt="Jar of heather honey on a stone wall" width="1946"
height="1946"></div></li></ul>
</media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Craigmoor Honey Farm</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/raw-heather-honey-340g" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£12.50 GBP</span></div>
</div></div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${pTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" value="1" min="1"><button class="quantity__button" name="plus" type="button">
<span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div>
</form></product-form>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}<ul>${lis(pFacts)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-care"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Storage and care</h2></div></summary><div class="accordion__content rte"><p>${pCare}</p></div></details></div>
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button></share-button>
</section></div></div></div></product-info></section>
<section class="shopify-section section"><div class="product-recommendations page-width"><h2 class="product-recommendations__heading h2">You may also like</h2>
<ul class="grid product-grid" role="list">${pRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content">
<h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${t}</a></h3><div class="price">
<span class="price-item">£9.00 GBP</span></div></div></div></li>`,
  )
  .join('\n')}
</ul></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter">
<h2 class="footer-block__heading inline-richtext">Join the hive</h2><form class="newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/">Craigmoor Honey Farm</a></small>
<small class="copyright__content"><a href="https://www.shopify.com" rel="nofollow">Powered by Shopify</a></small></div>
<ul class="policies list-unstyled">${links(pFoot)}</ul></div></footer>
<script src="//craigmoorhoney.co.uk/cdn/shop/t/4/assets/product-info.js" defer="defer"></script></body></html>`;
const shopify: TestPage = gold({
  name: 'heldout699-shopify-honey',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Storage and care'],
  body: texts([...pDesc, ...pFacts, pCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Craigmoor Honey Farm', ...pNav, 'Log in', 'Cart', 'Regular price', '£12.50 GBP',
    'Tax included. Shipping calculated at checkout.', 'Quantity', `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`, 'Add to cart',
    'Buy it now', 'You may also like', ...pRel, '£9.00 GBP', 'Join the hive', 'Email', '© 2027, Craigmoor Honey Farm', 'Powered by Shopify', ...pFoot,
  ],
});

const wTitle = 'Why our spring honey sets hard (and why that is a good thing)';
const wBody = [
  j(
    'Every May someone emails to tell us their jar of spring honey has “gone off” because it has turned white and solid.',
    'It has not. Set honey is still perfectly good honey; it has simply crystallised, and our spring crop does it faster than most.',
  ),
  'Blame the oilseed rape',
  j(
    'Our hives at Pellow Farm sit within flying distance of three large fields of oilseed rape. Rape nectar is high in glucose,',
    'and glucose crystallises quickly. Honey from the rape flow can set in the comb within a fortnight if we leave it too long,',
    'which is why we extract the spring crop as soon as the frames are capped.',
  ),
  'How we make soft set honey',
  j(
    'Left alone, rape honey sets into large, gritty crystals. To get the smooth, spreadable texture we sell as soft set, we',
    'seed each batch with ten per cent of last year’s finest set honey and stir it twice a day in a cool room for about a week.',
  ),
  'We warm the honey to 32°C so it flows, then strain it.',
  'We stir in the seed honey until it is evenly spread.',
  'We keep the tank at 14°C and stir it morning and evening.',
  'When it is the colour of butter and starts to hold a trail, we jar it.',
  'Getting a runny jar back',
  j(
    'If you prefer it runny, stand the jar with the lid loosened in a pan of warm water (not boiling) for twenty minutes and',
    'stir. Please do not microwave it: hot spots can spoil the flavour and the enzymes that make raw honey special.',
  ),
  j('Our summer wildflower honey, from the lime and bramble flow, stays runny for months. You will find both in the farm shop.'),
];
const wSteps = wBody.slice(5, 9);
const wNav = ['Home', 'Our Honey', 'Farm Shop', 'Adopt a Hive', 'Blog', 'Contact'];
const wRecent = ['Moving bees to the heather: a week in pictures', 'What the bees do in January', 'Meet our new apprentice, Tamsin'];
const wCats = ['Bee Diary', 'Honey', 'Recipes'];
const wComments = [
  ['Rosalind Achter', 'May 14, 2027 at 8:12 am', 'Thank you, I nearly threw a jar away last year! Will try the warm water trick.'],
  ['Jenna at Pellow', 'May 14, 2027 at 9:40 am', 'Glad it helped, Rosalind. Set honey is lovely on hot toast too.'],
];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>Why our spring honey sets hard (and why that is a good thing) &#8211; Pellow Honey Farm</title>
<meta name='robots' content='max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="Pellow Honey Farm &raquo; Feed" href="https://pellowhoney.co.uk/feed/">
<link rel='stylesheet' id='astra-theme-css-css' href='https://pellowhoney.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-no-sidebar .entry-content .alignfull{margin-left:calc(-50vw + 50%);}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Jenna Pellow"},"datePublished":"2027-05-13T09:00:00+00:00"}]}</script>
<script src="https://pellowhoney.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1312 single-format-standard ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-header-primary-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://pellowhoney.co.uk/" rel="home">Pellow Honey Farm</a></span>
<p class="site-description" itemprop="description">Cornish honey since 1987</p></div></div></div></div>
<div class="site-header-primary-section-right"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item">
<div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1312 post type-post status-publish format-standard has-post-thumbnail hentry category-honey ast-article-single" id="post-1312"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb">
<img width="1024" height="683" src="https://pellowhoney.co.uk/wp-content/uploads/2027/05/set-honey.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Jenna Pellow" href="https://pellowhoney.co.uk/author/jenna/" class="url fn n" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Jenna Pellow</span></a></span> / <span class="posted-on">
<span class="published" itemprop="datePublished">May 13, 2027</span>
</span> / <span class="cat-links"><a href="https://pellowhoney.co.uk/category/honey/" rel="category tag">Honey</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps([wBody[0] ?? ''])}<h2 class="wp-block-heading">${wBody[1]}</h2>${ps([wBody[2] ?? ''])}
<h2 class="wp-block-heading">${wBody[3]}</h2>${ps([wBody[4] ?? ''])}<ol class="wp-block-list">${lis(wSteps)}</ol>
<h2 class="wp-block-heading">${wBody[9]}</h2>${ps([wBody[10] ?? '', wBody[11] ?? ''])}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/moving-bees-heather/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/january-bees/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${wComments
  .map(
    ([a, d, t], i) => `<li class="comment even thread-even depth-1" id="li-comment-${i}"><article id="comment-${i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12">
<cite><b class="fn">${a}</b></cite></div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-${i}">
<time datetime="2027-05-14">${d}</time></a></span></div></header></div><section class="ast-comment-content comment"><p>${t}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div>
</section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked
<span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://pellowhoney.co.uk/">
<label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s">
</label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright">
<p>Copyright &copy; 2027 Pellow Honey Farm | Powered by <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></body></html>`;
const astra: TestPage = gold({
  name: 'heldout699-wordpress-astra-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[3] ?? '', wBody[9] ?? ''],
  body: texts(wBody.filter((_, i) => ![1, 3, 9].includes(i))),
  bylines: ['By', 'Jenna Pellow', 'May 13, 2027', ...wComments.flatMap(([a, d]) => [a ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Pellow Honey Farm', 'Cornish honey since 1987', ...wNav, 'Honey', 'Post navigation', 'Previous Post', 'Next Post',
    `2 thoughts on “${wTitle}”`, ...wComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Search for:', 'Recent Posts', ...wRecent, 'Categories', ...wCats,
    'Copyright © 2027 Pellow Honey Farm | Powered by Astra WordPress Theme',
  ],
});

export const HELDOUT699_B: readonly TestPage[] = [shopify, astra];
