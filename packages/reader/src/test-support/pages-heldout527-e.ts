import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file e: a tea shop's cold-brew guide on Hugo (PaperMod theme) with breadcrumbs, a table of contents, a
 * steeping table, a code block, tags, prev / next links and share buttons.
 */
const hTitle = 'Cold Brew Tea at Home';
const hDesc = 'Slow, smooth and almost impossible to get wrong.';
const hIntro = [
  j(
    'Cold brewing is the gentlest way to make tea. Steeped in cold water for several hours, leaves give up their sweetness and aroma',
    'but very little of the tannin that makes hot tea bitter when it sits too long. The result is soft, rounded and clear.',
  ),
  j(
    'It is also forgiving. Leave a jug of cold brew sencha in the fridge for two hours longer than you meant to and it will still',
    'taste good, which is more than we can say for a pot left on the counter.',
  ),
];
const hH1 = 'What you need';
const hNeed = [
  'a jug or bottle that holds a litre, ideally glass',
  'loose-leaf tea (tea bags work, but the leaves need room to unfurl)',
  'filtered or soft tap water',
  'a fine sieve, unless your bottle has a built-in filter',
];
const hH2 = 'How much tea, and for how long';
const hTableIntro = 'These are the amounts we use in the shop. Start here, then adjust to taste.';
const hRows = [
  ['Green (sencha, gyokuro)', '10 g', '3\u20136 hours'],
  ['Oolong, lightly oxidised', '12 g', '6\u20138 hours'],
  ['Black (Darjeeling, Ceylon)', '12 g', '8\u201310 hours'],
  ['Herbal (mint, rooibos)', '15 g', '10\u201312 hours'],
];
const hH3 = 'Method';
const hSteps = [
  'Put the leaves in the jug and pour over cold water.',
  'Cover and put it in the fridge for the time in the table.',
  'Taste it, and give it longer if it is still thin.',
  'Strain out the leaves and keep the tea in the fridge for up to three days.',
];
const hCodeNote = 'We write our recipes on the jar label in the same shorthand we use on the bar:';
const hCode = 'SENCHA  10g / 1L / fridge / 4h\nOOLONG  12g / 1L / fridge / 7h';
const hH4 = 'A few tips';
const hTips = [
  j(
    'Rolled oolongs open slowly in cold water. Rinse them once with hot water and tip it away before you start; it wakes the leaves up',
    'and shortens the steep by an hour or two.',
  ),
  j(
    'For a sparkling version, brew it twice as strong and top each glass up with soda water. A strip of lemon peel works better than',
    'juice, which can make green tea taste sharp.',
  ),
];
const hNav = ['Guides', 'Shop', 'Tea Room', 'Search'];
const hToc = [hH1, hH2, hH3, hH4];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Steep &amp; Stone</title><meta name="keywords" content="cold brew, green tea, oolong"><meta name="description" content="${hDesc}">
<meta name="author" content="Hana Vell"><link rel="canonical" href="https://steepandstone.com/guides/cold-brew-tea/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
 integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://steepandstone.com/favicon.ico"><meta name="generator" content="Hugo 0.126.1">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-06-02T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Guides",
"item":"https://steepandstone.com/guides/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"datePublished":"2026-06-02T00:00:00Z","author":[{"@type":"Person","name":"Hana Vell"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); } else if
 (localStorage.getItem("pref-theme") === "light") { document.body.classList.remove('dark') }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://steepandstone.com/" accesskey="h" title="Steep &amp; Stone (Alt + H)">Steep &amp;
Stone</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
xmlns="http://www.w3.org/2000/svg"
 width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">
${hNav.map((t) => `<li><a href="https://steepandstone.com/${t.toLowerCase().replace(/ /g, '-')}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}
</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://steepandstone.com/">Home</a>&nbsp;\u00bb&nbsp;<a
 href="https://steepandstone.com/guides/">Guides</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-06-02 00:00:00 +0000 UTC'>June 2, 2026</span>&nbsp;\u00b7&nbsp;4 min&nbsp;\u00b7&nbsp;Hana Vell</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
<h2 id="what-you-need">${hH1}<a hidden class="anchor" aria-hidden="true" href="#what-you-need">#</a></h2><ul>${lis(hNeed)}</ul>
<h2 id="how-much-tea-and-for-how-long">${hH2}<a hidden class="anchor" aria-hidden="true" href="#how-much-tea-and-for-how-long">#</a></h2>${ps([hTableIntro])}
<table><thead><tr><th>Tea</th><th>Per litre</th><th>Time in the fridge</th></tr></thead><tbody>
${hRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table>
<h2 id="method">${hH3}<a hidden class="anchor" aria-hidden="true" href="#method">#</a></h2><ol>${lis(hSteps)}</ol>${ps([hCodeNote])}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text"><span class="line"><span
class="cl">${hCode.replace('\n', '\n</span></span><span class="line"><span class="cl">')}
</span></span></code></pre></div>
<h2 id="a-few-tips">${hH4}<a hidden class="anchor" aria-hidden="true" href="#a-few-tips">#</a></h2>${ps(hTips)}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://steepandstone.com/tags/cold-brew/">Cold Brew</a></li>
<li><a href="https://steepandstone.com/tags/green-tea/">Green Tea</a></li></ul><nav class="paginav"><a class="prev"
href="https://steepandstone.com/guides/gongfu/">
<span class="title">\u00ab Prev</span><br><span>Gongfu Brewing for Beginners</span></a><a class="next" href="https://steepandstone.com/guides/teapots/">
<span class="title">Next \u00bb</span><br><span>Choosing a Teapot</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=${encodeURIComponent(hTitle)}">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li><li><a target="_blank" rel="noopener noreferrer"
 aria-label="share ${hTitle} on whatsapp" href="https://api.whatsapp.com/send?text=${encodeURIComponent(hTitle)}"><svg viewBox="0 0 512 512"
height="30px"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://steepandstone.com/">Steep &amp; Stone</a></span> \u00b7 <span>Powered by <a
href="https://gohugo.io/"
 rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"
 fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); menu.onscroll = function () {
 localStorage.setItem("menu-scroll-position", menu.scrollLeft); } }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout527-hugo-cold-brew-tea',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3, hH4],
  body: texts([hDesc, ...hIntro, ...hNeed, hTableIntro, ...hRows.map((r) => r.join(' ')), ...hSteps, hCodeNote, ...hTips]),
  bylines: ['June 2, 2026 \u00b7 4 min \u00b7 Hana Vell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Steep & Stone', ...hNav, 'Home', 'Table of Contents', 'Cold Brew', 'Green Tea', '\u00ab Prev', 'Gongfu Brewing for Beginners', 'Next \u00bb',
    'Choosing a Teapot', '\u00a9 2026 Steep & Stone \u00b7 Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT527_E: readonly TestPage[] = [tidy(hugo)];
