import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowText, tr } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file f: a fencing club's blog post on Hugo (PaperMod theme) with breadcrumbs, a table of contents,
 * tags, prev / next links and share buttons, and a kickboxing gym's timetable page on Next.js (App Router, Tailwind) with
 * its React Server Components payload in inline scripts.
 */
const hTitle = 'Kit check before your first competition';
const hDesc = 'What the armourer will look at on the day, and how to make sure your kit passes first time.';
const hIntro = j(
  'Every competition starts with a kit check, and every season someone misses their first pool because a mask fails the punch test',
  'or a body wire does not register. None of it is difficult, but it all needs doing the week before, not in the car park.',
);
const hSecs: [string, string[]][] = [
  [
    'The mask',
    [
      j(
        'The armourer will press a punch into the mesh with 12 kg of force. Dents, rust or loose mesh at the bib will fail. Check',
        'the back strap is elastic and the bib is not torn. For foil, the bib must be conductive and connected to your lamé.',
      ),
    ],
  ],
  [
    'Jacket, plastron and breeches',
    [
      j(
        'Your jacket and breeches must be rated 350 N or more for under-14 events and 800 N for everything else. The label is',
        'inside the collar. Tears, even small ones, mean the item cannot be used. The plastron is worn under the jacket on your',
        'weapon-arm side, always.',
      ),
    ],
  ],
  [
    'Weapons and wires',
    [
      'Bring at least two working weapons and two body wires. The rules say two; experience says three.',
      'Test each weapon with a box at the club on Thursday: the tip must register and the spring must pass the weight test.',
      'Check the body wire plugs are not loose and the crocodile clip holds firmly.',
    ],
  ],
  [
    'On the day',
    [
      j(
        'Go to the armoury as soon as you arrive, before you warm up. If something fails, you have time to borrow from a',
        'clubmate. Put everything that passed straight back in your bag, and do not lend out your tested mask.',
      ),
    ],
  ],
];
const hNav = ['Posts', 'Sessions', 'Beginners', 'About', 'Search'];
const hTags = ['competition', 'kit', 'beginners'];
const hId = (h: string): string => h.toLowerCase().replace(/[^a-z]+/g, '-');
const hSecHtml = hSecs
  .map(([h, p], i) => {
    const blocks = i === 2 ? `<ul>\n${lis(p)}\n</ul>` : ps(p);
    return `<h2 id="${hId(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${hId(h)}">#</a></h2>\n${blocks}`;
  })
  .join('\n');
const hNavHtml = hNav.map((t) => `<li><a href="https://tidewaterfencing.org/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.123.7"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Tidewater Fencing</title>
<meta name="keywords" content="competition, kit, beginners"><meta name="description" content="${hDesc}"><meta name="author" content="Aurelio Mensah-Hart">
<link rel="canonical" href="https://tidewaterfencing.org/posts/kit-check/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"wordCount":"560","datePublished":"2026-04-02T00:00:00Z","author":[{"@type":"Person","name":"Aurelio Mensah-Hart"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://tidewaterfencing.org/" accesskey="h" title="Tidewater Fencing (Alt + H)">Tidewater Fencing</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24" fill="none" stroke="currentColor"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hNavHtml}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://tidewaterfencing.org/">Home</a>&nbsp;»&nbsp;<a href="https://tidewaterfencing.org/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta">
<span title='2026-04-02 00:00:00 +0000 UTC'>April 2, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;560 words&nbsp;·&nbsp;Aurelio Mensah-Hart</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map(([h]) => `<li><a href="#${hId(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><p>${hIntro}</p>
${hSecHtml}
</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="https://tidewaterfencing.org/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://tidewaterfencing.org/posts/summer-camp-2026/"><span class="title">« Prev</span><br>
<span>Summer camp 2026: dates and fees</span></a>
<a class="next" href="https://tidewaterfencing.org/posts/agm-minutes/"><span class="title">Next »</span><br>
<span>AGM 2026: minutes and new committee</span></a></nav>
<ul class="share-buttons"><li>
<a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Kit%20check">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path d="M512 62.554"></path></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2ftidewaterfencing.org%2fposts%2fkit-check%2f">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://tidewaterfencing.org/">Tidewater Fencing</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = finish({
  name: 'heldout649-fencing-kit-check-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([hDesc, hIntro, ...hSecs.flatMap(([, p]) => p)]),
  bylines: ['April 2, 2026 · 3 min · 560 words · Aurelio Mensah-Hart'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewater Fencing', ...hNav, 'Home', 'Table of Contents', ...hTags, '« Prev', 'Summer camp 2026: dates and fees', 'Next »',
    'AGM 2026: minutes and new committee', '© 2026 Tidewater Fencing', 'Powered by Hugo & PaperMod',
  ],
});

const nTitle = 'Class timetable';
const nLead = 'All classes are included in full membership. Beginners are welcome at any class marked Fundamentals; no booking needed.';
const nHead = ['Day', 'Time', 'Class', 'Coach'];
const nRows = [
  ['Monday', '6:30 pm', 'Kickboxing Fundamentals', 'Sasha Draycott'],
  ['Monday', '7:30 pm', 'Technical Sparring', 'Kwame Lindqvist'],
  ['Tuesday', '7:00 am', 'Conditioning', 'Sasha Draycott'],
  ['Wednesday', '6:30 pm', 'Kickboxing Fundamentals', 'Kwame Lindqvist'],
  ['Thursday', '6:30 pm', 'Pad Work and Combinations', 'Sasha Draycott'],
  ['Saturday', '10:00 am', 'Open Mat', 'Rota'],
];
const nNotes = [
  'Technical Sparring is for members with three months’ training and their own headguard, gloves and shin guards.',
  'Open Mat is unsupervised practice; a coach is on site but does not teach.',
  'Bank holiday timetables are posted on our Instagram the week before.',
];
const nNav = ['Classes', 'Timetable', 'Pricing', 'Coaches', 'Contact'];
const nFoot = ['Privacy', 'Terms', 'Careers'];
const nNavHtml = nNav.map((t) => `<a class="text-sm font-medium text-zinc-700 hover:text-red-600" href="/${t.toLowerCase()}">${t}</a>`).join('');
const nRowHtml = nRows
  .map((r) => tr(r).replace('<tr>', '<tr class="border-b border-zinc-200 even:bg-zinc-50">').replace(/<td>/g, '<td class="px-4 py-3 text-sm">'))
  .join('');
const nFlight = JSON.stringify(`2:["$","h1",null,{"className":"text-4xl font-bold","children":"${nTitle}"}]\n3:["$","p",null,{"children":"${nLead}"}]\n`);
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a7b1c __variable_9f2e4d"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/5f3e1c2a9b8d7e6f.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8c2e1f4a3b5d6c7e.js"/>
<script src="/_next/static/chunks/fd9d1056-2b4e6c8a1d3f5e7b.js" async=""></script>
<script src="/_next/static/chunks/main-app-4a6c8e0b2d4f6a8c.js" async=""></script>
<title>Class timetable | Forge Kickboxing Leeds Road</title><meta name="description" content="Weekly kickboxing class times at Forge Kickboxing, Leeds Road."/>
<link rel="canonical" href="https://forgekickboxing.co.uk/timetable"/><meta property="og:title" content="Class timetable | Forge Kickboxing"/>
<meta name="next-size-adjust"/><script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head>
<body class="min-h-screen bg-white font-sans antialiased"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a class="text-lg font-extrabold uppercase tracking-tight" href="/">Forge<span class="text-red-600">Kickboxing</span></a>
<nav class="hidden items-center gap-6 md:flex">${nNavHtml}</nav>
<a class="rounded-md bg-red-600 px-4 py-2 text-sm font-semibold text-white hover:bg-red-700" href="/trial">Free trial class</a>
<button class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke="currentColor">
<path d="M4 6h16M4 12h16M4 18h16"></path></svg></button></div></header>
<main class="flex-1"><section class="mx-auto max-w-4xl px-4 py-12"><nav aria-label="Breadcrumb" class="mb-4 text-xs text-zinc-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li aria-hidden="true">/</li><li aria-current="page">Timetable</li></ol></nav>
<h1 class="text-4xl font-bold tracking-tight text-zinc-900">${nTitle}</h1><p class="mt-3 text-lg text-zinc-600">${nLead}</p>
<p class="mt-2 text-xs uppercase tracking-wide text-zinc-400">Forge Kickboxing · Leeds Road</p>
<div class="mt-8 overflow-x-auto rounded-lg border border-zinc-200"><table class="w-full text-left"><thead class="bg-zinc-900 text-white">
${tr(nHead, 'th').replace(/<th>/g, '<th class="px-4 py-3 text-xs font-semibold uppercase">')}</thead><tbody>${nRowHtml}</tbody></table></div>
<h2 class="mt-10 text-2xl font-semibold text-zinc-900">Good to know</h2><ul class="mt-4 list-disc space-y-2 pl-6 text-zinc-700">${lis(nNotes)}</ul></section>
<section class="bg-zinc-900 py-12 text-white"><div class="mx-auto max-w-4xl px-4 text-center"><h2 class="text-2xl font-bold">Not sure where to start?</h2>
<p class="mt-2 text-zinc-300">Book a free trial and a coach will meet you at the door.</p>
<a class="mt-6 inline-block rounded-md bg-red-600 px-6 py-3 font-semibold" href="/trial">Book your free class</a></div></section></main>
<footer class="border-t border-zinc-200 py-8 text-sm text-zinc-500"><div class="mx-auto flex max-w-6xl flex-col gap-4 px-4 md:flex-row md:justify-between">
<p>© 2026 Forge Kickboxing Ltd. 212 Leeds Road, Brackenfold.</p>
<nav class="flex gap-4">${nFoot.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join('')}</nav></div></footer></div>
<script src="/_next/static/chunks/webpack-8c2e1f4a3b5d6c7e.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/5f3e1c2a9b8d7e6f.css\\",\\"style\\"]\\n0:[\\"$\\",\\"$L1\\",null,{}]\\n"])</script>
<script>self.__next_f.push([1,${nFlight}])</script></body></html>`;
const nextjs: TestPage = finish({
  name: 'heldout649-kickboxing-timetable-nextjs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Good to know'],
  body: texts([nLead, ...nRows.map(rowText), ...nNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ForgeKickboxing', ...nNav, 'Free trial class', 'Home', 'Forge Kickboxing · Leeds Road', 'Not sure where to start?',
    'Book a free trial and a coach will meet you at the door.', 'Book your free class', '© 2026 Forge Kickboxing Ltd. 212 Leeds Road, Brackenfold.', ...nFoot,
  ],
});

export const HELDOUT649_F: readonly TestPage[] = [hugo, nextjs];
