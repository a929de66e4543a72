import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file b: a ceilidh club's beginners' FAQ built with Wix (rich-text components, screen-reader
 * "top of page" anchors, consent banner), and a tap studio's blog post on Ghost (Casper theme, read-more cards).
 */
const wTitle = 'New to ceilidh? Your questions answered';
const wQa: [string, string][] = [
  [
    'Do I need to bring a partner?',
    j(
      'No. Most people come on their own or with a friend who has never danced either. Partners change with almost every dance,',
      'and our callers make sure nobody is left standing at the side.',
    ),
  ],
  [
    'I have never danced before. Will I manage?',
    j(
      'Yes. Every dance is walked through slowly before the band starts, and the caller keeps calling the moves while you dance.',
      'The first few dances of the night are always the easiest ones, such as the Gay Gordons and the Canadian Barn Dance.',
    ),
  ],
  [
    'What should I wear?',
    j(
      'Something you can move in and will not mind getting warm in. Flat shoes with a smooth sole are best; trainers with a lot',
      'of grip make turning harder. Kilts are welcome but by no means expected.',
    ),
  ],
  [
    'How much does it cost?',
    j(
      'Our monthly ceilidh in the Burgh Hall is £9 on the door, or £5 for students and anyone under 18. Children under 12 come',
      'in free with an adult. We take cash and cards.',
    ),
  ],
  [
    'Can I come to the Tuesday practice night instead?',
    j(
      'Of course. The Tuesday sessions in the Scout Hut are quieter, cost £4, and are a good place to learn the trickier dances',
      'like Strip the Willow and the Eightsome Reel before you try them at a full ceilidh.',
    ),
  ],
];
const wNav = ['Home', 'Dances', 'Book the Band', 'Gallery', 'FAQ', 'Get in Touch'];
const wFaqHtml = wQa
  .map(
    ([q, a], i) => `<div id="comp-lq${i}a9" class="comp-lq${i}a9 wixui-rich-text" data-testid="richTextElement">
<h2 class="font_4 wixui-rich-text__text" style="font-size:22px;"><span class="wixui-rich-text__text">${q}</span></h2></div>
<div id="comp-lq${i}b4" class="comp-lq${i}b4 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">${a}</span></p></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192"
href="https://static.wixstatic.com/media/4c9e1a_f0a2~mv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/4c9e1a_f0a2~mv2.png" type="image/png">
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"6a1f3e9c-2b7d-4e80-9a51-0c3f2d8b7e41","isPremium":true},
"language":{"userLanguage":"en"}};</script>
<title>FAQ | Hollin Brae Ceilidh Club</title><meta name="description" content="Answers to the questions new dancers ask us most often.">
<link rel="canonical" href="https://www.hollinbraeceilidh.org/faq"><meta property="og:title" content="FAQ | Hollin Brae Ceilidh Club">
<meta property="og:site_name" content="Hollin Brae Ceilidh Club"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need to bring a partner?"}]}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_4{font:normal normal normal 22px/1.4em lora,serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page">
<span class="mStZzY">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp"
data-media-height-override-type="" class="pageBackground_c1dmp"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"></div></div><div class="U4Bvut"><div
class="G5K6X8"><div class="gUbusX"></div></div>
<div class="u4cNtA"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kx8t2l0c" class="KaEeLN comp-kx8t2l0c wixui-image"><a data-testid="linkElement" href="https://www.hollinbraeceilidh.org" target="_self"
class="j7pOnl">
<img src="https://static.wixstatic.com/media/4c9e1a_logo~mv2.png/v1/fill/w_180,h_72,al_c,q_85/logo.png" alt="Hollin Brae Ceilidh Club logo"
style="width:180px;height:72px;object-fit:cover"></a></div>
<wix-dropdown-menu id="comp-kx8t2l0f" class="XwCBRN NHM1d1 comp-kx8t2l0f wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="6" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0"
data-label-pad="0" data-ribbon-extra="0" data-dropalign="center">
<nav class="R_TAzU" id="comp-kx8t2l0fnavContainer" aria-label="Site"><ul class="y7qwii" id="comp-kx8t2l0fitemsContainer" style="text-align:center"
data-marginallchildren="true">
${wNav
  .map(
    (t, i) => `<li id="comp-kx8t2l0f${i}" data-direction="ltr" data-listposition="center" data-data-id="dataItem-kx8t${i}" data-state="menu idle link notMobile"
data-index="${i}" class="Ory5Cu wixui-dropdown-menu__item">
<a data-testid="linkElement" href="https://www.hollinbraeceilidh.org/${t.toLowerCase().replace(/ /g, '-')}" target="_self" class="UiHgGh"><div class="Xf6tN1">
<div class=""><p class="JS76Uv" id="comp-kx8t2l0f${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer"
data-testid="mesh-container-content">
<section id="comp-lq2v7x1e" tabindex="-1" class="Oqnisf comp-lq2v7x1e wixui-section" data-block-level-container="ClassicSection"><div
id="bgLayers_comp-lq2v7x1e" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lq2v7x1einlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq2v7x1einlineContent-gridContainer"
data-testid="mesh-container-content">
<div id="comp-lq2v7x2a" class="HcOXKn SxM0TO QxJLC3 comp-lq2v7x2a wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq2v7x2d" class="HcOXKn SxM0TO QxJLC3 comp-lq2v7x2d wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><span
class="wixui-rich-text__text">Everything a first-timer needs to know before their first Hollin Brae ceilidh.</span></p></div>
${wFaqHtml}
<div class="comp-lq2v8c1d R6ex7N" id="comp-lq2v8c1d" aria-disabled="false"><a data-testid="linkElement" href="https://www.hollinbraeceilidh.org/get-in-touch"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Still got a question? Ask us</span></a></div>
</div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="u4cNtA"><div
data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kx8t2l1a"
class="HcOXKn SxM0TO QxJLC3 comp-kx8t2l1a wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Hollin Brae Ceilidh Club is a registered charity in Scotland, SC048213.</span></p>
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2026 by Hollin Brae Ceilidh Club. Proudly created with <a
href="https://www.wix.com" target="_blank">Wix.com</a></span></p></div>
<div id="comp-kx8t2l1c" class="comp-kx8t2l1c wixui-social-links-bar"><ul class="ZJeB0J" aria-label="Social Bar"><li id="dataItem-kx8t2l1d-comp-kx8t2l1c"
class="mXUiTY">
<a data-testid="linkElement" href="https://www.facebook.com/hollinbraeceilidh" target="_blank" class="zoa7i1"><img
src="https://static.wixstatic.com/media/e316f544f9094143b9eac01f1f19e697.png" alt="Facebook"></a></li></ul></div>
</div></div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mStZzY">bottom of page</span></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="_2aQ5Z" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<div class="_3pvQN"><p class="_2kRKz"
data-hook="ccsu-banner-text">This website uses cookies. By continuing to use this site, you accept our use of cookies.</p></div>
<div class="_2Rt1v"><button class="_1Uw2B" data-hook="ccsu-banner-decline-all">Reject all</button><button class="_1Uw2B _3Iz1J"
data-hook="ccsu-banner-accept-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1e2d3a4.bundle.min.js" async></script></body></html>`;
const wixFaq: TestPage = {
  name: 'heldout648-ceilidh-faq-wix',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wQa.map(([q]) => q),
  body: texts(['Everything a first-timer needs to know before their first Hollin Brae ceilidh.', ...wQa.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Home', 'Book the Band', 'Gallery', 'FAQ', 'Get in Touch', 'Still got a question? Ask us',
    'Hollin Brae Ceilidh Club is a registered charity in Scotland, SC048213.', '© 2026 by Hollin Brae Ceilidh Club. Proudly created with Wix.com',
    'bottom of page', 'This website uses cookies. By continuing to use this site, you accept our use of cookies.', 'Reject all', 'Accept',
  ],
};

const gTitle = 'Why we teach the shuffle before anything else';
const gDek = 'Every new tapper at Copperfoot spends their first month on one small step. Here is why we think it pays off.';
const gBody = [
  j(
    'Parents sometimes ask me why their child came home from a first tap class having learned only one step. The answer is that',
    'the shuffle is not one step at all. It is the brush forward and the spank back, and almost everything else in tap is built on it.',
  ),
  j(
    'A clean shuffle needs a loose ankle, a relaxed knee and weight that stays over the standing foot. Those three things are',
    'the same three things that make a flap, a cramp roll or a time step sound clear. If we rush past them, we spend years',
    'fixing them later.',
  ),
  'What a good shuffle sounds like',
  j(
    'You should hear two sounds of the same weight, close together, with no scrape between them. When dancers start, the',
    'first sound is loud and the second one is a whisper, because they lift the foot back instead of letting it swing.',
  ),
  'Slow, with the metronome at 60, on the ball of the foot only.',
  'Then at 80, in four sets of eight on each foot.',
  'Then off the beat, starting on the "and", which is where most shuffles live in real routines.',
  'How we practise it in class',
  j(
    'We never drill the shuffle on its own for more than a few minutes. Instead we hide it inside games: a call-and-response',
    'with the teacher, a shuffle relay across the studio, or a short phrase of music where everyone shuffles only on the trumpet.',
  ),
  'The shuffle is the sentence. Everything after it is vocabulary.',
  j('That is what my own teacher, Lena Marsh, told me when I was nine and impatient. She was right, and I have passed it on', 'to every class since.'),
];
const gNav = ['Home', 'Classes', 'Timetable', 'Journal', 'About'];
const gRead: [string, string][] = [
  ['Five things to pack for your first tap exam', 'Spare taps, a screwdriver and a snack: the list our exam candidates swear by.'],
  ['Meet the Thursday adult improvers', 'Eleven dancers, one teacher and a routine to Ella Fitzgerald.'],
  ['Choosing your first pair of tap shoes', 'Lace-ups or Mary Janes, split sole or full: a short guide for parents.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://www.copperfoottap.com/assets/built/screen.css?v=8c1b3d4a5e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://www.copperfoottap.com/why-we-teach-the-shuffle-first/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Copperfoot Tap">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}"><meta property="article:published_time"
content="2026-03-11T08:00:00.000Z">
<meta property="article:tag" content="Technique"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dolores Kett">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Copperfoot Tap"},
"author":{"@type":"Person","name":"Dolores Kett"},"headline":"${gTitle}","datePublished":"2026-03-11T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Copperfoot Tap" href="https://www.copperfoottap.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://www.copperfoottap.com/"
data-key="3f2a9c1b7d" data-api="https://copperfoot.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3f2a9c1b7d"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://copperfoot.ghost.io/" crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #b4532a;}</style></head>
<body class="post-template tag-technique has-serif-title has-sans-body">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://www.copperfoottap.com">Copperfoot Tap</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}${t === 'Journal' ? ' nav-current' : ''}">
<a href="https://www.copperfoottap.com/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-technique image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/technique/">Technique</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/dolores/" class="author-avatar" aria-label="Read more of Dolores Kett"><img class="author-profile-image"
src="/content/images/size/w100/2024/01/dolores.jpg" alt="Dolores Kett"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dolores/">Dolores Kett</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-03-11">Mar 11, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/shuffle.jpg 300w, /content/images/size/w1200/2026/03/shuffle.jpg 1200w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/03/shuffle.jpg" alt="Close-up of tap shoes mid-shuffle">
<figcaption><span style="white-space: pre-wrap;">Saturday Grade 1 class working on shuffles at 80 bpm.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-a-good-shuffle-sounds-like">${at(gBody, 2)}</h2>
${ps([at(gBody, 3)])}
<ol>${gBody
  .slice(4, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol>
<h2 id="how-we-practise-it-in-class">${at(gBody, 7)}</h2>
${ps([at(gBody, 8)])}
<blockquote class="kg-blockquote-alt">${at(gBody, 9)}</blockquote>
${ps([at(gBody, 10)])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">👟</div><div class="kg-callout-text">Want to try it? <a
href="/timetable/">Beginners' classes run every Saturday morning.</a></div></div>
</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div>
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://www.copperfoottap.com/"
data-api="https://copperfoot.ghost.io/ghost/api/content/" data-admin="https://copperfoot.ghost.io/ghost/" data-key="3f2a9c1b7d" data-title=""
data-count="true" data-post-id="65ef0b2c9a1d" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#b4532a" data-comments-enabled="all"
data-publication="Copperfoot Tap" crossorigin="anonymous"></script></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/02/card.jpg" alt="" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><h2
class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://www.copperfoottap.com">Copperfoot Tap</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="https://www.copperfoottap.com/assets/built/casper.js?v=8c1b3d4a5e"></script></body></html>`;
const ghostShuffle: TestPage = {
  name: 'heldout648-tap-shuffle-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 7)],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2 && i !== 7)]),
  bylines: ['Dolores Kett', 'Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Copperfoot Tap', 'Classes', 'Timetable', 'Journal', 'About', 'Sign in', 'Subscribe', 'Technique', '4 min read',
    'Saturday Grade 1 class working on shuffles at 80 bpm.', "Want to try it? Beginners' classes run every Saturday morning.",
    ...gRead.flat(), 'Copperfoot Tap © 2026', 'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT648_B: readonly TestPage[] = [wixFaq, ghostShuffle];
