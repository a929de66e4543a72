import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';

/**
 * Held-out batch 126, file e2: a Stripe documentation guide (docs.stripe.com as saved: skip link, the top bar with product
 * menus, search, "Create account" and "Sign in", the left navigation, breadcrumbs, the subtitle, "Copy page" and "Ask about this
 * page" buttons, a callout, a language-tabbed code sample with the "Sign in to see your test keys" hint, the "Was this page
 * helpful?" box with the help links, the "On this page" and "Related guides" rail, the developer-updates sign-up and footer).
 */
const title = 'Collect a refundable deposit';
const subtitle = 'Hold funds on a customer\u2019s card during a rental and release them when the item comes back.';
const h2 = (t: string): string =>
  `<h2 class="Heading Heading--h2" id="${anchor(t)}"><a class="Heading-anchor" href="#${anchor(t)}" aria-hidden="true"></a>${t}</h2>`;
const c = (s: string): string => `<code class="InlineCode">${s}</code>`;
const langs = ['Ruby', 'Python', 'PHP', 'Node.js', 'Go', 'Java', '.NET'];
const art = new Art()
  .p([
    `Rental businesses often need security against damage or late returns without charging the customer up front. With Stripe you can
authorize the deposit amount when the rental starts, keep the funds on hold, and then release the hold or capture part of it when the rental
ends.`,
  ])
  .raw(
    `<div class="Callout Callout--info" role="note"><div class="Callout-icon" aria-hidden="true"></div><div class="Callout-content">
<div class="Callout-title">Hold limits</div>`,
  )
  .p(
    [
      `Most card networks let you hold an authorization for 7 days. Some cards and business types allow up to 31 days with extended
authorization. If your rentals can run longer, collect the deposit with a saved payment method instead.`,
    ],
    (t) => `<p>${t}</p></div></div>`,
  )
  .h('How deposits work', h2)
  .p(['A deposit is a PaymentIntent that you authorize but don\u2019t capture straight away. The flow has three steps:'])
  .list(
    [
      `When the rental starts, create a PaymentIntent with ${c('capture_method=manual')} for the deposit amount and confirm it with the
customer\u2019s card.`,
      'While the rental runs, the funds are held on the card and the customer sees a pending charge on their statement.',
      'When the item comes back, cancel the PaymentIntent to release the hold, or capture some or all of it to keep part of the deposit.',
    ],
    '<ol class="List List--ordered">',
    '</ol>',
  )
  .h('Create a PaymentIntent with manual capture', h2)
  .p([
    `On your server, create the PaymentIntent when the customer checks out. Set ${c('capture_method')} to ${c('manual')}, and store the
rental ID in ${c('metadata')} so you can find the deposit again later.`,
  ])
  .raw(`<div class="CodeBlock" data-testid="code-block"><div class="CodeBlock-header"><div class="LanguageSelector" role="tablist">${langs
    .map((t, i) => `<button type="button" role="tab" aria-selected="${i === 0}" class="LanguageSelector-tab">${t}</button>`)
    .join(
      '',
    )}</div><button type="button" class="CodeBlock-copy" aria-label="Copy code">Copy</button></div><pre class="CodeBlock-pre"><code class="language-ruby">
<span class="token comment"># Set your secret key. Remember to switch to your live secret key in production.</span>
Stripe.api_key = <span class="token string">'sk_test_&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;'</span>

intent = Stripe::PaymentIntent.create({
  amount: <span class="token number">25000</span>,
  currency: <span class="token string">'eur'</span>,
  capture_method: <span class="token string">'manual'</span>,
  payment_method_types: [<span class="token string">'card'</span>],
  metadata: {rental_id: <span class="token string">'R-4471'</span>},
})</code></pre><div class="CodeBlock-footer"><a class="CodeBlock-signin" href="/login?redirect=%2Fpayments%2Frefundable-deposits">Sign in to see your test
keys in code samples.</a></div></div>`)
  .p([
    `Confirm the PaymentIntent on the client as you would for any card payment. After confirmation its status is ${c('requires_capture')},
which means the funds are held but not yet moved.`,
  ])
  .h('Release or keep the deposit', h2)
  .p(['When the rental ends, decide what to do with the hold:'])
  .list([
    `To return the whole deposit, cancel the PaymentIntent. The hold is released and, depending on the bank, disappears from the customer\u2019s
statement within a few days.`,
    `To keep part of it, capture with ${c('amount_to_capture')} set to the amount you\u2019re keeping. The rest of the hold is released
automatically.`,
    'To keep all of it, capture without an amount.',
  ])
  .p([
    `Tell the customer what you captured and why. A short receipt that lists the damage or the late days reduces disputes, and Stripe sends
the receipt for you if you set ${c('receipt_email')}.`,
  ])
  .h('Extend the hold', h2)
  .p([
    `If a rental is extended beyond the authorization window, the hold expires and the PaymentIntent is canceled. Before that happens, you
can create a new PaymentIntent for the deposit using the customer\u2019s saved card, then cancel the old one so the customer isn\u2019t held twice.`,
  ]);
const top = ['Skip to content', 'Docs', 'Get started', 'Payments', 'Revenue', 'Platforms and marketplaces', 'Money management', 'Developer resources'];
const top2 = ['APIs & SDKs', 'Help', 'Search', 'Create account', 'Sign in'];
const left = ['Overview', 'Accept a payment', 'Online payments', 'Place a hold on a payment method', 'Save payment details', 'Refunds and disputes'];
const tools = ['Copy page', 'Ask about this page', 'Copy'];
const help = ['Was this page helpful?', 'Yes', 'No', 'Need help? Contact Support.', 'Join our early access program.', 'Check out our changelog.'];
const help2 = ['Questions? Contact Sales.', 'LLM? Read llms.txt.', 'Powered by Markdoc'];
const rail = ['On this page', 'Related guides', 'Refund and cancel payments', 'Payment Intents API'];
const signup = ['Sign up for developer updates:', 'Sign up', 'You can unsubscribe at any time. Read our privacy policy.'];
const foot = ['© 2025 Stripe, Inc.', 'Privacy', 'Terms', 'Cookie settings', 'Status', 'Sitemap'];
const aTag = (t: string): string => `<a href="/${anchor(t)}" class="Link">${t.replace('&', '&amp;')}</a>`;
const html = `<!DOCTYPE html>
<html lang="en-US" class="docs-root" data-theme="light"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Stripe Documentation</title><meta name="description" content="${subtitle}"><meta property="og:title" content="${title}">
<meta property="og:description" content="${subtitle}"><meta property="og:site_name" content="Stripe Documentation"><meta property="og:type" content="article">
<meta property="og:image" content="https://docs.stripe.com/images/og-docs.png"><meta name="twitter:site" content="@stripe"><meta
name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://docs.stripe.com/payments/refundable-deposits"><link rel="alternate" hreflang="de-DE"
href="https://docs.stripe.com/payments/refundable-deposits?locale=de-DE">
<link rel="alternate" type="text/markdown" href="https://docs.stripe.com/payments/refundable-deposits.md"><link rel="stylesheet"
href="/assets/compiled/css/docs-8b2f1a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${title}","description":"${subtitle}",
"publisher":{"@type":"Organization","name":"Stripe"}}</script><script src="https://js.stripe.com/v3/" async></script><script
src="/assets/compiled/js/docs-3c91d0.js" defer></script>
</head><body class="Docs"><div id="__next"><a class="SkipLink" href="#main-content">${top[0]}</a><header class="TopBar" role="banner"><div class="TopBar-left">
<a class="TopBar-logo" href="/" aria-label="Stripe Docs"><svg viewBox="0 0 60 25" aria-hidden="true"><path d="M59.64
14.28h-8.06"></path></svg><span class="TopBar-product">${top[1]}</span></a>
<nav class="TopBar-nav" aria-label="Products"><ul>${top
  .slice(2)
  .map((t) => `<li class="TopBar-navItem">${aTag(t)}</li>`)
  .join('')}</ul></nav></div><div class="TopBar-right">${top2
  .slice(0, 2)
  .map((t) => `<a class="TopBar-link" href="/${anchor(t)}">${t.replace('&', '&amp;')}</a>`)
  .join('')}<button type="button" class="SearchButton" aria-label="Search the docs or ask a question"><span class="SearchButton-label">${top2[2]}</span>
<kbd>/</kbd></button><a class="Button Button--secondary" href="https://dashboard.stripe.com/register">${top2[3]}</a><a class="Button Button--primary"
href="https://dashboard.stripe.com/login">${top2[4]}</a></div></header>
<div class="DocsLayout"><nav class="Sidebar" aria-label="Payments"><div class="Sidebar-title">Payments</div><ul class="Sidebar-list">${left
  .map((t) => `<li class="Sidebar-item${t === 'Online payments' ? ' Sidebar-item--expanded' : ''}">${aTag(t)}</li>`)
  .join('')}</ul></nav>
<main id="main-content" class="DocsLayout-main"><article class="Document"><nav class="Breadcrumbs" aria-label="Breadcrumb"><ol><li>${aTag('Payments')}</li>
<li>${aTag('Online payments')}</li></ol></nav><header class="Document-header"><h1 class="Document-title">${title}</h1><p
class="Document-subtitle">${subtitle}</p>
<div class="PageTools"><button type="button" class="PageTools-button">${tools[0]}</button><button type="button"
class="PageTools-button">${tools[1]}</button></div></header>
<div class="Document-content">
${art.html}
</div><section class="Feedback" aria-labelledby="feedback-title"><h2 id="feedback-title" class="Feedback-title">${help[0]}</h2><div class="Feedback-buttons">
<button type="button">${help[1]}</button><button type="button">${help[2]}</button></div><ul class="Feedback-links">${[...help.slice(3), ...help2.slice(0, 2)]
  .map((t) => `<li><a href="/${anchor(t)}">${t}</a></li>`)
  .join('')}</ul><p class="Feedback-powered">${help2[2]}</p></section></article></main>
<aside class="DocsLayout-rail"><nav class="TableOfContents" aria-label="${rail[0]}"><div class="TableOfContents-title">${rail[0]}</div><ul>${art.headings
  .map((t) => `<li><a href="#${anchor(t)}">${t}</a></li>`)
  .join('')}</ul></nav><section class="RelatedGuides"><h2 class="RelatedGuides-title">${rail[1]}</h2><ul><li>${aTag(left[3] ?? '')}</li>
<li>${aTag(rail[2] ?? '')}</li><li>${aTag(rail[3] ?? '')}</li></ul></section></aside></div>
<footer class="Footer"><form class="Footer-signup" action="/newsletter" method="post"><label for="footer-email">${signup[0]}</label><input
id="footer-email" type="email"
placeholder="your@email.com"><button type="submit">${signup[1]}</button><p class="Footer-fineprint">${signup[2]}</p></form><ul class="Footer-links">${foot
  .map((t) => `<li><a href="https://stripe.com/${anchor(t)}">${t}</a></li>`)
  .join('')}</ul></footer></div></body></html>`;
export const stripePage: TestPage = {
  name: 'heldout126-stripe-docs',
  kind: 'docs',
  html,
  // the subtitle is body; the callout title ("Hold limits") is a label in neither list, its text is body; the code sample,
  // its language tabs and "Copy" are in neither list or furniture; the "On this page" entries repeat the headings and are left out
  title,
  headings: art.headings,
  body: [subtitle, ...art.body],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([...top, ...top2, ...left, ...tools, ...langs, 'Sign in to see your test keys in code samples.',
    ...help, ...help2, ...rail, ...signup, ...foot]),
  ],
};
