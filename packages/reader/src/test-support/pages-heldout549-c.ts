import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout549-kit.js';

/**
 * Held-out batch 549, file c: a reactive-dog workshop sold as a product on Shopify (Dawn theme) and a trainer's blog post on
 * Ghost (Casper theme) with a members signup box.
 */
const pTitle = 'Calm Around Dogs: Reactive Dog Workshop (Online)';
const pDesc = [
  j(
    'A four-week online workshop for owners of dogs who bark, lunge or freeze when they see other dogs on walks. Live sessions',
    'run on Tuesday evenings over Zoom, with recordings sent the next morning.',
  ),
  'Each week includes:',
];
const pList = [
  'a 60-minute live session with trainer Delphine Aubrac',
  'a short video demonstrating that week&rsquo;s exercise',
  'a walk log template to track distance and recovery time',
];
const pAfter = j(
  'This workshop is for owners, not dogs: please attend without your dog so you can take notes. It is not a replacement for',
  'one-to-one help if your dog has bitten another dog or a person.',
);
const pNav = ['Shop all', 'Workshops', 'Treat pouches', 'Long lines', 'Gift cards'];
const pFoot = ['Search', 'Shipping policy', 'Refund policy', 'Contact information'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://shop.leadandlantern.com/products/calm-around-dogs-workshop"><title>${pTitle} &ndash; Lead &amp; Lantern</title>
<meta name="description" content="A four-week online workshop for owners of dogs who bark, lunge or freeze when they see other dogs on walks.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="89.00"><meta property="og:price:currency" content="USD">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "lead-and-lantern.myshopify.com";Shopify.theme = {"name":"Dawn","id":1402,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"89.00",
"priceCurrency":"USD"}]}</script>
<link href="//shop.leadandlantern.com/cdn/shop/t/3/assets/base.css?v=8807" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free shipping on orders over $50</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Lead &amp; Lantern</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<section id="MainProduct-template--main" class="page-width section-template--main-padding" data-section="template--main">
<div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky" aria-label="Gallery Viewer"><div id="GalleryStatus-template--main"
class="visually-hidden" role="status"></div><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings">
<img src="//shop.leadandlantern.com/cdn/shop/files/workshop.jpg?v=1702" alt="Dog watching another dog from a distance"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Lead &amp; Lantern Training</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/calm-around-dogs-workshop" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$89.00 USD</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input"><legend class="form__label">Start date</legend>
<input type="radio" id="opt-1" name="Start date" value="Tue 12 January" checked><label for="opt-1">Tue 12 January</label>
<input type="radio" id="opt-2" name="Start date" value="Tue 2 March"><label for="opt-2">Tue 2 March</label></fieldset></variant-selects>
<product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div>
</div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}<ul>${lis(pList)}</ul><p>${pAfter}</p></div>
<details id="Details-collapsible-row" class="product__accordion accordion quick-add-hidden"><summary><div class="summary__title">
<h2 class="h4 accordion__title">
Refunds</h2></div></summary><div class="accordion__content rte"><p>Full refund up to seven days before the first session.</p></div></details>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button></section></div></div></section></section>
<section class="shopify-section section"><div class="product-recommendations page-width"><h2 class="product-recommendations__heading h2">You may also like</h2>
<ul class="grid product-grid" role="list"><li class="grid__item"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/treat-pouch">Waxed Treat Pouch</a></h3>
<span class="price-item price-item--regular">$24.00 USD</span></div></li></ul></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
</div></form></div><ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Lead &amp; Lantern</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></footer>
<script src="//shop.leadandlantern.com/cdn/shop/t/3/assets/product-info.js?v=1933" defer="defer"></script></body></html>`;
const shopify: TestPage = finish({
  name: 'heldout549-shopify-workshop',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pDesc, ...pList, pAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on orders over $50', 'Lead & Lantern', ...pNav, 'Log in', 'Cart', 'Lead & Lantern Training', 'Regular price',
    '$89.00 USD', 'Tax included.', 'Start date', 'Tue 12 January', 'Tue 2 March', 'Add to cart', 'Buy it now', 'Refunds',
    'Full refund up to seven days before the first session.', 'Share', 'You may also like', 'Waxed Treat Pouch', '$24.00 USD', 'Subscribe to our emails',
    'Email', ...pFoot, '© 2026,', 'Powered by Shopify',
  ],
});

const gTitle = 'Why I stopped saying "no" to my dogs';
const gDek = 'A cue that means "stop whatever you are doing" is harder to teach than it sounds. Here is what I use instead.';
const gParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'For years, "no" was the most used word in my house. The collies heard it when they barked at the post van, when they',
        'nosed the bin, when they jumped at the back door. And for years, it did almost nothing.',
      ),
      j(
        'The problem is that "no" tells a dog what not to do without telling it what to do instead. A dog that stops barking',
        'at the van still needs something to do with all that energy, and it will usually pick the barking again.',
      ),
    ],
  ],
  [
    'Swap the word for a job',
    [
      j(
        'These days, each of the old "no" moments has a job attached. When the van comes, the job is to go to the kitchen mat,',
        'where a handful of kibble lands. When someone is at the door, the job is to bring me a toy.',
      ),
      j(
        'It took about three weeks of practice at quiet times before the jobs held up when it mattered. That is normal. You are',
        'building a habit strong enough to beat the one that is already there.',
      ),
    ],
  ],
  [
    'What about emergencies?',
    [
      j(
        'I still have an interrupter for the moments when there is no time to think: a bright "hey!" that means turn to me and',
        'there will be cheese. It gets paid every single time, which is why it works, and why I use it sparingly.',
      ),
    ],
  ],
];
const gBody = gParts.flatMap(([, p]) => p);
const gNav = ['Home', 'Training notes', 'Courses', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle.replace(/"/g, '&quot;')}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://notes.whistlecroft.dog/assets/built/screen.css?v=b2a1">
<meta name="description" content="${gDek.replace(/"/g, '&quot;')}"><link rel="canonical" href="https://notes.whistlecroft.dog/why-i-stopped-saying-no/">
<meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Whistlecroft Training Notes"},"author":{"@type":"Person","name":"Ailsa Brennock"},"datePublished":"2026-10-04T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notes.whistlecroft.dog/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-training-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://notes.whistlecroft.dog">
Whistlecroft Training Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-training-notes">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/training-notes/">Training notes</a></section>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ailsa/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/ailsa.jpg" alt="Ailsa Brennock"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ailsa/">Ailsa Brennock</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-04">Oct 4, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div><figure class="article-image"><img src="/content/images/size/w1200/collies-mat.jpg" alt="Two collies lying on a kitchen mat">
<figcaption>Bran and Moss, mid-job.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gParts.map(([h, p]) => (h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>`) + ps(p)).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🐾</div><div class="kg-callout-text">This post first went out to
newsletter subscribers. <a href="#/portal/signup">Subscribe</a> to get the next one.</div></div>
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link"
href="/the-mat-is-magic/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Training notes</span></div>
<h2 class="post-card-title">The mat is magic</h2></header><div class="post-card-excerpt">Teaching a settle that survives a doorbell.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-12">Sep 12, 2026</time><span class="post-card-meta-length">4 min read</span>
</footer></div></article></div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notes.whistlecroft.dog">Whistlecroft Training Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="https://notes.whistlecroft.dog/assets/built/casper.js?v=b2a1"></script></body></html>`;
const ghost: TestPage = finish({
  name: 'heldout549-ghost-casper-no-cue',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.map(([h]) => h).filter((h) => h !== ''),
  body: [gDek, ...gBody],
  bylines: ['Ailsa Brennock', 'Oct 4, 2026', 'Sep 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Whistlecroft Training Notes', ...gNav, 'Sign in', 'Subscribe', 'Training notes', '•', '3 min read', 'Bran and Moss, mid-job.',
    'This post first went out to newsletter subscribers. Subscribe to get the next one.', 'Sign up for more like this.', 'Enter your email',
    'The mat is magic', 'Teaching a settle that survives a doorbell.', '4 min read', '© 2026', 'Sign up', 'Powered by Ghost',
  ],
});

export const HELDOUT549_C: readonly TestPage[] = [shopify, ghost];
