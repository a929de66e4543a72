import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file c2: a HexDocs module page (ExDoc 0.38: sidebar, top search, moduledoc, summary, function details). */
const exMod = 'Tallyho.Window';
const exDoc = [
  'Sliding time windows over a stream of events.',
  'A window keeps the events that arrived in the last <code class="inline">duration</code> milliseconds and answers count, sum ' +
    'and rate queries over them. Windows are plain data structures: they are not processes, so you can keep one in a ' +
    'GenServer, an ETS table or a LiveView assign.',
  'Every function takes the current time as an optional last argument. In production you can leave it out and the ' +
    'monotonic clock is used; in tests, pass explicit timestamps so that results do not depend on how fast the test runs.',
  'Values are numbers. A window that only needs to count events can add <code class="inline">1</code> each time; a window ' +
    'that tracks bytes sent or request durations adds the measured value, and <code class="inline">sum/2</code> and ' +
    '<code class="inline">rate/2</code> then report totals and per-second rates over the window.',
  'Windows are immutable, like every other Elixir data structure. Each update returns a new window, and older copies ' +
    'remain valid, which makes it easy to compare the state of a window before and after a batch of events.',
];
const exH1 = 'Examples';
const exP1 = ['Create a ten-second window, add two events and ask how many arrived:'];
const exH2 = 'Memory use';
const exP2 = [
  'Events older than the window are dropped lazily, the next time the window is touched. A window that receives a burst of ' +
    'events and is then left alone keeps them in memory until its next update or query.',
  'If that matters, call <a href="#prune/2"><code class="inline">prune/2</code></a> from a periodic timer. Each event costs ' +
    'about 40 bytes on a 64-bit system.',
];
const exF = [
  {
    id: 'add/3',
    sig: 'add(window, value, now \\\\ System.monotonic_time(:millisecond))',
    doc: ['Adds an event with the given <code class="inline">value</code> at time <code class="inline">now</code>.'],
  },
  {
    id: 'count/2',
    sig: 'count(window, now \\\\ System.monotonic_time(:millisecond))',
    doc: ['Returns the number of events in the window at time <code class="inline">now</code>.'],
  },
  {
    id: 'new/1',
    sig: 'new(opts)',
    doc: [
      'Creates an empty window.',
      'The <code class="inline">:duration</code> option is required and must be a positive integer of milliseconds. The ' +
        '<code class="inline">:clock</code> option accepts a zero-arity function for tests.',
    ],
  },
  {
    id: 'prune/2',
    sig: 'prune(window, now)',
    doc: [
      'Drops every event older than the window. Returns the updated window.',
      'Calling this function is never required for correct results, because queries ignore expired events. It only ' + 'releases their memory early.',
    ],
  },
];
const exSideTabs = ['Pages', 'Modules'];
const exPages = ['README', 'Changelog', 'License'];
const exMods = ['Tallyho', 'Tallyho.Counter', 'Tallyho.Histogram', 'Tallyho.Window'];
const exFoot = ['Hex Package', 'Hex Preview', 'Search HexDocs', 'Download ePub version'];
const exHead = (id: string, text: string): string => `<h2 id="module-${id}" class="section-heading"><a href="#module-${id}" class="hover-link">
<i class="ri-link-m" aria-hidden="true"></i></a><span class="text">${text}</span></h2>`;
const exHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge"><meta name="viewport" content="width=device-width,
initial-scale=1.0"><meta name="generator" content="ExDoc v0.38.2"><meta name="project" content="tallyho v1.4.0">
<title>Tallyho.Window — tallyho v1.4.0</title><link rel="stylesheet" href="dist/html-elixir-6RQGZ3AK.css">
<script defer src="dist/sidebar_items-8F2A1C3D.js"></script><script defer src="docs_config.js"></script><script defer src="dist/html-6GZPKQXN.js"></script>
<script>document.documentElement.classList.add("sidebar-open")</script></head>
<body><div class="body-wrapper"><button id="sidebar-menu" class="sidebar-button sidebar-toggle" aria-label="toggle sidebar" aria-controls="sidebar">
<i class="ri-menu-line ri-lg" title="Collapse/expand sidebar"></i></button>
<nav id="sidebar" class="sidebar"><div class="sidebar-header"><div class="sidebar-projectInfo"><div><a href="readme.html" class="sidebar-projectName"
translate="no">tallyho</a><div class="sidebar-projectVersion" translate="no">v1.4.0</div></div></div>
<ul id="sidebar-list-nav" class="sidebar-list-nav" role="tablist" data-extras=""><li><button id="extras-list-tab-button" role="tab"
data-type="extras" aria-controls="extras-tab-panel" aria-selected="false" tabindex="-1">${exSideTabs[0]}</button></li>
<li><button id="modules-list-tab-button" role="tab" data-type="modules" aria-controls="modules-tab-panel"
aria-selected="true">${exSideTabs[1]}</button></li></ul>
</div><div id="extras-tab-panel" class="sidebar-tabpanel" role="tabpanel" hidden><ul id="extras-full-list" class="full-list">
${exPages.map((p) => `<li><a href="${p.toLowerCase()}.html">${p}</a></li>`).join('')}</ul></div>
<div id="modules-tab-panel" class="sidebar-tabpanel" role="tabpanel"><ul id="modules-full-list" class="full-list">
${exMods.map((m) => `<li class="${m === exMod ? 'current-page open' : ''}"><a href="${m}.html" class="expand" translate="no">${m}</a></li>`).join('\n')}
</ul></div></nav>
<main class="content page-module" id="main" data-type="modules"><div id="content" class="content-inner">
<div class="top-search"><div class="search-settings"><form class="search-bar" action="search.html"><label class="search-label">
<span class="sr-only">Search documentation of tallyho</span><input name="q" type="text" class="search-input" placeholder="Press / to search"
autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"></label><button type="submit" class="search-button"
aria-label="Submit Search" tabindex="-1"><i class="ri-search-2-line ri-lg" aria-hidden="true" title="Submit search"></i></button></form>
<div class="autocomplete"></div><button class="icon-settings display-settings"><i class="ri-settings-3-line"></i><span class="sr-only">Settings</span></button>
</div></div>
<div id="top-content"><div class="heading-with-actions top-heading"><h1><span translate="no">${exMod}</span>
<small class="app-vsn" translate="no">(tallyho v1.4.0)</small></h1>
<a href="https://github.com/fennwick/tallyho/blob/v1.4.0/lib/tallyho/window.ex#L1" title="View Source" class="icon-action" rel="help">
<i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">View Source</span></a></div>
<section id="moduledoc">${exDoc.map((p) => `<p>${p}</p>`).join('\n')}
${exHead('examples', exH1)}<p>${exP1[0]}</p><pre><code class="makeup elixir" translate="no"><span class="n">window</span> = Tallyho.Window.new(duration: 10_000)
window = window |&gt; Tallyho.Window.add(1, 0) |&gt; Tallyho.Window.add(1, 4_000)
Tallyho.Window.count(window, 5_000)
#=&gt; 2</code></pre>
${exHead('memory-use', exH2)}${exP2.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section id="summary" class="details-list"><h1 class="section-heading"><a class="hover-link" href="#summary"><i class="ri-link-m" aria-hidden="true"></i></a>
<span class="text">Summary</span></h1><div class="summary-types summary"><h2><a href="#types">Types</a></h2><div class="summary-row">
<div class="summary-signature"><a href="#t:t/0" translate="no">t()</a></div></div></div>
<div class="summary-functions summary"><h2><a href="#functions">Functions</a></h2>
${exF
  .map(
    (f) => `<div class="summary-row"><div class="summary-signature"><a href="#${f.id}" translate="no">${f.sig.replace(/\\\\/g, '\\')}</a></div>
<div class="summary-synopsis"><p>${f.doc[0]}</p></div></div>`,
  )
  .join('\n')}</div></section>
<section id="types" class="details-list"><h1 class="section-heading"><a class="hover-link" href="#types"><i class="ri-link-m" aria-hidden="true"></i></a>
<span class="text">Types</span></h1><div class="types-list"><section class="detail" id="t:t/0"><div class="detail-header"><a href="#t:t/0" class="detail-link"
data-no-tooltip="" aria-label="Link to this type"><i class="ri-link-m" aria-hidden="true"></i></a><div class="heading-with-actions">
<h1 class="signature" translate="no">t()</h1></div></div><section class="docstring"><pre translate="no"><span class="na">@opaque</span> t()</pre>
</section></section></div></section>
<section id="functions" class="details-list"><h1 class="section-heading"><a class="hover-link" href="#functions"><i class="ri-link-m" aria-hidden="true">
</i></a><span class="text">Functions</span></h1><div class="functions-list">
${exF
  .map(
    (f) => `<section class="detail" id="${f.id}"><div class="detail-header"><a href="#${f.id}" class="detail-link" data-no-tooltip=""
aria-label="Link to this function"><i class="ri-link-m" aria-hidden="true"></i></a><div class="heading-with-actions"><h1 class="signature"
translate="no">${f.sig.replace(/\\\\/g, '\\')}</h1><a href="https://github.com/fennwick/tallyho/blob/v1.4.0/lib/tallyho/window.ex#L40" class="icon-action"
rel="help" aria-label="View Source"><i class="ri-code-s-slash-line" aria-hidden="true"></i></a></div></div><section class="docstring">
${f.doc.map((p) => `<p>${p}</p>`).join('\n')}</section></section>`,
  )
  .join('\n')}</div></section></div>
<div class="bottom-actions" id="bottom-actions"><div class="bottom-actions-item"><a href="Tallyho.Histogram.html" class="bottom-actions-button" rel="prev">
<span class="subheader">← Previous Page</span><span class="title">Tallyho.Histogram</span></a></div></div>
<footer class="footer"><p><span class="line"><a href="https://hex.pm/packages/tallyho/1.4.0" class="footer-hex-package">Hex Package</a>
<a href="https://preview.hex.pm/preview/tallyho/1.4.0">Hex Preview</a> (<a
href="https://preview.hex.pm/preview/tallyho/1.4.0/show/lib/tallyho/window.ex">current
file</a>)</span><span class="line"><button class="a-main footer-button display-quick-switch" title="Search HexDocs">Search HexDocs</button>
<a href="tallyho.epub" title="ePub version">Download ePub version</a></span></p><p class="built-using">Built using
<a href="https://github.com/elixir-lang/ex_doc" title="ExDoc" target="_blank" rel="help noopener" translate="no">ExDoc</a> (v0.38.2) for the
<a href="https://elixir-lang.org" title="Elixir" target="_blank" translate="no">Elixir programming language</a></p></footer></div></main></div>
</body></html>`;
export const hexdocsPage: TestPage = {
  name: 'heldout174-hexdocs-module',
  kind: 'docs',
  html: exHtml,
  // the title is the module name (its version tag is furniture); function signatures and the typespec are code (neither);
  // the Summary section repeats the first line of each function's doc and is left out of both lists
  title: exMod,
  headings: [exH1, exH2, 'Types', 'Functions'],
  body: texts([...exDoc, ...exP1, ...exP2, ...exF.flatMap((f) => f.doc)]),
  bylines: [],
  furniture: [
    'tallyho',
    'v1.4.0',
    ...exSideTabs,
    ...exPages,
    ...exMods.filter((m) => m !== exMod),
    'Search documentation of tallyho',
    'Settings',
    '(tallyho v1.4.0)',
    'View Source',
    '← Previous Page',
    ...exFoot,
    'Built using ExDoc (v0.38.2) for the Elixir programming language',
  ],
};
