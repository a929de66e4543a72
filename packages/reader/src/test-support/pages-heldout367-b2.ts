import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file b2: a cycling route guide on a regional tourism board's site (Sitecore-style markup with
 * Bootstrap grid: language switcher, mega menu, breadcrumb, hero with a photo credit, the "At a glance" fact box, the guide
 * with day-by-day sections and a pull quote, accommodation cards, the "You might also like" rail, the newsletter sign-up,
 * the partner logos strip, the cookie bar and the footer).
 */
const vTitle = 'The Ferrow Valley Cycle Route: three days from Lusk to the sea';
const vIntro = [
  j(
    'Following the River Ferrow from its upland source to the dunes at Carrick Strand, this 128 km route is one of the gentlest',
    'multi-day rides in Orrland. Almost two-thirds of it runs on a traffic-free greenway built on the old valley railway, and the',
    'rest uses quiet lanes signed with the green Ferrow Valley markers.',
  ),
];
const vDay1 = [
  j(
    'Start at the old station in Lusk, where the greenway begins beside the goods shed, now a bike hire and café. The first 20 km',
    'are a steady, barely noticeable descent through beech woods and past the restored Ardlow viaduct, where a viewing platform',
    'gives the best picture of the valley you will get all weekend.',
  ),
  'After Kilbarron the greenway ends for a while and the route follows a signed lane along the north bank into Brannagh.',
];
const vDay2 = [
  j(
    'Day two is the longest, and the only one with a real climb: the lane over Drumfin Hill rises 140 metres in 3 km before',
    'dropping back to the river. Walkers share the greenway beyond Drumfin, so keep your speed down and ring your bell early.',
  ),
  j(
    'Stop in Tullagh for the weekly farmers market on Saturday mornings, then pick up the greenway again for an easy run past the',
    'Ferrow estuary mudflats, where thousands of wading birds feed in winter.',
  ),
];
const vQuote = 'It is the kind of route where you spend more time stopping than riding, and that is exactly the point.';
const vDay3 = [
  j(
    'The final day is short, so there is time for a swim. The route leaves Rossmore on the estuary path and crosses the Ferrow',
    'for the last time on the swing bridge at Ballyfad before the final kilometres through the dunes to Carrick Strand.',
  ),
];
const vTips = [
  'Ride downstream, from Lusk to the sea: the route loses height gently and the prevailing wind is usually behind you.',
  'Bike hire in Lusk includes a return shuttle from Carrick Strand on Fridays and Sundays; book at least a week ahead in summer.',
  'Trains on the Lusk line carry up to four bikes and do not need a reservation outside the morning peak.',
];
const vNav = ['Things to do', 'Places to go', 'Plan your trip', 'Events', 'Inspiration'];
const vCrumbs = ['Home', 'Things to do', 'Cycling'];
const vStay: [string, string][] = [
  ['The Old Signal House, Brannagh', 'Guesthouse · Bike storage'],
  ['Rossmore Quay Hostel', 'Hostel · Drying room'],
];
const vAlso = ['Five family bike rides on the Orrland greenways', 'Cycling the Lough Devlin loop', 'Where to hire a bike in Orrland'];
const vFoot = ['About Visit Orrland', 'Trade and industry', 'Media centre', 'Contact us', 'Accessibility', 'Privacy and cookies', 'Sitemap'];
const vHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8">
<title>Ferrow Valley Cycle Route | Cycling | Visit Orrland</title>
<meta name="description" content="Three days and 128 km along the River Ferrow, from Lusk to the dunes at Carrick Strand, mostly traffic-free.">
<meta property="og:title" content="${vTitle}"><meta property="og:type" content="article"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.visitorrland.example/things-to-do/cycling/ferrow-valley-cycle-route">
<link rel="alternate" hreflang="ga" href="https://www.visitorrland.example/ga/ferrow-valley-cycle-route">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${vTitle}","touristType":"Cyclists"}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer',
'GTM-VO12');</script>
<link href="/assets/css/main.min.css?v=20260211" rel="stylesheet"></head>
<body class="template-route-guide"><a class="skip-link sr-only sr-only-focusable" href="#main">Skip to content</a>
<header class="site-header"><div class="container"><div class="row"><div class="col-12 d-flex align-items-center">
<a class="site-header__logo" href="/"><img src="/-/media/logos/visit-orrland.svg" alt="Visit Orrland"></a>
<nav class="mega-nav" aria-label="Primary"><ul class="mega-nav__list">${links(vNav, 'mega-nav__item')}</ul></nav>
<div class="language-switcher"><button type="button" class="language-switcher__toggle">English</button><ul class="language-switcher__list"><li><a
href="/ga">Gaeilge</a></li><li><a href="/de">Deutsch</a></li></ul></div></div></div></div></header>
<main id="main"><nav class="breadcrumb-wrapper container" aria-label="breadcrumb"><ol class="breadcrumb">${links(vCrumbs, 'breadcrumb-item')}</ol></nav>
<section class="hero hero--route"><picture><img src="/-/media/images/cycling/ardlow-viaduct.jpg?h=600&amp;w=1400" alt="Cyclists on the Ardlow viaduct">
</picture><span class="hero__credit">© Visit Orrland / Kit Mahoney</span><div class="container"><div class="hero__content">
<span class="hero__eyebrow">Cycling route</span><h1 class="hero__title">${vTitle}</h1></div></div></section>
<div class="container"><div class="row"><div class="col-lg-8"><article class="rich-text route-guide">
<p class="route-guide__updated">Updated 9 March 2026</p>
<div class="intro">${ps(vIntro)}</div>
<h2>Day 1: Lusk to Brannagh (46 km)</h2>
${ps(vDay1)}
<h2>Day 2: Brannagh to Rossmore (58 km)</h2>
${ps(vDay2)}
<blockquote class="pull-quote"><p>${vQuote}</p><cite>Local cycling guide Aoife Darragh</cite></blockquote>
<h2>Day 3: Rossmore to Carrick Strand (24 km)</h2>
${ps(vDay3)}
<h2>Good to know</h2>
<ul>${lis(vTips)}</ul>
<aside class="inline-promo"><p>Read more: <a href="/inspiration/greenway-food-stops">The best food stops on the Ferrow Valley greenway</a></p></aside>
</article></div>
<div class="col-lg-4"><aside class="fact-box" aria-labelledby="fact-box-title"><h2 id="fact-box-title" class="fact-box__title">At a glance</h2>
<dl class="fact-box__list"><dt>Distance</dt><dd>128 km</dd><dt>Duration</dt><dd>3 days</dd><dt>Grade</dt><dd>Easy to moderate</dd>
<dt>Surface</dt><dd>Greenway and quiet lanes</dd></dl><a class="btn btn-outline-primary" href="/-/media/files/ferrow-valley-route.gpx">Download GPX</a>
<a class="btn btn-outline-primary" href="/-/media/files/ferrow-valley-map.pdf">Printable map</a></aside></div></div></div>
<section class="card-listing container"><h2 class="card-listing__title">Where to stay along the route</h2><div class="row">${vStay
  .map(
    ([n, t]) => `<div class="col-md-6"><div class="card"><div class="card-body"><h3 class="card-title"><a href="/accommodation/${n.length}">${n}</a></h3>
<p class="card-text">${t}</p><a class="card-link" href="/accommodation/${n.length}">View details</a></div></div></div>`,
  )
  .join('\n')}</div></section>
<section class="related container"><h2>You might also like</h2><ul class="related__list">${links(vAlso, 'related__item')}</ul></section>
<section class="newsletter"><div class="container"><h2 class="newsletter__title">Get inspired</h2><p>Sign up for our monthly newsletter with ideas
for your next break in Orrland.</p><form class="newsletter__form"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email"
type="email" placeholder="Your email address"><button type="submit" class="btn btn-primary">Subscribe</button></form></div></section>
<div class="partners container"><p class="partners__label">Supported by</p><ul class="partners__logos"><li><img src="/-/media/logos/rdf.svg"
alt="Regional Development Fund"></li></ul></div></main>
<footer class="site-footer"><div class="container"><ul class="site-footer__links">${links(vFoot)}</ul>
<p class="site-footer__copy">© 2026 Visit Orrland. All rights reserved.</p></div></footer>
<div class="cookie-bar" id="cookie-bar" role="dialog" aria-live="polite"><p class="cookie-bar__text">This site uses cookies to give you the best
experience. You can change your settings at any time.</p><button class="btn btn-light cookie-bar__accept" type="button">Accept cookies</button>
<a class="cookie-bar__settings" href="/privacy-and-cookies">Manage settings</a></div>
<script src="/assets/js/main.min.js?v=20260211" defer></script></body></html>`;
export const visitOrrland: TestPage = {
  name: 'heldout367-tourism-board-cycle-route',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: ['Day 1: Lusk to Brannagh (46 km)', 'Day 2: Brannagh to Rossmore (58 km)', 'Day 3: Rossmore to Carrick Strand (24 km)', 'Good to know'],
  body: texts([...vIntro, ...vDay1, ...vDay2, vQuote, ...vDay3, ...vTips]),
  bylines: ['Updated 9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vNav, 'English', 'Gaeilge', 'Deutsch', ...vCrumbs, '© Visit Orrland / Kit Mahoney', 'Cycling route',
    'Local cycling guide Aoife Darragh', 'Read more:', 'The best food stops on the Ferrow Valley greenway', 'At a glance', 'Download GPX',
    'Printable map', 'Where to stay along the route', ...vStay.flat(), 'View details', 'You might also like', ...vAlso, 'Get inspired',
    'Sign up for our monthly newsletter with ideas for your next break in Orrland.', 'Subscribe', 'Supported by', ...vFoot,
    '© 2026 Visit Orrland. All rights reserved.', 'This site uses cookies to give you the best experience. You can change your settings at any time.',
    'Accept cookies', 'Manage settings',
  ],
};
