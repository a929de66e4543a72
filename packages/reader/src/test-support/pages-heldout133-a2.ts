import { type TestPage, texts } from './page-kit.js';
import { mwH, ref, reflist, type VectorPage, vectorBylines, vectorFurniture } from './pages-heldout133-a3.js';
import { vectorPage } from './pages-heldout133-a4.js';

/**
 * Held-out batch 133, file a2: a Wikipedia company article in the Vector 2022 skin (an "advertisement" maintenance box at
 * the top of the text, the company infobox with logo and caption, History with three subsections, a product list, a
 * financial table, See also, References, External links, categories and the skin chrome of files a3/a4).
 */
const page = 'Brackwater Instruments';
const advert =
  'This article contains content that is written like an advertisement. Please help improve it by removing promotional content and ' +
  'inappropriate external links, and by adding encyclopedic content written from a neutral point of view.';
const infobox: readonly (readonly [string, string])[] = [
  ['Company type', '<a href="/wiki/Private_company_limited_by_shares">Private</a>'],
  ['Industry', '<a href="/wiki/Oceanography">Oceanographic instruments</a>'],
  ['Founded', '1987<span class="noprint">; 38&#160;years ago</span>'],
  ['Founder', 'Alasdair Frew'],
  ['Headquarters', '<a href="/wiki/Montrose,_Angus">Montrose</a>, Scotland'],
  ['Key people', 'Morag Sinclair (<a href="/wiki/Chief_executive_officer">CEO</a>)'],
  ['Revenue', '<span style="color:#0c0">Increase</span> £48.6 million (2023)'],
  ['Number of employees', '310 (2023)'],
  ['Parent', '<a href="/wiki/Halden_Group">Halden Group</a> (2016–present)'],
  ['Website', '<span class="url"><a rel="nofollow" class="external text" href="https://brackwater.example">brackwater.example</a></span>'],
];
const logoCaption = 'Logo used since 2016';
const lead = [
  `<b>Brackwater Instruments Ltd</b> is a Scottish manufacturer of oceanographic and environmental sensors, headquartered in
<a href="/wiki/Montrose,_Angus">Montrose</a>, Angus. Founded in 1987 by the marine engineer Alasdair Frew, the company makes conductivity,
temperature and depth (CTD) probes, dissolved oxygen sensors and moored data loggers used by research institutes, offshore wind operators and
fish farms.${ref(1)} In 2023 it employed about 310 people and reported revenue of £48.6 million.${ref(2)}`,
  `Since 2016 it has been a subsidiary of the Norwegian engineering group <a href="/wiki/Halden_Group">Halden Group</a>, but it continues to trade
under its own name.${ref(3)}`,
];
const founding = [
  `Frew had worked on survey ships for the <a href="/wiki/North_Sea">North Sea</a> oil industry before setting up Brackwater in a rented workshop
at Montrose harbour. Its first product, the BW-1 conductivity cell, was designed to survive being dragged along the sea bed by trawl surveys, and the
Scottish fisheries laboratory bought forty of them in 1989.${ref(1)}`,
  `Through the 1990s the company remained small, with fewer than thirty staff, and relied on a handful of government and university customers. A
contract to supply temperature loggers to an Antarctic research station in 1996 gave it its first large export order.${ref(4)}`,
];
const expansion = [
  `Growth came with the offshore wind industry. From 2004 Brackwater sold long-term moorings that measure currents, waves and water quality around
turbine sites, and it opened a second factory in <a href="/wiki/Arbroath">Arbroath</a> in 2009. By 2015 around 60 percent of its sales came from
energy companies rather than scientists.${ref(2)}`,
  `The company also began to lease instruments instead of selling them outright, a change that Frew later said had "kept the lights on" during the
2014 fall in oil prices.${ref(5)}`,
];
const acquisition = [
  `Halden Group bought the company for a reported £62 million in 2016. Frew retired the following year and was succeeded as chief executive by
Morag Sinclair, previously its head of engineering.${ref(3)} Under Halden ownership Brackwater moved most of its circuit board assembly to the group's
plant in <a href="/wiki/Fredrikstad">Fredrikstad</a>, which led to forty redundancies in Arbroath in 2018.${ref(6)}`,
];
const products = ['Brackwater\u2019s main product lines in 2024 were:'];
const productList = [
  'CTD profilers for research vessels, sold under the Selkie name',
  'Optical dissolved oxygen sensors for fish farms',
  'Seabed landers and moored loggers for offshore wind sites',
  'Data buoys with satellite telemetry, introduced in 2021',
];
const operations = [
  `The company has its head office and main factory in Montrose, a test tank facility at Arbroath and a sales office in
<a href="/wiki/Bergen">Bergen</a>. About a third of its employees work in engineering and research.${ref(2)}`,
];
const finHead = ['Year', 'Revenue (£m)', 'Employees'];
const finRows = [
  ['2019', '36.4', '262'],
  ['2020', '33.9', '255'],
  ['2021', '39.2', '271'],
  ['2022', '44.0', '294'],
  ['2023', '48.6', '310'],
];
const finCaption = 'Revenue and staff, 2019–2023';
const seeAlso = ['Oceanographic instrumentation', 'List of companies based in Angus'];
const refs = [
  'Lennox, J. (2012). <i>Instruments of the Sea: A History of Scottish Marine Technology</i>. Dundee: Tayside Press. pp. 201–214.',
  '"Brackwater Instruments Ltd annual report and financial statements 2023". Companies House. 28 June 2024.',
  'Marr, C. (14 September 2016). "Norwegian group buys Montrose sensor maker". <i>The Angus Courier</i>.',
  'Pryde, D. (1997). "Scottish loggers for the Weddell Sea". <i>Polar Logistics Review</i>. <b>4</b> (2): 31.',
  'Gill, H. (3 March 2017). "Alasdair Frew: thirty years in salt water". <i>Marine Technology Weekly</i>.',
  'Marr, C. (22 May 2018). "Forty jobs to go at Arbroath sensor plant". <i>The Angus Courier</i>.',
];
const ext = ['Official website'];
const h = (level: 2 | 3, t: string, n: number): string => mwH(level, t.replace(/ /g, '_').replace(/[()–]/g, '.'), t, page, n);
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Scottish manufacturer of marine sensors</div>
<style data-mw-deduplicate="TemplateStyles:r1251242444">.mw-parser-output .ambox{border:1px solid #a2a9b1;border-left:10px solid
#36c;background-color:#fbfbfb}</style>
<table class="box-Advert plainlinks metadata ambox ambox-content ambox-Advert" role="presentation"><tbody><tr><td class="mbox-image"><div
class="mbox-image-div">
<span typeof="mw:File"><span><img alt="" src="//upload.wikimedia.org/wikipedia/en/thumb/b/b4/Ambox_important.svg/40px-Ambox_important.svg.png" decoding="async"
width="40" height="40" class="mw-file-element"></span></span></div></td><td class="mbox-text"><div class="mbox-text-span">This article <b>contains content that
is
written like <a href="/wiki/Wikipedia:What_Wikipedia_is_not#Wikipedia_is_not_a_soapbox_or_means_of_promotion">an advertisement</a></b>. Please help improve it
by
removing <a href="/wiki/Wikipedia:Spam">promotional content</a> and inappropriate <a href="/wiki/Wikipedia:External_links">external links</a>, and by adding
encyclopedic content written from a <a href="/wiki/Wikipedia:Neutral_point_of_view">neutral point of view</a>. <span class="date-container"><i>(<span
class="date">May 2024</span>)</i></span><span class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">Learn how and when to
remove this
message</a></small>)</i></span></div></td></tr></tbody></table>
<table class="infobox ib-company vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">Brackwater Instruments Ltd</th></tr>
<tr><td colspan="2" class="infobox-image logo"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Brackwater_Instruments_logo.svg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/en/thumb/7/7c/Brackwater_Instruments_logo.svg/220px-Brackwater_Instruments_logo.svg.png"
decoding="async" width="220" height="64" class="mw-file-element"></a></span><div class="infobox-caption">${logoCaption}</div></td></tr>
${infobox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${h(2, 'History', 1)}
${h(3, 'Founding and early years (1987–2003)', 2)}
${ps(founding)}
${h(3, 'Offshore wind (2004–2015)', 3)}
${ps(expansion)}
${h(3, 'Halden ownership', 4)}
${ps(acquisition)}
${h(2, 'Products', 5)}
${ps(products)}
<ul>${productList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, 'Operations', 6)}
${ps(operations)}
<table class="wikitable" style="text-align:right"><caption>${finCaption}</caption><tbody><tr>${finHead.map((t) => `<th scope="col">${t}</th>`).join('')}</tr>
${finRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${h(2, 'See also', 7)}
<ul><li><a href="/wiki/Oceanographic_instrumentation">${seeAlso[0]}</a></li><li><a href="/wiki/List_of_companies_based_in_Angus">${seeAlso[1]}</a></li></ul>
${h(2, 'References', 8)}
<div class="reflist">${reflist(refs)}</div>
${h(2, 'External links', 9)}
<ul><li><span class="official-website"><span class="url"><a rel="nofollow" class="external text" href="https://brackwater.example">Official
website</a></span></span></li>
</ul>`;
const vp: VectorPage = {
  host: 'en.wikipedia.org',
  project: 'Wikipedia',
  pageName: page,
  title: page,
  toc: [
    ['History', 'History', 2],
    ['Founding', 'Founding and early years (1987–2003)', 3],
    ['Offshore', 'Offshore wind (2004–2015)', 3],
    ['Halden', 'Halden ownership', 3],
    ['Products', 'Products', 2],
    ['Operations', 'Operations', 2],
    ['See_also', 'See also', 2],
    ['References', 'References', 2],
    ['External_links', 'External links', 2],
  ],
  langs: [
    ['gd', 'Gàidhlig', 'Brackwater Instruments'],
    ['nb', 'Norsk bokmål', 'Brackwater Instruments'],
  ],
  content,
  cats: ['Manufacturing companies of Scotland', 'Companies based in Angus', 'Electronics companies established in 1987', 'Oceanographic instrumentation'],
  hiddenCats: ['Articles with short description', 'Articles with a promotional tone from May 2024', 'All articles with a promotional tone'],
  lastEdited: '19 January 2025, at 08:03',
  revId: 1270337152,
  qid: 'Q105566231',
};
export const wikipediaCompany: TestPage = {
  name: 'heldout133-wikipedia-company',
  kind: 'wiki',
  html: vectorPage(vp),
  // the maintenance box, the logo caption, the table caption, "edit" links, See also, References and External links (headings and
  // lists) and the chrome are furniture; the infobox and the table's header cells are in neither list; table data cells are body
  title: page,
  headings: ['History', 'Founding and early years (1987–2003)', 'Offshore wind (2004–2015)', 'Halden ownership', 'Products', 'Operations'],
  body: texts([...lead, ...founding, ...expansion, ...acquisition, ...products, ...productList, ...operations, ...finRows.flat()]),
  bylines: vectorBylines(vp),
  furniture: [
    ...new Set([
      advert,
      '(May 2024)',
      'Learn how and when to remove this message',
      logoCaption,
      finCaption,
      'edit',
      'See also',
      ...seeAlso,
      'References',
      ...texts(refs),
      'External links',
      ...ext,
      ...vectorFurniture(vp),
    ]),
  ],
};
