import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 67, file d2: a developer guide on a shipping-API vendor's docs site, hosted on a Mintlify-style docs
 * platform with Tailwind utility classes (the company navbar with products, "Sign in" and "Start for free", the search entry
 * with its shortcut, "Ask AI", the nav tabs, sidebar groups, the eyebrow above the title, the "Copy page" menu, the page
 * description, h2s with hidden anchor links, a code group with language tabs and a copy tooltip, a "Steps" component with
 * numbered step titles, note and warning callouts without label words, the feedback toolbar, prev/next cards, the "On this
 * page" list, the cookie notice, the chat launcher and the "Powered by" footer).
 */
const vgTitle = 'Verify webhook signatures';
const vgDesc = 'Confirm that webhook events were sent by Parcelfront and not by a third party.';
const vgIntro =
  'Every webhook request Parcelfront sends includes a <code>Parcelfront-Signature</code> header. The header carries a timestamp and one or ' +
  'more signatures, each computed with a secret that only you and Parcelfront know. Checking the signature before you act on an event ' +
  'protects your endpoint from forged requests and replayed ones.';
const vgH = ['Before you begin', 'Verify with a server library', 'Verify manually', 'Troubleshooting'] as const;
const vgBefore = [
  'Create a webhook endpoint in the Dashboard and note its signing secret. Secrets start with <code>whsec_</code> and are different for ' + 'each endpoint.',
  'Make sure your framework gives you the raw request body. Signatures are computed over the exact bytes we send, so a body that has been ' +
    'parsed and serialized again will not verify.',
];
const vgLib = [
  'Our server libraries include a helper that parses the header, checks every signature and enforces a tolerance on the timestamp. We ' +
    'recommend it over writing your own check.',
  'If verification fails, the helper throws a <code>SignatureVerificationError</code>. Respond with a <code>400</code> status code and do ' +
    'not process the event.',
];
const vgManual = 'If you cannot use one of our libraries, compute and compare the signature yourself.';
const vgSteps: [string, string][] = [
  [
    'Parse the header',
    'Split the header on commas. The <code>t</code> element is the Unix timestamp of the delivery attempt, and each <code>v1</code> element ' +
      'is a signature.',
  ],
  ['Build the signed payload', 'Join the timestamp, a period and the raw request body, in that order.'],
  [
    'Compute the expected signature',
    'Compute an HMAC with SHA-256 over the signed payload, using the endpoint’s signing secret as the key, and encode the result as ' + 'lowercase hex.',
  ],
  [
    'Compare and check the age',
    'Compare your result with each <code>v1</code> value using a constant-time comparison. Accept the event if one matches and the ' +
      'timestamp is less than five minutes old.',
  ],
];
const vgNote = 'While you rotate a secret, deliveries carry one <code>v1</code> signature for each active secret for up to 24 hours.';
const vgTrouble =
  'Most failures have one of three causes: middleware changed the body before it reached your handler, the secret belongs to a different ' +
  'endpoint, or your server clock is more than five minutes off. Log the raw header and the length of the body you received, then compare ' +
  'them with the delivery attempt under <strong>Developers → Webhooks</strong> in the Dashboard.';
const vgWarn =
  'Never log the signing secret itself. If it leaks, roll it from the endpoint’s settings page; the old secret stays valid for the next 24 ' +
  'hours so that you can deploy the new one.';
const vgNav = ['Products', 'Pricing', 'Customers', 'Developers'];
const vgTabs = ['Guides', 'API Reference', 'SDKs', 'Changelog'];
const vgSide: [string, string[]][] = [
  ['Get started', ['Introduction', 'Authentication', 'Errors', 'Rate limits']],
  ['Webhooks', ['Overview', 'Handle webhook events', vgTitle, 'Retries and delivery', 'Testing locally']],
  ['Shipping', ['Create a shipment', 'Buy a label', 'Track a parcel']],
];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const h2 = (t: string): string =>
  `<h2 class="flex whitespace-pre-wrap group font-semibold" id="${slug(t)}"><div class="absolute" tabindex="-1"><a href="#${slug(t)}" class="-ml-10 flex
items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">\u200b<div class="w-6 h-6 text-gray-400 rounded-md flex items-center
justify-center zinc-box bg-white ring-1 ring-gray-400/30"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"></svg></div></a></div><span
class="cursor-pointer">${t}</span></h2>`;
const callout = (type: string, color: string, p: string): string =>
  `<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-${color}-500/20 bg-${color}-50/50" data-callout-type="${type}"><div
class="mt-0.5 w-4" data-component-part="callout-icon"><svg width="14" height="14" viewBox="0 0 14 14"></svg></div><div class="text-sm prose min-w-0 w-full
text-${color}-900" data-component-part="callout-content"><p>${p}</p></div></div>`;
const line = (parts: [string, string][]): string =>
  `<span class="line">${parts.map(([c, t]) => (c === '' ? t : `<span style="color:${c}">${t}</span>`)).join('')}</span>`;
const samples: [string, string, string[]][] = [
  [
    'Node.js',
    'javascript',
    [
      line([
        ['#CF222E', 'const'],
        ['', ' event = parcelfront.webhooks.'],
        ['#8250DF', 'constructEvent'],
        ['', '('],
      ]),
      line([
        ['', '  req.body, req.headers['],
        ['#0A3069', "'parcelfront-signature'"],
        ['', '], process.env.'],
        ['#0550AE', 'WEBHOOK_SECRET'],
      ]),
      line([['', ');']]),
    ],
  ],
  [
    'Python',
    'python',
    [
      line([
        ['', 'event = parcelfront.Webhook.'],
        ['#8250DF', 'construct_event'],
        ['', '('],
      ]),
      line([
        ['', '    request.data, request.headers['],
        ['#0A3069', '"Parcelfront-Signature"'],
        ['', '], os.environ['],
        ['#0A3069', '"WEBHOOK_SECRET"'],
        ['', ']'],
      ]),
      line([['', ')']]),
    ],
  ],
  [
    'Ruby',
    'ruby',
    [
      line([
        ['', 'event = '],
        ['#953800', 'Parcelfront'],
        ['', '::'],
        ['#953800', 'Webhook'],
        ['', '.construct_event(payload, sig_header, ENV['],
        ['#0A3069', "'WEBHOOK_SECRET'"],
        ['', '])'],
      ]),
    ],
  ],
];
const copyBtn = `<div class="z-10 relative"><button class="h-[26px] w-[26px] flex items-center justify-center rounded-md backdrop-blur peer group/copy-button"
data-testid="copy-code-button" aria-label="Copy the contents from the code block"><svg width="16" height="16" viewBox="0 0 16 16"></svg></button><div
aria-hidden="true" class="absolute top-11 left-1/2 transform -translate-x-1/2 -translate-y-1/2 peer-hover:opacity-100 opacity-0 text-white rounded-lg px-1.5
py-0.5 text-xs bg-primary-dark">Copy</div></div>`;
const pre = (lang: string, lines: string[]): string =>
  `<pre class="shiki shiki-themes github-light-default dark-plus" style="background-color:#ffffff;--shiki-dark-bg:#0B0C0E" tabindex="0"
language="${lang}"><code>${lines.join('\n')}</code></pre>`;
const codeGroup = `<div class="code-group mt-5 mb-8 not-prose rounded-2xl relative text-gray-950 bg-gray-50 dark:bg-white/5 p-0.5"
data-component-part="code-group">
<div class="flex items-center justify-between gap-2 relative" data-component-part="code-group-tab-bar"><div role="tablist" class="flex-1 min-w-0 text-xs
leading-6
rounded-tl-xl pl-2 flex">${samples
  .map(
    ([t], i) => `<button role="tab" aria-selected="${i === 0}" class="group flex items-center relative gap-1.5 my-1 mb-1.5
outline-0 whitespace-nowrap font-medium" data-component-part="code-group-tab-${i === 0 ? 'active' : 'inactive'}">${t}</button>`,
  )
  .join('')}</div><div
class="flex shrink-0 items-center justify-end gap-1.5">${copyBtn}</div></div><div class="flex flex-1 overflow-hidden"
data-component-part="code-group-tab-content">
${samples.map(([, lang, lines], i) => `<div role="tabpanel"${i === 0 ? '' : ' hidden'}>${pre(lang, lines)}</div>`).join('\n')}</div></div>`;
const headerBlock = `<div class="code-block mt-5 mb-8 not-prose rounded-2xl relative group" data-component-part="code-block"><div class="absolute top-3 right-4
flex items-center gap-1.5">${copyBtn}</div>${pre('text', [
  line([['', 'Parcelfront-Signature: t=1762300800,']]),
  line([['', '  v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd']]),
])}</div>`;
const steps = `<div role="list" class="ml-3.5 mt-10 mb-6">${vgSteps
  .map(
    ([t, p], i) => `<div role="listitem" class="relative flex items-start pb-5"><div class="absolute w-px h-[calc(100%-2.75rem)] top-[2.75rem] bg-gray-200/70">
</div><div class="absolute ml-[-14px] py-2"><div class="w-7 h-7 shrink-0 rounded-full bg-gray-50 text-xs text-gray-900 font-semibold flex items-center
justify-center" data-component-part="step-number">${i + 1}</div></div><div class="w-full overflow-hidden pl-8 pr-px"><p class="mt-2 font-semibold prose
dark:prose-invert text-gray-900" data-component-part="step-title">${t}</p><div class="prose dark:prose-invert" data-component-part="step-content"><p>${p}</p>
</div></div></div>`,
  )
  .join('\n')}</div>`;
const sidebar = vgSide
  .map(
    ([g, items]) => `<div class="my-2"><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5"><h5 id="sidebar-title"
class="font-semibold text-gray-900 dark:text-gray-200">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">${items
      .map(
        (
          t,
        ) => `<li id="/${slug(t)}" class="relative scroll-m-4 first:scroll-m-20" data-title="${t}"><a class="group flex items-center pr-3 py-1.5 cursor-pointer
gap-x-3 text-left rounded-xl w-full${t === vgTitle ? ' bg-primary/10 text-primary font-semibold' : ' hover:bg-gray-600/5'}" href="/${slug(g)}/${slug(t)}">
<div class="">${t}</div></a></li>`,
      )
      .join('')}</ul></div>`,
  )
  .join('\n');
const vgHtml = `<!DOCTYPE html><html lang="en" class="light" style="color-scheme:light"><head><meta charSet="utf-8"/>
<title>${vgTitle} - Parcelfront Docs</title><meta name="description" content="${vgDesc}"/><meta name="generator" content="Mintlify"/>
<link rel="stylesheet" href="/mintlify-assets/_next/static/css/6bf3a1c4e5d7b8f9.css" data-precedence="next"/>
<script>(function(a,b,c){try{let d=localStorage.getItem(a);if(null==d)for(let c=0;c<localStorage.length;c++){}}catch(a){}})("isDarkMode","system")</script>
</head><body><div id="__next"><div class="relative antialiased text-gray-500 dark:text-gray-400">
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom"><div class="relative z-10 px-4 lg:px-12"><nav class="flex items-center h-16">
<a href="/"><span class="sr-only">Parcelfront home page</span><img class="w-auto h-7 relative object-contain block dark:hidden" src="/logo/light.svg"
alt="light logo"/></a><ul class="hidden lg:flex items-center gap-x-6 ml-8">${vgNav
  .map(
    (t) => `<li><a href="https://parcelfront.example/${slug(t)}"
class="navbar-link">${t}</a></li>`,
  )
  .join('')}</ul><button type="button" id="search-bar-entry" class="group flex pointer-events-auto rounded-xl w-full
items-center text-sm leading-6 h-9 pl-3.5 pr-3 text-gray-500 bg-gray-950/[0.03]"><svg class="h-4 w-4 ml-1.5 flex-none"></svg><div class="truncate
min-w-0">Search...
</div><span class="flex-none text-xs font-semibold">Ctrl K</span></button><button type="button" id="assistant-entry" class="flex-none hidden lg:flex
items-center
justify-center gap-1.5 pl-3 pr-3.5 h-9 rounded-xl bg-gray-950/[0.03]"><svg class="h-4 w-4"></svg><span>Ask AI</span></button><a
href="https://dashboard.parcelfront.example/login"
class="navbar-link">Sign in</a><a href="https://dashboard.parcelfront.example/signup" class="group px-4 py-1.5 relative inline-flex items-center text-sm
font-medium">Start for free</a></nav><div class="nav-tabs h-full flex text-sm gap-x-6">${vgTabs
  .map(
    (t, i) => `<a class="link nav-tabs-item group relative
h-full gap-2 flex items-center font-medium${i === 0 ? ' text-gray-800' : ''}" href="/${slug(t)}">${t}</a>`,
  )
  .join('')}</div></div></div>
<div class="max-w-8xl px-0 lg:px-5 mx-auto"><div id="sidebar" class="hidden sticky lg:flex flex-col left-0 top-[7rem] bottom-0 right-auto w-[18rem]"><div
id="sidebar-content" class="flex-1 pr-5 pt-5 pb-4 overflow-y-auto"><div id="navigation-items" class="text-sm relative">${sidebar}</div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem] top-[7rem]"
id="content-side-layout"><div id="table-of-contents" class="z-10 hidden xl:flex pl-10 box-border w-[19rem]"><div id="table-of-contents-content"
class="text-gray-600 text-sm leading-6 w-[16.5rem]"><div class="text-gray-700 dark:text-gray-300 font-medium flex items-center space-x-2"><svg width="16"
height="16"></svg><span>On this page</span></div><ul id="table-of-contents-list">${vgH
  .map(
    (t) => `<li class="toc-item relative" data-depth="0"><a
href="#${slug(t)}" class="py-1 block hover:text-gray-900">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary dark:text-primary-light text-sm
font-semibold">Webhooks
</div><div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl font-bold
text-gray-900 tracking-tight dark:text-gray-200">${vgTitle}</h1><div id="page-context-menu" class="items-center shrink-0 min-w-[156px] justify-end ml-auto
sm:flex hidden"><button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 flex items-center gap-2"><svg width="18"
height="18"></svg><span>Copy
page</span></button><button aria-label="More actions" class="rounded-r-xl border-l"><svg width="10" height="10"></svg></button></div></div></div><div
class="mt-2 text-lg prose prose-gray dark:prose-invert" data-page-description="true"><p>${vgDesc}</p></div></header>
<div class="mdx-content relative mt-8 prose prose-gray dark:prose-invert" data-page-title="${vgTitle}" data-page-href="/webhooks/verify-signatures"
id="content">
<span data-as="p">${vgIntro}</span>${headerBlock}
${h2(vgH[0])}<ul>${vgBefore.map((l) => `<li>${l}</li>`).join('')}</ul>
${h2(vgH[1])}<span data-as="p">${vgLib[0]}</span>${codeGroup}<span data-as="p">${vgLib[1]}</span>
${h2(vgH[2])}<span data-as="p">${vgManual}</span>${steps}${callout('note', 'sky', vgNote)}
${h2(vgH[3])}<span data-as="p">${vgTrouble}</span>${callout('warning', 'amber', vgWarn)}</div>
<div class="feedback-toolbar pb-16 w-full flex items-center gap-y-4 justify-between"><div class="flex gap-3 items-center"><p class="text-sm text-gray-600">Was
this
page helpful?</p><div class="flex gap-3 items-center"><button class="px-3.5 py-2 flex flex-row gap-3 items-center border-standard rounded-xl"><svg></svg><small
class="text-sm font-normal leading-4">Yes</small></button><button class="px-3.5 py-2 flex flex-row gap-3 items-center border-standard
rounded-xl"><svg></svg><small
class="text-sm font-normal leading-4">No</small></button></div></div><div class="flex gap-3"><a
href="https://github.com/parcelfront/docs/edit/main/webhooks/verify.mdx"
class="h-fit whitespace-nowrap px-3.5 py-2 flex items-center border-standard rounded-xl"><small>Suggest edits</small></a><a
href="https://github.com/parcelfront/docs/issues/new"
class="h-fit whitespace-nowrap px-3.5 py-2 flex items-center border-standard rounded-xl"><small>Raise issue</small></a></div></div>
<div class="leading-6 mb-12 flex flex-col sm:flex-row gap-4" id="pagination"><a class="flex-1 flex items-center gap-4 px-5 py-4 border border-gray-950/10
rounded-2xl" href="/webhooks/handle-webhook-events"><svg viewBox="0 0 3 6"></svg><span>Handle webhook events</span></a><a class="flex-1 flex items-center
gap-4 px-5 py-4 border border-gray-950/10 rounded-2xl justify-end" href="/webhooks/retries-and-delivery"><span>Retries and delivery</span><svg viewBox="0 0 3
6">
</svg></a></div><footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex mb-14"><div class="flex gap-6 flex-wrap"><a
href="https://x.com/parcelfront" target="_blank"><span class="sr-only">x</span><svg></svg></a><a href="https://github.com/parcelfront" target="_blank"><span
class="sr-only">github</span><svg></svg></a><a href="https://www.linkedin.com/company/parcelfront" target="_blank"><span
class="sr-only">linkedin</span><svg></svg>
</a></div><div class="flex items-center justify-between"><a href="https://mintlify.com/preview-request?utm_campaign=poweredBy&amp;utm_medium=referral"
target="_blank" rel="noreferrer" class="group flex items-baseline gap-1 text-sm text-gray-400">Powered by
Mintlify</a></div></footer></div></div></div></div></div>
<div id="cookie-consent" role="dialog" aria-live="polite" aria-label="cookieconsent" class="fixed bottom-4 left-4 max-w-sm rounded-xl bg-white p-4
shadow-lg"><span
id="cookieconsent:desc">We use cookies to understand how you use our docs and to improve them. See our <a href="https://parcelfront.example/privacy">privacy
policy</a>.</span><div class="mt-3 flex gap-2"><button type="button" class="cc-allow">Accept</button><button type="button"
class="cc-deny">Decline</button></div></div>
<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom
Messenger"
aria-live="polite"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open"><svg viewBox="0 0 28
32"></svg></div></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"mdxSource":{"frontmatter":{"title":"${vgTitle}","description":"${vgDesc}"}}}}}</script>
</body></html>`;
export const vendorApiGuide: TestPage = {
  html: vgHtml,
  name: 'heldout67-vendor-api-guide',
  kind: 'docs',
  // the page description under the title is body (the guide's lead); the four h2s are the headings (zero-width anchors in
  // neither); the intro, list items, paragraphs, the step titles and texts and both callouts are body (the step titles are
  // <p> elements in a numbered list, not section headings; their numbers are in neither); the header example, the code group
  // with its language tabs and the "Copy" tooltip are code: in neither; the page names no author or date (no bylines); the
  // eyebrow, navbar, nav tabs, search, "Ask AI", "Copy page", sidebar, "On this page", the feedback toolbar, prev/next cards,
  // the footer's hidden social names, "Powered by Mintlify" and the cookie notice are furniture; the sidebar entry and the
  // "On this page" list repeat the title and headings (in neither); the nav's "Developers", the eyebrow and group "Webhooks"
  // and the cookie button "Accept" are words of the body: left out; prev/next titles are sidebar entries too (kept once)
  title: vgTitle,
  headings: [...vgH],
  body: [
    vgDesc,
    ...texts([vgIntro]),
    ...texts(vgBefore),
    ...texts(vgLib),
    vgManual,
    ...vgSteps.flatMap(([t, p]) => [t, ...texts([p])]),
    ...texts([vgNote]),
    ...texts([vgTrouble]),
    vgWarn,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Parcelfront home page', ...vgNav.filter((t) => t !== 'Developers'), 'Search...', 'Ctrl K', 'Ask AI', 'Sign in', 'Start for free', ...vgTabs,
    ...vgSide.flatMap(([g, items]) => [g, ...items.filter((t) => t !== vgTitle)]).filter((t) => t !== 'Webhooks'), 'On this page', 'Copy page',
    'Was this page helpful?', 'Yes', 'No', 'Suggest edits', 'Raise issue', 'Handle webhook events', 'Retries and delivery', 'x', 'github', 'linkedin',
    'Powered by Mintlify', 'We use cookies to understand how you use our docs and to improve them. See our privacy policy.', 'Decline',
  ])],
};
