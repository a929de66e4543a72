import { type TestPage, texts } from './page-kit.js';
import { type Post, vbTitle, vbPosts, vbNav, vbCrumbs, vbNotice, vbSimilar, vbPerms, vbTags, vbBookmarks, vbFoot, vbMember } from './pages-heldout119-e5.js';

/**
 * Held-out batch 119, file e3: a vBulletin 4.2.5 thread in linear mode as a guest saves it (XHTML doctype, ISO-8859-1, the
 * inline SESSIONURL / SECURITYTOKEN script, the header with the logo, Register / Help and the navbar login form with "Remember
 * Me?", the navtabs with Forum / What's New? and their sub-links and popup menus, the global search, breadcrumbs, the
 * first-visit notice, "Reply to Thread" and "Results 1 to 4 of 4", "Thread:" h1, Thread Tools and Display menus, four
 * postbitlegacy posts whose text sits in <blockquote class="postcontent restore">, the post title h2 on the first post, date
 * and "#n" counters, user menus, titles and Join Date / Location / Posts pairs, a bbcode quote "Originally Posted by", a
 * "Last edited by" line and signatures in blockquotes, "Reply With Quote", Quick Navigation, previous / next thread, Similar
 * Threads, Tags, Bookmarks, Posting Permissions and the footer).
 */
const vbPost = (p: Post, n: number): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date},&nbsp;<span class="time">${p.time}</span></span></span><span class="nodecontrols">
<a name="post${p.id}" href="showthread.php?40122-Cloudy-water&amp;p=${p.id}#post${p.id}" class="postcounter">#${n}</a><a id="postcount${p.id}"
name="${n}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl"
href="member.php?${p.uid}-${p.user}" title="${p.user} is offline"><strong>${p.user}</strong></a><ul class="popupbody popuphover memberaction_body">${vbMember
  .map((t) => `<li class="left"><a href="member.php?${p.uid}" class="siteicon_profile">${t}</a></li>`)
  .join('')}</ul></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="${p.user} is offline" border="0" /></div>
<span class="usertitle">${p.rank}</span><a class="postuseravatar" href="member.php?${p.uid}-${p.user}" title="${p.user} is offline"><img
src="customavatars/avatar${p.uid}_1.gif"
alt="${p.user}'s Avatar" title="${p.user}'s Avatar" /></a><hr /><dl class="userinfo_extra"><dt>Join Date</dt> <dd>${p.joined}</dd><dt>Location</dt>
<dd>${p.loc}</dd>
<dt>Posts</dt> <dd>${p.posts}</dd></dl><div class="imlinks"></div></div><div class="postbody"><div
class="postrow${p.sig || p.edited ? ' has_after_content' : ''}">
${n === 1 ? `<h2 class="title icon">${vbTitle}</h2>` : ''}<div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore ">${
  p.quote
    ? `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div><div
class="bbcode_postedby">
<img src="images/misc/quote_icon.png" alt="Quote" /> Originally Posted by <strong>${p.quote[0]}</strong><a href="showthread.php?p=318830#post318830"
rel="nofollow"><img class="inlineimg"
src="images/buttons/viewpost-right.png" alt="View Post" /></a></div><div class="message">${p.quote[1]}</div></div></div></div>`
    : ''
}${p.ps.join('<br />\n<br />\n')}</blockquote></div></div>${
  p.sig || p.edited
    ? `<div class="after_content">${
        p.edited
          ? `<blockquote
class="postcontent lastedited">${p.edited.replace('07:31 PM', '<span class="time">07:31 PM</span>')}</blockquote>`
          : ''
      }${p.sig ? `<blockquote class="signature restore"><div class="signaturecontainer">${p.sig.replace('&', '&amp;')}</div></blockquote>` : ''}</div>`
    : ''
}<div class="cleardiv"></div></div></div></div><div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><img
style="display:none"
id="progress_${p.id}" src="images/misc/progress.gif" alt="" /><a id="qrwq_${p.id}" class="newreply" href="newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow"
title="Reply With Quote"><img id="quoteimg_${p.id}" src="clear.gif" alt="Reply With Quote" />  Reply With Quote</a></span><span
class="postlinking"></span></div></div><hr /></li>`;
const vbNoticeHtml = vbNotice
  .replace('the FAQ', 'the <a href="faq.php" target="_blank"><b>FAQ</b></a>')
  .replace('to register', 'to <a href="register.php" target="_blank"><b>register</b></a>');
const vbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head><meta http-equiv="Content-Type"
content="text/html; charset=ISO-8859-1" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://www.aquakeepers.example/forums" /><base href="https://www.aquakeepers.example/forums/"
/><!--[if IE]><![endif]-->
<meta name="generator" content="vBulletin 4.2.5" /><meta http-equiv="X-UA-Compatible" content="IE=9" /><link rel="Shortcut Icon" href="favicon.ico"
type="image/x-icon" />
<meta name="keywords" content="cloudy water, bacterial bloom, planted tank, aquasoil, fishless cycle" /><meta name="description"
content="Hi everyone, I set up my first planted tank
three weeks ago and the water has gone milky white over the last four days." />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript"><!--
var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var IMGDIR_BUTTON = "images/buttons"; var vb_disable_ajax = parseInt("0",
10);
var SIMPLEVERSION = "425"; var BBURL = "https://www.aquakeepers.example/forums"; var LOGGEDIN = 0 > 0 ? true : false; var THIS_SCRIPT = "showthread";
var RELPATH = "showthread.php?40122-Cloudy-water-three-weeks-after-setting-up-a-120-litre-planted-tank"; var PATHS = {forum : "", cms : "", blog : ""};
// --></script>
<script type="text/javascript" src="clientscript/vbulletin-core.js?v=425"></script>
<link rel="alternate" type="application/rss+xml" title="AquaKeepers Forum RSS Feed" href="external.php?type=RSS2" />
<link rel="stylesheet" type="text/css"
href="css.php?styleid=4&amp;langid=1&amp;d=1690000000&amp;td=ltr&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css" />
<title> ${vbTitle}</title><link rel="canonical" href="showthread.php?40122-Cloudy-water-three-weeks-after-setting-up-a-120-litre-planted-tank" />
<link rel="stylesheet" type="text/css"
href="css.php?styleid=4&amp;langid=1&amp;d=1690000000&amp;td=ltr&amp;sheet=toolsmenu.css,postlist.css,showthread.css,postbit.css,options.css" />
</head><body onload=""><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img
src="images/misc/aquakeepers_logo.png" alt="AquaKeepers Forum - Powered by vBulletin" /></a></div><div id="toplinks" class="toplinks"><ul class="nouser"><li><a
href="register.php"
rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li><li><script type="text/javascript"
src="clientscript/vbulletin_md5.js?v=425"></script>
<form id="navbar_loginform" action="login.php?do=login" method="post"
onsubmit="md5hash(vb_login_password, vb_login_md5password, vb_login_md5password_utf, 0)"><fieldset
id="logindetails" class="logindetails"><div><div><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10"
accesskey="u"
tabindex="101" value="User Name" /><input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" /><input
type="submit"
class="loginbutton" tabindex="104" value="Log in"
title="Enter your username and password in the boxes provided to login, or click the 'register' button to create a profile for
yourself." accesskey="s" /></div></div></fieldset><div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox"
name="cookieuser" value="1"
id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> Remember Me?</label></div><input type="hidden" name="s" value="" />
<input type="hidden" name="securitytoken" value="guest" /><input type="hidden" name="do" value="login" /></form></li></ul></div><div
class="ad_global_header"></div><hr /></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected" id="vbtab_forum"><a class="navtab"
href="forum.php">${vbNav[0]}</a>
<ul class="floatcontainer"><li id="vbflink_newposts"><a href="search.php?do=getnew&amp;contenttype=vBForum_Post">${vbNav[1]}</a></li><li id="vbflink_faq"><a
href="faq.php">${vbNav[2]}</a>
</li><li id="vbflink_calendar"><a href="calendar.php">${vbNav[3]}</a></li><li class="popupmenu" id="vbmenu_community"><a href="javascript://"
class="popupctrl">${vbNav[4]}</a>
<ul class="popupbody popuphover"><li id="vbclink_members"><a href="memberlist.php">${vbNav[5]}</a></li></ul></li><li class="popupmenu" id="vbmenu_actions"><a
href="javascript://"
class="popupctrl">${vbNav[6]}</a><ul class="popupbody popuphover"><li id="vbalink_mfr"><a
href="forumdisplay.php?do=markread&amp;markreadhash=guest">${vbNav[7]}</a></li></ul></li>
<li class="popupmenu" id="vbmenu_qlinks"><a href="javascript://" class="popupctrl">${vbNav[8]}</a><ul class="popupbody popuphover"><li id="vbqlink_posts">
<a href="search.php?do=getdaily&amp;contenttype=vBForum_Post">${vbNav[9]}</a></li><li id="vbqlink_leaders"><a
href="showgroups.php">${vbNav[10]}</a></li></ul></li></ul></li>
<li id="vbtab_whatsnew"><a class="navtab" href="activity.php">${vbNav[11]}</a></li></ul><div id="globalsearch" class="globalsearch"><form
action="search.php?do=process" method="post"
id="navbar_search" class="navbar_search"><input type="hidden" name="securitytoken" value="guest" /><input type="hidden" name="do" value="process" /><span
class="textboxcontainer">
<span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span><span class="buttoncontainer"><span><input type="image"
class="searchbutton"
src="images/buttons/search.png" name="submit" tabindex="100"/></span></span></form><ul class="navbar_advanced_search"><li><a href="search.php"
accesskey="4">Advanced Search</a></li>
</ul></div></div></div><div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php"
accesskey="1"><img
src="images/misc/navbit-home.png" alt="Home" /></a></li>${vbCrumbs
  .map(
    (t) => `<li class="navbit"><a
href="forumdisplay.php?${t.replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
<li class="navbit lastnavbit"><span> ${vbTitle}</span></li></ul><hr /></div><div id="ad_global_below_navbar"></div><div id="notices" class="notices"><ol><li
class="restore"
id="navbar_notice_1">${vbNoticeHtml}
</li></ol></div><div id="above_postlist" class="above_postlist"><a href="newreply.php?p=318822&amp;noquote=1" class="newcontent_textcontrol"
id="newreplylink_top"><span>+</span>
Reply to Thread</a><div id="pagination_top" class="pagination_top"><div id="postpagestats_above" class="postpagestats">Results 1 to 4 of 4</div></div></div>
<div id="pagetitle" class="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?40122-Cloudy-water"
title="Reload this Page">${vbTitle}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu"
id="threadtools"><h6><a
class="popupctrl" href="javascript://">Thread Tools</a></h6><ul class="popupbody popuphover"><li><a href="printthread.php?t=40122&amp;pp=10&amp;page=1"
accesskey="3"
rel="nofollow">Show Printable Version</a></li><li><a href="subscription.php?do=addsubscription&amp;t=40122" rel="nofollow">Subscribe to this
Thread</a></li></ul></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6><ul class="popupbody popuphover"><li><label>Linear
Mode</label></li>
<li><a href="showthread.php?40122&amp;mode=hybrid">Switch to Hybrid Mode</a></li><li><a href="showthread.php?40122&amp;mode=threaded">Switch to Threaded
Mode</a></li></ul></li>
</ul></div></div><div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${vbPosts.map((p, i) => vbPost(p, i + 1)).join('\n')}
</ol></div><div id="below_postlist" class="noinlinemod below_postlist"><a href="newreply.php?p=319204&amp;noquote=1" class="newcontent_textcontrol"
id="newreplylink_bottom"><span>+</span>
Reply to Thread</a></div><div id="thread_info" class="thread_info block"><div class="navlinks"><strong>&laquo; <a
href="showthread.php?40122&amp;goto=nextoldest"
rel="nofollow">Previous Thread</a></strong> | <strong><a href="showthread.php?40122&amp;goto=nextnewest" rel="nofollow">Next Thread</a> &raquo;</strong></div>
<h4 class="threadinfohead blockhead">Similar Threads</h4><div id="similar_threads" class="thread_info_block blockbody formcontrols"><ul
class="simlist">${vbSimilar
  .map(
    ([
      t,
      u,
      f,
      r,
      l,
    ]) => `<li class="floatcontainer"><div class="titleblock"><h6><a href="showthread.php?${r}" title="">${t}</a></h6><div class="starter_forum">By ${u} in
forum ${f}</div>
</div><div class="dateblock"><span class="shade">Replies:</span> ${r}<div class="starter_forum">${l}</div></div></li>`,
  )
  .join(
    '\n',
  )}</ul></div><h4 class="threadinfohead blockhead">Tags for this Thread</h4><div id="thread_tags_list" class="thread_info_block blockbody formcontrols"><div
class="inner_block"><div id="tag_list_cell">${vbTags.map((t) => `<a href="tags.php?tag=${t.replace(/ /g, '+')}">${t}</a>`).join(', ')}</div><p><a
href="tags.php">View Tag Cloud</a></p>
</div></div><h4 class="threadinfohead blockhead">Bookmarks</h4><div id="social_bookmarks_list"
class="thread_info_block blockbody formcontrols floatcontainer"><h5>Bookmarks</h5>
<ul class="floatcontainer">${vbBookmarks
  .map(
    (t) => `<li><img src="images/misc/bookmarksite_x.gif" alt="${t}" /> <a href="https://bookmarks.example/?u=40122"
target="socialbookmark">${t}</a></li>`,
  )
  .join('')}
</ul></div><div class="options_block_container"><div class="options_block"><h4 class="collapse blockhead options_correct">Posting Permissions</h4><div
id="forumrules"
class="thread_info_block blockbody formcontrols floatcontainer options_correct"><div class="inner_block"><ul class="youcandoblock">${vbPerms
  .slice(0, 4)
  .map((t) => `<li>${t.replace('may not', '<strong>may not</strong>')}</li>`)
  .join('')}</ul><div class="bbcodeblock"><ul>${vbPerms
  .slice(4, 9)
  .map((t) => `<li>${t.replace(/ (On|Off)$/, ' <strong>$1</strong>')}</li>`)
  .join('')}</ul><p><a href="misc.php?do=showrules">${vbPerms[9]}</a></p></div></div></div></div></div></div>
<div id="footer" class="floatcontainer footer"><form action="forum.php" method="get" id="footer_select" class="footer_select"><select name="styleid"
onchange="switch_id(this, 'style')">
<optgroup label="Quick Style Chooser" class="result"><option class="hidden"></option></optgroup><optgroup label="Standard Styles"><option value="4" class=""
selected="selected">--
AquaKeepers Blue</option></optgroup></select></form><ul id="footer_links" class="footer_links">${vbFoot
  .map((t) => `<li><a href="${t === 'Top' ? '#top' : `${t.toLowerCase().replace(/ /g, '')}.php`}">${t}</a></li>`)
  .join('')}</ul></div></div><div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">09:12
AM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin&#174; Version 4.2.5 <br />Copyright &#169; 2025 vBulletin Solutions Inc. All
rights reserved.</div>
<div id="footer_morecopyright" class="shade footer_morecopyright"></div></div>
<script type="text/javascript"><!-- vBulletin_init(); //--></script></body></html>`;
export const vbulletinThread: TestPage = {
  html: vbHtml,
  name: 'heldout119-vbulletin-thread',
  kind: 'forum',
  // every post's text in its postcontent blockquote is body (the blockquote is the post, not a quotation); the bbcode quote
  // in post 3 ("Originally Posted by" and the quoted words) is in neither list; usernames, post dates and times and the
  // "Last edited by" line are bylines; the first post's h2 repeats the title (in neither list); user titles, the
  // Join Date / Location / Posts pairs, signatures, "Reply With Quote" and the thread blocks below the posts are furniture
  title: vbTitle,
  headings: [],
  body: texts(vbPosts.flatMap((p) => p.ps)),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'reedbed_rosa', '08-21-2025, 07:14 PM', 'OldTetraTom', '08-21-2025, 08:02 PM', 'shrimpqueen', '08-22-2025, 09:45 AM', '08-28-2025, 06:20 PM',
    vbPosts[0]!.edited!,
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Register', 'Help', 'Remember Me?', ...vbNav, 'Advanced Search', ...vbCrumbs.slice(1), vbNotice, 'Reply to Thread', 'Results 1 to 4 of 4', 'Thread:',
    'Thread Tools', 'Show Printable Version', 'Subscribe to this Thread', 'Display', 'Linear Mode', 'Switch to Hybrid Mode', 'Switch to Threaded Mode', '#1',
'#2',
    '#3', '#4', ...vbMember, 'Junior Member', 'Senior Member', 'Moderator', 'Join Date', 'Location', 'Posts', ...vbPosts.flatMap((p) => [p.joined, p.loc,
p.posts]),
    vbPosts[0]!.sig!, vbPosts[1]!.sig!, 'Reply With Quote', 'Previous Thread', 'Next Thread', 'Similar Threads',
    ...vbSimilar.flatMap(([t, u, f, , l]) => [t, `By ${u} in forum ${f}`, l]), 'Replies:', 'Tags for this Thread', ...vbTags, 'View Tag Cloud', 'Bookmarks',
    ...vbBookmarks, 'Posting Permissions', ...vbPerms, '-- AquaKeepers Blue', ...vbFoot, 'All times are GMT. The time now is 09:12 AM.',
    'Powered by vBulletin® Version 4.2.5', 'Copyright © 2025 vBulletin Solutions Inc. All rights reserved.',
    ]),
  ],
};
