import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout660-kit.js';

/**
 * Held-out batch 660, file b: a copywriter's portfolio case study on Webflow, and a publisher's house style guide page on
 * Hugo with the Docsy theme.
 */
const fTitle = 'Rewriting the Ferncastle Cycles shop, one product page at a time';
const fDek = 'How a 40-page e-commerce rewrite lifted add-to-basket rates by 23% in a quarter.';
const fFacts = [
  '<strong>Client:</strong> Ferncastle Cycles',
  '<strong>Scope:</strong> Product pages, category pages, checkout microcopy',
  '<strong>Timeline:</strong> 10 weeks',
];
const fBody = [
  'The brief',
  j(
    'Ferncastle sells touring bikes and panniers from a workshop in Dunmore. Their product pages had been written by five people',
    'over six years, and it showed: some read like spec sheets, some like diary entries, and a few still mentioned models they no longer made.',
  ),
  j('They wanted one voice across the shop, and they wanted the pages to answer the questions their workshop staff heard on the', 'phone every day.'),
  'What I did',
  'I sat in on two days of customer calls and logged every question that came up more than twice.',
  'I wrote a two-page voice guide: plain, dry, a little funny, never breathless.',
  'I rewrote 40 product pages in batches of eight, testing each batch against the old copy.',
  'I replaced checkout error messages like “Invalid input” with messages that said what to fix.',
  'The result',
  j(
    'Add-to-basket rates rose by 23% over the quarter after launch, and calls to the workshop asking about frame sizes fell by',
    'almost half. The team now uses the voice guide to write new pages themselves.',
  ),
  '“Calla asked better questions about our bikes than most of our customers do.” — Owen Ferncastle, founder',
];
const fSteps = [4, 5, 6, 7];
const fHeads = [0, 3, 8];
const fNav = ['Work', 'Services', 'About', 'Writing'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Feb 10 2026 11:04:18 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.callamercer.co" data-wf-page="65c1f0a2b3" data-wf-site="65c1f0a2a1" data-wf-collection="65c1f0a2c4"
data-wf-item-slug="ferncastle-cycles">
<head><meta charset="utf-8"><title>Ferncastle Cycles | Calla Mercer — Copywriter</title>
<meta content="${fDek}" name="description"><meta content="Ferncastle Cycles | Calla Mercer — Copywriter" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c1f0a2a1/css/callamercer.webflow.shared.4f1.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX"></script></head>
<body class="body-case"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><div class="logo-text">Calla Mercer</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="nav-button w-button">Let’s talk</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-case-hero"><div class="container-large"><a href="/work" class="back-link w-inline-block"><div class="text-small">← All work</div></a>
<div class="case-tag">E-commerce</div><h1 class="heading-case">${fTitle}</h1><p class="case-dek">${fDek}</p>
<div class="case-facts"><ul role="list" class="case-facts-list w-list-unstyled">${lis(fFacts, 'case-fact')}</ul></div>
<div class="case-hero-image-wrap">
<img src="https://assets-global.website-files.com/65c1f0a2a1/ferncastle-hero.jpg" loading="eager" alt="Ferncastle product page on a phone"
class="case-hero-image">
<div class="image-caption">The new product page template, on mobile.</div></div></div></section>
<section class="section-case-body"><div class="container-small"><div class="case-rich-text w-richtext">
<h2>${at(fBody, 0)}</h2>${ps(fBody.slice(1, 3))}
<h2>${at(fBody, 3)}</h2><ol role="list">${lis(fSteps.map((i) => at(fBody, i)))}</ol>
<h2>${at(fBody, 8)}</h2>${ps(fBody.slice(9, 10))}
<blockquote>${at(fBody, 10)}</blockquote></div></div></section>
<section class="section-next-case"><div class="container-large"><div class="text-eyebrow">Next project</div>
<a href="/work/harlow-bay-hospice" class="next-case-link w-inline-block"><h3 class="heading-next">A gentler donation journey for Harlow Bay Hospice</h3>
</a></div></section>
<section class="section-cta"><div class="container-large"><h2 class="heading-cta">Got words that aren’t pulling their weight?</h2>
<a href="/contact" class="button-primary w-button">Book a discovery call</a></div></section>
<footer class="footer"><div class="container-large footer-grid">
<div class="footer-text">© 2026 Calla Mercer. Words for brands who’d rather sound like people.</div>
<div class="footer-links"><a href="https://www.linkedin.com/" class="footer-link">LinkedIn</a>
<a href="mailto:hello@callamercer.co" class="footer-link">hello@callamercer.co</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1f0a2a1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65c1f0a2a1/js/webflow.a8f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout660-webflow-case-study',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads.map((i) => at(fBody, i)),
  body: texts([fDek, ...fFacts, ...fBody.filter((_, i) => !fHeads.includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Calla Mercer', ...fNav, 'Let’s talk', '← All work', 'The new product page template, on mobile.', 'Next project',
    'A gentler donation journey for Harlow Bay Hospice', 'Got words that aren’t pulling their weight?', 'Book a discovery call',
    '© 2026 Calla Mercer. Words for brands who’d rather sound like people.', 'LinkedIn', 'hello@callamercer.co',
  ],
};

const hTitle = 'Numbers, dates and times';
const hLead = 'How Saltmarsh Press sets numbers in books, catalogues and on the website. Where this page and the Chicago Manual disagree, this page wins.';
const hBody = [
  'Words or figures',
  j(
    'Spell out whole numbers from one to ninety-nine and round numbers such as <em>two hundred</em> or <em>three thousand</em>.',
    'Use figures for everything else.',
  ),
  'Always use figures for:',
  'percentages (<em>7 per cent</em>; use % only in tables)',
  'measurements with a unit (<em>3 km</em>, <em>12 kg</em>)',
  'page, chapter and plate numbers',
  'Never start a sentence with a figure. Rewrite the sentence or spell the number out.',
  'Dates',
  'Write dates as day, month, year with no commas: <em>14 July 2026</em>. Decades take no apostrophe: <em>the 1990s</em>.',
  'Times',
  'Use the twelve-hour clock with a full stop and lower-case am and pm: <em>9.30 am</em>, <em>noon</em>, <em>midnight</em>.',
];
const hTable = [
  ['1,000', '1,000', 'Comma from four digits'],
  ['2015–16', '2015–16', 'En dash, last two digits'],
  ['£4m', '£4 million', 'Spell out million in running text'],
] as const;
const hHeads = [0, 7, 9];
const hList = [3, 4, 5];
const hSide = ['Getting started', 'Spelling and word list', 'Punctuation', 'Numbers, dates and times', 'Names and titles', 'Bias-free language', 'Citations'];
const hTop = ['Style guide', 'Production', 'Contracts', 'Blog'];
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.121.1">
<link rel="canonical" type="text/html" href="https://house.saltmarshpress.org/style/numbers/"><title>${hTitle} | Saltmarsh Press House Style</title>
<meta name="description" content="${hLead}"><meta itemprop="name" content="${hTitle}">
<link rel="preload" href="/scss/main.min.css" as="style"><link href="/scss/main.min.css" rel="stylesheet">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Saltmarsh Press House Style</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${links(hTop, 'nav-item')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title">
<a href="/style/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root">Style guide</a></li>
<ul class="ul-1">${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title">
<a class="td-sidebar-link td-sidebar-link__page${t === hTitle ? ' active' : ''}" href="#"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/saltmarsh-press/house-style/edit/main/content/style/numbers.md" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw">
</i> Edit this page</a>
<a href="https://github.com/saltmarsh-press/house-style/issues/new" target="_blank"><i class="fa-solid fa-list-check fa-fw">
</i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hHeads.map((i) => `<li><a href="#">${at(hBody, i)}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/style/">Style guide</a></li><li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<h2 id="words-or-figures">${at(hBody, 0)}</h2>${ps(hBody.slice(1, 3))}<ul>${lis(hList.map((i) => at(hBody, i)))}</ul>
<div class="alert alert-primary" role="alert"><h4 class="alert-heading">Note</h4>${at(hBody, 6)}</div>
<table class="table table-striped"><thead><tr><th>Write</th><th>In tables</th><th>Why</th></tr></thead><tbody>
${hTable.map((r) => `<tr><td>${r[1]}</td><td>${r[0]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
<h2 id="dates">${at(hBody, 7)}</h2>${ps([at(hBody, 8)])}<h2 id="times">${at(hBody, 9)}</h2>${ps([at(hBody, 10)])}
<div class="text-muted mt-5 pt-3 border-top">Last modified February 3, 2026: <a href="https://github.com/saltmarsh-press/house-style/commit/9c1e2f0">Add
time rule (9c1e2f0)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">© 2026 Saltmarsh Press</span><span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div>
</footer></div>
<script src="/js/main.min.js" integrity="sha256-x1" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout660-hugo-docsy-house-style',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts([
    hLead,
    at(hBody, 1),
    at(hBody, 2),
    ...hList.map((i) => at(hBody, i)),
    at(hBody, 6),
    ...hTable.map((r) => `${r[1]} ${r[0]} ${r[2]}`),
    at(hBody, 8),
    at(hBody, 10),
  ]),
  bylines: ['Last modified February 3, 2026:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Press House Style', ...hTop, ...hSide.filter((t) => t !== hTitle), 'Edit this page', 'Create documentation issue', 'Note',
    'Add time rule (9c1e2f0)', '© 2026 Saltmarsh Press', 'All Rights Reserved',
  ],
};

export const HELDOUT660_B: readonly TestPage[] = [webflow, hugo];
