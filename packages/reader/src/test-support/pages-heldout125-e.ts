import { type TestPage, texts } from './page-kit.js';
import { devtoPost } from './pages-heldout125-e2.js';

/**
 * Held-out batch 125, file e: a Hashnode blog post on a personal blog (the Next.js header with the blog title, search, theme
 * and "Follow" buttons, the sub-header tabs, cover image, title and subtitle, author, date and read time, the "Table of
 * contents" card, the prose with h2s and a code block, tags, the floating like/comment/bookmark/share bar, the series card,
 * the "Written by" author card, the newsletter box, "More articles", the footer with "Powered by Hashnode" and the
 * __NEXT_DATA__ script) and, from file e2, a dev.to post.
 */
const hnTitle = 'What changed when we moved a Node service from Express to Fastify';
const hnSub = 'Throughput, latency and the one bug the migration found for us';
const hnP1 = [
  `Our order-status service is a small Node.js API that answers one question, many times a second: where is this parcel? It has run on
Express since 2019. In January we moved it to Fastify, mostly because we wanted schema validation built in, and partly because we were
curious about the performance claims.`,
  'This post covers what we measured before and after, what was harder than expected, and whether I would do it again.',
];
const hnH1 = 'The service before the move';
const hnP2 = [
  `The Express version had grown the way these things do. Validation happened in a mix of middleware and hand-written checks inside
route handlers. Serialisation was whatever <code>res.json</code> did with the objects we passed it. There were eleven routes, and the
busiest two handled about 90 per cent of the traffic.`,
  'On our production hardware, a single instance served around 2,300 requests per second on the main lookup route, at a p99 latency of 38 ms.',
];
const hnH2 = 'The migration';
const hnP3 = [
  `We moved route by route rather than in one go. Fastify has a compatibility plugin that lets you mount Express middleware, and we used it
for the first two weeks so that authentication and request logging kept working while the handlers were rewritten.`,
  `The real work was writing JSON schemas for every request and response. That took longer than the rest of the migration put together,
but it is also where most of the benefit came from. A route now looks like this:`,
];
const hnCode = `<span class="hljs-title">fastify</span>.<span class="hljs-title function_">get</span>(<span class="hljs-string">'/orders/:id/status'</span>, {
  <span class="hljs-attr">schema</span>: {
    <span class="hljs-attr">params</span>: { <span class="hljs-attr">type</span>: <span class="hljs-string">'object'</span>, <span
class="hljs-attr">required</span>: [<span
class="hljs-string">'id'</span>] },
    <span class="hljs-attr">response</span>: { <span class="hljs-number">200</span>: statusSchema },
  },
}, <span class="hljs-keyword">async</span> (request) =&gt; <span class="hljs-title function_">lookupStatus</span>(request.<span
class="hljs-property">params</span>.<span
class="hljs-property">id</span>));`;
const hnP4 = [
  `Response schemas do two jobs. They document the API, and Fastify uses them to build a fast serialiser that also drops any field that is
not in the schema. That second part caught a bug on day one: an internal warehouse code we had been leaking in responses for years.`,
];
const hnH3 = 'What we measured';
const hnP5 = [
  `We ran the same load test against both versions on identical instances, replaying a sample of real traffic. The results for the main
lookup route:`,
];
const hnL1 = [
  'Throughput rose from about 2,300 to about 3,900 requests per second.',
  'p99 latency fell from 38 ms to 21 ms.',
  'Memory use per instance stayed roughly the same, at around 180 MB.',
];
const hnP6 = [
  `Most of the gain came from serialisation, not routing. Our responses are fairly large objects, and the schema-based serialiser is much
quicker than <code>JSON.stringify</code> on objects of unknown shape.`,
];
const hnH4 = 'What was harder than expected';
const hnP7 = [
  `Error handling needed the most thought. Express lets you throw almost anything and deal with it later in an error middleware. Fastify is
stricter about the shape of errors, and validation failures come back in its own format. We wrote a small error handler to keep our
existing error responses, because two client teams parse them.`,
  `Testing was different too. Fastify’s <code>inject</code> method lets you call routes without opening a port, which made our tests
faster, but it meant rewriting every test that used supertest.`,
];
const hnH5 = 'Would I do it again?';
const hnP8 = [
  `For this service, yes. We got faster responses, a clearer API and one fewer security bug. For a service that handles a handful of
requests a minute, I would not bother: the schemas are the real cost, and the speed would not matter.`,
];
const hnTabs = ['Home', 'Node in production', 'Newsletter', 'About me'];
const hnTags = ['Node.js', 'Fastify', 'Express', 'performance'];
const hnSeries = ['Node in production', 'Graceful shutdown, properly', 'Logging without the noise', 'Express to Fastify'];
const hnBio = 'Backend engineer in Wrocław. I write about Node.js services that have to stay up.';
const hnNewsTitle = 'Subscribe to our newsletter';
const hnNewsText = 'Read articles from Quiet Compile directly inside your inbox. Subscribe to the newsletter, and don’t miss out.';
const hnNews = [hnNewsTitle, hnNewsText];
const hnMore = [
  ['Why our health checks lied', 'Kasia Nowicka', 'Nov 18, 2024', 'A green dashboard, a dead database connection and the check we should have written.'],
  ['Planning a Node.js LTS upgrade', 'Kasia Nowicka', 'Sep 2, 2024', 'How we pick an upgrade window and what we test before we move.'],
];
const hnToc = [hnH1, hnH2, hnH3, hnH4, hnH5];
const hnSlug = (t: string): string =>
  `heading-${t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}`;
const hnPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hnH = (t: string): string => `<h2 id="${hnSlug(t)}">${t}</h2>`;
const hnBtn = (label: string, count: string): string => `<button type="button" aria-label="${label}" class="flex flex-row items-center justify-center gap-1
rounded-full px-2 py-1 text-slate-600 hover:bg-slate-100 dark:text-slate-400"><svg
class="h-5 w-5 stroke-current"></svg>${count ? `<span>${count}</span>` : ''}</button>`;
const hnHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>What changed when we moved a Node service from Express to Fastify</title><meta name="description" content="${hnSub}"/>
<meta property="og:title" content="${hnTitle}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Quiet Compile"/>
<link rel="canonical" href="https://quietcompile.hashnode.example/express-to-fastify"/><meta name="twitter:card" content="summary_large_image"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hnTitle}","datePublished":"2025-02-11T06:45:00.000Z",
"author":{"@type":"Person","name":"Kasia Nowicka","url":"https://hashnode.example/@kasianowicka"},"publisher":{"@type":"Organization","name":"Quiet Compile"},
"description":"${hnSub}"}</script><link rel="preload" href="/_next/static/css/8a2f1e3c4b5d6a7e.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8a2f1e3c4b5d6a7e.css" data-n-g=""/></head>
<body><div id="__next"><div class="blog-page-container min-h-screen bg-white dark:bg-slate-950">
<header class="blog-header relative z-50 w-full border-b border-black/10 bg-white bg-opacity-70 dark:border-white/10 dark:bg-slate-900"><div
class="container mx-auto
px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><div class="flex flex-row items-center py-1">
<div class="md:hidden"><button type="button" aria-label="Open blog links" class="blog-header-menu-btn"><svg class="h-6 w-6 stroke-current"></svg></button></div>
<div class="hidden md:block"><h1 class="blog-main-logo font-heading text-2xl font-semibold leading-snug"><a aria-label="Quiet Compile home page"
class="blog-title break-words" href="/"><span class="block truncate">Quiet Compile</span></a></h1></div></div>
<div class="flex flex-row items-center text-slate-900 dark:text-white"><button type="button" aria-label="Open blog search"
class="blog-search-button"><svg></svg>
</button><button type="button" aria-label="Toggle blog theme" class="blog-theme-switcher"><svg></svg></button><button type="button" class="blog-follow-button
rounded-full border px-3 py-1 font-medium">Follow</button></div></div>
<nav class="blog-sub-header relative z-20" data-testid="blog-sub-header"><div class="flex flex-row flex-wrap items-end justify-between"><ul
class="flex flex-row">
${hnTabs
  .map(
    (t, i) => `<li><a class="${i === 0 ? 'blog-nav-active ' : ''}blog-nav-link mr-2 block p-2 font-medium"
href="/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ul></div></nav></div></header>
<main class="blog-post-detail-card pb-24"><article><div class="relative"><div class="relative mx-auto w-full max-w-screen-xl md:px-5"><img alt="${hnTitle}"
class="block w-full" src="https://cdn.hashnode.example/res/hashnode/image/upload/v1739251000/cover.png?w=1600&amp;h=840"/></div>
<div class="relative z-40 mx-auto w-full max-w-screen-xl px-4 pt-8"><h1
class="font-heading mb-8 px-4 text-center text-3xl font-extrabold leading-tight tracking-tight
text-slate-900 dark:text-white md:text-5xl lg:text-6xl"><span>${hnTitle}</span></h1><h2
class="font-heading mb-8 px-4 text-center text-xl font-medium text-slate-700
dark:text-slate-400 md:text-3xl">${hnSub}</h2>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:text-lg"><div
class="mb-5 flex w-full flex-row items-center justify-center
md:mb-0 md:w-auto"><div class="mr-2 h-10 w-10 overflow-hidden rounded-full"><a href="https://hashnode.example/@kasianowicka"><img alt="Kasia Nowicka's photo"
src="https://cdn.hashnode.example/res/hashnode/image/upload/v1690000000/kasia.jpg?w=200&amp;h=200"/></a></div><a href="https://hashnode.example/@kasianowicka"
class="font-semibold text-slate-900 dark:text-white"><span>Kasia Nowicka</span></a></div><div
class="mb-5 flex w-full flex-row items-center justify-center md:mb-0
md:w-auto"><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span><a href="/express-to-fastify" class="tooltip-handle text-slate-700"
data-title="Feb 11, 2025 06:45"><span>Feb 11, 2025</span></a><span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center
text-slate-700"><svg class="mr-2 h-5 w-5 fill-current opacity-75"></svg><span>6 min read</span></p></div></div></div></div>
<div class="mx-auto w-full px-5 md:max-w-screen-md"><div class="mb-10 w-full rounded-lg border border-slate-200 p-5 dark:border-slate-800"><h2
class="mb-4 text-lg
font-bold text-slate-900">Table of contents</h2><ul class="flex flex-col gap-2">${hnToc
  .map(
    (t) => `<li><a class="toc-link hover:underline" href="#${hnSlug(t)}">${t}
</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="relative"><div class="relative mx-auto md:max-w-screen-md"><div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper"
class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">
${hnPs(hnP1)}
${hnH(hnH1)}
${hnPs(hnP2)}
${hnH(hnH2)}
${hnPs(hnP3)}
<pre><code class="lang-javascript">${hnCode}</code></pre>
${hnPs(hnP4)}
${hnH(hnH3)}
${hnPs(hnP5)}
<ul>${hnL1.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${hnPs(hnP6)}
${hnH(hnH4)}
${hnPs(hnP7)}
${hnH(hnH5)}
${hnPs(hnP8)}
</div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${hnTags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace('.', '')}" class="mb-2 mr-2
rounded-lg border border-slate-200 px-2 py-1 text-base font-medium text-slate-700"><span>${t}</span></a>`,
  )
  .join('')}</div></div></div></div>
<div class="post-floating-bar fixed bottom-0 left-0 right-0 z-50 flex justify-center"><div
class="flex flex-row items-center rounded-full border bg-white p-1 shadow-xl">
${hnBtn('Like this article', '42')}${hnBtn('Comments', '5')}${hnBtn('Bookmark', '')}${hnBtn('Share this article', '')}${hnBtn('More actions', '')}</div></div>
<div class="mx-auto w-full px-5 md:max-w-screen-md"><div class="mb-10 rounded-lg border p-5"><p
class="mb-2 text-sm font-semibold uppercase text-slate-500">Part of series
</p><h3 class="mb-4 text-xl font-bold"><a href="/series/node-in-production">${hnSeries[0]}</a></h3><ol class="list-decimal pl-5">${hnSeries
  .slice(1)
  .map((t) => `<li><a href="/${t.length}">${t}</a></li>`)
  .join('')}</ol></div>
<div class="mb-10 flex flex-col gap-3 border-t pt-10"><h3 class="text-sm font-bold uppercase text-slate-500">Written by</h3><div
class="flex flex-row items-center
gap-4"><a href="https://hashnode.example/@kasianowicka"><img alt="Kasia Nowicka" class="h-16 w-16 rounded-full"
src="https://cdn.hashnode.example/kasia.jpg"/></a>
<div><h4 class="text-lg font-semibold"><a href="https://hashnode.example/@kasianowicka">Kasia Nowicka</a></h4><p class="text-slate-600">${hnBio}</p></div>
<button type="button" class="ml-auto rounded-full border px-3 py-1 font-medium">Follow</button></div></div></div></article>
<section class="blog-newsletter-section mx-auto w-full px-5 md:max-w-screen-md"><div class="rounded-lg border bg-slate-50 p-8 text-center"><h2
class="mb-2 text-2xl
font-bold">${hnNews[0]}</h2><p class="mb-6 text-slate-600">${hnNews[1]}</p><form class="relative flex flex-row"><input type="email"
placeholder="Enter your email address"
class="w-full rounded-full border px-3 py-3"/><button type="submit"
class="absolute right-1 top-1 rounded-full bg-blue-600 px-3 py-2 text-white">Subscribe</button>
</form></div></section>
<section class="blog-more-articles mx-auto w-full px-5 md:max-w-screen-md"><h2 class="mb-5 text-xl font-bold">More articles</h2><div
class="grid gap-8 md:grid-cols-2">
${hnMore
  .map(
    ([
      t,
      a,
      d,
      b,
    ]) => `<div class="flex flex-col gap-2"><h3 class="text-lg font-semibold"><a href="/${(t ?? '').length}">${t}</a></h3><p class="text-sm text-slate-500">
<span>${a}</span> · <span>${d}</span></p><p class="text-slate-600">${b}</p></div>`,
  )
  .join('\n')}</div></section></main>
<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center dark:bg-black"><div
class="flex flex-col items-center gap-4"><p>©2025 Quiet Compile</p>
<div class="flex flex-row gap-2"><a href="/archive">Archive</a><span>·</span><a href="/privacy">Privacy policy</a><span>·</span><a
href="/terms">Terms</a></div>
<a href="https://hashnode.example/onboard?unlock-blog=true&amp;source=blog-footer"
class="flex flex-row items-center gap-2 rounded-lg border px-4 py-2"><svg></svg>
<span>Powered by Hashnode - Build your developer hub.</span></a><div class="flex flex-row gap-3"><a href="https://hashnode.example/onboard">Start your blog</a>
<a href="https://hashnode.example/products/docs">Create docs</a></div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"publication":{"title":"Quiet Compile","url":"https://quietcompile.hashnode.example"},
"post":{"slug":"express-to-fastify","title":"${hnTitle}","subtitle":"${hnSub}","readTimeInMinutes":6,"publishedAt":"2025-02-11T06:45:00.000Z",
"reactionCount":42,"responseCount":5}}},"page":"/[slug]","query":{"slug":"express-to-fastify"},"buildId":"b7Kq2Wm9xZ","isFallback":false,"gssp":true}</script>
<script src="/_next/static/chunks/main-3f8e1a2b9c0d.js" defer=""></script></body></html>`;
const hashnodePost: TestPage = {
  html: hnHtml,
  name: 'heldout125-hashnode-blog',
  kind: 'blog',
  // the subtitle is body; the table of contents repeats the headings and is left out (its title is furniture); the code
  // block is in neither list; the series card, author card, newsletter box, "More articles" and the footer are furniture
  title: hnTitle,
  headings: [hnH1, hnH2, hnH3, hnH4, hnH5],
  body: texts([hnSub, ...hnP1, ...hnP2, ...hnP3, ...hnP4, ...hnP5, ...hnL1, ...hnP6, ...hnP7, ...hnP8]),
  bylines: ['Kasia Nowicka', 'Feb 11, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quiet Compile', 'Follow', ...hnTabs, 'Table of contents', ...hnTags, '42', '5', 'Part of series', ...hnSeries.slice(1), 'Written by', hnBio, ...hnNews,
    'Subscribe', 'More articles', ...hnMore.flatMap((m) => [m[0] ?? '', m[2] ?? '', m[3] ?? '']), '©2025 Quiet Compile', 'Archive', 'Privacy policy', 'Terms',
    'Powered by Hashnode - Build your developer hub.', 'Start your blog', 'Create docs',
  ],
};

export const HELDOUT125_E: readonly TestPage[] = [hashnodePost, devtoPost];
