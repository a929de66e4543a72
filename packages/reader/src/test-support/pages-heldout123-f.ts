import { links, type TestPage, texts } from './page-kit.js';
import { unixStackExchange } from './pages-heldout123-f2.js';

/**
 * Held-out batch 123, file f: a Spiceworks Community topic (Spiceworks runs on Discourse) as a signed-out visitor saves it
 * (the OneTrust cookie banner, the Spiceworks header with its own nav and "Log In" / "Sign Up", the Discourse sidebar, the
 * title with category badge and tags, five posts with names, pepper rank user titles, dates, "Spice up" reaction counts,
 * an "edited" pencil count, a quote, PowerShell code, the topic map, a right-rail ad slot, the "Related topics" table and the
 * custom Spiceworks footer) and, from file f2, a Unix & Linux Stack Exchange question with answers.
 */
const swTitle = 'Scheduled task works when run by hand but fails as SYSTEM';
type SwPost = { n: number; user: string; name: string; rank: string; date: string; full: string; spice: string; reply?: string; edits?: string; html: string };
const swP1 = [
  "I have a PowerShell script on one of our Server 2022 boxes that copies the day's scanned invoices from a local folder to a share " +
    'on the file server and then clears the folder. If I run the scheduled task by hand while logged in, it works every time. At ' +
    '6 pm, when it runs on its own as SYSTEM, it finishes with result 0x1 and nothing is copied.',
  'The task is set to run with highest privileges. The script itself is short:',
  'Event log shows nothing useful, just that the task started and completed. What am I missing?',
];
const swP2 = [
  "Your script copies to <code>I:\\</code>. Mapped drives belong to a user's logon session, and SYSTEM doesn't have yours, so as " +
    'far as the task is concerned there is no I: drive. Use the UNC path instead.',
  'Once you do that, keep in mind that SYSTEM reaches the network as the computer account. The share and the NTFS permissions on ' +
    'the file server need to allow <code>YOURDOMAIN\\SERVERNAME$</code>, not just the scanning group.',
];
const swP3 = [
  "Also check the \u201cStart in\u201d field on the action. If it's empty, the task starts in C:\\Windows\\System32, and any relative path in " +
    "the script points somewhere you don't expect.",
  'For this kind of thing I always add <code>Start-Transcript</code> at the top of the script with a log file in C:\\Logs. Then ' +
    'you get the real error instead of 0x1.',
];
const swQuote = "Mapped drives belong to a user's logon session, and SYSTEM doesn't have yours";
const swP4 = [
  'That was it, or at least the first half. Switched to the UNC path and added a transcript as suggested, and the next run failed ' +
    'with access denied on the share, which at least was an honest error.',
  "Gave the server's computer account modify rights on the share and the folder, and tonight's run copied all 214 files and " +
    'cleared the folder. Thanks, both of you.',
];
const swP5 = [
  "Glad it's working. If you get a chance later, consider moving the task to a group managed service account instead of SYSTEM. " +
    'Then only that account needs rights on the share, rather than everything that runs as SYSTEM on that server.',
];
const swPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const swPosts: SwPost[] = [
  {
    n: 1,
    user: 'deskside_dana',
    name: 'Dana Whitcombe',
    rank: 'Jalapeno',
    date: 'Nov 3',
    full: 'Nov 3, 2025 2:41 pm',
    spice: '2',
    edits: '1',
    html: `${swPs(swP1.slice(0, 2))}
<pre><code class="lang-powershell">$src = 'D:\\Scans\\Invoices'
Copy-Item -Path "$src\\*.pdf" -Destination 'I:\\Finance\\Invoices' -Force
Remove-Item -Path "$src\\*.pdf"</code></pre>
${swPs(swP1.slice(2))}`,
  },
  { n: 2, user: 'r.okafor', name: 'Ravi Okafor', rank: 'Thai Pepper', date: 'Nov 3', full: 'Nov 3, 2025 3:02 pm', spice: '6', html: swPs(swP2) },
  { n: 3, user: 'gutterball_it', name: 'Colm Reddan', rank: 'Habanero', date: 'Nov 3', full: 'Nov 3, 2025 3:20 pm', spice: '3', html: swPs(swP3) },
  {
    n: 4,
    user: 'deskside_dana',
    name: 'Dana Whitcombe',
    rank: 'Jalapeno',
    date: 'Nov 4',
    full: 'Nov 4, 2025 9:12 am',
    spice: '1',
    reply: 'r.okafor',
    html: `<aside class="quote no-group" data-username="r.okafor" data-post="2" data-topic="1189043"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/r.okafor/48/1.png" class="avatar">
r.okafor:</div><blockquote><p>${swQuote}</p></blockquote></aside>
${swPs(swP4)}`,
  },
  { n: 5, user: 'r.okafor', name: 'Ravi Okafor', rank: 'Thai Pepper', date: 'Nov 4', full: 'Nov 4, 2025 9:40 am', spice: '2', html: swPs(swP5) },
];
const swPost = (p: SwPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="5520${p.n}" data-topic-id="1189043" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true"
tabindex="-1"><img
loading="lazy" alt="" width="45" height="45" src="/user_avatar/${p.user}/90/1.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first full-name"><a
href="/u/${p.user}">${p.name}</a></span>
<span class="second username"><a href="/u/${p.user}">${p.user}</a></span><span class="user-title">${p.rank}</span></div><div class="post-infos">
${
  p.reply
    ? `<a class="reply-to-tab" href="#" aria-label="in reply to post by @${p.reply}"><img alt="" width="24" height="24" src="/user_avatar/${p.reply}/48/1.png"
class="avatar"><span>${p.reply}</span></a>`
    : ''
}${
  p.edits
    ? `<div class="post-info edits"><button class="widget-button btn-flat btn-icon-text" title="This post has been edited"><span
class="d-button-label">${p.edits}</span></button></div>`
    : ''
}<div class="post-info post-date"><a class="widget-link post-date" href="/t/1189043/${p.n}" title="Post date"><span
title="${p.full}" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${p.html}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="discourse-reactions-actions can-toggle-reaction">
<div class="discourse-reactions-counter"><div class="discourse-reactions-list"><div class="reactions"><span class="discourse-reactions-list-emoji"><img
class="emoji"
src="/images/emoji/spice_up.png" alt=":spice_up:" title="spice_up"></span></div><span class="reactions-counter">${p.spice}</span></div></div>
<div class="discourse-reactions-reaction-button" title="Spice up"><button
class="btn-toggle-reaction-like btn-icon no-text reaction-button"></button></div></div>
<button class="widget-button btn-flat post-action-menu__copy-link no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button>
</div></nav></section></div>
${
  p.n === 1
    ? `<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats">${[
        ['4', 'replies'],
        ['271', 'views'],
        ['3', 'users'],
        ['14', 'likes'],
      ]
        .map(
          ([a, b]) =>
            `<button class="btn no-text btn-flat topic-map__stat"><span class="number">${a}</span><span class="topic-map__stat-label">${b}</span></button>`,
        )
        .join('')}</div></div></section>`
    : ''
}</div></div></article></div>`;
const swCookie =
  'We and our partners use cookies to run this site, to measure how it is used and to show you relevant content and ads. Choose ' +
  '\u201cCookies Settings\u201d to decide which ones we can use.';
const swNav = ['Community', 'Research', 'IT Tools', 'Events', 'News'];
const swSide = ['Topics', 'My Posts', 'Users', 'Badges', 'Groups', 'About'];
const swCats = ['Windows', 'Networking', 'Security', 'Hardware', 'Water Cooler', 'All categories'];
const swTags = ['windows-server', 'powershell', 'task-scheduler'];
const swRelated = [
  ['Task Scheduler job runs but script does nothing', 'Windows', '8', '2.3k', 'Jun 2024'],
  ['Mapped drive not available in scheduled task', 'Windows', '5', '964', 'Feb 2025'],
  ['gMSA for scheduled tasks: worth the setup?', 'Security', '11', '1.7k', 'Sep 2025'],
];
const swFoot = ['About', 'Community Guidelines', 'Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Do Not Sell or Share My Personal Information'];
const swHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch">
<head><meta charset="utf-8"><title>${swTitle} - Windows - Spiceworks Community</title>
<meta name="description" content="I have a PowerShell script on one of our Server 2022 boxes that copies the day's scanned invoices\u2026">
<meta name="generator" content="Discourse 3.6.0.beta1 - https://github.com/discourse/discourse version 9b04d3c1">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.spiceworks.com/t/scheduled-task-works-when-run-by-hand-but-fails-as-system/1189043">
<meta property="og:site_name" content="Spiceworks Community"><meta property="og:type" content="website"><meta property="og:title" content="${swTitle}">
<link href="/stylesheets/desktop_6c2d1e.css?__ws=community.spiceworks.com" media="all" rel="stylesheet" data-target="desktop">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="2c1f7e2a-55b1-4b5a-9c0c-spiceworks"></script>
<script defer src="/assets/start-discourse-8e12aa.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${swTitle}",
"author":{"@type":"Person","name":"deskside_dana"},"datePublished":"2025-11-03T14:41:09Z","articleSection":"Windows"}</script></head>
<body class="crawler-disabled has-sidebar-page category-windows tag-windows-server archetype-regular">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container"><div id="onetrust-policy"><p id="onetrust-policy-text">${swCookie}</p></div></div><div id="onetrust-button-group-parent"><div
id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<section id="main" class="ember-application"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/">
<img src="/uploads/default/original/3X/spiceworks-logo.svg" alt="Spiceworks Community" id="site-logo" class="logo-big"></a></div></div>
<nav class="sw-header-nav" aria-label="Spiceworks"><ul class="sw-header-nav__list">${links(swNav, 'sw-header-nav__item')}</ul></nav>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-text btn-primary btn-small sign-up-button" type="button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span
class="d-button-label">Log
In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="btn no-text btn-icon icon btn-flat"
aria-label="Search" title="Search" type="button"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><ul class="sidebar-section-content">
${swSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/${t.length}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="sidebar-section-header btn-flat"><span class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content">
${swCats
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/c/${t.length}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></section></div><div id="main-outlet">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1189043"><a href="/t/scheduled-task-works-when-run-by-hand-but-fails-as-system/1189043"
class="fancy-title"><span
dir="auto">${swTitle}</span></a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/windows/2"><span
class="badge-category__name">Windows</span></a></div><div class="list-tags">${swTags
  .map(
    (t) => `<a href="/tag/${t}"
class="discourse-tag box">${t}</a>`,
  )
  .join('')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1189043"><div class="posts-wrapper"><div
class="post-stream">
${swPosts.map(swPost).join('\n')}
</div></div></section><div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a
class="start-date">Nov 3</a></div>
<div class="timeline-replies">1 / 5</div><div class="timeline-ago">Nov 4</div></div></div>
<div class="sw-rail-ad" data-ad-slot="topic-right-rail"><span class="sw-rail-ad__label">Advertisement</span><div id="ad-topic-right-rail"
style="min-height:250px"></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
${['Share', 'Bookmark', 'Flag', 'Reply']
  .map(
    (t) => `<button class="btn btn-icon-text btn-default topic-footer-button" type="button"><span
class="d-button-label">${t}</span></button>`,
  )
  .join('')}
</div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="more-topics__list"><h3 class="more-topics__list-title"><span>Related
topics</span></h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th></tr></thead><tbody>
${swRelated
  .map(
    ([
      t,
      c,
      r,
      v,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a><div class="link-bottom-line">
<span class="badge-category__name">${c}</span></div></td><td class="num posts"><span class="number">${r}</span></td><td class="num views"><span
class="number">${v}</span></td>
<td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div>
<footer class="sw-footer"><div class="sw-footer__inner"><ul class="sw-footer__links">${links(swFoot, 'sw-footer__link')}</ul>
<p class="sw-footer__copyright">\u00a9 Copyright 2006 - 2025 Spiceworks Inc.</p></div></footer></section></body></html>`;
const spiceworksTopic: TestPage = {
  html: swHtml,
  name: 'heldout123-spiceworks-discourse-forum',
  kind: 'forum',
  // every post is body; full names, usernames, the "in reply to" name and post dates are bylines; the quote in post 4 is in
  // neither list; pepper ranks, reaction and edit counts, the topic map, the ad label and the related table are furniture
  title: swTitle,
  headings: [],
  body: texts([...swP1, ...swP2, ...swP3, ...swP4, ...swP5]),
  bylines: [...new Set(swPosts.flatMap((p) => [p.name, p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    swCookie, 'Cookies Settings', 'Reject All', 'Accept All Cookies', 'Skip to main content', ...swNav, 'Sign Up', 'Log In', ...swSide, 'Categories',
    ...swCats, ...swTags, 'Jalapeno', 'Thai Pepper', 'Habanero', 'Reply', 'replies', '271', 'views', 'users', 'likes', '1 / 5', 'Advertisement', 'Share',
    'Bookmark', 'Flag', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...swRelated.flat(), ...swFoot,
'\u00a9 Copyright 2006 - 2025 Spiceworks Inc.',
  ])],
};

export const HELDOUT123_F: readonly TestPage[] = [spiceworksTopic, unixStackExchange];
