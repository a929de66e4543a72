import { type TestPage, texts } from './page-kit.js';
import { doxygenPage } from './pages-heldout59-f2.js';

/**
 * Held-out batch 59, file f: an mdBook chapter as the server sends it (mdBook 0.4.4x: the theme and sidebar scripts, the
 * sidebar left empty for toc.js to fill with only a noscript iframe, the menu bar with icon buttons, the theme list and the
 * book title in an h1, the hidden search bar, the chapter with header-link headings, Rust code listings in figures with file
 * names and captions, a "Note" blockquote, and the icon-only chapter navigation).
 */
const mbTitle = 'Sharing Cells Between Threads';
const c = (t: string): string => `<code>${t}</code>`;
const mbIntro = [
  `So far every ${c('Cell')} we have built lived on a single thread. That was a deliberate simplification: the interesting problems only ` +
    'show up once two threads can touch the same value, and we wanted the basic API to be clear before we complicated it.',
  `In this chapter we will make ${c('Cell')} safe to share, look at what the compiler checks for us and what it cannot, and measure what ` +
    'the extra safety costs.',
];
const mbH = [`Why ${c('Cell')} Is Not ${c('Sync')}`, 'An Atomic Cell', 'What It Costs'];
const mbWhy = [
  `A type is ${c('Sync')} when a shared reference to it can be sent to another thread. Our ${c('Cell')} allows mutation through a shared ` +
    `reference, and it does so without any synchronisation, so two threads calling ${c('set')} at the same time would race. The compiler ` +
    'refuses to let us share it, and it is right to.',
  `The error points at the call to ${c('spawn')} and explains that ${c('Cell&lt;u64&gt;')} cannot be shared between threads safely. This is ` +
    'the compiler doing exactly the job we want from it.',
];
const mbAtomic = [
  'The simplest fix for small values is to store them in an atomic integer. Atomics are updated with single processor instructions that ' +
    'other cores observe in a well-defined order, so no lock is needed.',
  `We have chosen ${c('Ordering::Relaxed')} here because the value of the cell does not guard any other memory. If you use a cell as a flag ` +
    `that says other data is ready, you need ${c('Release')} on the store and ${c('Acquire')} on the load instead.`,
];
const mbNote =
  'Atomics exist only for sizes the hardware supports, usually up to 64 bits. For larger values we will need a lock, which is the subject ' +
  'of the next section.';
const mbCost = [
  'On the machine we used for this book, an uncontended relaxed store takes about the same time as a plain one. Under contention the ' +
    'picture changes: with eight threads writing to the same cell, each store became roughly forty times slower, because the cache line ' +
    'holding the value has to move between cores on every write.',
  'The lesson is not that atomics are slow but that sharing is. Where you can, give each thread its own cell and combine the results at the end.',
];
const mbCaps = ['Listing 4-5: Trying to share a <code>Cell</code> between two threads', 'Listing 4-6: A <code>Cell</code> backed by an <code>AtomicU64</code>'];
const id = (t: string): string =>
  t
    .replace(/<[^>]+>/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
const hd = (n: number, t: string): string => `<h${n} id="${id(t)}"><a class="header" href="#${id(t)}">${t}</a></h${n}>`;
const kw = (s: string): string => `<span class="hljs-keyword">${s}</span>`;
const fig = (file: string, cls: string, code: string, cap: string): string =>
  `<figure class="listing">
<span class="file-name">Filename: ${file}</span>
<pre><code class="language-rust ${cls}">${code}</code></pre>
<figcaption>${cap}</figcaption>
</figure>`;
const theme = ['Auto', 'Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const mbHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr">
    <head>
        <!-- Book generated using mdBook -->
        <meta charset="UTF-8">
        <title>${mbTitle} - The Lattice Book</title>
        <meta name="description" content="Concurrent data structures in Rust, built from scratch">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="theme-color" content="#ffffff">
        <link rel="icon" href="../favicon.svg">
        <link rel="shortcut icon" href="../favicon.png">
        <link rel="stylesheet" href="../css/variables.css">
        <link rel="stylesheet" href="../css/general.css">
        <link rel="stylesheet" href="../css/chrome.css">
        <link rel="stylesheet" href="../css/print.css" media="print">
        <!-- Fonts -->
        <link rel="stylesheet" href="../FontAwesome/css/font-awesome.css">
        <link rel="stylesheet" href="../fonts/fonts.css">
        <!-- Highlight.js Stylesheets -->
        <link rel="stylesheet" id="highlight-css" href="../highlight.css">
        <link rel="stylesheet" id="tomorrow-night-css" href="../tomorrow-night.css">
        <link rel="stylesheet" id="ayu-highlight-css" href="../ayu-highlight.css">
        <!-- Custom theme stylesheets -->
        <link rel="stylesheet" href="../theme/listings.css">
        <!-- Provide site root and default themes to javascript -->
        <script>
            const path_to_root = "../";
            const default_light_theme = "light";
            const default_dark_theme = "navy";
        </script>
        <!-- Start loading toc.js asap -->
        <script src="../toc-2f8a1c9e.js"></script>
    </head>
    <body>
    <div id="body-container">
        <!-- Work around some values being stored in localStorage wrapped in quotes -->
        <script>
            try {
                let theme = localStorage.getItem('mdbook-theme');
                let sidebar = localStorage.getItem('mdbook-sidebar');
                if (theme.startsWith('"') && theme.endsWith('"')) {
                    localStorage.setItem('mdbook-theme', theme.slice(1, theme.length - 1));
                }
            } catch (e) { }
        </script>
        <!-- Set the theme before any content is loaded, prevents flash -->
        <script>
            const default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? default_dark_theme : default_light_theme;
            let theme;
            try { theme = localStorage.getItem('mdbook-theme'); } catch(e) { }
            if (theme === null || theme === undefined) { theme = default_theme; }
            const html = document.documentElement;
            html.classList.remove('light')
            html.classList.add(theme);
            html.classList.add("js");
        </script>
        <input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
        <!-- Hide / unhide sidebar before it is displayed -->
        <script>
            let sidebar = null;
            const sidebar_toggle = document.getElementById("sidebar-toggle-anchor");
            if (document.body.clientWidth >= 1080) {
                try { sidebar = localStorage.getItem('mdbook-sidebar'); } catch(e) { }
                sidebar = sidebar || 'visible';
            } else {
                sidebar = 'hidden';
            }
            sidebar_toggle.checked = sidebar === 'visible';
            html.classList.remove('sidebar-visible');
            html.classList.add("sidebar-" + sidebar);
        </script>
        <nav id="sidebar" class="sidebar" aria-label="Table of contents">
            <!-- populated by js -->
            <mdbook-sidebar-scrollbox class="sidebar-scrollbox"></mdbook-sidebar-scrollbox>
            <noscript>
                <iframe class="sidebar-iframe-outer" src="../toc.html"></iframe>
            </noscript>
            <div id="sidebar-resize-handle" class="sidebar-resize-handle">
                <div class="sidebar-resize-indicator"></div>
            </div>
        </nav>
        <div id="page-wrapper" class="page-wrapper">
            <div class="page">
                <div id="menu-bar-hover-placeholder"></div>
                <div id="menu-bar" class="menu-bar sticky">
                    <div class="left-buttons">
                        <label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Toggle Table of Contents" \
aria-label="Toggle Table of Contents" aria-controls="sidebar">
                            <i class="fa fa-bars"></i>
                        </label>
                        <button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme" \
aria-haspopup="true" aria-expanded="false" aria-controls="theme-list">
                            <i class="fa fa-paint-brush"></i>
                        </button>
                        <ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
${theme
  .map(
    (t) =>
      `                            <li role="none"><button role="menuitem" class="theme" id="${t === 'Auto' ? 'default_theme' : t.toLowerCase()}">\
${t}</button></li>`,
  )
  .join('\n')}
                        </ul>
                        <button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar" \
aria-expanded="false" aria-keyshortcuts="S" aria-controls="searchbar">
                            <i class="fa fa-search"></i>
                        </button>
                    </div>
                    <h1 class="menu-title">The Lattice Book</h1>
                    <div class="right-buttons">
                        <a href="../print.html" title="Print this book" aria-label="Print this book">
                            <i id="print-button" class="fa fa-print"></i>
                        </a>
                        <a href="https://github.com/lattice-rs/book" title="Git repository" aria-label="Git repository">
                            <i id="git-repository-button" class="fa fa-github"></i>
                        </a>
                        <a href="https://github.com/lattice-rs/book/edit/main/src/ch04-02-sharing-cells.md" title="Suggest an edit" \
aria-label="Suggest an edit">
                            <i id="git-edit-button" class="fa fa-edit"></i>
                        </a>
                    </div>
                </div>
                <div id="search-wrapper" class="hidden">
                    <form id="searchbar-outer" class="searchbar-outer">
                        <input type="search" id="searchbar" name="searchbar" placeholder="Search this book ..." aria-controls="searchresults-outer" \
aria-describedby="searchresults-header">
                    </form>
                    <div id="searchresults-outer" class="searchresults-outer hidden">
                        <div id="searchresults-header" class="searchresults-header"></div>
                        <ul id="searchresults">
                        </ul>
                    </div>
                </div>
                <!-- Apply ARIA attributes after the sidebar and the sidebar toggle button are added to the DOM -->
                <script>
                    document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');
                    document.getElementById('sidebar').setAttribute('aria-hidden', sidebar !== 'visible');
                </script>
                <div id="content" class="content">
                    <main>
                        ${hd(1, mbTitle)}
<p>${mbIntro[0]!}</p>
<p>${mbIntro[1]!}</p>
${hd(2, mbH[0]!)}
<p>${mbWhy[0]!}</p>
${fig(
  'src/main.rs',
  'ignore does_not_compile',
  `${kw('use')} lattice::Cell;
${kw('use')} std::thread;

<span class="hljs-function"><span class="hljs-keyword">fn</span> <span class="hljs-title">main</span></span>() {
    ${kw('let')} <span class="hljs-variable">hits</span> = Cell::<span class="hljs-title function_ invoke__">new</span>(<span class="hljs-number">0</span>);
    thread::<span class="hljs-title function_ invoke__">scope</span>(|s| {
        s.<span class="hljs-title function_ invoke__">spawn</span>(|| hits.<span class="hljs-title function_ invoke__">set</span>(<span \
class="hljs-number">1</span>));
        s.<span class="hljs-title function_ invoke__">spawn</span>(|| hits.<span class="hljs-title function_ invoke__">set</span>(<span \
class="hljs-number">2</span>));
    });
}`,
  mbCaps[0]!,
)}
<p>${mbWhy[1]!}</p>
${hd(2, mbH[1]!)}
<p>${mbAtomic[0]!}</p>
${fig(
  'src/atomic_cell.rs',
  'noplayground',
  `${kw('use')} std::sync::atomic::{AtomicU64, Ordering};

<span class="hljs-keyword">pub</span> <span class="hljs-keyword">struct</span> <span class="hljs-title class_">AtomicCell</span> {
    value: AtomicU64,
}

<span class="hljs-keyword">impl</span> <span class="hljs-title class_">AtomicCell</span> {
    <span class="hljs-keyword">pub</span> <span class="hljs-keyword">fn</span> <span class="hljs-title function_">set</span>(&amp;\
<span class="hljs-keyword">self</span>, v: <span class="hljs-type">u64</span>) {
        <span class="hljs-keyword">self</span>.value.<span class="hljs-title function_ invoke__">store</span>(v, Ordering::Relaxed);
    }
}`,
  mbCaps[1]!,
)}
<p>${mbAtomic[1]!}</p>
<blockquote>
<p><strong>Note</strong>: ${mbNote}</p>
</blockquote>
${hd(2, mbH[2]!)}
<p>${mbCost[0]!}</p>
<p>${mbCost[1]!}</p>
                    </main>
                    <nav class="nav-wrapper" aria-label="Page navigation">
                        <!-- Mobile navigation buttons -->
                            <a rel="prev" href="../ch04-01-a-first-cell.html" class="mobile-nav-chapters previous" title="Previous chapter" \
aria-label="Previous chapter" aria-keyshortcuts="Left">
                                <i class="fa fa-angle-left"></i>
                            </a>
                            <a rel="next prefetch" href="../ch04-03-locking.html" class="mobile-nav-chapters next" title="Next chapter" \
aria-label="Next chapter" aria-keyshortcuts="Right">
                                <i class="fa fa-angle-right"></i>
                            </a>
                        <div style="clear: both"></div>
                    </nav>
                </div>
            </div>
            <nav class="nav-wide-wrapper" aria-label="Page navigation">
                    <a rel="prev" href="../ch04-01-a-first-cell.html" class="nav-chapters previous" title="Previous chapter" aria-label="Previous chapter" \
aria-keyshortcuts="Left">
                        <i class="fa fa-angle-left"></i>
                    </a>
                    <a rel="next prefetch" href="../ch04-03-locking.html" class="nav-chapters next" title="Next chapter" aria-label="Next chapter" \
aria-keyshortcuts="Right">
                        <i class="fa fa-angle-right"></i>
                    </a>
            </nav>
        </div>
        <script>window.playground_copyable = true;</script>
        <script src="../elasticlunr-ef4e11c1.min.js"></script>
        <script src="../mark-09e88c2c.min.js"></script>
        <script src="../searcher-c2a407aa.js"></script>
        <script src="../clipboard-1626706a.min.js"></script>
        <script src="../highlight-abc7f01d.js"></script>
        <script src="../book-a0b12cfe.js"></script>
        <!-- Custom JS scripts -->
        <script src="../theme/listings.js"></script>
    </div>
    </body>
</html>`;
const mdbook: TestPage = {
  html: mbHtml,
  name: 'heldout59-mdbook',
  kind: 'docs',
  // body: the paragraphs and the Note blockquote's text (its bold label "Note" in neither list); the two listings are code
  // (neither), their "Filename:" lines and "Listing 4-n" captions furniture, as captions are; the chapter has no author or date
  // line; the served page's sidebar is empty (toc.js fills it), so the only other furniture is the theme list and the book
  // title in the menu bar's h1; the chapter navigation is icons with aria labels only
  title: mbTitle,
  headings: texts(mbH),
  body: texts([...mbIntro, mbWhy[0]!, mbWhy[1]!, ...mbAtomic, mbNote, ...mbCost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...theme, 'The Lattice Book', 'Filename: src/main.rs', 'Filename: src/atomic_cell.rs', ...texts(mbCaps)],
};

export const HELDOUT59_F: readonly TestPage[] = [mdbook, doxygenPage];
