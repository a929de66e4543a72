import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file d: a Discourse thread (Ember-rendered saved page) on choosing a first kitesurf school, with a
 * sidebar, a topic timeline and a suggested-topics table.
 */
const dTitle = 'First kite lessons: lagoon school or open beach?';
const dPosts: [string, string, string, string[]][] = [
  [
    'breezy_anneke',
    'May 3',
    '',
    [
      j(
        'I have booked a week off in June and want to finally learn to kite. I keep reading that flat-water lagoon schools are',
        'better for beginners, but the lagoon schools near me are twice the price of the beach school in my home town.',
      ),
      'Is it really worth the extra money and the travel? Or can you learn just as well in the waves if the instructors are good?',
    ],
  ],
  [
    'tomas_k',
    'May 3',
    '',
    [
      j(
        'Lagoon every time, if you can afford it. The kite part is the same anywhere, but standing-depth water means your',
        'instructor can stand right next to you, and you never have to fight to get back to the board in shore break.',
      ),
      j(
        'I learnt on an open beach and spent most of my third day swimming after my board. My partner learnt on a lagoon',
        'two years later and was riding both ways by day three.',
      ),
    ],
  ],
  [
    'windsock_wendy',
    'May 4',
    '',
    [
      'Depends what you mean by good instructors. A beach school with radio helmets and a boat can be just as quick.',
      j(
        'What I would check is the ratio. One instructor to two students is fine, one to four is a waste of money wherever',
        'you are. Also ask what happens if there is no wind; some schools refund, some only give credit for next season.',
      ),
    ],
  ],
  [
    'breezy_anneke',
    'May 9',
    'Thanks both!',
    [
      j(
        'Update in case anyone finds this later: I booked three days at a lagoon school with one instructor per two students',
        'and a refund policy for no-wind days, and two extra days at the beach school at home to practise in waves after.',
      ),
    ],
  ],
];
const dQuote = 'Or can you learn just as well in the waves if the instructors are good?';
const dSidebar = ['Topics', 'My Posts', 'More'];
const dCats = ['Learning to kite', 'Gear talk', 'Spots and travel', 'All categories'];
const dSugg: [string, string, string, string][] = [
  ['Which harness for a complete beginner?', 'Gear talk', '14', 'Apr 22'],
  ['Is 12 too young for lessons?', 'Learning to kite', '9', 'Mar 30'],
  ['Cheap wind forecast apps that actually work', 'Spots and travel', '27', '2d'],
];
const post = (
  [user, date, lead, paras]: [string, string, string, string[]],
  i: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${40210 + i}" data-topic-id="8812" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}"
aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/kitechat.community/${user}/96/1234_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date"
href="/t/first-kite-lessons-lagoon-school-or-open-beach/8812/${i + 1}"><span title="${date}, 2026" data-time="1777800000000" data-format="tiny"
class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  i === 2
    ? `<aside class="quote no-group" data-username="breezy_anneke" data-post="1" data-topic="8812"><div class="title">
<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/kitechat.community/breezy_anneke/48/1234_2.png" class="avatar">
breezy_anneke:</div>
<blockquote><p>${dQuote}</p></blockquote></aside>`
    : ''
}${lead === '' ? '' : `<p>${lead}</p>`}${ps(paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat button-count like-count"
aria-label="${i + 2} people liked this post"><span class="d-button-label">${i + 2}</span></button><button
class="widget-button btn-flat toggle-like like no-text"
title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share"
aria-hidden="true"></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg
class="fa d-icon d-icon-reply"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Learning to kite - KiteChat</title>
<meta name="description" content="I have booked a week off in June and want to finally learn to kite."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://kitechat.community/t/first-kite-lessons-lagoon-school-or-open-beach/8812"><meta property="og:site_name" content="KiteChat">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"breezy_anneke"}}</script>
<link href="/stylesheets/desktop_1e4f0a.css?__ws=kitechat.community" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler-disabled category-learning navigation-topics archetype-regular has-sidebar-page"><div id="main-outlet-wrapper-shell">
<section id="main" class="ember-application"><div class="ember-view"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div
class="contents">
<div class="header-sidebar-toggle"><button title="Hide sidebar" aria-expanded="true" class="btn no-text btn-icon btn-flat"><svg
class="fa d-icon d-icon-bars"></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/kitechat-logo.png"
alt="KiteChat"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><svg class="fa d-icon d-icon-user"></svg><span class="d-button-label">Log
In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" title="Search"
aria-label="Search"><svg class="fa d-icon d-icon-search"></svg></a></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<div class="sidebar-section" data-section-name="community"><ul class="sidebar-section-content">${links(dSidebar, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Categories</span></div>
<ul class="sidebar-section-content">${links(dCats, 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8812">
<a href="/t/first-kite-lessons-lagoon-school-or-open-beach/8812" class="fancy-title">${dTitle}</a></h1><div class="topic-category">
<a class="badge-category__wrapper" href="/c/learning/5"><span data-category-id="5" class="badge-category --style-square"
style="--category-badge-color: #0088CC;">
<span class="badge-category__name">Learning to kite</span></span></a><div class="list-tags"><a href="/tag/lessons" class="discourse-tag box">lessons</a>
<a href="/tag/beginners" class="discourse-tag box">beginners</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-timeline-container"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper">
<a class="start-date">May 3</a></div><div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date">May
9</a></div></div></div></div>
<div class="post-stream">${dPosts.map(post).join('\n')}</div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"><span
class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__list"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead class="topic-list-header"><tr><th class="default">Topic</th><th
class="posts num">Replies</th>
<th class="activity num">Activity</th></tr></thead><tbody class="topic-list-body">${dSugg
  .map(
    ([t, c, r, a]) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="title raw-link raw-topic-link">${t}</a><div class="link-bottom-line"><span
class="badge-category__name">${c}</span></div></td>
<td class="num posts-map posts"><span class="number">${r}</span></td><td class="activity num"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('')}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/learning/5">Learning to kite</a> or <a href="/latest">view latest
topics</a>.</h3>
</div></div></div></div></div></div></div></section></div>
<script defer src="/assets/discourse-8a1f.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout673-discourse-kite-school',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , lead, p], i) => [...(i === 2 ? [dQuote] : []), ...(lead === '' ? [] : [lead]), ...p])),
  bylines: ['breezy_anneke', 'tomas_k', 'windsock_wendy', 'May 3', 'May 4', 'May 9', 'breezy_anneke:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dSidebar, 'Categories', ...dCats, '1 / 4', '2', '3', '4', '5', 'Reply', 'Suggested Topics', 'Topic',
    'Replies', 'Activity', ...dSugg.flatMap(([t, , r, a]) => [t, r, a]), 'Want to read more? Browse other topics in Learning to kite or view latest topics.',
  ],
};

export const HELDOUT673_D: readonly TestPage[] = [discourseThread];
