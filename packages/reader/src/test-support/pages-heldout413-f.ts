import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout413-kit.js';
import { nextjs } from './pages-heldout413-f2.js';

/**
 * Held-out batch 413, file f: a Printables-style 3D print model page for a yarn bowl (SvelteKit markup with hashed
 * classes: top bar with sections, breadcrumbs of categories, the gallery, author box with follow button, like / download
 * counters, tabs, the model description as the article, print settings, licence, tags, files box, comments, "more from
 * this author", the footer and a cookie dialog) and, from file f2, a LoveCrafts-style pattern page in Next.js.
 */
const pTitle = 'Swivel Yarn Bowl with Snap-On Lid';
const pSumH = 'Summary';
const pSum = [
  `A yarn bowl that keeps a ball of yarn from rolling off the sofa, with a lid that snaps on and a swivel guide so the strand
does not twist as you knit or crochet. It prints without supports and holds a 100 g ball of DK or aran comfortably.`,
  `I designed it because the ceramic bowls I tried were heavy and the printed ones I found caught the yarn on their layer lines.
The guide slot on this one is printed lying down, so the edge the yarn runs over is smooth.`,
];
const pPrintH = 'Print instructions';
const pPrint = [
  'Bowl: 0.2 mm layers, 3 perimeters, 15% gyroid infill, no supports. About 4 hours on a 0.4 mm nozzle.',
  'Lid: print upside down, 0.2 mm layers, 2 perimeters. The snap ring is designed for PETG; in PLA it is a little stiff.',
  'Swivel guide: print flat, 100% infill. Sand the inside of the slot lightly if you see any ridges.',
];
const pAsmH = 'Assembly';
const pAsm = [
  `Push the swivel guide into the hole in the lid until it clicks. It should turn freely with a flick of a finger; if it is tight,
rub a pencil lead around the ring to add a little graphite.`,
  `Drop your ball in the bowl, feed the end through the guide, and snap the lid on. The lid also works without the guide, as a
plain cover to keep dust and cat hair out of a project bag.`,
];
const pUpd = [
  `Update: version 2 adds a wider slot that takes chunky yarn. Both versions are in the files.`,
  `A note on materials: the bowl is fine in PLA for use indoors, but if you leave it on a sunny windowsill or in a hot car it
can soften and warp. PETG or ASA holds its shape much better, and PETG is also kinder to the snap ring, which needs to flex a
little every time you take the lid off.`,
];
const pNav = ['Models', 'Contests', 'Education', 'Brands', 'Prints'];
const pCrumbs = ['3D Models', 'Household', 'Hobbies & Crafts'];
const pTags = ['yarnbowl', 'fibre-arts', 'nosupports', 'household-storage'];
const pTabs = ['Model information', 'Files (4)', 'Comments (9)', 'Makes (17)', 'Remixes (2)'];
const pMore = ['Row counter ring for 4 mm needles', 'Needle gauge card', 'Spool holder for embroidery floss'];
const pCmts = ['Printed in silk PLA, snap is tight but works. Guide spins perfectly.', 'Would love a version with two guides for colourwork.'];
const sv = 'svelte-1k3qy9x';
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Swivel Yarn Bowl with Snap-On Lid by Corvid Makes | Download free STL model | Printables.com</title>
<meta name="description" content="A yarn bowl with a snap-on lid and a swivel guide. Prints without supports.">
<meta property="og:type" content="website"><meta property="og:image" content="https://media.printables.example/media/prints/771204/images/bowl.webp">
<link rel="modulepreload" href="/_app/immutable/entry/start.D8f2a.js"><link href="/_app/immutable/assets/0.B71c.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"3DModel","name":"${pTitle}","author":{"@type":"Person","name":"Corvid Makes"},
"datePublished":"2025-11-02"}</script></head>
<body data-sveltekit-preload-data="hover"><div style="display: contents"><div class="app ${sv}"><header class="top-bar ${sv}"><a href="/" class="logo ${sv}"
aria-label="Printables">Printables</a><nav class="main-nav ${sv}"><ul class="${sv}">${links(pNav, `nav-item ${sv}`)}</ul></nav>
<div class="user-actions ${sv}"><a href="/login" class="btn btn-outline ${sv}">Log in</a></div></header>
<main class="page-content svelte-9wa3fr"><nav class="breadcrumbs svelte-7zq1m2" aria-label="breadcrumbs"><ol>${links(pCrumbs, 'svelte-7zq1m2')}</ol></nav>
<div class="model-head svelte-5tpfg8"><h1 class="svelte-5tpfg8">${pTitle}</h1><div class="author svelte-5tpfg8"><a href="/@CorvidMakes_1120" class="user-link
svelte-5tpfg8"><span class="avatar svelte-5tpfg8"></span><span class="name svelte-5tpfg8">Corvid Makes</span></a><button class="follow-btn
svelte-5tpfg8">Follow</button>
</div><div class="stats svelte-5tpfg8"><span class="stat svelte-5tpfg8" title="Likes">2,310</span><span class="stat svelte-5tpfg8"
title="Downloads">14.8k</span>
<span class="published svelte-5tpfg8">Published Nov 2, 2025</span></div><div class="buttons svelte-5tpfg8"><button class="btn btn-primary
svelte-5tpfg8">Download all
model files</button><button class="btn svelte-5tpfg8">Share</button><button class="btn svelte-5tpfg8">Add to collection</button></div></div>
<div class="gallery svelte-x81nq0"><figure class="svelte-x81nq0"><img src="https://media.printables.example/media/prints/771204/images/bowl.webp" alt="Yarn
bowl"
class="svelte-x81nq0"><figcaption class="svelte-x81nq0">Printed in Prusament-style PETG, galaxy black</figcaption></figure></div>
<div class="tabs svelte-1qz8ab"><ul class="svelte-1qz8ab">${links(pTabs, 'tab svelte-1qz8ab')}</ul></div>
<div class="model-info svelte-oam3xw"><div class="description svelte-oam3xw"><div class="user-inserted svelte-oam3xw">
<h3>${pSumH}</h3>
${ps(pSum)}
<h3>${pPrintH}</h3>
<ul>${lis(pPrint)}</ul>
<h3>${pAsmH}</h3>
${ps(pAsm)}
${ps(pUpd)}
</div></div>
<aside class="details svelte-oam3xw"><dl class="svelte-oam3xw"><dt>Category</dt><dd>Hobbies &amp; Crafts</dd><dt>License</dt><dd><a href="#">Creative Commons
— Attribution — Noncommercial</a></dd></dl>
<div class="tags svelte-oam3xw"><h4 class="svelte-oam3xw">Tags</h4><ul>${links(pTags, 'tag svelte-oam3xw')}</ul></div></aside></div>
<section class="comments svelte-ujl4ax"><h2 class="svelte-ujl4ax">Comments</h2>${pCmts
  .map(
    (c, i) => `<div class="comment svelte-ujl4ax"><div class="comment-head
svelte-ujl4ax"><span class="author svelte-ujl4ax">${i === 0 ? 'threadbare_3d' : 'Aurelie_M'}</span><span class="time
svelte-ujl4ax">${i === 0 ? '3 months ago' : '2 weeks ago'}</span>
</div><p class="svelte-ujl4ax">${c}</p></div>`,
  )
  .join('\n')}</section>
<section class="more-from-author svelte-x2g4la"><h2 class="svelte-x2g4la">More from this author</h2><ul>${links(pMore, 'svelte-x2g4la')}</ul></section></main>
<footer class="footer svelte-1fdn0p1"><ul class="svelte-1fdn0p1">
${links(['About Printables', 'Terms of Use', 'Privacy Policy', 'Contact'], 'svelte-1fdn0p1')}</ul>
<p class="svelte-1fdn0p1">© 2026 Printables.com</p></footer>
<div class="cookie-dialog svelte-rw7l2q" role="dialog"><p class="svelte-rw7l2q">We use cookies to run this site and, with your consent, to measure
visits.</p><button class="btn btn-primary svelte-rw7l2q">Allow all</button><button class="btn svelte-rw7l2q">Only necessary</button></div></div>
<script>{__sveltekit_1q2w3e = {base: new URL(".", location).pathname.slice(0, -1)};const element = document.currentScript.parentElement;
Promise.all([import("/_app/immutable/entry/start.D8f2a.js"), import("/_app/immutable/entry/app.C3k9.js")]).then(([kit, app]) => {kit.start(app,
element);});}</script>
</div></body></html>`;
const printables: TestPage = {
  name: 'heldout413-printables-model',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [pSumH, pPrintH, pAsmH],
  body: texts([...pSum, ...pPrint, ...pAsm, ...pUpd]),
  bylines: ['Corvid Makes', 'Published Nov 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Printables', ...pNav, 'Log in', ...pCrumbs, 'Follow', '2,310', '14.8k', 'Download all model files', 'Share', 'Add to collection',
    'Printed in Prusament-style PETG, galaxy black', ...pTabs, 'Category', 'License', 'Creative Commons — Attribution — Noncommercial', 'Tags', ...pTags,
    'Comments', 'threadbare_3d', '3 months ago', ...pCmts, 'Aurelie_M', '2 weeks ago', 'More from this author', ...pMore, 'About Printables', 'Terms of Use',
    'Privacy Policy', 'Contact', '© 2026 Printables.com', 'We use cookies to run this site and, with your consent, to measure visits.', 'Allow all',
    'Only necessary',
  ],
};

export const HELDOUT413_F: readonly TestPage[] = [printables, nextjs];
