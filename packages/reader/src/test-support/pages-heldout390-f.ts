import { links, ps, type TestPage, texts } from './page-kit.js';
import { jekyll } from './pages-heldout390-f2.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file f: a Hashnode-style blog post in Next.js markup (blog header with "Follow" and newsletter button,
 * cover image, author row with date and reading time, series badge, table of contents, like / comment / share bar, tags,
 * newsletter box, "Written by" author card, "More articles", the comments, the platform footer) and, from file f2, a
 * personal coding blog on Jekyll.
 */
const hTitle = 'Reading Postgres EXPLAIN Output Without Panicking';
const hIntro = [
  j(
    'The first time I ran <code>EXPLAIN ANALYZE</code> on a slow query, I got forty lines of nested arrows and numbers and closed the',
    'terminal. It took me a while to learn that you only need to look for a handful of things. This is the short guide I wish I had.',
  ),
];
const hH = ['Read it from the inside out', 'Compare estimated rows with actual rows', 'Watch for sequential scans on big tables', 'A quick checklist'];
const h1 = [
  j(
    'A plan is a tree. The most indented node runs first and feeds its rows to the node above it. Start at the deepest line and',
    'work outwards, asking how many rows each step produced and how long it took.',
  ),
];
const h2 = [
  j(
    'Every node shows the planner\u2019s guess, <code>rows=</code> in the cost section, and what really happened, <code>rows=</code> in',
    'the actual section. When the two differ by a factor of ten or more, the planner chose its join strategy based on a wrong',
    'picture of your data.',
  ),
  j(
    'The usual fix is boring: run <code>ANALYZE</code> on the table so the statistics are fresh, or raise the statistics target',
    'for a column with a skewed distribution.',
  ),
];
const h3 = [
  j(
    'A <code>Seq Scan</code> is not bad in itself. On a table of a few thousand rows it is often the fastest option. It becomes a',
    'problem when the table has millions of rows and the filter keeps only a few of them, which usually means a missing index.',
  ),
];
const hTable = [
  'Seq Scan',
  'Reads the whole table',
  'Index Scan',
  'Walks an index, then fetches rows',
  'Bitmap Heap Scan',
  'Collects matching pages first, then reads them',
];
const h4 = [
  'Is the slowest node the one with the biggest gap between estimated and actual rows?',
  'Is there a sequential scan on a large table with a selective filter?',
  'Does a nested loop run its inner side thousands of times?',
  'Is a sort spilling to disk? Look for "external merge" in the sort method.',
];
const h5 = ['Most slow queries I have looked at failed one of these four checks. Fix that one thing first, then run the plan again.'];
const hTags = ['PostgreSQL', 'Databases', 'Performance'];
const hMore = ['Why my migration locked the orders table for nine minutes', 'Connection pooling in plain words'];
const toc = hH.map((h, i) => `<li><a href="#heading-${i}" class="hover:underline">${h}</a></li>`).join('\n');
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="A short guide to the few things that matter in Postgres EXPLAIN ANALYZE output.">
<meta property="og:site_name" content="Quentin's Query Notes"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Quentin Adebayo-Lisle"},"datePublished":"2026-03-11T07:30:00.000Z","publisher":{"@type":"Organization","name":"Inkpost"}}</script>
<meta name="next-head-count" content="22"><link rel="preload" href="/_next/static/css/9e1f0d4a.css" as="style"></head>
<body><div id="__next"><div class="blog-page-area min-h-screen bg-white dark:bg-slate-950"><header class="blog-header relative z-50 w-full border-b">
<div class="container mx-auto px-4"><div class="flex items-center justify-between"><a href="/" aria-label="Blog home" class="blog-title">Quentin's Query
Notes</a><div class="flex gap-2"><button class="rounded-full border px-3 py-1">Follow</button>
<button class="rounded-full bg-blue-600 px-3 py-1 text-white">Subscribe</button></div></div>
<nav class="blog-sub-header"><ul class="flex gap-4">${links(['Home', 'Series', 'Archive', 'About me'], 'blog-nav-item')}</ul></nav></div></header>
<main class="blog-post-detail-card pb-24"><article class="flex flex-col items-center"><div class="blog-article-page container relative pt-10">
<div class="relative"><img src="https://cdn.inkpost.example/res/explain-cover.png" alt="" class="aspect-video w-full rounded-xl"></div>
<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold text-slate-900 md:text-5xl" data-query="post-title">${hTitle}</h1>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4"><div class="mb-5 flex flex-row items-center md:mb-0">
<a href="https://inkpost.example/@qadebayo" class="font-semibold text-slate-700"><span>Quentin Adebayo-Lisle</span></a></div>
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto"><span class="mx-3 hidden font-bold md:block">·</span>
<a href="/reading-explain-output" class="tooltip-handle text-slate-700"><span>Mar 11, 2026</span></a><span class="mx-3 block font-bold">·</span>
<p class="flex flex-row items-center text-slate-700"><span>5 min read</span></p></div></div>
<div class="mb-5 flex justify-center"><a href="/series/postgres-basics" class="rounded-lg border px-2 text-sm">Series: Postgres for app developers</a></div>
<div id="post-toc" class="mx-auto mb-10 w-full max-w-3xl rounded-lg border p-5"><h2 class="mb-4 text-lg font-bold">Table of contents</h2><ul>${toc}</ul></div>
<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 break-words dark:prose-dark">
${ps(hIntro)}
<h2 id="heading-0">${hH[0]}</h2>${ps(h1)}
<pre><code class="lang-sql">EXPLAIN ANALYZE\nSELECT * FROM orders WHERE customer_id = 4411;</code></pre>
<h2 id="heading-1">${hH[1]}</h2>${ps(h2)}
<h2 id="heading-2">${hH[2]}</h2>${ps(h3)}
<table><thead><tr><th>Node</th><th>What it does</th></tr></thead><tbody><tr><td>${hTable[0]}</td><td>${hTable[1]}</td></tr>
<tr><td>${hTable[2]}</td><td>${hTable[3]}</td></tr><tr><td>${hTable[4]}</td><td>${hTable[5]}</td></tr></tbody></table>
<h2 id="heading-3">${hH[3]}</h2><ol>${h4.map((t) => `<li>${t}</li>`).join('\n')}</ol>${ps(h5)}
</div>
<div id="post-floating-bar" class="fixed bottom-0 z-50 flex w-full"><button aria-label="Like">37</button><button aria-label="Comments">2</button>
<button>Share</button><button aria-label="Bookmark">Save</button></div>
<div class="mb-5 flex flex-wrap justify-center">
${hTags.map((t) => `<a href="/tag/${t.toLowerCase()}" class="mb-2 rounded-lg border px-2">${t}</a>`).join('')}</div>
</div>
<div class="mx-auto w-full max-w-3xl rounded-lg border p-6"><h3 class="text-xl font-bold">Subscribe to my newsletter</h3>
<p>Read articles from Quentin's Query Notes directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p>
<form><input type="email" placeholder="Enter your email address"><button type="submit">Subscribe</button></form></div>
<div class="mx-auto w-full max-w-3xl border-t pt-10"><p class="text-sm uppercase">Written by</p><h4 class="text-lg font-bold">Quentin Adebayo-Lisle</h4>
<p>Backend developer, occasional DBA by necessity. Writing down what I had to learn the hard way.</p></div>
<div id="comments-list" class="mx-auto w-full max-w-3xl"><h3>Comments (2)</h3><div class="comment"><a href="/@tvoss">Tamsin Voss</a>
<p>The rows estimate tip fixed a report query for us last week. Stale stats after a bulk import.</p></div>
<div class="comment"><a href="/@dkarimi">Dariush Karimi</a><p>Would love a follow-up on reading buffers in the output.</p></div></div>
<section class="mx-auto w-full max-w-3xl"><h2 class="text-xl font-bold">More articles</h2><ul>${links(hMore, 'blog-post-card')}</ul></section>
</div></article></main>
<footer class="blog-footer-area"><div class="container"><p>©2026 Quentin's Query Notes</p><ul>${links(['Archive', 'Privacy policy', 'Terms'])}</ul>
<a href="https://inkpost.example/" class="inkpost-badge">Powered by Inkpost</a></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"reading-explain-output","readTimeInMinutes":5}}},
"buildId":"Kq2v"}</script>
</body></html>`;
const hashnode: TestPage = {
  name: 'heldout390-hashnode-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...h1, ...h2, ...h3, ...hTable, ...h4, ...h5]),
  bylines: ['Quentin Adebayo-Lisle', 'Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Quentin's Query Notes", 'Follow', 'Subscribe', 'Home', 'Series', 'Archive', 'About me', '5 min read', 'Series: Postgres for app developers',
    'Table of contents', 'Share', 'Save', ...hTags, 'Subscribe to my newsletter',
    "Read articles from Quentin's Query Notes directly inside your inbox. Subscribe to the newsletter, and don't miss out.", 'Written by',
    'Backend developer, occasional DBA by necessity. Writing down what I had to learn the hard way.', 'Comments (2)', 'Tamsin Voss',
    'The rows estimate tip fixed a report query for us last week. Stale stats after a bulk import.', 'Dariush Karimi',
    'Would love a follow-up on reading buffers in the output.', 'More articles', ...hMore, "©2026 Quentin's Query Notes", 'Privacy policy', 'Terms',
    'Powered by Inkpost',
  ],
};

export const HELDOUT390_F: readonly TestPage[] = [hashnode, jekyll];
