import { links, type TestPage, texts } from './page-kit.js';
import { auth0Page } from './pages-heldout156-d2.js';

/**
 * Held-out batch 156, file d: a Stripe API reference page (docs.stripe.com/api, the Refunds section as saved from a
 * method's address): the top bar ("API Reference", search, "Ask AI", "Docs", "Support", "Sign in", the API version
 * and language pickers), the long resource sidebar with its group labels, the two-column method sections (description,
 * parameters with names and types, the "More parameters" toggle, "Returns"; on the right the endpoint
 * panel, request code with copy buttons and the example response), the cookie banner and the small footer; and, from file
 * d2, an Auth0 documentation page.
 */
const stTitle = 'Refunds';
const stIntro = [
  'A Refund object records money sent back to a customer for a payment you have already collected. You can return the whole ' +
    'payment or part of it, and a single payment can carry several partial refunds until nothing is left to return.',
  'Refunds go back to the payment method the customer originally used. Card refunds usually reach the customer’s statement ' +
    'within five to ten business days; other payment methods follow their own schedules.',
];
const stH1 = 'Create a refund';
const stCreate = [
  'Creates a refund for a payment. Pass either a charge or a payment_intent to say which payment the money comes from.',
  'If you leave out amount, the whole remaining balance of the payment is refunded. When you pass a smaller amount, the ' +
    'rest stays available, so you can refund again later for another part of the order.',
  'The request fails with an error if the payment has no balance left to refund, or if the amount you ask for is larger ' + 'than what remains.',
];
interface StParam {
  name: string;
  type: string;
  desc: string;
}
const stParams: StParam[] = [
  {
    name: 'amount',
    type: 'integer',
    desc: 'How much to refund, as a positive integer in the smallest unit of the currency (for example, 250 for 2.50 USD). Defaults to the remaining balance.',
  },
  { name: 'charge', type: 'string', desc: 'The ID of the charge the refund is taken from.' },
  {
    name: 'metadata',
    type: 'object',
    desc: 'Key-value pairs you can attach to the refund, such as your own order number. Stripe stores them but does not act on them.',
  },
  { name: 'payment_intent', type: 'string', desc: 'The ID of the PaymentIntent the refund is taken from.' },
  {
    name: 'reason',
    type: 'enum',
    desc: 'Why the payment is being refunded. One of duplicate, fraudulent or requested_by_customer. Refunds marked fraudulent also help train fraud rules.',
  },
];
const stH2 = 'Returns';
const stCreateRet = ['The new Refund object. An error is returned if the payment was already refunded in full.'];
const stH3 = 'Retrieve a refund';
const stRetrieve = ['Fetches a refund you created earlier, with its current status and the payment it belongs to.'];
const stRetrieveRet = ['The Refund object with the ID you asked for, or an error if no refund has that ID.'];
const stH4 = 'Cancel a refund';
const stCancel = [
  'Stops a refund that is still waiting for the customer to do something, such as confirming bank details for a payment ' +
    'method that cannot be refunded automatically. Only refunds with the status requires_action can be canceled; refunds in ' +
    'any other state are already on their way and cannot be stopped.',
];
const stCancelRet = ['The canceled Refund object, or an error if the refund is no longer in a state that can be canceled.'];
const stReq = `curl https://api.stripe.com/v1/refunds \\
  -u "sk_test_4eC39Hq...Lm2vX0:" \\
  -d charge=ch_3Q8pT02eZvKYlo2C1nRk7aZb`;
const stResp = `{
  "id": "re_3Q8pT02eZvKYlo2C1d9m2Aa1",
  "object": "refund",
  "amount": 1200,
  "charge": "ch_3Q8pT02eZvKYlo2C1nRk7aZb",
  "currency": "usd",
  "status": "succeeded"
}`;
const stSideTop = ['Introduction', 'Authentication', 'Connected Accounts', 'Errors', 'Expanding Responses', 'Idempotent requests', 'Pagination'];
const stSideCore = ['Balance', 'Charges', 'Customers', 'Disputes', 'Events', 'Payment Intents', 'Payouts', 'Products', 'Tokens'];
const stRefundNav = ['The Refund object', 'Create a refund', 'Update a refund', 'Retrieve a refund', 'List all refunds', 'Cancel a refund'];
const stCookie = 'Stripe uses cookies to improve your experience and for marketing. Read our cookie policy or manage cookies.';
const stParamHtml = (p: StParam): string => `<li class="MethodParameter"><div class="MethodParameter-header">
<code class="MethodParameter-name">${p.name}</code><span class="MethodParameter-type">${p.type}</span>
</div><div class="MethodParameter-description"><p>${p.desc}</p></div></li>`;
const stCodePanel = (verb: string, path: string, req: string): string => `<div class="MethodExample"><div class="CodeBlock-header">
<span class="MethodExample-verb">${verb}</span><span class="MethodExample-path">${path}</span><button class="LanguageSelect">cURL</button>
<button class="CodeBlock-copy" aria-label="Copy">Copy</button></div><pre class="CodeBlock"><code>${req}</code></pre>
<div class="CodeBlock-header"><span>Response</span></div><pre class="CodeBlock"><code>${stResp}</code></pre></div>`;
const stParamList = (params: StParam[]): string => `<ul class="MethodParameters">${params.map(stParamHtml).join('\n')}</ul>`;
const stGet = (path: string): string => `curl https://api.stripe.com${path.replace(':id', 're_3Q8pT02eZvKYlo2C1d9m2Aa1')} \\\n  -u "sk_test_4eC39Hq...Lm2vX0:"`;
const stMethod = (id: string, h: string, desc: string[], params: StParam[], ret: string[], verb: string, path: string): string =>
  `<section class="Method" id="${id}"><div class="Method-copy"><h2 class="Method-title">${h}</h2>
${desc.map((t) => `<p>${t}</p>`).join('\n')}
<h3 class="Method-subtitle">Parameters</h3>${params.length ? stParamList(params) : '<p class="Method-none">No parameters.</p>'}
${params.length ? '<button class="MoreParameters" aria-expanded="false">More parameters</button>' : ''}
<h3 class="Method-subtitle">${stH2}</h3>${ret.map((t) => `<p>${t}</p>`).join('\n')}</div>
${stCodePanel(verb, path, id === 'create' ? stReq : stGet(path))}
</section>`;
const stHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Stripe API Reference - Create a refund</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Complete reference documentation for the Stripe API.">
<meta property="og:title" content="Stripe API Reference - Create a refund"><meta property="og:image" content="https://images.stripeassets.example/api-og.png">
<link rel="canonical" href="https://docs.stripe.com/api/refunds/create">
<link rel="stylesheet" href="https://b.stripecdn.example/docs-statics-srv/assets/api.css">
<script>window.__INITIAL_STATE__ = { apiVersion: '2025-10-29.clover', language: 'curl', currentSection: 'refunds/create' };</script></head>
<body class="api-reference"><div id="react-root"><header class="TopBar" role="banner"><a class="TopBar-logo" href="https://stripe.com/">
<span class="visually-hidden">Stripe</span></a><span class="TopBar-title">API Reference</span>
<button class="TopBar-search" type="button">Search the docs or ask AI</button><button class="TopBar-ai">Ask AI</button>
<nav class="TopBar-links"><a href="https://docs.stripe.com/">Docs</a><a href="https://support.stripe.com/">Support</a>
<a href="https://dashboard.stripe.com/login">Sign in</a></nav>
<button class="VersionSelect" aria-haspopup="listbox">2025-10-29.clover</button><button class="LanguageSelect" aria-haspopup="listbox">cURL</button></header>
<div class="Layout"><nav class="Sidebar" aria-label="API reference"><ul class="Sidebar-list">${links(stSideTop, 'Sidebar-item')}</ul>
<p class="Sidebar-group">Core Resources</p><ul class="Sidebar-list">${links(stSideCore, 'Sidebar-item')}
<li class="Sidebar-item Sidebar-item--open"><a href="/api/refunds">Refunds</a><ul>${stRefundNav.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></li>
</ul><p class="Sidebar-group">Payment Methods</p><ul class="Sidebar-list"><li><a href="/api/payment_methods">Payment Methods</a></li>
<li><a href="/api/bank_accounts">Bank Accounts</a></li><li><a href="/api/cards">Cards</a></li></ul></nav>
<main class="Content" id="main"><section class="Section" id="refunds"><div class="Section-copy"><h1 class="Section-title">${stTitle}</h1>
${stIntro.map((t) => `<p>${t}</p>`).join('\n')}
<a class="Section-guide" href="https://docs.stripe.com/refunds">Related guide: Refund and cancel payments</a></div>
<div class="Section-endpoints"><div class="CodeBlock-header">Endpoints</div><pre class="CodeBlock"><code>POST /v1/refunds
POST /v1/refunds/:id
 GET /v1/refunds/:id
 GET /v1/refunds
POST /v1/refunds/:id/cancel</code></pre></div></section>
${stMethod('create', stH1, stCreate, stParams, stCreateRet, 'POST', '/v1/refunds')}
${stMethod('retrieve', stH3, stRetrieve, [], stRetrieveRet, 'GET', '/v1/refunds/:id')}
${stMethod('cancel', stH4, stCancel, [], stCancelRet, 'POST', '/v1/refunds/:id/cancel')}
</main></div>
<footer class="Footer"><p>© 2025 Stripe, Inc.</p><a href="https://stripe.com/privacy">Privacy</a> <a href="https://stripe.com/legal">Legal</a>
<a href="https://status.stripe.com/">Status</a></footer>
<div class="CookieBanner" role="dialog" aria-label="Cookie settings"><p>${stCookie}</p><button>Accept all</button><button>Reject non-essential</button>
<button>Manage cookies</button></div></div><script src="https://b.stripecdn.example/docs-statics-srv/assets/api-reference.js" defer></script></body></html>`;
const stripePage: TestPage = {
  html: stHtml,
  name: 'heldout156-stripe-api-reference-docs',
  kind: 'docs',
  // the resource h1 is the title; each method's h2 and its "Parameters" / "Returns" subheadings are headings; parameter
  // names, types, endpoint panels, requests and responses are code (neither list); parameter descriptions and the "No
  // parameters." lines are body; the "Endpoints" label, the related-guide link and the toggles are furniture; "Refunds" in
  // the sidebar repeats the title and is left out
  title: stTitle,
  headings: [stH1, 'Parameters', stH2, stH3, 'Parameters', stH2, stH4, 'Parameters', stH2],
  body: texts([
    ...stIntro,
    ...stCreate,
    ...stParams.map((p) => p.desc),
    ...stCreateRet,
    ...stRetrieve,
    'No parameters.',
    ...stRetrieveRet,
    ...stCancel,
    'No parameters.',
    ...stCancelRet,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'API Reference', 'Search the docs or ask AI', 'Ask AI', 'Docs', 'Support', 'Sign in', '2025-10-29.clover', 'cURL', ...stSideTop, 'Core Resources',
    ...stSideCore, ...stRefundNav.filter((t) => ![stH1, stH3, stH4].includes(t)), 'Payment Methods', 'Bank Accounts', 'Cards',
    'Endpoints', 'Related guide: Refund and cancel payments', 'More parameters', 'Copy', 'Response', '© 2025 Stripe, Inc.', 'Privacy', 'Legal', 'Status',
    stCookie, 'Accept all', 'Reject non-essential', 'Manage cookies',
  ],
};

export const HELDOUT156_D: readonly TestPage[] = [stripePage, auth0Page];
