import type { TestPage } from './page-kit.js';
import { kubernetesDocsy } from './pages-heldout21-a2.js';

/**
 * Held-out batch 21, file a: a Stripe-style API reference page for a payments company (top bar with search, "Ask AI" and
 * sign-in, API version picker, the left nav of resources with the open resource's methods, the middle pane of prose and
 * parameter lists, the right pane of code samples in language tabs with the response JSON, "Copy" buttons, the
 * "Was this page helpful?" widget, a cookie banner and the Next.js data script).
 */
const apTitle = 'Payouts';
const apIntro = [
  'A payout is a transfer of funds from your Ledgerline balance to a bank account or debit card that you own. Payouts are created ' +
    'automatically on the schedule you choose in the Dashboard, or manually through this API when your account uses manual payouts.',
  'Each payout moves money in a single currency. If you hold balances in more than one currency, Ledgerline creates a separate payout ' +
    'for each currency with funds available, and each one settles on its own timeline depending on the destination bank.',
];
const apObjH = 'The Payout object';
type Param = [name: string, type: string, required: boolean, desc: string];
const apAttrs: Param[] = [
  ['id', 'string', false, 'Unique identifier for the object.'],
  [
    'amount',
    'integer',
    false,
    'The amount, in the smallest currency unit, that will reach the destination account. A payout of 10.00 USD has an amount of 1000.',
  ],
  [
    'arrival_date',
    'timestamp',
    false,
    'The date the payout is expected to arrive in the bank, in seconds since the Unix epoch. This is an estimate from the destination ' +
      'bank and can move by a business day.',
  ],
  ['currency', 'enum', false, 'Three-letter ISO currency code, in lowercase.'],
  ['destination', 'nullable string', false, 'ID of the bank account or card the payout is sent to.'],
  ['method', 'enum', false, 'Either standard or instant. Instant payouts reach eligible debit cards within 30 minutes and carry a 1% fee.'],
  [
    'status',
    'enum',
    false,
    'One of pending, in_transit, paid, failed or canceled. A payout stays pending until it is submitted to the bank, and becomes paid ' +
      'when the bank confirms that the funds are available.',
  ],
];
const apCreateH = 'Create a payout';
const apCreate = [
  'To send funds to your own bank account, create a new payout object. Your Ledgerline balance must cover the payout amount, or the ' +
    'request fails with an insufficient funds error.',
  'If your account has several bank accounts in the payout currency, pass the destination parameter to choose one. Otherwise the ' +
    'payout goes to the default account for that currency.',
];
const apParams: Param[] = [
  ['amount', 'integer', true, 'A positive integer in the smallest currency unit representing how much to pay out.'],
  ['currency', 'enum', true, 'Three-letter ISO currency code, in lowercase. Must be a currency your account supports.'],
  ['description', 'string', false, 'An arbitrary string attached to the object, often shown to your team in the Dashboard.'],
  ['method', 'enum', false, 'The method used to send this payout, either standard or instant. Defaults to standard.'],
  ['statement_descriptor', 'string', false, 'A string of up to 22 characters that appears on the bank statement of the destination account.'],
];
const apCreateRet =
  'Returns a payout object if there were no initial errors with the payout creation, such as an invalid routing number. Errors ' +
  'that happen later, once the bank has received the request, are reported through the payout.failed webhook event.';
const apCancelH = 'Cancel a payout';
const apCancel =
  'You can cancel a payout only while its status is pending. Once Ledgerline has submitted the payout to the bank it can no longer be ' +
  'stopped, and you have to wait for it to arrive or to fail.';
const apNoParams = 'This endpoint takes no parameters.';
const apCancelRet = 'Returns the payout object with its status set to canceled. The funds go back to your available balance straight away.';
const paramText = ([n, t, r, d]: Param): string => `${n} ${t}${r ? ' Required' : ''} ${d}`;
const paramLi = ([n, t, r, d]: Param): string => `<li class="MethodParam" data-param="${n}"><div class="MethodParam-label">
<code class="MethodParam-name">${n}</code>
<span class="MethodParam-type">${t}</span>${r ? '\n<span class="MethodParam-required">Required</span>' : ''}
</div><div class="MethodParam-description"><p>${d}</p></div></li>`;
const apLangs = ['cURL', 'Ledgerline CLI', 'Node.js', 'Python', 'Ruby', 'Go', 'Java', 'PHP', '.NET'];
const tabs = (id: string): string =>
  `<div class="CodeTabs" role="tablist" aria-label="Language">${apLangs
    .map((l, i) => `<button role="tab" id="${id}-tab-${i}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}" data-lang="${l}">${l}</button>`)
    .join('')}</div>`;
const apSide = ['Introduction', 'Authentication', 'Errors', 'Expanding responses', 'Idempotent requests', 'Metadata', 'Pagination', 'Versioning'];
const apCore = ['Balance', 'Balance transactions', 'Charges', 'Customers', 'Disputes', 'Events', 'Refunds', 'Tokens'];
const apMore = ['List all payouts', 'Retrieve a payout', 'Reverse a payout'];
const apConnect = ['Accounts', 'Transfers', 'Application fees'];
const li = (t: string): string => `<li><a class="SideNav-link" href="/api/${t.toLowerCase().replace(/\W+/g, '_')}">${t}</a></li>`;
const apHtml = `<!DOCTYPE html>
<html lang="en" class="theme-light"><head><meta charset="utf-8"><title>Payouts | Ledgerline API Reference</title>
<meta name="description" content="Complete reference documentation for the Ledgerline API.">
<link rel="stylesheet" href="/_next/static/css/4f1c0a9b2e.css"><style>.CodePanel[hidden]{display:none}.SideNav-link--active{font-weight:600}</style>
</head><body><div id="__next"><a class="SkipLink" href="#main">Skip to content</a>
<header class="TopBar"><a class="TopBar-logo" href="/" aria-label="Ledgerline">Ledgerline</a><span class="TopBar-product">API Reference</span>
<nav class="TopBar-links"><a href="/docs">Docs</a><a href="/api" aria-current="page">API</a><a href="/changelog">Changelog</a><a
href="/support">Support</a></nav>
<button class="SearchButton" type="button"><span>Search the docs</span><kbd>⌘</kbd><kbd>K</kbd></button>
<button class="AskAI" type="button">Ask AI</button><div class="VersionPicker"><span>API version</span><button>2025-10-15</button></div>
<a class="TopBar-signin" href="https://dashboard.ledgerline.example/login">Sign in →</a></header>
<div class="ApiLayout"><nav class="SideNav" aria-label="API reference"><ul class="SideNav-list">${apSide.map(li).join('')}</ul>
<h5 class="SideNav-group">Core resources</h5><ul class="SideNav-list">${apCore.slice(0, 6).map(li).join('')}
<li class="SideNav-item--open"><a class="SideNav-link SideNav-link--active" href="/api/payouts" aria-current="page">Payouts</a><ul>
<li><a href="/api/payouts/object">The Payout object</a></li><li><a href="/api/payouts/create">Create a payout</a></li>
<li><a href="/api/payouts/cancel">Cancel a
payout</a></li>${apMore.map((t) => `<li><a href="/api/payouts/${t.slice(0, t.indexOf(' ')).toLowerCase()}">${t}</a></li>`).join('')}
</ul></li>${apCore.slice(6).map(li).join('')}</ul>
<h5 class="SideNav-group">Connect</h5><ul class="SideNav-list">${apConnect.map(li).join('')}</ul></nav>
<main id="main" class="ApiContent">
<section class="ApiSection" id="payouts"><div class="ApiSection-prose"><h1 class="ApiSection-title">${apTitle}</h1>
<button class="CopyPage" type="button" aria-label="Copy page as Markdown">Copy page</button>
${apIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="ApiSection-code"><div class="EndpointList"><div class="EndpointList-title">Endpoints</div><pre>POST /v1/payouts
GET  /v1/payouts/:id
GET  /v1/payouts
POST /v1/payouts/:id/cancel</pre></div></div></section>
<section class="ApiSection" id="payout_object"><div class="ApiSection-prose"><h2>${apObjH}</h2>
<h3 class="MethodParams-title">Attributes</h3><ul class="MethodParams">${apAttrs.slice(0, 4).map(paramLi).join('\n')}</ul>
<div class="MoreAttributes"><button type="button" aria-expanded="true">More attributes</button><button type="button">Expand all</button></div>
<ul class="MethodParams MethodParams--more">${apAttrs.slice(4).map(paramLi).join('\n')}</ul></div>
<div class="ApiSection-code"><div class="CodePanel"><div class="CodePanel-header"><span>The Payout object</span>
<button class="CopyButton" aria-label="Copy code">Copy</button></div><pre class="language-json"><code>{
  "id": "po_1QeR8mLg4xV2dEa0",
  "object": "payout",
  "amount": 112500,
  "arrival_date": 1761264000,
  "currency": "usd",
  "destination": "ba_1QeR2tLg4xV2dEa0",
  "method": "standard",
  "status": "in_transit"
}</code></pre></div></div></section>
<section class="ApiSection" id="create_payout"><div class="ApiSection-prose"><h2>${apCreateH}</h2>
${apCreate.map((p) => `<p>${p}</p>`).join('\n')}
<h3 class="MethodParams-title">Parameters</h3><ul class="MethodParams">${apParams.map(paramLi).join('\n')}</ul>
<h3 class="MethodReturns-title">Returns</h3><p>${apCreateRet}</p></div>
<div class="ApiSection-code"><div class="CodePanel"><div class="CodePanel-header"><span class="Endpoint"><b>POST</b> /v1/payouts</span>
${tabs('create')}<button class="CopyButton" aria-label="Copy code">Copy</button></div>
<pre class="language-bash" role="tabpanel" aria-labelledby="create-tab-0"><code>curl https://api.ledgerline.example/v1/payouts \\
  -u "<span class="ApiKey" title="Your test key">ll_test_4eC39HqLyjWDarjtT1zdp7dc</span>:" \\
  -d amount=112500 \\
  -d currency=usd</code></pre>
<pre class="language-js" role="tabpanel" aria-labelledby="create-tab-2" hidden><code>const ledgerline =
require('ledgerline')('ll_test_4eC39HqLyjWDarjtT1zdp7dc');

const payout = await ledgerline.payouts.create({
  amount: 112500,
  currency: 'usd',
});</code></pre>
<pre class="language-python" role="tabpanel" aria-labelledby="create-tab-3" hidden><code>import ledgerline
ledgerline.api_key = "ll_test_4eC39HqLyjWDarjtT1zdp7dc"

payout = ledgerline.Payout.create(amount=112500, currency="usd")</code></pre></div>
<div class="CodePanel CodePanel--response"><div class="CodePanel-header"><span>Response</span><button class="CopyButton" aria-label="Copy
code">Copy</button></div>
<pre class="language-json"><code>{
  "id": "po_1QeR8mLg4xV2dEa0",
  "object": "payout",
  "amount": 112500,
  "currency": "usd",
  "method": "standard",
  "status": "pending"
}</code></pre></div></div></section>
<section class="ApiSection" id="cancel_payout"><div class="ApiSection-prose"><h2>${apCancelH}</h2><p>${apCancel}</p>
<h3 class="MethodParams-title">Parameters</h3><p class="MethodParams-empty">${apNoParams}</p>
<h3 class="MethodReturns-title">Returns</h3><p>${apCancelRet}</p></div>
<div class="ApiSection-code"><div class="CodePanel"><div class="CodePanel-header"><span class="Endpoint"><b>POST</b> /v1/payouts/:id/cancel</span>
${tabs('cancel')}<button class="CopyButton" aria-label="Copy code">Copy</button></div>
<pre class="language-bash" role="tabpanel"><code>curl -X POST https://api.ledgerline.example/v1/payouts/po_1QeR8mLg4xV2dEa0/cancel \\
  -u "ll_test_4eC39HqLyjWDarjtT1zdp7dc:"</code></pre></div></div></section>
<div class="PageFeedback" data-feedback-id="api-payouts"><span class="PageFeedback-question">Was this page helpful?</span>
<button type="button" data-value="yes">Yes</button><button type="button" data-value="no">No</button></div>
<div class="ApiFooter"><p>Need help? <a href="/support">Contact support</a> or ask the community on <a
href="https://discord.example/ledgerline">Discord</a>.</p>
<p>Sign up for developer updates: <a href="/newsletter">Subscribe</a></p></div></main></div>
<div class="CookieBanner" role="dialog" aria-label="Cookie preferences"><p>Ledgerline uses cookies to improve your experience and for marketing.
Read our <a href="/legal/cookies">cookie policy</a>.</p><button>Accept all</button><button>Reject non-essential</button><button>Manage
preferences</button></div>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"resource":"payouts","apiVersion":"2025-10-15",
"sections":["payout_object","create_payout","cancel_payout"]}},"page":"/api/[...slug]","buildId":"Zk2p0aQv7"}</script>
<script>window.__LL_ANALYTICS__={page:"api/payouts",sampling:0.2};</script></body></html>`;
export const stripeApiReference: TestPage = {
  html: apHtml,
  name: 'heldout21-stripe-style-api-reference',
  kind: 'docs',
  // the resource's intro, each section's prose, the "Returns" texts and every parameter row (name, type, "Required" and the
  // description: the reference's list items, a reader needs the name with its text) are body; "Attributes", "Parameters" and
  // "Returns" are the sections' own h3s: headings (twice over where they repeat); the endpoint list, code samples and response
  // JSON are code: in neither list; the nav's links to this page's own sections and "Payouts" are the headings and title again:
  // left out; the language tabs (once), "Copy", "Copy page", "More attributes", the feedback widget, top bar, nav, footer lines
  // and cookie banner are furniture (the widget's "No" is a word of the short "takes no parameters" line: left out); the page has
  // no author or date
  title: apTitle,
  headings: [apObjH, 'Attributes', apCreateH, 'Parameters', 'Returns', apCancelH, 'Parameters', 'Returns'],
  body: [...apIntro, ...apAttrs.map(paramText), ...apCreate, ...apParams.map(paramText), apCreateRet, apCancel, apNoParams, apCancelRet],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ledgerline', 'API Reference', 'Docs', 'Changelog', 'Support', 'Search the docs', 'Ask AI', 'API version', '2025-10-15',
    'Sign in →', ...apSide, 'Core resources', ...apCore, ...apMore, 'Connect', ...apConnect, 'Endpoints', 'More attributes', 'Expand all', 'Copy',
    ...apLangs, 'Response', 'Was this page helpful?', 'Yes', 'Need help? Contact support or ask the community on Discord.',
    'Sign up for developer updates: Subscribe', 'Ledgerline uses cookies to improve your experience and for marketing. Read our cookie policy.',
    'Accept all', 'Reject non-essential', 'Manage preferences', 'Copy page',
  ],
};

export const HELDOUT21_A: readonly TestPage[] = [stripeApiReference, kubernetesDocsy];
