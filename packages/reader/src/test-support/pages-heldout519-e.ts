import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file e: a shoe repairer's workshop blog on Hugo with the PaperMod theme (breadcrumbs, post meta line, an
 * open table of contents, tags, prev / next and share buttons).
 */
const hTitle = 'Resoling Goodyear-welted boots: what happens at the bench';
const hDesc = 'A welted boot can be resoled five or six times. Here is what we do to it over the three days it spends with us.';
const hHeads = ['Is it worth it?', 'Day one: taking off the old sole', 'Day two: the new sole', 'Day three: heel and finishing', 'What it costs'] as const;
const hIntro = j(
  'Most of the boots on our shelves at any time are Goodyear-welted: the upper is stitched to a strip of leather, the welt, and the',
  'sole is stitched to the welt. Because nothing is glued to the upper itself, the sole can be cut away and replaced without',
  'touching the part of the boot that has shaped itself to your foot.',
);
const hWorth = [
  j(
    'If the upper is sound and the insole has not worn through, almost always. A good pair of welted boots costs three or four times',
    'what a resole does, and the second sole is often better than the first because we can fit the leather or rubber you actually want.',
  ),
  j(
    'The time to bring them in is when the sole is thin under the ball of the foot but before a hole appears. Once the wear reaches the',
    'welt stitching, we have to replace the welt as well, and that doubles the work.',
  ),
];
const hOne = [
  j(
    'We cut the old stitches, lift the sole away and take off the heel stack. Then we clean out the cavity under the insole, which',
    'is usually packed with cork, and look at the insole rib and the welt for cracks.',
  ),
  'At this point we will ring you if we find anything we did not expect. The three things we see most often are:',
];
const hFinds = [
  'a welt cracked at the toe, which we replace in that section only',
  'an insole worn through under the heel, which needs a new insole and more time',
  'a shank that has snapped, which we replace with a new steel one',
];
const hTwo = [
  'The cavity is refilled with fresh cork, warmed and pressed so that it starts to take the shape of the foot again.',
  j(
    'The new sole is glued on to hold it in place, trimmed close to the welt, and then stitched through the welt on the Rapid',
    'stitcher. Leather soles are channelled first so that the stitches sit below the surface and do not wear through in the first',
    'month.',
  ),
];
const hQuote = j(
  'A customer once asked why we don’t just glue the sole on, since it is glued anyway. The glue holds it for the stitching. The',
  'stitching holds it for the next ten years.',
);
const hThree = [
  j(
    'The heel is built up in layers of leather lift, nailed and glued, with a rubber top piece. The edges of the sole and heel are',
    'trimmed, sanded, inked and burnished with a hot iron, which is what gives a finished boot that hard, glossy edge.',
  ),
  'Last of all, the uppers get a clean and a coat of cream, and the boots go back on the shelf for a day before collection.',
];
const hCost = [
  j(
    'A full resole and heel in leather is £95, in Dainite or Vibram rubber £105. Welt repairs add £20 to £40, and a new insole £45.',
    'Allow three weeks in winter, when everyone remembers their boots at once.',
  ),
];
const hNav = ['Posts', 'Prices', 'Tags', 'Search'];
const hTags = ['Resoling', 'Boots', 'Welted shoes'];
const hPrev = 'Heel tips: rubber, leather or plastic?';
const hNext = 'Why we won’t glue-only a welted shoe';
const anchor = (h: string): string =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
const h2 = (h: string): string => `<h2 id="${anchor(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${anchor(h)}">#</a></h2>`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta name="generator" content="Hugo 0.126.1"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | The Last and Awl</title>
<meta name="keywords" content="resoling, boots, welted shoes"><meta name="description" content="${hDesc}"><meta name="author" content="Ilse Barrow">
<link rel="canonical" href="https://lastandawl.example/posts/resoling-welted-boots/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://lastandawl.example/favicon.ico">
<noscript><style>#theme-toggle,.top-link{display:none;}</style></noscript>
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-01-19T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://lastandawl.example/posts/"},
{"@type":"ListItem","position":2,"name":"${hTitle}","item":"https://lastandawl.example/posts/resoling-welted-boots/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"datePublished":"2025-01-19T00:00:00Z","author":[{"@type":"Person","name":"Ilse Barrow"}]}</script>
</head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark');
} else if (localStorage.getItem("pref-theme") === "light") { document.body.classList.remove('dark') }
else if (window.matchMedia('(prefers-color-scheme: dark)').matches) { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://lastandawl.example/" accesskey="h" title="The Last and Awl (Alt + H)">The Last and Awl</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"></svg>
<svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="https://lastandawl.example/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul>
</nav></header>
<main class="main">
<article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://lastandawl.example/">Home</a>&nbsp;»&nbsp;<a href="https://lastandawl.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2025-01-19 00:00:00 +0000 UTC'>January 19, 2025</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Ilse Barrow</div>
</header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${anchor(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><p>${hIntro}</p>
${h2(hHeads[0])}${ps(hWorth)}
${h2(hHeads[1])}${ps(hOne)}<ul>${lis(hFinds)}</ul>
${h2(hHeads[2])}${ps(hTwo)}<blockquote><p>${hQuote}</p></blockquote>
${h2(hHeads[3])}${ps(hThree)}
${h2(hHeads[4])}${ps(hCost)}
</div>
<footer class="post-footer"><ul class="post-tags">${hTags
  .map(
    (t) => `<li><a href="https://lastandawl.example/tags/${anchor(t)}/">${t}</a>
</li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://lastandawl.example/posts/heel-tips/"><span class="title">« Prev</span><br><span>${hPrev}</span></a>
<a class="next" href="https://lastandawl.example/posts/no-glue-only/"><span class="title">Next »</span><br><span>${hNext}</span></a></nav>
<ul class="share-buttons"><li>
<a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Resoling">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2flastandawl.example"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor">
</svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://lastandawl.example/">The Last and Awl</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position");
menu.onscroll = function () { localStorage.setItem("menu-scroll-position", menu.scrollLeft); } }</script>
</body>
</html>`;
const hugo: TestPage = {
  name: 'heldout519-hugo-papermod-resoling',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hHeads],
  body: texts([hDesc, hIntro, ...hWorth, ...hOne, ...hFinds, ...hTwo, hQuote, ...hThree, ...hCost]),
  bylines: ['January 19, 2025', 'Ilse Barrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Last and Awl', ...hNav, 'Home', '6 min', 'Table of Contents', 'Welted shoes', '« Prev', hPrev, 'Next »', hNext, '© 2025 The Last and Awl',
    'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT519_E: readonly TestPage[] = [hugo];
