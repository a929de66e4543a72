import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, gold, j, lis } from './pages-heldout650-kit.js';

/**
 * Held-out batch 650, file e: a ride cymbal product page on BigCommerce (Cornerstone theme) with reviews and related products, and
 * a guitar shop blog post on the string-change question on HubSpot CMS (Growth theme) with a CTA, tags and a cookie banner.
 */
const bTitle = 'Halvard Forge 20" Dark Ride Cymbal';
const bBody = [
  j(
    'Hand-hammered in small batches, the Dark Ride is a dry, complex ride for players who want stick definition without the wash building',
    'into a roar. The lathed top and unlathed bell give a woody ping over a low, smoky undertone.',
  ),
  j('It crashes softly when you dig in with the shoulder of the stick, which makes it a favourite for jazz trios and quieter worship sets.'),
  'Weight: medium-thin, 2,050–2,200 g',
  'Finish: raw, with a traditional patina',
  'Made in Brennholm, Denmark',
  'Every cymbal is weighed and photographed individually; the one in the pictures is the one you will receive.',
];
const bNav = ['Drum Kits', 'Snares', 'Cymbals', 'Hardware', 'Sticks & Mallets', 'Repairs'];
const bCrumbs = ['Home', 'Cymbals', 'Ride Cymbals'];
const bRel = ['Halvard Forge 22" Dark Ride', 'Osterby 20" Flat Ride', 'Halvard Forge 15" Hi-Hats'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Ride Cymbals - ${amp(bTitle)} - Kettleworth Drum Co.</title>
<meta property="product:price:amount" content="389"><meta property="product:price:currency" content="USD"><meta property="og:type" content="product">
<meta name="description" content="A dry, complex hand-hammered ride with a woody ping."><link rel="canonical"
href="https://kettleworthdrums.com/halvard-forge-20-dark-ride/">
<meta name="platform" content="bigcommerce.stencil"><link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/s-k3t7w/stencil/9d0f/css/theme-5e2a.css"
rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Halvard Forge 20\\" Dark Ride Cymbal","sku":"HF-DR20",
"offers":{"@type":"Offer","price":389,"priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
<script>window.BCData = {"product_attributes":{"sku":"HF-DR20","instock":true,
"purchasable":true,"price":{"without_tax":{"formatted":"$389.00","value":389}}}};</script>
</head><body class="page-type-product"><svg data-src="https://cdn11.bigcommerce.com/s-k3t7w/stencil/9d0f/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle"
data-mobile-menu-toggle="menu"><span class="mobileMenu-toggleIcon">Toggle menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><a class="navUser-action navUser-action--quickSearch"
href="/search.php"
data-search="quickSearch" aria-controls="quickSearch"
aria-expanded="false">Search</a></li><li class="navUser-item navUser-item--account"><a class="navUser-action"
href="/login.php">Sign in</a> <span class="navUser-or">or</span> <a class="navUser-action" href="/login.php?action=create_account">Register</a></li>
<li class="navUser-item navUser-item--cart"><a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" href="/cart.php"
aria-label="Cart with 0 items"><span class="navUser-item-cartLabel">Cart</span> <span class="countPill cart-quantity"></span></a></li></ul></nav>
<div class="header-logo header-logo--center"><a href="https://kettleworthdrums.com/" class="header-logo__link"
data-header-logo-link><span class="header-logo-text">
Kettleworth Drum Co.</span></a></div><div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">
${bNav.map((t) => `<li class="navPages-item"><a class="navPages-action" href="/${t.length}/" aria-label="${amp(t)}">${amp(t)}</a></li>`).join('\n')}
</ul></nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="USD"><div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">
${bCrumbs.map((t) => `<li class="breadcrumb"><a class="breadcrumb-label" href="/${t.length}/"><span>${t}</span></a></li>`).join('\n')}
<li class="breadcrumb is-active"><a class="breadcrumb-label" aria-current="page"><span>${amp(bTitle)}</span></a></li></ol></nav>
<div itemscope><div class="productView"><section class="productView-images" data-image-gallery><figure class="productView-image" data-image-gallery-main>
<div class="productView-img-container"><img src="https://cdn11.bigcommerce.com/s-k3t7w/images/stencil/500x659/products/212/904/dark-ride-top.jpg"
alt="${amp(bTitle)}"
title="${amp(bTitle)}" data-main-image></div></figure></section>
<section class="productView-details product-data"><div class="productView-product"><h1 class="productView-title">${amp(bTitle)}</h1>
<h2 class="productView-brand"><a href="/brands/Halvard-Forge.html"><span>Halvard Forge</span></a></h2>
<div class="productView-price"><div class="price-section price-section--withoutTax"><span class="price-label">Price:</span> <span data-product-price-without-tax
class="price price--withoutTax">$389.00</span></div></div>
<div class="productView-rating"><span class="productView-reviewLink"><a href="#product-reviews">(3 reviews)</a></span><span class="productView-reviewLink">
<a href="#write_review" data-reveal-id="modal-review-form">Write a Review</a></span></div>
<dl class="productView-info"><dt class="productView-info-name">SKU:</dt><dd class="productView-info-value" data-product-sku>HF-DR20</dd>
<dt class="productView-info-name">Shipping:</dt><dd class="productView-info-value">Free Shipping</dd></dl></div></section>
<section class="productView-details product-options"><div class="productView-options"><form class="form" method="post" action="/cart.php" data-cart-item-add>
<div class="form-field form-field--increments"><label class="form-label form-label--alternate" for="qty[]">Quantity:</label><div class="form-increment"
data-quantity-change><button class="button button--icon" data-action="dec"><span class="is-srOnly">Decrease Quantity of ${amp(bTitle)}</span></button>
<input class="form-input form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1"><button class="button button--icon" data-action="inc">
<span class="is-srOnly">Increase Quantity of ${amp(bTitle)}</span></button></div></div><div class="form-action"><input id="form-action-addToCart"
data-wait-message="Adding to cart…" class="button button--primary" type="submit" value="Add to Cart"></div></form></div></section>
<article class="productView-description"><ul class="tabs" data-tab><li class="tab is-active" role="presentation"><a class="tab-title" href="#tab-description"
role="tab">Description</a></li></ul><div class="tabs-contents"><div role="tabpanel" class="tab-content is-active"
id="tab-description"><div class="productView-description-tabContent">
${ps(bBody.slice(0, 2))}<ul>${lis(bBody.slice(2, 5))}</ul>${ps(bBody.slice(5))}</div></div></div></article></div>
<section class="toggle productView-reviews"
id="product-reviews"><h4 class="toggle-title">Reviews<span class="toggle-icon"></span></h4><div class="toggle-content">
<ul class="productReviews-list"><li class="productReview"><article><h5 class="productReview-title">Exactly the sound I was after</h5><p
class="productReview-author">Posted by
Lars on 2nd Feb 2026</p><p class="productReview-body">Dry, but it still opens up when you crash it. Fits a small room
perfectly.</p></article></li></ul></div></section>
<section class="toggle" id="product-related"><h4 class="toggle-title">Related Products</h4><ul class="productGrid">
${bRel
  .map(
    (t) => `<li class="product"><article class="card"><div class="card-body"><h3 class="card-title"><a
href="/x/">${t}</a></h3></div></article></li>`,
  )
  .join('\n')}
</ul></section></div></div></main>
<footer class="footer" role="contentinfo"><h2 class="footer-title-sr-only">Footer Start</h2><div class="container"><section class="footer-info">
<article class="footer-info-col footer-info-col--small"
data-section-type="footer-webPages"><h3 class="footer-info-heading">Navigate</h3><ul class="footer-info-list">
${links(['Shipping & Returns', 'Contact Us', 'Blog'])}</ul></article><article class="footer-info-col" data-section-type="newsletterSubscription">
<h3 class="footer-info-heading">Subscribe to our newsletter</h3><p>Get the latest updates on new products and upcoming sales</p><form class="form"
action="/subscribe.php"
method="post"><label class="form-label is-srOnly" for="nl_email">Email Address</label><input class="form-input" id="nl_email" name="nl_email" type="email"
placeholder="Your email address"><input class="button button--primary form-prefixPostfix-button--postfix" type="submit"
value="Subscribe"></form></article></section>
<div class="footer-copyright"><p class="powered-by">&copy; 2026 Kettleworth Drum Co. </p></div></div></footer>
<script src="https://cdn11.bigcommerce.com/s-k3t7w/stencil/9d0f/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerce: TestPage = gold({
  name: 'heldout650-bigcommerce-ride-cymbal',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: bBody,
  bylines: ['Posted by Lars on 2nd Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle menu', 'Search', 'Sign in', 'or', 'Register', 'Cart', 'Kettleworth Drum Co.', ...bNav, ...bCrumbs, 'Halvard Forge', 'Price:', '$389.00',
    '(3 reviews)', 'Write a Review', 'SKU:', 'HF-DR20', 'Shipping:', 'Free Shipping', 'Quantity:', `Decrease Quantity of ${bTitle}`,
    `Increase Quantity of ${bTitle}`, 'Description', 'Reviews', 'Exactly the sound I was after',
    'Dry, but it still opens up when you crash it. Fits a small room perfectly.', 'Related Products', ...bRel, 'Footer Start', 'Navigate',
    'Shipping & Returns', 'Contact Us', 'Blog', 'Subscribe to our newsletter', 'Get the latest updates on new products and upcoming sales', 'Email Address',
    '© 2026 Kettleworth Drum Co.',
  ],
});

const hTitle = 'How often should you change your guitar strings?';
const hBody = [
  j(
    'It is the question we hear most at the repair counter, and the honest answer is: sooner than you think, but not as often as the',
    'string companies would like. Here is how to tell when a set is finished.',
  ),
  'Listen before you look',
  j(
    'Old strings lose their high end first. If your guitar sounds dull and the notes die away quickly, especially on the wound strings,',
    'the set is done. Strings that will not stay in tune, or that play sharp as you go up the neck, are another sign: worn windings no',
    'longer vibrate evenly, so intonation drifts.',
  ),
  'A rough schedule',
  'Playing every day for an hour or more: every 4 to 6 weeks',
  'Playing a few times a week: every 2 to 3 months',
  'Gigging: before every important show, ideally a day ahead so they settle',
  'Coated strings: roughly three times as long as uncoated ones',
  'Make them last longer',
  j(
    'Wash and dry your hands before you play, and wipe the strings with a dry cloth afterwards. Sweat is what kills them. Keeping the',
    'guitar in its case between sessions helps too, particularly in a kitchen or a humid room.',
  ),
  j(
    'If you are not sure whether your strings or your setup are the problem, bring the guitar in. We will tell you which it is at no',
    'charge, and a restring with our house strings is $18 including labour.',
  ),
];
const hH = [1, 3, 8];
const hNav = ['Shop', 'Repairs', 'Lessons', 'Blog', 'Visit'];
const hRel = ['Why your guitar goes out of tune in winter', 'Nickel or stainless? Electric strings explained', 'What a setup actually includes'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How often should you change your guitar strings?</title>
<link rel="shortcut icon" href="https://www.stonebridgeguitar.com/hubfs/favicon.png"><meta name="description"
content="How to tell when a set of strings is finished.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.stonebridgeguitar.com/hs-fs/hub/4410829/hub_generated/template_assets/1/88112/1716/template_main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.stonebridgeguitar.com/blog/how-often-change-guitar-strings">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Dale Brennick"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-118230561 hs-blog-post hs-blog-id-88213"><div
data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo
header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="https://www.stonebridgeguitar.com/hubfs/stonebridge-logo.svg"
class="hs-image-widget" alt="Stonebridge Guitar"></a></span></span></div><div class="header__column"><div class="header__row-2"><div class="header__menu
header__menu--desktop"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link"
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="https://www.stonebridgeguitar.com/blog/author/dale-brennick">Dale
Brennick</a>
<time datetime="2026-05-21 14:00:00" class="blog-post__timestamp">May 21, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([hBody[0] ?? ''])}
<!--more--><h2>${hBody[1]}</h2>${ps([hBody[2] ?? ''])}<h2>${hBody[3]}</h2><ul>${lis(hBody.slice(4, 8))}</ul><h2>${hBody[8]}</h2>${ps(hBody.slice(9))}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-3f1e0a22-7b4c-4d9e-9f10-2c8a11b0e5d4"><span class="hs-cta-node
hs-cta-3f1e0a22-7b4c-4d9e-9f10-2c8a11b0e5d4"
id="hs-cta-3f1e0a22-7b4c-4d9e-9f10-2c8a11b0e5d4"><a href="https://cta-redirect.hubspot.com/cta/redirect/4410829/3f1e0a22"
class="cta_button">Book a restring</a></span></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"></g></svg>
<a class="blog-post__tag-link" href="/blog/tag/strings">Strings</a>,<a class="blog-post__tag-link" href="/blog/tag/maintenance">Maintenance</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_comments"><div class="section post-footer"><div id="comments-listing"
class="new-comments"></div><div id="hs_form_target_blog_comments"></div>
</div></span></div></section></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a
class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div></section></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Stonebridge Guitar · 88 Harbour Lane, Calloway Bay</p><p>© 2026 Stonebridge Guitar</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/4410829.js"></script></body></html>`;
const hubspot: TestPage = gold({
  name: 'heldout650-hubspot-string-change',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hH.includes(i))),
  bylines: ['Dale Brennick', 'May 21, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book a restring', 'Strings', 'Maintenance', 'Related posts', ...hRel, 'Stonebridge Guitar · 88 Harbour Lane, Calloway Bay',
    '© 2026 Stonebridge Guitar', j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalized services to you.'), 'Accept', 'Decline',
  ],
});

export const HELDOUT650_E: readonly TestPage[] = [bigcommerce, hubspot];
