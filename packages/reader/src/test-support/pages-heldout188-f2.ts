import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 188, file f2: a Steam Community guide (sharedfiles/filedetails) as a signed-out visitor saves it (the
 * global header with STORE, COMMUNITY, ABOUT, SUPPORT and their hidden submenus, "Install Steam", "login" and "language", the
 * app hub header with "Store Page" and the hub tabs, the guide title in a div and its description, "Created by" with the author
 * block, the rating image and count, "Award", "Favorite" and "Share", the stats table, posted and updated dates, the "Guide
 * Index" that repeats the section titles, the sections as subSectionTitle divs with bbcode bodies (br-separated text, bb_ul
 * lists, a bb_table), the comment thread with its count, form prompt and paging, and the Valve footer).
 */
const stTitle = 'Your First Season in Saltwind Harbour: A Complete Beginner’s Guide';
const stDesc = 'Everything I wish someone had told me before my first spring: money, boats, the fish market and not drowning.';
const stSections: { t: string; paras: string[]; list?: string[] }[] = [
  {
    t: 'Before you start',
    paras: [
      'Saltwind Harbour throws a lot at you in the first hour and explains almost none of it. This guide covers the first in-game ' +
        'season, from the day you arrive with the leaky dinghy to the autumn storm festival. It assumes the default difficulty and ' +
        'no mods.',
      'The most important thing to know is that nothing you do in spring is permanent. You can sell boats, move your stall and re-spec ' +
        'your skills later, so do not agonise over early choices.',
    ],
  },
  {
    t: 'Money in the first week',
    paras: [
      'Do not buy a bigger boat yet. Every new player does this and ends up in debt to the harbourmaster by day five. Instead, spend ' +
        'the first week fishing the sheltered bay with the hand line and selling everything at the morning market.',
      'The prices that matter early on:',
    ],
    list: [
      'Mackerel sell best on market days, roughly double the price of weekday sales.',
      'Crabs are worth keeping for the inn, which pays a fixed price whatever the day.',
      'Anything caught after dark sells for a premium, but the bay gets dangerous after nine.',
    ],
  },
  {
    t: 'Your first upgrade',
    paras: [
      'Once you have around 800 coins, buy the lobster pots from Maud at the chandlery, not the second boat. Pots work while you sleep, ' +
        'and six of them in the shallows will pay for themselves in four days.',
      'The second boat, the Kittiwake, is worth it at the start of summer when the herring shoals move inshore. By then you should have ' +
        'enough saved to buy it outright.',
    ],
  },
  {
    t: 'Weather and staying alive',
    paras: [
      'Read the barometer in the harbour office every morning. If the needle is falling fast, stay in the bay. Storms in Saltwind are ' +
        'not cosmetic: you can lose the boat, the catch and three days of recovery in the infirmary.',
      'Fog is less dangerous but easier to get lost in. Buy the compass as early as you can, and learn the bell buoys on the way out.',
    ],
  },
  {
    t: 'Checklist for the end of spring',
    paras: ['If you have done all of this by the first day of summer, you are ahead of most players:'],
    list: [
      'At least 1,500 coins in the bank and no debt',
      'Six lobster pots in the water',
      'The compass and a second set of oilskins',
      'Friendship level 2 with Maud and the innkeeper',
    ],
  },
];
const stComments = [
  ['Thornback', 'Nov 6 @ 11:02pm', 'The barometer tip alone saved my run. I had no idea it did anything.'],
  ['lapwing_77', 'Nov 8 @ 4:45pm', 'Good guide. One thing to add: the inn stops buying crabs during the storm festival week.'],
  ['Mór', 'Nov 10 @ 9:18am', 'Thanks for this, bought the Kittiwake on day three like an idiot before I found it.'],
] as const;
const stTop = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'];
const stSub = ['Home', 'Discovery Queue', 'Wishlist', 'Points Shop', 'News', 'Stats', 'Discussions', 'Workshop', 'Market', 'Broadcasts'];
const stHub = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
const stStats = [
  ['3,914', 'Unique Visitors'],
  ['212', 'Current Favorites'],
] as const;
const stFoot = ['Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Cookies'];
const stFoot2 = ['About Valve', 'Jobs', 'Steamworks', 'Steam Distribution', 'Support', 'Gift Cards'];
const stValve = '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.';
const stSection = (s: (typeof stSections)[number], i: number): string => `<div class="subSection detailBox" id="${4511230 + i}">
<div class="subSectionTitle">${s.t}</div><div class="subSectionDesc">${s.paras.join('<br><br>')}${
  s.list ? `<ul class="bb_ul">${s.list.map((t) => `<li>${t}</li>`).join('')}</ul>` : ''
}</div></div>`;
const stHtml = `<!DOCTYPE html>
<html class="responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Steam Community :: Guide ::
${stTitle}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="Steam Community :: Guide :: ${stTitle}">
<meta property="og:description" content="${stDesc}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@steam">
<link rel="canonical" href="https://steamcommunity.example/sharedfiles/filedetails/?id=3371820455">
<link href="https://community.akamai.steamstatic.example/public/shared/css/motiva_sans.css?v=GfSjbGKcNYaQ" rel="stylesheet" type="text/css">
<link href="https://community.akamai.steamstatic.example/public/css/skin_1/workshop_itemdetails.css?v=3zqBj0m" rel="stylesheet" type="text/css">
<script type="text/javascript">var g_sessionID = "a1b2c3d4e5f6a7b8c9d0e1f2"; var g_steamID = false; var g_strLanguage = "english";</script>
<script type="text/javascript" src="https://community.akamai.steamstatic.example/public/javascript/sharedfiles_functions_logged_out.js?v=7aQ2m"></script></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_content"><div id="global_header">
<div class="content"><div class="logo"><span id="logo_holder"><a href="https://store.steampowered.example/"><img src="/logo_steam.svg"
alt="Link to the Steam Homepage"></a></span></div><div class="supernav_container">${stTop
  .map(
    (t) => `<a class="menuitem supernav"
href="#">${t}</a>`,
  )
  .join('\n')}
<div class="submenu_Store" style="display: none;" data-submenuid="Store">${stSub
  .slice(0, 6)
  .map((t) => `<a class="submenuitem" href="#">${t}</a>`)
  .join('')}</div>
<div class="submenu_Community" style="display: none;" data-submenuid="Community">${stSub
  .slice(6)
  .map((t) => `<a class="submenuitem" href="#">${t}</a>`)
  .join('')}
</div></div><div id="global_actions"><div id="global_action_menu"><a class="header_installsteam_btn header_installsteam_btn_green" href="/about/">
<div class="header_installsteam_btn_content">Install Steam</div></a><a class="global_action_link" href="/login/home/">login</a>&nbsp;|&nbsp;<span
class="pulldown global_action_link" id="language_pulldown">language</span></div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content"><div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop">
<div class="apphub_AppIcon"><img src="/app_icon.jpg" alt=""></div><div class="apphub_AppName ellipsis">Saltwind Harbour</div><div class="apphub_OtherSiteInfo">
<a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.example/app/2290110"><span>Store Page</span></a></div></div>
<div class="apphub_sectionTabs">${stHub
  .map(
    (t) => `<a class="apphub_sectionTab${t === 'Guides' ? ' active' : ''}"
href="#"><span>${t}</span></a>`,
  )
  .join('')}</div></div>
<div class="guide_page"><div class="guideTop"><div class="workshopItemTitle">${stTitle}</div><div class="guideTopDescription">${stDesc}</div>
<div class="guideTopContent"><div class="guideAuthors"><div class="guideAuthorsLabel">Created by</div><div class="friendBlock persona offline">
<div class="friendBlockContent">Corrie Blackwood<br><span class="friendSmallText">Offline</span></div></div></div>
<div class="ratingSection"><img src="https://community.akamai.steamstatic.example/public/images/sharedfiles/5-star_large.png?v=2" alt=""><div
class="numRatings">
1,108 ratings</div></div><div class="workshopItemControls"><a class="general_btn" href="#"><span>Award</span></a><a class="general_btn favorite" href="#">
<span>Favorite</span></a><a class="general_btn share" href="#"><span>Share</span></a></div></div></div>
<div class="rightDetailsBlock"><table class="stats_table">${stStats.map(([v, k]) => `<tr><td>${v}</td><td>${k}</td></tr>`).join('')}</table>
<div class="detailsStatsContainerLeft"><div class="detailsStatLeft">Posted</div><div class="detailsStatLeft">Updated</div></div>
<div class="detailsStatsContainerRight"><div class="detailsStatRight">Nov 2 @ 7:41pm</div><div class="detailsStatRight">Nov 9 @ 12:15pm</div></div></div>
<div class="guide subSections"><div class="guideIndex">Guide Index</div>${stSections
  .map(
    (s, i) => `<div class="subSection"><a
href="#${4511230 + i}">${s.t}</a></div>`,
  )
  .join('')}
</div><div class="guide subSections">${stSections.map(stSection).join('\n')}</div>
<div class="commentthread_area"><div class="commentthread_header"><div class="commentthread_count"><span class="commentthread_count_label"><span
id="commentthread_PublishedFile_Public_3371820455_totalcount">41</span> Comments</span></div><div class="commentthread_paging">
<a class="pagebtn" href="#">&lt;</a><span class="commentthread_pagelinks">1 2 3</span><a class="pagebtn" href="#">&gt;</a></div></div>
<div class="commentthread_comments">${stComments
  .map(
    ([n, d, t]) => `<div class="commentthread_comment responsive_body_text"><div class="commentthread_comment_avatar">
<img src="/av.jpg" alt=""></div><div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline
commentthread_author_link"
href="#"><bdi>${n}</bdi></a><span class="commentthread_comment_timestamp">${d}</span></div><div class="commentthread_comment_text">${t}</div></div></div>`,
  )
  .join('\n')}
</div><div class="commentthread_entry"><div class="commentthread_entry_quotebox"><textarea class="commentthread_textarea" placeholder="Add a comment"
disabled></textarea></div><div class="commentthread_footer">You must be <a href="/login/">logged in</a> to post a comment.</div></div></div></div></div>
<div id="footer"><div class="footer_content"><div id="footer_logo"><img src="/footerLogo_valve.png" alt="Valve Logo"></div><div id="footer_text">${stValve}<br>
<span class="valve_links">${stFoot.map((t) => `<a href="#">${t}</a>`).join(' &nbsp;| &nbsp;')}</span></div><div
class="valve_links">${links(stFoot2)}</div></div></div>
</div></div></body></html>`;
export const steamGuide: TestPage = {
  html: stHtml,
  name: 'heldout188-steam-guide-forum',
  kind: 'forum',
  // the guide's description is body (a dek), its sections (subSectionTitle divs) the headings and their text and list items
  // body; the comments are body (forum convention), their names and timestamps bylines with the author and the posted and
  // updated dates; the "Guide Index" repeats the headings and is left out apart from its label; the app name, hub tabs, stats,
  // rating, buttons, comment count, paging, form prompt, header and footer are furniture
  title: stTitle,
  headings: stSections.map((s) => s.t),
  body: texts([stDesc, ...stSections.flatMap((s) => [...s.paras, ...(s.list ?? [])]), ...stComments.map(([, , t]) => t ?? '')]),
  bylines: ['Corrie Blackwood', 'Nov 2 @ 7:41pm', 'Nov 9 @ 12:15pm', ...stComments.flatMap(([n, d]) => [n ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...stTop, ...stSub, 'Install Steam', 'login', 'language', 'Saltwind Harbour', 'Store Page', ...stHub, 'Created by', 'Offline', '1,108 ratings', 'Award',
    'Favorite', 'Share', ...stStats.flat(), 'Posted', 'Updated', 'Guide Index', '41 Comments', '1 2 3', 'You must be logged in to post a comment.',
    stValve, ...stFoot, ...stFoot2,
  ],
};
