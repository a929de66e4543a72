import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 99, file e2: a chapter page of an invented Rust crate's guide built with mdBook 0.4 (the theme bootstrap
 * scripts, the sidebar with its numbered chapter list rendered into mdbook-sidebar-scrollbox and the noscript toc iframe,
 * the sticky menu bar with the sidebar toggle, the hidden theme popup, the search toggle, the book title in an h1 of its
 * own, the print and git repository icons, the hidden search bar, the chapter's h1 with anchor links, a Note blockquote,
 * code blocks with the playground buttons, and the prev/next chevrons twice: mobile nav inside #content and wide nav outside).
 */
const mbTitle = 'Custom Vertex Attributes';
const mbP1 = [
  'So far every mesh in this guide has carried only positions. Real renderers want more than that: normals for lighting, texture ' +
    'coordinates, colours, or data you invent yourself. This chapter shows how to make <code>tessellate</code> carry any per-vertex data you ' +
    'like through the whole pipeline, from path building to the final vertex buffer.',
];
const mbH1 = 'The <code>VertexConstructor</code> trait';
const mbH1Text = 'The VertexConstructor trait';
const mbP2 = [
  'The tessellator never builds your vertex type directly. Instead, it calls a <em>vertex constructor</em> each time it emits a vertex, ' +
    'passing the position and any attributes attached to the path. Whatever the constructor returns is pushed into the output buffer.',
  'A constructor is any type that implements <code>VertexConstructor</code> for your vertex type. For the common case of a closure, there is a blanket ' +
    'implementation, so you rarely need to write one by hand:',
];
const mbP3 = [
  'Here the closure ignores the attributes and adds a fixed colour to each vertex. That is often enough for user interfaces, where a whole ' +
    'shape is drawn in one colour.',
];
const mbH2 = 'Attaching attributes to a path';
const mbP4 = [
  'When the data varies along the path, store it in the path itself. Create the builder with <code>Path::builder_with_attributes(n)</code>, ' +
    'where <code>n</code> is the number of <code>f32</code> values each endpoint carries, and pass a slice of that length with every ' +
    'endpoint you add.',
  'Between endpoints, the tessellator interpolates attributes linearly. A line from a point with attribute <code>0.0</code> to one with ' +
    '<code>1.0</code> produces vertices with values in between, in proportion to their distance along the line.',
];
const mbNote =
  'Note: Interpolation happens in the tessellator, not on the GPU. If you need perspective-correct values, interpolate in your shader ' +
  'instead and pass only the endpoint values through.';
const mbH3 = 'Where attributes are lost';
const mbP5 = ['A few operations cannot keep attributes meaningful, and drop them:'];
const mbList = [
  'Stroke joins and caps create vertices that belong to no single endpoint. They take the attributes of the nearest endpoint.',
  'Fill tessellation merges overlapping sub-paths. Where two sub-paths cross, the new vertex takes the attributes of the first sub-path.',
  'Flattening curves with a very large tolerance can skip the points where you expected values to change.',
];
const mbP6 = [
  'If any of these cases matter for your data, check the <code>VertexSource</code> passed to your constructor. It tells you whether the ' +
    'vertex came from an endpoint, from an edge or from a join, and lets you compute the value yourself.',
];
const mbBook = 'The Tessellate Guide';
const mbChapters: [string, string][] = [
  ['', 'Introduction'],
  ['1.', 'Getting Started'],
  ['2.', 'Paths'],
  ['2.1.', 'Building Paths'],
  ['2.2.', 'Curves and Flattening'],
  ['3.', 'Fill Tessellation'],
  ['3.1.', 'Fill Rules'],
  ['3.2.', 'Holes and Self-Intersections'],
  ['4.', 'Stroke Tessellation'],
  ['4.1.', 'Line Joins and Caps'],
  ['4.2.', 'Dashed Strokes'],
  ['5.', 'Vertex Output'],
  ['5.1.', 'Vertex Buffers'],
  ['6.', 'Integrating with wgpu'],
  ['7.', 'Performance Tips'],
  ['', 'Appendix: Migration from 0.17'],
];
const mbThemes = ['Auto', 'Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const mbPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mbH = (tag: string, id: string, t: string): string => `<${tag} id="${id}"><a class="header" href="#${id}">${t}</a></${tag}>`;
const mbChapter = ([n, t]: [string, string]): string =>
  `<li class="chapter-item expanded "><a href="${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.html">${
    n === ''
      ? ''
      : `<strong
aria-hidden="true">${n}</strong> `
  }${t}</a></li>`;
const mbButtons = `<pre class="playground"><code class="language-rust hljs">`;
const mbHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr">
    <head>
        <!-- Book generated using mdBook -->
        <meta charset="UTF-8">
        <title>Custom Vertex Attributes - The Tessellate Guide</title>
        <meta name="description" content="The guide to the tessellate 2D path tessellation crate">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="theme-color" content="#ffffff">
        <link rel="icon" href="../favicon.svg">
        <link rel="shortcut icon" href="../favicon.png">
        <link rel="stylesheet" href="../css/variables.css">
        <link rel="stylesheet" href="../css/general.css">
        <link rel="stylesheet" href="../css/chrome.css">
        <link rel="stylesheet" href="../css/print.css" media="print">
        <link rel="stylesheet" href="../FontAwesome/css/font-awesome.css">
        <link rel="stylesheet" href="../highlight.css">
        <link rel="stylesheet" href="../ayu-highlight.css">
        <script>
            const path_to_root = "../";
            const default_light_theme = "light";
            const default_dark_theme = "navy";
        </script>
        <script src="../toc.js"></script>
    </head>
    <body>
    <div id="body-container">
        <script>
            try { let theme = localStorage.getItem('mdbook-theme'); } catch (e) { }
        </script>
        <input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
        <nav id="sidebar" class="sidebar" aria-label="Table of contents">
            <mdbook-sidebar-scrollbox class="sidebar-scrollbox"><ol class="chapter">
${mbChapters.slice(0, 13).map(mbChapter).join('\n')}
<li class="chapter-item expanded "><a href="custom-vertex-attributes.html" class="active"><strong aria-hidden="true">5.2.</strong> ${mbTitle}</a></li>
${mbChapters.slice(13).map(mbChapter).join('\n')}
</ol></mdbook-sidebar-scrollbox>
            <noscript>
                <iframe class="sidebar-iframe-outer" src="../toc.html"></iframe>
            </noscript>
            <div id="sidebar-resize-handle" class="sidebar-resize-handle">
                <div class="sidebar-resize-indicator"></div>
            </div>
        </nav>
        <div id="page-wrapper" class="page-wrapper">
            <div class="page">
                <div id="menu-bar-hover-placeholder"></div>
                <div id="menu-bar" class="menu-bar sticky">
                    <div class="left-buttons">
                        <label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Toggle Table of Contents"
                            aria-label="Toggle Table of Contents" aria-controls="sidebar"><i class="fa fa-bars"></i></label>
                        <button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme"
                            aria-haspopup="true" aria-expanded="false" aria-controls="theme-list"><i class="fa fa-paint-brush"></i></button>
                        <ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
${mbThemes
  .map(
    (t) => `<li role="none"><button
role="menuitem" class="theme" id="${t === 'Auto' ? 'default_theme' : t.toLowerCase()}">${t}</button></li>`,
  )
  .join('\n')}
                        </ul>
                        <button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar"
                            aria-expanded="false" aria-keyshortcuts="S" aria-controls="searchbar"><i class="fa fa-search"></i></button>
                    </div>
                    <h1 class="menu-title">${mbBook}</h1>
                    <div class="right-buttons">
                        <a href="../print.html" title="Print this book" aria-label="Print this book"><i id="print-button" class="fa fa-print"></i></a>
                        <a href="https://github.com/tessellate-rs/tessellate" title="Git repository" aria-label="Git repository"><i
                            id="git-repository-button" class="fa fa-github"></i></a>
                    </div>
                </div>
                <div id="search-wrapper" class="hidden">
                    <form id="searchbar-outer" class="searchbar-outer">
                        <input type="search" id="searchbar" name="searchbar" placeholder="Search this book ..." aria-controls="searchresults-outer"
                            aria-describedby="searchresults-header">
                    </form>
                    <div id="searchresults-outer" class="searchresults-outer hidden">
                        <div id="searchresults-header" class="searchresults-header"></div>
                        <ul id="searchresults"></ul>
                    </div>
                </div>
                <script>
                    document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');
                </script>
                <div id="content" class="content">
                    <main>
${mbH('h1', 'custom-vertex-attributes', mbTitle)}
${mbPs(mbP1)}
${mbH('h2', 'the-vertexconstructor-trait', mbH1)}
${mbPs(mbP2)}
${mbButtons}<span class="hljs-keyword">let</span> <span class="hljs-keyword">mut</span> geometry: VertexBuffers&lt;ColoredVertex, <span
class="hljs-type">u16</span>&gt; = VertexBuffers::<span class="hljs-title function_ invoke__">new</span>();
tessellator.<span class="hljs-title function_ invoke__">tessellate_path</span>(
    &amp;path,
    &amp;FillOptions::<span class="hljs-title function_ invoke__">default</span>(),
    &amp;<span class="hljs-keyword">mut</span> BuffersBuilder::<span class="hljs-title function_ invoke__">new</span>(&amp;<span
class="hljs-keyword">mut</span> geometry, |v: FillVertex| ColoredVertex {
        position: v.<span class="hljs-title function_ invoke__">position</span>().<span class="hljs-title function_ invoke__">to_array</span>(),
        color: [<span class="hljs-number">0.9</span>, <span class="hljs-number">0.4</span>, <span class="hljs-number">0.1</span>, <span
class="hljs-number">1.0</span>],
    }),
)?;</code></pre>
${mbPs(mbP3)}
${mbH('h2', 'attaching-attributes-to-a-path', mbH2)}
${mbPs(mbP4.slice(0, 1))}
${mbButtons}<span class="hljs-keyword">let</span> <span class="hljs-keyword">mut</span> builder = Path::<span
class="hljs-title function_ invoke__">builder_with_attributes</span>(<span class="hljs-number">1</span>);
builder.<span class="hljs-title function_ invoke__">begin</span>(<span class="hljs-title function_ invoke__">point</span>(<span
class="hljs-number">0.0</span>, <span class="hljs-number">0.0</span>), &amp;[<span class="hljs-number">0.0</span>]);
builder.<span class="hljs-title function_ invoke__">line_to</span>(<span class="hljs-title function_ invoke__">point</span>(<span
class="hljs-number">100.0</span>, <span class="hljs-number">0.0</span>), &amp;[<span class="hljs-number">1.0</span>]);
builder.<span class="hljs-title function_ invoke__">end</span>(<span class="hljs-literal">false</span>);</code></pre>
${mbPs(mbP4.slice(1))}
<blockquote>
<p>${mbNote}</p>
</blockquote>
${mbH('h2', 'where-attributes-are-lost', mbH3)}
${mbPs(mbP5)}
<ul>
${mbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${mbPs(mbP6)}
                    </main>
                    <nav class="nav-wrapper" aria-label="Page navigation">
                        <!-- Mobile navigation buttons -->
                        <a rel="prev" href="vertex-buffers.html" class="mobile-nav-chapters previous" title="Previous chapter" aria-label="Previous chapter"
                            aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a>
                        <a rel="next prefetch" href="integrating-with-wgpu.html" class="mobile-nav-chapters next" title="Next chapter"
                            aria-label="Next chapter" aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a>
                        <div style="clear: both"></div>
                    </nav>
                </div>
            </div>
            <nav class="nav-wide-wrapper" aria-label="Page navigation">
                <a rel="prev" href="vertex-buffers.html" class="nav-chapters previous" title="Previous chapter" aria-label="Previous chapter"
                    aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a>
                <a rel="next prefetch" href="integrating-with-wgpu.html" class="nav-chapters next" title="Next chapter" aria-label="Next chapter"
                    aria-keyshortcuts="Right"><i class="fa fa-angle-right"></i></a>
            </nav>
        </div>
        <script>window.playground_copyable = true;</script>
        <script src="../elasticlunr.min.js"></script>
        <script src="../mark.min.js"></script>
        <script src="../searcher.js"></script>
        <script src="../clipboard.min.js"></script>
        <script src="../highlight.js"></script>
        <script src="../book.js"></script>
    </div>
    </body>
</html>`;
export const mdbookChapter: TestPage = {
  html: mbHtml,
  name: 'heldout99-mdbook-guide-chapter',
  kind: 'docs',
  // the book title in the menu bar's h1 is furniture, the chapter's own h1 is the title; the "Note:" blockquote is body;
  // the sidebar's entry for this chapter (the title) is left out; the prev/next chevrons and the print icon carry no text
  title: mbTitle,
  headings: [mbH1Text, mbH2, mbH3],
  body: texts([...mbP1, ...mbP2, ...mbP3, ...mbP4, mbNote, ...mbP5, ...mbList, ...mbP6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbChapters.map(([, t]) => t), ...mbThemes, mbBook,
  ],
};
