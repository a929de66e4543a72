import { ps, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file f: a coffee trade-news article on a Next.js (App Router, Tailwind) site with the React flight payload
 * scripts, breadcrumb, share bar, an in-article newsletter box, "More from Retail" and a cookie consent bar.
 */
const nTitle = 'Harbourside roaster turns former customs house into a tea and coffee room';
const nDek = 'Tidewater Coffee will roast, brew and serve tea under one roof from June, after a two-year restoration.';
const nP1 = [
  j(
    'Tidewater Coffee, the Kestle Bay roaster founded in 2017, will open a 60-seat coffee and tea room in the town\u2019s former',
    'customs house in June, the company said on Monday. The Grade II listed building on the harbour has stood empty since 2011.',
  ),
  j(
    'The ground floor will hold the bar and a glass-walled roastery with a 15 kg drum roaster, while the first floor, once the',
    'collector\u2019s office, will become a tea room with its own menu of single-estate teas and a weekend afternoon-tea service.',
  ),
  j(
    'Co-founder Maren Kettley said the tea room was not an afterthought. \u201cHalf our wholesale customers are asking us for tea',
    'now, and we didn\u2019t want to buy it in and put our name on it,\u201d she said. \u201cWe have spent two years learning, and we are',
    'buying direct from three gardens.\u201d',
  ),
];
const nH1 = 'A slow restoration';
const nP2 = [
  j(
    'The building\u2019s owner, the Kestle Bay Harbour Trust, agreed a 25-year lease with the roaster in 2024 on condition that',
    'it restored the interior. Work included replacing the roof timbers, repairing the original pine floors and uncovering a',
    'painted ceiling in the long room that had been hidden under plasterboard since the 1970s.',
  ),
  j(
    'The restoration cost about \u00a31.2 million, of which \u00a3400,000 came from a heritage grant. Tidewater raised the rest',
    'through a bank loan and a community share offer that drew more than 900 investors, most of them from within ten miles.',
  ),
];
const nBox = ['Get The Daily Grind', 'Industry news for coffee and tea businesses, every weekday morning.', 'Sign up'];
const nH2 = 'Roasting on the harbour';
const nP3 = [
  j(
    'The roastery will be visible from the quay, and the company plans public cuppings on Saturday mornings. Smoke will be treated',
    'with an afterburner, a condition of the planning consent after neighbours raised concerns about smell.',
  ),
  j(
    'Tidewater roasts about 40 tonnes of coffee a year at present from a unit on the Polwin industrial estate, which it will keep',
    'for wholesale. The harbour roaster will supply the caf\u00e9, the tea room and the online shop.',
  ),
  j(
    'The opening adds to a cluster of specialty businesses along the harbour front, where two bakeries and a wine bar have opened',
    'in the last three years. The trust says footfall on the quay rose by a fifth in 2025.',
  ),
];
const nNav = ['News', 'Coffee', 'Tea', 'Retail', 'Equipment', 'Jobs'];
const nCrumbs = ['News', 'Retail'];
const nShare = ['Share', 'Copy link'];
const nMore = [
  ['Three roasters join forces on a shared green-coffee warehouse', 'April 10, 2026'],
  ['Tea rooms report their best Easter in a decade', 'April 8, 2026'],
  ['Why caf\u00e9 chains are cutting their menus', 'April 2, 2026'],
];
const nFoot = ['About us', 'Advertise', 'Contact', 'Privacy', 'Terms'];
const a = (t: string, href: string, cls = 'hover:underline'): string => `<a class="${cls}" href="${href}">${t}</a>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_8b2f1a __variable_3c9d7e"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/a6f3e21c9b4d8e70.css"
data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-4f8e1b2a3c5d6e7f.js"/>
<script src="/_next/static/chunks/fd9d1056-2b8c0e1f3a4d5b6c.js" async=""></script>
<script src="/_next/static/chunks/main-app-9e8d7c6b5a4f3e2d.js" async=""></script>
<title>${nTitle} | The Daily Grind</title><meta name="description" content="${nDek}"/><link rel="canonical"
href="https://dailygrind.news/news/retail/tidewater-customs-house"/>
<meta property="og:title" content="${nTitle}"/><meta property="og:type" content="article"/><meta property="article:published_time"
content="2026-04-14T07:00:00.000Z"/>
<meta name="twitter:card" content="summary_large_image"/><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"${nTitle}",
"datePublished":"2026-04-14T07:00:00.000Z","author":[{"@type":"Person","name":"Callum Ashby"}]}</script>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>
<body class="font-sans antialiased text-neutral-900 bg-white"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
<div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/95 backdrop-blur"><div class="mx-auto flex h-16
max-w-6xl items-center
 justify-between px-4"><a class="font-serif text-2xl font-bold tracking-tight" href="/">The Daily Grind</a><nav class="hidden gap-6 text-sm font-medium
md:flex">
${nNav.map((t) => a(t, `/${t.toLowerCase()}`)).join('')}</nav><div class="flex items-center gap-3"><button type="button" aria-label="Search"
class="rounded-full p-2
 hover:bg-neutral-100"><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor"></svg></button>
<a class="rounded-full bg-neutral-900 px-4 py-2 text-sm text-white" href="/subscribe">Subscribe</a></div></div></header>
<main id="main" class="flex-1"><article class="mx-auto max-w-3xl px-4 py-10"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-neutral-500"><ol
class="flex gap-2">
<li>${a(nCrumbs[0] ?? '', '/news')}</li><li aria-hidden="true">/</li><li>${a(nCrumbs[1] ?? '', '/news/retail')}</li></ol></nav>
<h1 class="font-serif text-4xl font-bold leading-tight md:text-5xl">${nTitle}</h1><p class="mt-4 text-xl leading-relaxed text-neutral-600">${nDek}</p>
<div class="mt-6 flex items-center gap-3 border-y border-neutral-200 py-4 text-sm"><img alt="" loading="lazy" width="40" height="40" decoding="async"
class="rounded-full"
 src="/_next/image?url=%2Fauthors%2Fcallum.jpg&amp;w=96&amp;q=75"/><div><p class="font-medium">By <!-- -->${a('Callum Ashby', '/authors/callum-ashby')}</p>
<p class="text-neutral-500"><time dateTime="2026-04-14T07:00:00.000Z">April 14, 2026</time> <!-- -->\u00b7<!-- --> 4 min read</p></div>
<div class="ml-auto flex gap-2" role="group" aria-label="Share"><button class="rounded border px-3 py-1">${nShare[0]}</button>
<button class="rounded border px-3 py-1">${nShare[1]}</button></div></div>
<figure class="my-8"><img alt="The former customs house on the harbour at Kestle Bay" loading="lazy" width="1200" height="800" decoding="async" class="w-full
rounded"
 src="/_next/image?url=%2Fimages%2Fcustoms-house.jpg&amp;w=1920&amp;q=75"/><figcaption class="mt-2 text-sm text-neutral-500">The customs house will open in
June.
 Photo: Tidewater Coffee</figcaption></figure>
<div class="prose prose-lg prose-neutral max-w-none">${ps(nP1)}<h2>${nH1}</h2>${ps(nP2)}
<aside class="not-prose my-8 rounded-lg border border-amber-200 bg-amber-50 p-6"><p class="font-serif text-lg font-semibold">${nBox[0]}</p>
<p class="mt-1 text-sm text-neutral-700">${nBox[1]}</p><form class="mt-4 flex gap-2"><label for="nl-email" class="sr-only">Email address</label><input
id="nl-email"
 type="email" placeholder="you@company.com" class="flex-1 rounded border px-3 py-2"/><button type="submit" class="rounded bg-amber-700 px-4 py-2
text-white">${nBox[2]}</button>
</form></aside>
<h2>${nH2}</h2>${ps(nP3)}</div>
<div class="mt-10 flex flex-wrap gap-2
text-sm">${['Roasters', 'Tea', 'Openings'].map((t) => a(t, `/tags/${t.toLowerCase()}`, 'rounded-full bg-neutral-100 px-3 py-1')).join('')}</div>
</article>
<section class="border-t border-neutral-200 bg-neutral-50"><div class="mx-auto max-w-6xl px-4 py-10"><h2 class="font-serif text-2xl font-bold">More from
Retail</h2>
<ul class="mt-6 grid gap-6 md:grid-cols-3">
${nMore
  .map(
    ([t, d]) => `<li><a class="group block" href="/news/retail/x"><h3 class="font-semibold group-hover:underline">${t}</h3><p class="mt-1 text-sm
text-neutral-500">${d}</p></a></li>`,
  )
  .join('\n')}
</ul></div></section></main>
<footer class="border-t border-neutral-200"><div class="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-neutral-500 md:flex-row
md:justify-between">
<p>\u00a9 2026 The Daily Grind Media Ltd.</p><nav class="flex
gap-4">${nFoot.map((t) => a(t, `/${t.toLowerCase().replace(/ /g, '-')}`)).join('')}</nav></div></footer></div>
<div role="dialog" aria-live="polite" aria-label="Cookie consent" class="fixed inset-x-0 bottom-0 z-50 border-t bg-white p-4 shadow-lg"><div class="mx-auto
flex
 max-w-4xl items-center gap-4 text-sm"><p>We use cookies to measure readership and keep you signed in.</p><button class="rounded bg-neutral-900 px-3 py-1
text-white">Accept all</button>
<button class="rounded border px-3 py-1">Only necessary</button></div></div>
<script src="/_next/static/chunks/webpack-4f8e1b2a3c5d6e7f.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/a6f3e21c9b4d8e70.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"6:[\\"$\\",\\"p\\",null,{\\"children\\":\\"${nDek}\\"}]\\n"])</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout527-nextjs-trade-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([nDek, ...nP1, ...nP2, ...nP3]),
  bylines: ['By Callum Ashby', 'April 14, 2026 \u00b7 4 min read', ...nMore.map((m) => m[1] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Daily Grind', ...nNav, 'Subscribe', ...nCrumbs, ...nShare, 'The customs house will open in June. Photo: Tidewater Coffee', ...nBox,
    'Roasters', 'Tea', 'Openings', 'More from Retail', ...nMore.map((m) => m[0] ?? ''), '\u00a9 2026 The Daily Grind Media Ltd.', ...nFoot,
    'We use cookies to measure readership and keep you signed in.', 'Accept all', 'Only necessary',
  ],
};

export const HELDOUT527_F: readonly TestPage[] = [tidy(nextjs)];
