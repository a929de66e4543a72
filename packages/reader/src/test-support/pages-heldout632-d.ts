import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file d: a riding centre's FAQ page on Webflow (navbar, FAQ items, call-to-action band) and a riding
 * school's gift voucher product page on Shopify (Dawn theme) with price, variant picker, collapsible tabs and recommendations.
 */
const fTitle = 'Frequently asked questions';
const fIntro = "Everything you need to know before your first visit to Larkrise. Can't find your answer? Give the yard office a ring.";
const fQa: [string, string][] = [
  ['How old do you have to be to ride?', 'Children can start lead-rein sessions from age four. Off-lead lessons start at seven.'],
  ['Do I need my own hat?', 'No. We have hats in every size and fit them before each lesson. If you ride regularly, we recommend buying your own.'],
  ["Can I watch my child's lesson?", 'Yes, there is a viewing gallery above the indoor school with a hot drinks machine.'],
  ['What happens if it rains?', j('Lessons go ahead in the indoor school. We only cancel in high winds or snow, and we will text you by 8am if we do.')],
  ['Do you do birthday parties?', 'We run pony parties for up to eight children on Saturday afternoons, from April to September.'],
];
const fNav = ['Lessons', 'Pony Parties', 'Livery', 'FAQ', 'Contact'];
const fFoot = ['Larkrise Riding Centre', 'Old Sarum Lane, Whitcombe, WC7 2HB', 'Approved by the British Horse Society', '© 2026 Larkrise Riding Centre'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Apr 13 2026 08:14:52 GMT+0000 -->
<html data-wf-domain="www.larkriseriding.co.uk" data-wf-page="65f1c2a8e3b4d1a0c9f2e811" data-wf-site="65f1c2a8e3b4d1a0c9f2e7f0" lang="en">
<head><meta charset="utf-8"><title>FAQ | Larkrise Riding Centre</title><meta content="Answers to common questions about lessons." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f1c2a8e3b4d1a0c9f2e7f0/css/larkrise.webflow.9a2c1f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);
</script><script type="application/ld+json">
{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${fQa[0]?.[0]}"}]}</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f1c/logo.svg" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link${n === 'FAQ' ? ' w--current' : ''}">${n}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a lesson</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section faq-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-1">${fTitle}</h1>
<p class="paragraph-large">${fIntro}</p></div></section>
<section class="section faq-section"><div class="w-layout-blockcontainer container-small w-container"><div class="faq-wrapper">
${fQa
  .map(
    ([q, a]) => `<div class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3><div class="faq-icon w-embed">
<svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 1v14M1 8h14" stroke="currentColor"></path></svg></div></div>
<div class="faq-answer"><p class="faq-paragraph">${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta-band"><div class="w-layout-blockcontainer container w-container"><h2 class="cta-heading">Still have a question?</h2>
<p class="cta-text">Call us on 01632 960 772 or send us a message.</p><a href="/contact" class="button w-button">Get in touch</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid">
${fFoot.map((t) => `<div class="footer-text">${t}</div>`).join('\n')}</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c2a8e3b4d1a0c9f2e7f0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f1c2a8e3b4d1a0c9f2e7f0/js/webflow.4f2a1c.js" type="text/javascript"></script></body></html>`;
const larkrise: TestPage = {
  name: 'heldout632-webflow-riding-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map((q) => q[0]),
  body: texts([fIntro, ...fQa.map((q) => q[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a lesson', 'Still have a question?', 'Call us on 01632 960 772 or send us a message.', 'Get in touch', ...fFoot,
  ],
};

const pTitle = 'Pony Day Experience Gift Voucher';
const pDesc = [
  j(
    'Give a pony-mad child the day of their dreams. Our Pony Day Experience is for riders aged six to fourteen, from complete',
    'beginners to confident riders, and is run by our qualified instructors at Ridgeway Riding School.',
  ),
  "What's included",
  'A riding lesson matched to their ability',
  'Grooming, tacking up and learning to look after "their" pony for the day',
  'A stable management session and a quiz',
  'A rosette and certificate to take home',
  'How it works',
  j(
    'Your voucher is emailed as a printable PDF within an hour of ordering. The recipient calls the yard to book a date; days',
    'run in school holidays and on Saturdays. Vouchers are valid for 12 months from the date of purchase.',
  ),
  'Riders must weigh under 50 kg. Please bring packed lunch on full days.',
];
const pVar = ['Half day (9am to 12.30pm)', 'Full day (9am to 3.30pm)'];
const pRecs = [
  ['Private Lesson Voucher', '£42.00 GBP'],
  ['Pony Party for Eight', '£240.00 GBP'],
  ['Ridgeway Hoodie', '£32.00 GBP'],
];
const pMenu = ['Home', 'Gift Vouchers', 'Clothing', 'Lessons', 'Contact'];
const pFoot = ['Search', 'Terms of Service', 'Refund policy'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://shop.ridgewayriding.co.uk/products/pony-day-voucher">
<title>${pTitle} &ndash; Ridgeway Riding School</title><meta name="description" content="Give a pony-mad child the day of their dreams.">
<meta property="og:site_name" content="Ridgeway Riding School"><meta property="og:type" content="product"><meta property="og:price:amount" content="65.00">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"65.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Ridgeway Riding School"}}</script>
<script>var Shopify = Shopify || {};Shopify.shop = "ridgeway-riding.myshopify.com";Shopify.theme = {"name":"Dawn","id":13288,"schema_name":"Dawn"};</script>
<link href="//shop.ridgewayriding.co.uk/cdn/shop/t/3/assets/base.css?v=1402" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Vouchers are emailed within one hour</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ridgeway Riding School</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pMenu
  .map(
    (m) => `<li><a href="/${m.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${m}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<section id="MainProduct-template--main" class="page-width section-template--main-padding" data-section="template--main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//shop.ridgewayriding.co.uk/cdn/shop/files/pony-day.jpg?v=1710&width=1946" alt="Child grooming a grey pony" width="1946" height="1298"></div></li>
</ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Ridgeway Riding School</p>
<div class="product__title"><h1>${pTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£65.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--main" data-section="template--main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Experience</legend>
${pVar
  .map(
    (v, i) => `<input type="radio" id="template--main-1-${i}" name="Experience" value="${v}"${i === 0 ? ' checked' : ''}>
<label for="template--main-1-${i}">${v}</label>`,
  )
  .join('\n')}
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${pTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1" min="1">
<button class="quantity__button" name="plus"
type="button"><span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--main" type="submit" name="add"
class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps([pDesc[0] ?? ''])}<h3>${pDesc[1]}</h3><ul>${pDesc
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><h3>${pDesc[6]}</h3>${ps(pDesc.slice(7))}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-template--main"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Cancellations and refunds</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab">
<p>Vouchers cannot be refunded, but dates can be moved with 48 hours' notice.</p></div></details></div>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button></section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${pRecs
  .map(
    (r) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/x"
class="full-unstyled-link">${r[0]}</a></h3><div class="price"><span class="price-item price-item--regular">${r[1]}</span></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe">
</button></div></div></form></div></div><div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026,
<a href="/" title="">Ridgeway Riding School</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by
Shopify</a></small></div></div></footer>
<script src="//shop.ridgewayriding.co.uk/cdn/shop/t/3/assets/product-info.js?v=1402" defer="defer"></script></body></html>`;
const ridgeway: TestPage = {
  name: 'heldout632-shopify-pony-day-voucher',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [pDesc[1] ?? '', pDesc[6] ?? ''],
  body: texts(pDesc.filter((_, i) => i !== 1 && i !== 6)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Vouchers are emailed within one hour', 'Ridgeway Riding School', ...pMenu, 'Cart', 'Regular price', '£65.00 GBP',
    'Tax included.', 'Experience', ...pVar, 'Quantity', `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`, 'Add to cart',
    'Buy it now', 'Cancellations and refunds', 'Share', 'You may also like', ...pRecs.flat(), 'Quick links', ...pFoot, 'Subscribe to our emails',
    'Email', '© 2026, Ridgeway Riding School', 'Powered by Shopify',
  ],
};

export const HELDOUT632_D: readonly TestPage[] = [larkrise, ridgeway].map(settle);
