import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 156, file c2: a Twilio documentation page (the Next.js docs site) as saved (the docs header with product
 * menu, search with its keyboard hint, "Log in" and "Sign up", the product sidebar, breadcrumbs, code samples with language
 * tabs, "Copy code block" and "Report code block" buttons and sample captions, a warning callout, a status table, the
 * "On this page" list, "Rate this page" with its stars, the "Need some help?" box, the footer and the consent banner).
 */
const twTitle = 'Track message delivery with status callbacks';
const twIntro = [
  'When you send a message through the Messaging API, Twilio accepts it right away and delivers it in the background. A ' +
    'status callback tells your application what happened next: whether the message was sent to the carrier, delivered to ' +
    'the handset, or failed along the way.',
  'This guide shows you how to request status callbacks, what each status means, and how to handle callbacks safely in ' + 'production.',
];
const twH1 = 'Request a status callback';
const twP1 = [
  'Add the <code>StatusCallback</code> parameter to your request with a URL that your application controls. Twilio sends ' +
    'an HTTP <code>POST</code> request to that URL every time the status of the message changes.',
];
const twCodeCap = 'Send a message with a status callback URL';
const twCode = `// Download the helper library from https://www.twilio.com/docs/node/install
const twilio = require("twilio");
const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

async function createMessage() {
  const message = await client.messages.create({
    body: "Your table at Marlow Kitchen is ready.",
    from: "+15017122661",
    statusCallback: "https://example.net/hooks/sms-status",
    to: "+15558675310",
  });
  console.log(message.sid);
}

createMessage();`;
const twH2 = 'Message statuses';
const twP2 = ['A message moves through some or all of the following statuses. Your callback URL receives one request for each change.'];
const twRows: [string, string][] = [
  ['queued', 'The API request was accepted and the message is waiting to be sent.'],
  ['sent', 'Twilio handed the message to the carrier or the upstream provider.'],
  ['delivered', 'The carrier confirmed that the handset received the message.'],
  ['undelivered', 'The carrier could not deliver the message, for example because the number is unreachable.'],
  ['failed', 'The message could not be sent at all. Check the error code in the callback for the reason.'],
];
const twWarn =
  'Status callbacks can arrive out of order. A <code>delivered</code> callback may reach your server before the ' +
  '<code>sent</code> callback for the same message, so don’t assume that each status replaces the previous one.';
const twH3 = 'Handle callbacks in production';
const twList = [
  'Respond with a <code>200 OK</code> within 15 seconds. If your server takes longer or returns an error, Twilio retries the request.',
  'Validate the <code>X-Twilio-Signature</code> header on every request so that you only process callbacks that came from Twilio.',
  'Store the status along with the time you received it, and keep the most advanced status rather than the most recent one.',
  'Use the <code>ErrorCode</code> parameter to tell temporary carrier problems apart from permanent ones such as invalid numbers.',
];
const twH4 = 'What’s next?';
const twP4 = [
  'Once you are tracking delivery, you can use the same callback URL to update your own records, trigger a follow-up ' +
    'message, or alert your support team when a message to an important customer fails.',
];
const twTop = ['Products', 'Docs', 'Pricing', 'Customer Stories'];
const twSide = ['Messaging overview', 'Quickstarts', 'Send messages', 'Receive messages', 'Messaging Services', 'Compliance', 'API reference'];
const twCrumbs = ['Docs', 'Messaging', 'Guides'];
const twLangs = ['Node.js', 'Python', 'C#', 'Java', 'Go', 'PHP', 'Ruby', 'twilio-cli', 'curl'];
const twHelp = [
  'Need some help?',
  'We all do sometimes. Get help from our support team, or browse the Twilio tag on Stack Overflow.',
  'Get help',
  'Browse the Twilio tag',
];
const twFoot = ['Legal', 'Privacy', 'Cookie Preferences', 'Accessibility', 'Status', 'Twilio.org', 'Careers'];
const twConsent =
  'We use cookies and similar technologies to improve your browsing experience, analyze traffic and personalize content. ' +
  'Select “Manage preferences” to choose which cookies we use.';
const twHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="default"><head><meta charset="utf-8"><title>${twTitle} | Twilio</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Use status callbacks to track delivery.">
<meta property="og:title" content="${twTitle} | Twilio"><meta property="og:type" content="website"><meta name="twitter:site" content="@twilio">
<link rel="canonical" href="https://www.twilio.com/docs/messaging/guides/track-outbound-message-status">
<link rel="preload" as="font" href="/docs/_next/static/media/twilio-sans-text.woff2" crossorigin="">
<link rel="stylesheet" href="/docs/_next/static/css/4e9d0c1b8a.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="twilio-docs"></script></head>
<body><div id="__next"><a class="skip-link" href="#main-content">Skip to content</a>
<header class="docs-header" data-paste-element="BOX"><a class="docs-header__logo" href="/docs"><span class="visually-hidden">Twilio</span>
<span class="docs-header__wordmark">Docs</span></a><nav aria-label="Main"><ul class="docs-header__nav">${links(twTop, 'docs-header__item')}</ul></nav>
<button class="docs-search" type="button" data-paste-element="BUTTON">Search docs<kbd>Ctrl</kbd><kbd>K</kbd></button>
<a class="docs-header__login" href="https://www.twilio.com/login">Log in</a>
<a class="docs-header__signup" data-paste-element="BUTTON" href="https://www.twilio.com/try-twilio">Sign up</a></header>
<div class="docs-layout"><nav class="docs-sidebar" aria-label="Messaging"><p class="docs-sidebar__product">Messaging</p>
<ul>${links(twSide, 'docs-sidebar__item')}</ul></nav>
<main id="main-content" class="docs-main"><nav aria-label="Breadcrumb" class="docs-breadcrumb"><ol>
${twCrumbs.map((t, i) => `<li data-paste-element="BREADCRUMB_ITEM"><a href="/docs/${i}">${t}</a></li>`).join('\n')}</ol></nav>
<article class="docs-article"><h1 data-paste-element="HEADING">${twTitle}</h1>
${twIntro.map((t) => `<p data-paste-element="PARAGRAPH">${t}</p>`).join('\n')}
<h2 id="request-a-status-callback" data-paste-element="HEADING">${twH1}</h2>
<p data-paste-element="PARAGRAPH">${twP1[0]}</p>
<div class="code-sample" data-paste-element="CODE_SAMPLE"><div class="code-sample__header"><p class="code-sample__title">${twCodeCap}</p>
<div role="tablist" class="code-sample__tabs">${twLangs.map((l, i) => `<button role="tab" aria-selected="${i === 0}">${l}</button>`).join('')}</div>
<button class="code-sample__copy" aria-label="Copy code block">Copy code block</button>
<button class="code-sample__report" aria-label="Report code block">Report code block</button></div>
<pre><code class="language-javascript">${twCode}</code></pre></div>
<h2 id="message-statuses" data-paste-element="HEADING">${twH2}</h2>
<p data-paste-element="PARAGRAPH">${twP2[0]}</p>
<table data-paste-element="TABLE"><thead><tr><th>Status</th><th>Description</th></tr></thead><tbody>
${twRows.map(([s, d]) => `<tr><td><code>${s}</code></td><td>${d}</td></tr>`).join('\n')}
</tbody></table>
<div class="callout callout--warning" data-paste-element="CALLOUT" role="note"><p class="callout__title">Warning</p><p>${twWarn}</p></div>
<h2 id="handle-callbacks-in-production" data-paste-element="HEADING">${twH3}</h2>
<ul>${twList.map((t) => `<li data-paste-element="LIST_ITEM">${t}</li>`).join('\n')}</ul>
<h2 id="whats-next" data-paste-element="HEADING">${twH4}</h2>
<p data-paste-element="PARAGRAPH">${twP4[0]}</p>
</article>
<section class="docs-rating" aria-label="Rate this page"><p class="docs-rating__label">Rate this page:</p><div class="docs-rating__stars">
${[1, 2, 3, 4, 5].map((n) => `<button aria-label="${n} star">${n}</button>`).join('')}</div>
<p class="docs-rating__thanks" hidden>Thanks for rating this page!</p>
</section>
<section class="docs-help" data-paste-element="CARD"><h2>${twHelp[0]}</h2><p>${twHelp[1]}</p>
<a href="https://help.twilio.com/">${twHelp[2]}</a> <a href="https://stackoverflow.com/questions/tagged/twilio">${twHelp[3]}</a></section></main>
<aside class="docs-toc" aria-label="On this page"><p class="docs-toc__title">On this page</p><ul>
<li><a href="#request-a-status-callback">${twH1}</a></li><li><a href="#message-statuses">${twH2}</a></li>
<li><a href="#handle-callbacks-in-production">${twH3}</a></li><li><a href="#whats-next">${twH4}</a></li></ul></aside></div>
<footer class="docs-footer" role="contentinfo"><p class="docs-footer__copy">Copyright © 2025 Twilio Inc.</p><ul>${links(twFoot)}</ul></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${twConsent}</p>
<button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"messaging/guides/track-outbound-message-status"}},
"page":"/[...slug]"}</script>
<script src="/docs/_next/static/chunks/main-app-7f1c.js" async></script></body></html>`;
export const twilioPage: TestPage = {
  html: twHtml,
  name: 'heldout156-twilio-docs',
  kind: 'docs',
  // table data cells and the warning text are body (the callout label "Warning" is furniture); code, the code sample's
  // caption, language tabs and buttons are not body (caption and buttons furniture); the footer's "Status" is a word of
  // a short table cell and left out
  title: twTitle,
  headings: [twH1, twH2, twH3, twH4],
  body: texts([...twIntro, ...twP1, ...twP2, ...twRows.flat(), twWarn, ...twList, ...twP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...twTop, 'Search docs', 'Log in', 'Sign up', 'Messaging', ...twSide, 'Guides', twCodeCap, ...twLangs, 'Copy code block',
    'Report code block', 'Warning', 'Rate this page:', 'Thanks for rating this page!', ...twHelp, 'On this page', 'Copyright © 2025 Twilio Inc.',
    ...twFoot.filter((t) => t !== 'Status'), twConsent, 'Manage preferences', 'Accept all',
  ],
};
