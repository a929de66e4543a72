import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 73, page 6: a Hashnode blog post (Next.js blog layout) with a newsletter card and a sponsor box, for file c. */
const hnTitle = 'How We Cut Our CI Time in Half with Test Sharding';
const hnSubtitle = 'Forty-minute pipelines, a flaky test budget, and the week we finally fixed both';
const hnIntro = [
  'Last autumn our main pipeline took forty-one minutes on a good day. Engineers pushed a change, went for lunch and came back to ' +
    'a red build caused by a test that had nothing to do with their work. Nobody trusted the pipeline, so nobody waited for it.',
  'Over one focused week we brought the median run down to nineteen minutes. Most of the gain came from a single change: ' +
    'splitting the test suite across parallel jobs by how long each file actually takes to run.',
];
const hnCount = [
  'Our first attempt split test files alphabetically into four groups. It helped a little, but one group always finished ten ' +
    'minutes after the others, because it happened to hold the slow integration tests for billing.',
  'The fix was to record the duration of every test file on the main branch and store the timings as a build artefact. Each ' +
    'pipeline downloads the latest timings and assigns files to shards greedily, longest first, so every shard gets roughly the ' +
    'same amount of work.',
  'With timings in place, going from four shards to eight was a one-line change. Beyond eight the gains flattened out, because ' +
    'every shard pays the same two minutes of setup to check out the code and restore the dependency cache.',
];
const hnFlaky = [
  'Faster pipelines made flaky tests more visible, not less. We set a budget: any test that failed and then passed on retry more ' +
    'than three times in a week was quarantined automatically and a ticket opened for its owning team.',
  'Quarantined tests still run, but their result does not fail the build. After six weeks the quarantine list had shrunk from ' + 'thirty-two tests to five.',
];
const hnNumbers = [
  'Median pipeline time fell from 41 to 19 minutes.',
  'Builds that needed a manual retry dropped from 14% to under 3%.',
  'Compute cost rose by about 8%, because more jobs run in parallel.',
];
const hnNext = [
  'We are now looking at running only the tests affected by a change on feature branches, keeping the full suite for main. ' +
    'That is a harder problem, and a post for another day.',
];
const hnHeads = ['Counting seconds, not files', 'A budget for flaky tests', 'The numbers', 'What is next'];
const hnNav = ['Home', 'Platform', 'Culture', 'Newsletter'];
const hnTags = ['ci-cd', 'testing', 'devops', 'engineering-culture'];
const hnNews = [
  'Subscribe to our newsletter',
  'Read articles from Fernhill Engineering directly inside your inbox. Subscribe to the newsletter, and don’t miss out.',
];
const hnSponsor = ['Did you find this article valuable?', 'Support Fernhill Engineering by becoming a sponsor. Any amount is appreciated!', 'Sponsor'];
const hnMore = [
  { t: 'Our On-Call Handbook, One Year Later', a: 'Dev Patel', d: 'Feb 11, 2025' },
  { t: 'Moving 300 Services to a Single Base Image', a: 'Anya Kowalczyk', d: 'Jan 21, 2025' },
];
const hnComments = [
  { n: 'Sam Okafor', t: 'The greedy longest-first trick is so simple and so effective. Did you look at splitting individual slow files too?' },
  { n: 'Ilse Maas', t: 'Love the quarantine budget idea. Stealing it for our team.' },
];
const hnFoot = ['Archive', 'Privacy policy', 'Terms'];
const hnHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${hnTitle}</title><meta name="description" content="${hnSubtitle}"/><meta property="og:title" content="${hnTitle}"/>
<meta property="og:site_name" content="Fernhill Engineering"/><meta property="og:type" content="article"/><meta name="twitter:card"
content="summary_large_image"/>
<link rel="canonical" href="https://engineering.fernhill.example/ci-test-sharding"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hnTitle}","description":"${hnSubtitle}",
"author":{"@type":"Person","name":"Anya Kowalczyk","url":"https://hashnode.com/@anyak"},"datePublished":"2025-03-04T09:12:40.118Z"}</script>
<link rel="preload" href="/_next/static/css/8a1c4e0f2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1c4e0f2d.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3f1b2d.js" defer=""></script><script src="/_next/static/chunks/pages/%5B...slug%5D-9d2f.js" defer=""></script>
</head><body><div id="__next"><div class="blog-post-page min-h-screen bg-white dark:bg-slate-950">
<header class="blog-header relative z-50 w-full border-b border-black/10 bg-white bg-opacity-70 dark:border-white/10 dark:bg-slate-900">
<div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4">
<div class="flex flex-row items-center py-1"><div class="mr-2"><button type="button" aria-label="Open blog links" class="blog-sidebar-btn">
<svg class="h-6 w-6 stroke-current" viewBox="0 0 24 24"><path d="M3 12h18"></path></svg></button></div>
<div class="hidden md:block"><h1 class="blog-main-logo"><a class="flex flex-row items-center" aria-label="Fernhill Engineering home page" href="/">
<span class="blog-title">Fernhill Engineering</span></a></h1></div></div>
<div class="flex flex-row items-center"><button type="button" aria-label="Open blog search" class="blog-search-btn"><svg viewBox="0 0 24 24">
<path d="M21 21l-6-6"></path></svg></button><button type="button" class="blog-follow-btn"><span>Follow</span></button></div></div>
<nav class="blog-sub-header" data-tom="hidden md:flex"><div class="blog-nav flex flex-row
items-center">${links(hnNav, 'blog-nav-item')}</div></nav></div></header>
<main class="blog-post-detail-card pb-24"><article class="relative">
<div class="relative z-20 mx-auto grid w-full grid-cols-8"><div class="col-span-full px-4 md:col-span-6 md:col-start-2">
<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold leading-tight text-slate-900 dark:text-white md:text-5xl">${hnTitle}</h1>
<h2 class="font-heading mb-8 px-4 text-center text-xl font-medium text-slate-500 dark:text-slate-400 md:text-3xl">${hnSubtitle}</h2></div></div>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:mb-14 md:text-lg">
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><div class="relative z-20 h-8 w-8 overflow-hidden
rounded-full"><a href="https://hashnode.com/@anyak"><img alt="Anya Kowalczyk&#x27;s photo" src="/anya.png" class="block h-full w-full"/></a></div>
<a href="https://hashnode.com/@anyak" class="ml-2 font-semibold text-slate-600 dark:text-white"><span>Anya Kowalczyk</span></a></div>
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500
md:block">·</span><a href="/ci-test-sharding" class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="Mar 4, 2025 09:12"><span>Mar 4,
2025</span></a><span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400">
<svg class="mr-2 h-5 w-5 fill-current" viewBox="0 0 576 512"><path d="M540.9 56.77"></path></svg><span>7<!-- --> min read</span></p></div></div>
<div class="blog-content-wrapper article-main-wrapper container relative z-30 mx-auto grid grid-flow-row grid-cols-8 xl:gap-6 2xl:grid-cols-10">
<section class="blog-content-main z-20 col-span-8 mb-10 px-4 md:z-10 lg:col-span-6 lg:col-start-2 lg:px-0 xl:col-span-6 xl:col-start-2">
<div class="relative"><div class="mx-auto mb-10 max-w-screen-md"><div class="rounded-lg border border-slate-200 dark:border-slate-800"><button type="button"
class="flex w-full items-center justify-between px-4 py-3 font-semibold" aria-expanded="false"><span>Table of contents</span><svg viewBox="0 0 24 24">
<path d="M6 9l6 6 6-6"></path></svg></button></div></div>
<div class="prose mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl" id="post-content-parent"><div id="post-content-wrapper">
${ps(hnIntro)}
<h2 id="heading-counting-seconds-not-files">${hnHeads[0]}</h2>
${ps(hnCount)}
<div class="newsletter-card my-10 rounded-lg bg-slate-50 p-6 text-center dark:bg-slate-900" data-hn-newsletter="inline"><h3 class="mb-2 text-xl font-bold">
${hnNews[0]}</h3><p class="mb-4 text-slate-600">${hnNews[1]}</p><form class="mx-auto flex max-w-md"><input type="email" placeholder="you@example.com"
aria-label="Email address" class="flex-1 rounded-l-full border px-4 py-2"/><button type="submit" class="rounded-r-full bg-blue-600 px-4 text-white">
Subscribe</button></form></div>
<h2 id="heading-a-budget-for-flaky-tests">${hnHeads[1]}</h2>
${ps(hnFlaky)}
<h2 id="heading-the-numbers">${hnHeads[2]}</h2>
<ul>${hnNumbers.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<h2 id="heading-what-is-next">${hnHeads[3]}</h2>
${ps(hnNext)}
</div></div>
<div class="mb-5 mt-10 flex flex-row flex-wrap justify-center">${hnTags
  .map((t) => `<a class="mb-2 mr-2 rounded-lg border px-2 py-1 text-base font-medium" href="/tag/${t}"><span>${t}</span></a>`)
  .join('')}</div>
<div class="sponsor-card mx-auto my-10 w-full max-w-screen-md rounded-lg border p-6 text-center"><h3 class="mb-2 text-xl font-bold">${hnSponsor[0]}</h3>
<p class="mb-5 text-slate-600">${hnSponsor[1]}</p><button type="button" class="rounded-full bg-blue-600 px-5 py-2 font-semibold text-white">
${hnSponsor[2]}</button></div>
<div class="post-floating-bar fixed bottom-0 left-0 right-0 z-50 flex justify-center"><div class="flex items-center rounded-full border bg-white p-2 shadow">
<button type="button" aria-label="Like" class="flex items-center"><svg viewBox="0 0 24 24"><path d="M12 21l-1.45-1.32"></path></svg><span>84</span></button>
<button type="button" aria-label="Comments" class="flex items-center"><svg viewBox="0 0 24 24"><path d="M21 15a2"></path></svg><span>2</span></button>
<button type="button" aria-label="Bookmark"><svg viewBox="0 0 24 24"><path d="M19 21l-7-5"></path></svg></button>
<button type="button" aria-label="Share this article"><svg viewBox="0 0 24 24"><path d="M4 12v8"></path></svg></button></div></div>
<div class="author-card mx-auto my-10 max-w-screen-md border-t pt-10"><p class="mb-4 text-sm font-semibold uppercase text-slate-500">Written by</p>
<div class="flex items-start"><img src="/anya.png" alt="Anya Kowalczyk" class="mr-4 h-14 w-14 rounded-full"/><div><h4 class="text-lg font-bold"><a
href="https://hashnode.com/@anyak">Anya Kowalczyk</a></h4><p class="text-slate-600">Engineering manager for developer experience at Fernhill. Fond of fast
feedback loops and slow coffee.</p></div><button type="button" class="ml-auto rounded-full border px-4 py-1">Follow</button></div></div>
<div id="comments-list" class="mx-auto max-w-screen-md"><h3 class="mb-5 text-xl font-bold">Comments (2)</h3>${hnComments
  .map(
    (c) => `<div class="comment mb-5 rounded-lg border p-4"><p class="font-semibold"><a
href="https://hashnode.com/@${c.n.split(' ')[0]!.toLowerCase()}">${c.n}</a>
</p><div class="prose"><p>${c.t}</p></div></div>`,
  )
  .join('\n')}</div></div></section></div></article>
<section class="more-articles container mx-auto px-4"><h2 class="mb-8 text-2xl font-bold">More articles</h2><div class="grid gap-8 md:grid-cols-2">${hnMore
  .map(
    (m) => `<article class="rounded-lg border p-4"><h3 class="text-lg font-bold"><a href="/more-${m.d.slice(-4)}">${m.t}</a></h3>
<p class="text-sm text-slate-500"><span>${m.a}</span> · <span>${m.d}</span></p></article>`,
  )
  .join('\n')}</div></section></main>
<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 dark:bg-slate-900"><div class="container mx-auto"><div class="flex flex-col
items-center">
<p class="mb-2 text-slate-600">©2025 Fernhill Engineering</p><div class="flex gap-4">${hnFoot
  .map(
    (t) => `<a
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</div>
<p class="mt-6"><a href="https://hashnode.com/onboard?unlock-blog=true" class="flex items-center">Powered by Hashnode - Build your developer hub.</a></p>
<div class="mt-3 flex gap-3"><a href="https://hashnode.com/onboard">Start your blog</a><a href="https://hashnode.com/docs">Create docs</a></div></div></div>
</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"publication":{"title":"Fernhill
Engineering","url":"https://engineering.fernhill.example"},
"post":{"title":"${hnTitle}","subtitle":"${hnSubtitle}","slug":"ci-test-sharding","readTimeInMinutes":7,"author":{"name":"Anya Kowalczyk",
"username":"anyak"},"tags":[{"slug":"ci-cd"},{"slug":"testing"}],"publishedAt":"2025-03-04T09:12:40.118Z"}}},"page":"/[...slug]","isFallback":false}</script>
</body></html>`;

export const hashnodePost: TestPage = {
  html: hnHtml,
  name: 'heldout73-hashnode-blog',
  kind: 'blog',
  // the subtitle under the headline is in neither list; the newsletter card inside the text, the "Table of contents"
  // toggle, tags, sponsor box, floating bar counts, the "Written by" card, comments, "More articles" and footer are furniture
  title: hnTitle,
  headings: hnHeads,
  body: [...texts(hnIntro), ...texts(hnCount), ...texts(hnFlaky), ...hnNumbers, ...hnNext],
  bylines: ['Anya Kowalczyk', 'Mar 4, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernhill Engineering', 'Follow', ...hnNav, 'Table of contents', ...hnNews, 'Subscribe', ...hnTags, ...hnSponsor, '84', 'Written by',
    'Engineering manager for developer experience at Fernhill. Fond of fast feedback loops and slow coffee.', 'Comments (2)',
    ...hnComments.flatMap((c) => [c.n, c.t]), 'More articles', ...hnMore.flatMap((m) => [m.t, m.a, m.d]).filter((t) => t !== 'Anya Kowalczyk'),
    '©2025 Fernhill Engineering', ...hnFoot, 'Powered by Hashnode - Build your developer hub.', 'Start your blog', 'Create docs',
  ],
};
