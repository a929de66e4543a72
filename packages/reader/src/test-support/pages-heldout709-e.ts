import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout709-kit.js';

/**
 * Held-out batch 709, file e: a Wikipedia article on a river (Vector 2022 with its header, main menu and tools dropdowns,
 * sidebar contents, language button, page toolbar, coordinates, hatnote, river infobox, figures, citation markers, a
 * gauging-station table, See also, references, external links, a navbox, categories and the footer), and a field-method page
 * in a BookStack knowledge base (header links, breadcrumbs, tags, book navigation, page navigation, details and actions,
 * callouts, lists and a table, previous / next links).
 */
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const wTitle = 'Velmar River';
const wLead = [
  j(
    `The <b>Velmar River</b> (Dunmarkish: <i lang="dm">Velmarå</i>) is a river in southern Dunmark. It rises in Lake Aumar in the`,
    `Harrow Hills and flows 214 kilometres (133 mi) south-east through the provinces of Harrowfield and Ostmere before entering the`,
    `Gulf of Tessa at Velmouth.${ref(1)} Its drainage basin covers about 6,900 km² (2,700 sq mi), roughly a tenth of the`,
    `country.`,
  ),
  j(
    'The river was used to float timber until 1961 and has been dammed for hydroelectric power at three places. Since the 1990s it',
    `has been the subject of one of Dunmark’s largest river restoration programmes, which has reopened most of the main stem to`,
    `migrating sea trout and salmon.${ref(2)}`,
  ),
];
type Sec = [string, 'h2' | 'h3', string[]];
const wSecs: Sec[] = [
  ['Course', 'h2', []],
  [
    'Upper course',
    'h3',
    [
      j(
        'The Velmar leaves Lake Aumar at 312 metres above sea level through a short gorge known as the Aumar Throat. For its first',
        '60 kilometres it runs through coniferous forest and bog, falling steeply over a series of rapids, the largest of which is',
        `the 14-metre Kettlefoss.${ref(3)} The Brenna and the Lille Aum join from the west near the village of Skarvik.`,
      ),
    ],
  ],
  [
    'Lower course',
    'h3',
    [
      j(
        'Below Skarvik the valley widens into farmland, and the river slows and begins to meander. At Ostby it is joined by its',
        'largest tributary, the Tornå, which roughly doubles its flow. The last 20 kilometres cross a flat coastal plain, and the',
        `river reaches the sea through a small delta of three channels at Velmouth, the province’s main port.${ref(4)}`,
      ),
    ],
  ],
  [
    'Hydrology',
    'h2',
    [
      j(
        'The Velmar has a snowmelt regime. Flow is lowest in late winter and peaks in May, when it can exceed ten times the',
        `February average. Autumn rain produces a smaller second peak in October and November.${ref(5)} The highest flow on record,`,
        '1,140 m³/s at Ostby, was measured during the spring flood of 1977.',
      ),
    ],
  ],
  [
    'History',
    'h2',
    [
      j(
        'Timber from the upper valley was floated down the river to sawmills at Ostby and Velmouth from the 17th century until',
        'floating ended in 1961. Many of the rapids were cleared or channelled to let logs pass, which destroyed much of the',
        `spawning gravel.${ref(6)}`,
      ),
      j(
        'Three hydroelectric dams were built between 1938 and 1962: Kettlefoss, Skarvik and Ostby. Together they produce around',
        '410 GWh a year. The Ostby dam, the lowest on the river, blocked salmon from all but the last 31 kilometres of the river.',
      ),
    ],
  ],
  [
    'Environment',
    'h2',
    [
      j(
        'In 1994 the provinces of Harrowfield and Ostmere and the dam owner, Velmar Kraft, began a restoration programme. A fish',
        `ladder was built at Ostby in 1998 and a nature-like bypass channel at Skarvik in 2009.${ref(7)} Between 2012 and 2019 more`,
        'than 80 kilometres of channelled stretches were restored by putting back boulders and gravel.',
      ),
      j(
        'The number of salmon passing the Ostby ladder rose from fewer than 200 a year in the early 2000s to 2,310 in 2025. In',
        `2024 the government agreed to remove the Kettlefoss dam, whose licence expires in 2029, which would open the whole river to`,
        `fish for the first time in almost a century.${ref(8)}`,
      ),
    ],
  ],
];
const wTable = [
  ['Station', 'Distance from mouth', 'Catchment area', 'Mean discharge'],
  ['Skarvik', '152 km', '1,480 km²', '24 m³/s'],
  ['Ostby', '61 km', '5,210 km²', '78 m³/s'],
  ['Velmouth', '2 km', '6,870 km²', '96 m³/s'],
];
const wInfo: [string, string][] = [
  ['Country', 'Dunmark'],
  ['Provinces', 'Harrowfield, Ostmere'],
  ['Cities', 'Ostby, Velmouth'],
];
const wInfo2: [string, string][] = [
  ['Source', 'Lake Aumar'],
  ['• elevation', '312 m (1,024 ft)'],
  ['Mouth', 'Gulf of Tessa'],
  ['• location', 'Velmouth'],
  ['Length', '214 km (133 mi)'],
  ['Basin size', '6,900 km² (2,700 sq mi)'],
  ['Discharge', '96 m³/s (3,400 cu ft/s)'],
];
const wInfo3: [string, string][] = [
  ['• left', 'Tornå'],
  ['• right', 'Brenna, Lille Aum'],
];
const wRefs = [
  '“Velmarå”. Dunmark Atlas of Rivers. National Water Agency. Retrieved 12 January 2027.',
  'Holm, Agnete (2019). Rivers Reopened: Thirty Years of Restoration in Dunmark. Ostby: Tornå Press. pp. 44–52.',
  '“Kettlefoss”. Harrowfield Provincial Museum. Retrieved 12 January 2027.',
  'Stavik, Per (2008). The Coast of Ostmere. Velmouth: Gulf Books. p. 19.',
  'National Water Agency (2022). “Hydrological yearbook 2021” (PDF). p. 88.',
  'Holm 2019, p. 23.',
  'Lind, Karin; Holm, Agnete (2011). “Fish passage at Skarvik”. Nordic Journal of River Science. 18 (2): 101–117.',
  '“Government agrees to remove Kettlefoss dam”. Ostmere Tidende. 4 October 2024. Retrieved 12 January 2027.',
];
const wSee = ['List of rivers of Dunmark', 'Dam removal in Dunmark'];
const wExt = ['Velmar River Council (in Dunmarkish)', 'Live water levels on the Velmar, National Water Agency'];
const wNavbox = ['Rivers of Dunmark', 'Aum', 'Brenna', 'Kalv', 'Lille Aum', 'Sund', 'Tornå', 'Velmar'];
const wCats = ['Rivers of Dunmark', 'Harrowfield Province', 'Ostmere Province', 'Dam removal'];
const wMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wTools = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'];
const wFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const wToc: [string, string, string[]][] = [
  ['1', 'Course', ['1.1 Upper course', '1.2 Lower course']],
  ['2', 'Hydrology', []],
  ['3', 'History', []],
  ['4', 'Environment', []],
  ['5', 'See also', []],
  ['6', 'References', []],
  ['7', 'External links', []],
];
let wSecN = 0;
const wHead = (t: string, tag: 'h2' | 'h3'): string => {
  wSecN++;
  return `<div class="mw-heading mw-heading${tag.slice(1)}"><${tag} id="${t.replace(/ /g, '_')}">${t}</${tag}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Velmar_River&amp;action=edit&amp;section=${wSecN}" title="Edit section:
${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const wSec = ([t, tag, p]: Sec): string => `${wHead(t, tag)}\n${ps(p)}`;
const row = ([l, v]: [string, string]): string => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${v}</td></tr>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled
vector-feature-page-tools-pinned-disabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-appearance-pinned-clientpref-1
skin-theme-clientpref-day vector-sticky-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Velmar River - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgPageName":"Velmar_River","wgTitle":"Velmar River","wgCurRevisionId":1274419820,"wgArticleId":6125533,"wgIsArticle":true,
"wgCategories":["Rivers of Dunmark","Harrowfield Province","Ostmere Province","Dam removal"],"wgPageContentLanguage":"en","wgRelevantPageName":"Velmar_River"};
RLSTATE={"skins.vector.user.styles":"ready","site.styles":"ready","skins.vector.styles":"ready","ext.cite.styles":"ready"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.14"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="Velmar River - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Velmar_River"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Velmar_River
rootpage-Velmar_River skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div
id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned"><div class="vector-pinnable-header-label">Main menu</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${wMain
  .map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width"><form action="/w/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input
cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"
autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
</div><input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en"><span>Donate</span></a></li><li
id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="/w/index.php?title=Special:CreateAccount&amp;returnto=Velmar+River"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Velmar+River"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div
class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button>
</div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc
  .map(
    ([
      n,
      t,
      subs,
    ]) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div
class="vector-toc-text"><span class="vector-toc-numb">${n}</span> <span>${t}</span></div></a>${
      subs.length > 0
        ? `<button aria-controls="toc-${t}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle"><span class="vector-icon
mw-ui-icon-wikimedia-expand"></span><span>Toggle ${t} subsection</span></button><ul id="toc-${t}-sublist" class="vector-toc-list">${subs
            .map((s) => {
              const [sn, ...st] = s.split(' ');
              return `<li class="vector-toc-list-item vector-toc-level-2"><a class="vector-toc-link" href="#${st.join('_')}"><div class="vector-toc-text"><span
class="vector-toc-numb">${sn}</span> <span>${st.join(' ')}</span></div></a></li>`;
            })
            .join('')}</ul>`
        : '<ul class="vector-toc-list"></ul>'
    }</li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><input type="checkbox"
id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label
id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span><span
class="vector-dropdown-label-text">Toggle the table of contents</span></label><div class="vector-dropdown-content"><div
id="vector-page-titlebar-toc-unpinned-container"
class="vector-unpinned-container"></div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 9 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
mw-portlet-lang-heading-9" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span
class="vector-dropdown-label-text">9 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li
id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Velmar_River" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li><li
id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Velmar_River" rel="discussion" title="Discuss improvements to the content page [t]"
accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views"><div
class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Velmar_River"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=Velmar_River&amp;action=edit"
title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=Velmar_River&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View
history</span></a></li></ul></div></div>
</nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown"><input
type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div
id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div
class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned"><div class="vector-pinnable-header-label">Tools</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div
class="vector-menu-heading">General</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${wTools
  .map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">River in southern Dunmark</div>
<div role="note" class="hatnote navigation-not-searchable">For the town at its mouth, see <a href="/wiki/Velmouth" title="Velmouth">Velmouth</a>.</div>
<span id="coordinates"><a href="/wiki/Geographic_coordinate_system" title="Geographic coordinate system">Coordinates</a>: <span class="plainlinks
nourlexpansion"><a class="external text" href="https://geohack.toolforge.org/geohack.php?pagename=Velmar_River&amp;params=56_41_N_15_58_E_type:river"><span
class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location"><span class="latitude">56°41′N</span> <span
class="longitude">15°58′E</span></span></span></a></span></span>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Velmar_at_Ostby.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Velmar_at_Ostby.jpg/250px-Velmar_at_Ostby.jpg" decoding="async"
width="250" height="167" class="mw-file-element"></a></span><div class="infobox-caption">The Velmar at Ostby, looking downstream</div></td></tr>
<tr><th colspan="2" class="infobox-header">Location</th></tr>
${wInfo.map(row).join('\n')}
<tr><th colspan="2" class="infobox-header">Physical characteristics</th></tr>
${wInfo2.map(row).join('\n')}
<tr><th colspan="2" class="infobox-header">Basin features</th></tr>
<tr><th colspan="2" class="infobox-label" style="text-align:left">Tributaries</th></tr>
${wInfo3.map(row).join('\n')}</tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wHead('Course', 'h2')}
${wSec(wSecs[1] ?? ['', 'h2', []])}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Kettlefoss_2019.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/3/3b/Kettlefoss_2019.jpg/220px-Kettlefoss_2019.jpg" decoding="async" width="220" height="147"
class="mw-file-element"></a><figcaption>Kettlefoss, the largest waterfall on the river, with the dam above it</figcaption></figure>
${wSec(wSecs[2] ?? ['', 'h2', []])}
${wSec(wSecs[3] ?? ['', 'h2', []])}
<table class="wikitable"><caption>Gauging stations on the Velmar${ref(5)}</caption><tbody><tr>${(wTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${wTable
  .slice(1)
  .map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`)
  .join('\n')}</tbody></table>
${wSecs
  .slice(4)
  .map((s) => wSec(s))
  .join('\n')}
${wHead('See also', 'h2')}
<ul>${links(wSee)}</ul>
${wHead('References', 'h2')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('External links', 'h2')}
<ul>${wExt.map((t) => `<li><a rel="nofollow" class="external text" href="https://example.org/${t.length}">${t}</a></li>`).join('\n')}</ul>
<div role="navigation" class="navbox" aria-labelledby="Rivers_of_Dunmark" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse
navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar
plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Rivers_of_Dunmark" title="Template:Rivers of Dunmark"><abbr title="View this
template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Rivers_of_Dunmark"><abbr title="Discuss this template">t</abbr></a></li><li
class="nv-edit"><a href="/wiki/Special:EditPage/Template:Rivers_of_Dunmark"><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="Rivers_of_Dunmark" style="font-size:114%;margin:0 4em">${at(wNavbox, 0)}</div></th></tr><tr><th scope="row" class="navbox-group">Flowing to the Gulf
of Tessa</th><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div style="padding:0 0.25em"><ul>${links(wNavbox.slice(1))}</ul></div></td></tr>
</tbody></table></div></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Velmar_River&amp;oldid=1274419820"
>https://en.wikipedia.org/w/index.php?title=Velmar_River&amp;oldid=1274419820</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(wCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 March
2027, at 09:41<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow"
class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms
may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of
Use</a> and <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a
registered trademark of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit
organization.</li></ul><ul id="footer-places">${wFoot.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></footer></div>
</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6b9c8d5f7-x2k9q",
"wgBackendResponseTime":142});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout709-wikipedia-river',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([t]) => t),
  body: texts([...wLead, ...wSecs.slice(0, 4).flatMap(([, , p]) => p), ...wTable.map((r) => r.join(' ')), ...wSecs.slice(4).flatMap(([, , p]) => p)]),
  bylines: ['This page was last edited on 3 March 2027, at 09:41 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wMain, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', '(Top)',
    ...wToc.flatMap(([n, t, s]) => [n, t, ...s.map((x) => x.split(' ')[0] ?? '')]), 'Toggle Course subsection', 'Article', 'Talk', 'Read', 'Edit',
    'View history', 'Tools', 'General', ...wTools, 'From Wikipedia, the free encyclopedia', 'For the town at its mouth, see Velmouth.', 'Coordinates:',
    '56°41′N 15°58′E', 'The Velmar at Ostby, looking downstream', 'Location', ...wInfo.flat(), 'Physical characteristics', ...wInfo2.flat(),
    'Basin features', 'Tributaries', ...wInfo3.flat(), 'edit', 'Kettlefoss, the largest waterfall on the river, with the dam above it',
    'Gauging stations on the Velmar[5]', 'See also', ...wSee, 'References', ...wRefs, 'External links', ...wExt, ...wNavbox, 'v', 't', 'e',
    'Flowing to the Gulf of Tessa',
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Velmar_River&oldid=1274419820"', 'Categories:', ...wCats,
    j(
      'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree',
      'to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
    ),
    ...wFoot,
  ],
});

const bTitle = 'Kick sampling for river invertebrates';
const bIntro = j(
  'River invertebrates are the simplest way for volunteers to keep an eye on water quality. Many of them cannot survive',
  'pollution, so a drop in the number of sensitive groups at a site is often the first sign that something is wrong upstream.',
  'This page describes how we take and record a kick sample.',
);
const bInfo = j(
  'Our method follows the three-minute kick sample used by the regional monitoring scheme, so that our results can be compared',
  'with theirs. Please do not change the timings or the net size.',
);
const bEquip = [
  'Standard pond net with a 1 mm mesh and a 25 cm frame',
  'White sorting tray and two ice-cube trays',
  'Hand lens or field microscope',
  'Recording sheet (version 4, 2026) and a pencil',
  'Waders or wellingtons, and a wading stick',
];
const bWarn = j(
  'Never sample alone, and never enter water above knee height or within 48 hours of heavy rain. Cover any cuts with',
  'waterproof plasters and wash your hands before eating: there are sewage overflows upstream of most of our sites.',
);
const bMethod = [
  'Choose a riffle, a shallow stretch where the water runs quickly over stones, and record the site code and time on the sheet.',
  j(
    'Hold the net upright on the river bed, facing upstream, and kick the bed just in front of it for three minutes, working',
    'across all the different habitats at the site.',
  ),
  'Spend one more minute searching stones and plants by hand, rinsing anything you find into the net.',
  'Empty the net into the tray with a few centimetres of river water and leave it to settle for two minutes.',
];
const bSort = j(
  'Sort the animals into the ice-cube trays by group, using the identification cards in the kit box. You only need to record',
  'whether each group is present and roughly how many there are, not the exact count.',
);
const bTable = [
  ['Group', 'Score', 'Notes'],
  ['Cased caddisfly larvae', '3', 'Look for cases made of sand, stones or plant pieces'],
  ['Mayfly larvae', '3', 'Three tails; flat-bodied ones live under stones'],
  ['Stonefly larvae', '3', 'Two tails, usually found in fast water'],
  ['Freshwater shrimp', '2', 'Swim on their sides'],
  ['Blackfly larvae', '1', 'Attach to stones in fast current'],
  ['Worms and leeches', '0', 'Record but do not score'],
];
const bScore = j(
  'Add up the scores of the groups present. A site scoring 6 or more usually has good water quality; a fall of 4 or more',
  'points from the site’s usual score should be reported, even if the new score still looks high.',
);
const bSuccess = 'Return all animals to the river, upstream of where you sampled, as soon as you have finished recording.';
const bAfter = j(
  'Enter your results in the online form within three days, and photograph the paper sheet for the site folder. If the',
  'score has dropped, call the coordinator on the number in the kit box the same day: the regulator can only trace a',
  'pollution incident while it is still happening.',
);
const bSecs = ['Equipment', 'Safety', 'Method', 'Sorting and recording', 'After the survey'];
const bBooks: [string, string[]][] = [
  ['Before you start', ['Volunteer induction', 'Site access and landowners']],
  ['River surveys', ['Water sample labelling', 'Kick sampling for river invertebrates', 'Electrofishing: who to call']],
  ['Equipment', ['Kit box checklist', 'Cleaning nets between sites']],
];
const bTags: [string, string][] = [
  ['Method', 'Kick sample'],
  ['Season', 'March to October'],
  ['Reviewed', '2026'],
];
const bActions = ['Revisions', 'Export', 'Edit', 'Copy', 'Move', 'Permissions', 'Delete'];
const bId = (t: string): string => `bkmrk-${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class=""><head><title>Kick sampling for river invertebrates | Fen Rivers Monitoring Wiki</title>
<meta name="viewport" content="width=device-width"><meta name="token" content="Zq3h7Xn0bR5tLw8mKc2vYp1dFs6gJa9eTu4iOx0n"><meta name="base-url"
content="https://wiki.fenrivers.example"><meta charset="utf-8"><meta property="og:title" content="Kick sampling for river invertebrates | Fen Rivers Monitoring
Wiki">
<meta property="og:url" content="https://wiki.fenrivers.example/books/field-methods/page/kick-sampling-for-river-invertebrates">
<link rel="stylesheet" href="https://wiki.fenrivers.example/dist/styles.css?version=v24.12.1"><link rel="stylesheet" media="print"
href="https://wiki.fenrivers.example/dist/print-styles.css?version=v24.12.1">
<style id="custom-styles">:root{--color-primary:#2a6f4e;--color-primary-light:rgba(42,111,78,0.15);--color-link:#2a6f4e;--color-bookshelf:#a94747}</style>
<script src="https://wiki.fenrivers.example/dist/app.js?version=v24.12.1" type="module" nonce="mLq4Ze1Wn8"></script></head>
<body class="tri-layout" component="tri-layout"><a class="px-m py-s skip-to-content-link" href="#main-content">Skip to main content</a>
<div component="notification" option:notification:type="success" option:notification:auto-hide="true" class="notification success"
style="display: none;" role="alert"><span></span></div>
<header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden"><div class="flex-container-row justify-space-between
gap-s
items-center"><a href="https://wiki.fenrivers.example" data-shortcut="home_view" class="logo"><img class="logo-image"
src="https://wiki.fenrivers.example/uploads/images/system/logo.png"
alt="Logo"><span class="logo-text">Fen Rivers Monitoring Wiki</span></a><button type="button" refs="header-mobile-toggle@toggle"
title="Expand Header Menu" aria-expanded="false" class="mobile-menu-toggle hide-over-l"><svg aria-hidden="true"></svg></button></div>
<div class="flex-container-column items-center justify-center hide-under-l"><div class="search-box flexible hide-under-l"><form id="header-search-box-form"
action="https://wiki.fenrivers.example/search" method="GET" role="search" tabindex="0"><button id="header-search-box-button" type="submit" aria-label="Search"
tabindex="-1"><svg aria-hidden="true"></svg></button><input id="header-search-box-input" type="text" name="term" data-shortcut="global_search"
autocomplete="off" aria-label="Search" placeholder="Search" value=""></form></div></div>
<div class="flex-container-row justify-flex-end items-center"><div refs="header-mobile-toggle@menu" class="header-links"><div class="links text-center">
<a data-shortcut="shelves_view" href="https://wiki.fenrivers.example/shelves"><svg aria-hidden="true"></svg>Shelves</a><a data-shortcut="books_view"
href="https://wiki.fenrivers.example/books"><svg aria-hidden="true"></svg>Books</a><a data-shortcut="settings_view"
href="https://wiki.fenrivers.example/settings"><svg aria-hidden="true"></svg>Settings</a></div>
<div class="dropdown-container" component="dropdown" option:dropdown:bubble-escapes="true"><span class="user-name py-s hide-under-l" refs="dropdown@toggle"
aria-haspopup="true" aria-expanded="false" aria-label="Profile Menu" tabindex="0"><img class="avatar"
src="https://wiki.fenrivers.example/uploads/images/user/tom.png"
alt="Tom Ashdown"><span class="name">Tom Ashdown</span><svg aria-hidden="true"></svg></span></div></div></div></header>
<div id="content" class="block"><div class="tri-layout-container" component="tri-layout"><div class="tri-layout-sides print-hidden"><div
class="tri-layout-sides-content"><div class="tri-layout-left print-hidden" id="sidebar"><aside class="tri-layout-left-contents">
<section class="mb-xl"><h5>Tags</h5><div class="blended-links"><div class="tag-box">${bTags
  .map(
    ([n, v]) => `<div class="tag-item primary-background-light" data-name="${n}" data-value="${v}"><div class="tag-name"><a
href="https://wiki.fenrivers.example/search?term=%5B${n}%5D">${n}</a></div><div class="tag-value"><a
href="https://wiki.fenrivers.example/search?term=%5B${n}%3D${v.replace(/ /g, '+')}%5D">${v}</a></div></div>`,
  )
  .join('\n')}</div></div></section>
<nav id="page-navigation" class="mb-xl" aria-label="Page Navigation"><h5>Page Navigation</h5><div class="body"><div class="sidebar-page-nav menu">${bSecs
  .map((t) => `<div class="nav-item h-level-2"><a href="#${bId(t)}" class="text-limit-lines-1 block">${t}</a></div>`)
  .join('\n')}</div></div></nav>
<nav id="book-tree" class="book-tree mb-xl" aria-label="Book Navigation"><h5>Book Navigation</h5><ul class="sidebar-page-list mt-xs menu entity-list">
<li class="list-item-book book"><a href="https://wiki.fenrivers.example/books/field-methods" class="book entity-list-item" data-entity-type="book"><span
role="presentation" class="icon text-book"><svg aria-hidden="true"></svg></span><div class="content"><span class="entity-name break-text">Field
Methods</span></div></a></li>
${bBooks
  .map(
    ([c, pages]) => `<li class="list-item-chapter"><a href="https://wiki.fenrivers.example/books/field-methods/chapter/${bId(c).slice(6)}" class="chapter
entity-list-item"
data-entity-type="chapter"><span role="presentation" class="icon text-chapter"><svg aria-hidden="true"></svg></span><div class="content"><span
class="entity-name
break-text">${c}</span></div></a><div class="entity-list-item no-hover"><span role="presentation" class="icon text-chapter"></span><div class="content"><button
type="button" class="chapter-contents-toggle text-muted" aria-expanded="true">${pages.length} Pages</button><ul class="chapter-contents-list
sub-menu inset-list">${pages
      .map(
        (p) => `<li class="list-item-page"><a href="https://wiki.fenrivers.example/books/field-methods/page/${bId(p).slice(6)}" class="page
entity-list-item${p === bTitle ? ' selected' : ''}"
data-entity-type="page"><span role="presentation" class="icon text-page"><svg aria-hidden="true"></svg></span><div class="content"><span class="entity-name
break-text">${p}</span></div></a></li>`,
      )
      .join('')}</ul></div></div></li>`,
  )
  .join('\n')}</ul></nav></aside></div>
<div class="tri-layout-right print-hidden"><aside class="tri-layout-right-contents"><div id="page-details" class="entity-details mb-xl"><h5>Details</h5><div
class="blended-links"><div class="entity-meta"><div class="entity-meta-item"><svg aria-hidden="true"></svg><div>Revision #7</div></div><a
href="https://wiki.fenrivers.example/user/priya-nair" class="entity-meta-item"><svg aria-hidden="true"></svg><div>Created <span title="Thu, Feb 8, 2026
10:14 AM">1 year ago</span> by <strong>Priya Nair</strong></div></a><a href="https://wiki.fenrivers.example/user/tom-ashdown" class="entity-meta-item"><svg
aria-hidden="true"></svg><div>Updated <span title="Tue, Feb 16, 2027 7:52 PM">3 weeks ago</span> by <strong>Tom Ashdown</strong></div></a></div></div></div>
<div class="actions mb-xl"><h5>Actions</h5><div class="icon-list text-link">${bActions
  .map(
    (a) => `<a href="https://wiki.fenrivers.example/books/field-methods/page/kick-sampling-for-river-invertebrates/${a.toLowerCase()}"
class="icon-list-item"><span><svg aria-hidden="true"></svg></span><span>${a}</span></a>`,
  )
  .join('\n')}</div></div></aside></div></div></div>
<div class="tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents"><div class="mb-m print-hidden"><nav class="breadcrumbs text-center"
aria-label="Breadcrumb" component="dropdown-breadcrumbs"><div class="breadcrumb-listing" component="dropdown" refs="dropdown-breadcrumbs@breadcrumb"><a
href="https://wiki.fenrivers.example/shelves/monitoring-handbook" class="text-bookshelf icon-list-item outline-hover"><span><svg
aria-hidden="true"></svg></span><span>Monitoring
Handbook</span></a></div><div class="separator"><svg aria-hidden="true"></svg></div><a href="https://wiki.fenrivers.example/books/field-methods"
class="text-book
icon-list-item outline-hover"><span><svg aria-hidden="true"></svg></span><span>Field Methods</span></a><div class="separator"><svg
aria-hidden="true"></svg></div><a
href="https://wiki.fenrivers.example/books/field-methods/chapter/river-surveys" class="text-chapter icon-list-item outline-hover"><span><svg
aria-hidden="true"></svg></span><span>River surveys</span></a><div class="separator"><svg aria-hidden="true"></svg></div><a
href="https://wiki.fenrivers.example/books/field-methods/page/kick-sampling-for-river-invertebrates" class="text-page icon-list-item outline-hover"><span><svg
aria-hidden="true"></svg></span><span>${bTitle}</span></a></nav></div>
<main class="content-wrap card"><div class="page-content clearfix" page-display="318"><div dir="auto">
<h1 class="break-text" id="bkmrk-page-title">${bTitle}</h1><div style="clear:left;"></div>
<p id="bkmrk-river-invertebrates-a">${bIntro}</p>
<p class="callout info" id="bkmrk-our-method-follows-t">${bInfo}</p>
<h2 id="${bId(at(bSecs, 0))}">${at(bSecs, 0)}</h2>
<ul id="bkmrk-standard-pond-net-wi">${lis(bEquip)}</ul>
<h2 id="${bId(at(bSecs, 1))}">${at(bSecs, 1)}</h2>
<p class="callout warning" id="bkmrk-never-sample-alone%2C">${bWarn}</p>
<h2 id="${bId(at(bSecs, 2))}">${at(bSecs, 2)}</h2>
<ol id="bkmrk-choose-a-riffle%2C-a-s">${lis(bMethod)}</ol>
<h2 id="${bId(at(bSecs, 3))}">${at(bSecs, 3)}</h2>
<p id="bkmrk-sort-the-animals-int">${bSort}</p>
<table id="bkmrk-group-score-notes" style="border-collapse: collapse; width: 100%;" border="1"><colgroup><col style="width: 36%;"><col style="width: 12%;"><col
style="width: 52%;"></colgroup><tbody>${bTable.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table>
<p id="bkmrk-add-up-the-scores-of">${bScore}</p>
<p class="callout success" id="bkmrk-return-all-animals-t">${bSuccess}</p>
<h2 id="${bId(at(bSecs, 4))}">${at(bSecs, 4)}</h2>
<p id="bkmrk-enter-your-results-i">${bAfter}</p>
</div></div></main>
<div class="grid half collapse-xs items-center mb-m px-m no-row-gap fade-in-when-active print-hidden"><div><a
href="https://wiki.fenrivers.example/books/field-methods/page/water-sample-labelling" class="outline-hover grid-link-prev"><div class="flex-container-row
items-center gap-s"><svg aria-hidden="true"></svg><div><span class="text-muted text-xs">Previous</span><div class="text-limit-lines-1">Water sample
labelling</div></div></div></a></div><div><a href="https://wiki.fenrivers.example/books/field-methods/page/electrofishing-who-to-call" class="outline-hover
grid-link-next"><div class="flex-container-row items-center gap-s"><div><span class="text-muted text-xs">Next</span><div
class="text-limit-lines-1">Electrofishing:
who to call</div></div><svg aria-hidden="true"></svg></div></a></div></div>
</div></div></div></div>
<footer class="print-hidden"><a href="https://fenrivers.example/privacy" target="_blank">Privacy Policy</a><a href="https://fenrivers.example/volunteer-terms"
target="_blank">Volunteer Terms</a></footer>
<div component="back-to-top" class="back-to-top print-hidden"><div class="inner"><svg aria-hidden="true"></svg><span>Back to
top</span></div></div></body></html>`;
const bookstack: TestPage = gold({
  name: 'heldout709-bookstack-kick-sampling',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: bSecs,
  body: texts([bIntro, bInfo, ...bEquip, bWarn, ...bMethod, bSort, ...bTable.map((r) => r.join(' ')), bScore, bSuccess, bAfter]),
  bylines: ['Created 1 year ago by Priya Nair', 'Updated 3 weeks ago by Tom Ashdown'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fen Rivers Monitoring Wiki', 'Shelves', 'Books', 'Settings', 'Tom Ashdown', 'Tags', ...bTags.flat(), 'Page Navigation',
    ...bSecs, 'Book Navigation', 'Field Methods', ...bBooks.flatMap(([c, p]) => [c, `${p.length} Pages`, ...p]), 'Details', 'Revision #7',
    'Actions', ...bActions, 'Monitoring Handbook', 'Previous', 'Water sample labelling', 'Next', 'Electrofishing: who to call',
    'Privacy Policy', 'Volunteer Terms', 'Back to top',
  ],
});

export const HELDOUT709_E: readonly TestPage[] = [wikipedia, bookstack];
