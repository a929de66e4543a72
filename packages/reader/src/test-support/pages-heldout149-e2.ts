import { type TestPage, texts } from './page-kit.js';
import {
  nxjAnnounce,
  nxjAuthors,
  nxjCode,
  nxjCookie,
  nxjCopy,
  nxjDek,
  nxjFootCols,
  nxjH1,
  nxjH2,
  nxjH3,
  nxjH4,
  nxjH5,
  nxjHiring,
  nxjList1,
  nxjList2,
  nxjNav,
  nxjNews,
  nxjP1,
  nxjP2,
  nxjP3,
  nxjP4,
  nxjP5,
  nxjP6,
  nxjP7,
  nxjP8,
  nxjRelated,
  nxjShare,
  nxjTitle,
} from './pages-heldout149-e3.js';

/**
 * Held-out batch 149, file e2: a company engineering blog post on a custom Next.js (app router) site styled with Tailwind:
 * the announcement bar, the header with nav, "Sign in" and "Start free trial", the back link and category label, the dek,
 * two author cards with roles, date and reading time, the sticky "On this page" TOC and share buttons, the prose body with a
 * Shiki code block, the hiring call to action, the newsletter form, "More from the blog" cards, the footer columns, the
 * cookie banner, the route announcer and the React Server Components flight data scripts that repeat part of the article.
 */
const hs = [nxjH1, nxjH2, nxjH3, nxjH4, nxjH5];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const P = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('');
const H = (t: string): string =>
  `<h2 id="${slug(t)}" class="group scroll-mt-24"><a href="#${slug(t)}" class="no-underline">${t}</a><span class="sr-only"> (permalink)</span></h2>`;
const shiki = (lines: readonly string[]): string => `<figure data-rehype-pretty-code-figure=""><pre style="background-color:#0d1117;color:#e6edf3"
tabindex="0" data-language="sql" data-theme="github-dark"><code data-language="sql" data-theme="github-dark" style="display:grid">${lines
  .map((l) => `<span data-line=""><span style="color:#E6EDF3">${l}</span></span>`)
  .join(
    '\n',
  )}</code></pre><button type="button" aria-label="Copy code" class="absolute right-2 top-2 rounded-md p-1.5"><svg class="h-4 w-4"></svg></button></figure>`;
const flight = JSON.stringify(
  `6:["$","article",null,{"className":"prose","children":[["$","p",null,{"children":"${nxjP1[0]!.slice(0, 120)}"}],["$","h2",null,{"id":"the-symptom",` +
    `"children":"${nxjH1}"}]]}]\n`,
);
const author = (a: (typeof nxjAuthors)[number]): string => `<li class="flex items-center gap-3"><img alt="${a.name}" loading="lazy" width="40" height="40"
decoding="async" data-nimg="1" class="h-10 w-10 rounded-full" style="color:transparent"
srcSet="/_next/image?url=%2Fauthors%2F${slug(a.name)}.jpg&amp;w=48&amp;q=75 1x"
src="/_next/image?url=%2Fauthors%2F${slug(a.name)}.jpg&amp;w=96&amp;q=75"><div class="text-sm"><p class="font-medium text-slate-900">${a.name}</p>
<p class="text-slate-500">${a.role}</p></div></li>`;
const nxjHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_5cfdac __variable_9a8899"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/_next/static/css/7d1b3a8f2c4e6a10.css" data-precedence="next">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3f0c2b1a9e8d7c6b.js">
<script src="/_next/static/chunks/4bd1b696-1a2b3c4d5e6f7a8b.js" async=""></script>
<script src="/_next/static/chunks/main-app-8c7d6e5f4a3b2c1d.js" async=""></script>
<script src="/_next/static/chunks/app/blog/%5Bslug%5D/page-0f1e2d3c4b5a6978.js" async=""></script>
<title>${nxjTitle} | Tallyhook Blog</title><meta name="description" content="${nxjDek}"><link rel="canonical"
href="https://tallyhook.example/blog/partitioning-invoice-events">
<meta property="og:title" content="${nxjTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2025-03-27T08:00:00.000Z">
<meta property="article:author" content="Ines Carvalho"><meta property="article:author" content="Joel Mbeki"><meta name="twitter:card"
content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${nxjTitle}","datePublished":"2025-03-27T08:00:00.000Z",
"author":[{"@type":"Person","name":"Ines Carvalho"},{"@type":"Person","name":"Joel Mbeki"}],"publisher":{"@type":"Organization","name":"Tallyhook"}}</script>
</head><body class="min-h-screen bg-white font-sans text-slate-900 antialiased"><div hidden=""><!--$--><!--/$--></div>
<div class="bg-emerald-700 px-4 py-2 text-center text-sm text-white"><p>${nxjAnnounce} <a href="/payments" class="font-semibold underline">Learn more<span
aria-hidden="true"> →</span></a></p></div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><nav aria-label="Global" class="mx-auto flex max-w-7xl items-center
justify-between px-6 py-4 lg:px-8"><a href="/" class="-m-1.5 p-1.5"><span class="sr-only">Tallyhook</span><svg class="h-7 w-auto" viewBox="0 0 120
28"></svg></a>
<div class="hidden lg:flex
lg:gap-x-8">${nxjNav.map((t) => `<a class="text-sm font-medium text-slate-700 hover:text-slate-900" href="/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div class="hidden lg:flex lg:items-center lg:gap-x-4"><a href="https://app.tallyhook.example/login" class="text-sm font-medium">Sign in</a>
<a href="https://app.tallyhook.example/signup" class="rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-semibold text-white">Start free trial</a></div>
<button type="button" class="-m-2.5 inline-flex rounded-md p-2.5 lg:hidden"><span class="sr-only">Open main menu</span><svg class="h-6 w-6"></svg></button>
</nav></header>
<main id="main" class="mx-auto max-w-7xl px-6 pb-24 pt-10 lg:px-8"><div class="lg:grid lg:grid-cols-[1fr_16rem] lg:gap-16"><article class="min-w-0">
<header class="mb-10 max-w-3xl"><a href="/blog" class="text-sm font-medium text-slate-500 hover:text-slate-700">← Back to blog</a>
<p class="mt-6 text-sm font-semibold uppercase tracking-wide text-emerald-700">Engineering</p>
<h1 class="mt-2 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">${nxjTitle}</h1>
<p class="mt-4 text-xl leading-8 text-slate-600">${nxjDek}</p>
<div class="mt-8 flex flex-wrap items-center gap-x-8 gap-y-4"><ul class="flex flex-wrap gap-6">${nxjAuthors.map(author).join('')}</ul>
<div class="text-sm text-slate-500"><time dateTime="2025-03-27">March 27, 2025</time><span aria-hidden="true"> · </span><span>9 min
read</span></div></div></header>
<div class="prose prose-slate max-w-3xl prose-headings:scroll-mt-24 prose-a:text-emerald-700">
${P(nxjP1)}${H(nxjH1)}${P(nxjP2)}${H(nxjH2)}${P(nxjP3)}<ul>${nxjList1.map((t) => `<li>${t}</li>`).join('')}</ul>${P(nxjP4)}
${H(nxjH3)}${P(nxjP5)}
${shiki(nxjCode)}
${H(nxjH4)}${P(nxjP6)}<ol>${nxjList2.map((t) => `<li>${t}</li>`).join('')}</ol>${P(nxjP7)}${H(nxjH5)}${P(nxjP8)}
</div>
<aside class="mt-16 max-w-3xl rounded-2xl bg-slate-900 px-8 py-10 text-white"><h2 class="text-2xl font-semibold">${nxjHiring[0]}</h2>
<p class="mt-3 text-slate-300">${nxjHiring[1]}</p><a href="/careers" class="mt-6 inline-block rounded-md bg-white px-4 py-2 text-sm font-semibold
text-slate-900">
${nxjHiring[2]}</a></aside>
<section class="mt-16 max-w-3xl border-t border-slate-200 pt-10"><h2 class="text-lg font-semibold">${nxjNews[0]}</h2><p class="mt-2 text-sm
text-slate-600">${nxjNews[1]}</p>
<form class="mt-4 flex gap-3"><label for="newsletter-email" class="sr-only">${nxjNews[2]}</label><input id="newsletter-email" type="email" name="email"
required="" placeholder="you@company.com" class="min-w-0 flex-auto rounded-md border-0 px-3.5 py-2 ring-1 ring-inset ring-slate-300">
<button type="submit" class="rounded-md bg-emerald-600 px-3.5 py-2.5 text-sm font-semibold text-white">${nxjNews[3]}</button></form>
<p class="mt-3 text-xs text-slate-500">By subscribing you agree to our <a href="/legal/privacy" class="underline">Privacy Policy</a>.</p></section>
</article>
<aside class="hidden lg:block"><div class="sticky top-28 space-y-10"><nav aria-label="Table of contents"><p class="text-sm font-semibold text-slate-900">On
this page</p>
<ul class="mt-3 space-y-2 border-l border-slate-200 text-sm">${hs
  .map((h) => `<li><a href="#${slug(h)}" class="-ml-px block border-l border-transparent pl-4 text-slate-500 hover:text-slate-900">${h}</a></li>`)
  .join('')}</ul></nav>
<div><p class="text-sm font-semibold text-slate-900">Share this post</p><div class="mt-3 flex gap-2">${nxjShare
  .map(
    (s) =>
      `<button type="button" class="rounded-md border border-slate-200 p-2" title="${s}"><span class="sr-only">${s}</span><svg class="h-4 w-4"></svg></button>`,
  )
  .join('')}</div></div></div></aside></div>
<section class="mt-24 border-t border-slate-200 pt-16"><h2 class="text-2xl font-bold tracking-tight">More from the blog</h2>
<div class="mt-10 grid gap-8 md:grid-cols-3">${nxjRelated
  .map(
    (r) => `<article class="flex flex-col rounded-2xl border border-slate-200 p-6"><p class="text-xs font-semibold uppercase text-emerald-700">${r.c}</p>
<h3 class="mt-3 text-lg font-semibold leading-6"><a href="/blog/${slug(r.t)}"><span class="absolute inset-0"></span>${r.t}</a></h3>
<time class="mt-auto pt-4 text-sm text-slate-500">${r.d}</time></article>`,
  )
  .join('\n')}</div></section></main>
<footer class="border-t border-slate-200 bg-slate-50" aria-labelledby="footer-heading"><h2 id="footer-heading" class="sr-only">Footer</h2>
<div class="mx-auto max-w-7xl px-6 py-16 lg:px-8"><div class="grid grid-cols-2 gap-8 md:grid-cols-4">${nxjFootCols
  .map(
    ([h, items]) =>
      `<div><h3 class="text-sm font-semibold text-slate-900">${h}</h3><ul role="list" class="mt-4 space-y-3">${items
        .map((t) => `<li><a href="/${slug(t)}" class="text-sm text-slate-600 hover:text-slate-900">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}</div><p class="mt-12 border-t border-slate-200 pt-8 text-xs text-slate-500">${nxjCopy}</p></div></footer>
<div role="dialog" aria-live="polite" aria-label="Cookie consent" class="fixed inset-x-4 bottom-4 z-50 rounded-xl bg-white p-5 shadow-lg ring-1 ring-slate-200
sm:left-auto sm:max-w-md"><p class="text-sm text-slate-700">${nxjCookie[0]}</p><div class="mt-4 flex gap-3"><button type="button"
class="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white">${nxjCookie[1]}</button><button type="button"
class="rounded-md px-3 py-2 text-sm font-semibold ring-1 ring-slate-300">${nxjCookie[2]}</button><button type="button" class="text-sm
underline">${nxjCookie[3]}</button>
</div></div>
<script src="/_next/static/chunks/webpack-3f0c2b1a9e8d7c6b.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[48752,[\\"177\\",\\"static/chunks/app/layout-5a4b3c2d1e0f9a8b.js\\"],\\"default\\"]\\n"])</script>
<script>self.__next_f.push([1,${flight}])</script>
<next-route-announcer style="position:absolute"></next-route-announcer>
</body></html>`;
export const nextjsEngineeringPost: TestPage = {
  html: nxjHtml,
  name: 'heldout149-nextjs-company-engineering-blog',
  kind: 'blog',
  // the dek under the title is body; the author names, date and reading time are bylines, the authors' roles furniture; the
  // TOC repeats the headings and is left out, its title furniture; the SQL block is in neither list; the flight data scripts
  // repeat part of the article and are in no list
  title: nxjTitle,
  headings: [nxjH1, nxjH2, nxjH3, nxjH4, nxjH5],
  body: texts([nxjDek, ...nxjP1, ...nxjP2, ...nxjP3, ...nxjList1, ...nxjP4, ...nxjP5, ...nxjP6, ...nxjList2, ...nxjP7, ...nxjP8]),
  bylines: [...nxjAuthors.map((a) => a.name), 'March 27, 2025', '9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    nxjAnnounce, 'Learn more', 'Tallyhook', ...nxjNav, 'Sign in', 'Start free trial', 'Open main menu', '← Back to blog', 'Engineering',
    ...nxjAuthors.map((a) => a.role), '(permalink)', ...nxjHiring, ...nxjNews, 'On this page', 'Share this post', ...nxjShare, 'More from the blog',
    'Security', ...nxjRelated.flatMap((r) => [r.t, r.d]), 'Footer',
    ...nxjFootCols.flatMap(([h, items]) => [...(h === 'Product' ? [] : [h]), ...items.filter((t) => t !== 'Security')]),
    nxjCopy, ...nxjCookie,
  ],
};
