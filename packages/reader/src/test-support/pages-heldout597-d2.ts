import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout597-kit.js';

/** Held-out batch 597, file d2: a short ringing society blog post on Wix (Wix Blog). */
const xTitle = 'Open Day at Thornleigh tower: 43 visitors and three new learners';
const xParas = [
  j(
    'Thank you to everyone who climbed the tower on Saturday! We counted 43 visitors over the afternoon, from a family with twins',
    'aged six to a retired engineer who wanted to see how the bells are hung.',
  ),
  j(
    'Visitors watched a short demonstration of call changes, had a go at ringing a bell on the simulator in the ringing chamber and',
    'then went up another ladder to see the bells themselves, safely down and fixed.',
  ),
  j(
    'Best of all, three people have signed up to learn to ring. Lessons start next month on Tuesday evenings. If you missed the day',
    'and would like to try, just send us a message through the Contact page.',
  ),
  'Our thanks to the churchwardens for opening the church, and to Pam for the flapjacks.',
];
const xRecent = ['Summer outing to the Cotswolds', 'New ropes for the back four', 'Quarter peal for the coronation of our new vicar'];
const wixP = (t: string): string =>
  `<div class="wUmHn" data-breakout="normal"><p class="ow7ma" dir="auto" id="viewer-p${t.length}"><span class="gSMbs"
style="font-style:normal">${t}</span></p></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder"/>
<title>${xTitle}</title><meta name="description" content="Thank you to everyone who climbed the tower on Saturday!"/>
<link rel="canonical" href="https://www.thornleighringers.com/post/open-day-at-thornleigh-tower"/><meta property="og:type" content="article"/>
<meta property="article:author" content="Kath Dunmore"/><meta property="article:published_time" content="2026-04-13T09:12:31.000Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Kath Dunmore"},
"datePublished":"2026-04-13T09:12:31.000Z","publisher":{"@type":"Organization","name":"Thornleigh Ringers"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7d1b2c3a-44e2-4f7a-9e6b-0c1d2e3f4a5b","siteId":"2f5e6a7b"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-kq1x9p8a{--rd:0px;--shd:none;}#SITE_HEADER{--bg:255,255,255,1;}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer">
<div id="comp-kq1x9p8a" class="KcpHeO tz5f0K comp-kq1x9p8a wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"
style="font-size:28px;"><span class="wixui-rich-text__text">Thornleigh Ringers</span></h2></div>
<nav id="comp-kq1xa2bc" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${['Home', 'Our Tower', 'Learn to Ring', 'Blog', 'Contact']
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.thornleighringers.com/${t
        .toLowerCase()
        .replace(/ /g, '-')}" class="StylableHorizontalMenu3372578893__menuItem"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="AnQkDU">
<div id="TPASection_ihk4s2ga" class="TPASection_ihk4s2ga"><div class="post-page-app"><div data-hook="post-page-main" class="_7Qm2p">
<article class="blog-post-page-font" data-hook="post"><div class="J7BvV"><div class="nsn6H">
<div data-hook="post-header"><div class="Bw6yw" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/avatar_kd.jpg" alt="Writer's picture"
/></div>
<div class="TXTP4"><div class="_1HVso"><span class="tQ0Q1A user-name dlINDG" data-hook="user-name">Kath Dunmore</span></div>
<ul class="yyAfq"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="13 Apr 2026">13 Apr 2026</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="1 min read">1 min read</span></li></ul></div></div>
<div class="yQpUK"><h1 class="H3vOVf post-title blog-post-title-font blog-post-title-color" data-hook="post-title"><span
class="post-title__text blog-post-title-font">${xTitle}</span></h1></div>
<div class="aJbw3" data-hook="post-description"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr"><div class="ZAYqS">
${xParas.map(wixP).join('\n')}
</div></div></div>
<div class="Vgmvq"><div class="_1x7cK" data-hook="post-footer"><div class="tags"><ul class="Kb2XW" aria-label="Tags"><li><a href="/blog/tags/open-day">Open
day</a></li>
<li><a href="/blog/tags/learners">Learners</a></li></ul></div>
<div class="jlMq2" data-hook="post-main-actions-desktop"><div class="share-buttons" role="toolbar" aria-label="Share Post"><button
aria-label="Share on Facebook">
</button><button aria-label="Share on X (Twitter)"></button><button aria-label="Share on LinkedIn"></button><button aria-label="Copy link"></button></div></div>
<div class="_8rQfq"><div class="post-stats"><span data-hook="views-count">57 views</span><span data-hook="comment-count">0 comments</span></div>
<button class="like-button" data-hook="like-button"><span data-hook="like-button-counter" class="like-count">4</span><span class="visually-hidden">likes.
Post not
marked as liked</span></button></div></div></div></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="_2Pyq1"><h2 class="recent-posts-title">Recent Posts</h2><a href="/blog"
class="see-all">See All</a></div>
<div class="post-list">${xRecent
  .map(
    (t) => `<div class="post-list-item" data-hook="post-list-item"><a href="/post/${t.length}"><h3 class="post-title"
data-hook="post-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></section>
<section class="comments" data-hook="comments"><h2 class="comments-title" data-hook="comments-header-title">Comments</h2>
<div class="comment-box"><button data-hook="comment-box-placeholder">Write a comment...</button></div></section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="wixui-rich-text" data-testid="richTextElement"><p
class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">© 2026 by Thornleigh Ringers. Proudly created with Wix.com</span></p></div></footer>
</div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom
of page</span></div>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script>
</body></html>`;
const wix: TestPage = {
  name: 'heldout597-wix-blog-open-day',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xParas,
  bylines: ['Kath Dunmore', '13 Apr 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Thornleigh Ringers', 'Home', 'Our Tower', 'Blog', '1 min read', '57 views', '0 comments', '4',
    'likes. Post not marked as liked', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    '© 2026 by Thornleigh Ringers. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT597_D2: readonly TestPage[] = [wix];
