import { type TestPage, texts } from './page-kit.js';
import { redditThread } from './pages-heldout68-f2.js';

/**
 * Held-out batch 68, file f: a solved Discourse topic as the Ember app renders it (header with logo, search, sign-up and
 * log-in, the sidebar with its sections, category badges and tags, posts as articles with avatars, username and full name,
 * user title, relative dates, cooked content with a quote aside and a list, post controls with like counts and "Reply", the
 * topic map, the discourse-solved "Solved by" box quoting the answer and its "Solution" button, a closing small-action post,
 * the timeline, footer buttons with the notification level, "Suggested Topics" with its table, and the crawler noscript).
 */
const dcTitle = 'Zigbee door sensors drop off every night around 2am';
type Post = { user: string; name: string; title?: string; date: string; likes?: string; quote?: string; paras: string[]; list?: string[]; solution?: boolean };
const dcPosts: Post[] = [
  {
    user: 'ktoivonen',
    name: 'Kaisa Toivonen',
    date: 'Oct 3',
    likes: '1',
    paras: [
      'Since updating to Hearth 2025.9 last week, four of my Zigbee door sensors go unavailable every night somewhere between 1:50 ' +
        'and 2:15. They come back on their own around 7, or immediately if I open the door.',
      'Setup: Hearth OS on a Raspberry Pi 5, USB coordinator on a 1 m extension cable, 31 Zigbee devices in total. The affected ' +
        'sensors are all the same model and all on the ground floor. Mains-powered plugs and bulbs are fine.',
      'Things I have already tried:',
    ],
    list: ['re-pairing two of the sensors', 'moving the coordinator away from the USB 3 ports', 'changing the Zigbee channel from 15 to 20'],
  },
  {
    user: 'bram_dev',
    name: 'Bram Verhoeven',
    title: 'Regular',
    date: 'Oct 3',
    likes: '2',
    quote: 'They come back on their own around 7, or immediately if I open the door.',
    paras: [
      'That pattern sounds a lot like the sensors losing their parent router and only rejoining when they have something to send. ' +
        'Do you have anything on a schedule at 2am? A smart plug that turns off, an automation that cuts power to a lamp?',
    ],
  },
  {
    user: 'ktoivonen',
    name: 'Kaisa Toivonen',
    date: 'Oct 3',
    paras: [
      'Oh. Yes. There is a “night mode” automation at 1:45 that switches off the plugs for the TV, the aquarium lights and the ' + 'hallway lamp.',
      'The hallway lamp plug is the one closest to the front door. I bet the sensors were routing through it.',
    ],
  },
  {
    user: 'mfernandes',
    name: 'Marta Fernandes',
    title: 'Zigbee Wrangler',
    date: 'Oct 3',
    likes: '4',
    solution: true,
    paras: [
      'That would explain it. Battery-powered end devices pick a parent router when they join and stick with it. If the router ' +
        'loses power, the sensor has to notice and search for a new parent, which some models only do when they wake up to report a change.',
      'Two options: either leave that plug powered and switch the lamp in software only (most plugs can turn off their output ' +
        'without dropping off the mesh), or add a mains-powered router near the door that never switches off, so the sensors have ' +
        'somewhere else to go.',
      'You can check the current routes under <strong>Settings → Zigbee → Network map</strong>. Sensors that hang off a switched ' +
        'plug will show a single line to it.',
    ],
  },
  {
    user: 'ktoivonen',
    name: 'Kaisa Toivonen',
    date: 'Oct 4',
    likes: '2',
    paras: [
      'Confirmed. I changed the automation to turn off the hallway lamp itself rather than the plug, and all four sensors stayed ' +
        'online last night for the first time in a week. Thanks both!',
    ],
  },
];
const dcClosed = 'This topic was automatically closed 7 days after the last reply. New replies are no longer allowed.';
const dcSidebar: [string, string[]][] = [
  ['Community', ['Topics', 'Users', 'Badges', 'More']],
  ['Categories', ['Announcements', 'Help', 'Integrations', 'Show and tell', 'All categories']],
  ['Tags', ['zigbee', 'z-wave', 'automations', 'All tags']],
];
const dcSuggested: [string, string, string, string, string][] = [
  ['Thermostat schedule ignores away mode after update', 'Help', '6', '241', 'Sep 28'],
  ['Best Zigbee repeaters for a stone house?', 'Help', '14', '1.2k', 'Oct 1'],
  ['Share your favourite night-time automations', 'Show and tell', '23', '2.8k', 'Sep 19'],
];
const dcMap = ['created', 'last reply', '4', 'replies', '186', 'views', '3', 'users', '9', 'likes'];
const edited = '<div class="post-info edits"><button class="widget-button btn-flat no-text btn-icon" title="Post edited"></button></div>';
const solvedButton =
  '<button class="widget-button btn-flat accepted fade-out btn-icon-text" title="this reply has been accepted as the solution">' +
  '<span class="d-button-label">Solution</span></button>';
const post = (p: Post, i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}"
aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${19204 + i}" data-user-id="${p.user.length}"
class="boxed onscreen-post${p.solution ? ' accepted-answer' : ''}">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/community.hearth.example/${p.user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username${
  p.title === 'Zigbee Wrangler' ? ' staff moderator' : ''
}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}">${p.name}</a></span>${
  p.title ? `<span class="user-title">${p.title}</span>` : ''
}</div><div class="post-infos">${i === 4 ? edited : ''}
<div class="post-info post-date"><a class="widget-link post-date" href="/t/zigbee-door-sensors-drop-off-every-night-around-2am/4821/${i + 1}"><span
class="relative-date" data-time="1759480000000" data-format="tiny">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote
    ? `<aside class="quote no-group" data-username="ktoivonen" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls"><button
aria-label="expand/collapse" class="quote-toggle btn-flat"></button></div><img alt="" width="24" height="24" src="/a.png" class="avatar"> ktoivonen:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
    : ''
}${p.paras.map((t) => `<p>${t}</p>`).join('\n')}${p.list ? `<ul>${p.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div
class="actions">${p.solution ? solvedButton : ''}${
  p.likes
    ? `<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text"><span
class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this
post"></button></div>`
    : ''
}<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat
reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
${i === 0 ? solvedBox : ''}${i === 0 ? topicMap : ''}</div></div></div></article></div>`;
const solvedBox = `<aside class="quote accepted-answer" data-post="4" data-topic="4821"><div class="title"><div class="accepted-answer--solver-accepter"><div
class="accepted-answer--solver">Solved by <a href="/u/mfernandes">mfernandes</a> in <a href="#post_4">post #4</a></div></div></div><blockquote>${
  dcPosts[3]?.paras[0]
}</blockquote></aside>`;
const topicMap = `<div class="topic-map --op"><section class="topic-map__stats"><ul><li><h4 role="presentation">created</h4><span
class="relative-date">Oct 3</span>
</li><li><h4 role="presentation">last reply</h4><span class="relative-date">Oct 4</span></li>${[2, 4, 6, 8]
  .map((i) => `<li><span class="number">${dcMap[i]}</span> <span>${dcMap[i + 1]}</span></li>`)
  .join('')}</ul></section></div>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${dcTitle} - Help / Zigbee - Hearth Community</title>
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}","author":{"@type":"Person",
"name":"ktoivonen"},"datePublished":"2025-10-03T08:14:22Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
<link rel="preload" id="data-preloaded" data-preloaded="{&quot;currentUser&quot;:null,&quot;site&quot;:&quot;{}&quot;}"></head>
<body class="crawler-view-off docs-topic category-help-zigbee tag-zigbee tag-sensors"><section id="main" class="ember-application"><div class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo"><a href="/" title="Hearth Community"><img id="site-logo"
class="logo-big"
alt="Hearth Community" src="/uploads/logo.png"></a></div><div class="panel" role="navigation"><span class="auth-buttons"><button class="btn btn-primary
btn-small
sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><span
class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown"><a href="/search" title="search topics, posts,
users, or categories" class="icon btn-flat"></a></li><li class="hamburger-dropdown"><a href="" title="menu" class="icon
btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">${dcSidebar
  .map(
    ([h, items]) => `<div class="sidebar-section-wrapper sidebar-section"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header
sidebar-section-header-collapsable btn-transparent"><span class="sidebar-section-header-text">${h}</span></button></div><ul
class="sidebar-section-content">${items
      .map(
        (t) =>
          `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/${t.toLowerCase()}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
      )
      .join('')}</ul></div>`,
  )
  .join('\n')}<div class="sidebar-footer-wrapper"><a href="https://www.discourse.example">Powered by Discourse</a></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4821"><span class="topic-statuses"><span
title="This topic has a solution" class="topic-status --solved"></span></span><a href="/t/zigbee-door-sensors-drop-off-every-night-around-2am/4821"
class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper"><span data-category-id="5" class="badge-category">
<span class="badge-category__name">Help</span></span></span><span class="badge-category__wrapper"><span data-category-id="12" data-parent-category-id="5"
class="badge-category --has-parent"><span class="badge-category__name">Zigbee</span></span></span><div class="list-tags"><a href="/tag/zigbee"
class="discourse-tag box">zigbee</a><a href="/tag/sensors" class="discourse-tag box">sensors</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${dcPosts.map(post).join('\n')}
<div class="topic-post clearfix"><article id="post_6" class="boxed small-action onscreen-post"><div class="row"><div class="topic-avatar"></div><div
class="small-action-desc
timegap"><p class="small-action-custom-message">${dcClosed}</p></div></div></article></div></div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date">Oct 3</a>
</div><div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div
class="timeline-replies">1 / 6</div></div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Oct 11</a></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-default share btn-icon-text" title="share a link to this
topic"><span
class="d-button-label">Share</span></button><button class="btn btn-default bookmark btn-icon-text"><span class="d-button-label">Bookmark</span></button></div>
<div class="topic-notifications-button"><button class="btn btn-default"><span class="d-button-label">Normal</span></button><p class="reason"><span
class="text">You will be notified if someone mentions your @name or replies to you.</span></p></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity
num">Activity</th>
</tr></thead><tbody>${dcSuggested
  .map(
    ([
      t,
      c,
      r,
      v,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title raw-link">${t}</a><div class="link-bottom-line"><span
class="badge-category__name">${c}</span></div></td><td class="num posts">${r}</td><td class="num views">${v}</td><td class="num activity">${a}</td></tr>`,
  )
  .join('\n')}</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in Help or view latest topics.</h3></div></div>
</div></div></div></section>
<noscript data-path="/t/zigbee-door-sensors-drop-off-every-night-around-2am/4821"><footer class="container wrap"><nav class="crawler-nav"><ul><li><a
href="/">Home</a></li>
<li><a href="/categories">Categories</a></li><li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a
href="/privacy">Privacy Policy</a>
</li></ul></nav><p class="powered-by-link">Powered by Discourse, best viewed with JavaScript enabled</p></footer></noscript></body></html>`;
const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout68-discourse-topic',
  kind: 'forum',
  // every post is body (the opening post, its list and the replies); the quoted line in the second post and the "Solved by" box's
  // quote of the answer are quotes of earlier posts: in neither list ("ktoivonen:" quote head too); usernames, full names and
  // post dates are bylines; the user titles, like counts, "Reply", "Solution", the "Solved by" line, the topic map, the
  // auto-close notice (a small action, not a post), timeline, footer buttons and notification text, "Suggested Topics" with its
  // table, category badges, tags, the sidebar, header and the noscript footer are furniture; the timeline's dates repeat the
  // posts' dates (kept as bylines, once), as do the topic map's; body words left out: the like counts "1" and "2", the map's
  // "3" users and "9" likes, the category "Zigbee" and the tag "sensors"
  title: dcTitle,
  headings: [],
  body: dcPosts.flatMap((p) => [...texts(p.paras), ...(p.list ?? [])]),
  bylines: ['ktoivonen', 'Kaisa Toivonen', 'bram_dev', 'Bram Verhoeven', 'mfernandes', 'Marta Fernandes', 'Oct 3', 'Oct 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dcSidebar.flatMap(([h, items]) => [h, ...items]).filter((t) => !['Help', 'zigbee'].includes(t)), 'Powered by Discourse',
    'Help', 'Regular', 'Zigbee Wrangler', 'Solution', 'Reply', 'Solved by', 'post #4', 'created', 'last reply', '4', '186', 'replies', 'views', 'users',
    'likes', dcClosed, '1 / 6', 'Oct 11', 'Share', 'Bookmark', 'Normal', 'You will be notified if someone mentions your @name or replies to you.',
    'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dcSuggested.flatMap(([t, , r, v, a]) => [t, r, v, a]),
    'Want to read more? Browse other topics in Help or view latest topics.', 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT68_F: readonly TestPage[] = [discourseTopic, redditThread];
