import { type TestPage, texts } from './page-kit.js';
import { furoPage } from './pages-heldout59-d2.js';

/**
 * Held-out batch 59, file d: an MkDocs page on the built-in readthedocs theme, hosted on Read the Docs (the side nav with the
 * project link, "Search docs" form, captions and toctree levels with the current page's headings, the mobile top bar, the
 * breadcrumbs with "Edit on GitHub", the article with ¶ permalinks, admonitions, highlight.js code blocks, the footer buttons,
 * copyright and "Built with MkDocs" line, the rst-versions bar and the inline page-data and jQuery scripts).
 */
const mkTitle = 'Configuration';
const mkIntro = [
  'Gravelpath reads its settings from a TOML file, from environment variables and from command-line flags, in that order. A value given ' +
    'later overrides one given earlier, so a flag always wins over the file.',
  'This page describes where the configuration file is looked for, the settings you are most likely to change, and how to keep separate ' +
    'profiles for different kinds of ride.',
];
const mkH = ['Where the file lives', 'Common settings', 'Profiles', 'Environment variables'];
const mkWhere =
  'On startup Gravelpath looks for <code>gravelpath.toml</code> in the current directory, then in <code>~/.config/gravelpath/</code>, and uses ' +
  'the first file it finds. Run <code>gravelpath config --path</code> to see which file was loaded.';
const mkNote =
  'Settings are not merged across files. If a project directory contains its own <code>gravelpath.toml</code>, the one in your home directory is ' +
  'ignored completely.';
const mkCommonIntro = 'The options people change most often are:';
const mkCommon = [
  '<code>surface_preference</code> — a number between 0 and 1. Higher values favour unpaved roads even when they make the route longer.',
  '<code>max_gradient</code> — the steepest climb, in percent, that the planner will accept for more than 200 metres.',
  '<code>avoid</code> — a list of road classes to leave out entirely, such as <code>trunk</code> or <code>ferry</code>.',
  '<code>elevation_source</code> — where to read terrain data from. The default downloads SRTM tiles on first use and caches them.',
];
const mkWarn =
  'Setting <code>max_gradient</code> below 4 makes many hilly regions unroutable. If the planner reports that no route was found, try raising ' +
  'it before changing anything else.';
const mkProfiles =
  'A profile is a named block of settings that is applied on top of the defaults. Profiles are useful when the same person plans very ' +
  'different rides: a loaded touring trip needs gentler climbs than a day out on a light bike.';
const mkSelect =
  'Select a profile with <code>--profile touring</code>. You can also set <code>GRAVELPATH_PROFILE</code> in your shell so that every command uses it.';
const mkEnv =
  'Every setting can be given as an environment variable by upper-casing its name and adding the <code>GRAVELPATH_</code> prefix. Nested keys ' +
  'are joined with a double underscore, so <code>elevation.cache_dir</code> becomes <code>GRAVELPATH_ELEVATION__CACHE_DIR</code>.';
const mkGuide = ['Installation', mkTitle, 'Planning a route', 'Exporting GPX'];
const mkRef = ['Command line', 'Python API', 'Changelog'];
const mkAbout = ['License', 'Contributing'];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hl = (n: number, t: string): string => `<h${n} id="${slug(t)}">${t}<a class="headerlink" href="#${slug(t)}" title="Permanent link">&para;</a></h${n}>`;
const l1 = (t: string, href: string): string => `                  <li class="toctree-l1"><a class="reference internal" href="${href}">${t}</a>
                  </li>`;
const mkHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" >
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
      <link rel="canonical" href="https://gravelpath.readthedocs.io/en/latest/configuration/" />
      <link rel="shortcut icon" href="../img/favicon.ico" />
    <title>${mkTitle} - Gravelpath</title>
    <link rel="stylesheet" href="../css/theme.css" />
    <link rel="stylesheet" href="../css/theme_extra.css" />
        <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.8.0/styles/github.min.css" />
      <script>
        // Current page data
        var mkdocs_page_name = "${mkTitle}";
        var mkdocs_page_input_path = "configuration.md";
        var mkdocs_page_url = "/en/latest/configuration/";
      </script>
    <!--[if lt IE 9]>
      <script src="../js/html5shiv.min.js"></script>
    <![endif]-->
      <script src="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.8.0/highlight.min.js"></script>
      <script>hljs.highlightAll();</script>
<meta name="readthedocs-addons-api-version" content="1"><meta name="readthedocs-project-slug" content="gravelpath">\
<meta name="readthedocs-version-slug" content="latest"><meta name="readthedocs-resolver-filename" content="/configuration/">\
<meta name="readthedocs-http-status" content="200"><script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
</head>

<body class="wy-body-for-nav" role="document">

  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side stickynav">
    <div class="wy-side-scroll">
      <div class="wy-side-nav-search">
          <a href=".." class="icon icon-home"> Gravelpath
        </a><div role="search">
  <form id ="rtd-search-form" class="wy-form" action="../search.html" method="get">
      <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" title="Type search term here" />
  </form>
</div>
      </div>

      <div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <ul>
                <li class="toctree-l1"><a class="reference internal" href="..">Home</a>
                </li>
              </ul>
              <p class="caption"><span class="caption-text">User Guide</span></p>
              <ul class="current">
${l1(mkGuide[0]!, '../installation/')}
                  <li class="toctree-l1 current"><a class="reference internal current" href="#">${mkTitle}</a>
    <ul class="current">
${mkH
  .slice(0, 3)
  .map((t) => `    <li class="toctree-l2"><a class="reference internal" href="#${slug(t)}">${t}</a>\n    </li>`)
  .join('\n')}
    </ul>
                  </li>
${l1(mkGuide[2]!, '../planning/')}
${l1(mkGuide[3]!, '../gpx/')}
              </ul>
              <p class="caption"><span class="caption-text">Reference</span></p>
              <ul>
${mkRef.map((t) => l1(t, `../${slug(t)}/`)).join('\n')}
              </ul>
              <p class="caption"><span class="caption-text">About</span></p>
              <ul>
${mkAbout.map((t) => l1(t, `../about/${slug(t)}/`)).join('\n')}
              </ul>
      </div>
    </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap">
      <nav class="wy-nav-top" role="navigation" aria-label="Mobile navigation menu">
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="..">Gravelpath</a>
      </nav>
      <div class="wy-nav-content">
        <div class="rst-content"><div role="navigation" aria-label="breadcrumbs navigation">
  <ul class="wy-breadcrumbs">
    <li><a href=".." class="icon icon-home" aria-label="Docs"></a></li>
          <li class="breadcrumb-item">User Guide</li>
      <li class="breadcrumb-item active">${mkTitle}</li>
    <li class="wy-breadcrumbs-aside">
          <a href="https://github.com/gravelpath/gravelpath/edit/master/docs/configuration.md" class="icon icon-github"> Edit on GitHub</a>
    </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
            <div class="section" itemprop="articleBody">

                ${hl(1, mkTitle)}
<p>${mkIntro[0]!}</p>
<p>${mkIntro[1]!}</p>
${hl(2, mkH[0]!)}
<p>${mkWhere}</p>
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>${mkNote}</p>
</div>
${hl(2, mkH[1]!)}
<pre><code class="language-toml">[routing]
surface_preference = 0.7
max_gradient = 12
avoid = ["trunk", "ferry"]

[elevation]
source = "srtm"
cache_dir = "~/.cache/gravelpath/elevation"
</code></pre>
<p>${mkCommonIntro}</p>
<ul>
${mkCommon.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<div class="admonition warning">
<p class="admonition-title">Warning</p>
<p>${mkWarn}</p>
</div>
${hl(2, mkH[2]!)}
<p>${mkProfiles}</p>
<pre><code class="language-toml">[profiles.touring]
max_gradient = 7
surface_preference = 0.4
</code></pre>
<p>${mkSelect}</p>
${hl(3, mkH[3]!)}
<p>${mkEnv}</p>

            </div>
          </div><footer>
    <div class="rst-footer-buttons" role="navigation" aria-label="Footer Navigation">
        <a href="../installation/" class="btn btn-neutral float-left" title="Installation"><span class="icon icon-circle-arrow-left"></span> Previous</a>
        <a href="../planning/" class="btn btn-neutral float-right" title="Planning a route">Next <span class="icon icon-circle-arrow-right"></span></a>
    </div>

  <hr/>

  <div role="contentinfo">
    <!-- Copyright etc -->
      <p>Copyright © 2023–2025 The Gravelpath authors</p>
  </div>

  Built with <a href="https://www.mkdocs.org/">MkDocs</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by \
<a href="https://readthedocs.org">Read the Docs</a>.
</footer>

        </div>
      </div>

    </section>

  </div>

  <div class="rst-versions" role="note" aria-label="Versions">
  <span class="rst-current-version" data-toggle="rst-current-version">

        <span>
          <a href="https://github.com/gravelpath/gravelpath" class="fa fa-github" style="color: #fcfcfc"> GitHub</a>
        </span>


      <span><a href="../installation/" style="color: #fcfcfc">&laquo; Previous</a></span>


      <span><a href="../planning/" style="color: #fcfcfc">Next &raquo;</a></span>

  </span>
</div>
    <script src="../js/jquery-3.6.0.min.js"></script>
    <script>var base_url = "..";</script>
    <script src="../js/theme_extra.js"></script>
    <script src="../js/theme.js"></script>
      <script src="../search/main.js"></script>
    <script>
        jQuery(function () {
            SphinxRtdTheme.Navigation.enable(true);
        });
    </script>

</body>
</html>`;
const mkdocs: TestPage = {
  html: mkHtml,
  name: 'heldout59-mkdocs-readthedocs',
  kind: 'docs',
  // body: the paragraphs, the list items and the two admonitions' text (their titles "Note" and "Warning" in neither list);
  // the TOML blocks are code (neither); the theme shows no author or date; the side nav (project link, captions, toctree, its
  // level-2 entries repeat headings: left out), the mobile bar, the breadcrumbs with "Edit on GitHub", the footer buttons,
  // copyright, the "Built with MkDocs" line and the versions bar are furniture; the current toctree item and breadcrumb repeat
  // the title; the project name "Gravelpath" and the nav's "Home" and "Command line" are words of the body: left out
  title: mkTitle,
  headings: mkH,
  body: texts([...mkIntro, mkWhere, mkNote, mkCommonIntro, ...mkCommon, mkWarn, mkProfiles, mkSelect, mkEnv]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'User Guide', ...mkGuide.filter((t) => t !== mkTitle), 'Reference', ...mkRef.filter((t) => t !== 'Command line'), 'About', ...mkAbout,
    'Edit on GitHub', 'Previous', 'Next', 'Copyright © 2023–2025 The Gravelpath authors',
    'Built with MkDocs using a theme provided by Read the Docs.', 'GitHub',
  ],
};

export const HELDOUT59_D: readonly TestPage[] = [mkdocs, furoPage];
