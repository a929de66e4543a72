import { links, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file a2: a vBulletin 4.2 thread on an aquarium forum ("Thread:" h1, toplinks with the login form,
 * navtabs, breadcrumb, thread tools, legacy postbits with user title, join date, location and post count, a BBCode quote,
 * an ordered list, signatures, "Reply With Quote", a between-posts ad, Similar Threads, Posting Permissions and the footer).
 */
const vTitle = 'Fishless cycling a 120 litre planted tank: my week-by-week log';
const vP1 = [
  j(
    'I set up my first planted tank at the start of January and decided to do a proper fishless cycle instead of rushing it. A lot of',
    'the threads here helped me, so I am writing up what actually happened, with the numbers, in case it helps the next person.',
  ),
  j(
    'The setup: 120 litres, an external canister filter rated for twice the volume, aqua soil with a sand cap, and about thirty stems',
    'of fast-growing plants from day one. I dosed bottled ammonia to 2 ppm and tested every other evening with a liquid kit.',
  ),
  'Week 1: ammonia stayed at 2 ppm, no nitrite at all. The soil was leaching ammonia of its own, so I stopped dosing for four days.',
  'Week 2: ammonia started falling overnight and the first nitrite showed up, around 0.5 ppm by the end of the week.',
  'Week 3: nitrite went off the chart. I did one large water change because I read that very high nitrite can stall the cycle.',
  'Week 4: ammonia and nitrite both back to zero within a day of dosing, nitrate around 20 ppm. Cycled.',
  j(
    'The plants made a real difference. The stems pearled from the second week and I think they soaked up some of the ammonia, which',
    'is probably why my numbers never climbed as high as the charts in the stickies.',
  ),
];
const vP2 = [
  j(
    'Nice write-up, and thank you for posting actual readings. One thing I would add for anyone copying this: the big water change in',
    'week 3 is fine, but do not overdo them. The bacteria live in the filter and the soil, not in the water, so changing water only',
    'helps if the nitrite is so high that it is slowing them down.',
  ),
  'What stocking are you planning now? I would still add fish slowly, a small group at a time, even with a fully cycled tank.',
];
const vP3 = [
  j(
    'Plan is a group of ten ember tetras first, then a few otocinclus once there is some algae for them, and maybe a pair of dwarf',
    'gouramis in a couple of months. I will keep testing twice a week for the first month after each addition.',
  ),
  j(
    'Also, for anyone wondering about the soil: it kept leaching a little ammonia for the first five weeks. If you use aqua soil, I',
    'would not add livestock until you have seen a week of zero readings without dosing anything.',
  ),
];
const vP4 = [
  j(
    'Good plan. Ember tetras are a great first choice for a tank like that. Watch the temperature though: if the room gets cold in',
    'winter, a heater set to 25 degrees keeps them much more active and colourful.',
  ),
];
type VPost = { id: number; n: number; user: string; date: string; time: string; title: string; join: string; loc: string; posts: string; sig: string };
const vPosts: VPost[] = [
  {
    id: 70411,
    n: 1,
    user: 'reedbed_rowan',
    date: '02-03-2026',
    time: '08:41 PM',
    title: 'Junior Member',
    join: 'Mar 2021',
    loc: 'Kelsford',
    posts: '188',
    sig: '',
  },
  {
    id: 70418,
    n: 2,
    user: 'Marit Holloway',
    date: '02-03-2026',
    time: '09:27 PM',
    title: 'Moderator',
    join: 'Nov 2011',
    loc: 'Brackley Fen',
    posts: '14,602',
    sig: '',
  },
  {
    id: 70433,
    n: 3,
    user: 'reedbed_rowan',
    date: '02-04-2026',
    time: '07:05 AM',
    title: 'Junior Member',
    join: 'Mar 2021',
    loc: 'Kelsford',
    posts: '188',
    sig: '',
  },
  {
    id: 70440,
    n: 4,
    user: 'gouramigus',
    date: '02-04-2026',
    time: '12:16 PM',
    title: 'Senior Member',
    join: 'Aug 2016',
    loc: 'Tolland Wick',
    posts: '2,377',
    sig: '',
  },
];
const sigs: Record<string, string> = {
  reedbed_rowan: '120L planted: ember tetras (soon), too many stem plants',
  'Marit Holloway': 'Read the Nitrogen Cycle sticky before asking about cloudy water!',
  gouramigus: 'Three tanks, two cats, one very understanding landlord',
};
const vQuote = 'What stocking are you planning now?';
const bodies = [
  `${vP1.slice(0, 2).join('<br />\n<br />\n')}<br />\n<ol class="decimal">\n${vP1
    .slice(2, 6)
    .map((t) => `<li style="">${t}</li>`)
    .join('\n')}\n</ol>\n${vP1[6]}`,
  vP2.join('<br />\n<br />\n'),
  `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img title="Originally Posted by" class="inlineimg" src="images/misc/quote_icon.png" alt="Originally Posted by" />
Originally Posted by <strong>Marit Holloway</strong> <a href="showthread.php?t=30871&amp;p=70418#post70418" rel="nofollow"><img class="inlineimg"
src="images/buttons/viewpost-right.png" alt="View Post" /></a></div><div class="message">${vQuote}</div></div></div></div>
${vP3.join('<br />\n<br />\n')}`,
  vP4.join('<br />\n<br />\n'),
];
const vPost = (p: VPost, i: number): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date},&nbsp;<span class="time">${p.time}</span></span></span>
<span class="nodecontrols"><a name="post${p.id}" href="showthread.php?t=30871&amp;p=${p.id}#post${p.id}" class="postcounter">#${p.n}</a>
<a id="postcount${p.id}" name="${p.n}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">
<a class="username offline popupctrl" href="member.php?u=${p.id % 977}" title="${p.user} is offline"><strong>${p.user}</strong></a></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="${p.user} is offline" border="0" /></div>
<span class="usertitle">${p.title}</span><a class="postuseravatar" href="member.php?u=${p.id % 977}" title="${p.user} is offline">
<img src="customavatars/avatar${p.id % 977}_2.gif" alt="${p.user}'s Avatar" title="${p.user}'s Avatar" /></a><hr />
<dl class="userinfo_extra"><dt>Join Date</dt> <dd>${p.join}</dd><dt>Location</dt> <dd>${p.loc}</dd><dt>Posts</dt> <dd>${p.posts}</dd></dl></div>
<div class="postbody"><div class="postrow has_after_content">${i === 0 ? `<h2 class="title icon">${vTitle}</h2>` : ''}
<div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore ">${bodies[i]}</blockquote></div></div></div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${sigs[p.user]}</div></blockquote></div>
<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_${p.id}" class="newreply"
href="newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_${p.id}" src="images/buttons/quote_40b.png"
alt="Reply With Quote" /> Reply With Quote</a></span></div></div><hr /></li>${
  i === 0
    ? `\n<li class="postbitlegacy postbitim postcontainer" id="post_thanks_box_ad"><div class="vbseo-ad adsense-inline">
<span class="adlabel">Advertisement</span>
<ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="2291"></ins></div></li>`
    : ''
}`;
const vNav = ['New Posts', 'FAQ', 'Calendar', 'Community', 'Forum Actions', 'Quick Links'];
const vSimilar = ['Cloudy water after two weeks of cycling', 'Does aqua soil need a longer cycle?', 'Bottled bacteria: worth the money?'];
const vPerm = ['You may not post new threads', 'You may not post replies', 'You may not post attachments', 'You may not edit your posts'];
const vFoot = ['Contact Us', 'Reefside Aquatics Forum', 'Archive', 'Privacy Statement', 'Top'];
const vHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" /><meta id="e_vb_meta_bburl" name="vb_meta_bburl"
content="https://www.reefside-aquatics.example/forums" /><base href="https://www.reefside-aquatics.example/forums/" />
<meta name="generator" content="vBulletin 4.2.5" /><meta name="keywords" content="fishless cycle, planted tank, ammonia, nitrite" />
<meta name="description" content="I set up my first planted tank at the start of January and decided to do a proper fishless cycle." />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var vb_disable_ajax = parseInt("0",
10);</script>
<link rel="stylesheet" type="text/css" href="css.php?styleid=2&amp;langid=1&amp;d=1700000000&amp;td=ltr&amp;sheet=bbcode.css,editor.css,postbit.css" />
<title>${vTitle}</title></head>
<body><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">
<img src="images/misc/reefside_logo.png" alt="Reefside Aquatics Forum - Powered by vBulletin" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li>
<li><script type="text/javascript" src="clientscript/vbulletin_md5.js?v=425"></script><form id="navbar_loginform" action="login.php?do=login" method="post">
<fieldset id="logindetails" class="logindetails"><div><div><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username"
size="10" accesskey="u" tabindex="101" value="User Name" /><input type="submit" class="loginbutton" tabindex="104" value="Log in"
title="Enter your username and password in the boxes provided to login, or click the 'register' button to create a profile for yourself." accesskey="s" />
</div></div></fieldset><div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1"
id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> Remember Me?</label></div></form></li></ul></div>
<div class="ad_global_header"></div><hr /></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected" id="vbtab_forum">
<a class="navtab" href="forum.php">Forum</a>
<ul class="floatcontainer">${links(vNav)}</ul></li><li id="vbtab_whatsnew"><a class="navtab" href="activity.php">What's New?</a></li></ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">
<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span></form>
<ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">Advanced Search</a></li></ul></div></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">
<img src="images/misc/navbit-home.png" alt="Home" /></a></li><li class="navbit"><a href="forum.php">Forum</a></li>
<li class="navbit"><a href="forumdisplay.php?12-Freshwater">Freshwater</a></li><li class="navbit">
<a href="forumdisplay.php?19-Planted-Tanks">Planted Tanks</a></li>
<li class="navbit lastnavbit"><span>${vTitle}</span></li></ul><hr /></div>
<div id="pagetitle" class="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=30871" title="Reload this Page">${vTitle}</a></span>
</h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6></li>
<li class="popupmenu searchthread menusearch" id="searchthread"><h6><a class="popupctrl" href="search.php?searchthreadid=30871">Search Thread</a></h6></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6></li></ul></div></div>
<div id="postpagestats_above" class="postpagestats">Results 1 to 4 of 4</div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${vPosts.map(vPost).join('\n')}
</ol><div class="separator"></div><div class="postlistfoot"></div></div>
<div id="below_postlist" class="noinlinemod below_postlist"><div id="pagination_bottom" class="pagination_bottom">
<a href="showthread.php?t=30871" class="backtotop" rel="nofollow">Quick Navigation</a> <span>Planted Tanks</span>
<a href="#top" class="textcontrol" onclick="document.location.hash='top'; return false;">Top</a></div></div>
<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">« Previous Thread | Next Thread »</h4>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4>
<div id="similar_threads_list" class="thread_info_block blockbody formcontrols">
<ol class="similar_threads">${links(vSimilar, 'floatcontainer')}</ol></div></div>
<div class="options_block_container"><div class="options_block"><h4 class="collapse blockhead options_correct">Posting Permissions</h4>
<div class="thread_info_block blockbody formcontrols floatcontainer"><div id="forumrules" class="info_subblock"><ul class="youcandoblock">
${vPerm.map((t) => `<li>${t.replace(' not ', ' <strong>not</strong> ')}</li>`).join('\n')}</ul></div></div></div></div></div></div>
<div id="footer" class="floatcontainer footer"><form action="forum.php" method="get" id="footer_select" class="footer_select">
<select name="styleid" onchange="switch_id(this, 'style')"><optgroup label="Quick Style Chooser" class="result">
<option value="2" class="">-- Default Style</option>
</optgroup></select></form><ul id="footer_links" class="footer_links">${links(vFoot)}</ul></div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin®</a> Version 4.2.5 <br />
Copyright © 2026 vBulletin Solutions Inc. All rights reserved.</div>
<div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">10:12 AM</span>.</div>
<div id="cookie_notice" class="notices"><ol><li class="restore" id="navbar_notice_3">This site uses cookies. By continuing to browse, you agree to our use
of cookies. <a href="misc.php?do=cookies">Find out more</a></li></ol></div>
<script type="text/javascript">vBulletin.register_control("vB_Popup", "threadtools"); vBulletin.events.systemInit.fire();</script>
</body></html>`;
export const vb4: TestPage = {
  name: 'heldout258-vbulletin4-forum',
  kind: 'forum',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([...vP1, ...vP2, ...vP3, ...vP4]),
  bylines: ['reedbed_rowan', 'Marit Holloway', 'gouramigus', ...vPosts.map((p) => `${p.date}, ${p.time}`)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Register', 'Help', 'Remember Me?', 'Forum', ...vNav, "What's New?", 'Advanced Search', 'Freshwater', 'Planted Tanks', 'Thread Tools', 'Search Thread',
    'Display', 'Results 1 to 4 of 4', 'Junior Member', 'Moderator', 'Senior Member', 'Join Date', 'Location', 'Posts',
    ...vPosts.map((p) => p.join), ...vPosts.map((p) => p.loc), '188', '14,602', '2,377', ...Object.values(sigs), 'Reply With Quote', 'Advertisement',
    'Originally Posted by', 'Quick Navigation', '« Previous Thread | Next Thread »', 'Similar Threads', ...vSimilar, 'Posting Permissions', ...vPerm,
    '-- Default Style', ...vFoot, 'Powered by vBulletin® Version 4.2.5', 'Copyright © 2026 vBulletin Solutions Inc. All rights reserved.',
    'All times are GMT. The time now is 10:12 AM.', 'This site uses cookies. By continuing to browse, you agree to our use of cookies.', 'Find out more',
  ]),
};
