import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout246-kit.js';
import { ghost } from './pages-heldout246-e2.js';

/**
 * Held-out batch 246, file e: a neobank's incident note on Atlassian Statuspage (header with the subscribe button, incident
 * name, "Incident Report for" line, update rows with their status labels and posted timestamps, "This incident affected" line,
 * the postmortem, the "Current Status" link and the "Powered by Atlassian Statuspage" footer) and, from file e2, a
 * personal-finance creator's post on a Ghost site (Casper theme).
 */
const sTitle = 'Delayed card payments and top-ups';
const sPost = [
  j(
    'On Monday 9 March between 14:06 and 16:51 GMT, about 18% of card payments made with Quillbank cards were declined or took',
    'longer than usual to authorise, and top-ups from external bank accounts were delayed by up to two hours.',
  ),
  j(
    'The cause was a certificate on the connection between our card processor and our ledger, which had been renewed with the wrong',
    'intermediate chain. Our processor retried the failed calls, which kept most payments working but slowed everything down, and some',
    'requests timed out before they reached us.',
  ),
  j(
    'No money was lost. Any payment that was declined was not charged, and any top-up that was delayed has now arrived. Where a card',
    'payment was approved twice because a merchant retried it, the duplicate has been reversed and should disappear from your statement',
    'within five working days.',
  ),
  j(
    'We have added a check that tests the full certificate chain from the processor side before any renewal goes live, and an alert',
    'on the rate of processor retries, which would have told us about this incident within minutes rather than from customer reports.',
  ),
];
const sUpd = [
  ['Resolved', 'Card payments and top-ups are working normally again. We will publish a postmortem once we have finished our review.'],
  ['Monitoring', 'A fix has been applied and card authorisations are recovering. Top-ups that were delayed are being processed now. We are watching closely.'],
  ['Identified', 'We have found the cause of the problem in the connection to our card processor and are rolling out a fix.'],
  ['Investigating', 'Some customers are seeing card payments declined or pending for longer than usual, and top-ups may be delayed. We are looking into it.'],
];
const sPosted = [
  'Posted 3 days ago. Mar 11, 2026 - 10:20 GMT',
  'Posted 5 days ago. Mar 09, 2026 - 17:34 GMT',
  'Posted 5 days ago. Mar 09, 2026 - 16:58 GMT',
  'Posted 5 days ago. Mar 09, 2026 - 15:41 GMT',
  'Posted 5 days ago. Mar 09, 2026 - 14:27 GMT',
];
const upd = (label: string, text: string, posted: string): string => `<div class="row update-row"><div class="update-title span3 font-large">${label}
</div><div class="update-body span9"><span class="whitespace-pre-wrap">${text}</span><div class="update-timestamp font-small color-secondary">${posted}
</div></div></div>`;
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>Quillbank Status - ${sTitle}</title>
<meta name="description" content="Quillbank's Incident Report for ${sTitle}"><meta property="og:title" content="${sTitle}">
<meta property="og:site_name" content="Quillbank Status"><link rel="alternate" type="application/atom+xml" href="https://status.quillbank.example/history.atom">
<link rel="stylesheet" media="all" href="https://dka575ofm4ao0.cloudfront.example/assets/status_manifest-9f1b.css">
<script>window.pageColorData = {"blue":"#3d6dcc","border":"#E0E0E0","body_background":"#ffffff","font":"#333333","green":"#2fcc66"};</script></head>
<body class="status incidents-show index"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo">
<div class="logo-container"><a href="https://www.quillbank.example"><img src="https://dka575ofm4ao0.cloudfront.example/logo.png" alt="Quillbank Status"></a>
</div><div class="updates-dropdown-container"><a class="show-updates-dropdown" href="#">Subscribe to Updates</a></div></div></div>
<div class="container"><div class="page-title"><h1 class="incident-name impact-major">${sTitle}</h1><div class="subheader">Incident Report for
<a href="https://status.quillbank.example">Quillbank</a></div></div><div class="incident-updates-container">
<div class="row update-row"><div class="update-title span3 font-large">Postmortem</div><div class="update-body span9"><span class="whitespace-pre-wrap">
${sPost.map((p) => `<p>${p}</p>`).join('\n')}</span><div class="update-timestamp font-small color-secondary">${sPosted[0]}</div></div></div>
${sUpd.map(([l, t], i) => upd(l ?? '', t ?? '', sPosted[i + 1] ?? '')).join('\n')}</div>
<div class="components-affected font-small color-secondary border-color">This incident affected: Card payments and Top-ups.</div></div>
<div class="page-footer border-color font-small"><a href="/" class="color-secondary">← Current Status</a><span class="powered-by"><a
href="https://www.atlassian.example/software/statuspage?utm_campaign=status.quillbank.example" target="_blank">Powered by Atlassian Statuspage</a>
</span></div></div>
<div class="updates-dropdown-container"><div class="updates-dropdown"><div class="updates-dropdown-sections-container"><p class="font-regular">Get email
notifications whenever Quillbank creates, updates or resolves an incident.</p><form><input type="email" placeholder="Email address">
<button class="subscribe-btn">Subscribe via Email</button></form><a href="/history.rss">Get the RSS feed</a></div></div></div>
<script src="https://dka575ofm4ao0.cloudfront.example/assets/status_common-2f1e.js"></script></body></html>`;
const statuspage: TestPage = {
  name: 'heldout246-atlassian-statuspage-incident',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sPost, ...sUpd.map((u) => u[1] ?? '')]),
  bylines: sPosted,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to Updates', 'Incident Report for Quillbank', 'Postmortem', 'Resolved', 'Monitoring', 'Identified', 'Investigating',
    'This incident affected: Card payments and Top-ups.', '← Current Status', 'Powered by Atlassian Statuspage',
    'Get email notifications whenever Quillbank creates, updates or resolves an incident.', 'Subscribe via Email', 'Get the RSS feed',
  ],
};

export const HELDOUT246_E: readonly TestPage[] = [statuspage, ghost];
