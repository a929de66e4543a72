import { links, type TestPage } from './page-kit.js';
import { at, bodyOf, heads, j, lis, render, rowTexts, type Sec, trs } from './pages-heldout685-kit.js';

/**
 * Held-out batch 685, file b: a window cleaner's price page on Squarespace 7.1 (a code block holding the price table), and a
 * pest control supplies shop's blog article on Shopify (Dawn theme).
 */
const sTitle = 'Prices';
const sIntro = j(
  'All prices are per visit on a four-weekly round and include frames, sills and doors. We clean with purified water and',
  'a water-fed pole, so there are no ladders at your windows and no smears left behind.',
);
const sRows = [
  ['Flat or maisonette', '£12', '£24'],
  ['2 bed terrace', '£15', '£30'],
  ['3 bed semi', '£18', '£38'],
  ['4 bed detached', '£24', '£50'],
  ['5 bed detached or larger', 'From £30', 'Quote'],
];
const sExtras: Sec[] = [
  [
    'Extras',
    [
      [
        'Conservatory roof clean: from £45',
        'Gutter clear-out by vacuum, with camera check: from £60',
        'Fascia and soffit wash: from £40',
        'One-off clean or first clean after more than three months: double the round price',
      ],
    ],
  ],
  [
    'Paying',
    [
      j(
        'We leave a card through the door after every clean. You can pay by bank transfer, by card over the phone or set up',
        'GoCardless so you never have to think about it. We no longer take cash.',
      ),
      'If it rains on your clean day we still come: purified water dries spot-free, and rain does not undo the work.',
    ],
  ],
];
const sNav = ['Home', 'Services', 'Prices', 'Gallery', 'FAQ', 'Contact'];
const sFoot = ['Privacy', 'Terms', 'Instagram', 'Facebook'];
const sShape = {
  h: (t: string) => `<h3 style="white-space:pre-wrap;">${t}</h3>`,
  p: (t: string) => `<p class="" style="white-space:pre-wrap;">${t}</p>`,
  ul: (items: readonly string[]) => `<ul data-rte-list="default">${lis(items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>`,
};
const sBlock = (type: string, id: string, inner: string): string =>
  `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${type === 'html' ? 2 : 23}" id="block-${id}"><div
class="sqs-block-content">${inner}</div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Prices &mdash; Brightwell Window Care</title>
<link rel="canonical" href="https://www.brightwellwindows.co.uk/prices"><meta property="og:site_name" content="Brightwell Window Care">
<meta property="og:title" content="Prices &mdash; Brightwell Window Care"><meta itemprop="name" content="Prices — Brightwell Window Care">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a0c2f1","siteTitle":"Brightwell Window Care"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.brightwellwindows.co.uk","name":"Brightwell Window Care","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Brightwell Window Care","address":"14 Mill Row, Fernley","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a0c2f1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a0c6aa" class="primary-button-style-solid header-width-full tweak-fixed-header collection-type-page collection-layout-default view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Brightwell Window Care</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a>
</div>`,
  )
  .join('\n')}</nav>
</div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Clean</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0c6aa00b1">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a0c6aa00b2"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a0c6aa00b2"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
${sBlock(
  'html',
  'yui_3_17_2_1_1',
  `<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>\n<p class=""
style="white-space:pre-wrap;">${sIntro}</p></div>`,
)}
${sBlock(
  'code',
  'yui_3_17_2_1_2',
  `<table class="price-table" style="width:100%;border-collapse:collapse"><thead><tr><th>Property</th><th>Outside only</th>
<th>Inside and out</th></tr></thead><tbody>\n${trs(sRows)}\n</tbody></table>`,
)}
${sBlock('html', 'yui_3_17_2_1_3', `<div class="sqs-html-content">${render(sExtras, sShape)}</div>`)}
${sBlock(
  'button',
  'yui_3_17_2_1_4',
  `<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Get Your Free Quote</a></div>`,
)}
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlock(
  'html',
  'yui_3_17_2_1_9',
  `<div class="sqs-html-content"><p class=""
style="white-space:pre-wrap;">Brightwell Window Care · 14 Mill Row, Fernley FR2 9LP · 01632 961 205</p></div>`,
)}
</div><div class="col sqs-col-6 span-6"><ul class="footer-links">${links(sFoot)}</ul>
<p class="copyright">© 2026 Brightwell Window Care. Fully insured. Member of the Federation of Window Cleaners.</p></div></div></div></div></div></section>
</footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience and to understand how the site is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout685-squarespace-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: heads(sExtras),
  body: [sIntro, ...rowTexts(sRows), ...bodyOf(sExtras)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Brightwell Window Care', ...sNav.filter((t) => t !== 'Prices'), 'Book a Clean', 'Get Your Free Quote',
    'Brightwell Window Care · 14 Mill Row, Fernley FR2 9LP · 01632 961 205', ...sFoot,
    '© 2026 Brightwell Window Care. Fully insured. Member of the Federation of Window Cleaners.',
    'This site uses cookies to give you the best experience and to understand how the site is used.', 'Decline', 'Accept',
  ],
};

const mTitle = 'How to Keep Mice Out of Your Loft This Autumn';
const mSecs: Sec[] = [
  [
    '',
    [
      j(
        'As the nights draw in, mice start looking for somewhere warm and dry to spend the winter, and a loft full of stored boxes',
        'and insulation is ideal. Most of the calls we get from customers between October and December start with the same sound:',
        'scratching above the bedroom ceiling at two in the morning.',
      ),
    ],
  ],
  [
    'Find the way in',
    [
      j(
        'A house mouse can squeeze through a gap the width of a pencil. Walk round the outside of the house and look low down',
        'first: gaps around pipes and cables where they enter the wall, damaged airbricks, and the space under garage doors.',
        'Then look up, at the corners of the roof where the gutter meets the fascia.',
      ),
      j(
        'Mice climb rough brickwork and ivy with ease, so a loft can be reached without any gap at ground level. Cutting climbers',
        'back from the eaves by half a metre takes away the ladder.',
      ),
    ],
  ],
  [
    'Block the gaps',
    [
      'Use materials mice cannot chew through:',
      [
        'wire wool or copper mesh packed into pipe gaps, then sealed with mortar or exterior filler',
        'stainless steel mesh behind airbrick grilles',
        'brush strips or rubber seals along the bottom of garage and utility doors',
        'comb fillers or bird stop under the first row of roof tiles',
      ],
      'Expanding foam on its own does not work: mice chew straight through it, and it makes the hole harder to find next time.',
    ],
  ],
  [
    'Deal with the ones already inside',
    [
      j(
        'Proofing a house with mice still in it traps them in, so set traps in the loft at the same time. Snap traps baited with',
        'a pea-sized blob of chocolate spread work better than cheese. Place them along the edges of the loft, against the joists,',
        'where mice run, and check them every morning.',
      ),
      j(
        'If you are still catching mice after two weeks, or you find droppings in the kitchen as well as the loft, it is time',
        'to call a professional. There may be a nest in a wall cavity or under the floor that traps will not reach.',
      ),
    ],
  ],
];
const mNav = ['Shop all', 'Rodent control', 'Insect control', 'Bird deterrents', 'Proofing', 'Advice'];
const mShop = ['Stainless Steel Mesh Roll, 1m', 'Wooden Snap Traps, Pack of 6', 'Pipe Gap Sealing Kit'];
const mFoot = ['Search', 'Delivery and returns', 'Contact us', 'Refund policy', 'Privacy policy', 'Terms of service'];
const mShape = {
  h: (t: string) => `<h2>${t}</h2>`,
  p: (t: string) => `<p>${t}</p>`,
  ul: (items: readonly string[]) => `<ul>\n${lis(items)}\n</ul>`,
};
const mCard = (t: string, price: string): string =>
  `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard card--media"><div class="card__content">
<h3 class="card__heading h5"><a href="/products/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="full-unstyled-link">${t}</a></h3>
<div class="price"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${price}</span></div>
</div></div></div></li>`;
const mHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://traplinesupplies.co.uk/blogs/advice/mice-in-the-loft">
<title>How to Keep Mice Out of Your Loft This Autumn &ndash; Trapline Supplies</title>
<meta name="description" content="Where mice get in, what to block the gaps with and how to catch the ones already in your loft.">
<meta property="og:site_name" content="Trapline Supplies"><meta property="og:type" content="article"><meta property="og:title" content="${mTitle}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "trapline-supplies.myshopify.com"; Shopify.locale = "en"; Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141203554401,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${mTitle}","author":{"@type":"Person",
"name":"Priya Okonedo"}}</script>
<link href="//traplinesupplies.co.uk/cdn/shop/t/4/assets/base.css?v=4983922" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17102__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-4 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--17102__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<img src="//traplinesupplies.co.uk/cdn/shop/files/trapline-logo.png?width=300" alt="Trapline Supplies" class="header__heading-logo"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${mNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17109__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
src="//traplinesupplies.co.uk/cdn/shop/articles/loft-insulation.jpg?v=1727861000&amp;width=1100" alt="A loft with rolled insulation" width="1100"
height="619"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${mTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-10-02T09:00:00Z">October 2, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">By Priya Okonedo</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17109__main"
class="share-button quick-add-hidden">
<details><summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce"><input type="text" class="field__input"
value="https://traplinesupplies.co.uk/blogs/advice/mice-in-the-loft" readonly></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${render(mSecs, mShape)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<div id="shopify-section-template--17109__featured_collection" class="shopify-section section"><div class="collection page-width">
<div class="collection__title title-wrapper"><h2 class="title inline-richtext h2">Shop the post</h2></div>
<ul class="grid product-grid contains-card contains-card--product grid--3-col-desktop" role="list">
${mCard(at(mShop, 0), '£8.50')}${mCard(at(mShop, 1), '£6.99')}${mCard(at(mShop, 2), '£14.00')}</ul></div></div></main>
<footer class="footer color-scheme-2 gradient section-sections--17103__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(mFoot)}</ul></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__localization"><h2 class="caption-large text-body">Country/region</h2>
<button class="disclosure__button localization-form__select">United Kingdom | GBP £</button></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Trapline Supplies</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></footer>
<script src="//traplinesupplies.co.uk/cdn/shop/t/4/assets/global.js?v=9221882" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout685-shopify-mice-loft',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: heads(mSecs),
  body: bodyOf(mSecs),
  bylines: ['October 2, 2026', 'By Priya Okonedo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...mNav.filter((t) => t !== 'Proofing'), 'Log in', 'Cart', 'Share', 'Back to blog',
    'Shop the post', ...mShop,
    'Regular price', '£8.50', '£6.99', '£14.00', 'Quick links', ...mFoot, 'Subscribe to our emails', 'Email', 'Country/region', 'United Kingdom | GBP £',
    '© 2026, Trapline Supplies', 'Powered by Shopify',
  ],
};

export const HELDOUT685_B: readonly TestPage[] = [squarespace, shopify];
