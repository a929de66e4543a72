import { links, type TestPage } from './page-kit.js';
import { type Block, gold, j, render } from './pages-heldout578-kit.js';

/** Held-out batch 578, file a2: a long stove buying guide on a Shopify store blog (Dawn theme) with a comment form. */
const sTitle = 'How to Choose a Wood Burning Stove: The Complete Buyer’s Guide';
const sRows: readonly (readonly [string, string])[] = [
  ['Up to 30 m³', '3 kW'],
  ['30 to 45 m³', '4 to 5 kW'],
  ['45 to 70 m³', '6 to 7 kW'],
  ['Over 70 m³', '8 kW or more'],
];
const sBlocks: Block[] = [
  j(
    'Buying a stove is one of those decisions you live with for twenty years, so it pays to get it right. Over the last decade our fitters have installed',
    'more than 1,400 stoves across the county, and the same handful of questions come up every time.',
    'This guide walks through them in the order we ask them on a survey.',
  ),
  { h: '1. Work out the heat output you actually need' },
  j(
    'The most common mistake we see is a stove that is too big for the room. An oversized stove has to be run slowly with the air controls closed down,',
    'which makes it burn dirty, blacken the glass and tar the flue. A rough rule is one kilowatt of output for every 14 cubic metres of room.',
  ),
  j(
    'Measure the length, width and height of the room and multiply them together. Then adjust: add a little for an old solid-walled cottage with',
    'single glazing, and take some off for a well-insulated new build. The table below is the starting point our surveyors use.',
  ),
  { h: '2. Wood only, or multi-fuel?' },
  j(
    'A wood-only stove burns logs on a flat bed of ash, which is how wood likes to burn. A multi-fuel stove adds a riddling grate and ash pan so that',
    'it can also burn smokeless coal, which needs air from underneath. If you have a good supply of logs and never intend to burn coal, a wood-only model',
    'is simpler and usually a little cheaper.',
  ),
  j(
    'If you live in a smoke control area, whichever you choose must be an approved or exempt appliance, and you must burn only the fuels it is approved for.',
    'Ask us if you are unsure: your council’s website will also have a map.',
  ),
  { h: '3. Look for Ecodesign' },
  j(
    'Every new stove sold today should meet the Ecodesign standard, which limits the particulate emissions and sets a minimum efficiency.',
    'In practice, an Ecodesign stove with dry fuel will give you more heat from fewer logs than the stove it replaces, and a cleaner chimney.',
  ),
  { h: '4. Check your chimney before you fall in love with a stove' },
  j(
    'What you can fit depends on what is behind the fireplace. We need to know whether you have an existing chimney, what state it is in, and how tall it is.',
    'Most older chimneys need a flexible stainless steel liner, which adds roughly £600 to £900 to the cost of an installation.',
  ),
  j('No chimney at all? A twin-wall insulated flue system can run up through the house or up an outside wall. It costs more but opens up almost any room.'),
  { h: '5. Think about how you will use it' },
  {
    ul: [
      '<strong>Evenings only:</strong> a small steel stove heats up fast and gives heat within fifteen minutes.',
      '<strong>All day, every day:</strong> a cast iron or soapstone stove holds its heat long after the fire dies down.',
      '<strong>Cooking:</strong> some models have a flat top or a small oven, handy in a power cut.',
      '<strong>Boiler stoves:</strong> these heat your hot water too, but need a plumber as well as a stove fitter.',
    ],
  },
  { h: '6. Budget for the whole job' },
  j(
    'A good stove costs between £900 and £2,500. On top of that, a typical installation with a liner, a new register plate and a hearth comes to',
    '£1,200 to £2,000. Don’t forget the building regulations certificate, which must be issued by a registered installer or by building control.',
  ),
  j(
    'Running costs depend on your fuel. Logs you have seasoned yourself are almost free; kiln-dried logs cost more but burn hotter from day one.',
    'Either way, keep the moisture below 20 per cent. A cheap moisture meter is the best £15 you will spend.',
  ),
  { h: 'Still not sure?' },
  j(
    'Come and see the stoves burning in our showroom in Kessington, or book a free home survey. We will measure the room, check the chimney and give',
    'you a written quote with no obligation.',
  ),
];
const sTable = `<table><thead><tr><th>Room volume</th><th>Suggested output</th></tr></thead><tbody>
${sRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>`;
const sGold = gold(sBlocks);
// the table follows the second paragraph of section 1
const sBody = [...sGold.body.slice(0, 3), ...sRows.map((r) => r.join(' ')), ...sGold.body.slice(3)];
const sNav = ['Wood Burning Stoves', 'Multi-Fuel Stoves', 'Flue &amp; Liners', 'Accessories', 'Installation', 'Blog'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://emberlinestoves.example/blogs/guides/how-to-choose-a-wood-burning-stove">
<title>How to Choose a Wood Burning Stove: The Complete Buyer’s Guide – Emberline Stoves</title>
<meta name="description" content="Heat output, wood or multi-fuel, Ecodesign, chimneys and budgets: everything to check before you buy a stove.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Emberline Stoves">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "emberline-stoves.myshopify.com";Shopify.theme = {"name":"Dawn","id":136419}</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//emberlinestoves.example/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free delivery on all stoves over £900</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu">
<span class="visually-hidden">Menu</span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Emberline Stoves</span></a>
<nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--article" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//emberlinestoves.example/cdn/shop/articles/stove-guide.jpg?width=1100 1100w" alt="A cast iron stove burning in a stone fireplace" width="1100"
height="733">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-09-08T08:00:00Z">September 8, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Rosa Trevenna</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-article" class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${render(sBlocks.slice(0, 4))}
${sTable}
${render(sBlocks.slice(4))}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow">Back to blog</a></div>
<div data-id="article-template__comments" class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow">
<form method="post" action="/blogs/guides/how-to-choose-a-wood-burning-stove/comments#article-template__comments" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div>
<div class="field"><textarea id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div>
</article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Emberline Stoves</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPol)}</ul></div></div></div></footer></div>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-09-08"}</script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout578-shopify-stove-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sGold.headings,
  body: sBody,
  bylines: ['September 8, 2026', 'by Rosa Trevenna'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on all stoves over £900', 'Menu', 'Emberline Stoves', ...sNav.map((t) => t.replace('&amp;', '&')), 'Log in', 'Cart',
    'Share', 'Copy link', 'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', '© 2026,', 'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT578_A2: readonly TestPage[] = [shopify];
