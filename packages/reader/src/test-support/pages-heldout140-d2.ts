import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 140, file d2: a Simple Machines Forum 2.1 topic in the default Curve2 theme as a guest saves it: the top
 * bar with the welcome line and search form, the forum title, logo and slogan, the date and news box, the main menu, the
 * linktree, the topic's display head with "Started by", previous / next links, page sections with "Print", "Go Down" /
 * "Go Up" and "Pages", posts whose bodies are text with <br> breaks (no <p>), poster boxes (name, group, post group,
 * stars, post count, personal text, "Logged"), subject lines, "#n" markers, a "Last Edit" line, a BBC quote with its
 * "Quote from:" cite, a code block with "Code" / "Select", signatures, "Jump to:", the viewers line and the footer.
 */
const smTitle = 'Weathering plastic wagons without an airbrush';
type Sm = {
  id: number;
  user: string;
  group: string;
  postgroup: string;
  posts: string;
  blurb?: string;
  when: string;
  paras: string[];
  edit?: string;
  sig?: string;
};
const smPosts: Sm[] = [
  {
    id: 18204,
    user: 'Gordon Ashby',
    group: '',
    postgroup: 'Full Member',
    posts: 'Posts: 214',
    blurb: 'Building Brackley Junction, slowly',
    when: 'November 02, 2025, 08:40:17 PM',
    edit: 'November 02, 2025, 09:02:44 PM by Gordon Ashby',
    paras: [
      'I have a rake of six ready-to-run plastic open wagons that look far too clean for a 1950s goods yard. I do not own an airbrush and ' +
        'would rather not buy one just for this. What do people use instead?',
      'I have tried dry brushing with acrylics on a test wagon and the result was streaky, with obvious brush marks on the planks. Is the ' +
        'answer just practice, or is there a better technique?',
    ],
    sig: 'Brackley Junction: OO gauge, BR Western Region, 1958',
  },
  {
    id: 18207,
    user: 'Mags Pennington',
    group: 'Club Committee',
    postgroup: 'Hero Member',
    posts: 'Posts: 3,108',
    when: 'November 02, 2025, 09:15:03 PM',
    paras: [
      'Weathering powders are the easiest place to start. Give the wagon a light coat of matt varnish from a rattle can first so the powder ' +
        'has something to grip, then work the powder in with a stiff, short brush. If you overdo it, a damp cotton bud takes it off again.',
      'For the streaks, drag the brush downwards only, from the top of each plank. Rain runs down, so grime does too.',
    ],
    sig: 'Club nights every Tuesday, 7.30pm, Marshfield scout hut',
  },
  {
    id: 18215,
    user: 'Gordon Ashby',
    group: '',
    postgroup: 'Full Member',
    posts: 'Posts: 214',
    blurb: 'Building Brackley Junction, slowly',
    when: 'November 03, 2025, 07:51:40 AM',
    paras: ['Thank you, I had not thought of varnishing first. Do you seal the powder afterwards, or does that flatten the effect?'],
    sig: 'Brackley Junction: OO gauge, BR Western Region, 1958',
  },
  {
    id: 18219,
    user: 'tinplate_tom',
    group: '',
    postgroup: 'Sr. Member',
    posts: 'Posts: 622',
    when: 'November 03, 2025, 12:26:09 PM',
    paras: [
      'A second light coat of matt varnish does knock it back a bit, so I put on slightly more powder than I want to end up with. On ' +
        'wagons that will be handled a lot I think sealing is worth it, otherwise the corners come clean again within a month.',
      'Another trick for the underframe is a thin wash of dark brown acrylic mixed with a drop of washing-up liquid. It runs into the ' +
        'detail and dries matt. I keep a jar of it on the bench with this mix written on the lid:',
    ],
  },
  {
    id: 18226,
    user: 'Mags Pennington',
    group: 'Club Committee',
    postgroup: 'Hero Member',
    posts: 'Posts: 3,108',
    when: 'November 03, 2025, 06:02:55 PM',
    paras: [
      'Good tips from Tom. Gordon, bring the test wagon along on Tuesday and we can have a go at it together on the workbench. I will bring ' +
        'the powders and the varnish, and you can take home whatever colours suit your layout.',
    ],
    sig: 'Club nights every Tuesday, 7.30pm, Marshfield scout hut',
  },
];
const smQuote = 'If you overdo it, a damp cotton bud takes it off again.';
const smCode = '1 part raw umber : 1 part black : 8 parts water + 1 drop washing-up liquid';
const smMenu = ['Home', 'Help', 'Search', 'Calendar', 'Login', 'Sign up'];
const smCrumbs = ['Marshfield Model Railway Club', 'Modelling', 'Rolling Stock'];
const smFoot = ['Help', 'Terms and Rules', 'Go Up ▲'];
const smWelcome = 'Welcome to Marshfield Model Railway Club. Please login or sign up.';
const smNews = 'The winter exhibition is on 6 and 7 December at the Corn Exchange. Volunteers for the door rota please see Mags.';
const smPoster = (p: Sm): string => `<div class="poster"><h4><span class="off" title="Offline"></span><a
href="https://forum.marshfieldmrc.example/index.php?action=profile;u=${p.posts.length}"
title="View the profile of ${p.user}">${p.user}</a></h4><ul class="user_info">${p.group ? `<li class="membergroup">${p.group}</li>` : ''}<li
class="postgroup">${p.postgroup}</li>
<li class="stars"><img src="https://forum.marshfieldmrc.example/Themes/default/images/membericons/icon.png" alt="*"><img
src="https://forum.marshfieldmrc.example/Themes/default/images/membericons/icon.png" alt="*"></li><li class="avatar"><a href="#"><img class="avatar"
src="https://forum.marshfieldmrc.example/custom_avatar/avatar_${p.id}.png" alt=""></a></li><li class="postcount">${p.posts}</li>${
  p.blurb ? `<li class="blurb">${p.blurb}</li>` : ''
}<li class="poster_ip">Logged</li></ul></div>`;
const smPost = (p: Sm, i: number): string => `<div class="${i % 2 === 0 ? 'windowbg' : 'windowbg'}" id="msg${p.id}"><div class="post_wrapper">${smPoster(p)}
<div class="postarea"><div class="keyinfo"><div id="subject_${p.id}" class="subject_title subject_hidden"><a
href="https://forum.marshfieldmrc.example/index.php?msg=${p.id}"
rel="nofollow">${i === 0 ? smTitle : `Re: ${smTitle}`}</a></div>${i === 0 ? '' : `<span class="page_number floatright">#${i}</span>`}<div
class="postinfo"><span class="messageicon"
style="position: absolute; z-index: -1;"><img src="https://forum.marshfieldmrc.example/Themes/default/images/post/xx.png" alt=""></span><a
href="https://forum.marshfieldmrc.example/index.php?msg=${p.id}" title="${i === 0 ? smTitle : `Re: ${smTitle}`}" class="smalltext">${p.when}</a><span
class="spacer"></span>${
  p.edit ? `<span class="smalltext modified floatright mvisible" id="modified_${p.id}"><span class="lastedit">Last Edit</span>: ${p.edit}</span>` : ''
}</div><div id="msg_${p.id}_quick_mod" class="quick_mod"></div></div><div class="post"><div class="inner" data-msgid="${p.id}" id="msg_${p.id}">${
  i === 2
    ? `<blockquote class="bbc_standard_quote"><cite><a href="https://forum.marshfieldmrc.example/index.php?msg=18207">Quote from: Mags Pennington on November
02, 2025,
09:15:03 PM</a></cite>${smQuote}</blockquote>`
    : ''
}${p.paras.join('<br><br>')}${
  i === 3
    ? `<div class="codeheader"><span class="code floatleft">Code</span> <a class="codeoperation smf_select_text">Select</a> <a class="codeoperation
smf_expand_code hidden"
data-shrink-txt="Shrink" data-expand-txt="Expand">Expand</a></div><code class="bbc_code">${smCode}</code>`
    : ''
}</div></div><div class="under_message"><ul class="floatleft"></ul></div></div><div class="moderatorbar">${
  p.sig ? `<div class="signature" id="msg_${p.id}_signature">${p.sig}</div>` : ''
}</div></div></div><hr class="post_separator">`;
const smPages = (where: 'top' | 'bottom'): string => `<div class="pagesection ${where}"><div class="buttonlist floatright"><a class="button button_strip_print"
href="https://forum.marshfieldmrc.example/index.php?action=printpage;topic=1822.0" rel="nofollow">Print</a></div><div class="pagelinks floatleft">
<a href="#${where === 'top' ? 'bot' : 'main_content_section'}" class="button"
id="${where === 'top' ? 'top' : 'bot'}">${where === 'top' ? 'Go Down' : 'Go Up'}</a>
<span class="pages">Pages</span><span class="current_page">1</span></div></div>`;
const smHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><link rel="stylesheet" href="https://forum.marshfieldmrc.example/Themes/default/css/index.css?smf214_1699999999">
<link rel="stylesheet" href="https://forum.marshfieldmrc.example/Themes/default/css/responsive.css?smf214_1699999999">
<script src="https://forum.marshfieldmrc.example/Themes/default/scripts/script.js?smf214_1699999999"></script>
<script src="https://forum.marshfieldmrc.example/Themes/default/scripts/theme.js?smf214_1699999999"></script>
<script>var smf_theme_url = "https://forum.marshfieldmrc.example/Themes/default"; var smf_scripturl = "https://forum.marshfieldmrc.example/index.php";
var smf_charset = "UTF-8"; var smf_session_id = "2f1d8a0c9b"; var ajax_notification_text = 'Loading...';</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Marshfield Model Railway Club">
<meta property="og:title" content="${smTitle}"><meta property="og:url" content="https://forum.marshfieldmrc.example/index.php?topic=1822.0"><meta
property="og:type" content="article">
<meta name="description" content="${smTitle}"><title>${smTitle}</title><link rel="canonical" href="https://forum.marshfieldmrc.example/index.php?topic=1822.0">
<link rel="help" href="https://forum.marshfieldmrc.example/index.php?action=help"><link rel="search"
href="https://forum.marshfieldmrc.example/index.php?action=search">
<link rel="alternate" type="application/rss+xml" title="Marshfield Model Railway Club - RSS"
href="https://forum.marshfieldmrc.example/index.php?action=.xml;type=rss2">
</head>
<body id="chrome" class="action_display board_12"><div id="footerfix"><div id="top_section"><div class="inner_wrap"><ul class="floatleft" id="top_info">
<li class="welcome">Welcome to <strong>Marshfield Model Railway Club</strong>. Please <a
href="https://forum.marshfieldmrc.example/index.php?action=login">login</a> or
<a href="https://forum.marshfieldmrc.example/index.php?action=signup">sign up</a>.</li></ul><form id="search_form" class="floatright"
action="https://forum.marshfieldmrc.example/index.php?action=search2" method="post" accept-charset="UTF-8"><input type="search" name="search" value="">&nbsp;
<select name="search_selection"><option value="all">Entire forum </option><option value="topic" selected>This topic</option><option value="board">This
board</option></select>
<input type="hidden" name="sd_topic" value="1822"><input type="submit" name="search2" value="Search" class="button"></form></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="https://forum.marshfieldmrc.example/index.php">Marshfield Model Railway Club</a></h1><img id="smflogo"
src="https://forum.marshfieldmrc.example/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum"><div
id="siteslogan">Keeping the
branch line open since 1974</div></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap" class="hide_720"><div class="user"><time
datetime="2025-11-04T10:12:00Z">November 04,
2025, 10:12:00 AM</time></div><div class="news"><h2>News: </h2><p>${smNews}</p></div></div><a class="mobile_user_menu"><span class="menu_icon"></span><span
class="text_menu">Main Menu</span></a><div id="main_menu"><div id="mobile_user_menu" class="popup_container"><div class="popup_window description"><div
class="popup_heading">Main Menu<a href="javascript:void(0);" class="main_icons hide_popup"></a></div><ul class="dropmenu menu_nav">${smMenu
  .map(
    (t, i) =>
      `<li class="button_${t.toLowerCase().replace(' ', '')}"><a${i === 0 ? ' class="active"' : ''}
href="https://forum.marshfieldmrc.example/index.php?action=${t
        .toLowerCase()
        .replace(' ', '')}"><span class="main_icons ${t.toLowerCase()}"></span><span class="textmenu">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="navigate_section"><ul>${smCrumbs
  .map(
    (t, i) => `<li>${i > 0 ? '<span class="dividers"> ► </span>' : ''}<a
href="https://forum.marshfieldmrc.example/index.php#c${i}"><span>${t}</span></a></li>`,
  )
  .join(
    '',
  )}<li class="last"><span class="dividers"> ► </span><a href="https://forum.marshfieldmrc.example/index.php?topic=1822.0"><span>${smTitle}</span></a></li>
</ul></div></div></div>
<div id="content_section"><div id="main_content_section"><div id="display_head" class="information"><h2 class="display_title"><span
id="top_subject">${smTitle}</span></h2>
<p>Started by Gordon Ashby, November 02, 2025, 08:40:17 PM</p><span class="nextlinks floatright"><a
href="https://forum.marshfieldmrc.example/index.php?topic=1822.0;prev_next=prev#new">«
previous</a> <a href="https://forum.marshfieldmrc.example/index.php?topic=1822.0;prev_next=next#new">next »</a></span></div>
${smPages('top')}
<div id="forumposts"><form action="https://forum.marshfieldmrc.example/index.php?action=quickmod2;topic=1822.0" method="post" accept-charset="UTF-8"
name="quickModForm"
id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('2f1d8a0c9b', 'a8e2c1') : false">
${smPosts.map(smPost).join('\n')}
</form></div><a id="lastPost"></a>
${smPages('bottom')}
<div class="navigate_section"><ul><li class="last"><a href="https://forum.marshfieldmrc.example/index.php?board=12.0"><span>Rolling
Stock</span></a></li></ul></div>
<div id="moderationbuttons"></div><div id="display_jump_to"><label for="display_jump_to_select">Jump to:</label><select id="display_jump_to_select"><option>=>
Rolling
Stock</option></select></div><div id="whoisviewing" class="information"><p>0 Members and 1 Guest are viewing this topic.</p></div>
</div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="floatright"><a href="https://forum.marshfieldmrc.example/index.php?action=help">${smFoot[0]}</a> | <a
href="https://forum.marshfieldmrc.example/index.php?action=agreement">${smFoot[1]}</a> | <a id="button_wap2" href="#top_section">${smFoot[2]}</a></li><li
class="copyright">
<a href="https://forum.marshfieldmrc.example/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 © 2023</a>, <a
href="https://www.simplemachines.example" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li></ul><p>Page created in 0.094 seconds
with 31
queries.</p></div></div><div id="ajax_in_progress" style="display: none;">Loading...</div>
<script>var smf_quote_text = "Quote"; window.addEventListener("DOMContentLoaded", function() { smc_Toggle.prototype.init(); });</script></body></html>`;
export const smfTopic: TestPage = {
  html: smHtml,
  name: 'heldout140-smf-topic',
  kind: 'forum',
  // the h2 display_title is the topic's headline (SMF prints the forum name as the h1); post bodies (split at <br><br>)
  // are body; subject lines, the quote with its cite and the code block are in neither list; names, post times, "Started
  // by" and "Last Edit" lines are bylines; member groups, post counts, personal texts, "Logged", "#n" and signatures are furniture
  title: smTitle,
  headings: [],
  body: texts(smPosts.flatMap((p) => p.paras)),
  bylines: [
    'Started by Gordon Ashby, November 02, 2025, 08:40:17 PM',
    'Gordon Ashby',
    'Mags Pennington',
    'tinplate_tom',
    ...smPosts.map((p) => p.when),
    'Last Edit: November 02, 2025, 09:02:44 PM by Gordon Ashby',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    smWelcome, 'Entire forum', 'This topic', 'This board', 'Marshfield Model Railway Club', 'Keeping the branch line open since 1974',
'November 04, 2025, 10:12:00 AM',
    'News:', smNews, 'Main Menu', ...smMenu, 'Modelling', 'Rolling Stock', '« previous', 'next »', 'Print', 'Go Down', 'Go Up', 'Pages', 'Club Committee',
    'Full Member', 'Hero Member', 'Sr. Member', 'Posts: 214', 'Posts: 3,108', 'Posts: 622', 'Building Brackley Junction, slowly', 'Logged', '#1', '#2', '#3',
'#4',
    'Code', 'Select', 'Expand', ...new Set(smPosts.flatMap((p) => (p.sig ? [p.sig] : []))), 'Jump to:', '=> Rolling Stock',
'0 Members and 1 Guest are viewing this topic.',
    'Terms and Rules', 'Go Up ▲', 'SMF 2.1.4 © 2023', 'Simple Machines', 'Page created in 0.094 seconds with 31 queries.', 'Loading...',
  ],
};
