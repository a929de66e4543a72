import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 83, file d2: an open-source project's docs page on Docusaurus 3 (skip link, the announcement bar, the navbar
 * with brand, links, version dropdown, color-mode toggle and DocSearch button, the docs sidebar with categories, breadcrumbs,
 * the version badge, the mobile "On this page" toggle, headings with zero-width-space hash links, Tabs with a hidden second
 * panel, code blocks with a title and copy buttons, admonitions with their labels, a table, the doc footer with "Edit this
 * page" and "Last updated on ... by ...", the prev/next pagination, the desktop table of contents and the site footer).
 */
const dcTitle = 'Deploying with Docker';
const dcP1 = [
  'Otterflow publishes an official container image for every release. It contains the scheduler, the worker and the web dashboard, and you ' +
    'choose which of them to start with a command-line argument. This page shows a small production setup with Docker Compose and explains ' +
    'the settings you are most likely to change.',
];
const dcH1 = 'The official image';
const dcP2 = [
  'Images are published to the GitHub Container Registry under <code>ghcr.io/otterflow/otterflow</code>. Each release is tagged with its ' +
    'full version number, and the <code>latest</code> tag always points at the newest stable release.',
  'We recommend pinning a full version in production. The <code>latest</code> tag is convenient for trying things out, but it means a ' +
    'restart can silently upgrade you to a new release.',
];
const dcH2 = 'A minimal Compose file';
const dcP3 = [
  'The example below runs one scheduler, two workers and the dashboard, all sharing a Postgres database. Save it as ' +
    '<code>docker-compose.yml</code> next to a <code>.env</code> file that holds your database password.',
];
const dcCompose = [
  'services:',
  '  scheduler:',
  '    image: ghcr.io/otterflow/otterflow:2.4.1',
  '    command: scheduler',
  '    env_file: .env',
  '  worker:',
  '    image: ghcr.io/otterflow/otterflow:2.4.1',
  '    command: worker',
  '    deploy:',
  '      replicas: 2',
  '    stop_grace_period: 10m',
  '  dashboard:',
  '    image: ghcr.io/otterflow/otterflow:2.4.1',
  '    command: dashboard',
  '    ports:',
  '      - "8080:8080"',
];
const dcRun = [
  'docker run -d --env-file .env ghcr.io/otterflow/otterflow:2.4.1 scheduler',
  'docker run -d --env-file .env ghcr.io/otterflow/otterflow:2.4.1 worker',
];
const dcWarn =
  'Run exactly one scheduler per database. Two schedulers pointed at the same database will both try to start every workflow, and you will ' +
  'see duplicate runs until one of them is stopped.';
const dcH3 = 'Environment variables';
const dcP4 = [
  'Every setting in <code>otterflow.toml</code> can also be set through an environment variable. The name is the setting’s path in upper ' +
    'case, joined with double underscores and prefixed with <code>OTTERFLOW</code>.',
];
const dcRows: [string, string, string][] = [
  ['OTTERFLOW__DATABASE__URL', 'none', 'Postgres connection string. Required.'],
  ['OTTERFLOW__WORKER__CONCURRENCY', '4', 'Tasks each worker runs at the same time.'],
  ['OTTERFLOW__DASHBOARD__PORT', '8080', 'Port the dashboard listens on inside the container.'],
];
const dcH4 = 'Health checks';
const dcP5 = [
  'Each process serves a health endpoint at <code>/healthz</code> on its metrics port, 9090 by default. It returns 200 once the process has ' +
    'connected to the database and 503 while it is starting up or shutting down, which makes it suitable for both Compose health checks and ' +
    'load balancers.',
];
const dcTip =
  'Give workers a long stop grace period. When a worker receives <code>SIGTERM</code> it stops taking new tasks but finishes the ones it is ' +
  'running, which can take several minutes for long tasks.';
const dcH5 = 'Upgrading';
const dcP6 = [
  'To upgrade, change the image tag and run <code>docker compose up -d</code>. The scheduler applies any database migrations when it starts, ' +
    'and workers wait until the migrations have finished before they take new tasks.',
];
const dcHeads = [dcH1, dcH2, dcH3, dcH4, dcH5];
const dcAnnounce = '⭐️ If you like Otterflow, give it a star on GitHub! ⭐️';
const dcNav = ['Docs', 'API', 'Blog'];
const dcVersions = ['2.x', 'Next', '1.x'];
const dcSide: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Installation', 'Core concepts']],
  ['Deployment', ['Running on bare metal', 'Deploying on Kubernetes']],
  ['Reference', ['Configuration reference', 'CLI', 'REST API']],
];
const dcPager = ['Previous', 'Running on bare metal', 'Next', 'Deploying on Kubernetes'];
const dcFoot: [string, string[]][] = [
  ['Docs', ['Getting Started', 'Configuration', 'Deployment guides']],
  ['Community', ['Discord', 'Forum', 'Mastodon']],
  ['More', ['Blog', 'GitHub', 'Security policy']],
];
const dcCopy = 'Copyright © 2025 The Otterflow Authors. Built with Docusaurus.';
const dcSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const dcH = (t: string): string => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${dcSlug(t)}">${t}<a href="#${dcSlug(t)}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">\u200b</a></h2>`;
const dcP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dcCode = (lines: readonly string[], lang: string, title = ''): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"
style="--prism-color:#393A34;--prism-background-color:#f6f8fa">${title === '' ? '' : `<div class="codeBlockTitle_Ktv7">${title}</div>`}
<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">${lines
  .map((l) => `<span class="token-line" style="color:#393A34"><span class="token plain">${l}</span><br></span>`)
  .join('')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"></svg></span></button></div></div></div>`;
const dcAdm = (kind: string, text: string): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${
  kind === 'tip' ? 'success' : kind
}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 16 16"></svg></span>${kind}</div>
<div class="admonitionContent_BuS1"><p>${text}</p></div></div>`;
const dcHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-deployment/docker"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">Deploying with Docker | Otterflow</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true" name="docsearch:language" content="en">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current">
<meta data-rh="true" property="og:title" content="Deploying with Docker | Otterflow"><link data-rh="true" rel="canonical"
href="https://otterflow.example/docs/deployment/docker">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Deployment","item":"https://otterflow.example/docs/category/deployment"},{"@type":"ListItem","position":2,"name":"Deploying with Docker",
"item":"https://otterflow.example/docs/deployment/docker"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.3f2a1b7c.css"><script src="/assets/js/runtime~main.8c1d02e4.js" defer></script>
<script src="/assets/js/main.4a9e61f0.js" defer></script></head>
<body class="navigation-with-keyboard"><script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return
localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main
content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7
announcementBarContent_xLdY">⭐️ If you like Otterflow, give it a star on <a target="_blank" rel="noopener noreferrer"
href="https://github.com/otterflow/otterflow">GitHub</a>!
⭐️</div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14"
height="14"></svg></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar"
aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30"></svg></button>
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Otterflow Logo" class="themedComponent_mlkZ"></div>
<b class="navbar__title text--truncate">Otterflow</b></a>
${dcNav.map((t) => `<a class="navbar__item navbar__link${t === 'Docs' ? ' navbar__link--active' : ''}" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true"
aria-expanded="false" role="button" class="navbar__link">${dcVersions[0]}</a><ul class="dropdown__menu">
${dcVersions.map((v) => `<li><a class="dropdown__link" href="/docs/${v}/deployment/docker">${v}</a></li>`).join('')}</ul></div>
<a href="https://github.com/otterflow/otterflow" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link"
aria-label="GitHub repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button"
title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)" aria-live="polite">
<svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"></svg></button></div><div class="navbarSearchContainer_Bca1">
<button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container">
<svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20"></svg><span class="DocSearch-Button-Placeholder">Search</span></span>
<span class="DocSearch-Button-Keys"></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top"
class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
${dcSide
  .map(
    ([
      cat,
      items,
    ]) => `<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible">
<a class="menu__link menu__link--sublist menu__link--sublist-caret" aria-expanded="true" href="/docs/category/${dcSlug(cat)}">${cat}</a></div>
<ul style="display:block;overflow:visible;height:auto" class="menu__list">${items
      .map((t, i) => {
        const here = cat === 'Deployment' && i === 1;
        const cur = `<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link menu__link--active"
aria-current="page" tabindex="0" href="/docs/deployment/docker">${dcTitle}</a></li>`;
        return `${here ? cur : ''}<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link"
tabindex="0" href="/docs/${dcSlug(t)}">${t}</a></li>`;
      })
      .join('')}</ul></li>`,
  )
  .join('\n')}</ul></nav><button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline
collapseSidebarButton_PEFL"><svg width="20" height="20" class="collapseSidebarButtonIcon_kv0_"></svg></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"
itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">
<svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"
class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/docs/category/deployment"><span itemprop="name">Deployment</span></a>
<meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item
breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">${dcTitle}</span><meta itemprop="position" content="2"></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 2.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button"
class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dcTitle}</h1></header>
${dcP(dcP1)}
${dcH(dcH1)}
${dcP(dcP2)}
${dcH(dcH2)}
${dcP(dcP3)}
<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true"
class="tabs__item tabItem_LNqP tabs__item--active">Docker Compose</li><li role="tab" tabindex="-1" aria-selected="false"
class="tabs__item tabItem_LNqP">docker run</li></ul>
<div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6">${dcCode(dcCompose, 'yaml', 'docker-compose.yml')}</div>
<div role="tabpanel" class="tabItem_Ymn6" hidden="">${dcCode(dcRun, 'bash')}</div></div></div>
${dcAdm('warning', dcWarn)}
${dcH(dcH3)}
${dcP(dcP4)}
<table><thead><tr><th>Variable</th><th>Default</th><th>Description</th></tr></thead><tbody>
${dcRows.map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
${dcH(dcH4)}
${dcP(dcP5)}
${dcAdm('tip', dcTip)}
${dcH(dcH5)}
${dcP(dcP6)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.com/otterflow/otterflow/edit/main/website/docs/deployment/docker.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">
<svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw"></svg>Edit this page</a></div><div class="col lastUpdated_JAkA">
<span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-09-30T12:00:00.000Z" itemprop="dateModified">Sep 30, 2025</time></b> by
<b>Hana Sato</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/running-on-bare-metal">
<div class="pagination-nav__sublabel">${dcPager[0]}</div><div class="pagination-nav__label">${dcPager[1]}</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/deploying-on-kubernetes"><div class="pagination-nav__sublabel">${dcPager[2]}</div>
<div class="pagination-nav__label">${dcPager[3]}</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${dcHeads.map((h) => `<li><a href="#${dcSlug(h)}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('')}</ul></div></div></div></div></main>
</div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
${dcFoot
  .map(
    ([h, items]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${items
        .map((t) => `<li class="footer__item"><a class="footer__link-item" href="/${dcSlug(t)}">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}</div><div class="footer__bottom text--center"><div class="footer__copyright">${dcCopy}</div></div></div></footer></div></body></html>`;

export const docusaurusDoc: TestPage = {
  name: 'heldout83-docusaurus-oss-docs',
  kind: 'docs',
  html: dcHtml,
  // admonition texts are body, their labels ("warning", "tip") furniture; table data cells are body; code blocks, their
  // title and the tab labels are in neither list or furniture; the sidebar entry and breadcrumb of this page (the title)
  // and the table of contents (the headings) are left out; "Last updated on ... by ..." is a byline
  title: dcTitle,
  headings: dcHeads,
  body: [...dcP1, ...texts(dcP2), ...texts(dcP3), dcWarn, ...texts(dcP4), ...dcRows.flat(), ...texts(dcP5), ...texts([dcTip]), ...texts(dcP6)],
  bylines: ['Last updated on Sep 30, 2025 by Hana Sato'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', dcAnnounce, 'Otterflow', ...dcNav, ...dcVersions, 'Search', ...dcSide.flatMap(([h, items]) => [h, ...items]),
    'Version: 2.x', 'On this page', 'Docker Compose', 'docker run', 'docker-compose.yml', 'warning', 'tip', 'Edit this page', ...dcPager,
    ...dcFoot.flatMap(([h, items]) => [h, ...items]), dcCopy,
  ])],
};
