import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout596-kit.js';

/**
 * Held-out batch 596, file f: a shooting ground's plan-your-visit page with FAQs on Webflow, and a county archery
 * association's handbook page on handicap tables built with Hugo (Docsy).
 */
const wTitle = 'Plan Your Visit';
const wIntro = [
  j(
    'Kestrel Ridge is a working farm as well as a shooting ground, so please drive slowly on the track and close the gate behind',
    'you. Reception is in the green cabin at the top of the yard, and parking is on the hardstanding beside it.',
  ),
];
const wHd = [
  'Getting here',
  'Frequently asked questions',
  'Do I need a shotgun certificate?',
  'Can I bring my own cartridges?',
  'Is there food?',
  'What happens if it rains?',
] as const;
const wGetting = [
  j(
    'We are two miles south of Lower Amberley on the B4312. Turn in at the sign for Ridge Farm and follow the track for half a mile.',
    'Satnav postcodes take you to the farmhouse, not the ground, so use the what3words address on your booking confirmation.',
  ),
];
const wFaq = [
  'No. Anyone over 10 can shoot under the supervision of one of our instructors without a certificate.',
  j('Yes, if you hold a certificate and they are 28 grams or lighter with shot no larger than size 7. Fibre wads only on the', 'woodland stands.'),
  'The café serves breakfast rolls, soup and cakes from 9am until 3pm every day we are open.',
  'We shoot in the rain. Every stand has a roof, and we only cancel for high winds or thunder.',
];
const wNav = ['Shoot', 'Lessons', 'Events', 'Plan Your Visit', 'Contact'];
const wFootCols = ['Kestrel Ridge Shooting Ground', 'Ridge Farm, Lower Amberley', '01632 960 418'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.kestrelridge.co.uk" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65e0f1e2d3c4b5a697887766" lang="en"><head>
<meta charset="utf-8">
<title>Plan Your Visit | Kestrel Ridge Shooting Ground</title><meta content="Directions, parking and answers to common questions before your first visit."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65e0f1e2d3c4b5a697887766/css/kestrel-ridge.webflow.shared.9c1d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${wHd[2]}"}]}</script></head>
<body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65e0/logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === wTitle ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}<a href="/book" class="button nav-button w-button">Book Online</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${wTitle}</h1>
${ps(wIntro, ' class="paragraph-large"')}</div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-2-col">
<div class="text-block-wrap"><h2 class="heading-l">${wHd[0]}</h2>${ps(wGetting, ' class="paragraph"')}</div>
<div class="map-embed w-embed w-iframe"><iframe src="https://www.google.com/maps/embed?pb=!1m18" width="100%" height="360" style="border:0" loading="lazy">
</iframe></div>
</div></div></section>
<section class="section faq"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">${wHd[1]}</h2><div class="faq-list">
${wFaq
  .map(
    (a, i) => `<div data-w-id="b1c2d3e4-${i}" class="faq-item"><div class="faq-question"><h3 class="heading-s">${wHd[i + 2] ?? ''}</h3>
<img src="https://assets-global.website-files.com/65e0/plus.svg" loading="lazy" alt="" class="faq-icon"></div><div class="faq-answer">
<p class="paragraph">${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta-band"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l white">Ready to shoot?</h2>
<a href="/book" class="button w-button">Book Online</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid">
<div>${ps(wFootCols, ' class="footer-text"')}</div>
<div class="footer-form w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" aria-label="Email Form">
<label for="email" class="field-label">
Join our mailing list</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email"
required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
<div class="footer-bottom"><div class="footer-small">© 2026 Kestrel Ridge Ltd. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0f1e2d3c4b5a697887766"
type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65e0f1e2d3c4b5a697887766/js/webflow.4b2c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout596-webflow-plan-visit',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wHd],
  body: texts([...wIntro, ...wGetting, ...wFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lessons', 'Events', 'Contact', 'Book Online', 'Ready to shoot?', ...wFootCols, 'Join our mailing list',
    '© 2026 Kestrel Ridge Ltd. All rights reserved.',
  ],
};

const hTitle = 'Handicap tables explained';
const hLead = 'How the association turns a score on any round into a handicap, and how your handicap changes over a season.';
const hHd = ['What a handicap is', 'Reading the table', 'Note', 'Improving your handicap', 'Classification versus handicap'] as const;
const hWhat = [
  j(
    'A handicap is a number from 0 to 150 that describes how well you shoot, regardless of the round, the distance or the bow.',
    'The lower the number, the better the archer. Because every round has its own column in the tables, a handicap lets an',
    'archer who shot a Portsmouth indoors compare fairly with one who shot a York outdoors.',
  ),
];
const hRead = ['Find the round you shot across the top of the table, then read down until you reach the highest score that is not more than yours.'];
const hHead = ['Handicap', 'Portsmouth', 'WA 18', 'Windsor', 'National'];
const hRows = [
  ['30', '564', '553', '926', '600'],
  ['40', '519', '501', '882', '558'],
  ['50', '447', '421', '812', '487'],
  ['60', '350', '318', '708', '391'],
];
const hNote = 'Where a score falls between two rows, always take the higher handicap, the worse of the two. Never round down.';
const hImprove = [
  j(
    'Your first handicap is the average of your first three scores. After that, a new score only changes your handicap if it is',
    'at least two better than your current figure, in which case your handicap becomes the average of the two.',
  ),
  'Handicaps are reset at the start of each outdoor season to the best of the three handicaps you shot in the previous season.',
];
const hClass = [
  j(
    'Classifications (Archer 3rd class up to Grand Master Bowman) are based on three scores in a season and depend on age and',
    'bow style. Handicaps do not. Both are recorded on your club record card by the records officer.',
  ),
];
const hNav = ['Documentation', 'Competitions', 'Clubs', 'About'];
const hSide = ['Scoring', 'Handicap tables explained', 'Classifications', 'Records and badges'];
const hMeta = ['Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const hLastmod = 'Last modified March 2, 2026: Clarify rounding rule (4c1e2a9)';
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.124.1">
<meta name="robots" content="index, follow"><link rel="shortcut icon" href="/favicons/favicon.ico"><title>${hTitle} | Wessex Archery Handbook</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-03-02T10:20:00+00:00"><meta itemprop="name" content="${hTitle}">
<link rel="preload" href="/scss/main.min.3f6b.css" as="style"><link href="/scss/main.min.3f6b.css" rel="stylesheet">
<script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2CJ7UaYy4JwqLDIrZUI" crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark">
<div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Wessex Archery Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNav
  .map((t) => `<li class="nav-item"><a class="nav-link${t === 'Documentation' ? ' active' : ''}" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`)
  .join('')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off" data-offline-search-index-json-src="/offline-search-index.json"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li"><a href="/docs/" class="align-left ps-0 td-sidebar-link
td-sidebar-link__section tree-root" id="m-docs"><span>Documentation</span></a><ul class="ul-1">${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title
td-sidebar-nav__section without-child"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/" class="align-left ps-0 td-sidebar-link td-sidebar-link__page">
<span>${t}</span>
</a></li>`,
  )
  .join('')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">${hMeta
  .map(
    (t) => `<a href="https://github.com/wessex-archery/handbook/edit/main/content/en/docs/handicaps.md"
target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> ${t}</a>`,
  )
  .join('')}</div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hHd
  .filter((h) => h !== 'Note')
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<h2 id="what-a-handicap-is">${hHd[0]}</h2>${ps(hWhat)}
<h2 id="reading-the-table">${hHd[1]}</h2>${ps(hRead)}
<table><thead><tr>${hHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${trs(hRows)}</tbody></table>
<div class="alert alert-info" role="alert"><h4 class="alert-heading">${hHd[2]}</h4>${hNote}</div>
<h2 id="improving-your-handicap">${hHd[3]}</h2>${ps(hImprove)}
<h2 id="classification-versus-handicap">${hHd[4]}</h2>${ps(hClass)}
<div class="td-page-meta__lastmod">Last modified March 2, 2026: <a href="https://github.com/wessex-archery/handbook/commit/4c1e2a9">Clarify rounding rule
(4c1e2a9)</a>
</div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Wessex County Archery Association</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.7c2a.js" integrity="sha256-x9f2" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout596-hugo-docsy-handicaps',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hHd],
  body: texts([hLead, ...hWhat, ...hRead, ...rowTexts(hRows), hNote, ...hImprove, ...hClass]),
  bylines: [hLastmod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wessex Archery Handbook', ...hNav, 'Scoring', 'Records and badges', ...hMeta, '© 2026 Wessex County Archery Association',
    'All Rights Reserved',
  ],
};

export const HELDOUT596_F: readonly TestPage[] = [webflow, hugo];
