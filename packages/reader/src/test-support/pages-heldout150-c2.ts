import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file c2: a section node of an invented GNU program's manual as makeinfo (Texinfo 7.1) splits it into
 * HTML per section (the generator comment, the node links in <head>, a nav panel with Next / Previous / Up and [Contents]
 * [Index] above the section and above each subsection in the same file, the numbered headings with their hidden "¶"
 * copiable links, index anchors, the mini-toc of child nodes, an @deffn option definition, an @table, examples and a note
 * in a quotation, and no site chrome at all).
 */
const title = '3.2 Filtering Records';
const intro = [
  'Most of the time you do not want every record in a file. <code class="command">tessel</code> can pass on only the records that match a ' +
    'condition, only some of the fields in each record, or both. Filtering happens after the input has been split into records (see ' +
    '<a class="pxref" href="Reading-Input.html">Reading Input</a>) and before any sorting, so the sort only ever sees the records that survive.',
  'Filters are given on the command line. When several filters are given, a record must pass all of them.',
];
const optWhere =
  'Keep only the records for which <var class="var">expr</var> is true. This option may be given more than once; the expressions are ' +
  'combined with <code class="code">and</code>.';
const h1 = '3.2.1 Match Expressions';
const match = [
  'A match expression compares a field with a value. Fields are named by number, counting from 1, or by the name given in the header line when ' +
    'the input has one. A value that looks like a number is compared as a number; anything else is compared as text.',
  'The comparison operators are the usual ones, plus <code class="code">~</code>, which matches a regular expression anywhere in the field, and ' +
    '<code class="code">^=</code>, which matches the start of the field. For example, to keep the rows of a price list where the third field is ' +
    'below ten and the supplier name starts with ‘North’:',
  'Quote the whole expression, as above, so that the shell does not treat <code class="code">&lt;</code> as a redirection.',
];
const h2 = '3.2.2 Field Ranges';
const ranges = [
  'The <samp class="option">--fields</samp> option chooses which fields are written out, in the order given. A list is made of field numbers ' +
    'and ranges separated by commas:',
];
const rangeTable: [string, string][] = [
  ['3', 'The third field only.'],
  ['2-4', 'The second, third and fourth fields.'],
  ['5-', 'The fifth field and every field after it.'],
  ['-2', 'The first two fields.'],
];
const ranges2 = [
  'A field may be listed more than once, and it is then written more than once. This is sometimes useful for producing a key column in front of ' +
    'a copy of the whole record.',
];
const note = 'Note: field ranges are applied after match expressions, so an expression may test a field that is not written out.';
const h3 = '3.2.3 Inverting a Filter';
const invert = [
  'With <samp class="option">--invert</samp>, <code class="command">tessel</code> keeps the records that would otherwise have been dropped. ' +
    'Only the match expressions are inverted; the field list still applies to whatever records are kept.',
  'Inverting is handy for checking a filter: run it once normally and once inverted, and the two outputs together should contain every record ' +
    'exactly once. If they do not, the input probably has records with fewer fields than the expression expects, which never match in either ' +
    'direction. Use <samp class="option">--strict</samp> to make such records an error instead.',
];
const navPanel = (next: string | null, prev: string | null, up: string, file = ''): string => `<div class="nav-panel">
<p>
${[
  next ? `Next: <a href="${file || `#${next.replace(/ /g, '-')}`}" accesskey="n" rel="next">${next}</a>` : '',
  prev ? `Previous: <a href="${prev === 'Reading Input' ? 'Reading-Input.html' : `#${prev.replace(/ /g, '-')}`}" accesskey="p" rel="prev">${prev}</a>` : '',
  `Up: <a href="${up === 'Using Tessel' ? 'Using-Tessel.html' : '#Filtering-Records'}" accesskey="u" rel="up">${up}</a>`,
]
  .filter((x) => x !== '')
  .join(', ')} &nbsp; [<a href="index.html#SEC_Contents" title="Table of contents" rel="contents">Contents</a>][<a href="Concept-Index.html"
title="Index" rel="index">Index</a>]</p>
</div>`;
const head = (tag: string, cls: string, id: string, t: string): string => `<${tag} class="${cls}" id="${id}-1"><span>${t}<a class="copiable-link"
href="#${id}-1"> ¶</a></span></${tag}>`;
const ex = (s: string): string => `<div class="example">
<pre class="example-preformatted">${s}
</pre></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const html = `<!DOCTYPE html>
<html>
<!-- Created by GNU Texinfo 7.1, https://www.gnu.org/software/texinfo/ -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!-- This manual is for GNU Tessel (version 2.4, 14 June 2025), a tool for filtering and reshaping delimited text.

Copyright © 2019-2025 Tessel contributors.

Permission is granted to copy, distribute and/or modify this document under the terms of the GNU Free Documentation License,
Version 1.3 or any later version. -->
<title>Filtering Records (GNU Tessel Manual)</title>

<meta name="description" content="Filtering Records (GNU Tessel Manual)">
<meta name="keywords" content="Filtering Records (GNU Tessel Manual)">
<meta name="resource-type" content="document">
<meta name="distribution" content="global">
<meta name="Generator" content="makeinfo">
<meta name="viewport" content="width=device-width,initial-scale=1">

<link href="index.html" rel="start" title="Top">
<link href="Concept-Index.html" rel="index" title="Concept Index">
<link href="index.html#SEC_Contents" rel="contents" title="Table of Contents">
<link href="Using-Tessel.html" rel="up" title="Using Tessel">
<link href="Sorting-Output.html" rel="next" title="Sorting Output">
<link href="Reading-Input.html" rel="prev" title="Reading Input">
<style type="text/css">
<!--
a.copiable-link {visibility: hidden; text-decoration: none; line-height: 0em}
div.example {margin-left: 3.2em}
span:hover a.copiable-link {visibility: visible}
strong.def-name {font-family: monospace; font-weight: bold; font-size: larger}
ul.mini-toc {list-style: none}
-->
</style>
<link rel="stylesheet" type="text/css" href="/software/gnulib/manual.css">


</head>

<body lang="en">
<div class="section-level-extent" id="Filtering-Records">
${navPanel('Sorting Output', 'Reading Input', 'Using Tessel', 'Sorting-Output.html')}
<hr>
${head('h3', 'section', 'Filtering-Records', title)}

<a class="index-entry-id" id="index-filtering-records"></a>
<a class="index-entry-id" id="index-selecting-records"></a>
${ps(intro)}
<dl class="first-deffn">
<dt class="deffn" id="index-_002d_002dwhere"><span class="category-def">Option: </span><span><strong class="def-name">--where</strong> <var
class="def-var-arguments">expr</var><a class="copiable-link" href="#index-_002d_002dwhere"> ¶</a></span></dt>
<dd><p>${optWhere}
</p></dd></dl>


<ul class="mini-toc">
<li><a href="#Match-Expressions" accesskey="1">Match Expressions</a></li>
<li><a href="#Field-Ranges" accesskey="2">Field Ranges</a></li>
<li><a href="#Inverting-a-Filter" accesskey="3">Inverting a Filter</a></li>
</ul>
<hr>
<div class="subsection-level-extent" id="Match-Expressions">
${navPanel('Field Ranges', null, 'Filtering Records')}
${head('h4', 'subsection', 'Match-Expressions', h1)}
<a class="index-entry-id" id="index-match-expression"></a>
${ps(match.slice(0, 2))}
${ex(`tessel --where '3 &lt; 10' --where 'supplier ^= North' prices.csv`)}
${ps(match.slice(2))}
<hr>
</div>
<div class="subsection-level-extent" id="Field-Ranges">
${navPanel('Inverting a Filter', 'Match Expressions', 'Filtering Records')}
${head('h4', 'subsection', 'Field-Ranges', h2)}
<a class="index-entry-id" id="index-field-ranges"></a>
${ps(ranges)}
<dl class="table">
${rangeTable.map(([k, v]) => `<dt><code class="code">${k}</code></dt>\n<dd><p>${v}\n</p></dd>`).join('\n')}
</dl>
${ps(ranges2)}
<blockquote class="quotation">
<p><b class="b">Note:</b> field ranges are applied after match expressions, so an expression may test a field that is not written out.
</p></blockquote>
${ex('tessel --fields 1,1- inventory.tsv')}
<hr>
</div>
<div class="subsection-level-extent" id="Inverting-a-Filter">
${navPanel(null, 'Field Ranges', 'Filtering Records')}
${head('h4', 'subsection', 'Inverting-a-Filter', h3)}
<a class="index-entry-id" id="index-inverting-a-filter"></a>
${ps(invert.slice(0, 1))}
${ex(`tessel --where 'status = active' users.csv &gt; kept.csv
tessel --invert --where 'status = active' users.csv &gt; dropped.csv`)}
${ps(invert.slice(1))}
</div>
</div>
<hr>
${navPanel('Sorting Output', 'Reading Input', 'Using Tessel', 'Sorting-Output.html')}



</body>
</html>`;
const plainOf = (s: string): string => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<');

export const texinfoPage: TestPage = {
  html,
  name: 'heldout150-gnu-texinfo-manual-docs',
  kind: 'docs',
  // the numbered section and subsection headings are the title and headings (their "¶" links in neither list); the
  // @deffn line ("Option: --where expr"), @table terms and examples are in neither list, their texts body; the mini-toc
  // and the nav-panel links to the subsections repeat the headings and are left out, like "Filtering Records" in the
  // subsections' "Up:" links
  title,
  headings: [h1, h2, h3],
  body: [...intro, optWhere, ...match, ...ranges, ...rangeTable.map(([, v]) => v), ...ranges2, note, ...invert].map(plainOf),
  bylines: [],
  furniture: ['Next:', 'Previous:', 'Up:', 'Sorting Output', 'Reading Input', 'Using Tessel', 'Contents', 'Index'],
};
