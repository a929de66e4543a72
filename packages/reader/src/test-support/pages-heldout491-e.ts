import { links, ps, type TestPage } from './page-kit.js';
import { gold, j, lis } from './pages-heldout491-kit.js';

/**
 * Held-out batch 491, file e: a youth club's residential trip page on Webflow (navbar component, rich text, CTA section,
 * footer, Webflow badge), and a leaders' handbook page on night hikes on Hugo with the Docsy theme (sidebar tree, page TOC,
 * edit links, feedback widget).
 */
const wTitle = 'Summer residential to Caer Dolwen';
const wDek = 'Five days of canoeing, climbing and campfires for members aged 11 to 16, 4 to 8 August.';
const wParas = [
  j(
    'This summer we are taking 30 members to the Caer Dolwen outdoor centre on the edge of Snowdonia. We travel by minibus from',
    'the club on Monday morning and come back on Friday evening. The centre provides instructors for the water and climbing',
    'sessions; our own youth workers stay with the group the whole time.',
  ),
  j(
    'The trip costs £180, which covers travel, food, activities and accommodation in bunk rooms of six. We can offer a reduced',
    'price of £40 to any family that needs it, no questions asked. Just tick the box on the form.',
  ),
];
const wDays = [
  'Monday: travel, settle in, evening walk to the lake',
  'Tuesday: canoeing and raft building',
  'Wednesday: climbing and abseiling at the quarry',
  'Thursday: mountain walk (two routes, for different abilities) and a campfire',
  'Friday: gorge scrambling and travel home',
];
const wPlaces = j(
  'Places are given to members who have been coming to the club regularly since Easter. Forms and a £30 deposit must be in by',
  '20 June. A parents’ meeting will be held at the club on 15 July at 6.30pm.',
);
const wNav = ['About', 'Sessions', 'Trips', 'Get involved', 'Donate'];
const wFoot = ['Ridgeway Youth Project', 'The Old Chapel, 4 Ferry Lane, Calder Bridge', 'Registered charity 1184420', 'Safeguarding', 'Privacy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon May 11 2026 10:02:17 GMT+0000 -->
<html data-wf-domain="www.ridgewayyouth.org" data-wf-page="64f0c1a2b3c4d5e6f7a8b9c0" data-wf-site="64f0c1a2b3c4d5e6f7a8b9a1" lang="en"><head><meta
charset="utf-8">
<title>Summer residential 2026 | Ridgeway Youth Project</title><meta content="${wDek}" name="description">
<meta content="Summer residential 2026 | Ridgeway Youth Project" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link
href="https://assets-global.website-files.com/64f0c1a2b3c4d5e6f7a8b9a1/css/ridgeway.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script><link href="https://assets-global.website-files.com/64f0c1a2b3c4d5e6f7a8b9a1/favicon.png"
rel="shortcut icon"></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/64f0c1a2/logo.svg"
loading="lazy" alt="Ridgeway Youth Project" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-trip"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/trips" class="breadcrumb-link">Trips</a>
<div class="breadcrumb-sep">/</div><div class="breadcrumb-current">Summer 2026</div></div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wDek}</p></div></section>
<section class="section"><div class="container narrow w-container"><div class="rich-text w-richtext">
${ps(wParas)}
<h2>The week</h2><ul role="list">${lis(wDays)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/64f0c1a2/lake.jpg"
loading="lazy" alt="Canoes on the lake at Caer Dolwen"></div><figcaption>Canoeing on Llyn Dolwen last summer</figcaption></figure>
<h2>How places are given</h2><p>${wPlaces}</p></div></div></section>
<section class="section cta-section"><div class="container w-container"><div class="cta-wrap"><h2 class="heading-m">Ready to book?</h2>
<p>Download the form or pick one up at any session.</p><a href="/documents/residential-form-2026.pdf" class="button w-button">Download the booking form</a>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div>${ps(wFoot.slice(0, 3), ' class="footer-text"')}</div>
<div class="footer-links">${wFoot
  .slice(3)
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('\n')}</div></div>
<div class="footer-copy">© 2026 Ridgeway Youth Project</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f0c1a2b3c4d5e6f7a8b9a1" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64f0c1a2b3c4d5e6f7a8b9a1/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout491-webflow-youth-residential',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['The week', 'How places are given'],
  body: [wDek, ...wParas, ...wDays, wPlaces],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Trips', 'Summer 2026', 'Canoeing on Llyn Dolwen last summer', 'Ready to book?', 'Download the form or pick one up at any session.',
    'Download the booking form', ...wFoot, '© 2026 Ridgeway Youth Project',
  ],
});

const hTitle = 'Night hikes';
const hLead = 'How to plan and run a night hike for Scouts and Explorers, and what the activity rules require.';
const hSecs: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'Before you go',
    [
      j(
        'A night hike is any walk that takes place wholly or partly after sunset. It does not need an activity permit if it stays',
        'in terrain one (lowland, within 30 minutes of a road), but it must be in your programme and risk assessment.',
      ),
      'Check these before the evening:',
    ],
    [
      'the route, walked in daylight by a leader within the last month',
      'the weather forecast and sunset time',
      'a contact at home who has the route, the group list and the expected return time',
      'torches with spare batteries, a first aid kit and a phone for each group',
    ],
  ],
  [
    'On the night',
    [
      j(
        'Brief the group on the route, the meeting points and what to do if they become separated: stay where they are, put on',
        'warm clothes and blow a whistle in sets of six. Count heads at every gate and junction.',
      ),
      j(
        'Let eyes adjust to the dark for ten minutes before setting off, and use red light where you can. On roads, walk in single',
        'file facing the traffic, with a leader in high-visibility clothing at the front and the back.',
      ),
    ],
    [],
  ],
  [
    'Explorer groups without a leader',
    [
      j(
        'Explorers may walk at night in groups of four to seven without a leader present, if a leader has signed off the route',
        'and the group has checked in by phone at the agreed times. This counts as a remote supervision activity.',
      ),
    ],
    [],
  ],
];
const hTree = ['Programme', 'Camping', 'Hikes and expeditions', 'Water activities', 'Safety and first aid'];
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.124.1">
<link rel="canonical" type="text/html" href="https://handbook.eastmarchscouts.org/docs/hikes/night-hikes/"><title>${hTitle} | Eastmarch Leaders'
Handbook</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2026-02-19T10:41:07+00:00">
<link rel="preload" href="/scss/main.min.6f8e3a.css" as="style"><link href="/scss/main.min.6f8e3a.css" rel="stylesheet" integrity="">
<script src="/js/lunr.min.js" defer></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Eastmarch Leaders' Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/docs/"><span>Handbook</span></a></li><li class="nav-item"><a class="nav-link" href="/forms/">
<span>Forms</span></a></li>
<li class="nav-item"><a class="nav-link" href="/news/"><span>Updates</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off" data-offline-search-index-json-src="/offline-search-index.json">
</div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav td-sidebar-nav--search-disabled" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-docs"><span>Handbook</span></a>
<ul class="ul-1">${links(hTree, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/eastmarch-scouts/handbook/edit/main/content/en/docs/hikes/night-hikes.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/eastmarch-scouts/handbook/issues/new?title=Night%20hikes" class="td-page-meta--issue td-page-meta__issue" target="_blank"
rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents">
<ul>${hSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/hikes/">Hikes and expeditions</a></li>
<li class="breadcrumb-item active" aria-current="page">Night hikes</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${hSecs
  .map(
    ([h, paras, items]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>
${ps(paras)}${items.length ? `<ul>${lis(items)}</ul>` : ''}`,
  )
  .join('\n')}
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>Never run a night hike near water, cliffs or quarries, even if the route is
familiar in daylight.</div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes" style="display: none;">Glad to hear it! Please
<a href="https://github.com/eastmarch-scouts/handbook/issues/new">tell us how
we can improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified February 19, 2026: <a href="https://github.com/eastmarch-scouts/handbook/commit/8e2f1c4">clarify Explorer
check-in times (8e2f1c4)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1"></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2026 Eastmarch District Scouts All Rights
Reserved</span>
<span class="td-footer__all_rights_reserved">Not an official Scouts publication</span></div></div></div></footer></div>
<script src="/js/main.min.7c5a.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout491-hugo-docsy-night-hikes',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hSecs.map(([h]) => h), 'Warning'],
  body: [
    hLead,
    ...hSecs.flatMap(([, paras, items]) => [...paras, ...items]),
    'Never run a night hike near water, cliffs or quarries, even if the route is familiar in daylight.',
  ],
  bylines: ['Last modified February 19, 2026: clarify Explorer check-in times (8e2f1c4)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Eastmarch Leaders' Handbook", 'Handbook', 'Forms', 'Updates', ...hTree, 'Edit this page', 'Create documentation issue', 'Feedback',
    'Was this page helpful?', 'Yes', 'No',
    '© 2026 Eastmarch District Scouts All Rights Reserved',
    'Not an official Scouts publication',
  ],
});

export const HELDOUT491_E: readonly TestPage[] = [webflow, hugo];
