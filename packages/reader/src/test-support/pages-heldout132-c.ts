import { plain, type TestPage, texts } from './page-kit.js';
import { nodeApi } from './pages-heldout132-c2.js';

/**
 * Held-out batch 132, file c: a chapter section of the Rust book as mdBook renders it (the theme and sidebar-state
 * scripts, the sidebar table of contents built by toc.js with its numbered chapter items, the menu bar with the hidden
 * theme list, the book title in an h1, the hidden search bar, the section whose title is an h2 and whose sections are
 * h3s with header links, listings with a file name and a figcaption, Ferris-marked code that does not compile, and the
 * arrow-only prev/next navigation) and, from file c2, a Node.js API documentation page.
 */
const bTitle = 'Keeping Keys in Order with BTreeMap';
const bP1 = [
  `The <code>HashMap</code> type we used in the previous section stores its keys in whatever order its
hashing function produces. That is fine when all we do is look values up, but sometimes the order of the keys matters
to us. When we print a leaderboard, we want the names in alphabetical order; when we store readings by timestamp, we
want to walk through them from oldest to newest.`,
  `For those cases, the standard library provides <code>BTreeMap</code>. It has almost the same API as
<code>HashMap</code>, but it always keeps its keys sorted.`,
];
const bH1 = 'Creating a BTreeMap';
const bP2 = [
  `We create an empty <code>BTreeMap</code> with <code>new</code> and add elements with <code>insert</code>, just as we
did with a hash map. Listing 8-26 records the number of birds seen at three places along a river.`,
  `Unlike <code>HashMap</code>, <code>BTreeMap</code> doesn’t need its keys to implement the <code>Hash</code> trait.
Instead, the keys must implement <code>Ord</code>, so that the map can compare any two keys and decide which comes
first. Strings, integers and most other types in the standard library already do.`,
];
const bH2 = 'Iterating in Order';
const bP3 = [
  `When we iterate over a <code>BTreeMap</code> with a <code>for</code> loop, the key and value pairs come out sorted by
key, every time. Listing 8-27 prints the counts from Listing 8-26.`,
  'This code will print each place in alphabetical order:',
  `With a <code>HashMap</code>, the same loop could print the three lines in any order, and the order could change from
one run of the program to the next. If you’ve ever written a test that compared printed output and failed only
sometimes, an unordered map may have been the reason.`,
];
const bH3 = 'Looking Up a Range of Keys';
const bP4 = [
  `Because the keys are kept in order, a <code>BTreeMap</code> can do something a hash map can’t: give us every entry
whose key falls between two values. The <code>range</code> method takes a range expression like the ones we use with
slices and returns an iterator over just those entries.`,
  `It’s tempting to reach for the key type we have rather than the key type we need. Listing 8-29 tries to look up a range
of <code>String</code> keys using two string literals, and the compiler stops us:`,
  `The fix is to tell <code>range</code> which type to borrow the keys as. We’ll come back to the <code>Borrow</code>
trait that makes this work in Chapter 15; for now, it’s enough to know that annotating the range as
<code>(Bound&lt;&amp;str&gt;, Bound&lt;&amp;str&gt;)</code> or using <code>..</code> with owned <code>String</code>
values both compile.`,
];
const bH4 = 'Choosing Between HashMap and BTreeMap';
const bP5 = ['As a rule of thumb:'];
const bList = [
  'Use <code>HashMap</code> when you only look values up by key and don’t care about order. It is usually faster.',
  'Use <code>BTreeMap</code> when you need the keys in order, when you want ranges, or when your key type can be ordered but not hashed.',
  'If you only need the keys in order once, at the end, it can be simpler to collect a hash map into a vector and sort it.',
];
const bP6 = [
  `Both maps own their keys and values, follow the same ownership rules we discussed in the previous section, and offer
the same <code>entry</code> API for updating a value based on the old one.`,
];
const bCaps = [
  'Listing 8-26: Creating a new BTreeMap and inserting some keys and values',
  'Listing 8-27: Iterating over a BTreeMap prints its entries sorted by key',
  'Listing 8-28: Getting the entries whose keys fall between two values',
  'Listing 8-29: Attempting to look up a range of String keys with string literals',
];
const bBook = 'The Rust Programming Language';
const bToc: [string, string][] = [
  ['', 'Foreword'],
  ['', 'Introduction'],
  ['1.', 'Getting Started'],
  ['2.', 'Programming a Guessing Game'],
  ['3.', 'Common Programming Concepts'],
  ['4.', 'Understanding Ownership'],
  ['5.', 'Using Structs to Structure Related Data'],
  ['6.', 'Enums and Pattern Matching'],
  ['7.', 'Managing Growing Projects with Packages, Crates, and Modules'],
  ['8.', 'Common Collections'],
  ['8.1.', 'Storing Lists of Values with Vectors'],
  ['8.2.', 'Storing UTF-8 Encoded Text with Strings'],
  ['8.3.', 'Storing Keys with Associated Values in Hash Maps'],
  ['8.4.', bTitle],
  ['9.', 'Error Handling'],
  ['10.', 'Generic Types, Traits, and Lifetimes'],
  ['11.', 'Writing Automated Tests'],
  ['12.', 'An I/O Project: Building a Command Line Program'],
  ['13.', 'Functional Language Features: Iterators and Closures'],
  ['14.', 'More about Cargo and Crates.io'],
  ['15.', 'Smart Pointers'],
  ['16.', 'Fearless Concurrency'],
  ['17.', 'Fundamentals of Asynchronous Programming'],
  ['18.', 'Object Oriented Programming Features'],
  ['19.', 'Patterns and Matching'],
  ['20.', 'Advanced Features'],
  ['21.', 'Final Project: Building a Multithreaded Web Server'],
  ['22.', 'Appendix'],
];
const bThemes = ['Auto', 'Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const bPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const bH = (id: string, t: string): string => `<h3 id="${id}"><a class="header" href="#${id}">${t}</a></h3>`;
const bListing = (cap: string, code: string, extra = ''): string => `<figure class="listing">
<span class="file-name">Filename: src/main.rs</span><pre><code class="language-rust${extra}">${code}</code></pre>
<figcaption>${cap}</figcaption></figure>`;
const bHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr"><head><meta charset="UTF-8"><title>${bTitle} - ${bBook}</title>
<meta name="description" content=""><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#ffffff">
<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="css/variables.css"><link rel="stylesheet" href="css/general.css">
<link rel="stylesheet" href="css/chrome.css"><link rel="stylesheet" href="css/print.css" media="print">
<link rel="stylesheet" href="FontAwesome/css/font-awesome.css">
<link rel="stylesheet" href="highlight.css"><link rel="stylesheet" href="ayu-highlight.css"><link rel="stylesheet" href="ferris.css">
<link rel="stylesheet" href="theme/2018-edition.css"><link rel="stylesheet" href="theme/semantic-notes.css"><link rel="stylesheet" href="theme/listing.css">
<script>const path_to_root = ""; const default_light_theme = "light"; const default_dark_theme = "navy";</script>
<script src="toc.js"></script></head>
<body><div id="body-container"><script>try { let theme = localStorage.getItem('mdbook-theme'); let sidebar = localStorage.getItem('mdbook-sidebar');
if (theme.startsWith('"') &amp;&amp; theme.endsWith('"')) { localStorage.setItem('mdbook-theme', theme.slice(1, theme.length - 1)); } } catch (e) { }</script>
<input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
<nav id="sidebar" class="sidebar" aria-label="Table of contents"><mdbook-sidebar-scrollbox class="sidebar-scrollbox"><ol class="chapter">
<li class="chapter-item expanded affix "><a href="title-page.html">${bBook}</a></li>
${bToc
  .map(([n, t]) => {
    const item = `<li class="chapter-item expanded ${n === '' ? 'affix ' : ''}"><a href="ch-${n}.html"${t === bTitle ? ' class="active"' : ''}>${
      n === '' ? '' : `<strong aria-hidden="true">${n}</strong> `
    }${t}</a></li>`;
    return n.includes('.') && n.length > 3 ? `<li><ol class="section">${item}</ol></li>` : item;
  })
  .join('\n')}
</ol></mdbook-sidebar-scrollbox><noscript><iframe class="sidebar-iframe-outer" src="toc.html"></iframe></noscript>
<div id="sidebar-resize-handle" class="sidebar-resize-handle"><div class="sidebar-resize-indicator"></div></div></nav>
<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar-hover-placeholder"></div><div id="menu-bar" class="menu-bar sticky">
<div class="left-buttons"><label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Toggle Table of Contents"
aria-label="Toggle Table of Contents" aria-controls="sidebar"><i class="fa fa-bars"></i></label><button id="theme-toggle" class="icon-button"
type="button" title="Change theme" aria-label="Change theme" aria-haspopup="true" aria-expanded="false" aria-controls="theme-list">
<i class="fa fa-paint-brush"></i></button><ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
${bThemes.map((t) => `<li role="none"><button role="menuitem" class="theme" id="mdbook-theme-${t.toLowerCase()}">${t}</button></li>`).join('\n')}</ul>
<button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar" aria-expanded="false"
aria-keyshortcuts="S" aria-controls="searchbar"><i class="fa fa-search"></i></button></div><h1 class="menu-title">${bBook}</h1>
<div class="right-buttons"><a href="print.html" title="Print this book" aria-label="Print this book"><i id="print-button" class="fa fa-print"></i></a>
</div></div><div id="search-wrapper" class="hidden"><form id="searchbar-outer" class="searchbar-outer"><input type="search" id="searchbar"
name="searchbar" placeholder="Search this book ..." aria-controls="searchresults-outer" aria-describedby="searchresults-header"></form>
<div id="searchresults-outer" class="searchresults-outer hidden"><div id="searchresults-header" class="searchresults-header"></div>
<ul id="searchresults"></ul></div></div>
<script>document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');</script>
<div id="content" class="content"><main>
<h2 id="keeping-keys-in-order-with-btreemap"><a class="header" href="#keeping-keys-in-order-with-btreemap">${bTitle}</a></h2>
${bPs(bP1)}
${bH('creating-a-btreemap', bH1)}
${bPs(bP2.slice(0, 1))}
${bListing(
  bCaps[0] ?? '',
  `fn main() {
    use std::collections::BTreeMap;

    let mut sightings = BTreeMap::new();

    sightings.insert(String::from("Willow Bend"), 14);
    sightings.insert(String::from("Alder Ford"), 9);
    sightings.insert(String::from("Mill Weir"), 22);
}`,
)}
${bPs(bP2.slice(1))}
${bH('iterating-in-order', bH2)}
${bPs(bP3.slice(0, 1))}
${bListing(bCaps[1] ?? '', `    for (place, count) in &amp;sightings {\n        println!("{place}: {count}");\n    }`)}
${bPs(bP3.slice(1, 2))}
<pre><code class="language-text">Alder Ford: 9
Mill Weir: 22
Willow Bend: 14</code></pre>
${bPs(bP3.slice(2))}
${bH('looking-up-a-range-of-keys', bH3)}
${bPs(bP4.slice(0, 1))}
${bListing(
  bCaps[2] ?? '',
  `    let readings: BTreeMap&lt;u32, f64&gt; = load_readings();\n    for (time, level) in readings.range(1_200..1_800) {
        println!("{time}: {level:.2}");\n    }`,
)}
${bPs(bP4.slice(1, 2))}
${bListing(bCaps[3] ?? '', `    for (place, count) in sightings.range("B".."N") {\n        println!("{place}: {count}");\n    }`, ' ignore does_not_compile')}
<pre><code class="language-console">$ cargo run
   Compiling collections v0.1.0 (file:///projects/collections)
error[E0283]: type annotations needed</code></pre>
${bPs(bP4.slice(2))}
${bH('choosing-between-hashmap-and-btreemap', bH4)}
${bPs(bP5)}
<ul>${bList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${bPs(bP6)}
</main><nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="ch08-03-hash-maps.html" class="mobile-nav-chapters previous"
title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch"
href="ch09-00-error-handling.html" class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
<i class="fa fa-angle-right"></i></a><div style="clear: both"></div></nav></div></div>
<nav class="nav-wide-wrapper" aria-label="Page navigation"><a rel="prev" href="ch08-03-hash-maps.html" class="nav-chapters previous"
title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch"
href="ch09-00-error-handling.html" class="nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
<i class="fa fa-angle-right"></i></a></nav></div>
<script>window.playground_copyable = true;</script><script src="elasticlunr.min.js"></script><script src="mark.min.js"></script>
<script src="searcher.js"></script><script src="clipboard.min.js"></script><script src="highlight.js"></script><script src="book.js"></script>
<script src="ferris.js"></script></div></body></html>`;
const rustBook: TestPage = {
  html: bHtml,
  name: 'heldout132-mdbook-rust-book-chapter',
  kind: 'docs',
  // the section title is the page's h2 (the h1 in the menu bar is the book's title, furniture) and its sections are
  // h3s; listing figcaptions are furniture, "Filename:" labels and code in neither list; the sidebar entry for this
  // section is left out because it is the title
  title: bTitle,
  headings: [bH1, bH2, bH3, bH4],
  body: [...texts(bP1), ...texts(bP2), ...texts(bP3), ...texts(bP4), ...texts(bP5), ...bList.map(plain), ...texts(bP6)],
  bylines: [],
  furniture: [bBook, ...bToc.map(([, t]) => t).filter((t) => t !== bTitle), ...bThemes, ...bCaps],
};

export const HELDOUT132_C: readonly TestPage[] = [rustBook, nodeApi];
