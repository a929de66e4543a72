import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rows } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file d2: a long grafting guide of an orchard group on Hugo with the PaperMod theme (breadcrumbs, post meta,
 * an open table of contents, a rootstock table, tags, previous / next links and share icons).
 */
const hTitle = 'Whip-and-tongue grafting, step by step';
const hDek = 'How we graft new trees of old local varieties every March, written up for members who missed the workshop.';
const hHeads = ['What you need', 'Collecting scion wood', 'Choosing a rootstock', 'Making the cuts', 'Tying and sealing', 'Aftercare', 'When it goes wrong'];
const hIntro = [
  j(
    'Most of the old varieties in the valley survive as a single tree in a farm orchard or a back garden. The only way to keep them',
    'is to graft them: to join a piece of this year’s growth from the old tree onto a young rootstock, so that the two grow together',
    'into a new tree that is the same variety as its parent.',
  ),
  j(
    'The whip-and-tongue graft is the one we teach first. It joins two pieces of wood of about the same thickness, pencil-sized or',
    'a little more, and gives a large area of contact and a joint that holds itself together while you tie it.',
  ),
];
const hNeed = [
  'A sharp grafting knife with a flat, single-bevel blade',
  'Rootstocks, bought bare-root in winter and heeled in until you are ready',
  'Scion wood, cut in January and kept cold',
  'Grafting tape or rubber grafting strips',
  'Grafting wax or sealant, and labels that will last the summer',
];
const hScion = [
  j(
    'Scion wood is cut from the donor tree in the middle of winter, when it is fully dormant. Choose healthy shoots from last',
    'summer’s growth, from the sunny side of the tree, about the thickness of a pencil. Avoid the fat water shoots from the centre.',
  ),
  j(
    'Cut lengths of 30 to 40 cm, label each bundle with the variety and where it came from, wrap them in a damp, not wet, paper towel',
    'and seal them in a plastic bag. Kept in the salad drawer of a fridge they will last until March. Keep fruit out of the same',
    'fridge if you can, because ripening apples give off a gas that can wake the buds.',
  ),
];
const hRootIntro = j(
  'The rootstock decides how big the tree will grow, far more than the variety does. For a community orchard of big old-fashioned',
  'trees we use MM111 or M25; for gardens, something smaller. The table gives a rough guide to the height after about ten years.',
);
const hTable = [
  ['Rootstock', 'Vigour', 'Height', 'Good for'],
  ['M27', 'Very dwarfing', '1.5 m', 'Pots and stepovers'],
  ['M26', 'Dwarfing', '2.5 m', 'Small gardens and cordons'],
  ['MM106', 'Semi-vigorous', '4 m', 'Bush trees and espaliers'],
  ['MM111', 'Vigorous', '5 m', 'Half standards in grass'],
  ['M25', 'Very vigorous', '6 m or more', 'Full standards and orchards'],
];
const hCutsIntro = j(
  'Practise on prunings first. The cuts should each be made in one smooth stroke, pulling the knife towards you with the blade',
  'almost flat to the wood, and your thumb kept well out of the way behind it.',
);
const hSteps = [
  'Cut the rootstock off straight about 20 cm above the roots, where it is smooth and the same width as your scion.',
  'Make a long sloping cut across the top of the rootstock, about four times as long as the stem is wide.',
  'Make a matching sloping cut at the bottom of the scion, just below a bud, so the two faces sit flat on each other.',
  'On each face, make a second cut down into the wood about a third of the way from the tip. These are the tongues.',
  'Slide the two pieces together so the tongues interlock and the bark lines up along at least one side.',
  'Trim the scion to three or four buds, making the top cut just above a bud and sloping away from it.',
];
const hCutsAfter = j(
  'The green layer just under the bark, the cambium, is the only part that grows. If the two pieces are different widths, line them',
  'up on one side only: a joint that matches well on one side takes far better than one that is centred and matches on neither.',
);
const hTie = [
  j(
    'Wrap the joint firmly from below with grafting tape, overlapping each turn by half, and finish above the top of the cut. The tape',
    'should be tight enough that the scion does not move when you wiggle it, but not so tight that it bites into the bark.',
  ),
  j(
    'Cover the top cut of the scion with wax or sealant so that it does not dry out. Then label the tree straight away. Every year',
    'someone is sure they will remember which was which, and every year someone does not.',
  ),
];
const hCare = [
  j(
    'Plant the grafted rootstocks in a nursery bed or in deep pots, with the graft well above the soil. The buds should break in April',
    'or May. Rub off any shoots that come from the rootstock below the graft, because they will take the water the scion needs.',
  ),
  j(
    'When the new shoots are 30 cm long, choose the strongest and pinch back the others. Cut the tape in early summer if it has not',
    'split on its own, so that it does not strangle the stem as it thickens. Keep the bed weeded and watered through dry spells.',
  ),
  j('By the following winter most grafts will have made a single straight stem about a metre tall, ready to plant out or to train.'),
];
const hWrong = [
  j(
    'Expect some failures. In our workshops about eight grafts in ten take. The usual causes are scion wood that dried out before it',
    'was used, a joint that moved in the first few weeks, or cuts that were not flat, leaving air gaps between the two faces.',
  ),
  j(
    'If a graft has not broken bud by the end of May, leave the rootstock to grow: it can be budded in August or grafted again next',
    'spring. Nothing is wasted except a little wood, and the old tree will still be there next winter.',
  ),
];
const hTags = ['Rootstocks', 'Heritage varieties', 'Workshops'];
const hNav = ['Guides', 'Tags', 'Search'];
const head = (n: number): string => {
  const t = at(hHeads, n);
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}">${t}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
};
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Rowan Vale Orchard Group</title><meta name="keywords" content="grafting, rootstocks, heritage
varieties">
<meta name="description" content="${hDek}"><meta name="author" content="Elin Marsh"><link rel="canonical"
href="https://rowanvaleorchards.org/posts/whip-and-tongue-grafting/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript><meta name="generator" content="Hugo 0.134.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-03-02T00:00:00Z",
"author":[{"@type":"Person","name":"Elin Marsh"}],"wordCount":"1390"}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://rowanvaleorchards.org/" accesskey="h" title="Rowan Vale Orchard Group (Alt +
H)">Rowan Vale Orchard Group</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://rowanvaleorchards.org/">Home</a>&nbsp;»&nbsp;<a
href="https://rowanvaleorchards.org/posts/">Guides</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title="2026-03-02 00:00:00 +0000 UTC">March 2, 2026</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;Elin Marsh</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
${head(0)}<ul>${lis(hNeed)}</ul>
${head(1)}${ps(hScion)}
${head(2)}${ps([hRootIntro])}<table><thead>${rows(hTable.slice(0, 1), true)}</thead><tbody>${rows(hTable.slice(1))}</tbody></table>
${head(3)}${ps([hCutsIntro])}<ol>${lis(hSteps)}</ol>${ps([hCutsAfter])}
${head(4)}${ps(hTie)}
${head(5)}${ps(hCare)}
${head(6)}${ps(hWrong)}</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul><nav class="paginav"><a class="prev"
href="https://rowanvaleorchards.org/posts/summer-pruning/">
<span class="title">« Prev</span><br><span>Summer pruning trained trees</span></a><a class="next"
href="https://rowanvaleorchards.org/posts/planting-standards/">
<span class="title">Next »</span><br><span>Planting a standard tree</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=grafting"><svg version="1.1"
viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"></svg></a></li><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hTitle} on facebook" href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2frowanvaleorchards.org"><svg height="30px"
width="30px"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://rowanvaleorchards.org/">Rowan Vale Orchard Group</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position")}</script></body></html>`;
const hugoGrafting: TestPage = {
  name: 'heldout698-grafting-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([
    hDek,
    ...hIntro,
    ...hNeed,
    ...hScion,
    hRootIntro,
    ...hTable.map((r) => r.join(' ')),
    hCutsIntro,
    ...hSteps,
    hCutsAfter,
    ...hTie,
    ...hCare,
    ...hWrong,
  ]),
  bylines: ['March 2, 2026', 'Elin Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rowan Vale Orchard Group', ...hNav, 'Home', '7 min', 'Table of Contents', 'Heritage varieties', '« Prev', 'Summer pruning trained trees',
    'Next »', 'Planting a standard tree', '© 2026 Rowan Vale Orchard Group', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT698_D2: readonly TestPage[] = [hugoGrafting];
