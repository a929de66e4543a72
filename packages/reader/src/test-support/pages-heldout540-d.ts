import type { TestPage } from './page-kit.js';
import { gold, j } from './pages-heldout540-kit.js';

/**
 * Held-out batch 540, file d: a games store's community forum thread on Discourse (rendered page, topic map, suggested topics);
 * the MediaWiki page of this pair is in file d2.
 */
const dTitle = 'Commander night: proposal for fixed pods on Thursdays';
const dPosts: [string, string, string[]][] = [
  [
    'grimbold',
    'Mar 3',
    [
      j(
        'Thursday Commander has got big, which is great, but the last few weeks we have had tables of five and six waiting for the',
        'one slow game to finish. I would like to suggest we try fixed pods of four, drawn at 7 pm, with a 90 minute soft cap.',
      ),
      'Anyone who turns up late joins the next round of pods at 8:45. Thoughts?',
    ],
  ],
  [
    'tessa_plays',
    'Mar 3',
    [j('Fully in favour of pods of four. I would rather not have a hard time limit though, half the fun is the silly long', 'turns at the end.')],
  ],
  [
    'Rowan_K',
    'Mar 4',
    [
      j(
        'Soft cap sounds fine to me as long as it means "finish the round, then wrap up" and not "the game is a draw". We could also',
        'ask people to say their deck\u2019s power level before pods are drawn so the cEDH lists end up together.',
      ),
    ],
  ],
  [
    'Staff_Lou',
    'Mar 5',
    [
      j(
        'Thanks all. We will trial this for four weeks from 12 March: pods of four drawn at 7 pm, a 90 minute soft cap where you',
        'finish the current round, and a second draw at 8:45 for late arrivals. Tell us at the counter how it goes.',
      ),
      'Entry stays at £3 and still includes a drink.',
    ],
  ],
];
const dSuggested = [
  ['Pauper league season 4 sign-ups', 'Magic', '12', 'Feb 27'],
  ['Lost: blue deck box with a Kaldra deck', 'General', '3', 'Mar 1'],
  ['Board game swap shelf rules', 'Board games', '8', 'Feb 20'],
];
const dPost = ([user, date, paras]: [string, string, string[]], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${4410 + i}" data-topic-id="612" data-user-id="${30 + i}"
 class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}"
 data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.wyvernrest.com/${user}/96/1_2.png"
 class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card">
<span class="first username${i === 3 ? ' staff moderator' : ''}"><a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/commander-night-proposal/612/${i + 1}" data-share-url="/t/612/${i + 1}"
 data-post-number="${i + 1}"><span title="${date}, 2026 7:${10 + i} pm" data-time="1772565000000" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls collapsed-like no-replies"><div class="actions">
<button class="btn no-text btn-icon btn-flat toggle-like like" title="like this post" aria-label="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon
 svg-string"><use href="#far-heart"></use></svg></button><button class="btn no-text btn-icon btn-flat share" title="copy a link to this post to clipboard"
 aria-label="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share"><use href="#link"></use></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Commander - Wyvern's Rest Community</title><meta name="description" content="Thursday Commander has got big, which is great">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://forum.wyvernrest.com/t/commander-night-proposal/612"><meta property="og:site_name" content="Wyvern's Rest Community">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"grimbold"},"datePublished":"2026-03-03T19:10:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.wyvernrest.com" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.wyvernrest.com" data-environment="production"></head>
<body class="archetype-regular category-commander docked"><div id="main-outlet-wrapper" class="wrap" role="main"></div>
<section id="main" class="ember-application"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
 alt="Wyvern's Rest Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-icon-text" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user"></svg>
<span class="d-button-label">Log In</span></button>
</span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<button class="btn no-text btn-icon icon btn-flat" aria-label="Search"
 title="search topics, posts, users, or categories"><svg class="fa d-icon d-icon-search"></svg></button></li></ul></div></div></div></header></div>
<div id="main-outlet" class="wrap" role="main"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="612">
<a href="/t/commander-night-proposal/612" class="fancy-title"><span dir="auto">${dTitle}</span></a></h1><div class="topic-category">
<a class="badge-category__wrapper" href="/c/magic/commander/7">
<span data-category-id="7" class="badge-category --style-square --has-parent" style="--category-badge-color:#F1592A">
<span class="badge-category__name" dir="auto">Commander</span></span></a><div class="list-tags">
<a href="/tag/thursday" class="discourse-tag simple">thursday</a></div>
</div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}
</div></div>
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><button class="topic-map__replies-trigger">
<span class="number">3</span><span class="topic-map__stat-label">replies</span></button><div class="topic-map__views-trigger"><span class="number">214</span>
<span class="topic-map__stat-label">views</span></div><div class="topic-map__users-trigger"><span class="number">4</span>
<span class="topic-map__stat-label">users</span></div>
</div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-icon-text btn-default" title="log in to reply">Log In to Reply</button></div></div>
<div class="more-topics__container"><div class="more-topics__list"><div role="heading" aria-level="2" class="more-topics__list-title">Suggested Topics</div>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead>
<tbody>
${dSuggested
  .map(
    ([t, c, r, d]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t?.length}" class="title raw-link">${t}</a>
<span class="badge-category__name">${c}</span></td><td class="num posts">${r}</td><td class="num age activity"><span class="relative-date">${d}</span></td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
<script defer src="/assets/discourse-a1b2.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout540-games-forum-commander-pods',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: dPosts.flatMap(([u, d]) => [u, d]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Commander', 'thursday', 'Reply', 'replies', 'views', 'users', 'Log In to Reply', 'Suggested Topics',
    ...dSuggested.flatMap(([t, c, , d]) => [t ?? '', c ?? '', d ?? '']), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT540_D: readonly TestPage[] = [gold(discourse)];
