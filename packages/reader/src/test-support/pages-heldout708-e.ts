import { type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout708-kit.js';

/**
 * Held-out batch 708, file e: a destination article on Wikivoyage (Vector 2022 with the page banner, geo breadcrumbs, a
 * map frame, listings with map markers, hidden coordinates and "updated" notes, the article status box and categories), and a
 * Wikipedia article on a regional dish (Vector 2022 with hatnote, food infobox, citation markers, a variants table with a
 * caption, See also, references, external links, a navbox and categories).
 */
type Vector = {
  site: 'Wikipedia' | 'Wikivoyage';
  host: string;
  title: string;
  toc: string[];
  before: string;
  content: string;
  lastEdited: string;
  cats: string[];
  langs: string;
};
const wpNav = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wvNav = ['Main page', 'Travel destinations', 'Star articles', 'Random page', 'Travellers’ pub', 'Recent changes'];
const vTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Download as PDF'];
const vFoot = ['Privacy policy', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const vector = (v: Vector): string => {
  const nav = v.site === 'Wikipedia' ? wpNav : wvNav;
  const slug = v.title.replace(/ /g, '_');
  return `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled
vector-feature-page-tools-pinned-disabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-0 vector-feature-appearance-pinned-clientpref-1
vector-feature-night-mode-enabled skin-theme-clientpref-day vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${v.title} - ${v.site}</title>
<script>(function(){var className=
"client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgPageName":"${slug}",
"wgTitle":"${v.title}","wgCurRevisionId":1219934871,"wgArticleId":74126633,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view",
"wgUserName":null,"wgCategories":${JSON.stringify(v.cats)},"wgPageContentLanguage":"en","wgPageContentModel":"wikitext"};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","skins.vector.styles":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.17"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="${v.title} - ${v.site}"><meta property="og:type" content="website">
<link rel="canonical" href="https://${v.host}/wiki/${slug}">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"${v.title}","url":"https:\\/\\/${v.host}\\/wiki\\/${slug}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"datePublished":"2019-06-14T10:22:41Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-${slug} rootpage-${slug}
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${nav
    .map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`)
    .join('\n')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/${v.site.toLowerCase()}.svg" alt="" aria-hidden="true"
height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${v.site}"
src="/static/images/mobile/copyright/${v.site.toLowerCase()}-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search ${v.site} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search ${v.site}"
aria-label="Search ${v.site}" autocapitalize="sentences" title="Search ${v.site} [f]" accesskey="f" id="searchInput"><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a
href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${v.toc
  .map(
    (
      t,
      i,
    ) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div
class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span> <span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">${v.before}<h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${v.title}</span></h1><div id="p-lang-btn" class="vector-dropdown mw-portlet
mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox mw-interlanguage-selector"
aria-label="Go to an article in another language. Available in ${v.langs}"><label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-6"
aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span
class="vector-dropdown-label-text">${v.langs}</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/${slug}"><span>Article</span></a></li><li
id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:${slug}" rel="discussion"><span>${
    v.site === 'Wikipedia' ? 'Talk' : 'Discussion'
  }</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu
vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/${slug}"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=${slug}&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=${slug}&amp;action=history"><span>View history</span></a></li></ul></div></div></nav><nav class="vector-page-tools-landmark"
aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input type="checkbox"
id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div
class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div id="p-tb" class="vector-menu
mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${vTools
    .map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`)
    .join('\n')}</ul></div></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>${v.content}</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
${v.lastEdited}<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow"
class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional
terms may apply.</li></ul><ul id="footer-places"><li id="footer-places-about"><a href="/wiki/${v.site}:About">About ${v.site}</a></li>${vFoot
    .map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`)
    .join('')}</ul></footer></div></div></div></body></html>`;
};
const edit = (slug: string, section: number, h: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=${slug}&amp;action=edit&amp;section=${section}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const head = (slug: string, h: string, section: number, level = 2): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${h.replace(/ /g, '_')}">${h}</h${level}>${edit(slug, section, h)}</div>`;

type Listing = { name: string; alt?: string; addr: string; phone?: string; hours?: string; price?: string; content: string; updated: string };
const vSee: Listing[] = [
  {
    name: 'Velmora Castle',
    addr: 'Via Alta 1',
    hours: 'Tu–Su 09:00–18:00',
    price: '€6, children €3',
    content: 'A squat 15th-century fort above the harbour with a small museum of the anchovy trade and the best view in town.',
    updated: 'Jun 2026',
  },
  {
    name: 'Church of San Ilario',
    addr: 'Piazza Duomo',
    hours: 'daily 08:00–19:00',
    price: 'Free',
    content: 'Its ceiling is painted with fishing boats rather than saints, a gift from the sailors’ guild in 1761.',
    updated: 'Jun 2026',
  },
  {
    name: 'Salt Warehouse Gallery',
    alt: 'Magazzino del Sale',
    addr: 'Riva dei Pescatori 14',
    hours: 'W–Su 11:00–19:00',
    price: '€4',
    content: 'Contemporary art in one of the old harbour warehouses. The building is more interesting than most of the exhibitions.',
    updated: 'Sep 2025',
  },
];
const vEat: Listing[] = [
  {
    name: 'Trattoria da Nella',
    addr: 'Vicolo Stretto 3',
    phone: '+88 184 55 21 09',
    hours: 'Tu–Su 12:00–14:30, 19:00–22:00',
    price: 'Mains €12–18',
    content: 'Family-run, with eight tables in a vaulted cellar. Book in summer.',
    updated: 'Aug 2026',
  },
  {
    name: 'La Baracca',
    addr: 'Spiaggia Lunga',
    hours: 'Apr–Oct daily 10:00–00:00',
    price: '€8–15',
    content: 'Beach shack serving fried fish in paper cones and cold beer.',
    updated: 'Aug 2026',
  },
  {
    name: 'Forno Anselmi',
    addr: 'Via del Forno 9',
    hours: 'M–Sa 06:30–13:00',
    content: 'Bakery famous for its anchovy focaccia. Arrive early, as it is often gone by ten.',
    updated: 'May 2026',
  },
];
const vDrink: Listing[] = [
  {
    name: 'Bar Faro',
    addr: 'Molo Nord',
    hours: 'daily 17:00–01:00',
    content: 'Spritz at the end of the harbour wall, best at sunset.',
    updated: 'Aug 2026',
  },
];
const vSleep: Listing[] = [
  {
    name: 'Ostello del Porto',
    addr: 'Riva dei Pescatori 2',
    price: 'Dorm beds from €28, private doubles from €70',
    content: 'Clean, friendly hostel above a boat repair yard.',
    updated: 'Jul 2026',
  },
  {
    name: 'Casa Ilaria',
    addr: 'Via Alta 22',
    phone: '+88 184 55 73 40',
    price: 'Doubles €95–140 with breakfast',
    content: 'Five rooms in a restored townhouse, two with sea views.',
    updated: 'Jul 2026',
  },
  {
    name: 'Grand Hotel Velmora',
    addr: 'Lungomare 1',
    price: 'Doubles from €220',
    content: 'The town’s only large hotel, a 1910 building on the seafront with a pool and a decent restaurant.',
    updated: 'Mar 2026',
  },
];
let marker = 0;
const colours: Record<string, string> = { see: '#4682B4', eat: '#D2691E', drink: '#000000', sleep: '#000080' };
const listingHtml = (l: Listing, type: string): string => {
  marker++;
  return `<li><span class="vcard" id="${l.name.replace(/ /g, '_')}"><span class="listing-coordinates" style="display:none"><span class="geo"><abbr
class="latitude">41.${marker}2</abbr><abbr class="longitude">13.${marker}7</abbr></span></span><span class="mw-kartographer-maplink
mw-kartographer-autostyled" data-mw-kartographer="maplink" data-style="osm-intl" data-zoom="17" data-overlays="[&quot;mask&quot;,&quot;${type}&quot;]"
style="background: ${colours[type] ?? '#000'};">${marker}</span> <span class="listing-name"><bdi class="fn org listing-name"><b>${l.name}</b></bdi></span>${
    l.alt === undefined ? '' : ` (<span class="listing-alt">${l.alt}</span>)`
  }, <span class="adr"><span class="listing-address street-address">${l.addr}</span></span>${
    l.phone === undefined
      ? ''
      : `, <span class="tel listing-phone"><abbr title="phone" class="listing-phone-symbol">☏</abbr> <a href="tel:${l.phone.replace(
          / /g,
          '',
        )}">${l.phone}</a></span>`
  }.${l.hours === undefined ? '' : ` <span class="note listing-hours">${l.hours}</span>.`}${
    l.price === undefined ? '' : ` <span class="note listing-price">${l.price}</span>.`
  } <span class="listing-content">${l.content}</span> <span class="listing-metadata"><span class="listing-metadata-items">&nbsp;<span
class="listing-lastedit">(updated ${l.updated})</span></span></span></span></li>`;
};
const listingText = (l: Listing): string =>
  [
    `${l.name}${l.alt === undefined ? '' : ` (${l.alt})`}, ${l.addr}${l.phone === undefined ? '' : `, ☏ ${l.phone}`}.`,
    l.hours === undefined ? '' : `${l.hours}.`,
    l.price === undefined ? '' : `${l.price}.`,
    l.content,
  ]
    .filter((t) => t !== '')
    .join(' ');
const vLead = j(
  '<b>Velmora</b> is a fishing town of about 6,000 people on the southern coast of <a href="/wiki/Ostrelia" title="Ostrelia">Ostrelia</a>, at the mouth',
  'of the River Sarn. Its old harbour, car-free lanes and long pebble beach make it a popular base for walking the',
  '<a href="/wiki/Cliffs_of_Andric" title="Cliffs of Andric">Cliffs of Andric</a>.',
);
const vUnderstand = [
  j(
    'Velmora grew rich on salted anchovies in the 18th century, and the pastel warehouses along the harbour were built to store',
    'them. The trade collapsed in the 1950s and the town was half empty for decades, until the coastal railway reopened in 1998',
    'and visitors began to arrive.',
  ),
  j(
    'Summers are hot and busy, especially in August, when half the capital seems to move to the coast. Spring and autumn are mild',
    'and quieter, and many places close from November to March.',
  ),
];
const vTrain = j(
  'Regional trains run from the capital, <a href="/wiki/Darsk" title="Darsk">Darsk</a>, every two hours (3 hr 10 min, €19). The',
  'station is at the top of the old town, a steep ten-minute walk from the harbour.',
);
const vBus = 'Coastline buses stop in Piazza Marina several times a day from Port Orsa (1 hr 20 min) and Sallen (45 min). Buy tickets on board.';
const vAround = j(
  'The old town is closed to cars and best explored on foot. A small electric shuttle runs between the station, the harbour and',
  'the beach every 20 minutes in summer (€1.50).',
);
const vDo = [
  j(
    'Walk the <a href="/wiki/Cliffs_of_Andric" title="Cliffs of Andric">Cliffs of Andric</a> path north to the village of Sorva (12 km,',
    '4 hours). The bus back runs until 19:00.',
  ),
  'Swim from the pebble beach at Spiaggia Lunga, which has lifeguards from June to mid-September.',
  j('Go out with the fishing boats: several skippers take two or three passengers on the morning run for about €40. Ask at the', 'fish market before 06:00.'),
];
const vEatIntro = j(
  'Anchovies are everywhere: marinated, fried, salted or baked with breadcrumbs and lemon. Try <i>torta di alici</i>, a layered',
  'anchovy and potato pie that every family makes differently.',
);
const vDrinkIntro = 'Bars around Piazza Marina stay open until the small hours in summer.';
const vConnect = 'Most cafés and all accommodation have free Wi-Fi. Mobile coverage is good in town but patchy on the cliff path north of Sorva.';
const vGo = [
  '<a href="/wiki/Sorva" title="Sorva">Sorva</a> — a quieter village at the end of the cliff path, with a sandy cove.',
  '<a href="/wiki/Darsk" title="Darsk">Darsk</a> — the capital, with the country’s best museums, three hours away by train.',
];
const vHeads = ['Understand', 'Get in', 'Get around', 'See', 'Do', 'Buy', 'Eat', 'Drink', 'Sleep', 'Connect', 'Go next'];
const vCrumbs = ['Europe', 'Southern Europe', 'Ostrelia', 'Southern Coast'];
const vCats = ['Usable cities', 'Has custom banner', 'Has map markers', 'Southern Coast'];
const vSlug = 'Velmora';
const vContent = `<div class="vector-body-before-content"><div class="mw-indicators"><div id="mw-indicator-status" class="mw-indicator"><a
href="/wiki/Wikivoyage:Usable_article" title="This is a usable article."><img alt="Usable article" src="/static/images/wv/usable.svg" width="20"
height="20"></a></div></div></div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="ext-geocrumbs-breadcrumbs">${vCrumbs
  .map((t) => `<bdi dir="ltr"><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></bdi>`)
  .join(' &gt; ')} &gt; <bdi dir="ltr">Velmora</bdi></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="mw-kartographer-container mw-kartographer-full floatright"><div class="thumb tright"><div class="thumbinner" style="width:302px;"><a
class="mw-kartographer-map" style="width: 300px; height: 300px;" data-mw-kartographer="mapframe" data-style="osm-intl" data-width="300" data-height="300"
data-zoom="14" data-lat="41.9" data-lon="13.4" data-overlays="[&quot;mask&quot;,&quot;see&quot;,&quot;eat&quot;,&quot;drink&quot;,&quot;sleep&quot;]"
href="/wiki/Special:Map/14/41.9/13.4/en"><img src="https://maps.wikimedia.org/img/osm-intl,14,41.9,13.4,300x300.png?lang=en&amp;domain=en.wikivoyage.org"
width="300" height="300" alt=""></a><div class="thumbcaption"><div class="magnify"><a class="mw-kartographer-fullScreen" aria-label="Enlarge"></a></div>Map of
Velmora</div></div></div></div>
<p>${vLead}</p>
${head(vSlug, 'Understand', 1)}
${vUnderstand.map((t) => `<p>${t}</p>`).join('\n')}
${head(vSlug, 'Get in', 2)}
${head(vSlug, 'By train', 3, 3)}
<p>${vTrain}</p>
${head(vSlug, 'By bus', 4, 3)}
<p>${vBus}</p>
${head(vSlug, 'Get around', 5)}
<p>${vAround}</p>
${head(vSlug, 'See', 6)}
<ul>${vSee.map((l) => listingHtml(l, 'see')).join('\n')}</ul>
${head(vSlug, 'Do', 7)}
<ul>${lis(vDo)}</ul>
${head(vSlug, 'Buy', 8)}
<p>The Saturday market in Piazza Marina sells salted anchovies in jars, which travel well, and local olive oil.</p>
${head(vSlug, 'Eat', 9)}
<p>${vEatIntro}</p>
<ul>${vEat.map((l) => listingHtml(l, 'eat')).join('\n')}</ul>
${head(vSlug, 'Drink', 10)}
<p>${vDrinkIntro}</p>
<ul>${vDrink.map((l) => listingHtml(l, 'drink')).join('\n')}</ul>
${head(vSlug, 'Sleep', 11)}
<ul>${vSleep.map((l) => listingHtml(l, 'sleep')).join('\n')}</ul>
${head(vSlug, 'Connect', 12)}
<p>${vConnect}</p>
${head(vSlug, 'Go next', 13)}
<ul>${lis(vGo)}</ul>
<table class="article-status noprint" style="width:100%;background:#f8f9fa;border:1px solid #a2a9b1"><tbody><tr><td><span typeof="mw:File"><a
href="/wiki/Wikivoyage:Usable_article" title="Wikivoyage:Usable article"><img alt="" src="/static/images/wv/usable.svg" width="40"
height="40"></a></span></td>
<td>This city travel guide to <b>Velmora</b> is a <b><a href="/wiki/Wikivoyage:Usable_article" title="Wikivoyage:Usable article">usable</a></b>
article. It has
information on how to get there and on restaurants and hotels. An adventurous person could use this article, but please feel free to improve it by <a
class="external text" href="https://en.wikivoyage.org/w/index.php?title=Velmora&amp;action=edit">editing the page</a>.</td></tr></tbody></table>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikivoyage.org/w/index.php?title=Velmora&amp;oldid=5012846">https://en.wikivoyage.org/w/index.php?title=Velmora&amp;oldid=5012846</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${vCats
  .map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`)
  .join('')}</ul></div></div>`;
const vBanner = `<div class="topbanner-wrapper"><div class="wpb-topbanner"><span class="wpb-name">Velmora</span><a href="/wiki/File:Velmora_banner.jpg"
class="image"><img alt="" src="https://upload.wikimedia.org/wikipedia/commons/thumb/Velmora_banner.jpg/1800px-Velmora_banner.jpg" width="1800" height="257"
class="wpb-banner-image"></a><div class="wpb-iconbox"><a href="/wiki/Special:Map/14/41.9/13.4/en" class="mw-kartographer-maplink" title="Show location
on an interactive map" aria-label="Map">Map</a></div></div></div>`;
const wikivoyage: TestPage = gold({
  name: 'heldout708-wikivoyage-velmora',
  kind: 'wiki',
  html: vector({
    site: 'Wikivoyage',
    host: 'en.wikivoyage.org',
    title: 'Velmora',
    toc: vHeads,
    before: vBanner,
    content: vContent,
    lastEdited: '2 March 2027, at 18:41',
    cats: vCats,
    langs: '4 languages',
  }),
  title: 'Velmora',
  headings: ['Understand', 'Get in', 'By train', 'By bus', 'Get around', 'See', 'Do', 'Buy', 'Eat', 'Drink', 'Sleep', 'Connect', 'Go next'],
  body: texts([
    vLead,
    ...vUnderstand,
    vTrain,
    vBus,
    vAround,
    ...vSee.map(listingText),
    ...vDo,
    'The Saturday market in Piazza Marina sells salted anchovies in jars, which travel well, and local olive oil.',
    vEatIntro,
    ...vEat.map(listingText),
    vDrinkIntro,
    ...vDrink.map(listingText),
    ...vSleep.map(listingText),
    vConnect,
    ...vGo,
  ]),
  bylines: ['This page was last edited on 2 March 2027, at 18:41 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...wvNav, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...vHeads.map((h, i) => `${i + 1} ${h}`), 'Map', 'Article', 'Discussion', 'Read', 'Edit', 'View history', 'General', ...vTools, ...vCrumbs,
    'Map of Velmora',
    ...[...vSee, ...vEat, ...vDrink, ...vSleep].map((l) => `(updated ${l.updated})`), 'edit',
    j(
      'This city travel guide to Velmora is a usable article. It has information on how to get there and on restaurants and hotels. An',
      'adventurous person could use this article, but please feel free to improve it by editing the page.',
    ),
    'Retrieved from "https://en.wikivoyage.org/w/index.php?title=Velmora&oldid=5012846"', 'Categories', ...vCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', 'About Wikivoyage', ...vFoot,
  ],
});

const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const kSlug = 'Karvasti';
const kLead = [
  j(
    '<b>Karvasti</b> (<a href="/wiki/Dravonian_language" title="Dravonian language">Dravonian</a>: <i lang="drv">karvašti</i>) is a baked dish of layered',
    '<a href="/wiki/Cabbage" title="Cabbage">cabbage</a>, <a href="/wiki/Pearl_barley" title="Pearl barley">pearl barley</a> and smoked pork from the',
    `Lower Evrin valley in southern <a href="/wiki/Dravonia" title="Dravonia">Dravonia</a>. It is traditionally cooked in a wide earthenware dish called a`,
    `<i>krasna</i> and served hot with sour cream.${ref(1)}`,
  ),
  j(
    'Once a dish of the autumn cabbage harvest, karvasti is now eaten throughout the year and is considered one of the national',
    `dishes of Dravonia. A meatless version is made during <a href="/wiki/Lent" title="Lent">Lent</a>.${ref(2)}`,
  ),
];
const kSecs: [string, number, string[]][] = [
  [
    'Etymology',
    2,
    [
      j(
        `The name is usually derived from the Old Dravonian <i>karva</i>, 'layer', with the diminutive suffix <i>-asti</i>.${ref(3)} A folk`,
        `etymology linking it to <i>karvan</i>, 'carter', on the grounds that carters carried it on long journeys, is rejected by most`,
        `linguists.${ref(1)}`,
      ),
    ],
  ],
  [
    'History',
    2,
    [
      j(
        'The earliest known written recipe appears in a manuscript cookbook from the monastery of Sveti Orel, dated to 1688, which',
        `describes cabbage leaves "laid in rows with barley and the fat of the pig".${ref(4)} The dish was then associated with the poor,`,
        'since it used the outer leaves of the cabbage and cheap cuts of pork.',
      ),
      j(
        'In the 19th century karvasti spread to the towns of the Evrin valley, where bakers cooked it overnight in their ovens for a',
        'small fee. Families would bring their dishes on Saturday evening and collect them after church on Sunday, a custom that',
        `survived in <a href="/wiki/Olvenec" title="Olvenec">Olvenec</a> until the 1960s.${ref(5)}`,
      ),
    ],
  ],
  [
    'Preparation',
    2,
    [
      j(
        'Whole heads of white cabbage are blanched or, more traditionally, soured in brine for several weeks, and the leaves are',
        'separated. Pearl barley is simmered in stock until half cooked. The dish is then built in alternating layers of cabbage,',
        'barley and diced smoked pork belly with fried onion, usually three or four of each, and finished with a layer of cabbage.',
        `It is baked covered for two to three hours at a low temperature.${ref(1)}${ref(6)}`,
      ),
      j(
        'Karvasti is served in squares, with sour cream and pickled peppers. Many cooks consider it better on the second day, when it',
        `is reheated in a pan until the bottom layer is crisp.${ref(6)}`,
      ),
    ],
  ],
  ['Regional variations', 2, ['Variants differ mainly in the grain and the meat used:']],
  [
    'Cultural significance',
    2,
    [
      j(
        'Since 2009, Olvenec has held a Karvasti Festival on the last weekend of October, at which local bakeries compete for the',
        `"Golden Krasna".${ref(7)} In 2018 the dish was added to the national register of intangible cultural heritage.${ref(8)}`,
      ),
    ],
  ],
];
const kTable = [
  ['Variant', 'Region', 'Difference'],
  ['Olvenec karvasti', 'Lower Evrin', 'Soured cabbage and smoked pork belly; the standard version'],
  ['Gorska karvasti', 'Upper Evrin highlands', 'Buckwheat instead of barley, with lamb'],
  ['Posna karvasti', 'Nationwide', 'Meatless Lenten version with mushrooms and walnuts'],
];
const kInfo: [string, string][] = [
  ['Type', 'Casserole'],
  ['Course', 'Main course'],
  ['Place of origin', 'Dravonia'],
  ['Region or state', 'Lower Evrin'],
  ['Serving temperature', 'Hot'],
  ['Main ingredients', 'Cabbage, pearl barley, smoked pork, onion'],
  ['Variations', 'Gorska, Posna'],
];
const kSeeAlso = ['Dravonian cuisine', 'Stuffed cabbage', 'List of cabbage dishes'];
const kRefs = [
  'Harlan, Ida (2009). Kitchens of the Evrin. Olvenec: Marrow Press. p. 44. ISBN 978-0-11-482093-6.',
  '"Lenten dishes of Dravonia". Dravonian Food Heritage Institute. Retrieved 12 January 2027.',
  'Petrek, Anzel (1998). An Etymological Dictionary of Dravonian. Darsk University Press. p. 311.',
  'Sovran, M. (1974). "A seventeenth-century cookbook from Sveti Orel". Journal of Balkan Food History. 3 (2): 17–29.',
  'Harlan (2009), pp. 51–53.',
  'Kostić, Lena (14 November 2021). "How to make karvasti like an Olvenec grandmother". The Darsk Herald. Retrieved 3 February 2027.',
  '"Karvasti Festival". Olvenec Tourist Board. Retrieved 3 February 2027.',
  '"National register of intangible cultural heritage: 2018 additions". Ministry of Culture of Dravonia. 2018.',
];
const kNavbox: [string, string[]][] = [
  ['Dishes', ['Karvasti', 'Orevo soup', 'Pletena', 'Sarn fish stew', 'Zelnik']],
  ['Breads', ['Krug', 'Pogača', 'Rye flatbread']],
  ['Drinks', ['Karvast', 'Plum brandy', 'Sour cherry juice']],
];
const kCats = ['Dravonian cuisine', 'Cabbage dishes', 'Barley dishes', 'Pork dishes', 'National dishes'];
const kHeads = ['Etymology', 'History', 'Preparation', 'Regional variations', 'Cultural significance', 'See also', 'References', 'External links'];
let kSection = 0;
const kContent = `<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free
encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Dravonian cabbage and barley dish</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Karvast" title="Karvast">Karvast</a>, a fermented barley
drink.</div>
<table class="infobox hrecipe adr"><tbody><tr><th colspan="2" class="infobox-above fn">Karvasti</th></tr><tr><td colspan="2" class="infobox-image"><span
class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Karvasti_Olvenec.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/Karvasti_Olvenec.jpg/250px-Karvasti_Olvenec.jpg" decoding="async" width="250" height="188"
class="mw-file-element"></a></span><div class="infobox-caption">Karvasti with sour cream in Olvenec</div></td></tr>
${kInfo.map(([l, d]) => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${d}</td></tr>`).join('\n')}
<tr><td colspan="2" class="infobox-below hlist"><ul><li><span class="noviewer" typeof="mw:File"><span><img alt="" src="//upload.wikimedia.org/Cookbook.svg"
width="16" height="16"></span></span> <b>Cookbook:</b> <a href="https://en.wikibooks.org/wiki/Cookbook:Karvasti" class="extiw">Karvasti</a></li><li><span
class="noviewer"><img alt="" src="//upload.wikimedia.org/Commons-logo.svg" width="12" height="16"></span> <a
href="https://commons.wikimedia.org/wiki/Category:Karvasti"
class="extiw">Media: Karvasti</a></li></ul></td></tr></tbody></table>
${kLead.map((t) => `<p>${t}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${kSecs
  .map(([h, , paras]) => {
    kSection++;
    const table =
      h === 'Regional variations'
        ? `\n<table class="wikitable"><caption>Common variants of karvasti</caption><tbody>${kTable
            .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('\n')}</tr>`)
            .join('\n')}</tbody></table>`
        : '';
    return `${head(kSlug, h, kSection)}\n${paras.map((t) => `<p>${t}\n</p>`).join('\n')}${table}`;
  })
  .join('\n')}
${head(kSlug, 'See also', 6)}
<ul>${kSeeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
${head(kSlug, 'References', 7)}
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">${kRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${head(kSlug, 'External links', 8)}
<ul><li><a rel="nofollow" class="external text" href="https://olvenec.example/karvasti">Karvasti recipe and festival dates</a> at the Olvenec Tourist
Board</li></ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Dravonian_cuisine_navbox" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col"
class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:Dravonian_cuisine"><abbr
title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Dravonian_cuisine"><abbr title="Discuss this
template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Dravonian_cuisine"><abbr title="Edit this
template">e</abbr></a></li></ul></div><div id="Dravonian_cuisine_navbox" style="font-size:114%;margin:0 4em"><a href="/wiki/Dravonian_cuisine">Dravonian
cuisine</a></div></th></tr>
${kNavbox
  .map(
    ([g, items], i) =>
      `<tr><th scope="row" class="navbox-group" style="width:1%">${g}</th><td class="navbox-list-with-group navbox-list navbox-${
        i % 2 === 0 ? 'odd' : 'even'
      } hlist" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${items
        .map((t) => (t === 'Karvasti' ? `<li><a class="mw-selflink selflink">${t}</a></li>` : `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`))
        .join('\n')}</ul></div></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Karvasti&amp;oldid=1219934871"
>https://en.wikipedia.org/w/index.php?title=Karvasti&amp;oldid=1219934871</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${kCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div>`;
const wikipedia: TestPage = gold({
  name: 'heldout708-wikipedia-karvasti',
  kind: 'wiki',
  html: vector({
    site: 'Wikipedia',
    host: 'en.wikipedia.org',
    title: 'Karvasti',
    toc: kHeads,
    before: '',
    content: kContent,
    lastEdited: '27 February 2027, at 11:52',
    cats: kCats,
    langs: '6 languages',
  }),
  title: 'Karvasti',
  headings: kHeads.slice(0, 5),
  body: texts([...kLead, ...kSecs.flatMap(([h, , p]) => (h === 'Regional variations' ? [...p, ...kTable.map((r) => r.join(' '))] : p))]),
  bylines: ['This page was last edited on 27 February 2027, at 11:52 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...wpNav, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...kHeads.map((h, i) => `${i + 1} ${h}`), 'Article', 'Talk', 'Read', 'Edit', 'View history', 'General', ...vTools,
    'From Wikipedia, the free encyclopedia', 'Not to be confused with Karvast, a fermented barley drink.', 'Karvasti with sour cream in Olvenec',
    ...kInfo.flat(), 'Cookbook:', 'Media: Karvasti', 'edit', 'Common variants of karvasti', 'See also', ...kSeeAlso, 'References', ...kRefs,
    'External links', 'Karvasti recipe and festival dates at the Olvenec Tourist Board', 'v', 't', 'e', 'Dravonian cuisine',
    ...kNavbox.flatMap(([g, items]) => [g, ...items]),
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Karvasti&oldid=1219934871"', 'Categories', ...kCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', 'About Wikipedia', ...vFoot,
  ],
});

export const HELDOUT708_E: readonly TestPage[] = [wikivoyage, wikipedia];
