import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout269-kit.js';

/**
 * Held-out batch 269, file f: a wallabag read page (material theme: the side nav with the entry actions, the entry header
 * with reading time, date, domain and tags, the article, and the annotations note) of a blog post, and an Evernote Web
 * Clipper-style clipped article on a shared-note page (the Evernote header, note title, created / updated / source
 * metadata, tags, the en-note clip, and the sign-up footer) of a how-to page.
 */
const wTitle = 'Mending a jumper with Swiss darning';
const wH = ['What you need', 'Working the stitches'];
const wS0 = [
  j(
    'Swiss darning, sometimes called duplicate stitch, covers a thin patch of knitting by tracing new yarn over the old stitches.',
    'Done well, it is almost invisible from a distance, and it is the repair I reach for first on elbows and cuffs.',
  ),
];
const wList = ['A blunt wool needle with a large eye', 'Yarn of the same weight as the jumper, or slightly finer', 'A darning mushroom or an orange'];
const wS1 = [
  j(
    'Start a row below the worn area, bringing the needle up through the point of a V. Follow the right leg of the V up, pass',
    'under both legs of the stitch above, and come back down where you started. That is one stitch covered.',
  ),
  j(
    'Work across the row, then turn and work back along the row above. Keep the tension loose; a darn pulled tight puckers the',
    'fabric around it and wears through again within a season.',
  ),
];
const wTags = ['mending', 'repairs'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${wTitle} – wallabag</title>
<meta name="viewport" content="initial-scale=1.0"><link rel="stylesheet" href="/build/material.css">
<script>var wallabagEntryId = 2881;</script></head>
<body class="entry"><header class="navbar-fixed"><nav class="cyan darken-1"><div class="nav-panels"><ul class="left">
<li><a class="waves-effect" href="/unread/list"><i class="material-icons">arrow_back</i></a></li></ul>
<div class="nav-panel-menu"><a href="#" class="button-collapse" data-activates="slide-out">Menu</a></div></div></nav></header>
<aside id="slide-out" class="left-bar side-nav fixed"><ul>
<li class="bold"><a href="#" class="collapsible-header">Back to top</a></li>
<li class="bold"><a class="waves-effect collapsible-header original" href="https://threadbare.blog/swiss-darning">Original article</a></li>
<li class="bold"><a class="waves-effect collapsible-header markasread" href="/archive/2881">Mark as read</a></li>
<li class="bold"><a class="waves-effect collapsible-header favorite" href="/star/2881">Favorite</a></li>
<li class="bold"><a class="waves-effect collapsible-header delete" href="/delete/2881">Delete</a></li>
<li class="bold"><a class="waves-effect collapsible-header" href="#">Export</a></li>
<li class="bold"><a class="waves-effect collapsible-header" href="/site-credentials">Problems?</a></li></ul></aside>
<main><div id="article"><header class="mbm"><h1>${wTitle}</h1></header>
<aside><div class="tools"><ul class="stats"><li><i class="material-icons">timer</i> <span>estimated reading time: 3 min</span></li>
<li><i class="material-icons">today</i> <span>Saved on 14/01/2026</span></li>
<li><i class="material-icons">link</i> <a href="https://threadbare.blog/swiss-darning" class="tool">threadbare.blog</a></li>
<li><span class="published-by">Published by Nell Amberley</span></li></ul>
<div class="tags">${wTags.map((t) => `<a href="/tag/${t}" class="chip">${t}</a>`).join(' ')} <a href="#" class="nav-add-tags">Add a tag</a></div></div></aside>
<article>
${ps(wS0)}
<h2>${wH[0]}</h2>
<ul>${lis(wList)}</ul>
<h2>${wH[1]}</h2>
${ps(wS1)}
</article>
<div class="annotations-info"><p>No annotations yet. Select text to add one.</p></div></div></main>
<footer class="page-footer cyan darken-2"><div class="footer-copyright">powered by wallabag</div></footer></body></html>`;
const wallabag: TestPage = {
  name: 'heldout269-wallabag-read-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wS0, ...wList, ...wS1]),
  bylines: ['Saved on 14/01/2026', 'Published by Nell Amberley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'Back to top', 'Original article', 'Mark as read', 'Favorite', 'Delete', 'Export', 'Problems?', 'estimated reading time: 3 min',
    'threadbare.blog', ...wTags, 'Add a tag', 'No annotations yet. Select text to add one.', 'powered by wallabag',
  ],
};

const eTitle = 'Descaling the boiler of a lever espresso machine';
const eS = [
  j(
    'Scale builds up fastest in the boiler, where water is held hot for hours. On a lever machine the first sign is usually a',
    'slower return to pressure after each shot, followed by a gurgle from the sight glass.',
  ),
  'Descale every three months with hard water, or every six with filtered water. Always let the machine cool fully first.',
];
const eSteps = [
  'Drain the boiler through the drain valve and discard the water.',
  'Fill with a citric acid solution of 20 grams per litre.',
  'Heat to working pressure, then switch off and leave for thirty minutes.',
  'Drain, then refill and drain with clean water twice before brewing.',
];
const eWarn = 'Never use vinegar: it leaves a taste that takes weeks to clear and can attack the gaskets.';
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle} | Evernote</title>
<meta name="robots" content="noindex"><meta property="og:title" content="${eTitle}">
<script>window.__EN_SHARED_NOTE__={"guid":"4e1f2b90-8c2a","shard":"s612"};</script></head>
<body class="shared-note"><header class="en-header"><a href="https://evernote.com" class="en-logo">Evernote</a>
<nav class="en-header-links"><ul>${links(['Sign up for free', 'Log in'])}</ul></nav></header>
<main class="note-view"><h1 class="note-title">${eTitle}</h1>
<div class="note-meta"><span class="note-meta-item">Created: 9 February 2026</span> <span class="note-meta-item">Updated: 10 February 2026</span>
<span class="note-meta-item">Source: <a href="https://leverhouse-coffee.example/guides/descaling">leverhouse-coffee.example</a></span></div>
<div class="note-tags"><span class="tag">coffee</span> <span class="tag">maintenance</span></div>
<div class="note-content"><en-note><div style="--en-clipped-content:article;--en-clipped-source-url:https://leverhouse-coffee.example/guides/descaling;
--en-clipped-source-title:Descaling the boiler">
<div style="font-family:Helvetica"><p style="font-size:15px">${eS[0]}</p><p style="font-size:15px">${eS[1]}</p>
<ol style="padding-left:20px">${lis(eSteps)}</ol>
<p style="font-size:15px;background:#fff4d6"><b>${eWarn}</b></p>
<p style="font-size:12px;color:#888">Clipped from Leverhouse Coffee guides</p></div></div></en-note></div></main>
<footer class="en-footer"><p>Evernote helps you remember everything and get organized effortlessly.</p>
<a class="en-cta" href="/signup">Download Evernote</a><p>© 2026 Evernote Corporation. All rights reserved.</p></footer></body></html>`;
const evernote: TestPage = {
  name: 'heldout269-evernote-clip-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...eS, ...eSteps, eWarn]),
  bylines: ['Created: 9 February 2026', 'Updated: 10 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Evernote', 'Sign up for free', 'Log in', 'Source: leverhouse-coffee.example', 'coffee', 'maintenance', 'Clipped from Leverhouse Coffee guides',
    'Evernote helps you remember everything and get organized effortlessly.', 'Download Evernote', '© 2026 Evernote Corporation. All rights reserved.',
  ],
};

export const HELDOUT269_F: readonly TestPage[] = [wallabag, evernote];
