import { type TestPage, texts } from './page-kit.js';
import { awsUserGuide } from './pages-heldout21-c2.js';

/**
 * Held-out batch 21, file c: a pkg.go.dev package page (go.dev header with its dropdown menus and material-icon ligatures,
 * breadcrumb with copy button, the unit header with "package" chip, version, "Published:", license and import counts, the
 * Details/Repository/Links aside with tooltips, the "Outline" tree and "Jump to..." select, the Documentation section with
 * overview, index, examples, constants, variables, types and methods, an example with Share/Format/Run buttons, "Source Files",
 * the footer, the cookie notice and the keyboard-shortcuts dialog).
 */
const goTitle = 'bucket';
const goOverview = [
  'Package bucket implements a token-bucket rate limiter for controlling how often an operation may run.',
  'A <a href="#Bucket">Bucket</a> holds up to burst tokens and refills at a steady rate of tokens per second. Each call to ' +
    '<a href="#Bucket.Allow">Bucket.Allow</a> or <a href="#Bucket.Wait">Bucket.Wait</a> takes one token; when the bucket is empty, ' +
    'Allow reports false and Wait blocks until a token is available or its context is done.',
];
const goH1 = 'Rates and bursts';
const goRates = [
  'The rate sets the long-run average, and the burst sets how far a caller may run ahead of it. A bucket created with New(10, 1) ' +
    'lets through at most one call every 100 milliseconds, while New(10, 50) allows a sudden run of 50 calls after a quiet period ' +
    'and then settles back to 10 a second.',
  'A burst equal to the number of concurrent workers is a good default for batch jobs: each worker can start at once, and the ' +
    'rate then spreads their later calls evenly.',
];
const goH2 = 'Sharing a bucket';
const goShare =
  'A Bucket is safe for concurrent use by multiple goroutines. To limit calls per remote host rather than globally, keep one ' +
  'Bucket per host in a map guarded by a mutex, and drop entries that have been idle for longer than burst divided by rate, since ' +
  'such a bucket is full again and no different from a new one.';
const goConst = 'DefaultBurst is the burst size used when a caller passes a burst of zero or less to <a href="#New">New</a>.';
const goVar =
  'ErrLimitExceeded is returned by <a href="#Bucket.Wait">Bucket.Wait</a> when the wait for a token would pass the deadline of its ' +
  'context. Wait returns it at once instead of sleeping until the deadline.';
const goType = 'A Bucket is a token-bucket rate limiter. The zero value is not usable; create buckets with <a href="#New">New</a>.';
const goNew =
  'New returns a full Bucket that refills at rate tokens per second and holds at most burst tokens. A rate of zero or less makes ' +
  'a bucket that never refills.';
const goAllow = 'Allow takes a token if one is available and reports whether it did. It never blocks.';
const goWait =
  'Wait blocks until a token is available or ctx is done, whichever happens first. It returns ctx.Err() if the context was ' +
  'canceled, and <a href="#ErrLimitExceeded">ErrLimitExceeded</a> if the deadline would pass before a token arrives.';
const goClock = 'Clock is the source of time for a Bucket. Tests can replace it with a fake clock to control refills without sleeping.';
const repo = 'https://github.com/heronlabs/ratewheel';
const goNewDecl = 'func New(rate <a href="/builtin#float64">float64</a>, burst <a href="/builtin#int">int</a>) *<a href="#Bucket">Bucket</a>';
const goAllowDecl = 'func (b *<a href="#Bucket">Bucket</a>) Allow() <a href="/builtin#bool">bool</a>';
const src = (line: number, name: string): string =>
  `<a class="Documentation-source" href="https://github.com/heronlabs/ratewheel/blob/v1.4.2/bucket/bucket.go#L${line}">${name}</a>`;
const idl = (id: string): string => `<a class="Documentation-idLink" href="#${id}" title="Go to ${id}" aria-label="Go to ${id}">¶</a>`;
const h3 = (id: string, cls: string, t: string): string => `<h3 tabindex="-1" id="${id}" class="Documentation-${cls}Header">${t} ${idl(id)}</h3>`;
const fn = (id: string, kind: string, head: string, decl: string, doc: string, since = ''): string =>
  `<div class="Documentation-type${kind === 'method' ? 'Method' : 'Func'}"><h4 tabindex="-1" id="${id}" data-kind="${kind}"
class="Documentation-typeFuncHeader"><span class="Documentation-typeFuncHeader">${head} ${idl(id)}</span>${since}</h4>
<div class="Documentation-declaration"><pre>${decl}</pre></div><p>${doc}</p></div>`;
const goWhy = [
  ['Case Studies', 'Common problems companies solve with Go'],
  ['Use Cases', 'Stories about how and why companies use Go'],
  ['Security', 'How Go can help keep you secure by default'],
];
const goDocsMenu = [
  ['Effective Go', 'Tips for writing clear, performant, and idiomatic Go code'],
  ['Go User Manual', 'A complete introduction to building software with Go'],
  ['Standard library', 'Reference documentation for Go’s standard library'],
];
const goDetails = [
  ['Valid go.mod file', 'The Go module system was introduced in Go 1.11 and is the official dependency management solution for Go.'],
  ['Redistributable license', 'Redistributable licenses place minimal restrictions on how software can be used, modified, and redistributed.'],
  ['Tagged version', 'Modules with tagged versions give importers more predictable builds.'],
  ['Stable version', 'When a project reaches major version v1 it is considered stable.'],
];
const goFoot = ['Why Go', 'Use Cases', 'Get Started', 'Playground', 'Tour', 'Stack Overflow', 'Standard Library', 'About Go Packages', 'Blog', 'Release Notes'];
const goFoot2 = ['Copyright', 'Terms of Service', 'Privacy Policy', 'Report an Issue'];
const goKeys = ['? : This menu', '/ : Search site', 'f or F : Jump to', 'y or Y : Canonical URL'];
const goFiles = ['bucket.go', 'clock.go', 'doc.go'];
const menu = (label: string, items: string[][]): string =>
  `<li class="go-Header-menuItem"><a href="#" class="js-desktop-menu-hover" aria-label="${label}">${label} <i class="material-icons"
aria-hidden="true">arrow_drop_down</i></a><ul class="go-Header-submenu NavigationDrop-menu" aria-label="submenu">${items
    .map(([t, d]) => `<li class="go-Header-submenuItem"><div><a href="#">${t}</a></div><p>${d}</p></li>`)
    .join('')}</ul></li>`;
const goHtml = `<!DOCTYPE html>
<html lang="en" data-layout="" data-local=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta class="js-gtmID" data-gtmid="GTM-W8MVQXG"><link rel="shortcut icon" href="/static/shared/icon/favicon.ico">
<script>(function(){const t=document.cookie.match(/prefers-color-scheme=(light|dark)/);
if(t)document.documentElement.setAttribute('data-theme',t[1])})()</script>
<title>bucket package - github.com/heronlabs/ratewheel/bucket - Go Packages</title>
<meta name="Description" content="Package bucket implements a token-bucket rate limiter for controlling how often an operation may run.">
<link href="/static/frontend/frontend.min.css?version=prod-frontend-00091-vk2" rel="stylesheet"><link href="/static/frontend/unit/main/main.min.css"
rel="stylesheet">
</head><body><header class="go-Header go-Header--full js-siteHeader"><div class="go-Header-inner go-Header-inner--dark"><nav class="go-Header-nav">
<a href="https://go.dev/" class="js-headerLogo" data-gtmc="nav link" aria-label="Go"><div class="go-Header-logo" role="img" aria-label="Go"></div></a>
<div class="skip-navigation-wrapper"><a class="skip-to-content-link" aria-label="Skip to main content" href="#main-content"> Skip to Main Content </a></div>
<div class="go-Header-rightContent"><div class="go-SearchForm js-searchForm"><form class="go-InputGroup go-ShortcutKey go-SearchForm-form" action="/search"
data-shortcut="/" aria-label="Search for a package" role="search"><input name="q" class="go-Input js-searchFocus" aria-label="Search for a package"
type="search" placeholder="Search packages or symbols" value=""><button class="go-Button go-Button--inverted" aria-label="Submit search"><img
class="go-Icon" height="24" width="24" src="/static/shared/icon/search_gm_grey_24dp.svg" alt=""></button></form></div>
<ul class="go-Header-menu">${menu('Why Go', goWhy)}<li class="go-Header-menuItem"><a href="https://go.dev/learn/">Learn</a></li>${menu('Docs', goDocsMenu)}
<li class="go-Header-menuItem go-Header-menuItem--active"><a href="https://pkg.go.dev">Packages</a></li>
<li class="go-Header-menuItem"><a href="#">Community</a></li></ul></div></nav></div></header>
<main class="go-Main" id="main-content"><div class="go-Main-banner" role="alert"></div><header class="go-Main-header js-mainHeader">
<div class="go-Main-headerContent"><div class="go-Main-headerBreadcrumb go-Breadcrumb"><ol><li><a href="/" data-gtmc="breadcrumb link">Discover
Packages</a></li>
<li><a href="/github.com/heronlabs/ratewheel" data-gtmc="breadcrumb link">github.com/heronlabs/ratewheel</a></li><li><a
href="/github.com/heronlabs/ratewheel/bucket" aria-current="location" data-test-id="UnitHeader-breadcrumbCurrent">bucket</a><button class="go-Button
go-Button--inline go-Clipboard js-clipboard" data-to-copy="github.com/heronlabs/ratewheel/bucket" aria-label="Copy path to clipboard.">
<img class="go-Icon" height="24" width="24" src="/static/shared/icon/content_copy_gm_grey_24dp.svg" alt=""></button></li></ol></div>
<div class="go-Main-headerTitle js-stickyHeader"><h1 class="UnitHeader-titleHeading" data-test-id="UnitHeader-title">${goTitle}</h1>
<span class="go-Chip go-Chip--inverted">package</span></div>
<div class="go-Main-headerDetails"><span class="go-Main-headerDetailItem" data-test-id="UnitHeader-version"><a href="?tab=versions" aria-label="Version:
v1.4.2">
<span class="go-textSubtle">Version: </span>
v1.4.2 </a><span class="DetailsHeader-span--latest"><img class="go-Icon go-Icon--accented" src="/static/shared/icon/alert_gm_grey_24dp.svg" alt="">
<span class="DetailsHeader-latest">Latest</span></span></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-commitTime"><span class="go-textSubtle">Published: Sep 12, 2025</span></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-licenses"><span class="go-textSubtle">License: </span><a href="?tab=licenses">MIT</a></span>
<span class="go-Main-headerDetailItem"><a href="?tab=imports" aria-label="Imports: 6"><span class="go-textSubtle">Imports: </span>6</a></span>
<span class="go-Main-headerDetailItem"><a href="?tab=importedby" aria-label="Imported By: 38"><span class="go-textSubtle">Imported by: </span>38</a></span>
</div></div></header>
<aside class="go-Main-aside"><div class="UnitMeta"><h2 class="go-textLabel">Details</h2><ul class="UnitMeta-details">${goDetails
  .map(
    ([t, d]) =>
      `<li><details class="go-Tooltip js-tooltip"><summary class="go-textSubtle"><img class="go-Icon" alt=""> ${t}</summary><p>${d}</p></details></li>`,
  )
  .join('\n')}<li class="UnitMeta-detailsLearn"><a href="/about#best-practices">Learn more about best practices</a></li></ul>
<h2 class="go-textLabel">Repository</h2><div class="UnitMeta-repo"><a href="https://github.com/heronlabs/ratewheel" target="_blank"
rel="noopener">github.com/heronlabs/ratewheel</a></div><h2 class="go-textLabel">Links</h2><ul class="UnitMeta-links"><li><a href="https://deps.dev/go/"
title="View this module on Open Source Insights"><img class="depsdev-logo" src="/static/shared/icon/depsdev-logo.svg" alt="Open Source Insights Logo">
Open Source Insights</a></li></ul></div></aside>
<nav class="go-Main-nav go-Main-nav--sticky js-mainNav" aria-label="Outline"><div class="go-Main-navDesktop"><ul class="go-Tree js-tree" role="tree">
<li><a href="#section-documentation">Documentation</a><ul><li><a href="#pkg-overview">Overview</a></li><li><a href="#pkg-index">Index</a></li>
<li><a href="#pkg-examples">Examples</a></li><li><a href="#pkg-constants">Constants</a></li><li><a href="#pkg-variables">Variables</a></li>
<li><a href="#pkg-functions">Functions</a></li><li><a href="#pkg-types">Types</a><ul><li><a href="#Bucket">type Bucket</a><ul><li><a href="#New">New(rate,
burst)</a></li><li><a href="#Bucket.Allow">Allow()</a></li><li><a href="#Bucket.Wait">Wait(ctx)</a></li></ul></li><li><a href="#Clock">type Clock</a></li>
</ul></li></ul></li><li><a href="#section-sourcefiles">Source Files</a></li></ul></div><div class="go-Main-navMobile js-mainNavMobile">
<label id="DetailsNavSelect-label" for="DetailsNavSelect">Jump to...</label><select id="DetailsNavSelect"><option>Documentation</option></select></div></nav>
<article class="go-Main-article js-mainArticle"><div class="UnitDoc"><h2 class="UnitDoc-title" id="section-documentation"><img class="go-Icon" alt="">
Documentation <a class="UnitDoc-idLink" href="#section-documentation" title="Go to Documentation" aria-label="Go to Documentation">¶</a></h2>
<div class="Documentation js-documentation"><div class="Documentation-content js-docContent"><section class="Documentation-overview">
${h3('pkg-overview', 'overview', 'Overview')}<ul class="Documentation-toc"><li class="Documentation-tocItem"><a href="#hdr-Rates_and_bursts">${goH1}</a></li>
<li class="Documentation-tocItem"><a href="#hdr-Sharing_a_bucket">${goH2}</a></li></ul>
${goOverview.map((p) => `<p>${p}</p>`).join('\n')}
<h4 id="hdr-Rates_and_bursts">${goH1} ${idl('hdr-Rates_and_bursts')}</h4>${goRates.map((p) => `<p>${p}</p>`).join('\n')}
<pre>limiter := bucket.New(20, 5)
for _, job := range jobs {
	if err := limiter.Wait(ctx); err != nil {
		return err
	}
	go run(job)
}</pre>
<h4 id="hdr-Sharing_a_bucket">${goH2} ${idl('hdr-Sharing_a_bucket')}</h4><p>${goShare}</p></section>
${h3('pkg-index', 'index', 'Index')}<ul class="Documentation-indexList"><li><a href="#pkg-constants">Constants</a></li><li><a
href="#pkg-variables">Variables</a></li>
<li><a href="#Bucket">type Bucket</a><ul><li><a href="#New">func New(rate float64, burst int) *Bucket</a></li><li><a href="#Bucket.Allow">func (b *Bucket)
Allow() bool</a></li><li><a href="#Bucket.Wait">func (b *Bucket) Wait(ctx context.Context) error</a></li></ul></li><li><a href="#Clock">type Clock</a></li></ul>
<section class="Documentation-exampleList"><h4 tabindex="-1" id="pkg-examples" class="Documentation-examplesHeader">Examples ${idl('pkg-examples')}</h4>
<ul class="Documentation-examplesList"><li><a href="#example-Bucket.Wait" class="js-exampleHref">Bucket.Wait</a></li></ul></section>
${h3('pkg-constants', 'constants', 'Constants')}<div class="Documentation-declaration"><pre>const DefaultBurst = 16</pre></div><p>${goConst}</p>
${h3('pkg-variables', 'variables', 'Variables')}<div class="Documentation-declaration"><pre>var ErrLimitExceeded = <a
href="/errors">errors</a>.<a href="/errors#New">New</a>("bucket: wait would pass the context deadline")</pre></div><p>${goVar}</p>
${h3('pkg-functions', 'functions', 'Functions')}<p>This section is empty.</p>
${h3('pkg-types', 'types', 'Types')}<div class="Documentation-type"><h4 tabindex="-1" id="Bucket" data-kind="type" class="Documentation-typeHeader"><span
class="Documentation-typeHeader">type ${src(31, 'Bucket')} ${idl('Bucket')}</span></h4><div class="Documentation-declaration"><pre>type Bucket struct {
	<span class="comment">// contains filtered or unexported fields</span>
}</pre></div><p>${goType}</p>
${fn('New', 'function', `func ${src(44, 'New')}`, goNewDecl, goNew)}
${fn('Bucket.Allow', 'method', `func (*Bucket) ${src(71, 'Allow')}`, goAllowDecl, goAllow)}
${fn(
  'Bucket.Wait',
  'method',
  `func (*Bucket) ${src(88, 'Wait')}`,
  'func (b *<a href="#Bucket">Bucket</a>) Wait(ctx <a href="/context">context</a>.<a href="/context#Context">Context</a>) <a href="/builtin#error">error</a>',
  goWait,
  ' <span class="Documentation-sinceVersion"><span class="Documentation-sinceVersionLabel">added in</span> ' +
    '<span class="Documentation-sinceVersionVersion">v1.2.0</span></span>',
)}
<details tabindex="-1" id="example-Bucket.Wait" class="Documentation-exampleDetails js-exampleContainer"><summary class="Documentation-exampleDetailsHeader">
Example <a href="#example-Bucket.Wait">¶</a></summary><div class="Documentation-exampleDetailsBody"><pre class="Documentation-exampleCode">b := bucket.New(2, 1)
ctx, cancel := context.WithTimeout(context.Background(), time.Second)
defer cancel()
for i := 0; i &lt; 3; i++ {
	fmt.Println(i, b.Wait(ctx))
}</pre><pre><span class="Documentation-exampleOutputLabel">Output:</span>
<span class="Documentation-exampleOutput">0 &lt;nil&gt;
1 &lt;nil&gt;
2 &lt;nil&gt;</span></pre></div><div class="Documentation-exampleButtonsContainer"><p class="Documentation-exampleError" role="alert"
aria-atomic="true"></p><button class="Documentation-exampleShareButton" aria-label="Share Code">Share</button><button class="Documentation-exampleFormatButton"
aria-label="Format Code">Format</button><button class="Documentation-exampleRunButton" aria-label="Run Code">Run</button></div></details></div>
<div class="Documentation-type"><h4 tabindex="-1" id="Clock" data-kind="type" class="Documentation-typeHeader"><span class="Documentation-typeHeader">type
${src(12, 'Clock')} ${idl('Clock')}</span></h4><div class="Documentation-declaration"><pre>type Clock interface {
	Now() <a href="/time">time</a>.<a href="/time#Time">Time</a>
}</pre></div><p>${goClock}</p></div></div></div></div>
<div class="UnitFiles js-unitFiles"><h2 class="UnitFiles-title" id="section-sourcefiles"><img class="go-Icon" alt="">Source Files <a class="UnitFiles-idLink"
href="#section-sourcefiles" title="Go to Source Files" aria-label="Go to Source Files">¶</a></h2><div class="UnitFiles-titleLink"><a
href="https://github.com/heronlabs/ratewheel/tree/v1.4.2/bucket" target="_blank" rel="noopener">View all Source files</a></div><div><ul
class="UnitFiles-fileList">
${goFiles.map((f) => `<li><a href="${repo}/blob/v1.4.2/bucket/${f}" target="_blank" rel="noopener" title="${f}">${f}</a></li>`).join('')}
</ul></div></div></article></main>
<footer class="go-Footer"><div class="go-Footer-links"><div
class="go-Footer-linkColumn">${goFoot.map((t) => `<a href="#" class="go-Footer-link">${t}</a>`).join('\n')}
</div></div><div class="go-Footer-bottom"><img class="go-Footer-gopher" src="/static/shared/gopher/pilot-bust-1431x901.svg" alt="Gopher in flight goggles">
<ul class="go-Footer-listRow">${goFoot2.map((t) => `<li class="go-Footer-listItem"><a href="#">${t}</a></li>`).join('')}<li class="go-Footer-listItem"><button
class="go-Button go-Button--text go-Footer-toggleTheme js-toggleTheme" aria-label="Toggle theme"></button></li></ul><a class="go-Footer-googleLogo"
href="https://google.com"><img class="go-Footer-googleLogoImg" src="/static/shared/logo/google-white.svg" alt="Google logo"></a></div></footer>
<div class="go-Cookie js-cookieNotice"><p>go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.
<a target="_blank" href="https://policies.google.com/technologies/cookies">Learn more.</a></p><button>Okay</button></div>
<dialog class="go-Modal js-modal" id="keyboard-shortcuts-modal"><form method="dialog"><div class="go-Modal-header"><h2>Keyboard shortcuts</h2>
<button class="go-Button go-Button--inline" aria-label="Close"></button></div><div class="go-Modal-body"><table class="ShortcutsModal-table">
${goKeys.map((k) => `<tr><td>${k}</td></tr>`).join('')}</table></div></form></dialog>
<script src="/static/frontend/frontend.js" defer></script><script src="/static/frontend/unit/main/main.js" defer></script></body></html>`;
const pkgGoDev: TestPage = {
  html: goHtml,
  name: 'heldout21-pkg-go-dev',
  kind: 'docs',
  // the package overview (with its two doc headings), the constant's, variable's, types' and functions' doc comments are body;
  // the section heads of the Documentation unit and every type, func and method head are headings (their "¶" links and the
  // "added in v1.2.0" badge are furniture); declarations, the index of signatures, the examples list and the example's code and
  // output are code: in neither list, as is the generated "This section is empty."; the Outline tree's entries repeat the headings
  // (left out, as is its "Allow()", the word of a heading) except "New(rate, burst)" and "Wait(ctx)" (furniture); "Published: Sep 12, 2025" is the dateline;
  // header menus with their blurbs and "arrow_drop_down" icon text, breadcrumb, "package" chip, version, license and import
  // counts, the Details/Repository/Links aside, "Source Files" with its file list, footer, cookie notice, shortcuts dialog and
  // the example's Share/Format/Run buttons are furniture
  title: goTitle,
  headings: [
    'Documentation',
    'Overview',
    goH1,
    goH2,
    'Index',
    'Examples',
    'Constants',
    'Variables',
    'Functions',
    'Types',
    'type Bucket',
    'func New',
    'func (*Bucket) Allow',
    'func (*Bucket) Wait',
    'type Clock',
  ],
  body: [...texts(goOverview), ...goRates, goShare, ...texts([goConst, goVar, goType]), goNew, goAllow, ...texts([goWait]), goClock],
  bylines: ['Published: Sep 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Why Go', 'arrow_drop_down', ...goWhy.flat(), 'Docs', 'Learn', ...goDocsMenu.flat(), 'Packages', 'Community', 'Discover Packages',
    'github.com/heronlabs/ratewheel', 'package', 'Version: v1.4.2', 'Latest', 'License: MIT', 'Imports: 6', 'Imported by: 38', 'Details',
    ...goDetails.flat(), 'Learn more about best practices', 'Repository', 'Links', 'Open Source Insights', 'New(rate, burst)', 'Wait(ctx)',
    'Jump to...', 'added in v1.2.0', 'Example', 'Output:', 'Share', 'Format', 'Run', 'Source Files', 'View all Source files',
    ...goFiles, ...goFoot.slice(2), ...goFoot2,
    'go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more.', 'Okay',
    'Keyboard shortcuts', ...goKeys,
  ],
};

export const HELDOUT21_C: readonly TestPage[] = [pkgGoDev, awsUserGuide];
