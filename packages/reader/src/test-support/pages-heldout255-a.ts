import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout255-a2.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file a: a project news post on a Hugo site with the Docsy theme (navbar, blog sidebar with the
 * archive, breadcrumbs, lead, td-byline, reading time, page-meta and table-of-contents rail, previous / next buttons,
 * footer) and a software foundation's blog post built with Elementor (Complianz cookie banner, post-info list, share
 * buttons, caption, "Read more" promo, newsletter form widget, related posts widget, footer).
 */
const hTitle = 'Tidewell 4.2: disk-backed queues and a quieter shutdown';
const hLead = 'The spring release makes buffering survive restarts and stops losing the last second of logs when a node drains.';
const hH = ['Disk-backed queues', 'Graceful shutdown', 'Upgrading', 'Thanks'];
const hP1 = [
  j(
    'Tidewell 4.2 is out today. It is the largest release since we split the collector from the router last autumn, and most of it',
    'comes from two problems that operators kept raising in the community calls: buffered events disappear when a collector',
    'restarts, and a node that is being drained drops whatever arrived in its final second.',
  ),
  j(
    'Until now every pipeline kept its buffer in memory. That is fast, and for many people it is enough, but it means a crash or a',
    'rolling upgrade throws away anything that has not yet been shipped. In 4.2 a pipeline can write its buffer to a local',
    'directory instead, in segments of 64 MiB by default.',
  ),
];
const hL1 = [
  'Segments are written with a checksum per record, so a torn write at the end of a file is detected and skipped on replay.',
  'The queue replays from the oldest unacknowledged segment when the collector starts again.',
  'A size limit per pipeline stops a slow sink from filling the disk; when the limit is reached the pipeline applies back-pressure.',
];
const hP2 = [
  j(
    'In our own tests on a three-node cluster the disk queue costs about eight per cent of throughput at peak, which we think is a',
    'fair price for not losing data. The in-memory queue remains the default, so nobody pays that cost without asking for it.',
  ),
  j(
    'The second change is smaller but was harder to get right. When the collector receives a stop signal it now closes its',
    '<code>listeners</code> first, then waits for every pipeline to flush, up to the new <code>shutdown_grace</code> setting,',
    'before it exits. Before 4.2 the order was the other way round, and the events that arrived during the flush were lost.',
  ),
  j(
    'Kofi Armitage, who maintains the Helm chart, found the ordering bug while chasing missing lines during node drains on a',
    'customer cluster. His write-up of the investigation is linked from the pull request and is worth reading on its own.',
  ),
];
const hP3 = [
  j(
    'The configuration format has not changed, and 4.1 configurations load without edits. To switch a pipeline to the disk',
    'queue, set <code>buffer.type</code> to <code>disk</code> and give it a <code>buffer.path</code> that the collector user',
    'can write to. Two things to check before you upgrade:',
  ),
];
const hL2 = [
  'The minimum supported kernel for the inotify-based file source is now 5.4.',
  'The deprecated <code>--legacy-json</code> flag has been removed; use the <code>json</code> codec with <code>mode: compat</code>.',
];
const hP4 = [
  j(
    'This release had forty-one contributors, eleven of them for the first time. Special thanks to Mireille Dufort for the',
    'segment format review and to the packaging volunteers who rebuilt the Debian and RPM pipelines in time for the freeze.',
  ),
  'As always, please report problems on the issue tracker, and join the release call on Thursday if you want to ask questions.',
];
const hNav = ['Documentation', 'Blog', 'Community', 'Download', 'GitHub'];
const hArchive = ['Community call moves to Thursdays', 'Tidewell 4.1 released', 'Our new governance charter', 'Tidewell 4.0 released'];
const hMeta = ['View page source', 'Edit this page', 'Create child page', 'Create documentation issue', 'Create project issue', 'Print entire section'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.139.3">
<link rel="canonical" type="text/html" href="https://tidewell.dev/blog/2026/03/03/tidewell-4.2/">
<title>${hTitle} | Tidewell</title><meta name="description" content="${hLead}">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-03T00:00:00+00:00">
<link rel="preload" href="/scss/main.min.css" as="style"><link href="/scss/main.min.css" rel="stylesheet">
<script src="/js/jquery-3.7.1.min.js"></script><script async src="https://www.googletagmanager.example/gtag/js?id=G-TW42"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-TW42');</script></head>
<body class="td-page td-blog"><header>
<nav class="js-navbar-scroll navbar navbar-expand navbar-dark flex-column flex-md-row td-navbar" data-bs-theme="dark">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Tidewell</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${links(hNav, 'nav-item')}
</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><input type="search" class="form-control td-search__input"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
${links(hArchive, 'td-sidebar-nav__section-title td-sidebar-nav__section')}
</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
${hMeta.map((m) => `<a href="https://github.example/tidewell/website/" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw"></i> ${m}</a>`).join('\n')}
</div><div class="td-toc"><nav id="TableOfContents"><ul>
${hH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}
</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">
<nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/blog/">Tidewell Blog</a></li>
<li class="breadcrumb-item"><a href="/blog/2026/">2026</a></li>
<li class="breadcrumb-item active" aria-current="page">Tidewell 4.2 release</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1>
<div class="lead">${hLead}</div>
<div class="td-byline mb-4">By <b>Linnea Haraldsen</b> |
<time datetime="2026-03-03" class="text-body-secondary">Tuesday, March 03, 2026</time></div>
<header class="article-meta"><p class="reading-time"><i class="fa-solid fa-clock" aria-hidden="true"></i> 4 minute read</p></header>
<h2 id="disk-backed-queues">${hH[0]}</h2>
${ps(hP1.slice(0, 2))}
<ul>
${hL1.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(hP2.slice(0, 1))}
<h2 id="graceful-shutdown">${hH[1]}</h2>
${ps(hP2.slice(1))}
<h2 id="upgrading">${hH[2]}</h2>
${ps(hP3)}
<ol>
${hL2.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<h2 id="thanks">${hH[3]}</h2>
${ps(hP4)}
<ul class="list-unstyled d-flex justify-content-between align-items-center mb-0 pt-5">
<li><a href="/blog/2026/02/10/community-call-thursdays/" aria-label="Previous - Community call moves to Thursdays"
class="btn btn-primary"><span class="me-1">←</span>Previous</a></li>
<li><a aria-label="Next" class="btn btn-primary disabled">Next<span class="ms-1">→</span></a></li></ul></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul class="td-footer__links-list">
<li class="td-footer__links-item" data-bs-toggle="tooltip" title="Mailing list"><a target="_blank" rel="noopener" href="https://lists.tidewell.dev"
aria-label="Mailing list"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">© 2026
<span class="td-footer__authors">The Tidewell Authors</span> | Documentation distributed under
<a href="https://creativecommons.example/licenses/by/4.0">CC-BY-4.0</a></span><span class="td-footer__all_rights_reserved">All Rights Reserved</span>
<span class="ms-2"><a href="https://tidewell.dev/privacy/" target="_blank" rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.js"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout255-hugo-docsy-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hLead, ...hP1.slice(0, 2), ...hL1, ...hP2, ...hP3, ...hL2, ...hP4]),
  bylines: ['By Linnea Haraldsen', 'Tuesday, March 03, 2026'],
  furniture: [
    ...hNav,
    ...hArchive,
    ...hMeta,
    'Tidewell Blog',
    'Tidewell 4.2 release',
    '4 minute read',
    'Previous',
    'Next',
    '© 2026 The Tidewell Authors | Documentation distributed under CC-BY-4.0',
    'All Rights Reserved',
    'Privacy Policy',
  ],
};

export const HELDOUT255_A: readonly TestPage[] = [hugo, elementor];
