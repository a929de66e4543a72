import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file c2: a bouldering gym's setting news on a Wix blog (Wix site header with comp ids, the post header with
 * author, date and reading time, a short post with a circuit list, the hashtags, the views / comments counters, the "Recent
 * Posts" widget, the opening-hours strip and the Wix footer and cookie banner): a page whose main text is short.
 */
const gnTitle = 'Reset week: new blues and blacks in the Cave';
const gnBody = [
  j(
    'The Cave gets its biggest reset of the year next week. From Monday 16 March the back wall and the 40-degree board will be',
    'closed while the team strips every hold and washes the volumes, and we will reopen the area with 38 new problems on',
    'Friday evening.',
  ),
  'Here is what to expect in the new set:',
];
const gnList = [
  'Blue circuit: twelve problems, more slab and balance than last time',
  'Purple circuit: ten problems with a focus on heel hooks and compression',
  'Black circuit: eight hard problems, including two on the new dual-tex volumes',
  "Kids' wall: six fresh problems set by our youth team",
];
const gnEnd = [
  j(
    'The front room and the training area stay open all week. Members can vote for their favourite new problem on the board by the',
    'front desk until the end of the month, and the winning setter picks the music on Friday night.',
  ),
  'Thanks for your patience while we get the drills out. See you on the mats.',
];
const gnNav = ['Home', 'Prices', 'Classes', 'Youth club', 'Blog', 'Contact'];
const gnRecent = ["Women's bouldering night is back", 'Why we wash holds every six weeks', 'Winter comp results'];
const gnTags = ['#routesetting', '#thecave', '#newproblems'];
const gnHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reset week: new blues and blacks in the Cave</title>
<meta name="description" content="The Cave gets its biggest reset of the year next week."><meta property="og:type" content="article">
<meta name="generator" content="Wix.com Website Builder"><meta name="format-detection" content="telephone=no">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Reset week: new blues and blacks in the Cave",
"author":{"@type":"Person","name":"Priya Quennell"},"datePublished":"2026-03-09T09:00:00.000Z"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["blog","comments"],"language":"en"}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div id="comp-lmq2x1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text">Cragloft Bouldering</p></div>
<nav id="comp-lmq2x7" aria-label="Site" class="wixui-horizontal-menu"><ul class="itemsContainer">${links(gnNav, 'wixui-horizontal-menu__item')}</ul></nav>
</header><main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="comp-blog-post-page"><div data-hook="post-page">
<article data-hook="post"><div data-hook="post-header" class="post-header"><div class="post-metadata">
<span data-hook="user-name" class="user-name">Priya Quennell</span><ul class="post-metadata__list">
<li data-hook="time-ago" class="post-metadata__date">Mar 9</li><li data-hook="time-to-read" class="post-metadata__readTime">1 min read</li></ul></div>
<button data-hook="more-button" aria-label="More actions"></button></div>
<div data-hook="post-title"><h1 class="post-title__text blog-post-title-font">${gnTitle}</h1></div>
<div data-hook="post-description" class="post-content__body"><div data-id="rich-content-viewer" class="rich-content-viewer">
${ps(gnBody, ' class="rcv-block-first-child" dir="auto"')}
<ul class="_6tOGd">${gnList.map((l) => `<li dir="auto"><p class="rcv-block">${l.replace(/'/g, '&#39;')}</p></li>`).join('')}</ul>
<figure data-hook="figure-IMAGE"><img src="https://static.wixstatic.example/media/cave-reset.jpg" alt="">
<figcaption data-hook="image-caption">Last year's reset, halfway through.</figcaption></figure>
${ps(gnEnd, ' dir="auto"')}</div></div>
<div class="post-tags"><ul aria-label="Tags">${gnTags.map((t) => `<li><a href="/blog/hashtags/${t.slice(1)}">${t}</a></li>`).join('')}</ul></div>
<div class="post-footer"><div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook"></button>
<button aria-label="Share via Link"></button></div><div class="post-stats"><span data-hook="view-count">214 views</span>
<span data-hook="comment-count">0 comments</span><button data-hook="like-button">Post not marked as liked</button></div></div></article>
<section data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog" class="see-all">See All</a>
<ul>${links(gnRecent, 'recent-post')}</ul></section></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text"><p>Open Mon to Fri 10:00 to 22:00, weekends 9:00 to 20:00</p>
<p>Unit 4, Tannery Yard, Oldmere</p><p>© 2026 by Cragloft Bouldering. Proudly created with Wix.com</p></div></footer>
</div></div></div></div>
<div id="consent-banner-root" role="dialog"><p>This website uses cookies to provide you with a great user experience.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.example/unpkg/@wix/thunderbolt/main.js"></script></body></html>`;
export const gymNews: TestPage = {
  name: 'heldout421-wix-gym-setting-news',
  kind: 'news',
  html: gnHtml,
  title: gnTitle,
  headings: [],
  body: texts([...gnBody, ...gnList, ...gnEnd]),
  bylines: ['Priya Quennell', 'Mar 9', '1 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cragloft Bouldering', ...gnNav, "Last year's reset, halfway through.", ...gnTags, '214 views', '0 comments', 'Recent Posts', 'See All', ...gnRecent,
    'Open Mon to Fri 10:00 to 22:00, weekends 9:00 to 20:00', 'Unit 4, Tannery Yard, Oldmere', '© 2026 by Cragloft Bouldering. Proudly created with Wix.com',
    'This website uses cookies to provide you with a great user experience.', 'Accept', 'Settings',
  ],
};
