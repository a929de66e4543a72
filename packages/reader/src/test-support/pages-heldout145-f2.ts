import { plain, type TestPage, texts } from './page-kit.js';
import { furnish, mwh } from './pages-heldout145-kit.js';
import { type V22Page, v22, v22Furniture } from './pages-heldout145-v22.js';

/**
 * Held-out batch 145, file f2: an English Wikipedia article on a made-up English market town in the Vector 2022 skin,
 * heavy with disambiguation: the hidden short description, two hatnotes ("This article is about ... For other uses,
 * see ..." and "Not to be confused with ..."), the "needs additional citations" box, the coordinates indicator, the
 * settlement infobox, "Main article:", "Further information:" and "See also:" hatnotes inside sections, citation
 * markers, a climate table, a thumbnail caption, See also / References / External links, the navbox and categories.
 */
const T = 'Kestlebury';
const page = 'Kestlebury';
const r = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const note = (t: string): string => `<div role="note" class="hatnote navigation-not-searchable">${t}</div>`;
const lead = [
  `<b>Kestlebury</b> is a market town and civil parish in the Harrowdale district of North Yorkshire, England. It lies on the River Kessel about 9 miles ` +
    `(14&nbsp;km) north-west of Ripley Moor. At the 2021 census the parish had a population of 6,412.${r(1)}`,
  'The town grew up around a Norman castle and a medieval wool market, and its cobbled market place and Georgian coaching inns are now a ' +
    'conservation area. Kestlebury is known for its annual sheep fair, held every September since at least 1306.',
];
const hHist = 'History';
const hist = [
  `The name is first recorded in the Domesday Book as <i>Chetelberie</i>, probably meaning “Ketil’s fortified place”.${r(2)} A motte-and-bailey ` +
    'castle was built on the hill above the river in the 1080s and rebuilt in stone a century later. Only a length of curtain wall and the lower ' +
    'part of the gatehouse survive.',
  'The market charter was granted in 1251. Through the later Middle Ages the town prospered from the wool trade, and the parish church of St ' +
    'Wilfrid was enlarged twice in the fifteenth century. A water-powered flax mill opened on the Kessel in 1792 and employed over 300 people at its ' +
    `peak, but it closed in 1887 and the town’s population fell for the next forty years.${r(3)}`,
];
const hGeo = 'Geography';
const geo = [
  'Kestlebury stands at the point where the River Kessel leaves the fells and enters the broader vale to the east. The older part of the town is ' +
    'built on a sandstone ridge on the north bank, with later housing spreading along the valley floor. The parish includes the hamlets of ' +
    'Netherby Cross and Skelding.',
];
const hClim = 'Climate';
const clim = ['Like the rest of the British Isles, Kestlebury has a temperate maritime climate, with cool summers and mild winters.'];
const hDemo = 'Demographics';
const demo = [
  `At the 2021 census the parish had 6,412 residents living in 2,930 households. The median age was 47, higher than the average for England, and ` +
    `about a quarter of residents were aged 65 or over.${r(1)}`,
];
const hEcon = 'Economy';
const econ = [
  'Tourism, farming and small businesses are the main sources of employment. The Thursday market still runs in the market place, and a ' +
    'livestock auction mart on the edge of town holds weekly sales. A business park opened in 2009 on the site of the former railway goods yard.',
];
const hTrans = 'Transport';
const trans = [
  `Kestlebury railway station closed in 1965. The town is served by buses to Ripley Moor and Harrowgate, and the A6108 passes to the east of the ` +
    `town centre.${r(4)}`,
];
const hPeople = 'Notable people';
const people = [
  'Agnes Thwaite (1760–1831), hymn writer, born in the town',
  'Sir Robert Melmerby (1822–1899), engineer of the Kessel Viaduct',
  'Jonty Harker (born 1988), fell runner',
];
const hSee = 'See also';
const hRefs = 'References';
const hExt = 'External links';
const hn = [
  'This article is about the town in North Yorkshire. For the village in Somerset, see Kestlebury, Somerset. For other uses, see Kestlebury (disambiguation).',
  'Not to be confused with Kesterbury or Castlebury.',
  'Main article: History of Kestlebury',
  'Further information: River Kessel',
  'See also: Kestlebury railway station',
];
const ambox = [
  'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. Unsourced ' +
    'material may be challenged and removed.',
  'Find sources: "Kestlebury" – news · newspapers · books · scholar · JSTOR (March 2024)',
  '(Learn how and when to remove this message)',
];
const caption = 'The market place and the Kings Head, 2019';
const shortDesc = 'Market town in North Yorkshire, England';
const navbox = ['Towns in North Yorkshire', 'Harrogate', 'Kestlebury', 'Knaresborough', 'Masham', 'Ripon', 'Settle', 'Thirsk'];
const infobox = `<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Kestlebury</div></th></tr>
<tr><td colspan="2" class="infobox-full-data"><span typeof="mw:File"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/Kestlebury_market.jpg/250px.jpg"
width="250" height="166" class="mw-file-element"></span><div class="ib-settlement-caption">Kestlebury market place</div></td></tr>
<tr><th scope="row" class="infobox-label">Population</th><td class="infobox-data">6,412 (2021 census)</td></tr><tr><th scope="row" class="infobox-label">OS grid
reference</th><td class="infobox-data">SE162734</td></tr><tr><th scope="row" class="infobox-label">Civil parish</th><td
class="infobox-data">Kestlebury</td></tr>
<tr><th scope="row" class="infobox-label">Unitary authority</th><td class="infobox-data">North Yorkshire</td></tr><tr><th scope="row" class="infobox-label">Post
town</th><td class="infobox-data">KESTLEBURY</td></tr><tr><th scope="row" class="infobox-label">Postcode district</th><td
class="infobox-data">HG5</td></tr></tbody></table>`;
const climate = `<table class="wikitable mw-collapsible" style="text-align:center"><tbody><tr><th colspan="5">Climate data for Kestlebury
(1991–2020)</th></tr>
<tr><th scope="row">Month</th><th>Jan</th><th>Apr</th><th>Jul</th><th>Oct</th></tr><tr><th scope="row">Mean daily maximum
°C</th><td>6.4</td><td>12.1</td><td>20.3</td>
<td>13.0</td></tr><tr><th scope="row">Average rainfall mm</th><td>78.2</td><td>55.6</td><td>61.9</td><td>82.4</td></tr><tr><td colspan="5">Source: Met
Office</td></tr>
</tbody></table>`;
const ps = (a: readonly string[]): string => a.map((x) => `<p>${x}</p>`).join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${shortDesc}</div>
${note(
  'This article is about the town in North Yorkshire. For the village in Somerset, see <a href="/wiki/Kestlebury,_Somerset">Kestlebury, ' +
    'Somerset</a>. For other uses, see <a href="/wiki/Kestlebury_(disambiguation)" class="mw-disambig">Kestlebury (disambiguation)</a>.',
)}
${note('Not to be confused with <a href="/wiki/Kesterbury">Kesterbury</a> or <a href="/wiki/Castlebury">Castlebury</a>.')}
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image"><div
class="mbox-image-div"><span typeof="mw:File"><img alt="" src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/50px.png"
width="50" height="39">
</span></div></td><td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for <a
href="/wiki/Wikipedia:Verifiability">verification</a></b>.
Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.<br><small><span class="plainlinks">
<i>Find sources:</i> <a href="#">"Kestlebury"</a> – <a href="#">news</a> <b>·</b> <a href="#">newspapers</a> <b>·</b> <a href="#">books</a> <b>·</b> <a
href="#">scholar</a> <b>·</b> <a href="#">JSTOR</a></span></small> <span class="date-container"><i>(<span class="date">March 2024</span>)</i></span><span
class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">Learn how and when to remove this
message</a></small>)</i></span></div></td>
</tr></tbody></table>
${infobox}
${ps(lead)}
<meta property="mw:PageProp/toc">
${mwh(2, hHist, page, 1)}
${note('Main article: <a href="/wiki/History_of_Kestlebury">History of Kestlebury</a>')}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Kestlebury_Kings_Head.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/Kestlebury_Kings_Head.jpg/250px.jpg" width="250" height="188" class="mw-file-element"></a>
<figcaption>${caption}</figcaption></figure>
${ps(hist)}
${mwh(2, hGeo, page, 2)}
${note('Further information: <a href="/wiki/River_Kessel">River Kessel</a>')}
${ps(geo)}
${mwh(3, hClim, page, 3)}
${ps(clim)}
${climate}
${mwh(2, hDemo, page, 4)}
${ps(demo)}
${mwh(2, hEcon, page, 5)}
${ps(econ)}
${mwh(2, hTrans, page, 6)}
${note('See also: <a href="/wiki/Kestlebury_railway_station">Kestlebury railway station</a>')}
${ps(trans)}
${mwh(2, hPeople, page, 7)}
<ul>${people.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwh(2, hSee, page, 8)}
<ul><li><a href="/wiki/Listed_buildings_in_Kestlebury">Listed buildings in Kestlebury</a></li><li><a href="/wiki/Kessel_Viaduct">Kessel Viaduct</a></li></ul>
${mwh(2, hRefs, page, 9)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-1"><sup><i><b>a</b></i></sup></a> <a
href="#cite_ref-1"><sup><i><b>b</b></i></sup></a></span>
<span class="reference-text"><cite class="citation web cs1">“Kestlebury Parish: 2021 census profile”. Office for National Statistics. Retrieved 4
May 2024.</cite></span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text"><cite class="citation book
cs1">Ekwall,
Eilert (1960). <i>The Concise Oxford Dictionary of English Place-Names</i>. p. 271.</cite></span></li>
<li id="cite_note-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-3">^</a></b></span> <span class="reference-text"><cite class="citation book
cs1">Holroyd,
Mary (1994). <i>Kestlebury: A Dales Market Town</i>. Kessel Press. pp. 88–91.</cite></span></li>
<li id="cite_note-4"><span class="mw-cite-backlink"><b><a href="#cite_ref-4">^</a></b></span> <span class="reference-text"><cite class="citation web cs1">“Bus
timetables: Harrowdale”. North Yorkshire Council. Retrieved 4 May 2024.</cite></span></li></ol></div></div>
${mwh(2, hExt, page, 10)}
<ul><li><a rel="nofollow" class="external text" href="https://www.kestlebury-tc.example.gov.uk/">Kestlebury Town Council</a></li></ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Towns_in_North_Yorkshire"><table class="nowraplinks mw-collapsible
autocollapse navbox-inner mw-made-collapsible mw-collapsed"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><button type="button"
class="mw-collapsible-toggle mw-collapsible-toggle-default mw-collapsible-toggle-collapsed"><span class="mw-collapsible-text">show</span></button><div
id="Towns_in_North_Yorkshire" style="font-size:114%;margin:0 4em">${navbox[0]}</div></th></tr><tr style="display:none"><td class="navbox-list"><ul>
${navbox
  .slice(1)
  .map((t) => (t === T ? '<li><a class="mw-selflink selflink">Kestlebury</a></li>' : `<li><a href="/wiki/${t}">${t}</a></li>`))
  .join('')}</ul></td></tr></tbody></table></div>`;
const wp: V22Page = {
  site: 'Wikipedia',
  host: 'en.wikipedia.org',
  docTitle: 'Kestlebury - Wikipedia',
  page,
  titleHtml: '<span class="mw-page-title-main">Kestlebury</span>',
  head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Kestlebury",
"url":"https://en.wikipedia.org/wiki/Kestlebury",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2006-03-14T10:22:01Z","dateModified":"2025-09-21T08:15:44Z","headline":"market town in North Yorkshire, England"}</script>`,
  bodyClass: 'ns-0 ns-subject mw-editable page-Kestlebury rootpage-Kestlebury',
  menu: [
    ['Navigation', ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us']],
    ['Contribute', ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages']],
  ],
  tabs: ['Article', 'Talk'],
  toc: [
    [hHist, hHist, 1, '1'],
    [hGeo, hGeo, 1, '2'],
    [hClim, hClim, 2, '2.1'],
    [hDemo, hDemo, 1, '3'],
    [hEcon, hEcon, 1, '4'],
    [hTrans, hTrans, 1, '5'],
    ['Notable_people', hPeople, 1, '6'],
    ['See_also', hSee, 1, '7'],
    [hRefs, hRefs, 1, '8'],
    ['External_links', hExt, 1, '9'],
  ],
  langs: ['Cebuano', 'Deutsch', 'Français', 'Nederlands', 'Polski', 'Svenska'],
  general: [
    'What links here',
    'Related changes',
    'Upload file',
    'Permanent link',
    'Page information',
    'Cite this page',
    'Get shortened URL',
    'Download QR code',
  ],
  print: ['Download as PDF', 'Printable version'],
  other: ['Wikimedia Commons', 'Wikidata item'],
  indicators: `<div id="mw-indicator-coordinates" class="mw-indicator"><span id="coordinates"><a
href="/wiki/Geographic_coordinate_system">Coordinates</a>: <span
class="plainlinks nourlexpansion"><a class="external text" href="https://geohack.toolforge.org/geohack.php?params=54.173_N_1.372_W"><span class="geo-default">
<span class="geo-dms">54°10′N 1°22′W</span></span></a></span></span></div>`,
  subtitle: '',
  content,
  cats: ['Market towns in North Yorkshire', 'Civil parishes in North Yorkshire', 'Towns in North Yorkshire', 'Harrowdale'],
  hiddenCats: [
    'Articles with short description',
    'Short description is different from Wikidata',
    'Articles needing additional references from March 2024',
    'All articles needing additional references',
    'Use dmy dates from May 2024',
    'Coordinates on Wikidata',
  ],
  edited: 'This page was last edited on 21 September 2025, at 08:15<span class="anonymous-show">&#160;(UTC)</span>.',
  trademark: true,
  places: [
    'Privacy policy',
    'About Wikipedia',
    'Disclaimers',
    'Contact Wikipedia',
    'Code of Conduct',
    'Developers',
    'Statistics',
    'Cookie statement',
    'Mobile view',
  ],
};
const headings = [hHist, hGeo, hClim, hDemo, hEcon, hTrans, hPeople, hSee, hRefs, hExt];
const body = texts([...lead, ...hist, ...geo, ...clim, ...demo, ...econ, ...trans, ...people]);
export const wikipediaTownPage: TestPage = {
  html: v22(wp),
  name: 'heldout145-wikipedia-town',
  kind: 'wiki',
  // citation markers are part of their paragraphs; the infobox and climate table cells, the See also, References and
  // External links items are in neither list (their headings are headings); the hidden short description, the hatnotes
  // (top and in-section), the citations box, coordinates, the thumbnail caption, the navbox and the chrome are furniture
  title: T,
  headings,
  body,
  bylines: [plain(wp.edited)],
  furniture: furnish(
    [T, ...headings, ...body],
    [shortDesc, ...hn, ...ambox, 'Coordinates', '54°10′N 1°22′W', caption, 'Kestlebury market place', 'show', ...navbox],
    v22Furniture(wp),
  ),
};
