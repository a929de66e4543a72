import { links, ps, type TestPage, texts } from './page-kit.js';
import { ncbiGene } from './pages-heldout366-a2.js';
import { dl, j, lis, type Row, vals } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file a: a UniProtKB entry page of the React site (header with the tool menu, the "Entry / Variant
 * viewer / Feature viewer / Publications / External links / History" tabs, the in-page nav, the entry header with its
 * annotation score, the evidence tags, the feedback and help widgets, the cookie banner and the EMBL-EBI / SIB / PIR
 * footer) and, from file a2, an NCBI Gene record.
 */
const uTitle = 'Q8K4R7 · KVRN2_THAFE';
const uFunction = [
  j(
    'Membrane-anchored ferroxidase that oxidizes ferrous iron to the ferric state at the basolateral surface of duodenal enterocytes,',
    'coupling iron export to loading onto circulating transferrin. Acts together with the iron exporter SLC40 family member',
    'Kvr-1 and is required for normal iron absorption under low dietary iron.',
  ),
  j(
    'Has little activity against other divalent cations in vitro. Activity is lost when the copper-binding histidine cluster',
    'is mutated, indicating that the copper centre is the site of electron transfer.',
  ),
];
const uCatalytic = ['4 Fe(2+) + O2 + 4 H(+) = 4 Fe(3+) + 2 H2O', 'Cu(2+) is required as cofactor; binds 6 Cu(2+) ions per subunit.'];
const uNames: Row[] = [
  ['Recommended name', 'Ferroxidase KVRN2'],
  ['Alternative names', 'Kevrin-2; Basolateral multicopper oxidase 2'],
  ['Gene names', 'Kvrn2'],
  ['Organism', 'Thalassomys ferreus (Iron-bellied coast mouse)'],
  ['Taxonomic lineage', 'Eukaryota › Metazoa › Chordata › Mammalia › Rodentia › Muridae › Thalassomys'],
];
const uLocation = [
  j(
    'Basolateral cell membrane; single-pass type I membrane protein. Localizes to the basolateral membrane of villus-tip',
    'enterocytes and is excluded from the crypts; a small fraction is found in recycling endosomes after iron repletion.',
  ),
];
const uDisease = [
  j(
    'Knockout animals are viable but develop microcytic anaemia within six weeks of weaning on a standard diet, with iron',
    'retained inside enterocytes and shed with the epithelium. Dietary iron supplementation only partly corrects the phenotype.',
  ),
];
const uExpression = [
  j(
    'Tissue specificity: highly expressed in the villus-tip enterocytes of the duodenum and at lower levels in the jejunum,',
    'the placenta and the choroid plexus. Not detected in liver, kidney or skeletal muscle.',
  ),
  j(
    'Induction: up-regulated by iron deficiency and by hypoxia; expression rises within 24 hours of switching animals to an',
    'iron-poor diet and returns to baseline within three days of iron repletion.',
  ),
];
const uSeq: Row[] = [
  ['Length', '1,104'],
  ['Mass (Da)', '124,871'],
  ['Last updated', '2019-10-16 v2'],
  ['Checksum', 'B44E0C91A7D2F3E6'],
];
const uNav = ['Function', 'Names & Taxonomy', 'Subcellular Location', 'Phenotypes & Variants', 'Sequence', 'Similar Proteins'];
const uTabs = ['Entry', 'Variant viewer', 'Feature viewer', 'Genomic coordinates', 'Publications', 'External links', 'History'];
const uTop = ['BLAST', 'Align', 'Peptide search', 'ID mapping', 'SPARQL'];
const uFoot = ['Help', 'Contact', 'Cite UniProt', 'About UniProt', 'License & Disclaimer', 'Privacy Notice', 'Funding'];
const uSimilar = ['Q8K4R8 · KVRN1_THAFE', 'P71903 · HEPH_MUSFR', 'A0A2K5 · KVRN2_THAMI'];
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kvrn2 - Ferroxidase KVRN2 - Thalassomys ferreus | UniProtKB | UniProt</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Ferroxidase KVRN2, Kvrn2, Thalassomys ferreus">
<link rel="canonical" href="https://www.uniprot.org/uniprotkb/Q8K4R7/entry"><link rel="stylesheet" href="/main.9c1e2f.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Protein","identifier":"Q8K4R7","name":"Ferroxidase KVRN2",
"taxonomicRange":{"@type":"Taxon","name":"Thalassomys ferreus"}}</script>
<script>window.__SERVER_DATA__={"env":"production","release":"2026_01"};</script><script defer src="/app.8a71b2.js"></script></head>
<body><div id="root"><div class="base-layout"><header class="uniprot-header"><a class="uniprot-logo" href="/" aria-label="UniProt home page"></a>
<nav class="main-navigation"><ul class="no-bullet">${links(uTop, 'menu-item')}</ul></nav>
<form class="main-search" role="search"><select aria-label="Select a data set"><option>UniProtKB</option></select>
<input type="search" placeholder="Search UniProtKB"></form><button class="button tertiary" type="button">Basket</button></header>
<div class="sidebar-layout"><aside class="sidebar-layout__sidebar"><nav class="in-page-nav"><ul>${links(uNav, 'in-page-nav__item')}</ul></nav></aside>
<main class="sidebar-layout__content"><div class="entry-page"><div class="entry-title">
<h1 class="small entry-title__main">${uTitle}</h1><span class="entry-title__status">Reviewed</span>
<div class="annotation-score"><span class="annotation-score__label">Annotation score:</span>
<span class="annotation-score__value">4/5</span></div></div>
<div class="entry-history"><span>Entry version 88</span> <span>Last modified: January 14, 2026</span></div>
<ul class="tabs__header">${links(uTabs, 'tabs__header__item')}</ul>
<div class="button-group entry-main__actions"><button class="button tertiary">Tools</button><button class="button tertiary">Download</button>
<button class="button tertiary">Add</button></div>
<section id="function" class="card"><div class="card__header"><h2>Function</h2></div><div class="card__content">
<div class="text-block">${ps(uFunction)}</div><span class="evidence-tag">1 Publication</span>
<h3>Catalytic activity</h3><ul class="catalytic-activity">${lis(uCatalytic)}</ul>
<div class="go-ribbon"><span class="go-ribbon__title">GO annotations</span> <span>All GO terms</span></div></div></section>
<section id="names_and_taxonomy" class="card"><div class="card__header"><h2>Names &amp; Taxonomy</h2></div><div class="card__content">
<h3>Protein names</h3><dl class="info-list">${dl(uNames, 'info-list__title', 'info-list__content')}</dl></div></section>
<section id="subcellular_location" class="card"><div class="card__header"><h2>Subcellular Location</h2></div><div class="card__content">
${ps(uLocation)}<figure class="subcell-viz"><div class="swissbiopics"></div>
<figcaption>SwissBioPics image of an enterocyte with the basolateral membrane highlighted</figcaption></figure></div></section>
<section id="phenotypes_variants" class="card"><div class="card__header"><h2>Phenotypes &amp; Variants</h2></div><div class="card__content">
${ps(uDisease)}<span class="evidence-tag">2 Publications</span></div></section>
<section id="expression" class="card"><div class="card__header"><h2>Expression</h2></div><div class="card__content">
${ps(uExpression)}</div></section>
<section id="sequences" class="card"><div class="card__header"><h2>Sequence</h2></div><div class="card__content">
<dl class="info-list">${dl(uSeq, 'info-list__title', 'info-list__content')}</dl>
<button class="button tertiary">Copy sequence</button><button class="button tertiary">BLAST</button></div></section>
<section id="similar_proteins" class="card"><div class="card__header"><h2 class="similar">Similar Proteins</h2></div>
<div class="card__content"><p class="similar-intro">Clusters with 90% identity</p><ul>${links(uSimilar)}</ul></div></section>
</div></main></div>
<div class="contextual-help"><button class="button">Help</button></div><div class="feedback-button"><a href="/contact">Feedback</a></div>
<footer class="uniprot-footer"><ul class="no-bullet">${links(uFoot)}</ul>
<p class="uniprot-footer__copyright">UniProt is an ELIXIR core data resource. © 2002 – 2026 UniProt consortium</p>
<p>Release 2026_01 | Statistics</p></footer>
<div class="gdpr-section"><p>We'd like to inform you that we have updated our Privacy Notice to comply with Europe's new General Data Protection
Regulation (GDPR) that applies since 25 May 2018.</p><button class="button">I agree, dismiss this banner</button></div></div></div>
</body></html>`;
export const uniprot: TestPage = {
  name: 'heldout366-uniprot-entry',
  kind: 'wiki',
  html: uHtml,
  title: uTitle,
  headings: ['Function', 'Catalytic activity', 'Names & Taxonomy', 'Protein names', 'Subcellular Location', 'Phenotypes & Variants', 'Expression', 'Sequence'],
  body: texts([...uFunction, ...uCatalytic, ...vals(uNames), ...uLocation, ...uDisease, ...uExpression, ...vals(uSeq)]),
  bylines: ['Entry version 88', 'Last modified: January 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...uTop, 'Basket', ...uNav, 'Reviewed', 'Annotation score:', '4/5', ...uTabs, 'Tools', 'Download', '1 Publication', 'GO annotations',
    'All GO terms', 'SwissBioPics image of an enterocyte with the basolateral membrane highlighted', '2 Publications', 'Copy sequence',
    'Clusters with 90% identity', ...uSimilar, 'Feedback', ...uFoot,
    'UniProt is an ELIXIR core data resource. © 2002 – 2026 UniProt consortium', 'Release 2026_01 | Statistics',
    j(
      "We'd like to inform you that we have updated our Privacy Notice to comply with Europe's new General Data Protection",
      'Regulation (GDPR) that applies since 25 May 2018.',
    ),
    'I agree, dismiss this banner',
  ],
};

export const HELDOUT366_A: readonly TestPage[] = [uniprot, ncbiGene];
