import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 234, file e2: a Mountain Project route page (top nav, area breadcrumbs, route title with grade spans for
 * several systems, star rating, route info table with Type, FA and Page Views, Description / Location / Protection h2s,
 * photo strip, "Suggest change", comments (furniture on a docs page; their names and dates bylines), area sidebar with
 * other routes, ad slot, REI-owned footer).
 */
const mpTitle = 'Osprey Arête';
const mpH = ['Description', 'Location', 'Protection'];
const mpDesc = [
  'A classic two-pitch line up the sharp arête on the left side of the Gull Buttress. Pitch 1 (5.8) follows a right-facing ' +
    'corner to a comfortable ledge with a two-bolt anchor. Pitch 2 (5.10a) steps left onto the arête and climbs it directly on ' +
    'positive edges, with the crux a balancy move past a small roof about 15 feet above the belay.',
  'The rock is excellent, clean and solid granite, though the top of pitch 2 can hold sand after storms. Sun from midday, so ' +
    'it is a good choice for cool mornings in spring and autumn.',
];
const mpLoc = [
  'From the Gull Cove parking area, follow the climbers’ trail north for ten minutes to the base of the buttress. The route ' +
    'starts at the obvious corner just right of the large pine. Descend by a single 60 m rappel from the top anchors to the ' +
    'ledge, then a second rappel to the ground, or walk off right on the slabs.',
];
const mpPro = [
  'Single rack from 0.3 to 3 inches with doubles in 0.5 to 1. Pitch 2 has two bolts protecting the crux; small cams fit in the ' +
    'flake above. Two-bolt anchors at both belays.',
];
const mpInfo = [
  ['Type:', 'Trad, 2 pitches, 180 ft (55 m)'],
  ['FA:', 'Nell Harkin and Joe Bracewell, 1981'],
  ['Page Views:', '8,412 total · 96/month'],
  ['Shared By:', 'Ivo Stranski on Mar 3, 2012'],
];
const mpNav = ['Route Guide', 'Forums', 'Partners', 'Gear', 'Community'];
const mpCrumbs = ['All Locations', 'Maine', 'Coastal Areas', 'Gull Cove', 'Gull Buttress'];
const mpFoot = ['About', 'Contact', 'Terms', 'Privacy', 'Support', 'Climbing Guidelines', 'Report an Error'];
const mpComments: [string, string, string][] = [
  ['Karin Holt', 'Sep 18, 2026', 'Crux felt more like 10b for shorter folks. Great route though, best pitch at the crag.'],
  ['Aleks Moyo', 'Jul 2, 2025', 'The lower bolt on P2 was replaced in 2025 by the local climbing coalition. Thanks!'],
];
const mpHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Osprey Arête, Gull Cove : Climbing Route | Mountain Project</title>
<meta name="description" content="Osprey Arête, 5.10a Trad, 2 pitches, 180 ft. Gull Buttress, Gull Cove, Maine.">
<meta property="og:site_name" content="Mountain Project"><script src="https://www.mountainproject.com/js/main.js" defer></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body><div class="top-nav"><nav class="navbar"><a class="navbar-brand" href="/">Mountain Project</a><ul>${links(mpNav)}</ul>
<input placeholder="Search routes, areas, users"><a href="/auth/login">Sign In</a></nav></div>
<div id="route-page" class="container"><div class="mb-half small text-warm"><a href="/route-guide">All Locations</a> &gt; <a href="/area/maine">Maine</a> &gt;
<a href="/area/coastal">Coastal Areas</a> &gt; <a href="/area/gull-cove">Gull Cove</a> &gt; <a href="/area/gull-buttress">Gull Buttress</a></div>
<div class="row pt-main-content"><div class="col-md-9 main-content float-md-right"><h1>${mpTitle}</h1>
<h2 class="inline-block mr-2"><span class="rateYDS">5.10a</span> <span class="rateFrench">6a</span> <span class="rateEwbanks">20</span></h2>
<span id="route-star-avg">Avg: 3.7 from 214 votes</span><a href="#" class="btn">Add to To-Do List</a><a href="#" class="btn">Tick It</a>
<table class="description-details">${mpInfo.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('')}</table>
<div class="mt-2 max-height max-height-md-0 max-height-xs-400"><h2 class="mt-2">${mpH[0]}</h2><div class="fr-view">${mpDesc.join('<br><br>')}</div>
<h2 class="mt-2">${mpH[1]}</h2><div class="fr-view">${mpLoc[0]}</div><h2 class="mt-2">${mpH[2]}</h2><div class="fr-view">${mpPro[0]}</div></div>
<a href="#" class="small">Suggest change</a><div class="section-title">Photos</div><div class="card-with-photo">
<span class="caption">Nell leading P2 in 1983. Photo: Harkin collection</span></div>
<div class="comments"><h2 class="comment-title">Comments</h2>${mpComments
  .map(
    (c) => `<div class="comment-item"><a class="bio" href="/user/x">${c[0]}</a>
<span class="comment-time">${c[1]}</span><div class="comment-body">${c[2]}</div></div>`,
  )
  .join('')}
<a href="#">Sign in to post a comment</a></div></div>
<div class="col-md-3 float-md-left"><div class="lef-nav-row"><h3>Routes in Gull Buttress</h3>
<ul>${links(['Tern Crack', 'Low Tide Slab', 'Kittiwake Corner'])}</ul></div>
<div class="ad-slot"><span>Advertisement</span><div id="div-gpt-ad-mp-side"></div></div></div></div></div>
<footer class="footer"><ul>${links(mpFoot)}</ul><p>© 2026 Adventure Projects, Inc.</p></footer>
<div class="cookie-bar"><p>This site uses cookies to give you the best experience.</p><button>Got it</button></div></body></html>`;

export const CLIMBING_PAGE: TestPage = {
  name: 'heldout234-mountainproject-route-docs',
  kind: 'docs',
  html: mpHtml,
  title: mpTitle,
  headings: mpH,
  body: texts([...mpDesc, ...mpLoc, ...mpPro]),
  // the route info table (type, FA, page views, shared by) is in neither list except its byline cell
  bylines: ['Ivo Stranski on Mar 3, 2012', ...mpComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: packed
  furniture: [
    ...mpNav, 'Sign In', ...mpCrumbs, 'Avg: 3.7 from 214 votes', 'Add to To-Do List', 'Tick It', 'Page Views:', '8,412 total · 96/month',
    'Suggest change', 'Photos', 'Nell leading P2 in 1983. Photo: Harkin collection', 'Comments', ...mpComments.map((c) => c[2]),
    'Sign in to post a comment', 'Routes in Gull Buttress', 'Tern Crack', 'Low Tide Slab', 'Kittiwake Corner', 'Advertisement', ...mpFoot,
    '© 2026 Adventure Projects, Inc.', 'This site uses cookies to give you the best experience.', 'Got it',
  ],
};
