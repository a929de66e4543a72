import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, outside, pick } from './pages-heldout482-kit.js';

/**
 * Held-out batch 482, file d: a food bank's "host a food drive" guide on Webflow (navbar, rich-text block, form with its hidden
 * success and error messages, "Made in Webflow" badge), and a hospice charity shop's "donating goods" page on Shopify (Dawn).
 */
const fTitle = 'Host a food drive';
const fDek = 'Schools, offices, clubs and churches collect about a quarter of the food we give out. Here is how to run yours.';
const fBody = [
  'Before you start',
  j(
    'Tell us your dates using the form at the bottom of this page. We will send you a poster, collection box labels and our current',
    'shortage list, and we can usually lend you two or three of our blue crates.',
  ),
  j('Pick a short window. A one-week drive with a clear end date collects more than a month-long one, because people remember', 'to bring something in.'),
  'What to ask for',
  'Tinned meat, fish and vegetables',
  'Long-life milk and juice',
  'Pasta, rice and pasta sauce',
  'Toiletries, nappies and sanitary products',
  j(
    'Please do not collect fresh or homemade food, alcohol or anything in glass jars, which break in transit. We also cannot use',
    'food past its best-before date.',
  ),
  'Getting it to us',
  j(
    'Drives of up to ten crates can be dropped at our Dock Road warehouse, Monday to Friday between 10 am and 2 pm. For larger',
    'collections we will send the van; book it at least a week ahead.',
  ),
  j(
    'Once everything is weighed, we will email you the total and a certificate you can put on your noticeboard. Last year the',
    'biggest school drive, at Fernhill Academy, collected 1.2 tonnes.',
  ),
];
const fNav = ['Get help', 'Give food', 'Give money', 'Volunteer', 'About'];
const fFields = ['Organisation', 'Your email', 'Planned dates'];
const fFoot = ['Calder Estuary Food Bank', 'Dock Road, Calderport CP2 4RE', 'Registered charity 1169920', 'Privacy', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Oct 27 2026 10:14:02 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.calderfoodbank.org" data-wf-page="65a1f0c2e4b7d1a9f3c0d210"
data-wf-site="65a1f0c2e4b7d1a9f3c0d200" lang="en"><head><meta charset="utf-8"><title>Host a food drive | Calder Estuary Food Bank</title>
<meta content="${fDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e4b7d1a9f3c0d200/css/calder-food-bank.webflow.3f2e1d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65a1f0c2e4b7d1a9f3c0d200/logo.svg" loading="lazy" alt="Calder Estuary Food Bank" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/give-money" class="button-nav w-button">Donate</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-container"><div class="breadcrumb-row"><a href="/give-food" class="breadcrumb-link">Give food</a><div
class="breadcrumb-sep">/</div><div class="breadcrumb-current">Food drives</div></div><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-hero">${fDek}
</p></div></section><section class="section-content"><div class="container-narrow w-container"><div class="rich-text w-richtext">
<h2>${at(fBody, 0)}</h2>${ps(pick(fBody, 1, 2))}<h2>${at(fBody, 3)}</h2><ul role="list">${lis(pick(fBody, 4, 5, 6, 7))}</ul>${ps([at(fBody, 8)])}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65a1f0c2e4b7d1a9f3c0d200/crates.jpg" loading="lazy" alt="Crates of tins"></div>
<figcaption>Pupils at Fernhill Academy with their collection.</figcaption>
</figure><h2>${at(fBody, 9)}</h2>${ps(pick(fBody, 10, 11))}</div>
<div class="form-block w-form"><h3 class="form-heading">Register your food drive</h3><form id="wf-form-Food-Drive" name="wf-form-Food-Drive"
data-name="Food Drive" method="get" class="form" aria-label="Food Drive">${fFields
  .map(
    (t, i) => `<label for="field-${i}" class="field-label">${t}</label><input class="text-field w-input" maxlength="256" name="field-${i}"
data-name="${t}" type="text" id="field-${i}">`,
  )
  .join('\n')}<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Food Drive success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Food Drive failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div>${pick(fFoot, 0, 1, 2)
  .map((t) => `<div class="footer-text">${t}</div>`)
  .join('')}
</div><div class="footer-links">${pick(fFoot, 3, 4)
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b7d1a9f3c0d200" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b7d1a9f3c0d200/js/webflow.4b1c7e.js" type="text/javascript"></script>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs">
<img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg"
alt=""><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg" alt="Made in Webflow"></a></body></html>`;
const drive: TestPage = {
  name: 'heldout482-webflow-food-drive',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: pick(fBody, 0, 3, 9),
  body: [fDek, ...fBody.filter((_, i) => ![0, 3, 9].includes(i))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([fTitle, fDek, ...fBody], [
    ...fNav, 'Donate', 'Give food', 'Food drives', 'Pupils at Fernhill Academy with their collection.', 'Register your food drive', ...fFields, ...fFoot,
  ]),
};

const hTitle = 'Donating goods to our shops';
const hBody = [
  j(
    'Every jumper, book and teacup you give to a St Aldric\u2019s shop helps pay for care at the hospice and for our family food',
    'parcels. Last year donated goods raised £612,000, enough to run the hospice\u2019s day unit for eight months.',
  ),
  'What we can take',
  'Clothes, shoes and accessories in good condition',
  'Books, CDs, DVDs, vinyl and board games with all their pieces',
  'Homeware, china and kitchen equipment',
  'Small furniture that two people can carry, with fire labels',
  'What we cannot take',
  j(
    'We cannot sell electrical items without a safety test, mattresses, car seats, cycle helmets or anything that has been recalled.',
    'Please keep these out of your bags so our volunteers do not have to dispose of them.',
  ),
  'Bring them in or book a collection',
  j(
    'You can drop bags at any of our nine shops during opening hours. For three bags or more, or for furniture, book a free home',
    'collection by calling 01632 960 503. Our van covers Thornbury and the villages within fifteen miles.',
  ),
  j(
    'If you pay UK income tax, ask the shop to sign you up to Retail Gift Aid. We will write to you once a year with what your',
    'goods raised, and the tax we can reclaim adds a quarter to their value.',
  ),
];
const hMenu = ['Home', 'Shop online', 'Our shops', 'Donate goods', 'About the hospice'];
const hFoot = ['Search', 'Contact us', 'Delivery', 'Refund policy', 'Privacy policy', 'Terms of service'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical" href="https://shop.staldrics.org.uk/pages/donate-goods">
<title>${hTitle} &ndash; St Aldric&#39;s Hospice Shops</title><meta name="description" content="What we can take and how to give it.">
<meta property="og:site_name" content="St Aldric's Hospice Shops"><meta property="og:type" content="website">
<script src="//shop.staldrics.org.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "st-aldrics-shops.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};Shopify.theme = {"name":"Dawn","id":141203456123,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//shop.staldrics.org.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921712000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<link href="//shop.staldrics.org.uk/cdn/shop/t/4/assets/component-cart-drawer.css" rel="stylesheet" type="text/css" media="all">
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div><div
class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty"><div
class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">Your cart is empty</h2><a href="/collections/all"
class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--16891__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on online orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--16891__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-social"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//shop.staldrics.org.uk/cdn/shop/files/logo.png"
alt="St Aldric's Hospice Shops" class="header__heading-logo motion-reduce"></div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${hMenu
  .map(
    (t, i) =>
      `<li><a href="/${i === 0 ? '' : 'pages/'}" class="header__menu-item list-menu__item link link--text focus-inset"${
        t === 'Donate goods' ? ' aria-current="page"' : ''
      }><span${t === 'Donate goods' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary class="header__icon
header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open
icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal><a href="/cart" class="header__icon header__icon--cart link
focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16890__main"
class="shopify-section section"><div class="page-width page-width--narrow section-template--16890__main-padding"><h1 class="main-page-title page-title h0
scroll-trigger animate--fade-in">${hTitle}</h1><div class="rte scroll-trigger animate--slide-in">
${ps([at(hBody, 0)])}<h2>${at(hBody, 1)}</h2><ul>${lis(pick(hBody, 2, 3, 4, 5))}</ul><h2>${at(hBody, 6)}</h2>${ps([at(hBody, 7)])}
<h2>${at(hBody, 8)}</h2>${ps(pick(hBody, 9, 10))}</div></div></section></main>
<div id="shopify-section-sections--16892__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--16892__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter scroll-trigger animate--slide-in">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--16892__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"
required><label class="field__label" for="NewsletterForm--sections--16892__footer">Email</label><button type="submit" class="newsletter-form__button
field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div
class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">St Aldric&#39;s Hospice Shops</a></small><small
class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${hFoot.map((t) => `<li><small class="copyright__content"><a href="/policies/">${t}</a></small></li>`).join('')}</ul>
</div></div></div></div></footer></div>
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li></ul>
<script src="//shop.staldrics.org.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741712000000" defer="defer"></script></body></html>`;
const goods: TestPage = {
  name: 'heldout482-shopify-dawn-donate-goods',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: pick(hBody, 1, 6, 8),
  body: texts(hBody.filter((_, i) => ![1, 6, 8].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([hTitle, ...hBody], [
    'Skip to content', 'Free UK delivery on online orders over £30', ...hMenu, 'Cart', 'Subscribe to our emails', 'Email', "© 2026, St Aldric's Hospice Shops",
    'Powered by Shopify', ...hFoot,
  ]),
};

export const HELDOUT482_D: readonly TestPage[] = [drive, goods];
