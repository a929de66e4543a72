import { type TestPage, texts } from './page-kit.js';
import { rdAuto, rdBlanket, rdMethods, rdSideBlanket, rdStd } from './pages-heldout53-a3.js';

/**
 * Held-out batch 53, file a2: a docs.rs page of a struct in a (made-up) crate, rustdoc of 2025 inside the docs.rs top bar
 * (the crate menu with description, permalink, licence, links, owners, dependencies, versions, the Platform, Feature flags and
 * Rust menus), the rustdoc sidebar (crate and version, sections, methods, trait impls, module items), the breadcrumbs, "Copy
 * item path", the rendered search form and toolbar, "Source" links, the item declaration, the collapsible top doc with an
 * example, a jitter section and a warning box, the inherent methods with their docs, the trait, auto-trait and blanket impls with
 * the standard library's one-line blurbs and "Read more" links).
 */
const rdTop = [
  'A policy that decides whether a failed operation should be tried again, and how long to wait before the next attempt.',
  'A <code>RetryPolicy</code> is cheap to clone and holds no state of its own: the number of attempts made so far is passed in by ' +
    'the caller each time. One policy can therefore be shared between many tasks without a lock.',
  'Delays grow exponentially from the base delay, doubling after each failed attempt until they reach the cap set with ' +
    '<a href="struct.RetryPolicy.html#method.max_delay" title="method ebbflow::policy::RetryPolicy::max_delay"><code>RetryPolicy::max_delay</code></a>.',
];
const rdEx = 'Policies are usually built once and kept next to the client that uses them:';
const rdJitter = [
  'When many clients fail at the same moment, identical delays make them all come back at the same moment too. Turn on jitter ' +
    'with <a href="struct.RetryPolicy.html#method.jitter"><code>RetryPolicy::jitter</code></a> to spread them out: ' +
    '<a href="enum.Jitter.html#variant.Full"><code>Jitter::Full</code></a> picks each delay uniformly between zero and the computed ' +
    'value, while <a href="enum.Jitter.html#variant.Equal"><code>Jitter::Equal</code></a> always keeps at least half of it.',
];
const rdWarn =
  'Retrying is only safe for operations that are idempotent. Wrapping a request that is not, such as a payment, in a policy can ' + 'make it happen twice.';
const rdRetry =
  'Runs <code>op</code> until it succeeds or the policy gives up, sleeping between attempts on the current Tokio runtime. The ' +
  'error of the last attempt is returned.';
const rdPanics = 'Panics if <code>max_attempts</code> is zero.';
const rdDefaultDoc = 'The default policy: five attempts, a 100 ms base delay, a ten-second cap and no jitter.';
const rdDeps = ['futures-core ^0.3.30', 'pin-project-lite ^0.2.14', 'rand ^0.8.5', 'tokio ^1.38'];
const rdRust = ['Rust website', 'The Book', 'Standard Library API Reference', 'Rust by Example', 'The Cargo Guide', 'Clippy Documentation'];
const li = (t: string, href = '#'): string => `<li class="pure-menu-item"><a href="${href}" class="pure-menu-link">${t}</a></li>`;
const doc = (t: string, more = false): string =>
  `<div class="docblock"><p>${t}${
    more ? ' <a href="https://doc.rust-lang.org/nightly/core/clone/trait.Clone.html#tymethod.clone">Read ' + 'more</a>' : ''
  }</p></div>`;
const method = (id: string, sig: string, body: string, extra = ''): string =>
  `<details class="toggle method-toggle" open><summary><section id="method.${id}" class="method">
<a class="src rightside" href="../../src/ebbflow/policy.rs.html#80">Source</a>` +
  `<h4 class="code-header">${sig}</h4></section></summary>${extra}${body}</details>`;
const rdHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="rustdoc">
<meta name="description" content="A policy that decides whether a failed operation should be tried again, and how long to wait before the next attempt.">
<title>RetryPolicy in ebbflow::policy - Rust</title>
<script>if(window.location.protocol!=="file:")document.head.insertAdjacentHTML("beforeend",
"SourceSerif4-Regular-6b053e98.ttf.woff2,FiraSans-Italic-81dc35de.woff2")</script>
<link rel="stylesheet" href="/-/rustdoc.static/normalize-9960930a.css"><link rel="stylesheet" href="/-/rustdoc.static/rustdoc-84e720fa.css">
<meta name="rustdoc-vars" data-root-path="../../" data-static-root-path="/-/rustdoc.static/" data-current-crate="ebbflow" data-themes=""
data-resource-suffix="-20251030-1.93.0-nightly-0a5f4c1e2" data-rustdoc-version="1.93.0-nightly (0a5f4c1e2 2025-10-29)" data-channel="nightly"
data-search-js="search-f7877310.js" data-stringdex-js="stringdex-828709d0.js" data-settings-js="settings-5514c975.js">
<script src="/-/rustdoc.static/storage-4e99c027.js"></script><script defer src="sidebar-items.js"></script>
<script defer src="/-/rustdoc.static/main-ce535bd0.js"></script>
<noscript><link rel="stylesheet" href="/-/rustdoc.static/noscript-f7c3ffd8.css"></noscript>
<link rel="stylesheet" href="/-/static/vendored.css?0-1-0-4f2a1b7e-2025-10-30" media="all" />
<link rel="stylesheet" href="/-/static/rustdoc-2025-08-20.css?0-1-0-4f2a1b7e-2025-10-30" media="all" />
<link rel="search" href="/-/static/opensearch.xml" type="application/opensearchdescription+xml" title="Docs.rs" />
<script type="text/javascript">(function() { function applyTheme(theme) { if (theme) { document.documentElement.dataset.docsRsTheme = theme; } }
window.addEventListener("storage", ev => { if (ev.key === "rustdoc-theme") { applyTheme(ev.newValue); } });
try { applyTheme(window.localStorage.getItem("rustdoc-theme")); } catch (ex) {} })();</script></head>
<body class="rustdoc-page">
<div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal" role="navigation" aria-label="Main navigation">
<form action="/releases/search" method="GET" id="nav-search-form" class="landing-search-form-nav  ">
<a href="/" class="pure-menu-heading pure-menu-link docsrs-logo" aria-label="Docs.rs"><span title="Docs.rs">
<span class="fa fa-solid fa-cubes " aria-hidden="true"></span></span><span class="title">Docs.rs</span></a>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children">
<a href="#" class="pure-menu-link crate-name" title="Retry, backoff and circuit-breaking policies for async Rust">
<span class="fa fa-solid fa-cube " aria-hidden="true"></span><span class="title">ebbflow-0.9.3</span></a>
<div class="pure-menu-children package-details-menu"><ul class="pure-menu-list menu-item-divided">
<li class="pure-menu-heading" id="crate-title">ebbflow 0.9.3<span id="clipboard" class="fa fa-regular fa-copy" aria-label="Copy crate name and
version information"></span></li>
<li class="pure-menu-item"><a href="/crate/ebbflow/0.9.3" class="pure-menu-link description" title="Retry, backoff and circuit-breaking policies for
async Rust"><span class="fa fa-solid fa-cube " aria-hidden="true"></span> Docs.rs crate page</a></li>
<li class="pure-menu-item"><a href="/ebbflow/0.9.3/ebbflow/policy/struct.RetryPolicy.html" class="pure-menu-link" title="Get a link to this specific
version"><span class="fa fa-solid fa-link " aria-hidden="true"></span> Permalink</a></li>
<li class="pure-menu-item"><span class="pure-menu-link description"><span class="fa fa-solid fa-scale-unbalanced-flip " aria-hidden="true"></span>
<a href="https://spdx.org/licenses/MIT" class="pure-menu-sublink">MIT</a> OR <a href="https://spdx.org/licenses/Apache-2.0"
class="pure-menu-sublink">Apache-2.0</a></span></li></ul>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Links</li>
${li('Repository', 'https://github.com/ebbflow-rs/ebbflow')}${li('crates.io', 'https://crates.io/crates/ebbflow')}
${li('Source', '/crate/ebbflow/0.9.3/source/')}</ul></div>
<div class="pure-u-1-2"><ul class="pure-menu-list" id="topbar-owners"><li class="pure-menu-heading">Owners</li>
<li class="pure-menu-item"><a href="https://crates.io/users/okonkwo-m" class="pure-menu-link"><span class="fa fa-solid fa-user " aria-hidden="true">
</span> okonkwo-m</a></li>
<li class="pure-menu-item"><a href="https://crates.io/teams/github:ebbflow-rs:maintainers" class="pure-menu-link">
<span class="fa fa-solid fa-users " aria-hidden="true"></span> github:ebbflow-rs:maintainers</a></li></ul></div></div>
<div class="pure-g menu-item-divided"><div class="pure-u-1-2 right-border"><ul class="pure-menu-list"><li class="pure-menu-heading">Dependencies</li>
<li class="pure-menu-item"><div class="pure-menu pure-menu-scrollable sub-menu" tabindex="-1"><ul class="pure-menu-list">
${rdDeps
  .map(
    (d) => `<li class="pure-menu-item">
<a href="/${d.split(' ')[0]}/${d.split(' ')[1]}/" class="pure-menu-link">${d} <i class="dependencies normal">normal</i>${
      d.startsWith('tokio') ? ' ' + '<i>optional</i>' : ''
    }</a></li>`,
  )
  .join('\n')}
</ul></div></li></ul></div>
<div class="pure-u-1-2"><ul class="pure-menu-list menu-item-divided"><li class="pure-menu-heading">Versions</li>
<li class="pure-menu-item"><div class="pure-menu pure-menu-scrollable sub-menu" id="releases-list" tabindex="-1"
data-url="/crate/ebbflow/latest/menus/releases/ebbflow/policy/struct.RetryPolicy.html">
<span class="rotate"><span class="fa fa-solid fa-spinner " aria-hidden="true"></span></span></div></li></ul>
<a href="/crate/ebbflow/0.9.3" class="pure-menu-link"><b>97.37%</b> of the crate is documented</a></div></div></div></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link" aria-label="Platform">Platform</a>
<ul class="pure-menu-children" id="platforms">
${li('i686-pc-windows-msvc')}${li('x86_64-apple-darwin')}${li('x86_64-unknown-linux-gnu')}</ul></li>
<li class="pure-menu-item"><a href="/crate/ebbflow/0.9.3/features" title="Browse available feature flags of ebbflow-0.9.3" class="pure-menu-link">
<span class="fa fa-solid fa-flag " aria-hidden="true"></span><span class="title">Feature flags</span></a></li></ul>
<div class="spacer"></div><ul class="pure-menu-list" style="float:right"><li class="pure-menu-item pure-menu-has-children">
<a href="#" class="pure-menu-link">Rust</a>
<ul class="pure-menu-children">${rdRust.map((t) => li(t, 'https://doc.rust-lang.org/')).join('')}</ul></li></ul>
<div id="search-input-nav"><label for="nav-search"><span class="fa fa-solid fa-magnifying-glass " aria-hidden="true"></span></label>
<input id="nav-search" name="query" type="text" aria-label="Find crate by search query" tabindex="-1" placeholder="Find crate"></div></form></div></div></div>
<div class="rustdoc struct"><!--[if lte IE 11]><div class="warning">This old browser is unsupported and will most likely display funky things.</div><![endif]-->
<nav class="mobile-topbar"><button class="sidebar-menu-toggle" title="show sidebar"></button></nav>
<nav class="sidebar"><div class="sidebar-crate"><h2><a href="../../ebbflow/index.html">ebbflow</a><span class="version">0.9.3</span></h2></div>
<div class="sidebar-elems"><section id="rustdoc-toc"><h2 class="location"><a href="#">Retry<wbr>Policy</a></h2>
<h3><a href="#">Sections</a></h3><ul class="block top-toc"><li><a href="#examples" title="Examples">Examples</a></li><li>
<a href="#jitter" title="Jitter">Jitter</a></li></ul>
<h3><a href="#implementations">Methods</a></h3>
<ul class="block method">${['base_delay', 'delay_for', 'jitter', 'max_delay', 'new', 'retry']
  .map(
    (m) => `<li>
<a href="#method.${m}" title="${m}">${m}</a></li>`,
  )
  .join('')}</ul>
<h3><a href="#trait-implementations">Trait Implementations</a></h3>
<ul class="block trait-implementation">${['Clone', 'Debug', 'Default', 'Eq', 'PartialEq', 'StructuralPartialEq']
  .map(
    (t) => `<li>
<a href="#impl-${t}-for-RetryPolicy">${t}</a></li>`,
  )
  .join('')}</ul>
<h3><a href="#synthetic-implementations">Auto Trait Implementations</a></h3><ul class="block synthetic-implementation">${rdAuto
  .map(
    (t) => `<li>
<a href="#impl-${t}-for-RetryPolicy">${t}</a></li>`,
  )
  .join('')}</ul>
<h3><a href="#blanket-implementations">Blanket Implementations</a></h3><ul class="block blanket-implementation">${rdSideBlanket
  .map(
    (t) => `<li>
<a href="#impl-${t}">${t}</a></li>`,
  )
  .join('')}</ul></section>
<div id="rustdoc-modnav"><h2><a href="index.html">In ebbflow::<wbr>policy</a></h2><h3><a href="index.html#structs">Structs</a></h3>
<ul class="block struct"><li><a href="struct.Attempt.html">Attempt</a></li><li><a href="struct.CircuitBreaker.html">Circuit<wbr>Breaker</a></li><li>
<a class="current" href="struct.RetryPolicy.html">Retry<wbr>Policy</a></li></ul>
<h3><a href="index.html#enums">Enums</a></h3><ul class="block enum"><li><a href="enum.Jitter.html">Jitter</a></li></ul></div></div></nav>
<div class="sidebar-resizer" title="Drag to resize sidebar"></div>
<main><div class="width-limiter"><rustdoc-search><form class="search-form"><span></span><div id="sidebar-button" tabindex="-1">
<a href="../../ebbflow/all.html" title="show sidebar"></a></div>
<input class="search-input" name="search" aria-label="Run search in the documentation" autocomplete="off" spellcheck="false" placeholder="Type ‘S’ or
‘/’ to search, ‘?’ for more options…" type="search"></form></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><div class="rustdoc-breadcrumbs"><a href="../index.html">ebbflow</a>::<wbr>
<a href="index.html">policy</a></div>
<h1>Struct <span class="struct">Retry<wbr>Policy</span>&nbsp;<button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1>
<rustdoc-toolbar><div id="settings-menu" tabindex="-1"><a href="../../settings.html"><span class="label">Settings</span></a></div>
<div id="help-button" tabindex="-1"><a href="../../help.html"><span class="label">Help</span></a></div>
<button id="toggle-all-docs" title="Collapse sections (shift-click to also collapse impl blocks)"><span class="label">Summary</span></button></rustdoc-toolbar>
<span class="sub-heading"><a class="src" href="../../src/ebbflow/policy.rs.html#61-68">Source</a> </span></div>
<pre class="rust item-decl"><code>pub struct RetryPolicy { <span class="comment">/* private fields */</span> }</code></pre>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">
${rdTop.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="examples"><a class="doc-anchor" href="#examples">§</a>Examples</h2>
<div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">use </span>ebbflow::policy::{Jitter, RetryPolicy};
<span class="kw">use </span>std::time::Duration;

<span class="kw">let </span>policy = RetryPolicy::new(<span class="number">4</span>)
    .base_delay(Duration::from_millis(<span class="number">250</span>))
    .max_delay(Duration::from_secs(<span class="number">5</span>))
    .jitter(Jitter::Full);

<span class="macro">assert!</span>(policy.delay_for(<span class="number">1</span>).is_some());
<span class="macro">assert_eq!</span>(policy.delay_for(<span class="number">4</span>), <span class="prelude-val">None</span>);</code></pre></div>
<p>${rdEx}</p>
<div class="example-wrap ignore"><a href="#" class="tooltip" title="This example is not tested">ⓘ</a><pre class="rust rust-example-rendered
ignore"><code><span class="kw">struct </span>Api { http: Client, policy: RetryPolicy }

<span class="kw">impl </span>Api {
    <span class="kw">async fn </span>health(<span class="kw-2">&amp;</span><span class="self">self</span>) -&gt; <span
class="prelude-ty">Result</span>&lt;Status, Error&gt; {
        <span class="self">self</span>.policy.retry(|| <span class="self">self</span>.http.get(<span class="string">"/health"</span>)).<span class="kw">await
    </span>}
}</code></pre></div>
<h2 id="jitter"><a class="doc-anchor" href="#jitter">§</a>Jitter</h2>
<p>${rdJitter[0]}</p>
<div class="warning"><p>${rdWarn}</p></div></div></details>
<h2 id="implementations" class="section-header">Implementations<a href="#implementations" class="anchor">§</a></h2>
<div id="implementations-list"><details class="toggle implementors-toggle" open><summary><section id="impl-RetryPolicy" class="impl">
<a class="src rightside" href="../../src/ebbflow/policy.rs.html#70-142">Source</a><a href="#impl-RetryPolicy" class="anchor">§</a>
<h3 class="code-header">impl <a class="struct" href="struct.RetryPolicy.html" title="struct ebbflow::policy::RetryPolicy">RetryPolicy</a></h3>
</section></summary>
<div class="impl-items">
${method(
  'new',
  rdMethods[0]![1],
  doc(rdMethods[0]![2][0]!) +
    `<div class="docblock"><h5 id="panics">
<a class="doc-anchor" href="#panics">§</a>Panics</h5><p>${rdPanics}</p></div>`,
)}
${rdMethods
  .slice(1)
  .map(([id, sig, d]) => method(id, sig, doc(d[0]!)))
  .join('\n')}
${method(
  'retry',
  'pub async fn <a href="#method.retry" class="fn">retry</a>&lt;F, Fut, T, E&gt;(&amp;self, op: F) -&gt; <a class="enum" ' +
    'href="https://doc.rust-lang.org/nightly/core/result/enum.Result.html">Result</a>&lt;T, E&gt;<div class="where">where F: FnMut() -&gt; Fut, Fut: ' +
    'Future&lt;Output = Result&lt;T, E&gt;&gt;,</div>',
  doc(rdRetry),
  '<span class="item-info"><div class="stab portability">Available on <strong>crate feature <code>tokio</code></strong> only.</div></span>',
)}
</div></details></div>
<h2 id="trait-implementations" class="section-header">Trait Implementations<a href="#trait-implementations" class="anchor">§</a></h2>
<div id="trait-implementations-list">
${rdStd
  .map(([id, head, m]) => {
    const [sig, blurb] = m.split('|');
    const own = id.includes('Default') ? `<div class="docblock"><p>${rdDefaultDoc}</p></div>` : '';
    const items =
      m === ''
        ? ''
        : `<div class="impl-items"><details class="toggle method-toggle" open><summary><section class="method trait-impl">
<a class="src rightside" href="#">Source</a><h4 class="code-header">${sig}</h4></section></summary>${doc(blurb!, true)}</details></div>`;
    return `<details class="toggle implementors-toggle" open><summary><section id="${id}" class="impl">
<a class="src rightside" href="../../src/ebbflow/policy.rs.html#60">Source</a>\n<a href="#${id}" class="anchor">§</a>
<h3 class="code-header">${head}</h3></section></summary>${own}${items}</details>`;
  })
  .join('\n')}
</div>
<h2 id="synthetic-implementations" class="section-header">Auto Trait Implementations<a href="#synthetic-implementations" class="anchor">§</a></h2>
<div id="synthetic-implementations-list">${rdAuto
  .map(
    (t) => `<section id="impl-${t}-for-RetryPolicy" class="impl">
<h3 class="code-header">impl ${t} for RetryPolicy</h3></section>`,
  )
  .join('\n')}</div>
<h2 id="blanket-implementations" class="section-header">Blanket Implementations<a href="#blanket-implementations" class="anchor">§</a></h2>
<div id="blanket-implementations-list">
${rdBlanket
  .map(([head, m]) => {
    const [sig, blurb] = m.split('|');
    return `<details class="toggle implementors-toggle"><summary><section class="impl">
<a class="src rightside" href="https://doc.rust-lang.org/nightly/src/core/any.rs.html#138">Source</a><h3 class="code-header">${head}</h3></section>
</summary>\n<div class="impl-items"><details class="toggle method-toggle" open><summary><section class="method trait-impl">
<h4 class="code-header">${sig}</h4></section></summary>${doc(blurb!, !blurb!.startsWith('Returns the arg'))}</details></div></details>`;
  })
  .join('\n')}
</div></section></div></main></div></body></html>`;
export const docsRsItem: TestPage = {
  html: rdHtml,
  name: 'heldout53-docs-rs',
  kind: 'docs',
  // the crate author's docs are body: the top doc's paragraphs, the sentence before the second example, the jitter paragraph and
  // the warning box (it has no label word), each method's doc, the "Panics" line and the doc the crate wrote on its Default impl;
  // headings are the doc's own "Examples", "Jitter", "Panics" and the page's "Implementations" and "Trait Implementations". The
  // declaration, code headers (method and impl signatures) and examples are code, in neither list; "Struct" with the name is the
  // title. Furniture: the docs.rs bar and its menus, the sidebar, breadcrumbs, "Copy item path", toolbar, "Source" links, "Expand
  // description", the feature badge ("Available on crate feature tokio only.", generated from a cfg), the standard library's
  // one-line blurbs with "Read more", and the "Auto Trait Implementations" and "Blanket Implementations" sections (their headings
  // with them: nothing in them is written by the crate). The crate's owners in the crate menu are its author lines (bylines).
  // Sidebar names that are also body or heading words (new, jitter, retry, base_delay, Clone, Default, Attempt...) are left out
  title: 'Struct RetryPolicy',
  headings: ['Examples', 'Jitter', 'Implementations', 'Panics', 'Trait Implementations'],
  body: [
    ...texts(rdTop),
    rdEx,
    ...texts(rdJitter),
    rdWarn,
    ...texts(rdMethods[0]![2]),
    ...texts([rdPanics]),
    ...rdMethods.slice(1).flatMap((m) => texts(m[2])),
    ...texts([rdRetry]),
    rdDefaultDoc,
  ],
  bylines: ['okonkwo-m', 'github:ebbflow-rs:maintainers'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs.rs', 'ebbflow-0.9.3', 'ebbflow 0.9.3', 'Docs.rs crate page', 'Permalink', 'MIT', 'Apache-2.0', 'Links', 'Repository', 'crates.io', 'Source',
    'Owners', 'Dependencies', ...rdDeps, 'optional', 'Versions', '97.37% of the crate is documented', 'Platform', 'i686-pc-windows-msvc',
    'x86_64-apple-darwin', 'x86_64-unknown-linux-gnu', 'Feature flags', 'Rust', ...rdRust, 'Sections', 'Methods', 'delay_for',
    'Debug', 'Eq', 'PartialEq', 'StructuralPartialEq', 'Auto Trait Implementations', ...rdAuto, 'Blanket Implementations',
    'Any', 'CloneToUninit', 'ToOwned', 'In ebbflow::policy', 'Structs', 'CircuitBreaker', 'Enums', 'Copy item path', 'Settings',
    'Help', 'Summary', 'Expand description', 'Available on crate feature tokio only.', 'Returns a duplicate of the value.',
    'Formats the value using the given formatter.', 'Returns the “default value” for a type.',
    'Tests for self and other values to be equal, and is used by ==.', 'Read more', ...rdBlanket.map((b) => b[1].split('|')[1]!),
  ],
};
