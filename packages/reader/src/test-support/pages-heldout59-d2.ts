import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 59, file d2: a Sphinx page on the Furo theme (the inline SVG sprite whose symbols carry <title> texts, the
 * sidebar-toggle checkboxes and their visually hidden labels, "Skip to content", the mobile header, the sidebar with brand,
 * search form and captioned toctree with a collapsible entry, "Back to top", the view/edit icons, the article with ¶ links,
 * cross-reference literals, admonitions and a versionadded note, the related-pages footer with copyright, "Made with" credit
 * and last-updated line, and the table-of-contents drawer).
 */
const fuTitle = 'Working with templates';
const pre = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const xref = (kind: string, target: string, t: string): string =>
  `<a class="reference internal" href="../api.html#quillmark.${target}" title="quillmark.${target}"><code class="xref py py-${kind} docutils literal \
notranslate"><span class="pre">${t}</span></code></a>`;
const fuIntro =
  'A Quillmark template is an ordinary text file with placeholders, loops and conditions in it. Templates are compiled once, the first time ' +
  `they are used, and the compiled form is cached for the lifetime of the ${xref('class', 'Environment', 'Environment')} that loaded them.`;
const fuH = ['Loading templates', 'Rendering', 'Escaping', 'Template inheritance'];
const fuLoad = [
  `Templates are found by a loader. The most common one, ${xref('class', 'FileSystemLoader', 'FileSystemLoader')}, searches a list of ` +
    'directories in order and returns the first file whose relative path matches the name you asked for.',
  `If you keep templates inside a Python package, use ${xref('class', 'PackageLoader', 'PackageLoader')} instead. It reads files through ` +
    `${pre('importlib.resources')}, so it works the same whether your package is installed as a directory, a zip file or a wheel.`,
];
const fuNote = 'Template names always use forward slashes, even on Windows. Quillmark converts them to the platform’s separator only when it opens the file.';
const fuRender = [
  `Call ${xref('meth', 'Template.render', 'render()')} with keyword arguments, or with a single mapping, to produce a string. Every value you ` +
    'pass becomes a variable in the template’s top-level scope.',
  'Missing variables render as an empty string by default. This keeps templates forgiving while you are drafting them, but it can hide mistakes in production.',
];
const fuAdded =
  `<span class="versionmodified added">Added in version 3.1: </span>The ${pre('strict')} flag on ${xref('class', 'Environment', 'Environment')}, ` +
  `which turns a missing variable into an ${xref('exc', 'UndefinedError', 'UndefinedError')} at render time.`;
const fuEscape =
  'When the output format is HTML, Quillmark escapes every value unless it is marked as safe. Mark only values you have produced yourself: a ' +
  'string that came from a form or an API should never be marked safe.';
const fuWarn =
  `Autoescaping is decided by the file extension of the template. A template named ${pre('report.txt')} is not escaped, even if you ` +
  'use it to generate HTML.';
const fuInherit = [
  'Larger sites usually define one base template with the page skeleton and a few named blocks, and then extend it for each kind of page. A ' +
    'child template only contains the blocks it wants to replace; everything else comes from the base.',
  `Blocks can call ${pre('super()')} to include the parent’s content, which is handy for adding one more stylesheet to a ${pre('head')} block ` +
    'without repeating the others.',
];
const fuGuide = ['Installation', 'Quickstart', fuTitle, 'Filters and tests', 'Internationalisation'];
const fuApi = ['Environment', 'Loaders', 'Exceptions'];
const fuSvgTitles = ['Contents', 'Menu', 'Expand', 'Light mode', 'Dark mode', 'Auto light/dark, in light mode', 'Auto light/dark, in dark mode'];
const fuHidden = [
  'Hide navigation sidebar',
  'Hide table of contents sidebar',
  'Toggle site navigation sidebar',
  'Toggle Light / Dark / Auto color theme',
  'Toggle table of contents sidebar',
];
const id = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hl = (n: number, t: string): string => `<h${n}>${t}<a class="headerlink" href="#${id(t)}" title="Link to this heading">¶</a></h${n}>`;
const hi = (lines: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${lines}</pre></div></div>`;
const themeBtn = `<button class="theme-toggle">
            <div class="visually-hidden">${fuHidden[3]!}</div>
            <svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg>
            <svg class="theme-icon-when-dark"><use href="#svg-moon"></use></svg>
            <svg class="theme-icon-when-light"><use href="#svg-sun"></use></svg>
          </button>`;
const fuHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="../">
  <head><meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width,initial-scale=1"/>
    <meta name="color-scheme" content="light dark"><meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />\
<link rel="next" title="Filters and tests" href="filters.html" /><link rel="prev" title="Quickstart" href="quickstart.html" />
    <!-- Generated with Sphinx 8.2.3 and Furo 2025.09.25 -->
        <title>${fuTitle} - Quillmark 3.2 documentation</title>
      <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=d111a655" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/furo.css?v=580074bf" />
    <link rel="stylesheet" type="text/css" href="../_static/copybutton.css?v=76b2166b" />
  </head>
  <body>
    <script>
      document.body.dataset.theme = localStorage.getItem("theme") || "auto";
    </script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;">
${fuSvgTitles
  .map(
    (t, i) => `  <symbol id="svg-${['toc', 'menu', 'arrow-right', 'sun', 'moon', 'sun-with-moon', 'moon-with-sun'][i]}" viewBox="0 0 24 24">
    <title>${t}</title>
    <svg stroke="currentColor" fill="none" stroke-width="1.5" viewBox="0 0 24 24"><path d="M12 5l7 7-7 7"/></svg>
  </symbol>`,
  )
  .join('\n')}
</svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation" aria-label="Toggle site navigation sidebar">
<input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc" aria-label="Toggle table of contents sidebar">
<label class="overlay sidebar-overlay" for="__navigation">
  <div class="visually-hidden">${fuHidden[0]!}</div>
</label>
<label class="overlay toc-overlay" for="__toc">
  <div class="visually-hidden">${fuHidden[1]!}</div>
</label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>

<div class="page">
  <header class="mobile-header">
    <div class="header-left">
      <label class="nav-overlay-icon" for="__navigation">
        <div class="visually-hidden">${fuHidden[2]!}</div>
        <i class="icon"><svg><use href="#svg-menu"></use></svg></i>
      </label>
    </div>
    <div class="header-center">
      <a href="../index.html"><div class="brand">Quillmark 3.2 documentation</div></a>
    </div>
    <div class="header-right">
      <div class="theme-toggle-container theme-toggle-header">
        ${themeBtn}
      </div>
      <label class="toc-overlay-icon toc-header-icon" for="__toc">
        <div class="visually-hidden">${fuHidden[4]!}</div>
        <i class="icon"><svg><use href="#svg-toc"></use></svg></i>
      </label>
    </div>
  </header>
  <aside class="sidebar-drawer">
    <div class="sidebar-container">
      <div class="sidebar-sticky"><a class="sidebar-brand" href="../index.html">
  <span class="sidebar-brand-text">Quillmark 3.2 documentation</span>
</a><form class="sidebar-search-container" method="get" action="../search.html" role="search">
  <input class="sidebar-search" placeholder="Search" name="q" aria-label="Search">
  <input type="hidden" name="check_keywords" value="yes">
  <input type="hidden" name="area" value="default">
</form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
  <p class="caption" role="heading"><span class="caption-text">User guide</span></p>
<ul class="current">
${fuGuide
  .map((t) =>
    t === fuTitle
      ? `<li class="toctree-l1 current current-page"><a class="current reference internal" href="#">${t}</a></li>`
      : `<li class="toctree-l1"><a class="reference internal" href="${id(t)}.html">${t}</a></li>`,
  )
  .join('\n')}
</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p>
<ul>
<li class="toctree-l1 has-children"><a class="reference internal" href="../api.html">API reference</a><input aria-label="Toggle navigation of API \
reference" class="toctree-checkbox" id="toctree-checkbox-1" name="toctree-checkbox-1" role="switch" type="checkbox"/><label for="toctree-checkbox-1">\
<div class="visually-hidden">Toggle navigation of API reference</div><i class="icon"><svg><use href="#svg-arrow-right"></use></svg></i></label><ul>
${fuApi.map((t) => `<li class="toctree-l2"><a class="reference internal" href="../api/${id(t)}.html">${t}</a></li>`).join('\n')}
</ul>
</li>
<li class="toctree-l1"><a class="reference internal" href="../changelog.html">Changelog</a></li>
</ul>
</div>
</div>

      </div>
    </div>
  </aside>
  <div class="main">
    <div class="content">
      <div class="article-container">
        <a href="#" class="back-to-top muted-link">
          <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12z"></path>\
</svg>
          <span>Back to top</span>
        </a>
        <div class="content-icon-container">
<div class="view-this-page"><a class="muted-link" href="../_sources/guide/templates.rst.txt" title="View this page"><svg><use href="#svg-eye"></use></svg>\
<span class="visually-hidden">View this page</span></a></div>
<div class="edit-this-page"><a class="muted-link" href="https://github.com/quillmark/quillmark/edit/main/docs/guide/templates.rst" title="Edit this page">\
<svg><use href="#svg-pencil"></use></svg><span class="visually-hidden">Edit this page</span></a></div><div class="theme-toggle-container theme-toggle-content">
            ${themeBtn}
          </div>
          <label class="toc-overlay-icon toc-content-icon" for="__toc">
            <div class="visually-hidden">${fuHidden[4]!}</div>
            <i class="icon"><svg><use href="#svg-toc"></use></svg></i>
          </label>
        </div>
        <article role="main" id="furo-main-content">
          <section id="${id(fuTitle)}">
${hl(1, fuTitle)}
<p>${fuIntro}</p>
<section id="${id(fuH[0]!)}">
${hl(2, fuH[0]!)}
<p>${fuLoad[0]!}</p>
${hi(`<span class="kn">from</span><span class="w"> </span><span class="nn">quillmark</span><span class="w"> </span><span class="kn">import</span> \
<span class="n">Environment</span><span class="p">,</span> <span class="n">FileSystemLoader</span>

<span class="n">env</span> <span class="o">=</span> <span class="n">Environment</span><span class="p">(</span><span class="n">loader</span><span \
class="o">=</span><span class="n">FileSystemLoader</span><span class="p">([</span><span class="s2">"templates"</span><span class="p">,</span> \
<span class="s2">"shared/templates"</span><span class="p">]))</span>
`)}
<p>${fuLoad[1]!}</p>
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>${fuNote}</p>
</div>
</section>
<section id="${id(fuH[1]!)}">
${hl(2, fuH[1]!)}
<p>${fuRender[0]!}</p>
${hi(`<span class="n">page</span> <span class="o">=</span> <span class="n">env</span><span class="o">.</span><span class="n">get_template</span><span \
class="p">(</span><span class="s2">"invoice.html"</span><span class="p">)</span>
<span class="n">html</span> <span class="o">=</span> <span class="n">page</span><span class="o">.</span><span class="n">render</span><span \
class="p">(</span><span class="n">customer</span><span class="o">=</span><span class="n">customer</span><span class="p">,</span> <span class="n">lines\
</span><span class="o">=</span><span class="n">lines</span><span class="p">)</span>
`)}
<p>${fuRender[1]!}</p>
<div class="versionadded">
<p>${fuAdded}</p>
</div>
<section id="${id(fuH[2]!)}">
${hl(3, fuH[2]!)}
<p>${fuEscape}</p>
<div class="admonition warning">
<p class="admonition-title">Warning</p>
<p>${fuWarn}</p>
</div>
</section>
</section>
<section id="${id(fuH[3]!)}">
${hl(2, fuH[3]!)}
<p>${fuInherit[0]!}</p>
<p>${fuInherit[1]!}</p>
</section>
</section>

        </article>
      </div>
      <footer>
        <div class="related-pages">
<a class="next-page" href="filters.html"><div class="page-info"><div class="context"><span>Next</span></div><div class="title">Filters and tests</div></div>\
<svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg></a>
          <a class="prev-page" href="quickstart.html"><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg><div class="page-info">\
<div class="context"><span>Previous</span></div><div class="title">Quickstart</div></div></a></div>
        <div class="bottom-of-page">
          <div class="left-details">
            <div class="copyright">
                Copyright &#169; 2025, Quillmark contributors
            </div>
            Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
            <a href="https://github.com/pradyunsg/furo">Furo</a>
            <div class="last-updated">
              Last updated on Oct 30, 2025</div>
          </div>
          <div class="right-details">
            <div class="icons">
              <a class="muted-link" href="https://github.com/quillmark/quillmark" aria-label="GitHub">
                <svg stroke="currentColor" fill="currentColor" stroke-width="0" viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8 0C3.58 0 0 3.58 0 8z">\
</path></svg>
              </a>
            </div>
          </div>
        </div>
      </footer>
    </div>
    <aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div>\
<div class="toc-tree-container"><div class="toc-tree">
            <ul>
<li><a class="reference internal" href="#">${fuTitle}</a><ul>
<li><a class="reference internal" href="#${id(fuH[0]!)}">${fuH[0]!}</a></li>
<li><a class="reference internal" href="#${id(fuH[1]!)}">${fuH[1]!}</a><ul>
<li><a class="reference internal" href="#${id(fuH[2]!)}">${fuH[2]!}</a></li>
</ul>
</li>
<li><a class="reference internal" href="#${id(fuH[3]!)}">${fuH[3]!}</a></li>
</ul>
</li>
</ul></div></div></div></aside>
  </div>
</div><script src="../_static/documentation_options.js?v=4621528c"></script>
    <script src="../_static/doctools.js?v=9bcbadda"></script>
    <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/scripts/furo.js?v=46bd48cc"></script>
    <script src="../_static/clipboard.min.js?v=a7894cd8"></script>
    <script src="../_static/copybutton.js?v=f281be69"></script>
    </body>
</html>`;
export const furoPage: TestPage = {
  html: fuHtml,
  name: 'heldout59-sphinx-furo',
  kind: 'docs',
  // body: the paragraphs, the two admonitions' text (titles "Note", "Warning" in neither list) and the versionadded note, whole
  // (its "Added in version 3.1:" lead is part of the sentence, not a label); code blocks are in neither list; the last-updated
  // line is the byline; the SVG sprite's <title> texts, the visually hidden toggle labels, "Skip to content", the brand, search,
  // the toctree with its captions, "Back to top", the view/edit labels, the related-pages footer, copyright and "Made with"
  // credit and the "On this page" drawer (its entries repeat title and headings: left out) are furniture; the toctree's
  // current item repeats the title; the API entry "Environment" is a word of the body: left out
  title: fuTitle,
  headings: fuH,
  body: texts([fuIntro, ...fuLoad, fuNote, ...fuRender, fuAdded, fuEscape, fuWarn, ...fuInherit]),
  bylines: ['Last updated on Oct 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fuSvgTitles, ...fuHidden, 'Skip to content', 'Quillmark 3.2 documentation', 'User guide', ...fuGuide.filter((t) => t !== fuTitle),
    'Reference', 'API reference', 'Toggle navigation of API reference', ...fuApi.filter((t) => t !== 'Environment'), 'Changelog', 'Back to top',
    'View this page', 'Edit this page', 'Next', 'Previous', 'Copyright © 2025, Quillmark contributors', 'Made with Sphinx and @pradyunsg\'s Furo',
    'On this page',
  ],
};
