import { links, ps, type TestPage, texts } from './page-kit.js';
import { dspace } from './pages-heldout320-b2.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file b: a soil ecologist's personal homepage on Hugo with the Wowchemy (Academic) theme, a page of
 * widgets (navbar, the About widget with portrait card, biography, interests and education, a Teaching section, the
 * "Recent Publications" list widget, a Contact widget, the "Published with Wowchemy" footer) and, from file b2, a thesis
 * record on DSpace 7.
 */
const wTitle = 'Biography';
const wBio = [
  j(
    'Dr. Odhiambo has taught soil ecology at Lindqvist University since 2016, where she leads the Rhizosphere Lab.',
    'Her research asks how communities of fungi and bacteria around plant roots respond to drought, and whether farmers can',
    'manage those communities to keep soils productive in drier summers.',
  ),
  j(
    'She grew up on a tea farm in the highlands, which she credits for her interest in what happens below ground after a dry',
    'spell. Before joining Lindqvist she was a postdoctoral fellow at the Orrin Institute, where she built a long-term rainfall',
    'exclusion experiment that is still running. She teaches soil biology to undergraduates and co-directs the graduate program in',
    'agroecology.',
  ),
  j(
    "Her current projects include a ten-year study of cover crops on smallholder farms, run with a farmers' cooperative, and a",
    'collaboration with plant breeders on root traits that attract drought-tolerant fungi. She also sits on the regional soil',
    'health advisory board and writes a monthly column on soil life for a farming newspaper.',
  ),
  j(
    'Prospective students: I take one or two new PhD students each year. Please read the notes for applicants before writing,',
    'and include a short paragraph on a question you would like to work on.',
  ),
];
const wInterests = ['Soil microbial ecology', 'Drought and plant-microbe interactions', 'Mycorrhizal networks', 'Regenerative agriculture'];
const wEdu = [
  'PhD in Soil Science, 2012',
  'University of Hallam',
  'MSc in Environmental Microbiology, 2007',
  'Kestrel Bay University',
  'BSc in Agriculture, 2005',
  'Kestrel Bay University',
];
const wTeach = [
  j(
    'In the autumn term I teach SOIL 210, Life in Soil, an introduction to the organisms that make up a soil food web, with weekly',
    'field sampling on the university farm. In spring I run a graduate seminar, Roots and Their Partners, which reads one recent',
    'paper each week and ends with a student-led mini review.',
  ),
  j(
    'Course materials for SOIL 210 are open to anyone and are updated every year; the lab protocols in particular have been',
    'borrowed by several secondary schools in the region, which I am always glad to hear about.',
  ),
];
const wNav = ['Home', 'Publications', 'Projects', 'Teaching', 'Group', 'Join', 'Contact'];
const wPubs = [
  'Hyphal bridges keep seedlings alive through a three-week drought',
  'Rainfall exclusion shifts root-associated fungi within a single season',
  'A field guide to measuring microbial respiration in dry soils',
];
const wHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wowchemy 5.7.0 for Hugo">
<meta name="author" content="Maren Odhiambo"><meta name="description" content="Associate Professor of Soil Ecology">
<link rel="alternate" hreflang="en-us" href="https://marenodhiambo.example.net/"><meta name="theme-color" content="#1565c0">
<link rel="stylesheet" href="/css/wowchemy.8a4f2b0e1c.css"><link rel="canonical" href="https://marenodhiambo.example.net/">
<meta property="og:site_name" content="Maren Odhiambo"><meta property="og:title" content="Maren Odhiambo">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","potentialAction":{"@type":"SearchAction",
"target":"https://marenodhiambo.example.net/?q={search_term_string}","query-input":"required name=search_term_string"},
"url":"https://marenodhiambo.example.net/"}</script>
<title>Maren Odhiambo</title></head>
<body id="top" data-spy="scroll" data-offset="70" data-target="#navbar-main" class="page-wrapper" data-wc-page-id="0e1a9">
<script src="/js/wowchemy-init.min.2ec5e6.js"></script><aside class="search-modal" id="search"><div class="container"><section class="search-header">
<div class="row no-gutters justify-content-between mb-3"><div class="col-6"><h1>Search</h1></div></div>
<div id="search-box"><input name="q" id="search-query" placeholder="Search..." type="search" class="form-control" aria-label="Search..."></div>
</section></div></aside>
<div class="page-header header--fixed"><header><nav class="navbar navbar-expand-lg navbar-light compensate-for-scrollbar" id="navbar-main">
<div class="container-xl"><div class="d-none d-lg-inline-flex"><a class="navbar-brand" href="/">Maren Odhiambo</a></div>
<div class="navbar-collapse main-menu-item collapse justify-content-start" id="navbar-content"><ul class="navbar-nav d-md-inline-flex">
${links(wNav, 'nav-item')}</ul></div><ul class="nav-icons navbar-nav flex-row ml-auto d-flex pl-md-2">
<li class="nav-item"><a class="nav-link js-search" href="#" aria-label="Search"><i class="fas fa-search" aria-hidden="true"></i></a></li></ul>
</div></nav></header></div>
<div class="page-body"><span class="js-widget-page d-none"></span>
<section id="about" class="home-section wg-about"><div class="home-section-bg"></div><div class="container">
<div class="row"><div class="col-12 col-lg-4"><div id="profile"><img class="avatar avatar-circle" width="270" height="270"
src="/authors/admin/avatar_hu3d03_270x270_fill_q75_lanczos_center.jpg" alt="Maren Odhiambo">
<div class="portrait-title"><h2>Maren Odhiambo</h2><h3>Associate Professor of Soil Ecology</h3>
<h3><a href="https://www.lindqvist.example.edu/" target="_blank" rel="noopener"><span>Lindqvist University</span></a></h3></div>
<ul class="network-icon" aria-hidden="true"><li><a href="mailto:m.odhiambo@lindqvist.example.edu" aria-label="envelope">
<i class="fas fa-envelope big-icon"></i></a></li>
<li><a href="https://scholar.example.com/citations?user=MO" target="_blank" rel="noopener" aria-label="graduation-cap">
<i class="fas fa-graduation-cap big-icon"></i></a></li></ul></div></div>
<div class="col-12 col-lg-8"><h1>${wTitle}</h1>
${ps(wBio)}
<div class="row"><div class="col-md-5"><div class="section-subheading">Interests</div><ul class="ul-interests mb-0">
${lis(wInterests)}
</ul></div><div class="col-md-7"><div class="section-subheading">Education</div><ul class="ul-edu fa-ul mb-0">
${[0, 2, 4]
  .map(
    (i) => `<li><i class="fa-li fas fa-graduation-cap"></i><div class="description"><p class="course">${wEdu[i]}</p>
<p class="institution">${wEdu[i + 1]}</p></div></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></section>
<section id="teaching" class="home-section wg-markdown"><div class="home-section-bg"></div><div class="container"><div class="row">
<div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0 d-flex flex-column align-items-center align-items-lg-start"><h1 class="mb-0">Teaching</h1></div>
<div class="col-12 col-lg-8">
${ps(wTeach)}
</div></div></div></section>
<section id="publications" class="home-section wg-collection"><div class="home-section-bg"></div><div class="container"><div class="row">
<div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0 d-flex flex-column align-items-center align-items-lg-start"><h1 class="mb-0">Recent Publications</h1>
</div><div class="col-12 col-lg-8">
${wPubs
  .map(
    (t, i) => `<div class="pub-list-item view-citation" style="margin-bottom: 1rem"><i class="far fa-file-alt pub-icon" aria-hidden="true"></i>
<span class="article-metadata li-cite-author"><span class="author-highlighted">Maren Odhiambo</span>, <span>Anders Kvist</span></span>
(${2026 - i}). <a href="/publication/p${i}/">${t}</a>. <em>Journal of Soil Biology</em>.
<p><a class="btn btn-outline-primary btn-page-header btn-sm" href="/publication/p${i}/p${i}.pdf" target="_blank" rel="noopener">PDF</a>
<a href="#" class="btn btn-outline-primary btn-page-header btn-sm js-cite-modal" data-filename="/publication/p${i}/cite.bib">Cite</a></p></div>`,
  )
  .join('\n')}
<div class="see-all"><a href="/publication/">See all publications <i class="fas fa-angle-right"></i></a></div></div></div></div></section>
<section id="contact" class="home-section wg-contact"><div class="home-section-bg"></div><div class="container"><div class="row">
<div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0 d-flex flex-column align-items-center align-items-lg-start"><h1 class="mb-0">Contact</h1></div>
<div class="col-12 col-lg-8"><ul class="fa-ul"><li><i class="fa-li fas fa-envelope fa-2x" aria-hidden="true"></i><span id="person-email">
<a href="mailto:m.odhiambo@lindqvist.example.edu">m.odhiambo@lindqvist.example.edu</a></span></li>
<li><i class="fa-li fas fa-map-marker fa-2x" aria-hidden="true"></i><span id="person-address">Room 3.12, Ferrand Building, Lindqvist University</span></li>
<li><i class="fa-li fas fa-clock fa-2x" aria-hidden="true"></i><span>Office hours: Tuesdays 14:00 to 16:00</span></li></ul></div></div></div></section></div>
<div class="page-footer"><div class="container"><footer class="site-footer"><p class="powered-by copyright-license-text">© 2026 Maren Odhiambo.
This work is licensed under CC BY NC ND 4.0</p>
<p class="powered-by footer-license-icons"><a href="https://creativecommons.example.org/licenses/by-nc-nd/4.0" rel="noopener noreferrer" target="_blank"
aria-label="Creative Commons"><i class="fab fa-creative-commons fa-2x" aria-hidden="true"></i></a></p>
<p class="powered-by">Published with <a href="https://wowchemy.example.com/?utm_campaign=poweredby" target="_blank" rel="noopener">Wowchemy</a> — the free,
<a href="https://github.example/wowchemy/wowchemy-hugo-themes" target="_blank" rel="noopener">open source</a> website builder that empowers creators.</p>
</footer></div></div>
<script src="/js/vendor-bundle.min.32ee83730ed883becad04bc5170512cc.js"></script><script src="/en/js/wowchemy.min.a7f2e1.js"></script></body></html>`;
const wowchemy: TestPage = {
  name: 'heldout320-hugo-wowchemy-professor-homepage',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Interests', 'Education', 'Teaching'],
  body: texts([...wBio, ...wInterests, ...wEdu, ...wTeach]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', ...wNav.filter((n) => n !== 'Teaching'), 'Maren Odhiambo', 'Associate Professor of Soil Ecology', 'Recent Publications', ...wPubs, 'Anders Kvist',
    'Journal of Soil Biology', 'PDF', 'Cite', 'See all publications', 'm.odhiambo@lindqvist.example.edu', 'Room 3.12, Ferrand Building, Lindqvist University',
    'Office hours: Tuesdays 14:00 to 16:00', '© 2026 Maren Odhiambo. This work is licensed under CC BY NC ND 4.0',
    'Published with Wowchemy — the free, open source website builder that empowers creators.',
  ],
};

export const HELDOUT320_B: readonly TestPage[] = [wowchemy, dspace];
