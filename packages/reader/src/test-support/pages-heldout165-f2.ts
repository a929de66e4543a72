import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 165, file f2: an Atlassian Statuspage incident page (the masthead with the logo and the "Subscribe to
 * Updates" dropdown holding the hidden email, text, webhook and feed sections with their legal texts, the incident name in
 * a div, not an h1, and the "Incident Report for" subheader, the postmortem and the update rows with their status labels
 * in divs and "Posted" timestamps, the "This incident affected" line and the footer with "Current Status" and "Powered by").
 */
const spTitle = 'Delayed webhook deliveries and elevated API errors in EU region';
const spPost = [
  'On 4 March 2025, between 09:12 and 11:47 UTC, customers in our EU region saw delayed webhook deliveries and an elevated rate ' +
    'of 503 errors from the public API. About 14% of API requests failed during the worst twenty minutes, and some webhooks ' +
    'were delivered up to 90 minutes late. No data was lost; every delayed webhook was eventually delivered.',
  'What happened: a routine database maintenance task started a vacuum on our largest events table at 09:00. The task was ' +
    'expected to run at low priority, but a configuration change made in February had removed its throttling. The vacuum ' +
    'competed with normal traffic for disk bandwidth, queries slowed, and the API’s connection pool filled up.',
  'As API requests slowed, the webhook workers, which share the same database, fell behind. The backlog grew faster than ' +
    'the workers could clear it, and our autoscaling added more workers, which made the pressure on the database worse.',
  'How we fixed it: at 10:31 we cancelled the maintenance task and paused autoscaling for the webhook workers. API error ' +
    'rates returned to normal within six minutes. We then drained the webhook backlog at a controlled rate, which took until ' +
    '11:47.',
  'What we are doing next: we have restored throttling on maintenance tasks and added a check that fails the deploy if it ' +
    'is missing. We are moving the webhook workers to a read replica, and we are adding a ceiling to their autoscaling so ' +
    'that a slow database cannot be made slower by the system that depends on it.',
  'We are sorry for the disruption this caused. If you have questions about how this incident affected your account, please ' + 'contact our support team.',
];
const spUpdates: { s: string; t: string; d: string }[] = [
  {
    s: 'Resolved',
    t: 'The webhook backlog has been fully delivered and all systems are operating normally. We will publish a postmortem.',
    d: 'Mar 04, 2025 - 11:52 UTC',
  },
  {
    s: 'Monitoring',
    t: 'API error rates are back to normal. We are delivering delayed webhooks at a controlled rate and expect the backlog to clear within the hour.',
    d: 'Mar 04, 2025 - 10:44 UTC',
  },
  {
    s: 'Identified',
    t: 'The issue has been traced to a database maintenance task. We have stopped the task and are working to restore normal service.',
    d: 'Mar 04, 2025 - 10:33 UTC',
  },
  {
    s: 'Investigating',
    t: 'We are investigating increased API error rates and delayed webhooks for customers in the EU region.',
    d: 'Mar 04, 2025 - 09:26 UTC',
  },
];
const spDrop = [
  'Get email notifications whenever Brightwell creates, updates or resolves an incident.',
  'Email address:',
  'Get text message notifications whenever Brightwell creates or resolves an incident.',
  'Country code:',
  'Phone number:',
  'Get webhook notifications whenever Brightwell creates an incident, updates an incident, resolves an incident or changes a component status.',
  'Webhook URL:',
  'Get the Atom Feed or RSS Feed.',
  'Visit our support site.',
];
const spLegal =
  'By subscribing you acknowledge our Privacy Policy. In addition, you agree to the Atlassian Cloud Terms of Service and ' +
  'acknowledge Atlassian’s Privacy Policy.';
const spRow = (s: string, body: string, d: string): string => {
  const [md, rest] = d.split(', ');
  const [yr, time] = (rest ?? '').split(' - ');
  return `<div class="row update-row"><div class="update-title span3 font-large">${s}</div><div class="update-body span9">${body}
<div class="update-timestamp font-small color-secondary">Posted <span class="ago" data-datetime-unix="1741082400000"></span>${md?.slice(0, 3)} <var
data-var="date">${md?.slice(4)}</var>, <var data-var="year">${yr}</var> - <var data-var="time">${time?.replace(' UTC', '')}</var> UTC</div></div></div>`;
};
const spHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Brightwell Status - ${spTitle}</title><meta name="description" content="Brightwell's Status Page - ${spTitle}.">
<meta property="og:title" content="Brightwell Status - ${spTitle}"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/atom+xml" title="Atom Feed" href="https://status.brightwell.example/history.atom">
<link rel="stylesheet" media="screen" href="https://dka575ofm4ao0.cloudfront.example/assets/status_manifest-6b0b2c.css">
<script src="https://dka575ofm4ao0.cloudfront.example/assets/status_common-9f1f.js"></script>
<script>window.pageColorData = {"blue":"#3E7BD4","border":"#E0E0E0","body_background":"#ffffff","font":"#333333","red":"#E74C3C"};</script></head>
<body class="status incident"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container"><a href="https://status.brightwell.example"><img
src="https://dka575ofm4ao0.cloudfront.example/pages-transactional_logos/retina/brightwell.png" alt="Brightwell Logo"></a></div>
<div class="updates-dropdown-container"><div class="show-updates-dropdown">Subscribe to Updates</div><div class="updates-dropdown" style="display:none">
<div class="updates-dropdown-nav"><a href="#" id="updates-dropdown-email-btn" class="updates-dropdown-email-btn"
aria-label="Email"><span class="icon-container email">
</span></a><a href="#" id="updates-dropdown-sms-btn" aria-label="SMS"><span class="icon-container sms"></span></a><a href="#" id="updates-dropdown-webhook-btn"
aria-label="Webhook"><span class="icon-container webhook"></span></a><a href="#" id="updates-dropdown-atom-btn"
aria-label="Atom/RSS"><span class="icon-container rss">
</span></a><a href="#" id="updates-dropdown-cancel-btn" class="updates-dropdown-cancel-btn">×</a></div>
<div class="updates-dropdown-sections-container"><div class="updates-dropdown-section email"
id="updates-dropdown-email"><p>Get email notifications whenever Brightwell
<strong>creates</strong>, <strong>updates</strong> or <strong>resolves</strong> an incident.</p><form action="/subscriptions" method="post"><label
for="email">${spDrop[1]}</label><input type="text" id="email" name="email"><div class="legal-text">${spLegal}</div><button type="submit"
class="flat-button">Subscribe via Email</button></form></div>
<div class="updates-dropdown-section sms" id="updates-dropdown-sms"
style="display:none"><p>Get text message notifications whenever Brightwell <strong>creates</strong> or
<strong>resolves</strong>
an incident.</p><form><label for="phone-country">${spDrop[3]}</label><select id="phone-country"><option value="us">United States (+1)</option>
<option value="gb">United Kingdom (+44)</option></select><label for="phone-number">${spDrop[4]}</label><input type="text"
id="phone-number"><button type="submit"
class="flat-button">Subscribe via Text Message</button></form></div>
<div class="updates-dropdown-section webhook" id="updates-dropdown-webhook"
style="display:none"><p>Get webhook notifications whenever Brightwell <strong>creates</strong> an
incident, <strong>updates</strong> an incident, <strong>resolves</strong> an incident or <strong>changes</strong> a component status.</p><form><label
for="endpoint">${spDrop[6]}</label><input type="text" id="endpoint"><button type="submit" class="flat-button">Subscribe To Notifications</button></form></div>
<div class="updates-dropdown-section atom" id="updates-dropdown-atom" style="display:none"><p>Get the <a href="/history.atom">Atom Feed</a> or
<a href="/history.rss">RSS Feed</a>.</p></div><div class="updates-dropdown-section support" style="display:none"><p>Visit our <a
href="https://support.brightwell.example">support site</a>.</p></div></div></div></div></div></div>
<div class="container"><div class="page-title"><div class="incident-name impact-major">${spTitle}</div>
<div class="subheader">Incident Report for <strong>Brightwell</strong></div></div>
${spRow('Postmortem', `<div class="whitespace-pre-wrap postmortem-body">${spPost.map((p) => `<p>${p}</p>`).join('\n')}</div>`, 'Mar 06, 2025 - 16:05 UTC')}
${spUpdates.map((u) => spRow(u.s, `<span class="whitespace-pre-wrap">${u.t}</span>`, u.d)).join('\n')}
<div class="row components-affected font-small color-secondary border-color">This incident affected: API (EU) and Webhooks (EU).</div></div>
<div class="page-footer border-color font-small"><a href="/" class="back-to-current">← Current Status</a><a class="powered-by"
href="https://www.atlassian.com/software/statuspage?utm_campaign=status.brightwell.example&amp;utm_content=SP-notifications">Powered by Atlassian
Statuspage</a></div>
</div><script>$(function() { HRB.utils.djshook('updates-dropdown'); });</script></body></html>`;
export const statuspage: TestPage = {
  html: spHtml,
  name: 'heldout165-statuspage-incident-blog',
  kind: 'blog',
  // the incident name (a div) is the title; the update status labels (Postmortem, Resolved, ...) are the headings; the
  // "Posted ..." timestamps are bylines; the subscribe dropdown, subheader, affected-components line and footer are furniture
  title: spTitle,
  headings: ['Postmortem', ...spUpdates.map((u) => u.s)],
  body: texts([...spPost, ...spUpdates.map((u) => u.t)]),
  bylines: ['Posted Mar 06, 2025 - 16:05 UTC', ...spUpdates.map((u) => `Posted ${u.d}`)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to Updates', '×', ...spDrop, spLegal, 'Subscribe via Email', 'United States (+1)', 'United Kingdom (+44)', 'Subscribe via Text Message',
    'Subscribe To Notifications', 'Incident Report for Brightwell', 'This incident affected: API (EU) and Webhooks (EU).', '← Current Status',
    'Powered by Atlassian Statuspage',
  ],
};
