import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout497-kit.js';

/**
 * Held-out batch 497, file c: a holiday club booking page sold as a Shopify product (Dawn theme), and a forest-school preschool's
 * blog post on Squarespace 7.1 with tags, share buttons, pagination and an empty comments block.
 */
const hTitle = 'Summer Holiday Club 2027: Explorers Week (ages 4 to 11)';
const hPrice = '£165.00 GBP';
const hBody = [
  j(
    'Five days of den building, pond dipping, cooking on the fire pit and team games in the grounds of Hartwell Farm. Explorers',
    'Week runs from 9am to 4pm, Monday to Friday, with early drop-off from 8am and late pick-up until 5.30pm for a small extra charge.',
  ),
  j(
    'Our holiday club is run by the same qualified team who staff Acorn Hollow Nursery all year round, with at least one adult to',
    'every eight children and one to every four for children under five.',
  ),
];
const hIncH = 'What is included';
const hInc = ['a hot lunch and two snacks each day', 'all materials and activity equipment', 'a club T-shirt to keep', 'a Friday afternoon show for families'];
const hKnowH = 'Good to know';
const hKnow = [
  j(
    'Childcare vouchers and Tax-Free Childcare are accepted; choose "Pay by voucher" at checkout and we will send you our',
    'provider details. Places are non-refundable, but can be moved to another week up to 14 days before the start date.',
  ),
  'Children with allergies or additional needs are very welcome. Please tell us about them in the booking notes.',
];
const hNav = ['Holiday Clubs', 'After School', 'Gift Vouchers', 'FAQs', 'Contact'];
const hRel = ['Summer Holiday Club 2027: Art Week', 'Summer Holiday Club 2027: Sports Week', 'Single Day Place'];
const hFoot = ['Search', 'Terms of Service', 'Refund policy', 'Privacy policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://acornhollowclubs.co.uk/products/explorers-week-2027">
<title>${hTitle} &ndash; Acorn Hollow Clubs</title><meta property="og:type" content="product"><meta property="og:price:amount" content="165.00">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${hTitle}",
"offers":[{"@type":"Offer","price":"165.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "acorn-hollow-clubs.myshopify.com";Shopify.theme = {"name":"Dawn","id":1420086};</script>
<link href="//acornhollowclubs.co.uk/cdn/shop/t/4/assets/base.css?v=1432" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Book by 31 March for 10% off every summer week</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container">
<summary class="header__icon header__icon--menu" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Acorn Hollow Clubs</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(hNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><product-info class="page-width" data-section="template--main">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery class="product__column-sticky"><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//acornhollowclubs.co.uk/cdn/shop/files/explorers.jpg?v=1&amp;width=1946" alt="Children building a den in the woods" width="1946" height="1298">
</div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Acorn Hollow Clubs</p>
<div class="product__title"><h1>${hTitle}</h1><a href="/products/explorers-week-2027" class="product__title"><h2 class="h1">${hTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${hPrice}</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-radios class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input">
<legend class="form__label">Week</legend>
<input type="radio" id="Week-1" name="Week" value="26 to 30 July" checked><label for="Week-1">26 to 30 July</label>
<input type="radio" id="Week-2" name="Week" value="9 to 13 August"><label for="Week-2">9 to 13 August</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${hTitle}</span></button><input class="quantity__input" type="number" name="quantity" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${hTitle}</span></button>
</quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it
now</button></div>
</div></form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(hBody)}<h3>${hIncH}</h3><ul>${lis(hInc)}</ul><h3>${hKnowH}</h3>${ps(hKnow)}</div>
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
<details><summary class="share-button__button"><span>Share</span></summary></details></share-button>
</section></div></div></product-info></section>
<section id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${hRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t}</a></h3>
<div class="price"><span class="price-item price-item--regular">£165.00 GBP</span></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
</div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Acorn Hollow
Clubs</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(hFoot, '')}</ul></div></div></footer>
<script src="//acornhollowclubs.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout497-shopify-holiday-club-booking',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hIncH, hKnowH],
  body: texts([hPrice, ...hBody, ...hInc, ...hKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Book by 31 March for 10% off every summer week', 'Acorn Hollow Clubs', ...hNav, 'Tax included.', 'Week', '26 to 30 July',
    '9 to 13 August', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...hRel, 'Subscribe to our emails', 'Email',
    '© 2027, Acorn Hollow Clubs',
    'Powered by Shopify', ...hFoot,
  ],
};

const sTitle = 'Why we spend every Friday in the woods';
const sBody = [
  j(
    'When we first started our Woodland Fridays four years ago, a few parents were (understandably) worried. Would the children be',
    'cold? Would they be bored without toys? Would anyone actually learn anything?',
  ),
  j(
    'Four years on, Friday is the day our children talk about most. Here is what we have noticed, and why we think a day a week',
    'among the trees matters so much for three- and four-year-olds.',
  ),
  j(
    'In the woods there are no ready-made toys, so a stick becomes a fishing rod, a horse or a magic wand. We have watched children',
    'who are quiet indoors organise whole games of "bear hunt" with rules they invent and change as they go.',
  ),
  j(
    'Climbing over fallen trunks, balancing on logs and carrying branches builds the strength children later need for sitting',
    'still, holding a pencil and using scissors. Nobody has to be told to "get some exercise".',
  ),
  j(
    'Our children know what a safe fire circle looks like, which plants we never touch and how to carry a tool. Learning to judge',
    'risk with an adult nearby is one of the best things we can teach them before school.',
  ),
  '"The woods are the only place my son will happily wear a hat." A parent, last winter',
  j(
    'If your child is starting with us in January, you will find a kit list in your welcome pack. Waterproof trousers are the',
    'single most important thing on it!',
  ),
];
const sH = ['Imagination without instructions', 'Stronger bodies', 'Managing risk'];
const sNav = ['About', 'Our Day', 'Blog', 'Fees', 'Contact'];
const sTags = ['forest school', 'outdoor learning'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- This is Squarespace. --><!-- willowbank-preschool -->
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Willowbank Outdoor Preschool</title>
<meta property="og:site_name" content="Willowbank Outdoor Preschool"><meta property="og:type" content="article">
<meta itemprop="author" content="Willowbank Outdoor Preschool"><meta itemprop="datePublished" content="2026-10-16T10:04:11+0100">
<script type="application/ld+json">{"url":"https://www.willowbankpreschool.co.uk","name":"Willowbank Outdoor Preschool","@context":"http://schema.org",
"@type":"WebSite"}</script><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"datePublished":"2026-10-16T10:04:11+0100","author":{"@type":"Person","name":"Rowena Tasker"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","isFacebookTab":false};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6512/site.css"></head>
<body id="item-652d" class="tweak-blog-item-width-medium tweak-blog-item-alignment-left header-width-full primary-button-style-solid
collection-type-blog-basic view-item has-banner-image"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"><div
class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Willowbank Outdoor Preschool</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="652d"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-rowena-tasker post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-10-16">16
Oct</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f1" class="blog-author-name">Rowena Tasker</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-652d">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<h3>${sH[0]}</h3>${ps(sBody.slice(2, 3), ' class="" style="white-space:pre-wrap;"')}
<h3>${sH[1]}</h3>${ps(sBody.slice(3, 4), ' class="" style="white-space:pre-wrap;"')}
<h3>${sH[2]}</h3>${ps(sBody.slice(4, 5), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/fire-circle.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Snack time at the fire circle.</p></div></figcaption></figure></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote">
<span>&ldquo;</span>The woods are the only place my son will happily wear a hat.<span>&rdquo;</span></blockquote>
<figcaption class="source">&mdash; A parent, last winter</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(6), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-meta-section"><span class="blog-categories-label">Tags:</span>
${sTags.map((t) => `<a href="/blog?tag=${t.replace(' ', '+')}" class="blog-item-tag">${t}</a>`).join(', ')}</div>
<div class="blog-share-actions"><div class="squarespace-social-buttons inline-style" data-system-data-id="1697447051"><span>Facebook</span>
<span>Twitter</span><span>LinkedIn</span><span>0 Likes</span></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/blog/settling-in">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Settling in: our first six weeks</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/blog/mud-kitchen"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Building a mud kitchen from pallets</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-652d"><div class="comment-count">0 Comments</div></div></div>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-html-content"><p>Willowbank Outdoor Preschool, Lower Copse Lane, Fennick FN6 1RW</p><p>Open 8.30am to 3.30pm in term time</p></div>
</div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout497-squarespace-forest-friday',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts(sBody.map((t, i) => (i === 5 ? '“The woods are the only place my son will happily wear a hat.”' : t))),
  bylines: ['16 Oct', 'Rowena Tasker'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Willowbank Outdoor Preschool', ...sNav, 'Snack time at the fire circle.', '— A parent, last winter', 'Tags:', ...sTags, 'Facebook',
    'Twitter', 'LinkedIn', '0 Likes', 'Previous', 'Settling in: our first six weeks', 'Next', 'Building a mud kitchen from pallets', '0 Comments',
    'Willowbank Outdoor Preschool, Lower Copse Lane, Fennick FN6 1RW', 'Open 8.30am to 3.30pm in term time',
  ],
};

export const HELDOUT497_C: readonly TestPage[] = [shopify, squarespace];
