import { type TestPage, texts } from './page-kit.js';
import { wikiScience } from './pages-heldout102-c3.js';

/**
 * Held-out batch 102, file c: a GitBook documentation page on a custom domain (the space header with logo, search with
 * "Ctrl K" and "Ask or search…", the header links, the sidebar table of contents with groups, the page header with its
 * description, hint blocks, a tabbed code block, the "Was this helpful?" feedback, "Last updated", the previous / next
 * links, the "On this page" outline and "Powered by GitBook") and, from file c3, a Wikipedia article on a scientific concept.
 */
const gbTitle = 'Webhooks';
const gbDesc = ['Get notified when something happens in your Ledgerline account, instead of polling the API.'];
const gbIntro = [
  'A webhook is an HTTPS endpoint on your server that Ledgerline calls whenever an event you have subscribed to occurs: an invoice ' +
    'is paid, a payout fails, a customer updates their bank details. Each call is a <code>POST</code> request with a JSON body ' +
    'describing the event.',
];
const gbH1 = 'Creating an endpoint';
const gbP1 = [
  'Open <strong>Settings → Developers → Webhooks</strong> in the dashboard and click <strong>Add endpoint</strong>. Enter the URL, ' +
    'choose the events you want, and save. Ledgerline sends a <code>ping</code> event straight away so you can check the endpoint ' +
    'is reachable.',
  'You can register up to 16 endpoints per account. Each one has its own signing secret and its own list of events.',
];
const gbHint1 = ['Endpoints must use HTTPS with a valid certificate. Self-signed certificates are rejected, including in the sandbox.'];
const gbH2 = 'Verifying signatures';
const gbP2 = [
  'Every request carries a <code>Ledgerline-Signature</code> header containing a timestamp and an HMAC-SHA256 signature of the ' +
    'timestamp and the raw request body. Compute the same signature with your endpoint’s secret and compare the two before trusting ' +
    'the payload.',
  'Reject requests whose timestamp is more than five minutes old. This stops an attacker who has captured a request from ' + 'replaying it later.',
];
const gbH3 = 'Retries and ordering';
const gbP3 = ['Ledgerline treats any response other than a 2xx status within ten seconds as a failure and retries on this schedule:'];
const gbList = [
  'after 1 minute, then 5 minutes, then 30 minutes;',
  'then every 2 hours, for up to 3 days in total;',
  'after that, the event is marked as failed and the endpoint owner receives an email.',
];
const gbP4 = [
  'Events can arrive out of order and, occasionally, more than once. Use the <code>id</code> field to ignore duplicates, and the ' +
    '<code>created</code> timestamp rather than arrival time when the order matters.',
];
const gbHint2 = [
  'Do slow work, such as sending emails or updating other systems, after you have returned a 200. Long-running handlers are the ' +
    'most common reason for retries.',
];
const gbSide: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Quickstart', 'Authentication', 'Sandbox']],
  ['Guides', ['Invoices', 'Payouts', 'Webhooks', 'Reconciliation']],
  ['API reference', ['Customers', 'Invoices API', 'Events']],
];
const gbHint = (style: string, body: readonly string[]): string => `<div class="hint hint-${style} flex flex-row gap-3 rounded-md px-4 py-3 bg-${style}
text-${style}" data-testid="hint"><div class="mt-0.5 size-4 shrink-0"><svg class="gb-icon size-4"></svg></div><div class="flex-1 space-y-3
[&amp;_.hint]:mt-0">${body.map((p) => `<p class="text-base">${p}</p>`).join('')}</div></div>`;
const gbH = (t: string): string => `<div class="group/heading flex items-baseline"><h2 id="${t.toLowerCase().replace(/ /g, '-')}" class="heading text-2xl
font-semibold"><div class="hash grid -ml-6"><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="Direct link to heading"
class="inline-flex h-full items-start opacity-0 group-hover/heading:opacity-100"></a></div><div class="grid-area-1-1 relative">${t}</div></h2></div>`;
const gbPs = (a: readonly string[]): string => a.map((p) => `<p class="text-base leading-relaxed">${p}</p>`).join('\n');
const gbHtml = `<!DOCTYPE html>
<html lang="en" class="sidebar-filled theme-clean circular-corners links-default"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="https://static-2v.gitbook.com/_next/static/css/4c1a2e.css">
<script src="https://static-2v.gitbook.com/_next/static/chunks/webpack-7e1a.js" async></script>
<title>Webhooks | Ledgerline Docs</title><meta name="description" content="${gbDesc[0]}"><meta name="generator" content="GitBook (9c31f2a)">
<meta property="og:title" content="Webhooks | Ledgerline Docs"><meta property="og:image" content="https://docs.ledgerline.example/~gitbook/ogimage/pg9QxA">
<meta name="robots" content="index, follow"><link rel="canonical" href="https://docs.ledgerline.example/guides/webhooks"></head>
<body class="bg-tint-base site-background"><div class="relative isolate"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header id="site-header" class="sticky top-0 z-30 h-16 w-full flex-none border-b bg-tint-base/9 backdrop-blur-lg"><div class="flex h-16 items-center
justify-between gap-4 px-4"><div class="flex max-w-full shrink min-w-0 gap-2 items-center"><button type="button" aria-label="Open table of contents"
class="button -ml-2 lg:hidden"></button><a class="group/headerlogo flex shrink-0 items-center" href="/"><img alt="Logo" class="block size-8 object-contain"
src="https://docs.ledgerline.example/~gitbook/image?url=logo.png"><div class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] font-semibold">Ledgerline
Docs</div></a></div><div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><div class="relative flex-1"><button type="button"
class="flex w-full items-center gap-2 rounded-corners:rounded-lg border px-3 py-2"><svg class="gb-icon size-4"></svg><div class="w-full truncate">Ask or
search…</div><div class="shortcut hidden justify-end gap-0.5 md:flex"><kbd class="flex h-5 min-w-5 items-center">Ctrl</kbd><kbd class="flex h-5 min-w-5
items-center">K</kbd></div></button></div></div><div class="z-20 shrink contents"><div class="flex gap-2 items-center"><a class="button font-medium"
href="https://status.ledgerline.example">Status</a><a class="button font-medium" href="https://ledgerline.example/support">Support</a><a class="button
button-primary font-semibold" href="https://dashboard.ledgerline.example/signup">Sign up</a></div></div></div></header>
<div class="flex flex-col lg:flex-row pl-[max(env(safe-area-inset-left),1rem)] mx-auto max-w-screen-2xl"><aside class="group/table-of-contents text-sm grow-0
shrink-0 basis-full lg:basis-72 lg:sticky lg:top-16 lg:h-[calc(100vh_-_4rem)] flex flex-col z-20" data-testid="table-of-contents"><div
class="overflow-y-auto pr-4">
<ul class="flex flex-col gap-y-0.5">${gbSide
  .map(
    ([g, items]) => `<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 pt-6 pb-1.5 text-xs font-semibold uppercase
tracking-wide">${g}</div><ul class="flex flex-col gap-y-0.5">${items
      .map(
        (t) => `<li class="flex flex-col"><a
class="flex flex-row justify-between rounded-md px-3 py-1.5 text-sm${t === gbTitle ? ' font-semibold text-primary' : ''}"
href="/${t.toLowerCase().replace(/ /g, '-')}"${t === gbTitle ? ' aria-current="page"' : ''}>${t}</a></li>`,
      )
      .join('')}</ul></li>`,
  )
  .join('\n')}</ul></div><div class="mt-4"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" target="_blank"
class="mx-auto flex max-w-full items-center gap-3 rounded-lg px-5 py-4 text-sm font-semibold"><svg class="gb-icon size-6"></svg><div class="leading-snug">
<p class="text-xs text-tint font-normal">Powered by GitBook</p></div></a></div></aside>
<div class="flex min-w-0 flex-1 flex-col"><main id="main" class="relative min-w-0 flex-1 py-8 lg:px-12 break-anywhere page-api-block:xl:max-2xl:pr-0">
<header class="max-w-3xl page-width-wide:max-w-screen-2xl mx-auto mb-6 space-y-3 page-api-block:ml-0"><nav class="flex flex-wrap items-center gap-2 text-sm"
aria-label="Breadcrumb"><ol class="flex"><li><a class="text-tint hover:text-primary" href="/guides">Guides</a></li></ol></nav>
<h1 class="text-4xl font-bold flex items-center gap-4 w-full">${gbTitle}</h1>
<p class="max-w-3xl text-lg text-tint">${gbDesc[0]}</p></header>
<div class="whitespace-pre-wrap grid [&amp;>*+*]:mt-5 max-w-3xl mx-auto page-api-block:ml-0" data-testid="page.contentBlocks">
${gbPs(gbIntro)}
${gbH(gbH1)}
${gbPs(gbP1)}
${gbHint('warning', gbHint1)}
${gbH(gbH2)}
${gbPs(gbP2.slice(0, 1))}
<div class="group/codeblock grid rounded-md overflow-hidden"><div role="tablist" class="flex gap-2 text-sm"><button role="tab" aria-selected="true"
class="px-3 py-2 font-medium">Node.js</button><button role="tab" aria-selected="false" class="px-3 py-2">Python</button></div>
<div class="relative" role="tabpanel"><pre class="code-block overflow-auto"><code><span class="highlight-line">const [t, sig] = header.split(",");</span>
<span class="highlight-line">const expected = hmac(secret, t + "." + rawBody);</span></code></pre><button type="button" aria-label="Copy"
class="absolute top-2 right-2 text-xs">Copy</button></div></div>
${gbPs(gbP2.slice(1))}
${gbH(gbH3)}
${gbPs(gbP3)}
<ul class="list-disc pl-6 space-y-2">${gbList.map((t) => `<li><p class="text-base">${t}</p></li>`).join('\n')}</ul>
${gbPs(gbP4)}
${gbHint('info', gbHint2)}
</div>
<div class="max-w-3xl mx-auto mt-8 flex flex-col gap-4"><div class="flex flex-row items-center gap-2 text-sm"><p>Was this helpful?</p><div
class="flex gap-1" role="group" aria-label="Rate this page"><button aria-label="Yes, it was" class="button">Yes</button><button
aria-label="No, it was not" class="button">No</button></div></div>
<div class="flex flex-row text-sm text-tint"><p class="text-tint-subtle">Last updated <time datetime="2025-07-14T09:21:33.000Z"
title="Mon, 14 Jul 2025 09:21:33 GMT">3 months ago</time></p></div>
<div class="flex flex-col md:flex-row mt-6 gap-2"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center border rounded"
href="/guides/payouts"><span class="flex flex-col flex-1 text-right"><span class="text-xs">Previous</span><span
class="text-tint-strong">Payouts</span></span></a>
<a class="group text-sm p-2.5 flex gap-4 flex-1 items-center border rounded" href="/guides/reconciliation"><span class="flex flex-col flex-1"><span
class="text-xs">Next</span><span class="text-tint-strong">Reconciliation</span></span></a></div></div></main></div>
<aside class="group/aside hidden xl:flex basis-56 grow-0 shrink-0 sticky top-16 flex-col"><div class="flex flex-col gap-3 text-sm"><div
class="flex flex-row items-center gap-2 text-xs font-semibold uppercase">On this page</div><ul class="flex flex-col gap-y-0.5 border-l">
${[gbH1, gbH2, gbH3]
  .map((t) => `<li class="flex flex-col"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="flex flex-row py-1 pl-3 text-tint">${t}</a></li>`)
  .join('')}</ul></div></aside></div>
<div class="fixed inset-x-0 bottom-4 z-40 mx-auto max-w-md" role="dialog" aria-label="Cookies"><p class="text-sm">This site uses cookies to deliver its service
and to analyze traffic. By browsing this site, you accept the <a href="https://ledgerline.example/privacy" class="underline">privacy policy</a>.</p><div
class="flex gap-2"><button type="button" class="button button-primary">Accept</button><button type="button" class="button">Reject</button></div></div></div>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0]);self.__next_f.push([1,"2:I[8834,[],\\"\\"]"])</script></body></html>`;
const gitbook: TestPage = {
  html: gbHtml,
  name: 'heldout102-gitbook-guide-docs',
  kind: 'docs',
  // the page description under the h1 is body; hint texts are body; the tabbed code block (tab names and code) is in
  // neither list; "Last updated" with its relative time is a byline; the "On this page" items repeat the headings and are left out
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3],
  body: texts([...gbDesc, ...gbIntro, ...gbP1, ...gbHint1, ...gbP2, ...gbP3, ...gbList, ...gbP4, ...gbHint2]),
  bylines: ['Last updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ledgerline Docs', 'Ask or search…', 'Ctrl', 'Status', 'Support', 'Sign up', ...gbSide.flatMap(([g, items]) => [g,
...items]).filter((t) => t !== gbTitle), 'Powered by GitBook', 'Copy', 'Was this helpful?', 'Yes', 'No', 'Previous', 'Next', 'On this page',
    'This site uses cookies to deliver its service and to analyze traffic. By browsing this site, you accept the privacy policy.', 'Accept', 'Reject',
  ],
};
export const HELDOUT102_C: readonly TestPage[] = [gitbook, wikiScience];
