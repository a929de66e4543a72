import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file c: a perennial nursery's planting guide as a CMS page on Magento 2 (Luma, Page Builder), and a tree
 * nursery's shipping and returns page on BigCommerce (Cornerstone) with a shipping-zone table.
 */
const mTitle = 'Planting bare-root perennials';
const mBody = [
  j(
    'Our perennials are lifted from the open ground between October and March and sent to you without pots. Bare-root plants',
    'establish faster than potted ones because their roots grow straight into your soil, but they need planting promptly.',
  ),
  'Before you plant',
  'Unwrap the plants as soon as they arrive and stand the roots in a bucket of water for an hour.',
  'Dig the bed over to a spade’s depth and remove the roots of perennial weeds.',
  'If you cannot plant within a week, pot the plants up in multipurpose compost and keep them in a cold frame.',
  'Planting',
  j(
    'Dig a hole wider than the spread of the roots. Set the crown of the plant level with the soil surface: too deep and it may rot,',
    'too shallow and the roots dry out. Firm the soil gently with your fingers and water well, even in winter.',
  ),
  j('Do not feed bare-root perennials at planting time. A mulch of garden compost in spring is all they need in their first year.'),
  'Aftercare',
  j(
    'Some plants, such as hardy geraniums, make new leaves within weeks. Others, including Japanese anemones and hostas, may show',
    'nothing until late April. Mark where you planted them so you do not dig them up by mistake.',
  ),
];
const mNav = ['Perennials', 'Grasses', 'Ferns', 'Collections', 'Growing guides', 'Sale'];
const mFoot = ['Search Terms', 'Privacy and Cookie Policy', 'Orders and Returns', 'Contact Us', 'Advanced Search'];
const mRow = (inner: string): string => `<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0"
data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-element="inner"
style="justify-content: flex-start; display: flex; flex-direction: column; margin: 0px 0px 10px; padding: 10px;">${inner}</div></div>`;
const mText = (inner: string): string => `<div data-content-type="text" data-appearance="default" data-element="main" style="border-style: none; margin: 0px;
padding: 0px;">${inner}</div>`;
const mHead = (t: string): string => `<h2 data-content-type="heading" data-appearance="default" data-element="main" style="text-align: left;">${t}</h2>`;
const mHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="title" content="${mTitle}"><meta name="robots" content="INDEX,FOLLOW">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${mTitle} | Thornaby Perennials</title>
<link rel="stylesheet" type="text/css" media="all" href="https://www.thornabyperennials.co.uk/static/version1712/frontend/Magento/luma/en_GB/mage/calendar.css">
<link rel="stylesheet" type="text/css" media="all" href="https://www.thornabyperennials.co.uk/static/version1712/frontend/Magento/luma/en_GB/css/styles-m.css">
<script type="text/javascript" src="https://www.thornabyperennials.co.uk/static/version1712/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{"isPaginationCacheEnabled":0}}}</script></head>
<body data-container="body" data-mage-init='{"loaderAjax": {}, "loader": { "icon": "https://www.thornabyperennials.co.uk/static/images/loader-2.gif"}}'
id="html-body" class="cms-planting-bare-root-perennials cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript seems to be disabled in your browser.</strong>
<span>For the best experience on our site, be sure to turn on Javascript in your browser.</span></p></div></div></noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content" tabindex="0"><p>
<strong>We use cookies to make your experience better.</strong>
<span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span>
<a href="https://www.thornabyperennials.co.uk/privacy-policy-cookie-restriction-mode/">Learn more</a>.</p><div class="actions"><button id="btn-cookie-allow"
class="action allow primary"><span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
href="#contentarea">
<span>Skip to Content</span></a><ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Welcome to Thornaby
Perennials</span></li><li class="link authorization-link" data-label="or"><a href="https://www.thornabyperennials.co.uk/customer/account/login/">Sign In</a>
</li>
<li><a href="https://www.thornabyperennials.co.uk/customer/account/create/" id="idS0q1Vr7x">Create an Account</a></li></ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span><a class="logo"
href="https://www.thornabyperennials.co.uk/"
title="Thornaby Perennials" aria-label="store logo"><img src="https://www.thornabyperennials.co.uk/static/images/logo.svg" title="Thornaby Perennials"
alt="Thornaby
Perennials" width="170" height="50"></a><div data-block="minicart" class="minicart-wrapper"><a class="action showcart"
href="https://www.thornabyperennials.co.uk/checkout/cart/"
data-bind="scope: 'minicart_content'"><span class="text">My Cart</span><span class="counter qty empty"><span class="counter-number"></span>
<span class="counter-label"></span>
</span></a></div><div class="block block-search"><div class="block block-title"><strong>Search</strong></div><div class="block block-content">
<form class="form minisearch"
id="search_mini_form" action="https://www.thornabyperennials.co.uk/catalogsearch/result/" method="get"><div class="field search"><label class="label"
for="search"
data-role="minisearch-label"><span>Search</span></label><div class="control"><input id="search" type="text" name="q" value=""
placeholder="Search entire store here..."
class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"></div></div>
<div class="actions">
<button type="submit" title="Search" class="action search" aria-label="Search"><span>Search</span></button></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'>
<div class="section-item-title
nav-sections-item-title" data-role="collapsible"><a class="nav-sections-item-switch" data-toggle="switch" href="#store.menu">Menu</a></div>
<div class="section-item-content
nav-sections-item-content" id="store.menu" data-role="content"><nav class="navigation" data-action="navigation">
<ul data-mage-init='{"menu":{"responsive":true,"expanded":true}}'>
${mNav
  .map(
    (t, i) => `<li class="level0 nav-${i + 1} category-item level-top"><a href="/${t.toLowerCase().replace(/ /g, '-')}.html" class="level-top">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="section-item-title nav-sections-item-title" data-role="collapsible"><a class="nav-sections-item-switch" data-toggle="switch"
href="#store.links">Account</a></div><div class="section-item-content nav-sections-item-content" id="store.links" data-role="content"></div></div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="https://www.thornabyperennials.co.uk/" title="Go to Home Page">Home</a></li>
<li class="item cms_page"><strong>${mTitle}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="page-title-wrapper"><h1 class="page-title"><span class="base"
data-ui-id="page-title-wrapper">${mTitle}</span></h1></div><div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="x0PzW3kq8Jd2LbN5">
<div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}" style="display: none;"></div>
<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-element="inner">
${mRow(mText(ps([mBody[0] ?? ''])))}
${mRow(`${mHead(mBody[1] ?? '')}${mText(`<ul>${lis(mBody.slice(2, 5))}</ul>`)}`)}
${mRow(`${mHead(mBody[5] ?? '')}${mText(ps(mBody.slice(6, 8)))}`)}
${mRow(`${mHead(mBody[8] ?? '')}${mText(ps([mBody[9] ?? '']))}`)}
${mRow(`<div data-content-type="buttons" data-appearance="inline" data-same-width="false" data-element="main"><div data-content-type="button-item"
data-appearance="default" data-element="main" style="display: inline-block;"><a class="pagebuilder-button-primary" href="/perennials.html"
data-link-type="default"
data-element="link"><span data-element="link_text">Shop bare-root perennials</span></a></div></div>`)}
</div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><div class="content">
<form class="form subscribe" novalidate action="https://www.thornabyperennials.co.uk/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail">
<div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Sign Up for Our Newsletter:</span><input name="email"
type="email" id="newsletter"
placeholder="Enter your email address"></label></div></div><div class="actions"><button class="action subscribe primary" title="Subscribe" type="submit"
aria-label="Subscribe"><span>Subscribe</span></button></div></form></div></div>
<ul class="footer links">${links(mFoot, 'nav item')}</ul></div></footer>
<small class="copyright"><span>Copyright © 2027 Thornaby Perennials Ltd. All rights reserved.</span></small></div>
<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{"components":{"customer":{"component":"Magento_Customer/js/view/customer"}}}}}</script>
</body></html>`;
const magento: TestPage = {
  name: 'heldout697-magento-luma-bare-root-guide',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[5] ?? '', mBody[8] ?? ''],
  body: mBody.filter((_, i) => ![1, 5, 8].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The store will not work correctly when cookies are disabled.', 'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Learn more', 'Allow Cookies', 'Skip to Content',
    'Welcome to Thornaby Perennials', 'Sign In', 'Create an Account', 'Toggle Nav', 'My Cart', 'Search', 'Menu', 'Grasses', 'Ferns', 'Collections',
    'Growing guides', 'Sale', 'Account', 'Home', 'Shop bare-root perennials', 'Newsletter', 'Sign Up for Our Newsletter:', 'Subscribe', ...mFoot,
    'Copyright © 2027 Thornaby Perennials Ltd. All rights reserved.',
  ],
};

const bTitle = 'Shipping &amp; Returns';
const bIntro = j(
  'Trees and shrubs are living things, so we only ship when the weather at both ends of the journey is safe for them. Every order',
  'ships from our farm in Cold Hollow, Vermont, by ground service in a box lined with recycled cardboard.',
);
const bLead = 'We ship each order in the spring or fall window for your USDA hardiness zone:';
const bZones = [
  ['Zones 3 to 5', 'April 6 to May 15', 'October 1 to November 10'],
  ['Zones 6 to 7', 'March 16 to May 1', 'October 12 to November 25'],
  ['Zones 8 to 9', 'February 23 to April 10', 'November 2 to December 12'],
];
const bShip = [
  'Shipping rates',
  j(
    'Shipping is $12.95 for the first plant and $3.50 for each additional plant in the same order. Orders of $150 or more ship free',
    'within the lower 48 states. We cannot ship to Alaska, Hawaii, Puerto Rico or outside the United States.',
  ),
  'Returns and our guarantee',
  j(
    'If a plant fails to leaf out in its first growing season, tell us by August 31 and we will send a replacement in the next',
    'shipping window or refund the plant price. Please send a photo of the plant with your order number.',
  ),
  'Plants cannot be returned once delivered. Shipping charges are not refundable.',
];
const bNav = ['Fruit Trees', 'Nut Trees', 'Shrubs', 'Hedging', 'Growing Guides'];
const bNavFoot = ['About Us', 'Shipping & Returns', 'Contact Us', 'Blog'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Brackenfold Nursery - Shipping &amp; Returns</title><link rel="dns-prefetch preconnect"
href="https://cdn11.bigcommerce.com/s-q2r8x"
crossorigin><meta name="keywords" content="fruit trees, nut trees, bare root, nursery">
<link rel='canonical' href='https://brackenfoldnursery.com/shipping-returns/'>
<meta name='platform' content='bigcommerce.stencil'><link href="https://cdn11.bigcommerce.com/s-q2r8x/product_images/favicon.png" rel="shortcut icon">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/s-q2r8x/stencil/7c1a/css/theme-7c1a.css" rel="stylesheet">
<script>window.lazySizesConfig = window.lazySizesConfig || {};window.lazySizesConfig.loadMode = 1;</script>
<script type="text/javascript">var BCData = {};</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-q2r8x/stencil/7c1a/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu">
<span class="mobileMenu-toggleIcon">Toggle menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><a class="navUser-action navUser-item--compare" href="/compare"
data-compare-nav>Compare <span class="countPill countPill--positive countPill--alt"></span></a></li><li class="navUser-item">
<button class="navUser-action navUser-action--quickSearch"
type="button" id="quick-search-expand" data-search="quickSearch" aria-controls="quickSearch" aria-label="Search">Search</button></li>
<li class="navUser-item navUser-item--account"><a class="navUser-action" href="/login.php" aria-label="Sign in">Sign in</a><span class="navUser-or"> or </span>
<a class="navUser-action" href="/login.php?action=create_account" aria-label="Register">Register</a></li><li class="navUser-item navUser-item--cart">
<a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" data-options="align:right" href="/cart.php" aria-label="Cart with 0 items">
<span class="navUser-item-cartLabel">Cart</span><span class="countPill cart-quantity"></span></a></li></ul></nav>
<div class="header-logo header-logo--center"><a href="https://brackenfoldnursery.com/" class="header-logo__link" data-header-logo-link>
<span class="header-logo-text">Brackenfold
Nursery</span></a></div><div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">
${bNav
  .map(
    (t) => `<li class="navPages-item"><a class="navPages-action" href="https://brackenfoldnursery.com/${t.toLowerCase().replace(/ /g, '-')}/"
aria-label="${t}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div></header><div data-content-region="header_bottom"></div>
<main class="body" id="main-content" role="main" data-currency-code="USD"><div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">
<li class="breadcrumb "><a class="breadcrumb-label" href="https://brackenfoldnursery.com/"><span>Home</span></a></li><li class="breadcrumb is-active">
<a class="breadcrumb-label" href="https://brackenfoldnursery.com/shipping-returns/" aria-current="page"><span>${bTitle}</span></a></li></ol></nav>
<main class="page"><h1 class="page-heading">${bTitle}</h1><div data-content-region="page_builder_content"></div>
<div class="page-content page-content--centered"><p>${bIntro}</p>
<h2>Shipping windows</h2><p>${bLead}</p>
<table class="table"><thead><tr><th>Hardiness zone</th><th>Spring window</th><th>Fall window</th></tr></thead><tbody>
${bZones.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>${bShip[0]}</h2><p>${bShip[1]}</p><h2>${bShip[2]}</h2><p>${bShip[3]}</p><p><em>${bShip[4]}</em></p></div></main></div>
<div id="modal" class="modal" data-reveal data-prevent-quick-search-close><button class="modal-close" type="button" title="Close">
<span class="aria-description--hidden">Close</span>
<span aria-hidden="true">&#215;</span></button><div class="modal-content"></div><div class="loadingOverlay"></div></div></main>
<footer class="footer" role="contentinfo"><h2 class="footer-title-sr-only">Footer Start</h2><div class="container"><section class="footer-info">
<article class="footer-info-col footer-info-col--small" data-section-type="footer-webPages"><h3 class="footer-info-heading">Navigate</h3>
<ul class="footer-info-list">
${links(bNavFoot)}</ul></article><article class="footer-info-col footer-info-col--small" data-section-type="storeInfo"><h3 class="footer-info-heading">Info</h3>
<address>Brackenfold Nursery<br>Cold Hollow, Vermont</address><strong>Call us at (802) 555-0148</strong></article>
<article class="footer-info-col footer-info-col--small" data-section-type="newsletterSubscription">
<h3 class="footer-info-heading">Subscribe to our newsletter</h3>
<p>Get the latest updates on new products and upcoming sales</p><form class="form" action="/subscribe.php" method="post"><fieldset class="form-fieldset">
<input type="hidden" name="action" value="subscribe"><div class="form-field"><label class="form-label is-srOnly" for="nl_email">Email Address</label>
<div class="form-prefixPostfix wrap"><input class="form-input" id="nl_email" name="nl_email" type="email" value="" placeholder="Your email address">
<input class="button button--primary form-prefixPostfix-button--postfix" type="submit" value="Subscribe"></div></div></fieldset></form></article></section>
<div class="footer-copyright"><p class="powered-by">&copy; 2027 Brackenfold Nursery </p></div><div class="footer-copyright"><p class="powered-by">Powered by
<a href="https://www.bigcommerce.com?utm_source=merchant&amp;utm_medium=poweredbyBC" rel="nofollow">BigCommerce</a></p></div></div></footer>
<script src="https://cdn11.bigcommerce.com/s-q2r8x/stencil/7c1a/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerce: TestPage = {
  name: 'heldout697-bigcommerce-shipping-returns',
  kind: 'docs',
  html: bHtml,
  title: 'Shipping & Returns',
  headings: ['Shipping windows', bShip[0] ?? '', bShip[2] ?? ''],
  body: [bIntro, bLead, ...bZones.map(rowText), bShip[1] ?? '', bShip[3] ?? '', bShip[4] ?? ''],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Toggle menu', 'Compare', 'Search', 'Sign in', 'Register', 'Cart', 'Brackenfold Nursery',
    ...bNav.filter((t) => t !== 'Shrubs'), 'Home', 'Close',
    'Footer Start', 'Navigate', 'About Us', 'Contact Us', 'Blog', 'Info', 'Call us at (802) 555-0148',
    'Subscribe to our newsletter', 'Get the latest updates on new products and upcoming sales', 'Email Address', '© 2027 Brackenfold Nursery',
    'Powered by BigCommerce',
  ],
};

export const HELDOUT697_C: readonly TestPage[] = [magento, bigcommerce];
