import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 8, file e (docs): a configuration page on MkDocs Material (tabs, nav drawer, table of
 * contents, admonition, code copy button) and a release-notes page on a Hugo Docsy site.
 */
const intro = [
  'Tidewatch keeps every sample it collects until you tell it otherwise. On a busy host that is about 2 GB of data a ' +
    'week, so most installations set a retention policy in the first month.',
  'Retention is configured per stream in the retention section of tidewatch.yml. Each rule names the streams it applies ' +
    'to, how long raw samples are kept, and whether older data is rolled up into hourly averages before it is deleted.',
];
const rules = [
  'Rules are matched from top to bottom, and the first rule whose pattern matches a stream wins. Put narrow patterns ' + 'first and a catch-all rule last.',
  'The keep value accepts days, weeks or months, written as 14d, 6w or 3m. A value of 0 keeps data forever.',
  'Setting rollup to true keeps one averaged sample per hour after the raw data expires. Rolled-up data is about 1 % of ' +
    'the size of the raw data and is kept for as long as the rule’s rollup_keep value, one year by default.',
];
const apply = [
  'Changes to retention take effect at the next compaction, which runs every night at 03:00 local time. To apply a new ' +
    'policy straight away, run the compact command by hand.',
  'Compaction deletes data permanently. Take a snapshot first if you are shortening a retention period on a production host.',
];
const mkHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8">
<title>Retention - Tidewatch</title><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.44">
<link rel="stylesheet" href="../../assets/stylesheets/main.css"><script>__md_scope=new URL("../..",location)</script>
</head><body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<a href="#retention" class="md-skip">Skip to content</a>
<div class="md-banner"><div class="md-banner__inner md-grid md-typeset">Tidewatch 3.0 is out. See what changed.</div></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<div class="md-header__title"><span class="md-ellipsis">Tidewatch</span></div>
<form class="md-search__form"><input type="text" class="md-search__input" placeholder="Search" aria-label="Search"></form>
<div class="md-search-result__meta">Initializing search</div>
<div class="md-header__source"><a href="https://github.com/tidewatch/tidewatch" class="md-source">
<div class="md-source__repository">tidewatch/tidewatch</div></a></div>
</nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs"><ul class="md-tabs__list">
${links(['Getting started', 'Configuration', 'Reference', 'Changelog'], 'md-tabs__item')}</ul></nav>
<main class="md-main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><nav class="md-nav md-nav--primary">
<label class="md-nav__title">Configuration</label>
<ul class="md-nav__list">${links(['Collectors', 'Streams', 'Retention', 'Alerts'], 'md-nav__item')}</ul></nav></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><nav class="md-nav md-nav--secondary">
<label class="md-nav__title" for="__toc">Table of contents</label><ul class="md-nav__list">
<li class="md-nav__item"><a href="#how-rules-are-matched" class="md-nav__link">How rules are matched</a></li>
<li class="md-nav__item"><a href="#applying-changes" class="md-nav__link">Applying changes</a></li></ul></nav></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.com/tidewatch/tidewatch/edit/main/docs/configuration/retention.md"
title="Edit this page" class="md-content__button md-icon">Edit this page</a>
<h1 id="retention">Retention</h1>
${ps(intro)}
<div class="language-yaml highlight"><pre><span></span><button class="md-clipboard md-icon" title="Copy to clipboard"></button><code>retention:
  - streams: "nginx.*"
    keep: 14d
    rollup: true
  - streams: "*"
    keep: 3m
</code></pre></div>
<h2 id="how-rules-are-matched">How rules are matched<a class="headerlink" href="#how-rules-are-matched" title="Permanent link">¶</a></h2>
<ul>${rules.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<h2 id="applying-changes">Applying changes<a class="headerlink" href="#applying-changes" title="Permanent link">¶</a></h2>
${ps(apply.slice(0, 1))}
<div class="language-console highlight"><pre><span></span><code>$ tidewatch compact --now</code></pre></div>
<div class="admonition warning"><p class="admonition-title">Warning</p>${ps(apply.slice(1))}</div>
<aside class="md-source-file">
<span class="md-source-file__fact">Last update: <span class="git-revision-date-localized-plugin">February 27, 2025</span></span></aside>
<form class="md-feedback"><fieldset><legend class="md-feedback__title">Was this page helpful?</legend>
<button class="md-feedback__icon" title="This page was helpful">Yes</button>
<button class="md-feedback__icon" title="This page could be improved">No</button></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">
<a href="../streams/" class="md-footer__link md-footer__link--prev"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Streams</div></a>
<a href="../alerts/" class="md-footer__link md-footer__link--next"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Alerts</div></a></nav>
<div class="md-copyright"><div class="md-copyright__highlight">Copyright © 2025 The Tidewatch Authors</div>
Made with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></footer></div>
<script src="../../assets/javascripts/bundle.js"></script>
</body></html>`;
const mkdocs: TestPage = {
  html: mkHtml,
  name: 'heldout8-mkdocs-material',
  kind: 'docs',
  // hard calls: the YAML and console blocks are code (neither list); the warning admonition's text is body but its
  // one-word title is left out; toc links repeat the headings (neither); "Last update" is a dateline
  title: 'Retention',
  headings: ['How rules are matched', 'Applying changes'],
  body: texts([...intro, ...rules, ...apply]),
  bylines: ['Last update: February 27, 2025'],
  furniture: [
    'Skip to content',
    'Tidewatch 3.0 is out. See what changed.',
    'Initializing search',
    'tidewatch/tidewatch',
    'Getting started',
    'Configuration',
    'Reference',
    'Changelog',
    'Collectors',
    'Streams',
    'Alerts',
    'Table of contents',
    'Edit this page',
    'Was this page helpful?',
    'Previous',
    'Copyright © 2025 The Tidewatch Authors',
    'Made with Material for MkDocs',
  ],
};

const highlights = [
  'Lantern 4.2 is a feature release. It is a drop-in upgrade from 4.1 for most sites; read the breaking changes below ' +
    'if you use custom shortcodes or the legacy search index.',
];
const features = [
  'Search now runs entirely in the browser using a prebuilt index, so static hosts no longer need the search service.',
  'Pages can declare a review date in front matter, and a new report lists every page past its date.',
  'The sidebar remembers which sections a reader expanded, per browser, across visits.',
  'Dark mode follows the operating system setting unless the reader has chosen a theme.',
];
const breaking = [
  'The legacy search index format has been removed. Sites that set search.legacy must rebuild their index with the new command.',
  'Shortcodes that read .Page.Params.section directly must switch to the lantern.section helper, which also works for nested sections.',
];
const fixes = [
  'Fixed anchors on headings that contain inline code, which were generated with stray backticks.',
  'Fixed the print stylesheet cutting off wide tables instead of letting them scroll onto a second page.',
  'The version switcher no longer jumps to the home page when the current page does not exist in the selected version.',
];
const docsyHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<title>Release notes for 4.2 | Lantern</title><meta name="generator" content="Hugo 0.140.2">
<meta property="og:title" content="Release notes for 4.2"><meta itemprop="dateModified" content="2025-03-03T10:14:02+00:00">
<script src="/js/main.min.js" defer></script></head>
<body class="td-page td-documentation">
<header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><a class="navbar-brand" href="/"><span class="navbar-brand__name">Lantern</span></a>
<ul class="navbar-nav">${links(['Documentation', 'Blog', 'Community'], 'nav-item')}</ul>
<div class="td-navbar__search"><input type="search" class="td-search__input" placeholder="Search this site…" aria-label="Search this site…"></div>
<div class="dropdown"><a class="nav-link dropdown-toggle" href="#">Version 4.2</a></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><nav class="td-sidebar-nav"><ul class="td-sidebar-nav__section">
${links(['Overview', 'Installation', 'Writing pages', 'Deploying', 'Release notes'], 'td-sidebar-nav__section-title')}</ul></nav></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/lantern-docs/lantern/edit/main/content/en/docs/releases/4.2.md">Edit this page</a>
<a href="https://github.com/lantern-docs/lantern/new/main/content/en/docs/releases">Create child page</a>
<a href="https://github.com/lantern-docs/lantern/issues/new?title=Release%20notes">Create documentation issue</a>
<a href="/docs/releases/_print/">Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul><li><a href="#new-features">New features</a></li><li><a href="#breaking-changes">Breaking changes</a></li>
<li><a href="#bug-fixes">Bug fixes</a></li></ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/releases/">Release notes</a></li>
<li class="breadcrumb-item active">4.2</li></ol></nav>
<div class="td-content"><h1>Release notes for 4.2</h1>
<div class="lead">Released 3 March 2025</div>
${ps(highlights)}
<h2 id="new-features">New features</h2><ul>${features.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<h2 id="breaking-changes">Breaking changes</h2><ul>${breaking.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<h2 id="bug-fixes">Bug fixes</h2><ul>${fixes.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer">Yes</button> <button class="btn btn-primary mb-4 feedback--answer">No</button></div>
<div class="td-page-meta__lastmod">Last modified March 3, 2025:
<a href="https://github.com/lantern-docs/lantern/commit/9f3c2ab">Release 4.2 notes (9f3c2ab)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="td-footer__left"><ul>${links(['User mailing list', 'Discussions'])}</ul></div>
<div class="td-footer__center"><span class="td-footer__copyright">© 2025 The Lantern Authors All Rights Reserved</span>
<span class="td-footer__all_rights_reserved"><a href="/privacy/">Privacy Policy</a></span></div></footer></div>
</body></html>`;
const docsy: TestPage = {
  html: docsyHtml,
  name: 'heldout8-docsy-release-notes',
  kind: 'docs',
  // hard calls: the list items under each heading are body; "Released 3 March 2025" (Docsy's lead line) and the
  // last-modified commit line are datelines; the "Feedback" h2 is not an article heading (furniture)
  title: 'Release notes for 4.2',
  headings: ['New features', 'Breaking changes', 'Bug fixes'],
  body: texts([...highlights, ...features, ...breaking, ...fixes]),
  bylines: ['Released 3 March 2025', 'Last modified March 3, 2025: Release 4.2 notes (9f3c2ab)'],
  furniture: [
    // round 7: the site name 'Lantern' left out: it is also the body's first word ("Lantern 4.2 is a feature release")
    'Documentation',
    'Community',
    'Version 4.2',
    'Installation',
    'Writing pages',
    'Deploying',
    'Edit this page',
    'Create child page',
    'Create documentation issue',
    'Print entire section',
    'Feedback',
    'Was this page helpful?',
    'User mailing list',
    'Discussions',
    '© 2025 The Lantern Authors All Rights Reserved',
    'Privacy Policy',
  ],
};

export const HELDOUT8_E: readonly TestPage[] = [mkdocs, docsy];
