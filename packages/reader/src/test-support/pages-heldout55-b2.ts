import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 55, file b2: a topic on an SMF 2.0 board with the Curve theme (the forum title and the guest login form with
 * its session-length select, the news line, the search form, the drop menu, the link tree, "« previous next »", "Pages: [1]",
 * the cat bar with "Author" and "Topic: ... (Read N times)", "0 Members and 1 Guest are viewing this topic.", four posts each
 * with the poster column (member group, post group, post count, blurb), the subject and "« on: DATE »" or "« Reply #N on: DATE
 * »" line, text with `<br />` breaks, a quote with its "Quote from:" header, a "Last Edit" line, "Logged" and signatures, the
 * jump-to placeholder, the footer with the SMF copyright, XHTML/RSS/WAP2 links and the page-creation time).
 */
const smTitle = 'First all-grain batch stuck at 1.020 after ten days';
const smP1 = [
  'Brewed my first all-grain batch on the 18th, a 20 litre best bitter. OG was 1.046, I pitched a rehydrated packet of dry English ale yeast at ' +
    "about 19°C and it took off within a day. Ten days later it's sitting at 1.020 and hasn't moved for four days.",
  'Recipe was 4 kg Maris Otter, 250 g crystal and a little chocolate malt. Mashed in a cool box for an hour. My thermometer said 67°C at the ' +
    'start, but I only checked it once.',
  'Is it stuck, or is this just where it finishes? I was expecting something nearer 1.010.',
];
const smP2 = [
  'Before anything else, check that thermometer against boiling water or a second one. A cheap dial thermometer reading three or four degrees low ' +
    "is the most common cause of this exact problem. If you actually mashed at 70°C you made a lot of sugars the yeast can't eat, and 1.020 might " +
    'simply be the end.',
  "Also, how are you taking the reading? If it's a refractometer you need to correct for the alcohol, otherwise it reads high once fermentation " +
    'has started.',
  'If the hydrometer really says 1.020, warm the fermenter up to 21 or 22°C and give it a gentle swirl to get the yeast back into suspension. ' +
    'Leave it another three or four days before you decide anything.',
];
const smQuote = 'check that thermometer against boiling water or a second one.';
const smP3 = [
  'You were right. It reads 96°C in boiling water, so the mash was probably closer to 71°C than 67°C. It was a refractometer reading too, and ' +
    'with the correction it works out at about 1.014, not 1.020.',
  "I've moved it next to the boiler and roused the yeast. Feeling a bit daft, but at least it's beer.",
];
const smP4 = [
  "Not daft at all, we've all done it. 1.014 from 1.046 is about 70 per cent attenuation, which is low but drinkable for a bitter. It'll be " +
    'a touch sweet and full-bodied. Calibrate the thermometer, write the offset on the case in marker pen, and your next one will finish drier.',
];
const smEdit = 'Last Edit: October 29, 2025, 06:41:02 PM by hopgoblin';
interface SmUser {
  name: string;
  id: number;
  group?: string;
  post: string;
  stars: number;
  posts: string;
  blurb?: string;
  sig?: string;
}
const hop: SmUser = {
  name: 'hopgoblin',
  id: 311,
  post: 'Jr. Member',
  stars: 2,
  posts: 'Posts: 58',
  blurb: 'Brewing in a shed since 2021',
  sig: 'Fermenting: nothing, apparently. Conditioning: Christmas porter.',
};
const jo: SmUser = {
  name: 'maltster_jo',
  id: 27,
  group: 'Global Moderator',
  post: 'Hero Member',
  stars: 5,
  posts: 'Posts: 3412',
  blurb: 'Nothing ventured, nothing brewed',
  sig: 'Club brew day every second Saturday – all welcome.',
};
const barry: SmUser = { name: 'BarleyWineBarry', id: 144, post: 'Sr. Member', stars: 4, posts: 'Posts: 712' };
const base = 'https://www.mashtunforum.example/index.php';
interface SmPost {
  id: number;
  u: SmUser;
  n: number;
  date: string;
  body: string;
  edit?: string;
}
const smPost = (p: SmPost, i: number): string => `<div class="${i % 2 === 0 ? 'windowbg' : 'windowbg2'}"><span class="topslice"><span></span></span>
<div class="post_wrapper"><div class="poster"><h4><a href="${base}?action=profile;u=${p.u.id}" title="View the profile of ${p.u.name}">${p.u.name}</a></h4>
<ul class="reset smalltext" id="msg_${p.id}_extra_info">${p.u.group ? `<li class="membergroup">${p.u.group}</li>` : ''}<li class="postgroup">${p.u.post}</li>
<li class="stars">${'<img src="https://www.mashtunforum.example/Themes/default/images/star.gif" alt="*" />'.repeat(p.u.stars)}</li>
<li class="avatar"><a href="${base}?action=profile;u=${p.u.id}"><img class="avatar" src="${base}?action=dlattach;attach=${p.u.id * 7};type=avatar"
 alt="" /></a></li>
<li class="postcount">${p.u.posts}</li>${p.u.blurb ? `<li class="blurb">${p.u.blurb}</li>` : ''}
<li class="profile"><ul><li><a href="${base}?action=emailuser;sa=email;msg=${p.id}" rel="nofollow"><img
 src="https://www.mashtunforum.example/Themes/default/images/email_sm.gif"
 alt="Email" title="Email" /></a></li></ul></li></ul></div>
<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><div class="messageicon"><img
 src="https://www.mashtunforum.example/Themes/default/images/post/xx.gif" alt="" /></div>
<h5 id="subject_${p.id}"><a href="${base}?topic=1834.msg${p.id}#msg${p.id}" rel="nofollow">${i === 0 ? '' : 'Re: '}${smTitle}</a></h5>
<div class="smalltext">&#171; <strong>${p.n === 0 ? '' : `Reply #${p.n} `}on:</strong> ${p.date} &#187;</div><div id="msg_${p.id}_quick_mod"></div></div></div>
<div class="post"><div class="inner" id="msg_${p.id}">${p.body}</div></div></div>
<div class="moderatorbar"><div class="smalltext modified" id="modified_${p.id}">${p.edit ? `&#171; <em>${p.edit}</em> &#187;` : ''}</div>
<div class="smalltext reportlinks"><img src="https://www.mashtunforum.example/Themes/default/images/ip.gif" alt="" /> Logged</div>
${p.u.sig ? `<div class="signature" id="msg_${p.id}_signature">${p.u.sig}</div>` : ''}</div></div>
<span class="botslice"><span></span></span></div>
<hr class="post_separator" />`;
const br = (ps: string[]): string => ps.join('<br /><br />');
const smQ = `<div class="quoteheader"><div class="topslice_quote"><a
 href="${base}?topic=1834.msg22058#msg22058">Quote from: maltster_jo on October 29, 2025, 07:02:51
 AM</a></div></div><blockquote class="bbc_standard_quote">${smQuote}<br /></blockquote><div class="quotefooter"><div class="botslice_quote"></div></div>`;
const smPosts: SmPost[] = [
  { id: 22051, u: hop, n: 0, date: 'October 28, 2025, 09:47:13 PM', body: br(smP1) },
  { id: 22058, u: jo, n: 1, date: 'October 29, 2025, 07:02:51 AM', body: br(smP2) },
  { id: 22079, u: hop, n: 2, date: 'October 29, 2025, 06:35:20 PM', body: smQ + br(smP3), edit: smEdit },
  { id: 22093, u: barry, n: 3, date: 'October 30, 2025, 10:12:44 AM', body: br(smP4) },
];
const smMenu = ['Home', 'Help', 'Search', 'Calendar', 'Login', 'Register'];
const smTree = ['The Mash Tun Homebrew Forum', 'Brewing', 'All-Grain Brewing'];
const smSession = ['1 Hour', '1 Day', '1 Week', '1 Month', 'Forever'];
const smNews = 'Spring group buy for Maris Otter closes 30 November – see the Marketplace board.';
const pageSection = (
  down: boolean,
): string => `<div class="pagesection"><div class="nextlinks"><a href="${base}?topic=1834.0;prev_next=prev#new">&#171; previous</a>
 <a href="${base}?topic=1834.0;prev_next=next#new">next &#187;</a></div><div class="buttonlist floatright"><ul><li><a class="button_strip_print"
 href="${base}?action=printpage;topic=1834.0" rel="new_win nofollow"><span class="last">Print</span></a></li></ul></div>
<div class="pagelinks floatleft">Pages: [<strong>1</strong>] &nbsp;&nbsp;<a
 href="#${down ? 'lastPost' : 'top'}"><strong>${down ? 'Go Down' : 'Go Up'}</strong></a></div></div>`;
const smHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<link rel="stylesheet" type="text/css" href="https://www.mashtunforum.example/Themes/default/css/index.css?fin20" />
<script type="text/javascript" src="https://www.mashtunforum.example/Themes/default/scripts/script.js?fin20"></script>
<script type="text/javascript" src="https://www.mashtunforum.example/Themes/default/scripts/theme.js?fin20"></script>
<script type="text/javascript"><!-- // --><![CDATA[
var smf_theme_url = "https://www.mashtunforum.example/Themes/default"; var smf_images_url = "https://www.mashtunforum.example/Themes/default/images";
var smf_scripturl = "${base}"; var smf_iso_case_folding = false; var smf_charset = "UTF-8"; var ajax_notification_text = "Loading...";
var ajax_notification_cancel_text = "Cancel";
// ]]></script>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="description" content="${smTitle}" />
<title>${smTitle}</title>
<link rel="canonical" href="${base}?topic=1834.0" />
<link rel="help" href="${base}?action=help" /><link rel="search" href="${base}?action=search" />
<link rel="alternate" type="application/rss+xml" title="The Mash Tun Homebrew Forum - RSS" href="${base}?type=rss;action=.xml" />
<link rel="index" href="${base}?board=4.0" /></head>
<body><div id="wrapper" style="width: 90%">
<div id="header"><div class="frame"><div id="top_section"><h1 class="forumtitle"><a href="${base}">The Mash Tun Homebrew Forum</a></h1>
<img id="upshrink" src="https://www.mashtunforum.example/Themes/default/images/upshrink.png" alt="*" title="Shrink or expand the header."
 style="display: none;" />
<img id="smflogo" src="https://www.mashtunforum.example/Themes/default/images/smflogo.png" alt="Simple Machines Forum" title="Simple Machines Forum" /></div>
<div id="upper_section" class="middletext"><div class="user">
<script type="text/javascript" src="https://www.mashtunforum.example/Themes/default/scripts/sha1.js"></script>
<form id="guest_form" action="${base}?action=login2" method="post" accept-charset="UTF-8" onsubmit="hashLoginPassword(this, '9f1c2be7a0d34e55');">
<div class="info">Welcome, <strong>Guest</strong>. Please <a href="${base}?action=login">login</a> or <a href="${base}?action=register">register</a>.<br />
Did you miss your <a href="${base}?action=activate">activation email</a>?</div>
<input type="text" name="user" size="10" class="input_text" /><input type="password" name="passwrd" size="10" class="input_password" />
<select name="cookielength">${smSession
  .map(
    (s, i) => `<option
 value="${[60, 1440, 10080, 43200, -1][i]}"${i === 4 ? ' selected="selected"' : ''}>${s}</option>`,
  )
  .join('')}</select>
<input type="submit" value="Login" class="button_submit" /><br /><div class="info">Login with username, password and session length</div>
<input type="hidden" name="hash_passwrd" value="" /></form></div>
<div class="news normaltext"><form id="search_form" action="${base}?action=search2" method="post" accept-charset="UTF-8">
<input type="text" name="search" value="" class="input_text" />&nbsp;<input type="submit" name="submit" value="Search" class="button_submit" />
<input type="hidden" name="advanced" value="0" /><input type="hidden" name="topic" value="1834" /></form>
<h2>News: </h2><p>${smNews}</p></div></div>
<br class="clear" />
<script type="text/javascript"><!-- // --><![CDATA[
var oMainHeaderToggle = new smc_Toggle({ bToggleEnabled: true, bCurrentlyCollapsed: false, aSwappableContainers: ['upper_section'],
 aSwapImages: [{ sId: 'upshrink', srcExpanded: smf_images_url + '/upshrink.png', altExpanded: 'Shrink or expand the header.' }] });
// ]]></script>
<div id="main_menu"><ul class="dropmenu" id="menu_nav">
${smMenu
  .map(
    (m, i) => `<li id="button_${m.toLowerCase()}"><a class="${i === 0 ? 'active ' : ''}firstlevel"
 href="${base}${i === 0 ? '' : `?action=${m.toLowerCase()}`}"><span class="${i === 5 ? 'last ' : ''}firstlevel">${m}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="navigate_section"><ul>
${smTree.map((t, i) => `<li><a href="${base}${['', '#c2', '?board=4.0'][i]}"><span>${t}</span></a> &#187;</li>`).join('\n')}
<li class="last"><a href="${base}?topic=1834.0"><span>${smTitle}</span></a></li></ul></div></div></div>
<div id="content_section"><div class="frame"><div id="main_content_section">
<a id="top"></a><a id="msg22051"></a>
${pageSection(true)}
<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="https://www.mashtunforum.example/Themes/default/images/topic/veryhot_post.gif"
 align="bottom" alt="" />
<span id="author">Author</span> Topic: ${smTitle} &nbsp;(Read 1,412 times)</h3></div>
<p id="whoisviewing" class="smalltext">0 Members and 1 Guest are viewing this topic.</p>
<form action="${base}?action=quickmod2;topic=1834.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" style="margin: 0;"
 onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('9f1c2be7a0d34e55', 'e3b1c7') : false">
${smPosts.map(smPost).join('\n')}
</form></div>
<a id="lastPost"></a>
${pageSection(false)}
<div class="plainbox" id="display_jump_to">&nbsp;</div>
<br class="clear" /></div></div></div>
<div id="footer_section"><div class="frame"><ul class="reset">
<li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a
 href="${base}?action=credits"
 title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.19</a> | <a href="https://www.simplemachines.org/about/smf/license.php" title="License"
 target="_blank" class="new_win">SMF © 2021</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank"
 class="new_win">Simple Machines</a></span></li>
<li><a id="button_xhtml" href="http://validator.w3.org/check?uri=referer" target="_blank" class="new_win" title="Valid XHTML 1.0!"><span>XHTML</span></a></li>
<li><a id="button_rss" href="${base}?action=.xml;type=rss" class="new_win"><span>RSS</span></a></li>
<li class="last"><a id="button_wap2" href="${base}?wap2" class="new_win"><span>WAP2</span></a></li></ul>
<p>Page created in 0.081 seconds with 21 queries.</p></div></div></div>
</body></html>`;
export const smfTopic: TestPage = {
  html: smHtml,
  name: 'heldout55-smf2-curve-topic',
  kind: 'forum',
  // every post is body; the quote in post 3 with its "Quote from: ..." header is in neither (it repeats post 2); the subject lines
  // ("Re: ...") are in neither: they repeat the title; names, the "on:" dates and the "Last Edit" line are bylines ("on:" in neither);
  // "Reply #1" to "#3", member and post groups, post counts, blurbs, "Logged", signatures, the cat bar's "Author" and read count, the
  // viewer line, page links, previous/next, "Print", the guest form with its session select, the news, menu, link tree and footer are
  // furniture; "next »" is a word of the body ("your next one"): left out
  title: smTitle,
  headings: [],
  body: texts([...smP1, ...smP2, ...smP3, ...smP4]),
  bylines: ['hopgoblin', 'maltster_jo', 'BarleyWineBarry', ...smPosts.map((p) => p.date), smEdit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...smTree, 'Welcome,', 'Guest', 'Please login or register.', 'Did you miss your activation email?', ...smSession,
    'Login with username, password and session length', 'News:', smNews, ...smMenu, '« previous', 'Print', 'Pages:', 'Go Down', 'Go Up', 'Author',
    '(Read 1,412 times)', '0 Members and 1 Guest are viewing this topic.', 'Reply #1', 'Reply #2', 'Reply #3', 'Global Moderator', hop.post, jo.post,
    barry.post, hop.posts, jo.posts, barry.posts, hop.blurb!, jo.blurb!, 'Logged', hop.sig!, jo.sig!, 'SMF 2.0.19', 'SMF © 2021', 'Simple Machines', 'XHTML',
    'RSS', 'WAP2', 'Page created in 0.081 seconds with 21 queries.',
  ],
};
