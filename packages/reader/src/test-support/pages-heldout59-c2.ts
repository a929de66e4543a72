import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 59, file c2: an Antora page on the default UI with Asciidoctor output (the Bulma navbar with search box and
 * dropdowns, the nav container with the component's menu tree and the "explore" panel of components and versions, the
 * toolbar with breadcrumbs, version menu and "Edit this Page", the empty TOC asides filled by script, the h1.page, preamble,
 * sect1/sect2 blocks with empty anchor links, ulist and olist blocks, admonition tables whose label is only an icon's title,
 * a titled listing block, the pagination and the stock UI footer).
 */
const anTitle = 'Rolling upgrades';
const anPre = [
  'Harbor Mesh supports upgrading the control plane and the data-plane proxies one component at a time, without taking traffic off your ' +
    'services. This page describes the order in which to upgrade components, the checks to run between steps, and how to roll back if something goes wrong.',
  'Rolling upgrades are supported between adjacent minor versions only. To go from 2.2 to 2.4, upgrade to 2.3 first and let it run for at ' +
    'least one full release-check cycle.',
];
const anH = ['Before you begin', 'Upgrading the control plane', 'Upgrading the proxies', 'Rolling back'];
const anBefore = [
  'Read the release notes for the target version, in particular the section on removed configuration keys.',
  'Make sure every proxy is already on the current control-plane version. Run <code>hmctl proxy-status</code> and look for entries marked ' +
    '<code>STALE</code>.',
  'Take a backup of the mesh configuration with <code>hmctl config export</code>.',
];
const anNote =
  'Upgrades do not change your traffic policies, but new versions sometimes add defaults. Compare the exported configuration before and after ' +
  'the upgrade to see exactly what changed.';
const anCp =
  'The control plane runs as a StatefulSet of three replicas by default. The upgrade replaces one replica at a time, waiting for each new ' +
  'replica to join the quorum before moving on.';
const anSteps = [
  'Apply the new manifests with <code>hmctl upgrade --control-plane --to 2.4.3</code>.',
  'Watch the rollout with <code>hmctl status --watch</code> until all three replicas report <code>Ready</code>.',
  'Check that the proxies have reconnected: the connected-proxy count on the overview dashboard should return to its previous value within two minutes.',
];
const anWarn =
  'Never upgrade two control-plane replicas at once. If the quorum is lost, proxies keep their last configuration but cannot receive updates ' +
  'until the quorum is restored.';
const anProxies =
  'Proxies are upgraded when their pods restart, so the simplest approach is a rolling restart of each workload. Start with a low-traffic ' +
  'namespace, check its error rates for a few minutes, and then continue with the rest.';
const anBack =
  'If error rates rise after an upgrade, run <code>hmctl upgrade --rollback</code>. The command restores the previous control-plane images and ' +
  'configuration; proxies that have already restarted keep the new version, which is supported for one minor release in either direction.';
const anTip = 'Record the time of each step in your change ticket. If you need to ask support for help, a timeline makes the logs much faster to read.';
const anNav: [string, string[]][] = [
  ['Installation', ['Kubernetes', 'Virtual machines']],
  ['Operations', ['Backups', anTitle, 'Monitoring', 'Certificate rotation']],
  ['Reference', ['hmctl commands', 'Configuration keys']],
];
const id = (t: string): string => `_${t.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
const sect = (level: 1 | 2, t: string, inner: string): string =>
  `<div class="sect${level}">\n<h${level + 1} id="${id(t)}"><a class="anchor" href="#${id(t)}">\
</a>${t}</h${level + 1}>\n${level === 1 ? '<div class="sectionbody">\n' : ''}${inner}\n${level === 1 ? '</div>\n' : ''}</div>`;
const para = (t: string): string => `<div class="paragraph">\n<p>${t}</p>\n</div>`;
const adm = (kind: string, label: string, t: string): string =>
  `<div class="admonitionblock ${kind}">\n<table>\n<tr>\n<td class="icon">\n<i class="fa icon-${kind}" title="${label}">\
</i>\n</td>\n<td class="content">\n${t}\n</td>\n</tr>\n</table>\n</div>`;
const navItem = (t: string, depth: number, href: string, cur = false): string =>
  `<li class="nav-item${cur ? ' is-current-page' : ''}" data-depth="${depth}">\n<a class="nav-link" href="${href}">${t}</a>\n</li>`;
const anHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>${anTitle} :: Harbor Docs</title>
    <link rel="canonical" href="https://docs.harbormesh.example/mesh/operations/rolling-upgrades.html">
    <meta name="generator" content="Antora 3.1.10">
    <link rel="stylesheet" href="../../_/css/site.css">
    <script>var uiRootPath = '../../_'</script>
    <link rel="stylesheet" href="../../_/css/search.css">
  </head>
  <body class="article">
<header class="header">
  <nav class="navbar">
    <div class="navbar-brand">
      <a class="navbar-item" href="https://docs.harbormesh.example">Harbor Docs</a>
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
        <a class="navbar-item" href="https://harbormesh.example">Home</a>
        <div class="navbar-item has-dropdown is-hoverable">
          <a class="navbar-link" href="#">Products</a>
          <div class="navbar-dropdown">
            <a class="navbar-item" href="https://harbormesh.example/mesh">Harbor Mesh</a>
            <a class="navbar-item" href="https://harbormesh.example/gateway">Harbor Gateway</a>
          </div>
        </div>
        <div class="navbar-item has-dropdown is-hoverable">
          <a class="navbar-link" href="#">Community</a>
          <div class="navbar-dropdown">
            <a class="navbar-item" href="https://forum.harbormesh.example">Forum</a>
            <a class="navbar-item" href="https://github.com/harbormesh">GitHub</a>
          </div>
        </div>
        <div class="navbar-item">
          <span class="control">
            <a class="button is-primary" href="https://harbormesh.example/download">Download</a>
          </span>
        </div>
      </div>
    </div>
  </nav>
</header>
<div class="body">
<div class="nav-container" data-component="mesh" data-version="2.4">
  <aside class="nav">
    <div class="panels">
<div class="nav-panel-menu is-active" data-panel="menu">
  <nav class="nav-menu">
    <button class="nav-menu-toggle" aria-label="Toggle expand/collapse all" style="display: none"></button>
    <h3 class="title"><a href="../index.html">Harbor Mesh</a></h3>
<ul class="nav-list">
  <li class="nav-item" data-depth="0">
<ul class="nav-list">
${navItem('Overview', 1, '../index.html')}
${anNav
  .map(
    ([g, items], gi) => `<li class="nav-item${gi === 1 ? ' is-active' : ''}" data-depth="1">
<button class="nav-item-toggle"></button>
<span class="nav-text">${g}</span>
<ul class="nav-list">
${items.map((t) => navItem(t, 2, `${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.html`, t === anTitle)).join('\n')}
</ul>
</li>`,
  )
  .join('\n')}
</ul>
  </li>
</ul>
  </nav>
</div>
<div class="nav-panel-explore" data-panel="explore">
  <div class="context">
    <span class="title">Harbor Mesh</span>
    <span class="version">2.4</span>
  </div>
  <ul class="components">
    <li class="component is-current">
      <div class="title"><a href="../index.html">Harbor Mesh</a></div>
      <ul class="versions">
        <li class="version is-current is-latest"><a href="../index.html">2.4</a></li>
        <li class="version"><a href="../../2.3/mesh/index.html">2.3</a></li>
        <li class="version"><a href="../../2.2/mesh/index.html">2.2</a></li>
      </ul>
    </li>
    <li class="component">
      <div class="title"><a href="../../gateway/index.html">Harbor Gateway</a></div>
      <ul class="versions">
        <li class="version is-latest"><a href="../../gateway/index.html">1.8</a></li>
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
    <li><a href="../index.html">Harbor Mesh</a></li>
    <li>Operations</li>
    <li><a href="rolling-upgrades.html">${anTitle}</a></li>
  </ul>
</nav>
<div class="page-versions">
  <button class="version-menu-toggle" title="Show other versions of page">2.4</button>
  <div class="version-menu">
    <a class="version is-current" href="rolling-upgrades.html">2.4</a>
    <a class="version" href="../../2.3/mesh/operations/rolling-upgrades.html">2.3</a>
    <a class="version is-missing" href="../../2.2/mesh/index.html">2.2</a>
  </div>
</div>
  <div class="edit-this-page"><a href="https://github.com/harbormesh/mesh/edit/v2.4/docs/modules/operations/pages/rolling-upgrades.adoc">Edit this Page</a>\
</div>
  </div>
  <div class="content">
<aside class="toc sidebar" data-title="Contents" data-levels="2">
  <div class="toc-menu"></div>
</aside>
<article class="doc">
<h1 class="page">${anTitle}</h1>
<div id="preamble">
<div class="sectionbody">
${para(anPre[0]!)}
${para(anPre[1]!)}
</div>
</div>
${sect(1, anH[0]!, `<div class="ulist">\n<ul>\n${anBefore.map((t) => `<li>\n<p>${t}</p>\n</li>`).join('\n')}\n</ul>\n</div>\n${adm('note', 'Note', anNote)}`)}
${sect(
  1,
  anH[1]!,
  `${para(anCp)}
<div class="olist arabic">
<ol class="arabic">
${anSteps.map((t) => `<li>\n<p>${t}</p>\n</li>`).join('\n')}
</ol>
</div>
<div class="listingblock">
<div class="title">Checking the rollout</div>
<div class="content">
<pre class="highlightjs highlight"><code class="language-console hljs" data-lang="console">$ hmctl status --watch
REPLICA   VERSION   STATE     PROXIES
hm-cp-0   2.4.3     Ready     412
hm-cp-1   2.4.3     Ready     409
hm-cp-2   2.3.9     Draining  0</code></pre>
</div>
</div>
${adm('warning', 'Warning', anWarn)}`,
)}
${sect(1, anH[2]!, `${para(anProxies)}\n${sect(2, anH[3]!, `${para(anBack)}\n${adm('tip', 'Tip', anTip)}`)}`)}
<nav class="pagination">
  <span class="prev"><a href="backups.html">Backups</a></span>
  <span class="next"><a href="monitoring.html">Monitoring</a></span>
</nav>
</article>
  </div>
</main>
</div>
<footer class="footer">
  <p>This page was built using the Antora default UI.</p>
  <p>The source code for this UI is licensed under the terms of the MPL-2.0 license.</p>
</footer>
<script id="site-script" src="../../_/js/site.js" data-ui-root-path="../../_"></script>
<script async src="../../_/js/vendor/highlight.js"></script>
<script src="../../search-index.js"></script>
<script src="../../_/js/vendor/lunr.js"></script>
<script src="../../_/js/search-ui.js" id="search-ui-script" data-site-root-path="../.." data-snippet-length="100" data-stylesheet="../../_/css/search.css">\
</script>
  </body>
</html>`;
export const antoraPage: TestPage = {
  html: anHtml,
  name: 'heldout59-antora',
  kind: 'docs',
  // body: the preamble, the paragraphs, the items of the bulleted and numbered lists and the three admonitions (their labels are
  // only an icon's title attribute, so no label text is on the page); the listing block is code (neither), its title a caption
  // (furniture); the page has no author or date line; navbar, search box, dropdowns, "Download", the nav menu and explore panel,
  // breadcrumbs, version menu, "Edit this Page", pagination and the stock footer are furniture; the nav's and breadcrumb's
  // current item repeat the title; the component name "Harbor Mesh", the version numbers (2.4, 2.3, 2.2) and the nav's
  // "Overview" and "Configuration keys" are words of the body (its first sentence, "from 2.2 to 2.4", "overview dashboard",
  // "removed configuration keys"): left out
  title: anTitle,
  headings: anH,
  body: texts([...anPre, ...anBefore, anNote, anCp, ...anSteps, anWarn, anProxies, anBack, anTip]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbor Docs', 'Home', 'Products', 'Harbor Gateway', 'Community', 'Forum', 'GitHub', 'Download',
    ...anNav.flatMap(([g, items]) => [g, ...items.filter((t) => t !== anTitle && t !== 'Configuration keys')]), '1.8', 'Edit this Page', 'Checking the rollout',
    'This page was built using the Antora default UI.', 'The source code for this UI is licensed under the terms of the MPL-2.0 license.',
  ],
};
