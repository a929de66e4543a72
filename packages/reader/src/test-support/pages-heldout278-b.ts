import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';
import { plosPage } from './pages-heldout278-b2.js';

/**
 * Held-out batch 278, file b: a bioRxiv preprint on its Drupal / HighWire template with the Full Text tab open (header
 * menus, preprint notice, tabs, figures with download links and captions, Competing Interest Statement, references,
 * sidebar with Posted date, share and citation tools, subject areas, Altmetric and usage metrics, Disqus comments count,
 * footer) and, from file b2, a PLOS ONE article.
 */
const bxTitle = 'A conserved small RNA times biofilm dispersal in the soil bacterium Pseudomonas ferrovorans';
const bxAuthors = ['Linnea Hauksdottir', 'Emeka Obiorah', 'Sunniva Kragh', 'Davide Pellacani'];
const bxSecs: [string, string[]][] = [
  [
    'Abstract',
    [
      j(
        'Bacteria in biofilms must decide when to leave. We identify a 92-nucleotide small RNA, DspR, that accumulates as',
        'nutrients run low inside colonies of the soil bacterium <i>Pseudomonas ferrovorans</i> and triggers dispersal by',
        'repressing the translation of a matrix adhesin. Cells lacking DspR stay attached two days longer, while overexpression',
        'empties young biofilms within hours. Homologues of DspR occur in 41 of 58 related genomes we examined.',
      ),
    ],
  ],
  [
    'Introduction',
    [
      j(
        'Biofilms protect bacteria from drought, predators and antibiotics, but a colony that never disperses cannot reach new',
        'resources. Most work on dispersal has focused on second messengers such as cyclic di-GMP, whose levels fall shortly',
        'before cells detach. How this signal is tied to the nutritional state of the colony remains unclear, particularly in',
        'soil, where carbon arrives in short pulses.',
      ),
      j(
        'Small regulatory RNAs are well placed to link metabolism to behaviour because they act quickly and are cheap to make.',
        'We therefore screened the transcriptome of <i>P. ferrovorans</i> biofilms for small RNAs whose abundance changed during',
        'the transition from growth to starvation.',
      ),
    ],
  ],
  [
    'Results',
    [
      j(
        'Of 212 candidate transcripts, one intergenic RNA rose 38-fold between 24 and 60 hours of biofilm growth. Northern blots',
        'confirmed a single band of about 90 nucleotides, and rapid amplification of cDNA ends placed its start 140 bases upstream',
        'of a conserved hypothetical gene. We named it DspR, for dispersal regulator.',
      ),
      j(
        'Deleting <i>dspR</i> had no effect on planktonic growth but delayed dispersal in flow cells by 46 ± 7 hours. Complementing',
        'the gene on a plasmid restored normal timing. Conversely, inducing DspR from an arabinose promoter in 18-hour biofilms',
        'released 70 per cent of the biomass within four hours, as measured by crystal violet staining and confocal imaging.',
      ),
      j('Three lines of evidence show that DspR acts on the mRNA of the adhesin gene <i>lapF</i>:'),
    ],
  ],
  [
    'Discussion',
    [
      j(
        'Our results place a small RNA between starvation and the release of cells from a biofilm. Because DspR represses the',
        'adhesin at the level of translation, the response is fast enough to follow the brief carbon pulses that soil bacteria',
        'experience. The wide conservation of DspR suggests that this control layer is ancient within the genus.',
      ),
      j(
        'Several questions remain. We do not yet know which sensor regulates the <i>dspR</i> promoter, nor whether DspR also',
        'feeds back on cyclic di-GMP turnover. Field experiments in soil microcosms are under way.',
      ),
    ],
  ],
];
const bxList = [
  'a compensatory mutation in the predicted pairing region of the lapF leader restored repression by a mutant DspR;',
  'LapF protein, but not lapF mRNA, fell threefold after DspR induction;',
  'the RNA chaperone Hfq was required for both effects.',
];
const bxCaps = [
  'Figure 1. DspR accumulates as biofilms age.',
  '(A) Northern blot of total RNA from biofilms at the times shown. (B) Quantification from three biological replicates.',
  'Figure 2. DspR represses lapF translation.',
];
const bxFurn = [
  'Skip to main content',
  'New Results',
  'Comment on this paper',
  'Home',
  'Submit',
  'ALERTS / RSS',
  'Advanced Search',
  'doi: https://doi.org/10.1101/2026.02.14.612877',
  'This article is a preprint and has not been certified by peer review',
  '[what does this mean?]',
  'Full Text',
  'Info/History',
  'Metrics',
  'Preview PDF',
  'Download figure',
  'Open in new tab',
  ...bxCaps,
  'Competing Interest Statement',
  'The authors have declared no competing interest.',
  'Acknowledgements',
  'We thank the imaging facility of the Ostvik Institute for help with confocal microscopy.',
  'References',
  'Chaudhry R, Lindqvist M. Cyclic di-GMP and the timing of biofilm exit. Mol Microbiol Invent. 2021;88:410–424.',
  'Back to top',
  'Previous',
  'Next',
  'Download PDF',
  'Print/Save Options',
  'Supplementary Material',
  'Email',
  'Share',
  'Citation Tools',
  'Subject Area',
  'Microbiology',
  'Subject Areas',
  'All Articles',
  'Animal Behavior and Cognition',
  'Biochemistry',
  'Bioengineering',
  'Bioinformatics',
  'Article usage',
  'Altmetric',
  'Comments',
  '2 Comments',
  'Disqus',
  'bioRxiv and medRxiv thank the following for their generous financial support:',
  'Copyright',
  'Privacy Policy',
  'Terms of Use',
];
const bxHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${bxTitle} | bioRxiv</title>
<meta name="type" content="article" /><meta name="category" content="new results" /><meta name="DC.Title" content="${bxTitle}" />
<meta name="citation_title" content="${bxTitle}" /><meta name="citation_author" content="Linnea Hauksdottir" />
<meta name="citation_publisher" content="Cold Spring Harbor Laboratory" /><meta name="citation_publication_date" content="2026/02/16" />
<meta name="citation_doi" content="10.1101/2026.02.14.612877" /><link rel="canonical" href="https://www.biorxiv.org/content/10.1101/2026.02.14.612877v1" />
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","highwire":{"markup":[{"requested":"full-text",
"variant":"full-text"}],"ajaxTabs":{"panelsAjaxTabs":true}}});</script></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-3109877 node-type-highwire-article context-content
hw-default-jcode-biorxiv hw-article-type-new-results"><div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main
content</a></div><div id="page" class="page"><div id="zone-branding-wrapper" class="zone-wrapper zone-branding-wrapper clearfix">
<div class="region region-branding"><a href="/" class="site-logo"><img src="/sites/default/files/biorxiv_logo_homepage.png" alt="bioRxiv" /></a>
<div class="pane-biorxiv-art-tools"><ul class="menu">${links(['Home', 'About', 'Submit', 'ALERTS / RSS'], 'leaf')}</ul></div>
<form class="highwire-quicksearch" action="/search" method="post"><input type="text" title="Search" name="txtsimple" class="form-text" />
<input type="submit" value="Search" class="form-submit" /><a href="/search" class="advanced-search-link">Advanced Search</a></form></div></div>
<div id="zone-content" class="zone zone-content clearfix container-30"><div class="grid-20 region region-content" id="region-content"><a id="main-content"></a>
<div class="panel-display panel-2col-stacked clearfix"><div class="panel-panel panel-col-top"><div class="panel-pane pane-highwire-article-citation">
<div class="highwire-article-citation highwire-citation-type-highwire-article"><div class="highwire-cite highwire-citation-biorxiv-article-top clearfix">
<span class="biorxiv-article-type">New Results</span><h1 class="highwire-cite-title" id="page-title">${bxTitle}</h1>
<div class="highwire-cite-authors"><span class="highwire-citation-authors">${bxAuthors
  .map((a, i) => {
    const [g, s] = a.split(' ');
    return `<span class="highwire-citation-author${i === 0 ? ' first' : ''}" data-delta="${i}"><span class="nlm-given-names">${g}</span>
<span class="nlm-surname">${s}</span></span>`;
  })
  .join(', ')}</span></div><div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi highwire-cite-metadata"><span
class="label">doi:</span> https://doi.org/10.1101/2026.02.14.612877 </span></div></div></div></div>
<div class="panel-pane pane-custom pane-1"><div class="pane-content">This article is a preprint and has not been certified by peer review
<a href="/about/FAQ#unrefereed">[what does this mean?]</a>.</div></div>
<div class="panel-pane pane-biorxiv-comment-link"><a href="#disqus_thread">Comment on this paper</a></div></div>
<div class="panel-panel panel-col-bottom"><ul class="tabs inline panels-ajax-tab">
${links(['Abstract', 'Full Text', 'Info/History', 'Metrics', 'Preview PDF'], 'panels-ajax-tab-tab')}</ul>
<div class="panels-ajax-tab-container"><div class="highwire-markup"><div class="article fulltext-view ">
${bxSecs
  .map(
    ([h, p], i) => `<div class="section${i === 0 ? ' abstract' : ''}" id="${i === 0 ? 'abstract-1' : `sec-${i}`}"><h2 class="">${h}</h2>
${ps(p)}${
  i === 2
    ? `\n<ol class="list-ord" id="list-1">${bxList.map((l, k) => `<li id="list-item-${k + 1}"><p id="p-${20 + k}">${l}</p></li>`).join('\n')}</ol>
<div id="F1" class="fig pos-float type-figure odd"><div class="highwire-figure"><div class="fig-inline-img-wrapper"><div class="fig-inline-img">
<a href="https://www.biorxiv.org/content/biorxiv/early/2026/02/16/F1.large.jpg" class="highwire-full-popup-link"><img alt="Figure 1." src="F1.medium.gif"
/></a></div></div><ul class="highwire-figure-links inline"><li class="download-fig first"><a href="#" class="highwire-figure-link-download">Download
figure</a></li>
<li class="new-tab last"><a href="#" class="highwire-figure-link-newtab" target="_blank">Open in new tab</a></li></ul></div>
<div class="fig-caption"><span class="fig-label">${bxCaps[0]}</span> <p id="p-9" class="first-child">${bxCaps[1]}</p></div></div>
<div id="F2" class="fig pos-float type-figure even"><div class="fig-caption"><span class="fig-label">${bxCaps[2]}</span></div></div>`
    : ''
}</div>`,
  )
  .join('\n')}
<div class="section competing-interest" id="sec-9"><h2>Competing Interest Statement</h2><p id="p-40">The authors have declared no competing
interest.</p></div><div class="section ack" id="ack-1"><h2>Acknowledgements</h2><p id="p-41">We thank the imaging facility of the Ostvik Institute for
help with confocal microscopy.</p></div><div class="section ref-list" id="ref-list-1"><h2>References</h2><ol class="cit-list ref-use-labels">
<li><span class="ref-label">1.</span><a class="rev-xref-ref" href="#xref-ref-1-1" title="View reference 1. in text" id="ref-1">↵</a><div class="cit ref-cit
ref-journal">Chaudhry R, Lindqvist M. Cyclic di-GMP and the timing of biofilm exit. Mol Microbiol Invent. 2021;88:410–424.</div></li></ol></div>
</div></div><a href="#page" class="back-to-top">Back to top</a><ul class="pager"><li class="pager-previous"><a href="#">Previous</a></li>
<li class="pager-next"><a href="#">Next</a></li></ul></div></div></div></div>
<aside class="grid-10 region region-sidebar-second" id="region-sidebar-second"><div class="panel-pane pane-biorxiv-art-tools"><div class="pane-content">
<div class="highwire-article-citation">Posted February 16, 2026.</div><ul class="highwire-article-tools">
${links(['Download PDF', 'Print/Save Options', 'Supplementary Material', 'Email', 'Share', 'Citation Tools'], 'leaf')}</ul></div></div>
<div class="panel-pane pane-highwire-article-collections"><h2 class="pane-title">Subject Area</h2><ul class="highwire-article-collections">
<li class="first last"><a href="/collection/microbiology">Microbiology</a></li></ul></div>
<div class="panel-pane pane-biorxiv-subject-collections"><h2 class="pane-title">Subject Areas</h2><ul class="collection">
${links(['All Articles', 'Animal Behavior and Cognition', 'Biochemistry', 'Bioengineering', 'Bioinformatics'])}</ul></div>
<div class="panel-pane pane-highwire-article-metrics"><h2 class="pane-title">Article usage</h2><table class="highwire-stats"><tr><th>Abstract</th>
<td>1,214</td></tr><tr><th>Full Text</th><td>488</td></tr><tr><th>PDF</th><td>302</td></tr></table>
<div class="altmetric-embed" data-badge-type="donut" data-doi="10.1101/2026.02.14.612877"><span>Altmetric</span></div></div></aside></div>
<div id="disqus-wrapper"><h2 class="pane-title">Comments</h2><a href="#disqus_thread" class="disqus-comment-count">2 Comments</a>
<div id="disqus_thread"></div><script>var disqus_shortname = 'biorxivstage';</script><a href="https://disqus.com" class="dsq-brlink">Disqus</a></div>
<footer id="section-footer"><div class="region region-footer"><p>bioRxiv and medRxiv thank the following for their generous financial support:</p>
<ul class="menu">${links(['Copyright', 'Privacy Policy', 'Terms of Use'])}</ul></div></footer></div></body></html>`;

export const HELDOUT278_B: readonly TestPage[] = [
  {
    name: 'heldout278-biorxiv-docs',
    kind: 'docs',
    html: bxHtml,
    title: bxTitle,
    headings: bxSecs.map(([h]) => h),
    body: [...texts(bxSecs.flatMap(([, p]) => p)).slice(0, 6), ...texts(bxList), ...texts(bxSecs.flatMap(([, p]) => p)).slice(6)],
    bylines: [...bxAuthors, 'Posted February 16, 2026.'],
    furniture: bxFurn,
  },
  plosPage,
];
