import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Row } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file e2: a ClinVar variation page on the NCBI design system (usa-banner, the NCBI header, the
 * ClinVar search bar, the page-level "Jump to section" nav, the "Variant Details" and "Germline" summary boxes, the
 * conditions table, the submission cards with their comments, the "Help" and "Feedback" links and the NLM footer).
 */
const vTitle = 'NM_001388214.1(KVRN2):c.1532G>A (p.Arg511His)';
const vSummary: Row[] = [
  ['Germline classification', 'Likely pathogenic (2 submissions)'],
  ['Review status', 'criteria provided, multiple submitters, no conflicts'],
  ['Variation ID', '2291874'],
  ['Variant type', 'single nucleotide variant'],
  ['Protein change', 'R511H'],
];
const vInterp = [
  j(
    'The KVRN2 c.1532G>A variant changes an arginine to a histidine in the third cupredoxin-like domain, at a residue that lines',
    'the channel between the copper centre and the iron hand-off pocket. It is absent from population databases and has been',
    'reported in two unrelated families with iron-refractory microcytic anaemia.',
  ),
  j(
    'In the first family the variant was found in trans with a frameshift allele in an affected child; in the second it was',
    'homozygous in two affected siblings born to parents from the same island community. Heterozygous parents had normal',
    'haemoglobin but low serum iron in one of four measurements.',
  ),
  j(
    'Functional studies in reconstituted vesicles showed normal oxidation of ferrous iron but a fourfold slower release to',
    'transferrin, consistent with the structural model. Based on this evidence the variant is classified as likely pathogenic.',
  ),
];
const vSub2 = [
  j(
    'This variant was identified by exome sequencing in a 3-year-old with anaemia not corrected by oral iron. Segregation with',
    'disease was observed in the family. Classified according to ACMG criteria PM2, PM3, PP1 and PS3 (moderate).',
  ),
];
const vCondition = ['Iron-refractory microcytic anaemia, type 3', 'Likely pathogenic', '2'] as const;
const vJump = ['Variant details', 'Conditions - Germline', 'Submissions - Germline', 'Evidence details', 'Citations for germline classification'];
const vFoot = ['Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Help', 'Accessibility', 'Careers'];
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>VCV002291874.3 - ClinVar - NCBI</title>
<meta name="ncbi_app" content="clinvar"><meta name="ncbi_pdid" content="variation"><meta name="description" content="${vTitle} AND Iron-refractory anaemia">
<link rel="stylesheet" href="/core/ncbi-dst/css/ncbi-dst.min.css"><script>var vcvData = {"id":2291874,"version":3};</script></head>
<body><section class="usa-banner" aria-label="Official government website"><div class="usa-accordion"><header class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p></header></div></section>
<header class="ncbi-header"><a href="/" class="ncbi-header__logo">NCBI</a><a href="/account" class="ncbi-header__login">Log in</a></header>
<div class="search-bar"><span class="db-name">ClinVar</span><input type="search" aria-label="Search ClinVar"><button>Search</button>
<a href="/clinvar/advanced">Advanced</a></div>
<main class="grid-container" id="maincontent"><div class="page-header"><p class="accession">Variation ID: VCV002291874.3</p>
<h1 class="page-title">${vTitle}</h1><div class="dates"><span>Latest submission date: Dec 2, 2025</span> <span>Last evaluated: Nov 14, 2025</span>
<span>Last updated: Jan 18, 2026</span></div></div>
<nav class="jump-to"><span class="jump-label">Jump to section</span><ul>${links(vJump)}</ul></nav>
<section id="id_first" class="usa-card"><h2 class="section-title">Variant Details</h2><table class="summary-box">
${vSummary.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('\n')}</table></section>
<section id="id_second" class="usa-card"><h2 class="section-title">Interpretation</h2>${ps(vInterp)}</section>
<section id="id_conditions" class="usa-card"><h2 class="section-title">Conditions - Germline</h2><table class="usa-table">
<thead><tr><th>Condition</th><th>Classification (# of submissions)</th><th>Submissions</th></tr></thead>
<tbody><tr>${vCondition.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table></section>
<section id="id_submissions" class="usa-card"><h2 class="section-title">Submissions - Germline</h2>
<div class="submission"><p class="submitter">Calder Genomics Laboratory, Port Anselm General Hospital</p><p class="sub-date">Accession: SCV005118402.1 ·
Submitted: Dec 2, 2025</p><div class="comment">${ps(vSub2)}</div></div>
<div class="submission"><p class="submitter">Northmere Rare Anaemia Service</p><p class="sub-date">Accession: SCV004990117.2 · Submitted: Mar 9, 2025</p>
<div class="comment"><p class="no-comment">No comment provided by submitter.</p></div></div></section>
<aside class="help-box"><p>Want to submit to ClinVar? See the submission guidelines.</p><a href="/clinvar/docs/help">Help</a>
<a href="#" class="feedback">Feedback</a></aside></main>
<footer class="ncbi-footer"><ul>${links(vFoot)}</ul><p>National Library of Medicine 8600 Rockville Pike Bethesda, MD 20894</p></footer>
<script src="/core/ncbi-dst/js/ncbi-dst.min.js"></script></body></html>`;
export const clinvar: TestPage = {
  name: 'heldout366-clinvar-variation',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: ['Variant Details', 'Interpretation', 'Conditions - Germline', 'Submissions - Germline'],
  body: texts([...vSummary.map(([, v]) => v), ...vInterp, 'Iron-refractory microcytic anaemia, type 3', ...vSub2]),
  bylines: [
    'Latest submission date: Dec 2, 2025',
    'Last evaluated: Nov 14, 2025',
    'Last updated: Jan 18, 2026',
    'Calder Genomics Laboratory, Port Anselm General Hospital',
    'Submitted: Dec 2, 2025',
    'Northmere Rare Anaemia Service',
    'Submitted: Mar 9, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'NCBI', 'Log in', 'ClinVar', 'Search', 'Advanced', 'Variation ID: VCV002291874.3',
    'Jump to section', 'Variant details', 'Evidence details', 'Citations for germline classification', 'Accession: SCV005118402.1', 'Accession: SCV004990117.2',
    'No comment provided by submitter.', 'Want to submit to ClinVar? See the submission guidelines.', 'Help', 'Feedback', ...vFoot,
    'National Library of Medicine 8600 Rockville Pike Bethesda, MD 20894',
  ],
};
