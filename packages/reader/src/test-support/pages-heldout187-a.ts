import { links, type TestPage, texts } from './page-kit.js';
import * as a from './pages-heldout187-a2.js';
import { devdocsPage } from './pages-heldout187-a3.js';
import { esc, lis } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file a: a cppreference.com (MediaWiki) page for std::clamp as saved (personal tools, namespace and
 * view tabs, "From cppreference.com", the "< cpp | algorithm" subpage line, the t-navbar with its hidden drop-down menus,
 * the declaration table with "Defined in header", "[edit]" links in every heading, the parameter table, the example with
 * "Run this code" and "Output:", the "See also" table, "Retrieved from", the sidebar portlets with "In other languages"
 * and the footer with its "last modified" line) and, from file a3, a DevDocs page showing the Python bisect module.
 */
const cppTitle = 'std::clamp';
const edit = (id: string, h: string): string =>
  `<h3><span class="editsection">[<a href="/mwiki/index.php?title=cpp/algorithm/clamp&amp;action=edit&amp;section=${id}" title="Edit section:
${h}">edit</a>]</span>
<span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span></h3>`;
const cppH = ['Parameters', 'Return value', 'Complexity', 'Possible implementation', 'Notes', 'Example', 'See also'];
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const dd = (xs: readonly string[]): string => xs.map((p) => `<div class="t-li1">${p}</div>`).join('\n');
const menu = (items: readonly string[]): string =>
  `<div class="t-navbar-menu"><div><div><table class="t-nv-begin" cellpadding="0" style="line-height:1.1em;"><tbody>
${items.map((t) => `<tr class="t-nv"><td colspan="5"><a href="/w/cpp/${t.replace(/[^a-z]+/gi, '_')}" title="cpp">${t}</a></td></tr>`).join('\n')}
</tbody></table></div></div></div>`;
const portlet = (id: string, head: string, items: readonly string[]): string =>
  `<div class="portal" id="p-${id}"><h3>${head}</h3><div class="body"><ul>${links(items)}</ul></div></div>`;
const cppHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>std::clamp - cppreference.com</title>
<meta name="generator" content="MediaWiki 1.21.2"><link rel="shortcut icon" href="/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/mwiki/opensearch_desc.php" title="cppreference.com (en)">
<link rel="alternate" type="application/atom+xml" title="cppreference.com Atom feed" href="/mwiki/index.php?title=Special:RecentChanges&amp;feed=atom">
<link rel="stylesheet"
href="/mwiki/load.php?debug=false&amp;lang=en&amp;modules=ext.gadget.ColiruCompiler%7Cext.rtlcite&amp;only=styles&amp;skin=cppreference2">
<meta name="ResourceLoaderDynamicStyles" content=""><style>a:lang(ar),a:lang(kk-arab){text-decoration:none}</style>
<script src="/mwiki/load.php?debug=false&amp;lang=en&amp;modules=startup&amp;only=scripts&amp;skin=cppreference2&amp;*"></script>
<script>if(window.mw){mw.config.set({"wgCanonicalNamespace":"","wgPageName":"cpp/algorithm/clamp","wgTitle":"cpp/algorithm/clamp",
"wgCurRevisionId":171234,"wgArticleId":16104,"wgIsArticle":true,"wgAction":"view","wgCategories":["Todo without reason"]});}</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-cpp_algorithm_clamp skin-cppreference2 action-view cpp-navbar">
<div id="cpp-head-first-base"><div id="cpp-head-first"><h5><a href="/">cppreference.com</a><script type="text/javascript">
$(function() { var link = $("#cpp-head-first h5 a"); link.attr("href", "https://en.cppreference.com/w/"); });</script></h5>
<div id="cpp-head-search"><div id="p-search"><h3><label for="searchInput">Search</label></h3><form action="/mwiki/index.php" id="searchform">
<input type="hidden" name="title" value="Special:Search"><input name="search" title="Search cppreference.com [f]" accesskey="f" id="searchInput">
<input type="submit" name="go" value="Go" title="Go to a page with this exact name if exists" id="searchGoButton" class="searchButton"></form></div></div>
<div id="cpp-head-personal"><div id="p-personal" class=""><span id="pt-createaccount">
<a href="/mwiki/index.php?title=Special:UserLogin&amp;returnto=cpp%2Falgorithm%2Fclamp&amp;type=signup">${a.cppTop[0]}</a></span>
<span id="pt-login"><a href="/mwiki/index.php?title=Special:UserLogin&amp;returnto=cpp%2Falgorithm%2Fclamp" accesskey="o">${a.cppTop[1]}</a></span></div></div>
</div></div>
<div id="cpp-head-second-base"><div id="cpp-head-second"><div id="cpp-head-tools-left"><div id="p-namespaces" class="vectorTabs">
<h3>${a.cppTop[2]}</h3><ul><li id="ca-nstab-main" class="selected"><span><a href="/w/cpp/algorithm/clamp">${a.cppTop[3]}</a></span></li>
<li id="ca-talk" class="new"><span><a
href="/mwiki/index.php?title=Talk:cpp/algorithm/clamp&amp;action=edit&amp;redlink=1">${a.cppTop[4]}</a></span></li></ul></div>
<div id="p-variants" class="vectorMenu emptyPortlet"><h3 id="mw-vector-current-variant"></h3><h5><span>${a.cppTop[5]}</span><a href="#"></a></h5></div></div>
<div id="cpp-head-tools-right"><div id="p-views" class="vectorTabs"><h3>${a.cppTop[6]}</h3><ul>
<li id="ca-view" class="selected"><span><a href="/w/cpp/algorithm/clamp">${a.cppTop[7]}</a></span></li>
<li id="ca-edit"><span><a href="/mwiki/index.php?title=cpp/algorithm/clamp&amp;action=edit" accesskey="e">${a.cppTop[8]}</a></span></li>
<li id="ca-history" class="collapsible"><span><a href="/mwiki/index.php?title=cpp/algorithm/clamp&amp;action=history">${a.cppTop[9]}</a></span></li></ul></div>
<div id="p-cactions" class="vectorMenu emptyPortlet"><h5><span>${a.cppTop[10]}</span><a href="#"></a></h5><div
class="menu"><ul></ul></div></div></div></div></div>
<div class="cpp-footer-base"><div id="cpp-content-base"><div id="content"><a id="top"></a><div id="mw-js-message" style="display:none;"></div>
<h1 id="firstHeading" class="firstHeading"><span style="font-size:0.7em; line-height:130%">std::</span>clamp</h1>
<div id="bodyContent"><div id="siteSub">From cppreference.com</div><div id="contentSub"><span class="subpages">&lt; <a href="/w/cpp" title="cpp">cpp</a>
| <a href="/w/cpp/algorithm" title="cpp/algorithm">algorithm</a></span></div>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="t-navbar" style=""><div class="t-navbar-sep">&#160;</div>
<div class="t-navbar-head"><a href="/w/cpp" title="cpp"> C++</a><br></div>${menu(a.cppNavMenu)}<div class="t-navbar-sep">&#160;</div>
<div class="t-navbar-head"><a href="/w/cpp/algorithm" title="cpp/algorithm">Algorithm library</a><br></div>${menu(a.cppAlgoMenu)}
<div class="t-navbar-sep">&#160;</div></div>
<table class="t-dcl-begin"><tbody><tr class="t-dsc-header"><td><div>Defined in header <code><a href="/w/cpp/header/algorithm"
title="cpp/header/algorithm">&lt;algorithm&gt;</a></code></div></td><td></td><td></td></tr>
<tr class="t-dcl-rev-aux"><td></td><td rowspan="2">(1)</td><td></td></tr><tr class="t-dcl t-since-cxx17"><td><div><span class="mw-geshi cpp source-cpp">
<span class="kw1">template</span><span class="sy1">&lt;</span> <span class="kw1">class</span> T <span class="sy1">&gt;</span><br>
<span class="kw4">constexpr</span> <span class="kw4">const</span> T<span class="sy3">&amp;</span> clamp<span class="br0">(</span> <span
class="kw4">const</span> T<span class="sy3">&amp;</span> v,
<span class="kw4">const</span> T<span class="sy3">&amp;</span> lo, <span class="kw4">const</span> T<span class="sy3">&amp;</span> hi <span
class="br0">)</span><span class="sy4">;</span></span></div></td>
<td><span class="t-mark-rev t-since-cxx17">(since C++17)</span></td></tr><tr class="t-dcl-rev-aux"><td></td><td rowspan="2">(2)</td><td></td></tr>
<tr class="t-dcl t-since-cxx17"><td><div><span class="mw-geshi cpp source-cpp"><span class="kw1">template</span><span class="sy1">&lt;</span>
<span class="kw1">class</span> T, <span class="kw1">class</span> Compare <span class="sy1">&gt;</span><br><span class="kw4">constexpr</span> <span
class="kw4">const</span> T<span class="sy3">&amp;</span>
clamp<span class="br0">(</span> <span class="kw4">const</span> T<span class="sy3">&amp;</span> v, <span class="kw4">const</span> T<span
class="sy3">&amp;</span> lo,
<span class="kw4">const</span> T<span class="sy3">&amp;</span> hi, Compare comp <span class="br0">)</span><span class="sy4">;</span></span></div></td>
<td><span class="t-mark-rev t-since-cxx17">(since C++17)</span></td></tr><tr class="t-dcl-sep"><td></td><td></td><td></td></tr></tbody></table>
${ps(a.cppIntro)}
${dd(a.cppOverloads)}
${ps(a.cppUb)}
${edit('1', cppH[0]!)}
<table class="t-par-begin"><tbody><tr class="t-par"><td>v</td><td>-</td><td>${a.cppParams[0]}</td></tr>
<tr class="t-par"><td>lo, hi</td><td>-</td><td>${a.cppParams[1]}</td></tr><tr class="t-par"><td>comp</td><td>-</td><td>${a.cppParams[2]}</td></tr>
</tbody></table>
${edit('2', cppH[1]!)}
${ps(a.cppReturn)}
${edit('3', cppH[2]!)}
${ps(a.cppComplexity)}
${edit('4', cppH[3]!)}
<table class="t-rev-begin"><tbody><tr><td><div class="t-example-live-link"></div><div dir="ltr" class="mw-geshi"><div class="cpp source-cpp"><pre class="de1">
<span class="kw1">template</span><span class="sy1">&lt;</span><span class="kw1">class</span> T<span class="sy1">&gt;</span>
<span class="kw4">constexpr</span> <span class="kw4">const</span> T<span class="sy3">&amp;</span> clamp<span class="br0">(</span><span class="kw4">const</span>
T<span class="sy3">&amp;</span> v, <span class="kw4">const</span> T<span class="sy3">&amp;</span> lo, <span class="kw4">const</span> T<span
class="sy3">&amp;</span> hi<span class="br0">)</span>
<span class="br0">{</span>
    <span class="kw1">return</span> clamp<span class="br0">(</span>v, lo, hi, less<span class="sy1">{</span><span class="br0">}</span><span
class="br0">)</span><span class="sy4">;</span>
<span class="br0">}</span></pre></div></div></td></tr></tbody></table>
${edit('5', cppH[4]!)}
${ps(a.cppNotes.slice(0, 1))}
<div dir="ltr" class="t-example mw-geshi"><div class="cpp
source-cpp"><pre class="de1"><span class="kw4">int</span> n <span class="sy1">=</span> <span class="nu0">-1</span><span class="sy4">;</span>
<span class="kw4">const</span> <span class="kw4">int</span><span class="sy3">&amp;</span> r <span class="sy1">=</span> std<span class="sy4">::</span><span
class="me2">clamp</span><span class="br0">(</span>n, <span class="nu0">0</span>, <span class="nu0">255</span><span class="br0">)</span><span
class="sy4">;</span> <span class="co1">// r dangles</span></pre></div></div>
${ps(a.cppNotes.slice(1))}
${edit('6', cppH[5]!)}
<div class="t-example"><div class="t-example-live-link"><div class="coliru-btn coliru-btn-run-init">Run this code</div></div>
<div dir="ltr" class="mw-geshi"><div class="cpp source-cpp"><pre class="de1"><span class="co2">#include &lt;algorithm&gt;</span>
<span class="co2">#include &lt;cstdlib&gt;</span>
<span class="co2">#include &lt;iostream&gt;</span>

<span class="kw4">int</span> main<span class="br0">(</span><span class="br0">)</span>
<span class="br0">{</span>
    <span class="kw1">for</span> <span class="br0">(</span><span class="kw4">int</span> r <span class="sy4">:</span> <span class="br0">{</span><span
class="sy2">-</span><span class="nu0">40</span>, <span class="sy2">-</span><span class="nu0">3</span>, <span class="nu0">17</span>, <span
class="nu0">88</span>, <span class="nu0">131</span><span class="br0">}</span><span class="br0">)</span>
        std<span class="sy4">::</span><span class="me2">cout</span> <span class="sy1">&lt;&lt;</span> r <span class="sy1">&lt;&lt;</span> <span class="st0">"
-&gt; "</span> <span class="sy1">&lt;&lt;</span> std<span class="sy4">::</span><span class="me2">clamp</span><span class="br0">(</span>r, <span
class="nu0">0</span>, <span class="nu0">100</span><span class="br0">)</span> <span class="sy1">&lt;&lt;</span> <span class="st0">'\\n'</span><span
class="sy4">;</span>
<span class="br0">}</span></pre></div></div>
<p>Output:</p><div dir="ltr" class="mw-geshi"><div class="text source-text"><pre class="de1">-40 -&gt; 0
-3 -&gt; 0
17 -&gt; 17
88 -&gt; 88
131 -&gt; 100</pre></div></div></div>
${ps(a.cppExample)}
${edit('7', cppH[6]!)}
<table class="t-dsc-begin"><tbody>
${a.cppSeeAlso
  .map(
    ([n, d, k]) => `<tr class="t-dsc"><td><div class="t-dsc-member-div"><div><a href="/w/cpp/algorithm/${n}" title="cpp/algorithm/${n}"><span
class="t-lines"><span>${n}</span></span></a></div></div></td>
<td>${d}<br><span class="t-mark">${k}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table>
<!-- NewPP limit report Preprocessor visited node count: 3141/1000000 --></div>
<div class="printfooter">Retrieved from "<a
href="?oldid=171234">https://en.cppreference.com/mwiki/index.php?title=cpp/algorithm/clamp&amp;oldid=171234</a>"</div>
<div id="catlinks" class="catlinks catlinks-allhidden"></div><div class="visualClear"></div></div></div></div>
<div id="cpp-toolbox"><div id="mw-panel">${portlet('navigation', a.cppSide[0]!, a.cppSide.slice(1, 5))}${portlet('tb', a.cppSide[5]!, a.cppSide.slice(6, 13))}
${portlet('lang', a.cppSide[13]!, a.cppSide.slice(14))}</div></div>
<div id="cpp-footer-base" class="noprint"><div id="footer"><div id="cpp-navigation"><h5>Navigation</h5><ul>
<li><a href="https://en.cppreference.com/w/cpp/algorithm/clamp">Online version</a></li><li>Offline version retrieved 2025-02-09 14:20.</li></ul></div>
<ul id="footer-info"><li id="footer-info-lastmod"> This page was last modified on 6 October 2024, at 18:02.</li>
<li id="footer-info-viewcount">This page has been accessed 512,304 times.</li></ul>
<ul id="footer-places">${lis(a.cppFoot.map((t) => `<a href="/w/Cppreference:${t.replace(/ /g, '_')}" title="${t}">${esc(t)}</a>`))}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="//www.mediawiki.org/"><img
src="/mwiki/skins/common/images/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul><div style="clear:both"></div></div></div></div>
<script>if(window.mw){mw.loader.load(["mediawiki.user","mediawiki.page.ready","ext.gadget.ColiruCompiler","ext.gadget.MathJax"], null, true);}</script>
<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','//www.google-analytics.com/analytics.js','ga');</script>
</body></html>`;
const cppreference: TestPage = {
  html: cppHtml,
  name: 'heldout187-cppreference-function',
  kind: 'docs',
  // the declaration table (header line, overload numbers, "since" marks), the parameter names and the example output
  // are in neither list; the parameter descriptions (table data cells) are body; the t-navbar, its hidden menus, the
  // "See also" table, portlets and footer are furniture; the "last modified" line is a byline
  title: cppTitle,
  headings: cppH,
  body: texts([...a.cppIntro, ...a.cppOverloads, ...a.cppUb, ...a.cppParams, ...a.cppReturn, ...a.cppComplexity, ...a.cppNotes, ...a.cppExample]),
  bylines: ['This page was last modified on 6 October 2024, at 18:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'cppreference.com', 'Search', ...a.cppTop, 'From cppreference.com', '< cpp | algorithm', 'C++', ...a.cppNavMenu, 'Algorithm library', ...a.cppAlgoMenu,
    '[edit]', 'Run this code', 'Output:', ...a.cppSeeAlso.flatMap(([, d, k]) => [d, k]), 'ranges::clamp', 'in_range',
    'Retrieved from "https://en.cppreference.com/mwiki/index.php?title=cpp/algorithm/clamp&oldid=171234"', ...a.cppSide, 'Online version',
    'Offline version retrieved 2025-02-09 14:20.', 'This page has been accessed 512,304 times.', ...a.cppFoot,
  ],
};

export const HELDOUT187_A: readonly TestPage[] = [cppreference, devdocsPage];
