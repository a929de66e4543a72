import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 158, file e2: an IT-pro forum thread on classic Khoros (the "lia" quilt markup): the community header with
 * search, "Register" and "Sign In", breadcrumbs, the "Options" menu, the topic's "Solved!" and "Go to Solution." links,
 * messages with author names, ranks, post counts, dates, kudos counts and "Reply" links, the accepted solution badge,
 * labels, the "Related threads" rail, and the footer.
 */
const kxTitle = 'Print spooler crashes on one RDS host after monthly updates';
const kxPosts: [string, string, string, string, string[]][] = [
  [
    'harbourside_it',
    'Sr. Sysadmin',
    '11-06-2025 08:14 AM',
    '2',
    [
      "We run four Remote Desktop Session Hosts on Server 2022 behind a broker. After last Tuesday's updates, the print spooler on " +
        'RDS-03 stops every twenty to thirty minutes. The other three hosts got the same updates and are fine.',
      'Event log shows the spooler faulting in a module from one of the printer drivers, a universal driver for the label printers ' +
        'in the warehouse. Users on RDS-03 lose all their printers until the service restarts. I have set the service to restart on ' +
        'failure as a stopgap, but I would like to fix it properly.',
    ],
  ],
  [
    'Mira_Castellanos',
    'IT Manager',
    '11-06-2025 09:02 AM',
    '5',
    [
      'Check whether RDS-03 has a different version of that label driver than the others. We have seen hosts pick up a newer ' +
        'package from a user redirecting a local printer, and the newer version did not play well with printer isolation.',
      'Running printui /s /t2 on each host and comparing the driver tab is the quickest way to see it.',
    ],
  ],
  [
    'harbourside_it',
    'Sr. Sysadmin',
    '11-06-2025 11:37 AM',
    '1',
    [
      'Good call. RDS-03 had version 7.4 of the driver, the others 7.1. Someone in the warehouse had connected a new label printer ' +
        'from home on Friday. I removed 7.4, set the driver to run in isolated mode and the spooler has been up for two hours.',
    ],
  ],
  [
    'dennis.okoro',
    'Contributor',
    '11-06-2025 02:20 PM',
    '1',
    [
      'To stop it happening again, set the group policy that only allows administrators to install printer drivers, and disable ' +
        'client printer redirection for the label printers if people do not need them at home.',
    ],
  ],
  [
    'Mira_Castellanos',
    'IT Manager',
    '11-06-2025 04:48 PM',
    '2',
    [
      'One more thing worth doing: keep a copy of the approved driver versions in a share and compare against it after each patch ' +
        'night. A five-line script saved us from this twice already.',
    ],
  ],
  [
    'harbourside_it',
    'Sr. Sysadmin',
    '11-07-2025 08:05 AM',
    '0',
    ["Both policies are in place now. Spooler has been stable overnight on all four hosts. Marking Mira's reply as the solution. " + 'Thanks everyone.'],
  ],
];
const kxTop = ['IT Pro Exchange', 'Community', 'Forums', 'How-tos', 'Events', 'Vendors', 'Register', 'Sign In', 'Help'];
const kxCrumbs = ['IT Pro Exchange', 'Forums', 'Windows Server', 'Print spooler crashes on one RDS host after monthly updates'];
const kxMeta = [
  'Solved!',
  'Go to Solution.',
  'Options',
  'Subscribe to RSS Feed',
  'Mark Topic as New',
  'Bookmark',
  'Subscribe',
  'Printer Friendly Page',
  'Report Inappropriate Content',
  'Reply',
  'Kudos',
  'Accepted Solution',
  'Labels:',
  'Windows Server 2022',
  'Remote Desktop',
  'Printing',
  'Posts:',
  '1,904',
  '7,220',
  '86',
  'Tags (3)',
  'All forum topics',
  'Previous Topic',
  'Next Topic',
];
const kxRail = [
  'Related threads',
  'Printers disappear after user logoff on RDS',
  'Spooler service high CPU after KB update',
  'Driver isolation for HP universal driver',
  'Top Kudoed Authors',
  'Mira_Castellanos',
  'Top Solution Authors',
];
const kxFoot = ['About', 'Community Guidelines', 'Privacy', 'Terms of Use', 'Contact Us', 'Powered by Khoros'];
const kxRank: Record<string, string> = { harbourside_it: '1,904', Mira_Castellanos: '7,220', 'dennis.okoro': '86' };
const message = ([user, rank, date, kudos, ps]: [string, string, string, string, string[]], i: number): string => `<div
class="lia-message-view-wrapper lia-js-data-messageUid-${530000 + i} lia-component-forums-widget-message-view-two" id="M${i + 1}">
<div class="MessageView lia-message-view-forum-message lia-message-view-display${i === 1 ? ' lia-accepted-solution' : ''} lia-component-message-view-widget">
<div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-one-column-message"><div class="lia-quilt-row lia-quilt-row-header">
<div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left"><div class="lia-message-author-avatar"><div class="UserAvatar lia-user-avatar">
<img class="lia-user-avatar-message" title="${user}" alt="${user}"
src="/t5/image/serverpage/avatar-name/${user}/avatar-theme/candy/avatar-collection/it/avatar-display-size/message"></div></div>
<div class="lia-message-author-with-avatar">
<span class="UserName lia-user-name lia-user-rank-${rank.replace(/\W/g, '-')} lia-component-message-view-widget-author-username">
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${4400 + i}"><span class="login-bold">${user}</span>
</a></span></div>
<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${rank}</div>
<div class="lia-message-author-post-count">${kxMeta[16]} <span class="lia-message-author-post-count-number">${kxRank[user]}</span></div></div>
<div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right"><div class="lia-message-post-date lia-component-post-date-last-edited">
<span class="DateTime"><span class="local-date">‎${date.slice(0, 10)}</span> <span class="local-time">${date.slice(11)}</span></span></div>
${i === 1 ? `<div class="lia-message-solution-badge"><span class="lia-img-message-solution-badge"></span><span>${kxMeta[11]}</span></div>` : ''}</div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body">
<div itemprop="text" id="bodyDisplay${i}"
class="lia-message-body"><div class="lia-message-body-content">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-group"><div class="lia-kudos-count-wrapper">
<span class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">
${kudos}</span> <a class="lia-button-image-kudos" href="/t5/kudos/messagepage/board-id/winserver/message-id/${i}">${kxMeta[10]}</a></div>
<a class="lia-button lia-button-secondary reply-action-link" href="/t5/forums/replypage/board-id/winserver/message-id/${i}">${kxMeta[9]}</a></div></div></div>
</div></div>`;
const kxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Solved: ${kxTitle} - IT Pro Exchange</title>
<meta name="description" content="We run four Remote Desktop Session Hosts">
<meta property="og:site_name" content="IT Pro Exchange"><meta name="generator" content="Khoros Community">
<link rel="canonical" href="https://community.itproexchange.example/t5/windows-server/print-spooler/td-p/530000">
<link rel="stylesheet" href="/skins/1933271/9e7c3a/itpro/desktop.css"><script type="text/javascript" src="/t5/scripts/8D2A5C/lia-scripts-head-min.js"></script>
<script type="text/javascript">LITHIUM.Loader.runJsAttached();</script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body">
<div class="lia-page"><center><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page"><div class="lia-quilt-row lia-quilt-row-header"><div class="custom-community-header">
<a class="brand" href="/">${kxTop[0]}</a>
<ul class="nav">${links(kxTop.slice(1, 6))}</ul><div class="search-input-wrapper">
<input class="lia-form-type-text lia-search-input-message" placeholder="Search the community"
aria-label="Search"></div><ul class="UserNavigation lia-component-common-widget-user-navigation-modern">
<li><a class="lia-link-navigation registration-link" href="/t5/user/userregistrationpage">${kxTop[6]}</a></li><li>
<a class="lia-link-navigation login-link" href="/t5/user/userloginpage">
${kxTop[7]}</a></li><li><a href="/t5/help/faqpage">${kxTop[8]}</a></li></ul></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation">
<ul id="list" class="lia-list-standard-inline">
${links(kxCrumbs, 'lia-breadcrumb-node crumb')}</ul></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-message-subject-banner lia-component-forums-widget-message-subject-banner"><div class="lia-thread-topic-solved">
<span class="lia-img-icon-solved"></span>${kxMeta[0]}
<a class="lia-link-navigation lia-solution-link" href="/t5/windows-server/print-spooler/m-p/530001#M1">${kxMeta[1]}</a></div>
<h1 class="lia-message-subject-banner lia-component-forums-widget-message-subject-banner"><span class="lia-message-subject">${kxTitle}</span></h1>
<div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action"><a class="lia-js-menu-opener default-menu-option" href="#">${kxMeta[2]}</a>
<ul class="lia-menu-dropdown-items">
${links(kxMeta.slice(3, 9))}</ul></div></div><div class="lia-component-labels"><span>${kxMeta[12]}</span>
<ul class="lia-list-standard-inline">${links(kxMeta.slice(13, 16), 'label')}</ul></div>
<div class="linear-message-list message-list">${kxPosts.map(message).join('\n')}</div><div class="lia-paging-full-wrapper">
<a href="/t5/windows-server/bd-p/winserver">${kxMeta[21]}</a>
<a href="#">${kxMeta[22]}</a> <a href="#">${kxMeta[23]}</a></div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content"><div class="lia-panel lia-panel-standard">
<h2 class="lia-panel-heading-bar-title">
${kxRail[0]}</h2><ul>${links(kxRail.slice(1, 4))}</ul></div><div class="lia-panel"><h2>${kxRail[4]}</h2><ul><li><a href="/u/1">${kxRail[5]}</a></li></ul></div>
<div class="lia-panel"><h2>${kxRail[6]}</h2><p class="lia-panel-empty">${kxMeta[20]}</p></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><footer class="custom-footer"><ul>${links(kxFoot.slice(0, 5))}</ul><p class="powered">${kxFoot[5]}</p>
</footer></div>
</div></div></div></div></div></center></div></body></html>`;
export const khorosIt: TestPage = {
  html: kxHtml,
  name: 'heldout158-khoros-it-forum-thread',
  kind: 'forum',
  // every message is body; user names and the date and time pieces are bylines; ranks, post counts, kudos, "Solved!",
  // "Go to Solution.", "Accepted Solution", labels, the options menu, rails and the footer are furniture
  title: kxTitle,
  headings: [],
  body: kxPosts.flatMap((p) => p[4]),
  bylines: ['harbourside_it', 'Mira_Castellanos', 'dennis.okoro', ...kxPosts.flatMap((p) => [p[2].slice(0, 10), p[2].slice(11)])].filter(
    (t, i, a) => a.indexOf(t) === i,
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kxTop, ...kxCrumbs.slice(2, 3), ...kxMeta, 'Sr. Sysadmin', 'IT Manager', 'Contributor', '2', '5', '1', '0',
    ...kxRail.filter((r) => r !== 'Mira_Castellanos'), ...kxFoot,
  ].filter((t, i, a) => a.indexOf(t) === i),
};
