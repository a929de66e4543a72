import { type TestPage, texts } from './page-kit.js';
import { cloudGuide } from './pages-heldout68-d2.js';

/**
 * Held-out batch 68, file d: a product's docs on a GitBook published site (Tailwind utility classes everywhere, sticky header
 * with logo, search button with its shortcut keys and header links, the sidebar table of contents with group titles and
 * "Powered by GitBook", breadcrumb, h1 and page description, the page-actions "Copy" button with its hidden menu, hash links
 * on headings, hint blocks without labels, numbered steps, a code tab set with copy buttons, "Was this helpful?", previous /
 * next cards, "Last updated", the "On this page" outline, the cookie banner and the RSC payload scripts).
 */
const gbTitle = 'Webhooks';
const gbDesc = 'Get notified in real time when a shipment changes status.';
const gbH = ['Creating an endpoint', 'Event types', 'Verifying signatures', 'Retries'];
const gbIntro =
  'Webhooks let Parcelwise push events to your server as they happen, instead of you polling the Shipments API. When a ' +
  'shipment is created, picked up, delayed or delivered, we send an HTTPS POST request with a JSON payload to every endpoint ' +
  'subscribed to that event.';
const gbSteps = [
  'Open the Dashboard and go to <strong>Settings → Developers → Webhooks</strong>.',
  'Click <strong>Add endpoint</strong> and enter the public HTTPS URL that will receive events.',
  'Choose the events you want to receive, or select <strong>All events</strong>.',
  'Copy the signing secret shown after you save. It is displayed only once.',
];
const gbHint1 =
  'Endpoints must respond within 10 seconds with a 2xx status code. Do any slow work, such as sending emails or updating other ' +
  'systems, after you have responded.';
const gbTypesP = 'Each payload has a <code>type</code> field that tells you what happened:';
const gbTypes = [
  '<code>shipment.created</code> — a label was purchased and the shipment exists in our system.',
  '<code>shipment.in_transit</code> — the carrier scanned the parcel for the first time.',
  '<code>shipment.exception</code> — the carrier reported a problem, such as a failed delivery attempt or a damaged label.',
  '<code>shipment.delivered</code> — the carrier confirmed delivery.',
];
const gbSig =
  'Every request includes a <code>Parcelwise-Signature</code> header containing a timestamp and an HMAC-SHA256 signature of the ' +
  'raw request body. Compute the same signature with your signing secret and compare the two before trusting the payload.';
const gbHint2 =
  'Always verify against the raw body. Frameworks that parse JSON before your handler runs may change whitespace or key order, ' +
  'and the signature will no longer match.';
const gbRetry = [
  'If your endpoint returns anything other than a 2xx response, or does not answer in time, we retry with exponential backoff ' +
    'for up to three days. After the final attempt the endpoint is marked as failing and we email the account owners.',
  'Events may arrive more than once and out of order. Use the event <code>id</code> to ignore duplicates, and the ' +
    '<code>occurred_at</code> timestamp rather than the arrival time to decide which update is newest.',
];
const gbNode = [
  "const crypto = require('node:crypto');",
  '',
  'function verify(rawBody, header, secret) {',
  "  const [t, sig] = header.split(',').map((p) =&gt; p.split('=')[1]);",
  "  const expected = crypto.createHmac('sha256', secret).update(t + '.' + rawBody).digest('hex');",
  '  return crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));',
  '}',
];
const gbPy = [
  'import hmac, hashlib',
  '',
  'def verify(raw_body: bytes, header: str, secret: str) -&gt; bool:',
  '    t, sig = (p.split("=")[1] for p in header.split(","))',
  '    expected = hmac.new(secret.encode(), f"{t}.".encode() + raw_body, hashlib.sha256).hexdigest()',
  '    return hmac.compare_digest(sig, expected)',
];
const gbHeaderLinks = ['Guides', 'API Reference', 'Changelog', 'Status'];
const gbToc: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Quickstart', 'Authentication']],
  ['Guides', ['Creating shipments', 'Tracking shipments', 'Webhooks', 'Rate limits', 'Returns']],
  ['Resources', ['SDKs', 'Support']],
];
const gbCookie = 'This site uses cookies to deliver its service and to analyse traffic. By browsing this site, you accept the privacy policy.';
const tw = 'text-base leading-7 [&amp;_a]:underline';
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const gbHd = (t: string): string =>
  `<h2 id="${slug(t)}" class="heading group/hash flex scroll-m-12 text-2xl font-semibold flip-heading-hash"><div class="grid grid-area-1-1 relative -ml-6 ` +
  `w-7 border-0 opacity-0 md:group-hover/hash:opacity-[1]"><a href="#${slug(t)}" class="inline-flex h-full items-start leading-snug" ` +
  `aria-label="Direct link to heading"><svg class="gb-icon size-3"></svg></a></div><div class="grid-area-1-1 flex-1">${t}</div></h2>`;
const gbHint = (kind: string, text: string): string =>
  `<div class="hint px-4 py-4 rounded-md straight-corners:rounded-none bg-${kind}-subtle text-${kind} ring-1 ring-inset ring-${kind}/5">` +
  `<div class="flex flex-row gap-2"><svg class="gb-icon size-4 shrink-0 mt-0.5"></svg><div class="flex-1 space-y-4"><p class="${tw}">${text}</p>` +
  `</div></div></div>`;
const gbCode = (lines: string[], hidden: boolean): string =>
  `<div role="tabpanel"${hidden ? ' hidden' : ''} class="p-0"><div class="group/codeblock grid shrink grid-flow-col"><div class="relative [grid-area:2/1]">` +
  `<button type="button" class="opacity-0 group-hover/codeblock:opacity-[1] absolute top-2 right-2 text-xs">Copy</button><pre class="overflow-auto ` +
  `rounded-md border border-tint-subtle bg-tint-subtle p-2"><code class="inline-grid min-w-full">${lines
    .map((l) => `<span class="highlight-line ps-2 block">${l === '' ? '<br>' : l}</span>`)
    .join('\n')}</code></pre></div></div></div>`;
const gbNavItem = (t: string): string =>
  t === gbTitle
    ? `<li class="flex flex-col"><a aria-current="page" class="flex rounded-md px-3 py-1.5 text-primary-subtle bg-primary-hover"
href="/docs/guides/webhooks">${t}</a></li>`
    : `<li class="flex flex-col"><a class="flex rounded-md px-3 py-1.5 text-tint hover:bg-tint-hover" href="/docs/${slug(t)}">${t}</a></li>`;
const gbHtml = `<!DOCTYPE html><html lang="en" class="sidebar-filled theme-muted tint circular-corners links-default"><head><meta charSet="utf-8">
<title>${gbTitle} | Parcelwise Docs</title><meta name="description" content="${gbDesc}"><meta name="generator" content="GitBook (8b7d2e1)">
<link rel="stylesheet" href="/docs/~gitbook/static/css/a91c2c5f.css"><style>:root{--primary-color-500:rgb(14 116 144)}</style></head>
<body class="antialiased bg-tint-base text-tint-strong"><header id="site-header" class="flex flex-col h-[64px] sticky top-0 z-30 w-full flex-none
shadow-[0px_1px_0px] shadow-tint-12/2 bg-tint-base/9 backdrop-blur-lg"><div class="flex items-center justify-between w-full py-3 min-h-16 px-4
sm:px-6 md:px-8 max-w-screen-2xl mx-auto"><div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center gap-2"><button aria-label="Open table of contents"
class="lg:hidden"><svg></svg></button><a class="group/headerlogo min-w-0 shrink flex items-center" href="/docs"><img alt="Logo"
src="/docs/~gitbook/image?url=logo.svg"
width="32" height="32"><div class="line-clamp-2 tracking-tight font-semibold ms-3 text-base/tight lg:text-lg/tight">Parcelwise</div></a></div>
<div class="flex grow-0 shrink-0 md:basis-56 items-center gap-2 order-last"><button type="button" class="button group/button inline-flex items-center gap-2
rounded-md ring-1 ring-tint-subtle w-full" aria-label="Search (Ctrl+K)"><svg></svg><div class="grow text-left">Search...</div><div class="shortcut
hidden md:flex gap-0.5"><kbd class="text-xs">Ctrl</kbd><kbd class="text-xs">K</kbd></div></button></div>
<nav class="hidden lg:flex gap-4" aria-label="Header
links">${gbHeaderLinks.map((t) => `<a class="text-sm font-semibold" href="/docs/${slug(t)}">${t}</a>`).join('')}
<a class="button button-primary text-sm" href="https://app.parcelwise.example">Dashboard</a></nav></div></header>
<div class="scroll-nojump"><div class="flex flex-col lg:flex-row lg:justify-center px-4 sm:px-6 md:px-8 max-w-screen-2xl mx-auto">
<aside class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 table-of-contents" data-testid="table-of-contents" id="table-of-contents"><div
class="flex flex-col gap-y-0.5 overflow-y-auto lg:sticky lg:top-16"><ul class="flex flex-col gap-y-0.5">${gbToc
  .map(
    ([g, items]) => `<li class="flex flex-col"><div class="sticky -top-4 z-[1] px-3 pt-6 pb-3 font-semibold text-xs uppercase tracking-wide">${g}</div>
<ul class="flex flex-col gap-y-0.5">${items.map(gbNavItem).join('')}</ul></li>`,
  )
  .join('\n')}</ul><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" target="_blank" class="mt-4 flex items-center gap-3
rounded-md px-5 py-4 ring-1 ring-tint-subtle"><svg></svg><div class="text-xs"><p>Powered by GitBook</p></div></a></div></aside>
<div class="flex-1 relative py-8 lg:px-12 break-anywhere"><main class="relative min-w-0 flex-1"><header class="max-w-3xl mx-auto mb-6 space-y-3">
<nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2 text-xs uppercase tracking-wide text-tint"><li class="flex items-center gap-2">
<a class="hover:text-primary" href="/docs/guides">Guides</a></li></ol></nav>
<div class="flex items-start justify-between gap-4"><h1 class="text-4xl font-bold flex items-center gap-4 w-full text-pretty">${gbTitle}</h1>
<div class="flex items-center shrink-0 rounded-md ring-1 ring-tint-subtle"><button type="button" class="px-2 py-1 text-sm">Copy</button>
<button type="button" aria-label="More page actions" aria-haspopup="menu"><svg></svg></button><div role="menu" hidden><a role="menuitem">Copy page</a>
<a role="menuitem">View as Markdown</a><a role="menuitem">Open in ChatGPT</a><a role="menuitem">Open in Claude</a></div></div></div>
<p class="max-w-3xl mx-auto text-lg text-tint">${gbDesc}</p></header>
<div class="whitespace-pre-wrap grid [&amp;&gt;*+*]:mt-5 max-w-3xl mx-auto">
<p class="${tw}">${gbIntro}</p>
${gbHd(gbH[0] ?? '')}
<ol class="list-decimal ps-6 space-y-2">${gbSteps.map((t) => `<li><div class="flex-1"><p class="${tw}">${t}</p></div></li>`).join('\n')}</ol>
${gbHint('info', gbHint1)}
${gbHd(gbH[1] ?? '')}
<p class="${tw}">${gbTypesP}</p>
<ul class="list-disc ps-6 space-y-2">${gbTypes.map((t) => `<li><div class="flex-1"><p class="${tw}">${t}</p></div></li>`).join('\n')}</ul>
${gbHd(gbH[2] ?? '')}
<p class="${tw}">${gbSig}</p>
<div class="tabs rounded-lg ring-1 ring-tint-subtle"><div role="tablist" class="flex gap-2 px-2 bg-tint-subtle"><button role="tab" aria-selected="true"
class="px-3 py-2 text-sm font-semibold">Node.js</button><button role="tab" aria-selected="false" class="px-3 py-2 text-sm">Python</button></div>
${gbCode(gbNode, false)}
${gbCode(gbPy, true)}</div>
${gbHint('warning', gbHint2)}
${gbHd(gbH[3] ?? '')}
${gbRetry.map((p) => `<p class="${tw}">${p}</p>`).join('\n')}
</div>
<div class="flex flex-row flex-wrap gap-4 items-center mt-6 max-w-3xl mx-auto"><div class="flex flex-row items-center gap-2">
<p class="text-sm">Was this helpful?</p><div class="flex flex-row gap-1" role="radiogroup"><button aria-label="No" role="radio"><svg></svg></button><button
aria-label="Neutral"
role="radio"><svg></svg></button><button aria-label="Yes" role="radio"><svg></svg></button></div></div></div>
<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl mx-auto"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center pl-4
border border-tint-subtle rounded-sm" href="/docs/tracking-shipments"><span class="flex flex-col flex-1 text-right"><span class="text-xs">Previous</span>
<span class="text-tint-strong line-clamp-2">Tracking shipments</span></span></a><a class="group text-sm p-2.5 flex gap-4 flex-1 items-center pr-4 border
border-tint-subtle rounded-sm" href="/docs/rate-limits"><span class="flex flex-col flex-1"><span class="text-xs">Next</span><span class="text-tint-strong
line-clamp-2">Rate limits</span></span></a></div>
<div class="flex flex-row items-center mt-6 max-w-3xl mx-auto"><p class="text-sm text-tint">Last updated <time datetime="2025-07-14T09:20:11.000Z"
title="Monday, July 14, 2025 at 9:20:11 AM">3 months ago</time></p></div></main>
<aside class="hidden xl:flex flex-col basis-56 shrink-0 page-outline"><div class="sticky top-16"><div class="text-xs font-semibold uppercase
tracking-wide text-tint mb-3">On this page</div><ul class="border-l border-tint-subtle">${gbH
  .map(
    (h) => `<li><a class="block py-1 ps-3 text-sm"
href="#${slug(h)}">${h}</a></li>`,
  )
  .join('')}</ul></div></aside></div></div></div>
<div id="cookie-banner" class="fixed bottom-4 left-4 z-50 max-w-sm rounded-md bg-tint-base p-4 shadow-lg" role="dialog"><p class="text-sm">${gbCookie}</p>
<div class="flex gap-2 mt-3"><button class="button button-primary">Accept</button><button class="button">Reject</button></div></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[94512,[],\\"\\"]\\n"])</script>
<script>self.__next_f.push([1,"6:{\\"page\\":{\\"id\\":\\"Kx2pF8vQ\\",\\"title\\":\\"${gbTitle}\\",
\\"description\\":\\"${gbDesc}\\"}}\\n"])</script></body></html>`;
const gitbookPage: TestPage = {
  html: gbHtml,
  name: 'heldout68-gitbook',
  kind: 'docs',
  // the page description under the h1 is the page's dek: body; the h2s are the headings; the two hints carry no label word
  // (an icon only): their texts are body; the steps and event list items are body; the code tabs' code is in neither list;
  // "Last updated 3 months ago" is the page's date line: byline; the header, search button and shortcut keys, header links,
  // the sidebar (its group titles and pages; "Webhooks" is the title: left out), "Powered by GitBook", breadcrumb, the page
  // actions ("Copy", its hidden menu), the code tabs' labels and copy buttons, "Was this helpful?", previous / next cards,
  // the "On this page" outline (whose entries repeat the headings: left out), cookie banner are furniture; the logo text
  // "Parcelwise", the header's "Dashboard" and "Status", the sidebar's "Returns" and the page actions' and code blocks' "Copy"
  // are body words: left out
  title: gbTitle,
  headings: gbH,
  body: [gbDesc, gbIntro, ...texts(gbSteps), gbHint1, ...texts([gbTypesP]), ...texts(gbTypes), ...texts([gbSig]), gbHint2, ...texts(gbRetry)],
  bylines: ['Last updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search...', 'Ctrl', ...gbHeaderLinks.filter((t) => t !== 'Status'),
    ...gbToc.flatMap(([g, items]) => [g, ...items]).filter((t) => ![gbTitle, 'Guides', 'Returns'].includes(t)),
    'Powered by GitBook', 'Copy page', 'View as Markdown', 'Open in ChatGPT', 'Open in Claude', 'Node.js', 'Python', 'Was this helpful?',
    'Previous', 'Next', 'On this page', gbCookie, 'Accept', 'Reject',
  ],
};

export const HELDOUT68_D: readonly TestPage[] = [gitbookPage, cloudGuide];
