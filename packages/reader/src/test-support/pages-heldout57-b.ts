import { plain, type TestPage, texts } from './page-kit.js';
import { phpManualPage } from './pages-heldout57-b3.js';

/**
 * Held-out batch 57, file b: a doc.rust-lang.org std item page as rustdoc 1.91 writes it (one long line of markup: the font
 * preload script, rustdoc-vars, the mobile topbar, the sidebar with crate, version, sections, methods, trait lists and the
 * "In std::time" module list, the breadcrumbs, the h1 with its "Copy item path" button, since / Source links, the item
 * declaration, the collapsible top docs with "§" anchors, the Implementations with one toggle per method, a nightly-only
 * badge, and the Trait, Auto Trait and Blanket Implementations sections).
 */
const rsTitle = 'Struct Stopwatch';
const rsTop = [
  'A monotonic timer that can be paused and resumed.',
  'A <code>Stopwatch</code> measures the total time it has spent running. Unlike an <a href="struct.Instant.html" title="struct ' +
    'std::time::Instant"><code>Instant</code></a>, which marks a single point in time, a stopwatch adds up the time that passes ' +
    'across any number of start and stop cycles. This makes it convenient for timing only the interesting parts of a loop, or for ' +
    'reporting how long a task spent doing work as opposed to waiting for it.',
  'Stopwatches are built on <code>Instant</code> and share its guarantees: the measured time never goes backwards, and it is not ' +
    'affected by changes to the system clock. A stopwatch that is stopped does not consult the clock at all, so reading it is cheap.',
];
const rsH = ['Examples', 'Precision', 'Implementations'];
const rsPrec = [
  'The resolution of a stopwatch is that of <code>Instant</code> on the current platform, which is typically a few tens of ' +
    'nanoseconds on Linux and macOS and 100 nanoseconds on Windows. Each start and stop pair can lose up to one tick, so a stopwatch ' +
    'that is toggled millions of times will drift slightly behind a single long measurement.',
  'See the documentation of <a href="struct.Instant.html#underlying-system-calls"><code>Instant</code></a> for the system calls ' + 'used on each platform.',
];
const rsS = (n: string): string => `<a class="struct" href="struct.${n}.html" title="struct std::time::${n}">${n}</a>`;
const rsFn = (n: string): string => `<a href="#method.${n}" class="fn">${n}</a>`;
const rsPrim = (n: string): string => `<a class="primitive" href="../primitive.${n}.html">${n}</a>`;
/** The inherent methods: id, signature after `pub`, docs. */
const rsMethods: [string, string, string[]][] = [
  ['new', `const fn ${rsFn('new')}() -&gt; ${rsS('Stopwatch')}`, ['Creates a new stopwatch that is stopped and has an elapsed time of zero.']],
  [
    'start_new',
    `fn ${rsFn('start_new')}() -&gt; ${rsS('Stopwatch')}`,
    [
      'Creates a new stopwatch and starts it at once.',
      'This is equivalent to calling <a href="#method.new"><code>new</code></a> followed by <a href="#method.start"><code>start</code>' +
        '</a>, but it reads the clock only once.',
    ],
  ],
  ['start', `fn ${rsFn('start')}(&amp;mut self)`, ['Starts or resumes the stopwatch. Calling <code>start</code> on a running stopwatch has no effect.']],
  [
    'stop',
    `fn ${rsFn('stop')}(&amp;mut self)`,
    [
      'Stops the stopwatch, adding the time since it was last started to the elapsed total. Calling <code>stop</code> on a stopwatch ' +
        'that is already stopped has no effect.',
    ],
  ],
  [
    'elapsed',
    `fn ${rsFn('elapsed')}(&amp;self) -&gt; ${rsS('Duration')}`,
    [
      'Returns the total time the stopwatch has been running.',
      'If the stopwatch is running, the result includes the time since it was last started. This method does not stop the stopwatch.',
    ],
  ],
  [
    'lap',
    `fn ${rsFn('lap')}(&amp;mut self) -&gt; ${rsS('Duration')}`,
    [
      'Returns the time that has passed since the previous call to <code>lap</code>, or since the stopwatch was first started, ' +
        'without stopping it. Time during which the stopwatch was stopped is not counted.',
    ],
  ],
  ['is_running', `fn ${rsFn('is_running')}(&amp;self) -&gt; ${rsPrim('bool')}`, ['Returns <code>true</code> if the stopwatch is currently running.']],
  ['reset', `fn ${rsFn('reset')}(&amp;mut self)`, ['Stops the stopwatch and sets its elapsed time back to zero.']],
];
const rsNightly = 'This is a nightly-only experimental API. (stopwatch_lap #141203)';
const rsSince = '<span class="since" title="Stable since Rust version 1.89.0">1.89.0</span>';
const rsSrc = (line: number): string => `<a class="src" href="../../src/std/time.rs.html#${line}">Source</a>`;
const rsAnchor = (id: string): string => `<a href="#${id}" class="anchor">§</a>`;
const rsDocH = (lvl: number, t: string): string => `<h${lvl} id="${t.toLowerCase()}"><a class="doc-anchor" href="#${t.toLowerCase()}">§</a>${t}</h${lvl}>`;
const rsCode = (lines: string[]): string => `<div class="example-wrap"><pre class="rust rust-example-rendered"><code>${lines.join('\n')}</code></pre></div>`;
const rsKw = (k: string): string => `<span class="kw">${k}</span>`;
const rsExample = rsCode([
  `${rsKw('use')} std::time::Stopwatch;`,
  '',
  `${rsKw('let</span> <span class="kw-2">mut')} sw = Stopwatch::new();`,
  `${rsKw('for')} job ${rsKw('in')} jobs {`,
  '    sw.start();',
  '    job.run();',
  '    sw.stop();',
  `    job.wait_for_io(); <span class="comment">// not counted</span>`,
  '}',
  `<span class="macro">println!</span>(<span class="string">"busy for {:?}"</span>, sw.elapsed());`,
]);
const rsElapsedEx = rsCode([
  `${rsKw('let')} sw = Stopwatch::start_new();`,
  `std::thread::sleep(Duration::from_millis(<span class="number">10</span>));`,
  `<span class="macro">assert!</span>(sw.elapsed() &gt;= Duration::from_millis(<span class="number">10</span>));`,
]);
const rsMethodHtml = ([id, sig, docs]: [string, string, string[]], i: number): string =>
  `<details class="toggle method-toggle" open><summary><section id="method.${id}" class="method"><span class="rightside">` +
  (id === 'lap' ? '' : `${rsSince} · `) +
  `${rsSrc(740 + i * 14)}</span>${rsAnchor(`method.${id}`)}<h4 class="code-header">pub ${sig}</h4></section>` +
  (id === 'lap'
    ? '<span class="item-info"><div class="stab unstable"><span class="emoji">🔬</span><span>This is a nightly-only experimental ' +
      'API. (<code>stopwatch_lap</code>&nbsp;<a href="https://github.com/rust-lang/rust/issues/141203">#141203</a>)</span></div></span>'
    : '') +
  `</summary><div class="docblock">${docs.map((d) => `<p>${d}</p>`).join('')}` +
  (id === 'elapsed' ? `${rsDocH(5, 'Examples')}${rsElapsedEx}` : '') +
  '</div></details>';
const rsImpl = (id: string, head: string, fns: [string, string, string][]): string =>
  `<details class="toggle implementors-toggle" open><summary><section id="${id}" class="impl"><a class="src rightside" ` +
  `href="../../src/std/time.rs.html#812">Source</a>${rsAnchor(id)}<h3 class="code-header">${head}</h3></section></summary>` +
  `<div class="impl-items">` +
  fns
    .map(
      ([fid, sig, doc]) =>
        `<details class="toggle method-toggle" open><summary><section id="${fid}" class="method trait-impl"><a class="src rightside" ` +
        `href="../../src/std/time.rs.html#815">Source</a>${rsAnchor(fid)}<h4 class="code-header">${sig}</h4></section></summary>` +
        `<div class='docblock'>${doc} <a href="../clone/trait.Clone.html#tymethod.clone">Read more</a></div></details>`,
    )
    .join('') +
  '</div></details>';
const rsTraitImpls = [
  rsImpl('impl-Clone-for-Stopwatch', 'impl Clone for Stopwatch', [
    ['method.clone', 'fn clone(&amp;self) -&gt; Stopwatch', 'Returns a duplicate of the value.'],
    ['method.clone_from', 'fn clone_from(&amp;mut self, source: &amp;Self)', 'Performs copy-assignment from <code>source</code>.'],
  ]),
  rsImpl('impl-Debug-for-Stopwatch', 'impl Debug for Stopwatch', [
    ['method.fmt', "fn fmt(&amp;self, f: &amp;mut Formatter&lt;'_&gt;) -&gt; Result", 'Formats the value using the given formatter.'],
  ]),
  rsImpl('impl-Default-for-Stopwatch', 'impl Default for Stopwatch', [
    ['method.default', 'fn default() -&gt; Stopwatch', 'Returns the “default value” for a type.'],
  ]),
];
const rsAuto = ['Freeze', 'RefUnwindSafe', 'Send', 'Sync', 'Unpin', 'UnwindSafe'];
const rsBlanket: [string, string, string, string][] = [
  ['impl<T> Any for T', 'fn type_id(&self) -> TypeId', 'Gets the TypeId of self.', "T: 'static + ?Sized,"],
  ['impl<T> Borrow<T> for T', 'fn borrow(&self) -> &T', 'Immutably borrows from an owned value.', 'T: ?Sized,'],
  ['impl<T> From<T> for T', 'fn from(t: T) -> T', 'Returns the argument unchanged.', ''],
  ['impl<T, U> Into<U> for T', 'fn into(self) -> U', 'Calls U::from(self).', 'U: From<T>,'],
];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rsBlanketHtml = rsBlanket
  .map(([head, sig, doc, where], i) =>
    rsImpl(`impl-${i}`, esc(head) + (where === '' ? '' : `<div class="where">where\n    ${esc(where)}</div>`), [[`method.b${i}`, esc(sig), esc(doc)]]),
  )
  .join('');
const rsAutoHtml = rsAuto
  .map((t) => `<section id="impl-${t}" class="impl">${rsAnchor(`impl-${t}`)}<h3 class="code-header">impl ${t} for Stopwatch</h3></section>`)
  .join('');
const rsSide = ['Examples', 'Precision'];
const rsSideMethods = ['elapsed', 'is_running', 'lap', 'new', 'reset', 'start', 'start_new', 'stop'];
const rsSideBlanket = ['Any', 'Borrow<T>', 'BorrowMut<T>', 'CloneToUninit', 'From<T>', 'Into<U>', 'ToOwned', 'TryFrom<U>', 'TryInto<U>'];
const rsModStructs = ['Duration', 'Instant', 'Stopwatch', 'SystemTime', 'SystemTimeError', 'TryFromFloatSecsError'];
const rsUl = (cls: string, items: string[]): string =>
  `<ul class="block ${cls}">${items.map((t) => `<li><a href="#${cls}.${encodeURIComponent(t)}" title="${esc(t)}">${esc(t)}</a></li>`).join('')}</ul>`;
const rsHtml =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">' +
  '<meta name="generator" content="rustdoc"><meta name="description" content="A monotonic timer that can be paused and resumed.">' +
  '<title>Stopwatch in std::time - Rust</title><script>if(window.location.protocol!=="file:")document.head.insertAdjacentHTML(' +
  '"beforeend","SourceSerif4-Regular-6b053e98.ttf.woff2,FiraSans-Italic-81dc35de.woff2,FiraSans-Regular-0fe48ade.woff2".split(",")' +
  '.map(f=>\'<link rel="preload" as="font" type="font/woff2" crossorigin href="../../static.files/\'+f+\'">\').join(""))</script>' +
  '<link rel="stylesheet" href="../../static.files/normalize-9960930a.css"><link rel="stylesheet" href="../../static.files/rustdoc-ca0dd0c4.css">' +
  '<meta name="rustdoc-vars" data-root-path="../../" data-static-root-path="../../static.files/" data-current-crate="std" data-themes="" ' +
  'data-resource-suffix="" data-rustdoc-version="1.91.0 (f8297e351 2025-10-28)" data-channel="1.91.0" data-search-js="search-fa3e91e5.js" ' +
  'data-settings-js="settings-c38705f0.js" ><script src="../../static.files/storage-e2aeef58.js"></script><script defer ' +
  'src="sidebar-items.js"></script><script defer src="../../static.files/main-ce535bd0.js"></script><noscript><link rel="stylesheet" ' +
  'href="../../static.files/noscript-263c88ec.css"></noscript><link rel="icon" type="image/svg+xml" href="../../static.files/favicon-044be391.svg">' +
  '</head><body class="rustdoc struct"><!--[if lte IE 11]><div class="warning">This old browser is unsupported and will most likely display ' +
  'funky things.</div><![endif]--><rustdoc-topbar><h2><a href="#">Stopwatch</a></h2></rustdoc-topbar><nav class="sidebar"><div ' +
  'class="sidebar-crate"><a class="logo-container" href="../../std/index.html"><img class="rust-logo" src="../../static.files/rust-logo-9a9549ea.svg" ' +
  'alt="logo"></a><h2><a href="../../std/index.html">std</a><span class="version">1.91.0</span></h2></div><div class="version">(f8297e351 ' +
  '2025-10-28)</div><div class="sidebar-elems"><section id="rustdoc-toc"><h2 class="location"><a href="#">Stopwatch</a></h2><h3><a ' +
  `href="#">Sections</a></h3>${rsUl('top-toc', rsSide)}<h3><a href="#implementations">Methods</a></h3>${rsUl('method', rsSideMethods)}` +
  `<h3><a href="#trait-implementations">Trait Implementations</a></h3>${rsUl('trait-implementation', ['Clone', 'Debug', 'Default'])}` +
  `<h3><a href="#synthetic-implementations">Auto Trait Implementations</a></h3>${rsUl('synthetic-implementation', rsAuto)}` +
  `<h3><a href="#blanket-implementations">Blanket Implementations</a></h3>${rsUl('blanket-implementation', rsSideBlanket)}</section>` +
  '<div id="rustdoc-modnav"><h2><a href="index.html">In std::<wbr>time</a></h2><h3><a href="index.html#structs">Structs</a></h3>' +
  `${rsUl('struct', rsModStructs)}<h3><a href="index.html#constants">Constants</a></h3>${rsUl('constant', ['UNIX_EPOCH'])}</div></div>` +
  '</nav><div class="sidebar-resizer" title="Drag to resize sidebar"></div><main><div class="width-limiter"><rustdoc-search></rustdoc-search>' +
  '<section id="main-content" class="content"><div class="main-heading"><div class="rustdoc-breadcrumbs"><a href="../index.html">std</a>' +
  '::<wbr><a href="index.html">time</a></div><h1>Struct <span class="struct">Stopwatch</span>&nbsp;<button id="copy-path" title="Copy ' +
  `item path to clipboard">Copy item path</button></h1><rustdoc-toolbar></rustdoc-toolbar><span class="sub-heading">${rsSince} · ` +
  `${rsSrc(702)} </span></div><pre class="rust item-decl"><code>pub struct Stopwatch { <span class="comment">/* private fields */</span> }` +
  '</code></pre><details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">' +
  `${rsTop.map((p) => `<p>${p}</p>`).join('\n')}\n${rsDocH(2, 'Examples')}${rsExample}${rsDocH(2, 'Precision')}` +
  `${rsPrec.map((p) => `<p>${p}</p>`).join('\n')}</div></details><h2 id="implementations" class="section-header">Implementations` +
  `${rsAnchor('implementations')}</h2><div id="implementations-list"><details class="toggle implementors-toggle" open><summary><section ` +
  `id="impl-Stopwatch" class="impl">${rsSrc(735).replace('class="src"', 'class="src rightside"')}${rsAnchor('impl-Stopwatch')}` +
  `<h3 class="code-header">impl ${rsS('Stopwatch')}</h3></section></summary><div class="impl-items">${rsMethods.map(rsMethodHtml).join('')}` +
  '</div></details></div><h2 id="trait-implementations" class="section-header">Trait Implementations' +
  `${rsAnchor('trait-implementations')}</h2><div id="trait-implementations-list">${rsTraitImpls.join('')}</div>` +
  `<h2 id="synthetic-implementations" class="section-header">Auto Trait Implementations${rsAnchor('synthetic-implementations')}</h2>` +
  `<div id="synthetic-implementations-list">${rsAutoHtml}</div>` +
  `<h2 id="blanket-implementations" class="section-header">Blanket Implementations${rsAnchor('blanket-implementations')}</h2>` +
  `<div id="blanket-implementations-list">${rsBlanketHtml}</div></section></div></main></body></html>`;
const rustStd: TestPage = {
  html: rsHtml,
  name: 'heldout57-rust-std-item',
  kind: 'docs',
  // the h1 without its "Copy item path" button is the title; the top docs' h2s, "Implementations", the "impl Stopwatch" h3,
  // each method's h4 signature and the h5 "Examples" in elapsed's docs are headings (rustdoc's real heading elements, signatures
  // though they are); the top docs, each method's docs and the nightly-only badge are body; the item declaration and the code
  // examples are in neither list; the Trait, Auto Trait and Blanket Implementations sections are furniture: generated lists of
  // traits whose docs are the traits' own, the same on every type's page; the sidebar, version, since badges ("1.89.0"),
  // "Source" links, breadcrumbs, "Expand description" and the module list are furniture, less the entries that are body words;
  // the page has no byline
  title: rsTitle,
  headings: [...rsH, 'impl Stopwatch', ...rsMethods.flatMap(([id, sig]) => [plain(`pub ${sig}`), ...(id === 'elapsed' ? ['Examples'] : [])])],
  body: texts([...rsTop, ...rsPrec, ...rsMethods.flatMap(([id, , docs]) => (id === 'lap' ? [rsNightly, ...docs] : docs))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'std', '1.91.0', '(f8297e351 2025-10-28)', 'Sections', 'Methods', 'Trait Implementations', 'Clone', 'Debug',
    'Default', 'Auto Trait Implementations', ...rsAuto, 'Blanket Implementations', ...rsSideBlanket.filter((t) => t !== 'Any'), 'In std::time', 'Structs',
    ...rsModStructs.filter((t) => !['Duration', 'Instant', 'Stopwatch'].includes(t)), 'Constants', 'UNIX_EPOCH', 'std::time', 'Copy item path',
    '1.89.0', 'Source', 'Expand description', 'impl Clone for Stopwatch', 'fn clone(&self) -> Stopwatch', 'Returns a duplicate of the value.',
    'Read more', 'fn clone_from(&mut self, source: &Self)', 'Performs copy-assignment from source.', 'impl Debug for Stopwatch',
    "fn fmt(&self, f: &mut Formatter<'_>) -> Result", 'Formats the value using the given formatter.', 'impl Default for Stopwatch',
    'fn default() -> Stopwatch', 'Returns the “default value” for a type.', ...rsAuto.map((t) => `impl ${t} for Stopwatch`),
    ...rsBlanket.map(([head]) => head), ...rsBlanket.map(([, sig]) => sig), ...rsBlanket.map(([, , doc]) => doc),
  ],
};

export const HELDOUT57_B: readonly TestPage[] = [rustStd, phpManualPage];
