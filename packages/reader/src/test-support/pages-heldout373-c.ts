import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';
import { pep } from './pages-heldout373-c2.js';

/**
 * Held-out batch 373, file c: one clause of a multipage specification rendered by ecmarkup, in the style of ECMA-262 (the
 * side menu with search, pins and the table of contents, the shortcuts help, the version line, emu-clause h1 headings with
 * section numbers, emu-alg algorithm steps, an emu-note and an emu-table of internal slots) and, from file c2, a Python PEP.
 */
const eTitle = '21.3 DeferredValue Objects';
const eIntro = [
  j(
    'A DeferredValue is an object that holds the result of a computation which has not been performed yet. Unlike a Promise,',
    'a DeferredValue does nothing until some code asks for its value, and it then performs the computation synchronously and',
    'exactly once.',
  ),
  j(
    'DeferredValue objects are intended for values that are expensive to compute and often not needed at all, such as a',
    'parsed configuration section or a large lookup table. The computation runs on the thread that first asks for the value,',
    'and any exception it throws is rethrown to that caller and to every later caller.',
  ),
];
const eCtorIntro = ['When the <code>DeferredValue</code> function is called with argument <var>thunk</var>, the following steps are taken:'];
const eCtorSteps = [
  'If NewTarget is <emu-val>undefined</emu-val>, throw a <emu-val>TypeError</emu-val> exception.',
  'If IsCallable(<var>thunk</var>) is <emu-val>false</emu-val>, throw a <emu-val>TypeError</emu-val> exception.',
  'Let <var>D</var> be ? OrdinaryCreateFromConstructor(NewTarget, "%DeferredValue.prototype%", « [[Thunk]], [[State]], [[Result]] »).',
  'Set <var>D</var>.[[Thunk]] to <var>thunk</var>.',
  'Set <var>D</var>.[[State]] to <emu-const>pending</emu-const>.',
  'Return <var>D</var>.',
];
const eSettleSteps = [
  'Let <var>D</var> be the <emu-val>this</emu-val> value.',
  'Perform ? RequireInternalSlot(<var>D</var>, [[State]]).',
  'If <var>D</var>.[[State]] is <emu-const>settled</emu-const>, return <var>D</var>.[[Result]].',
  'If <var>D</var>.[[State]] is <emu-const>running</emu-const>, throw a <emu-val>ReferenceError</emu-val> exception.',
  'Set <var>D</var>.[[State]] to <emu-const>running</emu-const>.',
  'Let <var>result</var> be Completion(Call(<var>D</var>.[[Thunk]], <emu-val>undefined</emu-val>)).',
  'Set <var>D</var>.[[Thunk]] to <emu-const>empty</emu-const> and <var>D</var>.[[State]] to <emu-const>settled</emu-const>.',
  'Set <var>D</var>.[[Result]] to ? <var>result</var> and return <var>D</var>.[[Result]].',
];
const eNote = [
  j(
    'The check for the <emu-const>running</emu-const> state makes a thunk that reads its own DeferredValue fail loudly instead',
    'of recursing forever. Because the state is set to settled even when the thunk throws, a failing thunk is never retried.',
  ),
];
const eInstIntro = [
  j(
    'DeferredValue instances are ordinary objects that inherit properties from the DeferredValue prototype object. They are',
    'created with the internal slots described in the table below, and no other code can observe those slots directly.',
  ),
];
const eSlots: readonly (readonly [string, string])[] = [
  ['[[Thunk]]', 'a function object or empty'],
  ['[[State]]', 'pending, running or settled'],
  ['[[Result]]', 'an ECMAScript language value'],
];
const eSlotDesc = ['The function to call on first access.', 'Where the computation stands.', 'The value returned by the thunk, once settled.'];
const eToc = ['Introduction', 'Scope', 'Conformance', 'Normative References', 'Overview', 'Fundamental Objects', 'Control Abstraction Objects'];
const eTocSub = ['21.1 Iteration', '21.2 Promise Objects', '21.3 DeferredValue Objects', '21.4 GeneratorFunction Objects'];
const eShortcuts = ['Toggle shortcuts help', 'Toggle "can call user code" annotations', 'Jump to search box', 'Toggle pinning of the current clause'];
const h1 = (no: string, t: string): string => `<h1><span class="secnum">${no}</span> ${t}</h1>`;
const alg = (steps: readonly string[]): string => `<emu-alg><ol>${steps.map((s) => `<li>${s}</li>`).join('\n')}</ol></emu-alg>`;
const eHtml = `<!doctype html><html lang="en-GB-oxendict"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>WireScript® 2027 Language Specification</title>
<link rel="icon" href="img/favicon.ico"><link rel="stylesheet" href="ecmarkup.css">
<link rel="stylesheet" href="https://cdnjs.cloudflare.example/ajax/libs/highlight.js/11.9.0/styles/base16/solarized-light.min.css">
<script src="ecmarkup.js?cache=Fq2vL0aZ" defer></script><script type="application/json" id="menu-search-biblio">{"refsByClause":{},"entries":[]}</script>
<script>window.multipageMap = {"sec-deferredvalue-objects":"control-abstraction-objects.html"};</script></head>
<body><div id="shortcuts-help"><ul>
${eShortcuts.map((s, i) => `<li><span>${s}</span><code>${['?', 'u', '/', 'p'][i] ?? ''}</code></li>`).join('\n')}
</ul></div><div id="menu-toggle"><svg xmlns="http://www.w3.org/2000/svg" style="width:100%; height:100%; stroke:currentColor" viewBox="0 0 120 120">
<title>Menu</title><path stroke-width="10" stroke-linecap="round" d="M30,60 h60 M30,30 m0,5 h60 M30,90 m0,-5 h60"></path></svg></div>
<div id="menu-spacer" class="menu-spacer"></div><div id="menu"><div id="menu-search"><input type="text" id="menu-search-box" placeholder="Search...">
<div id="menu-search-results" class="inactive"></div></div><div id="menu-pins"><div class="menu-pane-header">Pins<button class="unpin-all">clear</button>
</div><ul id="menu-pins-list"></ul></div><div class="menu-pane-header">Navigate to/via Table of Contents</div><div id="menu-toc"><ol class="toc">
${links(eToc, 'active')}${links(eTocSub)}</ol></div></div>
<div id="spec-container"><h1 class="version">Draft ECMA-517 / February 26, 2026</h1>
<emu-clause id="sec-deferredvalue-objects">${h1('21.3', 'DeferredValue Objects')}${ps(eIntro)}
<emu-clause id="sec-deferredvalue-constructor" type="built-in function">${h1('21.3.1', 'DeferredValue ( <var>thunk</var> )')}
${ps(eCtorIntro)}${alg(eCtorSteps)}</emu-clause>
<emu-clause id="sec-deferredvalue.prototype.settle" type="built-in function">${h1('21.3.2', 'DeferredValue.prototype.settle ( )')}
<p>This method performs the following steps when called:</p>${alg(eSettleSteps)}
<emu-note><span class="note">Note</span><div class="note-contents">${ps(eNote)}</div></emu-note></emu-clause>
<emu-clause id="sec-properties-of-deferredvalue-instances">${h1('21.3.3', 'Properties of DeferredValue Instances')}${ps(eInstIntro)}
<emu-table id="table-internal-slots-of-deferredvalue-instances" caption="Internal Slots of DeferredValue Instances"><figure>
<figcaption>Table 93: Internal Slots of DeferredValue Instances</figcaption><table><tbody>
<tr><th>Internal Slot</th><th>Type</th><th>Description</th></tr>
${eSlots.map(([s, t], i) => `<tr><td>${s}</td><td>${t}</td><td>${eSlotDesc[i] ?? ''}</td></tr>`).join('\n')}
</tbody></table></figure></emu-table></emu-clause></emu-clause></div>
<script>document.addEventListener("DOMContentLoaded", () => { if (location.hash) { Toc.reveal(location.hash.slice(1)); } });</script></body></html>`;
const ecma: TestPage = {
  name: 'heldout373-ecmarkup-spec-clause',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['21.3.1 DeferredValue ( thunk )', '21.3.2 DeferredValue.prototype.settle ( )', '21.3.3 Properties of DeferredValue Instances'],
  body: [
    ...texts([...eIntro, ...eCtorIntro, ...eCtorSteps, 'This method performs the following steps when called:', ...eSettleSteps, ...eNote, ...eInstIntro]),
    ...eSlots.flatMap(([s, t]) => [s, t]),
    ...eSlotDesc,
  ],
  bylines: ['Draft ECMA-517 / February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eShortcuts, 'Note', 'Pins', 'clear', 'Navigate to/via Table of Contents', ...eToc, '21.1 Iteration', '21.2 Promise Objects',
    '21.4 GeneratorFunction Objects', 'Table 93: Internal Slots of DeferredValue Instances',
  ],
};

export const HELDOUT373_C: readonly TestPage[] = [ecma, pep];
