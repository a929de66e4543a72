import { ps, type TestPage, texts } from './page-kit.js';
import { jsdoc } from './pages-heldout318-d2.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file d: a TypeDoc class page in the default theme (toolbar with search and title, breadcrumb, the
 * class comment with an @example, hierarchy and "Defined in" sources, the index accordion, member groups with signatures,
 * parameter lists and returns, the settings panel with member visibility and theme, the "On This Page" list, the site
 * menu and the generator footer) and, from file d2, a JSDoc class page in the default template.
 */
const tTitle = 'Class RetryPolicy';
const tDesc = [
  j(
    'Decides whether a failed request should be sent again, and how long to wait first. A policy is immutable and can be',
    'shared by every client in a process.',
  ),
  j(
    'Delays grow exponentially from <code>baseDelay</code> and are capped at <code>maxDelay</code>. Each delay is then',
    'reduced by a random amount of up to half its length, so that a fleet of clients that failed together does not retry',
    'together.',
  ),
  j(
    'Policies are plain values: comparing two policies with the same options gives equal results, and a policy can be',
    'logged or sent to a worker as JSON. This makes it easy to check in a test that a client was built with the limits you',
    'meant it to have.',
  ),
  'Only idempotent methods are retried by default. A POST is retried when the request carries an <code>Idempotency-Key</code> header.',
];
const tCtor = ['Creates a policy. Options that are left out take the defaults described on <code>RetryOptions</code>.'];
const tCtorParam = 'The limits of the policy. Pass an empty object to get five attempts with delays between 100 ms and 10 s.';
const tDelay = [
  j(
    'Returns the number of milliseconds to wait before the given attempt. When the server sent a <code>Retry-After</code>',
    'header, its value wins over the computed delay, as long as it is not longer than <code>maxDelay</code>.',
  ),
];
const tDelayParams = ['The attempt that is about to be made, counting the first retry as 1.', 'The response that failed, if there was one.'];
const tShould = [
  j(
    'Tells whether a request that failed with the given error or response should be tried again. Network errors and the',
    'statuses 408, 429, 502, 503 and 504 are retryable; every other status is final.',
  ),
  'The answer is always false once the attempt count reaches <code>maxAttempts</code>.',
];
const tShouldParams = ['The number of attempts made so far.', 'The thrown error, or the response with its status.'];
const tNav = ['@loomwork/fetch', 'Client', 'FetchError', 'RetryPolicy', 'RetryOptions', 'createClient'];
const sig = (h: string, params: [string, string, string][], ret: string, line: number): string => `<li class="tsd-description">
<div class="tsd-comment tsd-typography">${h}</div><div class="tsd-parameters"><h4 class="tsd-parameters-title">Parameters</h4><ul class="tsd-parameter-list">
${params
  .map(
    ([n, t, d]) => `<li><span><span class="tsd-kind-parameter">${n}</span>: <span class="tsd-signature-type">${t}</span></span>
<div class="tsd-comment tsd-typography"><p>${d}</p></div></li>`,
  )
  .join('\n')}</ul></div>
<h4 class="tsd-returns-title">Returns <span class="tsd-signature-type">${ret}</span></h4><aside class="tsd-sources"><ul><li>Defined in
<a href="https://github.com/loomwork/fetch/blob/4e2a91c/src/retry.ts#L${line}">src/retry.ts:${line}</a></li></ul></aside></li>`;
const member = (id: string, name: string, signature: string, body: string): string => `<section class="tsd-panel tsd-member">
<a id="${id}" class="tsd-anchor"></a><h3 class="tsd-anchor-link"><span>${name}</span><a href="#${id}" aria-label="Permalink" class="tsd-anchor-icon">
<svg viewBox="0 0 24 24"><use href="../assets/icons.svg#icon-anchor"></use></svg></a></h3><ul class="tsd-signatures">
<li class="tsd-signature tsd-anchor-link" id="${id}-1">${signature}</li>${body}</ul></section>`;
const tHtml = `<!DOCTYPE html><html class="default" lang="en"><head><meta charset="utf-8"/><meta http-equiv="x-ua-compatible" content="IE=edge"/>
<title>RetryPolicy | @loomwork/fetch</title><meta name="description" content="Documentation for @loomwork/fetch"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="../assets/style.css"/>
<link rel="stylesheet" href="../assets/highlight.css"/><script defer src="../assets/main.js"></script>
<script async src="../assets/icons.js" id="tsd-icons-script"></script><script async src="../assets/search.js" id="tsd-search-script"></script>
<script async src="../assets/navigation.js" id="tsd-nav-script"></script></head>
<body><script>document.documentElement.dataset.theme = localStorage.getItem("tsd-theme") || "os";document.body.style.display="none";
setTimeout(() => app ? app.showPage() : document.body.style.removeProperty("display"),500)</script>
<header class="tsd-page-toolbar"><div class="tsd-toolbar-contents container"><div class="table-cell" id="tsd-search" data-base="..">
<div class="field"><label for="tsd-search-field" class="tsd-widget tsd-toolbar-icon search no-caption"><svg width="16" height="16"></svg></label>
<input type="text" id="tsd-search-field" aria-label="Search"/></div><div class="field"><div id="tsd-toolbar-links"></div></div>
<ul class="results"><li class="state loading">Preparing search index...</li><li class="state failure">The search index is not available</li></ul>
<a href="../index.html" class="title">@loomwork/fetch</a></div><div class="table-cell" id="tsd-widgets">
<a href="#" class="tsd-widget tsd-toolbar-icon menu no-caption" data-toggle="menu" aria-label="Menu"><svg width="16" height="16"></svg></a></div></div></header>
<div class="container container-main"><div class="col-content"><div class="tsd-page-title"><ul class="tsd-breadcrumb">
<li><a href="../modules.html">@loomwork/fetch</a></li><li><a href="RetryPolicy.html">RetryPolicy</a></li></ul><h1>${tTitle}</h1></div>
<section class="tsd-panel tsd-comment"><div class="tsd-comment tsd-typography">${ps(tDesc)}</div><div class="tsd-comment tsd-typography">
<h4>Example</h4><pre><code class="ts"><span class="hl-0">const</span> policy = <span class="hl-0">new</span> RetryPolicy({ maxAttempts: 3 });
</code><button>Copy</button></pre></div></section>
<section class="tsd-panel tsd-hierarchy"><h4>Hierarchy</h4><ul class="tsd-hierarchy"><li><span class="target">RetryPolicy</span></li></ul></section>
<aside class="tsd-sources"><ul><li>Defined in <a href="https://github.com/loomwork/fetch/blob/4e2a91c/src/retry.ts#L18">src/retry.ts:18</a></li></ul></aside>
<section class="tsd-panel-group tsd-index-group"><section class="tsd-panel tsd-index-panel"><details class="tsd-index-content tsd-index-accordion" open>
<summary class="tsd-accordion-summary tsd-index-summary"><h5 class="tsd-index-heading uppercase" role="button" aria-expanded="false" tabIndex="0">
<svg width="20" height="20"></svg> Index</h5></summary><div class="tsd-accordion-details"><section class="tsd-index-section">
<h3 class="tsd-index-heading">Constructors</h3><div class="tsd-index-list"><a href="#constructor" class="tsd-index-link"><span>constructor</span></a></div>
</section><section class="tsd-index-section"><h3 class="tsd-index-heading">Methods</h3><div class="tsd-index-list">
<a href="#delayFor" class="tsd-index-link"><span>delay<wbr/>For</span></a><a href="#shouldRetry" class="tsd-index-link"><span>should<wbr/>Retry</span></a>
</div></section></div></details></section></section>
<section class="tsd-panel-group tsd-member-group"><h2>Constructors</h2>
${member(
  'constructor',
  'constructor',
  'new <span class="tsd-kind-constructor-signature">RetryPolicy</span>(options?): RetryPolicy',
  sig(ps(tCtor), [['options', 'RetryOptions', tCtorParam]], 'RetryPolicy', 31),
)}
</section><section class="tsd-panel-group tsd-member-group"><h2>Methods</h2>
${member(
  'delayFor',
  'delayFor',
  '<span class="tsd-kind-call-signature">delayFor</span>(attempt, response?): number',
  sig(
    ps(tDelay),
    [
      ['attempt', 'number', tDelayParams[0] ?? ''],
      ['response', 'Response', tDelayParams[1] ?? ''],
    ],
    'number',
    58,
  ),
)}
${member(
  'shouldRetry',
  'shouldRetry',
  '<span class="tsd-kind-call-signature">shouldRetry</span>(attempt, outcome): boolean',
  sig(
    ps(tShould),
    [
      ['attempt', 'number', tShouldParams[0] ?? ''],
      ['outcome', 'Error | Response', tShouldParams[1] ?? ''],
    ],
    'boolean',
    77,
  ),
)}</section></div>
<div class="col-sidebar"><div class="page-menu"><div class="tsd-navigation settings"><details class="tsd-index-accordion">
<summary class="tsd-accordion-summary">
<h3><svg width="20" height="20"></svg>Settings</h3></summary><div class="tsd-accordion-details"><div class="tsd-filter-visibility">
<h4 class="uppercase">Member Visibility</h4><form><ul id="tsd-filter-options"><li class="tsd-filter-item"><label class="tsd-filter-input">
<input type="checkbox" id="tsd-filter-protected" name="protected"/><span>Protected</span></label></li><li class="tsd-filter-item">
<label class="tsd-filter-input"><input type="checkbox" id="tsd-filter-inherited" name="inherited" checked/><span>Inherited</span></label></li>
<li class="tsd-filter-item"><label class="tsd-filter-input"><input type="checkbox" id="tsd-filter-external" name="external"/><span>External</span></label></li>
</ul></form></div><div class="tsd-theme-toggle"><h4 class="uppercase">Theme</h4><select id="tsd-theme"><option value="os">OS</option>
<option value="light">Light</option><option value="dark">Dark</option></select></div></div></details></div>
<details open class="tsd-index-accordion tsd-page-navigation"><summary class="tsd-accordion-summary"><h3><svg width="20" height="20"></svg>On This Page</h3>
</summary><div class="tsd-accordion-details"><ul><li><a href="#constructor"><span>constructor</span></a></li><li><a href="#delayFor">
<span>delay<wbr/>For</span></a></li>
<li><a href="#shouldRetry"><span>should<wbr/>Retry</span></a></li></ul></div></details></div>
<div class="site-menu"><nav class="tsd-navigation"><a href="../modules.html" class="current"><span>${tNav[0]}</span></a>
<ul class="tsd-small-nested-navigation" id="tsd-nav-container">${tNav
  .slice(1)
  .map((n) => `<li><a href="../classes/${n}.html"><svg width="16" height="16"></svg><span>${n}</span></a></li>`)
  .join('\n')}</ul></nav></div></div></div>
<footer><p class="tsd-generator">Generated using <a href="https://typedoc.org/" target="_blank">TypeDoc</a></p></footer><div class="overlay"></div></body>
</html>`;
const typedoc: TestPage = {
  name: 'heldout318-typedoc-class',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Constructors', 'constructor', 'Methods', 'delayFor', 'shouldRetry'],
  body: texts([...tDesc, ...tCtor, tCtorParam, ...tDelay, ...tDelayParams, ...tShould, ...tShouldParams]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Preparing search index...', 'The search index is not available', '@loomwork/fetch', 'Hierarchy', 'Settings', 'Member Visibility', 'Protected',
    'Inherited', 'External', 'Theme', 'Light', 'Dark', 'On This Page', 'Client', 'FetchError', 'createClient', 'Generated using TypeDoc',
  ],
};

export const HELDOUT318_D: readonly TestPage[] = [typedoc, jsdoc];
