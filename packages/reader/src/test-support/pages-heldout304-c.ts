import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout304-kit.js';

/**
 * Held-out batch 304, file c: a tide-times page on a Bootstrap tide site (navbar, location search, breadcrumbs, a short
 * intro, the day's tide table, sunrise and moon widgets, a seven-day table, the "About" text, ad slots, nearby-port links
 * and the footer; the main text is short) and a National Hurricane Center public advisory (the NHC header and left menu,
 * the storm's product links, the advisory in a `<pre>` with its summary block and sections, and the footer).
 */
const tTitle = 'Harrowby Sands Tide Times';
const tIntro = [
  j(
    'The tide is currently falling in Harrowby Sands. The next low tide is at 11:47 and the next high tide is at 17:58.',
    'Today’s tides are spring tides, so expect a larger range than usual and very low water around midday.',
  ),
];
const tAbout = [
  j(
    'Harrowby Sands sits on the eastern shore of Colby Bay, where a wide beach dries for almost a kilometre at low water.',
    'The flood tide runs in quickly across the flats, and walkers heading for Gull Rock should start back at least two',
    'hours before high water.',
  ),
  j(
    'Times are predicted from the nearest standard port at Elsin Harbour, and corrected for Harrowby Sands. Strong onshore',
    'winds and low pressure can make the water arrive earlier and rise higher than predicted.',
  ),
  'The slipway at the north end of the promenade can be used by small boats for about three hours either side of high water.',
];
const tNav = ['Tide Times', 'Tide Tables', 'Surf Reports', 'Weather', 'Sunrise & Sunset', 'Moon Phases'];
const tCrumb = ['Home', 'England', 'East Coast', 'Harrowby Sands'];
const tNear = ['Port Elsin', 'Colby Haven', 'Marten Ness', 'Shoreby', 'Little Tarrow'];
const tFoot = ['About', 'Contact', 'Privacy', 'Disclaimer'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harrowby Sands Tide Times | Tide Tables for Harrowby Sands | TideWatch</title>
<meta name="description" content="Harrowby Sands tide times for today, tomorrow and this week. High and low tide times and heights.">
<link rel="stylesheet" href="https://cdn.jsdelivr.example/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"><link rel="stylesheet" href="/css/site.css">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/2231/tides_top',[728,90],'ad-top');});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Place","name":"Harrowby Sands","geo":{"@type":"GeoCoordinates",
"latitude":53.112,"longitude":0.341}}</script></head>
<body><nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">TideWatch</a>
<ul class="navbar-nav me-auto">${links(tNav, 'nav-item')}</ul><form class="d-flex" role="search"><input class="form-control" type="search"
placeholder="Find a location"></form></div></nav>
<div class="container"><div id="ad-top" class="ad-slot text-center"><small class="text-muted">Advertisement</small></div>
<nav aria-label="breadcrumb"><ol class="breadcrumb">${links(tCrumb, 'breadcrumb-item')}</ol></nav>
<div class="row"><div class="col-lg-8"><h1 class="mb-1">${tTitle}</h1><p class="lead text-muted">Thursday 14 May 2026</p>
<div class="tide-summary">${ps(tIntro)}</div>
<h2 class="h4">Today's tide times for Harrowby Sands</h2>
<table class="table table-striped tide-table"><thead><tr><th>Tide</th><th>Time (BST)</th><th>Height</th></tr></thead><tbody>
<tr><td>High</td><td>05:31</td><td>6.42 m</td></tr><tr><td>Low</td><td>11:47</td><td>0.38 m</td></tr><tr><td>High</td><td>17:58</td>
<td>6.57 m</td></tr></tbody></table>
<div class="row sun-moon"><div class="col"><h3 class="h6">Sunrise</h3><p>04:58</p></div><div class="col"><h3 class="h6">Sunset</h3><p>20:44</p></div>
<div class="col"><h3 class="h6">Moon</h3><p>New Moon</p></div></div>
<div id="ad-mid" class="ad-slot"><small class="text-muted">Advertisement</small></div>
<h2 class="h4">Tide times for the next 7 days</h2><table class="table table-sm week-table"><tbody>
<tr><th>Fri 15</th><td>06:09</td><td>12:25</td><td>18:36</td></tr><tr><th>Sat 16</th><td>06:48</td><td>13:02</td><td>19:15</td></tr></tbody></table>
<a class="btn btn-outline-primary" href="/harrowby-sands/tide-table">View the full tide table</a>
<h2 class="h4 mt-4">About Harrowby Sands</h2><div class="about">${ps(tAbout)}</div>
<p class="small text-muted disclaimer">Tide predictions are not suitable for navigation. Always check local conditions.</p></div>
<div class="col-lg-4"><div class="card"><div class="card-header">Nearby tide stations</div><ul class="list-group list-group-flush">
${links(tNear, 'list-group-item')}</ul></div><div class="card mt-3"><div class="card-body"><h5 class="card-title">Surf forecast</h5>
<p class="card-text">Waves 0.5 to 1 m, light offshore wind.</p><a href="/surf/harrowby-sands" class="card-link">See surf report</a></div></div></div>
</div></div>
<footer class="bg-light py-4 mt-5"><div class="container"><ul class="list-inline">${links(tFoot, 'list-inline-item')}</ul>
<p class="small">© 2026 TideWatch. Tidal data derived from harmonic predictions.</p></div></footer>
<script src="https://cdn.jsdelivr.example/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script></body></html>`;
const tides: TestPage = {
  name: 'heldout304-tidewatch-tide-times-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ["Today's tide times for Harrowby Sands", 'Tide times for the next 7 days', 'About Harrowby Sands'],
  body: texts([...tIntro, ...tAbout]),
  bylines: ['Thursday 14 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TideWatch', ...tNav.filter((t) => t !== 'Tide Times'), 'Advertisement', 'England', 'East Coast', 'Sunrise', 'Sunset', 'New Moon',
    'View the full tide table',
    'Tide predictions are not suitable for navigation. Always check local conditions.', 'Nearby tide stations', ...tNear, 'Surf forecast',
    'Waves 0.5 to 1 m, light offshore wind.', 'See surf report', ...tFoot.filter((t) => t !== 'About'),
    '© 2026 TideWatch. Tidal data derived from harmonic predictions.',
  ],
};

const hTitle = 'Tropical Storm Ilona Public Advisory';
const hSum = [
  'LOCATION...24.6N 79.9W',
  'ABOUT 85 MI...140 KM SE OF KEY PALMETTO FLORIDA',
  'MAXIMUM SUSTAINED WINDS...65 MPH...100 KM/H',
  'PRESENT MOVEMENT...NW OR 315 DEGREES AT 9 MPH...15 KM/H',
  'MINIMUM CENTRAL PRESSURE...994 MB...29.36 INCHES',
];
const hWatch = [
  j(
    'CHANGES WITH THIS ADVISORY: The Tropical Storm Watch for the coast of Florida from Cape Brindle to Palmetto Inlet has',
    'been upgraded to a Tropical Storm Warning.',
  ),
  'SUMMARY OF WATCHES AND WARNINGS IN EFFECT: A Hurricane Watch is in effect for the Lower Palmetto Keys west of Seven Reef Bridge.',
];
const hDisc = [
  j(
    'At 1100 AM EDT (1500 UTC), the center of Tropical Storm Ilona was located near latitude 24.6 North, longitude 79.9 West.',
    'Ilona is moving toward the northwest near 9 mph (15 km/h), and this general motion is expected to continue through',
    'Saturday, followed by a turn toward the north on Sunday. On the forecast track, the center will move near or over the',
    'Lower Palmetto Keys tonight and approach the southwest coast of Florida on Saturday.',
  ),
  j(
    'Maximum sustained winds have increased to near 65 mph (100 km/h) with higher gusts. Strengthening is forecast, and',
    'Ilona could become a hurricane before it reaches the Keys.',
  ),
];
const hLand = [
  j(
    'RAINFALL: Ilona is expected to produce 4 to 8 inches of rain, with local amounts up to 12 inches, across the Palmetto',
    'Keys and southern Florida through Sunday. This rainfall may produce areas of flash and urban flooding.',
  ),
  j(
    'STORM SURGE: The combination of a dangerous storm surge and the tide will cause normally dry areas near the coast to',
    'be flooded by rising waters moving inland from the shoreline. The water could reach 3 to 5 ft above ground in the Keys.',
  ),
  'WIND: Tropical storm conditions are expected within the warning area beginning this evening.',
];
const hNext = 'Next intermediate advisory at 200 PM EDT. Next complete advisory at 500 PM EDT.';
const hPre = (xs: string[]): string => xs.join('\n\n');
const hLeft = ['Analyses & Forecasts', 'Data & Tools', 'Educational Resources', 'Archives', 'Outreach', 'Experimental', 'About', 'Search'];
const hStorm = ['Public Adv', 'Fcst Adv', 'Discussion', 'Wind Probs', 'Graphics', 'Key Messages'];
const hFoot = ['Disclaimer', 'Information Quality', 'Help', 'Glossary', 'Privacy Policy', 'Freedom of Information Act (FOIA)', 'About Us'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Tropical Storm ILONA</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="DC.title" content="NHC Public Advisory on Tropical Storm ILONA"><meta name="DC.description" content="Tropical Storm ILONA Public Advisory">
<meta name="DC.creator" content="NOAA's National Weather Service, National Hurricane Center"><meta name="DC.date.created" content="2026-08-28T15:00:00+00:00">
<link rel="stylesheet" type="text/css" href="/css/nhc_style.css"><script src="/js/refresh.js"></script>
<script>var NHC_REFRESH=600;</script></head>
<body><div id="header"><a href="https://www.noaa.gov"><img src="/images/noaa_logo.png" alt="NOAA logo"></a>
<div class="hdr-title"><a href="https://www.weather.gov">National Weather Service</a><br><a href="/">National Hurricane Center</a></div>
<form action="/search.php" class="hdr-search"><input type="text" name="q" placeholder="Search"></form></div>
<div id="pagewrap"><div id="leftcolumn" class="left-menu"><ul>${links(hLeft)}</ul></div>
<div id="content" class="content"><div class="storm-links"><span class="storm-name">Tropical Storm ILONA</span><ul>${links(hStorm)}</ul></div>
<div class="textheader"><h1 class="advisory-title">${hTitle}</h1></div>
<div class="textproduct"><pre>
000
WTNT34 KNHC 281452
TCPAT4

BULLETIN
Tropical Storm Ilona Advisory Number 11
NWS National Hurricane Center Miami FL       AL092026
1100 AM EDT Fri Aug 28 2026

...ILONA STRENGTHENING AS IT NEARS THE PALMETTO KEYS...
...TROPICAL STORM WARNING EXTENDED NORTHWARD ALONG THE FLORIDA COAST...

SUMMARY OF 1100 AM EDT...1500 UTC...INFORMATION
-----------------------------------------------
${hSum.join('\n')}

WATCHES AND WARNINGS
--------------------
${hPre(hWatch)}

DISCUSSION AND OUTLOOK
----------------------
${hPre(hDisc)}

HAZARDS AFFECTING LAND
----------------------
${hPre(hLand)}

NEXT ADVISORY
-------------
${hNext}

$$
Forecaster Quintero-Blake
</pre></div>
<div class="graphic-promo"><p>Interactive storm map available with the <a href="/gis">GIS data page</a>.</p></div></div></div>
<div id="footer"><ul class="footer-links">${links(hFoot)}</ul><p>National Hurricane Center<br>11691 SW 17th Street<br>Miami, Florida, 33165</p>
<p>Page last modified: Friday, 28-Aug-2026 14:53:04 UTC</p></div></body></html>`;
const nhc: TestPage = {
  name: 'heldout304-nhc-public-advisory-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([
    '...ILONA STRENGTHENING AS IT NEARS THE PALMETTO KEYS...',
    '...TROPICAL STORM WARNING EXTENDED NORTHWARD ALONG THE FLORIDA COAST...',
    ...hSum,
    ...hWatch,
    ...hDisc,
    ...hLand,
    hNext,
  ]),
  bylines: ['1100 AM EDT Fri Aug 28 2026', 'Forecaster Quintero-Blake', 'Page last modified: Friday, 28-Aug-2026 14:53:04 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'National Weather Service', 'National Hurricane Center', ...hLeft, ...hStorm, 'WTNT34 KNHC 281452',
    'Tropical Storm Ilona Advisory Number 11', 'Interactive storm map available with the GIS data page.', ...hFoot, '11691 SW 17th Street',
    'Miami, Florida, 33165',
  ],
};

export const HELDOUT304_C: readonly TestPage[] = [tides, nhc];
