import { ps, type TestPage, texts } from './page-kit.js';
import { cachetHistory } from './pages-heldout354-a2.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file a: an Atlassian Statuspage incident page with its update timeline and a postmortem (masthead with
 * "Subscribe to Updates", the subscribe dropdown, update rows with status labels and "Posted ... ago" lines, "This incident
 * affected" line, "Powered by Atlassian Statuspage" footer) and, from file a2, a Cachet incident history page.
 */
const sTitle = 'Delayed webhook deliveries and elevated API latency';
const sPost = [
  j(
    'On March 3, between 13:52 and 16:41 UTC, roughly 38 percent of outbound webhooks sent by Parcelwise were delivered late, some of',
    'them by more than two hours. During the same window the p95 latency of the Shipments API rose from 210 milliseconds to just over',
    '4 seconds. No webhook payloads were lost, and no shipment data was changed or exposed.',
  ),
  j(
    'The delay began when a routine certificate rotation on our message broker cluster restarted two of its five nodes at the same',
    'time instead of one after the other. The remaining three nodes took over their queues, but the webhook dispatcher kept opening new',
    'connections to the restarted nodes, which were still replaying their logs. Each failed connection was retried with a short fixed',
    'back-off, and the retries soon made up most of the traffic the cluster was handling.',
  ),
  j(
    'Because the Shipments API writes its events to the same cluster, API requests that create or update a shipment waited on the',
    'broker before they returned. That is why API latency followed the webhook backlog so closely.',
  ),
  j(
    'We stopped the dispatcher at 15:10, let the restarted nodes finish their recovery, and then resumed delivery at a limited rate.',
    'The backlog of about 1.9 million events was drained by 16:41. Deliveries were made in order for each endpoint.',
  ),
  'To keep this from happening again, we are making the following changes:',
];
const sFixes = [
  'Certificate rotation on the broker now restarts one node at a time and waits for it to report healthy before it moves on.',
  'The webhook dispatcher uses exponential back-off with jitter and stops sending to a node that is replaying its log.',
  'Shipment writes no longer wait for the event to be confirmed by the broker; events are written to an outbox table first.',
  'We have added an alert on webhook delivery lag that pages the on-call engineer after five minutes instead of twenty.',
];
const sClose = j(
  'We know many of you rely on webhooks to print labels and notify your customers, and we are sorry for the disruption this caused',
  'to your warehouses on a busy afternoon.',
);
const sUpdates: readonly [string, string, string][] = [
  [
    'Resolved',
    'Webhook deliveries have caught up and API latency has been at normal levels for 30 minutes. We are marking this incident as fixed.',
    'Mar 3, 16:58 UTC',
  ],
  [
    'Monitoring',
    j(
      'The backlog has been fully delivered. We are watching delivery lag and API latency closely before we close this incident.',
      'Events may have arrived out of order across different endpoints, but never within one endpoint.',
    ),
    'Mar 3, 16:44 UTC',
  ],
  [
    'Identified',
    j(
      'We have found the cause: two message broker nodes restarted together during maintenance and are still recovering. We have paused',
      'webhook sending to let them finish, and we will resume at a reduced rate shortly.',
    ),
    'Mar 3, 15:12 UTC',
  ],
  ['Investigating', 'We are looking into reports of webhooks arriving late and slow responses from the Shipments API.', 'Mar 3, 14:09 UTC'],
];
const upd = ([label, text, when]: readonly [string, string, string], i: number): string => `<div class="row update-row">
<div class="update-title span3 font-large">${label}</div><div class="update-body font-regular">
<span class="whitespace-pre-wrap">${text}</span></div><div class="update-timestamp font-small color-secondary">
Posted <span class="ago" data-datetime-unix="${1772546940000 - i * 3600000}">${5 + i} days ago</span>. <span>${when}</span></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Parcelwise Status - ${sTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Parcelwise's Incident Report for Shipments API and Webhooks">
<meta property="og:title" content="Parcelwise Status - ${sTitle}"><meta property="og:type" content="website">
<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@parcelwise">
<link rel="alternate" type="application/atom+xml" href="https://status.parcelwise.example/history.atom" title="Parcelwise Status History">
<link rel="stylesheet" media="all" href="https://dka575ofm4ao0.cloudfront.example/assets/status_common-8f1c.css">
<script>window.pageColorData = {"blue":"#2f6fed","font":"#2b2f36","greens":"#2fcc66","reds":"#e5484d"};</script>
<script src="https://dka575ofm4ao0.cloudfront.example/assets/status_manifest-3a9e.js"></script></head>
<body class="status incident index"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container">
<a href="https://status.parcelwise.example"><img src="https://dka575ofm4ao0.cloudfront.example/images/logo.png" alt="Parcelwise Logo"></a></div>
<div class="updates-dropdown-container"><a class="show-updates-dropdown" href="#">Subscribe to Updates</a>
<div class="updates-dropdown"><div class="updates-dropdown-nav"><a class="updates-dropdown-nav-item" href="#">Email</a>
<a class="updates-dropdown-nav-item" href="#">Slack</a>
<a class="updates-dropdown-nav-item" href="#">Atom/RSS</a></div>
<div class="updates-dropdown-section"><p class="directions">Get email notifications whenever Parcelwise creates, updates or resolves an incident.</p>
<form><input type="email" placeholder="Email address"><button type="submit" class="flat-button">Subscribe via Email</button></form></div>
<div class="captcha-notice">This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</div></div></div></div></div>
<div class="container"><div class="page-title"><h1 class="incident-name impact-major">${sTitle}</h1>
<div class="subheader impact-major">Incident Report for <span class="page-name">Parcelwise</span></div></div>
<div class="row update-row postmortem"><div class="update-title span3 font-large">Postmortem</div><div class="update-body font-regular">
<div class="whitespace-pre-wrap">${ps(sPost)}
<ul>${sFixes.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<p>${sClose}</p></div></div><div class="update-timestamp font-small color-secondary">Posted <span class="ago">3 days ago</span>.
<span>Mar 5, 10:20 UTC</span></div></div>
${sUpdates.map(upd).join('\n')}
<div class="row components-affected font-small color-secondary border-color">This incident affected: Shipments API and Webhooks.</div>
</div><div class="page-footer"><a href="https://status.parcelwise.example">← Current Status</a>
<a class="powered-by" href="https://www.atlassian.com/software/statuspage?utm_campaign=status.parcelwise.example">Powered by Atlassian Statuspage</a></div>
<div class="company-links"><a href="https://parcelwise.example">Parcelwise Home</a> <a href="https://parcelwise.example/docs">Developer Docs</a>
<a href="https://parcelwise.example/support">Contact Support</a></div></div>
<script>HRB.utils.djshook('incident_page', {"incident_id":"k9x2m4q7bt1w","page_code":"4v8zq1"});</script></body></html>`;
const statuspage: TestPage = {
  name: 'heldout354-atlassian-statuspage-incident',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sPost, ...sFixes, sClose, ...sUpdates.map((u) => u[1])]),
  bylines: ['3 days ago', 'Mar 5, 10:20 UTC', ...sUpdates.map((u) => u[2]), '5 days ago', '6 days ago', '7 days ago', '8 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to Updates', 'Email', 'Slack', 'Atom/RSS', 'Get email notifications whenever Parcelwise creates, updates or resolves an incident.',
    'Subscribe via Email', 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'Incident Report for Parcelwise', 'Postmortem', ...sUpdates.map((u) => u[0]), 'This incident affected: Shipments API and Webhooks.',
    '← Current Status', 'Powered by Atlassian Statuspage', 'Parcelwise Home', 'Developer Docs', 'Contact Support',
  ],
};

export const HELDOUT354_A: readonly TestPage[] = [statuspage, cachetHistory];
