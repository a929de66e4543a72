import { links, ps, type TestPage, texts } from './page-kit.js';
import { audubon } from './pages-heldout299-b2.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file b: an AllTrails-style trail page built with Next.js (hashed CSS-module class names, the
 * __NEXT_DATA__ script, the trail stats strip, the "Description" / "Getting there" / "Tips" sections, the conditions and
 * weather widgets, reviews, nearby trails and the app banner) and, from file b2, an Audubon-style bird guide on Drupal.
 */
const aTitle = 'Corrie Fell Horseshoe via Blackwater Tarn';
const aStats: [string, string][] = [
  ['Length', '14.2 km'],
  ['Elevation gain', '1,086 m'],
  ['Route type', 'Loop'],
  ['Estimated time', '6 h 10 min'],
];
const aH1 = 'Description';
const aP1 = [
  j(
    'A classic ridge circuit around the head of Corrie Glen, taking in three summits and a quiet tarn. The route starts from the',
    'forestry car park at Ardlie and climbs steadily through old larch plantation before breaking out onto open hillside.',
  ),
  j(
    'From the first summit, Meall Odhar, the ridge narrows and the path runs along a broken crest with big drops into the corrie on',
    'your right. None of it is technical in summer, but the rock is greasy after rain and the exposure is real for about a kilometre.',
  ),
  j(
    'The descent passes Blackwater Tarn, a good lunch stop sheltered from westerly winds, and then follows a stalkers\u2019 path',
    'back down the glen to the car park.',
  ),
];
const aH2 = 'Getting there';
const aP2 = [
  j(
    'The Ardlie car park is 9 km up the single-track road from Kilbrannan. It holds about twenty cars and fills by 9 am on summer',
    'weekends. Parking costs £4 for the day, paid by card at the machine. There is no public transport to the trailhead.',
  ),
];
const aH3 = 'Tips from the community';
const aTips = [
  'Go clockwise so that the steep, loose section below the second summit is climbed rather than descended.',
  'The burn at the tarn outflow can be hard to cross after heavy rain; a footbridge 300 m downstream is marked on the map.',
  'There is almost no shelter on the ridge itself, so take a windproof even on a warm day.',
];
const aP3 = [
  j(
    'Deer stalking takes place on the estate from August to October. The route is open throughout, but walkers are asked to keep to',
    'the ridge path and the stalkers\u2019 path on those days.',
  ),
  j(
    'Navigation on the ridge is straightforward in clear weather, but the broad second summit is confusing in mist, with several',
    'false paths heading off towards the northern crags. Take a compass bearing from the cairn before you leave it, and be ready to',
    'turn back at the first top if the cloud is down and the wind is strong.',
  ),
];
const aNav = ['Explore', 'Saved', 'Navigate', 'Shop', 'Community'];
const aCrumbs = ['Scotland', 'Highland', 'Kilbrannan', 'Corrie Fell Horseshoe via Blackwater Tarn'];
const aTags = ['Hiking', 'Views', 'Wildlife', 'Lake', 'Rocky', 'No dogs'];
const aNearby = ['Ardlie Falls Circuit', 'Kilbrannan Woodland Walk', 'Sgurr Ban from Glen Orrin'];
const aFoot = ['About', 'Jobs', 'Press', 'Help', 'Gift membership', 'Privacy Notice', 'Terms'];
const aReviews = [
  'Brilliant day out. The ridge is narrower than it looks in the photos but the views into the corrie are unreal.',
  'Tarn was lovely. Boggy in places after the rain, gaiters recommended.',
];
const aHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Corrie Fell Horseshoe via Blackwater Tarn, Highland, Scotland - 412 Reviews, Map | AllTrails</title>
<meta name="description" content="Try this 14.2-km loop trail near Kilbrannan, Highland. Generally considered a challenging route,
it takes an average of 6 h 10 min."/>
<meta property="og:type" content="website"/><meta property="og:site_name" content="AllTrails.com"/>
<link rel="canonical" href="https://www.alltrails.com/en-gb/trail/scotland/highland/corrie-fell-horseshoe-via-blackwater-tarn"/>
<link rel="preload" href="/_next/static/css/4c1d9e0a7f2b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1d9e0a7f2b.css"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Corrie Fell Horseshoe via Blackwater Tarn",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,"reviewCount":412}}</script>
<script src="/_next/static/chunks/webpack-3a4e.js" defer=""></script><script src="/_next/static/chunks/pages/trail-8d21.js" defer=""></script></head>
<body><div id="__next"><div class="styles-module__appWrapper___f3K2a">
<header class="Header-module__header___Q1pXz" data-testid="header"><a href="/" class="Header-module__logo___bL7c2" aria-label="AllTrails home">
<span class="Header-module__logoText___xT0Ra">AllTrails</span></a>
<nav class="Header-module__nav___HsE4o"><ul class="Header-module__navList___d8Q0a">${links(aNav, 'Header-module__navItem___p5Jt1')}</ul></nav>
<div class="Header-module__actions___Z1c9e"><a href="/login" class="Button-module__button___uR7wQ">Log in</a>
<a href="/plus" class="Button-module__button___uR7wQ Button-module__primary___m2N8s">Try Peak for free</a></div></header>
<main class="TrailPage-module__main___Vv0xq"><nav aria-label="breadcrumb" class="Breadcrumbs-module__breadcrumbs___h0Pkd"><ol>
${aCrumbs.map((c) => `<li class="Breadcrumbs-module__item___r6Nw8"><a href="/en-gb/${c.length}">${c}</a></li>`).join('\n')}</ol></nav>
<div class="TrailDetailsCard-module__container___Pz3Lb"><div class="TrailDetailsCard-module__hero___q7TfE">
<img alt="Photo of Corrie Fell Horseshoe via Blackwater Tarn" src="https://images.alltrails.example/eyJidWNrZXQiOiJhc3NldHMifQ==" loading="eager"/>
<span class="TrailDetailsCard-module__photoCredit___xJ9eW">Photo by Fiona Lachlan</span></div>
<div class="TrailDetailsCard-module__header___a0QbD"><h1 class="TrailDetailsCard-module__name___Fq2iV">${aTitle}</h1>
<div class="TrailDetailsCard-module__meta___r2LxY"><span class="DifficultyLabel-module__hard___k9T1s">Hard</span>
<span class="TrailDetailsCard-module__rating___w8YnB">4.8</span><span>(412)</span>
<a href="/parks/scotland/highland/ardlie-estate" class="TrailDetailsCard-module__park___Dd5c1">Ardlie Estate</a></div>
<div class="TrailDetailsCard-module__actions___sT4kA"><button type="button">Save</button><button type="button">Navigate</button>
<button type="button">Share</button><button type="button">Download</button></div></div></div>
<div class="TrailStats-module__stats___Yb2nM" data-testid="trail-stats">
${aStats
  .map(
    ([k, v]) => `<div class="TrailStats-module__stat___c0RqE"><span class="TrailStats-module__label___W1sTy">${k}</span>
<span class="TrailStats-module__value___H6mUp">${v}</span></div>`,
  )
  .join('\n')}</div>
<div class="TrailOverview-module__overview___nT8Xk"><section class="TrailOverview-module__section___s3LpB">
<h2 class="TrailOverview-module__heading___u7YrQ">${aH1}</h2>
<div class="TrailOverview-module__text___Ej1zA">${ps(aP1)}</div></section>
<section class="TrailOverview-module__section___s3LpB"><h2 class="TrailOverview-module__heading___u7YrQ">${aH2}</h2>
<div class="TrailOverview-module__text___Ej1zA">${ps(aP2)}</div></section>
<section class="TrailOverview-module__section___s3LpB"><h2 class="TrailOverview-module__heading___u7YrQ">${aH3}</h2>
<ul class="TrailOverview-module__tips___Kc6aV">${aTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="TrailOverview-module__text___Ej1zA">${ps(aP3)}</div></section>
<div class="TrailTags-module__tags___o2WcR">${aTags.map((t) => `<span class="Chip-module__chip___g1Hs7">${t}</span>`).join('')}</div></div>
<aside class="TrailSidebar-module__sidebar___aB9pQ"><section class="WeatherWidget-module__weather___j5EwN"><h3>Weather</h3>
<p class="WeatherWidget-module__now___R3zHc">Light showers, 11°C</p><p>Wind 28 km/h W, gusting 45 on the tops</p></section>
<section class="Conditions-module__conditions___p4QmS"><h3>Conditions</h3><p>Muddy · Great views · Reported 2 days ago</p></section>
<section class="NearbyTrails-module__nearby___Uu1gE"><h3>Nearby trails</h3><ul>${links(aNearby, 'NearbyTrails-module__item___n0VtA')}</ul></section>
</aside>
<section class="Reviews-module__reviews___L2gCw" id="reviews"><h2>Reviews (412)</h2>
<div class="Reviews-module__summary___Q8pTy"><span>4.8</span><span>412 reviews</span><button type="button">Write review</button></div>
<div class="Review-module__review___rK1oV"><span class="Review-module__author___s6Fdh">Eilidh Strachan</span><span>12 June 2026</span>
<p>${aReviews[0]}</p></div><div class="Review-module__review___rK1oV"><span class="Review-module__author___s6Fdh">Ross MacFadyen</span>
<span>3 June 2026</span><p>${aReviews[1]}</p></div><button class="Reviews-module__more___Z9zEk">Show more reviews</button></section>
</main>
<div class="AppBanner-module__banner___y4TgS" role="complementary"><p>Get the app for offline maps and live navigation</p>
<a href="/mobile">Open app</a></div>
<footer class="Footer-module__footer___iA7hE"><ul class="Footer-module__links___aH3xF">${links(aFoot)}</ul>
<p class="Footer-module__copyright___Ur2mC">© 2026 AllTrails, LLC All Rights Reserved</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use
cookies to personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"trail":{"id":10488213,"name":"${aTitle}","length":14200,
"elevationGain":1086,"routeType":"L","difficulty":3}}},"page":"/trail/[...slug]","buildId":"r8Zx0","isFallback":false,"locale":"en-GB"}</script>
</body></html>`;
export const allTrails: TestPage = {
  name: 'heldout299-alltrails-nextjs-trail',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3],
  body: [...aStats.map(([, v]) => v), ...texts([...aP1, ...aP2, ...aTips, ...aP3])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'AllTrails', ...aNav, 'Log in', 'Try Peak for free', ...aCrumbs.slice(0, 2), 'Photo by Fiona Lachlan', 'Hard', '(412)', 'Ardlie Estate', 'Save',
    'Share', 'Download', ...aTags, 'Weather', 'Light showers, 11°C', 'Wind 28 km/h W, gusting 45 on the tops', 'Conditions',
    'Muddy · Great views · Reported 2 days ago', 'Nearby trails', ...aNearby, 'Reviews (412)', '412 reviews', 'Write review', 'Eilidh Strachan',
    '12 June 2026', ...aReviews, 'Ross MacFadyen', '3 June 2026', 'Show more reviews', 'Get the app for offline maps and live navigation', 'Open app',
    ...aFoot, '© 2026 AllTrails, LLC All Rights Reserved', 'We and our partners use cookies to personalise content and ads and to analyse our traffic.',
    'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT299_B: readonly TestPage[] = [allTrails, audubon];
