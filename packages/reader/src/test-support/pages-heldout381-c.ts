import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file c: a Depop-style listing (styled-components classes, the description that doubles as the
 * title source, hashtags, price with shipping, size and condition chips, bag / offer buttons, seller bio with rating,
 * "You might also like", app banner, footer) and an AutoTrader-style used car advert (React markup with data-testid hooks,
 * gallery count, price and finance line, key specs, the seller's description, vehicle history checks, finance calculator,
 * seller card, similar cars, sell-your-car promo, cookie banner, footer).
 */
const dpTitle = 'Vintage 90s corduroy chore jacket in rust';
const dpBody = [
  j(
    'Really lovely rust orange corduroy chore jacket from the 90s, unbranded but very well made, probably from a small workwear',
    'maker. Wide wale cord that has softened beautifully with age, three patch pockets on the front and a hidden inside pocket.',
  ),
  j(
    'Tagged as a men’s medium but it fits boxy and slightly cropped, so it works oversized on a women’s 8 to 12. Model is 5’7”',
    'and usually wears a size 10. Measurements laid flat: pit to pit 58cm, length 66cm, sleeve from the shoulder seam 60cm.',
  ),
  j(
    'Condition is great for vintage. There is a little natural fading along the collar and cuffs, which honestly adds to it,',
    'and one of the corozo buttons is a slightly different shade, shown in the last picture. No rips, holes or stains.',
  ),
  j(
    'Washed on cold and steamed before listing. I post twice a week in recycled packaging, and every order gets a handwritten',
    'note. Bundles are welcome, just send me a message before buying so I can combine postage and send you a discount.',
  ),
  'No returns, so please ask any questions before you buy and check the measurements against something you already own.',
  '#vintage #90s #corduroy #chorejacket #workwear #rust #unisex',
];
const dpNav = ['Menswear', 'Womenswear', 'Brands', 'Sale', 'Sell', 'Explore'];
const dpCrumbs = ['Home', 'Men', 'Jackets', 'Chore jackets'];
const dpAlso = ['Brown cord trucker jacket, size L', 'Vintage moleskin work jacket', 'Olive canvas field coat, 90s'];
const dpFoot = ['About', 'Careers', 'Blog', 'Help Centre', 'Safety', 'Depop Payments', 'Terms', 'Privacy', 'Cookies'];
const sc = (n: string, h: string): string => `styles__${n}-sc-${h}`;
const dpHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dpTitle} | Depop</title>
<meta name="description" content="Really lovely rust orange corduroy chore jacket from the 90s, unbranded but very well made.">
<meta property="og:title" content="${dpTitle}"><meta property="og:image" content="https://media-photos.depop.example/b1/2211/P0.jpg">
<meta property="product:price:amount" content="34.00"><meta property="product:price:currency" content="GBP">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${dpTitle}","offers":{"@type":"Offer",
"price":"34.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}}</script>
<style data-styled="active" data-styled-version="5.3.11">.${sc('Container', 'a1f0d3-0')}{display:grid;}</style></head>
<body><div id="__next"><div class="${sc('AppBanner', '7c9e21-0')} jbYqWa"><p>Buy and sell faster in the Depop app</p><a href="https://depop.example/app">Get
the app</a></div>
<header class="${sc('Header', 'c14b86-0')} kMbFhV"><a href="/" aria-label="Depop home" class="${sc('Logo', 'c14b86-1')}">Depop</a>
<input type="search" placeholder="Search for anything" class="${sc('SearchInput', 'c14b86-2')}">
<a href="/login/" class="${sc('NavLink', 'c14b86-3')}">Log in</a><a href="/signup/" class="${sc('NavLink', 'c14b86-3')}">Sign up</a>
<nav><ul class="${sc('NavList', 'c14b86-4')}">${links(dpNav, sc('NavItem', 'c14b86-5'))}</ul></nav></header>
<main class="${sc('Container', 'a1f0d3-0')} fZRkGm"><ol class="${sc('Breadcrumbs', 'b5d2c0-0')}">${links(dpCrumbs, sc('Crumb', 'b5d2c0-1'))}</ol>
<div class="${sc('ImageContainer', 'a1f0d3-1')}"><img src="https://media-photos.depop.example/b1/2211/P0.jpg" alt="${dpTitle}">
<button aria-label="Next image" class="${sc('Arrow', 'a1f0d3-2')}"></button></div>
<div class="${sc('ProductDetailsContainer', 'a1f0d3-3')} hMwQpF" data-testid="product__details">
<h1 class="${sc('Title', 'd367f4-0')} eVYAti">${dpTitle}</h1>
<div class="${sc('PriceContainer', 'd367f4-1')}"><p aria-label="Price" data-testid="product__price">£34.00</p>
<p class="${sc('Shipping', 'd367f4-2')}">+ £3.50 shipping</p></div>
<div class="${sc('Attributes', 'd367f4-3')}"><span data-testid="product__singleSize">Size M</span>
<span data-testid="product__condition">Used - Excellent</span><span data-testid="product__brand">Vintage</span></div>
<div class="${sc('Actions', 'd367f4-4')}"><button data-testid="button__buy">Buy now</button><button data-testid="button__addToBag">Add to bag</button>
<button data-testid="button__makeOffer">Make offer</button><button aria-label="Like" data-testid="button__like">Like</button></div>
<div class="${sc('DescriptionContainer', 'd367f4-5')}" data-testid="product__description">
${dpBody.map((t) => `<p class="${sc('TextContainer', 'd367f4-6')} kOMPyc">${t}</p>`).join('\n')}</div>
<p class="${sc('TimeStamp', 'd367f4-7')}" data-testid="time-ago">Listed 6 days ago</p>
<div class="${sc('SellerContainer', 'e5a771-0')}" data-testid="bio"><a href="/ochreandoak/" data-testid="bio__username">ochreandoak</a>
<div class="${sc('Rating', 'e5a771-1')}" aria-label="4.9 out of 5 stars"><span>(412)</span></div><p>1.8k sold</p><p>Active today</p>
<button data-testid="follow">Follow</button></div>
<div class="${sc('Protection', 'e5a771-2')}"><p>All purchases through Depop are covered by Buyer Protection.</p></div></div>
<section class="${sc('Carousel', 'f2c1a9-0')}"><h2>You might also like</h2><ul>${links(dpAlso, sc('CarouselItem', 'f2c1a9-1'))}</ul></section></main>
<footer class="${sc('Footer', '9a8b7c-0')}"><ul>${links(dpFoot)}</ul><p>© 2026 Depop Ltd</p></footer>
<div id="cookie-banner" role="dialog" class="${sc('CookieBanner', '0d9e1f-0')}"><p>We use cookies to make Depop work and to improve your
experience.</p><button>Accept</button><button>Manage cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"ochreandoak-vintage-90s-corduroy","product":{"id":402117}}}}</script>
</body></html>`;
const depop: TestPage = {
  name: 'heldout381-depop-listing',
  kind: 'docs',
  html: dpHtml,
  title: dpTitle,
  headings: [],
  body: texts(dpBody),
  bylines: ['Listed 6 days ago', 'ochreandoak'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Buy and sell faster in the Depop app', 'Get the app', 'Log in', 'Sign up', ...dpNav, ...dpCrumbs, '£34.00', '+ £3.50 shipping', 'Size M',
    'Used - Excellent', 'Buy now', 'Add to bag', 'Make offer', 'Like', '(412)', '1.8k sold', 'Active today', 'Follow',
    'All purchases through Depop are covered by Buyer Protection.', 'You might also like', ...dpAlso, ...dpFoot, '© 2026 Depop Ltd',
    'We use cookies to make Depop work and to improve your experience.', 'Accept', 'Manage cookies',
  ],
};

const atTitle = '2019 Corran Vesta 1.5 Estate, Sport Edition, 5dr';
const atBody = [
  j(
    'Selling my family estate after four and a half years of ownership, as we have gone down to one car now that I work from',
    'home three days a week. It has been completely reliable: no breakdowns, no warning lights, and it has never let us down',
    'on the long run to my parents in the north each Christmas.',
  ),
  j(
    'I bought it at two years old from a main dealer with 18,000 miles, and it now has 48,200. Almost all of those are motorway',
    'and A-road miles, which shows in how quiet and tight it still feels. Economy on a run is a genuine 52 to 54 mpg.',
  ),
  'Maintenance and paperwork',
  'Full service history, the last four services at the same independent garage in Marlow Cross, every invoice in the folder',
  'Cambelt and water pump replaced at 45,000 miles in September, with the receipt',
  'Two new front tyres in January, rears at about 5mm',
  'MOT until November with no advisories',
  'Both keys, the owner’s manual and the locking wheel nut are all present',
  j(
    'Cosmetically it is tidy for its age. There is a light scuff on the rear bumper from a supermarket car park and a small',
    'stone chip on the bonnet; both are in the photos. The interior is clean, non-smoking, and the boot has been protected by a',
    'rubber liner since the week we bought it, which is included along with the dog guard.',
  ),
  j(
    'The Sport Edition adds heated seats, the larger touchscreen with phone mirroring, rear parking camera and the 17 inch',
    'alloys. The panoramic roof opens and closes as it should and has never leaked.',
  ),
  j(
    'Viewing is welcome at my home in Marlow Cross, ideally in daylight. I am happy for a mechanic to inspect it and for you',
    'to take a test drive once your own insurance is confirmed. No part exchange, and no silly offers by text, please.',
  ),
];
const atNav = ['Used cars', 'New cars', 'Sell your car', 'Value your car', 'Car reviews', 'Car leasing', 'Vans', 'Bikes', 'Motorhomes'];
const atSpecs: [string, string][] = [
  ['Mileage', '48,200 miles'],
  ['Registration', '2019 (69 reg)'],
  ['Fuel type', 'Petrol'],
  ['Body type', 'Estate'],
  ['Engine', '1.5L'],
  ['Gearbox', 'Manual'],
  ['Doors', '5'],
  ['Owners', '2'],
];
const atHistory = ['Not recorded as stolen', 'Not recorded as scrapped', 'Not an insurance write-off', 'No outstanding finance'];
const atSimilar = ['2018 Corran Vesta 1.5 Estate, 61,000 miles', '2020 Tarrow Lumen 1.6 Touring, 39,500 miles', '2019 Ardent Civis 1.4 Sport Tourer'];
const atFoot = ['About Auto Trader', 'Careers', 'Contact us', 'Terms & conditions', 'Privacy notice', 'Cookie settings', 'Modern slavery statement'];
const atHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Corran Vesta 1.5 Estate 5dr | Used cars for sale | AutoTrader UK</title>
<meta name="description" content="Used 2019 Corran Vesta for sale in Marlow Cross, £9,450, 48,200 miles, petrol, manual.">
<meta property="og:title" content="${atTitle}"><link rel="canonical" href="https://www.autotrader.example/car-details/202603041187552">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Car","name":"${atTitle}","mileageFromOdometer":{"value":48200,
"unitCode":"SMI"},"offers":{"@type":"Offer","price":9450,"priceCurrency":"GBP"}}</script>
<script>window.__ATC_DATA__={"advertId":"202603041187552","sellerType":"PRIVATE","channel":"cars"};</script></head>
<body><div id="root"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner"><h2 id="onetrust-policy-title">We
value your privacy</h2><p id="onetrust-policy-text">We use cookies to give you the best experience and to show relevant adverts.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Manage Settings</button></div>
<header class="at__sc-1n64n0d-0 hdrZx" data-testid="header"><a href="/" class="at__sc-1n64n0d-1" aria-label="Auto Trader home">Auto Trader</a>
<nav aria-label="Main"><ul class="at__sc-1n64n0d-2">${links(atNav, 'at__sc-1n64n0d-3')}</ul></nav><a href="/secure/signin">Sign in</a>
<a href="/my-account/saved">Saved</a></header>
<main id="main-content" class="at__sc-gf7y8a-0"><a href="/car-search?postcode=MC4" class="at__sc-9fa6un-0" data-testid="back-to-results">Back to
results</a>
<section data-testid="gallery" class="at__sc-u1bpdu-0"><img src="https://m.atcdn.example/a/media/w800/9f01c7.jpg" alt="${atTitle}">
<span data-testid="gallery-count">1 of 24</span><button>Video</button><button>Save</button><button>Share</button></section>
<section class="at__sc-1ebejir-0" data-testid="advert-summary"><h1 class="at__sc-1n64n0d-7 bLYgVd" data-testid="advert-title">${atTitle}</h1>
<p data-testid="advert-subtitle" class="at__sc-1n64n0d-8">Heated seats, rear camera, full service history</p>
<h2 data-testid="advert-price" class="at__sc-1n64n0d-9">£9,450</h2><p data-testid="finance-teaser">£172 per month (PCP)</p>
<p data-testid="price-indicator" class="at__sc-q0ux0x-0">Good price</p></section>
<section data-testid="key-specs"><h2>Key specs</h2><dl>${atSpecs
  .map(([k, v]) => `<div class="at__sc-efqqw0-0"><dt>${k}</dt> <dd>${v}</dd></div>`)
  .join('\n')}</dl><a href="#specification">View spec and features</a></section>
<section data-testid="advert-description" class="at__sc-1ebejir-3"><h2 class="at__sc-1n64n0d-10">Description</h2>
<div class="at__sc-1ebejir-4"><p>${atBody[0]}</p><p>${atBody[1]}</p><h3>${atBody[2]}</h3><ul>${atBody
  .slice(3, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${atBody[8]}</p><p>${atBody[9]}</p><p>${atBody[10]}</p></div>
<button class="at__sc-1ebejir-5">Read more</button></section>
<section data-testid="vehicle-history"><h2>Vehicle history</h2><p>Basic history check</p><ul>${atHistory.map((t) => `<li>${t}</li>`).join('')}</ul>
<a href="/vehicle-check">Get a full vehicle check</a></section>
<aside data-testid="seller-info" class="at__sc-17tapq7-0"><h2>About the seller</h2><p data-testid="seller-type">Private seller</p>
<p data-testid="seller-name">Niamh</p><p data-testid="seller-location">Marlow Cross (6 miles away)</p><p>Member since 2021</p>
<button data-testid="contact-seller">Contact seller</button><p>Advert ID: 202603041187552</p><p>Added 4 March 2026</p>
<a href="/report-advert">Report this advert</a></aside>
<section data-testid="finance-calculator"><h2>Finance calculator</h2><p>Representative example: borrowing £8,450 over 48 months.</p>
<button>Check my eligibility</button></section>
<section data-testid="similar-adverts"><h2>Similar cars</h2><ul>${links(atSimilar, 'at__sc-ylc1ie-0')}</ul></section>
<section data-testid="sell-your-car-promo"><h2>Selling your car?</h2><p>Get an instant valuation in under a minute.</p><a href="/sell">Value
your car</a></section></main>
<footer class="at__sc-1hp3xw3-0"><ul>${links(atFoot)}</ul><p>© Copyright Auto Trader Limited 2026</p></footer></div>
<script src="https://www.autotrader.example/static/js/fpa.7a1c2e.js" defer></script></body></html>`;
const autotrader: TestPage = {
  name: 'heldout381-autotrader-car-advert',
  kind: 'docs',
  html: atHtml,
  title: atTitle,
  headings: ['Description', 'Maintenance and paperwork'],
  body: texts([...atBody.slice(0, 2), ...atBody.slice(3)]),
  bylines: ['Niamh', 'Added 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We use cookies to give you the best experience and to show relevant adverts.', 'Accept All Cookies',
    'Manage Settings', 'Auto Trader', ...atNav, 'Sign in', 'Saved', 'Back to results', '1 of 24', 'Video', 'Save', 'Share',
    'Heated seats, rear camera, full service history', '£9,450', '£172 per month (PCP)', 'Good price', 'Key specs',
    ...atSpecs.map(([k, v]) => `${k} ${v}`), 'View spec and features', 'Read more', 'Vehicle history', 'Basic history check', ...atHistory,
    'Get a full vehicle check', 'About the seller', 'Private seller', 'Marlow Cross (6 miles away)', 'Member since 2021', 'Contact seller',
    'Advert ID: 202603041187552', 'Report this advert', 'Finance calculator', 'Representative example: borrowing £8,450 over 48 months.',
    'Check my eligibility', 'Similar cars', ...atSimilar, 'Selling your car?', 'Get an instant valuation in under a minute.', ...atFoot,
    '© Copyright Auto Trader Limited 2026',
  ],
};

export const HELDOUT381_C: readonly TestPage[] = [depop, autotrader];
