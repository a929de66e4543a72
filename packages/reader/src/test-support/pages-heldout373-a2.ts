import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';

/**
 * Held-out batch 373, file a2: a WHATWG living standard rendered by Bikeshed (logo, "Living Standard — Last Updated" line,
 * spec metadata with Participate / Commits / Tests / Translations, MDN annotation boxes, web-platform-tests blocks, an
 * example box, a note, the table of contents and the copyright footer).
 */
const hTitle = 'Idle Hints';
const hAbstract = ['The Idle Hints Standard lets a page tell the user agent which of its pending work can wait until the user is not interacting.'];
const hIntro = [
  j(
    'Pages routinely do work that nobody is waiting for: prefetching the next article, compacting a local cache, sending',
    'analytics. When that work runs during a tap or a scroll, it competes with the frames the user is looking at, and the',
    'page feels sluggish even though nothing visible is happening.',
  ),
  j(
    'An idle hint is a small promise from the page: this task may be delayed for as long as the user agent likes, and it may',
    'be cancelled if the document is discarded. In return the user agent schedules the task in a period when no input is',
    'expected, typically after the last frame of an animation or when the tab has been in the background for a while.',
  ),
];
const hConcepts = [
  j(
    'An <dfn>idle period</dfn> is a span of time, chosen by the user agent, during which it expects to receive no input',
    'events for the document and has no rendering work to do. Idle periods are never longer than 50 milliseconds while the',
    'document is visible, so that a sudden input can still be answered promptly.',
  ),
  'Each document has a <dfn>hint queue</dfn>, a list of hinted tasks ordered by the time at which they were queued.',
];
const hMethodIntro = ['The <code>requestIdleHint(<var>callback</var>, <var>options</var>)</code> method steps are:'];
const hSteps = [
  'Let <var>document</var> be this’s relevant global object’s associated Document.',
  'If <var>document</var> is not fully active, then return 0.',
  'Let <var>deadline</var> be <var>options</var>["<code>timeout</code>"] if it exists; otherwise positive infinity.',
  'Append a new hinted task with <var>callback</var> and <var>deadline</var> to the <var>document</var>’s hint queue.',
  'Return the identifier of the new hinted task.',
];
const hExample = [
  j(
    'A news site can hint the download of tomorrow’s crossword grid, passing a timeout of ten seconds, so that the grid is',
    'fetched during a pause in reading but never later than ten seconds after the page asked.',
  ),
];
const hNote = [
  j(
    'Note: The timeout is an upper bound, not a target. A user agent that has no idle period before the deadline runs the',
    'task at the deadline, even if the user is interacting.',
  ),
];
const hToc = ['1 Introduction', '2 Concepts', '3 The requestIdleHint() method', 'Index', 'References', 'IDL Index'];
const hHtml = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta content="width=device-width, initial-scale=1, shrink-to-fit=no" name="viewport"><meta content="#3c790a" name="theme-color">
<title>Idle Hints Standard</title><link crossorigin href="https://resources.whatwg.org/spec.css" rel="stylesheet">
<link crossorigin href="https://resources.whatwg.org/standard.css" rel="stylesheet"><link href="https://resources.whatwg.org/logo-idle.svg" rel="icon">
<meta content="Bikeshed version 7e1e1e4b2, updated Fri Feb 27 2026" name="generator"><link href="https://idle.spec.whatwg.org/" rel="canonical">
<style>/* Boilerplate: style-mdn-anno */ :root{--mdnsupport-bg:#f8f8f8} .mdn-anno{background:var(--mdnsupport-bg)}</style>
<script defer crossorigin src="https://resources.whatwg.org/commit-snapshot-shortcut-key.js"></script></head>
<body class="h-entry status-LS"><div class="head">
<a class="logo" href="https://whatwg.org/"><img alt="WHATWG" crossorigin height="100" src="https://resources.whatwg.org/logo-idle.svg"></a>
<hgroup><h1 class="p-name no-ref" id="title">${hTitle}</h1>
<p id="subtitle">Living Standard — Last Updated <time class="dt-updated" datetime="2026-03-02">2 March 2026</time></p></hgroup>
<div data-fill-with="spec-metadata"><dl>
<dt>Participate:</dt><dd><a href="https://github.com/whatwg/idle">GitHub whatwg/idle</a> (<a href="https://github.com/whatwg/idle/issues/new/choose">new
issue</a>, <a href="https://github.com/whatwg/idle/issues">open issues</a>)</dd><dd><a href="https://whatwg.org/chat">Chat on Matrix</a></dd>
<dt>Commits:</dt><dd><a href="https://github.com/whatwg/idle/commits">GitHub whatwg/idle/commits</a></dd>
<dd><a href="/commit-snapshots/4d2a0f1c/" id="commit-snapshot-link">Snapshot as of this commit</a></dd>
<dd><a href="https://twitter.com/idlestandard">@idlestandard</a></dd>
<dt>Tests:</dt><dd><a href="https://github.com/web-platform-tests/wpt/tree/master/idle-hints">web-platform-tests idle-hints/</a>
(<a href="https://github.com/web-platform-tests/wpt/labels/idle-hints">ongoing work</a>)</dd>
<dt>Translations <small>(non-normative)</small>:</dt><dd><span title="Japanese"><a href="https://triple-underscore.example/idle-ja.html" hreflang="ja"
lang="ja" rel="alternate">日本語</a></span></dd></dl></div>
<div data-fill-with="warning"></div></div>
<div class="p-summary" data-fill-with="abstract"><h2 class="no-num no-toc no-ref" id="abstract"><span class="content">Abstract</span></h2>
${ps(hAbstract)}</div>
<nav data-fill-with="table-of-contents" id="toc"><h2 class="no-num no-toc no-ref" id="contents"><span class="content">Table of Contents</span></h2>
<ol class="toc" role="directory">${links(hToc)}</ol></nav>
<main><section><h2 class="heading settled" data-level="1" id="intro"><span class="secno">1. </span><span class="content">Introduction</span>
<a class="self-link" href="#intro"></a></h2>
${ps(hIntro)}
<h2 class="heading settled" data-level="2" id="concepts"><span class="secno">2. </span><span class="content">Concepts</span><a class="self-link"
href="#concepts"></a></h2>
${ps(hConcepts)}
<h2 class="heading settled" data-level="3" id="api"><span class="secno">3. </span><span class="content">The <code>requestIdleHint()</code>
method</span><a class="self-link" href="#api"></a></h2>
<div class="mdn-anno wrapped"><button class="mdn-anno-btn" onclick="toggleStatus(this)"><b class="all-engines-flag"
title="This feature is in all current engines.">✔</b><span>MDN</span></button>
<div class="feature"><p><a href="https://developer.mozilla.org/en-US/docs/Web/API/Window/requestIdleHint">Window/requestIdleHint</a></p>
<p class="all-engines-text">In all current engines.</p><div class="support"><span class="firefox yes"><span>Firefox</span><span>131+</span></span>
<span class="safari yes"><span>Safari</span><span>18.2+</span></span><span class="chrome yes"><span>Chrome</span><span>126+</span></span></div></div></div>
${ps(hMethodIntro)}
<ol>${hSteps.map((s) => `<li><p>${s}</p></li>`).join('\n')}</ol>
<div class="example" id="example-crossword"><a class="self-link" href="#example-crossword"></a>${ps(hExample)}</div>
${ps(hNote, ' class="note" role="note"')}
<details class="wpt-tests-block" dir="ltr" lang="en" open><summary>Tests</summary><ul class="wpt-tests-list">
<li class="wpt-test"><a href="https://wpt.fyi/results/idle-hints/basic.any.js" title="idle-hints/basic.any.js">basic.any.js</a>
<a href="https://wpt.live/idle-hints/basic.any.html">(live test)</a>
<a href="https://github.com/web-platform-tests/wpt/blob/master/idle-hints/basic.any.js">(source)</a></li></ul></details></section></main>
<div data-fill-with="references"><h2 class="no-num no-ref heading settled" id="references"><span class="content">References</span></h2>
<h3 class="no-num no-ref heading settled" id="normative"><span class="content">Normative References</span></h3>
<dl><dt id="biblio-html">[HTML]</dt><dd>Anne Ferrow; et al. <a href="https://html.spec.whatwg.org/multipage/"><cite>HTML Standard</cite></a>. Living Standard.
URL: <a href="https://html.spec.whatwg.org/multipage/">https://html.spec.whatwg.org/multipage/</a></dd></dl></div>
<h2 class="no-num" id="acknowledgments">Acknowledgments</h2>
<p>Thanks to Ivo Randell and Saskia Mbeki for their contributions to this standard.</p>
<p>This standard is written by <a href="https://ekberg.example/" lang="se">Lunna Ekberg</a>
(<a href="https://corvid.example/">Corvid Browser</a>, <a href="mailto:lunna@ekberg.example">lunna@ekberg.example</a>).</p>
<h2 class="no-num" id="ipr">Intellectual property rights</h2>
<p>Copyright © WHATWG (Apple, Google, Mozilla, Microsoft). This work is licensed under a
<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">Creative Commons Attribution 4.0 International License</a>.</p>
<script src="https://resources.whatwg.org/file-issue.js" async></script>
<script>/* Boilerplate: script-dfn-panel */ "use strict"; { document.body.addEventListener("click", () => {}); }</script></body></html>`;
export const whatwg: TestPage = {
  name: 'heldout373-whatwg-bikeshed-living-standard',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Abstract', '1. Introduction', '2. Concepts', '3. The requestIdleHint() method'],
  body: texts([...hAbstract, ...hIntro, ...hConcepts, ...hMethodIntro, ...hSteps, ...hExample, ...hNote]),
  bylines: ['Last Updated', '2 March 2026', 'Lunna Ekberg'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Living Standard', 'Participate:', 'GitHub whatwg/idle', 'new issue', 'open issues', 'Chat on Matrix', 'Commits:', 'GitHub whatwg/idle/commits',
    'Snapshot as of this commit', '@idlestandard', 'Tests:', 'web-platform-tests idle-hints/', 'ongoing work', 'Translations (non-normative):',
    '日本語', 'Table of Contents', 'Index', 'References', 'IDL Index',
    'MDN', 'Window/requestIdleHint', 'In all current engines.', 'Firefox', '131+', 'Safari', '18.2+', 'Chrome',
    '126+', 'basic.any.js', '(live test)', '(source)', 'Normative References', '[HTML]',
    'Anne Ferrow; et al. HTML Standard. Living Standard.', 'Acknowledgments',
    'Thanks to Ivo Randell and Saskia Mbeki for their contributions to this standard.',
    'This standard is written by', 'Corvid Browser', 'lunna@ekberg.example', 'Intellectual property rights',
    'Copyright © WHATWG (Apple, Google, Mozilla, Microsoft). This work is licensed under a Creative Commons Attribution 4.0 International License.',
  ],
};
