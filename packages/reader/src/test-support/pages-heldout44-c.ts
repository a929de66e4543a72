import { type TestPage, texts } from './page-kit.js';
import { askMefi } from './pages-heldout44-c2.js';

/**
 * Held-out batch 44, file c: a thread on a WoltLab Suite 6.1 forum (WBB) for a guest (the page header with the logo, the
 * main menu, the search and "Login or register" buttons, the breadcrumb list with schema.org markup, the content header with
 * the starter's avatar, name, date and a "Solved" label, the Reply button, the post list of DiscussionForumPosting articles with
 * the author sidebar (user title badge, posts, reactions received, points), the permalink date and post number, a quote box,
 * signatures, the "Edited once" note, reaction counts, the Quote and Report Content buttons, the "Create an account or sign in"
 * box, the sidebar with thread information and similar threads, the cookie notice and the footer with "Powered by WoltLab Suite").
 */
const wlTitle = 'Zigbee door sensors drop off the network after a few days';
const wlP1 = [
  'I have eleven Zigbee door and window sensors from two different brands on a USB coordinator stick. Every few days one or two ' +
    'of them stop reporting. The battery shows 80 percent or more, and if I press the pairing button on the sensor it comes back ' +
    'immediately without re-pairing.',
  'The coordinator sits on a short USB extension cable next to the server, and my Wi-Fi router is on channel 6. The Zigbee network ' +
    'is on channel 15. It is always the sensors furthest from the coordinator that drop.',
];
const wlP2 = [
  'Battery-powered sensors are end devices: they never route, and they attach to a parent router. If that parent disappears, or ' +
    'the sensor picks a weak parent, it can sit there silently until you wake it up. How many mains-powered Zigbee devices do you ' +
    'have between the coordinator and those sensors?',
  'Channel 15 with Wi-Fi on 6 is not ideal either, those overlap a fair bit. Channel 20 or 25 would keep you clear of most routers.',
];
const wlP3 = [
  'Only two, both smart plugs in the living room. The hallway and the garage have nothing in between, so I suppose the sensors out ' +
    'there are connecting straight to the coordinator or to the plug at the far end of the house.',
];
const wlP4 = [
  'That is very likely your problem. I had the same thing in my garage and fixed it with one cheap Zigbee plug placed halfway ' +
    'along. Be careful which plugs you buy, though. A few of the cheapest models are known to be poor routers that drop children ' +
    'when they have more than a handful of them.',
  'Changing the channel will force every device to rejoin, so do the routers first and give the network a day to settle before ' +
    'you think about the channel.',
];
const wlP5 = [
  'Two more plugs placed in the hallway and the garage, and not a single drop in six days. I have left the channel as it is for ' +
    'now. Thanks to both of you.',
];
const wlQuoted = 'How many mains-powered Zigbee devices do you have between the coordinator and those sensors?';
const wlMenu = ['Dashboard', 'Forum', 'Members', 'Lexicon', 'Gallery'];
const wlCrumbs = ['Forum', 'Smart Home', 'Zigbee & Thread'];
const wlSimilar = ['Coordinator stick keeps resetting after host reboot', 'Which smart plugs are good Zigbee routers?', 'Moving from channel 11 to 25'];
const wlFoot = ['Legal Notice', 'Privacy Policy', 'Contact', 'Cookie Settings'];

interface WlUser {
  id: number;
  name: string;
  badge: string;
  posts: string;
  reactions: string;
  points: string;
}
const nord: WlUser = { id: 3318, name: 'Nordlicht', badge: 'Beginner', posts: '27', reactions: '9', points: '142' };
const tink: WlUser = { id: 41, name: 'tinkerbox', badge: 'Moderator', posts: '6,112', reactions: '3,874', points: '31,420' };
const ramona: WlUser = { id: 905, name: 'Ramona_K', badge: 'Professional', posts: '1,488', reactions: '1,021', points: '8,905' };

const u = (who: WlUser): string => `https://forum.homelab-community.example/user/${who.id}-${who.name.toLowerCase().replace(/_/g, '-')}/`;
const dt = (iso: string, label: string): string => `<woltlab-core-date-time date="${iso}" static>${label}</woltlab-core-date-time>`;
const wlPost = (
  id: number,
  n: number,
  who: WlUser,
  iso: string,
  label: string,
  body: string,
  likes: string,
  sig = '',
  note = '',
): string => `<li id="post${id}">
<article class="wbbPost message messageSidebarOrientationLeft jsClipboardObject jsMessage userOnlineGroupMarking${who.badge === 'Moderator' ? '4' : '3'}"
data-post-id="${id}" data-can-edit="0" data-can-edit-inline="0" data-is-closed="0" data-is-deleted="0" data-is-disabled="0"
data-object-id="${id}" data-object-type="com.woltlab.wbb.likeablePost" data-user-id="${who.id}"
itemid="https://forum.homelab-community.example/thread/20931/?postID=${id}#post${id}" itemscope itemtype="http://schema.org/DiscussionForumPosting">
<meta itemprop="datePublished" content="${iso}"><meta itemprop="url" content="https://forum.homelab-community.example/thread/20931/?postID=${id}#post${id}">
<meta itemprop="headline" content="${wlTitle}">
<aside role="presentation" class="messageSidebar member" itemprop="author" itemscope itemtype="http://schema.org/Person"><div class="messageAuthor">
<div class="userAvatar"><a href="${u(who)}" aria-hidden="true" tabindex="-1"><img src="https://forum.homelab-community.example/images/avatars/${who.id}.webp"
width="128" height="128" alt="" class="userAvatarImage" loading="lazy"></a></div>
<div class="messageAuthorContainer"><a href="${u(who)}" class="username userLink" data-object-id="${who.id}"
itemprop="url"><span itemprop="name">${who.name}</span></a></div>
<div class="userTitle"><span class="badge userTitleBadge${who.badge === 'Moderator' ? ' blue' : ''}">${who.badge}</span></div></div>
<div class="userCredits"><dl class="plain dataList"><dt><a href="${u(who)}#wbbPosts" class="jsTooltip"
title="Posts by ${who.name}">Posts</a></dt><dd>${who.posts}</dd>
<dt><a href="${u(who)}#likes" class="jsTooltip" title="Reactions Received by ${who.name}">Reactions Received</a></dt><dd>${who.reactions}</dd>
<dt><a href="#" class="activityPointsDisplay jsTooltip" title="Display Activity Points of ${who.name}" data-user-id="${who.id}">Points</a></dt>
<dd>${who.points}</dd></dl></div></aside>
<div class="messageContent"><header class="messageHeader"><div class="messageHeaderBox"><ul class="messageHeaderMetaData"><li>
<a href="https://forum.homelab-community.example/thread/20931/?postID=${id}#post${id}" class="permalink messagePublicationTime">${dt(iso, label)}</a></li></ul>
<ul class="messageStatus"></ul></div><ul class="messageQuickOptions"><li><button type="button" class="jsTooltip wsShareButton" title="Share" aria-label="Share">
<fa-icon size="16" name="share-nodes" solid></fa-icon></button></li><li class="wbbPostNumber"><a href="#post${id}">#${n}</a></li></ul>
<div class="messageIconContainer"></div></header><div class="messageBody"><div class="messageText" itemprop="text">${body}</div></div>
<footer class="messageFooter">${sig === '' ? '' : `<div class="messageSignature"><div><p>${sig}</p></div></div>`}
${note === '' ? '' : `<div class="messageFooterNotes"><p class="messageFooterNote wbbPostEditNote">${note}</p></div>`}
<div class="messageFooterGroup">${
  likes === ''
    ? ''
    : `<a href="#" class="reactionSummaryList jsOnly jsTooltip" data-object-type="com.woltlab.wbb.likeablePost"
data-object-id="${id}" title="List Reactions"><span class="reactionCountButton"><img src="https://forum.homelab-community.example/images/reaction/like.svg"
alt="Like" class="reactionType" data-reaction-type-id="1" width="16" height="16"> <span class="reactionCount">${likes}</span></span></a>`
}
<ul class="messageFooterButtonsExtra buttonList smallButtons jsMobileNavigationExtra"><li><a href="#" title="Report Content"
class="button jsReportPost jsTooltip">
<fa-icon size="16" name="triangle-exclamation" solid></fa-icon> <span class="invisible">Report Content</span></a></li></ul>
<ul class="messageFooterButtons buttonList smallButtons jsMobileNavigation"><li class="jsQuoteMessage" data-object-id="${id}" data-is-quoted="0">
<a href="#" title="Quote" class="button jsTooltip"><fa-icon size="16" name="quote-left" solid></fa-icon> <span class="invisible">Quote</span></a></li></ul>
</div></footer></div></article></li>`;

const wlPs = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
const wlQuote = `<blockquote class="quoteBox collapsibleBbcode jsCollapsibleBbcode"
cite="https://forum.homelab-community.example/thread/20931/?postID=118204#post118204">
<div class="quoteBoxIcon"><a href="${u(tink)}" class="userLink" data-object-id="41"
aria-hidden="true"><img src="https://forum.homelab-community.example/images/avatars/41.webp"
width="24" height="24" alt=""
class="userAvatarImage"></a></div><div class="quoteBoxTitle"><a href="https://forum.homelab-community.example/thread/20931/?postID=118204#post118204">
Quote from tinkerbox</a></div><div class="quoteBoxContent"><p>${wlQuoted}</p></div></blockquote>`;
const wlEdited = `Edited once, last by <a href="${u(nord)}" class="userLink"
data-object-id="3318">Nordlicht</a> (${dt('2025-04-15T19:02:44+02:00', 'Apr 15th 2025')}).`;

const wlHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en" data-color-scheme="light"><head><meta charset="utf-8"><title>${wlTitle} - Zigbee &amp; Thread - HomeLab Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="format-detection" content="telephone=no">
<meta property="og:site_name" content="HomeLab Community"><meta property="og:title" content="${wlTitle} - HomeLab Community">
<meta property="og:type" content="article"><link rel="canonical" href="https://forum.homelab-community.example/thread/20931-zigbee-door-sensors-drop-off/">
<link rel="stylesheet" type="text/css" href="https://forum.homelab-community.example/style/style-1.css?m=1745301122">
<script data-relocate="true">var WSC_API_URL = 'https://forum.homelab-community.example/'; var SECURITY_TOKEN = ''; var LANGUAGE_ID = 1;
var LANGUAGE_USE_INFORMAL_VARIANT = false; var TIME_NOW = 1745340212; var LAST_UPDATE_TIME = 1745301122; var ENABLE_DEBUG_MODE = false;</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${wlTitle}",
"author":{"@type":"Person","name":"Nordlicht"},
"datePublished":"2025-04-08T21:14:09+02:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
</head><body id="tpl_wbb_thread" itemscope itemtype="http://schema.org/WebPage" itemid="https://forum.homelab-community.example/thread/20931/"
data-template="thread"
data-application="wbb" data-page-id="58" data-page-identifier="com.woltlab.wbb.Thread" data-board-id="12" data-thread-id="20931" class="">
<span id="top"></span><div id="pageContainer" class="pageContainer"><div class="pageHeaderContainer"><header id="pageHeader" class="pageHeader">
<div id="pageHeaderPanel" class="pageHeaderPanel"><div class="layoutBoundary"><nav id="topMenu" class="userPanel"><ul class="userPanelItems">
<li id="userLogin"><a class="loginLink" href="https://forum.homelab-community.example/login/" rel="nofollow">Login or register</a></li></ul></nav>
<nav id="mainMenu" class="mainMenu" aria-label="Main Menu"><ol class="boxMenu">
${wlMenu
  .map(
    (t) => `<li class="${t === 'Forum' ? 'active' : ''}"
data-identifier="com.woltlab.${t.toLowerCase()}"><a href="https://forum.homelab-community.example/${t.toLowerCase()}/"
class="boxMenuLink"${t === 'Forum' ? ' aria-current="page"' : ''}><span class="boxMenuLinkTitle">${t}</span></a></li>`,
  )
  .join('\n')}</ol></nav></div></div>
<div id="pageHeaderFacade" class="pageHeaderFacade"><div class="layoutBoundary"><div id="pageHeaderLogo" class="pageHeaderLogo">
<a href="https://forum.homelab-community.example/"><img src="https://forum.homelab-community.example/images/style-1/pageLogo.svg" alt="HomeLab Community"
height="40" width="220">
</a></div><div id="pageHeaderSearch" class="pageHeaderSearch"><button type="button" class="pageHeaderSearchMobile" aria-label="Search">
<fa-icon size="32" name="magnifying-glass"></fa-icon></button><form method="post" action="https://forum.homelab-community.example/search/">
<div id="pageHeaderSearchInputContainer" class="pageHeaderSearchInputContainer"><input type="search" name="q" id="pageHeaderSearchInput"
class="pageHeaderSearchInput"
placeholder="Search …" autocomplete="off"><button type="submit" class="pageHeaderSearchInputButton button"
title="Search"><fa-icon name="magnifying-glass"></fa-icon>
</button></div></form></div></div></div></header></div>
<section id="main" class="main" role="main"><div class="layoutBoundary"><div id="content" class="content content--sidebar-right">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list" itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
${wlCrumbs
  .map(
    (t, i) => `<li class="breadcrumbs__item" title="${t.replace('&', '&amp;')}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a class="breadcrumbs__link" href="https://forum.homelab-community.example/board/${i + 1}/" itemprop="item"><span class="breadcrumbs__title" itemprop="name">
${t.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ol></nav>
<header class="contentHeader messageGroupContentHeader wbbThread" data-thread-id="20931" data-is-closed="0" data-is-deleted="0" data-is-disabled="0"
data-is-sticky="0" data-is-announcement="0"
data-is-link="0"><div class="contentHeaderIcon"><img src="https://forum.homelab-community.example/images/avatars/3318.webp"
width="64" height="64" alt="" class="userAvatarImage" loading="lazy"></div><div class="contentHeaderTitle"><h1 class="contentTitle">
<span class="badge label green jsLabelSolved">Solved</span> ${wlTitle}</h1><ul class="inlineList contentHeaderMetaData">
<li><fa-icon size="16" name="user"></fa-icon><a href="${u(nord)}" data-object-id="3318" class="userLink">Nordlicht</a></li>
<li><fa-icon size="16"
name="clock"></fa-icon><a href="https://forum.homelab-community.example/thread/20931/">${dt('2025-04-08T21:14:09+02:00', 'Apr 8th 2025')}</a></li>
</ul></div><nav class="contentHeaderNavigation"><ul><li><a href="https://forum.homelab-community.example/login/" class="button buttonPrimary">
<fa-icon size="16" name="reply"></fa-icon> <span>Reply</span></a></li></ul></nav></header>
<div class="section"><ul class="wbbThreadPostList messageList jsClipboardContainer" data-type="com.woltlab.wbb.post">
${wlPost(118197, 1, nord, '2025-04-08T21:14:09+02:00', 'Apr 8th 2025', wlPs(wlP1), '')}
${wlPost(118204, 2, tink, '2025-04-08T22:03:51+02:00', 'Apr 8th 2025', wlPs(wlP2), '6', 'Home Assistant on a Pi 5 · 84 Zigbee devices · still learning')}
${wlPost(118236, 3, nord, '2025-04-09T07:40:12+02:00', 'Apr 9th 2025', `${wlQuote}${wlPs(wlP3)}`, '')}
${wlPost(118251, 4, ramona, '2025-04-09T11:26:30+02:00', 'Apr 9th 2025', wlPs(wlP4), '4')}
${wlPost(118702, 5, nord, '2025-04-15T18:57:03+02:00', 'Apr 15th 2025', wlPs(wlP5), '2', '', wlEdited)}
</ul></div>
<section class="section jsOnly"><div class="messageGuestPrompt"><h2 class="sectionTitle">Create an account or sign in to comment</h2>
<p>You need to be a member in order to leave a comment</p><div class="messageGuestPromptButtons"><div><h3>Create an account</h3>
<p>Sign up for a new account in our community. It's easy!</p><a href="https://forum.homelab-community.example/register/"
class="button buttonPrimary">Register a new account</a>
</div><div><h3>Sign in</h3><p>Already have an account? Sign in here.</p><a href="https://forum.homelab-community.example/login/"
class="button">Sign in Now</a></div></div>
</div></section></div>
<aside class="sidebar boxesSidebarRight" aria-label="Right Sidebar"><div class="boxContainer"><section class="box"
data-box-identifier="com.woltlab.wbb.ThreadInformation">
<h2 class="boxTitle">Thread Information</h2><div class="boxContent"><dl class="plain dataList"><dt>Views</dt><dd>1,204</dd><dt>Replies</dt><dd>4</dd>
<dt>Users participated in this thread</dt><dd>3</dd></dl></div></section>
<section class="box" data-box-identifier="com.woltlab.wbb.SimilarThreads"><h2 class="boxTitle">Similar Threads</h2><div class="boxContent">
<ul class="sidebarItemList">
${wlSimilar
  .map(
    (t, i) => `<li class="box24"><div class="sidebarItemTitle"><h3>
<a href="https://forum.homelab-community.example/thread/${19000 + i * 411}/">${t}</a></h3></div></li>`,
  )
  .join('\n')}
</ul></div></section></div></aside></div></section>
<footer id="pageFooter" class="pageFooter"><div class="boxesFooter"><div class="layoutBoundary"><div class="boxContainer"><section class="box"
data-box-identifier="com.woltlab.wcf.FooterMenu">
<nav class="boxMenu">${wlFoot
  .map(
    (t) => `<a href="https://forum.homelab-community.example/${t.toLowerCase().replace(/ /g, '-')}/"
class="boxMenuLink">${t}</a>`,
  )
  .join('\n')}</nav>
</section></div></div></div><div id="pageFooterCopyright" class="pageFooterCopyright"><div class="layoutBoundary"><div class="copyright">
<a href="https://www.woltlab.com/en/" rel="nofollow">Powered by <strong>WoltLab Suite™</strong></a></div>
<div class="copyright">© 2025 HomeLab Community e.V. · Hosted in Frankfurt</div></div></div></footer></div>
<div id="cookieNotice" class="info" role="status"><div class="layoutBoundary"><p>This site uses cookies. By continuing to browse this site, you agree to our
use of cookies. <a href="https://forum.homelab-community.example/cookie-policy/">More Details</a></p><button type="button"
class="button small jsCookieNoticeClose">Close</button>
</div></div>
<script data-relocate="true">require(['Language', 'WoltLabSuite/Core/BootstrapFrontend'], function(Language, BootstrapFrontend) {
BootstrapFrontend.setup({ enableUserPopover: true }); });
</script></body></html>`;

export const woltlabThread: TestPage = {
  html: wlHtml,
  name: 'heldout44-woltlab-thread',
  kind: 'forum',
  // every post is body (the starter's follow-ups included); "Quote from tinkerbox" is the quote box's author line (byline)
  // and the quoted question is in neither list; names, post dates and the "Edited once" note are bylines; the "Solved" label,
  // user title badges, the labels of the post, reaction and point counts, post numbers, the signature, the Report Content and
  // Quote buttons, the guest prompt box, the thread information and similar threads boxes, the main menu, "Login or register",
  // the breadcrumb, the cookie notice and the footer are furniture; the breadcrumb's "Forum" is the main menu's (listed
  // once); the counts' digits are in neither list
  title: wlTitle,
  headings: [],
  body: [...texts(wlP1), ...texts(wlP2), ...texts(wlP3), ...texts(wlP4), ...texts(wlP5)],
  bylines: [
    'Nordlicht',
    'tinkerbox',
    'Ramona_K',
    'Apr 8th 2025',
    'Apr 9th 2025',
    'Apr 15th 2025',
    'Quote from tinkerbox',
    'Edited once, last by Nordlicht (Apr 15th 2025).',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login or register', ...wlMenu, 'Reply', 'Smart Home', 'Zigbee & Thread', 'Solved', 'Beginner', 'Moderator', 'Professional', 'Posts',
    'Reactions Received', 'Points', '#1', '#2', '#3', '#4', '#5', 'Report Content', 'Quote', 'Home Assistant on a Pi 5 · 84 Zigbee devices · still learning',
    'Create an account or sign in to comment', 'You need to be a member in order to leave a comment', 'Create an account',
    "Sign up for a new account in our community. It's easy!", 'Register a new account', 'Sign in', 'Already have an account? Sign in here.', 'Sign in Now',
    'Thread Information', 'Views', 'Replies', 'Users participated in this thread', 'Similar Threads', ...wlSimilar, ...wlFoot, 'Powered by WoltLab Suite™',
    '© 2025 HomeLab Community e.V. · Hosted in Frankfurt', 'This site uses cookies. By continuing to browse this site, you agree to our use of cookies.',
    'More Details', 'Close',
  ],
};

export const HELDOUT44_C: readonly TestPage[] = [woltlabThread, askMefi];
