import { links, ps, type TestPage } from './page-kit.js';
import { finish, j, lis } from './pages-heldout583-kit.js';

/**
 * Held-out batch 583, file e: a harpsichord regulation guide in a maker's owner manual built with Hugo (Docsy theme, section
 * sidebar, page TOC, feedback box), and an accordion repairer's short about page on Webflow (navbar, CTA section, footer).
 */
const hTitle = 'Regulating the jacks';
const hLead = 'How to adjust the jacks of a single-manual harpsichord so that every note plucks evenly.';
const hSecs: [string, string[]][] = [
  [
    'Before you start',
    [
      j(
        'Tune the instrument first and let it stand in the room where it is played for at least a day. Regulation done in a cold',
        'room will be wrong by the evening of the concert.',
      ),
      'You will need:',
      'the regulating screwdriver supplied with the instrument',
      'a small pair of flat-nosed pliers',
      'a spare plectrum strip and a sharp scalpel',
    ],
  ],
  [
    'Setting the pluck',
    [
      j(
        'Each jack has an adjusting screw at its foot. Turning it clockwise lowers the plectrum further below the string, so that the',
        'key travels further before the pluck. Aim for the pluck at about half of the key dip on the 8′ and a little later on the 4′.',
      ),
      j(
        'Work through the compass one octave at a time, playing a scale slowly with one finger. A note that plucks early will feel',
        'heavier than its neighbours.',
      ),
    ],
  ],
  [
    'Dampers',
    [
      j(
        'The damper felt should touch the string as soon as the jack comes to rest. If a note rings on after release, push the felt',
        'down by a millimetre; if the plectrum catches on its way down, the felt is too low.',
      ),
    ],
  ],
];
const hList = (hSecs[0]?.[1] ?? []).slice(2);
const hSide = ['Getting started', 'Tuning', 'Regulating the jacks', 'Replacing plectra', 'Moving the instrument', 'Warranty'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<meta name="robots" content="index, follow"><link rel="shortcut icon" href="/favicons/favicon.ico">
<title>Regulating the jacks | Tavener Harpsichords Owner Manual</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="Regulating the jacks"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2025-02-18T11:04:22+00:00">
<link rel="preload" href="/scss/main.min.8d1b5e.css" as="style"><link href="/scss/main.min.8d1b5e.css" rel="stylesheet" integrity="">
<script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2Cj" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Tavener Harpsichords</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/docs/"><span>Owner Manual</span></a></li><li class="nav-item"><a class="nav-link" href="/instruments/">
<span>Instruments</span></a></li>
<li class="nav-item"><a class="nav-link" href="/contact/"><span>Contact</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li"><a href="/docs/" class="align-left ps-0 td-sidebar-link
 td-sidebar-link__section tree-root" id="m-docs"><span>Owner Manual</span></a>
<ul class="ul-1">${links(hSide, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}
</ul></li></ul></nav></div></aside><aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/tavener-harpsichords/manual/edit/main/content/en/docs/regulating.md" class="td-page-meta--edit" target="_blank"
rel="noopener">Edit this page</a>
<a href="https://github.com/tavener-harpsichords/manual/issues/new" class="td-page-meta--issue" target="_blank" rel="noopener">Create documentation issue</a>
</div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hSecs.map(([h]) => `<li><a href="#${h.length}">${h}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Owner Manual</a></li><li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Note</h4>Never turn an adjusting screw more than a quarter turn at a time.</div>
${hSecs
  .map(
    ([h, b]) =>
      `<h2 id="${h.length}">${h}</h2>\n${b.map((t) => (hList.includes(t) ? (t === hList[0] ? `<ul>${lis(hList)}</ul>` : '') : `<p>${t}</p>`)).join('\n')}`,
  )
  .join('\n')}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
</div>
<div class="td-page-meta__lastmod">Last modified February 18, 2025: <a href="https://github.com/tavener-harpsichords/manual/commit/4e1c">clarify damper height
(4e1c)</a>
</div></div></main></div></div><footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__copyright-etc col-12 col-sm-4 text-center py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2025 <span class="td-footer__authors">Tavener
Harpsichords Ltd</span> All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.6f1a.js" integrity="sha256-6f1a" crossorigin="anonymous"></script></body></html>`;
const hugo: TestPage = finish({
  name: 'heldout583-docsy-harpsichord',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: [hLead, 'Never turn an adjusting screw more than a quarter turn at a time.', ...hSecs.flatMap(([, b]) => b)],
  bylines: ['Last modified February 18, 2025: clarify damper height (4e1c)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tavener Harpsichords', 'Owner Manual', 'Instruments', 'Contact', ...hSide, 'Edit this page', 'Create documentation issue', 'Note',
    'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2025 Tavener Harpsichords Ltd All Rights Reserved',
  ],
});

const vTitle = 'About the Workshop';
const vBody = [
  j(
    'Kolar Accordions is a two-person workshop in the old dairy at Hesk Farm. Dana Kolar trained in Castelfidardo and has repaired',
    'accordions for twenty-two years; her partner Luis Abeyta looks after bandoneons, concertinas and the occasional harmonium.',
  ),
  j(
    'Most of our work is replacing valves and reed leathers, re-waxing reed blocks, and fixing bellows that leak at the corners. We',
    'also tune to your preferred tremolo, from a dry swing to a wide musette.',
  ),
  'We do not sell new instruments. Everything we recommend, we would play ourselves.',
];
const vNav = ['Home', 'Repairs', 'Tuning', 'About', 'Contact'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 21 2025 10:14:09 GMT+0000 -->
<html data-wf-domain="www.kolaraccordions.com" data-wf-page="65a1f0c2e3b4" data-wf-site="65a1f0c2e3a0" lang="en"><head><meta charset="utf-8">
<title>About | Kolar Accordions</title><meta content="A two-person accordion repair workshop at Hesk Farm." name="description">
<meta content="About | Kolar Accordions" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e3a0/css/kolar-accordions.webflow.4c2e1.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1f0c2e3a0/logo.svg" loading="lazy"
alt="Kolar Accordions" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${vNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'About' ? ' w--current' : ''}">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-hero">${vTitle}</h1></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-two">
<div id="w-node-_3b1f" class="rich-text-block
 w-richtext">${ps(vBody)}</div><div class="image-wrap"><img src="https://assets-global.website-files.com/65a1f0c2e3a0/bench.jpg" loading="lazy"
sizes="(max-width: 767px) 100vw, 45vw" alt="Dana at the bench" class="image-cover"><div class="caption-text">Dana re-leathering a bass reed block.</div></div>
</div>
</div></section><section class="section-cta"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-cta">Bring it in for a free look</h2>
<p class="paragraph-cta">Open Wednesday to Saturday, 10am to 4pm. No appointment needed for an estimate.</p>
<a href="/contact" class="button w-button">Get directions</a>
</div></section><footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid">
<div class="footer-text">Kolar Accordions
· Hesk Farm, Dunnock Lane</div><div class="footer-text">© 2025 Kolar Accordions</div><a href="https://www.instagram.com/" class="footer-link">Instagram</a>
</div></div>
</footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e3a0" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e3a0/js/webflow.1a2b3c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = finish({
  name: 'heldout583-webflow-accordion',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: vBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Dana re-leathering a bass reed block.', 'Bring it in for a free look',
    'Open Wednesday to Saturday, 10am to 4pm. No appointment needed for an estimate.',
    'Get directions', 'Kolar Accordions · Hesk Farm, Dunnock Lane', '© 2025 Kolar Accordions', 'Instagram',
  ],
});

export const HELDOUT583_E: readonly TestPage[] = [hugo, webflow];
