import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout652-kit.js';

/**
 * Held-out batch 652, file d: a crazy golf gift voucher product page on Shopify (Dawn) with collapsible tabs and "You may also
 * like", and a laser tag venue's corporate team building landing page on HubSpot CMS with a form and a testimonial.
 */
const sTitle = 'Adventure Golf Gift Voucher';
const sDesc = [
  j(
    'Give the gift of a round at Fairway Follies. This voucher is good for one round of either of our 18-hole courses, Jungle Temple',
    'or Moon Base, for the number of players you choose.',
  ),
  'Vouchers are sent by email straight after checkout, ready to print or forward. They are valid for 12 months from the date of purchase.',
];
const sTabs = [
  { h: 'How to redeem', li: ['Show the voucher code at the kiosk, on paper or on your phone.', 'No booking needed except on bank holidays.'] },
  { h: 'Terms', li: ['Not exchangeable for cash.', 'Cannot be used for glow golf late sessions or parties.'] },
];
const sNav = ['Home', 'Book a Round', 'Gift Vouchers', 'Parties', 'Contact'];
const sAlso = ['Glow Golf Night Voucher', 'Family Day Out Bundle', 'Putter &amp; Ball Souvenir Set'];
const sFoot = ['Search', 'Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://shop.fairwayfollies.co.uk/products/adventure-golf-gift-voucher"><title>${sTitle} &ndash; Fairway Follies</title>
<meta name="description" content="Give the gift of a round at Fairway Follies."><meta property="og:type" content="product"><meta property="og:price:amount"
content="14.00">
<script>var Shopify = Shopify || {};Shopify.shop = "fairway-follies.myshopify.com";Shopify.theme = {"name":"Dawn","id":139812,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"14.00",
"priceCurrency":"GBP"}]}</script>
<link href="//shop.fairwayfollies.co.uk/cdn/shop/t/3/assets/base.css?v=163229" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
class="announcement-bar color-scheme-4"
role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Vouchers arrive instantly by
email</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper color-scheme-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">Fairway Follies</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map((t) => `<li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<section class="page-width section-template--main-padding"><div class="product product--large product--left grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__column-sticky"><ul class="product__media-list"><li class="product__media-item">
<img src="//shop.fairwayfollies.co.uk/cdn/shop/files/voucher.png?v=1702&amp;width=1946" alt="${sTitle}"></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">FAIRWAY FOLLIES</p><div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£14.00
GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-radios class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input"><legend class="form__label">Players</legend>
<input type="radio" id="P-1" name="Players" value="2 players" checked><label for="P-1">2 players</label><input type="radio" id="P-2" name="Players"
value="4 players">
<label for="P-2">4 players</label><input type="radio" id="P-3" name="Players" value="6 players"><label for="P-3">6 players</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-main">Quantity</label><quantity-input
class="quantity">
<input class="quantity__input" type="number" name="quantity" id="Quantity-main" min="1" value="1"></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons"><button type="submit"
name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button"
class="shopify-payment-button"><button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it
now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}</div>
${sTabs
  .map(
    (t) => `<div class="product__accordion accordion quick-add-hidden"><details><summary><div class="summary__title"><svg class="icon icon-accordion"></svg>
<h2 class="h4 accordion__title inline-richtext">${t.h}</h2></div><svg class="icon icon-caret"></svg></summary><div class="accordion__content rte">
<ul>${lis(t.li)}</ul></div></details></div>`,
  )
  .join('\n')}
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg></svg>Share</button></share-button>
</product-info></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">${sAlso
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><div class="card__information">
<h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${t}</a></h3><div class="price"><span
class="price-item price-item--regular">£18.00 GBP</span>
</div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label></div></div></form></div></div></div><div class="footer__content-bottom"><div
class="footer__content-bottom-wrapper page-width">
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Fairway Follies</a></small><small
class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small><ul
class="policies list-unstyled">${links(sFoot)}</ul></div></div></div>
</footer></div><script src="//shop.fairwayfollies.co.uk/cdn/shop/t/3/assets/global.js?v=1689" defer="defer"></script></body></html>`;
const shopifyVoucher: TestPage = {
  name: 'heldout652-shopify-golf-voucher',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sTabs.map((t) => t.h),
  body: [...sDesc, ...sTabs.flatMap((t) => t.li)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Vouchers arrive instantly by email', 'Fairway Follies', ...sNav, 'Cart', 'FAIRWAY FOLLIES', 'Regular price', '£14.00 GBP',
'Tax included.',
    'Players', '2 players', '4 players', '6 players', 'Quantity', 'Add to cart', 'Buy it now', 'You may also like', ...texts(sAlso), '£18.00 GBP',
    'Subscribe to our emails', 'Email', '© 2027, Fairway Follies', 'Powered by Shopify', ...sFoot,
  ],
};

const hTitle = 'Team Building That Actually Gets People Talking';
const hDek = 'Private laser combat events for teams of 10 to 60, with a host, a debrief room and food, in the centre of Brackwell.';
const hSecs = [
  {
    h: 'Why laser combat works for teams',
    ps: [
      j(
        'Nobody needs to be sporty to play, and nobody can win on their own. Our team games are built around communication: holding a base,',
        'covering a teammate who is recharging, deciding who goes for the flag. By the third game, the quiet people are calling the plays.',
      ),
    ],
  },
  {
    h: 'What is included',
    ps: ['Every corporate booking includes:'],
    li: [
      'Sole use of the Vortex arena for two or three hours',
      'A dedicated host who runs the briefing and referees every game',
      'Printed team score sheets and a trophy for the winning team',
      'The Debrief Room, with screen and HDMI, for presentations or a post-game review',
    ],
  },
  {
    h: 'Prices',
    ps: [
      'Two-hour events start at £32 per person and three-hour events at £44 per person, plus VAT. Catering is quoted separately.',
      '\u201cWe booked Vortex for forty people from three offices who had never met. It was the first away day anyone asked to repeat.\u201d',
      '\u2014 Operations Director, Hallam &amp; Rowe Logistics',
    ],
  },
];
const hForm = ['First name', 'Last name', 'Work email', 'Company name', 'Group size', 'Preferred date'];
const hNav = ['Play', 'Parties', 'Corporate', 'Prices', 'Blog'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corporate Team Building | Vortex Laser Combat Brackwell</title>
<meta name="description" content="${hDek}"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css"><link rel="stylesheet"
href="https://www.vortexlaser.co.uk/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Corporate laser combat events",
"provider":{"@type":"LocalBusiness","name":"Vortex Laser Combat"}}</script>
<meta property="og:url" content="https://www.vortexlaser.co.uk/corporate"><link rel="canonical" href="https://www.vortexlaser.co.uk/corporate"></head>
<body><div class="body-wrapper hs-content-id-88120 hs-site-page page"><div data-global-resource-path="vortex-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="https://www.vortexlaser.co.uk/hubfs/vortex-logo.svg"
alt="Vortex Laser Combat"></a></span>
</span></div><div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop"><ul
class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav></div><div class="header__button"><a class="button" href="/book">Book now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing-page">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section hero-section"><div class="row-fluid"><div
class="span12 widget-span widget-type-cell dnd-column"
data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12"><div
id="hs_cos_wrapper_widget_1681" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1681_"
class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text"><h1>${hTitle}</h1><p>${hDek}</p></span></div>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><a class="button" href="#enquire">Get a
quote</a></div></div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section"><div class="row-fluid"><div class="span7 widget-span widget-type-cell dnd-column"
data-widget-type="cell">
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1682" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><span class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">${hSecs
  .map((s) => `<h2>${s.h}</h2>\n${ps(s.ps)}${s.li === undefined ? '' : `<ul>${lis(s.li)}</ul>`}`)
  .join('\n')}</span></div></div></div></div></div>
<div class="span5 widget-span widget-type-cell dnd-column" data-widget-type="cell"><div id="enquire"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-form" data-hs-cos-type="form"><h3 id="hs_cos_wrapper_widget_1683_title" class="hs_cos_wrapper form-title" data-hs-cos-type="text">Request a
quote</h3>
<div id="hs_form_target_widget_1683"><div class="hbspt-form"><form id="hsForm_b2a1" class="hs-form stacked hs-custom-form" novalidate>${hForm
  .map(
    (f, i) => `<div class="hs_field${i} hs-form-field"><label for="f${i}"><span>${f}</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="f${i}" class="hs-input" type="text" name="f${i}"></div></div>`,
  )
  .join('\n')}<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send enquiry"></div></div>
</form></div></div></div></div></div></div></div></main>
<div data-global-resource-path="vortex-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Vortex Laser Combat · 12 Canal Street, Brackwell · 01632 960 772</p><p>© 2027 Vortex Leisure Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-tracked="">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer.
These cookies are used to improve your website experience and provide more personalized services to you.</p><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/scriptloader/4418811.js" async defer id="hs-script-loader"></script></body></html>`;
const hubspotCorporate: TestPage = {
  name: 'heldout652-hubspot-laser-corporate',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([hDek, ...hSecs.flatMap((s) => [...s.ps, ...(s.li ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book now', 'Get a quote', 'Request a quote', ...hForm, 'Vortex Laser Combat · 12 Canal Street, Brackwell · 01632 960 772',
    '© 2027 Vortex Leisure Ltd. All rights reserved.',
'This website stores cookies on your computer. These cookies are used to improve your website experience'
    + ' and provide more personalized services to you.', 'Accept', 'Decline',
  ],
};

export const HELDOUT652_D: readonly TestPage[] = [shopifyVoucher, hubspotCorporate].map(finish);
