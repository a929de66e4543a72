import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout398-kit.js';

/**
 * Held-out batch 398, file e: a cruise line's itinerary page built on Adobe Experience Manager (cmp- core components,
 * responsivegrid wrappers, a day-by-day accordion, a sailing dates and fares table, a sticky "Select a sailing" bar,
 * offers ribbon) and a ski resort's lift pass page on Drupal (block and field classes, a price table, a pass-finder widget,
 * a live lift status sidebar, "Last updated" line, snow report ticker).
 */
const cTitle = 'Northern Fjords and the Midnight Sun: 9-Night Cruise from Harwick';
const cIntro = [
  j(
    'Sail north from Harwick to the deep fjords of western Norway and on past the Arctic Circle, where in June the sun never quite sets.',
    'This itinerary aboard Aurora Meridian spends two full days in the Lofoten Islands and calls at five ports, with three relaxing days at sea.',
  ),
  j(
    'Every cruise includes all main meals in our four restaurants, entertainment in the theatre each evening, and talks from our onboard',
    'naturalist about the whales, seabirds and geology you will see along the way.',
  ),
  j(
    'Aurora Meridian carries 930 guests, small enough to sail into the narrow fjords that larger ships must pass by. Shore excursions can',
    'be booked from six months before departure, and our port guides give you maps and walking routes for every call.',
  ),
];
const cDays: [string, string][] = [
  ['Day 1: Harwick', 'Board from 1pm and settle into your stateroom before we sail at 6pm on the evening tide.'],
  ['Days 2–3: At sea', 'Two days crossing the North Sea, with morning lectures, the spa and the observation lounge to enjoy.'],
  ['Day 4: Hardanfjord', 'A scenic morning cruise deep into the fjord before we anchor below the village of Utnevik; tenders run ashore until 5pm.'],
  ['Day 5: Valstad', 'Take the cog railway to the plateau above the town, or join a guided walk to the Sjøfoss waterfall.'],
  ['Days 6–7: Lofoten Islands', 'Two days moored in Reinevåg, with time for sea eagle safaris, a fishing village walk and midnight sun from the top deck.'],
  ['Day 8: Tromsvik', 'Visit the Arctic cathedral and the polar museum, or take the cable car for views over the sound.'],
  ['Day 9: At sea', 'A last day at sea as we sail south along the coast, with the farewell dinner in the evening.'],
  ['Day 10: Harwick', 'Arrive in the early morning; disembarkation is from 8am.'],
];
const cNote = j(
  'Itineraries may change because of weather, tides or port restrictions. Tender ports are marked on the map; passengers with limited',
  'mobility should speak to our access team before booking.',
);
const cFares: [string, string, string, string, string][] = [
  ['12 Jun 2027', '£1,499', '£1,849', '£2,399', '£3,950'],
  ['21 Jun 2027', '£1,649', '£1,999', '£2,549', 'Sold out'],
];
const cNav = ['Find a cruise', 'Destinations', 'Our ships', 'Offers', 'Before you sail', 'Manage my booking'];
const cCrumbs = ['Home', 'Destinations', 'Norwegian Fjords', 'Northern Fjords and the Midnight Sun'];
const cFoot = ['About us', 'Contact us', 'Travel agents', 'Accessibility', 'Booking conditions', 'Privacy', 'Modern slavery statement'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<title>Northern Fjords and the Midnight Sun | 9-Night Cruise | Meridian Cruises</title>
<meta name="description" content="Sail north from Harwick to the deep fjords of western Norway and on past the Arctic Circle.">
<meta name="template" content="itinerary-page"><link rel="canonical" href="https://www.meridiancruises.example/destinations/norwegian-fjords/m619.html">
<link rel="stylesheet" href="/etc.clientlibs/meridian/clientlibs/clientlib-site.lc-7a1b-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Trip","name":"${cTitle}","provider":{"@type":"Organization",
"name":"Meridian Cruises"}}</script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({page:{template:"itinerary",code:"M619"}});</script></head>
<body class="page basicpage" id="page-3f2e7a"><div class="root container responsivegrid"><div id="container-1a" class="cmp-container">
<div class="experiencefragment"><header class="cmp-header"><div class="cmp-header__ribbon">Save up to 30% on 2027 cruises – ends Monday</div>
<a class="cmp-header__logo" href="/">Meridian Cruises</a><nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">
${links(cNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav><a href="/account" class="cmp-header__account">Sign in</a></header></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb"
aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">${links(cCrumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="hero"><div class="cmp-hero"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/meridian/fjords/lofoten.jpg"
alt="Aurora Meridian in Reinevåg">
<span class="cmp-image__title">Aurora Meridian at anchor in Reinevåg. Photo: Meridian Cruises</span></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${cTitle}</h1></div></div>
<ul class="cmp-hero__facts"><li>M619</li><li>Aurora Meridian</li><li>From £1,499pp</li></ul></div></div>
<div class="text"><div class="cmp-text">${ps(cIntro)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Your itinerary</h2></div></div>
<div class="accordion panelcontainer"><div class="cmp-accordion" data-cmp-is="accordion" data-placeholder-text="false">
${cDays
  .map(
    ([d, t], i) => `<div class="cmp-accordion__item" data-cmp-hook-accordion="item" id="accordion-${i}"><h3 class="cmp-accordion__header">
<button class="cmp-accordion__button" type="button"
aria-expanded="${i === 0}"><span class="cmp-accordion__title">${d}</span><span class="cmp-accordion__icon"></span></button></h3>
<div class="cmp-accordion__panel" role="region"><div class="text"><div class="cmp-text"><p>${t}</p></div></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="text"><div class="cmp-text cmp-text--small"><p>${cNote}</p></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Dates and prices</h2></div></div>
<div class="table"><table class="cmp-fares"><thead><tr><th>Departs</th><th>Inside</th><th>Sea view</th><th>Balcony</th><th>Suite</th></tr></thead><tbody>
${cFares.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table><p class="cmp-fares__small">Prices are per person based
on two sharing and include port charges.</p></div>
<div class="teaser"><div class="cmp-teaser"><h3 class="cmp-teaser__title">You may also like</h3><p class="cmp-teaser__description">Iceland and the Faroe
Islands, 12 nights</p>
<a class="cmp-teaser__action-link" href="/destinations/iceland">View cruise</a></div></div>
<div class="sticky-bar"><div class="cmp-sticky-cta"><span>9 nights · from £1,499pp</span><button class="cmp-button">Select a sailing</button></div></div>
<div class="experiencefragment"><footer class="cmp-footer"><ul>${links(cFoot, 'cmp-footer__link')}</ul><p class="cmp-footer__abta">ABTA P7311 · ATOL protected
9921</p>
<p class="cmp-footer__copyright">© Meridian Cruises Ltd 2026</p></footer></div></div></div>
<div id="consent-banner" class="cmp-consent"><p>We use cookies to personalise content and analyse our traffic.</p><button>Allow all</button><button>Only
necessary</button></div>
<script src="/etc.clientlibs/meridian/clientlibs/clientlib-site.lc-7a1b-lc.min.js"></script></body></html>`;
const cruise: TestPage = {
  name: 'heldout398-aem-cruise-itinerary',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Your itinerary', ...cDays.map(([d]) => d), 'Dates and prices'],
  body: texts([...cIntro, ...cDays.map(([, t]) => t), cNote, ...cFares.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Save up to 30% on 2027 cruises – ends Monday', 'Meridian Cruises', ...cNav, 'Sign in', ...cCrumbs.slice(0, 3),
    'Aurora Meridian at anchor in Reinevåg. Photo: Meridian Cruises', 'M619', 'From £1,499pp',
    'Prices are per person based on two sharing and include port charges.',
    'You may also like', 'Iceland and the Faroe Islands, 12 nights', 'View cruise', '9 nights · from £1,499pp', 'Select a sailing', ...cFoot,
    'ABTA P7311 · ATOL protected 9921', '© Meridian Cruises Ltd 2026', 'We use cookies to personalise content and analyse our traffic.', 'Allow all',
    'Only necessary',
  ],
};

const kTitle = 'Lift passes 2026/27';
const kIntro = [
  j(
    'One pass opens all 41 lifts and 126 km of pistes in the Valmora ski area, from the beginners’ meadows at Prà Fondo to the glacier',
    'runs under the Cima Lastra. Passes are loaded onto a reusable KeyCard, so you can walk straight through the gates with the card in your',
    'pocket.',
  ),
  j(
    'Passes are valid on every lift of the area, on the ski buses between the villages of the valley and on the night sledging run at Prà',
    'Fondo, which is lit on Tuesday and Friday evenings from 7 pm to 10 pm.',
  ),
  j(
    'Buy online at least three days before you arrive and you save up to 15% on the ticket office price. The earlier you book, the better',
    'the price: online prices change with demand, and the ticket office price is the highest you will ever pay.',
  ),
];
const kPrices: [string, string, string, string][] = [
  ['1 day', '€62', '€43', '€56'],
  ['3 days', '€176', '€123', '€158'],
  ['6 days', '€318', '€222', '€286'],
  ['Season pass', '€840', '€590', '€756'],
];
const kKids = [
  'Children born after 31 December 2018 ski free with a paying adult on the same purchase',
  'Junior prices apply to children born between 2011 and 2018',
  'Senior prices apply to skiers born before 1961',
  'Students under 26 get the senior price on presentation of a valid student card',
];
const kFoot = j(
  'The KeyCard costs 5 euros and is refunded when you return it to any ticket office or the card return boxes in the valley stations.',
  'Lost passes can be blocked and replaced at the ticket office on presentation of the purchase receipt.',
);
const kPed = 'Pedestrians can use the Prà Fondo gondola and the Lastra cable car with a return ticket for €24, or €16 for children.';
const kNav = ['Winter', 'Lift passes', 'Ski school', 'Snow report', 'Webcams', 'Accommodation', 'Events'];
const kCrumbs = ['Home', 'Winter', 'Lift passes'];
const kLifts = ['Prà Fondo gondola – open', 'Lastra cable car – open', 'Glacier T-bar – closed (wind)', 'Sella chairlift – open'];
const kFootLinks = ['Contact', 'Press', 'Jobs', 'Legal notice', 'Privacy', 'Cookie settings'];
const kHtml = `<!DOCTYPE html><html lang="en" dir="ltr"
prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>Lift passes 2026/27 | Valmora Ski Area</title>
<meta name="description" content="Prices for day, multi-day and season lift passes in the Valmora ski area. Buy online and save up to 15%.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.valmora-ski.example/en/winter/lift-passes">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Lift passes 2026/27",
"dateModified":"2026-11-18"}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"en"},
"ajaxTrustedUrl":[]}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-ticker"><div id="block-snowticker"
class="block block-valmora-snow"><span class="snow-ticker">Snow depth 145 cm · 38 of 41 lifts open · −6 °C</span></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-valmora-branding"
class="block block-system block-system-branding-block">
<a href="/en" rel="home" class="site-logo">Valmora Ski Area</a></div>
<nav role="navigation" aria-labelledby="block-valmora-main-menu-menu" id="block-valmora-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-valmora-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(kNav, 'menu-item')}</ul></nav>
<div class="language-switcher-language-url block block-language"><ul class="links"><li><a href="/it">IT</a></li><li><a
href="/de">DE</a></li></ul></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol>${links(kCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-valmora-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title
field--type-string">${kTitle}</span></h1></div>
<article data-history-node-id="218" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(kIntro)}
<h2>Prices</h2><table class="table-prices"><thead><tr><th>Pass</th><th>Adult</th><th>Junior</th><th>Senior</th></tr></thead><tbody>
${kPrices.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>Children, juniors and seniors</h2><ul>${lis(kKids)}</ul><h2>KeyCard</h2><p>${kFoot}</p><h2>Pedestrians</h2><p>${kPed}</p></div>
<div class="field field--name-field-updated"><div class="field__label">Last updated</div><div class="field__item"><time datetime="2026-11-18T09:00:00Z">18
November 2026</time></div></div>
</div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div id="block-passfinder"
class="block block-valmora-shop"><h2>Find your pass</h2><label>First ski day</label>
<label>Number of days</label><button class="button button--primary">Show prices</button><p class="shop-note">Free cancellation up to 24 hours before your
first ski day</p></div>
<div id="block-liftstatus" class="block block-valmora-lifts"><h2>Lift status</h2><ul>${lis(kLifts)}</ul><a href="/en/winter/lifts">All
lifts</a></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="block block-newsletter"><h2>Snow news in your inbox</h2>
<p>Powder alerts and early-bird offers, never more than twice a month.</p><button>Subscribe</button></div><nav class="block block-menu menu--footer"><ul
class="menu">
${links(kFootLinks, 'menu-item')}</ul></nav><p class="copyright">© 2026 Valmora Impianti S.p.A. · VAT IT00000000000</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner"
role="dialog"><div class="eu-cookie-compliance-message"><p>We use cookies on this site to enhance your user experience.</p></div>
<button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button><button type="button"
class="decline-button">No, thanks</button></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
const ski: TestPage = {
  name: 'heldout398-drupal-ski-lift-passes',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Prices', 'Children, juniors and seniors', 'KeyCard', 'Pedestrians'],
  body: texts([...kIntro, ...kPrices.flat(), ...kKids, kFoot, kPed]),
  bylines: ['Last updated', '18 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Snow depth 145 cm · 38 of 41 lifts open · −6 °C', 'Valmora Ski Area', 'Main navigation',
    ...kNav.filter((n) => n !== 'Lift passes'),
    'Breadcrumb', 'Home', 'Find your pass', 'First ski day', 'Number of days', 'Show prices', 'Free cancellation up to 24 hours before your first ski day',
    'Lift status', ...kLifts, 'All lifts', 'Snow news in your inbox', 'Powder alerts and early-bird offers, never more than twice a month.', 'Subscribe',
    ...kFootLinks, '© 2026 Valmora Impianti S.p.A. · VAT IT00000000000', 'We use cookies on this site to enhance your user experience.', 'OK, I agree',
    'No, thanks',
  ],
};

export const HELDOUT398_E: readonly TestPage[] = [cruise, ski];
