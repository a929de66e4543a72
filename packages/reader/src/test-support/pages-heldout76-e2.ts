import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 76, file e2: a GitBook documentation page (the site header with logo title, the search box with "Ctrl K",
 * header links and the "Dashboard" button, the left table of contents with page groups and "Powered by GitBook", the page
 * header with breadcrumb, title and description, headings with "Direct link to heading" anchors, info and warning hints,
 * a scopes table, a code block with caption and line numbers and a tabs block whose hidden panels hold other languages,
 * the previous / next cards, "Last updated", "Was this helpful?", the "On this page" outline and the cookie notice).
 */
const gbTitle = 'Authentication';
const gbDesc = 'Authenticate requests to the Parcelwise API with secret keys, and keep those keys out of places they can leak from.';
const gbP1 = [
  'Every request to the Parcelwise API must include a secret API key. Keys identify your account and decide which actions a request ' +
    'is allowed to take, so treat them like passwords.',
];
const gbH1 = 'API keys';
const gbP2 = [
  'You can create keys in the dashboard under <strong>Settings → Developers → API keys</strong>. Each account can have up to twenty ' +
    'active keys. Keys for the sandbox start with <code>pw_test_</code> and only work against the sandbox; live keys start with ' +
    '<code>pw_live_</code>.',
  'Create a separate key for each service or server that calls the API. That way you can see in the request log which service ' +
    'made a call, and you can revoke one key without taking every integration offline.',
];
const gbHint1 = 'A new key is shown only once, when you create it. Copy it straight into your secret manager; if you lose it, revoke it and create a new one.';
const gbH2 = 'Sending the key';
const gbP3 = ['Send the key in the <code>Authorization</code> header as a bearer token. Requests without a valid key fail with a <code>401</code> response.'];
const gbCodeCurl = `curl https://api.parcelwise.example/v2/shipments \\
  -H "Authorization: Bearer pw_test_51Hx8aQ2cTq" \\
  -H "Content-Type: application/json"`;
const gbCodeNode = `const client = new Parcelwise(process.env.PARCELWISE_KEY);
const shipments = await client.shipments.list();`;
const gbCodePy = `client = parcelwise.Client(os.environ["PARCELWISE_KEY"])
shipments = client.shipments.list()`;
const gbH3 = 'Scopes';
const gbP4 = ['By default a key can do everything your account can do. For services that need less, create a restricted key with only the scopes they use:'];
const gbTableHead = ['Scope', 'Allows'];
const gbTable = [
  ['shipments:read', 'Listing and retrieving shipments and their tracking events'],
  ['shipments:write', 'Creating, updating and cancelling shipments'],
  ['labels:write', 'Buying and voiding shipping labels'],
];
const gbP4b = ['A request that needs a scope the key does not have fails with a <code>403</code> response that names the missing scope.'];
const gbH4 = 'Rotating keys';
const gbP5 = [
  'Rotate keys at least once a year, and at once if a key may have been exposed. To rotate without downtime, create the new key, ' +
    'deploy it everywhere the old one is used, check in the dashboard that the old key has stopped receiving requests, and then ' +
    'revoke it.',
  'Revoked keys stop working within a minute. Requests that use them fail with the error code <code>key_revoked</code>.',
];
const gbHint2 =
  'Never put a secret key in client-side code, a mobile app or a public repository. Our scanners revoke any live key we find in a ' +
  'public repository and email the account owner.';
const gbNav = ['Website', 'Status', 'Dashboard'];
const gbToc: [string, string[]][] = [
  ['', ['Introduction', 'Quickstart']],
  ['Getting started', ['Authentication', 'Rate limits', 'Errors', 'Sandbox']],
  ['Guides', ['Create a shipment', 'Buy a label', 'Track a parcel', 'Webhooks']],
];
const gbCookie = 'This site uses cookies to deliver its service and to analyze traffic. By browsing this site, you accept the privacy policy.';
const gbCls = 'max-w-3xl w-full mx-auto decoration-primary/6 page-width-wide:max-w-screen-2xl page-api-block:ml-0';
const gbPs = (a: readonly string[]): string => a.map((p) => `<p class="${gbCls}">${p}</p>`).join('\n');
const gbSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const gbH = (t: string): string => `<h2 id="${gbSlug(t)}" class="heading flex items-baseline scroll-m-12 text-2xl font-semibold pt-[1em] ${gbCls}">
<div class="relative hash grid grid-area-1-1 w-0 right-full"><a href="#${gbSlug(t)}" class="inline-flex h-full items-start opacity-0 hover:opacity-100
focus:opacity-100 group-hover:opacity-100 transition-all text-tint-subtle" aria-label="Direct link to heading"><svg class="gb-icon size-4"></svg></a></div>
<div class="grid-area-1-1 z-1 justify-self-start text-left">${t}</div></h2>`;
const gbHint = (t: string, kind: string): string => `<div class="hint hint-${kind} flex items-start gap-3 px-4 py-3 rounded-md ring-1 ring-inset ${gbCls}"
data-hint-style="${kind}"><div class="mt-0.5 size-4 shrink-0"><svg class="gb-icon size-4" aria-hidden="true"></svg></div>
<div class="flex-1 space-y-3 leading-normal"><p>${t}</p></div></div>`;
const gbCode = (
  code: string,
  lang: string,
): string => `<pre class="group/codeblock hide-scroll overflow-auto rounded-md ring-1 ring-tint-subtle" data-lang="${lang}">
<code class="inline-grid min-w-full grid-cols-[auto_1fr] p-2 [count-reset:line]">${code
  .split('\n')
  .map(
    (l, i) =>
      `<span class="highlight-line ${i === 0 ? 'first' : ''}"><span class="highlight-line-number" data-line-number="${i + 1}"></span>` +
      `<span class="highlight-line-content">${l}</span></span>`,
  )
  .join('\n')}</code></pre>`;
const gbHtml = `<!DOCTYPE html>
<html lang="en" class="sheet-open:gutter-stable circular-corners theme-clean tint sidebar-default sidebar-list-default links-default depth-subtle
__variable_6c1d0b font-Inter"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Authentication | Parcelwise Docs</title><meta name="description" content="${gbDesc}"><meta name="generator" content="GitBook (f3c71d9)">
<meta property="og:title" content="Authentication | Parcelwise Docs"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="https://static.gitbook.example/_next/static/css/0a9e4b2b6f.css" data-precedence="next">
<script src="https://static.gitbook.example/_next/static/chunks/webpack-3f1e2d.js" async></script></head>
<body class="site-background"><header id="site-header" class="flex flex-col h-[64px] sticky top-0 z-30 w-full flex-none shadow-[0px_1px_0px]
shadow-tint-12/2 bg-tint-base/9 backdrop-blur-lg"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16 px-4 sm:px-6 md:px-8
max-w-screen-2xl mx-auto"><div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4">
<button type="button" aria-label="Open table of contents" class="button flex-none lg:hidden"><svg class="gb-icon size-4"></svg></button>
<a class="group/headerlogo min-w-0 shrink flex items-center" href="/"><img alt="Logo" src="https://files.gitbook.example/logo.png" width="32" height="32">
<div class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] lg:max-w-[24ch] font-semibold ms-3 text-base/tight lg:text-lg/tight">Parcelwise Docs</div>
</a></div><div class="flex grow-0 shrink-0 @2xl:basis-56 justify-self-end items-center gap-2 order-last"><div class="relative flex grow">
<div class="group/input relative flex min-h-9 w-full items-center rounded-corners:rounded-lg border border-tint-subtle"><svg class="gb-icon size-4"></svg>
<input type="text" placeholder="Search…" class="peer z-10 w-full min-w-0 bg-transparent text-sm" aria-label="Search" aria-keyshortcuts="Control+K">
<div class="shortcut hidden md:flex gap-0.5 text-xs font-medium"><kbd class="rounded border px-1">Ctrl</kbd><kbd class="rounded border px-1">K</kbd></div>
</div></div></div><nav aria-label="Links" class="z-20 shrink contents @4xl:flex gap-4"><a href="https://parcelwise.example" class="text-sm font-semibold">
${gbNav[0]}</a><a href="https://status.parcelwise.example" class="text-sm font-semibold">${gbNav[1]}</a><a href="https://app.parcelwise.example"
class="button button-primary">${gbNav[2]}</a></nav></div></header>
<div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto site-width-wide:max-w-full">
<aside data-testid="table-of-contents" id="table-of-contents" class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 lg:sticky lg:top-16 hidden lg:flex">
<div class="flex flex-col gap-4 overflow-y-auto px-2 pt-4 pb-16"><ul class="flex flex-col gap-y-0.5">${gbToc
  .map(
    ([g, items]) =>
      `<li class="flex flex-col group/page-group">${
        g ? `<div class="-top-4 sticky z-1 flex items-center gap-3 px-3 pt-6 font-semibold text-xs uppercase tracking-wide">${g}</div>` : ''
      }<ul class="flex flex-col gap-y-0.5">${items
        .map(
          (t) => `<li class="flex flex-col"><a class="group/toclink toclink relative transition-colors flex flex-row justify-between rounded-md
straight-corners:rounded-none px-3 py-1.5 font-normal text-start${t === gbTitle ? ' font-semibold text-primary-strong bg-primary' : ''}"
href="/${gbSlug(t)}"${t === gbTitle ? ' aria-current="page"' : ''}>${t}</a></li>`,
        )
        .join('')}</ul></li>`,
  )
  .join(
    '\n',
  )}</ul><a target="_blank" href="https://www.gitbook.example/?utm_source=content&amp;utm_medium=trademark" class="text-sm font-semibold flex items-center
gap-3 py-4 px-5 rounded-lg ring-1 ring-inset ring-tint-subtle"><svg class="gb-icon size-8"></svg><div class="flex flex-col"><p class="text-xs">Powered by
GitBook</p></div></a></div></aside>
<div class="flex min-w-0 shrink items-start"><main class="relative min-w-0 flex-1 max-w-screen-2xl py-8 break-anywhere page-has-toc">
<header class="max-w-3xl mx-auto mb-6 space-y-3 flex flex-col"><nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2 text-sm text-tint">
<li class="flex items-center gap-2"><a href="/getting-started" class="text-primary font-semibold">Getting started</a></li></ol></nav>
<h1 class="text-4xl font-bold flex items-center gap-4 w-full [overflow-wrap:anywhere] text-tint-strong">${gbTitle}</h1>
<p class="max-w-3xl text-lg text-tint-strong/8">${gbDesc}</p></header>
<div class="whitespace-pre-wrap grid [&amp;&gt;*+*]:mt-5 page-api-block:ml-0 whitespace-normal">
${gbPs(gbP1)}
${gbH(gbH1)}
${gbPs(gbP2)}
${gbHint(gbHint1, 'info')}
${gbH(gbH2)}
${gbPs(gbP3)}
<div class="flex flex-col rounded-md ring-1 ring-tint-subtle ${gbCls}"><div role="tablist" class="flex flex-row gap-2 px-2 border-b border-tint-subtle">
<button role="tab" aria-selected="true" aria-controls="tab-curl" class="px-3 py-2 text-sm font-semibold">cURL</button>
<button role="tab" aria-selected="false" aria-controls="tab-node" class="px-3 py-2 text-sm">Node.js</button>
<button role="tab" aria-selected="false" aria-controls="tab-python" class="px-3 py-2 text-sm">Python</button></div>
<div role="tabpanel" id="tab-curl" class="p-4"><div class="text-xs tracking-wide text-tint leading-loose">List shipments</div>
<div class="relative"><button type="button" aria-label="Copy" class="absolute top-2 right-2 text-xs opacity-0 group-hover/codeblock:opacity-100">Copy</button>
${gbCode(gbCodeCurl, 'bash')}</div></div>
<div role="tabpanel" id="tab-node" class="p-4" hidden>${gbCode(gbCodeNode, 'javascript')}</div>
<div role="tabpanel" id="tab-python" class="p-4" hidden>${gbCode(gbCodePy, 'python')}</div></div>
${gbH(gbH3)}
${gbPs(gbP4)}
<div class="${gbCls} overflow-x-auto"><table class="w-full text-sm"><thead><tr>${gbTableHead.map((t) => `<th class="text-left">${t}</th>`).join('')}</tr>
</thead>
<tbody>${gbTable.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${gbPs(gbP4b)}
${gbH(gbH4)}
${gbPs(gbP5)}
${gbHint(gbHint2, 'warning')}
</div>
<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl mx-auto"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center pl-4 border
border-tint-subtle rounded" href="/quickstart"><span class="flex flex-col flex-1 text-right"><span class="text-xs">Previous</span><span class="text-tint-strong
line-clamp-2">Quickstart</span></span><svg class="gb-icon size-4"></svg></a><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row items-center pr-4 border
border-tint-subtle rounded" href="/rate-limits"><span class="flex flex-col flex-1"><span class="text-xs">Next</span><span class="text-tint-strong line-clamp-2">
Rate limits</span></span><svg class="gb-icon size-4"></svg></a></div>
<div class="flex flex-row flex-wrap gap-4 items-center mt-6 max-w-3xl mx-auto"><p class="text-sm text-tint">Last updated <time datetime="2025-11-11">3 days
ago</time></p><div class="flex flex-row items-center gap-2 ml-auto"><p class="text-sm">Was this helpful?</p><div class="flex gap-1" role="group">
<button aria-label="Not helpful" class="rating-button"><svg></svg></button><button aria-label="Helpful"
class="rating-button"><svg></svg></button></div></div></div>
</main>
<aside class="group/aside hidden xl:flex flex-col basis-56 grow-0 shrink-0 sticky top-16 pt-8"><div class="flex flex-col gap-2">
<div class="flex flex-row items-center gap-2 text-xs font-semibold uppercase tracking-wide"><svg class="gb-icon size-3"></svg>On this page</div>
<ul class="flex flex-col border-l border-tint-subtle">${[gbH1, gbH2, gbH3, gbH4]
  .map((h) => `<li class="flex flex-col"><a href="#${gbSlug(h)}" class="text-sm py-1 pl-3">${h}</a></li>`)
  .join('')}</ul></div></aside></div></div>
<div class="fixed z-10 bottom-4 right-4 max-w-md rounded-lg bg-tint-base p-4 shadow-lg ring-1" role="dialog" aria-label="Cookies"><p class="text-sm">
${gbCookie}</p><div class="flex gap-2 mt-3"><button class="button button-primary">Accept</button><button class="button">Reject</button></div></div>
</body></html>`;
export const gitbookPage: TestPage = {
  html: gbHtml,
  name: 'heldout76-gitbook-docs-page',
  kind: 'docs',
  // the page description, hints and the table's data cells are body; the code blocks (the hidden tab panels too), the
  // table header and the code caption "List shipments" are in neither list; tab names, "Copy", the previous / next cards,
  // "Last updated", the feedback question, the sidebar, header and cookie notice are furniture; the "On this page" outline
  // repeats the headings and the sidebar's "Authentication" is the title: left out
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3, gbH4],
  body: [gbDesc, ...gbP1, ...texts(gbP2), gbHint1, ...texts(gbP3), ...gbP4, ...gbTable.flat(), ...texts(gbP4b), ...texts(gbP5), gbHint2],
  bylines: ['Last updated 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Parcelwise Docs', 'Ctrl', 'K', ...gbNav, ...gbToc.flatMap(([g, items]) => (g ? [g, ...items] : items)).filter((t) => t !==
    gbTitle), 'Powered by GitBook', 'cURL', 'Node.js', 'Python', 'Copy', 'Previous', 'Next', 'Was this helpful?', 'On this page', gbCookie, 'Accept',
    'Reject',
  ],
};
