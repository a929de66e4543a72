import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout489-kit.js';

/**
 * Held-out batch 489, file c: an "Ask a pharmacist" question thread on a Discourse forum (its crawler view), and a
 * pharmacy-only medicine product page on a Shopify store (Dawn theme).
 */
const qTitle = 'Can I take ibuprofen while on sertraline?';
const qPosts = [
  {
    user: 'tamsin_r',
    date: 'Feb 11, 2026, 9:14pm',
    paras: [
      j(
        'I have been on sertraline 50mg for about four months. I have a bad back this week and the physio said to take ibuprofen',
        'for a few days. Is that safe together? My GP surgery is closed until Monday.',
      ),
    ],
  },
  {
    user: 'Farid_Pharmacist',
    date: 'Feb 11, 2026, 9:52pm',
    paras: [
      j(
        'Good question to ask. Sertraline and ibuprofen can both affect how your blood clots, and taken together they slightly raise',
        'the chance of bleeding, mostly from the stomach.',
      ),
      'For a short course of a few days most people can take them together, but I would suggest:',
    ],
    list: ['take the lowest dose that helps, with or after food', 'keep it to three to five days', 'try paracetamol first if it controls the pain'],
    after: j(
      'Stop and get help straight away if you notice black, sticky poo, vomit that looks like coffee grounds or unusual bruising.',
      'If you have had a stomach ulcer before, speak to a pharmacist in person before taking ibuprofen at all.',
    ),
  },
  {
    user: 'tamsin_r',
    date: 'Feb 12, 2026, 8:03am',
    paras: ['Thank you, that is really clear. I will try paracetamol first and keep the ibuprofen for the worst days.'],
  },
];
type QPost = { user: string; date: string; paras: string[]; list?: string[]; after?: string };
const postHtml = (p: QPost, n: number): string => `<div id="post_${n}" itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemscope
 itemtype="http://schema.org/${n === 1 ? 'Question' : 'Answer'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://community.askrowanpharmacy.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.askrowanpharmacy.org/t/ibuprofen-sertraline/4417">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-11T21:14:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${n}"><span itemprop="position">#${n}</span></span></div>
<div class="post" itemprop="text">${ps(p.paras)}${p.list ? `<ul>${lis(p.list)}</ul>` : ''}${p.after ? `<p>${p.after}</p>` : ''}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
 content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${n + 1}"><span class="post-likes">${n + 1} Likes</span></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${qTitle} - Ask a Pharmacist - Rowan Pharmacy Community</title><meta name="description" content="I have been on sertraline 50mg for about four months.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://community.askrowanpharmacy.org/t/ibuprofen-sertraline/4417">
<link href="/stylesheets/desktop_9a1e.css?__ws=community.askrowanpharmacy.org" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-4c7e.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${qTitle}","mainEntity":{"@type":"Question",
"name":"${qTitle}","answerCount":2,"author":{"@type":"Person","name":"tamsin_r"}}}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div>
<a href="/"><img src="/uploads/default/original/1X/rowan-logo.png" alt="Rowan Pharmacy Community" id="site-logo"></a></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/ibuprofen-sertraline/4417">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
 itemtype="http://schema.org/ListItem"><a href="/c/ask-a-pharmacist/5" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category-bg" style="background-color: #2E7D6B"></span><span class="badge-category clear-badge"><span class="category-name"
 itemprop="name">Ask a Pharmacist</span></span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-tags"><a href="/tag/pain-relief" class="discourse-tag">pain-relief</a>
<a href="/tag/antidepressants" class="discourse-tag">antidepressants</a></div></div>
${qPosts.map((p, i) => postHtml(p, i + 1)).join('\n')}
<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" class="topic-body crawler-post">
<span itemprop="name"><b><a rel="next" itemprop="url" href="/t/ibuprofen-sertraline/4417?page=2">next page →</a></b></span></div>
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
<tr><td><a href="/t/naproxen-and-citalopram/3980" class="title raw-link raw-topic-link">Naproxen and citalopram together?</a></td><td>4</td><td>612</td>
<td>Nov 2025</td></tr><tr><td><a href="/t/co-codamol-after-dental-work/4102" class="title raw-link raw-topic-link">Co-codamol after dental work</a></td>
<td>2</td>
<td>388</td><td>Jan 2026</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li><li><span itemprop="name"><a href="/tos" itemprop="url">Terms of
 Service </a></span></li><li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div class="buorg" hidden>Your browser is out of date.</div></body></html>`;
const askPharmacist: TestPage = {
  name: 'heldout489-discourse-ask-pharmacist',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p: QPost) => [...p.paras, ...(p.list ?? []), ...(p.after ? [p.after] : [])])),
  bylines: ['tamsin_r', 'Farid_Pharmacist', ...qPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ask a Pharmacist', 'pain-relief', 'antidepressants', '#1', '#2', '#3', '2 Likes', '3 Likes', '4 Likes', 'next page →', 'Related topics',
    'Naproxen and citalopram together?', 'Co-codamol after dental work', '4', '612', '2', '388', 'Nov 2025', 'Jan 2026', 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const sTitle = 'Cetirizine Hayfever Relief 10mg Tablets – 30 pack';
const sDesc = [
  j(
    'Cetirizine is a non-drowsy antihistamine that relieves the symptoms of hay fever and other allergies, such as sneezing, an itchy',
    'or runny nose and itchy, watery eyes. One tablet works for 24 hours.',
  ),
  'This is a pharmacy medicine. Our pharmacist will check your answers to a few short questions before your order is sent.',
];
const sDose = ['Adults and children aged 12 and over: one tablet a day.', 'Do not take more than one tablet in 24 hours.', 'Not for children under 12.'];
const sWarn = j(
  'Do not take if you are allergic to cetirizine or hydroxyzine, or have severe kidney disease. Ask your pharmacist before use if',
  'you are pregnant or breastfeeding. Always read the leaflet.',
);
const sIngr = 'Each tablet contains cetirizine dihydrochloride 10mg. Also contains lactose.';
const sHeads = ['Description', 'Directions', 'Warnings', 'Ingredients'];
const sNav = ['Shop by condition', 'Allergy & Hay Fever', 'Pain Relief', 'Skin Care', 'Travel Health', 'Offers'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${sTitle} &ndash; Linwood Online Pharmacy</title><link rel="canonical" href="https://linwoodpharmacy.co.uk/products/cetirizine-10mg-30">
<meta property="og:type" content="product"><meta property="og:price:amount" content="3.49"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "linwood-pharmacy.myshopify.com";Shopify.theme = {"name":"Dawn","id":1419};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"3.49",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//linwoodpharmacy.co.uk/cdn/shop/t/4/assets/base.css?v=1447" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free tracked delivery on orders over £25</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Linwood Online Pharmacy</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-label="Search">
<span class="visually-hidden">Search</span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<section class="page-width section-template--main-padding"><div class="product product--large product--left grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery" role="region" aria-label="Gallery Viewer"><ul class="product__media-list">
<li class="product__media-item"><div class="product-media-container media-type-image"><img src="//linwoodpharmacy.co.uk/cdn/shop/products/cetirizine30.jpg?v=1"
 alt="${sTitle}" width="1100" height="1100"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Linwood Pharmacy</p><div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£3.49 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity</span>
</button><input class="quantity__input" type="number" name="quantity" value="1" min="1" max="2"><button class="quantity__button no-js-hidden" name="plus"
 type="button"><span class="visually-hidden">Increase quantity</span></button></quantity-input></div>
<p class="pharmacy-limit">Maximum 2 packs per order.</p>
<product-form class="product-form"><form method="post" action="/cart/add" class="form" enctype="multipart/form-data"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button></div></form>
</product-form>
<div class="product__description rte quick-add-hidden"><h2>${sHeads[0]}</h2>${ps(sDesc)}</div>
${[1, 2, 3]
  .map(
    (i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${i}"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">${sHeads[i]}</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${i}">${i === 1 ? `<ul>${lis(sDose)}</ul>` : `<p>${i === 2 ? sWarn : sIngr}</p>`}</div>
</details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details>
<summary class="share-button__button">Share</summary></details></share-button></section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
<li class="grid__item"><div class="card__information"><h3 class="card__heading h5"><a href="/products/loratadine-10mg-30" class="full-unstyled-link">Loratadine
 10mg Tablets – 30 pack</a></h3><div class="price"><span class="price-item price-item--regular">£2.99 GBP</span></div></div></li>
<li class="grid__item"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/beclometasone-nasal-spray" class="full-unstyled-link">Beclometasone
 Nasal Spray</a></h3><div class="price"><span class="price-item price-item--regular">£6.25 GBP</span></div></div></li></ul></product-recommendations>
</section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width">
<div class="footer-block__details-content rte"><p>Linwood Pharmacy Ltd, 9 Bridge Row, Linwood LW2 8DN. Superintendent pharmacist: Agnieszka Thorne.</p></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form class="newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
 for="NewsletterForm--footer">Email</label></div></form></div></div><div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Linwood Online Pharmacy</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script src="//linwoodpharmacy.co.uk/cdn/shop/t/4/assets/global.js?v=1613" defer="defer"></script></body></html>`;
const shopifyProduct: TestPage = {
  name: 'heldout489-shopify-medicine-product',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sDesc, ...sDose, sWarn, sIngr]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free tracked delivery on orders over £25', 'Linwood Online Pharmacy', ...sNav, 'Search', 'Log in', 'Cart', 'Linwood Pharmacy',
    'Regular price', '£3.49 GBP', 'Tax included.', 'Quantity', 'Decrease quantity', 'Increase quantity', 'Maximum 2 packs per order.', 'Add to cart',
    'Share', 'You may also like', 'Loratadine 10mg Tablets – 30 pack', '£2.99 GBP', 'Beclometasone Nasal Spray', '£6.25 GBP',
    'Linwood Pharmacy Ltd, 9 Bridge Row, Linwood LW2 8DN. Superintendent pharmacist: Agnieszka Thorne.', 'Subscribe to our emails', 'Email',
    '© 2026, Linwood Online Pharmacy', 'Powered by Shopify',
  ],
};

export const HELDOUT489_C: readonly TestPage[] = [askPharmacist, shopifyProduct];
