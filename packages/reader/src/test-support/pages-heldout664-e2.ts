import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr, tidy } from './pages-heldout664-kit.js';

/** Held-out batch 664, file e2: a crochet group's crochet-along post on Hugo with the PaperMod theme (description, table of contents, yarn table). */
const hTitle = 'Winter Blanket CAL, week 3: the border';
const hDesc = 'Three rounds of shells and a picot edge to finish the blanket, plus how much yarn each size needs.';
const hHeads = ['Before you start', 'The border rounds', 'Yarn for the border', 'Next week'];
const hBody = [
  [
    j(
      'Welcome back, hookers! Week 3 is the last new stitch work of our Winter Blanket crochet-along. By Sunday evening your',
      'blanket will have its border, and next week is all about weaving in, blocking and showing off.',
    ),
    j(
      'Count your stitches along each side before you begin. Every side should have a multiple of 6 stitches plus 1, not counting',
      'the corners. If you are a stitch or two out, fudge it now with a sc2tog or an extra sc in round 1; nobody will ever know.',
    ),
  ],
  [
    'Round 1: Join the border colour in any corner. Ch 1, sc in each st around, working 3 sc in each corner st. Join with a sl st.',
    'Round 2: Ch 1, sc in the first st, *skip 2 sts, 5 dc in the next st, skip 2 sts, sc in the next st; rep from * along each side.',
    'Round 3: Sl st to the centre of the first shell, ch 3, *(dc, ch 3, sl st in the third ch from the hook, dc) in the next sc; rep from * around.',
  ],
  ['The table shows how much of the border colour you need for each size. If you are using a different DK, add ten per cent to be safe.'],
  [
    j(
      'Week 4 goes live on Tuesday 27 January, with blocking instructions and the photo thread. Post your progress in the group chat',
      'or bring your blanket to the Thursday meet-up at the library.',
    ),
  ],
];
const hRows = [
  ['Baby', '90 m'],
  ['Lap', '140 m'],
  ['Single bed', '210 m'],
];
const hMenu = ['Posts', 'Meet-ups', 'CALs', 'About', 'Search'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Hookside Crochet Circle</title><meta name="keywords" content="CAL, blanket, border">
<meta name="description" content="${hDesc}"><meta name="author" content="Ines Farrow"><link rel="canonical"
href="https://hookside.club/posts/winter-cal-week-3/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.f49d6638.css" integrity="sha256-9J1m" rel="preload stylesheet" as="style">
<link rel="icon" href="https://hookside.club/favicon.ico"><meta name="generator" content="Hugo 0.140.2">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}","wordCount":"410",
"datePublished":"2027-01-20T00:00:00Z","author":[{"@type":"Person","name":"Ines Farrow"}],"publisher":{"@type":"Organization",
"name":"Hookside Crochet Circle"}}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://hookside.club/" accesskey="h"
title="Hookside Crochet Circle (Alt + H)">Hookside Crochet Circle</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">${hMenu
  .map((t) => `<li><a href="https://hookside.club/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://hookside.club/">Home</a>&nbsp;»&nbsp;<a
href="https://hookside.club/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-01-20 00:00:00 +0000 UTC'>January 20, 2027</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Ines Farrow</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>${hHeads
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`)
  .join('')}</ul></div></details></div>
<div class="post-content">${ps((hBody[0] ?? []).slice(0, 1))}${hHeads
  .map((t, i) => {
    const id = t.toLowerCase().replace(/ /g, '-');
    const paras = hBody[i] ?? [];
    const inner = i === 1 ? `<ol>${lis(paras)}</ol>` : ps(i === 0 ? paras.slice(1) : paras);
    const table = i === 2 ? `<table><thead><tr><th>Size</th><th>Border yarn</th></tr></thead><tbody>${hRows.map((r) => tr(r)).join('')}</tbody></table>` : '';
    return `<h2 id="${id}">${t}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>${inner}${table}`;
  })
  .join('\n')}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://hookside.club/tags/cal/">CAL</a></li>
<li><a href="https://hookside.club/tags/blankets/">Blankets</a></li></ul>
<nav class="paginav"><a class="prev" href="https://hookside.club/posts/winter-cal-week-4/"><span class="title">« Prev</span>
<br><span>Winter Blanket CAL, week 4: finishing</span></a>
<a class="next" href="https://hookside.club/posts/winter-cal-week-2/"><span class="title">Next »</span><br><span>Winter Blanket CAL, week 2: joining</span></a>
</nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=Winter"><svg viewBox="0 0 512 512"
height="30px" width="30px"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer"><svg
viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://hookside.club/">Hookside Crochet Circle</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"
fill="currentColor"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout664-hugo-papermod-cal',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hDesc, ...(hBody[0] ?? []), ...(hBody[1] ?? []), ...(hBody[2] ?? []), ...hRows.map(rowText), ...(hBody[3] ?? [])]),
  bylines: ['January 20, 2027 · 2 min · Ines Farrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hookside Crochet Circle', ...hMenu, 'Home', 'Table of Contents', 'CAL', 'Blankets', '« Prev', 'Winter Blanket CAL, week 4: finishing', 'Next »',
    'Winter Blanket CAL, week 2: joining', '© 2027 Hookside Crochet Circle', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT664_E2: readonly TestPage[] = [hugo].map(tidy);
