import { type TestPage, texts } from './page-kit.js';
import { nodeApiPage } from './pages-heldout57-a3.js';
import { pyBlock, pyEx1Code, pyEx2Code, pyFoot, pyMod, pyPage, pyParam, pySig } from './pages-heldout57-a2.js';

/**
 * Held-out batch 57, file a: a docs.python.org library module page on the 3.14 python-docs-theme (the mobile menu with its
 * theme selector and a copy of the sidebar, the "related" navigation bar with index / modules / next / previous and the
 * breadcrumb trail, the module heading, the "Source code:" line, Sphinx `dl.py` signatures with their permalinks, a Note and a
 * "See also" admonition, two code examples, the sidebar with its table of contents, previous and next topics and "This page",
 * and the PSF footer with its "Last updated" line).
 */
const pyTitle = 'ratelimit — Token-bucket rate limiting';
const pyIntro = [
  'This module provides a small, thread-safe implementation of the token-bucket algorithm, which is commonly used to limit how ' +
    'often an operation may run. A bucket holds a number of tokens up to a fixed capacity; each call that wants to proceed takes ' +
    'one or more tokens, and tokens are added back at a steady rate as time passes.',
  'Rate limiters are useful when a program talks to a service that rejects bursts of requests, when a background job must not ' +
    'saturate a disk or a network link, or when a log handler should report a repeated error only a few times per minute. The module ' +
    'deliberately does no scheduling of its own: it tells the caller whether a token is available, or how long to wait for one, and ' +
    'leaves the waiting to the caller, to <a class="reference internal" href="threading.html#module-threading"><code class="xref py py-mod ' +
    'docutils literal notranslate"><span class="pre">threading</span></code></a> or to <a class="reference internal" href="asyncio.html#module-' +
    'asyncio"><code class="xref py py-mod docutils literal notranslate"><span class="pre">asyncio</span></code></a>.',
  'Every bucket reads the time from <a class="reference internal" href="time.html#time.monotonic"><code class="xref py py-func docutils ' +
    'literal notranslate"><span class="pre">time.monotonic()</span></code></a> unless it is given another clock, so buckets are not ' +
    'affected when the system clock is changed.',
];
const pyAdded = 'Added in version 3.14.';
const pyH1 = 'Bucket objects';
const pyBucket = [
  'Create a bucket that refills at <em>rate</em> tokens per second and holds at most <em>capacity</em> tokens. Both arguments must ' +
    'be positive; <em>rate</em> may be a float, so a rate of <code class="docutils literal notranslate"><span class="pre">0.5</span></code> ' +
    'allows one call every two seconds. The bucket starts full.',
  'If <em>clock</em> is given, it must be a callable that takes no arguments and returns a number of seconds, such as ' +
    '<a class="reference internal" href="time.html#time.perf_counter"><code class="xref py py-func docutils literal notranslate"><span ' +
    'class="pre">time.perf_counter()</span></code></a>. Tests often pass a fake clock so that refills can be controlled exactly.',
];
const pyAcquire =
  'Take <em>tokens</em> from the bucket and return <code class="docutils literal notranslate"><span class="pre">True</span></code> if ' +
  'that many are available; otherwise leave the bucket unchanged and return <code class="docutils literal notranslate"><span ' +
  'class="pre">False</span></code>. This method never blocks.';
const pyWaitTime =
  'Return the number of seconds until <em>tokens</em> tokens will be available, or <code class="docutils literal notranslate"><span ' +
  'class="pre">0.0</span></code> if they are available now. <a class="reference internal" href="exceptions.html#ValueError"><code ' +
  'class="xref py py-exc docutils literal notranslate"><span class="pre">ValueError</span></code></a> is raised if <em>tokens</em> is ' +
  'greater than the capacity of the bucket, since such a request could never succeed.';
const pyAvailable = 'The number of tokens in the bucket at the moment the attribute is read, as a float.';
const pyNote =
  'A bucket may be shared between threads, but not between processes. Each process started by <a class="reference internal" ' +
  'href="multiprocessing.html#module-multiprocessing"><code class="xref py py-mod docutils literal notranslate"><span class="pre">' +
  'multiprocessing</span></code></a> gets its own copy of the bucket and therefore its own allowance.';
const pyH2 = 'Waiting for a token';
const pyWait =
  'Block the calling thread until <em>tokens</em> tokens are available in <em>bucket</em>, then take them. This is a convenience ' +
  'wrapper around <code class="docutils literal notranslate"><span class="pre">wait_time()</span></code> and <a class="reference internal" ' +
  'href="time.html#time.sleep"><code class="xref py py-func docutils literal notranslate"><span class="pre">time.sleep()</span></code></a>.';
const pyAsync =
  'The coroutine form of <code class="docutils literal notranslate"><span class="pre">wait()</span></code>. It sleeps with ' +
  '<a class="reference internal" href="asyncio-task.html#asyncio.sleep"><code class="xref py py-func docutils literal notranslate">' +
  '<span class="pre">asyncio.sleep()</span></code></a>, so other tasks keep running while it waits.';
const pyH3 = 'Examples';
const pyEx1 = 'Allow at most five requests per second to a slow web service, with bursts of up to ten:';
const pyEx2 = 'A logging filter that lets the same message through at most three times a minute:';
const pySee = ['See also', 'Module sched', 'General purpose event scheduler.'];
const pyNav = ['index', 'modules', 'next', 'previous', 'Python', '3.14.0 Documentation', 'The Python Standard Library', 'Concurrent Execution'];
const pySide = ['Table of Contents', 'Previous topic', 'queue — A synchronized queue class', 'Next topic', 'contextvars — Context Variables'];
const pyArticle = `  <section id="module-ratelimit">
<span id="ratelimit-token-bucket-rate-limiting"></span><h1>${pyMod('ratelimit')} — Token-bucket rate limiting<a class="headerlink"
 href="#module-ratelimit" title="Link to this heading">¶</a></h1>
<p><strong>Source code:</strong> <a class="extlink-source reference external"
 href="https://github.com/python/cpython/tree/3.14/Lib/ratelimit.py">Lib/ratelimit.py</a></p>
<hr class="docutils" />
${pyIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="versionadded">
<p><span class="versionmodified added">${pyAdded}</span></p>
</div>
<section id="bucket-objects">
<h2>${pyH1}<a class="headerlink" href="#bucket-objects" title="Link to this heading">¶</a></h2>
<dl class="py class">
${pySig('ratelimit.TokenBucket', 'class', true, 'TokenBucket', [pyParam('rate'), pyParam('capacity'), pyParam('*'), pyParam('clock', 'None')])}
<dd>${pyBucket.map((p) => `<p>${p}</p>`).join('\n')}
<dl class="py method">
${pySig('ratelimit.TokenBucket.acquire', '', false, 'acquire', [pyParam('tokens', '1')])}
<dd><p>${pyAcquire}</p>
</dd></dl>
<dl class="py method">
${pySig('ratelimit.TokenBucket.wait_time', '', false, 'wait_time', [pyParam('tokens', '1')])}
<dd><p>${pyWaitTime}</p>
</dd></dl>
<dl class="py attribute">
${pySig('ratelimit.TokenBucket.available', '', false, 'available', null)}
<dd><p>${pyAvailable}</p>
</dd></dl>
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>${pyNote}</p>
</div>
</dd></dl>
</section>
<section id="waiting-for-a-token">
<h2>${pyH2}<a class="headerlink" href="#waiting-for-a-token" title="Link to this heading">¶</a></h2>
<dl class="py function">
${pySig('ratelimit.wait', '', true, 'wait', [pyParam('bucket'), pyParam('tokens', '1')])}
<dd><p>${pyWait}</p>
</dd></dl>
<dl class="py function">
${pySig('ratelimit.async_wait', 'async', true, 'async_wait', [pyParam('bucket'), pyParam('tokens', '1')])}
<dd><p>${pyAsync}</p>
</dd></dl>
</section>
<section id="examples">
<h2>${pyH3}<a class="headerlink" href="#examples" title="Link to this heading">¶</a></h2>
<p>${pyEx1}</p>
${pyBlock(pyEx1Code)}
<p>${pyEx2}</p>
${pyBlock(pyEx2Code)}
<div class="admonition seealso">
<p class="admonition-title">${pySee[0]}</p>
<dl class="simple">
<dt>Module <a class="reference internal" href="sched.html#module-sched" title="sched: General purpose event scheduler.">${pyMod('sched')}</a></dt>
<dd><p>${pySee[2]}</p>
</dd>
</dl>
</div>
</section>
</section>`;
const pyHtml = pyPage(pyArticle);
const pythonModule: TestPage = {
  html: pyHtml,
  name: 'heldout57-python-docs-module',
  kind: 'docs',
  // the module heading (without its "¶" permalink) is the title; the three h2 sections are the headings; the intro paragraphs,
  // the "Added in version" line, every description under a signature and the Note's text ("Note" in neither list) are body;
  // the Sphinx signatures (class ratelimit.TokenBucket(...), acquire(...), wait(...)) are code in `dt`s, not headings: in
  // neither list, with the two code examples; "Source code: Lib/ratelimit.py" is the page's source link: furniture; the "See
  // also" box is a see-also list: furniture; the "Last updated" line is the dateline; the mobile menu, theme selector, the
  // related bar, sidebar (its table of contents repeats title and headings: those entries in neither list), previous and next
  // topics, "This page" and the footer are furniture
  title: pyTitle,
  headings: [pyH1, pyH2, pyH3],
  body: [...texts(pyIntro), pyAdded, ...texts(pyBucket), ...texts([pyAcquire, pyWaitTime, pyAvailable, pyNote, pyWait, pyAsync]), pyEx1, pyEx2],
  bylines: ['Last updated on Nov 21, 2025 (09:42 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Theme', 'Auto', 'Light', 'Dark', ...pySide, 'This page', 'Report a bug', 'Show source', 'Navigation', ...pyNav,
    'Source code:', 'Lib/ratelimit.py', ...pySee, '«', 'Copyright', '2001 Python Software Foundation.', ...pyFoot,
    'See History and License for more information.', 'Found a bug', 'Created using Sphinx 8.2.3.',
  ],
};

export const HELDOUT57_A: readonly TestPage[] = [pythonModule, nodeApiPage];
