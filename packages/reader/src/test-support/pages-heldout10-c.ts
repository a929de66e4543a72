import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 10, file c: a VitePress documentation page (nav bar, sidebar whose group titles are h2, the
 * outline aside, ::: tip and ::: warning containers rendered as divs, a code block with its copy button and
 * language label, "Edit this page on GitHub", "Last updated", prev/next pager) and a Javadoc (JDK 17+ style)
 * class page with its module/package header, class description, method summary table and method details.
 */
const vpIntro = [
  'Tessel can skip a task entirely when nothing it depends on has changed since the last run. Instead of running the ' +
    'command again, it restores the files the task produced and replays its terminal output, so a second build of an ' +
    'unchanged package takes milliseconds.',
  'Caching is off by default. A task opts in by declaring its <code>outputs</code>, because Tessel has to know which files to save and restore.',
];
const vpAfter = [
  'With this in place, the first run of <code>build</code> executes normally and stores <code>dist/</code> in the local cache ' +
    'under <code>.tessel/cache</code>. Later runs with the same inputs print <code>cache hit</code> and restore the folder instead.',
];
const vpKey = [
  'Every task run gets a key computed from everything that could change its result. If any of these change, the key changes and the task runs again:',
];
const vpKeyList = [
  'the contents of every file matched by the task’s <code>inputs</code> globs (by default, every file Git tracks in the package);',
  'the resolved versions of the package’s dependencies in the lockfile;',
  'the keys of the tasks this one depends on;',
  'the environment variables listed in <code>env</code>, and the task’s command line itself.',
];
const vpTip = ['Run <code>tessel run build --dry=json</code> to print the key of each task and the list of files that went into it, without running anything.'];
const vpEnv = [
  'Tessel does not read the whole environment into the key, since variables like <code>PATH</code> or the size of a terminal ' +
    'would make every machine miss. List only the variables that really change what a task writes, such as an API base URL baked into a bundle.',
];
const vpWarn = [
  'A variable that changes the output but is missing from <code>env</code> is the most common cause of stale builds. The task ' +
    'will be restored from an entry made with the old value, and nothing will warn you.',
];
const vpClear = [
  'The local cache grows until it reaches the limit set by <code>cacheSize</code>, 10 GB unless configured, after which the ' +
    'least recently used entries are removed. To start again from nothing, delete the <code>.tessel/cache</code> folder ' +
    'or run <code>tessel cache clean</code>.',
];
const vpNav = ['Guide', 'Reference', 'Plugins', 'Changelog'];
const vpSide: [string, string[]][] = [
  ['Introduction', ['What is Tessel?', 'Getting started', 'Installing']],
  ['Core concepts', ['Workspaces', 'Defining tasks', 'Caching task outputs', 'Remote cache']],
  ['Advanced', ['Filtering packages', 'CI recipes']],
];
const h = (n: number, id: string, t: string): string =>
  `<h${n} id="${id}" tabindex="-1">${t} <a class="header-anchor" href="#${id}" aria-label="Permalink to &quot;${t}&quot;">\u200b</a></h${n}>`;
const block = (kind: string, label: string, p: string[]): string =>
  `<div class="${kind} custom-block"><p class="custom-block-title">${label}</p>${ps(p)}</div>`;
const vpHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Caching task outputs | Tessel</title><meta name="description" content="Skip unchanged work with Tessel's local cache.">
<link rel="preload stylesheet" href="/assets/style.B7t2kQ1c.css" as="style"><meta name="generator" content="VitePress v1.6.3">
<script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto";
document.documentElement.classList.toggle("dark",e==="dark")})();</script>
</head><body><div id="app"><div class="Layout" data-v-5d98c3a5><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span>
<a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36>Skip to content</a><!--]-->
<header class="VPNav" data-v-5d98c3a5><div class="VPNavBar has-sidebar top"><div class="wrapper"><div class="container"><div class="title">
<div class="VPNavBarTitle has-sidebar"><a class="title" href="/"><span>Tessel</span></a></div></div><div class="content"><div class="content-body">
<div class="VPNavBarSearch search"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container">
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd>
<kbd class="DocSearch-Button-Key">K</kbd></span></button></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu"><span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span>
${vpNav.map((t) => `<a class="VPLink link VPNavBarMenuLink" href="/${t.toLowerCase()}/"><span>${t}</span></a>`).join('\n')}
<div class="VPFlyout VPNavBarMenuGroup"><button type="button" class="button" aria-haspopup="true" aria-expanded="false">
<span class="text">v2.4</span></button></div></nav>
<div class="VPNavBarSocialLinks social-links"><a class="VPSocialLink no-icon" href="https://github.com/tessel-build/tessel" aria-label="github"></a></div>
</div></div></div></div></div></header>
<div class="VPLocalNav has-sidebar empty"><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav">
<span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown"><button>Return to top</button></div></div></div>
<aside class="VPSidebar" data-v-5d98c3a5><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1">
<span class="visually-hidden" id="sidebar-aria-label"> Sidebar Navigation </span>
${vpSide
  .map(
    ([g, items]) =>
      `<div class="no-transition group"><section class="VPSidebarItem level-0 collapsible"><div class="item" role="button" tabindex="0">` +
      `<h2 class="text">${g}</h2></div><div class="items">` +
      items
        .map(
          (t) => `<div class="VPSidebarItem level-1 is-link"><div class="item"><a class="VPLink link" href="/guide/x"><p class="text">${t}</p></a></div></div>`,
        )
        .join('') +
      `</div></section></div>`,
  )
  .join('\n')}
</nav></aside>
<div class="VPContent has-sidebar" id="VPContent"><div class="VPDoc has-sidebar has-aside">
<div class="container"><div class="aside"><div class="aside-container">
<div class="aside-content"><div class="VPDocAside"><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content">
<div class="outline-title" id="doc-outline-aria-label" role="heading" aria-level="2">On this page</div><ul class="VPDocOutlineItem root">
<li><a class="outline-link" href="#how-the-cache-key-is-built">How the cache key is built</a></li>
<li><a class="outline-link" href="#environment-variables">Environment variables</a></li>
<li><a class="outline-link" href="#clearing-the-cache">Clearing the cache</a></li></ul></div></nav>
<div class="VPDocAsideCarbonAds"><div class="carbon-ads">
<a href="https://srv.carbonads.example/ads/click">Ship faster with managed build runners. Try it free.</a>
<span class="carbon-poweredby">ads via Carbon</span></div></div></div></div></div></div>
<div class="content"><div class="content-container"><main class="main"><div style="position:relative" class="vp-doc _guide_caching"><div>
${h(1, 'caching-task-outputs', 'Caching task outputs')}
${ps(vpIntro)}
<div class="language-json vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">json</span>
<pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>{</span></span>
<span class="line"><span>  "tasks": { "build": { "dependsOn": ["^build"], "outputs": ["dist/**"] } }</span></span>
<span class="line"><span>}</span></span></code></pre></div>
${ps(vpAfter)}
${h(2, 'how-the-cache-key-is-built', 'How the cache key is built')}
${ps(vpKey)}
<ul>${vpKeyList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${block('tip', 'TIP', vpTip)}
${h(2, 'environment-variables', 'Environment variables')}
${ps(vpEnv)}
${block('warning', 'WARNING', vpWarn)}
${h(2, 'clearing-the-cache', 'Clearing the cache')}
${ps(vpClear)}
</div></div></main>
<footer class="VPDocFooter"><div class="edit-info"><div class="edit-link"><a class="VPLink link vp-external-link-icon no-icon edit-link-button"
 href="https://github.com/tessel-build/tessel/edit/main/docs/guide/caching.md" target="_blank" rel="noreferrer">Edit this page on GitHub</a></div>
<div class="last-updated"><p class="VPLastUpdated">Last updated: <time datetime="2025-03-04T10:12:00.000Z">3/4/25, 10:12 AM</time></p></div></div>
<nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span>
<div class="pager"><a class="VPLink link pager-link prev" href="/guide/tasks">
<span class="desc">Previous page</span><span class="title">Defining tasks</span></a></div>
<div class="pager"><a class="VPLink link pager-link next" href="/guide/remote-cache">
<span class="desc">Next page</span><span class="title">Remote cache</span></a></div>
</nav></footer></div></div></div></div></div>
<footer class="VPFooter has-sidebar"><div class="container"><p class="message">Released under the MIT License.</p>
<p class="copyright">Copyright © 2023-present the Tessel contributors</p></div></footer></div></div>
<script type="module" src="/assets/app.Dk3kq9x2.js"></script></body></html>`;
const vitepress: TestPage = {
  html: vpHtml,
  name: 'heldout10-vitepress-docs',
  kind: 'docs',
  // hard calls: the text inside the ::: tip and ::: warning containers is documentation, so body, but their "TIP" and
  // "WARNING" labels are furniture; the JSON block is code (not body, not listed); the outline aside repeats the h2s
  // and the sidebar repeats the title, so those links are not listed (they would match the gold); the sidebar's
  // group titles are h2 elements but furniture; "Last updated: ..." is the byline; the Carbon ad, the pager and the
  // visually hidden landmark labels are furniture
  title: 'Caching task outputs',
  headings: ['How the cache key is built', 'Environment variables', 'Clearing the cache'],
  body: [...texts(vpIntro), ...texts(vpAfter), ...texts(vpKey), ...texts(vpKeyList), ...texts(vpTip), ...texts(vpEnv), ...texts(vpWarn), ...texts(vpClear)],
  bylines: ['Last updated: 3/4/25, 10:12 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tessel', 'Search', 'Main Navigation', ...vpNav, 'v2.4', 'Menu', 'Return to top', 'Sidebar Navigation',
    ...vpSide.flatMap(([g, items]) => [g, ...items.filter((t) => t !== 'Caching task outputs')]), 'On this page',
    'Ship faster with managed build runners. Try it free.', 'ads via Carbon', 'TIP', 'WARNING', 'Edit this page on GitHub', 'Pager', 'Previous page',
    'Next page', 'Released under the MIT License.', 'Copyright © 2023-present the Tessel contributors',
  ],
};

const jdDesc = [
  'A token bucket that limits how often callers may proceed. The bucket holds up to <i>burst</i> tokens and is refilled at a ' +
    'fixed rate; each call to <a href="#tryAcquire()"><code>tryAcquire()</code></a> takes one token if one is available and returns immediately either way.',
  'Unlike a sleeping limiter, a <code>TokenBucket</code> never blocks. Callers that are refused decide for themselves whether to ' +
    'drop the work, queue it or retry later, which makes the class suitable for request handlers that must answer quickly.',
];
const jdDesc2 = [
  'Refill is computed lazily from the monotonic clock when tokens are requested, so an idle bucket costs nothing and no ' +
    'background thread is started. A bucket whose burst is larger than its rate lets short spikes through while holding the long-run average to the rate.',
  'Instances are thread-safe. All state is kept in a single atomic field, so contention between threads costs a retried compare-and-set rather than a lock.',
];
/** Method name, modifiers and return type, description (its first sentence is the summary), notes [label, text]. */
const jdMethods: [string, string, string, string, [string, string][]][] = [
  [
    'perSecond',
    'static TokenBucket',
    '(int&nbsp;permitsPerSecond)',
    'Creates a bucket that allows <code>permitsPerSecond</code> calls each second. The burst is one second’s worth of tokens and the bucket starts full.',
    [
      ['Parameters:', '<code>permitsPerSecond</code> - the long-run rate, at least 1'],
      ['Returns:', 'a new bucket'],
      ['Throws:', '<code>IllegalArgumentException</code> - if <code>permitsPerSecond</code> is less than 1'],
    ],
  ],
  [
    'tryAcquire',
    'boolean',
    '()',
    'Takes one token if one is available. Returns at once whether or not a token was taken, and never waits for a refill.',
    [['Returns:', '<code>true</code> if a token was taken, <code>false</code> if the bucket was empty']],
  ],
  [
    'available',
    'int',
    '()',
    'Returns the number of tokens that could be taken right now, after accounting for refill since the last call. The value is ' +
      'a snapshot and may be out of date by the time the caller acts on it.',
    [['Returns:', 'the current number of tokens, between 0 and the burst size']],
  ],
];
const firstSentence = (d: string): string => d.slice(0, d.indexOf('. ') + 1);
const jdTop = ['Overview', 'Module', 'Package', 'Use', 'Tree', 'Deprecated', 'Index', 'Help'];
const jdHtml = `<!DOCTYPE HTML>
<html lang="en"><head><!-- Generated by javadoc (21) on Mon Mar 10 14:02:11 UTC 2025 --><title>TokenBucket (pace 2.3.0 API)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="declaration: module: dev.tallow.pace, package: dev.tallow.pace, class: TokenBucket">
<meta name="generator" content="javadoc/ClassWriterImpl"><link rel="stylesheet" type="text/css" href="../../../stylesheet.css" title="Style">
<script type="text/javascript" src="../../../script.js"></script><script type="text/javascript" src="../../../script-dir/jquery-3.7.1.min.js"></script>
</head><body class="class-declaration-page"><script type="text/javascript">var pathtoroot = "../../../";loadScripts(document, 'script');</script>
<noscript><div>JavaScript is disabled on your browser.</div></noscript>
<div class="flex-box"><header role="banner" class="flex-header"><nav role="navigation"><div class="top-nav" id="navbar-top"><div class="skip-nav">
<a href="#skip-navbar-top" title="Skip navigation links">Skip navigation links</a></div><ul id="navbar-top-firstrow" class="nav-list" title="Navigation">
${links(jdTop.slice(0, 3))}<li class="nav-bar-cell1-rev">Class</li>${links(jdTop.slice(3))}</ul></div>
<div class="sub-nav"><div id="navbar-sub-list"><ul class="sub-nav-list"><li>Summary:&nbsp;</li><li>Nested&nbsp;|&nbsp;</li><li>Field&nbsp;|&nbsp;</li>
<li>Constr&nbsp;|&nbsp;</li><li><a href="#method-summary">Method</a></li></ul><ul class="sub-nav-list"><li>Detail:&nbsp;</li><li>Field&nbsp;|&nbsp;</li>
<li>Constr&nbsp;|&nbsp;</li><li><a href="#method-detail">Method</a></li></ul></div>
<div class="nav-list-search"><input type="text" id="search-input" disabled placeholder="Search">
<input type="reset" id="reset-button" disabled value="reset"></div>
</div><span class="skip-nav" id="skip-navbar-top"></span></nav></header>
<div class="flex-content"><main role="main"><div class="header"><div class="sub-title"><span class="module-label-in-type">Module</span>&nbsp;
<a href="../../../module-summary.html">dev.tallow.pace</a></div><div class="sub-title"><span class="package-label-in-type">Package</span>&nbsp;
<a href="package-summary.html">dev.tallow.pace</a></div><h1 title="Class TokenBucket" class="title">Class TokenBucket</h1></div>
<div class="inheritance" title="Inheritance Tree">
<a href="https://docs.oracle.example/en/java/javase/21/docs/api/java.base/java/lang/Object.html">java.lang.Object</a>
<div class="inheritance">dev.tallow.pace.TokenBucket</div></div>
<section class="class-description" id="class-description"><hr>
<div class="type-signature"><span class="modifiers">public final class </span><span class="element-name type-name-label">TokenBucket</span>
<span class="extends-implements">extends Object</span></div>
<div class="block">${ps(jdDesc)}
<pre>TokenBucket bucket = TokenBucket.perSecond(50);
if (!bucket.tryAcquire()) {
    return Response.status(429).build();
}</pre>
${ps(jdDesc2)}</div>
<dl class="notes"><dt>Since:</dt><dd>2.1</dd><dt>See Also:</dt><dd><ul class="tag-list">
<li><a href="Throttle.html"><code>Throttle</code></a></li></ul></dd></dl>
</section>
<section class="summary"><ul class="summary-list"><li><section class="method-summary" id="method-summary"><h2>Method Summary</h2>
<div id="method-summary-table"><div class="table-tabs" role="tablist" aria-orientation="horizontal">
<button id="method-summary-table-tab0" role="tab" aria-selected="true" class="active-table-tab">All Methods</button>
<button id="method-summary-table-tab1" role="tab" aria-selected="false" class="table-tab">Static Methods</button>
<button id="method-summary-table-tab2" role="tab" aria-selected="false" class="table-tab">Instance Methods</button>
<button id="method-summary-table-tab4" role="tab" aria-selected="false" class="table-tab">Concrete Methods</button></div>
<div id="method-summary-table.tabpanel" role="tabpanel"><div class="summary-table three-column-summary">
<div class="table-header col-first">Modifier and Type</div><div class="table-header col-second">Method</div><div class="table-header col-last">Description</div>
${jdMethods
  .map(
    ([n, t, args, d]) =>
      `<div class="col-first even-row-color"><code>${t}</code></div>` +
      `<div class="col-second even-row-color"><code><a href="#${n}${args}" class="member-name-link">` +
      `${n}</a>${args}</code></div><div class="col-last even-row-color"><div class="block">${firstSentence(d)}</div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="inherited-list"><h3 id="methods-inherited-from-class-java.lang.Object">Methods inherited from class&nbsp;java.lang.Object</h3>
<code>equals, getClass, hashCode, notify, notifyAll, toString, wait</code></div></section></li></ul></section>
<section class="details"><ul class="details-list"><li><section class="method-details" id="method-detail"><h2>Method Details</h2><ul class="member-list">
${jdMethods
  .map(
    ([n, t, args, d, notes]) =>
      `<li><section class="detail" id="${n}${args}"><h3>${n}</h3><div class="member-signature"><span class="modifiers">public</span>&nbsp;` +
      `<span class="return-type">${t}</span>&nbsp;<span class="element-name">${n}</span>${args}</div><div class="block">${d}</div>` +
      `<dl class="notes">${notes.map(([l, x]) => `<dt>${l}</dt><dd>${x}</dd>`).join('')}</dl></section></li>`,
  )
  .join('\n')}
</ul></section></li></ul></section></main>
<footer role="contentinfo"><hr><p class="legal-copy"><small>Copyright © 2025 Tallow Labs. All rights reserved.</small></p></footer></div></div>
</body></html>`;
const javadoc: TestPage = {
  html: jdHtml,
  name: 'heldout10-javadoc-class',
  kind: 'docs',
  // hard calls: the class description block is the body (its example <pre> is code, left out), and so are the
  // method details, with "Method Details" and each member's h3 name as headings and each note's text (parameter,
  // return value, exception) as a body item, because a reader of a class page reads them as its documentation; the
  // Method Summary table is furniture: it is an index whose only prose is the first sentence of each detail, so
  // those sentences are not listed (they would match the body) and only its own labels are; the labels of the notes
  // ("Returns:", "Since:"), the type and member signatures (code), the inheritance line, navigation bars and footer
  // are furniture or left out
  title: 'Class TokenBucket',
  headings: ['Method Details', ...jdMethods.map((m) => m[0])],
  body: [...texts(jdDesc), ...texts(jdDesc2), ...jdMethods.flatMap(([, , , d, notes]) => [plainOf(d), ...notes.map(([, x]) => plainOf(x))])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JavaScript is disabled on your browser.', 'Skip navigation links', ...jdTop, 'Summary:', 'Nested', 'Constr', 'Detail:', 'Since:', '2.1', 'See Also:',
    'Method Summary', 'All Methods', 'Static Methods', 'Instance Methods', 'Concrete Methods', 'Modifier and Type',
    'Methods inherited from class java.lang.Object', 'equals, getClass, hashCode, notify, notifyAll, toString, wait', 'Parameters:', 'Returns:',
    'Throws:', 'Copyright © 2025 Tallow Labs. All rights reserved.',
  ],
};
function plainOf(html: string): string {
  return texts([html])[0]!;
}

export const HELDOUT10_C: readonly TestPage[] = [vitepress, javadoc];
