import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file b2: a Mintlify API reference page whose main text is short (navbar with search, "Ask AI" and
 * dashboard button, tabs, sidebar with method pills, eyebrow, method and path bar with "Try it", param fields with name,
 * type and default chips, request and response example panels, "Copy page" menu, "Was this page helpful?", pager, footer).
 */
const mTitle = 'List payouts';
const mLead = ['Returns the payouts sent to your connected bank accounts, newest first.'];
const mH = ['Authorizations', 'Query Parameters', 'Response'];
const mAuth = ['Bearer authentication header of the form Bearer &lt;token&gt;, where the token is a secret key from the dashboard.'];
const mParams = [
  ['limit', 'integer', 'default: 20', 'How many payouts to return, from 1 to 100.'],
  ['status', 'enum&lt;string&gt;', '', 'Only return payouts in this state: pending, in_transit, paid or failed.'],
  ['created_after', 'string', '', 'An ISO 8601 timestamp. Anything created before this moment is left out.'],
  ['cursor', 'string', '', 'The next_cursor value from a previous response, to fetch the following page.'],
];
const mResp = [
  ['data', 'object[]', '', 'The payouts on this page, each with its id, amount in minor units, currency, status and arrival date.'],
  ['next_cursor', 'string | null', '', 'Pass this as cursor to get the next page. It is null on the last page.'],
];
const mNote = j(
  'A payout in the failed state stays in the list for ninety days. Its amount is returned to your balance, and the reason is given in',
  'the failure_code field.',
);
const field = ([name, type, dflt, desc]: string[]): string => `<div class="py-6 border-gray-100 dark:border-gray-800 border-b last:border-b-0"><div
class="flex font-mono text-sm group/param-head param-head break-all relative" id="api-param-${name}"><div class="flex-1 flex content-start py-0.5 mr-5"><div
class="flex items-center flex-wrap gap-2"><div class="font-semibold text-primary dark:text-primary-light cursor-pointer overflow-wrap-anywhere">${name}</div>
<div class="inline items-center gap-2 text-xs font-medium"><div class="px-2 py-0.5 rounded-md bg-gray-100/50 dark:bg-white/5">${type}</div>${
  dflt === '' ? '' : `<div class="px-2 py-0.5 rounded-md bg-gray-100/50">${dflt}</div>`
}</div></div></div></div><div class="mt-4"><span class="prose-sm prose-gray dark:prose-invert"><p>${desc}</p></span></div></div>`;
const mTabs = ['Guides', 'API Reference', 'Changelog'];
const mSideGroups = ['Payouts', 'Balances'];
const mSide = ['Create a payout', 'Retrieve a payout', 'Cancel a payout', 'Get balance', 'List balance movements'];
const mFoot = ['x', 'github', 'linkedin'];
const mHtml = `<!DOCTYPE html><html lang="en" class="__variable_3bbdad __variable_a04e9f js-focus-visible"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>${mTitle} - Corvid Pay</title>
<meta name="description" content="Returns the payouts sent to your connected bank accounts."/><meta name="generator" content="Mintlify"/>
<meta property="og:title" content="${mTitle} - Corvid Pay"/><meta name="msapplication-config"
content="/mintlify-assets/_mintlify/favicons/browserconfig.xml"/>
<link rel="stylesheet" href="/mintlify-assets/_next/static/css/7f41c3a0e2b5d8f9.css" data-precedence="next"/>
<script src="/mintlify-assets/_next/static/chunks/webpack-b1c2d3e4.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"{\\"pageTitle\\":\\"List payouts\\",\\"apiMethod\\":\\"GET\\"}"])</script></head>
<body><div id="__next"><div class="relative antialiased text-gray-500 dark:text-gray-400"><span class="fixed inset-0 bg-background-light"></span>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom"><div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0"><div
class="h-full relative flex-1 flex items-center gap-x-4 min-w-0"><a href="/"><span class="sr-only">Corvid Pay home page</span><img class="nav-logo w-auto h-7"
src="/logo/light.svg" alt="light logo"/></a></div><div class="relative flex-1 flex justify-center"><button type="button" id="search-bar-entry"
class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3"><div class="truncate min-w-0">Search...</div><span
class="ml-auto flex-none text-xs font-semibold">⌘K</span></button><button type="button" id="assistant-entry" class="flex-none">Ask AI</button></div>
<div class="flex-1 relative hidden lg:flex items-center ml-auto justify-end space-x-4"><nav class="text-sm"><ul class="flex space-x-6 items-center"><li><a
href="https://status.corvidpay.example" class="whitespace-nowrap font-medium">Status</a></li><li><a href="https://dashboard.corvidpay.example"
class="group px-4 py-1.5 relative inline-flex items-center text-sm font-medium"><span class="z-10">Dashboard</span></a></li></ul></nav></div></div>
<div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm space-x-6">
${mTabs.map((t) => `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center font-medium" href="/${t.length}">${t}</a>`).join('\n')}
</div></div></div></div>
<div class="peer-[.is-not-custom]:lg:flex peer-[.is-custom]:[&amp;>div:first-child]:!hidden"><div id="sidebar" class="hidden sticky lg:flex flex-col"><div
id="sidebar-content" class="flex-1 pr-5 pt-5 pb-4 overflow-y-auto stable-scrollbar-gutter"><div id="navigation-items" class="text-sm relative">
${mSideGroups
  .map(
    (g, i) => `<div class="mt-6 lg:mt-8"><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5"><h5 id="sidebar-title"
class="font-semibold text-gray-900 dark:text-gray-200">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">${links(
      mSide.slice(i * 3, i * 3 + 3),
      'relative group/sidebar-item',
    )}</ul></div>`,
  )
  .join('\n')}
</div></div></div>
<div id="content-container"><div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div
class="hidden xl:flex self-start sticky xl:flex-col
max-w-[28rem] z-[21] h-[calc(100vh-8rem)] top-[calc(7rem)]" id="content-side-layout"><div id="request-example" class="mb-6"><div
class="code-group-tab-bar"><span>cURL</span><span>Python</span><span>JavaScript</span></div><pre class="shiki"><code>curl --request GET \\
  --url https://api.corvidpay.example/v2/payouts \\
  --header 'Authorization: Bearer &lt;token&gt;'</code></pre></div><div id="response-example"><div class="code-group-tab-bar"><span>200</span><span>401</span>
</div><pre class="shiki"><code>{ "data": [ { "id": "po_8Hq2", "amount": 125000, "currency": "eur", "status": "paid" } ], "next_cursor": null }</code></pre>
</div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div
class="eyebrow h-5 text-primary dark:text-primary-light text-sm font-semibold">Payouts</div>
<div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl font-bold
text-gray-900 tracking-tight dark:text-gray-200">${mTitle}</h1><div class="items-center shrink-0 min-w-[156px] justify-end ml-auto sm:flex hidden"
id="page-context-menu"><button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700">Copy page</button></div></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert"><p>${mLead[0]}</p></div></header>
<div class="flex flex-col gap-y-4 w-full my-6"><div class="flex items-center gap-1.5 w-full rounded-2xl border api-section"><div
class="rounded-lg font-bold px-1.5
py-0.5 text-sm leading-5 bg-green-400/20 text-green-700">GET</div><div class="flex items-center space-x-2 overflow-x-auto flex-1 font-mono">/v2/payouts</div>
<button class="flex items-center justify-center px-3 h-9 text-white font-medium rounded-xl mr-1 bg-primary-dark">Try it</button></div></div>
<div class="mdx-content relative mt-8 mb-14 prose prose-gray dark:prose-invert" data-page-title="${mTitle}"
data-page-href="/api-reference/payouts/list" id="content">
<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-sky-500/20 bg-sky-50/50" data-callout-type="note"><div
class="mt-0.5 w-4"
data-component-part="callout-icon"></div><div class="text-sm prose min-w-0 w-full text-sky-900"
data-component-part="callout-content"><p>${mNote}</p></div></div>
<div class="api-section"><div class="api-section-heading flex flex-col gap-y-4 w-full"><h4 class="api-section-heading-title flex-1 mb-0">${mH[0]}</h4></div>
${field(['Authorization', 'string', 'header', mAuth[0] ?? ''])}</div>
<div class="api-section"><div class="api-section-heading flex flex-col gap-y-4 w-full"><h4 class="api-section-heading-title flex-1 mb-0">${mH[1]}</h4></div>
${mParams.map(field).join('\n')}</div>
<div class="api-section"><div class="api-section-heading flex flex-col gap-y-4 w-full"><h4 class="api-section-heading-title flex-1 mb-0">${mH[2]}</h4><div
class="api-section-heading-subtitle">200 - application/json</div></div>
${mResp.map(field).join('\n')}</div></div>
<div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col gap-y-4 sm:flex-row sm:items-center sm:justify-between"><div
class="flex gap-3 items-center"><p class="text-sm text-gray-600 dark:text-gray-400">Was this page helpful?</p><div class="flex gap-3 items-center"><button
class="px-3.5 py-2 flex flex-row gap-3 items-center rounded-xl">Yes</button><button
class="px-3.5 py-2 flex flex-row gap-3 items-center rounded-xl">No</button>
</div></div><a href="https://github.com/corvidpay/docs/edit/main/api-reference/payouts/list.mdx" class="h-fit whitespace-nowrap">Suggest edits</a></div>
<div class="mb-12 px-0.5 flex items-center text-sm font-semibold text-gray-700 dark:text-gray-200"><a class="flex items-center space-x-3 group"
href="/api-reference/payouts/cancel"><span class="group-hover:text-gray-900">Cancel a payout</span></a><a class="flex items-center ml-auto space-x-3 group"
href="/api-reference/balances/get"><span class="group-hover:text-gray-900">Get balance</span></a></div></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex mb-10 pb-28"><div class="flex gap-6 flex-wrap">
${mFoot.map((f) => `<a href="https://${f}.example/corvidpay" target="_blank" class="h-fit"><span class="sr-only">${f}</span></a>`).join('')}</div>
<div class="flex items-center justify-between"><a href="https://mintlify.com/preview-request?utm_campaign=poweredBy" target="_blank" rel="noreferrer"
class="text-sm text-gray-400">Powered by Mintlify</a></div></footer></div></div></div></div></div>
<script>self.__next_f.push([1,"2:[\\"$\\",\\"$L3\\",null,{\\"page\\":\\"api-reference/payouts/list\\"}]"])</script></body></html>`;
export const mintlify: TestPage = {
  name: 'heldout273-mintlify-api-reference-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, mNote, ...mAuth, ...mParams.map((p) => p[3] ?? ''), ...mResp.map((p) => p[3] ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvid Pay home page', 'Search...', 'Ask AI', 'Status', 'Dashboard', ...mTabs, ...mSideGroups, ...mSide, 'cURL', 'Python', 'JavaScript', '401',
'Copy page',
    'Try it', '200 - application/json', 'Was this page helpful?', 'Suggest edits', 'github', 'linkedin', 'Powered by Mintlify',
  ],
};
