import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 165, file a2: a developer's Hugo blog post with the Congo theme (skip link, the header nav with search and
 * appearance buttons, the breadcrumb list, date and reading time, tag pills, the "Table of Contents" details box, "#"
 * anchors inside the h2s, a code block, the author footer with links, the prev/next pager, the scroll-to-top arrow, the
 * footer and the hidden search modal).
 */
const cgTitle = 'Why our CI cache made builds slower';
const cgP1 = [
  'For most of last year our main repository built in about nine minutes on CI. In January that crept up to fourteen, and by ' +
    'March a clean pipeline took almost twenty. Nobody had changed the build in any big way. What had changed, slowly, was the ' +
    'cache we had added two years earlier to make builds faster.',
];
const cgH1 = 'How the cache worked';
const cgP2 = [
  'Every job restored a tarball keyed on the lockfile hash, ran the build, and saved the tarball again at the end. The ' +
    'tarball held the package store, the compiler output and, because nobody had been careful with the glob, the test ' +
    'reports and coverage files from every previous run.',
  'That last part is the whole story. Each run added a few megabytes of reports to the cache, and nothing ever took them ' +
    'out. By March the tarball was 3.8 GB. Restoring it took four minutes and saving it took another three.',
];
const cgH2 = 'Finding it';
const cgP3 = [
  'We found it the boring way: by reading the timestamps in the job log instead of the summary. The build step itself was ' +
    'as fast as ever. The two steps either side of it were where the time went.',
  'A quick listing of the restored archive showed 41,000 files under the reports directory, the oldest from eighteen months ' + 'before.',
];
const cgH3 = 'The fix';
const cgP4 = ['We made three changes, in this order:'];
const cgList = [
  'Narrowed the cached paths to the package store and the compiler’s incremental directory.',
  'Added the tool versions to the cache key, so an upgrade starts a fresh cache instead of growing the old one.',
  'Set a weekly scheduled job that deletes every cache older than fourteen days.',
];
const cgP5 = [
  'The tarball is now 610 MB, restore and save together take under a minute, and a clean pipeline is back to eight and a half ' +
    'minutes. The lesson I took from it is that a cache is state, and state needs an owner. Ours had none for two years.',
];
const cgCode = `- uses: actions/cache@v4
  with:
    path: |
      ~/.pnpm-store
      .tsbuild
    key: build-\${{ runner.os }}-node20-\${{ hashFiles('pnpm-lock.yaml') }}`;
const cgNav = ['Blog', 'Talks', 'Uses', 'About'];
const cgTags = ['Ci', 'Build', 'Performance'];
const cgBio = 'Platform engineer at a small logistics company. I write about builds, deploys and the tools in between.';
const cgPrev = 'Reading a flame graph for the first time';
const cgNext = 'Notes from a week without Docker';
const cgH = (id: string, t: string): string => `<h2 id="${id}" class="relative group">${t} <span class="absolute top-0 w-6 transition-opacity opacity-0 -start-6
not-prose group-hover:opacity-100"><a class="group-hover:text-primary-300 dark:group-hover:text-neutral-700" style="text-decoration-line: none !important;"
href="#${id}" aria-label="Anchor">#</a></span></h2>`;
const cgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cgHtml = `<!doctype html>
<html lang="en" dir="ltr" class="scroll-smooth" data-default-appearance="light" data-auto-appearance="true"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>${cgTitle} &middot; Priya Lindqvist</title><meta name="title" content="${cgTitle} &middot; Priya Lindqvist">
<meta name="description" content="A cache is state, and state needs an owner."><link rel="canonical" href="https://priyal.example/posts/ci-cache-slower/">
<link type="text/css" rel="stylesheet" href="/css/main.bundle.min.7c1e.css" integrity="sha256-8Wq">
<script defer type="text/javascript" id="script-bundle" src="/js/main.bundle.min.4d2a.js" data-copy="Copy" data-copied="Copied"></script>
<meta property="og:title" content="${cgTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2025-05-14T19:30:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","articleSection":"Posts","name":"${cgTitle}","headline":"${cgTitle}",
"inLanguage":"en","url":"https://priyal.example/posts/ci-cache-slower/","author":{"@type":"Person","name":"Priya Lindqvist"},
"datePublished":"2025-05-14T19:30:00+02:00",
"wordCount":"480","keywords":["ci","build","performance"]}</script><meta name="author" content="Priya Lindqvist"><meta name="generator"
content="Hugo 0.140.2"></head>
<body class="flex h-screen flex-col bg-neutral px-6 text-lg leading-7 text-neutral-900 sm:px-14 md:px-24 lg:px-32 dark:bg-neutral-800 dark:text-neutral m-auto
max-w-7xl">
<div id="the-top" class="absolute flex self-center"><a class="-translate-y-8 rounded-b-lg bg-primary-200 px-3 py-1 text-sm focus:translate-y-0
dark:bg-neutral-600"
href="#main-content"><span class="pe-2 font-bold text-primary-600 dark:text-primary-400">&#8595;</span>Skip to main content</a></div>
<header class="py-6 font-semibold text-neutral-900 sm:py-10 dark:text-neutral print:hidden"><nav class="flex items-start justify-between sm:items-center">
<div class="flex flex-row items-center"><a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" rel="me"
href="/">Priya Lindqvist</a></div>
<ul class="flex list-none flex-col text-end sm:flex-row">
${cgNav
  .map(
    (t) => `<li class="group mb-1 sm:mb-0 sm:me-7 sm:last:me-0.5"><a href="/${t.toLowerCase()}/" title="${t}"><span class="decoration-primary-500
group-hover:underline group-hover:decoration-2 group-hover:underline-offset-2">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="group mb-1 sm:mb-0 sm:me-7 sm:last:me-0"><button id="search-button"
title="Search (/)"><span class="group-dark:hover:text-primary-400 transition-colors
group-hover:text-primary-600"><span class="icon relative inline-block px-1 align-text-bottom"><svg viewBox="0 0 512 512"><path d="M505
442.7"/></svg></span></span>
<span class="decoration-primary-500 group-hover:underline group-hover:decoration-2 group-hover:underline-offset-2"></span></button></li>
<li class="group mb-1 sm:mb-0 sm:me-7 sm:last:me-0"><button id="appearance-switcher-0" type="button" aria-label="appearance switcher"><div class="flex h-12 w-12
items-center justify-center dark:hidden"
title="Switch to dark appearance"><span class="icon relative inline-block px-1 align-text-bottom"><svg viewBox="0 0 512 512">
<path d="M32 256c0-123.8"/></svg></span></div></button></li></ul></nav></header>
<div class="relative flex grow flex-col"><main id="main-content" class="grow"><article>
<header class="max-w-prose"><ol class="text-sm text-neutral-500 dark:text-neutral-400 print:hidden">
<li class="hidden inline"><a class="dark:underline-neutral-600 decoration-neutral-300 hover:underline"
href="/">Priya Lindqvist</a><span class="px-1 text-primary-500">/</span></li>
<li class="inline"><a class="dark:underline-neutral-600 decoration-neutral-300 hover:underline"
href="/posts/">Posts</a><span class="px-1 text-primary-500">/</span></li>
<li class="hidden"><a class="dark:underline-neutral-600 decoration-neutral-300 hover:underline" href="/posts/ci-cache-slower/">${cgTitle}</a><span class="px-1
text-primary-500">/</span></li></ol>
<h1 class="mb-8 mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">${cgTitle}</h1>
<div class="mb-10 text-base text-neutral-500 dark:text-neutral-400 print:hidden"><div class="flex flex-row flex-wrap items-center">
<time datetime="2025-05-14 19:30:00 +0200 CEST">14 May 2025</time><span class="px-2 text-primary-500">&middot;</span><span title="Reading time">3
mins</span></div>
<div class="my-1 text-xs leading-relaxed text-neutral-500 dark:text-neutral-400">
${cgTags
  .map(
    (t) => `<a href="/tags/${t.toLowerCase()}/" class="mx-1 my-1 rounded-md border border-neutral-200 px-1 py-[1px] hover:border-primary-300
hover:text-primary-700 dark:border-neutral-600 dark:hover:border-primary-600 dark:hover:text-primary-400">${t}</a>`,
  )
  .join('\n')}</div></div></header>
<section class="prose mt-0 flex max-w-full flex-col dark:prose-invert lg:flex-row"><div class="order-first px-0 lg:order-last lg:max-w-xs lg:ps-8">
<div class="toc pe-5 lg:sticky lg:top-10 print:hidden"><details open class="-ms-5 mt-0 overflow-hidden rounded-lg ps-5">
<summary class="-ms-5 block cursor-pointer bg-neutral-100 py-1 ps-5 text-lg font-semibold text-neutral-800 lg:hidden dark:bg-neutral-700
dark:text-neutral-100">Table
of Contents</summary><div class="-ms-5 border-s border-dotted border-neutral-300 py-2 ps-5 dark:border-neutral-600"><nav id="TableOfContents"><ul>
<li><a href="#how-the-cache-worked">${cgH1}</a></li><li><a href="#finding-it">${cgH2}</a></li><li><a
href="#the-fix">${cgH3}</a></li></ul></nav></div></details></div></div>
<div class="min-h-0 min-w-0 max-w-prose grow">
${cgPs(cgP1)}
${cgH('how-the-cache-worked', cgH1)}
${cgPs(cgP2)}
${cgH('finding-it', cgH2)}
${cgPs(cgP3)}
${cgH('the-fix', cgH3)}
${cgPs(cgP4)}
<ol>${cgList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${cgCode}</code></pre></div>
${cgPs(cgP5)}
</div></section>
<footer class="max-w-prose pt-8 print:hidden"><div class="flex"><img class="!mb-0 !mt-0 me-4 h-24 w-24 rounded-full" width="96" height="96"
alt="Priya Lindqvist"
src="/img/priya_hu51.jpg"><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Author</div>
<div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Priya Lindqvist</div><div class="text-sm text-neutral-700
dark:text-neutral-400">${cgBio}</div>
<div class="text-2xl sm:text-lg"><div class="flex flex-wrap text-neutral-400 dark:text-neutral-500"><a class="px-1 transition-transform hover:scale-125
hover:text-primary-700 dark:hover:text-primary-400" style="will-change:transform" href="https://github.example/priyal" target="_blank" aria-label="Github"
rel="me noopener noreferrer"><span class="icon relative inline-block px-1 align-text-bottom"><svg viewBox="0 0 496 512"><path d="M165.9
397.4"/></svg></span></a>
</div></div></div></div>
<div class="pt-8"><hr class="border-dotted border-neutral-300 dark:border-neutral-600"><div class="flex justify-between pt-3"><span>
<a class="group flex"
href="/posts/flame-graph/"><span class="me-2 text-neutral-700 transition-transform group-hover:-translate-x-[2px] group-hover:text-primary-600
dark:text-neutral dark:group-hover:text-primary-400"><span class="ltr:inline rtl:hidden">←</span></span><span class="ms-2 text-neutral-700
group-hover:text-primary-600
dark:text-neutral dark:group-hover:text-primary-400">${cgPrev}<br><span class="mt-[0.1rem] text-xs text-neutral-400 dark:text-neutral-500">
<time datetime="2025-04-02 08:10:00 +0200 CEST">2 April 2025</time></span></span></a></span><span><a class="group flex text-right"
href="/posts/week-without-docker/">
<span class="me-2 text-neutral-700 group-hover:text-primary-600 dark:text-neutral dark:group-hover:text-primary-400">${cgNext}<br>
<span class="mt-[0.1rem] text-xs text-neutral-400 dark:text-neutral-500"><time datetime="2025-06-20 21:00:00 +0200 CEST">20 June 2025</time></span></span>
<span class="ms-2 text-neutral-700 transition-transform group-hover:translate-x-[2px] group-hover:text-primary-600"><span class="ltr:inline
rtl:hidden">→</span></span>
</a></span></div></div></footer></article></main>
<div class="pointer-events-none absolute bottom-0 end-0 top-[100vh] w-12" id="to-top" hidden="true"><a href="#the-top"
class="pointer-events-auto sticky top-[calc(100vh-5.5rem)]
flex h-12 w-12 items-center justify-center rounded-full bg-neutral/50 text-xl text-neutral-700 backdrop-blur hover:text-primary-600 dark:bg-neutral-800/50
dark:text-neutral dark:hover:text-primary-400" aria-label="Scroll to top" title="Scroll to top">&#8593;</a></div></div>
<footer class="py-10 print:hidden"><div class="flex items-center justify-between"><div><p class="text-sm text-neutral-500 dark:text-neutral-400">© 2025 Priya
Lindqvist</p>
<p class="text-xs text-neutral-500 dark:text-neutral-400">Powered by <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500"
href="https://gohugo.io/" target="_blank"
rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500"
href="https://github.com/jpanther/congo" target="_blank" rel="noopener noreferrer">Congo</a></p></div></div></footer>
<div id="search-wrapper"
class="invisible fixed inset-0 z-50 flex h-screen w-screen cursor-default flex-col bg-neutral-500/50 p-4 backdrop-blur-sm sm:p-6 md:p-[10vh]
lg:p-[12vh] dark:bg-neutral-900/50" data-url="https://priyal.example/"><div id="search-modal"
class="top-20 mx-auto flex min-h-0 w-full max-w-3xl flex-col rounded-md
border border-neutral-200 bg-neutral shadow-lg dark:border-neutral-700 dark:bg-neutral-800"><header class="relative z-10 flex flex-none items-center
justify-between px-2">
<form class="flex min-w-0 flex-auto items-center"><div class="flex h-8 w-8 items-center justify-center text-neutral-400"><span class="icon relative
inline-block px-1
align-text-bottom"><svg viewBox="0 0 512 512"><path d="M505 442.7"/></svg></span></div><input type="search" id="search-query" class="mx-1 flex h-12 flex-auto
appearance-none bg-transparent focus:outline-dotted focus:outline-2 focus:outline-transparent" placeholder="Search"
tabindex="0"></form><button id="close-search-button"
class="flex h-8 w-8 items-center justify-center text-neutral-700 hover:text-primary-600 dark:text-neutral dark:hover:text-primary-400" title="Close (Esc)">
<span class="icon relative inline-block px-1 align-text-bottom"><svg viewBox="0 0 320 512"><path d="M310.6 361.4"/></svg></span></button></header>
<section class="flex-auto overflow-auto px-2"><ul id="search-results"></ul></section></div></div></body></html>`;
export const congoPost: TestPage = {
  html: cgHtml,
  name: 'heldout165-hugo-congo-blog',
  kind: 'blog',
  // date and reading time are bylines, and so is the author footer's name (also the site title and first breadcrumb);
  // the TOC repeats the headings and is left out; the code block is in neither list
  title: cgTitle,
  headings: [cgH1, cgH2, cgH3],
  body: texts([...cgP1, ...cgP2, ...cgP3, ...cgP4, ...cgList, ...cgP5]),
  bylines: ['Priya Lindqvist', '14 May 2025', '3 mins'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cgNav, 'Posts', ...cgTags, 'Table of Contents', 'Author', cgBio, cgPrev, '2 April 2025', cgNext, '20 June 2025', '←', '→',
    '↑', '© 2025 Priya Lindqvist', 'Powered by Hugo & Congo',
  ],
};
