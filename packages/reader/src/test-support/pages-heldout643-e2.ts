import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout643-kit.js';

/** Held-out batch 643, file e2: a boat-based whale and dolphin watching code of conduct on a Hugo site with the Docsy theme. */
const hTitle = 'Code of conduct for boat-based whale and dolphin watching';
const hLead = 'How member operators approach, watch and leave whales, dolphins, porpoises and seals at sea.';
const hBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'This code applies to every vessel operated by a member of the Westray Whalewatch Network on a commercial wildlife trip,',
        'and we ask private boat owners to follow it too. It is based on the national guidance for marine wildlife watching, with',
        'stricter distances where local animals have shown signs of disturbance.',
      ),
      j(
        'The code is reviewed every winter by the network’s science committee. Changes for 2026 are marked in the',
        '<a href="/docs/changelog/">changelog</a>.',
      ),
    ],
  ],
  [
    'Zones around the animals',
    [
      j(
        'Think of two circles around any animal or group. The <strong>caution zone</strong> runs from 300 metres down to 100',
        'metres: inside it, slow to no-wake speed (under 6 knots), keep a steady course and do not change direction suddenly.',
      ),
      j(
        'The <strong>no-approach zone</strong> is everything within 100 metres of a whale or a mother and calf of any species,',
        'and within 50 metres of dolphins, porpoises and hauled-out seals. Never steer into it. If animals come closer to you',
        'of their own accord, put the engine in neutral and let them pass.',
      ),
    ],
  ],
  [
    'Approaching',
    [
      'Approach from the side and slightly behind the animals, never head-on and never from directly behind.',
      'Do not split a group or come between a mother and her calf.',
      'Only one vessel at a time inside the caution zone. Others wait outside it and agree their turn by radio on channel 72.',
      'Limit time inside the caution zone to 15 minutes with any one group, or 10 minutes if the group includes a calf.',
    ],
  ],
  [
    'Signs of disturbance',
    [
      j(
        'Leave slowly and at once if the animals show any of these signs: sudden changes in direction or speed, longer dives,',
        'tail slapping or trumpet blows, tightly bunched groups, or seals moving from the rocks into the water. Seals looking',
        'up at the boat is the first warning; seals entering the water means you were already too close.',
      ),
    ],
  ],
  [
    'Seals',
    [
      j(
        'Keep at least 50 metres from hauled-out seals at all times, and 100 metres during the pupping season from September',
        'to December. Do not land on seal islands. Turn off music and keep voices low, as seals react more to sound than to',
        'the sight of a boat. Never feed seals or throw anything into the water near them.',
      ),
    ],
  ],
  [
    'Drones and swimming',
    [
      j(
        'Drones are not flown from member vessels. Guests may not enter the water with whales, dolphins or seals, and',
        'operators do not offer swim-with trips.',
      ),
    ],
  ],
  [
    'Reporting',
    [
      j(
        'Skippers log every encounter in the network’s sightings app within 24 hours, including the time spent inside the',
        'caution zone and any signs of disturbance. Photographs suitable for photo-identification go to the Orkney cetacean',
        'catalogue. Any breach of the code by a member vessel is discussed at the next members’ meeting, not on social media.',
      ),
    ],
  ],
];
const hAlert = 'Warning: entangled, stranded or injured animals must not be approached. Call the marine rescue hotline on 0800 555 0199.';
const hSide = ['Getting started', 'Code of conduct', 'Species guide', 'Photo-ID', 'Changelog'];
const hToc = ['Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const hNav = ['Documentation', 'Members', 'Sightings map', 'About'];
const hSections = hBody
  .map(([h, paras], n) =>
    [
      h === '' ? '' : `<h2 id="s${n}">${h}</h2>`,
      n === 2 ? `<ul>\n${lis(paras)}\n</ul>` : ps(paras),
      n === 1 ? `<div class="alert alert-warning" role="alert"><strong>Warning:</strong>${hAlert.slice(8)}</div>` : '',
    ].join('\n'),
  )
  .join('\n');
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://westraywhalewatch.org/docs/code-of-conduct/"><title>${hTitle} | Westray Whalewatch Network</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2026-02-14T10:21:33+00:00">
<link rel="preload" href="/scss/main.min.8d1f2c.css" as="style"><link href="/scss/main.min.8d1f2c.css" rel="stylesheet" integrity="">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Westray Whalewatch Network</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNav
  .map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><span>${t}</span></a></li>`)
  .join('')}</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline">
<div class="td-search__icon"></div><input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…"
autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path"><a href="/docs/" class="align-left ps-0 td-sidebar-link
td-sidebar-link__section tree-root"><span>Documentation</span></a><ul class="ul-1">${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section
without-child"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/" class="align-left ps-0 td-sidebar-link td-sidebar-link__page${
      t === 'Code of conduct' ? ' active' : ''
    }"><span class="">${t}</span></a></li>`,
  )
  .join('')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">${hToc
  .map(
    (t) => `<a href="#"
target="_blank"><i class="fa-solid fa-pen-to-square fa-fw"></i> ${t}</a>`,
  )
  .join('\n')}</div><div class="td-toc"><nav id="TableOfContents"><ul>
${hBody
  .slice(1)
  .map(([h], n) => `<li><a href="#s${n + 1}">${h}</a></li>`)
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item active" aria-current="page">Code of conduct</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${hSections}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a href="https://github.com/westray-ww/site/issues/new">tell us how we can
improve</a>.</p>
<p class="feedback--response feedback--response-no">Sorry to hear that. Please <a href="https://github.com/westray-ww/site/issues/new">tell us how we can
improve</a>.</p>
</div><br><div class="td-page-meta__lastmod">Last modified February 14, 2026: <a data-proofer-ignore href="https://github.com/westray-ww/site/commit/3fa91c2">
Tighten seal distances for pupping season (3fa91c2)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Mailing list" aria-label="Mailing list">
<a target="_blank" rel="noopener" href="mailto:info@westraywhalewatch.org"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">
Westray Whalewatch Network</span> | <span class="td-footer__license">Documentation Distributed under CC BY 4.0</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span><a class="td-footer__privacy-link" href="/privacy/">Privacy Policy</a></div>
</div></div></footer></div><script src="/js/main.min.2c1e9f.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout643-hugo-docsy-code',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hBody.slice(1).map(([h]) => h),
  body: texts([hLead, ...hBody.flatMap(([, paras], n) => (n === 1 ? [...paras, hAlert] : paras))]),
  bylines: ['Last modified February 14, 2026:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Westray Whalewatch Network', ...hNav.filter((t) => t !== 'Members'), ...hSide.filter((t) => t !== 'Code of conduct'), ...hToc,
    'Feedback', 'Was this page helpful?', 'Yes', 'No', 'Tighten seal distances for pupping season (3fa91c2)',
    '© 2026 Westray Whalewatch Network | Documentation Distributed under CC BY 4.0', 'All Rights Reserved', 'Privacy Policy',
  ],
};

export const HELDOUT643_E2: readonly TestPage[] = [hugo];
