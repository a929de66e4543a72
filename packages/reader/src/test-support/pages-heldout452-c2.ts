import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 452, file c2: a JSON Feed reader web app built with Next.js and Tailwind showing a type foundry's blog
 * feed (the app bar with the feed URL form, a "Valid JSON Feed 1.1" badge, the feed card with icon, title, description and
 * authors, items with their dates, authors, full content_html and tag chips, a raw-JSON toggle, and the app's footer).
 */
const jTitle = 'Halcyon Type Foundry Journal';
const jDesc = 'News from a two-person type foundry: new typefaces, drawing notes and the occasional printing experiment.';
const jItems: [string, string, string, string[], string[]][] = [
  [
    'Introducing Marlow Serif',
    'Published Feb 27, 2026',
    'By Petra Voskuijlen',
    [
      '<p>After three years of drawing, Marlow Serif is finally available. It is a text face built for long reading on screens, with',
      'sturdy serifs, open counters and a generous x-height that stays clear at small sizes.</p>',
      '<h3>Where it came from</h3>',
      '<p>Marlow began as a set of sketches traced from the lettering on a printed railway timetable found in a second-hand shop. The',
      'timetable used a cheap, hard-wearing face that had to survive poor paper and fast presses. We kept that toughness and smoothed',
      'the rough edges.</p>',
      '<h3>What is in the family</h3>',
      '<ul><li>Eight weights, from Light to Black, each with a true italic.</li>',
      '<li>Old-style and lining figures, tabular and proportional.</li>',
      '<li>Small caps and a set of fractions for recipes and technical text.</li></ul>',
      '<p>Marlow covers Latin scripts for more than two hundred languages. A trial version is free for testing and mock-ups.</p>',
    ],
    ['release', 'serif', 'marlow'],
  ],
  [
    'Spacing is most of the work',
    'Published Feb 11, 2026',
    'By Anders Krull',
    [
      '<p>People imagine type design as drawing beautiful letters. In practice, a large part of our time goes into the space between',
      'them. A well-drawn letter with poor spacing makes a word look broken; a plain letter with good spacing reads comfortably.</p>',
      '<p>Our method is old-fashioned. We space the straight letters first, n and o for lower case and H and O for capitals, and then fit',
      'every other letter between them. Only after that do we look at kerning pairs, and we try to keep that list short.</p>',
      '<blockquote><p>If you need a thousand kerning pairs, your spacing is wrong.</p></blockquote>',
      '<p>That rule, which a teacher once wrote on a whiteboard for us, is not always true, but it is a good warning sign.</p>',
    ],
    ['process', 'spacing'],
  ],
  [
    'Printing the specimen on a proofing press',
    'Published Jan 24, 2026',
    'By Petra Voskuijlen',
    [
      '<p>For the Marlow launch we printed a small specimen on a proofing press at a community print studio in Lindholm. Our letters',
      'were cut as polymer plates, since we do not own any metal type, and inked by hand.</p>',
      '<p>The results were humbling. Thin hairlines that looked fine on screen filled in with ink, and we thickened three of them in',
      'the final release. Printing on paper remains the quickest way we know to find weak spots in a design.</p>',
    ],
    ['printing', 'specimen'],
  ],
];
const jNav = ['Reader', 'Validator', 'Spec', 'About'];
const jFoot = ['Source on GitHub', 'Report an issue', 'Privacy'];
const jHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${jTitle} — Feedpane JSON Feed Reader</title>
<meta name="description" content="Read any JSON Feed in your browser."/><meta property="og:title" content="Feedpane"/>
<link rel="preload" href="/_next/static/css/4c2a9e1f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c2a9e1f.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/index-3b2f0c3d9e1a.js" defer=""></script>
</head><body><div id="__next">
<div class="min-h-screen bg-zinc-50 text-zinc-900">
<header class="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 backdrop-blur"><div class="mx-auto flex max-w-3xl items-center gap-4 px-4 py-3">
<a class="font-semibold tracking-tight" href="/">Feedpane</a>
<nav class="hidden gap-4 text-sm sm:flex"><ul class="flex gap-4">${links(jNav, 'hover:underline')}</ul></nav>
<form class="ml-auto flex flex-1 gap-2" action="/"><input class="w-full rounded border px-2 py-1 text-sm" name="url"
value="https://halcyontype.example/feed.json" aria-label="Feed URL"/>
<button class="rounded bg-zinc-900 px-3 py-1 text-sm text-white" type="submit">Load</button></form></div></header>
<main class="mx-auto max-w-3xl px-4 py-8">
<div class="mb-4 inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-800">
<svg class="h-3 w-3" viewBox="0 0 20 20" aria-hidden="true"></svg><span>Valid JSON Feed 1.1</span></div>
<section class="mb-10 flex gap-4 rounded-lg border bg-white p-5 shadow-sm">
<img class="h-16 w-16 rounded" src="https://halcyontype.example/icon-512.png" alt=""/>
<div><h1 class="text-2xl font-bold">${jTitle}</h1>
<p class="mt-1 text-zinc-600">${jDesc}</p>
<p class="mt-2 text-xs text-zinc-500">halcyontype.example · 3 items</p>
<p class="mt-1 text-xs text-zinc-500">Petra Voskuijlen, Anders Krull</p></div></section>
<div class="space-y-12">
${jItems
  .map(
    ([t, d, a, content, tags], i) => `<article class="prose prose-zinc max-w-none" id="item-${i}">
<h2 class="!mb-1"><a href="https://halcyontype.example/journal/${i}/">${t}</a></h2>
<div class="not-prose mb-4 flex gap-3 text-sm text-zinc-500"><time dateTime="2026-02-27T09:00:00Z">${d}</time><span>${a}</span></div>
<div class="item-content">${content.join('\n')}</div>
<div class="not-prose mt-4 flex flex-wrap gap-2">${tags.map((g) => `<span class="rounded bg-zinc-100 px-2 py-0.5 text-xs">#${g}</span>`).join('')}</div>
<button class="not-prose mt-3 text-xs text-zinc-500 underline" type="button">Show raw JSON</button>
</article>`,
  )
  .join('\n')}
</div></main>
<footer class="border-t py-6 text-center text-xs text-zinc-500"><ul class="flex justify-center gap-4">${links(jFoot)}</ul>
<p class="mt-2">Feedpane renders feeds in your browser. Nothing you load is stored on our servers.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"url":"https://halcyontype.example/feed.json"}},"page":"/",
"query":{"url":"https://halcyontype.example/feed.json"},"buildId":"q7Lr2xYp0aVb","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
</body></html>`;
const bodyParts = (c: string[]): string[] =>
  c
    .join('\n')
    .split(/<\/?(?:p|li|ul|blockquote|h3)>/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^<\/?(?:h3|ul|blockquote)/.test(s));
const headParts = (c: string[]): string[] => c.filter((s) => s.startsWith('<h3>')).map((s) => s.replace(/<\/?h3>/g, ''));
export const jsonFeedReader: TestPage = {
  name: 'heldout452-nextjs-jsonfeed-reader-blog',
  kind: 'blog',
  html: jHtml,
  title: jTitle,
  headings: jItems.flatMap(([t, , , c]) => [t, ...headParts(c)]),
  body: texts([jDesc, ...jItems.flatMap(([, , , c]) => bodyParts(c).filter((s) => !headParts(c).includes(s)))]),
  bylines: [...jItems.flatMap(([, d, a]) => [d, a]), 'Petra Voskuijlen, Anders Krull'],
  furniture: [
    'Feedpane',
    ...jNav,
    'Load',
    'Valid JSON Feed 1.1',
    'halcyontype.example · 3 items',
    ...jItems.flatMap(([, , , , g]) => g.map((x) => `#${x}`)),
    'Show raw JSON',
    ...jFoot,
    'Feedpane renders feeds in your browser. Nothing you load is stored on our servers.',
  ],
};
