import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file d2: a Wikiloc-style route page (top bar with Explore / Premium, breadcrumb of regions, the
 * trail header with activity, place and the "Uploaded by" card, the stats grid with TrailRank, the Download / Follow / Send
 * buttons, the author's description, the waypoints with photos, the "I have followed this trail" reviews, the nearby
 * trails rail, the Premium upsell, the app banner, the consent dialog and the footer). A data page: the author's text is
 * short next to the stats and waypoints.
 */
const lTitle = 'Volta dos Moinhos from Aldeia Serrana';
const lDesc = [
  j(
    'Circular route from the village square of Aldeia Serrana that follows the old miller\u2019s paths along the Ribeira do Sobral,',
    'past seven water mills, and comes back over the ridge with views of the whole valley. Most of the route is on stone-paved mule',
    'tracks and narrow paths; the only road section is the last kilometre into the village.',
  ),
  j(
    'The descent to the river after the chapel is steep and can be slippery in autumn, when the paving is covered in chestnut',
    'leaves. After the third mill you cross the river on stepping stones; in winter the water may cover them, and you will need to',
    'use the footbridge 300 metres upstream, which adds about ten minutes.',
  ),
  j(
    'I recorded the track in October with two friends. We took our time, stopping at every mill, and had lunch by the weir at',
    'the Moinho da Levada, which is the best picnic spot on the route. Water from the spring at the chapel is drinkable.',
  ),
  j(
    'Park at the entrance to the village, by the laundry tanks; the streets in the centre are too narrow for cars. The café on the',
    'square opens at nine and closes on Mondays. Dogs are fine on the whole route, but keep them on a lead near the goat pens',
    'above the second mill.',
  ),
];
const lWaypoints: [string, string][] = [
  ['Capela de São Brás', 'Small chapel with a drinking-water spring and benches in the shade of an old oak.'],
  ['Moinho da Levada', 'The best-preserved mill of the route, with its wooden wheel still in place and a weir for swimming in summer.'],
  ['Stepping stones', 'River crossing on stepping stones. If the water covers them, use the footbridge upstream.'],
  ['Miradouro do Cabeço', 'Viewpoint over the valley and the terraces of Aldeia Serrana.'],
];
const lCrumbs = ['Trails', 'Almeiria', 'Beira Serrana', 'Serra da Lousela'];
const lNearby = ['Trilho das Cascatas do Sobral', 'Aldeia Serrana - Penedo Alto', 'Caminho da Ribeira Funda'];
const lFoot = ['About Wikiloc', 'Wikiloc Premium', 'Jobs', 'Blog', 'Help center', 'Terms of use', 'Privacy policy', 'Cookies'];
const stat = (label: string, value: string): string => `<div class="trail-data__item"><dt class="trail-data__label">${label}</dt><dd
class="trail-data__value">${value}</dd></div>`;
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Volta dos Moinhos from Aldeia Serrana - Hiking trail - Wikiloc</title>
<meta name="description" content="Hiking trail of 12.8 km near Aldeia Serrana, Beira Serrana (Almeiria). Circular route past seven water mills.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Wikiloc"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.wikiloc.example/hiking-trails/volta-dos-moinhos-from-aldeia-serrana-188204117">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Place","name":"${lTitle}","geo":{"@type":"GeoCoordinates","latitude":40.21,
"longitude":-7.93}}</script>
<script>var wlConfig={trailId:188204117,activity:1,isPremium:false,mapProvider:"wikiloc-vector"};</script>
<link rel="stylesheet" href="https://sc.wklcdn.example/wikiloc/assets/styles/trail.min.css?v=4.31"></head>
<body class="trail-detail"><div id="wrapper">
<header class="header"><div class="header__inner"><a class="header__logo" href="/" title="Wikiloc">Wikiloc</a><nav class="header__nav"><a class="header__link"
href="/trails">Explore</a><a class="header__link header__link--premium" href="/premium">Premium</a></nav><div class="header__user"><a class="btn
btn-secondary" href="/wikiloc/login">Log in</a><a class="btn btn-primary" href="/wikiloc/signup">Sign up</a></div></div></header>
<main id="main" class="trail-view"><nav class="breadcrumb" aria-label="breadcrumb"><ol class="breadcrumb__list">${links(lCrumbs, 'breadcrumb__item')}</ol></nav>
<div class="trail-header"><div class="trail-header__activity"><span class="trail-header__activity-name">Hiking</span></div>
<h1 class="trail-header__title">${lTitle}</h1><div class="trail-header__near">near Aldeia Serrana, Beira Serrana (Almeiria)</div>
<div class="trail-header__author"><img class="avatar" src="https://sc.wklcdn.example/wikiloc/avatars/2231.jpg" alt="">
<span class="trail-header__author-label">Uploaded
by</span> <a class="trail-header__author-name" href="/wikiloc/user.do?id=2231">ritacarvalho_trilhos</a></div></div>
<div class="trail-actions"><a class="btn btn-primary" href="/wikiloc/download.do?id=188204117">Download</a><button class="btn btn-secondary"
type="button">Follow on the app</button><button class="btn btn-secondary" type="button">Send to your device</button><button class="btn btn-link"
type="button">Save to list</button></div>
<figure class="trail-map"><div id="map" class="trail-map__canvas"></div><figcaption class="trail-map__attribution">© Wikiloc © OpenStreetMap
contributors</figcaption></figure>
<dl class="trail-data">${stat('Distance', '12.8 km')}${stat('Elevation gain', '684 m')}${stat('Technical difficulty', 'Moderate')}
${stat('Elevation loss', '684 m')}${stat('Max elevation', '812 m')}${stat('TrailRank', '61')}${stat('Min elevation', '341 m')}${stat('Trail type', 'Loop')}
${stat('Moving time', '4 hours 2 minutes')}${stat('Time', '6 hours 15 minutes')}${stat('Coordinates', '3512')}
${stat('Uploaded', 'November 2, 2024')}${stat('Recorded', 'October 2024')}</dl>
<section class="trail-description"><h2 class="section-title">Description</h2><div class="description dont-break-out">${ps(lDesc)}</div></section>
<section class="trail-waypoints"><h2 class="section-title">Waypoints</h2><ul class="waypoints">${lWaypoints
  .map(
    ([n, t], i) => `<li class="waypoint"><img class="waypoint__photo" src="https://sc.wklcdn.example/photos/${i}.jpg" alt=""><div class="waypoint__body"><span
class="waypoint__type">${i === 3 ? 'Panorama' : 'Waypoint'}</span><h3 class="waypoint__name">${n}</h3><p class="waypoint__text">${t}</p></div></li>`,
  )
  .join('\n')}</ul></section>
<section class="trail-reviews"><h2 class="section-title">Reviews</h2><div class="review"><div class="review__head"><a href="/wikiloc/user.do?id=5512"
class="review__user">Duarte Mesquita</a><span class="review__followed">I have followed this trail</span><span class="review__verified">verified</span>
<span class="review__date">Jan 12, 2025</span></div><p class="review__text">Beautiful route, well described. The stepping stones were under water so we
used the footbridge.</p></div><a class="btn btn-link" href="/wikiloc/comments">View more reviews</a></section>
<section class="nearby-trails"><h2 class="section-title">Trails near Aldeia Serrana</h2><ul class="trail-list">${links(lNearby, 'trail-list__item')}</ul>
</section>
<div class="premium-upsell"><p class="premium-upsell__title">Go Premium to follow this trail offline with voice alerts.</p><a class="btn btn-premium"
href="/premium">Try it free for 7 days</a></div></main>
<footer class="footer"><ul class="footer__links">${links(lFoot)}</ul><p class="footer__copy">© 2006-2026 Wikiloc Outdoor SL</p></footer></div>
<div id="didomi-host"><div class="didomi-popup-container" role="dialog"><p class="didomi-popup-notice-text">We and our partners use cookies to store and access
personal data such as browsing data for purposes such as serving and personalising content and advertising.</p><button id="didomi-notice-agree-button"
type="button"><span>Agree and close</span></button><button id="didomi-notice-learn-more-button" type="button"><span>Learn more</span></button></div></div>
<script src="https://sc.wklcdn.example/wikiloc/assets/js/trail.min.js?v=4.31" defer></script></body></html>`;
export const wikiloc: TestPage = {
  name: 'heldout367-wikiloc-route',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Description', 'Waypoints'],
  body: texts([...lDesc, ...lWaypoints.map(([, t]) => t)]),
  bylines: ['ritacarvalho_trilhos', 'November 2, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Explore', 'Premium', 'Log in', 'Sign up', ...lCrumbs, 'Hiking', 'near Aldeia Serrana, Beira Serrana (Almeiria)', 'Download', 'Follow on the app',
    'Send to your device', 'Save to list', '© Wikiloc © OpenStreetMap contributors', 'Panorama', 'Reviews', 'Duarte Mesquita',
    'I have followed this trail', 'verified', 'Jan 12, 2025',
    'Beautiful route, well described. The stepping stones were under water so we used the footbridge.', 'View more reviews',
    'Trails near Aldeia Serrana', ...lNearby, 'Go Premium to follow this trail offline with voice alerts.', 'Try it free for 7 days', ...lFoot,
    '© 2006-2026 Wikiloc Outdoor SL',
    j(
      'We and our partners use cookies to store and access personal data such as browsing data for purposes such as serving and',
      'personalising content and advertising.',
    ),
    'Agree and close', 'Learn more',
  ],
};
