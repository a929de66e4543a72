import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout517-kit.js';

/**
 * Held-out batch 517, file c: a tyre retailer's warranty page on Shopify (Dawn theme, announcement bar, newsletter footer),
 * and a car wash's blog post on Squarespace 7.1 (image block with caption, categories, previous / next pagination).
 */
const hTitle = 'Tyre and Fitting Warranty';
const hIntro = j(
  'Every tyre bought from Ridgeway Tyres and fitted at one of our three centres or by our mobile fitters is covered by two',
  'promises: a manufacturer warranty against defects, and our own workmanship guarantee on the fitting.',
);
const hMan = [
  j(
    'All tyres we sell carry the manufacturer warranty against faults in materials or construction for five years from the date',
    'of manufacture shown on the sidewall. If a tyre is found to be faulty, it is replaced free of charge, less a deduction for the',
    'tread already used.',
  ),
  'The manufacturer warranty does not cover:',
];
const hNot = [
  'punctures, cuts or impact damage from kerbs and potholes',
  'uneven wear caused by incorrect wheel alignment or worn suspension',
  'tyres run flat or at the wrong pressure',
  'tyres used for racing, track days or off-road events',
];
const hWork = [
  j(
    'We guarantee our fitting work, including valves, balancing and wheel nut torque, for 12 months or 12,000 miles, whichever',
    'comes first. If a wheel goes out of balance or a valve leaks in that time, we will put it right at no charge.',
  ),
  j(
    'Please come back to have your wheel nuts re-torqued after the first 50 miles if we fitted alloy wheels. We do this free and it',
    'only takes five minutes.',
  ),
];
const hClaim = [
  'Keep your order confirmation email or invoice.',
  'Call the centre that fitted your tyres, or email warranty@ridgewaytyres.co.uk with photos.',
  'Bring the vehicle in so we can inspect the tyre; most claims are decided on the day.',
];
const hLast = 'This warranty is in addition to your statutory rights under the Consumer Rights Act 2015.';
const hNav = ['Shop tyres', 'Mobile fitting', 'Our centres', 'Help'];
const hQuick = ['Search', 'Delivery and fitting', 'Warranty', 'Refund policy', 'Terms of service'];
const hHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://ridgewaytyres.co.uk/pages/warranty"><title>${hTitle} &ndash; Ridgeway Tyres</title>
<meta name="description" content="Manufacturer warranty and our 12-month workmanship guarantee on every tyre we fit.">
<meta property="og:site_name" content="Ridgeway Tyres"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "ridgeway-tyres.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":138221002931,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta =
{"page":{"pageType":"page","resourceType":"page","resourceId":98121416883}};</script>
<link href="//ridgewaytyres.co.uk/cdn/shop/t/4/assets/base.css?v=127867003511637661291712662453" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17170312790195__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free fitting on any set of four tyres until 31 May</span></p></div></div></div></div>
<div id="shopify-section-sections--17170312790195__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//ridgewaytyres.co.uk/cdn/shop/files/ridgeway-logo.png?v=1697" alt="Ridgeway Tyres"
class="header__heading-logo" width="180" height="44"></div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg
class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17170313052339__main"
class="shopify-section section">
<div class="page-width page-width--narrow section-template--17170313052339__main-padding"><h1 class="main-page-title page-title h0">${hTitle}</h1>
<div class="rte">${ps([hIntro])}<h2>Manufacturer warranty</h2>${ps(hMan)}<ul>${lis(hNot)}</ul><h2>Our workmanship guarantee</h2>${ps(hWork)}
<h2>How to make a claim</h2><ol>${lis(hClaim)}</ol><p><em>${hLast}</em></p></div></div></section></main>
<div id="shopify-section-sections--17170312757427__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--17170312757427__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(hQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit us</h2><div class="footer-block__details-content rte">
<p>Ridgeway Tyres, Forge Road, Ashcombe AC2 9HW</p><p>Mon–Sat 8am–5.30pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17170312757427__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17170312757427__footer">Email</label><button type="submit"
class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2027, <a href="/" title="">Ridgeway Tyres</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div></div></footer></div>
<script src="//ridgewaytyres.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741712662453" defer="defer"></script></body></html>`;
const shopifyWarranty: TestPage = {
  name: 'heldout517-shopify-tyre-warranty',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Manufacturer warranty', 'Our workmanship guarantee', 'How to make a claim'],
  body: texts([hIntro, ...hMan, ...hNot, ...hWork, ...hClaim, hLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free fitting on any set of four tyres until 31 May',
    ...hNav, 'Log in', 'Cart', 'Quick links', ...hQuick.filter((t) => t !== 'Warranty'),
    'Visit us', 'Ridgeway Tyres, Forge Road, Ashcombe AC2 9HW', 'Mon–Sat 8am–5.30pm', 'Subscribe to our emails', '© 2027, Ridgeway Tyres', 'Powered by Shopify',
  ],
};

const qTitle = 'Where Does the Water Go? Inside Our Reclaim System';
const qP = [
  j(
    'A hand car wash uses a lot of water. On a busy Saturday our bays at Tidewater get through roughly 9,000 litres, and until last',
    'spring nearly all of it went straight down the drain. Since May we have been running a water reclaim system, and customers keep',
    'asking how it works, so here is the short version.',
  ),
  j(
    'Dirty water from the wash bays runs into a three-chamber interceptor under the forecourt. The first chamber lets grit and sand',
    'settle out, the second traps oil and fuel, which float, and the third holds water that is already fairly clear.',
  ),
  j(
    'From there, a pump sends the water through a cyclone filter and then an ozone tank, which kills the bacteria that would otherwise',
    'make stored water smell. Treated water goes into a 5,000-litre tank behind the cabin, ready to be used again.',
  ),
];
const qH2 = 'What we use reclaimed water for';
const qUses = ['the pressure-washer pre-rinse', 'wheel and arch cleaning', 'rinsing the wash mats at the end of the day'];
const qP2 = [
  j(
    'The final rinse always uses fresh mains water that has been softened, because reclaimed water still carries a little dissolved',
    'mineral that can leave spots on glass and dark paint. Around 70 per cent of the water we use each day is now reclaimed.',
  ),
];
const qH3 = 'Does it cost you anything?';
const qP3 = [
  j(
    'No. Our prices have not changed. The system cost about £14,000 to install and we expect it to pay for itself in under four years',
    'through lower water and trade effluent bills. It also means we can keep washing during a hosepipe ban, which we could not do in 2025.',
  ),
  'If you would like to see the tanks, ask any of the team next time you visit. We are happy to show you round.',
];
const qNav = ['Home', 'Prices', 'Blog', 'Find Us'];
const qBlock = (inner: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;}" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const qPre = ' class="" style="white-space:pre-wrap;"';
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} &mdash; Tidewater Car Wash</title>
<link rel="canonical" href="https://www.tidewatercarwash.co.uk/blog/water-reclaim"><meta property="og:site_name" content="Tidewater Car Wash">
<meta property="og:type" content="article"><meta itemprop="author" content="Tidewater Car Wash"><meta itemprop="datePublished"
content="2027-04-02T10:30:00+0100">
<script
type="application/ld+json">{"url":"https://www.tidewatercarwash.co.uk","name":"Tidewater Car Wash","@context":"http://schema.org","@type":"WebSite"}</script>
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","author":{"@type":"Person","name":"Maria
Okafor"}}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f2a","siteTitle":"Tidewater Car Wash"},"templateId":"5c5a519771c10ba3470d8101","pageType":50};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61f2a/42/5c5a519771c10ba3470d8101/site.css"></head>
<body id="item-660b5c2e" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-name tweak-blog-item-show-date
tweak-blog-item-pagination-show-title header-overlay-alignment-center view-item collection-type-blog-basic collection-61f2b mobile-style-available
sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title">Tidewater Car Wash</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/prices">Book a Valet</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="660b5c2e"><section data-test="page-section"
data-section-theme="" class="page-section
content-collection full-bleed-section collection-type-blog-basic" data-section-id="660b5c2f"><div class="content-wrapper"><div class="content"><div
class="blog-item-wrapper">
<article class="entry h-entry hentry author-maria-okafor post-type-text article-index-1 category-news" data-item-id="660b5c2e"><meta itemprop="headline"
content="${qTitle}">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f0c9" class="blog-author-name"
data-content-field="author">Maria Okafor</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2027-04-02" pubdate data-animation-role="date">2 April
2027</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div
class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1712050200000" id="item-660b5c2e">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qBlock(ps(qP, qPre), 'yui_3_17_2_1_1712049880432_4511')}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1712049880432_6120"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none"
data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;"><div class="image-block-wrapper" data-animation-role="image"><div
class="sqs-image-shape-container-element has-aspect-ratio">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/61f2a/tanks.jpg" alt="" data-load="false"
src="https://images.squarespace-cdn.com/content/v1/61f2a/tanks.jpg?format=1000w"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The treatment tanks behind the cabin, installed
last May.</p></div></figcaption></figure></div></div></div>
${qBlock(
  `<h2 style="white-space:pre-wrap;">${qH2}</h2><ul
data-rte-list="default">${lis(qUses.map((u) => `<p${qPre}>${u}</p>`))}</ul>${ps(qP2, qPre)}`,
  'yui_3_17_2_1_1712049880432_7733',
)}
${qBlock(`<h2 style="white-space:pre-wrap;">${qH3}</h2>${ps(qP3, qPre)}`, 'yui_3_17_2_1_1712049880432_8902')}
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="/blog?category=News" class="blog-item-category">News</a>
<a href="/blog?category=Behind+the+Scenes" class="blog-item-category">Behind the Scenes</a></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/blog/winter-salt">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-arrow--small" viewBox="0 0 9 16"></svg></div><div
class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Winter Salt and Your Underbody</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/blog/new-opening-hours">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">New Summer Opening Hours</h2></a></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black"><div
class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div
class="col sqs-col-6 span-6">${qBlock('<p class="">Tidewater Car Wash<br>Quay Street, Porthallow PH3 1QS<br>Open daily 8.30am – 5.30pm</p>', 'f1')}</div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-f2"><div
class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" autocomplete="on"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Offers by email</h2>
<div class="newsletter-form-header-description"><p>One email a month, with a voucher. No spam.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-f2">Email Address</label>
<input id="email-f2" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign
Up</span></button></div></div></form></div></div></div></div></div></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">
<p>We use cookies to give you the best experience on our site.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceBlog: TestPage = {
  name: 'heldout517-squarespace-water-reclaim',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qH2, qH3],
  body: texts([...qP, ...qUses, ...qP2, ...qP3]),
  bylines: ['Maria Okafor', '2 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Tidewater Car Wash', ...qNav.filter((t) => t !== 'Prices'),
    'Book a Valet', 'The treatment tanks behind the cabin, installed last May.', 'News', 'Behind the Scenes',
    'Previous', 'Winter Salt and Your Underbody', 'Next', 'New Summer Opening Hours', 'Quay Street, Porthallow PH3 1QS', 'Open daily 8.30am – 5.30pm',
    'Offers by email', 'One email a month, with a voucher. No spam.', 'Email Address', 'Sign Up', 'We use cookies to give you the best experience on our site.',
    'Decline', 'Accept',
  ],
};

export const HELDOUT517_C: readonly TestPage[] = [shopifyWarranty, squarespaceBlog];
