import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 13, file f: a GitLab merge request (status badge, tabs, markdown description with a task list and code,
 * merge widget, Activity with system notes and review threads, sidebar with assignee, reviewer, labels, milestone) and a
 * Python standard library page in the docs.python.org style (version switcher, "Source code:" line, <dl> signatures,
 * "Changed in version", "See also" and note boxes, sidebar contents, previous/next topic, "This Page", footer).
 */
const glTitle = 'Retry failed chunk uploads with exponential backoff';
const glWhat = [
  'When a chunk upload fails with a timeout or a 5xx response, the sync client currently gives up on the whole file and waits for the ' +
    'next full scan to try again. On large files over flaky connections that can mean re-uploading gigabytes after a single dropped request.',
  'This MR retries only the failed chunk, up to <code>max_attempts</code> times, with an exponential delay between attempts. Chunks that ' +
    'already reached the server are not sent again.',
];
const glWhy = ['Several self-hosted users reported uploads of video files that never finish on mobile hotspots. Closes #471.'];
const glTest = [
  'Start the test server with the fault injector enabled, so that one in five chunk requests fails.',
  'Sync a 2 GB file and confirm in the log that failed chunks are retried and the upload completes.',
  'Set <code>max_attempts = 0</code> and confirm that a failed chunk now fails the file immediately, as before.',
];
const glCheck = ['Unit tests for the backoff schedule', 'Integration test with the fault injector', 'Config reference updated'];
// biome-ignore format: one review note to two lines
const glNotes: { who: string; when: string; text: string; file?: string }[] = [
  { who: 'Oskar Lind', when: '1 week ago', text: 'Thanks, this looks good overall. One concern: if many clients hit a failing storage node at ' +
    'the same moment, they will all retry on the same schedule. Could we add some jitter so the retries spread out?' },
  { who: 'Priya Raman', when: '1 week ago', text: 'Good point. I added full jitter in the last commit: each delay is now a random value between zero and ' +
    'the computed backoff, capped at 30 seconds. I also made the cap configurable, since people on slow links asked for longer waits in #455.' },
  { who: 'Oskar Lind', when: '6 days ago', file: 'src/upload/retry.rs', text: 'Nit: <code>max_attempts</code> of 0 currently means no ' +
    'retries at all, which surprised me. Maybe document that, or treat 0 as use-the-default?' },
  { who: 'Priya Raman', when: '6 days ago', file: 'src/upload/retry.rs', text: 'Documented it in the config reference. I would rather ' +
    'keep 0 meaning off, since the test suites of two downstream projects rely on it.' },
];
// biome-ignore format: packed two to a line
const glSys: [string, string, string][] = [
  ['Priya Raman', 'added 3 commits', '1 week ago'], ['Priya Raman', 'requested review from @oskar.lind', '1 week ago'],
  ['Oskar Lind', 'approved this merge request', '6 days ago'], ['Oskar Lind', 'mentioned in issue #471', '6 days ago'],
];
// biome-ignore format: packed to keep the file short
const glSide: [string, string][] = [
  ['Assignee', 'Priya Raman'], ['Reviewer', 'Oskar Lind'], ['Labels', 'enhancement'], ['Milestone', 'v2.6'], ['Time tracking', 'No estimate or time spent'],
];
const glNav = ['Issues 37', 'Merge requests 12', 'Manage', 'Plan', 'Code', 'Build', 'Deploy', 'Operate', 'Monitor', 'Analyze'];
const glSysNote = ([w, a, t]: [string, string, string]): string =>
  `<li class="note system-note timeline-entry"><div class="timeline-entry-inner"><div class="note-header-info"><span class="system-note-author">${w}</span>\n` +
  `<span class="system-note-message">${a}</span> <time class="js-timeago">${t}</time></div></div></li>`;
const glNote = (n: (typeof glNotes)[number], i: number): string =>
  `<li class="note note-wrapper timeline-entry" id="note_${5512 + i}" data-note-id="${5512 + i}"><div class="timeline-entry-inner">` +
  `<div class="timeline-avatar"><img class="gl-avatar gl-avatar-circle gl-avatar-s32" src="/uploads/-/system/user/avatar/${i}/avatar.png" alt=""></div>\n` +
  `<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a class="author-name-link"><span class="note-header-author-name">` +
  `${n.who}</span></a> <span class="note-headline-light note-headline-meta">${n.file ? `commented on <a href="#diff">${n.file}</a> ` : ''}` +
  `<time class="js-timeago" datetime="2025-03-0${2 + i}T10:00:00Z">${n.when}</time></span></div>\n<div class="note-actions">` +
  `<span class="note-role user-access-role">${n.who === 'Oskar Lind' ? 'Maintainer' : 'Author'}</span></div></div>\n` +
  `<div class="note-body"><div class="note-text md"><p data-sourcepos="1:1-1:200" dir="auto">${n.text}</p></div></div></div></div></li>`;
const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-top-bar" lang="en"><head><meta charset="utf-8">
<title>${glTitle} (!482) · Merge requests · Tessera / tessera-sync · GitLab</title>
<meta property="og:site_name" content="GitLab"><meta property="og:title" content="${glTitle} (!482) · Merge requests · Tessera / tessera-sync · GitLab">
<meta property="og:description" content="When a chunk upload fails with a timeout or a 5xx response, the sync client currently gives up on the whole file">
<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" href="/assets/application-8d4c1e.css" media="all">
<script nonce="Xr2w+q9s">gl = window.gl || {}; gl.mrWidgetData =
{"iid":482,"state":"merged","source_branch":"fix/chunk-upload-retry","target_branch":"main"};</script>
<script src="/assets/webpack/runtime.5a6bd0a1.bundle.js" defer nonce="Xr2w+q9s"></script></head>
<body class="tab-width-8 gl-browser-firefox page-initialised" data-page="projects:merge_requests:show" data-project="tessera-sync">
<div id="js-skip-to-main-content"><a href="#content-body" class="gl-sr-only">Skip to main content</a></div>
<header class="header-logged-out"><a href="/" class="header-logged-out-logo">GitLab</a><ul>${links(['Explore', 'Help', 'Sign in', 'Register'])}</ul></header>
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" aria-label="Primary navigation">
<p class="super-sidebar-context-header">Project</p><ul>${links(glNav, 'gl-nav-item')}</ul></aside>
<div class="content-wrapper"><nav aria-label="Breadcrumbs" class="breadcrumbs"><ul class="breadcrumbs-list">
${links(['Tessera', 'tessera-sync', 'Merge requests', '!482'], 'breadcrumb-item')}</ul></nav>
<main class="content" id="content-body"><div class="merge-request" data-mr-action="show" data-url="/tessera/tessera-sync/-/merge_requests/482.json">
<div class="merge-request-details issuable-details"><div class="detail-page-header">
<h1 class="title gl-heading-1 !gl-m-0" data-testid="title-content">${glTitle}</h1>
<div class="detail-page-header-body"><span class="gl-badge badge badge-pill badge-info issuable-status-badge"><span class="gl-badge-content">Merged</span>
</span>
<div class="gl-text-subtle"><a class="author-link" href="/priya.raman"><span class="author">Priya Raman</span></a> requested to merge
<a class="ref-container" href="/tessera/tessera-sync/-/tree/fix/chunk-upload-retry">fix/chunk-upload-retry</a> into
<a class="ref-container" href="/tessera/tessera-sync/-/tree/main">main</a>
<time class="js-timeago" datetime="2025-03-02T09:12:44Z">1 week ago</time></div></div></div>
<ul class="merge-request-tabs nav-tabs nav gl-tabs-nav"><li><a href="#notes">Overview <span class="gl-badge">6</span></a></li>
<li><a href="#commits">Commits <span class="gl-badge">3</span></a></li><li><a href="#pipelines">Pipelines <span class="gl-badge">4</span></a></li>
<li><a href="#diffs">Changes <span class="gl-badge">5</span></a></li></ul>
<div class="detail-page-description"><div class="description js-task-list-container"><div class="md">
<h2 data-sourcepos="1:1-1:24" dir="auto">What does this MR do?</h2>
${ps(glWhat, ' dir="auto"')}
<h2 data-sourcepos="6:1-6:6" dir="auto">Why</h2>
${ps(glWhy, ' dir="auto"')}
<h2 data-sourcepos="9:1-9:13" dir="auto">How to test</h2><ol dir="auto">${glTest.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<div class="gl-relative markdown-code-block js-markdown-code"><pre class="code highlight js-syntax-highlight language-toml" lang="toml"><code>
<span class="line">[upload]</span>
<span class="line">max_attempts = 5</span>
<span class="line">max_backoff_secs = 30</span></code></pre><copy-code><button title="Copy to clipboard">Copy to clipboard</button></copy-code></div>
<h2 data-sourcepos="19:1-19:9" dir="auto">Checklist</h2><ul class="task-list" dir="auto">${glCheck
  .map(
    (s) => `<li class="task-list-item"><task-button></task-button>
<input type="checkbox" class="task-list-item-checkbox" checked disabled> ${s}</li>`,
  )
  .join('\n')}</ul>
</div></div></div><div class="mr-state-widget gl-mt-3"><div class="mr-widget-heading"><div class="ci-widget media">Merge request pipeline
<a href="/tessera/tessera-sync/-/pipelines/88213">#88213</a> passed for <a href="/tessera/tessera-sync/-/commit/4f3a2c1d">4f3a2c1d</a></div></div>
<div class="mr-widget-section"><p class="mr-widget-approvals">Approved by Oskar Lind</p>
<p class="mr-widget-merged">Merged by Oskar Lind 6 days ago</p><p>The changes were merged into main with 9b1e07a2</p></div></div>
<section class="notes-activity"><h2 class="gl-heading-2">Activity</h2><button class="gl-button">Sort or filter</button>
<ul id="notes-list" class="notes main-notes-list timeline">
${glSys.slice(0, 2).map(glSysNote).join('\n')}
${glNotes.map(glNote).join('\n')}
${glSys.slice(2).map(glSysNote).join('\n')}
</ul><div class="disabled-comment">Please <a href="/users/sign_in">register</a> or <a href="/users/sign_in">sign in</a> to reply</div></section></div>
<aside class="right-sidebar right-sidebar-expanded" aria-label="merge request"><div class="issuable-sidebar">
${glSide.map(([k, v]) => `<div class="block"><div class="title hide-collapsed">${k}</div><div class="value hide-collapsed">${v}</div></div>`).join('\n')}
<div class="block participants"><div class="title">2 Participants</div></div>
<div class="block reference"><div class="cross-project-reference">Reference: tessera/tessera-sync!482</div></div></div></aside>
</div></main></div></div></body></html>`;
const mergeRequest: TestPage = {
  html: glHtml,
  name: 'heldout13-gitlab-merge-request',
  kind: 'forum',
  // hard calls: the description is the opening post and the review comments are replies, so their text is body (as posts on
  // a forum page); the TOML block is code (neither); system notes ("added 3 commits" ...), the merge widget, tabs, sidebar
  // fields and navigation are furniture; the people's names and the "ago" stamps are bylines
  title: glTitle,
  headings: ['What does this MR do?', 'Why', 'How to test', 'Checklist'],
  body: [...texts(glWhat), ...texts(glWhy), ...texts(glTest), ...glCheck, ...glNotes.map((n) => texts([n.text])[0] ?? '')],
  bylines: ['Priya Raman', 'Oskar Lind', '1 week ago', '6 days ago', 'Merged by Oskar Lind 6 days ago', 'Approved by Oskar Lind'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'GitLab', 'Explore', 'Help', 'Sign in', 'Register', 'Project', ...glNav, 'Tessera', 'tessera-sync', 'Merge requests', '!482',
    'Merged', 'requested to merge fix/chunk-upload-retry into main', 'Overview', 'Commits', 'Pipelines', 'Changes', 'Copy to clipboard',
    'Merge request pipeline #88213 passed for 4f3a2c1d',
    'The changes were merged into main with 9b1e07a2', 'Activity', 'Sort or filter', ...glSys.map(([, a]) => a), 'commented on src/upload/retry.rs',
    'Maintainer', 'Author', 'Please register or sign in to reply', ...glSide.flat().filter((s) => !s.includes(' Raman') && s !== 'Oskar Lind'),
    '2 Participants', 'Reference: tessera/tessera-sync!482',
  ],
};

const pyTitle = 'ratelimit — Token-bucket rate limiting';
const c = (s: string): string => `<code class="docutils literal notranslate"><span class="pre">${s}</span></code>`;
const pyIntro = [
  `This module provides a simple, thread-safe token bucket for limiting how often an operation may run, and a decorator that applies one ` +
    `to a function. It is meant for client code that calls a rate-limited service, such as a web API that allows a fixed number of requests ` +
    `per second, and for servers that want to bound the work done for one caller.`,
  `A bucket holds up to <em>capacity</em> tokens and gains <em>rate</em> tokens per second, never more than its capacity. Each operation ` +
    `takes one or more tokens; when the bucket is empty, callers either wait for tokens to accumulate or are refused.`,
];
const pySecBucket = [`The ${c('TokenBucket')} class is the core of the module. All of its methods may be called from several threads at once.`];
const pyClass = [
  `Create a bucket that refills at <em>rate</em> tokens per second and holds at most <em>capacity</em> tokens. The bucket starts full. ` +
    `Both values must be positive, otherwise ${c('ValueError')} is raised. <em>capacity</em> may be a float, which allows a burst of a ` +
    `fractional size.`,
  `<em>clock</em> is a function of no arguments returning seconds as a float. It defaults to ${c('time.monotonic()')}; tests can pass a ` +
    `fake clock to control refills exactly.`,
];
const pyClassChanged = 'Added the <em>clock</em> parameter.';
const pyAcquire = [
  `Take <em>tokens</em> tokens from the bucket, waiting until enough are available if <em>blocking</em> is true. Return ${c('True')} on ` +
    `success. If <em>timeout</em> is given and the tokens are not available within that many seconds, return ${c('False')} without taking any.`,
  `Requesting more tokens than the bucket’s capacity raises ${c('ValueError')}, since such a request could never succeed.`,
];
const pyTry = [`Equivalent to ${c('acquire(tokens, blocking=False)')}: take the tokens if they are available now and return whether it did.`];
const pyAvail = [`The number of tokens currently in the bucket, as a float. Reading it applies any pending refill first.`];
const pyNote = [
  `Waiting in ${c('acquire()')} sleeps in the calling thread. In ${c('asyncio')} code, use ${c('try_acquire()')} together with ` +
    `${c('asyncio.sleep()')}, or run the call in an executor, so the event loop is not blocked.`,
];
const pyDeco = [
  `Return a decorator that wraps a function so each call first takes one token from a bucket created with the given <em>rate</em> and ` +
    `<em>capacity</em>. If <em>capacity</em> is ${c('None')}, it equals <em>rate</em>, allowing a burst of one second’s worth of calls.`,
  `If <em>block</em> is false, a call made while the bucket is empty raises ${c('RateLimitExceeded')} instead of waiting.`,
];
const pyExc = [
  `Raised by functions wrapped with ${c('limited()')} when <em>block</em> is false and no token is available. A subclass of ${c('RuntimeError')}.`,
];
const pyExAfter = [`Because the bucket starts full, the first five requests go out at once; after that they are spaced a fifth of a second apart.`];
const sig = (args: string): string =>
  args === ''
    ? ''
    : args
        .split(', ')
        .map((a) => (a === '*' ? a : `<em class="sig-param">${a}</em>`))
        .join(', ');
const dt = (id: string, pre: string, name: string, args: string): string =>
  `<dt class="sig sig-object py" id="${id}">${pre ? `<em class="property"><span class="pre">${pre}</span><span class="w"> </span></em>` : ''}` +
  `<span class="sig-name descname"><span class="pre">${name}</span></span><span class="sig-paren">(</span>${sig(args)}<span class="sig-paren">)</span>` +
  `<a class="headerlink" href="#${id}" title="Link to this definition">¶</a></dt>`;
const h2 = (id: string, t: string): string => `<h2>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h2>`;
const pyHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${pyTitle}"><meta property="og:type" content="website">
<meta property="og:url" content="https://docs.python.org/3/library/ratelimit.html">
<meta property="og:site_name" content="Python documentation"><meta name="description" content="Source code: Lib/ratelimit.py">
<title>${pyTitle} — Python 3.14.0 documentation</title><link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3">
<link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css?v=23252803"><script src="../_static/documentation_options.js?v=5d57ca2d"></script>
<script src="../_static/sidebar.js"></script>
<link rel="search" type="application/opensearchdescription+xml" title="Search within Python 3.14.0 documentation" href="../_static/opensearch.xml">
<style>@media only screen { table.full-width-table { width: 100%; } }</style></head>
<body><div class="mobile-nav">
<input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false" aria-expanded="false" role="button"
aria-label="Menu"><nav class="nav-content" role="navigation"><a href="https://www.python.org/" class="nav-logo">
<img src="../_static/py.svg" alt="Python logo"></a>
<span class="version_switcher_placeholder"><select id="version_switcher"><option value="3.15">dev (3.15)</option><option value="3.14" selected>3.14.0</option>
<option value="3.13">3.13</option></select></span><form role="search" class="search" action="../search.html" method="get">
<input placeholder="Quick search" type="search" name="q">
<input type="submit" value="Go"></form></nav></div><div class="related" role="navigation" aria-label="Related"><h3>Navigation</h3><ul><li class="right">
<a href="../genindex.html" title="General Index">index</a></li>
<li class="right"><a href="../py-modindex.html" title="Python Module Index">modules</a> |</li><li class="right"><a href="queue.html">next</a> |</li>
<li class="right"><a href="sched.html">previous</a> |</li><li><a href="https://www.python.org/">Python</a> »</li><li>
<a href="../index.html">3.14.0 Documentation</a> »</li>
<li class="nav-item nav-item-1"><a href="index.html">The Python Standard Library</a> »</li><li class="nav-item nav-item-2">
<a href="concurrency.html">Concurrent Execution</a> »</li>
<li class="right"><div class="theme-selector"><label>Theme <select id="theme-select"><option value="auto" selected>Auto</option>
<option value="light">Light</option>
<option value="dark">Dark</option></select></label></div></li></ul></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-ratelimit">
<h1>${c('ratelimit')} — Token-bucket rate limiting<a class="headerlink" href="#module-ratelimit" title="Link to this heading">¶</a></h1>
<div class="versionadded"><p><span class="versionmodified added">Added in version 3.13.</span></p></div>
<p><strong>Source code:</strong> <a class="reference external" href="https://github.com/python/cpython/tree/3.14/Lib/ratelimit.py">Lib/ratelimit.py</a></p>
<hr class="docutils">
${ps(pyIntro)}
<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt>Module ${c('sched')}</dt><dd>
<p>General purpose event scheduler.</p></dd></dl></div><section id="token-buckets">${h2('token-buckets', 'Token buckets')}
${ps(pySecBucket)}
<dl class="py class">${dt('ratelimit.TokenBucket', 'class', 'TokenBucket', 'rate, capacity, *, clock=time.monotonic')}
<dd>${ps(pyClass)}
<div class="versionchanged"><p><span class="versionmodified changed">Changed in version 3.14: </span>${pyClassChanged}</p></div>
<dl class="py method">${dt('ratelimit.TokenBucket.acquire', '', 'acquire', 'tokens=1, *, blocking=True, timeout=None')}
<dd>${ps(pyAcquire)}</dd></dl><dl class="py method">${dt('ratelimit.TokenBucket.try_acquire', '', 'try_acquire', 'tokens=1')}<dd>${ps(pyTry)}</dd></dl>
<dl class="py attribute"><dt class="sig sig-object py" id="ratelimit.TokenBucket.available"><span class="sig-name descname">
<span class="pre">available</span></span>
<a class="headerlink" href="#ratelimit.TokenBucket.available" title="Link to this definition">¶</a></dt><dd>${ps(pyAvail)}</dd></dl></dd></dl>
<div class="admonition note"><p class="admonition-title">Note</p>${ps(pyNote)}</div></section><section id="decorators">${h2('decorators', 'Decorators')}
<dl class="py function">${dt('ratelimit.limited', '', 'ratelimit.limited', 'rate, capacity=None, *, block=True')}
<dd>${ps(pyDeco)}</dd></dl></section><section id="exceptions">${h2('exceptions', 'Exceptions')}
<dl class="py exception">${dt('ratelimit.RateLimitExceeded', 'exception', 'ratelimit.RateLimitExceeded', '')}<dd>${ps(pyExc)}</dd></dl></section>
<section id="examples">${h2('examples', 'Examples')}
<p>Sending at most five requests per second to a web service:</p>
<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="kn">import</span> <span class="nn">ratelimit</span>
<span class="p">,</span> <span class="nn">urllib.request</span>
<span class="n">bucket</span> <span class="o">=</span> <span class="n">ratelimit</span><span class="o">.</span><span class="n">TokenBucket</span>
<span class="p">(</span><span class="mi">5</span><span class="p">,</span> <span class="mi">5</span><span class="p">)</span>
<span class="k">for</span> <span class="n">url</span> <span class="ow">in</span> <span class="n">urls</span><span class="p">:</span>
    <span class="n">bucket</span><span class="o">.</span><span class="n">acquire</span><span class="p">()</span>
</pre></div></div>
${ps(pyExAfter)}
</section></section><div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper"><div><h3><a href="../contents.html">Table of Contents</a></h3>
<ul><li><a class="reference internal" href="#">${c('ratelimit')} — Token-bucket rate limiting</a><ul><li><a href="#token-buckets">Token buckets</a></li>
<li><a href="#decorators">Decorators</a></li><li><a href="#exceptions">Exceptions</a></li><li><a href="#examples">Examples</a></li></ul></li></ul></div>
<div><h4>Previous topic</h4><p class="topless"><a href="sched.html" title="previous chapter">${c('sched')} — Event scheduler</a></p></div>
<div><h4>Next topic</h4><p class="topless"><a href="queue.html" title="next chapter">${c('queue')} — A synchronized queue class</a></p></div>
<div role="note" aria-label="source link"><h3>This Page</h3><ul class="this-page-menu"><li><a href="../bugs.html">Report a Bug</a></li>
<li><a href="https://github.com/python/cpython/blob/main/Doc/library/ratelimit.rst" rel="nofollow">Show Source</a></li></ul></div></div></div>
<div class="clearer"></div></div><div class="footer">© <a href="../copyright.html">Copyright</a> 2001-2025, Python Software Foundation.<br>
This page is licensed under the Python Software Foundation License Version 2.<br>
Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.<br>
See <a href="/license.html#license">History and License</a> for more information.<br><br>
The Python Software Foundation is a non-profit corporation. <a href="https://www.python.org/psf/donations/">Please donate.</a><br><br>
Last updated on Mar 09, 2025 (08:12 UTC). <a href="/bugs.html">Found a bug</a>?<br>
Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.2.3.</div></body></html>`;
const pythonDocs: TestPage = {
  html: pyHtml,
  name: 'heldout13-python-stdlib-docs',
  kind: 'docs',
  // hard calls: signatures in <dt> and the example code are code (neither); every description paragraph, the version notes
  // ("Added in version", "Changed in version") and the note's text are body, the one-word "Note" label neither; the "See
  // also" box points to another page (furniture, like the sidebar); the "Source code:" line is furniture; the sidebar's
  // contents entries repeat the title and headings (neither); the ¶ links are hidden (neither); "Last updated" is a byline
  title: pyTitle,
  headings: ['Token buckets', 'Decorators', 'Exceptions', 'Examples'],
  body: [
    'Added in version 3.13.',
    ...texts(pyIntro),
    ...texts(pySecBucket),
    ...texts(pyClass),
    `Changed in version 3.14: ${texts([pyClassChanged])[0]}`,
    ...texts(pyAcquire),
    ...texts(pyTry),
    ...texts(pyAvail),
    ...texts(pyNote),
    ...texts(pyDeco),
    ...texts(pyExc),
    'Sending at most five requests per second to a web service:',
    ...texts(pyExAfter),
  ],
  bylines: ['Last updated on Mar 09, 2025 (08:12 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'dev (3.15)', '3.14.0', 'Navigation', 'index', 'modules', 'next', 'previous', '3.14.0 Documentation', 'The Python Standard Library', 'Concurrent Execution',
    'Theme', 'Auto', 'Light', 'Dark', 'Source code: Lib/ratelimit.py', 'See also', 'Module sched', 'General purpose event scheduler.', 'Table of Contents',
    'Previous topic', 'sched — Event scheduler', 'Next topic', 'queue — A synchronized queue class', 'This Page', 'Report a Bug', 'Show Source',
    '© Copyright 2001-2025, Python Software Foundation.', 'This page is licensed under the Python Software Foundation License Version 2.',
    'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
    'See History and License for more information.', 'The Python Software Foundation is a non-profit corporation.', 'Please donate.', 'Found a bug',
    'Created using Sphinx 8.2.3.',
  ],
};

export const HELDOUT13_F: readonly TestPage[] = [mergeRequest, pythonDocs];
