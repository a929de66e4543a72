import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 137, file f2: a blog post on a PhD student's Jekyll site with the al-folio theme (the fixed Bootstrap navbar
 * with the two-part name, "Toggle navigation", lower-case nav items with "(current)", the "ctrl k" search button and theme
 * toggle, the reading progress bar, the post header with "Created in" date and year, tag and category links, a left sidebar
 * table of contents filled by bootstrap-toc, kramdown footnotes, the related-posts block whose list items sit outside any
 * list, the giscus thread with its noscript text, the fixed footer and the ninja-keys search element).
 */
const afTitle = 'Three things I wish I had known about mixed-effects models';
const fn = (n: number): string => `<sup id="fnref:${n}" role="doc-noteref"><a href="#fn:${n}" class="footnote" rel="footnote">${n}</a></sup>`;
const afP1 = [
  'Most ecologists meet mixed-effects models the same way I did: a reviewer points out that your 240 measurements come from 12 sites, that ' +
    'measurements from the same site are not independent, and that you should “account for site as a random effect”. You install a package, ' +
    'add a term to the formula, and hope for the best.',
  'Two papers and a thesis chapter later, here are three things I wish someone had told me at the start. None of them is new, but I had to ' +
    'learn each of them the hard way.',
];
const afH1 = '1. A random effect needs enough levels';
const afP2 = [
  'A random effect estimates the variance between groups. With only three or four groups, that variance is estimated from three or four ' +
    'numbers, and the estimate is poor. In my first analysis, with five sites, the model reported a between-site variance of exactly zero, ' +
    `which is not a finding but a symptom.${fn(1)}`,
  'A common rule of thumb is at least five or six levels, and more is much better. With fewer, it is often more honest to include the ' +
    'grouping as a fixed effect and say so.',
];
const afH2 = '2. Random slopes matter more than you think';
const afP3 = [
  'Including only a random intercept assumes that the effect you care about is the same at every site, and only the baseline differs. If the ' +
    'effect actually varies between sites, a random-intercept model can make you far too confident in the average effect.',
  'When I refitted my chapter’s main model with a random slope for temperature, the standard error of the temperature effect roughly ' +
    'doubled. The conclusion held, but only just, and the paper is better for saying so.',
];
const afH3 = '3. Convergence warnings are worth reading';
const afP4 = [
  'It is tempting to treat a convergence warning as noise, especially when the estimates look sensible. Sometimes it is noise. Often it means ' +
    'the model is more complex than the data can support. Before reaching for a different optimiser, I now check:',
];
const afList = [
  'whether any predictors are on wildly different scales, and rescale them if so;',
  'whether a variance component is being estimated as zero, or a correlation as exactly 1 or -1;',
  'whether a simpler random-effects structure gives almost the same fixed effects.',
];
const afP5 = ['If it does, I report the simpler model and mention the comparison in the supplement.'];
const afH4 = 'Further reading';
const afP6 = [
  `The clearest practical introduction I have found is the field guide by Okonjo and Lind,${fn(2)} which is aimed squarely at ecologists and ` +
    'works through the same kind of nested site-and-plot design most of us have. If you only read one thing before fitting your first model, ' +
    'make it that.',
];
const back = (n: number): string => ` <a href="#fnref:${n}" class="reversefootnote" role="doc-backlink">↩</a>`;
const afNotes = [
  `Technically a singular fit. Most packages now warn about it, but the one I used at the time did not.${back(1)}`,
  `Okonjo, A. and Lind, P. (2021). A field guide to mixed models for ecologists. <em>Journal of Applied Field Statistics</em> 14, 201–233.${back(2)}`,
];
const afNav = ['about', 'publications', 'projects', 'repositories', 'cv', 'teaching'];
const afTags = ['2025', 'statistics', 'mixed-models', 'methods'];
const afRelated = ['Notes from my first field season', 'Making figures that survive peer review', 'A reproducible workflow with R and Quarto'];
const afFoot = [
  '© Copyright 2025 Tomasz Wierzbicki.',
  'Powered by Jekyll with al-folio theme.',
  'Hosted by GitHub Pages.',
  'Photos from Unsplash.',
  'Last updated: March 10, 2025.',
].join(' ');
const hs = [afH1, afH2, afH3, afH4];
const id = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const afHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${afTitle} | Tomasz Wierzbicki</title><meta name="author" content="Tomasz Wierzbicki"><meta name="description"
content="Lessons from two papers and a thesis chapter.">
<meta name="keywords" content="ecology, statistics, phd"><meta property="og:site_name" content="Tomasz Wierzbicki"><meta property="og:type" content="article">
<meta property="og:title" content="Tomasz Wierzbicki | ${afTitle}"><script type="application/ld+json">{"author":{"@type":"Person","name":"Tomasz Wierzbicki"},
"url":"https://twierzbicki.github.io/blog/2025/mixed-models/","@type":"BlogPosting","description":"Lessons from two papers and a thesis chapter.",
"headline":"${afTitle}","sameAs":["https://orcid.org/0000-0002-0000-0000"],"name":"Tomasz Wierzbicki","@context":"https://schema.org"}</script>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css?a4b3f509e79c54a512b890d73235ef04"><link rel="stylesheet"
href="/assets/css/main.css?d41d8cd98f00b204e9800998ecf8427e">
<link defer rel="stylesheet" href="/assets/css/bootstrap-toc.min.css?6f5af0bb9aab25d79b2448143cbeaa88"></head>
<body class="fixed-top-nav "><header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation"><div class="container">
<a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Tomasz </span>Wierzbicki</a>
<button class="navbar-toggler collapsed ml-auto" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false"
aria-label="Toggle navigation"><span class="sr-only">Toggle navigation</span><span class="icon-bar top-bar"></span><span class="icon-bar middle-bar"></span>
<span class="icon-bar bottom-bar"></span></button><div class="collapse navbar-collapse text-right" id="navbarNav"><ul class="navbar-nav ml-auto flex-nowrap">
<li class="nav-item "><a class="nav-link" href="/">${afNav[0]}</a></li>
<li class="nav-item active"><a class="nav-link" href="/blog/">blog<span class="sr-only">(current)</span></a></li>
${afNav
  .slice(1)
  .map((t) => `<li class="nav-item "><a class="nav-link" href="/${t}/">${t}</a></li>`)
  .join('\n')}
<li class="nav-item"><button id="search-toggle" title="Search" onclick="openSearchModal()"><span class="nav-link">ctrl k <i
class="ti ti-search"></i></span></button></li>
<li class="toggle-container"><button id="light-toggle" title="Change theme"><i class="ti ti-sun-moon" id="light-toggle-system"></i><i class="ti ti-moon-filled"
id="light-toggle-dark"></i><i class="ti ti-sun-filled" id="light-toggle-light"></i></button></li></ul></div></div></nav>
<progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>
<div class="container mt-5" role="main"><div class="row"><div class="col-sm-3"><nav id="toc-sidebar" class="sticky-top"><ul class="nav navbar-nav">
${hs.map((h) => `<li><a class="nav-link" href="#${id(h)}">${h}</a></li>`).join('\n')}</ul></nav></div>
<div class="col-sm-9"><div class="post"><header class="post-header"><h1 class="post-title">${afTitle}</h1>
<p class="post-meta">Created in March 03, 2025</p>
<p class="post-tags"><a href="/blog/2025"><i class="fa-solid fa-calendar fa-sm"></i> ${afTags[0]} </a> &nbsp; · &nbsp;
<a href="/blog/tag/statistics"><i class="fa-solid fa-hashtag fa-sm"></i> ${afTags[1]}</a> &nbsp; <a href="/blog/tag/mixed-models"><i
class="fa-solid fa-hashtag fa-sm"></i>
${afTags[2]}</a> &nbsp; · &nbsp; <a href="/blog/category/methods"><i class="fa-solid fa-tag fa-sm"></i> ${afTags[3]}</a></p></header>
<article class="post-content"><div id="markdown-content">
${ps(afP1)}
<h2 id="${id(afH1)}">${afH1}</h2>
${ps(afP2)}
<h2 id="${id(afH2)}">${afH2}</h2>
${ps(afP3)}
<h2 id="${id(afH3)}">${afH3}</h2>
${ps(afP4)}
<ul>
${afList.map((t) => `  <li>${t}</li>`).join('\n')}
</ul>
${ps(afP5)}
<h2 id="${id(afH4)}">${afH4}</h2>
${ps(afP6)}
<div class="footnotes" role="doc-endnotes"><ol>
${afNotes.map((t, i) => `<li id="fn:${i + 1}" role="doc-endnote"><p>${t}</p></li>`).join('\n')}
</ol></div>
</div></article>
<br><hr><br><ul class="list-disc pl-8"></ul>
<!-- Adds related posts to the end of an article -->
<h2 class="text-3xl font-semibold mb-4 mt-12">Enjoy Reading This Article?</h2>
<p class="mb-2">Here are some more articles you might like to read next:</p>
${afRelated
  .map((t) => `<li class="my-2"><a class="text-pink-700 underline font-semibold hover:text-pink-800" href="/blog/2024/${id(t)}/">${t}</a></li>`)
  .join('\n')}
<div id="giscus_thread" style="max-width: 930px; margin: 0 auto;"><br><script>let giscusTheme = determineComputedTheme();
let giscusAttributes = {"src":"https://giscus.app/client.js","data-repo":"twierzbicki/twierzbicki.github.io","data-mapping":"title","data-theme":giscusTheme};
let giscusScript = document.createElement('script');Object.entries(giscusAttributes).forEach(([key, value]) => giscusScript.setAttribute(key, value));
document.getElementById('giscus_thread').appendChild(giscusScript);</script>
<noscript>Please enable JavaScript to view the <a href="http://giscus.app/?ref_noscript">comments powered by giscus.</a></noscript>
<div class="giscus"><iframe class="giscus-frame giscus-frame--loading" title="Comments" scrolling="no" allow="clipboard-write"
src="https://giscus.app/en/widget?origin=https%3A%2F%2Ftwierzbicki.github.io%2Fblog%2F2025%2Fmixed-models%2F" loading="lazy"></iframe></div></div>
</div></div></div></div>
<footer class="fixed-bottom" role="contentinfo"><div class="container mt-0">© Copyright 2025 Tomasz Wierzbicki. Powered by
<a href="https://jekyllrb.com/" target="_blank">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external nofollow noopener"
target="_blank">al-folio</a>
theme. Hosted by <a href="https://pages.github.com/" target="_blank">GitHub Pages</a>. Photos from <a href="https://unsplash.com" target="_blank">Unsplash</a>.
Last updated: March 10, 2025.</div></footer>
<script src="https://cdn.jsdelivr.net/npm/jquery@3.6.0/dist/jquery.min.js" integrity="sha256-/xUj+3OJU5yExlq6GSYGSHk7tPXikynS7ogEvDej/m4="
crossorigin="anonymous"></script>
<script defer src="/assets/js/bootstrap-toc.min.js?c82ff4de8b0955d6ff14f5b05eed7eb6"></script>
<script type="module" src="/assets/js/search/ninja-keys.min.js?a3446f084dcaecc5f75aa1757d087dcf"></script>
<ninja-keys hidebreadcrumbs noautoloadmdicons placeholder="Type to start searching"></ninja-keys>
<script src="/assets/js/search-data.js"></script><script src="/assets/js/shortcut-key.js?6f508d74becd347268a7f822bca7309d"></script></body></html>`;
export const alfolioPost: TestPage = {
  html: afHtml,
  name: 'heldout137-jekyll-alfolio-blog',
  kind: 'blog',
  // the "Created in" date is a byline; the footnotes are part of the post and body (with their ↩ links and the reference
  // numbers glued to the sentences, as plain text gives them); the sidebar table of contents repeats the headings and is left
  // out; the year, tag and category links, "Enjoy Reading This Article?" with its loose list items, the giscus noscript
  // text, navbar and footer are furniture
  title: afTitle,
  headings: hs,
  body: texts([...afP1, ...afP2, ...afP3, ...afP4, ...afList, ...afP5, ...afP6, ...afNotes]),
  bylines: ['Created in March 03, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tomasz Wierzbicki', 'Toggle navigation', ...afNav, 'blog', '(current)', 'ctrl k', ...afTags, 'Enjoy Reading This Article?',
    'Here are some more articles you might like to read next:', ...afRelated, 'Please enable JavaScript to view the comments powered by giscus.', afFoot,
  ],
};
