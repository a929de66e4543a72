import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout630-kit.js';

/**
 * Held-out batch 630, file a: a loose-leaf oolong product page on Shopify (Dawn theme) and a spice blend recipe post on
 * WordPress (Kadence theme) with a WP Recipe Maker card and comments.
 */
const sTitle = 'Misty Ridge Jin Xuan Oolong';
const sDesc = [
  j(
    'A lightly oxidised, rolled oolong from a family garden at 900 metres in the Carrow Hills. The leaves are picked in late April,',
    'withered in the shade for a day and rolled by hand into tight green pearls that open slowly over many infusions.',
  ),
  j(
    'Jin Xuan is known for its soft, milky texture, and this lot has it in abundance: sweet cream and steamed rice on the first cup,',
    'then lilac and a clean, mineral finish by the third. It is forgiving to brew and a good first oolong for green tea drinkers.',
  ),
];
const sHeads = ['Tasting notes', 'How to brew'];
const sNotes = ['Sweet cream, steamed rice, lilac', 'Body: smooth, medium', 'Finish: mineral, lingering sweetness'];
const sBrew = [
  'Western: 3 g per 250 ml, water at 90 °C, 3 minutes. Re-steep twice.',
  'Gongfu: 6 g per 100 ml gaiwan, water at 95 °C, 20 seconds, adding 5 seconds each round. Good for 7 or 8 infusions.',
];
const sClose = 'Packed in resealable foil pouches. Keep away from light and strong smells, and drink within a year for the brightest flavour.';
const sNav = ['Shop all', 'Green', 'Oolong', 'Black', 'Herbal', 'Teaware', 'Gift cards', 'Journal'];
const sLike = ['Harbour Breakfast Blend', 'Silver Needle White', 'Roasted Tieguanyin', 'Cold Brew Sampler'];
const sFoot = ['Search', 'Shipping policy', 'Refund policy', 'Wholesale', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${sTitle} – Harrow &amp; Leaf Tea Co.</title><meta name="description" content="A lightly oxidised, rolled oolong from a family garden.">
<meta property="og:type" content="product"><meta property="og:title" content="${sTitle}"><meta property="og:price:amount" content="14.00">
<link rel="canonical" href="https://harrowandleaf.com/products/misty-ridge-jin-xuan-oolong">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "harrow-and-leaf.myshopify.com"; Shopify.theme = {"name":"Dawn","id":13211};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"14.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Harrow &amp; Leaf Tea Co."}}</script>
<link href="//harrowandleaf.com/cdn/shop/t/4/assets/base.css?v=1449" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--color-base-background-1:255,255,255;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £35</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Harrow &amp; Leaf</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1664__main" class="shopify-section section"><section class="page-width section-template--1664__main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--1664__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item">
<div class="product-media-container media-type-image media-fit-contain"><img src="//harrowandleaf.com/cdn/shop/products/jinxuan.jpg?v=1&amp;width=1946"
alt="Rolled green oolong pearls in a white dish" width="1946" height="1946"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1664__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Harrow &amp; Leaf Tea Co.</p>
<div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--1664__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£14.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--1664__main"><fieldset class="js product-form__input"><legend class="form__label">Size</legend>
<input type="radio" id="s-50" name="Size" value="50 g" checked><label for="s-50">50 g</label>
<input type="radio" id="s-100" name="Size" value="100 g"><label for="s-100">100 g</label>
<input type="radio" id="s-250" name="Size" value="250 g"><label for="s-250">250 g</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-1">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity
</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-1" value="1" min="1"><button class="quantity__button no-js-hidden"
name="plus" type="button"><span class="visually-hidden">Increase quantity</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div></form>
</product-form>
<div class="product__description rte quick-add-hidden">
${ps(sDesc)}
<h3>${at(sHeads, 0)}</h3><ul>${lis(sNotes)}</ul>
<h3>${at(sHeads, 1)}</h3><ul>${lis(sBrew)}</ul>
<p>${sClose}</p></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab-1"><p>Orders placed before 1 pm ship the same working day by Royal Mail.</p></div>
</details></div>
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
<details><summary class="share-button__button"><span>Share</span></summary></details></share-button>
</section></div></div></section></section>
<section class="shopify-section section"><div class="related-products page-width"><h2 class="related-products__heading inline-richtext h2">You may also
like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">${sLike
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">
${t}</a></h3><div class="price"><span class="price-item price-item--regular">From £9.50 GBP</span></div></div></li>`,
  )
  .join('\n')}</ul></div></section></main>
<footer class="footer color-background-1 gradient section-sections--1664__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Harrow &amp; Leaf Tea
Co.</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div>
</footer><script src="//harrowandleaf.com/cdn/shop/t/4/assets/global.js?v=1402" defer="defer"></script></body></html>`;
const shopify: TestPage = page({
  name: 'heldout630-shopify-dawn-oolong',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sDesc, ...sNotes, ...sBrew, sClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £35', 'Harrow & Leaf', ...sNav, 'Log in', 'Cart', 'Harrow & Leaf Tea Co.',
    'Regular price', '£14.00 GBP', 'Tax included. Shipping calculated at checkout.', 'Size', '50 g', '100 g', '250 g', 'Quantity',
    'Decrease quantity', 'Increase quantity', 'Add to cart', 'Buy it now', 'Shipping & returns', 'Share', 'You may also like', ...sLike,
    'From £9.50 GBP', 'Quick links', ...sFoot, 'Subscribe to our emails', 'Email',
    '© 2026, Harrow & Leaf Tea Co.', 'Powered by Shopify',
  ],
});

const rTitle = 'Smoky Berbere-Style Spice Blend (Toasted, Not Raw)';
const rIntro = [
  j(
    'I have been making some version of this blend for eleven years, ever since a neighbour in our old building left a jar of it outside',
    'my door with a note that just said "for the lentils". It was deep red, a little smoky, and hot in a slow way that crept up after',
    'the second bite. I never got her recipe, so this is my best reconstruction, tested over many, many pots of lentils.',
  ),
  j(
    'It is not a traditional berbere, and I will not pretend it is. I use smoked paprika for depth because the dried chillies I can',
    'buy here are milder than the ones she used, and I toast everything whole before grinding, which makes a bigger difference',
    'than any single ingredient.',
  ),
];
const rH = ['Why toast the spices?', 'Choosing your chillies', 'How to use it', 'Smoky Berbere-Style Spice Blend', 'Ingredients', 'Instructions', 'Notes'];
const rWhy = [
  j(
    'Toasting wakes up the oils in whole seeds. Fenugreek in particular goes from bitter and grassy to nutty and almost maple-like',
    'after a minute or two in a dry pan. Keep the heat at medium and keep the pan moving; the seeds are done when they smell',
    'toasty and the coriander has darkened by a shade.',
  ),
];
const rChilli = [
  j(
    'Use any mild to medium dried red chilli with thin walls. I use a mix of guajillo for colour and a few chiles de árbol for heat.',
    'Remove the stems and most of the seeds, and snip the pods into pieces so they toast evenly.',
  ),
];
const rUse = [
  'Stir 2 tablespoons into a pot of red lentils with onion, garlic and tomato.',
  'Rub it over chicken thighs with oil and salt and roast at 200 °C.',
  'Mix a teaspoon into softened butter and melt over roast carrots.',
];
const rCardSummary = 'A warm, smoky, slow-building spice blend for lentils, stews and roast vegetables.';
const rIngr = [
  '6 dried guajillo chillies, stemmed and seeded',
  '3 chiles de árbol',
  '1 tablespoon coriander seeds',
  '1 teaspoon fenugreek seeds',
  '8 green cardamom pods, seeds only',
  '6 cloves',
  '1 teaspoon black peppercorns',
  '2 tablespoons smoked paprika',
  '1 teaspoon ground ginger',
  '½ teaspoon ground cinnamon',
  '2 teaspoons fine salt',
];
const rSteps = [
  'Toast the chillies in a dry pan over medium heat for 1 to 2 minutes, pressing them flat, until fragrant. Set aside to cool.',
  'Toast the coriander, fenugreek, cardamom, cloves and peppercorns for 2 minutes, shaking the pan, until the coriander darkens slightly.',
  'Grind the chillies and whole spices to a fine powder in a spice grinder, in batches if needed.',
  'Stir in the paprika, ginger, cinnamon and salt. Store in an airtight jar away from light.',
];
const rNote = 'The blend keeps its best flavour for about three months. Leave out the chiles de árbol for a mild version.';
const rNav = ['Home', 'Recipes', 'Spice Blends', 'About', 'Shop'];
const rCom = [
  ['Marguerite O.', 'March 9, 2026 at 8:14 am', 'Made this for a lentil stew last night. The fenugreek toasting tip is a game changer!'],
  ['Devan', 'March 11, 2026 at 6:52 pm', 'Could I use ancho instead of guajillo? That is all my shop has.'],
];
const rSide = ['Homemade Garam Masala, Two Ways', 'Five-Minute Za’atar', 'How Long Do Ground Spices Last?'];
const rHtml = `<!doctype html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>${rTitle} - The Pepper Drawer</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="A toasted, smoky berbere-style spice blend for lentils and stews.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}",
"author":{"name":"Ines Haddow"},"datePublished":"2026-03-08T09:00:00+00:00"},{"@type":"Recipe","name":"Smoky Berbere-Style Spice Blend",
"prepTime":"PT10M","cookTime":"PT5M","recipeYield":["12"]}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://thepepperdrawer.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="wprm-public-css" href="https://thepepperdrawer.com/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1" media="all">
<style id="kadence-global-inline-css">:root{--global-palette1:#b5412b;--global-palette2:#8a2f1d;}</style></head>
<body class="post-template-default single single-post postid-4182 single-format-standard wp-embed-responsive content-title-style-normal">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap">
<div class="site-branding branding-layout-standard"><a class="brand" href="https://thepepperdrawer.com/" rel="home"><p class="site-title">The Pepper Drawer</p>
</a>
<p class="site-description">Spice blends and the food they go in</p></div>
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub" role="navigation" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">${links(rNav, 'menu-item menu-item-type-post_type')}</ul></div>
</nav>
<div class="search-toggle-open-container"><button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form">
<span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg"></svg></span></button></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-4182" class="entry content-bg single-entry post-4182 post type-post status-publish has-post-thumbnail category-spice-blends">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="/" itemprop="url"
class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a href="/category/spice-blends/"><span>Spice Blends
</span></a></span></div></nav>
<h1 class="entry-title">${rTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/ines/">Ines Haddow</a></span></span><span class="posted-on">
<time class="entry-date published" datetime="2026-03-08T09:00:00+00:00">March 8, 2026</time></span></div></header>
<div class="entry-content single-content"><div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="4190"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal">Jump to Recipe</a>
<a href="https://thepepperdrawer.com/wprm_print/4190" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode">Print Recipe</a></div>
${ps(rIntro)}
<h2 class="wp-block-heading">${at(rH, 0)}</h2>${ps(rWhy)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/03/toasting.jpg" alt="Whole spices in a cast iron pan">
<figcaption class="wp-element-caption">Pull the pan off the heat as soon as the fenugreek smells nutty.</figcaption></figure>
<h2 class="wp-block-heading">${at(rH, 1)}</h2>${ps(rChilli)}
<h2 class="wp-block-heading">${at(rH, 2)}</h2><ul class="wp-block-list">${lis(rUse)}</ul>
<div id="recipe"></div><div id="wprm-recipe-container-4190" class="wprm-recipe-container" data-recipe-id="4190" data-servings="12">
<div class="wprm-recipe wprm-recipe-template-chic"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-normal">
<img src="/wp-content/uploads/2026/03/berbere-150x150.jpg" alt="" width="150" height="150"></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${at(rH, 3)}</h2>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${rCardSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container">
<div class="wprm-recipe-block-container wprm-recipe-time-container">
<span class="wprm-recipe-details-label wprm-block-text-faded">Prep Time </span><span class="wprm-recipe-time">10 minutes</span></div>
<div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label wprm-block-text-faded">Cook Time </span>
<span class="wprm-recipe-time">5 minutes</span></div><div class="wprm-recipe-block-container wprm-recipe-servings-container">
<span class="wprm-recipe-details-label wprm-block-text-faded">Servings </span><span class="wprm-recipe-servings">12</span>
<span class="wprm-recipe-servings-unit"> tablespoons</span></div></div>
<div class="wprm-recipe-ingredients-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">${at(rH, 4)}</h3>
<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">${lis(rIngr, 'wprm-recipe-ingredient')}</ul></div></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">${at(rH, 5)}</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${rSteps
  .map((s) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${s}</div></li>`)
  .join('\n')}</ul></div></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">${at(rH, 6)}</h3><div class="wprm-recipe-notes">
<span style="display: block;">${rNote}</span></div></div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Tried this recipe?</span>
<span class="wprm-call-to-action-text">Tag @thepepperdrawer so I can see it!</span></div></div></div>
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/chilli/" rel="tag">#chilli</a><a href="/tag/lentils/" rel="tag">#lentils</a></span></div></footer></div></article>
<div id="comments" class="comments-area"><h3 class="comments-title">2 Comments</h3><ol class="comment-list">${rCom
  .map(
    (c) => `<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${c[0]}</b></div><div class="comment-metadata"><a href="#comment"><time>${c[1]}</time></a></div></footer>
<div class="comment-content"><p>${c[2]}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article>
</li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary"><div class="sidebar-inner-wrap">
<section id="block-3" class="widget widget_block"><h2 class="wp-block-heading">Hi, I'm Ines</h2>
<p>I grind spices in a tiny kitchen in Leith and write down what works.</p></section>
<section id="block-5" class="widget widget_block"><h2 class="wp-block-heading">Popular blends</h2><ul class="wp-block-latest-posts__list">${links(rSide)}
</ul></section></div></aside></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap">
<div class="footer-html inner-link-style-normal">
<div class="footer-html-inner"><p>&copy; 2026 The Pepper Drawer - WordPress Theme by <a href="https://www.kadencewp.com/">Kadence WP</a></p></div></div></div>
</div>
</footer></div><script id="kadence-navigation-js" src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script></body></html>`;
const wprm: TestPage = page({
  name: 'heldout630-kadence-wprm-berbere',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rWhy, ...rChilli, ...rUse, rCardSummary, ...rIngr, ...rSteps, rNote]),
  bylines: ['By Ines Haddow', 'March 8, 2026', ...rCom.flatMap((c) => [at(c, 0), at(c, 1)])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Pepper Drawer', 'Spice blends and the food they go in', ...rNav, 'Jump to Recipe', 'Print Recipe',
    'Pull the pan off the heat as soon as the fenugreek smells nutty.', 'Prep Time', '10 minutes', 'Cook Time', '5 minutes', 'Servings',
    '12 tablespoons', 'Tried this recipe?', 'Tag @thepepperdrawer so I can see it!', 'Post Tags:', '#chilli', '#lentils', 
    '2 Comments', ...rCom.map((c) => at(c, 2)),
    'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', "Hi, I'm Ines",
    'I grind spices in a tiny kitchen in Leith and write down what works.', 'Popular blends', ...rSide,
    '© 2026 The Pepper Drawer - WordPress Theme by Kadence WP',
  ],
});

export const HELDOUT630_A: readonly TestPage[] = [shopify, wprm];
