import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Pair, pairLis, pairText, rowText, trs } from './pages-heldout472-kit.js';

/**
 * Held-out batch 472, file d: an EV charging network's station page on Nuxt (Vue, scoped data-v attributes, window.__NUXT__),
 * and a private-seller used-car advert on an AutoTrader-style React classifieds site (styled-components, data-testid).
 */
const vTitle = 'Harrow Lane Retail Park';
const vAddr = 'Unit 4 car park, Harrow Lane, Stanbridge ST7 2QH';
const vIntro = [
  j(
    'Six ultra-rapid chargers at the far end of the retail park car park, next to the garden centre. The site is open around the',
    'clock and lit at night. Parking is free for up to two hours while you charge.',
  ),
];
const vRows = [
  ['1 - 4', 'CCS', '150 kW'],
  ['5', 'CCS', '350 kW'],
  ['6', 'CCS and CHAdeMO', '50 kW'],
];
const vPrice: Pair[] = [
  ['Pay as you go:', '69p per kWh'],
  ['Voltway Plus members:', '54p per kWh'],
  ['Overstay fee after 45 minutes:', '20p per minute'],
];
const vAccess = [
  j(
    'Enter the retail park from the Harrow Lane roundabout and keep left past the supermarket. The chargers are in bays 210 to',
    '215, marked in green. The height barrier at the main entrance is 2.1 metres; taller vans should use the service entrance.',
  ),
];
const vAmen = ['Toilets and café in the garden centre (8am - 6pm)', 'Supermarket open 24 hours on weekdays', 'Covered walkway to the shops'];
const vNav = ['Find a charger', 'Pricing', 'Voltway Plus', 'For business', 'Help'];
const vFoot = ['About Voltway', 'Careers', 'Press', 'Accessibility', 'Privacy notice', 'Cookie settings'];
const vHtml = `<!DOCTYPE html>
<html lang="en-GB" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en-GB%22%7D%7D"><head><title>Harrow Lane Retail Park, Stanbridge - EV charging | Voltway</title>
<meta data-n-head="ssr" charset="utf-8"><
meta data-n-head="ssr" data-hid="description" name="description" content="6 ultra-rapid chargers up to 350 kW in Stanbridge.">
<link data-n-head="ssr" rel="canonical" href="https://voltway.example/locations/stanbridge-harrow-lane">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"ElectricVehicleChargingStation","name":"Voltway ${vTitle}",
"address":"${vAddr}","openingHours":"Mo-Su 00:00-23:59"}</script>
<link rel="preload" href="/_nuxt/app.3f9c2d1.js" as="script"><style data-vue-ssr-id="7a1c2e4b:0">.station-header[data-v-5b2d9e1a]{padding:24px 0}</style></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout-default" data-v-1c0e4f7b>
<div class="app-banner" data-v-1c0e4f7b><p data-v-1c0e4f7b>Charge faster with the Voltway app</p><a href="/app" data-v-1c0e4f7b>Get the app</a></div>
<header class="site-header" data-v-2e8a6d3c><a href="/" class="site-header__logo" data-v-2e8a6d3c>Voltway</a>
<nav class="site-header__nav" data-v-2e8a6d3c><ul data-v-2e8a6d3c>${links(vNav, 'site-header__item')}</ul></nav>
<a href="/account" class="btn btn--outline" data-v-2e8a6d3c>Sign in</a></header>
<main class="station-page" data-v-5b2d9e1a><nav class="breadcrumbs" data-v-5b2d9e1a><ol>${links(['Locations', 'Stanbridge'])}</ol></nav>
<section class="station-header" data-v-5b2d9e1a><p class="station-header__network" data-v-5b2d9e1a>Voltway hub</p>
<h1 class="station-header__title" data-v-5b2d9e1a>${vTitle}</h1><p class="station-header__address" data-v-5b2d9e1a>${vAddr}</p>
<div class="live-status live-status--ok" data-v-5b2d9e1a><span class="live-status__dot" data-v-5b2d9e1a></span>4 of 6 available · updated 2 min ago</div>
<div class="station-header__actions" data-v-5b2d9e1a><a class="btn btn--primary" href="https://maps.example/?q=51.62,-1.98" data-v-5b2d9e1a>Directions</a>
<a class="btn btn--secondary" href="/app" data-v-5b2d9e1a>Start charging in the app</a></div></section>
<div class="station-map" data-v-5b2d9e1a><div class="map-placeholder" data-v-5b2d9e1a>Map loading…</div></div>
<section class="station-section" data-v-5b2d9e1a>${ps(vIntro, ' data-v-5b2d9e1a')}<h2 data-v-5b2d9e1a>Chargers</h2>
<table class="charger-table" data-v-5b2d9e1a><thead><tr><th>Bay</th><th>Connector</th><th>Max power</th></tr></thead><tbody>${trs(vRows)}</tbody></table>
<h2 data-v-5b2d9e1a>Pricing</h2><ul class="price-list" data-v-5b2d9e1a>${pairLis(vPrice, 'price-list__row', 'price-list__label', 'price-list__value')}</ul>
<p class="price-list__note" data-v-5b2d9e1a>Prices include VAT.</p>
<h2 data-v-5b2d9e1a>Getting there</h2>${ps(vAccess, ' data-v-5b2d9e1a')}<h2 data-v-5b2d9e1a>While you charge</h2><ul data-v-5b2d9e1a>${lis(vAmen)}</ul>
</section>
<section class="checkins" data-v-7d3f0a2e><h3 data-v-7d3f0a2e>Recent driver check-ins</h3><div class="checkin" data-v-7d3f0a2e><strong>Priya K.</strong>
<span>Yesterday</span><p>Bay 5 gave me 290 kW on a cold morning. Brilliant.</p></div><a href="#" data-v-7d3f0a2e>See all 48 check-ins</a></section>
<section class="nearby" data-v-8e1b2c4d><h3 data-v-8e1b2c4d>Nearby Voltway locations</h3>
<ul>${links(['Stanbridge Station Road (3.1 miles)', 'Wexcombe Services M9 (7.4 miles)'])}</ul>
</section></main>
<footer class="site-footer" data-v-9f2c3d5e><ul>${links(vFoot)}</ul><p data-v-9f2c3d5e>© 2027 Voltway Charging Ltd. Registered in England No. 11820374.</p>
</footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{station:{id:"stn-2291",slug:"stanbridge-harrow-lane",available:4,total:6}}],
fetch:{},error:null,serverRendered:true,routePath:"/locations/stanbridge-harrow-lane"}}(null,false));</script>
<script src="/_nuxt/app.3f9c2d1.js" defer></script></body></html>`;
const nuxtStation: TestPage = {
  name: 'heldout472-nuxt-ev-station',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: ['Chargers', 'Pricing', 'Getting there', 'While you charge'],
  body: texts([vAddr, ...vIntro, ...vRows.map(rowText), ...vPrice.map(pairText), 'Prices include VAT.', ...vAccess, ...vAmen]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Charge faster with the Voltway app', 'Get the app', ...vNav.filter((t) => t !== 'Pricing' && t !== 'Voltway Plus'), 'Sign in', 'Locations',
    'Voltway hub', '4 of 6 available · updated 2 min ago', 'Directions', 'Start charging in the app', 'Map loading…', 'Recent driver check-ins',
    'Priya K.', 'Yesterday', 'Bay 5 gave me 290 kW on a cold morning. Brilliant.', 'See all 48 check-ins', 'Nearby Voltway locations',
    'Stanbridge Station Road (3.1 miles)', 'Wexcombe Services M9 (7.4 miles)', ...vFoot, '© 2027 Voltway Charging Ltd. Registered in England No. 11820374.',
  ],
};

const tTitle = 'Kinsale Tourer 1.5 EcoDrive SE 5dr';
const tSub = '2019 (69 reg) · Estate · 48,210 miles · 1.5L · Manual · Petrol';
const tPrice = '£9,795';
const tSpecs: Pair[] = [
  ['Mileage', '48,210 miles'],
  ['Registration', '2019 (69 reg)'],
  ['Fuel type', 'Petrol'],
  ['Body type', 'Estate'],
  ['Gearbox', 'Manual'],
  ['Owners', '2'],
  ['ULEZ', 'Compliant'],
];
const tDesc = [
  j(
    'Selling our family estate as we have gone down to one car. Full service history with the main dealer until 2023 and with',
    'our local garage since, stamps and invoices in the folder. Cambelt is chain-driven on this engine so nothing due.',
  ),
  j(
    'Two keys, new front tyres in January, MOT until November with no advisories. Small scuff on the rear bumper (pictured),',
    'otherwise very tidy. Non-smokers, no pets. Happy for an inspection before purchase. No part exchange.',
  ),
];
const tFeat = ['Apple CarPlay and Android Auto', 'Rear parking sensors', 'Cruise control', 'Roof rails', 'Heated front seats'];
const tNav = ['Used cars', 'New cars', 'Sell my car', 'Value my car', 'Car reviews', 'Finance'];
const tFoot = ['About us', 'Contact us', 'Terms and conditions', 'Privacy notice', 'Manage cookies', 'Modern Slavery Statement'];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Kinsale Tourer 1.5 EcoDrive SE 5dr | £9,795 | Motorgrid</title>
<meta name="description" content="Used 2019 Kinsale Tourer estate, 48,210 miles, private seller in Cardew.">
<style data-styled="active" data-styled-version="5.3.11">.sc-bczRLJ{display:flex}.sc-gswNZR{font-size:28px;font-weight:700}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Car","name":"${tTitle}","offers":{"@type":"Offer","price":9795,
"priceCurrency":"GBP"}}</script>
<script>window.__INITIAL_STATE__={"advert":{"id":"202703081122334","sellerType":"PRIVATE"},"experiments":{"financeWidget":"B"}};</script></head>
<body><div id="root"><div class="sc-bczRLJ app-root">
<div role="dialog" aria-label="Cookie consent" class="sc-ftvSup consent-banner"><p>We and our partners use cookies to personalise ads and content.</p>
<button data-testid="consent-accept">Accept all</button><button data-testid="consent-manage">Manage preferences</button></div>
<header class="sc-hLBbgP header" data-testid="header"><a href="/" aria-label="Motorgrid home" class="sc-eDvSVe logo">Motorgrid</a>
<nav class="sc-jSUZER"><ul>${links(tNav)}</ul></nav><a href="/saved" class="sc-gKPRtg">Saved</a><a href="/signin" class="sc-gKPRtg">Sign in</a></header>
<main class="sc-iBYQkv advert-page"><a href="/car-search?postcode=CD4" class="sc-ckEbSK back-link" data-testid="back-to-results">Back to results</a>
<div class="sc-hTBuwn gallery" data-testid="gallery"><img src="https://m.motorgrid.example/i/202703081122334/1.jpg" alt="">
<span class="sc-jfTVlA">1/18</span></div>
<section class="sc-kMjNwy advert-heading" data-testid="advert-title"><h1 class="sc-gswNZR">${tTitle}</h1>
<p class="sc-iAEawV" data-testid="advert-subtitle">${tSub}</p>
<h2 class="sc-gswNZR price" data-testid="advert-price">${tPrice}</h2>
<p class="sc-bjfHbI finance-teaser" data-testid="finance-teaser">Or £189/month (Representative
example)</p></section>
<div class="sc-fHjqPf seller-panel" data-testid="seller-panel"><p>Private seller</p><p>Cardew, 6 miles away</p>
<button data-testid="reveal-phone">Show phone number</button><button data-testid="message-seller">Message seller</button></div>
<section class="sc-cCsOjp" data-testid="key-specs"><h2>Overview</h2><ul class="sc-ciZhAO">${pairLis(tSpecs, 'sc-jdAMXn', 'sc-hmdomO', 'sc-llJcti')}</ul>
</section>
<section class="sc-gLDzan" data-testid="description"><h2>Description</h2><div class="sc-iveFHk">${ps(tDesc)}</div>
<button class="sc-gsnTZi">Read more</button></section>
<section class="sc-dmctIk" data-testid="features"><h2>Features</h2><ul>${lis(tFeat)}</ul></section>
<section class="sc-kgflAQ" data-testid="similar"><h3>You might also like</h3>
<ul>${links(['2020 Kinsale Tourer 1.0 SE - £10,450', '2018 Ardell Voyager 1.6 - £8,995'])}</ul>
</section>
<p class="sc-fLcnxK safety-tip">Stay safe: never pay a deposit before you have seen the car in person.</p></main>
<footer class="sc-bBABsx footer"><ul>${links(tFoot)}</ul><p>© Motorgrid Ltd 2027</p></footer></div></div>
<script src="/static/js/main.7d2e91a4.js"></script></body></html>`;
const motorgridAdvert: TestPage = {
  name: 'heldout472-autotrader-style-private-advert',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Overview', 'Description', 'Features'],
  body: [tSub, tPrice, ...tSpecs.map(pairText), ...tDesc, ...tFeat],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalise ads and content.', 'Accept all', 'Manage preferences', 'Motorgrid', ...tNav, 'Saved', 'Sign in',
    'Back to results', '1/18', 'Or £189/month (Representative example)', 'Private seller', 'Cardew, 6 miles away', 'Show phone number', 'Message seller',
    'Read more', 'You might also like', '2020 Kinsale Tourer 1.0 SE - £10,450', '2018 Ardell Voyager 1.6 - £8,995',
    'Stay safe: never pay a deposit before you have seen the car in person.', ...tFoot, '© Motorgrid Ltd 2027',
  ],
};

export const HELDOUT472_D: readonly TestPage[] = [nuxtStation, motorgridAdvert];
