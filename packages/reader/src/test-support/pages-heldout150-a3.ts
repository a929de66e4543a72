import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 150, file a3: a user-guide page of an invented array library on Read the Docs with the PyData Sphinx theme
 * 0.16 ("Skip to main content", "Back to top", the search dialog, the announcement banner, the navbar with its sections, the
 * search button with its Ctrl+K hint, version switcher and icon links, the mobile copy of the navbar in the primary sidebar,
 * "Section Navigation", the rendered EthicalAds placement, breadcrumbs, the article with a table, a tip and a "See also"
 * box, prev/next links, "On this page", "Edit on GitHub", "Show Source", the copyright and theme credits, and the empty Read
 * the Docs add-ons elements).
 */
const title = 'Resampling time series';
const intro = [
  'Resampling changes the spacing of a time series. Going from minutes to hours is <em>downsampling</em>: many observations are combined into one. ' +
    'Going from days to hours is <em>upsampling</em>: new, empty slots are created and you decide how to fill them.',
  'Both are done with <code class="docutils literal notranslate"><span class="pre">Grid.resample()</span></code>, which works on any axis labelled with ' +
    'timestamps. This page walks through the common cases using a week of readings from a river gauge.',
];
const h1 = 'Downsampling';
const down = [
  'The gauge reports the water level every ten minutes. To get hourly values, resample to <code class="docutils literal notranslate"><span ' +
    'class="pre">&quot;h&quot;</span></code> and say how each hour should be summarised:',
  'Each output label covers the six readings that fall inside that hour. Hours with no readings at all produce a missing value rather than a zero, so a ' +
    'gap in the data stays visible after resampling.',
];
const h2 = 'Frequency aliases';
const aliasIntro = ['The frequency is given as a short string. The aliases you will use most often are:'];
const aliasRows = [
  ['&quot;min&quot;', 'Minutes', 'Aligning sensor feeds that drift by a few seconds'],
  ['&quot;h&quot;', 'Hours', 'Dashboards and hourly averages'],
  ['&quot;D&quot;', 'Calendar days', 'Daily totals such as rainfall'],
  ['&quot;W-SUN&quot;', 'Weeks ending on Sunday', 'Weekly reports'],
  ['&quot;ME&quot;', 'Month end', 'Monthly summaries labelled with the last day'],
];
const aliasAfter = [
  'Any alias can take a multiple in front of it, so <code class="docutils literal notranslate"><span class="pre">&quot;15min&quot;</span></code> means ' +
    'fifteen-minute bins and <code class="docutils literal notranslate"><span class="pre">&quot;6h&quot;</span></code> means quarter days.',
];
const h3 = 'Upsampling';
const up = [
  'Upsampling creates slots that did not exist in the original data, so there is nothing to aggregate. Instead you choose a fill rule. ' +
    'Forward filling repeats the last known value until a new one arrives, which suits readings that stay true until they change, such as a valve ' +
    'being open or closed.',
  'For quantities that vary smoothly, interpolation is usually a better choice than filling. It is covered in its own chapter.',
];
const tip =
  'Limit how far a value may be carried forward with <code class="docutils literal notranslate"><span class="pre">limit=</span></code>. ' +
  'A gauge that has been silent for two days is more likely broken than steady.';
const h4 = 'Labels and closed edges';
const labels = [
  'Every bin has two edges, and two questions follow from that: which edge names the bin, and which edge belongs to it. By default gridwell labels ' +
    'each bin with its left edge and includes the left edge in the bin, so the value labelled 09:00 covers 09:00 up to, but not including, 10:00.',
  'Some fields count the other way. Hydrologists often report the hour ending at 10:00 as the 10:00 value. Pass <code class="docutils literal ' +
    'notranslate"><span class="pre">label=&quot;right&quot;</span></code> and <code class="docutils literal notranslate"><span class="pre">' +
    'closed=&quot;right&quot;</span></code> to match that convention.',
];
const seeAlso = 'Interpolating missing values, for filling upsampled series with estimates rather than repeated values.';
const code = (s: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${s}</pre></div></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hd = (tag: string, t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<${tag}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">#</a></${tag}>`;
};
const announce = 'gridwell 3.1 is out, with faster rolling windows and a new plotting accessor. Read the release notes.';
const nav = ['Getting started', 'User Guide', 'API reference', 'Development', 'Release notes'];
const side = [
  'Creating grids',
  'Indexing and selecting',
  'Arithmetic and broadcasting',
  'Grouping and aggregation',
  'Interpolating missing values',
  'Reading and writing files',
];
const versions = ['dev', '3.1 (stable)', '3.0', '2.9'];
const ad = ['Tessaly Cloud:', 'Run notebooks on GPUs in seconds. Free for open source maintainers.', 'Ads by EthicalAds'];
const navItems = (cls: string): string =>
  `<nav><ul class="bd-navbar-elements navbar-nav">${nav
    .map((t, i) => `<li class="nav-item${i === 1 ? ' current active' : ''}"><a class="nav-link nav-internal${cls}" href="../${i}/index.html">${t}</a></li>`)
    .join('\n')}</ul></nav>`;
const icons = `<ul class="navbar-icon-links" aria-label="Icon Links"><li class="nav-item"><a href="https://github.com/gridwell/gridwell" title="GitHub"
class="nav-link pst-navbar-icon" rel="noopener" target="_blank" data-bs-toggle="tooltip" data-bs-placement="bottom"><i class="fa-brands fa-square-github
fa-lg" aria-hidden="true"></i><span class="sr-only">GitHub</span></a></li><li class="nav-item"><a href="https://pypi.org/project/gridwell" title="PyPI"
class="nav-link pst-navbar-icon" rel="noopener" target="_blank"><i class="fa-custom fa-pypi fa-lg" aria-hidden="true"></i><span class="sr-only">PyPI</span></a>
</li></ul>`;
const themeBtn = `<button class="btn btn-sm pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode" data-bs-title="Color mode"
data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light" title="Light"></i>
<i class="theme-switch fa-solid fa-moon fa-lg" data-mode="dark" title="Dark"></i><i class="theme-switch fa-solid fa-circle-half-stroke fa-lg"
data-mode="auto" title="System Settings"></i></button>`;
const searchBtn = `<button class="btn search-button-field search-button__button pst-js-only" title="Search" aria-label="Search" data-bs-placement="bottom"
data-bs-toggle="tooltip"><i class="fa-solid fa-magnifying-glass"></i><span class="search-button__default-text">Search</span><span
class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span></button>`;
const html = `<!DOCTYPE html>
<html lang="en" data-content_root="../" data-theme="light">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width,
initial-scale=1" /><title>Resampling time series — gridwell 3.1.0 documentation</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
document.documentElement.dataset.theme = localStorage.getItem("theme") || "";</script>
<link href="../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
<link href="../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=8f2a1f02" />
<link rel="preload" as="script" href="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf" />
<script src="../_static/documentation_options.js?v=4f2b6bc5"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script>DOCUMENTATION_OPTIONS.pagename = 'user_guide/resampling';</script>
<script>DOCUMENTATION_OPTIONS.theme_version = '0.16.1';
DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://gridwell.readthedocs.io/en/latest/_static/switcher.json';
DOCUMENTATION_OPTIONS.theme_switcher_version_match = '3.1'; DOCUMENTATION_OPTIONS.show_version_warning_banner = true;</script>
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
<link rel="next" title="Interpolating missing values" href="interpolation.html" /><link rel="prev" title="Grouping and aggregation" href="groupby.html" />
<meta name="docsearch:language" content="en"/><meta name="docsearch:version" content="3.1" />
<meta name="readthedocs-addons-api-version" content="1"><meta name="readthedocs-project-slug" content="gridwell"><meta name="readthedocs-version-slug"
content="stable">
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
</head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
<div id="pst-scroll-pixel-helper"></div>
<button type="button" class="btn rounded-pill" id="pst-back-to-top"><i class="fa-solid fa-arrow-up"></i>Back to top</button>
<dialog id="pst-search-dialog"><form class="bd-search d-flex align-items-center" action="../search.html" method="get">
<i class="fa-solid fa-magnifying-glass"></i><input type="search" class="form-control" name="q" placeholder="Search the docs ..."
aria-label="Search the docs ..."
autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"/><span class="search-button__kbd-shortcut"><kbd
class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span></form></dialog>
<div class="pst-async-banner-revealer d-none"><aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside></div>
<div class="bd-header-announcement container-fluid bd-header-announcement"><div class="bd-header-announcement__content">${announce}</div></div>
<header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"><div class="bd-header__inner bd-page-width">
<button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
<div class="col-lg-3 navbar-header-items__start"><div class="navbar-item"><a class="navbar-brand logo" href="../index.html">
<img src="../_static/gridwell-logo.svg" class="logo__image only-light" alt="gridwell - Home"/><p class="title logo__title">gridwell</p></a></div></div>
<div class="col-lg-9 navbar-header-items"><div class="me-auto navbar-header-items__center"><div class="navbar-item">${navItems('')}</div></div>
<div class="navbar-header-items__end"><div class="navbar-item navbar-persistent--container">${searchBtn}</div>
<div class="navbar-item"><div class="version-switcher__container dropdown pst-js-only"><button id="pst-version-switcher-button-2" type="button"
class="version-switcher__button btn btn-sm dropdown-toggle" data-bs-toggle="dropdown" aria-haspopup="listbox" aria-controls="pst-version-switcher-list-2"
aria-label="Version switcher list">3.1 (stable)</button><div id="pst-version-switcher-list-2" class="version-switcher__menu dropdown-menu list-group-flush py-0"
role="listbox" aria-labelledby="pst-version-switcher-button-2">${versions
  .map(
    (v) =>
      `<a class="list-group-item list-group-item-action py-1 version-switcher__entry" href="https://gridwell.readthedocs.io/en/${v}/"><span>${v}</span></a>`,
  )
  .join('\n')}</div></div></div>
<div class="navbar-item">${themeBtn}</div><div class="navbar-item">${icons}</div></div></div>
<button class="pst-navbar-icon sidebar-toggle secondary-toggle" aria-label="On this page"><span class="fa-solid fa-outdent"></span></button></div></header>
<div class="bd-container"><div class="bd-container__inner bd-page-width"><dialog id="pst-primary-sidebar-modal"></dialog>
<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar"><div class="sidebar-header-items sidebar-primary__section">
<div class="sidebar-header-items__center"><div class="navbar-item">${navItems(' mobile')}</div></div>
<div class="sidebar-header-items__end"><div class="navbar-item">${themeBtn}</div><div class="navbar-item">${icons}</div></div></div>
<div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item"><nav class="bd-docs-nav bd-links"
aria-label="Section Navigation"><p class="bd-links__title" role="heading" aria-level="1">Section Navigation</p><div class="bd-toc-item navbar-nav">
<ul class="current nav bd-sidenav">
${links(side.slice(0, 4), 'toctree-l1')}
<li class="toctree-l1 current active"><a class="current reference internal" href="#">Resampling time series</a></li>
${links(side.slice(4), 'toctree-l1')}
</ul></div></nav></div></div>
<div class="sidebar-primary-items__end sidebar-primary__section"><div class="sidebar-primary-item"><div id="ethical-ad-placement" class="flat"
data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true"><div class="ea-placement ea-type-image"
data-ea-publisher="readthedocs">
<div class="ea-content"><a class="ea-link" href="https://server.ethicalads.io/proxy/click/7712/0193f2a1/" rel="nofollow noopener sponsored" target="_blank">
<img class="ea-image" src="https://media.ethicalads.io/media/images/2025/10/tessaly.png" alt=""><div
class="ea-text"><strong>${ad[0]}</strong> ${ad[1]}</div></a>
</div><div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/topics/data-science/?ref=ea-text" rel="nofollow noopener" target="_blank">
<small>${ad[2]}</small></a></div></div></div></div></div></div>
<main id="main-content" class="bd-main" role="main"><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
<div class="header-article-item"><nav aria-label="Breadcrumb" class="d-print-none"><ul class="bd-breadcrumbs"><li class="breadcrumb-item breadcrumb-home">
<a href="../index.html" class="nav-link" aria-label="Home"><i class="fa-solid fa-home"></i></a></li><li class="breadcrumb-item"><a href="index.html"
class="nav-link">User Guide</a></li><li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">Resampling time series</span></li></ul></nav>
</div></div></div></div>
<div id="searchbox"></div>
<article class="bd-article"><section id="resampling-time-series">
${hd('h1', title)}
${ps(intro)}
<section id="downsampling">
${hd('h2', h1)}
${ps(down.slice(0, 1))}
${code(`<span class="gp">&gt;&gt;&gt; </span><span class="n">hourly</span> <span class="o">=</span> <span class="n">level</span><span class="o">.</span><span
class="n">resample</span><span class="p">(</span><span class="n">time</span><span class="o">=</span><span class="s2">&quot;h&quot;</span><span
class="p">)</span><span class="o">.</span><span class="n">mean</span><span class="p">()</span>`)}
${ps(down.slice(1))}
</section>
<section id="frequency-aliases">
${hd('h2', h2)}
${ps(aliasIntro)}
<div class="pst-scrollable-table-container"><table class="table"><thead><tr class="row-odd"><th class="head"><p>Alias</p></th><th class="head"><p>Bin
size</p></th><th class="head"><p>Typical use</p></th></tr></thead><tbody>
${aliasRows
  .map(
    (r, i) => `<tr class="row-${i % 2 ? 'odd' : 'even'}"><td><p><code class="docutils literal notranslate"><span class="pre">${r[0]}</span></code></p></td>
<td><p>${r[1]}</p></td><td><p>${r[2]}</p></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
${ps(aliasAfter)}
</section>
<section id="upsampling">
${hd('h2', h3)}
${ps(up.slice(0, 1))}
${code(`<span class="gp">&gt;&gt;&gt; </span><span class="n">status</span><span class="o">.</span><span class="n">resample</span><span class="p">(</span><span
class="n">time</span><span class="o">=</span><span class="s2">&quot;10min&quot;</span><span class="p">)</span><span class="o">.</span><span
class="n">ffill</span><span class="p">(</span><span class="n">limit</span><span class="o">=</span><span class="mi">12</span><span class="p">)</span>`)}
<div class="admonition tip"><p class="admonition-title">Tip</p><p>${tip}</p></div>
${ps(up.slice(1))}
</section>
<section id="labels-and-closed-edges">
${hd('h2', h4)}
${ps(labels)}
<div class="admonition seealso"><p class="admonition-title">See also</p><p><a class="reference internal" href="interpolation.html">
<span class="doc">Interpolating missing values</span></a>, for filling upsampled series with estimates rather than repeated values.</p></div>
</section></section></article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area"><a class="left-prev" href="groupby.html" title="previous page">
<i class="fa-solid fa-angle-left"></i><div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">Grouping and
aggregation</p></div></a><a class="right-next" href="interpolation.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
<p class="prev-next-title">Interpolating missing values</p></div><i class="fa-solid fa-angle-right"></i></a></div></footer></div>
<dialog id="pst-secondary-sidebar-modal"></dialog>
<div id="pst-secondary-sidebar" class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">
<div class="sidebar-secondary-item"><div id="pst-page-navigation-heading-2" class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> On this page
</div><nav class="bd-toc-nav page-toc" aria-labelledby="pst-page-navigation-heading-2"><ul class="visible nav section-nav flex-column">
${[h1, h2, h3, h4]
  .map((t) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}</ul></nav></div>
<div class="sidebar-secondary-item"><div class="tocsection editthispage"><a
href="https://github.com/gridwell/gridwell/edit/main/doc/source/user_guide/resampling.rst">
<i class="fa-solid fa-pencil"></i> Edit on GitHub</a></div></div>
<div class="sidebar-secondary-item"><div role="note" aria-label="source link"><h3>This Page</h3><ul class="this-page-menu"><li><a
href="../_sources/user_guide/resampling.rst.txt" rel="nofollow">Show Source</a></li></ul></div></div></div></div></div>
<footer class="bd-footer-content"></footer></main></div></div>
<script defer src="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
<script defer src="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>
<footer class="bd-footer"><div class="bd-footer__inner bd-page-width"><div class="footer-items__start"><div class="footer-item"><p class="copyright">
© Copyright 2025, gridwell developers.<br/></p></div><div class="footer-item"><p class="sphinx-version">Created using <a href="https://www.sphinx-doc.org/">
Sphinx</a> 8.1.3.<br/></p></div></div><div class="footer-items__end"><div class="footer-item"><p class="theme-version">Built with the <a
href="https://pydata-sphinx-theme.readthedocs.io/en/stable/index.html">PyData Sphinx Theme</a> 0.16.1.</p></div></div></div></footer>
<readthedocs-flyout></readthedocs-flyout><readthedocs-notification></readthedocs-notification><readthedocs-search></readthedocs-search>
</body></html>`;

export const pydataPage: TestPage = {
  html,
  name: 'heldout150-readthedocs-pydata-docs',
  kind: 'docs',
  // table data cells are body except the alias cells, which hold only a code literal (neither list), like the header cells;
  // the tip and "See also" texts are body, their titles in neither list; the version switcher, the navbar (and its mobile
  // copy in the sidebar) and the ad are furniture; "On this page" entries repeat the headings and are left out
  title,
  headings: [h1, h2, h3, h4],
  body: texts([
    ...intro,
    ...down,
    ...aliasIntro,
    ...aliasRows.flatMap((r) => r.slice(1)),
    ...aliasAfter,
    ...up.slice(0, 1),
    tip,
    ...up.slice(1),
    ...labels,
    seeAlso,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to top', 'Ctrl+K', announce, 'gridwell', ...nav, 'Search', ...versions, 'GitHub', 'PyPI', 'Section Navigation', ...side,
    ...ad, 'previous', 'next', 'On this page', 'Edit on GitHub', 'This Page', 'Show Source', '© Copyright 2025, gridwell developers.',
    'Created using Sphinx 8.1.3.', 'Built with the PyData Sphinx Theme 0.16.1.',
  ],
};
