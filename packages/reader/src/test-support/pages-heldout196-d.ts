import { type TestPage, texts } from './page-kit.js';
import { starlightPage } from './pages-heldout196-d2.js';
import { lis, paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file d: a Nextra 4 docs-theme page (the dismissible top banner, the navbar with logo, links, the
 * search input with "Ctrl K" and the GitHub link, the collapsible sidebar with folders, the theme and collapse buttons,
 * the breadcrumb, an h1 with a warning callout right under it, install tabs, code blocks with copy buttons, the TOC with
 * "On This Page", "Question? Give us feedback", "Edit this page" and "Scroll to top", "Last updated on", prev / next links
 * and the footer with the locale switch and copyright) and, from file d2, an Astro Starlight page.
 */
const nxTitle = 'Caching responses';
const nxCallout = 'Response caching is turned off in development so that you always see fresh output. Build and start the app to try it.';
const nxIntro = paras(`
  Quillstack can keep the output of a route handler and serve it again without running the handler. For pages that change
  rarely, such as a pricing table or a list of office locations, this turns a database query on every visit into a single
  query every few minutes.

  Caching is opt-in per route. Nothing is cached until you export a <code>cache</code> setting from the route file.
`);
const nxH1 = 'Enabling the cache';
const nxP1 = paras(`
  Install the cache adapter for your host. The in-memory adapter works everywhere but is lost on every deploy; the Redis
  adapter survives restarts and is shared between instances.

  Then export a <code>cache</code> object from the route. The <code>maxAge</code> value is in seconds and sets how long a
  stored response is served before the handler runs again.
`);
const nxH2 = 'Choosing a cache key';
const nxP2 = paras(`
  By default the key is the request path plus its query string. Two requests that differ only in a cookie or a header get the
  same cached response, which is right for public pages and wrong for anything personal.
`);
const nxList = [
  'Add <code>vary: [\u0027accept-language\u0027]</code> when the output depends on the visitor\u2019s language.',
  'Never cache a route that reads the session; Quillstack logs a warning if you try.',
  'Drop tracking parameters such as <code>utm_source</code> from the key with <code>ignoreQuery</code>, or every campaign link gets its own copy.',
];
const nxH3 = 'Clearing stale entries';
const nxP3 = paras(`
  When the data behind a page changes, call <code>revalidate()</code> with the route's path from the code that made the
  change. The next request runs the handler and stores the new output; visitors in the meantime still get the old copy
  rather than a slow page.

  For a full clear, for example after changing a template used on every page, run <code>quill cache purge</code> during the
  deploy. Purging is cheap, but the first visitor to each page afterwards pays for the render.
`);
const nxNav = ['Docs', 'Examples', 'Blog', 'Showcase'];
const nxSide = [
  ['Getting Started', ['Installation', 'Project structure', 'Configuration']],
  ['Guides', ['Routing', 'Data fetching', 'Caching', 'Deployment']],
  ['API Reference', ['quill.config.ts', 'CLI']],
] as const;
const nxTw = 'nx-text-sm contrast-more:nx-text-gray-700 contrast-more:dark:nx-text-gray-100 max-md:nx-hidden nx-whitespace-nowrap';
const nxP = (ps: readonly string[]): string => ps.map((p) => `<p class="x:not-first:mt-[1.25em] x:leading-7">${p}</p>`).join('\n');
const nxH = (
  id: string,
  t: string,
): string => `<h2 class="x:tracking-tight x:text-slate-900 x:dark:text-slate-100 x:font-semibold x:target:animate-[fade-in_1.5s]
x:mt-10 x:border-b x:pb-1 x:text-3xl nextra-border" id="${id}">${t}<a href="#${id}" id="${id}" class="x:focus-visible:nextra-focus subheading-anchor"
aria-label="Permalink for this section"></a></h2>`;
const nxCode = (
  code: string,
  lang: string,
): string => `<div class="nextra-code x:relative x:not-first:mt-[1.25em]"><pre class="x:group x:focus-visible:nextra-focus
x:overflow-x-auto x:subpixel-antialiased x:text-[.9em] x:bg-white x:dark:bg-black x:py-4 x:ring-1 x:ring-inset x:ring-gray-300 x:rounded-md"
data-language="${lang}" data-word-wrap="" tabindex="0"><code class="nextra-code" dir="ltr" data-language="${lang}"><span class="line"><span>${code}</span>
</span></code></pre><div class="x:flex x:gap-1 x:absolute x:right-4 x:top-2"><button class="x:transition-all x:active:opacity-50" title="Toggle word wrap"
data-hs="" type="button"><svg height="1em"></svg></button><button class="x:transition x:active:opacity-50" title="Copy code" tabindex="0" type="button">
<svg height="16"></svg></button></div></div>`;
const nxHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="light" style="color-scheme:light"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/8f2c6a1d0b3e.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5b1f0e0e43d2.js"/>
<title>Caching responses – Quillstack</title><meta name="description" content="Serve stored route output instead of running the handler on every request."/>
<meta property="og:title" content="Caching responses – Quillstack"/><meta name="twitter:card" content="summary_large_image"/>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>
<body><script>!function(){try{var d=document.documentElement,c=d.classList;c.remove('light','dark');var e=localStorage.getItem('theme');
if('system'===e||(!e&&true)){c.add('light')}}catch(e){}}()</script>
<div class="nextra-banner x:max-md:sticky x:top-0 x:z-30 x:flex x:items-center x:h-(--nextra-banner-height) x:bg-neutral-900 x:text-slate-50 x:print:hidden">
<div class="x:w-full x:truncate x:px-4 x:text-center x:font-medium x:text-sm">Quillstack 4.0 is out, with streaming by default.
<a href="/blog/quillstack-4">Read the release post →</a></div><button class="x:focus-visible:nextra-focus x:me-2 x:w-8 x:h-8" type="button"
aria-label="Dismiss banner"><svg height="16"></svg></button></div>
<div class="nextra-nav-container x:sticky x:top-0 x:z-20 x:w-full x:bg-transparent x:print:hidden"><div class="nextra-nav-container-blur"></div>
<nav class="x:mx-auto x:flex x:max-w-(--nextra-content-width) x:items-center x:gap-4 x:pl-[max(env(safe-area-inset-left),1.5rem)]"
style="height:var(--nextra-navbar-height)"><a class="x:flex x:items-center x:me-auto" href="/"><svg height="20" viewBox="0 0 24 24"></svg>
<span class="x:font-extrabold x:ms-2">Quillstack</span></a>
${nxNav
  .map(
    (t, i) => `<a class="${nxTw}${i === 0 ? ' x:font-medium x:subpixel-antialiased' : ''}" aria-current="${i === 0 ? 'page' : 'false'}"
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('\n')}
<div class="nextra-search x:relative x:flex x:items-center x:text-gray-900 x:dark:text-gray-300 x:max-md:hidden"><input spellcheck="false" autocomplete="off"
type="search" placeholder="Search documentation…" class="x:rounded-lg x:px-3 x:py-2 x:w-full x:md:w-64 x:text-base x:md:text-sm" value=""/>
<kbd class="x:absolute x:my-1.5 x:select-none x:end-1.5 x:h-5 x:rounded x:px-1.5 x:font-mono x:text-[11px] x:font-medium">Ctrl K</kbd></div>
<a href="https://github.com/quillstack/quillstack" target="_blank" rel="noreferrer"><svg width="24" height="24"></svg><span class="x:sr-only">GitHub</span></a>
<button type="button" aria-label="Menu" class="nextra-hamburger x:md:hidden"><svg height="24"></svg></button></nav></div>
<div class="x:mx-auto x:flex x:max-w-(--nextra-content-width)"><div class="x:motion-reduce:transition-none x:[transition:background-color_1.5s_ease]"></div>
<aside class="nextra-sidebar x:print:hidden x:transition-all x:ease-in-out x:max-md:hidden x:flex x:flex-col x:h-[calc(100dvh-var(--nextra-navbar-height))]
x:top-(--nextra-navbar-height) x:shrink-0 x:w-64 x:sticky x:self-start"><div class="x:p-4 x:grow nextra-scrollbar x:overflow-y-auto">
<ul class="x:flex x:flex-col x:gap-1">
${nxSide
  .map(
    ([folder, items]) => `<li class="open"><button class="x:items-center x:justify-between x:gap-2 x:text-start x:cursor-pointer x:w-full" data-href="">
${folder}<svg height="18" class="x:shrink-0 x:rounded-sm x:p-0.5"></svg></button><div class="x:overflow-hidden"><ul class="x:grid x:gap-y-1 x:ms-3 x:ps-3">
${lis(
  items.map(
    (t) =>
      `<a class="x:flex x:rounded x:px-2 x:py-1.5 x:text-sm${t === 'Caching' ? ' x:bg-primary-100 x:font-semibold' : ''}" href="/docs/${t.length}">${t}</a>`,
  ),
  (t) => t,
  ' class="x:flex x:flex-col x:gap-1"',
)}</ul></div></li>`,
  )
  .join('\n')}
</ul></div><div class="x:sticky x:bottom-0 x:bg-nextra-bg x:mx-4 x:py-4 x:flex x:items-center x:gap-2 nextra-border x:border-t">
<button title="Change theme" class="x:cursor-pointer x:rounded-md x:text-left x:font-medium x:h-7 x:px-2 x:text-xs" type="button" aria-haspopup="listbox">
<div class="x:flex x:items-center x:gap-2 x:capitalize"><svg height="12"></svg>Light</div></button>
<button class="x:rounded-md x:transition-colors x:p-2" title="Collapse sidebar" type="button"><svg height="12"></svg></button></div></aside>
<nav class="nextra-toc x:order-last x:max-xl:hidden x:w-64 x:shrink-0 x:print:hidden" aria-label="table of contents">
<div class="x:grid x:grid-rows-[min-content_1fr_min-content]
x:sticky x:top-(--nextra-navbar-height) x:text-sm x:max-h-[calc(100vh-var(--nextra-navbar-height))]">
<p class="x:pt-6 x:px-4 x:font-semibold x:tracking-tight">On This Page</p>
<ul class="x:p-4 nextra-mask x:overflow-y-auto nextra-scrollbar">
<li class="x:my-2 x:scroll-my-6 x:scroll-py-6"><a href="#enabling-the-cache" class="x:focus-visible:nextra-focus x:font-semibold">${nxH1}</a></li>
<li class="x:my-2 x:scroll-my-6 x:scroll-py-6"><a href="#choosing-a-cache-key" class="x:focus-visible:nextra-focus x:font-semibold">${nxH2}</a></li>
<li class="x:my-2 x:scroll-my-6 x:scroll-py-6"><a href="#clearing-stale-entries" class="x:focus-visible:nextra-focus x:font-semibold">${nxH3}</a></li></ul>
<div class="x:grid x:gap-2 x:py-4 x:mx-4 nextra-border x:border-t">
<a href="https://github.com/quillstack/quillstack/issues/new?title=Feedback%20for%20%E2%80%9CCaching
%E2%80%9D&amp;labels=feedback" target="_blank" rel="noreferrer" class="x:text-xs x:font-medium x:text-gray-600">Question? Give us feedback</a>
<a class="x:text-xs x:font-medium x:text-gray-600" href="https://github.com/quillstack/quillstack/blob/main/docs/app/docs/caching/page.mdx" target="_blank"
rel="noreferrer">Edit this page</a><button type="button" class="x:text-xs x:font-medium x:text-gray-600 x:cursor-pointer x:transition-all x:opacity-0"
aria-hidden="true" disabled="">Scroll to top<svg height="1.1em"></svg></button></div></div></nav>
<article class="x:w-full x:min-w-0 x:break-words x:min-h-[calc(100vh-var(--nextra-navbar-height))] x:text-slate-700 x:dark:text-slate-200 x:pb-8 x:px-4 x:pt-4
x:md:px-12"><div class="nextra-breadcrumb x:mt-1.5 x:flex x:items-center x:gap-1 x:overflow-hidden x:text-sm x:text-gray-500"><div
class="x:whitespace-nowrap x:transition-colors" title="Guides">Guides</div><svg height="14" class="x:shrink-0 x:rtl:rotate-180"></svg>
<div class="x:whitespace-nowrap x:transition-colors x:font-medium x:text-gray-700" title="Caching">Caching</div></div>
<main data-pagefind-body="true"><h1 class="x:tracking-tight x:text-slate-900 x:dark:text-slate-100 x:font-bold x:mt-2 x:text-4xl">${nxTitle}</h1>
<div class="x:overflow-x-auto x:mt-6 x:flex x:rounded-lg x:border x:py-2 x:pe-4 x:contrast-more:border-current x:border-orange-100 x:bg-orange-50
x:text-orange-800"><div class="x:select-none x:text-xl x:ps-3 x:pe-2" data-pagefind-ignore="all">⚠️</div><div class="x:w-full x:min-w-0 x:leading-7">
<p class="x:not-first:mt-[1.25em] x:leading-7">${nxCallout}</p></div></div>
${nxP(nxIntro)}
${nxH('enabling-the-cache', nxH1)}
${nxP(nxP1.slice(0, 1))}
<div class="x:mt-4 x:flex x:w-max x:min-w-full x:border-b x:border-gray-200 x:pb-px" role="tablist" aria-orientation="horizontal">
<button class="x:whitespace-nowrap x:rounded-t x:p-2 x:font-medium x:leading-5 x:border-b-2 x:border-primary-500" role="tab" type="button"
aria-selected="true" tabindex="0" data-headlessui-state="selected">npm</button><button class="x:whitespace-nowrap x:rounded-t x:p-2 x:font-medium"
role="tab" type="button" aria-selected="false" tabindex="-1">pnpm</button><button class="x:whitespace-nowrap x:rounded-t x:p-2 x:font-medium"
role="tab" type="button" aria-selected="false" tabindex="-1">yarn</button></div><div><div class="x:rounded x:mt-6" role="tabpanel" tabindex="0">
${nxCode('npm install @quillstack/cache-redis', 'sh')}</div></div>
${nxP(nxP1.slice(1))}
${nxCode('export const cache = { maxAge: 300 }', 'ts')}
${nxH('choosing-a-cache-key', nxH2)}
${nxP(nxP2)}
<ul class="x:[:is(ol,ul)_&amp;]:my-3 x:not-first:mt-[1.25em] x:list-disc x:ms-[1.5em]">${lis(nxList, (t) => t, ' class="x:my-2"')}</ul>
${nxH('clearing-stale-entries', nxH3)}
${nxP(nxP3)}
</main>
<div class="x:mt-12 x:mb-8 x:text-xs x:text-gray-600 x:text-end x:dark:text-gray-400">Last updated on
<time datetime="2025-03-04T10:21:07.000Z">March 4, 2025</time></div>
<div class="x:mb-8 x:flex x:items-center x:border-t x:pt-8 nextra-border x:print:hidden">
<a title="Data fetching" class="x:focus-visible:nextra-focus x:text-gray-600
x:flex x:max-w-[50%] x:items-center x:gap-1 x:py-4 x:text-base x:font-medium" href="/docs/data-fetching"><svg height="18"></svg>Data fetching</a>
<a title="Deployment" class="x:focus-visible:nextra-focus x:text-gray-600 x:flex x:max-w-[50%] x:items-center x:gap-1 x:py-4 x:text-base x:font-medium
x:ms-auto x:text-end" href="/docs/deployment">Deployment<svg height="18"></svg></a></div></article></div>
<footer class="x:bg-gray-100 x:pb-[env(safe-area-inset-bottom)] x:dark:bg-neutral-900 x:print:bg-transparent">
<div class="x:mx-auto x:flex x:gap-2 x:py-2 x:px-4">
<button title="Change language" class="x:cursor-pointer x:rounded-md x:text-left x:font-medium x:h-7 x:px-2 x:text-xs" type="button"><div
class="x:flex x:items-center x:gap-2"><svg height="12"></svg>English</div></button></div><hr class="nextra-border"/><div class="x:mx-auto x:flex
x:justify-center x:py-12 x:text-gray-600 x:md:justify-start">MIT 2025 © Quillstack contributors.</div></footer>
<script src="/_next/static/chunks/webpack-5b1f0e0e43d2.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[7411,[\\"177\\",\\"static/chunks/app/layout-1c4d.js\\"],\\"Banner\\"]\\n"])</script>
</body></html>`;
const nextra: TestPage = {
  html: nxHtml,
  name: 'heldout196-nextra-docs-page',
  kind: 'docs',
  // the warning callout under the h1 is part of the page's text (body); install tabs' labels and code are in neither
  // list; the "Last updated on" date is a byline; the banner, navbar, sidebar (its "Caching" entry, a word of the title,
  // left out), theme / collapse buttons, breadcrumb, TOC ("On This Page", its entries repeat the headings, left out),
  // feedback and edit links, prev / next links and the footer are furniture
  title: nxTitle,
  headings: [nxH1, nxH2, nxH3],
  body: [nxCallout, ...texts(nxIntro), ...texts(nxP1), ...texts(nxP2), ...texts(nxList), ...texts(nxP3)],
  bylines: ['Last updated on March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Quillstack 4.0 is out, with streaming by default.', 'Read the release post →', 'Quillstack', ...nxNav, 'Ctrl K', 'GitHub',
    ...nxSide.flatMap(([f, items]) => [f, ...items]).filter((t) => t !== 'Caching'), 'Light', 'On This Page', 'Question? Give us feedback',
    'Edit this page', 'Scroll to top', 'Guides', 'Data fetching', 'Deployment', 'English', 'MIT 2025 © Quillstack contributors.',
  ]),
};

export const HELDOUT196_D: readonly TestPage[] = [nextra, starlightPage];
