import { links, ps, type TestPage, texts } from './page-kit.js';
import { clinvar } from './pages-heldout366-e2.js';
import { j, lis, type Row } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file e: a ChEBI entry on the EMBL-EBI Visual Framework (vf-global-header, the EBI black bar, the
 * local masthead with the ChEBI menu, vf-breadcrumbs, the "Main / Automatic Xrefs / Reactions / Pathways / Models" tabs,
 * the entry table, the ontology list, the "Cite ChEBI" box, the data-licence line, the embl-grid sidebar and the EBI
 * footer with its cookie banner) and, from file e2, a ClinVar variation page.
 */
const hTitle = 'merrowin (CHEBI:231877)';
const hRows: Row[] = [
  ['ChEBI Name', 'merrowin'],
  ['ChEBI ID', 'CHEBI:231877'],
  ['Stars', 'This entity has been manually annotated by the curation team.'],
];
const hDefinition = [
  j(
    'A guaianolide sesquiterpene lactone that is 3,4,5,6,7,8-hexahydroazuleno[4,5-b]furan-2-one carrying a methoxy group at',
    'position 4 and an exocyclic methylene at position 3. Isolated from the leaves of Ostrya merrowensis, it acts as an insect',
    'antifeedant and is a contact allergen.',
  ),
];
const hRoles = [
  'plant metabolite: Any eukaryotic metabolite produced during a metabolic reaction in plants.',
  'antifeedant: A substance that deters an animal from feeding on the organism that produces it.',
  'allergen: A chemical compound that causes the onset of an allergic reaction.',
];
const hOntology = [
  'merrowin (CHEBI:231877) is a guaianolide (CHEBI:73011)',
  'merrowin (CHEBI:231877) is a methyl ether (CHEBI:25698)',
  'merrowin (CHEBI:231877) has role antifeedant (CHEBI:73245)',
  'merrowin (CHEBI:231877) has functional parent merrowic acid (CHEBI:231879)',
];
const hComment = [
  j(
    'The name merrowin A used in older papers refers to the same compound; the minor isomer described as merrowin B in 1988',
    'was later shown to be an artefact of extraction in methanol and has not been given a separate entry.',
  ),
];
const hTabs = ['Main', 'Automatic Xrefs', 'Reactions', 'Pathways', 'Models'];
const hMenu = ['Home', 'Search', 'Browse', 'Download', 'Tools', 'Submissions', 'Documentation', 'About ChEBI'];
const hCrumbs = ['EMBL-EBI', 'Services', 'ChEBI'];
const hFoot = ['Services', 'Research', 'Training', 'Industry', 'About us', 'EMBL-EBI is part of the European Molecular Biology Laboratory'];
const hHtml = `<!DOCTYPE html>
<html lang="en" class="vf-no-js"><head><meta charset="utf-8"><title>ChEBI</title><meta name="description" content="merrowin (CHEBI:231877)">
<meta name="ebi:owner" content="ChEBI team"><meta name="ebi:last-review" content="2026-02-10"><meta name="ebi:localFramework" content="chebi">
<link rel="stylesheet" href="https://assets.emblstatic.example/vf/v2.5.10/css/styles.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MolecularEntity","identifier":"CHEBI:231877","name":"merrowin"}</script>
<script>document.documentElement.className = document.documentElement.className.replace('vf-no-js','vf-js');</script></head>
<body class="vf-body"><header id="masthead-black-bar" class="vf-global-header"><a href="https://www.ebi.example/" class="vf-logo">EMBL-EBI</a>
<nav class="vf-navigation vf-navigation--global"><ul class="vf-navigation__list">
${links(['Services', 'Research', 'Training', 'About us'], 'vf-navigation__item')}
</ul></nav></header>
<div class="vf-masthead" id="local-masthead"><h2 class="vf-masthead__title">Chemical Entities of Biological Interest</h2>
<nav class="vf-navigation"><ul class="vf-navigation__list">${links(hMenu, 'vf-navigation__item')}</ul></nav></div>
<nav class="vf-breadcrumbs" aria-label="Breadcrumb"><ul class="vf-breadcrumbs__list vf-list vf-list--inline">${links(hCrumbs, 'vf-breadcrumbs__item')}
</ul></nav>
<main class="embl-grid embl-grid--has-sidebar"><section class="vf-content"><h1 class="vf-text vf-text-heading--1">${hTitle}</h1>
<div class="vf-tabs"><ul class="vf-tabs__list">${links(hTabs, 'vf-tabs__item')}</ul></div>
<table class="vf-table chebiTableContent"><tbody>${hRows.map(([l, v]) => `<tr><td class="chebiDataHeader">${l}</td><td>${v}</td></tr>`).join('\n')}
<tr><td class="chebiDataHeader">Definition</td><td>${hDefinition[0] ?? ''}</td></tr>
<tr><td class="chebiDataHeader">Last Modified</td><td>10 February 2026</td></tr>
<tr><td class="chebiDataHeader">Submitter</td><td>Asaolu, F.O.</td></tr></tbody></table>
<h2 class="vf-text vf-text-heading--3">Roles Classification</h2><ul class="vf-list">${lis(hRoles)}</ul>
<h2 class="vf-text vf-text-heading--3">ChEBI Ontology</h2><ul class="vf-list chebi-ontology">${lis(hOntology)}</ul>
<h2 class="vf-text vf-text-heading--3">Curator comment</h2>${ps(hComment)}
<div class="vf-box vf-box--easy"><h3 class="vf-box__heading">Cite ChEBI</h3><p class="vf-box__text">Please cite the ChEBI database when you use
these data in a publication.</p></div></section>
<aside class="vf-sidebar"><h3 class="vf-section-header__heading">Related searches</h3><ul>${links([
  'Find similar structures',
  'Substructure search',
  'Search in Europe PMC',
])}</ul><p class="vf-text-body--5">All data in the ChEBI database is free to use under CC BY 4.0.</p></aside></main>
<footer class="vf-footer"><div class="vf-footer__inner"><ul class="vf-footer__links">${links(hFoot)}</ul>
<p class="vf-footer__legal">Copyright © EMBL 2026 | Privacy | Cookies | Terms of use</p></div></footer>
<div id="data-protection-banner" class="vf-banner vf-banner--fixed"><p>This website requires cookies, and the limited processing of your personal
data in order to function. By using the site you are agreeing to this as outlined in our Privacy Notice and Terms of Use.</p>
<button class="vf-button">I agree, dismiss this banner</button></div></body></html>`;
export const chebi: TestPage = {
  name: 'heldout366-chebi-entry',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: ['Roles Classification', 'ChEBI Ontology', 'Curator comment'],
  body: texts([...hRows.map(([, v]) => v), ...hDefinition, ...hRoles, ...hOntology, ...hComment]),
  bylines: ['10 February 2026', 'Asaolu, F.O.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'EMBL-EBI', 'Services', 'Research', 'Training', 'About us', 'Chemical Entities of Biological Interest', ...hMenu, 'ChEBI', ...hTabs,
    'Cite ChEBI', 'Please cite the ChEBI database when you use these data in a publication.', 'Related searches',
    'Find similar structures', 'Substructure search', 'Search in Europe PMC', 'All data in the ChEBI database is free to use under CC BY 4.0.',
    'Industry', 'EMBL-EBI is part of the European Molecular Biology Laboratory', 'Copyright © EMBL 2026 | Privacy | Cookies | Terms of use',
    j(
      'This website requires cookies, and the limited processing of your personal data in order to function. By using the site',
      'you are agreeing to this as outlined in our Privacy Notice and Terms of Use.',
    ),
    'I agree, dismiss this banner',
  ],
};

export const HELDOUT366_E: readonly TestPage[] = [chebi, clinvar];
