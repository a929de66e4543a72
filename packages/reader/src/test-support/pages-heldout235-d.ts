import { links, ps, texts, type TestPage } from './page-kit.js';

/** Held-out batch 235, file D: a game's server status news post with patch notes and a university IT service alert. */

const GM_LEAD = [
  'Ashfall Online servers are back up after today’s extended maintenance. The downtime ran about 90 minutes longer than planned while we fixed a login ' +
    'queue fault.',
  'All players who logged in during the past week will receive 300 Ember Shards and a 24-hour experience boost as an apology.',
];
const GM_SECTIONS: ReadonlyArray<[string, string[]]> = [
  [
    'Server status by region',
    [
      'EU West, EU Central and NA East are online with normal queue times.',
      'NA West is online, but matchmaking for ranked Siege is disabled until 20:00 UTC.',
      'Oceania is online. Some players may need to restart the launcher to see the server list.',
    ],
  ],
  [
    'Patch 4.12.1 notes',
    [
      'Fixed an issue where players could be stuck on the loading screen after a server transfer.',
      'The Warden’s Bulwark ability now correctly reduces damage from behind.',
      'Reduced the respawn timer in Ironmarch Siege from 18 to 14 seconds.',
      'Guild vault logs now show item withdrawals older than seven days.',
    ],
  ],
  [
    'Known issues',
    [
      'Some achievements earned during the maintenance window may not appear until your next login. Your progress has been saved.',
      'If you still cannot connect, please check the support site before opening a ticket, as response times are longer than usual today.',
    ],
  ],
];
const GM_NAV = ['News', 'Game Info', 'Media', 'Esports', 'Shop', 'Support', 'Play Free'];
const GM_FOOT = ['Terms of Service', 'Privacy Notice', 'Cookie Preferences', 'Player Support', 'Careers', '© 2025 Cinderforge Games'];
const GM_FURN = [
  ...GM_NAV,
  'Log in',
  'Patch Notes',
  'Server Status',
  'Live Service Status',
  'Online',
  'Limited',
  'Share',
  'Copy link',
  'More News',
  'Season of the Long Night begins next week',
  'Developer update: crafting rework',
  'Community spotlight: Ironmarch speedruns',
  'Follow us',
  'Get the latest news',
  'Sign up',
  ...GM_FOOT,
];
const GM_HTML = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Servers back online – Patch 4.12.1 | Ashfall Online</title>
<meta property="og:title" content="Servers back online – Patch 4.12.1"><meta property="og:image" content="/media/news/4121-hero.jpg">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"4121","category":"Patch Notes"}}}}</script></head>
<body><div id="__next"><header class="riotbar" data-testid="riotbar"><a class="logo">Ashfall</a><nav><ul>${links(GM_NAV)}</ul></nav>
<button class="login">Log in</button></header>
<div class="status-ticker" role="status"><span class="ticker-label">Live Service Status</span><span class="pill ok">Online</span>
<span class="pill warn">Limited</span></div>
<main><article data-testid="article"><div class="article-hero"><img src="/media/news/4121-hero.jpg" alt=""></div>
<div class="article-meta"><a class="category" href="/news/patch-notes">Patch Notes</a><a class="category" href="/news/server-status">Server Status</a>
<time datetime="2025-05-06T18:30:00Z">05/06/2025</time><span class="author">Cinderforge Live Team</span></div>
<h1 data-testid="title">Servers back online – Patch 4.12.1</h1>
<div class="share"><button>Share</button><button>Copy link</button></div>
<div id="patch-notes-container" class="article-body">${ps(GM_LEAD)}
${GM_SECTIONS.map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/\W+/g, '-')}">${h}</h2>\n<ul>${p.map((x) => `<li>${x}</li>`).join('\n')}</ul>`).join('\n')}
</div></article>
<section class="more-news"><h2>More News</h2><ul>${links(GM_FURN.slice(16, 19), 'news-card')}</ul></section>
<section class="signup"><h3>Follow us</h3><p>Get the latest news</p><button>Sign up</button></section></main>
<footer class="footer"><ul>${links(GM_FOOT)}</ul></footer></div></body></html>`;

const UN_PARAS = [
  'The university VPN (GlobalConnect) is currently unavailable for some staff and students connecting from off campus. Connections fail with the ' +
    'message “Gateway not responding”.',
  'IT Services are working with our network provider to restore the service. On-campus Wi-Fi (eduroam and Harwell-Guest) and wired connections are not ' +
    'affected.',
  'Most teaching systems, including Moodle, Office 365 and the library catalogue, do not need the VPN and remain available.',
];
const UN_SECTIONS: ReadonlyArray<[string, string[]]> = [
  [
    'Who is affected',
    [
      'Staff who need the VPN to reach finance, HR or research storage systems from home.',
      'Postgraduate researchers using remote desktop to lab machines.',
      'Anyone using the VPN to reach licensed software servers.',
    ],
  ],
  [
    'Workaround',
    [
      'Files on research storage can be reached through the web file portal at files.harwell.ac.uk using your university login.',
      'If you need urgent access to a system that requires the VPN, contact the IT Service Desk and we will look at temporary options with you.',
    ],
  ],
];
const UN_UPDATES = [
  'Update 14:20 – Our provider has identified a failed component at the campus data centre and an engineer is on site.',
  'Update 12:05 – We are aware of the problem and are investigating.',
];
const UN_NAV = ['Study', 'Research', 'Business', 'About', 'Staff', 'Students', 'Search'];
const UN_SIDE = ['Service status', 'Planned maintenance', 'Get help', 'Report a problem', 'Accounts and passwords', 'Wi-Fi and networks', 'Software'];
const UN_FOOT = ['Contact us', 'Accessibility statement', 'Freedom of information', 'Privacy and cookies', 'Modern slavery statement'];
const UN_FURN = [
  'Skip to main content',
  ...UN_NAV,
  'University of Harwell',
  'IT Services',
  ...UN_SIDE,
  'Status: Investigating',
  'Priority: High',
  'Service: VPN (GlobalConnect)',
  'Subscribe to IT alerts',
  'Get service alerts by email or follow @HarwellIT.',
  'IT Service Desk',
  'Phone 01632 960 411 (8am to 6pm weekdays)',
  'Was this page useful?',
  ...UN_FOOT,
  '© University of Harwell 2025',
];
const UN_HTML = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>VPN unavailable off campus - IT Services - University of Harwell</title>
<meta name="description" content="IT service alert: VPN unavailable off campus"><link rel="stylesheet" href="/t4/css/site.css">
<script src="/t4/js/global.js"></script></head>
<body class="t4-page"><a class="skip-link" href="#main">Skip to main content</a>
<header class="uni-header"><a class="uni-logo" href="/">University of Harwell</a><nav class="uni-nav"><ul>${links(UN_NAV)}</ul></nav></header>
<div class="site-title"><a href="/it">IT Services</a></div>
<div class="layout"><aside class="side-nav" aria-label="Section"><ul>${links(UN_SIDE)}</ul></aside>
<main id="main"><h1>VPN unavailable off campus</h1>
<dl class="alert-meta"><div>Status: Investigating</div><div>Priority: High</div><div>Service: VPN (GlobalConnect)</div>
<div>Reported: Tuesday 11 March 2025, 11:52</div></dl>
<div class="alert-updates"><p><strong>${UN_UPDATES[0]}</strong></p><p>${UN_UPDATES[1]}</p></div>
${ps(UN_PARAS)}
${UN_SECTIONS.map(([h, p]) => (h === 'Workaround' ? `<h2>${h}</h2>${ps(p)}` : `<h2>${h}</h2><ul>${p.map((x) => `<li>${x}</li>`).join('')}</ul>`)).join('\n')}
<div class="callout"><h3>Subscribe to IT alerts</h3><p>Get service alerts by email or follow @HarwellIT.</p></div>
<div class="contact-box"><h3>IT Service Desk</h3><p>Phone 01632 960 411 (8am to 6pm weekdays)</p></div>
<p class="page-feedback">Was this page useful?</p></main></div>
<footer class="uni-footer"><ul>${links(UN_FOOT)}</ul><p>© University of Harwell 2025</p></footer></body></html>`;

export const HELDOUT235_D: readonly TestPage[] = [
  {
    name: 'heldout235-game-server-status-news',
    kind: 'news',
    html: GM_HTML,
    title: 'Servers back online – Patch 4.12.1',
    headings: GM_SECTIONS.map(([h]) => h),
    body: texts([...GM_LEAD, ...GM_SECTIONS.flatMap(([, p]) => p)]),
    bylines: ['05/06/2025', 'Cinderforge Live Team'],
    furniture: GM_FURN,
  },
  {
    name: 'heldout235-university-it-alert-news',
    kind: 'news',
    html: UN_HTML,
    title: 'VPN unavailable off campus',
    headings: UN_SECTIONS.map(([h]) => h),
    body: texts([...UN_UPDATES, ...UN_PARAS, ...UN_SECTIONS.flatMap(([, p]) => p)]),
    bylines: ['Reported: Tuesday 11 March 2025, 11:52'],
    furniture: UN_FURN,
  },
];
