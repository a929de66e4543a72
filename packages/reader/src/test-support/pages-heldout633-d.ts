import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout633-kit.js';

/**
 * Held-out batch 633, file d: a property photography pricing page built with Webflow, and a jewellery product photography
 * post on a Shopify store blog (Dawn theme).
 */
const fTitle = 'Property Photography Packages';
const fDek = 'Bright, true-to-life photographs that help homes sell faster. Same-day edits available across Wessex.';
const fCards: [string, string, string[]][] = [
  ['Essentials', '£145', ['Up to 20 edited interior and exterior photos', 'Floor plan sketch', 'Delivery within 24 hours']],
  ['Signature', '£245', ['Up to 35 edited photos', 'Eight aerial drone photos', 'Twilight exterior shot', 'Delivery within 24 hours']],
  ['Premium', '£395', ['Everything in Signature', 'Two-minute walkthrough video', 'Measured floor plan with room sizes']],
];
const fNotes = [
  'Good to know',
  j(
    'Prices cover properties up to four bedrooms within 25 miles of Salisbury. Larger homes and travel beyond that are quoted',
    'separately. Drone photography is weather permitting; if we cannot fly, we return free of charge within seven days.',
  ),
  j('We ask agents to have the property cleared and lights on before we arrive. A typical four-bedroom house takes about ninety', 'minutes to photograph.'),
];
const fNav = ['Work', 'Pricing', 'For Agents', 'About', 'Book Now'];
const fFoot = ['Instagram', 'LinkedIn', 'Privacy'];
const fCardHtml = ([name, price, items]: [string, string, string[]]): string => `<div class="pricing-card w-inline-block">
<div class="pricing-card-top"><h3 class="heading-3 pricing-name">${name}</h3><div class="price-text">${price}</div></div>
<ul role="list" class="pricing-list w-list-unstyled">${lis(items, 'pricing-list-item')}</ul>
<a href="/book-now" class="button-secondary w-button">Choose ${name}</a></div>`;
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Apr 16 2024 08:41:12 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.brightkeyphoto.co.uk" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a30"><head><meta charset="utf-8">
<title>Pricing | Brightkey Property Photography</title><meta content="Clear, fixed prices for property photography, drone and video." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/css/brightkey.webflow.shared.4c1b0e.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div class="page-wrapper"><div class="global-styles w-embed"><style>.pricing-card{border-radius:12px}</style></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container-nav">
<a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/brightkey-logo.svg" loading="lazy" alt=""
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-hero-pricing"><div class="padding-global"><div class="container-large"><div class="hero-pricing-content">
<h1 class="heading-1">${fTitle}</h1><p class="text-size-large">${fDek}</p></div></div></div></section>
<section class="section-pricing"><div class="padding-global"><div class="container-large"><div class="w-layout-grid pricing-grid">
${fCards.map(fCardHtml).join('\n')}
</div></div></div></section>
<section class="section-notes"><div class="padding-global"><div class="container-small"><div class="rich-text w-richtext">
<h2>${fNotes[0]}</h2>${ps(fNotes.slice(1))}</div></div></div></section>
<section class="section-cta"><div class="padding-global"><div class="cta-wrapper"><h2 class="heading-2">Listing going live this week?</h2>
<a href="/book-now" class="button w-button">Book a Shoot</a></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="footer-grid"><div class="footer-text">Brightkey Property Photography, Salisbury</div>
<div class="footer-links">${fFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copy">© 2024 Brightkey. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f708192a30" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/js/webflow.1e2d3c.js" type="text/javascript"></script></body></html>`;
const webflowProperty: TestPage = {
  name: 'heldout633-webflow-property-pricing',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fCards.map(([n]) => n), fNotes[0] ?? ''],
  body: texts([fDek, ...fCards.flatMap(([, price, items]) => [price, ...items]), ...fNotes.slice(1)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Pricing'), 'Pricing', ...fCards.map(([n]) => `Choose ${n}`), 'Listing going live this week?', 'Book a Shoot',
    'Brightkey Property Photography, Salisbury', ...fFoot, '© 2024 Brightkey. All rights reserved.',
  ],
};

const pTitle = 'How we photograph rings without a single reflection of the camera';
const pBody = [
  j(
    'Customers often ask how the rings in our shop look so clean. The honest answer is a lot of white card, a little black card and',
    'more patience than any other subject in the studio. Here is the setup Ffion uses for every ring in the Saltmarsh collection.',
  ),
  'The tent',
  j(
    'Each ring sits inside a light tent made from tracing paper stretched over a wooden frame, lit from both sides by two LED panels.',
    'The camera looks in through a slit just big enough for the lens, so the polished band reflects only white paper.',
  ),
  'Black cards for shape',
  j(
    'A band lit only with white looks flat. Two thin strips of black card, held just out of frame, put a dark line down each side of',
    'the ring and give it its shape. Moving them a few millimetres changes the whole photograph.',
  ),
  'Focus stacking',
  j(
    'At close range only a sliver of the ring is sharp at once, so each product shot is made from twelve to twenty frames focused at',
    'different depths and merged in software. It takes a few minutes per ring and saves a lot of disappointed returns.',
  ),
];
const pHeadIdx = [1, 3, 5];
const pNav = ['Shop all', 'Rings', 'Earrings', 'Journal', 'About'];
const pFoot = ['Search', 'Shipping & returns', 'Ring sizing', 'Contact'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://saltmarshsilver.com/blogs/journal/how-we-photograph-rings"><title>${pTitle} &ndash; Saltmarsh Silver</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Saltmarsh Silver">
<script>var Shopify = Shopify || {};Shopify.shop = "saltmarsh-silver.myshopify.com";Shopify.theme = {"name":"Dawn","id":139842011227,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article",
"articleBody":"Customers often ask how the rings in our shop look so clean.",
"headline":"${pTitle}","author":{"@type":"Person","name":"Ffion Maddox"},"datePublished":"2024-03-21T10:00:00Z"}</script>
<link href="//saltmarshsilver.com/cdn/shop/t/4/assets/base.css?v=12983" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1723__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--1723__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper color-scheme-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Saltmarsh Silver</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1731__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img srcset="//saltmarshsilver.com/cdn/shop/articles/ring-tent.jpg?v=1711015200&amp;width=1100 1100w" alt="Ring in a light tent"
width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2024-03-21T10:00:00Z">March 21, 2024</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Ffion Maddox</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${pBody[0]}</p>
${pHeadIdx.map((h) => `<h2>${pBody[h]}</h2>\n<p>${pBody[h + 1]}</p>`).join('\n')}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--1731__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" value="https://saltmarshsilver.com/blogs/journal/how-we-photograph-rings" readonly>
<label class="field__label" for="url">Link</label></div></div></details></share-button></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1724__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2024, <a href="/">Saltmarsh Silver</a>
</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<script src="//saltmarshsilver.com/cdn/shop/t/4/assets/global.js?v=8429" defer="defer"></script></body></html>`;
const shopifyRings: TestPage = {
  name: 'heldout633-shopify-ring-photography',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeadIdx.map((i) => pBody[i] ?? ''),
  body: texts(pBody.filter((_, i) => !pHeadIdx.includes(i))),
  bylines: ['March 21, 2024', 'by Ffion Maddox'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Saltmarsh Silver', ...pNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog', 'Quick links',
    ...pFoot, 'Subscribe to our emails', 'Email', '© 2024, Saltmarsh Silver', 'Powered by Shopify',
  ],
};

export const HELDOUT633_D: readonly TestPage[] = [webflowProperty, shopifyRings];
