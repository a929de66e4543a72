import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 59, file b2: a Nextra 4 docs page (docs theme on the Next.js app router: the dismissible banner, the navbar
 * with its links, search box and icon links, the sidebar with a collapsible folder, a separator and the theme and collapse
 * buttons, the table of contents with "Question? Give us feedback", "Edit this page" and "Scroll to top", the breadcrumb, the
 * article with Tailwind `x:` classes, callouts with icons only, a code block with a file name header, headless UI tabs whose
 * unselected panel the server leaves empty, "Last updated on", the previous/next links, the footer and the RSC payload scripts).
 */
const nxTitle = 'Rate limiting';
const nxIntro =
  'Pylon can reject requests before they reach your subgraphs when a client sends more than its share of traffic. Limits are enforced at the ' +
  'gateway, so a single misbehaving integration cannot slow down every other consumer of your API.';
const nxH = ['How limits are counted', 'Configuring limits', 'Choosing a store', 'What clients see'];
const nxCount = [
  'A GraphQL request is not a fair unit of cost: one query can ask for a single field, another for ten thousand nested records. Pylon ' +
    'therefore counts cost, not requests. Each field has a weight, list fields multiply the weight of their children by the requested page size, ' +
    'and the total is checked against the client’s budget before execution starts.',
  'By default every field weighs one point and every list is assumed to return 20 items. You can override both with the ' +
    '<code class="nextra-code" dir="ltr">@cost</code> and <code class="nextra-code" dir="ltr">@listSize</code> directives in your subgraph schemas.',
];
const nxInfo = 'Cost is calculated from the query document alone. Pylon never waits for a response to decide whether a request was too expensive.';
const nxConf =
  'Limits live in the <code class="nextra-code" dir="ltr">rateLimit</code> section of <code class="nextra-code" dir="ltr">pylon.config.yaml</code>. ' +
  'Each rule names a key that identifies the client, a budget, and a window:';
const nxList = [
  '<code class="nextra-code" dir="ltr">key</code> can be a header, a JWT claim or the client’s IP address. Claims are the most reliable choice when ' +
    'your clients authenticate.',
  '<code class="nextra-code" dir="ltr">budget</code> is the number of cost points the client may spend in each window.',
  '<code class="nextra-code" dir="ltr">window</code> accepts durations such as <code class="nextra-code" dir="ltr">30s</code>, ' +
    '<code class="nextra-code" dir="ltr">1m</code> or <code class="nextra-code" dir="ltr">1h</code>.',
];
const nxStore = 'Counters have to be shared when you run more than one gateway instance, otherwise each replica grants the full budget on its own.';
const nxRedis = 'Point Pylon at a Redis 6 or later server. Counters are kept in sorted sets and expire with the window, so the memory they use stays small.';
const nxSee =
  'When a request goes over budget, Pylon answers with HTTP status 429 and a GraphQL error whose <code class="nextra-code" dir="ltr">' +
  'extensions.code</code> is <code class="nextra-code" dir="ltr">RATE_LIMITED</code>. The <code class="nextra-code" dir="ltr">Retry-After</code> ' +
  'header says how many seconds remain until the window resets.';
const nxWarn =
  'Some older Apollo clients retry 429 responses immediately and in a tight loop. Check the retry settings of your own clients before enabling ' +
  'limits in production.';
const nxNav = ['Documentation', 'Blog', 'Showcase'];
const nxSide = ['Introduction', 'Getting Started', 'Caching', 'Persisted queries', 'Authentication', 'Subscriptions'];
const nxRef = ['Configuration file', 'CLI', 'Directives'];
const p = (t: string): string => `<p class="x:not-first:mt-[1.25em] x:leading-7">${t}</p>`;
const hh = (tag: 'h2' | 'h3', t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const size = tag === 'h2' ? 'x:mt-10 x:border-b x:pb-1 x:text-3xl nextra-border' : 'x:mt-8 x:text-2xl';
  return `<${tag} class="x:tracking-tight x:text-slate-900 x:dark:text-slate-100 x:font-semibold x:target:animate-[fade-in_1.5s] ${size}" id="${id}">${t}\
<a href="#${id}" id="${id}" class="x:focus-visible:nextra-focus subheading-anchor" aria-label="Permalink for this section"></a></${tag}>`;
};
const callout = (color: string, text: string): string =>
  `<div class="nextra-callout x:overflow-x-auto x:mt-6 x:flex x:rounded-lg x:border x:py-2 x:pe-4 x:contrast-more:border-current \
x:border-${color}-100 x:bg-${color}-50 x:text-${color}-800 x:dark:border-${color}-400/30 x:dark:bg-${color}-400/20 x:dark:text-${color}-300">\
<div class="x:select-none x:text-xl x:ps-3 x:pe-2" style="font-family:&quot;Apple Color Emoji&quot;, &quot;Segoe UI Emoji&quot;" \
data-pagefind-ignore="all"><svg height="1.2em" class="x:shrink-0 x:mt-0.5" viewBox="0 0 24 24"><path d="M13 16h-1v-4h-1m1-4h.01"></path></svg></div>\
<div class="x:w-full x:min-w-0 x:leading-7">${p(text)}</div></div>`;
const side = (t: string, cur = false): string =>
  `<li class="x:flex x:flex-col${cur ? ' active' : ''}"><a${cur ? ' aria-current="page"' : ''} class="x:flex x:rounded x:px-2 x:py-1.5 x:text-sm \
x:transition-colors x:[word-break:break-word] x:cursor-pointer \
x:contrast-more:border ${cur ? 'x:bg-primary-100 x:font-semibold x:text-primary-800' : 'x:text-gray-600'}" \
href="/docs/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</a></li>`;
const span = (c: string, t: string): string => `<span style="--shiki-light:#${c};--shiki-dark:#E1E4E8">${t}</span>`;
const yaml = [
  `${span('22863A', 'rateLimit')}:`,
  `  ${span('22863A', 'rules')}:`,
  `    - ${span('22863A', 'key')}: ${span('032F62', 'jwt.sub')}`,
  `      ${span('22863A', 'budget')}: ${span('005CC5', '5000')}`,
  `      ${span('22863A', 'window')}: ${span('032F62', '1m')}`,
];
const nxHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, \
initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/8f1c2d3e4a5b6c7d.css" data-precedence="next"/><link rel="preload" as="script" \
fetchPriority="low" href="/_next/static/chunks/webpack-3a4b5c6d7e8f9a0b.js"/><script src="/_next/static/chunks/4bd1b696-1a2b3c4d5e6f7a8b.js" async="">\
</script><script src="/_next/static/chunks/app/docs/%5B%5B...mdxPath%5D%5D/page-9c8b7a6d5e4f3a2b.js" async=""></script>
<title>${nxTitle} – Pylon</title><meta name="description" content="Protect your subgraphs with cost-based rate limits."/>
<meta name="generator" content="Next.js"/><meta property="og:title" content="${nxTitle} – Pylon"/><link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
<script>!function(){try{var d=document.documentElement,c=d.classList;c.remove('light','dark');var e=localStorage.getItem('theme');\
if('system'===e||(!e&&true)){var t='(prefers-color-scheme: dark)',m=window.matchMedia(t);if(m.media!==t||m.matches){d.style.colorScheme='dark';\
c.add('dark')}else{d.style.colorScheme='light';c.add('light')}}else if(e){c.add(e||'')}}catch(e){}}()</script></head>
<body><div class="nextra-banner x:relative x:z-20 x:flex x:items-center x:justify-center x:bg-neutral-900 x:text-sm x:font-medium x:text-slate-50 \
x:h-(--nextra-banner-height) x:print:hidden"><div class="x:w-full x:truncate x:px-4 x:text-center x:font-medium x:text-sm"><a href="/blog/pylon-3">\
🎉 Pylon 3 is released. Read more →</a></div><button type="button" aria-label="Dismiss banner" class="x:focus-visible:nextra-focus x:absolute x:end-0 \
x:w-8 x:h-8 x:opacity-80 x:hover:opacity-100 x:me-2"><svg height="16" viewBox="0 0 20 20"><path d="M4.293 4.293a1 1 0 011.414 0L10 8.586"></path></svg>\
</button></div><script>document.documentElement.setAttribute('data-nextra-banner',localStorage.getItem('nextra-banner-pylon-3')?'':'1')</script>
<div class="nextra-nav-container x:sticky x:top-0 x:z-20 x:w-full x:bg-transparent x:print:hidden"><div class="nextra-nav-container-blur"></div>\
<nav class="x:mx-auto x:flex x:max-w-(--nextra-content-width) x:items-center x:justify-end x:gap-4" style="height:var(--nextra-navbar-height)">\
<a class="x:flex x:items-center x:me-auto x:transition-opacity x:focus-visible:nextra-focus x:hover:opacity-75" aria-label="Home page" href="/">\
<b>Pylon</b></a><div class="x:flex x:gap-4 x:overflow-x-auto nextra-scrollbar x:py-1.5 x:max-md:hidden">${nxNav
  .map(
    (t, i) =>
      `<a${i === 0 ? ' aria-current="true"' : ''} class="x:focus-visible:nextra-focus x:text-sm x:whitespace-nowrap x:font-medium x:subpixel-antialiased" \
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</div><div class="x:relative x:max-md:hidden nextra-search"><div class="x:relative x:flex x:items-center x:text-gray-900 \
x:dark:text-gray-300"><input spellcheck="false" autocomplete="off" class="x:rounded-lg x:px-3 x:py-2 x:w-full x:text-base x:leading-tight" \
type="search" placeholder="Search documentation…" value=""/><kbd class="x:absolute x:my-1.5 x:select-none x:end-1.5 x:h-5 x:rounded x:bg-nextra-bg \
x:px-1.5 x:font-mono x:text-[11px] x:font-medium x:text-gray-600">CTRL K</kbd></div></div><a href="https://github.com/pylon-gw/pylon" target="_blank" \
rel="noreferrer"><svg width="24" height="24" viewBox="3 3 18 18"><path d="M12 3C7.0275 3 3 7.12937 3 12.2276"></path></svg><span class="x:sr-only">\
GitHub (opens in a new tab)</span></a><a href="https://discord.gg/pylon" target="_blank" rel="noreferrer"><svg width="24" viewBox="0 5 30.67 23.25">\
<path d="M26.0015 6.9529C24.0021 6.03845 21.8787 5.37198 19.6623 5"></path></svg><span class="x:sr-only">Discord (opens in a new tab)</span></a>\
<button type="button" aria-label="Menu" class="nextra-hamburger x:md:hidden"><svg fill="none" width="24" stroke="currentColor" viewBox="0 0 24 24">\
<g><path d="M4 12h16"></path></g></svg></button></nav></div>
<div class="x:mx-auto x:flex x:max-w-(--nextra-content-width)"><div class="x:motion-reduce:transition-none x:bg-transparent"></div>\
<aside class="nextra-sidebar x:print:hidden x:transition-all x:ease-in-out x:max-md:hidden x:flex x:flex-col x:shrink-0 x:w-64 x:sticky x:self-start">\
<div class="x:overflow-y-auto x:p-4 x:grow nextra-scrollbar nextra-mask"><ul class="x:flex x:flex-col x:gap-1">${side(nxSide[0]!)}${side(nxSide[1]!)}
<li class="open"><button class="x:items-center x:justify-between x:gap-2 x:text-start x:w-full x:flex x:rounded x:px-2 x:py-1.5 x:text-sm \
x:text-gray-600" data-href="/docs/guides">Guides<svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="18" class="x:shrink-0 x:rounded-sm \
x:p-0.5 x:origin-center x:transition-all x:ease-in-out x:rotate-90"><path d="M9 5l7 7-7 7"></path></svg></button><div class="x:overflow-hidden">\
<ul class="x:flex x:flex-col x:gap-1 x:relative x:ps-3 x:pt-1 x:ms-3">${side(nxSide[2]!)}${side(nxTitle, true)}${side(nxSide[3]!)}${side(nxSide[4]!)}\
${side(nxSide[5]!)}</ul></div></li>
<li class="x:[word-break:break-word] x:mt-5 x:mb-2 x:px-2 x:py-1.5 x:text-sm x:font-semibold x:text-gray-900 x:first:mt-0">Reference</li>\
${nxRef.map((t) => side(t)).join('')}</ul></div><div class="x:sticky x:bottom-0 x:bg-nextra-bg x:mx-4 x:py-4 x:flex x:items-center x:gap-2 x:border-t \
nextra-border" data-toggle-animation="off"><div class="x:flex x:grow x:flex-col"><button title="Change theme" class="x:cursor-pointer x:h-7 x:rounded-md \
x:px-2 x:text-xs x:font-medium x:transition-colors" type="button" aria-haspopup="listbox"><div class="x:flex x:items-center x:gap-2 x:capitalize"><svg \
fill="none" viewBox="3 3 18 18" width="12" height="12"><path d="M12 3v1m0 16v1m9-9h-1M4 12H3"></path></svg>Light</div></button></div><button \
title="Collapse sidebar" type="button" class="x:transition x:cursor-pointer x:rounded-md x:p-2"><svg height="12" fill="none" viewBox="0 0 16 16">\
<path d="M5.75 1.75V14.25"></path></svg></button></div></aside>
<nav class="nextra-toc x:order-last x:max-xl:hidden x:w-64 x:shrink-0 x:print:hidden" aria-label="table of contents"><div class="x:grid \
x:grid-rows-[min-content_1fr_min-content] x:sticky x:text-sm"><p class="x:pt-6 x:px-4 x:font-semibold x:tracking-tight">On This Page</p><ul \
class="x:p-4 nextra-scrollbar x:overscroll-y-contain x:overflow-y-auto x:hyphens-auto nextra-mask">${nxH
  .map(
    (t, i) =>
      `<li class="x:my-2 x:scroll-my-6 x:scroll-py-6"><a href="#${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="x:focus-visible:nextra-focus \
${i === 2 ? 'x:ms-3' : 'x:font-semibold'} x:block x:transition-colors x:subpixel-antialiased x:text-gray-600">${t}</a></li>`,
  )
  .join('')}</ul><div class="x:grid x:gap-2 x:py-4 x:mx-4 nextra-border x:border-t"><a href="https://github.com/pylon-gw/pylon/issues/new?title=\
Feedback%20for%20%E2%80%9CRate%20limiting%E2%80%9D&amp;labels=feedback" target="_blank" rel="noreferrer" class="x:text-xs x:font-medium x:transition \
x:text-gray-600">Question? Give us feedback</a><a class="x:text-xs x:font-medium x:transition x:text-gray-600" href="https://github.com/pylon-gw/pylon/\
tree/main/docs/app/docs/guides/rate-limiting/page.mdx" target="_blank" rel="noreferrer">Edit this page</a><button class="x:cursor-pointer \
x:transition-all x:text-xs x:font-medium x:text-gray-600 x:opacity-0" tabindex="-1" aria-hidden="true">Scroll to top<svg fill="none" viewBox="0 0 24 24" \
stroke="currentColor" height="16" class="x:-rotate-90 x:border x:rounded-full"><path d="M9 5l7 7-7 7"></path></svg></button></div></div></nav>
<article class="x:w-full x:min-w-0 x:break-words x:text-slate-700 x:dark:text-slate-200 x:pb-8 x:px-4 x:pt-4 x:md:px-12"><div class="nextra-breadcrumb \
x:mt-1.5 x:flex x:items-center x:gap-1 x:overflow-hidden x:text-sm x:text-gray-600"><div class="x:whitespace-nowrap x:transition-colors x:min-w-6 \
x:overflow-hidden x:text-ellipsis" title="Guides">Guides</div><svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="14" \
class="x:shrink-0 x:rtl:rotate-180"><path d="M9 5l7 7-7 7"></path></svg><div class="x:whitespace-nowrap x:transition-colors x:font-medium \
x:text-gray-700 x:dark:text-gray-100" title="${nxTitle}">${nxTitle}</div></div><main data-pagefind-body="true">\
<h1 class="x:tracking-tight x:text-slate-900 x:dark:text-slate-100 x:font-bold x:mt-2 x:text-4xl">${nxTitle}</h1>
${p(nxIntro)}
${hh('h2', nxH[0]!)}
${p(nxCount[0]!)}
${p(nxCount[1]!)}
${callout('blue', nxInfo)}
${hh('h2', nxH[1]!)}
${p(nxConf)}
<div class="nextra-code x:relative x:mt-[1.25em]"><div class="x:px-4 x:text-xs x:text-gray-700 x:bg-gray-100 x:border x:border-gray-300 \
x:rounded-t-md x:border-b-0 x:flex x:items-center x:h-12 x:gap-2"><svg height="16" viewBox="0 0 24 24"><path d="M5 3h14"></path></svg>\
<span class="x:truncate">pylon.config.yaml</span></div><pre tabindex="0" class="nextra-code x:group x:focus-visible:nextra-focus x:overflow-x-auto \
x:subpixel-antialiased x:text-[.9em] x:bg-white x:dark:bg-black x:py-4 x:ring-1 x:ring-inset x:ring-gray-300 x:rounded-b-md not-prose" \
data-language="yaml" data-word-wrap=""><code class="nextra-code" dir="ltr" data-language="yaml" data-theme="default">${yaml
  .map((l) => `<span data-line="">${l}</span>`)
  .join('\n')}</code></pre><div class="x:flex x:gap-1 x:absolute x:right-4 x:top-14 x:opacity-0 x:transition x:focus-within:opacity-100">\
<button class="x:transition x:cursor-pointer x:rounded-md x:p-1.5 x:text-gray-600" title="Copy code" tabindex="0"><svg height="16" viewBox="0 0 24 24">\
<rect x="9" y="9" width="13" height="13" rx="2"></rect></svg></button></div></div>
<ul class="x:[:is(ol,ul)_&amp;]:my-3 x:not-first:mt-[1.25em] x:list-disc x:ms-6">
${nxList.map((t) => `<li class="x:my-2">${t}</li>`).join('\n')}
</ul>
${hh('h3', nxH[2]!)}
${p(nxStore)}
<div class="x:overflow-x-auto x:overflow-y-hidden x:overscroll-x-contain x:mt-4 x:flex x:w-full x:gap-2 x:border-b x:border-gray-200 x:pb-px \
nextra-scrollbar" role="tablist" aria-orientation="horizontal"><button class="x:whitespace-nowrap x:rounded-t x:p-2 x:font-medium x:leading-5 \
x:transition-colors x:border-b-2 x:border-current x:outline-none x:text-primary-600" id="headlessui-tabs-tab-«R1dlb»" role="tab" type="button" \
aria-selected="true" tabindex="0" data-headlessui-state="selected" data-selected="" aria-controls="headlessui-tabs-panel-«R2dlb»">Redis</button>\
<button class="x:whitespace-nowrap x:rounded-t x:p-2 x:font-medium x:leading-5 x:transition-colors x:border-b-2 x:border-transparent x:text-gray-600" \
id="headlessui-tabs-tab-«R3dlb»" role="tab" type="button" aria-selected="false" tabindex="-1" data-headlessui-state="">In-memory</button></div>\
<div><div id="headlessui-tabs-panel-«R2dlb»" role="tabpanel" tabindex="0" data-headlessui-state="selected" data-selected="" \
aria-labelledby="headlessui-tabs-tab-«R1dlb»" class="x:rounded x:mt-6">${p(nxRedis)}</div><span aria-hidden="true" id="headlessui-tabs-panel-«R4dlb»" \
role="tabpanel" tabindex="-1" style="position:fixed;top:1px;left:1px;width:1px;height:0;padding:0;margin:-1px;overflow:hidden;clip:rect(0, 0, 0, 0);\
white-space:nowrap;border-width:0"></span></div>
${hh('h2', nxH[3]!)}
${p(nxSee)}
${callout('orange', nxWarn)}
<div class="x:mt-12 x:mb-8 x:text-xs x:text-gray-600 x:text-end x:dark:text-gray-400">Last updated on <time datetime="2025-10-21T08:12:00.000Z">\
October 21, 2025</time></div></main><div class="x:mb-8 x:flex x:items-center x:border-t x:pt-8 nextra-border x:print:hidden"><a title="Caching" \
class="x:focus-visible:nextra-focus x:text-gray-600 x:flex x:max-w-[50%] x:items-center x:gap-1 x:py-4 x:text-base x:font-medium x:transition-colors \
x:md:text-lg x:pe-4" href="/docs/guides/caching"><svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="20" class="x:inline x:shrink-0 \
x:rotate-180"><path d="M9 5l7 7-7 7"></path></svg>Caching</a><a title="Persisted queries" class="x:focus-visible:nextra-focus x:text-gray-600 x:flex \
x:max-w-[50%] x:items-center x:gap-1 x:py-4 x:text-base x:font-medium x:transition-colors x:md:text-lg x:ms-auto x:ps-4 x:text-end" \
href="/docs/guides/persisted-queries">Persisted queries<svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="20" class="x:inline x:shrink-0">\
<path d="M9 5l7 7-7 7"></path></svg></a></div></article></div>
<footer class="x:bg-gray-100 x:pb-[env(safe-area-inset-bottom)] x:dark:bg-neutral-900 x:print:bg-transparent"><div class="x:mx-auto x:flex \
x:max-w-(--nextra-content-width) x:justify-center x:py-12 x:text-gray-600 x:md:justify-start">MIT 2025 © Pylon Labs.</div></footer>
<script src="/_next/static/chunks/webpack-3a4b5c6d7e8f9a0b.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>\
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[6874,[\\"874\\",\\"static/chunks/874-2b1c0a9d8e7f6a5b.js\\"],\\"\\"]\\n3:I[9243,[],\
\\"ClientPageRoot\\"]\\n"])</script><script>self.__next_f.push([1,"5:[\\"$\\",\\"$L2\\",null,{\\"href\\":\\"/docs/guides/caching\\",\\"children\\":\
\\"Caching\\"}]\\n6:{\\"toc\\":[{\\"value\\":\\"How limits are counted\\",\\"id\\":\\"how-limits-are-counted\\",\\"depth\\":2},{\\"value\\":\
\\"Configuring limits\\",\\"id\\":\\"configuring-limits\\",\\"depth\\":2}],\\"title\\":\\"Rate limiting\\",\\"timestamp\\":1761034320000}\\n"])</script>
</body></html>`;
export const nextraGuide: TestPage = {
  html: nxHtml,
  name: 'heldout59-nextra',
  kind: 'docs',
  // body: the paragraphs, the list items and the text of the two callouts (icon-only, no label word) and of the selected
  // "Redis" tab panel; the other tab's panel is empty in the served page, so its text is not on it; the code block and its
  // file name header are in neither list; "Last updated on October 21, 2025" is the byline; the banner, navbar, search, icon
  // links' screen-reader labels, sidebar (its "Reference" separator and "Guides" folder too), theme and collapse buttons,
  // table of contents with its feedback and edit links, breadcrumb, pagination and footer are furniture; the TOC entries repeat
  // the headings, the breadcrumb's last item and the sidebar's current item the title (left out); the tab label "Redis", the
  // sidebar's "Directives" and the site name "Pylon" are words of the body: left out; the RSC payload scripts repeat a few
  // texts as JSON
  title: nxTitle,
  headings: nxH,
  body: texts([nxIntro, ...nxCount, nxInfo, nxConf, ...nxList, nxStore, nxRedis, nxSee, nxWarn]),
  bylines: ['Last updated on October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '🎉 Pylon 3 is released. Read more →', ...nxNav, 'CTRL K', 'GitHub (opens in a new tab)', 'Discord (opens in a new tab)', ...nxSide, 'Guides',
    'Reference', ...nxRef.filter((t) => t !== 'Directives'), 'Light', 'On This Page', 'Question? Give us feedback', 'Edit this page', 'Scroll to top',
    'In-memory', 'MIT 2025 © Pylon Labs.',
  ],
};
