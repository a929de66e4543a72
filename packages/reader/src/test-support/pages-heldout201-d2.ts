import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file d2: a woodworking forum thread on vBulletin 4 as a guest saves it (the top links with the
 * inline log-in form, the navtabs and their sub-links, global search, the breadcrumb, the "Thread:" page title, "Results 1
 * to 5 of 5" and "Thread Tools", postbits with dates, post counters, user titles, join date / location / posts, the post
 * text inside `blockquote.postcontent`, a vBulletin quote box with "Originally Posted by", signatures, "Reply With Quote",
 * a "Last edited by" line, the quick navigation, similar threads, "Posting Permissions", the time line and the footer).
 */
const wwTitle = 'Tearout on the pins when chopping dovetails in white oak';
type VbPost = { id: number; user: string; utitle: string; joined: string; loc: string; posts: string; date: string; time: string; n: string };
const wwPosts: (VbPost & { text: string[]; quote?: { who: string; text: string }; edited?: string; sig?: string })[] = [
  {
    ...{ id: 48211, user: 'ridgeline_joinery', utitle: 'Member', joined: 'Mar 2019', loc: 'Boone, NC', posts: '212' },
    ...{ date: '04-02-2025', time: '08:14 PM', n: '#1', sig: 'Measure twice, cut once, sharpen often.' },
    text: paras(`
I am building a blanket chest for my daughter in quartersawn white oak, through dovetails at all four corners, pins first. The tails
are fine but I keep getting tearout on the inside face of the pin board when I chop out the waste between the pins. It is not huge,
maybe a sixteenth deep, but it shows on the inside of the chest and it is driving me nuts.

I am scribing the baseline with a cutting gauge, sawing to the line, then chopping halfway from each face with a 1/2 inch bench
chisel. Chisels are sharpened to 25 degrees with a 30 degree microbevel on waterstones up to 8000. What am I missing?`),
  },
  {
    ...{ id: 48215, user: 'Hollis Grunewald', utitle: 'Senior Member', joined: 'Jan 2008', loc: 'Lancaster County, PA', posts: '6,904' },
    ...{ date: '04-02-2025', time: '09:02 PM', n: '#2', edited: 'Last edited by Hollis Grunewald; 04-02-2025 at 09:20 PM.' },
    text: paras(`
Two things I would check. First, how deep is your gauge line? In white oak the fibres at the baseline need to be cut cleanly, not
just scratched. I go over the line twice and then pare a small V-groove on the waste side with the chisel before I take the first
real chop. That little wall gives the chisel something to register against and stops the fibres lifting past the line.

Second, take smaller bites. If you try to chop straight down at the line on the first blow, the wedge of the bevel pushes the
chisel back towards the line and crushes the fibres beyond it. Start a sixteenth away, remove the waste, then make the final cut
at the line with a light tap.`),
  },
  {
    ...{ id: 48219, user: 'ridgeline_joinery', utitle: 'Member', joined: 'Mar 2019', loc: 'Boone, NC', posts: '212' },
    ...{ date: '04-03-2025', time: '07:45 AM', n: '#3', sig: 'Measure twice, cut once, sharpen often.' },
    quote: { who: 'Hollis Grunewald', text: 'Start a sixteenth away, remove the waste, then make the final cut at the line with a light tap.' },
    text: paras(`
That is almost certainly it. I was setting the chisel right in the gauge line for the very first blow. Tried it your way on a
scrap of the same board last night and the inside face is clean. Slower, but not by much.`),
  },
  {
    ...{ id: 48226, user: 'Tomasz Wierzbicki', utitle: 'Member', joined: 'Sep 2021', loc: 'Grand Rapids, MI', posts: '88' },
    ...{ date: '04-03-2025', time: '12:31 PM', n: '#4' },
    text: paras(`
One more trick if you have a lot of waste to remove: saw out most of it with a coping saw first, staying well off the line, and
then only pare the last bit. Much less force on the chisel, so much less chance of the fibres breaking out on the back.

Also support the board on a piece of scrap rather than the bench top. A small gap under the pin board is enough to let the fibres
burst out when you chop through from the second face.`),
  },
  {
    ...{ id: 48240, user: 'ridgeline_joinery', utitle: 'Member', joined: 'Mar 2019', loc: 'Boone, NC', posts: '212' },
    ...{ date: '04-06-2025', time: '05:10 PM', n: '#5', sig: 'Measure twice, cut once, sharpen often.' },
    text: paras(`
Update for anyone who finds this later: all four corners are cut and glued. I used the coping saw for the waste, the V-groove at
the baseline, and a sacrificial board underneath. Not a single chip on the inside. Thanks all.`),
  },
];
const wwTop = ['Register', 'Help', 'User Name', 'Password', 'Remember Me?'];
const wwNav = ['Forum', 'What\u2019s New?', 'Today\u2019s Posts', 'FAQ', 'Calendar', 'Community', 'Forum Actions', 'Quick Links', 'Advanced Search'];
const wwCrumbs = ['Woodworking Forums', 'Hand Tools'];
const wwAbove = ['Results 1 to 5 of 5', 'Thread Tools', 'Show Printable Version', 'Email this Page\u2026', 'Display'];
const wwSimilar = [
  'Similar Threads',
  'Cutting gauge versus marking knife for dovetail baselines',
  'Best chisel set under $200?',
  'Quartersawn white oak blanket chest build',
];
const wwPerms = [
  'Posting Permissions',
  'You may not post new threads',
  'You may not post replies',
  'You may not post attachments',
  'You may not edit your posts',
  'BB code is On',
  'Smilies are On',
  'HTML code is Off',
  'Forum Rules',
];
const wwFoot = ['Contact Us', 'Blue Ridge Woodworkers Guild', 'Archive', 'Privacy Statement', 'Top'];
const wwTime = 'All times are GMT -5. The time now is 10:42 AM.';
const wwPowered = 'Powered by vBulletin® Version 4.2.5 Copyright © 2025 vBulletin Solutions Inc. All rights reserved.';
const wwPost = (p: (typeof wwPosts)[number]): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date},&nbsp;<span class="time">${p.time}</span></span></span>
<span class="nodecontrols"><a name="post${p.id}" href="showthread.php?t=9120&amp;p=${p.id}#post${p.id}" class="postcounter">${p.n}</a>
<a id="postcount${p.id}" name="${p.n.slice(1)}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl"
href="member.php?u=${p.id}" title="${p.user} is offline"><strong>${p.user}</strong></a></div><img class="inlineimg onlinestatus"
src="images/statusicon/user-offline.png" alt="${p.user} is offline" border="0"></div><span class="usertitle">${p.utitle}</span>
<a class="postuseravatar" href="member.php?u=${p.id}" title="${p.user} is offline"><img src="customavatars/avatar${p.id}_2.gif" alt="${p.user}'s Avatar"></a>
<hr><dl class="userinfo_extra"><dt>Join Date</dt> <dd>${p.joined}</dd> <dt>Location</dt> <dd>${p.loc}</dd> <dt>Posts</dt> <dd>${p.posts}</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore ">${
  p.quote === undefined
    ? ''
    : `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Quote"> Originally Posted by <strong>${p.quote.who}</strong>
<a href="showthread.php?p=48215#post48215" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post"></a></div>
<div class="message">${p.quote.text}</div></div></div></div>`
}${p.text.join('<br>\n<br>\n')}</blockquote></div></div></div>
${p.edited === undefined ? '' : `<blockquote class="postcontent lastedited">${p.edited}</blockquote>`}
<div class="cleardiv"></div></div>
${
  p.sig === undefined
    ? ''
    : `<div class="after_content"><blockquote class="signature restore"><div
class="signaturecontainer">${p.sig}</div></blockquote></div>`
}
</div><div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_${p.id}" class="newreply"
href="newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_${p.id}" src="clear.gif"
alt="Quote"> Reply With Quote</a>
</span><span class="postlinking"></span></div></div><hr></li>`;
const wwHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://forums.blueridgewood.example"><base href="https://forums.blueridgewood.example/">
<meta name="generator" content="vBulletin 4.2.5"><meta name="keywords" content="dovetails, tearout, white oak, chisel, pins">
<meta name="description" content="I am building a blanket chest for my daughter in quartersawn white oak, through dovetails at all four corners.">
<title> Tearout on the pins when chopping dovetails in white oak</title>
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var THIS_SCRIPT = "showthread";</script>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00007l/main-rollup.css?d=1704830211"></head>
<body><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">
<img src="images/misc/brwg-logo.png" alt="Blue Ridge Woodworkers Guild"></a></div><div id="toplinks" class="toplinks"><ul class="nouser">
<li><a href="register.php" rel="nofollow">${wwTop[0]}</a></li><li><a rel="help" href="faq.php">${wwTop[1]}</a></li><li><form id="navbar_loginform"
action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div><label for="navbar_username">${wwTop[2]}</label>
<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10"> <label for="navbar_password">${wwTop[3]}</label>
<input type="password" class="textbox" name="vb_login_password" id="navbar_password" size="10"> <input type="submit" class="loginbutton" value="Log in"></div>
</div></fieldset><div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1"
id="cb_cookieuser_navbar" class="cb_cookieuser_navbar"> ${wwTop[4]}</label></div></form></li></ul></div><div class="ad_global_header"></div><hr></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">${wwNav[0]}</a>
<ul class="floatcontainer">${links(wwNav.slice(2, 5))}${wwNav
  .slice(5, 8)
  .map((t) => `<li class="popupmenu"><a href="javascript://" class="popupctrl">${t}</a></li>`)
  .join('')}</ul></li><li><a class="navtab" href="activity.php">${wwNav[1]}</a></li></ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">
<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"></span></span></form>
<ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">${wwNav[8]}</a></li></ul></div></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">
<img src="images/misc/navbit-home.png" alt="Home"></a></li>${wwCrumbs.map((c) => `<li class="navbit"><a href="forumdisplay.php">${c}</a></li>`).join('')}
<li class="navbit lastnavbit"><span>${wwTitle}</span></li></ul><hr></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=9120" title="Reload this Page">${wwTitle}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu"
id="threadtools"><h6><a class="popupctrl" href="javascript://">${wwAbove[1]}</a></h6><ul class="popupbody popuphover"><li><a href="printthread.php?t=9120"
rel="nofollow">${wwAbove[2]}</a></li><li><a href="sendmessage.php?do=sendtofriend&amp;t=9120" rel="nofollow">${wwAbove[3]}</a></li></ul></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">${wwAbove[4]}</a></h6></li></ul></div></div>
<div id="above_postlist" class="above_postlist"><div id="pagination_top" class="pagination_top"><div id="postpagestats_above" class="postpagestats">
${wwAbove[0]}</div></div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${wwPosts.map(wwPost).join('\n')}
</ol></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">${wwSimilar[0]}</h4><ol
class="similar_threads">${links(wwSimilar.slice(1), 'floatcontainer')}</ol></div>
<div class="options_block_container"><div class="options_block"><div class="collapse options_correct"><h4 class="blockhead">${wwPerms[0]}</h4>
<div class="thread_info_block blockbody formcontrols floatcontainer"><div id="forumrules" class="info_subblock"><ul class="youcandoblock">${wwPerms
  .slice(1, 5)
  .map((t) => `<li>${t.replace('not ', '<strong>not</strong> ')}</li>`)
  .join('')}</ul><div class="bbcodeblock"><ul>${wwPerms
  .slice(5, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><ul><li><a href="misc.php?do=showrules" target="_blank">${wwPerms[8]}</a></li></ul></div></div></div></div></div></div></div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links">${links(wwFoot)}</ul></div>
<div id="footer_time" class="shade footer_time">${wwTime}</div><div id="footer_copyright" class="shade footer_copyright">${wwPowered}</div>
<script type="text/javascript">vBulletin.register_control("vB_Popup", "threadtools");</script></body></html>`;
export const woodPage: TestPage = {
  html: wwHtml,
  name: 'heldout201-vbulletin-woodworking-thread',
  kind: 'forum',
  // the title is the thread title without the "Thread:" prefix; post dates with times are bylines, as is "Last edited by";
  // the "Originally Posted by" quote is in neither list, its label furniture; signatures, user titles and stats are furniture
  title: wwTitle,
  headings: [],
  body: texts(wwPosts.flatMap((p) => p.text)),
  bylines: [...new Set(wwPosts.flatMap((p) => [p.user, `${p.date}, ${p.time}`])), 'Last edited by Hollis Grunewald; 04-02-2025 at 09:20 PM.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wwTop, ...wwNav, ...wwCrumbs, 'Thread:', ...wwAbove, '#1', '#2', '#3', '#4', '#5', 'Member', 'Senior Member', 'Join Date', 'Posts',
    ...new Set(wwPosts.flatMap((p) => [p.joined, p.loc, p.posts])), 'Originally Posted by Hollis Grunewald', 'Measure twice, cut once, sharpen often.',
    'Reply With Quote', ...wwSimilar, ...wwPerms, ...wwFoot, wwTime, wwPowered,
  ],
};
