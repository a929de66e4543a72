import { links } from './page-kit.js';
import { type VbPost, vbPosts } from './pages-heldout134-c4.js';

/**
 * Held-out batch 134, file c2: a vBulletin 4.2 thread on a boating forum as a guest saves it: the header with the guest
 * login form and "Remember Me?", the navtabs with their sub-menus, the breadcrumb whose last item repeats the thread title,
 * the guest notice, "Thread: " before the title in the h1, results counts and thread tools, legacy postbits (user title,
 * join date, location, post count), the first post's title and the sponsored ad inside it, posts written with br line
 * breaks, a quoted post, signatures, "Reply With Quote", a "Last edited by" line, the thank-you box, similar threads, tags,
 * bookmarks, posting permissions and the footer with its time line and copyright.
 */
export const vbTitle = 'Kestrel 115 four-stroke idles rough after winter lay-up';
export const vbAd = ['Advertisement', 'Harbourline Marine Supply: outboard parts shipped same day, free over $75'];
export const vbNav = [
  'Home',
  'Forum',
  'New Posts',
  'FAQ',
  'Calendar',
  'Community',
  'Groups',
  'Albums',
  'Member List',
  'Forum Actions',
  'Mark Forums Read',
  'Quick Links',
  "Today's Posts",
  'View Site Leaders',
  "What's New?",
  'Advanced Search',
];
export const vbCrumbs = ['Forum', 'Engines & Outboards', 'Four-Stroke Outboards'];
export const vbNotice = `Welcome to Tidewater Outboard Forums. If this is your first visit, take a look at the FAQ. You will need to register before you can
post: click the register link above to proceed.`;
export const vbTools = [
  'LinkBack',
  'LinkBack URL',
  'About LinkBacks',
  'Thread Tools',
  'Show Printable Version',
  'Email this Page…',
  'Subscribe to this Thread…',
  'Display',
  'Linear Mode',
  'Switch to Hybrid Mode',
  'Switch to Threaded Mode',
];
export const vbThanks = ['The Following User Says Thank You to Capt. Dewey For This Useful Post:', 'skiffrunner (03-17-2025)'];
export const vbSimilar: readonly (readonly [string, string, string, string, string])[] = [
  ['Kestrel 90 surging at idle after fuel change', 'harbor_hank', 'Four-Stroke Outboards', '11', '08-14-2024'],
  ['Winterizing a Kestrel 115: fog or not?', 'mudflat', 'Maintenance & Repair', '23', '11-02-2023'],
  ['Idle air control valve part number', 'skinnywater', 'Four-Stroke Outboards', '4', '05-29-2022'],
];
export const vbTags = ['idle', 'kestrel', 'winterizing'];
export const vbBookmarks = ['Digg', 'del.icio.us', 'StumbleUpon', 'Google'];
export const vbPerms = [
  'You may not post new threads',
  'You may not post replies',
  'You may not post attachments',
  'You may not edit your posts',
  'BB code is On',
  'Smilies are On',
  '[IMG] code is On',
  '[VIDEO] code is On',
  'HTML code is Off',
  'Forum Rules',
];
export const vbFooter = ['Contact Us', 'Tidewater Outboard Forums', 'Archive', 'Privacy Statement', 'Top'];
const vbQuote = (q: readonly [string, string]): string => `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">
<div class="bbcode_quote_container"></div><div class="bbcode_postedby"><img title="Originally Posted by" class="inlineimg" src="images/misc/quote_icon.png"
alt="Originally Posted by" /> Originally Posted by <strong>${q[0]}</strong><a href="showthread.php?p=388121#post388121" rel="nofollow"><img class="inlineimg"
src="images/buttons/viewpost-right.png" alt="View Post" /></a></div><div class="message">${q[1]}</div></div></div></div>`;
const vbPost = (p: VbPost): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date}</span></span>
<span class="nodecontrols"><a name="post${p.id}" href="showthread.php?48213-Kestrel-115&amp;p=${p.id}#post${p.id}" class="postcounter">#${p.n}</a><a
id="postcount${p.id}" name="${p.n}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl"
href="member.php?${p.posts.length}-${p.user.replace(/[^a-z]/gi, '')}" title="${p.user} is offline"><strong>${p.user}</strong></a></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="${p.user} is offline" border="0" /></div>
<span class="usertitle">${p.utitle}</span><a class="postuseravatar" href="member.php?1" title="${p.user} is offline"><img src="customavatars/avatar${p.n}_2.gif"
alt="${p.user}'s Avatar" title="${p.user}'s Avatar" /></a><hr /><dl class="userinfo_extra"><dt>Join Date</dt> <dd>${p.joined}</dd>
<dt>Location</dt> <dd>${p.location}</dd><dt>Posts</dt> <dd>${p.posts}</dd></dl></div>
<div class="postbody"><div class="postrow has_after_content">${p.n === 1 ? `<h2 class="title icon">${vbTitle}</h2>` : ''}
<div class="content">${
  p.n === 1
    ? `<div id="ad_showthread_firstpost_start"><div class="vb_ad"><span class="ad_label">${vbAd[0]}</span>
<a href="https://ads.tidewateroutboards.example/click?id=77" rel="nofollow sponsored">${vbAd[1]}</a></div></div>`
    : ''
}
<div id="post_message_${p.id}"><blockquote class="postcontent restore ">
${p.quote ? vbQuote(p.quote) : ''}${p.paras.join('<br />\n<br />\n')}
</blockquote></div></div>
${p.edited ? `<blockquote class="postcontent lastedited"><img class="inlineimg" src="images/buttons/edit_40b.png" alt="" /> ${p.edited}</blockquote>` : ''}
</div>${p.sig ? `<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${p.sig}</div></blockquote></div>` : ''}
<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_${p.id}" class="newreply"
href="newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_${p.id}" src="clear.gif" alt="Reply With Quote"
/>&nbsp;Reply With Quote</a></span>
<span class="postlinking"></span></div></div><hr /></li>
${
  p.n === 2
    ? `<li class="postbitlegacy postbitim" id="post_thanks_box_${p.id}"><div class="thanks_postbit"><div class="alt2"><strong>${vbThanks[0]}</strong></div>
<div class="alt1"><a href="member.php?9-skiffrunner" rel="nofollow">skiffrunner</a>&nbsp;(03-17-2025)</div></div></li>`
    : ''
}`;
export const vbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta id="e_vb_meta_bburl" name="vb_meta_bburl"
content="https://www.tidewateroutboards.example/forums" />
<base href="https://www.tidewateroutboards.example/forums/" /><!--[if IE]></base><![endif]--><meta name="generator" content="vBulletin 4.2.5" />
<meta name="keywords" content="kestrel,115,idle,rough,winter,outboard" /><meta name="description"
content="Pulled the boat out of the shed last weekend and the Kestrel 115 starts fine but idles really rough" />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var vb_disable_ajax = parseInt("0",
10);</script>
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=425"></script>
<link rel="stylesheet" type="text/css"
href="css.php?styleid=12&amp;langid=1&amp;d=1736204511&amp;td=ltr&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css" />
<title> ${vbTitle}</title><link rel="canonical" href="showthread.php?48213-Kestrel-115-four-stroke-idles-rough-after-winter-lay-up" />
<link rel="stylesheet" type="text/css"
href="css.php?styleid=12&amp;langid=1&amp;d=1736204511&amp;td=ltr&amp;sheet=toolsmenu.css,postlist.css,showthread.css,postbit.css" />
</head><body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img
src="images/misc/tidewater_logo.png"
alt="Tidewater Outboard Forums" /></a></div><div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li>
<li><a rel="help" href="faq.php">Help</a></li><li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails"
class="logindetails">
<div><div><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101"
value="User Name" />
<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />
<input type="submit" class="loginbutton" tabindex="104" value="Log in" accesskey="s" /></div></div></fieldset>
<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar"
class="cb_cookieuser_navbar"
accesskey="c" tabindex="103" /> Remember Me?</label></div></form></li></ul></div><div class="ad_global_header"></div><hr /></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li><a class="navtab" href="content.php">${vbNav[0]}</a></li>
<li class="selected"><a class="navtab" href="forum.php">${vbNav[1]}</a><ul class="floatcontainer">${links(vbNav.slice(2, 5))}
<li class="popupmenu"><a href="javascript://" class="popupctrl" accesskey="6">${vbNav[5]}</a><ul
class="popupbody popuphover">${links(vbNav.slice(6, 9))}</ul></li>
<li class="popupmenu"><a href="javascript://" class="popupctrl">${vbNav[9]}</a><ul class="popupbody popuphover">${links(vbNav.slice(10, 11))}</ul></li>
<li class="popupmenu"><a href="javascript://" class="popupctrl">${vbNav[11]}</a><ul
class="popupbody popuphover">${links(vbNav.slice(12, 14))}</ul></li></ul></li>
<li><a class="navtab" href="activity.php">${vbNav[14]}</a></li></ul><div id="globalsearch" class="globalsearch"><form action="search.php?do=process"
method="post"
id="navbar_search" class="navbar_search"><span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"
/></span></span>
</form><ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">${vbNav[15]}</a></li></ul></div></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img
src="images/misc/navbit-home.png" alt="Home" /></a></li>${links(vbCrumbs, 'navbit')}<li class="navbit lastnavbit"><span> ${vbTitle}</span></li></ul><hr /></div>
<form action="profile.php?do=dismissnotice" method="post" id="notices" class="notices"><ol><li class="restore" id="navbar_notice_1">${vbNotice}</li></ol></form>
<div id="pagetitle" class="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?48213-Kestrel-115"
title="Reload this Page">${vbTitle}</a></span></h1></div>
<div id="thread_controls" class="thread_info block"><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu" id="linkbacktools">
<h6><a class="popupctrl" href="javascript://">${vbTools[0]}</a></h6><ul class="popupbody popuphover">${links(vbTools.slice(1, 3))}</ul></li>
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">${vbTools[3]}</a></h6><ul
class="popupbody popuphover">${links(vbTools.slice(4, 7))}</ul></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">${vbTools[7]}</a></h6><ul class="popupbody popuphover">
<li><label>${vbTools[8]}</label></li>${links(vbTools.slice(9, 11))}</ul></li></ul></div>
<div id="postlist" class="postlist restrain"><div id="above_postlist" class="above_postlist"><div id="pagination_top" class="pagination_top">
<div id="postpagestats_above" class="postpagestats">Results 1 to 6 of 6</div></div></div>
<ol id="posts" class="posts" start="1">
${vbPosts.map(vbPost).join('\n')}
</ol><div id="below_postlist" class="noinlinemod below_postlist"><div id="pagination_bottom" class="pagination_bottom">
<div class="postpagestats">Results 1 to 6 of 6</div></div></div></div>
<div class="navlinks"><strong>«</strong> <a href="showthread.php?48190&amp;goto=nextoldest" rel="nofollow">Previous Thread</a> | <a
href="showthread.php?48190&amp;goto=nextnewest"
rel="nofollow">Next Thread</a> <strong>»</strong></div>
<div id="thread_info" class="thread_info block"><div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4><div
id="similar_threads_list"
class="thread_info_block blockbody formcontrols"><ol class="similar_threads">
${vbSimilar
  .map(
    (s) => `<li class="floatcontainer"><div class="titleblock"><h6><a href="showthread.php?4">${s[0]}</a></h6><div class="starter_forum">By <a
href="member.php?1">${s[1]}</a>
in forum <a href="forumdisplay.php?11">${s[2]}</a></div></div><div class="dateblock"><span class="shade">Replies:</span> ${s[3]}<div class="starter_forum">
<span class="shade">Last Post:</span> ${s[4]}, <span class="time">05:20 PM</span></div></div></li>`,
  )
  .join('\n')}</ol></div></div>
<div id="thread_tags_list"><h4 class="threadinfohead blockhead">Tags for this Thread</h4><div class="thread_info_block blockbody formcontrols floatcontainer">
<div id="tag_list_cell">${vbTags.map((t) => `<a href="tags.php?tag=${t}">${t}</a>`).join(', ')}</div><p><a href="tags.php">View Tag Cloud</a></p></div></div>
<div id="thread_bookmarks"><h4 class="threadinfohead blockhead">Bookmarks</h4><div class="thread_info_block blockbody formcontrols"><h5>Bookmarks</h5>
<ul>${links(vbBookmarks)}</ul></div></div></div>
<div class="options_block_container"><div class="options_block"><h4 class="collapse blockhead options_correct">Posting Permissions</h4>
<div class="thread_info_block blockbody formcontrols floatcontainer options_correct"><div id="forumrules" class="info_subblock"><ul class="youcandoblock">
${vbPerms
  .slice(0, 4)
  .map((t) => `<li>${t.replace(/^You may not /, 'You <strong>may not</strong> ')}</li>`)
  .join('\n')}</ul><div class="bbcodeblock"><ul>
${vbPerms
  .slice(4, 9)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div><p class="rules_link"><a href="misc.php?do=showrules">${vbPerms[9]}</a></p></div></div></div></div>
<div style="clear: left"></div></div>
<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT -5. The time now is <span class="time">08:14 PM</span>.</div>
<div id="footer" class="floatcontainer footer"><form action="forum.php" method="get" id="footer_select" class="footer_select"><select name="styleid"
onchange="switch_id(this, 'style')"><optgroup label="Quick Style Chooser"><option class="hidden"></option></optgroup><optgroup label="&nbsp;Standard Styles">
<option value="12" selected="selected">-- Tidewater Classic</option></optgroup></select></form><ul id="footer_links"
class="footer_links">${links(vbFooter)}</ul></div></div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.example" id="vbulletinlink">vBulletin®</a> Version 4.2.5
<br />
Copyright © 2025 vBulletin Solutions Inc. All rights reserved.</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">Content copyright © Tidewater Outboard Forums 2007-2025</div>
<script type="text/javascript">vBulletin.register_control("vB_AJAX_QuickEdit_Init"); vBulletin.init();</script></body></html>`;
