import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout313-kit.js';

/**
 * Held-out batch 313, file a: an airline's newsroom press release on Drupal (header menu, breadcrumb, release date and
 * dateline, share links, a figure with caption and credit, media contacts, related releases, newsletter block, cookie
 * banner, footer) and a flight-status page rendered by a Next.js app (a data page whose main text is short).
 */
const nTitle = 'Aeralis orders twelve Tarvik T-78 turboprops to renew its island network';
const nLead = [
  j(
    'Aeralis has signed a firm order for twelve Tarvik T-78 turboprops, with options for six more, to replace the ageing',
    'fleet that links Vessmark with the eleven airports of the Skerrow Islands. The first aircraft is due in the spring of 2028.',
  ),
  j(
    'The order, worth an estimated 340 million euros at list prices, is the largest in the airline’s forty-year history and',
    'completes the fleet plan the board approved last autumn.',
  ),
];
const nH = ['A quieter aircraft for short runways', 'Training and maintenance at home', 'About Aeralis'];
const nS1 = [
  j(
    'The T-78 seats 72 passengers in a single class and can operate from runways as short as 1,100 metres, which matters on',
    'islands such as Hollin and Greyness where the strips cannot be extended. The airline expects fuel burn per seat to fall',
    'by around a fifth compared with the aircraft it replaces.',
  ),
  j(
    'Noise was a deciding factor. Several island airports sit close to villages, and the new propellers are designed to cut',
    'the noise footprint on take-off by almost half.',
  ),
];
const nQuote = j(
  '“Our island routes are lifelines, not luxuries. People fly to hospital appointments, to school and to work, and they deserve',
  'aircraft that are reliable, quiet and ready for the next thirty years,” said Marit Elvang, chief executive of Aeralis.',
);
const nList = [
  'Twelve firm orders and six options',
  'Deliveries from spring 2028 to autumn 2030',
  'Cabin with larger overhead bins and USB-C power at every seat',
  'Engines prepared for blends of up to 50 per cent sustainable fuel',
];
const nS2 = [
  j(
    'Aeralis will train its pilots on a new full-flight simulator to be installed at its Vessmark training centre in 2027.',
    'Heavy maintenance will also remain at home: the airline’s technical base will add a second hangar bay, creating about',
    'sixty jobs for engineers and apprentices.',
  ),
  j('The retiring aircraft will leave the fleet gradually as the new ones arrive, so that no island route loses a frequency', 'during the changeover.'),
];
const nAbout = [
  j(
    'Aeralis is the national carrier of Vessmark, serving 38 destinations with a fleet of 44 aircraft. In 2025 it carried',
    '3.1 million passengers and employed 2,400 people.',
  ),
];
const nNav = ['Book', 'Manage booking', 'Flight status', 'Destinations', 'Newsroom', 'Careers'];
const nCrumb = ['Home', 'Newsroom', 'Press releases'];
const nRelated = ['Aeralis reports record winter load factor', 'New lounge opens at Vessmark Central', 'Skerrow Islands timetable for summer 2026'];
const nFoot = ['About us', 'Investors', 'Sustainability', 'Accessibility', 'Privacy', 'Cookie settings'];
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${nTitle} | Aeralis Newsroom</title><meta name="description" content="Aeralis signs a firm order for twelve Tarvik T-78 turboprops.">
<link rel="canonical" href="https://newsroom.aeralis.example/en/press-releases/aeralis-orders-twelve-tarvik-t-78">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-03-04T09:00:00+01:00","publisher":{"@type":"Organization","name":"Aeralis"}}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2841"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2.css"></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system">
<a href="/en" rel="home" class="site-logo"><img src="/themes/custom/aeralis/logo.svg" alt="Home"></a><span class="site-name">Aeralis Newsroom</span></div>
<nav role="navigation" aria-labelledby="block-main-menu" id="block-main" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-main-menu">Main navigation</h2><ul class="menu">${links(nNav, 'menu-item')}</ul></nav>
<div class="language-switcher-language-url"><ul class="links"><li hreflang="en" class="is-active"><a href="/en">English</a></li>
<li hreflang="vs"><a href="/vs">Vessmarsk</a></li></ul></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(nCrumb)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" about="/en/press-releases/aeralis-orders-twelve-tarvik-t-78" class="node node--type-press-release node--view-mode-full">
<div class="node__label"><span class="field field--name-field-release-type">Press release</span></div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${nTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-release-date field--type-datetime"><time datetime="2026-03-04T08:00:00Z">4 March 2026</time></div>
<div class="field field--name-field-category"><a href="/en/topics/fleet">Fleet</a></div></div>
<div class="share-links"><span class="share-links__label">Share</span><ul>${links(['LinkedIn', 'Facebook', 'Email'], 'share-links__item')}</ul></div>
<figure class="field field--name-field-hero-image"><img src="/sites/default/files/2026-03/t78-aeralis.jpg" alt="Tarvik T-78 in Aeralis livery">
<figcaption>The Tarvik T-78 in Aeralis livery, as the first aircraft will look. <span class="credit">Image: Tarvik Aircraft</span></figcaption></figure>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p class="dateline">VESSMARK, 4 March 2026</p>
${ps(nLead)}
<h2>${nH[0]}</h2>
${ps(nS1)}
<blockquote><p>${nQuote}</p></blockquote>
<ul>${lis(nList)}</ul>
<h2>${nH[1]}</h2>
${ps(nS2)}
<h3>${nH[2]}</h3>
${ps(nAbout)}
</div>
<div class="field field--name-field-media-contact"><h2 class="field__label">Media contact</h2>
<p>Aeralis Press Office<br>+46 555 0100 · press@aeralis.example</p></div>
<div class="field field--name-field-downloads"><h2 class="field__label">Downloads</h2><ul><li><a href="/files/t78-order.pdf">Fact sheet (PDF, 240 KB)</a></li>
</ul></div>
</article>
<section class="block block-views related-releases"><h2>Related press releases</h2><ul>${links(nRelated, 'views-row')}</ul></section>
<div class="block block-newsletter"><h2>Get our news by email</h2><p>Press releases and media alerts, straight to your inbox.</p>
<form class="newsletter-form"><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">Subscribe</button></form></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(nFoot)}</ul><p class="copyright">© 2026 Aeralis Group. All rights reserved.</p></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog"><div class="eu-cookie-compliance-banner"><div class="popup-content info">
<div id="popup-text"><p>We use cookies to improve your experience and to measure how our newsroom is used.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Decline</button></div></div></div></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const newsroom: TestPage = {
  name: 'heldout313-drupal-airline-newsroom-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nLead, ...nS1, nQuote, ...nList, ...nS2, ...nAbout]),
  bylines: ['4 March 2026', 'VESSMARK, 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Aeralis Newsroom', 'Main navigation', ...nNav, 'English', 'Vessmarsk', 'Breadcrumb', 'Press releases', 'Press release',
    'Fleet', 'LinkedIn', 'Facebook', 'Email', 'The Tarvik T-78 in Aeralis livery, as the first aircraft will look.', 'Image: Tarvik Aircraft',
    'Media contact', 'Aeralis Press Office', '+46 555 0100 · press@aeralis.example', 'Downloads', 'Fact sheet (PDF, 240 KB)', 'Related press releases',
    ...nRelated, 'Get our news by email', 'Press releases and media alerts, straight to your inbox.', 'Email address', 'Subscribe', ...nFoot,
    '© 2026 Aeralis Group. All rights reserved.', 'We use cookies to improve your experience and to measure how our newsroom is used.', 'Accept', 'Decline',
  ],
};

const fTitle = 'AX 417 Vessmark to Port Calloway';
const fStatus = j(
  'Flight AX 417 is delayed by 35 minutes because the incoming aircraft left Hollin late. The new estimated departure time is 09:15.',
  'Boarding will start about 30 minutes before departure.',
);
const fH = ['Departure', 'Arrival', 'Flight details', 'Travel notice'];
const fDep = ['Vessmark Central (VSM)', 'Scheduled 08:40', 'Estimated 09:15', 'Terminal 2', 'Gate B14', 'Bag drop closes 07:55'];
const fArr = ['Port Calloway (PCW)', 'Scheduled 10:05', 'Estimated 10:38', 'Terminal 1', 'Baggage belt 4'];
const fDet = ['Aircraft Tarvik T-78', 'Flight time 1 h 25 min', 'Operated by Aeralis Regional'];
const fNote = [
  j(
    'Strong crosswinds are forecast at Port Calloway this morning. Flights may hold before landing and some arrivals could be',
    'diverted to Kestrel Bay. If your flight is diverted, coaches will take you to Port Calloway at no extra cost.',
  ),
  'Passengers with connecting flights do not need to rebook: our transfer desk will contact you if your connection is at risk.',
];
const fNav = ['Book', 'My trips', 'Check-in', 'Flight status', 'Help'];
const fFoot = ['Contact us', 'Conditions of carriage', 'Privacy notice', 'Cookie preferences'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>AX 417 flight status | Aeralis</title>
<meta name="description" content="Live status of Aeralis flight AX 417 from Vessmark to Port Calloway."><meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/css/7f3a1c.css" as="style"><link rel="stylesheet" href="/_next/static/css/7f3a1c.css" data-n-g="">
<script src="/_next/static/chunks/webpack-3b1f.js" defer=""></script><script src="/_next/static/chunks/pages/flight-status/[flight]-9a2e.js" defer=""></script>
</head><body><div id="__next"><div class="Layout_page__Q2x8s">
<header class="Header_header__kP1zD"><a class="Header_logo__3mJ0w" href="/"><span class="sr-only">Aeralis home</span></a>
<nav class="Header_nav__u7Yq2" aria-label="Main"><ul>${links(fNav, 'Header_item__aT5vn')}</ul></nav>
<button class="Header_login__Lk0pE" type="button">Log in</button></header>
<div class="SearchBar_wrap__9cE1d"><form class="SearchBar_form__vT4sq"><label for="fs-q">Flight number or route</label><input id="fs-q" value="AX 417">
<label for="fs-date">Date</label><select id="fs-date"><option>Yesterday</option><option selected="">Today</option><option>Tomorrow</option></select>
<button type="submit">Search</button></form></div>
<main class="FlightStatus_main__x1Ab3"><div class="FlightStatus_head__e8Kw2"><h1 class="FlightStatus_title__Zp5mQ">${fTitle}</h1>
<span class="StatusPill_pill__2QwCe StatusPill_delayed__o3RtN">Delayed</span>
<p class="FlightStatus_updated__gH4c1">Last updated 2 minutes ago</p></div>
<p class="FlightStatus_summary__Nd0sB">${fStatus}</p>
<div class="FlightStatus_grid__R6vYt"><section class="Leg_leg__c1Bf0"><h2 class="Leg_title__hM8q3">${fH[0]}</h2>
<ul class="Leg_rows__b2Q7k">${lis(fDep, 'Leg_row__fN5x1')}</ul></section>
<section class="Leg_leg__c1Bf0"><h2 class="Leg_title__hM8q3">${fH[1]}</h2><ul class="Leg_rows__b2Q7k">${lis(fArr, 'Leg_row__fN5x1')}</ul></section></div>
<section class="Details_details__y7Dk4"><h2>${fH[2]}</h2><ul>${lis(fDet)}</ul></section>
<section class="Notice_notice__W3pe9" role="note"><h2>${fH[3]}</h2>${ps(fNote)}</section>
<div class="Actions_actions__q0Lm5"><button type="button">Get SMS updates</button><button type="button">Share this flight</button>
<button type="button">Add to calendar</button></div>
<aside class="AppPromo_promo__kD2vB"><h3>Track every flight in the Aeralis app</h3><p>Gate changes and delays, pushed to your phone.</p>
<a href="/app">Download the app</a></aside></main>
<footer class="Footer_footer__iY0nW"><ul>${links(fFoot)}</ul><p>© 2026 Aeralis. Times are local.</p></footer></div>
<div class="CookieBanner_banner__Vb8sd" role="dialog" aria-label="Cookies"><p>We and our partners use cookies to keep flight alerts working and to
personalise offers.</p><button type="button">Accept all</button><button type="button">Only necessary</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"flight":{"number":"AX417","status":"DELAYED","dep":"VSM","arr":"PCW"}}},
"page":"/flight-status/[flight]","query":{"flight":"ax417"},"buildId":"b7k2Qx","isFallback":false,"gssp":true}</script></body></html>`;
const flightStatus: TestPage = {
  name: 'heldout313-nextjs-flight-status-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([fStatus, ...fDep, ...fArr, ...fDet, ...fNote]),
  bylines: ['Last updated 2 minutes ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aeralis home', ...fNav, 'Log in', 'Flight number or route', 'Date', 'Yesterday', 'Today', 'Tomorrow', 'Search', 'Delayed', 'Get SMS updates',
    'Share this flight', 'Add to calendar', 'Track every flight in the Aeralis app', 'Gate changes and delays, pushed to your phone.', 'Download the app',
    ...fFoot, '© 2026 Aeralis. Times are local.', 'We and our partners use cookies to keep flight alerts working and to personalise offers.', 'Accept all',
    'Only necessary',
  ],
};

export const HELDOUT313_A: readonly TestPage[] = [newsroom, flightStatus];
