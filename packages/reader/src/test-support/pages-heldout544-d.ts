import { ps, type TestPage } from './page-kit.js';
import { anchors, j, lis, rowTexts, trs } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file d: a landscape studio's project case study on Webflow (CMS template, project facts grid, Finsweet
 * cookie consent with a hidden preferences panel), and a volunteer tree wardens' handbook page on Hugo with the Docsy theme
 * (section sidebar, page table of contents, edit links, feedback box, last-modified line).
 */
const fTitle = 'A walled kitchen garden at Orley Manor';
const fBody = [
  j(
    'When the new owners of Orley Manor asked us to look at the walled garden, it had been under rough grass for thirty years.',
    'The brick walls were sound, but the glasshouse had lost most of its panes and the original paths were buried under 20 cm of',
    'soil.',
  ),
  'The brief',
  j(
    'The family wanted a productive garden that two people could look after in a day a week, somewhere for their children to',
    'grow things, and a place to eat outside in summer. They also asked us to keep the character of the old garden rather than',
    'reinvent it.',
  ),
  'The design',
  j(
    'We uncovered the old cross paths, which still had their edging tiles, and kept the traditional four-quarter layout. Each',
    'quarter is now a set of raised oak beds at a comfortable working height, planted on a four-year rotation.',
  ),
  j(
    'Against the south-facing wall we trained pears and plums as fans, and the restored glasshouse shelters figs, chillies and a',
    'long table for summer lunches. A simple drip system, fed from a rainwater tank behind the potting shed, waters every bed.',
  ),
  'Planting',
  'Espalier apples along the central path, grafted on semi-dwarfing rootstocks',
  'A cutting garden of dahlias, cosmos and sweet peas in the north-west quarter',
  'Perennial herbs, rhubarb and asparagus in permanent beds along the east wall',
  j('Work on site took fourteen weeks over the winter of 2024, and the first full harvest came in the following August.'),
];
const fHead = [1, 3, 6];
const fNav = ['Studio', 'Projects', 'Services', 'Journal', 'Contact'];
const fMeta = [
  ['Location', 'Orley, Wenn Vale'],
  ['Client', 'Private'],
  ['Size', '0.3 hectares'],
  ['Completed', '2025'],
];
const fCaption = 'The restored glasshouse, with the fan-trained pears behind.';
const fCookie = j(
  'By clicking "Accept", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and',
  'assist in our marketing efforts. View our Privacy Policy for more information.',
);
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.fieldhousestudio.example" data-wf-page="65f0a1c2d3e4f5a6b7c8d9e0" data-wf-site="65f0a1c2d3e4f5a6b7c8d9aa"
data-wf-collection="65f0a1c2"
data-wf-item-slug="orley-manor-walled-garden"><head><meta charset="utf-8"><title>${fTitle} | Fieldhouse Landscape Studio</title>
<meta content="A restored walled kitchen garden in the Wenn Vale." name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0a1c2d3e4f5a6b7c8d9aa/css/fieldhouse.webflow.8a1b2c3d4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f0a1c2/logo.svg" loading="lazy"
alt="Fieldhouse Landscape Studio" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${anchors(fNav, 'nav-link w-nav-link')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section project-hero"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Residential</div>
<h1 class="heading-xl">${fTitle}</h1><div class="w-layout-grid project-meta">${fMeta
  .map(
    ([l, v]) => `<div class="meta-item"><div class="meta-label">${l}</div>
<div class="meta-value">${v}</div></div>`,
  )
  .join('\n')}</div></div></section>
<div class="project-cover"><img src="https://assets-global.website-files.com/65f0a1c2/orley-cover.jpg" loading="eager" sizes="100vw" alt=""
class="cover-image"></div>
<section class="section"><div class="w-layout-blockcontainer container narrow w-container"><div class="rich-text w-richtext">
${ps([fBody[0] ?? ''])}<h2>${fBody[1]}</h2>${ps([fBody[2] ?? ''])}<h2>${fBody[3]}</h2>${ps(fBody.slice(4, 6))}
<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65f0a1c2/glasshouse.jpg"
loading="lazy" alt=""></div><figcaption>${fCaption}</figcaption></figure>
<h2>${fBody[6]}</h2><ul role="list">${lis(fBody.slice(7, 10))}</ul>${ps([fBody[10] ?? ''])}</div></div></section>
<section class="section next-project"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Next project</div>
<a href="/projects/tamsford-courtyard" class="next-project-link w-inline-block"><h3 class="heading-l">A shady courtyard in Tamsford</h3></a></div></section>
<section class="section cta"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-xl">Have a garden in mind?</h2>
<a href="/contact" class="button w-button">Start a conversation</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid">
<div>Fieldhouse Landscape Studio<br>The Old
Forge, Orley WV3 8PL</div><div class="footer-links">${anchors(['Instagram', 'Privacy Policy'], 'footer-link')}</div></div>
<div class="footer-legal">© 2026 Fieldhouse Landscape Studio</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">${fCookie.replace(
  'Privacy Policy',
  '<a href="/privacy" class="fs-cc-banner_text-link">Privacy Policy</a>',
)}</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div fs-cc="preferences" class="fs-cc-prefs_component" style="display:none"><div class="fs-cc-prefs_form w-form">
<div class="fs-cc-prefs_title">Privacy Preference
Center</div><div class="fs-cc-prefs_text">When you visit websites, they may store or retrieve data in your browser.</div><a fs-cc="submit" href="#"
class="fs-cc-prefs_button w-button">Save preferences</a></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1c2d3e4f5a6b7c8d9aa" type="text/javascript"
crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/65f0a1c2d3e4f5a6b7c8d9aa/js/webflow.4b5a6c7d.js"
type="text/javascript"></script>
</body></html>`;
const fieldhouse: TestPage = {
  name: 'heldout544-fieldhouse-webflow-project',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHead.map((i) => fBody[i] ?? ''),
  body: fBody.filter((_, i) => !fHead.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Residential', ...fMeta.flat(), fCaption, 'Next project', 'A shady courtyard in Tamsford', 'Have a garden in mind?', 'Start a conversation',
    'Fieldhouse Landscape Studio', 'The Old Forge, Orley WV3 8PL', 'Instagram', 'Privacy Policy', '© 2026 Fieldhouse Landscape Studio', fCookie, 'Preferences',
    'Deny', 'Accept',
  ],
};

const dTitle = 'Measuring trees';
const dLead = 'How to take the three measurements every tree record needs: stem diameter, height and crown spread.';
const dBody = [
  j(
    'Every tree you add to the survey needs the same three measurements, taken the same way, so that records from different',
    'wardens can be compared over the years. This page explains the methods we use and the equipment each warden group holds.',
  ),
  'Stem diameter',
  j(
    'Measure the stem at 1.5 m above ground level on the uphill side, using a diameter tape. Record the result in centimetres,',
    'rounded down to the nearest whole centimetre. If there is a swelling, branch or ivy at 1.5 m, measure just below it and add',
    'a note.',
  ),
  j('For trees with several stems, measure each stem at 1.5 m and enter them all in the record. The survey app works out the', 'combined diameter for you.'),
  'Height',
  j(
    'Use the clinometer from a point where you can see both the base and the top of the tree, ideally at a distance roughly equal',
    'to its height. Take the reading to the top, then to the base, and enter both angles with your distance from the trunk. For',
    'trees under 5 m, a marked pole is quicker and just as accurate.',
  ),
  'Never measure height near a road or under overhead power lines. Work in pairs if you have to stand on uneven ground.',
  'Crown spread',
  j(
    'Pace or tape the distance from the trunk to the edge of the crown in each of the four compass directions, north first. Record',
    'each radius to the nearest half metre. Lopsided crowns are common, so do not just measure one side and double it.',
  ),
  'Equipment',
];
const dRows = [
  ['Diameter tape', 'Stem diameter', 'Every group'],
  ['Clinometer', 'Height over 5 m', 'Every group'],
  ['Telescopic height pole', 'Height under 5 m', 'Ask the coordinator'],
  ['30 m tape', 'Crown spread', 'Every group'],
];
const dHead = [1, 4, 7, 9];
const dSide = ['Getting started', 'Surveys', 'Recording condition', 'Species identification', 'Reporting a problem tree'];
const dHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.121.1">
<link rel="canonical" type="text/html" href="https://handbook.ambleytreewardens.example/docs/surveys/measuring/"><meta name="robots" content="index, follow">
<title>${dTitle} | Tree Wardens Handbook</title><meta name="description" content="${dLead}"><meta property="og:title" content="${dTitle}">
<meta itemprop="dateModified" content="2026-03-04T18:20:11+00:00"><link rel="preload" href="/scss/main.min.7d3f5b2c.css" as="style">
<link href="/scss/main.min.7d3f5b2c.css" rel="stylesheet" integrity=""><script src="/js/jquery-3.7.1.min.js" crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark">
<div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Tree Wardens Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" href="/docs/">
<span>Documentation</span></a></li>
<li class="nav-item"><a class="nav-link" href="/news/"><span>Network news</span></a></li><li class="nav-item"><a class="nav-link" href="/join/">
<span>Join</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.c21fd.json"></div></div></div>
</nav></header><div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<form class="td-sidebar__search d-flex align-items-center">
<button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button" data-bs-toggle="collapse" data-bs-target="#td-section-nav"
aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle section navigation"></button></form>
<nav class="td-sidebar-nav collapse" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title with-child active-path">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"><span>Documentation</span></a><ul class="ul-1">
${dSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__page"><span>${t}</span></a>${
      t === 'Surveys'
        ? `<ul class="ul-2"><li><a href="/docs/surveys/measuring/"
class="align-left ps-0 active td-sidebar-link td-sidebar-link__page"><span class="td-sidebar-nav-active-item">${dTitle}</span></a></li></ul>`
        : ''
    }</li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/ambley-wardens/handbook/edit/main/content/en/docs/surveys/measuring.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/ambley-wardens/handbook/issues/new?title=Measuring%20trees" class="td-page-meta--issue td-page-meta__issue" target="_blank"
rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/docs/surveys/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${dHead
  .map(
    (i) => `<li>
<a href="#${(dBody[i] ?? '').toLowerCase().replace(/ /g, '-')}">${dBody[i]}</a></li>`,
  )
  .join('')}
</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/surveys/">Surveys</a></li>
<li class="breadcrumb-item active" aria-current="page">${dTitle}</li></ol></nav>
<div class="td-content"><h1>${dTitle}</h1><div class="lead">${dLead}</div>
${ps([dBody[0] ?? ''])}
<h2 id="stem-diameter">${dBody[1]}</h2>${ps(dBody.slice(2, 4))}
<h2 id="height">${dBody[4]}</h2>${ps([dBody[5] ?? ''])}
<div class="alert alert-warning" role="alert">${dBody[6]}</div>
<h2 id="crown-spread">${dBody[7]}</h2>${ps([dBody[8] ?? ''])}
<h2 id="equipment">${dBody[9]}</h2><table><thead><tr><th>Item</th><th>Used for</th><th>Held by</th></tr></thead><tbody>
${trs(dRows)}</tbody></table>
<div class="section-index"></div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div>
<br><div class="td-page-meta__lastmod">Last modified March 4, 2026: <a href="https://github.com/ambley-wardens/handbook/commit/a1b2c3d">Add crown spread method
(a1b2c3d)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Ambley Tree Wardens Network</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span> <span class="ms-2">
<a href="/privacy/" target="_blank" rel="noopener">Privacy Policy</a></span>
</div></div></div></footer></div><script src="/js/main.min.3c9a1e5d.js" integrity="" crossorigin="anonymous"></script>
<script src="/js/prism.js"></script></body></html>`;
const wardens: TestPage = {
  name: 'heldout544-wardens-docsy-measuring',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHead.map((i) => dBody[i] ?? ''),
  body: [dLead, ...dBody.filter((_, i) => !dHead.includes(i)), ...rowTexts(dRows)],
  bylines: ['Last modified March 4, 2026: Add crown spread method (a1b2c3d)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tree Wardens Handbook', 'Documentation', 'Network news', 'Join', 'Getting started', 'Surveys', 'Recording condition', 'Species identification',
    'Reporting a problem tree', 'Edit this page', 'Create documentation issue', 'Print entire section', 'Feedback', 'Was this page helpful?', 'Yes', 'No',
    '© 2026 Ambley Tree Wardens Network', 'All Rights Reserved', 'Privacy Policy',
  ],
};

export const HELDOUT544_D: readonly TestPage[] = [fieldhouse, wardens];
