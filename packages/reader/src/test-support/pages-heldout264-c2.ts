import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file c2: a Stripe docs-style integration guide of an invented payments company, as a Next.js app
 * saves it (the site header with product menus, the left sidebar, "Copy page", numbered steps with a code panel and its
 * language tabs, a callout, "On this page", the helpful rating, the support / changelog links, the developer-updates
 * sign-up and the footer).
 */
const sTitle = 'Accept a payment with hosted checkout';
const sIntro = [
  j(
    'Hosted checkout is a payment page that Tollgate runs for you. You create a checkout session on your server, redirect the',
    'customer to the session\u2019s URL, and Tollgate sends the customer back to your site when the payment succeeds or is cancelled.',
  ),
  'This guide takes about twenty minutes and assumes you already have a Tollgate account and test-mode API keys.',
];
const sH = ['Set up the server', 'Create a checkout session', 'Redirect the customer', 'Fulfil the order', 'Test the integration', 'See also'] as const;
const sSetup = [
  j(
    'Install the Tollgate library for your language and configure it with your secret key. Keep the secret key on the server;',
    'it must never appear in browser code or in a mobile app.',
  ),
];
const sSession = [
  j(
    'Add an endpoint that creates a checkout session. Pass the line items, the mode, and the URLs the customer returns to.',
    'Use <code>mode: payment</code> for one-off purchases. For recurring charges, use <code>mode: subscription</code> instead.',
  ),
  'The response contains the session ID and the URL of the payment page. Sessions expire after 24 hours if the customer does not pay.',
];
const sCallout = j(
  'Prices must be created in the Dashboard or with the Prices API before you reference them in a session. Passing an amount',
  'directly is only possible with <code>price_data</code>, which creates a one-time price that is not listed in your catalogue.',
);
const sRedirect = [
  j(
    'Return the session URL to your front end and send the customer there with a 303 redirect. Do not embed the payment page',
    'in an iframe: hosted checkout refuses to load inside frames on other domains.',
  ),
];
const sFulfil = [
  j(
    'Do not rely on the customer reaching your success page, because they might close the browser first. Instead, listen for',
    'the <code>checkout.session.completed</code> event with a webhook endpoint and fulfil the order when it arrives.',
  ),
  'Your webhook handler should do three things:',
];
const sFulfilList = [
  'Verify the event signature with your endpoint\u2019s signing secret.',
  'Look up the order by the session ID and check that it has not been fulfilled already.',
  'Mark the order as paid and start delivery, then return a 200 response quickly.',
];
const sTest = ['Use these test card numbers in test mode, with any future expiry date and any three-digit security code:'];
const sRows = [
  ['4000 0025 0000 1001', 'Payment succeeds'],
  ['4000 0000 0000 9995', 'Payment is declined for insufficient funds'],
  ['4000 0027 6000 3184', 'Payment requires authentication'],
];
const sSee = ['Customize the checkout page', 'Collect taxes automatically', 'Handle refunds'];
const sTop = ['Products', 'Solutions', 'Developers', 'Resources', 'Pricing'];
const sDocNav = ['Get started', 'Payments', 'Billing', 'Connect', 'Developer tools'];
const sSide = ['Payments overview', 'Online payments', 'Hosted checkout page', 'Embedded form', 'Payment links', 'Payment methods', 'Refunds and disputes'];
const sToc = ['Set up the server', 'Create a checkout session', 'Redirect the customer', 'Fulfil the order', 'Test the integration'];
const sLangs = ['Node.js', 'Python', 'Ruby', 'PHP', 'Java', 'Go', '.NET'];
const sHelp = ['Need help? Contact Support.', 'Join our early access program.', 'Check out our changelog.', 'Questions? Contact Sales.'];
const sFoot = ['Privacy', 'Terms', 'Sitemap', 'Status', 'Cookie settings'];
const step = (n: number, h: string, inner: string): string => `<section class="Step" data-step="${n}"><div class="Step-number" aria-hidden="true">${n}</div>
<h2 class="Heading Heading--step" id="${h.toLowerCase().replace(/ /g, '-')}"><span class="Heading-text">${h}</span></h2><div class="Step-body">${inner}</div>
</section>`;
const sHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${sTitle} | Tollgate Documentation</title><meta name="description" content="Redirect customers to a Tollgate-hosted payment page."/>
<meta property="og:title" content="${sTitle}"/><meta property="og:site_name" content="Tollgate Documentation"/>
<link rel="preload" href="/_next/static/media/sohne-var.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/5f3c2a9d1e.css" data-precedence="next"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${sTitle}","publisher":"Tollgate"}</script>
</head><body class="DocsRoot"><div id="__next"><div class="Banner Banner--consent" role="region" aria-label="Cookie consent"><p>We use cookies to improve
your experience and for marketing. Read our cookie policy.</p><button class="Button Button--primary">Accept all</button><button class="Button">Reject
non-essential</button><button class="Button Button--link">Manage preferences</button></div>
<header class="SiteHeader"><div class="SiteHeader-top"><a class="SiteHeader-logo" href="https://tollgate.example">Tollgate</a><span
class="SiteHeader-docs">Docs</span>
<nav class="SiteHeader-menu" aria-label="Main"><ul>${links(sTop, 'SiteHeader-item')}</ul></nav><div class="SiteHeader-actions"><button
class="SearchButton">Search the docs</button><a class="SiteHeader-link" href="https://dashboard.tollgate.example/login">Sign in</a><a
class="Button Button--primary" href="https://dashboard.tollgate.example/register">Create account</a></div></div>
<nav class="DocsNav" aria-label="Documentation"><ul>${links(sDocNav, 'DocsNav-item')}</ul></nav></header>
<div class="DocsPage"><aside class="Sidebar" aria-label="Section navigation"><nav><ul class="Sidebar-list">${links(sSide, 'Sidebar-item')}</ul></nav>
</aside><main class="DocsPage-main"><article class="Document" data-markdoc="true"><div class="Document-header">
<h1 class="Heading Heading--title" id="accept-a-payment">${sTitle}</h1><div class="Document-actions"><button class="CopyPage">Copy page</button>
<button class="AskAI">Ask about this page</button></div></div>
<div class="Document-lede">${ps(sIntro)}</div>
${step(1, sH[0], ps(sSetup))}
<div class="CodePanel"><div class="CodePanel-tabs" role="tablist">${sLangs.map((l) => `<button role="tab" class="CodePanel-tab">${l}</button>`).join('')}
</div><button class="CodePanel-copy">Copy</button><pre class="CodePanel-code"><code>npm install @tollgate/node</code></pre></div>
${step(
  2,
  sH[1],
  `${ps(sSession.slice(0, 1))}<pre class="CodePanel-code"><code>const session = await tollgate.checkout.sessions.create({ mode: 'payment',
  line_items: [{ price: 'price_1Pk', quantity: 1 }], success_url: 'https://shop.example/done' });</code></pre>
${ps(sSession.slice(1))}<div class="Callout Callout--caution" role="note"><div class="Callout-title">Caution</div><p>${sCallout}</p></div>`,
)}
${step(3, sH[2], ps(sRedirect))}
${step(4, sH[3], `${ps(sFulfil)}<ol>${lis(sFulfilList)}</ol>`)}
${step(
  5,
  sH[4],
  `${ps(sTest)}<table class="Table"><thead><tr><th>Card number</th><th>Scenario</th></tr></thead><tbody>
${sRows.map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>`,
)}
<h2 class="Heading" id="see-also">${sH[5]}</h2><ul>${sSee.map((t) => `<li><a href="/docs/${t.length}">${t}</a></li>`).join('\n')}</ul>
</article><div class="Feedback"><p class="Feedback-question">Was this page helpful?</p><button class="Feedback-yes">Yes</button><button
class="Feedback-no">No</button></div><ul class="HelpLinks">${sHelp.map((h) => `<li class="HelpLinks-item">${h}</li>`).join('')}</ul>
<form class="DevUpdates"><p class="DevUpdates-label">Sign up for developer updates:</p><input type="email" aria-label="Email"/><button type="submit">Sign
up</button><p class="DevUpdates-fine">You can unsubscribe at any time. Read our privacy policy.</p></form></main>
<aside class="Toc" aria-label="On this page"><p class="Toc-title">On this page</p><ul>${links(sToc, 'Toc-item')}</ul></aside></div>
<footer class="SiteFooter"><ul>${links(sFoot, 'SiteFooter-item')}</ul><p class="SiteFooter-copy">© 2026 Tollgate, Inc.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"path":"/payments/hosted-checkout","locale":"en-US"}},"page":"/[...slug]",
"buildId":"b7c0a1","isFallback":false,"gsp":true}</script></body></html>`;
export const stripe: TestPage = {
  name: 'heldout264-stripe-docs-guide',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sH],
  body: texts([...sIntro, ...sSetup, ...sSession, sCallout, ...sRedirect, ...sFulfil, ...sFulfilList, ...sTest, ...sRows.flat(), ...sSee]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'We use cookies to improve your experience and for marketing. Read our cookie policy.', 'Accept all', 'Reject non-essential',
    'Manage preferences', ...sTop, 'Docs', 'Search the docs', 'Sign in', 'Create account', ...sDocNav, ...sSide, 'Copy page', 'Ask about this page',
    ...sLangs.filter((l) => l.length > 2), 'Copy', 'Was this page helpful?', ...sHelp, 'Sign up for developer updates:',
    'You can unsubscribe at any time. Read our privacy policy.', 'On this page', ...sFoot, '© 2026 Tollgate, Inc.',
  ]),
};
