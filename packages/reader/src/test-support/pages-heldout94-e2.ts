import { type TestPage, texts } from './page-kit.js';
import { type VectorPage, vectorChromeFurniture, vectorPage } from './pages-heldout94-e3.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file e2: a Wikipedia biography of a living person on the Vector 2022 skin (chrome from file e3: main
 * menu, search, personal tools, sidebar contents, language button, tabs and tools), with a hatnote, a "needs additional
 * citations" message box, an infobox, citation superscripts, "[edit]" section links, a thumbnail with its caption, lists
 * of awards and selected works, the references list, an external-links list, the authority-control navbox, the category
 * links and the footer).
 */
const wpTitle = 'Ilona Feketes';
const wpHatnote = 'For the Hungarian handball player, see Ilona Feketes (handballer).';
const wpAmbox = [
  'This biography of a living person needs additional citations for verification.',
  'Please help by adding reliable sources. Contentious material about living persons that is unsourced or poorly sourced must be removed immediately.',
  'Find sources: "Ilona Feketes" – news · newspapers · books · scholar · JSTOR (May 2024)',
  '(Learn how and when to remove this message)',
];
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const wpLead = paras(`
<b>Ilona Feketes</b> (born 4 March 1961) is a Hungarian-born Canadian <a href="/wiki/Glaciology">glaciologist</a> known for her
long-term measurements of meltwater runoff from small mountain glaciers. She was director of the Kestrel Lake Research Station
in the Selwyn Range from 2003 to 2021 and is a professor emerita at the University of Nordhaven.${ref(1)}`);
const wpH1 = 'Early life and education';
const wpP1 = paras(`
Feketes was born in Pécsvárad, Hungary, the younger of two daughters of a schoolteacher and a railway engineer. Her family
emigrated to Canada in 1974 and settled in Kamloops, British Columbia.${ref(2)}

She studied physical geography at the University of Nordhaven, graduating in 1983, and completed a doctorate there in 1990
with a thesis on the seasonal storage of water inside temperate glaciers.${ref(1)}`);
const wpH2 = 'Career';
const wpP2 = paras(`
After postdoctoral work in Norway, Feketes returned to Nordhaven in 1993 as an assistant professor. In 2003 she became the
first woman to direct the Kestrel Lake Research Station, a field station used by several Canadian universities.${ref(3)}`);
const wpH3 = 'Glacier monitoring';
const wpP3 = paras(`
Feketes is best known for the Kestrel Lake runoff record, a continuous series of hourly meltwater measurements from three small
glaciers that she began in 1995. The record showed that runoff from the smallest of the glaciers peaked around 2008 and then
declined as the ice thinned, one of the first direct observations of "peak water" from a glacier in North America.${ref(4)}

Her measurement methods, which relied on cheap pressure sensors that could be replaced each season, were later adopted by
monitoring programmes in Chile and Kyrgyzstan.${ref(3)}`);
const wpH4 = 'Public engagement';
const wpP4 = paras(`
Feketes has written widely for general readers, including a regular column on mountain water for a regional newspaper between
2010 and 2019. In 2016 she helped set up a programme that brought secondary school students to the station each summer.${ref(5)}`);
const wpH5 = 'Personal life';
const wpP5 = paras(`
Feketes is married to the composer Daniel Ashgrove. They live in Nordhaven.${ref(2)}`);
const wpH6 = 'Awards and honours';
const wpAwards = [
  'Member of the Order of Canada (2018)',
  'Massey Field Science Medal, Royal Geographical Society of Canada (2012)',
  'Fellow of the Canadian Water Resources Institute (2009)',
];
const wpH7 = 'Selected works';
const wpWorks = ['<i>Water in Cold Places: An Introduction to Glacier Hydrology</i> (2007)', '<i>The Last Meltwater: Notes from Kestrel Lake</i> (2019)'];
const wpH8 = 'References';
const wpRefs = [
  '"Ilona Feketes, professor emerita". University of Nordhaven. Retrieved 2 May 2024.',
  'Harlan, Judith (12 June 2018). "The woman who listens to glaciers". The Nordhaven Courier.',
  'Feketes, Ilona (2004). "Twenty years at Kestrel Lake". Canadian Journal of Field Science. 31 (2): 44–51.',
  'Okonkwo, Peter; Feketes, Ilona (2011). "Observed peak runoff from a small temperate glacier". Journal of Mountain Hydrology. 18: 201–219.',
  '"Students head to the ice for summer programme". Selwyn Valley Echo. 3 July 2016.',
];
const wpH9 = 'External links';
const wpLinks = ['Ilona Feketes at the University of Nordhaven', 'Kestrel Lake Research Station'];
const wpCaption = 'Feketes at the Kestrel Lake Research Station in 2012';
const wpAuthority = ['Authority control databases', 'International', 'VIAF', 'National', 'Canada', 'Germany', 'Academics', 'ORCID'];
const wpH = (level: number, t: string, section: number): string => {
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Ilona_Feketes&amp;action=edit&amp;section=${section}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const wpInfobox = `<table class="infobox biography vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn">Ilona Feketes</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Feketes_2015.jpg"
class="mw-file-description">
<img src="//upload.wikimedia.example/thumb/feketes.jpg/220px-feketes.jpg" decoding="async" width="220" height="280" class="mw-file-element"></a></span>
<div class="infobox-caption">Feketes in 2015</div></td></tr>
<tr><th scope="row" class="infobox-label">Born</th><td class="infobox-data">4 March 1961<span style="display:none"> (<span
class="bday">1961-03-04</span>)</span>
(age 64)<br><div style="display:inline" class="birthplace">Pécsvárad, Hungary</div></td></tr>
<tr><th scope="row" class="infobox-label">Alma mater</th><td class="infobox-data">University of Nordhaven</td></tr>
<tr><th scope="row" class="infobox-label">Known for</th><td class="infobox-data">Kestrel Lake runoff record</td></tr>
<tr><th scope="row" class="infobox-label">Spouse</th><td class="infobox-data">Daniel Ashgrove</td></tr>
<tr><th colspan="2" class="infobox-header">Scientific career</th></tr><tr><th scope="row" class="infobox-label">Fields</th>
<td class="infobox-data">Glaciology, hydrology</td></tr></tbody></table>`;
const wpContent = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Canadian glaciologist (born 1961)</div>
<div role="note" class="hatnote navigation-not-searchable">For the Hungarian handball player, see <a href="/wiki/Ilona_Feketes_(handballer)">Ilona Feketes
(handballer)</a>.</div>
<table class="box-BLP_sources plainlinks metadata ambox ambox-content ambox-BLP_sources" role="presentation"><tbody><tr><td class="mbox-image"></td>
<td class="mbox-text"><div class="mbox-text-span"><b>${wpAmbox[0]}</b> ${wpAmbox[1]}<br><small><span class="plainlinks"><i>Find sources:</i> "Ilona Feketes"
– <a href="#">news</a> · <a href="#">newspapers</a> · <a href="#">books</a> · <a href="#">scholar</a> · <a href="#">JSTOR</a></span></small> <span
class="date-container">
<i>(<span class="date">May 2024</span>)</i></span><span class="hide-when-compact"><i> (<a href="/wiki/Help:Maintenance_template_removal">Learn how and when
to remove this
message</a>)</i></span></div></td></tr></tbody></table>
${wpInfobox}
${tags('p', wpLead)}
<meta property="mw:PageProp/toc">
${wpH(2, wpH1, 1)}
${tags('p', wpP1)}
${wpH(2, wpH2, 2)}
${tags('p', wpP2)}
${wpH(3, wpH3, 3)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Kestrel_Lake_station.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/thumb/kestrel.jpg/250px-kestrel.jpg" decoding="async" width="250" height="167" class="mw-file-element"></a>
<figcaption>${wpCaption}</figcaption></figure>
${tags('p', wpP3)}
${wpH(3, wpH4, 4)}
${tags('p', wpP4)}
${wpH(2, wpH5, 5)}
${tags('p', wpP5)}
${wpH(2, wpH6, 6)}
<ul>
${tags('li', wpAwards)}
</ul>
${wpH(2, wpH7, 7)}
<ul>
${tags('li', wpWorks)}
</ul>
${wpH(2, wpH8, 8)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wpRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation cs1">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wpH(2, wpH9, 9)}
<ul>
${wpLinks.map((t, i) => `<li><a rel="nofollow" class="external text" href="https://ext.example/${i}">${t}</a></li>`).join('\n')}
</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox authority-control" aria-label="Navbox"><table
class="nowraplinks hlist navbox-inner"><tbody>
<tr><th scope="row" class="navbox-group">${wpAuthority[0]}</th><td class="navbox-list"><div><ul>
${wpAuthority
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div></td></tr></tbody></table></div>`;
const wpPage: VectorPage = {
  site: 'Wikipedia',
  siteSub: 'From Wikipedia, the free encyclopedia',
  title: wpTitle,
  head: '<link rel="canonical" href="https://en.wikipedia.org/wiki/Ilona_Feketes"><meta property="og:title" content="Ilona Feketes - Wikipedia">',
  before: '',
  menus: [
    { heading: 'Navigation', items: ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'] },
    { heading: 'Contribute', items: ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'] },
  ],
  toc: [wpH1, wpH2, wpH5, wpH6, wpH7, wpH8, wpH9],
  languages: ['Deutsch', 'Magyar', 'Français'],
  tabs: ['Article', 'Talk'],
  views: ['Read', 'Edit', 'View history'],
  tools: [
    'What links here',
    'Related changes',
    'Permanent link',
    'Page information',
    'Cite this page',
    'Get shortened URL',
    'Download QR code',
    'Download as PDF',
    'Printable version',
    'Wikidata item',
  ],
  content: wpContent,
  categories: ['1961 births', 'Living people', 'Canadian glaciologists', 'Hungarian emigrants to Canada', 'Members of the Order of Canada'],
  lastEdited: 'This page was last edited on 2 October 2025, at 09:14 (UTC).',
  footerInfo:
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
    'Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
  footerPlaces: [
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
  bodyClass: 'page-Ilona_Feketes rootpage-Ilona_Feketes',
};
export const wikipedia: TestPage = {
  name: 'heldout94-wikipedia-person-wiki',
  kind: 'wiki',
  html: vectorPage(wpPage),
  // the lead, sections, awards and selected works are body, citation marks included as the page shows them; the infobox,
  // the reference list and the external-links list are in neither list (their headings are headings); the hatnote, the
  // message box, the thumbnail caption and the authority-control navbox are furniture (but for "Canada", a word of a short
  // award line); "last edited" is a byline
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3, wpH4, wpH5, wpH6, wpH7, wpH8, wpH9],
  body: texts([...wpLead, ...wpP1, ...wpP2, ...wpP3, ...wpP4, ...wpP5, ...wpAwards, ...wpWorks]),
  bylines: [wpPage.lastEdited],
  furniture: [...new Set([...vectorChromeFurniture(wpPage), wpHatnote, ...wpAmbox, wpCaption, ...wpAuthority.filter((t) => t !== 'Canada'), 'edit'])],
};
