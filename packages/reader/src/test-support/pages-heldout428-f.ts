import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';
import { nuxtUsage } from './pages-heldout428-f2.js';

/**
 * Held-out batch 428, file f: a technical glossary in a Docusaurus docs site (navbar with version dropdown and GitHub
 * link, announcement bar, collapsible sidebar menu, breadcrumbs, the markdown with h2 terms, an admonition and a table,
 * hash-link anchors, "Edit this page" and "Last updated" footer, pagination, table of contents, footer) and, from file
 * f2, a dictionary's usage-note article rendered by Nuxt. The admonition's title is furniture, its text body; the table's
 * data cells are body, its header cells in neither list.
 */
const dTitle = 'Glossary';
const dIntro = [
  j(
    'This page defines the terms used throughout the Tessellate documentation. Where a term has a specific meaning in',
    'Tessellate that differs from its everyday use, the difference is pointed out. Terms are listed alphabetically.',
  ),
];
const dTerms: readonly [string, string[]][] = [
  [
    'Backfill',
    [
      j(
        'A job that processes historical data through a pipeline that was created or changed after that data arrived. A',
        'backfill reads from the archive tier rather than the live stream, and its output is written with the original',
        'event timestamps.',
      ),
    ],
  ],
  ['Checkpoint', ['A saved record of how far each worker has read in every partition. After a restart, workers resume from the last checkpoint.']],
  [
    'Late event',
    [
      j(
        'An event whose timestamp falls inside a window that has already been closed. By default late events are dropped',
        'and counted in the <code>late_events_total</code> metric; set <code>allowed_lateness</code> to keep them.',
      ),
    ],
  ],
  [
    'Partition',
    [
      'One ordered slice of a stream. Tessellate guarantees ordering within a partition, never across partitions.',
      'The number of partitions caps how many workers can read a stream in parallel.',
    ],
  ],
  ['Sink', ['The destination a pipeline writes to, such as a table, a bucket or another stream.']],
  [
    'Watermark',
    [
      j(
        'A timestamp that tells a pipeline "no events older than this are expected." Windows close when the watermark',
        'passes their end. Watermarks are estimated from the sources, so they can be wrong when a source stalls.',
      ),
    ],
  ],
  [
    'Window',
    [
      'A group of events defined by time, used for aggregation. Tessellate supports three kinds of window:',
      '<strong>Tumbling</strong>: fixed, non-overlapping intervals such as every five minutes.',
      '<strong>Sliding</strong>: fixed-length intervals that overlap, advancing by a smaller step.',
      '<strong>Session</strong>: intervals that close after a gap with no events for a given key.',
    ],
  ],
];
const dNote = j(
  'Several of these terms are used differently by other stream processors. In particular, what Tessellate calls a',
  '<em>checkpoint</em> is called an <em>offset commit</em> in some systems and a <em>savepoint</em> in others.',
);
const dTable: readonly [string, string, string][] = [
  ['Late event', 'Straggler', 'Delayed record'],
  ['Sink', 'Output', 'Destination'],
  ['Watermark', 'Low-water mark', 'Event-time frontier'],
];
const dSide = ['Introduction', 'Quick start', 'Concepts', 'Pipelines', 'Sources and sinks', 'Operations', 'Reference', 'Configuration', 'CLI', 'Glossary'];
const dNav = ['Docs', 'API', 'Blog', 'Community', 'GitHub'];
const dFoot = ['Getting started', 'Reference', 'Discussions', 'Issue tracker', 'Release notes'];
const anchor = (id: string): string => `<a href="#${id}" class="hash-link" aria-label="Direct link to ${id}" title="Direct link to ${id}">​</a>`;
const dId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const dHtml = `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page
docs-doc-id-reference/glossary"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">Glossary | Tessellate</title>
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docsearch:version" content="current">
<meta data-rh="true" property="og:title" content="Glossary | Tessellate"><meta data-rh="true" name="description" content="Terms used in the Tessellate
documentation.">
<link data-rh="true" rel="canonical" href="https://tessellate.example/docs/reference/glossary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Reference"},
{"@type":"ListItem","position":2,"name":"Glossary"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.5a8c1e2f.css"><script src="/assets/js/runtime~main.9b2d4c71.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){var
t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to
main
content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarContent_xLdY">Tessellate 4.2 is out, with session windows on
every sink.
<a href="/blog/release-4-2">Read the release notes</a></div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">Tessellate</b></a>${dNav.map((n) => `<a class="navbar__item navbar__link" href="/">${n}</a>`).join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link"
href="#">4.2</a></div>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${links(dSide, 'theme-doc-sidebar-item-link menu__list-item')}</ul></nav></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"></a></li><li class="breadcrumbs__item"><span
class="breadcrumbs__link">Reference</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Glossary</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dTitle}</h1></header>
${ps(dIntro)}
${dTerms
  .map((t) => {
    const [first, ...rest] = t[1];
    const list = t[0] === 'Window' ? `<ul>${rest.map((r) => `<li>${r}</li>`).join('\n')}</ul>` : ps(rest);
    return `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${dId(t[0])}">${t[0]}${anchor(dId(t[0]))}</h2>\n<p>${first ?? ''}</p>\n${list}`;
  })
  .join('\n')}
<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb"><span
class="admonitionIcon_Rf37">
<svg viewBox="0 0 14 16"></svg></span>note</div><div class="admonitionContent_BuS1"><p>${dNote}</p></div></div>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="equivalent-terms">Equivalent terms in other systems${anchor('equivalent-terms')}</h2>
<table><thead><tr><th>Tessellate</th><th>Also called</th><th>In older docs</th></tr></thead><tbody>
${dTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}
</tbody></table></div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.example/tessellate/docs/edit/main/docs/reference/glossary.md"
target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">Edit this page</a></div><div class="col lastUpdated_JAkA"><span
class="theme-last-updated">Last
updated on <b><time datetime="2026-02-24T11:20:00.000Z">Feb 24, 2026</time></b> by <b>Priya Okonjo-Hale</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/reference/cli">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">CLI reference</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${[...dTerms.map((t) => t[0]), 'Equivalent terms in other systems']
  .map(
    (t) => `<li><a href="#${dId(t)}" class="table-of-contents__link
toc-highlight">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div
class="footer__title">Docs</div>
<ul class="footer__items clean-list">${links(dFoot, 'footer__item')}</ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 The Tessellate Project. Built with
Docusaurus.</div></div></div></footer></div>
<script src="/assets/js/main.c41b7e0a.js" defer="defer"></script></body></html>`;
const tessellate: TestPage = {
  name: 'heldout428-tessellate-docusaurus-glossary',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dTerms.map((t) => t[0]), 'Equivalent terms in other systems'],
  body: texts([...dIntro, ...dTerms.flatMap((t) => t[1]), dNote, ...dTable.flat()]),
  bylines: ['Last updated on Feb 24, 2026 by Priya Okonjo-Hale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tessellate 4.2 is out, with session windows on every sink.', 'Read the release notes', ...dNav, '4.2', 'Search',
    'Introduction', 'Quick start', 'Concepts', 'Pipelines', 'Sources and sinks', 'Operations', 'Configuration', 'CLI', 'Reference', 'On this page', 'note',
    'Edit this page', 'Previous', 'CLI reference', 'Getting started', 'Discussions', 'Issue tracker', 'Release notes',
    'Copyright © 2026 The Tessellate Project. Built with Docusaurus.',
  ],
};

export const HELDOUT428_F: readonly TestPage[] = [tessellate, nuxtUsage];
