import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout631-kit.js';

/**
 * Held-out batch 631, file c: a counselling practice's FAQ on Webflow (questions in an accordion, answers shown in the DOM),
 * and a reflexology gift voucher product page on Shopify (Dawn theme).
 */
const fTitle = 'Frequently asked questions';
const fDek = 'Answers to the questions we hear most often from people thinking about counselling with us.';
const fQa: [string, string[]][] = [
  ['How long is a session?', ['Sessions last 50 minutes. Couples sessions last 75 minutes.']],
  [
    'How many sessions will I need?',
    [
      j(
        'It depends on what brings you. Some people find six to eight sessions enough to work through a specific difficulty; others',
        'prefer longer, open-ended work. We review how things are going together every six sessions.',
      ),
    ],
  ],
  [
    'Is what I say confidential?',
    [
      j(
        'Yes, with a few limits required by law and by our professional body. We would only share information without your consent if',
        'we believed you or someone else was at serious risk of harm. We explain these limits fully in the first session.',
      ),
      'All our counsellors receive regular clinical supervision, in which cases are discussed without names or identifying details.',
    ],
  ],
  ['Do you offer online sessions?', ['Yes. Sessions can be held by video or phone, or in person at our rooms on Harrow Quay.']],
  [
    'Can I choose my counsellor?',
    [j('Of course. You can read about each counsellor on the Team page and ask for someone by name, or let us suggest a match after a', 'short phone call.')],
  ],
];
const fNav = ['Home', 'Our team', 'Services', 'FAQ', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Jan 09 2025 11:02:17 GMT+0000 -->
<html data-wf-domain="www.harrowquaycounselling.co.uk" data-wf-page="65a1f0c2b3" data-wf-site="65a1f0c2a9" lang="en"><head><meta charset="utf-8">
<title>FAQ | Harrow Quay Counselling</title><meta content="Answers to common questions about counselling at Harrow Quay." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2a9/css/harrowquay.webflow.shared.4e1b.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How long is a session?",
"acceptedAnswer":{"@type":"Answer","text":"Sessions last 50 minutes."}}]}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.faq-answer{overflow:hidden}</style></div>
<div data-animation="default" class="navbar w-nav" data-easing2="ease" role="banner" data-collapse="medium"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/65a1f0c2a9/logo.svg" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="button is-nav w-button">Book a free call</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<main class="main-wrapper"><section class="section_faq"><div class="padding-global"><div class="container-medium"><div class="padding-section-large">
<div class="faq_component"><div class="margin-bottom margin-xxlarge"><div class="text-align-center"><div class="max-width-large">
<div class="margin-bottom margin-small"><h1 class="heading-style-h2">${fTitle}</h1></div><p class="text-size-medium">${fDek}</p></div></div></div>
<div class="faq_list">${fQa
  .map(
    ([q, a]) => `<div class="faq_accordion"><div data-w-id="a3f1" class="faq_question"><h3 class="text-size-medium text-weight-bold">${q}</h3>
<div class="faq_icon-wrapper"><div class="icon-embed-small w-embed"><svg width="100%" height="100%" viewBox="0 0 32 32"><path d="M16 20L8 12"
/></svg></div></div></div>
<div style="height:0px" class="faq_answer"><div class="margin-bottom margin-small"><div class="text-rich-text w-richtext">${ps(a)}</div></div></div></div>`,
  )
  .join('\n')}
</div><div class="faq_cta"><h4>Still have questions?</h4><p class="text-size-medium">We're happy to talk things through before you book.</p>
<a href="/contact" class="button is-secondary w-button">Contact us</a></div></div></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper">
<div class="footer_left-wrapper"><p class="text-size-small">Harrow Quay Counselling, 7 Harrow Quay, Lindenport</p>
<p class="text-size-small">All counsellors are registered members of the National Counselling Society.</p></div>
<div class="w-layout-grid footer_menu-wrapper">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer_link">${t}</a>`).join('')}
<a href="/privacy" class="footer_link">Privacy notice</a></div></div><div class="line-divider"></div><div class="footer_bottom-wrapper">
<div class="footer_credit-text">© 2025 Harrow Quay Counselling. All rights reserved.</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2a9" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2a9/js/webflow.4b2c.js" type="text/javascript"></script></body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout631-counselling-faq-webflow',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: [fDek, ...fQa.flatMap(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a free call', 'Still have questions?', "We're happy to talk things through before you book.", 'Contact us',
    'Harrow Quay Counselling, 7 Harrow Quay, Lindenport', 'All counsellors are registered members of the National Counselling Society.',
    'Privacy notice', '© 2025 Harrow Quay Counselling. All rights reserved.',
  ],
};

const pTitle = 'Reflexology Gift Voucher – 60 Minute Treatment';
const pDesc = [
  j(
    'Give someone an hour to switch off. This voucher covers one full 60-minute reflexology treatment at our studio in Abbotsmere,',
    'including a short consultation and a warm foot soak before the session.',
  ),
  'Vouchers are valid for 12 months from the date of purchase.',
  'The recipient books directly by phone or online, quoting the code printed on the voucher.',
  'Choose a printed card posted in a linen envelope, or an e-voucher sent by email on the date you pick.',
  j(
    'Reflexology is suitable for most adults. If the recipient is pregnant, has a foot injury or is receiving treatment for a serious',
    'illness, we will talk with them before booking to make sure the session is right for them.',
  ),
];
const pNav = ['Home', 'Treatments', 'Gift Vouchers', 'Oils & Balms', 'About'];
const pFoot = ['Search', 'Shipping', 'Refund policy', 'Terms of service', 'Contact'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical"
href="https://soleandstillness.co.uk/products/reflexology-gift-voucher-60">
<title>${pTitle.replace('&', '&amp;')} &ndash; Sole &amp; Stillness</title><meta name="description" content="Give someone an hour to switch off.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="65.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "sole-and-stillness.myshopify.com";Shopify.theme = {"name":"Dawn","id":13829,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"65.00",
"priceCurrency":"GBP",
"availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Sole &amp; Stillness"}}</script>
<link href="//soleandstillness.co.uk/cdn/shop/t/3/assets/base.css?v=1440" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on printed vouchers</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu"
aria-label="Menu"></summary></details>
</header-drawer><div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span
class="h2">Sole &amp; Stillness</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li><a href="/collections/${t.length}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-label="Search">
<span class="svg-wrapper"><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<product-info class="section-template--main-padding gradient color-scheme-1" data-section="template--main"><div class="page-width">
<div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__column-sticky"><ul class="product__media-list contains-media grid" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//soleandstillness.co.uk/cdn/shop/files/voucher-card.jpg?v=1700&width=1946" alt="Printed gift voucher in a linen envelope" width="1946" height="1946">
</div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">SOLE &amp; STILLNESS</p>
<div class="product__title"><h1>${pTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£65.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input product-form__input--pill"><legend
class="form__label">Format</legend>
<input type="radio" id="fmt-1" name="Format" value="Printed card" checked><label for="fmt-1">Printed card</label>
<input type="radio" id="fmt-2" name="Format" value="E-voucher"><label for="fmt-2">E-voucher</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1"
min="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form" novalidate="novalidate"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(pDesc.slice(0, 1))}<ul>${pDesc
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(pDesc.slice(4))}</div>
<details id="Details-collapsible-row-1" class="product__accordion accordion quick-add-hidden"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Delivery</h2></div></summary><div class="accordion__content rte">
<p>Printed vouchers are sent by first class post within two working days.</p></div></details>
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button></share-button>
</section></div></div></div></product-info></section>
<section class="shopify-section section"><div class="product-recommendations page-width"><h2 class="product-recommendations__heading h2">You may also like</h2>
<ul class="grid product-grid" role="list"><li class="grid__item"><div class="card__information"><h3 class="card__heading h5"><a href="/products/balm"
class="full-unstyled-link">Arnica Foot Balm</a></h3><div class="price"><span class="price-item price-item--regular">£14.00 GBP</span></div></div></li></ul>
</div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div>
<ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div><div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/" title="">Sole &amp; Stillness</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<script src="//soleandstillness.co.uk/cdn/shop/t/3/assets/global.js?v=1440" defer="defer"></script></body></html>`;
const shopifyVoucher: TestPage = {
  name: 'heldout631-reflexology-voucher-shopify',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pDesc),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on printed vouchers', 'Sole & Stillness', ...pNav, 'SOLE & STILLNESS', '£65.00 GBP', 'Tax included.', 'Format',
    'Quantity', 'Add to cart', 'Buy it now', 'Delivery', 'Printed vouchers are sent by first class post within two working days.',
    'You may also like', 'Arnica Foot Balm', '£14.00 GBP', 'Subscribe to our emails', ...pFoot, '© 2025, Sole & Stillness', 'Powered by Shopify',
  ],
};

export const HELDOUT631_C: readonly TestPage[] = [webflowFaq, shopifyVoucher];
