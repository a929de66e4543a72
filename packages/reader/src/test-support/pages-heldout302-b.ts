import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout302-kit.js';

/**
 * Held-out batch 302, file b: a Steam community announcement for a game (global header with the store menu, the app hub
 * header, the event's title in a div rather than an h1, "Posted by" byline, rate-up bar, comment thread, the "More news"
 * rail and the Valve footer), and an esports match report on a Liquipedia-style MediaWiki (the match infobox, the
 * table of contents, the games table, navboxes, categories and the wiki footer).
 */
const sTitle = 'Hearthwood Devlog #14: Winter Festival, Co-op Saves and a Roadmap';
const sHeads = ['Winter Festival', 'Co-op saves', 'What comes next'];
const sIntro = [
  j(
    'Hello farmers! It has been a busy month at Tallgrass Games, and we have three things to share today: the Winter Festival event,',
    'the long-awaited fix for co-op saves, and a rough look at what we are building for the spring.',
  ),
];
const sFest = [
  j(
    'From December 18 to January 6 the village square in Hearthwood will be covered in snow. Mayor Tibble is organising a lantern',
    'walk, the river freezes over for ice fishing, and the general store stocks a set of festival recipes you can only cook during',
    'the event.',
  ),
  'New during the festival:',
];
const sFestList = [
  'Ice fishing with eight new winter fish, including the legendary Glass Pike',
  'Six festival recipes and a cocoa stand for your own farm',
  'Knitted outfits for every villager, unlocked through the gift exchange',
];
const sCoop = [
  j(
    "Many of you told us that co-op saves sometimes lost the guest player's inventory after a crash. We tracked it down to the way the",
    'host wrote the save while a guest was still changing scenes. Saves are now written only when every player is in a stable state,',
    'and the game keeps the last three saves per farm so that a bad one can be rolled back from the title screen.',
  ),
  j('If you lost items before this patch, write to our support address with your farm name and we will do our best to restore them', 'by hand.'),
];
const sNext = [
  j(
    'Spring is all about the coast. We are building a fishing village to the east of Hearthwood with its own shops, a boat you can',
    'repair, and two new marriage candidates. We do not have a date yet, but we will share more in the next devlog.',
  ),
  j(
    'We also want to be honest about timing. The coast is the biggest thing we have built since launch, and the four of us would rather',
    'ship it late than ship it broken. Until then, expect smaller patches every few weeks with fixes and quality-of-life changes,',
    'starting with a sort button for chests that many of you have asked for.',
  ),
  'Thank you for playing, and happy festival season! — Marit and the Tallgrass team',
];
const sMore = ['Hearthwood 1.3.1 Hotfix', 'Hearthwood Devlog #13: Bees!', 'Hearthwood is 30% off in the Autumn Sale'];
const sCom = [
  ['Plumwhistle', 'Dec 15 @ 7:12pm', 'The co-op save fix is the best news this year. We lost a whole season of strawberries to that bug.'],
  ['oak_and_ash', 'Dec 15 @ 8:40pm', 'Glass Pike better not be as hard to catch as the autumn legendary.'],
];
const sNav = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'];
const sHub = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Workshop', 'News', 'Guides', 'Reviews'];
const sHtml = `<!DOCTYPE html><html class="responsive" lang="en"><head><meta charset="utf-8"><title>Steam Community :: Hearthwood :: Events</title>
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="Winter Festival, co-op saves and a roadmap.">
<meta name="twitter:card" content="summary_large_image"><link href="https://community.cloudflare.steamstatic.example/public/css/globalv2.css" rel="stylesheet">
<script type="text/javascript">var g_sessionID = "9a2e1f0c";var g_steamID = false;</script>
<script type="text/javascript">$J(function(){ InitMiniprofileHovers(); });</script></head>
<body class="flat_page responsive_page"><div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header"><div class="content"><div class="logo"><a href="https://store.steampowered.example/"><img src="/logo_steam.svg" alt="Link to the Steam
Homepage"></a></div>
<div class="supernav_container">${sNav.map((t) => `<a class="menuitem supernav" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div id="global_actions"><a class="global_action_link" href="/login">login</a> | <a class="global_action_link" href="/language">language</a></div></div></div>
<div class="responsive_page_template_content"><div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop">
<div class="apphub_AppName ellipsis">Hearthwood</div>
<a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.example/app/2290110"><span>Store Page</span></a></div>
<div class="apphub_sectionTabs">${sHub.map((t) => `<a class="apphub_sectionTab" href="#${t.toLowerCase()}"><span>${t}</span></a>`).join('')}</div></div>
<div class="partnereventwebrowembed_EventDetailsPage_2Gz4j"><div class="eventbbcodeparser_EventTitle_3aK1p">${sTitle}</div>
<div class="partnereventshared_EventAuthor_1wC6m">Posted by <a href="/id/tallgrassgames">Tallgrass Games</a></div>
<div class="partnereventshared_EventDate_2r2iB">Mon, December 15, 2026</div>
<div class="eventbbcodeparser_EventBody_1wXbq"><div class="bb_h1"></div>${ps(sIntro)}
<h2 class="bb_h2">${sHeads[0]}</h2>${ps(sFest)}<ul class="bb_ul">${lis(sFestList)}</ul>
<img class="bb_img" src="https://clan.cloudflare.steamstatic.example/images/winter.gif" alt="">
<h2 class="bb_h2">${sHeads[1]}</h2>${ps(sCoop)}
<h2 class="bb_h2">${sHeads[2]}</h2>${ps(sNext)}
<p class="bb_link_wrap"><a class="bb_link" href="https://store.steampowered.example/app/2290110">Wishlist the Coastline expansion on Steam</a></p></div>
<div class="partnereventshared_RateUp_3lMdV"><button>Rate up</button><span>1,482</span><button>Rate down</button><button>Share</button></div>
<div class="commentthread_area"><div class="commentthread_header"><span class="commentthread_count_label">Comments</span><span>58</span></div>
${sCom
  .map(
    ([
      u,
      d,
      t,
    ]) => `<div class="commentthread_comment responsive_body_text"><div class="commentthread_comment_content"><div class="commentthread_comment_author">
<a class="hoverunderline commentthread_author_link" href="/id/${u}"><bdi>${u}</bdi></a><span class="commentthread_comment_timestamp">${d}</span></div>
<div class="commentthread_comment_text">${t}</div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="apphub_MoreNews"><div class="rightcol_title">More news from Hearthwood</div><ul>${links(sMore, 'news_item')}</ul>
<a class="view_all" href="/news">View all news</a></div></div></div>
<div id="footer" class="small_footer"><div class="footer_content"><div id="footer_logo"><img src="/footerLogo_valve.png" alt="Valve Logo"></div>
<div id="footer_text"><div>© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other
countries.</div>
<div><a href="/privacy">Privacy Policy</a> | <a href="/legal">Legal</a> | <a href="/subscriber_agreement">Steam Subscriber Agreement</a> | <a
href="/cookies">Cookies</a></div></div></div></div></div>
<div id="cookiePrefPopup" class="cookiepreferences_popup"><div class="cookiepreferences_desc">We use cookies to improve your experience on our website.</div>
<div class="cookiepreferences_buttons"><div class="btn_green_steamui" id="acceptAllButton"><span>Accept All</span></div>
<div class="btn_grey_steamui" id="rejectAllButton"><span>Reject All</span></div></div></div></body></html>`;
const steam: TestPage = {
  name: 'heldout302-steam-announcement-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sFest, ...sFestList, ...sCoop, ...sNext]),
  bylines: ['Posted by Tallgrass Games', 'Mon, December 15, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'login', 'language', 'Store Page', ...sHub, 'Wishlist the Coastline expansion on Steam', 'Rate up', '1,482', 'Rate down', 'Share', 'Comments',
    ...sCom.flat(), 'More news from Hearthwood', ...sMore, 'View all news', 'Privacy Policy', 'Legal', 'Steam Subscriber Agreement', 'Cookies',
    '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
    'We use cookies to improve your experience on our website.', 'Accept All', 'Reject All',
  ],
};

const lTitle = 'Skyrift Continental League/2026/Spring/Grand Final';
const lHeads = ['Overview', 'Road to the final', 'Match summary', 'Aftermath'];
const lOver = [
  j(
    'The <b>Grand Final</b> of the <a href="/skyrift/Skyrift_Continental_League/2026/Spring">Skyrift Continental League 2026 Spring</a>',
    'was played on May 17, 2026 at the Harbour Arena in Kessling between <a href="/skyrift/Northwind_Vanguard">Northwind Vanguard</a>',
    'and <a href="/skyrift/Crimson_Tidewater">Crimson Tidewater</a>. Northwind Vanguard won the best-of-seven series 4–2 to claim their',
    'second league title and the first seed for the Skyrift World Invitational.',
  ),
];
const lRoad = [
  j(
    'Northwind Vanguard finished the regular season first with a record of 15–3 and reached the final through the upper bracket,',
    'beating Ashgrove Lynx 3–1 and Crimson Tidewater 3–2. Crimson Tidewater dropped into the lower bracket after that loss and',
    'returned through a 3–0 win over Ashgrove Lynx in the lower bracket final.',
  ),
];
const lSum = [
  j(
    'Crimson Tidewater took the opening game on Glassmere behind an aggressive early rotation from their captain Rook, who finished',
    'with eleven eliminations. Northwind answered on Cinder Steps and Saltgrave, where their support player Kestrel repeatedly',
    'denied objective captures with well-timed shields.',
  ),
  j(
    "Game four went to overtime. With the score tied, Tidewater's Mirelle secured the final capture with two seconds left to level",
    'the series at 2–2. The last two games were far less close: Northwind controlled the map pool picks and won both in under',
    'eighteen minutes, with Kestrel named the most valuable player of the final.',
  ),
];
const lGames = [
  ['1', 'Glassmere', 'Crimson Tidewater', '22:41'],
  ['2', 'Cinder Steps', 'Northwind Vanguard', '19:05'],
  ['3', 'Saltgrave', 'Northwind Vanguard', '24:17'],
  ['4', 'Lantern Quay', 'Crimson Tidewater', '31:52'],
  ['5', 'Hollowmere', 'Northwind Vanguard', '17:33'],
  ['6', 'Glassmere', 'Northwind Vanguard', '16:48'],
];
const lAfter = [
  j(
    'The win qualified Northwind Vanguard for the Skyrift World Invitational as the first seed of the continental region. Crimson',
    'Tidewater qualified as the second seed. Coach Halvard Brenn announced after the final that Northwind would keep its roster',
    'unchanged for the summer split.',
  ),
  j(
    'The final drew a peak of 412,000 concurrent viewers across official broadcasts, a record for the league. It was also the last',
    "match for Crimson Tidewater's Rook, who announced his retirement from competitive play the following week after six seasons",
    'with the team.',
  ),
];
const lNav = ['Main Page', 'Tournaments', 'Teams', 'Players', 'Transfers', 'Matches', 'Statistics'];
const lTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const lNavbox = ['Spring Split', 'Summer Series', 'Autumn Cup', 'Winter Showdown', 'Invitational Qualifier'];
const lFoot = ['Privacy policy', 'About Liquipedia', 'Disclaimers', 'Contact'];
const row = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const lHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${lTitle} - Liquipedia Skyrift Wiki</title>
<meta name="generator" content="MediaWiki 1.39.7"><meta name="description" content="Grand Final of the Skyrift Continental League 2026 Spring.">
<meta property="og:title" content="${lTitle}"><link rel="canonical"
href="https://liquipedia.example/skyrift/Skyrift_Continental_League/2026/Spring/Grand_Final">
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Skyrift_Continental_League/2026/Spring/Grand_Final",
"wgNamespaceNumber":0};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["ext.brackets","ext.teamcard"]);});</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Skyrift_Continental_League_2026_Spring_Grand_Final skin-lakesideview">
<div class="navbar navbar-default navbar-fixed-top" id="slide-nav"><div class="navbar-header"><a class="navbar-brand" href="/skyrift/Main_Page">Liquipedia
Skyrift</a></div>
<ul class="nav navbar-nav">${links(lNav, 'dropdown')}</ul><form class="navbar-form" id="searchform"><input type="search" placeholder="Search Liquipedia"></form>
<ul class="nav navbar-nav navbar-right"><li><a href="/login">Log in</a></li></ul></div>
<div id="sidebar-toc-column"></div><div class="container-fluid" id="main-content-column"><div class="row"><div class="col-md-12" id="main-content">
<div class="bs-callout bs-callout-info" id="siteNotice"><p>Support Liquipedia by creating an account and helping us edit.</p></div>
<h1 id="firstHeading" class="firstHeading" lang="en"><span dir="auto">${lTitle}</span></h1>
<div id="bodyContent" class="mw-body-content"><div id="contentSub"><span class="subpages">&lt; <a href="/skyrift/Skyrift_Continental_League">Skyrift
Continental League</a> | <a href="/skyrift/Skyrift_Continental_League/2026">2026</a> | <a href="/skyrift/Skyrift_Continental_League/2026/Spring">Spring</a>
</span></div>
<div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
<div class="fo-nttax-infobox-wrapper infobox-skyrift"><div class="fo-nttax-infobox"><div>
<div class="infobox-header wiki-backgroundcolor-light">Grand Final</div></div>
<div><div class="infobox-cell-2 infobox-description">Date:</div><div class="infobox-cell-2">May 17, 2026</div></div>
<div><div class="infobox-cell-2 infobox-description">Venue:</div><div class="infobox-cell-2">Harbour Arena, Kessling</div></div>
<div><div class="infobox-cell-2 infobox-description">Format:</div><div class="infobox-cell-2">Best of seven</div></div>
<div><div class="infobox-cell-2 infobox-description">Prize:</div><div class="infobox-cell-2">$120,000</div></div></div></div>
<div class="brkts-popup brkts-match-info-popup"><div class="brkts-popup-header-dev"><span class="name">Northwind Vanguard</span>
<span class="brkts-popup-header-score">4 : 2</span><span class="name">Crimson Tidewater</span></div></div>
<h2><span class="mw-headline" id="Overview">${lHeads[0]}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="?action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div>
<ul><li class="toclevel-1"><a href="#Overview"><span class="tocnumber">1</span> <span class="toctext">${lHeads[0]}</span></a></li>
<li class="toclevel-1"><a href="#Road"><span class="tocnumber">2</span> <span class="toctext">${lHeads[1]}</span></a></li>
<li class="toclevel-1"><a href="#Summary"><span class="tocnumber">3</span> <span class="toctext">${lHeads[2]}</span></a></li>
<li class="toclevel-1"><a href="#Aftermath"><span class="tocnumber">4</span> <span class="toctext">${lHeads[3]}</span></a></li></ul></div>
${ps(lOver)}
<h2><span class="mw-headline" id="Road">${lHeads[1]}</span></h2>${ps(lRoad)}
<h2><span class="mw-headline" id="Summary">${lHeads[2]}</span></h2>${ps(lSum)}
<table class="wikitable wikitable-striped"><tbody><tr><th>Game</th><th>Map</th><th>Winner</th><th>Length</th></tr>
${lGames.map(row).join('\n')}</tbody></table>
<h2><span class="mw-headline" id="Aftermath">${lHeads[3]}</span></h2>${ps(lAfter)}
<div class="navbox"><table class="nowraplinks"><tbody><tr><th class="navbox-title">Continental League seasons</th></tr>
<tr><td class="navbox-list"><div class="hlist"><ul>${links(lNavbox)}</ul></div></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/skyrift/Special:Categories">Categories</a>: <ul>
<li><a href="/skyrift/Category:Matches">Matches</a></li><li><a href="/skyrift/Category:Grand_Finals">Grand Finals</a></li></ul></div></div>
<div class="printfooter">Retrieved from "https://liquipedia.example/skyrift/index.php?title=Skyrift_Continental_League/2026/Spring/Grand_Final"</div>
</div></div></div></div>
<div id="sidebar-tools"><h3>Tools</h3><ul>${links(lTools)}</ul></div>
<footer id="footer" class="footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 19 May 2026, at 08:14.</li>
<li id="footer-info-copyright">Content is available under CC-BY-SA 3.0 unless otherwise noted.</li></ul><ul id="footer-places">${links(lFoot)}</ul></footer>
</body></html>`;
const liquipedia: TestPage = {
  name: 'heldout302-liquipedia-match-wiki',
  kind: 'wiki',
  html: lHtml,
  title: lTitle,
  headings: lHeads,
  body: texts([...lOver, ...lRoad, ...lSum, ...lGames.flat(), ...lAfter]),
  bylines: ['This page was last edited on 19 May 2026, at 08:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Liquipedia Skyrift', ...lNav, 'Log in', 'Support Liquipedia by creating an account and helping us edit.', 'Date:', 'Venue:',
    'Harbour Arena, Kessling', 'Format:', 'Best of seven', 'Prize:', '$120,000', '4 : 2', 'edit', 'Contents', 'Continental League seasons', ...lNavbox,
    'Categories', 'Matches', 'Grand Finals',
    'Retrieved from "https://liquipedia.example/skyrift/index.php?title=Skyrift_Continental_League/2026/Spring/Grand_Final"',
    'Tools', ...lTools, 'Content is available under CC-BY-SA 3.0 unless otherwise noted.', ...lFoot,
  ],
};

export const HELDOUT302_B: readonly TestPage[] = [steam, liquipedia];
