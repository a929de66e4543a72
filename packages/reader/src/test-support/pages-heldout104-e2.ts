import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 104, file e2: a MediaWiki article in the Vector 2022 skin (the hidden short description, the "This article
 * is about ... For ..., see ..." and "Not to be confused with" hatnotes at the top of the parser output, the infobox, the
 * sticky header, the main menu and personal tools, the table of contents, the "[edit]" section links, footnote markers,
 * the references list, a navbox, the categories and "This page was last edited on ..." footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const kTitle = 'Marrowby';
const kShort = 'Market town in Westmarch';
const kHat1 =
  'This article is about the market town in Westmarch. For the railway station, see Marrowby railway station. For other uses, see Marrowby (disambiguation).';
const kHat2 = 'Not to be confused with Morrowby.';
const kP1 = paras(`
<b>Marrowby</b> is a market town and civil parish in the district of North Westmarch. It lies on the east bank of the River Lune,
about 14 miles (23 km) north of Kettlebridge. At the 2021 census the parish had a population of 6,842.${ref(1)}

The town grew up around a river crossing and received a market charter in 1271. It was an important centre of the wool trade
until the 18th century and is now known for its Thursday livestock market and its annual sheepdog trials.`);
const kH1 = 'History';
const kP2 = paras(`
A settlement at Marrowby is recorded in the Domesday Book as <i>Merebi</i>, a name usually taken to mean "farmstead by the
pool".${ref(2)} The first stone bridge over the Lune was built in the early 14th century, replacing a ford that was often
impassable in winter.

The wool trade brought considerable wealth to the town in the 15th and 16th centuries, and several of the timber-framed
merchants' houses on Bridge Street date from this period. The decline of the trade after 1750 left Marrowby largely untouched
by industrial development, which is why much of its medieval street plan survives.${ref(3)}`);
const kH2 = 'Geography';
const kP3 = paras(`
Marrowby sits at about 90 metres above sea level in a broad section of the Lune valley, with the fells of the Westmarch uplands
rising to the east. The river floods regularly, and a flood wall along the western edge of the town centre was completed in 2009
after severe flooding in 2005.`);
const kH3 = 'Economy';
const kP4 = paras(`
Agriculture remains important to the local economy, and the livestock market is one of the largest in the region, handling more
than 120,000 sheep a year.${ref(4)} Tourism has grown since the 1990s, helped by the town's position on the Lune Valley Way
long-distance footpath. Other employers include a dairy, a small printing works and the district council offices.`);
const kH4 = 'Transport';
const kP5 = paras(`
Marrowby railway station, on the line between Kettlebridge and Halsey, closed in 1964 and reopened in 1998 after a local
campaign. The A684 road passes through the town, crossing the Lune on a bridge built in 1931 downstream of the medieval bridge,
which is now used only by pedestrians.`);
const kRefs = [
  '"Marrowby parish: 2021 census profile". North Westmarch District Council. Retrieved 4 March 2024.',
  'Ekwall, Hilda (1960). The Place-Names of Westmarch. Oxford: Clarion Press. p. 212.',
  'Haig, Robert (1998). Marrowby: A Market Town Through Eight Centuries. Kettlebridge: Lune Books. pp. 44–51.',
  '"Livestock markets in the north". Farming Weekly Record. 12 June 2022.',
];
const kMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Openpedia', 'Contact us'];
const kMenu2 = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'];
const kTools = ['Donate', 'Create account', 'Log in'];
const kTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const kInfo = [
  ['Country', 'Westmarch'],
  ['District', 'North Westmarch'],
  ['Population', '6,842 (2021 census)'],
];
const kNav = ['Kettlebridge', 'Halsey', 'Lunedale', 'Marrowby', 'Sedbury', 'Thornwick'];
const kCats = ['Market towns in Westmarch', 'Civil parishes in Westmarch', 'Towns on the River Lune'];
const kFoot = [
  'Privacy policy',
  'About Openpedia',
  'Disclaimers',
  'Contact Openpedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const kEdited = 'This page was last edited on 3 May 2025, at 14:02 (UTC).';
const kLicense = 'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.';
const edit = (
  t: string,
): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Marrowby&amp;action=edit&amp;section=${t}"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const h2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2>${edit(t)}</div>`;
const pp = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Marrowby - Openpedia</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Marrowby","wgTitle":"Marrowby","wgCurRevisionId":1223344556,"wgArticleId":771204,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.25"><meta property="og:title" content="Marrowby - Openpedia">
<link rel="canonical" href="https://en.openpedia.example/wiki/Marrowby">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Marrowby","headline":"market town in Westmarch",
"dateModified":"2025-05-03T14:02:11Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
ns-0 ns-subject page-Marrowby rootpage-Marrowby skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span>
</label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(kMenu, 'mw-list-item')}</ul></div><div id="p-interaction" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Contribute</div><ul class="vector-menu-content-list">${links(kMenu2, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Openpedia The Free Encyclopedia</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box"><form id="searchform"><input type="search" name="search"
placeholder="Search Openpedia" aria-label="Search Openpedia"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(kTools, 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${[kH1, kH2, kH3, kH4, 'References']
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span> <span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><span class="vector-dropdown-label-text">12 languages</span></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(kTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(kTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></nav><div class="vector-dropdown">
<span class="vector-dropdown-label-text">
Tools</span></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From Openpedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${kShort}</div>
<div role="note" class="hatnote navigation-not-searchable">This article is about the market town in Westmarch. For the railway station, see
<a href="/wiki/Marrowby_railway_station">Marrowby railway station</a>. For other uses, see
<a href="/wiki/Marrowby_(disambiguation)">Marrowby (disambiguation)</a>.</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Morrowby">Morrowby</a>.</div>
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Marrowby</div></th></tr>
${kInfo.map(([a, b]) => `<tr class="mergedrow"><th scope="row" class="infobox-label">${a}</th><td class="infobox-data">${b}</td></tr>`).join('\n')}</tbody>
</table>
${pp(kP1)}
<meta property="mw:PageProp/toc">
${h2(kH1)}
${pp(kP2)}
${h2(kH2)}
${pp(kP3)}
${h2(kH3)}
${pp(kP4)}
${h2(kH4)}
${pp(kP5)}
${h2('References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${kRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Towns_in_Westmarch"><table class="nowraplinks navbox-inner"><tbody><tr>
<th scope="col" class="navbox-title" colspan="2">
<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Westmarch_towns"><abbr title="View this template">v</abbr>
</a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Westmarch_towns"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="#">
<abbr title="Edit this template">e</abbr></a></li></ul></div><div id="Towns_in_Westmarch">Towns in Westmarch</div></th></tr><tr><td class="navbox-list">
<div class="hlist"><ul>${links(kNav)}</ul></div></td></tr></tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${links(kCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${kEdited}</li>
<li id="footer-info-copyright">${kLicense}</li></ul><ul id="footer-places">${links(kFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
export const wikiHatnotes: TestPage = {
  name: 'heldout104-mediawiki-vector-hatnotes',
  kind: 'wiki',
  html: kHtml,
  // the hidden short description and both hatnotes are furniture though they sit at the top of the parser output; the
  // infobox and the reference list are in neither list; footnote markers are part of their paragraphs; the "References"
  // heading and the table of contents (which repeats the headings) are left out; the last-edited line is a byline
  title: kTitle,
  headings: [kH1, kH2, kH3, kH4],
  body: texts([...kP1, ...kP2, ...kP3, ...kP4, ...kP5]),
  bylines: [kEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...kMenu, 'Contribute', ...kMenu2, 'Openpedia The Free Encyclopedia', 'Search', ...kTools, 'hide',
    '(Top)', '12 languages', ...kTabs, 'Tools', 'From Openpedia, the free encyclopedia', kShort, kHat1, kHat2, 'edit', 'Towns in Westmarch',
    ...kNav.filter((t) => t !== kTitle), 'Categories', ...kCats, kLicense, ...kFoot,
  ],
};
