import { links, ps, type TestPage, texts } from './page-kit.js';
import { WP_FURNITURE, wikiPage, wpHeading, wpRef, wpRetrieved } from './pages-heldout157-a0.js';

/**
 * Held-out batch 157, helper a1: a Wikipedia biography of an (invented) Estonian middle-distance runner, with a hatnote,
 * a vcard infobox with its image caption, a "Personal bests" table, citation markers, the reference list, external
 * links, a collapsed navbox and the categories.
 */
const title = 'Marta Ilves';
const hatnote = 'For the Estonian painter, see Marta Ilves (painter).';
const lead = [
  `<b>Marta Ilves</b> (born 14 March 1997) is an Estonian middle-distance runner who specialises in the 1500 metres. She won the silver medal at the
2023 European Indoor Championships in Tallinn and holds the Estonian national records in the 1500 metres and the mile.${wpRef(1)}`,
  `Ilves grew up in the town of Rakvere and took up athletics at the age of eleven. She studied sports science at the University of Tartu,
where she trained under coach Priit Laaneots, who has guided her throughout her senior career.${wpRef(2)}`,
];
const h1 = 'Early life';
const p1 = [
  `Ilves was born in Rakvere to a family of orienteers. Her mother, Helle Ilves, competed for the Estonian team at two world championships in the
1990s, and Marta spent much of her childhood running in the forests of Lääne-Viru County.${wpRef(3)} She joined the Rakvere athletics club in 2008
and won her first national youth title in the 800 metres four years later.`,
  'At school she also played basketball, and she has said that she chose running only after breaking her wrist in a match at the age of fifteen.',
];
const h2 = 'Career';
const h2a = 'Junior career';
const p2 = [
  `Ilves made her international debut at the 2015 European Junior Championships, where she finished sixth in the 1500 metres. A year later she
reached the final of the World U20 Championships and set a national junior record of 4:12.40.${wpRef(4)}`,
];
const h2b = 'Senior career';
const p3 = [
  `Her breakthrough came in the 2021 indoor season, when she lowered the Estonian indoor record three times in six weeks. At the 2023 European Indoor
Championships she ran a patient race, sitting in fifth place until the final lap before finishing second behind Ireland's Niamh Corcoran.${wpRef(5)}
It was Estonia's first medal in a women's middle-distance event at the championships.`,
  `Injuries to her left Achilles tendon kept her out of most of the 2024 season, and she missed the Olympic qualifying window. She returned in 2025
with a win at the Nordic Athletics Match and a personal best of 4:01.88 in Oslo.${wpRef(6)}`,
];
const h3 = 'Personal life';
const p4 = [
  `Ilves lives in Tartu with her partner, the cyclist Rasmus Kivi. Outside athletics she works part-time as a research assistant in the university's
exercise physiology laboratory, where she has co-authored two papers on altitude training.${wpRef(7)}`,
  'She is an ambassador for a children’s running programme run by the Estonian Athletics Association in rural schools.',
];
const pbNote = 'Information from World Athletics profile.';
const pbHeads = ['Event', 'Time', 'Venue', 'Date'];
const pbRows = [
  ['800 metres', '2:01.15', 'Tartu', '12 June 2022'],
  ['1500 metres', '4:01.88', 'Oslo', '11 June 2025'],
  ['Mile', '4:23.50', 'Dublin', '2 July 2023'],
];
const refs = [
  '"Marta Ilves – Athlete Profile". World Athletics. Retrieved 2 October 2025.',
  'Tamm, Kadri (5 May 2021). "Kuidas Marta Ilves jooksma hakkas". Postimees. Retrieved 12 May 2021.',
  'Saar, Jaan (2019). Orienteering families of Estonia. Tallinn: Varrak. p. 88.',
  '"Junior records set in Tampere". Estonian Athletics Association. 24 July 2016.',
  'Corrigan, Brian (5 March 2023). "Corcoran takes gold as Ilves surprises field". The Athletics Weekly. Retrieved 6 March 2023.',
  '"Ilves back with a bang in Oslo". ERR News. 12 June 2025.',
  '"Staff and students – Institute of Sport Sciences". University of Tartu. Retrieved 1 October 2025.',
];
const extLinks = ['Marta Ilves at World Athletics', 'Marta Ilves at the Estonian Olympic Committee (in Estonian)'];
const navTitle = 'Estonian national champions – women’s 1500 metres';
const navItems = ['2017: Liis Org', '2018: Marta Ilves', '2019: Marta Ilves', '2021: Kertu Vain', '2022: Marta Ilves', '2023: Marta Ilves'];
const cats = ['1997 births', 'Living people', 'Estonian female middle-distance runners', 'People from Rakvere', 'University of Tartu alumni'];
const info = `<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn">Marta Ilves</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Marta_Ilves_2023.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/marta.jpg/220px-marta.jpg" decoding="async" width="220" height="293"
class="mw-file-element"></a></span><div class="infobox-caption">Ilves at the 2023 European Indoor Championships</div></td></tr>
<tr><th colspan="2" class="infobox-header">Personal information</th></tr><tr><th scope="row" class="infobox-label">Nationality</th>
<td class="infobox-data">Estonian</td></tr><tr><th scope="row" class="infobox-label">Born</th><td class="infobox-data">14 March 1997 (age 28)<br>
<span class="birthplace">Rakvere, Estonia</span></td></tr><tr><th scope="row" class="infobox-label">Height</th><td class="infobox-data">1.70 m</td></tr>
<tr><th colspan="2" class="infobox-header">Sport</th></tr><tr><th scope="row" class="infobox-label">Event</th><td class="infobox-data">1500 metres</td></tr>
<tr><th scope="row" class="infobox-label">Coached by</th><td class="infobox-data">Priit Laaneots</td></tr>
<tr><th colspan="2" class="infobox-header">Medal record</th></tr><tr><td colspan="2"><table class="medaltable"><tbody><tr><th colspan="2">European Indoor
Championships</th></tr><tr><td><span class="medal">Silver medal – second place</span></td><td>2023 Tallinn – 1500 m</td></tr></tbody></table></td></tr>
</tbody></table>`;
const pbTable = `<table class="wikitable"><caption>Personal bests</caption><tbody><tr>${pbHeads.map((h) => `<th>${h}</th>`).join('')}</tr>
${pbRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table><p><small>${pbNote}</small></p>`;
const content = `<div role="note" class="hatnote navigation-not-searchable">${hatnote}</div>
<p class="mw-empty-elt"></p>
${info}
${ps(lead)}
<meta property="mw:PageProp/toc">
${wpHeading(h1)}
${ps(p1)}
${wpHeading(h2)}
${wpHeading(h2a, 3)}
${ps(p2)}
${wpHeading(h2b, 3)}
${ps(p3)}
${pbTable}
${wpHeading(h3)}
${ps(p4)}
${wpHeading('References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text"><cite class="citation web cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wpHeading('External links')}
<ul>${links(extLinks)}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Estonian_champions" style="padding:3px">
<table class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2">
<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Estonian_champions"><abbr title="View this
template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Estonian_champions"><abbr title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="/wiki/Special:EditPage/Template"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Estonian_champions">${navTitle}</div></th></tr><tr><td class="navbox-list navbox-odd hlist"><div><ul>${links(navItems)}</ul></div></td></tr>
</tbody></table></div>`;
const html = wikiPage({
  title,
  slug: 'Marta_Ilves',
  langs: '6 languages',
  toc: [h1, h2, h3, 'References', 'External links'],
  description: 'Estonian middle-distance runner (born 1997)',
  content,
  cats,
  edited: 'This page was last edited on 3 October 2025, at 14:12 (UTC).',
  jsonld: '{"@context":"https://schema.org","@type":"Article","name":"Marta Ilves","dateModified":"2025-10-03T14:12:40Z","headline":"Estonian runner"}',
});

export const wikipediaAthlete: TestPage = {
  name: 'heldout157-wikipedia-athlete-biography',
  kind: 'wiki',
  html,
  title,
  headings: [h1, h2, h2a, h2b, h3],
  body: [...texts([...lead, ...p1, ...p2, ...p3]), ...pbRows.flat(), ...texts(p4)],
  bylines: ['This page was last edited on 3 October 2025, at 14:12 (UTC).'],
  furniture: [
    ...WP_FURNITURE,
    '6 languages',
    wpRetrieved('Marta_Ilves'),
    'Estonian middle-distance runner (born 1997)',
    hatnote,
    'Ilves at the 2023 European Indoor Championships',
    pbNote,
    'References',
    ...texts(refs),
    'External links',
    ...extLinks,
    navTitle,
    ...navItems,
    ...cats,
  ],
};
