import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 26, file a2: a TypeDoc-generated API page for a module (TypeDoc 0.28 default theme: the theme script at the
 * top of the body, the toolbar with the search dialog, the breadcrumb, the module's doc comment with h2 sections, a code block
 * with its "Copy" button, the "Defined in" sources line, member groups as accordions with member summaries, the "Settings"
 * accordion, "On This Page", the site menu of modules and the "Generated using TypeDoc" footer).
 */
const tdTitle = 'Module retry';
const tdIntro =
  'Retry helpers for calls that fail for reasons worth trying again: dropped connections, timeouts, and <code>429</code> or ' +
  '<code>503</code> responses. Nothing in this module retries on its own. You either wrap a call with ' +
  '<a href="../functions/retry.withRetry.html" class="tsd-kind-function"><code>withRetry</code></a> or give a ' +
  '<a href="../classes/retry.RetryPolicy.html" class="tsd-kind-class">RetryPolicy</a> to the client, which then applies it to every request.';
const tdH1 = 'Choosing a policy';
const tdB1 = [
  'The default policy makes three attempts in total and waits between 200 milliseconds and 5 seconds before each new attempt. ' +
    'That suits interactive requests, where a user is waiting and a fourth attempt rarely helps.',
  'Background jobs can afford to wait longer. Raise <code>maxAttempts</code> and <code>maxDelayMs</code> together, and keep a ' +
    'deadline on the whole operation, so that a nightly job does not spend an hour retrying a request that will never succeed.',
];
const tdCode =
  '<span class="hl-0">import</span><span class="hl-1"> { </span><span class="hl-2">RetryPolicy</span><span class="hl-1">, </span>' +
  '<span class="hl-2">withRetry</span><span class="hl-1"> } </span><span class="hl-0">from</span><span class="hl-1"> </span>' +
  '<span class="hl-3">&quot;@larkspur/http/retry&quot;</span><span class="hl-1">;</span><br/><br/><span class="hl-4">const</span> ' +
  '<span class="hl-5">policy</span> <span class="hl-1">= </span><span class="hl-4">new</span> <span class="hl-6">RetryPolicy</span>' +
  '<span class="hl-1">({ </span><span class="hl-2">maxAttempts:</span> <span class="hl-7">6</span><span class="hl-1">, </span>' +
  '<span class="hl-2">maxDelayMs:</span> <span class="hl-7">30_000</span><span class="hl-1"> });</span><br/><span class="hl-4">const</span> ' +
  '<span class="hl-5">report</span> <span class="hl-1">= </span><span class="hl-0">await</span> <span class="hl-6">withRetry</span>' +
  '<span class="hl-1">(() =&gt; </span><span class="hl-2">client</span><span class="hl-1">.</span><span class="hl-6">get</span>' +
  '<span class="hl-1">(</span><span class="hl-3">&quot;/reports/daily&quot;</span><span class="hl-1">), </span><span class="hl-2">policy</span>' +
  '<span class="hl-1">);</span>';
const tdH2 = 'Backoff and jitter';
const tdB2 =
  'Each delay is drawn from the backoff strategy and then spread out with jitter, so that a hundred clients that failed at the ' +
  'same moment do not all come back at the same moment. Three jitter modes are available:';
const tdList = [
  '<code>&quot;full&quot;</code> picks a delay between zero and the computed backoff. It spreads the load best and is the default.',
  '<code>&quot;equal&quot;</code> keeps half of the backoff and randomizes the other half, so no retry comes back immediately.',
  '<code>&quot;none&quot;</code> uses the computed backoff as it is. Use it only in tests, where a predictable delay matters more than load.',
];
const tdH3 = 'Which errors are retried';
const tdB3 =
  'By default only network errors, timeouts and the status codes accepted by <a href="#isretryablestatus"><code>isRetryableStatus</code></a> ' +
  'are retried. A request whose body cannot be replayed, such as a stream, is never retried, whatever the policy says. Pass a ' +
  '<code>shouldRetry</code> callback to narrow the rules further, for example to stop retrying <code>POST</code> requests that are ' +
  'not idempotent.';
/** Member groups: group title, then [name, kind icon, page, summary] per member. */
const tdGroups: [string, [string, string, string, string][]][] = [
  [
    'Classes',
    [
      ['RetryPolicy', '128', 'classes/retry.RetryPolicy', 'How many attempts to make, which failures count, and how long to wait between attempts.'],
      ['RetryExhaustedError', '128', 'classes/retry.RetryExhaustedError', 'Thrown when the last attempt fails. Holds every error seen, in order.'],
    ],
  ],
  [
    'Interfaces',
    [
      ['RetryOptions', '256', 'interfaces/retry.RetryOptions', 'Options accepted by the RetryPolicy constructor. Every field is optional.'],
      ['RetryContext', '256', 'interfaces/retry.RetryContext', 'What a shouldRetry callback is told about the attempt that just failed.'],
    ],
  ],
  ['Type Aliases', [['BackoffStrategy', '2097152', 'types/retry.BackoffStrategy', 'A function from attempt number to delay in milliseconds, before jitter.']]],
  ['Variables', [['DEFAULT_POLICY', '32', 'variables/retry.DEFAULT_POLICY', 'Three attempts with full jitter, starting at 200 ms and capped at 5 seconds.']]],
  [
    'Functions',
    [
      ['withRetry', '64', 'functions/retry.withRetry', 'Calls a function until its promise resolves or the policy gives up.'],
      ['exponentialBackoff', '64', 'functions/retry.exponentialBackoff', 'Builds a BackoffStrategy that doubles the delay after each failed attempt.'],
      ['isRetryableStatus', '64', 'functions/retry.isRetryableStatus', 'True for the status codes 408, 425, 429, 500, 502, 503 and 504.'],
    ],
  ],
];
const tdModules = ['client', 'errors', 'retry', 'testing', 'transport'];
const icon = (id: string, label = ''): string =>
  `<svg class="tsd-kind-icon" viewBox="0 0 24 24"${label === '' ? ' aria-hidden="true"' : ` aria-label="${label}"`}><use
href="../assets/icons.svg#icon-${id}"></use></svg>`;
const anchor = (id: string): string =>
  `<a href="#${id}" aria-label="Permalink" class="tsd-anchor-icon"><svg viewBox="0 0 24 24" aria-hidden="true"><use
href="../assets/icons.svg#icon-anchor"></use></svg></a>`;
const slugOf = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const tdHead = (t: string): string => `<h2 id="${slugOf(t)}" class="tsd-anchor-link">${t}${anchor(slugOf(t))}</h2>`;
const chevron = '<svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true"><use href="../assets/icons.svg#icon-chevronDown"></use></svg>';
const tdGroupHtml = tdGroups
  .map(
    ([g, ms]) => `<section class="tsd-panel-group tsd-member-group"><details class="tsd-panel-group tsd-member-group tsd-accordion" open>
<summary class="tsd-accordion-summary" data-key="section-${g}">${chevron}<h2>${g}</h2></summary><dl class="tsd-member-summaries">
${ms
  .map(
    ([
      n,
      k,
      href,
      d,
    ]) => `<dt class="tsd-member-summary" id="${n.toLowerCase()}"><span class="tsd-member-summary-name">${icon(k, g.slice(0, -1))}<a href="../${href}.html"
>${n}</a>${anchor(n.toLowerCase())}</span></dt><dd class="tsd-member-summary"><p>${d}</p></dd>`,
  )
  .join('\n')}
</dl></details></section>`,
  )
  .join('\n');
const tdOnPage = [tdH1, tdH2, tdH3].map((h) => `<a href="#${slugOf(h)}"><span>${h}</span></a>`).join('');
const tdOnPageGroups = tdGroups
  .map(
    ([g, ms]) => `<details open class="tsd-accordion tsd-page-navigation-section"><summary class="tsd-accordion-summary"
data-key="section-${g}">${chevron}${g}</summary>
<div>${ms.map(([n, k]) => `<a href="#${n.toLowerCase()}">${icon(k)}<span>${n}</span></a>`).join('')}</div></details>`,
  )
  .join('\n');
const tdHtml = `<!DOCTYPE html><html class="default" lang="en" data-base="../"><head><meta charset="utf-8"/><meta http-equiv="x-ua-compatible"
content="IE=edge"/>
<title>retry | @larkspur/http</title><meta name="description" content="Documentation for @larkspur/http"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="../assets/style.css"/><link rel="stylesheet" href="../assets/highlight.css"/><script defer src="../assets/main.js"></script>
<script async src="../assets/icons.js" id="tsd-icons-script"></script><script async src="../assets/search.js" id="tsd-search-script"></script>
<script async src="../assets/navigation.js"
id="tsd-nav-script"></script></head><body><script>document.documentElement.dataset.theme = localStorage.getItem("tsd-theme")
 || "os";document.body.style.display="none";setTimeout(() => window.app?app.showPage():document.body.style.removeProperty("display"),500)</script>
<header class="tsd-page-toolbar"><div class="tsd-toolbar-contents container"><a href="../index.html" class="title">@larkspur/http</a><div
id="tsd-toolbar-links">
<a href="https://github.com/larkspur-dev/http">GitHub</a><a href="https://www.npmjs.com/package/@larkspur/http">npm</a></div>
<button id="tsd-search-trigger" class="tsd-widget" aria-label="Search"><svg width="16" height="16" viewBox="0 0 16 16" fill="none" aria-hidden="true">
<use href="../assets/icons.svg#icon-search"></use></svg></button><dialog id="tsd-search" aria-label="Search"><input role="combobox" id="tsd-search-input"
aria-controls="tsd-search-results" aria-autocomplete="list" aria-expanded="true" autocapitalize="off" autocomplete="off" placeholder="Search the docs"
maxLength="100"/>
<ul role="listbox" id="tsd-search-results"></ul><div id="tsd-search-status" aria-live="polite"
aria-atomic="true"><div>Preparing search index...</div></div></dialog>
<a href="#" class="tsd-widget menu" id="tsd-toolbar-menu-trigger" data-toggle="menu" aria-label="Menu"><svg width="16" height="16" viewBox="0 0 16 16"
fill="none"
aria-hidden="true"><use href="../assets/icons.svg#icon-menu"></use></svg></a></div></header>
<div class="container container-main"><div class="col-content"><div class="tsd-page-title"><ul class="tsd-breadcrumb" aria-label="Breadcrumb">
<li><a href="" aria-current="page">retry</a></li></ul><h1>${tdTitle}</h1></div>
<section class="tsd-panel tsd-comment"><div class="tsd-comment tsd-typography"><p>${tdIntro}</p>
${tdHead(tdH1)}<p>${tdB1[0]}</p>
<p>${tdB1[1]}</p>
<pre><code class="ts">${tdCode}</code><button type="button">Copy</button></pre>
${tdHead(tdH2)}<p>${tdB2}</p>
<ul>
${tdList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${tdHead(tdH3)}<p>${tdB3}</p>
</div></section><aside class="tsd-sources"><ul><li>Defined in <a
href="https://github.com/larkspur-dev/http/blob/4f2c9e1/src/retry/index.ts#L1">src/retry/index.ts:1</a>
</li></ul></aside>
${tdGroupHtml}
</div><div class="col-sidebar"><div class="page-menu"><div class="tsd-navigation settings"><details class="tsd-accordion"><summary
class="tsd-accordion-summary">
${chevron}<h3>Settings</h3></summary><div class="tsd-accordion-details"><div class="tsd-filter-visibility"><span class="settings-label">Member Visibility</span>
<ul id="tsd-filter-options"><li class="tsd-filter-item"><label class="tsd-filter-input"><input type="checkbox" id="tsd-filter-protected" name="protected"/>
<svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true"><rect class="tsd-checkbox-background" width="30" height="30" x="1" y="1" rx="6" fill="none">
</rect></svg><span>Protected</span></label></li><li class="tsd-filter-item"><label class="tsd-filter-input"><input type="checkbox" id="tsd-filter-inherited"
name="inherited" checked/><span>Inherited</span></label></li><li class="tsd-filter-item"><label class="tsd-filter-input"><input type="checkbox"
id="tsd-filter-external" name="external"/><span>External</span></label></li></ul></div><div class="tsd-theme-toggle"><label class="settings-label"
for="tsd-theme">Theme</label><select id="tsd-theme"><option value="os">OS</option><option value="light">Light</option><option value="dark">Dark</option>
</select></div></div></details></div><details open class="tsd-accordion tsd-page-navigation"><summary class="tsd-accordion-summary">${chevron}
<h3>On This Page</h3></summary><div class="tsd-accordion-details">${tdOnPage}
${tdOnPageGroups}</div></details></div>
<div class="site-menu"><nav class="tsd-navigation"><a href="../modules.html">${icon('4', 'Project')}<span>@larkspur/http</span></a>
<ul class="tsd-small-nested-navigation" id="tsd-nav-container">${tdModules
  .map((m) => `<li><a href="../modules/${m}.html"${m === 'retry' ? ' class="current"' : ''}>${icon('2', 'Module')}<span>${m}</span></a></li>`)
  .join('')}</ul></nav></div></div></div>
<footer><p class="tsd-generator">Generated using <a href="https://typedoc.org/" target="_blank">TypeDoc</a></p></footer><div
class="overlay"></div></body></html>`;
const tdMembers = tdGroups.flatMap(([, ms]) => ms.flatMap(([n, , , d]) => [n, d]));
export const typedocModule: TestPage = {
  html: tdHtml,
  name: 'heldout26-typedoc-module',
  kind: 'docs',
  // the module's doc comment (intro, section paragraphs, the jitter list) is body and its three h2s are headings; the member
  // groups ("Classes" ... "Functions") are the page's own sections: headings, and each member's name and one-line summary
  // are body (the page's reference text, as a definition list); the code block is in no list; the breadcrumb "retry" and the
  // "On This Page" entries repeat the title and the headings and names word for word: in neither list; the page has no
  // byline; toolbar (package name, once with the site menu's), its links, search status, "Copy", "Defined in" line,
  // "Settings" accordion, the site menu's modules and the footer are furniture; the modules "client", "errors" and "retry"
  // are words of the body or title: left out
  title: tdTitle,
  headings: [tdH1, tdH2, tdH3, ...tdGroups.map(([g]) => g)],
  body: [plainOf(tdIntro), ...texts(tdB1), tdB2, ...texts(tdList), plainOf(tdB3), ...tdMembers],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '@larkspur/http', 'GitHub', 'npm', 'Preparing search index...', 'Copy', 'Defined in src/retry/index.ts:1', 'Settings', 'Member Visibility', 'Protected',
    'Inherited', 'External', 'Theme', 'OS', 'Light', 'Dark', 'On This Page', 'testing', 'transport', 'Generated using TypeDoc',
  ],
};

function plainOf(html: string): string {
  return texts([html])[0] ?? '';
}
