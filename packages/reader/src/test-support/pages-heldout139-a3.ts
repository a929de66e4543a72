import { plain, type TestPage, texts } from './page-kit.js';
import { EN_CONTRIBUTE, EN_COPYRIGHT, EN_FOOTER, EN_NAVIGATION } from './pages-heldout139-wp.js';
import { vectorPage } from './pages-heldout139-kit.js';

/**
 * Held-out batch 139, file a3: an English Wikipedia list article in the Vector 2022 skin (hidden short description, lead,
 * locator map with caption, a "dynamic list" message box under the first heading, three sortable wikitables with header
 * cells, efn note markers and image cells, "See also", notes, references and a collapsed navbox).
 */
const title = 'List of lighthouses in the Corrin Islands';
const ref = (n: string, label: string): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${label}<span
class="cite-bracket">&#93;</span></a></sup>`;
const hd = (level: 2 | 3, t: string, n: number): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=List_of_lighthouses_in_the_Corrin_Islands&amp;action=edit&amp;section=${n}"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const lead = [
  `This is a list of <a href="/wiki/Lighthouse">lighthouses</a> in the <a href="/wiki/Corrin_Islands">Corrin Islands</a>, an archipelago of 27 inhabited
islands off the north-west coast of Strell. The first permanent light in the islands was built on Skarrow Head in 1834; by 1900 there were fourteen, most of
them designed by the engineer Aldous Renwick for the Corrin Lights Board.${ref('1', '1')}`,
  `All of the active lighthouses in the islands were automated between 1972 and 1998 and are now monitored from the board's control room in Port Ellery.
Several of the former keepers' cottages are holiday lets or small museums.${ref('2', '2')}`,
];
const heads = ['Active lighthouses', 'Inner Corrin', 'Outer Corrin', 'Inactive lighthouses'];
const activeIntro = [
  `The lighthouses below are operated by the Corrin Lights Board. Focal heights are given above mean high water springs, and ranges are nominal ranges
in nautical miles.${ref('3', '3')}`,
];
const inactiveIntro = [
  `Three earlier lights were discontinued when new towers were built nearby or when shipping routes changed. Only the tower at Brindholm survives
intact.${ref('4', '4')}`,
];
type Row = readonly string[];
const inner: Row[] = [
  ['Skarrow Head', 'Skarrow, Mainland', '1834', '42&#160;m', '23&#160;nmi', `The oldest light in the islands.${ref('a', 'a')}`],
  ['Port Ellery Pier', 'Port Ellery, Mainland', '1857', '9&#160;m', '8&#160;nmi', 'Cast-iron column at the end of the ferry pier.'],
  ['Holm of Drave', 'Drave', '1872', '31&#160;m', '17&#160;nmi', 'The only square tower Renwick designed.'],
  ['Ness of Tully', 'Tully', '1889', '18&#160;m', '12&#160;nmi', 'Converted to solar power in 2009.'],
];
const outer: Row[] = [
  ['Vord Stack', 'Vord', '1866', '57&#160;m', '25&#160;nmi', 'Built on a sea stack; the stone was landed by crane.'],
  ['Fenna Sound', 'North Fenna', '1878', '22&#160;m', '14&#160;nmi', 'Marks the western entrance of Fenna Sound.'],
  ['Sule Rock', 'Sule Rock', '1903', '39&#160;m', '20&#160;nmi', `Rock station, relieved by boat until 1968.${ref('b', 'b')}`],
  ['Auskerry North', 'Auskerry', '1921', '15&#160;m', '10&#160;nmi', 'The last lighthouse built by the board.'],
];
const old: Row[] = [
  ['Old Skarrow', 'Skarrow, Mainland', '1821', '1834', 'A coal-fired beacon, replaced by the Skarrow Head light.'],
  ['Tully Point', 'Tully', '1862', '1889', 'Abandoned after storm damage in the winter of 1888.'],
  ['Brindholm', 'Brindholm', '1880', '1994', 'Sold in 2001; the tower is now a private house.'],
];
const activeCols = ['Name', 'Image', 'Location', 'First lit', 'Focal height', 'Range', 'Notes'];
const oldCols = ['Name', 'Image', 'Location', 'First lit', 'Deactivated', 'Notes'];
const th = (cols: readonly string[]): string =>
  `<thead><tr>${cols
    .map((c) =>
      c === 'Image' ? `<th class="unsortable">${c}</th>` : `<th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">${c}</th>`,
    )
    .join('')}</tr></thead>`;
const img = (name: string): string => `<td><span typeof="mw:File"><a href="/wiki/File:${name.replace(/ /g, '_')}.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/5/5f/${name.replace(/ /g, '_')}.jpg/120px-${name.replace(/ /g, '_')}.jpg" decoding="async" width="100"
height="75"
class="mw-file-element"></a></span></td>`;
const table = (cols: readonly string[], rows: readonly Row[]): string => `<table class="wikitable sortable jquery-tablesorter" style="font-size:95%">
${th(cols)}<tbody>
${rows
  .map(
    (r) =>
      `<tr><td><a href="/wiki/${r[0]!.replace(/ /g, '_')}_Lighthouse">${r[0]}</a></td>${img(r[0]!)}${r
        .slice(1)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody><tfoot></tfoot></table>`;
const cells = (rows: readonly Row[]): string[] => texts(rows.flat());
const caption = 'Map of the Corrin Islands showing the active lighthouses';
const dynamic = `<span style="font-size:110%;font-weight:bold;">This is a <a href="/wiki/Wikipedia:WikiProject_Lists#Incomplete_lists">dynamic list</a> and may
never be able to satisfy particular standards for completeness.</span> You can help by <a class="external text"
href="https://en.wikipedia.org/w/index.php?title=List_of_lighthouses_in_the_Corrin_Islands&amp;action=edit">adding missing items</a> with
<a href="/wiki/Wikipedia:Reliable_sources">reliable sources</a>.`;
const seeAlso = ['Corrin Lights Board', 'List of lighthouses in Strell', 'Maritime history of the Corrin Islands'];
const notes = [
  'The tower was raised by 6&#160;m in 1901 so that its light would clear the new pier buildings.',
  'Keepers were relieved by helicopter from 1968 until the station was automated in 1985.',
];
const refs = [
  'Renwick, Harriet (1999). <i>Lights of the North: the Renwick Engineers</i>. Port Ellery: Skerry Books. pp.&#160;14–19.',
  '"Keepers\' cottages". Corrin Lights Board. Retrieved 2 October 2024.',
  '<i>List of Lights and Fog Signals, Volume 4</i>. Strell Hydrographic Office. 2023. pp.&#160;61–64.',
  'Moar, Ivor (2004). "The forgotten lights of Corrin". <i>Island Heritage</i>. <b>31</b> (2): 40–47.',
];
const navTitle = 'Lighthouses of the Corrin Islands';
const navGroups: [string, string[]][] = [
  ['Lightvessels', ['Corrin Bank lightvessel', 'Drave Sound lightvessel']],
  ['Fog signals', ['Skarrow fog horn', 'Vord diaphone']],
  ['Organisations', ['Strell Hydrographic Office', 'Corrin Lighthouse Heritage Trust']],
];
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">None</div>
${ps(lead)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Corrin_Islands_lighthouses_map.svg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/3/3d/Corrin_Islands_lighthouses_map.svg/300px-Corrin_Islands_lighthouses_map.svg.png" width="300"
height="340"
class="mw-file-element"></a><figcaption>${caption}</figcaption></figure>
<meta property="mw:PageProp/toc">
${hd(2, heads[0]!, 1)}
<table class="box-Dynamic_list plainlinks metadata ambox mbox-small-left ambox-notice" role="presentation"><tbody><tr><td class="mbox-image"><span
typeof="mw:File">
<img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/4/46/Dynamic_list.svg/20px-Dynamic_list.svg.png" width="20" height="20"></span></td>
<td class="mbox-text"><div class="mbox-text-span">${dynamic}</div></td></tr></tbody></table>
${ps(activeIntro)}
${hd(3, heads[1]!, 2)}
${table(activeCols, inner)}
${hd(3, heads[2]!, 3)}
${table(activeCols, outer)}
${hd(2, heads[3]!, 4)}
${ps(inactiveIntro)}
${table(oldCols, old)}
${hd(2, 'See also', 5)}
<ul>${seeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${hd(2, 'Notes', 6)}
<div class="reflist reflist-lower-alpha"><div class="mw-references-wrap"><ol class="references">
${notes
  .map(
    (n, i) => `<li id="cite_note-${'ab'[i]}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${'ab'[i]}">^</a></b></span> <span
class="reference-text">${n}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
${hd(2, 'References', 7)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Lighthouses_of_the_Corrin_Islands" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse
navbox-inner mw-made-collapsible mw-collapsed"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><button type="button" class="mw-collapsible-toggle
mw-collapsible-toggle-default mw-collapsible-toggle-collapsed" aria-expanded="false" tabindex="0"><span class="mw-collapsible-text">show</span></button>
<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Lighthouses_of_the_Corrin_Islands"><abbr
title="View this template">v</abbr>
</a></li><li class="nv-talk"><a href="/wiki/Template_talk:Lighthouses_of_the_Corrin_Islands"><abbr title="Discuss this template">t</abbr></a></li><li
class="nv-edit">
<a href="/wiki/Special:EditPage/Template:Lighthouses_of_the_Corrin_Islands"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Lighthouses_of_the_Corrin_Islands" style="font-size:114%;margin:0 4em">${navTitle}</div></th></tr>
${navGroups
  .map(
    ([g, items]) => `<tr style="display: none;"><th scope="row" class="navbox-group" style="width:1%">${g}</th><td class="navbox-list navbox-odd hlist"
style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${items
      .map(
        (t) => `<li><a
href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`,
      )
      .join('')}</ul></div></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>`;
function ps(a: readonly string[]): string {
  return a.map((t) => `<p>${t}\n</p>`).join('\n');
}
const page = vectorPage({
  host: 'en.wikipedia.org',
  lang: 'en',
  site: 'Wikipedia',
  siteSub: 'From Wikipedia, the free encyclopedia',
  title,
  description: 'None',
  toc: [
    [heads[0]!, [heads[1]!, heads[2]!]],
    [heads[3]!, []],
    ['See also', []],
    ['Notes', []],
    ['References', []],
  ],
  languages: ['Dansk', 'Deutsch', 'Føroyskt'],
  content,
  categories: ['Lighthouses in the Corrin Islands', 'Lists of lighthouses', 'Lists of buildings and structures in Strell'],
  hiddenCategories: ['Articles with short description', 'Short description with empty Wikidata description', 'Dynamic lists'],
  lastEdited: '27 January 2025, at 16:05',
  oldid: 1272066419,
  navigation: EN_NAVIGATION,
  contribute: EN_CONTRIBUTE,
  footerPlaces: EN_FOOTER,
  copyright: EN_COPYRIGHT,
});

export const wikiList: TestPage = {
  name: 'heldout139-wikipedia-list-article',
  kind: 'wiki',
  html: page.html,
  // table data cells are body, header cells and the image cells' files in neither list; the dynamic-list box, the map
  // caption, "See also", notes, references and the navbox are furniture; navbox items that repeat table names are left out
  title,
  headings: heads,
  body: [...texts(lead), ...texts(activeIntro), ...cells(inner), ...cells(outer), ...texts(inactiveIntro), ...cells(old)],
  bylines: page.bylines,
  furniture: [
    ...page.furniture,
    'None',
    caption,
    plain(dynamic),
    'See also',
    ...seeAlso,
    'Notes',
    ...texts(notes),
    'References',
    ...texts(refs),
    'show',
    navTitle,
    ...navGroups.flatMap(([g, items]) => [g, ...items]),
  ],
};
