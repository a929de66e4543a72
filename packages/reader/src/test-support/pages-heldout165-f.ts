import { type TestPage, texts } from './page-kit.js';
import { statuspage } from './pages-heldout165-f2.js';

/**
 * Held-out batch 165, file f: the changelog page of a Python library's documentation on Material for MkDocs (the
 * announce bar, "Skip to content", the header with the site name, page title, palette toggle, search and repository
 * facts, the tabs, the primary nav drawer with its sections, the secondary "Table of contents" that repeats the headings,
 * the "Edit this page" action, the h1, a note admonition, release h2s with h3 change groups and the "¶" permalinks, the
 * "Back to top" button, the previous / next footer links, the copyright and "Made with" line, the search dialog texts and
 * the consent form) and, from file f2, an Atlassian Statuspage incident report.
 */
const mkTitle = 'Changelog';
const mkIntro = ['All notable changes to tidepool are listed here. The format follows Keep a Changelog, and the project uses semantic versioning.'];
const mkNote = ['Upgrading from 1.x', 'Version 2.0 removed the legacy connection API. See the migration guide before upgrading.'];
type Release = { v: string; groups: [string, string[]][] };
const mkReleases: Release[] = [
  {
    v: '2.4.0 (2025-10-02)',
    groups: [
      [
        'Features',
        [
          'Added Pool.drain(timeout=...), which waits for in-flight queries to finish before closing connections.',
          'Connections now report their server version through the new server_version attribute.',
          'The pool can be configured from a single URL, including query parameters for the pool size and timeouts.',
        ],
      ],
      [
        'Bug fixes',
        [
          'Fixed a race where a connection returned during shutdown could be handed out again.',
          'Idle connections are no longer counted twice in the pool statistics.',
        ],
      ],
      ['Deprecations', ['Pool.close(force=True) is deprecated in favour of Pool.terminate() and will be removed in 3.0.']],
    ],
  },
  {
    v: '2.3.1 (2025-08-19)',
    groups: [
      [
        'Bug fixes',
        [
          'Fixed a memory leak when a query was cancelled while its result was still being read.',
          'The health check no longer runs on connections that are already checked out.',
        ],
      ],
    ],
  },
  {
    v: '2.3.0 (2025-07-07)',
    groups: [
      [
        'Features',
        [
          'Added support for Python 3.14.',
          'Added a max_lifetime setting, after which a connection is closed and replaced the next time it is returned.',
          'Pool statistics can now be exported in the Prometheus text format.',
        ],
      ],
      ['Documentation', ['Rewrote the tuning guide with worked examples for web servers and batch jobs.']],
      ['Removals', ['Dropped support for Python 3.9, which reached end of life.']],
    ],
  },
  {
    v: '2.2.0 (2025-05-21)',
    groups: [
      [
        'Features',
        [
          'Connections that fail the health check are now replaced in the background instead of on the next checkout, so a ' +
            'request never waits for a reconnect it did not cause.',
          'Added an on_connect hook that runs once for every new connection, for setting the search path or session options.',
          'The pool now logs a warning when a connection has been checked out for longer than the configured leak threshold.',
        ],
      ],
      [
        'Bug fixes',
        [
          'Fixed a deadlock when the pool was resized from inside an on_connect hook.',
          'Timeouts given as floats are no longer rounded down to whole seconds.',
          'Closing a pool twice no longer raises an error.',
        ],
      ],
    ],
  },
];
const mkNav: Record<string, string[]> = {
  'Getting started': ['Installation', 'Quick start'],
  Guides: ['Configuration', 'Tuning the pool', 'Testing with tidepool'],
  Reference: ['API reference', 'Settings'],
  About: ['Changelog', 'Migration guide', 'Contributing', 'License'],
};
const mkTabs = ['Home', 'Guides', 'Reference', 'About'];
const mkConsent = [
  'Cookie consent',
  'We use cookies to recognise your repeated visits and preferences, and to measure how the documentation is used. With your ' +
    'consent, you are helping us to make it better.',
  'Google Analytics',
  'GitHub',
];
const mkSlug = (v: string): string => v.replace(/[^0-9a-z]+/gi, '').toLowerCase();
const mkRelease = (r: Release): string => `<h2 id="${mkSlug(r.v)}">${r.v}<a class="headerlink" href="#${mkSlug(r.v)}" title="Permanent link">¶</a></h2>
${r.groups
  .map(
    ([g, items]) => `<h3 id="${mkSlug(r.v)}-${g.toLowerCase().replace(/ /g, '-')}">${g}<a class="headerlink" href="#${mkSlug(r.v)}-${g
      .toLowerCase()
      .replace(/ /g, '-')}" title="Permanent link">¶</a></h3>
<ul>${items.map((t) => `<li>${t.replace(/(\w+\.\w+\([^)]*\)|server_version|max_lifetime|on_connect)/g, '<code>$1</code>')}</li>`).join('\n')}</ul>`,
  )
  .join('\n')}`;
const mkHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="A small, fast connection pool for PostgreSQL"><meta name="author" content="The tidepool authors">
<link href="https://tidepool.example/about/changelog/" rel="canonical"><link href="../migration/" rel="prev"><link href="../contributing/" rel="next">
<link rel="icon" href="../../assets/favicon.png"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.14"><title>Changelog - tidepool</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.342714a4.min.css"><link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(
_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input class="md-toggle" data-md-toggle="search"
type="checkbox"
id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#changelog" class="md-skip">Skip to content</a></div><div data-md-component="announce"><aside class="md-banner">
<div class="md-banner__inner md-grid md-typeset">tidepool 2.4 is out, with graceful draining and URL configuration.</div></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="tidepool" class="md-header__button md-logo" aria-label="tidepool" data-md-component="logo"><img src="../../assets/logo.svg"
alt="logo"></a>
<label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"><path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"/></svg></label>
<div class="md-header__title"
data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">tidepool</span>
</div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">Changelog</span></div></div></div>
<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="" data-md-color-scheme="default" type="radio"
name="__palette"
id="__palette_0"><label class="md-header__button md-icon" title="Switch to dark mode" for="__palette_1"
hidden><svg viewBox="0 0 24 24"><path d="M17 6H7c-3.31"/></svg></label>
</form><label class="md-header__button md-icon" for="__search"><svg viewBox="0 0 24 24"><path d="M9.5 3A6.5"/></svg></label>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search">
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"
autocapitalize="off"
autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required><label class="md-search__icon md-icon" for="__search"></label>
<nav class="md-search__options" aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear"
tabindex="-1"></button></nav>
</form><div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix><div class="md-search-result"
data-md-component="search-result">
<div class="md-search-result__meta">Initializing search</div><ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.example/tidepool/tidepool" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__icon md-icon"><svg viewBox="0 0 448 512"><path d="M439.55 236.05"/></svg></div><div class="md-source__repository">tidepool/tidepool
<ul class="md-source__facts"><li class="md-source__fact md-source__fact--version">v2.4.0</li><li class="md-source__fact md-source__fact--stars">1.3k</li>
<li class="md-source__fact md-source__fact--forks">97</li></ul></div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${mkTabs
  .map(
    (t) => `<li class="md-tabs__item${t === 'About' ? ' md-tabs__item--active' : ''}"><a href="../../${t.toLowerCase()}/" class="md-tabs__link">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar"
data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">tidepool</label>
<ul class="md-nav__list" data-md-scrollfix>${Object.entries(mkNav)
  .map(
    ([h, items]) => `<li class="md-nav__item md-nav__item--nested"><label class="md-nav__link"
for="__nav_${h.length}"><span class="md-ellipsis">${h}</span><span class="md-nav__icon md-icon"></span></label><nav class="md-nav"
data-md-level="1"><ul class="md-nav__list">
${items
  .map(
    (
      t,
    ) => `<li class="md-nav__item${t === 'Changelog' ? ' md-nav__item--active' : ''}"><a href="../${t.toLowerCase().replace(/ /g, '-')}/" class="md-nav__link">
<span class="md-ellipsis">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title"
for="__toc"><span class="md-nav__icon md-icon"></span>Table of contents
</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${mkReleases
  .map(
    (r) => `<li class="md-nav__item"><a href="#${mkSlug(r.v)}"
class="md-nav__link"><span class="md-ellipsis">${r.v}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.example/tidepool/tidepool/edit/main/docs/about/changelog.md" title="Edit this page"
class="md-content__button md-icon"><svg viewBox="0 0 24 24">
<path d="M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1"/></svg></a>
<h1 id="changelog">${mkTitle}</h1>
<p>${mkIntro[0]}</p>
<div class="admonition note"><p class="admonition-title">${mkNote[0]}</p><p>${mkNote[1]}</p></div>
${mkReleases.map(mkRelease).join('\n')}
</article></div>
<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script></div>
<button type="button" class="md-top md-icon" data-md-component="top"
hidden><svg viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5"/></svg>Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../migration/" class="md-footer__link md-footer__link--prev">
<div class="md-footer__button md-icon"><svg viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5"/></svg></div><div class="md-footer__title"><span
class="md-footer__direction">
Previous</span><div class="md-ellipsis">Migration guide</div></div></a><a href="../contributing/" class="md-footer__link md-footer__link--next">
<div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Contributing</div></div><div class="md-footer__button
md-icon">
<svg viewBox="0 0 24 24"><path d="M4 11v2h12l-5.5 5.5"/></svg></div></a></nav><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid">
<div class="md-copyright"><div class="md-copyright__highlight">Copyright © 2022 - 2025 The tidepool authors</div>Made with
<a href="https://squidfunk.github.io/mkdocs-material/"
target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>${mkConsent[0]}</h4><p>${mkConsent[1]}</p><input class="md-toggle" type="checkbox"
id="__settings">
<div class="md-consent__settings"><ul class="task-list"><li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="analytics"
checked>
<span class="task-list-indicator"></span>${mkConsent[2]}</label></li><li class="task-list-item"><label class="task-list-control"><input type="checkbox"
name="github" checked>
<span class="task-list-indicator"></span>${mkConsent[3]}</label></li></ul></div><div class="md-consent__controls"><button class="md-button
md-button--primary">Accept</button>
<button type="reset" class="md-button md-button--primary">Reject</button><label class="md-button"
for="__settings">Manage settings</label></div></form></aside></div>
<script id="__config" type="application/json">{"base": "../..", "features": ["navigation.tabs", "navigation.top", "content.action.edit"], "search":
"../../assets/javascripts/workers/search.973d3a69.min.js", 
"translations": {"clipboard.copied": "Copied to clipboard", "search.result.none": "No matching documents"}}</script>
<script src="../../assets/javascripts/bundle.13a4f30d.min.js"></script></body></html>`;
const changelog: TestPage = {
  html: mkHtml,
  name: 'heldout165-mkdocs-material-changelog-docs',
  kind: 'docs',
  // each release's h2 (version and date) and its h3 change groups are headings; the note admonition's title and text are
  // body; the "Table of contents" list repeats the release headings and is left out; "Changelog" and "About" in the nav
  // and tabs are left out as words of the title and of short gold lines
  title: mkTitle,
  headings: mkReleases.flatMap((r) => [r.v, ...r.groups.map(([g]) => g)]),
  body: texts([...mkIntro, ...mkNote, ...mkReleases.flatMap((r) => r.groups.flatMap(([, items]) => items))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'tidepool 2.4 is out, with graceful draining and URL configuration.', 'Initializing search', 'tidepool/tidepool', 'v2.4.0',
    '1.3k', '97', 'Home', 'Guides', 'Reference', 'Getting started', 'Installation', 'Quick start', 'Configuration', 'Tuning the pool', 'Testing with tidepool',
    'API reference',
    'Settings', 'Migration guide', 'Contributing', 'License', 'Table of contents', '¶', 'Back to top', 'Previous', 'Next',
    'Copyright © 2022 - 2025 The tidepool authors', 'Made with Material for MkDocs', ...mkConsent, 'Accept', 'Reject', 'Manage settings',
  ],
};

export const HELDOUT165_F: readonly TestPage[] = [changelog, statuspage];
