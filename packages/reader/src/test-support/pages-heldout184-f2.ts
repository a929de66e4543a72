import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 184, file f2: a regional tourist board's itinerary page on a destination-marketing CMS (Simpleview-style
 * markup: the utility bar with "Trip Planner", the main nav with its hidden mega-menu, breadcrumb, the hero with the h1 and
 * photo credit, "By" line and date, the intro, day h2s, an ordered list of stops whose items hold an h3, the stop text and
 * a listing card with type, "Add to Trip" and "View on map", the "Where to stay" cards, the share bar, "You might also
 * like", the newsletter, the partner funding line, the Cookiebot banner and the footer).
 */
const tbTitle = 'A weekend in the Harrowdale Valley: castles, cream teas and the coast';
const tbIntro = [
  'Two days is just enough to get a taste of the Harrowdale Valley, from the medieval castle at its head to the fishing villages ' +
    'where the river meets the sea. This itinerary follows the valley downstream and can be done by car or, with a little ' +
    'planning, by the Valley Rider bus, which runs every hour in summer.',
];
type Stop = { h: string; p: string[]; card: string; type: string };
const tbDay1 = 'Day one: the upper valley';
const tbStops1: Stop[] = [
  {
    h: 'Morning: Harrowdale Castle',
    p: [
      'Start early at Harrowdale Castle, built in the 1280s to guard the only road through the hills. Climb the keep for a view ' +
        'down the whole valley, then walk the wall path to the ruined chapel, where a new audio guide tells the story of the ' +
        'siege of 1461.',
    ],
    card: 'Harrowdale Castle',
    type: 'Attraction',
  },
  {
    h: 'Lunch: Market Street, Harrowdale',
    p: [
      'The little market town below the castle has more cafés than it strictly needs. Try a cheese scone at the Old Bakehouse ' +
        'or pick up a pork pie from Wilfred Dunn’s butchers, whose recipe has not changed since 1923.',
    ],
    card: 'The Old Bakehouse',
    type: 'Café',
  },
  {
    h: 'Afternoon: Fellside Gardens',
    p: [
      'A ten-minute drive south, Fellside Gardens spread across a steep hillside of rhododendrons and rare trees planted by a ' +
        'Victorian plant hunter. Allow two hours, and leave time for a cream tea in the glasshouse café.',
    ],
    card: 'Fellside Gardens',
    type: 'Garden',
  },
];
const tbDay2 = 'Day two: down to the sea';
const tbStops2: Stop[] = [
  {
    h: 'Morning: the Riverside Way',
    p: [
      'Walk the flat six-mile stretch of the Riverside Way from Ashby Bridge to Coldwater, following the old railway line past ' +
        'weirs, mills and a heron colony. Bikes can be hired at Ashby Bridge and dropped off at the other end.',
    ],
    card: 'Valley Cycle Hire',
    type: 'Activity',
  },
  {
    h: 'Afternoon: Coldwater harbour',
    p: [
      'Coldwater is still a working harbour, and the boats land crab and lobster most afternoons. Watch them come in from the ' +
        'harbour wall, then visit the tiny Lifeboat Museum, free and run entirely by volunteers.',
      'Finish with fish and chips on the beach as the sun goes down over the estuary. The Harbour Fryer queue is long for a ' + 'reason.',
    ],
    card: 'Coldwater Lifeboat Museum',
    type: 'Museum',
  },
];
const tbUtility = ['Trip Planner (0)', 'Search', 'Accessibility', 'Business Membership'];
const tbNav = ['Things to Do', 'Where to Stay', 'Food & Drink', 'Events', 'Plan Your Visit', 'Inspiration'];
const tbMega = ['Attractions', 'Walking', 'Cycling', 'Family Days Out', 'Hotels', 'Self Catering', 'Camping & Glamping'];
const tbCrumbs = ['Home', 'Inspiration', 'Itineraries'];
const tbCredit = 'Harrowdale Castle from the river. Photo: Jonah Pike';
const tbCardBtns = ['Add to Trip', 'View on map'];
const tbStay = ['Where to stay', 'The Castle Inn', 'Inn', 'Fellside Lodge', 'Bed & Breakfast', 'Coldwater Harbour Cottages', 'Self Catering', 'Book now'];
const tbShare = ['Share this itinerary', 'Facebook', 'X', 'Pinterest', 'Email'];
const tbMore = ['You might also like', 'Five easy family walks in the Harrowdale Valley', 'The best tearooms in Harrowdale', 'Harrowdale on a rainy day'];
const tbNews = ['Get inspired', 'Sign up to our e-newsletter for the latest events, offers and ideas for days out in Harrowdale.', 'Email address', 'Sign Up'];
const tbFund =
  'Visit Harrowdale is the official tourism website for the Harrowdale Valley, run by Harrowdale Tourism Partnership with support from ' +
  'Harrowdale District Council.';
const tbFoot = ['About Us', 'Contact Us', 'Media Centre', 'Business Support', 'Privacy Policy', 'Cookie Policy', 'Accessibility Statement', 'Sitemap'];
const tbCookie = [
  'This website uses cookies',
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.',
  'Allow all',
  'Use necessary cookies only',
  'Show details',
];
const tbStop = (s: Stop, i: number): string => `<li class="itinerary-stop" data-stop="${i + 1}"><div class="stop-number" aria-hidden="true">${i + 1}</div>
<div class="stop-content"><h3 class="stop-title">${s.h}</h3>
${ps(s.p)}
<div class="listing-card" data-recid="${4200 + i}"><img alt="" loading="lazy" src="https://assets.simpleviewinc.example/harrowdale/${i}.jpg">
<div class="listing-card__info"><span class="listing-card__type">${s.type}</span><h4 class="listing-card__title"><a href="/listing/${i}">${s.card}</a></h4>
<button class="add-to-trip" data-action="trip-add">${tbCardBtns[0]}</button><a class="map-link" href="#map">${tbCardBtns[1]}</a></div></div></div></li>`;
const tbHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>A Weekend in the Harrowdale Valley | Itineraries | Visit Harrowdale</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A two-day itinerary down the Harrowdale Valley.">
<meta property="og:site_name" content="Visit Harrowdale"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.visitharrowdale.example/inspiration/itineraries/weekend-harrowdale-valley">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${tbTitle}","touristType":"Families, couples"}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="7a1c" async></script>
<link rel="stylesheet" href="/includes/public/assets/shared/css/main.min.css"></head>
<body class="page-itinerary"><a class="skip" href="#main">Skip to content</a>
<header class="header"><div class="utility"><ul>${links(tbUtility, 'utility__item')}</ul></div>
<a class="logo" href="/"><img alt="Visit Harrowdale" src="/includes/public/assets/shared/img/logo.svg"></a>
<nav class="main-nav" aria-label="Main navigation"><ul>${tbNav
  .map(
    (t, i) =>
      `<li class="main-nav__item"><a href="/nav-${i}">${t}</a>${
        i < 2
          ? `<div class="mega" hidden>
<ul>${links(i ? tbMega.slice(4) : tbMega.slice(0, 4))}</ul></div>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul></nav></header>
<main id="main"><div class="hero hero--itinerary"><img alt="" src="https://assets.simpleviewinc.example/harrowdale/hero.jpg">
<div class="hero__content"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(tbCrumbs)}</ol></nav><h1 class="hero__title">${tbTitle}</h1></div>
<p class="hero__credit">${tbCredit}</p></div>
<div class="container content"><div class="article-meta"><span class="article-meta__author">By Hana Brierley</span>
<time class="article-meta__date" datetime="2025-04-18">18 April 2025</time></div>
<div class="wysiwyg intro">${ps(tbIntro)}</div>
<section class="itinerary-day"><h2 class="itinerary-day__title">${tbDay1}</h2><ol class="itinerary-stops">
${tbStops1.map(tbStop).join('\n')}</ol></section>
<section class="itinerary-day"><h2 class="itinerary-day__title">${tbDay2}</h2><ol class="itinerary-stops">
${tbStops2.map((s, i) => tbStop(s, i + 3)).join('\n')}</ol></section>
<section class="related-listings"><h2>${tbStay[0]}</h2><div class="cards">
${[1, 3, 5]
  .map(
    (i) => `<div class="card"><span class="card__type">${tbStay[i + 1]}</span>
<h3 class="card__title">${tbStay[i]}</h3><a href="/stay/${i}">${tbStay[7]}</a></div>`,
  )
  .join('\n')}
</div></section>
<div class="share-bar"><p>${tbShare[0]}</p><ul>${links(tbShare.slice(1))}</ul></div>
<section class="related-articles"><h2>${tbMore[0]}</h2><ul>${links(tbMore.slice(1), 'related-articles__item')}</ul></section></div></main>
<section class="newsletter"><h2>${tbNews[0]}</h2><p>${tbNews[1]}</p><form><label for="nl-email">${tbNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${tbNews[3]}</button></form></section>
<footer class="footer"><p class="footer__about">${tbFund}</p><ul>${links(tbFoot)}</ul><p>© 2025 Harrowdale Tourism Partnership</p></footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true"><h2 id="CybotCookiebotDialogBodyContentTitle">${tbCookie[0]}</h2>
<div id="CybotCookiebotDialogBodyContentText">${tbCookie[1]}</div><button id="CybotCookiebotDialogBodyButtonAccept">${tbCookie[2]}</button>
<button id="CybotCookiebotDialogBodyButtonDecline">${tbCookie[3]}</button><a id="CybotCookiebotDialogBodyButtonDetails" href="#">${tbCookie[4]}</a></div>
<script src="/includes/public/assets/shared/js/main.min.js" defer></script></body></html>`;
const allStops = [...tbStops1, ...tbStops2];
export const tourItinerary: TestPage = {
  name: 'heldout184-tourist-board-itinerary',
  kind: 'blog',
  // the day h2s and the stop h3s inside the list items are headings; the stop numbers are in neither list; listing cards
  // (type, name, buttons), "Where to stay" cards, the hero credit, share bar, related articles, newsletter, the funding
  // line, footer and Cookiebot dialog are furniture
  html: tbHtml,
  title: tbTitle,
  headings: [tbDay1, ...tbStops1.map((s) => s.h), tbDay2, ...tbStops2.map((s) => s.h)],
  body: [...texts(tbIntro), ...allStops.flatMap((s) => texts(s.p))],
  bylines: ['By Hana Brierley', '18 April 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...tbUtility, ...tbNav, ...tbMega, ...tbCrumbs, tbCredit, ...allStops.flatMap((s) => [s.type, s.card]), ...tbCardBtns, ...tbStay,
    ...tbShare, ...tbMore, ...tbNews, tbFund, ...tbFoot,
    '© 2025 Harrowdale Tourism Partnership', ...tbCookie,
  ],
};
