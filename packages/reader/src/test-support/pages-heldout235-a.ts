import { links, plain, texts, type TestPage } from './page-kit.js';

/** Held-out batch 235, file A: an Atlassian Statuspage incident page and a cloud provider's service health history entry. */

const SP_UPDATES: ReadonlyArray<[string, string, string]> = [
  [
    'Resolved',
    'This incident has been resolved. Webhook deliveries have been flowing normally for two hours and the backlog queued during the incident has been ' +
      'fully drained.',
    'Jan 14, 2025 - 16:42 UTC',
  ],
  [
    'Monitoring',
    'A fix has been deployed to the delivery workers and webhooks are being sent again. Queued events are being replayed in order; some customers may ' +
      'still see delays of up to 20 minutes while the replay completes.',
    'Jan 14, 2025 - 14:55 UTC',
  ],
  [
    'Identified',
    'We have identified the cause as a configuration change to our message broker that reduced the number of consumer partitions. We are rolling back ' +
      'the change across all regions.',
    'Jan 14, 2025 - 14:10 UTC',
  ],
  [
    'Investigating',
    'We are investigating reports that outgoing webhooks to customer endpoints are delayed or not being delivered. Dashboard and API requests are not ' +
      'affected. We will post an update within 30 minutes.',
    'Jan 14, 2025 - 13:31 UTC',
  ],
];
const SP_BODY = SP_UPDATES.map(([, b]) => b);
const SP_AFFECTED = 'This incident affected: Webhooks (EU Region, US Region) and Event Streaming.';
const SP_FURN = [
  'Subscribe to Updates',
  'Subscribe via Email',
  'Subscribe via SMS',
  'Subscribe via Slack',
  'Subscribe via Webhook',
  'Get email notifications whenever Parcelwise creates, updates or resolves an incident.',
  'Email address:',
  'Subscribe',
  'Get text message notifications whenever Parcelwise creates or resolves an incident.',
  'Country code:',
  'Phone number:',
  'Send OTP',
  'Get webhook notifications whenever Parcelwise creates an incident, updates an incident, resolves an incident or changes a component status.',
  'Webhook URL:',
  'Follow @ParcelwiseStatus or view our profile.',
  'Visit our support site.',
  'Powered by Atlassian Statuspage',
  '← Current Status',
  'Powered by',
  'Parcelwise Status',
  'Privacy Policy',
  'Terms of Service',
  'Help Center',
];
const SP_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parcelwise Status - Delayed webhook deliveries</title>
<meta name="description" content="Parcelwise's Status Page - Delayed webhook deliveries.">
<meta property="og:title" content="Parcelwise Status - Delayed webhook deliveries"><meta property="og:type" content="website">
<meta name="twitter:card" content="summary"><link rel="stylesheet" href="https://dka575ofm4ao0.cloudfront.net/assets/status_manifest.css">
<script src="https://dka575ofm4ao0.cloudfront.net/assets/status_common.js"></script>
<script>window.pageColorData = {"blue":"#3e6bc1","font":"#333333","light-font":"#a3a3a3","red":"#e74c3c"};</script>
</head>
<body class="status index status-none">
<div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo">
<div class="logo-container"><a href="https://www.parcelwise.io"><img src="/logo.png" alt="Parcelwise Status"></a></div>
<div class="updates-dropdown-container"><div class="show-updates-dropdown">Subscribe to Updates</div>
<div class="updates-dropdown" style="display:none"><div class="updates-dropdown-nav">
<a href="#" class="updates-dropdown-email" title="Subscribe via Email">Subscribe via Email</a>
<a href="#" class="updates-dropdown-sms" title="Subscribe via SMS">Subscribe via SMS</a>
<a href="#" class="updates-dropdown-slack" title="Subscribe via Slack">Subscribe via Slack</a>
<a href="#" class="updates-dropdown-webhook" title="Subscribe via Webhook">Subscribe via Webhook</a></div>
<div class="updates-dropdown-section email"><p>${SP_FURN[5]}</p><form action="/subscriptions"><label>Email address:</label>
<input type="email" name="email"><button type="submit" class="flat-button">Subscribe</button></form></div>
<div class="updates-dropdown-section sms"><p>${SP_FURN[8]}</p><label>Country code:</label><label>Phone number:</label>
<button class="flat-button">Send OTP</button></div>
<div class="updates-dropdown-section webhook"><p>${SP_FURN[12]}</p><label>Webhook URL:</label></div>
<div class="updates-dropdown-section twitter"><p>Follow <a href="https://twitter.com/ParcelwiseStatus">@ParcelwiseStatus</a> or
 <a href="https://twitter.com/ParcelwiseStatus">view our profile</a>.</p></div>
<div class="updates-dropdown-section support"><p><a href="https://help.parcelwise.io">Visit our support site</a>.</p></div>
</div></div></div></div>
<div class="container">
<div class="page-title"><h1 class="incident-name impact-major">Delayed webhook deliveries</h1>
<div class="subheader impact-major">Incident Report for <strong>Parcelwise</strong></div></div>
<div class="incident-updates-container">
${SP_UPDATES.map(
  ([t, b, d]) => `<div class="row update-row"><div class="update-title span3 font-large">${t}</div>
<div class="update-body span9"><span class="whitespace-pre-wrap">${b}</span>
<div class="update-timestamp font-small color-secondary">Posted <span>${d}</span></div></div></div>`,
).join('\n')}
</div>
<div class="components-affected font-small color-secondary border-color">${SP_AFFECTED}</div>
</div>
<div class="page-footer"><a href="/" class="previous-incidents">← Current Status</a>
<span class="powered-by"><a href="https://www.atlassian.com/software/statuspage">Powered by Atlassian Statuspage</a></span></div>
<div class="custom-footer-container"><ul class="footer-links">${links(['Parcelwise Status', 'Privacy Policy', 'Terms of Service', 'Help Center'])}</ul>
<p class="powered">Powered by</p></div>
</div>
<script src="https://dka575ofm4ao0.cloudfront.net/assets/status/incident.js"></script>
</body></html>`;

const AZ_SECTIONS: ReadonlyArray<[string, string[]]> = [
  [
    'What happened?',
    [
      'Between 08:12 and 11:47 UTC on 3 March 2025, a subset of customers using Nimbus Object Storage in the North Europe 2 region experienced failed ' +
        'or slow requests.',
      'Read operations returned intermittent HTTP 503 errors, and write operations to storage accounts on the affected stamp timed out after 30 seconds.',
      'Virtual machines with disks backed by the affected stamp may have become unresponsive or restarted.',
    ],
  ],
  [
    'What went wrong and why?',
    [
      'A routine firmware update was applied to a group of storage nodes. The update contained a defect that caused nodes to report healthy while ' +
        'refusing new connections.',
      'Because the nodes still passed health probes, the load balancer continued to route traffic to them, and automatic failover did not begin.',
      'Our monitoring detected elevated error rates at 08:19 UTC, but the first alert was routed to the wrong on-call team, delaying mitigation by ' +
        'about 40 minutes.',
    ],
  ],
  [
    'How did we respond?',
    [
      'At 09:02 UTC engineers paused the firmware rollout and began draining traffic from the updated nodes.',
      'By 10:30 UTC most requests were succeeding. The last affected nodes were rolled back to the previous firmware at 11:47 UTC, and error rates ' +
        'returned to baseline.',
    ],
  ],
  [
    'How are we making incidents like this less likely or less impactful?',
    [
      'We have added a connection-acceptance check to the storage node health probe. (Completed)',
      'We are changing firmware rollouts to pause automatically when error rates rise in any stamp. (Estimated completion: April 2025)',
      'We are correcting the alert routing rules for storage stamps in all regions. (Completed)',
    ],
  ],
  [
    'How can customers make incidents like this less impactful?',
    ['Consider using zone-redundant storage (ZRS) or geo-redundant storage (GRS) so that a single stamp failure does not interrupt your workloads.'],
  ],
];
const AZ_FURN_NAV = ['Products', 'Pricing', 'Solutions', 'Partners', 'Resources', 'Sign in', 'Free account'];
const AZ_TABS = ['Status', 'History', 'Service Health (sign-in)'];
const AZ_FOOT = ['Contact sales', 'Privacy & Cookies', 'Terms of use', 'Trademarks', 'Accessibility', 'Sitemap', '© Nimbus Cloud 2025'];
const AZ_FURN = [
  ...AZ_FURN_NAV,
  ...AZ_TABS,
  'We use optional cookies to improve your experience on our websites. If you reject optional cookies, only cookies necessary to provide you the ' +
    'services will be used.',
  'Accept',
  'Reject',
  'Manage cookies',
  'Nimbus Cloud status history',
  'This page contains root cause analyses (RCAs) of previous service issues, each retained for 5 years.',
  'Filter by date',
  'Search history',
  'Tracking ID: 7QK2-H9T',
  'Stay informed about your Nimbus workloads',
  'Configure service health alerts to be notified via email, SMS, push notification, webhook and more.',
  'Learn more about service health alerts',
  'Was this page helpful?',
  'Yes',
  'No',
  ...AZ_FOOT,
];
const AZ_HTML = `<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>Nimbus Cloud status history | Nimbus Cloud</title>
<meta name="description" content="This page contains root cause analyses (RCAs) of previous service issues.">
<meta property="og:title" content="Nimbus Cloud status history"><link rel="canonical" href="https://status.nimbuscloud.com/en-us/status/history/">
<script async src="https://js.monitor.nimbuscloud.com/scripts/c/ms.analytics-web-3.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Nimbus Cloud status history"}</script>
</head><body>
<div id="wcpConsentBannerCtrl" class="cookie-banner" role="alert"><p>${AZ_FURN[10]}</p>
<button>Accept</button><button>Reject</button><button>Manage cookies</button></div>
<header class="site-header" role="banner"><nav aria-label="global"><ul class="global-nav">${links(AZ_FURN_NAV, 'nav-item')}</ul></nav></header>
<main id="main" role="main"><section class="section section--hero"><h1 class="hero-title">Nimbus Cloud status history</h1>
<p class="hero-desc">${AZ_FURN[15]}</p></section>
<nav class="status-tabs" aria-label="status"><ul>${links(AZ_TABS, 'tab')}</ul></nav>
<div class="history-filters"><label for="hf-date">Filter by date</label><input id="hf-date"><label for="hf-q">Search history</label><input id="hf-q"></div>
<div class="row"><div class="column medium-3 history-dates"><div class="month">March 2025</div><div class="day">03/03</div></div>
<div class="column medium-9 history-content"><div class="card" data-incident-id="7QK2-H9T">
<div class="card-header"><button class="collapse" aria-expanded="true">
<h2 class="incident-title">Post Incident Review (PIR) – Object Storage – Failed requests in North Europe 2</h2></button></div>
<div class="card-body"><p class="tracking-id">Tracking ID: 7QK2-H9T</p>
${AZ_SECTIONS.map(([h, ps]) =>
  h.startsWith('How are we')
    ? `<p><strong>${h}</strong></p><ul>${ps.map((p) => `<li>${p}</li>`).join('')}</ul>`
    : `<p><strong>${h}</strong></p>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}`,
).join('\n')}
</div></div></div></div>
<aside class="alerts-promo"><h3>Stay informed about your Nimbus workloads</h3><p>${AZ_FURN[20]}</p>
<a href="/alerts">Learn more about service health alerts</a></aside>
<div class="feedback"><span>Was this page helpful?</span><button>Yes</button><button>No</button></div>
</main>
<footer class="site-footer" role="contentinfo"><ul>${links(AZ_FOOT)}</ul></footer>
</body></html>`;

export const HELDOUT235_A: readonly TestPage[] = [
  {
    name: 'heldout235-statuspage-incident-news',
    kind: 'news',
    html: SP_HTML,
    title: 'Delayed webhook deliveries',
    headings: [],
    body: [...texts(SP_BODY), plain(SP_AFFECTED)],
    bylines: SP_UPDATES.map(([, , d]) => `Posted ${d}`),
    furniture: ['Incident Report for Parcelwise', ...SP_FURN],
  },
  {
    name: 'heldout235-cloud-health-history-news',
    kind: 'news',
    html: AZ_HTML,
    title: 'Post Incident Review (PIR) – Object Storage – Failed requests in North Europe 2',
    headings: AZ_SECTIONS.map(([h]) => h),
    body: texts(AZ_SECTIONS.flatMap(([, p]) => p)),
    bylines: [],
    furniture: AZ_FURN,
  },
];
