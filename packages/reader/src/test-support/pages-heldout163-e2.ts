import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file e2: a PlanetMath entry (the Drupal "Planetary" site with LaTeXML output and MathJax): the
 * header with site name and slogan, the user menu, the "Primary tabs" (View, Revisions, Source...), the entry body with its
 * definition, run-in "Theorem 1." and "Proof." labels and the QED mark, the entry metadata table (canonical name, dates,
 * owner, numerical id, entry type, classification), the attached articles / corrections / discussions links, the sidebar
 * blocks and the footer with the licence line.
 */
const pmTitle = 'stride sequence';
const pmP = [
  'Let \\(k\\geq 2\\) be an integer. A sequence \\((a_{n})_{n\\geq 0}\\) of non-negative integers is called a <em>stride sequence ' +
    'of order \\(k\\)</em> if \\(a_{0}=0\\) and, for every \\(n\\geq 1\\), the step \\(a_{n}-a_{n-1}\\) is the smallest positive ' +
    'integer that is neither an earlier step \\(a_{m}-a_{m-1}\\) with \\(m\\lt n\\) nor a span \\(a_{m}-a_{m-k}\\) with ' +
    '\\(k\\leq m\\lt n\\).',
  'Informally, each new step is the shortest stride that has not yet been used, either as a single step or as a jump over ' +
    '\\(k\\) consecutive terms. For \\(k=2\\) the sequence begins \\(0,1,3,7,12,19,27,37,\\ldots\\), and for \\(k=3\\) it begins ' +
    '\\(0,1,3,6,10,15,22,30,\\ldots\\).',
  'For example, when \\(k=2\\) the first step is \\(1\\) and the second is \\(2\\), since no span of two terms exists yet. At the ' +
    'third step the values \\(1\\) and \\(2\\) are used as steps and \\(3=a_{2}-a_{0}\\) is used as a span, so the step is \\(4\\) ' +
    'and \\(a_{3}=7\\).',
  'Stride sequences were introduced as a device for constructing sets with no repeated differences of a fixed span, in the ' +
    'same spirit as Sidon sets, where all pairwise differences must be distinct. The terms of a stride sequence of order ' +
    '\\(k\\) form a set in which no difference between terms \\(k\\) places apart repeats a single step, a property used in ' +
    'the design of some sparse rulers and difference triangles.',
  'For every \\(k\\geq 2\\), the stride sequence of order \\(k\\) is strictly increasing, and ' + '\\(n(n+1)/2\\leq a_{n}\\leq n(n+1)\\) for all \\(n\\).',
  'The steps are positive by definition, which gives strict monotonicity, and they are pairwise distinct, which gives the lower ' +
    'bound. For the upper bound, note that at step \\(n\\) at most \\(n-1\\) earlier steps and at most \\(n-k\\) spans are ' +
    'excluded, so the chosen step is at most \\(2n\\). Summing over the first \\(n\\) steps gives \\(a_{n}\\leq n(n+1)\\).',
  'The bounds in the theorem are far from sharp. It is not known whether \\(a_{n}/n^{2}\\) converges for any \\(k\\). ' +
    'Numerical evidence for \\(k=2\\) up to \\(n=10^{4}\\) suggests a limit close to \\(0.75\\), strictly between the two bounds.',
];
const pmMeta = [
  ['Title', 'stride sequence'],
  ['Canonical name', 'StrideSequence'],
  ['Date of creation', '2013-03-22 19:04:51'],
  ['Last modified on', '2013-03-22 19:04:51'],
  ['Owner', 'wkalder (40712)'],
  ['Last modified by', 'wkalder (40712)'],
  ['Numerical id', '7'],
  ['Author', 'wkalder (40712)'],
  ['Entry type', 'Definition'],
  ['Classification', 'msc 11B83'],
  ['Related topic', 'SidonSet'],
];
const pmTabs = ['View', 'Revisions', 'Source', 'Printable', 'Watch', 'Problems'];
const pmUser = ['Log in', 'Create new account', 'Request new password'];
const pmNav = ['Articles', 'Collections', 'Problems', 'Questions', 'Requests', 'Groups', 'Recent activity', 'Help'];
const pmAttach = ['Attached Articles', 'Corrections', 'Discussions', 'Comments'];
const pmLicence = 'Content is available under the Creative Commons Attribution-ShareAlike 3.0 Unported license unless otherwise noted.';
const pmPara = (t: string): string => `<div class="ltx_para"><p class="ltx_p">${t}</p></div>`;
const pmHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>stride sequence | planetmath.org</title>
<meta name="Generator" content="Drupal 7 (http://drupal.org)"><link rel="canonical" href="/stridesequence"><link rel="shortlink" href="/node/38011">
<link type="text/css" rel="stylesheet" href="https://planetmath.org/sites/default/files/css/css_Q2yq8e.css" media="all">
<script src="https://planetmath.org/misc/jquery.js?v=1.4.4"></script><script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":""});</script>
<script src="https://cdn.mathjax.org/mathjax/latest/MathJax.js?config=TeX-AMS-MML_HTMLorMML"></script></head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-38011 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page"><header class="header" id="header" role="banner"><a href="/" title="Home" rel="home" class="header__logo" id="logo"><img src="/logo.png"
alt="Home"></a>
<div class="header__name-and-slogan" id="name-and-slogan"><h1 class="header__site-name" id="site-name"><a href="/" title="Home" class="header__site-link"
rel="home">
<span>PlanetMath</span></a></h1><div class="header__site-slogan" id="site-slogan">Math for the people, by the people.</div></div>
<nav class="header__secondary-menu" id="secondary-menu" role="navigation"><h2 class="element-invisible">User login</h2><ul
class="links inline clearfix">${links(pmUser)}</ul>
</nav></header><div id="main"><div id="content" class="column" role="main"><a id="main-content"></a>
<h1 class="page__title title" id="page-title">${pmTitle}</h1><h2 class="element-invisible">Primary tabs</h2><ul class="tabs-primary tabs primary">${pmTabs
  .map(
    (t, i) =>
      `<li class="tabs-primary__tab${i === 0 ? ' is-active' : ''}"><a href="/node/38011/${t.toLowerCase()}" class="tabs-primary__tab-link">${t}</a></li>`,
  )
  .join('')}</ul>
<article class="node-38011 node node-article view-mode-full clearfix" about="/stridesequence" typeof="sioc:Item foaf:Document">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even"
property="content:encoded">
<div class="ltx_page_main"><div class="ltx_page_content"><div class="ltx_document">
<div class="ltx_theorem ltx_theorem_defn" id="Thmdefn1"><h6 class="ltx_title ltx_runin ltx_title_theorem"><span
class="ltx_tag ltx_tag_theorem">Definition.</span></h6>
${pmPara(pmP[0]!)}</div>
${pmPara(pmP[1]!)}
${pmPara(pmP[2]!)}
${pmPara(pmP[3]!)}
<div class="ltx_theorem ltx_theorem_thm" id="Thmthm1"><h6 class="ltx_title ltx_runin ltx_title_theorem"><span class="ltx_tag ltx_tag_theorem">Theorem 1.</span>
</h6>
${pmPara(`<em class="ltx_emph ltx_font_italic">${pmP[4]}</em>`)}</div>
<div class="ltx_proof"><h6 class="ltx_title ltx_runin ltx_font_italic ltx_title_proof">Proof.</h6>${pmPara(`${pmP[5]} ∎`)}</div>
${pmPara(pmP[6]!)}
</div></div></div></div></div></div>
<div class="field field-name-field-metadata"><table class="entry-metadata"><tbody>
${pmMeta.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table></div>
<ul class="links inline">${links(pmAttach)}</ul></article></div>
<div class="region region-sidebar-first column sidebar"><div class="block block-system block-menu first odd" role="navigation" id="block-system-navigation">
<h2 class="block__title block-title">Navigation</h2><ul class="menu">${links(pmNav, 'leaf')}</ul></div>
<div class="block block-search last even" role="search" id="block-search-form"><h2 class="block__title block-title">Search</h2>
<form action="/stridesequence" method="post" id="search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Search </label>
<input type="text" id="edit-search-block-form--2" name="search_block_form"><input type="submit" value="Search" class="form-submit"></form></div></div></div>
<footer id="footer" class="region region-footer"><div class="block block-block"><p>${pmLicence}</p>
<p><a href="/about">About PlanetMath</a> · <a href="/privacy">Privacy</a> · <a
href="https://github.com/planetmath">PlanetMath on GitHub</a></p></div></footer></div>
</body></html>`;

export const planetmathPage: TestPage = {
  name: 'heldout163-planetmath-entry',
  kind: 'wiki',
  html: pmHtml,
  // the run-in "Definition.", "Theorem 1." and "Proof." labels and the QED mark are in neither list (the statement and the
  // proof text are body); the entry metadata table is furniture, its "Author" and dates are bylines; the h1 is lower case
  title: pmTitle,
  headings: [],
  body: texts(pmP),
  bylines: ['wkalder (40712)', '2013-03-22 19:04:51'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'PlanetMath', 'Math for the people, by the people.', 'User login', ...pmUser, 'Primary tabs', ...pmTabs,
    ...pmMeta.flat().filter((t) => !['stride sequence', 'wkalder (40712)', '2013-03-22 19:04:51'].includes(t)), ...pmAttach,
    'Navigation', ...pmNav, 'Search', pmLicence, 'About PlanetMath', 'Privacy', 'PlanetMath on GitHub',
  ],
};
