import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 73, page 8: a Docusaurus 3 docs page of the unreleased "Next" version, for file d. */
const duTitle = 'Connection pooling';
const duBanner = ['This is unreleased documentation for Quarry Next version.', 'For up-to-date documentation, see the latest version (2.4).'];
const duIntro = [
  'Quarry opens database connections lazily and keeps them in a pool, so a migration run or a long-lived application process does ' +
    'not pay the cost of a new connection for every query. This page explains how the pool is sized, how idle connections are ' +
    'recycled, and what changed in the upcoming 3.0 release.',
  'Most projects never need to touch these settings. Read on if you run Quarry inside a web application, behind a connection ' +
    'proxy, or against a database with a low connection limit.',
];
const duDeprecated = [
  'The <code>legacyPool</code> option is deprecated and will be removed in Quarry 3.1. It switches back to the pre-3.0 pool, ' +
    'which opened one connection per migration file.',
];
const duInstall = ['The pool ships in the core package; the driver for your database is a separate install:'];
const duSize = [
  'By default the pool holds at most ten connections. For a migration run this is more than enough, because migrations run one ' +
    'at a time. Application processes that share a Quarry client across many requests usually need more.',
  'A good starting point is the number of requests you expect to handle at the same time, capped well below the connection ' +
    'limit of your database server. Remember that every process gets its own pool: four workers with a pool of twenty can open ' +
    'eighty connections.',
  'If you are unsure, start small and watch the pool statistics for a week. A pool that is too small shows up as requests ' +
    'waiting to acquire a connection; one that is far too large shows up as idle sessions on the database server.',
];
const duIdle = [
  'Connections that sit unused for longer than <code>idleTimeoutMs</code> are closed, down to <code>minConnections</code>. ' +
    'Closing idle connections matters behind proxies and managed databases that silently drop connections after a few minutes; ' +
    'without it, the first query after a quiet period fails.',
];
const duChanges = [
  'The pool is created when the first query runs, not when the client is constructed.',
  '<code>acquireTimeoutMs</code> now defaults to 10 seconds instead of waiting forever.',
  'Pool statistics are exposed through <code>client.pool.stats()</code> for your metrics exporter.',
];
const duHeads = ['Installing a driver', 'Sizing the pool', 'Idle connections', 'What changes in 3.0'];
const duNav = ['Docs', 'Guides', 'API', 'Blog'];
const duVersions = ['Next', '2.4', '2.3', 'All versions'];
const duSidebar = ['Introduction', 'Installation', 'Configuration', 'Connection strings', 'Transactions', 'Writing migrations', 'Rollbacks'];
const duCrumbs = ['Guides', 'Configuration'];
const duTabs = ['npm', 'Yarn', 'pnpm'];
const duFooter = [
  { h: 'Docs', l: ['Getting started', 'CLI reference'] },
  { h: 'Community', l: ['Discussions', 'Discord', 'Code of conduct'] },
  { h: 'More', l: ['Changelog', 'GitHub'] },
];
const duId = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
const duH = (t: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${duId(t)}">${t}<a href="#${duId(t)}" class="hash-link" aria-label="Direct link to ${t}"
title="Direct link to ${t}">&#8203;</a></h2>`;
const duCode = (code: string, title = ''): string => `<div class="language-bash codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34">
${title ? `<div class="codeBlockTitle_Ktv7">${title}</div>` : ''}<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash
codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token plain">${code}</span></span></code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA"
aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path d="M19,21H8V7H19M19,5H8A2"></path></svg></span></button></div></div></div>`;
const duArticle = `<article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs" itemscope=""
itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24"
class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3"></path></svg></a></li>${duCrumbs
  .map(
    (c, i) => `<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><span class="breadcrumbs__link"
itemprop="name">${c}</span><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span
class="breadcrumbs__link" itemprop="name">${duTitle}</span><meta itemprop="position" content="3"></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: Next</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${duTitle}</h1></header>
${ps(duIntro)}
<div class="theme-admonition theme-admonition-warning admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb"><span
class="admonitionIcon_Rf37"><svg viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8.893 1.5c-.183-.31"></path></svg></span>deprecated</div>
<div class="admonitionContent_BuS1">${ps(duDeprecated)}</div></div>
${duH(duHeads[0]!)}
${ps(duInstall)}
<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${duTabs
  .map(
    (t, i) => `<li role="tab" tabindex="${i === 0 ? 0 : -1}" aria-selected="${i === 0}" class="tabs__item tabItem_LNqP${i === 0 ? ' tabs__item--active' : ''}">
${t}</li>`,
  )
  .join('')}</ul><div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6">${duCode('npm install @quarry/core @quarry/driver-pg')}</div>
<div role="tabpanel" class="tabItem_Ymn6" hidden="">${duCode('yarn add @quarry/core @quarry/driver-pg')}</div><div role="tabpanel" class="tabItem_Ymn6"
hidden="">${duCode('pnpm add @quarry/core @quarry/driver-pg')}</div></div></div>
${duH(duHeads[1]!)}
${ps(duSize)}
${duCode('export default { pool: { maxConnections: 20, minConnections: 2 } };', 'quarry.config.ts')}
${duH(duHeads[2]!)}
${ps(duIdle)}
${duH(duHeads[3]!)}
<ul>${duChanges.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.com/quarry-db/quarry/edit/main/website/docs/guides/configuration/pooling.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path
d="m34.5 11.7l-3 3.1"></path></g></svg>Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on
<b><time
datetime="2025-05-02T10:11:00.000Z" itemprop="dateModified">May 2, 2025</time></b> by <b>Maren Holt</b></span></div></div></footer></article>`;
const duHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/configuration/pooling"
data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">${duTitle} | Quarry</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="${duTitle} | Quarry"><meta data-rh="true" name="docusaurus_version" content="current">
<meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current">
<meta data-rh="true" name="description" content="How Quarry sizes and recycles its connection pool."><meta data-rh="true" name="robots" content="noindex,
nofollow">
<link data-rh="true" rel="canonical" href="https://quarry.example/docs/next/guides/configuration/pooling">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Guides","item":"https://quarry.example/docs/next/category/guides"},{"@type":"ListItem","position":2,"name":"${duTitle}"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4f2a91c3.css">
<script src="/assets/js/runtime~main.8d1e.js" defer="defer"></script><script src="/assets/js/main.c3b0.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}t(function(){try{return localStorage.getItem("theme")}catch(t){}}()||
"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to
main
content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar"
aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path
stroke="currentColor" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg"
alt="Quarry logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Quarry</b></a>
${duNav.map((t) => `<a class="navbar__item navbar__link" href="/docs/next/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true"
aria-expanded="false" role="button" class="navbar__link">Next</a><ul class="dropdown__menu">${duVersions
  .map((v) => `<li><a class="dropdown__link" href="/docs/${v}/guides/configuration/pooling">${v}</a></li>`)
  .join('')}</ul></div>
<a href="https://github.com/quarry-db/quarry" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link"
aria-label="GitHub repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS"
type="button" disabled="" title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light
mode)"></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20"><path d="M14.386 14.386l4.0877"></path></svg>
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div>
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top"
class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar"
class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${duSidebar
  .map(
    (t) => `<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/docs/next/${duId(t)}">${t}
</a></li>${
      t === 'Configuration'
        ? `<li class="menu__list-item"><ul class="menu__list"><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a
class="menu__link menu__link--active" aria-current="page" href="/docs/next/guides/configuration/pooling">${duTitle}</a></li></ul></li>`
        : ''
    }`,
  )
  .join('\n')}</ul></nav><button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline
collapseSidebarButton_PEFL"></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="theme-doc-version-banner alert alert--warning margin-bottom--md" role="alert"><div>This is unreleased documentation for <!-- -->Quarry<!-- -->
<b>Next</b> version.</div><div class="margin-top--md">For up-to-date documentation, see the <b><a href="/docs/guides/configuration/pooling">latest
version</a></b>
(<!-- -->2.4<!-- -->).</div></div>
<div class="docItemContainer_Djhp">${duArticle}
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/next/connection-strings"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Connection strings</div></a><a
class="pagination-nav__link pagination-nav__link--next" href="/docs/next/transactions"><div class="pagination-nav__sublabel">Next</div><div
class="pagination-nav__label">Transactions</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${duHeads.map((h) => `<li><a href="#${duId(h)}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('\n')}</ul></div></div></div></div></main>
</div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${duFooter
  .map(
    (c) => `<div class="col footer__col"><div class="footer__title">${c.h}</div><ul class="footer__items clean-list">${links(c.l, 'footer__item')}</ul></div>`,
  )
  .join('')}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Quarry contributors. Built with Docusaurus.</div>
</div></div></footer></div>
</body>
</html>`;

export const docusaurusNext: TestPage = {
  html: duHtml,
  name: 'heldout73-docusaurus-unreleased-docs',
  kind: 'docs',
  // the "unreleased documentation" version banner above the article is furniture, so are the "Version: Next" badge and the
  // "deprecated" label of the admonition, whose text is body; install tab labels, the code-block title, "Edit this page",
  // "Last updated ... by", pagination, sidebar, navbar and footer are furniture; the table of contents repeats the headings
  // and the last breadcrumb and the sidebar's active entry the title: left out; the "Docs" of the footer column is the navbar's
  title: duTitle,
  headings: duHeads,
  body: [...duIntro, ...texts(duDeprecated), ...duInstall, ...duSize, ...texts(duIdle), ...texts(duChanges)],
  bylines: ['May 2, 2025', 'Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Quarry', ...duNav, ...duVersions, 'Search', ...duSidebar, ...duBanner, 'Version: Next',
    'On this page', 'deprecated', ...duTabs, 'quarry.config.ts', 'Edit this page', 'Last updated', 'Previous', 'Community', 'Getting started',
    'CLI reference', 'Discussions', 'Discord', 'Code of conduct', 'Changelog', 'GitHub', 'Copyright © 2025 Quarry contributors. Built with Docusaurus.',
  ],
};
