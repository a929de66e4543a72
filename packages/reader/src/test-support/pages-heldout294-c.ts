import { ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout294-kit.js';

/**
 * Held-out batch 294, file c: a Quartz v4 digital-garden note (explorer, breadcrumbs, content meta with reading time, tags,
 * graph, table of contents, backlinks and the "Created with Quartz" footer) and a Bear Blog post (nav, date line, tags,
 * the toast upvote button, "Powered by Bear" footer).
 */
const anchor = (id: string): string =>
  `<a role="anchor" aria-hidden="true" tabindex="-1" data-no-popover="true" href="#${id}" class="internal">
<svg width="18" height="18" viewBox="0 0 24 24"></svg></a>`;
const qTitle = 'Spaced repetition for recipes';
const qS0 = paras(`
I cook from memory far less often than I would like. Most weeknights I still open the same six recipes on my phone, even
though I have made them dozens of times. This note is an experiment: treating recipes the way language learners treat
vocabulary, with cards and growing intervals.
`);
const qH1 = 'The idea';
const qS1 = paras(`
A recipe is mostly a handful of ratios and one or two steps that are easy to get wrong. Those are exactly the things a card
can hold. The rest, the chopping and stirring, my hands already know.

So each recipe becomes three to five cards: the core ratio, the order of the steps, the one temperature that matters, and
the mistake I made last time.

I had tried this before with a general flashcard app and gave up, because recipe cards mixed in with everything else felt like
homework. This time the recipes have their own deck, reviewed at the kitchen table while the kettle boils.
`);
const qH2 = 'What a card looks like';
const qCode = 'Q: Flatbread dough, ratio?\nA: 3 parts flour : 2 parts yogurt, pinch of salt, no yeast';
const qS2 = paras(`
Cards are reviewed on the usual schedule: one day, three days, a week, then longer. A card I get wrong goes back to the start.
The answers are deliberately short, so that I have to rebuild the rest of the dish in my head.
`);
const qH3 = 'Results after eight weeks';
const qList = [
  'Eleven recipes turned into 41 cards',
  'Seven of the eleven I now cook without looking anything up',
  'Average review time: under three minutes a day',
  'Failures: baking, where the ratios are too exact to guess',
];
const qS3 = paras(`
The surprise was how much the "last mistake" card mattered. Remembering that I once burnt the garlic is worth more than
remembering the quantity of garlic. I will keep going and report back in the spring.

Next I want to try the same thing with the dishes my grandmother cooked, which only exist in my memory and in one stained
exercise book. If cards can keep those alive, the whole experiment will have been worth it.
`);
const qCrumbs = ['Home', 'notes', 'cooking'];
const qTags = ['learning', 'cooking', 'seedling'];
const qExplorer = ['cooking', 'learning', 'reading', 'tools'];
const qBacklinks = ['Learning in public', 'Flatbread, the long way'];
const qHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><title>${qTitle}</title><meta charset="utf-8"><link rel="preconnect" href="https://fonts.googleapis.com">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="${qTitle}">
<meta property="og:description" content="I cook from memory far less often than I would like.">
<meta property="og:image" content="https://garden.ardy.example/static/og-image.png">
<link rel="icon" href="../../static/icon.png"><meta name="description" content="I cook from memory far less often than I would like.">
<meta name="generator" content="Quartz"><link href="../../index.css" rel="stylesheet" type="text/css" spa-preserve>
<script src="../../prescript.js" type="application/javascript" spa-preserve></script>
<script type="application/javascript" spa-preserve>const fetchData = fetch("../../static/contentIndex.json").then(data => data.json())</script></head>
<body data-slug="notes/cooking/spaced-repetition-for-recipes"><div id="quartz-root" class="page"><div id="quartz-body">
<div class="left sidebar"><h2 class="page-title"><a href="../..">Ardy's Garden</a></h2><div class="spacer mobile-only"></div>
<div class="search"><button class="search-button" id="search-button"><p>Search</p><svg role="img" aria-labelledby="title"><title id="title">Search</title></svg>
</button><div id="search-container"><div id="search-space"><input autocomplete="off" id="search-bar" name="search" type="text" aria-label="Search for something"
placeholder="Search for something"><div id="search-layout" data-preview="true"></div></div></div></div>
<button class="darkmode" id="darkmode"><svg class="dayIcon"><title>Dark mode</title></svg><svg class="nightIcon"><title>Light mode</title></svg></button>
<div class="explorer desktop-only"><button type="button" id="explorer" class="explorer-toggle" data-behavior="collapse" data-collapsed="collapsed">
<h2>Explorer</h2></button><div id="explorer-content"><ul class="overflow" id="explorer-ul">
${qExplorer
  .map(
    (f) => `<li><div class="folder-container"><div data-folderpath="notes/${f}"><button class="folder-button">
<span class="folder-title">${f}</span></button></div></div></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="center"><div class="page-header"><div class="popover-hint"><nav class="breadcrumb-container" aria-label="breadcrumbs">
${qCrumbs.map((c) => `<div class="breadcrumb-element"><a href="../../${c}">${c}</a><p> ❯ </p></div>`).join('\n')}
<div class="breadcrumb-element"><a href="">${qTitle}</a></div></nav>
<h1 class="article-title">${qTitle}</h1>
<p show-comma="true" class="content-meta"><time datetime="2026-02-14T00:00:00.000Z">Feb 14, 2026</time><span>4 min read</span></p>
<ul class="tags">${qTags.map((t) => `<li><a href="../../tags/${t}" class="internal tag-link">${t}</a></li>`).join('')}</ul></div></div>
<article class="popover-hint">
${ps(qS0)}
<h2 id="the-idea">${qH1}${anchor('the-idea')}</h2>
${ps(qS1)}
<h2 id="what-a-card-looks-like">${qH2}${anchor('what-a-card-looks-like')}</h2>
<figure data-rehype-pretty-code-figure><pre tabindex="0" data-language="text" data-theme="github-light github-dark"><code data-language="text">
${qCode
  .split('\n')
  .map((l) => `<span data-line><span>${l}</span></span>`)
  .join('\n')}
</code></pre></figure>
${ps(qS2)}
<h2 id="results-after-eight-weeks">${qH3}${anchor('results-after-eight-weeks')}</h2>
<ul>${lis(qList)}</ul>
${ps(qS3)}
</article><hr>
<div class="page-footer"></div></div>
<div class="right sidebar"><div class="graph"><h3>Graph View</h3><div class="graph-outer"><div id="graph-container" data-cfg="{&quot;drag&quot;:true}"></div>
<button id="global-graph-icon" aria-label="Global Graph"></button></div></div>
<div class="toc desktop-only"><button type="button" id="toc" class="toc-header"><h3>Table of Contents</h3></button><div id="toc-content"><ul class="overflow">
<li class="depth-0"><a href="#the-idea" data-for="the-idea">${qH1}</a></li><li class="depth-0"><a href="#what-a-card-looks-like">${qH2}</a></li>
<li class="depth-0"><a href="#results-after-eight-weeks">${qH3}</a></li></ul></div></div>
<div class="backlinks"><h3>Backlinks</h3>
<ul class="overflow">${qBacklinks.map((b) => `<li><a href="../../${b}" class="internal">${b}</a></li>`).join('')}</ul></div>
</div></div>
<footer class=""><p>Created with <a href="https://quartz.jzhao.xyz/">Quartz v4.4.0</a> © 2026</p><ul><li><a href="https://github.com/ardy">GitHub</a></li>
<li><a href="https://social.example/@ardy">Mastodon</a></li></ul></footer></div>
<script type="application/javascript">function c(){let t=this.parentElement;t.classList.toggle("is-collapsed")}</script>
<script src="../../postscript.js" type="module"></script></body></html>`;
const quartz: TestPage = {
  name: 'heldout294-quartz-garden-note-wiki',
  kind: 'wiki',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2, qH3],
  body: texts([...qS0, ...qS1, ...qCode.split('\n'), ...qS2, ...qList, ...qS3]),
  bylines: ['Feb 14, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Ardy's Garden", 'Search', 'Explorer', 'reading', 'tools', 'seedling', 'Graph View', 'Table of Contents', 'Backlinks',
    ...qBacklinks, 'Created with Quartz v4.4.0 © 2026', 'GitHub', 'Mastodon',
  ],
};

const bTitle = 'On giving up the second monitor';
const bS = paras(`
For about ten years I worked with two screens. It felt obviously better: code on one, documentation on the other, chat
somewhere in between. In January my second monitor died, and instead of replacing it straight away I decided to see how long I
could last without it.

It has now been seven weeks, and I am not going to buy another one.

The first few days were awful. I kept turning my head to the left to look at nothing. Every time I needed to read something
while typing, I had to switch windows, and each switch felt like losing my place in a book.

By the second week something changed. Because switching had a cost, I started doing it less. I read the documentation first,
properly, and then wrote the code. I stopped keeping chat open at all, and checked it on the hour instead.

I do not think a single screen is better for everyone. People who work with large drawings or long spreadsheets surely need
the room. But for the kind of work I do, mostly reading and then writing, the second screen was never extra space. It was a
second place for my attention to leak out of.

A few things that helped:
`);
const bList = [
  'A keyboard shortcut for switching between exactly two windows',
  'A paper notepad for the things I used to leave open "just in case"',
  'Closing the browser entirely while writing',
];
const bS2 = paras(`
The strangest effect has been on meetings. With one screen, a video call fills my whole view, so I cannot quietly answer
email during it. I listen more, and the calls have become shorter, which I suspect is not a coincidence.

I may be wrong about all of this in a year. For now, my desk has more space for tea, and I am finishing more of what I start.
`);
const bNav = ['Home', 'Now', 'Blog', 'Uses'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" 
href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22 font-size=%2290%22>🖥</text></svg>">
<title>${bTitle} | Tamsin Hale</title><meta name="slug" content="second-monitor">
<meta name="description" content="For about ten years I worked with two screens.">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Tamsin Hale"><meta property="og:type" content="article">
<meta property="og:url" content="https://tamsinhale.bearblog.dev/second-monitor/"><link rel="canonical" href="https://tamsinhale.bearblog.dev/second-monitor/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-03-05T08:12:00+00:00",
"author":{"@type":"Person","name":"Tamsin Hale"}}</script>
<style>:root{--width:720px;--font-main:Verdana,sans-serif;--background-color:#fff;--heading-color:#222;--text-color:#444}
body{font-family:var(--font-main);margin:auto;padding:20px;max-width:var(--width);text-align:left;word-wrap:break-word;overflow-wrap:break-word;line-height:1.5}
.upvote-button{padding:0;margin:0;border:0;background-color:inherit;color:inherit;display:flex;flex-direction:column;align-items:center}</style></head>
<body class="post" id="second-monitor"><header><a class="title" href="/"><h2>Tamsin Hale</h2></a>
<nav><p>${bNav.map((n) => `<a href="/${n === 'Home' ? '' : `${n.toLowerCase()}/`}">${n}</a>`).join(' ')}</p></nav></header>
<main><h1>${bTitle}</h1>
<p><i><time datetime="2026-03-05T08:12Z" style="font-style: normal;">05 Mar, 2026</time></i></p>
<content>
${ps(bS)}
<ul>${lis(bList)}</ul>
${ps(bS2)}
</content>
<p class="tags"><a href="/blog/?q=work">#work</a> <a href="/blog/?q=desk">#desk</a></p>
<p><a href="mailto:tamsin@hale.example?subject=Re: ${bTitle}">Reply via email</a></p>
<form id="upvote-form" action="/upvote/" method="post" style="display:inline"><input type="hidden" name="uid" value="Yx1kq">
<button class="upvote-button" title="Toast this post"><svg width="24" height="24" viewBox="0 0 24 24"></svg>
<small class="upvote-count">38</small></button></form>
</main>
<footer><span>Subscribe via <a href="/feed/">RSS</a> or <a href="/subscribe/">email</a>.</span>
<span>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span></footer>
<script src="https://bearblog.dev/static/js/upvote.js" defer></script></body></html>`;
const bear: TestPage = {
  name: 'heldout294-bearblog-post-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([...bS, ...bList, ...bS2]),
  bylines: ['05 Mar, 2026'],
  furniture: ['Tamsin Hale', 'Uses', '#work', '#desk', 'Reply via email', 'Subscribe via RSS or email.', 'Powered by Bear ʕ•ᴥ•ʔ'],
};

export const HELDOUT294_C: readonly TestPage[] = [quartz, bear];
