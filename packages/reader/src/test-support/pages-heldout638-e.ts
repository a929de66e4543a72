import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout638-kit.js';

/**
 * Held-out batch 638, file e: a cactus nursery's grower's notes on Hugo with the PaperMod theme (breadcrumbs, a collapsed
 * table of contents, tags, prev / next links, share icons), and an orchid nursery's news item on Drupal 10 with Olivero.
 */
const hTitle = 'Grafting Seedlings onto Pereskiopsis';
const hDesc = 'How we get slow cactus seedlings to flowering size two years sooner.';
const hBody = [
  j(
    'Some of the cacti we grow from seed, Ariocarpus and Turbinicarpus above all, take a year to reach the size of a pea. Grafted onto',
    'a fast stock, the same seedling can be the size of a walnut by its second autumn. Here is the method we have settled on.',
  ),
  'Preparing the stock',
  j(
    'We root Pereskiopsis cuttings in spring and grow them on warm and wet until the stems are about as thick as a pencil. The stock',
    'must be growing hard on the day of grafting; a stock that has stalled will not take.',
  ),
  'Making the graft',
  'Cut the top off the stock with a fresh razor blade, leaving a clean, flat, moist surface.',
  'Lift a seedling a few weeks old, cut off its root, and set it on the cut so that the rings of tissue overlap.',
  'Press gently for a few seconds. At this size the seedling holds by itself; no weight or band is needed.',
  'Keep the plant out of direct sun and away from draughts for a week.',
  'Aftercare',
  j(
    'After a week, a graft that has taken looks plump and green; one that has failed shrivels or slides off. We usually get seven',
    'or eight takes out of ten. Feed the stock weekly through the summer and cut away any side shoots it makes.',
  ),
  j(
    'Pereskiopsis does not like cold, so in the autumn we either regraft the seedlings onto a hardier stock or cut them off and',
    'root them, which most species do readily once they are the size of a marble.',
  ),
];
const hNav = ['Notes', 'Plant List', 'Visiting', 'Search'];
const hHeads = [1, 3, 8];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Hollin Cactus Nursery</title><meta name="keywords" content="grafting, seedlings"><meta name="description" content="${hDesc}">
<meta name="author" content="Ana Brennick"><link rel="canonical" href="https://hollincacti.co.uk/notes/grafting-seedlings-pereskiopsis/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload
stylesheet" as="style">
<meta name="generator" content="Hugo 0.124.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"datePublished":"2026-05-10T00:00:00+00:00","author":{"@type":"Person","name":"Ana Brennick"}}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://hollincacti.co.uk/" accesskey="h" title="Hollin Cactus Nursery (Alt + H)">Hollin
Cactus Nursery</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">${hNav
  .map(
    (n) => `<li><a href="/${n.toLowerCase().replace(/ /g, '-')}/"
title="${n}"><span>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://hollincacti.co.uk/">Home</a>&nbsp;»&nbsp;<a
href="https://hollincacti.co.uk/notes/">Notes</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-05-10 00:00:00 +0000 UTC'>May 10, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Ana Brennick</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((i) => `<li><a href="#${at(hBody, i).toLowerCase().replace(/ /g, '-')}" aria-label="${at(hBody, i)}">${at(hBody, i)}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">${ps([at(hBody, 0)])}
<h2 id="preparing-the-stock">${at(hBody, 1)}<a hidden class="anchor" aria-hidden="true" href="#preparing-the-stock">#</a></h2>${ps([at(hBody, 2)])}
<p><img loading="lazy" src="/images/pereskiopsis-stock.jpg" alt="Rooted Pereskiopsis cuttings"></p>
<h2 id="making-the-graft">${at(hBody, 3)}<a hidden class="anchor" aria-hidden="true" href="#making-the-graft">#</a></h2><ol>${lis(hBody.slice(4, 8))}</ol>
<h2 id="aftercare">${at(hBody, 8)}<a hidden class="anchor" aria-hidden="true" href="#aftercare">#</a></h2>${ps(hBody.slice(9))}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://hollincacti.co.uk/tags/grafting/">Grafting</a></li><li><a
href="https://hollincacti.co.uk/tags/propagation/">Propagation</a></li></ul>
<nav class="paginav"><a class="prev" href="https://hollincacti.co.uk/notes/sowing-calendar/"><span class="title">« Prev</span><br><span>Our Sowing
Calendar</span></a><a class="next" href="https://hollincacti.co.uk/notes/winter-benches/"><span class="title">Next »</span><br><span>Clearing the Winter
Benches</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=${encodeURIComponent(hTitle)}"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor">
</svg></a></li><li>
<a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fhollincacti.co.uk">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://hollincacti.co.uk/">Hollin Cactus Nursery</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
</span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout638-hugo-papermod-cactus-grafting',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts([hDesc, ...hBody.filter((_, i) => !hHeads.includes(i))]),
  bylines: ['May 10, 2026', 'Ana Brennick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollin Cactus Nursery', ...hNav, 'Home', 'Table of Contents', '3 min', 'Propagation', '« Prev', 'Our Sowing Calendar',
    'Next »', 'Clearing the Winter Benches', '© 2026 Hollin Cactus Nursery', 'Powered by Hugo & PaperMod',
  ],
};

const dTitle = 'Gold for our Paphiopedilum display at the Kernow Spring Orchid Show';
const dBody = [
  j(
    'Our display of slipper orchids won a gold medal and the award for best nursery exhibit at the Kernow Spring Orchid Show in',
    'Truro on Saturday. It is the first gold for the nursery since 2019, and the first time we have shown only Paphiopedilum.',
  ),
  j(
    'The display held 46 plants, most of them hybrids bred here over the last twelve years. The judges singled out a plant of',
    'Paphiopedilum Tregarth Dawn, a green and white primary hybrid carrying three flowers, which also won the award for best hybrid.',
  ),
  j(
    '"Slipper orchids are slow, and a display like this is really the work of a decade," said head grower Colm Rasmussen. "Most of',
    'these plants were seedlings in flasks when we last took gold."',
  ),
  j(
    'Plants from the display will be on show in the nursery\u2019s main glasshouse until the end of April. Divisions of several of the',
    'hybrids will be offered for sale later in the year.',
  ),
];
const dNav = ['Home', 'Plants', 'Events', 'News', 'Visit'];
const dComment = 'Congratulations! The display was stunning, we spent half an hour at it.';
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.tregarthorchids.co.uk/news/gold-kernow-spring-show">
<title>${dTitle} | Tregarth Orchid Nursery</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero3fQp2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58","currentLanguage":"en"}}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Tregarth Orchid Nursery</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button
class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search
form-element--api-search"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit"
value="Search"><span
class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (n) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${n.toLowerCase()}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a
href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav>
</div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="58" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<a title="View user profile."
href="/user/4" class="username">Keziah Pollard</a></span></span><span class="node__meta__date"><span class="field field--name-created field--type-created
field--label-hidden"><time datetime="2026-04-20T11:30:00+01:00" title="Monday, April 20, 2026 - 11:30" class="datetime">Mon, 04/20/2026 - 11:30</time></span>
</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-04/paph-display.jpg.webp?itok=Zq1" width="1200" height="800" alt="The Paphiopedilum display on the show bench"
class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody.slice(0, 2))}
<blockquote>${ps([at(dBody, 2)])}</blockquote>${ps([at(dBody, 3)])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul
class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Shows</a></li>
<li class="field--tags__item"><a
href="/taxonomy/term/7" hreflang="en">Slipper orchids</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="0" id="comment-12" class="comment
js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1745231400"></span><div class="comment__picture-wrapper">
<div class="comment__picture"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>Ella Moorcroft (not verified)</span></p>
<p class="comment__time">Mon,
04/20/2026 - 19:44</p></footer><div class="comment__content"><h3>
<a href="/comment/12#comment-12" class="permalink" rel="bookmark" hreflang="en">Congratulations!</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${dComment}</p></div></div></div>
</article><ul class="links inline"><li><a href="/user/login?destination=/comment/reply/node/58/comment%23comment-form">Log in</a> or <a
href="/user/register">register</a>
to post comments</li></ul></section></div></article></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout638-drupal-olivero-orchid-show',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dBody),
  bylines: ['Keziah Pollard', 'Mon, 04/20/2026 - 11:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tregarth Orchid Nursery', 'Menu', 'Search', 'Main navigation', ...dNav.filter((n) => n !== 'Plants'), 'Breadcrumb',
    'Tags', 'Shows',
    'Comments', 'Ella Moorcroft (not verified)', 'Mon, 04/20/2026 - 19:44', 'Congratulations!', dComment, 'Log in or register to post comments', 'RSS feed',
    'Powered by Drupal',
  ],
};

export const HELDOUT638_E: readonly TestPage[] = [hugo, olivero];
