import { type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout285-c2.js';
import { j } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file c: a sailing school's Wix Blog post (SITE_HEADER / PAGES_CONTAINER / SITE_FOOTER, data-hook
 * attributes of the blog post page, Ricos rich-content paragraphs and headings, post header with avatar, author, date and
 * reading time, share buttons, tags, "Recent Posts" with "See All", the comments widget with one comment, the Wix consent
 * banner) and, from file c2, a bookbinder's Squarespace 7.1 blog post.
 */
const xTitle = 'Reading a tide table before your first solo sail';
const xH = ['High water, low water and the rule of twelfths', 'Springs and neaps', 'A simple pre-sail routine'];
const xIntro = [
  j(
    'Most of the students who finish our Level 2 course tell us the same thing: handling the boat feels natural by the end of the',
    'week, but the tide table still reads as a page of lottery numbers. This post is for them, and for anyone planning a first',
    'short trip out of Penhallow harbour without an instructor on board.',
  ),
];
const xS1 = [
  j(
    'A tide table gives you the times and heights of high and low water for each day. Between those points the water does not rise',
    'or fall at an even rate. It moves slowly near high and low water and fastest in the middle of the tide.',
  ),
  j(
    'The rule of twelfths is a quick way to estimate this. Over the roughly six hours between low and high water, the tide rises by',
    'one twelfth of its range in the first hour, two twelfths in the second, three in the third, three in the fourth, two in the',
    'fifth and one in the sixth. Half of all the water arrives in the middle two hours.',
  ),
  j(
    'For a dinghy sailor, that middle period matters most, because it is also when the tidal stream runs hardest around the harbour',
    'entrance and past the headland.',
  ),
];
const xS2 = [
  j(
    'The range of the tide changes through the month. Around new and full moon, spring tides bring the highest highs and lowest lows;',
    'a week later, neap tides have a much smaller range. In Penhallow the difference is large: about 5.2 metres at springs against',
    'barely 2.4 metres at neaps.',
  ),
  j(
    'For a first solo sail, we always suggest choosing a neap tide. The streams are gentler, the sandbanks off Gull Point stay',
    'covered for longer, and there is more time to correct a mistake before it becomes a problem.',
  ),
];
const xS3 = ['Before you rig, take five minutes with the table and ask yourself:'];
const xList = [
  'What time is high water today, and is it springs or neaps?',
  'Which way will the stream be running when I want to come home?',
  'Will there be enough water over the harbour bar at my planned return time?',
  'Who ashore knows my plan and when to expect me back?',
];
const xEnd = [
  j(
    'If you cannot answer all four, leave the boat on the slipway and come and find us in the clubhouse. We would much rather spend ten',
    'minutes with a tide table than an hour with the rescue boat.',
  ),
];
const xNav = ['Courses', 'Boat Hire', 'Junior Club', 'Blog', 'Book Now'];
const xTags = ['tide-tables', 'navigation', 'beginners'];
const xRecent = ['Five knots every dinghy sailor should know', 'What to wear on the water in April', 'Meet our new safety boat'];
const rp = (
  t: string,
): string => `<div class="_3tE6C" dir="ltr"><p class="mm8Nw _1j-51 _3sbYT _1FoOD _78FBa public-DraftStyleDefault-block-depth0 fixed-tab-size
public-DraftStyleDefault-text-ltr" data-breakout="normal"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p></div>`;
const rh = (
  t: string,
): string => `<h2 class="_3f-vr _1j-51 _1FoOD _78FBa public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" id="viewer-${t.length}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2>`;
const rl = (items: readonly string[]): string =>
  `<ul class="public-DraftStyleDefault-ul">${items
    .map(
      (t) => `<li class="_1Vpqz public-DraftStyleDefault-unorderedListItem public-DraftStyleDefault-depth0"><p class="mm8Nw _1j-51 _1FoOD">
<span class="_2PHJq">${t}</span></p></li>`,
    )
    .join('\n')}</ul>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title>
<meta property="og:title" content="${xTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Penhallow Sailing School">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Jory Trevanion"},
"datePublished":"2026-03-06T10:00:00.000Z","publisher":{"@type":"Organization","name":"Penhallow Sailing School"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7d1c2b3a","isHttps":true},"language":{"userLanguage":"en"},
"mode":{"qa":false}};</script>
<script id="wix-essential-viewer-model" type="application/json">{"fleetConfig":{"fleetName":"thunderbolt-seo-renderer","type":"Rollout","code":1}}</script>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="BACKGROUND_GROUP"></div><div id="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div id="comp-lk2c0a1" class="comp-lk2c0a1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span>PENHALLOW SAILING
SCHOOL</span></p></div>
<nav id="comp-lk2c0b3" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"><span class="label">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div id="wgkd3" class="P0dCOY"><section id="comp-post-section" class="wixui-section">
<div data-hook="post-page" class="blog-post-page-font"><article data-hook="post" class="Q7zmvB blog-post-page-font">
<div class="post-header"><div data-hook="post-metadata" class="post-metadata"><div class="avatar-wrapper">
<img alt="Jory Trevanion" src="/static/avatar.jpg"></div>
<div class="metadata-text"><span data-hook="user-name" class="user-name">Jory Trevanion</span><span class="metadata-row"><span data-hook="time-ago"
title="Mar 6">Mar 6</span><span class="dot">·</span><span data-hook="time-to-read">4 min read</span></span></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<h1 data-hook="post-title" class="post-title blog-post-title-font"><span class="post-title__text">${xTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr">
${xIntro.map(rp).join('\n')}
<div data-hook="imageViewer" class="image-container"><figure><img src="/media/tide-board.jpg" alt=""><figcaption data-hook="imageViewerCaption"
class="caption">The tide board outside our clubhouse is updated every morning.</figcaption></figure></div>
${rh(xH[0] ?? '')}
${xS1.map(rp).join('\n')}
${rh(xH[1] ?? '')}
${xS2.map(rp).join('\n')}
${rh(xH[2] ?? '')}
${xS3.map(rp).join('\n')}
${rl(xList)}
${xEnd.map(rp).join('\n')}
</div></div>
<div data-hook="post-footer" class="post-footer"><div data-hook="tag-list" class="tag-list"><nav aria-label="Tags"><ul>${xTags
  .map((t) => `<li><a href="/blog/tags/${t}" data-hook="tag">${t}</a></li>`)
  .join('')}</ul></nav></div>
<div data-hook="share-buttons" class="share-buttons"><button aria-label="Share via Facebook" data-hook="share-button">Facebook</button><button
aria-label="Share via X" data-hook="share-button">X (Twitter)</button><button aria-label="Share via LinkedIn" data-hook="share-button">LinkedIn</button>
<button aria-label="Copy link" data-hook="share-button">Copy link</button></div>
<div data-hook="post-stats" class="post-stats"><span data-hook="view-count">214 views</span><span data-hook="comment-count">1 comment</span>
<button data-hook="like-button" aria-label="Post not marked as liked">Like</button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts-header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a data-hook="see-all-posts" href="/blog">See All</a></div><div class="recent-posts-list">${xRecent
  .map(
    (t) =>
      `<div data-hook="post-list-item" class="post-list-item"><h3 data-hook="post-title" class="post-title"><a href="/post/${t.length}">${t}</a></h3></div>`,
  )
  .join('\n')}</div></section>
<div data-hook="comments-root" class="comments"><h2 data-hook="comments-header">Comments</h2><div data-hook="comment-box"><div class="comment-box__placeholder">
Write a comment...</div></div><div data-hook="comment" class="comment"><span data-hook="author-name">Bryony Lask</span>
<span data-hook="comment-timestamp">Mar 7</span><div data-hook="comment-content"><p>Really clear, thank you. The bit about the harbour bar finally
makes sense to me.</p></div><button data-hook="comment-reply">Reply</button></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-lk2c0f8" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_8">The Boathouse, Quay Road, Penhallow</p><p class="font_8">© 2026 by Penhallow Sailing School. Proudly created with Wix.com</p></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner" role="dialog"><p data-hook="ccsu-banner-text">This website uses
cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.</p><a href="/privacy">Privacy Policy</a>
<button data-hook="ccsu-banner-decline-all">Decline All</button><button data-hook="ccsu-banner-accept-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout285-wix-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([...xIntro, ...xS1, ...xS2, ...xS3, ...xList, ...xEnd]),
  bylines: ['Jory Trevanion', 'Mar 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PENHALLOW SAILING SCHOOL', ...xNav, '4 min read', 'The tide board outside our clubhouse is updated every morning.', ...xTags, 'Facebook',
    'X (Twitter)', 'LinkedIn', 'Copy link', '214 views', '1 comment', 'Like', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    'Bryony Lask', 'Mar 7', 'Really clear, thank you. The bit about the harbour bar finally makes sense to me.', 'Reply',
    'The Boathouse, Quay Road, Penhallow', '© 2026 by Penhallow Sailing School. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.', 'Privacy Policy',
    'Decline All', 'Accept',
  ],
};

export const HELDOUT285_C: readonly TestPage[] = [wix, squarespace];
