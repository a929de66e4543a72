import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowTexts, settle, trs } from './pages-heldout553-kit.js';

/**
 * Held-out batch 553, file e: a cider maker's blog post about the county show on Shopify (Dawn theme: announcement bar, share
 * button, comment form, newsletter footer), and a horticultural society's show results on Joomla 5 (Cassiopeia) with result
 * tables, article info, page navigation and sidebar modules.
 */
const sTitle = 'Gold at the Tamber County Show for our Bittersweet Reserve';
const sBody = [
  j(
    'We are still a little giddy. Our 2025 Bittersweet Reserve took the gold award and the trophy for champion cider at the Tamber',
    'County Show on Saturday, out of forty-two entries in the medium dry class.',
  ),
  j(
    'The cider was pressed in October 2025 from Dabinett and Yarlington Mill apples from the old orchard behind the barn, fermented',
    'on its wild yeasts and left on its lees for fourteen months. We only made 600 bottles.',
  ),
  j(
    'The judges said it had "a proper tannic grip with baked apple and a long, dry finish". Dad, who planted half of those trees in',
    '1979, has been telling everyone in the village.',
  ),
];
const sH2 = 'Where to find us next';
const sAfter = [
  j(
    'We’ll have a stand at the Ludworth Harvest Fair on 26 September and at the Tamber Food Festival in October, with tastings of',
    'the Reserve while it lasts. The last bottles are in the shop now, limited to two a customer.',
  ),
];
const sNav = ['Home', 'Shop all', 'Ciders', 'Gift boxes', 'Our orchard', 'Blog'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="canonical" href="https://orchardhollowcider.co.uk/blogs/news/gold-at-the-tamber-county-show">
<title>${sTitle} &ndash; Orchard Hollow Cider</title>
<meta name="description" content="Our 2025 Bittersweet Reserve took the gold award at the Tamber County Show.">
<meta property="og:type" content="article"><script>window.Shopify = window.Shopify || {};Shopify.shop = "orchard-hollow-cider.myshopify.com";
Shopify.theme = {"name":"Dawn","id":1362}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"We are still a little giddy.","headline":"${sTitle}"}
</script>
<link href="//orchardhollowcider.co.uk/cdn/shop/t/4/assets/base.css?v=1440" rel="stylesheet" type="text/css" media="all" />
<script src="//orchardhollowcider.co.uk/cdn/shop/t/4/assets/global.js?v=9837" defer="defer"></script>
</head><body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1
gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Free delivery on orders over £40</span></p>
</div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg aria-hidden="true" class="icon icon-hamburger"></svg></span></summary></details>
</header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Orchard Hollow Cider</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/\W+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
</details>
</details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg aria-hidden="true" class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-adapt
media" itemprop="image" style="padding-bottom: 66.6%;">
<img srcset="//orchardhollowcider.co.uk/cdn/shop/articles/trophy.jpg?v=1693&amp;width=1100 1100w" sizes="1100px"
src="//orchardhollowcider.co.uk/cdn/shop/articles/trophy.jpg?v=1693&amp;width=1100" loading="eager" width="1100" height="733" alt="The champion cider trophy">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-08-23T08:00:00Z">August 23, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Tamsin Greenway</span></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--main-article" class="share-button quick-add-hidden">
<details id="Details-share-template--main-article"><summary class="share-button__button"><svg width="13" height="12" aria-hidden="true"></svg> Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--main-article" class="share-button__message hidden" role="status">
</span><input type="text" class="field__input" id="ShareUrl-template--main-article"
value="https://orchardhollowcider.co.uk/blogs/news/gold-at-the-tamber-county-show"
placeholder="Link" readonly><label class="field__label" for="ShareUrl-template--main-article">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sBody)}
<h2>${sH2}</h2>
${ps(sAfter)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div data-shopify-editor-block class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-template--main-article" class="h2">Leave a comment</h2><form method="post" action="/blogs/news/gold-at-the-tamber-county-show/comments"
id="CommentForm-template--main-article" class="comment-form"><div class="article-template__comment-fields"><div class="field">
<input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label>
</div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments
need to be approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg aria-hidden="true"></svg>
</button></div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__column footer__column--info">
<div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Orchard Hollow Cider</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(['Refund policy', 'Privacy policy', 'Terms of service'])}
</ul></div></div></div></footer></div>
<script src="//orchardhollowcider.co.uk/cdn/shop/t/4/assets/details-modal.js?v=4511" defer="defer"></script></body></html>`;
const shopifyCider: TestPage = settle({
  name: 'heldout553-shopify-cider-show-gold',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH2],
  body: [...sBody, ...sAfter],
  bylines: ['August 23, 2027', 'Tamsin Greenway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £40', 'Orchard Hollow Cider', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog',
    'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Subscribe to our emails',
    '© 2027, Orchard Hollow Cider', 'Powered by Shopify', 'Refund policy', 'Privacy policy', 'Terms of service',
  ],
});

const jTitle = 'Autumn Show 2027: results';
const jIntro = [
  j(
    'Thank you to everyone who exhibited, stewarded, baked and washed up at this year’s Autumn Show in the Memorial Hall. We had 318',
    'entries from 64 exhibitors, up from 271 last year, and the judges said the standard in the pot leek classes was the best they had',
    'seen in the district.',
  ),
  'The full list of first, second and third places is below. Prize money can be collected from the Treasurer at the October meeting.',
];
const jSecs: readonly (readonly [string, readonly (readonly string[])[]])[] = [
  [
    'Vegetables',
    [
      ['1. Pot leeks, pair', 'Ron Askew', 'Bill Tanfield', 'Ron Askew'],
      ['2. Onions over 250g, three', 'Mary Foy', 'Alan Dunmore', 'Kath Reay'],
      ['5. Runner beans, nine', 'Kath Reay', 'Mary Foy', 'Not awarded'],
    ],
  ],
  [
    'Flowers',
    [
      ['14. Three dahlias, cactus', 'Alan Dunmore', 'Jim Pattison', 'Jean Hogg'],
      ['17. Vase of mixed flowers', 'Fennick WI', 'Jean Hogg', 'Sheila Brack'],
    ],
  ],
  [
    'Baking',
    [
      ['30. Stottie cake', 'Sheila Brack', 'Doreen Ellwood', 'Mary Foy'],
      ['31. Six fruit scones', 'Doreen Ellwood', 'Jean Hogg', 'Fennick WI'],
    ],
  ],
];
const jCups = ['Best exhibit in show (the Coulson Cup): Ron Askew, for the pot leeks.', 'Most points overall (the Allsop Shield): Mary Foy, with 22 points.'];
const jCupsH = 'Trophies';
const jLatest = ['Show entries now open', 'Coach trip to Harlow Carr', 'Seed potato order 2028'];
const jNav = ['Home', 'About us', 'Shows', 'Meetings', 'Show News', 'Contact'];
const jTable = (
  rows: readonly (readonly string[])[],
): string => `<table class="table table-striped"><thead><tr><th scope="col">Class</th><th scope="col">First</th>
<th scope="col">Second</th><th scope="col">Third</th></tr></thead><tbody>${trs(rows)}</tbody></table>`;
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Gwen Allsop">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${jTitle} - Fennick &amp; District Horticultural Society</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?5b8c3a" rel="stylesheet"><script type="application/json" class="joomla-script-options new">
{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script><script src="/media/system/js/core.min.js?83f2c9">
</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Fennick &amp; District
Horticultural Society">Fennick &amp; District Horticultural Society</span></a><div class="site-description">Growing together since 1921</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation">
<span class="icon-menu" aria-hidden="true">
</span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(jNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword" class="form-control"
placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">
<span>Home</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/show-news" class="pathway"><span>Show News</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active">
<span>${jTitle}</span></li></ol></nav><div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true">
</span>Written by: <span
itemprop="name">Gwen Allsop</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/show-news"
itemprop="genre">Show News</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="2027-09-19T15:32:10+01:00"
itemprop="datePublished">Published: 19 September 2027</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>Hits: 212</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jIntro)}
${jSecs.map(([h, rows]) => `<h2>${h}</h2>\n${jTable(rows)}`).join('\n')}
<h2>${jCupsH}</h2>
${ps(jCups)}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/show-news/seed-potato-order"
rel="prev"><span class="visually-hidden">Previous article: Seed potato order 2028</span><span class="icon-chevron-left" aria-hidden="true"></span>
<span aria-hidden="true">Prev</span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Latest News</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(jLatest)}</ul></div></div><div class="sidebar-right card "><h3 class="card-header ">Next meeting</h3>
<div class="card-body"><div id="mod-custom118" class="mod-custom custom">
<p>Tuesday 12 October, 7.30pm, Fennick Methodist Hall: "Winter pruning" with Alan Dunmore.</p>
</div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">
<div class="footer1">Copyright &#169; 2027 ${esc('Fennick & District')}
Horticultural Society. All Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the
<a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body>
</html>`;
const joomlaResults: TestPage = settle({
  name: 'heldout553-joomla-autumn-show-results',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: [...jSecs.map(([h]) => h), jCupsH],
  body: texts([...jIntro, ...jSecs.flatMap(([, rows]) => rowTexts(rows)), ...jCups]),
  bylines: ['Written by: Gwen Allsop', 'Published: 19 September 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fennick & District Horticultural Society', 'Growing together since 1921', ...jNav, 'Search', 'You are here:', 'Details', 'Category: Show News',
    'Hits: 212', 'Previous article: Seed potato order 2028', 'Latest News', ...jLatest, 'Next meeting',
    'Tuesday 12 October, 7.30pm, Fennick Methodist Hall: "Winter pruning" with Alan Dunmore.',
    'Copyright © 2027 Fennick & District Horticultural Society. All Rights Reserved.',
    'Joomla! is Free Software released under the GNU General Public License.',
  ],
});

export const HELDOUT553_E: readonly TestPage[] = [shopifyCider, joomlaResults];
