import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout256-kit.js';

/**
 * Held-out batch 256, file a: a Docusaurus guide page (navbar, announcement bar, docs sidebar, breadcrumbs, admonition,
 * "Edit this page", last-updated line with author, pagination, table of contents, footer) and a MkDocs Material how-to
 * (header, tabs, primary and secondary nav, content actions, git revision dates and contributors, feedback widget, consent).
 */
const dTitle = 'Scheduling recurring jobs';
const dIntro = [
  j(
    'Tidewell can run a job on a fixed schedule without an external cron daemon. The scheduler lives inside every worker process,',
    'and the workers agree through the queue store on which of them fires each tick, so a schedule never runs twice.',
  ),
  'This guide shows how to declare a schedule, how time zones are handled, and what happens when every worker is down at the moment a job was due.',
];
const dDeclare = [
  j(
    'Schedules are declared next to the job handler with <code>defineSchedule</code>. The first argument is the job name, the second a',
    'cron expression with five fields, and the third an optional set of options.',
  ),
  'The schedule is registered when the worker starts. Removing the declaration and redeploying removes the schedule from the store on the next start.',
];
const dZones = [
  j(
    'Cron expressions are read in UTC unless you pass a <code>timezone</code> option. With a named zone such as Europe/Lisbon the',
    'scheduler follows daylight saving changes, which means a job set for 02:30 is skipped on the night the clocks go forward.',
  ),
];
const dTip = 'If a job must run exactly once a day whatever the clocks do, schedule it at a time that exists in every season, such as 04:00.';
const dMissed = ['When no worker is running at the moment a job was due, the tick is missed. What happens next depends on the catch-up policy:'];
const dPolicy = [
  '<strong>skip</strong> drops every missed tick and waits for the next one. This is the default.',
  '<strong>once</strong> runs the job a single time as soon as a worker starts, however many ticks were missed.',
  '<strong>all</strong> replays every missed tick in order, up to the limit set by <code>maxCatchUp</code>.',
];
const dAfter = [
  j(
    'Use <code>all</code> only for jobs whose runs are cheap and independent, such as writing a metrics snapshot. For a nightly export,',
    '<code>once</code> is nearly always what you want.',
  ),
  'You can list the registered schedules and their next run time with tidewell schedules ls. Paused schedules are shown with a grey marker.',
];
const dNav = ['Docs', 'API', 'Blog', 'Community'];
const dSide = ['Introduction', 'Installation', 'Defining jobs', 'Retries and backoff', 'Scheduling recurring jobs', 'Concurrency limits', 'Deploying workers'];
const dToc = ['Declaring a schedule', 'Time zones', 'Missed runs'];
const dFoot = ['Getting started', 'API reference', 'Discussions', 'Chat server', 'Changelog', 'Source code'];
const dHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/scheduling"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">Scheduling recurring jobs | Tidewell</title><meta data-rh="true" name="viewport" content="width=device-width, initial-scale=1.0">
<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:url"
content="https://tidewell.example/docs/guides/scheduling">
<meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true" name="docusaurus_version" content="current">
<meta data-rh="true" name="description" content="Tidewell can run a job on a fixed schedule without an external cron daemon.">
<link data-rh="true" rel="canonical" href="https://tidewell.example/docs/guides/scheduling">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Guides","item":"https://tidewell.example/docs/guides"},{"@type":"ListItem","position":2,"name":"Scheduling recurring jobs"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4f1c2a9e.css"><script src="/assets/js/runtime~main.8a1b0c7d.js" defer="defer"></script></head>
<body class="navigation-with-keyboard">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main
content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Tidewell 4.0 is out: read the
<a href="/blog/tidewell-4">release notes</a></div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx"></button></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">
<a class="navbar__brand" href="/"><b class="navbar__title text--truncate">Tidewell</b></a>
${dNav.map((n) => `<a class="navbar__item navbar__link" href="/${n.toLowerCase()}">${n}</a>`).join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable"><a class="navbar__link" href="#">4.x</a></div>
<a href="https://git.example/tidewell" class="navbar__item navbar__link">GitHub</a><div class="navbarSearchContainer_Bca1"><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search (Ctrl+K)"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><nav aria-label="Docs sidebar"
class="menu thin-scrollbar">
<ul class="theme-doc-sidebar-menu menu__list">${links(dSide, 'theme-doc-sidebar-item-link menu__list-item')}</ul></nav></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"></a></li><li class="breadcrumbs__item"><span
class="breadcrumbs__link">Guides</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Scheduling recurring jobs</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button"
class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dTitle}</h1></header>
${ps(dIntro)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="declaring-a-schedule">Declaring a schedule<a href="#declaring-a-schedule" class="hash-link"
aria-label="Direct link to Declaring a schedule" title="Direct link to Declaring a schedule">​</a></h2>
${ps(dDeclare)}
<div class="language-ts codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-ts
codeBlock_bY9V"><code class="codeBlockLines_e6Vv">defineSchedule('nightly-export', '0 3 * * *', { catchUp: 'once' });</code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"></button></div></div></div>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="time-zones">Time zones<a href="#time-zones" class="hash-link" aria-label="Direct link to Time zones"
title="Direct link to Time zones">​</a></h2>
${ps(dZones)}
<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div class="admonitionHeading_Gvgb"><span
class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"></svg></span>tip</div><div class="admonitionContent_BuS1"><p>${dTip}</p></div></div>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="missed-runs">Missed runs<a href="#missed-runs" class="hash-link" aria-label="Direct link to Missed runs"
title="Direct link to Missed runs">​</a></h2>
${ps(dMissed)}
<ul>${lis(dPolicy)}</ul>
${ps(dAfter)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://git.example/tidewell/edit/main/docs/guides/scheduling.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg
class="iconEdit_Z9Sw"></svg>Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2026-02-11T09:12:40.000Z"
itemprop="dateModified">Feb 11, 2026</time></b> by <b>Marit Olsgaard</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/guides/retries"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Retries and backoff</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/guides/concurrency"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Concurrency limits</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${dToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${t}</a></li>`).join('\n')}
</ul></div></div></div></div></main></div></div></div>
<footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<div class="col footer__col"><div class="footer__title">Docs</div><ul class="footer__items clean-list">${links(dFoot.slice(0, 2), 'footer__item')}</ul></div>
<div class="col footer__col"><div class="footer__title">Community</div><ul
class="footer__items clean-list">${links(dFoot.slice(2, 4), 'footer__item')}</ul></div>
<div class="col footer__col"><div class="footer__title">More</div><ul class="footer__items clean-list">${links(dFoot.slice(4), 'footer__item')}</ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 The Tidewell Authors. Built with Docusaurus.</div></div></div></footer>
</div></body></html>`;
const docusaurus: TestPage = {
  name: 'heldout256-docusaurus-guide',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dToc,
  body: texts([...dIntro, ...dDeclare, ...dZones, dTip, ...dMissed, ...dPolicy, ...dAfter]),
  bylines: ['Last updated on Feb 11, 2026 by Marit Olsgaard'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tidewell 4.0 is out: read the release notes', ...dNav, '4.x', 'GitHub', 'Search', ...dSide.filter((s) => s !== dTitle),
    'Guides', 'On this page', 'Edit this page', 'Previous', 'Retries and backoff', 'Next', 'Concurrency limits', ...dFoot, 'More',
    'Copyright © 2026 The Tidewell Authors. Built with Docusaurus.',
  ],
};

const mTitle = 'Run Quillmark in a monorepo';
const mIntro = [
  j(
    'A monorepo usually holds packages with different rule sets: a strict library, a relaxed prototype, generated code that should',
    'not be checked at all. Quillmark handles this with nested configuration files rather than one large file full of overrides.',
  ),
];
const mLayout = [
  'Put a quillmark.toml at the repository root with the settings every package shares. Then add a smaller file in each package that needs something different.',
  'When Quillmark checks a file, it walks up from the file’s folder and merges every configuration it finds, the nearest one winning.',
];
const mSteps = [
  'Create the root file and set <code>extends = "recommended"</code>.',
  'In each package that needs changes, create a quillmark.toml with only the keys that differ.',
  'Add <code>root = true</code> to a package file if it must ignore the settings above it.',
  'Run <code>quillmark config show path/to/file</code> to print the merged result for one file.',
];
const mCache = [
  j(
    'Quillmark decides which files to re-check by hashing each file together with the merged configuration that applies to it. Editing a',
    'package file therefore invalidates only that package, while editing the root file invalidates everything below it.',
  ),
  j(
    'If your CI runs packages in parallel jobs, give each job its own cache key that includes the package path. Jobs that share one key',
    'overwrite each other’s entries, and the last job to finish wins.',
  ),
  j(
    'Quillmark keeps a cache per package under .quillmark-cache. In CI, restore the cache keyed on the lock file and the',
    'configuration files together; otherwise a rule change in one package can leave stale results in another.',
  ),
  'The cache is safe to delete at any time. A cold run on a repository of two thousand files takes about forty seconds on a laptop.',
];
const mWarn = 'Do not commit the cache folder. Its entries contain absolute paths and are not portable between machines.';
const mCi = ['The table below lists the exit codes you can rely on in CI scripts.'];
const mRows = [
  ['0', 'No findings at or above the failure level.'],
  ['1', 'At least one finding at or above the failure level.'],
  ['2', 'The configuration could not be read or merged.'],
];
const mTabs = ['Home', 'Getting started', 'How-to guides', 'Rules', 'Changelog'];
const mSide = ['Install in CI', 'Run Quillmark in a monorepo', 'Write a custom rule', 'Silence a finding', 'Migrate from version 2'];
const mToc = ['Lay out the configuration', 'Share the cache', 'Exit codes'];
const mHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="How to configure Quillmark for repositories with many packages."><meta name="author" content="Quillmark contributors">
<link rel="canonical" href="https://quillmark.example/how-to/monorepo/"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.49">
<title>Run Quillmark in a monorepo - Quillmark</title><link rel="stylesheet" href="../../assets/stylesheets/main.6f8fc17f.min.css">
<script>__md_scope=new URL("../..",location),
__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage)=>JSON.parse(_.getItem(e))</script>
</head><body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="amber">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input class="md-toggle" data-md-toggle="search"
type="checkbox" id="__search" autocomplete="off">
<div data-md-component="skip"><a href="#lay-out-the-configuration" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">Quillmark 3.2 adds incremental checks for
monorepos.</div></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Quillmark" class="md-header__button md-logo" aria-label="Quillmark" data-md-component="logo"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">
Quillmark</span></div></div></div><form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media=""
data-md-color-scheme="default" aria-label="Switch to dark mode" type="radio" name="__palette" id="__palette_0"></form>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"
autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required></form>
<div class="md-search__output"><div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Initializing search</div>
</div></div></div></div><div class="md-header__source"><a href="https://git.example/quillmark/quillmark" title="Go to repository"
class="md-source" data-md-component="source"><div class="md-source__repository">quillmark/quillmark</div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${links(mTabs, 'md-tabs__item')}</ul></div></nav>
</header><div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner"><nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title"
for="__drawer">How-to guides</label><ul class="md-nav__list" data-md-scrollfix>${links(mSide, 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of
contents</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>
${mToc
  .map(
    (t) => `<li class="md-nav__item"><a href="#x"
class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div>
</div><div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.example/quillmark/quillmark/edit/main/docs/how-to/monorepo.md" title="Edit this page" class="md-content__button md-icon"></a>
<a href="https://git.example/quillmark/quillmark/raw/main/docs/how-to/monorepo.md" title="View source of this page" class="md-content__button md-icon"></a>
<h1 id="run-quillmark-in-a-monorepo">${mTitle}</h1>
${ps(mIntro)}
<h2 id="lay-out-the-configuration">Lay out the configuration<a class="headerlink" href="#lay-out-the-configuration" title="Permanent link">¶</a></h2>
${ps(mLayout)}
<ol>${lis(mSteps)}</ol>
<h2 id="share-the-cache">Share the cache<a class="headerlink" href="#share-the-cache" title="Permanent link">¶</a></h2>
${ps(mCache)}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${mWarn}</p></div>
<h2 id="exit-codes">Exit codes<a class="headerlink" href="#exit-codes" title="Permanent link">¶</a></h2>
${ps(mCi)}
<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody>
${mRows.map(([c, m]) => `<tr>\n<td>${c}</td>\n<td>${m}</td>\n</tr>`).join('\n')}
</tbody></table></div></div>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span><span
class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">January 28, 2026</span></span>
<span class="md-source-file__fact"><span class="md-icon" title="Created"></span><span
class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">June 4, 2024</span></span>
<span class="md-source-file__fact"><span class="md-icon" title="Contributors"></span><nav><a href="https://git.example/tbrackley" class="md-author"
title="@tbrackley"><img src="https://avatars.example/u/5512" alt="tbrackley"></a><a href="https://git.example/ynasser" class="md-author"
title="@ynasser"><img src="https://avatars.example/u/8123" alt="ynasser"></a></nav></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div></div></div></fieldset></form>
</article></div></div><button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../ci/" class="md-footer__link md-footer__link--prev"
aria-label="Previous: Install in CI"><div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Install in CI
</div></div></a><a href="../custom-rule/" class="md-footer__link md-footer__link--next" aria-label="Next: Write a custom rule"><div class="md-footer__title">
<span class="md-footer__direction">Next</span><div class="md-ellipsis">Write a custom rule</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">Copyright ©
2022–2026 Quillmark contributors</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a>
</div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent"><div class="md-consent__overlay"></div><aside class="md-consent__inner"><form
class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4><p>We use cookies to recognize your repeated visits and preferences, as
well as to measure the effectiveness of our documentation.</p><div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button>
<label class="md-button" for="__settings">Manage settings</label></div></form></aside></div>
<script id="__config"
type="application/json">{"base":"../..","features":["navigation.tabs","content.action.edit"],"search":"../../assets/javascripts/workers/search.js"}</script>
<script src="../../assets/javascripts/bundle.88dd0f4e.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  name: 'heldout256-mkdocs-material-howto',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mToc,
  body: texts([...mIntro, ...mLayout, ...mSteps, ...mCache, mWarn, ...mCi, ...mRows.map((r) => r[1] ?? '')]),
  bylines: ['January 28, 2026', 'June 4, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Quillmark 3.2 adds incremental checks for monorepos.', 'Initializing search', 'quillmark/quillmark', ...mTabs,
    'How-to guides', ...mSide.filter((s) => s !== mTitle), 'Table of contents', 'Was this page helpful?', 'Thanks for your feedback!', 'Back to top',
    'Previous', 'Next', 'Copyright © 2022–2026 Quillmark contributors', 'Made with Material for MkDocs', 'Cookie consent',
    'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.', 'Accept',
    'Manage settings',
  ],
};

export const HELDOUT256_A: readonly TestPage[] = [docusaurus, mkdocs];
