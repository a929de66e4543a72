import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout543-kit.js';

/**
 * Held-out batch 543, file a: a gelato shop's flavour list on Shopify (Dawn theme) with its cart drawer and newsletter
 * footer, and a dessert kitchen's story page on Squarespace 7.1 with image captions and a cookie banner.
 */
const fTitle = 'Our Flavours';
const fIntro = [
  j(
    'Everything in the cabinet is churned in the back room of our shop on Tanner Street, usually before nine in the morning.',
    'We make small batches of about six litres, so a flavour can run out by the afternoon on a hot Saturday.',
  ),
  'The list below is what we make most weeks. The cabinet holds eighteen pans, so not every flavour is out every day.',
];
const fMilk = [
  '<strong>Fior di latte</strong> – just milk, cream and a little sugar. The one we taste everything else against.',
  '<strong>Toasted hazelnut</strong> – Piedmont hazelnuts roasted in the shop and ground to a paste the same day.',
  '<strong>Salted honey</strong> – wildflower honey from Brenna Hill apiary with a pinch of sea salt.',
  '<strong>Dark chocolate 70%</strong> – made with cocoa mass and no cream, so it is dense rather than rich.',
  '<strong>Pistachio</strong> – unsweetened Sicilian pistachio paste, nothing added for colour.',
  '<strong>Stracciatella</strong> – fior di latte with thin shards of dark chocolate poured in while it churns.',
];
const fSorbet = [
  '<strong>Blood orange</strong> – when the oranges are in season, roughly January to April.',
  '<strong>Raspberry and rose</strong> – Scottish raspberries with a drop of rosewater.',
  '<strong>Lemon and basil</strong> – sharp, green and our best seller in August.',
  '<strong>Chocolate sorbetto</strong> – dairy-free, made with water, cocoa and a little brown sugar.',
];
const fSpecial = [
  '<strong>Fig leaf</strong> – milk infused overnight with fig leaves from the allotment behind the shop.',
  '<strong>Brown butter and sage</strong> – a savoury-leaning one that goes well with the apple sorbet.',
  '<strong>Apple and cider</strong> – sorbet made from windfall apples pressed at Orley Farm.',
];
const fOutro = [
  j(
    'All our sorbets are made without milk, egg or nuts, but they are scooped in the same cabinet as everything else.',
    'Please ask at the counter and we will open a fresh tub and use a clean scoop.',
  ),
  'Want a flavour back? Tell us on the board by the door. If five people ask for the same one, we make it the next week.',
];
const fHeads = ['Milk gelato', 'Sorbets (dairy-free)', 'This month’s specials'];
const fNav = ['Home', 'Flavours', 'Order tubs', 'Find us', 'Gift cards'];
const fFoot = ['Search', 'Contact', 'Delivery', 'Refund policy', 'Privacy policy', 'Terms of service'];
const fHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://marrowgategelato.co.uk/pages/our-flavours"><title>Our Flavours &ndash; Marrowgate Gelato</title>
<meta name="description" content="The gelato and sorbet flavours we churn each week at our shop on Tanner Street.">
<meta property="og:site_name" content="Marrowgate Gelato"><meta property="og:title" content="Our Flavours"><meta property="og:type" content="website">
<script src="//marrowgategelato.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771699999999" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page"}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-background-1:255,250,244;}</style>
<link href="//marrowgategelato.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<link href="//marrowgategelato.co.uk/cdn/shop/t/4/assets/component-cart-drawer.css?v=1" rel="stylesheet" type="text/css" media="all">
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty">
<div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message center h5"><span>Tubs delivered in cool boxes every Friday within 8 miles</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal-1" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal-1">Search</label></div></form></div></details></details-modal>
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">
<img src="//marrowgategelato.co.uk/cdn/shop/files/logo.png?v=1&amp;width=300" alt="Marrowgate Gelato"
width="150" height="62" class="header__heading-logo"></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${fNav.map((t) => `<li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--21__main" class="shopify-section section"><link rel="stylesheet"
href="//marrowgategelato.co.uk/cdn/shop/t/4/assets/section-main-page.css?v=1">
<div class="page-width page-width--narrow section-template--21__main-padding"><h1 class="main-page-title page-title h0">${fTitle}</h1>
<div class="rte">${ps(fIntro)}
<h2>${fHeads[0]}</h2><ul>${lis(fMilk)}</ul>
<h2>${fHeads[1]}</h2><ul>${lis(fSorbet)}</ul>
<h2>${fHeads[2]}</h2><ul>${lis(fSpecial)}</ul>
${ps(fOutro)}</div></div></section>
<section id="shopify-section-template--21__rich_text" class="shopify-section section"><div class="isolate page-width"><div class="rich-text content-container">
<div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center"><h2
class="rich-text__heading rte inline-richtext h1">
Take some home</h2><div class="rich-text__text rte"><p>Half-litre and litre tubs of any flavour in the cabinet, packed to order.</p></div>
<div class="rich-text__buttons"><a href="/collections/tubs" class="button button--primary">Shop tubs</a></div></div></div></div></div></section></main>
<div id="shopify-section-sections--1__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1__footer" type="email" name="contact[email]" class="field__input" value="" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(fFoot)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit</h2><div class="footer-block__details-content rte">
<p>14 Tanner Street, Harrowby</p><p>Open Wednesday to Sunday, 12 till 9</p></div></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Marrowgate Gelato</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer></div>
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li><li
id="a11y-new-window-message">Opens in a new window.</li></ul>
<script>window.shopUrl = 'https://marrowgategelato.co.uk'; window.routes = { cart_add_url: '/cart/add', cart_url: '/cart' };</script></body></html>`;
const shopifyFlavours = page({
  name: 'heldout543-shopify-gelato-flavours',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: [...fIntro, ...fMilk, ...fSorbet, ...fSpecial, ...fOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Tubs delivered in cool boxes every Friday within 8 miles', ...fNav, 'Log in', 'Cart',
    'Take some home', 'Half-litre and litre tubs of any flavour in the cabinet, packed to order.', 'Shop tubs', 'Subscribe to our emails', 'Email',
    'Quick links', ...fFoot, 'Visit', '14 Tanner Street, Harrowby', 'Open Wednesday to Sunday, 12 till 9', '© 2026, Marrowgate Gelato', 'Powered by Shopify',
  ],
});

const sTitle = 'Our Story';
const sBody = [
  j(
    'Halloway’s began in 2011 as a pudding stall at the Saturday market in Wenlow, run by Ada Halloway and her brother Kit from the back',
    'of a borrowed van. They sold three things: sticky toffee pudding, lemon posset and a rice pudding their grandmother made every Sunday.',
  ),
  j(
    'By the third summer the queue went past the cheese stall, and the market manager asked them, politely, to find somewhere bigger.',
    'In 2014 they took the lease on the old haberdashery on Mill Lane, with its long mahogany counter and the drawers that still smell',
    'faintly of lavender.',
  ),
  'The kitchen',
  j(
    'Everything is still made in the kitchen behind the shop. We bake in the morning and set the cold desserts overnight, so the',
    'possets, trifles and panna cottas on the counter were made the day before you eat them, never earlier.',
  ),
  j(
    'We buy our cream from Fellbrook Dairy, eleven miles up the valley, and our fruit from whoever has the best of it that week.',
    'When the gooseberries are over, the gooseberry fool comes off the board.',
  ),
  'Today',
  j(
    'There are now nine of us, and the shop seats twenty-four. Ada still does the baking on Tuesdays. Kit has mostly swapped the',
    'whisk for the accounts, though he will tell you the rice pudding is still his.',
  ),
  'Come in, sit down and have something warm with custard. We think that is what a dessert shop is for.',
];
const sNav = ['Menu', 'Our Story', 'Celebration Cakes', 'Visit'];
const sCookie = j(
  'This website uses cookies to improve your experience. By clicking “Accept”, you agree to the storing of cookies on your device',
  'for analytics.',
);
const blk = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const img = (cap: string, id: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-${id}">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<img data-src="https://images.squarespace-cdn.com/content/v1/${id}/stall.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${cap}</p></div></figcaption></figure></div></div>`;
const sp = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta
charset="utf-8"><title>Our Story &mdash; Halloway&#39;s Dessert Kitchen</title>
<link rel="canonical" href="https://www.hallowaysdesserts.co.uk/our-story"><meta property="og:site_name" content="Halloway&#39;s Dessert Kitchen">
<meta property="og:title" content="Our Story &mdash; Halloway&#39;s Dessert Kitchen"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.hallowaysdesserts.co.uk",
"name":"Halloway's Dessert Kitchen","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"3 Mill Lane, Wenlow",
"openingHours":"Tu 10:00-17:00","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {
"website":{"siteTitle":"Halloway's Dessert Kitchen"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/site.css"></head>
<body id="collection-61f2a8c0d2b7e3" class="header-layout-nav-right primary-button-style-solid tweak-blog-alternating-side-by-side-width-full">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill">
<div class="icon-cart"></div><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-first-focusable-element tabindex="-1">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/logo.png?format=1500w"
alt="Halloway&#39;s Dessert Kitchen"></a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div
class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/order">Order a Cake</a></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-folder="root" data-current-folder-id="null"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection">
<a href="/"><div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61f2a8c0d2b7e4">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="61f2a8c0d2b7e5">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61f2a8c0d2b7e5"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
${blk(`<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sp(sBody[0] ?? '')}${sp(sBody[1] ?? '')}`, 'a1')}
${img('Ada and Kit at the Wenlow market stall, summer 2012.', 'b2')}
${blk(`<h3 style="white-space:pre-wrap;">${sBody[2]}</h3>${sp(sBody[3] ?? '')}${sp(sBody[4] ?? '')}`, 'c3')}
${img('Possets setting overnight in the walk-in fridge.', 'd4')}
${blk(`<h3 style="white-space:pre-wrap;">${sBody[5]}</h3>${sp(sBody[6] ?? '')}${sp(sBody[7] ?? '')}`, 'e5')}
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4">
${blk(`<h4 style="white-space:pre-wrap;">Find us</h4>${sp('3 Mill Lane, Wenlow')}${sp('Tuesday to Sunday, 10am – 5pm')}`, 'f6')}
</div><div class="col sqs-col-8 span-8"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-g7"><div
class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="61f2">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Pudding post</h2><div class="newsletter-form-header-description">
<p style="white-space:pre-wrap;">One email a month with the new specials. Nothing else.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui">
<label class="newsletter-form-field-label title" for="email-yui-field">Email Address</label>
<input id="email-yui-field" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit"
value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;">We respect your privacy.</p></div></div>
<div class="form-submission-text" style="display:none">Thank you!</div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceStory = page({
  name: 'heldout543-squarespace-dessert-story',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[2] ?? '', sBody[5] ?? ''],
  body: sBody.filter((_, i) => i !== 2 && i !== 5),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '0', 'Skip to Content', ...sNav, 'Order a Cake', 'Ada and Kit at the Wenlow market stall, summer 2012.', 'Possets setting overnight in the walk-in fridge.',
    'Find us', '3 Mill Lane, Wenlow', 'Tuesday to Sunday, 10am – 5pm', 'Pudding post', 'One email a month with the new specials. Nothing else.',
    'Email Address',
    'Sign Up', 'We respect your privacy.', sCookie, 'Accept', 'Decline',
  ],
});

export const HELDOUT543_A: readonly TestPage[] = [shopifyFlavours, squarespaceStory];
