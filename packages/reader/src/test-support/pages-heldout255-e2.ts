import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file e2: a project's security policy page on Docusaurus (a short main text: skip link, announcement
 * bar, navbar with version dropdown and DocSearch button, docs sidebar, breadcrumbs, "On this page" button, hash links,
 * a supported-versions table, "Edit this page" and "Last updated" row, pagination, table of contents, dark footer).
 */
const sTitle = 'Security policy';
const sH = ['Supported versions', 'Reporting a vulnerability', 'What happens next', 'Scope'];
const sP1 = [
  j(
    'Wrenfold reads archive files that often come from untrusted sources, so we treat memory-safety and resource-exhaustion',
    'bugs as security issues. This page explains which releases get fixes and how to tell us about a problem privately.',
  ),
];
const sRows = [
  ['3.1.x', 'Yes, until 3.3 is released'],
  ['3.0.x', 'Security fixes only, until 31 August 2026'],
  ['2.x and older', 'Not supported'],
];
const sP2 = [
  j(
    'Please do not open a public issue. Email <code>security@wrenfold.dev</code> or use the private vulnerability report',
    'form in the repository. Include the version, a sample file if you can share one, and what you expected to happen.',
  ),
  'If you do not hear back within three working days, write to the steering council at <code>council@wrenfold.dev</code>.',
];
const sL = [
  'We confirm that we received your report within three working days.',
  'We aim to confirm or rule out the problem within ten working days and tell you which releases are affected.',
  'We prepare fixes for every supported release and agree a disclosure date with you, normally within 90 days.',
  'We publish an advisory with a CVE identifier and credit you by name unless you ask us not to.',
];
const sP3 = [
  j(
    'Crashes, hangs and excessive memory use when reading a crafted archive are in scope. Bugs in the example programs and',
    'in third-party bindings are not; please report those to their own maintainers.',
  ),
];
const sNav = ['Docs', 'API', 'Blog', 'Community'];
const sSide = ['Introduction', 'Installation', 'Reading archives', 'Streaming', 'Code of conduct', 'Contributing', 'Security policy', 'Governance'];
const sFootDocs = ['Getting started', 'API reference'];
const sFootComm = ['Matrix', 'Forum', 'Mastodon'];
const hash = (h: string): string => {
  const id = h.toLowerCase().replace(/ /g, '-');
  return `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${h}<a href="#${id}" class="hash-link" aria-label="Direct link to ${h}"
title="Direct link to ${h}">\u200b</a></h2>`;
};
const sHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-community/security"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">${sTitle} | Wrenfold</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" property="og:title" content="${sTitle} | Wrenfold">
<meta data-rh="true" name="description" content="Which Wrenfold releases get security fixes and how to report a vulnerability privately.">
<link data-rh="true" rel="canonical" href="https://wrenfold.dev/docs/community/security"><link rel="stylesheet" href="/assets/css/styles.5e1a7c2b.css">
<script src="/assets/js/runtime~main.8c1d3f0a.js" defer></script><script src="/assets/js/main.b7e4a901.js" defer></script></head>
<body class="navigation-with-keyboard"><script>!function(){var t=localStorage.getItem("theme");
document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main
content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Wrenfold 3.1 is out, with
faster ZIP64 reading. <a href="/blog/3.1">See the release notes</a></div><button type="button" aria-label="Close" class="clean-btn close
closeButton_CVFx announcementBarClose_gvF7">×</button></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="theme-layout-navbar-left navbar__items">
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Wrenfold logo" class="themedComponent_mlkZ"></div>
<b class="navbar__title
text--truncate">Wrenfold</b></a>${sNav.map((n) => `<a class="navbar__item navbar__link" href="/${n.toLowerCase()}">${n}</a>`).join('')}</div>
<div class="theme-layout-navbar-right navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">
<a href="#" aria-haspopup="true" aria-expanded="false" role="button" class="navbar__link">3.1</a><ul class="dropdown__menu">
<li><a class="dropdown__link" href="/docs/3.0/intro">3.0</a></li><li><a class="dropdown__link" href="/versions">All versions</a></li></ul></div>
<a href="https://github.example/wrenfold/wrenfold" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link"
aria-label="GitHub repository"></a><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search
(Command+K)"><span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">Search</span></span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
${links(sSide, 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item')}</ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"></a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Community</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Security</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn
tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${sTitle}</h1></header>
${ps(sP1)}
${hash(sH[0] ?? '')}
<table><thead><tr><th>Version</th><th>Supported</th></tr></thead><tbody>
${sRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}
</tbody></table>
${hash(sH[1] ?? '')}
${ps(sP2)}
${hash(sH[2] ?? '')}
<ol>
${sL.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${hash(sH[3] ?? '')}
${ps(sP3)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.example/wrenfold/wrenfold/edit/main/website/docs/community/security.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"></svg>Edit this
page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2026-02-11T09:12:00.000Z"
itemprop="dateModified">Feb 11, 2026</time></b><!-- --> by <b>Rosalind Achterberg</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/community/contributing"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Contributing</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/community/governance"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Governance</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${sH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('\n')}
</ul></div></div></div></div></main></div></div></div>
<footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col">
<div class="footer__title">Learn</div><ul class="footer__items clean-list">${links(sFootDocs, 'footer__item')}</ul></div><div class="col footer__col">
<div class="footer__title">Talk to us</div><ul class="footer__items clean-list">${links(sFootComm, 'footer__item')}</ul></div></div>
<div class="footer__bottom text--center"><div
class="footer__copyright">Copyright © 2026 The Wrenfold contributors. Built with Docusaurus.</div></div></div></footer></div>
</body></html>`;
export const docusaurus: TestPage = {
  name: 'heldout255-docusaurus-security-policy',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sP1, ...sRows.flat(), ...sP2, ...sL, ...sP3]),
  bylines: ['Last updated on Feb 11, 2026 by Rosalind Achterberg'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wrenfold 3.1 is out, with faster ZIP64 reading. See the release notes', ...sNav, 'All versions', 'Search',
    ...sSide.filter((s) => s !== 'Security policy'), 'Community', 'On this page', 'Edit this page', 'Previous', 'Next', 'Learn', ...sFootDocs, 'Talk to us',
    ...sFootComm, 'Copyright © 2026 The Wrenfold contributors. Built with Docusaurus.',
  ],
};
