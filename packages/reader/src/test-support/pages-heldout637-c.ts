import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout637-kit.js';

/**
 * Held-out batch 637, file c: a short chick collection page of a hatchery on Squarespace 7.1 (fluid engine blocks, button block,
 * cookie banner), and a backyard keeper's blog post on Hugo (PaperMod theme) with breadcrumbs, table of contents and tags.
 */
const qTitle = 'Day-old chicks: collection days';
const qBody = [
  j(
    'We hatch every other Wednesday from March to September. Chicks are ready to collect the following Saturday morning, once they',
    'are dry, fluffy and have had their first feed and drink under the lamps.',
  ),
  'Before you come, make sure your brooder has been running for 24 hours and sits at 35°C under the lamp.',
  'Bring a cardboard box lined with kitchen towel',
  'Collection is between 10am and 11.30am only',
  'Chicks are sold as hatched, unsexed, from £4.50 each',
  'Please book a slot so we know how many to hold back for you.',
];
const qNav = ['Chicks', 'Hatching eggs', 'Visit us', 'Contact'];
const qItem = (t: string): string =>
  `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Collection days &mdash; Wrenfold Hatchery</title>
<link rel="canonical" href="https://www.wrenfoldhatchery.co.uk/collection-days"><meta property="og:site_name" content="Wrenfold Hatchery">
<meta property="og:title" content="Collection days &mdash; Wrenfold Hatchery"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{"currencyCode":"GBP"}},"website":{"siteTitle":"Wrenfold Hatchery"},
"collection":{"title":"Collection days","typeName":"page"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.wrenfoldhatchery.co.uk","name":"Wrenfold Hatchery",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/64a1/1566/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1e2" class="header-width-full tweak-transparent-header primary-button-style-solid primary-button-shape-pill form-use-theme-colors">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="dynamic" data-test="header-border"></div><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Wrenfold Hatchery</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map(qItem).join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1e2f0c1b2">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1e2f0c1b3">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64a1e2f0c1b4">
<div class="fe-block fe-block-yui_3_17_2_1_1688461421001_2045"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="{}" id="block-yui_3_17_2_1_1688461421001_2045"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${lis(qBody.slice(2, 5).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p class="" style="white-space:pre-wrap;">${qBody[5]}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1688461421001_3310">
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1688461421001_3310">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/book-collection" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a collection slot</a></div>
</div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide" data-section-theme="black"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Wrenfold Hatchery · Brook End, Wrenfold</p>
<p class="" style="white-space:pre-wrap;">Follow our hatches on Instagram</p>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-white" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline all</button>
<button class="sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout637-squarespace-chick-collection',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Wrenfold Hatchery', 'Hatching eggs', 'Visit us', 'Contact', 'Book a collection slot', 'Wrenfold Hatchery · Brook End, Wrenfold',
    'Follow our hatches on Instagram', 'This website uses cookies to improve your experience.', 'Decline all', 'Accept all',
  ],
};

const hTitle = 'A winter of red mite: what finally worked in our hen house';
const hDesc = 'Three treatments, one rebuilt perch and a spreadsheet of mite counts from October to March.';
const hH = ['How bad it got', 'What we tried', 'The mite counts', 'What I would do next time'];
const hBad = [
  j(
    'Red mite are supposed to be a summer problem. Ours did not read the books. In mid-October I lifted the droppings board in the',
    'old wooden house and found grey dust along every joint, which turned red when I squashed it. The eight hens were pale in the comb',
    'and had stopped going into the house until it was nearly dark.',
  ),
  j(
    'We keep a mixed flock of hybrids and two elderly Sussex in a converted garden shed. It has lots of overlapping boards, felt on',
    'the roof and perches resting in open brackets: in other words, a mite hotel.',
  ),
];
const hTried = [
  j(
    '<strong>Diatomaceous earth.</strong> I dusted every crack and the nest boxes weekly for three weeks. It dried things out and the',
    'count fell a little, but it never got on top of them, and the dust in a closed shed bothered both me and the hens.',
  ),
  j(
    '<strong>Steam cleaning.</strong> A borrowed wallpaper steamer, run slowly along every joint, killed a great many mites on the day.',
    'It is hard work and the house took two days to dry, which in November meant the hens had to go into the spare ark.',
  ),
  j(
    '<strong>A predatory mite.</strong> In December I tried sachets of a predatory mite sold for poultry houses. They need the house to',
    'stay above about 10°C to do much, so I suspect they mostly sat tight until the spring.',
  ),
  'What finally turned it was not a product but a change to the house itself:',
  'new perches made of smooth, planed timber that lift out of their brackets',
  'all the brackets and joints under the perches sealed with silicone',
  'the droppings board replaced with a sheet of plastic that slides out',
  'a weekly routine of lifting the perches, checking the ends and wiping the brackets',
];
const hRows = [
  ['12 Oct', 'Too many to count', 'First found'],
  ['2 Nov', 'About 300', 'After three weeks of dusting'],
  ['30 Nov', 'About 80', 'After steam cleaning twice'],
  ['11 Jan', '40', 'New perches fitted'],
  ['8 Feb', '6', ''],
  ['15 Mar', '0', 'None seen since'],
];
const hCounts = [
  j(
    'I counted with a folded strip of corrugated card taped under the end of one perch, left for a week and then tapped out onto white',
    'paper. It is not scientific, but it was the same trap in the same place every time.',
  ),
];
const hNext = [
  j(
    'Start with the house, not the spray bottle. If the perches cannot be lifted out and the joints cannot be seen, nothing you put on',
    'them will reach the mites that matter. I would also check under the perch ends every week from August, when the numbers are still',
    'small enough to deal with.',
  ),
  'The hens are laying again and their combs are red. The card traps stay, though.',
];
const hMenu = ['Posts', 'Archive', 'Tags', 'About'];
const hTags = ['red mite', 'hen house', 'winter'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | The Coop at No. 9</title><meta name="keywords" content="red mite, hen house, winter">
<meta name="description" content="${hDesc}"><meta name="author" content="Ruth Kellaway">
<link rel="canonical" href="https://coopatnine.blog/posts/winter-red-mite/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" integrity="sha256-tgnPSNx3bW" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript><meta property="og:title" content="${hTitle}">
<meta property="article:section" content="posts"><meta property="article:published_time" content="2026-03-21T09:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","wordCount":"642",
"datePublished":"2026-03-21T09:00:00+00:00","author":[{"@type":"Person","name":"Ruth Kellaway"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://coopatnine.blog/" accesskey="h" title="The Coop at No. 9 (Alt + H)">The Coop at No. 9</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="https://coopatnine.blog/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://coopatnine.blog/">Home</a>&nbsp;»&nbsp;<a
href="https://coopatnine.blog/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-03-21 09:00:00 +0000 UTC'>March 21, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Ruth Kellaway</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${links(hH)}</ul></div></details></div>
<div class="post-content"><h2 id="how-bad-it-got">${hH[0]}<a hidden class="anchor" aria-hidden="true" href="#how-bad-it-got">#</a></h2>
${ps(hBad)}
<h2 id="what-we-tried">${hH[1]}<a hidden class="anchor" aria-hidden="true" href="#what-we-tried">#</a></h2>
${ps(hTried.slice(0, 4))}
<ul>${lis(hTried.slice(4))}</ul>
<h2 id="the-mite-counts">${hH[2]}<a hidden class="anchor" aria-hidden="true" href="#the-mite-counts">#</a></h2>
${ps(hCounts)}
<table><thead><tr><th>Date</th><th>Mites on the card</th><th>Note</th></tr></thead><tbody>${trs(hRows)}</tbody></table>
<h2 id="what-i-would-do-next-time">${hH[3]}<a hidden class="anchor" aria-hidden="true" href="#what-i-would-do-next-time">#</a></h2>
${ps(hNext)}</div>
<footer class="post-footer">
<ul class="post-tags">${hTags.map((t) => `<li><a href="https://coopatnine.blog/tags/${t.replace(/ /g, '-')}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://coopatnine.blog/posts/spring-chicks/"><span class="title">« Prev</span><br>
<span>Spring chicks under a broody Sussex</span></a>
<a class="next" href="https://coopatnine.blog/posts/new-run-roof/"><span class="title">Next »</span><br><span>Putting a roof on the run</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Red%20mite">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path d="M512 62.554v386.892"></path></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://coopatnine.blog/">The Coop at No. 9</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout637-hugo-papermod-red-mite',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hDesc, ...hBad, ...hTried, ...hCounts, ...rowTexts(hRows), ...hNext]),
  bylines: ['March 21, 2026', 'Ruth Kellaway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Coop at No. 9', 'Posts', 'Archive', 'Tags', 'Home', '4 min', 'Table of Contents',
    '« Prev', 'Spring chicks under a broody Sussex', 'Next »', 'Putting a roof on the run', '© 2026 The Coop at No. 9', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT637_C: readonly TestPage[] = [squarespace, hugo];
