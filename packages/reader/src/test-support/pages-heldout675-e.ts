import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file e: a chess café's house rules on Hugo with the PaperMod theme (breadcrumbs, contents box, FAQ in
 * `<details>`, tags and prev / next links), and a chess club's junior news story on Drupal 10 with Olivero (with a comment).
 */
const hTitle = 'House rules';
const hDesc = 'A few rules so that everyone gets a board and a quiet game.';
const hSec: [string, string[]][] = [
  [
    'Tables and boards',
    [
      'Every table has a board, a set and a clock. Please do not move sets between tables; ask the bar if a piece is missing.',
      'Tables by the window are for games with clocks. The long table at the back is for lessons, analysis and friendly blitz.',
    ],
  ],
  [
    'Food and drink',
    [
      j(
        'Buy one drink per person per two hours and the tables are free. Hot drinks are fine on the boards, sticky food is not:',
        'please eat at the counter or on the terrace.',
      ),
    ],
  ],
  ['Noise', ['Blitz is allowed, slamming the clock is not. Phones on silent at the window tables, please.']],
];
const hFaq: [string, string][] = [
  ['Can I bring my own set?', 'Of course. We only ask that you use our clocks so that the tables stay uniform for tournaments.'],
  ['Do you run rated events?', 'Yes, a rapid on the last Sunday of each month. Entry is £8 and includes a coffee.'],
];
const hFaqTitle = 'Frequently asked';
const hMenu = ['Games', 'Events', 'Menu', 'Info', 'Search'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>House rules | The Pawn Shop Café</title><meta name="description" content="${hDesc}"><meta name="author" content="The Pawn Shop Café team">
<link rel="canonical" href="https://pawnshopcafe.nl/info/house-rules/"><link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css"
rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.125.4"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Info",
"item":"https://pawnshopcafe.nl/info/"},{"@type":"ListItem","position":2,"name":"House rules","item":"https://pawnshopcafe.nl/info/house-rules/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"House rules",
"datePublished":"2027-01-04T00:00:00Z"}</script>
</head><body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="The Pawn Shop Café (Alt + H)">The Pawn Shop Café</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18">
</svg>
</button></div></div><ul id="menu">${hMenu.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="/">Home</a>&nbsp;»&nbsp;<a href="/info/">Info</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-01-04 00:00:00 +0000 UTC'>January 4, 2027</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;
The Pawn Shop Café team</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${[...hSec.map(([h]) => h), hFaqTitle].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">
${hSec
  .map(
    ([h, paras]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}<a hidden class="anchor" aria-hidden="true" href="#${h.toLowerCase()}">#</a>
</h2>\n${ps(paras)}`,
  )
  .join('\n')}
<h2 id="frequently-asked">${hFaqTitle}<a hidden class="anchor" aria-hidden="true" href="#frequently-asked">#</a></h2>
${hFaq.map(([q, a]) => `<details><summary>${q}</summary>\n<p>${a}</p>\n</details>`).join('\n')}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/rules/">Rules</a></li><li><a href="/tags/visiting/">Visiting</a></li></ul>
<nav class="paginav"><a class="prev" href="/info/opening-hours/"><span class="title">« Prev</span><br><span>Opening hours and holidays</span></a>
<a class="next" href="/info/accessibility/"><span class="title">Next »</span><br><span>Accessibility</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share House rules on x"
href="https://x.com/intent/tweet/?text=House%20rules">
<svg version="1.1" viewBox="0 0 512 512"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://pawnshopcafe.nl/">The Pawn Shop Café</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout675-hugo-house-rules',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hSec.map(([h]) => h), hFaqTitle],
  body: texts([hDesc, ...hSec.flatMap(([, p]) => p), ...hFaq.flatMap(([q, a]) => [q, a])]),
  bylines: ['January 4, 2027', '2 min', 'The Pawn Shop Café team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Pawn Shop Café', 'Menu', 'Info', 'Search', 'Home', 'Table of Contents', 'Visiting', '« Prev',
    'Opening hours and holidays', 'Next »', 'Accessibility', '© 2027', 'Powered by Hugo & PaperMod',
  ],
};

const oTitle = 'Junior squad qualifies for the county finals for the first time';
const oParas = [
  j(
    'Our under-14 team has qualified for the Westmarch County Junior Finals after finishing second in the northern group,',
    'the first time in the club’s 58-year history that a junior side has made it past the group stage.',
  ),
  j(
    'The team of six won four of its five group matches, losing only to the eventual group winners, Corrow Grammar School, by',
    'the narrowest margin of 3½–2½. Board one, Esme Tallow, finished the group unbeaten with 4½ points from five games.',
  ),
  j(
    'Coach Martin Oyelaran said the improvement came from the Saturday morning training sessions the club started last',
    'autumn: "We spend an hour on endgames every week. It is not glamorous, but three of our wins came from positions that',
    'were level going into the ending."',
  ),
];
const oH = 'The team';
const oTeam = [
  'Esme Tallow (board 1)',
  'Kofi Brannagh (board 2)',
  'Lena Harkness (board 3)',
  'Theo Mbatha (board 4)',
  'Rosa Quill (board 5)',
  'Arlo Finch (board 6)',
];
const oH2 = 'How to support them';
const oEnd = j(
  'The finals are on Saturday 17 April at Westmarch Town Hall. Spectators are welcome from 10am, and the club is running a',
  'minibus from the Institute at 8.45am. Please let the junior organiser know by 10 April if you would like a seat.',
);
const oNav = ['Home', 'About', 'Junior chess', 'League', 'News', 'Contact'];
const oFoot = ['Privacy notice', 'Safeguarding', 'Affiliated to the Westmarch Chess Association'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="canonical" href="https://felbridgechess.org.uk/news/junior-squad-county-finals"><link rel="shortlink" href="https://felbridgechess.org.uk/node/212">
<title>${oTitle} | Felbridge Chess Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q0x8x4.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/212",
"currentLanguage":"en"}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Felbridge Chess Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main
navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="#" class="primary-nav__menu-link
primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a>
</li>
</ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="212" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><article class="profile"></article><span>By <span class="field field--name-uid field--type-entity-reference
field--label-hidden"><a title="View user profile." href="/user/7" class="username">ines.calloway</a></span></span><span class="node__meta-date"><span
class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-03-22T18:40:12+00:00">Mon, 03/22/2027 - 18:40</time></span>
</span>
</div></header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2027-03/juniors.jpg" width="1200" height="800" alt="The under-14 squad with their coach"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oParas)}
<h2>${oH}</h2><ul>${lis(oTeam)}</ul>
<h2>${oH2}</h2>${ps([oEnd])}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(['Juniors', 'County finals'], 'field__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="0" id="comment-88"
class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1774291200"></span><div class="comment__picture-wrapper"></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>Gwen Tallow (not verified)</span></p>
<p class="comment__time">Tue, 03/23/2027 - 09:12</p></footer><div class="comment__content"><p>So proud of all of them. Thank you to the coaches for
every Saturday morning!</p></div><ul class="links inline comment__links"><li><a href="/comment/reply/node/212/comment/88">Reply</a></li></ul></div></article>
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/212/comment" method="post">
<div class="form-item form-type-textfield"><label for="edit-name" class="form-item__label">Your name</label><input type="text" id="edit-name" name="name"
class="form-text form-element form-element--type-text"></div><div class="form-actions"><input type="submit" value="Save" class="button button--primary"></div>
</form>
</section></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate"
class="block block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><nav role="navigation"
aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div></div></footer></div></div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout675-olivero-junior-finals',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oH, oH2],
  body: texts([...oParas, ...oTeam, oEnd]),
  bylines: ['By ines.calloway', 'Mon, 03/22/2027 - 18:40', 'Gwen Tallow (not verified)', 'Tue, 03/23/2027 - 09:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Felbridge Chess Club', 'Menu', ...oNav, 'Tags', 'Juniors', 'Comments',
    'So proud of all of them. Thank you to the coaches for every Saturday morning!', 'Reply', 'Add new comment', 'Your name', 'RSS feed', ...oFoot,
    'Powered by Drupal',
  ],
};

export const HELDOUT675_E: readonly TestPage[] = [hugo, olivero];
