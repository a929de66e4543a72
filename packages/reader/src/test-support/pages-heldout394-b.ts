import { links, ps, type TestPage, texts } from './page-kit.js';
import { rubygems } from './pages-heldout394-b2.js';
import { j, lisHtml } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file b: a crates.io crate page as saved from the Ember app (ember ids and scoped class names, the header
 * with search and "Log in with GitHub", the crate header with version and keywords, the Readme / Versions / Dependencies /
 * Dependents tabs, the rendered README, the sidebar with Metadata, Install, links, Owners, Categories and Report crate, the
 * download stats and the footer) and, from file b2, a RubyGems gem page.
 */
const cTitle = 'brindle';
const cIntro = [
  j(
    'A zero-copy tokenizer and recursive-descent parser toolkit for configuration languages. brindle gives you the boring',
    'half of a parser for free (spans, error recovery, pretty diagnostics) so that you can spend your time on the grammar.',
  ),
  j(
    'It is used in production to parse several million build manifests a day, and the public API has been stable since',
    'the 0.7 series. A 1.0 release is planned once the diagnostics format is settled.',
  ),
];
const cGoals = [
  'Never allocate while scanning: tokens borrow from the input and carry a byte span.',
  'Keep going after an error, collecting as many useful diagnostics as possible in one pass.',
  'Report errors with the offending line, a caret and a short hint, in colour when the terminal allows it.',
  'Compile quickly: the crate has two small dependencies and no procedural macros.',
];
const cExample = [
  j(
    'A grammar is an ordinary Rust function that takes a <code>&amp;mut Cursor</code> and returns a node. Combinators such as',
    '<code>sep_by</code>, <code>delimited</code> and <code>recover_until</code> cover the common shapes, and you can drop down',
    'to the raw token stream whenever a rule is easier to write by hand.',
  ),
  j(
    'The repository ships three complete examples: an INI reader, a subset of TOML and a small expression language with',
    'operator precedence. Each is under two hundred lines.',
  ),
  j(
    'Error recovery is declared per rule. When a rule fails, the cursor skips to the nearest token from its recovery set,',
    'records a diagnostic and hands back an error node, so the caller can keep building the tree. In practice this means a',
    'user who forgets a closing bracket sees one message about the bracket, not forty about everything that follows.',
  ),
];
const cPerf = [
  j(
    'On a laptop, the TOML example parses about 410 MB of input per second and the expression language about 260 MB,',
    'measured with the benchmarks in <code>benches/</code>. Numbers on your machine will differ; the benchmarks are there so',
    'that you can check.',
  ),
];
const cMsrv = [
  j('The minimum supported Rust version is 1.70. Raising it is treated as a minor change and is always noted in the', 'changelog.'),
  'Licensed under either of the Apache License, Version 2.0 or the MIT license, at your option.',
];
const cKeys = ['parser', 'tokenizer', 'diagnostics', 'config'];
const cTabs = ['Readme', '31 Versions', 'Dependencies', 'Dependents'];
const cSideLinks = ['Homepage', 'Documentation', 'Repository'];
const cCats = ['Parser implementations', 'Development tools'];
const cFootRust = ['rust-lang.org', 'Rust Foundation', 'The crates.io team'];
const cFootHelp = ['The Cargo Book', 'Support', 'System Status', 'Report a security issue'];
const cFootPol = ['Usage Policy', 'Security', 'Privacy Policy', 'Terms of Use', 'Data Access Policy'];
const cHtml = `<!DOCTYPE html><html lang="en" data-color-scheme="system"><head><meta charset="utf-8">
<title>brindle - crates.io: Rust Package Registry</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="cargo/config/environment" content="%7B%22modulePrefix%22%3A%22cargo%22%7D">
<meta property="og:title" content="brindle"><meta property="og:image" content="https://static.crates.example/og-image/brindle.png">
<meta name="description" content="Zero-copy tokenizer and parser toolkit for configuration languages">
<link rel="stylesheet" href="/assets/vendor-3a8f1c.css"><link rel="stylesheet" href="/assets/cargo-81be0e.css">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Cargo"></head>
<body><div id="ember3" class="ember-view"><div id="ember4" class="_container_1aw3th ember-view">
<div class="_progress-bar_1e93ka"></div><div class="_notification-container_96n7vd" aria-live="polite"></div>
<header class="_header_ytezh4 _hero_ytezh4"><div class="_header-inner_ytezh4 width-limit"><a href="/" class="_index-link_ytezh4 active ember-view"
id="ember6"><img src="/assets/cargo.png" width="54" height="54" alt=""><h1>crates.io</h1></a>
<form class="_form_5qr1uw" action="/search" role="search" autocapitalize="off" autocomplete="off"><input type="text" inputmode="search"
class="_input-lg_5qr1uw base-input" name="q" id="ember7-input" placeholder="Type 'S' or '/' to search" spellcheck="false">
<span class="_search-icon-container_5qr1uw"></span></form>
<nav class="_nav_ytezh4"><a href="/crates" class="_nav-link_ytezh4 ember-view" id="ember8">Browse All Crates</a>
<span class="_sep_ytezh4">|</span><button type="button" class="_login-button_ytezh4 button-reset">Log in with GitHub</button></nav></div></header>
<main class="_main_4nv97p width-limit"><div class="_header_10f3rz"><h1 class="_heading_10f3rz"><span>${cTitle}</span>
<small>v0.9.3</small></h1><div class="_description_10f3rz">Zero-copy tokenizer and parser toolkit for configuration languages</div>
<ul class="_keywords_10f3rz">${cKeys.map((k) => `<li><a href="/keywords/${k}" class="ember-view">#${k}</a></li>`).join('\n')}</ul></div>
<nav class="_nav_1e0bng" aria-label="Crate navigation"><ul role="tablist">${links(cTabs, '_tab_1e0bng')}</ul></nav>
<div class="_crate-info_17bmy1"><div class="_docs_17bmy1"><article aria-label="Readme" class="_readme_1dj60n">
<h1><a href="#brindle" aria-hidden="true" class="anchor" id="user-content-brindle" rel="nofollow noopener noreferrer"></a>brindle</h1>
<p><a href="https://docs.example/brindle" rel="nofollow noopener noreferrer"><img src="https://camo.example/docs.svg" alt="docs"></a></p>
${ps(cIntro)}
<h2>Goals</h2>
<ul>${lisHtml(cGoals)}</ul>
<h2>Writing a grammar</h2>
${ps(cExample)}
<h2>Performance</h2>
${ps(cPerf)}
<h2>MSRV and licence</h2>
${ps(cMsrv)}
</article></div>
<div class="_sidebar_1lgpzf"><section aria-label="Crate metadata"><h2 class="heading">Metadata</h2><div class="_metadata_1lgpzf">
<div class="_date_1lgpzf"><time datetime="2026-10-02T18:22:40Z" class="ember-view">about 2 months ago</time></div>
<div class="_msrv_1lgpzf"><span title="Minimum Supported Rust Version">v1.70.0</span></div><div class="_edition_1lgpzf">2021 edition</div>
<div class="_license_1lgpzf"><span><a href="https://choosealicense.example/licenses/mit">MIT</a> OR
<a href="https://choosealicense.example/licenses/apache-2.0">Apache-2.0</a></span></div>
<div class="_bytes_1lgpzf">38.2 KiB</div></div></section>
<section aria-label="Install instructions"><h2 class="heading">Install</h2><p>Run the following Cargo command in your project directory:</p>
<div class="_copy_1b8xqe"><code>cargo add brindle</code><button type="button" class="button-reset">Copy</button></div>
<p>Or add the following line to your Cargo.toml:</p><div class="_copy_1b8xqe"><code>brindle = "0.9.3"</code></div></section>
<ul class="_links_1lgpzf">${links(cSideLinks, '_link_1lgpzf')}</ul>
<section aria-label="Owners"><h2 class="heading">Owners</h2><ul class="_list_owners">
<li><a href="/users/thora-vance" class="ember-view"><img src="/avatars/thora" alt="" width="32"><span>Thora Vance</span></a></li>
<li><a href="/teams/github:lowmoor:parsing" class="ember-view">
<img src="/avatars/lowmoor" alt="" width="32"><span>lowmoor/parsing</span></a></li></ul></section>
<section aria-label="Crate categories"><h2 class="heading">Categories</h2><ul class="categories">${links(cCats)}</ul></section>
<div><a href="/support?crate=brindle&amp;inquire=crate-violation" class="button">Report crate</a></div></div></div>
<div class="_stats_17bmy1"><h2 class="heading">Stats Overview</h2><div class="_stat_1mlopl"><span class="num">412,880</span>
<span class="_stat-label">Downloads all time</span></div>
<div class="_stat_1mlopl"><span class="num">31</span><span class="_stat-label">Versions published</span></div>
<div class="_graph-data"><h3>Downloads over the last 90 days</h3>
<button type="button">Display as Stacked</button><button type="button">Unstacked</button></div></div></main>
<footer class="_footer_1ofs3l"><div class="_content_1ofs3l width-limit"><div class="_column_1ofs3l"><h1>Rust</h1><ul>${links(cFootRust)}</ul></div>
<div class="_column_1ofs3l"><h1>Get Help</h1><ul>${links(cFootHelp)}</ul></div><div class="_column_1ofs3l"><h1>Policies</h1><ul>${links(cFootPol)}</ul></div>
<div class="_column_1ofs3l"><h1>Social</h1><ul><li><a href="https://github.example/rust-lang/crates.io/">rust-lang/crates.io</a></li></ul></div></div></footer>
</div></div><script type="text/javascript" src="/assets/vendor-3a8f1c.js"></script><script type="text/javascript" src="/assets/cargo-81be0e.js"></script>
</body></html>`;
const crates: TestPage = {
  name: 'heldout394-crates-io-crate',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Goals', 'Writing a grammar', 'Performance', 'MSRV and licence'],
  body: texts([...cIntro, ...cGoals, ...cExample, ...cPerf, ...cMsrv]),
  bylines: ['about 2 months ago', 'Thora Vance', 'lowmoor/parsing'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'crates.io', 'Browse All Crates', 'Log in with GitHub', 'v0.9.3', 'Zero-copy tokenizer and parser toolkit for configuration languages',
    ...cKeys.map((k) => `#${k}`), ...cTabs, 'Metadata', 'v1.70.0', '2021 edition', 'MIT OR Apache-2.0', '38.2 KiB', 'Install',
    'Run the following Cargo command in your project directory:', 'cargo add brindle', 'Copy', 'Or add the following line to your Cargo.toml:',
    'brindle = "0.9.3"', ...cSideLinks, 'Owners', 'Categories', ...cCats, 'Report crate', 'Stats Overview', '412,880', 'Downloads all time',
    'Versions published', 'Downloads over the last 90 days', 'Display as Stacked', 'Unstacked', ...cFootRust, 'Get Help', ...cFootHelp,
    ...cFootPol, 'Social', 'rust-lang/crates.io',
  ],
};

export const HELDOUT394_B: readonly TestPage[] = [crates, rubygems];
