import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout665-kit.js';

/** Held-out batch 665, file d2: a home improvement forum thread on Discourse (posts, topic map, suggested topics). */
const dTitle = 'Painting over old wallpaper: strip it or seal it?';
const dPosts: { user: string; date: string; full: string; likes: string; paras: string[] }[] = [
  {
    user: 'dunmore_dan',
    date: 'Mar 2',
    full: 'Mar 2, 2027 8:14 pm',
    likes: '2',
    paras: [
      j(
        'We have just moved into a 1930s semi and every room has woodchip or a thick embossed paper, painted over at least twice.',
        'It is mostly well stuck but lifting at a few seams. Is it mad to just seal it and paint over it again, or should I bite the',
        'bullet and strip the lot?',
      ),
      'The back bedroom is the worst, so I was going to start there.',
    ],
  },
  {
    user: 'Gillian_R',
    date: 'Mar 2',
    full: 'Mar 2, 2027 9:02 pm',
    likes: '5',
    paras: [
      j(
        'Strip it. Painted-over paper always catches up with you: the moisture in a new coat softens the old paste and you get',
        'bubbles that never quite go down. With woodchip you also have no idea what the plaster underneath is like until it comes off.',
      ),
      'Hire a steamer for the weekend and score the paper first. Painted layers stop the steam getting through otherwise.',
    ],
  },
  {
    user: 'tomlinson_decs',
    date: 'Mar 3',
    full: 'Mar 3, 2027 7:45 am',
    likes: '8',
    paras: [
      j(
        'Decorator here. Gillian is right for most rooms, but be ready for the plaster to come away with it in a house that age. Budget',
        'for a skim coat in at least one room, or line the walls with a 1400 grade lining paper if the plaster is sound but rough.',
      ),
      j(
        'If you really must paint over it, stick the seams down with overlap adhesive, then use an oil-based or shellac primer so',
        'the water in the emulsion never reaches the paste.',
      ),
    ],
  },
  {
    user: 'dunmore_dan',
    date: 'Mar 9',
    full: 'Mar 9, 2027 6:30 pm',
    likes: '3',
    paras: ['Update: stripped the back bedroom with a steamer. Took two days, and the plaster is better than I feared. Thanks all.'],
  },
];
const dSugg = ['Best steamer for stripping woodchip?', 'Mist coat on new plaster: how thin?', 'Cracks reappearing above a door frame'];
const dPost = (
  p: (typeof dPosts)[number],
  n: number,
): string => `<div class="topic-post clearfix ${n === 1 ? 'topic-owner ' : ''}regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${48100 + n}" data-topic-id="12874" data-user-id="${300 + n}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.homefixcommunity.org/${p.user.toLowerCase()}/96/1234_2.png" class="avatar" loading="lazy"></a></div>
</div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}"
data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/painting-over-old-wallpaper/12874/${n}"
title="Post date"><span title="${p.full}" data-time="1772482440000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls expanded-menu">
<div class="actions">
<div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text" title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button>
</div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Painting and Decorating - Homefix Community</title>
<meta name="description" content="We have just moved into a 1930s semi and every room has woodchip or a thick embossed paper">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.homefixcommunity.org/t/painting-over-old-wallpaper/12874"><meta property="og:site_name" content="Homefix Community">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"dunmore_dan"},"datePublished":"2027-03-02T20:14:00Z"}</script>
<link href="/stylesheets/desktop_d1c2b3a4.css?__ws=forum.homefixcommunity.org" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-5f6e7d8c.js"></script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.homefixcommunity.org" data-environment="production"></head>
<body class="archetype-regular category-painting-and-decorating tags-wallpaper tags-preparation"><section id="main" class="ember-application">
<div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap">
<div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Homefix Community"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons" role="navigation"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" class="icon btn-flat" aria-label="Search" title="search topics, posts, users, or categories"></a></li>
<li class="hamburger-dropdown header-dropdown-toggle"><a href class="icon btn-flat" aria-label="menu"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div class="container posts" id="main-container">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="12874">
<a href="/t/painting-over-old-wallpaper/12874" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/painting-and-decorating/7">
<span data-category-id="7" class="badge-category --style-square">
<span class="badge-category__name">Painting and Decorating</span></span></a><div class="list-tags">
<a href="/tag/wallpaper" data-tag-name="wallpaper" class="discourse-tag simple">wallpaper</a>
<a href="/tag/preparation" data-tag-name="preparation" class="discourse-tag simple">preparation</a></div></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}
</div><section class="topic-map"><ul class="clearfix"><li><h4 role="presentation">created</h4><span class="relative-date">Mar 2</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Mar 9</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4>
</li>
<li class="secondary"><span class="number">412</span><h4 role="presentation">views</h4></li><li class="secondary"><span class="number">3</span>
<h4 role="presentation">users</h4></li></ul></section>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<table class="topic-list">
<thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead>
<tbody>
${dSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="/t/x/${12000 + i}" class="title raw-link raw-topic-link">${t}</a></span></td><td class="num posts"><span class="number">${4 + i}</span></td>
<td class="num views"><span class="number">${120 + i * 31}</span></td><td class="num activity"><span class="relative-date">${i + 3}d</span></td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a>
<a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const discourse: TestPage = {
  name: 'heldout665-discourse-old-wallpaper',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: ['dunmore_dan', 'Gillian_R', 'tomlinson_decs', 'Mar 2', 'Mar 3', 'Mar 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Painting and Decorating', 'preparation', '2', '5', '8', '3', 'Reply', 'created',
    'last reply', 'replies', '412', 'views', 'users', 'Suggested Topics', 'Topic', 'Activity', ...dSugg, '4', '120', '151', '6',
    '182', '3d', '4d', '5d', 'Home', 'Categories',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT665_D2: readonly TestPage[] = [discourse];
