import { links, type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout42-b2.js';
import { dcTitle, dcOp1, dcPoll, dcOp2, dcR2, dcR3, dcR4, dcR5, dcR6, dcR7, type Post, posts } from './pages-heldout42-b3.js';

/**
 * Held-out batch 42, file b: a Meta Discourse topic with a multiple-choice poll, saved from the browser logged out: the
 * Ember-rendered page (header with sign-up and log-in, the anonymous sidebar, title with category badge and tags, posts with
 * username, full name, user title, relative dates, like counts and post controls, the poll widget with voters, instructions,
 * "Vote now!" and "Show results", a quote aside, the topic map, the timeline, the automatic close notice, the sign-up nudge and
 * the related-topics table) and the server's `<noscript>` crawler view of the same posts, kept in the saved file.
 */
const topicMap = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats">
<button class="btn no-text topic-map__likes-trigger"><span class="number">60</span><span class="topic-map__stat-label">likes</span></button>
<button class="btn no-text topic-map__users-trigger"><span class="number">5</span><span class="topic-map__stat-label">users</span></button>
<span class="topic-map__views-trigger"><span class="number">1.9k</span><span class="topic-map__stat-label">views</span></span>
<span class="topic-map__read-time"><span class="number">2</span><span class="topic-map__stat-label">min read</span></span></div>
<div class="topic-map__additional-contents"><button class="btn btn-primary topic-strategy-summarization"><span
 class="d-button-label">Summarize</span></button></div>
</section></div>`;
const emberPost = (p: Post): string => `<div class="topic-post clearfix regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${1844200 + p.n}" data-topic-id="371204"
 class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
 aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/meta.discourse.org/${p.user}/96/2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span>${
  p.title
    ? `<span
 class="user-title">${p.title}</span>`
    : ''
}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/how-do-you-deal-with-old-topics-that-keep-getting-revived/371204/${p.n}"
 data-post-number="${p.n}"><span title="${p.long}" data-time="1748960551000" class="relative-date">${p.short}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${
  p.likes
    ? `<div class="double-button"><button class="btn btn-flat button-count like-count highlight-action regular-likes"
 title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button>`
    : '<div class="double-button">'
}
<button class="btn no-text btn-icon btn-flat toggle-like like" aria-pressed="false" title="like this post"><svg aria-hidden="true"></svg></button></div>
<button class="btn no-text btn-icon btn-flat post-action-menu__copy-link" title="copy a link to this post to clipboard"><svg aria-hidden="true"></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post" aria-label="Reply to post #${p.n} by @${p.user}">
<svg aria-hidden="true"></svg><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>
${p.n === 1 ? topicMap : ''}`;
const crawlerPost = (p: Post): string => `<div id='post_${p.n}' class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow'
 href='https://meta.discourse.org/u/${p.user}'>
<span itemprop='name'>${p.user}</span></a> (${p.name})</span><span class="crawler-post-infos"><time datetime='2025-06-03T14:22:31Z'
 class='post-time'>${p.crawl}</time>
<span itemprop='position'>${p.n}</span></span></div><div class='post' itemprop='text'>${p.cooked}</div>
${
  p.likes
    ? `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><span
 class='post-likes'>${p.likes} Likes</span></div>`
    : ''
}</div>`;
const dcSide = ['Topics', 'More', 'Documentation', 'Blog', 'Announcements', 'Support', 'Feature', 'Dev', 'Theme component', 'All categories'];
const dcRelated: [string, string, string, string][] = [
  ['Topic timer based on last post instead of creation date', 'Feature', '14', 'Mar 2025'],
  ['Best practice for archiving a ten-year-old forum?', 'Community Building', '22', 'Jan 2025'],
  ['Slow mode versus closing: when do you use which?', 'Community Building', '9', 'Oct 2024'],
];
const relatedTable = `<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th
 class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${dcRelated
  .map(
    ([t, c, r, a]) => `<tr><td><a class="title raw-link raw-topic-link" href="/t/${r}">${t}</a><div class="link-bottom-line">
<span class="badge-category__name">${c}</span></div></td><td class="posters"></td><td class="num posts">${r}</td><td class="num views">${Number(r) * 91}</td>
<td class="num activity">${a}</td></tr>`,
  )
  .join('\n')}</tbody></table>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch">
<head><meta charset="utf-8"><title>${dcTitle} - Community Building - Discourse Meta</title>
<meta name="description"
 content="On our community for amateur astronomers we have about eleven years of topics, and a fair number of them get bumped every week">
<meta name="generator" content="Discourse 3.5.0.beta9-dev - https://github.com/discourse/discourse version 5f3b0d8c91e2">
<meta property="og:site_name" content="Discourse Meta"><meta property="og:type" content="website"><meta name="discourse_current_homepage" content="latest">
<link rel="canonical" href="https://meta.discourse.org/t/how-do-you-deal-with-old-topics-that-keep-getting-revived/371204">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://meta.discourse.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://meta.discourse.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<script defer src="/assets/discourse-1c9a7e0b.br.js" data-discourse-entrypoint="discourse"></script>
<meta id="data-discourse-setup" data-cdn="https://d11a6trkgmumsb.cloudfront.net" data-base-url="https://meta.discourse.org" data-environment="production">
<style>#d-splash { display: none; } .poll .poll-info_counts-count .info-number { font-size: 1.5em; }</style></head>
<body class="category-community-building tag-moderation tag-poll archetype-regular has-sidebar-page navigation-topics">
<noscript data-path="/t/how-do-you-deal-with-old-topics-that-keep-getting-revived/371204">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title-wrapper"><div class="title"><a href="/">
<img src="https://d11a6trkgmumsb.cloudfront.net/original/4X/meta-logo.png" alt="Discourse Meta" id="site-logo"></a></div></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
 href="/t/how-do-you-deal-with-old-topics-that-keep-getting-revived/371204">${dcTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
 itemtype="http://schema.org/ListItem">
<a href="/c/community/community-building/76" class="badge-wrapper bullet" itemprop="item"><span class='category-name'
 itemprop='name'>Community Building</span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://meta.discourse.org/tag/moderation' class='discourse-tag' rel="tag">moderation</a>, <a href='https://meta.discourse.org/tag/poll'
 class='discourse-tag' rel="tag">poll</a>
</div></div></div><div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dcTitle}'>
<meta itemprop='articleSection' content='Community Building'><meta itemprop='keywords' content='moderation, poll'>
${posts(false).map(crawlerPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container">${relatedTable}</div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></noscript>
<section id="main" class="ember-application"><div class="discourse-root"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div
 class="contents">
<div class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle no-text btn-icon" aria-expanded="true" title="Toggle sidebar"
 aria-controls="d-sidebar"><svg aria-hidden="true"></svg></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"
 data-auto-route="true">
<img id="site-logo" class="logo-big" src="https://d11a6trkgmumsb.cloudfront.net/original/4X/meta-logo.png" width="" alt="Discourse Meta"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button"><svg aria-hidden="true"></svg>
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" title="Search" aria-label="Search" class="icon btn-flat"><svg aria-hidden="true"></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous"><div class="sidebar-section-wrapper sidebar-section" data-section-name="community">
<div class="sidebar-section-header-wrapper sidebar-row"><button class="sidebar-section-header btn-transparent" aria-expanded="true" title="Toggle section">
<span class="sidebar-section-header-text">Resources</span></button></div><ul
 class="sidebar-section-content">${links(dcSide.slice(0, 4), 'sidebar-section-link-wrapper')}</ul>
<div class="sidebar-section-header-wrapper sidebar-row"><span class="sidebar-section-header-text">Categories</span></div>
<ul class="sidebar-section-content">${links(dcSide.slice(4), 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet"><div class="posts-wrapper"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="371204">
<a href="/t/how-do-you-deal-with-old-topics-that-keep-getting-revived/371204" class="fancy-title">${dcTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/community/community-building/76"><span data-category-id="76"
 class="badge-category --style-square --has-parent" title="Sharing what works for running a community"><span
 class="badge-category__name">Community Building</span></span></a>
<div class="list-tags"><a href="/tag/moderation" data-tag-name="moderation" class="discourse-tag box">moderation</a>
<a href="/tag/poll" data-tag-name="poll" class="discourse-tag box">poll</a></div></div></div></div>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a
 class="start-date">
<span>Jun 2025</span></a></div><div class="timeline-scroller" aria-hidden="true"><div class="timeline-replies">1 / 8</div><div
 class="timeline-ago">Jun 3</div></div>
<div class="timeline-date-wrapper"><a class="now-date"><span>Dec 2025</span></a></div></div></div></div>
<div class="topic-area"><div class="post-stream">${posts(true).map(emberPost).join('\n')}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">6 months later</div></div>
<div class="small-action onscreen-post" role="article" data-post-number="9"><div class="topic-avatar"><svg aria-hidden="true"></svg></div>
<div class="small-action-desc"><div
 class="small-action-contents"><p>This topic was automatically closed 180 days after the last reply. New replies are no longer allowed.</p>
</div></div></div></div></div>
<div class="signup-cta alert alert-info"><h3>Hello! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.</h3>
<p>With an account you can follow topics you like and get notified when someone replies.</p><div class="buttons"><button
 class="btn btn-primary">Sign Up</button>
<button class="btn">Remind me tomorrow</button><button class="btn btn-flat">no thanks</button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div id="related-topics" class="more-topics__list" role="complementary">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container">${relatedTable}</div></div></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/community/community-building/76">Community Building</a>
or <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></section>
<div class="hidden" id="data-preloaded" data-preloaded="{&quot;topic_371204&quot;:&quot;{\\&quot;id\\&quot;:371204,\\&quot;posts_count\\&quot;:9}&quot;}"></div>
</body></html>`;
const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout42-discourse-poll',
  kind: 'forum',
  // every post is body, the poll's options are list items of the first post: body (the poll machinery around them, voters
  // count, "Choose up to 5 options", "Vote now!" and "Show results", is furniture); the quote aside in post 4 (its
  // "tcarvalho:" title and quoted line) is in neither list; usernames, full names, the short relative dates and the crawler
  // view's long dates are bylines; user titles, like counts, "Reply", the topic map, timeline, the "6 months later" gap, the
  // automatic close notice (a system post), the sign-up nudge, related topics, category badge, tags, header, sidebar and the
  // crawler footer are furniture; "Reply", "More", "Support", "Topics", "Dev", "Topic", "Replies", "Categories", the tag
  // "poll" and the small like counts are body words or too short: left out
  title: dcTitle,
  headings: [],
  body: [...texts(dcOp1), ...dcPoll, ...texts(dcOp2), ...texts(dcR2), ...texts(dcR3), ...texts(dcR4), ...texts(dcR5), ...texts(dcR6), ...texts(dcR7)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    ...new Set(posts(true).flatMap((p) => [p.user, p.name])), 'Jun 3', 'Jun 4', 'Jun 5', 'Jun 9', ...posts(false).map((p) => p.crawl),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Discourse Meta', 'Community Building', 'moderation', 'Community Manager', 'Product Support', '11 Likes', '17 Likes', '9 Likes', '4 Likes',
    '13 Likes', '6 Likes', '11', '17', '13', '138',
    'voters', 'Choose up to 5 options', 'Vote now!', 'Show results', 'likes', '60', 'users', '1.9k', 'views', 'min read', 'Summarize',
    'Related topics', 'Views', 'Activity', ...dcRelated.flatMap(([t, , r, a]) => [t, r, a]), 'Home',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by', 'best viewed with JavaScript enabled', 'Sign Up', 'Log In',
    'Resources', ...dcSide.filter((t) => !['Topics', 'More', 'Support', 'Dev'].includes(t)), 'Jun 2025', '1 / 8', 'Dec 2025', '6 months later',
    'This topic was automatically closed 180 days after the last reply. New replies are no longer allowed.',
    'Hello! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.',
    'With an account you can follow topics you like and get notified when someone replies.', 'Remind me tomorrow', 'no thanks',
    'Want to read more? Browse other topics in', 'view latest topics',
  ],
};

export const HELDOUT42_B: readonly TestPage[] = [discourseTopic, phpbbTopic];
