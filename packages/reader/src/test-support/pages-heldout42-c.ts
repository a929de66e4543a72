import { type TestPage, texts } from './page-kit.js';
import { invisionTopic } from './pages-heldout42-c2.js';

/**
 * Held-out batch 42, file c: a vBulletin 4.2 thread on the default style with vBSEO, seen as a guest (XHTML doctype, the
 * YUI loader and inline config script, toplinks with the guest login form, navtabs with sub-links and popup menus, the
 * breadcrumb, the first-visit notice, AdSense slots, "Thread:" title, thread tools and display modes, legacy postbits with
 * date, post counter, username popup, user title, avatar, Join Date / Location / Posts, a post icon and title, a
 * bbcode quote, signatures, a "Last edited by" line, "Reply With Quote", thread info with users browsing, similar threads,
 * posting permissions, previous / next thread links, the style chooser, footer links and the copyright lines).
 */
const vbTitle = '2004 Silverado 5.3: random no-start, one click';
const vb1 = [
  'Got a 2004 Silverado 1500 with the 5.3 and about 212k on it. For the last two weeks it will randomly not start. Turn the ' +
    'key, one loud click from under the hood, dash lights stay on, nothing else. Turn it again and nine times out of ten it ' +
    'fires right up.',
  'Battery is eight months old and tested good at the parts store. Cleaned both terminals and the ground at the block. It ' +
    'happens hot or cold, no pattern I can find.',
  'Before I throw a starter at it, anything else I should be looking at?',
];
const vb2 = [
  'One click and nothing usually means the solenoid is getting the signal but the contacts are burnt. Next time it does it, ' +
    'have somebody hold the key in start while you check voltage at the big terminal on the starter. If you have 12 volts ' +
    'there and it still just clicks, it is the starter.',
  'Also look at the positive cable where it runs past the exhaust manifold on those trucks. The insulation cooks and the ' +
    'cable corrodes inside where you cannot see it.',
];
const vbQuote = 'Also look at the positive cable where it runs past the exhaust manifold on those trucks.';
const vb3 = [
  'Funny you mention that. Pulled the heat shield back and the cable is crunchy for about six inches right by the manifold. ' +
    'Checked voltage drop from the battery post to the starter stud while cranking and got almost 1.4 volts.',
];
const vb4 = [
  '1.4 volts of drop on the positive side is way too much, anything over half a volt is a problem. Replace that cable before ' + 'you touch the starter.',
  'The factory cable on these trucks is part of a harness with the alternator lead, but the aftermarket ones come as a ' +
    'single piece and are a lot easier to route. Put the new heat sleeve on while you are in there.',
];
const vb5 = [
  'New cable is in, took about an hour and a half including fighting the top bolt on the starter. Voltage drop is down to ' +
    '0.2 and it has started every time for a week, including a couple of hot restarts at the gas station that used to be the worst.',
  'Thanks guys, saved me the price of a starter I did not need.',
];
interface Who {
  id: number;
  name: string;
  title: string;
  joined: string;
  loc: string;
  posts: string;
  sig: string;
}
const ray: Who = {
  id: 4410,
  name: 'rustbelt_ray',
  title: 'Senior Member',
  joined: 'Jun 2009',
  loc: 'NE Ohio',
  posts: '2,341',
  sig: "'04 Silverado 1500 Z71 - 212k and counting<br>'71 C10 project (someday)",
};
const mike: Who = { id: 8817, name: 'Mike_in_KY', title: 'Member', joined: 'Feb 2021', loc: 'Bowling Green', posts: '388', sig: '' };
const tech: Who = {
  id: 102,
  name: 'GMTech04',
  title: 'Forum Moderator',
  joined: 'Mar 2005',
  loc: 'Texas',
  posts: '18,902',
  sig: 'ASE Master Tech. Please post year, engine and mileage with every question.',
};
const postbit = (
  n: number,
  id: number,
  date: string,
  time: string,
  w: Who,
  body: string,
  after = '',
): string => `<li class="postbitlegacy postbitim postcontainer old"
 id="post_${id}"><!-- see bottom of postbit.css for .userinfo .popupmenu styles --><div class="posthead"><span class="postdate old">
<span class="date">${date},&nbsp;<span class="time">${time}</span></span></span><span class="nodecontrols">
<a name="post${id}" href="showthread.php?t=88214&amp;p=${id}#post${id}" class="postcounter">#${n}</a><a id="postcount${id}" name="${n}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">
<a class="username offline popupctrl" href="member.php?u=${w.id}" title="${w.name} is offline"><strong>${w.name}</strong></a>
<ul class="popupbody popuphover memberaction_body"><li class="left"><a href="member.php?u=${w.id}" class="siteicon_profile">View Profile</a></li>
<li class="right"><a href="search.php?do=finduser&amp;userid=${w.id}&amp;contenttype=vBForum_Post&amp;showposts=1" class="siteicon_forum"
 rel="nofollow">View Forum Posts</a></li>
</ul></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="${w.name} is offline" border="0"></div>
<span class="usertitle">${w.title}</span><a class="postuseravatar" href="member.php?u=${w.id}" title="${w.name} is offline">
<img src="customavatars/avatar${w.id}_2.gif" alt="${w.name}'s Avatar" title="${w.name}'s Avatar"></a><hr>
<dl class="userinfo_extra"><dt>Join Date</dt> <dd>${w.joined}</dd> <dt>Location</dt> <dd>${w.loc}</dd> <dt>Posts</dt> <dd>${w.posts}</dd></dl>
<div class="imlinks"></div></div><div class="postbody"><div class="postrow${w.sig || after ? ' has_after_content' : ''}">
${n === 1 ? `<h2 class="title icon"><img src="images/icons/icon5.png" alt="Question"> ${vbTitle}</h2>` : ''}<div class="content"><div id="post_message_${id}">
<blockquote class="postcontent restore ">${body}</blockquote></div></div></div>
${
  w.sig || after
    ? `<div class="after_content">${after}${
        w.sig
          ? `<blockquote class="signature restore"><div
 class="signaturecontainer">${w.sig}</div></blockquote>`
          : ''
      }</div>`
    : ''
}
<div class="cleardiv"></div></div></div><div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols">
<img style="display:none" id="progress_${id}" src="images/misc/progress.gif" alt="">
<a id="qrwq_${id}" class="newreply" href="newreply.php?do=newreply&amp;p=${id}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_${id}" src="clear.gif"
 alt="Reply With Quote">  Reply With Quote</a></span><span class="postlinking"></span></div></div><hr></li>`;
const br = (a: readonly string[]): string => a.join('<br>\n<br>\n');
const vbQuoteHtml = `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Quote"> Originally Posted by <strong>Mike_in_KY</strong>
<a href="showthread.php?p=1021903#post1021903" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post"></a></div>
<div class="message">${vbQuote}</div></div></div></div>`;
const vbSimilar: [string, string, string, string, string][] = [
  ['2003 Silverado clicks but will not crank', 'lowboy', '9', '11-02-2022', '06:15 PM'],
  ['Battery cable replacement on 4.8 / 5.3, any tips?', 'dieseldan', '6', '05-19-2023', '10:02 AM'],
  ['Intermittent crank no start after new starter', 'TahoeTom', '14', '01-08-2024', '08:47 PM'],
];
const vbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://www.gmtruckgarage.example/forums">
<base href="https://www.gmtruckgarage.example/forums/"><!--[if IE]></base><![endif]--><meta name="generator" content="vBulletin 4.2.5">
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">
<!--
  var SESSIONURL = "";
  var SECURITYTOKEN = "guest";
  var IMGDIR_MISC = "images/misc";
  var vb_disable_ajax = parseInt("0", 10);
  var SIMPLEVERSION = "425";
  var BBURL = "https://www.gmtruckgarage.example/forums";
  var LOGGEDIN = 0 > 0 ? true : false;
  var THIS_SCRIPT = "showthread";
  var RELPATH = "showthread.php?t=88214";
// -->
</script>
<script type="text/javascript" src="clientscript/vbulletin-core.js?v=425"></script>
<link rel="stylesheet" type="text/css"
 href="css.php?styleid=2&amp;langid=1&amp;d=1719871234&amp;td=ltr&amp;sheet=bbcode.css,editor.css,popupmenu.css,vbulletin.css">
<title> ${vbTitle}</title><meta name="description" content="Got a 2004 Silverado 1500 with the 5.3 and about 212k on it.">
<link rel="canonical" href="showthread.php?t=88214"></head>
<body><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">
<img src="images/misc/gmtg_logo.png" alt="GM Truck Garage"></a></div><div id="toplinks" class="toplinks"><ul class="nouser">
<li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li>
<li><script type="text/javascript" src="clientscript/vbulletin_md5.js?v=425"></script><form id="navbar_loginform" action="login.php?do=login" method="post"
 onsubmit="md5hash(vb_login_password, vb_login_md5password, vb_login_md5password_utf, 0)"><fieldset id="logindetails" class="logindetails"><div><div
 class="loginfields">
<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="User Name">
<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10">
<input type="submit" class="loginbutton" tabindex="104" value="Log in" accesskey="s"></div></div></fieldset>
<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar"
 class="cb_cookieuser_navbar" accesskey="c" tabindex="103"> Remember Me?</label></div></form></li></ul></div>
<div class="ad_global_header"><div id="ad_global_header1"></div></div><hr></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected" id="vbtab_forum"><a class="navtab"
 href="forum.php">Forum</a>
<ul class="floatcontainer"><li id="vbflink_newposts"><a href="search.php?do=getnew&amp;contenttype=vBForum_Post">New Posts</a></li>
<li id="vbflink_faq"><a href="faq.php">FAQ</a></li><li id="vbflink_calendar"><a href="calendar.php">Calendar</a></li>
<li class="popupmenu" id="vbmenu_community"><a href="javascript://" class="popupctrl">Community</a><ul class="popupbody popuphover">
<li id="vbclink_members"><a href="memberlist.php">Member List</a></li></ul></li>
<li class="popupmenu" id="vbmenu_actions"><a href="javascript://" class="popupctrl">Forum Actions</a><ul class="popupbody popuphover">
<li id="vbalink_mfr"><a href="forumdisplay.php?do=markread&amp;markreadhash=guest">Mark Forums Read</a></li></ul></li>
<li class="popupmenu" id="vbmenu_qlinks"><a href="javascript://" class="popupctrl">Quick Links</a><ul class="popupbody popuphover">
<li id="vbqlink_posts"><a href="search.php?do=getdaily&amp;contenttype=vBForum_Post">Today's Posts</a></li>
<li id="vbqlink_leaders"><a href="showgroups.php" rel="nofollow">View Site Leaders</a></li></ul></li></ul></li>
<li id="vbtab_whatsnew"><a class="navtab" href="activity.php">What's New?</a></li></ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">
<input type="hidden" name="securitytoken" value="guest"><span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox"
 tabindex="99">
</span></span><span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit"
 tabindex="100"></span></span></form>
<ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">Advanced Search</a></li></ul></div></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">
<img src="images/misc/navbit-home.png" alt="Home"></a></li><li class="navbit"><a href="forum.php">Forum</a></li>
<li class="navbit"><a href="forumdisplay.php?f=4">Silverado &amp; Sierra 1999-2006</a></li><li class="navbit"><a
 href="forumdisplay.php?f=12">Electrical</a></li>
<li class="navbit lastnavbit"><span> ${vbTitle}</span></li></ul><hr></div>
<div id="ad_global_below_navbar"><script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000"></script>
<ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4410210221"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>
<div id="notices" class="notices"><ul><li class="restore" id="navbar_notice_1">If this is your first visit, be sure to check out the
<a href="faq.php" target="_blank"><b>FAQ</b></a> by clicking the link above. You may have to <a href="register.php" target="_blank"><b>register</b></a>
before you can post: click the register link above to proceed. To start viewing messages, select the forum that you want to visit from the selection
below.</li></ul></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=88214" title="Reload this Page">${vbTitle}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6><ul class="popupbody popuphover">
<li><a href="printthread.php?t=88214&amp;pp=10&amp;page=1" accesskey="3" rel="nofollow">Show Printable Version</a></li>
<li><a href="subscription.php?do=addsubscription&amp;t=88214" rel="nofollow">Subscribe to this Thread</a></li></ul></li>
<li class="popupmenu searchthread menusearch" id="searchthread"><h6><a class="popupctrl" href="search.php?searchthreadid=88214">Search Thread</a></h6></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6><ul
 class="popupbody popuphover"><li><label>Linear Mode</label></li>
<li><a href="showthread.php?p=1021877&amp;mode=hybrid#post1021877"> Switch to Hybrid Mode</a></li>
<li><a href="showthread.php?p=1021877&amp;mode=threaded#post1021877"> Switch to Threaded Mode</a></li></ul></li></ul></div></div>
<div id="postpagestats_above" class="postpagestats">Results 1 to 5 of 5</div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${postbit(1, 1021877, '03-14-2025', '09:41 PM', ray, br(vb1))}
<li class="postbitlegacy postbitim postcontainer"><div id="ad_thread_first_post_content"><span class="adlabel">Advertisement</span>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4410210222" data-ad-format="auto"></ins></div></li>
${postbit(2, 1021903, '03-14-2025', '10:26 PM', mike, br(vb2))}
${postbit(3, 1022040, '03-15-2025', '11:08 AM', ray, `${vbQuoteHtml}${br(vb3)}`)}
${postbit(4, 1022077, '03-15-2025', '01:52 PM', tech, br(vb4))}
${postbit(
  5,
  1022901,
  '03-20-2025',
  '06:33 PM',
  ray,
  br(vb5),
  '<blockquote class="postcontent lastedited"><img src="images/buttons/edit_40b.png" class="inlineimg" alt=""> Last edited by rustbelt_ray; 03-21-2025 at ' +
    '<span class="time">07:48 AM</span>. </blockquote>',
)}
</ol></div><div id="below_postlist" class="noinlinemod below_postlist"><div id="pagination_bottom" class="pagination_bottom"></div></div>
<div class="navlinks"><strong>&laquo;</strong> <a href="showthread.php?t=88199&amp;goto=nextoldest" rel="nofollow">Previous Thread</a> |
<a href="showthread.php?t=88214&amp;goto=nextnewest" rel="nofollow">Next Thread</a> <strong>&raquo;</strong></div>
<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Thread Information</h4>
<div id="thread_onlineusers" class="thread_info_block blockbody formcontrols"><div class="inner_block"><h5>Users Browsing this Thread</h5>
<div><p>There are currently 1 users browsing this thread. <span class="shade">(0 members and 1 guests)</span></p></div></div></div>
<div id="similar_threads"><h5 class="threadinfohead blocksubhead">Similar Threads</h5><div class="thread_info_block blockbody formcontrols floatcontainer">
<ol class="similar_threads">${vbSimilar
  .map(
    ([t, by, r, d, tm]) => `<li class="floatcontainer"><div class="titleblock"><h6><a href="showthread.php?t=7" title="">${t}</a></h6>
<div class="starter_forum">By ${by} in forum Electrical</div></div><div class="dateblock"><span class="shade">Replies:</span> ${r}
<div class="starter_forum"><span class="shade">Last Post:</span> ${d}, <span class="time">${tm}</span></div></div></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="options_block_container"><div class="options_block"><h5>Posting Permissions</h5><ul class="youcandoblock">
<li>You <strong>may not</strong> post new threads</li><li>You <strong>may not</strong> post replies</li><li>You <strong>may not</strong> post attachments</li>
<li>You <strong>may not</strong> edit your posts</li></ul><div class="bbcodeblock"><ul><li><a href="misc.php?do=bbcode"
 target="_blank">BB code</a> is <strong>On</strong></li>
<li><a href="misc.php?do=showsmilies" target="_blank">Smilies</a> are <strong>On</strong></li><li>HTML code is <strong>Off</strong></li></ul></div>
<div class="rules_link"><a href="misc.php?do=showrules" target="_blank">Forum Rules</a></div></div></div></div></div>
<div id="footer" class="floatcontainer footer"><form action="forum.php" method="get" id="footer_select" class="footer_select"><select name="styleid">
<optgroup label="Quick Style Chooser" class="optgroup"><option class="hidden"></option></optgroup><optgroup label="&nbsp;Standard Styles">
<option value="2" selected="selected">-- Default Style</option></optgroup><optgroup label="&nbsp;Mobile Styles"><option
 value="3">-- Default Mobile Style</option></optgroup>
</select></form><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a></li>
<li><a href="https://www.gmtruckgarage.example">GM Truck Garage</a></li><li><a href="archive/index.php">Archive</a></li><li><a
 href="privacy.php">Privacy Statement</a></li>
<li><a href="#top" onclick="document.location.hash='top'; return false;">Top</a></li></ul></div>
<div id="footer_copyright" class="shade footer_copyright"><!-- Do not remove this copyright notice -->
Powered by <a href="https://www.vbulletin.com"
 id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br>Copyright &copy; 2025 vBulletin Solutions Inc. All rights reserved.
<!-- Do not remove this copyright notice --></div>
<div id="footer_morecopyright" class="shade footer_morecopyright">Search Engine Friendly URLs by <a rel="nofollow"
 href="https://www.crawlability.com/vbseo/">vBSEO</a> 3.6.1</div>
<div id="footer_time" class="shade footer_time">All times are GMT -5. The time now is <span class="time">04:12 AM</span>.</div>
<script type="text/javascript"><!--
  vBulletin.register_control("vB_PostLoader", "1021877", 1);
//--></script></body></html>`;
const vbulletinThread: TestPage = {
  html: vbHtml,
  name: 'heldout42-vbulletin4-thread',
  kind: 'forum',
  // every post is body (paragraphs split at the double <br>); the first post's title repeats the thread title (in neither);
  // the quote box in post 3 ("Originally Posted by Mike_in_KY" and the quoted line) is in neither list; usernames, post
  // dates with times and the "Last edited by" line are bylines; post counters, user titles, Join Date / Location / Posts,
  // signatures, "Reply With Quote", the ad label, notices, thread tools, "Results 1 to 5 of 5", thread info, similar threads
  // (their starters and dates too), permissions, the header with its login form, navtabs, breadcrumb and footer are
  // furniture; the footer's "Top" ("top bolt") and the post counters "#1" to "#5" (single digits the body has) are left out
  title: vbTitle,
  headings: [],
  body: [...texts(vb1), ...texts(vb2), ...texts(vb3), ...texts(vb4), ...texts(vb5)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'rustbelt_ray', 'Mike_in_KY', 'GMTech04', '03-14-2025, 09:41 PM', '03-14-2025, 10:26 PM', '03-15-2025, 11:08 AM', '03-15-2025, 01:52 PM',
    '03-20-2025, 06:33 PM', 'Last edited by rustbelt_ray; 03-21-2025 at 07:48 AM.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register', 'Help', 'Remember Me?', 'Forum', 'New Posts', 'FAQ', 'Calendar', 'Community', 'Member List', 'Forum Actions', 'Mark Forums Read', 'Quick Links',
    "Today's Posts", 'View Site Leaders', "What's New?", 'Advanced Search', 'Silverado & Sierra 1999-2006', 'Electrical',
    'If this is your first visit, be sure to check out the', 'by clicking the link above. You may have to',
    'To start viewing messages, select the forum that you want to visit from the selection below.', 'Thread:', 'Thread Tools',
    'Show Printable Version', 'Subscribe to this Thread', 'Search Thread', 'Display', 'Linear Mode', 'Switch to Hybrid Mode', 'Switch to Threaded Mode',
    'Results 1 to 5 of 5', 'View Profile', 'View Forum Posts', 'Senior Member', 'Member', 'Forum Moderator',
    'Join Date', 'Jun 2009', 'Feb 2021', 'Mar 2005', 'Location', 'NE Ohio', 'Bowling Green', 'Texas', 'Posts', '2,341', '388', '18,902',
    "'04 Silverado 1500 Z71 - 212k and counting", "'71 C10 project (someday)", 'ASE Master Tech. Please post year, engine and mileage with every question.',
    'Reply With Quote', 'Advertisement', 'Previous Thread', 'Next Thread', 'Thread Information', 'Users Browsing this Thread',
    'There are currently 1 users browsing this thread.', '(0 members and 1 guests)', 'Similar Threads', ...vbSimilar.map(([t]) => t),
    ...vbSimilar.map(([, by]) => `By ${by} in forum Electrical`), 'Replies:', 'Last Post:', ...vbSimilar.map(([, , , d, tm]) => `${d}, ${tm}`),
    'Posting Permissions', 'post new threads', 'post replies', 'post attachments', 'edit your posts', 'BB code', 'Smilies', 'HTML code is',
    'Forum Rules', 'Contact Us', 'GM Truck Garage', 'Archive', 'Privacy Statement', 'Version 4.2.5', '2025 vBulletin Solutions Inc. All rights reserved.',
    'Search Engine Friendly URLs by', 'vBSEO', 'All times are GMT -5. The time now is 04:12 AM.',
  ],
};

export const HELDOUT42_C: readonly TestPage[] = [vbulletinThread, invisionTopic];
