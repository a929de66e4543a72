import { links, ps, type TestPage, texts } from './page-kit.js';
import { ukcCrag } from './pages-heldout421-a2.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file a: a Mountain Project-style route page (breadcrumbs, grade and star cells, the description-details
 * table, Description / Location / Protection sections, the photo strip with captions, route comments, the "Climbers Also Viewed"
 * rail, the app promo and the footer) and, from file a2, a UKClimbing-style logbook crag page.
 */
const mpTitle = 'Slow Lantern';
const mpHeads = ['Description', 'Location', 'Protection'];
const mpDesc = [
  j(
    'Slow Lantern is the obvious hand and finger crack splitting the tallest buttress on the Gallery Wall, and it is the line most',
    'people come to the Ember Fork for. The climbing is sustained rather than hard: there is no single crux, just forty metres of',
    'crack that narrows and widens and never quite lets you rest.',
  ),
  j(
    'Start from the flat block at the base and climb a short flake to a ledge at six metres. From here the crack is a perfect hand',
    'jam for about ten metres, then pinches down to tight fingers where the wall steepens slightly. Most people find this the',
    'pumpiest section, although the feet are good if you look for them on the left face.',
  ),
  j(
    'Above the bulge the crack opens to off-fingers and then hands again, and a small stance on the right lets you shake out',
    'before the final corner. Finish by stemming the corner to a two-bolt anchor with chains just below the rim. A 60 metre rope',
    'gets you down with a few metres to spare; knot your ends.',
  ),
  j(
    'The rock is a coarse, grippy granite that is kind to tape gloves and hard on bare hands. After rain the upper corner seeps',
    'for two or three days, and the route is in the sun from about eleven, so in summer most parties climb it first thing.',
  ),
];
const mpLoc = [
  j(
    "Follow the climbers' trail from the Ember Fork pullout for twenty-five minutes until it forks at a cairn below the talus.",
    'Take the right branch and scramble up to the Gallery Wall. Slow Lantern is the tallest crack, about thirty metres right of',
    'the gully, directly above a flat block with a small juniper growing beside it.',
  ),
];
const mpPro = [
  'Doubles from 0.4 to 2, one 3; the fingers section eats 0.5 and 0.75.',
  'A handful of long slings helps the rope run over the bulge.',
  'Two-bolt anchor with chains; lower or rappel with a single 60 metre rope.',
];
const mpNav = ['Route Guide', 'Forum', 'Partners', 'Gear', 'Shop', 'Community'];
const mpCrumbs = ['All Locations', 'Vellmar State', 'Ember Fork Canyon', 'Gallery Wall (North Side)'];
const mpAlso = ['Copper Kettle', 'The Quiet Hours', 'Left Gallery Crack', 'Tin Roof Arete'];
const mpFoot = ['About', 'Contact Us', 'Privacy Policy', 'Terms', 'Careers', 'Help'];
const mpComments = [
  "Mar 9, 2026: Upper corner still wet after last week's storm, the rest was fine.",
  'Sep 22, 2025: Classic. Felt harder than 10b to me, but I had just driven nine hours.',
  'Jun 4, 2025: Someone left a stuck 0.75 in the fingers section. It is yours if you can get it out.',
];
const mpHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Slow Lantern, Ember Fork : Climbing Route, Directions, Photos | Mountain Guidebook</title>
<meta name="description" content="Slow Lantern is a 5.10b Trad route in Ember Fork. Find details, photos and comments.">
<meta property="og:title" content="Slow Lantern 5.10b"><meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.mountainguidebook.example/route/118824051/slow-lantern">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Place","name":"Slow Lantern",
"geo":{"@type":"GeoCoordinates","latitude":41.102,"longitude":-110.377}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"route","routeId":118824051});</script></head>
<body class="route-page"><div id="cookie-notice" class="cookie-banner alert alert-dark fixed-bottom">
<span>We use cookies to improve your experience on Mountain Guidebook.</span> <button class="btn btn-sm btn-primary">Got it</button></div>
<div id="page-header" class="main-header"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Mountain Guidebook</a>
<ul class="navbar-nav">${links(mpNav, 'nav-item')}</ul><a class="btn btn-outline-light" href="/auth/login">Sign In</a></nav></div>
<div class="container main-content"><div id="route-page" class="row"><div class="col-xs-12">
<div class="mb-half small text-warm">${mpCrumbs.map((c) => `<a href="/area/${c.length}">${c}</a>`).join(' &gt; ')}</div>
<div class="row pt-main-content"><div class="col-md-9 float-md-right mb-1">
<h1>${mpTitle}</h1>
<h2 class="inline-block mr-2"><span class="rateYDS">5.10b</span> <span class="rateFrench">6a+</span></h2>
<span id="route-star-avg"><span class="scoreStars">Avg: 3.6 from 212 votes</span></span>
<table class="description-details"><tbody>
<tr><td>Type:</td><td>Trad, 40 m, 1 pitch</td></tr>
<tr><td>FA:</td><td>Corin Halvard and Neve Ostrow, 1979</td></tr>
<tr><td>Page Views:</td><td>58,402 total, 311/month</td></tr>
<tr><td>Shared By:</td><td><a href="/user/2001/dagny-rusk">Dagny Rusk</a> on Apr 14, 2011</td></tr>
<tr><td>Admins:</td><td><a href="/user/9">Ember Fork Admins</a>, <a href="/user/10">Vellmar Climbers Coalition</a></td></tr>
</tbody></table>
<div class="mt-1"><a class="btn btn-sm" href="/tick">Add to Ticklist</a> <a class="btn btn-sm" href="/todo">Add To-Do</a>
<a class="btn btn-sm" href="/share">Share</a> <a class="btn btn-sm" href="/improve">Improve This Page</a></div>
<div class="max-height max-height-md-0 max-height-xs-400"><div class="mt-2"><h2 class="mt-2">${mpHeads[0]}</h2>
<div class="fr-view">${ps(mpDesc)}</div></div>
<div class="mt-2"><h2 class="mt-2">${mpHeads[1]}</h2><div class="fr-view">${ps(mpLoc)}</div></div>
<div class="mt-2"><h2 class="mt-2">${mpHeads[2]}</h2><div class="fr-view"><ul>${mpPro.map((p) => `<li>${p}</li>`).join('')}</ul></div></div></div>
<div id="route-photos" class="section-photos"><h2 class="mt-2">Photos of Slow Lantern</h2>
<div class="photo-card"><img src="https://cdn.mgb.example/photos/1.jpg" alt="">
<div class="caption">The fingers section, just below the bulge. Photo: Ruslan Teague</div></div>
<div class="photo-card"><img src="https://cdn.mgb.example/photos/2.jpg" alt=""><div class="caption">Gallery Wall from the talus.</div></div>
<a href="/photos" class="more-photos">Browse More Photos</a></div>
<div id="route-comments" class="comment-list mt-2"><h2 class="mt-2">Comments on Slow Lantern</h2>
${mpComments
  .map(
    (c, i) => `<div class="comment-item"><div class="comment-author"><a href="/user/${i}">${['Tamsin Orr', 'Beck Laval', 'Juno Prescott'][i]}</a></div>
<div class="comment-body"><span id="${i}-full">${c}</span></div></div>`,
  )
  .join('\n')}
<a href="/comment/new" class="btn">Add a Comment</a></div></div>
<div class="col-md-3 float-md-left"><div class="climbers-also"><h3>Climbers Also Viewed</h3><ul>${links(mpAlso)}</ul></div>
<div class="app-promo"><p>Take the route guide offline. Get the Mountain Guidebook app.</p><a href="/app">Download the App</a></div>
<div class="ad-slot"><span class="ad-label">Advertisement</span></div></div></div></div></div></div>
<footer class="page-footer"><ul class="list-inline">${links(mpFoot, 'list-inline-item')}</ul>
<p>© 2026 Mountain Guidebook. All rights reserved.</p></footer>
<script src="https://cdn.mgb.example/js/route.bundle.js"></script></body></html>`;
const mountainProject: TestPage = {
  name: 'heldout421-mountain-project-route-docs',
  kind: 'docs',
  html: mpHtml,
  title: mpTitle,
  headings: mpHeads,
  body: texts([...mpDesc, ...mpLoc, ...mpPro]),
  bylines: ['Dagny Rusk', 'on Apr 14, 2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience on Mountain Guidebook.', 'Got it', 'Mountain Guidebook', ...mpNav, 'Sign In', ...mpCrumbs,
    '5.10b', '6a+', 'Avg: 3.6 from 212 votes', 'Type:', 'Trad, 40 m, 1 pitch', 'FA:', 'Corin Halvard and Neve Ostrow, 1979', 'Page Views:',
    '58,402 total, 311/month', 'Shared By:', 'Admins:', 'Ember Fork Admins', 'Vellmar Climbers Coalition', 'Add to Ticklist', 'Add To-Do',
    'Share', 'Improve This Page', 'Photos of Slow Lantern', 'The fingers section, just below the bulge. Photo: Ruslan Teague',
    'Gallery Wall from the talus.', 'Browse More Photos', 'Comments on Slow Lantern', 'Tamsin Orr', 'Beck Laval', 'Juno Prescott',
    ...mpComments, 'Add a Comment', 'Climbers Also Viewed', ...mpAlso, 'Take the route guide offline. Get the Mountain Guidebook app.',
    'Download the App', 'Advertisement', ...mpFoot, '© 2026 Mountain Guidebook. All rights reserved.',
  ],
};

export const HELDOUT421_A: readonly TestPage[] = [mountainProject, ukcCrag];
