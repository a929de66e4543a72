import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout561-kit.js';

/** Held-out batch 561, file e2: a Discourse forum thread on charging for travel time on a half-day ASL booking. */
const qTitle = 'Charging for travel time on a half-day ASL booking?';
type Post = { user: string; name: string; date: string; likes: string; paras: string[] };
const qPosts: readonly Post[] = [
  {
    user: 'mreyes',
    name: 'Marisol Reyes',
    date: 'Apr 9',
    likes: '2',
    paras: [
      j(
        'I have been asked to interpret a half-day staff training at a warehouse about 70 minutes from home. The client wants a',
        'flat fee for the three hours and says travel is “my problem”. I normally charge half my hourly rate for travel beyond 30',
        'minutes each way.',
      ),
      'Is that still normal practice? How do you all handle travel on half-day bookings, especially when you are working solo?',
    ],
  },
  {
    user: 'dkowalczyk',
    name: 'Dorota Kowalczyk',
    date: 'Apr 9',
    likes: '5',
    paras: [
      'Very normal. My terms for anything outside my area:',
      'Travel time beyond 30 minutes each way at 50% of the hourly rate',
      'Mileage at the standard government rate, or the actual train fare',
      'A two-hour minimum, so a three-hour booking is billed as booked',
      j(
        'Put it in your quote as separate lines, not as a bigger hourly rate. Clients argue less with a line that says',
        '“travel, 80 minutes” than with a rate that looks high.',
      ),
    ],
  },
  {
    user: 'jn_asante',
    name: 'Jonah Asante',
    date: 'Apr 10',
    likes: '2',
    paras: [
      'The client wants a flat fee for the three hours and says travel is “my problem”.',
      j(
        'If they insist on a flat fee, build the travel into it and say so in writing. Also: three hours of training solo is',
        'already pushing it. I would ask for a team of two, or at least a proper break in the middle, before talking about money.',
      ),
    ],
  },
  {
    user: 'mreyes',
    name: 'Marisol Reyes',
    date: 'Apr 11',
    likes: '0',
    paras: [
      j(
        'Thanks both. I sent a quote with travel and mileage on separate lines and a 15-minute break at the halfway point. They',
        'accepted it without a word. Marking Dorota&rsquo;s answer as the solution.',
      ),
    ],
  },
];
const qTags = ['asl', 'rates', 'travel'];
const qSide = ['Community', 'Topics', 'Users', 'Badges', 'Categories', 'Rates and business', 'Sign language', 'Court and legal', 'All categories'];
const qSugg: readonly (readonly string[])[] = [
  ['Do you charge a cancellation fee for video bookings?', 'Mar 28'],
  ['Team rates for conference work in 2026', 'Feb 17'],
  ['Invoicing agencies that pay after 90 days', 'Jan 30'],
];
const qCooked = (p: Post, i: number): string => {
  if (i === 1) return `${ps(p.paras.slice(0, 1))}<ul>${lis(p.paras.slice(1, 4))}</ul>${ps(p.paras.slice(4))}`;
  if (i === 2) {
    return `<aside class="quote no-group" data-username="mreyes" data-post="1" data-topic="4412"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.interpreterscommons.example/mreyes/48/112_2.png" class="avatar"> mreyes:</div>
<blockquote><p>${p.paras[0]}</p></blockquote></aside>${ps(p.paras.slice(1))}`;
  }
  return ps(p.paras);
};
const qPost = (p: Post, i: number): string => `<div class="topic-post clearfix${i === 0 || p.user === 'mreyes' ? ' topic-owner' : ''} regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${20311 + i}" data-topic-id="4412" data-user-id="${88 + i}"
class="boxed onscreen-post${i === 1 ? ' accepted-answer' : ''}"><span id="post_anchor_${i + 1}"></span><div class="row"><div class="topic-avatar"><div
class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.interpreterscommons.example/${p.user}/96/112_2.png" class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/charging-for-travel-time/4412/${i + 1}" title="Post date">
<span title="${p.date}, 2026" data-time="1775760000000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${qCooked(p, i)}</div>${
  i === 0
    ? `<p class="solved"><span class="accepted-text"><span class="accepted-label">Solved by
<span class="user-title">dkowalczyk</span> in <a href="/t/charging-for-travel-time/4412/2">post #2</a></span></span></p>`
    : ''
}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.likes === '0'
    ? ''
    : `<div class="double-button"><button
class="btn-flat btn-icon-text button-count like-count highlight-action regular-likes" aria-label="${p.likes} people liked this post"><span
class="d-button-label">${p.likes}</span>
</button></div>`
}${
  i === 1
    ? `<button class="btn-flat post-action-menu__solved-accepted accepted fade-out" title="this reply was selected as the solution"><span
class="d-button-label">Solution</span></button>`
    : ''
}
<button class="btn-flat post-action-menu__copy-link" title="copy a link to this post to clipboard" aria-label="copy a link to this post to clipboard"></button>
<button class="btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div></nav>
</section></div>${
  i === 0
    ? `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><button class="topic-map__views-trigger">
<span class="number">412</span><span class="topic-map__stat-label">views</span></button><button class="topic-map__likes-trigger"><span class="number">9</span>
<span
class="topic-map__stat-label">likes</span></button><button class="topic-map__users-trigger"><span class="number">3</span><span
class="topic-map__stat-label">users</span>
</button></div></section></div>`
    : ''
}</div></div></article></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${qTitle} - Rates and business - Interpreters' Commons</title>
<meta name="description" content="I have been asked to interpret a half-day staff training at a warehouse about 70 minutes from home."><meta name="generator"
content="Discourse 3.3.0">
<link rel="canonical" href="https://forum.interpreterscommons.example/t/charging-for-travel-time-on-a-half-day-asl-booking/4412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"mreyes"}}</script>
<link href="/stylesheets/desktop_theme_2_8f1e.css?__ws=forum.interpreterscommons.example" media="all" rel="stylesheet" data-target="desktop_theme"></head>
<body class="crawler ember-application archetype-regular category-rates-and-business tag-asl tag-rates tag-travel has-sidebar-page"><section id="main"
class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"
data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/commons-logo.png" alt="Interpreters' Commons"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span
class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat"
title="search topics, posts, users, or
categories" aria-label="Search"></a></li><li class="header-dropdown-toggle hamburger-dropdown"><a class="icon btn-flat" aria-label="menu"></a></li></ul></div>
</div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections sidebar-sections-anonymous">
${[qSide.slice(0, 4), qSide.slice(4)]
  .map(
    (sec) => `<div class="sidebar-section-wrapper sidebar-section"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent" aria-expanded="true" title="Toggle section"><span
class="sidebar-section-header-text">
${sec[0]}</span></button></div><ul class="sidebar-section-content">${sec
      .slice(1)
      .map(
        (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="ember-view sidebar-section-link sidebar-row"><span class="sidebar-section-link-content-text">${t}</span></a></li>`,
      )
      .join('')}</ul></div>`,
  )
  .join('\n')}</div></section></div>
<div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4412"><a
href="/t/charging-for-travel-time/4412"
class="fancy-title">${qTitle}</a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper"
href="/c/rates-and-business/7"><span
data-category-id="7" style="--category-badge-color: #0E8A7D;" data-drop-close="true" class="badge-category" title="Money, quotes, terms and invoices."><span
class="badge-category__name">Rates and business</span></span></a></div><div class="list-tags">${qTags
  .map(
    (t) => `<a href="/tag/${t}" data-tag-name="${t}"
class="discourse-tag simple">${t}</a>`,
  )
  .join(`<span class="discourse-tag-separator">,</span>`)}</div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4412"><div class="posts-wrapper"><div class="post-stream">
${qPosts.map(qPost).join('\n')}</div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date">Apr 9</a></div>
<div class="timeline-scrollarea"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div><div
class="timeline-ago">Apr 9</div>
</div></div><div class="timeline-date-wrapper"><a class="now-date">Apr 11</a></div></div></div></div>
<div id="topic-footer-buttons" class="topic-footer-main-buttons"><button class="btn btn-icon-text share-and-invite"><span class="d-button-label">Share</span>
</button><button
class="btn btn-icon-text bookmark"><span class="d-button-label">Bookmark</span></button><button class="btn btn-icon-text btn-primary create"><span
class="d-button-label">Reply</span>
</button></div>
<div class="more-topics__container"><div class="more-topics__list"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<table class="topic-list">
<thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead><tbody>
${qSugg
  .map(
    (
      [t, d],
      i,
    ) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a><div class="link-bottom-line">
<a class="badge-category__wrapper" href="/c/rates-and-business/7"><span class="badge-category__name">Rates and business</span></a></div></td><td
class="num posts"><span
class="number">${i + 4}</span></td><td class="num age activity"><span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/rates-and-business/7">Rates and business</a> or <a
href="/latest">view latest
topics</a>.</h3></div></div></section></div></div></div></div></section>
<script src="/assets/discourse-8f2e1a.br.js" defer></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout561-discourse-travel-time-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p.paras)),
  bylines: ['mreyes', 'Marisol Reyes', 'Apr 9', 'dkowalczyk', 'Dorota Kowalczyk', 'jn_asante', 'Jonah Asante', 'Apr 10', 'Apr 11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...qSide, 'rates', 'Solved by dkowalczyk in post #2', 'Reply', 'views', 'likes', 'users', '1 / 4', 'Share', 'Bookmark',
    'Suggested Topics', 'Topic', 'Replies', 'Activity', ...qSugg.flat(), 'Want to read more? Browse other topics in Rates and business or view latest topics.',
  ],
};

export const HELDOUT561_E2: readonly TestPage[] = [discourse];
