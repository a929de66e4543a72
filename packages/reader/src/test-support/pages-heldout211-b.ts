import { type TestPage, texts } from './page-kit.js';
import { nexusMod } from './pages-heldout211-b2.js';

/**
 * Held-out batch 211, file b: a Steam Community guide as a signed-out visitor saves it (the global header with the supernav,
 * "Install Steam", "login" and "language", the app hub header and its tabs, the guide title, description, rating and
 * "By" author line, the "Award", "Favorite" and "Share" controls, the stats box with visitors, favourites and the posted and
 * updated dates, the "Guide Index" that repeats the section titles, the sections as subSection boxes whose text runs with
 * <br> line breaks, the comment thread with its sign-in prompt and the Valve footer) and, from file b2, a Nexus Mods mod page.
 */
const stTitle = 'Saltmarch: Fishing, Smoking and Never Starving Again (Beginner Guide)';
const stDesc = 'Everything I wish I had known about food in my first three winters: rods, nets, the smokehouse and the eel traps.';
const stS1 = 'Overview';
const stP1 = [
  'Food is the thing that kills most new players in Saltmarch, and almost all of them die in the first winter. The marsh looks ' +
    'like it is full of things to eat, and in summer it is, but by the first frost the berries are gone and the birds have flown.',
  'This guide covers the fishing loop from your first bent-nail rod to a full smokehouse, with the numbers I have tested in ' +
    'version 0.9.3. It assumes you have finished the tutorial island and built a shelter.',
];
const stS2 = 'Rods and Bait';
const stP2 = [
  'Your first rod is crafted from 2 willow poles, 1 gut string and a bent nail. It breaks after about 30 catches, so carry a spare ' +
    'set of materials. The better ash rod needs a workbench and lasts roughly three times as long.',
  'Bait matters more than the rod. In my testing:',
];
const stL2 = [
  'Worms (dig in mud with the trowel) catch perch and roach, good for early game.',
  'Crab meat catches bass and the occasional flounder on the tidal flats.',
  'Fish guts from cleaning your catch attract eels at night, which are the best food in the game.',
  'No bait at all still works, but bites come roughly half as often.',
];
const stS3 = 'The Smokehouse';
const stP3 = [
  'Raw fish spoils in two days. Cooked fish lasts four. Smoked fish lasts until spring, which is why the smokehouse is the single ' +
    'most important building for your first winter. It unlocks once you have built the drying rack and learned Preservation I.',
  'Each smokehouse holds 12 fish and needs 1 green wood per 3 fish. Dry wood burns too hot and you get charred fish, which only ' +
    'restores half the hunger. Cut green wood from living alders and use it the same day.',
  'Smoking takes a full in-game day. Do not open the door while it is running, because that resets the timer. I lost a whole ' +
    'batch this way before I worked out what was happening.',
];
const stS4 = 'Eel Traps (the Endgame of Fishing)';
const stP4 = [
  'Once you reach the old sluice gates, you can build willow eel traps. Place them in channels where the water is moving, not in ' +
    'still pools, and bait them with fish guts. Check them every morning.',
  'Two traps and one smokehouse kept my group of four fed through a whole winter with food to spare. That is the setup I would ' +
    'aim for before the first frost on day 40.',
  'If you have questions, leave a comment and I will try to answer. Good luck out there on the marsh.',
];
const stSupernav = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'];
const stTabs = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'News', 'Guides', 'Reviews'];
const stComments = [
  { name: 'marsh_goblin', time: '3 Oct @ 11:02am', text: 'The green wood tip saved my run. I had been burning everything I smoked.' },
  { name: 'Pike & Pint', time: '29 Sep @ 6:47pm', text: 'Do the eel traps still work after the latest patch? Mine keep coming up empty.' },
  { name: 'Ottoline', time: '29 Sep @ 7:15pm', text: 'Yes, but they need moving water now. Still pools stopped working in 0.9.2.' },
];
const stFoot = ['Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Cookies'];
const stFootCopy = '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.';
const stSection = (id: string, title: string, inner: string): string => `<div class="subSection detailBox" id="${id}">
<div class="subSectionTitle">${title}</div><div class="subSectionDesc">${inner}</div></div>`;
const stBr = (a: readonly string[]): string => a.join('<br><br>');
const stHtml = `<!DOCTYPE html>
<html class="responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="#171a21">
<title>Steam Community :: Guide :: ${stTitle}</title><meta property="og:title" content="Steam Community :: Guide :: ${stTitle}">
<meta name="description" content="${stDesc}"><meta property="og:image" content="https://steamuserimages-a.akamaihd.example/ugc/8812/preview.jpg">
<link href="https://community.cloudflare.steamstatic.example/public/shared/css/shared_global.css?v=8Qk2" rel="stylesheet" type="text/css">
<script type="text/javascript" src="https://community.cloudflare.steamstatic.example/public/javascript/prototype-1.7.js?v=.55t44gwuwgvw"></script>
<script type="text/javascript">VALVE_PUBLIC_PATH = "https:\\/\\/community.cloudflare.steamstatic.example\\/public\\/";
$J( function() { InitGuideToc(); } );</script></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header"><div class="content"><div class="logo"><span id="logo_holder"><a href="https://store.steampowered.example/">
<img src="https://store.cloudflare.steamstatic.example/public/shared/images/header/logo_steam.svg" width="176" height="44" alt="Link to the Steam Homepage"></a>
</span></div><div class="supernav_container">${stSupernav.map((t) => `<a class="menuitem supernav" href="#${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div id="global_actions"><div id="global_action_menu"><a class="header_installsteam_btn header_installsteam_btn_green" href="/about/">
<div class="header_installsteam_btn_content">Install Steam</div></a>
<a class="global_action_link" href="https://steamcommunity.example/login/home/?goto=sharedfiles">login</a> &nbsp;|&nbsp;
<span class="pulldown global_action_link" id="language_pulldown">language</span></div></div></div></div>
<div class="responsive_page_template_content" id="responsive_page_template_content">
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_AppName ellipsis">Saltmarch</div>
<div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.example/app/2280410"><span>Store Page</span></a>
</div></div><div class="apphub_sectionTabs">${stTabs
  .map(
    (t) => `<a class="apphub_sectionTab"
href="#${t.toLowerCase()}"><span>${t}</span></a>`,
  )
  .join('')}</div></div>
<div class="rightDetailsBlock guideRightCol"><div class="workshopItemControls"><span class="general_btn tooltip" id="AwardItemBtn">Award</span>
<span class="general_btn favorite tooltip" id="FavoriteItemBtn"><div class="favoriteText"><div class="favoriteOption addfavorite selected">Favorite</div>
<div class="favoriteOption removefavorite">Unfavorite</div></div></span><span class="general_btn share tooltip" id="ShareItemBtn">Share</span></div>
<div class="detailsStatsContainerLeft"><div class="detailsStatLeft">5,318</div><div class="detailsStatLeft">421</div></div>
<div class="detailsStatsContainerRight"><div class="detailsStatRight">Unique Visitors</div><div class="detailsStatRight">Current Favorites</div></div>
<div class="detailsStatsContainerLeft"><div class="detailsStatLeft">Posted</div><div class="detailsStatLeft">Updated</div></div>
<div class="detailsStatsContainerRight"><div class="detailsStatRight">27 Sep @ 9:14pm</div><div class="detailsStatRight">4 Oct @ 8:30am</div></div>
<div class="guideTocHeader">Guide Index</div><div class="guideToc">
${[stS1, stS2, stS3, stS4, 'Comments'].map((t, i) => `<div class="guide_toc_item"><a href="#${i}">${t}</a></div>`).join('\n')}</div></div>
<div class="guide subSectionContainer"><div class="guideTop"><div class="workshopItemTitle">${stTitle}</div>
<div class="guideTopContent"><div class="guideTopDescription">${stDesc}</div>
<div class="ratingSection"><img src="https://community.cloudflare.steamstatic.example/public/images/sharedfiles/5-star_large.png">
<span class="numRatings">137 ratings</span></div><div class="guideAuthors">By <a href="https://steamcommunity.example/id/reedwarbler">Reed Warbler</a></div>
</div></div><div class="guideHeaderImage"><img src="https://steamuserimages-a.akamaihd.example/ugc/8812/header.jpg"></div>
${stSection('1', stS1, stBr(stP1))}
${stSection('2', stS2, `${stBr(stP2)}<ul class="bb_ul">${stL2.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${stSection('3', stS3, stBr(stP3))}
${stSection('4', stS4, stBr(stP4))}
</div>
<div class="commentthread_area" id="commentthread_Guide_area"><div class="commentthread_header"><div class="commentthread_count">
<span class="commentthread_count_label"><span id="commentthread_Guide_totalcount">3</span> Comments</span></div></div>
<div class="commentthread_comments">${stComments
  .map(
    (c) => `<div class="commentthread_comment responsive_body_text"><div class="commentthread_comment_content">
<div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link" href="#"><bdi>${c.name.replace(/&/g, '&amp;')}</bdi></a>
<span class="commentthread_comment_timestamp" title="Thursday">${c.time}</span></div>
<div class="commentthread_comment_text">${c.text}</div></div></div>`,
  )
  .join('\n')}</div>
<div class="commentthread_footer"><a href="https://steamcommunity.example/login/home/">Please sign in to add a comment</a></div></div>
</div>
<div id="footer"><div class="footer_content"><div id="footerLogo"><img src="https://community.cloudflare.steamstatic.example/footerLogo_valve.png"
alt="Valve Logo"></div>
<div id="footerText"><p>${stFootCopy}</p><p>Some geospatial data on this website is provided by geonames.org.</p>
<span class="valve_links">${stFoot.map((t) => `<a href="#${t.replace(/ /g, '')}">${t}</a>`).join(' &nbsp;|&nbsp; ')}</span></div></div></div>
</div></div></body></html>`;
const steamGuide: TestPage = {
  html: stHtml,
  name: 'heldout211-steam-community-guide',
  kind: 'docs',
  // the guide description is body; the section titles (subSectionTitle) are the headings; the "Guide Index" repeats them and
  // is left out; comments on a guide are furniture; the posted and updated dates and "By Reed Warbler" are bylines
  title: stTitle,
  headings: [stS1, stS2, stS3, stS4],
  body: texts([stDesc, ...stP1, ...stP2, ...stL2, ...stP3, ...stP4]),
  bylines: ['By Reed Warbler', '27 Sep @ 9:14pm', '4 Oct @ 8:30am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...stSupernav, 'Install Steam', 'login', 'language', 'Saltmarch', 'Store Page', ...stTabs, 'Award', 'Favorite',
    'Unfavorite', 'Share', '5,318', '421', 'Unique Visitors', 'Current Favorites', 'Posted', 'Updated', 'Guide Index', '137 ratings',
    '3 Comments', ...stComments.flatMap((c) => [c.name, c.time, c.text]), 'Please sign in to add a comment', stFootCopy,
    'Some geospatial data on this website is provided by geonames.org.', ...stFoot,
  ],
};

export const HELDOUT211_B: readonly TestPage[] = [steamGuide, nexusMod];
