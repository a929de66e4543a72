import { type TestPage, texts } from './page-kit.js';
import { pelicanPost } from './pages-heldout54-f2.js';
import { quartoHead } from './pages-heldout54-f3.js';

/**
 * Held-out batch 54, file f: a Quarto blog post (quarto-1.6 output: the search options JSON, site_libs scripts, the Bootstrap
 * navbar with the site title, links and GitHub icon, the title banner with description and category chips, the Author and
 * Published meta block, the margin table of contents, sections with anchored h2, a folded R code cell with its figure and
 * caption, a Note callout, a footnote, the appendix with Footnotes, Reuse and Citation (BibTeX and "cite this work as"), the
 * after-body script and the footer).
 */
const qtTitle = 'How Late Is the Number 42, Really?';
const qtDesc = 'Six months of real-time arrival data for one city bus route, and what it says about the published timetable.';
const qtIntro = [
  'I catch the number 42 bus most weekday mornings, and like everyone at my stop I have strong opinions about how reliable it is. ' +
    'Last summer the city started publishing real-time arrival data for every bus, so I decided to replace opinion with numbers.',
  'Between August and January I collected every arrival at my stop, Oakfield Road, from the open data feed: 9,312 scheduled journeys in all.',
];
const qtH1 = 'The data';
const qtData =
  'The feed gives the scheduled and actual arrival time for each journey. I counted a bus as on time if it arrived no more than ' +
  'one minute early or five minutes late, which is the same definition the transport authority uses in its own reports.';
const qtH2 = 'What I found';
const qtFound = [
  'Overall, 71 percent of buses were on time by the official definition. That is lower than the 83 percent the authority reports ' +
    'for the whole network, but not dramatically so.',
  'The average hides a very clear pattern, though. Early in the morning the route is reliable, but between 8 and 9 am only about ' +
    'half of all buses arrive on time, and late buses come in bunches: when one bus is ten minutes late, the next one is usually ' +
    'right behind it (<a href="#fig-hourly" class="quarto-xref">Figure&nbsp;1</a>).',
];
const qtNote = 'The feed was missing for eleven days in November because of a server change. Those days are left out rather than counted as late.';
const qtH3 = 'Is the timetable the problem?';
const qtTable = [
  'Comparing journey times with the timetable suggests it is. In the morning peak the scheduled time between the depot and my ' +
    'stop is 14 minutes, but the median actual time is 19. A bus that leaves the depot on schedule is already late before it ' +
    'reaches the first busy junction.',
  'I have sent the analysis to the transport authority along with the code, and I will update this post if they reply.',
];
const qtFn = 'They have, briefly: the route is due for a timetable review in the spring.';
const qtCaption = 'Figure 1: Share of on-time arrivals at Oakfield Road by hour of day, August to January.';
const qtCite = 'Okonjo, Ruth. 2025. “How Late Is the Number 42, Really?” February 11, 2025. https://ruthokonjo.example/posts/bus-42/.';
const qtToc = [qtH1, qtH2, qtH3];
const rCode = `<span id="cb1-1"><a href="#cb1-1" aria-hidden="true" tabindex="-1"></a>arrivals <span class="sc">|&gt;</span></span>
<span id="cb1-2"><a href="#cb1-2" aria-hidden="true"
 tabindex="-1"></a>  <span class="fu">mutate</span>(<span class="at">hour =</span> <span class="fu">hour</span>(scheduled),
<span class="at">on_time =</span> delay <span class="sc">&gt;=</span> <span class="sc">-</span><span class="dv">60</span> <span
 class="sc">&amp;</span> delay <span class="sc">&lt;=</span> <span class="dv">300</span>) <span class="sc">|&gt;</span></span>
<span id="cb1-3"><a href="#cb1-3" aria-hidden="true"
 tabindex="-1"></a>  <span class="fu">summarise</span>(<span class="at">share =</span> <span class="fu">mean</span>(on_time), <span
 class="at">.by =</span> hour)</span>`;
const qtHtml = `${quartoHead(qtTitle, qtDesc)}

<body class="nav-fixed">

<div id="quarto-search-results"></div>
  <header id="quarto-header" class="headroom fixed-top">
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a class="navbar-brand" href="../../index.html">
    <span class="navbar-title">Notes on Numbers</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Search"></div>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse" aria-controls="navbarCollapse"
 role="menu" aria-expanded="false" aria-label="Toggle navigation" onclick="if (window.quartoToggleHeadroom) { window.quartoToggleHeadroom(); }">
  <span class="navbar-toggler-icon"></span>
</button>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll ms-auto">
  <li class="nav-item">
    <a class="nav-link" href="../../about.html"> 
<span class="menu-text">About</span></a>
  </li>  
  <li class="nav-item">
    <a class="nav-link" href="../../talks.html"> 
<span class="menu-text">Talks</span></a>
  </li>  
  <li class="nav-item compact">
    <a class="nav-link" href="https://github.com/ruthokonjo"> <i class="bi bi-github" role="img">
</i> 
<span class="menu-text"></span></a>
  </li>  
</ul>
          </div> <!-- /navcollapse -->
            <div class="quarto-navbar-tools">
</div>
      </div> <!-- /container-fluid -->
    </nav>
</header>
<!-- content -->
<header id="title-block-header" class="quarto-title-block default page-columns page-full">
  <div class="quarto-title-banner page-columns page-full">
    <div class="quarto-title column-body">
      <h1 class="title">${qtTitle}</h1>
                  <div>
        <div class="description">
          ${qtDesc}
        </div>
      </div>
                          <div class="quarto-categories">
                <div class="quarto-category">public transport</div>
                <div class="quarto-category">R</div>
                <div class="quarto-category">time series</div>
              </div>
                  </div>
  </div>

<div class="quarto-title-meta">

      <div>
      <div class="quarto-title-meta-heading">Author</div>
      <div class="quarto-title-meta-contents">
               <p>Ruth Okonjo </p>
            </div>
    </div>
      
      <div>
      <div class="quarto-title-meta-heading">Published</div>
      <div class="quarto-title-meta-contents">
        <p class="date">February 11, 2025</p>
      </div>
    </div>
    
      
    </div>
  
</header><div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<!-- sidebar -->
<!-- margin-sidebar -->
    <div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
        <nav id="TOC" role="doc-toc" class="toc-active">
    <h2 id="toc-title">On this page</h2>
   
  <ul>
${qtToc.map((h, i) => `  <li><a href="#s${i}" id="toc-s${i}" class="nav-link${i === 0 ? ' active' : ''}" data-scroll-target="#s${i}">${h}</a></li>`).join('\n')}
  </ul>
</nav>
    </div>
<!-- main -->
<main class="content quarto-banner-title-block" id="quarto-document-content">





${qtIntro.map((p) => `<p>${p}</p>`).join('\n')}
<section id="s0" class="level2">
<h2 class="anchored" data-anchor-id="s0">${qtH1}</h2>
<p>${qtData}</p>
<div class="cell">
<details class="code-fold">
<summary>Code</summary>
<div class="sourceCode cell-code" id="cb1"><pre class="sourceCode r code-with-copy"><code class="sourceCode r">${rCode}</code><button title="Copy to Clipboard"
 class="code-copy-button"><i class="bi"></i></button></pre></div>
</details>
<div class="cell-output-display">
<div id="fig-hourly" class="quarto-float quarto-figure quarto-figure-center anchored">
<figure class="quarto-float quarto-float-fig figure">
<div aria-describedby="fig-hourly-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">
<img src="index_files/figure-html/fig-hourly-1.png" class="img-fluid figure-img" width="672">
</div>
<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" id="fig-hourly-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">
Figure&nbsp;1: Share of on-time arrivals at Oakfield Road by hour of day, August to January.
</figcaption>
</figure>
</div>
</div>
</div>
</section>
<section id="s1" class="level2">
<h2 class="anchored" data-anchor-id="s1">${qtH2}</h2>
${qtFound.map((p) => `<p>${p}</p>`).join('\n')}
<div class="callout callout-style-default callout-note callout-titled">
<div class="callout-header d-flex align-content-center">
<div class="callout-icon-container">
<i class="callout-icon"></i>
</div>
<div class="callout-title-container flex-fill">
Note
</div>
</div>
<div class="callout-body-container callout-body">
<p>${qtNote}</p>
</div>
</div>
</section>
<section id="s2" class="level2">
<h2 class="anchored" data-anchor-id="s2">${qtH3}</h2>
<p>${qtTable[0]}</p>
<p>${qtTable[1]}<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>


</section>


<div id="quarto-appendix" class="default"><section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><h2
 class="anchored quarto-appendix-heading">Footnotes</h2>

<ol>
<li id="fn1"><p>${qtFn}<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol>
</section><section class="quarto-appendix-contents"
 id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div><a
 rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section><section class="quarto-appendix-contents"
 id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre
 class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{okonjo2025,
  author = {Okonjo, Ruth},
  title = {How {Late} {Is} the {Number} 42, {Really?}},
  date = {2025-02-11},
  url = {https://ruthokonjo.example/posts/bus-42/},
  langid = {en}
}
</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-okonjo2025"
 class="csl-entry quarto-appendix-citeas" role="listitem">
Okonjo, Ruth. 2025. <span>“How Late Is the Number 42, Really?”</span> February 11, 2025. <a
 href="https://ruthokonjo.example/posts/bus-42/">https://ruthokonjo.example/posts/bus-42/</a>.
</div></div></section></div></main> <!-- /main -->
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {
  const toggleBodyColorMode = (bsSheetEl) => {
    const mode = bsSheetEl.getAttribute("data-mode");
    const bodyEl = window.document.querySelector("body");
    if (mode === "dark") { bodyEl.classList.add("quarto-dark"); } else { bodyEl.classList.add("quarto-light"); }
  }
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = { placement: 'right', icon: icon };
  anchorJS.add('.anchored');
  const clipboard = new window.ClipboardJS('.code-copy-button', { text: function(trigger) { return trigger.previousElementSibling.innerText; } });
});
</script>
</div> <!-- /content -->
<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
      &nbsp;
    </div>   
    <div class="nav-footer-center">
<p>© 2025 Ruth Okonjo · Made with <a href="https://quarto.org">Quarto</a></p>
</div>
    <div class="nav-footer-right">
      &nbsp;
    </div>
  </div>
</footer>




</body></html>`;
export const quartoPost: TestPage = {
  html: qtHtml,
  name: 'heldout54-quarto-blog-post',
  kind: 'blog',
  // the description in the title banner is the dek: body; the two intro paragraphs stand before the first section and are
  // body; the three h2 of the sections are the headings, their copies in "On this page" in neither list ("On this page" is
  // furniture); the Note callout's text is body, its "Note" label in neither; the footnote is the writer's own text: body,
  // its mark "1" and "↩︎" in neither, and so is the generated "Footnotes" h2; the folded R cell is code (in neither);
  // "Ruth Okonjo" and "February 11, 2025" are the bylines, their "Author" and "Published" labels furniture; the figure
  // caption, categories, navbar, the Reuse and Citation appendix (the BibTeX is code: in neither) and the footer are
  // furniture; the in-text "Figure 1" link stays part of its sentence; the cell's "Code" summary, the "Published" label and
  // the navbar's "About" are words of the article text: left out
  title: qtTitle,
  headings: [qtH1, qtH2, qtH3],
  body: texts([qtDesc, ...qtIntro, qtData, ...qtFound, qtNote, ...qtTable, qtFn]),
  bylines: ['Ruth Okonjo', 'February 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Notes on Numbers', 'Talks', 'public transport', 'R', 'time series', 'Author', 'On this page', qtCaption, 'Reuse', 'CC BY 4.0',
    'Citation', 'BibTeX citation:', 'For attribution, please cite this work as:', qtCite, '© 2025 Ruth Okonjo · Made with Quarto',
  ],
};

export const HELDOUT54_F: readonly TestPage[] = [quartoPost, pelicanPost];
