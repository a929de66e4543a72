import { links, ps, type TestPage, texts } from './page-kit.js';
import { gbif } from './pages-heldout366-c2.js';
import { j, type Row, vals } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file c: an Ensembl gene summary view (the Perl web code's template: masthead with the species
 * tabs, the left "Gene-based displays" tree, the summary panel of lhs / rhs rows, the transcript table, the "About this
 * gene" text, the "Configure this page" and "Export data" tool buttons, the archive and release notes box and the
 * footer) and, from file c2, a GBIF species page.
 */
const eTitle = 'Gene: Kvrn2 ENSTFEG00000012345';
const eRows: Row[] = [
  ['Description', 'kevrin 2, ferroxidase [Source:TFGD Symbol;Acc:TF-1180442]'],
  ['Location', 'Chromosome X: 61,204,118-61,300,552 forward strand.'],
  ['About this gene', 'This gene has 3 transcripts (splice variants), 214 orthologues and 9 paralogues.'],
  ['Gene type', 'Protein coding'],
];
const eAbout = [
  j(
    'Kvrn2 encodes a membrane-bound multicopper ferroxidase of the intestinal epithelium. The gene model is supported by full-length',
    'cDNAs from duodenum and placenta and by RNA-seq data from eleven tissues of the iron-bellied coast mouse.',
  ),
  j(
    'The canonical transcript has 20 coding exons. Exon 1 is alternative: transcript 201 starts at a proximal exon used in',
    'the gut, and transcript 202 at a distal exon used mainly in placenta. Transcript 203 retains intron 14 and is flagged',
    'as a nonsense-mediated decay candidate.',
  ),
  j(
    'Comparison with the human and rat genomes shows conserved synteny across the region, with the neighbouring genes Tmx9 and',
    'Slc40b in the same order and orientation. Of the 214 orthologues, 201 are one-to-one.',
  ),
];
const eTranscripts = [
  ['Kvrn2-201', 'ENSTFET00000030211.2', '5,112', '1104aa', 'Protein coding'],
  ['Kvrn2-202', 'ENSTFET00000030214.1', '4,870', '1104aa', 'Protein coding'],
  ['Kvrn2-203', 'ENSTFET00000030219.1', '2,306', '391aa', 'Nonsense mediated decay'],
] as const;
const eTabs = ['Species', 'Location: X:61,204,118-61,300,552', 'Gene: Kvrn2', 'Transcript: Kvrn2-201'];
const eTree = [
  'Summary',
  'Splice variants',
  'Transcript comparison',
  'Gene alleles',
  'Sequence',
  'Secondary Structure',
  'Comparative Genomics',
  'Genomic alignments',
  'Gene tree',
  'Orthologues',
  'Paralogues',
  'Ontologies',
  'Phenotypes',
  'Gene expression',
  'External references',
];
const eTools = ['Configure this page', 'Custom tracks', 'Export data', 'Share this page', 'Bookmark this page'];
const eFoot = ['About Ensembl', 'Privacy policy', 'Contact us', 'Citing Ensembl', 'Download data', 'Ensembl blog', 'Mailing lists'];
const eHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><title>Gene: Kvrn2 (ENSTFEG00000012345) - Summary - Thalassomys_ferreus - Ensembl genome browser 118</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="description" content="Ensembl gene Kvrn2 summary">
<link rel="stylesheet" type="text/css" media="all" href="/118/css/ensembl.css"><script type="text/javascript" src="/118/js/ensembl.js"></script>
<script type="text/javascript">Ensembl.initialize({"species":"Thalassomys_ferreus","release":118});</script></head>
<body class="mac ie"><div id="min_width_container"><div id="min_width_holder">
<div id="masthead" class="js_panel"><div class="logo_holder"><a href="/"><span class="hidden print_hide">Ensembl</span></a></div>
<div class="mh print_hide"><div class="account_holder"><a href="/Account/Login">Login/Register</a></div>
<div class="tools_holder"><ul class="tools">${links(['BLAST/BLAT', 'VEP', 'Tools', 'BioMart', 'Downloads', 'Help & Docs', 'Blog'])}</ul></div>
<div class="search_holder print_hide"><form action="/Multi/Search/Results"><input name="q" placeholder="Search Thalassomys ferreus…"></form></div></div>
<div class="tabs_holder print_hide"><ul class="tabs">${links(eTabs)}</ul></div></div>
<div id="main_holder"><div id="page_nav_wrapper"><div id="page_nav" class="nav js_panel"><div class="header">Gene-based displays</div>
<ul class="local_context">${links(eTree, 'leaf')}</ul>
<div class="tool_buttons">${eTools.map((t) => `<a class="modal_link" href="#">${t}</a>`).join('\n')}</div></div></div>
<div id="main"><div class="widemain"><div class="panel js_panel"><div class="summary_panel"><h1 class="summary-heading">${eTitle}</h1>
<div class="twocol">${eRows.map(([l, v]) => `<div class="row"><div class="lhs">${l}</div><div class="rhs"><p>${v}</p></div></div>`).join('\n')}
<div class="row"><div class="lhs">Annotation method</div><div class="rhs"><p>Gene annotation updated Nov 2025</p></div></div></div>
<button class="toggle">Hide transcript table</button></div>
<table class="ss autocenter" id="transcripts_table"><thead><tr><th>Transcript ID</th><th>Name</th><th>bp</th><th>Protein</th><th>Biotype</th></tr></thead>
<tbody>${eTranscripts
  .map(
    ([n, id, bp, aa, type]) => `<tr><td>${id}</td>
<td>${n}</td><td>${bp}</td><td>${aa}</td><td>${type}</td></tr>`,
  )
  .join('\n')}</tbody></table>
</div><div class="panel js_panel"><div class="nav-heading"><h2 class="summary-heading">Gene model notes</h2></div>${ps(eAbout)}
<p class="info">Information: The gene model was last reviewed by the annotation team.</p></div></div></div></div>
<div id="footer"><div class="column-wrapper"><div class="column-two"><p class="legal">Ensembl release 118 - January 2026 © EMBL-EBI</p></div>
<div class="column-two"><ul>${links(eFoot)}</ul></div></div><div class="archive-box"><p>View in archive site: Ensembl 117 | Ensembl 116</p></div></div>
<div id="cookie_banner" class="cookie-message"><p>This website requires cookies, and the limited processing of your personal data in order to function.</p>
<button class="agree-button">I agree</button></div></div></div></body></html>`;
export const ensembl: TestPage = {
  name: 'heldout366-ensembl-gene-summary',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: ['Gene model notes'],
  body: texts([...vals(eRows), ...eTranscripts.flat(), ...eAbout]),
  bylines: ['Gene annotation updated Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login/Register', 'BLAST/BLAT', 'VEP', 'BioMart', 'Downloads', 'Help & Docs', 'Blog', ...eTabs, 'Gene-based displays', ...eTree, ...eTools,
    'Hide transcript table', 'Information: The gene model was last reviewed by the annotation team.',
    'Ensembl release 118 - January 2026 © EMBL-EBI', ...eFoot, 'View in archive site: Ensembl 117 | Ensembl 116',
    'This website requires cookies, and the limited processing of your personal data in order to function.', 'I agree',
  ],
};

export const HELDOUT366_C: readonly TestPage[] = [ensembl, gbif];
