import { links, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout674-kit.js';

/**
 * Held-out batch 674, file b: a knife maker's "About the maker" profile on Shopify (Dawn theme) with a product row and a
 * newsletter footer, and a bladesmithing forum thread on Discourse (the crawler view) with related topics.
 */
const shTitle = 'About the Maker';
const shBody = [
  j(
    'Ruth Ardell has made knives in the same stone outbuilding at Carrow Bridge since 2011. Before that she spent fourteen',
    'years as a farrier, which is where she learned to read the colour of hot steel and to respect a well-set anvil.',
  ),
  'From horseshoes to kitchen knives',
  j(
    'The first blade she made was a paring knife forged from a worn rasp, for her mother. It was too thick and the handle',
    'cracked within a year, but the edge held, and the questions it raised kept her in the forge long after the last shoe of the day.',
  ),
  j(
    'Today every Ardell knife is forged from 1.2519 or 26C3 carbon steel, hardened in a salt pot and tempered twice. Handles are',
    'made from bog oak, stabilised birch burr or Corian offcuts donated by a local kitchen fitter.',
  ),
  'How the work is done',
  j(
    'Ruth makes about 160 knives a year, alone. She does not take more than ten custom orders at a time, and she sharpens every',
    'knife by hand on stones before it leaves the workshop.',
  ),
  j(
    'Knives come with a lifetime sharpening service: send one back at any time, pay the postage, and it will be returned',
    'with a fresh edge within a fortnight.',
  ),
];
const shNav = ['Shop all', 'Kitchen', 'Outdoor', 'Custom orders', 'About the Maker', 'Journal'];
const shProducts = ['Gyuto 210 – Bog Oak', 'Petty 130 – Birch Burr', 'Bushcraft 100 – Walnut'];
const shPrices = ['£395.00 GBP', '£240.00 GBP', '£210.00 GBP'];
const shFoot = ['Search', 'Shipping & returns', 'Sharpening service', 'Contact', 'Privacy policy', 'Terms of service'];
const shHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://ardellblades.co.uk/pages/about">
<title>${shTitle} &ndash; Ardell Blades</title><meta name="description" content="Ruth Ardell has made knives at Carrow Bridge since 2011.">
<meta property="og:site_name" content="Ardell Blades"><meta property="og:type" content="website">
<script src="//ardellblades.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.shopUrl = 'https://ardellblades.co.uk'; window.routes = {cart_add_url: '/cart/add', cart_url: '/cart'};</script>
<script>var Shopify = Shopify || {}; Shopify.shop = "ardell-blades.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1414,"theme_store_id":887};</script>
<link href="//ardellblades.co.uk/cdn/shop/t/4/assets/base.css?v=1651" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--header__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Custom order book reopens 1 May</span></p></div></div></div></div>
<div id="shopify-section-sections--header__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ardell Blades</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${shNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span>
</a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1781__main" class="shopify-section section"><div class="page-width page-width--narrow
section-template--1781__main-padding">
<h1 class="main-page-title page-title h0">${shTitle}</h1>
<div class="rte">${ps([at(shBody, 0)])}
<h3>${at(shBody, 1)}</h3>${ps([at(shBody, 2), at(shBody, 3)])}
<p><img src="//ardellblades.co.uk/cdn/shop/files/forge.jpg?v=1" alt="Ruth at the anvil" width="1200" height="800"></p>
<h3>${at(shBody, 4)}</h3>${ps([at(shBody, 5), at(shBody, 6)])}
</div></div></section>
<section id="shopify-section-template--1781__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--1781__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin
page-width">
<h2 class="title inline-richtext h2">In stock now</h2></div><slider-component class="slider-mobile-gutter page-width">
<ul class="grid product-grid contains-card contains-card--product grid--3-col-desktop grid--2-col-tablet-down" role="list">
${shProducts
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${i}" class="full-unstyled-link">${t}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden
visually-hidden--inline">
Regular price</span><span class="price-item price-item--regular">${at(shPrices, i)}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></slider-component><div class="center collection__view-all"><a href="/collections/all" class="button">View all</a></div></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(shFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Ardell Blades</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a>
</small></div></div></footer>
<script src="//ardellblades.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout674-shopify-maker-profile',
  kind: 'blog',
  html: shHtml,
  title: shTitle,
  headings: [at(shBody, 1), at(shBody, 4)],
  body: shBody.filter((_, i) => i !== 1 && i !== 4),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Custom order book reopens 1 May', 'Ardell Blades', ...shNav.filter((t) => t !== shTitle), 'Log in', 'Cart', 'In stock now',
    ...shProducts, 'Regular price', ...shPrices, 'View all', 'Help', ...shFoot, 'Subscribe to our emails', 'Email', '© 2026, Ardell Blades',
    'Powered by Shopify',
  ],
};

const dTitle = 'Quench oil for 80CRV2 in a garage setup?';
const dPosts = [
  {
    user: 'hollis_forge',
    date: 'Mar 3, 2026, 6:14pm',
    paras: [
      j(
        'I have been heat treating 80CRV2 in warmed canola and getting inconsistent file tests near the tip. The spine is fine.',
        'I am using a two-brick forge and a magnet, no kiln yet.',
      ),
      'Is it worth buying a proper fast quenchant, or is my problem the forge rather than the oil?',
    ],
  },
  {
    user: 'J_Oberlin',
    date: 'Mar 3, 2026, 7:02pm',
    paras: [
      j(
        'Probably both. A thin tip overheats in a two-brick forge long before the ricasso gets there, so you are quenching',
        'coarse grain at the tip. Try a few normalising cycles first and bring the blade up slowly, tip out of the hot spot.',
      ),
      j(
        'That said, canola is slow for 80CRV2. A commercial fast oil warmed to about 50 °C made the biggest single difference in',
        'my shop, more than the kiln did.',
      ),
    ],
  },
  {
    user: 'hollis_forge',
    date: 'Mar 5, 2026, 9:30am',
    paras: [
      j(
        'Update: three normalising cycles and a slower heat fixed most of it. Ordered a gallon of fast oil anyway.',
        'Tips now skate the file the same as the spine. Thanks all.',
      ),
    ],
  },
];
const dRel = ['Salt pot vs. kiln for a first heat treat setup', 'Warping on thin 1084 blades after quench', 'Plate quench for AEB-L?'];
const dRelMeta = ['12', '1.4k', 'January 2026', '7', '903', 'December 2025', '21', '2.1k', 'February 2026'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (p: { user: string; date: string; paras: string[] }, n: number): string =>
  `<div id="post_${n}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="/t/quench-oil-for-80crv2-in-a-garage-setup/4410">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-03-03T18:14:00Z' class='post-time'>${p.date}</time>
<span itemprop='position'>${n}</span></span></div>
<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${n + 1}" /><span class='post-likes'>${n + 1} Likes</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Heat Treatment - Bladesmiths' Bench</title><meta name="description" content="I have been heat treating 80CRV2 in warmed canola">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.bladesmithsbench.org/t/quench-oil-for-80crv2-in-a-garage-setup/4410">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"hollis_forge"},"datePublished":"2026-03-03T18:14:00Z"}</script>
<link href="/stylesheets/desktop_3ab8.css" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Bladesmiths' Bench" id="site-logo" class="logo-big"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/quench-oil-for-80crv2-in-a-garage-setup/4410">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/heat-treatment/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #BF1E2E'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Heat Treatment</span>
</span></a><meta itemprop="position" content="1" /></span></div>
<div class="topic-list-tags"><a href='/tag/80crv2' class='discourse-tag' rel="tag">80crv2</a><a href='/tag/quench' class='discourse-tag'
rel="tag">quench</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${4300 + i}' class='title raw-link raw-topic-link'>${t}</a>
</span></td><td></td><td class="replies"><span class='posts' title='posts'>${at(dRelMeta, i * 3)}</span></td><td class="views"><span class='views'
title='views'>${at(dRelMeta, i * 3 + 1)}</span></td><td>${at(dRelMeta, i * 3 + 2)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span
itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer id='noscript-footer'><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout674-discourse-quench-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: [...new Set(dPosts.map((p) => p.user)), ...dPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heat Treatment', '1', '2', '3', '2 Likes', '3 Likes', '4 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRel, ...dRelMeta, ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT674_B: readonly TestPage[] = [shopify, discourse];
