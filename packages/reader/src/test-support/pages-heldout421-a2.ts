import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file a2: a UKClimbing-style logbook crag page: top navigation, crag facts box (rock type, faces,
 * altitude, climbs count), the crag description with approach and access sections, the climbs table (cells in neither list),
 * the logbook activity rail, nearby crags, weather widget, the "Add to my logbook" prompts and the footer.
 */
const ukTitle = 'Harrowgill Quarry';
const ukHeads = ['Approach', 'Access', 'Conditions'];
const ukDesc = [
  j(
    'A compact, sheltered quarry of clean gritstone hidden in the birch woods above Harrowgill village. It was worked for',
    'millstones until the 1890s, and the cutting has left a series of square-cut walls, sharp arêtes and perfect parallel',
    'cracks that feel more like a crag than a hole in the ground.',
  ),
  j(
    'The quarry faces south-west and dries quickly, so it is a good choice on a cold, bright day when the edges are too windy.',
    'Most of the routes are between 8 and 15 metres and well protected, which makes it popular with groups and with people',
    'leading their first few climbs. The harder lines are on the Smithy Wall at the back, where thin cracks need small wires.',
  ),
  j(
    'The rock is quarried rather than natural edge, so the holds are squarer and the friction a little less generous than on',
    'the nearby edges. Several of the old drill lines make useful finger locks, and the tops are grassy, so take care finishing.',
  ),
];
const ukApproach = [
  j(
    'Park considerately in the lay-by on Moor Lane opposite the old chapel, not in the village itself. Follow the public',
    'footpath north through the gate and into the wood, and after about ten minutes take the obvious path on the left that',
    'climbs steeply to the quarry floor.',
  ),
];
const ukAccess = [
  j(
    'The quarry is on private land and climbing is allowed by the goodwill of the owner. Please keep dogs on a lead, do not',
    'light fires and take all litter home.',
  ),
  'There is a voluntary restriction on the Raven Buttress from 1 March to 30 June while the ravens are nesting.',
  'Groups of more than eight should contact the estate office before visiting.',
];
const ukCond = [
  j(
    'Sunny from late morning, sheltered from northerly winds. The back wall can be green after a wet spell and takes about two',
    'dry days to come into condition. Midges can be fierce on still summer evenings.',
  ),
];
const ukNav = ['News', 'Articles', 'Forums', 'Logbook', 'Photos', 'Gear', 'Destinations', 'Walking'];
const ukSub = ['Crag search', 'Crag map', 'My logbook', 'Top routes', 'Partner finder'];
const ukRecent = ['Joss Amberly climbed Millstone Crack, VS 4c', 'K. Farrant climbed Smithy Arête, E1 5b', 'Pell Hurst climbed The Runnel, HS 4b'];
const ukNear = ['Wethercote Edge (1.8 km)', 'Low Stang Boulders (3.2 km)', 'Cairnholme Crags (5.5 km)'];
const ukFoot = ['About us', 'Advertise', 'Contact', 'Privacy', 'Terms of use', 'Cookie settings'];
const climbs: [string, string, string, string][] = [
  ['The Runnel', 'HS 4b', '**', '412'],
  ['Millstone Crack', 'VS 4c', '***', '688'],
  ['Smithy Arête', 'E1 5b', '**', '203'],
  ["Cutter's Groove", 'HVS 5a', '*', '147'],
  ['Raven Wall Direct', 'E3 5c', '***', '61'],
];
const ukHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Harrowgill Quarry - UKClimbing Logbook</title>
<meta name="description" content="Harrowgill Quarry: 64 climbs, rock type Gritstone (quarried). Descriptions, photos and logbook entries.">
<meta property="og:site_name" content="UKClimbing.example"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristAttraction","name":"Harrowgill Quarry"}</script>
<script>var ukc_crag_id=4471;var googletag=googletag||{cmd:[]};</script></head><body>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on a device.</p>
<button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></div>
<nav class="navbar navbar-expand-md navbar-dark bg-dark" id="ukc-nav"><a class="navbar-brand" href="/">UKClimbing</a>
<ul class="navbar-nav">${links(ukNav, 'nav-item')}</ul></nav>
<div class="container"><ul class="nav nav-pills small" id="logbook-subnav">${links(ukSub, 'nav-item')}</ul>
<div class="row"><div class="col-md-8" id="crag-main"><h1 class="mb-0">${ukTitle}</h1><p class="text-muted small">Sheffield and the Peak, Northern Moors</p>
<div class="card card-body bg-light crag-facts"><dl class="row mb-0">
<dt class="col-5">Rock type</dt><dd class="col-7">Gritstone (quarried)</dd><dt class="col-5">Faces</dt><dd class="col-7">South-West</dd>
<dt class="col-5">Altitude</dt><dd class="col-7">240m a.s.l.</dd><dt class="col-5">Climbs</dt><dd class="col-7">64 in database</dd></dl></div>
<div class="btn-group my-2"><a class="btn btn-primary btn-sm" href="/logbook/add">Add to my logbook</a>
<a class="btn btn-outline-secondary btn-sm" href="/map">View on map</a></div>
<div id="crag-description">${ps(ukDesc)}
<h3>${ukHeads[0]}</h3>${ps(ukApproach)}
<h3>${ukHeads[1]}</h3>${ps(ukAccess)}
<h3>${ukHeads[2]}</h3>${ps(ukCond)}
<p class="small text-muted">Crag description last updated by Fenwick Roe, 12 Jan 2026</p></div>
<h2 class="h4 mt-4">Climbs at Harrowgill Quarry</h2>
<table class="table table-sm climbs"><thead><tr><th>Climb name</th><th>Grade</th><th>Stars</th><th>Logs</th></tr></thead><tbody>
${climbs.map(([n, g, s, l]) => `<tr><td><a href="/logbook/c/${l}">${n}</a></td><td>${g}</td><td>${s}</td><td>${l}</td></tr>`).join('\n')}
</tbody></table><a class="small" href="/logbook/crag/4471/climbs">Show all 64 climbs</a></div>
<div class="col-md-4" id="crag-sidebar"><div class="card mb-3"><div class="card-header">Recent logbook activity</div>
<ul class="list-group list-group-flush">${links(ukRecent, 'list-group-item')}</ul></div>
<div class="card mb-3"><div class="card-header">Nearby crags</div><ul class="list-group list-group-flush">${links(ukNear, 'list-group-item')}</ul></div>
<div class="card mb-3 weather"><div class="card-header">Weather forecast</div><div class="card-body">Sat 9°C light rain, Sun 11°C dry</div></div>
<div class="ukc-ad"><div class="small text-muted">Advertisement</div><div id="div-gpt-ad-crag-mpu"></div></div></div></div></div>
<footer class="ukc-footer bg-dark text-light"><ul class="list-inline">${links(ukFoot, 'list-inline-item')}</ul>
<p>UKClimbing Ltd. Registered in England. All content copyright its authors.</p></footer></body></html>`;
export const ukcCrag: TestPage = {
  name: 'heldout421-ukclimbing-logbook-crag-wiki',
  kind: 'wiki',
  html: ukHtml,
  title: ukTitle,
  headings: ukHeads,
  body: texts([...ukDesc, ...ukApproach, ...ukAccess, ...ukCond]),
  bylines: ['Crag description last updated by Fenwick Roe, 12 Jan 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy. We and our partners store and access information on a device.', 'AGREE', 'MORE OPTIONS', 'UKClimbing', ...ukNav,
    ...ukSub, 'Sheffield and the Peak, Northern Moors', 'Rock type', 'Gritstone (quarried)', 'Faces', 'South-West', 'Altitude', '240m a.s.l.',
    'Climbs', '64 in database', 'Add to my logbook', 'View on map', 'Climbs at Harrowgill Quarry', 'Show all 64 climbs',
    'Recent logbook activity', ...ukRecent, 'Nearby crags', ...ukNear, 'Weather forecast', 'Sat 9°C light rain, Sun 11°C dry', 'Advertisement',
    ...ukFoot, 'UKClimbing Ltd. Registered in England. All content copyright its authors.',
  ],
};
