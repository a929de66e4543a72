import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file a2: an academic CV page on Hugo with the Wowchemy (Academic) theme: the fixed Bootstrap navbar
 * with the search and theme toggles, the universal-wrapper h1, an article-style body with positions, grants table, teaching
 * and service lists, the "Last updated on" line, the share buttons, the page footer with the licence and "Published with
 * Wowchemy" line, and the search modal's texts.
 */
const title = 'Curriculum Vitae';
const h = ['Positions', 'Education', 'Grants and awards', 'Teaching', 'Service', 'Selected talks'];
const lead = [
  j(
    'Dr. Nirav Castellane is an associate professor of hydrology in the School of Earth Sciences at Westmere University, where',
    'he leads a research group on river basin storage. His research asks how long river basins remember droughts, and what that means for',
    'the way water agencies plan reservoir releases.',
  ),
  'A PDF version of this CV is updated every term; the page below is the short form.',
];
const positions = [
  '2022 – present: Associate Professor, School of Earth Sciences, Westmere University',
  '2017 – 2022: Assistant Professor, Department of Civil Engineering, Harlow Polytechnic',
  '2015 – 2017: Postdoctoral Fellow, Institute for Water Futures, Saint-Aubrac',
];
const education = [
  'PhD in Hydrology, University of Lindqvist, 2015. Thesis: “Slow storage: groundwater memory in chalk catchments”.',
  'MSc in Environmental Engineering, Harlow Polytechnic, 2011',
  'BEng in Civil Engineering, Harlow Polytechnic, 2010',
];
const grantsIntro = [
  j(
    'Since 2017 the lab has been funded by national research councils and two regional water agencies. The table lists the',
    'grants on which I am principal investigator.',
  ),
];
const grantRows: [string, string, string][] = [
  ['2024 – 2028', 'Drought memory in managed catchments', '€1.2 million'],
  ['2021 – 2024', 'Reservoir rules under long droughts', '€480,000'],
  ['2018 – 2020', 'Early-career award for chalk aquifer monitoring', '€150,000'],
];
const grantCells = grantRows.flat();
const teaching = [
  'ESC 214 Introduction to Hydrology (undergraduate, 140 students, every autumn)',
  'ESC 518 Statistical Methods for Environmental Data (graduate, every spring)',
  'Field course on river gauging in the Aubrac uplands (every second summer)',
];
const service = [
  'Associate editor, Journal of Catchment Processes, since 2021',
  'Member of the national drought advisory panel, 2023 – 2025',
  'Graduate admissions committee, School of Earth Sciences',
];
const talks = [
  j(
    '“How long does a drought last underground?” Keynote at the Regional Water Forum, Saint-Aubrac, November 2025. The talk',
    'argued that agencies should plan with a two-year memory in chalk basins rather than the usual single season.',
  ),
  '“Reservoir rules that remember”, invited seminar, University of Lindqvist, March 2024.',
];
const nav = ['Home', 'Publications', 'Projects', 'Teaching', 'Lab', 'CV'];
const share = ['Twitter', 'Facebook', 'LinkedIn', 'Email'];
const html = `<!DOCTYPE html><html lang="en-us"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wowchemy 5.7.0 for Hugo"><meta name="author" content="Nirav Castellane">
<meta name="description" content="Curriculum vitae of Nirav Castellane, hydrologist at Westmere University.">
<link rel="alternate" hreflang="en-us" href="https://castellane-lab.example/cv/"><meta name="theme-color" content="#1565c0">
<link rel="stylesheet" href="/css/vendor-bundle.min.16f785cdb553c8c4431db6775122af35.css" media="print" onload="this.media='all'">
<link rel="stylesheet" href="/css/wowchemy.6a1f3b8e2c.css"><link rel="canonical" href="https://castellane-lab.example/cv/">
<meta property="twitter:card" content="summary"><meta property="og:site_name" content="Catchment Memory Lab">
<meta property="og:title" content="Curriculum Vitae |
Catchment Memory Lab"><meta property="og:type" content="website"><meta property="og:updated_time" content="2026-01-20T00:00:00+00:00">
<title>Curriculum Vitae | Catchment Memory Lab</title>
<script src="/js/mathjax-config.js"></script></head>
<body id="top" data-spy="scroll" data-offset="70" data-target="#TableOfContents" class="page-wrapper" data-wc-page-id="0c2a7f41">
<script src="/js/wowchemy-init.min.ec9d49ca50e4b80bdb08f0417a28ed84.js"></script>
<aside class="search-modal" id="search"><div class="container"><section class="search-header"><div class="row no-gutters justify-content-between mb-3">
<div class="col-6"><h1>Search</h1></div><div class="col-6 col-search-close"><a class="js-search" href="#" aria-label="Close"><i class="fas fa-times-circle
text-muted" aria-hidden="true"></i></a></div></div><div id="search-box"><input name="q" id="search-query" placeholder="Search..." autocapitalize="off"
autocomplete="off" autocorrect="off" spellcheck="false" type="search" class="form-control" aria-label="Search..."></div></section>
<section class="section-search-results"><div id="search-hits"></div></section></div></aside>
<div class="page-header header--fixed"><header><nav class="navbar navbar-expand-lg navbar-light compensate-for-scrollbar" id="navbar-main">
<div class="container-xl"><div class="d-none d-lg-inline-flex"><a class="navbar-brand" href="/">Catchment Memory Lab</a></div>
<button type="button" class="navbar-toggler" data-toggle="collapse" data-target="#navbar-content" aria-controls="navbar-content" aria-expanded="false"
aria-label="Toggle navigation"><span><i class="fas fa-bars"></i></span></button>
<div class="navbar-collapse main-menu-item collapse justify-content-start" id="navbar-content"><ul class="navbar-nav d-md-inline-flex">
${links(nav, 'nav-item')}</ul></div>
<ul class="nav-icons navbar-nav flex-row ml-auto d-flex pl-md-2"><li class="nav-item"><a class="nav-link js-search" href="#" aria-label="Search"><i
class="fas fa-search" aria-hidden="true"></i></a></li>
<li class="nav-item dropdown theme-dropdown"><a href="#" class="nav-link" data-toggle="dropdown" aria-haspopup="true" aria-label="Display preferences"><i
class="fas fa-moon" aria-hidden="true"></i></a><div class="dropdown-menu"><a href="#" class="dropdown-item js-set-theme-light"><span>Light</span></a>
<a href="#" class="dropdown-item js-set-theme-dark"><span>Dark</span></a><a href="#" class="dropdown-item js-set-theme-auto"><span>Automatic</span></a>
</div></li></ul></div></nav></header></div>
<div class="page-body"><div class="universal-wrapper pt-3"><h1>${title}</h1></div>
<div class="universal-wrapper"><div class="article-style">
${ps(lead)}
<h2 id="positions">${h[0]}</h2>
<ul>
${lis(positions)}
</ul>
<h2 id="education">${h[1]}</h2>
<ul>
${lis(education)}
</ul>
<h2 id="grants-and-awards">${h[2]}</h2>
${ps(grantsIntro)}
<table><thead><tr><th>Years</th><th>Project</th><th>Amount</th></tr></thead><tbody>
${grantRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2 id="teaching">${h[3]}</h2>
<ul>
${lis(teaching)}
</ul>
<h2 id="service">${h[4]}</h2>
<ul>
${lis(service)}
</ul>
<h2 id="selected-talks">${h[5]}</h2>
<ol>
${lis(talks)}
</ol>
</div>
<div class="article-widget"><p class="article-metadata"><span class="article-date">Last updated on Jan 20, 2026</span></p></div>
<div class="share-box"><ul class="share">${share
  .map((s) => `<li><a href="#" class="share-btn-${s.toLowerCase()}" aria-label="${s}"><i class="fab fa-${s.toLowerCase()}"></i> ${s}</a></li>`)
  .join('')}</ul></div>
</div>
<div class="page-footer"><div class="container"><footer class="site-footer">
<p class="powered-by copyright-license-text">
© 2026 Nirav Castellane. This work is licensed under <a href="https://creativecommons.example/licenses/by-nc-nd/4.0">CC
BY NC ND 4.0</a></p>
<p class="powered-by footer-license-icons"><a href="https://creativecommons.example/licenses/by-nc-nd/4.0" rel="noopener noreferrer" target="_blank"
aria-label="Creative Commons"><i class="fab fa-creative-commons fa-2x" aria-hidden="true"></i></a></p>
<p class="powered-by">Published with <a href="https://wowchemy.example/?utm_campaign=poweredby" target="_blank" rel="noopener">Wowchemy</a> — the free,
<a href="https://github.com/wowchemy/wowchemy-hugo-themes" target="_blank" rel="noopener">open source</a> website builder that empowers creators.</p>
</footer></div></div></div>
<script src="/js/vendor-bundle.min.b73dfaac3b6499dc997741748a7c3fe2.js"></script>
<script>const search_config = {"indexURI":"/index.json","minLength":1,"threshold":0.3};const i18n = {"no_results":"No results found","placeholder":"Search...",
"results":"results found"};</script>
<script src="/en/js/wowchemy.min.2f6a8e1c.js"></script></body></html>`;
export const wowchemy: TestPage = {
  name: 'heldout449-wowchemy-docs',
  kind: 'docs',
  html,
  title,
  headings: h,
  body: texts([...lead, ...positions, ...education, ...grantsIntro, ...grantCells, ...teaching, ...service, ...talks]),
  bylines: ['Last updated on Jan 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Catchment Memory Lab', 'Home', 'Publications', 'Projects', 'Lab', 'Light', 'Dark', 'Automatic', ...share,
    '© 2026 Nirav Castellane. This work is licensed under CC BY NC ND 4.0',
    'Published with Wowchemy — the free, open source website builder that empowers creators.',
  ],
};
