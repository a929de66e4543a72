import { links, ps, type TestPage, texts } from './page-kit.js';
import { fandom } from './pages-heldout267-e2.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file e: an nLab-style page (Instiki: the "nLab" web name inside the h1, the top navigation, the
 * collapsible "Context" sidebar on the right, the maruku table of contents, theorem environments, the revision byline and the
 * navfoot bar); and, from file e2, a Fandom wiki page in Wookieepedia's style.
 */
const nTitle = 'meander functor';
const nIdea = [
  j(
    'A <em>meander functor</em> is a functor between categories with a chosen direction of flow that preserves flow up to a',
    'coherent delay. The idea is that of a river that reaches the sea by every route it takes, though not at the same time: the',
    'functor may bend a morphism into a longer composite, but never turns it back upstream.',
  ),
  'Meander functors sit between strict functors, which preserve flow on the nose, and lax functors, which need not preserve it at all.',
];
const nDef = [
  j(
    'A <em>flow category</em> is a category C together with a wide subcategory C<sub>↓</sub> of <em>downstream</em> morphisms,',
    'closed under composition and containing all identities.',
  ),
  j(
    'A <em>meander functor</em> F : C → D between flow categories is a functor together with, for every downstream morphism f,',
    'a factorisation of F(f) as a finite composite of downstream morphisms of D, such that these factorisations are compatible',
    'with composition.',
  ),
];
const nProps = [
  '<strong>Proposition.</strong> Flow categories and meander functors form a category <strong>Meand</strong>, and the forgetful functor to Cat is faithful.',
  j(
    '<strong>Proof.</strong> Composition of factorisations is given by refining each factor, and associativity follows from the',
    'associativity of composition in the target. Faithfulness is immediate since the factorisations are determined by F.',
  ),
  'Every strict flow-preserving functor is a meander functor with trivial factorisations.',
  'Meander functors are closed under taking opposites if one reverses the flow on both sides.',
];
const nExamples = [
  'The inclusion of the poset of integers into the poset of rationals, each with the usual order as flow, is a strict meander functor.',
  j(
    'For a directed graph G, the functor from the free category on G to the free category on its barycentric subdivision, sending',
    'each edge to its two halves, is a meander functor that is not strict.',
  ),
];
const nRelated = ['directed homotopy theory', 'lax 2-functor', 'factorisation system'];
const nRefs = ['Teodor Hasse, <em>Flows on categories</em>, Lessmark Journal of Pure Mathematics 31 (2019), 1–44.'];
const nTop = ['Home Page', 'All Pages', 'Latest Revisions', 'Discuss this page'];
const nContext = ['Category theory', 'Concepts', 'category', 'functor', 'natural transformation', 'Universal constructions', 'Theorems', 'Extensions'];
const nFoot = ['Edit', 'Discuss', 'Previous revision', 'Changes from previous revision', 'History (7 revisions)', 'Cite', 'Print', 'Source'];
const nHtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1 plus MathML 2.0 plus SVG 1.1//EN" "http://www.w3.org/2002/04/xhtml-math-svg/xhtml-math-svg-flat.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8"/>
<title>nLab meander functor</title><meta name="robots" content="index,follow"/>
<link href="/stylesheets/instiki.css?1676280126" media="all" rel="stylesheet" type="text/css"/>
<script src="/javascripts/page_helper.js?1676280126" type="text/javascript"></script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({ "HTML-CSS": { scale: 90 } });</script>
</head>
<body><div id="Container"><div id="Content">
<h1 id="pageName"><span style="float: left; margin: 0.5em 0.25em -0.25em 0"><svg xmlns="http://www.w3.org/2000/svg" width="1.872em"
height="1.8em" viewBox="0 0 190 181"></svg></span><span class="webName">nLab</span> ${nTitle}</h1>
<div class="navigation"><span class="skipNav"><a href="#navEnd">Skip the Navigation Links</a> | </span>
<span style="display:inline-block; width: 0.3em;"></span>${nTop.map((t) => `<a href="/nlab/show/${t}" accesskey="H">${t}</a>`).join(' | ')}
<form id="navigationSearchForm" action="/nlab/search" method="get"><fieldset class="search"><input type="text" id="searchField" name="query"
value="Search"/></fieldset></form><span id="navEnd"></span></div>
<div id="revision"><div class="rightHandSide"><div class="toc clickDown" tabindex="0"><h3 id="context">Context</h3>
<h4 id="category_theory">Category theory</h4><div class="hide"><ul>${links(nContext.slice(1))}</ul></div>
<p><a href="/nlab/edit/category+theory+-+contents">Edit this sidebar</a></p></div></div>
<div class="maruku_toc"><h4>Contents</h4><ul><li><a href="#idea">Idea</a></li><li><a href="#definition">Definition</a></li>
<li><a href="#properties">Properties</a></li><li><a href="#examples">Examples</a></li></ul></div>
<h2 id="idea">Idea</h2>
${ps(nIdea)}
<h2 id="definition">Definition</h2>
<div class="num_defn" id="FlowCategory"><h6>Definition</h6>
${ps(nDef)}</div>
<h2 id="properties">Properties</h2>
<div class="num_prop"><h6>Proposition</h6>${ps(nProps.slice(0, 2))}</div>
<ul>${nProps
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2 id="examples">Examples</h2>
<ul>${nExamples.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="related_concepts">Related concepts</h2>
<ul>${links(nRelated)}</ul>
<h2 id="references">References</h2>
<ul>${nRefs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>Last revised on March 3, 2026 at 14:02:11.
See the <a href="/nlab/history/meander+functor">history</a> of this page for a list of all contributions to it.</p></div>
<div class="navigation navfoot"><a href="/nlab/edit/meander+functor">Edit</a><a href="/nlab/show/meander+functor/cite">Discuss</a>
${nFoot
  .slice(2)
  .map((t) => `<a href="#" class="navlink">${t}</a>`)
  .join(' | ')}</div>
<div id="footer"><div>This site is running on <a href="https://github.example/instiki">Instiki 0.19.7(MML+)</a></div></div>
</div></div>
<script type="text/javascript">// <![CDATA[
updateSize();
// ]]></script></body></html>`;
const nlab: TestPage = {
  name: 'heldout267-nlab-wiki',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Idea', 'Definition', 'Properties', 'Examples', 'Related concepts', 'References'],
  body: texts([...nIdea, ...nDef, ...nProps, ...nExamples]),
  bylines: ['Last revised on March 3, 2026 at 14:02:11.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'nLab', 'Skip the Navigation Links', ...nTop, 'Context', ...nContext.filter((t) => t !== 'functor' && t !== 'category'), 'Edit this sidebar',
    'Contents', ...nRelated, ...texts(nRefs), 'See the history of this page for a list of all contributions to it.', ...nFoot,
    'This site is running on Instiki 0.19.7(MML+)',
  ],
};

export const HELDOUT267_E: readonly TestPage[] = [nlab, fandom];
