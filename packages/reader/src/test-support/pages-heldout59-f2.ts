import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 59, file f2: a Doxygen 1.12 guide page made from a Markdown file, with the tree view on (XHTML doctype, the
 * title area table with logo, project name, number and brief, the licence-tagged inline scripts, the main menu and nav tree
 * left empty for menudata.js and navtree.js, the search select and results windows with their status texts, the page title
 * in a div, the "Table of Contents" box, sections rendered as h1.doxsection with empty anchors, code fragments with linked
 * symbols, note and warning sections as definition lists, and the footer's "Generated on … by doxygen" line).
 */
const dxTitle = 'Choosing a Q format';
const el = (href: string, t: string): string => `<a class="el" href="${href}">${t}</a>`;
const dxIntro =
  'Every fixed-point value in libfathom carries an implicit scale, written as a Q format. Picking the right one for each signal is the most ' +
  'important decision you will make when porting a floating-point algorithm, and this page explains how to make it.';
const dxH = ['What a Q format is', 'Headroom and precision', 'Saturation'];
const dxWhat = [
  'A value in Qm.n format has m integer bits and n fractional bits, plus a sign bit. The stored integer is the real value multiplied by 2 to ' +
    'the power n. A Q1.14 number, for example, can represent values from −2 to just under 2 in steps of about 0.00006.',
  'libfathom provides types and conversion macros for the three formats that cover most audio and sensor work: Q15, Q31 and Q7.8. Mixing ' +
    `them in one expression needs an explicit shift, which helpers such as ${el('group__convert.html#ga5c1e0d7f', 'fx_q15_to_q31()')} do for you.`,
];
const dxHead = [
  'More fractional bits mean finer steps but a smaller range. The usual approach is to estimate the largest value a signal can reach, ' +
    'including transient peaks, and then choose the format with the fewest integer bits that still contains it.',
  'Leave one extra bit of headroom for any value that feeds an accumulator. A sum of 64 products can grow by six bits in the worst case, and ' +
    'an overflow in fixed point wraps around silently instead of saturating.',
];
const dxNote =
  `The multiply-accumulate helpers such as ${el('group__arith.html#ga9d4b2a61', 'fx_mac_q31()')} use a 64-bit accumulator internally, so ` +
  'intermediate sums may exceed the range of the output format as long as the final result fits.';
const dxSat =
  'By default arithmetic wraps on overflow, because that is what the hardware does and it costs nothing. Define <code>FATHOM_SATURATE</code> ' +
  `before including ${el('fathom_8h.html', 'fathom.h')} to switch every helper to saturating arithmetic, which clamps results to the largest ` +
  'representable value instead.';
const dxWarn =
  'Saturating arithmetic is two to three times slower on cores without DSP extensions, such as the Cortex-M0. Measure before enabling it ' +
  'globally; it is often enough to saturate only at the output stage.';
const lic = (body: string): string => `<script type="text/javascript">
/* @license magnet:?xt=urn:btih:d3d9a9a6595521f9666a5e94cc830dab83b65699&amp;dn=expat.txt MIT */
${body}
/* @license-end */
</script>`;
const line = (s: string): string => `<div class="line">${s}</div>`;
const kt = (s: string): string => `<span class="keywordtype">${s}</span>`;
const code = (href: string, s: string): string => `<a class="code hl_function" href="${href}">${s}</a>`;
const dxHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "https://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">
<head>
<meta http-equiv="Content-Type" content="text/xhtml;charset=UTF-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=11"/>
<meta name="generator" content="Doxygen 1.12.0"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>libfathom: ${dxTitle}</title>
<link href="tabs.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript" src="jquery.js"></script>
<script type="text/javascript" src="dynsections.js"></script>
<script type="text/javascript" src="clipboard.js"></script>
<link href="navtree.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript" src="navtreedata.js"></script>
<script type="text/javascript" src="navtree.js"></script>
<script type="text/javascript" src="resize.js"></script>
<script type="text/javascript" src="cookie.js"></script>
<link href="search/search.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript" src="search/searchdata.js"></script>
<script type="text/javascript" src="search/search.js"></script>
<link href="doxygen.css" rel="stylesheet" type="text/css" />
<link href="doxygen-awesome.css" rel="stylesheet" type="text/css"/>
</head>
<body>
<div id="top"><!-- do not remove this div, it is closed by doxygen! -->
<div id="titlearea">
<table cellspacing="0" cellpadding="0">
 <tbody>
 <tr id="projectrow">
  <td id="projectlogo"><img alt="Logo" src="fathom-logo.png"/></td>
  <td id="projectalign">
   <div id="projectname">libfathom<span id="projectnumber">&#160;2.7.1</span>
   </div>
   <div id="projectbrief">Fast fixed-point DSP primitives for microcontrollers</div>
  </td>
 </tr>
 </tbody>
</table>
</div>
<!-- end header part -->
<!-- Generated by Doxygen 1.12.0 -->
${lic(`var searchBox = new SearchBox("searchBox", "search/",'.html');`)}
${lic('$(function() { codefold.init(0); });')}
<script type="text/javascript" src="menudata.js"></script>
<script type="text/javascript" src="menu.js"></script>
${lic(`$(function() {
  initMenu('',true,false,'search.php','Search',true);
  $(function() { init_search(); });
});`)}
<div id="main-nav"></div>
</div><!-- top -->
<div id="side-nav" class="ui-resizable side-nav-resizable">
  <div id="nav-tree">
    <div id="nav-tree-contents">
      <div id="nav-sync" class="sync"></div>
    </div>
  </div>
  <div id="splitbar" style="-moz-user-select:none;"
       class="ui-resizable-handle">
  </div>
</div>
${lic(`$(function(){initNavTree('md_docs_2q-formats.html',''); initResizable(true); });`)}
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
<ul>${dxH.map((t, i) => `<li class="level1"><a href="#autotoc_md${21 + i}">${t}</a></li>`).join('\n')}
</ul>
</div>
<div class="textblock"><p><a class="anchor" id="autotoc_md20"></a> </p>
<p>${dxIntro}</p>
<h1 class="doxsection"><a class="anchor" id="autotoc_md21"></a>
${dxH[0]!}</h1>
<p>${dxWhat[0]!}</p>
<p>${dxWhat[1]!}</p>
<div class="fragment">${[
  line(`${kt('int16_t')} gain = <a class="code hl_define" href="fathom_8h.html#a3f0c9e71">FX_Q15</a>(0.75);`),
  line(`${kt('int32_t')} acc  = ${code('group__convert.html#ga5c1e0d7f', 'fx_q15_to_q31')}(gain);`),
  line(`acc = ${code('group__arith.html#ga1b2c3d4e', 'fx_mul_q31')}(acc, coeff[0]);`),
].join('\n')}
</div><!-- fragment --><h1 class="doxsection"><a class="anchor" id="autotoc_md22"></a>
${dxH[1]!}</h1>
<p>${dxHead[0]!}</p>
<p>${dxHead[1]!}</p>
<dl class="section note"><dt>Note</dt><dd>${dxNote}</dd></dl>
<h1 class="doxsection"><a class="anchor" id="autotoc_md23"></a>
${dxH[2]!}</h1>
<p>${dxSat}</p>
<dl class="section warning"><dt>Warning</dt><dd>${dxWarn}</dd></dl>
</div></div><!-- contents -->
</div><!-- PageDoc -->
</div><!-- doc-content -->
<!-- start footer part -->
<div id="nav-path" class="navpath"><!-- id is needed for treeview function! -->
  <ul>
    <li class="footer">Generated on Tue Oct 14 2025 09:12:44 for libfathom by <a href="https://www.doxygen.org/index.html"><img class="footer" \
src="doxygen.svg" width="104" height="31" alt="doxygen"/></a> 1.12.0 </li>
  </ul>
</div>
</body>
</html>`;
export const doxygenPage: TestPage = {
  html: dxHtml,
  name: 'heldout59-doxygen',
  kind: 'docs',
  // body: the intro and section paragraphs and the text of the note and warning sections (their <dt> labels "Note", "Warning"
  // in neither list); the fragment is code (neither); the section headings are h1s under a title that is a div: the title is
  // the page title, the h1s the headings; the footer's "Generated on … for libfathom by" line is the page's only date line,
  // taken as the byline (the doxygen logo is an image, its version number left out); the project name with its number, the
  // brief, the search windows' status texts and the "Table of Contents" box (its entries repeat the headings: left out) are
  // furniture; the menu and the nav tree are empty in the served page
  title: dxTitle,
  headings: dxH,
  body: texts([dxIntro, ...dxWhat, ...dxHead, dxNote, dxSat, dxWarn]),
  bylines: ['Generated on Tue Oct 14 2025 09:12:44 for libfathom by'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'libfathom 2.7.1', 'Fast fixed-point DSP primitives for microcontrollers', 'Loading...', 'Searching...', 'No Matches', 'Table of Contents',
  ],
};
