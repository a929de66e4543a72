import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, type Sec, secBody, secHeads, secHtml, trs } from './pages-heldout537-kit.js';

/**
 * Held-out batch 537, file a: a charging network's location page on Next.js (App Router, Tailwind) with a live status panel,
 * a map and nearby sites, and a charging network's prices page built with WordPress and Elementor (price cards, a table and
 * a nested accordion of questions).
 */
const gTitle = 'Gridhop Marlow Quay Retail Park';
const gIntro = j(
  'Eight ultra-rapid bays at the back of Marlow Quay Retail Park, next to the garden centre entrance. The site is open',
  'around the clock and every bay takes contactless payment at the charger.',
);
const gRows = [
  ['Bays 1–4', 'CCS', 'Up to 300 kW', '79p/kWh'],
  ['Bays 5–6', 'CCS / CHAdeMO', 'Up to 150 kW', '79p/kWh'],
  ['Bays 7–8', 'Type 2 (tethered)', 'Up to 22 kW', '59p/kWh'],
];
const gSecs: Sec[] = [
  {
    h: 'Getting here',
    p: [
      j(
        'Enter the retail park from Quayside Road and keep left past the drive-through. The chargers are on the last row before the',
        'river path, under the white canopy. Height limit under the canopy is 2.9 metres.',
      ),
    ],
  },
  {
    h: 'Parking',
    p: [
      j(
        'Parking is free while you charge. Once your session ends you have 15 minutes to move on; after that an idle fee of',
        '40p a minute applies, up to £20. Bays 7–8 are wide enough for a car with a trailer.',
      ),
    ],
  },
  { h: 'Facilities nearby', ul: ['Toilets and café in the garden centre (8am–6pm)', 'Supermarket with 24-hour toilets', 'Covered seating by bay 1'] },
];
const gNav = ['Find a charger', 'Pricing', 'Gridhop app', 'For business', 'Help'];
const gCrumbs = ['Locations', 'South East', 'Ashbridge'];
const gNear = ['Gridhop Ashbridge Station Car Park', 'Gridhop Fenmoor Services (M23)', 'Gridhop Lyle Street'];
const gFoot = ['About us', 'Careers', 'Press', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Terms of use'];
const gHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_a1c3f2 __variable_9bd2e0"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="preload" as="font" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2"
crossorigin="">
<link rel="stylesheet" href="/_next/static/css/7c1e0d3f9a2b4c11.css" data-precedence="next">
<title>EV charging at ${gTitle}, Ashbridge | Gridhop</title>
<meta name="description" content="8 ultra-rapid chargers, open 24/7. Live availability, prices and directions.">
<link rel="canonical" href="https://gridhop.example/locations/ashbridge/marlow-quay-retail-park">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"AutomotiveBusiness","name":"${gTitle}","address":{"@type":"PostalAddress",
"streetAddress":"Quayside Road","addressLocality":"Ashbridge","postalCode":"AB4 7QT"},"openingHours":"Mo-Su 00:00-23:59"}</script>
<script src="/_next/static/chunks/webpack-3f1b2c.js" async=""></script></head>
<body class="min-h-screen bg-white font-sans antialiased"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a href="/" aria-label="Gridhop home"><svg class="h-7 w-auto" viewBox="0 0 120 28"><path d="M0 0h20v28H0z"></path></svg></a>
<nav class="hidden md:flex gap-6 text-sm font-medium"><ul class="flex gap-6">${links(gNav)}</ul></nav>
<a href="/app" class="rounded-full bg-lime-400 px-4 py-2 text-sm font-semibold">Get the app</a></div></header>
<main id="main" class="mx-auto max-w-7xl px-4 py-8"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol class="flex gap-2">
${links(gCrumbs, "after:content-['/']")}</ol></nav>
<div class="grid gap-8 lg:grid-cols-[1fr_420px]"><div>
<h1 class="text-3xl font-bold tracking-tight">${gTitle}</h1>
<p class="mt-1 text-slate-600">Quayside Road, Ashbridge AB4 7QT</p>
<div class="mt-4 flex items-center gap-3 rounded-xl bg-lime-50 p-4" data-testid="live-status"><span class="h-2 w-2 rounded-full bg-lime-500"></span>
<span class="font-semibold">6 of 8 bays available</span><span class="text-xs text-slate-500">Updated 2 minutes ago</span></div>
<p class="mt-6 text-lg">${gIntro}</p>
<h2 class="mt-8 text-xl font-semibold">Chargers and prices</h2>
<table class="mt-3 w-full text-left text-sm"><thead><tr><th>Bays</th><th>Connector</th><th>Power</th><th>Price</th></tr></thead>
<tbody>${trs(gRows)}</tbody></table>
<p class="mt-2 text-xs text-slate-500">Prices include VAT. Gridhop+ members pay 62p/kWh on rapid bays.</p>
<div class="prose mt-8">${secHtml(gSecs, 'h2', ' class="text-xl font-semibold"')}</div>
<h2 class="mt-8 text-xl font-semibold">Opening hours</h2><p>Open 24 hours, 7 days a week</p></div>
<aside class="space-y-4"><div class="aspect-square overflow-hidden rounded-2xl bg-slate-100" id="map" role="region" aria-label="Map">
<div class="maplibregl-ctrl-attrib-inner">© MapTiler © OpenStreetMap contributors</div></div>
<a href="https://maps.google.com/?q=51.2,-0.4" class="block rounded-full border py-3 text-center font-semibold">Get directions</a>
<a href="gridhop://start?site=ASH-MQ" class="block rounded-full bg-black py-3 text-center font-semibold text-white">Start charging in the app</a>
<div class="rounded-2xl border p-4"><h2 class="font-semibold">Nearby Gridhop sites</h2><ul class="mt-2 space-y-2 text-sm">${links(gNear)}</ul></div>
</aside></div>
<section class="mt-12 rounded-3xl bg-slate-900 p-8 text-white"><h2 class="text-2xl font-bold">Charge faster with Gridhop+</h2>
<p>Save 17p on every kWh at rapid bays for £7.99 a month.</p><a href="/plus"
class="mt-4 inline-block rounded-full bg-lime-400 px-5 py-2 text-black">Join Gridhop+</a>
</section></main>
<footer class="border-t bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10 text-sm"><ul class="flex flex-wrap gap-4">${links(gFoot)}</ul>
<p class="mt-6 text-slate-500">© 2026 Gridhop Charging Ltd. Registered in England and Wales No. 11873402.</p></div></footer>
<script src="/_next/static/chunks/main-app-8e2f.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/7c1e0d3f9a2b4c11.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
const gridhop: TestPage = {
  name: 'heldout537-gridhop-location',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Chargers and prices', ...secHeads(gSecs), 'Opening hours'],
  body: [
    'Quayside Road, Ashbridge AB4 7QT',
    gIntro,
    ...rowTexts(gRows),
    'Prices include VAT. Gridhop+ members pay 62p/kWh on rapid bays.',
    ...secBody(gSecs),
    'Open 24 hours, 7 days a week',
  ],
  bylines: ['Updated 2 minutes ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gNav, 'Get the app', 'Locations', 'South East', '6 of 8 bays available', '© MapTiler © OpenStreetMap contributors', 'Get directions',
    'Start charging in the app', 'Nearby Gridhop sites', ...gNear, 'Charge faster with Gridhop+', 'Save 17p on every kWh at rapid bays for £7.99 a month.',
    'Join Gridhop+', ...gFoot, '© 2026 Gridhop Charging Ltd. Registered in England and Wales No. 11873402.',
  ],
};

const vTitle = 'Charging prices';
const vDek = 'One simple price per kWh at every Voltaro charger, with no connection fee and no minimum spend.';
const vCards = [
  { h: 'Pay as you go', price: '74p per kWh', items: ['Contactless at every charger', 'No account needed', 'Receipt by email or QR code'] },
  { h: 'Voltaro Flex', price: '£4.99 a month, then 58p per kWh', items: ['Cancel any time', 'Pay in the app or with an RFID card'] },
  { h: 'Voltaro Fleet', price: 'From 52p per kWh', items: ['One monthly invoice for all drivers', 'Set limits per card'] },
];
const vRows = [
  ['Ultra-rapid (150 kW and above)', '74p', '58p'],
  ['Rapid (50 kW)', '69p', '55p'],
  ['Fast (7–22 kW)', '49p', '42p'],
];
const vFaq = [
  [
    'Is there an overstay fee?',
    j(
      'Yes, at ultra-rapid and rapid chargers. If your car stays plugged in more than 10 minutes after charging has finished we',
      'charge 30p a minute, capped at £15. Fast chargers have no overstay fee.',
    ),
  ],
  [
    'Why is a pre-authorisation taken on my card?',
    j(
      'When you pay by contactless your bank holds £35 until the session ends. We then take the real cost and release the',
      'rest, which can take up to five working days depending on your bank.',
    ),
  ],
  ['Do prices change during the day?', 'No. The price shown on the charger screen and in the app is the price for the whole session.'],
];
const vNav = ['Find a charger', 'Prices', 'Voltaro app', 'Business', 'Host a charger', 'Support'];
const vFoot = ['Contact us', 'Accessibility statement', 'Modern slavery statement', 'Privacy policy', 'Cookie policy'];
const vFaqHtml = vFaq
  .map(
    ([q, a], i) => `<details id="e-n-accordion-item-${1410 + i}" class="e-n-accordion-item"${i === 0 ? ' open' : ''}>
<summary class="e-n-accordion-item-title" data-accordion-index="${i + 1}" tabindex="${i === 0 ? 0 : -1}" aria-expanded="${i === 0}">
<span class="e-n-accordion-item-title-header"><div class="e-n-accordion-item-title-text">${q}</div></span></summary>
<div role="region" class="elementor-element e-con-full e-flex e-con e-child"><div class="elementor-widget-text-editor"><p>${a}</p></div></div></details>`,
  )
  .join('\n');
const vCardHtml = vCards
  .map(
    (c) => `<div class="elementor-element e-con-full e-flex e-con e-child"><div class="elementor-widget elementor-widget-price-table">
<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${c.h}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">${c.price}</span></div>
<ul class="elementor-price-table__features-list">${lis(c.items.map((t) => `<div class="elementor-price-table__feature-inner"><span>${t}</span></div>`))}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button" href="/app">Get started</a></div></div></div></div>`,
  )
  .join('\n');
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vTitle} - Voltaro</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:title" content="EV charging prices | Voltaro"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${vTitle} - Voltaro",
"isPartOf":{"@id":"https://voltaro.example/#website"},"dateModified":"2026-10-02T09:14:51+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<style id="elementor-post-88">.elementor-88 .elementor-element.elementor-element-5f2c1a0{--display:flex;}</style></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/2025/01/voltaro-logo.svg" alt="Voltaro"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu">
<ul id="menu-1-5e1d2c" class="elementor-nav-menu">${links(vNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="/app">
<span class="elementor-button-text">Download the app</span></a></div></div></div></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
<div class="elementor-element elementor-element-5f2c1a0 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1></div>
<div class="elementor-widget elementor-widget-text-editor"><p>${vDek}</p></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">${vCardHtml}</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">Prices by charger speed</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><table><thead><tr><th>Charger</th><th>Pay as you go</th><th>Voltaro Flex</th></tr></thead>
<tbody>${trs(vRows)}</tbody></table><p><em>All prices per kWh, including VAT at 20%. Last changed 1 October 2026.</em></p></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">Questions about paying</h2></div>
<div class="elementor-widget elementor-widget-n-accordion"><div class="e-n-accordion" aria-label="Accordion. Open links with Enter or Space, close with Escape">
${vFaqHtml}</div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent elementor-hidden-mobile"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Running a fleet?</h2>
<div class="elementor-cta__description">Talk to our business team about fleet cards and depot charging.</div>
<a class="elementor-cta__button elementor-button" href="/business">Book a call</a></div></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-widget elementor-widget-nav-menu">
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(vFoot, 'menu-item')}</ul></nav></div>
<div class="elementor-widget elementor-widget-text-editor"><p>© 2026 Voltaro Energy Ltd. All rights reserved.</p></div></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to measure how the site is used and to improve it.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.7"};</script>
</body></html>`;
const voltaro: TestPage = {
  name: 'heldout537-voltaro-prices',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [...vCards.map((c) => c.h), 'Prices by charger speed', 'Questions about paying'],
  body: [
    vDek,
    ...vCards.flatMap((c) => [c.price, ...c.items]),
    ...rowTexts(vRows),
    'All prices per kWh, including VAT at 20%. Last changed 1 October 2026.',
    ...texts(vFaq.flat()),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vNav.filter((t) => t !== 'Prices'),
    'Download the app', 'Get started', 'Running a fleet?', 'Talk to our business team about fleet cards and depot charging.',
    'Book a call', ...vFoot, '© 2026 Voltaro Energy Ltd. All rights reserved.', 'Manage cookie consent',
    'We use cookies to measure how the site is used and to improve it.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT537_A: readonly TestPage[] = [gridhop, voltaro];
