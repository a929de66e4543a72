import { links, ps, type TestPage, texts } from './page-kit.js';
import { WP_FURNITURE, wikiPage, wpHeading, wpRef, wpRetrieved } from './pages-heldout157-a0.js';

/**
 * Held-out batch 157, helper a2: a Wikipedia article about an (invented) English river, with a "More citations needed"
 * ambox above the lead, a river infobox with its map caption, a thumbnail figure with a caption inside the History
 * section, a discharge table, a "See also" list, notes and references, a Commons sister box, a navbox and categories.
 */
const title = 'River Arnsbeck';
const ambox =
  'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. ' +
  'Unsourced material may be challenged and removed.';
const amboxFind = 'Find sources: "River Arnsbeck" – news · newspapers · books · scholar · JSTOR';
const amboxDate = '(May 2024) (Learn how and when to remove this message)';
const lead = [
  `The <b>River Arnsbeck</b> is a river in North Yorkshire, England. It rises on the eastern slopes of Hagg Moor and flows for about 38 kilometres
(24 mi) south-east through the Vale of Helmby before joining the River Derwent near the village of Scawton Bridge.${wpRef(1)}`,
  'The river gives its name to the market town of Arnsby, which grew up at its lowest ford during the twelfth century.',
];
const h1 = 'Course';
const p1 = [
  `The Arnsbeck begins as a series of peat springs at around 390 metres above sea level. For its first six kilometres it runs through a narrow,
steep-sided valley known locally as Arnsbeck Gill, where it drops over two small waterfalls, Low Force and Cragg Spout.${wpRef(2)}`,
  `Below the hamlet of Greystead the valley opens out, and the river slows and begins to meander across the flat floor of the Vale of Helmby. Here it
is joined by its two main tributaries, the Holme Beck from the north and the Skell Dike from the west. It passes through Arnsby and then flows
through farmland to its confluence with the Derwent.`,
];
const h2 = 'Hydrology';
const p2 = [
  `The river responds quickly to rainfall on the moor, and its flow can rise tenfold within a few hours of a storm. A gauging station has been
operated at Arnsby Bridge by the Environment Agency since 1968.${wpRef(3)}`,
];
const flowHeads = ['Statistic', 'Value'];
const flowRows = [
  ['Catchment area at Arnsby', '142 km²'],
  ['Mean flow', '2.9 m³/s'],
  ['Highest recorded flow (December 2015)', '61.4 m³/s'],
];
const flowCaption = 'Flow statistics at Arnsby Bridge gauging station';
const h3 = 'History';
const figCaption = 'The packhorse bridge at Greystead, built in the early eighteenth century';
const p3 = [
  `A ford across the river at Arnsby is recorded in a charter of 1147, and the first bridge was built by the canons of Helmby Priory around 1230.
The present stone bridge, of five arches, dates from 1794.${wpRef(4)}`,
  `From the seventeenth century the river powered at least nine mills between Greystead and Scawton Bridge, grinding corn and later spinning flax.
The last of these, Holme Mill, closed in 1961 and is now a private house.`,
  `Serious floods in 1883, 1947 and 2015 damaged property in the lower part of Arnsby. After the 2015 flood a scheme of raised banks and an upstream
storage area was completed in 2020 at a cost of £11 million.${wpRef(5)}`,
];
const h4 = 'Ecology';
const p4 = [
  'The upper river supports a population of white-clawed crayfish, one of the few remaining in the county, and brown trout are found along its length.',
  `Otters returned to the river in the late 1990s after an absence of about thirty years. The stretch between Greystead and Arnsby is designated a
Site of Special Scientific Interest for its riverside woodland.${wpRef(6)}`,
];
const seeAlso = ['List of rivers of England', 'Vale of Helmby'];
const refs = [
  '"River Arnsbeck catchment summary". Environment Agency. Retrieved 8 April 2024.',
  'Horsfall, Eric (1988). Waterfalls of the North York Moors. Whitby: Caedmon Press. p. 51.',
  '"27042 – Arnsbeck at Arnsby Bridge". National River Flow Archive. Retrieved 8 April 2024.',
  'Page, William, ed. (1923). A History of the County of York North Riding. Vol. 2. London. pp. 311–314.',
  '"Arnsby flood alleviation scheme completed". BBC News. 14 October 2020.',
  '"Arnsbeck Gill and Woods SSSI citation". Natural England. Retrieved 9 April 2024.',
];
const commons = 'Wikimedia Commons has media related to River Arnsbeck.';
const navTitle = 'Tributaries of the River Derwent, Yorkshire';
const navItems = ['Rye', 'Arnsbeck', 'Hertford', 'Bielby Beck', 'Cod Beck'];
const cats = ['Rivers of North Yorkshire', 'Tributaries of the River Derwent, Yorkshire', 'Sites of Special Scientific Interest in North Yorkshire'];
const infoCaption = 'Course of the Arnsbeck from Hagg Moor to the Derwent';
const info = `<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">River Arnsbeck</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File/Frameless"><a href="/wiki/File:Arnsbeck_map.svg" class="mw-file-description">
<img src="//upload.wikimedia.org/wikipedia/commons/arnsbeck_map.svg" width="250" height="180" class="mw-file-element"></a></span>
<div class="infobox-caption">${infoCaption}</div></td></tr><tr><th colspan="2" class="infobox-header">Location</th></tr>
<tr><th scope="row" class="infobox-label">Country</th><td class="infobox-data">England</td></tr><tr><th scope="row" class="infobox-label">County</th>
<td class="infobox-data">North Yorkshire</td></tr><tr><th colspan="2" class="infobox-header">Physical characteristics</th></tr>
<tr><th scope="row" class="infobox-label">Source</th><td class="infobox-data">Hagg Moor</td></tr><tr><th scope="row" class="infobox-label">Mouth</th>
<td class="infobox-data">River Derwent</td></tr><tr><th scope="row" class="infobox-label">Length</th><td class="infobox-data">38 km (24 mi)</td></tr>
</tbody></table>`;
const content = `<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr>
<td class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><img alt="" src="//upload.wikimedia.org/Question_book-new.svg.png" width="50"
height="39" class="mw-file-element"></span></div></td><td class="mbox-text"><div class="mbox-text-span">${ambox}
<br><small><span class="plainlinks">${amboxFind}</span></small> <span class="date-container"><i>${amboxDate}</i></span></div></td></tr></tbody></table>
${info}
${ps(lead)}
<meta property="mw:PageProp/toc">
${wpHeading(h1)}
${ps(p1)}
${wpHeading(h2)}
${ps(p2)}
<table class="wikitable"><caption>${flowCaption}</caption><tbody><tr>${flowHeads.map((h) => `<th>${h}</th>`).join('')}</tr>
${flowRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${wpHeading(h3)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Greystead_bridge.jpg" class="mw-file-description">
<img src="//upload.wikimedia.org/thumb/Greystead_bridge.jpg/250px-Greystead_bridge.jpg" decoding="async" width="250" height="188"
class="mw-file-element"></a><figcaption>${figCaption}</figcaption></figure>
${ps(p3)}
${wpHeading(h4)}
${ps(p4)}
${wpHeading('See also')}
<ul>${links(seeAlso)}</ul>
${wpHeading('References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text"><cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wpHeading('External links')}
<div class="side-box side-box-right plainlinks sistersitebox"><div class="side-box-flex"><div class="side-box-text plainlist">${commons}</div></div></div>
<div role="navigation" class="navbox" aria-labelledby="Derwent_tributaries"><table class="nowraplinks navbox-inner"><tbody><tr><th class="navbox-title"
colspan="2"><div id="Derwent_tributaries">${navTitle}</div></th></tr><tr><td class="navbox-list hlist"><ul>${links(navItems)}</ul></td></tr></tbody>
</table></div>`;
const html = wikiPage({
  title,
  slug: 'River_Arnsbeck',
  langs: 'Add languages',
  toc: [h1, h2, h3, h4, 'See also', 'References', 'External links'],
  description: 'River in North Yorkshire, England',
  content,
  cats,
  edited: 'This page was last edited on 19 August 2025, at 07:55 (UTC).',
  jsonld: '{"@context":"https://schema.org","@type":"Article","name":"River Arnsbeck","dateModified":"2025-08-19T07:55:02Z"}',
});

export const wikipediaRiver: TestPage = {
  name: 'heldout157-wikipedia-river-article',
  kind: 'wiki',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: [...texts([...lead, ...p1, ...p2]), ...flowRows.flat(), ...texts([...p3, ...p4])],
  bylines: ['This page was last edited on 19 August 2025, at 07:55 (UTC).'],
  furniture: [
    ...WP_FURNITURE,
    'Add languages',
    wpRetrieved('River_Arnsbeck'),
    'River in North Yorkshire, England',
    ambox,
    amboxFind,
    amboxDate,
    infoCaption,
    figCaption,
    'See also',
    ...seeAlso,
    'References',
    ...texts(refs),
    'External links',
    commons,
    navTitle,
    ...navItems.filter((t) => t !== 'Arnsbeck'),
    ...cats.filter((t) => t !== navTitle),
  ],
};
