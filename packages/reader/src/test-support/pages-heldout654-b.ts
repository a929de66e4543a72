import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file b: a wildlife rescue's volunteering page built with Wix (Thunderbolt markup, Wix Forms), and a donkey
 * adoption pack sold as a product on a Shopify store (Dawn theme).
 */
const wTitle = 'Volunteer With Us';
const wBody = [
  j(
    'Fernhollow Wildlife Rescue takes in more than 3,000 wild animals a year, from swans with fishing line in their throats to',
    'orphaned badger cubs. We have four paid staff. Everything else is done by volunteers.',
  ),
  'Roles we are recruiting for',
  '<strong>Animal care assistant</strong> – cleaning, feeding and weighing patients in the hospital. One four-hour shift a week.',
  '<strong>Rescue driver</strong> – collecting injured animals from the public and from vets within 20 miles. You will need your own car.',
  '<strong>Helpline volunteer</strong> – answering calls from home and giving first advice. Full training is given.',
  '<strong>Fundraising and events</strong> – running stalls at fetes and shows between May and September.',
  'What we ask of you',
  j(
    'You need to be 18 or over for hands-on animal care, or 16 with a parent’s consent for our garden and laundry team. We ask for a',
    'commitment of at least six months, because it takes time to learn the routines and the animals do best with familiar hands.',
  ),
  j(
    'Every new volunteer comes to an induction evening, held on the first Tuesday of the month, and works alongside an experienced',
    'volunteer for their first four shifts.',
  ),
  'Fill in the form below and our volunteer coordinator will be in touch within two weeks.',
];
const wHead = [1, 6];
const wNav = ['Home', 'Found an Animal?', 'About', 'Volunteer', 'News', 'Donate'];
const wForm = ['First name', 'Last name', 'Email', 'Phone', 'Which role interests you?', 'Tell us a little about yourself', 'Submit'];
const wRt = (tag: string, t: string, font: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement"><${tag} class="font_${font} wixui-rich-text__text">` +
  `<span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Volunteer | Fernhollow Wildlife Rescue</title>
<meta name="description" content="Join our team of volunteers caring for injured and orphaned wildlife in the Vale of Fernhollow.">
<link rel="canonical" href="https://www.fernhollowwildlife.org/volunteer"><meta property="og:site_name" content="Fernhollow Wildlife Rescue">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["dynamicPages","cookieConsent"],"site":{"metaSiteId":"a9d2c4","language":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lk7q2a1b{width:980px}.font_0{font:normal normal bold 46px/1.2 'playfair display',serif}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" data-media-height-override-type="" class="pageBackground_c1dmp BmZ5pC"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div>
</div><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
<div id="comp-lk7q19x0" class="MazNVa comp-lk7q19x0 wixui-image"><a data-testid="linkElement" href="https://www.fernhollowwildlife.org" class="j7pOnl">
<img src="https://static.wixstatic.com/media/4b2e1f_logo.png/v1/fill/w_180,h_90/logo.png" alt="Fernhollow Wildlife Rescue logo"></a></div>
<wix-dropdown-menu id="comp-lk7q1a2c" class="XwCBRN NHM1d1 comp-lk7q1a2c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="R_TAzU" id="comp-lk7q1a2cnavContainer" aria-label="Site"><ul class="y7qwii" id="comp-lk7q1a2citemsContainer">
${wNav
  .map(
    (t, i) => `<li id="comp-lk7q1a2c${i}" class="wixui-dropdown-menu__item"><a data-testid="linkElement"
href="/${t.toLowerCase().replace(/[^a-z]+/g, '')}" class="UiHgGh"><div class="itemDepth02233374943__itemContent"><p
class="Mmrg9e">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lk7q2a1b" tabindex="-1" class="Oqnisf comp-lk7q2a1b wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lk7q2a1binlineContent-gridContainer" data-testid="mesh-container-content">
${wRt('h1', wTitle, '0', 'lk7q2c01')}
<div id="comp-lk7q2d33" class="MazNVa comp-lk7q2d33 wixui-image"><div class="j7pOnl"><img src="https://static.wixstatic.com/media/4b2e1f_swan.jpg"
alt="Volunteer holding a swan"></div></div>
${wRt('p', at(wBody, 0), '7', 'lk7q2e45')}
${wRt('h2', at(wBody, 1), '2', 'lk7q2f10')}
<div id="comp-lk7q2g72" class="KcpHeO tz5f0K comp-lk7q2g72 wixui-rich-text" data-testid="richTextElement"><ul class="font_8 wixui-rich-text__text">
${lis(wBody.slice(2, 6), 'wixui-rich-text__text')}</ul></div>
${wRt('h2', at(wBody, 6), '2', 'lk7q2h05')}
<div id="comp-lk7q2i88" class="KcpHeO tz5f0K comp-lk7q2i88 wixui-rich-text" data-testid="richTextElement">
${ps(wBody.slice(7, 10), ' class="font_8 wixui-rich-text__text"')}</div></div></section>
<section id="comp-lk7q3b00" class="Oqnisf comp-lk7q3b00 wixui-section"><div data-testid="mesh-container-content">
<form id="comp-lk7q3c11" class="JVi7i2 comp-lk7q3c11 wixui-form" data-testid="form-container">
${wForm
  .slice(0, 4)
  .map(
    (l, i) =>
      `<div class="jhxvbR wixui-text-input"><label for="input_comp-f${i}" class="wPeA6j wixui-text-input__label">${l}</label><input id="input_comp-f${i}"
class="KvoMHf has-custom-focus wixui-text-input__input" type="text"></div>`,
  )
  .join('\n')}
<div class="wixui-dropdown"><label class="wixui-dropdown__label">${at(wForm, 4)}</label><select
class="wixui-dropdown__select"><option>Animal care assistant</option>
<option>Rescue driver</option><option>Helpline volunteer</option><option>Fundraising and events</option></select></div>
<div class="wixui-text-box"><label class="wixui-text-box__label">${at(wForm, 5)}</label><textarea class="wixui-text-box__input"></textarea></div>
<div class="comp-lk7q3d90 wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">
${at(wForm, 6)}</span></button></div>
<div class="wixui-rich-text" role="alert" aria-live="polite" hidden><p>Thanks for submitting!</p></div></form></div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
<div id="comp-lk7q5a20" class="KcpHeO comp-lk7q5a20 wixui-rich-text" data-testid="richTextElement"><p
class="font_9 wixui-rich-text__text">Fernhollow Wildlife Rescue,
Mill Barn, Caddington Lane, Fernhollow FH4 2QT</p><p class="font_9 wixui-rich-text__text">24-hour rescue line: 01632 960 418</p>
<p class="font_9 wixui-rich-text__text">Registered charity 1163390</p></div>
<div id="comp-lk7q5b31" class="KcpHeO comp-lk7q5b31 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
© 2026 by Fernhollow Wildlife Rescue. Proudly created with Wix.com</p></div>
<wix-bg-media class="wixui-social-bar"><ul class="ddr3Bm" aria-label="Social Bar"><li class="Fgg1We"><a href="https://www.facebook.com/fernhollowwildlife"
target="_blank" class="dNyEEH"><img src="https://static.wixstatic.com/media/facebook.png"
alt="Facebook"></a></li></ul></wix-bg-media></div></footer></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="ccsu-banner-wrapper" role="dialog" aria-label="Cookie banner"><div
data-hook="ccsu-banner-text-container">
<p>This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.</p>
<a href="/privacy-policy" data-hook="ccsu-banner-policy-link">Privacy Policy</a></div><div class="ccsu-banner-buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a1f3c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout654-wix-volunteer',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHead.map((i) => at(wBody, i)),
  body: texts(wBody.filter((_, i) => !wHead.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...wNav.filter((t) => t !== 'Volunteer'), ...wForm,
    'Fernhollow Wildlife Rescue, Mill Barn, Caddington Lane, Fernhollow FH4 2QT', '24-hour rescue line: 01632 960 418', 'Registered charity 1163390',
    '© 2026 by Fernhollow Wildlife Rescue. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const pTitle = 'Adopt Bramble – Donkey Adoption Pack';
const pDesc = [
  j(
    'Bramble is a grey jenny of about nineteen who spent most of her life giving beach rides at Porthkellis. When the rides stopped',
    'in 2023 she was left in a field with no shelter and overgrown hooves, and she came to us lame and very wary of people.',
  ),
  j(
    'Three years on she is the first to the gate at breakfast and the last to leave the sunny corner of the yard. She shares a stable',
    'with her best friend Nutmeg, and she will do almost anything for a slice of swede.',
  ),
  'Your adoption helps pay for Bramble’s hay, her farrier visits every eight weeks and her twice-yearly dental checks.',
];
const pTabs = ['What’s in the pack', 'Gift adoptions'];
const pPack = [
  'A personalised adoption certificate',
  'A photo of Bramble and her life story',
  'Two newsletters a year with news from the yard',
  'A free visit pass for two',
];
const pGift = j(
  'Buying for someone else? Add their name at checkout and we will post the pack to you, so you can give it yourself. Orders placed by',
  '18 December arrive before Christmas.',
);
const pRel = ['Adopt Nutmeg – Donkey Adoption Pack', 'Adopt Captain – Donkey Adoption Pack', 'Hollowmere Tea Towel'];
const pNav = ['Adopt', 'Gifts', 'Clothing', 'Visit', 'About us'];
const pFoot = ['Search', 'Shipping', 'Refund policy', 'Contact'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://shop.hollowmeredonkeys.org.uk/products/adopt-bramble"><title>${pTitle} &ndash; Hollowmere Donkey Shop</title>
<meta name="description" content="Bramble is a grey jenny of about nineteen who spent most of her life giving beach rides at Porthkellis.">
<meta property="og:site_name" content="Hollowmere Donkey Shop"><meta property="og:type" content="product"><meta property="og:price:amount" content="36.00">
<script src="//shop.hollowmeredonkeys.org.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8123456789012,"vendor":"Hollowmere",
"type":"Adoption","variants":[{"id":44781234,"price":3600,"name":"Adopt Bramble - 12 months"}]},"page":{"pageType":"product"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"36.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//shop.hollowmeredonkeys.org.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all">
</head><body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1824__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Order gift adoptions by 18 December for Christmas delivery</span></p></div></div></div></div>
<div id="shopify-section-sections--1824__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//shop.hollowmeredonkeys.org.uk/cdn/shop/files/logo.png?v=1701&amp;width=600" alt="Hollowmere Donkey Shop" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1840__main"
class="shopify-section section"><section id="MainProduct-template--1840__main" class="page-width section-template--1840__main-padding"
data-section="template--1840__main">
<div class="product product--medium product--left product--stacked product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1840__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--1840__main" class="visually-hidden" role="status"></div><ul id="Slider-Gallery"
class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li
class="product__media-item grid__item slider__slide
is-active"><div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><div
class="product__media media
media--transparent"><img src="//shop.hollowmeredonkeys.org.uk/cdn/shop/files/bramble.jpg?v=1701&amp;width=1946" alt="Bramble the grey donkey"
loading="lazy"></div>
</div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1840__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hollowmere</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/adopt-bramble" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1840__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£36.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--1840__main" data-section="template--1840__main"><fieldset
class="js product-form__input product-form__input--pill">
<legend class="form__label">Adoption length</legend><input type="radio" id="len-1" name="Adoption length" value="12 months" checked>
<label for="len-1">12 months</label><input type="radio" id="len-2" name="Adoption length" value="24 months"><label for="len-2">24 months</label>
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1840__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span
class="visually-hidden">Decrease quantity for ${pTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1840__main" min="1" value="1"><button class="quantity__button"
name="plus" type="button"><span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1840__main" class="form" enctype="multipart/form-data">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1840__main" type="submit" name="add"
class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${at(pTabs, 0)}</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-collapsible_tab_1">
<ul>${lis(pPack)}</ul></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${at(pTabs, 1)}</h2></div></summary><div class="accordion__content rte"><p>${pGift}</p></div></details></div>
<share-button id="Share-template--1840__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
<details><summary class="share-button__button"><span>Share</span></summary></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--1840__related" class="shopify-section"><product-recommendations
class="related-products page-width section-template--1840__related-padding
isolate" data-url="/recommendations/products?section_id=template--1840__related&amp;product_id=8123456789012&amp;limit=4"><h2 class="related-products__heading
inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--3-col-desktop" role="list">
${pRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a
href="/products/x" class="full-unstyled-link">${t}</a></h3></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<footer class="footer color-scheme-1 gradient section-sections--1825__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--sections--1825__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1825__footer">Email</label>
</div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div
class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Hollowmere Donkey Shop</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">
${pFoot.map((t) => `<li><small class="copyright__content"><a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`).join('\n')}
</ul></div></div></div></footer></body></html>`;
const shopify: TestPage = {
  name: 'heldout654-shopify-donkey-adoption',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pTabs,
  body: texts([...pDesc, ...pPack, pGift]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Order gift adoptions by 18 December for Christmas delivery', ...pNav, 'Log in', 'Cart', 'Hollowmere', 'Regular price',
    '£36.00 GBP', 'Tax included.', 'Adoption length', '12 months', '24 months', 'Quantity', `Decrease quantity for ${pTitle}`,
    `Increase quantity for ${pTitle}`, 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...pRel, 'Subscribe to our emails', 'Email',
    '© 2026, Hollowmere Donkey Shop', 'Powered by Shopify', ...pFoot,
  ],
};

export const HELDOUT654_B: readonly TestPage[] = [wix, shopify];
