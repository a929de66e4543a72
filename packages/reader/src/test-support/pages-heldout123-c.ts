import { links, type TestPage, texts } from './page-kit.js';
import { kotlinDoc } from './pages-heldout123-c2.js';

/**
 * Held-out batch 123, file c: a docs.rs crate page (the docs.rs top bar with the crate menu: description, "Permalink",
 * "Docs.rs crate page", licence, links, owners, dependencies, versions and the documented share; the Platform, "Feature
 * flags", "docs.rs" and "Rust" menus and "Find crate" search; then rustdoc's sidebar with "All Items", "Sections" and "Crate
 * Items", the rendered search bar and toolbar, the "Crate tidewater" h1 with its "Copy item path" button, "Source", the
 * "Expand description" toggle and the crate docs with section-sign anchors, and the item tables) and, from file c2, a Kotlin docs page.
 */
const rsTitle = 'Crate tidewater';
const rsH = ['Getting started', 'Choosing a clock', 'Cancellation', 'Optional features'];
const rsLink = (kind: string, name: string, text = name): string =>
  `<a href="${kind}.${name.split('::')[0]}.html${name.includes('::') ? `#method.${name.split('::')[1]}` : ''}"
title="${kind} tidewater::${name}"><code>${text}</code></a>`;
const rsP1 = [
  'A small, predictable scheduler for async jobs.',
  'Tidewater runs jobs at fixed times, on intervals, or after delays, on top of any async runtime. It keeps its whole schedule in ' +
    'memory, never spawns threads of its own, and makes no network calls, which makes it easy to reason about in tests and in small ' +
    'services that do not need a distributed job queue.',
  'It is a good fit for periodic housekeeping: refreshing caches, rotating logs, sending reminder emails. If your jobs must survive ' +
    'a restart, or run on exactly one machine in a cluster, use a persistent queue instead.',
];
const rsP2 = [
  `Create a ${rsLink('struct', 'Scheduler')}, add jobs with ${rsLink('struct', 'Scheduler::every')} or ${rsLink('struct', 'Scheduler::at')}, ` +
    `and drive it from your runtime with ${rsLink('struct', 'Scheduler::run')}:`,
];
const rsP3 = [
  'Each job is an async closure. If a job is still running when its next start time arrives, the new run is skipped and a ' +
    `${rsLink('enum', 'Event::Missed', 'Missed')} event is recorded instead of starting a second copy; see ${rsLink('enum', 'Overlap')} ` +
    'to change this.',
];
const rsP4 = [`The scheduler reads time through the ${rsLink('trait', 'Clock')} trait. Two clocks are provided:`];
const rsList1 = [
  '<code>SystemClock</code>, the default, follows the wall clock. When daylight saving time makes a local time repeat, a job ' +
    'scheduled for it runs once; when the local time is skipped, the job runs at the next valid minute.',
  '<code>ManualClock</code> only moves when you call <code>advance</code>. Use it in tests to check a week of scheduling in a few ' + 'milliseconds.',
];
const rsP5 = [
  `Every job returns a ${rsLink('struct', 'JobHandle')}. Dropping the handle leaves the job scheduled; call ` +
    `${rsLink('struct', 'JobHandle::cancel')} to remove it. A job that is running when it is cancelled finishes its current run and ` +
    'is never started again.',
  `Handles are cheap to clone. Every clone refers to the same job, so any of them can cancel it, and ${rsLink('struct', 'JobHandle::next_run')} ` +
    'reports when the job will next start, or <code>None</code> once it has been cancelled.',
];
const rsList2 = [
  '<code>tokio</code>: use the Tokio runtime\u2019s timer instead of the built-in one.',
  '<code>serde</code>: derive <code>Serialize</code> and <code>Deserialize</code> for schedules, so they can be kept in configuration ' + 'files.',
  '<code>cron</code>: accept cron expressions in <code>Scheduler::cron</code>. Off by default, because it adds a parser dependency.',
];
const rsItems: [string, string, [string, string][]][] = [
  [
    'Modules',
    'mod',
    [
      ['clock', 'Time sources the scheduler reads from.'],
      ['events', 'Events recorded while the scheduler runs.'],
    ],
  ],
  [
    'Structs',
    'struct',
    [
      ['JobHandle', 'A handle to a scheduled job.'],
      ['Scheduler', 'Runs jobs at the times they are scheduled for.'],
    ],
  ],
  ['Enums', 'enum', [['Overlap', 'What to do when a job is still running at its next start time.']]],
  ['Traits', 'trait', [['Clock', 'A source of the current time.']]],
  ['Functions', 'fn', [['every', 'Shorthand for a scheduler with a single repeating job.']]],
];
const rsDeps = ['futures-core ^0.3', 'pin-project-lite ^0.2', 'serde ^1.0', 'tokio ^1.38', 'tokio ^1.38'];
const rsDepKinds = ['normal', 'normal', 'optional', 'optional', 'dev'];
const rsLinks = ['Homepage', 'Repository', 'crates.io', 'Source'];
const rsPlatforms = ['i686-pc-windows-msvc', 'i686-unknown-linux-gnu', 'x86_64-apple-darwin', 'x86_64-pc-windows-msvc', 'x86_64-unknown-linux-gnu'];
const rsRust = ['Rust website', 'The Book', 'Standard Library API Reference', 'Rust by Example', 'The Cargo Guide', 'Clippy Documentation'];
const rsPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rsH2 = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}"><a class="doc-anchor" href="#${id}">\u00a7</a>${t}</h2>`;
};
const rsMenuItem = (href: string, icon: string, text: string): string =>
  `<li class="pure-menu-item"><a href="${href}" class="pure-menu-link"><span class="fa fa-solid fa-${icon}" aria-hidden="true"></span> ${text}</a></li>`;
const rsHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="rustdoc"><meta name="description" content="A small, predictable scheduler for async jobs.">
<title>tidewater - Rust</title><script>if(window.location.protocol!=="file:")document.head.insertAdjacentHTML("beforeend","SourceSerif4-Regular.woff2")</script>
<link rel="stylesheet" href="/-/rustdoc.static/normalize-9960930a.css"><link rel="stylesheet" href="/-/rustdoc.static/rustdoc-ca0dd0c4.css">
<meta name="rustdoc-vars" data-root-path="../" data-static-root-path="/-/rustdoc.static/" data-current-crate="tidewater" data-themes=""
data-resource-suffix="-20251019-1.92.0-nightly-9f32ccf35" data-rustdoc-version="1.92.0-nightly (9f32ccf35 2025-10-18)" data-channel="nightly"
data-search-js="search-8d3311b9.js" data-settings-js="settings-c38705f0.js">
<script src="/-/rustdoc.static/storage-e2aeef58.js"></script><script defer src="../crates.js"></script><script defer
src="/-/rustdoc.static/main-fd3af306.js"></script>
<link rel="icon" href="/-/rustdoc.static/favicon-32x32-6580c154.png"><link rel="canonical" href="https://docs.rs/tidewater/latest/tidewater/">
<link rel="stylesheet" href="/-/static/vendored.css?0-6-0-2d2c66bc-2025-10-20" media="all"><link rel="search" href="/-/static/opensearch.xml"
type="application/opensearchdescription+xml" title="Docs.rs"><script type="text/javascript">(function() { function applyTheme(theme) {
if (theme) { document.documentElement.dataset.docsRsTheme = theme; } } window.addEventListener("storage", function (ev) { if (ev.key === "rustdoc-theme") {
applyTheme(ev.newValue); } }); applyTheme(window.localStorage.getItem("rustdoc-theme")); })();</script></head>
<body class="rustdoc-page"><div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal" role="navigation"
aria-label="Main navigation">
<form action="/releases/search" method="GET" id="nav-search-form" class="landing-search-form-nav">
<a href="/" class="pure-menu-heading pure-menu-link docsrs-logo" aria-label="Docs.rs"><span title="Docs.rs"><span class="fa fa-solid fa-cubes"
aria-hidden="true"></span></span><span class="title">Docs.rs</span></a><ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children">
<a href="#" class="pure-menu-link crate-name" title="A small, predictable scheduler for async jobs."><span class="fa fa-solid fa-cube"
aria-hidden="true"></span>
<span class="title">tidewater-0.7.2</span></a><div class="pure-menu-children package-details-menu"><ul class="pure-menu-list menu-item-divided">
<li class="pure-menu-heading" id="crate-title">tidewater 0.7.2<span id="clipboard" class="svg-clipboard"
title="Copy crate name and version information"></span></li>
${rsMenuItem('/crate/tidewater/0.7.2', 'link', 'Permalink')}
${rsMenuItem('/crate/tidewater/latest', 'cube', 'Docs.rs crate page')}
${rsMenuItem('/crate/tidewater/latest/source/Cargo.toml.orig', 'scale-unbalanced-flip', 'MIT OR Apache-2.0')}
</ul><div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Links</li>
${rsLinks.map((t) => rsMenuItem(`https://${t.length}.example`, 'house', t)).join('\n')}
</ul></div><div class="pure-u-1-2"><ul class="pure-menu-list" id="topbar-owners"><li class="pure-menu-heading">Owners</li>
${rsMenuItem('https://crates.io/users/hkvale', 'user', 'hkvale')}</ul></div></div>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Dependencies</li>
<li class="pure-menu-item"><div class="pure-menu pure-menu-scrollable sub-menu" tabindex="-1"><ul class="pure-menu-list">
${rsDeps
  .map(
    (d, i) => `<li class="pure-menu-item"><a href="/${d.split(' ')[0]}/${d.split(' ')[1]}" class="pure-menu-link">${d} <i
class="dependencies ${rsDepKinds[i]}">${rsDepKinds[i]}</i></a></li>`,
  )
  .join('\n')}
</ul></div></li></ul></div><div class="pure-u-1-2"><ul class="pure-menu-list"><li class="pure-menu-heading">Versions</li><li class="pure-menu-item">
<div class="pure-menu pure-menu-scrollable sub-menu" id="releases-list" tabindex="-1" data-url="/crate/tidewater/latest/menus/releases/tidewater/index.html">
<ul class="pure-menu-list"><li class="pure-menu-item"><a href="/crate/tidewater/0.7.2/target-redirect/tidewater/index.html"
class="pure-menu-link">0.7.2</a></li>
<li class="pure-menu-item"><a href="/crate/tidewater/0.7.1/target-redirect/tidewater/index.html" class="pure-menu-link">0.7.1</a></li>
<li class="pure-menu-item"><a href="/crate/tidewater/0.6.4/target-redirect/tidewater/index.html"
class="pure-menu-link">0.6.4</a></li></ul></div></li></ul></div></div>
<div class="pure-g"><div class="pure-u-1 menu-item-divided"><b>94.12%</b> of the crate is documented</div></div></div></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Platform"><span class="fa fa-solid fa-gears"
aria-hidden="true"></span>
<span class="title">Platform</span></a><ul class="pure-menu-children" id="platforms">
${rsPlatforms
  .map(
    (t) => `<li class="pure-menu-item"><a href="/crate/tidewater/latest/target-redirect/${t}/tidewater/index.html" class="pure-menu-link"
data-fragment="retain" rel="nofollow">${t}</a></li>`,
  )
  .join('\n')}
</ul></li><li class="pure-menu-item"><a href="/crate/tidewater/latest/features" title="Browse available feature flags of tidewater-0.7.2"
class="pure-menu-link">
<span class="fa fa-solid fa-flag" aria-hidden="true"></span><span class="title">Feature flags</span></a></li></ul><div class="spacer"></div>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="docs.rs">docs.rs</a>
<ul class="pure-menu-children">${links(['About docs.rs', 'Privacy policy'], 'pure-menu-item')}</ul></li></ul>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Rust">Rust</a>
<ul class="pure-menu-children">${links(rsRust, 'pure-menu-item')}</ul></li></ul>
<div id="search-input-nav"><label for="nav-search"><span class="fa fa-solid fa-magnifying-glass" aria-hidden="true"></span></label>
<input id="nav-search" name="query" type="text" aria-label="Find crate by search query" tabindex="-1" placeholder="Find crate"></div></form></div></div></div>
<div class="rustdoc mod crate"><nav class="mobile-topbar"><button class="sidebar-menu-toggle" title="show sidebar"></button></nav>
<nav class="sidebar"><div class="sidebar-crate"><h2><a href="../tidewater/index.html">tidewater</a><span class="version">0.7.2</span></h2></div>
<div class="sidebar-elems"><ul class="block"><li><a id="all-types" href="all.html">All Items</a></li></ul><section id="rustdoc-toc">
<h3><a href="#">Sections</a></h3><ul class="block top-toc">
${rsH.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<h3><a href="#modules">Crate Items</a></h3><ul class="block">
${rsItems.map(([h]) => `<li><a href="#${h.toLowerCase()}" title="${h}">${h}</a></li>`).join('\n')}</ul></section><div id="rustdoc-modnav"></div></div></nav>
<div class="sidebar-resizer"></div><main><div class="width-limiter"><rustdoc-search><nav class="sub"><form class="search-form"><span></span>
<input class="search-input" name="search" aria-label="Run search in the documentation" autocomplete="off" spellcheck="false"
placeholder="Type \u2018S\u2019 or \u2018/\u2019 to search, \u2018?\u2019 for more options\u2026" type="search"></form></nav></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><h1>Crate <span>tidewater</span><button id="copy-path"
title="Copy item path to clipboard">Copy
item path</button></h1><rustdoc-toolbar><div id="settings-menu" tabindex="-1"><a href="../settings.html"><span class="label">Settings</span></a></div>
<div id="help-button" tabindex="-1"><a href="../help.html"><span class="label">Help</span></a></div><button id="toggle-all-docs"
title="Collapse sections (shortcut: -)"><span class="label">Summary</span></button></rustdoc-toolbar>
<span class="sub-heading"><a class="src" href="../src/tidewater/lib.rs.html#1-214">Source</a></span></div>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">
${rsPs(rsP1)}
${rsH2(rsH[0] ?? '')}
${rsPs(rsP2)}
<div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">use </span>tidewater::Scheduler;
<span class="kw">use </span>std::time::Duration;

<span class="kw">let </span><span class="kw-2">mut </span>scheduler = Scheduler::new();
scheduler.every(Duration::from_secs(<span class="number">60</span>), || <span class="kw">async </span>{ refresh_cache().<span class="kw">await </span>});
scheduler.run().<span class="kw">await</span>;</code></pre></div>
${rsPs(rsP3)}
${rsH2(rsH[1] ?? '')}
${rsPs(rsP4)}
<ul>${rsList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rsH2(rsH[2] ?? '')}
${rsPs(rsP5)}
${rsH2(rsH[3] ?? '')}
<ul>${rsList2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></details>
${rsItems
  .map(
    ([
      h,
      kind,
      rows,
    ]) => `<h2 id="${h.toLowerCase()}" class="section-header">${h}<a href="#${h.toLowerCase()}" class="anchor">\u00a7</a></h2><dl class="item-table">
${rows.map(([n, d]) => `<dt><a class="${kind}" href="${kind}.${n}.html" title="${kind} tidewater::${n}">${n}</a></dt><dd>${d}</dd>`).join('\n')}</dl>`,
  )
  .join('\n')}
</section></div></main></div></body></html>`;
const docsRsCrate: TestPage = {
  html: rsHtml,
  name: 'heldout123-docsrs-crate-docs',
  kind: 'docs',
  // the crate docs (the top docblock) are the article, its h2s the headings; the item tables ("Modules", "Structs", ...
  // with their names and one-line summaries) and their sidebar links are in neither list; "Copy item path" inside the
  // h1 and the docs.rs crate menu (which repeats the crate's one-line description) are furniture
  title: rsTitle,
  headings: rsH,
  body: texts([...rsP1, ...rsP2, ...rsP3, ...rsP4, ...rsList1, ...rsP5, ...rsList2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Docs.rs', 'tidewater-0.7.2', 'tidewater 0.7.2', 'Permalink', 'Docs.rs crate page', 'MIT OR Apache-2.0', 'Links', ...rsLinks, 'Owners', 'hkvale',
    'Dependencies', ...rsDeps, ...rsDepKinds, 'Versions', '0.7.2', '0.7.1', '0.6.4', '94.12% of the crate is documented', 'Platform', ...rsPlatforms,
    'Feature flags', 'docs.rs', 'About docs.rs', 'Privacy policy', 'Rust', ...rsRust, 'All Items', 'Sections', 'Crate Items', 'Copy item path',
    'Settings', 'Help', 'Summary', 'Expand description',
  ])],
};

export const HELDOUT123_C: readonly TestPage[] = [docsRsCrate, kotlinDoc];
