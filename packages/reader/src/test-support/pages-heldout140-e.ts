import { links, type TestPage, texts } from './page-kit.js';
import { appleCommunities } from './pages-heldout140-e2.js';

/**
 * Held-out batch 140, file e: a MyBB 1.8 thread in the default theme with horizontal postbits, as a guest saves it: the
 * logo and top links, the "Hello There, Guest!" panel with the search box and the hidden quick-login modal, the
 * navigation trail with the thread title as its active item (no h1: the title sits in the table's thead), "Post Reply",
 * "Thread Modes" and the thread rating, posts with author avatar, name, status icon, user title, stars and statistics,
 * "#n" links, dates, a "last modified" line, bodies as text with <br> breaks, a MyCode quote with its "Wrote:" cite,
 * "Find" / "Reply" buttons, the next oldest / newest links, thread tools, Forum Jump, the viewers line and the footer;
 * and, from file e2, an Apple Support Communities thread.
 */
const mbTitle = 'Dew on the corrector plate every night: heater strip or dew shield?';
type Mb = { pid: number; user: string; title: string; stars: number; stats: string[]; date: string; paras: string[]; edit?: string; quote?: string };
const mbPosts: Mb[] = [
  {
    pid: 10412,
    user: 'stargazer_bex',
    title: 'Junior Member',
    stars: 2,
    stats: ['Posts: 37', 'Threads: 6', 'Joined: Mar 2023', 'Reputation:'],
    date: '11-02-2025, 08:15 PM',
    edit: '(This post was last modified: 11-02-2025, 08:40 PM by stargazer_bex.)',
    paras: [
      'I have an 8 inch Schmidt-Cassegrain and I observe from the back garden, which backs onto fields. From September onwards the corrector ' +
        'plate dews up within about forty minutes of setting up, and after that the view is a grey smear until I bring the scope inside.',
      'I have read about both dew shields and heater strips but cannot work out whether a shield alone is enough, or whether I need to go ' +
        'straight to a heater and a controller. I run everything from a 12 V power tank at the moment.',
    ],
  },
  {
    pid: 10415,
    user: 'Orrin Blaylock',
    title: 'Senior Member',
    stars: 4,
    stats: ['Posts: 1,284', 'Threads: 41', 'Joined: Jan 2014', 'Reputation:'],
    date: '11-02-2025, 09:03 PM',
    paras: [
      'A dew shield buys you time but on a damp site next to fields it will not stop it. I would get both. The shield slows radiative cooling ' +
        'of the corrector, which means the heater can run at a lower setting and your power tank lasts longer.',
      'For an 8 inch SCT a 14 inch heater strip is about right. Run it through a simple controller at around a third of full power. Full ' +
        'power is wasteful and can cause tube currents that soften the view.',
    ],
  },
  {
    pid: 10421,
    user: 'stargazer_bex',
    title: 'Junior Member',
    stars: 2,
    stats: ['Posts: 37', 'Threads: 6', 'Joined: Mar 2023', 'Reputation:'],
    date: 'Yesterday, 07:12 AM',
    quote: 'Run it through a simple controller at around a third of full power.',
    paras: ['That makes sense, thank you. How much current does a strip like that draw? My power tank is rated at 17 Ah and it also runs the mount.'],
  },
  {
    pid: 10430,
    user: 'Orrin Blaylock',
    title: 'Senior Member',
    stars: 4,
    stats: ['Posts: 1,284', 'Threads: 41', 'Joined: Jan 2014', 'Reputation:'],
    date: 'Yesterday, 08:46 AM',
    paras: [
      'At full power a 14 inch strip draws around 1.2 A, so at a third you are looking at roughly 0.4 A. Add the mount and you should still ' +
        'get a full night out of 17 Ah, with room to spare. Keep an eye on it in January, though, because cold batteries give noticeably less.',
    ],
  },
  {
    pid: 10437,
    user: 'Wren Castellano',
    title: 'Moderator',
    stars: 5,
    stats: ['Posts: 4,902', 'Threads: 230', 'Joined: Jun 2011', 'Reputation:'],
    date: 'Yesterday, 06:30 PM',
    paras: [
      'One more thing worth doing: put the dew shield on as soon as you carry the scope out, not when you first notice dew. Once the corrector ' +
        'is wet, the heater has to evaporate the water before it can keep it clear, and that takes far longer than preventing it in the first place.',
    ],
  },
];
const mbRep = ['3', '118', '3', '118', '402'];
const mbTop = ['Portal', 'Search', 'Member List', 'Calendar', 'Help'];
const mbLogin = ['Username:', 'Password:', 'Lost Password?', 'Remember me'];
const mbFoot = ['Contact Us', 'Kestrel Skies', 'Return to Top', 'Lite (Archive) Mode', 'Mark all forums read', 'RSS Syndication'];
const mbPost = (p: Mb, i: number): string => `<a name="pid${p.pid}" id="pid${p.pid}"></a>
<div class="post " style="" id="post_${p.pid}"><div class="post_author"><div class="author_avatar"><a
href="member.php?action=profile&amp;uid=${p.user.length}"><img
src="https://forum.kestrelskies.example/uploads/avatars/avatar_${p.user.length}.png?dateline=1700000000" alt="" width="55" height="55"></a></div>
<div class="author_information"><strong><span class="largetext"><a
href="https://forum.kestrelskies.example/member.php?action=profile&amp;uid=${p.user.length}">${p.user}</a>
</span></strong> <img src="https://forum.kestrelskies.example/images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status"><br><span
class="smalltext">
${p.title}<br>${'<img src="images/star.png" border="0" alt="*">'.repeat(p.stars)}<br></span></div><div class="author_statistics">${p.stats
  .slice(0, 3)
  .map((s) => `\n\t\t${s}<br>`)
  .join('')}
\t\t${p.stats[3]} <a href="reputation.php?uid=${p.user.length}"><strong class="reputation_positive">${mbRep[i]}</strong></a></div></div>
<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a
href="showthread.php?tid=812&amp;pid=${p.pid}#pid${p.pid}"
title="${mbTitle}">#${i + 1}</a></strong></div><span class="post_date">${p.date} <span class="post_edit" id="edited_by_${p.pid}">${
  p.edit ? `<span class="edited_post">${p.edit}</span>` : ''
}</span></span></div><div class="post_body scaleimages" id="pid_${p.pid}">
${
  p.quote
    ? `<blockquote class="mycode_quote"><cite><span> (11-02-2025, 09:03 PM)</span>Orrin Blaylock Wrote: <a
href="https://forum.kestrelskies.example/showthread.php?pid=10415#pid10415"
class="quick_jump"></a></cite>${p.quote}</blockquote><br>\n`
    : ''
}${p.paras.join('<br>\n<br>\n')}
</div><div class="post_meta" id="post_meta_${p.pid}"></div></div><div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a
href="search.php?action=finduser&amp;uid=${p.user.length}" title="Find all posts by this user" class="postbit_find"><span>Find</span></a></div>
<div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=812&amp;replyto=${p.pid}" title="Quote this message in a reply"
class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div></div>`;
const mbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><title>${mbTitle}</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://forum.kestrelskies.example/syndication.php">
<link rel="alternate" type="application/atom+xml" title="Latest Threads (Atom 1.0)" href="https://forum.kestrelskies.example/syndication.php?type=atom1.0">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="Content-Script-Type" content="text/javascript">
<script type="text/javascript" src="https://forum.kestrelskies.example/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="https://forum.kestrelskies.example/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="https://forum.kestrelskies.example/cache/themes/theme1/global.min.css?t=1701000000">
<link type="text/css" rel="stylesheet" href="https://forum.kestrelskies.example/cache/themes/theme1/showthread.min.css?t=1701000000">
<script type="text/javascript"><!--
  lang.unknown_error = "An unknown error has occurred."; var cookieDomain = ".kestrelskies.example"; var my_post_key = "2bd2a0c4";
// --></script><link rel="canonical" href="https://forum.kestrelskies.example/showthread.php?tid=812">
<script type="text/javascript" src="https://forum.kestrelskies.example/jscripts/thread.js?ver=1822"></script></head>
<body><div id="container"><a name="top" id="top"></a><div id="header"><div id="logo"><div class="wrapper"><a
href="https://forum.kestrelskies.example/index.php"><img
src="https://forum.kestrelskies.example/images/logo.png" alt="Kestrel Skies Forum" title="Kestrel Skies Forum"></a><ul class="menu
top_links">${links(mbTop)}</ul></div></div>
<div id="panel"><div class="upper"><div class="wrapper"><form action="https://forum.kestrelskies.example/search.php"><fieldset id="search"><input
name="keywords"
type="text" class="textbox"><input value="Search" class="button" type="submit"><input type="hidden" name="action" value="do_search"></fieldset></form>
<span class="welcome">Hello There, Guest! <a href="https://forum.kestrelskies.example/member.php?action=login" class="login">Login</a> <a
href="https://forum.kestrelskies.example/member.php?action=register" class="register">Register</a></span></div></div>
<div class="modal" id="quick_login" style="display: none;"><form method="post" action="https://forum.kestrelskies.example/member.php"><input name="action"
type="hidden"
value="do_login"><table width="100%" cellspacing="0" cellpadding="5" border="0" class="tborder"><tr><td class="thead"
colspan="2"><strong>Login</strong></td></tr>
<tr><td class="trow1" width="25%"><strong>${mbLogin[0]}</strong></td><td class="trow1"><input name="quick_username" type="text" class="textbox
initial_focus"></td></tr>
<tr><td class="trow2"><strong>${mbLogin[1]}</strong></td><td class="trow2"><input name="quick_password" type="password" class="textbox"> <a
href="https://forum.kestrelskies.example/member.php?action=lostpw" class="lost_password">${mbLogin[2]}</a></td></tr><tr><td class="trow1">&nbsp;</td><td
class="trow1 remember_me"><input name="quick_remember" id="quick_login_remember" type="checkbox" value="yes" class="checkbox" checked="checked"><label
for="quick_login_remember">${mbLogin[3]}</label></td></tr><tr><td class="trow2" colspan="2"><div align="center"><input name="submit" type="submit"
class="button"
value="Login"></div></td></tr></table></form></div></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="https://forum.kestrelskies.example/index.php">Kestrel Skies Forum</a> › <a
href="forumdisplay.php?fid=3">Equipment</a> › <a href="forumdisplay.php?fid=7">Telescopes &amp; Mounts</a><br><img
src="https://forum.kestrelskies.example/images/nav_bit.png"
alt=""><span class="active">${mbTitle}</span></div><br>
<div class="float_left"><div class="float_left"><strong>Thread Rating:</strong></div><div class="float_left"><ul class="star_rating" id="rating_thread_812">
<li style="width: 0%" class="current_rating" id="current_rating_812">0 Vote(s) - 0 Average</li></ul></div></div><div class="float_right"><a
href="newreply.php?tid=812" class="button new_reply_button"><span>Post Reply</span></a></div><br class="clear">
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div class="float_right"><span class="smalltext"><strong><a
href="javascript:void(0)" id="thread_modes">Thread Modes</a></strong></span></div><div><strong>${mbTitle}</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">
${mbPosts.map(mbPost).join('\n')}
</div></td></tr><tr><td class="tfoot"><div class="float_right"><strong>« <a href="showthread.php?tid=812&amp;action=nextoldest">Next Oldest</a> | <a
href="showthread.php?tid=812&amp;action=nextnewest">Next Newest</a> »</strong></div></td></tr></table>
<div class="float_left"><ul class="thread_tools"><li class="printable"><a href="printthread.php?tid=812">View a Printable Version</a></li><li
class="subscription_add"><a
href="usercp2.php?action=addsubscription&amp;tid=812">Subscribe to this thread</a></li></ul></div><div class="float_right" style="text-align: right;"><form
action="forumdisplay.php" method="get"><span class="smalltext"><strong>Forum Jump:</strong></span><select name="fid" class="forumjump"><option value="7"
selected="selected">Telescopes &amp; Mounts</option></select><input type="submit" class="button" value="Go"></form></div><br class="clear">
<div class="smalltext">Users browsing this thread: 1 Guest(s)</div><br></div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links">${links(mbFoot)}</ul></div></div><div class="lower"><div class="wrapper">
<span id="current_time"><strong>Current time:</strong> 11-04-2025, 09:14 AM</span><span id="copyright"><!-- MyBB is free software developed and maintained by a
volunteer community. It would be much appreciated by the MyBB Group if you left the full copyright and "powered by" notice intact, to show your support for
MyBB. -->
Powered By <a href="https://mybb.example" target="_blank" rel="noopener">MyBB</a>, © 2002-2025 <a href="https://mybb.example" target="_blank"
rel="noopener">MyBB Group</a>.
</span></div></div></div><div id="debug"></div></div>
<script type="text/javascript">var thread_deleted = "0"; if(thread_deleted == "1") { $("#quick_reply_form, .new_reply_button").hide();
}</script></body></html>`;
const mybb: TestPage = {
  html: mbHtml,
  name: 'heldout140-mybb-thread',
  kind: 'forum',
  // the thread title is the thead / breadcrumb text (no heading element); post bodies (split at <br> breaks) are body;
  // the MyCode quote with its "Wrote:" cite is in neither list; names, dates and the "last modified" line are bylines;
  // user titles, statistics, reputation, "#n", buttons, the rating, tools and footer are furniture
  title: mbTitle,
  headings: [],
  body: texts(mbPosts.flatMap((p) => p.paras)),
  bylines: [
    'stargazer_bex',
    'Orrin Blaylock',
    'Wren Castellano',
    ...mbPosts.map((p) => p.date),
    '(This post was last modified: 11-02-2025, 08:40 PM by stargazer_bex.)',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbTop, 'Hello There, Guest!', 'Login', 'Register', ...mbLogin, 'Kestrel Skies Forum', 'Equipment', 'Telescopes & Mounts', 'Thread Rating:',
    '0 Vote(s) - 0 Average', 'Post Reply', 'Thread Modes', 'Junior Member', 'Senior Member', 'Moderator', ...new Set(mbPosts.flatMap((p) => p.stats)), '118',
'402',
    '#1', '#2', '#3', '#4', '#5', 'Find', 'Reply', 'Next Oldest', 'Next Newest', 'View a Printable Version', 'Subscribe to this thread', 'Forum Jump:',
    'Users browsing this thread: 1 Guest(s)', ...mbFoot, 'Current time:', '11-04-2025, 09:14 AM', 'Powered By MyBB, © 2002-2025 MyBB Group.',
  ],
};

export const HELDOUT140_E: readonly TestPage[] = [mybb, appleCommunities];
