import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file d3: a Wolfram MathWorld entry: the header with logo, search and the subject menu, the
 * breadcrumbs, the entry text with inline formula images and numbered display equations, "See also" cross-references,
 * "Explore with Wolfram|Alpha" with "More things to try", references, "Referenced on Wolfram|Alpha", the "Cite this as"
 * block, subject classifications, the contributor line and the footer with entry count and "Last Updated".
 */
const mwTitle = 'Lantern Graph';
const mwP = [
  'A <i>lantern graph</i> <img class="inlineformula" src="/images/equations/LanternGraph/Inline1.svg" alt="L_n" width="18" height="16"> ' +
    'is the graph obtained from a cycle graph on n vertices by adding two new vertices, called the <i>poles</i>, each joined to every ' +
    'vertex of the cycle, and then joining the two poles to each other. The name comes from the drawing in which the cycle is the ' +
    'rim of a paper lantern and the poles are its top and bottom.',
  'The lantern graph on a cycle of n vertices therefore has n + 2 vertices and 3n + 1 edges. It is the join of the cycle graph ' +
    'with the complete graph on two vertices, and it can also be described as the wheel graph with an extra hub joined to the first.',
  'For all n of at least 3, the lantern graph is planar, Hamiltonian and 4-connected when n is at least 4. Its chromatic number is 4 ' +
    'when n is even and 5 when n is odd, since the cycle needs 2 or 3 colors and each pole needs a color of its own.',
  'The number of spanning trees of the lantern graph satisfies a linear recurrence in n. The first few values, for n = 3, 4, 5, ' +
    '..., are 125, 576, 2645, 11664, ... (OEIS A381724). The characteristic polynomial of its adjacency matrix factors as',
  'where the product runs over the remaining eigenvalues of the cycle graph.',
  'For n = 3 the lantern graph is the complete graph on five vertices. For larger n it is not regular: the poles have degree ' +
    'n + 1 while every rim vertex has degree 4, so the two classes of vertices can be told apart by their degrees alone, and its ' +
    'automorphism group is the product of the dihedral group of the rim with the group of order 2 that swaps the poles.',
  'Lantern graphs arise as extremal examples in problems on the crossing number of graph joins, where Brennick (2017) showed that ' +
    'the join of two lantern graphs attains the Zarankiewicz bound for all n up to 11.',
];
const mwSee = ['Cycle Graph', 'Gear Graph', 'Graph Join', 'Wheel Graph'];
const mwCrumbs = ['Discrete Mathematics', 'Graph Theory', 'Simple Graphs', 'Lantern Graphs'];
const mwTopics = [
  'Algebra',
  'Applied Mathematics',
  'Calculus and Analysis',
  'Discrete Mathematics',
  'Foundations of Mathematics',
  'Geometry',
  'History and Terminology',
  'Number Theory',
  'Probability and Statistics',
  'Recreational Mathematics',
  'Topology',
];
const mwTry = ['lantern graph 7', 'wheel graph 6 chromatic number', 'sum of 1/k^2 from k=1 to infinity'];
const mwRefs = [
  'Brennick, J. "Crossing Numbers of Joins with Lanterns." <i>J. Graph Drawings</i> <b>29</b>, 140-158, 2017.',
  'Halvorsen, K. and Ibe, T. <i>Small Graphs and Their Invariants.</i> Ostrava: Meridian Press, p. 77, 2012.',
];
const mwCite = 'Ollerenshaw, Tamsin R. "Lantern Graph." From MathWorld--A Wolfram Web Resource. https://mathworld.wolfram.com/LanternGraph.html';
const mwFoot = ['Contact the MathWorld Team', 'About MathWorld', 'MathWorld Classroom', 'Contribute', 'MathWorld Book', 'wolfram.com', 'Terms of Use'];
const mwNote = 'Created, developed and nurtured by Tamsin Ollerenshaw at Wolfram Research';
const mwEq = `<div class="displayformula"><table><tr><td class="eq"><img src="/images/equations/LanternGraph/NumberedEquation1.svg" alt="P(x)=(x^2-(n-2)x-2n)
prod_(k=1)^(n-1)(x-2cos((2pik)/n))" width="346" height="48"></td><td class="number">(1)</td></tr></table></div>`;
const mwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lantern Graph -- from Wolfram MathWorld</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="A lantern graph is the graph obtained from a cycle graph by adding two poles.">
<meta name="author" content="Ollerenshaw, Tamsin R."><meta property="og:site_name" content="Wolfram MathWorld"><meta name="citation_title"
content="Lantern Graph">
<link rel="canonical" href="https://mathworld.wolfram.com/LanternGraph.html"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
"name":"Lantern Graph","url":"https://mathworld.wolfram.com/LanternGraph.html","isPartOf":{"@type":"WebSite","name":"Wolfram MathWorld"}}</script>
<link rel="stylesheet" href="/css/styles.css"><script src="/scripts/mathworld.js" defer></script>
<script async src="https://www.wolframcdn.com/consent/cookie-consent.js"></script></head>
<body id="entry"><div id="container"><header class="header"><a href="/" class="logo"><img src="/images/header/mathworld-logo.svg" alt="Wolfram MathWorld"></a>
<form class="search" action="/search/"><input type="search" name="query" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form>
<nav id="topics" aria-label="Topics"><ul>${links(mwTopics)}</ul><ul class="secondary">${links(['Alphabetical Index', 'New in MathWorld'])}</ul></nav></header>
<main id="content"><div class="breadcrumbs">${mwCrumbs.map((t) => `<a href="/topics/${t.replace(/ /g, '')}.html">${t}</a>`).join(' <span>&gt;</span> ')}</div>
<article id="TopicContent"><h1>${mwTitle}</h1><div class="entry">
<p>${mwP[0]}</p>
<div class="centerblock"><img src="/images/eps-svg/LanternGraph_1000.svg" alt="LanternGraph" width="420"></div>
${mwP
  .slice(1, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${mwEq}
<p>${mwP[4]}</p>
<p>${mwP[5]}</p>
<p>${mwP[6]}</p></div>
<section class="see-also"><h2>See also</h2><p class="CrossRefs">${mwSee.map((t) => `<a href="/${t.replace(/ /g, '')}.html">${t}</a>`).join(', ')}</p></section>
<section class="wolfram-alpha"><h2>Explore with Wolfram|Alpha</h2><form action="https://www.wolframalpha.com/input/"><input type="text" name="i"
aria-label="Input">
<button type="submit">Compute</button></form><div class="more-things"><h3>More things to try:</h3><ul>${links(mwTry)}</ul></div></section>
<section class="references"><h2>References</h2>${mwRefs.map((t) => `<p>${t}</p>`).join('\n')}</section>
<section class="referenced-on-wa"><h2>Referenced on Wolfram|Alpha</h2><p><a
href="https://www.wolframalpha.com/input/?i=lantern+graph">Lantern Graph</a></p></section>
<section class="cite-this"><h2>Cite this as:</h2><p><a
href="/about/author.html">Ollerenshaw, Tamsin R.</a> "Lantern Graph." From <i>MathWorld</i>--A Wolfram Web Resource.
<a href="https://mathworld.wolfram.com/LanternGraph.html">https://mathworld.wolfram.com/LanternGraph.html</a></p></section>
<section class="classifications"><h2>Subject classifications</h2><ul><li>${mwCrumbs
  .map(
    (t) => `<a
href="/topics/${t}.html">${t}</a>`,
  )
  .join(' &gt; ')}</li></ul></section>
<p class="contributor">This entry contributed by Kofi Brennan-Ashe</p></article></main>
<footer id="footer"><div class="footer-top"><a href="https://www.wolfram.com/"><img alt="Wolfram Research" src="/images/footer/wolfram-logo.svg"></a>
<p class="footer-note">${mwNote}</p></div><ul class="footer-links">${links(mwFoot)}</ul>
<p class="entries">13,291 Entries</p><p class="updated">Last Updated: Thu Nov 26 2026</p><p
class="copyright">©1999–2026 Wolfram Research, Inc.</p></footer></div>
</body></html>`;

export const mathworldPage: TestPage = {
  name: 'heldout163-mathworld-entry',
  kind: 'wiki',
  html: mwHtml,
  // the entry has no section headings of its own; "See also" and its cross-references, the references, "Cite this as" and
  // the classifications are furniture; the contributor line is a byline; formula images and equation numbers are in neither
  title: mwTitle,
  headings: [],
  body: texts(mwP),
  bylines: ['This entry contributed by Kofi Brennan-Ashe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', ...mwTopics, 'Alphabetical Index', 'New in MathWorld', 'Lantern Graphs', 'See also', ...mwSee, 'Explore with Wolfram|Alpha', 'Compute',
    'More things to try:', ...mwTry, 'References', ...texts(mwRefs), 'Referenced on Wolfram|Alpha', 'Cite this as:', mwCite, 'Subject classifications',
    'Discrete Mathematics > Graph Theory > Simple Graphs > Lantern Graphs', mwNote, ...mwFoot, '13,291 Entries', 'Last Updated: Thu Nov 26 2026',
    '©1999–2026 Wolfram Research, Inc.',
  ],
};
