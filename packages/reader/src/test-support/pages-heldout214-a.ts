import { links, type TestPage, texts } from './page-kit.js';
import { diffordsCocktail } from './pages-heldout214-a2.js';

/**
 * Held-out batch 214, file a: a MICHELIN Guide restaurant page (the site header with its menu and "Sign in", the breadcrumb,
 * the data sheet with address, price and cuisine and the distinction, "Book a table", save and share buttons, the inspector's
 * "Point Of View" text, facilities and services, the information block with phone, website and opening hours, the
 * "Nearby Restaurants" cards, the app promo, newsletter, OneTrust cookie banner and footer) and, from file a2, a Difford's
 * Guide cocktail page.
 */
const miTitle = 'The Saltings';
const miHead = 'The MICHELIN Guide’s Point Of View';
const miP = [
  'A low, whitewashed former net store on the edge of the marsh is home to this intimate restaurant, where chef-owner Ewan Corrie ' +
    'and his partner Lise have created something that feels entirely of its place. The room is simple, with scrubbed oak tables, ' +
    'a wood-burning stove and a long window that frames the creek; at high tide you may find yourself watching a heron while the ' +
    'first snacks arrive.',
  'Cooking is built around a single tasting menu that changes almost daily, depending on what the boats, the foragers and the ' +
    'team’s own kitchen garden deliver. Ewan’s style is confident and restrained: dishes carry three or four components at most, ' +
    'and each one is there for a reason. A tartlet of brown crab with pickled samphire is a bright opener, while the turbot, cooked ' +
    'on the bone over embers and served with a sauce of its own roasted juices and sea purslane, shows real depth and precision.',
  'Vegetables are treated with the same care as the fish, and a dish of salt-baked celeriac with smoked butter and hazelnuts was ' +
    'one of the highlights of our visit. Desserts are lighter than you might expect, with sea buckthorn making regular appearances, ' +
    'and the homemade sourdough, served with cultured butter from a dairy a few miles inland, is worth the trip on its own.',
  'Service, led by Lise, is warm, well-paced and unstuffy, and the short wine list favours small growers from France and Austria, ' +
    'with a thoughtful non-alcoholic pairing built on ferments and infusions from the garden. With just eight tables and a ' +
    'loyal local following, booking well ahead is strongly advised.',
  'Those wanting to make a night of it can stay in one of the three simple but comfortable bedrooms above the restaurant, each ' +
    'with a view across the marsh to the sea; breakfast, featuring eggs from the hens in the garden and more of that excellent ' +
    'bread, is served at the kitchen counter.',
];
const miNav = ['Restaurants', 'Hotels', 'Magazine', 'Experiences', 'Events'];
const miCrumbs = ['Home', 'Great Britain', 'England', 'Norfolk', 'Brancaster Staithe'];
const miAddress = 'Marsh Lane, Brancaster Staithe, PE31 8BX, United Kingdom';
const miPrice = '£££ · Modern British';
const miAward = 'One Star: High quality cooking';
const miServices = ['Air conditioning', 'Garden or park', 'Great view', 'Wheelchair access', 'Car park'];
const miHours = [
  ['Monday', 'closed'],
  ['Tuesday', 'closed'],
  ['Wednesday', '18:30-21:00'],
  ['Thursday', '18:30-21:00'],
  ['Friday', '12:00-14:00, 18:30-21:00'],
  ['Saturday', '12:00-14:00, 18:30-21:00'],
  ['Sunday', '12:00-14:30'],
];
const miNearby = [
  { name: 'The Greyhound at Burnham', price: '££ · Traditional British', dist: '3.1 km' },
  { name: 'Fenwick’s Oyster Shed', price: '£ · Seafood', dist: '4.6 km' },
  { name: 'Old Granary Kitchen', price: '££ · Modern Cuisine', dist: '7.9 km' },
];
const miApp = ['Download the MICHELIN Guide app', 'Discover restaurants and hotels, book a table and save your favourites, wherever you are.'];
const miNews = ['Get the latest news from the MICHELIN Guide', 'Email address', 'Subscribe'];
const miCookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyse site ' +
    'usage, and assist in our marketing efforts.',
  'Accept All Cookies',
  'Reject All',
  'Cookies Settings',
];
const miFoot = ['About us', 'Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Legal Notice', 'Contact us', 'Careers', 'FAQ'];
const miHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>The Saltings – Brancaster Staithe - a MICHELIN Guide Restaurant</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="The Saltings – a One MICHELIN Star: High quality cooking restaurant in the 2026 MICHELIN Guide Great Britain.">
<meta property="og:title" content="The Saltings – Brancaster Staithe - a MICHELIN Guide Restaurant"><meta property="og:type" content="website">
<meta property="og:image" content="https://axwwgrkdco.cloudimg.example/michelin/restaurant/saltings-1.jpg"><meta name="twitter:card"
content="summary_large_image">
<link rel="canonical" href="https://guide.michelin.com/gb/en/norfolk/brancaster-staithe/restaurant/the-saltings">
<link rel="stylesheet" href="/assets/css/main.1d8e2f.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Restaurant","name":"The Saltings","address":{"@type":"PostalAddress",
"streetAddress":"Marsh Lane","addressLocality":"Brancaster Staithe","postalCode":"PE31 8BX","addressCountry":"GBR"},"servesCuisine":"Modern British",
"telephone":"+44 1485 210447","acceptsReservations":"Yes","award":"One Star: High quality cooking","brand":"MICHELIN Guide"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pageview","restaurant_id":"318824","distinction":"1star"});</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="2b3c9f07-8e1d" async></script></head>
<body class="restaurant-page" data-page-type="restaurant">
<header class="header js-header"><div class="container"><div class="header__wrap d-flex align-items-center">
<a href="/gb/en" class="header__logo" aria-label="MICHELIN Guide"><img src="/assets/images/michelin-guide-logo.svg" alt="MICHELIN Guide"></a>
<nav class="header__nav" aria-label="Main navigation"><ul class="header__nav--list">
${miNav.map((t) => `<li class="header__nav--item"><a class="header__nav--link" href="/gb/en/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul></nav>
<div class="header__right"><button class="btn btn-search js-search-toggle" aria-label="Search"><i class="fa-michelin icon-search"></i></button>
<a class="header__lang" href="#" data-toggle="dropdown">EN</a><a class="btn btn-header-login js-login" href="/gb/en/login">Sign in</a></div>
</div></div></header>
<main class="main" role="main">
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">
${miCrumbs.map((t) => `<li class="breadcrumb-item"><a href="#">${t}</a></li>`).join('\n')}<li class="breadcrumb-item active" aria-current="page">${miTitle}</li>
</ol></nav></div>
<section class="section section-main restaurant-details"><div class="container"><div class="row"><div class="col col-12 col-lg-8">
<div class="restaurant-details__components"><div class="restaurant-details__heading d-none d-lg-block">
<h1 class="data-sheet__title">${miTitle}</h1>
<div class="data-sheet__block"><div class="data-sheet__block--text">${miAddress}</div>
<div class="data-sheet__block--text">${miPrice}</div></div>
<div class="data-sheet__classification"><ul class="restaurant-details__classification--list">
<li><span class="distinction-icon"><img src="/assets/images/icons/1star.svg" class="michelin-award" alt=""></span>${miAward}</li></ul></div>
<div class="restaurant-details__button--mobile"><a class="btn btn-book js-restaurant-book-btn" href="#booking" data-booking-partner="tablefinder">Book
a table</a>
<button class="btn btn-favorite js-favorite-restaurant" data-dtm-restaurant="The Saltings"><span class="favorite-text">Save</span></button>
<button class="btn btn-share js-share" data-toggle="modal" data-target="#share-modal"><span>Share</span></button></div></div>
<div class="restaurant-details__description"><h2 class="section__heading section__heading_title">${miHead}</h2>
<div class="data-sheet__description">
${miP.join('<br><br>\n')}
</div></div>
<div class="restaurant-details__services"><div class="row"><div class="col col-12"><h3 class="restaurant-details__services--title">Facilities &amp;
Services</h3>
<ul class="restaurant-details__services--list">
${miServices.map((t) => `<li><div class="restaurant-details__services--content"><i class="fa-michelin"></i>${t}</div></li>`).join('\n')}</ul>
<div class="restaurant-details__services--footer">Credit cards accepted</div></div></div></div>
<div class="restaurant-details__location"><h3 class="restaurant-details__heading--label">Information</h3>
<div class="collapse__block-item link-item"><a href="tel:+441485210447" class="link js-dtm-link" data-event="CTA_tel">+44 1485 210447</a></div>
<div class="collapse__block-item link-item"><a href="https://www.thesaltings.example" class="link js-dtm-link" rel="noopener" target="_blank">Visit
Website</a></div>
<div class="open__time"><h3 class="restaurant-details__heading--label">Opening hours</h3>
${miHours
  .map(
    ([d, h]) => `<div class="row"><div class="col col-auto"><div class="open__time-day">${d}</div></div><div class="col"><div
class="open__time-hour">${h}</div></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="col col-12 col-lg-4"><div class="restaurant-details__booking js-booking-box" id="booking"><div class="booking-widget">
<p class="booking-widget__title">Book a table</p><p class="booking-widget__partner">Powered by TableFinder</p>
<div class="booking-widget__frame" data-src="https://widgets.tablefinder.example/saltings" hidden>Loading availability…</div></div></div></div>
</div></div></section>
<section class="section section-nearby"><div class="container"><h2 class="section__heading section__heading_title">Nearby Restaurants</h2>
<div class="row card__menu-wrapper">
${miNearby
  .map(
    (n) => `<div class="col-md-6 col-lg-4"><div class="card__menu box-placeholder js-restaurant__list_item" data-index="0">
<div class="card__menu-image"><img class="lazy" data-src="/images/${n.dist}.jpg" alt=""></div><div class="card__menu-content">
<h3 class="card__menu-content--title"><a href="/gb/en/restaurant/${n.dist}">${n.name}</a></h3>
<div class="card__menu-footer--location">${n.dist}</div><div class="card__menu-footer--score">${n.price}</div></div></div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section section-app-promo"><div class="container"><h2 class="app-promo__title">${miApp[0]}</h2><p>${miApp[1]}</p>
<a href="#" class="app-store">App Store</a> <a href="#" class="google-play">Google Play</a></div></section>
</main>
<footer class="footer"><div class="container"><div class="footer__newsletter"><h2 class="footer__newsletter--title">${miNews[0]}</h2>
<form class="js-newsletter-form"><label for="nl-email" class="sr-only">${miNews[1]}</label><input id="nl-email" type="email" placeholder="Email address">
<button class="btn" type="submit">${miNews[2]}</button></form></div>
<ul class="footer__links">${links(miFoot, 'footer__links-item')}</ul><p class="footer__copyright">© MICHELIN 2026</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${miCookie[0]}</p></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">${miCookie[1]}</button><button id="onetrust-reject-all-handler">${miCookie[2]}</button>
<button id="onetrust-pc-btn-handler">${miCookie[3]}</button></div></div></div></div>
<div class="modal fade" id="share-modal" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<p class="modal-title">Share this restaurant</p><a href="#" class="share-facebook">Facebook</a><a href="#" class="share-x">X</a>
<a href="#" class="share-email">Email</a><button class="js-copy-link">Copy link</button></div></div></div>
<script src="/assets/js/main.1d8e2f.js" defer></script></body></html>`;

const michelin: TestPage = {
  html: miHtml,
  name: 'heldout214-michelin-guide-restaurant',
  kind: 'blog',
  // the inspector's text sits in one div split by <br><br>, one body entry per paragraph; the data sheet (address, price and
  // cuisine, distinction), facilities, information block and hours are furniture
  title: miTitle,
  headings: [miHead],
  body: texts(miP),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...miNav, 'EN', 'Sign in', ...miCrumbs, miAddress, miPrice, miAward, 'Book a table', 'Save', 'Share', 'Facilities & Services', ...miServices,
    'Credit cards accepted', 'Information', '+44 1485 210447', 'Visit Website', 'Opening hours', ...new Set(miHours.flat()), 'Powered by TableFinder',
    'Loading availability…', 'Nearby Restaurants', ...miNearby.flatMap((n) => [n.name, n.price, n.dist]), ...miApp, 'App Store', 'Google Play',
    ...miNews, ...miFoot, '© MICHELIN 2026', ...miCookie, 'Share this restaurant', 'Facebook', 'Email', 'Copy link',
  ],
};

export const HELDOUT214_A: readonly TestPage[] = [michelin, diffordsCocktail];
