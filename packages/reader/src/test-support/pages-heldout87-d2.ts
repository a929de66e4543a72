import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 87, file d2: a MkDocs Material documentation page of a command-line tool (the drawer and search toggles,
 * "Skip to content", the announcement banner, the header with the site name and the page title topic, the palette toggle, the
 * search dialog with "Initializing search", the repository link with its facts, the navigation tabs, the primary navigation
 * with nested sections, the secondary "Table of contents", the "Edit this page" button, admonitions with titles, a
 * collapsible details block, content tabs, a table, code blocks, the git revision date, the hidden feedback widget, the
 * "Back to top" button, the footer navigation, the copyright with "Made with Material for MkDocs", and the consent form).
 */
const mkTitle = 'Caching';
const mkP1 = [
  'Skiff caches the output of every build step, so that a step whose inputs have not changed is restored instead of run again. On a ' +
    'typical project this turns a six-minute build into a thirty-second one. This page explains how the cache key is computed, ' +
    'where the cache lives and how to share it between machines.',
];
const mkH1 = 'How cache keys work';
const mkP2 = [
  'A step’s cache key is a hash of everything that can change its output: the step’s command, the files matched by its ' +
    '<code>inputs</code> patterns, the environment variables it declares and the cache keys of the steps it depends on. If any of ' +
    'these change, the key changes and the step runs.',
  'Files are hashed by content, not by modification time, so checking out a branch and switching back does not invalidate the cache.',
];
const mkTip =
  'Run <code>skiff explain test</code> to print the inputs that went into a step’s key. It is the quickest way to find out ' +
  'why a step keeps missing the cache.';
const mkH2 = 'Where the cache is stored';
const mkP3 = ['By default the cache is a directory in your home folder. The location depends on your operating system:'];
const mkRows = [
  ['Linux', '~/.cache/skiff'],
  ['macOS', '~/Library/Caches/skiff'],
  ['Windows', '%LOCALAPPDATA%\\skiff\\cache'],
];
const mkP4 = [
  'Set <code>SKIFF_CACHE_DIR</code> to use a different directory. Skiff removes the least recently used entries once the cache grows ' +
    'past its size limit, which is 10 GB unless you change <code>cache.max_size</code>.',
];
const mkH3 = 'Sharing a remote cache';
const mkP5 = [
  'On CI, a local cache starts empty on every run. A remote cache lets machines reuse each other’s results. Skiff supports any ' +
    'S3-compatible bucket and plain HTTP servers that accept PUT requests. Add the remote to <code>skiff.toml</code>:',
];
const mkTabs = ['S3', 'HTTP'];
const mkP6 = [
  'Skiff reads from the remote cache on every machine but, by default, only writes to it from CI. This keeps half-finished local ' +
    'work out of the shared cache. Set <code>write = true</code> on a developer machine if you want it to upload as well.',
];
const mkWarnTitle = 'Secrets and the remote cache';
const mkWarn =
  'Step outputs are uploaded as they are. If a step writes credentials or tokens into its output directory, they will end up in ' +
  'the bucket. Exclude such files with <code>outputs.exclude</code>.';
const mkDetailsTitle = 'Clearing the cache';
const mkDetails = 'Run <code>skiff cache clean</code> to delete the local cache. Skiff never clears remote caches; use your bucket’s lifecycle rules.';
const mkBanner = 'Skiff 3.0 is out! Read the release notes and the migration guide.';
const mkRepo = ['skiff-build/skiff', 'v3.0.2', '4.1k', '212'];
const mkTabsNav = ['Home', 'Getting started', 'Guides', 'Reference', 'Blog'];
const mkNav = [
  { label: 'Guides', items: ['Writing a skiff.toml', 'Steps and dependencies', 'Caching', 'Running on CI', 'Monorepos'] },
  { label: 'Troubleshooting', items: ['Common errors', 'Debug logging'] },
];
const mkFeedback = ['Was this page helpful?', 'Thanks for your feedback!', 'Thanks for your feedback! Help us improve this page by using our feedback form.'];
const mkFoot = ['Previous', 'Steps and dependencies', 'Next', 'Running on CI', 'Copyright © 2021-2025 The Skiff authors', 'Made with', 'Material for MkDocs'];
const mkConsent = [
  'Cookie consent',
  'We use cookies to count visits and see which pages people search for, so we can improve the documentation. Nothing is shared ' + 'with advertisers.',
  'Google Analytics',
  'GitHub',
  'Accept',
  'Manage settings',
];
const mkId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const mkH = (t: string): string => `<h2 id="${mkId(t)}">${t}<a class="headerlink" href="#${mkId(t)}" title="Permanent link">¶</a></h2>`;
const mkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mkHl = (c: string): string => `<div class="highlight"><pre><span></span><code>${c}</code></pre></div>`;
const mkLink = (t: string, current: boolean): string => `<li class="md-nav__item${current ? ' md-nav__item--active' : ''}"><a href="../${mkId(t)}/"
class="md-nav__link${current ? ' md-nav__link--active' : ''}"><span class="md-ellipsis">${t}</span></a></li>`;
const mkNavHtml = mkNav
  .map(
    (s, i) => `<li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested"><input class="md-nav__toggle md-toggle"
type="checkbox" id="__nav_3_${i}" checked><label class="md-nav__link" for="__nav_3_${i}" id="__nav_3_${i}_label" tabindex=""><span class="md-ellipsis">
${s.label}</span><span class="md-nav__icon md-icon"></span></label><nav class="md-nav" data-md-level="1" aria-labelledby="__nav_3_${i}_label"
aria-expanded="true"><label class="md-nav__title" for="__nav_3_${i}"><span class="md-nav__icon md-icon"></span>${s.label}</label><ul class="md-nav__list"
data-md-scrollfix>${s.items.map((t) => mkLink(t, t === mkTitle)).join('\n')}</ul></nav></li>`,
  )
  .join('\n');
const mkToc = [mkH1, mkH2, mkH3]
  .map((t) => `<li class="md-nav__item"><a href="#${mkId(t)}" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`)
  .join('\n');
const mkHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Build steps that only run when their inputs change."><link rel="canonical" href="https://skiff.example/guides/caching/">
<link rel="prev" href="../steps-and-dependencies/"><link rel="next" href="../running-on-ci/"><link rel="icon" href="../../assets/favicon.png">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.14"><title>Caching - Skiff</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.342714a4.min.css"><link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>
JSON.parse(_.getItem(t.pathname+"."+e))</script>
<script id="__analytics">function __md_analytics(){window.dataLayer=window.dataLayer||[];function n(){dataLayer.push(arguments)}n("js",new Date)}</script>
</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="amber">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input class="md-toggle" data-md-toggle="search"
type="checkbox" id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label><div data-md-component="skip">
<a href="#caching" class="md-skip">Skip to content</a></div><div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid
md-typeset"><a href="../../blog/skiff-3/">${mkBanner}</a></div></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Skiff" class="md-header__button md-logo" aria-label="Skiff" data-md-component="logo"><img src="../../assets/logo.svg" alt="logo"></a>
<label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"></svg></label><div class="md-header__title" data-md-component="header-title">
<div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">Skiff</span></div><div class="md-header__topic"
data-md-component="header-topic"><span class="md-ellipsis">Caching</span></div></div></div><form class="md-header__option" data-md-component="palette">
<input class="md-option" data-md-color-media="(prefers-color-scheme: light)" data-md-color-scheme="default" type="radio" name="__palette" id="__palette_0">
<label class="md-header__button md-icon" title="Switch to dark mode" for="__palette_1" hidden><svg viewBox="0 0 24 24"></svg></label></form>
<label class="md-header__button md-icon" for="__search"><svg viewBox="0 0 24 24"></svg></label><div class="md-search" data-md-component="search" role="dialog">
<label class="md-search__overlay" for="__search"></label><div class="md-search__inner" role="search"><form class="md-search__form" name="search">
<input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off"
spellcheck="false" data-md-component="search-query" required><nav class="md-search__options" aria-label="Search"><button type="reset" class="md-search__icon
md-icon" title="Clear" aria-label="Clear" tabindex="-1"><svg viewBox="0 0 24 24"></svg></button></nav></form><div class="md-search__output">
<div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix><div class="md-search-result" data-md-component="search-result"><div
class="md-search-result__meta">Initializing search</div><ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.com/skiff-build/skiff" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__icon md-icon"><svg viewBox="0 0 448 512"></svg></div><div class="md-source__repository">${mkRepo[0]}<ul class="md-source__facts">
<li class="md-source__fact md-source__fact--version">${mkRepo[1]}</li><li class="md-source__fact md-source__fact--stars">${mkRepo[2]}</li>
<li class="md-source__fact md-source__fact--forks">${mkRepo[3]}</li></ul></div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${mkTabsNav
  .map((t) => `<li class="md-tabs__item${t === 'Guides' ? ' md-tabs__item--active' : ''}"><a href="../../${mkId(t)}/" class="md-tabs__link">${t}</a></li>`)
  .join('\n')}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Skiff</label>
<ul class="md-nav__list" data-md-scrollfix>${mkNavHtml}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of
contents</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${mkToc}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.com/skiff-build/skiff/edit/main/docs/guides/caching.md" title="Edit this page" class="md-content__button md-icon"><svg
viewBox="0 0 24 24"></svg></a><h1 id="caching">${mkTitle}</h1>
${mkPs(mkP1)}
${mkH(mkH1)}
${mkPs(mkP2)}
<div class="admonition tip"><p class="admonition-title">Tip</p><p>${mkTip}</p></div>
${mkH(mkH2)}
${mkPs(mkP3)}
<table><thead><tr><th>System</th><th>Default location</th></tr></thead><tbody>
${mkRows.map((r) => `<tr><td>${r[0]}</td><td><code>${r[1]}</code></td></tr>`).join('\n')}</tbody></table>
${mkPs(mkP4)}
<details class="note"><summary>${mkDetailsTitle}</summary><p>${mkDetails}</p></details>
${mkH(mkH3)}
${mkPs(mkP5)}
<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2"
name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">${mkTabs[0]}</label><label for="__tabbed_1_2">${mkTabs[1]}</label></div>
<div class="tabbed-content"><div class="tabbed-block">${mkHl(`[cache.remote]\nurl = "s3://acme-skiff-cache/main"\nregion = "eu-west-1"`)}</div>
<div class="tabbed-block">${mkHl(`[cache.remote]\nurl = "https://cache.internal.example/skiff"\ntoken_env = "SKIFF_CACHE_TOKEN"`)}</div></div></div>
${mkPs(mkP6)}
<div class="admonition warning"><p class="admonition-title">${mkWarnTitle}</p><p>${mkWarn}</p></div>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg viewBox="0 0 24 24"></svg></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">October 2, 2025</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">${mkFeedback[0]}</legend><div class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"><svg></svg></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"><svg></svg></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>${mkFeedback[1]}</div><div data-md-value="0" hidden>Thanks for your feedback! Help us improve
this page by using our <a href="https://github.com/skiff-build/skiff/issues/new" target="_blank" rel="noopener">feedback
form</a>.</div></div></div></fieldset></form>
</article></div><script>var tabs=__md_get("__tabs");</script></div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden><svg viewBox="0 0 24 24"></svg> Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../steps-and-dependencies/" class="md-footer__link
md-footer__link--prev" aria-label="Previous: Steps and dependencies"><div class="md-footer__button md-icon"><svg></svg></div><div class="md-footer__title">
<span class="md-footer__direction">${mkFoot[0]}</span><div class="md-ellipsis">${mkFoot[1]}</div></div></a><a href="../running-on-ci/" class="md-footer__link
md-footer__link--next" aria-label="Next: Running on CI"><div class="md-footer__title"><span class="md-footer__direction">${mkFoot[2]}</span><div
class="md-ellipsis">${mkFoot[3]}</div></div><div class="md-footer__button md-icon"><svg></svg></div></a></nav><div class="md-footer-meta md-typeset">
<div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">${mkFoot[4]}</div>${mkFoot[5]} <a
href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">${mkFoot[6]}</a></div><div class="md-social"><a
href="https://github.com/skiff-build"
target="_blank" rel="noopener" title="github.com" class="md-social__link"><svg viewBox="0 0 496 512"></svg></a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>${mkConsent[0]}</h4><p>${mkConsent[1]}</p><input class="md-toggle" type="checkbox"
id="__settings"><div class="md-consent__settings"><ul class="task-list"><li class="task-list-item"><label class="task-list-control"><input type="checkbox"
name="analytics" checked><span class="task-list-indicator"></span>${mkConsent[2]}</label></li><li class="task-list-item"><label class="task-list-control">
<input type="checkbox" name="github" checked><span class="task-list-indicator"></span>${mkConsent[3]}</label></li></ul></div><div class="md-consent__controls">
<button class="md-button md-button--primary">${mkConsent[4]}</button><label class="md-button"
for="__settings">${mkConsent[5]}</label></div></form></aside></div>
<script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs","navigation.sections","navigation.top","content.code.copy",
"content.action.edit"],"search":"../../assets/javascripts/workers/search.d50fe291.min.js","translations":{"clipboard.copied":"Copied to clipboard"}}</script>
<script src="../../assets/javascripts/bundle.13a4f30d.min.js"></script></body></html>`;
export const mkdocsPage: TestPage = {
  html: mkHtml,
  name: 'heldout87-mkdocs-material-docs',
  kind: 'docs',
  // admonition and details texts are body, their titles ("Tip", the warning's own title, the details summary) are in neither
  // list; table data cells are body, header cells in neither; the content-tab labels and the code are in neither list; the
  // header topic and the "Table of contents" links repeat the title and headings and are left out
  title: mkTitle,
  headings: [mkH1, mkH2, mkH3],
  body: texts([...mkP1, ...mkP2, mkTip, ...mkP3, ...mkRows.flatMap((r) => [r[0] ?? '', `<code>${r[1]}</code>`]), ...mkP4, mkDetails, ...mkP5, ...mkP6, mkWarn]),
  bylines: ['October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', mkBanner, 'Initializing search', ...mkRepo, ...mkTabsNav, ...mkNav.flatMap((s) => s.items.filter((t) => t !== mkTitle)),
    'Troubleshooting', 'Table of contents', ...mkFeedback, 'Back to top', ...mkFoot.filter((t) => t !== mkFoot[1] && t !== mkFoot[3]), ...mkConsent,
  ],
};
