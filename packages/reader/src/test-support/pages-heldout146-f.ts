import { type TestPage, texts } from './page-kit.js';
import { googleGroupsThread } from './pages-heldout146-f2.js';

/**
 * Held-out batch 146, file f: an old phpBB 2.0 forum topic in the stock subSilver template on a hobby site, as a guest saves
 * it (the bodyline table with the phpBB logo, site title and tagline, the main menu with FAQ, Search, Memberlist,
 * Usergroups, Register, Profile and the private-messages and "Log in" links, the maintitle link, image buttons, the nav
 * line, "View previous topic :: View next topic", the Author / Message header cells, post rows with name, rank, join date,
 * post count and location, "Posted: ... Post subject: ..." lines, bodies split by <br /> pairs, a quote table, a signature
 * after "_________________", an "edited 1 time in total" line, a "Sponsor" row with an ad script after the first post,
 * "Back to top", the display-options form, "All times are GMT", "Page 1 of 1", the jump box, the permissions list and the
 * phpBB copyright) and, from file f2, a Google Groups discussion thread.
 */
const pbTitle = 'Restuffing the wax capacitors in a 1953 Whitcombe 146: worth the effort?';
type PbPost = {
  id: string;
  user: string;
  rank: string;
  joined: string;
  posts: string;
  loc: string;
  time: string;
  subject: string;
  body: string;
  paras: string[];
};
const pb1 = [
  'I have finally started on the Whitcombe 146 I bought at the Newark swapmeet last spring. The chassis is complete and the valves ' +
    'all test good, but every one of the wax paper capacitors is leaking, as you would expect after seventy years.',
  'The easy route is to snip them out and fit modern film caps underneath the chassis. But the set is very original, and I would ' +
    'like it to look right if anyone turns it over. Has anyone here restuffed the old cardboard tubes, and is it worth the time?',
  'There are eleven of them, so I would like to know what I am letting myself in for before I start.',
];
const pb2 = [
  'I have done dozens. It is worth it on a set like that, but it is slow the first few times. Allow about twenty minutes a capacitor ' +
    'once you have a routine.',
  'Warm the tube gently with a hot air gun until the wax softens, then push the old innards out with a dowel. Clean the inside with a ' +
    'cotton bud, slide in a modern 630 V film cap with its leads through the end caps, and seal the ends with melted beeswax or, if ' +
    'you want it to match exactly, the wax you scraped off.',
  'Keep a note of which end was marked as the outside foil. Fit the new capacitor the same way round and the hum will be lower on ' +
    'the stages where it matters.',
];
const pb3 = [
  'Good advice from Gwen. One thing to add: do not bother restuffing the big electrolytic can on the top of the chassis. Clamp a new ' +
    'pair underneath and leave the can in place, disconnected. Nobody will ever know, and the can is nearly impossible to open cleanly.',
];
const pb4 = [
  'Thank you both. I did the first three this evening and the third one took me about half an hour, so I am getting there. Beeswax ' +
    'from a candle works well for the ends.',
  'I will leave the can alone as Tony suggests. Photos when it is playing again.',
];
const pbSig = 'Gwen. Member of the Borders Vintage Wireless Circle. Please do not power up old sets without a dim bulb tester!';
const pbBr = (a: readonly string[]): string => a.join('<br />\n<br />\n');
const pbPosts: PbPost[] = [
  {
    id: '48211',
    user: 'oldsparky',
    rank: 'Regular',
    joined: '14 Mar 2004',
    posts: '312',
    loc: 'Shropshire',
    time: 'Sun Mar 02, 2025 8:14 pm',
    subject: pbTitle,
    paras: pb1,
    body: pbBr(pb1),
  },
  {
    id: '48215',
    user: 'Gwen_Pritchard',
    rank: 'Moderator',
    joined: '02 Nov 2002',
    posts: '5894',
    loc: 'Hawick',
    time: 'Sun Mar 02, 2025 9:37 pm',
    subject: '',
    paras: pb2,
    body: `</span><table width="90%" cellspacing="1" cellpadding="3" border="0"
align="center"><tr><td><span class="genmed"><b>oldsparky wrote:</b></span></td></tr><tr>
<td class="quote">Has anyone here restuffed the old cardboard tubes, and is it worth the time?</td></tr></table><span class="postbody"><br />${pbBr(pb2)}
<br />_________________<br />${pbSig}`,
  },
  {
    id: '48230',
    user: 'fenland_tony',
    rank: 'Member',
    joined: '21 Aug 2009',
    posts: '88',
    loc: 'Wisbech',
    time: 'Mon Mar 03, 2025 7:50 am',
    subject: 'Re: Restuffing the wax capacitors',
    paras: pb3,
    body: pbBr(pb3),
  },
  {
    id: '48262',
    user: 'oldsparky',
    rank: 'Regular',
    joined: '14 Mar 2004',
    posts: '312',
    loc: 'Shropshire',
    time: 'Mon Mar 03, 2025 9:48 pm',
    subject: '',
    paras: pb4,
    body: `${pbBr(pb4)}</span><br /><br /><span class="gensmall">Last edited by oldsparky on Mon Mar 03, 2025 10:02 pm; edited 1 time in total`,
  },
];
const pbMenu = ['FAQ', 'Search', 'Memberlist', 'Usergroups', 'Register'];
const pbMenu2 = ['Profile', 'Log in to check your private messages', 'Log in'];
const pbPerms = [
  'You cannot post new topics in this forum',
  'You cannot reply to topics in this forum',
  'You cannot edit your posts in this forum',
  'You cannot delete your posts in this forum',
  'You cannot vote in polls in this forum',
];
const pbJump = ['Select a forum', 'General Discussion', 'Restoration Help', 'Sets For Sale and Wanted', 'Valve Data and Circuits'];
const pbPost = (
  p: PbPost,
): string => `<tr><td width="150" align="left" valign="top" class="row1"><span class="name"><a name="${p.id}"></a><b>${p.user}</b></span><br />
<span class="postdetails">${p.rank}<br /><br />Joined: ${p.joined}<br />Posts: ${p.posts}<br />Location: ${p.loc}</span><br /></td>
<td class="row1" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0"
cellpadding="0"><tr><td width="100%"><a href="viewtopic.php?p=${p.id}#${p.id}">
<img src="templates/subSilver/images/icon_minipost.gif" width="12" height="9" alt="Post" title="Post" border="0"
/></a><span class="postdetails">Posted: ${p.time}<span
class="gen">&nbsp;</span>&nbsp; &nbsp;Post subject: ${p.subject}</span></td><td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p=${p.id}"><img
src="templates/subSilver/images/lang_english/icon_quote.gif" alt="Reply with quote" title="Reply with quote" border="0"
/></a></td></tr><tr><td colspan="2"><hr /></td></tr>
<tr><td colspan="2"><span class="postbody">${p.body}</span><span class="gensmall"></span></td></tr></table></td></tr>
<tr><td class="row1" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Back to top</a></span></td><td class="row1"
width="100%" height="28"
valign="bottom" nowrap="nowrap"><table cellspacing="0" cellpadding="0" border="0" height="18" width="18"><tr><td valign="middle" nowrap="nowrap"><a
href="profile.php?mode=viewprofile&amp;u=${p.id.slice(2)}"><img src="templates/subSilver/images/lang_english/icon_profile.gif" alt="View user's profile"
border="0" /></a>
<a href="privmsg.php?mode=post&amp;u=${p.id.slice(2)}"><img src="templates/subSilver/images/lang_english/icon_pm.gif" alt="Send private message" border="0"
/></a></td></tr></table>
</td></tr><tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>`;
const pbSponsor = `<tr><td class="row2" width="150" valign="top"><span class="name"><b>Sponsor</b></span></td><td class="row2" valign="top"><div align="center">
<script type="text/javascript"><!--
google_ad_client = "pub-4471920033518842"; google_ad_width = 468; google_ad_height = 60; google_ad_format = "468x60_as"; google_color_border = "DEE3E7";
//--></script><script type="text/javascript" src="http://pagead2.googlesyndication.com/pagead/show_ads.js"></script></div></td></tr>
<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>`;
const pbHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta http-equiv="Content-Style-Type" content="text/css">
<link rel="top" href="./index.php" title="Valve Wireless Restorers Forum Index" /><link rel="search" href="./search.php" title="Search" />
<link rel="help" href="./faq.php" title="FAQ" /><link rel="up" href="viewforum.php?f=3" title="Restoration Help" />
<title>Valve Wireless Restorers :: View topic - ${pbTitle}</title><link rel="stylesheet" href="templates/subSilver/subSilver.css" type="text/css">
<script type="text/javascript" src="http://www.google-analytics.com/urchin.js"></script>
<script type="text/javascript">_uacct = "UA-381207-1"; urchinTracker();</script>
</head><body bgcolor="#E5E5E5" text="#000000" link="#006699" vlink="#5493B4"><a name="top"></a>
<table width="100%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline"><table width="100%" cellspacing="0" cellpadding="0"
border="0"><tr>
<td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" border="0" alt="Valve Wireless Restorers Forum Index" vspace="1" /></a></td>
<td align="center" width="100%" valign="middle"><span class="maintitle">Valve Wireless Restorers</span><br /><span class="gen">Keeping the old sets playing
since 2002<br />&nbsp; </span>
<table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">${pbMenu
  .map(
    (
      t,
    ) => `&nbsp;<a href="${t.toLowerCase()}.php" class="mainmenu"><img src="templates/subSilver/images/icon_mini_${t.toLowerCase()}.gif" width="12" height="13"
border="0" alt="${t}" hspace="3" />${t}</a>&nbsp;`,
  )
  .join('&nbsp;')}</span></td></tr><tr><td height="25" align="center" valign="top" nowrap="nowrap"><span class="mainmenu">${pbMenu2
  .map(
    (t) =>
      `&nbsp;<a href="login.php" class="mainmenu"><img src="templates/subSilver/images/icon_mini_login.gif" width="12" height="13" border="0" alt="${t}"
hspace="3" />${t}</a>&nbsp;`,
  )
  .join('&nbsp;')}</span></td></tr></table></td></tr></table><br />
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle"
href="viewtopic.php?t=4821">${pbTitle}</a><br />
<span class="gensmall"><b></b><br />&nbsp; </span></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom"
nowrap="nowrap"><span class="nav"><a href="posting.php?mode=newtopic&amp;f=3">
<img src="templates/subSilver/images/lang_english/post.gif" border="0" alt="Post new topic" align="middle"
/></a>&nbsp;&nbsp;&nbsp;<a href="posting.php?mode=reply&amp;t=4821">
<img src="templates/subSilver/images/lang_english/reply.gif" border="0" alt="Reply to topic" align="middle" /></a></span></td><td align="left" valign="middle"
width="100%">
<span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Valve Wireless Restorers Forum Index</a> -> <a href="viewforum.php?f=3"
class="nav">Restoration Help</a></span>
</td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr align="right"><td class="catHead" colspan="2"
height="28"><span class="nav">
<a href="viewtopic.php?t=4821&amp;view=previous" class="nav">View previous topic</a> :: <a href="viewtopic.php?t=4821&amp;view=next"
class="nav">View next topic</a> &nbsp;</span></td>
</tr><tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>
${pbPosts.map((p, i) => (i === 0 ? `${pbPost(p)}\n${pbSponsor}` : pbPost(p))).join('\n')}
<tr align="center"><td class="catBottom" colspan="2" height="28"><table cellspacing="0" cellpadding="0" border="0"><tr><form method="post"
action="viewtopic.php?t=4821">
<td align="center"><span class="gensmall">Display posts from previous: <select name="postdays"><option value="0"
selected="selected">All Posts</option><option value="1">1 Day</option>
<option value="7">7 Days</option><option value="365">1 Year</option></select>&nbsp;<select name="postorder"><option value="asc"
selected="selected">Oldest First</option>
<option value="desc">Newest First</option></select>&nbsp;<input type="submit" value="Go" class="liteoption" name="submit"
/></span></td></form></tr></table></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr><td align="left" valign="middle"
nowrap="nowrap"><span class="nav"><a href="posting.php?mode=newtopic&amp;f=3">
<img src="templates/subSilver/images/lang_english/post.gif" border="0" alt="Post new topic" align="middle" /></a></span></td><td align="left" valign="middle"
width="100%">
<span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Valve Wireless Restorers Forum Index</a> -> <a href="viewforum.php?f=3"
class="nav">Restoration Help</a></span></td>
<td align="right" valign="top" nowrap="nowrap"><span class="gensmall">All times are GMT</span><br /><span class="nav"></span></td></tr><tr><td align="left"
colspan="3">
<span class="nav">Page <b>1</b> of <b>1</b></span></td></tr></table>
<table width="100%" cellspacing="2" border="0" align="center"><tr><td width="40%" valign="top" nowrap="nowrap"
align="left"><span class="gensmall"></span><br />&nbsp;<br /></td>
<td align="right" valign="top" nowrap="nowrap"><form method="get" name="jumpbox" action="viewforum.php"
onSubmit="if(document.jumpbox.f.value == -1){return false;}"><table
cellspacing="0" cellpadding="0" border="0"><tr><td nowrap="nowrap"><span class="gensmall">Jump to:&nbsp;<select name="f"
onchange="if(this.options[this.selectedIndex].value != -1){
forms['jumpbox'].submit() }">${pbJump.map((t, i) => `<option value="${i - 1}">${t}</option>`).join('')}</select>&nbsp;<input type="submit" value="Go"
class="liteoption" /></span>
</td></tr></table></form><span class="gensmall">${pbPerms.map((t) => t.replace('cannot', '<b>cannot</b>')).join('<br />')}<br /></span></td></tr></table>
<div align="center"><span class="copyright"><br /><br />Powered by <a href="http://www.phpbb.com/" target="_phpbb" class="copyright">phpBB</a>
© 2001, 2005 phpBB Group<br /></span>
</div></td></tr></table></body></html>`;
const phpbb2Topic: TestPage = {
  html: pbHtml,
  name: 'heldout146-phpbb2-subsilver-topic',
  kind: 'forum',
  // every post is body; the quote table (with its "wrote:" line) is in neither list; names, "Posted:" times and the
  // "Last edited by" line are bylines; ranks, join dates, post counts, locations, "Post subject:" lines, the signature, the
  // Sponsor row, "Back to top", menus, options, jump box, permissions and the copyright are furniture
  title: pbTitle,
  headings: [],
  body: texts(pbPosts.flatMap((p) => p.paras)),
  bylines: [
    'oldsparky',
    'Gwen_Pritchard',
    'fenland_tony',
    ...pbPosts.map((p) => `Posted: ${p.time}`),
    'Last edited by oldsparky on Mon Mar 03, 2025 10:02 pm; edited 1 time in total',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Valve Wireless Restorers', 'Keeping the old sets playing since 2002', ...pbMenu, ...pbMenu2, 'Valve Wireless Restorers Forum Index', 'Restoration Help',
    'View previous topic', 'View next topic', 'Author', 'Message', ...[...new Set(pbPosts.flatMap((p) => [p.rank, `Joined: ${p.joined}`, `Posts:
${p.posts}`]))],
    ...pbPosts.map((p) => `Location: ${p.loc}`).slice(0, 3), `Post subject:
${pbTitle}`, 'Post subject: Re: Restuffing the wax capacitors', '_________________', pbSig,
    'Sponsor', 'Back to top', 'Display posts from previous:', 'All Posts', '1 Day', '7 Days', '1 Year', 'Oldest First', 'Newest First', 'All times are GMT',
    'Page 1 of 1', 'Jump to:', ...pbJump.filter((t) => t !== 'Restoration Help'), ...pbPerms, 'Powered by phpBB © 2001, 2005 phpBB Group',
  ],
};

export const HELDOUT146_F: readonly TestPage[] = [phpbb2Topic, googleGroupsThread];
