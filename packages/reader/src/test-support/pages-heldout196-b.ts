import { type TestPage, texts } from './page-kit.js';
import { jsdocModule } from './pages-heldout196-b2.js';
import { paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file b: a TypeDoc 0.26 default-theme class page (toolbar with the search field and its hidden
 * "Preparing search index..." states, the project title link, breadcrumb, the "Class" h1, the class comment with an
 * "Example" block, type parameters, hierarchy, "Defined in" source links, the open Index accordion that repeats the member
 * names, member groups with signatures, parameters and returns, the Settings panel with member visibility and theme, the
 * "On This Page" list, the site navigation and the "Generated using TypeDoc" footer) and, from file b2, a JSDoc 4 module
 * page in the default template.
 */
const tdTitle = 'Class LruCache<K, V>';
const tdIntro = paras(`
  A size-bounded cache that evicts the least recently used entry when it is full.

  Reads count as use: calling <a href="#get" class="tsd-kind-method">get</a> on an entry moves it to the front, so the
  entries that are read often stay in the cache even if they were written long ago. Entries can also carry a time to live,
  after which they are treated as missing and removed on the next access.

  The cache keeps a doubly linked list beside a <code>Map</code>, so every operation is constant time. It holds strong
  references to its values; if you cache large objects, pick a small <code>maxEntries</code> or pass a
  <code>sizeOf</code> function.

  Eviction happens inside <a href="#set" class="tsd-kind-method">set</a>, never on a timer. A cache that is written rarely
  can therefore hold expired entries for a long time; they cost memory but are never returned. If that matters, call
  <code>prune()</code> from your own interval, or use <a href="cache.TtlCache.html" class="tsd-kind-class">TtlCache</a>,
  which sweeps expired entries in the background.

  Since version 3.0 the cache no longer accepts a bare number as its options. Pass <code>{ maxEntries: n }</code> instead;
  the old form threw a deprecation warning throughout the 2.x releases.
`);
const tdTypeParams = ['The key type. Keys are compared with SameValueZero, as in a Map.', 'The value type.'];
const tdCtor = paras(`
  Creates an empty cache.
`);
const tdCtorParam = 'Limits and hooks. Only maxEntries is required.';
const tdGet = paras(`
  Returns the value for a key and marks the entry as recently used.

  An expired entry is removed and <code>undefined</code> is returned, exactly as if it had never been set.
`);
const tdGetParam = 'The key to look up.';
const tdSet = paras(`
  Stores a value, evicting the least recently used entry first if the cache is full.

  If the key is already present its value is replaced and its time to live is reset. The <code>onEvict</code> hook is
  called for each evicted entry before <code>set</code> returns, never for the entry being replaced.
`);
const tdSetParams = ['The key to store under.', 'The value to store.', 'Per-entry overrides, such as a shorter ttl.'];
const tdDefined = ['Defined in src/cache/lru.ts:18', 'Defined in src/cache/lru.ts:41', 'Defined in src/cache/lru.ts:67'];
const tdNav = ['@quarry/kit', 'cache', 'LruCache', 'LruOptions', 'TtlCache', 'http', 'retry'];
const tdSettings = ['Settings', 'Member Visibility', 'Protected', 'Inherited', 'External', 'Theme', 'OS', 'Light', 'Dark'];
const tdSection = (h2: string, members: string): string => `<section class="tsd-panel-group tsd-member-group"><h2>${h2}</h2>
${members}</section>`;
const tdParams = (rows: readonly [string, string, string][]): string => `<div class="tsd-parameters"><h4 class="tsd-parameters-title">Parameters</h4>
<ul class="tsd-parameter-list">${rows
  .map(
    ([n, t, d]) => `<li><span><span class="tsd-kind-parameter">${n}</span>: <span class="tsd-signature-type">${t}</span></span>
<div class="tsd-comment tsd-typography"><p>${d}</p></div></li>`,
  )
  .join('\n')}</ul></div>`;
const tdMember = (id: string, sig: string, doc: readonly string[], params: string, ret: string, defined: string): string => `<section
class="tsd-panel tsd-member"><a id="${id}" class="tsd-anchor"></a><h3 class="tsd-anchor-link"><span>${id}</span><a href="#${id}"
aria-label="Permalink" class="tsd-anchor-icon"><svg viewBox="0 0 24 24"><use href="#icon-anchor"></use></svg></a></h3>
<ul class="tsd-signatures"><li class="tsd-signature tsd-anchor-link" id="${id}-1">${sig}</li>
<li class="tsd-description"><div class="tsd-comment tsd-typography">${doc.map((p) => `<p>${p}</p>`).join('\n')}</div>
${params}<h4 class="tsd-returns-title">Returns <span class="tsd-signature-type">${ret}</span></h4>
<aside class="tsd-sources"><ul><li>${defined.replace(/(src\S+)/, '<a href="https://github.com/quarry/kit/blob/9c41e2a/$1">$1</a>')}</li></ul></aside>
</li></ul></section>`;
const tdHtml = `<!DOCTYPE html><html class="default" lang="en"><head><meta charset="utf-8"/><meta http-equiv="x-ua-compatible" content="IE=edge"/>
<title>LruCache | @quarry/kit - v3.2.0</title><meta name="description" content="Documentation for @quarry/kit"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="../assets/style.css"/>
<link rel="stylesheet" href="../assets/highlight.css"/><script defer src="../assets/main.js"></script>
<script async src="../assets/icons.js" id="tsd-icons-script"></script><script async src="../assets/search.js" id="tsd-search-script"></script>
<script async src="../assets/navigation.js" id="tsd-nav-script"></script></head>
<body><script>document.documentElement.dataset.theme = localStorage.getItem("tsd-theme") || "os";document.body.style.display="none";
setTimeout(() => app?app.showPage():document.body.style.removeProperty("display"),500)</script>
<header class="tsd-page-toolbar"><div class="tsd-toolbar-contents container"><div class="table-cell" id="tsd-search" data-base="..">
<div class="field"><label for="tsd-search-field" class="tsd-widget tsd-toolbar-icon search no-caption"><svg width="16" height="16"
viewBox="0 0 16 16" fill="none"><use href="../assets/icons.svg#icon-search"></use></svg></label>
<input type="text" id="tsd-search-field" aria-label="Search"/></div><div class="field"><div id="tsd-toolbar-links"></div></div>
<ul class="results"><li class="state loading">Preparing search index...</li><li class="state failure">The search index is not available</li></ul>
<a href="../index.html" class="title">@quarry/kit - v3.2.0</a></div><div class="table-cell" id="tsd-widgets">
<a href="#" class="tsd-widget tsd-toolbar-icon menu no-caption" data-toggle="menu" aria-label="Menu"><svg width="16" height="16"
viewBox="0 0 16 16" fill="none"><use href="../assets/icons.svg#icon-menu"></use></svg></a></div></div></header>
<div class="container container-main"><div class="col-content"><div class="tsd-page-title"><ul class="tsd-breadcrumb">
<li><a href="../modules.html">@quarry/kit</a></li><li><a href="../modules/cache.html">cache</a></li><li><a href="cache.LruCache.html">LruCache</a></li></ul>
<h1>Class LruCache&lt;K, V&gt;</h1></div>
<section class="tsd-panel tsd-comment"><div class="tsd-comment tsd-typography">${tdIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="tsd-comment tsd-typography"><h4>Example</h4><pre><code class="ts"><span class="hl-0">const</span> <span class="hl-1">tokens</span>
<span class="hl-0">=</span> <span class="hl-0">new</span> <span class="hl-2">LruCache</span>({ maxEntries: 500, ttl: 60_000 });
</code><button>Copy</button></pre></div></section>
<section class="tsd-panel"><h4>Type Parameters</h4><ul class="tsd-type-parameter-list">
<li><span><a id="k" class="tsd-anchor"></a><span class="tsd-kind-type-parameter">K</span></span><div class="tsd-comment tsd-typography">
<p>${tdTypeParams[0]}</p></div></li>
<li><span><a id="v" class="tsd-anchor"></a><span class="tsd-kind-type-parameter">V</span></span><div class="tsd-comment tsd-typography">
<p>${tdTypeParams[1]}</p></div></li></ul></section>
<section class="tsd-panel tsd-hierarchy"><h4>Hierarchy (<a href="../hierarchy.html#cache.LruCache">view full</a>)</h4>
<ul class="tsd-hierarchy"><li><span class="target">LruCache</span><ul class="tsd-hierarchy"><li><a href="cache.TtlCache.html" class="tsd-signature-type
tsd-kind-class">TtlCache</a></li></ul></li></ul></section>
<aside class="tsd-sources"><ul><li>Defined in
<a href="https://github.com/quarry/kit/blob/9c41e2a/src/cache/lru.ts#L14">src/cache/lru.ts:14</a></li></ul></aside>
<section class="tsd-panel-group tsd-index-group"><section class="tsd-panel tsd-index-panel"><details class="tsd-index-content tsd-index-accordion" open>
<summary class="tsd-accordion-summary tsd-index-summary"><h5 class="tsd-index-heading uppercase" role="button" aria-expanded="false" tabIndex="0">
<svg width="20" height="20" viewBox="0 0 24 24" fill="none"><use href="../assets/icons.svg#icon-chevronSmall"></use></svg> Index</h5></summary>
<div class="tsd-accordion-details"><section class="tsd-index-section"><h3 class="tsd-index-heading">Constructors</h3><div class="tsd-index-list">
<a href="#constructor" class="tsd-index-link"><svg class="tsd-kind-icon" viewBox="0 0 24 24"><use href="../assets/icons.svg#icon-512"></use></svg>
<span>constructor</span></a></div></section><section class="tsd-index-section"><h3 class="tsd-index-heading">Methods</h3><div class="tsd-index-list">
<a href="#get" class="tsd-index-link"><span>get</span></a><a href="#set" class="tsd-index-link"><span>set</span></a></div></section></div></details>
</section></section>
${tdSection(
  'Constructors',
  tdMember(
    'constructor',
    'new LruCache&lt;K, V&gt;(options: LruOptions&lt;K, V&gt;): LruCache&lt;K, V&gt;',
    tdCtor,
    tdParams([['options', 'LruOptions&lt;K, V&gt;', tdCtorParam]]),
    'LruCache&lt;K, V&gt;',
    tdDefined[0] as string,
  ),
)}
${tdSection(
  'Methods',
  `${tdMember('get', 'get(key: K): undefined | V', tdGet, tdParams([['key', 'K', tdGetParam]]), 'undefined | V', tdDefined[1] as string)}
${tdMember(
  'set',
  'set(key: K, value: V, options?: SetOptions): this',
  tdSet,
  tdParams([
    ['key', 'K', tdSetParams[0] as string],
    ['value', 'V', tdSetParams[1] as string],
    ['options', 'SetOptions', tdSetParams[2] as string],
  ]),
  'this',
  tdDefined[2] as string,
)}`,
)}
</div>
<div class="col-sidebar"><div class="page-menu"><div class="tsd-navigation settings"><details class="tsd-index-accordion"><summary
class="tsd-accordion-summary"><h3>Settings</h3></summary><div class="tsd-accordion-details"><div class="tsd-filter-visibility">
<span class="settings-label">Member Visibility</span><ul id="tsd-filter-options">
${['Protected', 'Inherited', 'External']
  .map(
    (t) => `<li class="tsd-filter-item"><label class="tsd-filter-input"><input type="checkbox" id="tsd-filter-${t.toLowerCase()}"
name="${t.toLowerCase()}"/><svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true"></svg><span>${t}</span></label></li>`,
  )
  .join('\n')}</ul></div><div class="tsd-theme-toggle"><label class="settings-label" for="tsd-theme">Theme</label><select id="tsd-theme">
<option value="os">OS</option><option value="light">Light</option><option value="dark">Dark</option></select></div></div></details></div>
<details open class="tsd-index-accordion tsd-page-navigation"><summary class="tsd-accordion-summary"><h3>On This Page</h3></summary>
<div class="tsd-accordion-details"><a href="#constructors"><h3>Constructors</h3></a><a href="#constructor" class="tsd-index-link">
<span>constructor</span></a><a href="#methods"><h3>Methods</h3></a><a href="#get" class="tsd-index-link"><span>get</span></a>
<a href="#set" class="tsd-index-link"><span>set</span></a></div></details></div>
<div class="site-menu"><nav class="tsd-navigation"><a href="../modules.html" class="current"><svg class="tsd-kind-icon" viewBox="0 0 24 24">
<use href="../assets/icons.svg#icon-1"></use></svg><span>@quarry/kit</span></a><ul class="tsd-small-nested-navigation" id="tsd-nav-container"
data-base=".."><li><details class="tsd-accordion" open><summary class="tsd-accordion-summary"><a href="../modules/cache.html">
<span>cache</span></a></summary><div class="tsd-accordion-details"><ul class="tsd-nested-navigation">
<li><a href="cache.LruCache.html" class="current"><span>LruCache</span></a></li><li><a href="../interfaces/cache.LruOptions.html">
<span>LruOptions</span></a></li><li><a href="cache.TtlCache.html"><span>TtlCache</span></a></li></ul></div></details></li>
<li><a href="../modules/http.html"><span>http</span></a></li><li><a href="../modules/retry.html"><span>retry</span></a></li></ul></nav></div></div>
</div>
<footer><p class="tsd-generator">Generated using <a href="https://typedoc.org/" target="_blank">TypeDoc</a></p></footer>
<div class="overlay"></div></body></html>`;
const typedoc: TestPage = {
  html: tdHtml,
  name: 'heldout196-typedoc-class',
  kind: 'docs',
  // the member group h2s, member h3s and the comment's "Example" h4 are headings; type parameter, parameter descriptions
  // are body; signatures, "Type Parameters", "Hierarchy", "Parameters" and "Returns ..." labels are in neither list; the
  // toolbar, breadcrumb, "Defined in" lines, the Index accordion and "On This Page" (they repeat the member names, left
  // out), settings, the site navigation and footer are furniture; "cache" and "LruCache" (breadcrumb, navigation) are
  // words of short gold lines, left out
  title: tdTitle,
  headings: ['Example', 'Constructors', 'constructor', 'Methods', 'get', 'set'],
  body: [...texts(tdIntro), ...tdTypeParams, ...texts(tdCtor), tdCtorParam, ...texts(tdGet), tdGetParam, ...texts(tdSet), ...tdSetParams],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Preparing search index...', 'The search index is not available', '@quarry/kit - v3.2.0',
    ...tdNav.filter((t) => t !== 'cache' && t !== 'LruCache'), 'Copy', 'view full', 'TtlCache',
    'Defined in src/cache/lru.ts:14', ...tdDefined, 'Index', ...tdSettings, 'On This Page', 'Generated using TypeDoc',
  ]),
};

export const HELDOUT196_B: readonly TestPage[] = [typedoc, jsdocModule];
