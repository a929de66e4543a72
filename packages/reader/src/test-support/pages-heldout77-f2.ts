import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 77, file f2: a Discourse topic on a smart-home product community, saved from the rendered Ember app
 * (the header with logo, "Sign Up", "Log In" and icons, the global banner, the sidebar with "Topics", "More", the
 * "Categories" and "Tags" sections, the topic title with category badge and tags, posts with full names, handles, user
 * titles and relative dates, the accepted-answer box quoting the solution in the first post, the topic map, like counts,
 * the "Solution" button, a quote, the timeline, the footer "Reply" button, "Related topics" and "Suggested Topics"
 * tables, the "Want to read more?" line and "Powered by Discourse").
 */
interface DcPost {
  n: number;
  name: string;
  user: string;
  title?: string;
  date: string;
  full: string;
  likes?: string;
  solution?: boolean;
  html: string;
}
const dcTitle = 'Hub drops off Wi-Fi every night around 3 am';
const dc1 = [
  'Since about two weeks ago my Lumen Hub loses its Wi-Fi connection every night somewhere between 2:50 and 3:10 am. ' +
    'The automations that run at 6:30 (bedroom lights fading up) don’t fire, and in the morning the app shows the hub as ' +
    'offline until I pull the power cable and plug it back in.',
  'Hub firmware is 4.1.3, the router is a mesh system with three nodes, and the hub sits about four metres from the main ' +
    'node. Nothing else on the network seems to drop at that time.',
];
const dc2 = [
  'Does your mesh system run automatic updates or a nightly optimisation? A lot of them restart the radios in the early ' +
    'hours, and some hubs don’t reconnect cleanly if the access point they were on disappears for a minute.',
];
const dc3 = [
  'Good call. The router app has a “Nightly optimisation” switch that was on, scheduled for 3:00. I’ve attached the hub ' +
    'log from last night in case it helps.',
];
const dc4 = [
  'Thanks for the logs. The hub is doing exactly what Sam described: at 3:00 the mesh node it was connected to restarts, ' +
    'the hub tries to rejoin the same node for about five minutes, gives up, and then waits for a manual restart. That last ' +
    'step is a bug, and firmware 4.2 fixes it by retrying every few minutes indefinitely.',
  'Until 4.2 reaches your hub, either of these will work:',
];
const dc4List = [
  'Turn off the nightly optimisation on the router, or move it to a time when you have no automations.',
  'Give the hub a fixed band: in the router settings, set the hub’s device to 2.4 GHz only so it does not get steered between nodes.',
];
const dc4b = ['4.2 is rolling out in stages this week. You can check the hub’s version under Settings → Hub → About.'];
const dc5 = [
  'Turned off the optimisation and the hub has stayed online for four nights in a row. I’ll keep an eye out for 4.2. ' +
    'Marking Jonas’s answer as the solution, thanks to both of you.',
];
const dcP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dcAccepted = `<aside class="quote accepted-answer" data-post="4" data-topic="8821" data-expanded="false"><div class="title"><div
class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/jonas.lumen" data-user-card="jonas.lumen">jonas.lumen</a> in
<a href="/t/hub-drops-off-wi-fi-every-night-around-3-am/8821/4">post #4</a></div></div><div class="quote-controls"><button aria-controls="quote-id-8821-4-0"
aria-expanded="false" class="quote-toggle btn-flat" type="button"><svg class="fa d-icon d-icon-chevron-down svg-icon svg-string"></svg></button></div></div>
<blockquote id="quote-id-8821-4-0">Thanks for the logs. The hub is doing exactly what Sam described: at 3:00 the mesh node it was connected to restarts, the hub
tries to rejoin the same node for about five minutes, gives up, and then waits for a manual restart. …</blockquote></aside>`;
const dcQuote = `<aside class="quote no-group" data-username="samwise_k" data-post="2" data-topic="8821"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/community.lumenhome.com/samwise_k/48/2211_2.png" class="avatar"> samwise_k:</div>
<blockquote><p>Does your mesh system run automatic updates or a nightly optimisation?</p></blockquote></aside>`;
const dcPosts: DcPost[] = [
  { n: 1, name: 'Priya Natarajan', user: 'priya.n', date: 'Mar 3', full: 'Mar 3, 2025 7:42 am', likes: '2', html: dcP(dc1) },
  { n: 2, name: 'Sam Kowalczyk', user: 'samwise_k', title: 'Community Champion', date: 'Mar 3', full: 'Mar 3, 2025 9:15 am', likes: '3', html: dcP(dc2) },
  {
    n: 3,
    name: 'Priya Natarajan',
    user: 'priya.n',
    date: 'Mar 3',
    full: 'Mar 3, 2025 6:20 pm',
    html: `${dcQuote}\n${dcP(dc3)}\n<div class="attachment"><a class="attachment" href="/uploads/short-url/hublog.txt">hub-log-0303.txt</a> (18.2 KB)</div>`,
  },
  {
    n: 4,
    name: 'Jonas Brekke',
    user: 'jonas.lumen',
    title: 'Lumen Staff',
    date: 'Mar 4',
    full: 'Mar 4, 2025 10:05 am',
    likes: '6',
    solution: true,
    html: `${dcP(dc4)}\n<ul>\n${dc4List.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>\n${dcP(dc4b)}`,
  },
  { n: 5, name: 'Priya Natarajan', user: 'priya.n', date: 'Mar 8', full: 'Mar 8, 2025 8:30 pm', likes: '1', html: dcP(dc5) },
];
const dcSidebar = ['Topics', 'More'];
const dcCats = ['Announcements', 'Support', 'Feature Requests', 'Show and Tell', 'All categories'];
const dcTags = ['wifi', 'hub', 'firmware', 'All tags'];
const dcBanner = 'Hub firmware 4.2 is rolling out this week. Read the release notes before you update.';
const dcRelated: [string, string, string, string][] = [
  ['Hub shows offline after router reboot', '7', '412', 'Jan 2025'],
  ['Automations not running overnight', '12', '1.1k', 'Nov 2024'],
  ['Mesh Wi-Fi and the Lumen Hub: what works best?', '23', '3.4k', 'Feb 2025'],
];
const dcSuggested: [string, string, string, string][] = [
  ['Bulbs flicker when dimmed below 10%', '5', '233', 'Mar 2025'],
  ['Can the hub run on PoE?', '3', '190', 'Feb 2025'],
];
const dcPost = (p: DcPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular${p.solution ? ' accepted-answer' : ''}"
data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${40110 + p.n}" data-topic-id="8821"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}"
data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/community.lumenhome.com/${p.user}/96/1.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span><span class="second username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span>${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div><div class="post-infos"><div class="post-info
post-date"><a class="post-date" href="/t/hub-drops-off-wi-fi-every-night-around-3-am/8821/${p.n}" data-post-number="${p.n}"><span title="${p.full}"
data-time="1741000000000" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${p.html}
</div>${p.n === 1 ? dcAccepted : ''}<section class="post-menu-area clearfix"><nav class="post-controls collapsed-controls"><div class="actions">${
  p.solution
    ? `<button class="btn btn-icon-text post-action-menu__solved-accepted accepted fade-out btn-flat" title="This reply was marked as the solution"
type="button"><svg class="fa d-icon d-icon-square-check svg-icon svg-string"></svg><span class="d-button-label">Solution</span></button>`
    : ''
}<div class="double-button">${
  p.likes
    ? `<button class="btn btn-icon-text post-action-menu__like-count like-count button-count highlight-action btn-flat"
type="button"><span class="d-button-label">${p.likes}</span></button>`
    : ''
}<button class="btn no-text btn-icon post-action-menu__like toggle-like like btn-flat"
title="like this post" type="button"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"></svg></button></div><button class="btn no-text btn-icon
post-action-menu__copy-link post-action-menu__share share btn-flat" title="copy a link to this post to clipboard" type="button"><svg class="fa d-icon
d-icon-d-post-share
svg-icon svg-string"></svg></button></div></nav></section></div>${p.n === 1 ? dcMap : ''}</div></div></article></div>`;
const dcMap = `<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats"><button class="btn no-text
topic-map__likes-trigger"
type="button"><span class="number">12</span><span class="topic-map__stat-label">likes</span></button><button class="btn no-text topic-map__views-trigger"
type="button"><span class="number">318</span><span class="topic-map__stat-label">views</span></button><button class="btn no-text topic-map__users-trigger"
type="button"><span class="number">3</span><span class="topic-map__stat-label">users</span></button></div></div></section>`;
const dcRow = ([t, r, v, a]: [string, string, string, string], i: number): string => `<tr class="topic-list-item category-support" data-topic-id="${8700 + i}">
<td class="main-link clearfix topic-list-data" colspan="1"><span class="link-top-line"><a href="/t/${8700 + i}" class="title raw-link raw-topic-link"
data-topic-id="${8700 + i}">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/support/5"><span class="badge-category
--style-square" data-category-id="5"><span class="badge-category__name">Support</span></span></a></div></td>
<td class="num posts-map posts topic-list-data"><span class="number">${r}</span></td><td class="num views topic-list-data"><span class="number">${v}</span></td>
<td class="num topic-list-data age activity"><span class="relative-date">${a}</span></td></tr>`;
const dcTable = (id: string, title: string, rows: [string, string, string, string][]): string => `<div role="complementary" aria-labelledby="${id}"
class="more-topics__list"><h3 id="${id}" class="more-topics__list-title">${title}</h3><div class="topics"><table class="topic-list"><thead
class="topic-list-header">
<tr><th class="default" scope="col">Topic</th><th class="posts num" scope="col">Replies</th><th class="views num" scope="col">Views</th><th class="activity num"
scope="col">Activity</th></tr></thead><tbody class="topic-list-body">${rows.map(dcRow).join('\n')}</tbody></table></div></div>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dcTitle} - Support - Lumen Community</title>
<meta name="description" content="Since about two weeks ago my Lumen Hub loses its Wi-Fi connection every night"><meta name="generator" content="Discourse
3.4.0">
<link rel="canonical" href="https://community.lumenhome.com/t/hub-drops-off-wi-fi-every-night-around-3-am/8821"><meta property="og:site_name" content="Lumen
Community">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${dcTitle}","mainEntity":{"@type":"Question","name":"${dcTitle}",
"answerCount":4,"acceptedAnswer":{"@type":"Answer","upvoteCount":6,"author":{"@type":"Person","name":"jonas.lumen"}}}}</script>
<link href="/stylesheets/desktop_f1b3.css?__ws=community.lumenhome.com" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse.js"></script></head>
<body class="category-support docs-enabled has-sidebar-page archetype-regular anon"><section id="main" class="ember-application"><div class="ember-view">
<div class="discourse-root"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat"
aria-expanded="true"
title="Hide sidebar" type="button"></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big"
src="/uploads/lumen/logo.png" alt="Lumen Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn
btn-icon-text btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text
btn-primary
btn-small login-button" type="button"><svg class="fa d-icon d-icon-user svg-icon"></svg><span class="d-button-label">Log
In</span></button></span></div></div></div>
</header><div id="banner" class="overflow"><div id="banner-content"><div class="cooked"><p>${dcBanner}</p></div></div><button class="btn no-text btn-icon close
btn-flat" aria-label="Dismiss this banner" title="Dismiss this banner" type="button"></button></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections
sidebar-sections-anonymous"><div data-section-name="community" class="sidebar-section sidebar-section-wrapper"><ul class="sidebar-section-content">${dcSidebar
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/${t.toLowerCase()}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
${[
  ['categories', 'Categories', dcCats],
  ['tags', 'Tags', dcTags],
]
  .map(
    ([id, h, items]) => `<div data-section-name="${id}" class="sidebar-section sidebar-section-wrapper sidebar-section--expanded"><div
class="sidebar-section-header-wrapper sidebar-row"><button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent"
aria-expanded="true" title="Toggle section" type="button"><span class="sidebar-section-header-text">${h}</span></button></div><ul
class="sidebar-section-content">
${(items as string[])
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/x"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>`,
  )
  .join('\n')}</div></section></div>
<div id="main-outlet"><div class="container" id="main-container"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8821"><a
href="/t/hub-drops-off-wi-fi-every-night-around-3-am/8821" class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/support/5"><span data-category-id="5" class="badge-category --style-square"><span class="badge-category__name">Support</span></span></a><div
class="list-tags">${dcTags
  .slice(0, 3)
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="posts-wrapper"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date"
href="#">Mar 3</a></div><div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 /
5
</div><div class="timeline-ago">Mar 2025</div></div></div></div><div class="timeline-date-wrapper"><a class="now-date" href="#">Mar 8</a></div></div></div>
<div class="post-stream">${dcPosts.map(dcPost).join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to
this
topic" type="button"><svg class="fa d-icon d-icon-reply svg-icon"></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists">${dcTable('related-topics-title', 'Related topics', dcRelated)}
${dcTable('suggested-topics-title', 'Suggested Topics', dcSuggested)}</div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a
class="badge-category__wrapper" href="/c/support/5"><span class="badge-category__name">Support</span></a> or <a href="/latest">view latest
topics</a>.</h3></div>
</div></div></div><div class="powered-by-discourse"><a class="btn btn-text" href="https://discourse.org/powered-by" target="_blank" rel="noopener
noreferrer"><span
class="d-button-label">Powered by Discourse</span></a></div></div></div></section></body></html>`;
export const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout77-discourse-product-forum',
  kind: 'forum',
  // every post is body (list items of the solution too); the accepted-answer box in the first post quotes the solution
  // and, like Priya's quote of Sam's post, is in neither list; full names, handles and post dates are bylines; user
  // titles, like counts, "Solution", the attachment line, the topic map, timeline, tags, sidebar, banner and the two
  // topic tables (header cells in neither list) are furniture; "Mar 3" is a post date and the timeline's start date
  title: dcTitle,
  headings: [],
  body: [...dc1, ...dc2, ...dc3, ...dc4, ...dc4List, ...dc4b, ...dc5].flatMap((p) => texts([p])),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Priya Natarajan', 'priya.n', 'Sam Kowalczyk', 'samwise_k', 'Jonas Brekke', 'jonas.lumen', 'Mar 3', 'Mar 4', 'Mar 8',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Sign Up', 'Log In', dcBanner, ...dcSidebar, 'Categories', ...dcCats, 'Tags', ...dcTags, 'Community Champion', 'Lumen Staff',
    'Solved by jonas.lumen in post #4', 'hub-log-0303.txt (18.2 KB)', '12', 'likes', '318', 'views', 'users', '2', '6', '1', 'Solution', '1 / 5',
    'Mar 2025', 'Reply', 'Related topics', ...dcRelated.flat(), 'Suggested Topics', ...dcSuggested.flat(),
    'Want to read more? Browse other topics in Support or view latest topics.', 'Powered by Discourse',
  ])],
};
