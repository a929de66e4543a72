import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 162, file f2: a Hackage package's Haddock module page (linuwial theme): the package header caption with
 * the "Quick Jump" / "Source" / "Contents" / "Index" menu, the module info table (copyright, licence, maintainer,
 * stability, Safe Haskell, language), the module name caption, the "Contents" list, the "Description" caption and text,
 * the collapsed "Synopsis", group h1s, declarations with "Source" and "#" links, their docs, an "Instances" details
 * block, a "Since:" line, the hidden quick-jump search box and the "Produced by Haddock" footer.
 */
const hkTitle = 'Data.RingBuffer.Bounded';
const hkDesc = [
  'Mutable ring buffers with a fixed capacity, living in <code>ST</code> or <code>IO</code>. Once a buffer is full, each new ' +
    'element overwrites the oldest one, which makes these buffers a good fit for rolling windows over a stream of samples, ' +
    'recent-event logs and similar bounded histories.',
  'All operations except <code><a href="#v:toList">toList</a></code> run in constant time and allocate nothing after the ' +
    'buffer has been created. This module is intended to be imported qualified:',
];
const hkDesc2 = [
  'The buffers are not thread-safe. When a buffer in <code>IO</code> is shared between threads, protect it with an ' +
    '<code>MVar</code> or use the <code>Data.RingBuffer.Bounded.Concurrent</code> module, which wraps every operation in a ' +
    "lock. Elements are stored lazily; use <code>push'</code> from <code>Data.RingBuffer.Bounded.Strict</code> if you want them " +
    'forced to weak head normal form when they are added, which avoids building up thunks in long-running loops.',
];
const hkH1 = 'Creating buffers';
const hkDocType = [
  'A ring buffer holding at most a fixed number of elements of type <code>a</code>, in the state thread <code>s</code>. Use ' +
    '<code>RealWorld</code> for buffers in <code>IO</code>.',
];
const hkDocNew = ['Create an empty buffer that can hold <code>n</code> elements. Throws an <code>ErrorCall</code> if <code>n</code> is not positive.'];
const hkSince = ['<em>Since: 0.1.0</em>'];
const hkH2 = 'Adding and removing elements';
const hkDocPush = [
  'Add an element at the newest end. If the buffer is already full, the oldest element is discarded to make room and returned ' +
    'in <code>Just</code>; otherwise the result is <code>Nothing</code>.',
];
const hkDocPop = ['Remove and return the oldest element, or <code>Nothing</code> if the buffer is empty.'];
const hkDocClear = [
  'Remove all elements. The capacity of the buffer does not change and no memory is released, so a cleared buffer can be ' +
    'reused for the next run of a computation without allocating a new one.',
];
const hkH3 = 'Queries';
const hkDocLen = ['The number of elements currently in the buffer, between zero and the capacity.'];
const hkDocToList = [
  'The elements of the buffer from oldest to newest. This is the only operation that takes time proportional to the number of ' +
    'elements, and the list it returns is a snapshot: later changes to the buffer do not affect it.',
];
const hkInfo: [string, string][] = [
  ['Copyright', '(c) Tomasz Wierzba, 2023-2025'],
  ['License', 'BSD-3-Clause'],
  ['Maintainer', 'tomasz@wierzba.example'],
  ['Stability', 'experimental'],
  ['Safe Haskell', 'Safe-Inferred'],
  ['Language', 'Haskell2010'],
];
const hkMenu = ['Quick Jump', 'Source', 'Contents', 'Index'];
const src = (id: string, sig: string, doc: string, extra = ''): string => `<div class="top"><p class="src">${sig}
<a href="src/Data.RingBuffer.Bounded.html#${id.slice(2)}" class="link">Source</a> <a href="#${id}" class="selflink">#</a></p><div
class="doc">${doc}</div>${extra}</div>`;
const fn = (name: string, type: string): string => `<a id="v:${name}" class="def">${name}</a> :: ${type}`;
const hkHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${hkTitle}</title>
<link href="linuwial.css" rel="stylesheet" type="text/css" title="Linuwial"><link rel="stylesheet" type="text/css" href="quick-jump.css">
<link rel="stylesheet" type="text/css" href="https://fonts.googleapis.com/css?family=PT+Sans:400,400i,700">
<script src="haddock-bundle.min.js" async="async" type="text/javascript"></script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({ tex2jax: { processClass: "mathjax", ignoreClass: ".*" } });</script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.0/MathJax.js?config=TeX-AMS-MML_HTMLorMML" type="text/javascript"></script></head>
<body><div id="package-header"><span class="caption">bounded-ring-0.3.1: Fixed-capacity mutable ring buffers</span><ul class="links" id="page-menu">
<li><a href="#" id="quick-jump-button">Quick Jump</a></li><li><a href="src/Data.RingBuffer.Bounded.html">Source</a></li>
<li><a href="index.html">Contents</a></li><li><a href="doc-index.html">Index</a></li></ul></div>
<div id="content"><div id="module-header"><table class="info">
${hkInfo.map(([k, v]) => `<tr><th valign="top">${k}</th><td>${v}</td></tr>`).join('\n')}
</table><p class="caption">${hkTitle}</p></div>
<div id="table-of-contents"><div id="contents-list"><p class="caption" onclick="window.scrollTo(0,0)">Contents</p><ul>
<li><a href="#g:1">${hkH1}</a></li><li><a href="#g:2">${hkH2}</a></li><li><a href="#g:3">${hkH3}</a></li></ul></div></div>
<div id="description"><p class="caption">Description</p><div class="doc">${ps(hkDesc)}
<pre><span class="keyword">import qualified</span> Data.RingBuffer.Bounded <span class="keyword">as</span> Ring</pre>${ps(hkDesc2)}</div></div>
<div id="synopsis"><details id="syn"><summary>Synopsis</summary><ul class="details-toggle" data-details-id="syn">
<li class="src short"><span class="keyword">data</span> <a href="#t:RingBuffer">RingBuffer</a> s a</li>
<li class="src short"><a href="#v:new">new</a> :: Int -&gt; ST s (<a href="#t:RingBuffer">RingBuffer</a> s a)</li>
<li class="src short"><a href="#v:push">push</a> :: <a href="#t:RingBuffer">RingBuffer</a> s a -&gt; a -&gt; ST s (Maybe a)</li>
<li class="src short"><a href="#v:pop">pop</a> :: <a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s (Maybe a)</li>
<li class="src short"><a href="#v:clear">clear</a> :: <a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s ()</li>
<li class="src short"><a href="#v:length">length</a> :: <a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s Int</li>
<li class="src short"><a href="#v:toList">toList</a> :: <a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s [a]</li></ul></details></div>
<div id="interface"><a href="#g:1" id="g:1"><h1>${hkH1}</h1></a>
${src(
  't:RingBuffer',
  '<span class="keyword">data</span> <a id="t:RingBuffer" class="def">RingBuffer</a> s a',
  ps(hkDocType),
  `<div class="subs instances">
<details id="i:RingBuffer" open="open"><summary>Instances</summary><div class="subs instances"><details id="i:id:RingBuffer:Eq:1"><summary
class="hide-when-js-enabled">
Instances details</summary></details><table><tr><td class="src clearfix"><span class="inst-left"><span class="instance details-toggle-control details-toggle"
data-details-id="i:id:RingBuffer:Eq:1"></span> Eq (<a href="#t:RingBuffer">RingBuffer</a> s a)</span> <a href="src/Data.RingBuffer.Bounded.html#line-58"
class="link">Source</a>
<a href="#t:RingBuffer" class="selflink">#</a></td><td class="doc empty"> </td></tr></table></div></details></div>`,
)}
${src('v:new', fn('new', 'Int -&gt; ST s (<a href="#t:RingBuffer">RingBuffer</a> s a)'), ps(hkDocNew) + ps(hkSince))}
<a href="#g:2" id="g:2"><h1>${hkH2}</h1></a>
${src('v:push', fn('push', '<a href="#t:RingBuffer">RingBuffer</a> s a -&gt; a -&gt; ST s (Maybe a)'), ps(hkDocPush))}
${src('v:pop', fn('pop', '<a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s (Maybe a)'), ps(hkDocPop))}
${src('v:clear', fn('clear', '<a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s ()'), ps(hkDocClear))}
<a href="#g:3" id="g:3"><h1>${hkH3}</h1></a>
${src('v:length', fn('length', '<a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s Int'), ps(hkDocLen))}
${src('v:toList', fn('toList', '<a href="#t:RingBuffer">RingBuffer</a> s a -&gt; ST s [a]'), ps(hkDocToList))}
</div></div>
<div id="footer"><p>Produced by <a href="http://www.haskell.org/haddock/">Haddock</a> version 2.30.0</p></div>
<div id="quick-jump" class="hidden"><div class="search-wrapper"><input type="text" id="quick-jump-input" placeholder="Search for any module, type or function"
aria-label="Search">
<p class="search-hint">Press <kbd>Esc</kbd> to close, <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to go.</p></div></div></body></html>`;
export const hackagePage: TestPage = {
  html: hkHtml,
  name: 'heldout162-hackage-haddock-module',
  kind: 'docs',
  // the module name caption is the title; the group h1s are the headings; the description and every declaration's doc
  // are body, signatures, the synopsis and the import example in neither list; the copyright line is a byline; the
  // "Description", "Contents", "Synopsis" and "Instances" labels, the info table values, "Source" links and footer are furniture
  title: hkTitle,
  headings: [hkH1, hkH2, hkH3],
  body: texts([...hkDesc, ...hkDesc2, ...hkDocType, ...hkDocNew, ...hkSince, ...hkDocPush, ...hkDocPop, ...hkDocClear, ...hkDocLen, ...hkDocToList]),
  bylines: ['(c) Tomasz Wierzba, 2023-2025', 'tomasz@wierzba.example'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'bounded-ring-0.3.1: Fixed-capacity mutable ring ' +
'buffers', ...hkMenu, ...hkInfo.slice(1).filter(([k]) => k !== 'Maintainer').map(([, v]) => v), 'Description',
    'Synopsis', 'Instances', 'Instances details', 'Produced by Haddock version 2.30.0', 'Press Esc to close, ↑ ↓ to move, Enter to go.',
  ],
};
