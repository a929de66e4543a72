import { ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file e: a self-builders' Discourse forum thread on topping up loft insulation before a conversion (topic
 * map, likes, suggested topics, sidebar).
 */
const dTitle = 'Top up loft insulation now or wait for the conversion?';
const dPosts: [string, string, string[]][] = [
  [
    'mossgate_mike',
    'Mar 3',
    [
      j(
        'We are planning a dormer conversion in about 18 months, once we have saved up. The loft has maybe 80mm of old fibreglass.',
        'Is it worth paying to top it up to 270mm this winter, or is that money thrown away when the builders rip it all out?',
      ),
    ],
  ],
  [
    'HelenLoftBuilds',
    'Mar 3',
    [
      j(
        'Builder here. On a conversion the insulation moves from the floor of the loft to the rafters and walls of the new room, so',
        'anything you lay between the joists now will come out. Most of it goes in a skip, because it gets torn and filthy.',
      ),
      'That said, 18 months is two winters. At current prices a top-up to 270mm pays back roughly a third of its cost in that time.',
    ],
  ],
  [
    'dan_in_derby',
    'Mar 4',
    [
      j(
        'We did exactly this. Topped up with rolls for about £300 doing it ourselves, and the builder reused maybe half the rolls in',
        'the eaves storage when the conversion happened. Not wasted at all.',
      ),
    ],
  ],
  ['mossgate_mike', 'Mar 5', ['Thanks both, that settles it. Rolls it is, and I will keep them clean for the builders.']],
];
const dUsers = ['mossgate_mike', 'HelenLoftBuilds', 'dan_in_derby'];
const dLikes = ['2', '7', '4', '1'];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Insulation', 'Loft conversions', 'Planning and regs', 'All categories'];
const dSuggest = ['Breathable membrane behind PIR boards?', 'Party wall notice for a rear dormer', 'Best way to board over 300mm rolls'];
const dPost = ([user, date, paras]: [string, string, string[]], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${4410 + i}" data-topic-id="1873" data-user-id="${90 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}"
aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.selfbuildnet.example/${user.toLowerCase()}/96/1_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span
class="first username"><a href="/u/${user}"
data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/top-up-loft-insulation/1873/${i + 1}"
title="Post date"><span title="${date}, 2026 8:14 pm" data-time="1772568840000" data-format="tiny" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls expand-hidden"><div
class="actions">
<div class="double-button"><button class="btn btn-icon-text post-action-menu__like-count like-count button-count highlight-action"
title="${at(dLikes, i)} people liked this post">
<span class="d-button-label">${at(dLikes, i)}</span></button><button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post"><svg
class="fa d-icon d-icon-d-unliked
svg-icon svg-string"><use href="#far-heart"></use></svg></button></div><button
class="btn btn-icon-text post-action-menu__reply reply create fade-out btn-flat" title="begin composing a
reply to this post"><svg class="fa d-icon d-icon-reply svg-icon svg-string"><use href="#reply"></use></svg><span
class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Insulation - SelfBuildNet
Forum</title>
<meta name="description" content="We are planning a dormer conversion in about 18 months"><meta name="generator"
content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.selfbuildnet.example/t/top-up-loft-insulation/1873"><meta property="og:site_name" content="SelfBuildNet Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"mossgate_mike"}}</script>
<link href="/stylesheets/desktop_5c1d2e3f.css?__ws=forum.selfbuildnet.example" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler ember-application docked category-insulation archetype-regular"><div class="ember-view"><section id="main" class="ember-application">
<div id="d-skip-to-content"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
class="btn no-text btn-icon btn-sidebar-toggle btn-flat"
aria-expanded="true" title="Hide sidebar"></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img
src="/uploads/default/original/1X/selfbuildnet-logo.png"
alt="SelfBuildNet Forum" id="site-logo" class="logo-big"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-icon-text btn-primary
btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button><button
class="btn btn-icon-text btn-primary btn-small login-button" type="button">
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a
href="/search" class="icon btn-flat"
title="search topics, posts, users, or categories" aria-label="Search"><svg class="fa d-icon d-icon-search svg-icon"><use
href="#search"></use></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
${dSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</div></section></div><div id="main-outlet" class="">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="1873"><a href="/t/top-up-loft-insulation/1873"
class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/insulation/7"><span data-category-id="7"
style="--category-badge-color: #0E76BD;"
class="badge-category --style-square"><span class="badge-category__name">Insulation</span></span></a></div><div class="list-tags"><a href="/tag/loft"
class="discourse-tag simple">loft</a>
<a href="/tag/dormer" class="discourse-tag simple">dormer</a></div></div></div></div></div>
<div class="container posts" id="main-container"><div class="row"><section class="topic-area" id="topic" data-topic-id="1873"><div class="posts-wrapper"><div
class="topic-post-stream">
${dPost(dPosts[0] ?? ['', '', []], 0)}
<div class="topic-map --op"><section class="map map-collapsed"><ul class="clearfix"><li class="created-at"><h4 role="presentation">created</h4><div
class="topic-map-post created-at">
<span class="relative-date">Mar 3</span></div></li><li class="last-reply"><h4 role="presentation">last reply</h4><span class="relative-date">Mar 5</span></li>
<li class="replies"><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number">412</span><h4
role="presentation">views</h4></li>
<li class="secondary users"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div>
${dPosts
  .slice(1)
  .map((p, i) => dPost(p, i + 1))
  .join('\n')}
</div></div></section></div></div>
<div class="more-topics__container"><div class="more-topics__list"><div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics"
class="more-topics__list
suggested-topics"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead
class="topic-list-header">
<tr><th class="default" scope="col">Topic</th><th class="posters" scope="col"></th><th class="num posts" scope="col">Replies</th><th class="num views"
scope="col">Views</th>
<th class="num activity" scope="col">Activity</th></tr></thead><tbody class="topic-list-body">${dSuggest
  .map(
    (t, i) => `<tr class="topic-list-item"><td
class="main-link
clearfix topic-list-data" colspan="1"><span class="link-top-line"><a href="/t/${1800 + i}" class="title raw-link raw-topic-link">${t}</a></span></td><td
class="posters"></td>
<td class="num posts-map posts"><span class="number">${5 + i}</span></td><td class="num views"><span class="number">${200 + i * 37}</span></td>
<td class="num age activity"><span class="relative-date">Feb ${12 + i}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div>
</div></div></section></div><script defer src="/assets/discourse-5f6a7b8c.js"></script></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout658-discourse-topup-before-conversion',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: [...dUsers, 'Mar 3', 'Mar 4', 'Mar 5', 'Feb 12', 'Feb 13', 'Feb 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide.filter((t) => t !== 'Insulation'), ...dLikes, 'Reply', 'created', 'last reply', '3',
    'replies', '412', 'views',
    'users', 'Suggested Topics', 'Topic', 'Activity', ...dSuggest, '5', '6', '200', '237', '274',
  ],
};

export const HELDOUT658_E: readonly TestPage[] = [discourseThread];
