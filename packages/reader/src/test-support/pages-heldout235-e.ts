import { links, ps, texts, type TestPage } from './page-kit.js';

/** Held-out batch 235, file E: an ISP's network status page and a payment provider's incident report in its docs. */

const IS_PARAS = [
  'We are aware of a broadband outage affecting customers in parts of Norwich, Wymondham and Dereham. Customers may have no internet connection or ' +
    'very slow speeds.',
  'The fault was caused by damage to a fibre cable during roadworks on the A47. Our engineers are on site and have started splicing new fibre.',
  'We expect service to be restored by 9pm today. Phone lines using Digital Voice are also affected; 999 calls can still be made from a mobile phone.',
  'You do not need to report this fault. Restarting your router will not fix the problem, but it is safe to do so.',
];
const IS_UPDATES = [
  '17:45 – Splicing is around 60% complete. Some customers in Wymondham are back online.',
  '14:10 – Engineers are on site and the damaged cable has been located.',
];
const IS_NAV = ['Broadband', 'Full Fibre', 'Phone', 'Mobile', 'Deals', 'Help', 'My Account'];
const IS_FOOT = ['Contact us', 'Accessibility', 'Code of practice', 'Complaints', 'Privacy', 'Cookies', '© 2025 Fenline Broadband Ltd'];
const IS_FURN = [
  ...IS_NAV,
  'Check your area',
  'Enter your postcode to check for problems near you',
  'Postcode',
  'Check',
  'Planned work',
  'Resolved issues',
  'Incident reference: FNL-88213',
  'Still having problems?',
  'Run a line test',
  'Chat to us',
  'Get our app for live updates',
  'We use cookies to give you the best experience.',
  'Accept',
  'Settings',
  ...IS_FOOT,
];
const IS_HTML = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Network status - Outage in Norwich area | Fenline</title>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="fen-1"></script></head>
<body><div class="cookie-bar"><p>We use cookies to give you the best experience.</p><button>Accept</button><button>Settings</button></div>
<header><nav class="main-nav"><ul>${links(IS_NAV)}</ul></nav></header>
<main class="network-status"><section class="postcode-checker"><h2>Check your area</h2><p>${IS_FURN[8]}</p>
<label for="pc">Postcode</label><input id="pc"><button>Check</button></section>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Current issues</button><button role="tab">Planned work</button>
<button role="tab">Resolved issues</button></div>
<div class="incident-card incident-card--major" role="tabpanel"><span class="badge">Major</span>
<h1 class="incident-card__title">Broadband outage in Norwich, Wymondham and Dereham</h1>
<p class="incident-card__ref">Incident reference: FNL-88213</p><p class="incident-card__time">Started: 10 June 2025, 11:20 · Last updated: 17:45</p>
<div class="incident-card__body">${ps(IS_PARAS)}</div>
<div class="incident-card__updates"><h2>Updates</h2><ul>${IS_UPDATES.map((u) => `<li>${u}</li>`).join('')}</ul></div></div>
<aside class="help-box"><h3>Still having problems?</h3><ul>${links(['Run a line test', 'Chat to us'])}</ul>
<p>Get our app for live updates</p></aside></main>
<footer><ul>${links(IS_FOOT)}</ul></footer></body></html>`;

const PY_SUMMARY = [
  'On 22 April 2025, between 13:04 and 13:51 UTC, a portion of card payment requests to the Payments API returned errors or timed out.',
  'About 4.2% of authorization requests failed during this window. Refunds, payouts and the Dashboard were not affected.',
];
const PY_SECTIONS: ReadonlyArray<[string, string[]]> = [
  [
    'Impact',
    [
      'Requests to create a PaymentIntent returned an api_error with HTTP status 500.',
      'Some confirmed payments were authorized but the response did not reach the merchant. These were captured normally; no duplicate charges occurred.',
      'Webhooks for affected payments were delayed by up to 35 minutes.',
    ],
  ],
  [
    'Root cause',
    [
      'A certificate used between our API tier and a card network gateway was rotated with an incomplete chain in one of three data centres.',
      'Connections from that data centre to the gateway failed, and retries to other data centres added latency that caused timeouts.',
    ],
  ],
  [
    'Remediation',
    [
      'Validate full certificate chains in pre-deployment checks.',
      'Shift traffic away from a data centre automatically when gateway handshakes fail.',
      'Publish the first status update within 10 minutes of detection; on 22 April it took 19 minutes.',
    ],
  ],
  [
    'What you should do',
    [
      'No action is required. If you retried failed requests with an idempotency key, they were processed once. Contact support with any request IDs ' +
        'you are unsure about.',
    ],
  ],
];
const PY_SIDEBAR = ['Get started', 'Payments', 'Billing', 'Connect', 'Reliability', 'Incident reports', 'API status', 'Changelog'];
const PY_FURN = [
  'Docs',
  'API reference',
  'Support',
  'Sign in',
  'Search the docs',
  ...PY_SIDEBAR,
  'Reliability / Incident reports',
  'On this page',
  'Was this page helpful?',
  'Yes',
  'No',
  'Need help? Contact Support.',
  'Join our developer newsletter',
  'Sign up',
  'Copy for LLM',
  '© 2025 Coinloop, Inc.',
  'Privacy',
  'Terms',
];
const PY_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Incident report: elevated card payment errors on 22 April | Coinloop Docs</title>
<meta name="description" content="Summary and root cause of the 22 April 2025 payments incident."><script src="https://js.coinloop.com/v3/"></script></head>
<body class="docs"><header class="docs-header"><a class="logo" href="/docs">Coinloop</a>
<nav><ul>${links(['Docs', 'API reference', 'Support', 'Sign in'])}</ul></nav>
<button class="search">Search the docs</button></header>
<div class="docs-layout"><nav class="sidebar" aria-label="Docs"><ul>${links(PY_SIDEBAR, 'sidebar-item')}</ul></nav>
<main class="content"><div class="breadcrumbs">Reliability / Incident reports</div><button class="copy-llm">Copy for LLM</button>
<article class="doc"><h1>Incident report: elevated card payment errors on 22 April</h1>
<p class="doc-meta">Published April 24, 2025</p>
<div class="callout callout--summary"><h2>Summary</h2>${ps(PY_SUMMARY)}</div>
${PY_SECTIONS.map(([h, p]) => (h === 'Remediation' ? `<h2>${h}</h2><ul>${p.map((x) => `<li>${x}</li>`).join('')}</ul>` : `<h2>${h}</h2>${ps(p)}`)).join('\n')}
</article>
<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button><p>Need help? <a href="/contact">Contact Support</a>.</p></div>
</main><aside class="toc"><h4>On this page</h4></aside></div>
<footer><section><h3>Join our developer newsletter</h3><button>Sign up</button></section><span>© 2025 Coinloop, Inc.</span>
<ul>${links(['Privacy', 'Terms'])}</ul></footer></body></html>`;

export const HELDOUT235_E: readonly TestPage[] = [
  {
    name: 'heldout235-isp-network-status-news',
    kind: 'news',
    html: IS_HTML,
    title: 'Broadband outage in Norwich, Wymondham and Dereham',
    headings: ['Updates'],
    body: texts([...IS_PARAS, ...IS_UPDATES]),
    bylines: ['Started: 10 June 2025, 11:20 · Last updated: 17:45'],
    furniture: [...IS_FURN, 'Current issues', 'Major'],
  },
  {
    name: 'heldout235-payment-incident-report-docs',
    kind: 'docs',
    html: PY_HTML,
    title: 'Incident report: elevated card payment errors on 22 April',
    headings: ['Summary', ...PY_SECTIONS.map(([h]) => h)],
    body: texts([...PY_SUMMARY, ...PY_SECTIONS.flatMap(([, p]) => p)]),
    bylines: ['Published April 24, 2025'],
    furniture: PY_FURN,
  },
];
