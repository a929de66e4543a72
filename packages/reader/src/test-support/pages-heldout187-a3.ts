import { type TestPage, texts } from './page-kit.js';
import * as a from './pages-heldout187-a2.js';
import { lines } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file a3: a DevDocs page (the Python 3.13 documentation, bisect module) as the single-page app leaves
 * it after rendering: the header with the search form and nav buttons, the sidebar tree of the enabled docs with counts
 * and the "Enable" hints, the sidebar footer buttons, the Sphinx page with its "Source code" line, signature terms,
 * "Changed in version" note and code examples, the attribution box, the path bar and a news notification.
 */
const ddTitle = 'bisect — Array bisection algorithm';
const ddNotif = lines(`
DevDocs news
Python 3.13, Erlang 27 and Julia 1.11 are now available.
Open the menu to enable them.
Dismiss
`);
const sig = (id: string, s: string, body: readonly string[], extra = ''): string => `<dl class="py function">
<dt class="sig sig-object py" id="bisect.${id}"><code>bisect.${id}(${s})</code></dt>
<dd>${body.map((p) => `<p>${p}</p>`).join('\n')}${extra}</dd></dl>`;
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const side = (t: string, cls: string, count = ''): string =>
  `<a href="/python~3.13/${t.toLowerCase().replace(/ /g, '-')}" class="_list-item ${cls}" title="${t}">${
    count === '' ? '' : `<svg class="_list-arrow"><use xlink:href="#icon-dir"></use></svg><span class="_list-count">${count}</span>`
  }${t}</a>`;
const ddHtml = `<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="en" class="_booting _theme-default"><head><meta charset="utf-8">
<title>bisect — Array bisection algorithm - Python 3.13 - DevDocs</title>
<meta name="description" content="Python 3.13 API documentation with instant search, offline support, keyboard shortcuts, mobile version, and more.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="format-detection" content="telephone=no">
<meta property="og:type" content="website"><meta property="og:site_name" content="DevDocs"><meta property="og:url" content="https://devdocs.io/">
<link rel="canonical" href="https://devdocs.io/python~3.13/library/bisect"><link rel="search" type="application/opensearchdescription+xml"
href="/opensearch.xml">
<link rel="stylesheet" href="/assets/application-6f1c2a.css"><script src="/assets/application-1e07b3.js" defer></script>
<script>try{if(localStorage.getItem('theme')==='dark'){document.documentElement.classList.add('_theme-dark')}}catch(e){}</script></head>
<body class="_native-scrollbars _sidebar-hidden"><noscript class="_fail">DevDocs requires JavaScript to run.</noscript>
<div class="_app">
<header class="_header"><button type="button" class="_header-btn _header-left" title="Menu"><svg><use xlink:href="#icon-menu"></use></svg></button>
<button type="button" class="_header-btn _header-back" title="Back"><svg><use xlink:href="#icon-back"></use></svg></button>
<form class="_search" role="search"><svg><use xlink:href="#icon-search"></use></svg><input type="search" name="q" class="input _search-input"
placeholder="Search…" autocomplete="off" autocapitalize="off" autocorrect="off" spellcheck="false" maxlength="50" aria-label="Search">
<button type="reset" class="_search-clear" title="Clear search"><svg><use xlink:href="#icon-close"></use></svg>Clear search</button>
<div class="_search-tag"></div></form>
<h1 class="_logo"><a href="/" class="_nav-link" title="API Documentation Browser">DevDocs</a></h1>
<nav class="_nav"><a href="/offline" class="_nav-link" title="Offline"><svg><use xlink:href="#icon-download"></use></svg></a>
<a href="/settings" class="_nav-link" title="Preferences"><svg><use xlink:href="#icon-settings"></use></svg></a>
<a href="/about" class="_nav-link" title="About">About</a></nav></header>
<section class="_sidebar" tabindex="-1"><div class="_list">
${side(a.ddSidebar[0]!, '_icon-python _list-dir open', '2194')}<div class="_list _list-sub">
${side(a.ddSidebar[1]!, '_list-dir', '34')}${side(a.ddSidebar[2]!, '_list-dir', '58')}${side(a.ddSidebar[3]!, '_list-dir open', '612')}
<div class="_list _list-sub">${side(a.ddSidebar[4]!, '_list-item _list-hover active focus')}
${a.ddSidebar
  .slice(5, 11)
  .map((t) => `<a href="/python~3.13/library/bisect#${t}" class="_list-item _list-hover _list-sub-entry">${t}</a>`)
  .join('\n')}
${a.ddSidebar
  .slice(11, 20)
  .map((t) => side(t, '_list-hover'))
  .join('\n')}</div>
${side(a.ddSidebar[20]!, '_list-dir', '120')}${side(a.ddSidebar[21]!, '_list-dir', '41')}</div>
<a href="/erlang~27/" class="_list-item _icon-erlang _list-disabled" data-slug="erlang~27" title="Erlang 27"><span class="_list-enable"
data-enable="erlang~27">Enable</span>Erlang 27</a>
<a href="/julia~1.11/" class="_list-item _icon-julia _list-disabled" data-slug="julia~1.11" title="Julia 1.11"><span class="_list-enable"
data-enable="julia~1.11">Enable</span>Julia 1.11</a></div>
<div class="_sidebar-footer"><button type="button" class="_sidebar-footer-link _sidebar-footer-edit" data-pick-docs>Customize</button>
<button type="button" class="_sidebar-footer-link _sidebar-footer-light" title="Toggle light" data-light>Toggle light</button>
<button type="button" class="_sidebar-footer-link _sidebar-footer-layout" title="Toggle layout" data-layout>Toggle layout</button></div></section>
<div class="_container" role="document"><div class="_content" data-behavior="scrollable"><div class="_page _sphinx">
<h1 id="module-bisect">${ddTitle}</h1>
<p><strong>Source code:</strong> <a href="https://github.com/python/cpython/tree/3.13/Lib/bisect.py">Lib/bisect.py</a></p>
${ps(a.ddIntro)}
${sig(
  'bisect_left',
  'a, x, lo=0, hi=len(a), *, key=None',
  a.ddLeft,
  `<div class="versionchanged"><p><span class="versionmodified changed">Changed in version
3.10: </span>Added the <em>key</em> parameter.</p></div>`,
)}
${sig('bisect_right', 'a, x, lo=0, hi=len(a), *, key=None', a.ddRight)}
${sig('insort_left', 'a, x, lo=0, hi=len(a), *, key=None', a.ddInsort)}
<h2 id="performance-notes">${a.ddPerfH}</h2>
${ps(a.ddPerf.slice(0, 1))}
<ul>${a.ddPerf
  .slice(1)
  .map((p) => `<li><p>${p}</p></li>`)
  .join('\n')}</ul>
<h2 id="searching-sorted-lists">${a.ddSearchH}</h2>
${ps(a.ddSearch)}
<pre data-language="python">def index(a, x):
    'Locate the leftmost value exactly equal to x'
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError</pre>
<h2 id="examples">${a.ddExamplesH}</h2>
${ps(a.ddExamples.slice(0, 1))}
<pre data-language="python">&gt;&gt;&gt; def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
...     i = bisect(breakpoints, score)
...     return grades[i]
...
&gt;&gt;&gt; [grade(score) for score in [33, 99, 77, 70, 89, 90, 100]]
['F', 'A', 'C', 'C', 'B', 'A', 'A']</pre>
${ps(a.ddExamples.slice(1))}
<div class="_attribution"><p class="_attribution-p">${a.ddAttribution[0]}<br>${a.ddAttribution[1]}<br>
<a href="https://docs.python.org/3.13/library/bisect.html" class="_attribution-link">https://docs.python.org/3.13/library/bisect.html</a></p></div>
</div></div></div>
<div class="_path"><a class="_path-item _icon-python" href="/python~3.13/">Python</a><a class="_path-item" href="/python~3.13/data-types">Data Types</a>
<span class="_path-item">bisect</span></div>
<div class="_notif _notif-news _in"><h5 class="_notif-title">${ddNotif[0]}</h5><p class="_notif-text">${ddNotif[1]}</p>
<p class="_notif-text">${ddNotif[2]}</p><button type="button" class="_notif-close" title="Close"><svg><use
xlink:href="#icon-close"></use></svg>${ddNotif[3]}</button></div>
</div>
<script>if (window.app) { app.config.env = 'production'; }</script></body></html>`;
export const devdocsPage: TestPage = {
  html: ddHtml,
  name: 'heldout187-devdocs-python-module',
  kind: 'docs',
  // the signature terms and code blocks are in neither list; the "Changed in version" note is body; the "Source code"
  // line, the attribution box, sidebar tree (the active "bisect" entry left out: a word of the title), path bar and
  // news notification are furniture
  title: ddTitle,
  headings: [a.ddPerfH, a.ddSearchH, a.ddExamplesH],
  body: texts([...a.ddIntro, ...a.ddLeft, ...a.ddChanged, ...a.ddRight, ...a.ddInsort, ...a.ddPerf, ...a.ddSearch, ...a.ddExamples]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DevDocs requires JavaScript to run.', 'Clear search', 'DevDocs', 'About', ...a.ddSidebar.filter((t) => t !== 'bisect'), 'Enable', 'Erlang 27',
    'Julia 1.11', 'Customize', 'Toggle light', 'Toggle layout', 'Source code: Lib/bisect.py', ...a.ddAttribution,
    'https://docs.python.org/3.13/library/bisect.html', 'Python', ...ddNotif,
  ],
};
