import { links, type TestPage, texts } from './page-kit.js';
import { bugzillaBug } from './pages-heldout38-c2.js';

/**
 * Held-out batch 38, file c: a Simple Machines Forum 2.1 topic on the default Curve2 theme, seen as a guest (top bar
 * with welcome line, language and search forms, forum title and news line, the main menu, the linktree, the topic head
 * with "Started by", page and print buttons, posts with the poster column (group, custom title, post group, stars, post
 * count, location, "Logged"), hidden per-post subjects, post times, a quote, a "Last Edit" line, likes, signatures, the
 * "Jump to" select, who is viewing, the footer with the SMF copyright and the page-creation line).
 */
const smTitle = 'Philco 38-690 still hums after a full recap: where next?';
interface SmPost {
  id: number;
  user: string;
  time: string;
  info: string[];
  html: string;
  body: string[];
  likes?: string;
  edit?: string;
  sig?: string;
}
const br = (ps: string[]): string => ps.join('<br><br>');
const m1 = [
  'I finished recapping my Philco 38-690 console last weekend: every paper and electrolytic capacitor replaced, the ' +
    'filter can restuffed with new 450 V parts, and the speaker field coil checked at 1,050 ohms, which matches the service notes.',
  'It plays well, with good sensitivity on the broadcast band, but there is a steady hum at about the same level whatever ' +
    'the volume control is set to. It does not change with tuning either.',
  'The rectifier is a new 5Z3 and the filament voltages are all within five percent. Where should I look next?',
];
const m2a = [
  'A hum that ignores the volume control is almost always coming in after the volume control, or through the power supply. ' +
    'A few things to check, in this order:',
];
const m2l = [
  'The ground returns of the new filter capacitors. If you wired them to a different lug from the original, you may have made a ground loop.',
  'The hum-bucking coil on the speaker. If the leads were swapped when the speaker was reconed at some point, the coil adds hum instead of cancelling it.',
  'The output transformer leads running alongside the AC wiring. Moving them a couple of inches can matter.',
];
const m2b = ['Swapping the hum-bucking coil leads takes two minutes, so I would try that first.'];
const m3 = [
  'You were right about the hum-bucking coil. Swapping its two leads took the hum down by more than half. What is left is ' +
    'quieter but still audible in a quiet room, so I will look at the filter grounds next.',
];
const m4 = [
  'On the 38 series Philco used a single ground point for the power supply near the rectifier socket. When I recapped mine ' +
    'I tied everything back to that one lug and the last of the hum went away. The chassis rivets on these sets loosen with ' +
    'age and stop being a good ground.',
];
const m5 = [
  'That was it. Two of the new capacitors were grounded to a rivet near the output tube. Moved both to the lug by the ' +
    'rectifier and the set is now silent between stations. Thank you both, I have marked the topic as solved.',
];
const smPosts: SmPost[] = [
  {
    id: 61234,
    user: 'mike_t',
    time: 'October 28, 2025, 09:15:33 PM',
    info: ['Jr. Member', 'Posts: 48', 'Location: Dayton, Ohio'],
    html: br(m1),
    body: m1,
    sig: 'Mike T. | Restoring one set at a time since 2019',
  },
  {
    id: 61236,
    user: 'Elmer_Vance',
    time: 'October 28, 2025, 10:41:02 PM',
    info: ['Global Moderator', 'Chief Solderer', 'Hero Member', 'Posts: 6,412', 'Location: Lancaster, PA'],
    html:
      '<blockquote class="bbc_standard_quote"><cite><a href="https://forum.radioworkshop.example/index.php?topic=8841.msg61234#msg61234">Quote from: ' +
      'mike_t on October 28, 2025, 09:15:33 PM</a></cite>there is a steady hum at about the same level whatever the volume control is set to</blockquote>' +
      `<br>${m2a[0]}<br><ul class="bbc_list">${m2l.map((l) => `<li>${l}</li>`).join('')}</ul><br>${m2b[0]}`,
    body: [...m2a, ...m2l, ...m2b],
    likes: '3 people like this.',
    sig: 'If it glows, it goes. If it smokes, it stops.',
  },
  { id: 61240, user: 'mike_t', time: 'October 29, 2025, 06:58:47 PM', info: ['Jr. Member', 'Posts: 48', 'Location: Dayton, Ohio'], html: br(m3), body: m3 },
  {
    id: 61243,
    user: 'radiogal_pdx',
    time: 'October 29, 2025, 09:20:15 PM',
    info: ['Full Member', 'Posts: 212'],
    html: br(m4),
    body: m4,
    likes: '2 people like this.',
  },
  {
    id: 61251,
    user: 'mike_t',
    time: 'October 30, 2025, 06:44:09 AM',
    info: ['Jr. Member', 'Posts: 48', 'Location: Dayton, Ohio'],
    html: br(m5),
    body: m5,
    edit: 'October 30, 2025, 07:02:11 AM by mike_t',
    likes: '1 person likes this.',
  },
];
const smInfoLi = (t: string, i: number): string =>
  t.startsWith('Posts:')
    ? `<li class="postcount">${t}</li>`
    : t.startsWith('Location:')
      ? `<li class="custom cust_loca">${t}</li>`
      : `<li class="${i === 0 ? 'membergroup' : t === 'Chief Solderer' ? 'title' : 'postgroup'}">${t}</li>`;
const smPost = (x: SmPost, n: number): string => `<div class="windowbg" id="msg${x.id}"><div class="post_wrapper"><div class="poster"><h4>
<span class="off" title="Offline"></span><a href="https://forum.radioworkshop.example/index.php?action=profile;u=${x.id % 977}"
title="View the profile of ${x.user}">${x.user}</a></h4>
<ul class="user_info">${x.info.slice(0, -1).map(smInfoLi).join('')}<li class="stars"><img src="/Themes/default/images/membericons/icon.png" alt="*"></li>
<li class="avatar"><a href="/index.php?action=profile;u=${x.id % 977}"><img class="avatar" src="/custom_avatar/avatar_${x.id % 977}.png" alt=""></a></li>
${x.info.slice(-1).map(smInfoLi).join('')}<li class="poster_ip">Logged</li></ul></div>
<div class="postarea"><div class="keyinfo"><div id="subject_${x.id}" class="subject_title subject_hidden"><a href="/index.php?msg=${x.id}" rel="nofollow">${
  n === 0 ? smTitle : `Re: ${smTitle}`
}</a></div>${n === 0 ? '' : `<span class="page_number floatright">#${n}</span>`}<div class="postinfo"><span class="messageicon"
style="position: absolute; z-index: -1;">
<img src="/Themes/default/images/post/xx.png" alt=""></span><a href="/index.php?topic=8841.msg${x.id}#msg${x.id}" title="${
  n === 0
    ? ''
    : `Reply #${n} -
`
}Re: ${smTitle}"
class="smalltext">${x.time}</a><span class="spacer"></span>${
  x.edit
    ? `<span class="smalltext modified floatright mvisible" id="modified_${x.id}"><span class="lastedit">Last Edit</span>: ${x.edit}</span>`
    : `<span class="smalltext modified floatright" id="modified_${x.id}"></span>`
}</div><div id="msg_${x.id}_quick_mod"></div></div><div class="post"><div class="inner" data-msgid="${x.id}" id="msg_${x.id}">${x.html}</div></div>
<div id="msg_${x.id}_footer" class="attachments smalltext"></div><div class="under_message"><ul class="floatleft">${
  x.likes ? `<li class="smflikebutton" id="msg_${x.id}_likes"><span class="like_count smalltext">${x.likes}</span></li>` : ''
}</ul></div></div><div class="moderatorbar">${x.sig ? `<div class="signature" id="msg_${x.id}_signature">${x.sig}</div>` : ''}</div></div></div>
<hr class="post_separator">`;
const smMenu = ['Home', 'Help', 'Search', 'Calendar', 'Login', 'Sign up'];
const smTree = ['Antique Radio Workshop', 'Workshop', 'Restoration Help'];
const smJump = ['Workshop', '=> Restoration Help', '=> Test Equipment', '===> Tube Testers', 'Swap Meet', '=> For Sale'];
const smHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><link rel="stylesheet" href="https://forum.radioworkshop.example/Themes/default/css/index.css?smf216_1731431922">
<style>.main_icons.sfs::before { background: url(/Sources/sfs.png) no-repeat; }</style>
<script src="https://forum.radioworkshop.example/Themes/default/scripts/script.js?smf216_1731431922"></script>
<script>var smf_theme_url = "https://forum.radioworkshop.example/Themes/default"; var smf_scripturl = "https://forum.radioworkshop.example/index.php";
var smf_member_id = 0; var ajax_notification_text = 'Loading...'; var smf_charset = "UTF-8"; var allow_xhjr_credentials = false;</script>
<title>${smTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Antique Radio Workshop">
<meta property="og:title" content="${smTitle}"><meta name="description" content="${smTitle}"><link rel="canonical"
href="https://forum.radioworkshop.example/index.php?topic=8841.0">
</head><body id="chrome" class="action_display board_12">
<div id="footerfix"><div id="top_section"><div class="inner_wrap"><ul class="floatleft" id="top_info"><li class="welcome">Welcome to <strong>Antique Radio
Workshop</strong>.
Please <a href="https://forum.radioworkshop.example/index.php?action=login" onclick="return reqOverlayDiv(this.href, 'Log in', 'login');">log in</a> or
<a href="https://forum.radioworkshop.example/index.php?action=signup">sign up</a>.</li></ul>
<form id="languages_form" method="get" class="floatright"><select id="language_select" name="language" onchange="this.form.submit()"><option value="english"
selected>English</option>
<option value="german">Deutsch</option></select><noscript><input type="submit" value="Go"></noscript></form>
<form id="search_form" class="floatright" action="https://forum.radioworkshop.example/index.php?action=search2" method="post" accept-charset="UTF-8">
<input type="search" name="search" value=""> <button class="button">Search</button><select name="search_selection"><option value="all">Entire forum </option>
<option value="board" selected>This board</option></select><input type="hidden" name="sd_brd" value="12"></form></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="https://forum.radioworkshop.example/index.php">Antique Radio Workshop</a></h1>
<img id="smflogo" src="https://forum.radioworkshop.example/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum"></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap" class="hide_720"><div class="user"><time
datetime="2025-11-11T23:42:10Z">November 11,
2025, 06:42:10 PM</time></div><div class="news"><h2>News: </h2><p>Fall swap meet in Columbus on November 15. Details in the Swap Meet board.</p></div></div>
<a class="mobile_user_menu"><span class="menu_icon"></span><span class="text_menu">Main Menu</span></a><div id="main_menu"><div id="mobile_user_menu"
class="popup_container">
<div class="popup_window description"><div class="popup_heading">Main Menu<a href="javascript:void(0);" class="main_icons hide_popup"></a></div>
<ul class="dropmenu menu_nav">${links(smMenu, 'button')}</ul></div></div></div>
<div class="navigate_section"><ul>${smTree
  .map(
    (t, i) => `<li><span class="dividers">${i === 0 ? '' : ' » '}</span><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}
<li class="last"><span class="dividers"> » </span><a
href="https://forum.radioworkshop.example/index.php?topic=8841.0"><span>${smTitle}</span></a></li></ul></div></div></div>
<div id="content_section"><div id="main_content_section">
<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">${smTitle}</span></h2>
<p>Started by mike_t, October 28, 2025, 09:15:33 PM</p><span class="nextlinks floatright"><a href="/index.php?topic=8841.0;prev_next=prev#new">« previous</a>
<a href="/index.php?topic=8841.0;prev_next=next#new">next »</a></span></div>
<div class="pagesection top"><div class="buttonlist floatright"><a class="button button_strip_print" href="/index.php?action=printpage;topic=8841.0"
rel="nofollow">Print</a></div>
<div class="pagelinks floatleft"><a href="#bot" class="button">Go Down</a> <span class="pages">Pages</span><span class="current_page">1</span></div></div>
<div id="forumposts"><form action="/index.php?action=quickmod2;topic=8841.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm"
onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('9b1f0c', 'c27a83') : false">
${smPosts.map(smPost).join('\n')}
</form></div><a id="lastPost"></a>
<div class="pagesection"><div class="buttonlist floatright"><a class="button button_strip_print" href="/index.php?action=printpage;topic=8841.0"
rel="nofollow">Print</a></div>
<div class="pagelinks floatleft"><a href="#main_content_section" class="button" id="bot">Go Up</a> <span class="pages">Pages</span><span
class="current_page">1</span></div></div>
<div class="navigate_section"><ul>${smTree
  .map(
    (t, i) => `<li><span class="dividers">${i === 0 ? '' : ' » '}</span><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div id="moderationbuttons"></div><div id="display_jump_to"><label for="display_jump_to_select">Jump to:</label>&nbsp;<select id="display_jump_to_select">
${smJump.map((t) => `<option>${t.replace(/>/g, '&gt;')}</option>`).join('')}</select></div>
<p id="whoisviewing" class="smalltext">0 Members and 1 Guest are viewing this topic.</p>
</div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="floatright"><a href="/index.php?action=help">Help</a> | <a href="/index.php?action=agreement">Terms
and Rules</a> |
<a href="#top_section">Go Up &#9650;</a></li><li class="copyright"><a href="/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF
2.1.6 © 2025</a>,
<a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li></ul>
<p>Page created in 0.083 seconds with 27 queries.</p></div></div>
<script>var oJumpTo = new JumpTo({ sContainerId: "display_jump_to", sJumpToTemplate: "<label class=\\"smalltext jump_to\\" for=\\"%select_id%\\">Jump
to<" + "/label> %dropdown_list%" });</script>
</body></html>`;
const smfTopic: TestPage = {
  html: smHtml,
  name: 'heldout38-smf-topic',
  kind: 'forum',
  // every post is body (Elmer_Vance's list items too); his quote of mike_t, with its "Quote from: ... on ..." line, is the
  // quoted earlier post: in neither list; usernames, post times, "Started by mike_t, October 28, 2025, 09:15:33 PM" and the
  // "Last Edit" line's date and name are bylines ("Last Edit" itself furniture); the hidden per-post subjects repeat the title
  // (in neither); member groups, custom title, post groups, post counts, locations, "Logged", "#n", likes, signatures, the
  // top bar, current time, news, menu, linktree, prev/next, page and print buttons, "Jump to", the viewing line and the footer
  // are furniture; the menu's "Home", "next »" and the first reply's "#1" are words of the body: left out
  title: smTitle,
  headings: [],
  body: smPosts.flatMap((x) => texts(x.body)),
  bylines: [
    'Started by mike_t, October 28, 2025, 09:15:33 PM',
    'mike_t',
    'Elmer_Vance',
    'radiogal_pdx',
    ...smPosts.map((x) => x.time),
    'October 30, 2025, 07:02:11 AM by mike_t',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome to Antique Radio Workshop. Please log in or sign up.', 'English', 'Deutsch', 'Entire forum', 'This board', 'Antique Radio Workshop',
    'November 11, 2025, 06:42:10 PM', 'News:', 'Fall swap meet in Columbus on November 15. Details in the Swap Meet board.', 'Main Menu',
    ...smMenu.filter((t) => t !== 'Home'), 'Workshop', 'Restoration Help', '« previous', 'Print', 'Go Down', 'Pages', 'Jr. Member', 'Posts: 48',
    'Location: Dayton, Ohio', 'Global Moderator', 'Chief Solderer', 'Hero Member', 'Posts: 6,412', 'Location: Lancaster, PA', 'Full Member', 'Posts: 212',
    'Logged', '#2', '#3', '#4', 'Last Edit', '3 people like this.', '2 people like this.', '1 person likes this.', ...smPosts.flatMap((x) => x.sig ?? []),
    'Go Up', 'Jump to:', ...smJump.slice(1), '0 Members and 1 Guest are viewing this topic.',
    'Terms and Rules', 'Go Up ▲', 'SMF 2.1.6 © 2025', 'Simple Machines',
    'Page created in 0.083 seconds with 27 queries.',
  ],
};

export const HELDOUT38_C: readonly TestPage[] = [smfTopic, bugzillaBug];
