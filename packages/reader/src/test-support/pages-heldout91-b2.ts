import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 91, file b2: a Sphinx page of an invented Python library on Read the Docs with the Furo theme (the hidden
 * SVG symbol sprite with its titles, the visually hidden overlay labels, "Skip to content", the mobile header, the sidebar
 * brand, search and toctree with captions, the EthicalAds placement, "Back to top", the view/edit icons, headings with "¶"
 * links, a note admonition, literal blocks, a table, an autodoc function entry with field lists, the related pages footer,
 * the copyright and "Made with Sphinx" line, the "On this page" drawer and the Read the Docs addons flyout element).
 */
const fuTitle = 'Configuration';
const fuIntro = [
  'pebblewire reads its settings from three places: keyword arguments passed in code, a <code class="docutils literal notranslate"><span class="pre">' +
    'pebblewire.toml</span></code> file, and environment variables. Most projects only need the file. This page describes each source and ' +
    'how they are combined.',
];
const fuH1 = 'The configuration file';
const fuFile = [
  'When you call <code class="docutils literal notranslate"><span class="pre">pebblewire.open()</span></code> without a config argument, ' +
    'pebblewire looks for <code class="docutils literal notranslate"><span class="pre">pebblewire.toml</span></code> in the current directory, then ' +
    'in the user configuration directory. The first file found wins; the files are not merged.',
  'A minimal file names the serial port and the sensor profile:',
];
const fuToml = `[port]
device = "/dev/ttyUSB0"
baud = 115200

[sensor]
profile = "bme-compatible"
sample_interval = 2.5`;
const fuNote = [
  'On Windows the device is a COM port name such as <code class="docutils literal notranslate"><span class="pre">COM4</span></code>. ' +
    'Paths with backslashes must be quoted with single quotes in TOML so that the backslashes are not read as escapes.',
];
const fuH2 = 'Environment variables';
const fuEnv = [
  'Every setting can be overridden with an environment variable named after its section and key in upper case. This is useful in ' +
    'containers, where editing a file is awkward.',
];
const fuEnvRows = [
  ['PEBBLEWIRE_PORT_DEVICE', 'port.device', 'Serial device path or COM port name.'],
  ['PEBBLEWIRE_PORT_BAUD', 'port.baud', 'Line speed in bits per second.'],
  ['PEBBLEWIRE_SENSOR_SAMPLE_INTERVAL', 'sensor.sample_interval', 'Seconds between readings, as a decimal number.'],
];
const fuH3 = 'Precedence';
const fuPrec = ['When the same setting is given in more than one place, the value is taken from the first source in this list:'];
const fuOrder = [
  'Keyword arguments to <code class="docutils literal notranslate"><span class="pre">pebblewire.open()</span></code>.',
  'Environment variables.',
  'The configuration file.',
  'Built-in defaults.',
];
const fuPrec2 = [
  'Values from environment variables are always strings, and pebblewire converts them to the type of the default. An invalid value ' +
    'raises an error at start-up instead of being ignored.',
  'To see which source each value came from, run <code class="docutils literal notranslate"><span class="pre">pebblewire config --explain</span></code>. ' +
    'It prints every setting with its final value and the file, variable or default it was read from.',
];
const fuH4 = 'Loading a configuration by hand';
const fuApi = [
  'Read a configuration and return it as a <code class="xref py py-class docutils literal notranslate"><span class="pre">Config</span></code> ' +
    'object without opening the port. Use it to validate a file in a deployment script.',
];
const fuParams = [
  '<strong>path</strong> (<em>str</em><em> | </em><em>None</em>) – File to read. If omitted, the usual search order is used.',
  '<strong>env</strong> (<em>bool</em>) – Whether environment variables override the file.',
];
const fuReturns = ['The merged configuration.'];
const fuRaises = ['<strong>ConfigError</strong> – If a value has the wrong type or a required key is missing.'];
const fuSymbols = ['Contents', 'Menu', 'Expand', 'Light mode', 'Dark mode', 'Auto light/dark, in light mode', 'Auto light/dark, in dark mode'];
const fuHidden = [
  'Hide navigation sidebar',
  'Hide table of contents sidebar',
  'Toggle site navigation sidebar',
  'Toggle Light / Dark / Auto color theme',
  'Toggle table of contents sidebar',
];
const fuBrand = 'pebblewire 3.2 documentation';
const fuTree = [
  ['User guide', 'Installation', 'Quickstart', 'Configuration', 'Reading sensors', 'Logging to files'],
  ['Reference', 'API reference', 'Sensor profiles', 'Command-line tool'],
  ['Project', 'Changelog', 'Contributing', 'License'],
];
const fuAd = ['Deploy Python apps on a platform that scales with you.', 'Ads by EthicalAds'];
const fuSpan = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const fuLink = (t: string): string => `<a class="headerlink" href="#${t.toLowerCase().replace(/ /g, '-')}" title="Link to this heading">¶</a>`;
const fuHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="./"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="index" title="Index"
href="genindex.html"><link rel="search" title="Search" href="search.html"><link rel="next" title="Reading sensors" href="sensors.html">
<link rel="prev" title="Quickstart" href="quickstart.html"><meta name="generator" content="sphinx-8.1.3, furo 2024.08.06">
<meta name="readthedocs-addons-api-version" content="1"><meta name="readthedocs-project-slug" content="pebblewire">
<meta name="readthedocs-version-slug" content="stable"><meta name="readthedocs-resolver-filename" content="/config.html">
<title>Configuration - pebblewire 3.2 documentation</title><link rel="stylesheet" type="text/css" href="_static/pygments.css?v=8f2a1f02">
<link rel="stylesheet" type="text/css" href="_static/styles/furo.css?v=354aac6f"><link rel="stylesheet" type="text/css"
href="_static/styles/furo-extensions.css?v=302659d7"><script src="_static/documentation_options.js?v=3f1a4a2c"></script>
<script src="_static/doctools.js?v=9bcbadda"></script><script src="_static/sphinx_highlight.js?v=dc90522c"></script>
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script></head>
<body><script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;">${fuSymbols
  .map(
    (t, i) => `<symbol id="svg-${i}" viewBox="0 0 24 24"><title>${t}</title><svg xmlns="http://www.w3.org/2000/svg" fill="none"
stroke="currentColor" stroke-width="1.5"><path stroke="none" d="M0 0h24v24H0z" fill="none"></path></svg></symbol>`,
  )
  .join('\n')}</svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation"><input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">${fuHidden[0]}</div></label>
<label class="overlay toc-overlay" for="__toc"><div class="visually-hidden">${fuHidden[1]}</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a><div class="page"><header class="mobile-header"><div class="header-left">
<label class="nav-overlay-icon" for="__navigation"><div class="visually-hidden">${fuHidden[2]}</div><i class="icon"><svg><use href="#svg-menu"></use></svg></i>
</label></div><div class="header-center"><a href="index.html"><div class="brand">${fuBrand}</div></a></div><div class="header-right">
<div class="theme-toggle-container theme-toggle-header"><button class="theme-toggle"><div class="visually-hidden">${fuHidden[3]}</div><svg
class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg></button></div><label class="toc-overlay-icon toc-header-icon" for="__toc">
<div class="visually-hidden">${fuHidden[4]}</div><i class="icon"><svg><use href="#svg-toc"></use></svg></i></label></div></header>
<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="index.html">
<span class="sidebar-brand-text">${fuBrand}</span></a><form class="sidebar-search-container" method="get" action="search.html" role="search">
<input class="sidebar-search" placeholder="Search" name="q" aria-label="Search"><input type="hidden" name="check_keywords" value="yes">
<input type="hidden" name="area" value="default"></form><div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
${fuTree
  .map(
    (g) =>
      `<p class="caption" role="heading"><span class="caption-text">${g[0]}</span></p><ul>${g
        .slice(1)
        .map(
          (t) => `<li class="toctree-l1${t === fuTitle ? ' current current-page' : ''}"><a class="${t === fuTitle ? 'current ' : ''}reference internal"
href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
        )
        .join('')}</ul>`,
  )
  .join('\n')}
</div><div id="furo-readthedocs-versions" class="sidebar-ea"><div data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true"
class="ethical-furo loaded" id="readthedocs-ea"><div class="ea-placement ea-type-image"><div class="ea-content"><a
href="https://server.ethicalads.io/proxy/click/
8812/" rel="nofollow noopener sponsored" target="_blank"><img src="https://media.ethicalads.io/media/images/2025/07/ad.png" alt="Sponsored"></a>
<div class="ea-text"><a href="https://server.ethicalads.io/proxy/click/8812/" rel="nofollow noopener sponsored" target="_blank">${fuAd[0]}</a></div>
</div><div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/topics/backend-web/?ref=ea-image" class="ea-callout-link"
rel="nofollow noopener sponsored" target="_blank">${fuAd[1]}</a></div></div></div></div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container"><a href="#" class="back-to-top muted-link"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12z"></path></svg><span>Back to top</span></a>
<div class="content-icon-container"><div class="view-this-page"><a class="muted-link" href="_sources/config.rst.txt" title="View this page">
<svg><use href="#svg-eye"></use></svg><span class="visually-hidden">View this page</span></a></div><div class="edit-this-page"><a class="muted-link"
href="https://github.com/pebblewire/pebblewire/edit/main/docs/config.rst" title="Edit this page"><svg aria-hidden="true" viewBox="0 0 24 24"></svg>
<span class="visually-hidden">Edit this page</span></a></div><div class="theme-toggle-container theme-toggle-content"><button class="theme-toggle">
<div class="visually-hidden">${fuHidden[3]}</div></button></div><label class="toc-overlay-icon toc-content-icon" for="__toc"><div
class="visually-hidden">${fuHidden[4]}</div><i class="icon"><svg><use href="#svg-toc"></use></svg></i></label></div>
<article role="main" id="furo-main-content"><section id="configuration"><h1>${fuTitle}${fuLink(fuTitle)}</h1>
${fuIntro.map((p) => `<p>${p}</p>`).join('\n')}
<section id="the-configuration-file"><h2>${fuH1}${fuLink(fuH1)}</h2>
${fuFile.map((p) => `<p>${p}</p>`).join('\n')}
<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span>${fuToml}</pre></div></div>
<div class="admonition note"><p class="admonition-title">Note</p><p>${fuNote[0]}</p></div></section>
<section id="environment-variables"><h2>${fuH2}${fuLink(fuH2)}</h2><p>${fuEnv[0]}</p>
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>Variable</p></th><th class="head"><p>Setting</p></th>
<th class="head"><p>Meaning</p></th></tr></thead><tbody>${fuEnvRows
  .map((r, i) => `<tr class="row-${i % 2 ? 'odd' : 'even'}"><td><p>${fuSpan(r[0]!)}</p></td><td><p>${fuSpan(r[1]!)}</p></td><td><p>${r[2]}</p></td></tr>`)
  .join('\n')}</tbody></table></section>
<section id="precedence"><h2>${fuH3}${fuLink(fuH3)}</h2><p>${fuPrec[0]}</p>
<ol class="arabic simple">${fuOrder.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>${fuPrec2.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section id="loading-a-configuration-by-hand"><h2>${fuH4}${fuLink(fuH4)}</h2><dl class="py function"><dt class="sig sig-object py"
id="pebblewire.load_config"><span class="sig-prename descclassname"><span class="pre">pebblewire.</span></span><span class="sig-name descname"><span
class="pre">load_config</span></span><span class="sig-paren">(</span><em class="sig-param"><span class="n"><span class="pre">path</span></span><span
class="o"><span class="pre">=</span></span><span class="default_value"><span class="pre">None</span></span></em>, <em class="sig-param"><span
class="o"><span class="pre">*</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">env</span></span><span class="o"><span
class="pre">=</span></span><span class="default_value"><span class="pre">True</span></span></em><span class="sig-paren">)</span><a class="headerlink"
href="#pebblewire.load_config" title="Link to this definition">¶</a></dt><dd><p>${fuApi[0]}</p><dl class="field-list simple"><dt class="field-odd">Parameters
<span class="colon">:</span></dt><dd class="field-odd"><ul class="simple">${fuParams.map((t) => `<li><p>${t}</p></li>`).join('')}</ul></dd>
<dt class="field-even">Returns<span class="colon">:</span></dt><dd class="field-even"><p>${fuReturns[0]}</p></dd><dt class="field-odd">Raises<span
class="colon">:</span></dt><dd class="field-odd"><p>${fuRaises[0]}</p></dd></dl></dd></dl></section></section></article></div>
<footer><div class="related-pages"><a class="next-page" href="sensors.html"><div class="page-info"><div class="context"><span>Next</span></div>
<div class="title">Reading sensors</div></div><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg></a><a class="prev-page"
href="quickstart.html"><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg><div class="page-info"><div class="context"><span>Previous</span>
</div><div class="title">Quickstart</div></div></a></div><div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright © 2021–2025,
Ilse Vandermeer and contributors</div>Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link"
href="https://pradyunsg.me">@pradyunsg</a>'s <a href="https://github.com/pradyunsg/furo">Furo</a></div><div class="right-details"></div></div></footer>
</div><aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div>
<div class="toc-tree-container"><div class="toc-tree"><ul><li><a class="reference internal" href="#">${fuTitle}</a><ul>${[fuH1, fuH2, fuH3, fuH4]
  .map((t) => `<li><a class="reference internal" href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}<li><a class="reference internal" href="#pebblewire.load_config">${fuSpan('load_config()')}</a></li></ul></li></ul></div></div></div>
</aside></div></div><readthedocs-flyout position="bottom-right"></readthedocs-flyout>
<script src="_static/scripts/furo.js?v=5fa4622c"></script></body></html>`;
export const furoPage: TestPage = {
  html: fuHtml,
  name: 'heldout91-readthedocs-furo-docs',
  kind: 'docs',
  // the function signature, the field list labels ("Parameters", "Returns", "Raises"), the admonition label and the literal
  // blocks are in neither list; the function's description and field bodies are body, as are the table's data cells (its code
  // cells too); the hidden SVG titles and visually hidden labels are furniture; no byline is shown (the copyright is furniture)
  title: fuTitle,
  headings: [fuH1, fuH2, fuH3, fuH4],
  body: [
    ...texts(fuIntro),
    ...texts(fuFile),
    ...texts(fuNote),
    ...fuEnv,
    ...fuEnvRows.flat(),
    ...fuPrec,
    ...texts(fuOrder),
    ...texts(fuPrec2),
    ...texts(fuApi),
    ...texts(fuParams),
    ...fuReturns,
    ...texts(fuRaises),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...fuSymbols, ...fuHidden, 'Skip to content', fuBrand, ...fuTree.flat().filter((t) => t !== fuTitle), ...fuAd, 'Back to top', 'View this page',
    'Edit this page', 'Next', 'Reading sensors', 'Previous', 'Copyright © 2021–2025, Ilse Vandermeer and contributors',
    'Made with Sphinx and @pradyunsg\'s ' +
  'Furo',
    'On this page',
  ])],
};
