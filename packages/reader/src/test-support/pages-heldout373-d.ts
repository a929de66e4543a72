import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';
import { tc39 } from './pages-heldout373-d2.js';

/**
 * Held-out batch 373, file d: a page of the Rust RFC book built with mdBook (chapter sidebar, menu bar with the theme list,
 * search toggle and the book title as an h1, the RFC's metadata list with Feature Name / Start Date / RFC PR / Rust Issue,
 * no h1 title of its own: the first section heading, "Summary", is the page's first h1 in the content) and, from file d2,
 * a TC39 proposal README on GitHub.
 */
const rSummary = [
  j(
    'Allow a <code>#[cfg_scope(...)]</code> attribute on a module or block that applies a configuration predicate to every',
    'item inside it, so that the same predicate no longer has to be repeated on each item.',
  ),
];
const rMotivation = [
  j(
    'Crates that support several platforms often contain long runs of items that carry the very same attribute, such as',
    '<code>#[cfg(all(unix, not(target_os = "ember")))]</code>. Repeating the predicate is noisy, and when it changes, one forgotten',
    'copy silently changes which items are compiled.',
  ),
  j(
    'Moving the items into a separate module is the usual workaround, but it changes paths and visibility, and it does not',
    'work for statements inside a function body.',
  ),
];
const rGuide = [
  j(
    'A scoped configuration behaves as if its predicate were written on each item or statement it contains. Nested scopes',
    'combine with <code>all()</code>, so an inner scope can only narrow the outer one, never widen it.',
  ),
  'The attribute is accepted in three places:',
];
const rGuideList = [
  'on an inline module, where it applies to every item of the module;',
  'on a block expression, where it applies to every statement of the block;',
  'on an <code>impl</code> block, where it applies to every associated item.',
];
const rRef = [
  j(
    'Scoped configuration is expanded during the same pass as ordinary <code>cfg</code> attributes. An item removed by a scope is',
    'removed before name resolution, exactly as if it carried the attribute itself, and a scope whose predicate is false leaves an',
    'empty module or block behind rather than removing the container.',
  ),
];
const rDrawbacks = [
  j(
    'A reader looking at a single item can no longer tell from its own attributes whether it is compiled. Editors already show',
    'inactive code greyed out, which softens the problem, but plain text views do not.',
  ),
];
const rAlternatives = [
  j(
    'A macro in a library crate can do much of this today. It cannot, however, preserve spans well enough for good error',
    'messages, and every crate that uses it pays for an extra proc-macro dependency.',
  ),
];
const rUnresolved = ['Should the attribute also be allowed on a <code>match</code> arm, where the same repetition appears?'];
const rChapters = ['Introduction', '3808-unsafe-fields', '3810-return-type-notation-in-bounds', '3811-scoped-cfg', '3813-tail-call-hints'];
const rThemes = ['Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const h = (id: string, t: string): string => `<h2 id="${id}"><a class="header" href="#${id}">${t}</a></h2>`;
const rHtml = `<!DOCTYPE HTML><html lang="en" class="light sidebar-visible" dir="ltr"><head><meta charset="UTF-8">
<title>3811-scoped-cfg - The Rust RFC Book</title><meta name="description" content="">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#ffffff">
<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="css/variables.css"><link rel="stylesheet" href="css/general.css">
<link rel="stylesheet" href="FontAwesome/css/font-awesome.css"><link rel="stylesheet" href="highlight.css">
<script>var path_to_root = ""; var default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "navy" : "light";</script>
<script src="toc.js"></script></head><body><div id="body-container">
<script>try { var theme = localStorage.getItem('mdbook-theme'); } catch(e) { }</script>
<input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
<nav id="sidebar" class="sidebar" aria-label="Table of contents"><mdbook-sidebar-scrollbox class="sidebar-scrollbox"><ol class="chapter">
${links(rChapters, 'chapter-item expanded')}</ol></mdbook-sidebar-scrollbox>
<noscript><iframe class="sidebar-iframe-outer" src="toc.html"></iframe></noscript>
<div id="sidebar-resize-handle" class="sidebar-resize-handle"><div class="sidebar-resize-indicator"></div></div></nav>
<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar-hover-placeholder"></div>
<div id="menu-bar" class="menu-bar sticky"><div class="left-buttons"><label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor"
title="Toggle Table of Contents" aria-label="Toggle Table of Contents" aria-controls="sidebar"><i class="fa fa-bars"></i></label>
<button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme" aria-haspopup="true">
<i class="fa fa-paint-brush"></i>
</button><ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
${rThemes.map((t) => `<li role="none"><button role="menuitem" class="theme" id="${t.toLowerCase()}">${t}</button></li>`).join('\n')}</ul>
<button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar"><i class="fa fa-search"></i></button>
</div><h1 class="menu-title">The Rust RFC Book</h1><div class="right-buttons"><a href="https://github.com/rust-lang/rfcs/" title="Git repository"
aria-label="Git repository"><i id="git-repository-button" class="fa fa-github"></i></a></div></div>
<div id="search-wrapper" class="hidden"><form id="searchbar-outer" class="searchbar-outer"><input type="search" id="searchbar" name="searchbar"
placeholder="Search this book ..."></form><div id="searchresults-outer" class="searchresults-outer hidden">
<div id="searchresults-header" class="searchresults-header"></div><ul id="searchresults"></ul></div></div>
<script>document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');</script>
<div id="content" class="content"><main><ul>
<li>Feature Name: <code>cfg_scope</code></li><li>Start Date: 2025-11-04</li>
<li>RFC PR: <a href="https://github.com/rust-lang/rfcs/pull/3811">rust-lang/rfcs#3811</a></li>
<li>Rust Issue: <a href="https://github.com/rust-lang/rust/issues/141907">rust-lang/rust#141907</a></li></ul>
<h1 id="summary"><a class="header" href="#summary">Summary</a></h1>${ps(rSummary)}
<h1 id="motivation"><a class="header" href="#motivation">Motivation</a></h1>${ps(rMotivation)}
<h1 id="guide-level-explanation"><a class="header" href="#guide-level-explanation">Guide-level explanation</a></h1>${ps(rGuide)}
<ul>${rGuideList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h1 id="reference-level-explanation"><a class="header" href="#reference-level-explanation">Reference-level explanation</a></h1>${ps(rRef)}
<h1 id="drawbacks"><a class="header" href="#drawbacks">Drawbacks</a></h1>${ps(rDrawbacks)}
<h1 id="rationale-and-alternatives"><a class="header" href="#rationale-and-alternatives">Rationale and alternatives</a></h1>
${h('a-library-macro', 'A library macro')}${ps(rAlternatives)}
<h1 id="unresolved-questions"><a class="header" href="#unresolved-questions">Unresolved questions</a></h1>${ps(rUnresolved)}
</main><nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="3810-return-type-notation-in-bounds.html"
class="mobile-nav-chapters previous" title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a>
<a rel="next prefetch" href="3813-tail-call-hints.html" class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter"
aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a><div style="clear: both"></div></nav></div></div></div>
<script>window.playground_copyable = true;</script><script src="elasticlunr.min.js"></script><script src="searcher.js"></script>
<script src="clipboard.min.js"></script><script src="highlight.js"></script><script src="book.js"></script></div></body></html>`;
const rustRfc: TestPage = {
  name: 'heldout373-rust-rfc-book-mdbook',
  kind: 'docs',
  html: rHtml,
  title: 'Summary',
  headings: [
    'Motivation',
    'Guide-level explanation',
    'Reference-level explanation',
    'Drawbacks',
    'Rationale and alternatives',
    'A library macro',
    'Unresolved questions',
  ],
  body: texts([...rSummary, ...rMotivation, ...rGuide, ...rGuideList, ...rRef, ...rDrawbacks, ...rAlternatives, ...rUnresolved]),
  bylines: ['Start Date: 2025-11-04'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rChapters, ...rThemes, 'The Rust RFC Book', 'Feature Name: cfg_scope', 'RFC PR: rust-lang/rfcs#3811', 'Rust Issue: rust-lang/rust#141907',
  ],
};

export const HELDOUT373_D: readonly TestPage[] = [rustRfc, tc39];
