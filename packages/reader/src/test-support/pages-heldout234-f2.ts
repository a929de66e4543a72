import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 234, file f2: a tackle shop's weekly fishing report on Shopify with the Dawn theme (announcement bar,
 * header with menu drawer, search, account and cart, article template with date and author, rte content with a
 * conditions list, tags, share button, "Back to blog", comments form with moderation notice, newsletter block in the
 * footer, payment icons, policy links, cookie consent banner).
 */
const fsTitle = 'Fishing report, week of 30 November: cod arrive at Brinsley Point';
const fsP1 = [
  'The first decent codling of the winter have turned up along the rocks at Brinsley Point, a week or two later than last year. ' +
    'Regular customer Dougie Strand had four fish between 2 lb and 5 lb on Tuesday night on the flooding tide, all on lugworm ' +
    'and squid cocktails fished close in.',
  'Further along the coast, the beaches are still quiet. The big swell at the weekend coloured the water nicely, but most anglers ' +
    'reported whiting and small dogfish only.',
];
const fsH = ['Shore', 'Boat', 'Freshwater', 'Conditions this week'];
const fsShore = [
  'Brinsley Point remains the pick of the marks, two hours either side of high water after dark. Pulley pennel rigs with 4/0 ' +
    'hooks will handle the rough ground. Expect to lose a few leads.',
];
const fsBoat = [
  'The charter boats out of Eastcombe had a mixed week. The Sea Swallow found pollack and a few late bass on the inshore wrecks, ' +
    'but Thursday and Friday were lost to the wind.',
];
const fsFresh = [
  'The River Leddon is carrying colour but fishing well for grayling on the upper beat. Trotting red maggot under a stick float ' +
    'has been the method. Club members remind visitors that day tickets must be bought before fishing, here or online.',
];
const fsConditions = [
  'High water Saturday 06:12 and 18:40, springs peaking on Monday',
  'Sea temperature 11.5°C',
  'Wind easing to a light southwesterly by Sunday',
];
const fsClose = ['Fresh lug and black lug are in from Thursday. Pre-orders by phone are recommended for weekends. Tight lines!'];
const fsMenu = ['Sea Fishing', 'Coarse', 'Game', 'Bait', 'Clothing', 'Fishing Reports', 'Contact'];
const fsFoot = ['Search', 'Delivery', 'Returns', 'Opening hours', 'Terms of Service', 'Refund policy', 'Privacy policy'];
const fsHtml = `<!DOCTYPE html><html class="no-js" lang="en"><head><meta charset="utf-8"><title>${fsTitle} – Brinsley Bait &amp; Tackle</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Brinsley Bait &amp; Tackle">
<link href="//brinsleybait.co.uk/cdn/shop/t/4/assets/base.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org/",
"@type":"Article",
"articleBody":"The first decent codling...","headline":"${fsTitle}",
"author":{"@type":"Person","name":"Rob Tennant"},"datePublished":"2026-11-30T08:00:00Z"}</script>
<script src="//brinsleybait.co.uk/cdn/shop/t/4/assets/global.js" defer></script><script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5">Free UK delivery on orders over £50</p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper"><header class="header header--middle-left">
<header-drawer><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu" aria-label="Menu"></summary></details></header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link"><span class="h2">Brinsley Bait &amp; Tackle</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(fsMenu)}</ul></nav>
<div class="header__icons"><a href="/search" class="header__icon"><span class="visually-hidden">Search</span></a>
<a href="/account/login" class="header__icon"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main"><div id="shopify-section-template--main-article" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><header class="page-width page-width--narrow">
<h1 class="article-template__title" itemprop="headline">${fsTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-11-30T08:00:00Z">November 30, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Rob Tennant</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${fsP1.map((p) => `<p>${p}</p>`).join('')}
<h3>${fsH[0]}</h3><p>${fsShore[0]}</p><h3>${fsH[1]}</h3><p>${fsBoat[0]}</p><h3>${fsH[2]}</h3><p>${fsFresh[0]}</p>
<h3>${fsH[3]}</h3><ul>${fsConditions.map((c) => `<li>${c}</li>`).join('')}</ul><p>${fsClose[0]}</p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details>
<summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><button class="share-button__copy">Copy link</button>
<span class="share-button__message hidden" role="status">Link copied!</span></div></details></share-button></div>
<div class="article-template__tags page-width page-width--narrow"><span>Tags:</span><a href="/blogs/reports/tagged/cod">cod</a>
<a href="/blogs/reports/tagged/shore">shore</a><a href="/blogs/reports/tagged/grayling">grayling</a></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/reports" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" class="comment-form"><label for="CommentForm-author">Name</label><input id="CommentForm-author">
<label for="CommentForm-email">Email</label><input id="CommentForm-email">
<label for="CommentForm-body">Comment</label><textarea id="CommentForm-body"></textarea>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></div></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1"><div class="footer__content-top page-width">
<div class="footer-block"><h2 class="footer-block__heading">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(fsFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form><label for="NewsletterForm--footer">Email</label>
<input id="NewsletterForm--footer" type="email"></form></div></div>
<div class="footer__content-bottom"><ul class="list list-payment" role="list"><li class="list-payment__item"><span class="visually-hidden">Visa</span></li>
<li><span class="visually-hidden">Mastercard</span></li></ul>
<small class="copyright__content">© 2026, <a href="/">Brinsley Bait &amp; Tackle</a></small><small class="copyright__content">
<a href="https://www.shopify.com">Powered by Shopify</a></small></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog">
<p id="shopify-pc__banner__body-title">This website uses cookies to ensure you get the best experience on our website.</p>
<button id="shopify-pc__banner__btn-accept">Accept</button><button id="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button></div></body></html>`;

export const FISHING_PAGE: TestPage = {
  name: 'heldout234-shopify-tackle-fishing-report-news',
  kind: 'news',
  html: fsHtml,
  title: fsTitle,
  headings: fsH,
  body: texts([...fsP1, ...fsShore, ...fsBoat, ...fsFresh, ...fsConditions, ...fsClose]),
  bylines: ['November 30, 2026', 'by Rob Tennant'],
  // biome-ignore format: packed
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Brinsley Bait & Tackle', ...fsMenu, 'Log in', 'Cart', 'Share', 'Copy link',
    'Link copied!', 'Tags:', 'cod', 'grayling', 'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...fsFoot, 'Subscribe to our emails', 'Visa',
    'Mastercard', '© 2026, Brinsley Bait & Tackle', 'Powered by Shopify',
    'This website uses cookies to ensure you get the best experience on our website.', 'Accept', 'Decline', 'Manage preferences',
  ],
};
