import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout455-kit.js';

/**
 * Held-out batch 455, file f: a variable-star observing log on Hugo (PaperMod) with a table of contents, an estimate table, a
 * code block and prev / next links, and a radio club's short nets page on Joomla 4 (Cassiopeia) with article info and a sidebar.
 */
const hTitle = 'Three nights on R Coronae Borealis';
const hDesc = 'The star is still near maximum, but something is stirring in the comparison-star field.';
const hHeads = ['Conditions', 'Estimates', 'Reporting'];
const hConditions = j(
  'All three nights were from the back garden in Saint-Ormes with 10x50 binoculars and the club’s 80 mm refractor. The Moon was',
  'a thin crescent and set early, and the limiting magnitude was around 5.5 on the first two nights, a little worse on the third.',
);
const hRows = [
  ['9 June', '22:40', '6.0', 'comparison stars 58 and 63'],
  ['10 June', '23:05', '6.0', 'comparison stars 58 and 63'],
  ['11 June', '22:55', '6.1', 'haze low in the east'],
];
const hEst = [
  j(
    'R CrB has sat at about magnitude 6 for most of the year. My three estimates agree within a tenth of a magnitude, which is as',
    'close as I can judge by eye, so there is no sign yet of the sudden fade that makes this star famous.',
  ),
];
const hReport = [
  j(
    'I sent the estimates to the section in the usual format. If you observe this star, it is worth checking it every clear night:',
    'the fades come without warning and the first few hours are the most valuable.',
  ),
];
const hCode = 'R CRB,2461566.446,6.0,Vis.,VLCI,58/63';
const hNav = ['Posts', 'Archive', 'Tags', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1,shrink-to-fit=no"><meta name="robots" content="index, follow"><title>${hTitle} | Nightfall Notes</title><meta name="description"
content="${hDesc}">
<meta name="author" content="Ines Valcourt"><link rel="canonical" href="https://nightfallnotes.example.net/posts/r-crb-june/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d6fcd20a.css" rel="preload stylesheet" as="style"><meta name="generator" content="Hugo 0.125.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-06-12T00:00:00Z",
"author":[{"@type":"Person","name":"Ines Valcourt"}]}</script><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://nightfallnotes.example.net/" accesskey="h" title="Nightfall Notes (Alt +
H)">Nightfall Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div><ul id="menu">${hNav
  .map(
    (t) => `<li>
<a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://nightfallnotes.example.net/">Home</a>&nbsp;»&nbsp;
<a href="https://nightfallnotes.example.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div
class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-06-12 00:00:00 +0000 UTC'>June 12, 2027</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Ines Valcourt</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${h.toLowerCase()}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><h2 id="conditions">${at(hHeads, 0)}<a hidden class="anchor" aria-hidden="true" href="#conditions">#</a></h2>
<p>${hConditions}</p><h2 id="estimates">${at(hHeads, 1)}<a hidden class="anchor" aria-hidden="true" href="#estimates">#</a></h2>
<table><thead><tr><th>Date</th><th>Time (UT)</th><th>Magnitude</th><th>Notes</th></tr></thead><tbody>${trs(hRows)}</tbody></table>
${ps(hEst)}<h2 id="reporting">${at(hHeads, 2)}<a hidden class="anchor" aria-hidden="true" href="#reporting">#</a></h2>
${ps(hReport)}<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text"><span class="line"><span class="cl">${hCode}
</span></span></code></pre></div></div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://nightfallnotes.example.net/tags/variable-stars/">Variable Stars</a></li>
<li><a href="https://nightfallnotes.example.net/tags/binoculars/">Binoculars</a></li></ul><nav class="paginav"><a class="prev"
href="/posts/noctilucent-clouds/">
<span class="title">« Prev</span><br><span>First noctilucent clouds of the season</span></a><a class="next" href="/posts/may-meteors/"><span
class="title">Next »</span><br>
<span>Eta Aquariids from a campsite</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=R%20CrB"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M512 62.554"></path></svg></a></li></ul></footer>
</article></main><footer class="footer"><span>&copy; 2027 <a href="https://nightfallnotes.example.net/">Nightfall Notes</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => { localStorage.setItem("pref-theme", "light"); });</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout455-rcrb-log-hugo-papermod',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDesc, hConditions, ...rowTexts(hRows), ...hEst, ...hReport],
  bylines: ['June 12, 2027', 'Ines Valcourt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nightfall Notes', ...hNav, 'Home', '2 min', 'Table of Contents', 'Variable Stars', 'Binoculars', '« Prev', 'First noctilucent clouds of the season',
'Next »',
    'Eta Aquariids from a campsite', '© 2027 Nightfall Notes', 'Powered by Hugo & PaperMod',
  ],
};

const nTitle = 'Weekly Nets';
const nIntro = j(
  'Everyone is welcome to check in to the society’s nets, whether you are licensed last week or have been on the air for fifty',
  'years. Net control takes check-ins by suffix, then general traffic and announcements.',
);
const nRows = [
  ['Monday', '19:30', 'Training Net', '145.650 MHz repeater'],
  ['Wednesday', '20:00', 'Society Net', '145.650 MHz repeater'],
  ['Sunday', '10:00', 'HF Net', '3.742 MHz LSB'],
];
const nAfter = 'If the repeater is down, the Wednesday net moves to 145.500 MHz simplex at the same time.';
const nNav = ['Home', 'About Us', 'Weekly Nets', 'Training', 'Events', 'Contact'];
const nSide = ['GB3MP: on air', 'Linked to GB3KV: Sundays only', 'Last checked 14 June 2027'];
const nHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Joomla! -
Open Source Content Management"><title>${nTitle} - Marlow Point Amateur Radio Society</title><link
href="/media/templates/site/cassiopeia/css/template.min.css?4d8c2e"
rel="stylesheet"><script type="application/json" class="joomla-script-options
new">{"joomla.jtext":{"ERROR":"Error"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4d8c2e" defer></script><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Article","headline":"${nTitle}","datePublished":"2026-09-01T10:00:00+00:00"}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right"><header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Marlow Point Amateur Radio Society">Marlow Point Amateur Radio
Society</span>
</a><div class="site-description">Serving Marlow Point radio amateurs since 1961</div></div></div><div class="grid-child container-nav"><nav class="navbar
navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1"
aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse
navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(nNav, 'nav-item')}</ul></div></nav><div class="container-search"><div class="search">
<form action="/weekly-nets" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Search</label>
<input name="searchword" id="mod-search-searchword93" maxlength="200" class="form-control search-query" type="search" placeholder="Search
..."></form></div></div>
</div></header><div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope
itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here:
&#160;</li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Home</span></a></li><li aria-current="page"
class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">${nTitle}</span></li></ol></nav><div id="system-message-container"
aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${nTitle}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by:
<span
itemprop="name">Net Manager</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/operating"
itemprop="genre">Operating</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time
datetime="2026-09-01T10:00:00+00:00"
itemprop="datePublished">Published: 01 September 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta
itemprop="interactionCount" content="UserPageVisits:1822">Hits: 1822</dd></dl><div itemprop="articleBody" class="com-content-article__body"><p>${nIntro}</p>
<table class="table table-striped"><thead><tr><th>Day</th><th>Time</th><th>Net</th><th>Frequency</th></tr></thead><tbody>${trs(nRows)}</tbody></table>
<p>${nAfter}</p></div></div></main></div><div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Repeater
Status</h3>
<div class="card-body"><div id="mod-custom118" class="mod-custom custom">${ps(nSide)}</div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div class="footer1">Copyright &#169; 2027 Marlow Point
Amateur Radio
Society. All Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a
href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer><a href="#top" id="back-top" class="back-to-top-link"
aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body></html>`;
const joomla: TestPage = {
  name: 'heldout455-weekly-nets-joomla',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nIntro, ...rowTexts(nRows), nAfter],
  bylines: ['Written by: Net Manager', 'Published: 01 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marlow Point Amateur Radio Society', 'Serving Marlow Point radio amateurs since 1961', ...nNav.filter((t) => t !== nTitle), 'Search',
    'You are here:', 'Details', 'Category: Operating', 'Hits: 1822', 'Repeater Status', ...texts(nSide),
    'Copyright © 2027 Marlow Point Amateur Radio Society. All Rights Reserved.', 'Joomla! is Free Software released under the GNU General Public License.',
  ],
};

export const HELDOUT455_F: readonly TestPage[] = [hugo, joomla];
