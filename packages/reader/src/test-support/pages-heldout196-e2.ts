import { type TestPage, texts } from './page-kit.js';
import { paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file e2: a Mintlify docs page (the top banner, the navbar with logo, search button with "Ctrl K",
 * "Support", "Dashboard" and the "Get API key" call to action, the nav tabs, the sidebar with group headers in h5s, the
 * header with the eyebrow group name, h1, "Copy page" menu and description, h2s with hidden anchor links, a warning
 * callout, the Steps component whose step titles sit inside list items, a code group with language tabs, the response
 * field list, the "Was this page helpful?" bar, "Suggest edits" / "Raise issue", prev / next links, the footer with social
 * links and "Powered by Mintlify", the "On this page" TOC and the Next.js data script).
 */
const mtTitle = 'Webhooks';
const mtDesc = 'Receive signed event notifications when transfers settle, fail or are reversed.';
const mtIntro = paras(`
  Brightwell sends a webhook to your endpoint whenever something happens to a transfer that you did not directly cause:
  the bank settles it, the recipient's bank rejects it, or a reversal is requested. Polling the transfers endpoint still
  works, but webhooks reach you within seconds and cost nothing against your rate limit.
`);
const mtH1 = 'Register an endpoint';
const mtP1 = paras(`
  Add endpoints in the dashboard under Developers, or with the API. Each endpoint has its own signing secret and its own list
  of event types, so you can send settlement events to your ledger service and failures to your support tooling.
`);
const mtWarn = 'Endpoints must use HTTPS with a valid certificate. Plain HTTP and self-signed certificates are rejected when you save the endpoint.';
const mtH2 = 'Verify signatures';
const mtP2 = paras(`
  Every delivery carries a <code>Brightwell-Signature</code> header. Check it before you trust the body: anyone who learns
  your endpoint's URL can send it requests, but only Brightwell knows the secret.
`);
const mtSteps = [
  ['Read the raw body', 'Take the request body as bytes, before any JSON parsing. Re-serialising the parsed body changes whitespace and breaks the signature.'],
  [
    'Compute the expected signature',
    'Join the timestamp from the header, a full stop and the raw body, then compute an HMAC-SHA256 with your endpoint secret.',
  ],
  ['Compare and check the age', 'Compare in constant time, and reject deliveries whose timestamp is more than five minutes old to stop replays.'],
] as const;
const mtH3 = 'Retries and ordering';
const mtP3 = paras(`
  Answer with any 2xx status within ten seconds to acknowledge a delivery. Anything else, including a timeout, counts as a
  failure, and Brightwell retries with growing gaps for up to three days.

  Deliveries are not guaranteed to arrive in order, and the same event can arrive more than once. Use the event's
  <code>id</code> to ignore duplicates and its <code>created</code> timestamp, not arrival time, to decide which change is
  newer.
`);
const mtFields = [
  ['id', 'string', 'Unique identifier of the event. The same event keeps its id across retries.'],
  ['type', 'string', 'The event type, for example transfer.settled or transfer.failed.'],
  ['data', 'object', 'The transfer as it was when the event happened.'],
] as const;
const mtNavLinks = ['Support', 'Dashboard'];
const mtTabs = ['Documentation', 'API Reference', 'Changelog'];
const mtSide = [
  ['Get started', ['Introduction', 'Quickstart', 'Authentication']],
  ['Guides', ['Sending transfers', 'Webhooks', 'Error handling', 'Testing in the sandbox']],
] as const;
const mtHead = (id: string, t: string): string => `<h2 class="flex whitespace-pre-wrap group font-semibold" id="${id}"><div class="absolute" tabindex="-1">
<a href="#${id}" class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">\u200b<div class="w-6 h-6
text-gray-400 rounded-md flex items-center justify-center zinc-box bg-white ring-1 ring-gray-400/30"><svg width="12" height="12"></svg></div></a></div>
<span class="cursor-pointer">${t}</span></h2>`;
const mtP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const mtHtml = `<!DOCTYPE html><html lang="en" class="__variable_3bbdad __variable_5e9598 js-focus-visible lg:[--scroll-mt:9.5rem]" data-js-focus-visible="">
<head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Webhooks - Brightwell</title>
<meta name="description" content="${mtDesc}"/><meta name="application-name" content="Brightwell"/><meta name="generator" content="Mintlify"/>
<meta property="og:title" content="Webhooks - Brightwell"/>
<meta property="og:image" content="https://brightwell.mintlify.example/mintlify-assets/_next/image?url=og"/>
<link rel="stylesheet" href="/mintlify-assets/_next/static/css/2d7e33f1e2b5a4d3.css" data-precedence="next"/>
<script src="/mintlify-assets/_next/static/chunks/webpack-5a7b2d3c.js" async=""></script></head>
<body><div class="relative antialiased text-gray-500 dark:text-gray-400"><div id="banner" class="relative h-10 flex items-center px-4 bg-primary-dark text-white
text-sm font-medium"><div class="mx-auto">New: same-day transfers to Norway and Denmark. <a href="/changelog">See the changelog</a></div><button
aria-label="Dismiss banner" class="absolute right-4"><svg width="12" height="12"></svg></button></div>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full"><div id="navbar-transition" class="absolute w-full h-full backdrop-blur flex-none"></div>
<div class="max-w-8xl mx-auto relative"><div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0 mx-4 lg:mx-0">
<div class="h-full relative flex-1 flex items-center gap-x-4 min-w-0 border-b border-gray-500/5"><div class="flex-1 flex items-center gap-x-4">
<a href="/"><span class="sr-only">Brightwell home page</span><img class="nav-logo w-auto h-7 relative object-contain block dark:hidden" src="/logo/light.svg"
alt="light logo"/></a></div><div class="relative hidden lg:flex items-center flex-1 justify-center"><button type="button" id="search-bar-entry"
class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3" aria-label="Open search"><svg class="h-4 w-4"></svg>
<div class="truncate min-w-0">Search...</div><span class="flex-none text-xs font-semibold">Ctrl K</span></button><button type="button"
class="hidden lg:flex items-center gap-1.5 ml-2 text-sm" aria-label="Toggle assistant panel"><svg class="h-4 w-4"></svg><span>Ask AI</span></button></div>
<div class="flex-1 relative hidden lg:flex items-center ml-auto justify-end space-x-4"><nav class="text-sm"><ul class="flex space-x-6 items-center">
${mtNavLinks
  .map(
    (t) => `<li class="navbar-link"><a href="https://brightwell.example/${t.toLowerCase()}"
class="flex items-center gap-1.5 whitespace-nowrap font-medium">${t}</a></li>`,
  )
  .join('\n')}
<li class="whitespace-nowrap hidden lg:flex" id="topbar-cta-button"><a target="_blank" class="group px-4 py-1.5 relative inline-flex items-center text-sm
font-medium" href="https://app.brightwell.example/keys"><span class="absolute inset-0 bg-primary-dark rounded-xl group-hover:opacity-[0.9]"></span>
<div class="mr-0.5 space-x-2.5 flex items-center"><span class="z-10 text-white">Get API key</span><svg class="h-2.5 opacity-60 z-10"></svg></div></a></li>
</ul></nav><div class="flex items-center"><button class="group p-2 flex items-center justify-center" aria-label="Toggle dark mode"><svg class="h-4 w-4"></svg>
</button></div></div></div></div><div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm space-x-6">
${mtTabs
  .map(
    (t, i) => `<a class="nav-tabs-item group relative h-full gap-2 flex items-center font-medium${i === 0 ? ' text-gray-800' : ' text-gray-600'}"
href="/${i}">${t}${i === 0 ? '<div class="absolute bottom-0 h-[1.5px] w-full bg-primary"></div>' : ''}</a>`,
  )
  .join('\n')}
</div></div></div></div></div>
<div class="peer-[.is-custom]:max-w-none peer-[.is-center]:max-w-3xl peer-[.is-not-custom]:max-w-8xl mx-auto lg:px-8">
<div class="z-20 hidden lg:block fixed bottom-0 right-auto w-[18rem]" id="sidebar" style="top:7rem"><div class="absolute inset-0 z-10 overflow-auto pr-8 pb-10"
id="sidebar-content"><div class="relative lg:text-sm lg:leading-6"><div class="sticky top-0 h-8 z-10 bg-gradient-to-b"></div><div id="navigation-items">
${mtSide
  .map(
    ([g, items]) => `<div class=""><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5 font-semibold text-gray-900">
<h5 id="sidebar-title">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">
${items
  .map(
    (t) => `<li id="/${t.length}" class="relative scroll-m-4 first:scroll-m-20" data-title="${t}"><a class="group flex items-center pr-3 py-1.5 cursor-pointer
gap-x-3 text-left rounded-xl w-full${t === mtTitle ? ' bg-primary/10 text-primary font-medium' : ''}" style="padding-left:1rem" href="/${t.length}">
<div class="flex-1 flex items-center space-x-2.5"><div class="">${t}</div></div></a></li>`,
  )
  .join('\n')}</ul></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem]
h-[calc(100vh-9.5rem)] top-[7.5rem]" id="content-side-layout"><div class="z-10 hidden xl:flex pl-10 box-border w-[19rem] max-h-full"
id="table-of-contents-layout"><div class="text-gray-600 text-sm leading-6 w-[16.5rem] overflow-y-auto space-y-2 pb-4 -mt-10 pt-10" id="table-of-contents">
<button class="text-gray-700 font-medium flex items-center space-x-2" id="table-of-contents-header"><svg class="h-3 w-3"></svg><span>On this page</span>
</button><ul id="table-of-contents-content" class="toc">
${[mtH1, mtH2, mtH3]
  .map(
    (h) => `<li class="toc-item relative" data-depth="0"><a href="#${h.length}"
class="py-1 block hover:text-gray-900">${h}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary text-sm font-semibold">Guides</div>
<div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl font-bold
text-gray-900 tracking-tight">${mtTitle}</h1><div class="items-center shrink-0 min-w-[156px] justify-end ml-auto sm:flex hidden" id="page-context-menu">
<button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 py-1.5 border" aria-label="Copy page"><svg class="w-4 h-4"></svg>
<span>Copy page</span></button><button class="rounded-r-xl border px-2" aria-label="More actions"><svg class="w-3 h-3"></svg></button></div></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert" id="description"><p>${mtDesc}</p></div></header>
<div class="mdx-content relative mt-8 mb-14 prose prose-gray dark:prose-invert" data-page-title="${mtTitle}" data-page-href="/guides/webhooks" id="content">
${mtP(mtIntro)}
${mtHead('register-an-endpoint', mtH1)}
${mtP(mtP1)}
<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-amber-500/20 bg-amber-50/50" data-callout-type="warning">
<div class="mt-0.5 w-4" data-component-part="callout-icon"><svg class="flex-none w-5 h-5 text-amber-400"></svg></div>
<div class="text-sm prose min-w-0 w-full text-amber-900" data-component-part="callout-content"><p>${mtWarn}</p></div></div>
${mtHead('verify-signatures', mtH2)}
${mtP(mtP2)}
<div role="list" class="ml-3.5 mt-10 mb-6">
${mtSteps
  .map(
    ([t, d], i) => `<div role="listitem" class="relative flex items-start pb-5"><div class="absolute w-px h-[calc(100%-2.75rem)] top-[2.75rem] bg-gray-200/70">
</div><div class="absolute ml-[-13px] py-2"><div class="w-7 h-7 shrink-0 rounded-lg bg-gray-50 text-xs text-gray-900 font-semibold flex items-center
justify-center">${i + 1}</div></div><div class="w-full overflow-hidden pl-8 pr-px"><p class="mt-2 font-semibold prose text-gray-900"
data-component-part="step-title">${t}</p><div class="prose" data-component-part="step-content"><p>${d}</p></div></div></div>`,
  )
  .join('\n')}
</div>
<div class="code-group mt-5 mb-8 not-prose rounded-2xl relative bg-gray-50 border border-gray-950/10">
<div class="flex text-xs bg-gray-50 leading-6 rounded-t-2xl"
role="tablist"><button role="tab" aria-selected="true" class="flex items-center relative gap-1.5 my-1 mb-1.5 outline-0 whitespace-nowrap font-medium
text-primary">Node.js</button><button role="tab" aria-selected="false" class="flex items-center relative gap-1.5 my-1 mb-1.5">Python</button><div
class="flex-auto flex justify-end items-center pr-2.5"><button aria-label="Copy the contents from the code block" class="h-7 w-7 flex items-center"><svg
class="w-4 h-4"></svg></button></div></div><div class="flex flex-1"><pre class="shiki shiki-themes github-light-default dark-plus" language="javascript"><code>
<span class="line">const expected = hmac(secret, timestamp + "." + rawBody);</span></code></pre></div></div>
${mtHead('retries-and-ordering', mtH3)}
${mtP(mtP3)}
${mtFields
  .map(
    ([n, t, d]) => `<div class="field pt-2.5 pb-5 my-2.5 border-gray-50 border-b"><div class="flex font-mono text-sm group/param-head param-head
break-all relative" id="param-${n}"><div class="flex-1 flex content-start py-0.5 mr-5"><div class="flex items-center flex-wrap gap-2"><div
class="font-semibold text-primary cursor-pointer">${n}</div><div class="inline items-center gap-2 text-xs font-medium"><div class="flex items-center px-2 py-0.5
rounded-md bg-gray-100/50 text-gray-600">${t}</div></div></div></div></div><div class="mt-4"><p>${d}</p></div></div>`,
  )
  .join('\n')}
</div>
<div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
<div class="flex items-center gap-3"><p class="text-sm font-semibold text-gray-700">Was this page helpful?</p><div class="flex gap-3 items-center">
<button class="px-3.5 py-1.5 rounded-xl border text-sm">Yes</button><button class="px-3.5 py-1.5 rounded-xl border text-sm">No</button></div></div>
<div class="flex gap-3"><a href="https://github.com/brightwell/docs/edit/main/guides/webhooks.mdx" class="text-sm flex items-center gap-1">Suggest edits</a>
<a href="https://github.com/brightwell/docs/issues/new?title=Issue%20on%20docs&amp;body=Path:%20/guides/webhooks" class="text-sm flex items-center gap-1">Raise
issue</a></div></div>
<div class="px-0.5 flex items-center text-sm font-semibold text-gray-700" id="pagination"><a class="flex items-center space-x-3 group" href="/guides/transfers">
<svg class="h-1.5 rotate-90"></svg><span class="group-hover:text-gray-900">Sending transfers</span></a><a class="flex items-center ml-auto space-x-3 group"
href="/guides/errors"><span class="group-hover:text-gray-900">Error handling</span><svg class="h-1.5 -rotate-90"></svg></a></div></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex pb-28"><div class="flex gap-6 flex-wrap">
<a href="https://x.com/brightwellpay" target="_blank" class="h-fit"><span class="sr-only">x</span><svg class="w-5 h-5"></svg></a>
<a href="https://github.com/brightwell" target="_blank" class="h-fit"><span class="sr-only">github</span><svg class="w-5 h-5"></svg></a>
<a href="https://www.linkedin.com/company/brightwell" target="_blank" class="h-fit"><span class="sr-only">linkedin</span><svg class="w-5 h-5"></svg></a></div>
<div class="flex items-center justify-between"><div class="sm:flex"><a href="https://mintlify.com/preview-request?utm_campaign=poweredBy&amp;utm_medium=docs"
target="_blank" rel="noreferrer" class="text-sm text-gray-400 hover:text-gray-500 flex items-center gap-1">Powered by Mintlify</a></div></div></footer>
</div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"mdxSource":{"compiledSource":"..."},"pageMetadata":{"title":"Webhooks"}}},
"page":"/_sites/[subdomain]/[[...slug]]","query":{"subdomain":"brightwell","slug":["guides","webhooks"]},
"buildId":"x7Fd9_2Kq","isFallback":false,"gsp":true}</script>
</body></html>`;
export const mintlifyPage: TestPage = {
  html: mtHtml,
  name: 'heldout196-mintlify-docs-page',
  kind: 'docs',
  // the description under the h1 is body (batch convention for docs descriptions); the callout, the steps' titles and
  // texts and the response fields' descriptions are body; step numbers, code tabs' code, field names and types are in
  // neither list; the eyebrow group name, sidebar (less the title's own entry), TOC (repeats the headings, left out),
  // "Copy page", feedback bar, pagination, footer and banner are furniture (the one-letter screen-reader "x" left out)
  title: mtTitle,
  headings: [mtH1, mtH2, mtH3],
  body: [mtDesc, ...texts(mtIntro), ...texts(mtP1), mtWarn, ...texts(mtP2), ...mtSteps.flat(), ...texts(mtP3), ...mtFields.map(([, , d]) => d)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'New: same-day transfers to Norway and Denmark.', 'See the changelog', 'Brightwell home page', 'Search...', 'Ctrl K', 'Ask AI', ...mtNavLinks,
    'Get API key', ...mtTabs, ...mtSide.flatMap(([g, items]) => [g, ...items]).filter((t) => t !== mtTitle), 'On this page', 'Copy page',
    'Node.js', 'Python', 'Was this page helpful?', 'Yes', 'No', 'Suggest edits', 'Raise issue', 'github', 'linkedin', 'Powered by Mintlify',
  ]),
};
