import { links, type TestPage, texts } from './page-kit.js';
import { GEOCACHING_PAGE } from './pages-heldout234-c2.js';

/**
 * Held-out batch 234, file c: a Strava segment page (global header, "Segment" label, starred toggle, stats strip,
 * Local Legend card, leaderboard filters and table, "Subscribe to see the full leaderboard" upsell, related segments,
 * footer) and, from c2, a Geocaching cache page.
 */
const svTitle = 'Kestrel Lane Climb';
const svDesc = [
  'Starts at the cattle grid below Holloway Farm and finishes at the second passing place after the hairpin. The first half is ' +
    'steady at around 6%, then the road kicks up to 14% through the hairpin before easing for the last 200 m.',
  'Watch for loose gravel on the inside of the hairpin after rain and for tractors coming down between April and October. ' +
    'The road is single track with passing places; please pull in and let traffic by rather than sprinting past.',
];
const svStatsList = ['Distance 2.31 km', 'Avg Grade 7.8%', 'Lowest Elev 84 m', 'Highest Elev 263 m', 'Elev Difference 179 m', 'Climb Category 3'];
const svRows = [
  ['1', 'Owen Maddocks', 'Jun 14, 2025', '22.9km/h', '6:03'],
  ['2', 'Leila Farrant', 'Aug 2, 2026', '22.1km/h', '6:16'],
  ['3', 'Callum Price', 'May 30, 2024', '21.7km/h', '6:23'],
  ['4', 'Nadia Kowal', 'Sep 9, 2026', '21.0km/h', '6:36'],
  ['5', 'Gethin Rowe', 'Jul 21, 2025', '20.4km/h', '6:47'],
];
const svNav = ['Dashboard', 'Training', 'Maps', 'Challenges'];
const svFoot = ['About', 'Features', 'Mobile', 'Subscription', 'Student Discount', 'Careers', 'Press', 'Business', 'Privacy Policy', 'Terms'];
const svHtml = `<!DOCTYPE html><html class="logged-out" lang="en-GB"><head><meta charset="utf-8">
<title>Kestrel Lane Climb | Strava Ride Segment in Llanfair, Wales</title>
<meta name="description" content="See the best riders on Kestrel Lane Climb, a 2.31 km segment with an average grade of 7.8%.">
<meta property="og:site_name" content="Strava"><link rel="stylesheet" href="https://d3nn82uaxijpm6.cloudfront.net/assets/strava-app-icons.css">
<script src="https://d3nn82uaxijpm6.cloudfront.net/packs/js/segments_show.js" defer></script></head>
<body><header id="global-header"><nav class="container" role="navigation"><a class="branding-content" href="/">Strava</a>
<ul class="global-nav nav-group">${links(svNav)}</ul><a class="btn btn-primary" href="/register">Sign Up</a><a class="btn" href="/login">Log In</a></nav>
</header>
<div class="view"><div class="page container"><section id="segment-details"><div class="segment-heading">
<span class="label">Ride Segment</span><h1 id="js-full-name" class="mb-0">${svTitle}</h1><span class="location">Llanfair, Powys, Wales, United Kingdom</span>
<button class="btn-star" title="Star this segment">Star</button><button class="btn-share">Share</button></div>
<ul class="stats inline">${svStatsList.map((s) => `<li><span class="stat-text">${s}</span></li>`).join('')}</ul>
<div class="segment-description"><h2 class="text-caption1">Segment Description</h2>${svDesc.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="created-by">Created by <a href="/athletes/1">Rhian Jeffreys</a></p></section>
<section class="local-legend"><h3>Local Legend</h3><p>The athlete with the most efforts in the last 90 days</p><a href="/athletes/2">Bryn Lloyd</a>
<span>37 efforts</span></section>
<section id="results"><h2>Leaderboard</h2><div class="leaderboard-filters"><button>Overall</button><button>Women</button><button>Men</button>
<button>This Year</button><button>Following</button></div>
<table class="table table-striped table-leaderboard"><thead><tr><th>Rank</th><th>Name</th><th>Date</th><th>Speed</th><th>Time</th></tr></thead><tbody>
${svRows
  .map(
    (r) => `<tr><td>${r[0]}</td>
<td class="athlete"><a href="/athletes/x">${r[1]}</a></td><td>${r[2]}</td><td>${r[3]}</td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table><div class="upsell"><p>Subscribe to see the full leaderboard, filter by age and weight, and compare your efforts.</p>
<a href="/subscribe">Start Your Free Trial</a></div></section>
<aside class="sidebar"><h3>Nearby Segments</h3><ul>${links(['Holloway Farm Sprint', 'Bwlch Road Descent', 'Reservoir Dam Drag'])}</ul></aside></div></div>
<footer id="global-footer"><ul>${links(svFoot)}</ul><p>© 2026 Strava</p></footer>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies and similar technologies to enhance your experience on Strava.</p><button>Accept</button>
<button>Reject</button><a href="/legal/cookies">Cookie Policy</a></div></body></html>`;

const STRAVA_PAGE: TestPage = {
  name: 'heldout234-strava-segment-docs',
  kind: 'docs',
  html: svHtml,
  title: svTitle,
  headings: ['Segment Description', 'Leaderboard'],
  // the stats strip items and the leaderboard data cells are body (table data cells are body)
  body: texts([...svStatsList, ...svDesc, ...svRows.flat()]),
  bylines: ['Created by Rhian Jeffreys'],
  // biome-ignore format: packed
  furniture: [
    ...svNav, 'Sign Up', 'Log In', 'Ride Segment', 'Llanfair, Powys, Wales, United Kingdom', 'Star', 'Share', 'Local Legend',
    'The athlete with the most efforts in the last 90 days', 'Bryn Lloyd', '37 efforts', 'Overall', 'Women', 'Men', 'This Year', 'Following',
    'Subscribe to see the full leaderboard, filter by age and weight, and compare your efforts.', 'Start Your Free Trial', 'Nearby Segments',
    'Holloway Farm Sprint', 'Bwlch Road Descent', 'Reservoir Dam Drag', ...svFoot, '© 2026 Strava',
    'We use cookies and similar technologies to enhance your experience on Strava.', 'Accept', 'Reject', 'Cookie Policy',
  ],
};

export const HELDOUT234_C: readonly TestPage[] = [STRAVA_PAGE, GEOCACHING_PAGE];
