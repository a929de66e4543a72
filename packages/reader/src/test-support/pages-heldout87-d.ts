import { type TestPage, texts } from './page-kit.js';
import { mkdocsPage } from './pages-heldout87-d2.js';

/**
 * Held-out batch 87, file d: a GitBook documentation page as the current Next.js renderer serves it (the site header with the
 * logo text, the "Search..." button with its Ctrl K keys and the header links, the section tabs, the sidebar table of contents
 * with its group titles and "Powered by GitBook", the breadcrumb, the page actions "Copy" menu, the page description, blocks
 * with Tailwind classes, headings with "Direct link to heading" anchors, hint blocks, a stepper-like ordered list, code
 * blocks with a file name and a copy button, a div-based table, the Previous/Next cards, "Last updated", the "Was this
 * helpful?" buttons, the "On this page" rail and the cookie dialog) and, from file d2, a MkDocs Material page.
 */
const gbTitle = 'Webhooks';
const gbDesc = 'Receive an HTTP request from Ledgerly whenever an invoice, payment or customer changes.';
const gbP1 = [
  'Webhooks let your application react to events in your Ledgerly account as they happen, instead of polling the API. When an event ' +
    'occurs, Ledgerly sends a POST request with a JSON body to the endpoint URL you registered. Your endpoint should respond with a ' +
    '2xx status code within ten seconds.',
  'Each endpoint subscribes to the event types it needs. You can register up to 16 endpoints per workspace, for example one for ' +
    'your billing service and another for your data warehouse.',
];
const gbH1 = 'Create an endpoint';
const gbSteps = [
  'In the dashboard, open <strong>Settings</strong> and select <strong>Webhooks</strong>.',
  'Click <strong>Add endpoint</strong> and enter the HTTPS URL that will receive events.',
  'Choose the event types to send. If you are unsure, start with <code>invoice.paid</code> and <code>invoice.payment_failed</code>.',
  'Save the endpoint and copy its signing secret. It is shown only once.',
];
const gbHint = 'Endpoints must use HTTPS with a valid certificate. Requests to plain HTTP URLs and self-signed certificates are rejected.';
const gbH2 = 'Verify signatures';
const gbP2 = [
  'Every request includes a <code>Ledgerly-Signature</code> header. It contains a timestamp and an HMAC-SHA256 signature of the ' +
    'timestamp and the raw request body, computed with your endpoint’s signing secret. Verify it before you trust the payload.',
  'Compute the signature from the raw body exactly as it was received. Parsing the JSON and serialising it again changes the ' +
    'bytes, and the signature will not match.',
];
const gbCode = `<span class="highlight-line"><span class="token keyword">const</span> expected <span class="token operator">=</span> crypto
<span class="token punctuation">.</span><span class="token function">createHmac</span><span class="token punctuation">(</span><span class="token string">
'sha256'</span><span class="token punctuation">,</span> secret<span class="token punctuation">)</span></span>`;
const gbP3 = ['Reject any request whose timestamp is more than five minutes old. This protects you against replayed requests.'];
const gbH3 = 'Retries and failures';
const gbP4 = ['If your endpoint does not return a 2xx response, Ledgerly retries the delivery with exponential back-off for up to three days:'];
const gbRows = [
  ['1', 'Immediately'],
  ['2', 'After 5 minutes'],
  ['3', 'After 1 hour'],
  ['4 to 10', 'Every 6 hours'],
];
const gbP5 = [
  'After the last attempt fails, the event is marked as failed and the endpoint owner receives an email. An endpoint that fails ' +
    'every delivery for seven days is disabled automatically. You can resend any event from the endpoint’s event log.',
  'Because of retries, your endpoint may receive the same event more than once. Use the event <code>id</code> to ignore duplicates.',
];
const gbHead = ['Ledgerly Docs', 'Search...', 'Ctrl', 'K', 'Website', 'Dashboard', 'Status'];
const gbTabs = ['Guides', 'API Reference', 'Changelog'];
const gbSide = [
  { group: 'Getting started', items: ['Introduction', 'Quickstart', 'API keys'] },
  { group: 'Developers', items: ['Webhooks', 'Rate limits', 'Pagination', 'Errors', 'SDKs'] },
  { group: 'Billing', items: ['Invoices', 'Payments', 'Credit notes'] },
];
const gbCopy = ['Copy', 'Copy page', 'Copy page as Markdown for LLMs', 'View as Markdown', 'Open in ChatGPT', 'Open in Claude'];
const gbCookie = ['This site uses cookies to deliver its service and to analyze traffic.', 'By browsing this site, you accept the privacy policy.'];
const gbCls = 'text-start self-[var(--self-align)] max-w-3xl page-full-width:max-w-screen-2xl w-full mx-auto decoration-primary/6 page-api-block:ml-0';
const gbP = (t: string): string => `<p class="${gbCls}">${t}</p>`;
const gbPs = (a: readonly string[]): string => a.map(gbP).join('\n');
const gbId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const gbH = (t: string): string => `<div class="flex items-baseline gap-3 max-w-3xl w-full mx-auto page-api-block:ml-0 pt-8">
<h2 id="${gbId(t)}" class="group/hash text-2xl font-semibold text-tint-strong scroll-m-12 heading flex-1"><div class="grid scroll-m-12 [grid-area:1/1]
relative -ml-6 w-7 opacity-0 group-hover/hash:opacity-100"><a href="#${gbId(t)}" class="hash inline-flex h-full items-start"
aria-label="Direct link to heading"><svg class="gb-icon size-4"></svg></a></div><div class="[grid-area:1/2] flex-1">${t}</div></h2></div>`;
const gbSideHtml = gbSide
  .map(
    (g) => `<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 font-semibold text-xs uppercase tracking-wide
pb-3 pt-6 text-tint-strong">${g.group}</div><ul class="flex flex-col gap-y-0.5 border-dark/2 ms-5 border-l">${g.items
      .map(
        (t) =>
          `<li class="flex flex-col"><a class="flex justify-start items-center gap-3 p-1.5 pl-3 text-sm transition-colors rounded-md toclink${
            t === gbTitle ? ' font-semibold text-primary-strong bg-primary' : ''
          }" href="/developers/${gbId(t)}"${t === gbTitle ? ' aria-current="page"' : ''}>${t}</a></li>`,
      )
      .join('')}</ul></li>`,
  )
  .join('\n');
const gbRow = (r: readonly string[]): string =>
  `<div role="row" class="flex w-full border-b border-tint-subtle">${r
    .map((c) => `<div role="cell" class="flex-1 p-2"><p class="text-start">${c}</p></div>`)
    .join('')}</div>`;
const gbHtml = `<!DOCTYPE html>
<html lang="en" class="sidebar-filled circular-corners theme-clean tint sidebar-default links-default depth-subtle __variable_f6a1c0 font-Inter">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<link rel="stylesheet" href="/~gitbook/static/_next/static/css/4e0f0f8b4e6b0b1d.css" data-precedence="next">
<script src="/~gitbook/static/_next/static/chunks/webpack-9c07a1b4d2e7a0f2.js" async></script><title>Webhooks | Ledgerly Docs</title>
<meta name="description" content="${gbDesc}"><meta name="generator" content="GitBook (7.1.0)"><meta property="og:title" content="Webhooks | Ledgerly Docs">
<meta property="og:description" content="${gbDesc}"><meta name="robots" content="index, follow"><link rel="canonical"
href="https://docs.ledgerly.example/developers/webhooks">
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0]);</script></head>
<body class="site-background sheet-open:gutter-stable"><header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-30
w-full flex-none shadow-[0px_1px_0px] shadow-tint-12/2 bg-tint-base/9"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16
px-4 sm:px-6 md:px-8 max-w-screen-2xl mx-auto"><div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4">
<button aria-label="Open table of contents" class="-ml-2 lg:hidden"><svg class="gb-icon size-5"></svg></button><a class="group/headerlogo min-w-0 shrink
flex items-center" href="https://docs.ledgerly.example/"><img alt="Logo" width="24" height="24" src="/~gitbook/image?url=logo.svg"><div class="text-pretty
line-clamp-2 tracking-tight max-w-[18ch] font-semibold ms-3 text-base/tight lg:text-lg/tight text-tint-strong">${gbHead[0]}</div></a></div>
<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><button type="button" class="flex items-center gap-2 w-full rounded-lg
ring-1 ring-tint-subtle px-3 py-2 text-tint" aria-label="Search (Ctrl+K)"><svg class="gb-icon size-4"></svg><div class="flex-1 text-left">
<span>${gbHead[1]}</span></div><div class="shortcut hidden md:flex gap-0.5"><kbd class="text-xs">${gbHead[2]}</kbd><kbd class="text-xs">${gbHead[3]}</kbd>
</div></button><div class="flex gap-2 items-center"><a class="text-sm font-semibold links-default:text-tint" href="https://ledgerly.example">${gbHead[4]}</a>
<a class="text-sm font-semibold" href="https://app.ledgerly.example">${gbHead[5]}</a><a class="text-sm font-semibold" href="https://status.ledgerly.example">
${gbHead[6]}</a></div></div></div><nav aria-label="Sections" class="w-full border-b border-tint-subtle"><ul class="flex gap-2 max-w-screen-2xl mx-auto px-8">
${gbTabs.map((t, i) => `<li><a class="px-3 py-2 text-sm${i === 0 ? ' font-semibold text-primary' : ''}" href="/${gbId(t)}">${t}</a></li>`).join('')}</ul></nav>
</header><div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto">
<aside class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 lg:sticky lg:top-[4rem] lg:h-[calc(100vh_-_4rem)] z-[1] hidden lg:flex"
data-testid="table-of-contents"><div class="flex flex-col gap-4 overflow-y-auto pb-8"><ul class="flex flex-col gap-y-0.5">${gbSideHtml}</ul>
<a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark&amp;utm_campaign=ledgerly" target="_blank" class="text-sm font-semibold flex
items-center gap-3 px-5 py-4 mt-auto"><svg class="gb-icon size-5"></svg><div class="flex-1"><p>Powered by GitBook</p></div></a></div></aside>
<div class="flex-1 flex flex-col"><main class="relative min-w-0 flex-1 py-8 lg:px-12"><header class="max-w-3xl mx-auto mb-6 space-y-3 page-api-block:ml-0">
<nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2 text-sm text-tint"><li class="flex items-center gap-1.5"><a class="font-semibold
text-xs uppercase tracking-wide" href="/developers">Developers</a></li></ol></nav><div class="flex items-start gap-4"><h1 class="text-4xl font-bold
flex items-center gap-4 w-full [&amp;&gt;*]:flex-1 text-pretty">${gbTitle}</h1><div class="flex gap-2 shrink-0" data-testid="page-actions"><div class="group
relative"><button class="button button-secondary text-sm">${gbCopy[0]}</button><div class="hidden group-focus-within:flex flex-col dropdown" role="menu">
${gbCopy
  .slice(1)
  .map((t) => `<a role="menuitem" class="dropdown-item px-3 py-2" href="#">${t}</a>`)
  .join('\n')}</div></div></div></div><p class="max-w-3xl text-lg text-tint">${gbDesc}</p></header>
<div class="[&amp;&gt;*+*]:mt-5 grid whitespace-pre-wrap">${gbPs(gbP1)}
${gbH(gbH1)}
<ol class="max-w-3xl w-full mx-auto list-decimal ps-6 space-y-2">${gbSteps.map((t) => `<li class="ps-1"><div>${gbP(t)}</div></li>`).join('\n')}</ol>
<div class="hint hint-info max-w-3xl w-full mx-auto rounded-lg px-4 py-3 ring-1 bg-info/3 ring-info/6"><div class="flex gap-3"><div class="mt-0.5">
<svg class="gb-icon size-4"></svg></div><div class="flex-1 space-y-3">${gbP(gbHint)}</div></div></div>
${gbH(gbH2)}
${gbPs(gbP2)}
<div class="group/codeblock grid grid-flow-col max-w-3xl w-full mx-auto"><div class="flex items-center justify-start [grid-area:1/1] text-sm gap-2">
<div class="text-xs tracking-wide text-tint leading-none">verify.js</div></div><div class="relative [grid-area:2/1] rounded-md ring-1 ring-tint-subtle">
<pre class="overflow-auto p-4"><code class="text-sm">${gbCode}</code></pre><button class="absolute top-2 right-2 text-xs opacity-0
group-hover/codeblock:opacity-100" aria-label="Copy">Copy</button></div></div>
${gbPs(gbP3)}
${gbH(gbH3)}
${gbPs(gbP4)}
<div class="max-w-3xl w-full mx-auto overflow-x-auto"><div role="table" class="table w-full ring-1 ring-tint-subtle rounded-lg"><div role="rowgroup">
<div role="row" class="flex w-full border-b"><div role="columnheader" class="flex-1 p-2 font-semibold">Attempt</div><div role="columnheader"
class="flex-1 p-2 font-semibold">Delay</div></div></div><div role="rowgroup">${gbRows.map(gbRow).join('\n')}</div></div></div>
${gbPs(gbP5)}
</div>
<div class="max-w-3xl mx-auto mt-12 flex flex-col gap-6"><div class="flex flex-col md:flex-row gap-2"><a class="group text-sm p-2.5 flex gap-4 flex-1
flex-row-reverse items-center pl-4 border rounded-lg" href="/getting-started/api-keys"><span class="flex flex-col flex-1 text-right"><span
class="text-xs">Previous</span><span class="text-tint-strong line-clamp-2">API keys</span></span></a><a class="group text-sm p-2.5 flex gap-4 flex-1
items-center pr-4 border rounded-lg" href="/developers/rate-limits"><span class="flex flex-col flex-1"><span class="text-xs">Next</span><span
class="text-tint-strong line-clamp-2">Rate limits</span></span></a></div><div class="flex flex-row items-center justify-between mt-6 text-sm text-tint">
<p>Last updated 2 months ago</p><div class="flex flex-col gap-3"><p class="text-sm">Was this helpful?</p><div class="flex gap-2" role="group">
<button aria-label="No"><svg></svg></button><button aria-label="Somewhat"><svg></svg></button><button aria-label="Yes, it was!"><svg></svg></button>
</div></div></div></div></main></div>
<aside class="hidden xl:flex basis-56 shrink-0 sticky top-[4rem] text-sm"><div class="flex flex-col gap-3 pt-8"><div class="text-xs font-semibold uppercase
tracking-wide text-tint-strong">On this page</div><ul class="flex flex-col gap-1 border-l border-tint-subtle">${[gbH1, gbH2, gbH3]
  .map((t) => `<li><a class="block pl-3 py-1 text-tint" href="#${gbId(t)}">${t}</a></li>`)
  .join('')}</ul></div></aside></div>
<div role="dialog" aria-labelledby="cookies-dialog-title" aria-describedby="cookies-dialog-description" class="fixed z-10 bg-tint-base rounded-sm ring-1
ring-tint-subtle shadow-1xs inset-x-0 bottom-0 md:w-96 md:bottom-4 md:left-4 p-6"><p id="cookies-dialog-title" class="font-semibold mb-2">${gbCookie[0]}</p>
<p id="cookies-dialog-description" class="text-sm">By browsing this site, you accept the <a class="underline" href="https://ledgerly.example/privacy">privacy
policy</a>.</p><div class="mt-4 flex gap-2"><button class="button button-primary">Accept</button><button class="button
button-secondary">Reject</button></div></div>
<script>self.__next_f.push([1,"2:I[\\"40115\\",[],\\"default\\"]\\n"])</script></body></html>`;
const gitbookPage: TestPage = {
  html: gbHtml,
  name: 'heldout87-gitbook-docs',
  kind: 'docs',
  // the page description under the h1 and the hint block are body; the div table's data cells are body, its column headers in
  // neither list; the code block's file name "verify.js" and code are in neither list; the "On this page" links (they repeat
  // the headings) are left out
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3],
  body: texts([gbDesc, ...gbP1, ...gbSteps, gbHint, ...gbP2, ...gbP3, ...gbP4, ...gbRows.flat(), ...gbP5]),
  bylines: ['Last updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gbHead.filter((t) => t !== 'Dashboard'), ...gbTabs,
    ...gbSide.flatMap((g) => [g.group, ...g.items.filter((t) => t !== gbTitle)]), 'Powered by GitBook', ...gbCopy,
    'Previous', 'Next', 'Was this helpful?', 'On this page', ...gbCookie, 'Accept', 'Reject',
  ],
};

export const HELDOUT87_D: readonly TestPage[] = [gitbookPage, mkdocsPage];
