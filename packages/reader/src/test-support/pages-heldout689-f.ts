import { type TestPage, texts } from './page-kit.js';
import { type Block, bodyOf, heads, j } from './pages-heldout689-kit.js';

/**
 * Held-out batch 689, file f: a solar installer's engineering blog post on Hugo (PaperMod theme, table of contents, tags, prev / next),
 * and a community wiki's commissioning checklist on MediaWiki (Vector 2022 skin, edit links, maintenance box, categories).
 */
const uTitle = 'Why we stopped fitting optimisers on every roof';
const uDek = 'Three years of monitoring data from 212 of our installs, and what it changed about how we design arrays.';
const uBlocks: Block[] = [
  {
    p: [
      j(
        'Until 2023 we fitted a power optimiser behind every panel as standard. It made shading easier to deal with, gave customers',
        'panel-level monitoring and simplified our design work. It also added around £45 per panel and two more electronic parts on the',
        'roof that could fail.',
      ),
    ],
  },
  {
    h: 'What the data showed',
    p: [
      j(
        'We compared 118 systems with optimisers against 94 without, all installed between 2021 and 2023 in the same part of the',
        'county. On unshaded roofs the difference in yield was less than 1 per cent a year, well inside the spread between',
        'otherwise identical houses on the same street.',
      ),
    ],
    th: ['Roof type', 'With optimisers', 'Without', 'Difference'],
    rows: [
      ['Unshaded, one orientation', '912 kWh/kWp', '905 kWh/kWp', '+0.8%'],
      ['Partly shaded', '801 kWh/kWp', '742 kWh/kWp', '+8.0%'],
      ['East and west split', '846 kWh/kWp', '838 kWh/kWp', '+1.0%'],
    ],
  },
  {
    h: 'Failures on the roof',
    p: [
      j(
        'Over the same period we replaced 31 optimisers, each needing scaffolding or a cherry picker. The average call-out cost us',
        '£620. Meanwhile the string inverters on the systems without optimisers had two faults in total, both fixed from the loft.',
      ),
    ],
  },
  {
    h: 'What we do now',
    ul: [
      'Unshaded roofs with one orientation: a plain string inverter, no optimisers.',
      'Roofs with a chimney, dormer or tree shading part of the day: optimisers only on the affected panels.',
      'Heavily shaded or complex roofs: microinverters, so each panel works on its own.',
    ],
    p: [
      j(
        'Customers who want panel-level monitoring can still choose optimisers on every panel, and we explain the extra cost and the',
        'extra parts on the roof before they decide.',
      ),
    ],
  },
];
const uTags = ['Optimisers', 'Design', 'Monitoring'];
const uMeta = 'February 11, 2026&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tomasz Rydel';
const hd = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2 id="${id}">${t}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
};
const uContent = uBlocks
  .map((b) =>
    [
      b.h === undefined ? '' : hd(b.h),
      ...(b.p ?? []).map((t) => `<p>${t}</p>`),
      b.rows === undefined
        ? ''
        : `<table><thead><tr>${(b.th ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
            .join('\n')}</tbody></table>`,
      b.ul === undefined ? '' : `<ul>${b.ul.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
    ].join('\n'),
  )
  .join('\n');
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${uTitle} | Sunrow Notes</title><meta name="keywords" content="optimisers, design, monitoring"><meta name="description" content="${uDek}">
<meta name="author" content="Tomasz Rydel"><link rel="canonical" href="https://notes.sunrow.energy/posts/optimisers/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://notes.sunrow.energy/favicon.ico"><meta name="generator" content="Hugo 0.124.1">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","description":"${uDek}",
"datePublished":"2026-02-11T00:00:00Z","author":[{"@type":"Person","name":"Tomasz Rydel"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://notes.sunrow.energy/" accesskey="h" title="Sunrow Notes (Alt + H)">Sunrow Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3"></path></svg></button></div></div>
<ul id="menu"><li><a href="https://notes.sunrow.energy/posts/" title="Posts"><span>Posts</span></a></li><li><a href="https://notes.sunrow.energy/tags/"
title="Tags"><span>Tags</span></a></li><li><a href="https://sunrow.energy/" title="sunrow.energy"><span>sunrow.energy</span>&nbsp;<svg fill="none"
height="12" viewBox="0 0 24 24"></svg></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://notes.sunrow.energy/">Home</a>&nbsp;»&nbsp;<a
href="https://notes.sunrow.energy/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${uTitle}</h1><div class="post-description">${uDek}</div>
<div class="post-meta"><span title='2026-02-11 00:00:00 +0000 UTC'>${uMeta}</span></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${heads(uBlocks)
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}" aria-label="${t}">${t}</a></li>`)
  .join('\n')}</ul></div></details></div>
<div class="post-content">${uContent}</div>
<footer class="post-footer"><ul class="post-tags">${uTags
  .map(
    (t) => `<li><a href="https://notes.sunrow.energy/tags/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://notes.sunrow.energy/posts/bird-mesh/"><span class="title">« Prev</span><br><span>Bird mesh that lasts:
three products after two winters</span></a><a class="next" href="https://notes.sunrow.energy/posts/scaffold-free/"><span class="title">Next »</span><br>
<span>Can we fit panels without scaffolding?</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${uTitle} on x"
href="https://x.com/intent/tweet/?text=optimisers"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${uTitle} on linkedin" href="https://www.linkedin.com/shareArticle?mini=true">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://notes.sunrow.energy/">Sunrow Notes</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout689-hugo-papermod-optimisers',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: heads(uBlocks),
  body: texts([uDek, ...bodyOf(uBlocks)]),
  bylines: texts([uMeta]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sunrow Notes', 'Posts', 'Tags', 'sunrow.energy', 'Home', 'Table of Contents',
    '« Prev', 'Bird mesh that lasts: three products after two winters', 'Next »', 'Can we fit panels without scaffolding?',
    '© 2026 Sunrow Notes', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT689_F: readonly TestPage[] = [hugo];
