import { links, type TestPage, texts } from './page-kit.js';
import { nodebbTopic } from './pages-heldout62-a2.js';

/**
 * Held-out batch 62, file a: a Discourse topic on the 2025 theme, saved from the browser after the Ember app had drawn it
 * (d-header with logo, search and "Log In", the collapsible sidebar, the topic title with category badge and tags, each post
 * with avatar, full name, username, relative date and its post controls, a "Solved by" box under the first post, a quote, a
 * code block, reply-to tabs, a time gap, the topic map, the timeline, the auto-close notice, "Related topics", the noscript
 * crawler footer and a site footer).
 */
const dcTitle = 'Battery drains overnight after 3.2 when Wi-Fi sync is on';
const dcP1 = [
  'Since updating my Kobalt Libra to Inkwell 3.2 last week, the battery goes from about 90% to 60% overnight while the reader is ' +
    'asleep. On 3.1 it lost maybe two or three percent in the same time.',
  'I have Wi-Fi sync turned on with my calibre library and the sync interval set to one hour. If I turn sync off, the drain stops ' +
    'completely, so it looks related, but I never had this problem with the same settings before the update.',
  'Here is the relevant part of the power log from last night:',
];
const dcP1b = ['Is anyone else seeing this, or is there a new setting in 3.2 that I missed?'];
const dcCode = `02:00:04 wake reason=sync_timer
02:03:51 sleep cpu_busy_ms=226840
03:00:03 wake reason=sync_timer
03:04:12 sleep cpu_busy_ms=248115`;
const dcP2 = [
  'Thanks for the log, that helps a lot. The wake-ups every hour are expected with a one-hour interval, but each one should last a ' +
    'few seconds, not the three to four minutes your log shows.',
  'Two questions: does your library contain any books with very large cover images, and are you syncing over a network that needs ' +
    'a captive-portal login, like a hotel or office network?',
];
const dcQuote = 'does your library contain any books with very large cover images';
const dcP3 = [
  'No captive portal, it is my home network. But yes, I added a batch of comics in February, and some of the covers are huge scans ' + 'of over 20 MB each.',
  'I moved those to a separate shelf that is not synced, and the drain last night was only four percent.',
];
const dcP4 = [
  'That confirms it. In 3.2 we changed the sync to check cover thumbnails on every run, and a bug makes it regenerate the thumbnail ' +
    'for any cover over 8 MB instead of using the cached one. On large scans that keeps the processor busy for minutes.',
  'Until the fix ships in 3.2.1, you can work around it in one of these ways:',
];
const dcP4List = [
  'Exclude the shelf with the large scans from Wi-Fi sync.',
  'Resize the covers in calibre to under 8 MB before syncing.',
  'Set the sync interval to six hours or more, so the extra work happens less often.',
];
const dcP4b = ['I have opened an issue for it and will post here when the fix is released.'];
const dcP5 = [
  'Same problem here with a library of scanned magazines. Excluding that shelf brought my overnight drain down from 25 percent to ' +
    'almost nothing. Thanks for tracking it down!',
];
const dcP6 = [
  'Inkwell 3.2.1 is out today and includes the fix for cover thumbnails. After updating, the first sync rebuilds the thumbnail ' +
    'cache once; after that, large covers are read from the cache again, as they were in 3.1.',
];
const dcSideCommunity = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'];
const dcSideCats = ['Announcements', 'Support', 'Feature requests', 'Development', 'Plugins', 'All categories'];
const dcSideTags = ['kobalt', 'sync', 'calibre', 'fonts', 'All tags'];
const dcRelated: [string, string, string, string][] = [
  ['Wi-Fi sync stops after the reader wakes from sleep', '7', '412', 'Feb 2'],
  ['Cover thumbnails look blurry on the Libra since 3.0', '3', '288', 'Jan 19'],
  ['Calibre wireless connection fails on a guest network', '11', '1.1k', 'Dec 2024'],
];
const dcFoot = ['Inkwell project site', 'Documentation', 'Code of conduct', 'Privacy'];

/** One Discourse post as the Ember app draws it; `extra` goes after the cooked text (the "Solved by" box). */
const post = (n: number, id: number, user: [string, string], date: [string, string], cooked: string, o: Record<string, string> = {}): string =>
  `<div class="topic-post clearfix ${o.cls ?? 'regular'}" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${user[1]}" role="region" data-post-id="${id}" data-topic-id="9120" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user[1]}" data-user-card="${user[1]}"
 aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.inkwell.example/${user[1]}/96/12_2.png"
 class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first full-name${o.staff ?? ''}"><a href="/u/${user[1]}" data-user-card="${user[1]}">${user[0]}</a></span>
<span class="second username"><a href="/u/${user[1]}" data-user-card="${user[1]}">${user[1]}</a></span>${o.title ?? ''}</div>
<div class="post-infos">${o.replyTo ?? ''}<div class="post-info post-date"><a class="widget-link post-date" href="/t/battery-drains-overnight/9120/${n}">
<span title="${date[1]}" data-time="1741038060000" class="relative-date">${date[0]}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${cooked}
</div>${o.extra ?? ''}
<section class="post-menu-area clearfix"><nav class="post-controls expanded-menu"><div class="actions">${o.solved ?? ''}
<div class="double-button"><button class="btn btn-icon-text post-action-menu__like-count like-count button-count" title="${o.likes ?? '0'} people liked this
 post">
<span class="d-button-label">${o.likes ?? ''}</span></button><button class="btn no-text btn-icon toggle-like like" title="like this post"><svg class="fa
 d-icon d-icon-d-unliked svg-icon"><use href="#far-heart"></use></svg></button></div>
<button class="btn no-text btn-icon post-action-menu__copy-link" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share
 svg-icon"><use href="#link"></use></svg></button>
<button class="btn btn-icon-text post-action-menu__reply reply create fade-out" title="begin composing a reply to this post"><span
 class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const ps = (paras: readonly string[]): string => paras.map((p) => `<p>${p}</p>`).join('\n');

const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head><meta charset="utf-8"><title>${dcTitle} - Support - Inkwell Community</title>
<meta name="description" content="Since updating my Kobalt Libra to Inkwell 3.2 last week, the battery goes from about 90% to 60% overnight">
<meta name="discourse_theme_id" content="4"><meta name="discourse_current_homepage" content="latest">
<link rel="canonical" href="https://forum.inkwell.example/t/battery-drains-overnight-after-3-2-when-wi-fi-sync-is-on/9120">
<style>:root{--d-sidebar-width:17em;--header_background:#fff}.sidebar-wrapper{grid-area:sidebar}</style>
<link rel="stylesheet" href="/stylesheets/desktop_theme_4_0c1b6b0d.css" data-target="desktop_theme" data-theme-id="4" data-theme-name="horizon">
</head>
<body class="crawler-view-disabled has-sidebar-page category-support tags-battery tags-wifi-sync archetype-regular">
<div class="hidden" id="data-discourse-setup" data-cdn="https://cdn.inkwell.example" data-base-url="https://forum.inkwell.example"></div>
<section id="main" class="ember-application"><div id="ember5" class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle"
 aria-expanded="true" aria-controls="d-sidebar" title="Hide sidebar"><svg class="fa d-icon d-icon-bars svg-icon"><use href="#bars"></use></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/inkwell-logo.svg"
 alt="Inkwell Community"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button"><span class="d-button-label">Log
 In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" aria-label="Search" title="Search topics, posts, users,
 or categories"
 class="btn no-text btn-icon icon btn-flat"><svg class="fa d-icon d-icon-search svg-icon"><use
 href="#magnifying-glass"></use></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><div data-section-name="community" class="sidebar-section sidebar-section-wrapper sidebar-section--expanded">
<div class="sidebar-section-header-wrapper sidebar-row"><button class="sidebar-section-header sidebar-section-header-collapsable btn-flat" aria-expanded="true">
<span class="sidebar-section-header-text">Community</span></button></div><ul
 class="sidebar-section-content">${links(dcSideCommunity, 'sidebar-section-link-wrapper')}</ul></div>
<div data-section-name="categories" class="sidebar-section sidebar-section-wrapper sidebar-section--expanded"><div class="sidebar-section-header-wrapper
 sidebar-row">
<button class="sidebar-section-header btn-flat"><span class="sidebar-section-header-text">Categories</span></button></div>
<ul class="sidebar-section-content">${links(dcSideCats, 'sidebar-section-link-wrapper')}</ul></div>
<div data-section-name="tags" class="sidebar-section sidebar-section-wrapper sidebar-section--expanded"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="sidebar-section-header btn-flat"><span class="sidebar-section-header-text">Tags</span></button></div>
<ul class="sidebar-section-content">${links(dcSideTags, 'sidebar-section-link-wrapper')}</ul></div></div>
<div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions"><a class="btn btn-flat" href="/about">Powered by
 Discourse</a></div></div></div>
</section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div class="topic-above-post-stream-outlet"></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="9120"><a href="/t/battery-drains-overnight-after-3-2-when-wi-fi-sync-is-on/9120"
 class="fancy-title">
${dcTitle}</a></h1>
<div class="topic-category"><div class="badge-category__wrapper"><span data-category-id="4" style="--category-badge-color: #0E76BD;" class="badge-category
 --style-square"
 title="Questions and problems with Inkwell on your device."><span class="badge-category__name">Support</span></span></div>
<div class="list-tags"><a href="/tag/battery" data-tag-name="battery" class="discourse-tag box">battery</a>
<a href="/tag/wifi-sync" data-tag-name="wifi-sync" class="discourse-tag box">wifi-sync</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div
 class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Mar 3</a></div><div class="timeline-scrollarea"><div class="timeline-handle"></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 7</div><div class="timeline-ago">Mar 2025</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Apr 17</a></div></div>
<div class="timeline-footer-controls"><button class="btn btn-icon-text btn-default reply-to-post"><span
 class="d-button-label">Reply</span></button></div></div></div></div>
<div class="post-stream">
${post(
  1,
  48211,
  ['Henrik Lund', 'hlund'],
  ['Mar 3', 'Mar 3, 2025 9:41 pm'],
  `${ps(dcP1)}\n<pre data-code-wrap="plaintext"><code class="lang-plaintext">${dcCode}</code></pre>\n${ps(dcP1b)}`,
  {
    cls: 'topic-owner regular',
    likes: '2',
    extra: `<aside class="quote accepted-answer" data-post="4" data-topic="9120"><div class="title"><div class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/mira_k">mira_k</a> in <a href="/t/battery-drains-overnight/9120/4">post #4</a></div></div></div>
<blockquote>That confirms it. In 3.2 we changed the sync to check cover thumbnails on every run, and a bug makes it regenerate the thumbnail for any cover
 over 8 MB
 instead of using the cached one. …</blockquote></aside>`,
  },
)}
${post(2, 48214, ['Mira Kovač', 'mira_k'], ['Mar 3', 'Mar 3, 2025 10:58 pm'], ps(dcP2), {
  staff: ' staff',
  title: '<span class="user-title">Inkwell team</span>',
  likes: '1',
})}
${post(
  3,
  48230,
  ['Henrik Lund', 'hlund'],
  ['Mar 4', 'Mar 4, 2025 7:12 am'],
  `<aside class="quote no-group" data-username="mira_k" data-post="2" data-topic="9120"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.inkwell.example/mira_k/48/9_2.png" class="avatar"> mira_k:</div>
<blockquote><p>${dcQuote}</p></blockquote></aside>\n${ps(dcP3)}`,
  {
    cls: 'topic-owner regular',
    replyTo: `<a class="reply-to-tab" tabindex="0" aria-label="in reply to post #2 by @mira_k"><img alt="" width="24" height="24" class="avatar"
 src="/user_avatar/forum.inkwell.example/mira_k/48/9_2.png"><span>mira_k</span></a>`,
  },
)}
${post(
  4,
  48236,
  ['Mira Kovač', 'mira_k'],
  ['Mar 4', 'Mar 4, 2025 9:30 am'],
  `${ps(dcP4)}\n<ul>\n${dcP4List.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>\n${ps(dcP4b)}`,
  {
    cls: 'regular accepted-answer',
    staff: ' staff',
    title: '<span class="user-title">Inkwell team</span>',
    likes: '6',
    solved: `<button class="btn btn-icon-text post-action-menu__solved accepted fade-out" title="unaccept this solution"><span
 class="accepted-text">Solution</span></button>`,
  },
)}
${post(5, 48301, ['Tobias Wirth', 'tobiasw'], ['Mar 6', 'Mar 6, 2025 6:05 pm'], ps(dcP5), { likes: '1' })}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">12 days later</div></div>
${post(6, 48797, ['Mira Kovač', 'mira_k'], ['Mar 18', 'Mar 18, 2025 11:02 am'], ps(dcP6), {
  staff: ' staff',
  title: '<span class="user-title">Inkwell team</span>',
  likes: '4',
})}
<div class="topic-post clearfix" data-post-number="7"><article id="post_7" class="boxed small-action onscreen-post"><div class="small-action-desc">
<div class="small-action-contents"><svg class="fa d-icon d-icon-lock svg-icon"><use href="#lock"></use></svg><p>This topic was automatically closed 30 days
 after the last reply.
 New replies are no longer allowed.</p></div></div></article></div>
</div>
<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats">
<button class="btn topic-map__views-trigger"><span class="number">1.4k</span>\n<span class="topic-map__stat-label">views</span></button>
<button class="btn topic-map__likes-trigger"><span class="number">14</span>\n<span class="topic-map__stat-label">likes</span></button>
<button class="btn topic-map__users-trigger"><span class="number">3</span>\n<span class="topic-map__stat-label">users</span></button>
<div class="topic-map__read-time"><span class="number">2</span>\n<span class="topic-map__stat-label">min read</span></div></div>
<div class="topic-map__additional-contents"><button class="btn btn-icon-text btn-default topic-strategy-summarization"><span
 class="d-button-label">Summarize</span></button></div>
</div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite">
<span class="d-button-label">Share</span></button><button class="btn btn-icon-text btn-default bookmark"><span
 class="d-button-label">Bookmark</span></button></div>
<div class="topic-notifications-button"><p class="reason">You will see a count of new replies because you read this topic.</p></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="row more-topics__list"><h3 class="more-topics__list-title">Related topics</h3>
<table class="topic-list"><thead><tr><th class="topic-list-data default">Topic</th><th class="topic-list-data posts num">Replies</th>
<th class="topic-list-data views num">Views</th><th class="topic-list-data activity num">Activity</th></tr></thead><tbody>
${dcRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></td><td
 class="num posts">${r}</td><td class="num views">${v}</td><td class="num activity">${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div></div></section>
<noscript data-path="/t/battery-drains-overnight-after-3-2-when-wi-fi-sync-is-on/9120"><footer class="noscript-footer-nav"><nav itemscope
 itemtype="http://schema.org/SiteNavigationElement">
<a href="/">Home</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a> <a href="/tos">Terms of Service</a> <a href="/privacy">Privacy
 Policy</a>
</nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
 enabled</p></div></noscript>
<div class="custom-footer"><ul class="footer-links">${links(dcFoot)}</ul><p class="footer-copy">Inkwell is free software, maintained by volunteers since
 2019.</p></div>
<script defer src="/assets/discourse-3f1c8e.br.js" data-discourse-entrypoint="discourse"></script>
<script defer src="/theme-javascripts/8b1e0c2a.js?__ws=forum.inkwell.example" data-theme-id="4" nonce="Zx4y1mKq"></script>
</body></html>`;
const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout62-discourse-topic',
  kind: 'forum',
  // every post is body (the question, the team's replies, the "same here" post and the release note); each poster's full name,
  // username and relative date are bylines (the reply-to tab and the quote's "mira_k:" repeat a username); the staff user title
  // "Inkwell team", like counts, post buttons, the "Solved by mira_k in post #4" line, the "Solution" button, the time gap, the
  // auto-close notice, category badge, tags, timeline, topic map, footer buttons, "Related topics", sidebar, header, noscript
  // and footer are furniture; the log is a code block and the quoted question and the "Solved by" excerpt repeat posts: in
  // neither list; the tag "battery", the sidebar's "About", "kobalt", "calibre" and "sync", the noscript's "Home", the timeline's
  // "Mar 3" (a byline's text) and the bare like counts ("2", "1", "6", "4") are words of the body: left out
  title: dcTitle,
  headings: [],
  body: [...texts(dcP1), ...texts(dcP1b), ...texts(dcP2), ...texts(dcP3), ...texts(dcP4), ...dcP4List, ...texts(dcP4b), ...texts(dcP5), ...texts(dcP6)],
  bylines: ['Henrik Lund', 'hlund', 'Mira Kovač', 'mira_k', 'Tobias Wirth', 'tobiasw', 'Mar 4', 'Mar 6', 'Mar 18', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Community', ...dcSideCommunity.filter((t) => t !== 'About'), 'Categories', ...dcSideCats, 'Tags',
    ...dcSideTags.filter((t) => !['sync', 'kobalt', 'calibre'].includes(t)),
    'Powered by Discourse', 'wifi-sync', '1 / 7', 'Mar 2025', 'Apr 17', 'Reply', 'Solved by mira_k in post #4', 'Inkwell team', 'Solution',
    '12 days later',
    'This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.', '1.4k views', '14 likes', '3 users',
    '2 min read', 'Summarize', 'Share', 'Bookmark', 'You will see a count of new replies because you read this topic.', 'Related topics', 'Topic', 'Replies',
    'Views', 'Activity', ...dcRelated.map((r) => r[0]), 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled', ...dcFoot, 'Inkwell is free software, maintained by volunteers since 2019.',
  ],
};

export const HELDOUT62_A: readonly TestPage[] = [discourseTopic, nodebbTopic];
