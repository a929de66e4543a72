import { links, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file d: a travel community thread on Discourse (a question about a ghost tour with a child, with a quote
 * in a reply, like counts, a topic map and suggested topics).
 */
const dTitle = 'Kestrelford ghost walk with a 9-year-old – too scary?';
const dPosts = [
  {
    user: 'marla_t',
    date: 'Oct 12',
    likes: '',
    html: [
      j(
        'We are in Kestrelford for half term and my daughter (9, loves Goosebumps, hates the dark) is desperate to do a ghost walk.',
        'There seem to be two: the Kestrelford Ghost Walk that leaves from the Guildhall, and the Lantern Lane tour.',
      ),
      'Has anyone done either with a child that age? I don’t want to spend £30 and leave after ten minutes with a crying kid.',
    ],
  },
  {
    user: 'owen.p',
    date: 'Oct 12',
    likes: '3',
    html: [
      j(
        'We did the Guildhall one in August with our two (8 and 11). The guide was brilliant at reading the group: lots of history',
        'and silly voices, one proper jump-scare near the end in the churchyard. The 8-year-old held my hand for that bit and then',
        'talked about it for a week.',
      ),
      'I would avoid the late start (9:30pm) though. The 7pm one had loads of families on it.',
    ],
  },
  {
    user: 'KestrelLocal',
    date: 'Oct 13',
    likes: '5',
    quote: 'There seem to be two: the Kestrelford Ghost Walk that leaves from the Guildhall, and the Lantern Lane tour.',
    html: [
      j(
        'Lantern Lane is aimed at adults. It goes into the old cellars under the Market Hall and they say on the booking page it’s',
        '16+. The Guildhall walk is the family one, and on Sundays in half term they do a special “spooky but not scary” version at',
        '4pm which finishes before it gets dark.',
      ),
    ],
  },
  {
    user: 'marla_t',
    date: 'Oct 14',
    likes: '1',
    html: ['Thank you both! Booked the Sunday 4pm one. Will report back.'],
  },
];
const dSuggested = [
  ['Best walking tours in York for a rainy day', 'UK and Ireland', '7', '1.2k', 'Sep 30'],
  ['Are free walking tours really free?', 'General Travel', '24', '3.8k', 'Aug 17'],
];
const dPost = (p: (typeof dPosts)[number], n: number): string => `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4400 + n}" data-topic-id="2291" data-user-id="${70 + n}"
class="boxed onscreen-post"><span tabindex="0" class="post__aria-label sr-only">Post #${n} by ${p.user}</span><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"
tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/community.wanderbench.com/${p.user}/96/12_2.png" class="avatar"></a>
<div class="poster-avatar-extra"></div></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username${n === 1 ? ' new-user' : ''}"><a href="/u/${p.user}" data-user-card="${p.user}"
class="">${p.user}</a>
</span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/kestrelford-ghost-walk-with-a-9-year-old-too-scary/2291/${n}"
data-share-url="/t/kestrelford-ghost-walk-with-a-9-year-old-too-scary/2291/${n}?u=" data-post-number="${n}"><span title="${p.date}, 2026 8:14 pm"
data-time="1791840840000"
data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  'quote' in p
    ? `<aside class="quote no-group" data-username="marla_t" data-post="1" data-topic="2291"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/community.wanderbench.com/marla_t/48/12_2.png" class="avatar"> marla_t:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
    : ''
}
${p.html.map((t) => `<p>${t}</p>`).join('\n')}</div><section class="post-menu-area clearfix"><nav class="post-controls collapsed-like expand-post">
<div class="actions">${
  p.likes === ''
    ? ''
    : `<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes
btn-text" title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button></div>`
}<button class="widget-button btn-flat toggle-like
like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use
href="#far-heart"></use></svg></button>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon"
aria-hidden="true"><use href="#link"></use></svg></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply
to this post"><svg class="fa d-icon d-icon-reply svg-icon" aria-hidden="true"><use href="#reply"></use></svg><span
class="d-button-label">Reply</span></button></div>
</nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - UK and Ireland - Wanderbench
Community</title><meta name="description" content="We are in Kestrelford for half term and my daughter is desperate to do a ghost walk."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://community.wanderbench.com/t/kestrelford-ghost-walk-with-a-9-year-old-too-scary/2291">
<meta property="og:site_name" content="Wanderbench Community"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"marla_t"},
"datePublished":"2026-10-12T20:14:00Z",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":3}]}</script>
<link href="/stylesheets/desktop_2f1e.css?__ws=community.wanderbench.com" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-4a1f.br.js" data-discourse-entrypoint="discourse"></script></head>
<body class="docked archetype-regular category-uk-and-ireland tags-ghost-tours tags-families"><div id="skip-link"><a href="#main-container"
class="skip-link">Skip to main content</a></div><section id="main" class="ember-application"><div class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-sidebar-toggle
narrow-desktop btn-flat" aria-expanded="true" title="Hide sidebar" type="button"><svg class="fa d-icon d-icon-bars svg-icon svg-string"
aria-hidden="true"></svg>
</button></div><div class="home-logo-wrapper-outlet"></div><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/wanderbench-logo.png" width="" alt="Wanderbench Community"></a></div><div class="panel" role="navigation">
<span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span class="d-button-label">Sign
Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user svg-icon" aria-hidden="true"></svg><span
class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search"
class="icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search svg-icon"
aria-hidden="true"></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap has-sidebar" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous"><div class="sidebar-section-wrapper sidebar-section" data-section-name="community">
<ul class="sidebar-section-content">${links(['Topics', 'Users', 'Badges', 'About', 'FAQ'], 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent" aria-controls="sidebar-section-content-categories"
aria-expanded="true"
title="Toggle section"><span class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content"
id="sidebar-section-content-categories">${links(['UK and Ireland', 'Europe', 'General Travel', 'All categories'], 'sidebar-section-link-wrapper')}</ul></div>
</div></section></div><div id="main-outlet"><div class="container"><div id="main-container"></div></div><div class="topic-area" id="topic">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="2291"><a
href="/t/kestrelford-ghost-walk-with-a-9-year-old-too-scary/2291"
class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper"
href="/c/uk-and-ireland/14">
<span data-category-id="14" style="--category-badge-color: #0E76BD;" class="badge-category --style-square"
title="Questions about travel in the UK and Ireland.">
<span class="badge-category__name">UK and Ireland</span></span></a></div><div class="list-tags"><a href="/tag/ghost-tours" data-tag-name="ghost-tours"
class="discourse-tag simple">ghost-tours</a><span class="discourse-tags__tag-separator">,</span><a href="/tag/families" data-tag-name="families"
class="discourse-tag simple">families</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2291"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}
</div></div><div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats"><button
class="btn no-text topic-map__views-trigger
btn-flat"><span class="number">412</span><span class="topic-map__stat-label">views</span></button><button class="btn topic-map__likes-trigger btn-flat">
<span class="number">9</span><span class="topic-map__stat-label">likes</span></button><div class="topic-map__users-trigger"><span class="number">3</span>
<span class="topic-map__stat-label">users</span></div></div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this
topic" type="button"><svg class="fa d-icon d-icon-reply svg-icon" aria-hidden="true"></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title" id="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th>
</tr></thead><tbody>${dSuggested
  .map(
    (s) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/x" class="title raw-link
raw-topic-link">${s[0]}</a></span><div class="link-bottom-line"><span class="badge-category__name">${s[1]}</span></div></td><td class="num posts">${s[2]}</td>
<td class="num views">${s[3]}</td><td class="num activity age">${s[4]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></section></div></div>
</div></div></section><div class="powered-by-link"><a href="https://www.discourse.org" target="_blank">Powered by Discourse</a>, best viewed with JavaScript
enabled</div>
</body></html>`;
const discourse: TestPage = settle({
  name: 'heldout642-discourse-ghost-walk-child',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => ['quote' in p ? [p.quote ?? ''] : [], p.html].flat())),
  bylines: [...dPosts.map((p) => p.user), ...dPosts.map((p) => p.date), 'marla_t:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Topics', 'Users', 'Badges', 'About', 'FAQ', 'Categories', 'UK and Ireland', 'Europe', 'General Travel',
    'All categories', 'ghost-tours', 'families', ...dPosts.map((_, i) => `Post #${i + 1} by ${dPosts[i]?.user}`), '3', '5', '1', 'Reply', '412', 'views', '9',
    'likes', 'users', 'Suggested Topics', ...dSuggested.flat(), 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT642_D: readonly TestPage[] = [discourse];
