import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout306-kit.js';

/** Held-out batch 306, file f2: a bioRxiv-style preprint abstract page (HighWire Drupal) with its Disqus comments. */
const xTitle = 'Perchlorate-tolerant halophiles retain metabolic activity in simulated Martian regolith brines at 253 K';
const xAbs = [
  j(
    'Transient brines on the surface of Mars may be the most accessible liquid water on the planet, but their low',
    'temperatures, high salt content and abundant perchlorate are thought to make them hostile to life. Here we tested',
    'whether three strains of halophilic archaea isolated from the Salar de Quenaya, a high-altitude salt flat, remain',
    'metabolically active in brines designed to match those predicted for the mid-latitudes of Mars.',
  ),
  j(
    'Cells were suspended in magnesium and calcium perchlorate brines at water activities between 0.62 and 0.78 and',
    'held at 253 K for up to 60 days. Activity was measured by the uptake of deuterium from heavy water into cell',
    'lipids, detected with nanoscale secondary ion mass spectrometry. All three strains incorporated deuterium at',
    'water activities down to 0.68, and one strain, Halorubrum sp. QN-14, remained active at 0.65, below the limit',
    'generally assumed for life.',
  ),
  j(
    'Activity fell by two orders of magnitude between 273 K and 253 K but did not stop. Transcriptomic analysis showed',
    'strong expression of genes for compatible solutes and for a putative perchlorate reductase. Our results suggest',
    'that the habitability limits used in planetary protection guidelines for Mars may be too conservative, and we',
    'discuss the implications for the designation of Special Regions.',
  ),
];
const xCis = 'The authors have declared no competing interest.';
const xMenu = ['Home', 'Submit a Manuscript', 'About', 'Subject Collections', 'Alerts/RSS', 'Advanced Search'];
const xSubj = ['Microbiology', 'Animal Behavior and Cognition', 'Biochemistry', 'Bioengineering', 'Bioinformatics', 'Ecology', 'Evolutionary Biology'];
const xHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${xTitle} | xenoRxiv</title>
<meta name="citation_title" content="${xTitle}"><meta name="citation_author" content="Ileana Ruiz-Tamayo">
<meta name="citation_author" content="Dorian Achterberg">
<meta name="citation_publication_date" content="2026/03/02"><meta name="citation_doi" content="10.1101/2026.02.27.640113">
<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","highwire":{"markup":[{"requested":"long","variant":"full-text"}]}});</script>
<link rel="stylesheet" href="/sites/all/themes/xenorxiv/css/highwire.css"></head>
<body class="html not-front page-node page-node-2201344 node-type-highwire-article"><div id="skip-link"><a href="#main-content">Skip to main content</a></div>
<div id="page" class="page"><header id="section-header" class="section section-header"><div id="zone-branding"><a href="/" class="logo">xenoRxiv</a>
<span class="tagline">THE PREPRINT SERVER FOR EXTREME BIOLOGY</span></div><nav id="zone-menu"><ul class="menu">${links(xMenu, 'leaf')}</ul></nav></header>
<div id="section-content"><div class="region region-content"><div class="pane-highwire-preprint-warning"><p>This article is a preprint and has not been
certified by peer review <a href="/about/FAQ">[what does this mean?]</a>.</p></div>
<div class="panel-pane pane-highwire-article-citation"><div class="highwire-article-citation"><div class="highwire-cite highwire-citation-biorxiv-article-top">
<div class="highwire-cite-title-wrapper"><h1 class="highwire-cite-title" id="page-title">${xTitle}</h1></div>
<div class="highwire-cite-authors"><span class="highwire-citation-authors"><span class="highwire-citation-author first">Ileana Ruiz-Tamayo</span>,
<span class="highwire-citation-author">Dorian Achterberg</span>, <span class="highwire-citation-author">Mei-Lin Hartigan</span></span></div>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi">doi: https://doi.org/10.1101/2026.02.27.640113</span></div></div></div></div>
<div class="pane-custom pane-1"><div class="pane-content">Posted March 02, 2026.</div></div>
<div class="pane-highwire-variants"><ul class="tabs">${links(['Abstract', 'Full Text', 'Info/History', 'Metrics', 'Preview PDF'], 'tab')}</ul></div>
<div class="panel-pane pane-highwire-markup"><div class="highwire-markup"><div class="article abstract-view"><div class="section abstract" id="abstract-1">
<h2 class="">Abstract</h2>${xAbs.map((p, i) => `<p id="p-${i + 2}">${p}</p>`).join('\n')}</div>
<div class="section" id="sec-cis"><h3>Competing Interest Statement</h3><p id="p-6">${xCis}</p></div></div></div></div>
<div class="pane-disqus"><h2 class="pane-title">Comments</h2><div id="disqus_thread"><div class="disqus-header"><span class="comment-count">2 Comments</span>
<span>Login</span><span>Recommend</span><span>Sort by Best</span></div><ul id="post-list" class="post-list">
<li class="post"><div class="post-byline"><span class="author">Tomasz Wielgosz</span> <a class="time-ago">• 5 days ago</a></div>
<div class="post-message"><p>Nice work. Did you control for deuterium exchange in dead cells? Heat-killed controls would help show the uptake is
metabolic rather than abiotic.</p></div><div class="post-menu"><a>Reply</a></div></li>
<li class="post"><div class="post-byline"><span class="author">Ileana Ruiz-Tamayo</span> <a class="time-ago">• 4 days ago</a></div>
<div class="post-message"><p>Thanks, yes: autoclaved controls showed no enrichment above background. We will make that clearer in the revision.</p></div>
<div class="post-menu"><a>Reply</a></div></li></ul></div></div></div>
<aside class="region region-sidebar-second"><div class="pane-highwire-article-crossmark"><a class="download-pdf" href="#">Download PDF</a></div>
<div class="pane-subject"><h2 class="pane-title">Subject Area</h2><ul>${links(['Microbiology'])}</ul></div>
<div class="pane-collections"><h2 class="pane-title">Subject Areas</h2><ul>${links(xSubj.slice(1))}</ul></div>
<div class="pane-tweet"><span>Tweet</span><span>Share</span><span>Email this Article</span></div></aside></div>
<footer id="section-footer"><p>xenoRxiv is operated by the Calder Laboratory, a not-for-profit research and educational institution.</p>
<ul>${links(['Contact', 'Privacy Policy', 'Terms of Use'])}</ul></footer></div></body></html>`;
export const xeno: TestPage = {
  name: 'heldout306-highwire-preprint-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['Abstract', 'Competing Interest Statement'],
  body: texts([...xAbs, xCis]),
  bylines: ['Ileana Ruiz-Tamayo', 'Dorian Achterberg', 'Mei-Lin Hartigan', 'Posted March 02, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'xenoRxiv', 'THE PREPRINT SERVER FOR EXTREME BIOLOGY', ...xMenu,
    'This article is a preprint and has not been certified by peer review [what does this mean?].', 'doi: https://doi.org/10.1101/2026.02.27.640113',
    'Full Text', 'Info/History', 'Metrics', 'Preview PDF', 'Comments', '2 Comments', 'Login', 'Recommend', 'Sort by Best', 'Tomasz Wielgosz',
    '• 5 days ago',
    'Nice work. Did you control for deuterium exchange in dead cells? Heat-killed controls would help show the uptake is metabolic rather than abiotic.',
    'Reply', '• 4 days ago', 'Thanks, yes: autoclaved controls showed no enrichment above background. We will make that clearer in the revision.',
    'Download PDF', 'Subject Area', ...xSubj, 'Subject Areas', 'Tweet', 'Share', 'Email this Article',
    'xenoRxiv is operated by the Calder Laboratory, a not-for-profit research and educational institution.', 'Contact', 'Privacy Policy', 'Terms of Use',
  ],
};
