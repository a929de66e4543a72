import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file e2: a MyBB 1.8 thread on the default theme (logo and top links, the welcome panel, the navigation
 * breadcrumb, the thread's tborder table with its "thead" title row, "Thread Modes" and pagination, four posts with the
 * author avatar, user title, stars and details, the post date and post number, signatures, post buttons, the "Users
 * browsing this thread" line, the forum jump and the footer with "Powered By MyBB").
 */
const yTitle = 'Best soil mix for a balcony fig in a large pot?';
const yPosts: [string, string, string, string, string[]][] = [
  [
    'Sanne Orbeck',
    'Junior Member',
    'Posts: 31',
    '02-18-2026, 10:22 AM',
    [
      j(
        'I have been given a young fig, about a metre tall, and it will live on a south-facing balcony on the fourth floor. I have a',
        '60-litre glazed pot for it. The garden centre sold me a bag of multi-purpose compost but a neighbour says that will stay too',
        'wet over winter and rot the roots.',
      ),
      'What do people here use for figs in containers? I would rather get it right before repotting in spring.',
    ],
  ],
  [
    'old_quince',
    'Posting Freak',
    'Posts: 2,914',
    '02-18-2026, 01:47 PM',
    [
      j(
        'Your neighbour is right. Multi-purpose compost breaks down within a year or two and holds water like a sponge. Figs want',
        'something that drains quickly and keeps its structure, because they will be in that pot for years.',
      ),
      'My mix, by volume, which has kept three figs happy on a windy roof:',
    ],
  ],
  [
    'Sanne Orbeck',
    'Junior Member',
    'Posts: 31',
    '02-19-2026, 08:05 AM',
    ['Thank you, that is really clear. Does the glazed pot need extra holes, or is one in the middle enough?'],
  ],
  [
    'old_quince',
    'Posting Freak',
    'Posts: 2,914',
    '02-19-2026, 09:30 AM',
    [
      j(
        'One is fine if it is a good size, but put a layer of grit over it, not crocks, and raise the pot on feet so water can escape.',
        'On a hot balcony you will be watering daily in July anyway; it is winter wet that kills them.',
      ),
      j(
        'One more thing: figs fruit better when their roots are a little crowded, so do not be tempted to go bigger than your',
        '60 litres for the next few years. Instead, every second spring, tip it out, tease away a few centimetres of old soil from',
        'the outside of the root ball and put it back with fresh mix. That keeps it vigorous without making it a tree.',
      ),
    ],
  ],
];
const yMix = [
  'Two parts loam-based compost (the kind with a number on the bag)',
  'One part fine bark',
  'One part horticultural grit or pumice',
  'A handful of slow-release fertiliser per pot, renewed each spring',
];
const yTop = ['Search', 'Member List', 'Calendar', 'Help'];
const yCrumbs = ['Greenbalcony Forum', 'Growing', 'Fruit in Containers'];
const ySigs = ['Fourth-floor balcony, mostly herbs and hope.', 'Three figs, two olives and a quince that refuses to fruit.'];
const yPost = ([user, title, posts, date, paras]: [string, string, string, string, string[]], i: number) => `<a name="pid${8800 + i}" id="pid${8800 + i}"></a>
<div class="post classic " style="" id="post_${8800 + i}"><div class="post_author scaleimages"><div class="author_avatar">
<a href="member.php?action=profile&amp;uid=${
  user.length
}"><img src="./uploads/avatars/avatar_${user.length}.png" alt="" width="55" height="55"></a></div><div class="author_information"><strong><span
class="largetext"><a href="member.php?action=profile&amp;uid=${user.length}">${user}</a></span></strong> <span class="smalltext">${title}<br><img
src="images/star.png" border="0" alt="*"><img src="images/star.png" border="0" alt="*"><br></span></div><div class="author_statistics">${posts}<br>
Joined: ${i % 2 === 0 ? 'Jan 2026' : 'Apr 2017'}<br>Reputation: ${i % 2 === 0 ? 2 : 148}</div></div>
<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong>
<a href="showthread.php?tid=1204&amp;pid=${8800 + i}#pid${
  8800 + i
}" title="${yTitle}">#${i + 1}</a></strong></div><span class="post_date">${date} <span class="post_edit" id="edited_by_${8800 + i}"></span></span></div>
<div class="post_body scaleimages" id="pid_${8800 + i}">
${ps(paras)}
${i === 1 ? `<ul class="mycode_list">${yMix.map((m) => `<li>${m}</li>`).join('\n')}</ul>` : ''}
</div>${i < 2 ? `<div class="signature scaleimages">${ySigs[i]}</div>` : ''}<div class="post_meta" id="post_meta_${8800 + i}"></div></div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="member.php?action=profile&amp;uid=${user.length}"
class="postbit_website"><span>Website</span></a><a href="private.php?action=send" class="postbit_pm"><span>PM</span></a><a href="search.php?action=finduser"
class="postbit_find"><span>Find</span></a></div><div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=1204&amp;replyto=${
  8800 + i
}" class="postbit_quote"><span>Reply</span></a><a href="report.php?type=post" class="postbit_report"><span>Report</span></a></div></div></div>`;
const yHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><title>${yTitle}</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://greenbalcony.example/syndication.php">
<link type="text/css" rel="stylesheet" href="https://greenbalcony.example/cache/themes/theme1/global.css?t=1761000000">
<script type="text/javascript" src="https://greenbalcony.example/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript">var cookieDomain=".greenbalcony.example";var cookiePath="/";var cookiePrefix="";var deleteevent_confirm="Are you sure?";
var my_post_key="8d0b7f";var imagepath="images";</script>
<meta name="description" content="I have been given a young fig, about a metre tall, and it will live on a south-facing balcony.">
<link rel="canonical" href="https://greenbalcony.example/showthread.php?tid=1204"></head>
<body><div id="container"><a name="top" id="top"></a><div id="header"><div id="logo"><div class="wrapper"><a href="https://greenbalcony.example/index.php"><img
src="https://greenbalcony.example/images/logo.png" alt="Greenbalcony Forum" title="Greenbalcony Forum"></a>
<ul class="menu top_links">${yTop
  .map(
    (t) => `<li><a href="${t.toLowerCase().replace(/ /g, '')}.php" class="${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('\n')}</ul></div></div>
<div id="panel"><div class="upper"><div class="wrapper"><form action="https://greenbalcony.example/search.php"><fieldset id="search"><input name="keywords"
type="text" class="textbox"><input value="Search" class="button" type="submit"></fieldset></form>
<span class="welcome">Hello There, Guest! <a href="member.php?action=login" onclick="$('#quick_login').modal({});return false;"
class="login">Login</a> <a href="member.php?action=register" class="register">Register</a></span></div></div></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">${yCrumbs[0]}</a> › <a href="forumdisplay.php?fid=4">${yCrumbs[1]}</a> ›
<a href="forumdisplay.php?fid=9">${yCrumbs[2]}</a> › <span class="active">${yTitle}</span></div><br>
<div class="float_left"><div class="pagination"><span class="pages">Pages (1):</span> <span class="pagination_current">1</span></div></div>
<div class="float_right"><a href="newreply.php?tid=1204" class="button new_reply_button"><span>Reply</span></a></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div style="float: right;">
<span class="smalltext"><strong><a
href="javascript:void(0)" id="thread_modes">Thread Modes</a></strong></span></div><div><strong>
<h1 style="display:inline;font-size:inherit">${yTitle}</h1></strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">${yPosts.map(yPost).join('\n')}</div></td></tr>
<tr><td class="tfoot"><div class="float_right"><a href="showthread.php?tid=1204&amp;action=nextoldest">« Next Oldest</a> | <a
href="showthread.php?tid=1204&amp;action=nextnewest">Next Newest »</a></div></td></tr></table>
<div class="float_left"><ul class="thread_tools"><li class="printable"><a href="printthread.php?tid=1204">View a Printable Version</a></li><li
class="subscription_add"><a href="usercp2.php?action=addsubscription&amp;tid=1204">Subscribe to this thread</a></li></ul></div>
<br class="clear"><span class="smalltext">Users browsing this thread: 1 Guest(s)</span><br>
<form action="forumdisplay.php" method="get"><span class="smalltext"><strong>Forum Jump:</strong></span> <select name="fid"><option value="4">Growing</option>
<option value="9" selected="selected">Fruit in Containers</option></select></form></div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links"><li><a href="contact.php">Contact Us</a></li><li><a
href="https://greenbalcony.example/">Greenbalcony</a></li><li><a href="#top">Return to Top</a></li><li><a href="archive/index.php">Lite (Archive) Mode</a></li>
<li><a href="misc.php?action=markread">Mark all forums read</a></li><li><a href="misc.php?action=syndication">RSS Syndication</a></li></ul></div></div>
<div class="lower"><div class="wrapper"><span id="current_time"><strong>Current time:</strong> 03-08-2026, 06:02 PM</span>
<span id="copyright">Powered By <a href="https://mybb.example" target="_blank" rel="noopener">MyBB</a>, © 2002-2026 <a href="https://mybb.example"
target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div></div>
<script type="text/javascript">var thread_deleted="0";if(thread_deleted=="1"){$("#quick_reply_form, .new_reply_button").hide();}</script></body></html>`;
export const mybb: TestPage = {
  name: 'heldout279-mybb-thread',
  kind: 'forum',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts([...(yPosts[0]?.[4] ?? []), ...(yPosts[1]?.[4] ?? []), ...yMix, ...(yPosts[2]?.[4] ?? []), ...(yPosts[3]?.[4] ?? [])]),
  bylines: ['Sanne Orbeck', 'old_quince', '02-18-2026, 10:22 AM', '02-18-2026, 01:47 PM', '02-19-2026, 08:05 AM', '02-19-2026, 09:30 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...yTop, 'Hello There, Guest!', 'Login', 'Register', ...yCrumbs, 'Pages (1):', 'Reply', 'Thread Modes', 'Junior Member', 'Posting Freak',
    'Posts: 31', 'Posts: 2,914', 'Joined: Jan 2026', 'Joined: Apr 2017', 'Reputation: 148', ...ySigs, 'Website', 'Find', 'Report',
    '« Next Oldest', 'Next Newest »', 'View a Printable Version', 'Subscribe to this thread', 'Users browsing this thread: 1 Guest(s)', 'Forum Jump:',
    'Contact Us', 'Greenbalcony', 'Return to Top', 'Lite (Archive) Mode', 'Mark all forums read', 'RSS Syndication', 'Current time:',
    '03-08-2026, 06:02 PM', 'Powered By MyBB, © 2002-2026 MyBB Group.',
  ],
};
