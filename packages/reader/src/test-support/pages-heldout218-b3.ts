import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file b3: a knitting designer's pattern page, a Shopify product page on the Dawn theme. */
const title = 'Skerry Cardigan – Knitting Pattern';
const p1 = [
  'Skerry is a top-down raglan cardigan with a deep garter-stitch yoke band and a simple slipped-stitch texture that runs down the ' +
    'fronts like the ridges on a tidal rock. It is worked seamlessly in one piece to the underarm, then the sleeves are picked up ' +
    'and worked in the round to the cuff.',
  'I designed it to be the cardigan you reach for every day: roomy enough for a jumper underneath, with pockets deep enough for a ' +
    'phone and a pair of gloves. The slipped stitches are easy to read, so it makes a good first cardigan for a confident beginner.',
] as const;
const h1 = 'Sizes';
const p2 = ['1 (2, 3, 4, 5, 6, 7, 8, 9), to fit a chest of 81 (91, 102, 112, 122, 132, 142, 152, 162) cm.'] as const;
const p3 = [
  'Finished chest circumference with fronts meeting: 96 (106, 117, 127, 137, 147, 157, 167, 177) cm. Shown in size 3 with 15 cm of ' + 'positive ease.',
] as const;
const h2 = 'Yarn';
const p4 = [
  'Holm Wool Aran by Tarnside Yarns (100% British wool; 160 m per 100 g skein): 5 (6, 6, 7, 7, 8, 8, 9, 9) skeins. Shown in the ' + 'colourway Lichen.',
  'Any woolly aran-weight yarn with a similar yardage will work. Choose something with a little grip so the slipped stitches stay crisp.',
] as const;
const h3 = 'Needles and notions';
const notions = [
  '5 mm (US 8) circular needle, 80 cm long, and your preferred needles for small circumferences in the round.',
  '4.5 mm (US 7) circular needle, 80 cm long, for the bands.',
  'Stitch markers, waste yarn or stitch holders, and a tapestry needle.',
  'Seven buttons, 22 mm across.',
] as const;
const h4 = 'Gauge';
const p5 = ['17 stitches and 34 rows to 10 cm in slipped-stitch pattern on 5 mm needles, after blocking.'] as const;
const h5 = 'What’s included';
const p6 = [
  'A 9-page PDF with written instructions for every size, a schematic, a charted and written version of the slipped-stitch pattern, ' +
    'and a photo tutorial for the tubular buttonhole. The pattern has been tech edited and tested by a group of eleven knitters.',
  'The download link arrives by email as soon as payment goes through. This is a digital product and nothing will be posted to you.',
] as const;
const announce = 'Use code SKERRY15 for 15% off the Skerry pattern until Sunday';
const nav = ['Patterns', 'Kits', 'Yarn', 'Workshops', 'Journal', 'About'] as const;
const price = ['Regular price', '£7.50 GBP', 'Sale price', 'Unit price', 'per', 'Tax included.'] as const;
const buy = ['Add to cart', 'Buy with', 'More payment options', 'Share', 'Copy link', 'Link copied to clipboard'] as const;
const tabs = [
  'Delivery',
  'Patterns are delivered instantly as a PDF download. A copy is also added to your Ravelry library if you add your username at checkout.',
  'Refunds',
  'Because patterns are digital, we cannot offer refunds, but please get in touch if you have any trouble with your download.',
] as const;
const also = [
  'You may also like',
  'Hesper Hat – Knitting Pattern',
  'Tidewrack Shawl – Knitting Pattern',
  'Skerry Cardigan Kit',
  'Lowmoor Mitts – Knitting Pattern',
] as const;
const alsoPrices = ['£5.00 GBP', '£6.50 GBP', '£96.00 GBP', '£4.50 GBP'] as const;
const news = ['Subscribe to our emails', 'New patterns, test knit calls and the odd yarn sale. No more than twice a month.', 'Email', 'Subscribe'] as const;
const foot = ['Search', 'Contact', 'Pattern Support', 'Shipping Policy', 'Refund Policy', 'Privacy Policy', 'Terms of Service'] as const;
const cookie = ['This website uses cookies to ensure you get the best experience.', 'Manage preferences', 'Accept', 'Decline'] as const;
const html = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://fennalund.example/products/skerry-cardigan-knitting-pattern"><title>${title} – Fenna Lund Designs</title>
<meta name="description" content="Skerry is a top-down raglan cardigan with a deep garter-stitch yoke band and a simple slipped-stitch texture.">
<meta property="og:site_name" content="Fenna Lund Designs"><meta property="og:type" content="product"><meta property="og:title" content="${title}">
<meta property="og:price:amount" content="7.50"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fenna-lund.myshopify.com";
Shopify.theme = {"name":"Dawn","id":14211,"schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${title}","brand":{"@type":"Brand","name":"Fenna Lund Designs"},
"offers":[{"@type":"Offer","price":"7.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//fennalund.example/cdn/shop/t/4/assets/base.css?v=12209" rel="stylesheet" type="text/css" media="all">
<script src="//fennalund.example/cdn/shop/t/4/assets/global.js?v=44129" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>${announce}</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><h1 class="header__heading"><a href="/"
class="header__heading-link link">
<span class="h2">Fenna Lund Designs</span></a></h1><nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(nav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
<span class="visually-hidden">Search</span></summary></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><section id="MainProduct-template--main"
class="page-width section-template--main-padding"
data-section="template--main"><div
class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--main" class="visually-hidden" role="status"></div>
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain global-media-settings gradient">
<img src="//fennalund.example/cdn/shop/files/skerry-front.jpg?v=1&width=1946" alt="Skerry cardigan in a lichen green aran wool" width="1946" height="2432"
loading="lazy" class="image-magnify-lightbox"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Fenna Lund Designs</p>
<div class="product__title"><h1>${title}</h1><a href="/products/skerry-cardigan-knitting-pattern" class="product__title"><h2 class="h1">${title}</h2></a></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">${price[0]}</span><span
class="price-item price-item--regular">${price[1]}</span></div>
<div class="price__sale"><span class="visually-hidden visually-hidden--inline">${price[2]}</span></div>
<small class="unit-price caption hidden"><span class="visually-hidden">${price[3]}</span><span aria-hidden="true">/</span><span
class="visually-hidden">&nbsp;${price[4]}&nbsp;</span>
</small></div></div><div class="product__tax caption rte">${price[5]}</div></div>
<div class="product-form__buttons"><button id="ProductSubmitButton-template--main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary">
<span>${buy[0]}</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button--branded">
${buy[1]} <span class="visually-hidden">Shop Pay</span></button><button class="shopify-payment-button__more-options">${buy[2]}</button></div></div>
<div class="product__description rte quick-add-hidden">
${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
${ps(p3)}
<h3>${h2}</h3>
${ps(p4)}
<h3>${h3}</h3>
<ul>${notions.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<h3>${h4}</h3>
${ps(p5)}
<h3>${h5}</h3>
${ps(p6)}
</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${tabs[0]}</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-1"><p>${tabs[1]}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${tabs[2]}</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-2"><p>${tabs[3]}</p></div></details></div>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">${buy[3]}</button>
<details id="Details-share-template--main"><summary class="share-button__button">${buy[3]}</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--main" value="https://fennalund.example/products/skerry-cardigan-knitting-pattern" readonly>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">${buy[4]}</span></button></div></div></details>
<span class="share-button__message hidden">${buy[5]}</span></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width isolate">
<h2 class="related-products__heading inline-richtext h2">${also[0]}</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${also
  .slice(1)
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><div class="card__information">
<h3 class="card__heading h5"><a href="/products/p${i}" class="full-unstyled-link">${t}</a></h3><div class="card-information"><div class="price">
<span class="price-item price-item--regular">${alsoPrices[i]}</span></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">${news[0]}</h2><p>${news[1]}</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">${news[2]}</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe">
</button></div></div></form></div></div><ul class="footer-block__details-content list-unstyled">${links(foot, '')}</ul></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Fenna Lund Designs</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Cookie banner"><div class="shopify-pc__banner__body">
<p id="shopify-pc__banner__body-policy-link">${cookie[0]}</p></div><div class="shopify-pc__banner__btns">
<button id="shopify-pc__banner__btn-manage-prefs">${cookie[1]}</button><button id="shopify-pc__banner__btn-accept">${cookie[2]}</button>
<button id="shopify-pc__banner__btn-decline">${cookie[3]}</button></div></div>
<script src="//fennalund.example/cdn/shop/t/4/assets/product-info.js?v=18320" defer="defer"></script></body></html>`;

export const knittingPattern: TestPage = {
  name: 'heldout218-shopify-knitting-pattern-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...p1, ...p2, ...p3, ...p4, ...notions, ...p5, ...p6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', announce, 'Fenna Lund Designs', ...nav.filter((t) => t !== 'Yarn'), 'Search', 'Log in', 'Cart', price[0], price[1], price[2],
    price[3], price[5], 'Shop Pay', ...buy,
    ...tabs, ...also, ...alsoPrices, news[0], news[1], 'Email', ...foot.slice(1), '© 2026,', 'Powered by Shopify', ...cookie,
  ],
};
