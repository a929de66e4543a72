import { type TestPage, texts } from './page-kit.js';
import { repostArticle } from './pages-heldout79-f2.js';

/**
 * Held-out batch 79, file f: a docs.rs crate root page of an older release (the docs.rs top bar with the crate menu, links,
 * owners, dependencies, documentation coverage, "Platform", "Feature flags", the Rust menu and the "Go to latest version"
 * warning, the rustdoc sidebar with "Sections" and "Crate Items", the rendered search box and toolbar, "Crate tidepool" with
 * "Copy item path" and "Source", the "Expand description" toggle, the crate docblock with its own headings, code and feature
 * list, and the generated item tables with portability and deprecation labels); and (file f2) an AWS re:Post knowledge
 * center article.
 */
const rsTitle = 'Crate tidepool';
const rsIntro = [
  'A bounded, async-aware connection pool with per-connection health checks.',
  '<code>tidepool</code> keeps a fixed number of connections open to a backend and hands them out to tasks as they need them. ' +
    'Connections that fail a health check are closed and replaced in the background, so a task never receives a connection that ' +
    'was already known to be broken.',
  'The pool is generic over the connection type: implement <a href="trait.Manage.html" title="trait tidepool::Manage"><code>Manage</code></a> ' +
    'for your client and the pool handles creation, checking and recycling.',
];
const rsQuick = [
  'Build a pool with <a href="struct.Builder.html"><code>Builder</code></a>, then call <code>get</code> whenever a task needs a ' +
    'connection. The connection returns to the pool when the guard is dropped:',
];
const rsQuick2 = [
  'If every connection is in use, <code>get</code> waits until one is returned or the checkout timeout passes, in which case it ' +
    'returns <a href="enum.Error.html#variant.Timeout"><code>Error::Timeout</code></a>. The default timeout is 30 seconds.',
];
const rsHealth = [
  'Before a connection is handed out, the pool runs the cheap check of <code>Manage::is_valid</code> if the connection has been ' +
    'idle for longer than the check interval. A connection that fails is dropped and the task gets the next idle one, or a new ' +
    'connection if none is idle.',
  'A second, slower check runs in the background on idle connections only. It never delays a checkout, and it catches ' +
    'connections that the server closed while they sat in the pool.',
  'Both intervals can be changed on the builder. Setting the idle interval to zero checks every connection on every checkout, ' +
    'which is safe but doubles the number of round trips for short requests.',
];
const rsFeatures = [
  '<code>tokio</code> (default): run health checks and background replacement on the Tokio runtime.',
  '<code>async-std</code>: use the async-std runtime instead. Enabling both runtime features is a compile error.',
  '<code>metrics</code>: export pool size, wait times and failed checks through the <code>metrics</code> facade.',
];
const rsMsrv = [
  'This release requires Rust 1.75 or newer. Raising the minimum version is not treated as a breaking change, but it is always ' +
    'mentioned in the changelog.',
];
const rsH = ['Quick start', 'Health checks', 'Feature flags', 'Minimum supported Rust version'];
const rsItems: [string, [string, string, string][]][] = [
  ['Modules', [['mod', 'config', 'Pool configuration and builders.']]],
  [
    'Structs',
    [
      ['struct', 'Builder', 'Builds a <code>Pool</code> with custom limits and timeouts.'],
      ['struct', 'Pool', 'A bounded pool of connections.'],
      ['struct', 'PooledConn', 'A connection checked out of the pool.'],
      ['struct', 'Metrics', '<span class="stab portability" title="Available on crate feature metrics only"><code>metrics</code></span> Pool statistics.'],
    ],
  ],
  ['Enums', [['enum', 'Error', 'Errors returned when checking out a connection.']]],
  ['Traits', [['trait', 'Manage', 'Creates and checks connections for a pool.']]],
  ['Functions', [['fn', 'pool', '<span class="stab deprecated" title="">Deprecated</span> Builds a pool with default settings.']]],
];
const rsDeps = ['async-std ^1.12 optional', 'metrics ^0.23 optional', 'tokio ^1.38 normal optional', 'tokio ^1.38 dev'];
const rsRust = ['Rust website', 'The Book', 'Standard Library API Reference', 'Rust by Example', 'The Cargo Guide', 'Clippy Documentation'];
const rsPlatforms = ['i686-pc-windows-msvc', 'i686-unknown-linux-gnu', 'x86_64-apple-darwin', 'x86_64-pc-windows-msvc', 'x86_64-unknown-linux-gnu'];
const menuItem = (
  t: string,
  icon = '',
): string => `<li class="pure-menu-item"><a href="#" class="pure-menu-link">${icon ? `<span class="fa fa-${icon}"></span> ` : ''}${t}
</a></li>`;
const rsHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="rustdoc"><meta name="description" content="A bounded, async-aware connection pool with per-connection health checks.">
<title>tidepool - Rust</title>
<script>if(window.location.protocol!=="file:")document.head.insertAdjacentHTML("beforeend","SourceSerif4-Regular-6b053e98.ttf.woff2")
</script><link rel="stylesheet" href="/-/rustdoc.static/normalize-9960930a.css"><link rel="stylesheet" href="/-/rustdoc.static/rustdoc-42caa33d.css">
<meta name="rustdoc-vars" data-root-path="../" data-static-root-path="/-/rustdoc.static/" data-current-crate="tidepool" data-themes=""
data-resource-suffix="-20250301-1.87.0-nightly-4ac032f85" data-rustdoc-version="1.87.0-nightly (4ac032f85 2025-02-28)" data-channel="nightly"
data-search-js="search-c5a66128.js" data-settings-js="settings-0f613d39.js"><script src="/-/rustdoc.static/storage-59e33391.js"></script>
<script defer src="../crates-20250301-1.87.0-nightly-4ac032f85.js"></script><script defer src="/-/rustdoc.static/main-5f194d8c.js"></script>
<noscript><link rel="stylesheet" href="/-/rustdoc.static/noscript-893ab5e7.css"></noscript>
<link rel="stylesheet" href="/-/static/vendored.css?0-5-0" media="all"><link rel="stylesheet" href="/-/static/rustdoc-2025-01-20.css?0-5-0" media="all">
<link rel="search" href="/-/static/opensearch.xml" type="application/opensearchdescription+xml" title="Docs.rs"></head>
<body class="rustdoc-page"><div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal" role="menubar">
<form action="/releases/search" method="GET" id="nav-search-form" class="landing-search-form-nav container is-shown"><a href="/" class="pure-menu-heading
pure-menu-link docsrs-logo" aria-label="Docs.rs"><span title="Docs.rs"><svg class="fa-svg" aria-hidden="true" viewBox="0 0 512 512"></svg></span>
<span class="title">Docs.rs</span></a><ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link crate-name"
title="A bounded, async-aware connection pool with per-connection health checks."><span class="fa fa-cube"></span><span class="title">tidepool-0.3.1</span></a>
<div class="pure-menu-children package-details-menu"><ul class="pure-menu-list menu-item-divided"><li class="pure-menu-heading" id="crate-title">tidepool
0.3.1</li>
${menuItem('Permalink')}${menuItem('Docs.rs crate page', 'cube')}${menuItem('MIT OR Apache-2.0', 'scale-unbalanced-flip')}</ul>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Links</li>
${menuItem('Repository', 'code-branch')}${menuItem('crates.io', 'cube')}${menuItem('Source', 'folder-open')}</ul></div><div class="pure-u-1-2">
<ul class="pure-menu-list" id="topbar-owners"><li class="pure-menu-heading">Owners</li>${menuItem('mbrandt', 'user')}${menuItem(
  'qiu-lan',
  'user',
)}</ul></div></div>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Dependencies</li>
<li class="pure-menu-item"><div class="pure-menu pure-menu-scrollable sub-menu" tabindex="-1"><ul class="pure-menu-list">${rsDeps
  .map((d) => {
    const [n, v, ...k] = d.split(' ');
    return `<li class="pure-menu-item"><a href="/${n}/${v}/" class="pure-menu-link">${n} ${v}<i
class="dependencies ${k.join(' ')}">${k.join(' ')}</i></a></li>`;
  })
  .join('\n')}</ul></div></li></ul></div><div class="pure-u-1-2"><ul class="pure-menu-list"><li class="pure-menu-heading">Versions</li></ul></div></div>
<div class="pure-g menu-item-divided"><div class="pure-u-1"><ul class="pure-menu-list"><li><a href="/crate/tidepool/0.3.1" class="pure-menu-link"><b>96.3%</b>
of the
crate is documented</a></li></ul></div></div></div></li>
<li class="pure-menu-item"><a href="/crate/tidepool/latest/target-redirect/tidepool/" class="pure-menu-link warn" data-fragment="retain"
title="You are seeing an outdated version of the tidepool crate. Click here to go to the latest version."><span class="fa fa-triangle-exclamation"></span>
<span class="title">Go to latest version</span></a></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Platform"><span class="fa fa-gears"></span><span
class="title">Platform
</span></a><ul class="pure-menu-children" id="platforms">${rsPlatforms.map((p) => menuItem(p)).join('')}</ul></li>
<li class="pure-menu-item"><a href="/crate/tidepool/0.3.1/features" class="pure-menu-link"><span class="fa fa-flag"></span><span class="title">Feature
flags</span></a>
</li></ul><div class="spacer"></div><ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link"
aria-label="Rust">Rust</a><ul class="pure-menu-children">${rsRust.map((t) => menuItem(t)).join('')}</ul></li></ul>
<div id="search-input-nav"><label for="nav-search"><span class="fa fa-magnifying-glass"></span></label><input id="nav-search" name="query" type="text"
aria-label="Find crate by search query" tabindex="-1" placeholder="Find crate"></div></form></div></div></div>
<div class="rustdoc mod crate"><nav class="mobile-topbar"><button class="sidebar-menu-toggle" title="show sidebar"></button></nav><nav class="sidebar">
<div class="sidebar-crate"><h2><a href="../tidepool/index.html">tidepool</a><span class="version">0.3.1</span></h2></div><div class="sidebar-elems">
<ul class="block"><li><a id="all-types" href="all.html">All Items</a></li></ul><section id="rustdoc-toc"><h3><a href="#">Sections</a></h3><ul
class="block top-toc">
${rsH.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" title="${t}">${t}</a></li>`).join('')}</ul><h3><a href="#modules">Crate Items</a></h3>
<ul class="block">${rsItems.map(([h]) => `<li><a href="#${h.toLowerCase()}" title="${h}">${h}</a></li>`).join('')}</ul></section><div id="rustdoc-modnav"></div>
</div></nav><div class="sidebar-resizer"></div><main><div class="width-limiter"><rustdoc-search><nav class="sub"><form class="search-form"><span></span>
<input class="search-input" name="search" aria-label="Run search in the documentation" autocomplete="off" spellcheck="false"
placeholder="Type ‘S’ or ‘/’ to search, ‘?’ for more options…" type="search"></form></nav></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><h1>Crate <span>tidepool</span><button id="copy-path"
title="Copy item path to clipboard">Copy item
path</button></h1><rustdoc-toolbar><div id="settings-menu" tabindex="-1"><a href="../settings.html"><span class="label">Settings</span></a></div>
<div id="help-button" tabindex="-1"><a href="../help.html"><span class="label">Help</span></a></div><button id="toggle-all-docs" title="Collapse sections">
<span class="label">Summary</span></button></rustdoc-toolbar><span class="sub-heading"><a class="src"
href="../src/tidepool/lib.rs.html#1-318">Source</a></span></div>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">
${rsIntro.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="quick-start"><a class="doc-anchor" href="#quick-start">§</a>Quick start</h2>
${rsQuick.map((t) => `<p>${t}</p>`).join('\n')}
<div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">let </span>pool = Builder::new(PgManager::new(url)).max_size(<span
class="number">16</span>)
    .build().<span class="kw">await</span><span class="question-mark">?</span>;
<span class="kw">let </span>conn = pool.get().<span class="kw">await</span><span class="question-mark">?</span>;</code></pre></div>
${rsQuick2.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="health-checks"><a class="doc-anchor" href="#health-checks">§</a>Health checks</h2>
${rsHealth.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="feature-flags"><a class="doc-anchor" href="#feature-flags">§</a>Feature flags</h2>
<ul>${rsFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="minimum-supported-rust-version"><a class="doc-anchor" href="#minimum-supported-rust-version">§</a>Minimum supported Rust version</h2>
${rsMsrv.map((t) => `<p>${t}</p>`).join('\n')}</div></details>
${rsItems
  .map(
    ([h, items]) => `<h2 id="${h.toLowerCase()}" class="section-header">${h}<a href="#${h.toLowerCase()}" class="anchor">§</a></h2><dl class="item-table">
${items.map(([k, n, d]) => `<dt><a class="${k}" href="${k}.${n}.html" title="${k} tidepool::${n}">${n}</a></dt><dd>${d}</dd>`).join('\n')}</dl>`,
  )
  .join('\n')}
</section></div></main></div></body></html>`;
const docsRs: TestPage = {
  html: rsHtml,
  name: 'heldout79-docs-rs-crate',
  kind: 'docs',
  // the title is the h1 "Crate tidepool" without its "Copy item path" button; the docblock (paragraphs, its own h2 headings
  // without the "§" anchors, the feature list) is the article; the generated item tables (section headers, item names,
  // summaries, "metrics" and "Deprecated" labels), the docs.rs bar, its "Go to latest version" warning, the rustdoc sidebar
  // and toolbar are furniture; the code is in neither list
  title: rsTitle,
  headings: rsH,
  body: [...texts(rsIntro), ...texts(rsQuick), ...texts(rsQuick2), ...texts(rsHealth), ...texts(rsFeatures), ...rsMsrv],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs.rs', 'tidepool-0.3.1', 'tidepool 0.3.1', 'Permalink', 'Docs.rs crate page', 'MIT OR Apache-2.0', 'Links', 'Repository', 'crates.io', 'Source',
    'Owners', 'mbrandt', 'qiu-lan', 'Dependencies', ...rsDeps.map((d) => d.split(' ').slice(0, 2).join(' ')), 'Versions', '96.3% of the crate is documented',
    'Go to latest version', 'Platform', ...rsPlatforms, ...rsRust, '0.3.1', 'All Items', 'Sections', 'Crate Items',
    'Copy item path', 'Settings', 'Help', 'Summary', 'Expand description', ...rsItems.flatMap(([h, l]) => [h, ...l.map(([, n]) => n)]),
    'Builds a Pool with custom limits and timeouts.', 'A bounded pool of connections.', 'A connection checked out of the pool.', 'metrics Pool statistics.',
    'Errors returned when checking out a connection.', 'Creates and checks connections for a pool.', 'Deprecated Builds a pool with default settings.',
    'Pool configuration and builders.',
  ],
};

export const HELDOUT79_F: readonly TestPage[] = [docsRs, repostArticle];
