import { links, ps, type TestPage, texts } from './page-kit.js';
import { typepad } from './pages-heldout266-f2.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file f: a Hugo PaperMod post (logo and theme toggle, the menu, breadcrumbs, the post meta line with date,
 * reading time, word count and author, the collapsible table of contents, tags, the prev / next pagination, share buttons, the
 * footer and the top link) and, from file f2, a Typepad post with comments.
 */
const pTitle = 'Running Postgres upgrades with logical replication on a tiny team';
const p1 = [
  j(
    'We are three engineers looking after one product, and our database had been two major versions behind for a year. Every',
    'upgrade guide we found assumed a maintenance window of an hour or more, and our customers are hospitals that book shifts at',
    'all hours. This is how we upgraded with about forty seconds of write downtime.',
  ),
];
const pH1 = 'The plan';
const p2 = ['The idea is simple: build a new server on the new version, copy the data across while the old one keeps running, then switch.'];
const pL = [
  'Create the new server and load the schema only, without data.',
  'Publish every table on the old server and subscribe to it from the new one.',
  'Wait for the initial copy, then watch replication lag until it stays near zero.',
  'Stop writes, let the last changes arrive, move the sequences, and point the application at the new server.',
];
const pH2 = 'Things that bit us';
const p3 = [
  j(
    'Logical replication does not copy sequence values. Our first rehearsal ended with the new server handing out order numbers',
    'that already existed. We now read every sequence on the old server during the switch and set it on the new one, with a',
    'margin of a thousand.',
  ),
  j(
    'Two tables had no primary key. Replication of updates and deletes needs a way to identify rows, so those tables silently',
    'stopped receiving changes after the initial copy. Adding keys to them was a small migration that we should have done years',
    'earlier.',
  ),
  j('Large objects are not replicated at all. We had a handful, left over from an old feature, and moved them by hand the night', 'before.'),
];
const pH3 = 'The switch itself';
const p4 = [
  j(
    'We rehearsed the switch five times against a copy of production, with a script that printed each step and waited for a',
    'keypress. On the night, it took 41 seconds from stopping writes to the first successful write on the new server. The old',
    'server stayed up, read-only, for a week in case we needed to go back. We did not.',
  ),
  j(
    'For a team our size, the rehearsals were the real work. The upgrade itself was the least eventful evening of the quarter,',
    'which is exactly what we wanted.',
  ),
];
const pMenu = ['Archive', 'Search', 'Tags', 'About'];
const pTags = ['postgres', 'databases', 'operations'];
const pHtml = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${pTitle} | Shiftboard Engineering</title><meta name="keywords" content="postgres, replication, operations"><meta name="description"
content="How a three-person team upgraded Postgres with forty seconds of write downtime."><meta name="author" content="Dana Okonkwo">
<link rel="canonical" href="https://eng.shiftboard.example/posts/postgres-upgrade/"><link crossorigin="anonymous" href="/assets/css/stylesheet.5cfc680b.css"
rel="preload stylesheet" as="style"><meta name="generator" content="Hugo 0.140.2"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2026-02-11T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://eng.shiftboard.example/posts/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","wordCount":"742",
"datePublished":"2026-02-11T00:00:00+00:00","author":[{"@type":"Person","name":"Dana Okonkwo"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://eng.shiftboard.example/" accesskey="h"
title="Shiftboard Engineering (Alt + H)">Shiftboard
Engineering</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg
id="moon"></svg></button></div></div>
<ul id="menu">${pMenu.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://eng.shiftboard.example/">Home</a>&nbsp;»&nbsp;
<a href="https://eng.shiftboard.example/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${pTitle}</h1>
<div class="post-meta"><span title='2026-02-11 00:00:00 +0000 UTC'>February 11, 2026</span>
&nbsp;·&nbsp;4 min&nbsp;·&nbsp;742 words&nbsp;·&nbsp;Dana Okonkwo</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
<li><a href="#the-plan" aria-label="${pH1}">${pH1}</a></li><li><a href="#things-that-bit-us" aria-label="${pH2}">${pH2}</a></li>
<li><a href="#the-switch-itself" aria-label="${pH3}">${pH3}</a></li></ul></div></details></div>
<div class="post-content">
${ps(p1)}
<h2 id="the-plan">${pH1}<a hidden class="anchor" aria-hidden="true" href="#the-plan">#</a></h2>
${ps(p2)}
<ol>
${lis(pL)}
</ol>
<h2 id="things-that-bit-us">${pH2}<a hidden class="anchor" aria-hidden="true" href="#things-that-bit-us">#</a></h2>
${ps(p3)}
<h2 id="the-switch-itself">${pH3}<a hidden class="anchor" aria-hidden="true" href="#the-switch-itself">#</a></h2>
${ps(p4)}
</div>
<footer class="post-footer"><ul class="post-tags">${links(pTags)}</ul><nav class="paginav"><a class="prev"
href="https://eng.shiftboard.example/posts/on-call-budget/">
<span class="title">« Prev</span><br><span>An on-call budget for a three-person team</span></a><a class="next"
href="https://eng.shiftboard.example/posts/feature-flags/">
<span class="title">Next »</span><br><span>Feature flags without a vendor</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on x"
href="https://x.example/intent/tweet/"><svg></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on linkedin"
href="https://www.linkedin.example/shareArticle"><svg></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>© 2026 <a href="https://eng.shiftboard.example/">Shiftboard Engineering</a></span> · <span>Powered by
<a href="https://gohugo.example/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.example/adityatelange/hugo-PaperMod/"
rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const papermod: TestPage = {
  name: 'heldout266-hugo-papermod-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts([...p1, ...p2, ...pL, ...p3, ...p4]),
  bylines: ['February 11, 2026', 'Dana Okonkwo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shiftboard Engineering', ...pMenu, 'Home', 'Posts', '4 min', '742 words', 'Table of Contents', ...pTags,
    '« Prev', 'An on-call budget for a three-person team',
    'Next »', 'Feature flags without a vendor', '© 2026 Shiftboard Engineering', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT266_F: readonly TestPage[] = [papermod, typepad];
