import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 44, file b2: a vBulletin 3.8 showthread page in the default style (the logo table, the navbar with the
 * "Go Back" breadcrumb and the guest login form, the Register/FAQ/Members List/Calendar/Today's Posts/Search bar, a sponsor
 * banner, the thread tools and display modes menus, the post tables with the status icon, date, post count link, username menu,
 * user title, avatar, join date, location, post count and reputation, a post title, a "Quote:" block, a signature, a "Last
 * edited by" line, the Reply With Quote buttons, "Similar Threads", the previous/next links, "Posting Rules", the forum jump, the
 * time line and the copyright footer).
 */
const vbTitle = 'Chaeto melting since switching refugium light to LED';
const vbP1 = [
  'About six weeks ago I replaced the old 23 W compact fluorescent over my refugium with a 30 W full-spectrum LED strip. Since then ' +
    'the chaeto ball has been going pale and falling apart, and this week it is more white than green. Nitrate is stuck around ' +
    '25 ppm and phosphate is 0.08, so it is not starving.',
  'The light runs on a reverse schedule, 16 hours on from 8 pm. Flow through the fuge is about 200 gph. Has anyone else lost ' +
    'chaeto after switching to LED, or am I looking in the wrong place?',
];
const vbP2 = [
  'LEDs are a lot more intense at the surface than the old CFLs, even at a lower wattage. If the strip is only a few inches above ' +
    'the water, you are probably bleaching the top of the ball. Try raising it or dimming it to half for a couple of weeks and see ' +
    'if new growth comes in green.',
  'Also, is the chaeto tumbling? If it sits still the same side gets all the light and the underside rots.',
];
const vbP3 = [
  'It is not tumbling at all. It is jammed between the baffle and the return section, so the bottom half never moves. I will move ' +
    'the return nozzle so it rolls the ball and hang the LED from a bracket about ten inches higher.',
];
const vbP4 = [
  'Raising the light is a good start. One more thing to check: some of those cheap full-spectrum strips have almost no red. ' +
    'Chaeto grows best under a lot of red and deep blue, and a strip that looks white to your eye might be mostly blue. If the box ' +
    'lists a 6500 K or 10000 K colour temperature, look for a dedicated refugium light instead.',
  'And pull out the white bits. Dead chaeto releases everything it absorbed back into the water.',
];
const vbP5 = [
  'Three weeks on and it is coming back. I swapped the strip for a red and blue refugium light, moved the return so the ball rolls ' +
    'slowly, and trimmed off the bleached parts. The remaining ball is dark green again and nitrate is down to 10 ppm.',
];
const vbQuoted = 'Also, is the chaeto tumbling?';
const vbEdited = 'Last edited by coralcrab; 04-03-2025 at 07:12 AM.';
const vbBar = ['Register', 'FAQ', 'Members List', 'Calendar', "Today's Posts", 'Search'];
const vbSimilar = [
  ['Chaeto turning white under new light', 'reefdad71', 'Refugiums & Filtration', '6', '01-19-2024 04:40 PM'],
  ['Best refugium light for a 20 gallon sump?', 'nanogal', 'Lighting', '11', '09-02-2023 10:05 AM'],
  ['Cheap LED strips for macroalgae', 'TangTamer', 'Refugiums & Filtration', '4', '05-30-2022 08:12 PM'],
];
const vbRules = [
  'You may not post new threads',
  'You may not post replies',
  'You may not post attachments',
  'You may not edit your posts',
  'BB code is On',
  'Smilies are On',
  '[IMG] code is On',
  'HTML code is Off',
];

interface VbUser {
  u: number;
  name: string;
  title: string;
  join: string;
  loc: string;
  posts: string;
}
const crab: VbUser = { u: 20411, name: 'coralcrab', title: 'Member', join: 'Mar 2021', loc: 'Bellingham, WA', posts: '318' };
const nerd: VbUser = { u: 9012, name: 'fishnerd88', title: 'Senior Member', join: 'Jul 2012', loc: 'Tacoma', posts: '4,906' };
const sue: VbUser = { u: 1876, name: 'Salty Sue', title: 'Reef Keepers Moderator', join: 'Feb 2008', loc: 'Olympia, WA', posts: '12,337' };

const border = 'border: 1px solid #D1D1E1';
const vbPost = (id: number, n: number, who: VbUser, when: string, body: string, extra = ''): string => `<!-- post #${id} -->
<div id="edit${id}" style="padding:0px 0px 6px 0px"><table id="post${id}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%"
align="center">
<tr><td class="thead" style="font-weight:normal; ${border}; border-right: 0px"><!-- status icon and date --><a name="post${id}">
<img class="inlineimg" src="images/statusicon/post_old.gif" alt="Old" border="0" /></a>${when}<!-- / status icon and date --></td>
<td class="thead" style="font-weight:normal; ${border}; border-left: 0px" align="right">&nbsp;#<a href="showpost.php?p=${id}&amp;postcount=${n}" target="new"
rel="nofollow" id="postcount${id}" name="${n}"><strong>${n}</strong></a></td></tr>
<tr valign="top"><td class="alt2" width="175" style="${border}; border-top: 0px; border-bottom: 0px"><div id="postmenu_${id}">
<a class="bigusername" href="member.php?u=${who.u}">${who.name}</a><script type="text/javascript"> vbmenu_register("postmenu_${id}", true); </script></div>
<div class="smallfont">${who.title}</div><div class="smallfont">&nbsp;<br /><a href="member.php?u=${who.u}"><img src="customavatars/avatar${who.u}_3.gif"
width="80"
height="80" alt="${who.name}'s Avatar"
border="0" /></a></div><div class="smallfont">&nbsp;<br /><div>Join Date: ${who.join}</div><div>Location: ${who.loc}</div>
<div>Posts: ${who.posts}</div><div><span id="repdisplay_${id}_${who.u}"><img class="inlineimg" src="images/reputation/reputation_pos.gif"
alt="${who.name} is on a distinguished road" border="0" /></span></div><div>    </div></div></td>
<td class="alt1" id="td_post_${id}" style="border-right: 1px solid #D1D1E1"><!-- icon and title --><div class="smallfont">
<img class="inlineimg" src="images/icons/icon1.gif" alt="Default" border="0" /> <strong>${n === 1 ? vbTitle : `Re: ${vbTitle}`}</strong></div>
<hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" /><!-- / icon and title --><!-- message --><div id="post_message_${id}">${body}</div>
<!-- / message -->
${extra}</td></tr><tr><td class="alt2" style="${border}; border-top: 0px"><img class="inlineimg" src="images/statusicon/user_offline.gif"
alt="${who.name} is offline" border="0" />&nbsp;</td><td class="alt1" align="right" style="${border}; border-left: 0px; border-top: 0px"><!-- controls -->
<a href="newreply.php?do=newreply&amp;p=${id}" rel="nofollow"><img src="images/buttons/quote.gif" alt="Reply With Quote"
border="0" /></a><!-- / controls --></td></tr>
</table></div><!-- / post #${id} -->`;

const vbBody = (ps: readonly string[]): string => ps.join('<br />\n<br />\n');
const vbQuote = `<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">Quote:</div>
<table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2"
style="border:1px inset"><div>Originally Posted by <strong>fishnerd88</strong>
<a href="showthread.php?p=1870442#post1870442" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" border="0" alt="View Post" /></a></div>
<div style="font-style:italic">${vbQuoted}</div></td></tr></table></div>`;
const vbSig = (s: string): string => `<!-- sig --><div>__________________<br />${s}</div><!-- / sig -->`;

const vbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />
<meta name="generator" content="vBulletin 3.8.11" /><meta name="keywords" content="chaeto, refugium, LED" />
<style type="text/css" id="vbulletin_css">/* vBulletin 3 CSS For Style 'Default Style' (styleid: 1) */
body { background: #E1E1E2; color: #000000; font: 10pt verdana, geneva, lucida, 'lucida grande', arial, helvetica, sans-serif; margin: 5px 10px 10px 10px; }
.tborder { background: #D1D1E1; color: #000000; border: 1px solid #0B198C; } .thead { background: #5C7099; color: #FFFFFF; font: bold 11px tahoma; }</style>
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest";
var IMGDIR_MISC = "images/misc"; var vb_disable_ajax = parseInt("0", 10);</script>
<title>${vbTitle} - Reef Keepers Northwest</title>
<script type="text/javascript"><!-- var threadid = 210377; --></script></head>
<body onload=""><a name="top"></a>
<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center"><tr><td align="left"><a href="index.php">
<img src="images/misc/rkn_logo.gif" border="0" alt="Reef Keepers Northwest" /></a></td><td align="right">&nbsp;</td></tr></table>
<div align="center"><div class="page" style="width:100%; text-align:left"><div style="padding:0px 25px 0px 25px" align="left"><br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="alt1" width="100%">
<table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom"><td><a href="#" onclick="history.back(1); return false;">
<img src="images/misc/navbits_start.gif" alt="Go Back" border="0" /></a></td><td>&nbsp;</td><td width="100%"><span class="navbar"><a href="index.php"
accesskey="1">Reef Keepers Northwest</a></span>
<span class="navbar">&gt; <a href="forumdisplay.php?f=4">Reef Aquarium Discussion</a>
</span> <span class="navbar">&gt; <a href="forumdisplay.php?f=19">Refugiums &amp; Filtration</a></span>
</td></tr><tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><a href="showthread.php?t=210377"><img class="inlineimg"
src="images/misc/navbits_finallink_ltr.gif" alt="Reload this Page" border="0" /></a> <strong>${vbTitle}</strong></td></tr></table></td>
<td class="alt2" nowrap="nowrap" style="padding:0px"><form action="login.php?do=login" method="post"
onsubmit="md5hash(vb_login_password, vb_login_md5password)">
<table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont" style="white-space: nowrap;"><label for="navbar_username">User Name</label></td>
<td><input type="text" class="bginput" style="font-size: 11px" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101"
value="User Name" /></td>
<td class="smallfont" nowrap="nowrap"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" tabindex="103"
id="cb_cookieuser_navbar"
accesskey="c" />Remember Me?</label></td></tr><tr><td class="smallfont"><label for="navbar_password">Password</label></td>
<td><input type="password" class="bginput" style="font-size: 11px" name="vb_login_password" id="navbar_password" size="10" tabindex="102" /></td>
<td><input type="submit" class="button" value="Log in" tabindex="104" title="Enter your username and password"
accesskey="s" /></td></tr></table></form></td></tr></table>
<br /><div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" cellspacing="0" border="0" width="100%"
align="center"><tr align="center">
${vbBar.map((t) => `<td class="vbmenu_control"><a href="${t.toLowerCase().replace(/\W+/g, '')}.php" rel="help">${t.replace("'", '&#39;')}</a></td>`).join('\n')}
</tr></table></div><br />
<div align="center" class="sponsor-banner"><a href="https://www.saltcreekcorals.example/?ref=rkn" target="_blank" rel="nofollow sponsored">
<img src="images/sponsors/saltcreek_728x90.jpg" alt="Salt Creek Corals" width="728"
height="90" /></a><div class="smallfont">Thank you to our sponsors</div></div>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" style="border-bottom-width:0px"><tr>
<td class="tcat" width="100%"><div class="smallfont">&nbsp;</div></td><td class="vbmenu_control" id="threadtools"
nowrap="nowrap"><a href="#goto_threadtools">Thread Tools</a>
<script type="text/javascript"> vbmenu_register("threadtools"); </script></td><td class="vbmenu_control" id="displaymodes" nowrap="nowrap">
<a href="#goto_displaymodes">Display Modes</a><script type="text/javascript"> vbmenu_register("displaymodes"); </script></td></tr></table>
<div id="posts">
${vbPost(1870391, 1, crab, '04-02-2025, 08:14 PM', vbBody(vbP1))}
${vbPost(1870442, 2, nerd, '04-02-2025, 09:47 PM', vbBody(vbP2), vbSig('120 mixed reef | 40B sump | still chasing the perfect GHA-free rock'))}
${vbPost(
  1870488,
  3,
  crab,
  '04-03-2025, 07:05 AM',
  `${vbQuote}${vbBody(vbP3)}`,
  `<!-- edit note --><div class="smallfont"><hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" /><em>${vbEdited}</em></div><!-- / edit note -->`,
)}
${vbPost(1870530, 4, sue, '04-03-2025, 12:30 PM', vbBody(vbP4), vbSig('Frag swap info: see the Events forum. Be nice, we all killed a zoa once.'))}
${vbPost(1874019, 5, crab, '04-27-2025, 06:48 PM', vbBody(vbP5))}
<div id="lastpost"></div></div>
<div class="vbmenu_popup" id="threadtools_menu" style="display:none"><table cellpadding="4" cellspacing="1"
border="0"><tr><td class="thead">Thread Tools<a name="goto_threadtools"></a></td></tr>
<tr><td class="vbmenu_option"><a href="printthread.php?t=210377">Show Printable Version</a></td></tr>
<tr><td class="vbmenu_option"><a href="sendmessage.php?do=sendtofriend&amp;t=210377">Email this Page</a></td></tr></table></div>
<div class="vbmenu_popup" id="displaymodes_menu" style="display:none"><table cellpadding="4" cellspacing="1"
border="0"><tr><td class="thead">Display Modes<a name="goto_displaymodes"></a></td></tr>
<tr><td class="vbmenu_option"><strong>Linear Mode</strong></td></tr><tr><td class="vbmenu_option">
<a href="showthread.php?mode=hybrid&amp;t=210377">Switch to Hybrid Mode</a></td></tr>
<tr><td class="vbmenu_option"><a href="showthread.php?p=1870391&amp;mode=threaded#post1870391">Switch to Threaded Mode</a></td></tr></table></div>
<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><thead><tr><td class="tcat"
colspan="5">Similar Threads</td></tr>
<tr class="thead" align="center"><td class="thead" width="40%">Thread</td><td class="thead" width="15%" nowrap="nowrap">Thread Starter</td><td class="thead"
width="20%">Forum</td>
<td class="thead" width="5%">Replies</td><td class="thead" width="20%">Last Post</td></tr></thead><tbody>
${vbSimilar
  .map(
    (r) => `<tr><td class="alt1"
align="left"><span class="smallfont"><a href="showthread.php?t=${r[3]}">${r[0]}</a></span></td><td class="alt2"><span class="smallfont">${r[1]}</span></td>
<td class="alt1"><span class="smallfont">${r[2]!.replace('&', '&amp;')}</span></td><td class="alt2" align="center"><span class="smallfont">${r[3]}</span></td>
<td class="alt1" align="right"><span class="smallfont">${r[4]}</span></td></tr>`,
  )
  .join('\n')}</tbody></table>
<br /><div class="smallfont" align="center"><strong>«</strong> <a href="showthread.php?t=210377&amp;goto=nextoldest" nofollow="1">Previous Thread</a>
| <a href="showthread.php?t=210377&amp;goto=nextnewest" nofollow="1">Next Thread</a> <strong>»</strong></div><br />
<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr valign="bottom"><td width="100%" valign="top">
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="210"><thead><tr><td class="thead">Posting Rules</td></tr></thead>
<tbody><tr><td class="alt1" nowrap="nowrap"><div class="smallfont">${vbRules
  .slice(0, 4)
  .map((t) => `${t.replace('not ', '<strong>not</strong> ')}<br />`)
  .join('\n')}
<hr />${vbRules.slice(4).join('<br />\n')}<br /></div></td></tr></tbody></table></td>
<td class="smallfont" align="left"><div class="smallfont" style="text-align:left; white-space:nowrap"><form action="forumdisplay.php" method="get">
<strong>Forum Jump</strong><br /><select name="f" onchange="this.form.submit();"><optgroup label="Site Areas"><option value="cp">User Control Panel</option>
<option value="pm">Private Messages</option><option value="subs">Subscriptions</option><option value="wol">Who's Online</option>
<option value="search">Search Forums</option>
<option value="home">Forums Home</option></optgroup><optgroup label="Forums"><option value="4">Reef Aquarium Discussion</option>
<option value="19" selected="selected">&nbsp; &nbsp; Refugiums &amp; Filtration</option><option value="21">&nbsp; &nbsp; Lighting</option></optgroup></select>
<input type="submit" class="button" value="Go" /></form></div></td></tr></table>
<br /><div class="smallfont" align="center">All times are GMT -7. The time now is <span class="time">10:14 AM</span>.</div><br />
<div class="smallfont" align="center">Currently Active Users Viewing This Thread: 1 (0 members and 1 guests)</div><br /></div></div></div>
<form action="index.php" method="get" style="clear:left"><table cellpadding="6" cellspacing="0" border="0" width="100%" class="page" align="center"><tr>
<td class="tfoot" align="right" width="100%"><div class="smallfont"><strong><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a> -
<a href="https://www.reefkeepersnw.example">Reef Keepers Northwest</a> - <a href="archive/index.php">Archive</a> - <a href="privacy.php">Privacy Statement</a> -
<a href="#top" onclick="self.scrollTo(0, 0); return false;">Top</a></strong></div></td></tr></table></form>
<div align="center"><div class="smallfont" align="center"><!-- Do not remove this copyright notice -->
Powered by vBulletin® Version 3.8.11<br />Copyright ©2000 - 2025, vBulletin Solutions, Inc.<!-- Do not remove this copyright notice --></div></div>
<script type="text/javascript"><!-- vBulletin_init(); //--></script></body></html>`;

export const vbulletinThread: TestPage = {
  html: vbHtml,
  name: 'heldout44-vbulletin3-showthread',
  kind: 'forum',
  // every post is body; the quote block ("Quote:" label furniture, its "Originally Posted by fishnerd88" line a byline, the
  // quoted question in neither list); names, post dates and the "Last edited by" line are bylines; each post's title bar
  // ("Re: ..." once listed; the first post's repeats the title) and post count numbers, user titles, join dates, locations, post
  // counts, signatures, the navbar with login form, the menu bar, the sponsor line, thread tools, display modes, "Similar
  // Threads" (its starters' names are furniture of those rows, not posters here), previous/next, posting rules, forum jump, the
  // time line, the active users line and the footer are furniture; "Lighting" and "Refugiums & Filtration" are listed once;
  // the footer's "Top" is a body word ("the top of the ball"): left out
  title: vbTitle,
  headings: [],
  body: [...texts(vbP1), ...texts(vbP2), ...texts(vbP3), ...texts(vbP4), ...texts(vbP5)],
  bylines: [
    'coralcrab',
    'fishnerd88',
    'Salty Sue',
    '04-02-2025, 08:14 PM',
    '04-02-2025, 09:47 PM',
    '04-03-2025, 07:05 AM',
    '04-03-2025, 12:30 PM',
    '04-27-2025, 06:48 PM',
    'Originally Posted by fishnerd88',
    vbEdited,
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reef Keepers Northwest', 'Reef Aquarium Discussion', 'Refugiums & Filtration', 'User Name', 'Remember Me?', 'Password', ...vbBar,
    'Thank you to our sponsors', 'Thread Tools', 'Display Modes', `Re: ${vbTitle}`, 'Member', 'Senior Member', 'Reef Keepers Moderator',
    'Join Date: Mar 2021', 'Join Date: Jul 2012', 'Join Date: Feb 2008', 'Location: Bellingham, WA', 'Location: Tacoma', 'Location: Olympia, WA',
    'Posts: 318', 'Posts: 4,906', 'Posts: 12,337', '120 mixed reef | 40B sump | still chasing the perfect GHA-free rock',
    'Frag swap info: see the Events forum. Be nice, we all killed a zoa once.', 'Quote:', 'Show Printable Version', 'Email this Page', 'Linear Mode',
    'Switch to Hybrid Mode', 'Switch to Threaded Mode', 'Similar Threads', 'Thread', 'Thread Starter', 'Forum', 'Replies', 'Last Post',
    ...vbSimilar.map((r) => r[0]!), 'reefdad71', 'nanogal', 'TangTamer', 'Lighting', '01-19-2024 04:40 PM', '09-02-2023 10:05 AM', '05-30-2022 08:12 PM',
    'Previous Thread', 'Next Thread', 'Posting Rules', ...vbRules, 'Forum Jump', 'User Control Panel', 'Private Messages', 'Subscriptions', "Who's Online",
    'Search Forums', 'Forums Home', 'All times are GMT -7. The time now is 10:14 AM.',
    'Currently Active Users Viewing This Thread: 1 (0 members and 1 guests)', 'Contact Us', 'Archive', 'Privacy Statement',
    'Powered by vBulletin® Version 3.8.11', 'Copyright ©2000 - 2025, vBulletin Solutions, Inc.',
  ],
};
