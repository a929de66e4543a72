import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file a2: a coastal sensing lab's project page on the Jekyll al-folio theme (fixed navbar with the
 * lab name, post header with the project description, figures in Bootstrap rows with a caption div, a team list, the
 * "Related publications" bibliography block, the "Edit this page" link and the fixed-bottom footer).
 */
const aTitle = 'Tidewater';
const aDesc = 'Low-cost salinity sensing for small estuaries';
const aP1 = [
  j(
    'Small estuaries are where rivers meet the sea in miniature: a few kilometres of brackish water, a marsh, a boat ramp and a',
    'culvert under the coast road. They are also where monitoring is thinnest. Most salinity records in our region come from three',
    'fixed stations on the large estuaries, and the small creeks between them are measured once a year, if at all.',
  ),
  j(
    'Tidewater is our attempt to change that. We design conductivity and temperature loggers that cost under 90 dollars in parts,',
    'can be built by a volunteer in an afternoon, and survive a full season bolted to a piling.',
  ),
];
const aP2 = [
  j(
    'Each logger is a sealed tube holding a four-electrode conductivity cell, a thermistor, a low-power microcontroller and a',
    'pair of lithium cells. It samples every ten minutes and stores readings on a memory card. Once a month a volunteer swaps the',
    'card and wipes the electrodes, which is the single most important step for keeping drift low.',
  ),
  j(
    'Calibration happens twice: in the lab against standard solutions before deployment, and in the field against a handheld',
    'reference meter at every card swap. The field checks let us correct for fouling, which is the main source of error in warm months.',
  ),
];
const aSites = [
  'Heron Creek, 4 loggers since 2024',
  'Saltings Brook, 3 loggers since 2025',
  'Mill Reach, 2 loggers since 2025, co-run with the Mill Reach Watershed Council',
];
const aP3 = [
  j(
    'Two seasons of data already show something the fixed stations missed: after heavy rain, the salt wedge in Heron Creek retreats',
    'by more than a kilometre within six hours and takes almost three days to return. Oyster growers upstream had described this',
    'for years; now there is a record of it.',
  ),
  j(
    'This season we are testing a cellular version that uploads readings daily, so that shellfish managers can see conditions',
    'without waiting for the card swap. We are also writing a build guide for schools, which we hope to publish in the autumn.',
  ),
];
const aTeam = [
  'Dr. Ines Carrow (PI)',
  'Tomas Ebbe, PhD student, sensor design',
  'Lula Fenner, MSc student, field calibration',
  'Volunteers of the Heron Creek Society',
];
const aNav = ['about', 'publications', 'projects', 'people', 'teaching', 'join us'];
const aBib = [
  'Ebbe, T. and Carrow, I. (2025). A sub-100-dollar conductivity logger for estuarine monitoring. Coastal Instruments Letters, 12, 44-51.',
  'Fenner, L., Ebbe, T. and Carrow, I. (2026). Field correction of biofouling drift in volunteer salinity networks. Estuarine Methods, 3, 101-115.',
];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Tidewater | Carrow Coastal Sensing Lab</title><meta name="author" content="Carrow Coastal Sensing Lab">
<meta name="description" content="${aDesc}"><meta name="keywords" content="estuary, salinity, sensors, citizen science">
<link rel="stylesheet" href="https://cdn.jsdelivr.example/npm/bootstrap@4.6.1/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/main.css?d41d8cd98f"><link rel="canonical" href="https://carrowlab.example.org/projects/tidewater/">
<script src="/assets/js/theme.js?96d6b3e1"></script><script>initTheme(localStorage.getItem("theme"));</script></head>
<body class="fixed-top-nav"><header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top"><div class="container">
<a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Carrow</span> Coastal Sensing Lab</a>
<button class="navbar-toggler collapsed ml-auto" type="button" data-toggle="collapse" data-target="#navbarNav" aria-label="Toggle navigation">
<span class="sr-only">Toggle navigation</span><span class="icon-bar top-bar"></span></button>
<div class="collapse navbar-collapse text-right" id="navbarNav"><ul class="navbar-nav ml-auto flex-nowrap">${links(aNav, 'nav-item')}
<li class="toggle-container"><button id="light-toggle" title="Change theme"><i class="fas fa-moon"></i></button></li></ul></div></div></nav>
<progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>
<div class="container mt-5"><div class="post"><header class="post-header"><h1 class="post-title">${aTitle}</h1>
<p class="post-description">${aDesc}</p></header>
<article>
${ps(aP1)}
<div class="row justify-content-sm-center"><div class="col-sm-8 mt-3 mt-md-0"><figure><picture>
<source class="responsive-img-srcset" media="(max-width: 480px)" srcset="/assets/img/tidewater-logger-480.webp">
<img src="/assets/img/tidewater-logger.jpg" class="img-fluid rounded z-depth-1" width="auto" height="auto" title="logger" loading="lazy"></picture></figure>
</div><div class="col-sm-4 mt-3 mt-md-0"><figure><picture><img src="/assets/img/heron-creek.jpg" class="img-fluid rounded z-depth-1" loading="lazy">
</picture></figure></div></div>
<div class="caption">Left: a Tidewater logger before deployment. Right: the Heron Creek array at low tide. Photos by Tomas Ebbe.</div>
<h2 id="how-it-works">How it works</h2>
${ps(aP2)}
<h2 id="where-we-measure">Where we measure</h2>
<ul>
${lis(aSites)}
</ul>
<h2 id="what-we-have-learned">What we have learned</h2>
${ps(aP3)}
<h2 id="team">Team</h2>
<ul>
${lis(aTeam)}
</ul>
<h2 id="related-publications">Related publications</h2>
<div class="publications"><ol class="bibliography">${aBib
  .map(
    (b, i) => `<li><div class="row"><div class="col-sm-2 abbr"><abbr class="badge">${['CIL', 'EM'][i]}</abbr>
</div><div id="ebbe202${5 + i}" class="col-sm-8"><div class="title">${b}</div><div class="links"><a class="abstract btn btn-sm z-depth-0" role="button">Abs</a>
<a href="/assets/pdf/ebbe202${5 + i}.pdf" class="btn btn-sm z-depth-0" role="button">PDF</a></div></div></div></li>`,
  )
  .join('\n')}</ol></div>
</article></div>
<p class="edit-link"><a href="https://github.example/carrowlab/carrowlab.github.io/edit/main/_projects/tidewater.md">Edit this page</a></p></div>
<footer class="fixed-bottom"><div class="container mt-0">© Copyright 2026 Carrow Coastal Sensing Lab. Powered by
<a href="https://jekyllrb.com/" target="_blank" rel="external nofollow noopener">Jekyll</a> with
<a href="https://github.example/alshedivat/al-folio" rel="external nofollow noopener" target="_blank">al-folio</a> theme. Last updated: March 02, 2026.
</div></footer>
<script src="https://cdn.jsdelivr.example/npm/jquery@3.6.0/dist/jquery.min.js"></script><script defer src="/assets/js/common.js?a9f5b1"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-TW2026"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date()); gtag('config', 'G-TW2026');</script>
</body></html>`;
export const alFolio: TestPage = {
  name: 'heldout320-jekyll-al-folio-lab-project',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['How it works', 'Where we measure', 'What we have learned', 'Team'],
  body: texts([aDesc, ...aP1, ...aP2, ...aSites, ...aP3, ...aTeam]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Coastal Sensing Lab', 'Toggle navigation', ...aNav,
    'Left: a Tidewater logger before deployment. Right: the Heron Creek array at low tide. Photos by Tomas Ebbe.', 'Related publications', ...aBib,
    'Abs', 'PDF', 'Edit this page', '© Copyright 2026 Carrow Coastal Sensing Lab. Powered by Jekyll with al-folio theme. Last updated: March 02, 2026.',
  ],
};
