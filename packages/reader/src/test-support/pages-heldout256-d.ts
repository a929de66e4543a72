import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout256-kit.js';

/**
 * Held-out batch 256, file d: an Antora manual page in the default UI (navbar with products menu, component nav with version
 * selector, toolbar with breadcrumbs and "Edit this Page", AsciiDoc sect1 / paragraph / olist / admonitionblock / table markup,
 * page toc aside, pagination, footer) and a Rustdoc crate page (rustdoc topbar and sidebar, search form with settings and help,
 * "Crate tallow" heading with version and source link, the crate's README-like overview, and its item tables of modules,
 * structs and functions).
 */
const aTitle = 'Configuring backups';
const aPreamble = [
  j(
    'Orrery Server writes a consistent snapshot of every catalog to a backup target on a schedule you set. This page covers the',
    'backup section of orrery.yml; restoring from a snapshot is described in the next chapter.',
  ),
];
const aTargets = [
  j(
    'A backup target is a folder on a mounted volume or a bucket in an S3-compatible store. Each catalog can name its own target, and catalogs',
    'without one use the default target.',
  ),
];
const aTargetSteps = [
  'Declare the default target under <code>backup.targets.default</code>.',
  'Give each catalog that needs a different target a <code>backup.target</code> key naming it.',
  'Restart the server, or send it SIGHUP to reload the configuration without dropping connections.',
];
const aImportant =
  'The server refuses to start if a catalog names a target that is not declared. This is deliberate: a silent fallback could send data to the wrong place.';
const aRetention = ['Retention is counted in snapshots, not in days. The settings and their defaults are:'];
const aRows = [
  ['keep_hourly', 'Hourly snapshots to keep. Default 24.'],
  ['keep_daily', 'Daily snapshots to keep. Default 14.'],
  ['keep_monthly', 'Monthly snapshots to keep. Default 6.'],
];
const aRetAfter = [
  j(
    'A snapshot counts toward the longest period it qualifies for. The first snapshot of a month is a monthly one even if it was',
    'taken by the hourly schedule, so it is not pruned with the hourly set.',
  ),
];
const aCheck = [
  j(
    'Verification reads the whole snapshot, so it is slow on large catalogs and puts load on the backup target. Schedule it outside busy',
    'hours, for example once a week on the newest daily snapshot.',
  ),
  j(
    'A failed verification does not delete anything. Keep the faulty snapshot until you know the cause: a bad disk at the target and a bug in',
    'a storage plugin look the same from the manifest alone.',
  ),
  j(
    'Every snapshot is written with a manifest of checksums. Run orreryctl backup verify to read a snapshot back and compare it against its',
    'manifest; the command exits with status 3 on any mismatch.',
  ),
];
const aNav = ['Getting Started', 'Installing', 'Configuration reference', 'Configuring backups', 'Restoring a catalog', 'Monitoring', 'Upgrading'];
const aToc = ['Backup targets', 'Retention', 'Verifying snapshots'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Configuring backups :: Orrery Server Manual</title><link rel="canonical" href="https://docs.orrery.example/server/3.1/backups.html">
<meta name="generator" content="Antora 3.1.9"><link rel="stylesheet" href="../../_/css/site.css"><script>var uiRootPath = '../../_'</script></head>
<body class="article"><header class="header"><nav class="navbar"><div class="navbar-brand"><a class="navbar-item" href="https://docs.orrery.example">Orrery
Docs</a><button class="navbar-burger" data-target="topbar-nav"><span></span></button></div><div id="topbar-nav" class="navbar-menu"><div class="navbar-end">
<a class="navbar-item" href="https://orrery.example">Home</a><div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link" href="#">Products</a>
<div class="navbar-dropdown"><a class="navbar-item" href="#">Orrery Server</a><a class="navbar-item" href="#">Orrery Desktop</a></div></div>
<a class="navbar-item" href="https://orrery.example/support">Support</a></div></div></nav></header>
<div class="body"><div class="nav-container" data-component="server" data-version="3.1"><aside class="nav"><div class="panels"><div class="nav-panel-menu
is-active" data-panel="menu"><nav class="nav-menu"><button class="nav-menu-toggle" aria-label="Toggle expand/collapse all"></button><h3 class="title"><a
href="index.html">Orrery Server</a></h3><ul class="nav-list"><li class="nav-item" data-depth="0"><ul class="nav-list">${links(aNav, 'nav-item')}</ul></li></ul>
</nav></div><div class="nav-panel-explore" data-panel="explore"><div class="context"><span class="title">Orrery Server</span><span class="version">3.1</span>
</div><ul class="components"><li class="component is-current"><div class="title"><a href="#">Orrery Server</a></div><ul class="versions"><li class="version
is-current is-latest"><a href="#">3.1</a></li><li class="version"><a href="#">3.0</a></li><li class="version"><a href="#">2.8</a></li></ul></li></ul></div>
</div></aside></div>
<main class="article"><div class="toolbar" role="navigation"><button class="nav-toggle"></button><a href="index.html" class="home-link"></a><nav
class="breadcrumbs" aria-label="breadcrumbs"><ul><li><a href="index.html">Orrery Server</a></li><li><a href="operations.html">Operations</a></li><li><a
href="backups.html">Configuring backups</a></li></ul></nav><div class="page-versions"><button class="version-menu-toggle" title="Show other versions of
page">3.1</button></div><div class="edit-this-page"><a href="https://git.example/orrery/docs/edit/main/modules/ROOT/pages/backups.adoc">Edit this Page</a>
</div></div>
<div class="content"><aside class="toc sidebar" data-title="Contents" data-levels="2"><div class="toc-menu"></div></aside><article class="doc">
<h1 class="page">${aTitle}</h1><div id="preamble"><div
class="sectionbody">${aPreamble.map((p) => `<div class="paragraph"><p>${p}</p></div>`).join('')}</div></div>
<div class="sect1"><h2 id="_backup_targets"><a class="anchor" href="#_backup_targets"></a>Backup targets</h2><div class="sectionbody">
${aTargets.map((p) => `<div class="paragraph"><p>${p}</p></div>`).join('')}
<div class="olist arabic"><ol class="arabic">${lis(aTargetSteps.map((s) => `<p>${s}</p>`))}</ol></div>
<div class="admonitionblock important"><table><tr><td class="icon"><i class="fa icon-important" title="Important"></i></td><td
class="content">${aImportant}</td>
</tr></table></div></div></div>
<div class="sect1"><h2 id="_retention"><a class="anchor" href="#_retention"></a>Retention</h2><div class="sectionbody">
${aRetention.map((p) => `<div class="paragraph"><p>${p}</p></div>`).join('')}
<table class="tableblock frame-all grid-all stretch"><colgroup><col style="width: 30%;"><col style="width: 70%;"></colgroup><thead><tr><th
class="tableblock halign-left valign-top">Setting</th><th class="tableblock halign-left valign-top">Meaning</th></tr></thead><tbody>
${aRows
  .map(
    ([k, m]) => `<tr>\n<td class="tableblock halign-left valign-top"><p class="tableblock"><code>${k}</code></p></td>\n<td class="tableblock"><p
class="tableblock">${m}</p></td>\n</tr>`,
  )
  .join('\n')}</tbody></table>
${aRetAfter.map((p) => `<div class="paragraph"><p>${p}</p></div>`).join('')}</div></div>
<div class="sect1"><h2 id="_verifying_snapshots"><a class="anchor" href="#_verifying_snapshots"></a>Verifying snapshots</h2><div class="sectionbody">
${aCheck.map((p) => `<div class="paragraph"><p>${p}</p></div>`).join('')}</div></div>
<nav class="pagination"><span class="prev"><a href="configuration.html">Configuration reference</a></span><span class="next"><a href="restore.html">Restoring a
catalog</a></span></nav></article></div></main></div>
<footer class="footer"><p>This page was built using the Antora default UI.</p><p>The source code for this UI is licensed under the terms of the MPL-2.0
license.</p><p>© 2026 Orrery Labs. All rights reserved.</p></footer><script id="site-script" src="../../_/js/site.js" data-ui-root-path="../../_"></script>
</body></html>`;
const antora: TestPage = {
  name: 'heldout256-antora-manual',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aToc,
  body: texts([...aPreamble, ...aTargets, ...aTargetSteps, aImportant, ...aRetention, ...aRows.map((r) => r[1] ?? ''), ...aRetAfter, ...aCheck]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orrery Docs', 'Home', 'Products', 'Orrery Desktop', 'Support', 'Getting Started', 'Installing', 'Configuration reference', 'Restoring a catalog',
    'Monitoring', 'Upgrading', 'Operations', 'Edit this Page', 'This page was built using the Antora default UI.',
    'The source code for this UI is licensed under the terms of the MPL-2.0 license.', '© 2026 Orrery Labs. All rights reserved.',
  ],
};

const rTitle = 'Crate tallow';
const rIntro = [
  j(
    'Tallow is a small, dependency-free library for reading and writing candle data: the open, high, low and close prices of a market',
    'over fixed intervals. It parses the three common text layouts, resamples to coarser intervals and writes a compact binary format.',
  ),
];
const rWhy = [
  j(
    'The crate has no unsafe code and no dependencies outside the standard library unless you turn on an optional feature. It builds on stable',
    'Rust 1.70 and later.',
  ),
  j(
    'Version 0.7 changed the binary format to store volume as a 64-bit float. Files written by 0.6 are still read; they are converted on the',
    'fly, and writing always uses the new layout.',
  ),
  j(
    'Most projects that handle price series end up writing the same loop to turn one-minute bars into hourly ones, and most of those',
    'loops get the edge cases wrong: gaps in the data, intervals that cross a daylight saving change, and the close of the last, unfinished bar.',
  ),
  j(
    'Tallow does that loop once, with tests for each of those cases, and keeps timestamps in UTC nanoseconds throughout so no conversion',
    'happens behind your back.',
  ),
];
const rFeatures = [
  'Readers for comma-separated, tab-separated and fixed-width layouts, chosen by <code>Layout</code>.',
  'Resampling with <code>resample</code>, which never invents a bar for an interval with no trades.',
  'A binary format of 40 bytes per bar, readable with a memory map.',
  'No allocation per bar when reading into a reused <code>Series</code>.',
];
const rFlags = ['The <code>serde</code> feature derives Serialize and Deserialize for every public type. It is off by default.'];
const rMods = [
  ['binary', 'Reading and writing the compact binary format.'],
  ['text', 'Parsers for the three text layouts.'],
];
const rStructs = [
  ['Bar', 'One candle: open, high, low, close, volume and the start of its interval.'],
  ['Series', 'A growable run of bars at one interval, sorted by time.'],
];
const rFns = [['resample', 'Combine the bars of a series into bars of a longer interval.']];
const item = (
  kind: string,
  [n, d]: string[],
): string => `<li><div class="item-name"><a class="${kind}" href="${kind}.${n}.html" title="${kind} tallow::${n}">${n}</a>
</div>\n<div class="desc docblock-short">${d}</div></li>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="rustdoc"><meta name="description" content="Tallow is a small, dependency-free library for reading and writing candle data">
<title>tallow - Rust</title><link rel="preload" as="font" type="font/woff2" crossorigin href="../static.files/SourceSerif4-Regular-46f98efaafac5295.ttf.woff2">
<link rel="stylesheet" href="../static.files/normalize-76eba96aa4d2e634.css"><link rel="stylesheet" href="../static.files/rustdoc-081576b923113409.css">
<meta name="rustdoc-vars" data-root-path="../" data-static-root-path="../static.files/" data-current-crate="tallow" data-themes="" data-resource-suffix=""
data-rustdoc-version="1.83.0 (90b35a623 2024-11-26)" data-channel="1.83.0" data-search-js="search-a99f1315e7cc5121.js">
<script src="../static.files/storage-59e33391.js"></script><script defer src="../crates.js"></script><script defer
src="../static.files/main-5f194d8c.js"></script>
<noscript><link rel="stylesheet" href="../static.files/noscript-0111fcff.css"></noscript></head>
<body class="rustdoc mod crate"><!--[if lte IE 11]><div
class="warning">This old browser is unsupported and will most likely display funky things.</div><![endif]-->
<nav class="mobile-topbar"><button class="sidebar-menu-toggle" title="show sidebar"></button><a class="logo-container" href="../tallow/index.html"><img
class="rust-logo" src="../static.files/rust-logo-151179464ae7ed46.svg" alt=""></a></nav>
<nav class="sidebar"><div class="sidebar-crate"><a class="logo-container" href="../tallow/index.html"><img class="rust-logo" src="../static.files/rust-logo.svg"
alt="logo"></a><h2><a href="../tallow/index.html">tallow</a><span class="version">0.7.2</span></h2></div><div class="sidebar-elems"><ul class="block"><li><a
id="all-types" href="all.html">All Items</a></li></ul><section id="rustdoc-toc"><h3><a href="#">Sections</a></h3><ul class="block top-toc"><li><a
href="#why-tallow">Why tallow</a></li><li><a href="#features">Features</a></li><li><a href="#optional-features">Optional features</a></li></ul><h3><a
href="#modules">Crate Items</a></h3><ul class="block"><li><a href="#modules" title="Modules">Modules</a></li><li><a href="#structs"
title="Structs">Structs</a></li>
<li><a href="#functions" title="Functions">Functions</a></li></ul></section><div id="rustdoc-modnav"></div></div></nav>
<div class="sidebar-resizer"></div><main><div class="width-limiter"><rustdoc-search></rustdoc-search><nav class="sub"><form class="search-form"><span></span>
<div id="sidebar-button" tabindex="-1"><a href="../tallow/all.html" title="show sidebar"></a></div><input class="search-input" name="search"
aria-label="Run search in the documentation" autocomplete="off" spellcheck="false" placeholder="Type ‘S’ or ‘/’ to search, ‘?’ for more options…" type="search">
<div id="help-button" tabindex="-1"><a href="../help.html" title="help">?</a></div><div id="settings-menu" tabindex="-1"><a href="../settings.html"
title="settings">Settings</a></div></form></nav>
<section id="main-content" class="content"><div class="main-heading"><h1>Crate <span>tallow</span><button id="copy-path" title="Copy item path to
clipboard">Copy item path</button></h1><rustdoc-toolbar></rustdoc-toolbar><span class="sub-heading"><a class="src"
href="../src/tallow/lib.rs.html#1-212">Source</a>
</span></div><details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">
${ps(rIntro)}
<h2 id="why-tallow"><a class="doc-anchor" href="#why-tallow">§</a>Why tallow</h2>
${ps(rWhy)}
<h2 id="features"><a class="doc-anchor" href="#features">§</a>Features</h2>
<ul>${lis(rFeatures)}</ul>
<div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">let </span>hourly = tallow::resample(<span
class="kw-2">&amp;</span>minutes, Duration::from_secs(<span class="number">3600</span>))<span class="question-mark">?</span>;</code></pre></div>
<h2 id="optional-features"><a class="doc-anchor" href="#optional-features">§</a>Optional features</h2>
${ps(rFlags)}</div></details>
<h2 id="modules" class="section-header">Modules<a href="#modules" class="anchor">§</a></h2><ul
class="item-table">${rMods.map((m) => item('mod', m)).join('\n')}</ul>
<h2 id="structs" class="section-header">Structs<a href="#structs" class="anchor">§</a></h2><ul
class="item-table">${rStructs.map((m) => item('struct', m)).join('\n')}</ul>
<h2 id="functions" class="section-header">Functions<a href="#functions" class="anchor">§</a></h2><ul
class="item-table">${rFns.map((m) => item('fn', m)).join('\n')}</ul>
</section></div></main></body></html>`;
const rustdoc: TestPage = {
  name: 'heldout256-rustdoc-crate',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Why tallow', 'Features', 'Optional features', 'Modules', 'Structs', 'Functions'],
  body: texts([...rIntro, ...rWhy, ...rFeatures, ...rFlags, ...[...rMods, ...rStructs, ...rFns].map(([n, d]) => `${n}\n${d}`)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '0.7.2', 'All Items', 'Sections', 'Crate Items', 'Copy item path', 'Source', 'Expand description', 'Settings',
  ],
};

export const HELDOUT256_D: readonly TestPage[] = [antora, rustdoc];
