import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout316-kit.js';

/**
 * Held-out batch 316, file d: a youth football club's match report on a Wix site with the Wix Blog app (Wix site header
 * built from rich-text and link components, blog category menu, post header with author, date and minutes to read, a
 * Ricos viewer body, hashtags, share buttons, views / comments counts, Recent Posts, the comments widget, a footer
 * strip) and a public library's summer reading challenge page on Drupal's Olivero theme (header with the primary nav,
 * breadcrumb, node body with a table of dates and prizes, "Last updated", page feedback box, sidebar links, footer).
 */
const wTitle = 'Under-11s lift the Vale Cup on penalties';
const wBody1 = [
  j(
    'What a day for our Under-11 Lions! After a nervy 1–1 draw in the final against Harford Rovers, the team held their',
    'nerve in the shoot-out to bring the Vale Cup back to Kingsmere for the first time in six years.',
  ),
  j(
    'The tournament at Brook Lane playing fields brought together twelve teams from across the district. The Lions topped',
    'their group with two wins and a draw, then beat Stanwell Juniors 3–0 in a semi-final played in pouring rain.',
  ),
];
const wH1 = 'The final';
const wBody2 = [
  j(
    'Harford started brightly and went ahead after ten minutes with a well-placed shot into the bottom corner. Our players',
    'kept passing the ball patiently, just as they practise every Tuesday, and were rewarded when Zac’s corner was headed in',
    'by Esme at the back post just before half-time.',
  ),
  j(
    'The second half was tight, with both goalkeepers making good saves. Our keeper Theo pushed a long-range effort round',
    'the post in the last minute to send the game to penalties.',
  ),
  j(
    'In the shoot-out, all five of our takers scored, and Theo saved Harford’s fourth penalty to win it. The celebrations',
    'on the touchline could probably be heard in the next village.',
  ),
];
const wH2 = 'A word from the coach';
const wBody3 = [
  j(
    '“I am so proud of every single player,” said coach Dan Whitlock. “We don’t pick our penalty takers by who is the best',
    'at shooting; we ask who wants to take one. Five hands went up straight away, and they all stepped up. That is what this',
    'club is about.”',
  ),
  j(
    'Thanks as always to the parents who washed kits, ran the tea stall and stood in the rain all afternoon. The cup will be',
    'on display in the clubhouse on Saturday morning for anyone who wants a photo.',
  ),
  j(
    'Next up for the Under-11s is the summer festival at Harford in June, where the team will play small-sided games against',
    'clubs from three counties. New players born in 2015 or 2016 are welcome to come along to a free taster session first.',
  ),
];
const wNav = ['Home', 'Teams', 'Club News', 'Fixtures', 'Sponsors', 'Contact'];
const wCats = ['All Posts', 'Match Reports', 'Club Updates', 'Tournaments'];
const wRecent = ['Summer training camp: booking now open', 'Meet our new Under-8s coaching team', 'Kit sponsor deal with Halden Motors'];
const ricos = (t: string, id: string): string => `<p dir="auto" id="viewer-${id}" class="MMl86 Y9Dpf mm8Nw Ap0ZP"><span
class="TNWyH wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Under-11s lift the Vale Cup on penalties</title>
<meta name="description" content="The Under-11 Lions beat Harford Rovers on penalties to win the Vale Cup."><meta property="og:type" content="article">
<meta property="og:site_name" content="Kingsmere Lions JFC"><meta property="article:author" content="Gemma Price">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-05-18T17:40:00.000Z",
"author":{"@type":"Person","name":"Gemma Price"},"publisher":{"@type":"Organization","name":"Kingsmere Lions JFC"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"appsSpecData":{}}}},
"site":{"siteId":"9b1c"}}</script>
<style id="css_masterPage">#comp-kx1a2{--min-height:60px}.font_0{font:normal normal bold 44px/1.2em montserrat}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a2" class="comp-kx1a2
wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">KINGSMERE LIONS
JFC</span></p></div><nav id="comp-kx1a9" aria-label="Site" class="comp-kx1a9 wixui-dropdown-menu"><ul class="QOMQDW" role="menubar">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item" role="none"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
role="menuitem" class="UiHgGh"><div class="itemDepth02233374943__wrapper"><p class="itemDepth02233374943__label">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPAMultiSection_kx1bb" class="JsJXaX">
<div data-hook="blog-desktop-header-container" class="blog-header"><nav data-hook="blog-navigation-header" aria-label="Blog categories"><ul
class="category-menu">${links(wCats, 'category-menu__item')}</ul></nav><button data-hook="search-button" aria-label="Search">Search</button></div>
<article data-hook="post" class="blog-post-page-font"><div data-hook="post-header"><div class="post-metadata__author"><span
data-hook="user-name" class="user-name">Gemma Price</span><span class="author-badge" aria-label="Admin">Admin</span></div><ul
class="post-metadata__date-time"><li><span data-hook="time-ago" title="18 May">18 May</span></li><li><span data-hook="time-to-read">3 min
read</span></li></ul></div>
<h1 data-hook="post-title" class="blog-post-title-font blog-post-title-color post-title">${wTitle}</h1>
<div data-hook="post-description" class="post-content__body"><div data-id="content-viewer" class="ricos-viewer" data-hook="ricos-viewer">
${wBody1.map((t, i) => ricos(t, `a${i}`)).join('\n')}
<h2 dir="auto" id="viewer-h1" class="MMl86 aSXY2 mm8Nw"><span class="TNWyH">${wH1}</span></h2>
<div data-hook="imageViewer" class="image-container"><img src="https://static.wixstatic.example/media/team-cup.jpg" alt=""><span
data-hook="imageViewerCaption" class="image-caption">The Under-11 Lions with the Vale Cup at Brook Lane</span></div>
${wBody2.map((t, i) => ricos(t, `b${i}`)).join('\n')}
<h2 dir="auto" id="viewer-h2" class="MMl86 aSXY2 mm8Nw"><span class="TNWyH">${wH2}</span></h2>
${wBody3.map((t, i) => ricos(t, `c${i}`)).join('\n')}
</div></div>
<div data-hook="post-footer"><div class="post-hashtags"><a href="/blog/hashtags/under11s">#under11s</a> <a href="/blog/hashtags/valecup">#valecup</a>
</div><div data-hook="share-buttons" class="share-buttons"><button aria-label="Share via Facebook">Share via Facebook</button><button
aria-label="Share via X">Share via X</button><button aria-label="Share via link">Copy link</button></div><div data-hook="post-main-actions">
<span data-hook="view-count">86 views</span><span data-hook="comment-count">2 comments</span><span data-hook="like-button" aria-label="Post not marked
as liked">14</span></div><a href="/blog/categories/match-reports" class="post-categories-list__link">Match Reports</a></div></article>
<section data-hook="recent-posts" class="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog" class="see-all">See All</a>
<ul>${links(wRecent, 'recent-posts__item')}</ul></section>
<section data-hook="comments-widget" class="comments"><h2 class="comments__title">Comments</h2><div class="comment"><span data-hook="user-name">Rob
Esterhuizen</span><span data-hook="time-ago">19 May</span><p>Brilliant effort lads and lasses. Well done Theo!</p></div><div class="comment"><span
data-hook="user-name">Lucy Marr</span><span data-hook="time-ago">19 May</span><p>Best day of the season by far.</p></div><button>Write a comment...</button>
</section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-kx1c4" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9">© 2026 Kingsmere
Lions Junior Football Club. FA Charter Standard club.</p><p class="font_9">Training: Tuesdays 6pm, Brook Lane playing fields</p></div></footer>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div></div></div><script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout316-wix-blog-club-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2],
  body: texts([...wBody1, ...wBody2, ...wBody3]),
  bylines: ['Gemma Price', '18 May', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'KINGSMERE LIONS JFC', ...wNav, ...wCats, 'Search', 'Admin', 'The Under-11 Lions with the Vale Cup at Brook Lane', '#under11s',
    '#valecup', 'Share via Facebook', 'Share via X', 'Copy link', '86 views', '2 comments', 'Match Reports', 'Recent Posts', 'See All', ...wRecent,
    'Comments', 'Rob Esterhuizen', '19 May', 'Brilliant effort lads and lasses. Well done Theo!', 'Lucy Marr', 'Best day of the season by far.',
    'Write a comment...', '© 2026 Kingsmere Lions Junior Football Club. FA Charter Standard club.', 'Training: Tuesdays 6pm, Brook Lane playing fields',
    'bottom of page',
  ],
};

const lTitle = 'Summer Reading Challenge 2026: Wild Worlds';
const lBody1 = [
  j(
    'This summer, explore jungles, deserts, oceans and faraway planets with Wild Worlds, our free reading challenge for',
    'children aged 4 to 11. Read any six library books over the holidays and collect stickers, a medal and a certificate.',
  ),
  'The challenge runs in all eight Ashcombe libraries and online from Saturday 11 July to Saturday 12 September.',
];
const lH1 = 'How it works';
const lBody2 = [
  'Sign up at any library, or online with your child’s library card number.',
  'Pick up your free Wild Worlds map and collector folder.',
  'Borrow and read six books. They can be any library books, including picture books, comics, audiobooks and e-books.',
  'Tell library staff about each book you finish to collect stickers for your map.',
  'Finish all six books to get your medal and certificate at our celebration events in September.',
];
const lH2 = 'Rewards along the way';
const lTable = [
  ['After 2 books', 'Wild Worlds sticker set'],
  ['After 4 books', 'A bookmark and a scratch-and-sniff jungle card'],
  ['After 6 books', 'Medal, certificate and entry into the prize draw'],
];
const lH3 = 'Young volunteers';
const lBody3 = [
  j(
    'Are you aged 12 to 17? Volunteer with us this summer to help younger children with the challenge. You can count the',
    'hours towards your Duke of Edinburgh’s Award, and you will get a reference at the end. Ask at your local library for',
    'an application form.',
  ),
];
const lH4 = 'Reading with additional needs';
const lBody4 = [
  j(
    'Every library has large-print, dyslexia-friendly and audio books as part of the challenge, and all of them count towards',
    'the six. Our Wild Worlds maps are also available in Braille and in an easy-read version. If your child would find a',
    'quieter visit easier, ask about our relaxed sessions on Wednesday mornings, when the lights are dimmed and there is no',
    'music.',
  ),
];
const lNav = ['Find a library', 'Borrow and renew', 'eLibrary', 'Events', 'Children and families', 'Join the library'];
const lCrumbs = ['Home', 'Children and families', 'Reading for children'];
const lSide = ['Bookstart for babies and toddlers', 'Homework help', 'Story times and rhyme times', 'Library events for children'];
const lHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="no-touchevents"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.ashcombe.example/libraries/summer-reading-challenge">
<title>Summer Reading Challenge 2026: Wild Worlds | Ashcombe Council</title><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4821"},
"olivero":{"mobile":false}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div
class="site-header__initial"></div><div id="site-header__inner" class="site-header__inner"><div class="site-header__inner__container container">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__name">Ashcombe Libraries</a></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(lNav, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__content">${links(lCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium"><div
class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string
field--label-hidden">${lTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div class="block block-system block-system-main-block">
<article data-history-node-id="4821" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(lBody1)}
<h2>${lH1}</h2>
<ol>${lis(lBody2)}</ol>
<h2>${lH2}</h2>
<table><caption>Rewards for the Summer Reading Challenge</caption><thead><tr><th>When</th><th>What you get</th></tr></thead><tbody>
${lTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<h2>${lH3}</h2>
${ps(lBody3)}
<h2>${lH4}</h2>
${ps(lBody4)}
</div></div></article></div>
<div class="block block-localgov-review-date"><p class="review-date">Last updated: 2 June 2026</p></div>
<div class="block block-page-feedback"><h2 class="block__title">Was this page helpful?</h2><form class="feedback-form"><button type="submit"
name="helpful" value="yes">Yes</button><button type="submit" name="helpful" value="no">No</button></form></div></div>
<div class="region region--sidebar"><div class="block block-menu"><h2 class="block__title">Reading for children</h2><ul class="menu">
${links(lSide, 'menu__item')}</ul></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><p>Ashcombe Council, Market Square,
Ashcombe. Libraries are open Monday to Saturday.</p></div><div class="region region--footer-bottom"><ul class="menu">${links([
  'Accessibility statement',
  'Cookies',
  'Privacy notice',
  'Contact us',
])}</ul></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.3.1"></script></body></html>`;
const library: TestPage = {
  name: 'heldout316-drupal-olivero-library-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lH1, lH2, lH3, lH4],
  body: texts([...lBody1, ...lBody2, 'Rewards for the Summer Reading Challenge', ...lTable.flat(), ...lBody3, ...lBody4]),
  bylines: ['Last updated: 2 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashcombe Libraries', 'Menu', 'Main navigation', ...lNav, 'Breadcrumb', 'Home', 'Reading for children',
    'Was this page helpful?', ...lSide,
    'Ashcombe Council, Market Square, Ashcombe. Libraries are open Monday to Saturday.', 'Accessibility statement', 'Cookies', 'Privacy notice',
    'Contact us',
  ],
};

export const HELDOUT316_D: readonly TestPage[] = [wix, library];
