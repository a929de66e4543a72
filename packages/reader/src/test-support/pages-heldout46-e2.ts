import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 46, file e2: an AllTrails trail page (Next.js header with search, nav, "Try Peak" and log in, breadcrumbs,
 * photo header, title, difficulty, rating and park link, the action buttons, length/elevation/route stats, the generated
 * overview paragraph, feature chips, the Description section with a Parking subsection, the map with its attribution, the
 * waypoints list, weather and trail-condition widgets, reviews with their rating histogram, nearby trails, the OneTrust
 * banner and the footer). CSS-module class names and data-testid attributes.
 */
const atTitle = 'Raven Cliffs and Hollow Creek Loop';
const atOverview =
  'Check out this 6.8-mile loop trail near Marlow, North Carolina. Generally considered a moderately challenging route, it takes ' +
  'an average of 3 h 24 min to complete. This is a popular trail for hiking and trail running, but you can still enjoy some ' +
  'solitude during quieter times of day. The best times to visit this trail are April through October. Dogs are welcome, but must be on a leash.';
const atDesc = [
  'The loop starts at the gravel lot at the end of Hollow Creek Road and follows the creek upstream for the first mile and a half ' +
    'on an old logging grade. The grade is wide and nearly level, and in spring the banks are covered with trillium and foamflower.',
  'At the footbridge the trail turns uphill and climbs steadily through rhododendron tunnels to the base of the cliffs. A short spur ' +
    'on the left, marked with blue blazes, leads to the falls, a 40-foot cascade that spreads across the rock face after heavy rain ' +
    'and shrinks to a thin ribbon by late summer.',
  'Past the spur, a series of switchbacks brings you onto the ridge. The overlook at the top of the cliffs faces west over the ' +
    'valley and is the best place for lunch. Keep well back from the edge: the rock is often wet, and there is no railing.',
  'The descent follows the ridge south on a narrower, rockier path before dropping back to the creek on a set of timber steps. The ' +
    'last half mile retraces the logging grade to the parking lot.',
];
const atParkH = 'Parking';
const atPark = [
  'The lot holds about 20 cars and is often full by 9 a.m. on weekends from April to October. Parking along the road is not ' +
    'allowed, and vehicles left on the shoulder are regularly ticketed.',
];
const atNav = ['Explore', 'Saved', 'Navigate', 'Community', 'Shop'];
const atCrumbs = ['United States', 'North Carolina', 'Marlow', 'Tallwood State Forest'];
const atActions = ['Directions', 'Save', 'Share', 'Print map', 'Navigate with Peak'];
const atStats = ['Length', '6.8 mi', 'Elevation gain', '1,214 ft', 'Route type', 'Loop'];
const atChips = ['Dogs on leash', 'Hiking', 'Forest', 'River', 'Waterfall', 'Views', 'Wildflowers', 'Rocky'];
const atWaypoints = ['Hollow Creek Trailhead', 'Raven Cliffs Falls', 'Raven Cliffs Overlook'];
const atReviews: [string, string, string[], string][] = [
  [
    'Tessa Lindqvist',
    'November 2, 2025',
    ['Hiking', 'Muddy'],
    'Falls were running well after the rain. The steps on the way down were slick, so poles helped a lot.',
  ],
  ['Omar B.', 'October 19, 2025', ['Hiking', 'Great!'], 'Great fall color from the overlook. Lot was full by 8:45 on a Saturday, go early.'],
];
const atNearby: [string, string, string][] = [
  ['Hollow Creek Falls Out and Back', 'Easy • 4.6(402)', 'Length: 2.9 mi • Est. 1h 10m'],
  ['Bald Knob Summit Trail', 'Hard • 4.8(611)', 'Length: 9.4 mi • Est. 5h 2m'],
];
const atFootCols: [string, string[]][] = [
  ['Explore', ['Countries', 'Regions', 'Cities', 'Parks', 'Trails']],
  ['Company', ['About', 'Jobs', 'Press', 'Help', 'Gift membership', 'AllTrails for Good']],
];
const atLegal = ['Privacy Policy', 'Terms', 'Accessibility', 'Do not sell or share my personal information'];
const m = (n: string): string => `styles-module__${n}___${n.length.toString(36)}Xq9`;
const atHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${atTitle}, North Carolina - 1,286 Reviews, Map | AllTrails</title>
<meta name="description" content="Check out this 6.8-mile loop trail near Marlow, North Carolina.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"United States"},
{"@type":"ListItem","position":2,"name":"North Carolina"},{"@type":"ListItem","position":3,"name":"Tallwood State Forest"}]}</script>
<style>.${m('mapAttribution')}{font-size:10px}</style></head>
<body><div id="__next"><header class="${m('header')}"><a href="/" aria-label="AllTrails home" class="${m('logo')}"><svg aria-hidden="true"></svg></a>
<form role="search"><input type="search" placeholder="Search by city, park, or trail name" aria-label="Search"></form>
<nav class="${m('nav')}"><ul>${links(atNav, m('navItem'))}</ul></nav><a class="${m('peakButton')}" href="/plus">Try Peak for free</a>
<a href="/login" class="${m('login')}">Log in</a></header>
<main class="${m('main')}"><nav aria-label="Breadcrumb" class="${m('breadcrumbs')}"><ol>${atCrumbs.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ol>
</nav>
<div class="${m('heroPhoto')}" data-testid="hero-photo"><img src="https://images.alltrails.com/eyJidWNrZXQiOiJhc3NldHMuYWxsdHJhaWxzLmNvbSJ9" alt="${atTitle}">
</div>
<div class="${m('trailHeader')}" data-testid="trail-header"><h1 class="${m('name')}">${atTitle}</h1>
<div class="${m('subtitle')}"><span class="${m('difficulty')}" data-testid="difficulty">Moderate</span><span aria-hidden="true">•</span>
<span class="${m('rating')}"><span class="sr-only">Rating:</span>4.7</span><a href="#reviews" class="${m('reviewCount')}">(1,286)</a>
<a href="/parks/us/north-carolina/tallwood-state-forest" class="${m('parkLink')}">Tallwood State Forest</a></div></div>
<div class="${m('actions')}">${atActions.map((a) => `<button class="${m('actionButton')}" type="button">${a}</button>`).join('')}</div>
<section class="${m('trailStats')}" data-testid="trail-stats">${[0, 2, 4]
  .map((i) => `<div class="${m('stat')}"><span class="${m('statLabel')}">${atStats[i]}</span><span class="${m('statValue')}">${atStats[i + 1]}</span></div>`)
  .join('')}</section>
<section class="${m('overview')}"><p class="${m('overviewText')}" data-testid="overview">${atOverview}</p>
<ul class="${m('chips')}">${atChips.map((c) => `<li><a class="${m('chip')}" href="#">${c}</a></li>`).join('')}</ul></section>
<section class="${m('description')}" data-testid="trail-description"><h2>Description</h2>${atDesc.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${atParkH}</h3>${atPark.map((p) => `<p>${p}</p>`).join('')}</section>
<section class="${m('map')}" data-testid="static-map"><img alt="Map of ${atTitle}" src="https://maps.alltrails.com/static/10429333.png">
<div class="${m('mapAttribution')}">© Mapbox © OpenStreetMap</div><a href="#" class="${m('mapLink')}">Open full map</a></section>
<section class="${m('waypoints')}"><h2>Waypoints</h2><ol>${atWaypoints.map((w, i) => `<li><span class="${m('pin')}">${i + 1}</span>${w}</li>`).join('')}</ol>
</section>
<section class="${m('weather')}"><h2>Weather</h2><div class="${m('day')}"><span>Today</span><span>61° / 40°</span><span>Partly cloudy</span></div>
<div class="${m('day')}"><span>Sat</span><span>58° / 37°</span><span>Rain</span></div></section>
<section class="${m('conditions')}"><h2>Trail conditions</h2><p>Muddy · reported 3 days ago</p></section>
<section id="reviews" class="${m('reviews')}"><h2>Reviews <span>(1,286)</span></h2><div class="${m('histogram')}">${[5, 4, 3, 2, 1]
  .map((n) => `<div class="${m('bar')}"><span>${n}</span><span class="${m('fill')}" style="width:${n * 17}%"></span></div>`)
  .join('')}</div><p class="${m('avg')}">4.7</p><p>1,286 reviews</p><button class="${m('writeReview')}">Write review</button>
${atReviews
  .map(
    ([who, when, tags, text]) =>
      `<div class="${m('reviewItem')}" data-testid="review"><a class="${m('reviewer')}" href="#">${who}</a><span class="${m('date')}">${when}</span>` +
      `<ul class="${m('reviewTags')}">${tags.map((t) => `<li>${t}</li>`).join('')}</ul><p class="${m('reviewText')}">${text}</p>` +
      `<button class="${m('helpful')}">Helpful</button></div>`,
  )
  .join('\n')}<button class="${m('showMore')}">Show more reviews</button></section>
<section class="${m('nearby')}"><h2>Nearby trails</h2><ul>${atNearby
  .map(([n, r, l]) => `<li class="${m('card')}"><a href="#"><h3>${n}</h3></a><p>${r}</p><p>Tallwood State Forest</p><p>${l}</p></li>`)
  .join('')}</ul></section></main>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies to run the site, remember your settings and understand how our maps are
used.</p><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-reject-all-handler">Reject all</button></div>
<footer class="${m('footer')}">${atFootCols.map(([h, l]) => `<div><h2>${h}</h2><ul>${links(l)}</ul></div>`).join('')}
<p>© 2025 AllTrails, LLC All Rights Reserved</p><ul>${links(atLegal)}</ul></footer></div></body></html>`;
export const alltrailsTrail: TestPage = {
  html: atHtml,
  name: 'heldout46-alltrails-trail',
  kind: 'blog',
  // the overview paragraph (the site's own summary of the trail) and the Description with its Parking part are body;
  // "Description" and "Parking" are the headings; the page has no author or date line, so no bylines (the reviews' names and
  // dates go with the reviews); difficulty, rating, park link, breadcrumbs, buttons, stats, feature chips, the map with its
  // attribution, waypoints, weather, conditions, reviews, nearby trails, the cookie banner, header and footer are furniture;
  // the park name is kept once (link, crumb and nearby cards); "Explore" heads a footer column and is a nav item (once);
  // the review tag "Hiking" is also a chip (once); the route-type value "Loop" is a word of the title: left out
  title: atTitle,
  headings: ['Description', atParkH],
  body: [atOverview, ...texts(atDesc), ...texts(atPark)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...atNav, 'Try Peak for free', 'Log in', ...atCrumbs, 'Moderate', '4.7', '(1,286)', ...atActions, ...atStats.filter((t) => t !== 'Loop'), ...atChips,
    '© Mapbox © OpenStreetMap', 'Open full map', 'Waypoints', ...atWaypoints, 'Weather', 'Today', '61° / 40°', 'Partly cloudy', 'Sat', '58° / 37°', 'Rain',
    'Trail conditions', 'Muddy · reported 3 days ago', 'Reviews', '1,286 reviews', 'Write review',
    ...atReviews.flatMap(([who, when, tags, text]) => [who, when, ...tags.filter((t) => t !== 'Hiking'), text]), 'Helpful', 'Show more reviews',
    'Nearby trails', ...atNearby.flat(), 'Accept all', 'Reject all',
    'We use cookies to run the site, remember your settings and understand how our maps are used.',
    ...atFootCols.flatMap(([h, l]) => (h === 'Explore' ? l : [h, ...l])), '© 2025 AllTrails, LLC All Rights Reserved', ...atLegal,
  ],
};
