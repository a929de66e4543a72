import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout292-kit.js';

/**
 * Held-out batch 292, file d: an airline's inflight-magazine feature on Ghost (Casper-style header, feature tag, standfirst, byline
 * with avatar, Koenig image and gallery cards with captions, a pull quote, the airline's "Fly there" booking card, Portal
 * subscribe box, "Read next" cards) and a rail-pass explainer on a Nuxt (Vue) shop page (fare table, pass cards with prices,
 * FAQ accordion, trust badges, cookie bar): a product page whose article text is the explainer.
 */
const aTitle = 'Three kitchens of Sarrabat';
const aDek = 'In a port city where three trade routes met, the food still tells the story. We ate our way through it.';
const aIntro = paras(`
The first thing you notice in Sarrabat is the smoke. It drifts up from the grills along the Corniche by mid-afternoon, and by
dusk the whole waterfront smells of charred peppers and cumin. Ask anyone where the best grill is and they will point you,
without hesitation, to the one their cousin runs.

For centuries the city sat at the crossing of three routes: the spice boats from the south, the caravans from the desert and
the merchant galleys from the north. Each left something in the pot, and today you can taste all three in a single afternoon.`);
const aHarbour = paras(`
Start at the fish market, which opens at five and is mostly over by eight. The stallholders grill your choice on the spot and
serve it on paper with a wedge of bitter orange. Nasr Haddou has run the stall nearest the lighthouse for thirty-one years.
He does not do menus, and he does not do small portions.`);
const aQuote = 'The sea decides what we cook. I just decide how much salt.';
const aDesert = paras(`
Climb the steps into the old medina and the food changes. Here it is slow-cooked lamb with dried apricots, flatbreads baked in
clay ovens set into the walls, and a dark, sweet tea poured from a great height. The bakeries take in neighbours' dough each
morning and bake it for a small fee, a custom that has outlasted every attempt to modernise the quarter.`);
const aNorth = paras(`
The newest kitchen is the oldest idea. In the former customs warehouses by the container port, a group of young chefs is
cooking the dishes the northern merchants brought: stuffed cabbage, almond cakes, fish pickled in vinegar. Café Douane serves a
tasting board of all three traditions on one plate, and on Friday nights it is almost impossible to get a table.

By the end of the day you will understand why locals do not argue about which kitchen is best. They simply eat at all three.`);
const aNav = ['Destinations', 'Food and drink', 'Culture', 'Onboard', 'Past issues'];
const aNext = ['A long weekend on the Isles of Brennock', 'The night trains are back: five routes to try', 'Inside the world’s smallest opera house'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Three kitchens of Sarrabat</title><meta name="description" content="${aDek}">
<link rel="canonical" href="https://horizons.aeroveld.example/sarrabat-food/">
<meta property="og:site_name" content="Horizons, the Aeroveld magazine"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-28T06:00:00.000Z"><meta property="article:tag" content="Food and drink">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Horizons"},
"author":{"@type":"Person","name":"Leïla Tazi"},"headline":"Three kitchens of Sarrabat","datePublished":"2026-01-28T06:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://horizons.aeroveld.example/" crossorigin="anonymous"></script></head>
<body class="post-template tag-food-and-drink is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Horizons</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(aNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-food-and-drink">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/food-and-drink/">Food
and drink</a></span><span class="post-card-featured">Feature</span></div><h1 class="article-title">${aTitle}</h1>
<p class="article-excerpt">${aDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/leila/"
class="author-avatar"><img class="author-profile-image" src="/content/images/leila.jpg" alt="Leïla Tazi"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/leila/">Leïla Tazi</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-28">Jan 28, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/01/corniche.jpg" alt="Grills on the Corniche">
<figcaption>Evening on the Corniche. Photography by Samir Bekkal</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(aIntro)}<h2 id="the-harbour">The harbour</h2>${ps(aHarbour)}
<blockquote class="kg-blockquote-alt">${aQuote}</blockquote>
<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container"><div class="kg-gallery-row">
<div class="kg-gallery-image"><img src="/content/images/2026/01/fish.jpg" alt=""></div><div class="kg-gallery-image"><img
src="/content/images/2026/01/bread.jpg" alt=""></div></div></div><figcaption>Left: the morning catch. Right: bread from a communal oven in the medina.
</figcaption></figure><h2 id="the-medina">The medina</h2>${ps(aDesert)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">✈️</div><div class="kg-callout-text">Fly there: Aeroveld
flies to Sarrabat four times a week from Dunvar. Book at aeroveld.example.</div></div>
<h2 id="the-warehouses">The warehouses</h2>${ps(aNorth)}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read next</h3>
<div class="post-feed">${aNext
  .map(
    (t) => `<article class="post-card"><a class="post-card-content-link" href="/next/"><h2 class="post-card-title">${t}</h2>
</a></article>`,
  )
  .join('\n')}</div></div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright">Horizons © 2026. Published for Aeroveld by Bluewing Media.</section>
<nav class="site-footer-nav"><ul>${links(['Advertise', 'Contact', 'Aeroveld.example'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div></body></html>`;
const inflight: TestPage = {
  name: 'heldout292-ghost-inflight-magazine-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: ['The harbour', 'The medina', 'The warehouses'],
  body: texts([...aIntro, ...aHarbour, aQuote, ...aDesert, ...aNorth]),
  bylines: ['Leïla Tazi', 'Jan 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Horizons', ...aNav, 'Sign in', 'Subscribe', 'Feature', aDek, '6 min read', 'Evening on the Corniche. Photography by Samir Bekkal',
    'Left: the morning catch. Right: bread from a communal oven in the medina.',
    'Fly there: Aeroveld flies to Sarrabat four times a week from Dunvar. Book at aeroveld.example.', 'Sign up for more like this.', 'Enter your email',
    'Read next', ...aNext, 'Horizons © 2026. Published for Aeroveld by Bluewing Media.', 'Advertise', 'Contact', 'Aeroveld.example', 'Powered by Ghost',
  ],
};

const pTitle = 'How the Meridian Rail Pass works';
const pIntro = paras(`
A Meridian Rail Pass lets you travel on the national and regional trains of eleven countries with a single ticket. Instead of
buying a ticket for every journey, you choose how many travel days you need within a set period, then activate the pass and
record each trip in the app before you board.

Your pass is valid from the date you activate it, not the date you buy it, so you can buy up to eleven months ahead. Activation
takes a minute in the app and needs the passport or identity card you entered at checkout; carry it on every journey, because
conductors may ask to see it with the pass.`);
const pDays = paras(`
A travel day runs from midnight to midnight. On a travel day you can take as many trains as you like, so a morning train to
the coast and an evening train back both count as one day. Night trains that leave after 19:00 only use the travel day of
departure, as long as you do not change trains after midnight.`);
const pRes = paras(`
The pass covers your fare, but some trains also need a seat reservation, which you pay for separately. Reservations are
compulsory on most high-speed and all night trains, and optional on regional services. You can book them in the app or at
station ticket offices, usually for between €5 and €25.`);
const pResList = [
  'High-speed trains: reservation required, from €10.',
  'Night trains: reservation required for a seat, couchette or sleeper berth.',
  'Regional and local trains: no reservation needed, just board.',
];
const pTable = [
  ['4 days in 1 month', '€248', '€199'],
  ['7 days in 1 month', '€331', '€265'],
  ['15 days continuous', '€482', '€386'],
];
const pWho = paras(`
Passes are sold to residents of countries outside the network. Youth prices apply if you are 27 or under on the first day of
travel; senior prices apply from 60. Up to two children aged 4 to 11 travel free with each adult pass.`);
const pFaq = ['Can I use the pass on city metros?', 'What happens if my train is cancelled?', 'Can I get a refund on an unused pass?'];
const pNav = ['Rail passes', 'Plan your trip', 'Book seats', 'Help', 'My trips'];
const pBadges = ['Instant mobile delivery', 'Free cancellation within 14 days', 'Rated 4.6 by 38,000 travellers'];
const pFoot = ['About us', 'Press', 'Affiliate programme', 'Terms and conditions', 'Privacy', 'Cookie preferences'];
const pHtml = `<!DOCTYPE html><html lang="en" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>
<title>How the Meridian Rail Pass works | Railwise</title><meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" data-hid="description" name="description" content="Travel days, reservations and prices explained.">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="website"><link rel="preload" href="/_nuxt/a81f2c.js" as="script">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Meridian Rail Pass",
"offers":{"@type":"AggregateOffer","lowPrice":"199","priceCurrency":"EUR"}}</script></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app" data-v-3e1a2b7c>
<header class="site-header" data-v-5c11d0e2><a href="/" class="logo" data-v-5c11d0e2>Railwise</a><nav class="nav" data-v-5c11d0e2>
<ul data-v-5c11d0e2>${links(pNav, 'nav__item')}</ul></nav><button class="currency-switch" data-v-5c11d0e2>EUR €</button></header>
<main class="page page--explainer" data-v-8a44f901><section class="hero" data-v-8a44f901><div class="hero__inner" data-v-8a44f901>
<h1 class="hero__title" data-v-8a44f901>${pTitle}</h1><p class="hero__sub" data-v-8a44f901>One pass, eleven countries, thousands of trains.</p>
<a href="/passes" class="btn btn--primary" data-v-8a44f901>Find your pass</a></div></section>
<ul class="trust-badges" data-v-8a44f901>${pBadges.map((b) => `<li data-v-8a44f901>${b}</li>`).join('')}</ul>
<div class="content-block rich-text" data-v-61b0c3aa>${ps(pIntro, ' data-v-61b0c3aa')}
<h2 data-v-61b0c3aa>What counts as a travel day</h2>${ps(pDays, ' data-v-61b0c3aa')}
<h2 data-v-61b0c3aa>Seat reservations</h2>${ps(pRes, ' data-v-61b0c3aa')}<ul data-v-61b0c3aa>${lis(pResList)}</ul>
<h2 data-v-61b0c3aa>Prices for 2026</h2><table class="price-table" data-v-61b0c3aa><thead><tr><th>Pass</th><th>Adult</th><th>Youth</th></tr></thead>
<tbody>${pTable.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}</tbody></table>
<h2 data-v-61b0c3aa>Who can buy a pass</h2>${ps(pWho, ' data-v-61b0c3aa')}</div>
<section class="pass-cards" data-v-2f9d1e44><h2 class="section-title" data-v-2f9d1e44>Choose your pass</h2>
<div class="pass-card" data-v-2f9d1e44><h3 data-v-2f9d1e44>Global Pass</h3><p class="price" data-v-2f9d1e44>from €199</p>
<button class="btn" data-v-2f9d1e44>Add to basket</button></div><div class="pass-card" data-v-2f9d1e44><h3 data-v-2f9d1e44>One Country Pass</h3>
<p class="price" data-v-2f9d1e44>from €96</p><button class="btn" data-v-2f9d1e44>Choose country</button></div></section>
<section class="faq" data-v-77c0a3d1><h2 data-v-77c0a3d1>Frequently asked questions</h2>${pFaq
  .map((q) => `<details class="faq__item" data-v-77c0a3d1><summary data-v-77c0a3d1>${q}</summary><div class="faq__answer" data-v-77c0a3d1></div></details>`)
  .join('\n')}</section></main>
<footer class="site-footer" data-v-9b8e7f10><ul data-v-9b8e7f10>${links(pFoot)}</ul><p data-v-9b8e7f10>© 2026 Railwise B.V. Prices include VAT.</p>
</footer><div class="cookie-bar" data-v-0c4d2e11><p data-v-0c4d2e11>We use cookies to keep your basket and improve our service.</p>
<button data-v-0c4d2e11>Accept all</button><button data-v-0c4d2e11>Manage</button></div></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{page:{slug:"how-it-works",title:"How the Meridian Rail Pass works"}}],
fetch:{},error:null,serverRendered:true,routePath:"/how-it-works",config:{currency:a,locale:b}}}("EUR","en"));</script>
<script src="/_nuxt/a81f2c.js" defer></script></body></html>`;
const railPass: TestPage = {
  name: 'heldout292-nuxt-rail-pass-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['What counts as a travel day', 'Seat reservations', 'Prices for 2026', 'Who can buy a pass'],
  body: texts([...pIntro, ...pDays, ...pRes, ...pResList, ...pTable.flat(), ...pWho]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Railwise', ...pNav, 'EUR €', 'One pass, eleven countries, thousands of trains.', 'Find your pass', ...pBadges, 'Choose your pass', 'Global Pass',
    'from €199', 'Add to basket', 'One Country Pass', 'from €96', 'Choose country', 'Frequently asked questions', ...pFaq, ...pFoot,
    '© 2026 Railwise B.V. Prices include VAT.', 'We use cookies to keep your basket and improve our service.', 'Accept all', 'Manage',
  ],
};

export const HELDOUT292_D: readonly TestPage[] = [inflight, railPass];
