import { type TestPage, texts } from './page-kit.js';
import { antoraPage } from './pages-heldout59-c2.js';

/**
 * Held-out batch 59, file c: a Mintlify docs guide page (the navbar with search and "Ask AI" buttons, links and the dashboard
 * button, the tab row, the sidebar with its anchors and grouped pages under h5 titles, the header with eyebrow, h1, "Copy page"
 * menu and description, headings whose anchor links say "Navigate to header", Steps with numbered badges, callouts without
 * label words, a code group whose inactive tab the server does not render, a "Next steps" card group with h2 card titles, the
 * "Was this page helpful?" bar, "Suggest edits", pagination, the table of contents, social footer and "Powered by Mintlify").
 */
const mtTitle = 'Webhooks';
const mtDesc = 'Get notified when invoices, payments and ledger entries change in your Ledgerline account.';
const mtIntro =
  'Webhooks let your application react to events as they happen instead of polling the API. When something changes in your account, such as ' +
  'an invoice being paid or a payout failing, Ledgerline sends an HTTP POST request with a JSON body to every endpoint you have subscribed to that event.';
const mtH = ['Set up an endpoint', 'Verify signatures', 'Retries and ordering'];
const mtSteps: [string, string][] = [
  [
    'Create a public HTTPS route',
    'Your endpoint must accept POST requests over HTTPS and respond within ten seconds. Do the real work in a background job and return a 2xx status ' +
      'straight away.',
  ],
  [
    'Register it in the dashboard',
    'Open <strong>Settings</strong>, then <strong>Webhooks</strong>, and add the URL. Choose the events you want to receive; you can change the list ' +
      'later without creating a new endpoint.',
  ],
  [
    'Copy the signing secret',
    'Each endpoint has its own secret, shown once when the endpoint is created. Store it with your other credentials, never in client-side code.',
  ],
];
const mtVerify =
  'Every request carries a <code>Ledgerline-Signature</code> header containing a timestamp and an HMAC-SHA256 signature of the raw request body. ' +
  'Compute the same signature with your secret and compare the two before trusting the payload.';
const mtWarn =
  'Verify against the raw body exactly as it arrived. Many frameworks parse JSON automatically, and re-serialising it changes whitespace and key ' +
  'order, which breaks the signature.';
const mtStale =
  'Reject any request whose timestamp is more than five minutes old. This stops an attacker who has captured a genuine request from ' + 'replaying it later.';
const mtRetry = [
  'If your endpoint does not return a 2xx status, Ledgerline retries with increasing delays for up to three days: after one minute, five minutes, ' +
    'thirty minutes, and then every few hours. After the last attempt fails, the endpoint is marked as disabled and the account owner receives an email.',
  'Events are not guaranteed to arrive in the order they happened. Use the <code>created_at</code> field and the object’s current state from the ' +
    'API, rather than the order of delivery, to decide what to do.',
];
const mtTip =
  'The same event can be delivered more than once. Store the <code>event.id</code> of every event you process and skip the ones you have already seen.';
const mtCards: [string, string][] = [
  ['Webhooks API', 'Create, list and delete endpoints programmatically.'],
  ['Event types', 'The full list of events and their payloads.'],
];
const mtTabs = ['Guides', 'API Reference', 'SDKs', 'Changelog'];
const mtAnchors = ['Documentation', 'Status', 'Community'];
const mtGroups: [string, string[]][] = [
  ['Get Started', ['Introduction', 'Quickstart', 'Authentication']],
  ['Core concepts', ['Accounts and ledgers', 'Invoices', 'Payouts']],
  ['Guides', ['Idempotency', 'Pagination', mtTitle, 'Testing in sandbox', 'Going live']],
];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const h2 = (t: string): string =>
  `<h2 class="flex whitespace-pre-wrap group font-semibold" id="${slug(t)}"><div class="absolute" tabindex="-1"><a href="#${slug(t)}" \
class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">\u200b<div class="w-6 h-6 text-gray-400 \
rounded-md flex items-center justify-center zinc-box bg-white ring-1 ring-gray-400/30 dark:ring-gray-700/25"><svg xmlns="http://www.w3.org/2000/svg" \
fill="gray" height="12px" viewBox="0 0 576 512"><path d="M0 256C0 167.6 71.6 96 160 96h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160"></path></svg>\
</div></a></div><span class="cursor-pointer">${t}</span></h2>`;
const callout = (type: string, color: string, t: string): string =>
  `<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-${color}-500/20 bg-${color}-50/50 \
dark:border-${color}-500/30 dark:bg-${color}-500/10" data-callout-type="${type}"><div class="mt-0.5 w-4" data-component-part="callout-icon"><svg \
width="14" height="14" viewBox="0 0 14 14" fill="currentColor" aria-label="${type}"><path d="M7 1.3C10.14 1.3 12.7 3.86 12.7 7"></path></svg></div>\
<div class="text-sm prose min-w-0 w-full text-${color}-900 dark:text-${color}-200" data-component-part="callout-content"><p>${t}</p></div></div>`;
const step = ([t, c]: [string, string], i: number): string =>
  `<div role="listitem" class="relative flex items-start pb-5"><div class="absolute w-px h-[calc(100%-2.75rem)] top-[2.75rem] bg-gray-200/70"></div>\
<div class="absolute ml-[-13px] py-2" data-component-part="step-number"><div class="w-7 h-7 shrink-0 rounded-lg bg-gray-100 text-xs text-gray-900 \
font-semibold flex items-center justify-center">${i + 1}</div></div><div class="w-full overflow-hidden pl-8 pr-px"><p class="mt-2 font-semibold prose \
dark:prose-invert text-gray-900 dark:text-gray-200" data-component-part="step-title">${t}</p><div class="prose dark:prose-invert" \
data-component-part="step-content"><p>${c}</p></div></div></div>`;
const sideLink = (t: string): string =>
  `<li id="/${slug(t)}" class="relative scroll-m-4 first:scroll-m-20" data-title="${t}"><a class="group flex items-center pr-3 py-1.5 cursor-pointer \
gap-x-3 text-left rounded-xl w-full ${t === mtTitle ? 'bg-primary/10 text-primary font-medium' : 'hover:bg-gray-600/5 text-gray-700'}" \
style="padding-left:1rem" href="/guides/${slug(t)}"><div class="flex-1 flex items-center space-x-2.5"><div class="">${t}</div></div></a></li>`;
const ln = (c: string, t: string): string => `<span style="color:#${c};--shiki-dark:#9CDCFE">${t}</span>`;
const node = [
  `${ln('CF222E', 'import')} crypto ${ln('CF222E', 'from')} ${ln('0A3069', '&#39;node:crypto&#39;')};`,
  '',
  `${ln('CF222E', 'export function')} ${ln('8250DF', 'verify')}(rawBody, header, secret) {`,
  `  ${ln('CF222E', 'const')} [t, sig] = header.split(${ln('0A3069', '&#39;,&#39;')}).map((p) =&gt; p.split(${ln('0A3069', '&#39;=&#39;')})[1]);`,
  `  ${ln('CF222E', 'const')} expected = crypto.createHmac(${ln('0A3069', '&#39;sha256&#39;')}, secret).update(\`\${t}.\${rawBody}\`).digest(\
${ln('0A3069', '&#39;hex&#39;')});`,
  `  ${ln('CF222E', 'return')} crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));`,
  '}',
];
const mtHtml = `<!DOCTYPE html><html lang="en" class="__variable_47c2b9 __variable_3bbdad js-focus-visible lg:[--scroll-mt:9.5rem]" \
data-banner-state="hidden" data-page-mode="none"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>\
<link rel="stylesheet" href="/mintlify-assets/_next/static/css/5a1c9e2b7f0d3e4a.css" data-precedence="next"/><title>${mtTitle} - Ledgerline</title>
<meta name="description" content="${mtDesc}"/><meta name="generator" content="Mintlify"/><meta name="msapplication-config" \
content="/mintlify-assets/_mintlify/favicons/ledgerline/browserconfig.xml"/><meta property="og:title" content="${mtTitle} - Ledgerline"/>
<script>(function(a,b,c){try{let d=localStorage.getItem(a);if(null==d)for(let c=0;c<localStorage.length;c++){let e=localStorage.key(c);\
if(e?.endsWith(\`-\${b}\`)&&(d=localStorage.getItem(e),null!=d)){localStorage.setItem(a,d);break}}let e=document.getElementById("banner")?.innerText}\
catch(a){}})("ledgerline-bannerDismissed",undefined,"__mintlify-bannerDismissed")</script></head>
<body><script>((a,b,c,d,e,f,g,h)=>{let i=document.documentElement,j=["light","dark"];function k(b){var c;(Array.isArray(a)?a:[a]).forEach(a=>\
{let c="class"===a,d=c&&f?e.map(a=>f[a]||a):e;c?(i.classList.remove(...d),i.classList.add(f&&f[b]?f[b]:b)):i.setAttribute(a,b)})}})\
("class","isDarkMode","system",null,["dark","light","true","false","system"],{"true":"dark","false":"light","dark":"dark","light":"light"},true,true)</script>
<div class="relative antialiased text-gray-500 dark:text-gray-400"><span class="fixed inset-0 bg-background-light dark:bg-background-dark -z-10"></span>\
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom peer is-not-center peer is-not-wide peer is-not-frame">\
<div id="navbar-transition" \
class="absolute w-full h-full backdrop-blur flex-none transition-colors duration-500 border-b border-gray-500/5"></div><div class="max-w-8xl mx-auto relative">\
<div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0 mx-4 lg:mx-0"><div class="h-full relative flex-1 flex items-center gap-x-4 \
min-w-0"><div class="flex-1 flex items-center gap-x-4"><a class="" href="/"><span class="sr-only">Ledgerline home page</span><img class="nav-logo w-auto \
h-7 relative object-contain block dark:hidden" src="https://mintlify.s3.us-west-1.amazonaws.com/ledgerline/logo/light.svg" alt="light logo"/></a></div>\
<div class="relative hidden lg:flex items-center flex-1 z-20 gap-2.5"><button type="button" class="flex pointer-events-auto rounded-xl w-full \
items-center text-sm leading-6 h-9 pl-3.5 pr-3 text-gray-500 bg-background-light ring-1 ring-gray-400/20" id="search-bar-entry" aria-label="Open search">\
<svg class="h-4 w-4 ml-1.5 mr-3 flex-none" viewBox="0 0 16 16"><path d="M11.5 11.5L14 14"></path></svg><div class="truncate min-w-0">Search...</div>\
<span class="flex-none text-xs font-semibold">Ctrl K</span></button><button type="button" class="flex-none hidden lg:flex items-center justify-center \
gap-1.5 pl-3 pr-3.5 h-9 rounded-xl bg-white ring-1 ring-gray-400/30" id="assistant-entry" aria-label="Toggle assistant panel"><svg class="w-4 h-4" \
viewBox="0 0 18 18"><path d="M5.658 2.99L6.994 3.5"></path></svg><span class="text-sm text-gray-500 whitespace-nowrap">Ask AI</span></button></div>\
<div class="flex-1 relative hidden lg:flex items-center ml-auto justify-end space-x-4"><nav class="text-sm"><ul class="flex space-x-6 items-center">\
<li class="navbar-link"><a href="mailto:support@ledgerline.example" class="flex items-center gap-1.5 whitespace-nowrap font-medium text-gray-600">\
Support</a></li><li class="block lg:hidden"><a class="flex items-center gap-1.5 whitespace-nowrap font-medium text-gray-600" \
href="https://dashboard.ledgerline.example">Dashboard</a></li><li class="hidden lg:flex"><a class="group px-4 py-1.5 relative inline-flex items-center \
text-sm font-medium" href="https://dashboard.ledgerline.example"><span class="absolute inset-0 bg-primary-dark rounded-xl"></span><div class="mr-0.5 \
space-x-2.5 flex items-center"><span class="z-10 text-white">Dashboard</span><svg width="3" height="24" viewBox="0 -9 3 24" class="h-5 rotate-0 \
overflow-visible text-white/90"><path d="M0 0L3 3L0 6" fill="none" stroke="currentColor"></path></svg></div></a></li></ul></nav><div class="flex \
items-center"><button class="group p-2 flex items-center justify-center" aria-label="Toggle dark mode"><svg width="16" height="16" viewBox="0 0 16 16">\
<g><path d="M8 1.11133V2.00022"></path></g></svg></button></div></div></div></div></div><div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full \
flex text-sm gap-x-6">${mtTabs
  .map(
    (t, i) =>
      `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center \
font-medium ${i === 0 ? 'text-gray-800 [text-shadow:-0.2px_0_0_currentColor,0.2px_0_0_currentColor]' : 'text-gray-600'}" \
href="/${slug(t)}">${t}<div class="absolute bottom-0 h-[1.5px] w-full ${i === 0 ? 'bg-primary' : 'group-hover:bg-gray-200'}"></div></a>`,
  )
  .join('')}</div></div></div></div>
<span hidden style="position:fixed;top:1px;left:1px;width:1px;height:0;padding:0;margin:-1px;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;\
border-width:0;display:none"></span><div class="max-w-8xl px-0 lg:px-5 mx-auto"><div class="hidden lg:block fixed z-20 inset-0 top-[7rem] left-[max(0px,\
calc(50%-45rem))] right-auto w-[19rem] pb-10 pl-8 pr-6 overflow-y-auto stable-scrollbar-gutter" id="sidebar"><div class="relative lg:text-sm lg:leading-6">\
<div class="sticky top-0 h-8 z-10 bg-gradient-to-b from-background-light"></div><div id="sidebar-content"><div class="h-6"></div><ul class="list-none \
sidebar-group" id="anchors">${mtAnchors
  .map(
    (t) =>
      `<li class="list-none"><a href="https://ledgerline.example/${slug(t)}" target="_blank" class="ml-4 group flex items-center lg:text-sm lg:leading-6 mb-5 \
sm:mb-4 font-medium text-gray-600"><div class="mr-4 rounded-md p-1"><svg class="h-4 w-4" viewBox="0 0 16 16"><path d="M8 1L15 8"></path></svg></div>${t}</a>\
</li>`,
  )
  .join('')}</ul>${mtGroups
  .map(
    ([g, items]) =>
      `<div class="my-2"><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5 font-semibold text-gray-900 dark:text-gray-200">\
<h5 id="sidebar-title">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">${items.map(sideLink).join('')}</ul></div>`,
  )
  .join('\n')}</div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem] \
h-[calc(100vh-9.5rem)] \
top-[calc(9.5rem-var(--sidenav-move-y,0px))]" id="content-side-layout"><div class="z-10 hidden xl:flex pl-10 box-border w-[19rem] max-h-full" \
id="table-of-contents-layout"><div class="text-gray-600 text-sm leading-6 w-[16.5rem] overflow-y-auto space-y-2 pb-4 -mt-10 pt-10" id="table-of-contents">\
<button class="text-gray-700 font-medium flex items-center space-x-2 hover:text-gray-900 transition-colors cursor-pointer"><svg width="16" height="16" \
viewBox="0 0 16 16" class="h-3 w-3"><path d="M2.44434 12.6665H13.5554"></path></svg><span>On this page</span></button><ul id="table-of-contents-content" \
class="toc">${[...mtH, 'Next steps']
  .map(
    (t) => `<li class="toc-item relative" data-depth="0"><a href="#${slug(t)}" class="py-1 block hover:text-gray-900 font-medium text-gray-500">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">\
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary dark:text-primary-light text-sm font-semibold">\
Guides</div><div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl \
font-bold text-gray-900 tracking-tight dark:text-gray-200">${mtTitle}</h1><div class="flex items-center shrink-0 min-w-[156px] justify-end ml-auto \
sm:flex hidden" id="page-context-menu"><button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 py-1.5 border border-gray-200 \
aria-[expanded=true]:bg-gray-100 flex items-center gap-1.5 text-sm font-medium" aria-label="Copy page"><svg width="18" height="18" viewBox="0 0 18 18" \
class="w-4 h-4"><path d="M14.25 5.25H7.25C6.14543 5.25 5.25 6.14543 5.25 7.25V14.25"></path></svg><span>Copy page</span></button><button \
class="group bg-background-light rounded-r-xl px-1.5 text-gray-700 py-1.5 border border-gray-200" aria-label="More actions" type="button" \
aria-haspopup="menu" aria-expanded="false" data-state="closed"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M4 6L8 10L12 6"></path></svg>\
</button></div></div></div><div class="mt-2 text-lg prose prose-gray dark:prose-invert [&amp;&gt;*]:[overflow-wrap:anywhere]"><p>${mtDesc}</p></div></header>
<div class="mdx-content relative mt-8 mb-14 prose prose-gray dark:prose-invert" data-page-title="${mtTitle}" data-page-href="/guides/webhooks" id="content">
<span data-as="p">${mtIntro}</span>
${h2(mtH[0]!)}
<div role="list" class="ml-3.5 mt-10 mb-6">${mtSteps.map(step).join('')}</div>
${h2(mtH[1]!)}
<span data-as="p">${mtVerify}</span>
<div class="mt-5 mb-8 not-prose rounded-2xl relative text-gray-950 bg-gray-50 codegroup border border-gray-950/10 p-0.5" data-component-part="code-group">\
<div class="flex items-center justify-between gap-2 relative" data-component-part="code-group-tab-bar"><div role="tablist" class="flex-1 min-w-0 text-xs \
leading-6 rounded-tl-xl pl-1.5 pr-12 flex gap-1 overflow-x-auto" aria-orientation="horizontal"><button role="tab" aria-selected="true" type="button" \
class="group flex items-center relative gap-1.5 my-1 mb-1.5 outline-0 whitespace-nowrap font-medium text-primary"><div class="flex items-center gap-1.5 \
px-1.5 rounded-lg z-10">Node.js</div></button><button role="tab" aria-selected="false" type="button" class="group flex items-center relative gap-1.5 my-1 \
mb-1.5 outline-0 whitespace-nowrap font-medium text-gray-500"><div class="flex items-center gap-1.5 px-1.5 rounded-lg z-10">Python</div></button></div>\
<div class="flex items-center justify-end gap-1.5 pr-2.5 absolute top-0 right-0 h-9"><div class="z-10 relative"><button class="h-[26px] w-[26px] flex \
items-center justify-center rounded-md backdrop-blur peer group/copy-button" data-testid="copy-code-button" aria-label="Copy the contents from the code \
block"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M14.25 5.25H7.25"></path></svg></button><div aria-hidden="true" class="absolute top-11 \
left-1/2 transform -translate-x-1/2 -translate-y-1/2 hidden peer-hover:block text-white rounded-lg px-1.5 py-0.5 text-xs bg-primary-dark">Copy</div></div>\
</div></div><div class="flex flex-1 overflow-hidden"><div class="w-0 min-w-full max-w-full py-3.5 px-4 h-full dark:bg-codeblock relative text-sm leading-6 \
rounded-xl bg-white overflow-x-auto" style="font-variant-ligatures:none"><pre class="shiki shiki-themes github-light-default dark-plus" \
style="background-color:#ffffff;--shiki-dark-bg:#0B0C0E;color:#1f2328;--shiki-dark:#fff" language="javascript"><code language="javascript" \
numberOfLines="${node.length}">${node.map((l) => `<span class="line">${l}</span>`).join('\n')}</code></pre></div></div></div>
${callout('warning', 'amber', mtWarn)}
<span data-as="p">${mtStale}</span>
${h2(mtH[2]!)}
<span data-as="p">${mtRetry[0]!}</span>
<span data-as="p">${mtRetry[1]!}</span>
${callout('tip', 'emerald', mtTip)}
${h2('Next steps')}
<div class="not-prose grid gap-x-4 sm:grid-cols-2">${mtCards
  .map(
    ([t, d]) =>
      `<a class="card block font-normal group relative my-2 ring-2 ring-transparent rounded-2xl bg-white border border-gray-950/10 overflow-hidden w-full \
cursor-pointer" href="/api-reference/${slug(t)}"><div class="px-6 py-5 relative" data-component-part="card-content-container"><div class="h-6 w-6 \
fill-gray-800" data-component-part="card-icon"><svg class="h-6 w-6 bg-primary" style="mask-image:url(https://mintlify.b-cdn.net/v6.6.0/regular/code.svg)">\
</svg></div><div><h2 class="not-prose font-semibold text-base text-gray-800 dark:text-white mt-4" contenteditable="false" data-component-part="card-title">\
${t}</h2><div class="prose mt-1 font-normal text-base leading-6 text-gray-600" data-component-part="card-content"><span data-as="p">${d}</span></div></div>\
</div></a>`,
  )
  .join('')}</div></div>
<div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">\
<div class="flex items-center gap-2"><p class="text-sm text-gray-600">Was this page helpful?</p><div class="flex gap-2 items-center"><button \
class="px-3.5 py-1.5 rounded-full text-xs text-gray-700 border border-gray-200 flex items-center gap-1.5">Yes</button><button class="px-3.5 py-1.5 \
rounded-full text-xs text-gray-700 border border-gray-200 flex items-center gap-1.5">No</button></div></div><div class="flex gap-3"><a \
href="https://github.com/ledgerline/docs/edit/main/guides/webhooks.mdx" class="h-fit text-xs flex items-center gap-1.5 text-gray-600">Suggest edits</a>\
<a href="https://github.com/ledgerline/docs/issues/new?title=Issue%20on%20docs&amp;body=Path:%20/guides/webhooks" class="h-fit text-xs flex items-center \
gap-1.5 text-gray-600">Raise issue</a></div></div><div class="flex items-center justify-between"><a class="flex items-center text-sm gap-2 font-medium" \
href="/guides/pagination"><svg viewBox="0 0 3 6" class="rotate-180 h-1.5"><path d="M0 0L3 3L0 6"></path></svg><span>Pagination</span></a><a \
class="flex items-center text-sm gap-2 font-medium" href="/guides/testing-in-sandbox"><span>Testing in sandbox</span><svg viewBox="0 0 3 6" class="h-1.5">\
<path d="M0 0L3 3L0 6"></path></svg></a></div></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex dark:border-gray-800/50 pb-28"><div class="flex gap-6 \
flex-wrap">${['x', 'github', 'linkedin']
  .map(
    (s) =>
      `<a href="https://${s === 'x' ? 'x.com' : `${s}.com`}/ledgerline" target="_blank" class="h-fit"><span class="sr-only">${s}</span><svg class="w-5 h-5 \
bg-gray-400" style="mask-image:url(https://mintlify.b-cdn.net/v6.6.0/brands/${s}.svg)"></svg></a>`,
  )
  .join('')}</div><div class="flex items-center justify-between"><div class="sm:flex"><a href="https://mintlify.com/preview-request?utm_campaign=poweredBy\
&amp;utm_medium=referral&amp;utm_source=ledgerline" target="_blank" rel="noreferrer" class="text-sm text-gray-400 hover:text-gray-500 flex items-center">\
<span>Powered by Mintlify</span></a></div></div></footer></div></div></div></div>
<script>self.__next_f.push([1,"c:[\\"$\\",\\"$L20\\",null,{\\"pageMetadata\\":{\\"title\\":\\"Webhooks\\",\\"description\\":\\"${mtDesc}\\",\
\\"href\\":\\"/guides/webhooks\\"}}]\\n"])</script>
</body></html>`;
const mintlify: TestPage = {
  html: mtHtml,
  name: 'heldout59-mintlify',
  kind: 'docs',
  // body: the header's description (the page's dek), the paragraphs, the three Steps (title and text each: the title a short
  // line of the step, not a section heading; the step numbers in neither list) and the two callouts (icon only); the code group
  // is in neither list, its tab labels and "Copy" tooltip are furniture; the "Next steps" section is a card list of other pages,
  // so its h2 and the cards (h2 titles and blurbs) are furniture, as a See-also list is; the page has no author or date line;
  // navbar, search, "Ask AI", "Support", tab row, anchors, sidebar (h5 group titles too), eyebrow, "Copy page", the
  // "Navigate to header" links (aria only), table of contents, feedback bar, "Suggest edits", "Raise issue", pagination, the
  // social links' screen-reader names and "Powered by Mintlify" are furniture; the TOC repeats the headings and the sidebar's
  // current item the title (left out); "Dashboard", "Invoices", "Status" (anchor), "Copy" (tooltip) and the site name are
  // words of the body: left out
  title: mtTitle,
  headings: mtH,
  body: [mtDesc, ...texts([mtIntro, ...mtSteps.flat(), mtVerify, mtWarn, mtStale, ...mtRetry, mtTip])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline home page', 'Search...', 'Ctrl K', 'Ask AI', 'Support', ...mtTabs.filter((t) => t !== 'Guides'), 'Documentation', 'Community',
    ...mtGroups.flatMap(([g, items]) => [g, ...items.filter((t) => t !== mtTitle && t !== 'Invoices')]), 'On this page', 'Copy page', 'Node.js', 'Python',
    'Next steps', ...mtCards.flat(), 'Was this page helpful?', 'Yes', 'No', 'Suggest edits', 'Raise issue', 'x', 'github', 'linkedin', 'Powered by Mintlify',
  ],
};

export const HELDOUT59_C: readonly TestPage[] = [mintlify, antoraPage];
