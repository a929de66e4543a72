import { links, ps, texts, type TestPage } from './page-kit.js';

/** Held-out batch 235, file C: a GitHub Status incident page and a bank's service disruption notice. */

const GH_UPDATES: ReadonlyArray<[string, string, string]> = [
  ['Resolved', 'This incident has been resolved. Thank you for your patience and engagement while we worked on this.', 'Apr 8, 2025 - 17:20 UTC'],
  ['Update', 'Actions jobs queued during the incident have now been processed. Run start times are back to normal levels.', 'Apr 8, 2025 - 17:02 UTC'],
  [
    'Update',
    'We have applied a mitigation to the job scheduler and are seeing queued workflow runs start again. Some hosted runners may take longer to pick up jobs.',
    'Apr 8, 2025 - 16:31 UTC',
  ],
  [
    'Update',
    'We are seeing delays of up to 25 minutes for workflow runs on hosted runners in all regions. Self-hosted runners are not affected.',
    'Apr 8, 2025 - 16:05 UTC',
  ],
  ['Investigating', 'We are investigating reports of degraded performance for Actions.', 'Apr 8, 2025 - 15:48 UTC'],
];
const GH_AFFECTED = 'This incident affected: Actions.';
const GH_FURN = [
  'Subscribe to Updates',
  'Subscribe via Email',
  'Subscribe via Webhook',
  'Subscribe via Atom feed',
  'Get email notifications whenever GitHost creates, updates or resolves an incident.',
  'Email address:',
  'Subscribe',
  'Incident Report for GitHost',
  '← Current Status',
  'Powered by Atlassian Statuspage',
  'Subscribe to our developer newsletter',
  'Get tips, technical guides, and best practices. Twice a month.',
  'Product',
  'Features',
  'Security',
  'Pricing',
  'Platform',
  'Developer API',
  'Partners',
  'Support',
  'Docs',
  'Community Forum',
  'Contact GitHost',
  '© 2025 GitHost, Inc.',
  'Terms',
  'Privacy',
];
const GH_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>GitHost Status - Disruption with some GitHost services</title>
<meta name="description" content="GitHost's Status Page - Disruption with some GitHost services."><meta name="twitter:site" content="@githoststatus">
<link rel="alternate" type="application/atom+xml" href="/history.atom"><script src="/assets/status_common.js"></script></head>
<body class="status incident"><div class="layout-content status status-incident">
<div class="masthead-container premium"><div class="masthead has-logo"><div class="logo-container"><a href="/"><img alt="GitHost"></a></div>
<div class="updates-dropdown-container"><div class="show-updates-dropdown">Subscribe to Updates</div>
<div class="updates-dropdown" style="display:none"><a href="#">Subscribe via Email</a><a href="#">Subscribe via Webhook</a>
<a href="/history.atom">Subscribe via Atom feed</a><div class="updates-dropdown-section email"><p>${GH_FURN[4]}</p>
<label>Email address:</label><input type="email"><button>Subscribe</button></div></div></div></div></div>
<div class="container"><div class="page-title"><h1 class="incident-name impact-minor">Disruption with some GitHost services</h1>
<div class="subheader impact-minor">Incident Report for <strong>GitHost</strong></div></div>
<div class="incident-updates-container">
${GH_UPDATES.map(
  ([t, b, d]) => `<div class="row update-row"><div class="update-title span3 font-large">${t}</div><div class="update-body span9">
<span class="whitespace-pre-wrap">${b}</span><div class="update-timestamp font-small color-secondary">Posted <span>${d}</span></div></div></div>`,
).join('\n')}
</div><div class="components-affected font-small color-secondary border-color">${GH_AFFECTED}</div></div>
<div class="page-footer"><a href="/">← Current Status</a><a href="https://www.atlassian.com/software/statuspage">Powered by Atlassian Statuspage</a></div>
<div class="custom-footer-container"><div class="newsletter"><h3>Subscribe to our developer newsletter</h3><p>${GH_FURN[11]}</p></div>
<div class="footer-cols"><h4>Product</h4><ul>${links(['Features', 'Security', 'Pricing'])}</ul><h4>Platform</h4>
<ul>${links(['Developer API', 'Partners'])}</ul><h4>Support</h4><ul>${links(['Docs', 'Community Forum', 'Contact GitHost'])}</ul></div>
<div class="footer-legal"><span>© 2025 GitHost, Inc.</span><ul>${links(['Terms', 'Privacy'])}</ul></div></div>
</div></body></html>`;

const BK_PARAS = [
  'Some customers may have had problems using our mobile app and online banking on Saturday 15 March between 6:40am and 11:15am.',
  'During this time, some customers could not log in, see their balances or make payments. Card payments in shops and cash machine withdrawals were ' +
    'not affected.',
  'This was caused by a fault during planned maintenance on one of our data centres. The work has been completed and all services are now working normally.',
  'We are really sorry for the inconvenience this has caused.',
];
const BK_SECTIONS: ReadonlyArray<[string, string[]]> = [
  [
    'What this means for you',
    [
      'If a payment you made during this time failed, please try it again. You will not be charged twice.',
      'Standing orders and Direct Debits due on 15 March have been paid as normal.',
      'If you were charged a fee or lost out on interest because of this problem, we will put it right.',
    ],
  ],
  [
    'How to get in touch',
    [
      'You can contact us through the Help section of the app, or call us on 0800 015 4422. Lines are busier than usual, so please only call if you need to.',
      'We will never ask you to move money to a safe account. Be wary of anyone who contacts you about this disruption and asks for your security details.',
    ],
  ],
];
const BK_NAV = ['Personal', 'Business', 'Private Banking', 'Current accounts', 'Savings', 'Mortgages', 'Credit cards', 'Loans', 'Help & support', 'Log in'];
const BK_FOOT = ['Accessibility', 'Cookies', 'Privacy', 'Legal', 'Security centre', 'Complaints', 'Sitemap'];
const BK_FURN = [
  ...BK_NAV,
  'Home',
  'Service status',
  'Back to all service updates',
  'Was this helpful?',
  'Yes',
  'No',
  'Other ways to get help',
  'Report fraud',
  'Find a branch',
  'Check our service status',
  'Scam warning: we will never ask you to move your money.',
  'Brightwater Bank plc. Registered in England and Wales (Company No. 0481122). Authorised by the Prudential Regulation Authority.',
  'We use cookies to make our website work and to understand how you use it.',
  'Accept all cookies',
  'Manage cookies',
  ...BK_FOOT,
];
const BK_HTML = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Online banking and app problems on 15 March | Brightwater Bank</title>
<meta name="robots" content="index,follow"><script src="https://assets.adobedtm.com/launch-ENb1.min.js" async></script></head>
<body><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${BK_FURN[22]}</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button>Manage cookies</button></div>
<div class="alert-strip" role="alert"><p>Scam warning: we will never ask you to move your money.</p></div>
<header class="header"><nav class="header__nav" aria-label="Main"><ul>${links(BK_NAV, 'header__item')}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(['Home', 'Service status'])}</ol></nav>
<main id="main-content"><div class="notice notice--resolved"><span class="notice__label">Resolved</span>
<h1 class="heading-xl">Online banking and app problems on 15 March</h1><p class="notice__meta">Last updated: 15 March 2025, 11:40am</p>
<div class="rich-text">${ps(BK_PARAS)}
${BK_SECTIONS.map(([h, p]) => (h.startsWith('What') ? `<h2>${h}</h2><ul>${p.map((x) => `<li>${x}</li>`).join('')}</ul>` : `<h2>${h}</h2>${ps(p)}`)).join('\n')}
</div></div>
<a class="back-link" href="/service-status">Back to all service updates</a>
<div class="feedback"><p>Was this helpful?</p><button>Yes</button><button>No</button></div>
<section class="tiles"><h2>Other ways to get help</h2><ul>${links(['Report fraud', 'Find a branch', 'Check our service status'])}</ul></section></main>
<footer class="footer"><ul>${links(BK_FOOT)}</ul><p class="legal">${BK_FURN[21]}</p></footer></body></html>`;

export const HELDOUT235_C: readonly TestPage[] = [
  {
    name: 'heldout235-github-status-incident-news',
    kind: 'news',
    html: GH_HTML,
    title: 'Disruption with some GitHost services',
    headings: [],
    body: texts([...GH_UPDATES.map(([, b]) => b), GH_AFFECTED]),
    bylines: GH_UPDATES.map(([, , d]) => `Posted ${d}`),
    furniture: GH_FURN,
  },
  {
    name: 'heldout235-bank-disruption-notice-news',
    kind: 'news',
    html: BK_HTML,
    title: 'Online banking and app problems on 15 March',
    headings: BK_SECTIONS.map(([h]) => h),
    body: texts([...BK_PARAS, ...BK_SECTIONS.flatMap(([, p]) => p)]),
    bylines: ['Last updated: 15 March 2025, 11:40am'],
    furniture: [...BK_FURN, 'Resolved'],
  },
];
