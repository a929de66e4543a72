import { type TestPage, texts } from './page-kit.js';
import { ref, type VectorPage, vectorPage, vh } from './pages-heldout127-a3.js';
import { navbox, navboxTexts, notGold, reflist, vectorEdited, vectorFurniture, WIKIPEDIA } from './pages-heldout127-a4.js';

/**
 * Held-out batch 127, file a2: a Wikipedia article on a town in the Vector 2022 skin (skin from file a3), with the coordinates
 * indicator by the title, an "additional citations" maintenance box at the top of the article text, the settlement infobox with
 * its image and locator-map captions, a "Main article" hatnote inside a section, a population table, a thumbnail, a "See also"
 * list, references, a navbox and categories.
 */
const slug = 'Wendle_Cross';
const title = 'Wendle Cross';
const lead = [
  '<b>Wendle Cross</b> is a market town and <a href="/wiki/Civil_parish">civil parish</a> in the district of Elmridge, Northshire, England. It ' +
    'lies on the River Wendle where the old road from Harrowgate to the coast crosses it, 11 miles (18 km) west of the county town of Stallbridge. ' +
    `At the 2021 census the parish had a population of 9,415.${ref(1)}`,
  'The town grew up around a weekly livestock market chartered in 1287 and later became a centre of the worsted trade. Its surviving ' +
    'eighteenth-century cloth hall, now an arts centre, is a Grade II* listed building.',
];
const hName = 'Etymology';
const name = [
  'The name is first recorded as <i>Wendelcros</i> in 1219. The first element is the river name, thought to come from an Old English word for ' +
    `“winding”; the second refers to a stone cross that stood at the ford and marked the boundary of the parish of Ashby Wendle.${ref(2)}`,
];
const hHistory = 'History';
const history = [
  'A charter of 1287 granted the lord of the manor, Roger de Ashby, the right to hold a market every Thursday and a fair each August. The ' +
    'market was held in the wide main street, which still narrows at each end where the toll bars once stood.',
  'From the late seventeenth century the town became a collecting point for hand-spun worsted yarn from the surrounding hill farms. The ' +
    `Cloth Hall, built by subscription in 1764, had 112 stalls let to clothiers on market days.${ref(3)} The arrival of water-powered spinning ` +
    'mills at Low Wendle in the 1790s brought the first large employers, and the population more than doubled between 1801 and 1851.',
  'The last mill closed in 1979. Much of the mill site was cleared for housing in the 1990s, but the four-storey Kingsmill building was ' +
    'converted into flats and a heritage centre.',
];
const hGeo = 'Geography';
const geo = [
  'The town sits at about 140 metres (460 ft) above sea level in a bowl of the Wendle valley, with moorland rising to over 400 metres on the ' +
    'north side. The river is prone to flooding after heavy rain on the moors; flood walls were built along Bridge Street after serious ' +
    `floods in 2007 and again in 2015.${ref(4)}`,
  'The parish includes the hamlets of Ashby Wendle, Hobb Green and Scarr Top.',
];
const hDemo = 'Demography';
const demo = ['The population of the parish at each census since 1801, in selected years, was as follows:'];
const table = [
  ['1801', '1,204'],
  ['1851', '2,911'],
  ['1901', '5,386'],
  ['1951', '7,140'],
  ['2001', '8,962'],
  ['2021', '9,415'],
] as const;
const demo2 = [`At the 2021 census, 19.6 percent of residents were aged 65 or over, compared with 18.4 percent across England.${ref(1)}`];
const hEconomy = 'Economy';
const economy = [
  'The Thursday market still runs, now with around forty stalls, and a farmers’ market is held on the first Saturday of each month. The ' +
    'largest employers are Elmridge District Council, whose offices moved into the former grammar school in 2004, and Pennock Foods, which ' +
    `makes baked goods at a factory on the Scarr Road estate.${ref(5)}`,
  'Tourism has grown since the opening of the Wendle Way long-distance footpath in 1998, which passes through the town.',
];
const hTransport = 'Transport';
const transport = [
  'Wendle Cross railway station, on the line between Stallbridge and Harrowgate, closed in 1965. The nearest station is now at Kell Bridge, ' +
    '6 miles (10 km) to the east. Bus routes run to Stallbridge every half hour and to Harrowgate every two hours.',
  `The A684 passes through the town centre, and a bypass proposed in 1989 has never been built.${ref(6)}`,
];
const hPeople = 'Notable people';
const people = [
  'Hannah Threlfall (1788–1851), Methodist preacher and writer of hymns',
  'Josiah Pennock (1841–1912), baker and founder of Pennock Foods',
  'Arthur Dinsdale (1902–1977), rugby league player',
  'Morag Clegg (born 1966), television presenter',
];
const seeAlso = ['Listed buildings in Wendle Cross', 'Wendle Way'];
const refs = [
  '"Wendle Cross parish: 2021 census profile". Office for National Statistics. Retrieved 3 March 2024.',
  'Smith, A. H. (1961). <i>The Place-Names of Northshire</i>. Part 4. Cambridge University Press. p. 112.',
  'Hartley, M. (1986). <i>The Worsted Towns</i>. Stallbridge: Dalesman. pp. 58–61.',
  '"Flood defences completed in Wendle Cross". <i>Stallbridge Telegraph</i>. 9 November 2017.',
  '"Pennock Foods to add 60 jobs". <i>Stallbridge Telegraph</i>. 21 June 2022.',
  '"Bypass plan shelved again". <i>Northshire Post</i>. 4 April 2002.',
];
const shortDesc = 'Town in Northshire, England';
const amboxText =
  'This article needs additional citations for verification. Please help improve this article by adding citations to reliable ' +
  'sources. Unsourced material may be challenged and removed.';
const ambox = [
  amboxText,
  'Find sources: "Wendle Cross" – news · newspapers · books · scholar · JSTOR',
  '(March 2023)',
  '(Learn how and when to remove this message)',
];
const coords = 'Coordinates: 53°52′N 1°58′W';
const infoCaps = ['The Cloth Hall and Market Place', 'Location within Northshire'];
const infoRows = [
  ['Population', '9,415 (2021 census)'],
  ['OS grid reference', 'SE034412'],
  ['District', 'Elmridge'],
  ['Shire county', 'Northshire'],
  ['Country', 'England'],
  ['Post town', 'WENDLE CROSS'],
  ['Postcode district', 'WC7'],
  ['Dialling code', '01535'],
] as const;
const mainArticle = 'Main article: History of Wendle Cross';
const figCaption = 'Kingsmill, the last of the Low Wendle mills, converted to flats in 2001';
const nbTitle = 'Towns and villages in the district of Elmridge';
const nbGroups = [
  ['Towns', ['Elmridge', 'Kell Bridge', 'Wendle Cross']],
  ['Villages', ['Ashby Wendle', 'Cowling Moor', 'Hobb Green', 'Lothersby', 'Scarr Top', 'Thwaite End']],
] as const;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${shortDesc}</div>
<style data-mw-deduplicate="TemplateStyles:r1251242444">.mw-parser-output .ambox{border:1px solid #a2a9b1;border-left:10px solid #36c}</style>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image">
<div class="mbox-image-div"><span typeof="mw:File"><span><img alt="" src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/50px.png"
decoding="async" width="50" height="39" class="mw-file-element"></span></span></div></td><td class="mbox-text"><div class="mbox-text-span">This article
<b>needs additional citations for <a href="/wiki/Wikipedia:Verifiability">verification</a></b>. <span class="hide-when-compact">Please help
<a href="/wiki/Special:EditPage/Wendle_Cross">improve this article</a> by <a href="/wiki/Help:Referencing_for_beginners">adding citations to reliable
sources</a>. Unsourced material may be challenged and removed.<br><small><span class="plainlinks"><i>Find sources:</i>&#160;<a rel="nofollow"
class="external text" href="https://www.google.com/search?q=%22Wendle+Cross%22">"Wendle Cross"</a>&#160;–&#160;<a class="external text"
href="#">news</a>&#160;·
<a class="external text" href="#">newspapers</a>&#160;· <a class="external text" href="#">books</a>&#160;· <a class="external text"
href="#">scholar</a>&#160;·
<a class="external text" href="#">JSTOR</a></span></small></span> <span class="date-container"><i>(<span class="date">March 2023</span>)</i></span>
<span class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">Learn how and when to remove this message</a></small>)</i></span>
</div></td></tr></tbody></table>
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Wendle Cross</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Wendle_Cross_Cloth_Hall.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/c/c1/Cloth_Hall.jpg/250px.jpg" width="250" height="166"
class="mw-file-element"></a></span><div class="infobox-caption">${infoCaps[0]}</div></td></tr>
<tr><td colspan="2" class="infobox-image"><div class="switcher-container"><div class="locmap"><img alt="Wendle Cross is located in Northshire"
src="//upload.wikimedia.org/wikipedia/commons/thumb/2/2b/Northshire_UK_location_map.svg/250px.png" width="250" height="214"></div>
<div class="infobox-caption">${infoCaps[1]}</div></div></td></tr>
${infoRows.map(([k, v]) => `<tr class="mergedrow"><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${vh(2, hName, slug)}
${ps(name)}
${vh(2, hHistory, slug)}
<div role="note" class="hatnote navigation-not-searchable">Main article: <a href="/wiki/History_of_Wendle_Cross">History of Wendle Cross</a></div>
${ps(history)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Kingsmill_Wendle_Cross.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4d/Kingsmill.jpg/250px.jpg" width="250" height="188" class="mw-file-element"></a>
<figcaption>${figCaption}</figcaption></figure>
${vh(2, hGeo, slug)}
${ps(geo)}
${vh(2, hDemo, slug)}
${ps(demo)}
<table class="wikitable" style="text-align:right"><tbody><tr><th>Year</th><th>Population</th></tr>
${table.map(([y, n]) => `<tr><td>${y}</td><td>${n}</td></tr>`).join('\n')}</tbody></table>
${ps(demo2)}
${vh(2, hEconomy, slug)}
${ps(economy)}
${vh(2, hTransport, slug)}
${ps(transport)}
${vh(2, hPeople, slug)}
<ul>${people.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${vh(2, 'See also', slug)}
<ul>${seeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${vh(2, 'References', slug)}
${reflist(refs)}
${navbox(nbTitle, nbGroups)}`;
const page: VectorPage = {
  title,
  slug,
  toc: [hName, hHistory, hGeo, hDemo, hEconomy, hTransport, hPeople, 'See also', 'References'],
  langs: ['Cebuano', 'Deutsch', 'Français', 'Nederlands', 'Polski'],
  content,
  cats: ['Towns in Northshire', 'Market towns in Northshire', 'Civil parishes in Northshire', 'Elmridge District'],
  hidden: ['Articles with short description', 'Articles needing additional references from March 2023', 'Coordinates on Wikidata'],
  edited: '27 January 2025, at 18:03',
  oldid: 1272110984,
  indicators: `<div class="mw-indicator" id="mw-indicator-coordinates"><div class="mw-parser-output"><span class="geo-inline"><span id="coordinates">
<a href="/wiki/Geographic_coordinate_system">Coordinates</a>: <span class="plainlinks nourlexpansion"><a class="external text"
href="https://geohack.toolforge.org/geohack.php?pagename=Wendle_Cross"><span class="geo-default"><span class="geo-dms"><span class="latitude">53°52′N</span>
<span class="longitude">1°58′W</span></span></span></a></span></span></span></div></div>`,
};
export const wikipediaPlace: TestPage = {
  name: 'heldout127-wikipedia-place',
  kind: 'wiki',
  html: vectorPage(WIKIPEDIA, page),
  // the maintenance box, the hatnote and the infobox captions are furniture; the infobox rows, the "See also" list and the
  // reference list are in neither list (nor the "See also" and "References" headings); the table's data cells are body
  title,
  headings: [hName, hHistory, hGeo, hDemo, hEconomy, hTransport, hPeople],
  body: texts([...lead, ...name, ...history, ...geo, ...demo, ...table.flat(), ...demo2, ...economy, ...transport, ...people]),
  bylines: [vectorEdited(page)],
  furniture: notGold(
    [...vectorFurniture(WIKIPEDIA, page), shortDesc, ...ambox, coords, ...infoCaps, mainArticle, figCaption, ...navboxTexts(nbTitle, nbGroups)],
    [title],
  ),
};
