import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file e2: a long seed-saving guide on a Hugo site (PaperMod theme) with a table of contents and prev/next
 * links.
 */
const hTitle = 'Saving your own seed: tomatoes, beans and lettuce';
const hDesc = 'A beginner’s guide to the three easiest crops to save seed from, and how to keep the seed alive until next spring.';
const hSecs: [string, string[], string[]?][] = [
  [
    'Why save seed',
    [
      j(
        'Every packet in our catalogue started as seed saved by a gardener. Saving your own keeps a variety growing in your conditions,',
        'year after year, and over time the plants adapt to your soil and your weather. It also costs nothing.',
      ),
      j(
        'Not every crop is easy to save. Squash and sweetcorn cross readily with their neighbours, carrots and onions take two years,',
        'and brassicas need a crowd of plants to stay vigorous. Tomatoes, beans and lettuce are different: their flowers usually',
        'pollinate themselves, so the seed comes true even if you grow several varieties side by side.',
      ),
    ],
  ],
  [
    'Before you start',
    [
      j(
        'Only save seed from open-pollinated varieties. F1 hybrids, marked F1 on the packet, will not come true: their offspring are a',
        'mix of the two parents and are usually disappointing. Everything in the co-op catalogue is open-pollinated.',
      ),
      'Choose your best plants, not your leftovers. Look for:',
    ],
    [
      'plants that stayed healthy when others caught blight or mildew',
      'the earliest to crop, if you have a short season',
      'lettuces that were slowest to bolt in hot weather',
      'fruit and pods that are typical of the variety',
    ],
  ],
  [
    'Tomatoes',
    [
      j(
        'Pick two or three fully ripe fruits from different plants of the same variety. Cut them across and squeeze the seeds and jelly',
        'into a jar. Add a splash of water and leave the jar on a windowsill for three to four days.',
      ),
      j(
        'A layer of mould will form on top. This is what you want: the fermentation breaks down the gel coat round each seed, which',
        'contains a chemical that stops germination. It also kills some seed-borne diseases.',
      ),
      j(
        'When the mould has formed, fill the jar with water and stir. Good seed sinks; pour off the mould, the pulp and any floating',
        'seeds. Rinse two or three times in a sieve, then spread the seed thinly on a plate or a sheet of baking paper. Kitchen paper',
        'is a poor choice because the seeds stick to it.',
      ),
      'Leave the seed to dry at room temperature, out of direct sun, for a week. Stir it each day so the seeds do not clump.',
    ],
  ],
  [
    'Beans',
    [
      j(
        'Beans are the easiest of all. Leave a few plants unpicked at the end of the season and let the pods dry on the plant until',
        'they are pale and papery and the beans rattle inside. In a wet autumn, pull up the whole plant and hang it upside down in a',
        'shed or greenhouse to finish drying.',
      ),
      j(
        'Shell the beans and spread them out for another two weeks indoors. A properly dry bean will shatter rather than dent when you',
        'hit it with a hammer. Throw out any that are wrinkled, discoloured or have small round holes, which are the work of bean',
        'weevils.',
      ),
      j(
        'Runner beans are the exception to the rule about self-pollination. Bees cross them freely, so if you want to keep a variety',
        'pure, grow only one kind of runner bean or keep your plants well away from your neighbours’ rows.',
      ),
    ],
  ],
  [
    'Lettuce',
    [
      j(
        'Leave two or three of your best lettuces to bolt. They will send up a tall flowering stem with small yellow flowers, followed',
        'a few weeks later by tufts of white fluff, like a small dandelion. Each tuft carries one seed.',
      ),
      j(
        'Lettuce ripens unevenly, so shake the heads into a paper bag every few days rather than waiting for all of them. When most',
        'heads have fluffed, cut the whole stem and finish drying it upside down in a bag.',
      ),
      j(
        'Rub the dry heads between your hands over a tray and blow gently across it to carry off the chaff. It takes practice, and a',
        'little chaff left in the seed does no harm.',
      ),
    ],
  ],
  [
    'Drying and storing',
    [
      j(
        'Seed is the enemy of damp and warmth. Dry seed that is kept cool will live for years; damp seed in a warm kitchen may be dead',
        'by spring. As a rule of thumb, every one per cent drop in moisture and every five degree drop in temperature doubles the',
        'life of the seed.',
      ),
      j(
        'Store each variety in a paper envelope, labelled with its name and the year, inside an airtight jar. Add a sachet of silica',
        'gel or a spoonful of dried rice wrapped in a tissue to soak up moisture. Keep the jar somewhere cool and dark: a north-facing',
        'cupboard is fine, and a fridge is better.',
      ),
      'Stored this way, tomato seed keeps for five years or more, beans for three to four, and lettuce for about three.',
    ],
  ],
  [
    'Sharing your seed',
    [
      j(
        'The co-op’s seed swap runs on the first Saturday of February at the Carrow Village Hall. Bring any seed you have saved,',
        'with a note of where it came from and how it did, and take home something new. Members can also send seed to the co-op to be',
        'grown out and tested in our trial beds.',
      ),
    ],
  ],
];
const hNav = ['Catalogue', 'Guides', 'Seed swap', 'Membership', 'About'];
const hHeads = hSecs.map(([h]) => h);
const hSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Carrow Seed Co-op</title><meta name="keywords" content="seed saving, tomatoes, beans, lettuce"><meta name="description" content="${hDesc}">
<meta name="author" content="Tamsin Horrocks"><link rel="canonical" href="https://carrowseed.coop/guides/saving-your-own-seed/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<link rel="icon" href="https://carrowseed.coop/favicon.ico"><meta name="generator" content="Hugo 0.125.4">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","wordCount":"1187",
"datePublished":"2026-09-14T00:00:00Z","author":[{"@type":"Person","name":"Tamsin Horrocks"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") {document.body.classList.add('dark');}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://carrowseed.coop/" accesskey="h"
title="Carrow Seed Co-op (Alt + H)">Carrow Seed Co-op</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">
${hNav.map((t) => `<li><a href="https://carrowseed.coop/${hSlug(t)}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}
</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://carrowseed.coop/">Home</a>&nbsp;»&nbsp;<a
href="https://carrowseed.coop/guides/">Guides</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-09-14 00:00:00 +0000 UTC'>September 14, 2026</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;Tamsin Horrocks</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${hSlug(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">
${hSecs
  .map(
    ([h, p, l]) => `<h2 id="${hSlug(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${hSlug(h)}">#</a>
</h2>\n${ps(p)}${l ? `\n<ul>\n${lis(l)}\n</ul>` : ''}`,
  )
  .join('\n')}
</div>
<footer class="post-footer"><ul class="post-tags">${links(['Seed saving', 'Tomatoes', 'Beans', 'Lettuce'])}</ul>
<nav class="paginav"><a class="prev" href="https://carrowseed.coop/guides/growing-on-seedlings/"><span class="title">« Prev</span><br>
<span>Growing on seedlings</span></a>
<a class="next" href="https://carrowseed.coop/guides/green-manures/"><span class="title">Next »</span><br><span>Green manures for small plots</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Saving"><svg
viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://carrowseed.coop/">Carrow Seed Co-op</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu = document.getElementById('menu');if (menu) {menu.scrollLeft = localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout697-hugo-papermod-seed-saving',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDesc, ...hSecs.flatMap(([, p, l]) => [...p, ...(l ?? [])])],
  bylines: ['September 14, 2026', 'Tamsin Horrocks'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carrow Seed Co-op', 'Guides', 'Membership', 'Home', '7 min', 'Table of Contents', 'Seed saving',
    '« Prev', 'Growing on seedlings', 'Next »', 'Green manures for small plots', '© 2026 Carrow Seed Co-op', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT697_E2: readonly TestPage[] = [hugo];
