import { links, ps, type TestPage, texts } from './page-kit.js';
import { awsDocs } from './pages-heldout108-c2.js';

/**
 * Held-out batch 108, file c: a docs.rs crate root page (rustdoc) of an invented crate (the docs.rs top bar with the crate
 * menu, its hidden package details, "Platform", "Feature flags" and the "Rust" menu, the rustdoc sidebar with version,
 * "All Items", the sections table of contents and crate items, the h1 "Crate tidemark" with its "Copy item path" button
 * and "Source" link, the "Expand description" summary, the crate docs with doc-anchor "§" headings and code examples, and
 * the Modules / Structs / Enums / Traits item tables) and, from file c2, an AWS documentation page.
 */
const rsTitle = 'Crate tidemark';
const rsIntro = [
  'A small, predictable rate limiter for async services.',
  '<code>tidemark</code> implements the generic cell rate algorithm (GCRA), a variant of the token bucket that stores a single ' +
    'timestamp per key instead of a counter and a refill time. That makes each check a few arithmetic operations and one atomic ' +
    'compare-and-swap, with no background task refilling buckets.',
  'The crate works with any async runtime. It does not spawn tasks, and it never sleeps on your behalf unless you ask it to with ' +
    '<a href="struct.Limiter.html#method.until_ready" title="method tidemark::Limiter::until_ready"><code>Limiter::until_ready</code></a>.',
];
const rsH1 = 'Getting started';
const rsP1 = [
  'Create a <a href="struct.Quota.html" title="struct tidemark::Quota"><code>Quota</code></a> describing how many requests are ' +
    'allowed in a period, then build a <a href="struct.Limiter.html"><code>Limiter</code></a> from it. Each call to <code>check</code> ' +
    'either lets the request through or tells you how long to wait.',
];
const rsCode1 = `<span class="kw">use </span>tidemark::{Limiter, Quota};
<span class="kw">use </span>std::time::Duration;

<span class="kw">let </span>quota = Quota::per_second(<span class="number">20</span>).burst(<span class="number">5</span>);
<span class="kw">let </span>limiter = Limiter::direct(quota);

<span class="kw">match </span>limiter.check() {
    <span class="prelude-val">Ok</span>(()) =&gt; { <span class="comment">/* handle the request */ </span>}
    <span class="prelude-val">Err</span>(not_yet) =&gt; println!(<span class="string">"retry in {:?}"</span>, not_yet.wait_time()),
}`;
const rsH2 = 'Keyed limiters';
const rsP2 = [
  'Most services limit each client separately. A keyed limiter holds one state per key in a sharded map, so checks for different ' +
    'keys rarely contend with each other. Keys can be any type that is <code>Hash + Eq + Clone</code>, such as an IP address or an ' +
    'API token.',
  'Keyed state is never removed on its own. Call <a href="struct.KeyedLimiter.html#method.retain_recent"><code>retain_recent</code></a> ' +
    'from time to time to drop keys that have been idle long enough to be back at a full burst, otherwise memory use grows with the ' +
    'number of distinct clients you have seen.',
];
const rsCode2 = `<span class="kw">let </span>limiter = KeyedLimiter::&lt;IpAddr&gt;::new(Quota::per_minute(<span class="number">300</span>));
limiter.check_key(<span class="kw-2">&amp;</span>peer_addr)<span class="question-mark">?</span>;`;
const rsH3 = 'Clocks and testing';
const rsP3 = [
  'By default the limiter reads a monotonic clock. In tests, use <a href="clock/struct.FakeClock.html"><code>FakeClock</code></a> ' +
    'so that you can move time forward by hand and assert exactly when requests are accepted again.',
];
const rsH4 = 'Feature flags';
const rsFlags = [
  '<code>std</code> (default): uses the standard library clock and the sharded map for keyed limiters.',
  '<code>tokio</code>: adds <code>until_ready</code> and <code>until_key_ready</code>, which sleep with the Tokio timer.',
  '<code>serde</code>: derives <code>Serialize</code> and <code>Deserialize</code> for <code>Quota</code>.',
];
const rsP4 = ['Without <code>std</code>, the crate is <code>no_std</code> and you must provide your own clock.'];
const rsItems: [string, [string, string, string][]][] = [
  ['Modules', [['mod', 'clock', 'Time sources used by the limiters.']]],
  [
    'Structs',
    [
      ['struct', 'KeyedLimiter', 'A rate limiter that keeps a separate state for each key.'],
      ['struct', 'Limiter', 'A rate limiter for a single stream of requests.'],
      ['struct', 'NotUntil', 'Returned when a request is refused; tells you the earliest time it would be allowed.'],
      ['struct', 'Quota', 'How many requests are allowed per period, and how large a burst may be.'],
    ],
  ],
  ['Enums', [['enum', 'QuotaError', 'Errors returned when building an invalid quota.']]],
  ['Traits', [['trait', 'Clock', 'A source of the current time for a limiter.']]],
];
const rsRustMenu = [
  'About docs.rs',
  'Privacy policy',
  'Rust website',
  'The Book',
  'Standard Library API Reference',
  'Rust by Example',
  'The Cargo Guide',
  'Clippy Documentation',
];
const rsDetails = ['Docs.rs crate page', 'MIT OR Apache-2.0', 'Homepage', 'Repository', 'crates.io', 'Dependencies', 'Versions'];
const rsSectionIds = ['getting-started', 'keyed-limiters', 'clocks-and-testing', 'feature-flags'];
const rsH = (t: string, id: string): string => `<h2 id="${id}"><a class="doc-anchor" href="#${id}">§</a>${t}</h2>`;
const rsPre = (code: string): string => `<div class="example-wrap"><pre class="rust rust-example-rendered"><code>${code}</code></pre></div>`;
const rsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="rustdoc">
<meta name="description" content="A small, predictable rate limiter for async services."><title>tidemark - Rust</title>
<script>if(window.location.protocol!=="file:")document.head.insertAdjacentHTML("beforeend","SourceSerif4-Regular-6b053e98.ttf.woff2")</script>
<link rel="stylesheet" href="/-/rustdoc.static/normalize-9960930a.css"><link rel="stylesheet" href="/-/rustdoc.static/rustdoc-42caa33d.css">
<meta name="rustdoc-vars" data-root-path="../" data-static-root-path="/-/rustdoc.static/" data-current-crate="tidemark" data-themes="" data-resource-suffix=""
data-rustdoc-version="1.90.0-nightly (a84bb95a1 2025-07-09)" data-channel="nightly" data-search-js="search-f7877310.js" data-settings-js="settings-5514c975.js">
<script src="/-/rustdoc.static/storage-4e99c027.js"></script><script defer src="../crates-e6e5d4f0.js"></script><script defer
src="/-/rustdoc.static/main-fd3af306.js"></script>
<noscript><link rel="stylesheet" href="/-/rustdoc.static/noscript-32bb7600.css"></noscript><link rel="alternate icon" type="image/png"
href="/-/rustdoc.static/favicon-32x32.png">
<link rel="canonical" href="https://docs.rs/tidemark/latest/tidemark/"><link rel="stylesheet" href="/-/static/vendored.css?0-1-0-9d1b" media="all">
<link rel="stylesheet" href="/-/static/rustdoc-2021-12-05.css?0-1-0-9d1b" media="all"><link rel="search" href="/-/static/opensearch.xml"
type="application/opensearchdescription+xml" title="Docs.rs">
</head><body class="rustdoc-page"><div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal" role="navigation"
aria-label="Main navigation">
<form action="/releases/search" method="GET" id="nav-search-form" class="landing-search-form-nav"><a href="/"
class="pure-menu-heading pure-menu-link docsrs-logo"
aria-label="Docs.rs"><span title="Docs.rs"><span class="fa fa-solid fa-cubes" aria-hidden="true"></span></span><span class="title">Docs.rs</span></a>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link crate-name"
title="A small, predictable rate limiter">
<span class="fa fa-solid fa-cube" aria-hidden="true"></span><span class="title">tidemark-0.7.2</span></a><div class="pure-menu-children package-details-menu">
<ul class="pure-menu-list menu-item-divided"><li class="pure-menu-heading" id="crate-title">tidemark 0.7.2</li>
<li class="pure-menu-item"><a href="/crate/tidemark/latest" class="pure-menu-link description" title="See tidemark in docs.rs">${rsDetails[0]}</a></li>
<li class="pure-menu-item"><a href="/crate/tidemark/latest/source/Cargo.toml.orig" class="pure-menu-link"><span class="fa fa-solid fa-scale-unbalanced-flip">
</span>
${rsDetails[1]}</a></li></ul><div class="sub-menu"><ul class="pure-menu-list menu-item-divided"><li class="pure-menu-heading">Links</li>
${links(rsDetails.slice(2, 5), 'pure-menu-item')}</ul><ul class="pure-menu-list"><li class="pure-menu-heading">${rsDetails[5]}</li>
<li class="pure-menu-item"><div class="pure-menu pure-menu-scrollable sub-menu"><ul class="pure-menu-list"><li class="pure-menu-item">
<a href="/dashmap/^6.1" class="pure-menu-link">dashmap ^6.1 <i class="dependencies normal">normal</i></a></li><li class="pure-menu-item">
<a href="/tokio/^1.40" class="pure-menu-link">tokio ^1.40 <i class="dependencies normal">normal</i> <i>optional</i></a></li></ul></div></li></ul>
<ul class="pure-menu-list"><li class="pure-menu-heading">${rsDetails[6]}</li></ul>
<div class="pure-menu-item"><span class="documented-info">100%</span> of the crate is documented</div></div></div></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Platform"><span class="fa fa-solid fa-gears"></span>
<span class="title">Platform</span></a><ul class="pure-menu-children"><li class="pure-menu-item"><a
href="/crate/tidemark/latest/target-redirect/x86_64-unknown-linux-gnu/tidemark/"
class="pure-menu-link">x86_64-unknown-linux-gnu</a></li></ul></li><li class="pure-menu-item"><a href="/crate/tidemark/latest/features"
title="Browse available feature flags"
class="pure-menu-link"><span class="fa fa-solid fa-flag"></span><span class="title">Feature flags</span></a></li></ul>
<div class="spacer"></div><ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Rust">
<span class="title">Rust</span></a><ul class="pure-menu-children">${links(rsRustMenu, 'pure-menu-item')}</ul></li></ul>
<div id="search-input-nav"><label for="nav-search"><span class="fa fa-solid fa-magnifying-glass"></span></label><input id="nav-search" name="query" type="text"
aria-label="Find crate by search query" tabindex="-1" placeholder="Find crate"></div></form></div></div></div>
<div class="rustdoc mod crate container-rustdoc" id="rustdoc_body_wrapper" tabindex="-1"><script async src="/-/static/menu.js?0-1-0-9d1b"></script>
<nav class="mobile-topbar"><button class="sidebar-menu-toggle" title="show sidebar"></button></nav><nav class="sidebar"><div class="sidebar-crate">
<h2><a href="../tidemark/index.html">tidemark</a><span class="version">0.7.2</span></h2></div><div class="sidebar-elems"><ul class="block">
<li><a id="all-types" href="all.html">All Items</a></li></ul><section id="rustdoc-toc"><h3><a href="#">Sections</a></h3><ul class="block top-toc">
${[rsH1, rsH2, rsH3, rsH4].map((t, i) => `<li><a href="#${rsSectionIds[i]}" title="${t}">${t}</a></li>`).join('\n')}</ul><h3><a
href="#modules">Crate Items</a></h3>
<ul class="block">${rsItems.map(([h]) => `<li><a href="#${h.toLowerCase()}" title="${h}">${h}</a></li>`).join('')}</ul></section><div id="rustdoc-modnav">
</div></div></nav>
<div class="sidebar-resizer" title="Drag to resize sidebar"></div><main><div class="width-limiter"><rustdoc-search></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><h1>Crate <span>tidemark</span><button id="copy-path"
title="Copy item path to clipboard">Copy item path</button></h1>
<rustdoc-toolbar></rustdoc-toolbar><span class="sub-heading"><a class="src" href="../src/tidemark/lib.rs.html#1-212">Source</a></span></div>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">${ps(rsIntro)}
${rsH(rsH1, rsSectionIds[0]!)}${ps(rsP1)}${rsPre(rsCode1)}
${rsH(rsH2, rsSectionIds[1]!)}${ps(rsP2.slice(0, 1))}${rsPre(rsCode2)}${ps(rsP2.slice(1))}
${rsH(rsH3, rsSectionIds[2]!)}${ps(rsP3)}
${rsH(rsH4, rsSectionIds[3]!)}<ul>${rsFlags.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(rsP4)}
</div></details>
${rsItems
  .map(
    ([h, items]) => `<h2 id="${h.toLowerCase()}" class="section-header">${h}<a href="#${h.toLowerCase()}" class="anchor">§</a></h2><dl class="item-table">
${items.map(([k, n, d]) => `<dt><a class="${k}" href="${k}.${n}.html" title="${k} tidemark::${n}">${n}</a></dt><dd>${d}</dd>`).join('\n')}</dl>`,
  )
  .join('\n')}
</section></div></main></div></body></html>`;
const docsRs: TestPage = {
  html: rsHtml,
  name: 'heldout108-docsrs-crate-docs',
  kind: 'docs',
  // the crate docs (with their "§" anchors) are the article; the item tables' section headers (Modules, Structs, Enums,
  // Traits) are headings, their one-line descriptions body and the item names (code) in neither list; code blocks are in
  // neither list; the sidebar's table of contents repeats the headings (left out); the docs.rs bar and its hidden menus,
  // the sidebar, "Copy item path", "Source" and "Expand description" are furniture
  title: rsTitle,
  headings: [rsH1, rsH2, rsH3, rsH4, ...rsItems.map(([h]) => h)],
  body: [...texts([...rsIntro, ...rsP1, ...rsP2, ...rsP3, ...rsFlags, ...rsP4]), ...rsItems.flatMap(([, items]) => items.map(([, , d]) => d))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs.rs', 'tidemark-0.7.2', 'tidemark 0.7.2', ...rsDetails, 'Links', 'of the crate is documented', 'Platform', 'x86_64-unknown-linux-gnu',
    'Rust', ...rsRustMenu, 'All Items', 'Sections', 'Crate Items', '0.7.2', 'Copy item path', 'Source', 'Expand description',
  ],
};

export const HELDOUT108_C: readonly TestPage[] = [docsRs, awsDocs];
