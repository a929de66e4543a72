import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file b2: a Read the Docs tutorial page on the Sphinx RTD theme (side navigation with the version and
 * search box and toctree captions, breadcrumbs with "View page source", headerlink pilcrows, code blocks, a note
 * admonition, the previous / next footer buttons, copyright and "Last updated" lines, the EthicalAds slot and the
 * Read the Docs version flyout).
 */
const rTitle = 'Tutorial: build your first deck';
const rH = ['Before you start', 'Write the outline', 'Add speaker notes', 'Render and present'];
const rP1 = [
  j(
    'This tutorial walks through a complete Quillmate project, from an empty folder to a slide deck you can present from a',
    'browser. It takes about twenty minutes. Along the way you will meet the three ideas the rest of the documentation relies',
    'on: the outline file, slide layouts and the render step.',
  ),
  'You need Python 3.10 or newer and a terminal. Create a fresh virtual environment and install Quillmate into it:',
];
const rP2 = [
  j(
    'A Quillmate deck is a folder with one file called <code>outline.md</code>. Each top-level heading in that file starts a',
    'new slide, and the text under the heading becomes the slide’s content. Create the folder and the file:',
  ),
  j(
    'Open <code>outline.md</code> in your editor and add three slides: a title slide, a slide with a bulleted list and a',
    'closing slide. Use a level-one heading for each. Quillmate picks a layout for each slide from what it contains:',
  ),
];
const rL1 = [
  'a slide with only a heading and one short line gets the <code>title</code> layout;',
  'a slide with a list gets the <code>bullets</code> layout, with the list items revealed one at a time;',
  'a slide with an image and nothing else gets the <code>full-bleed</code> layout.',
];
const rNote = j(
  'You can always override the choice by putting <code>layout: name</code> in a comment on the line after the heading. The',
  'full list of layouts is in the layout reference.',
);
const rP3 = [
  j(
    'Speaker notes live in the same file. Any paragraph that starts with <code>Note:</code> is moved off the slide and into the',
    'presenter view. Add a note to your second slide reminding yourself of the point you want to make about the list.',
  ),
  j(
    'Notes are ordinary Markdown, so you can use emphasis and links in them. They are never shown to the audience, and they are',
    'left out of the PDF export unless you pass <code>--with-notes</code>.',
  ),
];
const rP4 = [
  'Run the render command from inside the deck folder. It writes a self-contained HTML file to <code>_build/</code>:',
  j(
    'Open <code>_build/index.html</code> in a browser and press <kbd>P</kbd> to open the presenter view in a second window.',
    'The arrow keys move between slides, and the presenter view shows the current note, the next slide and a timer.',
  ),
  j(
    'That is the whole cycle: edit the outline, render, present. When you are ready for more, the next chapter shows how to',
    'write a theme of your own and how to share it between decks.',
  ),
];
const rNav1 = ['Installation', 'Tutorial: build your first deck', 'Concepts'];
const rNav2 = ['Layout reference', 'Command-line reference', 'Configuration'];
const rNav3 = ['Changelog', 'Contributing'];
const code = (lang: string, lines: string): string =>
  `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${lines}</pre></div></div>`;
const hl = (id: string, text: string, tag = 'h2'): string => `<${tag}>${text}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></${tag}>`;
const rHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="generator" content="Docutils 0.21.2:
https://docutils.sourceforge.io/">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${rTitle} — Quillmate 2.3 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3"><link rel="stylesheet" type="text/css"
href="../_static/css/theme.css?v=e59714d7">
<script src="../_static/documentation_options.js?v=2709fde1"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="quillmate"><meta name="readthedocs-version-slug" content="latest">
<link rel="index" title="Index" href="../genindex.html"><link rel="next" title="Concepts" href="concepts.html">
<link rel="prev" title="Installation" href="installation.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Quillmate</a><div class="version">2.3</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q"
placeholder="Search docs" aria-label="Search docs"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">Getting started</span></p><ul class="current">${links(rNav1, 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul>${links(rNav2, 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">Project</span></p><ul>${links(rNav3, 'toctree-l1')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu">
<i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="../index.html">Quillmate</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item active">Tutorial: build your first deck</li><li class="wy-breadcrumbs-aside">
<a href="../_sources/guide/tutorial.rst.txt" rel="nofollow">View page source</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="tutorial-build-your-first-deck">${hl('tutorial-build-your-first-deck', rTitle, 'h1')}
${ps(rP1.slice(0, 1))}
<section id="before-you-start">${hl('before-you-start', rH[0] ?? '')}
${ps(rP1.slice(1))}
${code(
  'console',
  '<span class="gp">$ </span>python<span class="w"> </span>-m<span class="w"> </span>venv<span class="w"> </span>.venv\n' +
    '<span class="gp">$ </span>pip install quillmate',
)}
</section><section id="write-the-outline">${hl('write-the-outline', rH[1] ?? '')}
${ps(rP2.slice(0, 1))}
${code('console', '<span class="gp">$ </span>mkdir<span class="w"> </span>first-deck<span class="w"> </span><span class="o">&amp;&amp;</span> cd first-deck')}
${ps(rP2.slice(1))}
<ul class="simple">
${rL1.map((t) => `<li><p>${t}</p></li>`).join('\n')}
</ul>
<div class="admonition note"><p class="admonition-title">Note</p><p>${rNote}</p></div>
</section><section id="add-speaker-notes">${hl('add-speaker-notes', rH[2] ?? '')}
${ps(rP3)}
</section><section id="render-and-present">${hl('render-and-present', rH[3] ?? '')}
${ps(rP4.slice(0, 1))}
${code('console', '<span class="gp">$ </span>quillmate<span class="w"> </span>render<span class="w"> </span>.')}
${ps(rP4.slice(1))}
</section></section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="installation.html" class="btn btn-neutral float-left"
title="Installation" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
<a href="concepts.html" class="btn btn-neutral float-right" title="Concepts" accesskey="n" rel="next">Next
<span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr>
<div role="contentinfo"><p>© Copyright 2026, Halvard Ekström and the Quillmate contributors.
<span class="lastupdated">Last updated on Mar 02, 2026.</span></p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.example/readthedocs/sphinx_rtd_theme">theme</a>
provided by <a href="https://readthedocs.org">Read the Docs</a>.
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" class="ethical-rtd"><div class="ea-content">
<a href="https://server.ethicalads.example/proxy/click/1">Ship faster with managed Postgres for Python teams. Try it free for 30 days.</a></div>
<div class="ea-callout"><a href="https://www.ethicalads.example/advertisers/">Ads by EthicalAds</a></div></div></footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: latest <span class="fa fa-caret-down"></span></span><div class="rst-other-versions">
<dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd><dd><a href="/en/2.2/">2.2</a></dd></dl>
<dl><dt>Downloads</dt><dd><a href="/_/downloads/en/latest/pdf/">PDF</a></dd><dd><a href="/_/downloads/en/latest/epub/">Epub</a></dd></dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const rtd: TestPage = {
  name: 'heldout255-readthedocs-sphinx-tutorial',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rP1, ...rP2, ...rL1, rNote, ...rP3, ...rP4]),
  bylines: ['Last updated on Mar 02, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Getting started', 'Installation', 'Concepts', 'Reference', ...rNav2, ...rNav3, 'View page source', 'Previous',
    'Next', '© Copyright 2026, Halvard Ekström and the Quillmate contributors.', 'Built with Sphinx using a theme provided by Read the Docs.',
    'Ship faster with managed Postgres for Python teams. Try it free for 30 days.', 'Ads by EthicalAds', 'v: latest', 'Versions', 'latest', 'stable',
    'Downloads', 'Epub',
  ],
};
