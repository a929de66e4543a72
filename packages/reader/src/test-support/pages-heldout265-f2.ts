import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file f2: a Steam Community discussion topic (the global header with STORE / COMMUNITY / ABOUT /
 * SUPPORT, "Install Steam", login and language links, the app hub header with its tabs, breadcrumbs, the forum_op block
 * whose title is a div with class topic and no h1, br-separated post text, commentthread replies with author links,
 * timestamps, permalinks and a developer badge, the "Showing 1-5 of 5 comments" pager, the right column with "Date
 * Posted", "Posts", the rules link and "Per page", and the Valve footer).
 */
const title = 'Lost 30 hours of progress after a cloud save conflict. Is there any way back?';
const op = [
  j(
    'I play Hollowmere on two PCs, a desktop at home and a laptop when I travel. Last night the laptop showed the cloud',
    'conflict dialog and I picked the wrong side. Now both machines have my save from early October, about 30 hours ago.',
  ),
  'I have not launched the game on the desktop since. Is there any local backup the game keeps, or is that save gone for good?',
];
const replies: [string, string, string[], boolean][] = [
  [
    'Quillfeather',
    'Nov 8 @ 3:01pm',
    [
      j(
        'Do not launch it on the desktop yet. The game keeps rolling backups next to the save folder; check for a',
        'folder called <i>autosave_ring</i> in your documents before anything syncs again.',
      ),
    ],
    false,
  ],
  [
    'Hollowmere Dev Team',
    'Nov 8 @ 4:26pm',
    [
      j(
        'Thanks for the quick advice above, that is exactly right. Hollowmere writes the last five autosaves to',
        '<i>Documents/Hollowmere/autosave_ring</i>, one every twenty minutes of play, and these are never uploaded.',
      ),
      j(
        'Copy the newest file from that folder into the save folder, rename it to <i>slot1.sav</i>, and then start the game',
        'while offline. When it asks about the conflict, keep the local save. We are changing the dialog in the next patch',
        'so it shows the play time of each side, which should make this much harder to get wrong.',
      ),
    ],
    true,
  ],
  [
    'bramblebyte',
    'Nov 8 @ 6:40pm',
    [j('It worked! The newest autosave was from twenty minutes before I quit. Lost one fight and a merchant trip,', 'which I can live with. Thank you both.')],
    false,
  ],
  [
    'Oskar_on_the_moor',
    'Nov 9 @ 10:12am',
    [j('Saving this thread. Showing the play time in that dialog would have saved me a whole', 'chapter last spring.')],
    false,
  ],
  [
    'Marrow &amp; Moss',
    'Nov 9 @ 1:47pm',
    [
      j(
        'For anyone who finds this later with an older save: the autosave ring only exists since',
        'the summer update. Before that the game kept a single backup file called <i>slot1.bak</i> in the same folder, so look',
        'for that one first if your install is older.',
      ),
    ],
    false,
  ],
];
const tabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'News', 'Guides', 'Reviews'];
const crumbs = ['Hollowmere', 'General Discussions', 'Topic Details'];
const foot = ['Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Cookies'];
const reply = ([who, when, paras, dev]: [string, string, string[], boolean], i: number): string => `<div class="commentthread_comment responsive_body_text"
id="comment_4281190${i}"><div class="commentthread_comment_avatar playerAvatar offline"><a href="https://steamcommunity.com/id/u${i}"><img
src="/avatars/${i}.jpg"
srcset="/avatars/${i}.jpg 1x"></a></div><div class="commentthread_comment_content"><div class="commentthread_comment_author">
<a class="hoverunderline commentthread_author_link" href="https://steamcommunity.com/id/u${i}" data-miniprofile="1${i}"><bdi>${who}</bdi></a>
${dev ? '<span class="commentthread_workshop_authorbadge apphub_CommentAuthorBadge">Developer</span>' : ''}
<span class="commentthread_comment_timestamp" title="8 November, 2026 @ 3:01:12 pm CET" data-timestamp="179502${i}">${when}</span>&nbsp;
<div class="forum_comment_permlink"><a class="hoverunderline" href="#c4281190${i}">#${i + 1}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_4281190${i}">${paras.join('<br><br>')}</div></div></div>`;
const html = `<!DOCTYPE html><html class=" responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} :: Hollowmere General Discussions</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Steam Community">
<script type="text/javascript">g_sessionID = "e5d1f0a2b7"; g_steamID = false; var g_rgForumTopics = {"general":{"appid":2231440}};</script>
<link href="https://community.akamai.steamstatic.example/public/css/skin_1/forums.css" rel="stylesheet" type="text/css"></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div id="global_header"><div class="content"><div class="logo">
<span id="logo_holder"><a href="https://store.steampowered.com/"><img src="/logo_steam.svg" width="176" height="44" alt="Link to the Steam
Homepage"></a></span></div>
<div class="supernav_container"><a class="menuitem supernav" href="https://store.steampowered.com/">STORE</a>
<a class="menuitem supernav supernav_active" href="https://steamcommunity.com/">COMMUNITY</a><a class="menuitem"
href="https://store.steampowered.com/about/">ABOUT</a>
<a class="menuitem" href="https://help.steampowered.com/en/">SUPPORT</a></div><div id="global_actions"><div id="global_action_menu">
<a class="header_installsteam_btn header_installsteam_btn_green" href="https://store.steampowered.com/about/"><div
class="header_installsteam_btn_content">Install Steam</div></a>
<a class="global_action_link" href="https://steamcommunity.com/login/home/">login</a>&nbsp;|&nbsp;<span class="pulldown global_action_link"
id="language_pulldown">language</span>
</div></div></div></div><div class="responsive_page_content"><div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_AppName
ellipsis">Hollowmere</div>
<a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.com/app/2231440"><span>Store Page</span></a></div>
<div class="apphub_sectionTabs">${tabs.map((t) => `<a class="apphub_sectionTab" href="#"><span>${t}</span></a>`).join('\n')}</div></div>
<div class="forum_topic_page"><div class="breadcrumbs">${crumbs.map((c) => `<a href="#">${c}</a>`).join('&nbsp;&gt;&nbsp;')}</div><div
class="forum_op"><div class="forum_op_avatar playerAvatar">
<a href="https://steamcommunity.com/id/bramblebyte"><img src="/avatars/op.jpg"></a></div><div class="authorline"><a class="hoverunderline forum_op_author"
href="https://steamcommunity.com/id/bramblebyte">bramblebyte</a>&nbsp;<span class="date" data-timestamp="1795000440">Nov 8 @ 2:14pm</span></div>
<div class="topic">${title}</div><div class="content">${op.join('<br><br>')}</div><div class="forum_op_actions"><a class="forum_report">Report
Post</a></div></div>
<div class="commentthread_area"><div class="commentthread_paging"><div class="forum_paging_summary">Showing 1-5 of 5 comments</div></div>
<div class="commentthread_comments">${replies.map(reply).join('\n')}</div><div class="commentthread_footer"><div class="forum_paging_summary">Showing 1-5
of 5 comments</div>
<div class="forum_paging_controls">Per page: <span>15</span> <a href="#">30</a> <a href="#">50</a></div></div></div>
<div class="rightcol"><div class="rightbox"><a class="btn_darkblue_white_innerfade" href="#"><span>Start a New Discussion</span></a></div><div class="rightbox">
<div class="topic_stats"><div>Date Posted: <span class="date">Nov 8 @ 2:14pm</span></div><div>Posts: 6</div></div></div>
<div class="rightbox"><a href="/discussions/forum/rules">Discussions Rules and Guidelines</a></div></div></div></div>
<div id="footer"><div class="footer_content"><div id="footer_logo"><img src="/logo_valve_footer.png" alt="Valve Software"></div><div id="footer_text"><div>
© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.</div>
<div>${foot.map((f) => `<a href="#">${f}</a>`).join(' &nbsp;| &nbsp;')}</div></div></div></div></div>
<script type="text/javascript">InitializeForumTopic({"topic_id":"4281190","appid":2231440});</script></body></html>`;
export const steam: TestPage = {
  name: 'heldout265-steam-community-discussion',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...op, ...replies.flatMap((r) => r[2])]),
  bylines: ['bramblebyte', 'Nov 8 @ 2:14pm', ...replies.flatMap((r) => (r[0] === 'bramblebyte' ? [r[1]] : [r[0].replace('&amp;', '&'), r[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT', 'Install Steam', 'login', 'language', 'Store Page', ...tabs, 'General Discussions', 'Topic Details',
    'Report Post', 'Developer',
    'Showing 1-5 of 5 comments', 'Per page:', 'Start a New Discussion', 'Date Posted:', 'Posts: 6', 'Discussions Rules and Guidelines',
    '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.', ...foot,
  ],
};
