import { type TestPage, texts } from './page-kit.js';
import { tildesTopic } from './pages-heldout146-c2.js';

/**
 * Held-out batch 146, file c: a Gentoo Forums topic (phpBB 2 with the Gentoo template) as a guest saves it (the Gentoo
 * sites strip, the table header with the logo and the phpBB main menu, the maintitle link, "Post new topic" / "Reply to
 * topic" image buttons, the nav line "Gentoo Forums Forum Index -> ...", "View previous topic :: View next topic", the
 * Author / Message header cells, post rows whose left cell holds name, rank, join date, post count and location and whose
 * right cell holds "Posted: ... Post subject: ...", the post body spans split by <br /> pairs, a quote table and code
 * tables, a signature below "_________________", an "edited 1 time in total" line, "Back to top" rows, the display-options
 * form, "All times are GMT", "Page 1 of 1", the "Jump to:" box and the permissions list, and the footer) and, from file c2,
 * a Tildes topic with comments.
 */
const geTitle = 'sys-devel/gcc-14 fails on a 4 GB machine with internal compiler error: Killed';
type GePost = {
  id: string;
  user: string;
  rank: string;
  joined: string;
  posts: string;
  loc: string;
  time: string;
  subject: string;
  html: string;
  paras: string[];
};
const ge1 = [
  'I am trying to bring an old ThinkCentre with 4 GB of RAM up to date. Everything went fine until gcc-14, which stops about forty ' +
    'minutes into the build with this:',
  'My MAKEOPTS is -j4 because the CPU has four threads. There is no swap on this box, since I set it up years ago on a small SSD. ' +
    'I have tried twice and it dies at the same point both times.',
  'Is there a way to build it without buying more memory?',
];
const ge1Code = `x86_64-pc-linux-gnu-g++: fatal error: Killed signal terminated program cc1plus
compilation terminated.
make[3]: *** [Makefile:1197: insn-recog.o] Error 1
 * ERROR: sys-devel/gcc-14.2.1_p20250301::gentoo failed (compile phase):`;
const ge2 = [
  'That is the OOM killer, not a compiler bug. A few of the gcc source files need well over 1 GB each to compile, and with four jobs ' +
    'running at once you run out long before the end.',
  'You do not need to lower MAKEOPTS for everything. Give gcc its own environment file and only that package builds with one job:',
  'Then map it in <code>/etc/portage/package.env</code> with the line <code>sys-devel/gcc gcc-lowmem.conf</code>. The build will take ' +
    'a few hours on that machine, so start it before bed.',
];
const ge2Code = `# /etc/portage/env/gcc-lowmem.conf
MAKEOPTS="-j1"
PORTAGE_TMPDIR="/var/tmp"`;
const ge3 = [
  'I would also add a swap file, even a small one. Four gigabytes of swap on the SSD is enough to get through the worst files, and ' +
    'it will save you the next time something large like llvm or rust comes along.',
  'The other option is the binary package. With the official binhost enabled, <code>emerge --getbinpkg sys-devel/gcc</code> fetches a ' +
    'ready-built gcc and skips the compile entirely.',
];
const ge4 = [
  'Thank you both. I went with the swap file and the package.env entry together. gcc built overnight in just under five hours and ' +
    'the rest of the world update went through without any more errors.',
  'I will look at the binhost for the next round, since this machine really is too slow to compile the toolchain every time.',
  'For anyone else with a small machine: the swap file is a plain 4 GB file made with <code>mkswap</code> and added to fstab, ' +
    'nothing special, and it has not been touched since the build finished.',
];
const geQuote = 'Is there a way to build it without buying more memory?';
const geBr = (a: readonly string[]): string => a.join('<br />\n<br />\n');
const geCodeTable = (
  c: string,
): string => `</span><table width="90%" cellspacing="1" cellpadding="3" border="0" align="center"><tr><td><span class="genmed"><b>Code:</b></span></td>
</tr><tr><td class="code">${c.replace(/\n/g, '<br />\n')}</td></tr></table><span class="postbody">`;
const gePosts: GePost[] = [
  {
    id: '8851203',
    user: 'tarnwick',
    rank: 'n00b',
    joined: '18 Oct 2023',
    posts: '9',
    loc: 'Leeds',
    time: 'Tue Mar 04, 2025 9:41 pm',
    subject: geTitle,
    paras: ge1,
    html: `${ge1[0]}<br />\n${geCodeTable(ge1Code)}<br />\n${geBr(ge1.slice(1))}`,
  },
  {
    id: '8851219',
    user: 'Vossberg',
    rank: 'Watchman',
    joined: '02 Feb 2009',
    posts: '14127',
    loc: 'Bremen',
    time: 'Tue Mar 04, 2025 10:05 pm',
    subject: '',
    paras: ge2,
    html: `${geBr(ge2.slice(0, 2))}<br />\n${geCodeTable(ge2Code)}<br />\n${ge2[2]}<br />\n<br />_________________<br />
Please add [solved] to the first post's title when your problem is fixed.`,
  },
  {
    id: '8851260',
    user: 'pallasite',
    rank: 'Guru',
    joined: '27 Jul 2012',
    posts: '3310',
    loc: 'Tampere',
    time: 'Tue Mar 04, 2025 11:32 pm',
    subject: '',
    paras: ge3,
    html: `</span><table width="90%" cellspacing="1" cellpadding="3" border="0" align="center"><tr><td><span class="genmed"><b>tarnwick wrote:</b></span></td>
</tr><tr><td class="quote">${geQuote}</td></tr></table><span class="postbody"><br />\n${geBr(ge3)}`,
  },
  {
    id: '8851432',
    user: 'tarnwick',
    rank: 'n00b',
    joined: '18 Oct 2023',
    posts: '9',
    loc: 'Leeds',
    time: 'Wed Mar 05, 2025 7:02 am',
    subject: 'Re: [solved] gcc-14 fails on a 4 GB machine',
    paras: ge4,
    html: `${geBr(ge4)}</span><br /><br /><span class="gensmall">Last edited by tarnwick on Wed Mar 05, 2025 7:11 am; edited 1 time in total`,
  },
];
const geSites = ['Gentoo Home', 'Wiki', 'Bugs', 'Packages', 'Forums', 'Get Gentoo!'];
const geMenu = ['FAQ', 'Search', 'Memberlist', 'Usergroups', 'Statistics', 'Register'];
const geMenu2 = ['Profile', 'Log in to check your private messages', 'Log in'];
const gePerms = [
  'You cannot post new topics in this forum',
  'You cannot reply to topics in this forum',
  'You cannot edit your posts in this forum',
  'You cannot delete your posts in this forum',
  'You cannot vote in polls in this forum',
];
const geJump = ['Select a forum', 'Installing Gentoo', 'Kernel & Hardware', 'Portage & Programming', 'Gentoo on AMD64', 'Off the Wall'];
const geSig = "Please add [solved] to the first post's title when your problem is fixed.";
const gePost = (
  p: GePost,
): string => `<tr><td width="150" align="left" valign="top" class="row1"><span class="name"><a name="${p.id}"></a><b>${p.user}</b></span><br />
<span class="postdetails">${p.rank}<br /><img src="templates/gentoo/images/ranks/${p.rank}.gif" alt="${p.rank}" title="${p.rank}" border="0" /><br />
<img src="images/avatars/${p.id}.png" alt="" border="0" /><br /><br />Joined: ${p.joined}<br />Posts: ${p.posts}<br />Location: ${p.loc}</span><br /></td>
<td class="row1" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0"
cellpadding="0"><tr><td width="100%"><a href="viewtopic-p-${p.id}.html#${p.id}">
<img src="templates/gentoo/images/icon_minipost.gif" width="12" height="9" alt="Post" title="Post" border="0" /></a><span class="postdetails">Posted: ${p.time}
&nbsp; &nbsp;Post subject: ${p.subject}</span></td><td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p=${p.id}"><img
src="templates/gentoo/images/lang_english/icon_quote.gif" alt="Reply with quote" title="Reply with quote" border="0"
/></a></td></tr><tr><td colspan="2"><hr /></td></tr>
<tr><td colspan="2"><span class="postbody">${p.html}</span><span class="gensmall"></span></td></tr></table></td></tr>
<tr><td class="row1" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Back to top</a></span></td><td class="row1"
width="100%" height="28"
valign="bottom" nowrap="nowrap"><table cellspacing="0" cellpadding="0" border="0" height="18" width="18"><tr><td valign="middle" nowrap="nowrap"><a
href="profile.php?mode=viewprofile&amp;u=${p.id.slice(3)}"><img src="templates/gentoo/images/lang_english/icon_profile.gif" alt="View user's profile"
title="View user's profile" border="0" /></a> <a href="privmsg.php?mode=post&amp;u=${p.id.slice(3)}"><img src="templates/gentoo/images/lang_english/icon_pm.gif"
alt="Send private message" title="Send private message" border="0" /></a></td></tr></table></td></tr>
<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/gentoo/images/spacer.gif" alt="" width="1" height="1" /></td></tr>`;
const geHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="Content-Style-Type" content="text/css">
<link rel="top" href="./index.php" title="Gentoo Forums Forum Index" /><link rel="search" href="./search.php" title="Search" />
<link rel="up" href="viewforum-f-1.html" title="Portage &amp; Programming" /><title>Gentoo Forums :: View topic - ${geTitle}</title>
<link rel="stylesheet" href="templates/gentoo/gentoo.css" type="text/css"><link rel="icon" href="https://www.gentoo.org/favicon.ico" type="image/x-icon">
<script type="text/javascript">function select_switch(status) {
  for (i = 0; i < document.privmsg_list.length; i++) { document.privmsg_list.elements[i].checked = status; } }</script>
</head><body bgcolor="#FFFFFF" text="#000000" link="#006699" vlink="#5493B4"><a name="top"></a>
<div id="gentoo-sites" class="sites-bar"><ul>${geSites
  .map(
    (t) => `<li><a
href="https://www.gentoo.org/${t.toLowerCase().replace(/\W+/g, '')}/">${t}</a></li>`,
  )
  .join('')}</ul></div>
<table width="100%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline"><table width="100%" cellspacing="0" cellpadding="0"
border="0">
<tr><td><a href="index.php"><img src="templates/gentoo/images/gentoo-new.gif" border="0" alt="Gentoo Forums Forum Index" vspace="1" /></a></td>
<td align="center" width="100%" valign="middle"><table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top"
nowrap="nowrap"><span class="mainmenu">
${geMenu.map((t) => `&nbsp;<a href="${t.toLowerCase()}.php" class="mainmenu">${t}</a>&nbsp; &nbsp;`).join('')}</span></td></tr><tr><td height="25"
align="center" valign="top"
nowrap="nowrap"><span class="mainmenu">${geMenu2
  .map(
    (t) => `&nbsp;<a href="login.php"
class="mainmenu">${t}</a>&nbsp; &nbsp;`,
  )
  .join('')}</span></td></tr></table></td></tr>
</table><br />
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle"
href="viewtopic-t-1171234.html">${geTitle}</a><br />
<span class="gensmall"><b></b><br />&nbsp; </span></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom"
nowrap="nowrap"><span class="nav"><a href="posting.php?mode=newtopic&amp;f=1">
<img src="templates/gentoo/images/lang_english/post.gif" border="0" alt="Post new topic" align="middle"
/></a>&nbsp;&nbsp;&nbsp;<a href="posting.php?mode=reply&amp;t=1171234">
<img src="templates/gentoo/images/lang_english/reply.gif" border="0" alt="Reply to topic" align="middle" /></a></span></td><td align="left" valign="middle"
width="100%">
<span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Gentoo Forums Forum Index</a> -> <a href="viewforum-f-1.html"
class="nav">Portage &amp; Programming</a></span>
</td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr align="right"><td class="catHead" colspan="2"
height="28"><span class="nav">
<a href="viewtopic-t-1171234-view-previous.html" class="nav">View previous topic</a> :: <a href="viewtopic-t-1171234-view-next.html"
class="nav">View next topic</a> &nbsp;</span></td></tr>
<tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>
${gePosts.map(gePost).join('\n')}
<tr align="center"><td class="catBottom" colspan="2" height="28"><table cellspacing="0" cellpadding="0" border="0"><tr><form method="post"
action="viewtopic-t-1171234.html">
<td align="center"><span class="gensmall">Display posts from previous: <select name="postdays"><option value="0"
selected="selected">All Posts</option><option value="1">1 Day</option>
<option value="7">7 Days</option><option value="30">1 Month</option></select>&nbsp;<select name="postorder"><option value="asc"
selected="selected">Oldest First</option>
<option value="desc">Newest First</option></select>&nbsp;<input type="submit" value="Go" class="liteoption" name="submit"
/></span></td></form></tr></table></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr><td align="left" valign="middle" nowrap="nowrap"><span class="nav">
<a href="posting.php?mode=newtopic&amp;f=1"><img src="templates/gentoo/images/lang_english/post.gif" border="0" alt="Post new topic" align="middle"
/></a></span></td>
<td align="left" valign="middle" width="100%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Gentoo Forums Forum Index</a> ->
<a href="viewforum-f-1.html"
class="nav">Portage &amp; Programming</a></span></td><td align="right" valign="top"
nowrap="nowrap"><span class="gensmall">All times are GMT</span><br /><span class="nav"></span>
</td></tr><tr><td align="left" colspan="3"><span class="nav">Page <b>1</b> of <b>1</b></span></td></tr></table>
<table width="100%" cellspacing="2" border="0" align="center"><tr><td width="40%" valign="top" nowrap="nowrap"
align="left"><span class="gensmall"></span><br />&nbsp;<br /></td>
<td align="right" valign="top" nowrap="nowrap"><form method="get" name="jumpbox" action="viewforum.php"
onSubmit="if(document.jumpbox.f.value == -1){return false;}">
<table cellspacing="0" cellpadding="0" border="0"><tr><td nowrap="nowrap"><span class="gensmall">Jump to:&nbsp;<select name="f"
onchange="if(this.options[this.selectedIndex].value
!= -1){ forms['jumpbox'].submit() }">${geJump.map((t, i) => `<option value="${i - 1}">${t.replace(/&/g, '&amp;')}</option>`).join('')}</select>
<input type="submit" value="Go" class="liteoption" /></span></td></tr></table></form><span
class="gensmall">${gePerms.map((t) => t.replace('cannot', '<b>cannot</b>')).join('<br />')}
<br /></span></td></tr></table>
<div align="center"><span class="copyright"><br />Powered by <a href="http://www.phpbb.com/" target="_phpbb" class="copyright">phpBB</a>
© 2001, 2005 phpBB Group<br />
Copyright 2001-2025 Gentoo Authors. Style derived from the original subSilver theme.<br /><a
href="https://www.gentoo.org/inside-gentoo/foundation/privacy.html">Privacy Policy</a>
</span></div></td></tr></table></body></html>`;
const gentooTopic: TestPage = {
  html: geHtml,
  name: 'heldout146-gentoo-forums-phpbb-topic',
  kind: 'forum',
  // every post is body; the quote table (with its "wrote:" line) and code tables are in neither list; names, "Posted:"
  // times and the "Last edited by" line are bylines; ranks, join dates, post counts, locations, "Post subject:" lines,
  // the signature, "Back to top", the nav, options, jump box, permissions and footer are furniture
  title: geTitle,
  headings: [],
  body: texts(gePosts.flatMap((p) => p.paras)),
  bylines: [
    'tarnwick',
    'Vossberg',
    'pallasite',
    ...gePosts.map((p) => `Posted: ${p.time}`),
    'Last edited by tarnwick on Wed Mar 05, 2025 7:11 am; edited 1 time in total',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...geSites, ...geMenu, ...geMenu2, 'Gentoo Forums Forum Index', 'Portage & Programming', 'View previous topic', 'View next topic', 'Author', 'Message',
    ...[...new Set(gePosts.flatMap((p) => [p.rank, `Joined: ${p.joined}`, `Posts: ${p.posts}`, `Location: ${p.loc}`]))], `Post subject: ${geTitle}`,
    'Post subject: Re: [solved] gcc-14 fails on a 4 GB machine', '_________________', geSig, 'Back to top', 'Display posts from previous:', 'All Posts',
    '1 Day', '7 Days', '1 Month', 'Oldest First', 'Newest First', 'All times are GMT', 'Page 1 of 1', 'Jump to:',
    ...geJump.filter((t) => t !== 'Portage & Programming'),
    ...gePerms, 'Powered by phpBB © 2001, 2005 phpBB Group', 'Copyright 2001-2025 Gentoo Authors. Style derived from the original subSilver theme.',
    'Privacy Policy',
  ],
};

export const HELDOUT146_C: readonly TestPage[] = [gentooTopic, tildesTopic];
