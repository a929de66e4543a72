import { links, ps, type TestPage, texts } from './page-kit.js';
import { gitbook } from './pages-heldout273-c2.js';
import { j, lis } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file c: a Nuxt Content docs page on the Nuxt UI Pro docs template (UHeader with version badge and
 * links, UAside with search button and navigation tree, UPageHeader with eyebrow and description, prose callouts, "Table of
 * Contents" with the Community page links, UContentSurround prev / next cards, UFooter) and, from file c2, a GitBook page.
 */
const nTitle = 'Async validation rules';
const nLead = 'Check a field against your server without blocking the form or firing a request on every key press.';
const nIntro = [
  j(
    'Most rules in Ferngate run synchronously: they look at the value and answer at once. Some checks can only be answered by a',
    'server, such as whether a username is taken or a voucher code still valid. Async rules cover those cases.',
  ),
];
const nH = ['Writing an async rule', 'Debouncing and cancellation', 'Showing the pending state'];
const nS1 = [
  j(
    'An async rule is a function that returns a promise of true or of an error message. Register it with <code>defineRule</code> like',
    'any other rule and give it a name; Ferngate notices the promise and treats the rule as async.',
  ),
  'Async rules always run after the synchronous rules of the same field have passed, so a blank or malformed value never reaches your server.',
];
const nS2 = [
  j(
    'By default an async rule waits 300 milliseconds after the last change before it runs. Set <code>debounce</code> on the rule to change',
    'the delay, or set it to zero for checks that should run on blur only.',
  ),
  j(
    'When the value changes while a check is still in flight, Ferngate aborts the old request through the AbortSignal it passes as the',
    'second argument. Forward that signal to fetch and stale answers can never overwrite a newer one.',
  ),
];
const nList = [
  'The form cannot be submitted while any async rule is pending.',
  'A rule that throws is reported as a failed check with a generic message, not as an unhandled error.',
  'Results are cached per value for the life of the form, so typing a name back does not ask the server again.',
];
const nS3 = [
  j(
    'Each field exposes a <code>pending</code> flag. Use it to show a small spinner next to the input, and avoid disabling the input',
    'itself: people should be able to keep typing while the check runs.',
  ),
];
const nCallout = 'Remote checks can be slow on mobile networks. Show the pending state only after a short delay so that fast answers do not flicker.';
const nNav = ['Docs', 'Examples', 'Releases'];
const nSideGroups = ['Getting Started', 'Validation'];
const nSide = ['Introduction', 'Installation', 'Nuxt module', 'Built-in rules', 'Custom rules', 'Server checks', 'Error messages'];
const nCommunity = ['Edit this page', 'Star on GitHub', 'Discussions'];
const nHtml = `<!DOCTYPE html><html lang="en" class="light" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${nTitle} - Ferngate</title>
<link rel="stylesheet" href="/_nuxt/entry.C7ak2Lm1.css"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/BqX8s0Tt.js">
<meta name="description" content="${nLead}"><meta property="og:title" content="${nTitle} - Ferngate"><meta property="og:image"
content="/__og-image__/image/og.png">
<script>"use strict";(()=>{const t=window,e=document.documentElement,c=["dark","light"],n=window.localStorage.getItem("nuxt-color-mode")||"system"})();</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${nTitle}","dateModified":"2026-02-27"}</script></head>
<body><div id="__nuxt"><div><div class="h-[--header-height]"></div><header
class="bg-background/75 backdrop-blur border-b border-gray-200 dark:border-gray-800 -mb-px
sticky top-0 z-50"><div class="mx-auto px-4 sm:px-6 lg:px-8 max-w-7xl flex items-center justify-between gap-3 h-[--header-height]"><div class="lg:flex-1 flex
items-center gap-1.5"><a href="/" class="flex-shrink-0 font-bold text-xl text-gray-900 dark:text-white flex items-end gap-1.5" aria-label="Ferngate">Ferngate
<span class="inline-flex items-center font-medium rounded-md text-xs px-1.5 py-0.5 bg-primary-50 text-primary-500 mb-0.5">v2.1</span></a></div>
<ul class="items-center gap-x-8 hidden lg:flex">${links(nNav, 'relative')}</ul><div class="flex items-center justify-end lg:flex-1 gap-1.5"><button
type="button"
aria-label="Search" class="focus:outline-none lg:hidden"></button><button aria-label="Switch to dark mode" class="focus:outline-none"></button><a
href="https://github.com/ferngate/ferngate" target="_blank" aria-label="Ferngate on GitHub" class="focus:outline-none"></a></div></div></header>
<main class="min-h-[calc(100vh-var(--header-height))]"><div class="mx-auto px-4 sm:px-6 lg:px-8 max-w-7xl"><div
class="flex flex-col lg:grid lg:grid-cols-10 lg:gap-8">
<div class="lg:col-span-2"><aside class="hidden overflow-y-auto lg:block lg:max-h-[calc(100vh-var(--header-height))] lg:sticky
lg:top-[--header-height] py-8 lg:px-4
lg:-mx-4"><div class="relative"><div class="space-y-3 mb-3 lg:mb-6 -mx-1 lg:mx-0"><button type="button" class="flex-shrink-0 font-medium rounded-md text-sm
gap-x-1.5 px-2.5 py-1.5 w-full"><span class="truncate">Search...</span><span class="hidden lg:flex items-center gap-0.5
ms-auto"><kbd>⌘</kbd><kbd>K</kbd></span>
</button></div><nav class="space-y-3">
${nSideGroups
  .map(
    (g, i) => `<div class="space-y-3"><div class="flex items-center gap-1.5 text-sm/6 font-semibold text-gray-900">${g}</div><ul
class="border-l border-gray-200 ps-4">
${links(nSide.slice(i * 3, i === 1 ? 7 : 3), 'text-sm/6 block border-l -ms-px ps-4')}</ul></div>`,
  )
  .join('\n')}
</nav></div></aside></div>
<div class="lg:col-span-8"><div class="flex flex-col lg:grid lg:grid-cols-10 lg:gap-8"><div class="lg:col-span-8">
<div class="relative border-b border-gray-200 dark:border-gray-800 py-8"><div
class="mb-3 text-sm/6 font-semibold text-primary flex items-center gap-1.5">Validation</div>
<div class="flex flex-col lg:flex-row items-start gap-6"><h1
class="text-3xl sm:text-4xl text-pretty font-bold text-gray-900 tracking-tight flex-1">${nTitle}</h1>
</div><div class="text-lg text-gray-500 dark:text-gray-400 mt-4"><p>${nLead}</p></div></div>
<div class="mt-8 pb-24 dark:prose-pre:!bg-gray-800/60 prose prose-primary dark:prose-invert max-w-none">
${ps(nIntro)}
<h2 id="writing-an-async-rule"><a href="#writing-an-async-rule">${nH[0]}</a></h2>
${ps(nS1)}
<div class="relative [&amp;>pre]:!my-0 my-5"><div class="flex items-center gap-1.5 border px-4 py-3 rounded-t-md"><span
class="text-sm/6">rules/username.ts</span></div>
<pre class="language-ts shiki shiki-themes material-theme-lighter"><code>defineRule('available', async (value, { signal }) =&gt; checkName(value,
signal))</code></pre>
<button class="absolute top-2.5 right-2.5" tabindex="-1" aria-label="Copy code to clipboard"></button></div>
<h2 id="debouncing-and-cancellation"><a href="#debouncing-and-cancellation">${nH[1]}</a></h2>
${ps(nS2)}
<ul>${lis(nList)}</ul>
<h2 id="showing-the-pending-state"><a href="#showing-the-pending-state">${nH[2]}</a></h2>
${ps(nS3)}
<div class="block pl-4 pr-6 py-3 rounded-md border my-5 last:mb-0 font-medium border-amber-400 bg-amber-50 text-amber-800 callout"><div
class="flex items-start
gap-1.5"><span class="iconify i-heroicons:light-bulb w-4 h-4"></span><p>${nCallout}</p></div></div>
<hr class="my-12 border-gray-200"><div class="grid gap-8 sm:grid-cols-2"><a href="/validation/custom-rules" class="block px-6 py-8 border rounded-lg"><p
class="font-medium text-[15px] text-gray-900">Custom rules</p><p class="text-sm/6 text-gray-500 line-clamp-2">Write your own synchronous rules with
defineRule.</p></a><a href="/validation/error-messages" class="block px-6 py-8 border rounded-lg text-right"><p class="font-medium text-[15px]">Error
messages</p><p
class="text-sm/6 text-gray-500 line-clamp-2">Translate and format the text shown under a field.</p></a></div></div></div>
<div class="lg:col-span-2 order-first lg:order-last"><div class="sticky top-[--header-height] bg-background/75 backdrop-blur -mx-4 px-4 lg:px-4 lg:-mx-4
overflow-y-auto max-h-[calc(100vh-var(--header-height))] z-10"><nav class="py-3 lg:py-8 border-b border-dashed lg:border-0 space-y-3"><button class="flex
items-center gap-1.5 lg:cursor-text w-full group"><span class="font-semibold text-sm/6 truncate">Table of Contents</span></button><ul class="space-y-1">
${nH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" class="block text-sm/6 truncate">${h}</a></li>`).join('\n')}</ul></nav>
<div class="hidden lg:block space-y-6 !mt-6"><div class="border-t border-dashed border-gray-200"></div><div><p
class="text-sm/6 font-semibold flex items-center
gap-1.5 mb-3">Community</p><ul class="space-y-3">${links(nCommunity, 'relative')}</ul></div></div></div></div></div></div></div></div></main>
<footer class="relative"><div class="mx-auto px-4 sm:px-6 lg:px-8 max-w-7xl py-8 lg:py-4 lg:flex lg:items-center lg:justify-between lg:gap-x-3"><div
class="flex items-center justify-center lg:justify-start lg:flex-1 gap-x-1.5 mt-3 lg:mt-0 lg:order-1"><p class="text-gray-500 text-sm">Copyright © 2026
Ferngate contributors. MIT License.</p></div></div></footer></div></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">[{"state":1},{"$scolor-mode":2},"light"]</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{mdc:{}},app:{baseURL:"/",buildId:"d41f"}}</script></body></html>`;
const nuxtContent: TestPage = {
  name: 'heldout273-nuxt-content-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nLead, ...nIntro, ...nS1, ...nS2, ...nList, ...nS3, nCallout]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'v2.1', ...nNav, 'Search...', ...nSideGroups, ...nSide, 'rules/username.ts', 'Write your own synchronous rules with defineRule.',
    'Translate and format the text shown under a field.', 'Table of Contents', 'Community', ...nCommunity,
    'Copyright © 2026 Ferngate contributors. MIT License.',
  ],
};

export const HELDOUT273_C: readonly TestPage[] = [nuxtContent, gitbook];
