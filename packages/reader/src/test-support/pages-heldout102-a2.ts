import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 102, file a2: a Docusaurus 3 documentation page (announcement bar, navbar with version dropdown, search
 * button and GitHub link, the doc sidebar with categories, breadcrumbs, the mobile "On this page" toggle, the markdown body
 * with tip and warning admonitions and code blocks, the "Edit this page" and "Last updated" footer, the prev/next
 * pagination, the desktop table of contents and the site footer).
 */
const duTitle = 'Caching build outputs';
const duP1 = [
  'Harbor can skip any task whose inputs have not changed since the last run. When a task is cached, Harbor restores its output ' +
    'files and replays its terminal output instead of running it again. On a typical monorepo this cuts a clean CI build from ' +
    'minutes to seconds.',
  'This page explains how Harbor decides that two runs are the same, how to declare the files a task produces, and how to find ' +
    'out why a task missed the cache.',
];
const duH1 = 'How the cache key is built';
const duP2 = ['Before running a task, Harbor hashes everything that could change its result. The cache key combines:'];
const duList1 = [
  'the contents of every file matched by the task’s <code>inputs</code> globs;',
  'the task’s command line and the environment variables listed in <code>env</code>;',
  'the cache keys of the tasks it depends on;',
  'the Harbor version and the operating system family.',
];
const duTip = [
  'Keep <code>inputs</code> as narrow as you can. A glob such as <code>**/*</code> pulls in editor swap files and test reports, ' +
    'and every stray file is a reason for the cache to miss.',
];
const duH2 = 'Declaring outputs';
const duP3 = [
  'Harbor only restores files that a task declares as outputs. Add an <code>outputs</code> list to the task in ' + '<code>harbor.toml</code>:',
  'Paths are relative to the package directory. Directories are stored recursively. Anything a task writes outside its declared ' +
    'outputs is not cached, so a later cache hit will leave it missing.',
];
const duWarn = ['Do not list a directory that other tasks also write to. Restoring it from the cache will overwrite their files without a warning.'];
const duH3 = 'Debugging cache misses';
const duP4 = [
  'Run the task with <code>--explain</code> to see which part of the key changed. Harbor prints the previous and current hash for ' +
    'each input and marks the first one that differs.',
  'The most common causes are a timestamp written into a generated file, an environment variable that differs between machines, ' +
    'and line-ending conversion on Windows checkouts.',
];
const duH4 = 'Clearing the cache';
const duP5 = [
  'The local cache lives in <code>.harbor/cache</code> and is trimmed to 5 GB by default. To clear it completely, run ' +
    '<code>harbor cache clean</code>. Remote caches are covered on their own page.',
];
const duNav = ['Docs', 'Guides', 'API', 'Blog'];
const duSide = [
  'Introduction',
  'Installation',
  'Your first pipeline',
  'Tasks and dependencies',
  'Caching build outputs',
  'Remote caches',
  'Running in CI',
  'Plugins',
];
const duFootCols: [string, string[]][] = [
  ['Docs', ['Getting started', 'Configuration reference', 'CLI reference']],
  ['Community', ['Discord', 'Stack Overflow', 'Mastodon']],
  ['More', ['Blog', 'GitHub', 'Changelog']],
];
const duCode = (c: string, lang: string): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"
style="--prism-color:#393A34;--prism-background-color:#f6f8fa"><div class="codeBlockContent_biex"><pre tabindex="0"
class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line">${c}</span></code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA"
aria-hidden="true"></span></button></div></div></div>`;
const duAdm = (kind: string, label: string, body: readonly string[]): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3
alert alert--${kind === 'tip' ? 'success' : 'warning'}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16">
</svg></span>${label}</div><div class="admonitionContent_BuS1">${body.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
const duH = (t: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${t.toLowerCase().replace(/ /g, '-')}">${t}<a href="#${t.toLowerCase().replace(/ /g, '-')}"
class="hash-link" aria-label="Direct link to ${t}" title="Direct link to ${t}">\u200b</a></h2>`;
const duPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const duHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/caching"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">Caching build outputs | Harbor</title><meta data-rh="true" name="viewport" content="width=device-width, initial-scale=1.0">
<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:url"
content="https://harbor.build/docs/guides/caching">
<meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true" name="docsearch:language" content="en">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current">
<meta data-rh="true" property="og:title" content="Caching build outputs | Harbor">
<meta data-rh="true" name="description" content="Harbor can skip any task whose inputs have not changed since the last run.">
<link data-rh="true" rel="canonical" href="https://harbor.build/docs/guides/caching">
<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Harbor RSS Feed">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Guides","item":"https://harbor.build/docs/category/guides"},{"@type":"ListItem","position":2,"name":"Caching build outputs",
"item":"https://harbor.build/docs/guides/caching"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.7f3c2e1a.css"><script src="/assets/js/runtime~main.4b2f9c1e.js" defer></script>
<script src="/assets/js/main.a81d3c55.js" defer></script></head>
<body class="navigation-with-keyboard"><script>!function(){var
t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to
main
content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#0b3d5c;color:#fff" role="banner"><div
class="announcementBarPlaceholder_vyr4"></div>
<div class="content_knG7 announcementBarContent_xLdY">Harbor 3.0 is out, with remote caching for everyone. <a target="_blank" rel="noopener noreferrer"
href="/blog/harbor-3">Read the release notes</a></div><button type="button" aria-label="Close"
class="clean-btn close closeButton_CVFx announcementBarClose_gvF7">
<svg viewBox="0 0 15 15" width="14" height="14"></svg></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar"
aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button><a class="navbar__brand" href="/"><div class="navbar__logo">
<img src="/img/logo.svg" alt="Harbor logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Harbor</b></a>
${duNav.map((t) => `<a class="navbar__item navbar__link" href="/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true"
aria-expanded="false" role="button" class="navbar__link">3.x</a><ul class="dropdown__menu"><li><a class="dropdown__link dropdown__link--active"
href="/docs/guides/caching">3.x</a></li><li><a class="dropdown__link" href="/docs/2.x/guides/caching">2.x</a></li></ul></div>
<a href="https://github.com/harbor-build/harbor" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link"
aria-label="GitHub repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button"
title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)"></button></div>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Container">
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd>
<kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top"
class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
<li class="theme-doc-sidebar-item-category menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist"
aria-expanded="true" href="/docs/category/getting-started">Getting started</a></div><ul
class="menu__list">${links(duSide.slice(0, 3), 'menu__list-item')}</ul></li>
<li class="theme-doc-sidebar-item-category menu__list-item"><div class="menu__list-item-collapsible"><a
class="menu__link menu__link--sublist menu__link--active"
aria-expanded="true" href="/docs/category/guides">Guides</a></div><ul class="menu__list">${links(duSide.slice(3), 'menu__list-item')}</ul></li>
</ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">
<svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg></a></li><li itemscope itemprop="itemListElement" itemtype="https://schema.org/ListItem"
class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/docs/category/guides"><span itemprop="name">Guides</span></a>
<meta itemprop="position" content="1"></li><li itemscope itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item
breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Caching</span><meta itemprop="position" content="2"></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${duTitle}</h1></header>
${duPs(duP1)}
${duH(duH1)}
${duPs(duP2)}
<ul>${duList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${duAdm('tip', 'tip', duTip)}
${duH(duH2)}
${duPs(duP3.slice(0, 1))}
${duCode('[tasks.build]<br>command = "tsc -b"<br>inputs = ["src/**/*.ts", "tsconfig.json"]<br>outputs = ["dist/"]', 'toml')}
${duPs(duP3.slice(1))}
${duAdm('warning', 'warning', duWarn)}
${duH(duH3)}
${duPs(duP4.slice(0, 1))}
${duCode('harbor run build --explain', 'bash')}
${duPs(duP4.slice(1))}
${duH(duH4)}
${duPs(duP5)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.com/harbor-build/harbor/edit/main/website/docs/guides/caching.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">
<svg viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"></svg>Edit this page</a></div><div class="col lastUpdated_JAkA">
<span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-10-03T11:42:10.000Z" itemprop="dateModified">Oct 3, 2025</time></b>
<!-- --> by <b>Priya Natarajan</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/guides/tasks"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Tasks and dependencies</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/guides/remote-caches"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Remote caches</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${[duH1, duH2, duH3, duH4]
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${t}</a></li>`)
  .join('\n')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
${duFootCols
  .map(
    ([h, items]) => `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">
${items.map((t) => `<li class="footer__item"><a class="footer__link-item" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div>`,
  )
  .join(
    '\n',
  )}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 The Harbor Build Project. Built with Docusaurus.</div>
</div></div></footer></div></body></html>`;
export const docusaurusPage: TestPage = {
  html: duHtml,
  name: 'heldout102-docusaurus-guide-docs',
  kind: 'docs',
  // admonition texts are body, their labels ("tip", "warning") furniture; the "Last updated" line and the editor's name are
  // bylines; the desktop table of contents repeats the headings and is left out of both lists; code blocks are in neither
  title: duTitle,
  headings: [duH1, duH2, duH3, duH4],
  body: texts([...duP1, ...duP2, ...duList1, ...duTip, ...duP3, ...duWarn, ...duP4, ...duP5]),
  bylines: ['Last updated on Oct 3, 2025 by Priya Natarajan', 'Oct 3, 2025', 'Priya Natarajan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harbor 3.0 is out, with remote caching for everyone.', 'Read the release notes', 'Harbor', ...duNav, '3.x', '2.x',
    'Search', 'Getting started', ...duSide.filter((t) => t !== duTitle), 'Caching', 'On this page', 'tip', 'warning', 'Edit this page', 'Previous', 'Next',
    'Community', 'More', ...duFootCols.flatMap(([, items]) => items).filter((t) => t !== 'Blog' && t !== 'Getting started'),
    'Copyright © 2025 The Harbor Build Project. Built with Docusaurus.',
  ],
};
