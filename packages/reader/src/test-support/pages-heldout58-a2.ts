import { links, plain } from './page-kit.js';

/**
 * Held-out batch 58, file a2: the texts of the Vector 2022 Wikipedia page of file a (its paragraphs written with their citation
 * marks, its headings, hatnotes, captions, reference list, navbox, categories and menus) and the helpers that render the
 * parser's markup for them.
 */
let refCount = 0;
/** A paragraph written with its citation marks as "[1]", "[a]" or "[citation needed]", as the parser renders it. */
export const cite = (p: string): string =>
  p.replace(/\[(\d+|[a-z]|citation needed)\]/g, (_m, n: string) =>
    n === 'citation needed'
      ? '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;<i><a href="/wiki/Wikipedia:Citation_needed" ' +
        'title="Wikipedia:Citation needed"><span title="This claim needs references to reliable sources. (March 2026)">citation needed</span>' +
        '</a></i>&#93;</sup>'
      : `<sup id="cite_ref-${n}_${refCount++}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}` +
        '<span class="cite-bracket">&#93;</span></a></sup>',
  );
/** The plain runs of a paragraph between its citation marks (the marks are in neither list). */
export const runs = (ps: readonly string[]): string[] => ps.flatMap((p) => p.split(/\[(?:\d+|[a-z]|citation needed)\]/).map(plain)).filter((s) => s !== '');
export const para = (ps: readonly string[]): string => ps.map((p) => `<p>${cite(p)}\n</p>`).join('\n');
export const head = (lv: number, id: string, text: string, sec: number): string =>
  `<div class="mw-heading mw-heading${lv}"><h${lv} id="${id}">${text}</h${lv}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Pellingham_Canal&amp;action=edit&amp;section=${sec}" title="Edit section: ${text}"><span>edit</span></a>` +
  '<span class="mw-editsection-bracket">]</span></span></div>';
export const thumb = (file: string, alt: string, cap: string, cls = 'mw-default-size'): string =>
  `<figure class="${cls}" typeof="mw:File/Thumb"><a href="/wiki/File:${file}" class="mw-file-description"><img alt="${alt}" ` +
  `src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4c/${file}/250px-${file}" decoding="async" width="250" height="167" class="mw-file-element" ` +
  `data-file-width="3000" data-file-height="2000" /></a><figcaption>${cap}</figcaption></figure>`;
export const note = (text: string): string => `<div role="note" class="hatnote navigation-not-searchable">${text}</div>`;

export const wpTitle = 'Pellingham Canal';
export const wpLead = [
  'The <b>Pellingham Canal</b> is a partly restored canal in <a href="/wiki/Lincolnshire" title="Lincolnshire">Lincolnshire</a>, England, that runs for ' +
    '14.2 miles (22.9&#160;km) from the <a href="/wiki/River_Lym">River Lym</a> at Harlby to the market town of Pellingham.[1] It was built between 1792 ' +
    'and 1797 to carry coal inland and grain and wool out to the Lym, and it remained in commercial use until the last cargo, a load of roadstone, was ' +
    'delivered in 1936.[2][3]',
  'After its closure the canal was abandoned in stages, and by the 1960s most of its eleven locks had been filled in or had lost their gates. The ' +
    'Pellingham Canal Trust, founded in 1971 by a group of local boaters and farmers, has since restored the lower 6 miles (9.7&#160;km) to navigation, ' +
    'including the Grade II listed <a href="/wiki/Tollerby_Aqueduct">Tollerby Aqueduct</a>.[4][5][6] Work on the upper section is planned to continue ' +
    'until at least 2030.[7]',
];
export const wpH = ['History', 'Construction', 'Decline and closure', 'Restoration', 'Route', 'Tollerby Aqueduct', 'Wildlife'] as const;
export const wpBuild = [
  'A canal from the Lym to Pellingham was first proposed in 1786 by Sir Anthony Wreay, who owned quarries north of the town and wanted a cheaper route ' +
    'for their stone than the turnpike road.[8] The Pellingham Navigation Company obtained its act of Parliament in 1791, and the engineer John ' +
    'Arkwright Mabey surveyed a line that followed the valley floor for most of its length, avoiding any tunnel.[9]',
  'Construction began at the Harlby end in the spring of 1792. Progress was slowed by the clay of the Tollerby marshes, which repeatedly slumped into ' +
    'the new cut, and the company ran out of money twice before the canal opened throughout on 14 June 1797.[10][11] Its final cost of £118,000 was ' +
    "almost double Mabey's estimate.[a]",
];
export const wpDecline = [
  'Traffic peaked in the 1830s, when more than 60,000 tons a year passed through Harlby lock.[12] The opening of the Pellingham branch of the railway ' +
    'in 1858 took most of the grain trade, and the railway company bought the canal outright in 1863 with the intention, according to a later inquiry, ' +
    'of letting it decline.[13][14]',
  'By 1900 only coal boats still used the upper locks. The canal was formally closed above Tollerby in 1936, and the remainder was abandoned by an act ' +
    'of 1944, although a few pleasure boats continued to use the lower reaches without permission.[citation needed]',
];
export const wpRestore = [
  'The Pellingham Canal Trust began clearing the towpath at Harlby in 1972. Its first major project, the rebuilding of Harlby lock, took volunteers ' +
    'nine years and was completed in 1983.[15] A grant from the National Lottery Heritage Fund in 2004 allowed the trust to repair the aqueduct and ' +
    'reopen the lower section to Tollerby wharf in 2011.[16][17]',
  'The upper section presents greater difficulties. A length of about half a mile near Pellingham was built over by a bypass in 1974, and the ' +
    "trust's preferred plan would take the canal beneath the road in a new culvert.[18] Public consultation on the route closed in 2025.[19]",
];
export const wpRoute = [
  'From its junction with the Lym at Harlby the canal climbs through four locks to the Tollerby marshes, which it crosses on an embankment. It passes ' +
    'over the river on the Tollerby Aqueduct and then follows the eastern edge of the valley through seven more locks to the terminal basin at ' +
    'Pellingham, 86 feet (26&#160;m) above its start.[1] The locks are, from the Lym upwards:',
];
export const wpLocks = [
  'Harlby Lock, restored in 1983',
  'Marsh Locks 1–3, restored between 1998 and 2006',
  'Tollerby Lock, restored in 2011',
  'Upper Locks 5–10, derelict; the chambers of 7 and 8 survive beneath the bypass',
];
export const wpAqueduct = [
  'The aqueduct is the largest structure on the canal. It has five brick arches of 30 feet (9.1&#160;m) span and was designed by Mabey after a timber ' +
    'trough on the same site failed during its first winter.[20][21] It was listed in 1968 and restored in 2009–2010 at a cost of £1.4 million.[16]',
];
export const wpWild = [
  'The abandoned upper section has become an important habitat for water voles and for several uncommon dragonflies, and 3 miles (4.8&#160;km) of ' +
    'it were designated a Site of Special Scientific Interest in 1991.[22] Natural England has required the trust to build new reed beds alongside any ' +
    'restored length to replace the habitat that boats would disturb.[23][24]',
];
export const wpHat = [
  'This article is about the canal in Lincolnshire. For the canal in Ontario, see Pellingham Canal (Ontario).',
  'Not to be confused with Pellinghurst Navigation.',
];
export const wpMainArt = ['Main article: Pellingham Canal Trust', 'Main article: Tollerby Aqueduct', 'See also: Canal restoration in the United Kingdom'];
export const wpCaps = [
  'The canal at Tollerby Lock in 2019',
  "Mabey's plan of the proposed canal, 1790",
  'Volunteers rebuilding the chamber of Harlby Lock in 1979',
  'Tollerby Aqueduct from the River Lym, after its restoration',
] as const;
export const wpSeeAlso = ['Canals of the United Kingdom', 'History of the British canal system', 'Wreay Moor Reservoir'];
export const wpNotes = ["The company's accounts give a figure of £118,412, which excludes the cost of the feeder reservoir at Wreay Moor."];
export const wpRefs = [
  'Priestman, Alan (1972). The Canals of the East Midlands. Newton Abbot: Harcourt & Lane. p. 141. ISBN 978-0-7153-5512-0.',
  'Priestman 1972, pp. 143–145.',
  '"Last boat on the Pellingham". Lincolnshire Echo. 3 October 1936. p. 7.',
  '"About the Trust". Pellingham Canal Trust. Retrieved 12 February 2026.',
  'Haworth, June (2012). "Reopening the lower Pellingham". Waterways World. 41 (6): 52–57.',
  'Historic England. "Tollerby Aqueduct (1166204)". National Heritage List for England. Retrieved 9 January 2026.',
  '"Upper Pellingham: the plan to 2030" (PDF). Pellingham Canal Trust. 2023. Retrieved 12 February 2026.',
];
export const wpExt = ['Pellingham Canal Trust official website', 'Pellingham Canal at Wikimedia Commons'];
// biome-ignore format: a packed list of short texts
export const wpNavbox = ['Canals of Lincolnshire', 'Navigable', 'Harlby Navigation', 'Lym Navigation', 'Under restoration', 'Caister Cut', 'Derelict',
  'Wreay Moor Feeder', 'Old Sleaford Branch'];
export const wpCats = [
  'Canals in Lincolnshire',
  'Canals opened in 1797',
  'Grade II listed buildings in Lincolnshire',
  'Sites of Special Scientific Interest in Lincolnshire',
];
// biome-ignore format: a packed list of short texts
export const wpHidden = ['Articles with short description', 'Short description is different from Wikidata', 'All articles with unsourced statements',
  'Articles with unsourced statements from March 2026', 'Coordinates on Wikidata'];
// biome-ignore format: a packed list of short texts
export const wpMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us', 'Help', 'Learn to edit',
  'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
// biome-ignore format: a packed list of short texts
export const wpTools = ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL',
  'Download QR code', 'Download as PDF', 'Printable version', 'Wikimedia Commons', 'Wikidata item'];
export const wpFoot = ['Privacy policy', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
export const tocItem = (id: string, text: string, num: string, sub = ''): string =>
  `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-${num.includes('.') ? 2 : 1}"><a class="vector-toc-link" href="#${id}">` +
  `<div class="vector-toc-text"><span class="vector-toc-numb">${num}</span><span>${text}</span></div></a>${sub}</li>`;
export const tocToggle = (id: string, text: string, items: string): string =>
  `<button aria-controls="toc-${id}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">` +
  `<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${text} subsection</span></button><ul id="toc-${id}-sublist" \
class="vector-toc-list">${items}</ul>`;
export const portlet = (id: string, label: string, items: readonly string[]): string =>
  `<div id="${id}" class="vector-menu mw-portlet"><div class="vector-menu-heading">${label}</div><div class="vector-menu-content">` +
  `<ul class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></div>`;
export const tocHistory =
  tocItem('Construction', 'Construction', '1.1') + tocItem('Decline_and_closure', 'Decline and closure', '1.2') + tocItem('Restoration', 'Restoration', '1.3');
export const ontario =
  'This article is about the canal in Lincolnshire. For the canal in Ontario, see <a href="/wiki/Pellingham_Canal_(Ontario)">Pellingham Canal (Ontario)</a>.';
