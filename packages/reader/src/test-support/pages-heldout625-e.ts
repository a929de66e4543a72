import { ps, type TestPage } from './page-kit.js';
import { at, j, settle } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file e: a mushroom farm's news story on a Next.js (App Router, Tailwind) site with share buttons, related cards
 * and a newsletter box.
 */
const nTitle = 'Thornfield Fungi opens second grow room and doubles supply to Saturday markets';
const nDek = 'The family farm near Lydbury will produce around 400 kg of oyster, lion’s mane and chestnut mushrooms a week from June.';
const nBody = [
  j(
    'Thornfield Fungi, the mushroom farm run by siblings Orla and Dev Marchetti in a converted dairy outside Lydbury, has opened a',
    'second climate-controlled grow room, doubling its weekly harvest and allowing it to supply four more farmers’ markets across',
    'the county from next month.',
  ),
  j(
    'The new room, built inside the farm’s old hay barn, holds 1,200 substrate blocks on steel racking and is heated with a biomass',
    'boiler that burns the farm’s own spent blocks once they have finished fruiting. Work began in October and cost £86,000, of which',
    '£30,000 came from a rural business grant.',
  ),
  j(
    '“We were turning customers away every single week,” said Orla Marchetti. “Restaurants wanted more lion’s mane than we could',
    'grow, and the markets would sell out by ten o’clock. The second room means we can say yes.”',
  ),
  'From dairy to mushrooms',
  j(
    'The Marchettis’ parents sold the dairy herd in 2019. Dev, who had trained as a lab technician, began growing oyster mushrooms',
    'in the old milking parlour as an experiment during the following winter. By 2022 the farm was selling to six restaurants and',
    'two greengrocers, and it now employs five people part-time.',
  ),
  j(
    'All of the farm’s substrate is made on site from hardwood sawdust supplied by a sawmill nine miles away, mixed with wheat bran',
    'from a local mill. Spent blocks that are not burned go to neighbouring farms as a soil improver.',
  ),
  'What changes for shoppers',
  j(
    'From 6 June, Thornfield stalls will appear at the Bishop’s Castle, Clunbury and Church Stretton markets as well as at',
    'Lydbury on Saturdays. The farm also plans to start a weekly box scheme in the autumn, with collection points in three villages.',
  ),
  j(
    'Prices will not change, Dev Marchetti said, although chestnut mushrooms, which take longer to grow, will still be limited to',
    'two punnets a customer for now.',
  ),
];
const nHeads = [3, 6];
const nNav = ['Our mushrooms', 'Markets', 'Restaurants', 'Farm news', 'Visit'];
const nRel = ['Why our lion’s mane is grown on oak', 'Farm open day raises £2,400 for the village hall', 'Meet our new grower, Lina'];
const nFoot = ['Contact', 'Wholesale', 'Privacy', 'Cookies'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font"
crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/8d4c0f6e1c0a9b4e.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5f1b3b8d7c1c2c71.js"/>
<script src="/_next/static/chunks/fd9d1056-2a3b4c5d6e7f8091.js" async=""></script><script src="/_next/static/chunks/main-app-0e1f2a3b4c5d6e7f.js"
async=""></script>
<title>${nTitle} | Thornfield Fungi</title><meta name="description" content="${nDek}"/><link rel="canonical"
href="https://thornfieldfungi.co.uk/news/second-grow-room"/>
<meta property="og:title" content="${nTitle}"/><meta property="og:type" content="article"/><meta property="article:published_time"
content="2026-05-14T08:00:00.000Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-05-14T08:00:00.000Z",
"author":{"@type":"Person","name":"Kit Ambrose"}}</script></head>
<body class="bg-stone-50 text-stone-900 antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white/90 backdrop-blur"><div class="mx-auto flex max-w-6xl items-center justify-between px-4
py-3">
<a class="flex items-center gap-2 font-semibold" href="/"><img alt="Thornfield Fungi" loading="lazy" width="36" height="36" decoding="async" data-nimg="1"
src="/_next/image?url=%2Flogo.png&amp;w=96&amp;q=75"/><span>Thornfield Fungi</span></a><nav aria-label="Main" class="hidden gap-6 text-sm md:flex">
${nNav.map((t) => `<a class="hover:text-emerald-700" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav>
<a class="rounded-full bg-emerald-700 px-4 py-2 text-sm text-white" href="/shop">Order online</a></div></header>
<main id="main" class="mx-auto max-w-3xl px-4 py-10"><nav aria-label="Breadcrumb"
class="mb-4 text-xs text-stone-500"><ol class="flex gap-1"><li><a href="/">Home</a></li>
<li>/</li><li><a href="/farm-news">Farm news</a></li></ol></nav><article><header class="mb-6"><p class="text-xs font-semibold uppercase tracking-wide
text-emerald-700">Farm news</p>
<h1 class="mt-2 font-serif text-4xl leading-tight">${nTitle}</h1><p class="mt-3 text-lg text-stone-600">${nDek}</p>
<div class="mt-4 flex items-center gap-3 text-sm text-stone-500"><span>By Kit Ambrose</span><span aria-hidden="true">·</span><time dateTime="2026-05-14">14
May 2026</time></div>
</header><figure class="my-8"><img alt="Racks of oyster mushroom blocks in the new grow room" loading="lazy" width="1600" height="900" decoding="async"
data-nimg="1"
class="rounded-lg" style="color:transparent" src="/_next/image?url=%2Fnews%2Fgrow-room.jpg&amp;w=1920&amp;q=75"/>
<figcaption class="mt-2 text-sm text-stone-500">The new grow room in the old hay barn. Photo: Thornfield Fungi</figcaption></figure>
<div class="prose prose-stone max-w-none">${ps(nBody.slice(0, 2))}<blockquote><p>${at(nBody, 2)}</p></blockquote>
<h2>${at(nBody, 3)}</h2>${ps(nBody.slice(4, 6))}<h2>${at(nBody, 6)}</h2>${ps(nBody.slice(7))}</div>
<div class="mt-10 flex items-center gap-3 border-t border-stone-200 pt-6 text-sm"><span class="font-medium">Share</span><button type="button"
class="rounded border px-3 py-1">Copy link</button><a class="rounded border px-3 py-1" href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
<a class="rounded border px-3 py-1" href="mailto:?subject=Thornfield">Email</a></div></article>
<section aria-labelledby="more" class="mt-12"><h2 id="more" class="mb-4 font-serif text-2xl">More from the farm</h2><ul class="grid gap-4 sm:grid-cols-3">
${nRel
  .map(
    (t) => `<li><a class="block rounded-lg border bg-white p-4 hover:shadow"
href="/news/${t.length}"><p class="font-medium">${t}</p></a></li>`,
  )
  .join('')}</ul></section>
<section class="mt-12 rounded-xl bg-emerald-50 p-6"><h2 class="font-serif text-xl">The Thornfield letter</h2><p class="mt-1 text-sm">What’s growing, where
we’ll be,
and the odd recipe. Once a month.</p><form class="mt-4 flex gap-2"><label for="email" class="sr-only">Email address</label><input id="email" type="email"
placeholder="you@example.com"
class="flex-1 rounded border px-3 py-2"/><button class="rounded bg-emerald-700 px-4 py-2 text-white">Sign up</button></form></section></main>
<footer class="border-t border-stone-200 py-8 text-sm text-stone-500"><div class="mx-auto flex max-w-6xl justify-between px-4"><p>© 2026 Thornfield Fungi Ltd,
Lydbury</p>
<ul class="flex gap-4">${nFoot.map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul></div></footer>
<script src="/_next/static/chunks/webpack-5f1b3b8d7c1c2c71.js"
async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/media/a34f9d1faa5f3315-s.p.woff2\\",\\"font\\",
{\\"crossOrigin\\":\\"\\",\\"type\\":\\"font/woff2\\"}]\\n"])</script>
<script>self.__next_f.push([1,"4:[\\"$\\",\\"article\\",null,
{\\"children\\":[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Thornfield Fungi opens second grow room\\"}]}]\\n"])</script>
</body></html>`;
const nextjs: TestPage = settle({
  name: 'heldout625-nextjs-farm-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads.map((i) => at(nBody, i)),
  body: [nDek, ...nBody.filter((_, i) => !nHeads.includes(i))],
  bylines: ['By Kit Ambrose', '14 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Thornfield Fungi', ...nNav, 'Order online', 'Home', 'Farm news', 'The new grow room in the old hay barn. Photo: Thornfield Fungi',
    'Share', 'Copy link', 'Facebook', 'Email', 'More from the farm', ...nRel, 'The Thornfield letter',
    'What’s growing, where we’ll be, and the odd recipe. Once a month.',
    'Email address', 'Sign up', '© 2026 Thornfield Fungi Ltd, Lydbury', ...nFoot,
  ],
});

export const HELDOUT625_E: readonly TestPage[] = [nextjs];
