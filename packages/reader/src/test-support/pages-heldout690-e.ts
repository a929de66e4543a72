import { links, ps, type TestPage } from './page-kit.js';
import { at, j, row, tr } from './pages-heldout690-kit.js';

/**
 * Held-out batch 690, file e: a regional cycling association's news article on Drupal 10 (Olivero), and a club's time trial
 * results post on Hugo (PaperMod theme) with a results table.
 */
const oTitle = 'Dunmore Park criterium series returns with a new women’s category';
const oBody = [
  j(
    'The Eastmarch Cycling Association’s summer criterium series will return to Dunmore Park in May, with a separate',
    'women’s race on every evening of the series for the first time.',
  ),
  j(
    'The series runs on six Tuesday evenings from 12 May, on the 1.4 km closed circuit around the park’s boating lake.',
    'Races for fourth-category and youth riders start at 6.30 pm, followed by the women’s race and the open race.',
  ),
  j(
    '“Last year we had eleven women racing in the open category, and they were doing brilliantly, but a field of their own',
    'is what they asked for,” said series organiser Rhona Delaney. “We expect twenty or more on the start line this year.”',
  ),
  'Entry and marshals',
  j(
    'Entries open on 1 April through the association’s entry system and cost £12 a race, or £60 for the whole series.',
    'Clubs entering riders are asked to provide one marshal for each evening; a short briefing is held at 5.45 pm.',
  ),
  j(
    'The park’s car park will be closed to the public from 5 pm on race nights. Spectators are welcome and can watch from',
    'the lakeside path, which stays open.',
  ),
];
const oNav = ['News', 'Racing', 'Clubs', 'Coaching', 'Events', 'About us'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.eastmarchcycling.org/news/dunmore-park-criterium-series-returns" />
<title>${oTitle} | Eastmarch Cycling Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_oLVn4b3GZ1a3.css?delta=0&amp;language=en&amp;theme=olivero" />
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318","currentPathIsAdmin":false,"isFront":false},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
</head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Eastmarch Cycling Association</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys--2" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys--2" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"
/></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Eastmarch Communications</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-02-18T09:00:00Z" title="Wednesday, February 18, 2026 - 09:00" class="datetime">18 February 2026</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-02/dunmore-crit.jpg" width="1440" height="810"
alt="Riders cornering at Dunmore Park" class="image-style-wide" /></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody.slice(0, 3))}
<h2>${at(oBody, 3)}</h2>
${ps(oBody.slice(4))}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Criterium</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Women’s racing</a></li></ul></div>
</div></article></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
<div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="block__title" id="block-olivero-footer-menu">Association</h2>
<ul class="menu">${links(['Contact us', 'Safeguarding', 'Privacy notice'], 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>
<script src="/sites/default/files/js/js_Ue3m3T0xTj.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script>
</body></html>`;
const drupal: TestPage = {
  name: 'heldout690-crit-series-drupal',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [at(oBody, 3)],
  body: oBody.filter((_, i) => i !== 3),
  bylines: ['Eastmarch Communications', '18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...oNav.filter((t) => !['Racing', 'Clubs'].includes(t)), 'Breadcrumb', 'Home',
    'Tags', 'Women’s racing', 'RSS feed', 'Contact us', 'Safeguarding', 'Privacy notice', 'Powered by Drupal',
  ],
};

const hTitle = 'Club 10 TT, Round 4: Results';
const hRes = [
  ['1', 'Kieran Doyle', 'Senior', '21:48'],
  ['2', 'Lena Fischer', 'Senior', '22:31'],
  ['3', 'Rob Tennant', 'Vet 50', '23:05'],
  ['4', 'Maisie Cole', 'Junior', '24:12'],
  ['5', 'Arun Mehta', 'Vet 40', '24:40'],
];
const hBody = [
  j(
    'A calm, dry evening on the V718 course brought out nineteen riders for round 4 of the club 10, and three personal bests.',
    'Kieran Doyle took his third win of the season; Maisie Cole broke 25 minutes for the first time.',
  ),
  ...hRes.map(row),
  j(
    'Full results, including the handicap standings, are on the club results spreadsheet. Round 5 is on 23 July, signing on',
    'at the lay-by from 6.45 pm. Please bring your own pins.',
  ),
];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.128.0"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Wraybeck Road Club</title><meta name="keywords" content="time trial, results">
<meta name="description" content="Results from round 4 of the club 10 mile time trial.">
<meta name="author" content="Jo Whitlock"><link rel="canonical" href="https://wraybeckrc.org.uk/posts/club-10-round-4/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d6fcd20a4fb86efa4dfac8ec95da60244cc8871042183da1ef28e3a762ad79c8.css"
integrity="sha256-1vzSCk+4bvpN+sjslddgJEzIhxBCGD2h7yjjp2KteciI=" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"datePublished":"2026-07-10T21:30:00+01:00","author":[{"@type":"Person","name":"Jo Whitlock"}]}</script>
</head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://wraybeckrc.org.uk/" accesskey="h" title="Wraybeck Road Club (Alt + H)">Wraybeck Road Club</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu"><li><a href="https://wraybeckrc.org.uk/posts/" title="Posts"><span>Posts</span></a></li><li>
<a href="https://wraybeckrc.org.uk/rides/" title="Rides"><span>Rides</span></a></li>
<li><a href="https://wraybeckrc.org.uk/tags/" title="Tags"><span>Tags</span></a></li><li>
<a href="https://wraybeckrc.org.uk/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://wraybeckrc.org.uk/">Home</a>&nbsp;»&nbsp;<a href="https://wraybeckrc.org.uk/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title='2026-07-10 21:30:00 +0100 BST'>July 10, 2026</span>&nbsp;·&nbsp;1 min&nbsp;·&nbsp;Jo Whitlock</div></header>
<div class="post-content">${ps(hBody.slice(0, 1))}
<table><thead><tr><th>Pos</th><th>Rider</th><th>Category</th><th>Time</th></tr></thead><tbody>
${hRes.map((r) => tr(r)).join('\n')}
</tbody></table>
${ps(hBody.slice(6))}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://wraybeckrc.org.uk/tags/time-trial/">Time Trial</a></li><li>
<a href="https://wraybeckrc.org.uk/tags/results/">Results</a></li></ul>
<nav class="paginav"><a class="prev" href="https://wraybeckrc.org.uk/posts/summer-social/"><span class="title">« Prev</span><br>
<span>Summer Social Ride to Hebble Bridge</span></a>
<a class="next" href="https://wraybeckrc.org.uk/posts/club-10-round-3/"><span class="title">Next »</span><br><span>Club 10 TT, Round 3: Results</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=Club%2010%20TT"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fwraybeckrc.org.uk%2fposts%2fclub-10-round-4%2f">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://wraybeckrc.org.uk/">Wraybeck Road Club</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script>
</body></html>`;
const hugo: TestPage = {
  name: 'heldout690-tt-results-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: hBody,
  bylines: ['July 10, 2026', 'Jo Whitlock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wraybeck Road Club', 'Posts', 'Rides', 'Tags', 'Search', 'Home', '1 min', 'Time Trial', '« Prev', 'Summer Social Ride to Hebble Bridge',
    'Next »', 'Club 10 TT, Round 3: Results', '© 2026 Wraybeck Road Club', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT690_E: readonly TestPage[] = [drupal, hugo];
