import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 37, file c2: a personal engineering blog on Hashnode's Next.js blog template under its own domain, as the
 * server renders it in one stream (the blog header with avatar, title, nav, "Follow" and "Subscribe" buttons, the cover image,
 * title and subtitle, the author row with date and reading time, the "Table of contents" card, content with a callout whose label
 * is an emoji, a Dockerfile code block and a list, the tags, the sponsor box, the author card, the reaction bar, the "Comments (6)"
 * button, the newsletter box, "More articles", the footer with the Hashnode badge, and the __NEXT_DATA__ JSON).
 */
const hnTitle = 'How We Cut Our CI Pipeline from 22 Minutes to 6';
const hnSub = 'Caching, test splitting and one very slow Docker layer.';
const hnP1 = [
  'Six months ago a pull request in our main repository took 22 minutes to get a green tick. Nobody decided that was acceptable; it ' +
    'just crept up, a minute at a time, as the codebase and the test suite grew. By January people had stopped waiting for CI and ' +
    'started merging on a hunch, which is how we shipped a broken migration to staging twice in one week.',
  'This post walks through what we changed, in the order we changed it, and how much each step saved.',
];
const hnH1 = 'Measure before you cut';
const hnP2 = [
  'The first thing I did was export the timings of the last 300 runs into a spreadsheet. The pipeline had four jobs: install, lint, ' +
    'test and build. Tests were the obvious suspect, but the numbers said otherwise. Install took seven minutes on every run, because ' +
    'we were rebuilding the same Docker image from scratch each time.',
];
const hnCallout =
  'If your CI provider shows per-step timings, export them before you change anything. It is much easier to argue for a fix with a ' +
  'chart than with a feeling.';
const hnH2 = 'Fixing the Docker layer';
const hnP3 = [
  'Our Dockerfile copied the whole repository before running the package install, so any change to any file invalidated the cache ' +
    'for the slowest step. Moving the copy of the lockfile above the install, and copying the rest of the source afterwards, meant ' +
    'the install layer was reused on almost every run.',
];
const hnP4 = ['That single change took install from seven minutes to under one.'];
const hnH3 = 'Splitting the tests';
const hnP5 = [
  'Our 2,400 tests ran on one machine in nine minutes. We split them across four parallel runners, using the timings from previous ' +
    'runs to balance the shards so that each finished within a few seconds of the others. Splitting by file count alone was worse: ' +
    'one shard got all the database tests and took twice as long as the rest.',
];
const hnH4 = 'What we left alone';
const hnP6 = [
  'We looked at replacing the test runner and at moving to bigger machines, and decided against both. A faster runner would have ' +
    'meant rewriting hundreds of tests for a saving of perhaps a minute. Bigger machines would have cost three times as much for a ' +
    'saving of two.',
  'Here is where the time went in the end:',
];
const hnList = [
  'Install: 7 minutes down to 50 seconds.',
  'Tests: 9 minutes down to 2 minutes 40 seconds.',
  'Lint and build: 6 minutes down to 2 minutes, mostly from the same cache fix.',
];
const hnP7 = ['The pipeline now takes just under six minutes end to end. People wait for it again, and the broken-migration incidents have stopped.'];
const hnNav = ['Projects', 'Uses', 'Talks', 'Newsletter'];
const hnTags = ['CI/CD', 'GitHub Actions', 'Docker', 'DevOps'];
const hnToc: [string, string][] = [
  ['heading-measure-before-you-cut', hnH1],
  ['heading-fixing-the-docker-layer', hnH2],
  ['heading-splitting-the-tests', hnH3],
  ['heading-what-we-left-alone', hnH4],
];
const hnBio = 'Platform engineer in Lagos. I write about build systems, developer experience and the occasional outage.';
const hnMore: [string, string, string][] = [
  ['Our Monorepo Outgrew Make. Here Is What We Tried Next.', 'Feb 11, 2025', 'Three build tools, two weeks and one spreadsheet later.'],
  ['Flaky Tests Are a Product Problem', 'Jan 7, 2025', 'Why we started tracking flakiness like any other user-facing bug.'],
];
const tw = 'text-slate-700 dark:text-slate-300';
const hn = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>',
  `<title>${hnTitle}</title><meta name="description" content="${hnSub}"/><meta property="og:site_name" content="Dayo Builds"/>`,
  '<link rel="canonical" href="https://blog.dayoakindele.example/cut-ci-pipeline-22-to-6-minutes"/><meta name="next-head-count" content="31"/>',
  '<link rel="preload" href="https://cdn.hashnode.com/_next/static/css/9c64b7e8a2c0.css" as="style"/><script type="application/ld+json">',
  `{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hnTitle}","datePublished":"2025-03-18T08:30:12.482Z",`,
  '"author":{"@type":"Person","name":"Dayo Akindele","url":"https://hashnode.com/@dayoakindele"}}</script></head><body><div id="__next">',
  '<div class="blog-page-wrapper min-h-screen bg-white dark:bg-slate-950"><header class="blog-header relative z-50 w-full border-b ',
  'border-black/10 bg-white bg-opacity-70 dark:border-white/10 dark:bg-slate-900"><div class="container mx-auto px-2 md:px-4 2xl:px-10">',
  '<div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><div class="flex flex-row items-center py-1">',
  '<button type="button" aria-label="Open blog drawer" class="blog-header-btn mr-2 rounded-full p-2 md:hidden"><svg class="h-6 w-6 stroke-current"',
  ' viewBox="0 0 24 24" fill="none"><path d="M3 12h18M3 6h18M3 18h18"></path></svg></button><a aria-label="Dayo Builds home page" ',
  'class="flex flex-row items-center" href="/"><span class="mr-2 block h-10 w-10 overflow-hidden rounded-full"><img alt="Dayo Builds\'s photo" ',
  'src="https://cdn.hashnode.com/res/hashnode/image/upload/v1712/avatar.png?w=200&amp;h=200&amp;fit=crop&amp;crop=faces"/></span><h1 class="',
  'blog-title text-2xl font-semibold leading-snug tracking-tight text-black dark:text-white">Dayo Builds</h1></a></div><div class="flex ',
  'flex-row items-center"><button type="button" aria-label="Toggle dark mode" class="blog-header-btn rounded-full p-2"><svg class="h-6 w-6 ',
  'fill-current" viewBox="0 0 24 24"><path d="M12 3a9 9 0 1 0 9 9"></path></svg></button><button type="button" aria-label="Open blog search" ',
  'class="blog-header-btn rounded-full p-2"><svg class="h-6 w-6 fill-current" viewBox="0 0 24 24"><path d="M10 18a8 8 0 1 1"></path></svg>',
  '</button><a href="https://hashnode.com/@dayoakindele" class="blog-follow-button ml-2 flex flex-row items-center rounded-full border ',
  'border-blue-600 px-3 py-1 font-medium text-blue-600">Follow</a><button type="button" class="blog-subscribe-button ml-2 rounded-full ',
  'bg-blue-600 px-3 py-1 font-medium text-white">Subscribe</button></div></div><div class="blog-sub-header hidden md:block" data-tom="hidden ',
  'md:block"><nav class="relative flex flex-row items-center justify-center"><ul class="flex flex-row items-center text-base">',
  '<li><a href="/" class="blog-nav-link mx-2 block px-2 py-1 font-semibold">Home</a></li>',
  ...hnNav.map((t) => `<li><a href="/${t.toLowerCase()}" class="blog-nav-link mx-2 block px-2 py-1 ${tw}">${t}</a></li>`),
  '</ul></nav></div></div></header><main class="blog-post-page"><article class="blog-article-page"><div class="relative"><div class="',
  `relative mx-auto mb-8 max-w-screen-lg md:mb-14"><img class="block w-full rounded-xl" alt="${hnTitle}" src="https://cdn.hashnode.`,
  'com/res/hashnode/image/upload/v1742286/ci-cover.png?w=1600&amp;h=840&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format',
  '=webp"/></div><h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold text-slate-900 dark:text-white md:mb-14 md:text-5xl">',
  hnTitle,
  `</h1><div class="mb-8 px-4 text-center md:mb-14"><h2 class="font-heading text-2xl text-slate-600 dark:text-slate-300">${hnSub}</h2></div>`,
  '<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg"><div class="mb-5 ',
  'flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><div class="h-10 w-10 overflow-hidden rounded-full">',
  '<a href="https://hashnode.com/@dayoakindele"><img alt="Dayo Akindele" src="https://cdn.hashnode.com/res/hashnode/image/upload/v1712/',
  `avatar.png?w=124"/></a></div><a href="https://hashnode.com/@dayoakindele" class="ml-2 font-semibold ${tw}"><span>Dayo Akindele</span></a>`,
  '</div><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden ',
  'font-bold text-slate-500 md:block">·</span><a href="/cut-ci-pipeline-22-to-6-minutes" class="tooltip-handle text-slate-700 ',
  'dark:text-slate-400" data-title="Mar 18, 2025 08:30"><span>Mar 18, 2025</span></a><span class="mx-3 block font-bold text-slate-500">·',
  '</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400"><svg class="mr-2 h-5 w-5 fill-current opacity-75" ',
  'viewBox="0 0 576 512"><path d="M540 0"></path></svg><span>6<!-- --> min read</span></p></div></div>',
  '<div class="mx-auto mb-10 w-full max-w-screen-md px-4"><div class="toc-card rounded-lg border border-slate-200 p-5 dark:border-slate-800">',
  '<div class="flex flex-row items-center justify-between"><h2 class="text-lg font-bold text-slate-900 dark:text-white">Table of contents',
  '</h2><button type="button" aria-label="Collapse table of contents" class="rounded-full p-1"><svg class="h-5 w-5" viewBox="0 0 24 24">',
  '<path d="m6 9 6 6 6-6"></path></svg></button></div><ul class="mt-4 list-none pl-0">',
  ...hnToc.map(([id, t]) => `<li class="my-2"><a href="#${id}" class="text-slate-700 hover:underline dark:text-slate-300">${t}</a></li>`),
  '</ul></div></div><div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto ',
  'mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl hashnode-content-style"><div>',
  hnP1.map((p) => `<p>${p}</p>`).join(''),
  `<h2 id="heading-measure-before-you-cut">${hnH1}</h2><p>${hnP2[0]}</p><div data-node-type="callout"><div data-node-type="callout-emoji">💡`,
  `</div><div data-node-type="callout-text">${hnCallout}</div></div><h2 id="heading-fixing-the-docker-layer">${hnH2}</h2><p>${hnP3[0]}</p>`,
  '<pre><code class="lang-dockerfile"><span class="hljs-keyword">FROM</span> node:<span class="hljs-number">20</span>-slim\n<span ',
  'class="hljs-keyword">WORKDIR</span> /app\n<span class="hljs-keyword">COPY</span> package.json pnpm-lock.yaml ./\n<span class="hljs-keyword">',
  'RUN</span> corepack <span class="hljs-built_in">enable</span> &amp;&amp; pnpm install --frozen-lockfile\n<span class="hljs-keyword">COPY',
  '</span> . .\n</code></pre>',
  `<p>${hnP4[0]}</p><h2 id="heading-splitting-the-tests">${hnH3}</h2><p>${hnP5[0]}</p><h2 id="heading-what-we-left-alone">${hnH4}</h2>`,
  hnP6.map((p) => `<p>${p}</p>`).join(''),
  `<ul>${hnList.map((t) => `<li><p>${t}</p></li>`).join('')}</ul><p>${hnP7[0]}</p></div></div>`,
  '<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">',
  ...hnTags.map(
    (t) =>
      `<a href="/tag/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="mb-2 mr-3 rounded-lg border bg-slate-100 px-2 py-1 text-base ` +
      `font-medium text-slate-700 dark:border-slate-800 dark:bg-slate-800 dark:text-slate-300"><span>${t}</span></a>`,
  ),
  '</div></div></div><div class="mx-auto mb-10 max-w-screen-md px-4"><div class="sponsor-card rounded-lg border border-slate-200 p-6 ',
  'text-center ',
  'dark:border-slate-800"><p class="text-lg font-semibold text-slate-900 dark:text-white">Did you find this article valuable?</p><p class="',
  'mt-2 text-slate-600 dark:text-slate-400">Support <strong>Dayo Builds</strong> by becoming a sponsor. Any amount is appreciated!</p>',
  '<button type="button" class="mt-4 rounded-full bg-blue-600 px-4 py-2 font-medium text-white">Sponsor</button></div></div>',
  '<div class="blog-author-container mx-auto mb-20 max-w-screen-md px-4"><p class="mb-4 text-sm font-medium uppercase tracking-wider ',
  'text-slate-500">Written by</p><div class="flex flex-row items-start"><a href="https://hashnode.com/@dayoakindele" class="mr-4 block h-16 ',
  'w-16 overflow-hidden rounded-full"><img alt="Dayo Akindele" src="https://cdn.hashnode.com/res/hashnode/image/upload/v1712/avatar.png?w=256"',
  '/></a><div class="flex-1"><h3 class="text-lg font-bold text-slate-900 dark:text-white"><a href="https://hashnode.com/@dayoakindele">Dayo ',
  `Akindele</a></h3><p class="mt-1 ${tw}">${hnBio}</p></div><a href="https://hashnode.com/@dayoakindele" class="ml-4 rounded-full border `,
  'border-slate-300 px-3 py-1 text-sm font-medium">Follow</a></div></div></article><div class="fixed bottom-0 left-0 right-0 z-50 flex ',
  'justify-center pb-4"><div class="flex flex-row items-center rounded-full border border-slate-200 bg-white px-4 py-2 shadow-lg ',
  'dark:border-slate-800 dark:bg-slate-900"><button type="button" aria-label="Like this article" class="flex items-center"><svg class="h-5 w-5"',
  ' viewBox="0 0 24 24"><path d="M12 21s-7-4.5-9.5-9"></path></svg><span class="ml-2 text-sm">48</span></button><button type="button" ',
  'aria-label="Open comments" class="ml-4 flex items-center"><svg class="h-5 w-5" viewBox="0 0 24 24"><path d="M3 20l1.3-3.9"></path></svg>',
  '<span class="ml-2 text-sm">6</span></button><button type="button" aria-label="Bookmark this article" class="ml-4"><svg class="h-5 w-5" ',
  'viewBox="0 0 24 24"><path d="M5 3h14v18l-7-5-7 5z"></path></svg></button><button type="button" aria-label="Share this article" ',
  'class="ml-4"><svg class="h-5 w-5" viewBox="0 0 24 24"><path d="M4 12v8h16v-8"></path></svg></button></div></div><div class="mx-auto ',
  'mb-10 max-w-screen-md px-4 text-center"><button type="button" class="rounded-full border border-slate-300 px-5 py-2 font-medium ',
  `${tw}">Comments (6)</button></div><section class="blog-newsletter-section mx-auto mb-20 max-w-screen-md rounded-lg bg-slate-50 p-8 `,
  'text-center dark:bg-slate-900"><h3 class="text-2xl font-bold text-slate-900 dark:text-white">Subscribe to our newsletter</h3><p class="',
  'mt-2 text-slate-600 dark:text-slate-400">Read articles from <strong>Dayo Builds</strong> directly inside your inbox. Subscribe to the ',
  'newsletter, and don&#x27;t miss out.</p><form class="mx-auto mt-6 flex max-w-md flex-row"><input type="email" placeholder="Enter your email ',
  'address" class="flex-1 rounded-l-full border px-4 py-2" required=""/><button type="submit" class="rounded-r-full bg-blue-600 px-4 py-2 ',
  'font-medium text-white">Subscribe</button></form></section><section class="blog-more-articles mx-auto mb-20 max-w-screen-lg px-4"><h2 ',
  'class="mb-8 text-center text-2xl font-bold text-slate-900 dark:text-white">More articles</h2><div class="grid grid-cols-1 gap-8 md:grid-cols-2">',
  ...hnMore.map(
    ([t, d, b], i) =>
      `<div class="flex flex-col rounded-lg border border-slate-200 p-5 dark:border-slate-800"><h3 class="text-xl font-bold text-slate-900 ` +
      `dark:text-white"><a href="/post-${i}">${t}</a></h3><p class="mt-2 text-sm text-slate-500"><span>Dayo Akindele</span> · ` +
      `<span>${d}</span></p><p class="mt-3 ${tw}">${b}</p></div>`,
  ),
  '</div></section></main><footer class="blog-footer-area border-t border-slate-200 bg-slate-100 px-5 py-10 text-center text-slate-600 ',
  'dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400"><div class="mb-5 flex flex-row flex-wrap justify-center gap-5 text-sm">',
  '<a href="/archive">Archive</a><a href="/privacy">Privacy policy</a><a href="/terms">Terms</a></div><p class="mb-2 text-sm">©<!-- -->',
  '2025<!-- --> <!-- -->Dayo Builds</p><a href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer" class="inline-flex ',
  'items-center rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium"><svg class="mr-2 h-5 w-5" viewBox="0 0 200 200"><path ',
  'd="M13.742 66.824"></path></svg>Publish with Hashnode</a><p class="mt-4 text-xs">Powered by <a href="https://hashnode.com/?source=',
  'blog-footer">Hashnode</a> - Build your developer hub.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">',
  `{"props":{"pageProps":{"post":{"id":"67d92f3c8a","slug":"cut-ci-pipeline-22-to-6-minutes","title":"${hnTitle}","subtitle":"${hnSub}",`,
  `"brief":"${hnP1[0]!.slice(0, 140)}...","readTimeInMinutes":6,"author":{"name":"Dayo Akindele","username":"dayoakindele"},`,
  '"tags":[{"name":"CI/CD"},{"name":"GitHub Actions"}],"publishedAt":"2025-03-18T08:30:12.482Z"},"publication":{"title":"Dayo Builds",',
  '"url":"https://blog.dayoakindele.example"}},"__N_SSP":true},"page":"/[...slug]","query":{"slug":["cut-ci-pipeline-22-to-6-minutes"]},',
  '"buildId":"b8vQm0Zx3rK1","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>',
].join('');
export const hashnodePost: TestPage = {
  html: hn,
  name: 'heldout37-hashnode-custom-domain',
  kind: 'blog',
  // the subtitle under the title is the post's dek: body; the callout (emoji label in neither) is body; the Dockerfile block is
  // in neither; the author name and the date are bylines (the author card repeats the name, the "More articles" cards too: the
  // same gold string); reading time, the TOC card (its entries are the headings again: in neither), tags, sponsor box, "Written
  // by", bio, reaction counts, "Comments (6)", the newsletter (its second sentence has a React-escaped apostrophe: only the first
  // sentence is listed), "More articles", header, nav and footer are furniture; the nav's "Home" is kept, the tag "Docker" is a
  // body word (left out); "Follow" and "Subscribe" are listed once each though the page prints them twice
  title: hnTitle,
  headings: [hnH1, hnH2, hnH3, hnH4],
  body: [hnSub, ...texts(hnP1), ...texts(hnP2), hnCallout, ...texts(hnP3), ...texts(hnP4), ...texts(hnP5), ...texts(hnP6), ...hnList, ...texts(hnP7)],
  bylines: ['Dayo Akindele', 'Mar 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dayo Builds', 'Follow', 'Subscribe', 'Home', ...hnNav, '6 min read', 'Table of contents', 'CI/CD', 'GitHub Actions', 'DevOps',
    'Did you find this article valuable?', 'Support Dayo Builds by becoming a sponsor. Any amount is appreciated!', 'Sponsor', 'Written by', hnBio,
    '48', 'Comments (6)', 'Subscribe to our newsletter', 'Read articles from Dayo Builds directly inside your inbox.', 'More articles',
    ...hnMore.flat(), 'Archive', 'Privacy policy', 'Terms', 'Publish with Hashnode', 'Powered by Hashnode - Build your developer hub.',
  ],
};
