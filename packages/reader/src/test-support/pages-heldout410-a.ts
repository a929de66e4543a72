import { links, ps, type TestPage, texts } from './page-kit.js';
import { head, lis } from './pages-heldout410-kit.js';

/**
 * Held-out batch 410, file a: an ArcGIS StoryMaps story (story header bar, cover with subtitle, byline and date, text blocks,
 * an image block and an express map block with captions and credits, a sidecar-free credits section and the StoryMaps footer)
 * and an ArcGIS Hub site page built with the Hub layout editor (rows of text, image, stat and event cards).
 */
const smTitle = 'The Marsh Comes Back: Twenty Years on the Orrin Estuary';
const smSub = [`How a cut in an old sea wall turned 140 hectares of grazing land into one of the busiest tidal marshes on the coast.`];
const smP1 = [
  `In the winter of 2006 an excavator opened a forty-metre gap in the clay bank that had kept the sea off Holloway Levels for two
centuries. The fields behind it had been wet pasture, grazed by a few hundred sheep and drained by a grid of ditches that nobody
had cleaned in years. Within a month the tide was reaching the far hedge line twice a day.`,
  `The breach was the first managed realignment on this part of the coast, and it was controversial. Farmers worried about salt
creeping into neighbouring land, and anglers feared the estuary channel would silt up. Twenty years on, the monitoring record
lets us answer some of those questions with data rather than argument.`,
];
const smH1 = 'Mud first, then plants';
const smP2 = [
  `The first change was not green at all. Sediment carried in on the flood tide settled on the old fields at a rate of up to three
centimetres a year, burying the pasture and raising the ground towards the level where marsh plants can survive.`,
  `Glasswort and annual sea-blite arrived in the third summer, on the highest mud near the old field margins. Common cord-grass
followed along the creek edges. By 2015 the survey teams were mapping seven distinct plant zones, from pioneer mud to a
narrow fringe of sea purslane along the upper edge.`,
];
const smH2 = 'What the birds tell us';
const smP3 = [
  `Monthly counts began before the breach, so we can compare like with like. Wintering waders are the clearest success: the peak
count of redshank rose from under forty to more than six hundred, and dunlin now use the site in flocks of several thousand
when the mudflats of the outer estuary are covered.`,
];
const smList = [
  'Redshank: winter peak of 38 in 2005, 612 in 2025',
  'Dunlin: absent before the breach, a five-year mean of 2,400 since 2020',
  'Little egret: first bred on the site in 2012, 19 pairs last spring',
  'Brent geese: now graze the upper marsh from November to March',
];
const smH3 = 'The questions that remain';
const smP4 = [
  `Not everything went to plan. The new creek network cut back towards the sea wall faster than the engineers had modelled, and a
stretch of the secondary bank had to be armoured with rock in 2019. Salt did reach one neighbouring ditch, which now carries a
brackish flow in dry summers.`,
  `The bigger question is time. The marsh has kept pace with sea level so far because the estuary still carries plenty of
sediment. If that supply falls, the lower zones will drown first. The next phase of monitoring will track sediment in the water
column as closely as we have tracked the birds.`,
];
const smNav = ['Share', 'Open in map viewer'];
const smCredits = ['Field surveys: Orrin Estuary Trust volunteers', 'Bird counts: Holloway Wetland Counts 2005–2025', 'Basemap: Esri, community data'];
const smFoot = ['Story created with', 'ArcGIS StoryMaps', 'Report abuse', 'Privacy', 'Accessibility'];
const smHtml = `<!DOCTYPE html><html lang="en" dir="ltr">${head(
  smTitle,
  'ArcGIS StoryMaps',
  smSub[0] ?? '',
  `{"@context":"https://schema.org","@type":"Article","headline":"${smTitle}","author":{"@type":"Person","name":"Maren Foley"},
"datePublished":"2026-02-11","publisher":{"@type":"Organization","name":"Esri"}}`,
  `<link rel="stylesheet" href="https://storymaps.arcgis.example/static/css/story.8a1f.css"><script>window.__STORY_ID__="d41a7c";</script>`,
)}
<body class="storymaps-viewer"><div id="root"><div class="jsx-2201481157 story-root theme-summit">
<header class="jsx-3871102 story-header story-header--compact" role="banner"><div class="story-header__left">
<a class="story-header__logo" href="https://www.orrinestuary.example" aria-label="Orrin Estuary Trust">Orrin Estuary Trust</a></div>
<div class="story-header__right"><button class="jsx-3871102 btn btn--icon story-header__share" aria-haspopup="true">${smNav[0]}</button>
<div class="share-menu" hidden><button>Facebook</button><button>LinkedIn</button><button>Copy link</button></div></div></header>
<main id="main-content" class="jsx-2201481157 story-content"><section class="jsx-1098 cover cover--full cover--image-left" data-block-id="cover">
<div class="cover__text"><h1 class="jsx-1098 cover__title sm-title">${smTitle}</h1>
<p class="jsx-1098 cover__subtitle">${smSub[0]}</p>
<div class="jsx-1098 cover__byline"><span class="cover__author">Maren Foley</span></div>
<div class="jsx-1098 cover__date"><time datetime="2026-02-11">February 11, 2026</time></div></div>
<figure class="cover__media"><img src="https://storymaps.arcgis.example/resources/cover.jpg" alt="Aerial view of tidal creeks"></figure></section>
<div class="jsx-55 story-blocks"><div class="block-wrapper" data-block-type="text">${ps(smP1, ' class="sm-text sm-text--paragraph"')}</div>
<figure class="block-wrapper image-block image-block--wide" data-block-type="image"><img src="https://storymaps.arcgis.example/resources/breach.jpg" alt="">
<figcaption class="image-block__caption"><span class="caption">The breach in the sea wall, February 2006.</span>
<span class="attribution">Photo: Tomas Reilly / Orrin Estuary Trust</span></figcaption></figure>
<h2 class="sm-heading sm-heading--h2" data-block-type="heading">${smH1}</h2>
<div class="block-wrapper" data-block-type="text">${ps(smP2, ' class="sm-text sm-text--paragraph"')}</div>
<figure class="block-wrapper map-block express-map" data-block-type="webmap"><div class="map-block__map esri-view" role="application"
aria-label="Map"><div class="esri-ui"><button class="esri-zoom">Zoom in</button><button class="esri-zoom">Zoom out</button></div>
<div class="esri-attribution__sources">Esri, community data</div></div>
<figcaption class="map-block__caption"><span class="caption">Plant zones mapped in the 2025 summer survey.</span></figcaption></figure>
<h2 class="sm-heading sm-heading--h2" data-block-type="heading">${smH2}</h2>
<div class="block-wrapper" data-block-type="text">${ps(smP3, ' class="sm-text sm-text--paragraph"')}
<ul class="sm-text sm-text--bullet-list">${lis(smList)}</ul></div>
<h2 class="sm-heading sm-heading--h2" data-block-type="heading">${smH3}</h2>
<div class="block-wrapper" data-block-type="text">${ps(smP4, ' class="sm-text sm-text--paragraph"')}</div>
<section class="jsx-77 credits-block" data-block-type="credits"><h2 class="credits-block__title">Credits</h2>
<ul class="credits-block__list">${lis(smCredits, 'credits-block__item')}</ul></section></div></main>
<footer class="jsx-9021 story-footer"><div class="story-footer__made-with">${smFoot[0]} <a href="https://storymaps.arcgis.example">${smFoot[1]}</a></div>
<ul class="story-footer__links">${links(smFoot.slice(2))}</ul></footer></div></div>
<script src="https://storymaps.arcgis.example/static/js/viewer.3c9e.js" defer></script></body></html>`;
const storyMaps: TestPage = {
  name: 'heldout410-arcgis-storymaps-blog',
  kind: 'blog',
  html: smHtml,
  title: smTitle,
  headings: [smH1, smH2, smH3],
  body: texts([...smSub, ...smP1, ...smP2, ...smP3, ...smList, ...smP4]),
  bylines: ['Maren Foley', 'February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orrin Estuary Trust', 'Share', 'Facebook', 'LinkedIn', 'Copy link', 'The breach in the sea wall, February 2006.',
    'Photo: Tomas Reilly / Orrin Estuary Trust', 'Zoom in', 'Zoom out', 'Plant zones mapped in the 2025 summer survey.', 'Credits', ...smCredits,
    ...smFoot,
  ],
};

const hbTitle = 'Greenway Counts: How We Measure Walking and Cycling';
const hbP1 = [
  `Since 2021 the Kelmarsh Valley Council has counted people on its off-road greenways with automatic counters. This page explains
where the counters are, how the numbers are produced and what they can and cannot tell you. The hourly data are published on this
site under an open licence and updated every Monday.`,
];
const hbH1 = 'Where the counters are';
const hbP2 = [
  `There are twenty-four counters on the network. Most sit on the three main corridors: the Old Railway Path, the Millstream Way and
the canal towpath between Ashby Wharf and Fenn Lock. A few are placed at entry points to parks where the greenways meet the street
network.`,
  `Each site was chosen so that a person passing it has no easy way round. That keeps double counting and missed trips low, but it
also means the counters do not show how people use the smaller paths between them.`,
];
const hbH2 = 'How the numbers are produced';
const hbP3 = [
  `Two kinds of sensor are used. Inductive loops cut into the path surface detect the metal in a bicycle wheel, and passive infrared
sensors on a post detect body heat. Where both are fitted, the number of pedestrians is the infrared count minus the loop count.`,
];
const hbList = [
  'Raw counts are collected every fifteen minutes and sent to the council overnight.',
  'Days with a sensor fault are flagged and left out of the monthly averages.',
  'Each counter is checked against a manual count twice a year, and a correction factor is applied.',
  'Counts at sites with heavy group traffic, such as park runs, are marked as events.',
];
const hbH3 = 'Using the data well';
const hbP4 = [
  `The counts are good at showing change over time at one place: whether a new crossing raised use, or how much winter weather cuts
trips. They are less suited to comparing two sites, because each path has its own mix of walkers, runners and riders.`,
  `If you publish an analysis, please cite the dataset and the date you downloaded it. Questions about a particular counter can be
sent to the Active Travel team, who also keep a log of maintenance visits.`,
];
const hbNav = ['Home', 'Data', 'Maps', 'Apps', 'Greenway Counts', 'About'];
const hbStats = ['24', 'Counters installed', '3.1 million', 'Trips counted in 2025'];
const hbEvents = ['Counting Day volunteer briefing', 'Open data drop-in at Ashby Library'];
const hbFoot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Open Government Licence'];
const hbHtml = `<!DOCTYPE html><html lang="en">${head(
  hbTitle,
  'Kelmarsh Valley Open Data',
  'How the council counts walking and cycling on its greenways.',
  `{"@context":"https://schema.org","@type":"WebPage","name":"${hbTitle}","isPartOf":{"@type":"WebSite","name":"Kelmarsh Valley Open Data"}}`,
  `<link rel="stylesheet" href="https://kelmarsh-valley-open-data-kvc.hub.arcgis.example/assets/opendata-ui.css">
<script>window.hubSiteSettings={"orgId":"kvc","siteId":"a12f","theme":{"header":{"background":"#1d4e3a"}}};</script>`,
)}
<body class="ember-application hub-site"><div id="ember4" class="ember-view"><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header" id="site-header"><div class="container"><div class="site-header__logo"><a href="/">
<img src="/logo.png" alt="Kelmarsh Valley Council"></a><span class="site-header__title">Kelmarsh Valley Open Data</span></div>
<nav class="site-header__nav" aria-label="Site"><ul class="nav nav-pills">${links(hbNav, 'nav-item')}</ul></nav>
<button class="btn btn-default site-header__signin">Sign In</button></div></header>
<main id="main" class="layout-container"><div class="layout-section banner-row" style="background-image:url(/greenway.jpg)">
<div class="row"><div class="col-xs-12"><div class="card-component jumbotron-card ember-view"><div class="banner-text">
<h1 class="banner-heading">${hbTitle}</h1></div><div class="search-card"><input type="search" placeholder="Search for data"
aria-label="Search for data"></div></div></div></div></div>
<div class="layout-section"><div class="row"><div class="col-md-8"><div class="card-component markdown-card ember-view">
<div class="markdown-content">${ps(hbP1)}<h2>${hbH1}</h2>${ps(hbP2)}<h2>${hbH2}</h2>${ps(hbP3)}<ul>${lis(hbList)}</ul>
<h2>${hbH3}</h2>${ps(hbP4)}</div></div></div>
<div class="col-md-4"><div class="card-component summary-statistic-card ember-view"><div class="stat-value">${hbStats[0]}</div>
<div class="stat-label">${hbStats[1]}</div></div><div class="card-component summary-statistic-card ember-view">
<div class="stat-value">${hbStats[2]}</div><div class="stat-label">${hbStats[3]}</div></div>
<div class="card-component image-card"><figure><img src="/counter.jpg" alt=""><figcaption>An infrared counter on the Old Railway Path.</figcaption>
</figure></div><div class="card-component follow-card"><h3>Follow this initiative</h3><button class="btn btn-primary">Follow</button></div>
</div></div></div>
<div class="layout-section"><div class="row"><div class="col-xs-12"><div class="card-component events-card ember-view"><h3>Upcoming events</h3>
<ul class="event-list">${links(hbEvents, 'event-list-item')}</ul><a href="/pages/events" class="btn btn-link">See all events</a></div>
<div class="card-component button-card"><a class="btn btn-primary btn-lg" href="/datasets/greenway-counts">Explore the data</a></div></div></div></div>
</main><footer class="site-footer"><div class="container"><ul class="footer-links">${links(hbFoot)}</ul>
<p class="footer-copy">© 2026 Kelmarsh Valley Council. Powered by ArcGIS Hub.</p></div></footer></div>
<div class="cookie-notice" role="dialog"><p>This site uses cookies to remember your settings and measure use.</p><button>Accept</button>
<button>Manage cookies</button></div><script src="/assets/opendata-ui.js"></script></body></html>`;
const hub: TestPage = {
  name: 'heldout410-arcgis-hub-docs',
  kind: 'docs',
  html: hbHtml,
  title: hbTitle,
  headings: [hbH1, hbH2, hbH3],
  body: texts([...hbP1, ...hbP2, ...hbP3, ...hbList, ...hbP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kelmarsh Valley Open Data', ...hbNav.filter((t) => t !== 'Greenway Counts'), 'Sign In', ...hbStats.slice(1),
    'An infrared counter on the Old Railway Path.', 'Follow this initiative', 'Upcoming events', ...hbEvents, 'See all events', 'Explore the data',
    ...hbFoot, '© 2026 Kelmarsh Valley Council. Powered by ArcGIS Hub.', 'This site uses cookies to remember your settings and measure use.',
    'Manage cookies', 'Accept',
  ],
};

export const HELDOUT410_A: readonly TestPage[] = [storyMaps, hub];
