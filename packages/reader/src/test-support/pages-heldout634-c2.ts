import { links, type TestPage, texts } from './page-kit.js';
import { done, j } from './pages-heldout634-kit.js';

/** Held-out batch 634, file c2: a party host FAQ page on Shopify (Dawn theme) (split from file c). */
const shTitle = 'Party Host FAQs';
const shIntro = j(
  'Booking a Balloon Buddies host for the first time? These are the questions parents ask us most. If yours is not here, message us',
  'and a real person will answer within a day.',
);
const shFaq: { q: string; a: string[] }[] = [
  {
    q: 'What ages are your parties for?',
    a: ['Our hosts run parties for children aged 3 to 10. For under-threes we recommend our Tiny Bubbles add-on, which is shorter and quieter.'],
  },
  {
    q: 'How long does a party last?',
    a: [
      j(
        'A standard party is 90 minutes: games, a balloon modelling show and a pass-the-parcel finale. The two-hour party adds a',
        'mini disco and a second balloon make for every child.',
      ),
    ],
  },
  {
    q: 'Do I need to buy party bags separately?',
    a: [
      j(
        'Party bags are optional. You can add them when you check out a party booking, or buy them on their own from the',
        '<a href="/collections/party-bags">Party Bags</a> collection. They are delivered to you a week before the party.',
      ),
    ],
  },
  {
    q: 'How much space do you need?',
    a: ['A clear space of about 4 metres by 4 metres is enough for up to 25 children. Our hosts bring their own music and a small speaker.'],
  },
  {
    q: 'Can I change the date after booking?',
    a: [
      j(
        'Yes, once, for free, if you tell us at least 14 days before the party. Later changes depend on whether a host is free on the',
        'new date. See our <a href="/policies/terms-of-service">terms of service</a> for cancellations.',
      ),
    ],
  },
];
const shNav = ['Party Bookings', 'Party Bags', 'Balloon Kits', 'Gift Cards', 'FAQs'];
const shFoot = ['Search', 'Delivery', 'Refund policy', 'Terms of service', 'Contact'];
const shItem = (f: { q: string; a: string[] }, i: number): string => `<div class="accordion content-container color-scheme-1 gradient">
<details id="Details-collapsible-row-${i}-template--2213__collapsible_content"><summary id="Summary-collapsible-row-${i}-template--2213__collapsible_content">
<svg aria-hidden="true" focusable="false" class="icon icon-question" viewBox="0 0 20 20"><path d="M10 2a8 8 0 100 16"/></svg>
<h3 class="accordion__title inline-richtext h4">${f.q}</h3>
<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path d="M9.354.646a.5.5 0 00-.708 0L5 4.293"/></svg></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-${i}-template--2213__collapsible_content" role="region"
aria-labelledby="Summary-collapsible-row-${i}-template--2213__collapsible_content">${f.a.map((t) => `<p>${t}</p>`).join('')}</div></details></div>`;
const shHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://balloonbuddies.co.uk/pages/faqs"><title>Party Host FAQs &ndash; Balloon Buddies</title>
<meta name="description" content="Answers to the questions parents ask about booking a Balloon Buddies party host.">
<meta property="og:site_name" content="Balloon Buddies"><meta property="og:type" content="website"><meta property="og:title" content="Party Host FAQs">
<script src="//balloonbuddies.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712141010" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "balloon-buddies-uk.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.country = "GB";Shopify.theme = {"name":"Dawn","id":139821252780,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//balloonbuddies.co.uk/cdn/shop/t/4/assets/base.css?v=14270787562591240941712141010" rel="stylesheet" type="text/css" media="all" /></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1710__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free delivery on party bags over £40</span></p>
</div></div></div></div>
<div id="shopify-section-sections--1710__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//balloonbuddies.co.uk/cdn/shop/files/bb-logo.png?v=1701&amp;width=600" alt="Balloon Buddies" width="600" height="180"
class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${shNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><div class="desktop-localization-wrapper"></div><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form">
<form action="/search" method="get" role="search"
class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></predictive-search></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2213__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--2213__main-padding">
<h1 class="main-page-title page-title h0">${shTitle}</h1><div class="rte"><p>${shIntro}</p></div></div></section>
<section id="shopify-section-template--2213__collapsible_content" class="shopify-section section"><div class="collapsible-content collapsible-none-layout
color-scheme-1 gradient"><div class="collapsible-content__wrapper section-template--2213__collapsible_content-padding"><div class="page-width">
<div class="grid grid--1-col grid--2-col-tablet collapsible-content__grid"><div class="grid__item collapsible-content__grid-item">
${shFaq.map(shItem).join('\n')}
</div></div></div></div></div></section>
<section id="shopify-section-template--2213__rich_text" class="shopify-section section"><div class="isolate page-width"><div class="rich-text content-container
color-scheme-2 gradient rich-text--full-width"><div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center">
<h2 class="rich-text__heading rte inline-richtext h1">Still have a question?</h2><div class="rich-text__text rte"><p>Message us on WhatsApp or email
hello@balloonbuddies.co.uk.</p></div><div class="rich-text__buttons"><a href="/pages/contact" class="button button--primary">Contact us</a></div>
</div></div></div></div></section></main>
<div id="shopify-section-sections--1711__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--1711__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(shFoot, 'link link--text list-menu__item list-menu__item--link')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1711__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--1711__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<form method="post" action="/localization" id="FooterCountryForm"><div class="no-js-hidden">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2>
<button class="disclosure__button localization-form__select localization-selector link link--text caption-large" type="button">
<span>United Kingdom | GBP £</span></button></div></form></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" role="img">
<title id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" role="img"><title id="pi-master">Mastercard</title></svg></li></ul>
</div></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Balloon Buddies</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/privacy-policy">Privacy policy</a></small></li></ul></div>
</div></div>
</footer></div><ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li></ul>
<script src="//balloonbuddies.co.uk/cdn/shop/t/4/assets/global.js?v=1312" defer="defer"></script></body></html>`;
const shopify: TestPage = done({
  name: 'heldout634-party-host-faq-shopify',
  kind: 'docs',
  html: shHtml,
  title: shTitle,
  headings: shFaq.map((f) => f.q),
  body: texts([shIntro, ...shFaq.flatMap((f) => f.a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on party bags over £40', ...shNav, 'Search', 'Log in', 'Cart', 'Still have a question?',
    'Message us on WhatsApp or email hello@balloonbuddies.co.uk.', 'Contact us', 'Quick links', ...shFoot, 'Subscribe to our emails', 'Email',
    'Country/region', 'United Kingdom | GBP £', 'Payment methods', '© 2025, Balloon Buddies', 'Powered by Shopify', 'Privacy policy',
  ],
});

export const HELDOUT634_C2: readonly TestPage[] = [shopify];
