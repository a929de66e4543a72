import { links, type TestPage, texts } from './page-kit.js';
import { appleBeta } from './pages-heldout99-c2.js';

/**
 * Held-out batch 99, file c: a Twilio docs page for a Public Beta feature (twilio.com/docs) (skip link, the site header with
 * search, "Log in" / "Sign up" and "Talk to sales", the product side nav, breadcrumbs, the "Public Beta" and "Legal notice"
 * callouts that open the page body, "(information)" style callouts inside the text, a multi-language code sample with its
 * language picker, copy and report buttons, the "Rate this page" stars with the hidden feedback form, the "Need some help?"
 * box, the "On this page" rail, the footer and the OneTrust cookie banner) and, from file c2, an Apple Developer article.
 */
const twTitle = 'Generate call summaries with Language Operators';
const twBeta =
  'Call summaries are currently available as a Public Beta product and the information contained in this document is subject to change. ' +
  'Some features are not yet implemented and others may be changed before the product is declared as Generally Available. Public Beta ' +
  'products are not covered by a Twilio SLA.';
const twLegal =
  'Call summaries use artificial intelligence and machine learning technologies. By enabling them you acknowledge that their output may be ' +
  'inaccurate and that you are responsible for reviewing it before relying on it. Learn more in the Predictive and Generative AI/ML Features ' +
  'Addendum.';
const twIntro = [
  'A call summary is a short, readable account of a conversation that Voice Intelligence writes for you after a recording has been ' +
    'transcribed. Instead of reading a twenty-minute transcript, an agent or supervisor reads four or five sentences that say why the customer ' +
    'called, what was agreed and what still has to happen.',
  'Summaries are produced by a prebuilt Language Operator. You add the operator to a Voice Intelligence Service once, and every transcript ' +
    'created in that Service afterwards gets a summary as one of its Operator Results.',
];
const twH1 = 'Before you begin';
const twList1 = [
  'A Twilio account with Voice Intelligence enabled. New accounts can enable it in the Console under Voice Intelligence &gt; Services.',
  'A Voice Intelligence Service. Note its SID, which starts with <code>GA</code>.',
  'Recordings in a supported language. During the beta, summaries are generated for English transcripts only.',
];
const twH2 = 'Add the summary operator to a Service';
const twP2 = [
  'Find the operator’s SID by listing the prebuilt operators and looking for the one named <em>Call Summary</em>. Then attach it to your ' +
    'Service. Attaching an operator is idempotent, so it does no harm to run the request again.',
];
const twInfo =
  'Operators only run on transcripts created after they are attached. To summarize older calls, create a new transcript from the same ' + 'recording.';
const twH3 = 'Read the summary';
const twP3 = [
  'When a transcript’s status changes to <code>completed</code>, fetch its Operator Results. The summary result has an ' +
    '<code>operator_type</code> of <code>text-generation</code>, and the text itself is in the <code>text_generation_results</code> field.',
  'Harbor Street Dental, a practice group with nine clinics, reads the summary in a webhook handler and writes it to the patient’s record ' +
    'in their scheduling system. Front-desk staff see at a glance whether the patient asked to move an appointment, queried a bill or needs a ' +
    'call back from a hygienist.',
];
const twH4 = 'Limits and pricing';
const twP4 = [
  'Summaries are billed per transcript minute in addition to the transcription itself. During the Public Beta, each Service can run up to ' +
    '500 summaries an hour; requests above that limit are queued rather than rejected.',
  'Summaries are generated from the transcript alone. If PII redaction is turned on for the Service, the summary is written from the redacted ' +
    'text, so names and card numbers removed from the transcript will not reappear in it.',
];
const twNav = ['Docs', 'Products', 'SDKs', 'Tools', 'Changelog', 'Support'];
const twSide = [
  'Voice Intelligence',
  'Overview',
  'Onboarding guide',
  'Key concepts',
  'Language Operators',
  'Prebuilt operators',
  'Custom operators',
  'PII redaction',
  'API reference',
  'Changelog',
];
const twCrumbs = ['Docs', 'Voice Intelligence', 'Language Operators'];
const twLangs = ['Node.js', 'Python', 'C#', 'Java', 'Go', 'PHP', 'Ruby', 'twilio-cli', 'curl'];
const twRate = ['Rate this page:', '1', '2', '3', '4', '5'];
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
const twHelp = 'We all do sometimes; code is hard. Get help now from our support team, or ask the developer community on Stack Overflow.';
const twFoot = ['Legal', 'Privacy', 'Twilio Cookies', 'Do Not Sell or Share My Personal Information', 'Cookie Preferences', 'Status'];
const twCookie =
  'We use cookies and similar technologies to improve your experience on our site, to analyze traffic and for marketing. You can choose which ' +
  'cookies to allow.';
const twCallout = (kind: string, title: string, text: string): string => `<div class="paste-callout" data-variant="${kind}" role="note">
<span class="paste-callout-icon" aria-hidden="true"></span><div><strong class="paste-callout-title">${title}</strong>
<div class="paste-callout-body"><p>${text}</p></div></div></div>`;
const twPs = (a: readonly string[]): string => a.map((p) => `<p class="paste-paragraph">${p}</p>`).join('\n');
const twH = (id: string, t: string): string => `<h2 id="${id}" class="paste-heading"><a href="#${id}" class="anchor-link">${t}</a></h2>`;
const twSample = (title: string, code: string): string => `<div class="code-sample" data-testid="code-sample"><div class="code-sample-header">
<span class="code-sample-title">${title}</span><label class="visually-hidden" for="lang-${title.length}">Select language</label>
<select id="lang-${title.length}" class="code-sample-lang">${twLangs.map((l) => `<option>${l}</option>`).join('')}</select>
<button class="code-sample-report" type="button">Report code block</button><button class="code-sample-copy" type="button">Copy code block</button></div>
<pre class="code-sample-pre"><code class="language-javascript">${code}</code></pre></div>`;
const twHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${twTitle} | Twilio</title>
<meta name="description" content="Use the prebuilt Call Summary Language Operator to summarize transcribed calls with Voice Intelligence.">
<meta property="og:title" content="${twTitle} | Twilio"><meta property="og:site_name" content="Twilio">
<meta property="og:image" content="https://www.twilio.example/content/dam/twilio-com/global/en/docs/og-docs.png">
<link rel="canonical" href="https://www.twilio.com/docs/conversational-intelligence/language-operators/call-summaries">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${twTitle}",
"publisher":{"@type":"Organization","name":"Twilio"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="5f2e9b0d-twilio" async></script>
<link rel="stylesheet" href="/docs/_next/static/css/2f9e0c1a7b3d.css"></head>
<body><div id="__next">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="docs-header" data-testid="site-header"><a href="/docs" class="docs-header-logo" aria-label="Twilio Docs home">
<svg aria-hidden="true" width="90" height="28"></svg><span>Docs</span></a>
<nav aria-label="Main" class="docs-header-nav"><ul>
${links(twNav, 'docs-header-nav-item')}
</ul></nav>
<button class="docs-search-trigger" type="button" aria-label="Search"><span>Search</span><kbd>⌘K</kbd></button>
<div class="docs-header-actions"><a href="https://www.twilio.com/login">Log in</a><a class="paste-button" href="https://www.twilio.com/try-twilio">Sign up</a>
<a href="https://www.twilio.com/help/sales">Talk to sales</a></div></header>
<div class="docs-layout">
<nav class="docs-sidenav" aria-label="Product navigation"><ul>
${links(twSide, 'docs-sidenav-item')}
</ul></nav>
<main id="main-content" class="docs-main">
<nav aria-label="Breadcrumb" class="paste-breadcrumb"><ol>${twCrumbs.map((t) => `<li><a href="/docs/${t.toLowerCase()}">${t}</a></li>`).join('')}</ol></nav>
<article class="docs-article">
<h1 class="paste-heading paste-heading-10">${twTitle}</h1>
${twCallout('warning', 'Public Beta', twBeta)}
${twCallout('neutral', 'Legal notice', twLegal)}
${twPs(twIntro)}
${twH('before-you-begin', twH1)}
<ul class="paste-list">
${twList1.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${twH('add-the-operator', twH2)}
${twPs(twP2)}
${twSample(
  'Attach the Call Summary operator',
  `const client = require('twilio')(accountSid, authToken);

async function attachOperator() {
  const attached = await client.intelligence.v2
    .operatorAttachments('GAd41c5f0a2e', 'LY7c2b9e44a1')
    .create();
  console.log(attached.serviceSid);
}`,
)}
${twCallout('neutral', '(information)', twInfo)}
${twH('read-the-summary', twH3)}
${twPs(twP3)}
${twH('limits-and-pricing', twH4)}
${twPs(twP4)}
</article>
<section class="docs-feedback" aria-labelledby="rate-label"><h2 id="rate-label" class="docs-feedback-title">${twRate[0]}</h2>
<div class="docs-feedback-stars" role="radiogroup">${twRate
  .slice(1)
  .map((n) => `<button role="radio" aria-checked="false" class="star">${n}</button>`)
  .join('')}</div>
<form class="docs-feedback-form" hidden><p>Thank you for your feedback!</p>
<p>Please select the reason(s) for your feedback. The additional information you provide helps us improve our documentation:</p>
${twReasons.map((r) => `<label><input type="checkbox" name="reason"> ${r}</label>`).join('\n')}
<button type="submit">Send your suggestions</button></form></section>
<aside class="docs-help-box"><h2>Need some help?</h2><p>We all do sometimes; code is hard. Get help now from our <a href="https://help.twilio.com">support
team</a>, or ask the developer community on <a href="https://stackoverflow.com/questions/tagged/twilio">Stack Overflow</a>.</p></aside>
</main>
<aside class="docs-toc" aria-label="On this page"><p class="docs-toc-title">On this page</p><ul>
<li><a href="#before-you-begin">${twH1}</a></li><li><a href="#add-the-operator">${twH2}</a></li>
<li><a href="#read-the-summary">${twH3}</a></li><li><a href="#limits-and-pricing">${twH4}</a></li></ul>
<a class="docs-toc-edit" href="https://github.com/twilio/docs/issues/new">Report an issue</a></aside>
</div>
<footer class="docs-footer"><ul>
${links(twFoot)}
</ul><p>Copyright © 2025 Twilio Inc.</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${twCookie}</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="/docs/_next/static/chunks/main-8c1f2a7e.js" defer></script>
</body></html>`;
const twilioBeta: TestPage = {
  html: twHtml,
  name: 'heldout99-twilio-beta-docs',
  kind: 'docs',
  // the "Public Beta" and "Legal notice" callouts are boilerplate status notices shared by every page of the product:
  // furniture; the "(information)" callout inside the text explains the topic: body (its label in neither list)
  title: twTitle,
  headings: [twH1, twH2, twH3, twH4],
  body: texts([...twIntro, ...twList1, ...twP2, twInfo, ...twP3, ...twP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', 'Docs', ...twNav, 'Search', 'Log in', 'Sign up', 'Talk to sales', ...twSide, ...twCrumbs, 'Public Beta', twBeta,
    'Legal notice', twLegal, 'Attach the Call Summary operator', 'Select language', ...twLangs, 'Report code block', 'Copy code block', 'Rate this page:',
    'Thank you for your feedback!',
    'Please select the reason(s) for your feedback. The additional information you provide helps us improve our documentation:', ...twReasons,
    'Send your suggestions', 'Need some help?', twHelp, 'On this page', 'Report an issue', ...twFoot, 'Copyright © 2025 Twilio Inc.', twCookie,
    'Cookie Settings', 'Reject All', 'Accept All Cookies',
    ]),
  ],
};

export const HELDOUT99_C: readonly TestPage[] = [twilioBeta, appleBeta];
