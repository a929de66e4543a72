import { type TestPage, texts } from './page-kit.js';
import { ref, type VectorPage, vectorPage, vh } from './pages-heldout127-a3.js';
import { authority, authorityTexts, navbox, navboxTexts, notGold, reflist, vectorEdited, vectorFurniture, WIKIPEDIA, tidy } from './pages-heldout127-a4.js';
import { wikipediaPlace } from './pages-heldout127-a2.js';

/**
 * Held-out batch 127, file a: a Wikipedia biography in the Vector 2022 skin (the skin's menus, tabs, tools, appearance panel
 * and footer from file a3, the hidden short description, a "For the Swedish fencer" hatnote, the biography infobox with its
 * image caption, section "[edit]" links, footnote markers, a thumbnail with caption, a quotation with its cite line, the
 * reference list, external links, a navbox, authority control and categories) and, from file a2, a Wikipedia place article.
 */
const slug = 'Agnes_Thornquist';
const title = 'Agnes Thornquist';
const lead = [
  '<b>Agnes Maria Thornquist</b> (May 12, 1904 – November 3, 1987) was a Swedish-born American <a href="/wiki/Cartography">cartographer</a> and ' +
    '<a href="/wiki/Hydrography">hydrographer</a> who spent most of her career with the <a href="/wiki/Upper_Lakes_Hydrographic_Office">Upper Lakes ' +
    'Hydrographic Office</a> in Minnesota. She is best known for the <i>Atlas of the Northern Rivers</i> (1951), the first systematic survey of the ' +
    `small rivers draining the Arrowhead uplands, and for training a generation of women draftsmen during the Second World War.${ref(1)}${ref(2)}`,
  'Thornquist was among the first women in the United States to lead a federal field survey party. Her insistence on printing a survey’s raw ' +
    'soundings alongside the finished chart was controversial at the time, but the office later adopted it as standard practice for all of its ' +
    `inland charts.${ref(3)}`,
];
const hEarly = 'Early life and education';
const early = [
  'Thornquist was born in Lövhamra, a fishing village on the Gulf of Bothnia, the third of five children of Erik Thornquist, a boatbuilder, ' +
    'and Maria (née Lindgren), a schoolteacher. The family emigrated in 1911 and settled in Two Pines, Minnesota, where her father found work ' +
    `repairing ore boats.${ref(4)}`,
  'She attended Two Pines High School and in 1922 enrolled at the <a href="/wiki/University_of_Minnesota">University of Minnesota</a>, one of ' +
    'four women in her geology class. A summer job drawing township plats for the county surveyor convinced her to switch to civil engineering, ' +
    `and she graduated with a bachelor’s degree in 1927.${ref(4)}${ref(5)}`,
];
const hCareer = 'Career';
const hOffice = 'Upper Lakes Hydrographic Office';
const office = [
  'Thornquist joined the Upper Lakes Hydrographic Office in Duluth as a junior draftsman in 1928. For most of the next decade she worked in the ' +
    'drawing room, turning field sheets into printed charts, because the office did not then send women out on its survey launches.' +
    ref(5),
  'That changed in 1942, when most of the office’s surveyors were called up. Thornquist was put in charge of a field party of six on the ' +
    'Kettle River, and by the end of the war she supervised three parties and a drafting school of twenty-two women, most of them recruited ' +
    `from high schools along the north shore.${ref(6)} One of her former students later recalled:`,
];
const quote =
  'She handed you a sounding line on the first morning and said that nobody could draw a river they had not measured with their own ' +
  'hands. We learned the instruments before we ever learned the pens.';
const hAtlas = 'Atlas of the Northern Rivers';
const atlas = [
  'After the war Thornquist proposed a complete survey of the fourteen small rivers that drain the uplands north of Duluth, most of which had ' +
    'never been charted beyond their mouths. The office agreed to fund two seasons; the work took six. The finished <i>Atlas of the Northern ' +
    `Rivers</i>, published in 1951, ran to 118 sheets at a scale of 1:24,000.${ref(7)}`,
  'The atlas broke with the office’s practice in two ways. Each sheet printed the raw depth soundings in faint grey beside the smoothed ' +
    'contour lines, so that users could judge for themselves how far the contours could be trusted, and each river was surveyed twice, in ' +
    `spring flood and at late-summer low water.${ref(7)}${ref(8)} Her superiors objected that the grey figures made the sheets look ` +
    `unfinished; Thornquist replied that a chart which hid its evidence was “a promise nobody could check”.${ref(8)}`,
];
const hPersonal = 'Personal life';
const personal = [
  'In 1936 Thornquist married Harold Brevik, a chemistry teacher at Duluth Central High School. They had no children. After Brevik’s death ' +
    'in 1970 she moved to a cabin on the Kettle River, where she kept daily gauge readings for the office as a volunteer until 1984.' +
    ref(9),
];
const hLegacy = 'Legacy';
const legacy1 = [
  'Thornquist retired in 1966. The office had adopted her practice of printing soundings on its inland charts in 1958, and it remained in use ' +
    `until the charts were digitized in the 1990s.${ref(10)} Her field notebooks, some 240 volumes, are held by the Arrowhead Regional Archive.`,
  'Honours she received include:',
];
const honours = [
  'the Meritorious Service Award of the Department of Commerce (1959);',
  'honorary membership of the Upper Midwest Geographers’ Guild (1967);',
  'election to the Minnesota Women in Science Roll of Honor (1994, posthumously).',
];
const legacy2 = [`A small lake on the upper Kettle River, first sounded by her 1946 field party, was named Thornquist Lake in 1989.${ref(11)}`];
const refs = [
  'Halvorsen, Ruth (1990). <i>Mapping the Arrowhead: A History of the Upper Lakes Hydrographic Office</i>. Duluth: Lakehead Press. pp. 41–44.',
  '"Agnes Thornquist, 83, charted northern rivers". <i>Duluth Evening Courier</i>. November 6, 1987. p. 9.',
  'Ostlund, Karin (2004). "Showing the soundings: inland chart practice 1945–1990". ' +
    '<i>Journal of the Upper Midwest Geographers’ Guild</i>. 41 (2): 77–95.',
  'Halvorsen 1990, p. 42.',
  '"Women in the drawing room". <i>Lakehead Quarterly</i>. 12 (3): 14–19. 1978.',
  'Ekdahl, Ruth (1983). Interview with Marit Soberg. Arrowhead Regional Archive oral history collection, tape 118.',
  'Thornquist, Agnes (1951). <i>Atlas of the Northern Rivers</i>. Duluth: Upper Lakes Hydrographic Office. Preface.',
  'Ostlund 2004, pp. 80–83.',
  'Halvorsen 1990, p. 160.',
  'Ostlund 2004, p. 91.',
  '"Lake named for river surveyor". <i>Duluth Evening Courier</i>. August 14, 1989. p. 3.',
];
const extLinks = ['Agnes Thornquist papers at the Arrowhead Regional Archive', 'Atlas of the Northern Rivers (digitized sheets) at the Lakehead Map Library'];
const hatnote = 'For the Swedish fencer, see Agnes Thorqvist.';
const shortDesc = 'American cartographer (1904–1987)';
const infoCaption = 'Thornquist at the Duluth drawing office, c. 1948';
const figCaption = 'Sheet 37 of the Atlas of the Northern Rivers, showing the Kettle River narrows with soundings printed in grey';
const quoteCite = 'Ruth Ekdahl, interviewed in 1983';
const nbTitle = 'Upper Lakes Hydrographic Office people and publications';
const nbGroups = [
  ['Directors', ['Walter Penrose', 'Samuel Idun', 'Clara Wessel']],
  ['Surveyors', ['Agnes Thornquist', 'Otto Rask', 'Ruth Ekdahl', 'Lyman Cobb']],
  ['Publications', ['Atlas of the Northern Rivers', 'North Shore Pilot', 'Inland Chart Series']],
] as const;
const national = ['United States', 'Sweden'];
const infoRow = (k: string, v: string): string => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${shortDesc}</div>
<div role="note" class="hatnote navigation-not-searchable">For the Swedish fencer, see <a href="/wiki/Agnes_Thorqvist" title="Agnes
Thorqvist">Agnes Thorqvist</a>.
</div><style data-mw-deduplicate="TemplateStyles:r1257001546">.mw-parser-output .infobox-subbox{padding:0;border:none;margin:-3px;width:auto}</style>
<table class="infobox biography vcard"><tbody><tr><th colspan="2" class="infobox-above" style="font-size:125%;"><div class="fn" style="display:inline">
Agnes Thornquist</div></th></tr><tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless">
<a href="/wiki/File:Agnes_Thornquist_1948.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Thornquist.jpg/220px.jpg"
decoding="async" width="220" height="289" class="mw-file-element"></a></span><div class="infobox-caption">${infoCaption}</div></td></tr>
${infoRow('Born', 'Agnes Maria Thornquist<br><span style="display:none">(<span class="bday">1904-05-12</span>)</span>May 12, 1904<br>Lövhamra, Sweden')}
${infoRow('Died', 'November 3, 1987<span style="display:none">(1987-11-03)</span> (aged 83)<br>Duluth, Minnesota, U.S.')}
${infoRow('Education', '<a href="/wiki/University_of_Minnesota">University of Minnesota</a> (BS)')}
${infoRow('Occupation', 'Cartographer, hydrographer')}
${infoRow('Known for', '<i>Atlas of the Northern Rivers</i> (1951)')}
${infoRow('Spouse', 'Harold Brevik<div style="display:inline-block">(<abbr title="married">m.</abbr> 1936; died 1970)</div>')}
</tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${vh(2, hEarly, slug)}
${ps(early)}
${vh(2, hCareer, slug)}
${vh(3, hOffice, slug)}
${ps(office)}
<blockquote class="templatequote"><p>${quote}</p><div class="templatequotecite">—&#8201;<cite>${quoteCite}</cite></div></blockquote>
${vh(3, hAtlas, slug)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Northern_Rivers_sheet_37.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/7/7e/Sheet37.jpg/250px.jpg" decoding="async" width="250" height="196" class="mw-file-element">
</a><figcaption>${figCaption}</figcaption></figure>
${ps(atlas)}
${vh(2, hPersonal, slug)}
${ps(personal)}
${vh(2, hLegacy, slug)}
${ps(legacy1)}
<ul>${honours.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(legacy2)}
${vh(2, 'References', slug)}
${reflist(refs)}
${vh(2, 'External links', slug)}
<ul>${extLinks.map((t) => `<li><a rel="nofollow" class="external text" href="https://archive.example/${t.length}">${t}</a></li>`).join('\n')}</ul>
${navbox(nbTitle, nbGroups)}
${authority(national)}`;
const page: VectorPage = {
  title,
  slug,
  toc: [hEarly, hCareer, hPersonal, hLegacy, 'References', 'External links'],
  langs: ['Deutsch', 'Suomi', 'Svenska'],
  content,
  cats: [
    '1904 births',
    '1987 deaths',
    'American cartographers',
    'American women cartographers',
    'Swedish emigrants to the United States',
    'University of Minnesota alumni',
  ],
  hidden: ['Articles with short description', 'Short description is different from Wikidata', 'Use mdy dates from March 2024'],
  edited: '14 February 2025, at 09:41',
  oldid: 1275544123,
  jsonLd: `<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"${title}",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/${slug}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2009-06-02T17:20:11Z","dateModified":"2025-02-14T09:41:00Z","headline":"${shortDesc}"}</script>`,
};
const biography: TestPage = {
  name: 'heldout127-wikipedia-biography',
  kind: 'wiki',
  html: vectorPage(WIKIPEDIA, page),
  // the infobox (its rows, which repeat the lead) and the reference list and external links are in neither list; the
  // "References" and "External links" headings too; the quotation is body, its cite line in neither list
  title,
  headings: [hEarly, hCareer, hOffice, hAtlas, hPersonal, hLegacy],
  body: texts([...lead, ...early, ...office, quote, ...atlas, ...personal, ...legacy1, ...honours, ...legacy2]),
  bylines: [vectorEdited(page)],
  furniture: notGold(
    [...vectorFurniture(WIKIPEDIA, page), shortDesc, hatnote, infoCaption, figCaption, ...navboxTexts(nbTitle, nbGroups), ...authorityTexts(national)],
    [title, hOffice, hAtlas],
  ),
};

export const HELDOUT127_A: readonly TestPage[] = [biography, wikipediaPlace].map(tidy);
