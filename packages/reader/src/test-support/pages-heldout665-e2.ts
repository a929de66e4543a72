import { links, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout665-kit.js';

/**
 * Held-out batch 665, file e2: a paint maker's press release on Next.js (pages router, Tailwind, __NEXT_DATA__ holding the
 * article, share row and sample CTA).
 */
const nTitle = 'Marlowe Paints names Quarry Rose its Colour of the Year for 2028';
const nDek = 'A chalky pink with a brown undertone, chosen after a year of tracking what customers mixed, sampled and sent back.';
const nBody = [
  j(
    "Marlowe Paints has chosen Quarry Rose, a soft pink taken from the sandstone of the company's home valley, as its Colour of",
    "the Year for 2028. The shade will be available in all of the brand's finishes from 1 September.",
  ),
  j(
    'The colour team studied eighteen months of sample-pot orders and found that warm pinks with a grey or brown cast had',
    'grown faster than any other family, overtaking sage greens in the spring of 2027. Quarry Rose was the most requested',
    "custom mix in the brand's three flagship shops.",
  ),
  j(
    '"People want rooms that feel calm but not cold," said Ines Varga, head of colour at Marlowe Paints. "Quarry Rose has',
    'enough warmth to lift a dark hallway and enough grey to sit quietly in a bedroom. It also flatters skin, which is why',
    'we keep seeing it in bathrooms."',
  ),
  j(
    'Three companion shades have been released alongside it: Slate Shelf, a deep blue-grey for woodwork; Oat Straw, a pale neutral',
    'for ceilings; and Ember Clay, a darker accent.',
  ),
  'About Marlowe Paints',
  j(
    'Marlowe Paints was founded in 1984 in the Harle valley and makes water-based paints in small batches at its own mill.',
    'Its colours are sold through its own shops and more than 400 independent stockists.',
  ),
];
const nAbout = 4;
const nNav = ['Colours', 'Paint', 'Inspiration', 'Find a stockist', 'Press'];
const nFoot = ['Help centre', 'Delivery', 'Sustainability', 'Press', 'Careers', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { article: { title: nTitle, standfirst: nDek, body: nBody.join('\n\n'), published: '2027-09-01' } } },
  page: '/press/[slug]',
  query: { slug: 'colour-of-the-year-2028' },
  buildId: 'x8Kq2mP4rT',
  isFallback: false,
  gsp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Marlowe Paints Press</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.marlowepaints.com/press/colour-of-the-year-2028"/>
<meta property="og:title" content="${nTitle}"/><meta property="og:image" content="https://images.ctfassets.net/m4rl0w3/quarry-rose-hero.jpg"/>
<meta name="next-head-count" content="8"/>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/>
<link rel="preload" href="/_next/static/css/7b4e1a9c2d3f5e60.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7b4e1a9c2d3f5e60.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2027-09-01","publisher":{"@type":"Organization","name":"Marlowe Paints"}}</script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-b78bc773b89d3272.js" defer="">
</script>
<script src="/_next/static/chunks/pages/press/%5Bslug%5D-3e2f1a0b9c8d7e6f.js" defer=""></script></head>
<body><div id="__next"><div class="__className_4f8a2c flex min-h-screen flex-col">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-4">Skip to content</a>
<div class="bg-stone-900 py-2 text-center text-xs tracking-wide text-stone-100"><p>Free delivery on tester pots, every day</p></div>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 lg:px-8">
<a class="font-serif text-2xl tracking-tight" href="/">Marlowe</a><nav aria-label="Main" class="hidden gap-8 text-sm lg:flex">
${nNav.map((t) => `<a class="hover:underline underline-offset-4" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav>
<div class="flex items-center gap-4"><button type="button" aria-label="Search" class="p-2"><svg aria-hidden="true" class="h-5 w-5" viewBox="0 0 24 24"></svg>
</button>
<a class="relative p-2" href="/basket"><span class="sr-only">Basket</span><svg aria-hidden="true" class="h-5 w-5" viewBox="0 0 24 24"></svg></a></div></div>
</header>
<main id="main" class="flex-1"><article class="mx-auto max-w-3xl px-4 py-12 lg:py-20">
<nav aria-label="Breadcrumb" class="mb-6 text-xs uppercase tracking-widest text-stone-500">
<ol class="flex gap-2"><li><a href="/press">Press</a></li><li aria-hidden="true">/</li><li><a href="/press?type=release">Press releases</a></li></ol></nav>
<p class="text-sm font-medium uppercase tracking-widest text-rose-800">Press release</p>
<h1 class="mt-3 font-serif text-4xl leading-tight md:text-5xl">${nTitle}</h1>
<p class="mt-6 text-lg text-stone-600">${nDek}</p><div class="mt-6 flex items-center gap-3 text-sm text-stone-500">
<time dateTime="2027-09-01">1 September 2027</time></div>
<figure class="my-10"><img alt="A hallway painted in Quarry Rose" loading="lazy" width="1600" height="1067" decoding="async" data-nimg="1" class="rounded-sm"
srcSet="/_next/image?url=https%3A%2F%2Fimages.ctfassets.net%2Fm4rl0w3%2Fquarry-rose-hero.jpg&amp;w=1920&amp;q=75 1x"
src="/_next/image?url=https%3A%2F%2Fimages.ctfassets.net%2Fm4rl0w3%2Fquarry-rose-hero.jpg&amp;w=3840&amp;q=75"/>
<figcaption class="mt-3 text-xs text-stone-500">Quarry Rose in Estate Emulsion, with Slate Shelf on the skirting. Photograph: Marlowe Paints</figcaption>
</figure>
<div class="prose prose-stone max-w-none">${nBody
  .map((t, i) =>
    i === nAbout
      ? `<h2>${t}</h2>`
      : i === 2
        ? `<blockquote><p>${t}</p>
</blockquote>`
        : `<p>${t}</p>`,
  )
  .join('')}</div>
<aside class="mt-12 border-t border-stone-200 pt-6 text-sm"><h2 class="font-medium">Media enquiries</h2><p>press@marlowepaints.com</p>
<p>Images are available to download from the press library.</p>
<a class="mt-4 inline-block border border-stone-900 px-5 py-2" href="/press/library">Download images</a></aside>
<div class="mt-8 flex gap-3 text-sm"><span>Share</span><a href="https://twitter.com/intent/tweet?url=x" aria-label="Share on X">X</a>
<a href="https://www.linkedin.com/sharing/share-offsite/?url=x">LinkedIn</a>
<button type="button">Copy link</button></div></article>
<section class="bg-rose-50 py-12"><div class="mx-auto max-w-3xl px-4 text-center"><h2 class="font-serif text-2xl">Try Quarry Rose at home</h2>
<p class="mt-2 text-stone-600">Peel-and-stick samples arrive in two working days.</p>
<a class="mt-6 inline-block bg-stone-900 px-6 py-3 text-white" href="/colours/quarry-rose">Order a sample</a></div></section></main>
<footer class="border-t border-stone-200 bg-stone-100"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-12 md:grid-cols-3 lg:px-8">
<ul class="space-y-2 text-sm">${links(nFoot)}</ul>
<p class="text-xs text-stone-500">© 2027 Marlowe Paints Ltd. Registered in England and Wales.</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout665-nextjs-colour-of-year',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, nAbout)],
  body: [nDek, ...nBody.filter((_, i) => i !== nAbout)],
  bylines: ['1 September 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on tester pots, every day', 'Paint', 'Inspiration', 'Find a stockist', 'Press', 'Basket',
    'Press releases', 'Press release', 'Quarry Rose in Estate Emulsion, with Slate Shelf on the skirting. Photograph: Marlowe Paints',
    'Media enquiries', 'press@marlowepaints.com', 'Images are available to download from the press library.', 'Download images', 'Share',
    'X', 'LinkedIn', 'Copy link', 'Try Quarry Rose at home', 'Peel-and-stick samples arrive in two working days.', 'Order a sample',
    ...nFoot.filter((t) => t !== 'Press'), '© 2027 Marlowe Paints Ltd. Registered in England and Wales.',
  ],
};

export const HELDOUT665_E2: readonly TestPage[] = [nextjs];
