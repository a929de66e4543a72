/**
 * Held-out batch 37, file f2: the Furo chrome of the Sphinx tutorial in file f (head, the inline theme script, the SVG sprite
 * with its <title>s, the sidebar toggles and overlays, mobile header, announcement, the sidebar with brand, search and toctree,
 * the content icons, and after the article the related-pages footer, bottom-of-page details and the "On this page" drawer),
 * split out to keep each file short.
 */
/** Breaks a paragraph's HTML at spaces outside tags, as a reStructuredText source or Pandoc's writer wraps it. */
export function wrapSource(html: string, width = 76): string {
  const out: string[] = [];
  let line = '';
  let word = '';
  let inTag = false;
  for (const ch of `${html} `) {
    if (ch === '<') inTag = true;
    if (ch === '>') inTag = false;
    if (ch === ' ' && !inTag) {
      if (line !== '' && (line + word).replace(/<[^>]+>/g, '').length > width) {
        out.push(line.trimEnd());
        line = '';
      }
      line += `${word} `;
      word = '';
    } else word += ch;
  }
  out.push(line.trimEnd());
  return out.join('\n');
}
export const fuSymbols = ['Contents', 'Menu', 'Expand', 'Light mode', 'Dark mode', 'Auto light/dark, in light mode', 'Auto light/dark, in dark mode'];
export const fuTree: [string, string[]][] = [
  ['Tutorials', ['Validating your first file', 'Checking a folder of files']],
  ['How-to guides', ['Write a custom rule', 'Use ferret in CI', 'Migrate from 1.x']],
  ['Reference', ['Column types', 'Command line', 'Python API']],
  ['Project', ['Changelog', 'Contributing']],
];
export const fuAnnounce = 'ferret 2.4 is out, with faster CSV parsing. See the changelog for details.';
const hidden = (t: string): string => `<div class="visually-hidden">${t}</div>`;
const use = (id: string): string => `<svg><use href="#svg-${id}"></use></svg>`;
const toggle = `<button class="theme-toggle">
          ${hidden('Toggle Light / Dark / Auto color theme')}
          <svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg>
          <svg class="theme-icon-when-auto-dark"><use href="#svg-moon-with-sun"></use></svg>
          <svg class="theme-icon-when-dark"><use href="#svg-moon"></use></svg>
          <svg class="theme-icon-when-light"><use href="#svg-sun"></use></svg>
        </button>`;
const symbolIds = ['toc', 'menu', 'arrow-right', 'sun', 'moon', 'sun-with-moon', 'moon-with-sun'];

/** `<!doctype>` to the open `<article>`. */
export const fuTop = (title: string): string => `<!doctype html>
<html class="no-js" lang="en" data-content_root="../">
  <head><meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width,initial-scale=1"/>
    <meta name="color-scheme" content="light dark"><meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />\
<link rel="next" title="Checking a folder of files" href="folders.html" /><link rel="prev" title="Home" href="../index.html" />

    <!-- Generated with Sphinx 8.1.3 and Furo 2024.08.06 -->
        <title>${title} - ferret 2.4 documentation</title>
      <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=8f2a1f02" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/furo.css?v=354aac6f" />
    <link rel="stylesheet" type="text/css" href="../_static/copybutton.css?v=76b2166b" />
  </head>
  <body>
    <script>
      document.body.dataset.theme = localStorage.getItem("theme") || "auto";
    </script>
    <svg xmlns="http://www.w3.org/2000/svg" style="display: none;">
${symbolIds
  .map(
    (id, i) => `  <symbol id="svg-${id}" viewBox="0 0 24 24">\n    <title>${fuSymbols[i]}</title>\n    <path d="M0 0h24v24H0z" fill="none"/>\n  \
</symbol>`,
  )
  .join('\n')}
</svg>

<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation">
<input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation">
  ${hidden('Hide navigation sidebar')}
</label>
<label class="overlay toc-overlay" for="__toc">
  ${hidden('Hide table of contents sidebar')}
</label>

<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>

<div class="announcement">
  <aside class="announcement-content">
    ${fuAnnounce.replace('changelog', '<a href="../changelog.html">changelog</a>')}
  </aside>
</div>

<div class="page">
  <header class="mobile-header">
    <div class="header-left">
      <label class="nav-overlay-icon" for="__navigation">
        ${hidden('Toggle site navigation sidebar')}
        <i class="icon">${use('menu')}</i>
      </label>
    </div>
    <div class="header-center">
      <a href="../index.html"><div class="brand">ferret 2.4 documentation</div></a>
    </div>
    <div class="header-right">
      <div class="theme-toggle-container theme-toggle-header">
        ${toggle}
      </div>
      <label class="toc-overlay-icon toc-header-icon" for="__toc">
        ${hidden('Toggle table of contents sidebar')}
        <i class="icon">${use('toc')}</i>
      </label>
    </div>
  </header>
  <aside class="sidebar-drawer">
    <div class="sidebar-container">
      <div class="sidebar-sticky"><a class="sidebar-brand" href="../index.html">
  <span class="sidebar-brand-text">ferret 2.4 documentation</span>
</a><form class="sidebar-search-container" method="get" action="../search.html" role="search">
  <input class="sidebar-search" placeholder="Search" name="q" aria-label="Search">
  <input type="hidden" name="check_keywords" value="yes">
  <input type="hidden" name="area" value="default">
</form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
${fuTree
  .map(
    ([cap, items], c) =>
      `  <p class="caption" role="heading"><span class="caption-text">${cap}</span></p>\n<ul${c === 0 ? ' class="current"' : ''}>\n` +
      items
        .map((t, i) =>
          c === 0 && i === 0
            ? `<li class="toctree-l1 current current-page"><a class="current reference internal" href="#">${t}</a></li>`
            : `<li class="toctree-l1"><a class="reference internal" href="../${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.html">${t}</a></li>`,
        )
        .join('\n') +
      '\n</ul>',
  )
  .join('\n')}

</div>
</div>

      </div>
    </div>
  </aside>
  <div class="main">
    <div class="content">
      <div class="article-container">
        <a href="#" class="back-to-top muted-link">
          <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
            <path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12z"></path>
          </svg>
          <span>Back to top</span>
        </a>
        <div class="content-icon-container">
          <div class="view-this-page">
  <a class="muted-link" href="../_sources/tutorials/first-file.rst.txt" title="View this page">
    <svg><use href="#svg-eye"></use></svg>
    <span class="visually-hidden">View this page</span>
  </a>
</div><div class="edit-this-page">
  <a class="muted-link" href="https://github.com/ferret-data/ferret/edit/main/docs/tutorials/first-file.rst" title="Edit this page">
    <svg><use href="#svg-pencil"></use></svg>
    <span class="visually-hidden">Edit this page</span>
  </a>
</div><div class="theme-toggle-container theme-toggle-content">
            ${toggle}
          </div>
          <label class="toc-overlay-icon toc-content-icon" for="__toc">
            ${hidden('Toggle table of contents sidebar')}
            <i class="icon">${use('toc')}</i>
          </label>
        </div>
        <article role="main" id="furo-main-content">
`;

/** The close of the article, the page footer, the "On this page" drawer and the end of the page. */
export const fuBottom = (toc: string): string => `
        </article>
      </div>
      <footer>
        
<div class="related-pages">
    <a class="next-page" href="folders.html">
      <div class="page-info">
        <div class="context">
          <span>Next</span>
        </div>
        <div class="title">Checking a folder of files</div>
      </div>
      <svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg>
    </a>
    <a class="prev-page" href="../index.html">
      <svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg>
      <div class="page-info">
        <div class="context">
          <span>Previous</span>
        </div>
        
        <div class="title">Home</div>
        
      </div>
    </a>
</div>
<div class="bottom-of-page">
  <div class="left-details">
    <div class="copyright">
        Copyright &#169; 2025, The ferret developers
    </div>
    Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
    
    <a href="https://github.com/pradyunsg/furo">Furo</a>
    <div class="last-updated">
      Last updated on Apr 02, 2025</div>
  </div>
  <div class="right-details">
    <div class="icons">
      <a class="muted-link " href="https://github.com/ferret-data/ferret" aria-label="GitHub">
        <svg stroke="currentColor" fill="currentColor" stroke-width="0" viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8 0C3.58"></path></svg>
      </a>
    </div>
  </div>
</div>
        
      </footer>
    </div>
    <aside class="toc-drawer">
      
      
      <div class="toc-sticky toc-scroll">
        <div class="toc-title-container">
          <span class="toc-title">
            On this page
          </span>
        </div>
        <div class="toc-tree-container">
          <div class="toc-tree">
            ${toc}
          </div>
        </div>
      </div>
      
      
    </aside>
  </div>
</div><script src="../_static/documentation_options.js?v=e1a0b2c3"></script>
    <script src="../_static/doctools.js?v=9a2dae69"></script>
    <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/scripts/furo.js?v=5fa4622c"></script>
    <script src="../_static/clipboard.min.js?v=a7894cd8"></script>
    <script src="../_static/copybutton.js?v=f281be69"></script>
    </body>
</html>`;
