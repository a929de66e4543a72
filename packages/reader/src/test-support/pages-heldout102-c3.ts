import type { TestPage } from './page-kit.js';
import { noRefs, vectorPage, wpH, wpRef, wpRefList, wpShellFurniture } from './pages-heldout102-c2.js';

/**
 * Held-out batch 102, file c3: the Wikipedia article on a (fictional) scientific concept, in the Vector 2022 shell of file
 * c2: a hatnote, the lead, a thumbnail with caption, sections and a subsection with [edit] links, reference marks, "See
 * also", the reference list and categories.
 */
const wsTitle = 'Hessling effect';
const wsHatnote = 'For the acoustic phenomenon in organ pipes, see Hessling resonance.';
const wsLead = [
  `The <b>Hessling effect</b> is the slow upward migration of dissolved salts through porous stone that is wetted from below and ` +
    `heated and cooled on a daily cycle. Under these conditions salt crystallises a few millimetres higher each day than it ` +
    `dissolved, so that over years a band of salt damage climbs a wall well above the level that capillary rise alone would reach.${wpRef(1)}`,
  `The effect is named after the Danish geologist Karin Hessling, who described it in 1961 after surveying salt damage on coastal ` +
    `churches in Jutland. It is now considered one of the main causes of decay in historic masonry close to the sea.${wpRef(2)}`,
];
const wsH1 = 'Mechanism';
const wsMech = [
  `Water drawn up into the stone by capillary action carries dissolved salts, mostly sodium chloride and sodium sulfate. During ` +
    `the warm part of the day, evaporation at the surface concentrates the solution and salt crystallises in the pores nearest the ` +
    `drying front. At night the stone cools, relative humidity in the pores rises, and part of the salt redissolves.${wpRef(3)}`,
  `Because the drying front sits slightly higher during the day than the wetting front does at night, the redissolved salt is ` +
    `carried back only part of the way. Each cycle therefore leaves a small net deposit above the previous one. Laboratory columns ` +
    `of sandstone subjected to 24-hour temperature swings of 12 °C showed the salt band rising by 0.4 to 0.9 mm per day.${wpRef(4)}`,
];
const wsH2 = 'Conditions';
const wsCond = ['The effect is strongest when the following conditions occur together:'];
const wsList = [
  'a continuous supply of saline water at the base of the stone, such as groundwater near the coast;',
  'daily temperature ranges of more than about 8 °C at the stone surface;',
  'a pore structure with a wide range of pore sizes, typical of limestones and coarse sandstones;',
  'low wind exposure, which keeps evaporation slow enough for the drying front to stay inside the stone.',
];
const wsH3 = 'History';
const wsHist = [
  `Salt damage rising far above the damp line had been noted by church architects since the nineteenth century, but it was usually ` +
    `blamed on sea spray. Hessling showed that on several Jutland churches the damage was worst on the landward walls, which ` +
    `received almost no spray, and that its upper edge had risen by about 30 cm over two decades of photographs.${wpRef(2)}`,
  `Her explanation was disputed for some years, since the rates she proposed seemed too high for a purely capillary process. ` +
    `Experiments at the University of Aarhus in the 1970s reproduced the climbing band in the laboratory and confirmed the role ` +
    `of the daily temperature cycle.${wpRef(4)}`,
];
const wsH4 = 'Conservation practice';
const wsCons = [
  `Because the effect depends on a continuous water supply, most treatments aim to interrupt capillary rise, for example with ` +
    `injected damp-proof courses or drainage trenches. Sacrificial lime renders are also used: they draw salt out of the stone ` +
    `and are replaced every few decades.${wpRef(5)}`,
  `Shading walls to reduce the daily temperature swing has been tried on a small number of buildings, with mixed results.${wpRef(5)}`,
];
const wsH5 = 'See also';
const wsSee = [
  '<a href="/wiki/Efflorescence">Efflorescence</a>',
  '<a href="/wiki/Capillary_action">Capillary action</a>',
  '<a href="/wiki/Salt_weathering">Salt weathering</a>',
];
const wsRefs = [
  'Brandt, Ole (1994). <i>Salts in Masonry</i>. Copenhagen: Polyteknisk Forlag. pp. 112–118.',
  'Hessling, Karin (1961). "Saltvandring i kystkirkers murværk". <i>Meddelelser fra Dansk Geologisk Forening</i>. <b>14</b> (3): 201–219.',
  'Lauridsen, M.; Aagaard, P. (1988). "Diurnal salt transport in sandstone". <i>Journal of Stone Decay</i>. <b>7</b> (2): 45–61.',
  'Nørgaard, Jens (1976). "A laboratory reproduction of the Hessling effect". <i>Aarhus Geoscience Reports</i>. <b>22</b>: 3–19.',
  'Whitcombe, Harriet (2009). <i>Caring for Coastal Churches</i>. London: Church House Publishing. p. 74.',
];
const wsCaption = 'Salt damage climbing the north wall of a coastal church in western Jutland';
const wsCats = ['Geomorphology', 'Building defects', 'Stone conservation', 'Physical phenomena'];
const wsHidden = ['Articles with short description', 'Short description matches Wikidata'];
const wsPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const wsContent = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Salt migration in porous stone</div>
<div role="note" class="hatnote navigation-not-searchable">For the acoustic phenomenon in organ pipes, see <a href="/wiki/Hessling_resonance">Hessling
resonance</a>.</div>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Salt_damage_church_Jutland.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/salt.jpg/250px-salt.jpg" decoding="async" width="250" height="188" class="mw-file-element"></a>
<figcaption>${wsCaption}</figcaption></figure>
${wsPs(wsLead)}
<meta property="mw:PageProp/toc">
${wpH(wsH1)}
${wsPs(wsMech)}
${wpH(wsH2, 3)}
${wsPs(wsCond)}
<ul>${wsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wpH(wsH3)}
${wsPs(wsHist)}
${wpH(wsH4)}
${wsPs(wsCons)}
${wpH(wsH5)}
<ul>${wsSee.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wpH('References')}
${wpRefList(wsRefs)}`;
export const wikiScience: TestPage = {
  html: vectorPage({
    title: wsTitle,
    toc: [wsH1, wsH3, wsH4, wsH5, 'References'],
    langs: 6,
    content: wsContent,
    cats: wsCats,
    hidden: wsHidden,
    edited: '2 October 2025, at 14:11',
  }),
  name: 'heldout102-wikipedia-science-concept-wiki',
  kind: 'wiki',
  // reference marks stand at paragraph ends and are left out of the gold; the hatnote, the caption, the reference list
  // (with its "References" heading), categories, the TOC (which repeats the headings) and the shell are furniture or left
  // out; the hidden short description is in neither list; the "last edited" line is a byline
  title: wsTitle,
  headings: [wsH1, wsH2, wsH3, wsH4, wsH5],
  body: noRefs([...wsLead, ...wsMech, ...wsCond, ...wsList, ...wsHist, ...wsCons, ...wsSee]),
  bylines: ['This page was last edited on 2 October 2025, at 14:11 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wpShellFurniture, '6 languages', 'Deutsch', 'Svenska', wsHatnote, wsCaption, 'References', ...noRefs(wsRefs), ...wsCats, 'Hidden categories:',
    ...wsHidden,
  ],
};
