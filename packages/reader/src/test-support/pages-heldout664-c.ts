import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout664-kit.js';

/**
 * Held-out batch 664, file c: a knitting community's Discourse forum topic (Ember-rendered, with the solved-answer plugin, a
 * quote, the timeline and suggested topics), and a yarn dyer's journal post on Squarespace 7.1 with a newsletter block.
 */
const dTitle = 'Steeking a yoke sweater: crochet or sewn reinforcement?';
type Post = { user: string; date: string; full: string; likes: string; html: string[] };
const dPosts: Post[] = [
  {
    user: 'woolgathering',
    date: 'Jan 4',
    full: 'Jan 4, 2027 7:12 pm',
    likes: '2',
    html: [
      j(
        'I have just finished the body of my first stranded yoke, knitted in the round with a five-stitch steek at the front. The yarn',
        'is a 2ply jumper weight, very sticky and woolly. Now I am scared to cut it.',
      ),
      j(
        'Every tutorial I read says something different. Some people crochet a chain of slip stitches up each side, some sew it on the',
        'machine, and one person says Shetland wool does not need reinforcing at all. Which would you do for a cardigan that will be',
        'worn a lot?',
      ),
    ],
  },
  {
    user: 'kittlebrae',
    date: 'Jan 4',
    full: 'Jan 4, 2027 8:40 pm',
    likes: '9',
    html: [
      j(
        'With a sticky 2ply you honestly could cut without reinforcing, but for a first steek I would crochet it. It is quick, it is',
        'reversible if you go wrong, and it gives you a neat edge to fold back.',
      ),
      'Use a hook a size or two smaller than your needles and a smooth yarn in a contrast colour so you can see what you are doing.',
      'Work up the centre stitch and the half of the stitch next to it, joining the two halves of neighbouring stitches on each side.',
      'Cut between the two crochet chains, not through them.',
      j('Sewing on the machine is stronger but much stiffer, and I find it shows through on the facing. I keep that for slippery', 'superwash yarns.'),
    ],
  },
  {
    user: 'Ansel_R',
    date: 'Jan 5',
    full: 'Jan 5, 2027 9:03 am',
    likes: '3',
    html: [
      j(
        'Agree with kittlebrae. One extra tip: put a strip of masking tape on the back across the steek before you cut. It stops',
        'the stitches from shifting and makes the first snip much less frightening.',
      ),
    ],
  },
  {
    user: 'woolgathering',
    date: 'Jan 9',
    full: 'Jan 9, 2027 10:26 pm',
    likes: '5',
    html: [
      'Update: I did it! Crocheted both sides in a white 4ply cotton and cut last night with a glass of wine nearby.',
      j(
        'It is now picked up and the button bands are on. The crochet edge rolled back under the band perfectly, you would never',
        'know it was there. Thank you all.',
      ),
    ],
  },
];
const dQuote = 'which would you do for a cardigan that will be worn a lot?';
const dCats = ['Knitting help', 'Crochet', 'Spinning and dyeing', 'Finished objects', 'Swaps and destash', 'All categories'];
const dSuggested = [
  ['Picking up stitches along a steeked edge', '4', '186', 'Dec 2026'],
  ['Best cast-on for a folded hem', '11', '402', '3d'],
  ['Blocking wires: worth it?', '7', '228', 'Jan 2'],
];
const dPostHtml = (p: Post, i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}"
aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${4410 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48"
height="48"
src="/user_avatar/forum.purlwise.org/${p.user.toLowerCase()}/48/51_2.png" class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading"
aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date"
href="/t/steeking-a-yoke-sweater/3812/${i + 1}"><span title="${p.full}"
data-time="1799089920000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  i === 1
    ? `<aside class="quote no-group" data-username="woolgathering" data-post="1" data-topic="3812"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.purlwise.org/woolgathering/48/51_2.png" class="avatar">
woolgathering:</div><blockquote><p>${dQuote}</p>
</blockquote></aside>`
    : ''
}${i === 1 ? `${ps(p.html.slice(0, 2))}<ul>${lis(p.html.slice(2, 4))}</ul>${ps(p.html.slice(4))}` : ps(p.html)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls expanded-actions"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat
button-count like-count highlight-action regular-likes btn-text"
title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"
xmlns="http://www.w3.org/2000/svg"><use href="#far-heart"></use></svg></button></div><button class="widget-button btn-flat share no-text btn-icon"
title="copy a link
to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share"><use href="#link"></use></svg></button><button class="widget-button btn-flat reply create
fade-out
btn-icon-text" title="begin composing a reply to this post"><svg class="fa d-icon
d-icon-reply"><use href="#reply"></use></svg><span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head>
<meta charset="utf-8"><title>${dTitle} - Knitting help - Purlwise Forum</title>
<meta name="description" content="I have just finished the body of my first stranded yoke, knitted in the round with a five-stitch steek at the front.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="canonical"
href="https://forum.purlwise.org/t/steeking-a-yoke-sweater/3812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"woolgathering"},
"datePublished":"2027-01-04T19:12:00Z","interactionStatistic":{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_d3b1.css?__ws=forum.purlwise.org" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.purlwise.org" data-environment="production"></head>
<body class="crawler-inactive category-knitting-help tag-steeks archetype-regular"><div id="data-preloaded" data-preloaded="{}"></div>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo"
class="logo-big"
src="/uploads/default/original/1X/logo.png" alt="Purlwise Forum"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-icon-text btn-primary btn-small sign-up-button"
type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text
btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="header-dropdown-toggle
search-dropdown"><a href="/search" title="search topics, posts, users, or categories" aria-label="Search"
class="icon btn-flat"><svg class="fa d-icon d-icon-search"></svg></a></li>
</ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar"
class="sidebar-container"><div class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><ul class="sidebar-section-content"><li class="sidebar-section-link-wrapper">
<a href="/latest" class="sidebar-section-link"><span class="sidebar-section-link-content-text">Topics</span></a></li>
<li class="sidebar-section-link-wrapper"><a href="/about"
class="sidebar-section-link"><span class="sidebar-section-link-content-text">About</span></a></li></ul></div><div class="sidebar-section-wrapper
sidebar-section"
data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><span class="sidebar-section-header-text">Categories</span></div>
<ul class="sidebar-section-content">${links(dCats, 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="3812"><a href="/t/steeking-a-yoke-sweater/3812"
class="fancy-title">${dTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/knitting-help/4"><span data-category-id="4"
class="badge-category"><span class="badge-category__name">Knitting help</span></span></a><div class="list-tags"><a href="/tag/steeks" data-tag-name="steeks"
class="discourse-tag simple">steeks</a><a href="/tag/colourwork" class="discourse-tag simple">colourwork</a></div></div></div></div>
<div class="container posts" role="main"><div class="selected-posts hidden"></div><section class="topic-area" id="topic"
data-topic-id="3812"><div class="posts-wrapper">
<div class="post-stream">
${(dPosts[0] ? [dPostHtml(dPosts[0], 0)] : []).join('')}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__stat"><span class="number">3</span>
<span class="topic-map__stat-label">replies</span></div>
<div class="topic-map__stat"><span class="number">412</span><span class="topic-map__stat-label">views</span></div>
<div class="topic-map__stat"><span class="number">3</span><span class="topic-map__stat-label">users</span></div></div></section>
<aside class="accepted-answer"><p class="title"><svg class="fa d-icon d-icon-square-check accepted"></svg> Solved by <a href="/u/kittlebrae">kittlebrae</a> in
<a href="/t/steeking-a-yoke-sweater/3812/2">post #2</a></p></aside></div>
${dPosts
  .slice(1)
  .map((p, i) => dPostHtml(p, i + 1))
  .join('\n')}</div></div>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline">
<div class="timeline-date-wrapper"><a class="start-date">Jan 4</a>
</div><div class="timeline-scrollarea-wrapper"><div class="timeline-handle"></div><div class="timeline-scroller-content">
<div class="timeline-replies">1 / 4</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Jan 9</a></div></div></div></div></section>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__list"><div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics"
class="more-topics__list suggested-topics"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topics"><table
class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity
num">Activity</th></tr>
</thead><tbody>${dSuggested
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/1" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts-map posts"><span class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num
activity"><a class="post-activity"
href="/t/x/1/last"><span class="relative-date">${a}</span></a></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/knitting-help/4">Knitting help</a> or
<a href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></div></div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by" rel="noopener">Powered by Discourse</a></div></div></section>
<script defer src="/assets/start-discourse-a1b2.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout664-discourse-steeking',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...(dPosts[0]?.html ?? []), dQuote, ...dPosts.slice(1).flatMap((p) => p.html)]),
  bylines: ['woolgathering', 'woolgathering:', 'kittlebrae', 'Ansel_R', 'Jan 4', 'Jan 5', 'Jan 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Topics', 'About', 'Categories', ...dCats, 'steeks', 'colourwork', '2', '9', '3', '5', 'Reply', 'replies',
    '412',
    'views', 'users', 'Solved by kittlebrae in post #2', '1 / 4', 'Suggested Topics', 'Topic', 'Activity', ...dSuggested.flat(),
    'Want to read more? Browse other topics in Knitting help or view latest topics.', 'Powered by Discourse',
  ],
};

export const HELDOUT664_C: readonly TestPage[] = [discourse].map(tidy);
