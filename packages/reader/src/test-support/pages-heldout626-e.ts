import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file e: a kit maker's building instructions on Hugo with the Docsy theme (section sidebar, page-meta
 * links, in-page contents, alert boxes, feedback widget and last-modified line).
 */
const yTitle = 'Stage 2: Chassis';
const yLead = 'Fit the frames, spacers and hornblocks, then check the chassis runs square before you go any further.';
const yHeads = ['Before you start', 'Warning', 'Frames and spacers', 'Hornblocks and wheels', 'Tip', 'Checking it runs square'];
const yBefore = [
  j(
    'You will need the etched frame fret (sheet B), the three turned spacers, the hornblock pack and the wheel bag. Stage 1, the',
    'footplate, should be finished and left to one side.',
  ),
];
const yWarn = j(
  'The frame etch is thin nickel silver and bends easily. Do not twist parts out of the fret: cut each tag with a sharp blade on',
  'a hard surface.',
);
const ySteps = [
  'Cut out both frames (B1 and B2) and file the tags flush.',
  'Fold the brake hanger brackets up through 90 degrees, half-etched line on the inside.',
  'Solder the front spacer to one frame, using the jig holes to keep it square.',
  'Add the middle and rear spacers, then the second frame. Tack each joint first and check before soldering fully.',
];
const yHorn = [
  j(
    'The hornblocks let the middle axle rise and fall over uneven track. Slide each one into its slot from the inside, fit the',
    'retaining wire, and make sure it moves freely without side play.',
  ),
  j(
    'Fit the wheels to the axles with the loco upside down on a flat surface. The crankpins on the left side lead the right side',
    'by 90 degrees; the quartering jig in the kit sets this for you.',
  ),
];
const yTip = j('A drop of oil on each hornblock now, before the coupling rods go on, saves taking the chassis apart later when one sticks.');
const ySquare = [
  j(
    'Put the chassis on a sheet of glass and push it gently along. It should roll the length of the sheet without rocking or',
    'drifting to one side. If it rocks, one frame is higher than the other: warm the spacer joint and press the chassis flat.',
  ),
  'When it rolls true, move on to Stage 3: Motor and gearbox.',
];
const yNav = ['Instructions', 'Kits', 'Spares', 'Contact'];
const ySide = ['Class 14 "Brackley" 0-6-0T', 'Stage 1: Footplate', yTitle, 'Stage 3: Motor and gearbox', 'Stage 4: Body', 'Parts lists'];
const yHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.126.1">
<meta name="robots" content="index, follow"><link rel="shortcut icon" href="/favicons/favicon.ico">
<title>${yTitle} | Fennick Scale Works</title><meta name="description" content="${yLead}">
<meta property="og:url" content="https://instructions.fennick.example/docs/class-14/chassis/"><meta property="og:site_name" content="Fennick Scale Works">
<meta property="og:title" content="${yTitle}"><meta property="og:type" content="article"><meta property="article:section" content="docs">
<meta property="article:modified_time" content="2026-02-11T10:22:04+00:00"><meta itemprop="name" content="${yTitle}"><meta itemprop="wordCount" content="412">
<link rel="preload" href="/scss/main.min.4b7c1e.css" as="style"><link href="/scss/main.min.4b7c1e.css" rel="stylesheet">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g=="
crossorigin="anonymous"></script><script defer src="/js/lunr.min.js"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column
flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg width="30" height="30"></svg></span><span
class="navbar-brand__name">Fennick Scale Works</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${yNav
  .map(
    (t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}"
href="/${t.toLowerCase()}/"><span${i === 0 ? ' class="active"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search" class="td-search__input
form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off" data-offline-search-index-json-src="/offline-search-index.b1d2.json"
data-offline-search-base-href="/" data-offline-search-max-results="10"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex
align-items-center">
<div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search" class="td-search__input form-control" placeholder="Search
this site…"
aria-label="Search this site…" autocomplete="off"></div><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button"
data-bs-toggle="collapse" data-bs-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle section
navigation"></button></form>
<nav class="td-sidebar-nav collapse" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title
td-sidebar-nav__section
with-child active-path" id="m-docs-li"><a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"
id="m-docs"><span>Instructions</span></a>
<ul class="ul-1">${ySide
  .map(
    (t, i) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child${i === 2 ? ' active-path' : ''}"><a href="/docs/class-14/${i}/"
class="align-left ps-0${i === 2 ? ' active' : ''} td-sidebar-link td-sidebar-link__page" id="m-docs-${i}"><span class="${
      i === 2 ? 'td-sidebar-nav-active-item' : ''
    }">${t}</span>
</a></li>`,
  )
  .join('\n')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/fennick-scale/instructions/edit/main/content/en/docs/class-14/chassis.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a><a
href="https://github.com/fennick-scale/instructions/issues/new?title=Stage%202"
class="td-page-meta--issue td-page-meta__issue" target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/docs/class-14/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul><li><a href="#before-you-start">${yHeads[0]}</a></li><li><a href="#frames-and-spacers">${yHeads[2]}</a></li>
<li><a href="#hornblocks-and-wheels">${yHeads[3]}</a></li><li><a href="#checking-it-runs-square">${yHeads[5]}</a></li></ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Instructions</a></li><li class="breadcrumb-item"><a href="/docs/class-14/">${ySide[0]}</a></li>
<li class="breadcrumb-item active" aria-current="page">${yTitle}</li></ol></nav>
<div class="td-content"><h1>${yTitle}</h1><div class="lead">${yLead}</div><header class="article-meta"></header>
<h2 id="before-you-start">${yHeads[0]}</h2>
${ps(yBefore)}
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">${yHeads[1]}</h4>${yWarn}</div>
<h2 id="frames-and-spacers">${yHeads[2]}</h2>
<ol>${lis(ySteps)}</ol>
<figure><img src="/docs/class-14/chassis/frames.jpg" alt="Frames with spacers fitted"><figcaption><p>The frames after step 4, seen from
above.</p></figcaption></figure>
<h2 id="hornblocks-and-wheels">${yHeads[3]}</h2>
${ps(yHorn)}
<div class="alert alert-primary" role="alert"><h4 class="alert-heading">${yHeads[4]}</h4>${yTip}</div>
<h2 id="checking-it-runs-square">${yHeads[5]}</h2>
${ps(ySquare)}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button class="btn btn-primary mb-4 feedback--answer
feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a href="https://github.com/fennick-scale/instructions/issues/new">tell us how we
can improve</a>.</p>
<p class="feedback--response feedback--response-no">Sorry to hear that. Please <a href="https://github.com/fennick-scale/instructions/issues/new">tell us how
we can
improve</a>.</p></div><script>const yesButton = document.querySelector('.feedback--answer-yes');const noButton =
document.querySelector('.feedback--answer-no');</script>
<br><div class="td-page-meta__lastmod">Last modified February 11, 2026: <a href="https://github.com/fennick-scale/instructions/commit/3f9a2c1">Clarify
crankpin washers
(3f9a2c1)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Email" aria-label="Email"><a target="_blank" rel="noopener"
href="mailto:kits@fennick.example" aria-label="Email"><i class="fa fa-envelope"></i></a></li></ul></div><div class="td-footer__center col-12 col-sm-4 py-2
order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Fennick Scale Works</span></span><span
class="td-footer__all_rights_reserved">All Rights
Reserved</span><span class="ms-2"><a href="/privacy/" target="_blank" rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" crossorigin="anonymous"></script>
<script src="/js/main.min.7e1b.js" crossorigin="anonymous"></script></body></html>`;
const hugoDocs: TestPage = {
  name: 'heldout626-hugo-docsy-chassis',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: yHeads,
  body: [yLead, ...yBefore, yWarn, ...ySteps, ...yHorn, yTip, ...ySquare],
  bylines: ['Last modified February 11, 2026: Clarify crankpin washers (3f9a2c1)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fennick Scale Works', ...yNav, ...ySide.filter((t) => t !== yTitle && !t.startsWith('Stage 3')), 'Edit this page', 'Create documentation issue',
'Print entire section',
    'The frames after step 4, seen from above.', 'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2026 Fennick Scale Works', 'All Rights Reserved',
'Privacy Policy',
  ],
};

export const HELDOUT626_E: readonly TestPage[] = [hugoDocs];
