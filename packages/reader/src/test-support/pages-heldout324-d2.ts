import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout324-kit.js';

/**
 * Held-out batch 324, file d2: a RootsChat-style genealogy forum thread on Simple Machines Forum 2 (the header with the
 * user box and news line, the main menu, the linktree, the topic header with the read count, the pagination and buttons,
 * five posts with poster blocks, a quote, signatures, the "Logged" markers, the "Jump to" box and the SMF footer). The
 * posts are the body; the poster names, "Reply #" datelines and quote headers are bylines.
 */
const rTitle = 'Shipwright grandfather vanished after 1891 census - Portmere';
const rPosts: readonly { user: string; group: string; count: string; when: string; paras: string[]; quote?: [string, string]; sig?: string }[] = [
  {
    user: 'Marlpit',
    group: 'RootsChat Senior',
    count: 'Posts: 812',
    when: '« on: March 03, 2026, 08:02:11 pm »',
    paras: [
      j(
        'Hello all, I wonder if anyone can help with my great-great-grandfather, William Henry Tresize, shipwright, born about 1849 in',
        'Portmere. He is with his wife Eliza and five children on Dock Row in 1881 and 1891, then nothing.',
      ),
      j(
        'In 1901 Eliza is listed as "wife" not widow, living with her eldest son, and there is no William anywhere that fits. I have',
        'looked for a death in Portmere and the surrounding districts from 1891 to 1911 without luck.',
      ),
      'Could he have gone to sea, or to another yard? Any ideas where to look next gratefully received.',
    ],
    sig: 'Tresize, Portmere; Kellow, St Anvel; Pardew anywhere',
  },
  {
    user: 'Hatchment',
    group: 'RootsChat Aristocrat',
    count: 'Posts: 6,204',
    when: '« Reply #1 on: March 03, 2026, 09:14:22 pm »',
    paras: [
      j(
        'Shipwrights moved about a great deal when work dried up. Have you tried the crew lists? A shipwright would often sign on as',
        'carpenter. The 1901 census also has a separate schedule for vessels, which is easy to miss in the indexes.',
      ),
      'It is also worth checking the naval dockyards, which took on a lot of men from the smaller yards in the 1890s.',
    ],
    sig: 'Census information is Crown Copyright, from www.nationalarchives.example',
  },
  {
    user: 'Marlpit',
    group: 'RootsChat Senior',
    count: 'Posts: 812',
    when: '« Reply #2 on: March 04, 2026, 07:40:05 am »',
    quote: ['Quote from: Hatchment on March 03, 2026, 09:14:22 pm', 'The 1901 census also has a separate schedule for vessels'],
    paras: [
      j(
        'I had no idea about the vessel schedules, thank you. I searched for William Tresize with no place set and found a William',
        'Tresise, 52, carpenter, aboard the barque Helen Mary in Cardiff docks. That could well be him with a different spelling.',
      ),
    ],
    sig: 'Tresize, Portmere; Kellow, St Anvel; Pardew anywhere',
  },
  {
    user: 'Quillon',
    group: 'RootsChat Member',
    count: 'Posts: 97',
    when: '« Reply #3 on: March 04, 2026, 11:52:37 am »',
    paras: [
      j(
        'Welsh ports kept a lot of crew agreements. The Helen Mary was registered at Portmere, I think, so her agreements for 1900 to',
        '1902 might show his age and birthplace, which would settle it.',
      ),
      'If he died at sea it would be in the marine register of deaths rather than the ordinary index.',
    ],
  },
  {
    user: 'Marlpit',
    group: 'RootsChat Senior',
    count: 'Posts: 812',
    when: '« Reply #4 on: March 05, 2026, 06:18:49 pm »',
    paras: [
      j(
        'Update for anyone who finds this thread later: the crew agreement for the Helen Mary in 1903 lists William Tresize, 54,',
        'carpenter, born Portmere, and notes that he was discharged dead at Buenos Aires on 14 July 1903. The marine death register',
        'confirms it.',
      ),
      'So he never came home. Eliza must have known, though she still called herself wife. Thank you all, what a forum.',
    ],
    sig: 'Tresize, Portmere; Kellow, St Anvel; Pardew anywhere',
  },
];
const rMenu = ['Home', 'Help', 'Search', 'Calendar', 'Login', 'Register'];
const rTree = ['RootsChat.Com', 'England (Counties M - W)', 'Cornwall', 'Cornwall Lookup Requests'];
const post = (
  p: (typeof rPosts)[number],
  i: number,
): string => `<div class="${i % 2 === 0 ? 'windowbg' : 'windowbg2'}"><span class="topslice"><span></span></span>
<div class="post_wrapper"><div class="poster"><h4><a href="https://www.rootschat.example/forum/index.php?action=profile;u=${4410 + i}"
title="View the profile of ${p.user}">${p.user}</a></h4>
<ul class="reset smalltext" id="msg_${77120 + i}_extra_info"><li class="postgroup">${p.group}</li><li class="stars"></li><li class="postcount">${p.count}</li>
</ul></div><div class="postarea"><div class="flow_hidden"><div class="keyinfo"><div class="messageicon"><img src="/Themes/default/images/post/xx.gif"
alt=""></div>
<h5 id="subject_${77120 + i}"><a href="#msg${77120 + i}" rel="nofollow">${i === 0 ? rTitle : `Re: ${rTitle}`}</a></h5>
<div class="smalltext">${p.when}</div></div></div>
<div class="post"><div class="inner" id="msg_${77120 + i}">${
  p.quote === undefined
    ? ''
    : `<div class="quoteheader"><div class="topslice_quote"><a href="#">${p.quote[0]}</a></div></div>
<blockquote class="bbc_standard_quote">${p.quote[1]}<br /></blockquote><div class="quotefooter"><div class="botslice_quote"></div></div>`
}${p.paras.join('<br />\n<br />\n')}</div></div></div>
<div class="moderatorbar">
<div class="smalltext reportlinks">Logged</div>${p.sig === undefined ? '' : `<div class="signature" id="msg_${77120 + i}_signature">${p.sig}</div>`}
</div></div><span class="botslice"><span></span></span></div><hr class="post_separator" />`;
const rHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>${rTitle}</title><meta name="description" content="${rTitle}" /><meta name="keywords" content="genealogy, family history, ancestry" />
<link rel="canonical" href="https://www.rootschat.example/forum/index.php?topic=881204.0" />
<script type="text/javascript" src="https://www.rootschat.example/forum/Themes/default/scripts/script.js?fin20"></script>
<script type="text/javascript"><!-- // --><![CDATA[
var smf_theme_url = "https://www.rootschat.example/forum/Themes/default"; var smf_scripturl = "https://www.rootschat.example/forum/index.php";
var smf_session_id = "a81e"; var ajax_notification_text = "Loading...";
// ]]></script><link rel="stylesheet" type="text/css" href="https://www.rootschat.example/forum/Themes/default/css/index.css?fin20" /></head>
<body><div id="wrapper" style="width: 95%"><div id="header"><div class="frame"><div id="top_section"><h1 class="forumtitle">
<a href="https://www.rootschat.example/forum/index.php"><img src="/images/rootschat-logo.png" alt="RootsChat.Com" /></a></h1></div>
<div id="upper_section" class="middletext"><div class="user"><p>Welcome, <strong>Guest</strong>. Please login or register.</p></div>
<div class="news normaltext"><h2>News:</h2><p>Please read the Forum Guidelines before you post a new topic.</p></div></div>
<div id="main_menu"><ul class="dropmenu" id="menu_nav">${links(rMenu)}</ul></div></div></div>
<div id="content_section"><div class="frame"><div id="main_content_section"><div class="navigate_section"><ul>
${rTree.map((t) => `<li><a href="#"><span>${t}</span></a> »</li>`).join('\n')}
<li class="last"><a href="#"><span>${rTitle}</span></a></li></ul></div>
<a id="top"></a><a id="msg77120"></a><div class="pagesection"><div class="nextlinks"><a href="#">« previous</a> <a href="#">next »</a></div>
<div class="buttonlist floatright"><ul><li><a class="button_strip_print" href="#"><span class="last">Print</span></a></li></ul></div>
<div class="pagelinks floatleft">Pages: [<strong>1</strong>] <a href="#lastPost"><strong>Go Down</strong></a></div></div>
<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="/images/topic/veryhot_post.gif" alt="" /> <span id="author">Author</span>
Topic: ${rTitle} (Read 1,386 times)</h3></div>
<form action="#" method="post" id="quickModForm" name="quickModForm">
${rPosts.map(post).join('\n')}
</form></div><a id="lastPost"></a><div class="pagesection"><div class="pagelinks floatleft">Pages: [<strong>1</strong>] <a href="#top">
<strong>Go Up</strong></a>
</div></div>
<div class="plainbox" id="display_jump_to">Jump to: <select><option>=> Cornwall Lookup Requests</option></select></div></div></div></div>
<div id="footer_section"><div class="frame"><ul class="reset"><li class="copyright"><span class="smalltext">SMF 2.0.19 | SMF © 2021, Simple Machines</span></li>
<li><a href="#">RootsChat.Com Terms of Use</a></li><li><a href="#">Privacy Policy</a></li></ul>
<p>Page created in 0.081 seconds with 23 queries.</p></div></div></div></body></html>`;
export const rootschat: TestPage = {
  name: 'heldout324-rootschat-smf-thread-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: rPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...texts(p.paras)]),
  bylines: [...new Set(rPosts.map((p) => p.user))].concat(
    rPosts.map((p) => p.when),
    rPosts.flatMap((p) => (p.quote === undefined ? [] : [p.quote[0]])),
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome, Guest. Please login or register.', 'News:', 'Please read the Forum Guidelines before you post a new topic.', ...rMenu, ...rTree,
    '« previous', 'next »', 'Print', 'Go Down', 'Go Up', 'Author',
    `Re: ${rTitle}`, `Topic: ${rTitle} (Read 1,386 times)`, ...new Set(rPosts.map((p) => p.group)),
    ...new Set(rPosts.map((p) => p.count)), ...new Set(rPosts.flatMap((p) => (p.sig === undefined ? [] : [p.sig]))), 'Logged',
    'Jump to: => Cornwall Lookup Requests', 'SMF 2.0.19 | SMF © 2021, Simple Machines', 'RootsChat.Com Terms of Use', 'Privacy Policy',
    'Page created in 0.081 seconds with 23 queries.',
  ],
};
