import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout567-kit.js';

/**
 * Held-out batch 567, file e: a garden centre community forum thread on Discourse (Ember-rendered topic, topic map, suggested topics).
 */
const dTitle = 'Bare-root roses arrived early – plant now or wait until the frost lifts?';
const dPosts = [
  [
    'rosehip_rita',
    'Dec 3',
    'Dec 3, 2026 8:41 am',
    [
      j(
        'My order of six bare-root roses from the garden centre came yesterday, a week before I expected. The ground has been',
        'frozen hard here for three days and the forecast says another week of it.',
      ),
      'Should I try to dig holes anyway, or keep them somewhere? They are in a plastic bag in the garage at the moment.',
    ],
  ],
  [
    'GregAtOakhurst',
    'Dec 3',
    'Dec 3, 2026 9:15 am',
    [
      'Staff here. Don’t plant into frozen ground. Take them out of the plastic bag today so the roots can breathe, and then either:',
      'stand them in a bucket of damp compost in the garage (cool and frost-free is ideal), or',
      'heel them in to a patch of soil that isn’t frozen, perhaps under a hedge or against the house wall.',
      'They’ll be fine like that for two or three weeks. Soak the roots in a bucket of water for an hour before you do plant.',
    ],
  ],
  [
    'allotment_dev',
    'Dec 4',
    'Dec 4, 2026 7:02 pm',
    [
      j(
        'Agree with Greg. I keep mine in a bucket of old potting compost in the shed every year. Just check it hasn’t dried out',
        'completely, a splash of water once a week.',
      ),
    ],
  ],
  ['rosehip_rita', 'Dec 4', 'Dec 4, 2026 9:30 pm', ['Thank you both. Out of the bag and into a bucket they went. I’ll report back in the spring!']],
] as const;
const dSuggested = [
  ['Box blight – replace with what?', 'Shrubs & Trees'],
  ['Can I prune climbing roses in January?', 'Growing Advice'],
  ['Christmas opening hours thread', 'Announcements'],
] as const;
const dPostHtml = dPosts
  .map(([user, rel, full, ps], i) => {
    const cooked = i === 1 ? `<p>${ps[0]}</p><ul><li>${ps[1]}</li><li>${ps[2]}</li></ul><p>${ps[3]}</p>` : ps.map((p) => `<p>${p}</p>`).join('');
    return `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}"
role="region"
data-post-id="${5120 + i}" data-topic-id="812" data-user-id="${40 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div
class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.oakhurstgardens.co.uk/${user.toLowerCase()}/96/${120 + i}_2.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username${i === 1 ? ' staff' : ''}">
<a href="/u/${user}" data-user-card="${user}">${user}</a></span>${i === 1 ? '<span class="user-title">Oakhurst Team</span>' : ''}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/bare-root-roses-arrived-early/812/${i + 1}"><span title="${full}"
data-time="1764751260000" data-format="tiny" class="relative-date">${rel}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn-flat button-count like-count">${[2, 5, 1, 3][i]}</button><button
class="widget-button btn-flat toggle-like like no-text btn-icon"
aria-label="like this post" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use>
</svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="share a link to this post" title="share a link to this post"><svg
class="fa d-icon svg-icon"
aria-hidden="true"><use href="#d-post-share"></use></svg></button></div></nav></section></div></div></div></article></div>`;
  })
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Growing Advice - Oakhurst Gardeners’ Forum</title><meta name="description"
content="My order of six bare-root roses from the garden centre came yesterday">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 7f3c1e9a"><link rel="canonical"
href="https://forum.oakhurstgardens.co.uk/t/bare-root-roses-arrived-early/812">
<meta property="og:site_name" content="Oakhurst Gardeners’ Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"rosehip_rita"},
"datePublished":"2026-12-03T08:41:00Z","interactionStatistic":{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.oakhurstgardens.co.uk" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-9f8e7d.js"></script></head>
<body class="crawler ember-application archetype-regular category-growing-advice"><div id="ember5" class="ember-view"><section id="main"
class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/oakhurst-forum-logo.png" alt="Oakhurst Gardeners’ Forum" id="site-logo" class="logo-big"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span
class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><button class="icon btn-flat" aria-label="Search"
title="Search"></button></li>
</ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="sidebar-section-header">
<span class="sidebar-section-header-text">Community</span></button></div><ul
class="sidebar-section-content">${links(['Topics', 'Users', 'Badges'], 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="sidebar-section-header">
<span class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content">${links(
  ['Growing Advice', 'Shrubs & Trees', 'Announcements', 'All categories'],
  'sidebar-section-link-wrapper',
)}</ul></div></div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="812">
<a href="/t/bare-root-roses-arrived-early/812" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/growing-advice/5"><span data-category-id="5" class="badge-category --style-square"><span
class="badge-category__name">Growing Advice</span>
</span></a></div><div class="list-tags"><a href="/tag/roses" class="discourse-tag simple">roses</a><a href="/tag/bare-root"
class="discourse-tag simple">bare-root</a></div></div>
</div></div></div><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div class="post-stream">
${dPostHtml}</div>
<div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__stat"><span class="number">4</span>
<span class="topic-map__stat-label">posts</span></div><div class="topic-map__stat"><span class="number">287</span><span
class="topic-map__stat-label">views</span></div>
<div class="topic-map__stat"><span class="number">3</span><span class="topic-map__stat-label">users</span></div></div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics"
class="more-topics__list">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th>
<th class="replies num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    ([t, c], i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${812 - i - 1}" class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts">${[7, 3, 1][i]}</td><td
class="num views">${[412, 96, 58][i]}</td>
<td class="num age activity"><span class="relative-date">${['Nov 28', '3d', '6h'][i]}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
</div></section></div></div></div></div></section></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const discourse: TestPage = {
  name: 'heldout567-discourse-bare-root-roses',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , ps]) => texts(ps)),
  bylines: ['rosehip_rita', 'GregAtOakhurst', 'allotment_dev', 'Dec 3', 'Dec 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Community', 'Topics', 'Users', 'Badges', 'Categories', 'Growing Advice', 'Shrubs & Trees', 'Announcements', 'All categories',
    'Oakhurst Team', '2', '5', '1', '3', '4', 'posts', '287', 'users', 'Reply', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dSuggested.map(([t]) => t),
    '7', '412', '96', '58', 'Nov 28', '3d', '6h', 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT567_E: readonly TestPage[] = [discourse];
