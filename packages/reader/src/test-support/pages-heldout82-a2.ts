import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 82, file a2: a Wikivoyage city guide in the Vector 2022 skin (jump link, main-menu dropdown, search, "Create
 * account" and "Log in", the page banner with the name repeated, the sticky table of contents with "(Top)" and subsection
 * toggles, page tabs and the tools menu, geographic breadcrumbs, "[edit]" links on headings and listings, listing markers, the
 * map frame and its caption, the article status box, categories and the footer).
 */
const wvTitle = 'Tollesby Bay';
const wvLead = [
  '<b>Tollesby Bay</b> is a fishing town of about 6,800 people on the North Harrowshire coast of England. Its steep lanes, working harbour and ' +
    'long sandy beach make it a good base for walking the coast path, and it is a good deal quieter than the bigger resorts to the south.',
];
const wvUnderstand = [
  'The town grew up around a medieval harbour that shipped salt and later herring. When the railway arrived in 1871, visitors from the mill ' +
    'towns inland came for the sea air, and the terraces of guest houses on the West Cliff date from that time. The fishing fleet is small ' +
    'now, but the fish market on the quay still opens at dawn on weekdays.',
  'The tourist information centre is in the old lifeboat house on Quay Street (open daily from Easter to October, weekends only in winter).',
];
const wvTrain = [
  'Trains run every hour from Harrowby (35 min), where there are connections to the main line. Tollesby Bay station is at the top of the ' +
    'town; it is a 10-minute walk downhill to the harbour and a rather longer one back up.',
];
const wvCar = [
  'The town is reached by the A1071 from Harrowby. Parking in the old town is very limited, and in summer visitors should use the park and ' +
    'ride at Cliff Top (£4 per day).',
];
const wvAround = [
  'The old town is compact and best explored on foot, though the lanes are steep and cobbled. A small shuttle bus links the station, the ' +
    'harbour and the beach every 20 minutes from May to September.',
];
interface Listing {
  n: number;
  name: string;
  rest: string;
}
const wvSee: Listing[] = [
  {
    n: 1,
    name: 'Tollesby Bay Museum',
    rest:
      ', <span class="adr">14 Quay Street</span>, <span class="listing-phone">☏ +44 1632 960114</span>. <span class="listing-hours">Tu–Su 10:00–16:30' +
      '</span>. <span class="listing-price">Adults £5, children free</span>. <span class="note listing-content">A small museum in the former salt ' +
      'warehouse, with models of fishing cobles, a reconstructed net loft and a room on the great storm of 1953.</span>',
  },
  {
    n: 2,
    name: 'St Ebba’s Church',
    rest:
      ', <span class="adr">Church Steps</span>. <span class="listing-hours">Daily 09:00–17:00</span>. <span class="listing-price">Free</span>. ' +
      '<span class="note listing-content">Reached by 148 steps from the harbour, the Norman church has a graveyard full of sailors’ memorials and ' +
      'the best view over the bay.</span>',
  },
  {
    n: 3,
    name: 'Gull Point',
    rest:
      '. <span class="note listing-content">The headland at the east end of the beach, with a lighthouse (not open to the public) and a colony of ' +
      'kittiwakes on the cliffs from April to July.</span>',
  },
];
const wvDo = [
  'Walk the coast path north to Skelder Cove (5 km, about 90 minutes). Check the tide tables before setting out, because the last stretch is ' +
    'on the beach.',
  'Take a boat trip from the harbour to see seals and, in late summer, minke whales. Trips run from Easter to October and cost around £18.',
  'Swim from the main beach, which has lifeguards in July and August.',
];
const wvEat: Listing[] = [
  {
    n: 4,
    name: 'The Net Loft',
    rest:
      ', <span class="adr">3 Staithe Lane</span>. <span class="listing-hours">Daily 11:30–21:00</span>. ' +
      '<span class="listing-price">Mains £12–20</span>. ' +
      '<span class="note listing-content">Fish and chips and the grilled catch of the day in a narrow upstairs room overlooking the harbour. Book ' +
      'ahead on summer evenings.</span>',
  },
  {
    n: 5,
    name: 'Morrow’s Bakery',
    rest:
      ', <span class="adr">22 Bridge Street</span>. <span class="listing-hours">M–Sa 07:30–15:00</span>. <span class="note listing-content">The place ' +
      'for a breakfast roll or a slab of the local ginger cake.</span>',
  },
];
const wvSleep: Listing[] = [
  {
    n: 6,
    name: 'Harbour View Guest House',
    rest:
      ', <span class="adr">9 West Cliff Terrace</span>, <span class="listing-phone">☏ +44 1632 960387</span>. <span class="listing-checkin">' +
      'Check-in: 15:00</span>, <span class="listing-checkout">check-out: 10:30</span>. <span class="listing-price">Doubles from £95</span>. ' +
      '<span class="note listing-content">Seven rooms in a Victorian terrace, most with sea views, and generous breakfasts.</span>',
  },
  {
    n: 7,
    name: 'Cliff Top Campsite',
    rest:
      ', <span class="adr">Whitby Road</span>. <span class="listing-price">Pitches from £22</span>. <span class="note listing-content">Open March to ' +
      'October, with a shop and hot showers. A 20-minute walk from the beach.</span>',
  },
];
const wvNext = [
  '<a href="/wiki/Harrowby">Harrowby</a> – a market town with a ruined castle and the nearest large supermarkets.',
  '<a href="/wiki/Skelder_Cove">Skelder Cove</a> – a tiny village reached on foot along the coast path or by a steep road.',
];
const wvListingText = (l: Listing): string => plain(`<b>${l.name}</b>${l.rest}`);
const wvListing = (l: Listing): string => `<li><bdi class="vcard" id="${l.name.toLowerCase().replace(/[^a-z]+/g, '_')}">
<span class="listing-marker"><a class="mw-kartographer-maplink mw-kartographer-autostyled" data-mw-kartographer="maplink" data-style="osm-intl"
data-zoom="17" data-overlays="[&quot;see&quot;]" style="background: #4682B4;">${l.n}</a></span>
<span class="listing-name"><b class="fn org listing-name">${l.name}</b></span>${l.rest} <span class="listing-metadata"><span
class="listing-metadata-items">&#160;</span></span><span class="listing-edit noprint">
<span class="listing-edit-link">[<a href="/w/index.php?title=Tollesby_Bay&amp;action=edit&amp;section=6">edit</a>]</span></span></bdi></li>`;
const wvHeading = (level: 2 | 3, text: string, section: number): string => `<div class="mw-heading mw-heading${level}">
<h${level} id="${text.replace(/ /g, '_')}">${text}</h${level}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Tollesby_Bay&amp;action=edit&amp;section=${section}" title="Edit section: ${text}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const wvPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const wvMainMenu = ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page', 'Community', 'Travellers’ pub', 'Help'];
const wvCrumbs = ['Europe', 'Britain and Ireland', 'United Kingdom', 'England', 'Yorkshire', 'North Harrowshire'];
const wvTabs = ['Read', 'Edit', 'View history'];
const wvTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Download as PDF'];
const wvOther = ['Wikimedia Commons', 'Wikipedia', 'Wikidata item'];
const wvStatus =
  'This city travel guide to Tollesby Bay is a usable article. It has information on how to get there and on restaurants and hotels. An ' +
  'adventurous person could use this article, but please feel free to improve it by editing the page.';
const wvCats = ['Has mapframe', 'Maps with non-default size', 'Usable cities', 'North Harrowshire'];
const wvFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wvLastmod = 'This page was last edited on 28 October 2025, at 09:03.';
const wvLicense =
  'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. By using this site, you agree to ' +
  'the Terms of Use and Privacy Policy.';
const wvTocToggle = '<button aria-controls="toc-Get_in-sublist" class="cdx-button vector-toc-toggle">Toggle Get in subsection</button>';
const wvToc = ['(Top)', 'Understand', 'Get in', 'Get around', 'See', 'Do', 'Eat', 'Sleep', 'Go next'];
const wvHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wvTitle} – Travel guide at Wikivoyage</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Tollesby_Bay","wgTitle":"Tollesby Bay","wgIsArticle":true,"wgRelevantPageName":"Tollesby_Bay","wgWikibaseItemId":"Q98214470"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.kartographer.style%7Cext.wpb.pagebanner%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.24"><meta name="viewport" content="width=1120">
<meta property="og:title" content="${wvTitle} – Travel guide at Wikivoyage"><meta property="og:image"
content="https://upload.wikimedia.org/Tollesby_Bay_banner.jpg">
<link rel="canonical" href="https://en.wikivoyage.org/wiki/Tollesby_Bay"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tollesby_Bay
rootpage-Tollesby_Bay skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to
sidebar</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wvMainMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/enwikivoyage.svg" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikivoyage"
src="/static/images/mobile/copyright/wikivoyage-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikivoyage [f]">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></div></div></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${wvToc
  .map(
    (t, i) => `<li id="toc-${i === 0 ? 'mw-content-text' : t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i}</span>
<span>${t}</span></div></a>${t === 'Get in' ? wvTocToggle : ''}</li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wvTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label cdx-button"><span
class="vector-dropdown-label-text">4 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul
class="vector-menu-content-list">${links(['Page', 'Discussion'], 'mw-list-item')}
</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list">${links(wvTabs, 'vector-tab-noicon mw-list-item')}</ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown"><label
class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<div id="p-cactions" class="vector-menu"><div class="vector-menu-heading">Actions</div></div>
<div id="p-tb" class="vector-menu"><div class="vector-menu-heading">General</div><ul
class="vector-menu-content-list">${links(wvTools, 'mw-list-item')}</ul></div>
<div id="p-wikibase-otherprojects" class="vector-menu"><div class="vector-menu-heading">In other projects</div><ul class="vector-menu-content-list">
${links(wvOther, 'wb-otherproject-link mw-list-item')}</ul></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container="">
<div class="vector-body-before-content"><div id="siteSub" class="noprint">From Wikivoyage</div></div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="ext-geocrumbs-breadcrumbs">${wvCrumbs
  .map((c) => `<bdi><a href="/wiki/${c.replace(/ /g, '_')}" title="${c}">${c}</a></bdi>`)
  .join(' &gt; ')} &gt; <bdi>Tollesby Bay</bdi></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="noprint ext-wpb-pagebanner pre-content"><div class="wpb-banner-image-panorama wpb-topbanner"><a href="/wiki/File:Tollesby_Bay_banner.jpg"
class="image"><img alt="" src="//upload.wikimedia.org/wikivoyage/en/thumb/3/3c/Tollesby_Bay_banner.jpg/1800px-Tollesby_Bay_banner.jpg"
class="wpb-banner-image" width="1800" height="257"></a><div class="wpb-topbanner-toc"></div><div class="wpb-name">${wvTitle}</div>
<div class="wpb-iconbox"><a href="https://commons.wikimedia.org/wiki/Category:Tollesby_Bay" title="Wikimedia Commons gallery">Commons</a></div></div></div>
<div class="mw-kartographer-container mw-kartographer-full floatright" style="width: 420px;"><a class="mw-kartographer-map" data-mw-kartographer="mapframe"
data-style="osm-intl" data-width="420" data-height="420" data-lat="54.4821" data-lon="-0.6122" data-zoom="14" href="/wiki/Special:Map/14/54.4821/-0.6122/en">
<img src="https://maps.wikimedia.org/img/osm-intl,14,54.4821,-0.6122,420x420.png?lang=en&amp;domain=en.wikivoyage.org" width="420" height="420"></a>
<div class="thumbcaption">Map of Tollesby Bay</div></div>
${wvPs(wvLead)}
${wvHeading(2, 'Understand', 1)}
${wvPs(wvUnderstand)}
${wvHeading(2, 'Get in', 2)}
${wvHeading(3, 'By train', 3)}
${wvPs(wvTrain)}
${wvHeading(3, 'By car', 4)}
${wvPs(wvCar)}
${wvHeading(2, 'Get around', 5)}
${wvPs(wvAround)}
${wvHeading(2, 'See', 6)}
<ul>${wvSee.map(wvListing).join('\n')}</ul>
${wvHeading(2, 'Do', 7)}
<ul>${wvDo.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wvHeading(2, 'Eat', 8)}
<ul>${wvEat.map(wvListing).join('\n')}</ul>
${wvHeading(2, 'Sleep', 9)}
<ul>${wvSleep.map(wvListing).join('\n')}</ul>
${wvHeading(2, 'Go next', 10)}
<ul>${wvNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="article-status noprint"><table class="article-status-table"><tbody><tr><td><img alt="" src="//upload.wikimedia.org/Usable_region.svg" width="20"
height="20"></td><td><i>${wvStatus}</i></td></tr></tbody></table></div>
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikivoyage.org/w/index.php?title=Tollesby_Bay&amp;oldid=5120447">
https://en.wikivoyage.org/w/index.php?title=Tollesby_Bay&amp;oldid=5120447</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wvCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${wvLastmod}</li>
<li id="footer-info-copyright">Text is available under the <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms
of Use</a> and <a href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy Policy</a>.</li></ul>
<ul id="footer-places">${links(wvFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7f9c","wgBackendResponseTime":188});});</script>
</body></html>`;
export const wikivoyagePage: TestPage = {
  html: wvHtml,
  name: 'heldout82-wikivoyage-city-guide',
  kind: 'wiki',
  // the lead, section paragraphs, the "Do" and "Go next" items and every listing (name, address, phone, hours, price and
  // description, without its map marker number and "[edit]") are body; the table of contents repeats the section names, which
  // are left out of the furniture; the banner's copy of the name, breadcrumbs, tabs, tools, the map caption, the status box,
  // categories and footer are furniture; the footer's "last edited" line is a byline
  title: wvTitle,
  headings: ['Understand', 'Get in', 'By train', 'By car', 'Get around', 'See', 'Do', 'Eat', 'Sleep', 'Go next'],
  body: [
    ...texts([...wvLead, ...wvUnderstand, ...wvTrain, ...wvCar, ...wvAround]),
    ...wvSee.map(wvListingText),
    ...wvDo,
    ...wvEat.map(wvListingText),
    ...wvSleep.map(wvListingText),
    ...texts(wvNext),
  ],
  bylines: [wvLastmod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wvMainMenu, 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    'Toggle Get in subsection', '4 languages', 'Page', 'Discussion', ...wvTabs, 'Tools', 'Actions', 'General', ...wvTools, 'In other projects', ...wvOther,
    'From Wikivoyage', ...wvCrumbs, 'Commons', 'Map of Tollesby Bay', '[edit]', wvStatus, 'Categories', ...wvCats, wvLicense, ...wvFoot,
  ])],
};
