import { links, type TestPage, texts } from './page-kit.js';
import { dellCommunity } from './pages-heldout170-d2.js';
import { type KMsg, kMsg } from './pages-heldout170-d3.js';

/**
 * Held-out batch 170, file d: a Cisco Community discussion (Khoros: the global header with its menus, "Sign In", the
 * breadcrumb, the topic options menu, "Solved! Go to Solution.", the topic and replies with ranks, dates, "Re:" subject
 * headings, kudos, "Mark as Solution", "Reply", the "Accepted Solution" badge and edit line, labels, previous/next topic
 * links, the right rail with a promo and "Recognize Your Peers" leaderboard, the footer and the cookie banner) and, from
 * file d2, a Dell Community thread.
 */
const board = 'switching';
const title = 'Access port keeps going err-disabled every morning around 8:30';
const msgs: KMsg[] = [
  {
    id: 5301177,
    user: 'priya.raman',
    rank: 'Beginner',
    date: '10-06-2025',
    time: '03:14 AM',
    kudos: '0',
    subject: title,
    paras: [
      `We have a stack of access switches in a small office and one port, the one feeding the reception printer, goes err-disabled almost
every weekday morning between 8:20 and 8:40. A shut and no shut brings it back and it stays up for the rest of the day.`,
      `The log says the reason is BPDU guard. Nobody admits to plugging anything else into that port, and the printer has been there for
two years. Any ideas where to look?`,
    ],
  },
  {
    id: 5301260,
    user: 'Marcus Oyelaran',
    rank: 'VIP',
    date: '10-06-2025',
    time: '05:02 AM',
    kudos: '3',
    subject: `Re: ${title}`,
    accepted: true,
    paras: [
      `BPDU guard only trips when a BPDU arrives, so something on that cable is sending spanning tree frames. The timing points at a
person, not the printer: someone arriving at reception and plugging a small switch or a docking station into the same wall point.`,
      `Check the port's neighbour details after it trips and look for a second MAC address. In my experience it is usually an unmanaged
desk switch with a laptop dock behind it, and the dock is what sends the BPDU. Leave BPDU guard on; it is doing its job.`,
    ],
    edited: 'Edited by Marcus Oyelaran on 10-06-2025 05:09 AM',
  },
  {
    id: 5301844,
    user: 'priya.raman',
    rank: 'Beginner',
    date: '10-07-2025',
    time: '09:41 AM',
    kudos: '1',
    subject: `Re: ${title}`,
    paras: [
      `You were right. The receptionist brings in a laptop each morning and plugs its dock into a little five-port switch hidden behind
the printer, which a contractor had installed to add a second phone. The dock sends the frames.`,
      `We have given reception their own port and removed the desk switch. Thank you for the quick and clear answer.`,
    ],
  },
  {
    id: 5301902,
    user: 'lteodoro',
    rank: 'Level 1',
    date: '10-07-2025',
    time: '11:20 AM',
    kudos: '0',
    subject: `Re: ${title}`,
    paras: [
      `Late to the thread, but one more thing from our side: when we audited the
other wall points afterwards we found two more small desk switches that nobody had recorded. A quick walk round with the
port list is worth an hour of anyone's time.`,
      `Same thing happened to us with a meeting room screen. Worth setting an errdisable recovery timer on access ports too, so a mistake
like this heals itself in a few minutes instead of waiting for someone to notice.`,
    ],
  },
];
const top = ['Community', 'Technology and Support', 'Partner Community', 'Events', 'Learning', 'Cisco.com'];
const crumbs = ['Cisco Community', 'Technology and Support', 'Networking', 'Switching'];
const options = [
  'Subscribe to RSS Feed',
  'Mark Topic as New',
  'Mark Topic as Read',
  'Float this Topic for Current User',
  'Bookmark',
  'Subscribe',
  'Mute',
  'Printer Friendly Page',
];
const leaders = ['Anneke Vos', 'Rafael Quintero', 'Marcus Oyelaran'];
const foot = ['Contacts', 'Feedback', 'Help', 'Site Map', 'Terms & Conditions', 'Privacy Statement', 'Cookies', 'Trademarks'];
const promo = 'Tell us about your Cisco Community experience in a two-minute survey.';
const cookie = 'We use cookies to make our site work, to analyze site usage and to personalize content and advertising.';
const html = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#" dir="ltr" class="lia-js-enabled"><head><meta charset="UTF-8"><title>${title} - Cisco Community</title>
<meta name="description" content="We have a stack of access switches in a small office and one port goes err-disabled almost every weekday morning.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="Cisco Community">
<link rel="canonical" href="https://community.cisco.com/t5/switching/access-port-keeps-going-err-disabled-every-morning/td-p/5301177">
<link rel="stylesheet" href="/skins/6771018/9a2e0c/cisco/desktop.css"><script src="/t5/scripts/ACE8F2/lia-scripts-head-min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":3,
"dateCreated":"2025-10-06T03:14:00-07:00","author":{"@type":"Person","name":"priya.raman"},"acceptedAnswer":{"@type":"Answer","upvoteCount":3,
"author":{"@type":"Person","name":"Marcus Oyelaran"}}}}</script><script async
src="https://www.cisco.com/etc/designs/cdc/fw/w/cisco-analytics.js"></script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body"><div id="ForumTopicPage" class="lia-page"><center><div
class="MinimumWidthContainer">
<div class="min-width-wrapper"><div class="min-width"><div class="lia-content"><div class="lia-quilt lia-quilt-forum-topic-page"><div
class="lia-quilt-row lia-quilt-row-header">
<header class="cisco-global-header"><a class="cisco-logo" href="https://www.cisco.com/"><span class="sr-only">Cisco</span></a><nav
class="cisco-main-nav"><ul>${links(top, 'nav-item')}
</ul></nav><div class="cisco-header-utilities"><a class="lia-link-navigation login-link" href="/t5/user/userloginpage">Sign In</a><a
class="lia-link-navigation registration-link"
href="/t5/user/registrationpage">Register</a></div></header><div class="lia-component-common-widget-breadcrumb"><ul
class="lia-list-standard-inline BreadCrumb crumb-line
lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation">${crumbs
  .map(
    (c) => `<li class="lia-breadcrumb-node crumb"><a
class="lia-link-navigation crumb-community lia-breadcrumb-community lia-breadcrumb-forum" href="/t5/${c.length}">${c}</a></li><li
class="lia-breadcrumb-seperator
crumb-community lia-breadcrumb-community lia-breadcrumb-forum"><span class="separator">&gt;</span></li>`,
  )
  .join('')}</ul></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-quilt-column-alley lia-quilt-column-alley-left"><div class="lia-thread-topic-header"><div
class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action
lia-component-thread-action-menu"><div class="lia-menu-navigation"><div class="dropdown-default-item"><a title="Show option menu" class="lia-js-menu-opener
default-menu-option
lia-js-click-menu lia-link-navigation" aria-expanded="false" role="button" href="#">Options</a><div class="dropdown-positioning"><div
class="dropdown-positioning-static">
<ul aria-label="Dropdown menu items" role="list" class="lia-menu-dropdown-items">${links(options, 'lia-menu-dropdown-item')}</ul></div></div></div></div></div>
<div class="lia-message-subject-wrapper"><h1 class="lia-message-subject-banner lia-component-forums-widget-message-subject-banner">${title}</h1>
<div class="lia-thread-solved-link"><a class="lia-link-navigation lia-accepted-solution-link" href="/t5/${board}/m-p/5301260#M5301260"><span
class="lia-img-icon-solved"></span>
Solved! Go to Solution.</a></div></div></div><div class="linear-message-list message-list">
${msgs.map((m, i) => kMsg(board, m, i === 0)).join('\n')}</div><div class="lia-component-labels"><div
class="LabelsForArticle lia-component-labels-widget-labels-list">
<span class="article-labels-title">Labels:</span><div class="LabelsList"><ul role="list" class="lia-list-standard-inline"><li class="label"><a
class="label-link lia-link-navigation"
href="/t5/switching/bd-p/5956-discussions-switching/label-name/lan%20switching">LAN Switching</a></li></ul></div></div></div>
<div class="lia-menu-bar lia-menu-bar-bottom"><a class="lia-link-navigation all-topics" href="/t5/switching/bd-p/5956-discussions-switching">All forum
topics</a>
<a class="lia-link-navigation previous-topic" href="/t5/switching/prev">Previous Topic</a><a class="lia-link-navigation next-topic"
href="/t5/switching/next">Next Topic</a>
</div></div></div><aside class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content"><div class="lia-quilt-column-alley
lia-quilt-column-alley-right"><div class="lia-panel lia-panel-standard
custom-promo"><div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper">
<div class="lia-panel-heading-bar"><span class="lia-panel-heading-bar-title">Share your feedback</span></div></div><div
class="lia-panel-content-wrapper"><p>${promo}</p>
<a class="lia-button lia-button-primary" href="https://survey.cisco.example/community">Take the survey</a></div></div></div><div
class="lia-panel lia-panel-standard
KudoedAuthorsLeaderboardTaplet"><div class="lia-panel-heading-bar-wrapper"><div class="lia-panel-heading-bar"><span
class="lia-panel-heading-bar-title">Recognize Your Peers</span>
</div></div><div class="lia-panel-content-wrapper"><ol class="lia-list-standard">${links(leaders, 'UserProfileSummary')}</ol></div></div></div></aside></div>
<footer class="cisco-footer"><ul class="footer-links">${links(foot)}</ul></footer></div></div></div></div></div></div></center></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">${cookie}
<a class="ot-cookie-policy-link" href="https://www.cisco.com/c/en/us/about/legal/privacy-full.html">Privacy Statement</a></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-reject-all-handler">Reject All</button><button
id="onetrust-pc-btn-handler">Manage
Preferences</button></div></div></div><script
src="/t5/scripts/ACE8F2/lia-scripts-common-min.js"></script><script>LITHIUM.AjaxSupport.defaultAjaxFeedbackHtml = '';</script>
</body></html>`;
const cisco: TestPage = {
  html,
  name: 'heldout170-cisco-community-khoros-forum',
  kind: 'forum',
  title,
  headings: [],
  // the replies' "Re: ..." subject h2s are furniture, not section headings
  body: texts(msgs.flatMap((m) => m.paras)),
  bylines: [
    'priya.raman',
    'Marcus Oyelaran',
    'lteodoro',
    '10-06-2025',
    '10-07-2025',
    '03:14 AM',
    '05:02 AM',
    '09:41 AM',
    '11:20 AM',
    'Edited by Marcus Oyelaran on 10-06-2025 05:09 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cisco', ...top, 'Sign In', 'Register', ...crumbs, 'Options', ...options, 'Solved! Go to Solution.', 'Beginner', 'VIP', 'Level 1', `Re: ${title}`,
    'Accepted Solution', '0', '3', '1', 'Kudos', 'Mark as Solution', 'Reply', 'Permalink', 'Print', 'Report Inappropriate Content', 'Labels:', 'LAN Switching',
    'All forum topics', 'Previous Topic', 'Next Topic', 'Share your feedback', promo, 'Take the survey', 'Recognize Your Peers', 'Anneke Vos',
'Rafael Quintero',
    ...foot, cookie, 'Accept All Cookies', 'Reject All', 'Manage Preferences',
  ],
};

export const HELDOUT170_D: readonly TestPage[] = [cisco, dellCommunity];
