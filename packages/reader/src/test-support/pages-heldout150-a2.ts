import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 150, file a2: a Sphinx user-guide page in the Furo theme for an invented Python HTTP caching package
 * (the hidden SVG sprite with its titles, the sidebar toggles and their visually hidden labels, "Skip to content", the
 * announcement bar, the mobile header, the sidebar brand, search and toctree with captions, "Back to top", the view / edit
 * / theme icons, the article with admonitions, a "versionadded" line and code blocks, the prev/next related pages, the
 * copyright, "Made with" and "Last updated" lines, and the "On this page" drawer).
 */
const title = 'Cache backends';
const intro = [
  'A backend is where ferrule keeps the responses it has cached. Every ' +
    '<code class="docutils literal notranslate"><span class="pre">CachedSession</span></code> ' +
    'has exactly one backend, chosen when the session is created, and all of the caching rules described in the rest of this guide work the same way ' +
    'whichever backend you pick.',
  'ferrule ships with three backends. This page explains what each one is good at, how to configure it, and how to write your own when none of them fit.',
];
const h1 = 'Choosing a backend';
const choose = ['If you are not sure which backend you need, the short answer is:'];
const chooseList = [
  'Use the memory backend in tests, notebooks and short scripts.',
  'Use the SQLite backend for a single long-running process, or several processes on one machine.',
  'Use the Redis backend when several machines should share one cache.',
];
const choose2 = [
  'The backend only decides where entries live. Expiry, revalidation and the rules about which responses may be stored are handled by the session, ' +
    'so switching backends later does not change what gets cached.',
];
const h2 = 'The memory backend';
const memory = [
  'The memory backend keeps entries in an ordinary dictionary inside the process. It is the default, it needs no setup, and it is the fastest of the ' +
    'three, but everything it holds is lost when the process exits.',
  'To stop a long-running process from growing without limit, give the backend a maximum number of entries. When the limit is reached, the entry ' +
    'that was used least recently is dropped first.',
];
const memNote =
  'The limit counts responses, not bytes. A handful of large downloads can still use a lot of memory, so combine the limit with ' +
  '<code class="docutils literal notranslate"><span class="pre">max_body_size</span></code> if you cache files.';
const h3 = 'The SQLite backend';
const sqlite = [
  'The SQLite backend stores entries in a single database file. Several processes on the same machine can share the file safely, and the cache ' +
    'survives restarts, which makes it a good fit for command-line tools that run many times a day.',
  'By default the file is created in the user cache directory for your platform. Pass a path to put it somewhere else, for example next to a project ' +
    'so that each project has its own cache.',
];
const sqliteWarn =
  'Do not put the database file on a network share. SQLite relies on file locks that many network file systems do not implement ' +
  'correctly, and a damaged cache file is discarded on the next start.';
const sqliteAdded = 'Added in version 2.1: the <code class="docutils literal notranslate"><span class="pre">wal</span></code> option.';
const h4 = 'The Redis backend';
const redis = [
  'The Redis backend is for caches shared between machines, such as a fleet of workers calling the same slow API. Each entry is stored under a key ' +
    'made from the request, and Redis handles expiry itself, so stale entries disappear even if no ferrule process is running.',
  'Install the optional dependency with <code class="docutils literal notranslate"><span class="pre">pip</span> <span class="pre">install</span> ' +
    '<span class="pre">ferrule[redis]</span></code> before using it.',
];
const h5 = 'Writing your own backend';
const custom = [
  'A backend is any class that implements the four methods of <code class="docutils literal notranslate"><span class="pre">BaseBackend</span></code>: ' +
    'reading, writing and deleting a single entry, and clearing everything. ferrule serialises responses before handing them to the backend, so a ' +
    'backend only ever sees keys and bytes.',
  'Keep backends simple. If a read fails, raise <code class="docutils literal notranslate"><span class="pre">BackendError</span></code> rather than ' +
    'returning nothing: the session treats an error as a cache miss and logs it once, while a silent miss hides the problem.',
];
const code = (s: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${s}</pre></div></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hd = (tag: string, t: string, id: string): string => `<${tag}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">#</a></${tag}>`;
const announce = 'ferrule 2.3 drops support for Python 3.8. See the changelog for details.';
const guide = ['Installation', 'Quickstart', 'Expiry and revalidation', 'Filtering what gets cached', 'Testing with ferrule'];
const ref = ['API reference', 'Command-line interface', 'Settings'];
const project = ['Changelog', 'Contributing', 'License'];
const sprite = ['Contents', 'Menu', 'Expand', 'Light mode', 'Dark mode', 'Auto light/dark, in light mode', 'Auto light/dark, in dark mode'];
const brand = 'ferrule 2.3.0 documentation';
const themeToggle = `<button class="theme-toggle"><div class="visually-hidden">Toggle Light / Dark / Auto color theme</div>
<svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg><svg class="theme-icon-when-dark"><use href="#svg-moon"></use></svg>
<svg class="theme-icon-when-light"><use href="#svg-sun"></use></svg></button>`;
const tocIcon = (where: string): string => `<label class="toc-overlay-icon toc-${where}-icon" for="__toc"><div class="visually-hidden">Toggle table of contents
sidebar</div><i class="icon"><svg><use href="#svg-toc"></use></svg></i></label>`;
const html = `<!doctype html>
<html class="no-js" lang="en" data-content_root="../">
<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="color-scheme" content="light dark">
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
<link rel="next" title="Expiry and revalidation" href="expiry.html" /><link rel="prev" title="Quickstart" href="quickstart.html" />
<!-- Generated with Sphinx 8.1.3 and Furo 2024.08.06 -->
<title>Cache backends - ferrule 2.3.0 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=8f2a1f02" />
<link rel="stylesheet" type="text/css" href="../_static/styles/furo.css?v=354aac6f" />
<link rel="stylesheet" type="text/css" href="../_static/copybutton.css?v=76b2166b" />
<link rel="stylesheet" type="text/css" href="../_static/styles/furo-extensions.css?v=302659d7" />
<style>body{--color-code-background:#f8f8f8;--color-code-foreground:black;}@media not print{body[data-theme="dark"]{--color-code-background:#202020;}}</style>
</head>
<body>
<script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;">
<symbol id="svg-toc" viewBox="0 0 24 24"><title>${sprite[0]}</title><svg stroke="currentColor" fill="currentColor"><path d="M3 4h18v2H3z"/></svg></symbol>
<symbol id="svg-menu" viewBox="0 0 24 24"><title>${sprite[1]}</title><svg fill="none" stroke="currentColor"><line x1="3" y1="12" x2="21"
y2="12"></line></svg></symbol>
<symbol id="svg-arrow-right" viewBox="0 0 24 24"><title>${sprite[2]}</title><svg fill="none" stroke="currentColor"><polyline
points="9 18 15 12 9 6"></polyline></svg></symbol>
<symbol id="svg-sun" viewBox="0 0 24 24"><title>${sprite[3]}</title><svg fill="none" stroke="currentColor"><circle cx="12" cy="12"
r="5"></circle></svg></symbol>
<symbol id="svg-moon" viewBox="0 0 24 24"><title>${sprite[4]}</title><svg fill="none" stroke="currentColor"><path
d="M12 3c.132 0 .263 0 .393 0"/></svg></symbol>
<symbol id="svg-sun-with-moon" viewBox="0 0 24 24"><title>${sprite[5]}</title><svg fill="none" stroke="currentColor"><path d="M0 0h24v24H0z"/></svg></symbol>
<symbol id="svg-moon-with-sun" viewBox="0 0 24 24"><title>${sprite[6]}</title><svg fill="none" stroke="currentColor"><path d="M0 0h24v24H0z"/></svg></symbol>
</svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation">
<input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">Hide navigation sidebar</div></label>
<label class="overlay toc-overlay" for="__toc"><div class="visually-hidden">Hide table of contents sidebar</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>
<div class="announcement"><aside class="announcement-content">${announce}</aside></div>
<div class="page">
<header class="mobile-header"><div class="header-left"><label class="nav-overlay-icon" for="__navigation"><div class="visually-hidden">Toggle site
navigation sidebar</div><i class="icon"><svg><use href="#svg-menu"></use></svg></i></label></div>
<div class="header-center"><a href="../index.html"><div class="brand">${brand}</div></a></div>
<div class="header-right"><div class="theme-toggle-container theme-toggle-header">${themeToggle}</div>${tocIcon('header')}</div></header>
<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="../index.html">
<div class="sidebar-logo-container"><img class="sidebar-logo only-light" src="../_static/logo-light.svg" alt="Light Logo"/>
<img class="sidebar-logo only-dark" src="../_static/logo-dark.svg" alt="Dark Logo"/></div><span class="sidebar-brand-text">${brand}</span></a>
<form class="sidebar-search-container" method="get" action="../search.html" role="search"><input class="sidebar-search" placeholder="Search" name="q"
aria-label="Search"><input type="hidden" name="check_keywords" value="yes"><input type="hidden" name="area" value="default"></form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p>
<ul class="current">
${links(guide.slice(0, 2), 'toctree-l1')}
<li class="toctree-l1 current current-page"><a class="current reference internal" href="#">Cache backends</a></li>
${links(guide.slice(2), 'toctree-l1')}
</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p>
<ul><li class="toctree-l1 has-children"><a class="reference internal" href="../api/index.html">${ref[0]}</a><input class="toctree-checkbox"
id="toctree-checkbox-1" name="toctree-checkbox-1" role="switch" type="checkbox"/><label for="toctree-checkbox-1"><div class="visually-hidden">Toggle
navigation of API reference</div><i class="icon"><svg><use href="#svg-arrow-right"></use></svg></i></label>
<ul><li class="toctree-l2"><a class="reference internal" href="../api/session.html">ferrule.session</a></li>
<li class="toctree-l2"><a class="reference internal" href="../api/backends.html">ferrule.backends</a></li></ul></li>
${links(ref.slice(1), 'toctree-l1')}
</ul>
<p class="caption" role="heading"><span class="caption-text">Project</span></p>
<ul>${links(project, 'toctree-l1')}</ul>
</div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container">
<a href="#" class="back-to-top muted-link"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5"></path></svg>
<span>Back to top</span></a>
<div class="content-icon-container"><div class="view-this-page"><a class="muted-link" href="../_sources/guide/backends.rst.txt" title="View this page">
<svg><use href="#svg-eye"></use></svg><span class="visually-hidden">View this page</span></a></div>
<div class="edit-this-page"><a class="muted-link" href="https://github.com/ferrule-http/ferrule/edit/main/docs/guide/backends.rst" title="Edit this page">
<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M4 20h4l10.5 -10.5"/></svg><span class="visually-hidden">Edit this page</span></a></div>
<div class="theme-toggle-container theme-toggle-content">${themeToggle}</div>${tocIcon('content')}</div>
<article role="main" id="furo-main-content">
<section id="cache-backends">
${hd('h1', title, 'cache-backends')}
${ps(intro)}
<section id="choosing-a-backend">
${hd('h2', h1, 'choosing-a-backend')}
${ps(choose)}
<ul class="simple">${chooseList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(choose2)}
</section>
<section id="the-memory-backend">
${hd('h2', h2, 'the-memory-backend')}
${ps(memory)}
${code(`<span class="kn">from</span> <span class="nn">ferrule</span> <span class="kn">import</span> <span class="n">CachedSession</span>
<span class="kn">from</span> <span class="nn">ferrule.backends</span> <span class="kn">import</span> <span class="n">MemoryBackend</span>

<span class="n">session</span> <span class="o">=</span> <span class="n">CachedSession</span><span class="p">(</span><span class="n">backend</span><span
class="o">=</span><span class="n">MemoryBackend</span><span class="p">(</span><span class="n">max_entries</span><span class="o">=</span><span
class="mi">500</span><span class="p">))</span>`)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${memNote}</p></div>
</section>
<section id="the-sqlite-backend">
${hd('h2', h3, 'the-sqlite-backend')}
${ps(sqlite)}
${code(`<span class="n">session</span> <span class="o">=</span> <span class="n">CachedSession</span><span class="p">(</span><span
class="n">backend</span><span class="o">=</span><span class="n">SQLiteBackend</span><span class="p">(</span><span
class="s2">&quot;.cache/http.sqlite&quot;</span><span class="p">,</span> <span class="n">wal</span><span class="o">=</span><span class="kc">True</span><span
class="p">))</span>`)}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${sqliteWarn}</p></div>
<div class="versionadded"><p><span class="versionmodified added">${sqliteAdded}</span></p></div>
</section>
<section id="the-redis-backend">
${hd('h2', h4, 'the-redis-backend')}
${ps(redis)}
${code(`<span class="n">backend</span> <span class="o">=</span> <span class="n">RedisBackend</span><span class="p">(</span><span
class="s2">&quot;redis://cache.internal:6379/2&quot;</span><span class="p">,</span> <span class="n">prefix</span><span class="o">=</span><span
class="s2">&quot;ferrule:&quot;</span><span class="p">)</span>`)}
</section>
<section id="writing-your-own-backend">
${hd('h2', h5, 'writing-your-own-backend')}
${ps(custom)}
</section>
</section>
</article></div>
<footer><div class="related-pages">
<a class="next-page" href="expiry.html"><div class="page-info"><div class="context"><span>Next</span></div><div class="title">Expiry and revalidation</div>
</div><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg></a>
<a class="prev-page" href="quickstart.html"><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg><div class="page-info">
<div class="context"><span>Previous</span></div><div class="title">Quickstart</div></div></a></div>
<div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright © 2025, Ines Vartanian and contributors</div>
Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
<a href="https://github.com/pradyunsg/furo">Furo</a>
<div class="last-updated">Last updated on Oct 21, 2025</div></div>
<div class="right-details"><div class="icons"><a class="muted-link" href="https://github.com/ferrule-http/ferrule" aria-label="GitHub">
<svg stroke="currentColor" fill="currentColor" viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8 0C3.58 0 0 3.58 0 8z"></path></svg></a></div></div>
</div></footer></div>
<aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div>
<div class="toc-tree-container"><div class="toc-tree"><ul><li><a class="reference internal" href="#">Cache backends</a><ul>
${[h1, h2, h3, h4, h5].map((t) => `<li><a class="reference internal" href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}
</ul></li></ul></div></div></div></aside></div></div>
<script src="../_static/documentation_options.js?v=2d1b1bb5"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script src="../_static/sphinx_highlight.js?v=dc90522c"></script><script src="../_static/scripts/furo.js?v=5fa4622c"></script>
<script src="../_static/clipboard.min.js?v=a7894cd8"></script><script src="../_static/copybutton.js?v=f281be69"></script>
</body></html>`;

export const furoPage: TestPage = {
  html,
  name: 'heldout150-sphinx-furo-docs',
  kind: 'docs',
  // admonition titles ("Note", "Warning") and the "Added in version" line are in neither list; the admonition texts are body;
  // the "On this page" entries repeat the headings and are left out; "Last updated on" is a byline
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...intro, ...choose, ...chooseList, ...choose2, ...memory, memNote, ...sqlite, sqliteWarn, ...redis, ...custom]),
  bylines: ['Last updated on Oct 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sprite, 'Hide navigation sidebar', 'Hide table of contents sidebar', 'Skip to content', announce, 'Toggle site navigation sidebar', brand,
    'Toggle Light / Dark / Auto color theme', 'Toggle table of contents sidebar', 'User guide', ...guide, 'Reference', ...ref,
    'Toggle navigation of API reference', 'ferrule.session', 'ferrule.backends', 'Project', ...project, 'Back to top', 'View this page', 'Edit this page',
    'Next', 'Previous', 'Copyright © 2025, Ines Vartanian and contributors', "Made with Sphinx and @pradyunsg's Furo", 'On this page',
  ],
};
