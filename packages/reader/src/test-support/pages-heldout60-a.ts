import { links, type TestPage, texts } from './page-kit.js';
import { twilioDocs } from './pages-heldout60-a2.js';

/**
 * Held-out batch 60, file a: a Stripe docs guide (docs.stripe.com: the top bar with search, "Ask AI" and sign-in, the product
 * tabs, the Billing sidebar, breadcrumbs, the "Copy page" menu, a lede, a callout, a code sample with its language switcher
 * and copy button, a test-card table, "See also", the "Was this page helpful?" box, the help links, the right-hand "On this
 * page" list, a hidden "Ask AI" panel, the cookie banner and the footer).
 */
const stTitle = 'Recover failed subscription payments';
const stLede = 'Retry declined renewal payments automatically and give customers a way to fix their payment details before a subscription lapses.';
const stIntro = [
  'When a renewal payment fails, the subscription doesn’t have to end. Most declines are temporary: a card reaches its limit near ' +
    'the end of the month, a bank flags an unusual amount, or a card expires before the customer adds a new one. Billing can retry ' +
    'these payments on a schedule you choose and email customers a link to update their details.',
  'This guide shows you how to set a retry schedule, decide what happens to a subscription when every retry fails, and listen for ' +
    'the events your integration needs to keep access in sync.',
];
const stH1 = 'Choose a retry schedule';
const stSchedule = [
  'Open the <a href="https://dashboard.stripe.com/revenue_recovery/retries">Revenue recovery settings</a> in the Dashboard and ' +
    'select <strong>Retries</strong>. You can keep the default schedule, which makes up to eight attempts over two weeks at times ' +
    'picked from the history of similar payments, or set a fixed schedule of your own.',
  'A fixed schedule suits businesses whose customers are paid on set days. A payroll software company, for example, might retry on ' +
    'the 1st and the 15th of the month, when its customers’ accounts are most likely to be funded.',
];
const stCallout =
  'Retries don’t apply to payments that the issuer declined with a hard decline code, such as <code>stolen_card</code> or ' +
  '<code>incorrect_number</code>. Retrying these only raises the chance that the issuer blocks later attempts from your account.';
const stH2 = 'Decide what happens after the last retry';
const stAfter = 'If every attempt fails, the subscription moves to the status you choose under <strong>Subscription status</strong>:';
const stOptions = [
  '<strong>Cancel the subscription</strong>. The customer loses access and has to subscribe again.',
  '<strong>Mark the subscription as unpaid</strong>. Invoices are still created but stay open until the customer updates their payment method.',
  '<strong>Leave the subscription past due</strong>. Useful when you want to decide case by case.',
];
const stAfter2 =
  'Most businesses that sell monthly plans cancel after the last retry. Businesses with annual contracts often mark the ' +
  'subscription as unpaid instead, so that an account manager can follow up before anything is switched off.';
const stH3 = 'Listen for retry events';
const stEvents = [
  'Each failed attempt creates an <code>invoice.payment_failed</code> event that includes the number of attempts so far and the ' +
    'time of the next one. Use it to show a banner in your app or to limit features, rather than waiting for the subscription ' +
    'itself to change status.',
  'When a retry succeeds, you receive <code>invoice.paid</code>. Restore access on that event, not on ' +
    '<code>customer.subscription.updated</code>, which can arrive before the payment is final.',
];
const stH4 = 'Test your integration';
const stTest =
  'Use these test cards to simulate each outcome. Attach the card to a test customer, create a subscription whose trial ends in ' +
  'one minute, and then advance the <a href="/billing/testing/test-clocks">test clock</a> to trigger the renewal.';
const stCards = [
  ['Number', 'Scenario'],
  ['4000 0000 0000 0341', 'Attaches to the customer, but the first renewal is declined.'],
  ['4000 0000 0000 9995', 'Declined with insufficient_funds on every attempt.'],
  ['4000 0000 0000 0119', 'Declined with processing_error once, then succeeds on the next retry.'],
];
const stTopNav = ['Get started', 'Payments', 'Revenue', 'Platforms and marketplaces', 'Money management', 'Developer resources', 'APIs & SDKs', 'Help'];
const stSide = ['Overview', 'Subscriptions', 'Invoicing', 'Usage-based billing', 'Quotes', 'Customer management'];
const stSideRr = ['Smart Retries', 'Customer emails', 'Recovery automations', 'Analytics'];
const stSide2 = ['Tax', 'Revenue reporting', 'Migrate to Billing'];
const stLangs = ['Ruby', 'Python', 'PHP', 'Java', 'Node.js', 'Go', '.NET'];
const stSee = ['Automate customer emails', 'Simulate renewals with test clocks', 'Collect overdue invoices'];
const stHelp = ['Need help? Contact Support.', 'Join our early access program.', 'Check out our changelog.', 'Questions? Contact Sales.'];
const code = [
  `<span class="token keyword">const</span> event <span class="token operator">=</span> stripe<span class="token punctuation">.</span>webhooks` +
    `<span class="token punctuation">.</span><span class="token function">constructEvent</span>(body<span class="token punctuation">,</span> sig, secret);`,
  `<span class="token keyword">if</span> (event<span class="token punctuation">.</span>type <span class="token operator">===</span> ` +
    `<span class="token string">'invoice.payment_failed'</span>) {`,
  '  <span class="token keyword">const</span> invoice = event.data.object;',
  '  <span class="token keyword">await</span> <span class="token function">limitAccount</span>(invoice.customer, invoice.next_payment_attempt);',
  '}',
];
const stHtml = `<!DOCTYPE html>
<html lang="en-US" class="docs-theme-light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${stTitle} | Stripe Documentation</title>
<meta name="description" content="${stLede}"><link rel="canonical" href="https://docs.stripe.com/billing/revenue-recovery/retries">
<style>.Callout{border-left:3px solid var(--color-info)}.token.keyword{color:#6c8eef}</style>
<script>window.__DOCS_CONFIG__={"locale":"en-US","section":"billing","experiments":{"ask_ai_panel":"treatment"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${stTitle}",
"publisher":{"@type":"Organization","name":"Stripe"}}</script>
</head><body class="docs-body">
<a class="SkipLink" href="#main-content">Skip to content</a>
<noscript><div class="NoScriptNotice">Some parts of this page need JavaScript to work.</div></noscript>
<header class="DocsHeader" data-testid="docs-header"><div class="DocsHeader-row">
<a class="DocsHeader-logo" href="/" aria-label="Stripe Docs"><svg aria-hidden="true" viewBox="0 0 60 25"><path d="M0 0h60v25H0z"/></svg>
<span class="DocsHeader-logoLabel">Docs</span></a>
<button class="SearchButton" type="button" data-testid="search-trigger"><span>Search the docs</span><kbd>/</kbd></button>
<button class="AskAIButton" type="button" aria-haspopup="dialog">Ask AI</button>
<div class="DocsHeader-actions"><a class="Button Button--secondary" href="https://dashboard.stripe.com/register">Create account</a>
<a class="Button Button--primary" href="https://dashboard.stripe.com/login">Sign in</a></div></div>
<nav class="ProductTabs" aria-label="Products"><ul>${links(stTopNav, 'ProductTabs-item')}</ul></nav></header>
<div class="DocsLayout"><nav class="Sidebar" aria-label="Billing"><div class="Sidebar-section"><p class="Sidebar-title">Billing</p>
<ul class="Sidebar-list">${links(stSide, 'Sidebar-item')}
<li class="Sidebar-item Sidebar-item--expanded"><button aria-expanded="true">Revenue recovery</button><ul>
<li class="Sidebar-item Sidebar-item--active"><a href="/billing/revenue-recovery/retries" aria-current="page">Retry failed payments</a></li>
${links(stSideRr, 'Sidebar-item')}</ul></li>${links(stSide2, 'Sidebar-item')}</ul></div></nav>
<main id="main-content" class="DocsMain"><article class="Document" data-doc-id="billing.revenue-recovery.retries">
<nav class="Breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/billing">Billing</a></li>
<li><a href="/billing/revenue-recovery">Revenue recovery</a></li></ol></nav>
<div class="Document-header"><h1 class="Document-title">${stTitle}</h1>
<div class="CopyPageMenu"><button type="button" class="CopyPageMenu-button">Copy page</button>
<div class="CopyPageMenu-popover" role="menu" hidden><a role="menuitem" href="/billing/revenue-recovery/retries.md">View as Markdown</a></div></div>
<p class="Document-lede">${stLede}</p></div>
<section class="Section">${stIntro.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section class="Section" id="schedule"><h2 class="Heading"><a class="Heading-anchor" href="#schedule" aria-hidden="true">#</a>${stH1}</h2>
${stSchedule.map((p) => `<p>${p}</p>`).join('\n')}
<div class="Callout Callout--info" role="note"><svg class="Callout-icon" aria-hidden="true"></svg><div class="Callout-content"><p>${stCallout}</p></div></div>
</section><section class="Section" id="after-retries"><h2 class="Heading">${stH2}</h2><p>${stAfter}</p>
<ul class="List">${stOptions.map((o) => `<li class="List-item">${o}</li>`).join('')}</ul><p>${stAfter2}</p></section>
<section class="Section" id="events"><h2 class="Heading">${stH3}</h2><p>${stEvents[0]}</p>
<div class="CodeBlock" data-language="node"><div class="CodeBlock-header"><span class="CodeBlock-filename">server.js</span>
<select class="CodeBlock-language" aria-label="Select a language">
${stLangs.map((l) => `<option${l === 'Node.js' ? ' selected' : ''}>${l}</option>`).join('')}</select>
<button type="button" class="CodeBlock-copy" aria-label="Copy code">Copy</button></div>
<pre class="CodeBlock-pre language-javascript"><code>${code.join('\n')}</code></pre></div>
<p>${stEvents[1]}</p></section>
<section class="Section" id="testing"><h2 class="Heading">${stH4}</h2><p>${stTest}</p>
<div class="Table-wrapper"><table class="Table"><thead><tr><th>${stCards[0]![0]}</th> <th>${stCards[0]![1]}</th></tr></thead><tbody>
${stCards
  .slice(1)
  .map(([n, s]) => `<tr><td><code>${n}</code></td> <td>${s}</td></tr>`)
  .join('\n')}
</tbody></table></div></section>
<section class="Section SeeAlso"><h2 class="Heading">See also</h2><ul>${links(stSee)}</ul></section>
</article>
<div class="DocFeedback" data-testid="doc-feedback"><p class="DocFeedback-question">Was this page helpful?</p>
<button type="button" data-value="yes">Yes</button><button type="button" data-value="no">No</button></div>
<ul class="HelpLinks">${stHelp.map((t) => `<li><a href="#">${t}</a></li>`).join('')}<li><a href="/llms.txt">LLM? Read llms.txt.</a></li></ul>
<p class="PoweredBy">Powered by <a href="https://markdoc.dev">Markdoc</a></p></main>
<aside class="TableOfContents" aria-label="On this page"><p class="TableOfContents-title">On this page</p><ul>
<li><a href="#schedule">${stH1}</a></li><li><a href="#after-retries">${stH2}</a></li><li><a href="#events">${stH3}</a></li>
<li><a href="#testing">${stH4}</a></li></ul></aside></div>
<div class="AskAIPanel" role="dialog" aria-label="Ask AI" hidden><p class="AskAIPanel-intro">Ask a question about building with Stripe.</p>
<p class="AskAIPanel-disclaimer">Answers are generated by AI and may be inaccurate.</p></div>
<div class="CookieBanner" role="region" aria-label="Cookie consent"><p>Stripe uses cookies to improve your experience and for marketing. Read our
<a href="https://stripe.com/cookie-settings">cookie policy</a>.</p><button>Accept all</button><button>Reject non-essential</button>
<button>Manage preferences</button></div>
<footer class="DocsFooter"><form class="DocsFooter-signup"><label for="dev-updates">Sign up for developer updates:</label>
<input id="dev-updates" type="email" placeholder="you@example.com"><button type="submit">Sign up</button></form>
<p class="DocsFooter-legal">© 2025 Stripe, Inc.</p></footer></body></html>`;
const stripeGuide: TestPage = {
  html: stHtml,
  name: 'heldout60-stripe-docs-guide',
  kind: 'docs',
  // the lede under the h1 is body (the guide's own summary, as a news dek is); the callout (no label word) and the option list
  // are body; the test-card table's cells, header cells included, are body, one string a cell; the code sample with its
  // filename is in neither list, its language options and "Copy" button are furniture; "See also" and its links are furniture;
  // the "On this page" entries repeat the headings (in neither list); the product tab "Payments" is a word of the title
  // (left out), the sidebar's current entry "Retry failed payments" is furniture; the breadcrumbs ("Billing", "Revenue
  // recovery") repeat the sidebar; the hidden "Ask AI" panel and the noscript notice are furniture; the page has no author or
  // date: no bylines
  title: stTitle,
  headings: [stH1, stH2, stH3, stH4],
  body: [
    stLede,
    ...texts(stIntro),
    ...texts(stSchedule),
    ...texts([stCallout, stAfter]),
    ...texts(stOptions),
    ...texts([stAfter2]),
    ...texts(stEvents),
    ...texts([stTest]),
    ...stCards.flat(),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Some parts of this page need JavaScript to work.', 'Docs', 'Search the docs', 'Ask AI', 'Create account', 'Sign in',
    ...stTopNav.filter((t) => t !== 'Payments'), 'Billing', ...stSide, 'Revenue recovery', 'Retry failed payments', ...stSideRr, ...stSide2,
    'Copy page', 'View as Markdown', ...stLangs, 'Copy', 'See also', ...stSee, 'Was this page helpful?', 'Yes', 'No',
    ...stHelp, 'LLM? Read llms.txt.', 'Powered by', 'Markdoc', 'On this page',
    'Ask a question about building with Stripe.', 'Answers are generated by AI and may be inaccurate.',
    'Stripe uses cookies to improve your experience and for marketing. Read our cookie policy.', 'Accept all', 'Reject non-essential',
    'Manage preferences', 'Sign up for developer updates:', 'Sign up', '© 2025 Stripe, Inc.',
  ],
};

export const HELDOUT60_A: readonly TestPage[] = [stripeGuide, twilioDocs];
