import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/**
 * Held-out batch 689, file b: an EV charger shop's comparison article on Shopify (Dawn theme, with comments and a product strip),
 * and a solar installer's "installation day" post on Squarespace 7.1.
 */
const sTitle = 'Voltlane Home 7, Pulsar Go or Oakcharge Duo? Our three home chargers compared';
const sBlocks: Block[] = [
  {
    p: [
      j(
        'We sell and fit three 7 kW home chargers, and the question we hear most on the phone is which one to choose. They all charge a',
        'car at the same speed, so the differences are in the cable, the app, solar matching and how they cope with a busy fuse board.',
      ),
    ],
  },
  {
    h: 'The three chargers side by side',
    th: ['', 'Voltlane Home 7', 'Pulsar Go', 'Oakcharge Duo'],
    rows: [
      ['Price fitted', '£899', '£1,049', '£1,329'],
      ['Cable', 'Tethered, 7.5 m', 'Untethered socket', 'Tethered, 5 m, plus socket'],
      ['Solar matching', 'No', 'Yes', 'Yes'],
      ['Load balancing', 'CT clamp included', 'CT clamp included', 'CT clamp and three-phase ready'],
      ['Warranty', '3 years', '5 years', '5 years'],
    ],
  },
  {
    h: 'Voltlane Home 7: the simple choice',
    p: [
      j(
        'If you have one car and a driveway, the Home 7 does the job for the least money. The cable stays plugged in, so you never dig it',
        'out of the boot in the rain, and the app lets you set a cheap overnight window in two taps. It has no solar mode, so it is not',
        'the one to pick if you have panels or plan to add them.',
      ),
    ],
  },
  {
    h: 'Pulsar Go: for solar homes',
    p: [
      j(
        'The Go can charge only from spare solar power, or mix solar and grid power when you need the car full by a set time. Its socket',
        'takes any Type 2 cable, which suits households with two different cars or anyone who wants a tidy wall. The downside is that',
        'you need to bring your own cable, and a good one costs around £150.',
      ),
    ],
  },
  {
    h: 'Oakcharge Duo: two cars, one charger',
    p: [
      j(
        'The Duo has a tethered cable and a socket, so two cars can charge at once, sharing the 7 kW between them. It is the only one of',
        'the three that can be moved to a three-phase supply later without changing the unit, which matters if you run a small business',
        'from home.',
      ),
    ],
  },
  {
    h: 'Which should you buy?',
    ul: [
      'One car, no solar panels: Voltlane Home 7.',
      'Solar panels now or in the next few years: Pulsar Go.',
      'Two electric cars, or a business at home: Oakcharge Duo.',
    ],
    p: [
      j(
        'Whichever you choose, our surveyor checks your supply and fuse board before the install date. About one home in ten needs a',
        'main fuse upgrade from the network operator first, which is free but can add three to six weeks.',
      ),
    ],
  },
];
const sNav = ['Home chargers', 'Workplace charging', 'Cables & accessories', 'Installation', 'Blog', 'Contact'];
const sProd = ['Voltlane Home 7 – fitted', 'Pulsar Go – fitted', 'Oakcharge Duo – fitted'];
const sPrices = ['£899.00 GBP', '£1,049.00 GBP', '£1,329.00 GBP'];
const sFoot = ['Search', 'Delivery and installation', 'Returns', 'Finance options', 'Privacy policy', 'Terms of service'];
const sCards = sProd
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/p${i}" class="full-unstyled-link">${t.replace('–', '&ndash;')}</a></h3>
<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${sPrices[i]}</span></div></div></div></div></div></div></div></li>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://voltlane.co.uk/blogs/news/home-chargers-compared"><title>${sTitle}
&ndash; Voltlane</title><meta property="og:site_name" content="Voltlane"><meta property="og:type" content="article">
<script src="//voltlane.co.uk/cdn/shop/t/12/assets/constants.js?v=58251544750838685771712345678" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "voltlane-uk.myshopify.com";Shopify.theme = {"name":"Dawn","id":161234567890,
"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//voltlane.co.uk/cdn/shop/t/12/assets/base.css?v=165191016556652226921712345678" rel="stylesheet" type="text/css" media="all">
<link href="//voltlane.co.uk/cdn/shop/t/12/assets/section-blog-post.css?v=66149373813016981561712345678" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18992817--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free site survey with every fitted charger</span></p></div></div></div></div>
<div id="shopify-section-sections--18992817--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span></span></summary>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Voltlane</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg
class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--19023--main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media"><img src="//voltlane.co.uk/cdn/shop/articles/chargers.jpg?v=1712"
alt="Three home chargers on a garage wall" width="1100" height="619"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-01-27T10:00:00Z">January 27, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Priya Okafor</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${render(sBlocks)}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--19023" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details id="Details-share-template--19023">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback
motion-reduce"><div class="field"><span id="ShareMessage-template--19023" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--19023" value="https://voltlane.co.uk/blogs/news/home-chargers-compared" readonly>
<label class="field__label" for="ShareUrl-template--19023">Link</label><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button>
</div></div></details></share-button></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-template--19023" class="page-width page-width--narrow">
<h2 id="Comments-heading">2 comments</h2><div class="article-template-comments"><article id="1293877" class="article-template__comments-comment">
<p>Does the Pulsar Go work with the Kestrel solar inverter we had fitted last year?</p><footer class="right"><span
class="circle-divider caption-with-letter-spacing">Martin H.</span><span class="caption-with-letter-spacing">February 2, 2026</span></footer></article>
<article id="1293901" class="article-template__comments-comment"><p>Hi Martin, yes it does. It reads the export from its own CT clamp, so it works with any
inverter. – Voltlane team</p><footer class="right"><span class="circle-divider caption-with-letter-spacing">Voltlane</span><span
class="caption-with-letter-spacing">February 3, 2026</span></footer></article></div>
<form method="post" action="/blogs/news/home-chargers-compared/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea id="CommentForm-body" name="comment[body]"
class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment
<span aria-hidden="true">*</span></label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are
published.</p><input type="submit" class="button" value="Post comment"></form></div></div>
<div class="element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div></article>
</section><section id="shopify-section-template--19023--featured" class="shopify-section section"><div class="color-scheme-1 gradient"><div
class="collection section-template--19023-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2
class="title inline-richtext h2">Fitted chargers</h2></div><slider-component class="slider-mobile-gutter page-width"><ul id="Slider-template--19023"
class="grid product-grid contains-card contains-card--product grid--3-col-desktop" role="list" aria-label="Slider">${sCards}</ul></slider-component>
<div class="center collection__view-all"><a href="/collections/home-chargers" class="button">View all</a></div></div></div></section></main>
<div id="shopify-section-sections--18992818--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot, '')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--18992818__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--18992818__footer">Email</label><button type="submit" class="newsletter-form__button
field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Voltlane</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<script src="//voltlane.co.uk/cdn/shop/t/12/assets/global.js?v=37284204640041572741712345678" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout689-shopify-charger-comparison',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: heads(sBlocks),
  body: bodyOf(sBlocks),
  bylines: ['January 27, 2026', 'by Priya Okafor', 'Martin H.', 'February 2, 2026', 'February 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free site survey with every fitted charger', ...sNav, 'Log in', 'Cart', 'Share',
    '2 comments', 'Does the Pulsar Go work with the Kestrel solar inverter we had fitted last year?',
    'Hi Martin, yes it does. It reads the export from its own CT clamp, so it works with any inverter. – Voltlane team',
    'Leave a comment', 'Name *', 'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Back to blog',
    'Fitted chargers', ...sProd, 'Regular price', ...sPrices, 'View all', 'Help', ...sFoot, 'Subscribe to our emails', 'Email', '© 2026, Voltlane',
    'Powered by Shopify',
  ],
};

export const HELDOUT689_B: readonly TestPage[] = [shopify];
