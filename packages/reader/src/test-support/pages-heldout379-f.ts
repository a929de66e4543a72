import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout379-kit.js';

/**
 * Held-out batch 379, file f: a club foundation's community story on a HubSpot CMS blog (HubSpot modules and
 * `hs_cos_wrapper` spans, the blog post header with author, date and reading time, the post body, a CTA module,
 * topic tags, the author bio, "Related stories", the blog subscription form and the HubSpot cookie banner), and a
 * membership page sold as a product on a Shopify store with the Dawn theme.
 */
const hTitle = "Walking football brings Marlow Heath's over-60s back to the pitch";
const hBody1 = [
  j(
    'Every Wednesday morning, while the first team trains on the other side of the fence, around thirty men and women in their sixties,',
    'seventies and eighties gather on the 3G pitch behind the Greyfriars Stadium for an hour of walking football.',
  ),
  j(
    'The sessions, run by the Marlow Heath Community Foundation since September 2024, were set up for people recovering from heart',
    'problems, but they have grown into something much broader: a weekly fixture for anyone who wants to stay active and spend time with',
    'others.',
  ),
];
const hBody2 = [
  j(
    'Walking football has one central rule: nobody may run, and a player who jogs concedes a free kick. The ball must stay below head',
    'height and there is no contact. Games are six-a-side and last twenty minutes, with a break for tea in between.',
  ),
  j(
    'Retired postman Derek Abernethy, 74, was referred to the sessions by his cardiac nurse after a bypass operation. He had not kicked a',
    'ball since he was in his twenties.',
  ),
];
const hQuote = j(
  'The first week I was nervous I would not keep up. Now I have not missed a Wednesday in a year, and my wife says I talk more about',
  'the games than I ever did about the proper football.',
);
const hBody3 = [
  j(
    "The foundation measures the programme's effect with a short questionnaire every three months. In the latest round, participants",
    'reported the following:',
  ),
];
const hStats = [
  '82% said they felt less isolated than before they started',
  '71% said they were more physically active during the rest of the week',
  '64% had made a friend they now see outside the sessions',
];
const hBody4 = [
  j(
    "Marlow Heath's sessions have also produced a competitive side. A squad of twelve players represented the foundation at the",
    'regional walking football festival in November, winning three of their five games against teams from across the county.',
  ),
  j(
    'The sessions are free and no booking is needed. The foundation is now looking for volunteers to help run a second group on',
    "Friday afternoons, and for local businesses willing to sponsor kit for a veterans' tournament in June.",
  ),
];
const hMenu = ['About Us', 'Our Programmes', 'Get Involved', 'Stories', 'Donate'];
const hRelated = ['Holiday camps feed 400 children over Easter', 'Mental health cafe opens at Greyfriars', 'Schools programme reaches 30 classrooms'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="How walking football at Greyfriars is helping older people stay active and connected.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://foundation.marlowheathfc.example/stories/walking-football-over-60s">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><link rel="stylesheet"
href="https://foundation.marlowheathfc.example/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Lucy Ferreira-Hale"},
"datePublished":"2026-03-05"}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-18841 hs-blog-post hs-blog-id-17702"><div
data-global-resource-path="foundation-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/foundation-logo.svg" alt="Marlow Heath Community Foundation"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul
class="submenu level-1">${links(hMenu, 'has-submenu menu-item')}</ul></nav></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/stories/author/lucy-ferreira-hale">Lucy Ferreira-Hale</a>
<time datetime="2026-03-05 09:30:00" class="blog-post__timestamp">March 5, 2026</time><span class="blog-post__read-time">5 minute read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hBody1)}
<!--more-->
<h2>How it works</h2>
${ps(hBody2)}
<p><img src="/hubfs/stories/walking-football-greyfriars.jpg" alt="Players on the 3G pitch" width="800" loading="lazy"></p>
<p style="font-size: 13px; text-align: center;"><em>Wednesday's session on the 3G pitch behind the North Stand. Photo: Jon Bickerstaff</em></p>
<blockquote><p>${hQuote}</p></blockquote>
<h2>Measuring the difference</h2>
${ps(hBody3)}
<ul>${lis(hStats)}</ul>
<h2>How to join</h2>
${ps(hBody4)}
<p><span id="hs-cta-wrapper-2f1d" class="hs-cta-wrapper"><span class="hs-cta-node hs-cta-2f1d"><a
href="https://cta-redirect.hubspot.example/cta/redirect/17702/2f1d"
class="cta_button">Volunteer with us</a></span></span></p>
</span></div>
<div class="blog-post__tags"><span>Topics:</span> <a class="blog-post__tag-link" href="/stories/tag/health-and-wellbeing">Health and Wellbeing</a>,
<a class="blog-post__tag-link" href="/stories/tag/older-people">Older People</a></div>
<div class="blog-post__author"><div class="blog-post__author-info"><h3 class="blog-post__author-name">Written by Lucy Ferreira-Hale</h3>
<p class="blog-post__author-bio">Lucy is the foundation's communications officer and a season ticket holder in the East Stand.</p></div></div>
</article>
<section class="blog-related-posts"><h2>Related stories</h2><div class="blog-related-posts__list">${links(hRelated, 'blog-related-posts__post')}</div></section>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to our stories</h3>
<div id="hs_form_target_blog_subscribe_7731"><form class="hs-form"><label>Email<span class="hs-form-required">*</span></label><input type="email" name="email">
<input type="submit" value="Subscribe" class="hs-button primary large"></form></div></span></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Marlow Heath Community Foundation is a registered charity, number 1188420.</p>
<p>© 2026 Marlow Heath Community Foundation</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p
id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="//js.hs-scripts.example/17702.js" async defer
id="hs-script-loader"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout379-hubspot-foundation-story',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['How it works', 'Measuring the difference', 'How to join'],
  body: texts([...hBody1, ...hBody2, hQuote, ...hBody3, ...hStats, ...hBody4]),
  bylines: ['Lucy Ferreira-Hale', 'March 5, 2026', '5 minute read', 'Written by Lucy Ferreira-Hale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hMenu, "Wednesday's session on the 3G pitch behind the North Stand. Photo: Jon Bickerstaff", 'Volunteer with us', 'Topics:',
    'Health and Wellbeing', 'Older People', "Lucy is the foundation's communications officer and a season ticket holder in the East Stand.",
    'Related stories', ...hRelated, 'Subscribe to our stories', 'Marlow Heath Community Foundation is a registered charity, number 1188420.',
    '© 2026 Marlow Heath Community Foundation', 'This website stores cookies on your computer.', 'Accept', 'Decline',
  ],
};

/**
 * A membership page on a Shopify store with the Dawn theme: announcement bar, header with the menu drawer, the product
 * section (`product__info-container`: vendor, title, price, variant picker, quantity, buy buttons, the `product__description
 * rte` block and the collapsible tabs), "You may also like" recommendations, the newsletter footer block and the
 * `ShopifyAnalytics` scripts.
 */
const pTitle = 'Adult Club Membership 2026/27';
const pDesc = [
  j(
    'Club Membership is the best way to follow the Ferrybridge Tigers across the 2026/27 Super League season. Members get priority',
    'access to tickets for every home and away match, before they go on general sale.',
  ),
  'Membership does not include a match ticket. It gives you the right to buy tickets in the priority windows listed below.',
];
const pBenefits = [
  'Priority ticket windows for all home league and cup matches',
  'Access to away ticket allocations 48 hours before general sale',
  'A 10% discount in the club shop and at the Tigers Bar on matchdays',
  "Your name on the Members' Wall at the Quayside Stadium",
  'A welcome pack with a membership card and an enamel pin badge',
];
const pWindows = [
  j(
    'If a home match is moved for television, the priority window for that match is reopened for members for 48 hours once the new',
    'date is confirmed, whether or not you bought a ticket for the original date.',
  ),
  j(
    'Priority windows open on the Monday of each match week at 10am for members, and on the Wednesday at 10am for the general public.',
    'Members who have attended at least ten home matches the previous season get an extra 24 hours on top.',
  ),
];
const pTerms = [
  j(
    'Membership runs from 1 July 2026 to 30 June 2027 and is non-transferable. Welcome packs are posted in August. Junior and concession',
    'memberships are sold separately.',
  ),
];
const pMenu = ['Home Shirts', 'Training Wear', 'Gifts', 'Memberships', 'Sale'];
const pAlso = ['Junior Club Membership 2026/27', 'Season Ticket 2026 — North Stand', 'Tigers Scarf'];
const pFoot = ['Search', 'Shipping', 'Returns', 'Contact', 'Terms of Service', 'Refund policy'];
const pHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://shop.ferrybridgetigers.example/products/adult-club-membership-2026-27">
<title>${pTitle} &ndash; Ferrybridge Tigers Store</title><meta name="description" content="Priority tickets, shop discounts and a welcome pack.">
<meta property="og:site_name" content="Ferrybridge Tigers Store"><meta property="og:type" content="product"><meta property="og:price:amount" content="45.00">
<meta property="og:price:currency" content="GBP"><script
src="//shop.ferrybridgetigers.example/cdn/shop/t/12/assets/constants.js?v=132983761750457495441740000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":8821004,"vendor":"Ferrybridge Tigers",
"type":"Membership","variants":[{"id":4410021,"price":4500,"name":"Adult Club Membership 2026/27 - Standard"}]},"page":{"pageType":"product"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"45.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Ferrybridge Tigers"}}</script>
<link href="//shop.ferrybridgetigers.example/cdn/shop/t/12/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £50</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu"
aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><img src="//shop.ferrybridgetigers.example/cdn/shop/files/tigers-crest.png"
alt="Ferrybridge Tigers Store"
class="header__heading-logo"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pMenu
  .map(
    (t) =>
      `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section">
<section id="MainProduct-template--2__main" class="page-width section-template--2__main-padding" data-section="template--2__main">
<div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li
class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><img
src="//shop.ferrybridgetigers.example/cdn/shop/files/membership-pack.jpg"
alt="Membership card and pin badge" width="1946" height="1946"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">FERRYBRIDGE TIGERS</p>
<div class="product__title"><h1>${pTitle}</h1></div>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div
class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£45.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--2__main" data-section="template--2__main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Membership type</legend><input type="radio" id="opt-1" name="Membership type" value="Standard" checked><label
for="opt-1">Standard</label>
<input type="radio" id="opt-2" name="Membership type" value="Gift"><label for="opt-2">Gift</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2__main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" value="1" min="1"></quantity-input></div>
<div class="product-form__buttons"><button type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div>
<div class="product__description rte quick-add-hidden">
${ps(pDesc)}
<h3>What's included</h3>
<ul>${lis(pBenefits)}</ul>
<h3>Priority ticket windows</h3>
${ps(pWindows)}
<h3>Terms</h3>
${ps(pTerms)}
</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-1"><summary><h2
class="h4 accordion__title inline-richtext">Delivery</h2></summary>
<div class="accordion__content rte"><p>Membership cards are sent by Royal Mail second class. Digital cards are available in the Tigers app.</p></div></details>
</div>
<share-button id="Share-template--2__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--2__related" class="shopify-section section"><product-recommendations
class="related-products page-width section-template--2__related">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">${pAlso
  .map(
    (t) =>
      `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t}</a></h3></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--3__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--newsletter"><h2
class="footer-block__heading inline-richtext">Join the Tigers den</h2>
<form class="newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div>
<ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a
href="/">Ferrybridge Tigers Store</a></small>
<small class="copyright__content"><a href="https://www.shopify.com" rel="nofollow" target="_blank">Powered by Shopify</a></small></div></div></footer></div>
<script src="//shop.ferrybridgetigers.example/cdn/shop/t/12/assets/product-info.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout379-shopify-dawn-membership',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ["What's included", 'Priority ticket windows', 'Terms'],
  body: texts([...pDesc, ...pBenefits, ...pWindows, ...pTerms]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', ...pMenu, 'Log in', 'Cart', 'FERRYBRIDGE TIGERS', 'Regular price', '£45.00 GBP', 'Tax included.',
    'Membership type', 'Standard', 'Gift', 'Quantity', 'Add to cart', 'Buy it now', 'Delivery',
    'Membership cards are sent by Royal Mail second class. Digital cards are available in the Tigers app.', 'Share', 'You may also like', ...pAlso,
    'Join the Tigers den', 'Email', ...pFoot, 'Ferrybridge Tigers Store', 'Powered by Shopify',
  ],
};

export const HELDOUT379_F: readonly TestPage[] = [hubspot, shopify];
