import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file d: a smallholders' forum thread on Discourse (rendered topic view, quote, topic map, suggested topics).
 */
const fTitle = 'First shearing day – what do I actually need?';
const fPosts = [
  {
    user: 'fellside_jo',
    date: 'May 2',
    likes: '3',
    html: [
      j(
        'We have three boys (our first alpacas, bought last autumn) and the shearer is booked for the 20th. He does the shearing, obviously,',
        'but what do I need to have ready on the day? I have read conflicting things about whether they should be kept in the night before.',
      ),
      'Any tips from people who have been through it would be very welcome. I am slightly dreading it!',
    ],
  },
  {
    user: 'Marian_K',
    date: 'May 2',
    likes: '5',
    html: [
      j(
        'Yes, keep them in overnight, or at least in a dry shed from the afternoon before. A wet fleece cannot be shorn and a damp one',
        'will go mouldy in the bag. Other things that make the shearer&#39;s life easier:',
      ),
      j(
        'A flat, clean area about four metres square, out of the wind. Paper feed sacks for the blanket fleece and a second bag for',
        'seconds. A helper for each animal to hold the head. Toenail clippers and a bucket of water.',
      ),
      'And have the money ready in cash. Most shearers round here are doing eighty animals a day and will not wait for a bank transfer.',
    ],
  },
  {
    user: 'tom.at.highmoor',
    date: 'May 3',
    likes: '2',
    quote: 'I have read conflicting things about whether they should be kept in the night before.',
    html: [
      j(
        'Keep them in, and keep them together. They are calmer in a group, so pen all three near where the shearing happens, where they',
        'can see each other. Ours scream a bit on the mat and then get up as though nothing happened.',
      ),
    ],
  },
  {
    user: 'fellside_jo',
    date: 'May 4',
    likes: '1',
    html: ['Thank you both, this is really helpful. Paper sacks ordered and the shed is cleared. I will report back!'],
  },
];
const fSuggest = [
  ['Coats for shorn alpacas in a cold May?', 'Husbandry'],
  ['Selling fleece: mill or hand spinners?', 'Fleece & Fibre'],
] as const;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>First shearing day – what do I actually need? - Husbandry - Smallholders' Camelid Forum</title>
<meta name="description" content="We have three boys (our first alpacas, bought last autumn) and the shearer is booked for the 20th."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.camelidsmallholders.org/t/first-shearing-day-what-do-i-actually-need/1876">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"fellside_jo"},
"datePublished":"2026-05-02T08:12:45Z","commentCount":3}</script>
<link href="/stylesheets/desktop_7f4c1e.css?__ws=forum.camelidsmallholders.org" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-preloaded="{}" data-environment="production"></head>
<body class="docked archetype-regular category-husbandry tags-shearing"><section id="ember3" class="ember-application"><div id="main" class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/"
data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Smallholders' Camelid Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span
class="d-button-label">Sign Up</span>
</button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user svg-icon svg-string"><use
href="#user"></use></svg>
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a
href="/search"
class="icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search svg-icon"><use href="#search"></use></svg></a></li>
<li class="header-dropdown-toggle hamburger-dropdown"><a href class="icon btn-flat" aria-label="Menu" title="Menu"><svg
class="fa d-icon d-icon-bars svg-icon"><use href="#bars"></use>
</svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container posts">
<div id="topic-title" class="ember-view"><div class="title-wrapper"><h1 data-topic-id="1876"><a href="/t/first-shearing-day-what-do-i-actually-need/1876"
class="fancy-title">${fTitle}</a>
</h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/husbandry/5"><span data-category-id="5" style="--category-badge-color: #5A7D3A;"
class="badge-category --style-square"><span class="badge-category__name" dir="auto">Husbandry</span></span></a><div class="list-tags"><a href="/tag/shearing"
data-tag-name="shearing" class="discourse-tag simple">shearing</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${fPosts
  .map(
    (p, i) => `<div class="topic-post clearfix regular${i === 0 ? ' topic-owner' : ''}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region"
data-post-id="${9120 + i}" data-topic-id="1876" data-user-id="${40 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div
class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/forum.camelidsmallholders.org/${p.user.toLowerCase()}/96/1_2.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a>
</span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/first-shearing-day-what-do-i-actually-need/1876/${i + 1}"><span
title="${p.date}, 2026" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="fellside_jo" data-post="1" data-topic="1876"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.camelidsmallholders.org/fellside_jo/48/1_2.png"
class="avatar"> fellside_jo:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
}
${ps(p.html)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="btn btn-flat like-count
button-count">${p.likes}</button><button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post"></button></div><button
class="btn no-text btn-icon
share btn-flat" title="copy a link to this post to clipboard"></button><button class="btn btn-icon-text reply create fade-out btn-flat"
title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section>${
      i === 0
        ? `<section class="topic-map"><ul class="topic-map__stats"><li class="created-at"><h4 role="presentation">created</h4>
<span class="relative-date">May 2</span></li><li class="last-reply"><h4 role="presentation">last reply</h4><span class="relative-date">May 4</span></li><li
class="replies">
<span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number">148</span><h4
role="presentation">views</h4></li></ul>
</section>`
        : ''
    }</div></div></div></article></div>`,
  )
  .join('\n')}
</div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" class="suggested-topics"><h3
class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th
class="activity num">Activity</th></tr></thead><tbody>
${fSuggest
  .map(
    ([t, c], i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${1700 + i}"
class="title raw-link raw-topic-link">${t.replace(/&/g, '&amp;')}</a>
</span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/${i}"><span class="badge-category"><span
class="badge-category__name">${c.replace(/&/g, '&amp;')}</span>
</span></a></div></td><td class="num posts-map posts"><span class="number">${4 + i}</span></td><td class="num age activity"><span
class="relative-date">Apr ${10 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/husbandry/5">Husbandry</a> or <a
href="/latest">view latest
topics</a>.</h3></div></div></div></div>
<div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.org/powered-by"
target="_blank">Powered by Discourse</a></div></div></section>
<script defer src="/assets/start-discourse-3c1a.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout617-discourse-shearing-day',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => (p.quote === undefined ? p.html : [p.quote, ...p.html]))),
  bylines: ['fellside_jo', 'Marian_K', 'tom.at.highmoor', 'May 2', 'May 3', 'May 4', 'fellside_jo:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Husbandry', '3', '5', '2', '1', 'Reply', 'created', 'last reply', 'replies', '148', 'views', 'Suggested Topics', 'Topic', 'Replies',
    'Activity',
    ...fSuggest.map(([t]) => t), 'Fleece & Fibre', '4', 'Apr 10', 'Apr 11', 'Want to read more? Browse other topics in Husbandry or view latest topics.',
    'Powered by Discourse',
  ],
};

export const HELDOUT617_D: readonly TestPage[] = [discourse];
