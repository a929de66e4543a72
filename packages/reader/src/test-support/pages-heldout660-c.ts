import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout660-kit.js';

/**
 * Held-out batch 660, file c: a freelance copywriter's short "About" page built with Wix, and an editor's newsletter post
 * on Ghost (Casper) with a members signup box and related posts.
 */
const xTitle = 'Hi, I’m Priya. I write the words your website is missing.';
const xBody = [
  j(
    'I’m a freelance copywriter based in Kettleby, writing websites, brochures and email campaigns for architects, garden designers',
    'and other small studios who are brilliant at their craft and would rather not write about it.',
  ),
  j(
    'Before going freelance I spent eight years as a sub-editor on a regional newspaper, which taught me two things: cut the first',
    'paragraph, and nobody reads the word “solutions”.',
  ),
  'Most projects take three to four weeks, and I only take on two at a time.',
];
const xNav = ['Home', 'About', 'Services', 'Portfolio', 'Contact'];
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>About | Priya Nandakumar Copywriting</title>
<meta name="description" content="Freelance copywriter for architects and design studios."><meta property="og:site_name" content="Priya Nandakumar Copywriting">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Priya Nandakumar Copywriting",
"address":{"addressLocality":"Kettleby"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a81c","siteId":"77f2"},"language":{"userLanguage":"en"},
"requestUrl":"https://www.priyawrites.com/about"};</script>
<style id="css_masterPage">.comp-lkx1a{--rd:0px;--shd:none}.font_2{font:normal normal normal 40px/1.2em 'playfair display',serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
 aria-label="top of page"><span class="mStWsF">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root">
<div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="ULkpxe">
<div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-lkx1b" class="KcpHeO tz5f0K comp-lkx1b wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span>
<a href="https://www.priyawrites.com" target="_self">PRIYA NANDAKUMAR</a></span></p></div>
<nav id="comp-lkx1c" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="StylableHorizontalMenu3372578893__menuItem" href="/${t.toLowerCase()}">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lkx1d" class="comp-lkx1d xuzjBY wixui-section" tabindex="-1"><div id="bgLayers_comp-lkx1d" class="MW5IWV"></div>
<div data-mesh-id="comp-lkx1dinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lkx1dinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lkx1e" class="MazNVa comp-lkx1e wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lkx1e" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/4c1f_priya.jpg/v1/fill/w_420,h_520,al_c,q_80/priya.jpg" alt="Priya at her desk"
style="width:420px;height:520px;object-fit:cover"></wow-image></div></div>
<div id="comp-lkx1f" class="KcpHeO tz5f0K comp-lkx1f wixui-rich-text" data-testid="richTextElement">
<h1 class="font_2 wixui-rich-text__text">${xTitle}</h1></div>
<div id="comp-lkx1g" class="KcpHeO tz5f0K comp-lkx1g wixui-rich-text" data-testid="richTextElement">
${ps(
  xBody.map((p) => `<span class="wixui-rich-text__text">${p}</span>`),
  ' class="font_8 wixui-rich-text__text"',
)}</div>
<div class="comp-lkx1h R6ex7N wixui-button" id="comp-lkx1h" aria-disabled="false">
<a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button PlZyDq"
 aria-disabled="false"><span class="l7_2fn wixui-button__label">Start a project</span></a></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="ULkpxe">
<div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-lkx1i" class="KcpHeO tz5f0K comp-lkx1i wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">© 2026 by Priya Nandakumar. Powered and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with"
target="_blank"><span style="text-decoration:underline;">Wix</span></a></p></div>
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mStWsF">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4f1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout660-wix-about',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xBody,
  bylines: [],
  furniture: [
    'top of page',
    'PRIYA NANDAKUMAR',
    ...xNav.filter((t) => t !== 'About'),
    'Start a project',
    '© 2026 by Priya Nandakumar. Powered and secured by Wix',
    'bottom of page',
  ],
};

const gTitle = 'The comma that cost a client £3,000';
const gDek = 'A cautionary tale about lists, invoices and the Oxford comma, and why I now put one in every contract.';
const gBody = [
  j(
    'Last spring a client of mine, a small events company, sent out a supplier agreement that promised payment for “catering,',
    'staging and sound and lighting equipment hire.” The sound firm read it one way. The lighting firm read it another.',
  ),
  j(
    'Was the hire fee for sound <em>and</em> lighting equipment together, or was sound a separate service altogether? Both readings',
    'were reasonable. The dispute took four months and, in the end, about £3,000 in fees to settle.',
  ),
  'What went wrong',
  j(
    'Nothing was misspelled. Nothing was, strictly, ungrammatical. The problem was a list whose last two items both contained',
    '<em>and</em>, with no serial comma to mark where one item ended.',
  ),
  'What I tell clients now',
  j(
    'In contracts, invoices and anything with money attached, use the serial comma every time, and if an item in a list contains',
    '<em>and</em>, reorder the list or break it into a numbered one.',
  ),
  j('In marketing copy you can do as you like. A missing comma in a tagline costs nothing; a missing comma in a payment clause can', 'cost a great deal.'),
];
const gHeads = [2, 4];
const gRel = ['Why I stopped using “utilise”', 'Style sheets for people who hate style sheets', 'The five emails every freelancer should template'];
const gNav = ['Home', 'Archive', 'About', 'Hire me'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c1e2f3b"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://redpen.ghost.io/the-comma-that-cost-3000/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Red Pen Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-22T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Red Pen Notes"},
"author":{"@type":"Person","name":"Tomasz Wren"},"headline":"${gTitle}","datePublished":"2026-01-22T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://redpen.ghost.io/"
 data-key="a1b2c3" data-api="https://redpen.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://redpen.ghost.io">Red Pen Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu">
</button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-grammar tag-contracts">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/grammar/">Grammar</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/tomasz/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2025/tomasz.jpg" alt="Tomasz Wren"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tomasz/">Tomasz Wren</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-22">Jan 22, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 2 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-went-wrong">${at(gBody, 2)}</h2>${ps([at(gBody, 3)])}
<h2 id="what-i-tell-clients-now">${at(gBody, 4)}</h2>${ps(gBody.slice(5))}
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color:#F0F0F0;display:none;"></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRel
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header>
</a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://redpen.ghost.io">Red Pen Notes</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1c1e2f3b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout660-ghost-comma-story',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: texts([gDek, ...gBody.filter((_, i) => !gHeads.includes(i))]),
  bylines: ['Tomasz Wren', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Red Pen Notes', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', 'Grammar', '• 2 min read', 'Sign up for more like this.',
    'Enter your email', ...gRel,
    'Red Pen Notes © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT660_C: readonly TestPage[] = [wix, ghost];
