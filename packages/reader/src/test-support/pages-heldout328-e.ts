import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, kx } from './pages-heldout328-kit.js';

/**
 * Held-out batch 328, file e: a KaTeX-rendered lecture note on a course site built with Hugo's "Book" theme (left menu, page
 * header, right table of contents, previous / next links, edit link and "last modified" line), and a Wikipedia-style maths
 * article in the Vector 2022 skin with formula images (MathML with its TeX annotation beside a fallback SVG image).
 */
const lTitle = 'Lecture 7: Eigenvalues of symmetric matrices';
const lP0 = [
  j(
    'In this lecture we prove the spectral theorem for real symmetric matrices and look at two consequences that we will',
    'use for the rest of the course: the variational characterisation of the largest eigenvalue and the positive',
    'semidefinite criterion.',
  ),
];
const lH1 = '7.1 Real eigenvalues';
const lP1 = [
  j(
    `Let ${kx('A', 'A')} be a real symmetric matrix and suppose ${kx('λ', '\\lambda')} is an eigenvalue with a possibly complex`,
    'eigenvector. Taking the conjugate transpose of the eigenvalue equation and using symmetry shows that the eigenvalue',
    'equals its own complex conjugate, so every eigenvalue of a real symmetric matrix is real.',
  ),
  j(
    'Eigenvectors belonging to distinct eigenvalues are orthogonal. The proof is two lines: compute the inner product of',
    'one eigenvector with the matrix applied to the other in two ways, and compare.',
  ),
];
const lH2 = '7.2 The spectral theorem';
const lP2 = [
  j(
    'Every real symmetric matrix can be written as the product of an orthogonal matrix, a diagonal matrix of eigenvalues and',
    'the transpose of the orthogonal matrix. We prove this by induction on the dimension, splitting off one eigenvector at a',
    'time and noting that its orthogonal complement is invariant under the matrix.',
  ),
  'Three remarks before we move on:',
];
const lList = [
  'The theorem fails for non-symmetric real matrices, which may have no real eigenvalues at all.',
  'The orthogonal matrix is not unique when eigenvalues repeat; any orthonormal basis of each eigenspace will do.',
  'The same proof works for complex Hermitian matrices with unitary in place of orthogonal.',
];
const lH3 = '7.3 The Rayleigh quotient';
const lP3 = [
  j(
    'The largest eigenvalue of a symmetric matrix is the maximum of the Rayleigh quotient over all non-zero vectors, and',
    'the maximum is attained at a corresponding eigenvector. This gives a practical way to estimate it, and it is the idea',
    'behind the power method we meet in Lecture 9.',
  ),
  'Exercise sheet 4, questions 2 and 5, practise both results. Bring your attempts to Thursday’s problem class.',
];
const lMenu = ['Course information', 'Lecture 5: Determinants', 'Lecture 6: Inner products', 'Lecture 7: Eigenvalues', 'Lecture 8: The SVD', 'Exercise sheets'];
const lHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta name="generator" content="Hugo 0.139.0"><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="The spectral theorem for real symmetric matrices.">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff"><meta property="og:title" content="${lTitle}">
<title>${lTitle} | MA2104 Linear Algebra II</title><link rel="stylesheet" href="/book.min.css">
<link rel="stylesheet" href="/katex/katex.min.css"><script defer src="/katex/katex.min.js"></script>
<script defer src="/katex/auto-render.min.js" onload="renderMathInElement(document.body);"></script><script defer src="/flexsearch.min.js"></script></head>
<body dir="ltr"><input type="checkbox" class="hidden toggle" id="menu-control"><input type="checkbox" class="hidden toggle" id="toc-control">
<main class="container flex"><aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand"><a class="flex align-center"
href="/"><span>MA2104
Linear Algebra II</span></a></h2>
<div class="book-search hidden"><input type="text" id="book-search-input" placeholder="Search" aria-label="Search" maxlength="64"></div>
<ul>${links(lMenu)}</ul></nav></div></aside>
<div class="book-page"><header class="book-header"><div class="flex align-center justify-between"><label for="menu-control"><img src="/svg/menu.svg"
class="book-icon" alt="Menu"></label><h3>Lecture 7: Eigenvalues</h3><label for="toc-control"><img src="/svg/toc.svg" class="book-icon" alt="Table of
Contents"></label></div></header>
<article class="markdown book-article"><h1 id="lecture-7">${lTitle}</h1>
<p class="lecture-meta"><em>Dr Oluwaseun Pritchard · Week 4, Tuesday</em></p>
${ps(lP0)}
<h2 id="real-eigenvalues">${lH1}</h2>
${ps(lP1)}
<h2 id="spectral-theorem">${lH2}</h2>
${ps(lP2)}
<ul>${lList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div class="book-hint warning"><p><strong>Not examinable:</strong> the proof of the infinite-dimensional version.</p></div>
<h2 id="rayleigh">${lH3}</h2>
${ps(lP3)}
</article>
<footer class="book-footer"><div class="flex flex-wrap justify-between"><div><a class="flex align-center"
href="https://git.example/ma2104/edit/main/content/lecture-7.md"
target="_blank"><span>Edit this page</span></a></div>
<div><span>Last modified 3 February 2026</span></div></div>
<div class="flex flex-wrap justify-between"><span><a href="/lecture-6/" class="flex align-center"><span>Lecture 6: Inner products</span></a></span>
<span><a href="/lecture-8/" class="flex align-center"><span>Lecture 8: The SVD</span></a></span></div></footer>
<label for="menu-control" class="hidden book-menu-overlay"></label></div>
<aside class="book-toc"><div class="book-toc-content"><nav id="TableOfContents"><ul><li><a href="#real-eigenvalues">${lH1}</a></li>
<li><a href="#spectral-theorem">${lH2}</a></li><li><a href="#rayleigh">${lH3}</a></li></ul></nav></div></aside></main></body></html>`;
const hugoKatex: TestPage = {
  name: 'heldout328-hugo-book-katex-lecture-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lH1, lH2, lH3],
  body: texts([...lP0, ...lP1, ...lP2, ...lList, ...lP3]),
  bylines: ['Dr Oluwaseun Pritchard · Week 4, Tuesday', 'Last modified 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'MA2104 Linear Algebra II', ...lMenu, 'Not examinable: the proof of the infinite-dimensional version.', 'Edit this page',
  ],
};

const wm = (tex: string, mi: string, img: string): string => `<span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y"
style="display: none;"><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="{\\displaystyle ${tex}}"><semantics><mrow class="MJX-TeXAtom-ORD"><mstyle
displaystyle="true" scriptlevel="0"><mi>${mi}</mi></mstyle></mrow><annotation
encoding="application/x-tex">{\\displaystyle ${tex}}</annotation></semantics></math></span><img
src="https://wikimedia.example/api/rest_v1/media/math/render/svg/${img}" class="mwe-math-fallback-image-inline mw-invert skin-invert" aria-hidden="true"
style="vertical-align: -0.338ex; width:1.5ex; height:2.176ex;" alt="{\\displaystyle ${tex}}"></span>`;
const xTitle = 'Halloran–Vesk inequality';
const xP0 = [
  j(
    `In probability theory, the <b>Halloran–Vesk inequality</b> bounds the probability that a sum of ${wm('n', 'n', '7a9d3e')} independent`,
    'bounded random variables deviates from its mean by more than a given amount, using only the variances of the summands',
    'and their common bound. It sharpens the Chebyshev inequality in the tails and is weaker than Hoeffding-type bounds when',
    'the variances are large.',
  ),
  j('The inequality was stated by Maren Halloran in 1958 for identically distributed variables and extended to the general', 'case by Piotr Vesk in 1961.'),
];
const xH1 = 'Statement';
const xP1 = [
  j(
    'Let the summands be independent with mean zero, each bounded in absolute value by a constant, and let the sum of their',
    `variances be ${wm('\\sigma ^{2}', 'σ', '53a5c5')}. Then for every positive deviation the tail probability is at most twice an`,
    'exponential whose exponent is the squared deviation divided by twice the variance plus two thirds of the bound times',
    'the deviation.',
  ),
];
const xH2 = 'History';
const xP2 = [
  j(
    'Halloran’s original paper appeared in the proceedings of a conference on quality control in Leeds and went largely',
    'unnoticed. Vesk rediscovered the result while studying telephone exchange loads, and the two names were joined after',
    'a short exchange of letters in 1963.',
  ),
];
const xH3 = 'Applications';
const xList = [
  'Sample-size calculations for surveys with bounded responses.',
  'Concentration bounds in the analysis of randomised algorithms.',
  'Error estimates for Monte Carlo integration when a variance bound is known.',
];
const xNav = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const xRefs = [
  'Halloran, M. (1958). "On the tails of bounded sums". Proc. Leeds Conf. Quality Control. 2: 114–121.',
  'Vesk, P. (1961). "Load deviations in exchanges". Teletraffic Notes. 7 (3): 40–52.',
];
const xCats = ['Probabilistic inequalities', 'Statistical theorems'];
const xFoot = ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span>';
const h2 = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2>${edit}</div>`;
const xHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${xTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Halloran–Vesk_inequality","wgTitle":"${xTitle}","wgCategories":["Probabilistic inequalities","Statistical theorems"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.math.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.18"><meta property="og:title" content="${xTitle} - Wikipedia">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"name":"${xTitle}","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"}}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Halloran–Vesk_inequality">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(xNav, 'mw-list-item')}</ul></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Wikipedia The Free Encyclopedia</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/w/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia"></form></div>
<nav class="vector-user-links"><ul><li><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li><a
href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" class="vector-toc-landmark" aria-label="Contents"><div id="vector-toc" class="vector-toc
vector-pinnable-element">
<div class="vector-pinnable-header-label">Contents</div><ul class="vector-toc-contents"><li class="vector-toc-list-item"><a
href="#">(Top)</a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${xTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet-lang"><span class="vector-dropdown-label-text">3 languages</span></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li><a href="#">Article</a></li><li><a href="#">Talk</a></li></ul></nav>
<nav aria-label="Views"><ul><li><a href="#">Read</a></li><li><a href="#">Edit</a></li><li><a href="#">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Bound on tail probabilities of bounded sums</div>
${ps(xP0)}
<meta property="mw:PageProp/toc">
${h2('Statement', xH1)}
${ps(xP1)}
${h2('History', xH2)}
${ps(xP2)}
${h2('Applications', xH3)}
<ul>${xList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${h2('See_also', 'See also')}
<ul><li><a href="/wiki/Chebyshev%27s_inequality">Chebyshev's inequality</a></li><li><a href="/wiki/Bernstein_inequalities">Bernstein inequalities</a></li></ul>
${h2('References', 'References')}
<div class="reflist"><ol class="references">${xRefs
  .map(
    (r) => `<li><span class="reference-text"><cite class="citation journal
cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div>
<div class="mw-heading mw-heading2"></div><table class="box-Probability-stub plainlinks metadata ambox"><tbody><tr><td class="mbox-text">This
probability-related article is a stub. You can help Wikipedia by expanding it.</td></tr></tbody></table>
</div></div><div class="printfooter">Retrieved from "https://en.wikipedia.example/w/index.php?title=Halloran–Vesk_inequality&amp;oldid=1270045512"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${links(xCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 21
January 2026, at 11:48<span class="anonymous-show"> (UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(xFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":121});});</script></body></html>`;
const wikipedia: TestPage = {
  name: 'heldout328-wikipedia-vector-maths-wiki',
  kind: 'wiki',
  html: xHtml,
  title: xTitle,
  headings: [xH1, xH2, xH3],
  body: texts([...xP0, ...xP1, ...xP2, ...xList]),
  bylines: ['This page was last edited on 21 January 2026, at 11:48 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...xNav, 'Wikipedia The Free Encyclopedia', 'Create account', 'Log in', 'Contents', '(Top)', '3 languages', 'Article', 'Talk', 'Read',
    'Edit', 'View history', 'From Wikipedia, the free encyclopedia', 'edit', 'See also', "Chebyshev's inequality", 'Bernstein inequalities', 'References',
    ...xRefs,
    'This probability-related article is a stub. You can help Wikipedia by expanding it.', 'Categories', ...xCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', ...xFoot,
  ],
};

export const HELDOUT328_E: readonly TestPage[] = [hugoKatex, wikipedia];
