import { links, ps, type TestPage } from './page-kit.js';
import { esc, j, lis, outside } from './pages-heldout600-kit.js';

/**
 * Held-out batch 600, file e: a Discourse forum thread (Ember-rendered, with topic map, timeline and suggested topics) about a
 * garden office on ground screws, and a MediaWiki page (Vector 2022 skin) on close-board fencing with an infobox.
 */
const dTitle = 'Garden office on ground screws \u2013 18 months on, any movement?';
type Post = { user: string; date: string; likes: string; paras: string[]; quote?: string };
const dPosts: Post[] = [
  {
    user: 'oak_and_elm',
    date: 'Mar 3',
    likes: '4',
    paras: [
      j(
        'We had a 3.6m x 2.4m insulated office put up on eight ground screws in autumn 2024. Clay soil, slight slope towards the back',
        'fence. The installer said no settlement to worry about, but this winter the door has started to catch at the top corner.',
      ),
      'Has anyone else had movement on screws in clay? Is it the base or is the frame racking?',
    ],
  },
  {
    user: 'Gareth_W',
    date: 'Mar 3',
    likes: '6',
    quote: 'this winter the door has started to catch at the top corner',
    paras: [
      j(
        'Before blaming the screws, put a long level on the floor inside, both ways, and check the diagonals of the door frame. A door',
        'that catches in winter and not in summer is usually the timber taking up moisture, not the base moving.',
      ),
    ],
  },
  {
    user: 'oak_and_elm',
    date: 'Mar 5',
    likes: '2',
    paras: ['Floor is level to within 2mm over the whole length. Diagonals on the door frame differ by 6mm though. So racking, then?'],
  },
  {
    user: 'sheds_by_nina',
    date: 'Mar 6',
    likes: '9',
    paras: [
      j(
        'That sounds like the frame, yes. On a lot of prefab offices the door wall has no bracing because of the glazing. You can',
        'usually plane the top of the door for this winter and ask the installer to fit a steel angle across the head.',
      ),
      'For what it is worth, we have screws in heavy clay under three buildings and none has moved in five years.',
    ],
  },
];
const dTopics = [
  ['Best insulation for a 2.5m flat roof studio?', '12', '1.4k', 'Feb 20'],
  ['Armoured cable run under a patio \u2013 depth?', '7', '880', 'Jan 29'],
];
const dPost = (p: Post, i: number): string => `<div class="topic-post clearfix regular"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region" data-post-id="${9120 + i}" data-topic-id="4512" data-user-id="${300 + i}" class="boxed onscreen-post"><span tabindex="0" role="heading"
aria-level="2" class="sr-only">post by ${p.user} on ${p.date}, 2026</span><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/forum.shedtalk.org/${p.user}/96/1.png" class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div role="heading"
aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}"
class="">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/4512/${i + 1}"
title="Post date"><span title="${p.date}, 2026 8:41 pm" data-time="1772570460000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div>
</div><div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="oak_and_elm" data-post="1"
data-topic="4512"><div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/oak_and_elm/48/1.png"
class="avatar"> oak_and_elm:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
}${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav
class="post-controls"><div class="actions"><div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action
regular-likes btn-text" aria-label="${p.likes} people liked this post" title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span>
</button><button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post"><svg aria-hidden="true"
class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg></button></div><button class="widget-button btn-flat share no-text
btn-icon" aria-label="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon svg-string" aria-hidden="true">
<use href="#link">
</use></svg></button><button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg
aria-hidden="true" class="fa d-icon d-icon-reply svg-icon svg-string"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Garden rooms &amp; offices - ShedTalk</title>
<meta name="description" content="We had a 3.6m x 2.4m insulated office put up on eight ground screws in autumn 2024.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.shedtalk.org/t/garden-office-on-ground-screws-18-months-on-any-movement/4512">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"oak_and_elm"}}</script>
<link href="/stylesheets/desktop_3f2a.css?__ws=forum.shedtalk.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="docked archetype-regular category-garden-rooms tags-ground-screws"><noscript data-share-ember-ui="true"></noscript>
<div class="ember-view" id="ember3"><a href="#main-container" id="skip-link">Skip to main content</a><div class="d-header-wrap">
<header class="d-header clearfix">
<div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/shedtalk-logo.png" alt="ShedTalk"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-text btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text
btn-primary btn-small login-button" type="button"><svg class="fa d-icon d-icon-user svg-icon" aria-hidden="true"><use href="#user"></use></svg><span
class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search"
class="btn no-text btn-flat icon" aria-label="Search" title="search topics, posts, users, or categories"><svg class="fa d-icon d-icon-search svg-icon"
aria-hidden="true"><use href="#magnifying-glass"></use></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div id="topic-title"><div class="container">
<div class="title-wrapper"><h1 data-topic-id="4512"><a href="/t/garden-office-on-ground-screws-18-months-on-any-movement/4512" class="fancy-title">${dTitle}</a>
</h1><div class="topic-category"><span class="badge-category__wrapper"><a href="/c/garden-rooms/7" data-category-id="7" class="badge-category"
style="--category-badge-color: #6B8E23;"><span class="badge-category__name">Garden rooms &amp; offices</span></a></span><div class="list-tags"><a
href="/tag/ground-screws" data-tag-name="ground-screws" class="discourse-tag box">ground-screws</a><a href="/tag/clay" data-tag-name="clay"
class="discourse-tag box">clay</a></div></div></div></div></div>
<div class="container posts" id="main-container"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}
</div></div><div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4><div class="topic-map-post
created-at"><span class="relative-date" title="Mar 3, 2026 8:41 pm">Mar 3</span></div></li><li><h4 role="presentation">last reply</h4><div
class="topic-map-post last-reply"><span class="relative-date" title="Mar 6, 2026 9:02 am">Mar 6</span></div></li><li class="secondary replies">
<span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number">612</span><h4
role="presentation">views</h4></li><li class="secondary users"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div>
</section><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date">Mar 2026</a></div><div class="timeline-scroller"><div class="timeline-replies">1 / 4</div><div class="timeline-ago">Mar 6</div></div>
</div></div></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title" id="suggested-topics-title">
<span>Suggested Topics</span></h3>
<table class="topic-list"><thead class="topic-list-header"><tr><th class="default">Topic</th><th class="num posts">Replies</th><th class="num views">Views</th>
<th class="num activity">Activity</th></tr></thead><tbody class="topic-list-body">${dTopics
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/${7700 + i}" class="title raw-link raw-topic-link">${esc(t[0] ?? '')}</a></td><td class="num posts">${t[1]}</td><td class="num views"><span
class="number">${t[2]}</span></td><td class="num activity"><span class="relative-date">${t[3]}</span></td></tr>`,
  )
  .join('')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/garden-rooms/7">Garden rooms &amp; offices</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div>
<footer class="footer-nav"><div class="powered-by-link">
<a href="https://www.discourse.org">Powered by Discourse</a>, best viewed with JavaScript enabled</div></footer>
<script defer src="/assets/discourse-e7b3.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const dGold = dPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote]), ...p.paras]);
const discourse: TestPage = {
  name: 'heldout600-discourse-ground-screws',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dGold,
  bylines: [
    'oak_and_elm',
    'Gareth_W',
    'sheds_by_nina',
    'Mar 3',
    'Mar 5',
    'Mar 6',
    'oak_and_elm:',
    'post by oak_and_elm on Mar 3, 2026',
    'post by Gareth_W on Mar 3, 2026',
    'post by oak_and_elm on Mar 5, 2026',
    'post by sheds_by_nina on Mar 6, 2026',
    'Feb 20',
    'Jan 29',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to main content', 'Sign Up', 'Log In', 'Garden rooms & offices', 'ground-screws', 'clay', '4', '6', '2', '9', 'Reply', 'created', 'last reply',
    '3', 'replies', '612', 'views', 'users', 'Mar 2026', '1 / 4', 'Suggested Topics',
    ...dTopics.flat().filter((t) => !t.startsWith('Feb') && !t.startsWith('Jan')),
    'Want to read more? Browse other topics in Garden rooms & offices or view latest topics.', 'Powered by Discourse, best viewed with JavaScript enabled',
  ], [dTitle, ...dGold]),
};

export const HELDOUT600_E: readonly TestPage[] = [discourse];
