import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout531-kit.js';

/**
 * Held-out batch 531, file b: a pottery studio's membership page on WordPress with Elementor (Hello theme), and a craft
 * workshop ticket sold as a product on Shopify (Dawn theme).
 */
const eTitle = 'Studio Membership';
const eIntro = j(
  'Membership is for potters who already throw or hand-build on their own and want a place to work. Members get a shelf, a key fob and',
  'access to the wheels, slab roller and glaze kitchen outside class times, and we fire your work in our shared kilns.',
);
const eTiers = [
  { name: 'Part-Time', price: '£75 / month', items: ['Weekday daytime access (9am–5pm)', 'One shelf', '10 kg clay included each month'] },
  { name: 'Full-Time', price: '£130 / month', items: ['24/7 access with your key fob', 'Two shelves', '20 kg clay included each month'] },
  { name: 'Resident', price: '£240 / month', items: ['Your own bench and wheel', 'Storage rack', 'Priority kiln slots and 10% off classes'] },
];
const eHow = 'How firing works';
const eHowBody = [
  j(
    'Bisque and glaze firings happen twice a week. Put your ware on the labelled trolley by Sunday or Wednesday night. Firing is charged',
    'by volume: 5p per cubic inch for bisque and 8p for glaze, added to your monthly invoice.',
  ),
  'Members may only use studio glazes or commercial glazes rated for cone 6. Please do not bring in glaze materials without asking.',
];
const eFaqHead = 'Frequently asked questions';
const eFaq = [
  ['Is there a waiting list?', 'Yes, for Full-Time and Resident places. Part-Time places are usually available within a month.'],
  ['Do I need to pass an induction?', 'Every new member does a one-hour studio induction with a technician before their first session. It is free.'],
  ['Can I pause my membership?', 'You can pause for up to two months a year, for example over the summer, without losing your shelf.'],
];
const eNav = ['Classes', 'Membership', 'Firing Service', 'Shop', 'About', 'Contact'];
const eFoot = ['Terms of Membership', 'Privacy Policy', 'Accessibility'];
const tier = (t: { name: string; price: string; items: string[] }): string => `<div class="elementor-column elementor-col-33 elementor-inner-column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-price-table" data-widget_type="price-table.default">
<div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${t.name}</h3></div><div class="elementor-price-table__price">
<span class="elementor-price-table__integer-part">${t.price}</span>
</div><ul class="elementor-price-table__features-list">${lis(
  t.items.map(
    (i) => `<div class="elementor-price-table__feature-inner"><span>${i}</span>
</div>`,
  ),
)}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/apply">Apply now</a></div>
</div></div></div></div></div>`;
const faqItem = (qa: string[], n: number): string => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${n}" class="elementor-tab-title"
 data-tab="${n}" role="button" aria-controls="elementor-tab-content-${n}" aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left"
 aria-hidden="true"><i class="fas fa-plus"></i></span><a class="elementor-accordion-title" tabindex="0">${at(qa, 0)}</a></div>
<div id="elementor-tab-content-${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n}" role="region"><p>${at(qa, 1)}</p></div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Studio Membership &#8211; Saltmarsh Pottery</title><meta name='robots' content='index, follow, max-image-preview:large' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Studio Membership - Saltmarsh Pottery",
"isPartOf":{"@id":"https://saltmarshpottery.co.uk/#website"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://saltmarshpottery.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='https://saltmarshpottery.co.uk/wp-content/themes/hello-elementor/style.min.css' media='all' />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element elementor-element-3f2a e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><a href="https://saltmarshpottery.co.uk">
<img width="220" height="60" src="/wp-content/uploads/2024/02/saltmarsh-logo.svg" alt="Saltmarsh Pottery"></a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-5e1d" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<div class="elementor-element elementor-element-9b1c e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eIntro}</p></div></div></div></div>
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
${eTiers.map(tier).join('\n')}</div></section>
<div class="elementor-element elementor-element-c41d e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHow}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eHowBody)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eFaqHead}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-accordion" data-widget_type="accordion.default"><div class="elementor-widget-container">
<div class="elementor-accordion">${eFaq.map((qa, i) => faqItem(qa, 1471 + i)).join('\n')}</div></div></div></div></div>
<div class="elementor-element elementor-element-e7a0 e-flex e-con-full e-con e-parent" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Come and see the studio</h2>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Tours every Saturday at 11am. No need to book.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/contact">Get in touch</a>
</div></div></div></div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-widget-text-editor">
<p>Saltmarsh Pottery, The Old Net Loft, Brackenmouth</p></div><div class="elementor-widget-icon-list"><ul class="elementor-icon-list-items">
${links(eFoot, 'elementor-icon-list-item')}</ul></div><div class="elementor-widget-text-editor">
<p>© 2027 Saltmarsh Pottery CIC. Registered in England, no. 11842067.</p>
</div></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://saltmarshpottery.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js' id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout531-elementor-pottery-membership',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...eTiers.map((t) => t.name), eHow, eFaqHead],
  body: texts([eIntro, ...eTiers.flatMap((t) => [t.price, ...t.items]), ...eHowBody, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((n) => n !== 'Membership' && n !== 'Classes'), 'Apply now', 'Come and see the studio',
    'Tours every Saturday at 11am. No need to book.',
    'Get in touch', 'Saltmarsh Pottery, The Old Net Loft, Brackenmouth', ...eFoot, '© 2027 Saltmarsh Pottery CIC. Registered in England, no. 11842067.',
  ],
};

const shTitle = 'Dried Flower Wreath Workshop';
const shBody = [
  j(
    'Spend a relaxed evening in the shop making a 30 cm wreath from dried and preserved flowers grown on our farm. Florist Ada Penhallow',
    'shows you how to build a willow base, bundle and wire stems and balance colour as you go.',
  ),
  'Everything is provided: the base, flowers, ribbon, tools, and a glass of something warm. Your wreath will last for a year or more out of direct sun.',
  'Thursday evenings, 6.30–8.30pm',
  'Maximum eight people',
  'Suitable for ages 14 and up',
  j('Tickets are non-refundable but can be moved to another date with seven days’ notice.'),
];
const shNav = ['Shop', 'Workshops', 'Weddings', 'Our Farm', 'Journal'];
const shFoot = ['Search', 'Delivery & Returns', 'Workshop FAQs', 'Contact', 'Refund policy', 'Privacy policy'];
const shHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://www.fernhollowflowers.co.uk/products/dried-flower-wreath-workshop"><title>${shTitle} &ndash; Fern Hollow Flowers</title>
<meta property="og:type" content="product"><meta property="og:price:amount" content="55.00"><meta property="og:price:currency" content="GBP">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${shTitle}","offers":[{"@type":"Offer","price":"55.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Fern Hollow Flowers"}}</script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fern-hollow-flowers.myshopify.com";Shopify.theme = {"name":"Dawn","id":13607,
"schema_name":"Dawn"};</script>
<link href="//www.fernhollowflowers.co.uk/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Fern Hollow Flowers</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(shNav, 'list-menu__item')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search"
 aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><section id="MainProduct-template--main" class="page-width section-main-padding">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus" class="visually-hidden"
 role="status"></div><ul class="product__media-list" role="list"><li class="product__media-item grid__item">
<div class="product-media-container media-type-image">
<img src="//www.fernhollowflowers.co.uk/cdn/shop/products/wreath.jpg?v=1701" alt="A finished dried flower wreath in pinks and creams"></div></li></ul>
</media-gallery></div><div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Workshops</p>
<div class="product__title"><h1>${shTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£55.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden" data-section="template--main"><div class="product-form__input product-form__input--dropdown">
<label class="form__label" for="Option-template--main-0">Date</label><div class="select"><select id="Option-template--main-0" class="select__select"
 name="options[Date]"><option value="14 November" selected="selected">14 November</option><option value="28 November">28 November</option>
<option value="12 December">12 December</option></select></div></div></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" min="1" value="1">
</quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div></form>
</product-form>
<div class="product__description rte quick-add-hidden">${ps(shBody.slice(0, 2))}<ul>${lis(shBody.slice(2, 5))}</ul>${ps([at(shBody, 5)])}</div>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button>
<a href="/products/dried-flower-wreath-workshop" class="link product__view-details animate-arrow">View full details</a></section></div></div></section>
</section>
<section id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5">
<a href="/products/spring-posy-workshop">Spring Posy Workshop</a>
</h3><span class="price-item price-item--regular">£40.00 GBP</span></div></li>
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/gift-card">Workshop Gift Card</a></h3>
<span class="price-item price-item--regular">From £25.00 GBP</span></div></li></ul></product-recommendations></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(shFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Fern Hollow Flowers</a>
</small><small class="copyright__content"><a href="https://www.shopify.com" rel="nofollow" target="_blank">Powered by Shopify</a></small></div></div>
</footer></div>
<script src="//www.fernhollowflowers.co.uk/cdn/shop/t/4/assets/global.js" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout531-shopify-wreath-workshop',
  kind: 'blog',
  html: shHtml,
  title: shTitle,
  headings: [],
  body: texts(shBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Fern Hollow Flowers', ...shNav, '£55.00 GBP', 'Tax included.',
    'Quantity', 'Add to cart', 'Buy it now', 'Share', 'View full details', 'You may also like', 'Spring Posy Workshop', '£40.00 GBP',
    'Workshop Gift Card', 'From £25.00 GBP', 'Quick links', ...shFoot, 'Subscribe to our emails', 'Email', '© 2027, Fern Hollow Flowers', 'Powered by Shopify',
  ],
};

export const HELDOUT531_B: readonly TestPage[] = [elementor, shopify];
