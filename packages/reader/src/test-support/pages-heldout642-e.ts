import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle, trs } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file e: a ghost walk guide's blog post on Hugo (PaperMod theme) with breadcrumbs, a closed table of
 * contents, tags and prev / next links, and a town council's guided heritage walks page on Drupal 10 (Olivero) with a timetable.
 */
const hTitle = 'Why I stopped telling the story of the Grey Lady';
const hDesc = 'Twenty years of the most requested ghost in Fennick, and the family who asked me to leave her alone.';
const hS1 = [
  j(
    'For twenty years the Grey Lady of Fennick Row was the high point of my walk. Guests asked for her by name. I would stop the',
    'group under the third window of number 9, drop my voice, and tell them about the young wife locked in the attic by a jealous',
    'husband in 1790, who still looks down at the street on moonlit nights.',
  ),
  'Last spring I took her out of the walk. Several regulars have asked why, so here is the answer.',
];
const hS2 = [
  j(
    'In March a woman waited behind after the tour and introduced herself as a great-great-granddaughter of the family who had',
    'lived at number 9. She was not angry. She simply said that the woman in my story had a name, Hannah Lisle, that she had',
    'not been locked in any attic, and that she had died of a fever at the age of 31, nursed by the husband I had spent twenty',
    'years calling a monster.',
  ),
  j(
    'She had the letters to prove it, and a few weeks later she let me read them at the county archive. They are the letters of',
    'a man whose wife is dying and who cannot bear it.',
  ),
];
const hS3 = [
  j(
    'I could have kept the ghost and dropped the husband. But the story only works because of him, and once I had read those',
    'letters I could not tell it with a straight face. So I wrote a new stop for that corner instead: the fever of 1802, which',
    'killed forty people in the Row in a single summer, Hannah among them.',
  ),
  'A few guests have been disappointed. Most have not noticed. And one of them, last week, cried.',
];
const hLessons = [
  'Every ghost story about a real house is a story about real people, and some of them have descendants.',
  'If a story has a named villain, check the villain first.',
  'The true version is nearly always sadder, and nearly always better.',
];
const hHeads = ['The conversation at number 9', 'What I changed', 'What I have learned'];
const hNav = ['Walks', 'Posts', 'About', 'Book'];
const hTags = ['Fennick', 'Storytelling', 'Archives'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.128.0"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Notes from the Lamplight</title><meta name="keywords" content="Fennick, Storytelling, Archives"><meta name="description" content="${hDesc}">
<meta name="author" content="Orla Penhallow"><link rel="canonical" href="https://lamplightnotes.uk/posts/grey-lady/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript><meta property="og:title" content="${hTitle}"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-09-14T00:00:00+00:00"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${hTitle}","description":"${hDesc}","wordCount":"612",
"datePublished":"2026-09-14T00:00:00Z","author":[{"@type":"Person","name":"Orla Penhallow"}]}</script>
</head><body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://lamplightnotes.uk/" accesskey="h" title="Notes from the Lamplight (Alt + H)">Notes
from the
Lamplight</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hNav
  .map(
    (t) => `<li><a href="https://lamplightnotes.uk/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://lamplightnotes.uk/">Home</a>&nbsp;»&nbsp;<a
href="https://lamplightnotes.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-09-14 00:00:00 +0000 UTC'>September 14, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Orla Penhallow</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(hS1)}
<h2 id="the-conversation-at-number-9">${hHeads[0]}<a hidden class="anchor" aria-hidden="true" href="#the-conversation-at-number-9">#</a></h2>
${ps(hS2)}
<h2 id="what-i-changed">${hHeads[1]}<a hidden class="anchor" aria-hidden="true" href="#what-i-changed">#</a></h2>
${ps(hS3)}
<h2 id="what-i-have-learned">${hHeads[2]}<a hidden class="anchor" aria-hidden="true" href="#what-i-have-learned">#</a></h2>
<ol>${lis(hLessons)}</ol></div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul><nav class="paginav"><a class="prev" href="https://lamplightnotes.uk/posts/new-route/">
<span class="title">« Prev</span><br><span>A new route for the winter season</span></a><a class="next" href="https://lamplightnotes.uk/posts/lantern-care/">
<span class="title">Next »</span><br><span>Looking after a paraffin lantern</span></a></nav><ul class="share-buttons"><li><a target="_blank"
rel="noopener noreferrer"
aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Grey%20Lady"><svg viewBox="0 0 512 512" height="30px" width="30px"
fill="currentColor"><path
d="M512 62.554v386.892"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2flamplightnotes.uk%2fposts%2fgrey-lady%2f"><svg viewBox="0 0 512 512" height="30px"
width="30px"><path
d="M449.446 0"></path></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://lamplightnotes.uk/">Notes from the Lamplight</a></span> · <span>Powered by <a
href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = settle({
  name: 'heldout642-hugo-papermod-guide-post',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDesc, ...hS1, ...hS2, ...hS3, ...hLessons],
  bylines: ['September 14, 2026 · 3 min · Orla Penhallow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Notes from the Lamplight', ...hNav, 'Home', 'Table of Contents', ...hTags, '« Prev', 'A new route for the winter season', 'Next »',
    'Looking after a paraffin lantern', '© 2026 Notes from the Lamplight', 'Powered by Hugo & PaperMod',
  ],
});

const oTitle = 'Guided heritage walks';
const oIntro = [
  j(
    'Dunmarrow Town Council runs guided walks through the historic town centre from April to October. All walks are led by',
    'volunteer guides from the Dunmarrow Heritage Trust and last about an hour and a half.',
  ),
  'You do not need to book for the regular walks. Just turn up at the meeting point a few minutes before the start and pay the guide.',
];
const oRows = [
  ['The Medieval Town', 'Tuesday', '2pm', 'Market Cross', '£6'],
  ['Wool and Weavers', 'Thursday', '2pm', 'Weavers’ Hall steps', '£6'],
  ['Dunmarrow After Dark (ghost walk)', 'Friday', '8pm', 'Castle Gate', '£8'],
  ['Churches and Chapels', 'Sunday', '11am', 'St Ninian’s porch', '£6'],
];
const oGroups = [
  j(
    'Schools, clubs and coach parties can book a private walk on any day of the week. Private walks cost £90 for up to 30 people.',
    'Please give us at least three weeks’ notice.',
  ),
  'To book, email heritage@dunmarrow-tc.gov.uk or call the Tourist Information Centre on 01632 960 771.',
];
const oAccess = j(
  'The Medieval Town and Churches and Chapels walks are step-free. The other walks include steps and steep cobbled lanes. Assistance',
  'dogs are welcome on all walks.',
);
const oNav = ['Home', 'Things to do', 'Events', 'Plan your visit', 'Council services'];
const oCrumbs = ['Home', 'Things to do'];
const oFoot = ['Contact the council', 'Accessibility statement', 'Privacy notice', 'Cookies'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.visitdunmarrow.gov.uk/things-to-do/guided-heritage-walks">
<title>${oTitle} | Visit Dunmarrow</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Q3b1x9.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/118","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script><script
src="/sites/default/files/js/js_V9kQ2a.js?scope=header&amp;delta=0&amp;theme=olivero"></script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Visit Dunmarrow</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button
class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label
for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search
form-element--api-search"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2
id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string field--label-hidden">${oTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="118"
class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oIntro)}
<h2>Walk timetable</h2>
<table><caption>Regular walks, 1 April to 31 October</caption><thead><tr><th>Walk</th><th>Day</th><th>Start</th><th>Meeting
point</th><th>Price</th></tr></thead>
<tbody>${trs(oRows)}</tbody></table>
<p><em>Children under 12 walk free with a paying adult.</em></p>
<h2>Private and group walks</h2>
${ps(oGroups)}
<h3>Access</h3>
<p>${oAccess}</p>
</div></div></article></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node
block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2
class="block__title" id="block-olivero-footer-menu">Useful links</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Pz0eQ1.js?scope=footer&amp;delta=0&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = settle({
  name: 'heldout642-drupal-olivero-heritage-walks',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Walk timetable', 'Private and group walks', 'Access'],
  body: texts([
    ...oIntro,
    'Regular walks, 1 April to 31 October',
    ...oRows.map((r) => r.join(' ')),
    'Children under 12 walk free with a paying adult.',
    ...oGroups,
    oAccess,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Visit Dunmarrow', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', ...oCrumbs, 'RSS feed', 'Useful links', ...oFoot,
    'Powered by Drupal',
  ],
});

export const HELDOUT642_E: readonly TestPage[] = [hugo, drupal];
