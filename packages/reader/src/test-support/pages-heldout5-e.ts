import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 5 (docs), written in session 9 before any measurement and without looking at
 * the reader's rules: an MDN reference page of 2024-2025 (ad banner, Baseline box, sidebar, "In
 * this article", specification and compatibility tables, feedback footer) and a GitHub repository
 * page (repo header, file table, About sidebar) with its README.
 */
const intro = [
  'The <code>AbortSignal.timeout()</code> static method returns an <code>AbortSignal</code> that will automatically abort after a specified time.',
  'The signal aborts with a <code>TimeoutError</code> <code>DOMException</code> on timeout.',
];
const param = [
  'The "active" time in milliseconds before the returned <code>AbortSignal</code> will abort. The value must be within the range of 0 and ' +
    'the largest safe integer.',
];
const returned = ['An <code>AbortSignal</code>.'];
const description = [
  'The timeout is based on active rather than elapsed time, and will effectively be paused if the code is running in a ' +
    'suspended worker, or while the document is in a back-forward cache.',
  'This method lets you abort an operation that takes too long without creating an <code>AbortController</code> of your ' +
    'own and calling <code>setTimeout()</code> on it. To combine a timeout with a signal you already have, such as one ' +
    'aborted when the user presses a cancel button, pass both to <code>AbortSignal.any()</code>.',
  'A timeout signal is not tied to any one operation. The same signal can be passed to several fetches at once, and ' +
    'all of them are aborted together when the time runs out, which makes it a simple way to put a deadline on a whole ' +
    'group of requests. If the signal has already timed out when an operation starts, that operation is rejected at once.',
];
const example = [
  'Below is an example showing a fetch operation that will time out if unsuccessful after 5 seconds. Note that this may ' +
    'also fail if the method is not supported, if a browser "stop" button is pressed, or for another reason.',
  'The catch block tells the timeout apart from the other failures by the <code>name</code> of the error, so the user can ' +
    'be shown a message that suggests trying again later.',
];
const mdn: TestPage = {
  name: 'heldout5-mdn-reference',
  kind: 'docs',
  // gold: title, the prose of every section (the parameter and exception terms and their definitions included) and the headings;
  // code samples are neither gold nor furniture; the Baseline box, tables, "See also" links and feedback footer are furniture
  title: 'AbortSignal: timeout() static method',
  headings: ['Syntax', 'Parameters', 'Return value', 'Exceptions', 'Description', 'Examples', 'Aborting a fetch after a timeout'],
  body: [
    ...texts(intro),
    'Note: This feature is available in Web Workers.',
    'time',
    ...texts(param),
    ...texts(returned),
    'NotSupportedError',
    'Thrown if time is negative or larger than the largest safe integer.',
    ...texts(description),
    ...texts(example),
  ],
  bylines: ['This page was last modified on Jan 9, 2025 by MDN contributors.'],
  furniture: [
    'Learn front-end development with high quality, interactive courses from Scrimba. Enroll now!',
    "Don't want to see ads?",
    'Skip to main content',
    'Skip to search',
    'References',
    'Guides',
    'Log in',
    'Sign up for free',
    'Web APIs',
    'English (US)',
    'Filter sidebar',
    'Related Topics',
    'Instance properties',
    'Static methods',
    'In this article',
    'Baseline',
    'Widely available',
    "This feature is well established and works across many devices and browser versions. It's been available across browsers since April 2022.",
    'See full compatibility',
    'Report feedback',
    'Copy to Clipboard',
    'Specifications',
    'DOM Standard',
    'Browser compatibility',
    'Report problems with this compatibility data on GitHub',
    'Full support',
    'See also',
    'AbortSignal.any()',
    'Help improve MDN',
    'Was this page helpful to you?',
    'Learn how to contribute',
    'View this page on GitHub',
    'Report a problem with this content',
    'Your blueprint for a better internet.',
  ],
  html: `<!DOCTYPE html><html lang="en-US" data-theme="light dark"><head><title>AbortSignal: timeout() static method - Web APIs | MDN</title></head><body>
<div class="page-wrapper category-api document-page"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a>\
</li><li><a id="skip-search" href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="top-banner loading"><section class="place top container"><p class="pong-box"><a>Learn front-end development with high quality, interactive\
 courses from Scrimba. Enroll now!</a></p><span class="pong-note">Ad</span><a class="no-pong">Don't want to see ads?</a></section></div>
<div class="sticky-header-container"><header class="top-navigation"><div class="container"><a class="logo" aria-label="MDN homepage"><svg></svg></a>\
<nav class="main-nav" aria-label="Main menu"><ul class="main-menu"><li><button>References</button></li><li><button>Guides</button></li><li><a>Plus</a></li>\
<li><a>Blog</a></li></ul></nav><div class="auth-container"><a class="login-link">Log in</a><a class="signup-link button primary">Sign up for free</a></div>\
</div></header>
<div class="article-actions-container"><div class="container"><nav class="breadcrumbs-container" aria-label="Breadcrumb"><ol><li><a>References</a></li>\
<li><a>Web APIs</a></li><li><a>AbortSignal</a></li><li><a>timeout()</a></li></ol></nav><div class="article-actions"><button>English (US)</button></div>\
</div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar"><div class="sidebar-filter"><input\
 placeholder="Filter" aria-label="Filter sidebar"><span class="sidebar-filter-label">Filter sidebar</span></div><div class="sidebar-inner"><nav\
 class="sidebar-inner-nav"><ol><li class="section">Related Topics</li><li><a><code>AbortSignal</code></a></li><li class="toggle"><details open=""><summary>\
Instance properties</summary><ol><li><a><code>aborted</code></a></li><li><a><code>reason</code></a></li></ol></details></li><li class="toggle"><details\
 open=""><summary>Static methods</summary><ol><li><a><code>abort()</code></a></li><li><a><code>any()</code></a></li><li><em><a aria-current="page"><code>\
timeout()</code></a></em></li></ol></details></li></ol></nav></div></aside>
<div class="toc-container"><aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header><h2\
 class="document-toc-heading">In this article</h2></header><ul class="document-toc-list"><li class="document-toc-item"><a>Syntax</a></li><li>\
<a>Description</a></li><li><a>Examples</a></li><li><a>Specifications</a></li><li><a>Browser compatibility</a></li><li><a>See also</a></li></ul></section>\
</div></nav></aside></div></div>
<main id="content" class="main-content"><article class="main-page-content" lang="en-US"><header><h1>AbortSignal: timeout() static method</h1><details\
 class="baseline-indicator high"><summary><span class="indicator" role="img" aria-label="Baseline Check"></span><div class="status-title">Baseline</div><div\
 class="pill">Widely available</div></summary><div class="extra"><p>This feature is well established and works\
 across many devices and browser versions. It's been available across browsers since April 2022.</p><ul><li><a>Learn more</a></li><li><a>See full\
 compatibility</a></li><li><a>Report feedback</a></li></ul></div></details></header>
<div class="section-content">${ps(intro)}<div class="notecard note" id="sect1"><p><strong>Note:</strong> This feature is available in\
 <a>Web Workers</a>.</p></div></div>
<section aria-labelledby="syntax"><h2 id="syntax"><a href="#syntax">Syntax</a></h2><div class="code-example"><div class="example-header"><span\
 class="language-name">js</span><button class="icon copy-icon"><span class="visually-hidden">Copy to Clipboard</span></button></div><pre class="brush: js\
 notranslate"><code>AbortSignal.timeout(time)\n</code></pre></div></section>
<section aria-labelledby="parameters"><h3 id="parameters"><a href="#parameters">Parameters</a></h3><div class="section-content"><dl><dt id="time">\
<a href="#time"><code>time</code></a></dt><dd>${ps(param)}</dd></dl></div></section>
<section aria-labelledby="return_value"><h3 id="return_value"><a>Return value</a></h3><div class="section-content">${ps(returned)}</div></section>
<section aria-labelledby="exceptions"><h3 id="exceptions"><a>Exceptions</a></h3><div class="section-content"><dl><dt id="notsupportederror"><a><code>\
NotSupportedError</code></a></dt><dd><p>Thrown if <code>time</code> is negative or larger than the largest safe integer.</p></dd></dl></div></section>
<section aria-labelledby="description"><h2 id="description"><a>Description</a></h2><div class="section-content">${ps(description)}</div></section>
<section aria-labelledby="examples"><h2 id="examples"><a>Examples</a></h2></section><section aria-labelledby="aborting_a_fetch_after_a_timeout"><h3\
 id="aborting_a_fetch_after_a_timeout"><a>Aborting a fetch after a timeout</a></h3><div class="section-content">${ps(example.slice(0, 1))}
<div class="code-example"><div class="example-header"><span class="language-name">js</span><button class="icon copy-icon"><span class="visually-hidden">\
Copy to Clipboard</span></button></div><pre class="brush: js notranslate"><code>try {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const result = await res.blob();
} catch (err) {
  if (err.name === "TimeoutError") {
    console.error("Timeout: It took more than 5 seconds to get the result!");
  }
}
</code></pre></div>${ps(example.slice(1))}</div></section>
<section aria-labelledby="specifications"><h2 id="specifications"><a>Specifications</a></h2><div class="table-scroll"><table class="standard-table"><thead>\
<tr><th scope="col">Specification</th></tr></thead><tbody><tr><td><a>DOM Standard<br><small># dom-abortsignal-timeout</small></a></td></tr></tbody></table>\
</div></section>
<section aria-labelledby="browser_compatibility"><h2 id="browser_compatibility"><a>Browser compatibility</a></h2><div class="bc-table-wrapper"><a\
 class="bc-github-link">Report problems with this compatibility data on GitHub</a><table class="bc-table"><thead><tr><td></td><th>Chrome</th><th>Firefox\
</th><th>Safari</th></tr></thead><tbody><tr><th scope="row"><code>timeout()</code> static method</th><td class="bc-supports-yes"><span>Full support</span>\
<span>124</span></td><td class="bc-supports-yes"><span>Full support</span><span>100</span></td><td class="bc-supports-yes"><span>Full support</span><span>\
16</span></td></tr></tbody></table></div></section>
<section aria-labelledby="see_also"><h2 id="see_also"><a>See also</a></h2><div class="section-content"><ul><li><a><code>AbortSignal.any()</code></a></li>\
<li><a>Fetch API</a></li></ul></div></section>
<aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"><svg></svg></div><h2>Help improve MDN</h2><fieldset\
 class="feedback"><label>Was this page helpful to you?</label><button class="button primary">Yes</button><button class="button primary">No</button>\
</fieldset><a class="contribute">Learn how to contribute</a><p class="last-modified-date">This page was last modified on <time dateTime="2025-01-09">Jan 9,\
 2025</time> by <a>MDN contributors</a>.</p><div id="on-github" class="on-github"><a>View this page on GitHub</a> • <a>Report a problem with this content</a>\
</div></div></aside></article></main></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-logo-col"><a class="mdn-footer-logo">MDN logo</a><p>Your blueprint for a better\
 internet.</p></div><p id="license" class="page-footer-legal-text">Visit Mozilla Corporation's not-for-profit parent, the Mozilla Foundation.</p></footer>\
</div></body></html>`,
};

const readme = [
  'A streaming CSV and TSV parser for Node.js and the browser that runs in constant memory on files of any size.',
  'tidepool reads a file as a stream of rows and never holds more than one chunk of input at a time, so a 40 GB export ' +
    'parses with the same memory as a 40 KB one. It follows RFC 4180, including quoted fields that span lines.',
  'Rows as arrays or as objects keyed by the header line.',
  'Delimiter and encoding sniffed from the first 64 KB when not given.',
  'Bad rows reported with their line number instead of stopping the parse.',
  'No dependencies, 6 KB minified and gzipped.',
  'parse() takes a Node.js readable stream, a web ReadableStream or a file path, and returns an async iterator. Pass ' +
    '<code>header: true</code> to get objects instead of arrays, and <code>onError</code> to be told about each bad row as it happens.',
  'Every row arrives as soon as its last byte has been read. Breaking out of the loop stops reading the file, so taking ' +
    'the first hundred rows of a huge file is fast.',
  'Most parsers are either fast or careful about quoting. We wanted both, and we wanted errors that say which line of ' +
    'a ten-million-line file is broken. tidepool is about as fast as the fastest parsers we measured on clean input, and ' +
    'it keeps going on dirty input, collecting the rows it could not read in a list you can inspect afterwards.',
  'Issues and pull requests are welcome. Please run the test suite and the benchmark before opening a pull request, ' +
    'and add a test file to the fixtures folder for any new kind of input.',
  'MIT. See the LICENSE file.',
];
const github: TestPage = {
  name: 'heldout5-github-readme',
  kind: 'docs',
  // gold: the README (its title, headings, paragraphs and list items); code blocks and badges are neither; repo chrome is furniture
  title: 'tidepool',
  headings: ['Features', 'Install', 'Usage', 'Why another CSV parser?', 'Contributing', 'License'],
  body: texts(readme),
  bylines: ['lanwei-h', '3 days ago'],
  furniture: [
    'Skip to content',
    'Navigation Menu',
    'Sign in',
    'Sign up',
    'Search or jump to...',
    'Public',
    'Notifications',
    'Fork 87',
    'Star 1.2k',
    'Pull requests 5',
    'Actions',
    'Security',
    'Insights',
    'Go to file',
    'fix: report the line of an unterminated quote (#214)',
    '418 Commits',
    'ci: test on Node 22',
    'docs: explain header option',
    'MIT license',
    'Stream-parse CSV and TSV files of any size in constant memory',
    'Readme',
    'Activity',
    '1.2k stars',
    '14 watching',
    '87 forks',
    'Report repository',
    'Releases 23',
    'v3.2.0 Latest',
    'No packages published',
    'Contributors 31',
    'Languages',
    'TypeScript 96.4%',
    '© 2025 GitHub, Inc.',
    'Manage cookies',
    'Do not share my personal information',
  ],
  html: `<!DOCTYPE html><html lang="en" data-color-mode="auto"><head><title>GitHub - lanwei-h/tidepool: Stream-parse CSV and TSV files of any size in\
 constant memory</title></head><body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis show-on-focus\
 js-skip-to-content">Skip to content</a><header class="HeaderMktg header-logged-out" role="banner"><h2 class="sr-only">Navigation Menu</h2><a\
 aria-label="Homepage"><svg class="octicon octicon-mark-github"></svg></a><nav aria-label="Global"><ul><li><button>Product</button></li><li><button>\
Solutions</button></li><li><a>Pricing</a></li></ul></nav><button class="header-search-button"><span>Search or jump to...</span></button><a\
 class="HeaderMenu-link">Sign in</a><a class="HeaderMenu-link">Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main" data-commit-hovercards-enabled=""><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div\
 class="flex-auto min-width-0 width-fit"><strong itemprop="name"><a>tidepool</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public\
</span></div><ul class="pagehead-actions"><li><a class="btn-sm btn" aria-label="You must be signed in to change notification settings"><svg></svg>\
Notifications</a></li><li><a class="btn-sm btn" id="fork-button">Fork <span class="Counter">87</span></a></li><li><a class="btn-sm btn">Star <span\
 class="Counter js-social-count">1.2k</span></a></li></ul></div>
<nav class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav UnderlineNav" aria-label="Repository"><ul class="UnderlineNav-body"><li><a\
 class="UnderlineNav-item selected"><span>Code</span></a></li><li><a class="UnderlineNav-item"><span>Issues</span> <span class="Counter">14</span></a></li>\
<li><a class="UnderlineNav-item"><span>Pull requests</span> <span class="Counter">5</span></a></li><li><a><span>Actions</span></a></li><li><a><span>\
Security</span></a></li><li><a><span>Insights</span></a></li></ul></nav></div>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end"><div class="Layout-main">
<div class="react-directory-filenav"><button class="btn">main</button><a class="btn">Go to file</a><button class="btn btn-primary">Code</button></div>
<table aria-labelledby="folders-and-files" class="Table-module__Box"><thead class="sr-only"><tr><th>Name</th><th>Last commit message</th><th>Last commit date\
</th></tr></thead><tbody><tr class="react-directory-row"><td colspan="3"><div class="react-directory-commit"><a class="commit-author">lanwei-h</a> <a\
 class="Link--secondary">fix: report the line of an unterminated quote (#214)</a> <relative-time datetime="2025-03-11T09:12:40Z">3 days ago</relative-time>\
 <a class="Link--primary"><span>418 Commits</span></a></div></td></tr><tr class="react-directory-row"><td class="react-directory-row-name-cell"><a>.github\
</a></td><td><a>ci: test on Node 22</a></td><td><relative-time>last month</relative-time></td></tr><tr><td><a>src</a></td><td><a>fix: report the line of\
 an unterminated quote (#214)</a></td><td><relative-time>3 days ago</relative-time></td></tr><tr><td><a>README.md</a></td><td><a>docs: explain header\
 option</a></td><td><relative-time>2 weeks ago</relative-time></td></tr></tbody></table>
<div id="readme" class="Box md js-code-block-container Box--responsive"><div class="Box-header"><h2 class="Box-title"><a>README</a></h2><a>MIT license</a>\
</div><div class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
<div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">tidepool</h1><a id="user-content-tidepool" class="anchor"\
 aria-label="Permalink: tidepool" href="#tidepool"><svg class="octicon octicon-link"></svg></a></div>
<p dir="auto"><a href="https://www.npmjs.com/package/tidepool"><img src="https://camo.githubusercontent.com/8f/npm" alt="npm" style="max-width: 100%;"></a>\
 <a><img src="https://camo.githubusercontent.com/ci" alt="CI" style="max-width: 100%;"></a></p>
${ps(readme.slice(0, 2), ' dir="auto"')}
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Features</h2><a class="anchor" aria-label="Permalink:\
 Features"><svg></svg></a></div><ul dir="auto">${readme
   .slice(2, 6)
   .map((x) => `<li>${x}</li>`)
   .join('\n')}</ul>
<div class="markdown-heading" dir="auto"><h2 class="heading-element">Install</h2><a class="anchor" aria-label="Permalink: Install"><svg></svg></a></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>npm install tidepool</pre><div\
 class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0"\
 data-copy-feedback="Copied!" tabindex="0" role="button"><svg></svg></clipboard-copy></div></div>
<div class="markdown-heading" dir="auto"><h2 class="heading-element">Usage</h2><a class="anchor" aria-label="Permalink: Usage"><svg></svg></a></div>
<div class="highlight highlight-source-ts notranslate position-relative overflow-auto" dir="auto"><pre><span class="pl-k">import</span> { <span\
 class="pl-s1">parse</span> } <span class="pl-k">from</span> <span class="pl-s">'tidepool'</span>;
<span class="pl-k">for</span> <span class="pl-k">await</span> (<span class="pl-k">const</span> <span class="pl-s1">row</span> <span class="pl-k">of</span>\
 <span class="pl-en">parse</span>(<span class="pl-s1">stream</span>, { <span class="pl-c1">header</span>: <span class="pl-c1">true</span> })) {}</pre></div>
${ps(readme.slice(6, 8), ' dir="auto"')}
<div class="markdown-heading" dir="auto"><h2 class="heading-element">Why another CSV parser?</h2><a class="anchor"><svg></svg></a></div>
${ps(readme.slice(8, 9), ' dir="auto"')}
<div class="markdown-heading" dir="auto"><h2 class="heading-element">Contributing</h2><a class="anchor"><svg></svg></a></div>${ps(readme.slice(9, 10))}
<div class="markdown-heading" dir="auto"><h2 class="heading-element">License</h2><a class="anchor"><svg></svg></a></div>${ps(readme.slice(10))}
</article></div></div></div>
<div class="Layout-sidebar"><div class="BorderGrid"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">Stream-parse CSV and\
 TSV files of any size in constant memory</p><h3 class="sr-only">Resources</h3><div class="mt-2"><a>Readme</a></div><div class="mt-2"><a>MIT license</a>\
</div><div class="mt-2"><a>Activity</a></div><div class="mt-2"><a><strong>1.2k</strong> stars</a></div><div class="mt-2"><a><strong>14</strong>\
 watching</a></div><div class="mt-2"><a><strong>87</strong> forks</a></div><a class="Link--muted">Report repository</a></div>
<div class="BorderGrid-cell"><h2 class="h4 mb-3"><a>Releases <span class="Counter">23</span></a></h2><a><span>v3.2.0</span> <span class="Label\
 Label--success">Latest</span></a></div><div class="BorderGrid-cell"><h2 class="h4 mb-3">Packages</h2><div class="text-small color-fg-muted">No packages\
 published</div></div><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a>Contributors <span class="Counter">31</span></a></h2></div><div\
 class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none"><li><span class="color-fg-default text-bold mr-1">TypeScript\
</span> <span>96.4%</span></li><li><span>JavaScript</span> <span>3.6%</span></li></ul></div></div></div></div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><span>© 2025 GitHub, Inc.</span><nav\
 aria-label="Footer"><ul><li><a>Terms</a></li><li><a>Privacy</a></li><li><a>Status</a></li><li><button>Manage cookies</button></li><li><a>Do not share my\
 personal information</a></li></ul></nav></footer></body></html>`,
};

export const HELDOUT5_E: readonly TestPage[] = [mdn, github];
