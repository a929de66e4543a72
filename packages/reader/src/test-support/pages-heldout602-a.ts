import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs, type Row } from './pages-heldout602-kit.js';

/**
 * Held-out batch 602, file a: a hot tub model's product page on Shopify (Dawn theme) with its specification table and collapsible
 * rows, and a delivery and installation FAQ on Squarespace 7.1 built from accordion blocks.
 */
const sTitle = 'Aurora 6 Hot Tub';
const sIntro = [
  j(
    'The Aurora 6 is our best-selling family tub: six seats, one full-length lounger and 42 stainless jets on two pumps, in a cabinet',
    'that fits through a standard garden gate on its side. Every Aurora is built to order at our Kettlebrook workshop and water-tested for',
    '48 hours before it leaves.',
  ),
  j(
    'Full-foam insulation and a 7.6&nbsp;cm tapered cover keep running costs low: in our own tests a tub kept at 38&nbsp;°C through a',
    'northern winter used an average of 5.1&nbsp;kWh a day.',
  ),
];
const sSpecH = 'Specifications';
const sRows: Row[] = [
  ['Seats', '6 (1 lounger)'],
  ['Dimensions', '213 × 213 × 91 cm'],
  ['Water capacity', '1,420 litres'],
  ['Dry weight', '345 kg'],
  ['Jets', '42 stainless steel'],
  ['Pumps', '2 × 2.5 hp two-speed'],
  ['Heater', '3 kW, 13 amp or 32 amp supply'],
  ['Filtration', 'Twin 50 sq ft cartridges with UV-C clarifier'],
];
const sBoxH = "What's included";
const sBox = ['Insulated hard cover with safety locks', 'Cover lifter', 'Two-step entry steps', 'Starter chemical kit and test strips'];
const sAccH = 'Electrical requirements';
const sAcc = j(
  'The Aurora 6 can run from a 13 amp plug on its own dedicated socket, but the heater then switches off while both pumps run on high.',
  'For the full spec we recommend a 32 amp supply through an RCD, fitted by a qualified electrician before delivery day.',
);
const sNav = ['Hot Tubs', 'Swim Spas', 'Saunas', 'Water Care', 'Accessories', 'Showrooms'];
const sRel: [string, string][] = [
  ['Aurora 5 Hot Tub', '£7,295.00'],
  ['Solace 7 Hot Tub', '£10,950.00'],
  ['Cover Lifter Pro', '£329.00'],
];
const sFootA = ['Delivery information', 'Finance', 'Warranty', 'Contact us'];
const sFootB = ['Search', 'Privacy policy', 'Terms of service', 'Refund policy'];
const relCard = ([n, p]: [string, string]): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard">
<div class="card__content"><h3 class="card__heading h5"><a href="/products/${n.toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${n}</a></h3>
<div class="price"><span class="price-item price-item--regular">${p}</span></div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${sTitle} &ndash; Northcove Spas</title><meta name="description" content="Six seats, 42 jets and full-foam insulation. Built to order.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="8,495.00">
<link rel="canonical" href="https://northcovespas.co.uk/products/aurora-6">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "northcove-spas.myshopify.com";Shopify.theme = {"name":"Dawn","id":14210388,
"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Northcove Spas"},
"offers":[{"@type":"Offer","price":"8495.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//northcovespas.co.uk/cdn/shop/t/4/assets/base.css?v=1588" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--color-base-text:18,18,18}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free delivery within 60 miles of Kettlebrook</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left page-width"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container">
<summary class="header__icon header__icon--menu" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary>
</details></header-drawer><a href="/" class="header__heading-link link"><img src="//northcovespas.co.uk/cdn/shop/files/logo.png" alt="Northcove Spas"
class="header__heading-logo"></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><section class="page-width section-template--main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-main" role="region" aria-label="Gallery Viewer"><ul class="product__media-list" role="list">
<li class="product__media-item grid__item is-active"><div class="product-media-container">
<img src="//northcovespas.co.uk/cdn/shop/products/aurora6-graphite.jpg"
alt="Aurora 6 hot tub in Graphite with cover open" width="1946" height="1946"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Northcove Spas</p>
<div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£8,495.00</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="main"><fieldset class="js product-form__input"><legend class="form__label">Cabinet colour</legend>
<input type="radio" id="main-1-0" name="Cabinet colour" value="Graphite" checked><label for="main-1-0">Graphite</label>
<input type="radio" id="main-1-1" name="Cabinet colour" value="Driftwood"><label for="main-1-1">Driftwood</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${sTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-main" min="1" value="1"><button class="quantity__button" name="plus"
type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-main" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div></form>
</product-form>
<div class="product__description rte quick-add-hidden">${ps(sIntro)}
<h3>${sSpecH}</h3><table><tbody>${trs(sRows)}</tbody></table>
<h3>${sBoxH}</h3><ul>${lis(sBox)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">${sAccH}</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-1">${ps([sAcc])}</div></details></div>
<share-button id="Share-main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg aria-hidden="true"></svg>Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">${sRel.map(relCard).join('\n')}</ul>
</product-recommendations></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sFootA)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"><svg aria-hidden="true"></svg></button></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Northcove Spas</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFootB)}</ul></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><div class="shopify-pc__banner__body">
<p id="shopify-pc__banner__body-policy-link">This website uses cookies to ensure you get the best experience on our website.</p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-accept">Accept</button>
<button id="shopify-pc__banner__btn-decline">Decline</button></div></div>
<script src="//northcovespas.co.uk/cdn/shop/t/4/assets/global.js?v=1588" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout602-shopify-dawn-hot-tub-spec',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sSpecH, sBoxH, sAccH],
  body: [...texts(sIntro), ...rowTexts(sRows), ...sBox, sAcc],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery within 60 miles of Kettlebrook', ...sNav, 'Northcove Spas', '£8,495.00',
    'Tax included. Shipping calculated at checkout.',
    'Cabinet colour', 'Graphite', 'Driftwood', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...sRel.flat(), 'Help', ...sFootA,
    'Subscribe to our emails', 'Email', '© 2026, Northcove Spas', 'Powered by Shopify', ...sFootB,
    'This website uses cookies to ensure you get the best experience on our website.', 'Accept', 'Decline',
  ],
};

const qIntro = j(
  'Most of our hot tubs and swim spas go in without a crane, but every garden is different. If your question is not answered here, call',
  'the delivery team on 01632 960 418 and we will arrange a free site survey.',
);
const qItems: [string, string[]][] = [
  [
    'How much access do you need?',
    [
      j(
        'A hot tub travels on its side on a sled, so we need a clear path at least 95&nbsp;cm wide and 2.3&nbsp;m high, with no tight',
        'right-angle turns. Swim spas need a 2.6&nbsp;m wide route or a crane lift. Steps are fine if there is room to pivot at the top.',
      ),
    ],
  ],
  [
    'What base does my tub need?',
    [
      j(
        'A level, solid base that can take 500&nbsp;kg per square metre: a 10&nbsp;cm concrete slab, a paved patio on a compacted',
        'sub-base, or a spa pad system. Decking must be checked by a structural engineer. Grass and gravel on their own are not suitable.',
      ),
      'The base must be at least 5&nbsp;cm larger than the tub on every side.',
    ],
  ],
  [
    'Do you connect the electrics?',
    [
      j(
        'No. Your electrician must install the supply and an isolator within two metres of the tub before delivery day. Our installer',
        'will wire the tub to the isolator, fill it, and check that everything runs.',
      ),
    ],
  ],
  [
    'When will I be able to use it?',
    [
      j(
        'After the fill, the water needs to heat up. Expect 18 to 24 hours for a hot tub and two to three days for a swim spa, depending',
        'on the water temperature from your hose and the weather.',
      ),
    ],
  ],
  [
    'What if my tub needs a crane?',
    [
      j(
        'We book a crane through a local partner and quote for it separately after the survey. Lifts usually cost between £480 and £950.',
        'You will need permission from your neighbours if the jib swings over their property.',
      ),
    ],
  ],
];
const qNav = ['Hot Tubs', 'Swim Spas', 'Saunas', 'Visit Us', 'Help'];
const qCta = 'Still have questions?';
const qAcc = (q: string, a: string[], n: number): string => `<li class="accordion-item">
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="dropdown-block-yui_3_17_2_1_${n}" id="button-block-yui_3_17_2_1_${n}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div>
</div>
</div></button></h4><div class="accordion-item__dropdown" role="region" id="dropdown-block-yui_3_17_2_1_${n}"
aria-labelledby="button-block-yui_3_17_2_1_${n}"><div class="accordion-item__description">${ps(a, ' class="" style="white-space:pre-wrap;"')}</div></div></li>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Delivery &amp; Installation FAQ &mdash; Ravensgill Hot Tubs</title><link rel="canonical" href="https://www.ravensgillhottubs.co.uk/delivery-faq">
<meta property="og:site_name" content="Ravensgill Hot Tubs"><meta property="og:title" content="Delivery &amp; Installation FAQ &mdash; Ravensgill Hot Tubs">
<script type="application/ld+json">{"url":"https://www.ravensgillhottubs.co.uk","name":"Ravensgill Hot Tubs","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"62f1a","siteTitle":"Ravensgill Hot Tubs"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/62f1a/44/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-62f1b" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/62f1a/logo.png"
alt="Ravensgill Hot Tubs"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-visit">Book a Visit</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="62f1c">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="62f1d"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-62f1d">
<div class="fe-block fe-block-yui_3_17_2_1_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">Delivery &amp; Installation FAQ</h1><p class="" style="white-space:pre-wrap;">${qIntro}</p>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true">
${qItems.map(([q, a], i) => qAcc(q, a, i + 3)).join('\n')}</ul></div></div></div></div></div></div></div></section>
<section class="page-section" data-section-theme="dark" data-section-id="62f1e"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${qCta}</h2>
<p class="" style="white-space:pre-wrap;">Our team is in the showroom seven days a week.</p></div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Contact Us</a></div></div></div></div>
</div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Ravensgill Hot Tubs, Unit 4 Mill Lane, Harrowby</p>
<p class="" style="white-space:pre-wrap;">© 2026 Ravensgill Hot Tubs Ltd. All rights reserved.</p></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></nav></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--is-showing" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><div class="sqs-cookie-banner-v2-text">We use cookies to improve your experience and to analyse traffic.</div>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout602-squarespace-delivery-faq',
  kind: 'docs',
  html: qHtml,
  title: 'Delivery & Installation FAQ',
  headings: qItems.map(([q]) => q),
  body: [plain(qIntro), ...qItems.flatMap(([, a]) => texts(a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...qNav, 'Book a Visit', qCta, 'Our team is in the showroom seven days a week.', 'Contact Us',
    'Ravensgill Hot Tubs, Unit 4 Mill Lane, Harrowby', '© 2026 Ravensgill Hot Tubs Ltd. All rights reserved.',
    'We use cookies to improve your experience and to analyse traffic.', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT602_A: readonly TestPage[] = [shopify, squarespace].map(settle);
