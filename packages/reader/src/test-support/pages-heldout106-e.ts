import { links, type TestPage, texts } from './page-kit.js';
import { fandomArticle } from './pages-heldout106-e2.js';

/**
 * Held-out batch 106, file e: a Wikipedia biography in the Vector 2022 skin (the "Jump to content" link, the header with
 * "Main menu", search, "Donate", "Create account" and "Log in", the sticky table of contents with "(Top)" and the
 * "Toggle" buttons, the language button, the Article / Talk / Read / Edit / View history / Tools tabs, "From Wikipedia,
 * the free encyclopedia", a hatnote, the infobox with image and caption, headings with "[edit]" links, citation markers,
 * the References list, the "Authority control" navbox, categories, the last-edited line and the footer) and, from file e2,
 * a Fandom wiki article.
 */
const wpTitle = 'Ingrid Solvang';
const wpHat = 'For the Norwegian cross-country skier, see Ingrid Solvang (skier).';
const wpLead = [
  '<b>Ingrid Marit Solvang</b> (born 14 March 1951) is a Norwegian-born Canadian hydrologist known for her work on glacial meltwater ' +
    'and river flow in the Canadian Rockies. She was a professor at the University of Northern Alberta from 1984 to 2016 and led the ' +
    'Bow Headwaters Survey, one of the longest continuous records of glacier-fed streamflow in North America.<sup id="cite_ref-1" ' +
    'class="reference"><a href="#cite_note-1"><span class="cite-bracket">[</span>1<span class="cite-bracket">]</span></a></sup>',
];
const wpH1 = 'Early life and education';
const wpP1 = [
  'Solvang was born in Tromsø, Norway, the second of three children of a ferry engineer and a schoolteacher. The family emigrated to ' +
    'Canada in 1963 and settled in Red Deer, Alberta. She studied physical geography at the University of Calgary, graduating in 1973, ' +
    'and completed a doctorate at the University of Toronto in 1980 with a thesis on seasonal runoff from the Athabasca Glacier.' +
    '<sup id="cite_ref-2" class="reference"><a href="#cite_note-2"><span class="cite-bracket">[</span>2<span class="cite-bracket">]</span></a></sup>',
];
const wpH2 = 'Career';
const wpP2 = [
  'After postdoctoral work with Environment Canada, Solvang joined the University of Northern Alberta in 1984. In 1987 she established ' +
    'the Bow Headwaters Survey, a network of eleven gauging stations on streams fed by the Wapta Icefield. The survey’s records, ' +
    'continued without interruption since then, were among the first to show that glacier-fed streams in the region had begun to ' +
    'carry less water in late summer as the glaciers shrank.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">' +
    '<span class="cite-bracket">[</span>3<span class="cite-bracket">]</span></a></sup>',
  'Solvang was an early advocate of sharing hydrological data openly. From 1995 the survey published its daily readings within a week ' +
    'of collection, a practice that was unusual at the time and was later adopted by several provincial monitoring programmes.',
  'She served on the Prairie Water Council from 2002 to 2010 and chaired its scientific advisory panel during the drought of 2006–2007.',
];
const wpH3 = 'Awards and honours';
const wpList = [
  'Fellow of the Royal Society of Canada (1999)',
  'Massey Medal of the Canadian Geographical Society (2008)',
  'Officer of the Order of Canada (2014)',
];
const wpH4 = 'Personal life';
const wpP3 = [
  'Solvang is married to the botanist Peter Anand; they live in Canmore, Alberta. She is a keen mountaineer and made the first recorded ' +
    'winter ascent of Mount Hollis in 1979.',
];
const wpRefs = [
  'Harrow, Dennis (12 June 2016). "Forty years on the ice". Calgary Herald. Retrieved 2 March 2025.',
  'Solvang, Ingrid (1980). Seasonal runoff from the Athabasca Glacier (PhD thesis). University of Toronto.',
  'Okafor, Lina; Marsh, Tobias (2009). "Late-summer flow decline in glacier-fed streams". Journal of Mountain Hydrology. 14 (3): 211–229.',
];
const wpCats = ['1951 births', 'Living people', 'Canadian hydrologists', 'Norwegian emigrants to Canada', 'Fellows of the Royal Society of Canada'];
const wpFoot = [
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
const wpLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
const wpCaption = 'Solvang at the Bow Headwaters Survey station in 2011';
const wpHeads = [wpH1, wpH2, wpH3, wpH4, 'References'];
const wpH = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Ingrid_Solvang&amp;action=edit&amp;section=1" title="Edit section:
${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const wpPs = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en"
dir="ltr"><head>
<meta charset="UTF-8"><title>Ingrid Solvang - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Ingrid_Solvang","wgTitle":"Ingrid Solvang","wgCurRevisionId":1254123456,"wgArticleId":61234567,"wgIsArticle":true,
"wgCategories":["1951 births","Living people","Canadian hydrologists"],"wgPageContentLanguage":"en"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="Ingrid Solvang - Wikipedia"><meta property="og:type" content="website"><link rel="canonical"
href="https://en.wikipedia.example/wiki/Ingrid_Solvang">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Ingrid
Solvang","url":"https:\\/\\/en.wikipedia.example\\/wiki\\/Ingrid_Solvang",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"datePublished":"2019-05-02T10:11:09Z","headline":"Canadian
hydrologist"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ingrid_Solvang
rootpage-Ingrid_Solvang
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main
menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main
menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" width="50" height="50"><span
class="mw-logo-container">
<img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses
vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia
[f]"><span>Search</span></a>
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input"
type="search" name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu"></div>
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a
href="https://donate.wikimedia.example/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log
in</span></a></li></ul>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div
id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header
vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wpHeads
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc"><label class="vector-dropdown-label"
aria-hidden="true">
<span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label mw-interlanguage-selector"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">4 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
class="vector-menu-tabs">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Ingrid_Solvang"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Ingrid_Solvang"
rel="discussion"><span>Talk</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected
mw-list-item">
<a href="/wiki/Ingrid_Solvang"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
href="/w/index.php?action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/w/index.php?action=history"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown"><label
class="vector-dropdown-label"
aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div id="siteSub" class="noprint">From Wikipedia,
the free encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr
mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Canadian hydrologist (born 1951)</div>
<div role="note" class="hatnote navigation-not-searchable">${wpHat.replace(
  'Ingrid Solvang (skier)',
  '<a href="/wiki/Ingrid_Solvang_(skier)">Ingrid Solvang (skier)</a>',
)}</div>
<table class="infobox biography vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn">Ingrid Solvang</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Ingrid_Solvang_2011.jpg"
class="mw-file-description">
<img src="//upload.wikimedia.example/thumb/Ingrid_Solvang_2011.jpg/220px.jpg" decoding="async" width="220" height="293"
class="mw-file-element"></a></span>
<div class="infobox-caption">${wpCaption}</div></td></tr>
<tr><th scope="row" class="infobox-label">Born</th><td class="infobox-data">Ingrid Marit Solvang<br><span style="display:none">(<span
class="bday">1951-03-14</span>)</span>
14 March 1951<br><span class="birthplace">Tromsø, Norway</span></td></tr><tr><th scope="row" class="infobox-label">Alma mater</th><td
class="infobox-data">University of Calgary
<br>University of Toronto</td></tr><tr><th scope="row" class="infobox-label">Known for</th><td class="infobox-data">Bow Headwaters
Survey</td></tr></tbody></table>
${wpPs(wpLead)}
<meta property="mw:PageProp/toc">
${wpH(wpH1)}
${wpPs(wpP1)}
${wpH(wpH2)}
${wpPs(wpP2)}
${wpH(wpH3)}
<ul>${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wpH(wpH4)}
${wpPs(wpP3)}
${wpH('References')}
<div class="mw-references-wrap"><ol class="references">${wpRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b>
</span> <span class="reference-text"><cite class="citation">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div>
<div class="navbox authority-control" role="navigation" aria-label="Navbox"><table class="nowraplinks hlist navbox-inner"><tbody><tr><th scope="row"
class="navbox-group">
<a href="/wiki/Help:Authority_control">Authority control databases</a></th><td class="navbox-list"><ul><li><a
href="https://isni.example/0000">ISNI</a></li>
<li><a href="https://viaf.example/1234">VIAF</a></li><li><a href="https://id.loc.example/n80012345">Library of
Congress</a></li></ul></td></tr></tbody></table></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Help:Category">Categories</a>:
<ul>${links(wpCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
3 November 2025,
at 14:22<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">${wpLicence}</li></ul><ul
id="footer-places">${links(wpFoot)}</ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,
"wgPageParseReport":{"limitreport":{"cputime":"0.412"}}});});</script></body></html>`;
const wikipedia: TestPage = {
  html: wpHtml,
  name: 'heldout106-wikipedia-biography',
  kind: 'wiki',
  // citation markers stay in their paragraphs; the infobox labels and data are in neither list (its caption is furniture);
  // the References heading and list are furniture; the sidebar contents list repeats the headings and is left out; the
  // hidden short description is in neither list; the "last edited" line is a byline
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3, wpH4],
  body: texts([...wpLead, ...wpP1, ...wpP2, ...wpList, ...wpP3]),
  bylines: ['This page was last edited on 3 November 2025, at 14:22 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Toggle the table of contents',
    '4 languages', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', 'From Wikipedia, the free encyclopedia', wpHat, wpCaption, 'edit',
    'References', ...wpRefs, 'Authority control databases', 'ISNI', 'VIAF', 'Library of Congress', 'Categories', ...wpCats, wpLicence, ...wpFoot,
  ],
};

export const HELDOUT106_E: readonly TestPage[] = [wikipedia, fandomArticle];
