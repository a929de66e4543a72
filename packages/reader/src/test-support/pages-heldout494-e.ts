import { type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file e: a members' forum thread on Discourse about greens maintenance at a golf club (header with
 * log-in buttons, sidebar, posts with user names and dates, a quote, the topic map and suggested topics).
 */
const qTitle = 'Hollow-tining the greens: course closed 8–10 September?';
type Post = { user: string; name: string; date: string; paras: string[]; quote?: string };
const qPosts: Post[] = [
  {
    user: 'maeve_h',
    name: 'Maeve Halloran',
    date: 'Sep 2',
    paras: [
      j(
        'The notice in the locker room says the greens are being hollow-tined from Monday 8th, but it doesn\u2019t say whether the',
        'course is shut. Does anyone know if we can still play on temporary greens, or should I move my Tuesday four-ball?',
      ),
    ],
  },
  {
    user: 'greenkeeper_rob',
    name: 'Rob Castell',
    date: 'Sep 2',
    paras: [
      j(
        'Course is open all three days, but all eighteen holes will be on temporary greens on the Monday and Tuesday. By Wednesday',
        'afternoon the front nine should be back in play.',
      ),
      j(
        'We\u2019re taking 12 mm cores this year and topdressing straight after, so the greens will be bumpy for about two weeks.',
        'It\u2019s the single most useful job we do all year for drainage, so thanks in advance for your patience.',
      ),
    ],
  },
  {
    user: 'dpatel',
    name: 'Dev Patel',
    date: 'Sep 3',
    quote: 'the greens will be bumpy for about two weeks',
    paras: ['Does that mean the September medal on the 13th will be played as a non-qualifier?'],
  },
  {
    user: 'greenkeeper_rob',
    name: 'Rob Castell',
    date: 'Sep 3',
    paras: [
      j(
        'The competitions committee decided last night that it stays a qualifier. Preferred lies will be in force through the green,',
        'and the pins will be on the flattest parts of the greens.',
      ),
    ],
  },
];
const qSuggested: [string, string, string][] = [
  ['Buggy paths on the 14th – any update?', 'Course', '6'],
  ['Winter knockout draw 2026', 'Competitions', '11'],
  ['Lost: Titleist driver headcover, 9th tee', 'General', '2'],
];
const qSide = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'];
const qCats = ['Course', 'Competitions', 'Social', 'General'];
const qPostHtml = (
  p: Post,
  i: number,
): string => `<div class="topic-post clearfix regular"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region" data-post-id="${4410 + i}" data-topic-id="812" data-user-id="${40 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img loading="lazy" alt="" width="48" height="48" src="/user_avatar/forum.kilnseygolf.club/${p.user}/96/12_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}"
class="">${p.name}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date"
href="/t/hollow-tining-the-greens/812/${i + 1}"
title="Post date"><span title="${p.date}, 2026 8:1${i} am" data-time="178${i}000000" data-format="tiny" class="relative-date">${p.date}</span></a></div>
</div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="greenkeeper_rob" data-post="2"
data-topic="812"><div class="title"><div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24"
src="/user_avatar/forum.kilnseygolf.club/greenkeeper_rob/48/13_2.png" class="avatar"> greenkeeper_rob:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
}
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div><section class="post-menu-area clearfix"><nav class="post-controls collapsed-actions"><div class="actions">
<div class="double-button"><button class="btn no-text btn-icon btn-flat like-count" title="like this post"></button><button
class="btn-flat toggle-like like no-text btn-icon"
title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg></button></div>
<button class="btn no-text btn-icon btn-flat share" title="copy a link to this post to clipboard"><svg
class="fa d-icon d-icon-d-post-share svg-icon svg-string">
<use href="#link"></use></svg></button><button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon svg-string"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${qTitle} - Course - Kilnsey Golf Club Members</title>
<meta name="description" content="The notice in the locker room says the greens are being hollow-tined from Monday 8th"><meta name="generator"
content="Discourse 3.3.0">
<link rel="canonical" href="https://forum.kilnseygolf.club/t/hollow-tining-the-greens/812"><meta property="og:site_name" content="Kilnsey Golf Club Members">
<meta property="og:type" content="website"><script
type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}",
"author":{"@type":"Person","name":"maeve_h"},"datePublished":"2026-09-02T08:10:00Z","commentCount":3}</script>
<link href="/stylesheets/desktop_a1b2.css?__ws=forum.kilnseygolf.club" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler category-course docked"><div id="data-preloaded" data-preloaded="{}" hidden></div><section id="main" class="ember-application">
<div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/kgc-logo.png" width="139" alt="Kilnsey Golf Club Members" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><svg
class="fa d-icon d-icon-user
svg-icon svg-string"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="search-dropdown header-dropdown-toggle"><a href="/search" class="icon btn-flat" title="Search" aria-label="Search"><svg><use
href="#magnifying-glass"></use></svg>
</a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<div class="sidebar-section sidebar-section-wrapper" data-section-name="community"><ul class="sidebar-section-content">
${qSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase()}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">
${t}</span></a></li>`,
  )
  .join('\n')}</ul></div><div class="sidebar-section sidebar-section-wrapper" data-section-name="categories"><div class="sidebar-section-header-wrapper
sidebar-row"><button class="sidebar-section-header sidebar-section-header-collapsable btn-flat"><span class="sidebar-section-header-text">Categories</span>
</button></div>
<ul class="sidebar-section-content">${qCats
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/c/${t.toLowerCase()}" class="sidebar-section-link sidebar-row">
<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></section></div>
<div id="main-outlet" class="--has-sidebar"><div id="main-container"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1
data-topic-id="812">
<a href="/t/hollow-tining-the-greens/812" class="fancy-title">${qTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper " href="/c/course/5"><span data-category-id="5" style="--category-badge-color: #3AB54A;"
class="badge-category --style-square ">
<span class="badge-category__name">Course</span></span></a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div
class="topic-post-stream">
${qPosts.map(qPostHtml).join('\n')}
</div></div><div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__stat"><span
class="number">3</span>
<span class="topic-map__stat-label">replies</span></div><div class="topic-map__stat"><span class="number">142</span><span
class="topic-map__stat-label">views</span></div>
<div class="topic-map__stat"><span class="number">3</span><span class="topic-map__stat-label">users</span></div></div></section></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic"><span
class="d-button-label">Reply</span>
</button></div></section></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead>
<tr><th class="default">Topic</th><th class="posts num">Replies</th></tr></thead><tbody>
${qSuggested
  .map(
    ([t, c, n]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${n}" class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts"><span class="number">${n}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
<script defer src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout494-discourse-greens-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote]), ...p.paras])),
  bylines: [...new Set(qPosts.flatMap((p) => [p.user, p.name, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...qSide, 'Categories', ...qCats, 'Reply',
    '3', 'replies', '142', 'views', 'users', 'Suggested Topics', 'Topic', 'Replies',
    ...qSuggested.flatMap(([t, , n]) => [t, n]), 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT494_E: readonly TestPage[] = [discourse].map(settle);
