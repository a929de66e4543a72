import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 44, file a2: a topic on a phpBB 2.0.23 board still running the subSilver template (the bodyline table with
 * the logo, site name, description and the mainmenu links, the "Forum Index -> forum" nav, "View previous topic :: View next
 * topic", the Author/Message table with each poster's rank, join date, post count and location, "Posted: ... Post subject: ..."
 * lines, a "wrote:" quote table, a "Last edited by" line, a signature under the underscores, "Back to top", the display-order
 * form, the jump box, the permissions list and the "Powered by phpBB" footer).
 */
const bbTitle = 'Puch Maxi points gap keeps closing up after 50 miles';
const bbP1 = [
  'My 1978 Maxi S has started losing power and then refusing to idle after about fifty miles. Every time I pull the flywheel the ' +
    'points gap has closed from 0.4 mm down to almost nothing. I set it again, it runs perfectly, and two weeks later we are back ' +
    'where we started.',
  'The points are new, a German-made set from the club shop, and the condenser was replaced at the same time. Timing is set with ' +
    'a dial gauge at 1.5 mm before top dead centre. Anyone seen this before?',
];
const bbP2 = [
  'Sounds like the heel on the points is wearing down. Did you put a dab of cam grease on the felt when you fitted them? Without ' +
    'it the fibre heel wears very quickly on the cam and the gap closes exactly as you describe.',
  'Some of the newer reproduction sets also have a softer heel than the originals. If you can find a new old stock Bosch set it ' + 'is worth the money.',
];
const bbP3 = [
  'No, I did not, and the felt was bone dry when I looked this morning. I can see a shiny flat worn on the heel as well. I have ' +
    'ordered a tube of cam lubricant and will put a new set in when it arrives.',
];
const bbP4 = [
  'While you are in there, check the cam itself for wear or rust pitting. A rough cam will eat a heel even with grease. Polish it ' +
    'lightly with very fine emery and clean it well before you put the new points in.',
  'And do not overdo the grease. A match-head sized amount on the felt is plenty, any more and it gets thrown onto the contacts ' +
    'and you will be chasing a misfire instead.',
];
const bbP5 = [
  'Update for anyone who finds this later: new points, a little grease on the felt and a quick polish of the cam. Three hundred ' +
    'miles since then and the gap has not moved at all. Thanks for the help.',
];
const bbQuoted = 'Did you put a dab of cam grease on the felt when you fitted them?';
const bbEdited = 'Last edited by rusty_bolt on Sun Feb 09, 2025 11:05 am; edited 1 time in total';
const bbMenu1 = ['FAQ', 'Search', 'Memberlist', 'Usergroups', 'Register'];
const bbMenu2 = ['Profile', 'Log in to check your private messages', 'Log in'];
const bbDays = ['All Posts', '1 Day', '7 Days', '2 Weeks', '1 Month', '3 Months', '6 Months', '1 Year'];
const bbForums = ['Engines & Ignition', 'Frames, Forks & Brakes', 'Restoration Diaries', 'Parts Wanted & For Sale', 'Club Rides & Events'];
const bbPerms = [
  'You cannot post new topics in this forum',
  'You cannot reply to topics in this forum',
  'You cannot edit your posts in this forum',
  'You cannot delete your posts in this forum',
  'You cannot vote in polls in this forum',
];

interface BbUser {
  u: number;
  name: string;
  rank: string;
  joined: string;
  posts: string;
  loc: string;
}
const rusty: BbUser = { u: 212, name: 'rusty_bolt', rank: 'Regular', joined: '12 Mar 2004', posts: '1022', loc: 'Leeds' };
const maggie: BbUser = { u: 57, name: 'Mopedmaggie', rank: 'Moderator', joined: '02 Jan 2003', posts: '6418', loc: 'Bristol' };
const sparky: BbUser = { u: 1430, name: 'Old Sparky', rank: 'Veteran', joined: '21 Oct 2009', posts: '2287', loc: 'Dundee' };

const bbPost = (p: number, who: BbUser, row: string, when: string, subject: string, body: string, sig = ''): string => `<tr>
<td width="150" align="left" valign="top" class="${row}"><span class="name"><a name="${p}"></a><b>${who.name}</b></span><br />
<span class="postdetails">${who.rank}<br /><img src="templates/subSilver/images/ranks/${who.rank.toLowerCase()}.gif" alt="${who.rank}" title="${who.rank}"
border="0" />
<br /><img src="images/avatars/${who.u}.jpg" alt=""
border="0" /><br /><br />Joined: ${who.joined}<br />Posts: ${who.posts}<br />Location: ${who.loc}</span><br /></td>
<td class="${row}" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="100%"><a href="viewtopic.php?p=${p}#${p}"><img src="templates/subSilver/images/icon_minipost.gif" width="12" height="9" alt="Post" title="Post"
border="0" /></a>
<span class="postdetails">Posted: ${when}<span class="gen">&nbsp;</span>&nbsp; &nbsp;Post subject: ${subject}</span></td>
<td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p=${p}"><img src="templates/subSilver/images/lang_english/icon_quote.gif"
alt="Reply with quote" title="Reply with quote" border="0" /></a></td></tr>
<tr><td colspan="2"><hr /></td></tr><tr><td colspan="2"><span class="postbody">${body}${sig === '' ? '' : `<br />_________________<br />${sig}`}</span>
<span class="gensmall">${p === 3397 ? `<br /><br />${bbEdited}` : ''}</span></td></tr></table></td></tr>
<tr><td class="${row}" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Back to top</a></span></td>
<td class="${row}" width="100%" height="28" valign="bottom" nowrap="nowrap"><table cellspacing="0" cellpadding="0" border="0" height="18" width="18"><tr>
<td valign="middle" nowrap="nowrap"><a href="profile.php?mode=viewprofile&amp;u=${who.u}"><img src="templates/subSilver/images/lang_english/icon_profile.gif"
alt="View user's profile" title="View user's profile" border="0" /></a> <a href="privmsg.php?mode=post&amp;u=${who.u}">
<img src="templates/subSilver/images/lang_english/icon_pm.gif" alt="Send private message" title="Send private message"
border="0" /></a></td></tr></table></td></tr>
<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>`;

const bbBody = (ps: readonly string[]): string => ps.join('<br />\n<br />\n');
const bbQuoteTable = `</span><table width="90%" cellspacing="1" cellpadding="3" border="0"
align="center"><tr><td><span class="genmed"><b>Mopedmaggie wrote:</b></span></td>
</tr><tr><td class="quote">${bbQuoted}</td></tr></table><span class="postbody"><br />`;
const re = `Re: ${bbTitle}`;

const bbHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta http-equiv="Content-Style-Type" content="text/css">
<link rel="top" href="./index.php" title="Vintage Moped Owners Club Forum Index" /><link rel="search" href="./search.php" title="Search" />
<link rel="up" href="viewforum.php?f=3" title="Engines &amp; Ignition" />
<title>Vintage Moped Owners Club :: View topic - ${bbTitle}</title>
<style type="text/css"><!--
body { background-color: #E5E5E5; scrollbar-face-color: #DEE3E7; scrollbar-highlight-color: #FFFFFF; }
.bodyline { background-color: #FFFFFF; border: 1px #98AAB1 solid; } .forumline { background-color: #FFFFFF; border: 2px #006699 solid; }
td.row1 { background-color: #EFEFEF; } td.row2 { background-color: #DEE3E7; } .postbody { font-size: 12px; line-height: 18px }
td.quote { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; color: #444444; line-height: 125%; background-color: #FAFAFA; }
--></style></head>
<body bgcolor="#E5E5E5" text="#000000" link="#006699" vlink="#5493B4"><a name="top"></a>
<table width="100%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline">
<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" border="0"
alt="Vintage Moped Owners Club Forum Index" vspace="1" /></a></td><td align="center" width="100%"
valign="middle"><span class="maintitle">Vintage Moped Owners Club</span>
<br /><span class="gen">Keeping two-stroke history on the road<br />&nbsp; </span>
<table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">
${bbMenu1
  .map(
    (t) => `&nbsp;<a href="${t.toLowerCase()}.php" class="mainmenu"><img src="templates/subSilver/images/icon_mini_${t.toLowerCase()}.gif"
width="12" height="13" border="0" alt="${t}" hspace="3" />${t}</a>&nbsp;`,
  )
  .join('\n')}
</span></td></tr><tr><td height="25" align="center" valign="top" nowrap="nowrap"><span class="mainmenu">
${bbMenu2
  .map(
    (t, i) => `&nbsp;<a href="${['profile.php?mode=editprofile', 'privmsg.php?folder=inbox', 'login.php'][i]}"
class="mainmenu">${t}</a>&nbsp;`,
  )
  .join('\n')}
</span></td></tr></table></td></tr></table><br />
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2">
<a class="maintitle" href="viewtopic.php?t=1187">${bbTitle}</a><br /><span class="gensmall"><b></b><br />&nbsp; </span></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" nowrap="nowrap"><span class="nav">
<a href="posting.php?mode=newtopic&amp;f=3"><img src="templates/subSilver/images/lang_english/post.gif" border="0" alt="Post new topic"
align="middle" /></a>&nbsp;&nbsp;&nbsp;
<a href="posting.php?mode=reply&amp;t=1187"><img src="templates/subSilver/images/lang_english/reply.gif" border="0" alt="Reply to topic"
align="middle" /></a></span></td>
<td align="left" valign="middle" width="100%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Vintage Moped Owners Club Forum Index</a>
-&gt; <a href="viewforum.php?f=3" class="nav">Engines &amp; Ignition</a></span></td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr align="right"><td class="catHead" colspan="2"
height="28"><span class="nav">
<a href="viewtopic.php?t=1187&amp;view=previous" class="nav">View previous topic</a> :: <a href="viewtopic.php?t=1187&amp;view=next"
class="nav">View next topic</a> &nbsp;</span></td></tr>
<tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>
${bbPost(3381, rusty, 'row1', 'Sat Feb 08, 2025 6:42 pm', bbTitle, bbBody(bbP1))}
${bbPost(3384, maggie, 'row2', 'Sat Feb 08, 2025 8:15 pm', re, bbBody(bbP2), '1977 Maxi N, 1981 Garelli Eureka, far too many spares')}
${bbPost(3397, rusty, 'row1', 'Sun Feb 09, 2025 11:02 am', re, `${bbQuoteTable}${bbBody(bbP3)}`)}
${bbPost(3401, sparky, 'row2', 'Sun Feb 09, 2025 4:37 pm', re, bbBody(bbP4), 'If it has points, it has opinions.')}
${bbPost(3522, rusty, 'row1', 'Sun Mar 02, 2025 3:20 pm', `${re} [solved]`, bbBody(bbP5))}
<tr align="center"><td class="catBottom" colspan="2" height="28"><table cellspacing="0" cellpadding="0" border="0"><tr>
<form method="post" action="viewtopic.php?t=1187&amp;start=0"><td align="center"><span class="gensmall">Display posts from previous: <select name="postdays">
${bbDays.map((t, i) => `<option value="${[0, 1, 7, 14, 30, 90, 180, 364][i]}"${i === 0 ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>&nbsp;
<select name="postorder"><option value="asc" selected="selected">Oldest First</option><option value="desc">Newest First</option></select>&nbsp;
<input type="submit" value="Go" class="liteoption" name="submit" /></span></td></form></tr></table></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr><td align="left" valign="middle" nowrap="nowrap"><span class="nav">
<a href="posting.php?mode=newtopic&amp;f=3"><img src="templates/subSilver/images/lang_english/post.gif" border="0" alt="Post new topic"
align="middle" /></a>&nbsp;&nbsp;&nbsp;
<a href="posting.php?mode=reply&amp;t=1187"><img src="templates/subSilver/images/lang_english/reply.gif" border="0" alt="Reply to topic"
align="middle" /></a></span></td>
<td align="left" valign="middle" width="100%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Vintage Moped Owners Club Forum Index</a>
-&gt; <a href="viewforum.php?f=3" class="nav">Engines &amp; Ignition</a></span></td>
<td align="right" valign="top" nowrap="nowrap"><span class="gensmall">All times are GMT</span><br /><span class="nav"></span></td></tr>
<tr><td align="left" colspan="3"><span class="nav">Page <b>1</b> of <b>1</b></span></td></tr></table>
<table width="100%" cellspacing="2" border="0" align="center"><tr><td width="40%" valign="top" nowrap="nowrap" align="left"><span class="gensmall"></span><br />
&nbsp;<br /></td><td align="right" valign="top" nowrap="nowrap"><form method="get" name="jumpbox" action="viewforum.php"
onSubmit="if(document.jumpbox.f.value == -1){return false;}">
<table cellspacing="0" cellpadding="0" border="0"><tr><td nowrap="nowrap"><span class="gensmall">Jump to:&nbsp;<select name="f"
onchange="if(this.options[this.selectedIndex].value != -1){ forms['jumpbox'].submit() }"><option value="-1">Select a forum</option>
<option value="-1">&nbsp;</option><option value="-1">The Workshop</option><option value="-1">----------------</option>
${bbForums.map((t, i) => `<option value="${i + 3}"${i === 0 ? ' selected="selected"' : ''}>${t.replace(/&/g, '&amp;')}</option>`).join('')}
</select><input type="hidden" name="sid" value="" />&nbsp;<input type="submit" value="Go" class="liteoption" /></span></td></tr></table></form>
<span class="gensmall">${bbPerms.join('<br />')}<br /></span></td></tr></table>
<div align="center"><span class="copyright"><br /><br />Powered by <a href="http://www.phpbb.com/" target="_phpbb"
class="copyright">phpBB</a> © 2001, 2005 phpBB Group<br />
Hosted by the club since 2003 · <a href="mailto:admin@vmoc.example" class="copyright">Contact the admin</a><br /></span></div>
</td></tr></table></body></html>`;

export const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout44-phpbb2-subsilver-topic',
  kind: 'forum',
  // every post is body (the starter's three included); "Mopedmaggie wrote:" is the quote's author line (byline) and the quoted
  // sentence is in neither list; names, "Posted:" times and the "Last edited by" line are bylines; the "Post subject:" lines are
  // furniture (the first repeats the title word for word, so only the "Re:" form is listed, once; "[solved]" is the starter's
  // last subject); ranks, join dates, post counts, locations, signatures, "Back to top", the Author/Message heads, the board's
  // header and menus, the nav, previous/next topic, the display form, the jump box, permissions and the footer are furniture;
  // "Search" and "Log in" are menu items; the jump box's forum names are kept, the current forum (also in the nav) once
  title: bbTitle,
  headings: [],
  body: [...texts(bbP1), ...texts(bbP2), ...texts(bbP3), ...texts(bbP4), ...texts(bbP5)],
  bylines: [
    'rusty_bolt',
    'Mopedmaggie',
    'Old Sparky',
    'Sat Feb 08, 2025 6:42 pm',
    'Sat Feb 08, 2025 8:15 pm',
    'Sun Feb 09, 2025 11:02 am',
    'Sun Feb 09, 2025 4:37 pm',
    'Sun Mar 02, 2025 3:20 pm',
    'Mopedmaggie wrote:',
    bbEdited,
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Vintage Moped Owners Club', 'Keeping two-stroke history on the road', ...bbMenu1, ...bbMenu2, 'Vintage Moped Owners Club Forum Index', ...bbForums,
    'View previous topic', 'View next topic', 'Author', 'Message', 'Regular', 'Moderator', 'Veteran', 'Joined: 12 Mar 2004', 'Joined: 02 Jan 2003',
    'Joined: 21 Oct 2009', 'Posts: 1022', 'Posts: 6418', 'Posts: 2287', 'Location: Leeds', 'Location: Bristol', 'Location: Dundee', `Post subject: ${re}`,
    '[solved]', '1977 Maxi N, 1981 Garelli Eureka, far too many spares', 'If it has points, it has opinions.', 'Back to top', 'Display posts from previous:',
    ...bbDays, 'Oldest First', 'Newest First', 'All times are GMT', 'Page 1 of 1', 'Jump to:', 'Select a forum', 'The Workshop', ...bbPerms,
    'Powered by phpBB © 2001, 2005 phpBB Group', 'Hosted by the club since 2003', 'Contact the admin',
  ],
};
