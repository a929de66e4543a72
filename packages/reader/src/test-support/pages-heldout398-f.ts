import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout398-kit.js';

/**
 * Held-out batch 398, file f: a villa owner's Wix site (Thunderbolt markup: SITE_CONTAINER, comp- ids, wixui-rich-text
 * blocks with font_ classes and inline span styles, a gallery, a contact form, the free-plan Wix ad bar) and a regional
 * tourism board's accommodation listing on a Simpleview-style DMO CMS (listing detail with amenities tabs, "Book Direct"
 * widget, TripAdvisor rating badge, map, "Nearby" and "More to Explore" rails, e-newsletter sign-up).
 */
const wTitle = 'Villa Kalliópi';
const wIntro = [
  j(
    'Villa Kalliópi sits on its own hillside among olive trees above the fishing village of Agios Thrásos, on the quiet eastern coast of the',
    'island. We built it in 2016 on the ruins of my grandfather’s summer house, keeping the old stone walls and the cistern, and we let it',
    'to guests from May to October.',
  ),
  j(
    'The villa sleeps eight in four double bedrooms, each with its own shower room. The living room and kitchen open onto a shaded',
    'terrace and a 10-metre pool with views across the bay to the mainland mountains. The sea is a fifteen-minute walk down the old mule',
    'path, or five minutes by car to the pebble beach at Limnári.',
  ),
];
const wInside = [
  'Four double bedrooms (two with twin beds), each with air conditioning and an en-suite shower room',
  'Open-plan living room and fully equipped kitchen with dishwasher, oven and coffee machine',
  'Private pool (10 x 4 m), open terrace with sun loungers and a covered dining terrace for ten',
  'Wifi throughout, washing machine, barbecue and a small library of books left by guests',
];
const wStay = [
  j(
    'Stays are from Saturday to Saturday in July and August, with a minimum of four nights at other times. The pool and garden are cleaned',
    'twice a week, and our housekeeper Rena changes the linen and towels every Wednesday.',
  ),
  j(
    'We meet every guest at the village square and drive up with you the first time, since the lane is narrow and the last bend is steep. A',
    'small car is best; we can recommend a rental company in the port.',
  ),
];
const wQuote = 'Our family has spent every summer on this hill for sixty years. We hope you will love the morning light over the bay as much as we do.';
const wPrices: [string, string][] = [
  ['May, June, September, October', '€320 per night'],
  ['July and August', '€2,900 per week'],
];
const wNav = ['Home', 'The Villa', 'Gallery', 'Location', 'Rates', 'Contact'];
const c = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="MW5IWV wixui-rich-text" data-testid="richTextElement"><div class="HT5ybB wixui-rich-text__text">${inner}</div></div>`;
const sp = (t: string, font = 'font_8'): string =>
  `<p class="${font} wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>The Villa | Villa Kalliópi</title>
<meta name="description" content="A stone villa with private pool above Agios Thrásos. Sleeps eight in four double bedrooms.">
<meta property="og:title" content="The Villa | Villa Kalliópi"><meta property="og:site_name" content="Villa Kalliópi"><link rel="canonical"
href="https://www.villakalliopi.example/the-villa">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["seo","contactForm"],"site":{"metaSiteId":"a3c1","isPremium":false}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script></head>
<body><div id="WIX_ADS" class="Fl4Mid wix-ads-desktop"><a href="https://www.wix.example/lpviral/enviral"
class="wixads-desktop-upgrade">This site was designed with the
<span class="UKKuA2">Wix</span> website builder. Create your website today.<span class="Qcq53p">Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf">
${c('ktx2a1', sp('Villa Kalliópi', 'font_6'))}<nav id="comp-ktx2b7" aria-label="Site" class="wixui-horizontal-menu"><ul class="ITHcq_">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="wixui-page"><section id="comp-lq8r1"
class="wixui-section">
<div id="comp-lq8r1-img" class="wixui-image"><img src="https://static.wixstatic.example/media/1a2b_9c.jpg/v1/fill/w_1600,h_900/pool.jpg" alt="pool.jpg"></div>
${c('lq8r2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${c('lq8r3', sp('Stone, olives and the Aegean', 'font_7'))}</section><section id="comp-lq8s0" class="wixui-section">
${c('lq8s1', wIntro.map((p) => sp(p)).join('\n'))}
${c('lq8s2', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Inside the villa</span></h2>`)}
${c('lq8s3', `<ul class="font_8 wixui-rich-text__text">${lis(wInside, 'wixui-rich-text__text')}</ul>`)}
<div id="comp-lq8s4" class="wixui-gallery" data-testid="gallery"><div class="gallery-item"><img src="https://static.wixstatic.example/media/1a2b_10.jpg" alt="">
<div class="gallery-item-title">The covered terrace at dusk</div></div><div class="gallery-item"><div class="gallery-item-title">Bedroom three</div></div></div>
${c('lq8s5', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Your stay</span></h2>`)}
${c('lq8s6', wStay.map((p) => sp(p)).join('\n'))}
${c('lq8s7', `<p class="font_9 wixui-rich-text__text" style="font-style:italic"><span class="wixui-rich-text__text">${wQuote}</span></p>`)}
${c('lq8s8', sp('– Eleni Maragkou, owner', 'font_9'))}
${c('lq8s9', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Rates</span></h2>`)}
${c('lq8t0', wPrices.map(([a, b]) => sp(`${a}: ${b}`)).join('\n'))}
</section><section id="comp-lq8u0" class="wixui-section"><form id="comp-lq8u1" class="wixui-form" aria-label="Contact form">
${c('lq8u2', sp('Ask about dates', 'font_5'))}<label>Name</label><label>Email</label><label>Dates and number of guests</label>
<button class="wixui-button"><span class="l7_2fn wixui-button__label">Send</span></button></form>
${c('lq8u3', sp('Thanks for your message. We reply within 24 hours.'))}</section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">${c('ktx3f1', sp('© 2026 by Villa Kalliópi. Proudly created with Wix.com', 'font_9'))}
${c('ktx3f2', sp('Agios Thrásos, Greece · +30 000 000 0000 · stay@villakalliopi.example', 'font_9'))}
<ul class="wixui-social-bar"><li><a href="https://www.instagram.example/villakalliopi" aria-label="Instagram">Instagram</a></li></ul></footer></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout398-wix-villa',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Inside the villa', 'Your stay', 'Rates'],
  body: texts([...wIntro, ...wInside, ...wStay, wQuote, ...wPrices.map(([a, b]) => `${a}: ${b}`)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', ...wNav.filter((n) => n !== 'Rates' && n !== 'The Villa'),
    'Stone, olives and the Aegean', 'The covered terrace at dusk', 'Bedroom three', '– Eleni Maragkou, owner', 'Ask about dates', 'Name', 'Email',
    'Dates and number of guests', 'Send', 'Thanks for your message. We reply within 24 hours.', '© 2026 by Villa Kalliópi. Proudly created with Wix.com',
    'Agios Thrásos, Greece · +30 000 000 0000 · stay@villakalliopi.example', 'Instagram',
  ],
};

const dTitle = 'The Ferryman’s Rest Inn';
const dDesc = [
  j(
    'The Ferryman’s Rest has stood at the crossing of the River Tarrow since 1690, when travellers waited here for the chain ferry to',
    'Marbury. Today the ferry is gone, but the inn still looks over the water, and its eleven bedrooms are spread between the main house',
    'and the converted boathouse on the bank.',
  ),
  j(
    'Rooms are simply furnished in soft greys and blues, with handmade quilts, good beds and bathrooms with deep baths or rain showers.',
    'Four of the boathouse rooms have their own small deck over the river, and two rooms on the ground floor are fully accessible.',
  ),
  j(
    'Breakfast is cooked to order with eggs from the farm up the lane, and the bar and dining room serve lunch and dinner every day',
    'except Monday. In summer, meals are served on the riverside lawn, and the inn lends canoes and life jackets to guests free of charge.',
  ),
  j(
    'The Tarrow Valley Way passes the front door, and the inn is a popular overnight stop for walkers on the four-day route from Kelsby',
    'to the coast. Luggage transfer can be arranged with reception.',
  ),
  j(
    'The inn was bought in 2019 by a group of villagers who saved it from closure, and much of the menu comes from farms within ten',
    'miles. Rooms in the main house are above the bar and can be lively on Friday evenings; the boathouse is the quieter choice.',
  ),
];
const dAmen = [
  '11 rooms',
  'Restaurant and bar',
  'Free parking',
  'Dog friendly (boathouse rooms only)',
  'Wheelchair accessible rooms',
  'Electric vehicle charging',
];
const dNav = ['Things to Do', 'Events', 'Places to Stay', 'Food & Drink', 'Plan Your Trip', 'Meetings'];
const dCrumbs = ['Home', 'Places to Stay', 'Inns & B&Bs'];
const dNear = ['Marbury Abbey Ruins', 'Tarrow Valley Way Trailhead', 'Kelsby Farmers’ Market'];
const dMore = ['12 Riverside Places to Stay in the Tarrow Valley', 'A Walker’s Guide to the Tarrow Valley Way', 'Dog-Friendly Pubs with Rooms'];
const dFoot = ['About Visit Tarrow Valley', 'Media', 'Partners', 'Accessibility', 'Privacy Policy', 'Contact Us'];
const dHtml = `<!DOCTYPE html><html lang="en"
class="no-js"><head><meta charset="utf-8"><title>The Ferryman’s Rest Inn | Marbury, Tarrow Valley | Places to Stay</title>
<meta name="description" content="Riverside inn at the old ferry crossing with eleven rooms, restaurant and bar."><meta property="og:site_name"
content="Visit Tarrow Valley">
<link rel="canonical" href="https://www.visittarrowvalley.example/listing/the-ferrymans-rest-inn/4417/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LodgingBusiness","name":"The Ferryman's Rest Inn",
"telephone":"+44 1632 960 812"}</script>
<script>var sv = sv || {}; sv.listing = {recid: 4417, catid: 7, category: "Inns & B&Bs", crm: "simpleview"};</script></head>
<body class="listing-detail sv-detail"><div id="sv-cookie-banner" class="cookie-banner"><p>This website uses cookies to ensure you get the best experience.</p>
<button class="accept">Got it</button><a href="/privacy-policy/">Learn more</a></div>
<header class="header"><a href="/" class="logo">Visit Tarrow Valley</a><nav class="main-nav"><ul>${links(dNav, 'nav-item')}</ul></nav>
<div class="utility"><a href="/trip-builder/">My Trip</a><form class="search"><input type="search" aria-label="Search"
placeholder="Search"></form></div></header>
<main id="main" class="detail-page"><ul class="breadcrumbs">${links(dCrumbs, 'crumb')}</ul>
<div class="detail-top"><div class="detail-slideshow slick-slider"><div class="slide"><img
data-lazy-src="https://assets.simpleviewinc.example/tarrow/image/upload/inn-1.jpg"
alt="The inn from the river"><span class="photo-credit">Photo courtesy of The Ferryman’s Rest</span></div><div class="slide-count">1 of 9</div></div>
<div class="detail-info"><h1 class="detail-title">${dTitle}</h1><p class="detail-address">Ferry Lane, Marbury, TV4 2QL</p>
<p class="detail-phone"><a href="tel:+441632960812">+44 1632 960 812</a></p><ul class="detail-links"><li><a href="#" class="website">Website</a></li>
<li><a href="#" class="directions">Get Directions</a></li><li><a href="#" class="add-trip">Add to Trip</a></li></ul>
<div class="ta-rating"><img alt="TripAdvisor rating"
src="https://www.tripadvisor.example/img/cdsi/img2/ratings/traveler/4.5.svg"><span>Based on 386 reviews</span></div>
<div class="share-tools"><span class="share-label">Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div></div></div>
<div class="detail-body"><div class="detail-tabs" role="tablist"><button role="tab" aria-selected="true">Overview</button><button role="tab">Amenities</button>
<button role="tab">Map</button></div><div class="tab-panel overview"
role="tabpanel"><h2 class="tab-heading">About The Ferryman’s Rest</h2>${ps(dDesc, ' class="description"')}
</div><div class="tab-panel amenities" role="tabpanel"><h2 class="tab-heading">Amenities</h2><ul class="amenities-list">${lis(dAmen, 'amenity')}</ul></div>
<div class="tab-panel map" role="tabpanel"><div class="map-container" data-lat="52.11" data-lng="-2.03">Map loading…</div></div>
<div class="booking-widget"><h3>Book Direct</h3><label>Arrive</label><label>Depart</label><button>Check Rates</button>
<p class="booking-disclaimer">Reservations are made directly with the property.</p></div>
<p class="listing-updated">Listing updated by the partner on 9 October 2026</p></div>
<section class="nearby"><h2>Nearby</h2><ul>${links(dNear, 'nearby-card')}</ul></section>
<section class="more-to-explore"><h2>More to Explore</h2><ul>${links(dMore, 'explore-card')}</ul></section></main>
<div class="enews"><h2>Get the Tarrow Valley e-newsletter</h2><p>Seasonal events, new places to stay and local offers in your inbox.</p><button>Sign
Up</button></div>
<footer class="footer"><ul>${links(dFoot, 'footer-link')}</ul><p>Visit Tarrow Valley is the official tourism board for the Tarrow Valley.</p>
<p class="copyright">© 2026 Visit Tarrow Valley. All rights reserved.</p><p class="sv-credit">Website by Simpleview</p></footer>
<script src="/includes/public/assets/shared/core.js?v=3.12"></script></body></html>`;
const tourism: TestPage = {
  name: 'heldout398-simpleview-tourism-listing',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['About The Ferryman’s Rest', 'Amenities'],
  body: texts([...dDesc, ...dAmen]),
  bylines: ['Listing updated by the partner on 9 October 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to ensure you get the best experience.', 'Got it', 'Learn more', 'Visit Tarrow Valley', ...dNav, 'My Trip', ...dCrumbs.slice(2),
    'Photo courtesy of The Ferryman’s Rest', '1 of 9', 'Ferry Lane, Marbury, TV4 2QL', '+44 1632 960 812', 'Website', 'Get Directions', 'Add to Trip',
    'Based on 386 reviews', 'Share', 'Facebook', 'Email', 'Overview', 'Map loading…', 'Book Direct', 'Arrive', 'Depart', 'Check Rates',
    'Reservations are made directly with the property.', 'Nearby', ...dNear, 'More to Explore', ...dMore, 'Get the Tarrow Valley e-newsletter',
    'Seasonal events, new places to stay and local offers in your inbox.', 'Sign Up', ...dFoot,
    'Visit Tarrow Valley is the official tourism board for the Tarrow Valley.', '© 2026 Visit Tarrow Valley. All rights reserved.', 'Website by Simpleview',
  ],
};

export const HELDOUT398_F: readonly TestPage[] = [wix, tourism];
