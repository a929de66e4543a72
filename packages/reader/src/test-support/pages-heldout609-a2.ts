import { links, type TestPage, texts } from './page-kit.js';
import { furn, j, lis, rows, rowTexts } from './pages-heldout609-kit.js';

/** Held-out batch 609, file a2: a club awards order page on Shopify (Dawn) with a quote form and a newsletter footer. */

const sTitle = 'Club Awards Ordering';
const sIntro = j(
  'Running end-of-season awards for a club or league? We engrave and pack everything in one batch, labelled by team, so presentation',
  'night is just a matter of opening boxes.',
);
const sHowH = 'How a club order works';
const sHow = [
  '<strong>Choose your awards.</strong> Pick the trophies, medals or plaques from the shop and note the product codes.',
  '<strong>Send your list.</strong> Use our spreadsheet template with one row per award: the recipient, the award title and the year.',
  '<strong>Approve the proof.</strong> We email a PDF proof of every plate within two working days. Nothing is engraved until you approve it.',
  '<strong>Collect or receive.</strong> Orders are ready 7 to 10 working days after approval, boxed and labelled by team.',
];
const sPriceH = 'Club pricing';
const sPriceP = 'Engraving is free on every club order of 10 awards or more. Above that, the awards themselves are discounted:';
const sPrice = [
  ['10 to 24 awards', '10% off'],
  ['25 to 49 awards', '15% off'],
  ['50 awards or more', '20% off, plus a free perpetual shield'],
];
const sDeadH = 'Deadlines for the summer season';
const sDead = [
  'Cricket and tennis presentation nights in late August: order by 24 July',
  'Junior football and netball in June: order by 16 May',
  'Anything needed within 5 working days: call the shop first, as rush slots are limited',
];
const sNote = j(
  'Please check spellings carefully before you approve your proof. We engrave exactly what is on the approved proof, and corrections',
  'after that point are charged at the normal engraving rate.',
);
const sNav = ['Trophies', 'Medals', 'Plaques', 'Glass & Crystal', 'Club Orders', 'Engraving'];
const sQuick = ['Search', 'Delivery & Returns', 'Engraving Guide', 'Contact us'];
const sPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const sField = (id: string, label: string, type = 'text'): string =>
  `<div class="field"><input class="field__input" autocomplete="${id}" type="${type}" id="ContactForm-${id}" name="contact[${id}]" placeholder="${label}">
<label class="field__label" for="ContactForm-${id}">${label}</label></div>`;
const sMenu = sNav
  .map(
    (t) =>
      `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">` +
      `<span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://brightmarktrophies.com/pages/club-awards">
<title>${sTitle} &ndash; Brightmark Trophies</title><meta name="description" content="Bulk engraved trophies and medals for clubs and leagues.">
<meta property="og:site_name" content="Brightmark Trophies"><meta property="og:type" content="website"><meta property="og:title" content="${sTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "brightmark-trophies.myshopify.com";Shopify.locale = "en";Shopify.currency =
{"active":"AUD","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":148220133,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Brightmark
Trophies","url":"https://brightmarktrophies.com"}</script>
<link href="//brightmarktrophies.com/cdn/shop/t/4/assets/base.css?v=1519" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1821__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free engraving on all orders over $150</span></p></div></div></div></div>
<div id="shopify-section-sections--1821__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon
icon-hamburger"></svg></span></summary>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Brightmark Trophies</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sMenu}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search
header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1844__main" class="shopify-section section"><div class="page-width page-width--narrow
section-template--1844__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte"><p>${sIntro}</p>
<h2>${sHowH}</h2><ol>${lis(sHow)}</ol>
<h2>${sPriceH}</h2><p>${sPriceP}</p>
<table><tbody><tr><th>Order size</th><th>Discount</th></tr>
${rows(sPrice)}</tbody></table>
<h2>${sDeadH}</h2><ul>${lis(sDead)}</ul>
<p><em>${sNote}</em></p>
<p><a href="/files/club-awards-template.xlsx" class="button">Download the spreadsheet template</a></p></div></div></section>
<section id="shopify-section-template--1844__form" class="shopify-section section"><div class="color-scheme-1 gradient"><div class="contact page-width
page-width--narrow
section-template--1844__form-padding"><h2 class="title title-wrapper--no-top-margin inline-richtext h1">Ask for a club quote</h2>
<form method="post" action="/contact#ContactForm" id="ContactForm" accept-charset="UTF-8" class="isolate"><input type="hidden" name="form_type" value="contact">
<div class="contact__fields">${sField('name', 'Name')}${sField('email', 'Email', 'email')}</div>${sField('tel', 'Phone number', 'tel')}
<div class="field"><textarea rows="10" id="ContactForm-body" class="text-area field__input" name="contact[Club and awards needed]" placeholder="Club and
awards needed"></textarea>
<label class="form__label field__label" for="ContactForm-body">Club and awards needed</label></div>
<div class="contact__button"><button type="submit" class="button">Send</button></div></form></div></div></section></main>
<div id="shopify-section-sections--1822__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--1822__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2><div class="footer-block__details-content rte">
<p>Unit 3, 48 Halden Road, Carrowbank. Open Monday to Saturday, 9am to 5pm.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="contact_form" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1822__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1822__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Brightmark Trophies</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPolicies)}</ul></div></div></div></footer></div>
<script src="//brightmarktrophies.com/cdn/shop/t/4/assets/global.js?v=1380" defer="defer"></script></body></html>`;
const sHeads = [sHowH, sPriceH, sDeadH];
const sBody = texts([sIntro, ...sHow, sPriceP, ...rowTexts(sPrice), ...sDead, sNote]);
const shopifyDawn: TestPage = {
  name: 'heldout609-shopify-dawn-club-awards',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([sTitle, ...sHeads, ...sBody], [
    'Skip to content', 'Free engraving on all orders over $150', 'Brightmark Trophies', ...sNav, 'Log in', 'Cart', 'Download the spreadsheet template',
    'Ask for a club quote', 'Name', 'Email', 'Phone number', 'Club and awards needed', 'Send', 'Quick links', ...sQuick, 'Visit the shop',
    'Unit 3, 48 Halden Road, Carrowbank. Open Monday to Saturday, 9am to 5pm.', 'Subscribe to our emails', '© 2026,', 'Powered by Shopify',
    ...sPolicies,
  ]),
};

export const HELDOUT609_A2: readonly TestPage[] = [shopifyDawn];
