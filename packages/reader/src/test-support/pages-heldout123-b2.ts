import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 123, file b2: a Node.js API docs page as the nodejs.org doc tool writes it ("Skip to content", the left
 * column listing every module, the "Node.js v24.11.0 documentation" h1 above the module's own h2 title, the theme toggle,
 * the gtoc pickers (table of contents, index, other versions, options), the open "Table of contents" details element that
 * repeats the headings, the stability box, the "Source Code:" line, "Added in:" metadata, "#" marks in every heading, and
 * typed parameter lists).
 */
const ndTitle = 'Rate limiter';
const ndH = ['Class: TokenBucket', 'new TokenBucket(options)', 'bucket.available', 'bucket.take([count])', 'bucket.tryTake([count])', "Event: 'drained'"];
const ndHtmlH = [
  'Class: <code>TokenBucket</code>',
  '<code>new TokenBucket(options)</code>',
  '<code>bucket.available</code>',
  '<code>bucket.take([count])</code>',
  '<code>bucket.tryTake([count])</code>',
  "Event: <code>'drained'</code>",
];
const ndIds = ['class-tokenbucket', 'new-tokenbucketoptions', 'bucketavailable', 'buckettakecount', 'buckettrytakecount', 'event-drained'];
const ndType = (t: string): string =>
  `<a href="https://developer.mozilla.org/en-US/docs/Web/JavaScript/Data_structures#${t}_type" class="type">&lt;${t}&gt;</a>`;
const ndP1 = [
  'The <code>node:ratelimit</code> module provides a token bucket for limiting how often an operation may run. It is intended for ' +
    'code that calls rate-limited services, such as outbound HTTP APIs, and for servers that need a simple per-client limit ' +
    'without an external store.',
  'It can be accessed using:',
];
const ndP2 = [
  'A bucket holds up to <code>capacity</code> tokens and gains <code>refillRate</code> tokens every second, up to its capacity. ' +
    'Each operation takes one or more tokens. When the bucket is empty, callers can either fail fast with ' +
    '<code>bucket.tryTake()</code> or wait for tokens with <code>bucket.take()</code>.',
];
const ndP3 = [
  `Extends: <a href="events.html#class-eventemitter" class="type">&lt;EventEmitter&gt;</a>`,
  'A <code>TokenBucket</code> instance tracks tokens for one limit. Instances are not shared between worker threads; create one ' +
    'bucket per thread, or pass work to a single thread that owns the bucket.',
];
const ndOpts = `<code>options</code> ${ndType('Object')}`;
const ndOptList = [
  `<code>capacity</code> ${ndType('integer')} The largest number of tokens the bucket can hold. Must be at least <code>1</code>.`,
  `<code>refillRate</code> ${ndType('number')} Tokens added per second. May be fractional. <strong>Default:</strong> <code>1</code>.`,
  `<code>initial</code> ${ndType('integer')} Tokens in the bucket when it is created. <strong>Default:</strong> <code>capacity</code>.`,
  `<code>signal</code> ${ndType('AbortSignal')} Rejects all pending <code>take()</code> calls when aborted.`,
];
// the descriptions of the typed parameter items (the item text after the name and its <type>)
const ndOptDesc = [
  'The largest number of tokens the bucket can hold. Must be at least <code>1</code>.',
  'Tokens added per second. May be fractional. <strong>Default:</strong> <code>1</code>.',
  'Tokens in the bucket when it is created. <strong>Default:</strong> <code>capacity</code>.',
  'Rejects all pending <code>take()</code> calls when aborted.',
];
const ndTakeDesc = [
  'Number of tokens to take. <strong>Default:</strong> <code>1</code>.',
  'Fulfills with <code>undefined</code> once the tokens have been taken.',
];
const ndP4 = ['The bucket refills lazily: no timer runs while nobody is waiting, so an idle bucket does not keep the event loop alive.'];
const ndAvail = [`Type: ${ndType('integer')}`];
const ndP5 = ['The number of whole tokens currently in the bucket, after applying any refill that has come due since the last call.'];
const ndTakeList = [
  `<code>count</code> ${ndType('integer')} Number of tokens to take. <strong>Default:</strong> <code>1</code>.`,
  `Returns: ${ndType('Promise')} Fulfills with <code>undefined</code> once the tokens have been taken.`,
];
const ndP6 = [
  'Waits until <code>count</code> tokens are available and takes them. Calls are served in the order they were made, so a large ' +
    'request is not starved by a stream of small ones. If <code>count</code> is greater than <code>capacity</code>, the promise ' +
    'rejects with <a href="errors.html#err_out_of_range"><code>ERR_OUT_OF_RANGE</code></a>.',
];
const ndTryList = [`<code>count</code> ${ndType('integer')} <strong>Default:</strong> <code>1</code>.`, `Returns: ${ndType('boolean')}`];
const ndP7 = [
  'Takes <code>count</code> tokens and returns <code>true</code> if enough are available right now; otherwise it takes nothing ' +
    'and returns <code>false</code>. It never waits and never joins the queue.',
];
const ndP8 = [
  'Emitted when the last token is taken while at least one caller is waiting. Listeners can use this event to log that a limit ' +
    'is being reached, or to shed load before the queue grows.',
];
const ndModules = [
  'Assertion testing',
  'Asynchronous context tracking',
  'Async hooks',
  'Buffer',
  'C++ addons',
  'Child processes',
  'Cluster',
  'Command-line options',
  'Console',
  'Crypto',
  'Debugger',
  'Diagnostics Channel',
  'DNS',
  'Errors',
  'Events',
  'File system',
  'Globals',
  'HTTP',
  'Modules: ECMAScript modules',
  'Net',
  'OS',
  'Path',
  'Process',
  'Readline',
  'Stream',
  'Test runner',
  'Timers',
  'URL',
  'Utilities',
  'Worker threads',
  'Zlib',
];
const ndVersions = ['25.x', '24.x LTS', '23.x', '22.x LTS', '20.x LTS'];
const ndLi = (a: readonly string[]): string => a.map((t) => `<li>${t}</li>`).join('\n');
const ndPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ndHead = (i: number, tag: string): string =>
  `<${tag}>${ndHtmlH[i]}<span><a class="mark" href="#${ndIds[i]}" id="${ndIds[i]}">#</a></span><a aria-hidden="true" class="legacy"
id="ratelimit_${ndIds[i]?.replace(/-/g, '_')}"></a></${tag}>`;
const ndAdded = '<div class="api_metadata"><span>Added in: v24.4.0</span></div>';
const ndNavList = (cls: string): string =>
  ndModules.map((t) => `<li><a href="${t.toLowerCase().replace(/[^a-z]+/g, '_')}.html" class="nav-${cls}${t.length}">${t}</a></li>`).join('\n');
const ndHtml = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <meta name="nodejs.org:node-version" content="v24.11.0">
  <title>Rate limiter | Node.js v24.11.0 Documentation</title>
  <link rel="preconnect" href="https://fonts.googleapis.com">
  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
  <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lato:ital,wght@0,400;0,700;1,400&display=fallback">
  <link rel="stylesheet" href="assets/style.css">
  <link rel="stylesheet" href="assets/hljs.css">
  <link rel="canonical" href="https://nodejs.org/api/ratelimit.html">
  <script async defer src="assets/api.js" type="text/javascript"></script>
  <script>
      const storedTheme = localStorage.getItem('theme');
      const mq = window.matchMedia('(prefers-color-scheme: dark)');
      if (storedTheme === 'dark' || (storedTheme == null && mq.matches)) { document.documentElement.classList.add('dark-mode'); }
  </script>
</head>
<body class="alt apidoc" id="api-section-ratelimit">
  <a href="#apicontent" class="skip-to-content">Skip to content</a>
  <div id="content" class="clearfix">
    <div role="navigation" id="column2" class="interior">
      <div id="intro" class="interior"><a href="/" title="Go back to the home page">Node.js</a></div>
      <ul>
<li><a href="documentation.html" class="nav-documentation">About this documentation</a></li>
<li><a href="synopsis.html" class="nav-synopsis">Usage and example</a></li>
</ul>
<hr class="line">
<ul>
${ndNavList('a')}
<li><a href="ratelimit.html" class="nav-ratelimit active">Rate limiter</a></li>
</ul>
<hr class="line">
<ul>
<li><a href="https://github.com/nodejs/node">GitHub repository and issue tracker</a></li>
</ul>
    </div>
    <div id="column1" data-id="ratelimit" class="interior">
      <header class="header">
        <div class="header-container">
          <h1>Node.js v24.11.0 documentation</h1>
          <button class="theme-toggle-button" id="theme-toggle-btn" title="Toggle dark mode/light mode" aria-label="Toggle dark mode/light mode">
            <svg xmlns="http://www.w3.org/2000/svg" height="24" width="24" class="icon dark-icon"><path fill="none" d="M0 0h24v24H0z"/></svg>
          </button>
        </div>
        <div id="gtoc">
          <ul>
            <li class="pinned-header">Node.js v24.11.0</li>
            <li class="picker-header"><a href="#toc-picker" aria-controls="toc-picker"><span class="picker-arrow"></span>Table of contents</a>
              <div class="picker" tabindex="-1"><div class="toc"><ul id="toc-picker">
${ndH.map((t, i) => `<li><a href="#${ndIds[i]}">${t}</a></li>`).join('\n')}</ul></div></div></li>
            <li class="picker-header"><a href="#gtoc-picker" aria-controls="gtoc-picker"><span class="picker-arrow"></span>Index</a>
              <div class="picker" tabindex="-1" id="gtoc-picker"><ul>${ndNavList('b')}</ul></div></li>
            <li class="picker-header"><a href="#alt-docs" aria-controls="alt-docs"><span class="picker-arrow"></span>Other versions</a>
              <div class="picker" tabindex="-1"><ol id="alt-docs">
${ndVersions
  .map((v) => `<li><a href="https://nodejs.org/docs/latest-v${v.split('.')[0]}.x/api/ratelimit.html">${v.replace(' LTS', ' <b>LTS</b>')}</a></li>`)
  .join('\n')}
              </ol></div></li>
            <li class="picker-header"><a href="#options-picker" aria-controls="options-picker"><span class="picker-arrow"></span>Options</a>
              <div class="picker" tabindex="-1" id="options-picker"><ul>
                <li><a href="all.html">View on single page</a></li>
                <li><a href="ratelimit.json">View as JSON</a></li>
                <li class="edit_on_github"><a href="https://github.com/nodejs/node/edit/main/doc/api/ratelimit.md">Edit on GitHub</a></li>
              </ul></div></li>
          </ul>
        </div>
        <hr>
      </header>
      <details role="navigation" id="toc" open><summary>Table of contents</summary><ul>
<li><span class="stability_1"><a href="#rate-limiter">Rate limiter</a></span><ul>
${ndH.map((t, i) => `<li><a href="#${ndIds[i]}">${t}</a></li>`).join('\n')}</ul></li></ul></details>
      <div role="main" id="apicontent">
        <h2>Rate limiter<span><a class="mark" href="#rate-limiter" id="rate-limiter">#</a></span><a aria-hidden="true" class="legacy"
        id="ratelimit_rate_limiter"></a></h2>
<div class="api_stability api_stability_1"><a href="documentation.html#stability-index">Stability: 1</a> - Experimental</div>
<p><strong>Source Code:</strong> <a href="https://github.com/nodejs/node/blob/v24.11.0/lib/ratelimit.js">lib/ratelimit.js</a></p>
${ndPs(ndP1)}
<pre><code class="language-mjs"><span class="hljs-keyword">import</span> { <span class="hljs-title class_">TokenBucket</span> } <span
class="hljs-keyword">from</span> <span class="hljs-string">'node:ratelimit'</span>;</code></pre>
${ndPs(ndP2)}
<pre><code class="language-mjs"><span class="hljs-keyword">const</span> bucket = <span class="hljs-keyword">new</span> <span
class="hljs-title class_">TokenBucket</span>({ <span class="hljs-attr">capacity</span>: <span class="hljs-number">10</span>, <span
class="hljs-attr">refillRate</span>: <span class="hljs-number">2</span> });
<span class="hljs-keyword">for</span> (<span class="hljs-keyword">const</span> url <span class="hljs-keyword">of</span> urls) {
  <span class="hljs-keyword">await</span> bucket.<span class="hljs-title function_">take</span>();
  <span class="hljs-keyword">await</span> <span class="hljs-title function_">fetch</span>(url);
}</code></pre>
<section>${ndHead(0, 'h3')}
${ndAdded}
${ndPs(ndP3)}
<section>${ndHead(1, 'h4')}
${ndAdded}
<ul>
<li>${ndOpts}
<ul>
${ndLi(ndOptList)}
</ul>
</li>
</ul>
${ndPs(ndP4)}
</section><section>${ndHead(2, 'h4')}
${ndAdded}
<ul>
${ndLi(ndAvail)}
</ul>
${ndPs(ndP5)}
</section><section>${ndHead(3, 'h4')}
${ndAdded}
<ul>
${ndLi(ndTakeList)}
</ul>
${ndPs(ndP6)}
</section><section>${ndHead(4, 'h4')}
${ndAdded}
<ul>
${ndLi(ndTryList)}
</ul>
${ndPs(ndP7)}
</section><section>${ndHead(5, 'h4')}
${ndAdded}
${ndPs(ndP8)}
</section></section>
        <!-- API END -->
      </div>
    </div>
  </div>
</body>
</html>`;
export const nodeApi: TestPage = {
  html: ndHtml,
  name: 'heldout123-nodejs-api-docs',
  kind: 'docs',
  // the module's h2 is the title (the page's h1 is the docs set's name, furniture); the stability box, the "Source Code:"
  // line and the "Added in:" metadata are in neither list; in the typed parameter lists only each item's description is
  // body, its parameter name and <type> (and items that are only a type, like "Returns: <boolean>" or "Extends:
  // <EventEmitter>") are in neither list; the TOC details and pickers repeating the headings are left out
  title: ndTitle,
  headings: ndH,
  body: texts([...ndP1, ...ndP2, ndP3[1] ?? '', ...ndOptDesc, ...ndP4, ...ndP5, ...ndTakeDesc, ...ndP6, ...ndP7, ...ndP8]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Node.js', 'About this documentation', 'Usage and example', ...ndModules, 'GitHub repository and issue tracker',
    'Node.js v24.11.0 documentation', 'Node.js v24.11.0', 'Table of contents', 'Index', 'Other versions', ...ndVersions, 'Options',
    'View on single page', 'View as JSON', 'Edit on GitHub',
  ],
};
