import type { TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j } from './pages-heldout597-kit.js';

/** Held-out batch 597, file c2: a method-learning guide on Hugo with the Docsy theme. */
const hTitle = 'Plain Bob Doubles';
const hDek = 'Your first method: the blue line, where the bobs go and how to learn it away from the tower.';
const hBlocks = [
  j(
    'Plain Bob Doubles is the method most ringers learn after they can ring call changes. It is rung on five working bells with a',
    'tenor covering behind, and it teaches the three things every later method builds on: plain hunting, dodging and making places.',
  ),
  '## Before you start',
  j(
    'You should be able to ring rounds and call changes steadily, to plain hunt on five without help, and to ring the treble to a',
    'plain course of a Doubles method. If plain hunting still needs your full attention, spend a few more practice nights on it first.',
  ),
  '## The blue line',
  j(
    'The path of one bell through the changes is drawn as a line, traditionally in blue. In a plain course every working bell plain',
    'hunts until the treble leads, and then the bell the treble passes in seconds makes a dodge. Learn the line as a sequence of',
    'pieces of work rather than as a list of numbers.',
  ),
  '1. Plain hunt out to the back, then down to lead.',
  '1. When the treble turns you from lead, make seconds and go back to lead.',
  '1. Dodge 3–4 down if you pass the treble in 3–4, or 3–4 up if you meet it on the way out.',
  '1. Lie behind for two blows and dodge 4–5 with the tenor when that work comes round.',
  j(
    'A plain course has five leads of ten changes and brings the bells back to rounds after forty changes. Each working bell rings',
    'every piece of work once.',
  ),
  '### Place bells',
  j(
    'Conductors call a bell by its place bell: the position it starts a lead from. Knowing your place bell lets you pick up the line',
    'at any point and recover quickly after a trip. Learn the order 2, 4, 5, 3 and the work that follows each one.',
  ),
  '## Bobs',
  j(
    'At a bob the bell making seconds instead runs out to fourths, the bell that would have run out makes the fourths place and',
    'runs in, and the bell that would have dodged 3–4 down runs in quick. Bobs let the conductor make touches longer than the plain',
    'course, up to the 120 changes of a full extent.',
  ),
  '## Learning it away from the tower',
  j(
    'Write the line out from memory until you can do it without looking, then practise on handbells or a ringing simulator if',
    'your tower has one. Many learners find it helps to say the work aloud as they ring: “hunt up, lie, hunt down, make seconds”.',
  ),
  j(
    'Above all, ring it with a steady band. A good treble ringer and a helpful conductor will carry you through the first few',
    'courses while the line settles.',
  ),
];
const hDocs = ['Getting started', 'Handling', 'Rounds and call changes', 'Plain hunting', 'Plain Bob Doubles', 'Grandsire Doubles', 'Stedman Doubles'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.123.7"><meta name="robots" content="index, follow">
<link rel="shortcut icon" href="/favicons/favicon.ico"><title>${hTitle} | First Steps in Ringing</title>
<meta name="description" content="${hDek}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2026-04-02T10:11:02+01:00">
<meta itemprop="name" content="${hTitle}"><meta itemprop="dateModified" content="2026-04-02T10:11:02+01:00">
<link rel="preload" href="/scss/main.min.4c1ab3a2.css" as="style"><link href="/scss/main.min.4c1ab3a2.css" rel="stylesheet">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g==" crossorigin="anonymous"></script>
</head>
<body class="td-page">
<header><nav class="td-navbar navbar-dark js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">First Steps in Ringing</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/docs/"><span>Guides</span></a></li>
<li class="nav-item"><a class="nav-link" href="/towers/"><span>Find a tower</span></a></li>
<li class="nav-item"><a class="nav-link" href="/about/"><span>About</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json" data-offline-search-base-href="/" data-offline-search-max-results="10"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path"><a href="/docs/" class="align-left ps-0 td-sidebar-link
td-sidebar-link__section tree-root">Guides</a><ul class="ul-1">
${hDocs
  .map(
    (t) =>
      `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a class="align-left ps-0 td-sidebar-link td-sidebar-link__page${
        t === hTitle ? ' active' : ''
      }" href="/docs/${t.toLowerCase().replace(/ /g, '-')}/"><span class="${t === hTitle ? 'td-sidebar-nav-active-item' : ''}">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/first-steps-ringing/site/edit/main/content/en/docs/plain-bob-doubles.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/first-steps-ringing/site/issues/new?title=Plain%20Bob%20Doubles" class="td-page-meta--issue td-page-meta__issue" target="_blank"
rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>
${headingsOf(hBlocks)
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}
</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">
<nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/docs/">Guides</a></li>
<li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hDek}</div>
<header class="article-meta"></header>
${blocks(hBlocks.slice(0, 5))}
<pre tabindex="0"><code>12345
21354
23145
32415
34251
43521
45312</code></pre>
${blocks(hBlocks.slice(5))}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
</div>
<div class="td-page-meta__lastmod">Last modified April 2, 2026: <a href="https://github.com/first-steps-ringing/site/commit/9f2c1e4">Clarify bobs
(9f2c1e4)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__left col-6 col-sm-4 order-sm-1"></div><div class="td-footer__right col-6 col-sm-4 order-sm-3"></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">First Steps in
Ringing</span></span><span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.7a3c8f.js" integrity="sha256-Z5ZB8mgE4v1W0YvRz0Hh1pxq6pA2hQ6cM1vD3R7Zy5g=" crossorigin="anonymous"></script>
<script src="/js/prism.js"></script>
</body></html>`;
const docsy: TestPage = {
  name: 'heldout597-hugo-docsy-plain-bob',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: headingsOf(hBlocks),
  body: [hDek, ...bodyOf(hBlocks)],
  bylines: ['Last modified April 2, 2026: Clarify bobs (9f2c1e4)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'First Steps in Ringing', 'Guides', 'Find a tower', 'About', 'Getting started', 'Handling', 'Grandsire Doubles',
    'Stedman Doubles', 'Edit this page', 'Create documentation issue', 'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2026 First Steps in Ringing',
    'All Rights Reserved',
  ],
};

export const HELDOUT597_C2: readonly TestPage[] = [docsy];
