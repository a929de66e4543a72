import { ps, type TestPage } from './page-kit.js';
import { apart, j } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file c2: a roller skating forum thread on Discourse (topic map, suggested topics).
 */
const dTitle = 'Quads or inlines for an adult beginner at Skateland North?';
const dPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'marisol_rolls',
    'Mar 3',
    '4',
    [
      j(
        'I’m 38 and haven’t skated since I was a kid. A few friends go to the Thursday adult night at Skateland North and I want',
        'to join them without spending the whole evening holding the wall.',
      ),
      j(
        'The rental counter has both quads and inlines. Which is easier to learn on? And is it worth buying my own skates right away',
        'or should I rent for a while first?',
      ),
    ],
  ],
  [
    'wheelie_dan',
    'Mar 3',
    '7',
    [
      j(
        'Quads, for a rink. The wide base is more forgiving when you are standing still, and the toe stop is a much easier brake',
        'to learn than the heel brake on inlines. Almost everyone on the Thursday floor is on quads anyway.',
      ),
      j(
        'Rent for at least four or five sessions. The rentals at Skateland are beaten up but they will tell you what size and what',
        'boot height you like before you spend money.',
      ),
    ],
  ],
  [
    'coach_pernille',
    'Mar 4',
    '11',
    [
      j('I teach the Saturday morning adult class at Skateland, so a few practical tips:'),
      j(
        'Ask the rental counter for a half size down from your shoe size. Their rental quads run big, and a loose boot is the number',
        'one reason beginners feel wobbly.',
      ),
      j(
        'Spend your first twenty minutes in the centre practice area, not on the main floor. Bend your knees more than feels natural,',
        'keep your weight over the balls of your feet and practise falling forward onto your knee pads.',
      ),
      j('Wear wrist guards. Seriously. Almost every injury I see in adult beginners is a wrist.'),
    ],
  ],
  [
    'marisol_rolls',
    'Mar 4',
    '2',
    [j('This is so helpful, thank you all. @coach_pernille is the Saturday class drop-in or do I need to sign up for the whole', 'block?')],
  ],
  [
    'coach_pernille',
    'Mar 5',
    '3',
    [
      j(
        'Drop-in is $18 including rental, or $120 for the eight-week block. The block starts again on April 5. Just turn up at',
        '9:30 and we will find you a pair of skates.',
      ),
    ],
  ],
  [
    'rinkrat_93',
    'Mar 9',
    '5',
    [
      j(
        'Late to this but +1 on quads and wrist guards. One more thing: Thursday adult night gets really crowded after 9 pm when',
        'the jam skaters show up. Go early, the first hour is much calmer and they play slower music.',
      ),
      j(
        'When you do buy, don’t go for the cheapest boot at the big box store. A basic rink skate from a proper skate shop will',
        'last you years and you can swap the wheels later.',
      ),
    ],
  ],
  [
    'marisol_rolls',
    'Mar 16',
    '9',
    [
      j(
        'Update: went to the Saturday class and then to adult night on Thursday. Only fell twice, both times forwards onto my',
        'knee pads like I was told. Quads it is. Thanks everyone!',
      ),
    ],
  ],
];
const dSuggested: readonly (readonly [string, string, string, string])[] = [
  ['Best wheels for a sticky wooden rink floor?', 'Gear', '12', 'Feb 27'],
  ['Skateland North changes Friday session times', 'Rink Talk', '6', 'Mar 12'],
  ['Learning backwards crossovers as an adult', 'Skills', '18', 'Mar 14'],
];
const dPostHtml = (p: readonly [string, string, string, readonly string[]], i: number): string => {
  const [user, date, likes, paras] = p;
  return `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region"
data-post-id="${5210 + i}" data-topic-id="1184" data-user-id="${300 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.rollerjam.example/${user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date"
href="/t/quads-or-inlines-for-an-adult-beginner-at-skateland-north/1184/${i + 1}" title="Post date">
<span title="${date}, 2025 8:14 pm" data-time="1741032840000" data-format="tiny" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(paras)}</div><section class="post-menu-area clearfix">
<nav class="post-controls collapsed-on-mobile"><div class="actions">
<div class="double-button"><button class="btn btn-flat button-count like-count highlight-action regular-likes btn-icon-text"
title="number of people who liked this post">
<span class="d-button-label">${likes}</span></button><button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg></button></div>
<button class="btn no-text btn-icon widget-button btn-flat share" title="copy a link to this post to clipboard">
<svg class="fa d-icon d-icon-link svg-icon svg-string"><use href="#link"></use></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon svg-string"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav>
</section></div>
${
  i === 0
    ? `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats">
<button class="btn no-text topic-map__likes-trigger"><span class="number">41</span><span class="topic-map__stat-label">likes</span></button>
<a class="topic-map__views-trigger"><span class="number">1.2k</span><span class="topic-map__stat-label">views</span></a>
<button class="topic-map__users-trigger"><span class="number">4</span><span class="topic-map__stat-label">users</span></button></div></section></div>`
    : ''
}
</div></div></article></div>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Rink Talk - RollerJam Forum</title>
<meta name="description" content="I’m 38 and haven’t skated since I was a kid.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://forum.rollerjam.example/t/quads-or-inlines-for-an-adult-beginner-at-skateland-north/1184">
<meta property="og:site_name" content="RollerJam Forum"><meta property="og:type" content="website">
<meta property="article:published_time" content="2025-03-03T20:14:00+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"marisol_rolls"}}</script>
<link href="/stylesheets/desktop_9f1a2b.css" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse.js" data-discourse-entrypoint="discourse"></script></head>
<body class="category-rink-talk docked"><div id="data-preloaded" data-preloaded="{}"></div><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/rollerjam-logo.png" width="" alt="RollerJam Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-small login-button" type="button"><svg class="fa d-icon d-icon-user svg-icon"><use href="#user"></use></svg>
<span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<button class="btn no-text btn-icon icon btn-flat" aria-label="Search" title="Search"></button></li>
<li class="hamburger-dropdown header-dropdown-toggle"><button class="btn no-text btn-icon icon btn-flat" aria-label="Menu" title="menu"></button></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container posts">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1184">
<a href="/t/quads-or-inlines-for-an-adult-beginner-at-skateland-north/1184" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/rink-talk/5">
<span data-category-id="5" style="--category-badge-color:#F7941D" data-drop-close="true" class="badge-category" title="Rinks, sessions and events near you">
<span class="badge-category__name">Rink Talk</span></span></a></div><div class="list-tags">
<a href="/tag/beginners" data-tag-name="beginners" class="discourse-tag simple">beginners</a>
<a href="/tag/quads" data-tag-name="quads" class="discourse-tag simple">quads</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dPosts.map(dPostHtml).join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic"><span class="d-button-label">Reply</span></button></div>
<p class="reason"><span class="text">You will be notified if someone mentions your @name or replies to you.</span></p></div>
<div class="more-topics__container"><div class="more-topics__lists">
<div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics" class="more-topics__list suggested-topics">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topics"><table class="topic-list">
<thead class="topic-list-header"><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead>
<tbody class="topic-list-body">
${dSuggested
  .map(
    ([
      t,
      c,
      r,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/${c}"><span class="badge-category__name">${c}</span></a></div></td>
<td class="num posts-map posts"><span class="number">${r}</span></td>
<td class="num views"><span class="number">${Number(r) * 31}</span></td><td class="num activity"><a href="/t/${r}/last">
<span class="relative-date">${a}</span></a></td></tr>`,
  )
  .join('\n')}
</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a class="badge-category__wrapper"
href="/c/rink-talk/5"><span class="badge-category__name">Rink Talk</span></a> or <a href="/latest">view latest topics</a>.</h3></div></div></div>
</div></div></div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></section>
<script defer src="/assets/locales/en.js"></script></body></html>`;
const rollerjam: TestPage = {
  name: 'heldout565-discourse-roller-quads',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p[3]),
  bylines: apart(
    ['marisol_rolls', 'wheelie_dan', 'coach_pernille', 'rinkrat_93', 'Mar 3', 'Mar 4', 'Mar 5', 'Mar 9', 'Mar 16'],
    dPosts.flatMap((p) => p[3]),
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    'Sign Up', 'Log In', 'Rink Talk', 'beginners', 'quads', ...dPosts.map((p) => p[2]), 'Reply', '41', 'likes', '1.2k',
    'views', 'users', 'You will be notified if someone mentions your @name or replies to you.', 'Suggested Topics',
    ...dSuggested.flatMap(([t, c, r, a]) => [t, c, r, String(Number(r) * 31), a]), 'Want to read more? Browse other topics in Rink Talk or view latest topics.',
    'Powered by Discourse',
  ], [dTitle, ...dPosts.flatMap((p) => p[3])]),
};

export const HELDOUT565_C2: readonly TestPage[] = [rollerjam];
