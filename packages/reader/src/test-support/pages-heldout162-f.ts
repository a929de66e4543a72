import { ps, type TestPage, texts } from './page-kit.js';
import { hackagePage } from './pages-heldout162-f2.js';

/**
 * Held-out batch 162, file f: a Rust by Example page (mdBook: the sidebar table of contents rendered by toc.js with
 * numbered chapters, the menu bar with sidebar toggle, theme popup, search toggle, the "Rust By Example" h1 menu title,
 * print / git / edit buttons, the hidden search bar, the chapter's h1 with header anchors, editable playground code
 * blocks, the "See also:" h3 with its links, and the previous/next chapter arrows in two navs) and, from file f2, a
 * Hackage package's Haddock module page.
 */
const rbTitle = 'Capturing';
const rbP1 = [
  'Closures are flexible about how they use the variables around them. Depending on what the body of the closure does with ' +
    'a variable, the compiler picks the least demanding way to capture it:',
];
const rbList = ['by reference: <code>&amp;T</code>', 'by mutable reference: <code>&amp;mut T</code>', 'by value: <code>T</code>'];
const rbP2 = [
  'A closure that only reads a variable borrows it. One that changes it borrows it mutably, and one that needs to own it, for ' +
    'example to drop it or return it, takes it by value. The choice is made per variable, so a single closure can borrow one ' +
    'value and take ownership of another.',
  'Try uncommenting the lines marked <code>// Error!</code> in the example below to see what the borrow checker says about each ' + 'kind of capture.',
];
const rbP3 = [
  'Using <code>move</code> before the vertical pipes forces the closure to take ownership of every variable it captures, even ' +
    'when a borrow would have been enough. This is what you need when the closure must outlive the current scope, for ' +
    'example when it is passed to a new thread:',
  'Note that <code>move</code> only changes how variables are captured, not what the closure does with them. A ' +
    '<code>move</code> closure that only reads a copied integer is still callable many times, and the original integer ' +
    'can still be used afterwards because integers implement <code>Copy</code>.',
];
const rbP4 = [
  'Which way a closure captures its variables also decides which of the closure traits it implements. A closure that only ' +
    'borrows immutably can be called through a shared reference and implements <code>Fn</code>. One that borrows mutably ' +
    'implements <code>FnMut</code> and must itself be declared <code>mut</code>, as <code>inc</code> is above. One that moves ' +
    'a captured value out of itself, like <code>consume</code>, implements only <code>FnOnce</code> and can be called a single ' +
    'time. The next section shows how functions use these traits to say what kind of closure they accept.',
];
const rbH1 = 'See also:';
const rbSee = [
  '<a href="../../std/boxed.html"><code>Box</code></a>, <a href="../../std/mem/fn.drop.html"><code>std::mem::drop</code></a> ' +
    'and <a href="../../scope/move.html">ownership and moves</a>',
];
const rbToc = [
  ['', 'Introduction'],
  ['1.', 'Hello World'],
  ['2.', 'Primitives'],
  ['3.', 'Custom Types'],
  ['8.', 'Flow of Control'],
  ['9.', 'Functions'],
  ['9.1.', 'Methods'],
  ['9.2.', 'Closures'],
  ['9.2.1.', 'Capturing'],
  ['9.2.2.', 'As input parameters'],
  ['9.2.3.', 'Type anonymity'],
  ['9.3.', 'Higher Order Functions'],
  ['10.', 'Modules'],
  ['15.', 'Scoping rules'],
  ['19.', 'Std library types'],
];
const rbThemes = ['Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const rbCode1 = `<span class="boring">#![allow(unused)]</span>
<span class="hljs-keyword">fn</span> <span class="hljs-title function_">main</span>() {
    <span class="hljs-keyword">let</span> <span class="hljs-variable">colour</span> = <span class="hljs-type">String</span>::<span class="hljs-title
function_ invoke__">from</span>(<span class="hljs-string">"green"</span>);

    <span class="hljs-comment">// Borrows colour immutably.</span>
    <span class="hljs-keyword">let</span> <span class="hljs-variable">print</span> = || <span class="hljs-built_in">println!</span>(<span
class="hljs-string">"colour: {}"</span>, colour);
    <span class="hljs-title function_ invoke__">print</span>();

    <span class="hljs-keyword">let</span> <span class="hljs-keyword">mut </span><span class="hljs-variable">count</span> = <span class="hljs-number">0</span>;
    <span class="hljs-comment">// Borrows count mutably, so the closure itself must be mut.</span>
    <span class="hljs-keyword">let</span> <span class="hljs-keyword">mut </span><span class="hljs-variable">inc</span> = || { count += <span
class="hljs-number">1</span>; };
    <span class="hljs-title function_ invoke__">inc</span>();
    <span class="hljs-comment">// let _reborrow = &amp;count; // Error!</span>
    <span class="hljs-title function_ invoke__">inc</span>();

    <span class="hljs-keyword">let</span> <span class="hljs-variable">boxed</span> = <span class="hljs-type">Box</span>::<span class="hljs-title
function_ invoke__">new</span>(<span class="hljs-number">3</span>);
    <span class="hljs-comment">// mem::drop takes its argument by value, so boxed is moved in.</span>
    <span class="hljs-keyword">let</span> <span class="hljs-variable">consume</span> = || std::mem::<span class="hljs-title function_
invoke__">drop</span>(boxed);
    <span class="hljs-title function_ invoke__">consume</span>();
    <span class="hljs-comment">// consume(); // Error! boxed was already dropped.</span>
}`;
const rbCode2 = `<span class="hljs-keyword">use</span> std::thread;

<span class="hljs-keyword">fn</span> <span class="hljs-title function_">main</span>() {
    <span class="hljs-keyword">let</span> <span class="hljs-variable">names</span> = <span class="hljs-built_in">vec!</span>[<span
class="hljs-string">"Ada"</span>, <span class="hljs-string">"Bo"</span>];
    <span class="hljs-keyword">let</span> <span class="hljs-variable">handle</span> = thread::<span class="hljs-title function_
invoke__">spawn</span>(<span class="hljs-keyword">move</span> || {
        <span class="hljs-built_in">println!</span>(<span class="hljs-string">"{:?}"</span>, names);
    });
    handle.<span class="hljs-title function_ invoke__">join</span>().<span class="hljs-title function_ invoke__">unwrap</span>();
}`;
const playground = (code: string): string => `<pre><pre class="playground"><code class="language-rust editable hljs">${code}</code></pre></pre>`;
const rbHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr"><head><meta charset="UTF-8"><title>Capturing - Rust By Example</title>
<meta name="description" content="Rust by Example (RBE) is a collection of runnable examples that illustrate various Rust concepts and standard libraries.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#ffffff">
<link rel="icon" href="../../favicon.svg"><link rel="shortcut icon" href="../../favicon.png"><link rel="stylesheet" href="../../css/variables.css">
<link rel="stylesheet" href="../../css/general.css"><link rel="stylesheet" href="../../css/chrome.css"><link rel="stylesheet" href="../../css/print.css"
media="print">
<link rel="stylesheet" href="../../FontAwesome/css/font-awesome.css"><link rel="stylesheet" href="../../fonts/fonts.css"><link rel="stylesheet"
id="highlight-css" href="../../highlight.css">
<link rel="stylesheet" id="tomorrow-night-css" href="../../tomorrow-night.css"><link rel="stylesheet" id="ayu-highlight-css" href="../../ayu-highlight.css">
<link rel="stylesheet" href="../../theme/css/language-picker.css">
<script>const path_to_root = "../../"; const default_light_theme = "light"; const default_dark_theme = "navy";</script>
<script src="../../toc.js"></script></head>
<body><div id="body-container"><script>try { let theme = localStorage.getItem('mdbook-theme'); } catch (e) { }</script>
<input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
<nav id="sidebar" class="sidebar" aria-label="Table of contents"><mdbook-sidebar-scrollbox class="sidebar-scrollbox"><ol class="chapter">
${rbToc
  .map(
    ([n, t]) => `<li class="chapter-item expanded${n === '' ? ' affix' : ''}"><a
href="#"${t === rbTitle ? ' class="active"' : ''}>${n === '' ? '' : `<strong aria-hidden="true">${n}</strong> `}${t}</a></li>`,
  )
  .join('\n')}
</ol></mdbook-sidebar-scrollbox><noscript><iframe class="sidebar-iframe-outer" src="../../toc.html"></iframe></noscript>
<div id="sidebar-resize-handle" class="sidebar-resize-handle"><div class="sidebar-resize-indicator"></div></div></nav>
<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar-hover-placeholder"></div><div id="menu-bar" class="menu-bar sticky"><div
class="left-buttons">
<label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Toggle Table of Contents" aria-label="Toggle Table of Contents"
aria-controls="sidebar">
<i class="fa fa-bars"></i></label><button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme"
aria-haspopup="true"
aria-expanded="false" aria-controls="theme-list"><i class="fa fa-paint-brush"></i></button><ul id="theme-list" class="theme-popup" aria-label="Themes"
role="menu">
${rbThemes.map((t) => `<li role="none"><button role="menuitem" class="theme" id="${t.toLowerCase()}">${t}</button></li>`).join('')}</ul>
<button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar" aria-expanded="false"
aria-keyshortcuts="S"
aria-controls="searchbar"><i class="fa fa-search"></i></button></div><h1 class="menu-title">Rust By Example</h1><div class="right-buttons">
<a href="../../print.html" title="Print this book" aria-label="Print this book"><i id="print-button" class="fa fa-print"></i></a>
<a href="https://github.com/rust-lang/rust-by-example" title="Git repository" aria-label="Git repository"><i id="git-repository-button" class="fa
fa-github"></i></a>
<a href="https://github.com/rust-lang/rust-by-example/edit/master/src/fn/closures/capture.md" title="Suggest an edit" aria-label="Suggest an edit">
<i id="git-edit-button" class="fa fa-edit"></i></a></div></div>
<div id="search-wrapper" class="hidden"><form id="searchbar-outer" class="searchbar-outer"><input type="search" id="searchbar" name="searchbar"
placeholder="Search this book ..." aria-controls="searchresults-outer" aria-describedby="searchresults-header"></form>
<div id="searchresults-outer" class="searchresults-outer hidden"><div id="searchresults-header" class="searchresults-header"></div><ul
id="searchresults"></ul></div></div>
<script>document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');</script>
<div id="content" class="content"><main>
<h1 id="capturing"><a class="header" href="#capturing">${rbTitle}</a></h1>
${ps(rbP1)}
<ul>${rbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(rbP2)}
${playground(rbCode1)}
${ps(rbP3.slice(0, 1))}
${playground(rbCode2)}
${ps(rbP3.slice(1))}
${ps(rbP4)}
<h3 id="see-also"><a class="header" href="#see-also">${rbH1}</a></h3>
${ps(rbSee)}
</main>
<nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="../../fn/closures.html" class="mobile-nav-chapters previous" title="Previous
chapter"
aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch"
href="../../fn/closures/input_parameters.html"
class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a>
<div style="clear: both"></div></nav></div></div>
<nav class="nav-wide-wrapper" aria-label="Page navigation"><a rel="prev" href="../../fn/closures.html" class="nav-chapters previous" title="Previous chapter"
aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch"
href="../../fn/closures/input_parameters.html"
class="nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a></nav></div>
<script>window.playground_line_numbers = true;</script><script>window.playground_copyable = true;</script>
<script src="../../ace.js"></script><script src="../../editor.js"></script><script src="../../mode-rust.js"></script><script
src="../../theme-dawn.js"></script>
<script src="../../elasticlunr.min.js"></script><script src="../../mark.min.js"></script><script src="../../searcher.js"></script><script
src="../../clipboard.min.js"></script>
<script src="../../highlight.js"></script><script src="../../book.js"></script></div></body></html>`;
const rbePage: TestPage = {
  html: rbHtml,
  name: 'heldout162-rust-by-example',
  kind: 'docs',
  // the chapter's h1 is the title, not the "Rust By Example" menu title (furniture); the "See also:" h3 is a heading and
  // its link line body; the playground code is in neither list; the numbered sidebar and theme popup are furniture
  title: rbTitle,
  headings: [rbH1],
  body: texts([...rbP1, ...rbList, ...rbP2, ...rbP3, ...rbP4, ...rbSee]),
  bylines: [],
  furniture: [...rbToc.filter(([, t]) => t !== rbTitle).map(([n, t]) => (n === '' ? (t ?? '') : `${n} ${t}`)), ...rbThemes, 'Rust By Example'],
};

export const HELDOUT162_F: readonly TestPage[] = [rbePage, hackagePage];
