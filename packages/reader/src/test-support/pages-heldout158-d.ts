import type { TestPage } from './page-kit.js';
import { techCommunity } from './pages-heldout158-d2.js';

/**
 * Held-out batch 158, file d: the comments page of a Steam Community guide (the global Steam header with store / community /
 * about links, "login" and "language", the app hub header with the game's name and tabs, the guide's title with its
 * author and ratings, "« Back to guide" link, the comment count, comment threads with author names, timestamps and "Report"
 * links, paging controls, the "Please sign in to comment" box, and the Valve footer) and, from file d2, a Microsoft Tech
 * Community discussion thread.
 */
const stTitle = 'Complete Lighthouse Keeper Route: Every Beacon in Under Three Hours';
const stComments: [string, string, string][] = [
  [
    'Ferngully_Mo',
    'Nov 9 @ 11:42pm',
    'Followed this last night and got all forty beacons in two hours fifty. The tip about lighting the northern cliffs ' +
      'beacon from the rowing boat instead of climbing saved me at least ten minutes.',
  ],
  [
    'Captain Sardine',
    'Nov 9 @ 6:15pm',
    'Heads up for anyone on the latest patch: the rope bridge on Gullrock Isle is now broken until you finish the ' +
      'storm quest, so you have to take the long way round through the caves. Everything else in the guide still works.',
  ],
  [
    'Wren of the Fog',
    'Nov 8 @ 2:03pm',
    'Beacon 27 does not light for me no matter what I do. I have the oil, the flint and the key, and I have tried ' +
      'reloading the save twice. Does it need the lens from the lighthouse on the mainland first?',
  ],
  [
    'Anselm (author)',
    'Nov 8 @ 4:30pm',
    'Yes, 27 is the one exception: it needs the brass lens from the mainland lighthouse. I have added a note to ' +
      'section four of the guide. Thanks for pointing it out.',
  ],
  ['Wren of the Fog', 'Nov 8 @ 5:12pm', 'That was it, thank you! Got the achievement a few minutes ago.'],
  [
    'tallowcandle',
    'Nov 6 @ 9:55am',
    'Great guide, clear maps and the route is really efficient. One small suggestion: mark which beacons can only be ' +
      'lit at night, because I wasted two in-game days waiting around at the wrong ones.',
  ],
  ['Anselm (author)', 'Nov 6 @ 1:20pm', 'Good idea. The night-only beacons now have a moon symbol on the maps in every section.'],
  ['lamplighter_jo', 'Nov 5 @ 10:18pm', 'Rated up. I would add that the fog event on day six hides beacons 31 to 33, so do that stretch early.'],
  [
    'Brindle',
    'Nov 3 @ 8:47pm',
    'Is there a way to do this without the boat? I sold it early on by mistake and the shop will not sell another ' +
      'one until the second act. Would love to know if anyone managed it on foot.',
  ],
  [
    'Ferngully_Mo',
    'Nov 4 @ 7:02am',
    'You can do it on foot but the three sea stacks need the grappling hook, which you also only get in act two. ' +
      'Easiest is to reload a save from before you sold it, if you have one.',
  ],
];
const stHeader = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT', 'Install Steam', 'login', 'language'];
const stSub = ['Home', 'Discussions', 'Workshop', 'Market', 'Broadcasts'];
const stHub = ['Lanternfall', 'All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'News', 'Guides', 'Reviews'];
const stMeta = [
  '« Back to guide',
  'Guide comments',
  'Showing 1-10 of 10 comments',
  'Per page:',
  '15',
  '30',
  '50',
  'Report',
  'Please sign in to comment',
  'You need to sign in or create an account to do that.',
  'Sign In',
  'Create Account',
  'Created by',
  '1,284 ratings',
  '« Back to Guides',
];
const stFoot = [
  'Privacy Policy',
  'Legal',
  'Steam Subscriber Agreement',
  'Cookies',
  'View mobile website',
  '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
];
const stCookie = 'Steam uses cookies to improve your experience. You can accept all cookies, or reject the ones that are not strictly necessary.';
const stHtml = `<!DOCTYPE html>
<html class=" responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Steam Community :: Guide :: ${stTitle}</title><link href="https://community.akamai.steamstatic.example/public/shared/css/motiva_sans.css?v=FAK4O46_mOLB"
rel="stylesheet" type="text/css"><meta property="og:title" content="Steam Community :: Guide :: ${stTitle}">
<meta property="og:site_name" content="Steam Community">
<script type="text/javascript" src="https://community.akamai.steamstatic.example/public/javascript/prototype-1.7.js?v=.55t44gwuwgvw"></script>
<script type="text/javascript">VALVE_PUBLIC_PATH = "https:\\/\\/community.akamai.steamstatic.example\\/public\\/";</script></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_content"><div id="global_header">
<div class="content"><div class="logo"><span id="logo_holder"><a href="https://store.steampowered.example/">
<img src="/public/shared/images/header/logo_steam.svg"
width="176" height="44" alt="Link to the Steam Homepage"></a></span></div><div class="supernav_container">
<a class="menuitem supernav" href="https://store.steampowered.example/">${stHeader[0]}</a>
<a class="menuitem supernav supernav_active" href="/">${stHeader[1]}</a>
<div class="submenu_community" style="display: none;">${stSub.map((t) => `<a class="submenuitem" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<a class="menuitem" href="https://store.steampowered.example/about/">${stHeader[2]}</a>
<a class="menuitem" href="https://help.steampowered.example/">${stHeader[3]}</a></div>
<div id="global_actions"><div id="global_action_menu"><a class="header_installsteam_btn" href="/about/">
<div class="header_installsteam_btn_content">${stHeader[4]}</div></a>
<a class="global_action_link" href="/login/home/">${stHeader[5]}</a> &nbsp;|&nbsp;
<span class="pulldown global_action_link" id="language_pulldown">${stHeader[6]}</span>
</div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content"><div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop">
<div class="apphub_AppName ellipsis">${stHub[0]}</div><div class="apphub_OtherSiteInfo">
<a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.example/app/1822140">
<span>Store Page</span></a></div></div><div class="apphub_sectionTabs">${stHub
  .slice(1)
  .map(
    (t) => `<a class="apphub_sectionTab" href="/app/1822140/${t.toLowerCase()}/">
<span>${t}</span></a>`,
  )
  .join('\n')}</div></div>
<div class="guide_comments_page"><div class="workshopItemTitle">${stTitle}</div><div class="workshopItemControls">
<a href="/sharedfiles/filedetails/?id=3371186402"
class="btnv6_blue_hoverfade btn_small_thin"><span>${stMeta[0]}</span></a> <a href="/app/1822140/guides/">${stMeta[14]}</a></div>
<div class="guideAuthors"><span>${stMeta[12]}</span> <a href="/id/anselm_lamps">Anselm</a></div><div class="numRatings">${stMeta[13]}</div>
<div class="commentthread_area" id="commentthread_PublishedFile_Public_7655_3371186402_area"><div class="commentthread_header">
<div class="commentthread_paging">
<span class="commentthread_pagelinks"></span></div><div class="commentthread_count"><span class="ellipsis">${stMeta[1]}</span> <span>${stMeta[2]}</span></div>
<div class="commentthread_per_page_controls">${stMeta[3]} <a href="#">${stMeta[4]}</a> <a href="#">${stMeta[5]}</a> <a href="#">${stMeta[6]}</a></div></div>
<div class="commentthread_entry"><div class="commentthread_entry_quotebox"><div class="commentthread_entry_error">${stMeta[8]}</div><p>${stMeta[9]}</p>
<a class="btn_green_white_innerfade btn_medium" href="/login/home/"><span>${stMeta[10]}</span></a> <a href="/join/">${stMeta[11]}</a></div></div>
<div class="commentthread_comments" id="commentthread_PublishedFile_Public_7655_3371186402_posts">
${stComments
  .map(
    ([who, when, text], i) => `<div class="commentthread_comment responsive_body_text" id="comment_${4000 + i}">
<div class="commentthread_comment_avatar playerAvatar offline"><a href="/id/u${i}">
<img src="https://avatars.akamai.steamstatic.example/${i}.jpg" srcset="" alt=""></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link" href="/id/u${i}"
data-miniprofile="${8800 + i}"><bdi>${who}</bdi></a><span class="commentthread_comment_timestamp" title="${when}" data-timestamp="1731196920">${when}</span>
<div class="commentthread_comment_actions"><a class="actionlink" href="javascript:ReportComment(${i});">${stMeta[7]}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_${4000 + i}">${text}</div></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div id="footer"><div class="footer_content"><div id="footerLogo"><img src="/public/images/skin_1/footerLogo_valve.png" alt="Valve Software"></div>
<div id="footerText"><span class="valve_links">${stFoot
  .slice(0, 4)
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '_')}">${t}</a>`)
  .join(' | ')}</span>
<p>${stFoot[5]}</p><span class="valve_links"><a href="/mobile">${stFoot[4]}</a></span></div></div></div>
<div class="cookiepreferences_popup" id="cookiePrefPopup"><div class="cookiepreferences_popup_content"><div class="cookiepreferences_desc">${stCookie}</div>
<div class="cookiepreferences_popup_btn" id="acceptAllButton">Accept All</div><div class="cookiepreferences_popup_btn" id="rejectAllButton">Reject All</div>
</div></div>
</div></div></body></html>`;
const steamGuideComments: TestPage = {
  html: stHtml,
  name: 'heldout158-steam-guide-comments',
  kind: 'forum',
  // the page is the guide's comments tab: the guide's title is the page title and every comment is body; commenter names
  // ("Anselm (author)" included) and timestamps are bylines; the guide's "Created by" line, its ratings count, the paging,
  // "Report" links and the sign-in box are furniture
  title: stTitle,
  headings: [],
  body: stComments.map((c) => c[2]),
  bylines: [...stComments.map((c) => c[0]), ...stComments.map((c) => c[1]), 'Anselm'].filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...stHeader, ...stSub, ...stHub, 'Store Page', ...stMeta, ...stFoot, stCookie, 'Accept All', 'Reject All',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT158_D: readonly TestPage[] = [steamGuideComments, techCommunity];
