import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 63, file c2: a user-guide page of a Python library's Sphinx documentation on the Furo theme, as built on
 * Read the Docs (the theme script on `<body>`, the SVG sprite, the hidden navigation and TOC checkboxes, the mobile header,
 * the sidebar with brand, search, captions and the toctree, an EthicalAds slot, "Back to top", the view/edit/theme-toggle
 * icons with visually hidden labels, the article with `¶` header links, `docutils literal` inline code, highlighted code
 * blocks, note, warning and versionadded boxes, the next/previous footer, copyright and "Made with Sphinx", and the right
 * "On this page" drawer).
 */
const sxTitle = 'Handling missing data';
const lit = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const ref = (t: string, href: string): string => `<a class="reference internal" href="${href}" title="${t}">${lit(t)}</a>`;
const sxBody1 = [
  'Real sensor data is rarely complete. Loggers drop out, batteries fail and network links go down, leaving gaps in a series that ' +
    'most analysis methods cannot handle directly. tidewater gives you three ways to deal with gaps: find them, fill them, or mask them.',
];
const sxH1 = 'Finding gaps';
const sxBody2 = [
  `Use ${ref('Series.gaps()', 'api/series.html#tidewater.Series.gaps')} to list the gaps in a series. A gap is any run of missing ` +
    'values, or any interval between two timestamps that is longer than the series’ expected frequency.',
  `Each gap is returned as a ${ref('Gap', 'api/series.html#tidewater.Gap')} with ${lit('start')}, ${lit('end')} and ${lit('length')} ` +
    `attributes. Pass ${lit('min_length')} to ignore short gaps:`,
];
const sxH2 = 'Filling gaps';
const sxBody3 = [`${ref('Series.fill()', 'api/series.html#tidewater.Series.fill')} replaces missing values using one of four methods:`];
const sxList = [
  `${lit('"previous"')} carries the last valid value forward.`,
  `${lit('"linear"')} interpolates in a straight line between the values on either side of the gap.`,
  `${lit('"seasonal"')} uses the value from the same point in the previous cycle, which works well for tidal and daily patterns.`,
  `${lit('"constant"')} fills every missing value with the value you pass as ${lit('fill_value')}.`,
];
const sxBody4 = [
  `By default ${lit('fill()')} fills every gap, however long. In most cases you should set ${lit('max_gap')} so that long outages ` +
    'stay missing instead of being replaced by invented data:',
];
const sxNote =
  `Filling never changes values that were present in the original series. If you also need to smooth noisy data, call ` +
  `${lit('smooth()')} after ${lit('fill()')}, not before.`;
const sxH3 = 'Seasonal filling';
const sxBody5 = [
  `The ${lit('"seasonal"')} method needs to know the length of a cycle. tidewater infers it from the series frequency when it can, ` +
    `for example 24 hours for hourly data, but for tidal data you should pass ${lit('period')} explicitly:`,
];
const sxWarn =
  'Seasonal filling assumes that the cycle is stable. Do not use it across a change of instrument or location, or across a ' +
  'daylight saving change in local-time data.';
const sxAdded = `The ${lit('period')} argument accepts a ${lit('timedelta')} as well as a number of samples.`;
const sxH4 = 'Masking gaps';
const sxBody6 = [
  'Sometimes the right answer is to keep the gaps but stop them from spoiling later calculations. ' +
    `${ref('Series.mask_gaps()', 'api/series.html#tidewater.Series.mask_gaps')} returns a boolean mask that you can pass to most ` +
    `tidewater functions through the ${lit('where')} argument. Aggregations such as ${lit('resample()')} and ${lit('rolling()')} ` +
    'then skip the masked values and report how many samples each result was based on.',
  `See <a class="reference internal" href="resampling.html"><span class="doc">Resampling</span></a> for how masked values affect the ${lit('count')} column.`,
];
const hl = (lines: string[]): string =>
  `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${lines.join('\n')}\n</pre></div></div>`;
const sxCode1 = hl([
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span> <span class="o">=</span> <span class="n">tw</span>' +
    '<span class="o">.</span><span class="n">read_csv</span><span class="p">(</span><span class="s2">"harbour.csv"</span>' +
    '<span class="p">)</span>',
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">gaps</span><span class="p">()</span>',
  '<span class="go">[Gap(start=2024-03-02 04:10, end=2024-03-02 05:40, length=10)]</span>',
]);
const sxCode2 = hl([
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">gaps</span>' +
    '<span class="p">(</span><span class="n">min_length</span><span class="o">=</span><span class="s2">"1h"</span>' +
    '<span class="p">)</span>',
]);
const sxCode3 = hl([
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">fill</span>' +
    '<span class="p">(</span><span class="s2">"linear"</span><span class="p">,</span> <span class="n">max_gap</span>' +
    '<span class="o">=</span><span class="s2">"2h"</span><span class="p">)</span>',
]);
const sxCode4 = hl([
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">fill</span>' +
    '<span class="p">(</span><span class="s2">"seasonal"</span><span class="p">,</span> <span class="n">period</span>' +
    '<span class="o">=</span><span class="n">tw</span><span class="o">.</span><span class="n">M2</span>' +
    '<span class="p">)</span>',
]);
const sxCode5 = hl([
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">m</span> <span class="o">=</span> <span class="n">s</span>' +
    '<span class="o">.</span><span class="n">mask_gaps</span><span class="p">(</span><span class="n">min_length</span>' +
    '<span class="o">=</span><span class="s2">"30min"</span><span class="p">)</span>',
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">resample</span>' +
    '<span class="p">(</span><span class="s2">"1D"</span><span class="p">,</span> <span class="n">where</span>' +
    '<span class="o">=~</span><span class="n">m</span><span class="p">)</span>',
]);
const hx = (n: number, id: string, t: string): string => `<h${n}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h${n}>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const sxSide: [string, string[]][] = [
  ['Getting started', ['Installation', 'Quickstart']],
  ['User guide', ['Series and frames', 'Reading and writing files', 'Resampling', sxTitle, 'Tidal analysis', 'Plotting']],
  ['API reference', ['tidewater.Series', 'tidewater.Frame', 'tidewater.io']],
  ['Development', ['Contributing', 'Changelog']],
];
const sxHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="./"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="sphinx-8.1.3, furo 2024.08.06"><title>${sxTitle} - tidewater 2.4.1 documentation</title>
<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=8f2a1f02"><link rel="stylesheet" type="text/css" href="_static/styles/furo.css?v=354aac6f">
<script src="_static/documentation_options.js?v=2d4cd5a4"></script><script async type="text/javascript"
src="/_/static/javascript/readthedocs-addons.js"></script>
<style>body{--color-code-background:#f8f8f8;--color-code-foreground:black}</style></head>
<body><script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title><path
d="M4 6h16"></path></symbol>
<symbol id="svg-menu" viewBox="0 0 24 24"><title>Menu</title><path d="M3 12h18"></path></symbol></svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation"><input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">Hide navigation sidebar</div></label>
<label class="overlay toc-overlay" for="__toc"><div class="visually-hidden">Hide table of contents sidebar</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>
<div class="page"><header class="mobile-header"><div class="header-left"><label class="nav-overlay-icon" for="__navigation"><div class="visually-hidden">Toggle
site navigation sidebar</div>
<i class="icon"><svg><use href="#svg-menu"></use></svg></i></label></div><div class="header-center"><a href="index.html"><div class="brand">tidewater 2.4.1
documentation</div></a></div>
</header><aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="index.html">
<span class="sidebar-brand-text">tidewater 2.4.1 documentation</span></a><form class="sidebar-search-container" method="get" action="search.html" role="search">
<input class="sidebar-search" placeholder="Search" name="q" aria-label="Search"><input type="hidden" name="check_keywords" value="yes"></form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">${sxSide
  .map(
    ([cap, items]) =>
      `<p class="caption" role="heading"><span class="caption-text">${cap}</span></p><ul${cap === 'User guide' ? ' class="current"' : ''}>${items
        .map((t) =>
          t === sxTitle
            ? `<li class="toctree-l1 current current-page"><a class="current reference internal" href="#">${t}</a></li>`
            : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/[^a-z]+/g, '-')}.html">${t}</a></li>`,
        )
        .join('')}</ul>`,
  )
  .join('\n')}</div></div>
<div id="ethical-ad-placement" class="ethical-furo" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar"><div class="ea-content">
<a href="https://server.ethicalads.example/proxy/click/4411/" rel="nofollow noopener sponsored" target="_blank">Hosted CI for open source projects, free for
public repos.</a>
<div class="ea-callout"><a href="https://www.ethicalads.example/advertisers/" rel="nofollow noopener sponsored">Ads by
EthicalAds</a></div></div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container"><a href="#" class="back-to-top muted-link"><svg viewBox="0 0 24 24"><path
d="M13 20h-2V8"></path></svg>
<span>Back to top</span></a><div class="content-icon-container"><div class="view-this-page"><a class="muted-link" href="_sources/guide/missing.rst.txt"
title="View this page">
<svg><use href="#svg-eye"></use></svg><span class="visually-hidden">View this page</span></a></div><div class="edit-this-page">
<a class="muted-link" href="https://github.com/tidewater-dev/tidewater/edit/main/docs/guide/missing.rst" title="Edit this page"><svg><use
href="#svg-pencil"></use></svg>
<span class="visually-hidden">Edit this page</span></a></div><div class="theme-toggle-container theme-toggle-content"><button class="theme-toggle">
<div class="visually-hidden">Toggle Light / Dark / Auto color theme</div></button></div><label class="toc-overlay-icon toc-content-icon" for="__toc">
<div class="visually-hidden">Toggle table of contents sidebar</div><i class="icon"><svg><use href="#svg-toc"></use></svg></i></label></div>
<article role="main" id="furo-main-content"><section id="handling-missing-data"><span id="missing-data"></span>${hx(1, 'handling-missing-data', sxTitle)}
${ps(sxBody1)}
<section id="finding-gaps">${hx(2, 'finding-gaps', sxH1)}
<p>${sxBody2[0]}</p>
${sxCode1}
<p>${sxBody2[1]}</p>
${sxCode2}
</section><section id="filling-gaps">${hx(2, 'filling-gaps', sxH2)}
${ps(sxBody3)}
<ul class="simple">${sxList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(sxBody4)}
${sxCode3}
<div class="admonition note"><p class="admonition-title">Note</p><p>${sxNote}</p></div>
<section id="seasonal-filling">${hx(3, 'seasonal-filling', sxH3)}
${ps(sxBody5)}
${sxCode4}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${sxWarn}</p></div>
<div class="versionadded"><p><span class="versionmodified added">Added in version 2.3: </span>${sxAdded}</p></div>
</section></section><section id="masking-gaps">${hx(2, 'masking-gaps', sxH4)}
<p>${sxBody6[0]}</p>
${sxCode5}
<p>${sxBody6[1]}</p>
</section></section></article></div>
<footer><div class="related-pages"><a class="next-page" href="tidal.html"><div class="page-info"><div class="context"><span>Next</span></div>
<div class="title">Tidal analysis</div></div><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg></a>
<a class="prev-page" href="resampling.html"><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg><div class="page-info">
<div class="context"><span>Previous</span></div><div class="title">Resampling</div></div></a></div>
<div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright &#169; 2025, the tidewater developers</div>
Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
<a href="https://github.com/pradyunsg/furo">Furo</a></div><div class="right-details"><div class="icons"><a class="muted-link"
href="https://github.com/tidewater-dev/tidewater"
aria-label="GitHub"><svg viewBox="0 0 16 16"></svg></a></div></div></div></footer></div>
<aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div>
<div class="toc-tree-container"><div class="toc-tree"><ul><li><a class="reference internal" href="#">${sxTitle}</a><ul>
<li><a class="reference internal" href="#finding-gaps">${sxH1}</a></li><li><a class="reference internal" href="#filling-gaps">${sxH2}</a><ul>
<li><a class="reference internal" href="#seasonal-filling">${sxH3}</a></li></ul></li><li><a class="reference internal" href="#masking-gaps">${sxH4}</a></li>
</ul></li></ul></div></div></div></aside></div></div>
<script src="_static/furo.js?v=5fa4622c"></script><script src="_static/sphinx_highlight.js?v=dc90522c"></script></body></html>`;
export const sphinxFuroPage: TestPage = {
  html: sxHtml,
  name: 'heldout63-sphinx-furo-docs',
  kind: 'docs',
  // the h2s and the h3 are the headings; paragraphs and list items are body, inline code included; the five highlighted
  // blocks are code (in neither); the note, warning and versionadded boxes are body, their labels "Note", "Warning" and
  // "Added in version 2.3:" in neither; the `¶` header links, sidebar (brand, captions, toctree; the current entry is the
  // title: left out), ad, "Back to top", icon labels, next/previous, copyright, "Made with" line and "On this page" (its
  // entries are the title and headings: left out) are furniture, "Tidal analysis" (sidebar and next link) listed once; the
  // sidebar's and the previous link's "Resampling" is the body's link text and "Previous" a word of the body: both left out
  title: sxTitle,
  headings: [sxH1, sxH2, sxH3, sxH4],
  body: texts([...sxBody1, ...sxBody2, ...sxBody3, ...sxList, ...sxBody4, sxNote, ...sxBody5, sxWarn, sxAdded, ...sxBody6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Contents', 'Menu', 'Hide navigation sidebar', 'Hide table of contents sidebar', 'Skip to content', 'Toggle site navigation sidebar',
    'tidewater 2.4.1 documentation', ...sxSide.flatMap(([c, items]) => [c, ...items]).filter((t) => t !== sxTitle && t !== 'Resampling'),
    'Hosted CI for open source projects, free for public repos.', 'Ads by EthicalAds', 'Back to top', 'View this page', 'Edit this page',
    'Toggle Light / Dark / Auto color theme', 'Toggle table of contents sidebar', '¶', 'Next',
    'Copyright © 2025, the tidewater developers', "Made with Sphinx and @pradyunsg's Furo", 'On this page',
  ],
};
