import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout570-kit.js';

/**
 * Held-out batch 570, file c: a pharmacy chain's news post about a new branch on HubSpot CMS (blog template with a subscribe
 * form and a HubSpot cookie banner), and an antihistamine product page of an online chemist on Shopify (Dawn theme).
 */
const nTitle = 'Millbeck Pharmacy opens its fourth branch, in Oxley Cross';
const nBody = [
  j(
    'Millbeck Pharmacy will open its fourth branch on Monday 2 June in the former bank building on Oxley Cross high street, bringing',
    'a late-opening pharmacy to the village for the first time in more than ten years.',
  ),
  j(
    'The branch will be open until 9pm on weekdays and will offer the full range of NHS services, including Pharmacy First consultations,',
    'blood pressure checks and the contraception service, as well as a private travel clinic two days a week.',
  ),
  'Jobs for local people',
  j(
    'Eleven people have been recruited for the new branch, eight of them from Oxley Cross and the surrounding villages. Two trainee',
    'pharmacy technicians will complete their training there with support from the company&#39;s Carnforth branch.',
  ),
  j(
    '“People in Oxley Cross have been travelling six miles for an evening prescription,” said managing director Helen Sowerby.',
    '“We wanted the branch to feel like part of the high street, so we have kept the old bank counter and put the consultation rooms in the vault.”',
  ),
  'Opening day',
  j(
    'There will be free blood pressure checks on the opening day from 10am, and the first hundred customers will receive a reusable',
    'pill organiser. Customers who nominate the branch for their prescriptions can do so at the counter or through the NHS App.',
  ),
];
const nNav = ['Our Pharmacies', 'Services', 'Prescriptions', 'News', 'Careers'];
const nFoot = ['Company', 'About us', 'Careers', 'Contact', 'Legal', 'Privacy notice', 'Cookie policy', '© 2025 Millbeck Pharmacy Ltd. All rights reserved.'];
const nHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${nTitle}</title>
<link rel="shortcut icon" href="https://www.millbeckpharmacy.co.uk/hubfs/favicon.png"><meta name="description"
content="A late-opening pharmacy for Oxley Cross.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet"
href="https://www.millbeckpharmacy.co.uk/hs-fs/hubfs/hub_generated/template_assets/1/main.min.css">
<link rel="amphtml" href="https://www.millbeckpharmacy.co.uk/news/fourth-branch-oxley-cross?hs_amp=true"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.millbeckpharmacy.co.uk/news/fourth-branch-oxley-cross"><meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="2025-05-14T09:30:00Z"><meta property="article:author" content="Millbeck Pharmacy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${nTitle}","datePublished":"2025-05-14"}</script>
<script>var hsVars = {"render_id":"2c1b9f","ticks":1715678,"page_id":165433210,"content_group_id":88412001,"portal_id":2211987,
"app_hs_base_url":"https://app.hubspot.com"};</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-165433210 hs-blog-post hs-blog-id-88412001">
<div data-global-resource-path="millbeck/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/millbeck-logo.svg"
class="hs-image-widget" alt="Millbeck Pharmacy"></a></span></span></div><div class="header__column"><div class="header__row-2"><div class="header__menu
header__menu--desktop"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(nNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav>
</span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${nTitle}</span></h1><div class="blog-post__meta"><a href="/news/author/millbeck-pharmacy">Millbeck Pharmacy</a>
<time datetime="2025-05-14 09:30:00" class="blog-post__timestamp">May 14, 2025 </time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(nBody.slice(0, 2))}
<!--more--><h2>${nBody[2]}</h2>${ps(nBody.slice(3, 4))}
<blockquote><p>${nBody[4]}</p></blockquote>
<h2>${nBody[5]}</h2>${ps(nBody.slice(6))}
</span></div><div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg>
<a class="blog-post__tag-link" href="/news/tag/branches">Branches</a><a class="blog-post__tag-link" href="/news/tag/community">Community</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list"><article class="blog-related-posts__post">
<h3 class="blog-related-posts__title"><a href="/news/carnforth-refit">Our Carnforth branch reopens after refit</a></h3>
<p class="blog-related-posts__post-summary">New consultation rooms and a bigger dispensary.</p></article></div></section>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe by email</h3><div id="hs_form_target_blog_subscribe_4412"></div>
<script>hbspt.forms.create({portalId:'2211987',formId:'9d3e',target:'#hs_form_target_blog_subscribe_4412'});</script></span></div>
</div></div></main>
<div data-global-resource-path="millbeck/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__col"><h4>${nFoot[0]}</h4><ul>${links(nFoot.slice(1, 4))}</ul></div><div class="footer__col"><h4>${nFoot[4]}</h4>
<ul>${links(nFoot.slice(5, 7))}</ul></div><p class="footer__copyright">${nFoot[7]}</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer.
These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/2211987.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout570-hubspot-branch-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[2] ?? '', nBody[5] ?? ''],
  body: texts(nBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['Millbeck Pharmacy', 'May 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Branches', 'Community', 'Related posts', 'Our Carnforth branch reopens after refit',
    'New consultation rooms and a bigger dispensary.', 'Subscribe by email', ...nFoot,
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const sTitle = 'Pollenguard One-a-Day Cetirizine 10mg Tablets (30)';
const sBody = [
  j(
    'Pollenguard One-a-Day tablets contain cetirizine hydrochloride, a non-drowsy antihistamine for the relief of hay fever and',
    'allergy symptoms such as sneezing, itchy and watery eyes, a runny nose and itchy skin rashes (hives).',
  ),
  'Directions',
  'Adults and children aged 12 and over: take one tablet a day with a glass of water.',
  'Do not take more than the stated dose.',
  'Not suitable for children under 12 years.',
  'Warnings',
  j(
    'Talk to our pharmacist before buying if you have kidney problems, epilepsy, or difficulty passing urine, or if you are pregnant',
    'or breastfeeding. Although rare, some people feel drowsy; if affected, do not drive or operate machinery. Avoid alcohol.',
  ),
  j(
    'As a registered pharmacy we may ask you a few questions before we send your order. We limit this product to two packs per order.',
    'Always read the label.',
  ),
];
const sNav = ['Allergy & Hay Fever', 'Pain Relief', 'Cold & Flu', 'Skincare', 'Travel Health', 'Offers'];
const sFoot = ['Delivery & Returns', 'Contact us', 'Our pharmacists', 'Terms', 'Refund policy', '© 2025, Kestrel Row Chemist', 'Powered by Shopify'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://kestrelrowchemist.co.uk/products/pollenguard-one-a-day-cetirizine-10mg-30">
<title>${sTitle} &ndash; Kestrel Row Chemist</title><meta name="description" content="Non-drowsy one-a-day hay fever relief.">
<meta property="og:site_name" content="Kestrel Row Chemist"><meta property="og:type" content="product"><meta property="og:price:amount" content="3.49">
<meta property="og:price:currency" content="GBP"><script src="//kestrelrowchemist.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771714123456"
defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":8812003344,"vendor":"Pollenguard",
"type":"Allergy"},
"page":{"pageType":"product","resourceType":"product"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"3.49",
"priceCurrency":"GBP",
"availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Pollenguard"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//kestrelrowchemist.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £25</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Kestrel Row Chemist</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) =>
      `<li><a href="/collections/x" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section"><section id="MainProduct-template--2__main" class="page-width section-template--2__main-padding"
data-section="template--2__main">
<div class="product product--medium product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<div id="GalleryStatus-template--2__main" class="visually-hidden" role="status"></div><slider-component id="GalleryViewer-template--2__main"
class="slider-mobile-gutter">
<ul id="Slider-Gallery-template--2__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<div class="product__media media">
<img src="//kestrelrowchemist.co.uk/cdn/shop/files/pollenguard-30.jpg?v=1&width=1946" alt="${sTitle}" width="1946" height="1946"></div></div></li></ul>
</slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Pollenguard</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/pollenguard" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£3.49 GBP</span></div>
</div></div></div><div class="product__tax caption rte">Tax included.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2__main">Quantity
<span class="quantity__rules-cart no-js-hidden hidden"><span class="loading__spinner hidden"></span></span></label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus"
type="button"><span class="visually-hidden">Decrease quantity</span></button>
<input class="quantity__input" type="number" name="quantity" value="1" min="1" max="2"><button class="quantity__button no-js-hidden" name="plus" type="button">
<span class="visually-hidden">Increase quantity</span></button></quantity-input></div>
<div><product-form class="product-form" data-section-id="template--2__main"><form method="post" action="/cart/add" id="product-form-template--2__main"
accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><div class="product-form__buttons">
<button id="ProductSubmitButton-template--2__main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps(sBody.slice(0, 1))}
<h3>${sBody[1]}</h3><ul>${lis(sBody.slice(2, 5))}</ul>
<h3>${sBody[5]}</h3>${ps(sBody.slice(6))}
</div>
<share-button id="Share-template--2__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary><div class="share-button__fallback"><button class="share-button__copy">
<span class="visually-hidden">Copy link</span></button></div></details></share-button></section></div></div></section></section>
<section id="shopify-section-template--2__related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3-padding"><div class="footer__content-top page-width"><div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot.slice(0, 5), 'footer-block__item')}</ul></div>
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer"
type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">${sFoot[5]}</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
<p class="footer__gphc">Kestrel Row Chemist Ltd, 41 Kestrel Row, Dunhaven. GPhC premises no. 9013385. Superintendent pharmacist: Priya Castellane.</p>
</div></footer>
<script src="//kestrelrowchemist.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout570-shopify-antihistamine',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[5] ?? ''],
  body: texts(sBody.filter((_, i) => i !== 1 && i !== 5)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £25', 'Kestrel Row Chemist', ...sNav, 'Log in', 'Cart', 'Regular price', 'Pollenguard', '£3.49 GBP',
    'Tax included.', 'Quantity',
    'Decrease quantity', 'Increase quantity', 'Add to cart', 'Share', 'Copy link', 'You may also like', 'Help', ...sFoot, 'Subscribe to our emails', 'Email',
    'Kestrel Row Chemist Ltd, 41 Kestrel Row, Dunhaven. GPhC premises no. 9013385. Superintendent pharmacist: Priya Castellane.',
  ],
};

export const HELDOUT570_C: readonly TestPage[] = [tidy(hubspot), tidy(shopify)];
