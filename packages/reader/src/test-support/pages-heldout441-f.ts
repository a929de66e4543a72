import { ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';
import { oerCommons } from './pages-heldout441-f2.js';

/**
 * Held-out batch 441, file f: an mdBook chapter of a course reader: the numbered chapter sidebar with its part titles, the
 * menu bar with the sidebar toggle, theme picker (Light, Rust, Coal, Navy, Ayu), search toggle, the book title in its own h1,
 * print and repository icons, a blockquote, a warning block, code, the previous / next chapter arrows and the search overlay.
 */
const mdTitle = 'Designing a Ring Buffer';
const mdIntro = [
  `A ring buffer, sometimes called a circular queue, is a fixed-size array that we treat as if its end were joined to its start.
  Producers write at one index and consumers read from another, and both indices wrap around when they reach the end. In this
  chapter we design one for the sensor board used in the Hollin Street lab, where a timer interrupt writes readings that the main
  loop later sends over the serial port.`,
];
const mdH1 = 'Why not a growable queue?';
const mdWhy = [
  `On a desktop machine you would reach for a queue that grows as needed. On a microcontroller with a few kilobytes of memory, and
  with an interrupt handler that must never wait for an allocator, that is not an option. A ring buffer has a size fixed at compile
  time, never allocates, and lets the writer and the reader work without a lock if we are careful about who owns which index.`,
];
const mdQuote = 'If the producer owns the head and the consumer owns the tail, most of your concurrency bugs have nowhere to live.';
const mdH2 = 'Full or empty?';
const mdFull = [
  `The classic difficulty is telling a full buffer from an empty one, because in both cases the head and the tail can point at the
  same slot. There are three common answers:`,
];
const mdOptions = [
  'Keep one slot permanently unused, so the buffer is full when the head is one behind the tail.',
  'Keep a separate count of stored items, updated by both sides.',
  'Let the indices run freely and wrap them only when indexing, using a power-of-two size.',
];
const mdChoice = [
  `We take the third approach. With a capacity of 64, the number of stored items is simply the head minus the tail, computed with
  wrapping arithmetic, and a full buffer is one where that difference equals 64. No slot is wasted and no shared counter is needed.`,
];
const mdCode = `const CAP: usize = 64;
fn push(&amp;mut self, v: u16) -&gt; Result&lt;(), u16&gt; {
    if self.head.wrapping_sub(self.tail) == CAP { return Err(v); }
    self.buf[self.head % CAP] = v;
    self.head = self.head.wrapping_add(1);
    Ok(())
}`;
const mdWarn = 'Only the interrupt handler may change head, and only the main loop may change tail. Break this rule and readings will vanish.';
const mdH3 = 'Exercises';
const mdEx = [
  'Write the matching pop method and test it with a buffer of capacity 4.',
  'What happens if the capacity is 60 instead of 64? Find an input sequence that breaks the design.',
];
const mdParts = ['Introduction', 'Part I: Foundations', 'Part II: Data on small machines', 'Part III: Talking to the world'];
const mdChapters = [
  '1. Setting up the board',
  '2. Memory without an allocator',
  '3. Designing a Ring Buffer',
  '4. Interrupts in practice',
  '5. Serial protocols',
];
const mdThemes = ['Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const mdHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr"><head><meta charset="UTF-8"><title>${mdTitle} - Embedded Systems Course Reader</title>
<meta name="description" content="Course reader for ES 204 at Hollin Street"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#ffffff"><link rel="stylesheet" href="css/variables.css"><link rel="stylesheet" href="css/general.css">
<link rel="stylesheet" href="css/chrome.css"><script>var path_to_root = "";var default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches
? "navy" : "light";</script><script src="toc.js"></script></head>
<body><div id="body-container"><script>try { var theme = localStorage.getItem('mdbook-theme'); } catch(e) { }</script>
<input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
<nav id="sidebar" class="sidebar" aria-label="Table of contents"><div class="sidebar-scrollbox"><ol class="chapter">
<li class="chapter-item expanded affix "><a href="introduction.html">${mdParts[0]}</a></li>
<li class="part-title">${mdParts[1]}</li>
${mdChapters
  .map(
    (c, i) => `${i === 2 ? `<li class="part-title">${mdParts[2]}</li>\n` : i === 4 ? `<li class="part-title">${mdParts[3]}</li>\n` : ''}<li
class="chapter-item expanded "><a href="ch0${i + 1}.html"${i === 2 ? ' class="active"' : ''}><strong aria-hidden="true">${c.split(' ')[0]}</strong>
${c.split(' ').slice(1).join(' ')}</a></li>`,
  )
  .join('\n')}
</ol></div><div id="sidebar-resize-handle" class="sidebar-resize-handle"><div class="sidebar-resize-indicator"></div></div></nav>
<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar-hover-placeholder"></div>
<div id="menu-bar" class="menu-bar sticky"><div class="left-buttons"><label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor"
title="Toggle Table of Contents" aria-label="Toggle Table of Contents"><i class="fa fa-bars"></i></label>
<button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme"><i class="fa fa-paint-brush"></i></button>
<ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">${mdThemes
  .map((t) => `<li role="none"><button role="menuitem" class="theme" id="${t.toLowerCase()}">${t}</button></li>`)
  .join('\n')}</ul>
<button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar"><i class="fa fa-search"></i></button>
</div><h1 class="menu-title">Embedded Systems Course Reader</h1><div class="right-buttons"><a href="print.html" title="Print this book"
aria-label="Print this book"><i id="print-button" class="fa fa-print"></i></a><a href="https://git.hollin.example/es204/reader" title="Git repository"
aria-label="Git repository"><i id="git-repository-button" class="fa fa-github"></i></a></div></div>
<div id="search-wrapper" class="hidden"><form id="searchbar-outer" class="searchbar-outer"><input type="search" id="searchbar" name="searchbar"
placeholder="Search this book ..." aria-controls="searchresults-outer"></form><div id="searchresults-outer" class="searchresults-outer hidden">
<div id="searchresults-header" class="searchresults-header"></div><ul id="searchresults"></ul></div></div>
<div id="content" class="content"><main>
<h1 id="designing-a-ring-buffer"><a class="header" href="#designing-a-ring-buffer">${mdTitle}</a></h1>
${ps(mdIntro)}
<h2 id="why-not"><a class="header" href="#why-not">${mdH1}</a></h2>
${ps(mdWhy)}
<blockquote><p>${mdQuote}</p></blockquote>
<h2 id="full-or-empty"><a class="header" href="#full-or-empty">${mdH2}</a></h2>
${ps(mdFull)}
<ol>${lis(mdOptions)}</ol>
${ps(mdChoice)}
<pre><code class="language-rust">${mdCode}</code></pre>
<div class="warning"><p>${mdWarn}</p></div>
<h2 id="exercises"><a class="header" href="#exercises">${mdH3}</a></h2>
<ol>${lis(mdEx)}</ol>
</main>
<nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="ch02.html" class="mobile-nav-chapters previous" title="Previous chapter"
aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch" href="ch04.html"
class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a>
<div style="clear: both"></div></nav></div></div>
<nav class="nav-wide-wrapper" aria-label="Page navigation"><a rel="prev" href="ch02.html" class="nav-chapters previous" title="Previous chapter"
aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a></nav></div>
<script src="elasticlunr.min.js"></script><script src="searcher.js"></script><script src="book.js"></script></div></body></html>`;
const mdBook: TestPage = {
  name: 'heldout441-mdbook-chapter-docs',
  kind: 'docs',
  html: mdHtml,
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3],
  body: texts([...mdIntro, ...mdWhy, mdQuote, ...mdFull, ...mdOptions, ...mdChoice, mdWarn, ...mdEx]),
  bylines: [],
  furniture: [
    ...mdParts,
    ...mdChapters.filter((c) => !c.endsWith(mdTitle)).map((c) => c.split(' ').slice(1).join(' ')),
    ...mdThemes,
    'Embedded Systems Course Reader',
  ],
};

export const HELDOUT441_F: readonly TestPage[] = [mdBook, oerCommons];
