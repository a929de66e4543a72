import { type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file c2: an SMF 2.1 topic on a beekeeping forum (top_info welcome line and search form, the forum name
 * in h1.forumtitle, the main menu, the navigate_section linktree, display_head with "Read ... times", the pagesection with the
 * topic buttons, posters with member group, post group, post count and location, keyinfo dates and "#n" numbers, a bbc quote
 * with "Quote from:", signatures, the quick reply notice, the cookie notice and the footer with the page-created line).
 */
const sTitle = 'Queenless colony in late August: combine or requeen?';
const sP1 = [
  j(
    'I opened my second hive on Sunday and there is no queen, no eggs and no young larvae. There is capped honey and pollen, a lot of',
    'bees still, but the brood nest is empty apart from a few capped drone cells. I think they swarmed in July and the new queen never',
    'came back from her mating flight.',
  ),
  j(
    'My first hive is strong and queenright. It is late in the season here, and I cannot buy a mated queen locally until spring. As I',
    'see it I have two options: combine the queenless colony with the strong one using the newspaper method, or try to get a queen',
    'posted from a breeder and hope she is accepted.',
  ),
  'Which would the experienced keepers here do, and is there anything I should check before deciding?',
];
const sP2 = [
  j(
    'Before anything else, make sure they really are queenless and do not have a laying worker. Look for eggs stuck to the sides of',
    'cells or several eggs in one cell. If there are laying workers, a new queen is very likely to be killed, and combining becomes',
    'the only sensible route.',
  ),
  'If they are simply queenless, my advice for late August in a temperate climate is to combine. My reasons:',
  'A colony that has been broodless for weeks is made of ageing bees that will not survive the winter anyway.',
  'A posted queen arriving in September has very little time to build up a winter cluster of young bees.',
  'The strong colony gains foragers and stores right when it needs them.',
  j(
    'Do it on an evening when the bees are flying less: put a single sheet of newspaper over the queenright brood box, make a few',
    'slits with a knife, and put the queenless box on top. Leave them alone for a week.',
  ),
];
const sQuote = 'Look for eggs stuck to the sides of cells or several eggs in one cell.';
const sP3 = [
  j(
    'Checked this morning with a torch and a magnifier: no eggs at all, so no laying workers, just a queenless box. I combined them this',
    'evening with the newspaper method. It was calmer than I expected, and there was almost no fighting at the entrance.',
  ),
  'I will report back after the first inspection next weekend. Thank you, this was much clearer than anything in my book.',
];
const sP4 = [
  j(
    'Good result. One tip for next week: when you take the empty box away, shake any bees in it into the lower box and check that the',
    'stores are enough. A double-strength colony needs a good 20 kg going into winter here.',
  ),
];
type SPost = { id: number; n: number; user: string; group: string; pgroup: string; posts: string; loc: string; date: string; html: string; sig: string };
const sPosts: SPost[] = [
  {
    id: 44310,
    n: 1,
    user: 'Fen Whitacre',
    group: '',
    pgroup: 'Newbie',
    posts: 'Posts: 23',
    loc: 'Location: Stowe Marling',
    date: 'August 24, 2025, 07:45:10 PM',
    html: sP1.join('<br><br>'),
    sig: 'Two hives, second season, many questions',
  },
  {
    id: 44316,
    n: 2,
    user: 'Greta Moss',
    group: 'Global Moderator',
    pgroup: 'Hero Member',
    posts: 'Posts: 5,214',
    loc: 'Location: Upper Dene',
    date: 'August 24, 2025, 09:12:37 PM',
    html: `${sP2.slice(0, 2).join('<br><br>')}<ul class="bbc_list">${lis(sP2.slice(2, 5))}</ul>${sP2[5]}`,
    sig: 'Keeping bees since 1998. National hives, local bees, no treatments I cannot explain.',
  },
  {
    id: 44340,
    n: 3,
    user: 'Fen Whitacre',
    group: '',
    pgroup: 'Newbie',
    posts: 'Posts: 23',
    loc: 'Location: Stowe Marling',
    date: 'August 25, 2025, 08:31:02 PM',
    html: `<blockquote class="bbc_standard_quote"><cite>
<a href="https://www.broodandcomb.example/index.php?topic=6120.msg44316#msg44316">Quote from: Greta Moss on
August 24, 2025, 09:12:37 PM</a></cite>${sQuote}</blockquote><br>${sP3.join('<br><br>')}`,
    sig: 'Two hives, second season, many questions',
  },
  {
    id: 44352,
    n: 4,
    user: 'old_skeppist',
    group: '',
    pgroup: 'Sr. Member',
    posts: 'Posts: 766',
    loc: 'Location: Hollin Moor',
    date: 'August 26, 2025, 06:58:44 AM',
    html: sP4.join('<br><br>'),
    sig: 'If in doubt, close the hive and have a cup of tea.',
  },
];
const sPost = (
  p: SPost,
): string => `<div class="windowbg" id="msg${p.id}"><div class="post_wrapper"><div class="poster"><h4><span class="off" title="Offline"></span>
<a href="https://www.broodandcomb.example/index.php?action=profile;u=${p.id % 500}" title="View the profile of ${p.user}">${p.user}</a></h4>
<ul class="user_info">${p.group === '' ? '' : `<li class="membergroup">${p.group}</li>`}<li class="postgroup">${p.pgroup}</li>
<li class="stars"><img src="https://www.broodandcomb.example/Themes/default/images/membericons/icon.png" alt="*"></li>
<li class="avatar"><a href="https://www.broodandcomb.example/index.php?action=profile;u=${p.id % 500}"><img class="avatar"
src="https://www.broodandcomb.example/avs/${p.id % 500}.png" alt=""></a></li><li class="postcount">${p.posts}</li><li class="custom cust_loca">${p.loc}</li>
</ul></div>
<div class="postarea"><div class="keyinfo"><div id="subject_${p.id}" class="subject_title subject_hidden"><a
href="https://www.broodandcomb.example/index.php?topic=6120.msg${p.id}#msg${p.id}" rel="nofollow">${p.n === 1 ? '' : 'Re: '}${sTitle}</a></div>
<span class="page_number floatright">#${p.n}</span><div class="postinfo"><span class="messageicon" style="position: absolute; z-index: -1;"><img
src="https://www.broodandcomb.example/Themes/default/images/post/xx.png" alt=""></span>
<a href="https://www.broodandcomb.example/index.php?topic=6120.msg${p.id}#msg${p.id}"
title="${sTitle}" class="smalltext">${p.date}</a><span class="spacer"></span><span class="smalltext modified floatright" id="modified_${p.id}"></span></div>
<div id="msg_${p.id}_quick_mod"></div></div><div class="post"><div class="inner" data-msgid="${p.id}" id="msg_${p.id}">${p.html}</div></div>
<div class="under_message"><ul class="floatleft"></ul></div></div><div class="moderatorbar"><div class="signature" id="msg_${p.id}_signature">${p.sig}</div>
</div></div></div><hr class="post_separator">`;
const sMenu = ['Home', 'Help', 'Search', 'Login', 'Sign up'];
const sButtons = ['Reply', 'Notify', 'Mark unread', 'Send this topic', 'Print'];
const pageSection = `<div class="pagesection"><div class="buttonlist floatright">${sButtons
  .map((b) => `<a class="button" href="https://www.broodandcomb.example/index.php?action=${b.toLowerCase().replace(/ /g, '')}">${b}</a>`)
  .join('')}</div><div class="pagelinks floatleft"><a href="#bot" class="button">Go Down</a> <span class="pages">Pages</span><span
class="current_page">1</span></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><link rel="stylesheet" href="https://www.broodandcomb.example/Themes/default/css/index.css?smf214_1700000000">
<script src="https://www.broodandcomb.example/Themes/default/scripts/script.js?smf214_1700000000"></script>
<script>var smf_theme_url = "https://www.broodandcomb.example/Themes/default"; var smf_scripturl = "https://www.broodandcomb.example/index.php";
var smf_member_id = 0; var smf_session_id = "c0ffee"; var ajax_notification_text = 'Loading...';</script>
<title>${sTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Brood &amp; Comb Beekeeping Forum">
<meta property="og:title" content="${sTitle}"><meta property="og:url" content="https://www.broodandcomb.example/index.php?topic=6120.0">
<meta name="description" content="I opened my second hive on Sunday and there is no queen, no eggs and no young larvae.">
<link rel="canonical" href="https://www.broodandcomb.example/index.php?topic=6120.0">
<link rel="help" href="https://www.broodandcomb.example/index.php?action=help">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Fen Whitacre"},"datePublished":"2025-08-24T19:45:10+01:00","commentCount":3}</script></head>
<body id="chrome" class="action_display board_7"><div id="footerfix"><div id="top_section"><div class="inner_wrap"><ul class="floatleft" id="top_info">
<li class="welcome">Welcome to <strong>Brood &amp; Comb Beekeeping Forum</strong>. Please <a href="https://www.broodandcomb.example/index.php?action=login"
onclick="return reqOverlayDiv(this.href, 'Log in');">log in</a> or <a href="https://www.broodandcomb.example/index.php?action=signup">sign up</a>.</li></ul>
<form id="search_form" class="floatright" action="https://www.broodandcomb.example/index.php?action=search2" method="post" accept-charset="UTF-8">
<input type="search" name="search" value=""><select name="search_selection"><option value="all">Entire forum </option>
<option value="topic" selected>This topic</option>
</select><input type="submit" name="search2" value="Search" class="button"></form></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="https://www.broodandcomb.example/index.php">Brood &amp; Comb Beekeeping Forum</a></h1>
<img id="smflogo" src="https://www.broodandcomb.example/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum"></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap" class="hide_720"><div class="user"><time datetime="2025-08-27T08:00:00Z">
August 27, 2025, 09:00:12 AM</time></div><div class="news"><h2>News:</h2><p>The autumn honey show entry forms are now in the Association Events board.</p></div>
<hr class="clear"></div><div id="main_menu"><ul class="dropmenu menu_nav">${sMenu
  .map(
    (m) => `<li class="button_${m.toLowerCase().replace(/ /g, '')}"><a href="https://www.broodandcomb.example/index.php?action=${m.toLowerCase()}"><span
class="main_icons ${m.toLowerCase()}"></span><span class="textmenu">${m}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="navigate_section"><ul><li><a href="https://www.broodandcomb.example/index.php"><span>Brood &amp; Comb Beekeeping Forum</span></a></li>
<li><span class="dividers"> » </span><a href="https://www.broodandcomb.example/index.php#c2"><span>Practical Beekeeping</span></a></li>
<li><span class="dividers"> » </span><a href="https://www.broodandcomb.example/index.php?board=7.0"><span>Colony Management</span></a></li>
<li class="last"><span class="dividers"> » </span><a href="https://www.broodandcomb.example/index.php?topic=6120.0"><span>${sTitle}</span></a></li></ul></div>
</div></div><div id="content_section"><div id="main_content_section"><a id="msg44310"></a><a id="new"></a>
<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">${sTitle}</span></h2><p>Read 1,482 times</p>
<span class="nextlinks floatright"><a href="https://www.broodandcomb.example/index.php?topic=6120.0;prev_next=prev#new">« previous</a>
<a href="https://www.broodandcomb.example/index.php?topic=6120.0;prev_next=next#new">next »</a></span></div>
${pageSection}
<div id="forumposts"><form action="https://www.broodandcomb.example/index.php?action=quickmod2;topic=6120.0" method="post" accept-charset="UTF-8"
name="quickModForm"
id="quickModForm">
${sPosts.map(sPost).join('\n')}
</form></div><a id="lastPost"></a>
${pageSection.replace('#bot', '#top').replace('Go Down', 'Go Up')}
<div class="navigate_section"><ul><li><a href="https://www.broodandcomb.example/index.php"><span>Brood &amp; Comb Beekeeping Forum</span></a></li>
<li class="last"><span class="dividers"> » </span><a href="https://www.broodandcomb.example/index.php?board=7.0"><span>Colony Management</span></a></li></ul>
</div>
<div id="moderationbuttons"></div><div id="display_jump_to">&nbsp;</div><div class="information">Log in or sign up to reply to this topic.</div>
</div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="floatright"><a href="https://www.broodandcomb.example/index.php?action=help">Help</a> | <a
href="https://www.broodandcomb.example/index.php?action=agreement">Terms and Rules</a> | <a href="#top_section">Go Up ▲</a></li>
<li class="copyright"><a href="https://www.broodandcomb.example/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 © 2023</a>,
<a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li></ul>
<p>Page created in 0.094 seconds with 27 queries.</p></div></div>
<div id="cookie_consent" class="noticebox"><p>This forum uses cookies to remember your log-in and settings. By using the forum you accept our cookie policy.</p>
<a href="#" class="button" onclick="document.getElementById('cookie_consent').remove(); return false;">OK</a></div>
<script>var oQuickReply = null; window.addEventListener("DOMContentLoaded", function() { smf_setThemeOption && void 0; });</script></body></html>`;
export const smf: TestPage = {
  name: 'heldout258-smf-forum',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sP1, ...sP2, ...sP3, ...sP4]),
  bylines: uniq(['Fen Whitacre', 'Greta Moss', 'old_skeppist', ...sPosts.map((p) => p.date)]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Welcome to Brood & Comb Beekeeping Forum. Please log in or sign up.', 'Entire forum', 'This topic', 'Brood & Comb Beekeeping Forum',
    'August 27, 2025, 09:00:12 AM', 'News:', 'The autumn honey show entry forms are now in the Association Events board.', ...sMenu, 'Practical Beekeeping',
    'Colony Management', 'Read 1,482 times', '« previous', 'next »', ...sButtons, 'Go Down', 'Pages', 'Go Up', `Re: ${sTitle}`, 'Global Moderator', 'Newbie',
    'Hero Member', 'Sr. Member', ...sPosts.map((p) => p.posts), ...sPosts.map((p) => p.loc), ...sPosts.map((p) => p.sig),
    'Quote from: Greta Moss on August 24, 2025, 09:12:37 PM', 'Log in or sign up to reply to this topic.', 'Terms and Rules', 'Go Up ▲', 'SMF 2.1.4 © 2023',
    'Simple Machines', 'Page created in 0.094 seconds with 27 queries.',
    'This forum uses cookies to remember your log-in and settings. By using the forum you accept our cookie policy.',
  ]),
};
