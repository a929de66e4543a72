import { type TestPage, texts } from './page-kit.js';
import { blenderArtists } from './pages-heldout170-b2.js';

/**
 * Held-out batch 170, file b: a Bitcointalk topic (SMF 1.1 tables: the "Welcome, Guest" box, the news line, the upper menu,
 * the linktree, "Pages: [1]" and "Print", the topic header cell with "(Read N times)", posts with poster info cells holding
 * rank, activity, merit and the "Ignore" link, subject and date lines, a quote header and quote, the report link, the
 * "Last edit" line, signatures, the ad row under the first post, the jump-to box and the SMF footer) and, from file b2, a
 * Blender Artists Discourse topic.
 */
const title = 'Splitting a cold wallet backup across three family members: sane or overkill?';
type Post = { id: number; user: string; rank: string; act: string; merit: string; time: string; paras: string[]; quote?: string; edit?: string; sig?: string };
const posts: Post[] = [
  {
    id: 65529011,
    user: 'harrowgate_ben',
    rank: 'Newbie',
    act: '14',
    merit: '0',
    time: 'October 06, 2025, 07:42:18 PM',
    paras: [
      `I am setting up long-term storage for a small amount of coin that I want my family to be able to recover if something happens
to me. My current plan is a hardware wallet with the seed words split into three parts, one part each with my sister, my brother and
a solicitor, so that any two can rebuild it.`,
      `A friend says splitting a seed by hand like that weakens it, and that I should use a proper multisig setup instead. The trouble
is that none of my family are technical. Is the hand split as bad as he says, and what would you actually do?`,
    ],
    edit: '« Last Edit: October 06, 2025, 07:55:02 PM by harrowgate_ben »',
  },
  {
    id: 65529140,
    user: 'coldframe',
    rank: 'Legendary',
    act: '2478',
    merit: '1610',
    time: 'October 06, 2025, 08:30:51 PM',
    quote: 'any two can rebuild it',
    sig: 'Not your keys, not your coins. Check your addresses on the device screen.',
    paras: [
      `Your friend is right. If you cut a 24-word seed into three overlapping pieces so that any two can rebuild it, each single piece
already reveals a large share of the words. Someone holding one piece has a much smaller space to brute force than you think.`,
      `For non-technical heirs I would do a 2-of-3 multisig with three hardware devices from different makers, and write a plain letter
explaining which two devices to bring together and which wallet software to open. Keep a copy of the wallet descriptor with each device.
Without the descriptor the seeds alone are a puzzle.`,
    ],
  },
  {
    id: 65529377,
    user: 'Mirelle_K',
    rank: 'Full Member',
    act: '322',
    merit: '118',
    time: 'October 07, 2025, 06:12:40 AM',
    paras: [
      `The letter matters more than the scheme. I helped settle an estate last year where the coins were perfectly safe and nobody
could find them: the devices were in a drawer, the seed was in a safe deposit box, and there was no note saying either existed.`,
      `Whatever you pick, do a dry run. Give your sister and the solicitor the instructions, let them recover a test wallet holding a
tiny amount, and fix whatever confuses them. Then repeat it every couple of years, because software and devices change.`,
    ],
  },
  {
    id: 65530022,
    user: 'harrowgate_ben',
    rank: 'Newbie',
    act: '14',
    merit: '0',
    time: 'October 08, 2025, 09:03:27 PM',
    paras: [
      `Thank you, this changed my mind. I am going with 2-of-3 multisig, the descriptor printed with each device, and a two-page letter.
My sister recovered a test wallet on Sunday with only the letter and two devices, which took her about forty minutes.`,
    ],
  },
];
const menu = ['HOME', 'HELP', 'SEARCH', 'LOGIN', 'REGISTER', 'MORE...'];
const crumbs = ['Bitcoin Forum', 'Bitcoin', 'Bitcoin Discussion'];
const news = 'News: Latest Bitcoin Core release: 30.0 [Torrent]';
const foot = ['Powered by SMF 1.1.19', 'SMF © 2006-2009, Simple Machines'];
const post = (p: Post, n: number): string => `<tr><td class="windowbg${n % 2 ? '' : '2'}"><table width="100%" cellpadding="5" cellspacing="0"
style="table-layout: fixed;"><tr><td valign="top" width="16%" rowspan="2" style="overflow: hidden;" class="poster_info"><b><a
href="https://bitcointalk.org/index.php?action=profile;u=${p.id % 4099}"
title="View the profile of ${p.user}">${p.user}</a></b><div
class="smalltext">${p.rank}<br>${'<img src="https://bitcointalk.org/Themes/custom1/images/star.gif" alt="*" border="0">'.repeat(p.rank === 'Newbie' ? 0 : 3)}
<br><br>Offline<br><br>Activity: ${p.act}<br>Merit: ${p.merit}<br><br><br><img src="https://bitcointalk.org/useravatars/avatar_${p.id % 4099}.png" alt="">
<br><br><a href="https://bitcointalk.org/index.php?action=profile;u=${p.id % 4099}"><img
src="https://bitcointalk.org/Themes/custom1/images/icons/profile_sm.gif"
alt="View Profile" title="View Profile" border="0"></a><br><a href="https://bitcointalk.org/index.php?action=ignore;u=${p.id % 4099}">Ignore</a></div></td>
<td valign="top" width="85%" height="100%" class="td_headerandpost with_column_dividers"><table width="100%" border="0"><tr><td valign="middle"><a
href="https://bitcointalk.org/index.php?topic=5561024.msg${p.id}#msg${p.id}"><img src="https://bitcointalk.org/Themes/custom1/images/post/xx.gif" alt=""
border="0"></a></td><td valign="middle"><div class="subject" id="subject_${p.id}"><a
href="https://bitcointalk.org/index.php?topic=5561024.msg${p.id}#msg${p.id}">${n === 1 ? title : `Re: ${title}`}</a>
</div><div class="smalltext">${p.time}</div></td><td align="right" valign="bottom" height="20" style="font-size: smaller;" class="td_buttons">
<div align="right" style="font-size: smaller;"></div></td><td class="message_number" align="right"><a class="message_number" style="vertical-align: middle;"
href="https://bitcointalk.org/index.php?topic=5561024.msg${p.id}#msg${p.id}">#${n}</a></td></tr></table><hr width="100%" size="1" class="hrcolor">
<div class="post">${
  p.quote
    ? `<div class="quoteheader"><a href="https://bitcointalk.org/index.php?topic=5561024.msg65529011#msg65529011">Quote from: harrowgate_ben on
October 06, 2025, 07:42:18 PM</a></div><div class="quote">${p.quote}</div><br>`
    : ''
}${p.paras.join('<br><br>')}</div></td></tr><tr><td valign="bottom" class="smalltext"
width="85%"><table width="100%" border="0" style="table-layout: fixed;"><tr><td colspan="2" class="smalltext" width="100%"></td></tr><tr><td valign="bottom"
class="smalltext" id="modified_${p.id}">${p.edit ? `<span class="edited">${p.edit}</span>` : ''}</td><td align="right" valign="bottom" class="smalltext">
<a href="https://bitcointalk.org/index.php?action=reporttm;topic=5561024.0;msg=${p.id}" class="help">Report to moderator</a> &nbsp;</td></tr></table>
${p.sig ? `<hr width="100%" size="1" class="hrcolor"><div class="signature sig${p.id % 4099}">${p.sig}</div>` : ''}</td></tr></table></td></tr>
${
  n === 1
    ? `<tr><td class="windowbg3"><div class="ad_row"><span class="ad_label">Advertised sites are not endorsed by the Bitcoin Forum. They may be unsafe,
untrustworthy, or illegal in your jurisdiction.</span> <a href="https://bitcointalk.org/adrotate.php" rel="nofollow">Advertise here.</a></div></td></tr>`
    : ''
}`;
const pages = `<td class="middletext" valign="bottom" style="padding-bottom: 4px;">Pages: [<b>1</b>] &nbsp;&nbsp;<a href="#lastPost"><b>Go Down</b></a></td>`;
const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" type="text/css" href="https://bitcointalk.org/Themes/custom1/style.css">
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><meta name="description" content="${title}">
<meta name="keywords" content="bitcoin, forum, bitcoin forum, bitcointalk"><script language="JavaScript" type="text/javascript"
src="https://bitcointalk.org/Themes/default/script.js"></script><script language="JavaScript" type="text/javascript"><!-- // --><![CDATA[
var smf_theme_url = "https://bitcointalk.org/Themes/custom1"; var smf_images_url = "https://bitcointalk.org/Themes/custom1/images";
var smf_scripturl = "https://bitcointalk.org/index.php"; var smf_session_id = "7fd0a1"; // ]]></script>
<title>${title}</title><link rel="help" href="https://bitcointalk.org/index.php?action=help" target="_blank">
<link rel="search" href="https://bitcointalk.org/index.php?action=search"><link rel="contents" href="https://bitcointalk.org/index.php">
<link rel="index" href="https://bitcointalk.org/index.php?board=1.0"></head>
<body><div class="tborder"><table width="100%" cellpadding="0" cellspacing="0" border="0" id="smfheader"><tr><td class="catbg" height="32">
<span style="font-family: Verdana, sans-serif; font-size: 140%;">Bitcoin Forum</span></td><td align="right" class="catbg">
<img src="https://bitcointalk.org/Themes/custom1/images/smflogo.gif" style="margin: 2px;" alt=""></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="titlebg2" height="32"><span style="font-size: 130%;">Welcome, <b>Guest</b>.
Please <a href="https://bitcointalk.org/index.php?action=login">login</a> or <a
href="https://bitcointalk.org/index.php?action=register">register</a>.</span></td>
<td class="titlebg2" height="32" align="right"><span class="smalltext">October 09, 2025, 11:20:04 AM</span></td></tr></table>
<table width="100%" cellpadding="4" cellspacing="5" border="0" style="margin-top: 2px;"><tr><td width="100%" valign="top" class="windowbg2">
<b>${news.slice(0, 5)}</b> ${news.slice(6)}</td></tr></table></div>
<table cellpadding="0" cellspacing="0" border="0" style="margin-left: 10px;"><tr><td class="maintab_first">&nbsp;</td>
${menu.map((m) => `<td valign="top" class="maintab_back"><a href="https://bitcointalk.org/index.php?action=${m.toLowerCase()}">${m}</a></td>`).join('\n')}
<td class="maintab_last">&nbsp;</td></tr></table><div id="bodyarea" style="padding: 1ex 0px 2ex 0px;"><a name="top"></a><a name="msg65529011"></a>
<div><div class="nav" style="font-size: smaller; margin-bottom: 2ex; margin-top: 2ex;"><b><a href="https://bitcointalk.org/index.php"
class="nav">${crumbs[0]}</a></b>&nbsp;&gt;&nbsp;
<b><a href="https://bitcointalk.org/index.php#c1" class="nav">${crumbs[1]}</a></b>&nbsp;&gt;&nbsp;<b><a href="https://bitcointalk.org/index.php?board=1.0"
class="nav">${crumbs[2]}</a></b>&nbsp;&gt;&nbsp;<b><a href="https://bitcointalk.org/index.php?topic=5561024.0" class="nav">${title}</a></b></div></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>${pages}<td align="right" style="padding-right: 1ex;"><table cellpadding="0" cellspacing="0">
<tr><td class="mirrortab_first">&nbsp;</td><td class="mirrortab_back"><a href="https://bitcointalk.org/index.php?action=printpage;topic=5561024.0"
target="_blank">Print</a></td><td class="mirrortab_last">&nbsp;</td></tr></table></td></tr></table>
<table width="100%" cellpadding="3" cellspacing="0" border="0" class="tborder" style="border-bottom: 0;"><tr class="catbg3"><td valign="middle" width="2%"
style="padding-left: 6px;"><img src="https://bitcointalk.org/Themes/custom1/images/topic/normal_post.gif" align="bottom" alt=""></td>
<td width="13%"> Author</td><td valign="middle" width="85%" style="padding-left: 6px;" id="top_subject">Topic: ${title} &nbsp;(Read 1118
times)</td></tr></table>
<form action="https://bitcointalk.org/index.php?action=quickmod2;topic=5561024.0" method="post" accept-charset="ISO-8859-1" name="quickModForm"
id="quickModForm" style="margin: 0;"><table cellpadding="0" cellspacing="0" border="0" width="100%" class="bordercolor">
${posts.map((p, i) => post(p, i + 1)).join('\n')}
</table><a name="lastPost"></a></form><table border="0" width="100%" cellspacing="0" cellpadding="0" class="bordercolor"><tr>${pages
  .replace('#lastPost', '#top')
  .replace('Go Down', 'Go Up')}
</tr></table><div class="nav" style="font-size: smaller; margin-bottom: 2ex; margin-top: 2ex;">${crumbs
  .map(
    (c) => `<b><a class="nav"
href="#">${c}</a></b>&nbsp;&gt;&nbsp;`,
  )
  .join('')}
<b><a href="https://bitcointalk.org/index.php?topic=5561024.0" class="nav">${title}</a></b></div><table border="0" width="100%"><tr><td class="smalltext"
align="right">
<form action="https://bitcointalk.org/index.php" method="get" accept-charset="ISO-8859-1" style="padding:0; margin: 0;"><span class="smalltext">Jump to:</span>
<select name="jumpto" id="jumpto" onchange="if (this.selectedIndex > 0 &amp;&amp; this.options[this.selectedIndex].value) window.location.href = this.value;">
<option value="">Please select a destination:</option><option value="c1">-----------------------------</option><option value="1.0">=&gt; Bitcoin
Discussion</option>
<option value="4.0">=&gt; Technical Support</option><option value="6.0">=&gt; Development &amp; Technical Discussion</option></select>&nbsp;<input type="button"
onclick="if (this.form.jumpto.options[this.form.jumpto.selectedIndex].value) window.location.href = this.form.jumpto.value;"
value="go"></form></td></tr></table>
</div><div id="footerarea" style="text-align: center; padding-bottom: 1ex;"><table cellspacing="0" cellpadding="3" border="0" align="center" width="100%">
<tr><td width="28%" valign="middle" align="right"></td><td valign="middle" align="center" style="white-space: nowrap;"><span class="smalltext"
style="display: inline;">
<a href="https://bitcointalk.org/index.php?action=credits" title="Simple Machines Forum" target="_blank">${foot[0]}</a> |
<a href="http://www.simplemachines.org/about/copyright.php" title="Free Forum Software" target="_blank">${foot[1]}</a></span></td>
<td width="28%" valign="middle" align="left"></td></tr></table></div><script>window.onload = function () { smf_codeFix(); };</script></body></html>`;
export const bitcointalk: TestPage = {
  html,
  name: 'heldout170-bitcointalk-smf-forum',
  kind: 'forum',
  // the topic has no h1: its title is the first post's subject (the "Topic: ... (Read N times)" header cell and the linktree repeat it)
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: ['harrowgate_ben', 'coldframe', 'Mirelle_K', ...posts.map((p) => p.time), '« Last Edit: October 06, 2025, 07:55:02 PM by harrowgate_ben »'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome, Guest. Please login or register.', 'October 09, 2025, 11:20:04 AM', news, ...menu, ...crumbs, 'Pages: [1]', 'Go Down', 'Go Up', 'Print',
    'Author', '(Read 1118 times)', 'Newbie', 'Legendary', 'Full Member', 'Offline', 'Activity: 2478', 'Merit: 1610', 'Activity: 322', 'Merit: 118',
    'Activity: 14', 'Merit: 0', 'Ignore', `Re: ${title}`, '#1', '#2', '#3', '#4', 'Report to moderator', posts[1]?.sig ?? '',
    'Advertised sites are not endorsed by the Bitcoin Forum. They may be unsafe, untrustworthy, or illegal in your jurisdiction.', 'Advertise here.',
    'Jump to:', 'Please select a destination:', '=> Bitcoin Discussion', '=> Technical Support', '=> Development & Technical Discussion', ...foot,
  ],
};

export const HELDOUT170_B: readonly TestPage[] = [bitcointalk, blenderArtists];
