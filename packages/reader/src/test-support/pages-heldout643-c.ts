import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout643-kit.js';

/**
 * Held-out batch 643, file c: a boat trip sold as a product on a Shopify store (Dawn theme, with collapsible tabs and a
 * "You may also like" row), and an FAQ page on Webflow with accordion questions and a Finsweet cookie banner.
 */
const pTitle = 'Sunset Dolphin Cruise – 2 hours';
const pDesc = [
  j(
    'Head out of Trevellan harbour as the sun drops behind Pen Dinas and look for the bottlenose dolphins that feed at the mouth',
    'of the estuary most summer evenings. You will also pass the seal caves under the old coastguard lookout.',
  ),
  'Your ticket includes:',
  'a seat on our 11-metre catamaran Morwenna, with a heated cabin',
  'commentary from a marine guide from the Cardigan Sea Trust',
  'a hot drink or a glass of fizz from the bar',
  j('Tickets are for a named date. Choose your date above and you will receive an e-ticket by email.', 'Show it on your phone at the ticket office.'),
];
const pTabs = [
  ['Meeting point', 'Ticket office on the North Quay, Trevellan SA43 1PR. Please arrive 15 minutes before departure.'],
  [
    'Cancellation policy',
    j(
      'Full refund up to 48 hours before your trip. If we cancel because of the weather you can move your ticket to any other',
      'date this season or ask for a refund.',
    ),
  ],
  ['Accessibility', 'The cabin is step-free from the pontoon. The upper deck is reached by a steep ladder.'],
];
const pNav = ['Boat trips', 'Gift vouchers', 'Merch', 'Contact'];
const pRecs = ['Seal Cave Explorer – 1 hour £24.00 GBP', 'Offshore Wildlife Safari – 4 hours £79.00 GBP', 'Gift voucher From £25.00 GBP'];
const pFoot = ['Search', 'Terms of service', 'Refund policy', 'Privacy policy'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://morwennaboats.co.uk/products/sunset-dolphin-cruise"><title>Sunset Dolphin Cruise – 2 hours &ndash; Morwenna Boat Trips</title>
<meta property="og:type" content="product"><meta property="og:price:amount" content="35.00"><meta property="og:price:currency" content="GBP">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Sunset Dolphin Cruise – 2 hours",
"offers":[{"@type":"Offer","price":"35.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<script>var Shopify = Shopify || {};Shopify.shop = "morwenna-boats.myshopify.com";Shopify.theme = {"name":"Dawn","id":13579,"theme_store_id":887};</script>
<link href="//morwennaboats.co.uk/cdn/shop/t/4/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2218__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Season 2026 now on sale – sunset trips sell out fast</span></p></div></div></div>
<div id="shopify-section-sections--2218__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Morwenna Boat Trips</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav)}</ul></nav><div class="header__icons">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2230__main" class="shopify-section section"><section id="MainProduct-template--2230__main"
class="page-width section-template--2230__main-padding" data-section="template--2230__main"><div class="product product--large product--left
product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2230__main"
role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-template--2230__main" class="visually-hidden" role="status"></div>
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><div class="product__media media">
<img src="//morwennaboats.co.uk/cdn/shop/files/sunset.jpg?v=1&width=1946" alt="Dolphins at sunset off Pen Dinas" width="1946" height="1298"></div></div>
</li></ul></media-gallery></div><div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2230__main"
class="product__info-container product__column-sticky"><p class="product__text inline-richtext caption-with-letter-spacing">Morwenna Boat Trips</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/sunset-dolphin-cruise" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2230__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">
£35.00 GBP</span></div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden" data-section="template--2230__main"><div class="product-form__input product-form__input--dropdown">
<label class="form__label" for="Option-template--2230__main-0">Date</label><div class="select"><select id="Option-template--2230__main-0" class="select__select"
name="options[Date]"><option value="Fri 12 June 19:30" selected="selected">Fri 12 June 19:30</option>
<option value="Sat 13 June 19:30">Sat 13 June 19:30</option>
</select></div></div></variant-selects><div class="product-form__input product-form__quantity"><label class="quantity__label form__label"
for="Quantity-template--2230__main">Quantity</label><quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${pTitle}</span></button><input class="quantity__input" type="number" name="quantity" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${pTitle}</span></button>
</quantity-input></div><div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2230__main"
class="form" novalidate="novalidate" data-type="add-to-cart-form"><div class="product-form__buttons"><button id="ProductSubmitButton-template--2230__main"
type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps([at(pDesc, 0)])}<p><strong>${at(pDesc, 1)}</strong></p><ul>${lis(pDesc.slice(2, 5))}</ul><p>${at(pDesc, 5)}</p></div>
${pTabs
  .map(
    ([h, t]) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-template--2230__main">
<summary><div class="summary__title"><svg class="icon icon-accordion color-foreground-text"></svg><h2 class="h4 accordion__title inline-richtext">${h}</h2>
</div><svg aria-hidden="true" focusable="false" class="icon icon-caret"></svg></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible_tab-template--2230__main"><p>${t}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--2230__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-share-template--2230__main"><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary></details>
</share-button></section></div></div></section></section>
<section id="shopify-section-template--2230__related-products" class="shopify-section section"><div class="color-background-1 gradient no-heading">
<product-recommendations class="related-products page-width section-template--2230__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down"
role="list">${pRecs
  .map(
    (r) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard">
<div class="card__content"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${r}</a></h3></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></section></main>
<div id="shopify-section-sections--2219__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--2219__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--2219__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button>
</div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">
&copy; 2026, <a href="/" title="">Morwenna Boat Trips</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">${links(pFoot)}</ul></div></div>
</footer></div><script src="//morwennaboats.co.uk/cdn/shop/t/4/assets/product-info.js?v=9876" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout643-shopify-dawn-cruise',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pTabs.map(([h]) => h ?? ''),
  body: [...pDesc, ...pTabs.map(([, t]) => t ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Season 2026 now on sale – sunset trips sell out fast', 'Morwenna Boat Trips', ...pNav, 'Cart', 'Regular price', '£35.00 GBP',
    'Tax included.', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...pRecs, 'Subscribe to our emails',
    '© 2026, Morwenna Boat Trips', 'Powered by Shopify', ...pFoot,
  ],
};

const fTitle = 'Frequently asked questions';
const fLead = 'Everything you need to know before you step aboard. Can’t find your answer? Send us a message and the crew will get back to you.';
const fQa = [
  [
    'Will we definitely see whales?',
    j(
      'We can’t promise it: they are wild animals and the sea is big. Over the last three seasons we saw minke whales on 71% of',
      'trips and dolphins or porpoises on 94%. If you see no cetaceans at all, you can come again for free on any trip this season.',
    ),
  ],
  [
    'What happens if the weather is bad?',
    j(
      'The skipper decides on the morning of the trip. If it is not safe or comfortable to go out we will contact you by',
      'text and email and you can rebook or take a full refund. We do not cancel for rain alone.',
    ),
  ],
  [
    'Is the trip suitable for children?',
    j(
      'Yes, from age 4 on the coastal trips and age 10 on the offshore trip. We carry child lifejackets in every size and',
      'children must wear them on deck at all times.',
    ),
  ],
  [
    'I get seasick. Should I still come?',
    j(
      'Most people who feel unwell on ferries are fine with us, because we are out in the fresh air. Take a tablet an hour',
      'before, eat a light breakfast and stay out of the cabin. Ginger biscuits are on the house.',
    ),
  ],
  [
    'How close do you get to the animals?',
    j(
      'We follow the WiSe scheme and the local code of conduct: we slow to no-wake speed within 300 metres and never steer',
      'towards a whale. Quite often the animals decide to come to us, and then we switch the engine off and enjoy it.',
    ),
  ],
  ['Can I bring food?', 'Yes. Please take all your rubbish home with you, and keep an eye on your sandwiches: the gulls are bold.'],
  ['Do you offer gift vouchers?', 'Yes, for any amount or for a named trip. Vouchers are valid for two years and are sent by email as a PDF you can print.'],
];
const fNav = ['Trips', 'Sightings', 'About', 'FAQ'];
const fFoot = ['Trips', 'Gift vouchers', 'Booking terms', 'Privacy', 'Instagram', 'Facebook'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.skerrywhales.com" data-wf-page="64f1c2a8e0b7d11a9c0d0e21" data-wf-site="64f1c2a8e0b7d11a9c0d0df0" lang="en"><head>
<meta charset="utf-8"><title>FAQ | Skerry Whale Watching</title><meta content="Answers to common questions about our whale watching trips." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64f1c2a8e0b7d11a9c0d0df0/css/skerry-whales.webflow.5c1d0a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Will we definitely see
whales?"}]}</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree
to the storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">
Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64f1c2a8e0b7d11a9c0d0df0/logo.svg" loading="lazy" alt="Skerry
Whale Watching"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'FAQ' ? ' w--current" aria-current="page' : ''}">${t}</a>`)
  .join('')}<a href="/book" class="button-nav w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="section-hero-small"><div class="container w-container"><h1 class="heading-page">${fTitle}</h1><p class="paragraph-lead">${fLead}</p></div>
</section>
<section class="section-faq"><div class="container w-container"><div class="faq-wrapper">
${fQa
  .map(
    ([q, a], i) => `<div data-w-id="a4c1e2${i}" class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://assets-global.website-files.com/64f1c2a8e0b7d11a9c0d0df0/plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div style="height:0px" class="faq-answer"><p class="faq-p">${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-cta">Still have a question?</h2><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="cta-form"><label for="name" class="field-label">Name</label>
<input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name">
<label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" type="email" id="email">
<label for="message" class="field-label">Your question</label>
<textarea id="message" name="message" maxlength="5000" class="text-area w-input"></textarea>
<input type="submit" data-wait="Please wait..." class="button w-button"
value="Send"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!
</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-title">Skerry Whale Watching</div>
<p class="footer-text">Harbour Office, West Pier, Lochanbeg IV27 4QS</p></div>
<div class="footer-col">${fFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}
</div></div><div class="footer-bottom"><div class="footer-small">© 2026 Skerry Whale Watching Ltd. Registered in Scotland SC612204.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f1c2a8e0b7d11a9c0d0df0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64f1c2a8e0b7d11a9c0d0df0/js/webflow.2a5e1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout643-webflow-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q ?? ''),
  body: [fLead, ...fQa.map(([, a]) => a ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept', ...fNav.filter((t) => t !== 'Trips'), 'Book now', 'Still have a question?', 'Name', 'Email address', 'Your question',
    'Skerry Whale Watching', 'Harbour Office, West Pier, Lochanbeg IV27 4QS', ...fFoot.filter((t) => t !== 'Trips' && t !== 'Gift vouchers'),
    '© 2026 Skerry Whale Watching Ltd. Registered in Scotland SC612204.',
  ],
};

export const HELDOUT643_C: readonly TestPage[] = [shopify, webflow];
