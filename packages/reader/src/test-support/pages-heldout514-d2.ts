import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tr } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file d2: a fixers' handbook page on Hugo (Docsy theme, section nav, page TOC, table, warning alert,
 * feedback widget).
 */
const hTitle = 'Electrical safety checks';
const hLead = 'Every electrical item that leaves a repair café must be checked, whether or not it was repaired. This page sets out how we do it.';
const hB = [
  'Why we test everything',
  j(
    'People bring us items that have been dropped, stored in damp sheds or opened by someone before us. An item that seems to',
    'work can still have a loose earth or damaged insulation. A quick test at the end of the repair protects the owner, protects',
    'the fixer, and is a condition of the public liability insurance held by the network on behalf of member cafés.',
  ),
  j(
    'The test is not a formal certificate of safety, and we never describe it as one. We record it so that, if something goes',
    'wrong later, we can show what was checked on the day and by whom.',
  ),
  'Before you start',
  'Unplug the item and let it cool down. Never test anything that is still warm from use.',
  'Look at the plug: correct fuse for the appliance, no cracks, cable grip holding the outer sheath and not the inner wires.',
  'Check the whole length of the cable for cuts, kinks, tape repairs and scorch marks. Taped cables are replaced, not passed.',
  'Open the item only if you are a trained electrical fixer. Other volunteers can do the visual check and call one over.',
  'The tests',
  j(
    'Each café has a portable appliance tester bought or lent through the network. Which tests you run depends on the class of',
    'the appliance: Class I items have an earth, Class II items are double insulated and carry the square-in-a-square symbol.',
  ),
  'Visual inspection',
  'All items',
  'Any damage found: repair or refuse',
  'Earth continuity',
  'Class I only',
  'Above 0.1 ohm plus cable allowance: do not return the item until fixed',
  'Insulation resistance',
  'Class I and Class II',
  'Below 1 megohm (Class I) or 2 megohm (Class II): refuse',
  'Polarity (leads and extension cables)',
  'Leads only',
  'Wrong polarity: rewire the plug and test again',
  j(
    'If your tester has a leakage or touch current test, you may run it on items that cannot be insulation tested, such as',
    'appliances with electronic switches that stay on. Follow the tester\u2019s own instructions for these.',
  ),
  'Items we refuse',
  j(
    'Some items are outside what a repair café can safely take on, however experienced the fixer. Politely explain why and,',
    'where you can, suggest a repair shop or the manufacturer. The list is reviewed every year by the network safety group.',
  ),
  'Microwave ovens, because of the high-voltage capacitor inside, even when unplugged',
  'Gas appliances of any kind',
  'Anything that runs directly from mains at more than 13 A, such as cookers and some heaters',
  'Lithium battery packs that are swollen, hot or have been punctured',
  'Recording the result',
  j(
    'Write the result on the repair form and put a green PASS label on the plug with the date and your initials. If the item fails,',
    'put a red label on it, explain the failure to the owner and ask them to sign the form to say they have been told. Never cut the',
    'plug off an item that belongs to someone else.',
  ),
  j(
    'Forms are kept by the café coordinator for three years. At the end of each session, the coordinator sends the totals (items',
    'seen, fixed, passed, failed) to the network so that we can report on the whole year.',
  ),
];
const hHeads = [0, 3, 8, 23, 29];
const hRows = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
const hWarn = 'Do not test items with the case open, and do not let the owner hold the item while a test is running.';
const hNav = ['Handbook', 'News', 'Find a café', 'Contact'];
const hSection = ['Starting a repair café', 'Running a session', 'Electrical safety checks', 'Insurance', 'Safeguarding', 'Recording repairs'];
const hMeta = ['Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const hLastmod = 'Last modified January 9, 2027: Add swollen battery packs to refused items (4be91c7)';
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.136.5">
<link rel="canonical" type="text/html" href="https://handbook.repairnetwork.cymru/docs/running-a-session/electrical-safety/">
<title>Electrical safety checks | Fixers' Handbook</title><meta name="description" content="Every electrical item that leaves a repair café must be checked.">
<meta property="og:type" content="article"><meta itemprop="dateModified" content="2027-01-09T14:22:10+00:00">
<link rel="preload" href="/scss/main.min.5e7c1a.css" as="style"><link href="/scss/main.min.5e7c1a.css" rel="stylesheet" integrity="">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark">
<div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Fixers' Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNav
  .map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><span>${t}</span></a></li>`)
  .join('\n')}</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div>
</nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex align-items-center">
<button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars"
type="button" data-bs-toggle="collapse" data-bs-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false"
aria-label="Toggle section navigation"></button></form>
<nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title
td-sidebar-nav__section with-child active-path" id="m-docs-li">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-docs">
<span class="">Handbook</span></a><ul class="ul-1">${hSection
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__page">
<span class="${t === hTitle ? 'td-sidebar-nav-active-item' : ''}">${t}</span></a></li>`,
  )
  .join('\n')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">${hMeta
  .map(
    (t) =>
      `<a href="https://github.com/repairnetwork/handbook/edit/main/content/en/docs/electrical-safety.md" target="_blank" rel="noopener">
<i class="fa-solid fa-fw"></i> ${t}</a>`,
  )
  .join(
    '\n',
  )}</div><div class="td-toc"><nav id="TableOfContents"><ul>${hHeads.map((i) => `<li><a href="#h${i}">${hB[i]}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/running-a-session/">Running a session</a></li>
<li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
<h2 id="h0">${hB[0]}</h2>${ps(hB.slice(1, 3))}
<h2 id="h3">${hB[3]}</h2><ol>${lis(hB.slice(4, 8))}</ol>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>${hWarn}</div>
<h2 id="h8">${hB[8]}</h2>${ps([hB[9] ?? ''])}
<table><thead><tr><th>Test</th><th>Applies to</th><th>Fail and what to do</th></tr></thead><tbody>
${[0, 3, 6, 9].map((k) => tr(hRows.slice(k, k + 3).map((i) => hB[i] ?? ''))).join('\n')}</tbody></table>
${ps([hB[22] ?? ''])}
<h2 id="h23">${hB[23]}</h2>${ps([hB[24] ?? ''])}<ul>${lis(hB.slice(25, 29))}</ul>
<h2 id="h29">${hB[29]}</h2>${ps(hB.slice(30))}
<div class="td-page-meta__lastmod">Last modified January 9, 2027: <a href="https://github.com/repairnetwork/handbook/commit/4be91c7">Add swollen battery packs
to refused items
(4be91c7)</a></div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button> <button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item">
<a target="_blank" rel="noopener" href="https://forum.repairnetwork.cymru" aria-label="Forum">Forum</a></li>
</ul></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2027 <span class="td-footer__authors">Repair Network
Cymru | Documentation distributed under <a href="https://creativecommons.org/licenses/by/4.0">CC BY 4.0</a></span></span></div></div></div></footer></div>
<script src="/js/main.min.8a3f2b.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout514-hugo-docsy-electrical-safety',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hHeads.slice(0, 2).map((i) => hB[i] ?? ''), 'Warning', ...hHeads.slice(2).map((i) => hB[i] ?? '')],
  body: texts([hLead, ...hB.slice(1, 3), ...hB.slice(4, 8), hWarn, hB[9] ?? '', ...hB.slice(10, 23), hB[24] ?? '', ...hB.slice(25, 29), ...hB.slice(30)]),
  bylines: [hLastmod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Fixers' Handbook", ...hNav, ...hSection.filter((t) => t !== hTitle && t !== 'Insurance'), ...hMeta, 'Feedback', 'Was this page helpful?', 'Yes', 'Forum',
    '© 2027 Repair Network Cymru | Documentation distributed under CC BY 4.0',
  ],
};

export const HELDOUT514_D2: readonly TestPage[] = [hugo];
