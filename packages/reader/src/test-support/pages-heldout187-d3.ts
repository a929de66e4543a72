import { type TestPage, texts } from './page-kit.js';
import * as d from './pages-heldout187-d2.js';

/**
 * Held-out batch 187, file d3: an Erlang/OTP reference page for the counters module as ExDoc renders it on erlang.org
 * (the sidebar with project name, version, search, Pages / Modules tabs and the module tree, the top search bar and
 * settings button, the h1 with the "(erts v15.2)" version and a "View Source" link, the moduledoc with its section
 * headings and hover links, the Summary with type and function rows, the detail sections with sr-only link texts, spec
 * blocks and "(since OTP ...)" notes, the bottom previous / next links and the ExDoc footer).
 */
const S = d.erSide;
const hover = (tag: string, t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<${tag} id="${id}" class="section-heading"><a href="#${id}" class="hover-link"><i class="ri-link-m" aria-hidden="true"></i>
<span class="sr-only">${S[16]}</span></a><span class="text">${t}</span></${tag}>`;
};
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const row = (id: string, sig: string, doc: string): string => `<div class="summary-row"><div class="summary-signature">
<a href="#${id}" data-no-tooltip="" translate="no">${sig}</a></div><div class="summary-synopsis"><p>${doc}</p></div></div>`;
const detail = (
  id: string,
  sig: string,
  kind: 'type' | 'function',
  spec: string,
  since: string,
  body: readonly string[],
): string => `<section class="detail" id="${id}">
<div class="detail-header"><a href="#${id}" class="detail-link" data-no-tooltip="" aria-label="${kind === 'type' ? S[17] : S[18]}" title="${
  kind === 'type' ? S[17] : S[18]
}">
<i class="ri-link-m" aria-hidden="true"></i><span class="sr-only">${kind === 'type' ? S[17] : S[18]}</span></a><h1 class="signature" translate="no">${sig}</h1>
<a href="https://github.com/erlang/otp/blob/OTP-27.2/erts/preloaded/src/counters.erl#L60" class="icon-action" rel="help" aria-label="View Source" title="View
Source">
<i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">${S[15]}</span></a><span class="note">(since OTP ${since})</span>
<div class="specs"><pre translate="no"><span class="attribute">${spec}</span></pre></div></div><section class="docstring">${ps(body)}</section></section>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge"><meta name="viewport" content="width=device-width,
initial-scale=1.0">
<meta name="generator" content="ExDoc v0.36.1"><meta name="project" content="erts v15.2"><title>counters — erts v15.2</title>
<link rel="stylesheet" href="dist/html-erlang-MQEV6NCZ.css"><script src="dist/handlebars.runtime-NWIB6V2M.js"></script>
<script src="dist/handlebars.templates-K7URE6B4.js"></script><script src="dist/sidebar_items-9F0C3A11.js"></script><script src="docs_config.js"></script>
<script async src="dist/html-3OV4ANTO.js"></script></head>
<body><script>(() => { var settings = JSON.parse(localStorage.getItem('ex_doc:settings') || '{}'); if (settings.theme === 'dark') {
document.body.classList.add('dark') } })();</script>
<div class="body-wrapper"><button id="sidebar-menu" class="sidebar-button sidebar-toggle" aria-label="toggle sidebar" aria-controls="sidebar">
<i class="ri-menu-line ri-lg" title="Collapse/expand sidebar"></i></button>
<nav id="sidebar" class="sidebar"><div class="sidebar-header"><div class="sidebar-projectInfo"><a href="https://www.erlang.org/doc/readme.html"
class="sidebar-projectImage">
<img src="assets/logo.png" alt="erts"></a><div><a href="https://www.erlang.org/doc/readme.html" class="sidebar-projectName" translate="no">${S[0]}</a>
<div class="sidebar-projectVersion" translate="no">${S[1]}</div></div></div>
<div class="sidebar-search"><i class="ri-search-2-line" aria-hidden="true"></i><input type="text" class="sidebar-searchInput" name="q" placeholder="${S[2]}"
aria-label="Search" autocomplete="off"></div><ul class="sidebar-list-nav" role="tablist"><li role="none"><button id="extras-list-tab-button" role="tab"
aria-selected="false" aria-controls="extras-tab-panel" tabindex="-1">${S[3]}</button></li><li role="none"><button id="modules-list-tab-button" role="tab"
aria-selected="true" aria-controls="modules-tab-panel">${S[4]}</button></li></ul></div>
<div id="modules-tab-panel" class="sidebar-tabpanel" role="tabpanel" aria-labelledby="modules-list-tab-button"><ul id="modules-full-list" class="full-list">
${S.slice(5, 12)
  .map((m) => `<li class="${m === 'counters' ? 'current-page open' : ''}"><a href="${m}.html" class="expand" translate="no">${m}</a></li>`)
  .join('\n')}</ul></div></nav>
<main class="content page-module" id="main" data-type="modules"><div id="content" class="content-inner">
<div class="top-search"><div class="search-settings"><form class="search-bar" action="search.html"><label class="search-label">
<span class="sr-only">Search documentation of erts</span><input name="q" type="text" class="search-input" placeholder="${S[13]}" aria-label="Search"
autocomplete="off">
</label><button type="submit" class="search-button" aria-label="Submit Search"><i class="ri-search-2-line" aria-hidden="true"></i></button></form>
<button class="icon-settings display-settings" title="${S[14]}"><i class="ri-settings-3-line"></i><span class="sr-only">${S[14]}</span></button></div></div>
<div id="top-content"><div class="heading-with-actions top-heading"><h1><span translate="no">${d.erTitle}</span> <small class="app-vsn" translate="no">(erts
v15.2)</small></h1>
<a href="https://github.com/erlang/otp/blob/OTP-27.2/erts/preloaded/src/counters.erl#L22" title="View Source" class="icon-action" rel="help">
<i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">${S[15]}</span></a></div>
<section id="moduledoc">
${ps(d.erIntro)}
${hover('h2', d.erH[0]!)}
${ps(d.erAtomics)}
${hover('h2', d.erH[1]!)}
${ps(d.erOverflow)}
</section>
<section id="summary" class="details-list">${hover('h1', d.erH[2]!)}
<div class="summary-types summary"><h2><a href="#types">${d.erH[3]}</a></h2>${row('t:counters_ref/0', 'counters_ref()', d.erSummaryDocs[0]!)}</div>
<div class="summary-functions summary"><h2><a href="#functions">${d.erH[4]}</a></h2>
${row('add/3', 'add(Ref, Ix, Incr)', d.erSummaryDocs[1]!)}${row('get/2', 'get(Ref, Ix)', d.erSummaryDocs[2]!)}
${row('new/2', 'new(Size, Opts)', d.erSummaryDocs[3]!)}${row('put/3', 'put(Ref, Ix, Value)', d.erSummaryDocs[4]!)}</div></section>
<section id="types" class="details-list">${hover('h1', d.erH[3]!)}<div class="types-list">
${detail('t:counters_ref/0', d.erH[5]!, 'type', '-opaque counters_ref()', '21.2', d.erRef)}</div></section>
<section id="functions" class="details-list">${hover('h1', d.erH[4]!)}<div class="functions-list">
${detail('add/3', d.erH[6]!, 'function', '-spec add(Ref, Ix, Incr) -&gt; ok when Ref :: counters_ref(), Ix :: integer(), Incr :: integer().', '21.2', d.erAdd)}
${detail('get/2', d.erH[7]!, 'function', '-spec get(Ref, Ix) -&gt; integer() when Ref :: counters_ref(), Ix :: integer().', '21.2', d.erGet)}
${detail(
  'new/2',
  d.erH[8]!,
  'function',
  `-spec new(Size, Opts) -&gt; counters_ref() when Size :: pos_integer(),
      Opts :: [Opt], Opt :: atomics | write_concurrency.`,
  '21.2',
  d.erNew,
)}
${detail(
  'put/3',
  d.erH[9]!,
  'function',
  '-spec put(Ref, Ix, Value) -&gt; ok when Ref :: counters_ref(), Ix :: integer(), Value :: integer().',
  '21.2',
  d.erPut,
)}
</div></section></div>
<div class="bottom-actions" id="bottom-actions"><div class="bottom-actions-item"><a href="atomics.html" class="bottom-actions-button" rel="prev">
<span class="subheader">← Previous Page</span><span class="title">atomics</span></a></div><div class="bottom-actions-item"><a href="erl_tracer.html"
class="bottom-actions-button" rel="next"><span class="subheader">Next Page →</span><span class="title">erl_tracer</span></a></div></div>
<footer class="footer"><p><span class="line"><button class="a-main footer-button display-quick-switch" title="Search HexDocs packages">Search HexDocs</button>
<a href="erts.epub" title="ePub version">Download ePub version</a></span></p><p class="built-using">Built using <a href="https://github.com/elixir-lang/ex_doc"
title="ExDoc" target="_blank" rel="help noopener" translate="no">ExDoc</a> (v0.36.1) for the <a href="https://erlang.org" title="Erlang" target="_blank"
translate="no">Erlang programming language</a></p><p class="copyright">Copyright © 1996-2025 Ericsson AB. All Rights Reserved.</p></footer></div></main></div>
<a href="#main" class="back-to-top" aria-label="${S[12]}">${S[12]}</a></body></html>`;
export const erlangPage: TestPage = {
  html,
  name: 'heldout187-erlang-otp-exdoc-module',
  kind: 'docs',
  // the module name is the title (its "(erts v15.2)" tag is in neither list); moduledoc h2s, the Summary / Types /
  // Functions h1s and the signature h1s of the details are headings; summary synopses and docstrings are body; spec
  // blocks are in neither list; sidebar (the current "counters" entry left out, being the title), sr-only link texts,
  // "since" notes, bottom navigation and footer are furniture
  title: d.erTitle,
  headings: d.erH,
  body: texts([...d.erIntro, ...d.erAtomics, ...d.erOverflow, ...d.erSummaryDocs, ...d.erRef, ...d.erAdd, ...d.erGet, ...d.erNew, ...d.erPut]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...S.filter((t) =>
!['counters', 'Search...', 'Press / to search'].includes(t)), 'Search documentation of erts', '(since OTP 21.2)', '← Previous Page', 'Next Page →',
    'Search HexDocs', 'Download ePub version', 'Built using ExDoc (v0.36.1) for the Erlang programming language',
    'Copyright © 1996-2025 Ericsson AB. All Rights Reserved.',
  ],
};
