import { links, ps, texts, type TestPage } from './page-kit.js';

/** Held-out batch 235, file F: a SaaS status RSS item rendered in a web feed reader and a public transport app's disruption item. */

const RS_UPDATES: ReadonlyArray<[string, string, string]> = [
  [
    'Jun 2, 17:05 UTC',
    'Resolved',
    'Search indexing has caught up and new records appear in search results within the usual few seconds. We will publish a postmortem.',
  ],
  [
    'Jun 2, 15:40 UTC',
    'Monitoring',
    'We have scaled the indexing workers and the backlog is shrinking. Records created in the last three hours may still be missing from search.',
  ],
  [
    'Jun 2, 14:12 UTC',
    'Identified',
    'A surge of bulk imports filled the indexing queue. Records are saved correctly but take up to 90 minutes to become searchable.',
  ],
  ['Jun 2, 13:50 UTC', 'Investigating', 'We are looking into reports that newly created contacts and deals do not show up in search.'],
];
const RS_FEEDS = ['All articles', 'Starred', 'Read later', 'Status pages', 'Brightdesk Status', 'Parcelwise Status', 'Team blogs', 'Add feed'];
const RS_FURN = [
  ...RS_FEEDS,
  'Mark all as read',
  'Star',
  'Keep unread',
  'Open original',
  'Send to',
  'Brightdesk Status - Incident History',
  '3 unread',
  'Upgrade to Pro for full-text search and rules',
  'Upgrade',
  'Previous article',
  'Next article',
  'Settings',
  'Keyboard shortcuts',
];
const RS_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Delayed search indexing for new records – Brightdesk Status – Feedhall</title>
<script src="/static/js/reader.bundle.js" defer></script></head>
<body class="reader theme-light"><div id="app"><aside class="feed-list" role="navigation"><ul>${links(RS_FEEDS, 'feed')}</ul>
<div class="promo"><p>Upgrade to Pro for full-text search and rules</p><button>Upgrade</button></div>
<ul>${links(['Settings', 'Keyboard shortcuts'])}</ul></aside>
<section class="stream"><header class="stream-header"><h2>Brightdesk Status - Incident History</h2><span class="count">3 unread</span>
<button>Mark all as read</button></header>
<div class="entry-view" role="main"><div class="entry-toolbar"><button>Star</button><button>Keep unread</button>
<a class="open" href="https://status.brightdesk.com/incidents/k9x2">Open original</a><button>Send to</button></div>
<article class="entry"><h1 class="entry-title"><a href="https://status.brightdesk.com/incidents/k9x2">Delayed search indexing for new records</a></h1>
<div class="entry-meta"><span class="entry-source">Brightdesk Status</span> · <time datetime="2025-06-02T17:05:00Z">Jun 2, 2025, 7:05 PM</time></div>
<div class="entry-content">
${RS_UPDATES.map(([d, s, b]) => `<p><small>${d}</small><br><strong>${s}</strong> - ${b}</p>`).join('\n')}
</div></article>
<nav class="entry-nav"><button>Previous article</button><button>Next article</button></nav></div></section></div></body></html>`;

const TR_PARAS = [
  'Severe delays on the Tramlink Red Line between Castlegate and Millbrook Park due to a points failure at Harbour Street.',
  'Trams are running every 15 minutes between Castlegate and Harbour Street only. There is no service between Harbour Street and Millbrook Park.',
  'Replacement buses are running between Harbour Street and Millbrook Park, calling at all tram stops. Allow up to 25 extra minutes for your journey.',
  'Tickets and passes are accepted on Routes 14 and 31 and on replacement buses.',
  'Engineers are on site. We expect a normal service to resume by early afternoon.',
];
const TR_ALT = [
  'From Castlegate to the airport, use the Blue Line via Central Station.',
  'Step-free access: replacement buses are accessible, but the temporary stop at Harbour Street is on the opposite side of the road.',
];
const TR_NAV = ['Plan a journey', 'Status updates', 'Maps', 'Tickets & fares', 'Help', 'Download the app'];
const TR_FURN = [
  ...TR_NAV,
  'Open in app',
  'Get Metrolinx Go on your phone for live departures and alerts.',
  'Install',
  'Not now',
  'Red Line',
  'Severe delays',
  'Affected stops',
  'Castlegate',
  'Harbour Street',
  'Millbrook Park',
  'Get alerts for this line',
  'Add to favourites',
  'Other disruptions',
  'Blue Line: Good service',
  'Route 14: Minor delays',
  'Lift out of service at Central Station',
  'Feedback',
  'Accessibility',
  'Privacy',
  'Open data',
  '© 2025 Metrolinx Transport Authority',
];
const TR_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="apple-itunes-app" content="app-id=1400000000">
<title>Red Line: Severe delays - Metrolinx Go</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SpecialAnnouncement","name":"Red Line: Severe delays",
"datePosted":"2025-07-09T08:12:00+01:00"}</script><script src="/_app/immutable/start.js" type="module"></script></head>
<body><div class="smart-banner" role="dialog"><p>Get Metrolinx Go on your phone for live departures and alerts.</p><button>Install</button>
<button>Not now</button></div>
<header class="topbar"><nav><ul>${links(TR_NAV)}</ul></nav><a class="btn" href="#">Open in app</a></header>
<main><div class="disruption" data-line="red" data-severity="severe"><div class="line-badge"><span class="line-name">Red Line</span>
<span class="status-pill severe">Severe delays</span></div>
<h1 class="disruption-title">Points failure at Harbour Street</h1>
<p class="disruption-time">Updated 08:12 · Wednesday 9 July</p>
<div class="disruption-body">${ps(TR_PARAS)}
<ul class="alt-routes">${TR_ALT.map((a) => `<li>${a}</li>`).join('')}</ul></div>
<div class="affected"><h3>Affected stops</h3><ul><li>Castlegate</li><li>Harbour Street</li><li>Millbrook Park</li></ul></div>
<div class="actions"><button>Get alerts for this line</button><button>Add to favourites</button></div></div>
<section class="others"><h2>Other disruptions</h2><ul>${links(TR_FURN.slice(19, 22), 'disruption-row')}</ul></section></main>
<footer><ul>${links(TR_FURN.slice(22, 26))}</ul><p>© 2025 Metrolinx Transport Authority</p></footer></body></html>`;

export const HELDOUT235_F: readonly TestPage[] = [
  {
    name: 'heldout235-saas-status-rss-item-news',
    kind: 'news',
    html: RS_HTML,
    title: 'Delayed search indexing for new records',
    headings: [],
    body: RS_UPDATES.map(([, s, b]) => `${s} - ${b}`),
    bylines: ['Jun 2, 2025, 7:05 PM', ...RS_UPDATES.map(([d]) => d)],
    furniture: RS_FURN,
  },
  {
    name: 'heldout235-transit-disruption-item-news',
    kind: 'news',
    html: TR_HTML,
    title: 'Points failure at Harbour Street',
    headings: [],
    body: texts([...TR_PARAS, ...TR_ALT]),
    bylines: ['Updated 08:12 · Wednesday 9 July'],
    furniture: TR_FURN,
  },
];
