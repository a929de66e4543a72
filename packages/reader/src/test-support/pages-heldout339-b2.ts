import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file b2: a Shopify store's privacy policy page on the Dawn theme (announcement bar, header drawer and
 * inline menu, header icons with visually hidden labels, the shopify-policy container whose rich text opens with a "Last
 * updated" paragraph, footer blocks with the email sign-up, country selector, policy links and the Shopify privacy banner).
 */
const title = 'Privacy policy';
const updated = 'Last updated: January 20, 2026';
const intro = [
  j(
    'Saltmarsh Apothecary operates this store and website, including all related information, content, features, tools, products and',
    'services, to provide you, the customer, with a curated shopping experience (the “Services”). This Privacy Policy describes how we',
    'collect, use and disclose your personal information when you visit, use or make a purchase through the Services.',
  ),
  j(
    'Please read this Privacy Policy carefully. By using and accessing any of the Services, you acknowledge that you have read it and',
    'understand how your personal information is collected, used and disclosed.',
  ),
];
const h1 = 'Personal information we collect';
const collectLead = ['Depending on how you interact with the Services, we may collect the following categories of personal information:'];
const collect = [
  'Contact details, including your name, billing and shipping address, phone number and email address.',
  'Order information, including the products you buy, your payment confirmation and your order history.',
  'Account information, such as your username, password and skin-type preferences you choose to save.',
  'Customer support information that you include in messages to us, for example a question about an ingredient.',
  'Device and usage information, such as your browser, IP address and the pages you view, collected through cookies.',
];
const h2 = 'How we use your personal information';
const use = [
  j(
    'We use your personal information to process your orders and payments, arrange delivery, send you order updates, manage your',
    'account and answer your questions. With your consent, we also use your email address to send you our seasonal newsletter and',
    'news of small-batch releases; every message includes a link to unsubscribe.',
  ),
  j(
    'We use device and usage information to keep the Services secure, to prevent fraud and to understand which products and pages our',
    'customers find useful, so that we can improve the store.',
  ),
];
const h3 = 'How we disclose personal information';
const disclose = [
  j(
    'We share personal information with service providers who act for us, such as Shopify, our payment processors, our courier',
    'partners and our email platform, and only as far as they need it to provide their services. We do not sell your personal',
    'information, and we do not share it for cross-context behavioural advertising.',
  ),
];
const h4 = 'Your rights';
const rights = [
  j(
    'Depending on where you live, you may have the right to access the personal information we hold about you, to correct it, to ask',
    'us to delete it, or to receive a copy in a portable format. You may also withdraw your consent to marketing at any time.',
  ),
  'To exercise any of these rights, email privacy@saltmarsh-apothecary.example. We will reply within one month.',
];
const h5 = 'Contact';
const contact = [
  j(
    'Should you have any questions about our privacy practices or this Privacy Policy, please write to Saltmarsh Apothecary, Unit 4,',
    'Quayside Yard, Penhallow, TR9 4QX, United Kingdom.',
  ),
];
const menu = ['Home', 'Shop all', 'Bath & Body', 'Candles', 'Gift Boxes', 'Journal', 'Contact us'];
const quick = ['Search', 'Shipping', 'Refunds', 'Wholesale', 'Stockists'];
const policies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy', 'Contact information'];
const html = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://saltmarsh-apothecary.example/policies/privacy-policy"><title>Privacy policy &ndash; Saltmarsh Apothecary</title>
<meta property="og:site_name" content="Saltmarsh Apothecary"><meta property="og:url" content="https://saltmarsh-apothecary.example/policies/privacy-policy">
<meta property="og:title" content="Privacy policy"><meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<script src="//saltmarsh-apothecary.example/cdn/shop/t/3/assets/constants.js?v=58251544750838685771735217412" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "saltmarsh-apothecary.myshopify.com"; Shopify.locale = "en"; Shopify.currency =
{"active":"GBP","rate":"1.0"}; Shopify.country = "GB"; Shopify.theme =
{"name":"Dawn","id":149221883106,"schema_name":"Dawn","schema_version":"15.2.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Saltmarsh Apothecary",
"url":"https:\\/\\/saltmarsh-apothecary.example"}</script>
<link href="//saltmarsh-apothecary.example/cdn/shop/t/3/assets/base.css?v=144968985024194912401735217411" rel="stylesheet" type="text/css" media="all">
</head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18239842566370__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £35</span></p></div></div></div></div>
<div id="shopify-section-sections--18239842566370__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Saltmarsh Apothecary</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(menu, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons header__icons--localization header-localization">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div class="shopify-policy__container"><div class="shopify-policy__title"><h1>${title}</h1></div>
<div class="shopify-policy__body"><div class="rte">
<p>${updated}</p>
${ps(intro)}
<h2>${h1}</h2>
${ps(collectLead)}
<ul>${lis(collect)}</ul>
<h2>${h2}</h2>
${ps(use)}
<h2>${h3}</h2>
${ps(disclose)}
<h2>${h4}</h2>
${ps(rights)}
<h2>${h5}</h2>
${ps(contact)}
</div></div></div></main>
<div id="shopify-section-sections--18239842533602__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--18239842533602__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(quick, 'link link--text list-menu__item list-menu__item--link')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our promise</h2><div class="footer-block__details-content rte">
<p>Small-batch balms and soaps, poured by hand on the Cornish coast and packed without plastic.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--18239842533602__footer" type="email"
name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email"
required><label class="field__label" for="NewsletterForm--sections--18239842533602__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button>
</div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm" accept-charset="UTF-8" class="localization-form">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button"
class="disclosure__button localization-form__select localization-selector link link--text caption-large">
<span>United Kingdom | GBP £</span></button></div></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Saltmarsh Apothecary</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(policies)}</ul></div></div></div></div></footer></div>
<section id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title">
<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 class="shopify-pc__banner__body-title"
id="shopify-pc__banner__body-title">Cookie preferences</h2>
<div class="shopify-pc__banner__body-text">We use cookies and similar technologies to give you a better experience, to remember what is in your cart
and to measure our marketing.</div></div>
<div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs" id="shopify-pc__banner__btn-manage-prefs">Manage
preferences</button>
<button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">Decline</button>
<button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">Accept</button></div></div></section>
<script src="//saltmarsh-apothecary.example/cdn/shopifycloud/privacy-banner/storefront-banner.js"></script></body></html>`;
export const shopifyPrivacy: TestPage = {
  name: 'heldout339-shopify-dawn-privacy',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...intro, ...collectLead, ...collect, ...use, ...disclose, ...rights, ...contact]),
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £35', ...menu, 'Log in', 'Cart', 'Quick links', ...quick, 'Our promise',
    'Small-batch balms and soaps, poured by hand on the Cornish coast and packed without plastic.', 'Subscribe to our emails', 'Email',
    'Country/region', 'United Kingdom | GBP £', '© 2026, Saltmarsh Apothecary', 'Powered by Shopify', ...policies.filter((t) => t !== title),
    'Cookie preferences',
    'We use cookies and similar technologies to give you a better experience, to remember what is in your cart and to measure our marketing.',
    'Manage preferences', 'Decline', 'Accept',
  ],
};
