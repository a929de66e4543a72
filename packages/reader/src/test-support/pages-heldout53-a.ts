import { ps, type TestPage, texts } from './page-kit.js';
import { docsRsItem } from './pages-heldout53-a2.js';
import { crCode, crImpl } from './pages-heldout53-a3.js';

/**
 * Held-out batch 53, file a: a cppreference.com page on the cppreference2 MediaWiki skin (site head with search, account links
 * and the Page/Discussion/View/Edit/History tabs, "From cppreference.com", the "< cpp | algorithm | ranges" trail, the t-navbar
 * with its hidden dropdown of constrained algorithms, the declaration table, description, parameter table, return value,
 * possible implementation, notes with a feature-test macro table, an example with its output, the "See also" table, the
 * printfooter and the wiki footer with navigation, toolbox, interwiki links, the last-modified and view-count lines).
 */
const crTitle = 'std::ranges::fold_left';
const sp = (s: string): string => `<span class="t-spar">${s}</span>`;
const tc = (s: string): string => `<span class="t-c"><span class="mw-geshi cpp source-cpp">${s}</span></span>`;
const crIntro = [
  `Combines the elements of a range from left to right with the binary function object ${sp('f')}, starting from the value ${sp('init')}. ` +
    `For a range whose elements are ${tc('x1')}, ${tc('x2')}, ..., ${tc('xN')}, the result is the value of ` +
    `${tc('f(f(...f(f(init, x1), x2)...), xN)')}.`,
];
const crOverloads = [
  `The range is given by the iterator ${sp('first')} and the sentinel ${sp('last')}.`,
  `Same as <span class="t-v">(1)</span>, but takes the range ${sp('r')} itself, as if ${tc('ranges::begin(r)')} were ${sp('first')} ` +
    `and ${tc('ranges::end(r)')} were ${sp('last')}.`,
];
const crAfter = [
  `The accumulator has the decayed type of invoking ${sp('f')} with ${sp('init')} and a reference to an element, not the type of ` +
    `${sp('init')} itself. It is initialised from the first call and passed back to ${sp('f')} as the left-hand argument on every ` +
    'later step, so the elements are visited exactly once and strictly in order.',
  'The function-like entities on this page are <i>algorithm function objects</i> (informally, <i>niebloids</i>). No explicit ' +
    'template argument list may be given when calling one, and argument-dependent lookup never finds them: when ordinary ' +
    'unqualified lookup finds one of them for the name to the left of a function call, argument-dependent lookup is not done.',
];
const crParams = [
  ['first, last', 'the iterator-sentinel pair that denotes the range of elements to fold'],
  ['r', 'the range of elements to fold'],
  ['init', 'the value the fold starts from'],
  ['f', 'the binary function object that combines the value accumulated so far with the next element'],
];
const crReturn = [
  `An object of type ${tc('U')} holding the result of folding the range from the left with ${sp('f')}, where ${tc('U')} is ` +
    `${tc('std::decay_t&lt;std::invoke_result_t&lt;F&amp;, T, std::iter_reference_t&lt;I&gt;&gt;&gt;')}.`,
  `If the range is empty, ${tc('U(std::move(init))')} is returned.`,
];
const crNotes = [
  `${sp('f')} is called with the accumulator as its first argument and the element as its second. ${tc('ranges::fold_right')} ` +
    'uses the opposite order and passes the element first.',
  `Unlike ${tc('std::accumulate')}, this algorithm does not take its result type from ${sp('init')}. Summing a range of ` +
    `${tc('double')} with an ${sp('init')} of ${tc('0')} therefore yields a ${tc('double')}, while the same call to ` +
    `${tc('std::accumulate')} truncates every partial sum to ${tc('int')}.`,
  `To get the end iterator along with the value, use ${tc('ranges::fold_left_with_iter')}. When the first element of the range ` +
    `should serve as the initial value, use ${tc('ranges::fold_left_first')}, which returns an ${tc('std::optional')}.`,
];
const crSeeAlso = [
  ['ranges::fold_right', '(C++23)', 'folds a range of elements from the right', '(algorithm function object)'],
  ['ranges::fold_left_first', '(C++23)', 'folds a range from the left, taking its first element as the initial value', '(algorithm function object)'],
  ['ranges::fold_left_with_iter', '(C++23)', 'folds a range from the left and returns the end iterator with the result', '(algorithm function object)'],
  ['accumulate', '', 'sums or folds a range of elements in order', '(function template)'],
  ['reduce', '(C++17)', 'like std::accumulate, but the order of the operations is unspecified', '(function template)'],
];
const crMenuHeads = ['Non-modifying sequence operations', 'Modifying sequence operations', 'Sorting operations', 'Fold operations'];
const crMenu = [
  ['ranges::all_of', 'ranges::any_of', 'ranges::none_of', 'ranges::for_each', 'ranges::count_if', 'ranges::mismatch', 'ranges::find_last'],
  ['ranges::copy_if', 'ranges::transform', 'ranges::replace', 'ranges::remove_if', 'ranges::unique', 'ranges::shuffle'],
  ['ranges::sort', 'ranges::stable_sort', 'ranges::partial_sort', 'ranges::is_sorted', 'ranges::nth_element'],
  ['ranges::fold_left', 'ranges::fold_left_first', 'ranges::fold_right', 'ranges::fold_right_last', 'ranges::fold_left_with_iter'],
];
const crNav = ['Support us', 'Recent changes', 'FAQ', 'Offline version'];
const crTools = ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const crLangs = ['Deutsch', 'Español', 'Français', 'Italiano', '日本語', 'Português', 'Русский', '中文'];
const crLi = (items: readonly string[]): string => items.map((t) => `<li><a href="/w/${t.replace(/ /g, '_')}">${t}</a></li>`).join('');
const crHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs">
<head>
<meta charset="UTF-8" />
<title>${crTitle} - cppreference.com</title>
<meta name="generator" content="MediaWiki 1.21.2" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="search" type="application/opensearchdescription+xml" href="/mwiki/opensearch_desc.php" title="cppreference.com (en)" />
<link rel="stylesheet"
href="/mwiki/load.php?lang=en&amp;modules=ext.gadget.ColiruCompiler%2CMathJax%7Cmediawiki.legacy.shared%7Cskins.cppreference2&amp;only=styles&amp;*"
 />
<script src="/mwiki/load.php?debug=false&amp;lang=en&amp;modules=startup&amp;only=scripts&amp;skin=cppreference2&amp;*"></script>
<script>if(window.mw){
mw.config.set({"wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"cpp/algorithm/ranges/fold_left",
"wgTitle":"cpp/algorithm/ranges/fold left","wgCurRevisionId":182311,"wgArticleId":24017,"wgIsArticle":true,"wgAction":"view","wgUserName":null});
}</script>
<style type="text/css">/*<![CDATA[*/ .source-cpp .de1, .source-cpp .de2 {font: normal normal 1em/1.2em monospace; margin:0; padding:0;} /*]]>*/</style>
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-cpp_algorithm_ranges_fold_left skin-cppreference2 action-view cpp-navbar">
<div id="cpp-head-first-base"><div id="cpp-head-first">
<h5><a href="/">cppreference.com</a></h5>
<div id="cpp-head-search"><form action="/mwiki/index.php" id="searchform"><input type="hidden" name="title" value="Special:Search"/>
<div id="simpleSearch"><input name="search" title="Search cppreference.com" accesskey="f" id="searchInput" />
<button type="submit" name="button" title="Search the pages for this text" id="searchButton">
<img src="/mwiki/skins/cppreference2/images/search-ltr.png" alt="Search" /></button></div></form></div>
<div id="cpp-head-personal"><div id="p-personal" class=""><span id="pt-createaccount">
<a href="/mwiki/index.php?title=Special:UserLogin&amp;type=signup">Create account</a></span>
<div class="menu"><ul><li id="pt-login">
<a href="/mwiki/index.php?title=Special:UserLogin" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o">Log in</a>
</li></ul></div></div></div>
</div></div>
<div id="cpp-head-second-base"><div id="cpp-head-second">
<div id="cpp-head-tools-left"><div id="p-namespaces" class="vectorTabs"><h5>Namespaces</h5><ul>
<li id="ca-nstab-main" class="selected"><span><a href="/w/cpp/algorithm/ranges/fold_left" title="View the content page [c]" accesskey="c">Page</a></span></li>
<li id="ca-talk" class="new"><span><a href="/mwiki/index.php?title=Talk:cpp/algorithm/ranges/fold_left&amp;action=edit&amp;redlink=1"
title="Discussion about the content page [t]" accesskey="t">Discussion</a></span></li>
</ul></div><div id="p-variants" class="vectorMenu emptyPortlet"><h5><span>Variants</span><a href="#"></a></h5><div class="menu"><ul></ul></div></div></div>
<div id="cpp-head-tools-right"><div id="p-views" class="vectorTabs"><h5>Views</h5><ul>
<li id="ca-view" class="selected"><span><a href="/w/cpp/algorithm/ranges/fold_left">View</a></span></li>
<li id="ca-edit"><span><a href="/mwiki/index.php?title=cpp/algorithm/ranges/fold_left&amp;action=edit" title="You can edit this page. Please use the
preview button before saving [e]" accesskey="e">Edit</a></span></li>
<li id="ca-history" class="collapsible"><span>
<a href="/mwiki/index.php?title=cpp/algorithm/ranges/fold_left&amp;action=history" title="Past revisions of this page [h]" accesskey="h">History</a></span></li>
</ul></div><div id="p-cactions" class="vectorMenu emptyPortlet"><h5><span>Actions</span><a href="#"></a></h5><div class="menu"><ul></ul></div></div></div>
</div></div>
<div id="cpp-content-base"><div id="content"><a id="top"></a><div id="mw-js-message" style="display:none;"></div>
<h1 id="firstHeading" class="firstHeading"><span style="font-size:0.7em; line-height:130%">std::ranges::</span>fold_left</h1>
<div id="bodyContent"><div id="siteSub">From cppreference.com</div>
<div id="contentSub"><span class="subpages">&lt; <a href="/w/cpp" title="cpp">cpp</a>&lrm; | <a href="/w/cpp/algorithm"
title="cpp/algorithm">algorithm</a>&lrm; | <a href="/w/cpp/algorithm/ranges" title="cpp/algorithm/ranges">ranges</a></span></div>
<div id="jump-to-nav"></div>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="t-navbar" style=""><div class="t-navbar-sep">&#160;</div>
<div class="t-navbar-head"><a href="/w/cpp" title="cpp"> C++</a><br /></div><div class="t-navbar-sep">&#160;</div>
<div class="t-navbar-head"><a href="/w/cpp/algorithm" title="cpp/algorithm"> Algorithm library</a><br /></div><div class="t-navbar-sep">&#160;</div>
<div class="t-navbar-head"><a href="/w/cpp/algorithm/ranges" title="cpp/algorithm/ranges"> Constrained algorithms</a>
<div class="t-navbar-menu"><div><div><table class="t-nv-begin" cellpadding="0" style="line-height:1.1em;">
${crMenuHeads
  .map(
    (h, i) =>
      `<tr class="t-nv-h1"><td colspan="5"> ${h}</td></tr>\n` +
      crMenu[i]!.map(
        (n) =>
          `<tr class="t-nv"><td colspan="5"><a href="/w/cpp/algorithm/${n.replace('::', '/')}"><span class="t-lines"><span>${n}</span></span></a></td></tr>`,
      ).join('\n'),
  )
  .join('\n')}
</table></div><div></div></div></div></div><div class="t-navbar-sep">&#160;</div></div>
<table class="t-dcl-begin"><tbody>
<tr class="t-dsc-header"><td> <div>Defined in header <code><a href="/w/cpp/header/algorithm" title="cpp/header/algorithm">&lt;algorithm&gt;</a></code>
</div></td><td></td><td></td></tr>
<tr class="t-dcl-h"><td><div>Call signature</div></td><td></td><td></td></tr>
<tr class="t-dcl t-since-cxx23"><td><div><span class="mw-geshi cpp source-cpp">
<span class="kw1">template</span>&lt; std::<span class="me2">input_iterator</span> I, std::<span class="me2">sentinel_for</span>&lt;I&gt; S, <span
class="kw1">class</span> T,<br />
&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;<span class="coMULTI">/* indirectly-binary-left-foldable */</span>&lt;T, I&gt; F &gt;<br />
<span class="kw1">constexpr</span> <span class="kw4">auto</span> fold_left<span class="br0">(</span> I first, S last, T init, F f <span
class="br0">)</span><span class="sy4">;</span></span></div></td>
<td> <span class="t-dcl-list-num">(1)</span></td><td> <span class="t-mark-rev t-since-cxx23">(since C++23)</span></td></tr>
<tr class="t-dcl t-since-cxx23"><td><div><span class="mw-geshi cpp source-cpp">
<span class="kw1">template</span>&lt; ranges::<span class="me2">input_range</span> R, <span class="kw1">class</span> T,<br />
&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;<span class="coMULTI">/* indirectly-binary-left-foldable */</span>&lt;T, ranges::<span
class="me2">iterator_t</span>&lt;R&gt;&gt; F &gt;<br />
<span class="kw1">constexpr</span> <span class="kw4">auto</span> fold_left<span class="br0">(</span> R<span
class="sy3">&amp;&amp;</span> r, T init, F f <span class="br0">)</span><span class="sy4">;</span></span></div></td>
<td> <span class="t-dcl-list-num">(2)</span></td><td> <span class="t-mark-rev t-since-cxx23">(since C++23)</span></td></tr>
<tr class="t-dcl-sep"><td></td><td></td><td></td></tr>
</tbody></table>
<p>${crIntro[0]}</p>
${crOverloads.map((t, i) => `<div class="t-li1"><span class="t-li">${i + 1})</span> ${t}</div>`).join('\n')}
${ps(crAfter)}
<h3><span class="mw-headline" id="Parameters">Parameters</span></h3>
<table class="t-par-begin">
${crParams.map(([n, d]) => `<tr class="t-par"><td> ${n}</td><td> -</td><td> ${d}</td></tr>`).join('\n')}
</table>
<h3><span class="mw-headline" id="Return_value">Return value</span></h3>
${ps(crReturn)}
<h3><span class="mw-headline" id="Possible_implementation">Possible implementation</span></h3>
<table class="eq-fun-cpp-table"><tr><td><div dir="ltr" class="mw-geshi" style="text-align: left;"><div class="cpp source-cpp">${crImpl}</div></div>
</td></tr></table>
<h3><span class="mw-headline" id="Notes">Notes</span></h3>
${ps(crNotes)}
<table class="wikitable" style="font-size:0.8em; line-height:1em;"><tr><th>Feature-test macro</th><th>Value</th><th>Std</th><th>Feature</th></tr>
<tr><td><a href="/w/cpp/feature_test#cpp_lib_ranges_fold" title="cpp/feature test"><code>__cpp_lib_ranges_fold</code></a></td><td><code>202207L</code></td>
<td><span class="t-c">(C++23)</span></td><td><code>std::ranges</code> fold algorithms</td></tr></table>
<h3><span class="mw-headline" id="Example">Example</span></h3>
<div class="t-example"><div class="t-example-live-link"><div class="coliru-btn coliru-btn-run-init">Run this code</div></div>
<div dir="ltr" class="mw-geshi" style="text-align: left;"><div class="cpp source-cpp"><pre class="de1">${crCode}</div></div>
<p>Output:</p>
<div dir="ltr" class="mw-geshi" style="text-align: left;"><div class="text source-text"><pre class="de1">sum: 36
product: 40320
total: 0.875
&lt;fold|from|the|left|</pre></div></div></div>
<h3><span class="mw-headline" id="See_also">See also</span></h3>
<table class="t-dsc-begin">
${crSeeAlso
  .map(
    ([n, v, d, m]) =>
      `<tr class="t-dsc"><td><div class="t-dsc-member-div"><div><a href="/w/cpp/algorithm/${n!.replace('::', '/')}"><span class="t-lines">
<span>${n}</span></span></a></div>` +
      `<div><span class="t-lines"><span>${v === '' ? '' : `<span class="t-mark-rev">${v}</span>`}</span></span></div></div></td>\n` +
      `<td>${d}<br /> <span class="t-mark">${m}</span></td></tr>`,
  )
  .join('\n')}
</table>
<!-- 
NewPP limit report
Preprocessor visited node count: 4871/1000000
Preprocessor generated node count: 9402/1000000
Post-expand include size: 101233/2097152 bytes
Highest expansion depth: 18/40
-->
<!-- Saved in parser cache with key mwiki1-mwiki_en_:pcache:idhash:24017-0!*!0!!en!*!* and timestamp 20251108144013 -->
</div>
<div class="printfooter">Retrieved from "<a
href="https://en.cppreference.com/mwiki/index.php?title=cpp/algorithm/ranges/fold_left&amp;oldid=182311"
>https://en.cppreference.com/mwiki/index.php?title=cpp/algorithm/ranges/fold_left&amp;oldid=182311</a>"</div>
<div id="catlinks" class="catlinks catlinks-allhidden"></div><div class="visualClear"></div>
</div></div></div>
<div id="cpp-footer-base" class="noprint"><div id="footer">
<div id="cpp-navigation"><h5>Navigation</h5><ul>${crLi(crNav)}</ul></div>
<div id="cpp-toolbox"><h5><span>Toolbox</span><a href="#"></a></h5><ul>${crLi(crTools)}</ul></div>
<div id="cpp-languages"><div><ul></ul></div><div><h5>In other languages</h5></div><div><ul>${crLi(crLangs)}</ul></div></div>
<ul id="footer-info"><li id="footer-info-lastmod"> This page was last modified on 8 November 2025, at 06:40.</li>
<li id="footer-info-viewcount">This page has been accessed 58,311 times.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/w/Cppreference:Privacy_policy" title="cppreference.com:Privacy policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/w/Cppreference:About" title="cppreference.com:About">About cppreference.com</a></li>
<li id="footer-places-disclaimer"><a href="/w/Cppreference:General_disclaimer" title="cppreference.com:General disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="http://creativecommons.org/licenses/by-sa/3.0/">
<img src="/mwiki/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution-Share Alike 3.0 license" width="88" height="31" /></a></li>
<li id="footer-poweredbyico"><a href="//www.mediawiki.org/">
<img src="/mwiki/skins/common/images/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" /></a></li></ul>
<div style="clear:both"></div></div></div>
<script>
(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-2828341-1', 'cppreference.com');
ga('send', 'pageview');
</script>
<script>if(window.mw){ mw.loader.state({"site":"loading","user":"ready","user.groups":"ready"}); }</script>
</body></html>`;
const cppreference: TestPage = {
  html: crHtml,
  name: 'heldout53-cppreference',
  kind: 'docs',
  // the description (intro, the two overload lines without their "1)"/"2)" marks, the accumulator and niebloid paragraphs), the
  // parameter rows (name, dash and meaning, as each reads), the return value and the notes are body; the h3s are the headings, but
  // for "See also", which goes to furniture with its list (as Unity's "Additional resources" does). In neither list: the
  // declaration table (signatures with "Defined in header", "Call signature", "(1)", "(since C++23)": the synopsis, code), the
  // possible implementation and the example (code), "Output:" (the label of a code block) and the feature-test macro table (macro,
  // value and std columns: code identifiers). The "See also" rows are furniture, except their names that the notes also name
  // (ranges::fold_right ...) and "accumulate"; the t-navbar and its hidden dropdown (fold names left out for the same reason),
  // "From cppreference.com", the head, tabs, footer, toolbox and interwiki links are furniture; the last-modified line is the
  // page's dateline (a byline); the trail's "algorithm" and "ranges" and the tab "Page" are left out as words of the body
  title: crTitle,
  headings: ['Parameters', 'Return value', 'Possible implementation', 'Notes', 'Example'],
  body: [...texts(crIntro), ...texts(crOverloads), ...texts(crAfter), ...crParams.map(([n, d]) => `${n} - ${d}`), ...texts(crReturn), ...texts(crNotes)],
  bylines: ['This page was last modified on 8 November 2025, at 06:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'cppreference.com', 'Create account', 'Log in', 'Namespaces', 'Discussion', 'View', 'cpp', 'Variants', 'Views', 'Edit', 'History', 'Actions',
    'From cppreference.com', 'C++', 'Algorithm library', 'Constrained algorithms', ...crMenuHeads, ...crMenu.slice(0, 3).flat(),
    'Run this code', 'See also', 'reduce', '(C++23)', '(C++17)', ...crSeeAlso.map((r) => r[2]!), '(algorithm function object)', '(function template)',
    'Retrieved from', 'Navigation', ...crNav, 'Toolbox', ...crTools, 'In other languages', ...crLangs,
    'This page has been accessed 58,311 times.', 'Privacy policy', 'About cppreference.com', 'Disclaimers',
  ],
};

export const HELDOUT53_A: readonly TestPage[] = [cppreference, docsRsItem];
