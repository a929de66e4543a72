import { type TestPage, texts } from './page-kit.js';
import { hugoPost } from './pages-heldout80-d2.js';

/**
 * Held-out batch 80, file d: a Jekyll academic blog post on al-folio (the fixed navbar with "(current)" screen-reader text
 * and the theme toggle, the reading progress bar, the post meta and the year/tag/category line, kramdown paragraphs with
 * inline and display MathJax 3 output, a highlighted code block, kramdown footnotes with back-links, the "Enjoy Reading This
 * Article?" list, the giscus thread with its noscript text and the fixed footer), and a Hugo PaperMod post with a series box
 * and related posts (file d2).
 */
const mjx = (mml: string, display = false): string =>
  `<mjx-container class="MathJax" jax="CHTML"${display ? ' display="true"' : ''} style="position: relative;"><mjx-math class="MJX-TEX" aria-hidden="true">` +
  `<mjx-mi class="mjx-i"><mjx-c class="mjx-c1D458 TEX-I"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml unselectable="on" display="${
    display ? 'block' : 'inline'
  }">` +
  `<math xmlns="http://www.w3.org/1998/Math/MathML"${display ? ' display="block"' : ''}>${mml}</math></mjx-assistive-mml></mjx-container>`;
const mi = (s: string): string => `<mi>${s}</mi>`;
const slash = '<mrow data-mjx-texclass="ORD"><mo>/</mo></mrow>';
const wi = '<msub><mi>w</mi><mi>i</mi></msub>';
const fn = (n: number): string => `<sup id="fnref:${n}" role="doc-noteref"><a href="#fn:${n}" class="footnote" rel="footnote">${n}</a></sup>`;
const jkTitle = 'Reservoir sampling, and why the naive weighted version is wrong';
const jk1 = [
  `Every year I teach reservoir sampling in the second week of the streaming algorithms course, and every year somebody asks the ` +
    `same excellent question: what if the items have weights? The obvious answer turns out to be subtly wrong, and the reason it is ` +
    `wrong is a nice small lesson in why inclusion probabilities are harder to control than they look.`,
];
const jkH1 = 'The unweighted case';
const jk2 = [
  `We see a stream of items one at a time and want a uniform sample of ${mjx(mi('k'))} of them without knowing the length of the ` +
    `stream in advance. Keep the first ${mjx(mi('k'))} items. When item ${mjx(mi('i'))} arrives, with ${mjx(`${mi('i')}<mo>&gt;</mo>${mi('k')}`)}, ` +
    `keep it with probability ${mjx(`${mi('k')}${slash}${mi('i')}`)}, and if you keep it, evict one of the current ${mjx(mi('k'))} ` +
    `items uniformly at random.`,
  `A short induction shows that after ${mjx(mi('n'))} items, every item is in the reservoir with probability exactly ` +
    `${mjx(`${mi('k')}${slash}${mi('n')}`)}.${fn(1)} The algorithm uses constant work per item and never needs to look back.`,
];
const jkH2 = 'The tempting generalisation';
const jk3 = [
  `Now give item ${mjx(mi('i'))} a positive weight ${mjx(wi)} and write ${mjx('<msub><mi>W</mi><mi>i</mi></msub>')} for the running ` +
    `total. The natural change is to keep item ${mjx(mi('i'))} with probability proportional to its share of the total so far:`,
];
const jkDisplay = mjx(
  `<mi>P</mi><mo stretchy="false">(</mo><mtext>keep </mtext>${mi('i')}<mo stretchy="false">)</mo><mo>=</mo><mfrac>${mi('k')}${wi}` +
    `<msub><mi>W</mi><mi>i</mi></msub></mfrac>`,
  true,
);
const jk4 = [
  `For ${mjx('<mi>k</mi><mo>=</mo><mn>1</mn>')} this is correct, and that is what makes it so convincing on the whiteboard. For ` +
    `larger ${mjx(mi('k'))} it breaks in two ways. First, the expression can exceed one when a heavy item arrives early, and clipping ` +
    `it changes every later probability. Second, and more quietly, evicting uniformly treats a heavy resident exactly like a light ` +
    `one, so heavy items leave the reservoir too often.${fn(2)}`,
  `In a small simulation with ten items, weights from 1 to 10 and ${mjx('<mi>k</mi><mo>=</mo><mn>3</mn>')}, the heaviest item ` +
    `ended up in the sample 14 per cent less often than the target, and the lightest one 31 per cent more often.`,
];
const jkH3 = 'What works instead';
const jk5 = [
  `The fix is to stop thinking about keeping and evicting, and to give every item a random key instead. Draw ${mjx(mi('u'))} ` +
    `uniformly from the unit interval, compute the key ${mjx(`<msup>${mi('u')}<mrow data-mjx-texclass="ORD"><mn>1</mn>${slash}${wi}</mrow></msup>`)}, ` +
    `and keep the ${mjx(mi('k'))} items with the largest keys, which a small heap does in logarithmic time per item.`,
  'In Python the whole thing fits in a few lines:',
];
const jkCode = `<span class="kn">import</span> <span class="n">heapq</span><span class="p">,</span> <span class="n">random</span>

<span class="k">def</span> <span class="nf">weighted_reservoir</span><span class="p">(</span><span class="n">stream</span><span class="p">,</span>
<span class="n">k</span><span class="p">):</span>
    <span class="n">heap</span> <span class="o">=</span> <span class="p">[]</span>
    <span class="k">for</span> <span class="n">item</span><span class="p">,</span> <span class="n">w</span> <span class="ow">in</span> <span
class="n">stream</span><span class="p">:</span>
        <span class="n">key</span> <span class="o">=</span> <span class="n">random</span><span class="p">.</span><span class="nf">random</span><span
class="p">()</span> <span class="o">**</span> <span class="p">(</span><span class="mi">1</span> <span class="o">/</span> <span class="n">w</span><span
class="p">)</span>
        <span class="n">heapq</span><span class="p">.</span><span class="nf">heappush</span><span class="p">(</span><span class="n">heap</span><span
class="p">,</span> <span class="p">(</span><span class="n">key</span><span class="p">,</span> <span class="n">item</span><span class="p">))</span>
        <span class="k">if</span> <span class="nf">len</span><span class="p">(</span><span class="n">heap</span><span class="p">)</span> <span
class="o">&gt;</span> <span class="n">k</span><span class="p">:</span>
            <span class="n">heapq</span><span class="p">.</span><span class="nf">heappop</span><span class="p">(</span><span
class="n">heap</span><span class="p">)</span>
    <span class="k">return</span> <span class="p">[</span><span class="n">item</span> <span class="k">for</span> <span class="n">_</span><span
class="p">,</span> <span class="n">item</span> <span class="ow">in</span> <span class="n">heap</span><span class="p">]</span>`;
const jk6 = [
  'Students usually find this version less intuitive and more convincing at the same time, which is roughly how I feel about ' +
    'most good randomised algorithms. Next week: what happens when the weights are only known approximately.',
];
const jkFn = [
  'The induction is on the number of items seen; the step compares the probability of arriving and staying with the probability ' +
    'of already being in the reservoir and not being evicted.',
  'This is the sampling-without-replacement problem in disguise: the probabilities we can easily control are those of the first ' +
    'draw, not the inclusion probabilities of the final sample.',
];
const jkNav = ['about', 'blog', 'publications', 'projects', 'cv', 'teaching'];
const jkTags = ['2025', 'sampling', 'teaching notes', 'algorithms'];
const jkMore = ['Streaming quantiles for people in a hurry', 'Notes on the course I will not teach again', 'Three ways to explain the birthday problem'];
const jkFooter = 'Last updated: March 10, 2025.';
const jkPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const jkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${jkTitle} | Ines Valkonen</title><meta name="author" content="Ines Valkonen">
<meta name="description" content="A teaching note on weighted reservoir sampling."><meta name="keywords" content="streaming, sampling, teaching">
<meta property="og:site_name" content="Ines Valkonen"><meta property="og:type" content="article"><meta property="og:title" content="Ines Valkonen | ${jkTitle}">
<script type="application/ld+json">{"author":{"@type":"Person","name":"Ines Valkonen"},"url":"https://ivalkonen.github.io/blog/2025/weighted-reservoir/",
"@type":"BlogPosting","description":"A teaching note on weighted reservoir sampling.","headline":"${jkTitle}","@context":"https://schema.org"}</script>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css?a4b3f509e79c54a512b890d73235ef04"><link rel="stylesheet"
href="/assets/css/main.css?d41d8cd98f00b204e9800998ecf8427e">
<link defer rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.5.2/css/all.min.css" crossorigin="anonymous">
<link rel="canonical" href="https://ivalkonen.github.io/blog/2025/weighted-reservoir/">
<script src="/assets/js/theme.js?a5ca4084d3b81624bcfa01156dae2b8e"></script>
<style>mjx-container[jax="CHTML"]{line-height:0}mjx-container [space="4"]{margin-left:.278em}</style></head>
<body class="fixed-top-nav "><header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation"><div class="container">
<a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Ines </span>Valkonen</a>
<button class="navbar-toggler collapsed ml-auto" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false"
aria-label="Toggle navigation"><span class="sr-only">Toggle navigation</span><span class="icon-bar top-bar"></span><span class="icon-bar middle-bar"></span>
<span class="icon-bar bottom-bar"></span></button>
<div class="collapse navbar-collapse text-right" id="navbarNav"><ul class="navbar-nav ml-auto flex-nowrap">
${jkNav
  .map(
    (t) =>
      `<li class="nav-item ${t === 'blog' ? 'active' : ''}"><a class="nav-link" href="/${t === 'about' ? '' : `${t}/`}">${t}${
        t === 'blog' ? '<span class="sr-only">(current)</span>' : ''
      }</a></li>`,
  )
  .join('\n')}
<li class="toggle-container"><button id="light-toggle" title="Change theme"><i class="ti ti-sun-moon" id="light-toggle-system"></i><i class="ti ti-moon-filled"
id="light-toggle-dark"></i><i class="ti ti-sun-filled" id="light-toggle-light"></i></button></li></ul></div></div></nav>
<progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>
<div class="container mt-5" role="main"><div class="post">
<header class="post-header"><h1 class="post-title">${jkTitle}</h1><p class="post-meta">March 03, 2025 · Ines Valkonen</p>
<p class="post-tags"><a href="/blog/2025"><i class="fa-solid fa-calendar fa-sm"></i> ${jkTags[0]} </a> · <a href="/blog/tag/sampling"><i
class="fa-solid fa-hashtag
fa-sm"></i> ${jkTags[1]}</a>   <a href="/blog/tag/teaching-notes"><i class="fa-solid fa-hashtag fa-sm"></i> ${jkTags[2]}</a> · <a
href="/blog/category/algorithms">
<i class="fa-solid fa-tag fa-sm"></i> ${jkTags[3]}</a></p></header>
<article class="post-content"><div id="markdown-content">
${jkPs(jk1)}
<h2 id="the-unweighted-case">${jkH1}</h2>
${jkPs(jk2)}
<h2 id="the-tempting-generalisation">${jkH2}</h2>
${jkPs(jk3)}
${jkDisplay}
${jkPs(jk4)}
<h2 id="what-works-instead">${jkH3}</h2>
${jkPs(jk5)}
<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${jkCode}
</code></pre></div><button class="copy" type="button" aria-label="Copy code to clipboard"><i class="fa-solid fa-clipboard"></i></button></div>
${jkPs(jk6)}
<div class="footnotes" role="doc-endnotes"><ol>
${jkFn
  .map(
    (t, i) => `<li id="fn:${i + 1}" role="doc-endnote"><p>${t}&nbsp;<a href="#fnref:${i + 1}" class="reversefootnote"
role="doc-backlink">&#8617;</a></p></li>`,
  )
  .join('\n')}
</ol></div></div></article>
<br><hr><br><ul class="list-disc pl-8"></ul><h2 class="text-3xl font-semibold mb-4 mt-12">Enjoy Reading This Article?</h2>
<p class="mb-2">Here are some more articles you might like to read next:</p>
${jkMore
  .map((t, i) => `<li class="my-2"><a class="text-pink-700 underline font-semibold hover:text-pink-800" href="/blog/202${4 - i}/${i}/">${t}</a></li>`)
  .join('\n')}
<div id="giscus_thread" style="max-width: 930px; margin: 0 auto;"><script>let giscusTheme = determineComputedTheme();
let giscusAttributes = {src: "https://giscus.app/client.js", "data-repo": "ivalkonen/ivalkonen.github.io", "data-mapping": "title"};</script>
<div class="giscus"><iframe class="giscus-frame" title="Comments" scrolling="no" allow="clipboard-write" src="https://giscus.app/en/widget?origin=x"
loading="lazy"></iframe></div>
<noscript>Please enable JavaScript to view the <a href="http://giscus.app/?ref_noscript">comments powered by giscus.</a></noscript></div>
</div></div>
<footer class="fixed-bottom" role="contentinfo"><div class="container mt-0">© Copyright 2025 Ines Valkonen. Powered by <a href="https://jekyllrb.com/"
target="_blank">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external nofollow noopener" target="_blank">al-folio</a> theme. Hosted by
<a href="https://pages.github.com/" target="_blank">GitHub Pages</a>. ${jkFooter}</div></footer>
<script src="https://cdn.jsdelivr.net/npm/jquery@3.6.0/dist/jquery.min.js" integrity="sha256-/xUj+3OJU5yExlq6GSYGSHk7tPXikynS7ogEvDej/m4="
crossorigin="anonymous"></script>
<script defer type="text/javascript" id="MathJax-script" src="https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/tex-mml-chtml.js"></script>
<script>window.MathJax = {tex: {tags: "ams", inlineMath: [["$", "$"], ["\\\\(", "\\\\)"]]}};</script>
</body></html>`;
const jekyll: TestPage = {
  html: jkHtml,
  name: 'heldout80-jekyll-al-folio-math-blog',
  kind: 'blog',
  // inline math is part of its paragraph as MathJax's assistive MathML text ("k/i", "wi"); the display equation and the code
  // block are in neither list; footnotes are body, their "↩" back-links furniture; the "Enjoy Reading This Article?" list,
  // tags, the giscus noscript line, nav and footer are furniture; the nav's "teaching" and the tag "teaching notes" share
  // words with the first paragraph but sit on short lines of their own
  title: jkTitle,
  headings: [jkH1, jkH2, jkH3],
  body: texts([...jk1, ...jk2, ...jk3, ...jk4, ...jk5, ...jk6, ...jkFn]),
  bylines: ['March 03, 2025', 'Ines Valkonen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jkNav, '(current)', 'Toggle navigation', ...jkTags, '↩', 'Enjoy Reading This Article?', 'Here are some more articles you might like to read next:',
    ...jkMore, 'Please enable JavaScript to view the comments powered by giscus.', '© Copyright 2025 Ines Valkonen.', 'Powered by Jekyll with al-folio theme.',
    'Hosted by GitHub Pages.', jkFooter,
  ],
};

export const HELDOUT80_D: readonly TestPage[] = [jekyll, hugoPost];
