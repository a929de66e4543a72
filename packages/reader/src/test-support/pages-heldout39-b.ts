import { links, type TestPage, texts } from './page-kit.js';
import { githubReadme } from './pages-heldout39-b2.js';

/**
 * Held-out batch 39, file b: a GitBook-hosted docs page (Next.js app-router markup with Tailwind utility classes, the site
 * header with the "Ask or search…" button and its Ctrl K keys, section tabs, the sidebar table of contents, breadcrumb,
 * title and page description, heading anchors, info and warning hints without label words, a titled code block with a Copy
 * button, a tab set with two code blocks, the "Was this helpful?" buttons, previous/next links, "Last updated", the
 * right-hand "On this page" outline, "Powered by GitBook" and the RSC payload scripts).
 */
const gbTitle = 'Receive events with webhooks';
const gbDesc = 'Get notified in real time when a label is printed, a parcel is scanned or a delivery fails.';
const gbIntro = [
  'Webhooks let Ferrule push events to your server as they happen, instead of you polling the Shipments API. When something ' +
    'changes on a shipment, we send an HTTPS <code>POST</code> request with a JSON body to the endpoint you registered.',
  'Each account can register up to ten endpoints, and each endpoint can subscribe to any subset of event types.',
];
const gbH1 = 'Register an endpoint';
const gbReg =
  'Open <strong>Settings → Developers → Webhooks</strong> in the dashboard and choose <strong>Add endpoint</strong>. Enter a URL ' +
  'that accepts <code>POST</code> requests over HTTPS and pick the events you want to receive. You can also create endpoints ' +
  'through the API:';
const gbHint1 = 'Endpoints on plain HTTP are rejected. For local testing, use a tunnelling tool and register the HTTPS address it gives you.';
const gbH2 = 'Event types';
const gbTypesP = 'The events most integrations need are listed below; the full list is in the reference for the Events object.';
const gbTypes = [
  '<code>label.created</code> — a label was bought and is ready to print.',
  '<code>shipment.in_transit</code> — the carrier scanned the parcel for the first time.',
  '<code>shipment.exception</code> — the carrier reported a problem, such as a damaged parcel or an incomplete address.',
  '<code>shipment.delivered</code> — the parcel was delivered, with the time and, where the carrier offers one, a photo of the drop-off.',
];
const gbH3 = 'Verify signatures';
const gbVerify =
  'Every request carries a <code>Ferrule-Signature</code> header: an HMAC-SHA256 of the raw request body, made with the ' +
  'signing secret of your endpoint. Compute the same value on your side and compare the two before you trust the payload.';
const gbHint2 =
  'Compare signatures in constant time and use the raw body exactly as it arrived. Parsing the JSON and serialising it again ' +
  'changes the bytes, and the check will then fail.';
const gbH4 = 'Retries and ordering';
const gbRetry = [
  'Respond with any <code>2xx</code> status within ten seconds to acknowledge an event. If your endpoint times out or returns ' +
    'an error, we retry with exponential backoff for up to three days; after that the event is marked as failed and listed ' +
    'in the dashboard, where you can resend it by hand.',
  'Events can arrive out of order and, rarely, more than once. Use the <code>id</code> field to drop duplicates, and the ' +
    '<code>created</code> timestamp rather than the order of arrival to decide which update is the latest.',
];
const gbCurl = `<span class="token">curl</span> https://api.ferrule.example/v2/webhook_endpoints \\
  -u <span class="token string">"$FERRULE_KEY:"</span> \\
  -d url=https://shop.example.com/hooks/ferrule \\
  -d <span class="token string">"events[]=shipment.delivered"</span>`;
const gbNode = `<span class="token keyword">import</span> crypto <span class="token keyword">from</span> <span class="token string">'node:crypto'</span>;

<span class="token keyword">export function</span> verify(rawBody, header, secret) {
  <span class="token keyword">const</span> expected = crypto.createHmac(<span class="token string">'sha256'</span>, secret).update(rawBody).digest(<span
 class="token string">'hex'</span>);
  <span class="token keyword">return</span> crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(header));
}`;
const gbPy = `<span class="token keyword">import</span> hmac, hashlib

<span class="token keyword">def</span> verify(raw_body: bytes, header: str, secret: str) -> bool:
    expected = hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
    <span class="token keyword">return</span> hmac.compare_digest(expected, header)`;
const gbCode = (title: string, code: string) =>
  `<div class="group/codeblock grid grid-flow-col rounded-md ring-1 ring-dark/2"><div class="flex items-center justify-start text-xs">` +
  `${title === '' ? '' : `<span class="px-3 py-2">${title}</span>`}</div><div class="relative"><button type="button" aria-label="Copy" ` +
  `class="group-hover/codeblock:opacity-[1] absolute right-2 top-2 opacity-0">Copy</button><pre class="overflow-auto p-4"><code>${code}` +
  `</code></pre></div></div>`;
const gbHead = (h: string, id: string) =>
  `<h2 id="${id}" class="heading group relative grid scroll-m-12 text-2xl font-semibold"><div class="grid-area-1-1 relative -ml-6 w-7">` +
  `<a href="#${id}" aria-label="Direct link to heading" class="inline-flex h-full items-start opacity-0 group-hover:opacity-[0]"></a></div>` +
  `<div class="grid-area-1-1 z-[1] justify-self-start text-inherit">${h}</div></h2>`;
const gbHint = (kind: string, p: string) =>
  `<div class="hint hint-${kind} flex items-start gap-4 rounded-md p-4 ring-1 ring-inset"><div class="mt-0.5 size-4 shrink-0">` +
  `<svg aria-hidden="true" class="gb-icon"></svg></div><div class="flex flex-1 flex-col"><p class="leading-normal">${p}</p></div></div>`;
const gbTabs = ['API reference', 'Changelog'];
const gbToc1 = ['Introduction', 'Quickstart', 'Authentication'];
const gbToc2 = ['Create a shipment', 'Print labels', gbTitle, 'Rate limits', 'Testing in the sandbox'];
const gbToc3 = ['Status page', 'Contact support'];
const gbHtml = `<!DOCTYPE html><html lang="en" class="circular-corners theme-clean tint sidebar-default links-default depth-subtle font-Inter">
<head><meta charset="utf-8"><title>${gbTitle} | Ferrule Docs</title><meta name="description" content="${gbDesc}">
<meta name="generator" content="GitBook (7.2.4)"><link rel="stylesheet" href="/~gitbook/static/css/a9c14e2b8f.css" data-precedence="next">
<script src="/~gitbook/static/chunks/webpack-4d2f1c.js" async></script></head>
<body class="bg-tint-base text-tint-strong"><header id="site-header" class="sticky top-0 z-30 flex w-full flex-none border-b">
<div class="flex max-w-screen-2xl items-center justify-between gap-4 px-4"><a href="/" class="group/headerlogo flex items-center">
<img alt="Logo" src="/~gitbook/image?url=logo-dark.svg" width="24" height="24"><div class="line-clamp-2 text-pretty text-lg font-semibold
tracking-tight">Ferrule Docs</div></a><button type="button" aria-label="Ask or search" class="flex items-center gap-2 rounded-md px-3">
<svg aria-hidden="true"></svg><span class="text-tint">Ask or search…</span><span class="ml-auto hidden md:flex"><kbd>Ctrl</kbd><kbd>K</kbd></span>
</button><a href="https://dashboard.ferrule.example" class="button button-primary">Open dashboard</a></div>
<nav aria-label="Sections" class="flex gap-2 px-4"><a href="/" aria-current="page" class="tab tab-active">Guides</a>${gbTabs
  .map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="tab">${t}</a>`)
  .join('')}</nav></header>
<div class="flex max-w-screen-2xl flex-row"><aside data-testid="table-of-contents" class="group/table-of-contents lg:sticky lg:w-72">
<div class="flex flex-col gap-2 overflow-y-auto px-2"><div class="px-3 text-xs font-semibold uppercase tracking-wider">Getting started</div>
<ul class="flex flex-col">${links(gbToc1, 'toclink')}</ul><div class="px-3 text-xs font-semibold uppercase tracking-wider">Shipping guides</div>
<ul class="flex flex-col">${links(gbToc2, 'toclink')}</ul><div class="px-3 text-xs font-semibold uppercase tracking-wider">Help</div>
<ul class="flex flex-col">${links(gbToc3, 'toclink')}</ul></div>
<a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" class="trademark mx-2 flex items-center text-sm">Powered by GitBook</a></aside>
<main class="relative min-w-0 flex-1 max-w-3xl py-8"><header class="mb-6 flex flex-col gap-3"><nav aria-label="Breadcrumb"><ol class="flex
text-xs uppercase"><li><a href="/shipping-guides">Shipping guides</a></li></ol></nav>
<h1 class="text-pretty text-3xl font-bold tracking-tight">${gbTitle}</h1><p class="text-lg text-tint">${gbDesc}</p></header>
<div class="whitespace-pre-wrap grid [&amp;>*+*]:mt-5">
${gbIntro.map((p) => `<p class="mx-auto w-full max-w-3xl">${p}</p>`).join('\n')}
${gbHead(gbH1, 'register-an-endpoint')}
<p class="mx-auto w-full max-w-3xl">${gbReg}</p>
${gbCode('', gbCurl)}
${gbHint('info', gbHint1)}
${gbHead(gbH2, 'event-types')}
<p class="mx-auto w-full max-w-3xl">${gbTypesP}</p>
<ul class="list-disc pl-6">${gbTypes.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>
${gbHead(gbH3, 'verify-signatures')}
<p class="mx-auto w-full max-w-3xl">${gbVerify}</p>
<div class="rounded-md ring-1 ring-dark/2"><div role="tablist" class="flex flex-row gap-2 border-b"><button role="tab" aria-selected="true"
class="tab-active">Node.js</button><button role="tab" aria-selected="false">Python</button></div>
<div role="tabpanel">${gbCode('verify.js', gbNode)}</div><div role="tabpanel" hidden>${gbCode('verify.py', gbPy)}</div></div>
${gbHint('warning', gbHint2)}
${gbHead(gbH4, 'retries-and-ordering')}
${gbRetry.map((p) => `<p class="mx-auto w-full max-w-3xl">${p}</p>`).join('\n')}
</div>
<div class="mt-10 flex flex-col gap-6 border-t pt-6"><div class="flex items-center gap-3"><p class="text-sm">Was this helpful?</p>
<button aria-label="Bad">😞</button><button aria-label="Ok">😐</button><button aria-label="Good">😀</button></div>
<div class="grid grid-cols-2 gap-4"><a href="/shipping-guides/print-labels" class="flex flex-col rounded-md border p-3 text-sm"><span
class="text-xs text-tint">Previous</span><span>Print labels</span></a><a href="/shipping-guides/rate-limits" class="flex flex-col rounded-md
border p-3 text-right text-sm"><span class="text-xs text-tint">Next</span><span>Rate limits</span></a></div>
<p class="text-xs text-tint">Last updated <time datetime="2025-12-04T15:22:09Z">2 months ago</time></p></div></main>
<aside aria-label="Page outline" class="hidden xl:flex w-56 flex-col text-sm"><div class="font-semibold">On this page</div><ul>
${[gbH1, gbH2, gbH3, gbH4].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ul></aside></div>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>
<script>self.__next_f.push([1,"5:[\\"$\\",\\"$L1a\\",null,{\\"space\\":\\"sp_7Qk2\\",\\"page\\":\\"pg_webhooks\\",\\"title\\":\\"${gbTitle}\\"}]"])</script>
</body></html>`;
const gitbookPage: TestPage = {
  html: gbHtml,
  name: 'heldout39-gitbook-page',
  kind: 'docs',
  // the page description under the title is body (the page's dek); both hints are body (callouts without label words);
  // the list items are body with their inline code names; the three code blocks, their "verify.js"/"verify.py" titles and
  // the "Node.js"/"Python" tab labels are in neither (code); the right-hand "On this page" outline repeats the headings (in
  // neither), the sidebar repeats the title (left out); "Last updated" with its relative date is the only byline; header,
  // search button, section tabs, sidebar, breadcrumb, feedback, previous/next cards and "Powered by GitBook" are furniture;
  // the "Copy" buttons, the kbd "K" and the feedback emoji are left out (no words, or one letter)
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3, gbH4],
  body: [gbDesc, ...texts([...gbIntro, gbReg]), gbHint1, gbTypesP, ...texts([...gbTypes, gbVerify]), gbHint2, ...texts(gbRetry)],
  bylines: ['Last updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ferrule Docs', 'Ask or search…', 'Ctrl', 'Open dashboard', 'Guides', ...gbTabs, 'Getting started', ...gbToc1, 'Shipping guides',
    ...gbToc2.filter((t) => t !== gbTitle), 'Help', ...gbToc3, 'Powered by GitBook', 'Was this helpful?', 'Previous', 'Next', 'On this page',
  ],
};

export const HELDOUT39_B: readonly TestPage[] = [gitbookPage, githubReadme];
