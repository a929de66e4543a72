import { links, ps, type TestPage, texts } from './page-kit.js';
import { readmeDoc } from './pages-heldout83-c2.js';

/**
 * Held-out batch 83, file c: a developer's blog post on a Hashnode blog (Next.js app shell with Tailwind classes, the blog
 * header with its menu and "Sign in", the series badge, title, subtitle, the author line with date and reading time, the
 * table of contents, the prose content with code blocks and "Copy" buttons, tags, the like and comment counts, the "Written
 * by" card with "Follow", the newsletter box, one reader comment, "More articles" and the footer with "Powered by Hashnode")
 * and, from file c2, a product documentation page on ReadMe.com.
 */
const hnTitle = 'Why our Postgres job queue stalled at 3 a.m.';
const hnSub = 'A missing partial index, FOR UPDATE SKIP LOCKED, and the vacuum that could not keep up.';
const hnP1 = [
  'We run background jobs out of a plain Postgres table. No Redis, no broker, just a jobs table and a few worker processes that poll it. It ' +
    'has worked well for two years and about 40 million jobs. Last Tuesday it stopped working at 3:07 in the morning, and this is the ' +
    'write-up of why.',
];
const hnH1 = 'The setup';
const hnP2 = ['The table is about as simple as a queue can be. Each worker claims one job at a time with a single statement:'];
const hnCode1 = `UPDATE jobs SET status = 'running', locked_at = now()
WHERE id = (
  SELECT id FROM jobs
  WHERE status = 'pending' AND run_at &lt;= now()
  ORDER BY run_at
  FOR UPDATE SKIP LOCKED
  LIMIT 1
)
RETURNING *;`;
const hnP3 = [
  '<code>FOR UPDATE SKIP LOCKED</code> is the part that makes this safe with many workers: if another worker already holds a row, the query ' +
    'skips past it instead of waiting. Finished jobs are not deleted straight away. A nightly task removes anything older than seven days.',
];
const hnH2 = 'What we saw';
const hnP4 = [
  'The first alert was queue depth: 18,000 jobs waiting and climbing. Workers were alive and connected. CPU on the database was at 95 ' +
    'percent, and the claim query, which normally takes about two milliseconds, was taking between four and nine seconds.',
  'Running <code>EXPLAIN ANALYZE</code> on the claim query told most of the story. Postgres was using our index on <code>run_at</code>, ' +
    'walking it in order, and throwing away row after row because they were not pending. The index covered every job, finished or not, ' +
    'and there were 31 million finished ones.',
];
const hnH3 = 'Why it happened now';
const hnP5 = [
  'Two things lined up. First, a product launch the previous week had tripled job volume, so the seven days of finished jobs the table kept ' +
    'had grown from about 10 million rows to 31 million. Second, the nightly cleanup ran at 3:00, deleted several million rows, and left them ' +
    'as dead tuples until autovacuum got around to them. The claim query now had to step over dead rows as well as finished ones.',
  'Each claim got slower, so each worker held its transaction longer, so more workers piled up scanning the same stretch of the index. It was ' +
    'a slow-motion traffic jam.',
];
const hnH4 = 'The fix';
const hnP6 = ['The immediate fix was one statement: a partial index that only contains pending jobs.'];
const hnCode2 = `CREATE INDEX CONCURRENTLY jobs_pending_run_at
  ON jobs (run_at)
  WHERE status = 'pending';`;
const hnP7 = [
  'With it, the claim query went back to under a millisecond, because the index now holds a few thousand rows instead of tens of millions. ' +
    'The queue drained in about six minutes.',
  'We also made three smaller changes afterwards:',
];
const hnList = [
  'The cleanup now deletes in batches of 5,000 rows with a short pause between them, instead of one large <code>DELETE</code>.',
  'Autovacuum on the jobs table is tuned to run after 1 percent of rows change rather than the default 20 percent.',
  'A dashboard panel now shows the claim query’s p99 latency, which would have warned us days earlier.',
];
const hnH5 = 'What I would tell past me';
const hnP8 = [
  'A Postgres queue is a perfectly good choice, but the index that serves it has to match the question you actually ask. Ours answered ' +
    '“which jobs exist, by time?” when the workers were asking “which pending job is next?” For a long time the difference did not matter. ' +
    'Then it did.',
];
const hnHeads = [hnH1, hnH2, hnH3, hnH4, hnH5];
const hnNav = ['Home', 'Series', 'Newsletter', 'About me'];
const hnSeries = ['Postgres in production', 'Part 3 of 5'];
const hnTags = ['PostgreSQL', 'Databases', 'Backend', 'Debugging', 'incident-report'];
const hnBio = 'Backend engineer at a small payments company. I write about databases, queues and the bugs I would rather not repeat.';
const hnNews = [
  'Subscribe to our newsletter',
  'Read articles from Arjun Builds directly inside your inbox. Subscribe to the newsletter, and don’t miss out.',
  'Enter your email address',
];
const hnComment = [
  'Sam Okonkwo',
  'Nov 4, 2025',
  'Great write-up. We hit almost exactly this last year. Did you consider moving finished jobs into a separate archive table instead?',
];
const hnMore = [
  ['Connection pooling, explained with a coffee shop', 'Nov 1, 2025', '4 min read'],
  ['Our first month with logical replication', 'Oct 12, 2025', '8 min read'],
  ['The migration that locked the users table', 'Sep 20, 2025', '5 min read'],
];
const hnFoot = ['Archive', 'Privacy policy', 'Terms'];
const slugH = (t: string): string => `heading-${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const hnH = (t: string): string => `<h2 id="${slugH(t)}">${t}</h2>`;
const hnPre = (code: string, lang: string): string => `<div class="relative"><pre><code class="lang-${lang} hljs language-${lang}">${code}</code></pre>
<button class="copy-code-button absolute right-2 top-2 rounded-md px-2 py-1 text-sm" type="button">Copy</button></div>`;
const tw = 'text-slate-700 dark:text-slate-300';
const hnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${hnTitle}</title>
<meta name="description" content="${hnSub}"><meta property="og:title" content="${hnTitle}"><meta property="og:site_name" content="Arjun Builds">
<meta property="og:type" content="article"><link rel="canonical" href="https://arjunbuilds.example/postgres-job-queue-stalled">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hnTitle}","description":"${hnSub}",
"datePublished":"2025-11-03T08:30:12.000Z","author":{"@type":"Person","name":"Arjun Mehta","url":"https://hashnode.example/@arjunm"},
"publisher":{"@type":"Organization","name":"Arjun Builds"}}</script>
<link rel="preload" href="/_next/static/css/8f0a41c2e9b7d3f1.css" as="style"><link rel="stylesheet" href="/_next/static/css/8f0a41c2e9b7d3f1.css">
<script src="/_next/static/chunks/webpack-6f2e1b9c0a7d4e31.js" defer></script><script src="/_next/static/chunks/pages/%5Bslug%5D-2c9d1e.js"
defer></script></head>
<body><div id="__next"><div class="blog-post-page min-h-screen bg-white dark:bg-slate-950">
<header class="blog-header relative z-50 w-full border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
<div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4">
<div class="flex flex-row items-center py-1"><a class="flex flex-row items-center gap-3 font-heading text-2xl font-semibold" href="/"
aria-label="Arjun Builds home page">
Arjun Builds</a></div><div class="flex flex-row items-center gap-4"><button type="button" aria-label="Open blog search" class="${tw} rounded-full p-2">
<svg class="h-5 w-5 stroke-current"></svg></button><a href="https://hashnode.example/onboard"
class="rounded-full border px-3 py-2 text-sm font-semibold">Sign in</a></div></div>
<nav class="blog-sub-header hidden md:block" data-testid="blog-sub-header"><ul class="flex flex-row items-center gap-2">
${links(hnNav, 'blog-sub-header-nav-item rounded-full px-2 py-1 text-sm font-semibold')}</ul></nav></div></header>
<main class="blog-post-detail-card pb-24"><article><div class="relative"><div class="relative mx-auto max-w-screen-md px-5 pt-12 md:pt-20">
<div class="mb-5 flex justify-center"><a href="/series/postgres-in-production"
class="series-badge inline-flex flex-row items-center gap-2 rounded-full border px-3 py-1
text-sm font-medium"><span class="series-badge-name">${hnSeries[0]}</span><span class="${tw}">(${hnSeries[1]})</span></a></div>
<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold text-slate-900 dark:text-white md:text-5xl"><span>${hnTitle}</span></h1>
<h2 class="mb-8 px-4 text-center font-heading text-2xl font-medium text-slate-600 dark:text-slate-400 md:text-3xl" data-testid="post-subtitle">${hnSub}</h2>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg last:md:mb-10">
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><a href="https://hashnode.example/@arjunm"
class="relative block h-10 w-10 overflow-hidden rounded-full"><img alt="Arjun Mehta&#39;s photo" src="https://cdn.hashnode.example/res/profile/arjunm.png"></a>
<a href="https://hashnode.example/@arjunm" class="ml-2 font-semibold text-slate-600 dark:text-white"><span>Arjun Mehta</span></a></div>
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span
class="mx-3 hidden font-bold text-slate-500 md:block">·</span>
<a href="/postgres-job-queue-stalled" class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="Nov 3, 2025 08:30"><span>Nov 3, 2025</span></a>
<span class="mx-3 block font-bold text-slate-500">·</span><p
class="flex flex-row items-center text-slate-700 dark:text-slate-400"><span>6 min read</span></p></div></div>
<div id="toc" class="mb-10 rounded-lg border border-slate-200 p-5"><p class="mb-3 font-semibold">Table of contents</p><ul class="list-none">
${hnHeads.map((h) => `<li><a class="text-sm ${tw}" href="#${slugH(h)}">${h}</a></li>`).join('')}</ul></div>
<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words
dark:prose-dark xl:prose-xl">
${ps(hnP1)}
${hnH(hnH1)}
${ps(hnP2)}
${hnPre(hnCode1, 'sql')}
${ps(hnP3)}
${hnH(hnH2)}
${ps(hnP4)}
${hnH(hnH3)}
${ps(hnP5)}
${hnH(hnH4)}
${ps(hnP6)}
${hnPre(hnCode2, 'sql')}
${ps(hnP7)}
<ul>${hnList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hnH(hnH5)}
${ps(hnP8)}
</div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${hnTags
  .map((t) => `<a href="/tag/${t.toLowerCase()}" class="mb-2 mr-2 rounded-lg border px-2 py-1 text-base font-medium ${tw}"><span>${t}</span></a>`)
  .join('')}</div></div>
<div class="post-floating-bar fixed bottom-10 left-0 right-0 z-50 flex justify-center" data-testid="post-floating-bar">
<button class="flex items-center gap-1 rounded-full px-3 py-2" aria-label="Like this article"><svg></svg><span>47</span></button>
<button class="flex items-center gap-1 rounded-full px-3 py-2" aria-label="Comments"><svg></svg><span>1</span></button>
<button class="rounded-full px-3 py-2" aria-label="Share this article"><svg></svg></button></div>
<div class="author-card mb-10 rounded-lg border p-5"><p class="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">Written by</p>
<div class="flex items-start gap-4"><img alt="" class="h-14 w-14 rounded-full" src="https://cdn.hashnode.example/res/profile/arjunm.png"><div>
<h2 class="text-xl font-bold"><a href="https://hashnode.example/@arjunm">Arjun Mehta</a></h2><p class="${tw}">${hnBio}</p></div>
<button class="ml-auto rounded-full border px-3 py-1 text-sm font-semibold" type="button">Follow</button></div></div>
<section class="newsletter mb-10 rounded-lg bg-slate-50 p-8 text-center"><h3 class="mb-4 text-2xl font-bold">${hnNews[0]}</h3><p
class="${tw} mb-5">${hnNews[1]}</p>
<form class="mx-auto flex max-w-md"><input type="email" placeholder="${hnNews[2]}" aria-label="${hnNews[2]}" class="flex-1 rounded-full border px-3 py-2">
<button type="submit" class="rounded-full bg-blue-600 px-4 py-2 font-semibold text-white">Subscribe</button></form>
<p class="sr-only">${hnNews[2]}</p></section>
<section id="comments" class="comments mb-10"><h3 class="mb-5 text-xl font-bold">Comments (1)</h3><div class="mb-4"><a href="https://hashnode.example/onboard"
class="block rounded-lg border px-4 py-3 text-slate-500">Write a comment</a></div>
<div class="comment rounded-lg border p-4"><div class="mb-2 flex items-center gap-2"><a href="https://hashnode.example/@samok"
class="font-semibold">${hnComment[0]}</a>
<span class="text-sm text-slate-500">${hnComment[1]}</span></div><div class="prose"><p>${hnComment[2]}</p></div>
<div class="mt-2 flex gap-3 text-sm text-slate-500"><button>Like</button><button>Reply</button></div></div></section>
</div></div></article>
<section class="more-articles container mx-auto max-w-screen-lg px-5"><h2 class="mb-5 text-xl font-bold">More articles</h2><div
class="grid gap-6 md:grid-cols-3">
${hnMore
  .map(
    (m, i) => `<div class="rounded-lg border p-5"><h3 class="mb-2 font-heading text-lg font-bold"><a href="/more-${i}">${m[0]}</a></h3>
<p class="text-sm text-slate-500"><span>${m[1]}</span> · <span>${m[2]}</span></p></div>`,
  )
  .join('\n')}</div></section></main>
<footer class="blog-footer-area border-t px-5 py-10 text-center"><p class="mb-4 text-slate-600">©2025 Arjun Builds</p>
<ul class="mb-4 flex justify-center gap-4 text-sm">${links(hnFoot)}</ul>
<a href="https://hashnode.example/"
class="inline-flex items-center gap-2 rounded-lg border px-4 py-2 text-sm"><span>Powered by Hashnode - Build your developer hub.</span></a>
<div class="mt-4 flex justify-center gap-3 text-sm"><a href="https://hashnode.example/onboard">Start your blog</a><a
href="https://hashnode.example/docs">Create docs</a></div>
</footer></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"post":{"title":"${hnTitle}","slug":"postgres-job-queue-stalled","readTimeInMinutes":6,
"author":{"name":"Arjun Mehta","username":"arjunm"}}}},"page":"/[slug]","buildId":"Yx0pQ3vR8mN1"}</script></body></html>`;

const hashnodePost: TestPage = {
  name: 'heldout83-hashnode-dev-blog',
  kind: 'blog',
  html: hnHtml,
  // the subtitle is body; code blocks are in neither list; the series badge, the table of contents (short titles that
  // repeat the headings, left out), tags, counts, the author card, newsletter, the reader comment and rails are furniture
  title: hnTitle,
  headings: hnHeads,
  body: [hnSub, ...hnP1, ...hnP2, ...texts(hnP3), ...texts(hnP4), ...hnP5, ...hnP6, ...hnP7, ...texts(hnList), ...hnP8],
  bylines: ['Arjun Mehta', 'Nov 3, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Arjun Builds', 'Sign in', ...hnNav, ...hnSeries, 'Table of contents', 'Copy', ...hnTags, 'Written by', hnBio, 'Follow', ...hnNews, 'Subscribe',
    'Comments (1)', 'Write a comment', ...hnComment, 'Like', 'Reply', 'More articles', ...hnMore.flat(), '©2025 Arjun Builds', ...hnFoot,
    'Powered by Hashnode - Build your developer hub.', 'Start your blog', 'Create docs',
  ],
};

export const HELDOUT83_C: readonly TestPage[] = [hashnodePost, readmeDoc];
