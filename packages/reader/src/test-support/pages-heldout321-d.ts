import { links, ps, type TestPage, texts } from './page-kit.js';
import { hamClub } from './pages-heldout321-d2.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file d: a maker's personal blog on Hugo with the PaperMod theme (header menu, breadcrumbs, post meta with
 * date, reading time, word count and author, a collapsible table of contents, a table, a figure with caption, post tags,
 * previous / next links, share buttons, footer with "Powered by Hugo & PaperMod") and, from file d2, a ham radio club's news page
 * built with Elementor.
 */
const uTitle = 'Rebuilding a 1980s Bench Power Supply';
const uIntro = [
  j(
    'I bought a dual-rail bench supply at a radio rally for the price of a sandwich. The seller said it "worked when it was put',
    'away", which is the most dangerous sentence in electronics. When I switched it on at home the left rail read 31 volts with',
    'the knob at zero, and the right one hummed loudly and did nothing.',
  ),
  'This is a write-up of getting it back to a supply I trust on my bench, in the order I did it.',
];
const uSafety = [
  j(
    'Before opening anything with a mains transformer, I unplug it, leave it for a few minutes and then check the big filter',
    'capacitors with a meter. These ones still held 40 volts after ten minutes, so I discharged them through a 1 kilohm resistor.',
  ),
];
const uCaps = [
  j(
    'The hum on the right rail was the obvious place to start. Both main filter capacitors had bulging tops, and one had leaked onto',
    'the board. I replaced all the electrolytics, not just the two bad ones, since they are all the same age.',
  ),
];
const uTable = [
  ['Position', 'Original', 'Replacement'],
  ['C1, C2', '4,700 µF 50 V', '4,700 µF 63 V, 105 °C'],
  ['C5, C6', '100 µF 40 V', '100 µF 50 V low ESR'],
  ['C9 to C12', '10 µF 35 V', '10 µF 50 V'],
];
const uRail = [
  j(
    'The runaway left rail turned out to be a shorted pass transistor. With the collector and emitter shorted, the output simply',
    'follows the unregulated input. A modern equivalent in the same TO-3 case dropped straight in, with fresh thermal compound.',
  ),
];
const uChecks = [
  'Output adjusts smoothly from 0 to 30 V on both rails.',
  'Current limit trips at the set value within about 5 %.',
  'Ripple under load is below 2 mV on the scope.',
  'The case and heatsink stay cool after an hour at 1 A.',
];
const uEnd = [
  j(
    'Total cost was about fifteen pounds in parts and two evenings. It now sits on the shelf above my bench, and the meters are still',
    'more pleasant to read than any display I own.',
  ),
];
const uMenu = ['Posts', 'Projects', 'Tags', 'About'];
const uTags = ['repair', 'power supplies', 'test gear'];
const uHtml = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${uTitle} | Solder Smoke and Mirrors</title><meta name="description" content="Recapping and repairing a dual-rail bench supply from a radio rally.">
<meta name="author" content="Ewan Threlkeld"><meta name="generator" content="Hugo 0.140.2">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d6fcd20a.css" rel="preload stylesheet" as="style">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-22T10:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","wordCount":"612",
"datePublished":"2026-02-22T10:00:00+00:00","author":{"@type":"Person","name":"Ewan Threlkeld"}}</script>
<script>localStorage.getItem("pref-theme") === "dark" ? document.body.classList.add('dark') : null;</script></head>
<body class="" id="top"><header class="header"><nav class="nav"><div class="logo">
<a href="https://solder.example/" accesskey="h" title="Solder Smoke and Mirrors (Alt + H)">
Solder Smoke and Mirrors</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div></div>
<ul id="menu">${uMenu.map((m) => `<li><a href="/${m.toLowerCase()}/" title="${m}"><span>${m}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://solder.example/">Home</a>&nbsp;»&nbsp;<a href="https://solder.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${uTitle}</h1>
<div class="post-meta">
<span title='2026-02-22 10:00:00 +0000 UTC'>February 22, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;612 words&nbsp;·&nbsp;Ewan Threlkeld</div>
</header><div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul><li><a href="#safety-first">Safety first</a></li><li><a href="#the-capacitors">The capacitors</a></li>
<li><a href="#the-runaway-rail">The runaway rail</a></li><li><a href="#testing">Testing</a></li></ul></div></details></div>
<div class="post-content">
${ps(uIntro)}
<h2 id="safety-first">Safety first<a hidden class="anchor" aria-hidden="true" href="#safety-first">#</a></h2>
${ps(uSafety)}
<h2 id="the-capacitors">The capacitors<a hidden class="anchor" aria-hidden="true" href="#the-capacitors">#</a></h2>
${ps(uCaps)}
<table><thead><tr>${(uTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${uTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<figure><img loading="lazy" src="/images/psu-caps.jpg" alt="Old and new capacitors"><figcaption>The old capacitors, two of them visibly bulged.</figcaption>
</figure>
<h2 id="the-runaway-rail">The runaway rail<a hidden class="anchor" aria-hidden="true" href="#the-runaway-rail">#</a></h2>
${ps(uRail)}
<h2 id="testing">Testing<a hidden class="anchor" aria-hidden="true" href="#testing">#</a></h2>
<ul>${lis(uChecks)}</ul>
${ps(uEnd)}
</div>
<footer class="post-footer"><ul class="post-tags">${links(uTags)}</ul>
<nav class="paginav"><a class="prev" href="/posts/nixie-driver/"><span class="title">« Prev</span><br><span>A Nixie Driver from Spare Parts</span></a>
<a class="next" href="/posts/scope-probe-holder/"><span class="title">Next »</span><br><span>A Printed Holder for Scope Probes</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${uTitle} on x" href="#">Share on X</a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${uTitle} on reddit" href="#">Share on Reddit</a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${uTitle} on mastodon" href="#">Share on Mastodon</a></li></ul></footer></article></main>
<footer class="footer"><span>© 2026 <a href="https://solder.example/">Solder Smoke and Mirrors</a></span> · <span>Powered by
<a href="https://gohugo.io/">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => { document.body.classList.toggle("dark"); });</script></body></html>`;
const hugoBlog: TestPage = {
  name: 'heldout321-hugo-papermod-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: ['Safety first', 'The capacitors', 'The runaway rail', 'Testing'],
  body: texts([...uIntro, ...uSafety, ...uCaps, ...uTable.slice(1).flat(), ...uRail, ...uChecks, ...uEnd]),
  bylines: ['February 22, 2026', 'Ewan Threlkeld'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Solder Smoke and Mirrors', ...uMenu, 'Home', 'Table of Contents', '3 min', '612 words', 'The old capacitors, two of them visibly bulged.', ...uTags,
    '« Prev', 'A Nixie Driver from Spare Parts', 'Next »', 'A Printed Holder for Scope Probes', 'Share on X', 'Share on Reddit', 'Share on Mastodon',
    '© 2026 Solder Smoke and Mirrors', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT321_D: readonly TestPage[] = [hugoBlog, hamClub];
