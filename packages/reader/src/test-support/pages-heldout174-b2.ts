import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file b2: a PHP manual function page (php.net, refentry sections, user contributed notes). */
const phTitle = 'array_partition';
const phPurpose = 'array_partition — Split an array in two by a callback';
const phDesc = [
  'Walks through <var class="parameter">array</var> and passes each element to <var class="parameter">callback</var>. Elements ' +
    'for which the callback returns <strong><code>true</code></strong> go into the first returned array; all others go into the ' +
    'second. Keys are preserved in both arrays.',
  'The array is walked exactly once, in order, and the callback is called exactly once per element. This makes ' +
    '<span class="function"><strong>array_partition()</strong></span> cheaper than calling <span class="function">array_filter()' +
    '</span> twice with opposite callbacks, and safe to use with callbacks that have side effects such as logging.',
];
const phParams = [
  'The array to split.',
  'The function to call for each element. Its signature is:',
  'Determines which arguments are sent to <var class="parameter">callback</var>. By default only the value is passed.',
];
const phModes = [
  '<strong><code>ARRAY_FILTER_USE_KEY</code></strong> - pass the key as the only argument instead of the value',
  '<strong><code>ARRAY_FILTER_USE_BOTH</code></strong> - pass both value and key as arguments',
];
const phReturn = [
  'Returns a list of two arrays: the elements that passed the callback, and the elements that did not. Either array may be empty.',
  'The order of elements within each array follows their order in the input array. If <var class="parameter">array</var> is ' +
    'empty, two empty arrays are returned and the callback is never called.',
  'Because the result is always a list of exactly two arrays, it is designed to be unpacked with list syntax, as in the ' +
    'example below. Unpacking into named variables makes it clear at the call site which half holds the accepted elements.',
];
const phErrors = [
  'Throws a <span class="classname">TypeError</span> if <var class="parameter">callback</var> returns a value that is not a ' +
    '<span class="type">bool</span> and strict typing is enabled in the calling file.',
];
const phChange = ['Passing an invalid <var class="parameter">mode</var> now throws a <span class="classname">ValueError</span>.'];
const phEx1 = 'Example #1 <span class="function"><strong>array_partition()</strong></span> example';
const phExOut = ['The above example will output:'];
const phNote =
  'Because keys are preserved, the returned arrays may not be lists. Pass them to <span class="function">array_values()</span> ' +
  'if sequential keys are needed.';
const phSee = [
  '<span class="function">array_filter()</span> - Filters elements of an array using a callback function',
  '<span class="function">array_reduce()</span> - Iteratively reduce the array to a single value using a callback function',
  '<span class="function">array_chunk()</span> - Split an array into chunks',
];
const phNav = ['Downloads', 'Documentation', 'Get Involved', 'Help'];
const phSide = ['array_key_first', 'array_key_last', 'array_map', 'array_merge', 'array_pad', 'array_partition', 'array_pop', 'array_product'];
const phNotes = [
  {
    user: 'tovah dot rennick at example dot net',
    ago: '1 year ago',
    votes: '14',
    text: 'If you only need one side, array_filter is faster. I use this when I need both halves and want to walk the array once.',
  },
  { user: 'kalev', ago: '8 months ago', votes: '3', text: 'Remember that the callback result is cast to bool unless you use strict_types.' },
];
const phFoot = ['Copyright © 2001-2026 The PHP Documentation Group', 'My PHP.net', 'Contact', 'Other PHP.net sites', 'Privacy policy'];
const phSect = (id: string, h: string, inner: string): string =>
  `<div class="refsect1 ${id}" id="refsect1-function.array-partition-${id}"><h3 class="title">${h}</h3>${inner}</div>`;
const phHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>PHP: array_partition - Manual</title><link rel="shortcut icon" href="https://www.php.net/favicon.svg?v=2" type="image/svg+xml">
<link rel="search" type="application/opensearchdescription+xml" href="https://www.php.net/phpnetimprovedsearch.src" title="Add PHP.net search">
<link rel="canonical" href="https://www.php.net/manual/en/function.array-partition.php"><link rel="prev"
href="https://www.php.net/manual/en/function.array-pad.php">
<link rel="next" href="https://www.php.net/manual/en/function.array-pop.php"><meta name="Description" content="Split an array in two by a callback">
<meta name="twitter:card" content="summary_large_image"><meta property="og:title" content="PHP: array_partition - Manual">
<link media="all" rel="stylesheet" type="text/css" href="https://www.php.net/cached.php?t=1756715876&amp;f=/fonts/Fira/fira.css"></head>
<body class="docs "><nav class="navbar navbar-fixed-top"><div class="navbar__inner"><a href="/" aria-label="PHP Home" class="navbar__brand">
<img src="/images/logos/php-logo-white.svg" aria-hidden="true" width="80" height="40"></a><div id="navbar__offcanvas" tabindex="-1" class="navbar__offcanvas">
<ul class="navbar__nav">${links(phNav, 'navbar__item')}</ul></div><div class="navbar__right"><form action="/manual-lookup.php" method="get"
id="navbar__search-form"><label for="navbar__search-input" class="navbar__search-label">Search docs</label>
<input type="search" name="pattern" id="navbar__search-input" class="navbar__search-input" placeholder="Search docs" accept-charset="utf-8"></form></div>
</div><div id="flash-message"></div></nav>
<div class="headsup"><a href="/index.php#2026-11-20-1">PHP 8.5.0 Released!</a></div>
<nav id="trick"><div><dl><dt><a href="/manual/en/getting-started.php">Getting Started</a></dt><dd><a href="/manual/en/introduction.php">Introduction</a></dd>
</dl></div></nav><div id="goto"><div class="search"><div class="text"></div><div class="results"><ul></ul></div></div></div>
<div id="breadcrumbs" class="clearfix"><div id="breadcrumbs-inner"><div class="next"><a href="function.array-pop.php">array_pop »</a></div>
<div class="prev"><a href="function.array-pad.php">« array_pad</a></div><ul><li><a href="index.php">PHP Manual</a></li>
<li><a href="funcref.php">Function Reference</a></li><li><a href="refs.basic.vartype.php">Variable and Type Related Extensions</a></li>
<li><a href="book.array.php">Arrays</a></li><li><a href="ref.array.php">Array Functions</a></li></ul></div></div>
<div id="layout" class="clearfix"><section id="layout-content"><div class="page-tools"><div class="change-language"><form action="/manual/change.php"
method="get" id="changelang" name="changelang"><fieldset><label for="changelang-langs">Change language:</label><select onchange="document.changelang.submit()"
name="page" id="changelang-langs"><option value="en/function.array-partition.php" selected="selected">English</option>
<option value="de/function.array-partition.php">German</option><option value="fr/function.array-partition.php">French</option></select></fieldset></form></div>
<div class="edit-bug"><a href="https://github.com/php/doc-en/blob/master/reference/array/functions/array-partition.xml">Submit a Pull Request</a>
<a href="https://github.com/php/doc-en/issues/new?body=From%20manual%20page">Report a Bug</a></div></div>
<div id="function.array-partition" class="refentry"><div class="refnamediv"><h1 class="refname">array_partition</h1>
<p class="verinfo">(PHP 8 &gt;= 8.5.0)</p>
<p class="refpurpose"><span class="refname">array_partition</span> — <span class="dc-title">Split an array in two by a
callback</span></p></div>
${phSect(
  'description',
  'Description',
  `<div class="methodsynopsis dc-description"><span class="methodname"><strong>array_partition</strong></span>(<span
class="methodparam"><span class="type">array</span> <code class="parameter">$array</code></span>, <span class="methodparam"><span class="type">callable</span>
<code class="parameter">$callback</code></span>, <span class="methodparam"><span class="type">int</span> <code class="parameter">$mode</code><span
class="initializer"> = 0</span></span>): <span class="type">array</span></div><p class="para rdfs-comment">${phDesc[0]}</p>
<p class="para">${phDesc[1]}</p>`,
)}
${phSect(
  'parameters',
  'Parameters',
  `<dl><dt><code class="parameter">array</code></dt><dd><p class="para">${phParams[0]}</p></dd>
<dt><code class="parameter">callback</code></dt><dd><p class="para">${phParams[1]}</p><div class="methodsynopsis dc-description">
<span class="methodname"><var class="varname">callback</var></span>(<span class="type">mixed</span> <code class="parameter">$value</code>): bool</div></dd>
<dt><code class="parameter">mode</code></dt><dd><p class="para">${phParams[2]}</p><ul class="simplelist">${phModes.map((t) => `<li>${t}</li>`).join('\n')}
</ul></dd></dl>`,
)}
${phSect('returnvalues', 'Return Values', phReturn.map((p) => `<p class="para">${p}</p>`).join('\n'))}
${phSect('errors', 'Errors/Exceptions', `<p class="para">${phErrors[0]}</p>`)}
${phSect(
  'changelog',
  'Changelog',
  `<table class="doctable informaltable"><thead><tr><th>Version</th><th>Description</th></tr></thead><tbody class="tbody">
<tr><td>8.5.1</td><td>${phChange[0]}</td></tr></tbody></table>`,
)}
${phSect(
  'examples',
  'Examples',
  `<div class="example" id="example-1"><p><strong>${phEx1}</strong></p><div class="example-contents"><div class="phpcode">
<code><span style="color: #000000">&lt;?php<br>$scores = ['ana' =&gt; 71, 'bo' =&gt; 48, 'cy' =&gt; 90];<br>[$pass, $fail] = array_partition($scores,
fn($s) =&gt; $s &gt;= 50);<br>print_r($fail);</span></code></div></div><div class="example-contents"><p>${phExOut[0]}</p></div>
<div class="example-contents screen"><div class="annotation-interactive cdata"><pre>Array
(
    [bo] =&gt; 48
)</pre></div></div></div>`,
)}
${phSect('notes', 'Notes', `<blockquote class="note"><p><strong class="note">Note</strong>: ${phNote}</p></blockquote>`)}
${phSect('seealso', 'See Also', `<ul class="simplelist">${phSee.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
</div>
<section id="usernotes"><div class="head"><span class="action"><a href="/manual/add-note.php?sect=function.array-partition" class="usernotes-add">
<span class="plus">+</span>add a note</a></span><h3 class="title">User Contributed Notes <span class="count">2 notes</span></h3></div>
<div id="allnotes">${phNotes
  .map(
    (
      n,
      i,
    ) => `<div class="note" id="${i}"><div class="votes"><div id="Vu${i}"><a href="/manual/vote-note.php?id=${i}&amp;page=function.array-partition&amp;vote=up"
title="Vote up" class="usernotes-voteu">up</a></div><div id="Vd${i}"><a href="/manual/vote-note.php?id=${i}&amp;vote=down" title="Vote down"
class="usernotes-voted">down</a></div><div class="tally" id="V${i}" title="100% like this...">${n.votes}</div></div>
<a href="#${i}" class="name"><strong class="user"><em>${n.user}</em></strong></a><a class="genanchor" href="#${i}"> ¶</a>
<div class="date" title="2025-03-02 09:14"><strong>${n.ago}</strong></div><div class="text" id="Hcom${i}"><div class="phpcode"><code>
<span class="html">${n.text}</span></code></div></div></div>`,
  )
  .join('\n')}</div><div class="foot"><a href="/manual/add-note.php?sect=function.array-partition" class="usernotes-add">
<span class="plus">+</span>add a note</a></div></section></section>
<aside class="layout-menu"><ul class="parent-menu-list"><li><a href="ref.array.php">Array Functions</a><ul class="child-menu-list">
${links(phSide)}</ul></li></ul><ul class="parent-menu-list"><li><span class="header">Deprecated</span><ul class="child-menu-list">
<li><a href="function.each.php">each</a></li></ul></li></ul></aside></div>
<footer class="footer"><div class="container footer-content"><div class="row-fluid"><ul class="footmenu">${links(phFoot)}</ul></div></div></footer>
<div id="cookie-banner" class="cookie-banner" hidden><p>This site uses cookies to remember your language and theme preferences.</p><button>OK</button></div>
<script src="https://www.php.net/cached.php?t=1756715876&amp;f=/js/ext/jquery-3.6.0.min.js"></script>
<script src="https://www.php.net/cached.php?t=1756715876&amp;f=/js/common.js"></script></body></html>`;
export const phpPage: TestPage = {
  name: 'heldout174-phpnet-function',
  kind: 'docs',
  html: phHtml,
  // the version line and the synopsis are in neither list, the purpose line is body; "User Contributed Notes" (reader
  // comments) are furniture, their user names and ages bylines; the example caption and table header cells are in neither list
  title: phTitle,
  headings: ['Description', 'Parameters', 'Return Values', 'Errors/Exceptions', 'Changelog', 'Examples', 'Notes', 'See Also'],
  body: texts([phPurpose, ...phDesc, ...phParams, ...phModes, ...phReturn, ...phErrors, ...phChange, ...phExOut, `Note: ${phNote}`, ...phSee]),
  bylines: phNotes.flatMap((n) => [n.user, n.ago]),
  furniture: [
    ...phNav,
    'Search docs',
    'PHP 8.5.0 Released!',
    'Getting Started',
    'Introduction',
    'array_pop »',
    '« array_pad',
    'PHP Manual',
    'Function Reference',
    'Variable and Type Related Extensions',
    'Arrays',
    'Array Functions',
    'Change language:',
    'English',
    'German',
    'French',
    'Submit a Pull Request',
    'Report a Bug',
    '+add a note',
    'User Contributed Notes',
    '2 notes',
    'up',
    'down',
    ...phNotes.map((n) => n.text),
    ...phSide.filter((t) => t !== 'array_partition'),
    'Deprecated',
    ...phFoot,
    'This site uses cookies to remember your language and theme preferences.',
  ],
};
