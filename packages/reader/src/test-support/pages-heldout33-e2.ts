import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 33, file e2: an Antora 3 page on the default UI, lightly branded (navbar with burger and links, the component
 * nav tree with its hidden "explore" panel of components and versions, the toolbar with breadcrumbs, the page-versions menu
 * and "Edit this Page", the "Contents" table of contents filled in by site.js, an article with a preamble, sect1 sections,
 * note and caution admonition tables with icon-only labels, a titled table, a YAML listing block and a ulist, the prev/next
 * pagination and a project footer).
 */
const anTitle = 'Configure retention policies';
const anPre =
  'Harbormaster stores every image pushed to a repository until something removes it. On a busy registry this adds up quickly: a ' +
  'project that builds on every commit can push thousands of images a month, most of which nobody will ever pull again. Retention ' +
  'policies delete those images on a schedule while keeping the ones you still need.';
const anH1 = 'How retention works';
const anHow = [
  'A retention policy belongs to a project and applies to every repository in it. Each policy is a list of rules. An image is kept if ' +
    'at least one rule matches it; every other image becomes a candidate for deletion.',
  'Policies run once a day at the time set in <code>retention.schedule</code>, and you can also trigger a run by hand from the project ' +
    'page. A run never deletes an image that the cluster agent reports as used by a running workload.',
];
const anNote =
  'Deleting an image removes its tag and manifest straight away, but the disk space is only freed by the next cleanup job, which ' + 'runs separately.';
const anH2 = 'Rule types';
const anTable = [
  ['Rule', 'Keeps', 'Example'],
  ['Most recent', 'The newest N images by push date', 'Keep the last 10 pushes'],
  ['Recently pulled', 'Images pulled within a number of days', 'Keep anything pulled in the last 30 days'],
  ['Tag pattern', 'Images whose tag matches a glob', 'Keep every tag matching v*'],
  ['Always', 'Every image in matching repositories', 'Keep everything in base-images'],
];
const anH3 = 'Create a policy';
const anCreate =
  'You can create policies in the web console or declare them in the Harbormaster configuration file. Declared policies override ' +
  'anything set in the console for the same project.';
const anYaml = [
  'retention:',
  '  schedule: "03:30"',
  '  policies:',
  '    - project: payments',
  '      rules:',
  '        - mostRecent: 10',
  '        - recentlyPulled: 30d',
  '        - tagPattern: "v*"',
];
const anList = [
  'Rules are evaluated together, not in order, so the position of a rule in the list does not matter.',
  'A repository filter narrows a rule to repositories whose names match a glob, such as <code>frontend/*</code>.',
  'Set <code>dryRun: true</code> on a new policy to log what it would delete without deleting anything.',
];
const anCaution =
  'Untagged images are removed by every policy unless a rule explicitly keeps them. If you push images by digest only, add an ' +
  '<code>always</code> rule for those repositories before you turn on retention.';
const anTopNav = ['Home', 'Blog', 'Community', 'Download'];
const anInstall = ['System requirements', 'Install with Helm', 'Upgrade from 3.1'];
const anAdmin = ['Projects and permissions', 'Storage quotas', 'Retention policies', 'Garbage collection', 'Audit log'];
const li = (depth: number, t: string, file: string, cur = false) =>
  `  <li class="nav-item${cur ? ' is-current-page' : ''}" data-depth="${depth}">\n    <a class="nav-link" href="${file}">${t}</a>\n  </li>`;
const para = (t: string) => `<div class="paragraph">\n<p>${t}</p>\n</div>`;
const admonition = (kind: string, label: string, t: string) =>
  `<div class="admonitionblock ${kind}">\n<table>\n<tr>\n<td class="icon">\n<i class="fa icon-${kind}" title="${label}"></i>\n</td>\n` +
  `<td class="content">\n${t}\n</td>\n</tr>\n</table>\n</div>`;
const cell = (t: string, th: boolean) =>
  th ? `<th class="tableblock halign-left valign-top">${t}</th>` : `<td class="tableblock halign-left valign-top"><p class="tableblock">${t}</p></td>`;
const anHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>${anTitle} :: Harbormaster Docs</title>
    <link rel="canonical" href="https://docs.harbormaster.example/harbormaster/3.2/admin/retention.html">
    <link rel="prev" href="quotas.html">
    <link rel="next" href="garbage-collection.html">
    <meta name="generator" content="Antora 3.1.10">
    <link rel="stylesheet" href="../../../_/css/site.css">
    <script>var uiRootPath = '../../../_'</script>
  </head>
  <body class="article">
<header class="header">
  <nav class="navbar">
    <div class="navbar-brand">
      <a class="navbar-item" href="https://docs.harbormaster.example">Harbormaster Docs</a>
      <button class="navbar-burger" aria-controls="topbar-nav" aria-expanded="false" aria-label="Toggle main menu">
        <span></span>
        <span></span>
        <span></span>
      </button>
    </div>
    <div id="topbar-nav" class="navbar-menu">
      <div class="navbar-end">
${anTopNav.map((t) => `        <a class="navbar-item" href="https://harbormaster.example/${t.toLowerCase()}">${t}</a>`).join('\n')}
      </div>
    </div>
  </nav>
</header>
<div class="body">
<div class="nav-container" data-component="harbormaster" data-version="3.2">
  <aside class="nav">
    <div class="panels">
<div class="nav-panel-menu is-active" data-panel="menu">
  <nav class="nav-menu">
    <button class="nav-menu-toggle" aria-label="Toggle expand/collapse all" style="display: none"></button>
    <h3 class="title"><a href="../index.html">Harbormaster</a></h3>
<ul class="nav-list">
  <li class="nav-item" data-depth="0">
<ul class="nav-list">
${li(1, 'Overview', '../index.html')}
  <li class="nav-item" data-depth="1">
    <button class="nav-item-toggle"></button>
    <span class="nav-text">Installation</span>
<ul class="nav-list">
${anInstall.map((t) => li(2, t, `../install/${t.length}.html`)).join('\n')}
</ul>
  </li>
  <li class="nav-item is-current-path is-active" data-depth="1">
    <button class="nav-item-toggle"></button>
    <span class="nav-text">Administration</span>
<ul class="nav-list">
${anAdmin.map((t) => li(2, t, `${t.length}.html`, t === 'Retention policies')).join('\n')}
</ul>
  </li>
${li(1, 'Configuration reference', '../reference/config.html')}
</ul>
  </li>
</ul>
  </nav>
</div>
<div class="nav-panel-explore" data-panel="explore">
  <div class="context">
    <span class="title">Harbormaster</span>
    <span class="version">3.2</span>
  </div>
  <ul class="components">
    <li class="component is-current">
      <div class="title"><a href="../index.html">Harbormaster</a></div>
      <ul class="versions">
        <li class="version is-current is-latest"><a href="../index.html">3.2</a></li>
        <li class="version"><a href="../../3.1/index.html">3.1</a></li>
        <li class="version"><a href="../../3.0/index.html">3.0</a></li>
      </ul>
    </li>
    <li class="component">
      <div class="title"><a href="../../../hmctl/1.8/index.html">hmctl CLI</a></div>
      <ul class="versions">
        <li class="version is-latest"><a href="../../../hmctl/1.8/index.html">1.8</a></li>
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
    <li><a href="../index.html">Harbormaster</a></li>
    <li>Administration</li>
    <li><a href="retention.html">Retention policies</a></li>
  </ul>
</nav>
<div class="page-versions">
  <button class="version-menu-toggle" title="Show other versions of page">3.2</button>
  <div class="version-menu">
    <a class="version is-current" href="retention.html">3.2</a>
    <a class="version" href="../../3.1/admin/retention.html">3.1</a>
    <a class="version is-missing" href="../../3.0/index.html">3.0</a>
  </div>
</div>
  <div class="edit-this-page"><a href="https://github.com/harbormaster/harbormaster/edit/v3.2/docs/modules/admin/pages/retention.adoc">Edit this Page</a></div>
  </div>
  <div class="content">
<aside class="toc sidebar" data-title="Contents" data-levels="2">
  <div class="toc-menu"><h3>Contents</h3><ul><li data-level="1"><a href="#_how_retention_works">${anH1}</a></li>
<li data-level="1"><a href="#_rule_types">${anH2}</a></li><li data-level="1"><a href="#_create_a_policy">${anH3}</a></li></ul></div>
</aside>
<article class="doc">
<h1 class="page">${anTitle}</h1>
<div id="preamble">
<div class="sectionbody">
${para(anPre)}
</div>
</div>
<div class="sect1">
<h2 id="_how_retention_works"><a class="anchor" href="#_how_retention_works"></a>${anH1}</h2>
<div class="sectionbody">
${anHow.map(para).join('\n')}
${admonition('note', 'Note', anNote)}
</div>
</div>
<div class="sect1">
<h2 id="_rule_types"><a class="anchor" href="#_rule_types"></a>${anH2}</h2>
<div class="sectionbody">
<table class="tableblock frame-all grid-all stretch">
<caption class="title">Table 1. Retention rule types</caption>
<colgroup>
<col style="width: 25%;">
<col style="width: 40%;">
<col style="width: 35%;">
</colgroup>
<thead>
<tr>
${anTable[0]!.map((t) => cell(t, true)).join('\n')}
</tr>
</thead>
<tbody>
${anTable
  .slice(1)
  .map((r) => `<tr>\n${r.map((t) => cell(t, false)).join('\n')}\n</tr>`)
  .join('\n')}
</tbody>
</table>
</div>
</div>
<div class="sect1">
<h2 id="_create_a_policy"><a class="anchor" href="#_create_a_policy"></a>${anH3}</h2>
<div class="sectionbody">
${para(anCreate)}
<div class="listingblock">
<div class="title">harbormaster.yaml</div>
<div class="content">
<pre class="highlightjs highlight"><code class="language-yaml hljs" data-lang="yaml">${anYaml.join('\n')}</code></pre>
</div>
</div>
<div class="ulist">
<ul>
${anList.map((t) => `<li>\n<p>${t}</p>\n</li>`).join('\n')}
</ul>
</div>
${admonition('caution', 'Caution', para(anCaution))}
</div>
</div>
<nav class="pagination">
  <span class="prev"><a href="quotas.html">Storage quotas</a></span>
  <span class="next"><a href="garbage-collection.html">Garbage collection</a></span>
</nav>
</article>
  </div>
</main>
</div>
<footer class="footer">
  <p>© 2025 The Harbormaster Authors. Documentation licensed under CC BY 4.0.</p>
  <ul class="footer-links">
${links(['Security policy', 'Code of conduct', 'Trademarks'])}
  </ul>
</footer>
<script id="site-script" src="../../../_/js/site.js" data-ui-root-path="../../../_"></script>
<script async src="../../../_/js/vendor/highlight.js"></script>
  </body>
</html>`;
export const antoraPage: TestPage = {
  html: anHtml,
  name: 'heldout33-antora-docs-page',
  kind: 'docs',
  // the three sect1 h2 are the headings; the preamble, paragraphs, the list and the texts of the note (bare text in its cell)
  // and caution admonitions are body (their labels are only title attributes); the table's cells are the article's own: body,
  // its "Table 1." caption furniture as a caption is; the YAML listing and its file-name title are in neither; the page has no
  // byline; navbar, nav tree (its "Retention policies" entry and crumb are title and body words: left out), explore panel,
  // breadcrumbs, version menu, "Edit this Page", the "Contents" toc (entries repeat the headings: left out), pagination and
  // footer are furniture (the version numbers, in the explore panel
  // and version menu, too)
  title: anTitle,
  headings: [anH1, anH2, anH3],
  body: [anPre, ...texts(anHow), anNote, ...anTable.flat(), anCreate, ...texts(anList), ...texts([anCaution])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbormaster Docs', ...anTopNav, 'Overview', 'Installation', ...anInstall, 'Administration', ...anAdmin.filter((t) => t !== 'Retention policies'),
    'Configuration reference', 'hmctl CLI', '3.2', '3.1', '3.0', '1.8', 'Edit this Page', 'Contents', 'Table 1. Retention rule types', 'Security policy',
    'Code of conduct', 'Trademarks', '© 2025 The Harbormaster Authors. Documentation licensed under CC BY 4.0.',
  ],
};
