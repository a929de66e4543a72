import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Row, vals } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file b2: a PubChem compound summary (the JavaScript app's saved DOM: NLM banner, PubChem header
 * with the search box, the summary card with its data rows, the numbered section headings of the record, the source
 * attributions under each block, the "Cite" / "Download" / "Contents" side panel, the "Help" and feedback buttons and the
 * NLM footer).
 */
const cTitle = 'Merrowin';
const cSummary: Row[] = [
  ['PubChem CID', '171550482'],
  ['Molecular Formula', 'C17H22O6'],
  ['Synonyms', 'Merrowin; merrowin A; 4-O-methylmerrowic acid lactone'],
  ['Molecular Weight', '322.35 g/mol'],
];
const cDates = ['Create: 2023-04-18', 'Modify: 2026-02-28'];
const cDescription = [
  j(
    'Merrowin is a sesquiterpene lactone isolated from the leaves of Ostrya merrowensis, a shrub of coastal heath in the',
    'Calder archipelago. It is a guaianolide bearing a methoxy group at position 4 and an exocyclic methylene conjugated to',
    'the lactone carbonyl. It has a role as a plant metabolite and an antifeedant.',
  ),
  j('Merrowin is a natural product found in Ostrya merrowensis and Ostrya calderensis with data available.'),
];
const cUse = [
  j(
    'Merrowin has been studied as a deterrent against leaf beetles, which avoid treated leaf discs at concentrations above',
    '50 micrograms per square centimetre. The alpha-methylene lactone reacts with thiols, which is thought to explain both its',
    'bitterness to insects and the contact dermatitis reported in people who clear the shrub by hand.',
  ),
  j(
    'No approved medical or agricultural use is recorded. Laboratory samples are usually prepared by extraction of dried',
    'leaves with ethyl acetate followed by column chromatography, giving about 0.4 percent of the dry weight.',
  ),
];
const cSafety = ['Causes skin irritation', 'May cause an allergic skin reaction', 'Causes serious eye irritation'];
const cSafetyNote = j(
  'The hazard statements above were provided by a single notifier and have not been reviewed. Wear gloves when handling',
  'the plant or the purified compound, and wash exposed skin with soap and water.',
);
const cProps: Row[] = [
  ['Physical Description', 'Colourless needles with a bitter taste'],
  ['Melting Point', '148-150 °C'],
  ['Solubility', 'Slightly soluble in water; soluble in ethanol, acetone and chloroform'],
];
const cNav = ['Structures', 'Names and Identifiers', 'Chemical and Physical Properties', 'Use and Manufacturing', 'Safety and Hazards', 'Literature'];
const cTop = ['About', 'Blog', 'Submit', 'Contact'];
const cFoot = ['Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Accessibility', 'Careers', 'NLM', 'NIH', 'HHS', 'USA.gov'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Merrowin | C17H22O6 | CID 171550482 - PubChem</title>
<meta name="description" content="Merrowin is a sesquiterpene lactone isolated from the leaves of Ostrya merrowensis.">
<meta property="og:image" content="https://pubchem.ncbi.example/image/imgsrv.fcgi?cid=171550482&amp;t=l">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ChemicalSubstance","name":"Merrowin",
"chemicalComposition":"C17H22O6","identifier":"CID 171550482"}</script>
<link rel="stylesheet" href="/pcfe/summary/summary-v3.min.css"><script>var pcData = {"cid":171550482,"record":"compound"};</script></head>
<body><div id="js-rendered-content"><div class="usa-banner"><p>An official website of the United States government</p></div>
<header class="flex-container justify-space-between pubchem-header"><a href="/" class="pubchem-logo">PubChem</a>
<form class="search-form"><input type="search" aria-label="Search PubChem" placeholder="Search PubChem"></form>
<nav><ul class="flex-container">${links(cTop, 'p-sm-left')}</ul></nav></header>
<main class="main-container"><div class="summary p-md-bottom"><div class="flex-container">
<div class="p-md-right"><div class="breadcrumb">COMPOUND SUMMARY</div><h1 class="m-zero h1-title">${cTitle}</h1></div>
<div class="cite-download"><button class="button">Cite</button><button class="button">Download</button></div></div>
<table class="summary-table"><tbody>${cSummary.map(([l, v]) => `<tr><th class="align-left">${l}</th><td>${v}</td></tr>`).join('\n')}
<tr><th class="align-left">Dates</th><td><div>${cDates[0] ?? ''}</div><div>${cDates[1] ?? ''}</div></td></tr></tbody></table>
<div class="structure-image"><img src="/image/imgsrv.fcgi?cid=171550482" alt="Merrowin"><span class="caption">2D Structure</span>
<span class="caption">3D Conformer</span></div>
<section id="Description"><h3 class="f-1p5">Description</h3>${ps(cDescription)}<div class="source">LOTUS - the natural products occurrence database</div>
</section></div>
<section id="Use-and-Manufacturing"><h2 class="f-2 m-md-bottom">Use and Manufacturing</h2>${ps(cUse)}
<div class="source">Calder Institute of Applied Botany</div></section>
<section id="Chemical-and-Physical-Properties"><h2 class="f-2 m-md-bottom">Chemical and Physical Properties</h2>
<table class="properties">${cProps.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('\n')}</table>
<div class="source">Ostrya Phytochemistry Handbook</div></section>
<section id="Safety-and-Hazards"><h2 class="f-2 m-md-bottom">Safety and Hazards</h2><h3>GHS Classification</h3>
<ul class="hazard-statements">${lis(cSafety)}</ul><p>${cSafetyNote}</p><div class="source">European Chemicals Agency (ECHA)</div></section>
</main><aside class="sidebar"><h2>Contents</h2><ol>${links(cNav)}</ol>
<div class="widget"><p>Find this compound in the Ostrya phytochemistry collection</p></div></aside>
<div class="help-button"><button>Help</button></div><div class="feedback-button"><a href="#">Feedback</a></div>
<footer class="nlm-footer"><ul>${links(cFoot)}</ul><p>National Center for Biotechnology Information 8600 Rockville Pike, Bethesda, MD, 20894 USA</p>
</footer></div><script src="/pcfe/summary/summary-v3.min.js"></script></body></html>`;
export const pubchem: TestPage = {
  name: 'heldout366-pubchem-compound',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: ['Description', 'Use and Manufacturing', 'Chemical and Physical Properties', 'Safety and Hazards', 'GHS Classification'],
  body: texts([...vals(cSummary), ...cDescription, ...cUse, ...vals(cProps), ...cSafety, cSafetyNote]),
  bylines: cDates,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'PubChem', ...cTop, 'COMPOUND SUMMARY', 'Cite', 'Download', '2D Structure', '3D Conformer',
    'LOTUS - the natural products occurrence database', 'Calder Institute of Applied Botany', 'Ostrya Phytochemistry Handbook',
    'European Chemicals Agency (ECHA)', 'Contents', 'Structures', 'Names and Identifiers', 'Literature',
    'Find this compound in the Ostrya phytochemistry collection', 'Help', 'Feedback', ...cFoot,
    'National Center for Biotechnology Information 8600 Rockville Pike, Bethesda, MD, 20894 USA',
  ],
};
