import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file b: a radio control magazine's kit review on a Next.js site (kicker, dek, spec box, pros and cons, a
 * score, an ad slot, related stories and a newsletter box), and a 1/35 plastic kit review on a Hugo blog with the PaperMod theme.
 */
const nTitle = 'Tarnhill Ridgeback 1/10 crawler kit review: a slow build that pays off on the rocks';
const nDek = 'The Ridgeback asks for a long weekend at the bench and rewards it with one of the most capable chassis we have driven this year.';
const nBody = [
  j(
    'Tarnhill has spent the last three years selling ready-to-run trail trucks to people who mostly wanted to get out of the house.',
    'The Ridgeback is its first proper kit, and it is aimed squarely at the crawler crowd who would rather choose their own motor, servo',
    'and electronics than live with whatever came in the box.',
  ),
  'In the box',
  j(
    'You get a steel ladder frame, portal axles with brass knuckles, a two-speed transmission, aluminium links and a clear polycarbonate',
    'body that you will need to cut and paint yourself. The manual runs to 64 pages of exploded drawings with a bag number on every step,',
    'and the hardware is packed by step rather than by type, which makes a real difference at eleven at night.',
  ),
  'The build',
  j(
    'Our build took just under eleven hours, including the body. The axles are the most involved part: each portal box has four gears and',
    'the manual is right to insist that you shim them until they turn without any tight spots. Skip the shims and you will hear about it',
    'on the first climb.',
  ),
  j(
    'The only real complaint is the shock oil. The kit ships with a single bottle of 30 wt, which is fine for the trail but a little soft',
    'for competition. We rebuilt ours with 45 wt after the first outing and the truck stopped rocking on off-camber climbs.',
  ),
  'On the rocks',
  j(
    'With a 35-turn brushed motor, a 25 kg servo and a 3S pack, the Ridgeback walked up everything in our usual quarry test line,',
    'including the wet slab that has beaten every truck we have brought this year. The low centre of gravity is the headline: the',
    'battery tray sits between the frame rails, and the portal axles give a generous 84 mm of clearance under the diffs.',
  ),
  j(
    'The two-speed box is a genuine help on longer trail runs. Low range is properly slow, and the shift servo clicks over cleanly even',
    'under load. It does add weight up front, so expect to move the battery back a notch if you run a heavy body.',
  ),
  'Verdict',
  j(
    'The Ridgeback is not a quick build and not a cheap one once you add electronics. But it is a carefully thought-out kit that teaches',
    'you how your truck works, and it crawls better than trucks at twice the price.',
  ),
  'Pros',
  'Excellent manual with hardware bagged by step',
  'Very low centre of gravity and high clearance',
  'Two-speed transmission included',
  'Cons',
  'Shock oil too soft for competition',
  'Clear body needs cutting and painting',
  'Score: 8.5/10',
];
const nHeads = [1, 3, 6, 9, 11, 15];
const nSpecs = ['Scale', '1/10', 'Wheelbase', '313 mm', 'Weight (as built)', '2.9 kg', 'Price', '£389 (kit, no electronics)'];
const nNav = ['News', 'Reviews', 'How-to', 'Racing', 'Crawlers', 'Aircraft', 'Boats', 'Shop'];
const nRel = ['Five budget servos tested for trail trucks', 'How to shim a portal axle properly', 'Quarry Crawl 2027: results and photos from round two'];
const nFoot = ['About us', 'Advertise', 'Contact', 'Privacy policy', 'Cookie settings', 'Terms of use'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | RC Trailhead</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/5d1f0a2b3c.css" as="style"><link rel="stylesheet" href="/_next/static/css/5d1f0a2b3c.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${nTitle}","author":{"@type":"Person","name":"Dana Whitcombe"},
"reviewRating":{"@type":"Rating","ratingValue":"8.5","bestRating":"10"},"itemReviewed":{"@type":"Product","name":"Tarnhill Ridgeback"}}</script>
<script src="/_next/static/chunks/webpack-9c1e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-77ab.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<div class="bg-amber-400 text-center text-sm py-1">Quarry Crawl 2027 entries are open. <a href="/events/quarry-crawl" class="underline">Enter now</a></div>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a href="/" class="font-black text-2xl tracking-tight" aria-label="RC Trailhead home">RC Trailhead</a><nav aria-label="Main" class="hidden md:block">
<ul class="flex gap-6 text-sm font-semibold uppercase">${links(nNav)}</ul></nav><div class="flex items-center gap-3"><button type="button"
aria-label="Search" class="p-2"><svg class="h-5 w-5" aria-hidden="true"></svg></button><a href="/subscribe" class="rounded bg-black px-3 py-1.5
text-white">Subscribe</a></div></div></header>
<main id="main" class="mx-auto max-w-7xl px-4"><div class="grid grid-cols-12 gap-8"><article class="col-span-12 lg:col-span-8">
<header class="mb-6 mt-8"><a href="/reviews" class="text-xs font-bold uppercase tracking-widest text-amber-600">Kit review</a>
<h1 class="mt-2 text-4xl font-extrabold leading-tight">${nTitle}</h1><p class="mt-3 text-xl text-gray-600">${nDek}</p>
<div class="mt-4 flex items-center gap-3 text-sm text-gray-500"><img alt="" src="/_next/image?url=%2Fauthors%2Fdana.jpg&amp;w=64&amp;q=75" width="32"
height="32" class="rounded-full"><span>By <a href="/authors/dana-whitcombe" class="font-semibold text-gray-900">Dana Whitcombe</a></span><span
aria-hidden="true">·</span><time dateTime="2027-04-02T09:00:00.000Z">April 2, 2027</time><span aria-hidden="true">·</span><span>7 min read</span></div>
</header><figure class="mb-6"><img alt="The Ridgeback on a granite slab" src="/_next/image?url=%2Freviews%2Fridgeback-hero.jpg&amp;w=1200&amp;q=75"
width="1200" height="675" decoding="async" loading="eager"><figcaption class="mt-2 text-xs text-gray-500">Our test truck with the optional
scale roof rack. Photo: Jonah Pryce</figcaption></figure>
<div class="prose prose-lg max-w-none">
${ps([at(nBody, 0)])}
<aside class="not-prose my-6 rounded border bg-gray-50 p-4"><h2 class="text-sm font-bold uppercase">Specifications</h2><dl class="grid grid-cols-2 gap-1
text-sm">${[0, 2, 4, 6].map((i) => `<dt class="font-semibold">${at(nSpecs, i)}</dt><dd>${at(nSpecs, i + 1)}</dd>`).join('')}</dl></aside>
<h2>${at(nBody, 1)}</h2>${ps([at(nBody, 2)])}
<h2>${at(nBody, 3)}</h2>${ps(nBody.slice(4, 6))}
<div class="not-prose my-8 flex min-h-[250px] items-center justify-center bg-gray-100" data-ad-slot="mid-article"><span class="text-xs uppercase
text-gray-400">Advertisement</span></div>
<h2>${at(nBody, 6)}</h2>${ps(nBody.slice(7, 9))}
<h2>${at(nBody, 9)}</h2>${ps([at(nBody, 10)])}
<div class="not-prose grid grid-cols-2 gap-4"><div><h3 class="font-bold text-green-700">${at(nBody, 11)}</h3><ul>${lis(nBody.slice(12, 15))}</ul></div>
<div><h3 class="font-bold text-red-700">${at(nBody, 15)}</h3><ul>${lis(nBody.slice(16, 18))}</ul></div></div>
<p class="not-prose mt-4 text-2xl font-black">${at(nBody, 18)}</p></div>
<div class="mt-8 flex gap-2 border-t pt-4 text-sm"><span class="font-semibold">Share</span><a href="https://www.facebook.com/sharer/sharer.php?u=x"
aria-label="Share on Facebook"><svg aria-hidden="true"></svg></a><a href="https://twitter.com/intent/tweet?url=x" aria-label="Share on X"><svg
aria-hidden="true"></svg></a><button type="button">Copy link</button></div>
<div class="mt-4 flex flex-wrap gap-2">${['Crawlers', 'Kits', 'Tarnhill']
  .map(
    (t) => `<a href="/tag/${t.toLowerCase()}" class="rounded-full border
px-3 py-1 text-xs">${t}</a>`,
  )
  .join('')}</div></article>
<aside class="col-span-12 lg:col-span-4"><section class="mt-8 rounded bg-black p-6 text-white"><h2 class="text-lg font-bold">The Trailhead Weekly</h2>
<p class="mt-2 text-sm">Reviews, race results and build tips every Friday. No spam.</p><form class="mt-4"><label for="nl-email" class="sr-only">Email
address</label><input id="nl-email" type="email" placeholder="you@example.com"><button type="submit">Sign up</button></form></section>
<section class="mt-8"><h2 class="text-lg font-bold">Related reviews</h2><ul class="mt-3 space-y-3">${links(nRel)}</ul></section></aside></div></main>
<footer class="mt-16 bg-gray-900 py-10 text-gray-400"><div class="mx-auto max-w-7xl px-4"><ul class="flex flex-wrap gap-4 text-sm">${links(nFoot)}</ul>
<p class="mt-6 text-xs">© 2027 Trailhead Media Ltd. All rights reserved.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"tarnhill-ridgeback-review","category":"reviews"}},
"page":"/reviews/[slug]","query":{"slug":"tarnhill-ridgeback-review"},"buildId":"b9Xq2","isFallback":false,"gssp":true}</script></body></html>`;
const nextjs: TestPage = page({
  name: 'heldout456-nextjs-crawler-review',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['Specifications', ...nHeads.map((i) => at(nBody, i))],
  body: texts([nDek, at(nBody, 0), ...nSpecs, ...nBody.slice(1).filter((_, i) => !nHeads.includes(i + 1))]),
  bylines: ['By Dana Whitcombe', 'April 2, 2027', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Quarry Crawl 2027 entries are open. Enter now', 'RC Trailhead', ...nNav, 'Subscribe', 'Kit review',
    'Our test truck with the optional scale roof rack. Photo: Jonah Pryce', 'Advertisement', 'Share', 'Copy link', 'Crawlers',
    'Kits', 'Tarnhill', 'The Trailhead Weekly', 'Reviews, race results and build tips every Friday. No spam.', 'Sign up', 'Related reviews',
    ...nRel, ...nFoot, '© 2027 Trailhead Media Ltd. All rights reserved.',
  ],
});

const hTitle = 'Review: Holloway Models 1/35 Universal Carrier Mk II';
const hDesc = 'A small kit with a lot of parts. Good fit, a fiddly suspension and the best track links I have seen in this scale.';
const hBody = [
  j(
    "Holloway is a new name in 1/35 armour, and the Universal Carrier is its second release after last year's scout car. I bought mine",
    'at full price from a local shop, so this is an honest review of a kit I paid for.',
  ),
  'Sprues and parts',
  j(
    'The box holds six grey sprues, a small clear sprue, a fret of etched brass and a bag of individual track links on their own small',
    'runners. Moulding is crisp with no flash on my sample, and the ejector pin marks are almost all on faces that will be hidden.',
  ),
  'Parts count by sprue:',
];
const hRows = [
  ['A', 'Hull and floor', '48'],
  ['B', 'Suspension and wheels', '64'],
  ['C', 'Interior and stowage', '71'],
  ['D', 'Tracks', '134'],
  ['PE', 'Etched brass', '22'],
];
const hBody2 = [
  'Assembly',
  j(
    'The hull goes together without filler, which is more than I can say for some older carriers on my shelf. The suspension is the one',
    'place to slow down: each bogie has nine parts and the springs only line up if you build all three on a flat tile and let them set',
    'before they go on the hull.',
  ),
  j(
    'The tracks are the highlight. Each link clicks onto the next and stays moveable without glue, so you can run the whole length round',
    'the wheels and then fix it with a touch of thin cement once the sag looks right.',
  ),
  'Verdict',
  j(
    'Recommended, with the caveat that this is not a weekend build. Allow twenty hours, more if you open up the engine cover. I will be',
    'first in the queue for the Holloway Loyd carrier that was shown at the spring show.',
  ),
];
const hToc = ['Sprues and parts', 'Assembly', 'Verdict'];
const hNav = ['Posts', 'Reviews', 'Archive', 'Tags', 'About'];
const hId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const hHead = (t: string): string => `<h2 id="${hId(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hId(t)}">#</a></h2>`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow"><title>${hTitle} | Sprue Cutter</title>
<meta name="keywords" content="armour, 1/35, reviews"><meta name="description" content="${hDesc}"><meta name="author" content="Tomasz Rell">
<link rel="canonical" href="https://spruecutter.net/posts/holloway-carrier-review/"><link crossorigin="anonymous"
href="/assets/css/stylesheet.f49d66caae9ea0fd43f21f29e71a8d3e284517ed770f2aa86fa012953ad3c9ef.css" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.124.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-02-20T00:00:00+00:00",
"author":[{"@type":"Person","name":"Tomasz Rell"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Sprue Cutter (Alt + H)">Sprue Cutter</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">${hNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a
href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-02-20 00:00:00 +0000 UTC'>February 20, 2027</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Tomasz Rell</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hToc.map((t) => `<li><a href="#${hId(t)}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<figure class="entry-cover"><img loading="eager" src="https://spruecutter.net/posts/holloway-carrier-review/cover.jpg" alt="The built carrier">
<p>The finished carrier, painted in SCC 2 brown.</p></figure>
<div class="post-content">${ps([at(hBody, 0)])}
${hHead(at(hBody, 1))}
${ps([at(hBody, 2), at(hBody, 3)])}
<table><thead><tr><th>Sprue</th><th>Contents</th><th style="text-align:right">Parts</th></tr></thead><tbody>
${hRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td style="text-align:right">${r[2]}</td></tr>`).join('\n')}</tbody></table>
${hHead(at(hBody2, 0))}
${ps(hBody2.slice(1, 3))}
${hHead(at(hBody2, 3))}
${ps([at(hBody2, 4)])}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/armour/">Armour</a></li><li><a href="/tags/1/35/">1/35</a></li>
<li><a href="/tags/holloway/">Holloway</a></li></ul><nav class="paginav"><a class="prev" href="/posts/weathering-tracks/"><span class="title">« Prev</span>
<br><span>Rust without the fuss: weathering tracks with pigments</span></a><a class="next" href="/posts/scout-car-build/"><span class="title">Next »</span>
<br><span>Holloway scout car, part two: paint</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Review"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a>
</li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://spruecutter.net/">Sprue Cutter</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position")}</script></body></html>`;
const hugo: TestPage = page({
  name: 'heldout456-hugo-carrier-review',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hToc,
  body: texts([hDesc, at(hBody, 0), at(hBody, 2), at(hBody, 3), ...hRows.map((r) => r.join(' ')), ...hBody2.filter((_, i) => i !== 0 && i !== 3)]),
  bylines: ['February 20, 2027 · 5 min · Tomasz Rell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sprue Cutter', ...hNav, 'Home', 'Table of Contents', 'The finished carrier, painted in SCC 2 brown.', 'Armour', '1/35', 'Holloway', '« Prev',
    'Rust without the fuss: weathering tracks with pigments', 'Next »', 'Holloway scout car, part two: paint', '© 2027 Sprue Cutter',
    'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT456_B: readonly TestPage[] = [nextjs, hugo];
