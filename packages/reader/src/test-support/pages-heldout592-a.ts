import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout592-kit.js';

/**
 * Held-out batch 592, file a: an artist's statement on a Squarespace 7.1 site (fluid-engine sections, an image block
 * with its caption, the cookie banner), and a framing and shipping policy on a Shopify store (Dawn theme, policy page).
 */
const sTitle = 'Artist Statement';
const sBody = [
  j(
    'I paint the estuary at Quennock Sands from a hut I rent each winter on the salt marsh. The tide goes out almost two miles there,',
    'and for a few hours a day the ground I am painting is neither land nor water.',
  ),
  j(
    'I work on linen primed with rabbit-skin glue and chalk, which drinks the first layers of paint and keeps them matt.',
    'Most canvases are started outside, in one sitting, and finished over several months in the studio, when I have forgotten',
    'enough of the day to stop copying it.',
  ),
  j(
    'My colours are mixed from a short list of earth pigments, some of them dug from the marsh banks and ground by hand.',
    'I am less interested in describing the place than in how long it takes to look at it: the pictures are slow because',
    'the light there is slow.',
  ),
  j(
    'Recent work has moved from the open flats to the drainage channels and sluice gates at the edge of the farmland, where',
    'people have tried, for three hundred years, to decide where the sea stops.',
  ),
];
const sNav = ['Work', 'Exhibitions', 'Studio', 'About', 'Contact'];
const sCaption = 'The marsh hut at Quennock Sands, January.';
const sNavHtml = sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n');
const sHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Artist Statement — Ines Valcourt</title><meta property="og:site_name" content="Ines Valcourt">
<meta property="og:title" content="Artist Statement — Ines Valcourt"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.inesvalcourt.example/statement">
<script type="application/ld+json">{"url":"https://www.inesvalcourt.example","name":"Ines Valcourt","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Ines Valcourt"},"collection":{"title":"Statement","typeName":"page"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f2a/12/site.css">
<script src="https://assets.squarespace.com/universal/scripts-compressed/common-vendors-stable.js" defer></script></head>
<body id="collection-64c1e" class="header-overlay-alignment-center tweak-social-icons-style-solid header-width-full primary-button-style-outline
view-item collection-type-page collection-layout-default mobile-style-available">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="dialog" aria-label="Cookie banner">
<p class="sqs-cookie-banner-v2-text">This site uses cookies to remember your settings and to count visits.</p>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" class="header-title-text">Ines
Valcourt</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNavHtml}
</nav></div></div></div></div>
<div class="header-display-mobile"><button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title
visually-hidden">Open
Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div
class="burger-inner"></div></div></button>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64c1e8">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64c1e9" data-controller="SectionWrapperController">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true">
<div class="fluid-engine fe-64c1ea"><div class="fe-block fe-block-yui_3_17_2_1_1690"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid">
<img src="https://images.squarespace-cdn.com/content/v1/5f2a/hut.jpg" alt="A wooden hut on a salt marsh" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption>
</figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1691"><div class="sqs-block html-block sqs-block-html" data-blocks-block-type="2" id="block-yui_3_17_2_1_1691">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sBody, ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;"><em>— Ines Valcourt, Quennock, 2027</em></p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1692"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left"><a href="/s/valcourt-cv-2027.pdf" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Download CV (PDF)</a></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64c1eb"><div class="fe-block"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Studio visits by appointment.</p>
<p class="" style="white-space:pre-wrap;"><a href="mailto:studio@inesvalcourt.example">studio@inesvalcourt.example</a></p></div></div></div></div>
<div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav>
<a href="https://www.instagram.com/inesvalcourt.example" target="_blank" aria-label="Instagram"><svg
class="sqs-svg-icon--social"></svg></a></nav></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">© 2027 Ines Valcourt. All images © the artist.</p></div></div></div></div>
</div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout592-squarespace-artist-statement',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['— Ines Valcourt, Quennock, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to remember your settings and to count visits.', 'Decline', 'Accept', 'Skip to Content', 'Ines Valcourt', ...sNav,
    sCaption, 'Download CV (PDF)', 'Studio visits by appointment.', 'studio@inesvalcourt.example', '© 2027 Ines Valcourt. All images © the artist.',
  ],
};

const hTitle = 'Shipping policy';
const hIntro = [
  j(
    'Every work we sell leaves the gallery framed, unless you ask us otherwise, and is packed by hand in our workshop in Tollgate Yard.',
    'This page explains how we frame, how we pack and what delivery costs.',
  ),
];
const hFrameH = 'Framing';
const hFrame = [
  j(
    'Works on paper are framed to conservation standard: acid-free mount board, museum glass with 99% UV filtering and a sealed',
    'backing. Canvases are fitted with a tray frame unless the artist has asked for them to be shown unframed.',
  ),
  'Oak, ash or walnut frames are included in the listed price for works under 80 cm on the longest side.',
  'Larger frames and painted finishes are quoted separately before we confirm your order.',
  'Framing adds 7 to 10 working days to dispatch.',
];
const hUkH = 'UK delivery';
const hUk = [
  j(
    'Works up to 60 cm travel by tracked courier for a flat £18. Larger works are delivered by our own art handlers in a two-person',
    'van; we will phone you to book a day. Delivery within the M25 is £65 and elsewhere in mainland Britain £95 to £180, depending',
    'on distance.',
  ),
];
const hIntH = 'International shipping';
const hInt = [
  j(
    'We ship to the EU, the USA, Canada, Australia and Switzerland. International works are crated and sent by a fine-art shipper',
    'with full insurance; we send a quote within two working days of your order. Import duties and local taxes are paid by the',
    'buyer on arrival.',
  ),
  'Works on paper can be sent unframed, rolled in a tube, to reduce cost.',
];
const hDamH = 'Damage in transit';
const hDam = [
  j(
    'All shipments are insured for their full value. If a work arrives damaged, please keep the packaging, take photographs and',
    'email us within 48 hours. We will arrange collection and either repair, replace the frame or refund you in full.',
  ),
];
const hNav = ['Shop all', 'Originals', 'Prints', 'Framing', 'Exhibitions', 'Visit us'];
const hQuick = ['Search', 'About the gallery', 'Framing service', 'FAQ'];
const hPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const hNavHtml = hNav
  .map((t) => `<li><a href="/collections/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n');
const hQuickHtml = hQuick
  .map((t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="link link--text list-menu__item list-menu__item--link">${t}</a></li>`)
  .join('\n');
const hPolHtml = [...hPol.slice(0, 3), hTitle, ...hPol.slice(3)]
  .map((t) => `<li><small class="copyright__content"><a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`)
  .join('');
const hHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://harrowandquill.example/policies/shipping-policy">
<title>${hTitle} &ndash; Harrow &amp; Quill Gallery</title><meta property="og:site_name" content="Harrow &amp; Quill Gallery">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "harrow-quill.myshopify.com"; Shopify.theme = {"name":"Dawn","id":13370,"role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<link href="//harrowandquill.example/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free framing consultations in the gallery every Saturday</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary><div class="search-modal modal__content gradient" hidden>
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Harrow &amp; Quill Gallery</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hNavHtml}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><div class="shopify-policy__container">
<div class="shopify-policy__title"><h1>${hTitle}</h1></div><div class="shopify-policy__body"><div class="rte">
${ps(hIntro)}
<h3>${hFrameH}</h3><p>${hFrame[0]}</p><ul>${lis(hFrame.slice(1))}</ul>
<h3>${hUkH}</h3>${ps(hUk)}
<h3>${hIntH}</h3>${ps(hInt)}
<h3>${hDamH}</h3>${ps(hDam)}
</div></div></div></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${hQuickHtml}
</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit</h2><div class="footer-block__details-content rte">
<p>4 Tollgate Yard, Wexcombe</p><p>Wednesday to Saturday, 10am to 5pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Harrow &amp; Quill Gallery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${hPolHtml}</ul>
</div></div></div></footer></div>
<script src="//harrowandquill.example/cdn/shop/t/4/assets/global.js" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout592-shopify-framing-shipping-policy',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hFrameH, hUkH, hIntH, hDamH],
  body: texts([...hIntro, ...hFrame, ...hUk, ...hInt, ...hDam]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free framing consultations in the gallery every Saturday', 'Harrow & Quill Gallery', ...hNav.filter((t) => t !== hFrameH),
    'Log in', 'Cart', 'Quick links', ...hQuick, 'Visit', '4 Tollgate Yard, Wexcombe', 'Wednesday to Saturday, 10am to 5pm', 'Subscribe to our emails',
    'Email', '© 2027, Harrow & Quill Gallery', 'Powered by Shopify', ...hPol,
  ],
};

export const HELDOUT592_A: readonly TestPage[] = [squarespace, shopify];
