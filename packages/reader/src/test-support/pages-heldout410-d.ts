import { links, ps, type TestPage, texts } from './page-kit.js';
import { head, lis } from './pages-heldout410-kit.js';

/**
 * Held-out batch 410, file d: an OpenStreetMap diary entry on openstreetmap.org's Rails and Bootstrap template (site header
 * with its own h1, the diary's heading block, "Posted by" line, location, comments with "Comment from" lines, the
 * comment form notice) and a Felt-style shared map page rendered by a Next.js app (CSS-module class names, map toolbar,
 * legend of layers, the map's "About this map" panel, pins' labels, comments and the "Made with Felt" badge).
 */
const odTitle = 'Three winters of mapping the footpaths around Vellmoor';
const odP1 = [
  `When I moved to Vellmoor in 2023 the map around the village was almost empty. The roads were there, traced from imagery years
ago, but the footpaths that everyone here actually uses were missing, along with most of the stiles, gates and the little bridges
over the Kettle Brook. This is a short write-up of how I filled that gap, mostly on weekend walks in winter.`,
];
const odH1 = 'Why winter';
const odP2 = [
  `Winter is the best time to survey paths in this kind of country. The bracken is down, the hedges are cut, and you can see where a
path really runs instead of guessing from a gap in the trees. The aerial imagery is from summer, so a lot of paths are simply
invisible on it.`,
];
const odH2 = 'What I recorded';
const odP3 = [`I settled on a routine for each walk, which kept the edits consistent:`];
const odList = [
  'A GPS trace, uploaded the same evening and used only as a guide, never copied straight in.',
  'Photos of every gate, stile and signpost, with the camera clock synced to the GPS.',
  'Notes on surface and how muddy the path was, which I turned into surface and smoothness tags.',
  'The council path numbers from the fingerposts, added as prow_ref.',
];
const odH3 = 'What I learned';
const odP4 = [
  `Roughly sixty kilometres of path are now on the map, along with 140 gates and stiles. A few things surprised me. The council's
definitive map does not always match the path on the ground, and in those cases I mapped what is walkable and left a note.
Several landowners stopped to ask what I was doing, and all but one were glad that the paths would show on phone maps.`,
  `If you live somewhere rural, I really recommend this. It is good exercise, and the local walking group now uses OSM-based maps
for their leaflets. Next winter I want to tackle the bridleways east of the A-road, which are in a sorry state on the map.`,
];
const odComments = [
  `Great write-up. The tip about syncing the camera clock is one I wish I had known years ago.`,
  `Did you tag the stiles as barriers on the path ways or as separate nodes? We argued about this in our local group for weeks.`,
  `Separate nodes on the way, with barrier=stile. It renders nicely and routers handle it well.`,
];
const odNav = ['Edit', 'History', 'Export', 'GPS Traces', 'User Diaries', 'Communities', 'Copyright', 'Help', 'About', 'Log In', 'Sign Up'];
const odComment = (who: string, when: string, text: string, id: number): string => `<article class="row mb-3 diary-comment" id="comment${id}">
<div class="col-auto"><img class="user_thumbnail_tiny rounded" src="/avatar/${id}.png" alt=""></div><div class="col">
<p class="mb-0"><small class="text-body-secondary">Comment from <a href="/user/${who}">${who}</a> on <time datetime="2026-02-2">${when}</time></small></p>
<div class="richtext text-break">${ps([text])}</div></div></article>`;
const odHtml = `<!DOCTYPE html><html lang="en" dir="ltr">${head(
  `Vellmoor footpaths diary | ${odTitle}`,
  'OpenStreetMap',
  'A write-up of three winters of footpath surveys around Vellmoor.',
  `{"@context":"https://schema.org","@type":"BlogPosting","headline":"${odTitle}","author":{"@type":"Person","name":"kettlebrook_walker"}}`,
  `<link rel="stylesheet" href="/assets/common-4a1c.css"><script src="/assets/application-9e2b.js" defer></script>
<meta name="csrf-param" content="authenticity_token">`,
)}
<body class="diary_entries diary_entries-show"><header class="d-flex bg-body closed z-3"><h1 class="d-flex m-0 fw-semibold">
<a href="/" class="text-body-emphasis text-decoration-none geolink"><img src="/assets/osm_logo.svg" alt="" width="30" height="30">
<span class="d-md-none d-xl-inline">OpenStreetMap</span></a></h1>
<nav class="primary"><ul class="nav">${links(odNav.slice(0, 3), 'nav-item')}</ul></nav>
<nav class="secondary"><ul class="nav">${links(odNav.slice(3, 9), 'nav-item')}</ul><div class="d-inline-flex">${links(odNav.slice(9))}</div></nav></header>
<div id="content"><div class="content-heading"><div class="content-inner"><div class="row"><div class="col-sm-auto">
<img class="user_image rounded" src="/avatar/881.png" alt=""></div>
<div class="col"><h1><a href="/user/kettlebrook_walker/diary">kettlebrook_walker's Diary</a></h1>
<nav class="secondary-actions mb-3"><ul><li><a href="/user/kettlebrook_walker/diary/rss">Diary Entries RSS</a></li></ul></nav></div></div></div></div>
<div class="content-body"><div class="content-inner"><article class="diary_post">
<div class="mb-3"><h2><a href="/user/kettlebrook_walker/diary/408112">${odTitle}</a></h2>
<small class="text-body-secondary">Posted by <a href="/user/kettlebrook_walker">kettlebrook_walker</a> on
<time datetime="2026-02-18T21:04:11Z">18 February 2026</time> in English.</small></div>
<div class="richtext text-break">${ps(odP1)}<h2>${odH1}</h2>${ps(odP2)}<h2>${odH2}</h2>${ps(odP3)}<ul>${lis(odList)}</ul>
<h2>${odH3}</h2>${ps(odP4)}</div>
<div class="clearfix"><ul class="list-inline mb-0"><li class="list-inline-item">Location: <a href="/#map=13/52.11/-1.92">Vellmoor, Fendale District</a></li>
</ul><ul class="list-inline float-end"><li class="list-inline-item"><a href="/reports/new">Report this entry</a></li></ul></div></article>
<h3 id="comments">Discussion</h3><div class="diary-comments">
${odComment('marlpit_mapper', '19 February 2026 at 08:12', odComments[0] ?? '', 1)}
${odComment('Ysolde R', '19 February 2026 at 17:40', odComments[1] ?? '', 2)}
${odComment('kettlebrook_walker', '20 February 2026 at 09:02', odComments[2] ?? '', 3)}</div>
<div class="alert alert-info">Log in to leave a comment</div></div></div></div>
<footer class="text-body-secondary small">OpenStreetMap® is open data, licensed under the Open Data Commons Open Database License (ODbL) by the
OpenStreetMap Foundation.</footer></body></html>`;
const osmDiary: TestPage = {
  name: 'heldout410-osm-diary-blog',
  kind: 'blog',
  html: odHtml,
  title: odTitle,
  headings: [odH1, odH2, odH3],
  body: texts([...odP1, ...odP2, ...odP3, ...odList, ...odP4]),
  bylines: ['Posted by kettlebrook_walker on 18 February 2026 in English.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'OpenStreetMap', ...odNav, "kettlebrook_walker's Diary", 'Diary Entries RSS', 'Location:', 'Vellmoor, Fendale District', 'Report this entry',
    'Discussion', ...odComments, 'Comment from marlpit_mapper on 19 February 2026 at 08:12', 'Comment from Ysolde R on 19 February 2026 at 17:40',
    'Comment from kettlebrook_walker on 20 February 2026 at 09:02', 'Log in to leave a comment',
    'OpenStreetMap® is open data, licensed under the Open Data Commons Open Database License (ODbL) by the OpenStreetMap Foundation.',
  ],
};

const ftTitle = 'Where Fallowmere Needs Bike Parking';
const ftAbout = [
  `This map collects the places where people in central Fallowmere told us they could not find anywhere to lock a bike. We asked
on our members' forum, at two market-day stalls and through a short online form between October and December, and had
312 answers. Every red pin is one request; the green pins are existing stands counted by our volunteers in November.`,
  `The pattern is clear. Requests bunch around the station forecourt, the library, the three supermarkets on Abbey Road and the
health centre, where the only stand is inside a staff car park. The riverside, which has the most stands, had almost no
requests at all.`,
];
const ftH1 = 'How to read the map';
const ftList = [
  'Red pins: a request for parking, with the reason in the pin note where people gave one.',
  'Green pins: an existing Sheffield stand or rack, with the number of bikes it holds.',
  'Orange areas: blocks where more than ten requests fall within a hundred metres.',
  'The dashed line is the town-centre boundary used in the council transport plan.',
];
const ftH2 = 'What we are asking for';
const ftP2 = [
  `We are sending this map to the council with a request for sixty new stands in the orange areas before the summer, starting
with the station and the health centre. If you know a spot we missed, leave a comment on the map and we will add it at the
next update.`,
];
const ftLayers = ['Parking requests (312)', 'Existing stands (88)', 'Request clusters', 'Boundary (transport plan)'];
const ftPins = ['Station forecourt: 41 requests', 'Library steps: 23 requests', 'Health centre: 19 requests'];
const ftComments = [
  'The covered racks at the leisure centre are always full on Saturdays, worth adding.',
  'Thanks, added as a request pin on the next update.',
];
const ftHtml = `<!DOCTYPE html><html lang="en">${head(
  ftTitle,
  'Felt',
  'Requests for bike parking in central Fallowmere, gathered by the Fallowmere Cycle Forum.',
  `{"@context":"https://schema.org","@type":"Map","name":"${ftTitle}","author":{"@type":"Organization","name":"Fallowmere Cycle Forum"}}`,
  `<link rel="preload" href="/_next/static/css/4b1a2e.css" as="style"><link rel="stylesheet" href="/_next/static/css/4b1a2e.css">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"mapId":"Fallowmere-Bike-Parking-Q8xk2","isPublic":true}},
"page":"/map/[mapSlug]","buildId":"felt-2026.03.1"}</script>`,
)}
<body><div id="__next"><div class="MapPage_root__k2Fq1"><header class="MapHeader_header__Ux9pL" data-testid="map-header">
<a class="MapHeader_logo__P0a1d" href="/" aria-label="Felt home">Felt</a><div class="MapHeader_titleGroup__Zx3mE">
<h1 class="MapHeader_title__r5Vtq" data-testid="map-title">${ftTitle}</h1>
<span class="MapHeader_owner__Lw2hN">Fallowmere Cycle Forum</span><span class="MapHeader_edited__dd8Qa">Edited 6 days ago</span></div>
<div class="MapHeader_actions__b7RtA"><button class="Button_button__Qz1 Button_secondary__Ax3">Duplicate</button>
<button class="Button_button__Qz1 Button_primary__Wn7">Share</button><a class="Button_button__Qz1" href="/signin">Sign in</a></div></header>
<div class="MapPage_body__c3Vn1"><aside class="Sidebar_sidebar__Jk8mC" data-testid="sidebar"><div class="Sidebar_tabs__zz1B">
<button aria-selected="true">Legend</button>
<button aria-selected="false">Comments (2)</button></div><section class="Legend_legend__Hh4sP">
<ul class="Legend_layers__y6QwE">${lis(ftLayers, 'Legend_layer__f9Dd')}
</ul></section><section class="MapDescription_root__Nn2kT" data-testid="map-description"><h2 class="MapDescription_heading__uQ9v">About this map</h2>
<div class="MapDescription_body__sT4p ProseMirror">${ps(ftAbout)}<h3>${ftH1}</h3><ul>${lis(ftList)}</ul><h3>${ftH2}</h3>${ps(ftP2)}</div></section>
<section class="Comments_root__b1Ls" hidden>${ftComments
  .map(
    (c, i) =>
      `<div class="Comment_comment__Yq7"><span class="Comment_author__p0">${
        ['Dev Okonjo', 'Fallowmere Cycle Forum'][i]
      }</span><p class="Comment_text__x3">${c}</p></div>`,
  )
  .join('')}</section></aside>
<main class="MapCanvas_root__Mp2zX"><div class="maplibregl-map" data-testid="map-canvas">
<canvas class="maplibregl-canvas" aria-label="Map" role="region"></canvas>
<div class="MapPins_pins__e3Tr">${ftPins.map((p) => `<div class="MapPin_label__o2Lm" role="button">${p}</div>`).join('')}</div>
<div class="Toolbar_toolbar__g8Hp" role="toolbar"><button title="Zoom to fit">Zoom to fit</button><button title="Measure">Measure</button>
<button title="Toggle basemap">Basemap</button></div><div class="maplibregl-ctrl-attrib-inner">© Felt © OpenStreetMap contributors</div></div>
<a class="MadeWithFelt_badge__k4D" href="/">Made with Felt</a></main></div></div></div>
<script src="/_next/static/chunks/main-a1b2c3.js" defer></script><script src="/_next/static/chunks/pages/map/%5BmapSlug%5D-77e1.js" defer></script>
</body></html>`;
const felt: TestPage = {
  name: 'heldout410-felt-shared-map-blog',
  kind: 'blog',
  html: ftHtml,
  title: ftTitle,
  headings: [ftH1, ftH2],
  body: texts([...ftAbout, ...ftList, ...ftP2]),
  bylines: ['Fallowmere Cycle Forum', 'Edited 6 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Felt', 'Duplicate', 'Share', 'Sign in', 'Legend', 'Comments (2)', ...ftLayers, 'About this map', 'Dev Okonjo', ...ftComments, ...ftPins,
    'Zoom to fit', 'Measure', 'Basemap', '© Felt © OpenStreetMap contributors', 'Made with Felt',
  ],
};

export const HELDOUT410_D: readonly TestPage[] = [osmDiary, felt];
