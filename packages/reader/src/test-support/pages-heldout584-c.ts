import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file c: a memorial supplies shop's journal article on Shopify (Dawn theme, with a share button,
 * "Shop this article" product cards and newsletter footer).
 */
const shTitle = 'How to Choose a Memorial Vase and Flower Holder';
const shIntro = j(
  'A vase is often the first thing a family adds to a memorial, and the one that takes the most wear. It sits in the wind and',
  'frost all year and gets knocked by mowers and watering cans. Here is how to pick one that lasts.',
);
const shH = ['Check what the cemetery allows', 'Stone, bronze or stainless steel', 'Fitting and care'];
const shRules = j(
  'Many lawn cemeteries only allow a vase that sits inside the memorial base, flush with the top. Churchyards may ask for a',
  'stone vase in the same material as the headstone. Ask the cemetery office or your mason before you buy anything loose.',
);
const shMaterials = [
  '<strong>Granite vases</strong> match the headstone and are heavy enough not to blow over, but need a drainage hole.',
  '<strong>Bronze vases</strong> darken to a soft brown over time and can be fixed with a threaded stud.',
  '<strong>Stainless steel inserts</strong> sit inside a stone vase and lift out for cleaning, which saves chipping the stone.',
];
const shCare = [
  j(
    "Fix any vase with a proper memorial adhesive rather than builder's silicone. Empty it before a hard frost, as ice in a",
    'sealed vase can crack even granite. A spike-top lid with holes keeps stems upright and stops the water going green.',
  ),
  'If you are unsure what will fit, send us a photo of the memorial base and we will suggest the right size.',
];
const shProducts: [string, string][] = [
  ['Round Granite Vase, Black', '£48.00'],
  ['Stainless Steel Vase Insert', '£14.50'],
  ['Bronze Flower Holder with Stud', '£62.00'],
];
const shNav = ['Home', 'Vases', 'Plaques', 'Cleaning Kits', 'Journal', 'Contact'];
const shFoot = ['Search', 'Delivery', 'Returns', 'FAQ', 'Contact'];
const shHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
 content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://stonecroftsupplies.co.uk/blogs/journal/choose-memorial-vase"><title>${shTitle} &ndash; Stonecroft Memorial Supplies</title>
<meta property="og:site_name" content="Stonecroft Memorial Supplies"><meta property="og:type" content="article"><meta name="twitter:card"
 content="summary_large_image">
<script>var Shopify = Shopify || {};Shopify.shop = "stonecroft-supplies.myshopify.com";
Shopify.theme = {"name":"Dawn","id":138402881649,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${shTitle}",
"author":{"@type":"Person","name":"Rhiannon Vale"}}</script>
<link href="//stonecroftsupplies.co.uk/cdn/shop/t/3/assets/base.css?v=128436218419217" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16814__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
 aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £75</span></p></div></div></div></div></div>
<div id="shopify-section-sections--16814__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
 class="header__icon header__icon--menu header__icon--summary link focus-inset"
 aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Stonecroft Memorial Supplies</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${shNav
  .map((n) => `<li><a href="/${n.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`)
  .join(
    '\n',
  )}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
 link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary>
</details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
 class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16814__main" class="shopify-section section"><article class="article-template" itemscope
 itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//stonecroftsupplies.co.uk/cdn/shop/articles/vase.jpg?v=1712&amp;width=750 750w"
 src="//stonecroftsupplies.co.uk/cdn/shop/articles/vase.jpg?v=1712&amp;width=1100"
 alt="" width="1100" height="733"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title"
 itemprop="headline">${shTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
 datetime="2025-04-02T08:00:00Z">April 2, 2025</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Rhiannon Vale</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16814__main"
 class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--16814__main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--16814__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
 id="ShareUrl-template--16814__main" value="https://stonecroftsupplies.co.uk/blogs/journal/choose-memorial-vase" placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template--16814__main">Link</label><button class="share-button__close hidden no-js-hidden"><svg
 class="icon icon-close"></svg>
<span class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard"></svg>
<span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${shIntro}</p>
<h2>${shH[0]}</h2>
<p>${shRules}</p>
<h2>${shH[1]}</h2>
<ul>${lis(shMaterials)}</ul>
<h2>${shH[2]}</h2>
${ps(shCare)}
</div><div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div></article></section>
<section id="shopify-section-template--16814__featured" class="shopify-section section"><div class="color-scheme-1 gradient"><div
 class="collection section-template--16814__featured-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2 class="title inline-richtext h2">Shop this article</h2></div>
<slider-component class="slider-mobile-gutter page-width"><ul id="Slider-template--16814__featured"
 class="grid product-grid contains-card contains-card--product grid--3-col-desktop"
 role="list" aria-label="Slider">${shProducts
   .map(
     ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div
 class="card__content">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/${n.length}" class="full-unstyled-link">${n}</a></h3><div
 class="card-information">
<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
   )
   .join('\n')}</ul></slider-component></div></div></section></main>
<div id="shopify-section-sections--16814__footer" class="shopify-section shopify-section-group-footer-group"><footer
 class="footer color-scheme-1 gradient section-sections--16814__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
 class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(shFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
 value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--16814__footer" type="email" name="contact[email]"
 class="field__input"
 placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--16814__footer">Email</label><button type="submit"
 class="newsletter-form__button field__button"
 name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div
 class="footer__payment">
<span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg
 class="icon icon--full-color" role="img"
 aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div><div class="footer__copyright caption"><small
 class="copyright__content">&copy; 2025,
 <a href="/" title="">Stonecroft Memorial Supplies</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
 href="https://www.shopify.com">
Powered by Shopify</a></small><ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/privacy-policy">Privacy policy</a>
</small></li>
<li><small class="copyright__content"><a href="/policies/refund-policy">Refund policy</a></small></li></ul></div></div></div></div></footer></div>
<script src="//stonecroftsupplies.co.uk/cdn/shop/t/3/assets/global.js?v=37284204640041" defer="defer"></script></body></html>`;
const shopify: TestPage = page({
  name: 'heldout584-shopify-memorial-vase',
  kind: 'blog',
  html: shHtml,
  title: shTitle,
  headings: shH,
  body: texts([shIntro, shRules, ...shMaterials, ...shCare]),
  bylines: ['April 2, 2025', 'Rhiannon Vale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £75', 'Stonecroft Memorial Supplies', ...shNav, 'Share', 'Back to blog', 'Shop this article',
    ...shProducts.flat(), 'Quick links', ...shFoot, 'Subscribe to our emails', 'Email', '© 2025, Stonecroft Memorial Supplies', 'Powered by Shopify',
    'Privacy policy', 'Refund policy',
  ],
});

export const HELDOUT584_C: readonly TestPage[] = [shopify];
