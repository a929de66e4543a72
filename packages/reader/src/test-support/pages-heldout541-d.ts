import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, mk } from './pages-heldout541-kit.js';

/** Held-out batch 541, file d: a karting gift voucher on Shopify (Dawn theme), and a junior paintball party page on HubSpot CMS. */
const yTitle = 'Grand Prix Experience Gift Voucher';
const yPrice = '£49.00';
const yParas = [
  j(
    'Give someone the thrill of racing wheel to wheel. This voucher covers one driver in a Grand Prix 30 session at Brackenfold',
    'Raceway: a 10 minute practice, a 20 minute race and a podium finish for the top three.',
  ),
  'What is included:',
];
const yList = ['Safety briefing, helmet and race suit', 'Printed lap times after the race', 'Free hot drink in the Pit Lane Café'];
const yAfter = [
  j(
    'Vouchers are valid for 12 months from the date of purchase and can be used on any day of the week. The driver must be 16 or',
    'over and at least 150cm tall. E-vouchers are emailed within an hour; printed vouchers are posted first class in a gift wallet.',
  ),
];
const yAnn = 'Free first-class postage on all printed vouchers';
const yNav = ['Gift Vouchers', 'Merchandise', 'Book a Session', 'Back to main site'];
const yFoot = ['Search', 'Voucher terms', 'Refund policy', 'Contact'];
const yHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://shop.brackenfoldraceway.co.uk/products/grand-prix-voucher">
<title>Grand Prix Experience Gift Voucher &ndash; Brackenfold Raceway Shop</title>
<meta name="description" content="Give someone the thrill of racing wheel to wheel.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="49.00"><meta property="og:price:currency" content="GBP">
<script>var Shopify = Shopify || {};Shopify.shop = "brackenfold-raceway.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":139224563812,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${yTitle}","offers":[{"@type":"Offer","price":"49.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//shop.brackenfoldraceway.co.uk/cdn/shop/t/3/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1621__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${yAnn}</span></p></div></div></div></div>
<div id="shopify-section-sections--1621__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary><div id="menu-drawer" class="menu-drawer"
tabindex="-1"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(yNav)}</ul></nav></div>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//shop.brackenfoldraceway.co.uk/cdn/shop/files/logo.png"
alt="Brackenfold Raceway Shop" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(yNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1622__main" class="shopify-section section">
<section id="MainProduct-template--1622__main" class="page-width section-template--1622__main-padding" data-section="template--1622__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--1622__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-template--1622__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--1622__main" class="slider-mobile-gutter">
<a class="skip-to-content-link button visually-hidden quick-add-hidden" href="#ProductInfo-template--1622__main">Skip to product information</a>
<ul id="Slider-Gallery-template--1622__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient">
<div class="product__media media media--transparent">
<img src="//shop.brackenfoldraceway.co.uk/cdn/shop/files/gp-voucher.jpg" alt="Gift wallet with a printed voucher">
</div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1622__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Brackenfold Raceway</p>
<div class="product__title"><h1>${yTitle}</h1><a href="/products/grand-prix-voucher" class="product__title"><h2 class="h1">${yTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1622__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${yPrice} GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-radios id="variant-radios-template--1622__main" class="no-js-hidden" data-section="template--1622__main"><fieldset class="js product-form__input">
<legend class="form__label">Format</legend><input type="radio" id="t-format-0" name="Format" value="E-voucher" checked><label for="t-format-0">E-voucher</label>
<input type="radio" id="t-format-1" name="Format" value="Printed voucher"><label for="t-format-1">Printed voucher</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1622__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${yTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--1622__main" value="1" min="1">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${yTitle}</span></button></quantity-input></div>
<div><product-form class="product-form">
<form method="post" action="/cart/add" id="product-form-template--1622__main" class="form" enctype="multipart/form-data">
<div class="product-form__buttons">
<button id="ProductSubmitButton-template--1622__main" type="submit" name="add" class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(yParas)}<ul>${lis(yList)}</ul>${ps(yAfter)}</div>
<share-button id="Share-template--1622__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button></section></div></div></section></section></main>
<div id="shopify-section-sections--1623__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1623__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1623__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1623__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">
&copy; 2026, <a href="/" title="">Brackenfold Raceway Shop</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
<ul class="policies list-unstyled">${links(yFoot.slice(1))}</ul></div></div></footer></div>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer">
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<script src="//shop.brackenfoldraceway.co.uk/cdn/shop/t/3/assets/global.js?v=5678" defer="defer"></script></body></html>`;
const shopifyVoucher: TestPage = mk({
  name: 'heldout541-karting-voucher-shopify',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts([`${yPrice} GBP`, ...yParas, ...yList, ...yAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', yAnn, 'Regular price', 'Tax included.', ...yNav, 'Cart', 'Skip to product information', 'Brackenfold Raceway',
    'Format', 'E-voucher', 'Printed voucher', 'Quantity',
    `Decrease quantity for ${yTitle}`, `Increase quantity for ${yTitle}`, 'Add to cart', 'Buy it now', 'Share', 'Subscribe to our emails', 'Email',
    '© 2026, Brackenfold Raceway Shop', 'Powered by Shopify', ...yFoot.slice(1),
  ],
});

const hTitle = 'Junior Paintball Parties';
const hIntro = j(
  'Low-impact paintball for ages 8 to 11, with smaller markers, softer paint and a marshal with every team. Parties run on Saturday and',
  'Sunday mornings at Greyhill Adventure Park.',
);
const hSecs: { h: string; paras: string[]; list?: string[] }[] = [
  {
    h: 'What happens on the day',
    paras: [
      j(
        'Your group arrives at 9:30 for sign-in and kit. After a 20 minute safety talk, the teams play four games across the Fort and',
        'Village fields, finishing with capture the flag. Party food is served in the clubhouse at 12:15.',
      ),
    ],
  },
  {
    h: 'The package',
    paras: ['Junior parties cost £28 a child, with a minimum of 10 players. The price includes:'],
    list: [
      '200 low-impact paintballs each',
      'overalls, gloves and a full-face mask',
      'hot dog, chips and squash',
      'a party bag and certificate for every player',
    ],
  },
  {
    h: 'Parents',
    paras: [
      j(
        'At least one adult must stay on site for every eight children. Parents can watch from the viewing deck or join in for £15.',
        'A parent or guardian must sign the consent form for each child before the day.',
      ),
    ],
  },
];
const hNav = ['Paintball', 'Laser Tag', 'Archery Tag', 'Parties', 'Corporate', 'Find Us'];
const hFoot = ['Greyhill Adventure Park, Greyhill Road, Carnhurst CH8 3LS', '01632 960255', 'Privacy Policy', 'Terms'];
const hMod = (id: string, type: string, html: string): string =>
  `<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"
id="hs_cos_wrapper_${id}">
<div class="${type}">${html}</div></div>`;
const hSecHtml = hSecs.map((s) => `<h2>${s.h}</h2>\n${ps(s.paras)}${s.list === undefined ? '' : `\n<ul>${lis(s.list)}</ul>`}`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Junior Paintball Parties | Greyhill Adventure Park</title>
<meta name="description" content="Low-impact paintball parties for ages 8 to 11."><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.greyhilladventure.co.uk/hubfs/hub_generated/template_assets/1/98765432101/1718022222222/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Junior Paintball Parties",
"location":{"@type":"Place","name":"Greyhill Adventure Park"}}</script>
<meta property="og:url" content="https://www.greyhilladventure.co.uk/parties/junior-paintball"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-145522018830 hs-site-page page"><div data-global-resource-path="greyhill-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo">
<img src="https://www.greyhilladventure.co.uk/hubfs/greyhill-logo.svg" class="hs-image-widget" alt="Greyhill Adventure Park"></a></span></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite">
<a class="menu__link" href="/${t.toLowerCase().replace(/\s+/g, '-')}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="header__button">${hMod('header_cta', 'button-wrapper', '<a class="button" href="/book">Book Now</a>')}</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
${hMod('widget_1718022001', 'hero-banner', `<h1>${hTitle}</h1><p class="hero-banner__sub">${hIntro}</p>`)}</div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section"><div class="row-fluid"><div class="span8 widget-span widget-type-cell dnd-column">
<div class="span12 widget-span widget-type-custom_widget dnd-module"><div id="hs_cos_wrapper_widget_1718022002" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1718022002_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">${hSecHtml}</span></div></div></div>
<div class="span4 widget-span widget-type-cell dnd-column">${hMod(
  'widget_1718022003',
  'testimonial',
  `<blockquote class="testimonial__quote"><p>"Best party we have
ever done. Twelve very tired, very happy nine-year-olds."</p></blockquote><p class="testimonial__author">Parent, Carnhurst</p>`,
)}
${hMod(
  'widget_1718022004',
  'form-module',
  `<h3 class="form-title">Request a party date</h3><div class="hbspt-form" id="hbspt-form-7a1c0e">
<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4412208/7a1c0e"
class="hs-form stacked hs-custom-form">
<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label id="label-firstname-7a1c0e" for="firstname-7a1c0e"><span>First name</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="firstname-7a1c0e" name="firstname" type="text" class="hs-input"></div></div>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7a1c0e"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7a1c0e" name="email" type="email" class="hs-input"></div></div>
<div class="hs_party_date hs-party_date hs-fieldtype-date field hs-form-field"><label for="party_date-7a1c0e"><span>Preferred date</span></label>
<div class="input"><input id="party_date-7a1c0e" name="party_date" type="text" class="hs-input hs-datepicker"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send request"></div></div></form></div>`,
)}</div></div></div>
</div></main>
<div data-global-resource-path="greyhill-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hFoot
  .slice(0, 2)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}<ul class="footer__links">${links(hFoot.slice(2))}</ul><p class="footer__copyright">© 2026 Greyhill Leisure Ltd</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-target-ip="false">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer.
These cookies are used to improve your website experience.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412208.js"></script></body></html>`;
const hubspotParties: TestPage = mk({
  name: 'heldout541-junior-paintball-parties-hubspot',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([hIntro, ...hSecs.flatMap((s) => [...s.paras, ...(s.list ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book Now', '"Best party we have ever done. Twelve very tired, very happy nine-year-olds."', 'Parent, Carnhurst',
    'Request a party date', 'First name', 'Email', 'Preferred date', ...hFoot, '© 2026 Greyhill Leisure Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT541_D: readonly TestPage[] = [shopifyVoucher, hubspotParties];
