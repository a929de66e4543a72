import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout362-kit.js';

/**
 * Held-out batch 362, file f: a collectibles marketplace's seller story on a Shopify store with the Dawn theme (announcement
 * bar, sticky header with the inline menu, the article-template hero, title, date and author, the rte article body with a
 * pull quote, the share button, "Back to blog", the comments and comment form, the footer's newsletter and menus, the
 * Shopify privacy banner) and an auction results report on WordPress with the Newspaper (tagDiv) theme (top bar, category
 * pill, td-post-title with author, date and views, the top share bar, an in-content ad, a results table, tags, the
 * related-articles block, "Leave a Reply", the "Most Popular" sidebar and the footer).
 */
const sTitle = 'Meet the Seller: How a Shoebox of Postcards Became Ines Varda\u2019s Full-Time Shop';
const sIntro = [
  j(
    'Ines Varda runs Rue du Timbre, one of the most followed ephemera shops on Hobbyloft, from a converted garage in Leith. She',
    'lists around sixty vintage postcards, trade cards and travel labels a week and has shipped to forty-two countries. Five years',
    'ago she had never sold anything online.',
  ),
];
const sStart = [
  j(
    'It began with her grandfather\u2019s shoebox. \u201cHe had kept every card anyone ever sent him, from the 1920s on,\u201d she says.',
    '\u201cI wanted to know where they came from, so I started researching the printers and the photographers, and then I started',
    'buying more to fill the gaps.\u201d',
  ),
  j(
    'Within a year she had more duplicates than she could store, and a friend suggested she list them. The first twenty sold in',
    'a fortnight. She kept her job as a school librarian for another two years before going full time in 2023.',
  ),
];
const sQuote = '\u201cEvery card has two stories: the picture on the front and the person who wrote on the back. Buyers want both.\u201d';
const sHow = [
  j(
    'Varda photographs both sides of every card in natural light and transcribes the message in the listing, which she credits',
    'for much of her repeat business. She grades conservatively and mentions every crease.',
  ),
  j(
    'She buys mainly at postcard fairs in the north of England and from house clearances, and she still sorts every lot by hand at',
    'the kitchen table before it reaches the garage. Around one card in ten turns out to be worth researching properly; those are the',
    'ones she writes longer descriptions for, sometimes tracing the sender through old census records.',
  ),
  'Her advice for new sellers on Hobbyloft is simple:',
];
const sAdvice = [
  'Find a niche you genuinely enjoy researching; it shows in the descriptions.',
  'Post on the same days every week so regular buyers know when to look.',
  'Pack flat items between card and never fold an invoice around them.',
];
const sEnd = [
  j(
    'Next year she plans to publish a small guide to the Edinburgh postcard printers of the 1900s, using the cards that passed',
    'through her shop as illustrations.',
  ),
];
const sComments: readonly (readonly [string, string, string])[] = [
  ['Morag D.', 'March 31, 2026', 'I have bought from Ines for years and her descriptions are always spot on. Lovely to read her story.'],
  ['Tomasz', 'April 2, 2026', 'The tip about transcribing the backs is a great one. I am going to start doing that in my own shop.'],
];
const sNav = ['Shop', 'Categories', 'Sell on Hobbyloft', 'Seller Stories', 'Help'];
const sFoot1 = ['Search', 'Buyer Protection', 'Shipping', 'Returns'];
const sFoot2 = ['About Hobbyloft', 'Careers', 'Press', 'Contact'];
const sHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><title>${sTitle} – Hobbyloft</title>
<meta name="description" content="Ines Varda runs Rue du Timbre, one of the most followed ephemera shops on Hobbyloft."><meta property="og:type"
content="article">
<meta property="og:site_name" content="Hobbyloft"><link rel="canonical" href="https://hobbyloft.example/blogs/seller-stories/ines-varda">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"Ines Varda runs Rue du Timbre...","headline":"${sTitle}",
"datePublished":"2026-03-30T09:00:00Z","author":{"@type":"Person","name":"Callum Rees"}}</script>
<script>var Shopify = Shopify || {}; Shopify.shop = "hobbyloft.myshopify.com"; Shopify.theme = {"name":"Dawn","id":148211,"role":"main"};</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £40</span></p></div></div>
<div id="shopify-section-sections--header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hobbyloft</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div><main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--article"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
src="//hobbyloft.example/cdn/shop/articles/ines-varda.jpg?v=1743325200&width=1100" alt="Ines Varda sorting postcards at her workbench" width="1100"
height="733"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-30T09:00:00Z">March 30, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Callum Rees</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
<h2>From a shoebox to a shop</h2>
${ps(sStart)}
<blockquote><p>${sQuote}</p></blockquote>
<h2>How she works</h2>
${ps(sHow)}
<ul>${sAdvice.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2>What\u2019s next</h2>
${ps(sEnd)}
<p><em>Visit Rue du Timbre on Hobbyloft to see this week\u2019s new listings.</em></p>
</div><div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--article"
class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><input type="text" class="field__input" value="https://hobbyloft.example/blogs/seller-stories/ines-varda">
<button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/seller-stories" class="article-template__link link">Back to blog</a></div>
<div data-id="template--article" class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-148211">2 comments</h2><div class="article-template-comments">
${sComments
  .map(
    ([a, d, t]) => `<article class="article-template__comments-comment"><div class="rte"><p>${t}</p></div><footer class="right">
<span class="circle-divider caption-with-letter-spacing">${a}</span><span class="caption-with-letter-spacing">${d}</span></footer></article>`,
  )
  .join('\n')}</div><form method="post" action="/blogs/seller-stories/ines-varda/comments" id="CommentForm" class="comment-form"><h2>Leave a comment</h2>
<input type="text" placeholder="Name"><textarea placeholder="Comment"></textarea>
<p class="article-template-comments-fields caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Buying</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sFoot1, '')}</ul></div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Company</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot2, '')}</ul></div></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form class="footer__newsletter newsletter-form">
<input type="email" placeholder="Email"><button class="newsletter-form__button field__button">Subscribe</button></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, Hobbyloft</small>
<small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog"
role="alertdialog"><div class="shopify-pc__banner__body"><h2 class="shopify-pc__banner__title">Cookie
policy</h2><p id="shopify-pc__banner__body-policy-link">We use cookies and similar technologies to provide the best experience on our website.</p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-accept">Accept</button><button id="shopify-pc__banner__btn-decline">Decline</button></div></div></body></html>`;
const shopify: TestPage = {
  name: 'heldout362-shopify-dawn-seller-story',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['From a shoebox to a shop', 'How she works', 'What\u2019s next'],
  body: texts([...sIntro, ...sStart, sQuote, ...sHow, ...sAdvice, ...sEnd]),
  bylines: ['March 30, 2026', 'Callum Rees', 'Morag D.', 'March 31, 2026', 'Tomasz', 'April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...sNav, 'Log in', 'Cart',
    'Visit Rue du Timbre on Hobbyloft to see this week\u2019s new listings.', 'Share', 'Copy link', 'Back to blog', '2 comments',
    ...sComments.map(([, , t]) => t), 'Leave a comment', 'Please note, comments need to be approved before they are published.', 'Buying', ...sFoot1,
    'Company', ...sFoot2, 'Subscribe to our emails', 'Subscribe', '© 2026, Hobbyloft', 'Powered by Shopify',
    'We use cookies and similar technologies to provide the best experience on our website.', 'Manage preferences', 'Accept', 'Decline',
  ],
};

const rTitle = 'Dunmore toy soldier collection marches to \u00a31.9m at Kestle & Daw';
const rLede = j(
  'The 4,300-piece Dunmore collection of British toy soldiers made \u00a31.9m including premium at Kestle & Daw in Bath on April 8-9,',
  'more than double its low estimate and a record for a single-owner sale of the category at the saleroom.',
);
const rBody = [
  j(
    'Assembled over fifty years by the retired surveyor Alasdair Dunmore, the collection concentrated on hollow-cast figures made',
    'in London between 1893 and 1966, most still in their original boxes. All 612 lots sold, and online bidders from eleven',
    'countries took just over half of them.',
  ),
  j(
    'The top lot was a boxed display set of the Coronation procession of 1937, with 73 figures and the state coach, which sold to',
    'a UK collector for \u00a348,000 against an estimate of \u00a315,000-20,000. A rare set of Camel Corps in the first-version box',
    'followed at \u00a331,000.',
  ),
];
const rQuote = j(
  '\u201cThese were toys that children actually played with, so finding them in this condition, and in these numbers, is',
  'extraordinary,\u201d said the auctioneer Fenella Daw. \u201cWe had interest from people who had never bought a soldier before.\u201d',
);
const rTable: readonly (readonly [string, string, string])[] = [
  ['Coronation procession display set, 1937', '\u00a315,000-20,000', '\u00a348,000'],
  ['Camel Corps, first-version box', '\u00a38,000-12,000', '\u00a331,000'],
  ['Royal Horse Artillery gun team', '\u00a36,000-9,000', '\u00a322,500'],
  ['Highland pipers, set of eight', '\u00a31,500-2,000', '\u00a37,200'],
];
const rAfter = [
  j(
    'Prices for common boxed infantry sets were steadier, mostly between \u00a3150 and \u00a3400, in line with recent sales elsewhere.',
    'Dealers said the results confirmed that condition and completeness, rather than rarity alone, are now driving the market.',
  ),
  j(
    'Several museum buyers were active. The National Museum of Childhood in Carlisle bought a boxed set of nurses and stretcher',
    'bearers from the First World War for \u00a34,800, and a regimental museum secured a set of its own regiment\u2019s bandsmen.',
  ),
  'A second part of the collection, mainly unboxed figures and farm sets, will be offered in October.',
];
const rNav = ['Home', 'News', 'Auctions', 'Fairs', 'Dealer Directory', 'Features', 'Subscribe'];
const rRelated = ['Tinplate trains lead strong spring toy sales', 'Record for a Victorian doll\u2019s house in Yorkshire', 'Dealers report busy Easter fairs'];
const rPopular = ['Clock collection sells for £640,000', 'Five things to know before your first auction', 'Silver prices hold firm in March'];
const rHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${rTitle} | The Saleroom Gazette</title>
<meta name="description" content="The Dunmore collection of British toy soldiers made £1.9m at Kestle &amp; Daw in Bath.">
<meta property="og:type" content="article"><meta property="article:section" content="Auctions"><meta property="article:published_time"
content="2026-04-11T07:30:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dunmore toy soldier collection marches to £1.9m",
"author":{"@type":"Person","name":"Piers Hallam"},"datePublished":"2026-04-11T07:30:00+00:00"}</script>
<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ad_background_click_link = "";</script></head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 single_template_1 td-full-layout" itemscope
itemtype="https://schema.org/WebPage"><div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">Saturday, April 11, 2026</div>
<ul class="top-header-menu">${links(['Advertise', 'Contact', 'Sign in'], 'menu-item')}</ul></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="/">The Saleroom Gazette</a></div><div class="td-header-menu-wrap">
<ul id="menu-main-1" class="sf-menu">${links(rNav, 'menu-item td-menu-item td-normal-menu')}</ul></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs">
<span><a href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="/category/auctions/">Auctions</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><article id="post-40112"
class="post-40112 post type-post status-publish format-standard has-post-thumbnail category-auctions" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/auctions/">Auctions</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${rTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name">
<div class="td-author-by">By</div> <a href="/author/piers-hallam/">Piers Hallam</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-04-11T07:30:00+00:00">April 11, 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-40112">1,284</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><span class="td-social-share-text">Share</span>
<a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a>
<a class="td-social-sharing-button td-social-mail" href="#"><span class="td-social-but-text">Email</span></a></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/04/dunmore-coronation.jpg"
alt="Coronation set"><figcaption class="wp-caption-text">The 1937 Coronation procession set that led the sale. Image: Kestle &amp; Daw.</figcaption></figure>
</div>
<p><strong>${rLede}</strong></p>
${ps(rBody)}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div class="td-all-devices"></div></div>
<blockquote class="wp-block-quote"><p>${rQuote}</p></blockquote>
<h3>Top prices</h3><figure class="wp-block-table"><table><thead><tr><th>Lot</th><th>Estimate</th><th>Hammer</th></tr></thead><tbody>
${rTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}</tbody></table>
<figcaption class="wp-element-caption">Hammer prices exclude the 25% buyer\u2019s premium.</figcaption></figure>
${ps(rAfter)}
<p><strong>Read more:</strong> <a href="/tinplate-trains">Tinplate trains lead strong spring toy sales</a></p>
</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
<li><a href="/tag/toy-soldiers/">Militaria toys</a></li><li><a href="/tag/bath/">Bath salerooms</a></li></ul></div></footer>
<div class="td_block_wrap td_block_related_posts"><div class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></div><div class="td_block_inner">${rRelated
  .map((t) => `<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/r/">${t}</a></h3></div>`)
  .join('\n')}</div></div></article>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form class="comment-form"><textarea placeholder="Comment:"></textarea><input type="submit" class="submit" value="Post Comment"></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_7">
<h4 class="block-title"><span class="td-pulldown-size">Most Popular</span></h4><ul>${links(rPopular)}</ul></div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="footer-text-wrap">The Saleroom Gazette is the weekly newspaper of the art and antiques trade.
Contact us: newsdesk@saleroomgazette.example</div></div><div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Gazette Media Ltd 2026</div>
<ul class="td-subfooter-menu">${links(['Privacy Policy', 'Terms', 'Cookie Policy'])}</ul></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a></span></div></div>
</body></html>`;
const tagdiv: TestPage = {
  name: 'heldout362-newspaper-tagdiv-auction-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Top prices'],
  body: [...texts([rLede, ...rBody, rQuote]), ...rTable.flatMap((r) => [...r]), ...texts(rAfter)],
  bylines: ['Piers Hallam', 'April 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saturday, April 11, 2026', 'Advertise', 'Contact', 'Sign in', 'The Saleroom Gazette', ...rNav, 'Share', 'Facebook', 'Twitter', 'Email', '1,284',
    'The 1937 Coronation procession set that led the sale. Image: Kestle & Daw.', '- Advertisement -', 'Hammer prices exclude the 25% buyer\u2019s premium.',
    'Read more: Tinplate trains lead strong spring toy sales', 'TAGS', 'Militaria toys', 'Bath salerooms', 'RELATED ARTICLES', 'MORE FROM AUTHOR', ...rRelated,
    'LEAVE A REPLY', 'Most Popular', ...rPopular, 'The Saleroom Gazette is the weekly newspaper of the art and antiques trade.',
    'Contact us: newsdesk@saleroomgazette.example', '© Gazette Media Ltd 2026', 'Privacy Policy', 'Terms', 'Cookie Policy',
    'We use cookies to ensure that we give you the best experience on our website.',
  ],
};

export const HELDOUT362_F: readonly TestPage[] = [shopify, tagdiv];
