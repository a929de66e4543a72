import { links, type TestPage, texts } from './page-kit.js';
import { vanilla } from './pages-heldout258-d2.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file d: a MyBB 1.8 thread on a retro games collectors' board (no h1: the subject sits in the thead
 * cell; top links, the guest welcome panel, the navigation trail, Post Reply buttons, the Threaded Mode link, postbits
 * with user title, Posts / Threads / Joined / Reputation, dates and "#n" links, a mycode quote with "Wrote:", a mycode
 * list, signatures, Find / Reply buttons, Next Oldest / Next Newest, Users browsing, Forum Jump and the footer) and,
 * from file d2, a Vanilla Forums question on a product support community.
 */
const mTitle = 'Restoring sun-faded cartridge labels without lifting the print';
const mP1 = [
  j(
    'I picked up a box of twenty-odd cartridges at a car boot sale. The games work, but most of the labels have faded on the side that',
    'must have faced a window, and a few have a grey film on them from years in a smoky loft. I would like to clean them up without',
    'making things worse. The labels are the glossy printed kind, not the matte paper ones.',
  ),
  'What I have tried so far on a cheap duplicate: a dry microfibre cloth (no effect) and a barely damp cotton bud (lifted some of the film).',
  'Is there a safe routine people here use, and is there any way to bring back faded colour, or is that gone for good?',
];
const mP2 = [
  j(
    'Faded colour is gone, I am afraid. The pigments have broken down, and nothing you put on the label will restore them. Anyone who',
    'says otherwise is selling a reproduction label. The grime, though, you can usually remove. This is the order I work in:',
  ),
  'Dust with a soft brush first, so grit does not get dragged across the gloss.',
  'Work on the film with a cotton bud barely dampened with distilled water, rolling rather than rubbing.',
  'For stubborn tar residue, a tiny amount of isopropyl alcohol on the bud, tested on a corner first.',
  'Dry immediately with a clean cloth and never let liquid reach the label edge, where it soaks in and lifts the paper.',
  'Keep anything abrasive, including so-called magic erasers, well away from printed labels.',
];
const mQuote = 'is there any way to bring back faded colour';
const mP3 = [
  j(
    'To add to that: if the label edge is already lifting, a sliver of acid-free archival glue on a toothpick will hold it down. Do not',
    'use ordinary glue sticks; they yellow and stain through the paper within a couple of years.',
  ),
  j('And store the cleaned carts away from daylight from now on. Even the unfaded side will go the same way if they sit on a sunny shelf.'),
];
const mP4 = [
  j(
    'Thanks both. Did the distilled water routine on the whole box this weekend. Eighteen look nearly new apart from the fading, and',
    'the two worst ones at least no longer feel sticky. The faded ones are going in a drawer, not on the shelf.',
  ),
];
type MPost = {
  pid: number;
  n: number;
  user: string;
  utitle: string;
  posts: string;
  threads: string;
  joined: string;
  rep: string;
  date: string;
  body: string;
  sig: string;
};
const mPosts: MPost[] = [
  {
    pid: 8812,
    n: 1,
    user: 'boot_sale_bex',
    utitle: 'Member',
    posts: '92',
    threads: '14',
    joined: 'Apr 2022',
    rep: '6',
    date: '03-08-2026, 04:17 PM',
    body: mP1.join('<br />\n<br />\n'),
    sig: 'Currently hunting: a boxed copy of Tidewrack Racer',
  },
  {
    pid: 8815,
    n: 2,
    user: 'Lennart Osk',
    utitle: 'Posting Freak',
    posts: '2,640',
    threads: '188',
    joined: 'Sep 2014',
    rep: '214',
    date: '03-08-2026, 05:02 PM',
    body: `${mP2[0]}<br />\n<ol type="1" class="mycode_list">${lis(mP2.slice(1))}</ol>`,
    sig: 'Label scans and restoration guides: see my profile',
  },
  {
    pid: 8820,
    n: 3,
    user: 'archivist_june',
    utitle: 'Senior Member',
    posts: '733',
    threads: '41',
    joined: 'Jan 2019',
    rep: '58',
    date: '03-08-2026, 07:45 PM',
    body: `<blockquote class="mycode_quote"><cite><span> (03-08-2026, 04:17 PM)</span>boot_sale_bex Wrote: <a href="showthread.php?pid=8812#pid8812"
class="quick_jump"></a></cite>${mQuote}</blockquote><br />\n${mP3.join('<br />\n<br />\n')}`,
    sig: 'Paper is patient. Glue is not.',
  },
  {
    pid: 8847,
    n: 4,
    user: 'boot_sale_bex',
    utitle: 'Member',
    posts: '92',
    threads: '14',
    joined: 'Apr 2022',
    rep: '6',
    date: '03-10-2026, 08:21 AM',
    body: mP4.join('<br />\n<br />\n'),
    sig: 'Currently hunting: a boxed copy of Tidewrack Racer',
  },
];
const mPost = (p: MPost): string => `<div class="post " style="" id="post_${p.pid}"><div class="post_author"><div class="author_avatar">
<a href="member.php?action=profile&amp;uid=${p.pid % 300}">
<img src="uploads/avatars/avatar_${p.pid % 300}.png?dateline=1700000000" alt="" width="55" height="55" /></a>
</div><div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid=${p.pid % 300}">${p.user}</a></span></strong>
<img src="images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status" /><br /><span class="smalltext">${p.utitle}<br />
<img src="images/star.png" border="0" alt="*" /><br /></span></div><div class="author_statistics"><div class="float_left">Posts: ${p.posts}<br />
Threads: ${p.threads}<br />Joined: ${p.joined}<br />Reputation: <a href="reputation.php?uid=${p.pid % 300}">
<strong class="reputation_positive">${p.rep}</strong></a>
</div></div></div><div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a
href="showthread.php?tid=2231&amp;pid=${p.pid}#pid${p.pid}" title="${p.n === 1 ? '' : 'RE: '}${mTitle}">#${p.n}</a></strong></div>
<span class="post_date">${p.date} <span class="post_edit" id="edited_by_${p.pid}"></span></span></div>
<div class="post_body scaleimages" id="pid_${p.pid}">${p.body}</div><div class="post_meta" id="post_meta_${p.pid}"></div>
<div class="signature scaleimages">${p.sig}</div></div><div class="post_controls"><div class="postbit_buttons author_buttons float_left">
<a href="search.php?action=finduser&amp;uid=${p.pid % 300}" title="Find all posts by this user" class="postbit_find"><span>Find</span></a></div>
<div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=2231&amp;replyto=${p.pid}" title="Quote this message in a reply"
class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div></div>`;
const mTop = ['Portal', 'Search', 'Member List', 'Calendar', 'Help'];
const mFoot = ['Contact Us', 'Cartridge Attic', 'Return to Top', 'Lite (Archive) Mode', 'Mark all forums read', 'RSS Syndication'];
const mHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><title>${mTitle}</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://cartridgeattic.example/syndication.php" />
<link type="text/css" rel="stylesheet" href="https://cartridgeattic.example/cache/themes/theme1/global.css?t=1700000000" />
<script type="text/javascript" src="https://cartridgeattic.example/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript">var cookieDomain = ".cartridgeattic.example"; var cookiePath = "/"; var cookiePrefix = "";
var deleteevent_confirm = "Are you sure?";
var thread_deleted = "0"; var rootpath = "https://cartridgeattic.example";</script>
<meta name="description" content="I picked up a box of twenty-odd cartridges at a car boot sale. The games work, but most of the labels have faded." />
<link rel="canonical" href="https://cartridgeattic.example/showthread.php?tid=2231" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${mTitle}","author":{"@type":"Person",
"name":"boot_sale_bex"},"datePublished":"2026-03-08T16:17:00+00:00"}</script></head>
<body><div id="container"><a name="top" id="top"></a><div id="header"><div id="logo"><div class="wrapper"><a href="https://cartridgeattic.example/index.php">
<img src="https://cartridgeattic.example/images/logo.png" alt="Cartridge Attic" title="Cartridge Attic" /></a><ul class="menu top_links">${links(mTop)}</ul>
</div></div>
<div id="panel"><div class="upper"><div class="wrapper">
<span class="welcome">Hello There, Guest! <a href="https://cartridgeattic.example/member.php?action=login"
class="login">Login</a> <a href="https://cartridgeattic.example/member.php?action=register" class="register">Register</a></span></div></div></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="https://cartridgeattic.example/index.php">Cartridge Attic</a> ›
<a href="forumdisplay.php?fid=4">Care and Restoration</a> › <span class="active">${mTitle}</span></div><br />
<div class="float_left"><div class="pagination"><span class="pages">Pages (1):</span> <span class="pagination_current">1</span></div></div>
<div class="float_right"><a href="newreply.php?tid=2231" class="button new_reply_button"><span>Post Reply</span></a></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div class="float_right"><span class="smalltext"><strong>
<a href="javascript:;" id="thread_modes">Threaded Mode</a></strong></span></div><div><strong>${mTitle}</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">
${mPosts.map(mPost).join('\n')}
</div></td></tr><tr><td class="tfoot"><div class="float_right"><strong>« <a href="showthread.php?tid=2231&amp;action=nextoldest">Next Oldest</a> |
<a href="showthread.php?tid=2231&amp;action=nextnewest">Next Newest</a> »</strong></div></td></tr></table>
<div class="float_right"><a href="newreply.php?tid=2231" class="button new_reply_button"><span>Post Reply</span></a></div><br class="clear" />
<div class="thread_tools"><ul class="thread_tools"><li class="printable"><a href="printthread.php?tid=2231">View a Printable Version</a></li>
<li class="subscription_add"><a href="usercp2.php?action=addsubscription&amp;tid=2231">Subscribe to this thread</a></li></ul></div>
<div class="float_right" style="text-align: right;"><form action="forumdisplay.php" method="get"><span class="smalltext"><strong>Forum Jump:</strong></span>
<select name="fid" class="forumjump"><option value="4" selected="selected">Care and Restoration</option></select></form></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="trow1"><span class="smalltext">Users browsing this thread: 1 Guest(s)</span>
</td></tr>
</table></div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links">${links(mFoot)}</ul></div></div>
<div class="lower"><div class="wrapper"><span id="current_time"><strong>Current time:</strong> 03-10-2026, 09:40 AM</span><span id="copyright">Powered By
<a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, © 2002-2026 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span>
</div></div></div></div>
<div id="cookie_bar" class="cookie_bar"><p>We use cookies so you can stay logged in. See our cookie policy for details.</p>
<a href="#" class="button">Accept</a></div>
<script type="text/javascript">var thread_modes = document.getElementById('thread_modes');
lang.quick_reply_post_error = "Your reply could not be posted.";</script>
</body></html>`;
const mybb: TestPage = {
  name: 'heldout258-mybb-forum',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mP1, ...mP2, ...mP3, ...mP4]),
  bylines: uniq(['boot_sale_bex', 'Lennart Osk', 'archivist_june', ...mPosts.map((p) => p.date)]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...mTop, 'Hello There, Guest!', 'Login', 'Register', 'Cartridge Attic', 'Care and Restoration', 'Pages (1):', 'Post Reply', 'Threaded Mode', 'Member',
    'Posting Freak', 'Senior Member', 'Posts:', 'Threads:', 'Joined:', 'Reputation:', '2,640', '188', '733', '214', ...mPosts.map((p) => p.joined),
    ...mPosts.map((p) => p.sig), 'boot_sale_bex Wrote:', 'Find', 'Reply', 'Next Oldest', 'Next Newest', 'View a Printable Version', 'Subscribe to this thread',
    'Forum Jump:', 'Users browsing this thread: 1 Guest(s)', ...mFoot, 'Current time:', 'Powered By MyBB, © 2002-2026 MyBB Group.',
    'We use cookies so you can stay logged in. See our cookie policy for details.', 'Accept',
  ]),
};

export const HELDOUT258_D: readonly TestPage[] = [mybb, vanilla];
