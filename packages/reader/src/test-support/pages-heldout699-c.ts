import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout699-kit.js';

/**
 * Held-out batch 699, file c: a swarm collection service page of a bee farm built with Wix, and a Discourse forum thread of a
 * beekeepers' community about a queenless hive.
 */
const xTitle = 'Swarm Collection';
const xBody = [
  j(
    'We collect honey bee swarms free of charge within 15 miles of Hollin Bridge, seven days a week from April to August.',
    'Swarms we collect are checked for disease, kept apart for a month and then given a home in one of our out-apiaries.',
  ),
  'Before you call, please check that they are honey bees and that the swarm is within reach of a ladder.',
  'Call or text Owen on 07700 900733',
];
const xNav = ['Home', 'Our Bees', 'Swarm Collection', 'Honey Shop', 'Contact'];
const wixP = (t: string, cls = 'font_8 wixui-rich-text__text'): string =>
  `<div data-testid="richTextElement" class="wixui-rich-text"><p class="${cls}"><span class="wixui-rich-text__text">${t}</span></p></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Swarm Collection | Hollin Bridge Bees</title>
<meta property="og:title" content="Swarm Collection | Hollin Bridge Bees"><meta property="og:url" content="https://www.hollinbridgebees.com/swarm-collection">
<script type="application/json" id="wix-viewer-model">{
"siteFeatures":["assetsLoader","businessLogger","captcha","cyclicTabbing"],"site":{"metaSiteId":"9a1c"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}.font_8{font:normal normal normal 17px/1.4em
avenir-lt-w01_35-light1475496,sans-serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Qe6qUV ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="C_wZ84">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-kq1" class="comp-kq1 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.hollinbridgebees.com" class="wixui-rich-text__text">Hollin Bridge Bees</a></span></p></div>
<wix-dropdown-menu id="comp-kq2" class="XwCBRN comp-kq2 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1">
<nav class="StylableHorizontalMenu" aria-label="Site">
<ul class="bsCIl1" id="comp-kq2itemsContainer">${xNav
  .map(
    (t, i) => `<li data-testid="${t === 'Swarm Collection' ? 'menuItem selected' : 'menuItem'}" class="wixui-dropdown-menu__item"
id="comp-kq2${i}"><a data-testid="linkElement" href="https://www.hollinbridgebees.com/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh">
<div class="gQ9mA"><div class="_pfxlW"
id="comp-kq2${i}label">${t}</div></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="ab3c" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerab3c" class="Containerab3c SPY_vo">
<div data-mesh-id="Containerab3cinlineContent">
<section id="comp-lx1" tabindex="-1" class="Oqnisf comp-lx1 wixui-section"><div data-testid="columns" class="comp-lx1-container">
<div id="comp-lx2" class="comp-lx2 wixui-column-strip__column"><div data-mesh-id="comp-lx2inlineContent">
<div id="comp-lx3" class="HcOXKn SxM0TO QxJLC3 comp-lx3 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">${xTitle}</span></h1></div>
<div id="comp-lx4" class="comp-lx4">${wixP(xBody[0] ?? '')}</div>
<div id="comp-lx5" class="comp-lx5">${wixP(xBody[1] ?? '')}</div>
<div id="comp-lx6" class="comp-lx6">${wixP(
  `<span style="font-weight:bold;" class="wixui-rich-text__text">${xBody[2]}</span>`,
  'font_7 wixui-rich-text__text',
)}</div>
<div class="comp-lx7 wixui-button" id="comp-lx7" aria-disabled="false">
<a data-testid="linkElement" href="https://www.hollinbridgebees.com/contact" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Send us a photo</span></a></div>
</div></div><div id="comp-lx8" class="comp-lx8 wixui-column-strip__column"><wow-image id="img_comp-lx9" class="HlRz5e" data-image-info="{}">
<img src="https://static.wixstatic.com/media/9a1c_swarm.jpg/v1/fill/w_480,h_640/swarm.jpg" alt="Swarm on an apple tree"></wow-image></div>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
${wixP('Hollin Bridge Bees, Moor End Farm, Hollin Bridge', 'font_9 wixui-rich-text__text')}
${wixP('© 2027 by Hollin Bridge Bees. Proudly created with Wix.com', 'font_9 wixui-rich-text__text')}</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qe6qUV ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region" aria-label="bottom of page">
<span class="C_wZ84">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout699-wix-swarm-collection',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Hollin Bridge Bees', ...xNav, 'Send us a photo', 'Hollin Bridge Bees, Moor End Farm, Hollin Bridge',
    '© 2027 by Hollin Bridge Bees. Proudly created with Wix.com', 'bottom of page',
  ],
});

const fTitle = 'Queenless after a swarm? No eggs for three weeks';
const fPosts = [
  [
    'kettlebee',
    'May 22, 2027 7:41pm',
    [
      j(
        'Second-year beekeeper here. My strongest colony swarmed on 1 May (I missed a queen cell, lesson learned). I left two',
        'queen cells and knocked the rest down. Three weeks on there are no eggs, no larvae and the bees are getting noisy.',
      ),
      'Should I give them a frame of eggs from my other hive, or wait longer?',
    ],
  ],
  [
    'Moira_D',
    'May 22, 2027 8:15pm',
    [
      j(
        'Three weeks is not long. A virgin queen emerges about 8 days after the swarm leaves, needs a week or so to mature, then',
        'mating flights, then a few days before she lays. Four weeks from the swarm is normal, five is not unusual in poor weather.',
      ),
      j('A test frame is a good idea though. If they draw queen cells on it, they are queenless; if not, be patient.'),
    ],
  ],
  [
    'kettlebee',
    'May 29, 2027 6:02pm',
    ['Update: put in a test frame on Sunday, no queen cells, and today I found eggs in the middle of two frames. Thanks all!'],
  ],
];
const fCats = ['Beekeeping', 'Queens and Rearing'];
const fTags = ['swarming', 'queenless'];
const fSug = ['Laying workers, what now?', 'How long after swarming before new queen lays'];
const fPost = ([user, date, paras]: (typeof fPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${9100 + i}" data-topic-id="4410" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.beehivecommons.org/${user}/48/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/queenless-after-a-swarm/4410/${i + 1}" title="Post date">
<span title="${date}" data-time="1779480060000" class="relative-date">${date}</span></a>
</div></div></div><div class="regular contents"><div class="cooked">${ps(paras as string[])}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="widget-button btn-flat toggle-like" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon"><use href="#far-heart"></use></svg></button>
<button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Queenless after a swarm? No eggs for three weeks - Beekeeping / Queens and Rearing - Beehive Commons</title>
<meta name="description" content="Second-year beekeeper here. My strongest colony swarmed on 1 May">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.beehivecommons.org/t/queenless-after-a-swarm/4410">
<link rel="stylesheet" href="/stylesheets/desktop_theme_3.css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"kettlebee"}}</script>
<script defer src="/assets/discourse.js"></script></head>
<body class="crawler archetype-regular category-beekeeping-queens tag-swarming tag-queenless"><noscript data-share-ember-app-to-element></noscript>
<section id="main"><div id="ember5" class="ember-view"><div class="skip-link"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Beehive Commons" id="site-logo" class="logo-big"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search" aria-label="Search" class="icon">
</a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container posts">
<div id="topic-title">
<div class="title-wrapper"><h1 data-topic-id="4410"><a href="/t/queenless-after-a-swarm/4410" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category ember-view"><div class="badge-category__wrapper">${fCats
  .map(
    (c) => `<a class="badge-category__wrapper" href="/c/${c.toLowerCase()}">
<span class="badge-category"><span class="badge-category__name">${c}</span></span></a>`,
  )
  .join('')}</div>
<div class="list-tags">${fTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`).join('\n')}</div></div></div></div>
<div class="post-stream">${fPosts.map(fPost).join('\n')}</div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<tbody>${fSug
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/x" class="title raw-link raw-topic-link">${t}</a></td><td class="num posts">4</td></tr>`,
  )
  .join('')}
</tbody></table></div></div></div></div></div>
<footer class="container"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home</a>
</span></li><li><span itemprop="name"><a href="/categories">Categories</a></span></li><li><span itemprop="name"><a href="/guidelines">Guidelines</a></span></li>
<li><span itemprop="name"><a href="/tos">Terms of Service</a></span></li><li><span itemprop="name"><a href="/privacy">Privacy Policy</a></span></li>
</ul></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></section></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout699-discourse-queenless',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p[2] as string[])),
  bylines: fPosts.flatMap((p) => [p[0] as string, p[1] as string]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fCats, ...fTags, 'Reply', 'Suggested Topics', ...fSug, '4', 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT699_C: readonly TestPage[] = [wix, discourse];
