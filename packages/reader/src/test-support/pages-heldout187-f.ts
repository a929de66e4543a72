import { type TestPage, texts } from './page-kit.js';
import * as f from './pages-heldout187-f2.js';
import { spiPage } from './pages-heldout187-f3.js';
import { esc } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file f: a Dart SDK class page on api.dart.dev as dartdoc writes it (the title bar with the sidebar
 * toggle icon text, breadcrumbs, self name, search box and theme toggle icon texts, the h1 with its "abstract" and
 * "interface" feature links, the description, the Constructors / Properties / Methods / Operators summaries with
 * signatures and "inherited" / "no setter" / "factory" chips, the left sidebar with the library's classes and the right
 * sidebar with the class members, the footer with the SDK version and the Google cookie notice) and, from file f3, a
 * Swift Package Index package page.
 */
const C = f.dtChrome;
const feats: Record<string, string[]> = {
  Completer: ['factory'],
  'Completer.sync': ['factory'],
  future: ['no setter'],
  hashCode: ['no setter', 'inherited'],
  isCompleted: ['no setter'],
  runtimeType: ['no setter', 'inherited'],
  noSuchMethod: ['inherited'],
  toString: ['inherited'],
  'operator ==': ['inherited'],
};
const member = ([name, sig, desc]: [string, string, string]): string => {
  const fs = feats[name] ?? [];
  const inh = fs.includes('inherited') ? ' inherited' : '';
  return `<dt id="${name.replace(/ /g, '_')}" class="callable${inh}"><span class="name"><a href="../dart-async/Completer/${name}.html">${esc(name)}</a></span>
<span class="signature">${esc(sig)}</span></dt><dd class="${inh.trim()}">${desc}${
    fs.length === 0 ? '' : `<div class="features">${fs.map((t) => `<span class="feature">${t}</span>`).join('')}</div>`
  }</dd>`;
};
const section = (id: string, h: string, from: number, to: number): string => `<section class="summary offset-anchor" id="${id}"><h2>${h}</h2>
<dl class="${id === 'constructors' ? 'constructor-summary-list' : 'properties'}">${f.dtMembers.slice(from, to).map(member).join('\n')}</dl></section>`;
const crumbs = (cls: string): string => `<ol class="breadcrumbs gt-separated dark ${cls}"><li><a href="../index.html">${C[1]}</a></li>
<li><a href="../dart-async/">${C[2]}</a></li><li class="self-crumb">Completer&lt;T&gt; abstract interface class</li></ol>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
height=device-height, initial-scale=1, user-scalable=no">
<meta name="description" content="API docs for the Completer class from the dart:async library, for the Dart programming language.">
<title>Completer class - dart:async library - Dart API</title><link rel="canonical" href="https://api.dart.dev/dart-async/Completer-class.html">
<link rel="preconnect" href="https://fonts.gstatic.com"><link
href="https://fonts.googleapis.com/css2?family=Roboto+Mono:ital,wght@0,300;0,400;0,500;0,700;1,400&amp;display=swap" rel="stylesheet">
<link href="https://fonts.googleapis.com/css2?family=Material+Symbols+Outlined:opsz,wght,FILL,GRAD@24,400,0,0" rel="stylesheet">
<link rel="stylesheet" href="../static-assets/github.css?v1"><link rel="stylesheet" href="../static-assets/styles.css?v1"><link rel="icon"
href="../static-assets/favicon.png?v1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-VHSL5J6R4D"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config',
'G-VHSL5J6R4D');</script></head>
<body data-base-href="../" data-using-base-href="false" class="light-theme"><div id="overlay-under-drawer"></div>
<header id="title"><span id="sidenav-left-toggle" class="material-symbols-outlined" role="button" tabindex="0">${C[0]}</span>
${crumbs('hidden-xs')}<div class="self-name">${C[3]}</div><form class="search navbar-right" role="search"><input type="text" id="search-box" autocomplete="off"
disabled class="form-control typeahead" placeholder="Loading search..."></form><button class="toggle" id="theme-button" title="Toggle between light and dark
mode"
aria-label="Light and dark mode toggle"><span id="dark-theme-button" class="material-symbols-outlined" aria-hidden="true">${C[4]}</span>
<span id="light-theme-button" class="material-symbols-outlined" aria-hidden="true">${C[5]}</span></button></header>
<main><div id="dartdoc-main-content" class="main-content" data-above-sidebar="dart-async/dart-async-library-sidebar.html"
data-below-sidebar="dart-async/Completer-class-sidebar.html"><div><h1><span class="kind-class">Completer&lt;T&gt;</span> abstract interface class
<a href="https://dart.dev/language/class-modifiers#abstract" class="feature feature-abstract" title="This type can not be directly constructed.">abstract</a>
<a href="https://dart.dev/language/class-modifiers#interface" class="feature feature-interface" title="This type can only be implemented (not extended) outside
of its library.">interface</a></h1></div>
<section class="desc markdown">
${f.dtDesc
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<pre class="language-dart"><code class="language-dart">Future&lt;Image&gt; loadImage(String url) {
  final completer = Completer&lt;Image&gt;();
  _decoder.decode(url, onDone: completer.complete, onError: completer.completeError);
  return completer.future;
}
</code></pre>
${f.dtDesc
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</section>
${section('constructors', f.dtH[0]!, 0, 2)}
${section('instance-properties', f.dtH[1]!, 2, 6)}
${section('instance-methods', f.dtH[2]!, 6, 10)}
${section('operators', f.dtH[3]!, 10, 11)}
</div>
<div id="dartdoc-sidebar-left" class="sidebar sidebar-offcanvas-left"><!-- The search input and breadcrumbs below are only responsively visible at low
resolutions. -->
<header id="header-search-sidebar" class="hidden-l"><form class="search-sidebar" role="search"><input type="text" id="search-sidebar" autocomplete="off"
disabled
class="form-control typeahead" placeholder="Loading search..."></form></header>${crumbs('hidden-l').replace('<ol class', '<ol id="sidebar-nav" class')}
<h5>${C[6]}</h5><div id="dartdoc-sidebar-left-content"><ol><li class="section-title"><a href="../dart-async/#classes">${f.dtSideLib[0]}</a></li>
${f.dtSideLib
  .slice(1, 12)
  .map((t) => `<li><a href="../dart-async/${t}-class.html">${t}</a></li>`)
  .join('\n')}
<li class="section-title"><a href="../dart-async/#exceptions">${f.dtSideLib[12]}</a></li>${f.dtSideLib
  .slice(13)
  .map((t) => `<li><a href="../dart-async/${t}-class.html">${t}</a></li>`)
  .join('\n')}</ol></div></div>
<div id="dartdoc-sidebar-right" class="sidebar sidebar-offcanvas-right"><h5>${C[7]}</h5><div id="dartdoc-sidebar-right-content"><ol>
${f.dtH
  .map(
    (h) => `<li class="section-title"><a
href="../dart-async/Completer-class.html#${h.toLowerCase()}">${h}</a></li>`,
  )
  .join('\n')}</ol></div></div></main>
<footer><span class="no-break">${C[8]}</span></footer>
<div id="cookie-notice"><div class="container"><p>Google uses cookies to deliver its services, to personalize ads, and to analyze traffic. You can adjust your
privacy controls
anytime in your <a href="https://myaccount.google.com/data-and-personalization" target="_blank">Google settings</a>.
<a href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a>.</p><button id="cookie-consent"
class="filled-button">${f.dtCookie[2]}</button></div></div>
<script src="../static-assets/highlight.pack.js?v1"></script><script src="../static-assets/docs.dart.js"></script></body></html>`;
const dart: TestPage = {
  html,
  name: 'heldout187-dart-api-class',
  kind: 'docs',
  // the description and the member summaries' descriptions are body (inherited members included); member names,
  // signatures and the code block are in neither list; the feature chips, the icon ligature texts ("menu", "dark_mode",
  // "light_mode"), breadcrumbs, self name, both sidebars (the right one repeats the headings, left out), the SDK footer
  // and the cookie notice are furniture; the h1's "abstract" and "interface" links are words of the title, left out
  title: f.dtTitle,
  headings: f.dtH,
  body: texts([...f.dtDesc, ...f.dtMembers.map(([, , d]) => d)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...C, ...f.dtSideLib, 'factory', 'no setter', 'inherited', f.dtCookie[0]!, f.dtCookie[1]!, f.dtCookie[2]!,
  ],
};

export const HELDOUT187_F: readonly TestPage[] = [dart, spiPage];
