import { links, type TestPage, texts } from './page-kit.js';
import { ipboardTopic } from './pages-heldout55-a2.js';

/**
 * Held-out batch 55, file a: a thread on a XenForo 1.5 allotment forum (the login bar, the cookie notice, breadcrumbs with the
 * board title, the thread title with its "Discussion in ... started by" line, five posts with the user blocks (title, joined,
 * messages, likes received, location), a quote with "Click to expand...", an edit line, signatures and likes summaries, the
 * "(You must log in or sign up to reply here.)" line, "Share This Page", a Similar Threads table, the header with tabs and
 * the quick-search form placed after the content in the source as XenForo 1 does, the footer and the closing script).
 */
const xfTitle = 'Leek rust across the whole bed – lift them now or leave them in?';
const xfForum = 'Pests, Diseases & Problems';
interface XfUser {
  name: string;
  id: number;
  title: string;
  joined: string;
  msgs: string;
  likes: string;
  loc?: string;
}
const marj: XfUser = { name: 'Marjorie_W', id: 5521, title: 'Active Member', joined: 'Apr 3, 2019', msgs: '612', likes: '388', loc: 'Stockport' };
const tom: XfUser = {
  name: 'tomthebean',
  id: 1187,
  title: 'Well-Known Member',
  joined: 'Feb 20, 2016',
  msgs: '3,041',
  likes: '2,115',
  loc: 'Market Harborough',
};
const andy: XfUser = { name: 'AndyOnPlot7', id: 9043, title: 'Member', joined: 'Aug 9, 2022', msgs: '87', likes: '41' };
const xfP1 = [
  "Evening all. I've got about forty leeks in (Musselburgh, sown in March and planted out at the end of June) and over the last fortnight nearly " +
    "every one of them has come out in bright orange pustules. It started on two plants at the end nearest the water butt and now it's the whole bed.",
  "The shafts still look clean when I peel a leaf back, and we ate a couple on Sunday without any trouble. What I can't decide is whether to lift " +
    'the lot now and freeze them, or leave them in the ground and hope the new growth comes through clean once it turns colder.',
  "I'd also like to know if the leaves can go on the compost heap, or whether I'm just storing up trouble for next year's onions and garlic.",
];
const xfP2 = [
  "Leave them in. Rust looks dreadful but on leeks it's mostly cosmetic unless the plants are small when it hits. Ours get it nearly every year " +
    'after a wet September and by December the new leaves are clean.',
  'Strip off the worst of the outer leaves, give them a feed of something high in potash and go easy on the nitrogen, which only makes the soft ' +
    'sappy growth the fungus loves.',
  "I wouldn't compost the leaves unless your heap gets properly hot. Mine never does, so they go in the council green bin.",
];
const xfQuote = "I wouldn't compost the leaves unless your heap gets properly hot.";
const xfP3 = ['Fair enough, the green bin it is. Would you bother with a sulphur spray at this stage, or is it too late in the year to make any difference?'];
const xfP4 = [
  "Too late to be worth it, I'd say, and as far as I know there's nothing you can buy off the shelf that's approved for leeks anyway. Spacing is " +
    'your friend next year. I went from six inches to eight between plants and the air moving along the row made a real difference.',
  'Also worth growing a rust-tolerant variety alongside the Musselburgh. I had Porvite and Oarsman side by side in 2023 and the Oarsman stayed ' +
    'noticeably cleaner, though the shafts were a bit shorter.',
];
const xfP5 = [
  "Thank you both. Worst leaves stripped, potash feed on, and I've ordered a packet of Oarsman for the spring. I'll report back in November with " +
    'how they look.',
];
const xfSig1 = 'Plot 14B, Hollins Lane. Three beds, one shed, far too many courgettes.';
const xfSig2 = "Leicestershire clay. If it can't survive neglect, it doesn't get a bed.";
const xfEdited = 'Last edited: Sep 15, 2025';
interface XfPost {
  id: number;
  n: number;
  u: XfUser;
  date: string;
  time: string;
  paras: string[];
  quote?: string;
  edited?: string;
  sig?: string;
  likes?: string;
}
const xfUrl = 'threads/leek-rust-across-the-whole-bed-lift-them-now-or-leave-them-in.41877/';
const member = (u: XfUser): string => `members/${u.name.toLowerCase()}.${u.id}/`;
const xfPost = (p: XfPost): string => `<li id="post-${p.id}" class="message   " data-author="${p.u.name}">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person"><div class="messageUserBlock ">
<div class="avatarHolder"><span class="helper"></span><a href="${member(p.u)}" class="avatar Av${p.u.id}m" data-avatarhtml="true"><img
 src="data/avatars/m/${Math.floor(p.u.id / 1000)}/${p.u.id}.jpg?1698412031" width="96" height="96" alt="${p.u.name}" /></a></div>
<h3 class="userText"><a href="${member(p.u)}" class="username" dir="auto" itemprop="name">${p.u.name}</a>
<em class="userTitle" itemprop="title">${p.u.title}</em></h3>
<div class="extraUserInfo"><dl class="pairsJustified"><dt>Joined:</dt> <dd>${p.u.joined}</dd></dl>
<dl class="pairsJustified"><dt>Messages:</dt> <dd><a href="search/member?user_id=${p.u.id}" class="concealed" rel="nofollow">${p.u.msgs}</a></dd></dl>
<dl class="pairsJustified"><dt>Likes Received:</dt> <dd>${p.u.likes}</dd></dl>
${
  p.u.loc
    ? `<dl class="pairsJustified"><dt>Location:</dt> <dd><a href="misc/location-info?location=${encodeURIComponent(p.u.loc)}" target="_blank"
 rel="nofollow noreferrer" itemprop="address" class="concealed">${p.u.loc}</a></dd></dl>`
    : ''
}
</div><span class="arrow"><span></span></span></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article>
<blockquote class="messageText SelectQuoteContainer ugc baseHtml">
${
  p.quote
    ? `<div class="bbCodeBlock bbCodeQuote" data-author="tomthebean"><aside><div class="attribution type">tomthebean said:
<a href="goto/post?id=801442#post-801442" class="AttributionLink">&uarr;</a></div><blockquote class="quoteContainer"><div class="quote">${p.quote}</div>
<div class="quoteExpand">Click to expand...</div></blockquote></aside></div>`
    : ''
}${p.paras.join('<br />\n<br />\n')}
<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
${p.edited ? `<div class="editDate">Last edited: <span class="DateTime" title="Sep 15, 2025 at 9:40 PM">Sep 15, 2025</span></div>` : ''}
${p.sig ? `<div class="baseHtml signature messageText ugc"><aside>${p.sig}</aside></div>` : ''}
<div class="messageMeta ToggleTriggerAnchor"><div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="${member(p.u)}"
 class="username author" dir="auto">${p.u.name}</a>,</span> <a href="${xfUrl}#post-${p.id}" title="Permalink" class="datePermalink"><span class="DateTime"
 title="${p.date} at ${p.time}">${p.date}</span></a></span></div>
<div class="publicControls"><a href="${xfUrl}#post-${p.id}" title="Permalink" class="item muted postNumber hashPermalink OverlayTrigger"
 data-href="posts/${p.id}/permalink">#${p.n}</a> <a href="${xfUrl}reply?quote=${p.id}" data-messageid="${p.id}" class="ReplyQuote item control reply"
 title="Reply, quoting this message"><span></span>Reply</a></div></div>
<div id="likes-post-${p.id}">${p.likes ? `<div class="likesSummary secondaryContent"><span class="LikeText">${p.likes}</span></div>` : ''}</div>
</div></li>`;
const xfLikes1 = `<a href="members/tomthebean.1187/" class="username" dir="auto">tomthebean</a> likes this.`;
const xfLikes2 =
  `<a href="members/marjorie_w.5521/" class="username" dir="auto">Marjorie_W</a>, <a href="members/andyonplot7.9043/" class="username" dir="auto">` +
  `AndyOnPlot7</a> and <a href="posts/801442/likes" class="OverlayTrigger">2 others</a> like this.`;
const xfPosts: XfPost[] = [
  { id: 801397, n: 1, u: marj, date: 'Sep 14, 2025', time: '7:52 PM', paras: xfP1, sig: xfSig1, likes: xfLikes1 },
  { id: 801442, n: 2, u: tom, date: 'Sep 14, 2025', time: '9:18 PM', paras: xfP2, sig: xfSig2, likes: xfLikes2 },
  { id: 801590, n: 3, u: marj, date: 'Sep 15, 2025', time: '8:03 AM', paras: xfP3, quote: xfQuote, sig: xfSig1 },
  { id: 801713, n: 4, u: andy, date: 'Sep 15, 2025', time: '6:25 PM', paras: xfP4, edited: xfEdited },
  { id: 802066, n: 5, u: marj, date: 'Sep 16, 2025', time: '7:47 PM', paras: xfP5, sig: xfSig1 },
];
const xfCrumbs = ['Home', 'Forums', 'Growing Advice', xfForum];
const xfTabs = ['Home', 'Forums', 'Search Forums', 'Recent Posts', "What's New?", 'New Posts', 'Recent Activity', 'Members', 'Notable Members'];
const xfSearch = ['Titles only', 'Posted by Member:', 'Separate names with a comma.', 'Newer Than:', 'Search this thread only', 'Search this forum only'];
const xfSearch2 = ['Display results as threads', 'Useful Searches', 'More...'];
const xfSimilar = [
  ['Onion white rot – how long before alliums can go back in?', xfForum, '14', 'Jul 2, 2024'],
  ['Best leek variety for a wet clay site', 'Vegetables', '9', 'Jan 18, 2025'],
  ['Garlic rust – normal or time to panic?', xfForum, '6', 'May 27, 2025'],
];
const xfFoot = ['Default Style', 'Contact Us', 'Help', 'Top', 'RSS'];
const crumb = (t: string, i: number): string =>
  `<span class="crust" itemscope="itemscope" itemtype="http://data-vocabulary.org/Breadcrumb"><a
 href="${['https://www.plottalk.example/', '.', '.#growing-advice.3', 'forums/pests-diseases-problems.12/'][i]}"
 class="crumb" rel="up" itemprop="url"><span itemprop="title">${t.replace(/&/g, '&amp;')}</span></a><span class="arrow"><span>&gt;</span></span></span>`;
const xfBread = `<div class="breadBoxTop "><nav><fieldset class="breadcrumb"><a href="misc/quick-navigation-menu?selected=node-12"
 class="OverlayTrigger jumpMenuTrigger"
 data-cacheOverlay="true" title="Open quick navigation"><!--Jump to...--></a><div class="boardTitle"><strong>Plot Talk</strong></div>
<span class="crumbs">${xfCrumbs.map(crumb).join('\n')}</span></fieldset></nav></div>`;
const xfHtml = `<!DOCTYPE html>
<html id="XenForo" lang="en-GB" dir="LTR" class="Public NoJs LoggedOut NoSidebar  Responsive" xmlns:fb="http://www.facebook.com/2008/fbml">
<head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1" /><meta name="viewport"
 content="width=device-width, initial-scale=1" />
<base href="https://www.plottalk.example/community/" />
<script>var _b = document.getElementsByTagName('base')[0], _bH = "https://www.plottalk.example/community/"; if (_b && _b.href != _bH) _b.href = _bH;</script>
<title>${xfTitle} | Plot Talk</title>
<noscript><style>.JsOnly, .jsOnly { display: none !important; }</style></noscript>
<link rel="stylesheet" href="css.php?css=xenforo,form,public&amp;style=2&amp;dir=LTR&amp;d=1717424460" />
<link rel="stylesheet" href="css.php?css=bb_code,likes_summary,message,message_user_info,share_page,thread_view&amp;style=2&amp;dir=LTR&amp;d=1717424460" />
<script src="js/jquery/jquery-1.11.0.min.js"></script><script src="js/xenforo/xenforo.js?_v=e3a4e1c1"></script>
<link rel="canonical" href="https://www.plottalk.example/community/${xfUrl}" />
<meta name="description" content="Evening all. I've got about forty leeks in (Musselburgh, sown in March and planted out at the end of June) and over the..." />
<meta property="og:site_name" content="Plot Talk" /><meta property="og:type" content="article" /><meta property="og:title" content="${xfTitle}" /></head>
<body class="node12 node3 SelectQuotable">
<div id="loginBar"><div class="pageWidth"><div class="pageContent"><h3 id="loginBarHandle"><label for="LoginControl"><a href="login/"
 class="concealed noOutline">Log in or Sign up</a></label></h3><span class="helper"></span></div></div></div>
<div id="headerMover"><div id="headerProxy"></div>
<div id="content" class="thread_view"><div class="pageWidth"><div class="pageContent">
<!-- main content area -->
<ul class="PanelScroller Notices" data-vertical="0" data-speed="400" data-interval="4"><li class="panel Notice DismissParent notice_notice_cookies "
 data-notice="notice_cookies"><div
 class="baseHtml noticeContent">This site uses cookies. By continuing to use this site, you are agreeing to our use of cookies.
<a href="help/cookies">Learn More.</a></div><a href="account/dismiss-notice?notice_id=notice_cookies" title="Dismiss Notice" class="DismissCtrl Tooltip"
 data-offsetx="7" data-tipclass="flipped">Dismiss Notice</a></li></ul>
${xfBread}
<div class="mainContainer_noSidebar"><div class="mainContent">
<div class="titleBar"><h1>${xfTitle}</h1>
<p id="pageDescription" class="muted ">Discussion in '<a href="forums/pests-diseases-problems.12/">Pests, Diseases &amp; Problems</a>' started by
 <a href="members/marjorie_w.5521/" class="username" dir="auto">Marjorie_W</a>, <a href="${xfUrl}"><span class="DateTime"
 title="Sep 14, 2025 at 7:52 PM">Sep 14, 2025</span></a>.</p></div>
<div class="pageNavLinkGroup"><div class="linkGroup SelectionCountContainer"></div><div class="Popup followBlock"></div></div>
<form action="inline-mod/post/switch" method="post" class="InlineModForm section" data-cookieName="posts" data-controls="#InlineModControls"
 data-imodOptions="#ModerationSelect option"><ol class="messageList" id="messageList">
${xfPosts.map(xfPost).join('\n')}
</ol><div class="InlineModControls" id="InlineModControls"></div><input type="hidden" name="_xfToken" value="" /></form>
<div class="pageNavLinkGroup"><div class="linkGroup SelectionCountContainer"></div><div class="linkGroup" style="display: none"><a href="javascript:"
 class="muted JsOnly DisplayIgnoredContent Tooltip" title="Show hidden content by ">Show Ignored Content</a></div>
<div class="linkGroup"><label for="LoginControl"><a href="login/" class="concealed element">(You must log in or sign up to reply here.)</a></label></div></div>
<div class="sharePage"><h3 class="textHeading larger">Share This Page</h3><div class="tweet shareControl"><a href="https://twitter.com/share"
 class="twitter-share-button" data-count="horizontal" data-lang="en-GB" data-url="https://www.plottalk.example/community/${xfUrl}">Tweet</a></div>
<div class="facebookLike shareControl"><div class="fb-like" data-href="https://www.plottalk.example/community/${xfUrl}" data-width="400"
 data-layout="standard" data-action="recommend" data-show-faces="true" data-colorscheme="light"></div></div></div>
<div class="similarThreads section"><h3 class="subHeading">Similar Threads</h3><table class="dataTable"><tr class="dataRow"><th>Thread Title</th>
<th>Forum</th><th>Replies</th><th>Date</th></tr>
${xfSimilar
  .map(
    (r) => `<tr class="dataRow"><td><a
 href="threads/${r[3]!.slice(-4)}">${r[0]}</a></td><td>${r[1]!.replace(/&/g, '&amp;')}</td><td>${r[2]}</td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}
</table></div>
</div></div>
<div class="breadBoxBottom">${xfBread.replace('breadBoxTop', 'breadBoxTop bottom')}</div>
</div></div></div>
<header><div id="header"><div id="logoBlock"><div class="pageWidth"><div class="pageContent"><div id="logo"><a href="https://www.plottalk.example/">
<span></span><img src="styles/plottalk/logo.png" alt="Plot Talk" /></a></div><span class="helper"></span></div></div></div>
<div id="navigation" class="pageWidth withSearch"><div class="pageContent"><nav><div class="navTabs"><ul class="publicTabs">
<li class="navTab home PopupClosed"><a href="https://www.plottalk.example/" class="navLink">Home</a></li>
<li class="navTab forums selected"><a href="." class="navLink">Forums</a><a href="." class="SplitCtrl" rel="Menu"></a>
<div class="tabLinks forumsTabLinks"><ul class="secondaryContent blockLinksList">${links(['Search Forums', 'Recent Posts'])}</ul></div></li>
<li class="navTab whatsNew PopupClosed"><a href="find-new/" class="navLink">What's New?</a><a href="find-new/" class="SplitCtrl" rel="Menu"></a>
<div class="Menu JsOnly tabMenu whatsNewTabLinks"><ul class="secondaryContent blockLinksList">${links(['New Posts', 'Recent Activity'])}</ul></div></li>
<li class="navTab members Popup PopupControl PopupClosed"><a href="members/" class="navLink">Members</a><a href="members/" class="SplitCtrl" rel="Menu"></a>
<div class="Menu JsOnly tabMenu membersTabLinks"><ul class="secondaryContent blockLinksList">${links(['Notable Members'])}</ul></div></li></ul>
<ul class="visitorTabs"><li class="navTab login PopupClosed"><label for="LoginControl"><a href="login/" class="navLink">Log in or Sign up</a></label></li></ul>
</div><span class="helper"></span></nav></div></div>
<div id="searchBar" class="pageWidth"><span id="QuickSearchPlaceholder" title="Search">Search</span><fieldset id="QuickSearch">
<form action="search/search" method="post" class="formPopup"><div class="primaryControls"><input type="search" name="keywords" value="" class="textCtrl"
 placeholder="Search..." title="Enter your search and hit enter" id="QuickSearchQuery" /></div>
<div class="secondaryControls"><div class="controlsWrapper"><dl class="ctrlUnit"><dt></dt><dd><ul><li><label><input type="checkbox" name="title_only"
 value="1" id="search_bar_title_only" class="AutoChecker" data-uncheck="#search_bar_thread" /> ${xfSearch[0]}</label></li></ul></dd></dl>
<dl class="ctrlUnit"><dt><label for="searchBar_users">${xfSearch[1]}</label></dt><dd><input type="text" name="users" value="" class="textCtrl AutoComplete"
 id="searchBar_users" /><p class="explain">${xfSearch[2]}</p></dd></dl>
<dl class="ctrlUnit"><dt><label for="searchBar_date">${xfSearch[3]}</label></dt><dd><input type="date" name="date" value="" class="textCtrl"
 id="searchBar_date" /></dd></dl>
<dl class="ctrlUnit"><dt></dt><dd><ul><li><label for="search_bar_thread" class="rct_thread"><input type="checkbox" name="type[post][thread_id]"
 value="41877" id="search_bar_thread" class="AutoChecker" /> ${xfSearch[4]}</label></li><li><label for="search_bar_nodes" class="rct_node"><input
 type="checkbox" name="nodes[]" value="12" id="search_bar_nodes" class="Disabler AutoChecker" checked="checked" /> ${xfSearch[5]}</label>
<ul id="search_bar_nodes_Disabler"><li><label><input type="checkbox" name="type[post][group_discussion]" value="1" id="search_bar_group_discussion"
 class="AutoChecker" /> ${xfSearch2[0]}</label></li></ul></li></ul></dd></dl>
<dl class="ctrlUnit submitUnit"><dt></dt><dd><input type="submit" value="Search" class="button primary Tooltip" title="Find Now" />
<div class="Popup" id="commonSearches"><a rel="Menu" href="search/?type=post" class="button NoPopupGadget Tooltip" title="${xfSearch2[1]}"
 data-tipclass="flipped"><span class="arrowWidget"></span></a><div class="Menu"><div class="primaryContent menuHeader"><h3>${xfSearch2[1]}</h3></div>
<ul class="secondaryContent blockLinksList"><li><a href="find-new/posts?recent=1" rel="nofollow">Recent Posts</a></li></ul></div></div>
<a href="search/?type=post" class="button moreOptions Tooltip" title="Advanced Search">${xfSearch2[2]}</a></dd></dl></div></div>
<input type="hidden" name="_xfToken" value="" /></form></fieldset></div></div></header>
</div>
<footer><div class="footer"><div class="pageWidth"><div class="pageContent"><dl class="choosers"><dt>Style</dt><dd><a href="misc/style?redirect=%2F"
 class="OverlayTrigger Tooltip" title="Style Chooser" rel="nofollow">Default Style</a></dd></dl><ul class="footerLinks">${links(xfFoot.slice(1))}</ul>
<span class="helper"></span></div></div></div>
<div class="footerLegal"><div class="pageWidth"><div class="pageContent"><ul id="legal">${links(['Terms and Rules', 'Privacy Policy'])}</ul>
<div id="copyright"><a href="https://xenforo.com" class="concealed">Forum software by XenForo™ <span>©2010-2017 XenForo Ltd.</span></a></div>
<span class="helper"></span></div></div></div></footer>
<script>jQuery.extend(true, XenForo, { visitor: { user_id: 0 }, serverTimeInfo: { now: 1763220611, today: 1763164800, todayDow: 6 },
_lightBoxUniversal: "0", _enableOverlays: "1", _animationSpeedMultiplier: "1", _overlayConfig: { top: "10%", speed: 200, closeSpeed: 100, mask: { color:
"rgb(255, 255, 255)", opacity: "0.6", loadSpeed: 200, closeSpeed: 100 } }, _ignoredUsers: [], _loadedScripts: {"thread_view":true,"message":true},
_cookieConfig: { path: "/", domain: "", prefix: "xf_"}, _csrfToken: "", _csrfRefreshUrl: "login/csrf-token-refresh", _jsVersion: "e3a4e1c1" });
jQuery.extend(XenForo.phrases, { cancel: "Cancel", a_moment_ago: "A moment ago", one_minute_ago: "1 minute ago", x_minutes_ago: "%minutes% minutes ago",
today_at_x: "Today at %time%", yesterday_at_x: "Yesterday at %time%", following_error_occurred: "The following error occurred with your request" });</script>
</body></html>`;
export const xenforoThread: TestPage = {
  html: xfHtml,
  name: 'heldout55-xenforo1-thread',
  kind: 'forum',
  // every post is body (the quoted sentence inside post 3, with "tomthebean said:" and its arrow, is in neither: it repeats post 2); the
  // posters' names, the post dates and the "Last edited" line are bylines ("started by" and the likes lines' names are the same strings);
  // user titles, joined dates, message and like counts, locations, post numbers, the likes summaries, the signatures, "Click to expand...",
  // the cookie notice, breadcrumbs, tabs, the quick-search form's labels, the log-in line, "Share This Page", "Tweet", the Similar
  // Threads table and the footer are furniture; "Like" is not on the page (logged out), "Search" and "Reply" labels are not body words
  title: xfTitle,
  headings: [],
  body: texts([...xfP1, ...xfP2, ...xfP3, ...xfP4, ...xfP5]),
  bylines: ['Marjorie_W', 'tomthebean', 'AndyOnPlot7', 'Sep 14, 2025', 'Sep 15, 2025', 'Sep 16, 2025', xfEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in or Sign up', 'This site uses cookies. By continuing to use this site, you are agreeing to our use of cookies.', 'Learn More.', 'Dismiss Notice',
    'Plot Talk', ...xfCrumbs.slice(2), 'Discussion in', ...[marj, tom, andy].flatMap((u) => [u.title, u.joined, u.msgs, u.likes]), 'Stockport',
    'Market Harborough', 'Joined:', 'Messages:', 'Likes Received:', 'Location:', '#1', '#2', '#3', '#4', '#5', 'Reply', 'likes this.',
    'and 2 others like this.', xfSig1, xfSig2, 'Click to expand...', 'Show Ignored Content', 'You must log in or sign up to reply here.', 'Share This Page',
    'Tweet', 'Similar Threads', 'Thread Title', 'Forum', 'Replies', 'Date', ...xfSimilar.flatMap((r) => [r[0]!, r[2]!, r[3]!]), 'Vegetables', ...xfTabs,
    'Search', ...xfSearch, ...xfSearch2, 'Style', ...xfFoot, 'Terms and Rules', 'Privacy Policy', 'Forum software by XenForo™ ©2010-2017 XenForo Ltd.',
  ],
};

export const HELDOUT55_A: readonly TestPage[] = [xenforoThread, ipboardTopic];
