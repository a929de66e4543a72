import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes, mwHeading, ref, vectorPage } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file a3: an English Wikipedia article on an (invented) alkaloid, in the Vector 2022 shell of file a2:
 * the hatnote above the chembox, the chembox (caption, image caption, names, identifiers, properties, hazards, the
 * standard-state note and "Infobox references"), citation markers in the paragraphs, the reference list, a navbox with its
 * v/t/e links, the categories and the footer.
 */
const host = 'en.wikipedia.org';
const page = 'Calvarine';
const h = (level: 2 | 3, text: string, n: number): string => mwHeading(level, text, host, page, n);
const lead = [
  `<b>Calvarine</b> is a <a href="/wiki/Pyrrolizidine_alkaloid">pyrrolizidine alkaloid</a> found in the roots and seeds of <i><a href="/wiki/Ostrya_delmarica"
title="Ostrya delmarica">Ostrya delmarica</a></i>, a flowering shrub of the limestone uplands of the Delmar Peninsula. It is a colourless, intensely bitter
crystalline solid that slowly turns yellow on exposure to air and light.${ref('Harlow1962', 1)}`,
  `The compound was long used in folk remedies of the region as a bitter tonic, but it is toxic to the liver, and its sale in herbal preparations has been
restricted in several countries since the 1990s.${ref('Ferrand1994', 2)} It is now of interest mainly as a marker in the authentication of honey and as a
starting material for laboratory syntheses.`,
];
const hHistory = 'History';
const history = [
  `Shepherds on the Delmar Peninsula had noticed for generations that goats grazing on the shrub became sluggish and lost weight. The active principle was
first isolated in 1962 by the botanist Edith Harlow and the chemist Rowan Tenby, working at the agricultural college in Port Averill, who extracted the
dried roots with acidified ethanol and obtained about 0.4 grams of crystals from each kilogram of root.${ref('Harlow1962', 1)}`,
  `Harlow and Tenby named the substance after Calvera Ridge, where their samples had been collected. Its structure was proposed in 1968 on the basis of
degradation studies and confirmed in 1975 by X-ray crystallography of the hydrobromide salt.${ref('Mosse1975', 3)}`,
];
const hStructure = 'Structure and properties';
const structure = [
  `Calvarine is a diester of the necine base retronecine with two molecules of a branched hydroxy acid, calvaric acid. The two ester groups close a
twelve-membered ring, which makes the molecule a macrocyclic diester, like many of the more toxic members of its class.${ref('Mosse1975', 3)}`,
  `The free base melts at 171 to 173 °C and is sparingly soluble in water but dissolves readily in chloroform and in dilute acids. In solution it is
slowly oxidised to the corresponding <a href="/wiki/N-oxide">N-oxide</a>, which is the main form present in the living plant.`,
];
const hSynthesis = 'Synthesis';
const synthesis = [
  `The first total synthesis was reported in 1989 by a group at the University of Kessingford in eleven steps and an overall yield of 3 percent. The key
step was the closure of the macrocycle by an intramolecular esterification under high dilution.${ref('Okafor1989', 4)}`,
  `A shorter route published in 2016 builds the ring by ring-closing metathesis and reaches the natural product in seven steps. Both routes start from
commercially available proline derivatives.`,
];
const hOccurrence = 'Occurrence and uses';
const occurrence = [
  `Apart from <i>O. delmarica</i>, calvarine has been detected in small amounts in two related species of the same genus. Bees foraging on the shrub carry
it into honey, and the so-called ridge honey of the peninsula may contain up to 20 micrograms per kilogram.${ref('Ferrand1994', 2)}`,
  'Because no other common honey plant in the region produces it, calvarine is used as a marker to confirm the origin of ridge honey, ' +
    'which sells at a premium.',
];
const hSafety = 'Toxicity';
const safety = [
  `Like other unsaturated pyrrolizidine alkaloids, calvarine is converted in the liver into reactive pyrrole derivatives that damage the small veins of the
liver. Cases of poisoning in grazing animals are recorded almost every dry summer on the peninsula.${ref('Ferrand1994', 2)}`,
  'In humans, the main risk has come from long-term use of herbal teas made from the root. Regulators in the region advise that ridge ' +
    'honey be eaten in moderation.',
];
const cites = [
  'Harlow, Edith M.; Tenby, Rowan (1962). "A bitter principle from the roots of Ostrya delmarica". Journal of the Delmar Botanical Society. 14 (3): 211–219.',
  'Ferrand, Lucille (1994). "Pyrrolizidine alkaloids in the honey of the Delmar uplands". Food Additives Review. 22 (1): 40–48.',
  'Mosse, Peter J. (1975). "The crystal structure of calvarine hydrobromide". Acta Structurae. 31 (9): 1502–1506.',
  'Okafor, Chidi; Lind, Hanna (1989). "Total synthesis of (+)-calvarine". Journal of Synthetic Chemistry. 54 (12): 2884–2890.',
];
const hatnote = 'Not to be confused with Calvarin.';
const imgCaption = 'Skeletal formula of calvarine';
const boxNote = 'Except where otherwise noted, data are given for materials in their standard state (at 25 °C [77 °F], 100 kPa).';
const navTitle = 'Pyrrolizidine alkaloids';
const navItems = ['Calvarine', 'Delmaridine', 'Heliotrine', 'Lasiocarpine', 'Monocrotaline', 'Retrorsine', 'Senecionine', 'Usaramine'];
const box = (rows: [string, string][]): string => rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('\n');
const chembox = `<table class="infobox ib-chembox"><caption>Calvarine</caption><tbody>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Calvarine.svg"
class="mw-file-description"><img src="//upload.wikimedia.example/wikipedia/commons/thumb/4/4c/Calvarine.svg/220px-Calvarine.svg.png" decoding="async"
width="220" height="141" class="mw-file-element"></a></span><div class="infobox-caption">${imgCaption}</div></td></tr>
<tr><th colspan="2" class="infobox-header">Names</th></tr>
<tr><td colspan="2"><div><a href="/wiki/IUPAC_nomenclature_of_chemistry">IUPAC name</a></div>
<div
class="chembox-iupac">(1<i>R</i>,4<i>Z</i>,6<i>R</i>,7<i>R</i>,17<i>R</i>)-4-Ethylidene-7-hydroxy-6,7-dimethyl-2,9-dioxa-14-azatricyclo[9.5.1.0<sup
>14,17</sup>]heptadec-11-ene-3,8-dione</div></td></tr>
<tr><th colspan="2" class="infobox-header">Identifiers</th></tr>
${box([
  ['<a href="/wiki/CAS_Registry_Number">CAS Number</a>', '<span>77104-38-2</span>'],
  ['<a href="/wiki/PubChem">PubChem</a> <abbr title="Compound ID">CID</abbr>', '<span>6442118</span>'],
  ['<a href="/wiki/ChemSpider">ChemSpider</a>', '<span>4946210</span>'],
])}
<tr><th colspan="2" class="infobox-header">Properties</th></tr>
${box([
  ['<a href="/wiki/Chemical_formula">Chemical formula</a>', '<span class="chemf">C<sub>18</sub>H<sub>25</sub>NO<sub>5</sub></span>'],
  ['<a href="/wiki/Molar_mass">Molar mass</a>', '335.400&nbsp;g·mol<sup>−1</sup>'],
  ['Appearance', 'Colourless crystals'],
  ['<a href="/wiki/Melting_point">Melting point</a>', '171 to 173&nbsp;°C'],
  ['<a href="/wiki/Aqueous_solution">Solubility in water</a>', 'Slightly soluble'],
])}
<tr><th colspan="2" class="infobox-header">Hazards</th></tr>
${box([['Main hazards', 'Hepatotoxic']])}
<tr><td colspan="2" class="infobox-below">${boxNote}</td></tr>
<tr><td colspan="2" class="infobox-below"><a href="/wiki/Wikipedia:Chemical_infobox#References">Infobox references</a></td></tr></tbody></table>`;
const navbox = `<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist ol,
.mw-parser-output .hlist ul{margin:0;padding:0}</style></div><div role="navigation" class="navbox" aria-labelledby="Pyrrolizidine_alkaloids"
style="padding:3px"><table class="nowraplinks hlist navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr>
<th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a
href="/wiki/Template:Pyrrolizidine_alkaloids"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="#"><abbr
title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="#"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Pyrrolizidine_alkaloids" style="font-size:114%;margin:0 4em">${navTitle}</div></th></tr><tr><td class="navbox-list-with-group navbox-list
navbox-odd" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>
${navItems.map((t) => `<li>${t === 'Calvarine' ? `<a class="mw-selflink selflink">${t}</a>` : `<a href="/wiki/${t}">${t}</a>`}</li>`).join('\n')}
</ul></div></td></tr></tbody></table></div>`;
const refs = cites
  .map(
    (c, i) => `<li id="cite_note-${i}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i}" aria-label="Jump up">^</a></b></span>
<span class="reference-text"><cite class="citation journal cs1">${c}</cite></span></li>`,
  )
  .join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Chemical compound</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Calvarin" title="Calvarin">Calvarin</a>.</div>
<style data-mw-deduplicate="TemplateStyles:r1303037350">.mw-parser-output .ib-chembox{border-collapse:collapse;text-align:left}</style>
${chembox}
${lead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${h(2, hHistory, 1)}
${history.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hStructure, 2)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Ostrya_delmarica_flowers.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/ostrya.jpg" width="220" height="165" class="mw-file-element"></a><figcaption><i>Ostrya delmarica</i> in flower on Calvera
Ridge</figcaption></figure>
${structure.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hSynthesis, 3)}
${synthesis.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hOccurrence, 4)}
${occurrence.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hSafety, 5)}
${safety.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, 'References', 6)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs}
</ol></div></div>
${navbox}`;
const shell = vectorPage({
  host,
  siteName: 'Wikipedia',
  pageName: page,
  titleHtml: `<span class="mw-page-title-main">${page}</span>`,
  tagline: 'From Wikipedia, the free encyclopedia',
  searchLabel: 'Search Wikipedia',
  menus: [
    { id: 'navigation', heading: 'Navigation', items: ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'] },
    { id: 'interaction', heading: 'Contribute', items: ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'] },
  ],
  langs: ['Deutsch', 'Español', 'Français', 'Italiano', 'Polski'],
  toc: [hHistory, hStructure, hSynthesis, hOccurrence, hSafety, 'References'].map((t) => ({ id: t.replace(/ /g, '_'), text: t })),
  nsTab: 'Article',
  talkTab: 'Talk',
  tools: ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Wikidata item'],
  printItems: ['Download as PDF', 'Printable version'],
  otherProjects: ['Wikimedia Commons'],
  content,
  categories: ['Pyrrolizidine alkaloids', 'Hepatotoxins', 'Plant toxins', 'Bitter compounds'],
  hiddenCategories: ['Articles with short description', 'Short description is different from Wikidata', 'Chemical articles without CAS registry number'],
  lastEdited: 'This page was last edited on 2 March 2026, at 14:15 (UTC).',
  license: `Text is available under the <a
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License"
>Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a href="#">Terms of Use</a> and
<a href="#">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a
non-profit organization.`,
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
  head: `<meta name="description" content="Calvarine is a pyrrolizidine alkaloid found in the roots and seeds of Ostrya delmarica.">
<link rel="preconnect" href="//upload.wikimedia.example">`,
  jsonLd: `<script
type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Calvarine","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Calvarine",
"sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q27104552","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q27104552","author":{"@type":"Organization",
"name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2011-06-19T08:02:11Z",
"dateModified":"2026-03-02T14:15:40Z","headline":"chemical compound"}</script>`,
  bodyClass: 'ns-0 ns-subject mw-editable page-Calvarine rootpage-Calvarine',
});

export const wikipediaChem: TestPage = dropClashes({
  name: 'heldout151-wikipedia-chemical-compound',
  kind: 'wiki',
  html: shell.html,
  // citation markers stay in their paragraphs (body); the hatnote, the chembox's notes and image captions, the reference list
  // (with its "References" heading) and the navbox are furniture; the chembox's header, label and value cells are in neither list
  title: page,
  headings: [hHistory, hStructure, hSynthesis, hOccurrence, hSafety],
  body: texts([...lead, ...history, ...structure, ...synthesis, ...occurrence, ...safety]),
  bylines: shell.bylines,
  furniture: [
    ...shell.furniture,
    hatnote,
    imgCaption,
    plain(boxNote),
    'Infobox references',
    'Ostrya delmarica in flower on Calvera Ridge',
    'References',
    ...cites,
    navTitle,
    ...navItems.filter((t) => t !== page),
  ],
});
