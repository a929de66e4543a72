import { links, ps, type TestPage, texts } from './page-kit.js';
import { head, lis } from './pages-heldout410-kit.js';

/**
 * Held-out batch 410, file e: a newspaper's scrollytelling story on the Mapbox storytelling template (site masthead,
 * share bar, #story with #header h1, h2 subtitle and byline, #features steps with h3 chapters and images, an inline
 * "Read more" promo, #footer sources, related stories and newsletter box) and a university library's GIS Day event on
 * Springshare LibCal (breadcrumbs, event details list, registration box, add-to-calendar menu, sidebar and footer).
 */
const mbTitle = 'The Long Dry: How the Heath Fires Crossed the Corran Hills';
const mbSub = [`Over nine days last August, three fires merged into one. We followed its path across 4,600 hectares of moor and forest.`];
const mbChapters: [string, string[]][] = [
  [
    'Day one: a spark at Tollan Cross',
    [
      `The first fire was reported at 2.15 p.m. on 11 August, beside the lay-by at Tollan Cross where walkers park for the ridge path.
After five weeks without meaningful rain, the heather was dry enough to catch from a dropped cigarette or a disposable barbecue;
investigators have not been able to say which.`,
    ],
  ],
  [
    'Days two to four: the wind turns',
    [
      `For two days crews held the fire to the south side of the Corran Burn. Then the wind swung to the south-west and strengthened.
On the night of 13 August the fire jumped the burn in two places and ran uphill into the plantation at Glenvair, where the
conifers carried it far faster than the open moor had.`,
    ],
  ],
  [
    'Day five: three fires become one',
    [
      `Two smaller fires had started independently on the eastern slopes, one from a power line brought down by a falling branch.
By the morning of 15 August the three fronts had joined, and the evacuation of Lower Corran and Heathfoot was ordered. About
380 people spent two nights in the school at Braemount.`,
      `"We could see the glow from the kitchen window, and then the smoke came down and we couldn't see anything," said one resident
who asked not to be named.`,
    ],
  ],
  [
    'Days six to nine: the rain',
    [
      `Firebreaks cut by contractors along the old drove road held the northern edge. Rain arrived on 18 August, the first in forty
days, and by the next evening the fire service declared the blaze contained. Peat under the moor smouldered for weeks.`,
    ],
  ],
  [
    'What burned',
    [
      `Satellite images show that about two thirds of the burned area was open heather moor, which is expected to recover within a
decade. The rest was plantation and a small area of old birch woodland at Allt Dubh, the loss that ecologists regret most.`,
    ],
  ],
];
const mbNav = ['News', 'Politics', 'Environment', 'Business', 'Culture', 'Sport'];
const mbRelated = ['Moorland owners asked to cut wider firebreaks', 'Why peat fires can burn for months underground', 'Heathfoot residents return home'];
const mbFoot = ['About us', 'Contact', 'Complaints', 'Advertise', 'Privacy', 'Cookie settings'];
const mbSteps = mbChapters
  .map(
    ([h, p], i) => `<div id="chapter-${i + 1}" class="step${i === 0 ? ' active' : ''}"><div class="light"><h3>${h}</h3>
<img src="https://graphics.northernledger.example/corran-fire/step${i + 1}.jpg" alt="">${ps(p)}</div></div>`,
  )
  .join('\n');
const mbHtml = `<!DOCTYPE html><html lang="en">${head(
  mbTitle,
  'The Northern Ledger',
  mbSub[0] ?? '',
  `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mbTitle}","datePublished":"2026-02-23T06:00:00Z",
"author":{"@type":"Person","name":"Fiona Lachlan"},"publisher":{"@type":"Organization","name":"The Northern Ledger"}}`,
  `<script src="https://api.mapbox.example/mapbox-gl-js/v3.9.0/mapbox-gl.js"></script><script src="https://unpkg.example/scrollama@3.2.0"></script>
<link href="https://api.mapbox.example/mapbox-gl-js/v3.9.0/mapbox-gl.css" rel="stylesheet">
<style>#story{position:relative;z-index:2}.step{padding-bottom:50vh;opacity:.25}.step.active{opacity:.9}</style>`,
)}
<body><header class="ledger-masthead"><a class="ledger-logo" href="/">The Northern Ledger</a><nav><ul>${links(mbNav)}</ul></nav>
<a class="ledger-subscribe" href="/subscribe">Subscribe</a></header>
<div class="ledger-share" aria-label="Share this story"><span>Share this story</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
<div id="map" class="mapboxgl-map"><div class="mapboxgl-ctrl-attrib-inner">© Mapbox © OpenStreetMap Improve this map</div></div>
<div id="story"><div id="header" class="light"><h1>${mbTitle}</h1><h2>${mbSub[0]}</h2><p>By Fiona Lachlan, Environment Correspondent</p>
<p class="dateline">Published 23 February 2026</p></div>
<div id="features" class="lefty">
${mbSteps}
</div>
<aside class="ledger-promo"><p><strong>Read more:</strong> <a href="/news/fire-service-review">Fire service review calls for more moorland crews</a></p></aside>
<div id="footer" class="light"><p>Sources: Corran fire service incident log; satellite imagery from the Copernicus programme; Ledger analysis.</p>
<p>Graphics by Oskar Venn. Map data © OpenStreetMap contributors.</p></div></div>
<section class="ledger-related"><h2>More on the Corran fires</h2><ul>${links(mbRelated)}</ul></section>
<section class="ledger-newsletter"><h2>The Ledger Daily</h2><p>The day's essential stories, in your inbox before breakfast.</p>
<button>Sign up</button></section>
<footer class="ledger-footer"><ul>${links(mbFoot)}</ul><p>© 2026 The Northern Ledger</p></footer>
<script>mapboxgl.accessToken='pk.demo';var config={style:'mapbox://styles/ledger/corran',showMarkers:false,theme:'light',chapters:[]};</script>
</body></html>`;
const mapbox: TestPage = {
  name: 'heldout410-mapbox-storytelling-news',
  kind: 'news',
  html: mbHtml,
  title: mbTitle,
  headings: mbChapters.map(([h]) => h),
  body: texts([...mbSub, ...mbChapters.flatMap(([, p]) => p)]),
  bylines: ['By Fiona Lachlan, Environment Correspondent', 'Published 23 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Northern Ledger', ...mbNav, 'Subscribe', 'Share this story', 'Facebook', 'Email', '© Mapbox © OpenStreetMap Improve this map', 'Read more:',
    'Fire service review calls for more moorland crews',
    'Sources: Corran fire service incident log; satellite imagery from the Copernicus programme; Ledger analysis.',
    'Graphics by Oskar Venn. Map data © OpenStreetMap contributors.', 'More on the Corran fires', ...mbRelated, 'The Ledger Daily',
    "The day's essential stories, in your inbox before breakfast.", 'Sign up', ...mbFoot, '© 2026 The Northern Ledger',
  ],
};

const lcTitle = 'GIS Day 2026: Maps for a Changing Valley';
const lcP1 = [
  `Join the university libraries and the Department of Geography for our eighth annual GIS Day, a free afternoon of short
talks, hands-on sessions and a student map gallery. Everyone is welcome, whether you have built a hundred maps or have never
opened mapping software.`,
  `This year's theme is the Sedge Valley, the watershed that runs from the campus reservoir down to the estuary at Port Wenlow. Speakers
from the university, the county planning office and two community groups will show how they use maps to follow changes in
land use, flooding and wildlife along the river.`,
];
const lcH1 = 'Programme';
const lcList = [
  '1:00 pm – Welcome and lightning talks in the Map Room',
  '1:45 pm – Hands-on: your first web map with free tools (bring a laptop)',
  '2:45 pm – Panel: community mapping of the Sedge Valley flood of 2024',
  '3:30 pm – Student map gallery and poster judging, with coffee and cake',
];
const lcH2 = 'Student map gallery';
const lcP2 = [
  `Students at any level may enter a printed map or poster for the gallery. Entries should be A2 or smaller and must be dropped off
at the Map Room desk by 5 pm on Monday, November 16. The judges will award prizes for best cartography, best use of data and a
people's choice voted by visitors on the day.`,
  `Questions about the gallery can be sent to the Geospatial Data Librarian, Priya Ashcombe, through the Ask a Librarian service.`,
];
const lcH3 = 'Accessibility';
const lcP3 = [
  `The Map Room is on the ground floor of the Halden Library and has step-free access. The hands-on session has twenty seats with
library laptops for those who cannot bring one. If you need an interpreter or other support, please tell us when you register
so we can arrange it in advance.`,
];
const lcCrumbs = ['Harwood University Libraries', 'LibCal', 'Events Calendar', 'GIS Day 2026'];
const lcDl = [
  'Date:',
  'Wednesday, November 18, 2026',
  'Time:',
  '1:00pm - 4:30pm',
  'Location:',
  'Map Room (G.04), Halden Library',
  'Campus:',
  'Main Campus',
  'Audience:',
  'Faculty, Staff, Students, Public',
  'Categories:',
  'Data & GIS',
  'Registration Type:',
  'In-Person',
];
const lcSide = ['Upcoming Events', 'Intro to QGIS workshop', 'Finding historical maps in the archives', 'Data Visualization Drop-in Hours'];
const lcFoot = ['Powered by Springshare.', 'All rights reserved.', 'Report a tech support issue.', 'Login to LibApps'];
const lcHtml = `<!DOCTYPE html><html lang="en">${head(
  lcTitle,
  'Harwood University Libraries',
  'A free afternoon of talks, hands-on sessions and a student map gallery.',
  `{"@context":"https://schema.org","@type":"Event","name":"${lcTitle}","startDate":"2026-11-18T13:00","endDate":"2026-11-18T16:30",
"location":{"@type":"Place","name":"Halden Library"},"organizer":{"@type":"Organization","name":"Harwood University Libraries"}}`,
  `<link rel="stylesheet" href="https://libcal.harwood.example/css2.33/LibCal_public.min.css"><script>springSpace.Util.jsonVars={"iid":4412};</script>`,
)}
<body class="s-lc-public s-lc-public-event"><div id="s-lc-public-header"><a href="https://library.harwood.example">
<img src="/header.png" alt="Harwood University Libraries"></a></div>
<div id="s-lc-public-bc"><nav aria-label="breadcrumb"><ol class="breadcrumb">
${lcCrumbs.map((c) => `<li class="breadcrumb-item"><a href="#">${c}</a></li>`).join('\n')}
</ol></nav></div>
<div id="s-lc-public-main" class="container-fluid"><div class="row"><div id="s-lc-event-main" class="col-md-9">
<h1 id="s-lc-public-pt" class="s-lc-h1">${lcTitle}</h1><div class="s-lc-event-cal-name">Main Library Events Calendar</div>
<div id="s-lc-event-details"><dl class="dl-horizontal s-lc-event-dl">${[0, 2, 4, 6, 8, 10, 12, 14]
  .map(
    (i) => `<dt>${lcDl[i]}</dt>
<dd>${(lcDl[i + 1] ?? '').replace(/&/g, '&amp;')}</dd>`,
  )
  .join('\n')}</dl></div>
<div class="s-lc-event-desc">${ps(lcP1)}<h2>${lcH1}</h2><ul>${lis(lcList)}</ul><h2>${lcH2}</h2>${ps(lcP2)}<h2>${lcH3}</h2>${ps(lcP3)}</div>
<div class="s-lc-event-presenter"><strong>Presenter:</strong> Dr. Tobias Wren, Department of Geography</div>
<div id="s-lc-event-reg" class="s-lc-event-reg-box"><h2>Registration</h2><p>Registration is required. There are 64 seats available.</p>
<a class="btn btn-primary" href="#register">Register</a></div>
<div class="s-lc-event-actions"><div class="dropdown"><button class="btn btn-default dropdown-toggle">Add to Calendar</button><ul class="dropdown-menu">
<li><a href="#">Google Calendar</a></li><li><a href="#">Outlook</a></li><li><a href="#">iCal</a></li></ul></div>
<button class="btn btn-default s-lc-share">Share This Event</button></div></div>
<div id="s-lc-event-sidebar" class="col-md-3"><h2>${lcSide[0]}</h2><ul>${links(lcSide.slice(1))}</ul>
<a href="/calendar/events">More Events</a></div></div></div>
<div id="s-lc-public-footer"><p>${lcFoot[0]} ${lcFoot[1]}</p><p><a href="#">${lcFoot[2]}</a> <a href="#">${lcFoot[3]}</a></p></div>
<div id="s-lc-cookie-notice" role="alert"><p>This site uses cookies to keep you signed in and to understand how the calendar is used.</p>
<button>OK</button></div></body></html>`;
const libCal: TestPage = {
  name: 'heldout410-libcal-gis-day-news',
  kind: 'news',
  html: lcHtml,
  title: lcTitle,
  headings: [lcH1, lcH2, lcH3],
  body: texts([...lcP1, ...lcList, ...lcP2, ...lcP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lcCrumbs, 'Main Library Events Calendar', ...lcDl, 'Presenter:', 'Dr. Tobias Wren, Department of Geography', 'Registration',
    'Registration is required. There are 64 seats available.', 'Register', 'Add to Calendar', 'Google Calendar', 'Outlook', 'iCal', 'Share This Event',
    ...lcSide, 'More Events', ...lcFoot, 'This site uses cookies to keep you signed in and to understand how the calendar is used.',
  ],
};

export const HELDOUT410_E: readonly TestPage[] = [mapbox, libCal];
