import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 106, file f2: a Discourse support topic as the Ember app renders and saves it (the header with logo,
 * "Sign Up", "Log In" and search, the sidebar with its sections, the topic title with category badge and tags, posts with
 * full names, usernames, user titles, dates and the "edited" pencil, a reply that quotes the first post in an aside, a code
 * block, the post controls with like counts and "Reply", the topic map with created / last reply / replies / views / users,
 * the "Solution" marker on the accepted answer, the topic footer buttons, the "Related topics" table, and the "Powered by
 * Discourse" line).
 */
const dcTitle = 'Zigbee devices drop off the network after upgrading to 2025.11';
type DcPost = { n: number; full: string; user: string; utitle: string; date: string; ps: string[]; likes: string; quote?: string; code?: string };
const dcPosts: DcPost[] = [
  {
    n: 1,
    full: 'Kasia Wrona',
    user: 'kwrona',
    utitle: '',
    date: 'Nov 10',
    likes: '4',
    ps: [
      'Since upgrading Hearthlight from 2025.10.3 to 2025.11.0 yesterday, about half of my Zigbee devices go unavailable within an hour of ' +
        'a restart. They are all battery sensors (door contacts and two temperature sensors). Mains-powered plugs and bulbs are fine.',
      'I am using the SkyLink USB stick on a short extension cable, firmware 7.4.1. Nothing else changed. Rolling back to 2025.10.3 fixes ' +
        'it, so I am fairly sure it is the upgrade. This is what the log shows when a device drops:',
      'Has anyone else seen this? Happy to post more logs.',
    ],
    code: `2025-11-10 21:14:07 WARNING (MainThread) [zigbee.radio] Device 0x4f21 missed 3 polls, marking unavailable
2025-11-10 21:14:07 DEBUG (MainThread) [zigbee.radio] Poll interval for end devices: 3600s`,
  },
  {
    n: 2,
    full: 'Owen Mbeki',
    user: 'omb',
    utitle: 'Regular',
    date: 'Nov 10',
    likes: '2',
    quote: 'They are all battery sensors (door contacts and two temperature sensors).',
    ps: [
      'Same here, and also only battery devices. I have 14 of them and 9 dropped overnight. Interesting that your log shows a poll interval ' +
        'of an hour. On 2025.10 I am fairly sure it was much shorter.',
    ],
  },
  {
    n: 3,
    full: 'Ruth Adeyemi',
    user: 'radeyemi',
    utitle: 'Hearthlight Team',
    date: 'Nov 11',
    likes: '17',
    ps: [
      'Thanks both, that log line was the clue. 2025.11.0 changed the default end-device poll interval from 300 to 3600 seconds as part ' +
        'of a battery-saving change, but the availability check still expects a reply every 15 minutes. Sleepy devices are being marked ' +
        'unavailable even though they are fine.',
      'A fix is in 2025.11.1, which is going out today. Until you can upgrade, setting the poll interval back to 300 in the Zigbee ' +
        'integration options works around it. You do not need to re-pair anything; the devices come back on their next check-in.',
    ],
  },
  {
    n: 4,
    full: 'Kasia Wrona',
    user: 'kwrona',
    utitle: '',
    date: 'Nov 11',
    likes: '1',
    ps: ['Upgraded to 2025.11.1 this morning and everything has stayed online for eight hours. Thank you for the quick fix!'],
  },
  {
    n: 5,
    full: 'Tobiah Lund',
    user: 'tlund',
    utitle: 'Regular',
    date: 'Nov 12',
    likes: '3',
    ps: [
      'For anyone who finds this later: after upgrading I still had two door sensors showing unavailable. Pressing the button on the ' +
        'back of each one once woke it up and it reported in straight away. No re-pairing needed, as Ruth said.',
      'It might be worth a line in the release notes, since battery devices can take a long time to check in on their own.',
    ],
  },
];
const dcSide = [
  'Topics',
  'My Posts',
  'More',
  'Categories',
  'Integrations',
  'Installation',
  'Share your projects',
  'All categories',
  'Tags',
  'zigbee',
  'All tags',
];
const dcTags = ['zigbee', 'upgrade-2025-11'];
const dcRelated = [
  { t: 'Thread devices slow to respond after 2025.10 upgrade', r: '8', v: '412', a: 'Oct 22' },
  { t: 'SkyLink stick firmware 7.4.1 released', r: '23', v: '1.9k', a: 'Sep 30' },
  { t: 'Battery sensors show unavailable but still report', r: '5', v: '268', a: 'Aug 14' },
];
const dcMap = ['created', 'last reply', '4', 'replies', '612', 'views', '4', 'users', '27', 'likes'];
const dcPost = (p: DcPost): string => `<div class="topic-post clearfix${p.n === 3 ? ' accepted-answer' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${4410 + p.n}" data-topic-id="78812"
data-user-id="${p.user.length}"
class="boxed onscreen-post"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row"><div class="topic-avatar"><div
class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/community.hearthlight.example/${p.user}/96/1201_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first
full-name">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span><span class="second username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span>
${p.utitle ? `<span class="user-title">${p.utitle}</span>` : ''}</div><div class="post-infos">${
  p.n === 3
    ? '<div class="post-info edits"><button class="widget-button btn-flat pencil-edit" title="This post has been edited 1 time"><svg></svg></button></div>'
    : ''
}
<div class="post-info post-date"><a class="widget-link post-date" href="/t/zigbee-devices-drop-off/78812/${p.n}" title="Post date"><span
title="${p.date}, 2025"
data-time="1762812000000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote
    ? `<aside class="quote no-group" data-username="kwrona" data-post="1" data-topic="78812"><div class="title">
<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/community.hearthlight.example/kwrona/48/1201_2.png"
class="avatar"> kwrona:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>\n`
    : ''
}${p.ps.map((t, i) => `<p>${t}</p>${p.code && i === 1 ? `\n<pre><code class="lang-plaintext hljs">${p.code}</code></pre>` : ''}`).join('\n')}</div>
${p.n === 3 ? '<p class="solved-post-byline">Solution</p>' : ''}
<section class="post-menu-area clearfix"><nav class="post-controls collapsed-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat
button-count like-count highlight-action regular-likes" title="${p.likes} people liked this post"><span>${p.likes}</span></button><button
class="widget-button btn-flat
toggle-like like no-text btn-icon" title="like this post"><svg></svg></button></div><button class="widget-button btn-flat share no-text btn-icon"
title="copy a link to this post to clipboard"><svg></svg></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply">
<svg></svg><span class="d-button-label">Reply</span></button></div></nav></section>
${
  p.n === 1
    ? `<div class="topic-map --op"><section class="topic-map__stats"><ul class="topic-map__stats-list">${dcMap
        .map((t) => `<li class="topic-map__stat"><span class="${/\d/.test(t) ? 'number' : 'topic-map__stat-label'}">${t}</span></li>`)
        .join('')}</ul></section></div>`
    : ''
}
</div></div></div></article></div>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Zigbee devices drop off the network after upgrading to 2025.11 - Integrations - Hearthlight Community</title>
<meta name="description" content="Since upgrading Hearthlight from 2025.10.3 to 2025.11.0 yesterday, about half of my Zigbee devices go unavailable">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3b1c9a2"><meta property="og:site_name"
content="Hearthlight Community">
<meta property="og:type" content="website"><meta property="og:title" content="${dcTitle}"><link rel="canonical"
href="https://community.hearthlight.example/t/zigbee-devices-drop-off/78812">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}","datePublished":"2025-11-10T21:31:02Z",
"author":{"@type":"Person","name":"kwrona"},
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":4}]}</script>
<link href="/stylesheets/desktop_8f2a1c.css" media="all" rel="stylesheet" data-target="desktop"><script defer
src="/assets/discourse-9a1b2c3d.js"></script></head>
<body class="docs-topic category-integrations tag-zigbee archetype-regular"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><header class="d-header"><div class="wrap"><div
class="contents"><div class="header-sidebar-toggle">
<button title="Hide sidebar" aria-expanded="true" class="btn no-text btn-icon btn-flat"><svg></svg></button></div><div class="title"><a href="/"><img
src="/uploads/default/original/1X/logo.png" alt="Hearthlight Community" id="site-logo" class="logo-big"></a></div>
<div class="panel" role="navigation"><span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span
class="d-button-label">Sign Up</span>
</button><button class="btn btn-primary btn-small login-button btn-icon-text"><svg></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><button class="icon btn-flat"
aria-label="Search"><svg></svg></button></li></ul></div>
</div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
${dcSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/${t.toLowerCase().replace(/ /g, '-')}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}</div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="78812"><a
href="/t/zigbee-devices-drop-off/78812"
class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper"
href="/c/integrations/6"><span
data-category-id="6" class="badge-category --style-square"><span class="badge-category__name">Integrations</span></span></a></div><div
class="list-tags">
${dcTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`).join('')}</div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dcPosts.map(dcPost).join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text share-and-invite"><span
class="d-button-label">Share</span></button>
<button class="btn btn-icon-text bookmark"><span class="d-button-label">Bookmark</span></button><button class="btn btn-icon-text create"><span
class="d-button-label">Reply</span>
</button></div></div>
<div class="more-topics__container"><div class="more-topics__list"><h3 class="more-topics__list-title">Related topics</h3><table
class="topic-list"><thead><tr>
<th class="topic-list-data default">Topic</th><th class="topic-list-data posts">Replies</th><th class="topic-list-data views">Views</th>
<th class="topic-list-data activity">Activity</th></tr></thead><tbody>${dcRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x"
class="title raw-link raw-topic-link">${r.t}</a></td><td class="posts">${r.r}</td><td class="views">${r.v}</td><td class="activity">${r.a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></div></section></body></html>`;
export const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout106-discourse-topic',
  kind: 'forum',
  // every post is body; full names, usernames and post dates are bylines; the quoted line in the second post and the
  // log code block are in neither list; user titles, the category and tags, like counts, "Reply", the topic map, the
  // "Solution" marker, footer buttons, the related-topics table and the sidebar are furniture; table header cells of the
  // related table are in neither list
  title: dcTitle,
  headings: [],
  body: texts(dcPosts.flatMap((p) => p.ps)),
  bylines: [...dcPosts.flatMap((p) => [p.full, p.user, p.date])].filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dcSide, 'Integrations', 'upgrade-2025-11', 'Regular', 'Hearthlight Team', ...dcPosts.map((p) =>
p.likes),
    'Reply', 'created', 'last reply', 'replies', '612', 'views', 'users', '27', 'likes', 'Solution', 'Share', 'Bookmark', 'Related topics',
    ...dcRelated.flatMap((r) => [r.t, r.r, r.v, r.a]), 'Powered by Discourse',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
