import { type TestPage, texts } from './page-kit.js';
import { mintlifyPage } from './pages-heldout196-e2.js';
import { lis, one, paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file e: an Antora 3 page in the default UI (navbar with the site title, search field, "Products"
 * dropdown and "Download" button, the component nav with its version explorer, the toolbar with breadcrumbs, the page
 * versions menu and "Edit this Page", the JS-filled "Contents" TOC, the AsciiDoc article with preamble, an IMPORTANT
 * admonition table, sect1 sections, ordered list items that hold paragraphs, listing blocks with "Example N." titles,
 * a table, a TIP, prev / next pagination and the footer) and, from file e2, a Mintlify docs page.
 */
const anTitle = 'Backups and restore';
const anPre = paras(`
  Tallow Server keeps all of its state in the data directory of each node. A backup is a consistent copy of that directory,
  taken while the node keeps serving requests, and a restore puts such a copy back on a stopped node.

  This page covers snapshot backups, which work on every edition, and the continuous archive that ships with Tallow Server
  Enterprise.
`);
const anImportant = one(`A backup taken from a single node of a cluster is only valid for that node. To back up a whole
  cluster, take a snapshot on every node within the same maintenance window, or use the continuous archive.`);
const anH1 = 'Snapshot backups';
const anP1 = paras(`
  A snapshot freezes writes to the data files for a moment, records their exact position, and then copies them in the
  background while new writes go to the log. On a typical node the freeze lasts well under a second.
`);
const anSteps = [
  'Check that the node is healthy with <code>tallowctl status</code>. A snapshot of a node that is still recovering is refused.',
  'Run <code>tallowctl snapshot create</code> with a target directory on a different disk from the data directory.',
  'Copy the finished snapshot off the machine. A backup that lives on the same host is lost with it.',
];
const anP1b = paras(`
  Snapshots are plain directories and can be compressed, encrypted and shipped with whatever tools you already use for
  other files. Each one holds a <code>MANIFEST</code> file listing its contents with checksums.
`);
const anH2 = 'Continuous archive';
const anP2 = paras(`
  The continuous archive streams every change from the log to object storage as it happens, so you can restore a node to any
  moment in the retention window rather than only to the last snapshot. It needs a base snapshot to start from; the archive
  takes one automatically every 24 hours.
`);
const anTable = [
  ['archive.target', 'Object storage URL, such as s3://backups/tallow.'],
  ['archive.retention', 'How long changes are kept. The default is 7 days.'],
  ['archive.base_interval', 'Time between automatic base snapshots.'],
];
const anH3 = 'Restoring a node';
const anP3 = paras(`
  Stop the node before restoring. Tallow refuses to restore into a data directory that a running process has open, which
  protects you from the most common and most painful mistake.

  Restoring from a snapshot replaces the data directory completely. Restoring from the archive first restores the nearest
  base snapshot and then replays changes up to the time you give with <code>--until</code>.
`);
const anTip = 'Practise a restore on a spare machine at least once a quarter. A backup you have never restored is only a hope.';
const anNavbar = ['Home', 'Products', 'Tallow Server', 'Tallow Cloud', 'Tallow Connect', 'Download'];
const anNav = ['Overview', 'Installation', 'Operations', 'Monitoring', 'Backups and restore', 'Upgrading a cluster', 'Reference'];
const anPs = (ps: readonly string[]): string => ps.map((p) => `<div class="paragraph">\n<p>${p}</p>\n</div>`).join('\n');
const anAdm = (kind: string, label: string, text: string): string => `<div class="admonitionblock ${kind}">
<table>
<tr>
<td class="icon">
<i class="fa icon-${kind}" title="${label}"></i>
</td>
<td class="content">
${text}
</td>
</tr>
</table>
</div>`;
const anListing = (title: string, code: string): string => `<div class="listingblock">
<div class="title">${title}</div>
<div class="content">
<pre class="highlightjs highlight"><code class="language-console hljs" data-lang="console">${code}</code></pre>
</div>
</div>`;
const anSect = (id: string, h: string, body: string): string => `<div class="sect1">
<h2 id="${id}"><a class="anchor" href="#${id}"></a>${h}</h2>
<div class="sectionbody">
${body}
</div>
</div>`;
const anHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>Backups and restore :: Tallow Docs</title>
    <link rel="canonical" href="https://docs.tallow.example/server/current/ops/backups.html">
    <meta name="generator" content="Antora 3.1.9">
    <link rel="stylesheet" href="../../../_/css/site.css">
    <script>var uiRootPath = '../../../_'</script>
  </head>
  <body class="article">
<header class="header">
  <nav class="navbar">
    <div class="navbar-brand">
      <a class="navbar-item" href="https://docs.tallow.example">Tallow Docs</a>
      <div class="navbar-item search hide-for-print">
        <div id="search-field" class="field">
          <input id="search-input" type="text" placeholder="Search the docs">
        </div>
      </div>
      <button class="navbar-burger" aria-controls="topbar-nav" aria-expanded="false" aria-label="Toggle main menu">
        <span></span>
        <span></span>
        <span></span>
      </button>
    </div>
    <div id="topbar-nav" class="navbar-menu">
      <div class="navbar-end">
        <a class="navbar-item" href="https://tallow.example">Home</a>
        <div class="navbar-item has-dropdown is-hoverable">
          <a class="navbar-link" href="#">Products</a>
          <div class="navbar-dropdown">
            <a class="navbar-item" href="/server/current/index.html">Tallow Server</a>
            <a class="navbar-item" href="/cloud/index.html">Tallow Cloud</a>
            <a class="navbar-item" href="/connect/index.html">Tallow Connect</a>
          </div>
        </div>
        <div class="navbar-item">
          <span class="control">
            <a class="button is-primary" href="https://tallow.example/download">Download</a>
          </span>
        </div>
      </div>
    </div>
  </nav>
</header>
<div class="body">
<div class="nav-container" data-component="server" data-version="3.2">
  <aside class="nav">
    <div class="panels">
<div class="nav-panel-menu is-active" data-panel="menu">
  <nav class="nav-menu">
    <button class="nav-menu-toggle" aria-label="Toggle expand/collapse all" style="display: none"></button>
    <h3 class="title"><a href="../index.html">Tallow Server</a></h3>
<ul class="nav-list">
  <li class="nav-item" data-depth="0">
<ul class="nav-list">
  <li class="nav-item" data-depth="1"><a class="nav-link" href="../index.html">Overview</a></li>
  <li class="nav-item" data-depth="1"><a class="nav-link" href="../install.html">Installation</a></li>
  <li class="nav-item is-active is-current-path" data-depth="1">
    <button class="nav-item-toggle"></button>
    <span class="nav-text">Operations</span>
<ul class="nav-list">
  <li class="nav-item" data-depth="2"><a class="nav-link" href="monitoring.html">Monitoring</a></li>
  <li class="nav-item is-current-page is-active" data-depth="2"><a class="nav-link" aria-current="page" href="backups.html">Backups and restore</a></li>
  <li class="nav-item" data-depth="2"><a class="nav-link" href="upgrades.html">Upgrading a cluster</a></li>
</ul>
  </li>
  <li class="nav-item" data-depth="1"><a class="nav-link" href="../reference/index.html">Reference</a></li>
</ul>
  </li>
</ul>
  </nav>
</div>
<div class="nav-panel-explore" data-panel="explore">
  <div class="context">
    <span class="title">Tallow Server</span>
    <span class="version">3.2</span>
  </div>
  <ul class="components">
    <li class="component is-current">
      <div class="title"><a href="../index.html">Tallow Server</a></div>
      <ul class="versions">
        <li class="version is-current is-latest"><a href="../index.html">3.2</a></li>
        <li class="version"><a href="../../3.1/index.html">3.1</a></li>
        <li class="version"><a href="../../3.0/index.html">3.0</a></li>
      </ul>
    </li>
  </ul>
</div>
    </div>
  </aside>
</div>
<main class="article">
<div class="toolbar" role="navigation">
<button class="nav-toggle"></button>
  <a href="../index.html" class="home-link"></a>
<nav class="breadcrumbs" aria-label="breadcrumbs">
  <ul>
    <li><a href="../index.html">Tallow Server</a></li>
    <li>Operations</li>
    <li><a href="backups.html">Backups and restore</a></li>
  </ul>
</nav>
<div class="page-versions">
  <button class="version-menu-toggle" title="Show other versions of page">3.2</button>
  <div class="version-menu">
    <a class="version is-current" href="backups.html">3.2</a>
    <a class="version" href="../../3.1/ops/backups.html">3.1</a>
  </div>
</div>
  <div class="edit-this-page"><a href="https://github.com/tallow/server-docs/edit/main/modules/ROOT/pages/ops/backups.adoc">Edit this Page</a></div>
  </div>
  <div class="content">
<aside class="toc sidebar" data-title="Contents" data-levels="2">
  <div class="toc-menu"><h3>Contents</h3><ul>
${lis([`<a href="#_snapshot_backups">${anH1}</a>`, `<a href="#_continuous_archive">${anH2}</a>`, `<a href="#_restoring_a_node">${anH3}</a>`])}
  </ul></div>
</aside>
<article class="doc">
<h1 class="page">${anTitle}</h1>
<div id="preamble">
<div class="sectionbody">
${anPs(anPre)}
${anAdm('important', 'Important', anImportant)}
</div>
</div>
${anSect(
  '_snapshot_backups',
  anH1,
  `${anPs(anP1)}
<div class="olist arabic">
<ol class="arabic">
${lis(anSteps, (t) => `\n<p>${t}</p>\n`)}
</ol>
</div>
${anListing('Example 1. Taking a snapshot', '$ tallowctl snapshot create --target /mnt/backup/2025-03-02')}
${anPs(anP1b)}`,
)}
${anSect(
  '_continuous_archive',
  anH2,
  `${anPs(anP2)}
<table class="tableblock frame-all grid-all stretch">
<caption class="title">Table 1. Archive settings</caption>
<colgroup><col style="width: 40%;"><col style="width: 60%;"></colgroup>
<thead><tr><th class="tableblock halign-left valign-top">Setting</th><th class="tableblock halign-left valign-top">Meaning</th></tr></thead>
<tbody>
${anTable
  .map(
    ([k, v]) => `<tr><td class="tableblock halign-left valign-top"><p class="tableblock"><code>${k}</code></p></td>
<td class="tableblock halign-left valign-top"><p class="tableblock">${v}</p></td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`,
)}
${anSect(
  '_restoring_a_node',
  anH3,
  `${anPs(anP3)}
${anListing('Example 2. Restoring to a point in time', '$ tallowctl restore --from-archive --until 2025-03-02T14:00:00Z')}
${anAdm('tip', 'Tip', anTip)}`,
)}
<nav class="pagination">
  <span class="prev"><a href="monitoring.html">Monitoring</a></span>
  <span class="next"><a href="upgrades.html">Upgrading a cluster</a></span>
</nav>
</article>
  </div>
</main>
</div>
<footer class="footer">
  <p>Copyright © 2025 Tallow Data Ltd. All rights reserved.</p>
  <p>This site is built with <a href="https://antora.org">Antora</a>.</p>
</footer>
<script id="site-script" src="../../../_/js/site.js" data-ui-root-path="../../../_"></script>
<script async src="../../../_/js/vendor/highlight.js"></script>
  </body>
</html>`;
const antora: TestPage = {
  html: anHtml,
  name: 'heldout196-antora-docs-page',
  kind: 'docs',
  // the admonitions' texts (their labels are only title attributes) and the table's description cells are body; setting
  // names, header cells and console listings are in neither list; listing and table titles are captions (furniture); the
  // nav's and breadcrumb's current entry is the title, left out, and the "Contents" TOC entries repeat the headings
  title: anTitle,
  headings: [anH1, anH2, anH3],
  body: [
    ...texts(anPre),
    anImportant,
    ...texts(anP1),
    ...texts(anSteps),
    ...texts(anP1b),
    ...texts(anP2),
    ...anTable.map(([, v]) => v as string),
    ...texts(anP3),
    anTip,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Tallow Docs', ...anNavbar, ...anNav.filter((t) => t !== anTitle), '3.2', '3.1', '3.0', 'Edit this Page', 'Contents',
    'Example 1. Taking a snapshot', 'Table 1. Archive settings', 'Example 2. Restoring to a point in time',
    'Copyright © 2025 Tallow Data Ltd. All rights reserved.', 'This site is built with Antora.',
  ]),
};

export const HELDOUT196_E: readonly TestPage[] = [antora, mintlifyPage];
