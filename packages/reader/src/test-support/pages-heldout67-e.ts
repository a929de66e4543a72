import { links, type TestPage } from './page-kit.js';
import { communityWiki } from './pages-heldout67-e2.js';
import { wpFooter, wpFooterFurniture, wpHeader, wpHeaderFurniture, wpTitleBar, wpTitleBarFurniture, wpToc } from './pages-heldout67-e3.js';
import { blockBreaks } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file e: a Wikipedia article on the Vector 2022 skin (chrome in file e3): the hidden short description,
 * a hatnote, the coordinates line, an infobox with image, caption, header rows and label/data rows, the lead and sections with
 * "[edit]" links and citation marks, a thumbnail with caption, "See also", the reference list with "^ a b" backlinks, external
 * links, a collapsible navbox with its v-t-e bar, the category box with hidden categories and the footer).
 */
const wpTitle = 'Aldwick Viaduct';
// paragraphs with {n} where a citation mark stands: the gold keeps the text between the marks
const wpLead = [
  '<b>Aldwick Viaduct</b> is a disused railway viaduct that carries the former Marlbrook and Teme Valley Railway over the River Teme near ' +
    'the village of Aldwick in Shropshire, England.{1} Built between 1861 and 1864 to a design by the engineer Hamilton Pryce, it has ' +
    'nineteen brick arches and is 312 metres (1,024 ft) long.{2} The viaduct closed to trains in 1965 and has carried a public footpath ' +
    'and cycle route since 2014.{3}',
];
const wpConstruction = [
  'The Marlbrook and Teme Valley Railway was authorised by an act of Parliament in 1859 to build a 14-mile (23 km) branch line from ' +
    'Marlbrook to Stanhill, which required a crossing of the Teme valley near Aldwick.{4} The company’s engineer, Hamilton Pryce, first ' +
    'proposed a timber trestle, but the board chose a brick viaduct after a timber bridge elsewhere on the Welsh border collapsed in 1860.{5}',
  'Construction began in the spring of 1861. About 400 men worked on the site at its peak, many of them living in a temporary camp on the ' +
    'east bank known locally as "Pryce’s Town".{6} Two of the piers had to be rebuilt in 1862 after floodwater undermined their ' +
    'foundations, which delayed the opening by almost a year.{4} The first passenger train crossed the viaduct on 1 March 1864.{7}',
];
const wpClosure = [
  'Traffic on the branch declined after the Second World War, and the line was closed to passengers in 1962 and to goods in 1965.{8} The ' +
    'track was lifted in 1967, and the viaduct was designated a Grade II listed building in 1986.{1}',
  'By the early 2000s the parapets had partly collapsed and trees growing from the piers were damaging the brickwork. A local charity, ' +
    'the Friends of Aldwick Viaduct, raised £1.8 million from heritage grants and private donors to repair the structure,{9} and it ' +
    'reopened as part of a walking and cycling route on 12 July 2014.{3}',
];
const wpDesign = [
  'The viaduct has nineteen semicircular arches, each with a span of 12.2 metres (40 ft), carried on tapering piers of local limestone ' +
    'faced with brick.{2} It curves gently towards its western end, where it meets the site of the former Aldwick station, and stands ' +
    '24 metres (79 ft) above the river at its highest point.',
  'Unusually for a viaduct of its size, the arches were built from bricks fired at a works that the railway company opened beside the ' +
    'site, rather than brought in by canal.{10} Many of the bricks carry the stamped initials "M&amp;TVR", and several are displayed at ' +
    'the county museum in Shrewsbury.',
];
const wpH = ['History', 'Construction', 'Closure and restoration', 'Design'] as const;
const refs: [string, number][] = [
  ['Historic England. "Aldwick Viaduct (1067345)". National Heritage List for England. Retrieved 4 March 2024.', 2],
  ['Harcourt, Edwin (2009). Viaducts of the Welsh Marches. Ludlow: Teme Press. pp. 88–94. ISBN 978-1-902345-17-3.', 2],
  ['"Viaduct path opens to walkers and cyclists". Marches Gazette. 14 July 2014. p. 5.', 2],
  ['Harcourt 2009, p. 89.', 2],
  ['Pryce, Hamilton (1861). "On the choice between timber and brick for viaducts in hilly districts". Minutes of Proceedings. 20: 311–318.', 1],
  ['Morgan, Ruth (1998). Navvies of the Teme Valley. Aldwick Local History Society. p. 23.', 1],
  ['"Opening of the Marlbrook and Teme Valley Railway". The Railway Times. 5 March 1864. p. 291.', 1],
  ['Daniels, Peter; Wright, Alan (1985). Lost Lines of the Marches. Hereford: Kestrel Books. p. 57.', 1],
  ['"Grant secures future of Aldwick Viaduct". Marches Gazette. 3 February 2011.', 1],
  ['Harcourt 2009, p. 93.', 1],
];
const used = new Map<number, number>();
const cite = (n: number): string => {
  const k = used.get(n) ?? 0;
  used.set(n, k + 1);
  return `<sup id="cite_ref-${n}-${k}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
};
const para = (p: string): string => `<p>${p.replace(/\{(\d+)\}/g, (_, n: string) => cite(Number(n)))}\n</p>`;
const pieces = (ps: readonly string[]): string[] =>
  ps.flatMap((p) =>
    p
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .split(/\{\d+\}/)
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  );
const heading = (level: number, t: string, section: number): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Aldwick_Viaduct&amp;action=edit&amp;section=${section}" title="Edit section:
${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const infobox: [string, string][] = [
  ['Coordinates', '52°21′14″N 2°38′02″W'],
  ['Carries', 'Footpath and cycle route (formerly railway)'],
  ['Crosses', 'River Teme'],
  ['Locale', 'Aldwick, Shropshire, England'],
  ['Heritage status', 'Grade II listed'],
  ['#', 'Characteristics'],
  ['Design', 'Arch viaduct'],
  ['Material', 'Brick and limestone'],
  ['Total length', '312 m (1,024 ft)'],
  ['Height', '24 m (79 ft)'],
  ['No. of spans', '19'],
  ['#', 'History'],
  ['Designer', 'Hamilton Pryce'],
  ['Construction start', '1861'],
  ['Opened', '1 March 1864'],
  ['Closed', '1965 (railway)'],
];
const ibCaption = 'The viaduct from the south bank of the Teme in 2019';
const thumbCaption = 'Scaffolding on the eastern arches during the repairs of 2013';
const hatnote = 'For the former railway station, see Aldwick railway station.';
const seeAlso = ['List of railway viaducts in England', 'Stanhill Tunnel', 'Teme Valley Walk'];
const extLinks = ['Friends of Aldwick Viaduct', 'Aldwick Viaduct on the National Heritage List for England'];
const navbox = ['Aldwick', 'Cressage Bridge', 'Ditton Priors Viaduct', 'Hopton Wafers', 'Marlbrook Viaduct', 'Severn Valley Viaduct', 'Stokesay'];
const cats = ['Railway viaducts in Shropshire', 'Grade II listed bridges', 'Bridges completed in 1864', 'Rail trails in England'];
const hiddenCats = ['Articles with short description', 'Short description is different from Wikidata', 'Coordinates on Wikidata'];
const lastEdited = 'This page was last edited on 14 October 2025, at 09:26 (UTC).';
const langs = ['Cymraeg', 'Deutsch', 'Français'];
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-appearance-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wpTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Aldwick_Viaduct","wgTitle":"Aldwick Viaduct","wgArticleId":41877302,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="${wpTitle} - Wikipedia"><link rel="canonical" href="https://en.wikipedia.org/wiki/Aldwick_Viaduct">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Aldwick Viaduct",
"headline":"railway viaduct in Shropshire, England"}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Aldwick_Viaduct
rootpage-Aldwick_Viaduct skin-vector-2022 action-view">
${wpHeader()}
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"><div
id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div class="vector-sticky-pinned-container">
${wpToc([
  [wpH[0], [wpH[1], wpH[2]]],
  [wpH[3], []],
  ['See also', []],
  ['References', []],
  ['External links', []],
])}</div></div>
<div class="mw-content-container"><main id="content" class="mw-body">${wpTitleBar(wpTitle, langs)}
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators">
</div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile
noexcerpt
noprint searchaux" style="display:none">Railway viaduct in Shropshire, England</div>
<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em}</style>
<div role="note" class="hatnote navigation-not-searchable">For the former railway station, see <a href="/wiki/Aldwick_railway_station">Aldwick railway
station</a>.</div>
<p class="mw-empty-elt"></p>
<span id="coordinates"><a href="/wiki/Geographic_coordinate_system">Coordinates</a>: <span class="plainlinks nourlexpansion"><a class="external text"
href="https://geohack.toolforge.org/geohack.php?params=52_21_14_N_2_38_02_W"><span class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and
other
data for this location"><span class="latitude">52°21′14″N</span> <span class="longitude">2°38′02″W</span></span></span></a></span></span>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wpTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
class="mw-default-size"
typeof="mw:File/Frameless"><a href="/wiki/File:Aldwick_Viaduct_2019.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Aldwick_Viaduct_2019.jpg/250px-Aldwick_Viaduct_2019.jpg"
decoding="async" width="250" height="167" class="mw-file-element"></a></span><div class="infobox-caption">${ibCaption}</div></td></tr>
${infobox
  .map(([l, d]) =>
    l === '#'
      ? `<tr><th colspan="2" class="infobox-header">${d}</th></tr>`
      : `<tr><th scope="row" class="infobox-label">${l}</th><td
class="infobox-data">${d}</td></tr>`,
  )
  .join('\n')}</tbody></table>
${wpLead.map(para).join('')}
<meta property="mw:PageProp/toc">
${heading(2, wpH[0], 1)}${heading(3, wpH[1], 2)}${wpConstruction.map(para).join('')}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Aldwick_Viaduct_repairs_2013.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/7/7e/Aldwick_Viaduct_repairs_2013.jpg/250px-Aldwick_Viaduct_repairs_2013.jpg" decoding="async" width="250"
height="188" class="mw-file-element"></a><figcaption>${thumbCaption}</figcaption></figure>
${heading(3, wpH[2], 3)}${wpClosure.map(para).join('')}
${heading(2, wpH[3], 4)}${wpDesign.map(para).join('')}
${heading(2, 'See also', 5)}<ul>${links(seeAlso)}</ul>
${heading(2, 'References', 6)}<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em}</style><div
class="reflist">
<div class="mw-references-wrap"><ol class="references">${refs
  .map(
    ([t, n], i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">${
      n === 1
        ? `<b><a href="#cite_ref-${i + 1}-0">^</a></b>`
        : `^ <a
href="#cite_ref-${i + 1}-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-${i + 1}-1"><sup><i><b>b</b></i></sup></a>`
    }</span> <span class="reference-text"><cite
class="citation cs1">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${heading(2, 'External links', 7)}<ul>${links(extLinks)}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Railway_viaducts_in_Shropshire" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><button type="button"
class="mw-collapsible-toggle mw-collapsible-toggle-default" aria-expanded="false"><span class="mw-collapsible-text">show</span></button><div class="navbar
plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Railway_viaducts_in_Shropshire"><abbr title="View this
template">v</abbr></a></li><li
class="nv-talk"><a href="/wiki/Template_talk:Railway_viaducts_in_Shropshire"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:Railway_viaducts_in_Shropshire"><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="Railway_viaducts_in_Shropshire" style="font-size:114%;margin:0 4em">Railway viaducts in Shropshire</div></th></tr><tr style="display:none"><td colspan="2"
class="navbox-list navbox-odd hlist"><div><ul>${links(navbox)}</ul></div></td></tr></tbody></table></div>
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?useformat=desktop&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Aldwick_Viaduct&amp;oldid=1251023397"
>https://en.wikipedia.org/w/index.php?title=Aldwick_Viaduct&amp;oldid=1251023397</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${links(cats)}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories:
<ul>${links(hiddenCats)}</ul></div></div>
</div></main></div>
<div class="mw-footer-container">${wpFooter(lastEdited)}</div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span
class="mw-page-title-main">${wpTitle}</span></div>
</div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgHostname":"mw-web.eqiad.main-5f6b8d9c7-x2k4p"});});</script>
</body></html>`;
// furniture texts whose words are in the title, headings or body: left out of the gold (they stay on the page)
// biome-ignore format: the texts are packed several to a line to keep the file short
const wpBodyWords = new Set([
  'Contents', 'History', 'Design', 'River Teme', 'Hamilton Pryce', '1861', '19', 'Aldwick', 'Stanhill Tunnel', 'Closed', 'Carries', 'Grade II listed', 'Opened',
  '1 March 1864', 'Friends of Aldwick Viaduct',
]);
const wikipedia: TestPage = {
  html: blockBreaks(wpHtml),
  name: 'heldout67-wikipedia-vector-2022',
  kind: 'wiki',
  // the lead and section paragraphs are body, without their citation marks ("[1]"), each paragraph cut at its marks (batch 5:
  // the marks are out of the body); "History", "Construction", "Closure and restoration" and "Design" are the headings ("[edit]"
  // in neither: "edit" is the tab's word too, kept once as "Edit"); "See also", "References" and "External links" with their
  // lists, the reference texts ("^ a b" in neither), the infobox (a table of facts, not prose: furniture, like batch 19's
  // rating box), the thumbnail caption, hatnote, coordinates, hidden short description, navbox, categories and the chrome are
  // furniture; the contents list repeats the headings (in neither); "This page was last edited on ..." is the page's only date
  // line: a byline; the article names no author; chrome, infobox and link texts whose words are in the body ("Aldwick", "River
  // Teme", "Hamilton Pryce", "Carries", "Opened", "Friends of Aldwick Viaduct"...) are left out (see the set)
  title: wpTitle,
  headings: [...wpH],
  body: pieces([...wpLead, ...wpConstruction, ...wpClosure, ...wpDesign]),
  bylines: [lastEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...wpHeaderFurniture, '(Top)', 'Toggle History subsection', 'See also', 'References', 'External links', `${langs.length} languages`, ...langs,
    ...wpTitleBarFurniture, 'From Wikipedia, the free encyclopedia', 'Railway viaduct in Shropshire, England', hatnote, 'Coordinates', '52°21′14″N 2°38′02″W',
    ibCaption, ...infobox.flat().filter((t) => t !== '#'), thumbCaption, ...seeAlso, ...refs.map(([t]) => t), ...extLinks,
    'show', 'Railway viaducts in Shropshire',
    ...navbox, 'Retrieved from', 'Categories', ...cats, 'Hidden categories:', ...hiddenCats, ...wpFooterFurniture,
  ])].filter((t) => !wpBodyWords.has(t)),
};

export const HELDOUT67_E: readonly TestPage[] = [wikipedia, communityWiki];
