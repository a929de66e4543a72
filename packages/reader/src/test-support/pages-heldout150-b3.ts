import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file b3: a rustdoc struct page of an invented crate as docs.rs serves it (the docs.rs top bar with
 * the crate menu: permalink, licence, links, owners, dependencies, versions, documentation coverage; the platform and
 * feature-flag menus, "Find crate", the docs.rs and Rust menus; then rustdoc's mobile top bar, the sidebar with crate name,
 * version, sections, methods and implementation lists, the rendered search bar and toolbar, breadcrumbs, the h1 with its
 * "Copy item path" button, "Source" links, the collapsible top doc with an Examples section, method docs with Panics and
 * Errors sections, and the trait, auto-trait and blanket implementation blocks).
 */
const title = 'Struct Bucket';
const top = [
  'A token bucket shared between tasks.',
  'A bucket starts full and holds at most <code>capacity</code> tokens. Tokens flow back in at a steady rate, and each call that wants to do some ' +
    'work takes one or more of them first. When the bucket is empty, callers either give up at once with <a href="struct.Bucket.html#method.try_take" ' +
    'title="method tallow::Bucket::try_take"><code>try_take</code></a> or wait their turn with <a href="struct.Bucket.html#method.take" ' +
    'title="method tallow::Bucket::take"><code>take</code></a>.',
  'The bucket does not run a timer. It works out how many tokens have returned from the time that has passed whenever it is asked, so an idle ' +
    'bucket costs nothing.',
  'Time is read from the Tokio clock, which means tests that pause time with <code>tokio::time::pause</code> can advance it and see tokens ' +
    'return without sleeping. Outside a Tokio runtime the bucket falls back to the system monotonic clock.',
];
const hEx = 'Examples';
const ex = [
  'Limit outgoing calls to five a second, with bursts of up to ten:',
  'Buckets are cheap to clone. Clones share the same tokens, so hand one to each task rather than wrapping the bucket in an <code>Arc</code>. ' +
    'To give two services separate limits, create two buckets instead of cloning one.',
];
type Method = { id: string; header: string; docs: string[]; section?: [string, string] };
const methods: Method[] = [
  {
    id: 'new',
    header:
      'pub fn <a href="#method.new" class="fn">new</a>(capacity: ' +
      '<a class="primitive" href="https://doc.rust-lang.org/1.90.0/std/primitive.u32.html">u32</a>, ' +
      'refill_per_sec: <a class="primitive" href="https://doc.rust-lang.org/1.90.0/std/primitive.f64.html">f64</a>) -&gt; Self',
    docs: ['Creates a full bucket that holds up to <code>capacity</code> tokens and regains <code>refill_per_sec</code> tokens every second.'],
    section: ['Panics', 'Panics if <code>capacity</code> is zero or if <code>refill_per_sec</code> is not a positive, finite number.'],
  },
  {
    id: 'try_take',
    header:
      'pub fn <a href="#method.try_take" class="fn">try_take</a>(&amp;self, n: ' +
      '<a class="primitive" href="https://doc.rust-lang.org/1.90.0/std/primitive.u32.html">' +
      'u32</a>) -&gt; <a class="primitive" href="https://doc.rust-lang.org/1.90.0/std/primitive.bool.html">bool</a>',
    docs: ['Takes <code>n</code> tokens if they are all available right now, and returns whether it did. This never waits and never takes part of a request.'],
  },
  {
    id: 'take',
    header:
      'pub async fn <a href="#method.take" class="fn">take</a>(&amp;self, n: ' +
      '<a class="primitive" href="https://doc.rust-lang.org/1.90.0/std/primitive.u32.html">' +
      'u32</a>) -&gt; <a class="enum" href="https://doc.rust-lang.org/1.90.0/core/result/enum.Result.html">Result</a>&lt;(), <a class="struct" ' +
      'href="struct.TooLarge.html">TooLarge</a>&gt;',
    docs: [
      'Waits until <code>n</code> tokens are available, then takes them.',
      'Waiters are served in the order they arrived, so a large request cannot be starved by a steady stream of small ones. Dropping the future ' +
        'before it completes gives up the place in the queue without taking anything.',
    ],
    section: ['Errors', 'Returns <code>TooLarge</code> if <code>n</code> is greater than the capacity, because such a request could never be met.'],
  },
  {
    id: 'available',
    header:
      'pub fn <a href="#method.available" class="fn">available</a>(&amp;self) -&gt; <a class="primitive" ' +
      'href="https://doc.rust-lang.org/1.90.0/std/primitive.u32.html">u32</a>',
    docs: [
      'Returns the number of tokens that could be taken right now.',
      'Other tasks may take tokens between this call and the next, so use the result for metrics and logging, and use <code>try_take</code> to decide.',
    ],
  },
];
const plainOf = (s: string): string => s.replace(/<[^>]+>/g, '');
const anchor = (id: string): string => `<a class="doc-anchor" href="#${id}">§</a>`;
const src = (lines: string): string => `<a class="src rightside" href="../src/tallow/bucket.rs.html#${lines}">Source</a>`;
const method = (m: Method, i: number): string => `<details class="toggle method-toggle" open><summary><section id="method.${m.id}" class="method">
${src(`${60 + i * 24}-${70 + i * 24}`)}<h4 class="code-header">${m.header}</h4></section></summary><div class="docblock">${m.docs
  .map((p) => `<p>${p}</p>`)
  .join('\n')}${m.section ? `\n<h5 id="${m.section[0].toLowerCase()}">${anchor(m.section[0].toLowerCase())}${m.section[0]}</h5>\n<p>${m.section[1]}</p>` : ''}
</div></details>`;
const traitImpl = (trait: string, header: string, fns: [string, string][]): string => `<details class="toggle implementors-toggle" open><summary>
<section id="impl-${trait}-for-Bucket" class="impl">${src('36')}<a href="#impl-${trait}-for-Bucket" class="anchor">§</a><h3 class="code-header">${header}</h3>
</section></summary><div class="impl-items">${fns
  .map(
    ([f, d]) => `<details class="toggle method-toggle" open><summary><section id="method.${f}" class="method trait-impl">${src('36')}<a href="#method.${f}"
class="anchor">§</a><h4 class="code-header">fn <a href="https://doc.rust-lang.org/1.90.0/core/${trait.toLowerCase()}/trait.${trait}.html#tymethod.${f}"
class="fn">${f}</a>(&amp;self) -&gt; Self</h4></section></summary><div class="docblock">${d} <a href="https://doc.rust-lang.org/1.90.0/core/">Read more</a>
</div></details>`,
  )
  .join('\n')}</div></details>`;
const simpleImpl = (id: string, header: string): string => `<section id="impl-${id}-for-Bucket" class="impl"><a href="#impl-${id}-for-Bucket"
class="anchor">§</a><h3 class="code-header">${header}</h3></section>`;
const autoTraits = ['Freeze', 'RefUnwindSafe', 'Send', 'Sync', 'Unpin', 'UnwindSafe'];
const blanket = ['Any', 'Borrow&lt;T&gt;', 'BorrowMut&lt;T&gt;', 'From&lt;T&gt;', 'Into&lt;U&gt;', 'TryFrom&lt;U&gt;', 'TryInto&lt;U&gt;'];
const rustLinks = ['Rust website', 'The Book', 'Standard Library API Reference', 'Rust by Example', 'The Cargo Guide', 'Clippy Documentation'];
const platforms = ['aarch64-apple-darwin', 'i686-pc-windows-msvc', 'x86_64-pc-windows-msvc', 'x86_64-unknown-linux-gnu'];
const deps = ['parking_lot ^0.12', 'tokio ^1.38', 'tokio ^1.38 (dev)'];
const menu = (items: string[]): string => items.map((t) => `<li class="pure-menu-item"><a class="pure-menu-link" href="#">${t}</a></li>`).join('\n');
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="rustdoc"><meta name="description" content="A token bucket shared between tasks.">
<title>Bucket in tallow - Rust</title>
<script>if(window.location.protocol!=="file:")document.head.insertAdjacentHTML("beforeend","SourceSerif4-Regular-6b053e98.ttf.woff2")</script>
<link rel="stylesheet" href="/-/rustdoc.static/normalize-9960930a.css"><link rel="stylesheet" href="/-/rustdoc.static/rustdoc-aa0817cf.css">
<meta name="rustdoc-vars" data-root-path="../" data-static-root-path="/-/rustdoc.static/" data-current-crate="tallow" data-themes=""
data-resource-suffix="-20250918-1.90.0-nightly-1ed3f1d1e"
data-rustdoc-version="1.90.0-nightly (1ed3f1d1e 2025-09-17)" data-channel="nightly" data-search-js="search-f7877310.js" data-settings-js="settings-5514c975.js">
<script src="/-/rustdoc.static/storage-4e99c027.js"></script><script defer src="sidebar-items.js"></script><script defer
src="/-/rustdoc.static/main-fd3af306.js"></script>
<noscript><link rel="stylesheet" href="/-/rustdoc.static/noscript-32bb7600.css"></noscript>
<link rel="canonical" href="https://docs.rs/tallow/latest/tallow/struct.Bucket.html">
<link rel="stylesheet" href="/-/static/vendored.css?0-20-0-dd3ba9b1-2025-10-02" media="all"><link rel="stylesheet"
href="/-/static/rustdoc-2025-08-20.css?0-20-0-dd3ba9b1-2025-10-02" media="all">
<link rel="search" href="/-/static/opensearch.xml" type="application/opensearchdescription+xml" title="Docs.rs">
<script type="text/javascript">(function(){function applyTheme(theme){if(theme){document.documentElement.dataset.docsRsTheme=theme;}}
window.addEventListener("storage",ev=>{if(ev.key==="rustdoc-theme"){applyTheme(ev.newValue);}});
applyTheme(window.localStorage.getItem("rustdoc-theme"));})();</script>
</head><body class="rustdoc-page">
<div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal" role="navigation" aria-label="Main navigation">
<form action="/releases/search" method="GET" id="nav-search-form" class="landing-search-form-nav">
<a href="/" class="pure-menu-heading pure-menu-link docsrs-logo" aria-label="Docs.rs"><span title="Docs.rs"><span class="fa fa-solid fa-cubes"
aria-hidden="true">
</span></span><span class="title">Docs.rs</span></a>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link crate-name"
title="Token-bucket rate limiting for async services"><span class="fa fa-solid fa-cube" aria-hidden="true"></span><span class="title">tallow-0.9.3</span></a>
<div class="pure-menu-children package-details-menu"><ul class="pure-menu-list menu-item-divided">
<li class="pure-menu-heading" id="crate-title">tallow 0.9.3<span id="clipboard" class="svg-clipboard"
title="Copy crate name and version information"></span></li>
<li class="pure-menu-item"><a href="/crate/tallow/0.9.3" class="pure-menu-link description" id="permalink" title="Get a link to this specific version">
<span class="fa fa-solid fa-link" aria-hidden="true"></span> Permalink</a></li>
<li class="pure-menu-item"><a href="/crate/tallow/latest" class="pure-menu-link description" title="See tallow in docs.rs"><span class="fa fa-solid fa-cube"
aria-hidden="true"></span> Docs.rs crate page</a></li>
<li class="pure-menu-item"><span class="pure-menu-link description"><span class="fa fa-solid fa-scale-unbalanced-flip" aria-hidden="true"></span>
MIT OR Apache-2.0</span></li></ul>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Links</li>
${menu(['Homepage', 'Repository', 'crates.io', 'Source'])}</ul></div>
<div class="pure-u-1-2"><ul class="pure-menu-list" id="topbar-owners"><li
class="pure-menu-heading">Owners</li>${menu(['hollis-b', 'ferngate-labs'])}</ul></div></div>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Dependencies</li>
<li class="pure-menu-item"><div class="pure-menu pure-menu-scrollable sub-menu" tabindex="-1"><ul class="pure-menu-list">
${deps
  .map((d) => {
    const kind = d.includes('dev') ? 'dev' : 'normal';
    return `<li class="pure-menu-item"><a href="/${d.split(' ')[0]}/" class="pure-menu-link">${d.replace(' (dev)', '')} <i
class="dependencies ${kind}">${kind}</i></a></li>`;
  })
  .join('\n')}
</ul></div></li></ul></div>
<div class="pure-u-1-2"><ul class="pure-menu-list"><li class="pure-menu-heading">Versions</li><li class="pure-menu-item"><div
class="pure-menu pure-menu-scrollable
sub-menu" id="releases-list" tabindex="-1"><ul class="pure-menu-list">${menu(['0.9.3', '0.9.2', '0.9.1', '0.8.0'])}</ul></div></li></ul></div></div>
<div class="pure-g"><div class="pure-u-1"><ul class="pure-menu-list"><li><a href="/crate/tallow/latest" class="pure-menu-link"><b>100%</b>
of the crate is documented</a></li></ul></div></div></div></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Platform"><span class="fa fa-solid fa-gears"></span>
<span class="title">Platform</span></a><ul class="pure-menu-children" id="platforms">${menu(platforms)}</ul></li>
<li class="pure-menu-item"><a href="/crate/tallow/latest/features" title="Browse available feature flags of tallow-0.9.3" class="pure-menu-link">
<span class="fa fa-solid fa-flag"></span><span class="title">Feature flags</span></a></li></ul>
<div id="search-input-nav"><label for="nav-search"><span class="fa fa-solid fa-magnifying-glass"></span></label><input id="nav-search" name="query" type="text"
aria-label="Find crate by search query" tabindex="-1" placeholder="Find crate"></div></form>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link"><span class="fa fa-solid fa-circle-info"></span>
<span class="title">docs.rs</span></a><ul class="pure-menu-children">${menu(['About docs.rs', 'Privacy policy'])}</ul></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link"><span class="fa fa-brands fa-rust"></span><span
class="title">Rust</span></a>
<ul class="pure-menu-children">${menu(rustLinks)}</ul></li></ul></div></div></div>
<div class="rustdoc struct container-rustdoc" id="rustdoc_body_wrapper" tabindex="-1">
<!--[if lte IE 11]><div class="warning">This old browser is unsupported and will most likely display funky things.</div><![endif]-->
<nav class="mobile-topbar"><button class="sidebar-menu-toggle" title="show sidebar"></button></nav>
<nav class="sidebar"><div class="sidebar-crate"><h2><a href="../tallow/index.html">tallow</a><span class="version">0.9.3</span></h2></div>
<div class="sidebar-elems"><section id="rustdoc-toc"><h2 class="location"><a href="#">Bucket</a></h2><h3><a href="#">Sections</a></h3>
<ul class="block top-toc"><li><a href="#examples" title="Examples">Examples</a></li></ul>
<h3><a href="#implementations">Methods</a></h3><ul
class="block method">${methods.map((m) => `<li><a href="#method.${m.id}" title="${m.id}">${m.id}</a></li>`).join('')}</ul>
<h3><a href="#trait-implementations">Trait Implementations</a></h3><ul class="block trait-implementation"><li><a href="#impl-Clone-for-Bucket"
title="Clone">Clone</a></li><li><a href="#impl-Debug-for-Bucket" title="Debug">Debug</a></li></ul>
<h3><a href="#synthetic-implementations">Auto Trait Implementations</a></h3><ul class="block synthetic-implementation">${autoTraits
  .map((t) => `<li><a href="#impl-${t}-for-Bucket">${t}</a></li>`)
  .join('')}</ul>
<h3><a href="#blanket-implementations">Blanket Implementations</a></h3><ul class="block blanket-implementation">${blanket
  .map((t) => `<li><a href="#impl-${t.replace(/&lt;.*/, '')}-for-T">${t}</a></li>`)
  .join('')}</ul></section>
<div id="rustdoc-modnav"><h2><a href="index.html">In crate tallow</a></h2></div></div></nav><div class="sidebar-resizer"></div>
<main><div class="width-limiter"><rustdoc-search><nav class="sub"><form class="search-form"><span></span><div id="sidebar-button" tabindex="-1">
<a href="../tallow/all.html" title="show sidebar"></a></div><input class="search-input" name="search" aria-label="Run search in the documentation"
autocomplete="off" spellcheck="false" placeholder="Type ‘S’ or ‘/’ to search, ‘?’ for more options…" type="search"></form></nav></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><div class="rustdoc-breadcrumbs"><a href="index.html">tallow</a></div>
<h1>Struct <span class="struct">Bucket</span><button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1>
<rustdoc-toolbar><div id="settings-menu" tabindex="-1"><a href="../settings.html"><span class="label">Settings</span></a></div><div id="help-button"
tabindex="-1"><a href="../help.html"><span class="label">Help</span></a></div><button id="toggle-all-docs" title="Collapse all docs"><span
class="label">Summary</span></button></rustdoc-toolbar><span class="sub-heading"><a class="src"
href="../src/tallow/bucket.rs.html#38-44">Source</a> </span></div>
<pre class="rust item-decl"><code>pub struct Bucket { <span class="comment">/* private fields */</span> }</code></pre>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">${top
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<h2 id="examples">${anchor('examples')}${hEx}</h2>
<p>${ex[0]}</p>
<div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">use </span>tallow::Bucket;

<span class="kw">let </span>bucket = Bucket::new(<span class="number">10</span>, <span class="number">5.0</span>);
<span class="kw">for </span>url <span class="kw">in </span>urls {
    bucket.take(<span class="number">1</span>).<span class="kw">await</span>.unwrap();
    fetch(url).<span class="kw">await</span><span class="question-mark">?</span>;
}</code></pre></div>
<p>${ex[1]}</p></div></details>
<h2 id="implementations" class="section-header">Implementations<a href="#implementations" class="anchor">§</a></h2>
<div id="implementations-list"><details class="toggle implementors-toggle" open><summary><section id="impl-Bucket" class="impl">${src('46')}
<a href="#impl-Bucket" class="anchor">§</a><h3 class="code-header">impl <a class="struct" href="struct.Bucket.html"
title="struct tallow::Bucket">Bucket</a></h3>
</section></summary><div class="impl-items">
${methods.map(method).join('\n')}
</div></details></div>
<h2 id="trait-implementations" class="section-header">Trait Implementations<a href="#trait-implementations" class="anchor">§</a></h2>
<div id="trait-implementations-list">
${traitImpl('Clone', 'impl <a class="trait" href="https://doc.rust-lang.org/1.90.0/core/clone/trait.Clone.html">Clone</a> for Bucket', [
  ['clone', 'Returns a duplicate of the value.'],
])}
${traitImpl('Debug', 'impl <a class="trait" href="https://doc.rust-lang.org/1.90.0/core/fmt/trait.Debug.html">Debug</a> for Bucket', [
  ['fmt', 'Formats the value using the given formatter.'],
])}
</div>
<h2 id="synthetic-implementations" class="section-header">Auto Trait Implementations<a href="#synthetic-implementations" class="anchor">§</a></h2>
<div id="synthetic-implementations-list">${autoTraits.map((t) => simpleImpl(t, `impl ${t} for Bucket`)).join('\n')}</div>
<h2 id="blanket-implementations" class="section-header">Blanket Implementations<a href="#blanket-implementations" class="anchor">§</a></h2>
<div id="blanket-implementations-list">${blanket.map((t) => simpleImpl(t.replace(/&lt;.*/, ''), `impl&lt;T&gt; ${t} for T`)).join('\n')}</div>
</section></div></main></div>
<script type="text/javascript" nonce="Yk9a2c" src="/-/static/menu.js?0-20-0-dd3ba9b1-2025-10-02"></script>
<script type="text/javascript" nonce="Yk9a2c" src="/-/static/index.js?0-20-0-dd3ba9b1-2025-10-02"></script>
</body></html>`;

export const rustdocPage: TestPage = {
  html,
  name: 'heldout150-docsrs-rustdoc-docs',
  kind: 'docs',
  // the item's own docs (top doc, method docs with their h5 sections) are body and headings; code headers, the item
  // declaration, the docs of the trait implementations (copied from the standard library) and "Read more" are in neither
  // list; sidebar entries that repeat headings or code (method, trait and auto-trait names) are left out of the furniture
  title,
  headings: [hEx, 'Implementations', 'Panics', 'Errors', 'Trait Implementations', 'Auto Trait Implementations', 'Blanket Implementations'],
  body: [...top, ...ex, ...methods.flatMap((m) => [...m.docs, ...(m.section ? [m.section[1]] : [])])].map(plainOf),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs.rs', 'tallow-0.9.3', 'tallow 0.9.3', 'Permalink', 'Docs.rs crate page', 'MIT OR Apache-2.0', 'Links', 'Homepage', 'Repository', 'crates.io',
    'Source', 'Owners', 'hollis-b', 'ferngate-labs', 'Dependencies', 'parking_lot ^0.12 normal', 'tokio ^1.38 normal', 'tokio ^1.38 dev', 'Versions',
    '0.9.2', '0.9.1', '0.8.0', '100% of the crate is documented', 'Platform', ...platforms, 'Feature flags', 'docs.rs', 'About docs.rs', 'Privacy policy',
    'Rust', ...rustLinks, 'tallow', '0.9.3', 'Sections', 'Methods', 'In crate tallow', 'Copy item path', 'Settings', 'Help', 'Summary', 'Expand description',
  ],
};
