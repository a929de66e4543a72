import { ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file d2: a Quartz v4 digital garden note (the left sidebar with the page title, search button and
 * its dialog, dark-mode and reader-mode buttons with svg titles, the Explorer tree, the breadcrumbs, the h1 with the date
 * and reading time and the tag list, h2 headings with anchor links, a blockquote, a footnote section, the right sidebar
 * with Graph View, Table of Contents and Backlinks, and the "Created with Quartz" footer).
 */
const qTitle = 'How I take notes on library books';
const qP1 = paras(`
Most of what I read comes from the public library, which means I cannot underline anything and I have to give the book
back in three weeks. For a long time that meant I remembered almost nothing. This is the system I have settled on after
about two years of trying things.
`);
const qH1 = 'While reading';
const qP2 = paras(`
I keep a single index card in the book as a bookmark. When something strikes me, I write the page number and three or four
words on the card, nothing more. Stopping to write full notes broke my reading, and I stopped enjoying the book.

A full card is usually about forty entries. That is plenty for most books, and if I run out it is a sign the book deserves
a second read rather than more notes.
`);
const qH2 = 'After finishing';
const qP3 = paras(`Within a day or two of finishing, I go back through the card with the book open and write a proper note. Each one has:`);
const qList = [
  'One paragraph, in my own words, on what the book is arguing.',
  'The three to five passages I most want to keep, copied out by hand.',
  'Links to other notes in this garden that the book agrees or disagrees with.',
];
const qQuote = 'Copying a passage out slowly is the closest I have come to reading it twice at once.';
const qP4 = paras(`
That line is from my note on a book about letter writing, and it is why I still copy passages by hand instead of taking
photos of the pages.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>
`);
const qH3 = 'What I would change';
const qP5 = paras(`
The weak point is the day or two after finishing. If I leave the card for a week, the page numbers stop meaning anything.
I have started returning books a day late on purpose, so that the note gets written before the book goes back. The fine is
ten pence a day, which feels like a fair price.
`);
const qFootnote = 'I tried photos for a year. I have about nine hundred of them and have looked at perhaps ten.';
const qBody = [...qP1, ...qP2, ...qP3, ...qList, qQuote, ...qP4, ...qP5, qFootnote];
const qExplorer = ['books', 'garden', 'notes', 'tags', 'About this garden', 'Now'];
const qBacklinks = ['Reading in 2025', 'Index cards'];
const qCrumbs = ['Home', 'notes'];
const qAnchor = (id: string): string =>
  `<a role="anchor" aria-hidden="true" tabindex="-1" data-no-popover="true" href="#${id}" class="internal"><svg width="18" height="18" viewBox="0 0 24
24"></svg></a>`;
const qH = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}">${t}${qAnchor(id)}</h2>`;
};
const qHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><title>${qTitle}</title><meta charset="utf-8">
<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Schibsted
Grotesk&amp;display=swap">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:site_name" content="Marsh Notes">
<meta property="og:title" content="${qTitle}"><meta property="og:type" content="website"><meta name="description" content="Most of what I read comes from the
public library.">
<meta property="og:image" content="https://marsh-notes.example/static/og-image.png"><link rel="icon" href="../static/icon.png">
<link href="../index.css" rel="stylesheet" type="text/css" spa-preserve><script src="../prescript.js" type="application/javascript" spa-preserve></script>
<script type="application/javascript" spa-preserve>const fetchData = fetch("../static/contentIndex.json").then(data => data.json())</script>
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="https://marsh-notes.example/index.xml">
</head>
<body data-slug="notes/library-book-notes"><div id="quartz-root" class="page"><div id="quartz-body">
<div class="left sidebar"><h2 class="page-title"><a href="..">Marsh Notes</a></h2><div class="spacer mobile-only"></div>
<div class="flex-component" style="flex-direction: row; flex-wrap: nowrap; gap: 1rem;"><div style="flex-grow: 1;"><div class="search">
<button class="search-button"><p>Search</p><svg role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 19.9 19.7"><title>Search</title></svg></button>
<div class="search-container"><div class="search-space"><input autocomplete="off" class="search-bar" name="search" type="text" aria-label="Search for something"
placeholder="Search for something"><div class="search-layout" data-preview="true"></div></div></div></div></div>
<div><button class="darkmode"><svg class="dayIcon"><title>Dark mode</title></svg><svg class="nightIcon"><title>Light mode</title></svg></button></div>
<div><button class="readermode"><svg class="readerIcon"><title>Reader mode</title></svg></button></div></div>
<div class="explorer" data-behavior="link" data-collapsed="collapsed" data-savestate="true"><button type="button" class="explorer-toggle mobile-explorer
hide-until-loaded"
aria-controls="explorer-content" aria-expanded="false"></button><button type="button" class="title-button explorer-toggle desktop-explorer"
aria-controls="explorer-content" aria-expanded="true"><h2>Explorer</h2></button>
<div class="explorer-content" aria-expanded="false"><ul class="explorer-ul overflow">
${qExplorer.map((e) => `<li><div class="folder-outer"><a href="../${e}" data-for="${e}">${e}</a></div></li>`).join('\n')}<li
class="overflow-end"></li></ul></div></div></div>
<div class="center"><div class="page-header"><div class="popover-hint"><nav class="breadcrumb-container" aria-label="breadcrumbs">
${qCrumbs.map((c) => `<div class="breadcrumb-element"><a href="../">${c}</a><p> ❯ </p></div>`).join('')}
<div class="breadcrumb-element"><a href="">${qTitle}</a></div></nav>
<h1 class="article-title">${qTitle}</h1><p show-comma="true" class="content-meta"><time
datetime="2025-11-07T00:00:00.000Z">Nov 07, 2025</time><span>3 min read</span></p>
<ul class="tags"><li><a href="../tags/reading" class="internal tag-link">reading</a></li><li><a href="../tags/note-taking" class="internal
tag-link">note-taking</a></li>
<li><a href="../tags/seedling" class="internal tag-link">seedling</a></li></ul></div></div>
<article class="popover-hint">
${ps(qP1)}
${qH('While reading')}
${ps(qP2)}
${qH('After finishing')}
${ps(qP3)}
<ul>${lis(qList)}</ul>
<blockquote><p>${qQuote}</p></blockquote>
${ps(qP4)}
${qH('What I would change')}
${ps(qP5)}
<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes<a role="anchor" aria-hidden="true" tabindex="-1"
href="#footnote-label" class="internal"></a></h2><ol><li id="user-content-fn-1"><p>${qFootnote}
<a href="#user-content-fnref-1" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref internal">↩</a></p></li></ol></section>
</article><hr><div class="page-footer"></div></div>
<div class="right sidebar"><div class="graph"><h3>Graph View</h3><div class="graph-outer"><div class="graph-container" data-cfg="{}"></div>
<button class="global-graph-icon" aria-label="Global Graph"><svg></svg></button></div><div class="global-graph-outer"><div
class="global-graph-container"></div></div></div>
<div class="toc desktop-only"><button type="button" class="toc-header" aria-controls="toc-content" aria-expanded="true"><h3>Table of Contents</h3></button>
<ul class="toc-content overflow">${[qH1, qH2, qH3].map((h) => `<li class="depth-0"><a href="#" data-for="${h}">${h}</a></li>`).join('')}</ul></div>
<div class="backlinks"><h3>Backlinks</h3><ul class="overflow">${qBacklinks
  .map(
    (b) => `<li><a href="../notes/${b}"
class="internal">${b}</a></li>`,
  )
  .join('')}</ul></div>
</div><footer class><p>Created with <a href="https://quartz.jzhao.xyz/">Quartz v4.5.2</a> © 2025</p><ul><li><a href="https://github.com/marsh">GitHub</a></li>
<li><a href="https://marsh-notes.example/index.xml">RSS</a></li></ul></footer></div></div>
<script type="application/javascript">// quartz/components/scripts/quartz/components/scripts/darkmode.inline.ts
const userPref = window.matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";</script>
<script src="../postscript.js" type="module"></script></body></html>`;

export const QUARTZ_NOTE: TestPage = {
  name: 'heldout167-quartz-garden-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2, qH3],
  body: texts(qBody),
  bylines: ['Nov 07, 2025', '3 min read'],
  furniture: [
    'Marsh Notes',
    'Search',
    'Dark mode',
    'Light mode',
    'Reader mode',
    'Explorer',
    ...qExplorer,
    ...qCrumbs,
    'reading',
    'note-taking',
    'seedling',
    'Footnotes',
    'Graph View',
    'Table of Contents',
    'Backlinks',
    ...qBacklinks,
    'Created with Quartz v4.5.2 © 2025',
    'GitHub',
    'RSS',
  ],
};
