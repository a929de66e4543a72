import { links, ps, type TestPage, texts } from './page-kit.js';
import { drupal } from './pages-heldout357-e2.js';
import { j, lis } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file e: a darkroom film-developing guide on a personal Hugo site with the PaperMod theme (logo and theme
 * toggle, menu, breadcrumbs, post meta line, collapsible table of contents, development-time table, code-free steps, tags,
 * prev/next navigation, share buttons, "Powered by" footer) and a photo agency's editorial story on Drupal 10 with the Olivero
 * theme (EU Cookie Compliance popup, breadcrumb, page-title block, node meta, image captions and credits, licence promo,
 * tags field, "Latest stories" views block, footer menus) in file e2.
 */
const gTitle = 'Developing black-and-white film at home: my kitchen-table routine';
const gIntro = [
  j(
    'People often ask how I get consistent negatives from a kitchen with no running hot water and a cat who likes to watch. This is',
    'the exact routine I use for 35mm and 120 black-and-white film. It is not the only way, but it has given me the same results',
    'for six years, and consistency matters more than any particular developer.',
  ),
];
const gKit = [
  'A daylight developing tank with two reels, and a changing bag',
  'A thermometer you trust, a one-litre measuring jug and three 600 ml bottles',
  'Developer, stop bath, fixer and a drop of wetting agent',
  'Two clothes pegs and somewhere dust-free to hang the film',
];
const gLoad = [
  j(
    'Load the film onto the reel inside the changing bag. Practise with a dead roll in daylight first, with your eyes closed; it',
    'makes the first real attempt far less stressful. Once the lid is on the tank, you can work with the lights on.',
  ),
];
const gTimes: ReadonlyArray<readonly [string, string, string]> = [
  ['Foma-style 100', '1+9', '7 min'],
  ['Classic 400 at box speed', '1+9', '9 min 30 s'],
  ['Classic 400 pushed to 1600', '1+4', '14 min'],
  ['Fine grain 50', '1+14', '8 min'],
];
const gSteps = [
  'Bring the developer to 20 °C in a water bath. Half a degree either way will not matter; three degrees will.',
  'Pour it in, start the timer, and agitate by gently inverting the tank four times in the first ten seconds.',
  'Repeat four inversions at the start of every minute, then tap the tank on the table to dislodge bubbles.',
  'Pour out the developer ten seconds before the time is up, and pour in the stop bath for thirty seconds.',
  'Fix for five minutes with the same agitation, then wash with ten changes of water, inverting five, ten and twenty times.',
];
const gDry = [
  j(
    'Add one drop of wetting agent to the last wash, shake off the water and hang the film from a peg, with a second peg at the',
    'bottom as a weight. Do not wipe it. Leave it for at least three hours, ideally overnight, before cutting and sleeving.',
  ),
  j(
    'If your negatives come out too thin or too dense, change one thing at a time, and write down every roll in a notebook:',
    'film, developer, dilution, temperature and time. After ten rolls you will know your process better than any chart does.',
  ),
];
const gToc = ['What you need', 'Loading the tank', 'Development times', 'The process, step by step', 'Drying and what to do next'];
const gMenu = ['Posts', 'Darkroom', 'Archive', 'About me', 'Search'];
const gTags = ['darkroom', 'black and white', 'film developing'];
const gShare = ['share on x', 'share on facebook', 'share on whatsapp'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle} | Silver Grain Notes</title>
<meta name="description" content="My routine for developing 35mm and 120 black-and-white film at home."><meta name="author" content="Anja Doorn">
<meta name="generator" content="Hugo 0.139.0"><link crossorigin="anonymous" href="/assets/css/stylesheet.5c8a1f.css" rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${gTitle}","datePublished":"2026-03-08T10:00:00+01:00",
"author":[{"@type":"Person","name":"Anja Doorn"}],"wordCount":"812"}</script>
<script>localStorage.getItem("pref-theme") === "dark" ? document.body.classList.add("dark") : null;</script></head>
<body class="" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="https://silvergrain.example/" accesskey="h"
title="Silver Grain Notes (Alt + H)">Silver Grain Notes</a><div class="logo-switches"><button id="theme-toggle" accesskey="t"
title="(Alt + T)"><svg id="moon" height="24" viewBox="0 0 24 24" width="24"></svg></button></div></div>
<ul id="menu">${gMenu.map((m) => `<li><a href="/${m.toLowerCase()}/" title="${m}"><span>${m}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://silvergrain.example/">Home</a>&nbsp;»&nbsp;<a
href="https://silvergrain.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${gTitle}</h1>
<div class="post-meta"><span title="2026-03-08 10:00:00 +0100 CET">March 8, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;812 words&nbsp;·&nbsp;Anja Doorn</div>
</header><div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${gToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div>
</details></div>
<div class="post-content">${ps(gIntro)}
<h2 id="what-you-need">${gToc[0]}<a hidden class="anchor" aria-hidden="true" href="#what-you-need">#</a></h2>
<ul>${lis(gKit)}</ul>
<h2 id="loading-the-tank">${gToc[1]}<a hidden class="anchor" aria-hidden="true" href="#loading-the-tank">#</a></h2>
${ps(gLoad)}
<h2 id="development-times">${gToc[2]}<a hidden class="anchor" aria-hidden="true" href="#development-times">#</a></h2>
<table><thead><tr><th>Film</th><th>Dilution</th><th>Time at 20 °C</th></tr></thead><tbody>
${gTimes.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="the-process-step-by-step">${gToc[3]}<a hidden class="anchor" aria-hidden="true" href="#the-process-step-by-step">#</a></h2>
<ol>${lis(gSteps)}</ol>
<h2 id="drying-and-what-to-do-next">${gToc[4]}<a hidden class="anchor" aria-hidden="true" href="#drying-and-what-to-do-next">#</a></h2>
${ps(gDry)}</div>
<footer class="post-footer"><ul class="post-tags">${gTags.map((t) => `<li><a href="/tags/${t.replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}</ul>
<nav class="paginav"><a class="prev" href="/posts/stand-development/"><span class="title">« Prev</span><br><span>Stand development for lazy Sundays</span></a>
<a class="next" href="/posts/contact-sheets/"><span class="title">Next »</span><br><span>Making contact sheets without an enlarger</span></a></nav>
<ul class="share-buttons">${gShare.map((s) => `<li><a target="_blank" rel="noopener noreferrer" aria-label="${s}" href="#">${s}</a></li>`).join('')}</ul>
</footer></article></main>
<footer class="footer"><span>© 2026 <a href="https://silvergrain.example/">Silver Grain Notes</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/"
rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">Top</a>
<script>let menu = document.getElementById("menu"); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout357-hugo-papermod-darkroom-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gToc,
  body: texts([...gIntro, ...gKit, ...gLoad, ...gTimes.flat(), ...gSteps, ...gDry]),
  bylines: ['March 8, 2026', '4 min', '812 words', 'Anja Doorn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Silver Grain Notes', ...gMenu, 'Home', 'Table of Contents', ...gTags, '« Prev', 'Stand development for lazy Sundays', 'Next »',
    'Making contact sheets without an enlarger', ...gShare, '© 2026 Silver Grain Notes', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT357_E: readonly TestPage[] = [hugo, drupal];
