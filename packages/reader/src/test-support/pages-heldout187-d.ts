import { type TestPage, texts } from './page-kit.js';
import * as d from './pages-heldout187-d2.js';
import { erlangPage } from './pages-heldout187-d3.js';

/**
 * Held-out batch 187, file d: a RubyDoc.info class page (the RubyDoc.info top bar, the YARD menu breadcrumb "Libraries »
 * tidewater (2.4.0) » Index (R) » Tidewater » RateLimiter", the Classes / Methods / Files list links, the class info box,
 * the overview docstring with an example, attribute and method summaries with "collapse" toggles and "readonly" notes, the
 * constructor and method details with parameter, return and raise tags and "[View source]" toggles with hidden source
 * tables, and the YARD footer) and, from file d3, an Erlang/OTP module page built with ExDoc.
 */
const T = d.rbTop;
const F = d.rbFurn;
const tag = (title: string, items: string): string => `<p class="tag_title">${title}</p><ul class="param">${items}</ul>`;
const param = (name: string, type: string, text: string): string =>
  `<li><span class='name'>${name}</span> <span class='type'>(<tt>${type}</tt>)</span> &mdash; <div class='inline'><p>${text}</p></div></li>`;
const src = (
  line: number,
  code: string,
): string => `<div class="method_details_list"><span class="showSource">[<a href="#" class="toggleSource">View source</a>]</span>
<div class="source_code"
style="display:none"><table><tr><td><pre class="lines">${line}</pre></td><td><pre class="code"><span class="info
file"># File 'lib/tidewater/rate_limiter.rb', line ${line}</span>
${code}</pre></td></tr></table></div></div>`;
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const sum = (id: string, name: string, args: string, ret: string, desc: string, note = ''): string => `<li class="public ">
<span class="summary_signature"><a href="#${id}" title="#${name} (instance method)">#<strong>${name}</strong>${args} &#x21d2; ${ret} </a></span>${
  note === '' ? '' : `\n<span class="note title readonly">${note}</span>`
}<span class="summary_desc"><div class='inline'><p>${desc}</p></div></span></li>`;
const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Class: Tidewater::RateLimiter &mdash; Documentation for tidewater (2.4.0) &mdash; RubyDoc.info</title>
<link rel="stylesheet" href="/static/css/style.css" type="text/css"><link rel="stylesheet" href="/static/css/custom.css" type="text/css">
<link rel="stylesheet" href="/static/css/common.css" type="text/css"><link rel="canonical"
href="https://rubydoc.info/gems/tidewater/2.4.0/Tidewater/RateLimiter">
<script type="text/javascript">pathId = "Tidewater::RateLimiter"; relpath = '/'; docsPrefix = 'gems/tidewater/2.4.0'; listPrefix = 'list/gems/tidewater/2.4.0';
searchPrefix = 'search/gems/tidewater/2.4.0'; framesUrl = '/gems/tidewater/2.4.0/frames/Tidewater/RateLimiter';</script>
<script type="text/javascript" charset="utf-8" src="/static/js/jquery.js"></script><script type="text/javascript" charset="utf-8"
src="/static/js/app.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-RUBYDOC"></script></head>
<body><header id="rubydoc_header" class="site_header"><a class="logo" href="/">${T[0]}</a><nav class="site_nav"><a href="/featured">${T[1]}</a>
<a href="/stdlib">${T[2]}</a><a href="/gems">${T[3]}</a><a href="/github">${T[4]}</a><a class="add_project" href="/add">${T[5]}</a></nav></header>
<div class="nav_wrap"><iframe id="nav" src="/list/gems/tidewater/2.4.0/class?1"></iframe><div id="resizer"></div></div>
<div id="main" tabindex="-1"><div id="header"><div id="menu"><a href="/gems">${T[6]}</a> &raquo; <span class="title">${T[7]}</span> &raquo;
<a href="/gems/tidewater/2.4.0/_index">${T[8]}</a> &raquo; <span class='title'><span class='object_link'><a href="/gems/tidewater/2.4.0/Tidewater"
title="Tidewater (module)">${T[9]}</a></span></span> &raquo; <span class="title">${T[10]}</span></div>
<div id="search"><a class="full_list_link" id="class_list_link" href="/list/gems/tidewater/2.4.0/class"><svg width="24" height="24"><rect x="0" y="4"
width="24" height="4" rx="1" ry="1"></rect></svg></a>
<a class="full_list_link" id="class_list_link2" href="/list/gems/tidewater/2.4.0/class">${T[11]}</a> <a class="full_list_link" id="method_list_link"
href="/list/gems/tidewater/2.4.0/method">${T[12]}</a> <a class="full_list_link" id="file_list_link" href="/list/gems/tidewater/2.4.0/file">${T[13]}</a></div>
<div class="clear"></div></div>
<div id="content"><h1>${d.rbTitle}</h1>
<div class="box_info"><dl><dt>${d.rbBox[0]}</dt><dd><span class="inheritName">${d.rbBox[1]}</span><ul class="fullTree"><li>Object</li><li class="next">
Tidewater::RateLimiter</li></ul><a href="#" class="inheritanceTree">${d.rbBox[2]}</a></dd></dl><dl><dt>${d.rbBox[3]}</dt><dd>${d.rbBox[4]}</dd></dl>
<dl><dt>${d.rbBox[5]}</dt><dd>${d.rbBox[6]}</dd></dl></div>
<h2>Overview</h2><div class="docstring"><div class="discussion">
${ps(d.rbOverview)}
</div></div><div class="tags"><div class="examples"><p class="tag_title">${F[0]}</p><p class="example_title"><div class='inline'><p>${F[1]}</p></div></p>
<pre class="example code"><code><span class='id identifier rubyid_limiter'>limiter</span> <span class='op'>=</span> <span class='const'>Tidewater</span><span
class='op'>::</span><span class='const'>RateLimiter</span><span class='period'>.</span><span class='id identifier rubyid_new'>new</span><span
class='lparen'>(</span><span class='label'>capacity:</span> <span class='int'>10</span><span class='comma'>,</span> <span class='label'>rate:</span> <span
class='int'>5</span><span class='rparen'>)</span>
<span class='id identifier rubyid_limiter'>limiter</span><span class='period'>.</span><span class='id identifier rubyid_acquire'>acquire</span> <span
class='lbrace'>{</span> <span class='id identifier rubyid_client'>client</span><span class='period'>.</span><span class='id identifier
rubyid_get'>get</span><span class='lparen'>(</span><span class='tstring'>'/orders'</span><span class='rparen'>)</span> <span
class='rbrace'>}</span></code></pre></div></div>
<h2>${F[2]} <small><a href="#" class="summary_toggle">${F[3]}</a></small></h2><ul class="summary">
${sum('capacity-instance_method', 'capacity', '', 'Integer', d.rbAttrSummary[0]!, F[4])}
${sum('rate-instance_method', 'rate', '', 'Float', d.rbAttrSummary[1]!, F[4])}</ul>
<h2>${F[5]} <small><a href="#" class="summary_toggle">${F[3]}</a></small></h2><ul class="summary">
${sum('acquire-instance_method', 'acquire', '(tokens = 1, timeout: nil)', 'Boolean', d.rbMethSummary[0]!)}
${sum('initialize-instance_method', 'initialize', '(capacity:, rate:, clock: Process)', 'RateLimiter', d.rbMethSummary[1]!).replace(
  '</a></span>',
  '</a></span>\n<span class="note title constructor">constructor</span>',
)}
${sum('available-instance_method', 'available', '', 'Float', d.rbMethSummary[2]!)}
${sum('try_acquire-instance_method', 'try_acquire', '(tokens = 1)', 'Boolean', d.rbMethSummary[3]!)}</ul>
<div id="constructor_details" class="method_details_list"><h2>${F[6]}</h2><div class="method_details first">
<h3 class="signature first" id="initialize-instance_method">#<strong>initialize</strong>(capacity:, rate:, clock: Process) &#x21d2; <tt>RateLimiter</tt></h3>
<div class="docstring"><div class="discussion">${ps(d.rbCtor)}</div></div><div class="tags">
${tag(F[9]!, param('capacity', 'Integer', d.rbParams[0]!) + param('rate', 'Numeric', d.rbParams[1]!) + param('clock', '#now', d.rbParams[2]!))}
${tag(F[11]!, `<li><span class='type'>(<tt>ArgumentError</tt>)</span> &mdash; <div class='inline'><p>${d.rbRaises[0]}</p></div></li>`)}</div>
${src(
  38,
  `<span class='kw'>def</span> <span class='id identifier rubyid_initialize'>initialize</span><span class='lparen'>(</span><span
class='label'>capacity:</span><span class='comma'>,</span> <span class='label'>rate:</span><span class='comma'>,</span> <span class='label'>clock:</span> <span
class='const'>Process</span><span class='rparen'>)</span>`,
)}
</div></div>
<div id="instance_attr_details" class="attr_details"><h2>${F[7]}</h2><span id="capacity=-instance_method"></span><div class="method_details first">
<h3 class="signature first" id="capacity-instance_method">#<strong>capacity</strong> &#x21d2; <tt>Integer</tt>  <span class="extras">(${F[4]})</span></h3>
<div class="docstring"><div class="discussion"><p>${d.rbAttrSummary[0]}</p></div></div></div><div class="method_details">
<h3 class="signature" id="rate-instance_method">#<strong>rate</strong> &#x21d2; <tt>Float</tt>  <span class="extras">(${F[4]})</span></h3>
<div class="docstring"><div class="discussion"><p>${d.rbAttrSummary[1]}</p></div></div></div></div>
<div id="instance_method_details" class="method_details_list"><h2>${F[8]}</h2><div class="method_details first">
<h3 class="signature first" id="acquire-instance_method">#<strong>acquire</strong>(tokens = 1, timeout: nil) &#x21d2; <tt>Boolean</tt></h3>
<div class="docstring"><div class="discussion">${ps(d.rbAcquire)}</div></div><div class="tags">
${tag(F[9]!, param('tokens', 'Integer', 'how many tokens to take') + param('timeout', 'Numeric, nil', 'seconds to wait at most'))}
${tag(F[10]!, `<li><span class='type'>(<tt>Boolean</tt>)</span> &mdash; <div class='inline'><p>${d.rbAcquireReturns[0]}</p></div></li>`)}</div>
${src(
  61,
  `<span class='kw'>def</span> <span class='id identifier rubyid_acquire'>acquire</span><span class='lparen'>(</span><span class='id identifier
rubyid_tokens'>tokens</span> <span class='op'>=</span> <span class='int'>1</span><span class='rparen'>)</span>`,
)}
</div><div class="method_details"><h3 class="signature" id="available-instance_method">#<strong>available</strong> &#x21d2; <tt>Float</tt></h3>
<div class="docstring"><div
class="discussion">${ps(d.rbAvailable)}</div></div>${src(88, `<span class='kw'>def</span> <span class='id identifier rubyid_available'>available</span>`)}
</div><div class="method_details"><h3 class="signature" id="try_acquire-instance_method">#<strong>try_acquire</strong>(tokens = 1) &#x21d2;
<tt>Boolean</tt></h3>
<div class="docstring"><div
class="discussion">${ps(d.rbTry)}</div></div>${src(97, `<span class='kw'>def</span> <span class='id identifier rubyid_try_acquire'>try_acquire</span>`)}
</div></div></div>
<div id="footer">Generated on Tue Mar  4 09:12:44 2025 by <a href="https://yardoc.org" title="Yay! A Ruby Documentation Tool" target="_parent">yard</a>
0.9.37 (ruby-3.3.5).</div></div></body></html>`;
const rubydoc: TestPage = {
  html,
  name: 'heldout187-rubydoc-class',
  kind: 'docs',
  // the h1 "Class: ..." is the title; Overview and the YARD section h2s are headings, the method signature h3s are in
  // neither list (they are code); summary descriptions, docstrings and tag texts (parameter, return, raise descriptions)
  // are body; the info box, tag titles, summary signatures, "collapse", "readonly", "constructor", "[View source]" and
  // the hidden source tables are furniture or in neither list; the YARD footer's generation date is a byline
  title: d.rbTitle,
  headings: ['Overview', F[2]!, F[5]!, F[6]!, F[7]!, F[8]!],
  body: texts([
    ...d.rbOverview,
    ...d.rbAttrSummary,
    ...d.rbMethSummary,
    ...d.rbCtor,
    ...d.rbParams,
    ...d.rbRaises,
    ...d.rbAttrSummary,
    ...d.rbAcquire,
    'how many tokens to take',
    'seconds to wait at most',
    ...d.rbAcquireReturns,
    ...d.rbAvailable,
    ...d.rbTry,
  ]),
  bylines: ['Generated on Tue Mar 4 09:12:44 2025 by yard 0.9.37 (ruby-3.3.5).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...T, ...d.rbBox, ...[F[0]!, F[1]!, F[3]!, F[4]!, ...F.slice(9)], 'constructor',
  ],
};

export const HELDOUT187_D: readonly TestPage[] = [rubydoc, erlangPage];
