/**
 * Held-out batch 137, file f3: the Dawn theme chrome of the Shopify article in file f (head, skip link, announcement bar,
 * header with the menu drawer, inline menu, search modal, account and cart icons; footer with newsletter, menus, a text
 * block, social icons, the country selector, payment icons, copyright, "Powered by Shopify" and policies; the privacy banner).
 */
const announce = 'Free UK delivery on orders over £35';
const menu = ['Home', 'Shop Tea', 'Teaware', 'Gift Sets', 'Journal', 'About'] as const;
const news = ['Subscribe to our emails', 'New teas, brewing notes and the occasional offer. About once a month.', 'Email'] as const;
const quick = ['Quick links', 'Search', 'About us', 'Brewing guides', 'Wholesale'] as const;
const info = ['Help', 'Contact', 'Shipping & returns', 'FAQ'] as const;
const shop = ['Our shop', 'Small-batch tea from family farms, weighed and packed by hand in Hebden Bridge.'] as const;
const social = ['Instagram', 'Facebook'] as const;
const pay = ['Payment methods', 'American Express', 'Apple Pay', 'Mastercard', 'PayPal', 'Visa'] as const;
const policies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'] as const;
const banner = [
  'Cookie preferences',
  'This website uses cookies to make sure you get the best experience.',
  'Manage preferences',
  'Decline',
  'Accept',
] as const;
const amp = (t: string): string => t.replace(/&/g, '&amp;');
const href = (t: string): string => `/pages/${t.toLowerCase().replace(/[^a-z]+/g, '-')}`;
const drawer = menu
  .map(
    (t) => `<li><a id="HeaderDrawer-${t.toLowerCase().replace(/ /g, '-')}" href="${t === 'Home' ? '/' : href(t)}"
class="menu-drawer__menu-item list-menu__item link
link--text focus-inset${t === 'Journal' ? ' menu-drawer__menu-item--active" aria-current="page' : ''}">${t}</a></li>`,
  )
  .join('\n');
const inline = menu
  .map(
    (t) => `<li><a id="HeaderMenu-${t.toLowerCase().replace(/ /g, '-')}" href="${t === 'Home' ? '/' : href(t)}"
class="header__menu-item list-menu__item link link--text
focus-inset"${t === 'Journal' ? ' aria-current="page"' : ''}><span${t === 'Journal' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n');
const block = (h: string, items: readonly string[]): string => `<div class="footer-block grid__item footer-block--menu scroll-trigger animate--slide-in">
<h2 class="footer-block__heading inline-richtext">${h}</h2><ul class="footer-block__details-content list-unstyled">
${items.map((t) => `<li><a href="${href(t)}" class="link link--text list-menu__item list-menu__item--link">${amp(t)}</a></li>`).join('\n')}</ul></div>`;
export function spChrome(title: string, main: string): string {
  return `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://kettleandkiln.example/blogs/journal/gongfu-oolong">
<title>${title} – Kettle &amp; Kiln Tea Co.</title><meta name="description"
content="Brewing oolong gongfu style means more leaf, a small pot and short steeps.">
<meta property="og:site_name" content="Kettle &amp; Kiln Tea Co."><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<script src="//kettleandkiln.example/cdn/shop/t/7/assets/constants.js?v=132983761750457495441744120001" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "kettle-and-kiln.myshopify.com";Shopify.locale = "en";Shopify.currency =
{"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":171842093081,"schema_name":"Dawn","schema_version":"15.3.0","theme_store_id":887,"role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//kettleandkiln.example/cdn/shop/t/7/assets/base.css?v=144968985024194912401744120000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--24038190439705__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>${announce}</span></p></div></div></div></div>
<div id="shopify-section-sections--24038190439705__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg aria-hidden="true" class="icon icon-hamburger" viewBox="0 0 18 16"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">
${drawer}
</ul></nav><div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">
<svg aria-hidden="true" class="icon icon-account" viewBox="0 0 18 19"></svg>Log in</a></div></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//kettleandkiln.example/cdn/shop/files/kk-logo.png?width=180"
alt="Kettle &amp; Kiln Tea Co." width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${inline}
</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" viewBox="0 0 18 19"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading...">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" value="" placeholder="Search" role="combobox" aria-expanded="false" aria-owns="predictive-search-results"><label class="field__label"
for="Search-In-Modal">Search</label><input type="hidden" name="options[prefix]" value="last"><button type="reset" class="reset__button field__button hidden"
aria-label="Clear search term"><svg class="icon icon-close" aria-hidden="true" viewBox="0 0 18 18"></svg></button><button class="search__button field__button"
aria-label="Search"><svg class="icon icon-search" aria-hidden="true" viewBox="0 0 18 19"></svg></button></div><div
class="predictive-search predictive-search--header"
tabindex="-1" data-predictive-search><div class="predictive-search__loading-state"></div></div><span class="predictive-search-status visually-hidden"
role="status"
aria-hidden="true"></span></form></predictive-search><button type="button" class="search-modal__close-button modal__close-button link link--text focus-inset"
aria-label="Close"><svg class="icon icon-close" aria-hidden="true" viewBox="0 0 18 17"></svg></button></div></div></details></details-modal>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg aria-hidden="true"
class="icon icon-account"
viewBox="0 0 18 19"></svg><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true" viewBox="0 0 40 40"></svg><span class="visually-hidden">Cart</span></a></div></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
${main}
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--24038190472473__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient
section-sections--24038190472473__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col
grid--4-col-tablet scroll-trigger animate--slide-in">
${block(quick[0], quick.slice(1))}
${block(info[0], info.slice(1))}
<div class="footer-block grid__item scroll-trigger animate--slide-in"><h2 class="footer-block__heading inline-richtext">${shop[0]}</h2>
<div class="footer-block__details-content rte"><p>${shop[1]}</p></div></div></div>
<div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">${news[0]}</h2>
<p class="footer-block__newsletter-text">${news[1]}</p><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8"
class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--24038190472473__footer" type="email" name="contact[email]"
class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--24038190472473__footer">${news[2]}</label><button type="submit"
class="newsletter-form__button field__button"
name="commit" id="Subscribe" aria-controls="ContactFooter" aria-label="Subscribe"><svg aria-hidden="true" class="icon icon-arrow"
viewBox="0 0 14 10"></svg></button>
</div></div></form></div><ul class="footer__list-social list-unstyled list-social" role="list">
${social
  .map(
    (
      t,
    ) => `<li class="list-social__item"><a href="https://www.${t.toLowerCase()}.example/kettleandkiln" class="link list-social__link"><span class="svg-wrapper">
<svg class="icon icon-${t.toLowerCase()}" aria-hidden="true" viewBox="0 0 20 20"></svg></span><span class="visually-hidden">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="footer__content-bottom scroll-trigger animate--slide-in"><div class="footer__content-bottom-wrapper page-width"><div
class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm" accept-charset="UTF-8" class="localization-form"><div>
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button"
class="disclosure__button localization-form__select
localization-selector link link--text caption-large" aria-expanded="false" aria-controls="FooterCountryList" aria-describedby="FooterCountryLabel">
<span>United Kingdom | GBP £</span><svg aria-hidden="true" class="icon icon-caret"
viewBox="0 0 10 6"></svg></button></div></div></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">${pay[0]}</span><ul class="list list-payment"
role="list">
${pay
  .slice(1)
  .map(
    (t) => `<li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38"
height="24"
aria-labelledby="pi-${t.toLowerCase().replace(/ /g, '_')}"><title id="pi-${t.toLowerCase().replace(/ /g, '_')}">${t}</title><path opacity=".07"
d="M35 0H3C1.3 0 0 1.3 0 3v18c0 1.7 1.4 3 3 3h32c1.7 0 3-1.3 3-3V3c0-1.7-1.4-3-3-3z"></path></svg></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="footer__content-bottom-wrapper page-width footer__content-bottom-wrapper--center"><div class="footer__copyright caption">
<small class="copyright__content">© 2025, <a href="/" title="">Kettle &amp; Kiln Tea Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example?utm_campaign=poweredby&amp;utm_medium=shopify">Powered
by Shopify</a></small>
<ul class="policies list-unstyled">${policies
    .map(
      (t) => `<li><small class="copyright__content"><a
href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`,
    )
    .join('')}
</ul></div></div></div></footer></div>
<!-- END sections: footer-group -->
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="dialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title">
<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title"
class="shopify-pc__banner__body-title">${banner[0]}</h2>
<span>${banner[1]}</span> <a href="/policies/privacy-policy" id="shopify-pc__banner__body-policy-link">Privacy Policy</a></div>
<div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs"
id="shopify-pc__banner__btn-manage-prefs">${banner[2]}</button>
<button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">${banner[3]}</button>
<button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">${banner[4]}</button></div></div></div>
<script src="//kettleandkiln.example/cdn/shop/t/7/assets/global.js?v=84921001171861379451744120000" defer="defer"></script>
<script src="//kettleandkiln.example/cdn/shop/t/7/assets/share.js?v=13024540447964430191744120000" defer="defer"></script></body></html>`;
}
/** The furniture texts of the chrome (the article's own furniture is listed in file f). */
export function spChromeTexts(): string[] {
  return [
    'Skip to content',
    announce,
    ...menu,
    'Log in',
    'Cart',
    'Search',
    'Subscribe to our emails',
    news[1],
    ...quick.filter((t) => t !== 'Search'),
    ...info,
    ...shop,
    ...social,
    ...pay,
    'Country/region',
    'United Kingdom | GBP £',
    '© 2025, Kettle & Kiln Tea Co.',
    'Powered by Shopify',
    ...policies,
    ...banner,
  ];
}
