import { links, ps, type TestPage, texts } from './page-kit.js';
import { waterstonesBlog } from './pages-heldout228-b2.js';

/**
 * Held-out batch 228, file b: a Glossier-style editorial post on a Shopify theme (announcement bar, Shopify section markup,
 * "Editorial" breadcrumb, author and date, numbered steps with h3s inside list items, product cards inside the article, a
 * "Shop the routine" add-to-bag block, a Klaviyo pop-up in the DOM, the footer) and, from file b2, a Waterstones-style blog post.
 */
const title = 'Skin in the cold: a dermatologist’s winter routine';
const dek = 'Dr. Amara Okafor on why your skin changes when the heating goes on, and the four steps she swears by until spring.';
const p1 = [
  'Every November, the same messages start arriving in our inbox: tight cheeks, flaky patches around the nose, a moisturiser that ' +
    'suddenly does not seem to do anything. We asked Dr. Amara Okafor, a consultant dermatologist in Leeds, what is going on.',
  '“Cold air holds less moisture, and central heating dries it out even more,” she says. “Your skin loses water faster than it can ' +
    'replace it, and the barrier that keeps irritants out starts to struggle.”',
];
const h1 = 'Why your skin behaves differently in winter';
const p2 = [
  'The outermost layer of skin works a bit like a brick wall, with cells as the bricks and fats as the mortar. When humidity drops, ' +
    'the mortar thins. That is why winter dryness often comes with stinging when you apply products that were fine in July.',
  'Okafor’s advice is to simplify rather than add. “Most people respond to dry skin by buying three new things,” ' +
    'she says. “Usually the answer is to stop doing two.”',
];
const h2 = 'Her four-step routine';
const steps = [
  {
    h: 'Cleanse gently, once a day',
    p: 'Use a cream or milk cleanser at night and just water in the morning. Foaming washes strip the fats you are trying to keep.',
  },
  { h: 'Apply a serum to damp skin', p: 'Humectants such as glycerin work best when there is water for them to hold on to. Pat it in before your face dries.' },
  {
    h: 'Seal with a richer moisturiser',
    p: 'Look for ceramides, squalane or shea. Swap your summer gel for a cream and use a little more than feels necessary.',
  },
  { h: 'Do not skip sunscreen', p: 'Winter sun is weaker but still ages skin, and low sun bouncing off wet roads or snow adds up. SPF 30 every morning.' },
];
const h3 = 'When to see someone';
const p3 = [
  'If dryness cracks or bleeds, itches at night, or does not improve after a fortnight of a simpler routine, Okafor recommends ' +
    'seeing a GP or pharmacist. Eczema often flares in winter and may need a prescription treatment.',
  '“Skincare can do a lot,” she says. “But it is not a substitute for treatment when the barrier is genuinely broken.”',
];
const note = 'This article is for general information and is not a substitute for medical advice.';
const announce = 'Free shipping on orders over £30';
const nav = ['Skincare', 'Makeup', 'Body', 'Fragrance', 'Sets', 'Editorial'];
const cards = [
  { name: 'Cloud Milk Cleanser', tag: 'Gentle cream cleanser', price: '£18.00' },
  { name: 'Dew Serum', tag: 'Glycerin + panthenol', price: '£24.00' },
  { name: 'Barrier Balm Cream', tag: 'Ceramide moisturiser', price: '£26.00' },
];
const more = ['The five-minute makeup bag, according to our team', 'What is niacinamide, really?', 'A short history of the lip balm'];
const popup = ['Get 10% off your first order', 'Join our list for launches, offers and editorial.', 'No thanks'];
const foot = ['Help', 'Shipping', 'Returns', 'Contact Us', 'Careers', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const card = (c: (typeof cards)[number]): string => `<div class="product-card" data-product-handle="${c.name.toLowerCase().replace(/ /g, '-')}">
<a href="/products/${c.price}" class="product-card__link"><img class="product-card__image" alt="" src="//cdn.shopify.example/files/${c.price}.jpg">
<p class="product-card__title">${c.name}</p><p class="product-card__tagline">${c.tag}</p></a><span class="price-item price-item--regular">${c.price}</span>
<form method="post" action="/cart/add"><button type="submit" name="add" class="button button--primary">Add to Bag</button></form></div>`;
const html = `<!doctype html>
<html class="js" lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Skin in the cold: a dermatologist’s winter routine – Petalhaus</title><meta name="description" content="${dek}">
<meta property="og:site_name" content="Petalhaus"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://uk.petalhaus.example/blogs/editorial/skin-in-the-cold">
<script>var Shopify = Shopify || {};Shopify.shop = "petalhaus-uk.myshopify.com";Shopify.theme = {"name":"petalhaus-2025","id":1370};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${title}",
"author":{"@type":"Person","name":"Lila Marchetti"},
"datePublished":"2025-11-12T09:00:00Z","publisher":{"@type":"Organization","name":"Petalhaus"}}</script>
<link href="//uk.petalhaus.example/cdn/shop/t/41/assets/base.css" rel="stylesheet"><script src="//static.klaviyo.example/onsite/js/klaviyo.js" async>
</script></head>
<body class="template-article"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message">${announce}</p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><header class="header"><a href="/" class="header__heading-link">
<span class="visually-hidden">Petalhaus</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(nav, 'header__menu-item')}</ul></nav><div class="header__icons"><a href="/search" class="header__icon header__icon--search">
<span class="visually-hidden">Search</span></a><a href="/account/login" class="header__icon"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Bag</span></a></div></header></div>
<main id="MainContent" class="content-for-layout" role="main"><div id="shopify-section-template--1776__main" class="shopify-section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<nav class="breadcrumbs" aria-label="breadcrumbs"><a href="/blogs/editorial">Editorial</a> / <span>Skin Health</span></nav>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${title}</h1>
<p class="article-template__dek">${dek}</p><span class="circle-divider caption-with-letter-spacing" itemprop="author">By Lila Marchetti</span>
<span class="caption-with-letter-spacing"><time datetime="2025-11-12T09:00:00Z">12 November 2025</time></span></header>
<div class="article-template__hero-container"><img class="article-template__hero-medium" alt="A jar of balm on a frosted windowsill"
src="//uk.petalhaus.example/cdn/shop/articles/winter.jpg"></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
<ol class="routine-steps">${steps.map((s) => `<li><h3>${s.h}</h3><p>${s.p}</p></li>`).join('\n')}</ol>
<div class="shop-the-routine"><h4>Shop the routine</h4><div class="product-grid">${cards.map(card).join('\n')}</div></div>
<h2>${h3}</h2>
${ps(p3)}
<p><em>${note}</em></p>
</div>
<div class="article-template__social-sharing page-width"><share-button class="share-button"><button class="share-button__button">
<span>Share</span></button><div class="share-button__fallback">
<input type="text" class="field__input" value="https://uk.petalhaus.example/blogs/editorial/skin-in-the-cold">
<button class="share-button__copy"><span class="visually-hidden">Copy link</span></button>
<span class="share-button__message hidden" role="status">Link copied!</span>
</div></share-button></div>
<div class="article-template__tags"><a href="/blogs/editorial/tagged/winter">Winter</a> <a href="/blogs/editorial/tagged/skin-health">Skin Health</a></div>
<div class="article-template__back"><a href="/blogs/editorial" class="article-template__link link">Back to blog</a></div>
</article></div>
<div id="shopify-section-template--1776__related" class="shopify-section"><section class="related-articles"><h2>More from Editorial</h2>
<ul>${links(more, 'blog__post')}</ul></section></div></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer"><ul class="footer-block__details-content list-unstyled">
${links(foot, 'list-menu__item')}</ul><small class="copyright__content">© 2025, Petalhaus</small></footer></div>
<div class="needsclick kl-private-reset-css-Xuajs1" role="dialog" aria-modal="true" style="display:none"><div class="klaviyo-form">
<h2>${popup[0]}</h2><p>${popup[1]}</p><input type="email" placeholder="Email"><button type="submit">Subscribe</button><button type="button">${popup[2]}</button>
</div></div></body></html>`;
const glossier: TestPage = {
  html,
  name: 'heldout228-glossier-editorial',
  kind: 'blog',
  // the dek and the closing medical note are body; step titles (h3 inside list items) are headings, their paragraphs body;
  // the "Shop the routine" cards, tags, related posts and the hidden Klaviyo pop-up are furniture
  title,
  headings: [h1, h2, ...steps.map((s) => s.h), h3],
  body: [dek, ...texts(p1), ...texts(p2), ...steps.map((s) => s.p), ...texts(p3), note],
  bylines: ['By Lila Marchetti', '12 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', announce, ...nav, 'Search', 'Log in', 'Bag', 'Skin Health', 'Shop the routine',
    ...cards.flatMap((c) => [c.name, c.tag, c.price]), 'Add to Bag', 'Share', 'Copy link', 'Link copied!', 'Back to blog',
    'More from Editorial', ...more, ...foot, '© 2025, Petalhaus', ...popup, 'Subscribe',
  ],
};

export const HELDOUT228_B: readonly TestPage[] = [glossier, waterstonesBlog];
