import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 118, file a2: a chapter of a programming-language book built with mdBook 0.4 (the sidebar table of
 * contents that toc.js fills in, with its numbered chapter entries; the menu bar with the book's title as an h1, the theme
 * popup, the print, repository and edit buttons; the hidden search bar; the hidden keyboard-help popup with its h2; the
 * chapter with listings and their captions and a note blockquote; the previous/next chapter arrows).
 */
const mbTitle = 'Recoverable Errors with Outcome';
const mbP1 = [
  'Most errors are not serious enough to stop a program. When a file is missing or a number cannot be parsed, the code that asked ' +
    'for it usually knows what to do next: ask again, fall back to a default, or tell the user. Tallow represents these situations ' +
    'with the <code>Outcome</code> type, which the standard prelude defines like this:',
  'An <code>Outcome</code> is either <code>Done</code>, holding the value you asked for, or <code>Failed</code>, holding a ' +
    'description of what went wrong. Both variants live in the prelude, so you can use them without importing anything.',
];
const mbH1 = 'Matching on an Outcome';
const mbP2 = [
  'Let’s open a settings file and see what the <code>open</code> function gives back. Listing 9-3 shows a first attempt.',
  'The value in <code>settings</code> is an <code>Outcome</code> that holds either a <code>File</code> or an <code>IoError</code>. We ' +
    'have to handle both variants before we ' +
    'can use the file, and the compiler refuses to build the program if we forget one. The <code>match</code> expression in ' +
    'Listing 9-4 does this.',
  'If the file opens, the inner <code>File</code> value is bound to <code>file</code> and returned. If it fails, we print the ' +
    'error and stop with a non-zero exit code. Stopping is reasonable in a small tool like this one, but in a library it would be ' +
    'rude: the caller may want to try another path first.',
];
const mbH2 = 'Propagating Errors';
const mbP3 = [
  'When a function cannot sensibly deal with a failure itself, it can hand the <code>Outcome</code> back to its caller. This is ' +
    'called <em>propagating</em> the error, and it lets the code with the most context make the decision.',
  'Listing 9-5 reads a user name from a file. Instead of stopping, it returns an <code>Outcome</code>, so whoever calls ' +
    '<code>read_name</code> chooses what happens when the file is missing.',
];
const mbH3 = 'A Shortcut for Propagating Errors: the ? Operator';
const mbP4 = [
  'Writing a <code>match</code> for every call gets tiresome. Placing <code>?</code> after an expression that produces an ' +
    '<code>Outcome</code> does the same job: if the value is <code>Done</code>, the expression evaluates to the inner value; if it ' +
    'is <code>Failed</code>, the function returns early and passes the failure to its caller.',
  'The <code>?</code> operator can only be used in functions whose return type is itself an <code>Outcome</code>. If you use ' +
    'it in <code>main</code> without changing its signature, the compiler points to the line and suggests the fix.',
];
const mbNote =
  '<strong>Note</strong>: Early versions of Tallow spelled this operator <code>attempt!</code>. You may still see it in older ' +
  'code; the compiler accepts it with a warning.';
const mbH4 = 'When to Stop Instead';
const mbP5 = [
  'Returning an <code>Outcome</code> is a good default, but sometimes stopping the program is the honest choice. If a value can ' +
    'only be wrong because of a bug in your own code, such as an index you have just checked, recovering from it would only hide ' +
    'the bug. The next section looks at how to choose between the two.',
];
const mbCaps = [
  'Listing 9-3: Opening a file',
  'Listing 9-4: Using a <code>match</code> expression to handle both variants',
  'Listing 9-5: A function that returns errors to its caller',
  'Listing 9-6: The same function written with the <code>?</code> operator',
];
const mbCode = [
  `enum Outcome&lt;T, E&gt; {\n    Done(T),\n    Failed(E),\n}`,
  `use std::fs::File;\n\nfn main() {\n    let settings = File::open("settings.tlw");\n}`,
  `fn main() {\n    let settings = match File::open("settings.tlw") {\n        Done(file) =&gt; file,\n        Failed(err) =&gt; {\n` +
    `            eprintln!("could not open settings: {err}");\n            exit(1)\n        }\n    };\n}`,
  `fn read_name() -&gt; Outcome&lt;String, IoError&gt; {\n    let mut file = match File::open("name.txt") {\n        Done(f) =&gt; f,\n` +
    `        Failed(e) =&gt; return Failed(e),\n    };\n    file.read_to_string()\n}`,
  `fn read_name() -&gt; Outcome&lt;String, IoError&gt; {\n    File::open("name.txt")?.read_to_string()\n}`,
];
type Toc = [string, string, boolean?];
const mbToc: Toc[] = [
  ['', 'Foreword'],
  ['', 'Introduction'],
  ['1.', 'Getting Started'],
  ['2.', 'Programming a Guessing Game'],
  ['3.', 'Common Programming Concepts'],
  ['4.', 'Understanding Borrowing'],
  ['5.', 'Using Records to Structure Related Data'],
  ['6.', 'Variants and Pattern Matching'],
  ['7.', 'Packages, Crates, and Modules'],
  ['8.', 'Common Collections'],
  ['9.', 'Error Handling'],
  ['9.1.', 'Unrecoverable Errors with halt!', true],
  ['9.2.', mbTitle, true],
  ['9.3.', 'To halt! or Not to halt!', true],
  ['10.', 'Generic Types and Shapes'],
  ['11.', 'Writing Automated Tests'],
  ['', 'Appendix'],
];
const mbThemes = ['Auto', 'Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const mbHelp = [
  'Keyboard shortcuts',
  'Press ← or → to navigate between chapters',
  'Press S or / to search in the book',
  'Press ? to show this help',
  'Press Esc to hide this help',
];
const mbBook = 'The Tallow Programming Language';
const mbId = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-');
const mbH = (n: number, t: string): string => `<h${n} id="${mbId(t)}"><a class="header" href="#${mbId(t)}">${t}</a></h${n}>`;
const mbPre = (i: number): string => `<pre><code class="language-tallow">${mbCode[i]}</code></pre>`;
const mbCap = (i: number): string => `<p><span class="caption">${mbCaps[i]}</span></p>`;
const mbPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mbItem = ([num, t]: Toc): string => {
  const href = t === mbTitle ? 'ch09-02-recoverable-errors-with-outcome.html' : `${mbId(t)}.html`;
  const cls = t === mbTitle ? ' class="active"' : '';
  const strong = num === '' ? '' : `<strong aria-hidden="true">${num}</strong> `;
  if (t === 'Appendix') return `<li class="part-title">${t}</li>`;
  return `<li class="chapter-item expanded${num === '' ? ' affix' : ''}"><a href="${href}"${cls}>${strong}${t}</a></li>`;
};
const mbSide = `${mbToc
  .filter((e) => !e[2])
  .slice(0, 11)
  .map(mbItem)
  .join('\n')}
<li><ol class="section">${mbToc
  .filter((e) => e[2])
  .map(mbItem)
  .join('\n')}</ol></li>
${mbToc
  .filter((e) => !e[2])
  .slice(11)
  .map(mbItem)
  .join('\n')}`;
const mbHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr"><head><!-- Book generated using mdBook -->
<meta charset="UTF-8"><title>Recoverable Errors with Outcome - The Tallow Programming Language</title>
<!-- Custom HTML head --><meta name="description" content=""><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#ffffff"><link rel="icon" href="favicon.svg"><link rel="shortcut icon" href="favicon.png">
<link rel="stylesheet" href="css/variables.css"><link rel="stylesheet" href="css/general.css"><link rel="stylesheet" href="css/chrome.css">
<link rel="stylesheet" href="css/print.css" media="print"><link rel="stylesheet" href="FontAwesome/css/font-awesome.css">
<link rel="stylesheet" href="fonts/fonts.css"><link rel="stylesheet" id="highlight-css" href="highlight.css">
<link rel="stylesheet" id="tomorrow-night-css" href="tomorrow-night.css"><link rel="stylesheet" id="ayu-highlight-css" href="ayu-highlight.css">
<link rel="stylesheet" href="theme/listing.css">
<script>const path_to_root = "";const default_light_theme = "light";const default_dark_theme = "navy";</script>
<script src="toc.js"></script></head>
<body><div id="mdbook-help-container"><div id="mdbook-help-popup"><h2 class="mdbook-help-title">${mbHelp[0]}</h2><div>
<p>Press <kbd>←</kbd> or <kbd>→</kbd> to navigate between chapters</p><p>Press <kbd>S</kbd> or <kbd>/</kbd> to search in the book</p>
<p>Press <kbd>?</kbd> to show this help</p><p>Press <kbd>Esc</kbd> to hide this help</p></div></div></div>
<div id="body-container"><script>try { let theme = localStorage.getItem('mdbook-theme'); let sidebar = localStorage.getItem('mdbook-sidebar');
if (theme.startsWith('"') &amp;&amp; theme.endsWith('"')) { localStorage.setItem('mdbook-theme', theme.slice(1, theme.length - 1)); } } catch (e) { }</script>
<script>const default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? default_dark_theme : default_light_theme;
let theme; try { theme = localStorage.getItem('mdbook-theme'); } catch(e) { } if (theme === null || theme === undefined) { theme = default_theme; }</script>
<input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
<nav id="sidebar" class="sidebar" aria-label="Table of contents"><!-- populated by js -->
<mdbook-sidebar-scrollbox class="sidebar-scrollbox"><ol class="chapter">
${mbSide}</ol></mdbook-sidebar-scrollbox>
<noscript><iframe class="sidebar-iframe-outer" src="toc.html"></iframe></noscript>
<div id="sidebar-resize-handle" class="sidebar-resize-handle"><div class="sidebar-resize-indicator"></div></div></nav>
<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar-hover-placeholder"></div>
<div id="menu-bar" class="menu-bar sticky"><div class="left-buttons">
<label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Toggle Table of Contents" aria-label="Toggle Table of Contents"
aria-controls="sidebar"><i class="fa fa-bars"></i></label>
<button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme" aria-haspopup="true" aria-expanded="false"
aria-controls="theme-list"><i class="fa fa-paint-brush"></i></button>
<ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
${mbThemes
  .map(
    (t) => `<li role="none"><button role="menuitem" class="theme" id="${t === 'Auto' ? 'default_theme' : t.toLowerCase()}">${t}</button>
</li>`,
  )
  .join('\n')}
</ul><button id="search-toggle" class="icon-button" type="button" title="Search (\`/\`)" aria-label="Toggle Searchbar" aria-expanded="false"
aria-keyshortcuts="/ s" aria-controls="searchbar"><i class="fa fa-search"></i></button></div>
<h1 class="menu-title">${mbBook}</h1>
<div class="right-buttons"><a href="print.html" title="Print this book" aria-label="Print this book"><i id="print-button" class="fa fa-print"></i></a>
<a href="https://github.com/tallow-lang/book" title="Git repository" aria-label="Git repository"><i id="git-repository-button" class="fa fa-github"></i></a>
<a href="https://github.com/tallow-lang/book/edit/main/src/ch09-02-recoverable-errors-with-outcome.md" title="Suggest an edit" aria-label="Suggest an edit">
<i id="git-edit-button" class="fa fa-edit"></i></a></div></div>
<div id="search-wrapper" class="hidden"><form id="searchbar-outer" class="searchbar-outer">
<input type="search" id="searchbar" name="searchbar" placeholder="Search this book ..." aria-controls="searchresults-outer"
aria-describedby="searchresults-header"></form><div id="searchresults-outer" class="searchresults-outer hidden">
<div id="searchresults-header" class="searchresults-header"></div><ul id="searchresults"></ul></div></div>
<script>document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');
document.getElementById('sidebar').setAttribute('aria-hidden', sidebar !== 'visible');</script>
<div id="content" class="content"><main>
${mbH(1, mbTitle)}
${mbPs(mbP1.slice(0, 1))}
${mbPre(0)}
${mbPs(mbP1.slice(1))}
${mbH(2, mbH1)}
${mbPs(mbP2.slice(0, 1))}
<div class="listing"><span class="file-name">Filename: src/main.tlw</span>${mbPre(1)}</div>
${mbCap(0)}
${mbPs(mbP2.slice(1, 2))}
<div class="listing"><span class="file-name">Filename: src/main.tlw</span>${mbPre(2)}</div>
${mbCap(1)}
${mbPs(mbP2.slice(2))}
${mbH(2, mbH2)}
${mbPs(mbP3)}
${mbPre(3)}
${mbCap(2)}
${mbH(3, mbH3)}
${mbPs(mbP4.slice(0, 1))}
${mbPre(4)}
${mbCap(3)}
${mbPs(mbP4.slice(1))}
<blockquote>
<p>${mbNote}</p>
</blockquote>
${mbH(2, mbH4)}
${mbPs(mbP5)}
</main>
<nav class="nav-wrapper" aria-label="Page navigation"><!-- Mobile navigation buttons -->
<a rel="prev" href="ch09-01-unrecoverable-errors-with-halt.html" class="mobile-nav-chapters previous" title="Previous chapter" aria-label="Previous chapter"
aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a>
<a rel="next prefetch" href="ch09-03-to-halt-or-not-to-halt.html" class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter"
aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a><div style="clear: both"></div></nav></div></div>
<nav class="nav-wide-wrapper" aria-label="Page navigation">
<a rel="prev" href="ch09-01-unrecoverable-errors-with-halt.html" class="nav-chapters previous" title="Previous chapter" aria-label="Previous chapter"
aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a>
<a rel="next prefetch" href="ch09-03-to-halt-or-not-to-halt.html" class="nav-chapters next" title="Next chapter" aria-label="Next chapter"
aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a></nav></div>
<script>window.playground_copyable = true;</script>
<script src="elasticlunr.min.js"></script><script src="mark.min.js"></script><script src="searcher.js"></script>
<script src="clipboard.min.js"></script><script src="highlight.js"></script><script src="book.js"></script>
<!-- Custom JS scripts --><script src="ferris.js"></script></div></body></html>`;

export const mdbookChapter: TestPage = {
  html: mbHtml,
  name: 'heldout118-mdbook-chapter',
  kind: 'docs',
  // the note blockquote is body; listing captions and "Filename:" labels are furniture; the sidebar entry of this
  // chapter (the title) is left out; the book has no byline
  title: mbTitle,
  headings: [mbH1, mbH2, mbH3, mbH4],
  body: texts([...mbP1, ...mbP2, ...mbP3, ...mbP4, mbNote, ...mbP5]),
  bylines: [],
  furniture: [...mbToc.filter(([, t]) => t !== mbTitle).map(([, t]) => t), ...mbThemes, mbBook, ...mbHelp, ...texts(mbCaps), 'Filename: src/main.tlw'],
};
