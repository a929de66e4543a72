import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghsa } from './pages-heldout239-c2.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file c: a bug bounty write-up on a personal Hugo blog with the PaperMod theme (header menu with the
 * theme toggle, breadcrumbs, post meta line with date, reading time and author, the "Table of Contents" details box, code
 * blocks with copy buttons, post tags, the prev / next navigation, the share buttons and the "Powered by" footer) and,
 * from file c2, a GitHub repository security advisory.
 */
const hTitle = 'How a forgotten export endpoint leaked every invoice on a SaaS billing platform';
const hIntro = [
  j(
    'This is the story of my highest-paying bug so far: an insecure direct object reference in a PDF export endpoint that let any',
    'logged-in user download invoices belonging to any other customer. The program has allowed me to publish this write-up after',
    'the fix, with the company name removed.',
  ),
];
const hRecon = [
  j(
    'I usually start a new program by clicking through every feature with the browser\u2019s network tab open and saving the traffic.',
    'The billing dashboard used a modern JSON API with opaque UUIDs for every object, which looked solid at first glance.',
  ),
  j(
    'While reading the JavaScript bundle, I found a reference to an older route that nothing in the interface called any more:',
    'a legacy export path that took a numeric invoice ID.',
  ),
];
const hCode1 = 'GET /api/v1/legacy/invoices/export?id=418233&format=pdf HTTP/2\nHost: billing.target.example\nCookie: session=...';
const hBug = [
  j(
    'The endpoint checked that I had a valid session, but not that the invoice belonged to my account. Changing the ID to',
    '418232 returned a PDF for a different company, with its address, tax number and line items.',
  ),
  j(
    'Because the IDs were sequential, the whole invoice history of the platform could be downloaded with a simple loop.',
    'I stopped after confirming two records and deleted them.',
  ),
];
const hImpact = ['The impact was clear enough that I kept the report short. I listed what an attacker could obtain:'];
const hImpactList = [
  'Names, postal addresses and tax numbers of every customer.',
  'Full line items, showing what each customer bought and at what price.',
  'The last four digits of the payment card on file.',
];
const hTimeline = [
  'March 2, 2026: Report submitted.',
  'March 3, 2026: Triaged as critical.',
  'March 6, 2026: Fix deployed; the legacy route now returns 404.',
  'March 9, 2026: Bounty of $7,500 awarded.',
];
const hLessons = [
  j(
    'Old routes are where authorization checks go missing. When a team migrates to a new API, the old handlers often stay deployed',
    'for a partner or a mobile app and stop getting reviewed. Reading the client bundles for unused paths is cheap and has paid off',
    'for me more than any scanner.',
  ),
];
const hMenu = ['Posts', 'Archive', 'Tags', 'About', 'Search'];
const hTags = ['bug bounty', 'idor', 'web security'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | nullpointer notes</title><meta name="keywords" content="bug bounty, idor, web security">
<meta name="description" content="An insecure direct object reference in a legacy PDF export endpoint.">
<meta name="author" content="Rasmus Ekdahl"><link rel="canonical" href="https://nullpointer.example/posts/legacy-export-idor/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.143.1"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-12T08:00:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","wordCount":"612",
"datePublished":"2026-03-12T08:00:00+01:00","author":[{"@type":"Person","name":"Rasmus Ekdahl"}]}</script>
<script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script></head>
<body id="top"><header class="header"><nav class="nav"><div class="logo"><a href="https://nullpointer.example/" accesskey="h"
title="nullpointer notes (Alt + H)">nullpointer notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"></button></div></div>
<ul id="menu">${links(hMenu)}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://nullpointer.example/">Home</a>&nbsp;»&nbsp;<a href="https://nullpointer.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title='2026-03-12 08:00:00 +0100 CET'>March 12, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Rasmus Ekdahl</div>
</header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul><li><a href="#recon" aria-label="Recon">Recon</a></li>
<li><a href="#the-bug" aria-label="The bug">The bug</a></li>
<li><a href="#impact" aria-label="Impact">Impact</a></li>
<li><a href="#timeline" aria-label="Timeline">Timeline</a></li>
<li><a href="#lessons" aria-label="Lessons">Lessons</a></li></ul></div></details></div>
<div class="post-content">
${ps(hIntro)}
<h2 id="recon">Recon<a hidden class="anchor" aria-hidden="true" href="#recon">#</a></h2>
${ps(hRecon)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-http" data-lang="http">${hCode1}</code></pre></div>
<h2 id="the-bug">The bug<a hidden class="anchor" aria-hidden="true" href="#the-bug">#</a></h2>
${ps(hBug)}
<h2 id="impact">Impact<a hidden class="anchor" aria-hidden="true" href="#impact">#</a></h2>
${ps(hImpact)}
<ul>
${hImpactList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="timeline">Timeline<a hidden class="anchor" aria-hidden="true" href="#timeline">#</a></h2>
<ul>
${hTimeline.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="lessons">Lessons<a hidden class="anchor" aria-hidden="true" href="#lessons">#</a></h2>
${ps(hLessons)}
</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul>
<nav class="paginav"><a class="prev" href="/posts/oauth-state-reuse/"><span class="title">« Prev</span><br><span>Reusing an OAuth state parameter
across tenants</span></a>
<a class="next" href="/posts/my-recon-setup/"><span class="title">Next »</span><br><span>My recon setup in 2026</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="#">share on x</a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="#">share on linkedin</a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on reddit" href="#">share on reddit</a></li></ul>
</footer></article></main>
<footer class="footer"><span>© 2026 <a href="https://nullpointer.example/">nullpointer notes</a></span> ·
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
<script>document.querySelectorAll('pre > code').forEach((codeblock) => { const copybutton = document.createElement('button');
copybutton.classList.add('copy-code'); copybutton.innerHTML = 'copy'; });</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout239-hugo-papermod-bug-bounty-writeup',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Recon', 'The bug', 'Impact', 'Timeline', 'Lessons'],
  body: texts([...hIntro, ...hRecon, hCode1, ...hBug, ...hImpact, ...hImpactList, ...hTimeline, ...hLessons]),
  bylines: ['March 12, 2026', '3 min', 'Rasmus Ekdahl'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'nullpointer notes', ...hMenu, 'Home', 'Table of Contents', ...hTags, '« Prev', 'Reusing an OAuth state parameter across tenants', 'Next »',
    'My recon setup in 2026', 'share on x', 'share on linkedin', 'share on reddit', '© 2026 nullpointer notes', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT239_C: readonly TestPage[] = [hugo, ghsa];
