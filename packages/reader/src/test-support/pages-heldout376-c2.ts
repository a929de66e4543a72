import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file c2: a Steam community guide (global header, the app hub header with its tabs, the guide's title,
 * description, author block, rating, award / favourite / share buttons, the Posted / Updated stats, the guide index, the
 * sections whose text is broken with `<br>`, the comment thread and the footer).
 */
const tTitle = 'Surviving Your First Winter (Beginner Guide)';
const tDesc = 'Everything I wish I had known before my colony froze in year one.';
const tHeads = ['Overview', 'Food Before Walls', 'Heating', 'Checklist'];
const tOver = [
  j(
    'Rustbarrow gives you about forty days before the first snow, and most new players spend them building walls. This',
    'guide is about what you should be doing instead, based on roughly 300 hours and a lot of frozen settlers.',
  ),
];
const tFood = [
  j(
    'Winter in Rustbarrow is not dangerous because of raiders. It is dangerous because crops stop growing on day 45 and the',
    'storage hut loses a tenth of its food every week if it is not insulated.',
  ),
  j(
    'Plant turnips in every free field until day 30; they grow in 12 days and keep for a whole season. Send two settlers to the',
    'smokehouse as soon as you have fish, because smoked fish does not spoil at all.',
  ),
  'A rough target is 25 meals per settler in storage when the first snow falls. Below 15, someone will starve in the thaw.',
];
const tHeat = [
  j(
    'Each cabin needs a stove and two logs a day. A common mistake is to build one large hall with a single fire: settlers will',
    'walk to it from the workshops and catch a chill on the way, which slows them down for the rest of the day.',
  ),
  'Put a woodpile next to every cabin and assign one settler only to chopping from day 25 onwards.',
  j(
    'Insulate the cabins before the storage hut if you have to choose. A cold settler works at half speed, and half speed in',
    'the woodcutter hut means the woodpiles run out, which is how most colonies actually freeze.',
  ),
];
const tCheck = [
  'At least 25 meals per settler in insulated storage',
  'A stove and a full woodpile beside every cabin',
  'Warm coats for anyone who works outdoors',
  'Walls last, and only on the river side where the wolves come from',
];
const tSuper = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'];
const tTabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
const tComments: readonly (readonly [string, string, string])[] = [
  ['Brannagh', 'Feb 3 @ 7:12am', 'The turnip tip saved my run. Had 31 meals each going into snow and nobody died.'],
  ['oakhollow', 'Feb 1 @ 11:40pm', 'Would add: research the root cellar early, it stops the weekly spoilage completely.'],
];
const tFoot = ['Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Refunds', 'Cookies'];
const sect = (id: number, title: string, paras: readonly string[]): string =>
  `<div class="subSection detailBox" id="${id}"><div class="subSectionTitle">${title}</div><div class="subSectionDesc">${paras.join('<br><br>')}</div></div>`;
const tHtml = `<!DOCTYPE html>
<html class="responsive" lang="en"><head><meta charset="utf-8"><title>Steam Community :: Guide :: ${tTitle}</title>
<meta name="description" content="${tDesc}"><meta property="og:title" content="Steam Community :: Guide :: ${tTitle}">
<meta property="og:site_name" content="Steam Community"><link href="https://community.steamstatic.example/public/css/skin_1/workshop.css" rel="stylesheet">
<script>var g_sessionID = "a81f2c"; var g_steamID = false; g_rgAppContextData = {};</script>
<script type="text/javascript" src="https://community.steamstatic.example/public/javascript/sharedfiles_functions_logged_out.js"></script></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header"><div class="content"><div class="logo"><a href="https://store.steampowered.example/"></a></div>
<div class="supernav_container">${tSuper.map((t) => `<a class="menuitem" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div id="global_actions"><a class="global_action_link" href="/login">login</a> | <span class="pulldown global_action_link">language</span></div></div></div>
<div class="responsive_page_template_content"><div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop">
<div class="apphub_AppName ellipsis">Rustbarrow Colony</div><div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade" href="/app/2210450">
<span>Store Page</span></a></div></div>
<div class="apphub_sectionTabs">${tTabs
  .map(
    (t) => `<a class="apphub_sectionTab" href="/app/2210450/${t.toLowerCase()}"><span>${t}</span>
</a>`,
  )
  .join('')}</div></div>
<div class="guide_content"><div class="guideTop"><div class="workshopItemTitle">${tTitle}</div>
<div class="ratingSection"><span class="numRatings">1,912 ratings</span></div>
<div class="guideTopContent"><div class="guideTopDescription">${tDesc}</div>
<div class="guideAuthors"><div class="friendBlock"><div class="friendBlockContent">Wintermarch<br><span class="friendSmallText">Offline</span></div></div></div>
<div class="workshopItemControls"><span class="general_btn">Award</span><span class="general_btn">Favorite</span><span class="general_btn">Share</span></div>
<div class="detailsStatsContainerLeft"><div class="detailsStatLeft">Posted</div><div class="detailsStatLeft">Updated</div></div>
<div class="detailsStatsContainerRight"><div class="detailsStatRight">Jan 18 @ 9:02pm</div><div class="detailsStatRight">Feb 1 @ 3:45pm</div></div></div></div>
<div class="guideIndex"><div class="guideIndexTitle">Guide Index</div>${tHeads.map((h) => `<div class="subSectionTitle"><a href="#">${h}</a></div>`).join('')}
<div class="subSectionTitle"><a href="#">Comments</a></div></div>
<div class="guide subSections">${sect(1, tHeads[0] ?? '', tOver)}
${sect(2, tHeads[1] ?? '', tFood)}
${sect(3, tHeads[2] ?? '', tHeat)}
<div class="subSection detailBox" id="4"><div class="subSectionTitle">${tHeads[3] ?? ''}</div><div class="subSectionDesc"><ul class="bb_ul">
${tCheck.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div></div>
<div class="commentthread_area"><div class="commentthread_header"><div class="commentthread_count">
<span class="commentthread_count_label">2 Comments</span></div></div>
${tComments
  .map(
    ([
      a,
      d,
      t,
    ]) => `<div class="commentthread_comment responsive_body_text"><div class="commentthread_comment_content"><div class="commentthread_comment_author">
<a class="hoverunderline commentthread_author_link" href="/id/${a}"><bdi>${a}</bdi></a> <span class="commentthread_comment_timestamp">${d}</span></div>
<div class="commentthread_comment_text">${t}</div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div id="footer"><div class="footer_content"><div id="footer_text">© Valve Corporation. All rights reserved. All trademarks are property of their respective
owners in the US and other countries.</div><div class="valve_links">${tFoot.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' | ')}</div></div></div>
</div></div></body></html>`;
export const steamGuide: TestPage = {
  name: 'heldout376-steam-community-guide-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tDesc, ...tOver, ...tFood, ...tHeat, ...tCheck]),
  bylines: ['Wintermarch', 'Posted', 'Updated', 'Jan 18 @ 9:02pm', 'Feb 1 @ 3:45pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSuper, 'login', 'language', 'Rustbarrow Colony', 'Store Page', ...tTabs, '1,912 ratings', 'Offline', 'Award', 'Favorite', 'Share', 'Guide Index',
    'Comments', '2 Comments',
    ...tComments.flat(), '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
    ...tFoot,
  ],
};
