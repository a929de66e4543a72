import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 57, file a3: a Node.js API docs page (v24 apidoc template: the dark-mode script in the head, the left column
 * with every module of the docs, the header with its h1, the Table of contents / Index / Other versions / Options pickers,
 * the collapsible table of contents, the module's h2 with its "#" marks, the stability box, "Source Code:" line, version
 * metadata with a History table, typed parameter lists and mjs/cjs code blocks).
 */
const ndTitle = 'Ring buffer';
const ndIntro = [
  'The <code>node:ring_buffer</code> module provides a fixed-capacity, first-in first-out queue that keeps its items in a ' +
    'preallocated array. When the buffer is full, a new item either replaces the oldest one or is refused, depending on how the ' +
    'buffer was created.',
  'Ring buffers are useful for keeping the last few hundred log lines of a long-running process, for smoothing bursts of events ' +
    'between a producer and a slower consumer, and anywhere a program needs a bounded history without the garbage-collection cost ' +
    'of repeatedly growing and slicing an array.',
  'To access it:',
];
const ndOnly = 'This module is only available under the <code>node:</code> scheme.';
const ndStab = 'Stability: 1 - Experimental';
const ndH = [
  'Class: <code>RingBuffer</code>',
  '<code>new RingBuffer(capacity[, options])</code>',
  '<code>ringBuffer.push(value)</code>',
  '<code>ringBuffer.shift()</code>',
  '<code>ringBuffer.resize(capacity)</code>',
  '<code>ringBuffer.length</code>',
  '<code>ringBuffer[Symbol.iterator]()</code>',
] as const;
const ndClass =
  'A <code>RingBuffer</code> holds at most <code>capacity</code> items. Adding at the end and removing from the front take ' +
  'constant time, and the buffer never allocates after it has been constructed unless its capacity is changed with ' +
  '<a href="#ringbufferresizecapacity"><code>ringBuffer.resize()</code></a>.';
const ty = (t: string, href = 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Data_structures#number_type'): string =>
  `<a href="${href}" class="type">&lt;${t}&gt;</a>`;
const ndCtorArgs = [
  `<code>capacity</code> ${ty('integer')} The largest number of items the buffer can hold. Must be between <code>1</code> and <code>2 ** 32 - 1</code>.`,
  `<code>options</code> ${ty('Object', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object')}`,
];
const ndOverwrite =
  `<code>overwrite</code> ${ty('boolean')} When <code>true</code>, pushing to a full buffer discards the oldest item. When ` +
  '<code>false</code>, <code>ringBuffer.push()</code> returns <code>false</code> and the item is not stored. <strong>Default:</strong> ' +
  '<code>false</code>.';
const ndCtor = 'Creates a new, empty ring buffer.';
const ndHistory = 'The <code>overwrite</code> option now defaults to <code>false</code>.';
const ndPushArgs = [`<code>value</code> ${ty('any')}`, `Returns: ${ty('boolean')} <code>true</code> if the value was stored.`];
const ndPush =
  'Appends <code>value</code> to the end of the buffer. If the buffer is full and was created with <code>overwrite: true</code>, ' +
  'the oldest item is dropped to make room for it.';
const ndShiftArgs = [`Returns: ${ty('any')} The oldest item, or <code>undefined</code> if the buffer is empty.`];
const ndShift = 'Removes the oldest item from the buffer and returns it.';
const ndResizeArgs = [`<code>capacity</code> ${ty('integer')}`];
const ndResize =
  'Changes the capacity of the buffer. If the new capacity is smaller than <code>ringBuffer.length</code>, the oldest items are ' +
  'discarded until the rest fit. Resizing allocates a new backing array and copies the items into it, so it should not be done ' +
  'inside a hot loop.';
const ndLengthArgs = [`Type: ${ty('integer')}`];
const ndLength = 'The number of items currently in the buffer. This property is read-only.';
const ndIterArgs = [`Returns: ${ty('Iterator', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols')}`];
const ndIter =
  'Returns an iterator over the items from oldest to newest. Changing the buffer while an iteration is in progress causes the ' +
  'next call to <code>next()</code> to throw an <a href="errors.html#err_invalid_state"><code>ERR_INVALID_STATE</code></a> error.';
const ndAdded = (v: string): string => `<div class="api_metadata">\n<span>Added in: ${v}</span>\n</div>`;
/** The anchor of a heading, as the apidoc tool makes it. */
const ndSlug = (h: string): string => {
  const t = h.replace(/<[^>]+>/g, '').toLowerCase();
  return t.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
};
const ndHead = (lvl: number, h: string): string =>
  `<h${lvl}>${h}<span><a class="mark" href="#${ndSlug(h)}" id="${ndSlug(h)}">#</a></span>` +
  `<a aria-hidden="true" class="legacy" id="ring_buffer_${ndSlug(h).replace(/-/g, '_')}"></a></h${lvl}>`;
const ndList = (items: string[]): string => `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
const ndKw = (s: string): string => `<span class="hljs-keyword">${s}</span>`;
const ndStr = (s: string): string => `<span class="hljs-string">'${s}'</span>`;
const ndCode = `<pre class="with-53-chars"><input class="js-flavor-toggle" type="checkbox" checked aria-label="Show modern ES modules syntax">\
<code class="language-js mjs">${ndKw('import')} { <span class="hljs-title class_">RingBuffer</span> } ${ndKw('from')} ${ndStr('node:ring_buffer')};</code>\
<code class="language-js cjs">${ndKw('const')} { <span class="hljs-title class_">RingBuffer</span> } = <span class="hljs-built_in">require</span>\
(${ndStr('node:ring_buffer')});</code><button class="copy-button">copy</button></pre>`;
const ndExample = `<pre><code class="language-mjs">${ndKw('const')} recent = ${ndKw('new')} <span class="hljs-title class_">RingBuffer</span>\
(<span class="hljs-number">3</span>, { <span class="hljs-attr">overwrite</span>: <span class="hljs-literal">true</span> });
${ndKw('for')} (${ndKw('const')} line ${ndKw('of')} [${ndStr('a')}, ${ndStr('b')}, ${ndStr('c')}, ${ndStr('d')}]) recent.<span \
class="hljs-title function_">push</span>(line);
<span class="hljs-variable language_">console</span>.<span class="hljs-title function_">log</span>([...recent]); \
<span class="hljs-comment">// [ 'b', 'c', 'd' ]</span></code><button class="copy-button">copy</button></pre>`;
// biome-ignore format: the module list of the left column, packed several to a line
const ndNav = [
  'Assertion testing', 'Asynchronous context tracking', 'Async hooks', 'Buffer', 'C++ addons', 'C/C++ addons with Node-API',
  'C++ embedder API', 'Child processes', 'Cluster', 'Command-line options', 'Console', 'Crypto', 'Debugger', 'Deprecated APIs',
  'Diagnostics Channel', 'DNS', 'Domain', 'Environment Variables', 'Errors', 'Events', 'File system', 'Globals', 'HTTP', 'HTTP/2',
  'HTTPS', 'Inspector', 'Internationalization', 'Modules: CommonJS modules', 'Modules: ECMAScript modules', 'Modules: node:module API',
  'Modules: Packages', 'Modules: TypeScript', 'Net', 'OS', 'Path', 'Performance hooks', 'Permissions', 'Process', 'Punycode',
  'Query strings', 'Readline', 'REPL', 'Report', 'Ring buffer', 'Single executable applications', 'SQLite', 'Stream', 'String decoder',
  'Test runner', 'Timers', 'TLS/SSL', 'Trace events', 'TTY', 'UDP/datagram', 'URL', 'Utilities', 'V8', 'VM', 'WASI', 'Web Crypto API',
  'Web Streams API', 'Worker threads', 'Zlib',
];
const ndNavItems = ndNav.map((t) => `<li><a href="${ndSlug(t)}.html" class="nav-${ndSlug(t)}${t === ndTitle ? ' active' : ''}">${t}</a></li>`);
const ndNavHtml = `<ul>
<li><a href="documentation.html" class="nav-documentation">About this documentation</a></li>
<li><a href="synopsis.html" class="nav-synopsis">Usage and example</a></li>
</ul>
<hr class="line">
<ul>\n${ndNavItems.join('\n')}\n</ul>
<hr class="line">
<ul>\n<li><a href="https://github.com/nodejs/node" class="nav-https-github-com-nodejs-node">Code repository and issue tracker</a></li>\n</ul>`;
const ndTocItems = ndH.slice(1).map((h) => `<li><a href="#${ndSlug(h)}">${h}</a></li>`);
const ndToc = `<ul>\n<li><span class="stability_1"><a href="#ring-buffer">Ring buffer</a></span>\n<ul>\n<li><a href="#class-ringbuffer">${ndH[0]}</a>
<ul>\n${ndTocItems.join('\n')}\n</ul>\n</li>\n</ul>\n</li>\n</ul>`;
const ndVersions = ['25.x', '24.x LTS', '23.x', '22.x LTS'];
const ndVersionsHtml = ndVersions
  .map((v) => `<li><a href="https://nodejs.org/docs/latest-v${v.slice(0, 2)}.x/api/ring_buffer.html">${v.replace(' LTS', ' <b>LTS</b>')}</a></li>`)
  .join('\n');
const ndHtml = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="nodejs.org:node-version" content="v24.11.1">
  <title>Ring buffer | Node.js v24.11.1 Documentation</title>
  <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lato:ital,wght@0,400;0,700;1,400&family=Fira+Mono:wght@400;700&display=fallback">
  <link rel="modulepreload" href="assets/api.js">
  <link rel="stylesheet" href="assets/style.css">
  <link rel="stylesheet" href="assets/hljs.css">
  <link rel="canonical" href="https://nodejs.org/api/ring_buffer.html">
  <script async defer src="assets/api.js" type="text/javascript"></script>
  <script>
      const storedTheme = localStorage.getItem('theme');
      // Follow operating system theme preference
      if (storedTheme === null && window.matchMedia) {
        const mq = window.matchMedia('(prefers-color-scheme: dark)');
        if (mq.matches) {
          document.documentElement.classList.add('dark-mode');
        }
      } else if (storedTheme === 'dark') {
        document.documentElement.classList.add('dark-mode');
      }
  </script>
  <style>@media(max-width:598px){.with-53-chars>.js-flavor-toggle{float:none;margin:0 0 1em auto;}}</style>
</head>
<body class="alt apidoc" id="api-section-ring_buffer">
  <a href="#apicontent" class="skip-to-content">Skip to content</a>
  <div id="content" class="clearfix">
    <div role="navigation" id="column2" class="interior">
      <div id="intro" class="interior">
        <a href="/" title="Go back to the home page">Node.js</a>
      </div>
      ${ndNavHtml}
    </div>

    <div id="column1" data-id="ring_buffer" class="interior">
      <header class="header">
        <div class="header-container">
          <h1>Node.js v24.11.1 documentation</h1>
          <button class="theme-toggle-btn" id="theme-toggle-btn" title="Toggle dark mode/light mode" aria-label="Toggle dark mode/light mode" hidden>
            <svg xmlns="http://www.w3.org/2000/svg" class="icon dark-icon" height="24" width="24"><path fill="none" d="M0 0h24v24H0z"/></svg>
          </button>
        </div>
        <div id="gtoc">
          <ul>
            <li class="pinned-header">Node.js v24.11.1</li>
            <li class="picker-header">
              <a href="#toc-picker" aria-controls="toc-picker"><span class="picker-arrow"></span>
                Table of contents</a>
              <div class="picker" tabindex="-1"><div class="toc">${ndToc}</div></div>
            </li>
            <li class="picker-header">
              <a href="#gtoc-picker" aria-controls="gtoc-picker"><span class="picker-arrow"></span>
                Index</a>
              <div class="picker" tabindex="-1" id="gtoc-picker">${ndNavHtml}</div>
            </li>
            <li class="picker-header">
              <a href="#alt-docs" aria-controls="alt-docs"><span class="picker-arrow"></span>
                Other versions</a>
              <div class="picker" tabindex="-1"><ol id="alt-docs">\n${ndVersionsHtml}\n</ol></div>
            </li>
            <li class="picker-header">
              <a href="#options-picker" aria-controls="options-picker"><span class="picker-arrow"></span>
                Options</a>
              <div class="picker" tabindex="-1">
                <ul id="options-picker">
                  <li><a href="all.html">View on single page</a></li>
                  <li><a href="ring_buffer.json">View as JSON</a></li>
                  <li class="edit_on_github"><a href="https://github.com/nodejs/node/edit/main/doc/api/ring_buffer.md">Edit on GitHub</a></li>
                </ul>
              </div>
            </li>
          </ul>
        </div>
        <hr>
      </header>
      <details role="navigation" id="toc" open><summary>Table of contents</summary>${ndToc}</details>
      <div role="main" id="apicontent">
        ${ndHead(2, ndTitle)}
<!--introduced_in=v24.2.0-->
<p></p><div class="api_stability api_stability_1"><a href="documentation.html#stability-index">Stability: 1</a> - Experimental</div><p></p>
<!-- source_link=lib/ring_buffer.js -->
<p><strong>Source Code:</strong> <a href="https://github.com/nodejs/node/blob/v24.11.1/lib/ring_buffer.js">lib/ring_buffer.js</a></p>
${ndIntro.map((p) => `<p>${p}</p>`).join('\n')}
${ndCode}
<p>${ndOnly}</p>
<section>${ndHead(3, ndH[0])}
${ndAdded('v24.2.0')}
<p>${ndClass}</p>
<section>${ndHead(4, ndH[1])}
<div class="api_metadata">
<details class="changelog"><summary>History</summary>
<table>
<tbody><tr><th>Version</th><th>Changes</th></tr>
<tr><td>v24.9.0</td>\n<td><p>${ndHistory}</p></td></tr>
<tr><td>v24.2.0</td>\n<td><p><span>Added in: v24.2.0</span></p></td></tr>
</tbody></table>
</details>
</div>
<ul>
<li>${ndCtorArgs[0]}</li>
<li>${ndCtorArgs[1]}
${ndList([ndOverwrite])}
</li>
</ul>
<p>${ndCtor}</p>
</section><section>${ndHead(4, ndH[2])}
${ndAdded('v24.2.0')}
${ndList(ndPushArgs)}
<p>${ndPush}</p>
</section><section>${ndHead(4, ndH[3])}
${ndAdded('v24.2.0')}
${ndList(ndShiftArgs)}
<p>${ndShift}</p>
</section><section>${ndHead(4, ndH[4])}
${ndAdded('v24.6.0')}
${ndList(ndResizeArgs)}
<p>${ndResize}</p>
</section><section>${ndHead(4, ndH[5])}
${ndAdded('v24.2.0')}
${ndList(ndLengthArgs)}
<p>${ndLength}</p>
</section><section>${ndHead(4, ndH[6])}
${ndAdded('v24.2.0')}
${ndList(ndIterArgs)}
<p>${ndIter}</p>
${ndExample}</section></section>
        <!-- API END -->
      </div>
    </div>
  </div>
</body>
</html>`;
export const nodeApiPage: TestPage = {
  html: ndHtml,
  name: 'heldout57-nodejs-api-docs',
  kind: 'docs',
  // the module's h2 is the title (the page's h1 is the site's "Node.js v24.11.1 documentation": furniture); the class and
  // member h3/h4 headings are headings though they are API names in <code> (they are the page's real section heads); the
  // stability line, the "Added in:" lines and the History table's change texts are the docs' own version notes: body (the
  // table's "Version" / "Changes" header cells in neither list); the typed parameter and "Returns:" items are list items:
  // body; the "Source Code:" line is the source link: furniture; the two code blocks and
  // their "copy" buttons in neither; the left column, the pickers (its table of contents repeats the headings: those entries in
  // neither list), the versions and options are furniture; nav entries and labels that are words of the body ("Buffer",
  // "Errors", "Events", "Process", the "History" toggle and the "Options" picker) are left out of furniture; no byline
  title: ndTitle,
  headings: texts(ndH),
  body: texts([
    ndStab,
    ...ndIntro,
    ndOnly,
    ndAdded('v24.2.0'),
    ndClass,
    ndHistory,
    'Added in: v24.2.0',
    ...ndCtorArgs,
    ndOverwrite,
    ndCtor,
    ndAdded('v24.2.0'),
    ...ndPushArgs,
    ndPush,
    ndAdded('v24.2.0'),
    ...ndShiftArgs,
    ndShift,
    ndAdded('v24.6.0'),
    ...ndResizeArgs,
    ndResize,
    ndAdded('v24.2.0'),
    ...ndLengthArgs,
    ndLength,
    ndAdded('v24.2.0'),
    ...ndIterArgs,
    ndIter,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Node.js', 'About this documentation', 'Usage and example',
    ...ndNav.filter((t) => !['Buffer', 'Errors', 'Events', 'Process', 'Ring buffer'].includes(t)),
    'Code repository and issue tracker', 'Node.js v24.11.1 documentation', 'Table of contents', 'Index', 'Other versions', ...ndVersions,
    'View on single page', 'View as JSON', 'Edit on GitHub', 'Source Code:', 'lib/ring_buffer.js',
  ],
};
