import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout256-kit.js';

/**
 * Held-out batch 256, file c: a Mintlify API guide, saved from its Next.js markup (topbar with anchors and tabs, sidebar
 * groups, eyebrow, callout, code group, "Was this page helpful?", "Suggest edits" / "Raise issue", pager, "Powered by
 * Mintlify", flight-data script) and a VitePress guide (Vue markup with data-v attributes, nav bar, sidebar groups, outline
 * aside, custom containers, "Edit this page", "Last updated", prev/next pager, carbon ad, footer).
 */
const nTitle = 'Idempotent requests';
const nLead = 'Retry any write request safely by sending the same idempotency key.';
const nIntro = [
  j(
    'Networks fail in the middle of requests. When a call to create a transfer times out, you cannot tell whether Lumenrail received it.',
    'An idempotency key lets you send the request again without any risk of moving the money twice.',
  ),
];
const nHow = [
  j(
    'Add an <code>Idempotency-Key</code> header to any POST request. The value is a string of your choosing, up to 255 characters; we',
    'recommend a version 4 UUID generated when the user first takes the action.',
  ),
  j(
    'Lumenrail stores the status code and body of the first response it returns for a key. Any later request with the same key and',
    'the same parameters gets that stored response back, with the header <code>Idempotent-Replayed: true</code>.',
  ),
];
const nCallout = 'Keys are stored for 24 hours. After that a request with an old key is treated as new.';
const nRules = ['Three cases return an error instead of a replay:'];
const nErrors = [
  'The same key is sent with different parameters: 422 with the code idempotency_mismatch.',
  'The first request with the key is still being processed: 409 with the code idempotency_in_progress.',
  'The key is longer than 255 characters: 400 with the code invalid_idempotency_key.',
];
const nTips = [
  j(
    'Retry with exponential backoff and a little random jitter. A fixed retry interval across many clients tends to line the retries up, and',
    'they then arrive at the same moment as a burst.',
  ),
  j(
    'Log the idempotency key with every request. When a customer reports a duplicate charge, the key is the fastest way to find out whether',
    'two requests were really one action.',
  ),
  j('Generate the key once per user action, not once per attempt. A new key on every retry defeats the purpose and can create', 'duplicate transfers.'),
  'GET and DELETE requests are idempotent by definition and ignore the header.',
];
const nTabs = ['Guides', 'API Reference', 'SDKs', 'Changelog'];
const nSide1 = ['Introduction', 'Quickstart', 'Authentication'];
const nSide2 = ['Idempotent requests', 'Pagination', 'Errors', 'Webhooks'];
const nToc = ['How it works', 'Errors', 'Best practices'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_a1b2c3 __variable_d4e5f6 antialiased" data-theme="light"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" as="font" href="/_next/static/media/inter.woff2" crossorigin=""/>
<title>Idempotent requests - Lumenrail</title><meta name="description" content="${nLead}"/><meta name="application-name" content="Lumenrail"/>
<meta name="generator" content="Mintlify"/><meta property="og:title" content="Idempotent requests - Lumenrail"/>
<meta name="twitter:card" content="summary_large_image"/><script src="/_next/static/chunks/polyfills-78c92fac.js" noModule=""></script></head>
<body><div id="__next"><div class="relative antialiased text-gray-500 dark:text-gray-400"><span class="fixed inset-0 bg-background-light"></span>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom"><div class="relative max-w-8xl mx-auto"><div class="flex items-center
lg:px-12 h-16 min-w-0"><a href="/"><span class="sr-only">Lumenrail home page</span><img class="w-auto h-7" src="/logo/light.svg" alt="light logo"/></a>
<div class="flex-1 flex items-center justify-center"><button type="button" id="search-bar-entry" class="flex pointer-events-auto rounded-xl w-full"><span
class="truncate">Search...</span><span class="flex-none text-xs font-semibold">Ctrl K</span></button></div>
<nav class="text-sm"><ul class="flex space-x-6 items-center"><li><a class="whitespace-nowrap" href="https://support.lumenrail.example">Support</a></li>
<li><a class="whitespace-nowrap" href="https://dashboard.lumenrail.example">Dashboard</a></li></ul></nav></div>
<div class="hidden lg:flex px-12 h-12"><div class="h-full flex text-sm space-x-6">${nTabs
  .map((t) => `<a class="group relative h-full gap-2 flex items-center font-medium" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="max-w-8xl px-0 lg:px-5 mx-auto"><div class="hidden lg:block fixed z-20 top-[7rem] w-[18rem]" id="sidebar"><div id="sidebar-content"
class="absolute inset-0 z-10 stable-scrollbar-gutter overflow-auto pr-8 pb-10"><div class="relative lg:text-sm"><div id="navigation-items">
<div><h5 id="sidebar-title" class="pl-4 mb-3.5 lg:mb-2.5 font-semibold">Get started</h5><ul id="sidebar-group" class="space-y-px">${links(nSide1)}</ul></div>
<div class="mt-12 lg:mt-8"><h5 id="sidebar-title" class="pl-4 font-semibold">Core concepts</h5><ul id="sidebar-group" class="space-y-px">${links(nSide2)}</ul>
</div></div></div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem]"
id="content-side-layout"><div class="z-10 hidden xl:block pl-10 w-[19rem]" id="table-of-contents"><div class="text-gray-700 text-sm leading-6"><div
class="flex items-center space-x-2"><svg class="h-3 w-3"></svg><span class="font-medium">On this page</span></div><ul id="table-of-contents-content"
class="toc">${nToc.map((t) => `<li class="toc-item relative"><a href="#x" class="py-1 block font-medium">${t}</a></li>`).join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area"><header id="header"
class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary dark:text-primary-light text-sm font-semibold">Core concepts</div>
<div class="flex items-center"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl font-bold tracking-tight">${nTitle}</h1></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert"><p>${nLead}</p></div></header>
<div class="mdx-content relative mt-8 prose prose-gray dark:prose-invert" data-page-title="Idempotent requests" data-page-href="/guides/idempotency"
id="content">${ps(nIntro)}
<h2 class="flex whitespace-pre-wrap group" id="how-it-works"><div class="absolute"><a href="#how-it-works" class="-ml-10 flex items-center opacity-0
border-0 group-hover:opacity-100" aria-label="Navigate to header">​<div class="w-6 h-6"></div></a></div><span class="cursor-pointer">How it works</span></h2>
${ps(nHow)}
<div class="code-group mt-5 mb-8 not-prose rounded-2xl relative"><div class="flex text-xs leading-6 rounded-tl-2xl"><button class="tab">cURL</button><button
class="tab">Node.js</button></div><pre class="language-bash"><code>curl https://api.lumenrail.example/v2/transfers \\
  -H "Idempotency-Key: 4f1b2c8e-90aa-4f27-b1e4-2a7d6c9e1f30"</code></pre></div>
<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-sky-500/20 bg-sky-50/50" data-callout-type="info"><div
class="mt-0.5 w-4"><svg class="flex-none w-5 h-5" aria-label="Info"></svg></div><div class="text-sm prose min-w-0 w-full"><p>${nCallout}</p></div></div>
<h2 class="flex whitespace-pre-wrap group" id="errors"><span class="cursor-pointer">Errors</span></h2>
${ps(nRules)}
<ul>${lis(nErrors)}</ul>
<h2 class="flex whitespace-pre-wrap group" id="best-practices"><span class="cursor-pointer">Best practices</span></h2>
${ps(nTips)}</div>
<div class="leading-6 mt-14"><div class="flex items-center justify-between"><div class="flex items-center gap-4"><p class="text-sm">Was this page
helpful?</p><button class="rounded-xl">Yes</button><button class="rounded-xl">No</button></div><div class="flex gap-3"><a class="text-sm"
href="https://git.example/lumenrail/docs/edit/main/guides/idempotency.mdx">Suggest edits</a><a class="text-sm"
href="https://git.example/lumenrail/docs/issues/new">Raise issue</a></div></div>
<div class="mb-12 px-0.5 flex items-center text-sm font-semibold"><a class="flex items-center space-x-3 group" href="/authentication"><span
class="group-hover:text-gray-900">Authentication</span></a><a class="flex items-center ml-auto space-x-3 group" href="/pagination"><span
class="group-hover:text-gray-900">Pagination</span></a></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t"><div class="flex gap-6 flex-wrap"><a href="https://x.example/lumenrail"><span
class="sr-only">x</span></a><a href="https://git.example/lumenrail"><span class="sr-only">github</span></a></div><div class="flex items-center
justify-between"><a href="https://mintlify.com/preview-request" target="_blank" class="text-sm">Powered by Mintlify</a></div></footer></div></div></div></div>
</div></div><script>self.__next_f.push([1,"2:I[72194,[\\"app/%5Bsubdomain%5D/layout\\"],\\"default\\"]\\n"])</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"subdomain":"lumenrail","pageMetadata":{"title":"Idempotent requests"}}}}</script>
</body></html>`;
const mintlify: TestPage = {
  name: 'heldout256-mintlify-api-guide',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: texts([nLead, ...nIntro, ...nHow, nCallout, ...nRules, ...nErrors, ...nTips]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lumenrail home page', 'Search...', 'Ctrl K', 'Support', 'Dashboard', ...nTabs, 'Get started', ...nSide1, 'Core concepts', 'Pagination', 'Webhooks',
    'On this page', 'Was this page helpful?', 'Suggest edits', 'Raise issue', 'Powered by Mintlify',
  ],
};

const vTitle = 'Validation';
const vIntro = [
  j(
    'This page covers rules on single fields, rules that wait for a server answer, and rules that compare several fields. Showing messages to',
    'the user is left to your components; every field exposes its error and a touched flag for that.',
  ),
  j(
    'Kestrel Forms checks each field when its value changes and the whole form when it is submitted. Rules are plain functions that',
    'return nothing for a valid value and a message for an invalid one, so there is no schema language to learn.',
  ),
];
const vField = [
  'Pass a rules array to <code>useField</code>. The rules run in order and stop at the first message, which becomes the field’s error.',
  'Built-in rules cover the common cases: required, minLength, maxLength, pattern and email. Each takes an optional custom message as its last argument.',
];
const vAsync = [
  j(
    'The result of an asynchronous rule is cached for the value it checked. Typing a username, deleting a letter and typing it again does not',
    'send a second request for the same value.',
  ),
  j(
    'A rule may return a promise. While it is pending the field’s <code>validating</code> flag is true, and a newer value cancels the',
    'older check, so a slow server answer never overwrites a newer result.',
  ),
];
const vWarn = 'Asynchronous rules run on every change. Debounce them with the debounce option, or they will call your server on each keystroke.';
const vForm = [
  'Keep form rules few and specific. A form rule that checks everything at once produces one long message that is hard to place next to the right input.',
  'Rules that compare fields, such as a password and its confirmation, belong on the form rather than on either field:',
];
const vFormList = [
  'Form rules receive all values and return an object of messages keyed by field name.',
  'They run after every field rule has passed, and on submit.',
  'A message from a form rule is shown on the field it names, as if the field had produced it.',
];
const vNav = ['Guide', 'Reference', 'Examples', 'Team'];
const vSide = ['What is Kestrel Forms?', 'Getting Started', 'Fields', 'Validation', 'Submitting', 'Server Errors', 'Testing'];
const vOutline = ['Field rules', 'Asynchronous rules', 'Form rules'];
const v = 'data-v-6b8a0c2e';
const vHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Validation | Kestrel Forms</title><meta name="description" content="Field and form validation with plain functions.">
<meta name="generator" content="VitePress v1.6.3"><link rel="preload stylesheet" href="/assets/style.Bq7c1e2a.css" as="style">
<script type="module" src="/assets/app.D9f3a1b4.js"></script><link rel="modulepreload" href="/assets/chunks/framework.Cx0a9b1c.js">
<script id="check-dark-mode">
(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto";document.documentElement.classList.toggle("dark",e==="dark")})();</script>
</head><body><div id="app"><div class="Layout" data-v-5d98c3a5><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent"
class="VPSkipLink visually-hidden" data-v-0f60ec36>Skip to content</a><!--]-->
<header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top" data-v-ae24b3ad data-v-6aa21345><div class="wrapper"
data-v-6aa21345><div class="container" data-v-6aa21345><div class="title" data-v-6aa21345><div class="VPNavBarTitle has-sidebar" data-v-6aa21345
data-v-1168a8e4><a class="title" href="/" data-v-1168a8e4><span data-v-1168a8e4>Kestrel Forms</span></a></div></div>
<div class="content" data-v-6aa21345><div class="content-body" data-v-6aa21345><div class="VPNavBarSearch search" data-v-6aa21345><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Placeholder">Search</span></button></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" data-v-6aa21345 data-v-dc692963><span id="main-nav-aria-label" class="visually-hidden"
data-v-dc692963>Main Navigation</span>
${vNav.map((n) => `<a class="VPLink link VPNavBarMenuLink" href="/${n.toLowerCase()}/" data-v-dc692963>${n}</a>`).join('')}
</nav><div class="VPFlyout VPNavBarTranslations" data-v-6aa21345><button type="button" class="button" aria-label="Change language"><span class="text">
English</span></button></div></div></div></div></div></div></header>
<aside class="VPSidebar" data-v-5d98c3a5 data-v-18756405><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1"
data-v-18756405><span class="visually-hidden" id="sidebar-aria-label" data-v-18756405>Sidebar Navigation</span><div class="group" data-v-18756405><section
class="VPSidebarItem level-0 collapsible" data-v-b3fd67f8><div class="item" role="button" tabindex="0" data-v-b3fd67f8><h2 class="text"
data-v-b3fd67f8>Guide</h2></div><div class="items" data-v-b3fd67f8>${vSide
  .map(
    (s) =>
      `<div class="VPSidebarItem level-1 is-link" data-v-b3fd67f8><div class="item"><a class="VPLink link" href="/guide/x"><p
class="text">${s}</p></a></div></div>`,
  )
  .join('\n')}</div></section></div></nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5 data-v-1428d186><div class="VPDoc has-sidebar has-aside" data-v-1428d186 ${v}><div
class="container" ${v}><div class="aside" ${v}><div class="aside-container" ${v}><div class="aside-content" ${v}><div class="VPDocAside" data-v-3f215769><nav
aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline" data-v-a5bbad30><div class="content" data-v-a5bbad30><div class="outline-marker"
data-v-a5bbad30></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-a5bbad30>On this page</div><ul
class="VPDocOutlineItem root" data-v-a5bbad30>${vOutline.map((o) => `<li><a class="outline-link" href="#x">${o}</a></li>`).join('')}</ul></div></nav>
<div class="spacer" data-v-3f215769></div><div class="VPDocAsideCarbonAds" data-v-3f215769><div class="VPCarbonAds"><div id="carbonads"><span><a
class="carbon-img" href="#"><img src="https://cdn4.carbonads.example/ad.png" alt="ads via Carbon"></a><a class="carbon-text" href="#">Ship faster
with managed Postgres that scales to zero.</a></span><a class="carbon-poweredby" href="#">ads via Carbon</a></div></div></div></div></div></div></div>
<div class="content" ${v}><div class="content-container" ${v}><main class="main" ${v}><div style="position:relative;" class="vp-doc _guide_validation"
${v}><div>
<h1 id="validation" tabindex="-1">${vTitle} <a class="header-anchor" href="#validation" aria-label="Permalink to &quot;Validation&quot;">​</a></h1>
${ps(vIntro)}
<h2 id="field-rules" tabindex="-1">Field rules <a class="header-anchor" href="#field-rules" aria-label="Permalink to &quot;Field rules&quot;">​</a></h2>
${ps(vField)}
<div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes
github-light github-dark vp-code"><code><span class="line">const email = useField('email', { rules: [required(), email()] })</span></code></pre></div>
<h2 id="asynchronous-rules" tabindex="-1">Asynchronous rules <a class="header-anchor" href="#asynchronous-rules">​</a></h2>
${ps(vAsync)}
<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>${vWarn}</p></div>
<h2 id="form-rules" tabindex="-1">Form rules <a class="header-anchor" href="#form-rules">​</a></h2>
${ps(vForm)}
<ul>${lis(vFormList)}</ul></div></main>
<footer class="VPDocFooter" ${v} data-v-09de2c6b><div class="edit-info" data-v-09de2c6b><div class="edit-link" data-v-09de2c6b><a class="VPLink link
vp-external-link-icon no-icon edit-link-button" href="https://git.example/kestrel/forms/edit/main/docs/guide/validation.md" target="_blank"
rel="noreferrer" data-v-09de2c6b>Edit this page on GitHub</a></div><div class="last-updated" data-v-09de2c6b><p class="VPLastUpdated" data-v-e98dd255>Last
updated: <time datetime="2026-01-19T16:05:00.000Z" data-v-e98dd255>1/19/26, 4:05 PM</time></p></div></div>
<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-09de2c6b><span class="visually-hidden" id="doc-footer-aria-label">Pager</span><div
class="pager"><a class="VPLink link pager-link prev" href="/guide/fields"><span class="desc">Previous page</span><span class="title">Fields</span></a></div>
<div class="pager"><a class="VPLink link pager-link next" href="/guide/submitting"><span class="desc">Next page</span><span class="title">Submitting</span>
</a></div></nav></footer></div></div></div></div></div>
<footer class="VPFooter has-sidebar" data-v-5d98c3a5 data-v-e315a0ad><div class="container" data-v-e315a0ad><p class="message" data-v-e315a0ad>Released under
the MIT License.</p><p class="copyright" data-v-e315a0ad>Copyright © 2023-present Ines Calloway</p></div></footer></div></div>
<script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_validation.md\\":\\"Cq1x8e2F\\"}");window.__VP_SITE_DATA__=JSON.parse("{\\"lang\\":\\"en-US\\"}");</script>
</body></html>`;
const vitepress: TestPage = {
  name: 'heldout256-vitepress-guide',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vOutline,
  body: texts([...vIntro, ...vField, ...vAsync, vWarn, ...vForm, ...vFormList]),
  bylines: ['Last updated: 1/19/26, 4:05 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Main Navigation', ...vNav, 'English', 'Sidebar Navigation', ...vSide.filter((s) => s !== vTitle),
    'On this page', 'Ship faster with managed Postgres that scales to zero.', 'ads via Carbon', 'Edit this page on GitHub', 'Pager', 'Previous page',
    'Next page', 'Released under the MIT License.', 'Copyright © 2023-present Ines Calloway',
  ],
};

export const HELDOUT256_C: readonly TestPage[] = [mintlify, vitepress];
