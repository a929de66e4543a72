import { type TestPage, texts } from './page-kit.js';
import { redditThread } from './pages-heldout95-f2.js';
import { wkChrome, wkFoot, wkHeader, wkTools } from './pages-heldout95-f3.js';

/**
 * Held-out batch 95, file f: an English Wikipedia article about a village in the Vector 2022 skin (the header and main
 * menu from file f3, the pinnable "Contents" TOC, the title bar with the language button, the Article/Talk and
 * Read/Edit/View history tabs, the Tools menu, "From Wikipedia, the free encyclopedia", the coordinates, a hatnote, the
 * settlement infobox, paragraphs with citation marks, headings with "[edit]" links, thumbnails with captions, the
 * references list, a navbox, the categories, the last-edited line, the licence text and the footer) and, from file f2, a
 * Reddit thread in the current design.
 */
const wkTitle = 'Kelderby';
const wkLead = [
  '<b>Kelderby</b> is a village and civil parish in the Harrowdale district of North Yorkshire, England. It lies on the north bank of the River ' +
    'Swale, about 6 miles (10 km) west of Northallerton. At the 2021 census the parish had a population of 612.<sup id="cite_ref-census_1-0" ' +
    'class="reference"><a href="#cite_note-census-1"><span class="cite-bracket">[</span>1<span class="cite-bracket">]</span></a></sup>',
  'The village is known for its medieval packhorse bridge and for the Kelderby Show, an agricultural show held each August since 1868.',
];
const cite = (n: number, name: string): string =>
  `<sup id="cite_ref-${name}_${n}-0" class="reference"><a href="#cite_note-${name}-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const wkH1 = 'History';
const wkP1 = [
  'The name is thought to derive from the Old Norse <i>kelda</i>, meaning a spring, and <i>bý</i>, a farmstead. The settlement is recorded in the ' +
    'Domesday Book of 1086 as <i>Chelderbi</i>, when it belonged to the lands of Count Alan of Brittany.' +
    cite(2, 'domesday'),
  'In the 14th century the manor passed to the Fitzhugh family, who built a fortified house on the rise above the river. Only fragments of its ' +
    'walls survive, incorporated into the farm buildings of Hall Farm.',
  'The village grew in the 18th century around a corn mill on the Swale and a coaching inn on the road between Richmond and Northallerton. ' +
    'The mill closed in 1931 and was converted into houses in the 1980s.' +
    cite(3, 'mills'),
];
const wkH2 = 'Geography';
const wkP2 = [
  'Kelderby stands at about 60 metres (200 ft) above sea level on a terrace of sand and gravel left by the retreating ice at the end of the last ' +
    'glacial period. The land around the village is mostly arable farmland, with water meadows along the river that flood most winters.',
  'The parish includes the hamlets of Low Garth and Swaleholme.',
];
const wkH3 = 'Landmarks';
const wkH3a = 'Church of St Oswald';
const wkP3 = [
  'The parish church of St Oswald dates from the 12th century, with a north aisle added in the 14th century and a tower rebuilt in 1867. It is a ' +
    'Grade II* listed building.' +
    cite(4, 'historic'),
];
const wkH3b = 'Packhorse bridge';
const wkP3b = [
  'The narrow stone bridge over Kelder Beck, east of the village green, was built in the 16th century for packhorse traffic. It is a scheduled ' +
    'monument and is closed to vehicles.',
];
const wkH4 = 'Transport';
const wkP4 = [
  'The B6271 road passes through the village. A bus service runs between Richmond and Northallerton on weekdays. The nearest railway station ' +
    'is Northallerton, on the East Coast Main Line.',
];
const wkH5 = 'References';
const wkRefs = [
  '^ "Kelderby Parish: 2021 Census profile". Office for National Statistics. Retrieved 14 March 2024.',
  '^ Thackeray, E. (2004). The Domesday Villages of the North Riding. York: Minster Books. p. 41.',
  '^ Hartley, M. (1998). Water Mills of the Swale Valley. Richmond: Swaledale Press. p. 88.',
  '^ Historic England. "Church of St Oswald (1150322)". National Heritage List for England. Retrieved 2 February 2024.',
];
const wkHatnote = 'For the ship, see HMS Kelderby.';
const wkCoord = 'Coordinates: 54°22′N 1°36′W';
const wkCaps = ['The packhorse bridge over Kelder Beck', 'St Oswald’s Church from the south'] as const;
const wkInfo = [
  ['Village and civil parish', ''],
  ['Population', '612 (2021 census)'],
  ['OS grid reference', 'SE 241 953'],
  ['Civil parish', 'Kelderby'],
  ['Unitary authority', 'North Yorkshire'],
  ['Ceremonial county', 'North Yorkshire'],
  ['Country', 'England'],
  ['Post town', 'NORTHALLERTON'],
  ['Postcode district', 'DL7'],
];
const wkInfoCap = 'St Oswald’s Church, Kelderby';
const wkNavTitle = 'Villages and settlements in the Harrowdale district';
const wkNav = ['Ainderby Mires', 'Brompton-on-Swale', 'Catterick Bridge', 'Kirby Fleetham', 'Langton upon Swale', 'Morton-on-Swale', 'Scruton'];
const wkCats = ['Categories', 'Villages in North Yorkshire', 'Civil parishes in North Yorkshire', 'Harrowdale'];
const wkEdited = 'This page was last edited on 9 September 2025, at 17:42 (UTC).';
const wkLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to ' +
  'the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
const head = (level: number, t: string): string => {
  const anchor = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${anchor}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Kelderby&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const wp = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const thumb = (cap: string, file: string): string => `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:${file}"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a1/${file}/250px-${file}" decoding="async" width="250" height="167"
class="mw-file-element"></a><figcaption>${cap}</figcaption></figure>`;
const tocItems = [wkH1, wkH2, wkH3, wkH4, wkH5];
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled
skin-theme-clientpref-day vector-sticky-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Kelderby - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Kelderby","wgTitle":"Kelderby","wgCurRevisionId":1245110381,"wgArticleId":3317204,"wgIsArticle":true,
"wgCategories":["Villages in North Yorkshire","Civil parishes in North Yorkshire","Harrowdale"],"wgPageContentLanguage":"en","wgCoordinates":{"lat":54.3667,
"lon":-1.6}};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.17"><meta property="og:title" content="Kelderby - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Kelderby"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"name":"Kelderby","url":"https://en.wikipedia.org/wiki/Kelderby","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"datePublished":"2007-04-11T19:21:05Z","dateModified":"2025-09-09T17:42:10Z","headline":"village in North Yorkshire, England"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kelderby rootpage-Kelderby
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">${wkHeader}</div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${tocItems
  .map(
    (t, i) => `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a>${
      t === wkH3
        ? `<button aria-controls="toc-Landmarks-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle"><span
class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle Landmarks subsection</span></button>`
        : ''
    }</li>`,
  )
  .join('')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><label
class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true"><span class="vector-dropdown-label-text">Toggle the table of
contents</span></label></div></nav><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wkTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label id="p-lang-btn-label" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--action-progressive cdx-button--weight-quiet" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive">
</span><span class="vector-dropdown-label-text">3 languages</span></label><div class="vector-dropdown-content"><ul class="vector-menu-content-list"><li
class="interlanguage-link"><a href="https://ceb.wikipedia.org/wiki/Kelderby" lang="ceb" hreflang="ceb">Cebuano</a></li><li class="interlanguage-link"><a
href="https://nl.wikipedia.org/wiki/Kelderby" lang="nl" hreflang="nl">Nederlands</a></li><li class="interlanguage-link"><a
href="https://cy.wikipedia.org/wiki/Kelderby" lang="cy" hreflang="cy">Cymraeg</a></li></ul><div class="after-portlet after-portlet-lang"><span
class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q3317204#sitelinks-wikipedia" class="wbc-editpage">Edit
links</a></span></div></div></div></header>${wkTools}
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<span id="coordinates" class="plainlinks"><a href="/wiki/Geographic_coordinate_system" title="Geographic coordinate system">Coordinates</a>: <span
class="plainlinks nourlexpansion"><a class="external text" href="https://geohack.toolforge.org/geohack.php?pagename=Kelderby&amp;params=54_22_N_1_36_W"><span
class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location"><span class="latitude">54°22′N</span> <span
class="longitude">1°36′W</span></span></span></a></span></span>
<div role="note" class="hatnote navigation-not-searchable">For the ship, see <a href="/wiki/HMS_Kelderby" title="HMS Kelderby">HMS Kelderby</a>.</div>
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Kelderby</div></th></tr><tr><td colspan="2"
class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Kelderby_church.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/k/k1/Kelderby_church.jpg/250px-Kelderby_church.jpg" width="250" height="188"
class="mw-file-element"></a></span><div class="infobox-caption">${wkInfoCap}</div></td></tr>
${wkInfo
  .map(([k, v]) =>
    v === ''
      ? `<tr><td colspan="2" class="infobox-subheader"><div class="category">${k}</div></td></tr>`
      : `<tr class="mergedrow"><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`,
  )
  .join('\n')}</tbody></table>
${wp(wkLead)}
<meta property="mw:PageProp/toc">
${head(2, wkH1)}
${thumb(wkCaps[0], 'Kelderby_packhorse_bridge.jpg')}
${wp(wkP1)}
${head(2, wkH2)}
${wp(wkP2)}
${head(2, wkH3)}
${head(3, wkH3a)}
${thumb(wkCaps[1], 'St_Oswalds_Kelderby.jpg')}
${wp(wkP3)}
${head(3, wkH3b)}
${wp(wkP3b)}
${head(2, wkH4)}
${wp(wkP4)}
${head(2, wkH5)}
<div class="mw-references-wrap"><ol class="references">${wkRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation web cs1">${r.slice(2)}</cite></span></li>`,
  )
  .join('\n')}</ol></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Villages_in_Harrowdale" style="padding:3px"><table class="nowraplinks
mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li
class="nv-view"><a href="/wiki/Template:Harrowdale"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a
href="/wiki/Template_talk:Harrowdale">
<abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Harrowdale"><abbr title="Edit this
template">e</abbr></a></li></ul></div><div id="Villages_in_Harrowdale">${wkNavTitle}</div></th></tr><tr><td class="navbox-list-with-group navbox-list
navbox-odd hlist"><div><ul>${wkNav.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-5c8c6b7d4-x2kq9 Cached time: 20250909174211 -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript><div
class="printfooter" data-nosnippet="">Retrieved from "https://en.wikipedia.org/w/index.php?title=Kelderby&amp;oldid=1245110381"</div></div><div id="catlinks"
class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">${wkCats[0]}</a>:
<ul>${wkCats
  .slice(1)
  .map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`)
  .join('')}</ul></div></div></div></main></div>${wkFoot(wkEdited, wkLicence)}</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7d8c9b6f5-4kq2z","wgBackendResponseTime":142});});</script>
</body></html>`;
const wikipedia: TestPage = {
  html: wkHtml,
  name: 'heldout95-wikipedia-wiki',
  kind: 'wiki',
  // the h3 subsections are headings and "References" is a heading; the reference list, the infobox (its labels and data)
  // and the "[1]"-style citation marks' own links are in neither list (the marks stay inside their paragraphs); the
  // "Contents" TOC entries repeat the headings and are left out; the hatnote, coordinates, captions, "[edit]" links,
  // navbox, categories, menus, tools and footer are furniture; the last-edited line is a byline
  title: wkTitle,
  headings: [wkH1, wkH2, wkH3, wkH3a, wkH3b, wkH4, wkH5],
  body: texts([...wkLead, ...wkP1, ...wkP2, ...wkP3, ...wkP3b, ...wkP4]),
  bylines: [wkEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Jump to content', ...wkChrome, 'Contents', 'move to sidebar', 'hide', '(Top)', 'Toggle Landmarks subsection', 'Toggle the table of contents',
    '3 languages',
    'Cebuano', 'Nederlands', 'Cymraeg', 'Edit links', 'From Wikipedia, the free encyclopedia', wkCoord, wkHatnote, wkInfoCap, ...wkCaps, 'edit',
    wkNavTitle, ...wkNav, ...wkCats, 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Kelderby&oldid=1245110381"', wkLicence,
  ])],
};

export const HELDOUT95_F: readonly TestPage[] = [wikipedia, redditThread];
