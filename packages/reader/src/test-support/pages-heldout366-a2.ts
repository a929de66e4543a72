import { links, ps, type TestPage, texts } from './page-kit.js';
import { dl, j, lis, type Row, vals } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file a2: an NCBI Gene full report (the usa.gov banner, NCBI header with the resource list, search
 * bar with the database menu, "Display Settings" / "Send to" bar, the summary definition list, the Table of contents and
 * Related information portlets on the right, "Try the new Gene table" promo, the feedback link and the NLM footer).
 */
const gTitle = 'Kvrn2 kevrin 2, ferroxidase [ Thalassomys ferreus (iron-bellied coast mouse) ]';
const gSummary: Row[] = [
  ['Official Symbol', 'Kvrn2'],
  ['Official Full Name', 'kevrin 2, ferroxidase'],
  ['Primary source', 'TFGD:TF-1180442'],
  ['Gene type', 'protein coding'],
  ['RefSeq status', 'VALIDATED'],
  ['Also known as', 'Bmco2; Kev2; kevrin-2'],
];
const gSummaryText = j(
  'Enables ferroxidase activity and copper ion binding. Acts upstream of or within cellular iron ion homeostasis and intestinal',
  'iron absorption. Located in basolateral plasma membrane. Is expressed in duodenum, jejunum and placenta. Orthologous to human',
  'KVRN2 (kevrin 2, ferroxidase).',
);
const gExpression = j(
  'Biased expression in duodenum (RPKM 84.2), jejunum (RPKM 51.7) and 4 other tissues. Expression rises threefold in',
  'duodenal samples from animals kept on an iron-poor diet for two weeks.',
);
const gContext = [
  j(
    'The gene spans about 96 kb on chromosome X and contains 20 coding exons. It lies head to head with the uncharacterized',
    'locus LOC118223904, and the two share a bidirectional promoter region that carries three conserved hypoxia response elements.',
  ),
  j(
    'Two transcript variants differ in their first exon; both encode the same protein. A third, shorter variant predicted from',
    'RNA-seq data retains intron 14 and is thought to be a target of nonsense-mediated decay.',
  ),
];
const gGeneRifs = [
  'Loss of Kvrn2 in coast mice causes iron accumulation in enterocytes and microcytic anaemia (Marlowe et al., 2021).',
  'The copper-binding histidine cluster of kevrin 2 is required for ferroxidase activity in reconstituted membranes.',
  'Kvrn2 transcription is induced by hypoxia through a bidirectional promoter shared with LOC118223904.',
  'Placental Kvrn2 expression peaks in late gestation and its loss lowers fetal liver iron stores by about a third.',
  'A splice-site variant common in island populations of coast mice shortens exon 9 and halves ferroxidase activity.',
  'Kevrin 2 and kevrin 1 can form mixed dimers in transfected cells, but only kevrin 2 reaches the basolateral membrane.',
];
const gToc = ['Summary', 'Genomic context', 'Genomic regions, transcripts, and products', 'Bibliography', 'General gene information'];
const gRelated = ['Order cDNA clone', 'BioAssay by Target (Summary)', 'Conserved Domains', 'Full text in PMC', 'Orthologs', 'Protein'];
const gResources = ['Literature', 'Health', 'Genomes', 'Genes', 'Proteins', 'Chemicals'];
const gFoot = ['Connect with NLM', 'National Library of Medicine', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Help', 'Accessibility', 'Careers'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kvrn2 kevrin 2, ferroxidase [Thalassomys ferreus] - Gene - NCBI</title>
<meta name="ncbi_app" content="entrez"><meta name="ncbi_db" content="gene"><meta name="ncbi_report" content="full_report">
<meta name="ncbi_uidlist" content="118223907"><meta name="robots" content="index,follow">
<link rel="stylesheet" href="/core/jig/1.15.10/css/jig.min.css"><script src="/core/jig/1.15.10/js/jig.min.js"></script>
<script>var ncbi_startTime = new Date();</script></head>
<body class="full_report"><div class="usa-banner"><header class="usa-banner__header"><p class="usa-banner__header-text">An official website of the
United States government</p><button class="usa-banner__button">Here's how you know</button></header></div>
<div class="ncbi-header" role="banner"><a class="ncbi-header__logo-link" href="/">NCBI</a> <span>National Library of Medicine</span>
<ul class="ncbi-header__resources">${links(gResources)}</ul><a class="ncbi-header__login" href="/account/">Log in</a></div>
<div id="search_bar"><select id="database"><option>Gene</option></select><input id="term" type="text"><button id="search">Search</button>
<a href="/gene/advanced">Advanced</a> <a href="/books/help">Help</a></div>
<div class="content"><div class="col1"><div id="maincontent"><div class="display-settings"><a href="#">Display Settings:</a> Full Report
<a href="#" class="sendto">Send to:</a></div><div class="rprt full-rprt"><div class="rprt-header">
<h1 class="title">${gTitle}</h1><span class="geneid">Gene ID: 118223907, updated on 9-Feb-2026</span></div>
<div class="rprt-section gene-summary"><div class="rprt-section-header"><h2 id="summary">Summary</h2></div><div class="rprt-section-body">
<dl id="summaryDl">${dl(gSummary)}
<dt>Summary</dt>
<dd>${gSummaryText}</dd>
<dt>Expression</dt>
<dd>${gExpression}</dd>
<dt>Orthologs</dt><dd><a href="#">All 212 orthologs</a></dd></dl></div></div>
<div class="new-table-promo"><p>Try the new Gene table</p><p>Try the new Transcript table</p></div>
<div class="rprt-section gene-genomic-context"><div class="rprt-section-header"><h2 id="genomic-context">Genomic context</h2></div>
<div class="rprt-section-body">${ps(gContext)}<div class="gene-graphics"><span class="caption">See Kvrn2 in Genome Data Viewer</span></div></div></div>
<div class="rprt-section gene-bibliography"><div class="rprt-section-header"><h2 id="bibliography">Bibliography</h2></div>
<div class="rprt-section-body"><h3>GeneRIFs: Gene References Into Functions</h3><ol class="generif-list">${lis(gGeneRifs, 'generif')}</ol>
<p class="note">Submit: <a href="#">New GeneRIF</a> <a href="#">Correction</a></p></div></div></div></div></div>
<div class="col2"><div class="portlet"><div class="portlet_head"><h3>Table of contents</h3></div><ul>${links(gToc)}</ul></div>
<div class="portlet"><div class="portlet_head"><h3>Related information</h3></div><ul>${links(gRelated)}</ul></div>
<div class="portlet"><div class="portlet_head"><h3>Recent activity</h3></div><p class="empty">Your browsing activity is empty.</p></div></div></div>
<div id="feedback-link"><a href="#">Feedback</a></div>
<footer class="ncbi-footer"><ul>${links(gFoot)}</ul><p>National Library of Medicine 8600 Rockville Pike Bethesda, MD 20894</p></footer>
<script>jQuery(function(){ncbi.sg.ping({jsevent:"render"});});</script></body></html>`;
export const ncbiGene: TestPage = {
  name: 'heldout366-ncbi-gene-record',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: ['Summary', 'Genomic context', 'Bibliography', 'GeneRIFs: Gene References Into Functions'],
  body: texts([...vals(gSummary), gSummaryText, gExpression, ...gContext, ...gGeneRifs]),
  bylines: ['Gene ID: 118223907, updated on 9-Feb-2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'NCBI', ...gResources, 'Log in', 'Search', 'Advanced',
    'Display Settings:', 'Full Report', 'Send to:', 'All 212 orthologs', 'Try the new Gene table', 'Try the new Transcript table',
    'See Kvrn2 in Genome Data Viewer', 'Submit:', 'New GeneRIF', 'Correction', 'Table of contents', 'Genomic regions, transcripts, and products',
    'General gene information', 'Related information', ...gRelated, 'Recent activity', 'Your browsing activity is empty.', 'Feedback', ...gFoot,
    'National Library of Medicine 8600 Rockville Pike Bethesda, MD 20894',
  ],
};
