import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 54, file d2: a post on a Hashnode blog with a custom domain (Next.js markup with Tailwind utility classes,
 * the blog header with search, theme toggle and "Follow", the sub-header nav, cover image, title and subtitle, author, date and
 * reading time, the series box, the table of contents, the post content with code blocks, tags, the floating like / comment /
 * bookmark / share bar, "Written by" card, newsletter box, "More articles", the Hashnode footer and the __NEXT_DATA__ script).
 */
const hnTitle = 'How a Partial Index Cut Our Queue Table Scans by 90%';
const hnSub = 'A Postgres job queue, a slow dashboard, and the one-line index that fixed both.';
const hnIntro = [
  'Our background jobs live in a single Postgres table called <code>jobs</code>. Workers poll it for rows with the status ' +
    '<code>pending</code>, lock one with <code>FOR UPDATE SKIP LOCKED</code>, and mark it done when they finish. It is a boring ' +
    'design and it has served us well for three years.',
  'Boring, that is, until the table passed 40 million rows. Nothing was ever deleted, because finished jobs are useful for ' +
    'debugging, and the workers&#39; polling query started showing up at the top of our slow query log.',
];
const hnH1 = 'The query';
const hnQuery = [
  'Stripped down, the polling query looked like this:',
  'We already had an index on <code>(status, run_at)</code>. The trouble was that more than 99.9 percent of the rows had the ' +
    'status <code>done</code>, so the index was enormous and most of every scan was spent walking past entries the workers would never want.',
];
const hnH2 = 'The partial index';
const hnPartial = [
  'Postgres lets you build an index over only the rows that match a condition. Since the workers only ever ask for pending jobs, ' +
    'we built one over exactly those:',
  'The new index holds a few thousand entries instead of forty million. Once it was built we dropped the old composite index, ' + 'since nothing else used it.',
];
const hnH3 = 'Results';
const hnList = [
  'Median polling query time went from 38 ms to under 1 ms.',
  'Sequential scans on <code>jobs</code> dropped by about 90 percent, according to <code>pg_stat_user_tables</code>.',
  'The index takes 2 MB on disk, compared with 1.9 GB for the old one.',
  'The admin dashboard, which counts pending jobs, now loads in well under a second.',
];
const hnH4 = 'Two things to watch';
const hnWatch = [
  'First, the query&#39;s <code>WHERE</code> clause has to match the index condition closely enough for the planner to use it. ' +
    'A query that asks for <code>status IN (&#39;pending&#39;, &#39;retry&#39;)</code> will not use an index built for ' +
    '<code>status = &#39;pending&#39;</code> alone.',
  'Second, <code>CREATE INDEX CONCURRENTLY</code> is your friend on a busy table. It takes longer but does not block writes, ' +
    'which matters when the table you are indexing is the one your whole system depends on.',
];
const sql1 = `<span class="hljs-keyword">SELECT</span> id, payload <span class="hljs-keyword">FROM</span> jobs
<span class="hljs-keyword">WHERE</span> status = <span class="hljs-string">'pending'</span> <span class="hljs-keyword">AND</span> run_at &lt;= now()
<span class="hljs-keyword">ORDER BY</span> run_at <span class="hljs-keyword">LIMIT</span> <span class="hljs-number">10</span>
<span class="hljs-keyword">FOR UPDATE SKIP LOCKED</span>;`;
const sql2 = `<span class="hljs-keyword">CREATE INDEX CONCURRENTLY</span> jobs_pending_run_at
  <span class="hljs-keyword">ON</span> jobs (run_at) <span class="hljs-keyword">WHERE</span> status = <span class="hljs-string">'pending'</span>;`;
const hnNav = ['Home', 'Postgres in Production', 'Newsletter', 'About'];
const hnTags = ['PostgreSQL', 'Databases', 'Performance', 'Backend'];
const hnBio = 'Backend developer at a small logistics startup. I write about Postgres, queues and keeping boring systems boring.';
const hnNews = 'Read articles from Kiran Builds directly inside your inbox. Subscribe to the newsletter, and don&#39;t miss out.';
const hnMore = [
  ['Vacuum Settings I Wish I Had Known About Sooner', 'Autovacuum defaults are tuned for small tables. Ours were not small.'],
  ['Listen/Notify Is Not a Message Queue', 'What happened when we tried to use it as one, and what we use instead.'],
];
const hnH = (t: string): string => `<h2 id="heading-${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`;
const hnHtml = `<!DOCTYPE html><html lang="en" class="blog"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${hnTitle}</title><meta name="description" content="${hnSub}"/><meta property="og:site_name" content="Kiran Builds"/>
<meta property="og:title" content="${hnTitle}"/><meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="https://blog.kiranmehta.example/partial-index-queue-table"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hnTitle}","datePublished":"2025-02-07T09:14:22.318Z",
"author":{"@type":"Person","name":"Kiran Mehta","url":"https://hashnode.com/@kiranmehta"},"publisher":{"@type":"Organization","name":"Kiran Builds"}}</script>
<link rel="preload" href="/_next/static/css/7b1e0c2a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7b1e0c2a.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script></head>
<body><div id="__next"><div class="blog-post-area"><header class="blog-header relative z-50 w-full transform-none border-b bg-white dark:border-slate-800
 dark:bg-slate-950">
<div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4">
<div class="flex flex-row items-center py-1"><div class="md:hidden"><button type="button" aria-label="Open blog navigation sidebar"
 class="blog-navigation-sidebar-btn mr-2 rounded-full p-2"><svg class="h-6 w-6 stroke-current" viewBox="0 0 24 24" fill="none"></svg></button></div>
<div class="hidden md:block"><h1 class="blog-main-logo font-heading text-2xl font-semibold"><a class="flex flex-row items-center"
 aria-label="Kiran Builds home page" href="/">
<span class="blog-title">Kiran Builds</span></a></h1></div></div><div class="flex flex-row items-center text-slate-300"><button type="button"
 aria-label="Open blog search"
 class="blog-search-button mr-2 rounded-full p-2"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button><button type="button" aria-label="Toggle blog theme"
 class="blog-theme-switcher mr-2 rounded-full p-2"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button><button type="button"
 data-title="Follow Kiran Builds"
 class="blog-follow-button flex flex-row items-center rounded-full border px-3 py-1 font-medium">Follow</button></div></div>
<div class="blog-sub-header" data-testid="blog-sub-header"><nav class="blog-navbar-wrapper"><ul class="flex flex-row items-center gap-2 whitespace-nowrap">
${hnNav.map((t) => `<li><a class="blog-nav-link rounded-lg px-2 py-1 text-slate-700" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}
</ul></nav></div></div></header>
<main class="blog-post-detail-card pb-24"><article class="flex flex-col items-stretch"><div class="relative"><div class="relative mb-8 md:mb-14"><div
 class="w-full">
<img alt="${hnTitle}"
 src="https://cdn.hashnode.com/res/hashnode/image/upload/v1738919662/cover.png?w=1600&amp;h=840&amp;fit=crop&amp;auto=compress,format&amp;format=webp"
 decoding="async" data-nimg="responsive"/></div></div>
<div class="blog-article-page container relative mx-auto grid grid-cols-8"><div class="col-span-full lg:col-span-6 lg:col-start-2">
<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold leading-tight text-slate-900 dark:text-white md:mb-14 md:text-5xl"
 data-query="post-title">${hnTitle}</h1>
<div class="mb-8 md:mb-14"><h2 class="font-heading px-4 text-center text-2xl font-medium text-slate-500 md:text-3xl">${hnSub}</h2></div>
<div class="relative z-20 mb-8 flex w-full flex-col items-center justify-center px-4 text-slate-700 md:mb-14 md:flex-row"><div class="mb-5 flex w-full
 flex-row items-center
 justify-center md:mb-0 md:w-auto md:justify-start"><div class="mr-2 h-10 w-10 overflow-hidden rounded-full bg-slate-200"><a
 href="https://hashnode.com/@kiranmehta"
 class="relative block h-full w-full" target="_blank" rel="noopener"><img alt="Kiran Mehta&#39;s photo"
 src="https://cdn.hashnode.com/res/hashnode/image/upload/kiran.jpeg"/>
</a></div><a href="https://hashnode.com/@kiranmehta" class="flex flex-row items-center font-semibold text-slate-900" target="_blank"
 rel="noopener"><span>Kiran Mehta</span></a>
</div><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500
 md:block">·</span>
<a href="/partial-index-queue-table" class="tooltip-handle text-slate-700"
 data-title="Feb 7, 2025 09:14"><span>Feb 7, 2025</span></a><span class="mx-3 block font-bold
 text-slate-500">·</span><p class="flex flex-row items-center text-slate-700"><svg class="mr-2 h-5 w-5 fill-current opacity-75" viewBox="0 0 576 512"></svg>
<span>6 min read</span></p></div></div>
<div class="mb-10 w-full px-4"><div class="rounded-lg border border-b-4 border-slate-200 p-4"><p class="text-sm font-medium uppercase text-slate-500">Series</p>
<a href="/series/postgres-in-production" class="font-heading text-lg font-bold text-slate-900">Postgres in Production</a><p class="text-sm
 text-slate-500">Part 3 of 5</p></div></div>
<div class="mb-10 w-full px-4"><div class="rounded-lg border border-b-4 border-slate-200 p-4"><h2 class="font-heading text-base font-bold
 text-slate-900">Table of contents</h2>
<ul class="mt-4 list-none">${[hnH1, hnH2, hnH3, hnH4]
  .map((h) => `<li class="py-1"><a href="#heading-${h.toLowerCase().replace(/ /g, '-')}" class="text-slate-700 hover:text-blue-600">${h}</a></li>`)
  .join('')}</ul></div></div>
<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper"
 class="prose prose-base mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">
${hnIntro.map((p) => `<p>${p}</p>`).join('\n')}
${hnH(hnH1)}
<p>${hnQuery[0]}</p>
<pre><code class="lang-sql">${sql1}
</code></pre><p>${hnQuery[1]}</p>
${hnH(hnH2)}
<p>${hnPartial[0]}</p>
<pre><code class="lang-sql">${sql2}
</code></pre><p>${hnPartial[1]}</p>
${hnH(hnH3)}
<ul>
${hnList.map((t) => `<li><p>${t}</p>\n</li>`).join('\n')}
</ul>
${hnH(hnH4)}
${hnWatch.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${hnTags
  .map(
    (t) =>
      `<a href="/tag/${t.toLowerCase()}" class="mb-2 mr-2 rounded-lg border bg-slate-100 px-2 py-1 text-base font-medium text-slate-700"><span>${t}</span></a>`,
  )
  .join('')}</div></div></div></div></div></article>
<div class="post-floating-bar fixed bottom-0 left-0 right-0 z-50 flex h-20 w-full flex-row justify-center"><div class="relative flex flex-row items-center
 rounded-full
 border bg-white px-4 py-2 shadow-lg"><button type="button" aria-label="Like this article" class="flex flex-row items-center"><svg class="h-6 w-6"></svg>
<span class="ml-1 text-sm">48</span></button><button type="button" aria-label="Open comments"
 class="ml-4 flex flex-row items-center"><svg class="h-6 w-6"></svg>
<span class="ml-1 text-sm">3</span></button><button type="button" aria-label="Bookmark this article" class="ml-4"><svg class="h-6 w-6"></svg></button>
<button type="button" aria-label="Share this article" class="ml-4"><svg class="h-6 w-6"></svg></button></div></div>
<div class="blog-author-container mx-auto w-full px-4 lg:w-3/4"><div class="mb-4 border-b pb-2"><h3 class="font-heading text-sm font-medium uppercase
 text-slate-500">Written by</h3>
</div><div class="flex flex-row items-start"><img alt="" class="h-16 w-16 rounded-full" src="https://cdn.hashnode.com/res/hashnode/image/upload/kiran.jpeg"/>
<div class="ml-4"><h1 class="font-sans text-lg font-semibold text-slate-800"><a href="https://hashnode.com/@kiranmehta">Kiran Mehta</a></h1>
<div class="prose text-slate-600"><p>${hnBio}</p></div></div><button type="button"
 class="ml-auto rounded-full border px-3 py-1 font-medium">Follow</button></div></div>
<div class="blog-newsletter-container mx-auto mt-10 w-full rounded-lg bg-slate-50 p-6 lg:w-3/4"><h3 class="font-heading text-xl
 font-semibold">Subscribe to my newsletter</h3>
<p class="text-slate-600">${hnNews}</p><form class="relative mt-4 flex"><input type="email" placeholder="Enter your email address"
 class="w-full rounded-full border px-4 py-2"/>
<button type="submit" class="absolute right-1 top-1 rounded-full bg-blue-600 px-3 py-1 font-semibold text-white">Subscribe</button></form></div>
<div class="blog-more-articles mx-auto mt-16 w-full px-4 lg:w-3/4"><h2 class="font-heading mb-6 text-2xl font-bold">More articles</h2><div class="grid
 grid-cols-1 gap-6 md:grid-cols-2">
${hnMore
  .map(
    ([t, b]) => `<div class="rounded-lg border p-4"><a href="#"><h1 class="font-heading text-xl font-bold">${t}</h1></a><p class="text-slate-600">${b}</p>
<p class="text-sm text-slate-500">Kiran Mehta</p></div>`,
  )
  .join('\n')}</div></div></main>
<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center md:px-10 md:py-12 lg:py-20"><div class="mb-4 flex flex-col items-center">
<p class="text-slate-600">&#169;2025 Kiran Builds</p><div class="flex flex-row flex-wrap items-center justify-center"><a href="/archive"
 class="mx-2">Archive</a>·
<a href="https://hashnode.com/privacy" class="mx-2">Privacy policy</a>·<a href="https://hashnode.com/terms" class="mx-2">Terms</a></div></div>
<div class="flex flex-col items-center"><a aria-label="Publish with Hashnode" href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer"
 class="flex flex-row items-center rounded-lg border bg-white px-3 py-2"><svg class="mr-2 h-5 w-5"
 viewBox="0 0 200 200"></svg><span>Powered by Hashnode - Build your
 developer hub.</span></a><div class="mt-4 flex flex-row"><a href="https://hashnode.com/onboard?source=blog-footer" class="mx-2">Start your blog</a>
<a href="https://hashnode.com/docs?source=blog-footer" class="mx-2">Create docs</a></div></div></footer></div></div>
<script id="__NEXT_DATA__"
 type="application/json">{"props":{"pageProps":{"publication":{"id":"63f1a0","title":"Kiran Builds","url":"https://blog.kiranmehta.example",
"author":{"name":"Kiran Mehta","username":"kiranmehta"}},"post":{"id":"67a5c9","slug":"partial-index-queue-table","title":"${hnTitle}","subtitle":"${hnSub}",
"brief":"Our background jobs live in a single Postgres table called jobs. Workers poll it for rows with the status pending...","readTimeInMinutes":6,
"reactionCount":48,"responseCount":3,"publishedAt":"2025-02-07T09:14:22.318Z","tags":[{"name":"PostgreSQL"},{"name":"Databases"}]}},"__N_SSP":true},
"page":"/[slug]","query":{"slug":"partial-index-queue-table"},"buildId":"y9Jk2hC_0a","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
</body></html>`;
export const hashnodePost: TestPage = {
  html: hnHtml,
  name: 'heldout54-hashnode-post',
  kind: 'blog',
  // the subtitle under the title is the dek: body; the four h2 of the content are the headings and their copies in the table of
  // contents are in neither list ("Table of contents" is furniture); the code blocks are in neither list, inline code stays part
  // of its sentence; the list items (a <p> inside each <li>) are body; "Kiran Mehta" (byline, author card and the "More
  // articles" cards) and "Feb 7, 2025" are the bylines, "6 min read" furniture; the header, nav, series box, tags, floating bar
  // counts, "Written by" with bio, newsletter, "More articles" and the footer are furniture (the series name once, though it
  // is in the nav and the series box); the nav's "About" is a word of the article text: left out
  title: hnTitle,
  headings: [hnH1, hnH2, hnH3, hnH4],
  body: texts([hnSub, ...hnIntro, ...hnQuery, ...hnPartial, ...hnList, ...hnWatch]),
  bylines: ['Kiran Mehta', 'Feb 7, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kiran Builds', 'Follow', ...hnNav.filter((t) => t !== 'About'), '6 min read', 'Series', 'Part 3 of 5', 'Table of contents', ...hnTags, '48',
    'Written by', hnBio,
    'Subscribe to my newsletter', ...texts([hnNews]), 'Subscribe', 'More articles', ...hnMore.flat(), '©2025 Kiran Builds', 'Archive', 'Privacy policy',
    'Terms', 'Powered by Hashnode - Build your developer hub.', 'Start your blog', 'Create docs',
  ],
};
