import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file e2: a Google Cloud Service Health-style incident report (the Angular app shell with the product bar,
 * "Sign in", the incident header with its start / end line, the affected products and locations chips, the mini incident report
 * with Summary, Description, Customer Impact and Additional details sections, and the updates timeline as a table with the
 * date-time column, "All times are US/Pacific", the "Send feedback" link and the footer).
 */
const gTitle = 'Cloud Relational Store: connection failures for instances in europe-north3';
const gH = ['Incident Report', 'Summary', 'Root cause', 'Remediation and prevention', 'Detailed description of impact'];
const gSum = j(
  'On Tuesday, 17 February 2026, new connections to Cloud Relational Store instances in europe-north3 failed for a duration of',
  '2 hours and 6 minutes, from 07:58 to 10:04 US/Pacific. To our customers who were impacted, we sincerely apologize. This is not',
  'the level of quality and reliability we strive to offer you, and we are taking immediate steps to improve the platform’s performance.',
);
const gRoot = [
  j(
    'Connections to Cloud Relational Store instances pass through a regional proxy fleet that checks the caller’s identity and',
    'routes the connection to the instance. The proxies fetch the list of instances and their addresses from a configuration',
    'service. A change to that service’s storage layout was rolled out to europe-north3 as part of a planned upgrade.',
  ),
  j(
    'The new layout stored the addresses of instances created before 2024 under a different key. The proxies could not find those',
    'instances and refused new connections to them. Existing connections were not affected, which delayed detection, because',
    'most client libraries keep long-lived connection pools.',
  ),
];
const gFix = [
  j(
    'Google engineers were alerted to the issue by an internal monitor on connection errors at 08:19 US/Pacific and identified the',
    'configuration change as the cause at 09:12. They rolled back the change, and the proxies recovered as they refreshed their',
    'cached configuration.',
  ),
  'Google is committed to preventing a repeat of this issue and is taking the following actions:',
];
const gActions = [
  'Add a validation step that compares the instance list read by the proxies before and after any configuration storage change.',
  'Roll out configuration storage changes to a single zone and hold for an hour before moving to the rest of a region.',
  'Lower the alerting threshold for new connection errors so that an issue of this size is detected within five minutes.',
];
const gImpact = [
  j(
    'Approximately 31 percent of Cloud Relational Store instances in europe-north3 could not accept new connections. Applications',
    'that opened new connections, including Cloud Run services scaling up and scheduled jobs, received "instance not found" errors.',
  ),
  'Instances in other regions and connections made over private IP without the proxy were not affected.',
];
const gRows: readonly [string, string][] = [
  ['17 Feb 2026 14:02 PST', 'We have published a mini incident report; a full incident report will follow once our internal investigation is complete.'],
  ['17 Feb 2026 10:21 PST', 'The issue with Cloud Relational Store has been resolved for all affected users as of Tuesday, 2026-02-17 10:04 US/Pacific.'],
  [
    '17 Feb 2026 09:30 PST',
    j(
      'Mitigation work is currently underway by our engineering team. We have identified a configuration change as the cause and are',
      'rolling it back. Workaround: customers can connect over private IP without the proxy.',
    ),
  ],
  [
    '17 Feb 2026 08:41 PST',
    'We are investigating connection failures for Cloud Relational Store instances in europe-north3. We will provide more information shortly.',
  ],
];
const gBar = ['Overview', 'Incident history', 'Status by product', 'Documentation'];
const gFoot = ['Privacy', 'Terms', 'Google Cloud Platform', 'Help', 'Send feedback'];
const sec = (h: string, paras: readonly string[], extra = ''): string =>
  `<h2 class="psd__incident-report-heading">${h}</h2>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}${extra}`;
const gHtml = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Google Cloud Service Health</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${gTitle}">
<meta property="og:title" content="Google Cloud Service Health"><meta property="og:type" content="website">
<link rel="stylesheet" href="/static/styles.4c8a1b.css"><link rel="alternate" type="application/atom+xml" href="/en/feed.atom">
<script nonce="x7Qm">window['ppConfig'] = {productName: 'CloudStatus', deleteIsEnforced: false};</script>
<script type="application/json" id="incident-json">{"id":"Xk9pLm2QvRt4","number":"4471120938","begin":"2026-02-17T15:58:00+00:00",
"end":"2026-02-17T18:04:00+00:00","severity":"high","service_name":"Cloud Relational Store"}</script></head>
<body><psd-app ng-version="17.3.1"><header class="psd__header"><a class="psd__logo" href="/">Google Cloud</a>
<span class="psd__product-name">Service Health</span><nav class="psd__nav"><ul>${links(gBar, 'psd__nav-item')}</ul></nav>
<a class="psd__sign-in" href="https://accounts.google.example/ServiceLogin">Sign in</a></header>
<main class="psd__main"><psd-incident class="psd__incident"><div class="psd__incident-header"><h1 class="psd__incident-title">${gTitle}</h1>
<p class="psd__incident-timing">Incident began at <strong>2026-02-17 07:58</strong> and ended at <strong>2026-02-17 10:04</strong>
<span class="psd__tz">(all times are US/Pacific)</span>.</p>
<div class="psd__chips"><span class="psd__chip-label">Affected products:</span> <span class="psd__chip">Cloud Relational Store</span>
<span class="psd__chip-label">Affected locations:</span> <span class="psd__chip">Stockholm (europe-north3)</span></div></div>
<div class="psd__incident-body"><h2 class="psd__incident-report-title">${gH[0]}</h2>
${sec(gH[1] ?? '', [gSum])}
${sec(gH[2] ?? '', gRoot)}
${sec(gH[3] ?? '', gFix, `<ul>${gActions.map((a) => `<li>${a}</li>`).join('\n')}</ul>`)}
${sec(gH[4] ?? '', gImpact)}
<table class="psd__updates-table"><thead><tr><th>Date</th><th>Time</th><th>Description</th></tr></thead><tbody>
${gRows.map(([d, t]) => `<tr><td class="psd__date">${d}</td><td class="psd__time"></td><td class="psd__description"><p>${t}</p></td></tr>`).join('\n')}
</tbody></table><p class="psd__footnote">All times are US/Pacific</p></div></psd-incident></main>
<footer class="psd__footer"><ul>${links(gFoot)}</ul><p>Except as otherwise noted, the content of this page is licensed under the Creative Commons
Attribution 4.0 License.</p></footer></psd-app>
<script src="/static/main.9e3f2c.js" type="module"></script></body></html>`;
export const gcpIncident: TestPage = {
  name: 'heldout354-google-cloud-incident-report',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gSum, ...gRoot, ...gFix, ...gActions, ...gImpact, ...gRows.map((r) => r[1])]),
  bylines: ['Incident began at 2026-02-17 07:58 and ended at 2026-02-17 10:04 (all times are US/Pacific).', ...gRows.map((r) => r[0])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Cloud', 'Service Health', ...gBar, 'Sign in', 'Affected products:', 'Affected locations:', 'Stockholm (europe-north3)', 'Date', 'Time',
    'Description', 'All times are US/Pacific', ...gFoot,
    'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License.',
  ],
};
