import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file b: a fencing club's head coach profile built with Wix (rich-text components, the free-plan Wix
 * banner), and a Brazilian jiu-jitsu academy's blog post on Ghost (Casper theme) with a read-more rail and a subscribe box.
 */
const wTitle = 'Coach Marguerite Oyelaran-Voss';
const wRole = 'Head Coach · Épée and Foil';
const wBody = [
  j(
    'Marguerite has coached at Salle Kestrel since 2014 and has led the club since 2019. She fenced épée for the Northmoor region',
    'for eleven years and still competes in veterans’ events, where she reached the final of the national championships in 2025.',
  ),
  j(
    'She teaches the Thursday adult épée session and the Saturday junior squad, and gives individual lessons by arrangement.',
    'Her lessons are known for their footwork drills and for the notebook every pupil is asked to keep.',
  ),
];
const wQuals = [
  'Level 3 Coach (Épée), British Fencing Coaching Scheme',
  'Level 2 Coach (Foil)',
  'Regional referee, épée',
  'Safeguarding and first aid, renewed 2025',
];
const wQuote = '“Fencing is a conversation. My job is to teach you to listen before you speak.”';
const wNav = ['Home', 'About', 'Coaches', 'Beginners', 'Timetable', 'Contact'];
const wcomp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wItem = (t: string): string =>
  `<div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div>`;
const wNavHtml = wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="/${t.toLowerCase()}" class="itemDepth02233374943__root">${wItem(t)}</a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="fa-none"><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c2a1b_favicon.png">
<title>Coach Marguerite | Salle Kestrel</title><meta name="description" content="Meet Salle Kestrel's head coach.">
<link rel="canonical" href="https://www.sallekestrel.org/coaches/marguerite"><meta property="og:title" content="Coach Marguerite | Salle Kestrel">
<meta property="og:site_name" content="Salle Kestrel"><meta name="twitter:card" content="summary_large_image">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","router","tpaCommons"],
"site":{"metaSiteId":"0f3c2a1b-9d8e-4c7b-a6f5-e4d3c2b1a098","isPremium":false},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_0{font:normal normal bold 44px/1.2em playfair display,serif;}.font_8{font:normal
normal normal 16px/1.6em lato,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div class="XUUsC0 wixFreeSiteBanner" id="WIX_ADS" data-testid="WIX_ADS">
<a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white" target="_blank" class="Kx5R0C">
<span class="Gb4Oto">This site was designed with the <span class="wix-logo">WIX</span> .com website builder. Create your website today.</span>
<span class="i9Mnlr">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${wcomp('kx1aa', wp('<a href="https://www.sallekestrel.org" class="wixui-rich-text__text">SALLE KESTREL</a>', 'font_6'))}
<nav id="comp-kx1ab" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx1ab wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${wNavHtml}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="dt3kd" class="dVkVf7">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerdt3kd" class="Containerdt3kd SPY_vo">
<div data-mesh-id="Containerdt3kdinlineContent" data-testid="inline-content" class="">
<section id="comp-lq8mz1" tabindex="-1" class="Oqnisf comp-lq8mz1 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lq8mz1" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lq8mz1inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lq8mz1inlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq8n0a" class="MazNVa comp-lq8n0a wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lq8n0a" class="HlRz5e BI8PVQ" data-image-info="{}" data-bg-effect-name="" data-is-svg="false">
<img src="https://static.wixstatic.com/media/7c2a1b_coach-m.jpg/v1/fill/w_380,h_470,al_c,q_80/coach-m.jpg" alt="Marguerite Oyelaran-Voss" width="380"
height="470"></wow-image></div></div>
${wcomp('lq8n1b', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wcomp('lq8n2c', `<h5 class="font_5 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${wRole}</span></h5>`)}
${wcomp('lq8n3d', wBody.map((p) => wp(p)).join(`\n${wp('&#8203;')}\n`))}
${wcomp('lq8n4e', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Qualifications</span></h2>`)}
${wcomp(
  'lq8n5f',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    wQuals.map((q) => wp(q)),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${wcomp('lq8n6g', `<blockquote class="font_8 wixui-rich-text__text"><span style="font-style:italic;">${wQuote}</span></blockquote>`)}
<div class="comp-lq8n7h R6ex7N" id="comp-lq8n7h" aria-disabled="false">
<a data-testid="linkElement" href="https://www.sallekestrel.org/book-a-lesson" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Book a lesson with Marguerite</span></a></div>
</div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${wcomp('kx1ff', wp('Salle Kestrel Fencing Club · St Aldhelm’s School Sports Hall, Northmoor', 'font_9'))}
${wcomp('kx1fg', wp('© 2026 by Salle Kestrel. Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a>', 'font_9'))}
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.8e3e2a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = finish({
  name: 'heldout649-fencing-coach-wix',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Qualifications'],
  body: texts([wRole, ...wBody, ...wQuals, wQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the WIX .com website builder. Create your website today.', 'Start Now', 'SALLE KESTREL', ...wNav,
    'Book a lesson with Marguerite', 'Salle Kestrel Fencing Club · St Aldhelm’s School Sports Hall, Northmoor',
    '© 2026 by Salle Kestrel. Proudly created with Wix.com',
  ],
});

const gTitle = 'Your first week of jiu-jitsu: what actually happens';
const gDek = 'No one expects you to know anything. Here is what the first three classes at Rolling Tide look like, so nothing is a surprise.';
const gIntro = [
  j(
    'Walking into a grappling gym for the first time is intimidating. Everyone seems to know each other, the mats are full of people',
    'folding themselves into shapes, and the vocabulary is half Portuguese. This post is for anyone who has booked a trial and is',
    'wondering what they have let themselves in for.',
  ),
];
const gSecs: [string, string[]][] = [
  [
    'Before the class',
    [
      j(
        'Arrive ten minutes early. Someone at the desk will lend you a gi if you do not have one, show you the changing rooms and',
        'introduce you to the coach. Trim your nails, take off rings and earrings, and wear flip-flops off the mat.',
      ),
      'Bring a bottle of water. You will need it.',
    ],
  ],
  [
    'The warm-up',
    [
      j(
        'Every fundamentals class starts with fifteen minutes of movement: shrimping, bridging, forward and backward rolls, and',
        'technical stand-ups. You will be bad at these. So was everyone. Do them at your own pace and watch the person in front of you.',
      ),
    ],
  ],
  [
    'Technique',
    [
      j(
        'The coach will show one position and two or three techniques from it, for example escaping from side control. You will then',
        'drill each technique with a partner, usually a blue belt or above on your first night. Drilling is cooperative: your partner',
        'lets you do the move, then you swap.',
      ),
      '<strong>Tap early and tap often.</strong> Tapping means “stop”, and there is no shame in it, ever.',
    ],
  ],
  [
    'Rolling',
    [
      j(
        'The last part of most classes is rolling, or live sparring. In your first week you will not be asked to roll. From your',
        'second week you can do positional rounds, which start from a set position and stop when someone escapes or submits.',
      ),
      j(
        'When you do start rolling, choose partners the coach points you to, and tell them it is your first time. Good training',
        'partners will go lightly and talk you through it.',
      ),
    ],
  ],
];
const gCallout = 'Still nervous? Message us on the contact page and ask for a one-to-one intro session before your first class.';
const gOutro = 'See you on the mats.';
const gRead = ['How to tie your belt so it stays tied', 'Gi or no-gi: which class should I start with?', 'Why we line up by rank at the end of class'];
const gNav = ['Home', 'Timetable', 'Beginners', 'Kids', 'Blog', 'About'];
const gSecHtml = gSecs.map(([h, ps0]) => `<h2 id="${h.toLowerCase().replace(/\W+/g, '-')}">${h}</h2>\n${ps(ps0)}`).join('\n');
const gCard = (t: string, i: number): string => `<article class="post-card post tag-beginners"><a class="post-card-image-link" href="/p${i}/">
<img class="post-card-image" src="/content/images/size/w600/2026/02/p${i}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Beginners</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-02-1${i}">Feb 1${i}, 2026</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1f2e3a4b"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://rollingtidebjj.com/your-first-week-of-jiu-jitsu/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Rolling Tide BJJ"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-03-04T08:00:00.000Z"><meta property="article:tag" content="Beginners">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rolling Tide BJJ"},
"author":{"@type":"Person","name":"Tomás Reyvik"},"headline":"${gTitle}","datePublished":"2026-03-04T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79"><link rel="alternate" type="application/rss+xml" title="Rolling Tide BJJ" href="https://rollingtidebjj.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://rollingtidebjj.com/"
data-key="2f9a1c" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:5vw 20px;}.gh-post-upgrade-cta{display:flex;}</style></head>
<body class="post-template tag-beginners is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://rollingtidebjj.com">Rolling Tide BJJ</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu">
<ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-beginners ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/beginners/">Beginners</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/tomas/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/06/tomas.jpg" alt="Tomás Reyvik">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomas/">Tomás Reyvik</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-04">Mar 4, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div></header>
<figure class="article-image">
<img srcset="/content/images/size/w300/2026/03/mats.jpg 300w, /content/images/size/w600/2026/03/mats.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/03/mats.jpg" alt="${gTitle}"><figcaption>
<span style="white-space: pre-wrap;">Tuesday fundamentals, Harbour Street mats</span></figcaption></figure>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${gSecHtml}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-text">${gCallout}</div></div>
<p>${gOutro}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://rollingtidebjj.com">Rolling Tide BJJ</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c1f2e3a4b"></script>
<script>$(document).ready(function () { var $postContent = $(".gh-content"); $postContent.fitVids(); });</script>
</body></html>`;
const ghost: TestPage = finish({
  name: 'heldout649-bjj-first-week-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: texts([gDek, ...gIntro, ...gSecs.flatMap(([, p]) => p), gCallout, gOutro]),
  bylines: ['Tomás Reyvik', 'Mar 4, 2026', '• 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rolling Tide BJJ', ...gNav, 'Sign in', 'Subscribe', 'Beginners', 'Tuesday fundamentals, Harbour Street mats', 'Sign up for more like this.',
    'Enter your email', ...gRead, 'Feb 10, 2026', 'Feb 11, 2026', 'Feb 12, 2026', '3 min read', 'Rolling Tide BJJ © 2026', 'Privacy', 'Contact',
    'Powered by Ghost',
  ],
});

export const HELDOUT649_B: readonly TestPage[] = [wix, ghost];
