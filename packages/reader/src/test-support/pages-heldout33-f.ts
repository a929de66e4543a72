import { type TestPage, texts } from './page-kit.js';
import { redoclyGuide } from './pages-heldout33-f2.js';

/**
 * Held-out batch 33, file f: a Doxygen 1.10 related page written in Markdown (XHTML doctype, the title area with project
 * logo, number and brief, the menu and search box as menu.js renders them, the resizable nav tree as navtree.js fills it, the
 * hidden search-results window with its status texts, the page header, a "Table of Contents" box, doxsection h1s, member
 * links, a code fragment, note and warning sections, \author and \date sections, and the nav-path footer).
 */
const dxTitle = 'Thread safety';
const el = (name: string, href: string) => `<a class="el" href="${href}">${name}</a>`;
const POLY = 'classtessel_1_1Polygon.html';
const TESS = 'classtessel_1_1Tessellator.html';
const dxIntro = [
  'libtessel is designed so that independent tessellation jobs can run on as many threads as you like. The library keeps no global ' +
    'mutable state after initialization, and every class documents which of its member functions are safe to call concurrently.',
  'This page summarizes the rules. When a class reference disagrees with this page, the class reference is right and this page is ' + 'out of date.',
];
const dxH1 = 'Objects you may share';
const dxShareLead = 'The following types are immutable once constructed and may be read from any number of threads without locking:';
const dxShare = [
  `${el('tessel::Polygon', POLY)}, after ${el('tessel::Polygon::seal()', `${POLY}#a6c1f0e2d`)} has returned.`,
  `${el('tessel::Mesh', 'classtessel_1_1Mesh.html')} objects returned by a finished ${el('tessel::Tessellator', TESS)}.`,
  `${el('tessel::Options', 'structtessel_1_1Options.html')}, which is a plain value type.`,
];
const dxH2 = 'Objects you must not share';
const dxNotShare =
  `A ${el('tessel::Tessellator', TESS)} holds scratch buffers that it reuses between calls to ${el('tessel::Tessellator::run()', `${TESS}#a3f9b1c07`)}. ` +
  'Two threads calling <code>run()</code> on the same instance will corrupt each other’s output. Create one tessellator per thread ' +
  'instead: construction is cheap, and the buffers grow only as large as the biggest polygon each thread sees.';
const dxWarn =
  `Calling ${el('tessel::Tessellator::cancel()', `${TESS}#a8e22d410`)} from another thread is the single exception. It is safe at any ` +
  `time and makes <code>run()</code> return ${el('tessel::Status::Cancelled', 'namespacetessel.html#a1b7e')} at its next checkpoint.`;
const dxCode = [
  'std::vector&lt;std::thread&gt; workers;',
  'for (int i = 0; i &lt; n_threads; ++i) {',
  '  workers.emplace_back([&amp;, i] {',
  '    tessel::Tessellator t(opts);   // one per thread',
  '    for (auto&amp; p : shard(polys, i, n_threads)) out[i].push_back(t.run(p));',
  '  });',
  '}',
];
const dxH3 = 'Initialization';
const dxInit =
  `${el('tessel::init()', 'namespacetessel.html#a0c4d9e')} must complete before any other libtessel call. It fills the lookup ` +
  'tables used by the robust predicates. Calling it from several threads at once is safe, because later calls wait for the first to ' +
  'finish, but it is simplest to call it once at the start of <code>main()</code>.';
const dxNote =
  'Builds configured with <code>TESSEL_NO_TABLES</code> compute the predicates on the fly and do not need ' +
  `${el('tessel::init()', 'namespacetessel.html#a0c4d9e')} at all. Calling it anyway does nothing.`;
const dxTree = ['Getting started', 'Choosing a winding rule', 'Memory and allocators', 'Migrating from 1.x'];
const dxMenu = ['Main Page', 'Related Pages', 'Namespaces', 'Classes', 'Files', 'Examples'];
const section = (n: string, t: string) => `<h1 class="doxsection"><a class="anchor" id="autotoc_md${n}"></a>\n${t}</h1>`;
const fragLine = (l: string, i: number) => `<div class="line"><a id="l0000${i}" name="l0000${i}"></a><span class="lineno">    ${i + 1}</span>${l}</div>`;
const dxHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "https://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">
<head>
<meta http-equiv="Content-Type" content="text/xhtml;charset=UTF-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=11"/>
<meta name="generator" content="Doxygen 1.10.0"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>libtessel: ${dxTitle}</title>
<link href="tabs.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript" src="jquery.js"></script>
<script type="text/javascript" src="dynsections.js"></script>
<script type="text/javascript" src="clipboard.js"></script>
<link href="navtree.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript" src="resize.js"></script>
<script type="text/javascript" src="navtreedata.js"></script>
<script type="text/javascript" src="navtree.js"></script>
<script type="text/javascript" src="cookie.js"></script>
<link href="search/search.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript" src="search/searchdata.js"></script>
<script type="text/javascript" src="search/search.js"></script>
<link href="doxygen.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><!-- do not remove this div, it is closed by doxygen! -->
<div id="titlearea">
<table cellspacing="0" cellpadding="0">
 <tbody>
 <tr id="projectrow">
  <td id="projectlogo"><img alt="Logo" src="tessel-logo.png"/></td>
  <td id="projectalign">
   <div id="projectname">libtessel<span id="projectnumber">&#160;2.4.1</span>
   </div>
   <div id="projectbrief">Fast polygon tessellation for C++17</div>
  </td>
 </tr>
 </tbody>
</table>
</div>
<!-- end header part -->
<!-- Generated by Doxygen 1.10.0 -->
<script type="text/javascript">
/* @license magnet:?xt=urn:btih:d3d9a9a6595521f9666a5e94cc830dab83b65699&amp;dn=expat.txt MIT */
var searchBox = new SearchBox("searchBox", "search/",'.html');
/* @license-end */
</script>
<script type="text/javascript" src="menudata.js"></script>
<script type="text/javascript" src="menu.js"></script>
<script type="text/javascript">
/* @license magnet:?xt=urn:btih:d3d9a9a6595521f9666a5e94cc830dab83b65699&amp;dn=expat.txt MIT */
$(function() {
  initMenu('',true,false,'search.php','Search');
  $(function() { init_search(); });
});
/* @license-end */
</script>
<div id="main-nav"><ul id="main-menu" class="sm sm-dox">
${dxMenu.map((t, i) => `<li><a href="${['index', 'pages'][i] ?? t.toLowerCase()}.html">${t.replace(' ', '&#160;')}</a></li>`).join('')}
<li style="float:right"><div id="MSearchBox" class="MSearchBoxInactive"><span class="left"><span id="MSearchSelect"
 onmouseover="return searchBox.OnSearchSelectShow()" onmouseout="return searchBox.OnSearchSelectHide()">&#160;</span>
<input type="text" id="MSearchField" value="" placeholder="Search" accesskey="S" onfocus="searchBox.OnSearchFieldFocus(true)"
 onblur="searchBox.OnSearchFieldFocus(false)" onkeyup="searchBox.OnSearchFieldChange(event)"/></span><span class="right">
<a id="MSearchClose" href="javascript:searchBox.CloseResultsWindow()"><img id="MSearchCloseImg" border="0" src="search/close.svg" alt=""/></a>
</span></div></li></ul></div>
</div><!-- top -->
<div id="side-nav" class="ui-resizable side-nav-resizable">
  <div id="nav-tree">
    <div id="nav-tree-contents">
      <div id="nav-sync" class="sync"><img src="sync_off.png" title="Sync with table of contents"/></div>
<ul><li><div class="item"><a class="arrow" href="javascript:void(0)">&#9660;</a><a href="index.html" target="basefrm">libtessel</a></div>
<ul class="children_ul">
<li><div class="item"><a class="arrow" href="javascript:void(0)">&#9660;</a><a href="pages.html">Guides</a></div><ul class="children_ul">
${dxTree
  .slice(0, 2)
  .map((t) => `<li><div class="item"><span class="arrow"></span><a href="md_docs_2${t.length}.html">${t}</a></div></li>`)
  .join('\n')}
<li id="selected"><div class="item selected"><span class="arrow"></span><a href="md_docs_2threading.html">${dxTitle}</a></div></li>
${dxTree
  .slice(2)
  .map((t) => `<li><div class="item"><span class="arrow"></span><a href="md_docs_2${t.length}.html">${t}</a></div></li>`)
  .join('\n')}
</ul></li>
${dxMenu
  .slice(2)
  .map((t) => `<li><div class="item"><a class="arrow" href="javascript:void(0)">&#9658;</a><a href="${t.toLowerCase()}.html">${t}</a></div></li>`)
  .join('\n')}
</ul></li></ul>
    </div>
  </div>
  <div id="splitbar" style="-moz-user-select:none;" class="ui-resizable-handle">
  </div>
</div>
<script type="text/javascript">
/* @license magnet:?xt=urn:btih:d3d9a9a6595521f9666a5e94cc830dab83b65699&amp;dn=expat.txt MIT */
$(function(){initNavTree('md_docs_2threading.html',''); initResizable(true); });
/* @license-end */
</script>
<div id="doc-content">
<!-- window showing the filter options -->
<div id="MSearchSelectWindow"
     onmouseover="return searchBox.OnSearchSelectShow()"
     onmouseout="return searchBox.OnSearchSelectHide()"
     onkeydown="return searchBox.OnSearchSelectKey(event)">
</div>
<!-- iframe showing the search results (closed by default) -->
<div id="MSearchResultsWindow">
<div id="MSearchResults">
<div class="SRPage">
<div id="SRIndex">
<div id="SRResults"></div>
<div class="SRStatus" id="Loading">Loading...</div>
<div class="SRStatus" id="Searching">Searching...</div>
<div class="SRStatus" id="NoMatches">No Matches</div>
</div>
</div>
</div>
</div>
<div><div class="header">
  <div class="headertitle"><div class="title">${dxTitle}</div></div>
</div><!--header-->
<div class="contents">
<div class="toc"><h3>Table of Contents</h3>
<ul>
  <li class="level1"><a href="#autotoc_md41">${dxH1}</a></li>
  <li class="level1"><a href="#autotoc_md42">${dxH2}</a></li>
  <li class="level1"><a href="#autotoc_md43">${dxH3}</a></li>
</ul>
</div>
<div class="textblock"><p><a class="anchor" id="autotoc_md40"></a> </p>
<p>${dxIntro[0]}</p>
<p>${dxIntro[1]}</p>
${section('41', dxH1)}
<p>${dxShareLead}</p>
<ul>
${dxShare.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${section('42', dxH2)}
<p>${dxNotShare}</p>
<dl class="section warning"><dt>Warning</dt><dd>${dxWarn}</dd></dl>
<div class="fragment">${dxCode.map(fragLine).join('\n')}
</div><!-- fragment -->
${section('43', dxH3)}
<p>${dxInit}</p>
<dl class="section note"><dt>Note</dt><dd>${dxNote}</dd></dl>
<dl class="section author"><dt>Author</dt><dd>Marta Kowalczyk</dd></dl>
<dl class="section date"><dt>Date</dt><dd>March 2025</dd></dl>
</div></div><!-- contents -->
</div><!-- PageDoc -->
</div><!-- doc-content -->
<!-- start footer part -->
<div id="nav-path" class="navpath"><!-- id is needed for treeview function! -->
  <ul>
    <li class="navelem"><a class="el" href="pages.html">Guides</a></li>
    <li class="footer">Generated by <a href="https://www.doxygen.org/index.html"><img class="footer" src="doxygen.svg" width="104" height="31"
 alt="doxygen"/></a>
 1.10.0 </li>
  </ul>
</div>
</body>
</html>`;
const doxygen: TestPage = {
  html: dxHtml,
  name: 'heldout33-doxygen-related-page',
  kind: 'docs',
  // the title is the page header's div.title; the three doxsection h1 are the headings; paragraphs, the list and the texts
  // of the warning and note sections are body ("Warning"/"Note" labels in neither); the line-numbered fragment is code (in
  // neither); the \author and \date sections are the bylines ("Author"/"Date" labels in neither); project name area, menu,
  // search status texts, nav tree (its selected entry is the title: left out; "libtessel" is a body word), the "Table of
  // Contents" box (entries repeat the headings: left out) and the nav-path footer are furniture
  title: dxTitle,
  headings: [dxH1, dxH2, dxH3],
  body: [...texts(dxIntro), dxShareLead, ...texts(dxShare), ...texts([dxNotShare, dxWarn, dxInit, dxNote])],
  bylines: ['Marta Kowalczyk', 'March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2.4.1', 'Fast polygon tessellation for C++17', ...dxMenu, 'Guides', ...dxTree, 'Loading...', 'Searching...', 'No Matches', 'Table of Contents',
    'Generated by 1.10.0',
  ],
};

export const HELDOUT33_F: readonly TestPage[] = [doxygen, redoclyGuide];
