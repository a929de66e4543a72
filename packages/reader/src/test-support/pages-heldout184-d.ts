import { links, ps, type TestPage, texts } from './page-kit.js';
import { npsHistory } from './pages-heldout184-d2.js';

/**
 * Held-out batch 184, file d: a UNESCO World Heritage Centre list page (the language bar, the UNESCO header and the
 * World Heritage menu, the breadcrumb, the h1 with the country line, the Description / Maps / Documents / Gallery /
 * Indicators tabs, the fact box with inscription date, criteria, area, buffer zone, reference and coordinates, the short
 * description, the "Outstanding Universal Value" section with its h4 parts and criteria paragraphs, the "Source" and
 * licence lines, the "Long Description" that is hidden in the saved page, the side boxes of decisions, activities and
 * news, and the footer) and, from file d2, a US National Park Service park history page.
 */
const whTitle = 'Mining Town of Selvberg and its Cultural Landscape';
const whShort = [
  'Selvberg, in the mountains of central Norway, was a silver-mining community from 1621 until 1958. The property comprises the ' +
    'town of timber houses built by the miners, the church, the smelter ruins and the surrounding landscape of spoil heaps, ' +
    'dams, watercourses and transport routes created over three centuries of mining.',
];
const whOuv = 'Outstanding Universal Value';
const whBrief = 'Brief synthesis';
const whBriefP = [
  'Set in a harsh sub-arctic climate, Selvberg shows how a remote mining community developed its own way of life, combining ' +
    'industrial work with small-scale farming and using timber, the only abundant local material, for almost every structure.',
  'The town’s two-storey log houses, many still painted with ochre from the mine, line streets that follow the slope down to the ' +
    'river. Around them lies a landscape of more than 40 dams and 60 km of channels built to carry water to the mine wheels, ' +
    'together with the slag heaps and smelter foundations that record successive phases of extraction.',
];
const whCrit = [
  'Criterion (iii): Selvberg bears exceptional testimony to a mining culture that adapted to an extreme natural environment and ' +
    'sustained itself for more than 330 years.',
  'Criterion (iv): The town and its cultural landscape are an outstanding example of a northern European mining settlement, in ' +
    'which domestic, religious and industrial buildings and water-management systems survive together.',
];
const whInt = 'Integrity';
const whIntP = [
  'The boundaries include all the elements needed to express the property’s value: the town, the mines, the water systems and ' +
    'the routes that linked them. The timber buildings have been maintained continuously, and modern development has been kept ' +
    'outside the historic core.',
];
const whAuth = 'Authenticity';
const whAuthP = [
  'The buildings retain their original form, materials and traditional techniques of construction and repair. Archival records ' +
    'of the mining company, kept since 1640, document the development of the town in unusual detail.',
];
const whProt = 'Protection and management requirements';
const whProtP = [
  'The property is protected under the national Cultural Heritage Act and by a municipal zoning plan. A management plan agreed ' +
    'in 2010 is overseen by a steering group of the municipality, the county and the Directorate for Cultural Heritage.',
  'Long-term challenges include the maintenance of hundreds of timber buildings, the stability of dams that no longer serve a ' +
    'purpose, and the pressure of growing visitor numbers in summer.',
];
const whLangs = ['English', 'Français', 'العربية', '中文', 'Русский', 'Español', '日本語', 'Nederlands'];
const whMenu = ['The List', 'About World Heritage', 'Activities', 'News & Events', 'Publications', 'Partnerships', 'Resources'];
const whCrumbs = ['Home', 'The List', 'World Heritage List'];
const whTabs = ['Description', 'Maps', 'Documents', 'Gallery', 'Video', 'Indicators', 'Assistance'];
const whFacts = ['Date of Inscription: 2011', 'Criteria: (iii)(iv)', 'Property : 3,412 ha', 'Buffer zone: 12,640 ha', 'Ref: 1374', 'N62 34 10 E11 02 55'];
const whSource = ['Source: UNESCO/CLT/WHC', 'Description is available under license CC-BY-SA IGO 3.0'];
const whLong = 'Long Description';
const whLongP = 'The silver was discovered in 1620 by a reindeer herder, and mining began the following year under a Danish royal charter.';
const whSide = [
  'Decisions',
  '35COM 8B.22 - Mining Town of Selvberg (Norway)',
  'Activities',
  'Sustainable Tourism Toolkit',
  'News',
  'Norway ratifies 2003 Convention',
];
const whFoot = ['Contact', 'Terms of Use', 'Privacy', 'Sitemap', 'RSS Feeds'];
const whCopy = '© UNESCO World Heritage Centre 1992-2025';
const whHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Mining Town of Selvberg and its Cultural Landscape - UNESCO World Heritage Centre</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${whShort[0]?.slice(0, 150)}">
<meta property="og:title" content="${whTitle}"><meta property="og:site_name" content="UNESCO World Heritage Centre">
<link rel="canonical" href="https://whc.unesco.org/en/list/1374/"><link rel="alternate" hreflang="fr" href="https://whc.unesco.org/fr/list/1374/">
<link rel="stylesheet" href="/include/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/include/whc.css?v=2025">
<script src="/include/jquery.min.js"></script></head>
<body><div id="skip"><a href="#contentdes_1374" class="sr-only sr-only-focusable">Skip to main content</a></div>
<div class="languages bg-light"><div class="container"><ul class="list-inline small">${whLangs
  .map(
    (l, i) => `<li class="list-inline-item"><a href="/l${i}/list/1374/"
>${l}</a></li>`,
  )
  .join('')}</ul></div></div>
<header class="unesco-header"><div class="container"><a class="navbar-brand" href="https://www.unesco.example">
<img src="/uploads/logo-unesco.svg" alt="UNESCO"></a>
<a class="whc-title" href="/en/">World Heritage Convention</a><form class="search" action="/en/search/"><label class="sr-only" for="search">Search</label>
<input type="text" id="search" name="searchtext"></form></div>
<nav class="navbar navbar-expand-lg" aria-label="main menu"><ul class="navbar-nav">${links(whMenu, 'nav-item')}</ul></nav></header>
<main class="container" id="contentdes_1374"><nav aria-label="breadcrumb"><ol class="breadcrumb small">${links(whCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="row"><div class="col-lg-9"><h1>${whTitle}</h1>
<div class="small text-muted"><a href="/en/statesparties/no">Norway</a></div>
<ul class="nav nav-tabs mt-3" role="tablist">${whTabs
  .map(
    (t, i) => `<li class="nav-item">
<a class="nav-link${i ? '' : ' active'}" href="#${t}">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="row mt-3"><div class="col-md-5"><div class="card bg-light">
<img class="card-img-top" alt="" src="/uploads/sites/gallery/original/site_1374_0001.jpg">
<div class="card-body small"><div class="alternate">${whFacts.slice(0, 2).join('<br>\n')}</div><div>${whFacts.slice(2, 5).join('<br>\n')}</div>
<div class="text-muted">${whFacts[5]}</div></div></div></div>
<div class="col-md-7"><div class="bg-white p-3">
${ps(whShort)}
</div></div></div>
<div class="mt-4"><h3>${whOuv}</h3>
<h4>${whBrief}</h4>
${ps(whBriefP)}
${ps(whCrit)}
<h4>${whInt}</h4>
${ps(whIntP)}
<h4>${whAuth}</h4>
${ps(whAuthP)}
<h4>${whProt}</h4>
${ps(whProtP)}
<p class="small text-muted mt-4">${whSource[0]}<br>
<a href="https://creativecommons.example/licenses/by-sa/3.0/igo/">${whSource[1]}</a></p></div>
<div class="collapse" id="longdescription" style="display:none"><h3>${whLong}</h3><p>${whLongP}</p></div></div>
<aside class="col-lg-3"><div class="card mb-3"><div class="card-header">${whSide[0]}</div>
<ul class="list-group list-group-flush">${links([whSide[1] ?? ''], 'list-group-item')}</ul></div>
<div class="card mb-3"><div class="card-header">${whSide[2]}</div><ul class="list-group">${links([whSide[3] ?? ''], 'list-group-item')}</ul></div>
<div class="card mb-3"><div class="card-header">${whSide[4]}</div>
<ul class="list-group">${links([whSide[5] ?? ''], 'list-group-item')}</ul></div></aside></div></main>
<footer class="bg-dark text-white py-4"><div class="container"><ul class="list-inline">${links(whFoot, 'list-inline-item')}</ul>
<p class="small">${whCopy}</p></div></footer>
<script>$(function(){$('[data-toggle="tooltip"]').tooltip()});</script></body></html>`;
const unesco: TestPage = {
  name: 'heldout184-unesco-world-heritage-site',
  kind: 'wiki',
  // the short description and the OUV text are body, with the criteria paragraphs; the country line, the fact box, tabs,
  // the "Source" and licence lines, the hidden "Long Description" (not shown in the saved page), side boxes and footer are
  // furniture
  html: whHtml,
  title: whTitle,
  headings: [whOuv, whBrief, whInt, whAuth, whProt],
  body: [...texts(whShort), ...texts(whBriefP), ...texts(whCrit), ...texts(whIntP), ...texts(whAuthP), ...texts(whProtP)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...whLangs, 'World Heritage Convention', 'Search', ...whMenu, ...whCrumbs.filter((t) => t !== 'The List'), 'Norway', ...whTabs,
    ...whFacts, ...whSource, whLong, whLongP, ...whSide.filter((t) => t !== 'Activities'), ...whFoot, whCopy,
  ],
};

export const HELDOUT184_D: readonly TestPage[] = [unesco, npsHistory];
