import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file a2: a Keep a Changelog CHANGELOG rendered by MkDocs Material (announcement banner, header with the
 * repository link, tabs, left navigation, table of contents, the edit button, "Last update" and contributors lines, the feedback
 * widget, previous / next footer links, copyright and the consent dialog).
 */
const mkTitle = 'Changelog';
const mkIntro = [
  'All notable changes to Lanternfish will be documented in this file.',
  j(
    'The format is based on <a href="https://keepachangelog.example/en/1.1.0/">Keep a Changelog</a>, and this project adheres to',
    '<a href="https://semver.example/spec/v2.0.0.html">Semantic Versioning</a>.',
  ),
];
const mkUnrel = ['Experimental <code>--watch</code> flag for <code>lanternfish serve</code> that rebuilds only changed routes.'];
const mk210Added = [
  'Route groups: folders wrapped in parentheses, such as <code>(marketing)</code>, no longer appear in the URL.',
  'The <code>cache.maxAge</code> option on data loaders, in seconds.',
  'Support for Node.js 24.',
];
const mk210Changed = [
  'The development server now binds to <code>localhost</code> instead of <code>0.0.0.0</code>; pass <code>--host</code> to expose it.',
  'Error overlays show the loader name and the failing request instead of a bare stack trace.',
];
const mk210Fixed = [
  'Trailing slashes were dropped from canonical links when <code>trailingSlash</code> was set to <code>always</code>.',
  'Static export no longer writes an empty <code>404.html</code> when a custom error page exists.',
];
const mk202Fixed = [
  'A race in the file watcher that left stale CSS modules in the browser after a rename.',
  'The <code>lanternfish build</code> exit code is now non-zero when a route fails to prerender.',
];
const mk202Sec = [
  j(
    'Upgraded the bundled <code>sirocco-parser</code> to 4.8.1, which fixes a path traversal in the static file handler. All users of',
    '<code>lanternfish serve</code> in production should upgrade.',
  ),
];
const mk200Removed = ['The <code>legacyRouter</code> option, deprecated since 1.6.', 'Node.js 18 support.'];
const mk200Dep = ['<code>getStaticPaths</code> in favour of <code>routes()</code>; it will be removed in 3.0.0.'];
const mk190Added = [
  j(
    'Image components now generate <code>srcset</code> widths from the <code>images.widths</code> list, and fall back to the original',
    'file when a width would upscale it.',
  ),
  'A <code>lanternfish doctor</code> command that checks the Node.js version, the lockfile and the plugin manifests before a build.',
  'Sitemaps can be split by route prefix with <code>sitemap.split</code>, for sites with more than 50,000 pages.',
];
const mk190Fixed = [
  'Hot reload stopped working after the first edit in projects whose path contained a space.',
  j(
    'Markdown footnotes were numbered per file instead of per page when a page was assembled from several partials, which produced',
    'duplicate anchors and broken back-links.',
  ),
];
const mkTabs = ['Home', 'Guide', 'API reference', 'Plugins', 'Changelog', 'Blog'];
const mkSide = ['Changelog', 'Upgrading to 2.x', 'Deprecation policy', 'Security advisories', 'Release schedule'];
const mkToc = [
  '[Unreleased]',
  '[2.1.0] - 2026-01-20',
  'Added',
  'Changed',
  'Fixed',
  '[2.0.2] - 2025-12-03',
  'Security',
  '[2.0.0] - 2025-11-10',
  'Removed',
  'Deprecated',
  '[1.9.0] - 2025-09-02',
  'Added',
  'Fixed',
];
const li = (items: readonly string[]): string => `<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const h = (level: number, id: string, text: string): string =>
  `<h${level} id="${id}">${text}<a class="headerlink" href="#${id}" title="Permanent link">¶</a></h${level}>`;
const mkHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Release history of the Lanternfish static site framework"><meta name="author" content="Lanternfish maintainers">
<link rel="canonical" href="https://lanternfish.example/about/changelog/"><link rel="prev" href="../"><link rel="next" href="../upgrading/">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.4"><title>Changelog - Lanternfish</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.8608ea7d.min.css">
<script>__md_scope=new URL("../..",location),
__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0),__md_get=(e,_=localStorage)=>JSON.parse(_.getItem(e))</script>
<script id="__analytics">function __md_analytics(){window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date)}</script>
</head><body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#changelog" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">
Lanternfish 2.1 is out — read the <a href="../../blog/2-1/">release announcement</a>.</div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Lanternfish" class="md-header__button md-logo" aria-label="Lanternfish" data-md-component="logo"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic">
<span class="md-ellipsis">Lanternfish</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"></form></div>
<div class="md-header__source"><a href="https://github.example/lanternfish/lanternfish" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__repository">lanternfish/lanternfish</div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs">
<div class="md-grid"><ul class="md-tabs__list">${links(mkTabs, 'md-tabs__item')}</ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap">
<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">About</label>
<ul class="md-nav__list" data-md-scrollfix>${links(mkSide, 'md-nav__item')}</ul></nav></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label>
<ul class="md-nav__list" data-md-component="toc">${mkToc
  .map(
    (t) => `<li class="md-nav__item"><a class="md-nav__link"
href="#"><span class="md-ellipsis">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.example/lanternfish/lanternfish/edit/main/docs/about/changelog.md" title="Edit this page" class="md-content__button md-icon">Edit</a>
<h1 id="changelog">${mkTitle}</h1>
${ps(mkIntro)}
${h(2, 'unreleased', '<a href="https://github.example/lanternfish/lanternfish/compare/v2.1.0...HEAD">[Unreleased]</a>')}
${h(3, 'added', 'Added')}
${li(mkUnrel)}
${h(2, '210-2026-01-20', '<a href="https://github.example/lanternfish/lanternfish/compare/v2.0.2...v2.1.0">[2.1.0]</a> - 2026-01-20')}
${h(3, 'added_1', 'Added')}
${li(mk210Added)}
${h(3, 'changed', 'Changed')}
${li(mk210Changed)}
${h(3, 'fixed', 'Fixed')}
${li(mk210Fixed)}
${h(2, '202-2025-12-03', '<a href="https://github.example/lanternfish/lanternfish/compare/v2.0.0...v2.0.2">[2.0.2]</a> - 2025-12-03')}
${h(3, 'fixed_1', 'Fixed')}
${li(mk202Fixed)}
${h(3, 'security', 'Security')}
${li(mk202Sec)}
${h(2, '200-2025-11-10', '<a href="https://github.example/lanternfish/lanternfish/releases/tag/v2.0.0">[2.0.0]</a> - 2025-11-10')}
${h(3, 'removed', 'Removed')}
${li(mk200Removed)}
${h(3, 'deprecated', 'Deprecated')}
${li(mk200Dep)}
${h(2, '190-2025-09-02', '<a href="https://github.example/lanternfish/lanternfish/compare/v1.8.3...v1.9.0">[1.9.0]</a> - 2025-09-02')}
${h(3, 'added_2', 'Added')}
${li(mk190Added)}
${h(3, 'fixed_2', 'Fixed')}
${li(mk190Fixed)}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">Last update: January 21, 2026</span></span>
<span class="md-source-file__fact"><span class="git-revision-date-localized-plugin">Contributors: 6</span></span></aside>
<form class="md-feedback" name="feedback"><fieldset><legend class="md-feedback__title">Was this page helpful?</legend>
<div class="md-feedback__inner"><div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful"></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved"></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div></div></div></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">
<a href="../" class="md-footer__link md-footer__link--prev" aria-label="Previous: About"><div class="md-footer__title">
<span class="md-footer__direction">Previous</span><div class="md-ellipsis">About</div></div></a>
<a href="../upgrading/" class="md-footer__link md-footer__link--next" aria-label="Next: Upgrading to 2.x"><div class="md-footer__title">
<span class="md-footer__direction">Next</span><div class="md-ellipsis">Upgrading to 2.x</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">
<div class="md-copyright__highlight">Copyright © 2023–2026 the Lanternfish maintainers</div>
Made with <a href="https://squidfunk.github.example/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-consent" data-md-component="consent" id="__consent"><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4>
<p>We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.</p>
<div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button>
<label class="md-button" for="__settings">Manage settings</label></div></form></aside></div>
<script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs","content.action.edit"],"version":null}</script>
<script src="../../assets/javascripts/bundle.60a45f97.min.js"></script></body></html>`;
export const mkdocs: TestPage = {
  name: 'heldout360-mkdocs-material-keepachangelog-docs',
  kind: 'docs',
  html: mkHtml,
  title: mkTitle,
  headings: mkToc,
  body: texts([
    ...mkIntro,
    ...mkUnrel,
    ...mk210Added,
    ...mk210Changed,
    ...mk210Fixed,
    ...mk202Fixed,
    ...mk202Sec,
    ...mk200Removed,
    ...mk200Dep,
    ...mk190Added,
    ...mk190Fixed,
  ]),
  bylines: ['Last update: January 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lanternfish 2.1 is out — read the release announcement.', 'lanternfish/lanternfish', ...mkTabs.filter((t) => t !== 'Changelog'),
    'About', ...mkSide.slice(1), 'Table of contents', 'Edit', 'Contributors: 6', 'Was this page helpful?', 'Thanks for your feedback!', 'Previous', 'Next',
    'Copyright © 2023–2026 the Lanternfish maintainers', 'Made with Material for MkDocs', 'Cookie consent',
    'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.', 'Accept',
    'Manage settings',
  ],
};
