import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 60, file a2: a Twilio docs page (twilio.com/docs: the skip link, the docs header with product menus, search,
 * "Ask AI" and sign-in, the Messaging sidebar, breadcrumbs, a warning callout, a code sample with its title, language menu,
 * "Report" and "Copy" buttons and its response pane, a status table, the "Rate this page" widget with its hidden reasons form,
 * "Need some help?", the right-hand "On this page" list, the OneTrust cookie banner and the footer).
 */
const twTitle = 'Track the delivery status of outbound messages';
const twIntro = [
  'After you send a message with the Programmable Messaging API, it passes through several states before it reaches the ' +
    'recipient’s handset. Twilio can send an HTTP request to your application each time the state changes, so you don’t need ' +
    'to poll the Message resource to find out what happened.',
  'This page shows how to request status callbacks, what each status means, and what to check when callbacks don’t arrive.',
];
const twH1 = 'Request status callbacks';
const twReq = [
  'Include a <code>StatusCallback</code> parameter when you create the message. The value must be a publicly reachable URL. ' +
    'Twilio sends a <code>POST</code> request to that URL with the message SID, the new status and, for messages that fail, an error code.',
  'If you send through a Messaging Service, you can set a default callback URL on the service instead. A URL passed with an ' +
    'individual message overrides the service setting.',
];
const twWarn =
  'Callbacks can arrive out of order. A <code>delivered</code> callback sometimes reaches your server before the <code>sent</code> ' +
  'callback for the same message, so compare the timestamps or ignore any transition that moves backwards.';
const twH2 = 'Message status values';
const twStatus = [
  ['Status', 'Description'],
  ['queued', 'The API request was accepted and the message is waiting to be sent.'],
  ['sending', 'Twilio is handing the message to the nearest upstream carrier.'],
  ['sent', 'The carrier accepted the message.'],
  ['delivered', 'The carrier confirmed that the handset received the message.'],
  ['undelivered', 'The carrier reported that the message could not be delivered.'],
  ['failed', 'The message could not be sent, for example because the destination number was not valid.'],
];
const twH3 = 'Handle the callback';
const twHandle = [
  'Your endpoint should answer with a 2xx status code within 15 seconds. Twilio doesn’t retry a callback that times out unless ' +
    'you add a retry directive to the URL, so keep the handler short and move slow work, such as updating a CRM record, to a background job.',
  'Validate the <code>X-Twilio-Signature</code> header on every request before you trust the payload. The helper libraries ' +
    'include a function that does this for you.',
];
const twH4 = 'Troubleshoot missing callbacks';
const twTrouble = [
  'Check that the URL uses HTTPS and that its certificate is valid. Self-signed certificates are rejected.',
  'Look for the request in the Messaging logs in the Console. Each callback attempt is listed with the response your server returned.',
  'Make sure that a firewall or a bot-protection service isn’t blocking requests from Twilio.',
  'For messages to some countries, carriers never report delivery, and the last status you receive is <code>sent</code>.',
];
const twTop = ['Products', 'SDKs', 'Resources'];
const twSide = ['Overview', 'Quickstarts', 'Send messages', 'Receive and reply', 'Messaging Services', 'Compliance', 'API reference'];
const twSide2 = ['Error and warning dictionary', 'Changelog'];
const twLangs = ['Node.js', 'Python', 'C#', 'Java', 'Go', 'PHP', 'Ruby', 'twilio-cli', 'curl'];
const twReasons = [
  'Missing information or code',
  'Content is confusing or hard to follow',
  'Inaccurate or outdated information',
  'Broken link or typo',
  'Did not solve my problem',
  'Content is easy to follow',
  'Solved my problem',
  'Other',
];
const twFoot = ['Legal', 'Privacy Notice', 'Terms of service', 'Twilio status', 'Cookie preferences'];
const twCode = `<span class="ln">1</span><span class="token comment">// Download the helper library from https://www.twilio.com/docs/node/install</span>
<span class="ln">2</span><span class="token keyword">const</span> twilio = <span
class="token function">require</span>(<span class="token string">"twilio"</span>);
<span class="ln">3</span><span class="token keyword">const</span> client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
<span class="ln">4</span>
<span class="ln">5</span><span class="token keyword">const</span> message = <span class="token keyword">await</span> client.messages.<span
class="token function">create</span>({
<span class="ln">6</span>  body: <span class="token string">"Your order has shipped."</span>,
<span class="ln">7</span>  from: <span class="token string">"+15557122661"</span>,
<span class="ln">8</span>  statusCallback: <span class="token string">"https://example.com/message-status"</span>,
<span class="ln">9</span>  to: <span class="token string">"+15558675310"</span>,
<span class="ln">10</span>});
<span class="ln">11</span>console.log(message.sid);`;
const twResp = `{
  "account_sid": "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  "body": "Your order has shipped.",
  "status": "queued",
  "sid": "SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
}`;
const twHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${twTitle} | Twilio</title>
<meta name="description" content="Request status callbacks for outbound SMS and MMS messages and learn what each message status means.">
<link rel="stylesheet" href="/docs/_next/static/css/7f3a2c1e.css">
<script async src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="4f1c0b1a-twilio-docs"></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"event":"docs_page_view","product":"messaging","pageType":"guide"});</script>
</head><body><div id="__next">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="docs-header" data-paste-element="BOX"><a class="docs-header__logo" href="/docs"><span class="sr-only">Twilio</span>
<span class="docs-header__wordmark">Docs</span></a><nav aria-label="Main"><ul class="docs-header__menu">
${twTop.map((t) => `<li><button type="button" aria-expanded="false" data-paste-element="MENU_BUTTON">${t}</button></li>`).join('')}</ul></nav>
<button class="docs-search" type="button" aria-label="Search"><span>Search</span><kbd>Ctrl K</kbd></button>
<button class="docs-ai" type="button">Ask AI</button>
<a class="docs-header__login" href="https://login.twilio.com">Log in</a><a class="docs-header__signup" href="https://www.twilio.com/try-twilio">Sign up</a>
</header>
<div class="docs-layout"><nav class="docs-sidebar" aria-label="Programmable Messaging"><p class="docs-sidebar__product">Programmable Messaging</p>
<ul>${links(twSide, 'docs-sidebar__item')}<li class="docs-sidebar__item docs-sidebar__group"><span>Guides</span><ul>
<li class="docs-sidebar__item" aria-current="page"><a href="/docs/messaging/guides/track-outbound-message-status">Track delivery status</a></li>
${links(['Send scheduled messages', 'Handle opt-outs'], 'docs-sidebar__item')}</ul></li>${links(twSide2, 'docs-sidebar__item')}</ul></nav>
<main id="main" class="docs-content"><nav aria-label="Breadcrumb" class="breadcrumb"><ol>
<li><a href="/docs">Docs</a></li><li><a href="/docs/messaging">Messaging</a></li><li><span aria-current="page">Guides</span></li></ol></nav>
<h1 data-paste-element="HEADING">${twTitle}</h1>
${twIntro.map((p) => `<p data-paste-element="PARAGRAPH">${p}</p>`).join('\n')}
<h2 id="request-status-callbacks" data-paste-element="HEADING">${twH1}</h2><p data-paste-element="PARAGRAPH">${twReq[0]}</p>
<div class="code-sample" data-code-sample="send-message-with-status-callback"><div class="code-sample__header">
<span class="code-sample__title">Send a message with a status callback</span>
<select aria-label="Language">${twLangs.map((l) => `<option>${l}</option>`).join('')}</select>
<button type="button" class="code-sample__report">Report code block</button><button type="button" class="code-sample__copy">Copy code block</button></div>
<pre class="language-javascript line-numbers"><code>${twCode}</code></pre>
<div class="code-sample__response"><p class="code-sample__response-title">Response</p>
<button type="button" class="code-sample__copy">Copy response</button><pre class="language-json"><code>${twResp}</code></pre></div></div>
<p data-paste-element="PARAGRAPH">${twReq[1]}</p>
<aside class="callout callout--warning" data-paste-element="CALLOUT" role="note"><div class="callout__heading">Warning</div>
<p>${twWarn}</p></aside>
<h2 id="message-status-values" data-paste-element="HEADING">${twH2}</h2>
<div class="table-scroll"><table data-paste-element="TABLE"><thead><tr><th>${twStatus[0]![0]}</th>
<th>${twStatus[0]![1]}</th></tr></thead><tbody>
${twStatus
  .slice(1)
  .map(([s, d]) => `<tr><td><code>${s}</code></td>\n<td>${d}</td></tr>`)
  .join('\n')}
</tbody></table></div>
<h2 id="handle-the-callback" data-paste-element="HEADING">${twH3}</h2>
${twHandle.map((p) => `<p data-paste-element="PARAGRAPH">${p}</p>`).join('\n')}
<h2 id="troubleshoot" data-paste-element="HEADING">${twH4}</h2>
<ul data-paste-element="UNORDERED_LIST">${twTrouble.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<section class="rate-page" aria-labelledby="rate-page-title"><h2 id="rate-page-title" class="rate-page__title">Rate this page:</h2>
<div class="rate-page__stars">${[1, 2, 3, 4, 5].map((n) => `<button type="button" aria-label="${n} out of 5">★</button>`).join('')}</div>
<p class="rate-page__thanks" hidden>Thank you for your feedback!</p>
<form class="rate-page__reasons" hidden><p>Please select the reasons for your rating. Your answers help us improve our documentation.</p>
${twReasons.map((r) => `<label><input type="checkbox"> ${r}</label>`).join('\n')}
<textarea aria-label="Tell us more"></textarea><button type="submit">Send your suggestions</button></form></section>
<section class="need-help"><h2>Need some help?</h2><p>Get help from our support team, or ask the community on Stack Overflow
where Twilio engineers answer questions too.</p></section></main>
<aside class="docs-toc" aria-label="On this page"><p class="docs-toc__title">On this page</p><ul>
<li><a href="#request-status-callbacks">${twH1}</a></li><li><a href="#message-status-values">${twH2}</a></li>
<li><a href="#handle-the-callback">${twH3}</a></li><li><a href="#troubleshoot">${twH4}</a></li></ul></aside></div>
<footer class="docs-footer"><ul>${links(twFoot)}</ul><p>Copyright © 2025 Twilio Inc.</p></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies and similar technologies to run this site, to analyze how it is used and to personalize content.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
</body></html>`;
export const twilioDocs: TestPage = {
  html: twHtml,
  name: 'heldout60-twilio-docs',
  kind: 'docs',
  // the warning callout is body ("Warning" in neither); the status table's cells, header cells included, are body, one string
  // a cell; the code sample and its response pane are in neither list, its title, language menu and buttons are furniture;
  // "Rate this page" with its hidden thanks and reasons form, and "Need some help?" with its paragraph, are furniture (the
  // docs site's own boxes, not the guide); the "On this page" entries repeat the headings (in neither); the breadcrumb
  // "Guides" repeats the sidebar group; no author or date on the page: no bylines
  title: twTitle,
  headings: [twH1, twH2, twH3, twH4],
  body: [...texts(twIntro), ...texts(twReq), ...texts([twWarn]), ...twStatus.flat(), ...texts(twHandle), ...texts(twTrouble)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Twilio', 'Docs', ...twTop, 'Search', 'Ctrl K', 'Ask AI', 'Log in', 'Sign up', 'Programmable Messaging', ...twSide, 'Guides',
    'Track delivery status', 'Send scheduled messages', 'Handle opt-outs', ...twSide2, 'Messaging', 'Send a message with a status callback',
    ...twLangs, 'Report code block', 'Copy code block', 'Response', 'Copy response', 'Rate this page:', 'Thank you for your feedback!',
    'Please select the reasons for your rating. Your answers help us improve our documentation.', ...twReasons, 'Send your suggestions',
    'Need some help?', 'Get help from our support team, or ask the community on Stack Overflow where Twilio engineers answer questions too.',
    'On this page', ...twFoot, 'Copyright © 2025 Twilio Inc.',
    'We use cookies and similar technologies to run this site, to analyze how it is used and to personalize content.', 'Cookies Settings',
    'Reject All', 'Accept All Cookies',
  ],
};
