import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout526-kit.js';

/**
 * Held-out batch 526, file b: a farmers' market stallholder list built with Wix (Thunderbolt renderer, rich-text blocks), and
 * a farm shop's blog post on Shopify (Dawn theme) with a share button, comments and a newsletter footer.
 */
const wTitle = 'Meet Our Stallholders';
const wIntro = j(
  'Around twenty-five traders come to Harrowgate Square on the second and fourth Saturday of every month. Not every stall comes',
  'to every market, so follow the stallholders you love on social media to see when they will be with us.',
);
const wGroups: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Fruit & Veg',
    [
      ['Gorse End Growers', 'Organic vegetables and salad bags from a four-acre market garden in Little Penhow.'],
      ['Tilley’s Orchard', 'Apples, pears and pressed juice; cider vinegar in the winter months.'],
    ],
  ],
  [
    'Meat, Fish & Dairy',
    [
      ['Cradock Hill Lamb', 'Grass-fed lamb and mutton, sold as joints, mince and boxes of half a lamb.'],
      ['Saltmarsh Smokery', 'Hot and cold smoked trout, mackerel pâté and smoked butter.'],
      ['Hedley Goat Dairy', 'Fresh and aged goat cheeses and goat milk fudge.'],
    ],
  ],
  [
    'Bakery & Sweet Things',
    [
      ['The Rye House', 'Sourdough, rye and seeded loaves, plus cinnamon buns that usually sell out by ten.'],
      ['Bee & Bramble', 'Raw honey from hives around the town and handmade beeswax candles.'],
    ],
  ],
];
const wJoin = 'Want a stall? We have spaces for new food producers from within 40 miles. Email the market manager to ask for an application pack.';
const wNav = ['Home', 'Market Dates', 'Stallholders', 'Visit', 'Become a Trader', 'Contact'];
const rt = (tag: string, font: string, text: string): string =>
  `<${tag} class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(text)}</span></${tag}>`;
const wBlock = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wGroupHtml = wGroups
  .map(([g, stalls], gi) => wBlock(rt('h2', 'font_2', g) + stalls.map(([n, d]) => rt('h3', 'font_4', n) + rt('p', 'font_8', d)).join('\n'), `lq7g${gi}`))
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Stallholders | Harrowgate Farmers' Market</title>
<meta name="description" content="Meet the farmers, growers and bakers at Harrowgate Farmers' Market.">
<link rel="canonical" href="https://www.harrowgatemarket.example/stallholders">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Harrowgate Farmers' Market"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8f1c2b7e","siteId":"3ad1"},"language":{"siteLanguage":"en"}};</script>
<style>#masterPage:not(.landingPage) #PAGES_CONTAINER{margin-top:0px;}.font_2{font:normal normal normal 40px/1.3em lora,serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTB">
<div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-hdr1" class="HcOXKn comp-hdr1 wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">
<a href="https://www.harrowgatemarket.example"><span class="wixui-rich-text__text">Harrowgate Farmers' Market</span></a></p></div>
<wix-dropdown-menu id="comp-menu" class="XRwtpn comp-menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="StylableHorizontalMenu"
aria-label="Site"><ul class="itemsContainer" data-testid="menuItems">${wNav
  .map(
    (t) =>
      `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"><p class="label">${t}</p></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent">
<section id="comp-lq7fsec" class="comp-lq7fsec wixui-section"><div data-testid="columns" class="V5AUxf">
${wBlock(rt('h1', 'font_0', wTitle) + rt('p', 'font_8', wIntro), 'lq7fhd')}
<wow-image id="img_comp-lq7img" class="HlRz5e BI8PVQ"><img src="https://static.wixstatic.com/media/9c1d_market.jpg/v1/fill/w_980,h_420/market.jpg"
alt="Stalls under the clock tower"></wow-image>
${wBlock(rt('p', 'font_9', 'Photo: the Christmas market, December 2024'), 'lq7cap')}
${wGroupHtml}
${wBlock(rt('p', 'font_8', wJoin), 'lq7join')}
<div class="comp-lq7btn R6ex7N wixui-button" id="comp-lq7btn" aria-disabled="false">
<a data-testid="linkElement" href="/become-a-trader" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Apply for a stall</span></a></div>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${wBlock('<p class="font_8 wixui-rich-text__text">Harrowgate Square, Market Street · 2nd &amp; 4th Saturdays, 8am – 1pm</p>', 'ftr1')}
${wBlock(
  '<p class="font_9 wixui-rich-text__text">© 2025 by Harrowgate Farmers\' Market. Proudly created with ' + '<a href="https://www.wix.com">Wix.com</a></p>',
  'ftr2',
)}
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixStalls: TestPage = {
  name: 'heldout526-market-stallholders-wix',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGroups.flatMap(([g, stalls]) => [g, ...stalls.map(([n]) => n)]),
  body: [wIntro, ...wGroups.flatMap(([, stalls]) => stalls.map(([, d]) => d)), wJoin],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', "Harrowgate Farmers' Market", 'Home', 'Market Dates', 'Visit', 'Become a Trader', 'Contact',
    'Photo: the Christmas market, December 2024', 'Apply for a stall', 'Harrowgate Square, Market Street · 2nd & 4th Saturdays, 8am – 1pm',
    "© 2025 by Harrowgate Farmers' Market. Proudly created with Wix.com",
  ],
};

const sTitle = 'The first asparagus of the year is in the shop';
const sParas = [
  j(
    'After a cold April we were beginning to wonder, but the first spears pushed through in the sandy field behind the barn on',
    'Tuesday, and this morning we cut enough to fill the shop crates. That is about a week later than last year.',
  ),
  j(
    'Our asparagus is cut by hand every morning and is on the shelf within a couple of hours. We sell it in bundles of',
    '<strong>250g for £3.20</strong> and loose sprue (the thin spears) for soups at £4 a kilo.',
  ),
  j(
    'The season is short. We stop cutting around the third week of June to let the crowns grow fern and build up strength for',
    'next year, so make the most of it while it lasts.',
  ),
  'How we cook it',
  j(
    'Snap off the woody ends, roll the spears in a little rapeseed oil and roast them at 200°C for eight minutes. Finish with',
    'a squeeze of lemon and some of Hedley’s crumbled goat cheese. If you have never had it raw, shave a few spears into a salad.',
  ),
  j('Asparagus keeps best stood upright in a jug with an inch of water, like flowers, in the fridge. Eat it within three days.'),
  j('Want it delivered? Asparagus is now in our local veg box, and you can add extra bundles to any order placed before', 'Thursday at noon.'),
];
const sNav = ['Shop all', 'Veg boxes', 'Meat', 'Larder', 'Journal', 'Visit us'];
const sComments: readonly (readonly [string, string, string])[] = [
  ['Margaret W.', 'May 3, 2025', 'Picked up two bundles this morning, delicious with poached eggs!'],
  ['Tom', 'May 4, 2025', 'Will you have sprue on Saturday? Want to make soup for the freezer.'],
];
const sFoot = ['Search', 'Delivery areas', 'Refund policy', 'Contact'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="canonical" href="https://shop.sandrigefarm.example/blogs/journal/first-asparagus"><title>${sTitle}
&ndash; Sandrige Farm Shop</title><meta name="description" content="The first asparagus of the year is cut and in the shop.">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "sandrige-farm.myshopify.com";
Shopify.theme = {"name":"Dawn","id":1398,"schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${sTitle}",
"author":{"@type":"Person","name":"Jo Sandrige"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//shop.sandrigefarm.example/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free local delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Sandrige Farm Shop</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//shop.sandrigefarm.example/cdn/shop/articles/asparagus.jpg?width=1100 1100w" alt="${sTitle}" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2025-05-02T07:40:00Z">May 2, 2025</time>
</span>
</header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sParas.slice(0, 3))}
<h3>${sParas[3]}</h3>
${ps(sParas.slice(4))}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details><summary class="share-button__button">
<svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage" class="visually-hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl" value="https://shop.sandrigefarm.example/blogs/journal/first-asparagus" readonly>
<label class="field__label" for="ShareUrl">Link</label></div><button class="share-button__close hidden">Close share</button>
<button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-5521">2 comments</h2><div class="article-template__comments">${sComments
  .map(
    ([n, d, t]) =>
      `<article class="article-template__comments-comment"><div class="rte"><p>${t}</p></div><footer class="right">
<span class="circle-divider caption-with-letter-spacing">${n}</span><span class="caption-with-letter-spacing"><time datetime="2025">${d}</time></span>
</footer></article>`,
  )
  .join('\n')}</div>
<form method="post" action="/blogs/journal/first-asparagus/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><textarea id="CommentForm-body" name="comment[body]" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></form></div></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025,
<a href="/" title="">Sandrige Farm Shop</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<script src="//shop.sandrigefarm.example/cdn/shop/t/4/assets/global.js?v=1420" defer="defer"></script></body></html>`;
const shopifyPost: TestPage = {
  name: 'heldout526-asparagus-shopify-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sParas[3] ?? ''],
  body: texts(sParas.filter((_, i) => i !== 3)),
  bylines: ['May 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local delivery on orders over £40', 'Sandrige Farm Shop', ...sNav, 'Log in', 'Cart', 'Share', 'Back to blog',
    '2 comments', ...sComments.flatMap((c) => [...c]), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', 'Email', 'Search', 'Delivery areas', 'Refund policy',
    'Contact', '© 2025,', 'Powered by Shopify',
  ],
};

export const HELDOUT526_B: readonly TestPage[] = [wixStalls, shopifyPost];
