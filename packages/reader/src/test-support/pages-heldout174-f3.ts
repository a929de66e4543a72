import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file f3: a class page on api.dart.dev (dartdoc 8 template: breadcrumbs header, two sidebars, member summaries). */
const dtTitle = 'StreamTally<T> class';
const dtDesc = [
  'Counts the events of a stream as they pass through, without buffering them.',
  'A <code>StreamTally</code> wraps a source stream and forwards every data event unchanged. While it does so it keeps a ' +
    'running count of data and error events, which you can read at any time through <a href="../dart-async/StreamTally/count.html">' +
    'count</a> and <a href="../dart-async/StreamTally/errorCount.html">errorCount</a>, or watch through ' +
    '<a href="../dart-async/StreamTally/changes.html">changes</a>.',
  'The tally subscribes to the source only when its own stream is listened to, and cancels the source subscription when ' +
    'its listener cancels. Pausing the tally pauses the source.',
];
const dtEx = ['Example:'];
const dtDesc2 = [
  'If the source is a broadcast stream, the tally is too, and each listener sees the same counts. Counts are never reset; ' +
    'create a new tally to start again from zero.',
  'Counting happens synchronously as each event is delivered, so reading <a href="../dart-async/StreamTally/count.html">count' +
    '</a> inside a listener always includes the event being handled. Error events are forwarded with their stack traces ' +
    'unchanged, and the done event closes both the counted stream and <a href="../dart-async/StreamTally/changes.html">' +
    'changes</a>.',
  'A tally adds very little overhead: one integer increment per event and, only while someone listens to changes, one ' +
    'extra event on a broadcast controller. It is suitable for progress reporting on large file reads and for ' +
    'metrics on long-lived socket streams.',
  'To count only some events, put a <a href="../dart-async/Stream/where.html">where</a> call on the source before ' +
    'wrapping it. The tally counts what reaches it, so filtering afterwards does not change the numbers it reports.',
];
const dtMembers: Record<string, [string, string, string, boolean][]> = {
  Constructors: [['StreamTally', '(Stream<T> source)', 'Creates a tally that counts the events of source.', false]],
  Properties: [
    ['changes', '→ Stream<int>', 'A broadcast stream that emits the new count after every data event.', false],
    ['count', '→ int', 'The number of data events forwarded so far.', false],
    ['errorCount', '→ int', 'The number of error events forwarded so far.', false],
    ['hashCode', '→ int', 'The hash code for this object.', true],
    ['stream', '→ Stream<T>', 'The counted stream. Listen to this instead of the source.', false],
  ],
  Methods: [
    ['noSuchMethod', '(Invocation invocation) → dynamic', 'Invoked when a nonexistent method or property is accessed.', true],
    ['toString', '() → String', 'A string representation of this object.', true],
  ],
  Operators: [['operator ==', '(Object other) → bool', 'The equality operator.', true]],
};
const dtSections = Object.keys(dtMembers);
const dtCrumbs = ['Dart', 'dart:async', 'StreamTally<T> class'];
const dtLib = [
  'Classes',
  'Completer',
  'EventSink',
  'Future',
  'FutureOr',
  'Stream',
  'StreamController',
  'StreamTally',
  'StreamTransformer',
  'Timer',
  'Zone',
  'Functions',
  'runZoned',
  'scheduleMicrotask',
  'unawaited',
];
const dtEsc = (s: string): string => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
height=device-height, initial-scale=1, user-scalable=no"><meta name="description" content="API docs for the StreamTally class from the dart:async
library, for the Dart programming language."><title>StreamTally class - dart:async library - Dart API</title>
<link rel="canonical" href="https://api.dart.dev/dart-async/StreamTally-class.html"><link rel="preconnect" href="https://fonts.gstatic.com">
<link href="https://fonts.googleapis.com/css2?family=Roboto+Mono:ital,wght@0,300;0,400;0,500;0,700;1,400&display=swap" rel="stylesheet">
<link rel="stylesheet" href="../static-assets/github.css?v1"><link rel="stylesheet" href="../static-assets/styles.css?v1">
<link rel="icon" href="../static-assets/favicon.png?v1"><script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script></head>
<body data-base-href="../" data-using-base-href="false" class="light-theme"><div id="overlay-under-drawer"></div>
<header id="title"><span id="sidenav-left-toggle" class="material-symbols-outlined" role="button" tabindex="0">menu</span>
<ol class="breadcrumbs gt-separated dark hidden-xs"><li><a href="../index.html">${dtCrumbs[0]}</a></li><li><a href="../dart-async/dart-async-library.html">
${dtCrumbs[1]}</a></li><li class="self-crumb">${dtEsc(dtCrumbs[2] ?? '')}</li></ol><div class="self-name">StreamTally</div>
<form class="search navbar-right" role="search"><input type="text" id="search-box" autocomplete="off" disabled class="form-control typeahead"
placeholder="Loading search..."></form><div class="toggle" id="theme-button" title="Toggle brightness"><label for="theme"><input type="checkbox" id="theme"
value="light-theme"><span id="dark-theme-button" class="material-symbols-outlined">dark_mode</span><span id="light-theme-button"
class="material-symbols-outlined">light_mode</span></label></div></header>
<main><div id="dartdoc-main-content" class="main-content" data-above-sidebar="dart-async/dart-async-library-sidebar.html"
data-below-sidebar="dart-async/StreamTally-class-sidebar.html"><div><h1><span class="kind-class">StreamTally&lt;T&gt;</span> class
<a href="https://dart.dev/language/class-modifiers#final" class="feature feature-final"
title="This class can neither be extended, implemented, nor mixed in.">final</a>
</h1></div>
<section class="desc markdown">${dtDesc.map((p) => `<p>${p}</p>`).join('\n')}<p>${dtEx[0]}</p>
<pre class="language-dart"><code class="language-dart">final tally = StreamTally(File('log.txt').openRead());
await tally.stream.drain();
print('${'$'}{tally.count} chunks read');</code></pre>${dtDesc2.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section><dl class="dl-horizontal"><dt>Available extensions</dt><dd><ul class="comma-separated clazz-relationships"><li>
<a href="../dart-async/StreamTallyCombine.html">StreamTallyCombine</a></li></ul></dd></dl></section>
${dtSections
  .map(
    (s) => `<section class="summary offset-anchor${s === 'Constructors' ? '' : ' inherited'}" id="${s.toLowerCase()}"><h2>${s}</h2>
<dl class="${s === 'Constructors' ? 'constructor' : 'properties'}-summary-list">${(dtMembers[s] ?? [])
      .map(
        ([
          n,
          sig,
          d,
          inh,
        ]) => `<dt id="${n}" class="${inh ? 'inherited ' : ''}property"><span class="name"><a href="../dart-async/StreamTally/${n}.html">${dtEsc(n)}</a>
</span><span class="signature">${dtEsc(sig)}</span></dt><dd${inh ? ' class="inherited"' : ''}>${d}${
          inh ? '\n<div class="features"><span class="feature">inherited</span></div>' : ''
        }</dd>`,
      )
      .join('\n')}</dl></section>`,
  )
  .join('\n')}
</div>
<div id="dartdoc-sidebar-left" class="sidebar sidebar-offcanvas-left"><header id="header-search-sidebar" class="hidden-l">
<form class="search-sidebar" role="search"><input type="text" id="search-sidebar" autocomplete="off" disabled class="form-control typeahead"
placeholder="Loading search..."></form></header><ol class="breadcrumbs gt-separated dark hidden-l" id="sidebar-nav">
<li><a href="../index.html">Dart</a></li><li><a href="../dart-async/dart-async-library.html">dart:async</a></li>
<li class="self-crumb">StreamTally&lt;T&gt; class</li>
</ol><h5>dart:async library</h5><div id="dartdoc-sidebar-left-content"><ol><li class="section-title"><a href="#classes">${dtLib[0]}</a></li>
${dtLib
  .slice(1)
  .map((t) => (t === 'Functions' ? `<li class="section-title"><a href="#functions">${t}</a></li>` : `<li><a href="${t}-class.html">${t}</a></li>`))
  .join('\n')}</ol></div></div>
<div id="dartdoc-sidebar-right" class="sidebar sidebar-offcanvas-right"><h5>StreamTally class</h5><div id="dartdoc-sidebar-right-content"><ol>
${dtSections
  .map(
    (s) => `<li class="section-title"><a href="#${s.toLowerCase()}">${s}</a></li>
${(dtMembers[s] ?? []).map(([n]) => `<li><a href="StreamTally/${n}.html">${n}</a></li>`).join('\n')}`,
  )
  .join('\n')}</ol></div></div></main>
<footer><span class="no-break">Dart 3.11.0</span><span class="no-break"><a href="https://dart.dev/terms">Terms</a></span><span class="no-break">
<a href="https://policies.google.com/privacy">Privacy</a></span><span class="no-break"><a href="https://github.com/dart-lang/sdk/issues/new">Report an issue</a>
</span><span class="no-break">Except as otherwise noted, this site is licensed under a Creative Commons Attribution 4.0 International License.</span></footer>
<script src="../static-assets/highlight.pack.js?v1"></script><script src="../static-assets/docs.dart.js"></script></body></html>`;
const dtAll = Object.values(dtMembers).flat();
export const dartPage: TestPage = {
  name: 'heldout174-dart-api-class',
  kind: 'docs',
  html: dtHtml,
  // member names and signatures are code (neither); each member's one-line description is body (own members and inherited
  // ones alike), the "inherited" and "final" feature chips are furniture; the summary h2s are the headings
  title: dtTitle,
  headings: dtSections,
  body: texts([...dtDesc, ...dtEx, ...dtDesc2, ...dtAll.map(([, , d]) => d)]),
  bylines: [],
  furniture: [
    'menu',
    'Dart',
    'dart:async',
    'StreamTally',
    'dark_mode',
    'light_mode',
    'final',
    'Available extensions',
    'StreamTallyCombine',
    'inherited',
    'dart:async library',
    ...dtLib.filter((t) => t !== 'StreamTally'),
    'StreamTally class',
    'Dart 3.11.0',
    'Terms',
    'Privacy',
    'Report an issue',
    'Except as otherwise noted, this site is licensed under a Creative Commons Attribution 4.0 International License.',
  ],
};
