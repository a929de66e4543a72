import { links, type TestPage, texts } from './page-kit.js';
import { itchGame } from './pages-heldout177-e2.js';

/**
 * Held-out batch 177, file e: a Steam store game page as a signed-out visitor saves it (the global header with STORE /
 * COMMUNITY / ABOUT / SUPPORT, "Install Steam", "login" and "language", the store nav, the breadcrumb, the game name in a
 * div (not a heading), the glance box with the short description, reviews, release date, developer, publisher and tags,
 * the "Buy ..." h1 of the purchase box, the "About This Game" description with its h2s and list, the system requirements,
 * the right-column feature list, languages table and "Is this game relevant to you?", customer reviews, "More like this",
 * and the Valve footer) and, from file e2, an itch.io game page.
 */
const stName = 'Lanternkeep';
const stSnippet =
  'Keep a lighthouse burning through one long winter on a storm-cut island. Trade with passing ships, mend the lamp, ' + 'and decide who you let ashore.';
const stH = ['A winter on the rock', 'Mend, trade, survive', 'Who comes ashore', 'Features'];
const stIntro = [
  'The last keeper left in autumn and nobody has come to replace him. You arrive on Greyholm with a crate of oil, a ledger, and ' +
    'a lamp that has to burn every night until spring. Lanternkeep is a slow, atmospheric survival and management game about ' +
    'keeping a light alive and a small community afloat.',
];
const stWinter = [
  'Each in-game day is split between the short grey daylight and the long night watch. By day you gather driftwood, fish from ' +
    'the rocks, repair storm damage and tend a small garden in the lee of the tower. By night you trim the wick, wind the ' +
    'clockwork that turns the lens, and watch the sea for ships in trouble.',
];
const stMend = [
  'Every part of the lighthouse wears out: the lens cracks in the cold, the oil tank leaks, the stairs rot. Passing ships will ' +
    'trade tools, food and parts for fish, salvage and the news you have heard on the radio. Run out of oil and the light goes ' +
    'dark, and a dark lighthouse has consequences for everyone at sea.',
];
const stShore = [
  'Castaways, smugglers and a lost survey team all wash up on Greyholm over the winter. Each one brings skills, stories and ' +
    'another mouth to feed. Letting them stay makes the island stronger and the food stores thinner, and not everyone who asks ' +
    'for shelter is telling the truth.',
];
const stFeat = [
  'A handcrafted island that changes with the weather, tides and seasons',
  'Over forty visitors with their own stories and secrets',
  'A lighthouse you repair and upgrade piece by piece, from the foghorn to the lens',
  'Dynamic storms that reshape the coast and drive ships onto the rocks',
  'Three endings shaped by who you saved and who you turned away',
  'An original score recorded with a folk string quartet',
];
const stGlobal = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT', 'Install Steam', 'login', 'language'];
const stStore = ['Your Store', 'New & Noteworthy', 'Categories', 'Points Shop', 'News', 'Labs'];
const stCrumbs = ['All Games', 'Simulation Games', 'Lanternkeep'];
const stTags = ['Survival', 'Management', 'Atmospheric', 'Singleplayer', 'Pixel Graphics', 'Relaxing', '+'];
const stCats = ['Single-player', 'Steam Achievements', 'Full controller support', 'Steam Cloud', 'Family Sharing'];
const stReviews = [
  ['Recommended', '31.4 hrs on record', 'Posted: 22 March', 'Quietly the best thing I played this year. The night watches are hypnotic.'],
  ['Recommended', '12.9 hrs on record', 'Posted: 3 April', 'Hard in the first winter, generous once you learn the tides. Lovely music.'],
];
const stMore = ['Tidewater Inn', 'Northlight Ferry', 'The Quiet Acre'];
const stFoot = ['About Valve', 'Jobs', 'Steamworks', 'Steam Distribution', 'Support', 'Gift Cards', 'Steam', '@steam'];
const stLegal = '© 2025 Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.';
const stReq = [
  'OS: Windows 10 64-bit',
  'Processor: Intel Core i5-4460 or AMD FX-6300',
  'Memory: 8 GB RAM',
  'Graphics: GeForce GTX 960, 2 GB',
  'Storage: 3 GB available space',
];
const stP = (a: readonly string[]): string => a.map((p) => `${p}<br><br>`).join('');
const stHtml = `<!DOCTYPE html>
<html class="responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Lanternkeep on Steam</title><meta name="Description" content="${stSnippet}">
<meta property="og:title" content="Lanternkeep on Steam"><meta property="og:type" content="website"><meta property="og:site_name" content="Steam">
<link rel="canonical" href="https://store.steampowered.com/app/2874410/Lanternkeep/">
<link href="https://store.akamai.steamstatic.example/public/shared/css/motiva_sans.css?v=-yZgCk0sSj" rel="stylesheet" type="text/css">
<script type="text/javascript" src="https://store.akamai.steamstatic.example/public/shared/javascript/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var g_AccountID = 0; GStoreItemData.AddStoreItemDataSet({"rgApps":{"2874410":{"name":"Lanternkeep"}}});</script></head>
<body class="v6 app game_bg menu_background_overlap application widestore v7menu responsive_page">
<div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}">
<div class="content"><div class="logo"><span id="logo_holder"><a href="https://store.steampowered.com/" aria-label="Link to the Steam Homepage">
<img src="https://store.akamai.steamstatic.example/public/shared/images/header/logo_steam.svg" width="176" height="44" alt="Link to the Steam Homepage">
</a></span></div><div class="supernav_container" role="navigation" aria-label="Global Menu">
${stGlobal
  .slice(0, 4)
  .map((t) => `<a class="menuitem supernav" href="https://store.steampowered.com/${t.toLowerCase()}/">${t}</a>`)
  .join('\n')}</div>
<div id="global_actions"><div role="navigation" id="global_action_menu" aria-label="Account Menu"><a class="header_installsteam_btn" href="/about/">
<div class="header_installsteam_btn_content">${stGlobal[4]}</div></a><a class="global_action_link" href="/login/">${stGlobal[5]}</a> &nbsp;|&nbsp;
<span class="pulldown global_action_link" id="language_pulldown">${stGlobal[6]}</span></div></div></div></div>
<div role="main" class="responsive_page_template_content" id="responsive_page_template_content">
<div id="store_header" role="navigation" aria-label="Store Menu"><div class="store_nav_area"><div class="store_nav">
${stStore.map((t) => `<div class="tab"><a class="pulldown_desktop" href="/${t.length}">${t.replace('&', '&amp;')}</a></div>`).join('\n')}
<div class="search_area"><input id="store_nav_search_term" placeholder="search" aria-label="search"></div></div></div></div>
<div class="game_page_background game" data-miniprofile-appid="2874410"><div class="page_content_ctn"><div class="page_title_area game_title_area page_content">
<div class="breadcrumbs"><div class="blockbg">${stCrumbs.map((t, i) => `<a href="/c/${i}">${t}</a>`).join(' &gt; ')}</div></div>
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderStandardTop"><div id="appHubAppName" class="apphub_AppName">${stName}</div>
<a href="https://steamcommunity.com/app/2874410"><div class="apphub_OtherSiteInfo"><span>Community Hub</span></div></a></div></div></div>
<div class="page_content_ctn"><div class="block"><div class="game_background_glow"><div class="block_content page_content" id="game_highlights">
<div class="rightcol"><div class="glance_ctn"><div class="game_header_image_ctn">
<img class="game_header_image_full" alt="" src="https://shared.steamstatic.example/h.jpg">
</div><div class="game_description_snippet">${stSnippet}</div><div class="glance_ctn_responsive_left"><div id="userReviews" class="user_reviews">
<div class="user_reviews_summary_row"><div class="subtitle column all">All Reviews:</div><div class="summary column"><span class="game_review_summary positive">
Very Positive</span><span class="responsive_hidden">(2,341)</span></div></div></div>
<div class="release_date"><div class="subtitle column">Release Date:</div><div class="date">14 Mar, 2025</div></div>
<div class="dev_row"><div class="subtitle column">Developer:</div><div class="summary column" id="developers_list">
<a href="/developer/quietterngames">Quiet Tern
Games</a></div></div><div class="dev_row"><div class="subtitle column">Publisher:</div><div class="summary column"><a href="/publisher/saltmarsh">Saltmarsh
Interactive</a></div></div></div><div class="glance_tags_ctn popular_tags_ctn"><div class="glance_tags_label">Popular user-defined tags for this product:</div>
<div class="glance_tags popular_tags">${stTags.map((t) => `<a class="app_tag" href="/tags/${t.length}">${t}</a>`).join('')}</div></div></div></div></div>
</div></div>
<div class="page_content"><div class="leftcol game_description_column"><div id="game_area_purchase" class="game_area_purchase">
<div class="game_area_purchase_game_wrapper"><div class="game_area_purchase_game"><h1>Buy Lanternkeep</h1><div class="game_purchase_action">
<div class="game_purchase_price price">$19.99</div><div class="btn_addtocart"><a class="btn_green_steamui btn_medium" href="#"><span>Add to Cart</span></a>
</div>
</div></div></div></div><div id="aboutThisGame"><div id="game_area_description" class="game_area_description"><h2>About This Game</h2>
${stP(stIntro)}<h2 class="bb_tag">${stH[0]}</h2>${stP(stWinter)}<h2 class="bb_tag">${stH[1]}</h2>${stP(stMend)}<h2 class="bb_tag">${stH[2]}</h2>
${stP(stShore)}<h2 class="bb_tag">${stH[3]}</h2><ul class="bb_ul">${stFeat.map((t) => `<li>${t}<br></li>`).join('')}</ul></div></div>
<div class="game_page_autocollapse sys_req"><h2>System Requirements</h2><div class="game_area_sys_req_leftCol"><ul><strong>MINIMUM:</strong><br>
<ul class="bb_ul">${stReq.map((t) => `<li>${t}<br></li>`).join('')}</ul></ul></div></div>
<div id="app_reviews_hash" class="app_reviews_area"><h2>Customer reviews for Lanternkeep</h2>
${stReviews
  .map(
    (r) => `<div class="review_box"><div class="title">${r[0]}</div><div class="hours">${r[1]}</div><div class="postedDate">${r[2]}</div>
<div class="content">${r[3]}</div></div>`,
  )
  .join('\n')}</div></div>
<div class="rightcol game_meta_data"><div class="responsive_apppage_details_right heading">Is this game relevant to you?</div>
<div class="block responsive_apppage_details_right recommendation_noinfo"><p>Sign in to see reasons why you may or may not like this based on your games,
friends, and curators you follow.</p><a class="btnv6_blue_hoverfade btn_medium" href="/login/"><span>Sign In</span></a></div>
<div id="category_block"><div class="game_area_features_list_ctn">${stCats
  .map(
    (t) => `<a class="game_area_details_specs_ctn" href="/search/">
<div class="label">${t}</div></a>`,
  )
  .join('')}
</div></div><div class="block_title">Languages:</div><table class="game_language_options"><tr><th></th><th>Interface</th><th>Full Audio</th><th>Subtitles</th>
</tr>
<tr><td class="ellipsis">English</td><td>✔</td><td>✔</td><td>✔</td></tr><tr><td class="ellipsis">German</td><td>✔</td><td></td><td>✔</td></tr></table>
<div class="block responsive_apppage_reviewblock"><h2>More like this</h2><ul>${links(stMore)}</ul></div></div></div></div></div>
<div id="footer"><div class="footer_content"><div class="rule"></div><div id="footer_logo_steam"><img alt="Valve Software" src="https://s.example/valve.png">
</div>
<div id="footer_text"><div>${stLegal}</div><div class="valve_links"><ul>${links(stFoot)}</ul></div></div></div></div>
</div></div></div><script type="text/javascript">GDynamicStore.Init(0, false, "", {"primary_language":null}, "US");</script></body></html>`;
const steam: TestPage = {
  html: stHtml,
  name: 'heldout177-steam-store-game',
  kind: 'blog',
  // the game name (a div, not a heading) is the title; the short description snippet and "About This Game" are the
  // article, the h2s inside it its headings ("About This Game" itself is furniture); the developer and release date are
  // bylines; system requirements are in neither list; the purchase box's h1 is furniture
  title: stName,
  headings: stH,
  body: texts([stSnippet, ...stIntro, ...stWinter, ...stMend, ...stShore, ...stFeat]),
  bylines: ['Quiet Tern Games', '14 Mar, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...stGlobal, ...stStore, ...stCrumbs.slice(0, 2), 'Community Hub', 'All Reviews:', 'Very Positive', '(2,341)',
    'Release Date:', 'Developer:', 'Publisher:', 'Saltmarsh Interactive', 'Popular user-defined tags for this product:', ...stTags, 'Buy Lanternkeep',
    '$19.99', 'Add to Cart', 'About This Game', 'System Requirements', 'Customer reviews for Lanternkeep', ...stReviews.flat(),
    'Is this game relevant to you?', 'Sign in to see reasons why you may or may not like this based on your games, friends, and curators you follow.',
    'Sign In', ...stCats, 'Languages:', 'Interface', 'Full Audio', 'Subtitles', 'English', 'German', 'More like this', ...stMore, stLegal, ...stFoot,
  ],
};

export const HELDOUT177_E: readonly TestPage[] = [steam, itchGame];
