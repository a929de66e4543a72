import { links, ps, type TestPage, texts } from './page-kit.js';
import { komoot } from './pages-heldout367-a2.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file a: an AllTrails-style trail page built with Next.js (top bar, breadcrumbs, photo strip with a
 * credit, rating and stats tiles, description, "Know before you go" and "Getting there" sections, the trail's tags, the
 * reviews tab, the nearby trails rail, an app promo and the footer) and, from file a2, a Komoot-style tour page.
 */
const aTitle = 'Marrow Creek Falls and Tabletop Loop';
const aDesc = [
  j(
    'Get to know this 7.4-mile loop trail near Halvern, inside the state park at Quillan Canyon. Generally considered a moderately challenging route,',
    'it takes an average of 3 h 40 min to complete. This is a popular trail for hiking and trail running, but you can still enjoy some',
    'solitude during quieter times of day.',
  ),
  j(
    'The loop climbs out of the Marrow Creek trailhead on a wide, sandy path and follows the creek upstream through cottonwoods before',
    'switching back up to the base of the falls at mile 2.1. The falls run hardest from late April to mid-June; by August they are often',
    'little more than a wet stripe on the rock, although the pool below stays cool and shaded until early afternoon.',
  ),
  j(
    'Above the falls the trail leaves the creek and makes the steepest climb of the day, about 900 feet in a mile and a half, to the rim',
    'of the Tabletop. The mesa top is open and flat, with wide views west towards the Sable Range, and the loop returns along its southern',
    'edge before dropping back to the parking area on the old stock trail.',
  ),
];
const aKnow = [
  'Dogs are welcome, but must be on a leash.',
  'A state park day pass is required and can be bought at the self-service kiosk at the trailhead.',
  j('There is no reliable water above the falls. Carry at least two litres per person in summer, and more if you plan to linger on the', 'mesa.'),
  'The Tabletop is exposed to lightning. Aim to be off the rim by early afternoon from July to September, when storms build quickly.',
  'The old stock trail is loose and rocky on the descent; poles help, and trail runners should expect to walk the steepest pitch.',
];
const aGetting = [
  j(
    'From Halvern, take County Road 14 north for 6.2 miles and turn left onto Quillan Canyon Road at the park sign. The Marrow Creek',
    'trailhead is the second parking area on the right, 1.8 miles past the entrance station.',
  ),
  j(
    'The lot holds about 40 cars and is usually full by 9 a.m. on summer weekends. Overflow parking at the visitor centre adds',
    'half a mile each way along the connector path.',
  ),
];
const aNav = ['Explore', 'Saved', 'Navigate', 'Shop', 'Community'];
const aCrumbs = ['United States', 'Vessa', 'Quillan Canyon State Park'];
const aTags = ['Dog friendly', 'Hiking', 'Running', 'Views', 'Waterfall', 'Wildflowers'];
const aNearby = ['Sable Overlook Trail', 'Quillan Canyon Rim Walk', 'Marrow Creek Nature Loop', 'Halvern Reservoir Shoreline Trail'];
const aFoot1 = ['About', 'Jobs', 'Press', 'Investors', 'Gift membership', 'Help center'];
const aFoot2 = ['Countries', 'Regions', 'Parks', 'Trails', 'Points of interest', 'Cities'];
const aFoot3 = ['Privacy Policy', 'Terms', 'Cookie Settings', 'Accessibility'];
const review = (name: string, date: string, text: string): string => `<div class="styles-module__review___Jk3mS" data-testid="trail-review">
<div class="styles-module__reviewHeader___p2V0q"><a href="/members/${name.toLowerCase().replace(/\s+/g, '-')}" class="styles-module__name___Qd8Wk">${name}</a>
<span class="styles-module__date___Fm1cZ">${date}</span></div><div class="styles-module__activity___x0Nn2">Hiking</div>
<p class="xlate-google styles-module__text___Lq4Qe">${text}</p><div class="styles-module__reviewActions___Gg7cA"><button type="button"
class="styles-module__helpful___aY5pR">Helpful</button></div></div>`;
const aRev = [
  'Falls were roaring after the snowmelt. Mud on the stock trail but nothing bad. Go clockwise, the climb is easier that way.',
  'Lovely loop, but the lot was full by 8:30 and we had to walk in from the visitor centre.',
];
const aHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Marrow Creek Falls and Tabletop Loop, Vessa - 1,284 Reviews, Map | AllTrails</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Experience this 7.4-mile loop trail near Halvern.">
<meta property="og:title" content="Marrow Creek Falls and Tabletop Loop"><meta property="og:type" content="website">
<meta property="og:image" content="https://images.alltrails.example/eyJidWNrZXQiOiJhc3NldHMifQ==">
<link rel="canonical" href="https://www.alltrails.example/trail/us/vessa/marrow-creek-falls-and-tabletop-loop">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"United States","item":"https://www.alltrails.example/us"},{"@type":"ListItem","position":2,"name":"Vessa"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Place","name":"Marrow Creek Falls and Tabletop Loop",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.7,"reviewCount":1284}}</script>
<link rel="preload" href="/_next/static/css/8f2c1a0b.css" as="style"><link rel="stylesheet" href="/_next/static/css/8f2c1a0b.css" data-n-g="">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('consent','default',{ad_storage:'denied'});</script>
</head><body><div id="__next"><div class="styles-module__appContainer___fD0aT">
<header class="styles-module__header___rJ7aX" data-testid="global-header"><nav class="styles-module__nav___Wx9Lk" aria-label="Main">
<a href="/" class="styles-module__logo___Cz2pV" aria-label="AllTrails home"><svg width="120" height="24"></svg></a>
<ul class="styles-module__navLinks___B1mHq">${links(aNav, 'styles-module__navItem___h3Jdo')}</ul>
<div class="styles-module__actions___Nf4Tt"><a href="/plus" class="styles-module__plusCta___K8uPz">Try Peak for free</a>
<a href="/login" class="styles-module__login___W4nbe">Log in</a></div></nav></header>
<main class="styles-module__main___P7eXk"><div class="styles-module__trailPage___sV3bY">
<nav aria-label="Breadcrumb" class="styles-module__breadcrumbs___u6HfM"><ol>${links(aCrumbs, 'styles-module__crumb___a8Mwz')}</ol></nav>
<section class="styles-module__photoStrip___kT9Ue" aria-label="Trail photos"><figure class="styles-module__photo___ZkY2m">
<img src="https://images.alltrails.example/photo-1.jpg" alt="Marrow Creek Falls in June" loading="eager">
<figcaption class="styles-module__photoCredit___q0Pwl">Photo by Daria Vennick</figcaption></figure>
<button type="button" class="styles-module__viewAll___Rr2xS">View all 3,906 photos</button></section>
<div class="TrailDetailsCard-module__container___Yy4Zc" data-testid="trail-details-card">
<h1 class="TrailDetailsCard-module__name___hJ2kP" data-testid="trail-name">${aTitle}</h1>
<div class="TrailDetailsCard-module__summary___T3l0C"><span class="TrailDetailsCard-module__difficulty___Mh1Qe">Moderate</span>
<span aria-hidden="true"> · </span><span class="TrailDetailsCard-module__rating___y5W9p">4.7</span>
<span class="TrailDetailsCard-module__count___Bn8Xo">(1,284)</span><span aria-hidden="true"> · </span>
<a href="/parks/us/vessa/quillan-canyon-state-park" class="TrailDetailsCard-module__park___oP3dr">Quillan Canyon State Park</a></div>
<div class="TrailDetailsCard-module__actions___xF1cq"><button type="button">Save</button><button type="button">Navigate</button>
<button type="button">Share</button><button type="button">Download route</button></div></div>
<div class="TrailStats-module__stats___vK2Lm" data-testid="trail-stats"><div class="TrailStats-module__stat___zz0Qa"><span
class="TrailStats-module__label___E7rSg">Length</span><span class="TrailStats-module__value___Ju6Gk">7.4 mi</span></div>
<div class="TrailStats-module__stat___zz0Qa"><span class="TrailStats-module__label___E7rSg">Elevation gain</span><span
class="TrailStats-module__value___Ju6Gk">1,650 ft</span></div><div class="TrailStats-module__stat___zz0Qa"><span
class="TrailStats-module__label___E7rSg">Route type</span><span class="TrailStats-module__value___Ju6Gk">Loop</span></div></div>
<div class="TrailOverview-module__overview___gC8Nb"><section class="TrailOverview-module__section___Pk1Vz">
<h2 class="TrailOverview-module__heading___m9Ktw">Description</h2>
<div class="TrailOverview-module__description___R2fQd">${ps(aDesc, ' class="xlate-google"')}</div></section>
<section class="TrailOverview-module__section___Pk1Vz"><h2 class="TrailOverview-module__heading___m9Ktw">Know before you go</h2>
<ul class="TrailOverview-module__list___c5HsW">${lis(aKnow, 'xlate-google')}</ul></section>
<section class="TrailOverview-module__section___Pk1Vz"><h2 class="TrailOverview-module__heading___m9Ktw">Getting there</h2>
${ps(aGetting, ' class="xlate-google"')}</section>
<div class="TrailOverview-module__tags___Vb3Eq" aria-label="Trail attributes">${aTags
  .map((t) => `<a href="/trails/${t.toLowerCase().replace(/\s+/g, '-')}" class="styles-module__tag___Ux7Rm">${t}</a>`)
  .join('\n')}</div></div>
<section class="ReviewsTab-module__reviews___Fq4Dd" aria-labelledby="reviews-heading"><h2 id="reviews-heading">Reviews</h2>
<div class="ReviewsTab-module__summary___D3nPo"><span class="ReviewsTab-module__avg___Hs2Ew">4.7</span><span>1,284 reviews</span>
<a href="/trail/us/vessa/marrow-creek-falls-and-tabletop-loop/reviews/new" class="ReviewsTab-module__write___L0pRa">Write review</a></div>
${review('Tomas Ferriby', 'June 2, 2025', aRev[0] ?? '')}
${review('Hanne Lodz', 'May 18, 2025', aRev[1] ?? '')}
<button type="button" class="ReviewsTab-module__more___Q8wEr">Show more reviews</button></section>
<aside class="NearbyTrails-module__rail___Zp5Xc" aria-labelledby="nearby-heading"><h2 id="nearby-heading">Nearby trails</h2>
<ul>${links(aNearby, 'NearbyTrails-module__card___Ax1Bb')}</ul></aside>
<div class="AppPromo-module__promo___Wm3Ts"><p class="AppPromo-module__text___Gv6Yd">Get the AllTrails app to follow this route offline.</p>
<a href="/app" class="AppPromo-module__cta___Jn2Kd">Download the app</a></div></div></main>
<footer class="styles-module__footer___Sd2Xn"><div class="styles-module__footerCols___Rt4Wq"><ul>${links(aFoot1)}</ul><ul>${links(aFoot2)}</ul></div>
<ul class="styles-module__legal___Bb5Kj">${links(aFoot3)}</ul><p class="styles-module__copyright___Vh0Ee">© 2026 AllTrails, LLC All Rights Reserved</p>
</footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to
personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"trailId":10493317,"trail":{"name":"Marrow Creek Falls and Tabletop Loop",
"length":11909,"elevationGain":503}}},"page":"/trail/[...slug]","buildId":"k3Vq9PzR2"}</script>
<script src="/_next/static/chunks/main-4b1f2c.js" defer></script></body></html>`;
const allTrails: TestPage = {
  name: 'heldout367-alltrails-trail',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Description', 'Know before you go', 'Getting there'],
  body: texts([...aDesc, ...aKnow, ...aGetting]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Try Peak for free', 'Log in', ...aCrumbs, 'Photo by Daria Vennick', 'View all 3,906 photos', 'Moderate', '(1,284)', 'Save', 'Share',
    'Download route', ...aTags, 'Reviews', '1,284 reviews', 'Write review', 'Tomas Ferriby', 'June 2, 2025', 'Hanne Lodz', 'May 18, 2025', ...aRev,
    'Helpful', 'Show more reviews', 'Nearby trails', ...aNearby, 'Get the AllTrails app to follow this route offline.', 'Download the app',
    ...aFoot1, ...aFoot2, ...aFoot3, '© 2026 AllTrails, LLC All Rights Reserved',
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT367_A: readonly TestPage[] = [allTrails, komoot];
