import { links, ps, type TestPage, texts } from './page-kit.js';
import { gitlab } from './pages-heldout18-c2.js';

/**
 * Held-out batch 18, file c: a Read the Docs page built with Sphinx and the Furo theme (mobile header, sidebar-brand and
 * search, sidebar-tree with toctree captions, the article in div.content > article[role=main] with a section, headerlinks
 * "#", note and warning admonitions, highlight blocks with "Copy" buttons (sphinx-copybutton), the prev/next footer with
 * "Next" / "Previous" labels, "On this page" toc drawer, copyright and "Made with Sphinx and @pradyunsg's Furo" line, and
 * the Read the Docs version flyout). The GitLab issue page of this file is in pages-heldout18-c2.ts.
 */
const rtTitle = 'Configuring retention policies';
const rtIntro = [
  'Quarry keeps every snapshot it takes until a retention policy says otherwise. A policy is a set of rules, evaluated once an hour, ' +
    'that decides which snapshots of a volume are kept and which are pruned.',
  'Policies are attached to volumes, not to schedules, so a volume backed up by two schedules is pruned by one policy.',
];
const rtH1 = 'Writing a policy';
const rtBody1 = [
  'A policy is a TOML table under <code class="docutils literal notranslate"><span class="pre">[retention]</span></code> in the volume’s ' +
    'configuration file. Each rule keeps the newest snapshot in every period of its kind, for the number of periods given.',
];
const rtCode1 = `[retention]
keep_hourly = 24
keep_daily = 14
keep_weekly = 8
keep_monthly = 12`;
const rtBody2 = [
  'Rules add up rather than override each other: a snapshot is kept if any rule keeps it. With the policy above, a volume ' +
    'backed up every hour holds at most 58 snapshots at any time.',
];
const rtNote = 'A snapshot that is still being uploaded is never pruned, whatever the policy says.';
const rtH2 = 'Testing a policy before applying it';
const rtBody3 = [
  'Pruning cannot be undone, so quarry lets you ask what a policy would do first. The <code>--dry-run</code> flag prints the ' +
    'snapshots that would be removed and exits without touching the repository.',
];
const rtCode2 = 'quarry prune --volume pg-main --dry-run';
const rtWarn = 'Changing a policy takes effect at the next hourly run, which may prune many snapshots at once.';
const rtList = [
  'Run the dry run against a copy of the configuration first.',
  'Check that the newest monthly snapshot is on the keep list.',
  'Apply the policy with <code>quarry config apply</code> and watch the next run in the log.',
];
const rtTree = [
  'Installation',
  'Quick start',
  'Volumes',
  'Schedules',
  'Configuring retention policies',
  'Restoring snapshots',
  'Encryption keys',
  'Command reference',
  'Configuration reference',
  'Changelog',
];
const rtToc = ['Writing a policy', 'Testing a policy before applying it'];
const rtHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="generator" content="sphinx-7.4.7, furo 2024.08.06">
<title>${rtTitle} - quarry 3.2 documentation</title><link rel="stylesheet" type="text/css" href="../_static/styles/furo.css?v=354aac6f">
<script src="../_static/documentation_options.js?v=3e2b1a41"></script><script src="../_static/clipboard.min.js?v=a7894cd8"></script>
<script src="../_static/copybutton.js?v=f281be69"></script><script async="async" src="/_/static/javascript/readthedocs-doc-embed.js"></script>
<meta name="readthedocs-project-slug" content="quarry-backup"><meta name="readthedocs-version-slug" content="stable"></head>
<body><script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title></symbol>
<symbol id="svg-menu" viewBox="0 0 24 24"><title>Menu</title></symbol></svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation"><input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>
<div class="page"><header class="mobile-header"><div class="header-left"><label class="nav-overlay-icon" for="__navigation"></label></div>
<div class="header-center"><a href="../index.html"><div class="brand">quarry 3.2 documentation</div></a></div></header>
<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="../index.html">
<span class="sidebar-brand-text">quarry 3.2 documentation</span></a><form class="sidebar-search-container" method="get" action="../search.html" role="search">
<input class="sidebar-search" placeholder="Search" name="q" aria-label="Search"></form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
<p class="caption" role="heading"><span class="caption-text">Getting started</span></p><ul>${links(rtTree.slice(0, 2), 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul>${links(rtTree.slice(2, 8), 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul>${links(rtTree.slice(8), 'toctree-l1')}</ul>
</div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container"><a href="#" class="back-to-top muted-link">Back to top</a>
<div class="content-icon-container"><div class="edit-this-page">
<a class="muted-link" href="https://github.example/quarry/quarry/edit/main/docs/guide/retention.rst"
title="Edit this page">Edit this page</a></div><div class="theme-toggle-container theme-toggle-content"><button class="theme-toggle"></button></div></div>
<article role="main" id="furo-main-content"><section id="configuring-retention-policies">
<h1>${rtTitle}<a class="headerlink" href="#configuring-retention-policies" title="Link to this heading">#</a></h1>
${ps(rtIntro)}
<section id="writing-a-policy"><h2>${rtH1}<a class="headerlink" href="#writing-a-policy" title="Link to this heading">#</a></h2>
${ps(rtBody1)}
<div class="highlight-toml notranslate"><div class="highlight"><pre id="codecell0"><span></span>${rtCode1}</pre>
<button class="copybtn o-tooltip--left" data-tooltip="Copy" data-clipboard-target="#codecell0"></button></div></div>
${ps(rtBody2)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${rtNote}</p></div></section>
<section id="testing-a-policy-before-applying-it">
<h2>${rtH2}<a class="headerlink" href="#testing-a-policy-before-applying-it" title="Link to this heading">#</a></h2>
${ps(rtBody3)}
<div class="highlight-console notranslate"><div class="highlight"><pre id="codecell1"><span></span><span class="gp">$ </span>${rtCode2}</pre>
<button class="copybtn o-tooltip--left" data-tooltip="Copy" data-clipboard-target="#codecell1"></button></div></div>
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${rtWarn}</p></div>
<ol class="arabic simple">${rtList.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ol></section></section></article></div>
<footer><div class="related-pages"><a class="next-page" href="restore.html"><div class="page-info"><div class="context"><span>Next</span></div>
<div class="title">Restoring snapshots</div></div></a><a class="prev-page" href="schedules.html"><div class="page-info"><div class="context">
<span>Previous</span></div><div class="title">Schedules</div></div></a></div>
<div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright © 2023-2025, the quarry authors</div>
Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
<a href="https://github.com/pradyunsg/furo">Furo</a></div><div class="right-details"><div class="icons"></div></div></div></footer></div>
<aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div>
<div class="toc-tree-container"><div class="toc-tree"><ul><li><a class="reference internal" href="#">${rtTitle}</a><ul>
${rtToc.map((t) => `<li><a class="reference internal" href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></li></ul></div></div>
</div></aside>
</div></div>
<div class="injected"><div class="rst-versions rst-badge" data-toggle="rst-versions" role="note">
<span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: stable <span class="fa fa-caret-down"></span></span><div class="rst-other-versions">
<dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd class="rtd-current-item"><a href="/en/stable/">stable</a></dd><dd>
<a href="/en/3.1/">3.1</a></dd></dl>
<dl><dt>Downloads</dt><dd><a href="/_/downloads/en/stable/pdf/">PDF</a></dd><dd><a href="/_/downloads/en/stable/epub/">Epub</a></dd></dl>
<dl><dt>On Read the Docs</dt><dd><a href="/projects/quarry-backup/">Project Home</a></dd><dd><a href="/projects/quarry-backup/builds/">Builds</a></dd></dl>
<hr>Free document hosting provided by <a href="https://readthedocs.example">Read the Docs</a>.</div></div></div>
<script src="../_static/scripts/furo.js?v=5fa4622c"></script></body></html>`;
const furo: TestPage = {
  html: rtHtml,
  name: 'heldout18-furo-docs',
  kind: 'docs',
  // the h1 is the title and the two h2s the headings (their "#" headerlinks in neither list); the paragraphs, the admonition
  // texts and the three list items are body; code blocks are in neither list (as in earlier batches); the admonition titles
  // "Note" / "Warning", the sidebar (brand, captions, tree), "Skip to content", "Back to top", "Edit this page", the
  // prev/next footer, copyright and "Made with" line, the "On this page" toc and the version flyout are furniture; the
  // tree's and next-link's "Restoring snapshots" counts once; the tree's current page and the toc's entries repeat the title
  // and headings word for word, and "Volumes", "Schedules" (tree and prev-link) and "Next" are words of the body: left out
  title: rtTitle,
  headings: [rtH1, rtH2],
  body: [...texts(rtIntro), ...texts(rtBody1), ...texts(rtBody2), rtNote, ...texts(rtBody3), rtWarn, ...texts(rtList)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'quarry 3.2 documentation', 'Getting started', 'User guide', 'Reference',
    ...rtTree.filter((t) => ![rtTitle, 'Volumes', 'Schedules'].includes(t)),
    'Back to top', 'Edit this page', 'Note', 'Warning', 'Previous', 'Copyright © 2023-2025, the quarry authors',
    "Made with Sphinx and @pradyunsg's Furo", 'On this page',
    'Read the Docs', 'v: stable', 'Versions', 'latest', 'Downloads', 'PDF', 'Epub', 'On Read the Docs', 'Project Home', 'Builds',
    'Free document hosting provided by Read the Docs.',
  ],
};

export const HELDOUT18_C: readonly TestPage[] = [furo, gitlab];
