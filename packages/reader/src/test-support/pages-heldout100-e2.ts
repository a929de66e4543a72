import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 100, file e2: a Discourse forum topic as the Ember app renders it for a signed-out visitor (the header
 * with "Sign Up" / "Log In", the sidebar with its sections, the topic title with category badge and tags, six posts with
 * usernames, full names, relative dates, a "Solution" marker, a quote of an earlier post inside a reply, like counts and
 * "Reply" buttons, the topic map with counts, the timeline, "Suggested Topics" and the "Want to read more?" footer).
 */
const dcTitle = 'Sourdough starter smells like nail polish remover after moving house';
const dcPosts = [
  {
    user: 'juniper_bakes',
    name: 'Juniper Hale',
    date: 'Nov 3',
    likes: '2',
    html: [
      'I moved flat two weeks ago and since then my starter, which was perfectly happy for two years, smells sharply of acetone a few hours after ' +
        'feeding. It still rises, but only by about half, and the bread has been dense.',
      'I feed it 1:1:1 with the same flour as before, twice a day. The only thing that has changed is the kitchen, which is much colder, maybe 17°C ' +
        'instead of 22°C. Is it dying?',
    ],
  },
  {
    user: 'ferment_fred',
    name: 'Fred Okonjo',
    date: 'Nov 3',
    likes: '9',
    solution: true,
    html: [
      'It is not dying, it is hungry. The acetone smell usually means the yeast and bacteria have run out of food and are stressed. In a colder ' +
        'kitchen everything slows down, so a 1:1:1 feed that used to peak in six hours might now take ten, and the timing of your feeds is off.',
      'Try feeding at 1:3:3 for a few days so there is more food per feed, and keep it somewhere warmer, like the top of the fridge or inside the oven ' +
        'with just the light on. The smell should go within three or four feeds.',
    ],
  },
  {
    user: 'marguerite',
    name: '',
    date: 'Nov 4',
    likes: '3',
    quote: { who: 'ferment_fred', text: 'inside the oven with just the light on' },
    html: [
      'Seconding this, but put a note on the oven door. I have cooked a starter at 200°C because someone wanted to roast potatoes and did not look ' +
        'inside first.',
    ],
  },
  {
    user: 'juniper_bakes',
    name: 'Juniper Hale',
    date: 'Nov 6',
    likes: '4',
    html: [
      'Update: three days of 1:3:3 feeds on top of the fridge and the smell has gone. It doubled in about seven hours this morning. Thank you both, ' +
        'and I have put a note on the oven.',
    ],
  },
  {
    user: 'ola.n',
    name: 'Ola Nwankwo',
    date: '3d',
    likes: '1',
    html: ['Good to know. Mine does the same every winter and I always assumed it was the flour. Going to try the bigger feed.'],
  },
  {
    user: 'Hamish_R',
    name: 'Hamish Reid',
    date: '2d',
    likes: '2',
    html: [
      'One more thing worth knowing: if the smell ever comes with pink or orange streaks, that is not hunger, that is contamination, ' +
        'and the starter should go. Grey liquid on top, on the other hand, is just alcohol from a hungry starter. Pour it off or stir it ' +
        'in and feed as usual.',
    ],
  },
];
const dcNav = [
  'Topics',
  'My Posts',
  'More',
  'Categories',
  'Baking',
  'Fermentation',
  'Equipment',
  'All categories',
  'Tags',
  'sourdough',
  'troubleshooting',
  'All tags',
];
const dcSuggested = [
  { t: 'Rye starter not rising after a week', c: 'Fermentation', r: '12', v: '1.1k', a: 'Oct 28' },
  { t: 'Best container for a starter you feed once a week', c: 'Equipment', r: '7', v: '684', a: 'Oct 19' },
  { t: 'Why does my loaf collapse in the oven?', c: 'Baking', r: '21', v: '2.3k', a: '5d' },
];
const dcMap = ['created', 'last reply', '5', 'replies', '347', 'views', '5', 'users', '19', 'likes'];
type DcPost = (typeof dcPosts)[number] & { solution?: boolean; quote?: { who: string; text: string } };
const dcPost = (p: DcPost, i: number): string => `<div class="topic-post clearfix topic-owner${i === 0 ? '' : ' regular'}" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${48211 + i}" data-topic-id="9172" data-user-id="${310 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}"
data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/forum.example/${p.user}/96/1.png"
class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${
  p.name
    ? `<span class="second full-name"><a
href="/u/${p.user}">${p.name}</a></span>`
    : ''
}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/9172/${i + 1}" data-share-url="/t/9172/${i + 1}"><span
title="${p.date}, 2025"
data-time="1762170000000" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  p.quote
    ? `<aside class="quote no-group" data-username="${p.quote.who}" data-post="2" data-topic="9172"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/a.png" class="avatar"> ${p.quote.who}:</div><blockquote><p>${p.quote.text}</p></blockquote></aside>`
    : ''
}
${p.html.map((t) => `<p>${t}</p>`).join('\n')}</div>
${p.solution ? '<p class="solved"><span class="accepted-text">Solution</span></p>' : ''}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="button-count
like-count">${p.likes}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked"></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"><svg></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg></svg><span
class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Sourdough starter smells like nail polish remover after moving house - Fermentation - The Crumb Forum</title>
<meta name="description" content="I moved flat two weeks ago and since then my starter smells sharply of acetone a few hours after feeding.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0"><link rel="canonical"
href="https://forum.thecrumb.example/t/sourdough-starter-smells-like-nail-polish-remover/9172">
<meta property="og:site_name" content="The Crumb Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dcTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}","author":{"@type":"Person",
"name":"juniper_bakes"},
"datePublished":"2025-11-03T09:12:40Z","interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":5}]}</script>
<link href="/stylesheets/desktop_7a1b0f.css" media="all" rel="stylesheet" data-target="desktop"><script defer
src="/assets/discourse-8c9a0f2e.js"></script></head>
<body class="crawler docs-topic category-fermentation tag-sourdough tag-troubleshooting has-sidebar-page"><section id="main" class="ember-application">
<div class="ember-view"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text
btn-icon btn-flat"
aria-label="Hide sidebar" title="Hide sidebar"><svg></svg></button></div><div class="title"><a href="/"><img id="site-logo" class="logo-big"
src="/logo.png" alt="The Crumb Forum"></a></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button
btn-icon-text"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><svg></svg><span class="d-button-label">Log
In</span></button></span></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<ul class="sidebar-section-content">${links(dcNav, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="9172"><a
href="/t/sourdough-starter-smells-like-nail-polish-remover/9172"
class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/fermentation/6"><span data-category-id="6"
class="badge-category --style-square" style="--category-badge-color: #8C6238;"><span class="badge-category__name">Fermentation</span></span></a>
<div class="list-tags"><a href="/tag/sourdough" class="discourse-tag box">sourdough</a><a href="/tag/troubleshooting" class="discourse-tag
box">troubleshooting</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="9172"><div class="posts-wrapper"><div class="post-stream">
${dcPost(dcPosts[0]!, 0)}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__created"><h4
role="presentation">${dcMap[0]}</h4>
<span class="relative-date">Nov 3</span></div><div class="topic-map__last-reply"><h4 role="presentation">${dcMap[1]}</h4><span
class="relative-date">3d</span></div>
${[2, 4, 6, 8]
  .map(
    (i) => `<div class="topic-map__stat"><span class="number">${dcMap[i]}</span><span
class="topic-map__stat-label">${dcMap[i + 1]}</span></div>`,
  )
  .join('')}
</div></section></div>
${dcPosts
  .slice(1)
  .map((p, i) => dcPost(p, i + 1))
  .join('\n')}
</div></div></section></div></div>
<div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div
class="timeline-date-wrapper">
<a class="start-date">Nov 3</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 6</div><div class="timeline-ago">Nov
2025</div></div>
<div class="timeline-date-wrapper"><a class="now-date">3d ago</a></div></div></div></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th class="topic-list-data default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity
num">Activity</th></tr></thead><tbody>
${dcSuggested
  .map(
    (s) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link raw-topic-link" href="/t/x">${s.t}</a><div class="link-bottom-line">
<span class="badge-category__name">${s.c}</span></div></td><td class="num posts">${s.r}</td><td class="num views">${s.v}</td><td class="num
activity">${s.a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/fermentation/6">Fermentation</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></section>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by" target="_blank">Powered by Discourse</a>, best viewed with JavaScript
enabled</footer></body></html>`;
export const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout100-discourse-topic-forum',
  kind: 'forum',
  // every post is body; usernames, full names and post dates are bylines; the quoted text and its "marguerite:"-style title
  // are in neither list; like counts, the Solution marker, Reply buttons, the topic map, timeline and suggested topics are furniture
  title: dcTitle,
  headings: [],
  body: texts(dcPosts.flatMap((p) => p.html)),
  bylines: [
    'juniper_bakes',
    'Juniper Hale',
    'ferment_fred',
    'Fred Okonjo',
    'marguerite',
    'ola.n',
    'Ola Nwankwo',
    'Hamish_R',
    'Hamish Reid',
    'Nov 3',
    'Nov 4',
    'Nov 6',
    '3d',
    '2d',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dcNav, 'Solution', 'Reply', 'created', 'last reply', 'users', 'likes', '1 / 6', 'Nov 2025', '3d ago',
    'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dcSuggested.map((s) => s.t), 'Want to read more? Browse other topics in ' +
  'Fermentation or view latest topics.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
