import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout626-kit.js';

/** Held-out batch 626, file f: a kite and games shop's news post on a Wix site (Wix Blog post page), short, with recent posts. */
const xTitle = "We're moving: the shop reopens on Fore Street on 2 May";
const xBody = [
  j(
    'After eleven years above the harbour, Northreach Kites & Games is moving into the old bakery at 27 Fore Street. The new',
    'shop has twice the floor space, a proper games table for Friday nights and, at last, a ceiling high enough to hang the big',
    'delta kites.',
  ),
  j(
    'The harbour shop closes on Saturday 25 April. We will be packing for a week, and online orders placed that week will go',
    'out on 2 May, the day we open the new doors.',
  ),
  'Friday games nights carry on as usual at the Anchor until then. See you on Fore Street.',
];
const xNav = ['Home', 'Kites', 'Board Games', 'News', 'Find Us'];
const xRecent = ['Spring kite festival: volunteers wanted', 'New in: three games for two players'];
const p = (t: string, id: string): string => `<p class="_2a3Bu _1Ubs8 mm8Nw _2OKzt" dir="auto" id="viewer-${id}"><span class="_1e5o0 _3A6r0"
style="font-style:inherit">${t.replace(/&/g, '&amp;')}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1c2d3_favicon.png/v1/fill/w_192,h_192/a1c2d3_favicon.png" type="image/png"/>
<script type="text/javascript">window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<script id="wix-viewer-model" type="application/json">{"site":{"metaSiteId":"4b2e","siteId":"7c9a"},"language":{"userLanguage":"en"},"requestUrl":
"https://www.northreachkites.example/post/we-re-moving"}</script>
<title>${xTitle.replace(/'/g, '&#39;')}</title><meta name="description" content="After eleven years above the harbour, Northreach Kites &amp; Games is
moving."/>
<link rel="canonical" href="https://www.northreachkites.example/post/we-re-moving"/><meta property="og:type" content="article"/>
<meta property="article:author" content="Dorrit Vane"/><meta property="article:published_time" content="2026-04-02T09:30:00.000Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person","name":"Dorrit
Vane"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255,1;}#comp-kq1x{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"
data-mesh-id="masterPage-mesh"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content" class=""><div id="comp-kq1x" class="KcpHeO tz5f0K comp-kq1x wixui-rich-text" data-testid="richTextElement"><p class="font_8
wixui-rich-text__text"
style="font-size:22px;"><span style="letter-spacing:0.1em;" class="wixui-rich-text__text"><a href="https://www.northreachkites.example" target="_self"
class="wixui-rich-text__text">NORTHREACH KITES &amp; GAMES</a></span></p></div>
<nav id="comp-kq1y" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><div class="itemDepth02233374943__container"><a data-testid="linkElement"
href="https://www.northreachkites.example/${t.toLowerCase().replace(/ /g, '-')}" class="itemDepth02233374943__root" target="_self"${
      t === 'News' ? ' aria-current="page"' : ''
    }>
<div class="itemDepth02233374943__label">${t}</div></a></div></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="tbl4" class="dBAkHi">
<div class="comp-lb1x wixui-section"><div data-hook="post-page" class="post-page"><article class="blog-post-page-font _3Ck3y" data-hook="post">
<div class="_3lEMa"><div data-hook="post-header" class="MqKYY"><div class="XDtXb"><div class="_2Sd7u"><div class="avatar-image" aria-hidden="true"><img
src="https://static.wixstatic.com/media/a1c2d3_dorrit.jpg/v1/fill/w_32,h_32/a1c2d3_dorrit.jpg" alt="Writer's picture" width="32" height="32"/></div>
<div class="_2rYFd"><span data-hook="user-name" class="tQ0Q1 _1nkZm"><a href="https://www.northreachkites.example/profile/dorrit/profile">Dorrit Vane</a></span>
<ul class="_1ph9m" data-hook="post-metadata"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Apr 2">Apr 2</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime" title="1 min read">1 min read</span></li></ul></div></div>
<div class="_1KZKg"><button class="_2bn1V" aria-label="More actions" data-hook="more-button"></button></div></div></div>
<div data-hook="post-title" class="_3pPXW"><h1 class="H3vOVf _2GxiS blog-post-title-font blog-post-title-color" data-hook="post-title"><span
class="post-title">${xTitle}</span></h1>
</div><div data-hook="post-description" class="_1KdaD"><div class="_6SyeS"><div data-id="content-viewer" class="rich-content-viewer">
<div class="_1hN1O uyQef" data-hook="rcv-block-first">${p(xBody[0] ?? '', 'a1b2c')}</div><div class="_1hN1O uyQef">${p(xBody[1] ?? '', 'd3e4f')}</div>
<div class="_1hN1O uyQef" data-hook="rcv-block-last">${p(xBody[2] ?? '', 'g5h6i')}</div></div></div></div></div>
<div data-hook="post-footer" class="_1aZhf"><div class="Nfirn"><nav aria-label="tags" data-hook="post-tags"><ul class="_2dTrS"><li><a
href="/blog/tags/shop-news"
class="tag-link">shop news</a></li></ul></nav></div><div class="_3kbdG" data-hook="share-buttons"><button aria-label="Share via Facebook"
class="share-button"></button>
<button aria-label="Share via X" class="share-button"></button><button aria-label="Share via LinkedIn" class="share-button"></button><button aria-label="Share
via link"
class="share-button"></button></div><div class="_2Tp9q" data-hook="post-main-actions-desktop"><div class="_2HjGD"><span data-hook="views-count">48 views</span>
<span class="_1l5x3"><a href="#comments" data-hook="comment-count">0 comments</a></span></div><button class="like-button" data-hook="like-button"
aria-label="Post not marked as liked"><span class="like-button-count" data-hook="like-button-count">3</span></button></div></div></article></div>
<section class="_2kYqn" aria-label="Recent Posts" data-hook="recent-posts"><div class="_3S2x4"><h2 class="_1iyYE">Recent Posts</h2><a href="/blog"
class="_1eN3a"
data-hook="see-all-posts">See All</a></div><div class="_3IlUk">${xRecent
  .map(
    (t) => `<div class="_2oLT5"><div class="post-list-item" data-hook="post-list-item"><h3
class="post-title _1b3nF" data-hook="post-title"><a href="/post/${t.length}">${t}</a></h3><div class="post-footer"><span data-hook="views-count">12
views</span></div></div></div>`,
  )
  .join('\n')}
</div></section><div id="comments" class="_1zJQC" data-hook="comments"><h2 class="_2nlrb" data-hook="comments-header">Comments</h2><div class="_3eQ8a">
<button class="comment-box-placeholder" data-hook="comment-box-placeholder">Write a comment...</button></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="comp-kq2a wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">27 Fore Street, Northreach</p><p class="font_9 wixui-rich-text__text">© 2026 by Northreach Kites &amp; Games. Proudly
created with
<a href="https://wix.com?utm_campaign=vir_created_with" target="_blank" class="wixui-rich-text__text"><span
style="text-decoration:underline;">Wix.com</span></a></p></div>
</footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qe6CLO ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5f1c2e.bundle.min.js" async></script></body></html>`;
const wixPost: TestPage = {
  name: 'heldout626-wix-shop-moving',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: ['Dorrit Vane', 'Apr 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...xNav.filter((t) => t !== 'Kites'), '1 min read', 'shop news', '48 views', '0 comments', '3', 'Recent Posts',
'See All',
    ...xRecent, '12 views', 'Comments', 'Write a comment...', '27 Fore Street, Northreach', '© 2026 by Northreach Kites & Games. Proudly created with Wix.com',
    'bottom of page',
  ],
};

export const HELDOUT626_F: readonly TestPage[] = [wixPost];
