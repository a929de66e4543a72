import { type TestPage, texts } from './page-kit.js';
import { goBottom, goComm, goCookie, goDocs, goFoot, goMeta, goShortcuts, goWhy } from './pages-heldout138-b3.js';

/**
 * Held-out batch 138, file b2: a Go package page on pkg.go.dev (the go.dev header with its dropdown menus and the navigation
 * drawer that repeats them, the search form, the unit header with breadcrumb, chips and version/published/license/imports
 * details, the Details/Repository/Links meta, the outline nav, the README with its expand button, the Documentation section
 * with overview, index, empty section, declarations, "added in" labels, an example with Share/Format/Run, source files, the
 * hidden jump and shortcut dialogs, the footer columns and the cookie notice).
 */
const goTitle = 'leaky';
const goMod = 'github.com/tidewater-labs/leaky';
const goReadme1 = [
  'leaky is a small token-bucket rate limiter for Go services. It has no dependencies outside the standard library and is safe ' + 'for concurrent use.',
  'We wrote it at Tidewater to protect a handful of internal APIs from retry storms, after a misconfigured client sent four ' +
    'million requests to our billing service in a single afternoon. It has been running in production since the spring of 2023.',
];
const goReadme2 = ['Create a limiter with a rate in events per second and a burst size, then call <code>Allow</code> before doing the work:'];
const goReadme3 = [
  'If you would rather wait than drop the request, use <code>Wait</code>, which blocks until a token is free or the context is ' + 'cancelled.',
];
const goReadme4 = ['The API is stable. We follow semantic versioning and have no plans for a v2.'];
const goReadme5 = ['BSD 3-Clause. See LICENSE for the full text.'];
const goOverview = [
  'Package leaky implements a token-bucket rate limiter.',
  'A Limiter holds up to burst tokens and refills them at a steady rate. Each call to Allow or Wait takes one token. When the ' +
    'bucket is empty, Allow reports false and Wait blocks until the next token arrives.',
];
const goHdr = 'Choosing a burst size';
const goOverview2 = [
  'The burst size is the number of events that may happen at once after a quiet period. For a service that receives requests in ' +
    'bunches, a burst of two or three seconds’ worth of the rate works well. A burst of 1 gives a strict, evenly spaced limit.',
];
const goConstDoc = ['DefaultBurst is a burst size that suits most HTTP handlers.'];
const goEvery = ['Every converts a minimum time between events into a rate for New. Every(200*time.Millisecond) is five events per second.'];
const goLimiterDoc = ['A Limiter controls how often events may happen. The zero value is not usable; create one with New.'];
const goNewDoc = ['New returns a Limiter that allows rate events per second with bursts of at most burst events. The bucket starts full.'];
const goAllowDoc = ['Allow reports whether an event may happen now and, if it may, takes a token.'];
const goTokensDoc = [
  'Tokens returns the number of tokens currently in the bucket. It is meant for metrics and tests; do not use it to decide ' +
    'whether to call Allow, because another goroutine may take the token first.',
];
const goWaitDoc = ['Wait blocks until a token is available or ctx is done. It returns ctx.Err() if the context ends first.'];
const goIndex = [
  'func Every(interval time.Duration) float64',
  'type Limiter',
  'func New(rate float64, burst int) *Limiter',
  'func (l *Limiter) Allow() bool',
  'func (l *Limiter) Tokens() float64',
  'func (l *Limiter) Wait(ctx context.Context) error',
];
const goMenu = (cls: string): string => `<ul class="${cls}">
<li class="go-Header-menuItem"><a href="#" class="js-desktop-menu-hover" aria-label="Why Go, Press Enter to open submenu">Why Go</a>
<ul class="go-Header-submenu">${goWhy
  .map(
    ([t, d]) => `<li class="go-Header-submenuItem"><div><a
href="https://go.dev/solutions/x">${t}</a></div><p>${d}</p></li>`,
  )
  .join('')}
</ul></li><li class="go-Header-menuItem"><a href="https://go.dev/learn/">Learn</a></li>
<li class="go-Header-menuItem"><a href="#" class="js-desktop-menu-hover">Docs</a><ul class="go-Header-submenu">
${goDocs.map((t) => `<li class="go-Header-submenuItem"><div><a href="https://go.dev/doc/x">${t}</a></div></li>`).join('')}</ul></li>
<li class="go-Header-menuItem go-Header-menuItem--active"><a href="/">Packages</a></li>
<li class="go-Header-menuItem"><a href="#" class="js-desktop-menu-hover">Community</a><ul class="go-Header-submenu">
${goComm.map((t) => `<li class="go-Header-submenuItem"><div><a href="https://go.dev/community/x">${t}</a></div></li>`).join('')}</ul></li></ul>`;
const goIdLink = (id: string, name: string): string => `<a class="Documentation-idLink" href="#${id}" title="Go to ${name}" aria-label="Go to ${name}">¶</a>`;
const goFn = (id: string, head: string, decl: string, doc: readonly string[], since = ''): string => `<div class="Documentation-declaration">
<h4 tabindex="-1" id="${id}" data-kind="${head.startsWith('type') ? 'type' : 'function'}" class="Documentation-functionHeader">
<span><a class="Documentation-source" href="https://${goMod}/blob/v1.4.2/leaky.go#L40">${head}</a> ${goIdLink(id, id)}</span>${
  since === ''
    ? ''
    : ` <span class="Documentation-sinceVersion"><span class="Documentation-sinceVersionLabel">added in</span>
<span class="Documentation-sinceVersionVersion">${since}</span></span>`
}</h4><div class="Documentation-declaration"><pre>${decl}</pre></div>${doc.map((p) => `<p>${p}</p>`).join('')}</div>`;
const goH3 = (id: string, t: string): string =>
  `<h3 tabindex="-1" id="${id}" class="Documentation-${id.replace('pkg-', '')}Header">${t} ${goIdLink(id, t)}</h3>`;
const goHtml = `<!DOCTYPE html>
<html lang="en" data-layout="" data-local=""><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Description" content="Package leaky implements a token-bucket rate limiter.">
<meta class="js-gtmID" data-gtmid="GTM-W8MVQXG"><link rel="shortcut icon" href="/static/shared/icon/favicon.ico">
<script>(function(){const
e=document.cookie.match(/prefers-color-scheme=(light|dark|auto)/);if(e)document.documentElement.setAttribute('data-theme',e[1])})();</script>
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Go Packages">
<title>leaky package - github.com/tidewater-labs/leaky - Go Packages</title><link href="/static/frontend/frontend.min.css?version=prod-frontend-00155"
rel="stylesheet">
<link href="/static/frontend/unit/unit.min.css?version=prod-frontend-00155" rel="stylesheet">
<link href="/static/frontend/unit/main/main.min.css?version=prod-frontend-00155" rel="stylesheet"></head>
<body class="UnitDetails-page"><script>window.dataLayer = window.dataLayer || [];</script>
<header class="go-Header go-Header--full js-siteHeader" data-test-id="header"><div class="go-Header-inner go-Header-inner--dark">
<nav class="go-Header-nav"><a href="https://go.dev/" class="js-headerLogo" data-gtmc="nav link" data-test-id="go-header-logo-link">
<img class="go-Header-logo" src="/static/shared/logo/go-white.svg" alt="Go"></a><div class="skip-navigation-wrapper">
<a class="skip-to-content-link" aria-label="Skip to main content" href="#main-content">Skip to Main Content</a></div>
<div class="go-Header-rightContent"><form class="go-SearchForm js-searchForm" action="/search" role="search" data-gtmc="header search form">
<fieldset class="go-SearchForm-form"><legend hidden>Search</legend><div class="go-InputGroup"><div class="go-Select"><select name="m" aria-label="Search mode">
<option value="">All</option><option value="package">Packages</option><option value="symbol">Symbols</option></select></div>
<input class="go-Input js-searchFocus" aria-label="Search for a package" type="search" autocapitalize="off" autocomplete="off" autocorrect="off"
spellcheck="false" placeholder="Search packages or symbols" name="q"><button type="submit" class="go-Button go-Button--inverted" aria-label="Submit search">
<img class="go-Icon" height="24" width="24" src="/static/shared/icon/search_gm_grey_24dp.svg" alt=""></button></div></fieldset></form>
${goMenu('go-Header-menu')}</div></nav></div></header>
<aside class="go-NavigationDrawer js-header" aria-label="Navigation drawer"><nav><div class="go-NavigationDrawer-header">
<a href="https://go.dev/"><img class="go-NavigationDrawer-logo" src="/static/shared/logo/go-blue.svg" alt="Go."></a></div>
${goMenu('go-NavigationDrawer-list')}</nav></aside><div class="go-NavigationDrawer-scrim js-scrim" role="presentation"></div>
<main class="go-Main" id="main-content"><div class="go-Main-banner" role="alert"></div><header class="go-Main-header js-mainHeader">
<div class="go-Main-headerBreadcrumb"><ol><li><a href="/" data-gtmc="breadcrumb link">Discover Packages</a></li>
<li><a href="/${goMod}" data-gtmc="breadcrumb link" aria-current="location">${goMod}</a>
<button class="go-Button go-Button--inline go-Clipboard js-clipboard" data-to-copy="${goMod}" aria-label="Copy path to clipboard">
<img class="go-Icon" height="24" width="24" src="/static/shared/icon/content_copy_gm_grey_24dp.svg" alt=""></button></li></ol></div>
<div class="go-Main-headerContent"><div class="go-Main-headerTitle js-stickyHeader"><a class="go-Main-headerLogo" href="https://go.dev/" aria-hidden="true"
tabindex="-1"><img class="go-Icon" height="24" width="24" src="/static/shared/logo/go-blue.svg" alt="Go"></a>
<h1 class="UnitHeader-titleHeading" data-test-id="UnitHeader-title">${goTitle}</h1><span class="go-Chip go-Chip--inverted">package</span>
<span class="go-Chip go-Chip--inverted">module</span></div><div class="UnitHeader-details">
<span class="UnitHeader-detailItem" data-test-id="UnitHeader-version"><a href="?tab=versions" aria-label="Version: v1.4.2">Version:&nbsp;v1.4.2</a>
<span class="DetailsHeader-span--latest"><span class="go-Chip DetailsHeader-latest">Latest</span></span></span>
<span class="UnitHeader-detailItem" data-test-id="UnitHeader-commitTime">Published: Oct 3, 2025</span>
<span class="UnitHeader-detailItem" data-test-id="UnitHeader-licenses">License: <a href="/${goMod}?tab=licenses">BSD-3-Clause</a></span>
<span class="UnitHeader-detailItem" data-test-id="UnitHeader-imports"><a href="/${goMod}?tab=imports">Imports: 4</a></span>
<span class="UnitHeader-detailItem" data-test-id="UnitHeader-importedby"><a href="/${goMod}?tab=importedby">Imported by: 38</a></span></div></div></header>
<aside class="go-Main-aside"><div class="UnitMeta"><h2 class="go-textLabel">Details</h2><ul class="UnitMeta-details">
${goMeta
  .slice(0, 4)
  .map((t) => `<li><img class="go-Icon go-Icon--accented" height="24" width="24" src="/static/shared/icon/check_circle.svg" alt="checked">${t}</li>`)
  .join('')}
<li><a href="/about#best-practices">${goMeta[4]}</a></li></ul><h2 class="go-textLabel">Repository</h2><div class="UnitMeta-repo">
<a href="https://${goMod}" title="https://${goMod}" target="_blank" rel="noopener">${goMod}</a></div><h2 class="go-textLabel">Links</h2>
<ul class="UnitMeta-links"><li><a href="https://deps.dev/go/${goMod}" target="_blank" rel="noopener"><img height="16" width="16" alt="">Open Source
Insights</a></li>
</ul></div></aside>
<nav class="go-Main-nav go-Main-nav--sticky js-mainNav" aria-label="Outline"><div class="go-Main-navDesktop"><button class="go-Button go-Button--text
js-jumpToInput" aria-label="Open jump to modal">Jump to ...</button><ul class="go-Tree js-tree" role="tree" aria-label="Outline">
<li role="none"><a href="#section-readme" role="treeitem" aria-level="1" tabindex="0">README</a></li><li role="none"><a href="#section-documentation"
role="treeitem" aria-level="1">Documentation</a><ul role="group">${['Overview', 'Index', 'Examples', 'Constants', 'Variables', 'Functions', 'Types']
  .map((t) => `<li role="none"><a href="#pkg-${t.toLowerCase()}" role="treeitem" aria-level="2">${t}</a></li>`)
  .join('')}</ul></li><li role="none"><a href="#section-sourcefiles" role="treeitem" aria-level="1">Source Files</a></li></ul></div></nav>
<article class="go-Main-article js-mainContent"><div class="UnitDetails" data-test-id="UnitDetails"><div class="UnitDetails-content js-unitDetailsContent"
role="main" data-test-id="UnitDetails-content"><div class="UnitReadme js-readme"><h2 class="go-textLabel" id="section-readme">
<img class="go-Icon" height="24" width="24" src="/static/shared/icon/description_gm_grey_24dp.svg" alt="">README
<a class="UnitReadme-idLink" href="#section-readme" title="Go to Readme" aria-label="Go to Readme">¶</a></h2>
<div class="UnitReadme-content" data-test-id="Unit-readmeContent"><div class="Overview-readmeContent js-readmeContent">
<h3 class="h1" id="readme-leaky">leaky</h3><p><a href="https://pkg.go.dev/${goMod}" rel="nofollow"><img src="https://pkg.go.dev/badge/${goMod}.svg"
alt="Go Reference"></a> <a href="https://${goMod}/actions" rel="nofollow"><img src="https://${goMod}/actions/workflows/ci.yml/badge.svg" alt="CI"></a></p>
${goReadme1.map((p) => `<p>${p}</p>`).join('\n')}
<h4 class="h2" id="readme-install">Install</h4><div class="highlight"><pre>go get ${goMod}</pre></div>
<h4 class="h2" id="readme-usage">Usage</h4>${goReadme2.map((p) => `<p>${p}</p>`).join('')}
<div class="highlight highlight-source-go"><pre>lim := leaky.New(50, 100)
if !lim.Allow() {
	http.Error(w, "slow down", http.StatusTooManyRequests)
	return
}</pre></div>${goReadme3.map((p) => `<p>${p}</p>`).join('')}
<h4 class="h2" id="readme-status">Status</h4>${goReadme4.map((p) => `<p>${p}</p>`).join('')}
<h4 class="h2" id="readme-license">License</h4>${goReadme5.map((p) => `<p>${p}</p>`).join('')}
</div></div><div class="UnitReadme-expandLink"><button class="UnitReadme-expandButton js-readmeExpand" data-test-id="ReadmeExpand" aria-label="Expand Readme">
Expand ▾</button><button class="UnitReadme-collapseButton js-readmeCollapse" aria-label="Collapse Readme">Collapse ▴</button></div></div>
<div class="UnitDoc"><h2 class="go-textLabel" id="section-documentation"><img class="go-Icon" height="24" width="24" alt="">Documentation
<a class="UnitDoc-idLink" href="#section-documentation" title="Go to Documentation" aria-label="Go to Documentation">¶</a></h2>
<div class="Documentation js-documentation"><div class="Documentation-content js-docContent"><section class="Documentation-overview">
${goH3('pkg-overview', 'Overview')}<div role="navigation" aria-label="Table of Contents"><ul class="Documentation-toc">
<li class="Documentation-tocItem"><a href="#hdr-Choosing_a_burst_size">${goHdr}</a></li></ul></div>
${goOverview.map((p) => `<p>${p}</p>`).join('\n')}
<h4 id="hdr-Choosing_a_burst_size">${goHdr} ${goIdLink('hdr-Choosing_a_burst_size', goHdr)}</h4>${goOverview2.map((p) => `<p>${p}</p>`).join('')}
</section><section class="Documentation-index">${goH3('pkg-index', 'Index')}<ul class="Documentation-indexList">
<li class="Documentation-indexConstants"><a href="#pkg-constants">Constants</a></li>
${goIndex.map((t) => `<li><a href="#${t.length}">${t}</a></li>`).join('\n')}</ul></section>
<section class="Documentation-examples"><h4 tabindex="-1" id="pkg-examples" class="Documentation-examplesHeader">Examples
${goIdLink('pkg-examples', 'Examples')}</h4>
<ul class="Documentation-examplesList"><li><a href="#example-Limiter.Wait" class="js-exampleHref">Limiter.Wait</a></li></ul></section>
${goH3('pkg-constants', 'Constants')}
<div class="Documentation-declaration"><pre>const DefaultBurst = 10</pre></div>${goConstDoc.map((p) => `<p>${p}</p>`).join('')}
${goH3('pkg-variables', 'Variables')}<p class="Documentation-empty">This section is empty.</p>
${goH3('pkg-functions', 'Functions')}
${goFn('Every', 'func Every', 'func Every(interval <a href="/time#Duration">time.Duration</a>) <a href="/builtin#float64">float64</a>', goEvery)}
${goH3('pkg-types', 'Types')}
${goFn('Limiter', 'type Limiter', 'type Limiter struct {\n\t// contains filtered or unexported fields\n}', goLimiterDoc)}
${goFn(
  'New',
  'func New',
  'func New(rate <a href="/builtin#float64">float64</a>, burst <a href="/builtin#int">int</a>) *<a href="#Limiter">Limiter</a>',
  goNewDoc,
)}
${goFn('Limiter.Allow', 'func (*Limiter) Allow', 'func (l *<a href="#Limiter">Limiter</a>) Allow() <a href="/builtin#bool">bool</a>', goAllowDoc)}
${goFn(
  'Limiter.Tokens',
  'func (*Limiter) Tokens',
  'func (l *<a href="#Limiter">Limiter</a>) Tokens() <a href="/builtin#float64">float64</a>',
  goTokensDoc,
  'v1.3.0',
)}
${goFn(
  'Limiter.Wait',
  'func (*Limiter) Wait',
  'func (l *<a href="#Limiter">Limiter</a>) Wait(ctx <a href="/context">context</a>.<a href="/context#Context">Context</a>) <a href="/builtin#error">error</a>',
  goWaitDoc,
)}
<details tabindex="-1" id="example-Limiter.Wait" class="Documentation-exampleDetails js-exampleContainer"><summary class="Documentation-exampleDetailsHeader">
Example ${goIdLink('example-Limiter.Wait', 'Limiter.Wait')}</summary><div class="Documentation-exampleDetailsBody"><textarea
class="Documentation-exampleCode code"
spellcheck="false">lim := leaky.New(2, 1)
for i := 0; i != 3; i++ {
	_ = lim.Wait(context.Background())
	fmt.Println("tick", i)
}</textarea><pre><span class="Documentation-exampleOutputLabel">Output:</span>
<span class="Documentation-exampleOutput">tick 0
tick 1
tick 2</span></pre></div><div class="Documentation-exampleButtonsContainer"><p class="Documentation-exampleError" role="alert" aria-atomic="true"></p>
<button class="Documentation-exampleShareButton" aria-label="Share Code">Share</button><button class="Documentation-exampleFormatButton"
aria-label="Format Code">Format</button><button class="Documentation-exampleRunButton" aria-label="Run Code">Run</button></div></details>
</div></div></div><div class="UnitFiles js-unitFiles"><h2 class="go-textLabel" id="section-sourcefiles">Source Files
<a class="UnitFiles-idLink" href="#section-sourcefiles" title="Go to Source Files" aria-label="Go to Source Files">¶</a></h2><div class="UnitFiles-titleLink">
<a href="https://${goMod}/tree/v1.4.2" target="_blank" rel="noopener">View all Source files</a></div><ul class="UnitFiles-fileList">
${['doc.go', 'leaky.go', 'wait.go'].map((f) => `<li><a href="https://${goMod}/blob/v1.4.2/${f}" target="_blank" rel="noopener">${f}</a></li>`).join('')}
</ul></div></div></div></article></main>
<footer class="go-Footer"><div class="go-Footer-links">${goFoot
  .map(
    (col) =>
      `<div class="go-Footer-linkColumn">${col
        .map((t, i) => `<a href="https://go.dev/x" class="go-Footer-link${i === 0 ? ' go-Footer-link--primary' : ''}">${t}</a>`)
        .join('')}</div>`,
  )
  .join('\n')}</div><div class="go-Footer-bottom"><img class="go-Footer-gopher" src="/static/shared/gopher/pilot-bust-1431x901.svg" alt="Cartoon gopher">
<ul class="go-Footer-listRow">${goBottom.map((t) => `<li class="go-Footer-listItem"><a href="https://go.dev/x">${t}</a></li>`).join('')}
<li class="go-Footer-listItem"><button class="go-Button go-Button--text go-Footer-toggleTheme js-toggleTheme" aria-label="Toggle theme">
<img data-value="light" class="go-Icon" height="24" width="24" alt="light mode"></button></li></ul>
<a class="go-Footer-googleLogo" href="https://google.com" target="_blank" rel="noopener"><img src="/static/shared/logo/google-white.svg" alt="Google logo"></a>
</div></footer><div class="go-Cookie js-cookieNotice"><p>${goCookie} <a target="_blank" href="https://policies.google.com/technologies/cookies">Learn
more.</a></p>
<button>Okay</button></div>
<dialog class="JumpDialog"><form method="dialog"><div class="JumpDialog-header"><h2>Jump to identifier</h2><button class="JumpDialog-close" aria-label="Close">
<img class="go-Icon" height="24" width="24" alt=""></button></div><input class="JumpDialog-filter" aria-label="Filter identifiers"><div class="JumpDialog-body">
</div></form></dialog><dialog class="ShortcutsDialog"><form method="dialog"><div class="ShortcutsDialog-header"><h2>Keyboard shortcuts</h2></div>
<table class="ShortcutsDialog-table">${goShortcuts
  .map(
    (t, i) => `<tr><td
class="ShortcutsDialog-key"><strong>${'?/f.y'[i]}</strong></td><td>${t}</td></tr>`,
  )
  .join('')}
</table><button class="go-Button">close</button></form></dialog>
<script>loadScript("/static/frontend/unit/main/main.js", {type: 'module', async: true, defer: true})</script></body></html>`;
export const goPackage: TestPage = {
  html: goHtml,
  name: 'heldout138-pkggodev-package-docs',
  kind: 'docs',
  // the README and the package documentation (overview, empty-section note aside, symbol docs) are the article: their
  // headings, the symbol headers included, are gold; declarations, the example and its output are code; the index, examples
  // list, source files, "added in" labels and ¶ anchors are furniture; the README title repeats the page title
  title: goTitle,
  headings: [
    'README',
    'Install',
    'Usage',
    'Status',
    'License',
    'Documentation',
    'Overview',
    goHdr,
    'Constants',
    'Variables',
    'Functions',
    'func Every',
    'Types',
    'type Limiter',
    'func New',
    'func (*Limiter) Allow',
    'func (*Limiter) Tokens',
    'func (*Limiter) Wait',
  ],
  body: texts([
    ...goReadme1,
    ...goReadme2,
    ...goReadme3,
    ...goReadme4,
    ...goReadme5,
    ...goOverview,
    ...goOverview2,
    ...goConstDoc,
    ...goEvery,
    ...goLimiterDoc,
    ...goNewDoc,
    ...goAllowDoc,
    ...goTokensDoc,
    ...goWaitDoc,
  ]),
  bylines: ['Published: Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'All', 'Symbols', ...goWhy.flat(), 'Learn', 'Docs', ...goDocs, 'Packages', 'Community', ...goComm, 'Discover Packages', goMod,
    'package', 'module', 'Version: v1.4.2', 'Latest', 'License: BSD-3-Clause', 'Imports: 4', 'Imported by: 38', 'Details', ...goMeta, 'Repository',
    'Links', 'Open Source Insights', 'Jump to ...', 'Expand ▾', 'Collapse ▴', '¶', 'Index', ...goIndex.filter((t) => t !== 'type Limiter'), 'Examples',
'Limiter.Wait',
    'This section is empty.', 'added in v1.3.0', 'Example', 'Output:', 'Share', 'Format', 'Run', 'Source Files', 'View all Source files', 'doc.go',
    'leaky.go', 'wait.go', ...goFoot.flat().filter((t) => !['Use Cases', 'Case Studies', 'Packages'].includes(t)), ...goBottom, goCookie, 'Learn more.',
    'Okay', 'Jump to identifier', 'Keyboard shortcuts', ...goShortcuts, 'close',
  ],
};
