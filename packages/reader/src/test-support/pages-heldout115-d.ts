import { links, ps, type TestPage, texts } from './page-kit.js';
import { zendeskArticle } from './pages-heldout115-d2.js';

/**
 * Held-out batch 115, file d: an MkDocs Material documentation page for an old version published with mike, opened by the
 * outdated-version banner "You are viewing the documentation for an older version. Switch to latest" (header with version
 * selector and search, tabs, the primary nav, the "Table of contents" sidebar, an admonition, a code block, the "Back to top"
 * button, the source-file revision date and the footer with "Made with Material for MkDocs") and, from file d2, a Zendesk
 * Help Center article opened by "This article applies to: Pro, Business".
 */
const t = 'Configuring retention';
const banner = 'You are viewing the documentation for an older version. Switch to latest';
const pA = [
  'Lodestar keeps every metric sample it receives until the retention period for its bucket has passed. After that the samples ' +
    'are deleted during the next compaction. By default a bucket keeps raw samples for 15 days and hourly rollups for one year.',
  'Retention is set per bucket, so you can keep high-volume debug metrics for a few days while keeping business metrics for ' + 'much longer.',
];
const hA = 'Setting retention in the config file';
const pB = ['Add a retention block to the bucket in lodestar.yml. Durations use the units d (days), w (weeks) and y (years).'];
const hB = 'Changing retention on a running server';
const pC = [
  'Changes to the config file take effect after a restart. To change retention without restarting, use the admin API. The new ' +
    'period applies from the next compaction, which runs every two hours by default.',
  'Shortening retention deletes data permanently at the next compaction. Take a snapshot first if you might need the older ' + 'samples.',
];
const adm = 'Rollups are computed from raw samples, so rollup retention cannot be shorter than raw retention.';
const hC = 'Disk usage';
const lC = [
  'Raw samples take about 1.4 bytes each after compression.',
  'Hourly rollups take about one sixtieth of the space of the raw samples they replace.',
  'Index files grow with the number of distinct series, not with retention.',
];
const tabs = ['Home', 'Getting started', 'Configuration', 'Operations', 'API reference'];
const nav = ['Overview', 'Buckets', 'Retention', 'Authentication', 'Alerting'];
const foot = ['Copyright © 2022 Lodestar Metrics contributors', 'Made with Material for MkDocs'];
const html = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Lodestar metrics server documentation"><link rel="canonical"
href="https://docs.lodestar.example/2.3/configuration/retention/">
<link rel="icon" href="../../assets/images/favicon.png"><meta name="generator" content="mkdocs-1.5.3, mkdocs-material-9.4.6">
<title>${t} - Lodestar</title><link rel="stylesheet" href="../../assets/stylesheets/main.bd3936ea.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0)</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input class="md-toggle" data-md-toggle="search"
type="checkbox" id="__search">
<label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#setting-retention" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"></div>
<div data-md-color-scheme="default" data-md-component="outdated"><aside class="md-banner md-banner--warning"><div class="md-banner__inner md-grid md-typeset">
You are viewing the documentation for an older version. <a href="../../../latest/"><strong>Switch to latest</strong></a></div></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Lodestar" class="md-header__button md-logo" aria-label="Lodestar" data-md-component="logo"></a>
<label class="md-header__button md-icon" for="__drawer"></label><div class="md-header__title" data-md-component="header-title"><div
class="md-header__ellipsis">
<div class="md-header__topic"><span class="md-ellipsis">Lodestar</span></div><div class="md-header__topic" data-md-component="header-topic"><span
class="md-ellipsis">${t}</span></div></div></div>
<div class="md-version"><button class="md-version__current" aria-label="Select version">2.3</button><ul class="md-version__list">
<li class="md-version__item"><a href="../../../3.1/" class="md-version__link">3.1 (latest)</a></li><li class="md-version__item"><a
href="../../../2.3/" class="md-version__link">2.3</a></li></ul></div>
<label class="md-header__button md-icon" for="__search"></label><div class="md-search" data-md-component="search" role="dialog"><label
class="md-search__overlay" for="__search"></label>
<div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query"
aria-label="Search" placeholder="Search">
</form><div class="md-search__output"><div class="md-search-result" data-md-component="search-result"><div
class="md-search-result__meta">Initializing search</div></div></div></div></div>
<div class="md-header__source"><a href="https://github.example/lodestar/lodestar" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__repository">lodestar/lodestar</div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${links(
  tabs,
  'md-tabs__item',
)}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Lodestar</label>
<ul class="md-nav__list" data-md-scrollfix>${links(nav, 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon
md-icon"></span>Table of contents</label>
<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${[hA, hB, hC]
  .map((x) => `<li class="md-nav__item"><a href="#" class="md-nav__link">${x}</a></li>`)
  .join('')}</ul>
</nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.example/lodestar/lodestar/edit/2.3/docs/configuration/retention.md" title="Edit this page" class="md-content__button md-icon"></a>
<h1 id="configuring-retention">${t}</h1>
${ps(pA)}
<h2 id="setting-retention">${hA}<a class="headerlink" href="#setting-retention" title="Permanent link">&para;</a></h2>
${ps(pB)}
<div class="language-yaml highlight"><pre><span></span><code>buckets:
  - name: app
    retention:
      raw: 30d
      hourly: 2y
</code></pre></div>
<h2 id="changing-retention">${hB}<a class="headerlink" href="#changing-retention" title="Permanent link">&para;</a></h2>
${ps(pC)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${adm}</p></div>
<h2 id="disk-usage">${hC}<a class="headerlink" href="#disk-usage" title="Permanent link">&para;</a></h2>
<ul>${lC.map((x) => `<li>${x}</li>`).join('\n')}</ul>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">September 27, 2022</span></span></aside>
</article></div></div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../buckets/" class="md-footer__link
md-footer__link--prev" aria-label="Previous: Buckets">
<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Buckets</div></div></a>
<a href="../authentication/" class="md-footer__link md-footer__link--next" aria-label="Next: Authentication"><div class="md-footer__title">
<span class="md-footer__direction">Next</span><div class="md-ellipsis">Authentication</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div
class="md-copyright__highlight">Copyright &#169; 2022 Lodestar Metrics contributors</div>
Made with <a href="https://squidfunk.github.example/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<script id="__config" type="application/json">{"base": "../..", "features": ["navigation.tabs", "navigation.top"], "version": {"provider": "mike"}}</script>
<script src="../../assets/javascripts/bundle.1e8ae164.min.js"></script>
</body></html>`;

export const HELDOUT115_D: readonly TestPage[] = [
  {
    name: 'heldout115-mkdocs-material-old-version-docs',
    kind: 'docs',
    html,
    title: t,
    headings: [hA, hB, hC],
    body: texts([...pA, ...pB, ...pC, adm, ...lC]),
    bylines: ['September 27, 2022'],
    furniture: [
      'Skip to content',
      banner,
      'Lodestar',
      '3.1 (latest)',
      'Search',
      'Initializing search',
      'lodestar/lodestar',
      ...tabs,
      ...nav,
      'Table of contents',
      'Back to top',
      'Previous',
      'Next',
      ...foot,
    ],
  },
  zendeskArticle,
];
