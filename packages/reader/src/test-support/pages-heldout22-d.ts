import { links, type TestPage } from './page-kit.js';
import { appleCommunity } from './pages-heldout22-d2.js';

/**
 * Held-out batch 22, file d: a MyBB 1.8 showthread page on the default theme, seen by a guest (logo and top links, "Hello
 * There, Guest!" panel, the navigation trail, the rating and "Reply" / "Post Thread" buttons, the thread table with "Thread
 * Modes", four classic postbits with avatar, online status, user title, stars and statistics, "#n" links, post dates,
 * <br />-separated post bodies, a mycode quote, an edit note, a thank-you plugin line, signatures, Find/Reply buttons, the
 * printable-version and subscribe links, "Users browsing this thread", "Forum Jump" and the footer with the current time).
 * The Apple Support Community page is in pages-heldout22-d2.ts.
 */
const mbTitle = 'Commodore 1084S picture shrinks after 20 minutes of warm-up';
const mbP1 = [
  'Hi all, first post here.',
  'I picked up a 1084S-P1 at a flea market last month. It worked fine for the first week, but now the picture slowly shrinks ' +
    'from all four sides after about twenty minutes, until there is a black border of roughly two centimetres. Switching it ' +
    'off for an hour brings it back to full size.',
  'I have already replaced the electrolytic capacitors on the deflection board with a kit, and the problem has not changed at ' +
    'all. Where should I look next?',
];
const mbP2 = [
  'A picture that shrinks evenly on all sides, rather than only horizontally or only vertically, almost always means that the ' +
    'supply to the deflection stage is sagging as things warm up. The capacitors were a good start, but they are rarely the cause of this one.',
  'Measure the B+ rail (it should be about 110 V) when the set is cold and again after the picture has shrunk. If it drops by ' +
    'more than a few volts, the culprit is usually the regulator transistor on the power board or the small 2.2 µF capacitor ' +
    'next to it, which is not always included in the kits.',
  'And please be careful: the flyback and the tube hold a charge long after the set is switched off.',
];
const mbQuoted = 'Measure the B+ rail (it should be about 110 V) when the set is cold and again after the picture has shrunk.';
const mbP3 = [
  'Cold it reads 111 V, and after half an hour it is down to 98 V, so you were spot on. The 2.2 µF capacitor was indeed not in ' +
    'my kit. I replaced it and the regulator transistor, and the rail now holds at 110 V after two hours.',
  'The picture stays full size. Thank you!',
];
const mbP4 = [
  'Good result. For the archive: on the later 1084S-D2 boards the same capacitor is labelled C608 and sits right under the ' +
    'heatsink, so it slowly cooks. It is worth replacing it with a 105 °C part even if the set is still working.',
];
const mbEdit = '(This post was last modified: 02-13-2025, 06:41 PM by pixelmoth.)';
const mbThanks = 'The following 2 users say Thank You to oldvolts for this post:';
const mbSigs = ['If it has a flyback, it can bite. Discharge first.', 'C64C, 1541-II, 1084S-D2 and a garage full of good intentions'] as const;
const mbTop = ['Search', 'Member List', 'Calendar', 'Help'];
const mbJump = ['Private Messages', 'User Control Panel', "Who's Online", 'Forum Home', 'Hardware', 'Monitors & Displays', 'Software & Games'];
const mbFoot = ['Contact Us', 'RetroBench Forums', 'Return to Top', 'Lite (Archive) Mode', 'Mark all forums read', 'RSS Syndication'];
type Poster = { name: string; uid: number; title: string; stars: number; stats: string };
const pixel: Poster = { name: 'pixelmoth', uid: 912, title: 'Junior Member', stars: 2, stats: 'Posts: 3<br />\n\tThreads: 1<br />\n\tJoined: Feb 2025' };
const volts: Poster = { name: 'oldvolts', uid: 18, title: 'Moderator', stars: 5, stats: 'Posts: 4,127<br />\n\tThreads: 212<br />\n\tJoined: Mar 2011' };
const carl: Poster = { name: 'CRTcarl', uid: 455, title: 'Senior Member', stars: 4, stats: 'Posts: 688<br />\n\tThreads: 37<br />\n\tJoined: Aug 2016' };
const br = (ps: readonly string[]): string => ps.join('<br />\n<br />\n');
const mbPost = (pid: number, n: number, p: Poster, date: string, body: string, extra = { edit: '', meta: '', sig: '' }): string => `<div class="post classic "
 style="" id="post_${pid}"><div class="post_author scaleimages"><div class="author_avatar"><a href="member.php?action=profile&amp;uid=${p.uid}">
<img src="./uploads/avatars/avatar_${p.uid}.png?dateline=1738000000" alt="" width="55" height="55" /></a></div><div class="author_information">
<strong><span class="largetext"><a href="https://forum.retrobench.example/member.php?action=profile&amp;uid=${p.uid}">${p.name}</a></span></strong>
 <img src="https://forum.retrobench.example/images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status" /><br />
<span class="smalltext">${p.title}<br />${'<img src="images/star.png" border="0" alt="*" />'.repeat(p.stars)}<br /></span></div>
<div class="author_statistics">${p.stats}<br />Reputation:
<a href="reputation.php?uid=${p.uid}"><strong class="reputation_positive">${p.uid % 40}</strong></a></div></div>
<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a
 href="Thread-Commodore-1084S-picture-shrinks?pid=${pid}#pid${pid}" title="${mbTitle}">#${n}</a></strong></div>
<span class="post_date">${date} <span class="post_edit" id="edited_by_${pid}">${extra.edit}</span></span></div>
<div class="post_body scaleimages" id="pid_${pid}">
${body}
</div><div class="post_meta" id="post_meta_${pid}">${extra.meta}</div>
${extra.sig === '' ? '' : `<div class="signature scaleimages">\n${extra.sig}\n</div>`}</div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="search.php?action=finduser&amp;uid=${p.uid}" class="postbit_find">
<span>Find</span></a></div><div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=3321&amp;replyto=${pid}"
 title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div></div>`;
const mbQuote = `<blockquote class="mycode_quote"><cite><span> (02-11-2025, 09:15 PM)</span>oldvolts Wrote: <a
 href="https://forum.retrobench.example/Thread-Commodore-1084S-picture-shrinks?pid=7732#pid7732" class="quick_jump"></a></cite>${mbQuoted}</blockquote>`;
const mbButtons = `<div class="float_right"><a href="newreply.php?tid=3321" class="button new_reply_button"><span>Reply</span></a>
<a href="newthread.php?fid=14" class="button new_thread_button"><span>Post Thread</span></a></div>`;
const mbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><title>${mbTitle}</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://forum.retrobench.example/syndication.php" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta http-equiv="Content-Script-Type" content="text/javascript" />
<script type="text/javascript" src="https://forum.retrobench.example/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript"><!--
	lang.unknown_error = "An unknown error has occurred.";
	var cookieDomain = ".retrobench.example"; var cookiePath = "/"; var cookiePrefix = ""; var deleteevent_confirm = "Are you sure?";
	var my_post_key = "3f9c2a"; var rootpath = "https://forum.retrobench.example"; var quickdelete_confirm = "Are you sure?";
// --></script>
<link rel="canonical" href="https://forum.retrobench.example/Thread-Commodore-1084S-picture-shrinks" /></head>
<body><div id="container"><a name="top" id="top"></a><div id="header"><div id="logo"><div class="wrapper"><a href="https://forum.retrobench.example/index.php">
<img src="https://forum.retrobench.example/images/logo.png" alt="RetroBench Forums" title="RetroBench Forums" /></a>
<ul class="menu top_links">${links(mbTop)}</ul></div></div><div id="panel"><div class="upper"><div class="wrapper">
<span class="welcome">Hello There, Guest! <a href="member.php?action=login" onclick="$('#quick_login').modal({ fadeDuration: 250 }); return false;"
 class="login">Login</a> <a href="member.php?action=register" class="register">Register</a></span></div></div></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">RetroBench Forums</a> &rsaquo; <a href="Forum-Hardware">Hardware</a>
 &rsaquo; <a href="Forum-Monitors-Displays">Monitors &amp; Displays</a><br /><img src="images/nav_bit.png" alt="" />
<span class="active">${mbTitle}</span></div><br />
<div class="float_left"><strong>Thread Rating:</strong><ul class="star_rating" id="rating_thread_3321"><li style="width: 100%" class="current_rating"
 id="current_rating_3321">1 Vote(s) - 5 Average</li></ul></div>${mbButtons}<br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div class="float_left"><strong>${mbTitle}</strong></div>
<div class="float_right"><span class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">Thread Modes</a></strong></span></div></td></tr>
<tr><td id="posts_container"><div id="posts">
${mbPost(7731, 1, pixel, '02-11-2025, 07:48 PM', br(mbP1))}
${mbPost(7732, 2, volts, '02-11-2025, 09:15 PM', br(mbP2), {
  edit: '',
  meta: `<div class="thx_list"><span class="smalltext">${mbThanks}</span> <a href="member.php?uid=912">pixelmoth</a>,
<a href="member.php?uid=455">CRTcarl</a></div>`,
  sig: mbSigs[0],
})}
${mbPost(7740, 3, pixel, '02-13-2025, 06:30 PM', `${mbQuote}\n${br(mbP3)}`, { edit: mbEdit, meta: '', sig: '' })}
${mbPost(7744, 4, carl, '02-14-2025, 10:02 AM', br(mbP4), { edit: '', meta: '', sig: mbSigs[1] })}
</div></td></tr><tr><td class="tfoot"><div class="float_right"><strong>&laquo; <a href="showthread.php?tid=3321&amp;action=nextoldest">Next Oldest</a> |
<a href="showthread.php?tid=3321&amp;action=nextnewest">Next Newest</a> &raquo;</strong></div></td></tr></table>
<div class="float_left"><ul class="thread_tools"><li class="printable"><a href="printthread.php?tid=3321">View a Printable Version</a></li>
<li class="subscription_add"><a href="usercp2.php?action=addsubscription&amp;tid=3321">Subscribe to this thread</a></li></ul></div>
${mbButtons}<br class="clear" />
<span class="smalltext">Users browsing this thread: 1 Guest(s)</span><br />
<div class="float_right" style="text-align: right;"><form action="forumdisplay.php" method="get"><span class="smalltext"><strong>Forum Jump:</strong></span>
<select name="fid" class="forumjump">${mbJump.map((t) => `<option value="${t.length}">${t.replace('&', '&amp;')}</option>`).join('\n')}</select>
<input type="submit" class="button" value="Go" /></form></div>
<div id="thread_modes_popup" class="popup_menu" style="display: none;"><div class="popup_item_container"><a href="showthread.php?mode=linear&amp;tid=3321"
 class="popup_item">Linear Mode</a></div><div class="popup_item_container"><a href="showthread.php?mode=threaded&amp;tid=3321" class="popup_item">Threaded
 Mode</a></div></div></div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links">${links(mbFoot)}</ul></div></div><div class="lower"><div class="wrapper">
<span id="current_time"><strong>Current time:</strong> 02-20-2025, 03:11 PM</span><span id="copyright">Powered By <a href="https://mybb.com"
 target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2025 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div>
</div><div id="debug"><!-- end: footer --></div></body></html>`;
const mybb: TestPage = {
  html: mbHtml,
  name: 'heldout22-mybb-thread',
  kind: 'forum',
  // the four posts are the thread: body, one paragraph per <br />-separated block (the greeting too); the quoted sentence in
  // post 3 repeats post 2 word for word (in neither list); the posters' names, post dates, the edit note and the quote's
  // "(date)name Wrote:" cite are bylines ("pixelmoth" once); user titles, stars, statistics, online status, "#n", the
  // thank-you line (its names are bylines already), signatures, Find/Reply buttons, the trail (its last item is the title:
  // in neither), rating, thread modes, tools, "Users browsing", Forum Jump and the footer with the current time are furniture
  // (the trail's forums are in the Forum Jump list too, and its home link in the footer: counted once)
  title: mbTitle,
  headings: [],
  body: [...mbP1, ...mbP2, ...mbP3, ...mbP4],
  bylines: [
    'pixelmoth',
    '02-11-2025, 07:48 PM',
    'oldvolts',
    '02-11-2025, 09:15 PM',
    '02-13-2025, 06:30 PM',
    mbEdit,
    '(02-11-2025, 09:15 PM)oldvolts Wrote:',
    'CRTcarl',
    '02-14-2025, 10:02 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbTop, 'Hello There, Guest!', 'Login', 'Register', 'Thread Rating:', '1 Vote(s) - 5 Average', 'Reply', 'Post Thread',
    'Thread Modes', 'Junior Member', 'Posts: 3', 'Threads: 1', 'Joined: Feb 2025', 'Reputation:', 'Moderator', 'Posts: 4,127', 'Threads: 212',
    'Joined: Mar 2011', 'Senior Member', 'Posts: 688', 'Threads: 37', 'Joined: Aug 2016', '#1', '#2', '#3', '#4', mbThanks, ...mbSigs, 'Find',
    'Next Oldest', 'Next Newest', 'View a Printable Version', 'Subscribe to this thread', 'Users browsing this thread: 1 Guest(s)', 'Forum Jump:',
    ...mbJump, 'Linear Mode', 'Threaded Mode', ...mbFoot, 'Current time:',
    '02-20-2025, 03:11 PM', 'Powered By MyBB,', 'MyBB Group',
  ],
};

export const HELDOUT22_D: readonly TestPage[] = [mybb, appleCommunity];
