import { links, ps, type TestPage, texts } from './page-kit.js';
import {
  bio,
  code1,
  code2,
  code3,
  comments,
  foot,
  h1,
  h2,
  h3,
  h4,
  more,
  nav,
  newsletter,
  p1,
  p2,
  p3,
  p4,
  p5,
  p6,
  p7,
  p8,
  series,
  sponsor,
  subtitle,
  tags,
  title,
} from './pages-heldout117-d3.js';

/**
 * Held-out batch 117, file d2: a Hashnode blog post (the blog header with the theme toggle, search, "Follow" and the blog
 * nav tabs, the cover image, h1 and subtitle, the author, date and reading time row, the series card and the collapsible
 * "Table of contents" above the content, code blocks with "Copy" buttons, the tag list, the floating reaction bar with like
 * and comment counts, the sponsor box, the "Written by" author card, the newsletter box, comments, "More articles" and the
 * footer with the Hashnode credits).
 */
const hs = [h1, h2, h3, h4];
const anchor = (t: string): string => `heading-${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const h = (t: string): string => `<h2 id="${anchor(t)}">${t}</h2>`;
const pre = (code: string, lang: string): string => `<div class="code-block-wrapper relative"><pre><code class="lang-${lang}">${code}</code></pre>
<button type="button" class="copy-code-button absolute right-2 top-2 rounded-md px-2 py-1 text-sm">Copy</button></div>`;
const btn = (label: string, count: string): string => `<button type="button" aria-label="${label}" class="flex flex-row items-center justify-center gap-1
rounded-full px-3 py-2
text-slate-800 transition-colors hover:bg-slate-100 dark:text-slate-50"><svg class="h-5 w-5 stroke-current" viewBox="0 0 20 20" fill="none"></svg>${
  count ? `<span class="text-sm font-medium">${count}</span>` : ''
}</button>`;
const html = `<!DOCTYPE html>
<html lang="en" class="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<meta name="description" content="${subtitle}"><meta property="og:title" content="${title}"><meta property="og:description" content="${subtitle}">
<meta property="og:type" content="article"><meta property="og:image"
content="https://cdn.hashnode.example/res/hashnode/image/upload/v1741079520/cover.png?w=1200&amp;h=630">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://kemi.hashnode.example/debounce-search-react">
<link rel="alternate" type="application/rss+xml" title="Byte-Sized Notes" href="https://kemi.hashnode.example/rss.xml">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${title}","description":"${subtitle}",
"datePublished":"2025-03-04T09:12:00.000Z","author":{"@type":"Person","name":"Kemi Adebanjo","url":"https://hashnode.example/@kemiadebanjo"},
"keywords":"React, JavaScript, hooks, Web Development","publisher":{"@type":"Organization","name":"Byte-Sized Notes"}}</script>
<link rel="preload" as="image"
href="https://cdn.hashnode.example/res/hashnode/image/upload/v1741079520/cover.png?w=1600&amp;h=840&amp;fit=crop&amp;auto=compress,format">
<link rel="stylesheet" href="/_next/static/css/5f0c3a1e2b9d8c7f.css" data-n-g=""></head>
<body><div id="__next"><div class="blog-page-wrapper min-h-screen bg-white dark:bg-slate-950">
<header class="blog-header relative z-50 w-full border-b border-black/10 bg-white bg-opacity-70 dark:border-white/10 dark:bg-slate-900"><div class="container
mx-auto px-2
md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><div class="flex flex-row items-center py-1">
<div class="md:hidden"><button type="button" aria-label="Open blog links" class="rounded-full p-2"><svg class="h-6 w-6 stroke-current" viewBox="0 0 24
24"></svg></button></div>
<div class="hidden md:block"><h2 class="blog-title text-3xl font-semibold"><a href="/" aria-label="Byte-Sized Notes home page" class="flex flex-row items-center
gap-3">
Byte-Sized Notes</a></h2></div></div><div class="flex flex-row items-center gap-2"><button type="button" aria-label="Toggle theme" class="rounded-full p-2"><svg
class="h-5 w-5"></svg></button><button type="button" aria-label="Open search" class="rounded-full p-2"><svg class="h-5 w-5"></svg></button>
<button type="button" class="blog-follow-button rounded-full border border-blue-600 px-4 py-2 font-semibold text-blue-600">Follow</button></div></div>
<div class="blog-sub-header" data-testid="blog-sub-header"><nav class="relative flex flex-row items-center justify-center"><ul class="flex flex-row gap-4
text-slate-700">
${links(nav, 'blog-nav-item')}</ul></nav></div></div></header>
<main class="blog-post-detail-card pb-24"><article class="flex flex-col items-center dark:border-slate-800"><div class="relative w-full"><div class="relative
mx-auto max-w-[1200px]">
<img alt="${title}" class="rounded-xl" src="https://cdn.hashnode.example/res/hashnode/image/upload/v1741079520/cover.png?w=1600&amp;h=840" width="1600"
height="840"></div></div>
<div class="w-full px-4 md:px-5 md:max-w-screen-md"><h1 class="font-heading mb-8 mt-6 text-center text-4xl font-bold leading-snug text-slate-900 md:text-6xl"
data-query="post-title">${title}</h1><h2 class="font-heading mb-8 px-4 text-center text-2xl font-medium text-slate-500 md:px-5 md:text-3xl"
data-query="post-subtitle">${subtitle}
</h2><div class="relative z-20 mb-8 flex w-full flex-col flex-wrap items-center justify-center text-center text-slate-700 md:mb-14 md:flex-row md:flex-nowrap">
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><div class="mr-2 h-10 w-10 overflow-hidden rounded-full">
<a href="https://hashnode.example/@kemiadebanjo"><img alt="Kemi Adebanjo's photo"
src="https://cdn.hashnode.example/res/hashnode/image/upload/avatar.png?w=200"></a></div>
<a href="https://hashnode.example/@kemiadebanjo" class="font-semibold text-slate-800 dark:text-white"><span>Kemi Adebanjo</span></a></div>
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500
md:block">·</span>
<a href="/debounce-search-react" class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="Mar 4, 2025 09:12"><span>Mar 4, 2025</span></a>
<span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400"><svg class="mr-2 h-5
w-5"></svg>
<span>5 min read</span></p></div></div></div>
<div class="blog-series-card mb-8 w-full rounded-lg border p-4 md:max-w-screen-md"><p class="text-sm font-semibold uppercase text-slate-500">${series[0]}</p>
<h3 class="text-xl font-bold"><a href="/series/react-in-practice">${series[1]}</a></h3><p class="text-sm text-slate-600">${series[2]}</p></div>
<div class="w-full px-5 md:max-w-screen-md"><div class="toc-wrapper mb-10 w-full rounded-lg border border-b-4 border-r-4 p-5 text-base leading-snug">
<button type="button" class="toc-toggle flex w-full flex-row items-center justify-between"><h2 class="mb-0 text-lg font-bold">Table of contents</h2><svg
class="h-4 w-4"></svg>
</button><ul class="mt-5 flex flex-col gap-5" hidden>${hs
  .map(
    (t) => `<li><a href="#${anchor(t)}" class="text-slate-700
hover:underline">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words
dark:prose-dark
xl:prose-xl">
${ps(p1)}
${h(h1)}
${ps(p2)}
${pre(code1, 'javascript')}
${ps(p3)}
${h(h2)}
${ps(p4)}
${pre(code2, 'jsx')}
${ps(p5)}
${h(h3)}
${ps(p6)}
${pre(code3, 'javascript')}
${ps(p7)}
${h(h4)}
${ps(p8)}
</div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${tags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}" class="mb-2 mr-3 rounded-lg border bg-slate-100 px-2 py-1 text-base font-medium text-slate-700
dark:bg-slate-800"><span>${t}</span></a>`,
  )
  .join('')}</div></div>
<div id="post-floating-bar" class="post-floating-bar fixed bottom-0 left-0 right-0 z-50 flex h-24 w-full flex-wrap items-center justify-center">
<div class="relative flex h-12 flex-row items-center rounded-full border bg-white px-5 py-1 text-sm shadow-xl">${btn('Like this article', '42')}<span
class="mx-2 h-5 w-px
bg-slate-200"></span>${btn('Comment on this article', '2')}<span class="mx-2 h-5 w-px
bg-slate-200"></span>${btn('Bookmark this article', '')}${btn('Share this article', '')}
${btn('More actions', '')}</div></div>
<div class="sponsor-section mb-10 w-full rounded-lg border p-5 text-center md:max-w-screen-md"><h3 class="text-xl
font-bold">${sponsor[0]}</h3><p>${sponsor[1]}</p>
<button type="button" class="rounded-full bg-blue-600 px-5 py-2 font-semibold text-white">${sponsor[2]}</button><div class="mt-3 flex flex-row justify-center
gap-4 text-sm">
<a href="/sponsors">${sponsor[3]}</a><a href="https://hashnode.example/sponsors">${sponsor[4]}</a></div></div>
<div class="author-card w-full border-t px-5 pt-10 md:max-w-screen-md"><h3 class="mb-5 text-sm font-semibold uppercase text-slate-500">Written by</h3><div
class="flex flex-row gap-4">
<a href="https://hashnode.example/@kemiadebanjo" class="h-14 w-14 overflow-hidden rounded-full"><img alt="Kemi Adebanjo"
src="https://cdn.hashnode.example/avatar.png?w=200"></a>
<div class="flex-1"><h4 class="text-lg font-bold"><a href="https://hashnode.example/@kemiadebanjo">Kemi Adebanjo</a></h4><div class="prose
text-slate-600"><p>${bio}</p></div>
</div><button type="button" class="rounded-full border px-4 py-1 font-semibold">Follow</button></div></div>
<div class="newsletter-section mt-10 w-full rounded-lg bg-slate-50 p-6 text-center md:max-w-screen-md"><h3 class="text-2xl font-bold">${newsletter[0]}</h3>
<p class="text-slate-600">${newsletter[1]}</p><form class="mx-auto mt-5 flex max-w-md flex-row gap-2"><input type="email" placeholder="Enter your email address"
class="flex-1 rounded-full border px-4 py-2" aria-label="Email address"><button type="submit" class="rounded-full bg-blue-600 px-5 py-2 font-semibold
text-white">${newsletter[2]}
</button></form></div>
<section id="comments" class="mt-10 w-full px-5 md:max-w-screen-md"><h3 class="mb-5 text-xl font-bold">Comments (2)</h3><button type="button" class="w-full
rounded-lg border
px-4 py-3 text-left text-slate-500">Write a comment</button>
${comments
  .map(
    (c, i) => `<div class="comment-item mt-6 flex flex-row gap-3" data-comment-id="c${i}"><img alt="${c.name}" class="h-10 w-10 rounded-full"
src="https://cdn.hashnode.example/c${i}.png">
<div class="flex-1"><div class="flex flex-row items-center gap-2"><a href="https://hashnode.example/@c${i}" class="font-semibold">${c.name}</a><span
class="text-slate-500">·</span>
<span class="text-sm text-slate-500">${c.when}</span></div><div class="prose mt-1"><p>${c.text}</p></div><div class="mt-2 flex flex-row gap-4 text-sm
text-slate-600">
<button type="button">Like</button><button type="button">Reply</button></div></div></div>`,
  )
  .join('\n')}</section></article></main>
<section class="more-articles container mx-auto mt-16 px-4"><h2 class="mb-8 text-center text-2xl font-bold">More articles</h2><div class="grid grid-cols-1 gap-8
md:grid-cols-2">
${more
  .map(
    ([t, e], i) => `<article class="rounded-lg border p-4"><h3 class="text-xl font-bold"><a href="/more-${i}">${t}</a></h3><p class="mt-2
text-slate-600">${e}</p>
<p class="mt-3 text-sm text-slate-500">Kemi Adebanjo</p></article>`,
  )
  .join('\n')}</div></section>
<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center text-slate-800 dark:bg-black md:px-10 md:py-12 lg:py-20"><div
class="blog-footer-credits
flex flex-col items-center justify-center"><p class="mb-2 text-slate-600">©2025 Byte-Sized Notes</p><ul class="flex flex-row gap-2
text-slate-500">${links(foot)}</ul>
<a href="https://hashnode.example/onboard?source=blog-footer" class="mt-5 rounded-lg border px-4 py-2"><span>Publish with Hashnode</span></a><p class="mt-5
text-slate-500">Powered by
<a href="https://hashnode.example/">Hashnode</a> - Build your developer hub.</p><div class="mt-3 flex flex-row gap-3 text-sm"><a
href="https://hashnode.example/onboard">Start your
blog</a><a href="https://hashnode.example/docs-by-hashnode">Create docs</a></div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"publication":{"title":"Byte-Sized Notes","url":"https://kemi.hashnode.example"},
"post":{"slug":"debounce-search-react","title":"${title}","readTimeInMinutes":5}}},"page":"/[slug]","buildId":"hn-4f1c2"}</script>
<script src="/_next/static/chunks/pages/_app-3f1e0c.js" defer></script></body></html>`;
export const hashnodePost: TestPage = {
  html,
  name: 'heldout117-hashnode-blog-post',
  kind: 'blog',
  // the subtitle under the title is body (a dek); code blocks are in neither list; the series card, the table of contents
  // (its title furniture, its items repeating the headings left out), tags, reactions, sponsor box, author card, newsletter,
  // comments, more articles and footer are furniture
  title,
  headings: hs,
  body: [subtitle, ...p1, ...p2, ...texts(p3), ...p4, ...p5, ...texts(p6), ...texts(p7), ...p8],
  bylines: ['Kemi Adebanjo', 'Mar 4, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Byte-Sized Notes', 'Follow', ...nav, ...series, 'Table of contents', 'Copy', ...tags, '42', ...sponsor, 'Written by', bio, ...newsletter, 'Comments (2)',
    'Write a comment', ...comments.flatMap((c) => [c.name, c.when, c.text]), 'Like', 'Reply', 'More articles', ...more.flat(), '©2025 Byte-Sized Notes',
    ...foot,
    'Publish with Hashnode', 'Powered by Hashnode - Build your developer hub.', 'Start your blog', 'Create docs',
  ])],
};
