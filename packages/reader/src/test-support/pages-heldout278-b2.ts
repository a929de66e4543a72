import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file b2: a PLOS ONE research article on the Ambra template (top banner, journal nav, article tabs,
 * author list with role tooltips, date and DOI, article-info block with Citation / Editor / Received / Copyright / Funding /
 * Competing interests, figures with download links and captions, a table with its caption, metrics bar, right rail with
 * download, share, Check for updates, advertisement and Subject Areas feedback, site footer).
 */
const title = 'Nest-box temperature and fledging success of urban great tits across three summers';
const authors = ['Ruth Ambersley', 'Joaquín Elizalde', 'Marit Sørhaug'];
const secs: [string, string[]][] = [
  [
    'Abstract',
    [
      j(
        'Cities are warmer than their surroundings, and cavity-nesting birds may be exposed to nest temperatures that reduce',
        'chick survival. We logged the internal temperature of 96 nest boxes occupied by great tits in the fictional city of',
        'Hallensby over three breeding seasons and related it to fledging success. Boxes facing south-west reached 38 °C on hot',
        'afternoons, and each additional hour above 35 °C during the nestling period lowered the odds of a chick fledging by 9 per',
        'cent. Shading by trees within 5 m removed most of this effect.',
      ),
    ],
  ],
  [
    'Introduction',
    [
      j(
        'Urban heat islands raise air temperatures by several degrees on summer days. Birds that nest in cavities cannot move',
        'their nests, so the microclimate of the cavity matters for eggs and chicks that cannot yet regulate their own body',
        'temperature. Nest boxes, widely put up by councils and residents, are often fixed wherever there is a convenient wall or',
        'post, with little thought to orientation or shade.',
      ),
      j(
        'Earlier studies in rural woodland found that great tit chicks tolerate short spells of heat, but few have measured how',
        'often urban boxes exceed critical temperatures, or for how long. We asked whether box temperature explains part of the',
        'lower fledging success reported for city populations.',
      ),
    ],
  ],
  [
    'Materials and methods',
    [
      j(
        'Between 2022 and 2024 we fitted temperature loggers to the inside roof of 96 wooden boxes in parks, cemeteries and',
        'gardens. Loggers recorded every ten minutes. Each box was checked every three days from nest building to fledging, and',
        'chicks were ringed at day 12. For each box we recorded orientation, height and the distance to the nearest tree canopy.',
      ),
      j(
        'Fledging success was analysed with binomial mixed models with year and site as random effects. The main predictor was',
        'the number of hours above 35 °C during the nestling period.',
      ),
    ],
  ],
  [
    'Results',
    [
      j(
        'Of 1,041 chicks hatched, 812 fledged. Boxes facing south or south-west spent on average 14 hours above 35 °C during the',
        'nestling period, against 3 hours for boxes facing north or east (Table 1). Hot hours predicted lower fledging success',
        'after accounting for brood size and hatching date.',
      ),
    ],
  ],
  [
    'Discussion',
    [
      j(
        'Our results suggest that a simple choice, where to hang a box, affects how many chicks leave it. We recommend that',
        'urban nest boxes face between north and east, or sit within 5 m of a tree canopy. The cost of moving existing boxes is',
        'small compared with that of new habitat.',
      ),
    ],
  ],
];
const caps = ['Fig 1. Internal temperature of a south-west-facing box over one week.', 'Table 1. Hours above 35 °C by box orientation.'];
const furn = [
  'Skip to main content',
  'Advertisement',
  'Browse',
  'Publish',
  'About',
  'Search',
  'advanced search',
  'Open Access',
  'Peer-reviewed',
  'Research Article',
  'Article',
  'Authors',
  'Metrics',
  'Media Coverage',
  'Peer Review',
  'Roles',
  'Conceptualization, Data curation, Writing – original draft',
  'Affiliation',
  'Department of Biology, University of Hallensby, Hallensby, Norway',
  'https://doi.org/10.1371/journal.pone.0318842',
  'Citation:',
  'Editor:',
  'Gwendolyn Farrand, University of Tarnleigh, UNITED KINGDOM',
  'Received:',
  'Accepted:',
  'Copyright:',
  'Data Availability:',
  'All logger data are available from the Dryad repository.',
  'Funding:',
  'The study was funded by the Hallensby Urban Nature Fund (grant UN-2021-14).',
  'Competing interests:',
  'The authors have declared that no competing interests exist.',
  'Download:',
  'PowerPoint slide',
  'larger image',
  'original image',
  ...caps,
  'https://doi.org/10.1371/journal.pone.0318842.g001',
  'Save',
  'Citation',
  'View',
  'Share',
  'Download PDF',
  'Print',
  'Check for updates',
  'Subject Areas',
  'For more information about PLOS Subject Areas, click here.',
  'We want your feedback. Do these Subject Areas make sense for this article? Click the target next to the incorrect Subject Area and let us know.',
  'Urban ecology',
  'Songbirds',
  'Nesting habits',
  'Publications',
  'PLOS Biology',
  'PLOS Medicine',
  'Privacy Policy',
  'Terms of Use',
  'Media Inquiries',
  'Contact',
  'PLOS is a nonprofit 501(c)(3) corporation, #C2354500, based in San Francisco, California, US',
];
const html = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" class="no-js"><head>
<meta charset="utf-8"><title>${title} | PLOS One</title><link rel="stylesheet" href="/resource/css/screen.css"/>
<meta name="citation_title" content="${title}"/><meta name="citation_author" content="Ruth Ambersley"/>
<meta name="citation_journal_title" content="PLOS ONE"/><meta name="citation_date" content="2026/3/4"/><meta name="citation_doi"
content="10.1371/journal.pone.0318842"/>
<meta name="twitter:card" content="summary"/><meta property="og:type" content="article"/><meta property="og:title" content="${title}"/>
<script type="text/javascript">var WombatConfig = {"journalKey":"PLoSONE","figurePath":"/article/figure/image"};</script></head>
<body class="article ploscompbiol"><a href="#main-content" class="skip-link">Skip to main content</a>
<div class="ad-container"><div class="title">Advertisement</div><div id="div-gpt-ad-1458247671871-0"></div></div>
<header><div id="topbanner" class="cf"><div class="center"><div class="logo"><a href="/plosone/"><img src="/resource/img/logo.png"
alt="PLOS One"/></a></div></div></div>
<div id="pagehdr"><nav class="nav-main" role="navigation"><ul class="nav-top">${links(['Browse', 'Publish', 'About'], 'has-dropdown')}</ul>
<form name="searchForm" action="/plosone/search" method="get"><input id="search" type="text" name="q" placeholder="Search"/><button id="headerSearchButton"
type="submit">Search</button><a id="advSearch" href="/plosone/search">advanced search</a></form></nav></div></header>
<main id="main-content"><div class="set-grid"><header class="title-block"><div class="article-meta"><div class="classifications"><p class="license-short"
id="licenseShort">Open Access</p><p class="peer-reviewed" id="peerReviewed">Peer-reviewed</p><div class="article-type"><p class="type-article"
id="artType">Research Article</p></div></div></div>
<div class="article-title-etc"><div class="title-authors"><h1 id="artTitle">${title}</h1><ul class="author-list clearfix" data-js-tooltip="tooltip_container"
id="author-list">${authors
  .map(
    (a, i) => `<li data-js-tooltip="tooltip_trigger"><a data-author-id="${i}" class="author-name">${a}${i < authors.length - 1 ? ',' : ''}</a>
<div id="author-meta-${i}" class="author-info" data-js-tooltip="tooltip_target">${
      i === 0
        ? `<p class="roles" id="authRoles"><span class="type">Roles</span> Conceptualization, Data curation, Writing – original draft</p>
<p id="authAffiliations-0"><span class="type">Affiliation</span> Department of Biology, University of Hallensby, Hallensby, Norway</p>`
        : ''
    }</div></li>`,
  )
  .join('\n')}</ul></div><ul class="date-doi"><li id="artPubDate">Published: March 4, 2026</li>
<li id="artDoi"><a href="https://doi.org/10.1371/journal.pone.0318842">https://doi.org/10.1371/journal.pone.0318842</a></li></ul></div>
<ul class="article-tabs">${links(['Article', 'Authors', 'Metrics', 'Media Coverage', 'Peer Review'], 'tab-title')}</ul></header>
<section class="article-body"><div class="article-container"><div class="article-content"><div class="article-text" id="artText">
${secs
  .map(
    (
      [h, p],
      i,
    ) => `<div class="${i === 0 ? 'abstract toc-section abstract-type-' : 'section toc-section'}"><a id="sec00${i}" name="sec00${i}" data-toc="sec00${i}"
class="link-target" title="${h}"></a><h2>${h}</h2>${i === 0 ? '<div class="abstract-content">' : ''}
${ps(p)}${i === 0 ? '</div>' : ''}${
  i === 0
    ? `</div><div class="articleinfo"><p><strong>Citation: </strong>Ambersley R, Elizalde J, Sørhaug M (2026) ${title}. PLoS ONE 21(3): e0318842.</p>
<p><strong>Editor: </strong>Gwendolyn Farrand, University of Tarnleigh, UNITED KINGDOM</p>
<p><strong>Received: </strong>October 2, 2025; <strong>Accepted: </strong>February 9, 2026; <strong>Published: </strong> March 4, 2026</p>
<p><strong>Copyright: </strong> © 2026 Ambersley et al. This is an open access article distributed under the terms of the Creative Commons Attribution
License.</p>
<p><strong>Data Availability: </strong>All logger data are available from the Dryad repository.</p>
<p><strong>Funding: </strong>The study was funded by the Hallensby Urban Nature Fund (grant UN-2021-14).</p>
<p><strong>Competing interests: </strong> The authors have declared that no competing interests exist.</p>`
    : ''
}${
  i === 3
    ? `\n<div class="figure" data-doi="10.1371/journal.pone.0318842.g001"><div class="img-box"><a title="Click for larger image" href="#"><img
src="/article/figure/image?size=inline" alt="thumbnail" class="thumbnail"></a></div><div class="figure-inline-download">Download: <ul><li><div
class="definition-label"><a href="#">PPT</a></div><a href="#">PowerPoint slide</a></li><li><a href="#">larger image</a></li><li><a href="#">original
image</a></li></ul></div><div class="figcaption"><span>${caps[0]}</span></div><p class="caption_target"><a
href="https://doi.org/10.1371/journal.pone.0318842.g001">https://doi.org/10.1371/journal.pone.0318842.g001</a></p></div>
<div class="table-wrap"><div class="table-caption">${caps[1]}</div><table><thead><tr><th>Orientation</th><th>Boxes</th><th>Mean hours</th></tr></thead>
<tbody><tr><td>South / south-west</td><td>41</td><td>14.2</td></tr><tr><td>North / east</td><td>55</td><td>3.1</td></tr></tbody></table></div>`
    : ''
}</div>`,
  )
  .join('\n')}
</div></div></div>
<aside class="article-aside"><div class="metrics-bar"><ul>${links(['Save', 'Citation', 'View', 'Share'], 'metric-term')}</ul></div>
<div class="dload-menu"><a href="/plosone/article/file?type=printable" class="dload-pdf">Download PDF</a><a href="#" class="print-link">Print</a>
<a href="#" class="share-link">Share</a></div><div class="crossmark"><a href="#">Check for updates</a></div>
<div class="ad-container"><div class="title">Advertisement</div></div><div class="subject-areas-container"><h3>Subject Areas <span class="info-tooltip"
>For more information about PLOS Subject Areas, click here.</span></h3><p>We want your feedback. Do these Subject Areas make sense for this article? Click
the target next to the incorrect Subject Area and let us know.</p><ul
id="subjectList">${links(['Urban ecology', 'Songbirds', 'Nesting habits'], 'taxo-term')}</ul>
</div></aside></section></div></main>
<footer id="pageftr"><div class="row"><div class="block"><h3>Publications</h3><ul>${links(['PLOS Biology', 'PLOS Medicine'])}</ul></div>
<div class="block"><ul>${links(['Privacy Policy', 'Terms of Use', 'Media Inquiries', 'Contact'])}</ul></div></div>
<p class="nav-special">PLOS is a nonprofit 501(c)(3) corporation, #C2354500, based in San Francisco, California, US</p></footer></body></html>`;

export const plosPage: TestPage = {
  name: 'heldout278-plos-docs',
  kind: 'docs',
  html,
  title,
  headings: secs.map(([h]) => h),
  body: texts(secs.flatMap(([, p]) => p)),
  bylines: [...authors, 'Published: March 4, 2026'],
  furniture: furn,
};
