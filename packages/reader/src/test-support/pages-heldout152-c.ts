import { type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout152-c2.js';

/**
 * Held-out batch 152, file c: a vBulletin 5 thread on a woodworking forum as a guest saves it (the header with the channel
 * tab bar and its Forums sub-menu, the toolbar with search, "Log in" and "Sign Up", the breadcrumbs, the announcement
 * widget, the conversation widget's h1 and its Posts / Latest Activity / Photos tabs, the toolbar with Reply, Filter and
 * the page navigation, posts as schema.org DiscussionForumPosting items with the user info column (user title, join date,
 * post count), "#n" counters, timestamps, <br>-separated text, a bbcode quote, "Last edited by", signatures, "Tags: None",
 * Like counts and the post controls, a "Similar Threads" widget with its own h1, the "Working..." indicator, the cookie
 * notice and the footer) and, from file c2, a XenForo 2 thread on a car enthusiasts' forum.
 */
const vbTitle = 'Bandsaw blade drifts left after fitting new tyres';
interface VbPost {
  id: string;
  user: string;
  utitle: string;
  join: string;
  posts: string;
  date: string;
  likes: string;
  segs: readonly string[];
  quote?: readonly [string, string] | undefined;
  edited?: string | undefined;
  sig?: string | undefined;
}
const vbPosts: readonly VbPost[] = [
  {
    id: '771204',
    user: 'oakandiron',
    utitle: 'Junior Member',
    join: 'Nov 2023',
    posts: '46',
    date: '04-22-2025, 09:14 AM',
    likes: '0',
    segs: [
      'I replaced the tyres on my 14 inch bandsaw last weekend. The old ones were cracked and the blade kept walking off the lower wheel. ' +
        'Since the new tyres went on, every cut drifts to the left, about 5 mm over a 600 mm rip in 25 mm oak.',
      'I have set the tracking so the blade runs in the middle of the upper wheel, reset the guides and checked that the table is square ' +
        'to the blade. Same blade as before, a 13 mm 3 tpi that was cutting straight last month.',
      'Is it normal to have to angle the fence for drift after changing tyres, or did I do something wrong when fitting them?',
    ],
    edited: 'Last edited by oakandiron; 04-22-2025, 10:02 AM.',
  },
  {
    id: '771219',
    user: 'tenonsaw_ted',
    utitle: 'Senior Member',
    join: 'Mar 2011',
    posts: '2841',
    date: '04-22-2025, 11:37 AM',
    likes: '4',
    segs: [
      'New tyres are often a touch thicker than worn ones, so the blade now sits in a different place on the crown. If you tracked it to ' +
        'the middle of the upper wheel without looking at the lower wheel, the two wheels may no longer be in the same plane.',
      'Put a straight edge across both wheel rims with the blade tensioned. If it does not touch all four points, shim one wheel until it ' +
        'does. That alone cures drift more often than anything else I know.',
    ],
    sig: 'Measure twice, cut once, swear three times.',
  },
  {
    id: '771230',
    user: 'oakandiron',
    utitle: 'Junior Member',
    join: 'Nov 2023',
    posts: '46',
    date: '04-22-2025, 06:48 PM',
    likes: '0',
    quote: ['tenonsaw_ted', 'Put a straight edge across both wheel rims with the blade tensioned.'],
    segs: [
      'Checked with a long level across both wheels and you were spot on. The lower wheel sits about 2 mm proud of the upper one at the ' +
        'front. Is a washer behind the lower wheel the usual fix?',
    ],
  },
  {
    id: '771236',
    user: 'MaggieTurns',
    utitle: 'Moderator',
    join: 'Jul 2008',
    posts: '9120',
    date: '04-22-2025, 08:05 PM',
    likes: '3',
    segs: [
      'A washer is the usual fix, yes, but check whether your saw has an adjustable upper wheel first. Mine does, and moving the upper ' +
        'wheel out is a lot easier than pulling the lower one off its shaft.',
      'Also, a 3 tpi blade that has done a month of oak is probably not as sharp as you think. A blade that has lost its set on one side ' +
        'will drift towards the sharper side however well the wheels line up.',
    ],
  },
  {
    id: '771301',
    user: 'oakandiron',
    utitle: 'Junior Member',
    join: 'Nov 2023',
    posts: '46',
    date: '04-24-2025, 07:12 PM',
    likes: '2',
    segs: [
      'Two washers behind the lower wheel and a new blade, and it now cuts within half a millimetre over the same rip. Thanks both. ' +
        'The fence is back to square and I will stop trying to chase drift with it.',
    ],
  },
];
const vbNav = ['Home', 'Forums', 'Blogs', 'Articles', 'Groups'];
const vbSub = ['New Topics', 'Today’s Posts', 'Member List', 'Calendar'];
const vbCrumbs = ['Forum', 'Machinery and Power Tools', 'Bandsaws'];
const vbAnn = ['Announcement', 'Collapse', 'No announcement yet.'];
const vbTabs = ['Posts', 'Latest Activity', 'Photos'];
const vbTool = [
  'Reply',
  'Filter',
  'Time',
  'All Time',
  'Today',
  'Last Week',
  'Last Month',
  'Show',
  'All',
  'Discussions only',
  'Photos only',
  'Previous',
  'Next',
];
const vbSimilar: [string, string, string, string, string][] = [
  ['Resawing wide boards: blade or fence?', 'Started by MaggieTurns, 02-11-2025, 04:20 PM', '6 responses', '903 views', 'Last Post by tenonsaw_ted'],
  ['Which tyres for an old 12 inch saw?', 'Started by blue_shed, 01-03-2025, 10:02 AM', '3 responses', '288 views', 'Last Post by blue_shed'],
];
const vbFoot = ['Go to top', 'Contact Us', 'Help', 'Privacy', 'Terms'];
const vbCopy = [
  'Powered by vBulletin® Version 5.7.5',
  'Copyright © 2025 MH Sub I, LLC dba vBulletin. All rights reserved.',
  'All times are GMT-5. This page was generated 12 minutes ago.',
];
const vbCookie = ['Cookies are used on this site for logging in and remembering your preferences.', 'Read our Privacy Policy', 'Accept'];
const vbPost = (p: VbPost, i: number): string => `<li data-node-id="${p.id}" class="b-post js-post js-comment-entry__parent h-restore--on-preview
b-content-entry${i === 0 ? ' b-post--first' : ''} b-post--text js-slideshow__gallery-node h-padding-xxl-top" itemscope
itemtype="http://schema.org/DiscussionForumPosting"><div class="b-post__grid"><div class="b-post__arrow"></div><div class="b-post__hide-when-deleted">
<div class="b-userinfo b-post__hide-when-deleted" data-userid="${p.posts}" itemprop="author" itemscope itemtype="http://schema.org/Person">
<div class="b-avatar b-avatar--m b-avatar--thread"><img src="/core/image.php?userid=${p.posts}&amp;thumb=1" alt="${p.user}" title="${p.user}"></div>
<div class="b-userinfo__details"><div class="author h-text-size--14"><strong><a href="/member/${p.posts}-${p.user}"
itemprop="url"><span itemprop="name">${p.user}</span>
</a></strong></div><div class="usertitle">${p.utitle}</div><ul class="b-userinfo__additional-info-block"><li class="b-userinfo__additional-info">
<label>Join Date:</label> <span>${p.join}</span></li><li class="b-userinfo__additional-info"><label>Posts:</label>
<span>${p.posts}</span></li></ul></div></div></div>
<div class="b-post__body"><div class="b-post__content js-post__content"><hr class="b-divider--section"><div class="b-media h-hide--on-preview">
<div class="b-media__img--rev"><a class="b-post__count js-show-post-link" href="/forum/machinery/bandsaws/771204-x#post${p.id}">#${i + 1}</a></div>
<div class="b-media__body">${i === 0 ? `<h2 class="b-post__title js-post-title OLD__post-title">${vbTitle}</h2>` : ''}<div class="b-post__timestamp">
<time itemprop="dateCreated" datetime="2025-04-22T09:14:00">${p.date}</time></div></div></div><div class="js-post__content-wrapper h-restore--on-preview">
<div class="b-post__content js-post__content"><div class="js-post__content-text restore h-wordwrap" itemprop="text">${
  p.quote
    ? `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray">
</div><div class="bbcode_postedby">Originally posted by <strong>${p.quote[0]}</strong> <a href="/forum/x?p=771219#post771219" rel="nofollow"><span
class="b-icon b-icon__ldquo-l--gray" title="View Post"></span></a></div><div class="message">${p.quote[1]}</div></div></div></div>`
    : ''
}${p.segs.join('<br>\n<br>\n')}</div></div>${
  p.edited
    ? `<div class="b-post__footer h-hide--on-preview"><div class="b-post-lastedited">${p.edited.replace('; ', ';<span class="date">\n')}</span></div></div>`
    : ''
}${p.sig ? `<div class="post-signature restore"><div>${p.sig}</div></div>` : ''}${
  i === 0 ? `<div class="b-post__tags"><span class="b-post__tags-label">Tags:</span> <span class="b-post__tags-none">None</span></div>` : ''
}</div><div class="b-post__footer h-hide--on-preview h-clear h-padding-top-l h-margin-top-xxl"><ul class="h-left h-margin-top-s js-post-info
b-post__info"><li class="b-post-control js-post-control" data-nodeid="${p.id}"><span class="b-icon b-icon__like"></span><span class="b-post-control__label">
Like</span> <span class="votecount">${p.likes}</span></li></ul><ul class="h-right js-post-controls b-comp-menu-horizontal"><li class="b-post-control
js-post-control"><a href="/auth/login-form" class="b-post-control__label js-comment-entry__reply">Reply</a></li><li class="b-post-control js-post-control">
<a href="/auth/login-form" class="b-post-control__label">Quote</a></li><li class="b-post-control js-post-control"><span
class="b-post-control__label">Share</span>
</li></ul></div></div></div></div></li>`;
const vbHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head><meta charset="utf-8">
<title>${vbTitle} - Grainline Woodworkers Forum</title><meta name="description" content="I replaced the tyres on my 14 inch bandsaw last weekend.">
<meta name="generator" content="vBulletin 5.7.5"><link rel="canonical"
href="https://forum.grainline.example/forum/machinery/bandsaws/771204-bandsaw-blade-drifts-left">
<meta property="og:site_name" content="Grainline Woodworkers Forum"><meta property="og:type" content="website"><meta property="og:title" content="${vbTitle}">
<link rel="stylesheet" type="text/css" href="/css.php?styleid=21&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;ts=1712044800">
<script type="text/javascript">if (location.hash) { document.write('<style type="text/css"> a.anchor { display:none;} </style>'); }
var uploadUrlTarget = "https://forum.grainline.example/uploader/url"; var pageData = {"baseurl":"https://forum.grainline.example","pageid":"60",
"channelid":"44","nodeid":"771204","userid":"0","threadtitle":"${vbTitle}"};</script></head>
<body id="vb-page-body" class="l-desktop page60 vb-page view-mode logged-out" itemscope itemtype="http://schema.org/ItemPage" data-usergroupid="1"
data-styleid="21"><div id="outer-wrapper"><div id="wrapper"><div id="header-axd" class="header-edit-box axdnum_1 h-clearfix"><div class="header-wrapper">
<div id="header" class="h-align-middle h-clearfix"><div id="logo-wrapper" class="h-left"><a href="https://forum.grainline.example/"><img
src="filedata/fetch?filedataid=12" class="logo-image" alt="Grainline Woodworkers Forum"></a></div><nav id="channel-tabbar" class="h-clearfix noselect">
<ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal js-mobile-menu">${vbNav
  .map(
    (t) =>
      `<li class="${t === 'Forums' ? 'current ' : ''}section-item"><a href="/${t.toLowerCase()}" class="h-left navbar_${t.toLowerCase()}">${t}</a>${
        t === 'Forums'
          ? `<ul class="channel-tabbar-list h-left b-comp-menu-horizontal subnav">${vbSub
              .map((s) => `<li class="subnav-item"><a href="/x">${s}</a></li>`)
              .join('')}</ul>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul></nav><div id="toolbar" class="h-right"><ul class="h-right"><li class="toolbar-search h-hide-on-small"><form id="searchForm"
action="/search" class="h-left" method="GET"><div class="h-left"><div class="search-box h-clearfix"><div class="search-term-container">
<input type="text" name="q" id="q" placeholder="Search" class="search-term b-form-input__input b-form-input__input--shadow" autocomplete="off">
<div class="search-menu-container h-clearfix"><div class="vertical-divider-left"></div><div class="b-comp-menu-dropdown js-comp-menu-dropdown
b-comp-menu-dropdown--headerbar" id="searchPopupMenu"><span class="b-comp-menu-dropdown__trigger js-comp-menu-dropdown__trigger
b-comp-menu-dropdown__trigger--arrow
b-comp-menu-dropdown__trigger--headerbar">Search in</span></div></div></div><button type="submit" id="btnSearch" class="search-btn" title="Search">
<span class="b-icon-search"></span></button></div></div></form></li><li id="idLoginIframeContainer" class="h-left"><a href="/auth/login-form"
class="js-login-button">Log in</a></li><li class="h-left"><a href="/register" id="idSignupBtn"
class="b-button b-button--primary">Sign Up</a></li></ul></div></div>
</div></div><div id="breadcrumbs" class="h-clearfix"><ul class="breadcrumbs"><li class="crumb ellipsis"><a class="crumb-link h-flex-valign-center" href="/">
<span class="b-icon b-icon__home" title="Home"></span></a></li>${vbCrumbs
  .map((t) => `<li class="crumb ellipsis"><span class="b-icon b-icon__chevron-right--gray separator"></span><a class="crumb-link" href="/x">${t}</a></li>`)
  .join('')}</ul></div>
<div class="announcement-container h-clearfix"><div class="b-module canvas-widget announcement-widget"><div class="widget-header h-clearfix">
<div class="module-title h-left"><h1 class="main-title js-main-title">${vbAnn[0]}</h1></div><div class="module-buttons"><span class="toggle-button
module-button-item collapse" title="Collapse" data-toggle-title="Expand"><span class="b-icon b-icon__toggle-collapse">${vbAnn[1]}</span></span></div></div>
<div class="widget-content"><span class="no-announcement">${vbAnn[2]}</span></div></div></div>
<main id="content"><div class="canvas-layout-container js-canvas-layout-container"><div id="canvas-layout-full" class="canvas-layout" data-layout-id="1">
<div class="canvas-widget-list section-0 js-sectiontype-primary js-sectiontype-secondary h-clearfix" data-section-number="0">
<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border
widget-no-header-buttons axd-container" id="widget_12" data-widget-id="12" data-widget-default-tab="thread-view-tab"><div class="conversation-status-messages">
</div><div class="widget-header"><div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">${vbTitle}</h1></div>
<div class="conversation-controls h-right h-clear-right h-margin-left-m"></div><div class="widget-tabs-nav h-clear"><a id="topic-module-top"
class="anchor js-module-top-anchor"></a><ul class="ui-tabs-nav hide-on-editmode h-left b-comp-menu-horizontal js-module-tab-menu js-comp-menu-horizontal">
${vbTabs.map((t, i) => `<li${i === 0 ? ' class="ui-tabs-active"' : ''}><a href="#thread-view-tab" data-href="/x">${t}</a></li>`).join('')}</ul></div></div>
<div class="widget-content tab widget-tabs-panel"><div id="thread-view-tab" class="conversation-view conversation-thread-view">
<div class="conversation-toolbar-wrapper top h-clearfix" data-allow-history="1"><div class="conversation-toolbar"><ul class="toolset-left">
<li><button class="b-button b-button--primary js-comment-entry__reply">${vbTool[0]}</button></li><li class="list-item-filter"><div class="filter-wrapper
h-clearfix js-button-filters"><span class="b-comp-menu-dropdown__trigger">${vbTool[1]}</span><div class="filter-options-list js-filter-options-list h-hide"
aria-hidden="true"><div class="filter-header">${vbTool[2]}</div>${vbTool
  .slice(3, 7)
  .map((t) => `<label><input type="radio" name="filter_time">${t}</label>`)
  .join('')}<div class="filter-header">${vbTool[7]}</div>${vbTool
  .slice(8, 11)
  .map((t) => `<label><input type="radio" name="filter_show">${t}</label>`)
  .join('')}</div></div></li></ul><div class="toolset-right js-toolset-right"><div class="pagenav-container h-clearfix noselect">
<div class="js-pagenav pagenav h-right"><a class="b-button b-button--secondary js-pagenav-button js-pagenav-prev-button h-disabled">${vbTool[11]}</a>
<a class="b-button b-button--secondary js-pagenav-button js-pagenav-next-button h-disabled">${vbTool[12]}</a></div><form class="pagenav-form h-right">
<label class="pagenav-label">Page</label> <input type="text" class="js-pagenum textbox h-left" value="1"> <span class="pagetotal">of 1</span></form></div></div>
</div></div><ul class="conversation-list list-container h-clearfix thread-view" data-count="5">
${vbPosts.map(vbPost).join('\n')}
</ul></div></div></div>
<div class="b-module canvas-widget default-widget search-results-widget widget-no-header-buttons" id="widget_31"><div class="widget-header h-clearfix">
<div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">Similar Threads</h1></div></div><div class="widget-content">
<table class="topic-list-header"><tr><th class="topic">Topics</th><th class="statistics">Statistics</th><th class="lastpost">Last Post</th></tr></table>
<ul class="topic-list">${vbSimilar
  .map(
    ([t, by, r, v, last]) => `<li class="topic-item"><a class="topic-title" href="/x">${t}</a><div class="topic-info">${by}</div><ul class="topic-stats">
<li>${r}</li><li>${v}</li></ul><div class="lastpost-by">${last}</div></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div></main>
<div id="footer"><div id="footer-tabbar" class="h-clearfix js-shrink-event-parent"><ul class="h-clearfix js-footer-chooser-list h-right">${vbFoot
  .map((t, i) => `<li><a href="${i ? '/x' : '#'}"${i ? '' : ' id="footer-go-to-top"'}>${t}</a></li>`)
  .join('')}</ul></div><div id="footer-copyright"><div id="footer-user-copyright"></div><div id="footer-vb-copyright">${vbCopy[0]}<br>${vbCopy[1]}</div>
<div id="footer-current-datetime">${vbCopy[2]}</div></div></div></div></div>
<div id="loading-indicator" class="js-loading-indicator h-hide"><span>Working...</span></div><div class="js-cookie-notice cookie-notice">
<p>${vbCookie[0]} <a href="/privacy">${vbCookie[1]}</a></p><button class="b-button b-button--primary js-cookie-accept">${vbCookie[2]}</button></div>
<script type="text/javascript" src="js/jquery/jquery-3.6.0.min.js"></script><script type="text/javascript" src="js/vbulletin.js?v=575"></script></body></html>`;
const vbulletin: TestPage = {
  html: vbHtml,
  name: 'heldout152-vbulletin5-thread',
  kind: 'forum',
  // each <br><br>-separated stretch of a post is body; the quote ("Originally posted by ...") is in neither list; the first
  // post's h2 repeats the title and is in neither list; user names, timestamps and the "Last edited by" lines are bylines;
  // user titles, join dates, post counts, "#n", Like counts, controls, "Tags: None", signatures, the announcement widget,
  // "Similar Threads" with its rows, the cookie notice and the footer are furniture
  title: vbTitle,
  headings: [],
  body: vbPosts.flatMap((p) => texts(p.segs)),
  bylines: ['oakandiron', 'tenonsaw_ted', 'MaggieTurns', ...vbPosts.map((p) => p.date), 'Last edited by oakandiron; 04-22-2025, 10:02 AM.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...vbNav, ...vbSub, 'Search in', 'Log in', 'Sign Up', ...vbCrumbs, ...vbAnn, ...vbTabs, ...vbTool, 'Page', 'of 1', 'Junior Member', 'Senior Member',
    'Moderator', 'Join Date: Nov 2023', 'Join Date: Mar 2011', 'Join Date: Jul 2008', 'Posts: 46', 'Posts: 2841', 'Posts: 9120', '#1', '#2', '#3', '#4', '#5',
    'Like 0', 'Like 4', 'Like 3', 'Like 2', 'Quote', 'Share', 'Tags: None', 'Measure twice, cut once, swear three times.', 'Similar Threads', 'Topics',
    'Statistics',
    'Last Post', ...vbSimilar.flat(), ...vbFoot, ...vbCopy, 'Working...', ...vbCookie,
  ])],
};

export const HELDOUT152_C: readonly TestPage[] = [vbulletin, xenforoThread];
