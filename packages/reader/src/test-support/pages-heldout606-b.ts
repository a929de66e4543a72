import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file b: a battery and strap FAQ on a Shopify store (Dawn theme, collapsible-content accordions); the
 * Squarespace how-to post is in file b2.
 */
const sTitle = 'Battery &amp; Strap FAQ';
const sIntro = j(
  'We fit batteries and straps while you wait at our counter on Chapel Street, and by post for customers further away. These are',
  'the questions we are asked most often. If yours is not here, send us a message and one of the team will reply within a day.',
);
const sGroups: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Batteries',
    [
      [
        'How long does a battery change take?',
        j(
          'Most batteries are changed in ten to fifteen minutes while you wait. Watches with a screw-down case back or a sealed diver’s case may need',
          'to stay with us for a day so that we can pressure test them afterwards.',
        ),
      ],
      [
        'How much does it cost?',
        'A standard battery change is £9.50, including the battery and a check of the case seal. A battery change with a full water resistance test is £22.',
      ],
      [
        'My watch stopped again a few weeks after a new battery. Why?',
        j(
          'A battery that runs down quickly usually means the movement is dirty or damaged and is drawing too much current. We will test the current',
          'draw free of charge and tell you whether the movement needs a service.',
        ),
      ],
      [
        'Do you recycle old batteries?',
        'Yes. Every silver-oxide and lithium cell we take out goes to a licensed recycler. You are welcome to bring in old batteries from other devices too.',
      ],
    ],
  ],
  [
    'Straps and bracelets',
    [
      [
        'How do I know what size strap I need?',
        j(
          'Measure the gap between the lugs of the case in millimetres. Most men’s watches take 18, 20 or 22 mm; most women’s watches take 12 to 16',
          'mm. If you are unsure, use our free printable strap gauge or bring the watch in.',
        ),
      ],
      [
        'Can you shorten a metal bracelet?',
        'Yes. We remove links while you wait for £6, and we always give you the spare links back in a small bag so that the bracelet can be lengthened later.',
      ],
      [
        'Do you sell straps for smart watches?',
        j(
          'We stock leather and fabric straps with quick-release spring bars that fit most smart watches with standard lugs. We do not stock straps',
          'for watches with a proprietary fitting.',
        ),
      ],
    ],
  ],
];
const sAs = sGroups.flatMap(([, qa]) => qa.map(([, a]) => a));
const sNav = ['Straps', 'Batteries', 'Watch Care', 'Repairs', 'FAQ', 'Contact'];
const sQuick = ['Search', 'Delivery & Returns', 'Strap size guide', 'Terms of Service', 'Refund policy'];
const sAcc = (q: string, a: string, id: string): string => `<div class="accordion content-container color-scheme-1 gradient"><details
id="Details-collapsible-row-${id}"><summary id="Summary-collapsible-row-${id}"><div class="summary__title"><svg aria-hidden="true" focusable="false"
class="icon icon-check_mark" viewBox="0 0 20 20"><path d="M7 15L2 10"/></svg><h3 class="accordion__title inline-richtext h4">${q}</h3></div>
<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path d="M9 1L5 5"/></svg></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-${id}" role="region" aria-labelledby="Summary-collapsible-row-${id}">
<p>${a}</p></div></details></div>`;
const sSection = ([h, qa]: readonly [string, readonly (readonly [string, string])[]], n: number): string =>
  `<section id="shopify-section-template--21045__collapsible_${n}" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collapsible-content collapsible-none-layout isolate page-width section-template--21045__collapsible_${n}-padding"><div class="grid grid--1-col">
<div class="grid__item"><h2 class="collapsible-content__heading inline-richtext h1">${h}</h2></div><div class="grid__item">
${qa.map(([q, a], i) => sAcc(q, a, `${n}-${i}`)).join('\n')}</div></div></div></div></section>`;
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://tickwell.example/pages/faq">
<title>Battery &amp; Strap FAQ – Tickwell Straps &amp; Batteries</title><meta name="description" content="${sIntro.slice(0, 120)}">
<meta property="og:site_name" content="Tickwell Straps &amp; Batteries"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "tickwell-straps.myshopify.com";Shopify.theme = {"name":"Dawn","id":161234567,
"schema_name":"Dawn","schema_version":"15.0.0"};</script>
<link href="//tickwell.example/cdn/shop/t/4/assets/base.css?v=123" rel="stylesheet" type="text/css" media="all">
<script src="//tickwell.example/cdn/shop/t/4/assets/global.js?v=456" defer="defer"></script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--21045__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on straps over £25</span></p></div></div></div></div>
<div id="shopify-section-sections--21045__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg aria-hidden="true" class="icon icon-hamburger" viewBox="0 0 18 16"><path d="M1 .5h16"/></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//tickwell.example/cdn/shop/files/tickwell-logo.png"
alt="Tickwell Straps &amp; Batteries" width="140" height="42" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) =>
      `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"><path d="M11 11l5 5"/></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"
focusable="false" viewBox="0 0 40 40"><path d="M15 25h13"/></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--21045__main" class="shopify-section section"><div class="page-width page-width--narrow
section-template--21045__main-padding"><h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte"><p>${sIntro}</p></div></div></section>
${sGroups.map(sSection).join('\n')}
<section id="shopify-section-template--21045__rich_text" class="shopify-section section"><div class="isolate"><div class="rich-text content-container
color-scheme-2 gradient rich-text--full-width content-container--full-width section-template--21045__rich_text-padding"><div class="rich-text__wrapper
rich-text__wrapper--center page-width"><div class="rich-text__blocks center"><h2 class="rich-text__heading rte inline-richtext h1">Still have a question?</h2>
<div class="rich-text__text rte"><p>Our counter is open Monday to Saturday, 9am to 5.30pm.</p></div><div class="rich-text__buttons"><a href="/pages/contact"
class="button button--primary">Contact us</a></div></div></div></div></div></section></main>
<div id="shopify-section-sections--21045__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--21045__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content
list-unstyled">${links(sQuick)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#contact_form" id="contact_form" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--21045__footer" type="email" name="contact[email]"
class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--21045__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg viewBox="0 0 14 10" aria-hidden="true" class="icon icon-arrow"><path d="M8.5 0l4.5 5"/></svg></button></div></div>
</form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__localization
isolate"></div><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" role="img"
aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">
© 2026, <a href="/" title="">Tickwell Straps &amp; Batteries</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div></div>
</footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title"
aria-describedby="shopify-pc__banner__body"><div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2
id="shopify-pc__banner__body-title">Cookie preferences</h2>
<div id="shopify-pc__banner__body">This website uses cookies to ensure you get the best experience.</div>
</div><div class="shopify-pc__banner__btns"><button type="button" id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn-manage-prefs">Manage
preferences</button><button type="button" id="shopify-pc__banner__btn-decline" class="shopify-pc__banner__btn-decline">Decline</button><button type="button"
id="shopify-pc__banner__btn-accept" class="shopify-pc__banner__btn-accept">Accept</button></div></div></div>
<script type="application/json" id="shopify-features">{"accessToken":"c0ffee","betas":["rich-media-storefront-analytics"],"domain":"tickwell.example",
"predictiveSearch":true}</script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout606-shopify-battery-strap-faq',
  kind: 'docs',
  html: sHtml,
  title: 'Battery & Strap FAQ',
  headings: sGroups.flatMap(([h, qa]) => [h, ...qa.map(([q]) => q)]),
  body: texts([sIntro, ...sAs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on straps over £25', ...sNav.filter((t) => !['Straps', 'Batteries', 'FAQ'].includes(t)), 'Cart',
    'Still have a question?',
    'Our counter is open Monday to Saturday, 9am to 5.30pm.', 'Contact us', 'Quick links', ...sQuick, 'Subscribe to our emails', 'Email',
    'Payment methods', '© 2026, Tickwell Straps & Batteries', 'Powered by Shopify', 'Cookie preferences',
    'This website uses cookies to ensure you get the best experience.', 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT606_B: readonly TestPage[] = [shopify];
