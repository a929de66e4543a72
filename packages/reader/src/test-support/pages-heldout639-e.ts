import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file e: a fairground engineers' forum thread on Discourse (the server-rendered crawler view) with a
 * related-topics table, and a puppet theatre shop's marionette kit page on Shopify (Dawn) with accordion tabs.
 */
const dTitle = 'Waltzer centre bearing: grease or oil bath?';
/** Posts: username, full name, date, paragraphs, likes. */
const dPosts: readonly (readonly [string, string, string, readonly string[], string])[] = [
  [
    'joss_tanner',
    'Joss Tanner',
    'March 3, 2027, 9:14pm',
    [
      j(
        'Our 1968 Waltzer is coming out of winter quarters next week and the centre bearing is making a low grumble when the platform',
        'is turned by hand. It has always been greased through the two nipples on the centre casting.',
      ),
      j(
        'A chap at the Easter fair last year told me the later machines were converted to an oil bath and never looked back. Has',
        'anyone here done the conversion, and is it worth the trouble on an old machine?',
      ),
    ],
    '2 Likes',
  ],
  [
    'maud.hesketh',
    'Maud Hesketh',
    'March 3, 2027, 10:02pm',
    [
      j(
        'We converted ours in 2015. It is not a big job if the casting is sound, but you need a new seal at the bottom and you have',
        'to be sure the drain plug is reachable with the centre truck in place.',
      ),
      j(
        'Before anything else, get the old grease out and look at the race. A grumble usually means the grease has dried into a crust,',
        'not that the bearing is gone.',
      ),
    ],
    '5 Likes',
  ],
  [
    'old_arnie',
    'Arnold Pike',
    'March 4, 2027, 7:40am',
    [
      j(
        'Agree with Maud. Clean it out with paraffin, turn it by hand and listen again. If the grumble goes, stay with grease and',
        'give it a pump every build-up rather than once a season.',
      ),
      'If you do go to oil, write the level check into your daily inspection sheet. The inspector will ask.',
    ],
    '3 Likes',
  ],
  [
    'joss_tanner',
    'Joss Tanner',
    'March 9, 2027, 6:55pm',
    ['Cleaned it out at the weekend. Crusty old grease, as you said, and a perfect race underneath. Quiet as a mouse now. Thanks both.'],
    '1 Like',
  ],
];
const dRel = [
  ['Gallopers crank rods: bronze or nylon bushes?', '7', '412', 'Jan 2027'],
  ['Generator earthing on soft ground', '12', '890', 'Feb 2027'],
  ['Inspection sheet templates for small rides', '4', '233', 'Dec 2026'],
];
const dPost = (
  [user, name, date, paras, likes]: (typeof dPosts)[number],
  i: number,
): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator"
itemprop="author"
itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.fairgroundengineers.org/u/${user}"><span itemprop="name">${user}</span></a>
(${name})</span><link itemprop="mainEntityOfPage" href="https://forum.fairgroundengineers.org/t/waltzer-centre-bearing-grease-or-oil-bath/1184">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-03-0${i + 3}T21:14:00Z" class="post-time">${date}</time>
<meta itemprop="dateModified" content="2027-03-03T21:14:00Z"><span itemprop="position">#${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(paras)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}">
<span class="post-likes">${likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Rides &amp; Maintenance -
Fairground Engineers Forum</title><meta name="description" content="Our 1968 Waltzer is coming out of winter quarters next week">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.fairgroundengineers.org/t/waltzer-centre-bearing-grease-or-oil-bath/1184">
<link href="/stylesheets/desktop_theme_3_f1a2.css?__ws=forum.fairgroundengineers.org" media="all" rel="stylesheet" data-target="desktop_theme">
<meta property="og:site_name" content="Fairground Engineers Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.fairgroundengineers.org","potentialAction":
{"@type":"SearchAction","target":"https://forum.fairgroundengineers.org/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
</head><body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><a href="/">
<img src="/uploads/default/original/1X/feforum-logo.png" alt="Fairground Engineers Forum" id="site-logo"
style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/waltzer-centre-bearing-grease-or-oil-bath/1184">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/rides-maintenance/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #C0392B"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Rides &amp; Maintenance</span></span></a><meta itemprop="position"
content="1">
</span></div><div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/waltzer" class="discourse-tag" rel="tag">waltzer</a>,
<a href="/tag/bearings" class="discourse-tag" rel="tag">bearings</a></div></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></span></td>
<td></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views"
title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${t.length}" itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer><footer class="container wrap"><div class="footer-links"><p class="powered-by-link">Powered by
<a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout639-waltzer-bearing-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...p[3]]),
  bylines: [...new Set(dPosts.flatMap((p) => [p[0], `(${p[1]})`, p[2]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rides & Maintenance', 'bearings', ...dPosts.map((_, i) => `#${i + 1}`), ...new Set(dPosts.map((p) => p[4])), 'Related topics',
    ...dRel.flatMap((r) => r), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const sTitle = 'Make Your Own Marionette Kit';
const sBody = [
  j(
    'Everything you need to build a 40 cm string marionette at home, designed by the puppet makers at the Lantern Box. The pieces',
    'are pre-cut from birch ply and lime wood, so there is no carving, just sanding, gluing, painting and stringing.',
  ),
  j(
    'Most families finish their puppet over two or three afternoons. The illustrated booklet takes you step by step from the first',
    'joint to your first walk across the kitchen table.',
  ),
];
const sTabs: readonly (readonly [string, readonly string[]])[] = [
  [
    'What’s in the box',
    [
      'Pre-cut head, body and limb pieces',
      'Wooden control bar with pre-drilled holes',
      '10 metres of black braided puppet thread',
      'Screw eyes, pins and wood glue',
      'Six pots of water-based paint and two brushes',
      'A 24-page illustrated booklet',
    ],
  ],
  ['Age and safety', ['Recommended for ages 8 and up with adult help. Contains small parts and sharp pins, not suitable for children under 3.']],
  ['Delivery and returns', ['Sent within two working days by Royal Mail Tracked 48. Unopened kits can be returned within 30 days for a full refund.']],
];
const sNav = ['Shop all', 'Kits', 'Books', 'Gift vouchers', 'Theatre'];
const sRecs = [
  ['Shadow Puppet Starter Set', '£12.00 GBP'],
  ['Puppet Theatre Gift Voucher', 'From £10.00 GBP'],
  ['Stringing Thread, 3 Pack', '£6.50 GBP'],
];
const sFoot = ['Search', 'Contact', 'Shipping policy', 'Refund policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://shop.lanternboxpuppets.org.uk/products/make-your-own-marionette-kit"><title>${sTitle} &ndash; Lantern Box Shop</title>
<meta name="description" content="Everything you need to build a 40 cm string marionette at home."><meta property="og:type" content="product">
<meta property="og:price:amount" content="28.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "lantern-box-shop.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141223002275,"schema_name":"Dawn","schema_version":"12.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"28.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Lantern Box Workshop"}}</script>
<link href="//shop.lanternboxpuppets.org.uk/cdn/shop/t/3/assets/base.css?v=153416932164887419091697110520" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar
color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"
aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Lantern Box Shop</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.length}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"
aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<section id="MainProduct-template--main" class="page-width section-template--main-padding" data-section="template--main"><div class="product product--large
product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery
id="MediaGallery-template--main"
role="region" class="product__column-sticky" aria-label="Gallery Viewer"><div id="GalleryStatus-template--main" class="visually-hidden" role="status"></div>
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile"
role="list"><li class="product__media-item grid__item slider__slide
is-active"><div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><div class="product__media
media
media--transparent"><img src="//shop.lanternboxpuppets.org.uk/cdn/shop/files/kit-box.jpg?v=1697&amp;width=1946" alt="The marionette kit box and finished puppet"
width="1946" height="1946" loading="lazy"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">LANTERN BOX WORKSHOP</p><div class="product__title"><h1>${sTitle}</h1>
<a href="/products/make-your-own-marionette-kit" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--main"
role="status"><div class="price price--large price--show-badge"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£28.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${sTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1" min="1"></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form" novalidate="novalidate"
data-type="add-to-cart-form"><input type="hidden" name="id" value="44718272020643"><div class="product-form__buttons"><button type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button"
class="shopify-payment-button"><button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form>
</product-form></div>
<div class="product__description rte quick-add-hidden">${ps(sBody)}</div>
${sTabs
  .map(
    (
      [h, items],
      i,
    ) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-${i}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-collapsible-row-${i}">
${items.length > 1 ? `<ul>${lis(items)}</ul>` : ps(items)}</div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
<details><summary class="share-button__button"><span>Share</span></summary></details></share-button>
</product-info></div></div></section></section>
<div id="shopify-section-template--product-recommendations" class="shopify-section"><product-recommendations class="related-products page-width section-padding
isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--3-col-desktop" role="list">
${sRecs
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a
href="/products/${p?.length}"
class="full-unstyled-link">${n}</a></h3><div class="price"><span class="price-item price-item--regular">${p}</span></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label></div></div></form>
</div></div><ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div><div class="footer__content-bottom"><div class="footer__copyright
caption"><small class="copyright__content">© 2027, <a href="/" title="">Lantern Box Shop</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//shop.lanternboxpuppets.org.uk/cdn/shop/t/3/assets/global.js?v=37284204640041572741697110521" defer="defer"></script></body></html>`;
const shopifyKit: TestPage = {
  name: 'heldout639-marionette-kit-shopify',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sTabs.map((t) => t[0]),
  body: [...sBody, ...sTabs.flatMap((t) => [...t[1]])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Lantern Box Shop', ...sNav.filter((t) => t !== 'Kits'), 'Log in', 'Cart',
    'LANTERN BOX WORKSHOP', 'Regular price',
    '£28.00 GBP', 'Tax included. Shipping calculated at checkout.', 'Quantity', `Decrease quantity for ${sTitle}`, 'Add to cart', 'Buy it now', 'Share',
    'You may also like', ...sRecs.flatMap((r) => r), 'Subscribe to our emails', 'Email', ...sFoot, '© 2027, Lantern Box Shop', 'Powered by Shopify',
  ],
};

export const HELDOUT639_E: readonly TestPage[] = [discourseThread, shopifyKit];
