import { type TestPage, texts } from './page-kit.js';
import { at, but, j, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file b2: a short blog post of a CCTV installer on a Wix site (Wix Blog, Ricos viewer) with post
 * metadata, view and like counts, recent posts and the comments widget.
 */
const wTitle = 'Do You Need a Sign for Your Home CCTV?';
const wBody = [
  j(
    'It is one of the questions we are asked most after an installation. The short answer: if your cameras only cover your own',
    'property, a sign is not required by law, but it is still a very good idea.',
  ),
  'When a sign matters',
  j(
    'Once a camera picks up a public footpath, the road or a neighbour’s garden, you are treated as collecting other people’s data.',
    'Then you should tell people that recording is happening, and a clear sign at the boundary is the easiest way to do it.',
  ),
  'What to put on it',
  'That CCTV is in operation',
  'Who runs it (your name is fine for a home)',
  'How to get in touch about the footage',
  j('A sign also puts off casual thieves, which is the real reason most of our customers want one. We include two free with', 'every install.'),
];
const wRecent = ['Wired vs Wi-Fi Cameras: Which Is Better?', 'Five Places Not to Put a Camera'];
const ric = (html: string, type: string): string =>
  `<div class="_2NQ5a ${type === 'paragraph' ? 'Bq9Lk' : 'xZ4Qd'}" type="${type}" data-breakout="normal">${html}</div>`;
const para = (t: string, id: string): string => ric(`<p dir="auto" class="MwUgQ RJ7yo" id="viewer-${id}"><span class="LhGy2">${t}</span></p>`, 'paragraph');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title>
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="article:author" content="Ryan Cole">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-04-14T08:12:00Z",
"author":{"@type":"Person","name":"Ryan Cole"},"publisher":{"@type":"Organization","name":"Clearview CCTV"}}</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt","code":0},"mode":{"qa":false}}</script>
<style id="css_masterPage">#comp-lk2x{--font:normal normal normal 15px/1.6em avenir-lt-w01_35-light1475496}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lk2x" class="comp-lk2x wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><a href="/">Clearview CCTV</a></p></div>
<nav id="comp-lk31" aria-label="Site" class="wixui-dropdown-menu"><ul class="StylableHorizontalMenu3372578893__menu">
<li><a href="/" class="wixui-dropdown-menu__item">Home</a></li><li><a href="/services" class="wixui-dropdown-menu__item">Services</a></li>
<li><a href="/blog" class="wixui-dropdown-menu__item" aria-current="page">Blog</a></li><li><a href="/contact" class="wixui-dropdown-menu__item">Contact</a></li>
</ul></nav><a href="/contact" class="wixui-button" aria-disabled="false"><span class="StylableButton2545352419__label wixui-button__label">Free Quote</span></a>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX" id="lqnq3">
<section id="comp-blog" class="wixui-section"><div data-hook="post-page" class="blog-post-page-font">
<article data-hook="post" class="blog-post-page-font blog-text-color post-page-container"><div class="post-header">
<div data-hook="post-metadata" class="post-metadata"><div class="avatar-wrapper"><img src="https://static.wixstatic.com/media/a1b2_avatar.jpg"
alt="Writer's picture"></div>
<div class="post-metadata__author"><span data-hook="user-name" class="user-name">Ryan Cole</span></div>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Apr 14">Apr 14</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">1 min read</span></li></ul>
<div class="more-actions"><button data-hook="more-button" aria-label="More actions" class="more-button"></button></div></div></div>
<h1 data-hook="post-title" class="post-title blog-post-title-font blog-post-title-color"><span class="post-title__text">${wTitle}</span></h1>
<div class="post-updated-date"><span data-hook="post-updated-date">Updated: Apr 16</span></div>
<div data-hook="post-description" class="post-content__body"><div data-id="content-viewer" class="rich-content-viewer" dir="ltr">
${para(wBody[0] ?? '', 'a1')}
${ric(`<h2 dir="auto" class="Yu2Lf" id="viewer-a2"><span class="LhGy2">${wBody[1]}</span></h2>`, 'heading')}
${para(wBody[2] ?? '', 'a3')}
${ric(`<h2 dir="auto" class="Yu2Lf" id="viewer-a4"><span class="LhGy2">${wBody[3]}</span></h2>`, 'heading')}
${ric(
  `<ul class="rh8YU"><li class="Z2Mrq">${wBody
    .slice(4, 7)
    .map((t) => `<p class="MwUgQ" dir="auto"><span>${t}</span></p>`)
    .join('</li><li class="Z2Mrq">')}</li></ul>`,
  'bulleted-list',
)}
${para(wBody[7] ?? '', 'a8')}
</div></div>
<div class="post-footer"><div data-hook="post-main-actions-desktop" class="main-actions"><div class="share-buttons" data-hook="share-buttons">
<button aria-label="Share via Facebook" class="share-button"></button><button aria-label="Share via X" class="share-button"></button>
<button aria-label="Share via LinkedIn" class="share-button"></button><button aria-label="Share via link" class="share-button"></button></div></div>
<div data-hook="post-stats" class="post-stats"><span data-hook="view-count">31 views</span><span data-hook="comment-count">0 comments</span>
<div data-hook="like-button-with-count"><span class="like-button-with-count__like-count">4</span><button aria-label="Post not marked as liked"
class="like-button"></button></div></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="see-all">See All</a></div><div class="recent-posts__list">${wRecent
  .map((t, i) => `<div data-hook="post-list-item"><a href="/post/r${i}"><h3 data-hook="post-title" class="post-title"><p>${t}</p></h3></a></div>`)
  .join('\n')}</div></section>
<section data-hook="comments-section" class="comments"><div class="comments-header"><h2 data-hook="comments-title">Comments</h2></div>
<div data-hook="comment-box"><button data-hook="comment-box-placeholder" class="comment-box">Write a comment...</button></div></section>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-ft1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Clearview CCTV · 7 Quarry Road, Hadley Moor · 01632 960 884</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Clearview CCTV. Proudly created with Wix.com</p></div></footer>
</div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const clearview: TestPage = tidy({
  name: 'heldout556-wix-cctv-sign-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: at(wBody, [1, 3]),
  body: texts(but(wBody, [1, 3])),
  bylines: ['Ryan Cole', 'Apr 14', 'Updated: Apr 16'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clearview CCTV', 'Home', 'Services', 'Blog', 'Contact', 'Free Quote', '1 min read', '31 views', '0 comments', '4', 'Recent Posts',
    'See All', ...wRecent, 'Comments', 'Write a comment...', 'Clearview CCTV · 7 Quarry Road, Hadley Moor · 01632 960 884',
    '© 2026 by Clearview CCTV. Proudly created with Wix.com',
  ],
});

export const HELDOUT556_B2: readonly TestPage[] = [clearview];
