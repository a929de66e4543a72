import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout693-kit.js';

/** Held-out batch 693, file c: a club news article on Drupal 10 (Olivero) with comments, and a coaching product on Shopify (Dawn). */
const nTitle = 'Greens to be hollow-tined from Monday 13 September';
const nBody = [
  j(
    'The greens staff will hollow-tine and top-dress all eighteen greens, the putting green and the chipping green next week.',
    'We know nobody enjoys putting on sanded greens, so we have timed the work for the quietest week of the autumn calendar.',
  ),
  'Why we do it',
  j(
    'Over the season the top few centimetres of each green fill with thatch and fine roots. Thatch holds water, softens the surface',
    'and is where disease starts. Taking out cores of about 12mm and filling the holes with sand lets air and water reach the roots',
    'and keeps the greens firm through the winter.',
  ),
  j(
    'Last year we removed around 6% of the surface area. This year the aim is 8%, following advice from the agronomist who tested',
    'our soil profiles in July.',
  ),
  'What it means for your golf',
  'Monday and Tuesday: front nine closed until 1pm; back nine open on temporary greens.',
  'Wednesday and Thursday: back nine closed until 1pm; front nine open on full greens.',
  'Friday: full course open, with greens sanded and slower than usual.',
  j(
    'Green fees are reduced to £20 for the week and the Wednesday roll-up will be a nine-hole team event. The greens should',
    'be back to normal pace within two to three weeks, depending on the weather.',
  ),
  j('If you have any questions, please speak to me or any of the team on the course, or leave a comment below.'),
];
const nNav = ['Home', 'Course', 'Membership', 'Visitors', 'News', 'Contact'];
const nCrumbs = ['Home', 'News'];
const nComments: readonly (readonly [string, string, string, string])[] = [
  ['Dennis Harker', 'Fri, 10/09/2027 - 18:41', 'Thanks for the notice', 'Sensible timing. Will the temporary greens be cut?'],
  ['Amira Lowe', 'Sat, 11/09/2027 - 08:05', 'Monthly medal', 'Does this affect the midweek medal or has it moved?'],
];
const nFoot = ['Privacy notice', 'Accessibility', 'Club rules', 'Contact us'];
const commentHtml = (c: readonly [string, string, string, string], i: number): string => `<article data-comment-user-id="${i + 40}"
id="comment-${i + 211}" class="comment js-comment"><span class="hidden" data-comment-timestamp="1789000000"></span><div class="comment__picture-wrapper">
<div class="comment__picture"><img loading="lazy" src="/core/themes/olivero/images/default-avatar.png" width="100" height="100" alt="Profile picture for user
${c[0]}"></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${c[0]}</span></p>
<p class="comment__time">${c[1]}</p></footer><div class="comment__content"><h3><a href="/comment/${i + 211}#comment-${i + 211}" class="permalink"
rel="bookmark" hreflang="en">${c[2]}</a></h3><div class="clearfix text-formatted field field--name-comment-body field--type-text-long
field--label-hidden field__item"><p>${c[3]}</p></div><ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/88/
comment/${i + 211}">Reply</a></li></ul></div></div></article>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:140;--color--primary-saturation:40%;--color--primary-lightness:30"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.ashcombeparkgc.org/news/greens-hollow-tined">
<title>${nTitle} | Ashcombe Park Golf Club</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2h.css?delta=0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector=
"site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"></button></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding block block-system
block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Ashcombe Park Golf Club</a></div></div></div></div><div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span
class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item
form-item-keys form-no-label"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish
to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search form-element
form-element--type-search form-element--api-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu"
role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1">${links(nNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">${links(nCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${nTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden
messages-list"></div><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Neil Gorringe, Course Manager</span></span></span>
<span>Thu, 09/09/2027 - 16:20</span></div></header><div class="node__content"><div class="field field--name-field-image field--type-image
field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2027-09/tining.jpg" width="1200" height="675" alt="Hollow tining
machine on the 3rd green"></div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(nBody, 0)])}<h2>${nBody[1]}</h2>${ps(nBody.slice(2, 4))}<h2>${nBody[4]}</h2><ul>${lis(nBody.slice(5, 8))}</ul>${ps(nBody.slice(8))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul
class="links field__items"><li class="field__item"><a href="/taxonomy/term/4" hreflang="en">Greenkeeping</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>${nComments.map(commentHtml).join('\n')}
<p><a href="/user/login?destination=/comment/reply/node/88/comment_forum%23comment-form">Log in</a> or <a href="/user/register?destination=
/comment/reply/node/88/comment_forum%23comment-form">register</a> to post comments</p></section></div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div
class="region--footer_top__inner"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block
block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(nFoot)}
</ul></nav></div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system
block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_9ZRG.js?scope=footer&amp;delta=0"></script></body></html>`;
const drupalNews: TestPage = {
  name: 'heldout693-drupal-hollow-tining',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 1), at(nBody, 4)],
  body: texts(nBody.filter((_, i) => i !== 1 && i !== 4)),
  bylines: ['Neil Gorringe, Course Manager', 'Thu, 09/09/2027 - 16:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashcombe Park Golf Club', 'Menu', 'Search', 'Main navigation', ...nNav.filter((t) => t !== 'Course'), 'Breadcrumb',
    'Tags', 'Greenkeeping', 'Comments', ...nComments.flatMap((c) => [...c]), 'Reply', 'Log in or register to post comments', 'Footer', ...nFoot,
    'Powered by Drupal',
  ],
};

const sTitle = 'Junior Golf Academy \u2013 Summer Term 2027';
const sBody = [
  j(
    'Ten weekly sessions for golfers aged 7 to 15, run by our PGA professionals on the range, the short-game area and the',
    'nine-hole academy course. Groups are kept to eight players so every child gets plenty of attention.',
  ),
  'What\u2019s included',
  'Ten 75-minute coaching sessions from 24 April to 26 June',
  'A bucket of range balls at every session',
  'A Fernhill Junior Academy cap and skills passport',
  'An on-course assessment and a certificate at the end of term',
  'Who it\u2019s for',
  j(
    'Beginners are very welcome, and we lend clubs to anyone who does not have their own. Players who already hold a junior',
    'handicap should choose the Saturday Advanced group, which includes nine holes of on-course coaching each week.',
  ),
];
const sNav = ['Home', 'Coaching', 'Clubs', 'Balls', 'Clothing', 'Gift vouchers'];
const sDays = ['Saturday Beginners', 'Saturday Advanced', 'Sunday Beginners'];
const sRel: readonly (readonly [string, string])[] = [
  ['Junior Half-Set (7-Iron, Wedge, Putter)', '£89.00 GBP'],
  ['Five Lesson Pass \u2013 Adults', '£150.00 GBP'],
  ['Range Card \u2013 £50 Credit', '£45.00 GBP'],
];
const sQuick = ['Search', 'Opening hours', 'Delivery and returns', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://shop.fernhillgolf.co.uk/products/junior-golf-academy-summer-term-2027"><title>${sTitle} &ndash; Fernhill Golf Pro Shop</title>
<meta name="description" content="Ten weekly sessions for golfers aged 7 to 15."><meta property="og:site_name" content="Fernhill Golf Pro Shop">
<meta property="og:type" content="product"><meta property="og:price:amount" content="120.00"><meta property="og:price:currency" content="GBP">
<script>var Shopify = Shopify || {};Shopify.shop = "fernhill-golf.myshopify.com";Shopify.theme = {"name":"Dawn","id":141203,"schema_name":"Dawn",
"schema_version":"13.0.1","role":"main"};</script><script src="//shop.fernhillgolf.co.uk/cdn/shop/t/3/assets/global.js?v=84" defer="defer"></script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"120.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//shop.fernhillgolf.co.uk/cdn/shop/t/3/assets/base.css?v=144" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header
header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1H1Z"/></svg>
</span></summary></details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//shop.fernhillgolf.co.uk/cdn/shop/files/fernhill-logo.png?width=180" alt="Fernhill Golf Pro Shop" width="180" height="60"
class="header__heading-logo motion-reduce"></div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav><div class="header__icons"><details-modal
class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span>
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section"><section id="MainProduct-template--2__main" class="section-template--2__main-padding gradient color-scheme-1"
data-section="template--2__main"><div class="page-width"><div class="product product--large product--left product--stacked grid grid--1-col
product--mobile-hide grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2__main" role="region"
class="product__column-sticky" aria-label="Gallery Viewer"><div id="GalleryStatus-template--2__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--2__main" class="slider-mobile-gutter"><ul id="Slider-Gallery-template--2__main" class="product__media-list
contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li id="Slide-template--2__main-31" class="product__media-item
grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain global-media-settings gradient
constrain-height"><div class="product__media media media--transparent"><img src="//shop.fernhillgolf.co.uk/cdn/shop/files/junior-academy.jpg?width=1946"
alt="Juniors on the academy course" width="1946" height="1298" loading="eager"></div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">FERNHILL GOLF ACADEMY</p><div class="product__title"><h1>${sTitle}</h1>
<a href="/products/junior-golf-academy-summer-term-2027" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">
£120.00 GBP</span></div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-radios id="variant-radios-template--2__main" class="no-js-hidden" data-section="template--2__main" data-url="/products/junior-golf-academy">
<fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">Group</legend>${sDays
  .map(
    (d, i) => `<input
type="radio" id="template--2__main-1-${i}" name="Group" value="${d}" form="product-form-template--2__main"${i === 0 ? ' checked' : ''}><label
for="template--2__main-1-${i}">${d}<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>`,
  )
  .join('\n')}
</fieldset></variant-radios><div class="product-form__input product-form__quantity"><label class="quantity__label form__label"
for="Quantity-template--2__main">Quantity</label><quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${sTitle}</span></button><input class="quantity__input" type="number" name="quantity"
id="Quantity-template--2__main" min="1" value="1"><button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">
Increase quantity for ${sTitle}</span></button></quantity-input></div><div><product-form class="product-form"><form method="post"
action="/cart/add" id="product-form-template--2__main" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate"
data-type="add-to-cart-form"><div class="product-form__buttons"><button id="ProductSubmitButton-template--2__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button"
class="shopify-payment-button"><button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form></div><div class="product__description rte quick-add-hidden">${ps([at(sBody, 0)])}<h3>${sBody[1]}</h3><ul>
${lis(sBody.slice(2, 6))}</ul><h3>${sBody[6]}</h3>${ps([at(sBody, 7)])}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-template--2__main"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Cancellation policy</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible_tab-template--2__main"><p>Places can be refunded in full up to 14 days before the first session.</p></div>
</details></div><share-button id="Share-template--2__main" class="share-button quick-add-hidden"><details id="Details-share-template--2__main">
<summary class="share-button__button"><svg width="13" height="12" class="icon icon-share" aria-hidden="true"></svg>Share</summary></details>
</share-button></section></div></div></div></section></section>
<section id="shopify-section-template--2__related" class="shopify-section section"><product-recommendations class="related-products page-width
section-template--2__related-padding isolate" data-url="/recommendations/products?limit=4"><h2 class="related-products__heading inline-richtext
h3">You may also like</h2><ul class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop" role="list">${sRel
  .map(
    (r) => `<li
class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div
class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${r[0]}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden
visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${r[1]}</span></div></div></div></div></div></div></div>
</div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick, '')}</ul>
</div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe
to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--3__footer">Email</label></div></div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Fernhill Golf Pro Shop</a></small><small class="copyright__content"><a
target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div></footer>
</body></html>`;
const shopifyAcademy: TestPage = {
  name: 'heldout693-shopify-junior-academy',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 6)],
  body: sBody.filter((_, i) => i !== 1 && i !== 6),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Home', 'Clothing', 'Gift vouchers', 'Log in', 'Cart',
    'FERNHILL GOLF ACADEMY', 'Regular price', '£120.00 GBP',
    'Tax included.', ...sDays.filter((d) => d !== 'Saturday Advanced'), 'Quantity', `Decrease quantity for ${sTitle}`,
    `Increase quantity for ${sTitle}`, 'Add to cart', 'Buy it now', 'Cancellation policy', 'Share', 'You may also like', ...sRel.flat(),
    'Quick links', ...sQuick, 'Subscribe to our emails', 'Email', '© 2027, Fernhill Golf Pro Shop', 'Powered by Shopify',
  ],
};

export const HELDOUT693_C: readonly TestPage[] = [drupalNews, shopifyAcademy];
