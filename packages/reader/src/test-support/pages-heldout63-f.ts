import { type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout63-f2.js';

/**
 * Held-out batch 63, file f: a Discourse topic as the browser renders it (the Ember app: header with "Sign Up" and "Log In",
 * the sidebar with its Community, Categories and Tags sections, the topic title with category badge and tags, posts with
 * avatars, usernames, full names, user titles, relative dates, cooked HTML with a code block, a quote of an earlier post, a
 * reply-to tab and a "1 Reply" toggle, post controls with like counts, the solved plugin's "Solved by" box and "Solution"
 * label, the topic map with likes, views and users, the timeline, an automatic close notice, "Related topics", "Want to read
 * more?" and "Powered by").
 */
const dcTitle = 'Zigbee motion sensors drop off every night around 2 a.m.';
type Post = { n: number; user: string; name: string; title?: string; date: string; full: string; likes: number; cooked: string; extra?: string };
const dcP1 = [
  'Since updating to 2025.10, three of my battery motion sensors (the cheap Lumio ones) go unavailable every night somewhere ' +
    'between 1:50 and 2:15 a.m. They come back on their own around 7, or straight away if I press the button on the back.',
  'The other Zigbee devices on the network, mostly mains-powered plugs and a couple of door sensors, are fine. Batteries are all above 80%.',
  'Here’s what the log shows just before they drop:',
];
const dcLog =
  '2025-11-03 01:58:12 WARNING (MainThread) [zigbee.coordinator] Delivery failed for 0x4f2a: MAC_NO_ACK\n' +
  '2025-11-03 01:58:44 WARNING (MainThread) [zigbee.device] 0x4f2a marked unavailable after 3 missed polls';
const dcP1b = ['Anyone else seeing this? Any idea what runs at 2 a.m.?'];
const dcP2 = [
  'Does your backup run at 2? The default nightly backup moved from 3:00 to 2:00 in 2025.10, and on a Raspberry Pi the SD card ' +
    'can get so busy that the Zigbee coordinator misses messages.',
];
const dcP3 = [
  'It does! I hadn’t noticed the time had changed. I moved it to 4:30 last night and the sensors dropped at 4:40 instead, so ' + 'that’s definitely it.',
  'Is there a way to fix this other than not backing up?',
];
const dcP4 = [
  'The underlying problem is that the coordinator’s serial buffer overflows when the disk is saturated, and some battery ' +
    'devices handle a missed poll badly. Two things fix it for most people:',
];
const dcP4List = [
  'Move the database to an SSD, or at least to a high-endurance SD card.',
  'Add the setting below to your Zigbee configuration so the coordinator retries polls instead of marking the device ' + 'unavailable straight away:',
];
const dcYaml = 'zigbee:\n  coordinator:\n    poll_retries: 3\n    retry_backoff: 2s';
const dcP4b = ['The retry setting is on by default from 2025.11, which is due out next week.'];
const dcP5 = ['Added the retry setting and left the backup at 2:00 as a test. Three nights without a single drop. Thanks both!'];
const dcClosed = 'This topic was automatically closed 7 days after the last reply. New replies are no longer allowed.';
const dcRelated = [
  ['Battery sensors unavailable after update', '4', '1.2k', 'Oct 2'],
  ['Coordinator keeps restarting during backups', '11', '860', 'Sep 18'],
  ['Best high-endurance SD card for a Pi 4?', '23', '3.4k', 'Aug 29'],
];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pre = (lang: string, s: string): string =>
  `<pre data-code-wrap="${lang}"><div class="codeblock-buttons"><div class="codeblock-button-wrapper"><button class="btn nohighlight copy-cmd btn-flat"
title="copy">
<svg class="fa d-icon d-icon-copy svg-icon svg-string"><use href="#copy"></use></svg></button></div></div><code
class="lang-${lang} hljs language-${lang}">${s}</code></pre>`;
const posts: Post[] = [
  {
    n: 1,
    user: 'kjaspers',
    name: 'Karin Jaspers',
    date: 'Nov 3',
    full: 'Nov 3, 2025 9:14 pm',
    likes: 0,
    cooked: `${ps(dcP1)}\n${pre('plaintext', dcLog)}\n${ps(dcP1b)}`,
    extra: `<aside class="quote accepted-answer" data-post="4" data-topic="4821"><div class="title"><div class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/elle_w" data-user-card="elle_w">elle_w</a> in <a href="/t/zigbee-motion-sensors/4821/4">post
#4</a></div></div></div>
<blockquote><p>The underlying problem is that the coordinator’s serial buffer overflows when the disk is saturated…</p></blockquote></aside>
<section class="topic-map --op"><div class="topic-map__stats"><button class="topic-map__likes-trigger"><span class="number">9</span><span
class="topic-map__stat-label">likes</span>
</button><a class="topic-map__views-trigger"><span class="number">214</span><span class="topic-map__stat-label">views</span></a><span class="topic-map__users">
<span class="number">3</span><span class="topic-map__stat-label">users</span></span></div></section>`,
  },
  {
    n: 2,
    user: 'dmorrow',
    name: 'Dev Morrow',
    title: 'Regular',
    date: 'Nov 3',
    full: 'Nov 3, 2025 10:02 pm',
    likes: 2,
    cooked: ps(dcP2),
    extra:
      '<button class="widget-button btn-flat show-replies btn-icon-text" aria-expanded="false" title="1 Reply">' +
      '<span class="d-button-label">1 Reply</span></button>',
  },
  {
    n: 3,
    user: 'kjaspers',
    name: 'Karin Jaspers',
    date: 'Nov 4',
    full: 'Nov 4, 2025 7:31 am',
    likes: 0,
    cooked: `<aside class="quote no-group" data-username="dmorrow" data-post="2" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/nestwork.example/dmorrow/48/3317_2.png" class="avatar"> dmorrow:</div><blockquote><p>Does your backup run
at 2?</p>
</blockquote></aside>\n${ps(dcP3)}`,
  },
  {
    n: 4,
    user: 'elle_w',
    name: 'Elle Whitford',
    title: 'Moderator',
    date: 'Nov 4',
    full: 'Nov 4, 2025 9:47 am',
    likes: 6,
    cooked: `${ps(dcP4)}\n<ol>${dcP4List.map((t) => `<li>${t}</li>`).join('\n')}</ol>\n${pre('yaml', dcYaml)}\n${ps(dcP4b)}`,
    extra:
      '<span class="accepted-answer-post-info"><svg class="fa d-icon d-icon-square-check svg-icon"></svg><span class="accepted-text">Solution</span></span>',
  },
  { n: 5, user: 'kjaspers', name: 'Karin Jaspers', date: 'Nov 6', full: 'Nov 6, 2025 8:05 pm', likes: 1, cooked: ps(dcP5) },
];
const post = (p: Post): string => `<div class="topic-post clearfix ${p.user === 'kjaspers' ? 'topic-owner ' : ''}regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${38100 + p.n}" data-topic-id="4821" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true"
data-user-card="${p.user}">
<img alt="" width="48" height="48" src="/user_avatar/nestwork.example/${p.user}/96/${p.n}1_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.name}</a></span>
${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div><div class="post-infos">${
  p.n === 3
    ? `<a class="reply-to-tab" href="#post_2" aria-label="in reply to post 2 by @dmorrow">
<img alt="" width="24" height="24" src="/user_avatar/nestwork.example/dmorrow/48/3317_2.png" class="avatar"><span>dmorrow</span></a>`
    : ''
}<div class="post-info post-date">
<a class="post-date" href="/t/zigbee-motion-sensors/4821/${p.n}" data-post-number="${p.n}"><span title="${p.full}" data-time="1762204440000"
class="relative-date">${p.date}</span></a>
</div></div></div><div class="regular contents"><div class="cooked">${p.cooked}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${p.n === 4 ? p.extra : ''}<div class="double-button">
${
  p.likes > 0
    ? `<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text"
title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button>`
    : ''
}
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"><use
href="#far-heart"></use></svg></button></div>
<button class="widget-button btn-flat post-action-menu__copy-link no-text btn-icon" title="copy a link to this post to clipboard"><svg
class="fa d-icon d-icon-d-post-share svg-icon"></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="Begin composing a reply to this post"><svg
class="fa d-icon d-icon-reply svg-icon"></svg>
<span class="d-button-label">Reply</span></button></div></nav>${p.n === 2 ? p.extra : ''}
</section>${p.n === 1 ? p.extra : ''}</div></div></div></article></div>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8"><title>${dcTitle} - Hardware -
Nestwork Community</title>
<meta name="description" content="Since updating to 2025.10, three of my battery motion sensors (the cheap Lumio ones) go unavailable every night">
<link href="/stylesheets/desktop_f1a9e0.css?__ws=community.nestwork.example" media="all" rel="stylesheet" data-target="desktop"><meta name="discourse_theme_id"
content="2">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}",
"author":{"@type":"Person","name":"kjaspers"},
"datePublished":"2025-11-03T21:14:00Z","commentCount":4}</script></head>
<body class="crawler-disabled category-hardware tag-zigbee archetype-regular has-sidebar-page"><section id="main" class="ember-application"><div
class="discourse-root">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div id="d-splash" style="display:none"></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
class="btn btn-flat btn-sidebar-toggle no-text btn-icon"
aria-expanded="true" title="Hide sidebar" aria-label="Hide sidebar"><svg class="fa d-icon d-icon-bars svg-icon"></svg></button></div><div class="title"><a
href="/">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/nestwork-logo.png" alt="Nestwork Community"></a></div><div class="panel"><span
class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button><button
class="btn btn-primary btn-small login-button btn-icon-text">
<svg class="fa d-icon d-icon-user svg-icon"></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li
class="search-dropdown">
<a href="/search" class="btn no-text btn-flat icon" aria-label="Search" title="Search"><svg
class="fa d-icon d-icon-magnifying-glass svg-icon"></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections sidebar-sections-anonymous">
<div data-section-name="community" class="sidebar-section-wrapper sidebar-section"><button class="sidebar-section-header btn-flat" title="Toggle section"
aria-expanded="true">
<span class="sidebar-section-header-text">Community</span></button><ul class="sidebar-section-content">${[
  'Topics',
  'Users',
  'Badges',
  'Groups',
  'About',
  'FAQ',
  'More',
]
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase()}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div><div data-section-name="categories" class="sidebar-section-wrapper sidebar-section"><button class="sidebar-section-header btn-flat"
title="Toggle section">
<span class="sidebar-section-header-text">Categories</span></button><ul class="sidebar-section-content">${[
  'Announcements',
  'Hardware',
  'Automations',
  'Integrations',
  'All categories',
]
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a href="/c/${t.toLowerCase()}" class="sidebar-section-link"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div><div data-section-name="tags" class="sidebar-section-wrapper sidebar-section"><button class="sidebar-section-header btn-flat"
title="Toggle section">
<span class="sidebar-section-header-text">Tags</span></button><ul class="sidebar-section-content">${['zigbee', 'zwave', 'energy', 'All tags']
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a href="/tag/${t}" class="sidebar-section-link"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></section></div>
<div id="main-container" class="regular"><div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4821"><span
class="topic-status"><svg class="fa d-icon
d-icon-lock svg-icon" aria-hidden="true"></svg></span><a href="/t/zigbee-motion-sensors/4821" class="fancy-title"><span dir="auto">${dcTitle}</span></a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category --style-square" data-category-id="7"
title="Questions about supported devices">
<span class="badge-category__name">Hardware</span></span></span><div class="list-tags"><a href="/tag/zigbee" data-tag-name="zigbee"
class="discourse-tag simple">zigbee</a>
<span class="discourse-tags__tag-separator">,</span><a href="/tag/motion-sensor" data-tag-name="motion-sensor"
class="discourse-tag simple">motion-sensor</a></div></div></div></div>
<div class="container posts"><div class="selected-posts hidden"></div><div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div
class="posts-wrapper">
<div class="post-stream">
${posts.map(post).join('\n')}
<div class="small-action onscreen-post" data-post-number="6"><div class="topic-avatar"><svg class="fa d-icon d-icon-lock svg-icon"></svg></div><div
class="small-action-desc">
<div class="small-action-contents"><p><a class="trigger-user-card" data-user-card="system">system</a> <span class="relative-date"
title="Nov 13, 2025 8:05 pm">Closed on Nov 13</span></p></div>
<div class="small-action-custom-message"><p>${dcClosed}</p></div></div></div></div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date"><span>Nov 3</span></a></div>
<div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 /
6</div></div></div></div>
<div class="timeline-date-wrapper"><a class="now-date"><span>Nov 13</span></a></div></div></div></div></div></div>
<div class="more-topics__container"><div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><table class="topic-list"><thead class="topic-list-header"><tr><th
class="default">Topic</th>
<th class="posters"></th><th class="num posts">Replies</th><th class="num views">Views</th><th class="num activity">Activity</th></tr></thead><tbody
class="topic-list-body">
${dcRelated
  .map(
    ([
      t,
      r,
      v,
      d,
    ]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a><div class="link-bottom-line">
<span class="badge-category__name">Hardware</span></div></td><td class="num posts"><span class="number">${r}</span></td><td class="num views"><span
class="number">${v}</span></td>
<td class="num age activity"><span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/hardware/7">Hardware</a> or <a href="/latest">view latest
topics</a>.</h3></div>
</div></div></div><footer class="powered-by-discourse"><a class="powered-by-discourse__link" href="https://discourse.org/powered-by" target="_blank"
rel="noopener noreferrer">
<span>Powered by</span><svg class="powered-by-discourse__logo"></svg></a></footer></div></section>
<script defer src="/assets/discourse-3f1c2d.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
/** Furniture texts that are words of the body or the title. */
const dcOut = ['zigbee', '1', '2', '3', '4', '11'];
const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout63-discourse-topic',
  kind: 'forum',
  // every post's text is body, the moderator's numbered list included; the log and YAML blocks are code (in neither); the
  // quoted line in post 3 with its "dmorrow:" header and the "Solved by" box's excerpt of post 4 are quotes of other posts
  // (in neither); usernames, full names and post dates are bylines (the timeline's start "Nov 3" is the first post's date,
  // listed there); user titles, like counts, "Reply", "1 Reply", "Solution", the "Solved by elle_w in post #4" line, the
  // topic map, the timeline, the automatic close notice with "system" (not a post of a person), category and tags, sidebar,
  // header, "Related topics" with its table, "Want to read more?" and "Powered by" are furniture; numbers and words that are
  // words of the body (like counts "1" and "2", the users stat "3", reply counts "4" and "11", the tag "zigbee") are left out
  title: dcTitle,
  headings: [],
  body: texts([...dcP1, ...dcP1b, ...dcP2, ...dcP3, ...dcP4, ...dcP4List, ...dcP4b, ...dcP5]),
  bylines: ['kjaspers', 'Karin Jaspers', 'dmorrow', 'Dev Morrow', 'elle_w', 'Elle Whitford', 'Nov 3', 'Nov 4', 'Nov 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Community', 'Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ', 'More', 'Categories',
    'Announcements', 'Hardware', 'Automations', 'Integrations', 'All categories', 'Tags', 'zigbee', 'zwave', 'energy', 'All tags', 'motion-sensor',
    'Regular', 'Moderator', '2', '6', '1', 'Reply', '1 Reply', 'Solution', 'Solved by elle_w in post #4', '9', 'likes', '214', 'views', '3', 'users',
    'system', 'Closed on Nov 13', dcClosed, '1 / 6', 'Nov 13', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dcRelated.flat(),
    'Want to read more? Browse other topics in Hardware or view latest topics.', 'Powered by',
  ].filter((t, n, all) => all.indexOf(t) === n && !dcOut.includes(t)),
};

export const HELDOUT63_F: readonly TestPage[] = [discourseTopic, phpbbTopic];
