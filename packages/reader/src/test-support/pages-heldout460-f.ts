import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file f: an aquarist society's open show results on an old hand-written table layout, and a water
 * chemistry guide on a Hugo site with the Docsy theme (sidebar tree, page TOC, edit links, feedback box).
 */
const tTitle = 'Open Show 2025 – Results';
const tIntro = [
  j(
    'Our 41st Open Show was held at Wendlebury Community Centre on Sunday 14 September. 212 fish were benched in 28 classes, the',
    'most since 2016, with visiting entries from six other societies. Judges were Mr P. Harland and Mrs G. Okonedo (FBAS).',
  ),
  'Best in Show went to a pair of Corydoras sterbai shown by D. Whitcombe of the host society, pointed at 86.',
];
const tClasses = ['Class 4 – Livebearers', 'Class 11 – Catfish', 'Class 19 – Killifish'];
const tRows = [
  [
    '1st | Guppy (show male) | M. Fairley | Hartsbridge AS',
    '2nd | Platy, red wag | J. Pemberton | Wendlebury AS',
    '3rd | Swordtail | L. Acheson | Hartsbridge AS',
  ],
  [
    '1st | Corydoras sterbai (pair) | D. Whitcombe | Wendlebury AS',
    '2nd | Ancistrus sp. L144 | R. Dunmore | Corve Valley AS',
    '3rd | Panaque | K. Lowe | Wendlebury AS',
  ],
  ['1st | Aphyosemion australe | S. Varga | Killifish Group', '2nd | Fundulopanchax gardneri | S. Varga | Killifish Group'],
];
const tOutro = 'Full results for all 28 classes are on the notice board at the next meeting. Thank you to everyone who helped set up and clear away.';
const tMenu = ['Home', 'Meetings', 'Open Show', 'Results', 'Links', 'Contact'];
const tTable = (rows: string[]): string =>
  `<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#336699"><tr bgcolor="#336699"><td><font color="#FFFFFF"><b>Place</b>
</font></td>` +
  `<td><font color="#FFFFFF"><b>Fish</b></font></td><td><font color="#FFFFFF"><b>Exhibitor</b></font></td><td><font color="#FFFFFF"><b>Society</b></font>
</td></tr>\n${trs(rows)}</table>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Wendlebury Aquarist Society - Open Show Results 2025</title>
<meta name="keywords" content="aquarist society, fish show, open show, Wendlebury, tropical fish"><link href="was.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)
x.src=x.oSrc; }</script></head>
<body bgcolor="#E8F0F8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="110" alt="Wendlebury Aquarist Society"></td></tr>
<tr><td colspan="2" bgcolor="#336699" class="strap">
<font color="#FFFFFF" size="2" face="Verdana, Arial">&nbsp;Founded 1971 &middot; Affiliated to the Federation of British Aquatic Societies</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCDDEE" class="menu"><table width="100%" border="0" cellspacing="0" cellpadding="4">
${tMenu.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="menulink">${t}</a></td></tr>`).join('\n')}
</table><p align="center"><font size="1">Next meeting:<br>Thursday 2 October, 7.30pm</font></p>
<p align="center"><a href="http://www.example.org/counter"><img src="images/counter.gif" width="88" height="31" border="0" alt="Hit counter"></a></p></td>
<td width="630" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<h1><font face="Verdana, Arial" color="#336699">${tTitle}</font></h1>
<font face="Verdana, Arial" size="2">${ps(tIntro)}
${tClasses.map((c, i) => `<h3><font color="#336699">${c}</font></h3>\n${tTable(tRows[i] ?? [])}`).join('\n')}
<p>${tOutro}</p>
<p><img src="images/bestinshow2025.jpg" width="400" height="260" alt="Best in Show"><br><i>Best in Show: the winning pair of C. sterbai.</i></p>
<p><a href="results2024.htm">&lt;&lt; 2024 results</a> | <a href="#top">Back to top</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center">
<font color="#FFFFFF" size="1" face="Verdana, Arial">Page last updated 21/09/2025 &middot; Webmaster: webmaster@wendleburyas.example<br>
&copy; Wendlebury Aquarist Society 1998-2025</font></td></tr></table></body></html>`;
const wendlebury: TestPage = {
  name: 'heldout460-table-layout-show-results',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tClasses,
  body: texts([...tIntro, ...tRows.flatMap((r) => rowTexts(r)), tOutro]),
  bylines: ['Page last updated 21/09/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Founded 1971 · Affiliated to the Federation of British Aquatic Societies', ...tMenu.filter((t) => !tTitle.includes(t)), 'Next meeting:',
    'Thursday 2 October, 7.30pm', 'Best in Show: the winning pair of C. sterbai.', `<< 2024 results`, 'Back to top',
    'Webmaster: webmaster@wendleburyas.example', '© Wendlebury Aquarist Society 1998-2025',
  ],
};

const hTitle = 'KH, GH and pH: how they fit together';
const hLead = 'A practical guide to the three numbers on every test kit, and why changing one usually moves another.';
const hBody = [
  j(
    'Most questions on our help desk about "unstable pH" turn out to be questions about carbonate hardness. This page explains the',
    'three measurements, what they mean for fish and plants, and how to change them safely.',
  ),
  'General hardness (GH)',
  j(
    'GH measures dissolved calcium and magnesium. Fish and shrimp use these minerals for bones, scales and shells, and soft-water',
    'species struggle to regulate their body salts when GH is high. It is given in degrees (°dGH) or in ppm; 1 °dGH is about 17.9 ppm.',
  ),
  'Carbonate hardness (KH)',
  j(
    'KH measures carbonate and bicarbonate, the buffer that soaks up acids. A KH of 4 °dKH or more holds pH steady; below 2 °dKH the',
    'pH can crash overnight as the filter and fish produce acid.',
  ),
  'Why pH follows KH and CO2',
  j(
    'In a planted tank, pH is set mainly by KH and the amount of dissolved CO2. Adding CO2 lowers pH without changing KH, which is',
    'why a drop checker works. Chasing a target pH with chemicals without fixing KH gives the swings the help desk hears about.',
  ),
  'Changing your water safely',
  'To soften: mix tap water with RO or rainwater, and measure GH and KH of the mix.',
  'To harden: add a remineraliser for GH and sodium bicarbonate for KH, in small steps.',
  'Never change GH or KH by more than a quarter of the current value in one day.',
];
const hSide = ['Getting started', 'Water chemistry', 'Nitrogen cycle', 'KH, GH and pH', 'Test kits compared', 'Filtration', 'Plants'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow">
<link rel="canonical" type="text/html" href="https://docs.clearwaterclub.example/water/kh-gh-ph/">
<title>${hTitle} | Clearwater Fishkeeping Handbook</title><meta name="description" content="${hLead}">
<meta property="og:title" content="${hTitle}"><meta property="article:section" content="docs">
<meta property="article:modified_time" content="2026-01-18T10:12:44+00:00">
<link rel="preload" href="/scss/main.min.3d7f2c.css" as="style"><link href="/scss/main.min.3d7f2c.css" rel="stylesheet" integrity=""></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Clearwater Fishkeeping Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
<ul class="navbar-nav">${links(['Handbook', 'Species', 'Help desk', 'Club'], 'nav-item')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav collapse" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">${links(hSide, 'td-sidebar-nav__section-title td-sidebar-nav__section with-child')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/clearwater-club/handbook/tree/main/content/en/water/kh-gh-ph.md" class="td-page-meta--view" target="_blank" rel="noopener">
<i class="fa-solid fa-file-lines fa-fw"></i> View page source</a>
<a href="https://github.com/clearwater-club/handbook/edit/main/content/en/water/kh-gh-ph.md" class="td-page-meta--edit" target="_blank" rel="noopener">
<i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/clearwater-club/handbook/issues/new?title=KH,%20GH%20and%20pH" class="td-page-meta--issue" target="_blank" rel="noopener">
<i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${at(hBody, 1, 3, 5, 7)
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</a></li>`)
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/handbook/">Handbook</a></li><li class="breadcrumb-item"><a href="/water/">Water chemistry</a></li>
<li class="breadcrumb-item active" aria-current="page">KH, GH and pH</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${ps(at(hBody, 0))}
${[1, 3, 5].map((i) => `<h2 id="${(hBody[i] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${hBody[i]}</h2>\n${ps(at(hBody, i + 1))}`).join('\n')}
<h2 id="changing-your-water-safely">${hBody[7]}</h2><ul>${lis(at(hBody, 8, 9, 10))}</ul>
<div class="alert alert-warning" role="alert">
<h4 class="alert-heading">Shrimp keepers</h4>Caridina shrimp moult badly after sudden GH changes. Drip-acclimate over at least two hours.</div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div>
<div class="td-page-meta__lastmod">Last modified January 18, 2026: <a href="https://github.com/clearwater-club/handbook/commit/8e41c2a">Clarify KH units
(8e41c2a)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1"></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Clearwater Aquarium Club</span> | Documentation Distributed under CC BY
4.0</span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.9a2b1c.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const clearwater: TestPage = {
  name: 'heldout460-hugo-docsy-water-chemistry',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...at(hBody, 1, 3, 5, 7), 'Shrimp keepers'],
  body: texts([
    hLead,
    ...hBody.filter((_, i) => ![1, 3, 5, 7].includes(i)),
    'Caridina shrimp moult badly after sudden GH changes. Drip-acclimate over at least two hours.',
  ]),
  bylines: ['Last modified January 18, 2026:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clearwater Fishkeeping Handbook', 'Handbook', 'Species', 'Help desk', 'Club', ...hSide.filter((t) => t !== 'KH, GH and pH'), 'View page source',
    'Edit this page', 'Create documentation issue', 'Feedback', 'Was this page helpful?', 'Yes', 'No', 'Clarify KH units (8e41c2a)',
    '© 2026 Clearwater Aquarium Club | Documentation Distributed under CC BY 4.0', 'All Rights Reserved',
  ],
};

export const HELDOUT460_F: readonly TestPage[] = [wendlebury, clearwater];
