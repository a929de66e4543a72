import { type TestPage, texts } from './page-kit.js';
import { mwH, type Shell, vector2022, vector2022Furniture } from './pages-heldout169-skin.js';

/**
 * Held-out batch 169, file f2: an English Wikipedia article on an (invented) seventeenth-century siege in Vector 2022 with
 * many footnotes (the hatnote, the military-conflict infobox with its caption, superscript reference and note markers inside
 * the paragraphs, a "Citation needed" tag, a figure with caption, "See also", the Notes and References lists with their
 * backlinks and "Retrieved" dates, the campaign navbox, authority control, categories, the language button and the footer).
 */
const page = 'Siege_of_Carrowmore_(1643)';
const title = 'Siege of Carrowmore (1643)';
const sup = (id: string, label: string): string =>
  `<sup id="cite_ref-${id}" class="reference"><a href="#cite_note-${id}"><span class="cite-bracket">&#91;</span>${label}` +
  '<span class="cite-bracket">&#93;</span></a></sup>';
const r = (n: number): string => sup(String(n), String(n));
const note = (l: string): string => sup(`note_${l}`, l);
const cn =
  '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;' +
  '<i><a href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed">' +
  '<span title="This claim needs references to reliable sources. (May 2024)">citation needed</span></a></i>&#93;</sup>';
const leadH = [
  `The <b>siege of Carrowmore</b> took place between 2 June and 19 August 1643, when a Confederate army under Colonel Fiach Ó Dálaigh besieged the walled town
of Carrowmore, held by a Royalist garrison of about 600 men.${r(1)}${r(2)} After eleven weeks, and the failure of a relief column at the Drumlish ford, the
garrison surrendered on terms.${r(3)}`,
  `The siege was the longest of the campaign in the north-west and left the town badly damaged. The surrender agreement, known as the Articles of Carrowmore,
was later cited as a model for the treatment of garrisons on both sides.${r(4)}${note('a')}`,
];
const bgH = 'Background';
const bgP = [
  `Carrowmore stood at the lowest bridging point of the River Ouvane and controlled the road between the coast and the inland markets.${r(5)} Its walls, built
in the fifteenth century, had been strengthened in 1639 with two earthen bastions on the landward side, designed by the engineer Arent Vosmaer.${r(6)}${r(7)}`,
  `By the spring of 1643 the garrison under Sir Edmund Tallis was short of powder and had not been paid for five months.${r(8)} Ó Dálaigh, who had taken the
nearby castles of Lisgarve and Cloonfad in April, judged that the town could be starved out before help arrived from the coast.${r(9)}`,
];
const sgH = 'Siege';
const invH = 'Investment';
const invP = [
  `The Confederate army, some 2,400 foot and 300 horse, arrived before the town on 2 June and began building a line of earthworks around the landward
side.${r(10)} The river side was closed by a boom of chained timber below the bridge, which cut the town off from the sea.${r(11)} Tallis answered with a
series of night sallies; the largest, on 24 June, destroyed a battery but cost the garrison some forty men.${r(12)}${cn}`,
];
const drH = 'Drumlish ford';
const drP = [
  `A relief column of about 1,100 men under Lord Hanmore marched from the coast in late July.${r(13)} On 3 August it was met at the Drumlish ford by
Confederate horse and a detachment of musketeers, and after a short fight in heavy rain the column fell back with the loss of its baggage.${r(14)}${r(15)}
Contemporary accounts disagree about the numbers involved, and the Royalist losses have been put at anywhere between 60 and 300.${note('b')}`,
];
const surH = 'Surrender';
const surP = [
  `With the relief defeated and food nearly gone, Tallis opened talks on 15 August. Under the articles signed four days later the garrison marched out with
its arms, colours and two field guns, and the townspeople were promised that their property would be respected.${r(16)} The promise was mostly kept, although
several houses near the south gate were plundered on the first night.${r(17)}`,
];
const afH = 'Aftermath';
const afP = [
  `The town remained in Confederate hands until 1650. About a third of its houses had been destroyed, and the parish register records a sharp rise in burials
over the following winter, probably from typhus.${r(18)}${r(19)}`,
  `Historians have treated the siege mainly as an example of restraint in a war better remembered for its massacres. Nuala Brennock argued in 1998 that the
Articles of Carrowmore shaped later surrender terms in the region,${r(20)} though others have noted that the agreements at Lisgarve and Cloonfad were nearly
identical and came first.${r(21)}`,
];
const seeH = 'See also';
const see = ['Irish Confederate Wars', 'Siege of Lisgarve', 'List of sieges in Ireland'];
const notesH = 'Notes';
const notesList = [
  'Some older sources date the surrender to 20 August, following the date on a later copy of the articles.',
  'Hanmore’s own report gives 62 killed and missing; a Confederate newsletter printed in Kilkenny claimed over 300.',
];
const refsH = 'References';
const refs = [
  'Brennock, Nuala (1998). The North-West in the Confederate War. Dublin: Ardlinn Press. pp. 141–146. ISBN 978-0-9512-4410-2.',
  'Kehoe, Martin (2011). “Walled towns under siege, 1641–1652”. Irish Historical Review. 37 (2): 201–228.',
  'Brennock 1998, p. 158.',
  'Fallon, Rhoda (2004). Surrender and Its Terms in Seventeenth-Century Ireland. Cork: Bridgegate. p. 77.',
  'Kehoe 2011, p. 204.',
  'Vosmaer, Arent (1640). Account of the Works at Carrowmore. Manuscript, Skelton Library, MS 2231.',
  'Doyle, Patrick (1987). “Bastion and bawn in the north-west”. Journal of the Ouvane Historical Society. 12: 33–51.',
  'Brennock 1998, p. 143.',
  'Fallon 2004, p. 80.',
  'Kehoe 2011, p. 210.',
  '“The boom at Carrowmore”. Ouvane Heritage Trust. Retrieved 14 March 2023.',
  'Brennock 1998, p. 149.',
  'Fallon 2004, pp. 82–83.',
  'Kehoe 2011, p. 214.',
  'Doyle 1987, p. 47.',
  'Fallon 2004, p. 91.',
  'Brennock 1998, p. 156.',
  'Carrowmore parish register, 1643–1644 (transcribed 1902).',
  'Kehoe 2011, p. 222.',
  'Brennock 1998, p. 171.',
  'Fallon 2004, p. 95.',
];
const hatnote = 'For the 1798 siege, see Siege of Carrowmore (1798).';
const ib = [
  'Part of the Irish Confederate Wars',
  'The town walls of Carrowmore in a survey of 1655',
  'Date',
  '2 June – 19 August 1643',
  'Location',
  'Carrowmore',
  'Result',
  'Confederate victory; garrison surrenders on terms',
  'Belligerents',
  'Commanders and leaders',
  'Strength',
  'Casualties and losses',
];
const fig = 'A nineteenth-century engraving of the Drumlish ford, where the relief column was turned back.';
const navbox = ['Irish Confederate Wars', 'Campaigns in the north-west', 'Battles', 'Sieges', 'Treaties', 'Authority control databases', 'National'];
const content = `<div role="note" class="hatnote navigation-not-searchable">For the 1798 siege, see <a href="/wiki/Siege_of_Carrowmore_(1798)">Siege of
Carrowmore (1798)</a>.</div>
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">${title}</th></tr><tr>
<td colspan="2" class="infobox-subheader">${ib[0]}</td></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="//upload.wikimedia.example/Carrowmore_1655.jpg" width="300" height="210"></span>
<div class="infobox-caption">${ib[1]}</div></td></tr>
${[2, 4, 6].map((i) => `<tr><th scope="row" class="infobox-label">${ib[i]}</th><td class="infobox-data">${ib[i + 1]}</td></tr>`).join('\n')}
${[8, 9, 10, 11]
  .map(
    (i) => `<tr><th colspan="2" class="infobox-header">${ib[i]}</th></tr><tr><td>Irish Confederates</td><td>Royalists</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
${leadH.map((p) => `<p>${p}</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${mwH(2, bgH, page, 1)}
${bgP.map((p) => `<p>${p}</p>`).join('\n')}
${mwH(2, sgH, page, 2)}
${mwH(3, invH, page, 3)}
${invP.map((p) => `<p>${p}</p>`).join('\n')}
${mwH(3, drH, page, 4)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Drumlish_ford.jpg" class="mw-file-description">
<img src="//upload.wikimedia.example/Drumlish_ford.jpg"
width="250" height="170" class="mw-file-element"></a><figcaption>${fig}</figcaption></figure>
${drP.map((p) => `<p>${p}</p>`).join('\n')}
${mwH(3, surH, page, 5)}
${surP.map((p) => `<p>${p}</p>`).join('\n')}
${mwH(2, afH, page, 6)}
${afP.map((p) => `<p>${p}</p>`).join('\n')}
${mwH(2, seeH, page, 7)}
<ul>${see.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${mwH(2, notesH, page, 8)}
<div class="reflist reflist-lower-alpha"><ol class="references">${notesList
  .map(
    (t, i) =>
      `<li id="cite_note-note_${'ab'[i]}"><span class="mw-cite-backlink"><b><a href="#cite_ref-note_${'ab'[i]}">^</a></b>
</span> <span class="reference-text">${t}</span></li>`,
  )
  .join('\n')}</ol></div>
${mwH(2, refsH, page, 9)}
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">
${refs
  .map(
    (t, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Irish_Confederate_Wars"><table class="nowraplinks navbox-inner"><tbody><tr>
<th scope="col" class="navbox-title" colspan="2">
<div id="Irish_Confederate_Wars">${navbox[0]}</div></th></tr><tr><td class="navbox-abovebelow" colspan="2">${navbox[1]}</td></tr>
<tr><th scope="row" class="navbox-group">${navbox[2]}</th><td class="navbox-list">Drumlish ford • Glenarry • Tobercashel</td></tr>
<tr><th scope="row" class="navbox-group">${navbox[3]}</th><td class="navbox-list">Lisgarve •
<a class="mw-selflink selflink">Carrowmore</a> • Cloonfad</td></tr>
<tr><th scope="row" class="navbox-group">${navbox[4]}</th><td class="navbox-list">Articles of Carrowmore • Cessation of 1643</td></tr></tbody></table></div>
<div class="navbox authority-control" role="navigation"><table class="navbox-inner"><tbody><tr><th class="navbox-title">
<a href="/wiki/Help:Authority_control">${navbox[5]}</a></th></tr>
<tr><th class="navbox-group">${navbox[6]}</th><td class="navbox-list">United States</td></tr></tbody></table></div>`;
const shell: Shell = {
  lang: 'en',
  site: 'Wikipedia',
  page: title,
  headExtra: `<link rel="canonical" href="https://en.wikipedia.org/wiki/${page}">
<meta property="og:image" content="https://upload.wikimedia.example/Carrowmore_1655.jpg">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Siege of Carrowmore (1643)",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/${page}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2012-02-19T21:44:05Z","dateModified":"2025-10-08T06:12:40Z","headline":"1643 siege during the Irish Confederate Wars"}</script>`,
  bodyClass: `page-Siege_of_Carrowmore_1643 rootpage-Siege_of_Carrowmore_1643`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From Wikipedia, the free encyclopedia',
  notice: '<div id="centralNotice"></div><!-- CentralNotice -->',
  personal: ['Donate', 'Create account', 'Log in'],
  tabsLeft: ['Article', 'Talk'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'] },
    {
      id: 'p-tb',
      label: 'General',
      items: [
        'What links here',
        'Related changes',
        'Upload file',
        'Permanent link',
        'Page information',
        'Cite this page',
        'Get shortened URL',
        'Download QR code',
      ],
    },
    { id: 'p-coll-print_export', label: 'Print/export', items: ['Download as PDF', 'Printable version'] },
    { id: 'p-wikibase-otherprojects', label: 'In other projects', items: ['Wikimedia Commons', 'Wikidata item'] },
  ],
  content,
  cats: ['Conflicts in 1643', 'Sieges involving Ireland', 'Irish Confederate Wars', 'History of County Ouvane', 'All articles with unsourced statements'],
  lastmod: 'This page was last edited on 8 October 2025, at 06:12<span class="anonymous-show">&#160;(UTC)</span>.',
  copyright:
    'Text is available under the <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 License</a>; ' +
    'additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms of Use</a> and ' +
    '<a href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the ' +
    '<a href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.',
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
  tail: '',
  toc: [bgH, sgH, afH, seeH, notesH, refsH],
  langs: ['2 languages', 'Gaeilge', 'Deutsch'],
};
export const wikipediaEvent: TestPage = {
  name: 'heldout169-wikipedia-event',
  kind: 'wiki',
  html: vector2022(shell),
  title,
  // batch convention: reference and note markers ([1], [a]) and "[citation needed]" stay inside their paragraphs as texts()
  // gives them; the Notes and References sections (headings and entries) are in neither list; "See also" is body
  headings: [bgH, sgH, invH, drH, surH, afH, seeH],
  body: [...texts(leadH), ...texts(bgP), ...texts(invP), ...texts(drP), ...texts(surP), ...texts(afP), ...see],
  bylines: ['This page was last edited on 8 October 2025, at 06:12 (UTC).'],
  furniture: [
    ...vector2022Furniture(shell).filter((t) => !['Contents', 'Irish Confederate Wars'].includes(t)),
    'Contents',
    hatnote,
    ...ib.filter((t) => t !== 'Part of the Irish Confederate Wars').concat(['Part of the Irish Confederate Wars']),
    'Irish Confederates',
    'Royalists',
    fig,
    ...navbox.filter((t) => t !== 'Irish Confederate Wars'),
    'Drumlish ford • Glenarry • Tobercashel',
    'Articles of Carrowmore • Cessation of 1643',
    'United States',
    'edit',
  ],
};
