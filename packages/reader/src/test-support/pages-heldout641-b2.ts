import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout641-kit.js';

/**
 * Held-out batch 641, file b2: a finds identification thread on Discourse as the browser renders it (Ember DOM, topic map,
 * timeline, quote, lightbox, suggested topics).
 */
const dTitle = 'Lead ampulla from Saturday\u2019s club dig, any ideas on date?';
const dPosts = [
  {
    user: 'stubble_jumper',
    full: '',
    title: '',
    paras: [
      j(
        'Found this on the Harrowdene club dig on Saturday, about eight inches down on the headland of the barley field next to the',
        'old drove road. Small flask shape, about 45 mm tall, with two little loops at the neck. One side has a scallop shell on it.',
      ),
      'It came out squashed flat but otherwise in one piece. Is this a pilgrim thing? Any idea how old? It is going to the FLO either way.',
    ],
  },
  {
    user: 'Marlshire_FLO',
    full: 'Hannah Brisco',
    title: 'Finds Liaison Officer',
    paras: [
      j(
        'That is a lead pilgrim ampulla, and a nice one. They held holy water or oil from a shrine and were worn round the neck on a cord',
        'through those loops. The scallop usually points to a shrine connected with St James, but it was used more widely than that.',
      ),
      j(
        'Most from this area date from the late 13th to the 15th century. Squashed ones are very common: there is a theory they were',
        'deliberately crushed and left in fields to bless the crop. Please bring it to the recording day on the 28th and we will log it properly.',
      ),
    ],
  },
  {
    user: 'coilwhisperer',
    full: '',
    title: '',
    paras: ['Great find. Three ampullae have come off that drove road now in my time with the club, all within a couple of fields.'],
  },
  {
    user: 'stubble_jumper',
    full: '',
    title: '',
    quote: 'They held holy water or oil from a shrine and were worn round the neck on a cord through those loops.',
    paras: ['Thanks Hannah, that is brilliant. Booked in for the 28th. I had no idea about the crushing theory, that would explain the headland.'],
  },
  {
    user: 'Marlshire_FLO',
    full: 'Hannah Brisco',
    title: 'Finds Liaison Officer',
    paras: ['See you then. Keep the findspot reading with it, as the cluster coilwhisperer mentions is exactly what we want on the map.'],
  },
];
const dDates = ['Mar 14', 'Mar 14', 'Mar 15', 'Mar 15', 'Mar 16'];
const dSuggested = [
  ['Hammered cut halfpenny, Edward I or II?', 'Finds Identification', '8', '241', 'Feb 27'],
  ['Odd copper alloy mount with enamel', 'Finds Identification', '5', '163', 'Mar 2'],
  ['Best pinpointer for wet clay?', 'Kit and Gear', '21', '788', 'Mar 11'],
] as const;
const dPost = (p: (typeof dPosts)[number] & { quote?: string }, i: number): string => `<div class="topic-post clearfix regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${4410 + i}" data-topic-id="912"
data-user-id="${p.user.length}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.fieldfinds.example/${p.user}/96/1_2.png"
class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span>${p.full === '' ? '' : `<span class="second full-name"><a href="/u/${p.user}">${p.full}</a></span>`}
${p.title === '' ? '' : `<span class="user-title">${p.title}</span>`}</div><div class="post-infos"><div class="post-info post-date"><a
class="widget-link post-date"
href="/t/lead-ampulla-from-saturdays-club-dig/912/${i + 1}" title="Post date"><span title="${dDates[i]}, 2026"
class="relative-date">${dDates[i]}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="Marlshire_FLO" data-post="2" data-topic="912">
<div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/Marlshire_FLO/48/3_2.png" class="avatar">
Marlshire_FLO:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
}${ps(p.paras)}${i === 0 ? dLightbox : ''}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button
class="btn no-text btn-icon post-action-menu__like toggle-like like btn-flat"
title="like this post" type="button"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg></button>
<button class="btn btn-icon-text post-action-menu__reply reply create fade-out btn-flat" title="begin composing a reply to this post" type="button"><svg
class="fa d-icon d-icon-reply svg-icon svg-string"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article>${i === 0 ? dMap : ''}</div>`;
const dLightbox = `<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/a/a41.jpeg" title="IMG_4412.jpg"><img
src="/uploads/default/optimized/2X/a/a41_2_666x500.jpeg"
alt="IMG_4412" width="666" height="500"><div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use
href="#far-image"></use></svg>
<span class="filename">IMG_4412.jpg</span><span class="informations">1600\u00d71200 312 KB</span></div></a></div>`;
const dMap = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><button
class="btn no-text topic-map__views-trigger">
<span class="number">312</span><span class="topic-map__stat-label">views</span></button><button class="btn no-text topic-map__likes-trigger"><span
class="number">14</span>
<span class="topic-map__stat-label">likes</span></button><button class="btn no-text topic-map__users-trigger"><span class="number">3</span>
<span class="topic-map__stat-label">users</span></button></div></section></div>`;
const dRow = ([t, c, r, v, a]: (typeof dSuggested)[number]): string => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="/t/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a
class="badge-category__wrapper"
href="/c/finds-id/5"><span class="badge-category__name">${c}</span></a></div></td><td class="num posts-map posts"><span class="number">${r}</span></td>
<td class="num views"><span class="number">${v}</span></td><td class="num age activity"><a class="post-activity"><span
class="relative-date">${a}</span></a></td></tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Finds Identification -
Fieldfinds Forum</title>
<meta name="description" content="Found this on the Harrowdene club dig on Saturday, about eight inches down on the headland of the barley field">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="canonical"
href="https://forum.fieldfinds.example/t/912">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"datePublished":"2026-03-14T21:12:40Z",
"author":{"@type":"Person","name":"stubble_jumper"},"interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
<link href="/stylesheets/desktop_6d1b.css?__ws=forum.fieldfinds.example" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler-disabled navigation-topics category-finds-identification"><div id="ember3" class="ember-application"><section id="main"
class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/"
data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Fieldfinds Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg
class="fa d-icon d-icon-user
svg-icon"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons
d-header-icons"><li class="search-dropdown">
<button class="btn no-text btn-icon icon btn-flat" aria-label="Search" title="search topics, posts, users, or categories"><svg
class="fa d-icon d-icon-search svg-icon">
<use href="#magnifying-glass"></use></svg></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="ember-view"><div
class="container posts">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="912"><a href="/t/lead-ampulla-from-saturdays-club-dig/912"
class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/finds-id/5"><span data-category-id="5"
class="badge-category
--style-square"><span class="badge-category__name">Finds Identification</span></span></a></div><div class="list-tags"><a href="/tag/medieval"
class="discourse-tag simple">medieval</a><a href="/tag/pilgrim" class="discourse-tag simple">pilgrim</a></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="912"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}
</div></div></section><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div
class="timeline-date-wrapper">
<a class="start-date" href="/t/912/1"><span>Mar 14</span></a></div><div class="timeline-scrollarea-wrapper"><div class="timeline-scroller-content">
<div class="timeline-replies">1 / 5</div></div></div><div class="timeline-date-wrapper"><a class="now-date" href="/t/912/5"><span>Mar
16</span></a></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text share-and-invite btn-default" type="button"><span
class="d-button-label">Share</span></button><button class="btn btn-icon-text bookmark btn-default" type="button"><span
class="d-button-label">Bookmark</span></button>
<button class="btn btn-icon-text btn-primary create" type="button"><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title"
class="suggested-topics">
<h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr><th
class="default">Topic</th>
<th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody class="topic-list-body">
${dSuggested.map(dRow).join('\n')}</tbody></table></div></div></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/finds-id/5">Finds Identification</a> or <a href="/latest">view
latest
topics</a>.</h3></div></div></div></div></div></section></div>
<script defer src="/assets/discourse-9f2a.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const fieldfinds: TestPage = {
  name: 'heldout641-discourse-ampulla-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...('quote' in p && typeof p.quote === 'string' ? [p.quote] : []), ...p.paras])),
  bylines: ['stubble_jumper', 'Marlshire_FLO', 'Hannah Brisco', 'coilwhisperer', 'Mar 14', 'Mar 15', 'Mar 16'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Finds Identification', 'medieval', 'Finds Liaison Officer', 'IMG_4412.jpg', '1600\u00d71200 312 KB', 'Reply',
    '312', 'views', '14', 'likes', '3', 'users', '1 / 5', 'Share', 'Bookmark', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dSuggested.flatMap(([t, c, r, v, a]) => (c === 'Finds Identification' ? [t, r, v, a] : [t, c, r, v, a])),
    'Want to read more? Browse other topics in Finds Identification or view latest topics.',
  ],
};

export const HELDOUT641_B2: readonly TestPage[] = [fieldfinds];
