import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 15, file e: a blog post on an academic's Quarto-generated site (navbar, title block with categories,
 * author and date, margin "On this page" toc, folded code cells, footnotes, "Reuse" and "Citation" appendix) and a
 * product review on a tech site in The Verge / CNET style (score box, "The Good / The Bad", affiliate buttons, "How we
 * test" note, author bio, related reviews).
 */
const qoIntro = [
  'Every few months a student shows me a mixed model that refuses to converge, and every few months the first fix is ' +
    'the same: rescale the predictors. This post is the note I now send them, with a small simulation to show why it works.',
];
const qoWhy = [
  'The optimiser that fits a mixed model works on all the parameters at once. When one predictor is measured in days ' +
    'and another in milliseconds, their coefficients live on wildly different scales, and the likelihood surface ' +
    'becomes a long, thin valley that a general-purpose optimiser struggles to walk along.' +
    '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',
  'Centring helps for a different reason. If a predictor never comes near zero, the intercept is an extrapolation, and ' +
    'its estimate becomes strongly correlated with the slope. The random intercepts inherit that correlation, which is ' +
    'exactly the kind of structure that makes the variance estimates unstable.',
];
const qoSim = [
  'To see this I simulated two hundred data sets of reaction times from forty participants, with a reaction time in ' +
    'milliseconds and a session date counted in days since the start of the study. The code is folded below if you want to run it.',
  'Fitted on the raw scale, sixty-one of the two hundred models reported a convergence warning. After centring and ' +
    'dividing each predictor by two standard deviations, none did, and the fixed-effect estimates, once transformed ' +
    'back, agreed to the third decimal place.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>',
];
const qoTake = [
  'Rescaling is not a trick that hides a problem. It changes nothing about the model except the units its parameters ' +
    'are reported in, and you can always convert them back for the paper. If a model still fails to converge after ' +
    'rescaling, then it is time to look at the random-effects structure itself.',
];
const qoNotes = [
  'Bates and colleagues make the same point at length in their notes on fitting models with many random slopes.',
  'The remaining differences were in the variance of the random slopes, which the raw-scale fits underestimated.',
];
const qoCats = ['statistics', 'R', 'mixed models'];
const qoToc = ['Why scale matters', 'A small simulation', 'Take-home'];
const qoCode = `<details class="code-fold"><summary>Code</summary>
<div class="sourceCode cell-code" id="cb1"><pre class="sourceCode r code-with-copy"><code class="sourceCode r">
<span id="cb1-1"><span class="fu">library</span>(lme4)</span>
<span id="cb1-2">fit <span class="ot">&lt;-</span> <span class="fu">lmer</span>(rt <span class="sc">~</span> day <span class="sc">+</span>
  (day <span class="sc">|</span> id), <span class="at">data =</span> sim)</span></code></pre>
<button title="Copy to Clipboard" class="code-copy-button"><i class="bi"></i></button></div></details>`;
const qoCite = 'Nakagawa-Reid, Tamsin. 2025. “Rescale Before You Despair.” March 4, 2025. https://tnreid.example/posts/rescale/.';
const qoHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset="utf-8"><meta name="generator" content="quarto-1.5.57">
<meta name="author" content="Tamsin Nakagawa-Reid"><meta name="dcterms.date" content="2025-03-04">
<meta name="description" content="Why rescaling predictors fixes most convergence warnings in mixed models."><title>Rescale before you despair – Tamsin
Nakagawa-Reid</title>
<style>code{white-space:pre-wrap;}span.smallcaps{font-variant:small-caps;}div.columns{display:flex;gap:min(4vw, 1.5em);}</style>
<script src="../../site_libs/quarto-nav/quarto-nav.js"></script><script src="../../site_libs/clipboard/clipboard.min.js"></script>
<script id="quarto-search-options" type="application/json">{"location":"navbar","copy-button":false,"collapse-after":3,"type":"overlay"}</script>
<link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<meta property="og:title" content="Rescale before you despair – Tamsin Nakagawa-Reid"><meta property="og:site_name" content="Tamsin Nakagawa-Reid"></head>
<body class="nav-fixed fullcontent"><div id="quarto-search-results"></div>
<header id="quarto-header" class="headroom fixed-top"><nav class="navbar navbar-expand-lg " data-bs-theme="dark"><div class="navbar-container container-fluid">
<div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="../../index.html"><span class="navbar-title">Tamsin Nakagawa-Reid</span></a></div>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto">
${['Research', 'Teaching', 'Blog', 'CV']
  .map(
    (t) => `<li class="nav-item"><a class="nav-link" href="../../${t.toLowerCase()}.html">
<span class="menu-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div><div id="quarto-search" class="" title="Search"></div></div></nav></header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">On this page</h2>
<ul>${qoToc.map((t) => `<li><a href="#x" class="nav-link" data-scroll-target="#x">${t}</a></li>`).join('')}</ul></nav></div>
<main class="content quarto-banner-title-block" id="quarto-document-content">
<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">Rescale before you despair</h1>
<div class="quarto-categories">${qoCats.map((c) => `<div class="quarto-category">${c}</div>`).join('')}</div></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>Tamsin Nakagawa-Reid</p>
</div></div>
<div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">March 4, 2025</p></div></div></div></header>
${ps(qoIntro)}
<section id="why-scale-matters" class="level2"><h2 class="anchored" data-anchor-id="why-scale-matters">Why scale matters</h2>
${ps(qoWhy)}
</section><section id="a-small-simulation" class="level2"><h2 class="anchored" data-anchor-id="a-small-simulation">A small simulation</h2>
${ps([qoSim[0]!])}
<div class="cell">${qoCode}</div>
${ps([qoSim[1]!])}
</section><section id="take-home" class="level2"><h2 class="anchored" data-anchor-id="take-home">Take-home</h2>
${ps(qoTake)}
</section>
<div id="quarto-appendix" class="default"><section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">
<h2 class="anchored quarto-appendix-heading">Footnotes</h2><ol>
${qoNotes.map((n, i) => `<li id="fn${i + 1}"><p>${n}<a href="#fnref${i + 1}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`).join('\n')}
</ol></section><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2>
<div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>
<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div>
<div class="quarto-appendix-secondary-label">BibTeX citation:</div>
<pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{nakagawa-reid2025,
  author = {Nakagawa-Reid, Tamsin},
  title = {Rescale Before You Despair},
  date = {2025-03-04}
}</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div>
<div id="ref-nakagawa-reid2025" class="csl-entry quarto-appendix-citeas" role="listitem">
${qoCite.replace('https://', '<a href="https://tnreid.example/posts/rescale/">https://').replace(/\.$/, '</a>.')}</div></div></section></div>
<nav class="page-navigation"><div class="nav-page nav-page-previous"><a href="../bootstrap-ci/index.html" class="pagination-link">
<i class="bi bi-arrow-left-short"></i> <span class="nav-page-text">Bootstrap intervals for the impatient</span></a></div>
<div class="nav-page nav-page-next"><a href="../power-sim/index.html" class="pagination-link">
<span class="nav-page-text">Power by simulation, step by step</span> <i class="bi bi-arrow-right-short"></i></a></div></nav>
</main></div>
<footer class="footer"><div class="nav-footer"><div class="nav-footer-left">© 2025 Tamsin Nakagawa-Reid</div>
<div class="nav-footer-right">Built with <a href="https://quarto.org/">Quarto</a></div></div></footer>
<script id="quarto-html-after-body" type="application/javascript">window.document.addEventListener("DOMContentLoaded", function (event) { const
toggleBodyColorMode = (bsSheetEl) => {}; });</script>
</body></html>`;
const quarto: TestPage = {
  html: qoHtml,
  name: 'heldout15-quarto-post',
  kind: 'blog',
  // the footnote marks stay in the body text ("...walk along.1"); the footnotes, the Reuse and Citation appendix (and its
  // BibTeX block, code) are furniture or neither; the folded code cell is in neither list, its "Code" summary is a word
  // of the body (left out);
  // the category chips and "Author"/"Published" labels are furniture, the name and date bylines; the margin toc repeats
  // the headings and is in neither list
  title: 'Rescale before you despair',
  headings: ['Why scale matters', 'A small simulation', 'Take-home'],
  body: [...texts(qoIntro), ...texts(qoWhy), ...texts(qoSim), ...texts(qoTake)],
  bylines: ['Tamsin Nakagawa-Reid', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Research', 'Teaching', 'Blog', 'CV', 'On this page', ...qoCats, 'Author', 'Published', 'Footnotes', ...qoNotes, 'Reuse', 'CC BY 4.0', 'Citation',
    'BibTeX citation:', 'For attribution, please cite this work as:', qoCite, '© 2025 Tamsin Nakagawa-Reid', 'Built with Quarto',
    'Bootstrap intervals for the impatient', 'Power by simulation, step by step',
  ],
};

const vgDek = 'A quiet, well-made mesh router that is easy to live with, as long as you do not need the fastest speeds in the house';
const vgBody1 = [
  'Most mesh routers try to impress you with the box: tri-band this, multi-gig that, an app full of graphs. The Orbi-like ' +
    'Kestrel Halo 3 is refreshingly dull by comparison. Three white cylinders, one app, and a setup that took me eleven ' +
    'minutes from unboxing to a working network.',
  'I tested a three-pack for five weeks in a two-storey brick house with a detached garden office, the kind of layout ' +
    'that has defeated every single router I have owned. The Halo covered all of it, including the far end of the garden, ' +
    'without a single dead spot.',
];
const vgBody2 = [
  'Speeds are good rather than spectacular. Next to the main unit I measured around 890 Mbps on a gigabit connection; ' +
    'in the garden office, two walls and fifteen metres away, that dropped to 310 Mbps, enough for video calls and large ' +
    'uploads but well short of the pricier tri-band systems I have tested.',
  'The app is where the Halo earns its score. Pausing a device, creating a guest network or checking which node a ' +
    'laptop is connected to takes a couple of taps, and none of the basic features sit behind a subscription. The ' +
    'optional security package costs $5 a month, and I did not miss it.',
  'My complaints are small. Each node has only one Ethernet port, so wiring a desk full of gear means adding a switch, ' +
    'and the status light cannot be dimmed, only turned off entirely, which I eventually did in the bedroom.',
];
const vgVerdict = [
  'If you want the fastest possible Wi-Fi, spend more on a tri-band system. If you want a network you set up once and ' +
    'then forget about, with no subscription nagging, the Halo 3 is one of the easiest recommendations I have made this year.',
];
const vgGood = ['Very easy setup', 'Excellent coverage in awkward layouts', 'No subscription needed for core features'];
const vgBad = ['Only one Ethernet port per node', 'Slower than tri-band rivals at range'];
const vgBio = 'Odette Farnsworth is a senior reviewer covering home networking and smart home devices. She has tested more than sixty routers since 2016.';
const vgTest = 'How we test: We use every product we review in our own homes for at least two weeks. We may earn a commission when you buy through our links.';
const vgRelated = ['The best Wi-Fi routers to buy right now', 'Eero Max 7 review: overkill, beautifully done', 'Do you actually need Wi-Fi 7?'];
const vgBuy = (store: string, price: string): string =>
  `<a class="duet--commerce--buy-button" data-vendor="${store}" rel="sponsored nofollow noopener"
  href="https://shop-links.example/${store}">${price} at ${store}</a>`;
const vgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kestrel Halo 3 review: the mesh router you forget about - The Circuit</title>
<meta name="description" content="${vgDek}"><meta property="og:type" content="article"><meta property="article:author" content="Odette Farnsworth">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Product","name":"Kestrel Halo 3"},
"reviewRating":{"@type":"Rating","ratingValue":"8","bestRating":"10"},"author":{"@type":"Person","name":"Odette
Farnsworth"},"datePublished":"2025-07-17T13:00:00Z"}</script>
<script>window.__NEXT_DATA__={"props":{"pageProps":{"hydration":{"responses":[]}}},"page":"/[slug]"};</script>
<style>.duet--article--article-body-component p{margin-bottom:1rem}.duet--scorecard{border:2px solid #5200ff}</style></head>
<body><div id="__next"><div class="duet--layout--page"><a class="skip" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation"><a href="/" aria-label="The Circuit homepage">The Circuit</a>
<nav><ul>${links(['Tech', 'Reviews', 'Science', 'Entertainment', 'Deals'], 'duet--navigation--item')}</ul></nav><a href="/subscribe">Subscribe</a></header>
<main id="content"><article class="duet--article--standard"><div class="duet--article--lede">
<ul class="duet--article--breadcrumbs"><li><a href="/reviews">Reviews</a></li><li><a href="/tech">Tech</a></li></ul>
<h1 class="duet--article--dangerously-set-cms-markup">Kestrel Halo 3 review: the mesh router you forget about</h1>
<p class="duet--article--dek">${vgDek}</p>
<div class="duet--article--byline">
<span>by <a href="/authors/odette-farnsworth">Odette Farnsworth</a></span>
<time datetime="2025-07-17T13:00:00Z">Jul 17, 2025, 1:00 PM UTC</time>
<div class="duet--article--share"><button aria-label="Share this story">Share this story</button></div></div>
<figure class="duet--article--lede-image"><img src="https://cdn.circuit.example/halo3.jpg" alt="">
<figcaption><span>The Halo 3 nodes are small enough to sit on a bookshelf.</span>
<cite>Photo by Odette Farnsworth / The Circuit</cite></figcaption></figure></div>
<aside class="duet--scorecard" aria-label="Review score"><div class="duet--scorecard--score"><span class="duet--scorecard--number">8/10</span>
<span class="duet--scorecard--label">Circuit Score</span></div>
<div class="duet--scorecard--lists">
<div class="duet--scorecard--good"><h4>The Good</h4><ul>${vgGood.map((t) => `<li>${t}</li>`).join('')}</ul></div>

<div class="duet--scorecard--bad"><h4>The Bad</h4><ul>${vgBad.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>

<div class="duet--scorecard--buy">${vgBuy('Amazon', '$279.99')}${vgBuy('Best Buy', '$299.99')}</div></aside>
<div class="duet--article--article-body-component-container"><div class="duet--article--article-body-component">
${ps(vgBody1, ' class="duet--article--dangerously-set-cms-markup"')}
<div class="duet--ad--native-ad-slot"><span class="ad-label">Advertiser Content</span></div>
${ps(vgBody2, ' class="duet--article--dangerously-set-cms-markup"')}
<h2 class="duet--article--dangerously-set-cms-markup">Should you buy it?</h2>
${ps(vgVerdict, ' class="duet--article--dangerously-set-cms-markup"')}
<div class="duet--commerce--product-card"><p class="duet--commerce--product-name">Kestrel Halo 3 (3-pack)</p>${vgBuy('Amazon', '$279.99')}</div>
<p class="duet--article--disclosure"><em>${vgTest}</em></p></div></div>
<div class="duet--article--author-bio"><img src="https://cdn.circuit.example/of.jpg" alt=""><p>${vgBio}</p>
<a href="/authors/odette-farnsworth">See all stories by Odette Farnsworth</a></div>
<div class="duet--article--comments-link"><a href="#comments">Comments</a> <span>47</span></div>
<section class="duet--newsletter" aria-label="Newsletter signup"><h2>Installer</h2>
<p>A weekly newsletter about the best apps, gadgets and tools we are using right now.</p>
<form><label for="nl-email">Email (required)</label><input id="nl-email" type="email">
<button type="submit">Sign Up</button></form>
<p class="duet--newsletter--legal">By submitting your email, you agree to our Terms and Privacy Notice.</p></section>
<section class="duet--content-cards--related">
<h2>Related</h2><ul>${links(vgRelated, 'duet--content-cards--item')}</ul></section></article></main>
<footer class="duet--navigation--footer">
<p>© 2025 Circuit Media, Inc. All rights reserved.</p>
<ul>${links(['Terms of Use', 'Privacy Notice', 'Cookie Settings'])}</ul></footer></div></div>
<script src="https://cdn.circuit.example/_next/static/chunks/main.js" async></script>
</body></html>`;
const review: TestPage = {
  html: vgHtml,
  name: 'heldout15-tech-review',
  kind: 'news',
  // the dek is the reviewer's own summary: body; "The Good / The Bad" lists are the reviewer's verdict in short items:
  // body, their labels headings (they head the lists, in order, before "Should you buy it?"); the score box number and
  // label, the buy buttons, the product card, the "How we test" disclosure, the bio and related links are furniture
  title: 'Kestrel Halo 3 review: the mesh router you forget about',
  headings: ['The Good', 'The Bad', 'Should you buy it?'],
  body: [vgDek, ...vgGood, ...vgBad, ...texts(vgBody1), ...texts(vgBody2), ...texts(vgVerdict)],
  bylines: ['by Odette Farnsworth', 'Jul 17, 2025, 1:00 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Circuit', 'Tech', 'Reviews', 'Science', 'Entertainment', 'Deals', 'Subscribe', 'Share this story',
    'The Halo 3 nodes are small enough to sit on a bookshelf.', 'Photo by Odette Farnsworth / The Circuit', '8/10', 'Circuit Score', '$279.99 at Amazon',
    '$299.99 at Best Buy', 'Advertiser Content', 'Kestrel Halo 3 (3-pack)', vgTest, vgBio, 'See all stories by Odette Farnsworth', 'Comments', '47',
    'Installer', 'A weekly newsletter about the best apps, gadgets and tools we are using right now.', 'Email (required)', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.', 'Related', ...vgRelated, '© 2025 Circuit Media, Inc. All rights reserved.',
    'Terms of Use', 'Privacy Notice', 'Cookie Settings',
  ],
};

export const HELDOUT15_E: readonly TestPage[] = [quarto, review];
