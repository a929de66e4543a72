import { links, ps, type TestPage, texts } from './page-kit.js';
import { flarumDiscussion } from './pages-heldout69-a3.js';
import {
  dcClosed,
  dcCode,
  dcExcerpt,
  dcP1,
  dcP2,
  dcP3,
  dcP4a,
  dcP4b,
  dcP4c,
  dcP4Steps,
  dcP5,
  dcP6,
  dcP7,
  dcPct,
  dcPoll,
  dcPollTitle,
  dcTitle,
} from './pages-heldout69-a2.js';

/**
 * Held-out batch 69, file a: a Discourse topic as a browser saves it after the Ember app has drawn it (the crawler copy of
 * the posts still in its <noscript>), on a home-automation community: header with sign-up buttons, the sidebar, category badge
 * and tags, the first post with a poll and the "Solved by" box, six replies (one marked as the solution, one quoting another),
 * the system's closing notice, the topic map, the timeline, "Related topics" and the crawler footer.
 */
interface DcPost {
  n: number;
  user: string;
  name?: string;
  utitle?: string;
  date: string;
  full: string;
  likes?: string;
  replyTo?: string;
  solution?: boolean;
  cooked: string;
}
const dcPollHtml = `<div class="poll" data-poll-name="poll" data-poll-type="regular" data-poll-status="open" data-poll-results="always" data-poll-public="true">
<div class="poll-container"><div class="poll-title">${dcPollTitle}</div><ul class="results">
${dcPoll
  .map(
    (o, i) => `<li><div class="option"><p><span class="percentage">${dcPct[i]}</span><span class="option-text">${o}</span></p></div>
<div class="bar-back"><div class="bar" style="width:${dcPct[i]}"></div></div></li>`,
  )
  .join('\n')}
</ul></div><div class="poll-info"><div class="poll-info_counts"><div class="poll-info_counts-count"><span class="info-number">41</span>
<span class="info-label">voters</span></div></div></div><div class="poll-buttons"><button class="btn btn-default toggle-results" type="button">
<svg class="fa d-icon d-icon-eye-slash svg-icon" aria-hidden="true"><use href="#eye-slash"></use></svg><span class="d-button-label">Hide results</span>
</button></div></div>`;
const dcSolved = `<aside class="quote accepted-answer" data-post="4" data-topic="8812" data-expanded="false"><div class="title title-only">
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/kofi.mensah">kofi.mensah</a> in
<a href="/t/zigbee-sensors-dropping-off-every-night-since-2025-10/8812/4">post #4</a></div></div><div class="quote-controls">
<button aria-label="expand/collapse" class="quote-toggle btn-flat"><svg class="fa d-icon d-icon-chevron-down svg-icon"><use href="#chevron-down"></use></svg>
</button>
</div></div><blockquote><p>${dcExcerpt}</p></blockquote></aside>`;
const dcQuote = `<aside class="quote no-group" data-username="hanna.lindqvist" data-post="6" data-topic="8812"><div class="title"><div class="quote-controls">
</div>
<img alt="" width="24" height="24" src="/user_avatar/hanna.lindqvist/48/7.png" class="avatar"> hanna.lindqvist:</div>
<blockquote><p>the health check now uses each device’s own reporting interval</p></blockquote></aside>`;
const dcPosts: DcPost[] = [
  {
    n: 1,
    user: 'marisol_ortega',
    name: 'Marisol Ortega',
    date: 'Oct 14',
    full: 'October 14, 2025, 9:12pm',
    likes: '8',
    cooked: `${ps(dcP1)}\n${dcPollHtml}\n${dcSolved}`,
  },
  { n: 2, user: 'dmitri_volkov', date: 'Oct 15', full: 'October 15, 2025, 7:03am', likes: '3', cooked: ps(dcP2) },
  {
    n: 3,
    user: 'hanna.lindqvist',
    name: 'Hanna Lindqvist',
    utitle: 'Hearthlink team',
    date: 'Oct 15',
    full: 'October 15, 2025, 10:47am',
    likes: '5',
    cooked: ps(dcP3),
  },
  {
    n: 4,
    user: 'kofi.mensah',
    name: 'Kofi Mensah',
    date: 'Oct 16',
    full: 'October 16, 2025, 6:30pm',
    likes: '19',
    solution: true,
    replyTo: 'marisol_ortega',
    cooked: `${ps(dcP4a)}\n<ol>${dcP4Steps.map((s) => `<li>${s}</li>`).join('')}</ol>\n${ps(dcP4b)}
<pre data-code-wrap="yaml"><code class="lang-yaml">${dcCode}</code></pre>\n${ps(dcP4c)}`,
  },
  {
    n: 5,
    user: 'marisol_ortega',
    name: 'Marisol Ortega',
    date: 'Oct 17',
    full: 'October 17, 2025, 8:15am',
    likes: '6',
    replyTo: 'kofi.mensah',
    cooked: ps(dcP5),
  },
  {
    n: 6,
    user: 'hanna.lindqvist',
    name: 'Hanna Lindqvist',
    utitle: 'Hearthlink team',
    date: 'Oct 18',
    full: 'October 18, 2025, 2:58pm',
    likes: '11',
    cooked: ps(dcP6),
  },
  { n: 7, user: 'dmitri_volkov', date: 'Oct 19', full: 'October 19, 2025, 9:21am', likes: '7', cooked: `${dcQuote}\n${ps(dcP7)}` },
];
const dcSolvedBtn = `<button class="btn btn-icon-text post-action-menu__solved accepted fade-out" title="this reply was selected as the solution">
<span class="d-button-label">Solution</span></button>`;
const dcPath = '/t/zigbee-sensors-dropping-off-every-night-since-2025-10/8812';
const dcMeta = (p: DcPost): string => `<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${p.utitle ? ' staff' : ''}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
${
  p.name
    ? `<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a>
</span>`
    : ''
}${p.utitle ? `<span class="user-title">${p.utitle}</span>` : ''}
</div><div class="post-infos">${
  p.replyTo
    ? `<div class="post-info reply-to-tab-wrapper"><a class="reply-to-tab" aria-label="in reply to post by ${p.replyTo}" tabindex="0">
<svg class="fa d-icon d-icon-share svg-icon" aria-hidden="true"><use href="#share"></use></svg>
<img alt="" width="24" height="24" class="avatar" src="/a/${p.replyTo}.png">
<span>${p.replyTo}</span></a></div>`
    : ''
}<div class="post-info post-date"><a class="widget-link post-date" href="${dcPath}/${p.n}" data-share-url="${dcPath}/${p.n}">
<span title="${p.full}" data-time="1760000000000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>`;
const dcControls = (p: DcPost): string => `<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn btn-flat button-count like-count" aria-label="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button>
<button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"><use href="#far-heart">
</use></svg></button></div>
<button class="btn no-text btn-icon btn-flat share" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon">
<use href="#link"></use></svg></button>
${p.solution ? dcSolvedBtn : ''}
<button class="btn btn-icon-text btn-flat reply create fade-out" title="Begin composing a reply to this post"><span class="d-button-label">Reply</span>
</button></div></nav></section>`;
const dcArticle = (p: DcPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${41020 + p.n}" data-topic-id="8812" class="boxed
onscreen-post${p.solution ? ' accepted-answer' : ''}">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/${p.user}/96/1.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix">${dcMeta(p)}<div class="regular contents"><div class="cooked">${p.cooked}</div>${dcControls(p)}</div>
<section class="post-actions"></section></div></div></article></div>`;
const dcCrawler = (
  p: DcPost,
): string => `<div id="post_${p.n}" itemprop="${p.n === 1 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/DiscussionForumPosting"
class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-10-14T21:12:40Z" class="post-time">${p.full}</time></span></div>
<div class="post" itemprop="text">${p.cooked.replace(
  dcPollHtml,
  `<div class="poll" data-poll-name="poll"><div><div class="poll-container">
<ul>${dcPoll.map((o) => `<li>${o}</li>`).join('')}</ul></div></div></div>`,
)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes}"><span class="post-likes">${p.likes} Likes</span></div></div>`;
const dcCommunity = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'];
const dcCats = ['Announcements', 'Hardware', 'Automations', 'Integrations', 'Site Feedback', 'All categories'];
const dcTags = ['firmware', 'troubleshooting', 'matter', 'energy', 'All tags'];
const dcRelated = [
  ['Door sensors stay unavailable after a battery change', '14', '612', 'Sep 2025'],
  ['Moving from a USB coordinator to a network one: worth it?', '32', '2.4k', 'Aug 2025'],
  ['Picking a Zigbee channel next to busy Wi-Fi neighbours', '9', '877', 'Jul 2025'],
  ['Energy dashboard shows double consumption since 2025.9', '21', '1.1k', '5d'],
];
const dcCrawlerNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dcTitle} - Hardware - Hearthlink Community</title><meta name="generator" content="Discourse 3.5.1 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://community.hearthlink.example${dcPath}"><meta property="og:site_name" content="Hearthlink Community">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${dcTitle}","mainEntity":{"@type":"Question",
"name":"${dcTitle}","author":{"@type":"Person","name":"marisol_ortega"},"answerCount":6,"acceptedAnswer":{"@type":"Answer","upvoteCount":19}}}</script>
<style>:root{--header_background:#fff;--tertiary:#0a7ea4}.d-header{height:4em}</style>
<script defer src="/assets/discourse-a81c0b2e.js" data-discourse-entrypoint="discourse"></script></head>
<body class="category-hardware-zigbee tag-firmware has-sidebar-page"><section id="ember5" class="ember-application">
<div class="hidden" id="data-preloaded" data-preloaded="{&quot;topic_8812&quot;:&quot;{\\&quot;id\\&quot;:8812}&quot;}"></div>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn no-text btn-icon btn-sidebar-toggle btn-flat" aria-expanded="true" title="Hide sidebar" type="button"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/logo.png" alt="Hearthlink Community">
</a></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" class="icon btn-flat" title="Search" aria-label="Search"></a></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections">
<div class="sidebar-section sidebar-section-wrapper" data-section-name="community"><ul class="sidebar-section-content">
${links(dcCommunity, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header">
<span class="sidebar-section-header-text">Categories</span></button></div>
<ul class="sidebar-section-content">${links(dcCats, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header">
<span class="sidebar-section-header-text">Tags</span></button></div><ul class="sidebar-section-content">${links(dcTags, 'sidebar-section-link-wrapper')}</ul>
</div>
</div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions">
<a class="btn-flat sidebar-footer-link" href="/powered-by">Powered by Discourse</a></div></div></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8812">
<span class="topic-statuses"><span title="This topic has a solution" class="topic-status --solved"><svg class="fa d-icon d-icon-far-square-check svg-icon">
</svg></span></span>
<a href="${dcPath}" class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><div class="badge-category__wrapper">
<a class="badge-category --has-parent" href="/c/hardware/zigbee/31">
<span class="badge-category__name">Hardware</span></a></div><div class="badge-category__wrapper"><a class="badge-category" href="/c/hardware/zigbee/31">
<span class="badge-category__name">Zigbee</span></a></div><div class="list-tags">
<a href="/tag/firmware" class="discourse-tag box" data-tag-name="firmware">firmware</a>
<a href="/tag/troubleshooting" class="discourse-tag box" data-tag-name="troubleshooting">troubleshooting</a></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="8812"><div class="posts-wrapper"><div class="post-stream">
${dcPosts.map(dcArticle).join('\n')}
<div class="topic-post clearfix regular" data-post-number="8"><article id="post_8" aria-label="post #8 by @system" class="boxed onscreen-post">
<div class="topic-body clearfix"><div class="names"><span class="first username staff admin"><a href="/u/system">system</a></span></div>
<div class="post-info post-date"><span class="relative-date" title="October 21, 2025, 9:22am">Closed on Oct 21</span></div>
<div class="regular contents"><div class="cooked"><p>${dcClosed}</p></div></div></div></article></div>
</div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper">
<a class="start-date">Oct 2025</a></div>
<div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 / 8</div>
<div class="timeline-ago">Oct 14</div></div></div></div><div class="timeline-date-wrapper"><a class="now-date">Oct 21</a></div></div>
<div class="timeline-footer-controls"><button class="btn btn-icon-text btn-primary create reply" type="button"><span class="d-button-label">Reply</span>
</button></div></div></div>
</div><div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats">
<button class="topic-map__views-trigger"><span class="number">1.8k</span><span class="topic-map__stat-label">views</span></button>
<button class="topic-map__likes-trigger"><span class="number">59</span><span class="topic-map__stat-label">likes</span></button>
<button class="topic-map__links-trigger"><span class="number">3</span><span class="topic-map__stat-label">links</span></button>
<button class="topic-map__users-trigger"><span class="number">4</span><span class="topic-map__stat-label">users</span></button></div></section></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="more-topics__list">
<h3 class="more-topics__list-title" role="heading" aria-level="2">Related topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${dcRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r[0]!.length}" class="title raw-link raw-topic-link">${r[0]}</a></td>
<td class="num posts"><span class="number">${r[1]}</span></td><td class="num views"><span class="number">${r[2]}</span></td><td class="num activity age">
<span class="relative-date">${r[3]}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/hardware/zigbee/31">Zigbee</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div>
<noscript data-path="${dcPath}"><header class="noscript-header"><div id="site-logo"><a href="/"><img src="/uploads/logo.png" alt="Hearthlink Community"></a>
</div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="${dcPath}">${dcTitle}</a></h1></div>
${dcPosts.map(dcCrawler).join('\n')}</div><footer class="container wrap"><nav class="crawler-nav"><ul>${links(dcCrawlerNav)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></noscript>
</section></body></html>`;
const discourse: TestPage = {
  html: dcHtml,
  name: 'heldout69-discourse-poll-solved',
  kind: 'forum',
  // every post is body, the poll's question and its options too (the poster wrote them as the post's list); the solution post's
  // steps are body, its YAML block is in neither list; the "Solved by" box's excerpt and the quoted line in post 7 repeat posts
  // (in neither list); handles, full names, the reply-to handles and the post dates of both copies (Ember and crawler) are
  // bylines; the system's closing notice is furniture, as are the user title, poll percentages and voters, like counts,
  // "Reply", the topic map, timeline, related topics, the sidebar, header buttons and the crawler footer; the category
  // "Zigbee", the "Solution" button, the sidebar's "About", the "Replies" column head and one reply count ("9") are body words: left out
  title: dcTitle,
  headings: [],
  body: [...texts(dcP1), dcPollTitle, ...dcPoll, ...texts(dcP2), ...texts(dcP3), ...texts(dcP4a), ...dcP4Steps, ...dcP4b, ...dcP4c, ...dcP5, ...dcP6, ...dcP7],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'marisol_ortega', 'Marisol Ortega', 'dmitri_volkov', 'hanna.lindqvist', 'Hanna Lindqvist', 'kofi.mensah', 'Kofi Mensah',
    ...dcPosts.map((p) => p.date), ...dcPosts.map((p) => p.full),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dcCommunity.filter((t) => t !== 'About'), 'Categories', ...dcCats, 'Tags', ...dcTags, 'Powered by Discourse', 'Hardware',
    'Hearthlink team',
    ...dcPct, '41', 'voters', 'Hide results', 'Solved by', 'post #4', '3', '5', '7', '8', '11', '19', ...dcPosts.map((p) => `${p.likes}
Likes`), 'Reply', 'system', 'Closed on Oct 21', dcClosed,
    'Oct 2025', 'Oct 21', '1 / 8', 'views', '1.8k', 'likes', '59', 'links', 'users', 'Related topics', 'Topic', 'Views', 'Activity',
    ...dcRelated.flat().filter((t) => t !== '9'),
    'Want to read more? Browse other topics in', 'view latest topics', ...dcCrawlerNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT69_A: readonly TestPage[] = [discourse, flarumDiscussion];
