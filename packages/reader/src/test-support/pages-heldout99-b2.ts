import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 99, file b2: a Stripe docs guide page (docs.stripe.com) (skip link, the header with the search button,
 * "Create account" / "Sign in" and the product tabs, the collapsible sidebar, the breadcrumb, the title with its subtitle
 * and the "Copy page" menu, a callout, a code block with language tabs, a behaviour table, the "Was this page helpful?"
 * Yes / No box followed by the support links and "Powered by Markdoc", the "On this page" rail with "Related guides", the
 * developer-updates sign-up and the cookie banner).
 */
const stTitle = 'Pause payment collection';
const stSub = 'Learn how to pause payment collection on subscriptions.';
const stP1 = [
  'Pausing payment collection is often used to temporarily offer your services for free. This is sometimes referred to as a “grace period” if a ' +
    'customer needs additional time to pay or can’t pay for one or more billing cycles.',
  'You can pause or resume collection in the Dashboard or the API. While collection is paused, the subscription still generates invoices, ' +
    'but you decide what happens to them. The subscription’s <code>status</code> remains <code>active</code>, so the customer keeps access to ' +
    'your product unless you remove it yourself.',
];
const stH1 = 'How pausing works';
const stP2 = [
  'When you pause collection, Stripe stops trying to collect payment on new invoices for the subscription. Invoices that were already finalized ' +
    'before the pause are not affected: automatic retries and reminder emails for those invoices continue as usual.',
  'Pausing is not the same as canceling. A paused subscription keeps its billing cycle anchor, its items and its discounts, which means you ' +
    'can resume it later without changing the dates on which the customer is billed.',
];
const stH2 = 'Choose what happens to invoices';
const stP3 = [
  'Set <code>pause_collection[behavior]</code> to one of three values. The behavior you choose applies to every invoice created while the ' +
    'pause is in effect:',
];
const stTableHead = ['Behavior', 'What happens to new invoices', 'Use when'];
const stTable = [
  ['keep_as_draft', 'Invoices are created as drafts and are not finalized or collected.', 'You are temporarily offering services for free.'],
  ['mark_uncollectible', 'Invoices are finalized and immediately marked as uncollectible.', 'You want a record of what the customer would owe.'],
  ['void', 'Invoices are finalized and immediately voided.', 'You don’t want any record of charges for the paused period.'],
];
const stCallout =
  'If you use <code>keep_as_draft</code>, the draft invoices stay in your account until you finalize or delete them. Resuming the subscription ' +
  'does not finalize them for you.';
const stH3 = 'Pause with an end date';
const stP4 = [
  'To resume collection automatically, pass a Unix timestamp in <code>pause_collection[resumes_at]</code>. For example, Mossgate Climbing gives ' +
    'members who are injured a free month by pausing collection with a <code>void</code> behavior and a resume date thirty days away:',
  'The first invoice created after the timestamp is collected normally. If you don’t set a date, collection stays paused until you resume it.',
];
const stH4 = 'Resume payment collection';
const stP5 = [
  'To resume collection at any time, update the subscription and set <code>pause_collection</code> to an empty value. Stripe collects payment on ' +
    'the next invoice, and the customer isn’t charged again for the period in which collection was paused.',
  'Resuming doesn’t reach back into the paused period. If you want the customer to pay for that period after all, create a ' +
    'one-off invoice for the amount instead.',
];
const stList = [
  'You can’t pause collection on a subscription with a <code>status</code> of <code>incomplete</code> or <code>incomplete_expired</code>.',
  'Subscription schedules don’t carry a paused state into their next phase, so resume collection before a phase transition.',
  'Usage-based prices keep recording usage while collection is paused, and that usage appears on the draft, voided or uncollectible invoices.',
];
const stNav = ['Get started', 'Payments', 'Revenue', 'Platforms and marketplaces', 'Money management', 'Developer resources'];
const stSide = [
  'Billing',
  'Overview',
  'Subscriptions',
  'How subscriptions work',
  'Quickstart',
  'Manage subscriptions',
  'Modify subscriptions',
  'Cancel subscriptions',
  'Usage-based billing',
  'Invoicing',
  'Revenue recovery',
];
const stCrumbs = ['Revenue', 'Billing', 'Subscriptions'];
const stLangs = ['curl', 'Stripe CLI', 'Ruby', 'Python', 'PHP', 'Java', 'Node.js', 'Go', '.NET'];
const stFeedback = ['Was this page helpful?', 'Yes', 'No'];
const stHelp = [
  'Need help? Contact Support.',
  'Join our early access program.',
  'Check out our changelog.',
  'Questions? Contact Sales.',
  'LLM? Read llms.txt.',
  'Powered by Markdoc',
];
const stRelated = ['Related guides', 'Subscription lifecycle', 'Cancel subscriptions', 'Customer portal'];
const stSignup = ['Sign up for developer updates:', 'Sign up', 'You can unsubscribe at any time. Read our privacy policy.'];
const stCookie = 'We use cookies to improve your experience and for marketing. Read our cookie policy or manage cookies.';
const stPs = (a: readonly string[]): string => a.map((p) => `<p class="Text Text--body">${p}</p>`).join('\n');
const stH = (id: string, t: string): string =>
  `<h2 class="Heading Heading--h2" id="${id}"><a class="Heading-anchor" href="#${id}" aria-label="Link to this section"></a>${t}</h2>`;
const stCode = (code: string): string => `<div class="CodeBlock" data-testid="code-block"><div class="CodeBlock-header">
<div class="CodeBlock-tabs" role="tablist">${stLangs
  .map(
    (l, i) => `<button
role="tab" aria-selected="${i === 0}" class="CodeBlock-tab">${l}</button>`,
  )
  .join('')}
</div><button class="CodeBlock-copy" aria-label="Copy code"><svg aria-hidden="true" width="16" height="16"></svg></button></div>
<pre class="CodeBlock-pre language-bash"><code>${code}</code></pre></div>`;
const stHtml = `<!DOCTYPE html><html lang="en-US" class="theme-light"><head><meta charset="utf-8">
<title>Pause payment collection | Stripe Documentation</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${stSub}">
<meta property="og:title" content="Pause payment collection | Stripe Documentation"><meta property="og:description" content="${stSub}">
<meta property="og:image" content="https://images.stripeassets.example/docs/og-docs.png"><meta name="twitter:site" content="@stripe">
<link rel="canonical" href="https://docs.stripe.com/billing/subscriptions/pause-payment">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Revenue","item":"https://docs.stripe.com/revenue"},
{"@type":"ListItem","position":2,"name":"Billing","item":"https://docs.stripe.com/billing"},
{"@type":"ListItem","position":3,"name":"Subscriptions","item":"https://docs.stripe.com/billing/subscriptions/overview"}]}</script>
<link rel="stylesheet" href="https://b.stripecdn.example/docs-statics-srv/assets/docs-7c2a91.css">
<script src="https://js.stripe.example/v3/" async></script>
<script defer src="https://b.stripecdn.example/docs-statics-srv/assets/runtime-4f1e0a.js"></script>
</head><body class="Docs">
<div id="__docs_root">
<a class="SkipLink" href="#main-content">Skip to content</a>
<header class="DocsHeader" data-testid="docs-header"><div class="DocsHeader-top">
<a class="DocsHeader-logo" href="/" aria-label="Stripe Docs home"><svg aria-hidden="true" width="60" height="25"></svg><span
class="DocsHeader-product">Docs</span></a>
<button class="DocsSearch-button" data-testid="search-button" type="button"><svg aria-hidden="true"></svg>
<span class="DocsSearch-placeholder">Search the docs or ask a question</span><kbd class="DocsSearch-kbd">/</kbd></button>
<div class="DocsHeader-actions"><a class="Button Button--secondary" href="https://dashboard.stripe.com/register">Create account</a>
<a class="Button Button--primary" href="https://dashboard.stripe.com/login">Sign in</a></div></div>
<nav class="DocsHeader-tabs" aria-label="Products"><ul>
${links(stNav, 'DocsHeader-tab')}
</ul></nav></header>
<div class="DocsLayout">
<nav class="Sidebar" aria-label="Documentation navigation"><button class="Sidebar-collapse" aria-label="Collapse sidebar"></button><ul class="Sidebar-list">
${links(stSide, 'Sidebar-item')}
<li class="Sidebar-item Sidebar-item--active"><a href="/billing/subscriptions/pause-payment" aria-current="page">${stTitle}</a></li>
</ul></nav>
<main id="main-content" class="DocsLayout-main">
<article class="Document" data-testid="document">
<nav class="Breadcrumbs" aria-label="Breadcrumb"><ol>${stCrumbs.map((t) => `<li class="Breadcrumbs-item"><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}
</ol></nav>
<div class="Document-header"><h1 class="Heading Heading--h1">${stTitle}</h1>
<div class="CopyPage"><button class="CopyPage-button" type="button" aria-haspopup="menu">Copy page</button>
<ul class="CopyPage-menu" role="menu" hidden><li role="menuitem">Copy as Markdown</li><li role="menuitem">View as Markdown</li></ul></div></div>
<p class="Document-subtitle Text Text--subtitle">${stSub}</p>
<div class="Document-body Markdoc">
${stPs(stP1)}
${stH('how-pausing-works', stH1)}
${stPs(stP2)}
${stH('behaviors', stH2)}
${stPs(stP3)}
<div class="Table-wrapper"><table class="Table"><thead><tr>${stTableHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${stTable.map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}
</tbody></table></div>
<div class="Callout Callout--info" role="note"><svg class="Callout-icon" aria-hidden="true"></svg><div class="Callout-content"><p>${stCallout}</p></div></div>
${stH('resumes-at', stH3)}
${stPs(stP4.slice(0, 1))}
${stCode(`curl https://api.stripe.com/v1/subscriptions/sub_1Mossgate4Kq2 \\
  -u "<span class="token-secret">sk_test_4eC3...</span>:" \\
  -d "pause_collection[behavior]"=void \\
  -d "pause_collection[resumes_at]"=1767225600`)}
${stPs(stP4.slice(1))}
${stH('unpausing', stH4)}
${stPs(stP5)}
<h3 class="Heading Heading--h3" id="limitations">Limitations</h3>
<ul class="List">
${stList.map((t) => `<li class="List-item"><p class="Text">${t}</p></li>`).join('\n')}
</ul>
</div>
<footer class="Document-footer">
<div class="Feedback" data-testid="page-feedback"><p class="Feedback-question">${stFeedback[0]}</p>
<div class="Feedback-buttons"><button class="Feedback-button" type="button" data-value="yes">${stFeedback[1]}</button>
<button class="Feedback-button" type="button" data-value="no">${stFeedback[2]}</button></div>
<div class="Feedback-thanks" hidden>Thank you! We’ll use your feedback to improve our docs.</div></div>
<ul class="Document-footerLinks">
<li>Need help? <a href="https://support.stripe.com/">Contact Support</a>.</li>
<li>Join our <a href="/sdks/set-version">early access program</a>.</li>
<li>Check out our <a href="/changelog">changelog</a>.</li>
<li>Questions? <a href="https://stripe.com/contact/sales">Contact Sales</a>.</li>
<li>LLM? Read <a href="/llms.txt">llms.txt</a>.</li>
<li>Powered by <a href="https://markdoc.dev">Markdoc</a></li>
</ul>
<form class="DevUpdates"><label for="dev-updates-email">${stSignup[0]}</label><input id="dev-updates-email" type="email" placeholder="your@email.com">
<button type="submit">${stSignup[1]}</button><p class="DevUpdates-note">You can unsubscribe at any time. Read our <a href="https://stripe.com/privacy">privacy
policy</a>.</p></form>
</footer>
</article>
</main>
<aside class="Rail" aria-label="On this page"><div class="Rail-section"><h2 class="Rail-title">On this page</h2><ul class="Rail-toc">
<li><a href="#how-pausing-works">${stH1}</a></li><li><a href="#behaviors">${stH2}</a></li><li><a href="#resumes-at">${stH3}</a></li>
<li><a href="#unpausing">${stH4}</a></li></ul></div>
<div class="Rail-section"><h2 class="Rail-title">${stRelated[0]}</h2><ul>
${links(stRelated.slice(1))}
</ul></div></aside>
</div>
<div class="CookieBanner" role="dialog" aria-label="Cookie settings"><p class="CookieBanner-text">We use cookies to improve your experience and for
marketing. Read our <a href="https://stripe.com/cookie-settings">cookie policy</a> or <a href="#" data-js-cookie-manage>manage cookies</a>.</p>
<div class="CookieBanner-actions"><button class="Button Button--primary" type="button">Accept all</button>
<button class="Button Button--secondary" type="button">Reject all</button></div></div>
</div>
<script defer src="https://b.stripecdn.example/docs-statics-srv/assets/docs-main-91b3c0.js"></script>
</body></html>`;
export const stripeDocs: TestPage = {
  html: stHtml,
  name: 'heldout99-stripe-guide-docs',
  kind: 'docs',
  // the subtitle under the h1 is body; table data cells are body (header cells in neither list); the info callout is body;
  // the sidebar item for this page and the "On this page" entries repeat the title and headings and are left out
  title: stTitle,
  headings: [stH1, stH2, stH3, stH4, 'Limitations'],
  body: texts([stSub, ...stP1, ...stP2, ...stP3, ...stTable.flat(), stCallout, ...stP4, ...stP5, ...stList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to content', 'Docs', 'Search the docs or ask a question', 'Create account', 'Sign in', ...stNav, ...stSide, ...stCrumbs, 'Copy page',
    'Copy as Markdown', 'View as Markdown', ...stLangs, ...stFeedback, 'Thank you! We’ll use your feedback to improve our docs.', ...stHelp,
    ...stSignup, 'On this page', ...stRelated, stCookie, 'Accept all', 'Reject all',
    ]),
  ],
};
