import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file a3: a ruby-doc.org class page (RDoc Darkfish template with the ruby-doc.org top bar). */
const rbTitle = 'class RingBuffer';
const rbDesc = [
  'A RingBuffer holds a fixed number of objects. When it is full, pushing a new object silently drops the oldest one, so the ' +
    'buffer always contains the most recent <code>capacity</code> items in the order they were added.',
  'Ring buffers are useful for keeping the last few lines of a log, a moving window of measurements, or an undo history ' +
    'with a hard limit. Unlike an Array trimmed by hand, a RingBuffer never reallocates after it is created.',
];
const rbH1 = 'Creating a RingBuffer';
const rbP1 = [
  'Pass the capacity to <code>RingBuffer.new</code>. The capacity must be a positive Integer; it cannot be changed later.',
  'An optional block is called with each object as it is dropped, which lets you flush old entries somewhere else before ' + 'they are lost.',
  'A RingBuffer is not thread-safe. If several threads push to the same buffer, wrap the calls in a Mutex, or give each ' +
    'thread a buffer of its own and merge them when you read. Reading with <code>to_a</code> returns a new Array, so the ' +
    'copy can be used freely while other threads keep pushing.',
];
const rbH2 = 'What’s Here';
const rbP2 = ['Class RingBuffer provides methods for:'];
const rbList = [
  'Adding objects: <code>push</code>, <code>&lt;&lt;</code> and <code>concat</code>.',
  'Reading objects: <code>first</code>, <code>last</code>, <code>[]</code> and <code>to_a</code>.',
  'Querying: <code>size</code>, <code>capacity</code>, <code>full?</code> and <code>empty?</code>.',
  'Iterating: <code>each</code>, which yields from oldest to newest.',
];
const rbH3 = 'Public Class Methods';
const rbM1 = [
  'Returns a new, empty RingBuffer that can hold <code>capacity</code> objects. Raises ArgumentError if <code>capacity</code> is ' + 'zero or negative.',
  'If a block is given, it is called with each object dropped from the buffer to make room for a new one.',
];
const rbH4 = 'Public Instance Methods';
const rbM2 = [
  'Appends <code>object</code> as the newest element and returns <code>self</code>. If the buffer is full, the oldest element is ' + 'dropped first.',
];
const rbM3 = [
  'Returns the element at <code>index</code>, counting from the oldest element at index 0. Negative indexes count back from the ' +
    'newest. Returns <code>nil</code> if the index is out of range.',
];
const rbM4 = [
  'Returns <code>true</code> if the buffer holds <code>capacity</code> elements, <code>false</code> otherwise.',
  'A full buffer stays full: pushing to it drops one element and adds one, so <code>size</code> never goes down again.',
];
const rbTop = ['Home', 'Core', 'Std-lib', 'Downloads', 'Gems'];
const rbVersions = ['3.5', '3.4', '3.3', '3.2'];
const rbMethods = ['::new', '#<<', '#[]', '#capacity', '#each', '#empty?', '#first', '#full?', '#last', '#push', '#size', '#to_a'];
const rbMeth = (id: string, seq: string, desc: readonly string[], src: string): string => `<div id="method-${id}" class="method-detail">
<div class="method-header"><div class="method-heading"><span class="method-callseq">${seq}</span>
<span class="method-click-advice">click to toggle source</span></div></div>
<div class="method-description">${desc.map((p) => `<p>${p}</p>`).join('\n')}
<div class="method-source-code" id="${id}-source"><pre><span class="ruby-comment"># File lib/ring_buffer.rb</span>
${src}</pre></div></div></div>`;
const rbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>class RingBuffer - RDoc Documentation</title><meta name="keywords" content="ruby,class,RingBuffer">
<meta name="description" content="class RingBuffer: A RingBuffer holds a fixed number of objects.">
<script type="text/javascript">var rdoc_rel_prefix = "./"; var index_rel_prefix = "./";</script>
<script src="./js/navigation.js" defer></script><script src="./js/search.js" defer></script><script src="./js/darkfish.js" defer></script>
<link href="./css/fonts.css" rel="stylesheet"><link href="./css/rdoc.css" rel="stylesheet">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-XXXX"></script></head>
<body id="top" role="document" class="class">
<div id="rubydoc-topbar" class="topbar"><a class="topbar-logo" href="https://ruby-doc.org/">ruby-doc.org</a><ul class="topbar-links">
${links(rbTop, 'topbar-link')}</ul><div class="topbar-version"><label for="version-select">Ruby version</label><select id="version-select">
${rbVersions.map((v) => `<option>${v}</option>`).join('')}</select></div></div>
<nav id="navigation" role="navigation"><div id="project-navigation"><div id="home-section" role="region" title="Quick navigation" class="nav-section">
<h2><a href="./index.html" rel="home">Home</a></h2><div id="table-of-contents-navigation"><a href="./table_of_contents.html#pages">Pages</a>
<a href="./table_of_contents.html#classes">Classes</a><a href="./table_of_contents.html#methods">Methods</a></div></div>
<div id="search-section" role="search" class="project-section initially-hidden"><form action="#" method="get" accept-charset="utf-8">
<div id="search-field-wrapper"><input id="search-field" role="combobox" aria-label="Search" aria-autocomplete="list" aria-controls="search-results"
type="text" name="search" placeholder="Search (/) for a class, method, ..." spellcheck="false" title="Type to search, Up and Down to navigate, Enter to load">
</div><ul id="search-results" aria-label="Search Results" aria-busy="false" aria-expanded="false" aria-atomic="false" class="initially-hidden"></ul>
</form></div></div>
<div id="class-metadata"><div id="parent-class-section" class="nav-section"><h3>Parent</h3><p class="link">Object</p></div>
<div id="includes-section" class="nav-section"><h3>Included Modules</h3><ul class="link-list"><li><a class="include" href="Enumerable.html">Enumerable</a></li>
</ul></div><div id="method-list-section" class="nav-section"><h3>Methods</h3><ul class="link-list" role="directory">
${rbMethods.map((m) => `<li><a href="#method-${m.replace(/\W/g, '')}">${m.replace(/</g, '&lt;')}</a></li>`).join('\n')}</ul></div></div></nav>
<main role="main" aria-labelledby="class-RingBuffer"><h1 id="class-RingBuffer" class="class">class RingBuffer</h1>
<section class="description">${rbDesc.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="class-RingBuffer-label-Creating+a+RingBuffer"><a href="#class-RingBuffer-label-Creating+a+RingBuffer">${rbH1}</a><span>
<a href="#class-RingBuffer-label-Creating+a+RingBuffer">&para;</a> <a href="#top">&uarr;</a></span></h2>
${rbP1.map((p) => `<p>${p}</p>`).join('\n')}
<pre class="ruby"><span class="ruby-identifier">recent</span> = <span class="ruby-constant">RingBuffer</span>.<span class="ruby-identifier">new</span>(3)
<span class="ruby-identifier">recent</span> <span class="ruby-operator">&lt;&lt;</span> 1 <span class="ruby-operator">&lt;&lt;</span> 2 &lt;&lt; 3 &lt;&lt; 4
<span class="ruby-identifier">recent</span>.<span class="ruby-identifier">to_a</span> <span class="ruby-comment"># =&gt; [2, 3, 4]</span></pre>
<h2 id="class-RingBuffer-label-What-E2-80-99s+Here"><a href="#class-RingBuffer-label-What-E2-80-99s+Here">${rbH2}</a><span>
<a href="#class-RingBuffer-label-What-E2-80-99s+Here">&para;</a> <a href="#top">&uarr;</a></span></h2>
<p>${rbP2[0]}</p><ul>${rbList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section>
<section id="5Buntitled-5D" class="documentation-section">
<section id="public-class-5Buntitled-5D-method-details" class="method-section"><header><h3>${rbH3}</h3></header>
${rbMeth('c-new', 'new(capacity) → ring_buffer<br>new(capacity) { |dropped| ... } → ring_buffer', rbM1, 'def initialize(capacity, &amp;on_drop)\nend')}
</section><section id="public-instance-5Buntitled-5D-method-details" class="method-section"><header><h3>${rbH4}</h3></header>
${rbMeth('i-push', 'push(object) → self<br>self &lt;&lt; object → self', rbM2, 'def push(object)\n  @items[@head] = object\nend')}
${rbMeth('i-5B-5D', 'self[index] → object or nil', rbM3, 'def [](index)\n  @items[(@head + index) % @capacity]\nend')}
${rbMeth('i-full-3F', 'full? → true or false', rbM4, 'def full?\n  @size == @capacity\nend')}
</section></section></main>
<footer id="validator-badges" role="contentinfo"><p><a href="https://validator.w3.org/check/referer">Validate</a></p>
<p>Generated by <a href="https://ruby.github.io/rdoc/">RDoc</a> 6.14.0.</p>
<p>Based on <a href="http://deveiate.org/projects/Darkfish-RDoc/">Darkfish</a> by <a href="http://deveiate.org">Michael Granger</a>.</p>
<p class="rubydoc-maint">ruby-doc.org is a service of Kestrel Hollis and Ardent Ruby Hosting. Report a problem with this page.</p></footer>
</body></html>`;
export const rubydocPage: TestPage = {
  name: 'heldout174-rubydoc-class',
  kind: 'docs',
  html: rbHtml,
  // RDoc call sequences (method signatures) and source listings are code: in neither list
  title: rbTitle,
  headings: [rbH1, rbH2, rbH3, rbH4],
  body: texts([...rbDesc, ...rbP1, ...rbP2, ...rbList, ...rbM1, ...rbM2, ...rbM3, ...rbM4]),
  bylines: [],
  furniture: [
    'ruby-doc.org',
    ...rbTop,
    'Ruby version',
    'Pages',
    'Classes',
    'Parent',
    'Object',
    'Included Modules',
    'Enumerable',
    'Methods',
    ...rbMethods,
    'click to toggle source',
    'Validate',
    'Generated by RDoc 6.14.0.',
    'Based on Darkfish by Michael Granger.',
    'ruby-doc.org is a service of Kestrel Hollis and Ardent Ruby Hosting. Report a problem with this page.',
  ],
};
