import { links, type TestPage, texts } from './page-kit.js';
import { circlePost } from './pages-heldout62-f2.js';

/**
 * Held-out batch 62, file f: a Khoros Community (classic Lithium skin) forum thread on a broadband provider's support
 * community, as a signed-out visitor saves it (the custom header with "Sign In"/"Register", the quilt layout inside the
 * legacy center element, breadcrumbs with ":" separators, the page title, the topic message with avatar, username, rank,
 * LRM-marked date and time, "Solved! Go to Solution.", the option menu, body, labels, "Message 1 of 5", views, kudos and
 * "Reply", the "Accepted Solutions" block that repeats the solution with "View solution in original post", the replies
 * with "Re:" subjects, "In response to" lines, rank badges and "Solution" marks, "All forum topics" / "Previous Topic" /
 * "Next Topic", the side rail, the brand footer, the OneTrust banner and the LITHIUM scripts).
 */
const khTitle = '5 GHz Wi-Fi drops every evening around 8pm on the Hub 4';
const khP1 = [
  'For the past two weeks the 5 GHz network from my Hub 4 disappears almost every evening between 8 and 9pm. Devices fall back to ' +
    '2.4 GHz, which is too slow for streaming, and the 5 GHz network comes back on its own after 20 minutes or so.',
  'I have restarted the hub and done a factory reset. The broadband connection itself stays up the whole time; only the 5 GHz ' +
    'Wi-Fi goes. The hub is on firmware 4.2.17.',
  'Is anyone else seeing this, and is there a fix?',
];
const khR1 = [
  'Hi tomasz_k, thanks for the detail, especially the timing. A 5 GHz network that drops at the same time each evening and ' +
    'comes back after a while is often the radar detection of the hub at work.',
  'On some 5 GHz channels the hub must stop transmitting if it detects a weather or aviation radar signal, and it then waits ' +
    'before trying again. Evenings are also when the networks of your neighbours are busiest, which can push the hub onto those channels.',
  'Could you try setting the 5 GHz channel manually to 36, 40, 44 or 48 in the hub settings (Advanced settings, then Wireless, ' +
    'then 5 GHz)? Those channels are not subject to radar detection.',
];
const khR2 = [
  'Seconding this. Auto channel selection on the Hub 4 tends to pick channel 100 or above when the lower channels are busy, and ' +
    'those are the ones affected. Mine has been stable on 44 for a year.',
];
const khR3 = ['The hub was on channel 108. I set it to 40 on Tuesday and the 5 GHz network has stayed up every evening since. Thanks, both of you.'];
const khR4 = [
  'Great to hear it is sorted. I have marked my reply as the solution so others can find it. If it ever starts again, let us ' +
    'know here and we can check the logs of your hub remotely.',
];
const khNav = ['Community Home', 'Help & Support', 'Broadband', 'TV', 'Mobile', 'Ideas', 'Blogs'];
const khMenu = ['Mark as New', 'Bookmark', 'Subscribe', 'Mute', 'Subscribe to RSS Feed', 'Permalink', 'Print', 'Report Inappropriate Content'];
const khRelated = ['Hub 4 keeps rebooting overnight', 'Slow speeds on 5 GHz after firmware update', 'Which channel is best for 2.4 GHz?'];
const khFoot = ['About Brightwave', 'Accessibility', 'Privacy Policy', 'Cookie Policy', 'Community Guidelines', 'Terms & Conditions', '© Brightwave 2025'];

type KhMsg = {
  id: number;
  n: number;
  user: string;
  uid: number;
  rank: string;
  date: string;
  time: string;
  body: string;
  likes: number;
  to?: string;
  solution?: boolean;
};
const date = (
  m: KhMsg,
): string => `<span class="DateTime lia-message-posted-on lia-component-common-widget-date"><span class="local-date">\u200e${m.date}</span>
<span class="local-time">${m.time}</span></span>`;
const solvedIcon = '<span class="lia-img-message-type-solution lia-fa-icon" title="Solution" aria-label="Solution"></span>';
const solvedNote = `<div class="lia-message-view-accepted-solution"><div class="lia-link-navigation lia-link-disabled">Solved!</div> <a
 class="lia-link-navigation
 lia-message-jump-to-solution" href="#M10279">Go to Solution.</a></div>`;
const labels = `<div class="LabelsForArticle lia-component-labels"><span class="label-title">Labels:</span><div class="LabelsList"><ul
 class="lia-list-standard-inline">
<li class="label"><a class="label-link lia-link-navigation lia-custom-event" href="/t5/Wi-Fi-and-Home-Network/bd-p/wifi/label-name/hub 4">Hub
 4</a></li></ul></div></div>`;
const message = (m: KhMsg, topic = false): string => `<div class="lia-linear-display-message-view" id="lineardisplaymessageviewwrapper_${m.n}">
<div class="lia-message-view-wrapper lia-js-data-messageUid-${m.id} lia-component-forums-widget-message-view-two" data-lia-message-uid="${m.id}"
 id="messageview_${m.n}">
<div class="MessageView lia-message-view-forum-message lia-message-view-display lia-row-standard-unread
 ${topic ? 'lia-thread-topic lia-list-row-thread-solved' : 'lia-thread-reply'}
${m.solution === true ? 'lia-accepted-solution' : ''}"><div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-forum-message">
<div class="lia-quilt-row lia-quilt-row-message-header-top"><div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left
 lia-quilt-column-header-top-left">
<div class="lia-message-author-avatar lia-component-author-avatar lia-component-message-view-widget-author-avatar"><div class="UserAvatar lia-user-avatar"><a
 class="UserAvatar lia-link-navigation" tabindex="-1" target="_self" href="/t5/user/viewprofilepage/user-id/${m.uid}"><img class="lia-user-avatar-message"
 title="${m.user}"
 alt="${m.user}" src="/t5/image/serverpage/avatar-name/default-avatar/avatar-theme/brightwave/avatar-display-size/message/version/2"></a></div></div>
<div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-${m.rank.replace(/ /g, '-')}
 lia-component-message-view-widget-author-username"><a
 class="lia-link-navigation lia-page-link lia-user-name-link" target="_self" aria-label="View Profile of ${m.user}" itemprop="url"
 href="/t5/user/viewprofilepage/user-id/${m.uid}"><span>${m.user}</span></a></span></div>
<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${m.rank}</div></div>
<div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right lia-quilt-column-header-top-right"><div class="lia-message-post-date
 lia-component-post-date-last-edited lia-component-message-view-widget-post-date-last-edited">${date(m)}</div>
<div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action lia-component-message-view-widget-action-menu"><div class="lia-menu-navigation"><div
 class="dropdown-default-item"><a title="Show option menu" class="lia-js-menu-opener default-menu-option lia-js-click-menu lia-link-navigation"
 aria-expanded="false"
 role="button" aria-label="Show option menu" href="#"></a><div class="dropdown-positioning"><div class="dropdown-positioning-static"><ul aria-label="Dropdown
 menu items"
 role="list" class="lia-menu-dropdown-items">${links(khMenu, 'lia-menu-dropdown-item')}</ul></div></div></div></div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-message-header-bottom"><div class="lia-message-subject lia-component-message-view-widget-subject"><div
 class="MessageSubject">
<div class="MessageSubjectIcons">${m.solution === true ? solvedIcon : ''}
<h2 itemprop="name" class="message-subject"><span class="lia-message-unread lia-message-unread-windows">${
  topic
    ? khTitle
    : `Re:
 ${khTitle}`
}</span></h2></div></div></div>
${topic ? solvedNote : ''}
${
  m.to === undefined
    ? ''
    : `<div class="lia-message-reply-to lia-component-message-view-widget-in-reply-to">In response to <a class="lia-link-navigation"
 href="#M${m.id}">${m.to}</a></div>`
}</div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="text"
 id="bodyDisplay_${m.n}"
 class="lia-message-body"><div class="lia-message-body-content">${m.body}</div></div></div>
${topic ? labels : ''}
</div>
<div class="lia-quilt-row lia-quilt-row-message-footer"><div class="lia-message-footer-left"><span class="lia-message-position-in-thread">Message ${m.n} of
 5</span>
${topic ? '<span class="lia-message-views lia-component-message-view-widget-views">(2,341 Views)</span>' : ''}
<div class="lia-button-image-kudos-wrapper lia-component-kudos-widget-button-version-3"><div class="lia-button-image-kudos-count"><span class="MessageKudosCount
 lia-component-kudos-widget-message-kudos-count" itemprop="upvoteCount">${m.likes}</span><span class="lia-button-image-kudos-label
 lia-component-kudos-widget-kudos-count-label">
Like${m.likes === 1 ? '' : 's'}</span></div></div>${m.solution === true ? '<span class="lia-component-solution-info">Solution</span>' : ''}</div>
<div class="lia-message-footer-right"><span class="lia-button-wrapper lia-button-wrapper-secondary lia-component-reply-button"><a class="lia-button
 lia-button-secondary
 reply-action-link lia-action-reply" aria-label="Reply to Message" href="/t5/forums/replypage/board-id/wifi/message-id/${m.id}">Reply</a></span></div></div>
</div></div></div></div>`;
const leanne = { user: 'Leanne_BW', uid: 12, rank: 'Brightwave Moderator' };
const tom = { user: 'tomasz_k', uid: 88412, rank: 'Newbie' };
const khTopic: KhMsg = { ...tom, id: 1187734, n: 1, date: '03-08-2025', time: '08:14 PM', likes: 0, body: khP1.map((t) => `<p>${t}</p>`).join('') };
const khSolution: KhMsg = {
  ...leanne,
  id: 1187741,
  n: 2,
  date: '03-09-2025',
  time: '09:02 AM',
  likes: 6,
  solution: true,
  body: khR1.map((t) => `<p>${t}</p>`).join(''),
};
const khReplies = [
  message(khSolution),
  message({
    user: 'jd_nash',
    uid: 4511,
    rank: 'Community Expert',
    id: 1187760,
    n: 3,
    date: '03-09-2025',
    time: '12:47 PM',
    likes: 3,
    body: `<p>${khR2[0]}</p>`,
  }),
  message({ ...tom, id: 1188019, n: 4, date: '03-12-2025', time: '07:31 PM', likes: 1, to: 'Leanne_BW', body: `<p>${khR3[0]}</p>` }),
  message({ ...leanne, id: 1188102, n: 5, date: '03-13-2025', time: '10:05 AM', likes: 1, to: 'tomasz_k', body: `<p>${khR4[0]}</p>` }),
].join('\n');

const khHtml = `<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" dir="ltr" lang="en" class="no-js"><head><title>Solved: ${khTitle} - Brightwave Community</title>
<meta content="For the past two weeks the 5 GHz network from my Hub 4 disappears almost every evening between 8 and 9pm." name="description">
<meta content="width=device-width, initial-scale=1.0, user-scalable=yes" name="viewport"><link rel="canonical"
 href="https://community.brightwave.example/t5/Wi-Fi-and-Home-Network/5-GHz-Wi-Fi-drops-every-evening-around-8pm-on-the-Hub-4/td-p/1187734">
<link rel="stylesheet" href="/skins/6771404/9f3e2b7c1a4d5e6f/brightwave/desktop.css">
<script type="text/javascript" src="/t5/scripts/1A2B3C4D5E6F/lia-scripts-head-min.js"></script>
<script language="javascript" type="text/javascript"><!--
LITHIUM.PrefetchData = {"Components":{},"commonResults":{}};LITHIUM.DEBUG = false;LITHIUM.CommunityJsonObject = {"Validation":{"image.description":{"min":0,
"max":1000}},
"User":{"settings":{"layout.friendly_dates_enabled":false},"isAnonymous":true,"policies":{"forums.action.message-view.batch-messages.allow":false}}};
//--></script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body lia-a11y" id="lia-body">
<div id="BC9-1187734" class="ServiceNodeInfoHeader"></div>
<div class="lia-page"><center><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page lia-quilt-layout-two-column-main-side lia-top-quilt">
<div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-common-header">
<div class="custom-brightwave-header"><a class="brightwave-logo" href="https://www.brightwave.example"><img src="/html/assets/brightwave-logo.svg"
 alt="Brightwave"></a>
<ul class="brightwave-nav">${links(khNav)}</ul><div class="brightwave-user"><a class="lia-link-navigation login-link lia-authentication-link"
 href="/t5/user/userloginpage">Sign
 In</a><a class="lia-link-navigation registration-link lia-authentication-link" href="/t5/user/userregistrationpage">Register</a></div>
<div class="lia-search-input-wrapper"><input type="text" placeholder="Search all content" aria-label="Search" class="lia-form-type-text lia-autocomplete-input
 search-input lia-search-input-message"></div></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation"><ul
 class="lia-list-standard-inline" role="list">
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-community lia-breadcrumb-community lia-breadcrumb-forum" href="/">Brightwave
 Community</a></li>
<li class="lia-breadcrumb-seperator crumb-community lia-breadcrumb-community lia-breadcrumb-forum" aria-hidden="true"><span class="separator">:</span></li>
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category lia-breadcrumb-category lia-breadcrumb-forum"
 href="/t5/Broadband/ct-p/broadband">Broadband</a></li>
<li class="lia-breadcrumb-seperator" aria-hidden="true"><span class="separator">:</span></li>
<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-board lia-breadcrumb-board lia-breadcrumb-forum"
 href="/t5/Wi-Fi-and-Home-Network/bd-p/wifi">Wi-Fi
 and Home Network</a></li><li class="lia-breadcrumb-seperator" aria-hidden="true"><span class="separator">:</span></li>
<li class="lia-breadcrumb-node crumb final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled"
 itemprop="name">${khTitle}</span></li></ul></div></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-page-header"><h1 class="PageTitle lia-component-common-widget-page-title"><span class="lia-link-navigation
 lia-link-disabled">${khTitle}</span></h1></div>
<div class="lia-menu-bar lia-menu-bar-top lia-component-menu-bar"><ul class="lia-list-standard-inline"><li><a class="lia-link-navigation all-forum-topics"
 href="/t5/Wi-Fi-and-Home-Network/bd-p/wifi">All forum topics</a></li><li><a class="lia-link-navigation previous-topic" href="#">Previous Topic</a></li>
<li><a class="lia-link-navigation next-topic" href="#">Next Topic</a></li></ul></div>
${message(khTopic, true)}
<div class="lia-component-accepted-solutions lia-accepted-solutions"><h2 class="lia-accepted-solutions-title">Accepted Solutions</h2><div
 class="lia-accepted-solution-item">
<div class="lia-message-author"><a href="/t5/user/viewprofilepage/user-id/12">Leanne_BW</a> <span class="lia-message-author-rank">Brightwave
 Moderator</span></div>
${date(khSolution)}<div class="lia-message-body-content">${khSolution.body}</div><a class="lia-link-navigation view-in-context" href="#M10279">View solution
 in original
 post</a></div></div>
<div class="lia-component-reply-list"><div class="lia-replies-toggle-link lia-component-message-view-widget-reply-count">4 REPLIES</div>
${khReplies}
</div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content"><div class="lia-panel lia-panel-standard RelatedContent">
<div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper"><div class="lia-panel-heading-bar"><span
 class="lia-panel-heading-bar-title">Related
 Content</span></div></div><div class="lia-panel-content"><ul class="lia-list-standard">${links(khRelated)}</ul></div></div></div>
<div class="lia-panel lia-panel-standard custom-help-panel"><h3>Need more help?</h3><p>Chat with our team from 8am to 10pm, seven days a week.</p><a
 class="lia-button
 lia-button-primary" href="https://www.brightwave.example/help/contact">Contact us</a></div></div></div></div></div></div></div></div></center></div>
<footer class="brightwave-footer"><ul>${links(khFoot)}</ul></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to
 make our
 website work, to understand how you use it and to show you relevant offers.</p></div><div id="onetrust-button-group"><button
 id="onetrust-accept-btn-handler">Accept all
</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div></div>
<script type="text/javascript">LITHIUM.Loader.runJsAttached(jQuery.extend(true, [], LITHIUM.Loader.getJsAttached()), function() {
LITHIUM.AjaxSupport({"ajaxOptionsParam":{"event":"LITHIUM:lightboxRenderComponent",
"parameters":{"componentParams":"{\\n  \\"surveyType\\" : {\\n    \\"value\\" : \\"communityexperience\\"}}"}},"tokenId":"ajax","elementSelector":"#link_6",
"action":"lightboxRenderComponent","feedbackSelector":false,"url":"https://community.brightwave.example/t5/forums/v5/forumtopicpage.link"});});</script>
</body></html>`;
const khorosThread: TestPage = {
  html: khHtml,
  name: 'heldout62-khoros-thread',
  kind: 'forum',
  // the question and the four replies are body (the moderator's solution counted once: the "Accepted Solutions" block repeats
  // it in full, in neither list); usernames, dates and times are bylines ("In response to" in neither; the names after it are
  // bylines' text); ranks, "Solved! Go to Solution.", the per-reply "Re: ..." subjects, option menus, labels, "Message n of 5",
  // views, like counts and labels, "Solution" marks, "Reply", "4 REPLIES", "Accepted Solutions", "View solution in original
  // post", topic navigation, header, breadcrumbs, side panels, footer and cookie banner are furniture; the breadcrumb's
  // "Broadband", the label "Hub 4", the nav's "Help & Support" and the "Solution" and "Reply" marks are words of the title or
  // body: left out
  title: khTitle,
  headings: [],
  body: [...texts(khP1), ...texts(khR1), ...texts(khR2), ...texts(khR3), ...texts(khR4)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'tomasz_k', 'Leanne_BW', 'jd_nash', '03-08-2025', '08:14 PM', '03-09-2025', '09:02 AM', '12:47 PM', '03-12-2025', '07:31 PM', '03-13-2025', '10:05 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...khNav.filter((t) => !['Broadband', 'Help & Support'].includes(t)), 'Sign In', 'Register', 'Brightwave Community', 'Wi-Fi and Home Network',
    'All forum topics',
    'Previous Topic', 'Next Topic', 'Newbie', 'Brightwave Moderator', 'Community Expert', ...khMenu, `Re: ${khTitle}`, 'Solved! Go to Solution.', 'Labels:',
    ...[1, 2, 3, 4, 5].map((n) => `Message ${n} of
 5`), '(2,341 Views)', 'Likes', 'Like', 'Accepted Solutions', 'View solution in original post', '4 REPLIES',
    'Related Content', ...khRelated, 'Need more help?', 'Chat with our team from 8am to 10pm, seven days a week.', 'Contact us', ...khFoot,
    'We use cookies to make our website work, to understand how you use it and to show you relevant offers.', 'Accept all', 'Reject all', 'Cookie settings',
  ],
};

export const HELDOUT62_F: readonly TestPage[] = [khorosThread, circlePost];
