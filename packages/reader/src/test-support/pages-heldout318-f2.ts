import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file f2: an Elixir module page on HexDocs built by ExDoc (sidebar with project name, version picker,
 * GUIDES / MODULES tabs and the module tree, the top search bar and settings button, the module h1 with "View Source"
 * and app version, the moduledoc with its own h2 sections, the Summary block, type and function details with signatures
 * and specs, and the Hex footer with "Built using ExDoc").
 */
const xTitle = 'Quaystone.Berth';
const xDoc = [
  j(
    'Assigns vessels to berths in a port and keeps track of who is alongside where. A berth is a stretch of quay with a',
    'length, a depth at low water and a list of the cargo handling it offers; a vessel fits when it is shorter than the',
    'berth and draws less than its depth.',
  ),
  j(
    'Each berth is a process under <code>Quaystone.BerthSupervisor</code>, so assignments to different berths never wait',
    'for each other. Assignments to the same berth are handled one at a time, in the order the calls arrive.',
  ),
  j(
    'The module keeps no history of its own. Every assignment and release is published on the <code>:berths</code> topic,',
    'and the harbour log, billing and the quay display each subscribe to it.',
  ),
];
const xRules = ['The checks are made in this order, and the first one that fails decides the error:'];
const xRuleList = [
  'the vessel must not already be alongside another berth;',
  'the berth must be free for the whole window, including the turnaround margin set for the port;',
  "the vessel's length and draught must fit the berth;",
  'the berth must offer the cargo handling the vessel asks for.',
];
const xType = ['A berth assignment: the berth, the vessel and the time window it holds.'];
const xAssign = [
  j('Assigns <code>vessel</code> to <code>berth</code> for the given window. Returns the assignment, or an error tuple naming', 'the first check that failed.'),
  j(
    "The window defaults to the vessel's declared arrival and departure. Pass <code>:margin</code> in <code>opts</code> to override",
    "the port's turnaround margin for this call only.",
  ),
  'A vessel that is still alongside another berth must be released there first; the function never moves a vessel on its own.',
];
const xRelease = [
  j(
    'Ends the assignment of whatever vessel is alongside <code>berth</code>. Releasing a free berth is not an error; it',
    'returns <code>:ok</code> all the same, so that retrying a release is always safe.',
  ),
];
const xExtras = ['Overview', 'Getting started', 'Port configuration', 'Changelog'];
const xModules = ['Quaystone', 'Quaystone.BerthSupervisor', 'Quaystone.Vessel', 'Quaystone.Window'];
const hl = (id: string, text: string, tag = 'h2'): string =>
  `<${tag} id="${id}" class="section-heading"><a href="#${id}" class="hover-link"><i class="ri-link-m" aria-hidden="true"></i></a>
<span class="text">${text}</span></${tag}>`;
const detail = (id: string, sig: string, spec: string, doc: string): string => `<section class="detail" id="${id}"><div class="detail-header">
<a href="#${id}" class="detail-link" data-no-tooltip="" aria-label="Link to this ${id.startsWith('t:') ? 'type' : 'function'}"><i class="ri-link-m"
aria-hidden="true"></i></a><div class="heading-with-actions"><h1 class="signature" translate="no">${sig}</h1>
<a href="https://github.com/quaystone/quaystone/blob/v0.9.2/lib/quaystone/berth.ex#L40" class="icon-action" rel="help" aria-label="View Source">
<i class="ri-code-s-slash-line" aria-hidden="true"></i></a></div></div><section class="docstring"><div class="specs"><pre translate="no">${spec}</pre></div>
${doc}</section></section>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="ExDoc v0.31.1"><meta name="project" content="Quaystone v0.9.2"><title>Quaystone.Berth — Quaystone v0.9.2</title>
<link rel="stylesheet" href="dist/html-elixir-KV3YOVJ3.css" /><script src="dist/handlebars.runtime-NWIB6V2M.js"></script>
<script src="dist/sidebar_items-8A5F1C2B.js"></script><script src="docs_config.js"></script><script async src="dist/html-JRPQ5PR6.js"></script></head>
<body data-type="modules" class="page-module">
<script>try { document.body.classList.add(localStorage.getItem("ex_doc:settings") ? "dark" : ""); } catch (e) {}</script>
<div class="body-wrapper"><button id="sidebar-menu" class="sidebar-button sidebar-toggle" aria-label="toggle sidebar" aria-controls="sidebar">
<i class="ri-menu-line ri-lg" title="Collapse/expand sidebar"></i></button><nav id="sidebar" class="sidebar"><div class="sidebar-header">
<div class="sidebar-projectInfo">
<div><a href="https://github.com/quaystone/quaystone" class="sidebar-projectName" translate="no">Quaystone</a>
<div class="sidebar-projectVersion" translate="no">
<form autocomplete="off"><select class="sidebar-projectVersionsDropdown"><option>v0.9.2</option><option>v0.9.1</option></select></form></div></div></div>
<ul class="sidebar-listNav" role="tablist"><li><button id="extras-list-tab-button" role="tab" data-type="extras" aria-controls="extras-tab-panel"
aria-selected="false" tabindex="-1">GUIDES</button></li><li>
<button id="modules-list-tab-button" role="tab" data-type="modules" aria-controls="modules-tab-panel"
aria-selected="true" tabindex="0">MODULES</button></li></ul></div><div id="extras-tab-panel" class="sidebar-tabpanel" role="tabpanel" hidden>
<ul class="full-list">${xExtras
  .map(
    (e) => `<li class="nav-item"><a href="${e.toLowerCase().replace(/ /g, '-')}.html" class="expand">${e}</a>
</li>`,
  )
  .join('')}</ul></div>
<div id="modules-tab-panel" class="sidebar-tabpanel" role="tabpanel"><ul class="full-list">
${[xModules[0], 'Quaystone.Berth', ...xModules.slice(1)]
  .map(
    (m) => `<li class="nav-item${m === 'Quaystone.Berth' ? ' current-page' : ''}"><a href="${m}.html"
class="expand" translate="no">${m}</a></li>`,
  )
  .join('\n')}</ul></div></nav>
<main class="content page-module" id="main" data-type="modules"><output role="status" id="toast"></output><div class="content-outer">
<div id="content" class="content-inner">
<div class="top-search"><div class="search-settings"><form class="search-bar" action="search.html"><label class="search-label">
<span class="sr-only">Search documentation of Quaystone</span><input name="q" type="text" class="search-input" placeholder="Press / to search"
autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" /></label><button type="submit" class="search-button" aria-label="Submit Search">
<i class="ri-search-2-line ri-lg" aria-hidden="true" title="Submit search"></i></button></form>
<button class="icon-settings display-settings"><i class="ri-settings-3-line"></i><span class="sr-only">Settings</span></button></div></div>
<div id="top-content"><div class="heading-with-actions top-heading"><h1>
<span translate="no">${xTitle}</span> <small class="app-vsn" translate="no">(Quaystone v0.9.2)</small>
</h1><a href="https://github.com/quaystone/quaystone/blob/v0.9.2/lib/quaystone/berth.ex#L1" title="View Source" class="icon-action" rel="help">
<i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">View Source</span></a></div>
<section id="moduledoc">${ps(xDoc)}${hl('module-assignment-rules', 'Assignment rules')}${ps(xRules)}<ol>${xRuleList.map((r) => `<li>${r}</li>`).join('\n')}</ol>
${hl('module-examples', 'Examples')}<pre><code class="makeup elixir" translate="no"><span class="gp unselectable">iex&gt; </span>
<span class="nc">Quaystone.Berth</span><span class="o">.</span><span class="n">assign</span>(<span class="s">"north-4"</span>, <span class="n">vessel</span>)
{:ok, %Quaystone.Berth{berth: "north-4"}}</code></pre></section></div>
<section id="summary" class="details-list">${hl('summary', 'Summary', 'h1')}<div class="summary-types summary"><h2><a href="#types">Types</a></h2>
<div class="summary-row"><div class="summary-signature"><a href="#t:t/0" data-no-tooltip="" translate="no">t()</a></div><div class="summary-synopsis">
<p>A berth assignment: the berth, the vessel and the time window it holds.</p></div></div></div><div class="summary-functions summary">
<h2><a href="#functions">Functions</a></h2><div class="summary-row"><div class="summary-signature">
<a href="#assign/3" translate="no">assign(berth, vessel, opts \\\\ [])</a>
</div><div class="summary-synopsis"><p>Assigns <code>vessel</code> to <code>berth</code> for the given window.</p></div></div><div class="summary-row">
<div class="summary-signature"><a href="#release/1" translate="no">release(berth)</a></div><div class="summary-synopsis">
<p>Ends the assignment of whatever vessel
is alongside <code>berth</code>.</p></div></div></div></section>
<section id="types" class="details-list">${hl('types', 'Types', 'h1')}<div class="types-list">
${detail('t:t/0', 't()', '@type t() :: %Quaystone.Berth{berth: String.t(), vessel: Quaystone.Vessel.t(), window: Quaystone.Window.t()}', ps(xType))}</div>
</section>
<section id="functions" class="details-list">${hl('functions', 'Functions', 'h1')}<div class="functions-list">
${detail(
  'assign/3',
  'assign(berth, vessel, opts \\\\ [])',
  '@spec assign(String.t(), Quaystone.Vessel.t(), keyword()) :: {:ok, t()} | {:error, atom()}',
  ps(xAssign),
)}
${detail('release/1', 'release(berth)', '@spec release(String.t()) :: :ok', ps(xRelease))}</div></section>
<footer class="footer"><p><span class="line"><a href="https://hex.pm/packages/quaystone/0.9.2" class="footer-hex-package">Hex Package</a>
<a href="https://preview.hex.pm/preview/quaystone/0.9.2">Hex Preview</a>
(<a href="https://preview.hex.pm/preview/quaystone/0.9.2/show/lib/quaystone/berth.ex">current
file</a>)</span><span class="line"><button class="a-main footer-button display-quick-switch" title="Search HexDocs packages">Search HexDocs</button>
<a href="Quaystone.epub" title="ePub version">Download ePub version</a></span></p><p class="built-using">Built using
<a href="https://github.com/elixir-lang/ex_doc" title="ExDoc" target="_blank" rel="help noopener" translate="no">ExDoc</a> (v0.31.1) for the
<a href="https://elixir-lang.org" title="Elixir" target="_blank" translate="no">Elixir programming language</a></p></footer></div></div></main></div></body>
</html>`;
export const hexdocs: TestPage = {
  name: 'heldout318-hexdocs-elixir-module',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['Assignment rules', 'Examples', 'Types', 't()', 'Functions', 'assign(berth, vessel, opts \\\\ [])', 'release(berth)'],
  body: texts([...xDoc, ...xRules, ...xRuleList, ...xType, ...xAssign, ...xRelease]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'v0.9.2', 'v0.9.1', 'GUIDES', 'MODULES', ...xExtras, ...xModules.slice(2), 'Search documentation of Quaystone', 'Settings', '(Quaystone v0.9.2)',
    'View Source', 'Hex Package', 'Hex Preview', 'current file', 'Search HexDocs', 'Download ePub version',
    'Built using ExDoc (v0.31.1) for the Elixir programming language',
  ],
};
