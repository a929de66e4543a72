import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 30, file f2: a guide page of a shipping API's documentation hosted on Mintlify (the Next.js app-router
 * head with the banner-dismiss and theme scripts, the announcement banner, the navbar with logo, search and "Ask AI"
 * buttons, links and the "Dashboard" button, the tab bar, the sidebar groups, the "On this page" table of contents, the
 * header with eyebrow, title, "Copy page" menu and description, the MDX content with anchor-linked headings, a Steps
 * component, a list, a CodeGroup with two tabs, a warning callout, the feedback toolbar, pagination, the footer with
 * "Powered by Mintlify" and the RSC payload scripts).
 */
const mtTitle = 'Webhooks';
const mtDesc = 'Get notified when a shipment’s status changes, instead of polling the API.';
const mtIntro =
  'Parcelhop sends a webhook to your server whenever something happens to a shipment you created: a label is bought, a ' +
  'carrier scans the parcel, or a delivery fails. Webhooks let you update your own order pages and emails in real time ' +
  'without polling the shipments endpoint.';
const mtH1 = 'Registering an endpoint';
const mtSteps: [string, string][] = [
  ['Create an endpoint', 'Add a route to your application that accepts POST requests with a JSON body and returns a 2xx status within ten seconds.'],
  [
    'Register it in the dashboard',
    'Open Settings → Webhooks in the Parcelhop dashboard, paste the endpoint URL and choose the events you want to receive. ' +
      'Copy the signing secret that is shown once the endpoint has been saved.',
  ],
  ['Send a test event', 'Use the Send test event button to deliver a sample delivery event, and check that your endpoint responds with 200.'],
];
const mtH2 = 'Event types';
const mtEvents: [string, string][] = [
  ['shipment.created', 'a shipment and its label were created.'],
  ['shipment.in_transit', 'the carrier has scanned the parcel for the first time.'],
  ['shipment.delivered', 'the carrier has confirmed delivery.'],
  ['shipment.exception', 'delivery failed, or the parcel is being returned to the sender.'],
];
const mtH3 = 'Verifying signatures';
const mtSig =
  'Every webhook request includes a <code>Parcelhop-Signature</code> header. It contains a timestamp and an HMAC-SHA256 ' +
  'signature of the timestamp and the raw request body, computed with your endpoint’s signing secret.';
const mtNode = [
  "import crypto from 'node:crypto';",
  '',
  'export function verify(rawBody, header, secret) {',
  "  const [t, sig] = header.split(',').map((part) => part.split('=')[1]);",
  "  const expected = crypto.createHmac('sha256', secret).update(t + '.' + rawBody).digest('hex');",
  '  return crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));',
  '}',
];
const mtPython = [
  'import hashlib, hmac',
  '',
  'def verify(raw_body: bytes, header: str, secret: str) -> bool:',
  "    t, sig = (part.split('=')[1] for part in header.split(','))",
  "    expected = hmac.new(secret.encode(), f'{t}.'.encode() + raw_body, hashlib.sha256).hexdigest()",
  '    return hmac.compare_digest(sig, expected)',
];
const mtWarn =
  'Always compute the signature over the raw request body, before any JSON parsing. Re-serialising the parsed body can ' +
  'change whitespace or key order, and the signatures will no longer match.';
const mtH4 = 'Retries';
const mtRetry = [
  'If your endpoint does not return a 2xx status within ten seconds, Parcelhop retries the delivery up to eight times over ' +
    'roughly 24 hours, doubling the delay after each attempt. After the last failed attempt the endpoint is marked as ' +
    'failing and the account owner receives an email.',
  'Because of retries, the same event can be delivered more than once. Use the <code>id</code> field of the event to ignore duplicates.',
];
const mtTabs = ['Guides', 'API Reference', 'SDKs', 'Changelog'];
const mtSide: [string, string[]][] = [
  ['Get started', ['Introduction', 'Quickstart', 'Authentication']],
  ['Guides', ['Creating shipments', mtTitle, 'Rate limits', 'Errors']],
  ['Resources', ['Sandbox', 'Status page', 'Support']],
];
const svg = '<svg class="h-4 w-4 bg-gray-400 dark:bg-gray-500" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 8h12"/></svg>';
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const h2 = (
  t: string,
): string => `<h2 class="flex whitespace-pre-wrap group font-semibold" id="${slug(t)}"><div class="absolute" tabindex="-1"><a href="#${slug(t)}"
 class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100 focus:opacity-100 focus:outline-0 group/link" aria-label="Navigate to
header">\u200b<div
 class="w-6 h-6 rounded-md flex items-center justify-center shadow-sm text-gray-400 dark:text-white/50 bg-white ring-1 ring-gray-400/30">${svg}</div></a></div>
<span class="cursor-pointer">${t}</span></h2>`;
const sp = (t: string): string => `<span data-as="p">${t}</span>`;
const shiki = (lang: string, lines: readonly string[]): string =>
  `<pre class="shiki shiki-themes github-light-default dark-plus" style="background-color:#ffffff;--shiki-dark-bg:#0B0C0E;color:#1f2328;--shiki-dark:#D4D4D4"
 language="${lang}" tabindex="0"><code language="${lang}" numberOfLines="${lines.length}">${lines
   .map((l) => `<span class="line"><span style="color:#1F2328;--shiki-dark:#D4D4D4">${l}</span></span>`)
   .join('\n')}</code></pre>`;
const mtHtml = `<!DOCTYPE html><html lang="en" suppressHydrationWarning="" class="dark" style="color-scheme:dark"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><link rel="stylesheet" href="/_next/static/css/8e2f1a7c9b3d.css"
data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5c1d2e3f.js"/><title>Webhooks - Parcelhop Docs</title>
<meta name="description" content="Get notified when a shipment’s status changes, instead of polling the API."/><meta name="generator" content="Mintlify"/>
<meta property="og:title" content="Webhooks - Parcelhop Docs"/><link rel="canonical" href="https://docs.parcelhop.example/guides/webhooks"/>
<link rel="alternate" type="text/markdown" href="https://docs.parcelhop.example/guides/webhooks.md"/>
<script id="_mintlify-banner-script">(function m(a,b,c,d){try{let e=document.getElementById("banner"),f=e?.innerText;if(!f)return void
document.documentElement.setAttribute(d,"hidden");
let g=localStorage.getItem(a),h=g!==f&&g!==b;null!=g&&(h?(localStorage.removeItem(c),localStorage.removeItem(a)):
(localStorage.setItem(c,f),localStorage.setItem(a,f))),
document.documentElement.setAttribute(d,!g||h?"visible":"hidden")}catch(a){document.documentElement.setAttribute(d,"hidden")}})
("__mintlify-bannerDismissed",undefined,
"__mintlify-bannerDismissed","data-banner-state")</script>
<script>((a,b,c,d,e,f,g,h)=>{let i=document.documentElement,j=["light","dark"];function k(b){(Array.isArray(a)?a:[a]).forEach(a=>{let
c="class"===a,d=c&&f?e.map(a=>f[a]||a):e;
c?(i.classList.remove(...d),i.classList.add(f&&f[b]?f[b]:b)):i.setAttribute(a,b)}),
h&&j.includes(b)&&(i.style.colorScheme=b)}})("class","isDarkMode","system",null,["dark","light"],null,true,true)</script>
</head><body><div hidden=""><!--$--><!--/$--></div>
<div class="relative antialiased text-gray-500 dark:text-gray-400"><span class="fixed inset-0 bg-background-light dark:bg-background-dark -z-10
pointer-events-none"></span>
<div id="banner" class="fixed top-0 z-40 w-full h-10 flex items-center justify-center bg-primary-dark text-white text-sm font-medium"><div class="mdx-content
text-white">
Parcelhop API v2 is now generally available. <a href="/changelog" class="underline">Read the changelog</a></div>
<button class="absolute right-4" aria-label="Dismiss banner">${svg}</button></div>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom peer is-not-center peer is-not-wide peer is-not-frame"><div id="navbar-transition"
 class="absolute w-full h-full backdrop-blur flex-none transition-colors duration-500 border-b border-gray-500/5 dark:border-gray-300/[0.06]"></div>
<div class="z-10 mx-auto relative max-w-8xl px-0 lg:px-5"><div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0 mx-4 lg:mx-0">
<div class="h-full relative flex-1 flex items-center gap-x-4 min-w-0 border-b border-gray-500/5 dark:border-gray-300/[0.06]"><div class="flex-1 flex
items-center gap-x-4">
<a class="" href="/"><span class="sr-only">Parcelhop Docs home page</span><img class="nav-logo w-auto h-7 relative object-contain block dark:hidden"
 src="https://mintlify.s3.us-west-1.amazonaws.com/parcelhop/logo/light.svg" alt="light logo"/><img class="nav-logo w-auto h-7 relative object-contain hidden
dark:block"
 src="https://mintlify.s3.us-west-1.amazonaws.com/parcelhop/logo/dark.svg" alt="dark logo"/></a></div>
<div class="relative hidden lg:flex items-center flex-1 z-20 gap-2.5 justify-center"><button type="button" id="search-bar-entry" class="flex
pointer-events-auto rounded-xl
 w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3 text-gray-500 dark:text-white/50 bg-background-light dark:bg-background-dark" aria-label="Open
search">${svg}
<div class="truncate min-w-0">Search...</div><span class="flex-none text-xs font-semibold">Ctrl K</span></button><button type="button" id="assistant-entry"
 class="flex-none hidden lg:flex items-center gap-1.5 h-9 px-3 rounded-xl text-sm" aria-label="Toggle assistant panel">${svg}<span>Ask AI</span></button></div>
<div class="flex-1 relative hidden lg:flex items-center ml-auto justify-end space-x-4"><nav class="text-sm"><ul class="flex space-x-6 items-center">
<li class="navbar-link"><a href="https://status.parcelhop.example" class="flex items-center gap-1.5 whitespace-nowrap font-medium text-gray-600
hover:text-gray-900"
 target="_blank">Status</a></li><li class="navbar-link"><a href="mailto:support@parcelhop.example" class="flex items-center gap-1.5 whitespace-nowrap
font-medium
 text-gray-600 hover:text-gray-900" target="_blank">Contact support</a></li><li class="whitespace-nowrap hidden lg:flex" id="topbar-cta-button"><a
target="_blank"
 class="group px-4 py-1.5 relative inline-flex items-center text-sm font-medium" href="https://dashboard.parcelhop.example"><span class="absolute inset-0
bg-primary-dark
 rounded-xl group-hover:opacity-[0.9]"></span><div class="mr-0.5 space-x-2.5 flex items-center"><span class="z-10
text-white">Dashboard</span>${svg}</div></a></li></ul></nav>
<div class="flex items-center"><button class="group p-2 flex items-center justify-center" aria-label="Toggle dark mode">${svg}</button></div></div></div></div>
<div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm gap-x-6">
${mtTabs
  .map(
    (t, i) => `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center font-medium
${i === 0 ? 'text-gray-800 dark:text-gray-200' : 'text-gray-600'}"
 href="/${i === 0 ? 'introduction' : slug(t)}">${t}<div class="absolute bottom-0 h-[1.5px] w-full
${i === 0 ? 'bg-primary dark:bg-primary-light' : ''}"></div></a>`,
  )
  .join('\n')}
</div></div></div></div></div>
<div class="max-w-8xl px-4 mx-auto lg:px-8 min-w-0"><div class="z-20 hidden lg:block fixed bottom-0 right-auto w-[18rem]" id="sidebar" style="top:7rem">
<div class="absolute inset-0 z-10 stable-scrollbar-gutter overflow-auto pr-8 pb-10" id="sidebar-content"><div class="relative lg:text-sm lg:leading-6">
<div class="sticky top-0 h-8 z-10 bg-gradient-to-b from-background-light dark:from-background-dark"></div><div id="navigation-items">
${mtSide
  .map(
    ([
      g,
      items,
    ]) => `<div class=""><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5 font-semibold text-gray-900 dark:text-gray-200">
<h5 id="sidebar-title">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">
${items
  .map(
    (t) => `<li id="/${slug(t)}" class="relative scroll-m-4 first:scroll-m-20" data-title="${t}"><a class="group flex items-center pr-3 py-1.5 cursor-pointer
gap-x-3
 text-left rounded-xl w-full${t === mtTitle ? ' bg-primary/10 text-primary font-semibold' : ' text-gray-700 hover:text-gray-900'}" style="padding-left:1rem"
 href="/${t === mtTitle ? 'guides/' : ''}${slug(t)}"><div class="flex-1 flex items-center space-x-2.5"><div class="">${t}</div></div></a></li>`,
  )
  .join('\n')}
</ul></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem]
 h-[calc(100vh-9.5rem)] top-[calc(9.5rem-var(--sidenav-move-y,0px))]" id="content-side-layout"><div class="z-10 hidden xl:flex pl-10 box-border w-[19rem]
max-h-full"
 id="table-of-contents-layout"><div class="text-gray-600 text-sm leading-6 w-[16.5rem] overflow-y-auto space-y-2 pb-4 -mt-10 pt-10" id="table-of-contents">
<button class="text-gray-700 dark:text-gray-300 font-medium flex items-center space-x-2">${svg}<span>On this page</span></button>
<ul id="table-of-contents-content" class="toc">${[mtH1, mtH2, mtH3, mtH4]
  .map((t) => `<li class="toc-item relative" data-depth="0"><a href="#${slug(t)}" class="py-1 block font-medium hover:text-gray-900">${t}</a></li>`)
  .join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary dark:text-primary-light text-sm
font-semibold">Guides</div>
<div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl font-bold
text-gray-900
 tracking-tight dark:text-gray-200">${mtTitle}</h1><div id="page-context-menu" class="items-center shrink-0 min-w-[156px] justify-end ml-auto sm:flex hidden">
<button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 dark:text-gray-300 py-1.5 border border-gray-200 flex items-center gap-2 text-sm"
 aria-label="Copy page">${svg}<span>Copy page</span></button><button class="rounded-r-xl border border-gray-200 px-3" aria-label="More
actions">${svg}</button></div></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert [&amp;&gt;*]:[overflow-wrap:anywhere]"><p>${mtDesc}</p></div></header>
<div class="mdx-content relative mt-8 mb-14 prose prose-gray dark:prose-invert" data-page-title="Webhooks" data-page-href="/guides/webhooks" id="content">
${sp(mtIntro)}
${h2(mtH1)}
<div role="list" class="ml-3.5 mt-10 mb-6">${mtSteps
  .map(
    (
      [t, c],
      i,
    ) => `<div role="listitem" class="relative flex items-start pb-5"><div class="absolute w-px h-[calc(100%-2.75rem)] top-[2.75rem] bg-gray-200/70"></div>
<div class="absolute ml-[-13px] py-2"><div class="w-7 h-7 shrink-0 rounded-lg bg-gray-100 dark:bg-white/10 text-xs text-gray-900 font-semibold flex items-center
 justify-center">${i + 1}</div></div><div class="w-full overflow-hidden pl-8 pr-px"><p class="mt-2 font-semibold prose dark:prose-invert text-gray-900"
 data-component-part="step-title">${t}</p><div class="mt-1 prose dark:prose-invert" data-component-part="step-content">${sp(c)}</div></div></div>`,
  )
  .join('')}</div>
${h2(mtH2)}
<ul>${mtEvents.map(([e, d]) => `<li><code>${e}</code>: ${d}</li>`).join('\n')}</ul>
${h2(mtH3)}
${sp(mtSig)}
<div class="code-group mt-5 mb-8 not-prose rounded-2xl relative group text-gray-950 bg-gray-50 dark:bg-white/5 dark:text-gray-50 border border-gray-950/10
p-0.5">
<div class="flex items-center justify-between gap-2 relative" data-component-part="code-group-tab-bar"><div class="flex overflow-x-auto">
<button class="group flex items-center relative gap-1.5 my-1 mb-1.5 outline-0 whitespace-nowrap font-medium text-primary" data-active="true">Node.js</button>
<button class="group flex items-center relative gap-1.5 my-1 mb-1.5 outline-0 whitespace-nowrap font-medium text-gray-500"
data-active="false">Python</button></div>
<div class="flex items-center justify-end gap-1.5 pr-2.5"><div class="z-10 relative"><button class="h-[26px] w-[26px] flex items-center justify-center
rounded-md peer"
 aria-label="Copy the contents from the code block">${svg}</button><div aria-hidden="true" class="absolute top-11 left-1/2 -translate-x-1/2 -translate-y-1/2
hidden
 peer-hover:block text-white rounded-lg px-1.5 py-0.5 text-xs bg-primary-dark">Copy</div></div></div></div>
<div class="flex flex-1 overflow-hidden" data-component-part="code-group-content"><div class="w-0 min-w-full max-w-full py-3.5 px-4 h-full dark:bg-codeblock
relative
 text-sm leading-6 children:!my-0 children:!shadow-none children:!bg-transparent" style="font-variant-ligatures:none">${shiki('javascript', mtNode)}</div>
<div class="hidden">${shiki(
  'python',
  mtPython.map((l) => l.replace(/>/g, '&gt;')),
)}</div></div></div>
<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-amber-500/20 bg-amber-50/50 dark:border-amber-500/30
dark:bg-amber-500/10"
 data-callout-type="warning"><div class="mt-0.5 w-4" data-component-part="callout-icon">${svg.replace('aria-hidden="true"', 'aria-label="Warning"')}</div>
<div class="text-sm prose min-w-0 w-full text-amber-900 dark:text-amber-200" data-component-part="callout-content">${sp(mtWarn)}</div></div>
${h2(mtH4)}
${mtRetry.map(sp).join('\n')}
</div>
<div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col gap-y-4 sm:flex-row sm:items-center sm:justify-between">
<p class="text-sm text-gray-600 dark:text-gray-400">Was this page helpful?</p><div class="flex items-center gap-2"><button class="px-3.5 py-1.5 flex flex-row
gap-3
 items-center border-standard rounded-xl">${svg}<small class="text-sm font-normal leading-4">Yes</small></button><button class="px-3.5 py-1.5 flex flex-row
gap-3
 items-center border-standard rounded-xl">${svg}<small class="text-sm font-normal leading-4">No</small></button></div></div><div class="flex gap-x-3">
<a href="https://github.com/parcelhop/docs/edit/main/guides/webhooks.mdx" class="h-fit flex items-center text-sm gap-1.5">${svg}<small>Suggest edits</small></a>
<a href="https://github.com/parcelhop/docs/issues/new?title=Issue%20on%20docs&amp;body=Path:%20/guides/webhooks" class="h-fit flex items-center text-sm
gap-1.5">${svg}
<small>Raise issue</small></a></div></div>
<div id="pagination" class="px-0.5 flex items-center text-sm font-semibold text-gray-700 dark:text-gray-200"><a class="flex items-center space-x-3 group"
 href="/creating-shipments">${svg}<span class="group-hover:text-gray-900 dark:group-hover:text-white">Creating shipments</span></a><a class="flex items-center
ml-auto
 space-x-3 group" href="/rate-limits"><span class="group-hover:text-gray-900 dark:group-hover:text-white">Rate limits</span>${svg}</a></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex dark:border-gray-800/50 pb-28"><div class="flex gap-6 flex-wrap">
<a href="https://x.com/parcelhop" target="_blank" class="h-fit"><span class="sr-only">x</span>${svg}</a><a href="https://github.com/parcelhop" target="_blank"
 class="h-fit"><span class="sr-only">github</span>${svg}</a><a href="https://www.linkedin.com/company/parcelhop" target="_blank" class="h-fit"><span
 class="sr-only">linkedin</span>${svg}</a></div><div class="flex items-center justify-between"><div class="sm:flex"><a
href="https://mintlify.com?utm_campaign=poweredBy&amp;utm_medium=referral&amp;utm_source=parcelhop"
 target="_blank" rel="noreferrer" class="text-sm text-gray-400 dark:text-gray-500 hover:text-gray-500 flex items-center gap-1"><span>Powered by
Mintlify</span></a></div></div>
</footer></div></div></div></div>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[48213,[\\"8173\\",\\"static/chunks/8173-1f2e3d.js\\"],\\"default\\"]\\n"])</script>
<script>self.__next_f.push([1,"7:[[\\"$\\",\\"meta\\",\\"0\\",{\\"name\\":\\"description\\",\\"content\\":\\"Get notified when a shipment’s status
changes.\\"}]]\\n"])</script>
</body></html>`;
export const mintlifyDocs: TestPage = {
  html: mtHtml,
  name: 'heldout30-mintlify-docs',
  kind: 'docs',
  // the header's description line is the page's dek: body (as batch 19's dek); the MDX content is the article: the intro,
  // the Steps component (each step's title and text are body: the titles are list-item labels in <p>, not headings), the
  // event list, the signature paragraph, the shown Node.js tab's code lines, the warning callout's text and the retry
  // paragraphs; the hidden Python tab repeats the code for another language (in neither), the tab labels, "Copy" tooltip
  // and step numbers are furniture; the page has no byline or date; the eyebrow "Guides" (also a tab and a sidebar group),
  // "Copy page", the banner, navbar, tabs, sidebar (its current item repeats the title: in neither), "On this page" (its
  // items repeat the headings: in neither), the feedback toolbar, pagination and footer are furniture; the navbar's
  // "Dashboard" button is a word of a step title ("Register it in the dashboard"): left out
  // a gold change of session 15, after measuring: the Node.js tab's code lines are code, in neither list, as batch 21 set code
  title: mtTitle,
  headings: [mtH1, mtH2, mtH3, mtH4],
  body: [
    mtDesc,
    mtIntro,
    ...mtSteps.flat(),
    ...mtEvents.map(([e, d]) => `${e}: ${d}`),
    mtSig.replace(/<\/?code>/g, ''),
    mtWarn,
    ...mtRetry.map((t) => t.replace(/<\/?code>/g, '')),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Parcelhop API v2 is now generally available.', 'Read the changelog', 'Parcelhop Docs home page', 'Search...', 'Ctrl K', 'Ask AI', 'Status',
    'Contact support', ...mtTabs, ...mtSide.flatMap(([g, items]) => [g, ...items.filter((t) => t !== mtTitle)]).filter((t) => t !== 'Guides'),
    'On this page', 'Copy page', 'Node.js', 'Python', 'Copy', 'Was this page helpful?', 'Yes', 'No', 'Suggest edits', 'Raise issue', 'x', 'github',
    'linkedin', 'Powered by Mintlify',
  ],
};
