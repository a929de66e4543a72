import { links, type TestPage } from './page-kit.js';
import { flyertalkThread } from './pages-heldout215-d2.js';

/**
 * Held-out batch 215, file d: a Rome2Rio route page (the header with its search form, currency and language pickers,
 * the h1 with the "ways to travel" line, the route option cards, the map placeholder, the hotel and car-hire ad units,
 * the "Questions & Answers" section of h3 questions and answer paragraphs, "Popular routes" links, "Rome2Rio makes
 * travelling easy" text, the consent bar and the footer) and, from file d2, a FlyerTalk forum thread.
 */
const qTitle = 'Tarnby to Velmora';
const qSub = '5 ways to travel via train, bus, night bus, car, and plane';
const qCards = [
  ['Train', '3h 12m', '€25 - €60'],
  ['Bus', '4h 5m', '€14 - €22'],
  ['Night bus', '6h 40m', '€11 - €18'],
  ['Drive', '3h 21m', '€45 - €70'],
  ['Fly via Kessel', '4h 52m', '€89 - €240'],
];
const qIntro =
  'Tarnby and Velmora are 296 km apart. The quickest way to get from Tarnby to Velmora is to take the train, which takes 3h 12m, ' +
  'and the cheapest way is the night bus, which costs €11 - €18.';
const qFaq = [
  {
    q: 'What is the cheapest way to get from Tarnby to Velmora?',
    a: 'The cheapest way to get from Tarnby to Velmora is to take the night bus, which costs €11 - €18 and takes 6h 40m.',
  },
  {
    q: 'What is the fastest way to get from Tarnby to Velmora?',
    a: 'The quickest way to get from Tarnby to Velmora is to take the train, which costs €25 - €60 and takes 3h 12m.',
  },
  {
    q: 'Is there a direct train between Tarnby and Velmora?',
    a:
      'Yes, there is a direct train departing from Tarnby Hauptbahnhof and arriving at Velmora Centrale. Services depart every two ' +
      'hours, and operate every day. The journey takes approximately 3h 12m.',
  },
  {
    q: 'How long does the bus from Tarnby to Velmora take?',
    a:
      'The bus from Tarnby to Velmora takes 4h 5m. Lakeline Coaches runs four departures a day from Tarnby bus station, with a ' +
      '20-minute rest stop at Kessel. Tickets cost €14 - €22 and can be bought online or from the driver.',
  },
  {
    q: 'How far is it from Tarnby to Velmora?',
    a: 'The distance between Tarnby and Velmora is 296 km. The road distance is 318.4 km.',
  },
  {
    q: 'How do I travel from Tarnby to Velmora without a car?',
    a:
      'The best way to get from Tarnby to Velmora without a car is to take the train, which takes 3h 12m and costs €25 - €60. ' +
      'Buses run four times a day from the central bus station and are a good choice if trains are sold out.',
  },
  {
    q: 'What companies run services between Tarnby, Austria and Velmora?',
    a:
      'Alpina Rail operates the train from Tarnby to Velmora every two hours. Tickets cost €25 - €60 and the journey takes 3h 12m. ' +
      'Two other operators, Lakeline Coaches and NordBus, also service this route.',
  },
  {
    q: 'Where does the Tarnby to Velmora train arrive?',
    a: 'Tarnby to Velmora train services, operated by Alpina Rail, arrive at Velmora Centrale station, a ten-minute walk from ' + 'the old harbour.',
  },
  {
    q: 'Can I drive from Tarnby to Velmora?',
    a:
      'Yes, the driving distance between Tarnby to Velmora is 318 km. It takes approximately 3h 21m to drive from Tarnby to ' +
      'Velmora. A toll sticker is needed for the motorway section through the Kessel valley.',
  },
];
const qEasy =
  'Rome2Rio makes travelling from Tarnby to Velmora easy. Rome2Rio is a door-to-door travel information and booking engine, ' +
  'helping you get to and from any location in the world.';
const qSearch = ['From', 'To', 'Search'];
const qHead = ['Trips', 'EUR', 'English', 'Sign in'];
const qAds = ['Hotels in Velmora', 'Find accommodation in Velmora', 'Booking.com', 'See all', 'Rent a car in Tarnby', 'Compare car rental deals', 'Sponsored'];
const qPopular = ['Tarnby to Kessel', 'Tarnby to Lake Orsina', 'Velmora to Tarnby airport', 'Kessel to Velmora', 'Tarnby to Halvern'];
const qConsent = [
  'We use cookies to improve your experience and to show you relevant offers. By using Rome2Rio you agree to our use of cookies.',
  'Privacy Policy',
  'Accept',
  'Manage options',
];
const qFoot = 'Company|Contact|Careers|Press|Partners|Terms & Conditions|Privacy|Do Not Sell My Personal Information'.split('|');
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tarnby to Velmora - 5 ways to travel via train, bus, night bus, car, and plane</title>
<meta name="description" content="There are 5 ways to get from Tarnby to Velmora by train, bus, night bus, car, or plane.">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://www.rome2rio.com/s/Tarnby/Velmora">
<meta property="og:title" content="Tarnby to Velmora - 5 ways to travel via train, bus, night bus, car, and plane">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"What is the cheapest way to get from Tarnby to Velmora?","acceptedAnswer":{"@type":"Answer","text":"Night bus, €11 - €18."}}]}</script>
<link rel="stylesheet" href="https://www.rome2rio.com/static/css/main.9a1c.css"><script src="https://securepubads.example/tag/js/gpt.js" async></script></head>
<body><div id="root"><header class="Header_header__1mXJ" data-test-id="header"><a href="/" class="Header_logo__x8" aria-label="Rome2Rio home"></a>
<form class="SearchForm_form__3qW" role="search"><label class="sr-only" for="origin">${qSearch[0]}</label><input id="origin" value="Tarnby, Austria">
<label class="sr-only" for="destination">${qSearch[1]}</label><input id="destination" value="Velmora, Italy"><button type="submit">${qSearch[2]}</button></form>
<nav class="Header_right__7f"><a href="/trips">${qHead[0]}</a><button aria-label="Change currency">${qHead[1]}</button>
<button aria-label="Change language">${qHead[2]}</button><button class="Header_signIn__p2">${qHead[3]}</button></nav></header>
<main class="SearchResults_main__0Lc"><div class="SearchResults_list__a1"><h1 class="SearchResults_title__T9">${qTitle}</h1>
<p class="SearchResults_subtitle__q2" data-test-id="route-count">${qSub}</p>
<ol class="RouteList_list__b4" data-test-id="route-list">
${qCards
  .map(
    (
      c,
      i,
    ) => `<li class="RouteCard_card__h7" data-test-id="route-card-${i}"><button class="RouteCard_button__c1"><span class="RouteCard_title__x0">${c[0]}</span>
<span class="RouteCard_duration__s3">${c[1]}</span><span class="RouteCard_price__m9">${c[2]}</span></button></li>`,
  )
  .join('\n')}</ol>
<div class="AdSlot_slot__r5" data-ad-unit="r2r_hotels_inline"><span class="AdSlot_label__u8">${qAds[6]}</span><h3>${qAds[0]}</h3>
<p>${qAds[1]}</p><span class="AdSlot_brand__f2">${qAds[2]}</span><a href="https://www.booking.example/?aid=r2r">${qAds[3]}</a></div>
<section class="Faq_faq__k2" data-test-id="faq"><h2 class="Faq_title__z6">Questions &amp; Answers</h2><p class="Faq_intro__n0">${qIntro}</p>
${qFaq
  .map(
    (f) => `<div class="Faq_item__d4" itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 class="Faq_question__w8"
itemprop="name">${f.q}</h3>
<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><p class="Faq_answer__v1" itemprop="text">${f.a}</p></div></div>`,
  )
  .join('\n')}</section>
<div class="AdSlot_slot__r5" data-ad-unit="r2r_cars_inline"><span class="AdSlot_label__u8">${qAds[6]}</span><h3>${qAds[4]}</h3><p>${qAds[5]}</p></div>
<section class="PopularRoutes_root__g9"><h2>Popular routes</h2><ul>${links(qPopular, 'PopularRoutes_item__e3')}</ul></section>
<section class="About_root__c7"><h2>Rome2Rio makes travelling easy</h2><p>${qEasy}</p></section></div>
<div class="Map_map__y2" aria-hidden="true"><div class="Map_attribution__o4">Map data ©2026 Google</div></div></main>
<footer class="Footer_footer__t1"><ul>${links(qFoot)}</ul><p class="Footer_copy__k0">© 2026 Rome2Rio Pty Ltd</p></footer></div>
<div class="ConsentBar_bar__h0" role="dialog" aria-live="polite"><p>${qConsent[0]} <a href="/privacy">${qConsent[1]}</a></p>
<button>${qConsent[2]}</button><button>${qConsent[3]}</button></div>
<script src="https://www.rome2rio.com/static/js/main.9a1c.js" defer></script></body></html>`;
const rome2rio: TestPage = {
  html: qHtml,
  name: 'heldout215-rome2rio-route-docs',
  kind: 'docs',
  // the route count line under the h1 and the FAQ intro are body; the route option cards (mode, duration, price) are in
  // neither list; the FAQ's "Questions & Answers" h2 and its h3 questions are headings
  title: qTitle,
  headings: ['Questions & Answers', ...qFaq.map((f) => f.q)],
  body: [qSub, qIntro, ...qFaq.map((f) => f.a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qSearch, ...qHead, ...qAds, 'Popular routes', ...qPopular, 'Rome2Rio makes travelling easy', qEasy, 'Map data ©2026 Google', ...qFoot,
    '© 2026 Rome2Rio Pty Ltd', ...qConsent,
  ],
};

export const HELDOUT215_D: readonly TestPage[] = [rome2rio, flyertalkThread];
