import { links, type TestPage, texts } from './page-kit.js';
import { blueskyThread } from './pages-heldout27-b2.js';

/**
 * Held-out batch 27, file b: a Khoros (Lithium) community forum thread with an accepted solution (the brand header and nav,
 * the ":"-separated breadcrumb, "Solved" icon and page title, the opening message's author block with rank, the LRM-marked
 * date and time, "Solved! Go to Solution.", the "Accepted Solutions" box repeating the solution with "View solution in
 * original post", the "Re:" subject of each reply, labels, kudos buttons and counts, "Message n of 5", views, the options
 * menu, "Previous Topic"/"Next Topic", the "Related Content" and "Top Kudoed Authors" rail, the TrustArc banner and footer).
 */
const khTitle = 'Satellite keeps falling back to 2.4 GHz backhaul after firmware 3.8.1';
const khOp = [
  'Since my three-node Corvid Halo system updated itself to firmware 3.8.1 last week, the satellite in the upstairs office keeps ' +
    'dropping its backhaul to 2.4 GHz a few times a day. When that happens, speeds in the office fall from around 400 Mbps to under ' +
    '60, and video calls freeze until I reboot the satellite.',
  'Things I have already tried: moving the satellite a metre closer to the router, turning off band steering, and a full factory ' +
    'reset of the whole system followed by a fresh setup. None of it made a lasting difference. The system log shows “backhaul ' +
    're-evaluation: 5 GHz link below threshold” just before each drop, even though the signal indicator in the app is green.',
  'Has anyone else seen this after 3.8.1? Is there a way to force the 5 GHz backhaul?',
];
const khR1 =
  'Same here with a two-node setup. It started the day the update went in, so it’s definitely not your house. I rolled back to ' +
  '3.7.4 from the local admin page and the drops stopped, but I’d rather not stay on old firmware forever.';
const khSol1 = [
  'This is a known issue in 3.8.1. The update lowered the signal threshold the satellite uses to decide whether the 5 GHz backhaul ' +
    'is healthy, and on some channels it now treats a perfectly good link as weak, especially when the router sits on one of the ' +
    'DFS channels between 52 and 144.',
  'Until the fix ships, the workaround is to pin the router’s 5 GHz radio to a non-DFS channel:',
];
const khSolSteps = [
  'Open the Corvid app and tap Settings, then Advanced, then Wireless.',
  'Turn off Automatic channel selection for the 5 GHz band.',
  'Choose channel 36, 40, 44 or 48 and save.',
  'Reboot the satellites from the same screen so they rejoin on the new channel.',
];
const khSol2 = 'Engineering has a fix in firmware 3.8.3, which is in beta now and should reach everyone over the next two weeks.';
const khR3 =
  'That did it. I moved the router to channel 44 on Saturday and the office satellite has stayed on 5 GHz for three days ' +
  'straight. Marking this as the solution, thank you!';
const khR4 =
  'Quick update for anyone finding this thread later: firmware 3.8.3 is now rolling out to all Halo systems. Once you’re on it, ' +
  'you can switch automatic channel selection back on if you like.';
const khSolHtml = `${khSol1.map((p) => `<p>${p}</p>`).join('\n')}\n<ol>${khSolSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>\n<p>${khSol2}</p>`;
const khNav = ['Shop', 'Support', 'Community', 'Corvid App', 'Sign In'];
const khMenu = ['Mark as New', 'Bookmark', 'Subscribe', 'Mute', 'Subscribe to RSS Feed', 'Permalink', 'Print', 'Report Inappropriate Content'];
const khRelated = ['Halo satellite shows amber light after power cut', 'Best placement for a satellite on a different floor?', 'Firmware 3.8.3 release notes'];
const khTop = ['Priya_CorvidExpert', 'Corvid_Tomasz', 'mesh_mike'];
const khFoot = ['About Corvid', 'Careers', 'Privacy Notice', 'Terms of Use', 'Community Guidelines', 'Cookie Preferences'];
let khN = 0;
const msg = (user: string, rank: string, date: string, time: string, body: string, kudos: number, extra = '', cls = '') => {
  khN++;
  return `<div data-lia-message-uid="55210${30 + khN}"
class="lia-message-view-wrapper lia-js-data-messageUid-55210${30 + khN} lia-component-forums-widget-message-view-two">
<span id="U55210${30 + khN}"></span><div class="MessageView lia-message-view-forum-message lia-message-view-display lia-row-standard-unread ${cls}">
<div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-two-column-main-side"><div class="lia-quilt-row lia-quilt-row-header">
<div class="lia-message-author-avatar lia-component-author-avatar"><div class="UserAvatar lia-user-avatar lia-component-common-widget-user-avatar">
<img class="lia-user-avatar-message" title="${user}" alt="${user}"
src="/t5/image/serverpage/avatar-name/bird/avatar-theme/candy/avatar-collection/animals/avatar-display-size/message/version/2?xdesc=1.0"></div></div>
<div class="lia-message-author-username lia-component-author-username"><span class="UserName lia-user-name lia-user-rank-${rank.replace(/ /g, '-')}">
<a class="lia-link-navigation lia-page-link lia-user-name-link" style="" itemprop="url" href="/t5/user/viewprofilepage/user-id/88${khN}13"><span
class="">${user}</span></a></span></div>
<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${rank}</div>
<div class="lia-message-post-date lia-component-post-date-last-edited lia-paging-page-link lia-component-common-widget-date">
<span class="DateTime"><span class="local-date">\u200e${date}</span>\n<span class="local-time">${time}</span></span></div>
<div class="lia-message-subject lia-component-message-view-widget-subject"><div class="MessageSubject"><div class="MessageSubjectIcons ">
<h2 itemprop="name" class="message-subject"><span class="lia-message-unread"><div
class="lia-message-subject">${khN === 1 ? '' : 'Re: '}${khTitle}</div></span></h2>
</div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body">
<div itemprop="text" id="bodyDisplay_${khN}" class="lia-message-body"><div class="lia-message-body-content">
${body}
</div></div></div>${extra}</div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-image-kudos-wrapper lia-component-kudos-widget-button-version-3">
<a class="lia-link-navigation kudos-link" role="button" aria-label="Click here to give kudos to this post." href="#"><span
class="lia-button-image-kudos-icon"></span>
<span class="lia-button-image-kudos-text">Kudos</span></a><a class="lia-link-navigation kudos-count-link" href="/t5/kudos/messagepage/board-id/mesh">
<span itemprop="upvoteCount" class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">${kudos}</span></a></div>
<div class="lia-message-actions"><a class="lia-button lia-button-secondary reply-action-link" href="/t5/forums/replypage/board-id/mesh">Reply</a></div>
<div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action" id="actionMenuDropDown_${khN}"><ul
class="lia-menu-dropdown-items">${links(khMenu)}</ul></div>
<div class="lia-message-position-in-thread lia-component-position-in-thread">Message ${khN} of 5</div></div></div></div></div>`;
};
const khSolved =
  '<div class="lia-component-solution-info"><span class="lia-fa lia-fa-solved" aria-hidden="true"></span><span class="solved-label">Solved!</span> ' +
  '<a class="lia-link-navigation solution-link" href="/t5/mesh-wi-fi/satellite-keeps-falling-back/m-p/5521033#M1209">Go to Solution.</a></div>' +
  '<div class="LabelsForArticle lia-component-message-view-widget-labels"><span class="labels-title">Labels:</span><ul class="lia-list-standard-inline">' +
  '<li class="label"><a class="label-link lia-link-navigation" href="/t5/mesh-wi-fi/tkb-p/mesh/label-name/mesh%20systems">Mesh Systems</a></li>' +
  '<li class="label"><a class="label-link lia-link-navigation" href="/t5/mesh-wi-fi/tkb-p/mesh/label-name/firmware">Firmware</a></li></ul></div>';
const khAccepted = `<div class="lia-component-solutions-with-message-view lia-panel"><div class="lia-panel-heading-bar-wrapper">
<div class="lia-panel-heading-bar"><span class="lia-panel-heading-bar-title">Accepted Solutions</span></div></div>
<div class="lia-panel-content-wrapper"><div class="lia-message-view-solution"><div class="lia-solution-author"><a class="lia-user-name-link"
href="/t5/user/viewprofilepage/user-id/88313">
Priya_CorvidExpert</a></div><div class="lia-message-body-content">\n${khSolHtml}\n</div>
<a class="lia-link-navigation view-solution-link" href="/t5/mesh-wi-fi/satellite-keeps-falling-back/m-p/5521033#M1209">View solution in original
post</a></div></div></div>`;
const khMsgs = [
  msg('d_ferreira', 'New Contributor', '02-17-2026', '09:48 PM', khOp.map((p) => `<p>${p}</p>`).join('\n'), 4, khSolved, 'lia-thread-topic'),
  msg('netwrangler_ak', 'Contributor', '02-18-2026', '07:12 AM', `<p>${khR1}</p>`, 2),
  msg('Priya_CorvidExpert', 'Community Expert', '02-18-2026', '11:30 AM', khSolHtml, 37, '', 'lia-accepted-solution').replace(
    '<div class="lia-quilt-row lia-quilt-row-main">',
    '<div class="lia-quilt-row lia-quilt-row-main"><div class="custom-accepted-solution-badge">Accepted Solution</div>',
  ),
  msg('d_ferreira', 'New Contributor', '02-21-2026', '06:05 PM', `<p>${khR3}</p>`, 3),
  msg('Corvid_Tomasz', 'Corvid Moderator', '03-03-2026', '10:00 AM', `<p>${khR4}</p>`, 11),
];
const khTopRows = khTop
  .map(
    (u, i) =>
      `<tr><td class="UserColumn"><a class="lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${i}">${u}</a></td>` +
      `<td class="UserKudosCountColumn">${[58, 41, 17][i]}</td></tr>`,
  )
  .join('\n');
const khHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><title>Solved: ${khTitle} - Corvid Community</title>
<meta name="description"
content="Since my three-node Corvid Halo system updated itself to firmware 3.8.1 last week, the satellite in the upstairs office keeps">
<link rel="canonical" href="https://community.corvidnetworks.example/t5/mesh-wi-fi/satellite-keeps-falling-back/td-p/5521031">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${khTitle}","answerCount":4,
"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Priya_CorvidExpert"},"upvoteCount":37}}}</script>
<script>LITHIUM = window.LITHIUM || {}; LITHIUM.CommunityJsonObject = {"Validation":{"image.description":{"min":0,"max":1000}},"User":{"isAnonymous":true},
"Page":{"name":"ForumTopicPage","rtl":false},"Server":{"communityPrefix":"/cbpma64732"},"Activity":{"Results":[]}};</script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body lia-a11y" id="lia-body">
<div id="ForumTopicPage" class="lia-page"><center><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div
class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page lia-quilt-layout-two-column-main-side lia-top-quilt">
<div class="lia-quilt-row lia-quilt-row-header"><header class="corvid-global-header" role="banner"><a class="corvid-logo"
href="https://www.corvidnetworks.example/">
<span class="sr-only">Corvid Networks</span></a><nav class="corvid-global-nav"><ul>${links(khNav)}</ul></nav></header>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation"><ul id="list"
class="lia-list-standard-inline">
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-community" href="/">Corvid Community</a></li><li
class="lia-breadcrumb-seperator"><span class="separator">:</span></li>
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category" href="/t5/forums/ct-p/forums">Forums</a></li><li
class="lia-breadcrumb-seperator"><span class="separator">:</span></li>
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category" href="/t5/home-networking/ct-p/home">Home Networking</a></li>
<li class="lia-breadcrumb-seperator"><span class="separator">:</span></li>
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-board" href="/t5/mesh-wi-fi/bd-p/mesh">Mesh Wi-Fi</a></li>
<li class="lia-breadcrumb-seperator"><span class="separator">:</span></li><li class="lia-breadcrumb-node crumb final-crumb"><span
class="lia-link-navigation child-thread lia-link-disabled">
${khTitle}</span></li></ul></div>
<div class="lia-page-header"><h1 class="PageTitle lia-component-common-widget-page-title"><span class="lia-img-message-type-solved lia-fa-solved"
title="Solved" aria-label="Solved">
</span><span class="lia-link-navigation lia-link-disabled" aria-disabled="true" id="link_0">${khTitle}</span></h1>
<div class="lia-menu-bar lia-menu-bar-top"><a class="lia-button lia-button-primary" href="/t5/forums/replypage/board-id/mesh">Reply</a>
<div class="lia-menu-navigation-wrapper lia-menu-action"><span class="lia-js-menu-opener">Topic Options</span><ul class="lia-menu-dropdown-items">
${links(['Mark Topic as New', 'Mark Topic as Read', 'Float this Topic for Current User', 'Printer Friendly Page'])}</ul></div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-component-topic-message">${khMsgs[0]}</div>
${khAccepted}
<div class="lia-component-message-list linear-message-list message-list">${khMsgs.slice(1).join('\n')}</div>
<div class="lia-paging-full-wrapper"><a class="lia-link-navigation" href="/t5/forums/flatpage/board-id/mesh">All forum topics</a>
<a class="lia-link-navigation lia-message-nav-previous" rel="prev" href="#">Previous Topic</a> <a class="lia-link-navigation lia-message-nav-next" rel="next"
href="#">Next Topic</a></div>
<div class="lia-topic-stats"><span class="lia-message-stats-count">3,418</span> Views</div></div>
<div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right lia-quilt-column-side-content">
<div class="lia-panel lia-panel-standard RelatedContentTaplet"><div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper">
<h2 class="lia-panel-heading-bar-title">Related Content</h2></div><ul class="lia-list-standard">${links(khRelated)}</ul></div></div>
<div class="lia-panel lia-panel-standard KudosLeaderboardTaplet"><h2 class="lia-panel-heading-bar-title">Top Kudoed Authors</h2>
<table class="lia-list-slim"><thead><tr><th>User</th><th>Count</th></tr></thead><tbody>
${khTopRows}
</tbody></table></div></div></div></div></div></div></div></div></center></div>
<footer class="corvid-global-footer"><ul>${links(khFoot)}</ul><p>© 2026 Corvid Networks, Inc. All rights reserved.</p></footer>
<div id="truste-consent-track" class="truste-banner" role="dialog" aria-label="Cookie consent"><div id="truste-consent-content">
<p id="truste-consent-text">This site uses cookies and related technologies for site operation, analytics and third party advertising purposes.</p>
<div id="truste-consent-buttons"><button id="truste-consent-button" class="truste-button1">Agree and Proceed</button>
<button id="truste-show-consent" class="truste-button2">Manage Preferences</button></div></div></div>
<script>LITHIUM.Loader.runJsAttached([{"key":"js/lithium/components/KudosButton"}]);</script></body></html>`;
const khorosThread: TestPage = {
  html: khHtml,
  name: 'heldout27-khoros-accepted-solution',
  kind: 'forum',
  // the thread is its messages: the question, the four replies and the accepted solution (its steps as list items) are body;
  // the "Accepted Solutions" box repeats the solution word for word (not listed again); the page h1 is the title and each
  // reply's "Re: ..." subject is generated (furniture); posters' names and the dates and times are bylines (the LRM before
  // each date is a mark, not text); ranks, "Accepted Solution", "Solved!", "Go to Solution.", labels, kudos, "Reply",
  // the options menus, "Message n of 5", views, breadcrumbs, paging links, the rail, banner, header and footer are furniture;
  // kudos counts are left out (bare numbers)
  title: khTitle,
  headings: [],
  body: [...texts(khOp), khR1, ...texts(khSol1), ...khSolSteps, khSol2, khR3, khR4],
  bylines: [
    'd_ferreira',
    'netwrangler_ak',
    'Priya_CorvidExpert',
    'Corvid_Tomasz',
    '02-17-2026',
    '09:48 PM',
    '02-18-2026',
    '07:12 AM',
    '11:30 AM',
    '02-21-2026',
    '06:05 PM',
    '03-03-2026',
    '10:00 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvid Networks', ...khNav, 'Corvid Community', 'Forums', 'Home Networking', 'Mesh Wi-Fi', 'Reply', 'Topic Options', 'Mark Topic as New',
    'Mark Topic as Read', 'Float this Topic for Current User', 'Printer Friendly Page', 'New Contributor', 'Contributor', 'Community Expert',
    'Corvid Moderator', `Re: ${khTitle}`, 'Solved!', 'Go to Solution.', 'Labels:', 'Mesh Systems', 'Firmware', 'Accepted Solutions',
    'View solution in original post', 'Accepted Solution', 'Kudos', ...khMenu, 'Message 1 of 5', 'Message 5 of 5', 'All forum topics', 'Previous Topic',
    'Next Topic', 'Views', 'Related Content', ...khRelated, 'Top Kudoed Authors', 'User', 'Count', 'mesh_mike', ...khFoot,
    '© 2026 Corvid Networks, Inc. All rights reserved.',
    'This site uses cookies and related technologies for site operation, analytics and third party advertising purposes.', 'Agree and Proceed',
    'Manage Preferences',
  ],
};

export const HELDOUT27_B: readonly TestPage[] = [khorosThread, blueskyThread];
