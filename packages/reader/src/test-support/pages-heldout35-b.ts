import { type TestPage, texts } from './page-kit.js';
import { proboardsThread } from './pages-heldout35-b2.js';

/**
 * Held-out batch 35, file b: a vBulletin 5 topic on a motorcycle owners' forum, as saved logged out (header with the log-in
 * form, nav tabs, breadcrumbs, the topic's "Posts / Latest Activity / Photos" tabs and filter menu, posts as schema.org
 * DiscussionForumPosting items with user-info blocks (rank, join date, post count, location), "#1" counters, a bbcode quote
 * with "Originally posted by", an edit note, signatures, like counts and post controls, "Tags: None", paging, the hidden
 * dialogs, the consent bar and the "Powered by vBulletin" footer).
 */
const vbTitle = 'Rear brake dragging after fluid change (2014 NC700X DCT)';
const vbOp = [
  'Changed the rear brake fluid last weekend for the first time since I bought the bike. Used DOT 4 from a sealed bottle, bled it with ' +
    'a one-man bleeder until the fluid came through clear, no bubbles. Pedal feels firm.',
  'Problem is the rear wheel now drags. Up on the center stand I can barely turn it by hand, and after a 20 minute ride the rotor is ' +
    'hot enough that I don’t want to touch it. Before the fluid change it spun freely.',
  'Anyone had this? I didn’t touch the pads or the caliper slides, just the fluid.',
];
const vbR1 = [
  'First guess: the master cylinder is overfilled. If you topped the reservoir above the upper line, the fluid has nowhere to go when ' +
    'it heats and expands, and it pushes the pistons out. Open the cap with the bike level and take a little out with a syringe down ' +
    'to the upper mark.',
  'Second guess, since you were in there: the pedal adjuster. If the pushrod got bumped, the master piston never fully returns and ' +
    'the return port stays covered.',
];
const vbR2 = [
  'Bingo on the first one. It was filled right to the top of the reservoir, way over the line. Sucked out maybe 10 ml, let it cool, ' +
    'and the wheel spins free again.',
  'Kind of embarrassed, I filled it that high on purpose because I thought more was better.',
];
const vbR3 = [
  'Worth adding for anyone who finds this later: on the models with combined braking the rear pedal also works one piston of the ' +
    'front caliper, so if the rear has been dragging you may see the front pads wear a little faster too. Check them next time the ' +
    'wheel is off.',
];
const vbR4 = [
  'Good point Ritva. And glad it was the easy one. Mark the max line with a paint pen, it’s hard to see through that smoky reservoir ' +
    'once it has a few years on it.',
];
const vbR5 = [
  'Same thing happened to me on my 750. The dealer had overfilled it at the 8k service and it took me two weeks to figure out why my ' +
    'mileage had dropped and the rear rotor was turning blue.',
];
type VbUser = { name: string; id: number; rank: string; joined: string; posts: string; loc?: string; sig?: string };
const u = {
  wet: {
    name: 'wetgravel',
    id: 20471,
    rank: 'Member',
    joined: 'Apr 2019',
    posts: '312',
    loc: 'Asheville, NC',
    sig: '2014 NC700X DCT · Givi top box · 41k miles',
  },
  dog: { name: 'olddog_rides', id: 3318, rank: 'Senior Member', joined: 'Aug 2012', posts: '4,817', sig: 'Rule one: check the simple stuff first.' },
  rit: { name: 'Ritva K.', id: 31902, rank: 'Junior Member', joined: 'Nov 2024', posts: '27', loc: 'Duluth, MN' },
  dez: { name: 'Dez_', id: 27115, rank: 'Member', joined: 'Feb 2021', posts: '168' },
} satisfies Record<string, VbUser>;
const vbPost = (n: number, nodeId: number, who: VbUser, when: string, iso: string, text: string, likes: number, extra = ''): string => `
<li class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text${n === 1 ? ' b-post--first' : ''}" data-node-id="${nodeId}"
 itemscope itemtype="https://schema.org/DiscussionForumPosting" itemprop="${n === 1 ? 'mainEntity' : 'comment'}">
<a id="post${nodeId}" class="anchor"></a><div class="b-post__grid"><div class="b-post__arrow"></div>
<div class="b-post__userinfo"><div class="b-userinfo" data-userid="${who.id}" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="b-userinfo__details"><div class="author h-text-size--14"><strong><a href="https://www.ncriders.example/member/${who.id}-${who.name.toLowerCase()}"
 class="b-userinfo__username" itemprop="url"><span itemprop="name">${who.name}</span></a></strong></div>
<div class="b-userinfo__rank">${who.rank}</div><a href="#" class="b-avatar b-avatar--m b-avatar--thread">
<img src="https://www.ncriders.example/core/image.php?userid=${who.id}&amp;thumb=1" alt="${who.name}'s Avatar"></a></div>
<ul class="b-userinfo__additional-info-block"><li class="b-userinfo__additional-info"><label>Join Date:</label> <span>${who.joined}</span></li>
<li class="b-userinfo__additional-info"><label>Posts:</label> <span>${who.posts}</span></li>
${who.loc === undefined ? '' : `<li class="b-userinfo__additional-info"><label>Location:</label> <span>${who.loc}</span></li>`}</ul></div></div>
<div class="b-post__body"><div class="b-post__content js-post__content"><div class="b-media__body"><div class="b-post__hide-when-deleted">
<div class="b-post__timestamp"><time itemprop="dateCreated" datetime="${iso}">${when}</time></div>
<div class="b-post__count"><a href="https://www.ncriders.example/forum/tech/brakes/1188402-rear-brake-dragging?p=${nodeId}#post${nodeId}">#${n}</a></div>
<div class="js-post__content-wrapper"><div class="js-post__content-text restore h-wordwrap" itemprop="text">${text}</div></div>${extra}
${who.sig === undefined ? '' : `<div class="b-post__signature restore"><div class="h-margin-top-xs">${who.sig}</div></div>`}</div></div></div>
<div class="b-post__footer h-hide--on-preview"><ul class="h-left js-post-controls b-comment-entry__controls">
<li><a class="b-post-control js-post-control__vote" title="Like"><span class="b-icon b-icon__thumbsup"></span>
<span class="b-post-control__label">Like</span></a> <span class="votecount b-post-control__count">${likes}</span></li>
<li><a class="b-post-control js-post-control__quote" title="Quote"><span class="b-post-control__label">Quote</span></a></li>
<li><a class="b-post-control js-post-control__flag" title="Report Post"><span class="b-post-control__label">Report</span></a></li></ul></div>
</div></div></li>`;
const vbQuote = `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container b-icon \
b-icon__ldquo-l--gray"></div><div class="bbcode_postedby">Originally posted by <strong>olddog_rides</strong> <a href="#post5539120" rel="nofollow">\
<img class="inlineimg" src="/images/misc/viewpost-right.png" alt="View Post"></a></div><div class="message">First guess: the master cylinder is \
overfilled.</div></div></div></div>`;
const vbTabs = ['Home', 'Forums', 'Blogs', 'Articles', 'Garage', 'Calendar', "Today's Posts", 'Member List'];
const vbFilter = ['All Time', 'Today', 'Last Week', 'Last Month', 'Discussions only', 'Photos only', 'Videos only', 'Links only', 'Polls only'];
const vbFoot = ['Contact Us', 'Ride Reports Archive', 'Privacy Statement', 'Terms of Service', 'Go to top'];
const vbHtml = `<!DOCTYPE html>
<html id="vbulletin" lang="en-US" dir="ltr"><head><meta charset="utf-8"><base href="https://www.ncriders.example/">
<title>${vbTitle} - NC Riders Forum</title><meta name="generator" content="vBulletin 5.7.5">
<link rel="stylesheet" type="text/css" href="css.php?styleid=27&amp;td=ltr&amp;sheet=css_login.css,css_b_post.css,css_b_userinfo.css&amp;ts=1767021884">
<script type="text/javascript">if (location.hash) { document.write('<style type="text/css">a.anchor{display:none}</style>'); }
var pageData = {"baseurl":"https://www.ncriders.example","pageid":"88","channelid":"97","nodeid":"1188402","userid":"0","threadmarking":"2"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${vbTitle}","url":
"https://www.ncriders.example/forum/tech/brakes/1188402-rear-brake-dragging","author":{"@type":"Person","name":"wetgravel"}}</script></head>
<body id="vb-page-body" class="l-desktop page88 vb-page view-mode logged-out" itemscope itemtype="https://schema.org/WebPage" data-usergroupid="1"
 data-styleid="27"><div class="b-top-menu__background b-top-menu__background--sitebuilder js-top-menu-sitebuilder h-hide-on-small h-hide">
<div class="b-top-menu__container"><ul class="b-top-menu b-top-menu--sitebuilder"></ul></div></div><div id="outer-wrapper"><div id="wrapper">
<div id="header-axd" class="header-edit-box axdnum_1 h-clearfix"><div class="axd-container axd-container_header"></div></div>
<div id="header" class="noselect"><div class="header-cell header-edit-box"><div class="site-logo"><a href="https://www.ncriders.example/">
<img src="filedata/fetch?filedataid=11" data-orig-src="filedata/fetch?filedataid=11" alt="NC Riders Forum" title="NC Riders Forum"></a></div></div>
<div class="toolbar"><ul class="h-right"><li class="toolbar-login"><span class="toolbar-login-btn">Log in</span><div class="js-login-form-main h-hide">
<form action="https://www.ncriders.example/auth/login" method="post"><input type="text" name="username" placeholder="User Name">
<input type="password" name="password" placeholder="Password"><label><input type="checkbox" name="rememberme"> Remember me</label>
<button type="submit" class="js-login-button b-button b-button--primary">Log in</button><a href="lostpw" class="b-link lost-password-link">\
Forgot password or user name?</a><div class="h-text-size--11">or <a href="register" class="b-link">Sign Up</a></div></form></div></li></ul></div>
</div><nav id="channel-tabbar" class="h-clearfix noselect"><ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal">
${vbTabs.map((t, i) => `<li class="${i === 1 ? 'current section-item' : 'section-item'}"><a href="#" class="h-left navbar_${i}">${t}</a></li>`).join('')}
</ul></nav><div id="breadcrumbs" class="breadcrumbs"><ul class="h-clearfix" itemscope itemtype="https://schema.org/BreadcrumbList">
<li class="crumb ellipsis"><a href="https://www.ncriders.example/forum"><span>Forum</span></a></li>
<li class="crumb ellipsis"><a href="https://www.ncriders.example/forum/tech"><span>Tech &amp; Maintenance</span></a></li>
<li class="crumb ellipsis"><a href="https://www.ncriders.example/forum/tech/brakes"><span>Brakes, Wheels &amp; Tires</span></a></li>
<li class="crumb ellipsis"><span>${vbTitle}</span></li></ul></div>
<div class="notices-wrapper"><ul class="notices"><li class="notice restore" data-notice-id="3"><div class="notice-text">If this is your first visit, be sure \
to \
check out the FAQ by clicking the link above. You may have to register before you can post.</div></li></ul></div>
<main id="content"><div class="canvas-layout-container js-canvas-layout-container"><div class="b-module canvas-widget default-widget conversation-content-widget
 forum-conversation-content-widget widget-tabs ui-tabs" id="widget_80" data-widget-id="80"><div class="widget-header h-clearfix">
<div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">${vbTitle}</h1></div>
<div class="module-buttons"><span class="toggle-button module-button-item collapse" title="Collapse">Collapse</span></div></div>
<div class="conversation-status-messages"><div class="conversation-status-message notice h-hide"><span></span></div></div>
<div class="widget-tabs-nav h-clearfix"><ul class="ui-tabs-nav hide-on-editmode h-left"><li class="ui-tabs-active"><a href="#thread-view-tab">Posts</a></li>
<li><a href="#stream-view-tab">Latest Activity</a></li><li><a href="#media-view-tab">Photos</a></li></ul></div>
<div class="conversation-toolbar-wrapper"><div class="conversation-toolbar"><div class="toolbar-search h-left"><input type="text" class="textbox"
 placeholder="Search in topic..."><span class="b-icon b-icon__search"></span></div><div class="toolbar-filter h-left"><span>Filter</span>
<div class="filter-options-list h-hide"><div class="filter-options"><span class="filter-header">Time</span><ul>${vbFilter
  .slice(0, 4)
  .map((t) => `<li><label>${t}</label></li>`)
  .join('')}</ul></div><div class="filter-options"><span class="filter-header">Show</span><ul>${vbFilter
  .slice(4)
  .map((t) => `<li><label>${t}</label></li>`)
  .join('')}</ul></div></div></div>
<div class="pagenav-controls h-right"><span class="arrow left-arrow h-disabled" title="Previous">Previous</span><span class="pagenav-form">Page 1 of 1</span>
<span class="arrow right-arrow h-disabled" title="Next">Next</span></div></div><div class="filtered-by h-hide"><label>Filtered by:</label>
<a href="#" class="clear-all">Clear All</a></div><div class="new-posts-indicator h-hide">new posts</div></div>
<div id="thread-view-tab" class="conversation-view thread-view"><ul class="conversation-list list-container h-clearfix thread-view">
${vbPost(1, 1188402, u.wet, '01-11-2026, 07:48 PM', '2026-01-11T19:48:10', vbOp.join('<br>\n<br>\n'), 0)}
${vbPost(2, 5539120, u.dog, '01-11-2026, 08:31 PM', '2026-01-11T20:31:44', vbR1.join('<br>\n<br>\n'), 5)}
${vbPost(
  3,
  5539178,
  u.wet,
  '01-12-2026, 08:52 AM',
  '2026-01-12T08:52:03',
  `${vbQuote}${vbR2.join('<br>\n<br>\n')}`,
  2,
  '<div class="edit-info h-hide-on-small"><span class="edit-info__label">Last edited by wetgravel; 01-12-2026, 09:15 AM.</span></div>',
)}
${vbPost(4, 5539401, u.rit, '01-12-2026, 12:06 PM', '2026-01-12T12:06:55', vbR3.join(''), 7)}
${vbPost(5, 5539433, u.dog, '01-12-2026, 01:40 PM', '2026-01-12T13:40:18', vbR4.join(''), 1)}
${vbPost(6, 5540012, u.dez, '01-13-2026, 10:22 PM', '2026-01-13T22:22:30', vbR5.join(''), 3)}
</ul></div><div class="conversation-controls"><div class="b-tags">Tags: <span>None</span></div>
<div class="pagenav-controls h-right"><span class="pagenav-form">Page 1 of 1</span></div><div class="js-quickreply-container quickreply-disabled">
<span class="comments-disabled">Posting comments is disabled.</span></div></div></div></div></main></div></div>
<div id="footer"><div id="footer-tabbar" class="b-top-menu__container"><ul class="h-clearfix">${vbFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}
</ul></div><p id="footer-current-datetime">All times are GMT-5. This page was generated 3 minutes ago.</p>
<p id="footer-copyright">Powered by <a href="https://www.vbulletin.com">vBulletin®</a> Version 5.7.5<br>Copyright © 2026 MH Sub I, LLC dba vBulletin. \
All rights reserved.</p></div>
<div class="js-consent-bar consent-bar"><p>This site uses cookies to help personalise content and keep you logged in if you register.</p>
<a class="b-button b-button--primary js-consent-accept" href="#">Accept cookies</a></div>
<div id="loading-indicator" class="js-loading-indicator h-hide"><span>Working...</span></div>
<div id="alert-dialog" class="sb-dialog h-hide"><div class="dialog-content"><div class="message">Please wait a moment while we process your request.</div>
<button class="b-button">OK</button><button class="b-button">Cancel</button></div></div>
<script type="text/javascript" src="js/header-rollup-575.js"></script><script>vBulletin.ready(function(){ vBulletin.conversation.init(); });</script>
</body></html>`;
const vbulletinThread: TestPage = {
  html: vbHtml,
  name: 'heldout35-vbulletin5-thread',
  kind: 'forum',
  // the six posts are body, the quote of olddog_rides' first sentence in post #3 is in neither; names, the post times and the
  // "Last edited by" line are bylines; ranks, join dates, post counts, locations, signatures, the like counts (bare numbers, left
  // out) and controls, the notice, tabs, filter menu, paging, "Tags: None", the disabled-comments note, consent bar, hidden
  // dialogs and footer are furniture; "Home", "Forum" and "Member" are left out (the last two are words of other furniture,
  // "Home" is short and common), and so are "Time" and "Next" (words of the posts) and the "#2" post counter
  title: vbTitle,
  headings: [],
  body: texts([...vbOp, ...vbR1, ...vbR2, ...vbR3, ...vbR4, ...vbR5]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'wetgravel', '01-11-2026, 07:48 PM', 'olddog_rides', '01-11-2026, 08:31 PM', '01-12-2026, 08:52 AM', 'Last edited by wetgravel; 01-12-2026, 09:15 AM.',
    'Ritva K.', '01-12-2026, 12:06 PM', '01-12-2026, 01:40 PM', 'Dez_', '01-13-2026, 10:22 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Remember me', 'Forgot password or user name?', 'Sign Up', ...vbTabs.filter((t) => t !== 'Home'), 'Tech & Maintenance',
    'Brakes, Wheels & Tires',
    'If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to register before you can post.',
    'Collapse', 'Posts', 'Latest Activity', 'Photos', 'Filter', 'Show', ...vbFilter, 'Previous', 'Page 1 of 1', 'Filtered by:',
    'Clear All', 'new posts', 'Senior Member', 'Junior Member', 'Join Date: Apr 2019', 'Join Date: Aug 2012', 'Join Date: Nov 2024',
    'Join Date: Feb 2021', 'Posts: 312', 'Posts: 4,817', 'Posts: 27', 'Posts: 168', 'Location: Asheville, NC', 'Location: Duluth, MN', u.wet.sig,
    u.dog.sig, 'Originally posted by', 'Like', 'Quote', 'Report', 'Tags: None', 'Posting comments is disabled.', ...vbFoot,
    'All times are GMT-5. This page was generated 3 minutes ago.', 'Powered by vBulletin® Version 5.7.5',
    'Copyright © 2026 MH Sub I, LLC dba vBulletin. All rights reserved.',
    'This site uses cookies to help personalise content and keep you logged in if you register.', 'Accept cookies', 'Working...',
    'Please wait a moment while we process your request.', 'OK', 'Cancel',
  ],
};

export const HELDOUT35_B: readonly TestPage[] = [vbulletinThread, proboardsThread];
