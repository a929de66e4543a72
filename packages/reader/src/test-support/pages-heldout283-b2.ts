import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';

/**
 * Held-out batch 283, file b2: a docs.rs crate page (the docs.rs top bar with the crate / version menu, Platform,
 * Feature flags and the docs.rs menu, rustdoc's sidebar with All Items and the section links, the search bar, the
 * crate heading with its source link, the crate-level docs in the "Expand description" toggle, and the item tables of
 * modules, structs, enums and functions).
 */
const rTitle = 'Crate saltgrain';
const rH = ['Examples', 'Feature flags', 'Minimum supported Rust version'];
const rIntro = [
  j(
    'A compact, sortable identifier for records that are created on many machines at once. A <code>Grain</code> is',
    'sixteen bytes: a millisecond timestamp, a machine tag and a counter, written so that byte order is time order.',
  ),
  j(
    'Unlike random identifiers, grains from the same machine never collide and sort in the order they were made; unlike',
    'database sequences, they need no round trip to a central server.',
  ),
];
const rEx = [
  'Create a generator once per process, with a tag that is unique among your machines, and ask it for grains:',
  'let gen = Generator::new(Tag::from_u16(7)); let id = gen.next(); assert!(gen.next() > id);',
  j('Grains print as twenty-six characters of Crockford base32, which is safe in URLs and file names and avoids the', 'letters that are easy to misread:'),
  'println!("{id}"); // 01HS3Q8V7K0007000000000001',
];
const rFeatures = [
  '<code>serde</code>: serialize grains as strings and deserialize them from strings or byte arrays.',
  '<code>std</code> (on by default): the system clock source; without it the crate is no_std and you supply a clock.',
  '<code>uuid</code>: lossless conversion to and from <code>uuid::Uuid</code>, for storage in UUID columns.',
];
const rMsrv = [
  j('This crate builds on Rust 1.74 and later. Raising the minimum version is treated as a minor change and is always', 'noted in the changelog.'),
];
const rBody = texts([...rIntro, ...rEx, ...rFeatures, ...rMsrv]);
const items = (kind: string, rows: [string, string][]): string =>
  `<ul class="item-table">${rows
    .map(
      ([n, d]) => `<li><div class="item-name"><a class="${kind}" href="${kind}.${n}.html" title="${kind} saltgrain::${n}">${n}</a></div>
<div class="desc docblock-short">${d}</div></li>`,
    )
    .join('\n')}</ul>`;
const rMods: [string, string][] = [['clock', 'Clock sources for generators built without <code>std</code>.']];
const rStructs: [string, string][] = [
  ['Generator', 'Hands out grains for one machine, safe to share between threads.'],
  ['Grain', 'A sixteen-byte time-ordered identifier.'],
  ['Tag', 'The machine part of a grain.'],
];
const rEnums: [string, string][] = [['ParseError', 'Why a string could not be read as a grain.']];
const rFns: [string, string][] = [['parse', 'Reads a grain from its base32 text.']];
const rFurn = [...rMods, ...rStructs, ...rEnums, ...rFns].flatMap(([n, d]) => [n, d.replace(/<\/?code>/g, '')]);
const rTop = ['Platform', 'Feature flags', 'docs.rs', 'Rust'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="rustdoc"><meta name="description" content="A compact, sortable identifier for records created on many machines.">
<title>saltgrain - Rust</title><link rel="stylesheet" href="/-/rustdoc.static/normalize-76eba96aa4d2e634.css">
<link rel="stylesheet" href="/-/static/vendored.css?0-4-0" media="all"><link rel="canonical" href="https://docs.rs/saltgrain/latest/saltgrain/">
<script id="default-settings"></script><script src="/-/rustdoc.static/storage-4e99c027.js"></script>
<script defer src="/crate/saltgrain/0.6.1/search-index.js"></script></head>
<body class="rustdoc-page rustdoc mod crate"><div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal"
role="navigation" aria-label="Main navigation"><form action="/releases/search" method="GET" id="nav-search-form" class="landing-search-form-nav">
<a href="/" class="pure-menu-heading pure-menu-link docsrs-logo" aria-label="Docs.rs"><span title="Docs.rs">Docs.rs</span></a>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link crate-name" title="Compact time-ordered ids">
<span class="title">saltgrain-0.6.1</span></a></li>
${links(rTop, 'pure-menu-item pure-menu-has-children')}</ul>
<div class="spacer"></div><input id="nav-search" name="query" type="text" aria-label="Find crate by search query" placeholder="Find crate"></form>
</div></div></div>
<div class="rustdoc mod crate container-rustdoc" id="rustdoc_body_wrapper" tabindex="-1"><nav class="mobile-topbar"><button class="sidebar-menu-toggle"
title="show sidebar"></button></nav>
<nav class="sidebar"><div class="sidebar-crate"><h2><a href="../saltgrain/index.html">saltgrain</a><span class="version">0.6.1</span></h2></div>
<div class="sidebar-elems"><ul class="block"><li><a id="all-types" href="all.html">All Items</a></li></ul>
<section id="rustdoc-toc"><h3><a href="#">Sections</a></h3><ul class="block top-toc">${links(rH)}</ul>
<h3><a href="#">Crate Items</a></h3><ul class="block">${links(['Modules', 'Structs', 'Enums', 'Functions'])}</ul></section></div></nav>
<div class="sidebar-resizer"></div><main><div class="width-limiter"><rustdoc-search></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><h1>Crate <span>saltgrain</span><button id="copy-path"
title="Copy item path to clipboard">Copy item path</button></h1><rustdoc-toolbar></rustdoc-toolbar>
<span class="sub-heading"><a class="src" href="../src/saltgrain/lib.rs.html#1-212">Source</a></span></div>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">
${ps(rIntro)}
<h2 id="examples"><a class="doc-anchor" href="#examples">§</a>${rH[0]}</h2><p>${rEx[0]}</p>
<div class="example-wrap"><pre class="rust rust-example-rendered"><code>${rEx[1]}</code></pre></div><p>${rEx[2]}</p>
<div class="example-wrap"><pre class="rust rust-example-rendered"><code>${rEx[3]}</code></pre></div>
<h2 id="feature-flags"><a class="doc-anchor" href="#feature-flags">§</a>${rH[1]}</h2><ul>${lis(rFeatures)}</ul>
<h2 id="minimum-supported-rust-version"><a class="doc-anchor" href="#minimum-supported-rust-version">§</a>${rH[2]}</h2>${ps(rMsrv)}
</div></details>
<h2 id="modules" class="section-header">Modules<a href="#modules" class="anchor">§</a></h2>${items('mod', rMods)}
<h2 id="structs" class="section-header">Structs<a href="#structs" class="anchor">§</a></h2>${items('struct', rStructs)}
<h2 id="enums" class="section-header">Enums<a href="#enums" class="anchor">§</a></h2>${items('enum', rEnums)}
<h2 id="functions" class="section-header">Functions<a href="#functions" class="anchor">§</a></h2>${items('fn', rFns)}
</section></div></main></div>
<script type="text/javascript">window.docsrs = {"crate":"saltgrain","version":"0.6.1"};</script></body></html>`;
export const docsRs: TestPage = {
  name: 'heldout283-docs-rs-crate-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: rBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs.rs', 'saltgrain-0.6.1', 'Platform', 'docs.rs', 'All Items', 'Sections', 'Crate Items', 'Modules', 'Structs', 'Enums', 'Functions', 'Copy item path',
    'Expand description', ...rFurn.filter((t) => !['clock', 'Generator', 'Grain', 'Tag'].includes(t)),
  ],
};
