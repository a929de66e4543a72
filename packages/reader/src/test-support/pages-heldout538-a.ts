import { links, ps, type TestPage } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout538-kit.js';

/**
 * Held-out batch 538, file a: a bridal boutique's appointment page on Squarespace 7.1 with a form block, and a suit hire
 * price page on Shopify (Dawn theme) with a price table.
 */
const sTitle = 'Book your bridal appointment';
const sIntro = [
  j(
    'Every bride who visits Willow Hart Bridal has the studio to herself. Appointments last ninety minutes and are led by one of',
    'our three stylists, who will have looked at your mood board before you arrive.',
  ),
  'We see brides Tuesday to Saturday, with late appointments until 8pm on Thursdays.',
];
const sExpectH = 'What to expect';
const sExpect = [
  j(
    'We start with a short chat about your venue, the season and the shapes you love. Your stylist then pulls six to eight gowns',
    'from our collection of around 140 samples, in sizes 6 to 24. You are welcome to ask for any gown you have seen on our Instagram.',
  ),
  j(
    'Our samples are pinned and clipped to show you how the finished gown will fit. Gowns are then made to order and take',
    'between five and eight months to arrive, so we suggest booking at least ten months before your wedding.',
  ),
];
const sBringH = 'Who to bring';
const sBring = 'Our fitting room seats four guests comfortably. Children over twelve are welcome; we are sorry that we cannot host pets.';
const sPrepH = 'Before you visit';
const sPrep = [
  'Wear nude or seamless underwear.',
  'Bring the shoes you are likely to wear, or a pair with a similar heel height.',
  'Save a few pictures of gowns you like on your phone.',
  'Have a rough budget in mind so your stylist can pull the right gowns.',
];
const sFeeH = 'Fees and cancellations';
const sFee = j(
  'Saturday appointments carry a £30 booking fee, which comes off the price of your gown if you order with us. Weekday',
  'appointments are free. Please give us 48 hours notice if you need to cancel so that another bride can take your slot.',
);
const sNav = ['Gowns', 'Designers', 'Appointments', 'Real Brides', 'Journal', 'Contact'];
const sForm = ['First Name', 'Last Name', 'Email', 'Wedding date', 'Preferred day', 'Number of guests', 'Anything else we should know?'];
const sFoot = ['Willow Hart Bridal', '14 Tanner Street, Colbridge', 'Tuesday to Saturday, 10am to 6pm', 'Instagram', 'Pinterest', 'Privacy Policy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Appointments — Willow Hart Bridal</title>
<link rel="canonical" href="https://www.willowhartbridal.co.uk/appointments"><meta property="og:site_name" content="Willow Hart Bridal">
<meta property="og:title" content="Appointments — Willow Hart Bridal"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63a1f0c2b4","siteTitle":"Willow Hart Bridal"}};</script>
<script type="application/ld+json">{"url":"https://www.willowhartbridal.co.uk","name":"Willow Hart Bridal","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Willow Hart Bridal","address":"14 Tanner Street, Colbridge","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1f0c2b4/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63a1f3d9e2" class="header-overlay-alignment-center tweak-social-icons-style-regular show-category-navigation
primary-button-style-solid form-field-style-solid collection-type-page collection-63a1f3d9e2 collection-layout-default view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><p>Our January sample sale is now booking — ask your stylist</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Willow Hart</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Appointments' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"${t === 'Appointments' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/appointments">Book Now</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden" hidden>Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f3d9e2a1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63a1f3d9e2a2">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-63a1f3d9e2a3"><div class="fe-block fe-block-yui_3_17_2_1_1672">
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL"
data-block-type="2" id="block-yui_3_17_2_1_1672"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro.map(esc), ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sExpectH}</h3>
${ps(sExpect.map(esc), ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sBringH}</h3><p class="" style="white-space:pre-wrap;">${esc(sBring)}</p>
<h3 style="white-space:pre-wrap;">${sPrepH}</h3><ul data-rte-list="default">${sPrep
  .map(
    (t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p>
</li>`,
  )
  .join('\n')}</ul>
<h3 style="white-space:pre-wrap;">${sFeeH}</h3><p class="" style="white-space:pre-wrap;">${esc(sFee)}</p>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1673"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><img data-stretch="false"
src="https://images.squarespace-cdn.com/content/v1/63a1f0c2b4/fitting-room.jpg" alt="The fitting room with a velvet sofa and mirror"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Our Tanner Street fitting room</p></div>
</figcaption>
</figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1674"><div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content">
<div class="form-wrapper"><div class="form-title">Request an appointment</div><div class="form-inner-wrapper"><form data-form-id="63a1f4" autocomplete="on"
method="POST" novalidate><div class="field-list clear"><fieldset id="name-yui" class="form-item fields name required"><legend class="title">Name
<span class="required" aria-hidden="true">*</span></legend>
${sForm
  .map(
    (t, i) => `<div class="form-item field"><label class="title" for="f${i}">${t}</label><input class="field-element" id="f${i}" type="text">
</div>`,
  )
  .join('\n')}
</fieldset></div><div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="Send request">Send request</button></div>
<div class="hidden form-submission-text">Thank you! Your stylist will be in touch within one working day.</div></form></div></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide black"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot.slice(0, 3).map(esc), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">
${links(sFoot.slice(3, 5))}</ul></nav></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">
<a href="/privacy-policy">${sFoot[5]}</a></p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept" type="button">Accept</button><button class="sqs-cookie-banner-v2-decline" type="button">Decline</button></div>
</div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout538-squarespace-bridal-appointments',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sExpectH, sBringH, sPrepH, sFeeH],
  body: [...sIntro, ...sExpect, sBring, ...sPrep, sFee],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Our January sample sale is now booking — ask your stylist', 'Willow Hart', ...sNav, 'Book Now', 'Open Menu',
    'Our Tanner Street fitting room', 'Request an appointment', 'Name', '*', ...sForm, 'Send request', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const hTitle = 'Suit hire prices';
const hIntro = j(
  'All of our hire suits are cleaned and pressed after every wear and fitted in store a week before your event. Prices below are',
  'for a four-day hire, collected on Thursday and returned on Monday.',
);
const hPackH = 'Hire packages';
const hHead = ['Package', 'What you get', 'Price'];
const hRows = [
  ['Lounge suit', 'Jacket, trousers, shirt and tie', '£79'],
  ['Three-piece', 'Jacket, waistcoat, trousers, shirt and tie', '£95'],
  ['Morning suit', 'Tailcoat, waistcoat, striped trousers, shirt and cravat', '£119'],
  ['Black tie', 'Dinner jacket, trousers, dress shirt and bow tie', '£105'],
  ['Highland wear', 'Kilt, Prince Charlie jacket, sporran, hose and brogues', '£145'],
];
const hGroupH = 'Wedding parties';
const hGroup = [
  'Book five or more suits on one order and the groom hires free.',
  'Page boy suits from age 2 are £45, in the same cloth as the grown-ups.',
  'Shoes can be added to any package for £15 a pair.',
];
const hDepH = 'Deposits and returns';
const hDep = [
  j(
    'A £20 deposit per suit holds your booking, and the balance is due at your fitting. Suits returned late are charged £10 a day.',
    'Small marks and spills are covered; damage beyond normal wear is charged at the cost of repair.',
  ),
  'Questions about your order? Call the shop on 01632 960 418 or reply to your booking email.',
];
const hNav = ['Hire', 'Buy', 'Weddings', 'Book a fitting', 'Prices', 'FAQ'];
const hFootMenu = ['Search', 'Delivery', 'Returns', 'Terms of Service', 'Refund policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://harcourthire.co.uk/pages/suit-hire-prices"><title>Suit hire prices &ndash; Harcourt Hire</title>
<meta name="description" content="All of our hire suits are cleaned and pressed after every wear and fitted in store a week before your event.">
<meta property="og:site_name" content="Harcourt Hire"><meta property="og:type" content="website">
<script src="//harcourthire.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page"}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--buttons-radius:0px;}</style>
<link href="//harcourthire.co.uk/cdn/shop/t/4/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free alterations on every hire order</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span></span></summary></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal"
type="search" name="q" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Harcourt Hire</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--2__main-padding"><h1 class="main-page-title page-title h0">${hTitle}</h1>
<div class="rte"><p>${esc(hIntro)}</p>
<h2>${hPackH}</h2><table><thead><tr>${hHead.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>${trs(hRows)}</tbody></table>
<h2>${hGroupH}</h2><ul>${lis(hGroup)}</ul>
<h2>${hDepH}</h2>${ps(hDep.map(esc))}</div></div></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--3__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${hFootMenu
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="link link--text list-menu__item list-menu__item--link">${t}</a>
</li>`,
  )
  .join('\n')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit us</h2><div class="footer-block__details-content rte">
<p>22 Wharf Row, Easterby</p><p>Open Monday to Saturday, 9.30 to 5.30</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Harcourt Hire</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer></div>
<script src="//harcourthire.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout538-shopify-suit-hire-prices',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hPackH, hGroupH, hDepH],
  body: [hIntro, ...rowTexts(hRows), ...hGroup, ...hDep],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free alterations on every hire order', 'Harcourt Hire', ...hNav, 'Log in', 'Cart', 'Quick links', ...hFootMenu,
    'Visit us', '22 Wharf Row, Easterby', 'Open Monday to Saturday, 9.30 to 5.30', 'Subscribe to our emails', 'Email', '© 2026, Harcourt Hire',
    'Powered by Shopify',
  ],
};

export const HELDOUT538_A: readonly TestPage[] = [squarespace, shopify];
