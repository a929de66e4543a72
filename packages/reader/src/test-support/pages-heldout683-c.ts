import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file c: a florist's seasonal guide to autumn wedding flowers on Ghost (Casper theme) with a dek, image
 * cards, a callout card, a read-more rail and a members sign-up box, and a dried-flower buttonhole product on WooCommerce
 * (Storefront theme) with its description tab shown and the other tab panels hidden.
 */
const gTitle = "What's in season: a florist's guide to autumn wedding flowers";
const gDek = 'From September dahlias to the first anemones of November, here is what our growers will be cutting and how we use it.';
const gIntro = j(
  'Couples planning an autumn wedding often ask us for peonies. We understand, but by September the peonies are a memory, and the',
  'ones you can buy have flown in from the other side of the world. The good news is that autumn is the richest season of the',
  'year for a florist, and almost everything below is grown within a day trip of our studio.',
);
const gSecs: [string, string[]][] = [
  [
    'Dahlias',
    [
      j(
        'Nothing says late summer like a dahlia. From the dinner-plate blooms of Cafe au Lait to the small pompon varieties, they come',
        'in every colour except blue and last well into October, until the first frost blackens them overnight.',
      ),
      'They bruise easily, so we cut them the evening before and keep them in deep water in the cool room until the morning of the wedding.',
    ],
  ],
  [
    'Chrysanthemums',
    [
      j(
        'Forget the tired supermarket sprays. Heritage chrysanthemums, with spidery petals and colours like burnt orange and old rose,',
        'are the quiet stars of October and November bouquets, and they will look fresh for a week after the wedding.',
      ),
    ],
  ],
  [
    'Berries, hips and seed heads',
    [
      j(
        'This is where autumn arrangements get their texture. Rosehips, blackberries still on the bramble, crab apples and the papery',
        'seed heads of honesty and scabious add movement and a slightly wild look to table centres and arches.',
      ),
      'Keep berries away from white dresses and white tablecloths. We learned this one the hard way.',
    ],
  ],
  [
    'Late roses and anemones',
    [
      j(
        'Garden roses keep flowering into October in a mild year, with fewer but larger blooms. By November the first anemones arrive,',
        'white with a dark centre, and they carry a winter wedding all the way to Christmas.',
      ),
    ],
  ],
];
const gTip = j(
  'Tip: ask your florist for a "flower list by month" rather than a fixed recipe. The best autumn bouquets are built in the week',
  'of the wedding, from whatever is at its peak.',
);
const gCaps = ['Cafe au Lait dahlias at Hartmoor Flower Farm, early September.', 'Rosehips and honesty seed heads in an October table centre.'];
const gRead = [
  ['Winter whites: flowers for a December wedding', 'Dec 2, 2027', '4 min read'],
  ['How we dry wedding bouquets to keep forever', 'Jul 19, 2027', '6 min read'],
];
const gNav = ['Home', 'Weddings', 'Workshops', 'Growers', 'About'];
const gFoot = ['Sitemap', 'Privacy', 'Contact'];
const gFig = (
  cap: string,
  n: number,
): string => `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://journal.stemandstory.com/content/images/2027/08/autumn-${n}.jpg"
class="kg-image" alt="" loading="lazy" width="2000" height="1333" srcset="https://journal.stemandstory.com/content/images/size/w600/2027/08/autumn-${n}.jpg
600w"
sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">${cap}</span></figcaption></figure>`;
const gSec = ([h, p]: [string, string[]]): string => `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${ps(p)}`;
const gCard = ([t, d, m]: string[], i: number): string => `<article class="post-card post tag-weddings"><a class="post-card-image-link" href="/read-${i}/">
<img class="post-card-image" src="/content/images/size/w600/2027/read-${i}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/read-${i}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a><footer
class="post-card-meta"><time class="post-card-meta-date" datetime="2027-07-19">${d}</time><span
class="post-card-meta-length">${m}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c3b1f0a2e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.stemandstory.com/autumn-wedding-flowers/"><meta property="og:site_name" content="Stem &amp; Story">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-08-24T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Stem and Story"},
"author":{"@type":"Person","name":"Iris Calloway"},"headline":"What's in season","datePublished":"2027-08-24T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.stemandstory.com/" data-key="9c2e41d0f7" data-api="https://journal.stemandstory.com/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}.gh-post-upgrade-cta{display:flex;}</style></head>
<body class="post-template tag-seasonal tag-weddings is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://journal.stemandstory.com">Stem
&amp; Story</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link"
href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-seasonal tag-weddings">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/seasonal/">Seasonal</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/iris/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/02/iris.jpg" alt="Iris Calloway"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/iris/">Iris Calloway</a></h4><div class="byline-meta-content"><time
class="byline-meta-date"
datetime="2027-08-24">Aug 24, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2027/08/autumn-cover.jpg" alt="${gTitle}"></figure></header>
<section class="gh-content gh-canvas">
<p>${gIntro}</p>
${gSec(gSecs[0] ?? ['', []])}
${gFig(gCaps[0] ?? '', 1)}
${gSec(gSecs[1] ?? ['', []])}
${gSec(gSecs[2] ?? ['', []])}
${gFig(gCaps[1] ?? '', 2)}
${gSec(gSecs[3] ?? ['', []])}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">${gTip}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">${gRead.map(gCard).join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.stemandstory.com">Stem &amp; Story</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c3b1f0a2e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout683-ghost-casper-autumn-flowers',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: [gDek, gIntro, ...gSecs.flatMap(([, p]) => p), gTip],
  bylines: ['Iris Calloway', 'Aug 24, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Stem & Story', ...gNav.filter((t) => t !== 'Weddings'), 'Sign in', 'Subscribe', 'Seasonal', '5 min read', ...gCaps, 'Sign up for more like this.',
    'Enter your email', ...gRead.flat(), 'Stem & Story © 2027', ...gFoot, 'Powered by Ghost',
  ]),
};

const wTitle = 'Dried Flower Buttonhole Set';
const wShort = 'Buttonholes of bleached bunny tails, dried lavender and preserved eucalyptus, tied with natural jute. Made to last for years.';
const wDesc = [
  j(
    'Dried buttonholes are a favourite for grooms who want something they can keep. Each one is made to order in our workshop from',
    'flowers we grow and dry ourselves: bunny tail grass, lavender, strawflower and a sprig of preserved eucalyptus, finished with',
    'twine and a pearl-headed pin.',
  ),
  j(
    'Because they are dried, they can be made weeks ahead and will not wilt on a hot day. Choose a single buttonhole or a matching',
    'set of four for the groom, best man, ushers and fathers of the couple.',
  ),
  'Please allow ten working days for us to make and post your order. For larger sets, send us a message before ordering.',
];
const wNav = ['Shop', 'Weddings', 'Dried Flowers', 'Workshops', 'Contact'];
const wCrumbs = ['Home', 'Weddings'];
const wRel = [
  ['Dried Flower Bridal Bouquet', '£95.00'],
  ['Bunny Tail Hair Comb', '£22.00'],
  ['Dried Flower Corsage', '£20.00'],
];
const wCats = ['Bouquets', 'Dried Flowers', 'Gifts', 'Weddings'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Larkspur Lane Flowers</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="storefront-style-css" href="/wp-content/themes/storefront/style.css?ver=4.5.5" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css" href="/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.5.5" media="all">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","sku":"LL-BH-01",
"offers":[{"@type":"AggregateOffer","lowPrice":"18.00","highPrice":"54.00","priceCurrency":"GBP"}]}</script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-512 wp-custom-logo theme-storefront woocommerce woocommerce-page woocommerce-js
storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><div
class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a><a class="skip-link screen-reader-text" href="#content">Skip to
content</a>
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="470" height="110" src="/wp-content/uploads/2025/03/larkspur-logo.png"
class="custom-logo" alt="Larkspur Lane Flowers"></a></div><div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search"
method="get" class="woocommerce-product-search" action="/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" name="s"><button type="submit"
value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary
Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(wNav, 'menu-item')}</ul></div><div class="handheld-navigation"><ul id="menu-handheld"
class="menu">${links(wNav, 'menu-item')}</ul></div></nav><ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/basket/"
title="View your shopping basket"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>0.00</bdi></span>
<span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a><span
class="breadcrumb-separator"> / </span><a href="/product-category/weddings/">Weddings</a><span class="breadcrumb-separator"> /
</span>${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main"><div class="woocommerce-notices-wrapper"></div><div id="product-512" class="product type-product post-512
status-publish first instock product_cat-weddings has-post-thumbnail shipping-taxable purchasable product-type-variable">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4"><div
class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/2026/11/buttonholes-100x100.jpg" class="woocommerce-product-gallery__image"><a
href="/wp-content/uploads/2026/11/buttonholes.jpg"><img width="416" height="416" src="/wp-content/uploads/2026/11/buttonholes-416x416.jpg" class="wp-post-image"
alt="" title="buttonholes" data-caption=""></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>18.00</bdi></span> &ndash; <span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>54.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div>
<form class="variations_form cart" action="/product/dried-flower-buttonhole-set/" method="post" enctype="multipart/form-data" data-product_id="512">
<table class="variations" cellspacing="0" role="presentation"><tbody><tr><th class="label"><label for="pa_set-size">Set size</label></th><td
class="value"><select
id="pa_set-size" name="attribute_pa_set-size" data-attribute_name="attribute_pa_set-size"><option value="">Choose an option</option><option
value="single">Single</option><option value="set-of-4">Set of 4</option></select><a class="reset_variations" href="#" style="visibility:
hidden;">Clear</a></td></tr>
</tbody></table><div class="single_variation_wrap"><div class="woocommerce-variation single_variation" style="display: none;"></div><div
class="woocommerce-variation-add-to-cart variations_button woocommerce-variation-add-to-cart-disabled"><div class="quantity"><label class="screen-reader-text"
for="quantity_65a">${wTitle} quantity</label><input type="number" id="quantity_65a" class="input-text qty text" name="quantity" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button button alt disabled wc-variation-selection-needed">Add to basket</button></div></div></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">LL-BH-01</span></span> <span class="posted_in">Category: <a
href="/product-category/weddings/" rel="tag">Weddings</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active" id="tab-title-description" role="tab"
aria-controls="tab-description"><a href="#tab-description">Description</a></li><li class="additional_information_tab" id="tab-title-additional_information"
role="tab" aria-controls="tab-additional_information"><a href="#tab-additional_information">Additional information</a></li><li class="reviews_tab"
id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description"><h2>Description</h2>
${ps(wDesc)}
</div><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"
role="tabpanel" aria-labelledby="tab-title-additional_information" style="display: none;"><h2>Additional information</h2><table
class="woocommerce-product-attributes shop_attributes"><tr class="woocommerce-product-attributes-item"><th
class="woocommerce-product-attributes-item__label">Set
size</th><td class="woocommerce-product-attributes-item__value"><p>Single, Set of 4</p></td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"
aria-labelledby="tab-title-reviews"
style="display: none;"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">2 reviews for
<span>${wTitle}</span></h2>
<ol class="commentlist"><li class="review" id="li-comment-77"><div id="comment-77" class="comment_container"><div class="comment-text"><div class="star-rating"
role="img" aria-label="Rated 5 out of 5"><span style="width:100%">Rated <strong class="rating">5</strong> out of 5</span></div><p class="meta"><strong
class="woocommerce-review__author">Tom H. </strong><span class="woocommerce-review__dash">&ndash;</span> <time class="woocommerce-review__published-date"
datetime="2027-05-14T18:02:11+00:00">May 14, 2027</time></p><div class="description"><p>Still on my desk a year later. Lovely work.</p></div></div></div></li>
</ol></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">${wRel
  .map(
    ([n, p], i) => `<li class="product type-product${
      i === 0 ? ' first' : ''
    }"><a href="/product/rel-${i}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="324" height="324"
src="/wp-content/uploads/2026/11/rel-${i}-324x324.jpg" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt=""><h2
class="woocommerce-loop-product__title">${n}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>${(p ?? '').slice(1)}</bdi></span></span></a><a href="?add-to-cart=${600 + i}" class="button
product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n')}</ul></section>
</div></main></div><div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce
widget_product_categories"><span class="gamma widget-title">Product categories</span><ul class="product-categories">${links(wCats, 'cat-item')}</ul></div>
<div id="text-3" class="widget widget_text"><span class="gamma widget-title">Workshop opening hours</span><div class="textwidget"><p>Wednesday to Saturday,
10am to 4pm. Collection by appointment.</p></div></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Larkspur Lane Flowers 2027<br><a
href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with
WooCommerce</a>.
</div></div></footer></div>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart-variation.min.js?ver=8.6.1"
id="wc-add-to-cart-variation-js" defer></script></body></html>`;
const woo: TestPage = {
  name: 'heldout683-woocommerce-storefront-buttonholes',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Description'],
  body: [wShort, ...wDesc],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to navigation', 'Skip to content', 'Search', 'Menu', ...wNav, '£0.00 0 items', ...wCrumbs, '£18.00 – £54.00', 'Set size', 'Add to basket',
    'SKU: LL-BH-01', 'Category: Weddings', 'Additional information', 'Reviews (2)', 'Related products', ...wRel.flat(), 'Product categories', ...wCats,
    'Workshop opening hours', 'Wednesday to Saturday, 10am to 4pm. Collection by appointment.', '© Larkspur Lane Flowers 2027', 'Built with WooCommerce.',
  ]),
};

export const HELDOUT683_C: readonly TestPage[] = [ghost, woo];
