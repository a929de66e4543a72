import { links, ps, type TestPage, texts } from './page-kit.js';
import { head } from './pages-heldout410-kit.js';

/**
 * Held-out batch 410, file b: a Google Earth Voyager story as the Earth web app saves it (custom elements of the app shell,
 * toolbar, story viewer with slide cards, image credits, slide counter and the "Open in Google Earth" strip) and a Knight
 * Lab StoryMapJS story placed on a newspaper's projects page (site header, byline, menubar, slides with media captions and
 * credits, newsletter box and footer).
 */
const veTitle = 'Keepers of the Skerrow Coast';
const veIntro = [`Six lighthouses, one ferry route and two hundred years of people who lived at the edge of the chart.`];
const veSlides: [string, string[]][] = [
  [
    'Dunmarra Head',
    [
      `The oldest light on the coast was lit in 1824 with whale-oil lamps and a ring of polished copper reflectors. Three keepers
and their families shared a terrace of cottages behind the tower, and the children walked four miles to school along the
cliff path until a boat service began in 1890.`,
    ],
  ],
  [
    'Carrick Stack',
    [
      `Built on a rock that is cut off at every high tide, Carrick Stack was a posting that keepers dreaded. Supplies came by boat
once a fortnight when the weather allowed, and the log records a winter in 1911 when no relief landed for nine weeks.`,
      `The tower was automated in 1978. Today a solar array on the old helipad powers a light that can be seen for eighteen miles.`,
      `The keepers' last log, written on the morning the boat took them off for good, ends with a single line: "Light left in good order."`,
    ],
  ],
  [
    'The Sound ferry',
    [
      `Between Carrick and the island of Inchvarra runs the Sound, a channel that narrows to under a mile. A ferry has crossed it
since at least 1760, first under oars and sail, later as a small car ferry. The lights on either side were placed to guide it
through the tide race at night.`,
    ],
  ],
  [
    'Inchvarra North',
    [
      `The island light is unusual because its keepers farmed. The lighthouse board leased them twelve acres, and the accounts list
oats, potatoes and a small flock of sheep. Their stone walls are still visible from above as a neat grid north of the tower.`,
    ],
  ],
  [
    'Where to see them today',
    [
      `Dunmarra Head and Inchvarra North both have visitor centres that open from Easter to September. Carrick Stack can only be
seen from the water, but the summer ferry passes close enough to make out the keepers' landing steps. Walkers can follow the
coastal path between the two mainland lights in a long day.`,
    ],
  ],
];
const veToolbar = ['Search', 'Voyager', 'Projects', 'Map Style', 'Measure distance and area', 'Add to project'];
const veCredits = ['Image: Skerrow Coast Archive', 'Image: Ruaridh Bain', 'Image: Northern Lights Heritage Group'];
const veSlideHtml = veSlides
  .map(
    ([t, ps0], i) => `<earth-slide class="slide style-scope earth-story-viewer" data-slide-index="${i + 1}">
<earth-fly-to hidden data-camera="57.${i}1,-6.${i}2,1400"></earth-fly-to><div class="slide-card style-scope earth-story-viewer">
<div class="card-media"><img src="https://earth.google.example/voyager/skerrow/${i + 1}.jpg" alt="">
<div class="card-media-credit">${veCredits[i % 3] ?? ''}</div></div>
<h2 class="card-title style-scope earth-slide">${t}</h2><div class="card-description style-scope earth-slide">${ps(ps0)}</div>
<div class="slide-counter">${i + 2} / 6</div></div></earth-slide>`,
  )
  .join('\n');
const veHtml = `<!DOCTYPE html><html lang="en">${head(
  veTitle,
  'Google Earth',
  veIntro[0] ?? '',
  `{"@context":"https://schema.org","@type":"CreativeWork","name":"${veTitle}","author":{"@type":"Person","name":"Nadia Ferrant"}}`,
  `<script>window.EARTH_CONFIG={"locale":"en","voyagerStory":"skerrow-keepers","renderMode":"webgl2"};</script>
<style>earth-app{display:block;height:100vh}</style>`,
)}
<body><earth-app id="earth-app" class="voyager-open"><earth-toolbar id="toolbar" class="style-scope earth-app" role="toolbar">
<div class="toolbar-buttons">
${veToolbar
  .map(
    (t) => `<paper-icon-button class="toolbar-button" title="${t}">
<span class="label">${t}</span></paper-icon-button>`,
  )
  .join('\n')}
</div></earth-toolbar>
<earth-story-viewer id="story" class="style-scope earth-app"><earth-slide class="slide title-slide" data-slide-index="0">
<div class="title-card style-scope earth-story-viewer"><div class="story-kicker">Voyager · Travel</div>
<h1 class="story-title style-scope earth-story-viewer">${veTitle}</h1><div class="story-author">By Nadia Ferrant</div>
<div class="story-partner">In partnership with the Northern Lights Heritage Group</div>
<div class="story-description">${ps(veIntro)}</div><button class="start-button">Start story</button>
<div class="slide-counter">1 / 6</div></div></earth-slide>
${veSlideHtml}
<div class="story-nav"><paper-button class="prev">Previous</paper-button><paper-button class="next">Next</paper-button></div>
</earth-story-viewer>
<earth-view id="earthView" class="style-scope earth-app"><canvas id="earth-canvas" width="1280" height="800"></canvas>
<div class="attribution">Imagery ©2026 Landsat / Copernicus, Map data ©2026</div></earth-view>
<div class="open-in-earth"><span>Open in Google Earth to fly through the story in 3D</span><a href="https://earth.google.example/web/">Launch Earth</a></div>
</earth-app><script src="https://earth.google.example/static/earth_web_app.js" async></script></body></html>`;
const voyager: TestPage = {
  name: 'heldout410-google-earth-voyager-blog',
  kind: 'blog',
  html: veHtml,
  title: veTitle,
  headings: veSlides.map(([t]) => t),
  body: texts([...veIntro, ...veSlides.flatMap(([, p]) => p)]),
  bylines: ['By Nadia Ferrant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...veToolbar, 'Voyager · Travel', 'In partnership with the Northern Lights Heritage Group', 'Start story', '1 / 6', '2 / 6', '6 / 6', ...veCredits,
    'Previous', 'Next', 'Imagery ©2026 Landsat / Copernicus, Map data ©2026', 'Open in Google Earth to fly through the story in 3D', 'Launch Earth',
  ],
};

const klTitle = 'Mapping the 1952 Flood, Street by Street';
const klDek = [`Seventy-four years after the Brennock burst its banks, we traced the water's path using survivors' letters and council records.`];
const klSlides: [string, string[], string, string][] = [
  [
    'Upper Mill Lane, 9.40 p.m.',
    [
      `The first water reached the town at the mill race. Nell Garvey, then eleven, wrote to her aunt that the sound was "like a
train that never finished passing". Within half an hour the lane was knee-deep and the mill's lower floor had gone.`,
    ],
    'The mill race after the flood, photographed by the borough engineer.',
    'Brennock Borough Archive',
  ],
  [
    'The Market Square',
    [
      `By midnight the square was a lake. Stallholders had packed up hours earlier, but the cellars of the twelve shops around it
filled to the ceilings. The council minutes list more than £40,000 of losses, roughly £1.3 million today.`,
      `The water level is still marked on the wall of the old corn exchange, a brass line at the height of a tall man's shoulder.`,
    ],
    'The 1952 flood mark on the corn exchange wall.',
    'Photo: Imogen Sallis / The Brennock Courier',
  ],
  [
    'Tanners Row',
    [
      `The worst damage was in the terraces by the river. Twenty-three houses on Tanners Row were condemned after the flood, and the
families were rehoused on the new estate at Hollins Hill. Several told us they never went back to look at the street.`,
    ],
    'Tanners Row in March 1953, before demolition.',
    'Courtesy of the Garvey family',
  ],
  [
    'What changed',
    [
      `The flood led to the embankment that now runs along the Brennock for two miles, finished in 1958. It has held in every flood
since, including the near-miss of 2020, when the river came within thirty centimetres of its top.`,
      `Engineers say the embankment was designed for the climate of the 1950s. A review published last year recommends raising it by
half a metre over the next decade.`,
      `For the families of Tanners Row, the embankment came too late. Their old street is now a car park, and the only sign that houses
ever stood there is a line of kerbstones along one edge. A plaque naming the twenty-three households is due to be unveiled there
this spring, paid for by a collection among their descendants.`,
    ],
    'The embankment during the high water of February 2020.',
    'Environment monitoring photo',
  ],
];
const klNav = ['News', 'Sport', 'Opinion', 'Community', 'Projects', 'Subscribe'];
const klFoot = ['About the Courier', 'Contact the newsroom', 'Corrections', 'Terms and conditions', 'Privacy policy'];
const klSlideHtml = klSlides
  .map(
    ([h, ps0, cap, cred], i) => `<div class="vco-slide vco-slide-text-background" id="slide-${i + 1}"><div class="vco-slide-background"></div>
<div class="vco-slide-content-container"><div class="vco-slide-content"><div class="vco-media vco-media-image"><div class="vco-media-item vco-media-shadow">
<img class="vco-media-item vco-media-image vco-media-shadow" src="https://projects.brennockcourier.example/flood52/img/${i + 1}.jpg" alt=""></div>
<div class="vco-credit">${cred}</div><div class="vco-caption">${cap}</div></div>
<div class="vco-text"><div class="vco-headline"><h3 class="vco-headline-title">${h}</h3></div><div class="vco-text-content">${ps(ps0)}</div></div>
</div></div></div>`,
  )
  .join('\n');
const klHtml = `<!DOCTYPE html><html lang="en">${head(
  klTitle,
  'The Brennock Courier',
  klDek[0] ?? '',
  `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${klTitle}","datePublished":"2026-01-30T07:00:00Z",
"author":[{"@type":"Person","name":"Imogen Sallis"},{"@type":"Person","name":"Callum Dorney"}]}`,
  `<link rel="stylesheet" href="https://cdn.knightlab.example/libs/storymapjs/latest/css/storymap.css">
<script src="https://cdn.knightlab.example/libs/storymapjs/latest/js/storymap-min.js"></script>`,
)}
<body class="project-page"><header class="courier-header"><a class="courier-logo" href="/">The Brennock Courier</a>
<nav class="courier-nav"><ul>${links(klNav)}</ul></nav></header>
<main class="project"><div class="project-head"><p class="project-kicker">Special project</p><h1 class="project-title">${klTitle}</h1>
${ps(klDek, ' class="project-dek"')}<p class="project-byline">By Imogen Sallis and Callum Dorney</p>
<p class="project-date"><time datetime="2026-01-30">January 30, 2026</time></p></div>
<div id="storymap" class="vco-storymap vco-layout-landscape vco-skinny" style="width:100%;height:640px">
<div class="vco-menubar"><span class="vco-menubar-button" title="Overview"><span class="vco-icon-overview"></span> Overview</span>
<span class="vco-menubar-button" title="Back to Beginning"><span class="vco-icon-goback"></span> Back to Beginning</span></div>
<div class="vco-map"><div class="vco-map-display leaflet-container"><div class="leaflet-control-attribution">Leaflet | © OpenStreetMap contributors</div>
</div></div><div class="vco-storyslider"><div class="vco-slider-container-mask"><div class="vco-slider-container">
${klSlideHtml}
</div></div><div class="vco-slidenav-previous"><div class="vco-slidenav-content-container"><div class="vco-slidenav-icon"></div></div></div>
<div class="vco-slidenav-next"><div class="vco-slidenav-content-container"><div class="vco-slidenav-icon"></div></div></div></div></div>
<p class="project-credits">Map and reporting: Imogen Sallis and Callum Dorney. Built with StoryMapJS from Knight Lab.</p>
<aside class="newsletter-box"><h2>The Courier in your inbox</h2><p>Get the day's Brennock news every morning at seven.</p>
<form><input type="email" placeholder="Your email address" aria-label="Email"><button>Sign me up</button></form></aside></main>
<footer class="courier-footer"><ul>${links(klFoot)}</ul><p>© 2026 Brennock Courier Ltd. All rights reserved.</p></footer>
<script>var storymap = new KLStoryMap.StoryMap('storymap', 'flood52.json', {map_type:'osm:standard'});</script></body></html>`;
const knightLab: TestPage = {
  name: 'heldout410-knightlab-storymapjs-news',
  kind: 'news',
  html: klHtml,
  title: klTitle,
  headings: klSlides.map(([h]) => h),
  body: texts([...klDek, ...klSlides.flatMap(([, p]) => p)]),
  bylines: ['By Imogen Sallis and Callum Dorney', 'January 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Brennock Courier', ...klNav, 'Special project', 'Overview', 'Back to Beginning', 'Leaflet | © OpenStreetMap contributors',
    ...klSlides.flatMap(([, , c, r]) => [c, r]), 'Map and reporting: Imogen Sallis and Callum Dorney. Built with StoryMapJS from Knight Lab.',
    "The Courier in your inbox", "Get the day's Brennock news every morning at seven.", 'Sign me up', ...klFoot,
    '© 2026 Brennock Courier Ltd. All rights reserved.',
  ],
};

export const HELDOUT410_B: readonly TestPage[] = [voyager, knightLab];
