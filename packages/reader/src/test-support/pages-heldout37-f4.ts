/**
 * Held-out batch 37, file f4: the Quarto website chrome of the article in file f3 (head with the site libraries and search
 * options, the navbar, the margin TOC with its actions, the title block, and after the appendix the after-body script, the giscus
 * script, the page footer and "Back to top"), split out to keep each file short.
 */
export const qNav = ['People', 'Projects', 'Publications', 'Blog', 'Join us'];
export const qCats = ['birds', 'citizen science', 'surveys'];

/** `<!DOCTYPE>` to the end of the title block. */
export const qTop = (title: string, sub: string, toc: [string, string][]): string => `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>

<meta charset="utf-8">
<meta name="generator" content="quarto-1.6.40">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">

<meta name="author" content="Hannah Oyelaran">
<meta name="dcterms.date" content="2025-03-04">

<title>${title} – Urban Ecology Lab</title>
<style>
code{white-space: pre-wrap;}
span.smallcaps{font-variant: small-caps;}
div.columns{display: flex; gap: min(4vw, 1.5em);}
</style>


<script src="../../site_libs/quarto-nav/quarto-nav.js"></script>
<script src="../../site_libs/clipboard/clipboard.min.js"></script>
<script src="../../site_libs/quarto-search/fuse.min.js"></script>
<meta name="quarto:offset" content="../../">
<script id="quarto-search-options" type="application/json">{
  "location": "navbar",
  "copy-button": false,
  "collapse-after": 3,
  "panel-placement": "end",
  "type": "overlay",
  "limit": 50,
  "language": {
    "search-no-results-text": "No results",
    "search-matching-documents-text": "matching documents",
    "search-more-match-text": "more matches in this document"
  }
}</script>
<link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">


</head>

<body class="nav-fixed">

<div id="quarto-search-results"></div>
  <header id="quarto-header" class="headroom fixed-top">
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a class="navbar-brand" href="../../index.html">
    <span class="navbar-title">Urban Ecology Lab</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Search"></div>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse" \
aria-controls="navbarCollapse" role="menu" aria-expanded="false" aria-label="Toggle navigation" \
onclick="if (window.quartoToggleHeadroom) { window.quartoToggleHeadroom(); }">
  <span class="navbar-toggler-icon"></span>
</button>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll ms-auto">
${qNav
  .map(
    (t) => `  <li class="nav-item">\n    <a class="nav-link" href="../../${t.toLowerCase().replace(/ /g, '-')}.html"> \n<span \
class="menu-text">${t}</span></a>\n  </li>  `,
  )
  .join('\n')}
</ul>
          </div> <!-- /navcollapse -->
            <div class="quarto-navbar-tools">
</div>
      </div> <!-- /container-fluid -->
    </nav>
</header>
<!-- content -->
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<!-- sidebar -->
<!-- margin-sidebar -->
    <div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
        <nav id="TOC" role="doc-toc" class="toc-active">
    <h2 id="toc-title">On this page</h2>
   
  <ul>
${toc
  .map(
    ([id, t], i) => `  <li><a href="#${id}" id="toc-${id}" class="nav-link${i === 0 ? ' active' : ''}" \
data-scroll-target="#${id}">${t}</a></li>`,
  )
  .join('\n')}
  </ul>
<div class="toc-actions"><ul><li><a href="https://github.com/urban-ecology-lab/site/edit/main/blog/2025-03-swift-survey/index.qmd" \
class="toc-action"><i class="bi bi-github"></i>Edit this page</a></li><li><a href="https://github.com/urban-ecology-lab/site/issues/new" \
class="toc-action"><i class="bi empty"></i>Report an issue</a></li></ul></div></nav>
    </div>
<!-- main -->
<main class="content" id="quarto-document-content">

<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">${title}</h1>
<p class="subtitle lead">${sub}</p>
  <div class="quarto-categories">
${qCats.map((c) => `    <div class="quarto-category">${c}</div>`).join('\n')}
  </div>
  </div>



<div class="quarto-title-meta-author">
  <div class="quarto-title-meta-heading">Author</div>
  <div class="quarto-title-meta-heading">Affiliation</div>
  
    <div class="quarto-title-meta-contents">
    <p class="author">Hannah Oyelaran <a href="https://orcid.org/0000-0002-1825-0097" class="quarto-title-author-orcid"> <img \
src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAA2ZpVFh0WE1M"></a></p>
  </div>
  <div class="quarto-title-meta-contents">
        <p class="affiliation">
            University of Eastmoor
          </p>
      </div>
  </div>

<div class="quarto-title-meta">

      
    <div>
    <div class="quarto-title-meta-heading">Published</div>
    <div class="quarto-title-meta-contents">
      <p class="date">March 4, 2025</p>
    </div>
  </div>
  
    <div>
    <div class="quarto-title-meta-heading">Modified</div>
    <div class="quarto-title-meta-contents">
      <p class="date-modified">March 10, 2025</p>
    </div>
  </div>
    
  </div>
  


</header>

`;

/** After the appendix: the end of main, the scripts, the page footer and "Back to top". */
export const qBottom = `
</main> <!-- /main -->
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = { placement: 'right', icon: icon };
  anchorJS.add('.anchored');
  const clipboard = new window.ClipboardJS('.code-copy-button', { text: function(trigger) { return trigger.previousElementSibling.innerText; } });
});
</script>
<script src="https://giscus.app/client.js" data-repo="urban-ecology-lab/site" data-repo-id="R_kgDOK1s" data-category="Comments" \
data-mapping="title" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top" data-theme="light" data-lang="en" \
crossorigin="anonymous" data-loading="lazy" async="">
</script>
</div> <!-- /content -->
<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
<p>© 2025 Urban Ecology Lab, University of Eastmoor</p>
</div>   
    <div class="nav-footer-center">
      &nbsp;
    </div>
    <div class="nav-footer-right">
<p>Built with <a href="https://quarto.org/">Quarto</a></p>
</div>
  </div>
</footer>
<a onclick="window.scrollTo(0, 0); return false;" role="button" id="quarto-back-to-top"><i class="bi bi-arrow-up"></i> Back to top</a>


</body></html>`;
