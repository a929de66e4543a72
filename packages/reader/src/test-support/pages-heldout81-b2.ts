import { links, type TestPage, texts } from './page-kit.js';
import { dcTitle, dc1a, dc1List, dc1b, dc2, dc3a, dc3Poll, dc3b, dc4, dc5a, dc5List, dc5b } from './pages-heldout81-b4.js';

/**
 * Held-out batch 81, file b2: a Discourse 3.4 topic on a software project's community, saved from the running app (the
 * header with "Sign Up" and "Log In", the sidebar, the topic title with category badge and tags, posts with full name,
 * username and user title, relative dates, the topic map in the first post, a reply with a long quote of the first post,
 * a reply with a poll (question and options in the post, voter count and buttons around them), like counts and post
 * buttons, "1 Reply" toggles, the timeline, the topic footer buttons, "Related topics", the signup banner and the
 * preloaded-data div).
 */
interface DcPost {
  n: number;
  name: string;
  user: string;
  utitle?: string;
  date: string;
  title: string;
  likes?: string;
  replies?: string;
  html: string;
}
const dcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dcUl = (a: readonly string[]): string => `<ul>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const dcQuote = `<aside class="quote no-group" data-username="ines_v" data-post="1" data-topic="2211">
<div class="title"><div class="quote-controls"><button class="quote-toggle btn-flat" aria-label="expand/collapse" aria-expanded="false"
title="expand/collapse"></button><a href="/t/proposal-drop-yaml-front-matter-in-quillstack-4-0/2211/1" title="go to the quoted post" class="back"></a></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.quillstack.dev/ines_v/48/311_2.png" class="avatar"> ines_v:</div>
<blockquote>
<p>Quillstack has supported three front matter formats since 1.0: YAML between <code>---</code> fences, TOML between <code>+++</code> fences and a JSON
object at the top of the file. For 4.0 I would like to drop YAML and make TOML the only format we document, with JSON kept for generated content.</p>
<p>The reasons, roughly in order of how much time they cost us:</p>
<ul><li>Most of the front matter bugs filed in the last two years are YAML surprises.</li>
<li>Supporting three formats means every new front matter feature gets written and tested three times.</li></ul>
<p>A converter would ship with 4.0 and rewrite a whole content folder in one command.</p>
</blockquote>
</aside>`;
const dcPoll = `<div class="poll-outer" data-poll-name="poll" data-poll-type="regular" data-poll-status="open" data-poll-public="true">
<div class="poll"><div class="poll-container"><ul class="options">
${dc3Poll
  .map(
    (t, i) => `<li tabindex="0" data-poll-option-id="8f${i}c2e1a"><button><svg class="fa d-icon d-icon-far-circle svg-icon svg-node" aria-hidden="true">
<use href="#far-circle"></use></svg><span class="option-text">${t}</span></button></li>`,
  )
  .join('\n')}
</ul></div>
<div class="poll-info"><div class="poll-info_counts"><div class="poll-info_counts-count"><span class="info-number">43</span><span
class="info-label">voters</span>
</div></div><div class="poll-info_instructions"><ul><li><svg class="fa d-icon d-icon-far-eye svg-icon" aria-hidden="true"><use href="#far-eye"></use></svg>
<span>Votes are public.</span></li></ul></div></div>
<div class="poll-buttons"><button class="btn btn-icon-text btn-default toggle-results" type="button" title="Display the poll results"><span
class="d-button-label">Show results</span>
</button></div></div></div>`;
const dcPosts: DcPost[] = [
  {
    n: 1,
    name: 'Inês Valente',
    user: 'ines_v',
    utitle: 'Core team',
    date: 'Mar 3',
    title: 'Mar 3, 2025 9:12 am',
    likes: '14',
    html: dcPs(dc1a) + dcUl(dc1List) + dcPs(dc1b),
  },
  {
    n: 2,
    name: 'Tomasz Kowalczyk',
    user: 'tkowalczyk',
    date: 'Mar 3',
    title: 'Mar 3, 2025 11:40 am',
    likes: '9',
    replies: '1 Reply',
    html: dcQuote + dcPs(dc2),
  },
  {
    n: 3,
    name: 'Hollis Marr',
    user: 'hmarr',
    utitle: 'Moderator',
    date: 'Mar 4',
    title: 'Mar 4, 2025 8:05 am',
    likes: '3',
    html: dcPs(dc3a) + dcPoll + dcPs(dc3b),
  },
  { n: 4, name: 'Mariam Buhari', user: 'mbuhari', date: 'Mar 5', title: 'Mar 5, 2025 2:51 pm', likes: '11', html: dcPs(dc4) },
  {
    n: 5,
    name: 'Inês Valente',
    user: 'ines_v',
    utitle: 'Core team',
    date: 'Mar 9',
    title: 'Mar 9, 2025 6:30 pm',
    likes: '6',
    html: dcPs(dc5a) + dcUl(dc5List) + dcPs(dc5b),
  },
];
const dcMap = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats">
<button class="btn no-text fk-d-menu__trigger topic-map__likes-trigger" type="button"><span class="number">43</span><span
class="topic-map__stat-label">likes</span></button>
<button class="btn no-text fk-d-menu__trigger topic-map__links-trigger" type="button"><span class="number">3</span><span
class="topic-map__stat-label">links</span></button>
<div class="topic-map__views-trigger"><span class="number">1.1k</span><span class="topic-map__stat-label">views</span></div>
<button class="btn no-text fk-d-menu__trigger topic-map__users-trigger" type="button"><span class="number">4</span><span
class="topic-map__stat-label">users</span></button>
</div></section></div>`;
const dcPost = (p: DcPost): string => `<div class="topic-post clearfix${p.user === 'ines_v' ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${9000 + p.n}" data-topic-id="2211" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.quillstack.dev/${p.user}/96/31${p.n}_2.png" class="avatar"
loading="lazy"></a><div class="poster-avatar-extra"></div></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span>
<span class="second username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
${p.utitle ? `<span class="user-title">${p.utitle}</span>` : ''}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/proposal-drop-yaml-front-matter-in-quillstack-4-0/2211/${p.n}"
data-share-url="/t/proposal-drop-yaml-front-matter-in-quillstack-4-0/2211/${p.n}" data-post-number="${p.n}"><span title="${p.title}" data-time="1741003920000"
data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${p.html}
</div>
${p.n === 1 ? dcMap : ''}
<section class="post-menu-area clearfix"><nav class="post-controls collapsed-buttons"><div class="actions">
${
  p.replies
    ? `<button class="btn btn-icon-text show-replies btn-flat" aria-expanded="false" aria-label="${p.replies}"><span
class="d-button-label">${p.replies}</span></button>`
    : ''
}
<div class="double-button"><button class="btn btn-flat button-count like-count highlight-action regular-likes" title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post"></button></div>
<button class="btn no-text btn-icon post-action-menu__copy-link btn-flat" title="copy a link to this post to clipboard"></button>
<button class="btn no-text btn-icon post-action-menu__share share btn-flat" title="share a link to this post"></button>
<button class="btn btn-icon-text post-action-menu__reply reply create fade-out btn-flat" title="begin composing a reply to this post"
aria-label="Reply to post #${p.n} by @${p.user}"><span class="d-button-label">Reply</span></button></div></nav></section></div>
<section class="post-actions"></section><div class="post-links-container"></div></div></div></article></div>`;
const dcSideTop = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'];
const dcSideCats = ['Announcements', 'Core Development', 'Themes & Plugins', 'Help', 'All categories'];
const dcSideTags = ['release', 'migration', 'templates', 'All tags'];
const dcRelated = [
  ['Should the dev server watch front matter changes only?', '14', '2.3k', 'Jan 12'],
  ['TOML arrays of tables in page front matter', '6', '812', 'Feb 20'],
  ['Quillstack 3.8 released', '22', '4.9k', 'Feb 27'],
] as const;
const dcCta = 'Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.';
const dcCta2 = 'When you create an account, we remember exactly what you’ve read, so you always come right back where you left off.';
const dcLd = JSON.stringify({
  '@context': 'http://schema.org',
  '@type': 'WebSite',
  url: 'https://forum.quillstack.dev',
  potentialAction: {
    '@type': 'SearchAction',
    target: 'https://forum.quillstack.dev/search?q={search_term_string}',
    'query-input': 'required name=search_term_string',
  },
});
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>${dcTitle} - Core Development - Quillstack Community</title>
<meta name="description" content="Quillstack has supported three front matter formats since 1.0: YAML between --- fences, TOML between +++ fences">
<meta name="generator" content="Discourse 3.4.2 - https://github.com/discourse/discourse version 3.4.2">
<link rel="canonical" href="https://forum.quillstack.dev/t/proposal-drop-yaml-front-matter-in-quillstack-4-0/2211">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest">
<meta property="og:site_name" content="Quillstack Community"><meta property="og:type" content="website">
<meta property="og:title" content="${dcTitle}"><meta property="og:url"
content="https://forum.quillstack.dev/t/proposal-drop-yaml-front-matter-in-quillstack-4-0/2211">
<meta property="article:published_time" content="2025-03-03T09:12:01+00:00"><meta property="article:section" content="Core Development">
<meta property="article:tag" content="proposal"><meta property="article:tag" content="front-matter">
<link href="/stylesheets/desktop_bb6f1a2e.css?__ws=forum.quillstack.dev" media="all" rel="stylesheet" data-target="desktop">
<link href="/stylesheets/poll_bb6f1a2e.css?__ws=forum.quillstack.dev" media="all" rel="stylesheet" data-target="poll">
<script type="application/ld+json">${dcLd}</script>
<script defer src="/assets/vendor-4a1c.js" data-discourse-entrypoint="vendor"></script>
<script defer src="/assets/discourse-77b2.js" data-discourse-entrypoint="discourse"></script>
</head>
<body class="archetype-regular category-core-development tag-proposal tag-front-matter has-sidebar-page">
<div class="hidden" id="data-discourse-setup" data-cdn="" data-base-url="https://forum.quillstack.dev" data-environment="production"></div>
<div class="hidden" id="data-preloaded" data-preloaded="{&quot;topic_2211&quot;:&quot;{\\&quot;id\\&quot;:2211,\\&quot;posts_count\\&quot;:5}&quot;}"></div>
<section id="main" class="ember-application"><div class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents">
<span class="header-sidebar-toggle"><button title="Toggle sidebar" class="btn no-text btn-icon btn-sidebar-toggle btn-flat"
aria-expanded="true"></button></span>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/logo.png"
alt="Quillstack Community"></a></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button">
<span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="Search" aria-label="Search" class="btn no-text
btn-icon icon btn-flat"
data-auto-route="true"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main">
<div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div class="sidebar-sections sidebar-sections-anonymous">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><ul class="sidebar-section-content">
${dcSideTop
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase()}" class="sidebar-section-link"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent" aria-expanded="true"><span
class="sidebar-section-header-text">Categories</span></button></div>
<ul class="sidebar-section-content">${links(dcSideCats, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="btn no-text sidebar-section-header btn-transparent" aria-expanded="true"><span class="sidebar-section-header-text">Tags</span></button></div>
<ul class="sidebar-section-content">${links(dcSideTags, 'sidebar-section-link-wrapper')}</ul></div>
</div></section></div>
<div id="main-outlet">
<div class="container posts"><div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="2211"><a href="/t/proposal-drop-yaml-front-matter-in-quillstack-4-0/2211" class="fancy-title"><span dir="auto">${dcTitle}</span></a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/core-development/5">
<span data-category-id="5" style="--category-badge-color: #0E76BD;" class="badge-category" title="Proposals and design discussion about Quillstack itself.">
<span class="badge-category__name">Core Development</span></span></a></div>
<div class="list-tags"><a href="/tag/proposal" data-tag-name="proposal" class="discourse-tag simple">proposal</a><span
class="discourse-tags__tag-separator">,</span>
<a href="/tag/front-matter" data-tag-name="front-matter" class="discourse-tag simple">front-matter</a></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="2211"><div class="posts-wrapper"><div class="post-stream">
${dcPosts.map(dcPost).join('\n')}
</div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date" title="Jump to the first post"><span>Mar 3</span></a></div>
<div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div>
<div class="timeline-ago">Mar 2025</div></div></div></div>
<div class="timeline-date-wrapper"><a class="now-date" title="Jump to the last post"><span>Mar 9</span></a></div></div></div></div>
</section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to
this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="row"><ul class="nav nav-pills"><li><button class="btn btn-flat active">Related topics</button></li></ul></div>
<div role="complementary" id="related-topics" class="more-topics__list"><div class="topics"><table class="topic-list"><thead class="topic-list-header"><tr>
<th class="default">Topic</th><th class="posters"></th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity
num">Activity</th></tr></thead>
<tbody class="topic-list-body">
${dcRelated
  .map(
    ([t, r, v, d], i) => `<tr class="topic-list-item"><td class="main-link clearfix topic-list-data"><span class="link-top-line"><a href="/t/${2100 + i}"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/core-development/5">
<span class="badge-category__name">Core Development</span></a></div></td><td class="posters topic-list-data"></td>
<td class="num posts-map posts topic-list-data"><button class="btn-link posts-map badge-posts"><span class="number">${r}</span></button></td>
<td class="num views topic-list-data"><span class="number">${v}</span></td><td class="num topic-list-data age activity"><a href="/t/${2100 + i}/last"
class="post-activity"><span class="relative-date">${d}</span></a></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/core-development/5">Core Development</a> or
<a href="/latest">view latest topics</a>.</h3>
</div>
</div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by" target="_blank" rel="noopener noreferrer">Powered by Discourse</a></div>
</div>
<div class="signup-cta alert alert-info"><h3>Hello! ${dcCta}</h3><p>${dcCta2}</p>
<div class="buttons"><button class="btn btn-icon-text btn-primary"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text"><span class="d-button-label">Remind me tomorrow</span></button>
<button class="btn btn-icon-text"><span class="d-button-label">No thanks</span></button></div></div>
</div></section>
<script defer src="/assets/plugins/poll-2e91.js" data-discourse-plugin="poll"></script>
</body>
</html>`;
export const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout81-discourse-topic-poll',
  kind: 'forum',
  // every post is body, the list items too; the long quote of the first post in the second post ("ines_v:" and the blockquote) is
  // in neither list; the poll in the third post is part of that post: its question (a paragraph) and its options are body, its
  // voter count, "Votes are public." and "Show results" are furniture; full names, usernames and the relative dates are bylines;
  // user titles, like counts, "1 Reply", "Reply", the topic map, timeline, category, tags, sidebar, related topics and the signup
  // banner are furniture; the tag "front-matter", the "Reply" buttons and the user count "4" are words of short body lines: left out
  title: dcTitle,
  headings: [],
  body: [...dc1a, ...texts(dc1List), ...dc1b, ...texts(dc2), ...dc3a, ...dc3Poll, ...dc3b, ...dc4, ...dc5a, ...dc5List, ...dc5b].map((t) => texts([t])[0]!),
  bylines: [
    'Inês Valente',
    'ines_v',
    'Tomasz Kowalczyk',
    'tkowalczyk',
    'Hollis Marr',
    'hmarr',
    'Mariam Buhari',
    'mbuhari',
    ...['3', '4', '5', '9'].map((d) => `Mar ${d}`),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dcSideTop, 'Categories', ...dcSideCats.filter((t) => t !== 'Core Development'), 'Tags', ...dcSideTags, 'Core Development',
    'proposal', 'Core team', 'Moderator', '14', '9', '3', '11', '6', '1 Reply', '43', 'likes', 'links', '1.1k', 'voters', 'Votes are public.',
    'Show results', '1 / 5', 'Mar 2025', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dcRelated.map((r) => r[0]), '22', '2.3k', '812', '4.9k', 'Jan 12', 'Feb 20', 'Feb 27', 'Want to read more? Browse other topics in',
    'view latest topics', 'Powered by Discourse', `Hello! ${dcCta}`, dcCta2, 'Remind me tomorrow', 'No thanks',
  ],
};
