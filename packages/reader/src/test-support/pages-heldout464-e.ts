import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout464-kit.js';

/**
 * Held-out batch 464, file e: a community reuse wiki's article on MediaWiki (Vector 2022 skin, sidebar contents, an infobox,
 * edit links, references and categories), and a zero-waste shop's blog article on Shopify (Dawn theme, with comments).
 */
const mTitle = 'Beverage cartons';
const mLead = j(
  '<b>Beverage cartons</b> are containers for milk, juice and soup made of layers of paperboard, polyethylene and, in most',
  'long-life cartons, a thin film of aluminium. They are light and cheap to transport, but the bonded layers make them harder to',
  'recycle than a bottle or a can.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
);
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Composition',
    [j('A typical one-litre carton is about 75% paperboard, 21% polyethylene and 4% aluminium by weight. Chilled cartons usually', 'have no aluminium layer.')],
  ],
  [
    'Recycling',
    [
      j(
        'Cartons are recycled at specialist mills that soak them in water in a large drum called a pulper. The paper fibres separate',
        'and are used to make tissue, paper bags or plasterboard liner. The remaining mix of plastic and aluminium, known as',
        '<i>polyAl</i>, is either burned for energy or pressed into boards.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
      'In the Harrowdale area, cartons can be put in kerbside recycling bins in four of the six districts, and in carton banks at all recycling centres.',
    ],
  ],
  [
    'Reuse',
    [
      j(
        'Rinsed cartons are popular in community gardens as seed trays and, cut in half, as pots for transplanting. The Harrowdale',
        'Seed Swap collects clean cartons every spring.',
      ),
    ],
  ],
];
const mRefs = [
  'Harrowdale Waste Partnership (2025). <i>Annual recycling report</i>, p. 14.',
  'Fenwick, L. (2023). "What happens to your carton". <i>Reuse Wiki Journal</i> 4: 22–25.',
];
const mH = [...mSecs.map(([h]) => h), 'References'];
const mInfo = [
  ['Type', 'Composite packaging'],
  ['Main materials', 'Paperboard, polyethylene, aluminium'],
  ['Kerbside', 'Accepted in 4 of 6 districts'],
  ['Banks', 'All recycling centres'],
];
const mNavMain = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Reuse Wiki', 'Disclaimers'];
const mHead = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Beverage_cartons&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mToc = ['(Top)', ...mH]
  .map(
    (h, i) =>
      `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">${
        i === 0 ? '' : `<span class="vector-toc-numb">${i}</span>`
      }<span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Reuse Wiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());</script>
<script>RLCONF={"wgPageName":"Beverage_cartons","wgTitle":"Beverage cartons","wgCurRevisionId":18231,"wgCategories":["Packaging","Recycling"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.41.1">
<link rel="edit" title="Edit this page" href="/index.php?title=Beverage_cartons&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Beverage_cartons rootpage-Beverage_cartons skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">${links(mNavMain, 'mw-list-item')}
</ul></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Reuse Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Reuse Wiki" aria-label="Search Reuse Wiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form>
</div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc
vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces">
<ul>${links(['Page', 'Discussion'], 'vector-tab-noicon')}</ul>
</nav><nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon')}</ul></nav>
<nav class="vector-page-tools-landmark"><div class="vector-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><ul>${links(mTools, 'mw-list-item')}</ul></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Reuse Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
${mSecs.map(([h, p]) => `${mHead(h)}\n${ps(p)}`).join('\n')}
${mHead('References')}<div class="reflist"><ol class="references">${lis(
  mRefs.map((r, i) => `<span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span>`),
)}</ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Packaging">Packaging</a></li><li><a href="/wiki/Category:Recycling">Recycling</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 9 February 2026,
at 14:22.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Reuse_Wiki:Copyrights">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons"><li><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mwCartons: TestPage = {
  name: 'heldout464-mediawiki-beverage-cartons-wiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mSecs.flatMap(([, p]) => p), ...mRefs]),
  bylines: ['This page was last edited on 9 February 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mNavMain, 'Reuse Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From Reuse Wiki', ...mInfo.flat(), 'edit', 'Categories', 'Packaging',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

const sTitle = 'Five swaps for a lower-waste bathroom';
const sIntro = j(
  'The bathroom is where most of us give up on cutting waste: the bottles are big, the tubes are hard to recycle and nobody',
  'wants to experiment with shampoo. These are the five swaps our customers tell us they have stuck with.',
);
const sSwaps: readonly (readonly [string, string])[] = [
  [
    '1. Shampoo and conditioner bars',
    j('A bar lasts about as long as two 250ml bottles. Keep it on a draining dish so it dries between washes; a soggy bar is a', 'short-lived bar.'),
  ],
  ['2. Refillable deodorant', 'Buy the metal case once and then refills in compostable card tubes. Allow two weeks for your body to adjust.'],
  [
    '3. Bamboo toothbrushes',
    j('The handle can go in a home compost bin once you have pulled the nylon bristles out with pliers. Most households get through', 'eight a year.'),
  ],
  ['4. Cotton pads you can wash', 'A set of fourteen pads in a mesh bag replaces around 1,000 disposable pads a year.'],
  ['5. Toothpaste tablets', 'Chew one, brush as normal. They come in a glass jar that we refill in the shop or by post.'],
];
const sOutro = 'Start with whatever runs out next. Swapping everything at once is expensive and, frankly, a waste.';
const sNav = ['Shop all', 'Kitchen', 'Bathroom', 'Refill by post', 'Journal', 'Visit us'];
const sFoot = ['Search', 'Shipping', 'Refunds', 'Refill returns', 'Contact'];
const sComments: readonly (readonly [string, string, string])[] = [
  ['Mae D.', 'March 12, 2026', 'The tablets took me a week to get used to but now I prefer them. Great post.'],
  ['Jon', 'March 14, 2026', 'Do the shampoo bars work on very curly hair?'],
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://pantryandpail.co.uk/blogs/journal/five-swaps-lower-waste-bathroom"><title>${sTitle} &ndash; Pantry &amp; Pail</title>
<meta name="description" content="The five bathroom swaps our customers have stuck with."><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "pantry-and-pail.myshopify.com";
Shopify.theme = {"name":"Dawn","id":13578,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":"Jess Marlow","datePublished":"2026-03-09"}</script>
<link href="//pantryandpail.co.uk/cdn/shop/t/4/assets/base.css?v=1442" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper
color-scheme-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link
focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pantry &amp; Pail</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/\W+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search"
aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2291__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media"><img
src="//pantryandpail.co.uk/cdn/shop/articles/bathroom.jpg?v=17"
alt="Bars and jars on a bathroom shelf" width="1500" height="1000"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-03-09T10:00:00Z">March 9, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Jess Marlow</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><button class="share-button__button hidden">
<svg class="icon icon-share"></svg>Share</button><details><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary></details>
</share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody"><p>${sIntro}</p>
${sSwaps.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<p>${sOutro}</p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2
id="Comments-2291">2 comments</h2>
${sComments
  .map(
    ([n, d, c]) => `<article class="article-template__comments-comment"><p>${c}</p><p class="article-template__comment-fields">
<span class="circle-divider caption-with-letter-spacing">${n}</span> <span class="caption-with-letter-spacing">${d}</span></p></article>`,
  )
  .join('\n')}
<form method="post" action="/blogs/journal/five-swaps-lower-waste-bathroom/comments" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field"><input type="email" name="comment[email]"
id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div></div>
<div class="field"><textarea name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div><p class="article-template__comment-warning
caption">Please note, comments need to be
approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></div>
</form>
</div></div><div class="footer-block grid__item"><h2 class="footer-block__heading">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/">Pantry &amp; Pail</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a></small>
</div></div></footer></div><script src="//pantryandpail.co.uk/cdn/shop/t/4/assets/global.js?v=1442" defer="defer"></script></body></html>`;
const shopifyBath: TestPage = {
  name: 'heldout464-shopify-bathroom-swaps-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSwaps.map(([h]) => h),
  body: texts([sIntro, ...sSwaps.map(([, p]) => p), sOutro]),
  bylines: ['March 9, 2026', 'by Jess Marlow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Pantry & Pail', ...sNav, 'Log in', 'Cart', 'Share', 'Back to blog', '2 comments',
    ...sComments.flat(), 'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Subscribe to our emails', 'Quick links', ...sFoot, '© 2026, Pantry & Pail', 'Powered by Shopify',
  ],
};

export const HELDOUT464_E: readonly TestPage[] = [mwCartons, shopifyBath];
