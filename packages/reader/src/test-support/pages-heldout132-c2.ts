import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 132, file c2: a Node.js API documentation page (the apidoc template: the skip link, the left column
 * with the module index, the header whose h1 is the site title, the gtoc bar with its Table of contents / Index / Other
 * versions / Options pickers, the open "Table of contents" details element, the module title as an h2 with a "#" mark,
 * the stability index, the "Source Code:" line, "Added in" metadata, a History table in a details element, h3 and h4
 * API headings written in code, parameter lists with nested items and type links, and "Returns:" lines).
 */
const dTitle = 'Throttle';
const dP1 = [
  `The <code>node:throttle</code> module provides a token bucket that limits how often a piece of work may run. It is
meant for code that calls a rate-limited service, writes to a slow device, or must not flood a log.`,
  'To access it:',
  'This module is only available under the <code>node:</code> scheme.',
  `A bucket starts full. Each call to take or wait removes tokens, and tokens are added back at a fixed rate until the
bucket reaches its capacity. Work that cannot get a token either fails straight away or waits for one, depending on
which method is used.`,
];
const dH1 = 'Class: TokenBucket';
const dP2 = ['A <code>TokenBucket</code> holds the state for one limit. Create one bucket for each limit you want to enforce.'];
const dH2 = 'new TokenBucket(options)';
const dOpts = [
  'options &lt;Object&gt;',
  'capacity &lt;integer&gt; The largest number of tokens the bucket can hold. <strong>Default:</strong> 10.',
  'refillPerSecond &lt;number&gt; How many tokens are added each second. Fractions are allowed. <strong>Default:</strong> 1.',
  'initial &lt;integer&gt; The number of tokens in the bucket when it is created. <strong>Default:</strong> capacity.',
];
const dP3 = [
  `Throws <code>ERR_OUT_OF_RANGE</code> if <code>capacity</code> is less than 1 or <code>refillPerSecond</code> is not
greater than 0.`,
];
const dH3 = 'tokenBucket.take([count])';
const dTake = ['count &lt;integer&gt; The number of tokens to remove. <strong>Default:</strong> 1.', 'Returns: &lt;boolean&gt;'];
const dP4 = [
  `Removes <code>count</code> tokens and returns <code>true</code> if the bucket holds at least that many. Otherwise the
bucket is left unchanged and <code>false</code> is returned. This method never waits.`,
];
const dH4 = 'tokenBucket.wait([count][, options])';
const dWait = [
  'count &lt;integer&gt; <strong>Default:</strong> 1.',
  'options &lt;Object&gt;',
  'signal &lt;AbortSignal&gt; Allows a pending wait to be cancelled.',
  'Returns: &lt;Promise&gt; Fulfills with undefined once the tokens have been removed.',
];
const dP5 = [
  `Waits until <code>count</code> tokens are available, then removes them. Waiting calls are served in the order they
were made, so a large request is not starved by a stream of small ones.`,
  `If <code>signal</code> is aborted, the promise rejects with an <code>AbortError</code> and the call gives up its place
in the queue. If <code>count</code> is larger than the bucket’s capacity, the promise rejects at once with
<code>ERR_OUT_OF_RANGE</code>.`,
];
const dH5 = 'tokenBucket.available';
const dAvail = ['Type: &lt;number&gt;'];
const dP6 = [
  `The number of tokens in the bucket right now, including any added since the last call. The value may have a
fractional part.`,
];
const dH6 = 'throttle.wrap(fn, options)';
const dWrap = ['fn &lt;Function&gt; An async function to limit.', 'options &lt;Object&gt; Passed to new TokenBucket().', 'Returns: &lt;Function&gt;'];
const dP7 = [
  `Returns a function that waits for one token and then calls <code>fn</code> with the same arguments. This is the
simplest way to limit calls to an existing function:`,
];
const dMods = ['Assertion testing', 'Asynchronous context tracking', 'Async hooks', 'Buffer', 'C++ addons', 'Child processes', 'Cluster'];
const dMods2 = ['Command-line options', 'Console', 'Crypto', 'Debugger', 'Events', 'File system', 'HTTP', 'Net', 'Path', 'Streams', 'Timers'];
const dVers = ['24.x', '23.x', '22.x LTS', '21.x', '20.x LTS'];
const dOptions = ['View on single page', 'View as JSON', 'Edit on GitHub'];
/** The descriptions of API list items, without their leading name and type annotation. */
const api = (a: readonly string[]): string[] =>
  texts(a)
    .map((t) => t.replace(/^(?:\w+:? )?<\w+>\s*/, ''))
    .filter((t) => t !== '');
const dPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const dType = (s: string): string => s.replace(/&lt;(\w+)&gt;/, '<a href="https://developer.mozilla.org/" class="type">&lt;$1&gt;</a>');
const dLi = (t: string): string => `<li>${dType(t.replace(/^(\w+) /, '<code>$1</code> '))}</li>`;
const dMeta = (v: string): string => `<div class="api_metadata"><span>Added in: ${v}</span></div>`;
const dH = (tag: string, id: string, t: string): string => `<${tag}><code>${t}</code><span><a class="mark" href="#${id}" id="${id}">#</a></span>
<a aria-hidden="true" class="legacy" id="throttle_${id}"></a></${tag}>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="nodejs.org:node-version" content="v24.9.0"><title>Throttle | Node.js v24.9.0 Documentation</title>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lato:ital,wght@0,400;0,700;1,400&display=fallback">
<link rel="stylesheet" href="assets/style.css"><link rel="stylesheet" href="assets/hljs.css"><link rel="canonical" href="https://nodejs.org/api/throttle.html">
<script async defer src="assets/api.js" type="text/javascript"></script>
<script>const storedTheme = localStorage.getItem('theme'); const mq = window.matchMedia('(prefers-color-scheme: dark)');
if (storedTheme === 'dark' || (!storedTheme &amp;&amp; mq.matches)) { document.documentElement.classList.add('dark-mode'); }</script></head>
<body class="alt apidoc" id="api-section-throttle"><a href="#apicontent" class="skip-to-content">Skip to content</a>
<div id="content" class="clearfix"><div role="navigation" id="column2" class="interior"><div id="intro" class="interior">
<a href="/" title="Go back to the home page">Node.js</a></div><ul><li><a href="documentation.html" class="nav-documentation">About this documentation</a></li>
<li><a href="synopsis.html" class="nav-synopsis">Usage and example</a></li></ul><hr class="line"><ul>
${links(dMods)}${links(dMods2.slice(0, 6))}<li><a href="throttle.html" class="nav-throttle active">Throttle</a></li>${links(dMods2.slice(6))}
</ul><hr class="line"><ul><li><a href="https://github.com/nodejs/node">GitHub repository and issue tracker</a></li></ul></div>
<div id="column1" data-id="throttle" class="interior"><header class="header"><div class="header-container"><h1>Node.js v24.9.0 documentation</h1>
<button class="theme-toggle-btn" id="theme-toggle-btn" title="Toggle dark mode/light mode" aria-label="Toggle dark mode/light mode" hidden>
<svg xmlns="http://www.w3.org/2000/svg" class="icon dark-icon" height="24" width="24"></svg></button></div>
<div id="gtoc"><ul><li class="pinned-header">Node.js v24.9.0</li><li class="picker-header"><a href="#toc-picker" aria-controls="toc-picker">
<span class="picker-arrow"></span>Table of contents</a><div class="picker" tabindex="-1"><div class="toc"><ul id="toc-picker">
<li><a href="#throttle">Throttle</a></li></ul></div></div></li><li class="picker-header"><a href="#gtoc-picker" aria-controls="gtoc-picker">
<span class="picker-arrow"></span>Index</a><div class="picker" tabindex="-1" id="gtoc-picker"><ul><li><a href="index.html">Index</a></li></ul></div>
</li><li class="picker-header"><a href="#alt-docs" aria-controls="alt-docs"><span class="picker-arrow"></span>Other versions</a>
<div class="picker" tabindex="-1"><ol id="alt-docs">${dVers
  .map((v) => `<li><a href="https://nodejs.org/docs/latest-v${v.slice(0, 2)}.x/api/">${v}</a></li>`)
  .join('')}</ol></div></li><li class="picker-header"><a href="#options-picker" aria-controls="options-picker"><span class="picker-arrow"></span>Options</a>
<div class="picker" tabindex="-1"><ul id="options-picker"><li><a href="all.html">${dOptions[0]}</a></li><li><a href="throttle.json">${dOptions[1]}</a></li>
<li class="edit_on_github"><a href="https://github.com/nodejs/node/edit/main/doc/api/throttle.md">${dOptions[2]}</a></li></ul></div></li></ul></div>
<hr></header><details role="navigation" id="toc" open><summary>Table of contents</summary><ul><li><span class="stability_1">
<a href="#throttle">Throttle</a></span>
<ul><li><a href="#class-tokenbucket">${dH1}</a><ul><li><a href="#new-tokenbucketoptions"><code>${dH2}</code></a></li>
<li><a href="#tokenbuckettakecount"><code>${dH3}</code></a></li><li><a href="#tokenbucketwaitcount-options"><code>${dH4}</code></a></li>
<li><a href="#tokenbucketavailable"><code>${dH5}</code></a></li></ul></li><li><a href="#throttlewrapfn-options"><code>${dH6}</code></a></li>
</ul></li></ul></details><div role="main" id="apicontent">
<h2>${dTitle}<span><a class="mark" href="#throttle" id="throttle">#</a></span><a aria-hidden="true" class="legacy" id="throttle_throttle"></a></h2>
${dMeta('v23.4.0')}
<div class="api_stability api_stability_1"><a href="documentation.html#stability-index">Stability: 1</a> - Experimental</div>
<p><strong>Source Code:</strong> <a href="https://github.com/nodejs/node/blob/v24.9.0/lib/throttle.js">lib/throttle.js</a></p>
${dPs(dP1.slice(0, 2))}
<pre class="with-28-chars"><input class="js-flavor-toggle" type="checkbox" checked aria-label="Show modern ES modules syntax">
<code class="language-js mjs">import {
  TokenBucket } from 'node:throttle';</code><code class="language-js cjs">const { TokenBucket } = require('node:throttle');</code>
<button class="copy-button">copy</button></pre>
${dPs(dP1.slice(2))}
<section><h3>${dH1}<span><a class="mark" href="#class-tokenbucket" id="class-tokenbucket">#</a></span></h3>${dMeta('v23.4.0')}${dPs(dP2)}
<section>${dH('h4', 'new-tokenbucketoptions', dH2)}${dMeta('v23.4.0')}
<ul>${dLi(dOpts[0] ?? '').replace('</li>', '')}<ul>${dOpts.slice(1).map(dLi).join('\n')}</ul></li></ul>
${dPs(dP3)}</section>
<section>${dH('h4', 'tokenbuckettakecount', dH3)}${dMeta('v23.4.0')}<ul>${dLi(dTake[0] ?? '')}<li>Returns: ${dType('&lt;boolean&gt;')}</li></ul>
${dPs(dP4)}</section>
<section>${dH('h4', 'tokenbucketwaitcount-options', dH4)}<div class="api_metadata"><details class="changelog"><summary>History</summary>
<table><tbody><tr><th>Version</th><th>Changes</th></tr><tr><td>v24.2.0</td><td><p>The <code>signal</code> option is supported.</p></td></tr>
<tr><td>v23.4.0</td><td><p><span>Added in: v23.4.0</span></p></td></tr></tbody></table></details></div>
<ul>${dLi(dWait[0] ?? '')}${dLi(dWait[1] ?? '').replace('</li>', '')}<ul>${dLi(dWait[2] ?? '')}</ul></li><li>Returns: ${dType('&lt;Promise&gt;')}
Fulfills with <code>undefined</code> once the tokens have been removed.</li></ul>
${dPs(dP5)}</section>
<section>${dH('h4', 'tokenbucketavailable', dH5)}${dMeta('v23.4.0')}<ul><li>Type: ${dType('&lt;number&gt;')}</li></ul>${dPs(dP6)}</section></section>
<section><h3><code>${dH6}</code><span><a class="mark" href="#throttlewrapfn-options" id="throttlewrapfn-options">#</a></span></h3>${dMeta('v23.4.0')}
<ul>${dWrap.slice(0, 2).map(dLi).join('\n')}<li>Returns: ${dType('&lt;Function&gt;')}</li></ul>
${dPs(dP7)}
<pre><code class="language-js mjs">import { wrap } from 'node:throttle';

const send = wrap(postToWebhook, { capacity: 5, refillPerSecond: 2 });
for (const event of events) await send(event);</code><button class="copy-button">copy</button></pre></section>
<!-- API END --></div></div></div>
<script>'use strict'; { const kCustomPreference = 'customDarkTheme'; const userSettings = sessionStorage.getItem(kCustomPreference); }</script>
</body></html>`;
export const nodeApi: TestPage = {
  html: dHtml,
  name: 'heldout132-nodejs-api-docs',
  kind: 'docs',
  // the module title is the h2 (the header's h1 is the site title, furniture); the API headings written in code are
  // headings; in parameter, "Returns:" and "Type:" items the description is body and the name and type annotation
  // ("capacity <integer>", "Returns: <boolean>") are in neither list, like code; "Added in" lines, the stability
  // index, the History table and code are in neither list; "Source Code: lib/throttle.js" is furniture; the open "Table of
  // contents" list, which repeats the headings, is left out
  title: dTitle,
  headings: [dH1, dH2, dH3, dH4, dH5, dH6],
  body: [...texts(dP1), ...texts(dP2), ...api(dOpts), ...texts(dP3), ...api(dTake), ...texts(dP4), ...api(dWait), ...texts(dP5)].concat(
    api(dAvail),
    texts(dP6),
    api(dWrap),
    texts(dP7),
  ),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Node.js', 'About this documentation', 'Usage and example', ...dMods, ...dMods2, 'GitHub repository and issue tracker',
    'Node.js v24.9.0 documentation', 'Node.js v24.9.0', 'Table of contents', 'Index', 'Other versions', ...dVers, 'Options', ...dOptions,
    'Source Code: lib/throttle.js', 'History', 'copy',
  ],
};
