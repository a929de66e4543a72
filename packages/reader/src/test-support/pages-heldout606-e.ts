import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file e: an independent watchmaker's long bench-notes post on Hugo (PaperMod theme: breadcrumbs, post meta
 * line, open ToC, code block, tags, prev/next, share buttons); the Next.js local news article is in file e2.
 */
const pTitle = 'Servicing a 1978 diver’s automatic: notes from the bench';
const pDesc = 'A full service of a well-used 1970s diver’s watch, from the first timegrapher reading to the pressure test.';
const pHeads = [
  'First look',
  'Taking it apart',
  'The mainspring and barrel',
  'Cleaning and oiling',
  'Regulation',
  'Case, gaskets and pressure test',
  'Final thoughts',
];
const pSecs: readonly (readonly string[])[] = [
  [
    j(
      'This watch came to me from its second owner, who bought it in a market in 1994 and has worn it almost every day since. It',
      'had never been serviced in his time. It still ran, which is a testament to how forgiving these movements are, but it was',
      'losing about four minutes a day and would stop overnight if left off the wrist.',
    ),
    j(
      'On the timegrapher the amplitude was 168 degrees dial up, falling to 140 in the crown-down position, with a beat error of',
      '3.1 ms. Those numbers say dirty oil, a tired mainspring and probably some wear, in that order.',
    ),
  ],
  [
    j(
      'The case back unscrews with a standard three-jaw tool, though this one had not been opened in decades and needed a firm',
      'hand and a case holder that grips the whole circumference. Inside, the movement ring was dry and the case back gasket had',
      'flattened into a hard black band.',
    ),
    j(
      'I let down the mainspring, removed the rotor and took the hands and dial off under a cover so that no dust reached the',
      'lume. From there the teardown is the usual order: balance, pallet fork, train bridge, wheels, barrel bridge, barrel, then',
      'the calendar works on the dial side.',
    ),
    'Things I look for at this stage:',
  ],
  [
    j(
      'The mainspring was set: when I took it out of the barrel it barely uncoiled, where a healthy spring opens out into a wide',
      'spiral. That alone explains most of the low amplitude. A new spring of the correct strength and length went in, along with',
      'a smear of braking grease on the barrel wall, since this is an automatic with a slipping bridle.',
    ),
    j(
      'The barrel arbor had a little play in the bridge, but within limits, so it stayed. If the barrel wobbles visibly when the',
      'spring is wound, it is worth bushing the bridge rather than hoping a new spring will compensate.',
    ),
  ],
  [
    j(
      'All parts went through the cleaning machine in three baths, with the balance and pallet fork cleaned separately by hand so',
      'that the shock springs and jewels were not disturbed. Pivots were pegged out with pegwood until the wood came out clean.',
    ),
    j(
      'Oiling is where most home services fall down. Too much oil migrates and pulls the rest with it; too little and the pivot',
      'runs dry within a year. I use a light synthetic for the train, a heavier oil for the barrel arbor and centre wheel, and an',
      'epilame treatment on the escape wheel teeth so the oil on the pallet stones stays where it is put.',
    ),
  ],
  [
    j(
      'Reassembled and left to run for a day, the movement came up to 278 degrees dial up and 241 crown down, with the beat error',
      'brought down to 0.3 ms by turning the stud carrier. The readings after regulation are below.',
    ),
    j(
      'That spread of eleven seconds between positions is normal for a movement of this grade and age. On the wrist it will',
      'average out; the owner reports it is now gaining about four seconds a day.',
    ),
  ],
  [
    j(
      'New gaskets for the case back, crown and crystal, a light clean of the case in the ultrasonic with the movement out, and a',
      'dry pressure test to 10 bar. It held. I do not polish cases unless asked, and this owner was firm that he wanted every',
      'scratch kept.',
    ),
  ],
  [
    j(
      'Nothing in this service was unusual, which is the point. A watch like this will run badly for years before it stops, and by',
      'the time it stops the damage is often done. Every five to seven years is a good interval for a watch worn daily.',
    ),
  ],
];
const pLooks = [
  'wear on the pivots and in the jewels, especially the third and fourth wheels',
  'rust on the steel parts, which tells you whether the case has let in water',
  'old repairs, such as a replaced balance staff or a bent tooth straightened by someone else',
];
const pCode = [
  'Position     Rate (s/d)  Ampl.  BE',
  'Dial up         +4       278   0.3',
  'Dial down       +6       270   0.3',
  'Crown down      -5       241   0.4',
];
const pNav = ['Posts', 'Tags', 'Search', 'About'];
const pTags = ['Automatic', 'Divers', 'Servicing'];
const pPrev = 'Reading a timegrapher without fooling yourself';
const pNext = 'Why I still replace mainsprings on every service';
const pContent = pSecs
  .map((s, i) => {
    const id = at(pHeads, i)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-');
    const extra =
      i === 1
        ? `\n<ul>\n${lis(pLooks)}\n</ul>`
        : i === 4
          ? `\n<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text">${pCode.join('\n')}</code></pre></div>`
          : '';
    const parts = i === 4 ? `${ps(s.slice(0, 1))}${extra}\n${ps(s.slice(1))}` : `${ps(s)}${extra}`;
    return `<h2 id="${id}">${at(pHeads, i)}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>\n${parts}`;
  })
  .join('\n');
const pToc = pHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n');
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${pTitle} | Bench Notes</title><meta name="keywords" content="automatic, divers, servicing"><meta name="description" content="${pDesc}">
<meta name="author" content="Ewan Dalgleish"><link rel="canonical" href="https://benchnotes.example/posts/1978-diver-service/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none;}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Posts",
"item":"https://benchnotes.example/posts/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","wordCount":"1034",
"datePublished":"2026-01-08T00:00:00Z",
"author":[{"@type":"Person","name":"Ewan Dalgleish"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark');}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://benchnotes.example/" accesskey="h" title="Bench Notes (Alt + H)">Bench Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3"></path></svg></button></div></div>
<ul id="menu">${pNav
  .map(
    (t) => `<li><a href="https://benchnotes.example/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://benchnotes.example/">Home</a>&nbsp;»&nbsp;<a
href="https://benchnotes.example/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${pTitle}</h1><div class="post-description">${pDesc}</div>
<div class="post-meta">
<span title='2026-01-08 00:00:00 +0000 UTC'>January 8, 2026</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;1034 words&nbsp;·&nbsp;Ewan Dalgleish</div>
</header><div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${pToc}</ul></div></details></div>
<div class="post-content">
${pContent}
</div>
<footer class="post-footer"><ul class="post-tags">${pTags
  .map(
    (t) => `<li><a href="https://benchnotes.example/tags/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://benchnotes.example/posts/reading-a-timegrapher/"><span class="title">« Prev</span><br>
<span>${pPrev}</span></a>
<a class="next" href="https://benchnotes.example/posts/mainsprings/"><span class="title">Next »</span><br><span>${pNext}</span></a></nav>
<ul class="share-buttons"><li>
<a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on x" href="https://x.com/intent/tweet/?text=x"><svg viewBox="0 0 512 512"
height="30px" width="30px"><path d="M512 62.554"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on reddit"
href="https://reddit.com/submit?url=x"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446 0"></path></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://benchnotes.example/">Bench Notes</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout606-hugo-papermod-diver-service',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([pDesc, ...pSecs.flatMap((s, i) => (i === 1 ? [...s, ...pLooks] : s))]),
  bylines: ['January 8, 2026 · 6 min · 1034 words · Ewan Dalgleish'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bench Notes', 'Posts', 'Tags', 'Search', 'Table of Contents', 'Divers', '« Prev', pPrev, 'Next »', pNext,
    '© 2026 Bench Notes', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT606_E: readonly TestPage[] = [hugo];
