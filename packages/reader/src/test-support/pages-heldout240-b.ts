import { links, ps, type TestPage, texts } from './page-kit.js';
import { coopNews } from './pages-heldout240-b2.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file b: a seed company's growing guide on a Shopify blog (Dawn theme: announcement bar, header menu with
 * cart, article hero image, date and author line, share button, "Back to blog", comment form, a "Shop sweet corn seed" product
 * rail with prices, email sign-up and footer with payment icons) and, from file b2, a co-op's member newsletter on a Mailchimp
 * campaign archive page.
 */
const sTitle = 'How to Grow Sweet Corn in a Short Season';
const sIntro = [
  j(
    'Nothing says high summer like an ear of sweet corn picked an hour before supper. In northern gardens, where frost can arrive in',
    'late May and again in mid-September, getting a good crop is mostly a matter of choosing the right variety and not rushing the soil.',
  ),
];
const sH = ['Pick the right type', 'When to plant', 'Planting in blocks', 'Feeding and watering', 'Harvest'];
const sType = [
  j(
    'Sweet corn comes in three main genetic types. Normal sugary (su) varieties have the classic corn flavor but turn starchy within a',
    'day of picking. Sugary enhanced (se) varieties stay tender longer, and supersweet (sh2) varieties hold their sugar for a week in',
    'the fridge but need warmer soil to germinate.',
  ),
  j(
    'For short seasons we recommend an early se variety such as Lantern Gold (68 days) as your first planting, followed by a',
    'supersweet once the soil has warmed.',
  ),
];
const sWhen = [
  j(
    'Wait until the soil at two inches deep reaches 60°F for su and se types, and 65°F for supersweets. Cold, wet soil is the number one',
    'cause of poor stands. A cheap soil thermometer pays for itself the first spring you use it.',
  ),
  j('If you are impatient, lay black plastic over the bed a week before planting to warm it, then plant through holes cut in the film.'),
];
const sBlock = [
  j(
    'Corn is wind-pollinated: pollen falls from the tassels onto the silks of neighboring plants. A single long row often gives',
    'half-filled ears, so plant in blocks of at least four short rows.',
  ),
];
const sBlockList = [
  'Sow seeds 1 inch deep and 8 inches apart in rows 30 inches apart.',
  'Keep supersweet varieties at least 25 feet away from other types, or plant them two weeks apart, to avoid starchy kernels.',
  'Sow a new block every two weeks until mid-June for a steady supply.',
];
const sFeed = [
  j(
    'Corn is a hungry crop. Work in two inches of compost before planting, then side-dress with a nitrogen fertilizer when plants are',
    'knee high. Water deeply once a week, especially from the time tassels appear until the ears are full; dry soil at silking is the',
    'usual cause of gaps in the ear.',
  ),
];
const sHarvest = [
  j(
    'Ears are ready about three weeks after the silks first appear. The silks will be brown and dry, and a kernel pierced with your',
    'thumbnail will squirt milky juice. If the juice is clear, wait a few days; if it is thick and doughy, you have waited too long.',
  ),
  'Pick in the cool of the morning and get the ears into the fridge quickly. Then put the water on to boil.',
];
const sAnn = 'Free shipping on seed orders over $40';
const sMenu = ['Vegetable Seeds', 'Flower Seeds', 'Herbs', 'Garden Supplies', 'Growing Guides', 'About Us'];
const sProducts: [string, string][] = [
  ['Lantern Gold Sweet Corn', '$4.25'],
  ['Northwind Bicolor Sweet Corn', '$4.95'],
  ['Sugar Ridge Supersweet Corn', '$5.45'],
  ['Glass Bead Popcorn', '$3.95'],
];
const sFootMenu = ['Search', 'Shipping Policy', 'Germination Guarantee', 'Wholesale', 'Contact'];
const sHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8">
<title>${sTitle} – Hollin Creek Seed Co.</title><meta name="description" content="Variety choice, planting dates and harvest tips for sweet corn.">
<meta property="og:site_name" content="Hollin Creek Seed Co."><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hollin-creek-seed.myshopify.com";Shopify.theme = {"name":"Dawn","id":1402};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"Nothing says high summer...",
"headline":"${sTitle}","author":{"@type":"Person","name":"June Okonkwo"},"datePublished":"2026-02-20T14:00:00Z"}</script>
</head><body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>${sAnn}</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><h2 class="header__heading">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hollin Creek Seed Co.</span></a></h2>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sMenu, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--main-article" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" style="padding-bottom: 50%;">
<img src="//hollincreek.example/cdn/shop/articles/sweet-corn.jpg" alt="Rows of sweet corn with tassels" width="1600" height="800"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-02-20T14:00:00Z">February 20, 2026</time></span>
<span class="caption-with-letter-spacing">By June Okonkwo</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button">
<button class="share-button__button hidden">Share</button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><input type="text" class="field__input" value="https://hollincreek.example/blogs/guides/sweet-corn" readonly>
<button class="share-button__copy">Copy link</button><span class="share-button__message hidden" role="status">Link copied!</span></div></details>
</share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps(sIntro)}
<h2>${sH[0]}</h2>
${ps(sType)}
<h2>${sH[1]}</h2>
${ps(sWhen)}
<h2>${sH[2]}</h2>
${ps(sBlock)}
<ul>${sBlockList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${sH[3]}</h2>
${ps(sFeed)}
<h2>${sH[4]}</h2>
${ps(sHarvest)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/guides/sweet-corn/comments" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" class="field__input">
<label class="field__label">Name</label></div></div><div class="field"><textarea name="comment[body]" class="text-area field__input"></textarea>
<label class="form__label field__label">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></div>
<div id="shopify-section-template--featured-collection" class="shopify-section section"><div class="collection page-width">
<div class="collection__title title-wrapper"><h2 class="title inline-richtext h2">Shop sweet corn seed</h2></div>
<slider-component class="slider-mobile-gutter"><ul class="grid product-grid contains-card--product grid--4-col-desktop" role="list">
${sProducts
  .map(
    ([n, pr]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard">
<div class="card__content"><h3 class="card__heading h5"><a href="/products/${n.toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${n}</a></h3>
<div class="price"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${pr} USD</span></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></slider-component><div class="center collection__view-all"><a href="/collections/corn" class="button">View all</a></div></div></div>
</main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootMenu, 'list-menu__item--link')}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Get planting reminders by email</h2>
<form class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><input type="email" class="field__input">
<label class="field__label">Email</label><button type="submit" class="newsletter-form__button field__button">Subscribe</button></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment">
<li class="list-payment__item"><svg aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Hollin Creek Seed Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div>
</footer></div></body></html>`;
const seedGuide: TestPage = {
  name: 'heldout240-shopify-dawn-seed-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sType, ...sWhen, ...sBlock, ...sBlockList, ...sFeed, ...sHarvest]),
  bylines: ['February 20, 2026', 'By June Okonkwo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', sAnn, 'Hollin Creek Seed Co.', ...sMenu, 'Log in', 'Cart', 'Share', 'Copy link', 'Link copied!', 'Back to blog', 'Leave a comment',
    'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Shop sweet corn seed', ...sProducts.map((p) => p[0]),
    'Regular price', ...sProducts.map((p) => `${p[1]} USD`), 'View all', 'Quick links', ...sFootMenu, 'Get planting reminders by email', 'Email',
    'Subscribe', 'Payment methods', 'Visa', '© 2026, Hollin Creek Seed Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT240_B: readonly TestPage[] = [seedGuide, coopNews];
