import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file f2: a Wikipedia article in the Vector 2022 skin with an infobox, "Main article:" and "See also:"
 * hatnotes inside sections, a "See also" list, references and categories (the header with search and personal tools, the
 * hidden main menu, the "Contents" sidebar, the page tabs and tools, "From Wikipedia, the free encyclopedia", coordinates,
 * the [edit] links, citation numbers, the reference list, "Retrieved from", the categories box and the footer).
 */
const title = 'Kelderwick Lighthouse';
const lead = paras(`
<b>Kelderwick Lighthouse</b> is a decommissioned lighthouse on Gannet Point, near the village of Kelderwick on the north coast of
the Isle of Trevane. Built in 1871 to a design by the engineer Alasdair Rennoch, it guided shipping through the Kelder Sound
until 1989, when it was replaced by an automatic light on a steel tower.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>
It is a Category B listed building and has housed a small maritime museum since 1996.`);
const h1 = 'History';
const hat1 = 'Main article: History of Kelderwick';
const p1 = paras(`
The Kelder Sound was notorious for wrecks in the early nineteenth century; at least 23 vessels were lost there between 1820 and
1860.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> After the loss of the emigrant ship <i>Mary
Ellen</i> in 1864, the Northern Lights Board agreed to build a light on Gannet Point.

Construction began in 1868. Stone was quarried on the island and landed at a temporary jetty, and the tower was first lit on
1 October 1871. Three keepers and their families lived in the cottages at the foot of the tower until the station was reduced
to one keeper in 1952.`);
const h2 = 'Design';
const hat2 = 'See also: Rennoch lighthouses';
const p2 = paras(`
The tower is 26 metres tall and built of local whinstone with sandstone dressings. Its original fixed white light, produced by
a paraffin lamp and a first-order lens, could be seen 18 nautical miles away.<sup id="cite_ref-3" class="reference">
<a href="#cite_note-3">[3]</a></sup> The lens was converted to electric light in 1961.

The keepers' cottages form a single-storey range around a walled courtyard, a plan Rennoch used at several of his stations.`);
const h3 = 'Museum';
const p3 = paras(`
After the light was decommissioned, the tower and cottages were bought by the Trevane Heritage Trust. The museum, which opened in
1996, displays the original lens, keepers' logbooks and items recovered from wrecks in the sound. Visitors can climb the tower
between April and October.

In 2019 the trust restored the lantern and its brass fittings with a grant from the Trevane Heritage Fund, and the light is now
lit for one evening each year, on the anniversary of its first lighting.`);
const info = [
  ['Location', 'Gannet Point, Kelderwick, Isle of Trevane'],
  ['Constructed', '1868–1871'],
  ['Designed by', 'Alasdair Rennoch'],
  ['Height', '26 m (85 ft)'],
  ['Deactivated', '1989'],
] as const;
const infoCaption = 'Kelderwick Lighthouse in 2014';
const seeAlso = ['List of lighthouses in the Isle of Trevane', 'Kelder Sound', 'Trevane Heritage Trust'];
const refs = [
  'Dunmore, Elspeth (2004). Lights of the North Coast. Port Calder: Harrow Press. p. 112.',
  '"Shipwrecks of the Kelder Sound". Trevane Historical Review. 41: 7–19. 1998.',
  'Rennoch, Alasdair (1872). Report on the Gannet Point Light. Northern Lights Board.',
];
const cats = ['Lighthouses completed in 1871', 'Museums in the Isle of Trevane', 'Category B listed buildings'];
const contents = ['(Top)', 'History', 'Design', 'Museum', 'See also', 'References'];
const tools = ['Read', 'Edit', 'View history', 'Tools'];
const foot = [
  'This page was last edited on 3 October 2026, at 11:02 (UTC).',
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
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
const head = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Kelderwick_Lighthouse&amp;action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const note = (t: string): string => `<div role="note" class="hatnote navigation-not-searchable">${t.replace(': ', ': <a href="#">')}</a></div>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const html = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Kelderwick Lighthouse - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kelderwick_Lighthouse","wgTitle":"Kelderwick Lighthouse","wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.3"><meta property="og:title" content="Kelderwick Lighthouse - Wikipedia">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Kelderwick Lighthouse",
"dateModified":"2026-10-03T11:02:14Z"}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kelderwick_Lighthouse
rootpage-Kelderwick_Lighthouse skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">${links([
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
])}</ul></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo">
<span class="mw-logo-container"><span class="mw-logo-wordmark">Wikipedia</span><span class="mw-logo-tagline">The Free Encyclopedia</span></span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue"><form id="searchform"><input type="search" name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Donate', 'Create account', 'Log in'])}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div><ul class="vector-toc-contents" id="mw-panel-toc-list">${contents
  .map(
    (t) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#">
<div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1><div id="p-lang-btn" class="vector-dropdown mw-portlet
mw-portlet-lang"><span class="vector-dropdown-label-text">3 languages</span></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Article', 'Talk'])}</ul></nav><nav aria-label="Views"><ul>
${links(tools)}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div id="siteSub" class="noprint">From Wikipedia, the free
encyclopedia</div><div id="contentSub"></div><span id="coordinates"><a href="#">Coordinates</a>: <span class="geo-dec">58.412°N 6.203°W</span></span>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${title}</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<img alt="" src="//upload.wikimedia.example/kelderwick.jpg"></span><div class="infobox-caption">${infoCaption}</div></td></tr>
${info.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${head('History', h1)}
${note(hat1)}
${ps(p1)}
${head('Design', h2)}
${note(hat2)}
${ps(p2)}
${head('Museum', h3)}
${ps(p3)}
${head('See_also', 'See also')}
<ul>${seeAlso.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul>
${head('References', 'References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${refs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite class="citation book cs1">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="#">https://en.wikipedia.org/w/index.php?title=Kelderwick_Lighthouse</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${links(cats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${foot[0]}</li>
<li id="footer-info-copyright">${foot[1]}</li></ul><ul id="footer-places">${links(foot.slice(2))}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
export const wikiArticle: TestPage = {
  html,
  name: 'heldout110-wikipedia-vector-2022-wiki',
  kind: 'wiki',
  // the lead and section prose are body (citation numbers kept as they read); the infobox (title, caption, labels,
  // values), the "Main article:" / "See also:" hatnotes, the "See also" and "References" sections (headings and items),
  // categories and all skin texts are furniture; the last-edited line is a byline
  title,
  headings: [h1, h2, h3],
  body: texts([...lead, ...p1, ...p2, ...p3]),
  bylines: [foot[0]!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Main page', 'Current events', 'Random article', 'About Wikipedia', 'The Free Encyclopedia', 'Donate', 'Create account',
    'Log in', 'hide', '(Top)', '3 languages', 'Talk', ...tools, 'From Wikipedia, the free encyclopedia', 'Coordinates: 58.412°N 6.203°W', infoCaption,
    ...info.flat(), hat1, hat2, 'See also', ...seeAlso, ...refs, 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Kelderwick_Lighthouse"',
    'Categories:', ...cats, ...foot.slice(1), 'Contents', 'Article', 'References', 'Search', 'edit',
  ],
};
