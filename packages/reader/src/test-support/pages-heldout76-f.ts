import { type TestPage, texts } from './page-kit.js';
import { oldRedditPost } from './pages-heldout76-f2.js';

/**
 * Held-out batch 76, file f: a Discourse announcement topic as the Ember app renders it for a guest (the header with
 * "Sign Up" and "Log In", the sidebar with community links, categories and tags, the topic title with category badge and
 * tag, the announcement post with its own section headings and a list, names, usernames, staff user titles and tiny
 * relative dates, like counts and "Reply" buttons, the topic map with its counts and "Summarize", the "pinned globally"
 * small action, replies with a reply-to tab and a quote, the timeline, "Related topics" table, the "Want to read more?"
 * line and "Powered by Discourse") and, from file f2, an old.reddit.com self-post with nested comments.
 */
interface DcPost {
  n: number;
  name: string;
  user: string;
  title?: string;
  date: string;
  likes?: string;
  replyTo?: string;
  html: string;
}
const dcTitle = 'Harborview 4.0 is here: offline routing, new map styles and a faster app';
const dcP1 = [
  'Hi everyone! After eight months of work and two public betas, Harborview 4.0 is rolling out today on Android and iOS. It is the ' +
    'biggest update since we launched, and a lot of it came straight from threads in this forum. Thank you to the 600 of you who ' +
    'tested the betas and sent us reports.',
];
const dcH1 = 'Offline routing';
const dcP2 = [
  'You can now plan routes with no signal at all. Download a region in the app, and walking, cycling and driving directions work ' +
    'entirely on your phone, including turn-by-turn voice guidance. Regions are smaller than before, too: the whole of the Lake ' +
    'District is now 180 MB instead of 410 MB.',
];
const dcH2 = 'New map styles';
const dcP3 = ['There are three new styles to choose from in Settings:'];
const dcList = [
  'Outdoor, with contour lines, footpaths and shaded relief',
  'Night, a dark style that is easier on the eyes when driving',
  'High contrast, designed with help from members of our accessibility group',
];
const dcH3 = 'Known issues';
const dcP4 = [
  'Some older Android phones show a blank map after the update until the app is restarted. We are working on a fix for 4.0.1, ' +
    'which should be out next week. If you run into anything else, please start a new topic in Bug reports rather than replying ' +
    'here, so we can track each problem separately.',
];
const dcR1 = [
  'Offline routing is exactly what I have been waiting for. Just downloaded Snowdonia and planned a walk for Saturday in airplane ' + 'mode. Worked perfectly.',
];
const dcR2a = ['Will the old downloaded regions keep working, or do we need to download them all again?'];
const dcR3 = [
  'They keep working for viewing the map, but routing needs the new format. The app will offer to update each region the first time ' +
    'you open it, and it only downloads the parts that changed.',
];
const dcQuote = `<aside class="quote no-group" data-username="lorcan_b" data-post="3" data-topic="88"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/community.harborview.example/lorcan_b/48/61_2.png" class="avatar"> lorcan_b:</div>
<blockquote><p>Will the old downloaded regions keep working, or do we need to download them all again?</p></blockquote></aside>`;
const dcR4 = [
  'The High contrast style is a big improvement for me. I have low vision and the old default was really hard to read in sunlight. ' +
    'Thank you for involving people who actually need it.',
];
const dcR5 = ['Got the blank map on my Galaxy S9 after updating. Restarting fixed it as you said. Looking forward to 4.0.1 anyway!'];
const dcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dcPosts: DcPost[] = [
  {
    n: 1,
    name: 'Mira Kowalczyk',
    user: 'mira_k',
    title: 'Harborview Team',
    date: 'Nov 5',
    likes: '47',
    html: `${dcPs(dcP1)}\n<h2><a name="offline-routing-1" class="anchor" href="#offline-routing-1"></a>${dcH1}</h2>\n${dcPs(dcP2)}
<h2><a name="new-map-styles-2" class="anchor"
href="#new-map-styles-2"></a>${dcH2}</h2>\n${dcPs(dcP3)}\n<ul>${dcList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><a name="known-issues-3" class="anchor" href="#known-issues-3"></a>${dcH3}</h2>\n${dcPs(dcP4)}`,
  },
  { n: 2, name: 'Gethin Rowlands', user: 'gethinr', date: 'Nov 5', likes: '12', html: dcPs(dcR1) },
  { n: 3, name: 'Lorcan Byrne', user: 'lorcan_b', date: 'Nov 5', likes: '3', html: dcPs(dcR2a) },
  { n: 4, name: 'Sunil Mehta', user: 'sunil', title: 'Harborview Team', date: 'Nov 6', likes: '9', replyTo: 'lorcan_b', html: `${dcQuote}\n${dcPs(dcR3)}` },
  { n: 5, name: 'Agnes Whitfield', user: 'agnesw', date: 'Nov 6', likes: '21', html: dcPs(dcR4) },
  { n: 6, name: 'Pieter de Graaf', user: 'pdegraaf', date: '2d', html: dcPs(dcR5) },
];
const dcMap = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats --single-stat">
<button class="btn no-text topic-map__likes-trigger"><span class="number">92</span><span class="topic-map__stat-label">likes</span></button>
<button class="btn no-text topic-map__links-trigger"><span class="number">2</span><span class="topic-map__stat-label">links</span></button>
<button class="btn no-text topic-map__users-trigger"><span class="number">6</span><span class="topic-map__stat-label">users</span></button>
<div class="topic-map__views"><span class="number">3.8k</span><span class="topic-map__stat-label">views</span></div></div>
<div class="topic-map__additional-contents"><div class="summarization-buttons"><button class="btn btn-primary topic-strategy-summarization"><svg
class="fa d-icon d-icon-discourse-sparkles svg-icon svg-string"><use href="#discourse-sparkles"></use></svg><span class="d-button-label">Summarize</span>
</button></div></div></section></div>`;
const dcPost = (p: DcPost): string => `<div class="topic-post clearfix ${p.n === 1 ? 'topic-owner ' : ''}${p.title ? 'staff ' : ''}regular"
data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${1200 + p.n}" data-topic-id="88"
data-user-id="${40 + p.n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}"><img alt="" width="48" height="48" src="/user_avatar/${p.user}/96/1_2.png"
class="avatar"></a><div class="poster-avatar-extra"></div></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first full-name${p.title ? ' staff' : ''}">
<a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.name}</a></span><span class="second username"><a href="/u/${p.user}" data-user-card="${p.user}"
class="">${p.user}</a></span>${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div><div class="post-infos">${
  p.replyTo
    ? `<a class="reply-to-tab" href="/t/harborview-4-0/88/3" tabindex="0"
aria-label="in reply to post 3 by @${p.replyTo}"><svg class="d-icon d-icon-share"></svg>
<img alt="" width="24" height="24" src="/user_avatar/${p.replyTo}/48/1_2.png" class="avatar"><span>${p.replyTo}</span></a>`
    : ''
}<div class="post-info post-date"><a class="widget-link post-date" href="/t/harborview-4-0/88/${p.n}" title="Post date"><span title="${p.date}, 2025 3:02 pm"
data-time="1762354920000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.html}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.likes
    ? `<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text"
title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon"
aria-label="like this post"><svg class="d-icon d-icon-d-unliked"></svg></button></div>`
    : ''
}<button class="widget-button btn-flat share no-text btn-icon"
title="copy a link to this post to clipboard"><svg class="d-icon d-icon-d-post-share"></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="Begin composing a reply to this post"><svg class="d-icon d-icon-reply"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div>${p.n === 1 ? dcMap : ''}</div></div></article></div>`;
const dcSmall = `<div class="small-action onscreen-post" data-post-number="2" id="post_2_small" role="article"><div class="topic-avatar"><svg
class="fa d-icon d-icon-thumbtack svg-icon svg-string"></svg></div><div class="small-action-desc"><div class="small-action-contents">
<a class="trigger-user-card"
data-user-card="mira_k"><img alt="" width="25" height="25" src="/user_avatar/mira_k/50/1_2.png" class="avatar"></a><p>pinned globally
<span title="Nov 5, 2025 3:04 pm" class="relative-date">Nov 5</span></p></div></div></div>`;
const dcSide: [string, string[]][] = [
  ['Community', ['Topics', 'My Posts', 'More']],
  ['Categories', ['Announcements', 'General', 'Feature requests', 'Bug reports', 'All categories']],
  ['Tags', ['release', 'android', 'ios', 'All tags']],
];
const dcRelated = [
  ['Harborview 3.8: bike lanes and elevation profiles', '31', '5.2k', 'Jun 11'],
  ['Beta testers wanted for offline routing', '58', '4.4k', 'Mar 2'],
];
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Harborview 4.0 is here: offline routing, new map styles and a faster app - Announcements - Harborview Community</title>
<meta name="description" content="${dcP1[0]!.slice(0, 150)}"><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse version 6a1f9c2">
<meta name="theme-color" media="all" content="#ffffff"><meta property="og:site_name" content="Harborview Community"><meta property="og:type" content="website">
<meta property="og:title" content="${dcTitle}"><link rel="canonical" href="https://community.harborview.example/t/harborview-4-0-is-here/88">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}",
"datePublished":"2025-11-05T15:02:00Z",
"author":{"@type":"Person","name":"mira_k"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction",
"userInteractionCount":92}]}</script>
<link href="/stylesheets/desktop_e0d2a1.css?__ws=community.harborview.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-2f9a1c.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler category-announcements tag-release archetype-regular has-sidebar-page"><section id="main" class="ember-application">
<div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn btn-flat btn-sidebar-toggle no-text btn-icon"
aria-expanded="true" title="Hide sidebar" type="button"><svg class="fa d-icon d-icon-bars svg-icon"></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/logo.png" width="180" alt="Harborview Community"></a></div></div><div class="panel" role="navigation">
<span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"
type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user svg-icon"></svg>
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" class="icon btn-flat" aria-label="Search" title="search topics, posts, users, or categories"><svg class="fa d-icon d-icon-search"></svg></a>
</li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">${dcSide
  .map(
    ([
      h,
      items,
    ]) => `<div class="sidebar-section sidebar-section-wrapper" data-section-name="${h.toLowerCase()}"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent" aria-expanded="true" type="button">
<span class="sidebar-section-header-text">${h}</span></button></div><ul class="sidebar-section-content">${items
      .map(
        (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/${t.toLowerCase().replace(/ /g, '-')}">
<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
      )
      .join('')}</ul></div>`,
  )
  .join('\n')}</div></section></div>
<div id="main-outlet" class=""><div class="regular ember-view"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="88">
<a href="/t/harborview-4-0-is-here/88" class="fancy-title"><span dir="auto">${dcTitle}</span></a></h1><div class="topic-category">
<div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/announcements/5"><span data-category-id="5" style="--category-badge-color: #0088CC;" class="badge-category
--style-square" title="News and announcements from the Harborview team."><span class="badge-category__name">Announcements</span></span></a></div>
<div class="list-tags"><a href="/tag/release" data-tag-name="release" class="discourse-tag box">release</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="88"><div class="posts-wrapper"><div class="post-stream">
${dcPost(dcPosts[0]!)}
${dcSmall}
${dcPosts.slice(1).map(dcPost).join('\n')}
</div></div></section><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline">
<div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a href="#"
class="start-date"><span>Nov 5</span></a></div><div class="timeline-scroller-content"><div class="timeline-replies">
1 / 6</div><div class="timeline-ago">Nov 2025</div></div><div class="timeline-date-wrapper"><a href="#" class="now-date"><span>2d</span></a></div></div></div>
</div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="Begin composing a reply to this topic"
type="button"><svg class="fa d-icon d-icon-reply svg-icon"></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="heading" aria-level="2"
class="more-topics__list-title">Related topics</div>
<table class="topic-list"><thead class="topic-list-header"><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th>
<th class="activity num">Activity</th></tr></thead><tbody class="topic-list-body">${dcRelated
  .map(
    ([
      t,
      r,
      v,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a>
</span><div class="link-bottom-line"><a class="badge-category__wrapper"
href="/c/announcements/5"><span class="badge-category__name">Announcements</span></a></div></td>
<td class="num posts"><span class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num activity">
<span>${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/announcements/5">Announcements</a> or <a href="/latest">view latest
topics</a>.</h3></div></div></div></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by"
target="_blank">Powered by Discourse</a></footer></div></section></body></html>`;
const discourse: TestPage = {
  html: dcHtml,
  name: 'heldout76-discourse-announcement',
  kind: 'forum',
  // every post is body, the announcement's list items too, and the announcement's own h2s are the headings; the quote of
  // lorcan_b's post with its "lorcan_b:" line is in neither list; full names, usernames and the tiny dates ("Nov 5",
  // "Nov 6", "2d") are bylines; staff user titles, like counts, "Reply", the topic map, "pinned globally", the reply-to
  // tab, category badge, tag, timeline, related topics, the "Want to read more?" line, sidebar, header and footer are
  // furniture; the sidebar's "Announcements" is the badge's text, and "release" is the tag's: each listed once
  title: dcTitle,
  headings: [dcH1, dcH2, dcH3],
  body: [...dcP1, ...dcP2, ...dcP3, ...dcList, ...dcP4, ...dcR1, ...dcR2a, ...texts(dcR3), ...dcR4, ...dcR5],
  bylines: [...dcPosts.flatMap((p) => [p.name, p.user]).filter((t, i, a) => a.indexOf(t) === i), 'Nov 5', 'Nov 6', '2d'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dcSide.flatMap(([h, items]) => [h, ...items]), 'Harborview Team', '47', '12', '3', '9', '21', 'Reply',
    '92', 'likes', 'links', 'users', '3.8k', 'views', 'Summarize', 'pinned globally', '1 / 6', 'Nov 2025',
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dcRelated.flat(),
    'Want to read more? Browse other topics in Announcements or view latest topics.', 'Powered by Discourse',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT76_F: readonly TestPage[] = [discourse, oldRedditPost];
