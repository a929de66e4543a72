import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 81, file a2: a vBulletin 4.2 thread on an aquarium forum (the header with the guest login form and
 * "Remember Me?", the nav tabs, breadcrumbs, the guest notice, the "Thread: <title>" h1, thread tools, posts as
 * postbitlegacy list items with the post held in a blockquote, user titles and "Join Date / Location / Posts", a
 * first-post ad, a quote, a "Last edited by" line, signatures, "Reply With Quote", Similar Threads, Posting Permissions and
 * the footer).
 */
interface VbPost {
  id: number;
  user: string;
  uid: number;
  title: string;
  joined: string;
  loc?: string;
  posts: string;
  date: string;
  time: string;
  edited?: [string, string];
  sig?: string;
  html: string;
}
const vbTitle = 'Ammonia spike after swapping filter media in 240 L planted tank';
const vb1 = [
  'I run a 240 litre planted tank that has been set up for about eighteen months: mostly stem plants, a carpet of dwarf sag at the ' +
    'front, twelve harlequin rasboras, six corydoras and a handful of amano shrimp. It has been rock steady, with ammonia and nitrite ' +
    'at zero on every test.',
  'Last Saturday I gave the canister filter its six-monthly clean. The sponges were falling apart, so I replaced all of them and the ' +
    'ceramic rings at the same time, and rinsed the bio balls under the tap because they were clogged with brown sludge.',
  'Three days later ammonia is reading 1 ppm and nitrite 0.5 ppm. The corys are sitting at the surface and the rasboras are pale. I ' +
    'have done a 50% water change today. What did I do wrong, and how do I stop it getting worse?',
];
const vb2a = [
  'You threw away most of your filter bacteria in one go. The colonies that turn ammonia into nitrite and nitrite into nitrate live on ' +
    'the media, not in the water, and tap water with chlorine or chloramine in it kills a good share of whatever you did keep.',
];
const vb2List = [
  'Never replace more than a third of the media at once, and space the changes a few weeks apart.',
  'Rinse sponges and rings in a bucket of old tank water, not under the tap.',
  'Squeezing out brown gunk is fine; it does not have to look new to work.',
  'If the flow is still good, leave the ceramic media alone entirely.',
];
const vb2b = [
  'For now: daily water changes of 30 to 50 percent with dechlorinated water matched for temperature, feed very lightly every other ' +
    'day, and keep testing. Your tank will cycle itself again, usually in two to three weeks.',
];
const vb3 = [
  'Daily changes it is. Is there anything I can add to speed it up, or is that just money down the drain? The shop tried to sell me ' +
    'a bottle of live bacteria and a bag of ammonia remover.',
];
const vb4 = [
  'Bottled bacteria are hit and miss, but some of them do help, and they will not do any harm. What helps more is seeding: if anyone ' +
    'you know has an established tank, a handful of their dirty sponge squeezed into your filter or just tucked into the media basket ' +
    'will give you a big head start.',
  'Your plants are on your side too. Fast growers take up ammonia directly, so add a bunch of floating plants for a few weeks if you ' +
    'have them and keep the lights on your normal schedule.',
];
const vb5 = [
  'Quick update for anyone who finds this later. I did daily 40% changes for twelve days, borrowed a sponge from a friend’s tank on ' +
    'day three and added some frogbit. Ammonia was back to zero on day nine and nitrite on day twelve.',
  'Lost one cory, sadly, but everyone else is eating and colouring up again. Lesson learned: a third at a time.',
];
const vbBr = (a: readonly string[]): string => a.join('<br />\n<br />\n');
const vbQuote = `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Quote" /> Originally Posted by <strong>GreenwaterGareth</strong>
<a href="showthread.php?5521&amp;p=40118#post40118" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post" /></a></div>
<div class="message">Your tank will cycle itself again, usually in two to three weeks.</div></div></div></div>`;
const vbSigT = '240 L Lowland Creek scape | 2 × 30 L shrimp cubes | CO2 on a timer and a prayer';
const vbSigG = 'Test the water, not your luck.';
const tamsin = { user: 'Tamsin R', uid: 882, title: 'Junior Member', joined: 'Aug 2023', loc: 'Wexcombe', posts: '48', sig: vbSigT };
const vbPosts: VbPost[] = [
  { id: 40112, ...tamsin, date: '03-14-2025', time: '09:12 PM', html: vbBr(vb1) },
  {
    id: 40118,
    user: 'GreenwaterGareth',
    uid: 117,
    title: 'Senior Member',
    joined: 'Jan 2011',
    loc: 'Pellbridge',
    posts: '6,204',
    date: '03-14-2025',
    time: '10:03 PM',
    sig: vbSigG,
    html: `${vbBr(vb2a)}<br />\n<ul>${vb2List.map((t) => `<li style="">${t}</li>`).join('')}</ul><br />\n${vbBr(vb2b)}`,
  },
  { id: 40131, ...tamsin, date: '03-15-2025', time: '07:44 AM', html: `${vbQuote}${vbBr(vb3)}` },
  { id: 40140, user: 'Priya_K', uid: 2390, title: 'Member', joined: 'May 2021', posts: '311', date: '03-15-2025', time: '12:26 PM', html: vbBr(vb4) },
  { id: 40377, ...tamsin, date: '03-27-2025', time: '07:58 AM', edited: ['03-27-2025', '08:02 AM'], html: vbBr(vb5) },
];
const vbMember = ['View Profile', 'View Forum Posts', 'Private Message'];
const vbPost = (p: VbPost, i: number): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date},&nbsp;<span class="time">${p.time}</span></span></span>
<span class="nodecontrols"><a name="post${p.id}" href="showthread.php?5521&amp;p=${p.id}#post${p.id}" class="postcounter">#${i + 1}</a>
<a id="postcount${p.id}" name="${i + 1}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">
<a class="username offline popupctrl" href="member.php?${p.uid}" title="${p.user} is offline"><strong>${p.user}</strong></a>
<ul class="popupbody popuphover memberaction_body">${links(vbMember, 'left')}</ul></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="${p.user} is offline" border="0" /></div>
<span class="usertitle">${p.title}</span>
<a class="postuseravatar" href="member.php?${p.uid}" title="${p.user} is offline"><img src="customavatars/avatar${p.uid}_2.gif" alt="${p.user}'s Avatar" /></a>
<hr /><dl class="userinfo_extra"><dt>Join Date</dt> <dd>${p.joined}</dd>${p.loc ? `<dt>Location</dt> <dd>${p.loc}</dd>` : ''}<dt>Posts</dt>
<dd>${p.posts}</dd></dl>
<div class="imlinks"></div></div>
<div class="postbody"><div class="postrow has_after_content">
<h2 class="title icon">${i === 0 ? `<img src="images/icons/icon1.png" alt="Default" /> ${vbTitle}` : ''}</h2>
<div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore ">
${p.html}
</blockquote></div></div></div>
${
  i === 0
    ? `<div id="ad_thread_first_post_content"><div class="adlabel">Advertisement</div>
<ins class="adsbygoogle" style="display:inline-block;width:468px;height:60px" data-ad-slot="7719301"></ins></div>`
    : ''
}
${
  p.edited
    ? `<blockquote class="postcontent lastedited"><div>Last edited by ${p.user}; ${p.edited[0]} at <span
class="time">${p.edited[1]}</span>.</div></blockquote>`
    : ''
}
${p.sig ? `<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${p.sig}</div></blockquote></div>` : ''}
<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols">
<a id="qrwq_${p.id}" class="newreply" href="newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_${p.id}"
src="clear.gif" alt="Reply With Quote" /> Reply With Quote</a></span>
<span class="postlinking"><a href="report.php?p=${p.id}" rel="nofollow" title="Report Post"><img class="inlineimg" src="images/buttons/report-40b.png"
alt="Report Post" /></a></span></div></div>
<hr /></li>`;
const vbTabs = ["Today's Posts", 'FAQ', 'Calendar', 'Community', 'Forum Actions', 'Quick Links'];
const vbCrumbs = ['Forum', 'Freshwater', 'Planted Tanks'];
const vbNotice =
  'Welcome to Reef Keepers’ Den. If this is your first visit, have a look at the FAQ first. You will need to register before you can post: ' +
  'click the register link above to get started.';
const vbTools = ['Thread Tools', 'Show Printable Version', 'Email this Page…', 'Subscribe to this Thread…'];
const vbSimilar = [
  ['Cloudy water three weeks after adding new substrate', 'Dorian P', '7'],
  ['Nitrite will not drop in a fishless cycle', 'Hugo Marsh', '19'],
  ['Best floating plants for a lidded tank?', 'lilypadlou', '11'],
] as const;
const vbPerms = ['post new threads', 'post replies', 'post attachments', 'edit your posts'];
const vbFooter = ['Contact Us', 'Reef Keepers’ Den', 'Archive', 'Privacy Statement', 'Top'];
const vbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://www.reefkeepersden.com/forums" />
<base href="https://www.reefkeepersden.com/forums/" /><!--[if IE]></base><![endif]-->
<meta name="generator" content="vBulletin 4.2.5" />
<meta name="keywords" content="ammonia,spike,filter,media,planted,tank" />
<meta name="description" content="I run a 240 litre planted tank that has been set up for about eighteen months" />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">
<!--
var SESSIONURL = "";
var SECURITYTOKEN = "guest";
var IMGDIR_MISC = "images/misc";
var vb_disable_ajax = parseInt("0", 10);
// -->
</script>
<script type="text/javascript" src="clientscript/vbulletin-core.js?v=425"></script>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00001l/main-rollup.css?d=1712331100" />
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00001l/showthread-rollup.css?d=1712331100" />
<title>${vbTitle}</title>
<script type="text/javascript" src="clientscript/vbulletin_lightbox.js?v=425"></script>
</head>
<body>
<div class="above_body">
<div id="header" class="floatcontainer doc_header">
<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/rkd_logo.png" alt="Reef Keepers' Den - Powered by vBulletin" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser">
<li><a href="register.php" rel="nofollow">Register</a></li>
<li><a rel="help" href="faq.php">Help</a></li>
<li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div>
<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="User Name" />
<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />
<input type="submit" class="loginbutton" tabindex="104" value="Log in" accesskey="s" /></div></div></fieldset>
<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar"
class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> Remember Me?</label></div></form></li>
</ul></div>
<div class="ad_global_header"><div id="ad_global_header1"></div></div>
<hr />
</div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer">
<li class="selected" id="vbtab_forum"><a class="navtab" href="forum.php">Forum</a><ul class="floatcontainer">${links(vbTabs)}</ul></li>
<li id="vbtab_whatsnew"><a class="navtab" href="activity.php">What's New?</a></li>
</ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">
<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span>
<span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" tabindex="100"/></span></span>
</form><ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">Advanced Search</a></li></ul></div>
</div>
</div><!-- closing div for above_body -->
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer">
<li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home" /></a></li>
${vbCrumbs.map((t, i) => `<li class="navbit"><a href="forumdisplay.php?${i}">${t}</a></li>`).join('\n')}
<li class="navbit lastnavbit"><span>${vbTitle}</span></li>
</ul><hr /></div>
<div id="ad_global_below_navbar"></div>
<form action="profile.php?do=dismissnotice" method="post" id="notices" class="notices"><ol>
<li class="restore" id="navbar_notice_1">${vbNotice}</li></ol></form>
<div id="pagetitle" class="pagetitle">
<h1>Thread: <span class="threadtitle"><a href="showthread.php?5521" title="Reload this Page">${vbTitle}</a></span></h1>
</div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">${vbTools[0]}</a></h6>
<ul class="popupbody popuphover">${links(vbTools.slice(1))}</ul></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6><ul class="popupbody popuphover">
<li><img src="images/site_icons/mode_linear.png" alt="Linear Mode" /> <strong>Linear Mode</strong></li>
<li><a href="showthread.php?5521&amp;mode=hybrid"> Switch to Hybrid Mode</a></li></ul></li>
</ul></div></div>
<div id="above_postlist" class="above_postlist">
<a href="newreply.php?p=40112&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_top"><span>+</span> Reply to Thread</a>
<div id="pagination_top" class="pagination_top"><div id="postpagestats_above" class="postpagestats">Results 1 to 5 of 5</div></div>
</div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${vbPosts.map(vbPost).join('\n')}
</ol></div>
<div id="below_postlist" class="noinlinemod below_postlist">
<a href="newreply.php?p=40112&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span>+</span> Reply to Thread</a>
<div id="pagination_bottom" class="pagination_bottom"><a class="textcontrol" href="forumdisplay.php?14">Planted Tanks</a></div></div>
<div class="navlinks"><strong>«</strong> <a href="showthread.php?5520&amp;goto=next_oldest" rel="nofollow">Previous Thread</a> |
<a href="showthread.php?5520&amp;goto=next_newest" rel="nofollow">Next Thread</a> <strong>»</strong></div>
<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Similar Threads</h4>
<div id="similar_threads" class="thread_info_block blockbody formcontrols"><ol class="similarthreads">
${vbSimilar
  .map(
    ([t, by, n], i) => `<li class="floatcontainer"><div class="titleblock"><h6><a class="title" href="showthread.php?${5400 + i}">${t}</a></h6>
<div class="starter_forum">By <a href="member.php?${i}">${by}</a> in forum <a href="forumdisplay.php?14">Planted Tanks</a></div></div>
<div class="dateblock"><span class="shade">Replies:</span> ${n}<div class="starter_forum"><span class="shade">Last Post:</span> 0${i + 1}-03-2025,
<span class="time">10:41 AM</span></div></div></li>`,
  )
  .join('\n')}
</ol></div></div>
<div class="options_block_container"><div class="options_block"><h4 class="collapse blockhead options_correct">Posting Permissions</h4>
<div class="thread_info_block blockbody formcontrols floatcontainer options_correct"><div id="forumrules" class="info_subblock"><ul class="youcandoblock">
${vbPerms.map((t) => `<li>You <strong>may not</strong> ${t}</li>`).join('\n')}
</ul><div class="bbcodeblock"><ul><li><a href="misc.php?do=bbcode" target="_blank">BB code</a> is <strong>On</strong></li>
<li><a href="misc.php?do=showsmilies" target="_blank">Smilies</a> are <strong>On</strong></li><li>HTML code is <strong>Off</strong></li></ul></div>
<p class="rules_link"><a href="misc.php?do=showrules" target="_blank">Forum Rules</a></p></div></div></div></div>
<div style="clear: left"><div id="ad_global_above_footer"></div></div>
</div>
<div id="footer" class="floatcontainer footer"><form action="forum.php" method="get" id="footer_select" class="footer_select">
<select name="styleid" onchange="switch_id(this, 'style')"><optgroup label="Quick Style Chooser" class="optgroup"><option class="hidden"></option></optgroup>
<option value="1" selected="selected">-- Default Style</option></select></form>
<ul id="footer_links" class="footer_links">${links(vbFooter)}</ul></div>
<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">11:48 AM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin®</a> Version 4.2.5 <br />
Copyright © 2025 vBulletin Solutions Inc. All rights reserved.</div></div>
<script type="text/javascript">vBulletin_init();</script>
</body>
</html>`;
export const vbThread: TestPage = {
  html: vbHtml,
  name: 'heldout81-vbulletin4-thread',
  kind: 'forum',
  // the h1 reads "Thread: <title>": the label is furniture; every post is body (split at <br /><br />, the list items of the
  // second post too); the quote of GreenwaterGareth with its "Originally Posted by" line is in neither list; usernames, post
  // dates and the "Last edited by" line are bylines; user titles, profile fields, signatures, "#n" counters and the rest are furniture
  title: vbTitle,
  headings: [],
  body: [...texts(vb1), ...vb2a, ...vb2List, ...vb2b, ...vb3, ...vb4, ...vb5],
  bylines: [...new Set(vbPosts.map((p) => p.user)), ...vbPosts.map((p) => `${p.date}, ${p.time}`), 'Last edited by Tamsin R; 03-27-2025 at 08:02 AM.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register', 'Help', 'Remember Me?', 'Forum', ...vbTabs, "What's New?", 'Advanced Search', 'Freshwater', 'Planted Tanks', vbNotice, 'Thread:',
    ...vbTools, 'Display', 'Linear Mode', 'Switch to Hybrid Mode', 'Reply to Thread', 'Results 1 to 5 of 5', '#1', '#2', '#3', '#4', '#5',
    ...vbMember,
    'Junior Member', 'Senior Member', 'Member', 'Join Date', 'Location', 'Posts', 'Aug 2023', 'Jan 2011', 'May 2021', 'Wexcombe', 'Pellbridge', '48',
    '6,204', '311', 'Advertisement', vbSigT, vbSigG, 'Reply With Quote', 'Previous Thread', 'Next Thread', 'Similar Threads',
    ...vbSimilar.map((s) => s[0]), 'Dorian P', 'Hugo Marsh', 'lilypadlou', 'in forum', 'Replies:', 'Last Post:', 'Posting Permissions',
    ...vbPerms.map((t) => `You may not ${t}`), 'BB code is On', 'Smilies are On', 'HTML code is Off', 'Forum Rules', '-- Default Style', ...vbFooter,
    'All times are GMT. The time now is 11:48 AM.', 'Powered by vBulletin® Version 4.2.5', 'Copyright © 2025 vBulletin Solutions Inc. All rights reserved.',
  ],
};
