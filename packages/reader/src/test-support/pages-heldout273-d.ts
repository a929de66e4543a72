import { links, ps, type TestPage, texts } from './page-kit.js';
import { fumadocs } from './pages-heldout273-d2.js';
import { j, lis } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file d: a Nextra 3 docs page (navbar with search input and GitHub / Discord icons, sidebar menu with
 * folders and the theme switch, breadcrumb, callouts, "On This Page" TOC with "Question? Give us feedback", "Edit this page
 * on GitHub" and "Scroll to top", "Last updated on", navigation links, footer) and, from file d2, a Fumadocs listing page.
 */
const xTitle = 'Cache invalidation';
const xIntro = [
  j(
    'Tinsel keeps every query result in a normalized cache, keyed by type and id. Most of the time the cache updates itself: when a',
    'mutation returns an object that is already cached, its fields are merged and every query that shows it renders again.',
  ),
  'You invalidate by hand only in the cases the cache cannot see, when the server changes data that your mutation did not return.',
];
const xH = ['Invalidating by type', 'Invalidating a single entity', 'When to refetch instead'];
const xS1 = [
  j(
    "Call <code>cache.invalidate('Order')</code> to mark every cached order as stale. Any query that reads orders fetches again the next",
    'time it is rendered, and those not on screen wait until they are mounted.',
  ),
  j(
    'This is the right tool after a bulk action, such as archiving all orders older than a year, where the server does not send back',
    'the changed objects and you cannot predict which ones moved.',
  ),
];
const xS2 = [
  j(
    "Pass an id to be more precise: <code>cache.invalidate('Order', 'ord_42')</code>. Only queries that include that order are",
    'refetched. Lists that might gain or lose the order are not touched, because the cache has no way to know they should change.',
  ),
];
const xCallout = 'Invalidating an entity does not remove it from lists. Use cache.evict when an object has been deleted on the server.';
const xS3 = ['Sometimes a plain refetch of one query is simpler than reasoning about the cache. Prefer it when:'];
const xList = [
  'the screen shows computed totals that are not objects with ids;',
  'the query is cheap and shown in one place only;',
  'the data comes from a third-party service with its own caching rules.',
];
const xS3b = [
  j(
    'Whatever you choose, avoid calling invalidate inside render functions. It schedules network work, and doing that during render',
    'causes loops that are hard to trace.',
  ),
];
const xSide = ['Introduction', 'Getting started', 'Queries', 'Mutations', 'Subscriptions', 'Pagination'];
const xFolder = ['Caching', 'Normalization', 'Cache updates', 'Persisted cache'];
const xHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="light" style="color-scheme:light"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>${xTitle} – Tinsel</title><meta name="description"
content="Mark cached data as stale."/>
<meta name="generator" content="Next.js"/><meta property="og:title" content="${xTitle} – Tinsel"/><meta name="apple-mobile-web-app-title" content="Tinsel"/>
<link rel="stylesheet" href="/_next/static/css/a1b2c3d4e5f60718.css" data-precedence="next"/><script src="/_next/static/chunks/main-app-d1e2f3.js"
async=""></script>
<script>!function(){try{var d=document.documentElement,c=d.classList;c.remove('light','dark');var
e=localStorage.getItem('theme');c.add(e||'light')}catch(t){}}()</script>
</head><body><div dir="ltr"><div class="nextra-banner-container _sticky _top-0 _z-20 _flex _items-center _h-[var(--nextra-banner-height)] _bg-neutral-900
_text-sm _font-medium _text-slate-50"><div class="_w-full _truncate _px-4 _text-center">🎉 Tinsel 3.0 is released. <a href="/blog/tinsel-3">Read the
announcement →</a></div><button type="button" aria-label="Dismiss banner" class="_w-8 _h-8 _opacity-80 hover:_opacity-100"></button></div>
<div class="nextra-nav-container _sticky _top-0 _z-20 _w-full _bg-transparent print:_hidden"><div class="nextra-nav-container-blur"></div><nav
class="_mx-auto _flex
_h-[var(--nextra-navbar-height)] _max-w-[90rem] _items-center _justify-end _gap-4 _pl-[max(env(safe-area-inset-left),1.5rem)]"><a class="_flex _items-center
hover:_opacity-75 ltr:_mr-auto" href="/"><b>Tinsel GraphQL</b></a><a class="_text-sm contrast-more:_text-gray-700 _relative
_whitespace-nowrap" href="/showcase">Showcase</a>
<a class="_text-sm _relative _whitespace-nowrap" href="/blog">Blog</a><div class="nextra-search _relative md:_w-64 max-md:_hidden"><div class="_relative _flex
_items-center"><input spellcheck="false" autoComplete="off" class="_rounded-lg _px-3 _py-2 _w-full _text-sm" type="search" placeholder="Search documentation…"
value=""/><kbd class="_absolute _my-1.5 _select-none ltr:_right-1.5">CTRL K</kbd></div></div><a href="https://github.com/tinsel-gql/tinsel" target="_blank"
rel="noreferrer" class="_p-2 _text-current"><span class="_sr-only">GitHub</span></a><a href="https://discord.tinsel.example" target="_blank"
class="_p-2"><span
class="_sr-only">Discord</span></a></nav></div>
<div class="_mx-auto _flex _max-w-[90rem]"><div class="motion-reduce:_transition-none [transition:background-color_1.5s_ease] _bg-transparent"></div>
<aside class="nextra-sidebar-container _flex _flex-col md:_top-16 md:_shrink-0 motion-reduce:_transform-none _transform-gpu _transition-all _ease-in-out
print:_hidden md:_w-64 md:_sticky md:_self-start max-md:[transform:translate3d(0,-100%,0)]"><div class="_overflow-y-auto _p-4 _grow
md:_h-[calc(100vh-var(--nextra-navbar-height)-var(--nextra-menu-height))]
nextra-scrollbar"><ul class="_flex _flex-col _gap-1 nextra-menu-desktop max-md:_hidden">${links(xSide, '_flex _flex-col _gap-1')}
<li class="open"><button class="_items-center _justify-between _gap-2 _text-left _w-full _flex _rounded _px-2 _py-1.5 _text-sm">${xFolder[0]}</button><div
class="_overflow-hidden"><ul class="_relative _flex _flex-col _gap-1 _pt-1 ltr:_ml-3">${links(xFolder.slice(1), '_flex _flex-col _gap-1')}
<li class="_flex _flex-col _gap-1 active"><a class="_flex _rounded _px-2 _py-1.5 _text-sm _bg-primary-100 _font-semibold _text-primary-800"
href="/docs/caching/invalidation">Invalidation</a></li></ul></div></li></ul></div>
<div class="_sticky _bottom-0 _bg-nextra-bg _mx-4 _py-4 _shadow-[0_-12px_16px_#fff] _flex _items-center _gap-2 dark:_border-neutral-800 _border-t
nextra-sidebar-footer"><button title="Change theme" class="_h-7 _rounded-md _px-2 _text-xs
_font-medium" type="button">Light</button><button title="Collapse sidebar"
class="_transition _cursor-pointer _rounded-md _p-2 max-md:_hidden"></button></div></aside>
<nav class="nextra-toc _order-last max-xl:_hidden _w-64 _shrink-0 print:_hidden"><div class="nextra-scrollbar _sticky _top-16 _overflow-y-auto _pr-4 _pt-6
_text-sm [hyphens:auto] _max-h-[calc(100vh-var(--nextra-navbar-height)-env(safe-area-inset-bottom))] ltr:_-mr-4"><p class="_mb-4 _font-semibold
_tracking-tight">On This Page</p><ul>${xH
  .map(
    (h) => `<li class="_my-2 _scroll-my-6 _scroll-py-6"><a href="#${h.length}" class="_font-semibold
_inline-block">${h}</a></li>`,
  )
  .join('')}</ul><div class="_mt-8 _border-t _bg-nextra-bg _pt-8 _shadow-[0_-12px_16px_white] _sticky _bottom-0 _flex _flex-col
_items-start _gap-2 _pb-8 dark:_border-neutral-800"><a href="https://github.com/tinsel-gql/tinsel/issues/new?title=Feedback" target="_blank" class="_text-xs
_font-medium _text-gray-500">Question? Give us feedback →</a><a href="https://github.com/tinsel-gql/tinsel/tree/main/docs/pages/docs/caching/invalidation.mdx"
target="_blank" class="_text-xs _font-medium _text-gray-500">Edit this page on GitHub →</a><button class="_text-xs _font-medium _text-gray-500
_opacity-0">Scroll to top</button></div></div></nav>
<article class="_w-full _break-words nextra-content _flex _min-h-[calc(100vh-var(--nextra-navbar-height))] _min-w-0 _justify-center _pb-8
_pr-[calc(env(safe-area-inset-right)-1.5rem)]"><main class="_w-full _min-w-0 _max-w-6xl _px-6 _pt-4 md:_px-12"><div class="nextra-breadcrumb _mt-1.5 _flex
_items-center _gap-1 _overflow-hidden _text-sm _text-gray-500 dark:_text-gray-400 contrast-more:_text-current"><div class="_whitespace-nowrap
_transition-colors
_min-w-[24px] _overflow-hidden _text-ellipsis"><a href="/docs">Documentation</a></div><svg class="_w-3.5 _shrink-0"></svg><div class="_whitespace-nowrap
_min-w-[24px]">Caching</div><svg class="_w-3.5 _shrink-0"></svg><div class="_whitespace-nowrap _font-medium _text-gray-700">Invalidation</div></div>
<h1 class="_mt-2 _text-4xl _font-bold _tracking-tight _text-slate-900 dark:_text-slate-100">${xTitle}</h1>
${ps(xIntro, ' class="_mt-6 _leading-7 first:_mt-0"')}
${[xS1, xS2, [...xS3]]
  .map((sec, i) => {
    const h = xH[i] ?? '';
    const id = h.toLowerCase().replace(/ /g, '-');
    const extra = [
      '',
      `<div class="nextra-callout _overflow-x-auto _mt-6 _flex _rounded-lg _border _py-2 ltr:_pr-4 _border-orange-100 _bg-orange-50 _text-orange-800"><div
class="_select-none _text-xl ltr:_pl-3 ltr:_pr-2">⚠️</div><div class="_w-full _min-w-0 _leading-7"><p
class="_mt-6 _leading-7 first:_mt-0">${xCallout}</p></div></div>`,
      `<ul class="_mt-6 _list-disc first:_mt-0 ltr:_ml-6">${lis(xList, '_my-2')}</ul>
${ps(xS3b, ' class="_mt-6 _leading-7 first:_mt-0"')}`,
    ][i];
    return `<h2 class="_font-semibold _tracking-tight _text-slate-900 dark:_text-slate-100 _mt-10 _border-b _pb-1 _text-3xl _border-neutral-200/70"
id="${id}">${h}<a href="#${id}" id="${id}" class="subheading-anchor" aria-label="Permalink for this section"></a></h2>
${ps(sec, ' class="_mt-6 _leading-7 first:_mt-0"')}
${extra}`;
  })
  .join('\n')}
<div class="_mt-12 _mb-8 _block _text-xs _text-gray-500 ltr:_text-right">Last updated on March 9, 2026</div>
<div class="_mb-8 _flex _items-center _border-t _pt-8 dark:_border-neutral-800 print:_hidden"><a title="Persisted cache"
class="_flex _max-w-[50%] _items-center
_gap-1 _py-4 _text-base _font-medium ltr:_pr-4" href="/docs/caching/persisted">Persisted cache</a><a title="Pagination" class="_flex _max-w-[50%]
_items-center
_gap-1 _py-4 _text-base _font-medium ltr:_ml-auto ltr:_pl-4" href="/docs/pagination">Pagination</a></div></main></article></div>
<footer class="_bg-gray-100 _pb-[env(safe-area-inset-bottom)] dark:_bg-neutral-900 print:_bg-transparent"><div
class="_mx-auto _flex _max-w-[90rem] _gap-2 _py-2
_px-4 nextra-footer-switchers"><button title="Change language" class="_h-7 _rounded-md _px-2
_text-xs">English</button></div><hr class="dark:_border-neutral-800"/>
<div class="_mx-auto _flex _max-w-[90rem] _justify-center md:_justify-start _text-gray-600 _py-12 _pl-[max(env(safe-area-inset-left),1.5rem)]">MIT 2026 ©
Tinsel contributors.</div></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);
self.__next_f.push([1,"1:HL[\\"/_next/static/css/a1b2c3d4e5f60718.css\\",\\"style\\"]"])</script></body></html>`;
const nextra: TestPage = {
  name: 'heldout273-nextra-3-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([...xIntro, ...xS1, ...xS2, xCallout, ...xS3, ...xList, ...xS3b]),
  bylines: ['Last updated on March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '🎉 Tinsel 3.0 is released. Read the announcement →', 'Tinsel GraphQL', 'Showcase', 'Blog', 'CTRL K', 'GitHub', 'Discord', ...xSide, ...xFolder,
    'Invalidation', 'Light', 'On This Page', 'Question? Give us feedback →', 'Edit this page on GitHub →', 'Scroll to top', 'Documentation', 'English',
    'MIT 2026 © Tinsel contributors.',
  ],
};

export const HELDOUT273_D: readonly TestPage[] = [nextra, fumadocs];
