import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout621-kit.js';

/**
 * Held-out batch 621, file a: an ironmonger's key cutting and tool sharpening service page on WordPress (Hello Elementor
 * with Elementor Pro), and a paint mixing service page on a Shopify store (Dawn theme).
 */
const kTitle = 'Key Cutting &amp; Tool Sharpening';
const kIntro = [
  j(
    'Our counter at the back of the shop has cut keys for Aldwick since 1974, and the grinding bench next to it has been sharpening',
    'the town&rsquo;s shears, chisels and kitchen knives for nearly as long. Most keys are cut while you wait; most sharpening is ready',
    'within two working days.',
  ),
  j(
    'Bring the original key rather than a copy if you can. Every copy of a copy loses a little accuracy, and a key that has already been',
    'copied twice may not turn smoothly in an older lock.',
  ),
];
const kH = ['Keys we cut', 'Prices', 'Tool sharpening', 'What we can&rsquo;t do'];
const kKeys = [
  'Cylinder and Yale-type door keys',
  'Mortice keys for older lever locks, including two- and five-lever patterns',
  'Padlock, cabinet, letterbox and window keys',
  'Car keys without a chip, for vehicles made before about 1998',
  'Restricted security keys, on production of your registration card',
];
const kPrices: [string, string, string][] = [
  ['Standard cylinder key', '£4.50', 'Brass or nickel finish, cut while you wait.'],
  ['Mortice key', '£7.00', 'Cut by hand from a blank; allow fifteen minutes.'],
  ['Coloured or printed key', '£6.00', 'Choose from twelve colours and patterns at the counter.'],
  ['Restricted security key', 'from £18.00', 'Ordered from the manufacturer; usually three to five working days.'],
];
const kSharp = [
  j(
    'We sharpen garden shears, secateurs, loppers, chisels, plane irons, axes and most kitchen knives on a water-cooled wheel,',
    'so the steel never overheats and loses its temper. Serrated bread knives and scissors are sharpened on a separate machine.',
  ),
  j(
    'Please wrap blades in newspaper or cardboard when you bring them in. We label every tool with your name and a ticket number,',
    'and we ring you when it is ready.',
  ),
];
const kCant = j(
  'We can&rsquo;t copy keys marked &#8220;Do not duplicate&#8221; without the owner&rsquo;s written consent, and we no longer cut',
  'transponder car keys. For those, we are happy to recommend a local auto locksmith.',
);
const kNav = ['Home', 'Shop', 'Services', 'Timber Yard', 'About Us', 'Contact'];
const kFoot = ['Delivery Information', 'Returns Policy', 'Privacy Policy', 'Terms &amp; Conditions'];
const priceLi = (p: [string, string, string]): string => `<li class="elementor-price-list-item"><div class="elementor-price-list-text">
<div class="elementor-price-list-header"><span class="elementor-price-list-title">${p[0]}</span><span class="elementor-price-list-separator"></span>
<span class="elementor-price-list-price">${p[1]}</span></div><p class="elementor-price-list-description">${p[2]}</p></div></li>`;
const wid = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Key Cutting &amp; Tool Sharpening &#8211; Pettigrew &amp; Lowe Ironmongers</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Key Cutting & Tool Sharpening",
"isPartOf":{"@id":"https://pettigrewlowe.co.uk/#website"}},{"@type":"HardwareStore","name":"Pettigrew & Lowe Ironmongers",
"telephone":"01243 555 018"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css"
href="https://pettigrewlowe.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-112-css" href="https://pettigrewlowe.co.uk/wp-content/uploads/elementor/css/post-112.css?ver=1717412200" media="all">
<style id="cookie-law-info-style">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style>
<script src="https://pettigrewlowe.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-112 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '1c9e0a7',
  `${wid('text-editor', '5e2b7d1', '<p>Open Monday to Saturday, 8am &#8211; 5.30pm &#124; Free parking behind the shop</p>')}
${wid('theme-site-logo', '7a1f3c2', '<a href="https://pettigrewlowe.co.uk"><img src="/wp-content/uploads/2023/02/pl-logo.png" alt="Pettigrew &amp; Lowe"></a>')}
${wid(
  'nav-menu',
  '2d84e6b',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-2d84e6b" class="elementor-nav-menu">
${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${wid(
  'search-form',
  '9b0e413',
  `<form class="elementor-search-form" role="search" action="https://pettigrewlowe.co.uk" method="get">
<div class="elementor-search-form__container"><label class="elementor-screen-only" for="elementor-search-form-9b0e413">Search</label>
<input id="elementor-search-form-9b0e413" placeholder="Search products&#8230;" class="elementor-search-form__input" type="search" name="s"></div></form>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
${sec(
  '4aa1d07',
  `${wid('heading', '31f0c8e', `<h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1>`)}
${wid('text-editor', '8c6d2f5', ps(kIntro))}
${wid(
  'button',
  'e70a9d3',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01243555018">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call the key counter</span></span></a></div>`,
)}`,
)}
${sec(
  'b2e94c0',
  `${wid('heading', '0f3e5a8', `<h2 class="elementor-heading-title elementor-size-default">${at(kH, 0)}</h2>`)}
${wid(
  'icon-list',
  '6d1b7e2',
  `<ul class="elementor-icon-list-items">${kKeys
    .map(
      (k) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-key"></i></span>
<span class="elementor-icon-list-text">${k}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${wid('heading', 'a5c3d19', `<h2 class="elementor-heading-title elementor-size-default">${at(kH, 1)}</h2>`)}
${wid('price-list', 'c81f0b4', `<ul class="elementor-price-list">${kPrices.map(priceLi).join('\n')}</ul>`)}
${wid(
  'image',
  '3e7f6a0',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2024/03/grinding-bench.jpg" alt="The grinding bench">
<figcaption class="widget-image-caption wp-caption-text">Derek at the grinding bench, spring 2024</figcaption></figure>`,
)}
${wid('heading', 'd4a2b77', `<h2 class="elementor-heading-title elementor-size-default">${at(kH, 2)}</h2>`)}
${wid('text-editor', '19c5e3f', ps(kSharp))}
${wid('heading', '7fb0e21', `<h2 class="elementor-heading-title elementor-size-default">${at(kH, 3)}</h2>`)}
${wid('text-editor', '52d9a6c', ps([kCant]))}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  'e3c1a90',
  `${wid('heading', '8a0b6c1', '<h4 class="elementor-heading-title elementor-size-default">Visit us</h4>')}
${wid('text-editor', 'f2c7d08', '<p>14 Market Row, Aldwick, West Sussex PO21 4JB<br>01243 555 018</p>')}
${wid('heading', '6b3e9f4', '<h4 class="elementor-heading-title elementor-size-default">Information</h4>')}
${wid('nav-menu', '0ad7e52', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(kFoot, 'menu-item')}</ul></nav>`)}
${wid('text-editor', 'c4f1b83', '<p>&copy; 2024 Pettigrew &amp; Lowe Ironmongers Ltd. All rights reserved.</p>')}`,
)}
</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking &quot;Accept All&quot;, you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="https://pettigrewlowe.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"post":{"id":112,"title":"Key%20Cutting%20%26%20Tool%20Sharpening"}};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout621-elementor-key-cutting',
  kind: 'docs',
  html: kHtml,
  title: 'Key Cutting & Tool Sharpening',
  headings: texts(kH),
  body: texts([...kIntro, ...kKeys, ...kPrices.flatMap((p) => [`${p[0]} ${p[1]}`, p[2]]), ...kSharp, kCant]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open Monday to Saturday, 8am – 5.30pm | Free parking behind the shop', ...kNav, 'Search', 'Call the key counter',
    'Derek at the grinding bench, spring 2024', 'Visit us', '14 Market Row, Aldwick, West Sussex PO21 4JB', '01243 555 018', 'Information',
    ...texts(kFoot), '© 2024 Pettigrew & Lowe Ironmongers Ltd. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const sTitle = 'Paint Mixing Service';
const sIntro = [
  j(
    'We can match almost any colour in about ten minutes. Bring in a fan deck reference, a paint chip, a fabric swatch or a flake of',
    'the old paint from behind a radiator, and our spectrophotometer will read it and work out a tint formula for the base you choose.',
  ),
  'Mixing is free on every tin of 1 litre or more bought in store. Tester pots are mixed for a flat 50p.',
];
const sH = ['How it works', 'What it costs', 'Good to know'];
const sSteps = [
  'Bring your sample to the paint counter. A piece at least the size of a 10p coin reads best.',
  'Choose a finish: matt, eggshell, satin or gloss, for walls, wood or metal.',
  'We scan the sample, show you the match on screen and mix a tester pot if you want to check it at home.',
  'Your tins are shaken for three minutes and labelled with the formula, so we can mix the same colour again next year.',
];
const sRows: [string, string, string][] = [
  ['Tester pot (250ml)', '50p', 'While you wait'],
  ['1 litre to 5 litres', 'Free', 'While you wait'],
  ['10 litre trade tub', 'Free', 'Same day'],
  ['Orders of 40 litres or more', 'Free', 'Order by noon for next day'],
];
const sKnow = [
  j(
    'Colour-matched paint is mixed to order, so we can&#39;t take it back unless the tint is wrong. If a colour looks different on your',
    'wall, bring the tin and the sample back and we will adjust it free of charge.',
  ),
  'Keep the label. Paint mixed from the same formula but a different batch of base can vary slightly, so buy enough for the whole room.',
];
const sNav = ['Paint &amp; Decorating', 'Hand Tools', 'Power Tools', 'Garden', 'Ironmongery', 'Services'];
const sFoot = ['Search', 'Contact us', 'Delivery &amp; collection', 'Refund policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://haddonstreethardware.co.uk/pages/paint-mixing">
<title>Paint Mixing Service &ndash; Haddon Street Hardware</title>
<meta name="description" content="We can match almost any colour in about ten minutes.">
<meta property="og:site_name" content="Haddon Street Hardware"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "haddon-street-hardware.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};Shopify.theme = {"name":"Dawn","id":138201,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Haddon Street Hardware",
"url":"https://haddonstreethardware.co.uk"}</script>
<link href="//haddonstreethardware.co.uk/cdn/shop/t/4/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1721__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free local delivery on orders over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--1721__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Haddon Street Hardware</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><form action="/search" method="get" role="search"
class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--1721__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--1721__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte">${ps(sIntro)}
<h2>${at(sH, 0)}</h2><ol>${sSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${at(sH, 1)}</h2><table><thead><tr><th>Size</th><th>Mixing charge</th><th>Ready</th></tr></thead><tbody>
${sRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
<h2>${at(sH, 2)}</h2>${ps(sKnow)}
<p><a href="/collections/paint-decorating" class="button">Shop paint &amp; decorating</a></p></div></div></div></main>
<div id="shopify-section-sections--1722__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot, '')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__column--info"><div class="footer__payment">
<span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa">
</svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2024, <a href="/" title="">Haddon Street Hardware</a>
</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div>
</footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title">
<div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title">Cookie policy</h2>
<p>We use cookies and similar technologies to provide the best experience on our website.
<a href="/policies/privacy-policy" id="shopify-pc__banner__body-policy-link">Privacy Policy</a></p></div><div class="shopify-pc__banner__btns">
<button type="button" class="shopify-pc__banner__btn-manage-prefs" id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">Decline</button>
<button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//haddonstreethardware.co.uk/cdn/shop/t/4/assets/global.js?v=8801" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout621-shopify-paint-mixing',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sSteps, ...sRows.map((r) => r.join(' ')), ...sKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local delivery on orders over £50', 'Haddon Street Hardware', ...texts(sNav), 'Log in', 'Cart',
    'Shop paint & decorating', 'Quick links', ...texts(sFoot), 'Subscribe to our emails', 'Email', 'Payment methods', '© 2024,',
    'Powered by Shopify', 'Cookie policy', 'We use cookies and similar technologies to provide the best experience on our website.',
    'Privacy Policy', 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT621_A: readonly TestPage[] = [elementor, shopify];
