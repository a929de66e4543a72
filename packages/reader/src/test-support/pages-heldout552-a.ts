import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, tidy, trs } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file a: a snooker hall's membership and table rates page built with Wix (Thunderbolt viewer markup, rich
 * text elements, Wix consent banner), and a darts league's winter fixtures page on WordPress with GeneratePress and TablePress.
 */
const gTitle = 'Membership & Table Rates';
const gDek = 'Play by the hour or join as a member and save on every frame. All prices include VAT.';
const gRates = [
  'Snooker table (12 ft), before 5pm: £7.50 per hour',
  'Snooker table (12 ft), after 5pm and weekends: £9.00 per hour',
  'Pool table (7 ft, UK rules): £1.20 per game or £6.00 per hour',
  'Private match room with its own table and bar service: £15.00 per hour',
];
const gMember = [
  j(
    'Membership runs for twelve months from the day you join. Members pay £2.00 an hour less on every snooker table,',
    'can book up to seven days ahead online and get free entry to our monthly handicap tournaments.',
  ),
  'Adult membership is £45 a year. Juniors under 16 and players over 65 pay £25. A family membership for two adults and up to three juniors is £95.',
  j(
    'Under-16s must be accompanied by an adult after 7pm. Junior members may play free of charge on Saturday mornings from 10am to',
    '12 noon, when our coach runs an open practice session.',
  ),
];
const gRules = [
  'Tables are booked by the full hour and charged from the booked start time.',
  'Please cancel at least two hours ahead, or the first hour will be charged.',
  'No drinks on the table rails and no jumping shots on the snooker tables.',
  'House cues are free to use; cue cases can be left at the bar.',
];
const gNav = ['Home', 'About', 'Tables & Rates', 'Leagues', 'Coaching', 'Contact'];
const gFoot = ['Unit 4, Millrace Yard, Castlebrook CB7 2RT', '01632 960418', 'Open 10am to midnight, seven days a week'];
const gCookie = j(
  'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
  '<a href="/privacy-policy">Privacy Policy</a>',
);
const gRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const gP = (t: string): string => `<p class="font_8 wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</p>`;
const gMenu = gNav
  .map(
    (t, i) => `<li class="wixui-dropdown-menu__item" data-testid="${i === 0 ? 'dropdown-menu-item-first' : 'dropdown-menu-item'}">
<a data-testid="linkElement" href="https://www.greenbaizerooms.co.uk/${i === 0 ? '' : t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="UiHgGh">
<div class="yRj2ms"><div class="pfxlW1"><p class="JS76Uv">${t.replace(/&/g, '&amp;')}</p></div></div></a></li>`,
  )
  .join('');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Membership &amp; Rates | The Green Baize Rooms</title>
<meta name="description" content="Snooker and pool table rates and membership prices at The Green Baize Rooms, Castlebrook.">
<link rel="canonical" href="https://www.greenbaizerooms.co.uk/tables-rates"><meta property="og:site_name" content="The Green Baize Rooms">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"The Green Baize Rooms",
"address":{"@type":"PostalAddress","addressLocality":"Castlebrook","postalCode":"CB7 2RT"},"telephone":"01632 960418"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8c1e4a2f-77b0-4d6a-9f31-1c0b2e5d9a70","isResponsive":true},"language":{"userLanguage":"en"}};</script>
<script>window.fedops = window.fedops || {};window.fedops.phaseStarted = function(){};</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.css">
.HcOXKn{word-wrap:break-word}.font_0{font:normal normal bold 52px/1.2 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADER-inlineContent">
${gRich(
  'kx81a0',
  `<p class="font_6 wixui-rich-text__text"><a href="https://www.greenbaizerooms.co.uk"
class="wixui-rich-text__text">THE GREEN BAIZE ROOMS</a></p>`,
)}
<wix-dropdown-menu id="comp-kx81a3" class="XwCBRN ZJN1Ab comp-kx81a3 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="R_TAzU" id="comp-kx81a3navContainer" aria-label="Site"><ul class="y7qwii" id="comp-kx81a3itemsContainer">${gMenu}
<li class="wixui-dropdown-menu__item" data-testid="more-button" style="visibility:hidden" aria-hidden="true"><p class="JS76Uv">More</p></li></ul></nav>
</wix-dropdown-menu><div class="comp-kx81a6 FubTgk" id="comp-kx81a6" aria-disabled="false"><a data-testid="linkElement"
href="https://www.greenbaizerooms.co.uk/book-online" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span
class="l7_2fn wixui-button__label">Book a Table</span>
</a></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lq2x0n9a" tabindex="-1" class="Oqnisf comp-lq2x0n9a wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2x0n9b" class="comp-lq2x0n9b YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq2x0n9binlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq2x0n9binlineContent-gridContainer">
${gRich('lq2x0n9c', `<h1 class="font_0 wixui-rich-text__text">Membership &amp; Table Rates</h1>`)}
${gRich('lq2x0n9d', gP(gDek))}
${gRich('lq2x0n9e', `<h2 class="font_2 wixui-rich-text__text">Table rates</h2>`)}
${gRich('lq2x0n9f', gRates.map(gP).join('\n'))}
<wix-image id="img_comp-lq2x0n9g" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq2x0n9g","alignType":"center"}'>
<img src="https://static.wixstatic.com/media/4f2a1c_9be0.jpg/v1/fill/w_640,h_360,al_c,q_80/4f2a1c_9be0.jpg" alt="Snooker tables at The Green Baize Rooms"
width="640" height="360"></wix-image>
${gRich('lq2x0n9h', `<h2 class="font_2 wixui-rich-text__text">Membership</h2>`)}
${gRich('lq2x0n9i', gMember.map(gP).join('\n'))}
${gRich('lq2x0n9j', `<h2 class="font_2 wixui-rich-text__text">House rules</h2>`)}
${gRich('lq2x0n9k', `<ul class="font_8 wixui-rich-text__text">${lis(gRules.map(gP), 'wixui-rich-text__text')}</ul>`)}
<div class="comp-lq2x0n9l FubTgk" id="comp-lq2x0n9l"><a data-testid="linkElement" href="https://www.greenbaizerooms.co.uk/membership-form"
class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Join Online</span></a></div>
</div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" class="SITE_FOOTER-inlineContent">
${gRich('kx81b2', `<p class="font_8 wixui-rich-text__text">The Green Baize Rooms</p>\n${gFoot.map(gP).join('\n')}`)}
<div id="comp-kx81b4" class="comp-kx81b4 wixui-social-bar"><ul class="JyBVgs" aria-label="Social Bar"><li class="qYPGsZ" id="dataItem-kx81b5-comp-kx81b4">
<a href="https://www.facebook.com/greenbaizerooms" target="_blank"><wix-image class="HlRz5e"><img src="https://static.wixstatic.com/media/e316f5.png"
alt="Facebook"></wix-image></a></li></ul></div>
${gRich('kx81b6', '<p class="font_9 wixui-rich-text__text">© 2025 by The Green Baize Rooms. Proudly created with Wix.com</p>')}
</div></div></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root" role="region" aria-label="Cookie banner"><div class="Jq4Fdr">
<div data-hook="ccsu-banner-text" class="Ycb3Tq"><p>${gCookie}</p></div><div class="U2ajNy">
<button data-hook="consent-banner-settings-button" class="tlzm8G">Settings</button><button data-hook="consent-banner-decline-button"
class="tlzm8G">Decline All</button>
<button data-hook="consent-banner-apply-button" class="JUY2dc">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7b1d0e3c.bundle.min.js" async></script></body></html>`;
const wixRates: TestPage = tidy({
  name: 'heldout552-wix-snooker-hall-rates',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Table rates', 'Membership', 'House rules'],
  body: [gDek, ...gRates, ...gMember, ...gRules],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'THE GREEN BAIZE ROOMS', ...gNav, 'Book a Table', 'Join Online', 'The Green Baize Rooms',
    ...gFoot, '© 2025 by The Green Baize Rooms. Proudly created with Wix.com', plain(gCookie), 'Settings', 'Decline All', 'Accept',
  ],
});

const dTitle = 'Winter League Fixtures 2025–26';
const dIntro = [
  j(
    'All matches start at 8pm prompt. Home captains must text the result to the fixtures secretary by 11am the morning after the',
    'match, and the score sheet must reach the league box at The Wheatsheaf within seven days.',
  ),
  'Weeks marked “Cup” are first-round Hartley Shield ties; the draw is made at the October meeting.',
];
const dHead = '<tr class="row-1"><th class="column-1">Week</th><th class="column-2">Date</th><th class="column-3">Home</th><th class="column-4">Away</th></tr>';
const dDiv1 = [
  ['1', 'Thu 18 Sep', 'The Wheatsheaf A', 'Railway Tavern'],
  ['1', 'Thu 18 Sep', 'Crown &amp; Anchor', 'Oakridge Legion'],
  ['2', 'Thu 25 Sep', 'Railway Tavern', 'Crown &amp; Anchor'],
  ['2', 'Thu 25 Sep', 'Oakridge Legion', 'The Wheatsheaf A'],
  ['3', 'Thu 2 Oct', 'The Wheatsheaf A', 'Crown &amp; Anchor'],
  ['3', 'Thu 2 Oct', 'Railway Tavern', 'Oakridge Legion'],
  ['4', 'Thu 9 Oct', 'Cup', 'Cup'],
];
const dDiv2 = [
  ['1', 'Tue 16 Sep', 'The Wheatsheaf B', 'Fox &amp; Hounds'],
  ['1', 'Tue 16 Sep', 'Brookside Social Club', 'The Plough'],
  ['2', 'Tue 23 Sep', 'Fox &amp; Hounds', 'Brookside Social Club'],
  ['2', 'Tue 23 Sep', 'The Plough', 'The Wheatsheaf B'],
  ['3', 'Tue 30 Sep', 'The Wheatsheaf B', 'Brookside Social Club'],
];
const dNotes = [
  'Postponements must be agreed by both captains and the fixtures secretary at least 48 hours before the match.',
  'A postponed match must be played within 21 days of its original date, or the points go to the side that was ready to play.',
  'The full fixture list to March is in the printed handbook, available at every venue.',
];
const dNav = ['Home', 'Fixtures', 'Results', 'Tables', 'Averages', 'Rules', 'Contact'];
const dNews = ['Hartley Shield draw announced', 'AGM minutes now online', 'New venue for Division Two'];
const dTable = (id: number, rows: readonly (readonly string[])[]): string =>
  `<table id="tablepress-${id}" class="tablepress tablepress-id-${id}"><thead>${dHead}</thead>
<tbody class="row-striping row-hover">${trs(rows, 'column-')}</tbody></table>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name='robots' content='index, follow, max-image-preview:large'>
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Fixtures &#8211; Oakridge &amp; District Darts League</title>
<link rel='stylesheet' id='generate-style-css' href='https://oakridgedarts.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1'>
<link rel='stylesheet' id='tablepress-default-css' href='https://oakridgedarts.org.uk/wp-content/plugins/tablepress/css/build/default.css?ver=2.4'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.main-title a{color:#1b5e20;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Fixtures",
"isPartOf":{"@id":"https://oakridgedarts.org.uk/#website"}},{"@type":"WebSite","@id":"https://oakridgedarts.org.uk/#website",
"name":"Oakridge &amp; District Darts League"}]}</script></head>
<body class="page-template-default page page-id-212 wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover"
itemtype="https://schema.org/WebPage" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://oakridgedarts.org.uk/" rel="home">Oakridge &amp; District Darts League</a></p>
<p class="site-description" itemprop="description">Thursday and Tuesday leagues since 1974</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span>
</button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-212" class="post-212 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${dTitle}</h1></header>
<div class="entry-content" itemprop="text">
${ps(dIntro)}
<p><em>Updated 3 September 2025</em></p>
<h2 class="wp-block-heading">Division One (Thursdays)</h2>
${dTable(3, dDiv1)}
<h2 class="wp-block-heading">Division Two (Tuesdays)</h2>
${dTable(4, dDiv2)}
<h2 class="wp-block-heading">Notes</h2>
<ul class="wp-block-list">${lis(dNotes)}</ul>
</div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://oakridgedarts.org.uk/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"
title="Search for:"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Latest News</h2><ul>${links(dNews)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Fixtures Secretary</h2><div class="textwidget">
<p>Gary Pollock<br>07700 900461</p></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2025 Oakridge &amp; District Darts League</span>
&bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script>
<script src="https://oakridgedarts.org.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script></body></html>`;
const gpFixtures: TestPage = tidy({
  name: 'heldout552-generatepress-darts-fixtures',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Division One (Thursdays)', 'Division Two (Tuesdays)', 'Notes'],
  body: [...texts(dIntro), ...rowTexts(dDiv1), ...rowTexts(dDiv2), ...dNotes],
  bylines: ['Updated 3 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Oakridge & District Darts League', 'Thursday and Tuesday leagues since 1974', 'Menu', ...dNav, 'Search for:', 'Latest News',
    ...dNews, 'Fixtures Secretary', 'Gary Pollock', '07700 900461', '© 2025 Oakridge & District Darts League • Built with GeneratePress',
  ],
});

export const HELDOUT552_A: readonly TestPage[] = [wixRates, gpFixtures];
