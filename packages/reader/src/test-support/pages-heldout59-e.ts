import { type TestPage, texts } from './page-kit.js';
import { docsifyPage } from './pages-heldout59-e2.js';

/**
 * Held-out batch 59, file e: a Hugo site on the Book theme (the hidden menu/TOC toggle checkboxes, the book menu with brand,
 * search input and its un-hiding script, collapsible sections and external links, the mobile header that repeats the title
 * in an h3 and holds a hidden copy of the table of contents, the article with "#" anchors, a hint blockquote, CSS-only tabs,
 * the footer with the last-modified date, "Edit this page" and previous/next links, and the desktop table of contents).
 */
const hbTitle = 'Backups and restore';
const hbIntro = [
  'Tidewater stores data in immutable segment files plus a write-ahead log for the most recent writes. A consistent backup needs both, taken ' +
    'at the same moment, which is why copying the data directory while the server is running does not work.',
  'This page covers online snapshots, restoring a node from a snapshot, and a few habits that make restores less stressful.',
];
const hbH = ['Taking a snapshot', 'Restoring a node', 'Good habits'];
const hbSnap = [
  'A snapshot freezes the current set of segments, flushes the write-ahead log into a new segment, and then hard-links every file into a ' +
    'snapshot directory. Because segments are never modified in place, this takes a few seconds even on a large node and uses almost no extra ' +
    'disk space until older segments are compacted away.',
  'Snapshots are local to the node. To get them off the machine, upload the snapshot directory with any tool you like; the files are plain ' +
    'and compress well with zstd.',
  'The default snapshot location depends on how Tidewater was installed:',
];
const hbTabs: [string, string][] = [
  ['Linux', 'The deb and rpm packages write snapshots to <code>/var/lib/tidewater/snapshots</code>.'],
  ['macOS', 'The Homebrew formula keeps them in <code>/opt/homebrew/var/tidewater/snapshots</code>.'],
  ['Docker', 'The official image uses <code>/data/snapshots</code>, inside the data volume, so they survive container restarts.'],
];
const hbHint =
  'Hard links only work within one filesystem. If your snapshot directory is on a different volume from the data directory, Tidewater falls ' +
  'back to copying, which can take hours and doubles disk usage while it runs.';
const hbSteps = [
  'Stop the server and move the old data directory out of the way. Do not delete it until the restore has been checked.',
  'Copy the snapshot into a new, empty data directory.',
  'Start the server with <code>--recover</code>. It verifies the checksum of every segment before accepting connections.',
];
const hbAfter =
  'Recovery checks run at about 1 GB per second on typical NVMe drives. The server logs its progress every ten seconds, so you can estimate how long it ' +
  'will take.';
const hbHabits = [
  'Restore a snapshot onto a spare machine at least once a month. A backup that has never been restored is only a hope.',
  'Keep snapshots for longer than your longest retention policy, so that a restore never brings back less data than you expected.',
  'Label snapshots taken before upgrades. They are the quickest way back if an upgrade goes wrong.',
];
const hbMenu: [string, string[]][] = [
  ['Getting started', ['Installing Tidewater', 'Writing data', 'Querying']],
  ['Operator guide', ['Configuration', 'Upgrading', hbTitle, 'Monitoring', 'Clustering']],
  ['Reference', ['Query language', 'HTTP API']],
];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hd = (n: number, t: string): string => `<h${n} id="${slug(t)}">${t}<a class="anchor" href="#${slug(t)}">#</a></h${n}>`;
const toc = `<nav id="TableOfContents">
  <ul>
${hbH.map((t) => `    <li><a href="#${slug(t)}">${t}</a></li>`).join('\n')}
  </ul>
</nav>`;
const menu = hbMenu
  .map(
    ([g, items], i) => `<li class="book-section-flat" >
<input type="checkbox" id="section-${i}b4e1c${i}" class="toggle" ${i === 1 ? 'checked ' : ''}/>
<label for="section-${i}b4e1c${i}" class="flex justify-between">
  <a role="button" class="">${g}</a>
</label>
<ul>
${items
  .map(
    (t) => `<li>
  <a href="/docs/${slug(g)}/${slug(t)}/" class="${t === hbTitle ? 'active' : ''}">${t}</a>
</li>`,
  )
  .join('\n')}
</ul>
</li>`,
  )
  .join('\n');
const hbHtml = `<!DOCTYPE html>
<html lang="en-us" dir="ltr">
<head><script src="/livereload.js?mindelay=10&amp;v=2&amp;port=1313&amp;path=livereload" data-no-instant defer></script>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="How to snapshot a Tidewater node and restore it.">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff">
<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#343a40">
<meta name="color-scheme" content="light dark"><meta property="og:title" content="${hbTitle}" />
<meta property="og:type" content="article" />
<meta property="article:modified_time" content="2025-09-18T10:04:51+02:00" />
<title>${hbTitle} | Tidewater</title>
<link rel="icon" href="/favicon.png" >
<link rel="manifest" href="/manifest.json">
<link rel="canonical" href="https://docs.tidewater.example/docs/operator-guide/backups-and-restore/">
<link rel="stylesheet" href="/book.min.6c8b9d2a1f0e3d4c5b6a7980.css" integrity="sha256-bIudKh8OPUxbanmA" crossorigin="anonymous">
  <script defer src="/fuse.min.js"></script>
  <script defer src="/en.search.min.2d8e4f5a6b7c.js" integrity="sha256-LY5PWmt8" crossorigin="anonymous"></script>
</head>
<body dir="ltr">
  <input type="checkbox" class="hidden toggle" id="menu-control" />
  <input type="checkbox" class="hidden toggle" id="toc-control" />
  <main class="container flex">
    <aside class="book-menu">
      <div class="book-menu-content">
<nav>
<h2 class="book-brand">
  <a class="flex align-center" href="/"><img src="/logo.svg" alt="Logo" class="book-icon" /><span>Tidewater</span>
  </a>
</h2>
<div class="book-search hidden">
  <input type="text" id="book-search-input" placeholder="Search" aria-label="Search" maxlength="64" data-hotkeys="s/" />
  <div class="book-search-spinner hidden"></div>
  <ul id="book-search-results"></ul>
</div>
<script>document.querySelector(".book-search").classList.remove("hidden")</script>
<ul>
<li>
  <a href="/docs/introduction/" class="">Introduction</a>
</li>
${menu}
</ul>
<ul>
<li>
  <a href="https://github.com/tidewater-db/tidewater" target="_blank" rel="noopener">GitHub</a>
</li>
<li>
  <a href="https://discuss.tidewater.example" target="_blank" rel="noopener">Community forum</a>
</li>
</ul>
</nav>
<script>(function(){var e=document.querySelector("aside .book-menu-content");addEventListener("beforeunload",function(){localStorage.setItem(\
"menu.scrollTop",e.scrollTop)}),e.scrollTop=localStorage.getItem("menu.scrollTop")})()</script>
      </div>
    </aside>
    <div class="book-page">
      <header class="book-header">
<div class="flex align-center justify-between">
  <label for="menu-control">
    <img src="/svg/menu.svg" class="book-icon" alt="Menu" />
  </label>
  <h3>${hbTitle}</h3>
  <label for="toc-control">
    <img src="/svg/toc.svg" class="book-icon" alt="Table of Contents" />
  </label>
</div>
  <aside class="hidden clearfix">
${toc}
  </aside>
      </header>
      <article class="markdown book-article">${hd(1, hbTitle)}
<p>${hbIntro[0]!}</p>
<p>${hbIntro[1]!}</p>
${hd(2, hbH[0]!)}
<p>${hbSnap[0]!}</p>
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-sh" data-lang="sh"><span class="line"><span class="cl">tidewater-ctl \
snapshot create --label nightly-<span class="k">$(</span>date +%F<span class="k">)</span>
</span></span></code></pre></div><p>${hbSnap[1]!}</p>
<p>${hbSnap[2]!}</p>
<div class="book-tabs">
${hbTabs
  .map(
    ([t, c], i) => `<input type="radio" class="toggle" name="tabs-snapshot-dir" id="tabs-snapshot-dir-${i}" ${i === 0 ? 'checked="checked" ' : ''}/>
<label for="tabs-snapshot-dir-${i}">${t}</label>
<div class="book-tabs-content markdown-inner">
<p>${c}</p>
</div>`,
  )
  .join('\n')}
</div>
<blockquote class="book-hint warning">
<p>${hbHint}</p>
</blockquote>
${hd(2, hbH[1]!)}
<ol>
${hbSteps.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<p>${hbAfter}</p>
${hd(2, hbH[2]!)}
<ul>
${hbHabits.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
</article>
      <footer class="book-footer">
<div class="flex flex-wrap justify-between">
<div>
  <a class="flex align-center" href="https://github.com/tidewater-db/tidewater/commit/9f3c2a1b7e8d6c5b4a3f2e1d0c9b8a7f6e5d4c3b" \
title='Last modified by Ruth Okafor | September 18, 2025' target="_blank" rel="noopener">
    <img src="/svg/calendar.svg" class="book-icon" alt="" />
    <span>September 18, 2025</span>
  </a>
</div>
<div>
  <a class="flex align-center" href="https://github.com/tidewater-db/tidewater/edit/main/docs/content/docs/operator-guide/backups-and-restore.md" \
target="_blank" rel="noopener">
    <img src="/svg/edit.svg" class="book-icon" alt="" />
    <span>Edit this page</span>
  </a>
</div>
</div>
<div class="flex flex-wrap justify-between">
  <span>
    <a href="/docs/operator-guide/upgrading/" class="flex align-center">
      <img src="/svg/backward.svg" class="book-icon" alt="Previous" title="Upgrading" />
      <span>Upgrading</span>
    </a>
  </span>
  <span>
    <a href="/docs/operator-guide/monitoring/" class="flex align-center">
      <span>Monitoring</span>
      <img src="/svg/forward.svg" class="book-icon" alt="Next" title="Monitoring" />
    </a>
  </span>
</div>
<script>(function(){function e(e){const t=window.getSelection(),n=document.createRange();n.selectNodeContents(e),t.removeAllRanges(),\
t.addRange(n)}document.querySelectorAll("pre code").forEach(t=>{t.addEventListener("click",function(){if(window.getSelection().toString())\
return;e(t.parentElement),navigator.clipboard&&navigator.clipboard.writeText(t.parentElement.textContent)})})})()</script>
      </footer>
  <div class="book-comments">
</div>
  <label for="menu-control" class="hidden book-menu-overlay"></label>
    </div>
    <aside class="book-toc">
      <div class="book-toc-content">
${toc}
      </div>
    </aside>
  </main>
</body>
</html>`;
const hugoBook: TestPage = {
  html: hbHtml,
  name: 'heldout59-hugo-book',
  kind: 'docs',
  // body: the paragraphs, the ordered and bulleted list items, the text of all three CSS-only tab panels (shown one at a time by
  // a radio button, all in the page) and the hint blockquote (no label word); the shell block is code (neither); the tab labels
  // are furniture; the footer's last-modified date is the byline (the editor's name is only in a title attribute); the book
  // menu with brand, sections and external links, the mobile header's h3 (a copy of the title: left out) and both tables of
  // contents (their entries repeat the headings: left out), "Edit this page" and the previous/next links are furniture; the
  // menu's current item repeats the title; the site name "Tidewater" is a word of the body: left out; the "#" heading anchors
  // have no words (left out)
  title: hbTitle,
  headings: hbH,
  body: texts([...hbIntro, hbSnap[0]!, hbSnap[1]!, hbSnap[2]!, ...hbTabs.map(([, c]) => c), hbHint, ...hbSteps, hbAfter, ...hbHabits]),
  bylines: ['September 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Introduction', ...hbMenu.flatMap(([g, items]) => [g, ...items.filter((t) => t !== hbTitle)]), 'GitHub', 'Community forum',
    ...hbTabs.map(([t]) => t), 'Edit this page',
  ],
};

export const HELDOUT59_E: readonly TestPage[] = [hugoBook, docsifyPage];
