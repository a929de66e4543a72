import { links, type TestPage, texts } from './page-kit.js';
import { yelpBusiness } from './pages-heldout214-b2.js';

/**
 * Held-out batch 214, file b: an OpenTable restaurant profile as a signed-out visitor saves it (the header with "Get the app",
 * "For Businesses" and "Sign in", the breadcrumb, the photo strip, rating, review count, price band and cuisine, the section
 * tabs, "About this restaurant" with its tags, the description with its "Read more" button, the "Make a reservation" widget
 * with "Booked 42 times today", menu and popular-dish blocks, the diners' reviews with their scores, the "Additional
 * information" data list, FAQs, "People also viewed" cards, the cookie banner and the footer) and, from file b2, a Yelp
 * business page with reviews.
 */
const otTitle = 'Osteria Vellano';
const otHead = 'About this restaurant';
const otP = [
  'Osteria Vellano opened on a quiet corner of Canal Street in 2019 with a simple idea: to cook the food of the hills above Lake ' +
    'Como the way the family of our chef, Davide Roncalli, has cooked it for three generations. That means fresh pasta rolled by ' +
    'hand every morning, slow braises that start the day before, and polenta stirred in a copper pot for the best part of an hour.',
  'Our menu changes with the seasons. In autumn and winter you will find pizzoccheri with cabbage, potato and valtellina cheese, ' +
    'braised veal cheek with saffron risotto, and our much-loved chestnut tagliatelle with wild mushrooms. In the warmer months the ' +
    'kitchen turns to lake fish, grilled vegetables from our growers in Kent and a rotating selection of crudo.',
  'The wine list is entirely Italian, with a particular focus on the small producers of Lombardy and Piedmont, and around twenty ' +
    'wines are available by the glass or carafe. Our team is always happy to suggest a pairing, and on Thursday evenings the ' +
    'sommelier, Giulia Ferrante, hosts an informal tasting at the bar from 6pm, with a different region each week.',
  'The dining room seats 64, with a further 16 seats on the heated terrace overlooking the canal from April to October. For ' +
    'birthdays and celebrations, our private room downstairs seats up to 14 guests and offers a set family-style menu. Please ' +
    'let us know about any allergies or dietary requirements when booking and we will do our very best to accommodate you.',
  'We are proud to be a living-wage employer and to work with a small group of suppliers we know by name: our flour comes from a ' +
    'mill in Norfolk, our cheeses from two affinage houses in Lombardy, and our coffee is roasted for us a mile up the canal. ' +
    'Service charge is shared in full among the whole team, kitchen included.',
  'Tables are held for 15 minutes past the reservation time. For parties of more than eight, please call the restaurant directly.',
];
const otTags = ['Good for special occasions', 'Charming', 'Neighborhood gem'];
const otNav = ['Get the app', 'For Businesses', 'Mobile', 'Help', 'EN'];
const otCrumbs = ['United Kingdom', 'London', 'Central London', 'Islington'];
const otSummary = ['4.7', '1,284 Reviews', '£26 to £40', 'Italian'];
const otTabs = ['Overview', 'Experiences', 'Popular dishes', 'Photos', 'Menu', 'Reviews', 'FAQs'];
const otBook = ['Make a reservation', 'Party size', '2 people', 'Date', 'Time', '7:00 PM', 'Find a time', 'Booked 42 times today'];
const otDishes = [
  ['Chestnut tagliatelle', '38 reviews'],
  ['Veal cheek, saffron risotto', '27 reviews'],
  ['Tiramisù', '19 reviews'],
];
const otReviewsHead = ['What 1,284 people are saying', 'Overall ratings and reviews', 'Reviews can only be made by diners who have eaten at this restaurant'];
const otScores = ['Food', 'Service', 'Ambience', 'Value', 'Noise • Moderate'];
const otReviews = [
  {
    name: 'HelenaP',
    city: 'London',
    count: '14 reviews',
    dined: 'Dined 3 days ago',
    text:
      'Lovely evening for my mum’s birthday. The chestnut pasta was as good as everyone says and the staff brought out a little ' +
      'cake with a candle without us even asking. Will be back.',
  },
  {
    name: 'OTDiner',
    city: 'Manchester',
    count: '2 reviews',
    dined: 'Dined on 28 February 2026',
    text: 'Food excellent, but we were seated by the door and it was cold every time it opened. Ask for a table further in.',
  },
];
const otInfo = [
  ['Dining style', 'Casual Elegant'],
  ['Cuisines', 'Italian, Northern Italian, Wine Bar'],
  ['Hours of operation', 'Tue–Sat 12:00–14:30, 17:30–22:00'],
  ['Phone number', '020 7946 0318'],
  ['Payment options', 'AMEX, Mastercard, Visa'],
  ['Dress code', 'Smart Casual'],
  ['Executive Chef', 'Davide Roncalli'],
];
const otFaq = [
  'Osteria Vellano is rated 4.7 stars by 1284 OpenTable diners.',
  'Yes, you can typically book this restaurant by choosing from the available time slots.',
];
const otFaqQ = ['How is Osteria Vellano rated?', 'Can you book Osteria Vellano on OpenTable?'];
const otAlso = [
  ['Trattoria Bellamonte', '4.6', 'Italian'],
  ['Casa Nuvola', '4.8', 'Italian'],
  ['The Lockside', '4.4', 'British'],
];
const otCookie = [
  'We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic.',
  'Accept all',
  'Manage preferences',
];
const otFootHead = ['Discover', 'OpenTable', 'More', 'Businesses'];
const otFoot = ['Latest Restaurant News', 'Gift Cards', 'About Us', 'Careers', 'Press', 'Blog', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences'];
const otHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Osteria Vellano Restaurant - London, | OpenTable</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Osteria Vellano, Italian cuisine. Read reviews
and book now.">
<meta property="og:title" content="Osteria Vellano Restaurant - London, | OpenTable"><meta property="og:type" content="restaurant.restaurant">
<link rel="canonical" href="https://www.opentable.co.uk/r/osteria-vellano-london">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Restaurant","name":"Osteria
Vellano","servesCuisine":"Italian","priceRange":"£26 to £40",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"1284"},"address":{"@type":"PostalAddress","streetAddress":"2 Canal Street",
"addressLocality":"London","postalCode":"N1 8GT"}}</script>
<link rel="stylesheet" href="https://cdn.otstatic.example/cfe/15/css/restprofile-6c2a1e.css">
<script>window.__INITIAL_STATE__={"restaurantProfile":{"restaurant":{"rid":1183201,"name":"Osteria Vellano"}}};</script></head>
<body><div id="mainContent">
<header class="d2ntAvD3ZJQ- " data-test="header"><div class="_0e6a5a1fd0-"><a href="/" aria-label="OpenTable home" class="Iz-WfqTy5Wo-">
<svg aria-hidden="true"></svg></a><ul class="f_Nay1R8XGU-">${links(otNav, 'sDS4A9d8Vqk-')}</ul>
<button class="B-sRp3I-wHc- " data-test="header-sign-in-button">Sign in</button></div></header>
<main class="o6iuS0l5bms-"><nav aria-label="breadcrumbs" class="q-tv6dy1d7E-"><ol>
${otCrumbs.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ol></nav>
<div class="PzGWXgXkfik-" data-test="photo-strip"><button class="_8aVdRTCzLY4-">+ 312 more</button></div>
<div class="_1vzCbkR7K8c-"><div class="hADgNlUjkEM-"><section id="overview" class="dTTjXlTh3Lc-">
<h1 class="oUtc4-nA7Lo- " data-test="restaurant-name">${otTitle}</h1>
<div class="_1mJ1XcCWY5w-" data-test="restaurant-summary"><span class="xEnQjiz5QGU-">${otSummary[0]}</span>
<span class="u8CzVBRwo9Y-"><a href="#reviews">${otSummary[1]}</a></span><span class="H46lk8-Mc0Q-">${otSummary[2]}</span>
<span class="fzQd3QwIoGk-">${otSummary[3]}</span></div>
<nav class="_5Y1nJu5vNs4-" aria-label="Restaurant sections" role="navigation"><ol class="VpQjYAg-tHw-">
${otTabs.map((t) => `<li><a class="_9sKkY5A7TAs-" href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ol></nav>
<h2 class="BdbbUrW2HVo-">${otHead}</h2>
<ul class="_9f4-sN3rUK4-" data-test="restaurant-tags">${otTags.map((t) => `<li class="jnhyCFqWe6Q-"><span>${t}</span></li>`).join('')}</ul>
<div class="_6rFG6U7PA6M-" data-test="restaurant-description"><div class="c_jmqIy9TqM-" style="max-height:192px;overflow:hidden">
${otP.map((p) => `<p>${p}</p>`).join('\n')}
</div><button class="aUQTd8qBVGg-" data-test="restaurant-description-read-more">Read more</button></div></section>
<section id="popular-dishes" class="dTTjXlTh3Lc-"><h2 class="BdbbUrW2HVo-">Popular dishes</h2><ul class="Kj6H-RhPQR4-">
${otDishes.map(([d, n]) => `<li><h3 class="_6S3Qm0ibMrM-">${d}</h3><span class="bQdZQx3Nxk4-">${n}</span></li>`).join('\n')}</ul></section>
<section id="menu" class="dTTjXlTh3Lc-"><h2 class="BdbbUrW2HVo-">Menu</h2><p class="_2c2cK4mV2I8-">Last updated on 4 March 2026</p>
<a class="x3MvWsU6m4g-" href="https://www.osteriavellano.example/menu" target="_blank">View full menu</a></section>
<section id="reviews" class="dTTjXlTh3Lc-"><header><h2 class="BdbbUrW2HVo-">${otReviewsHead[0]}</h2><h3>${otReviewsHead[1]}</h3>
<p class="oSB9WtKbWUw-">${otReviewsHead[2]}</p></header><ol class="_7iJ3mW6F5dY-" data-test="rating-breakdown">
${otScores.map((s, i) => `<li><span class="wj4nn-Fg0Y4-">${s}</span>${i < 4 ? `<span class="-k5xpTfSXac-">4.${8 - i}</span>` : ''}</li>`).join('\n')}</ol>
<ol class="gMeyVo7Qyo8-" data-test="reviews-list">
${otReviews
  .map(
    (r) => `<li class="afkKaa-4T28-" data-test="reviews-list-item"><section class="_3uM7RtmCvYM-"><p class="_1p30XHjz2rI-">${r.name}</p>
<p class="POyqzNMT21k-">${r.city}</p><p class="ZJNbUS6Vdc4-">${r.count}</p></section><section><p class="iLkEeQbexGs-">${r.dined}</p>
<ol class="gUG3XhiRk-w-"><li>Overall <span>5</span></li><li>Food <span>5</span></li></ol>
<div class="_6rFG6U7PA6M-"><span class="l9bbXUdC9v0-" data-test="wrapper-tag">${r.text}</span></div>
<button class="_0k0Rn-2R6-E-">Helpful</button><button class="_0k0Rn-2R6-E-">Report</button></section></li>`,
  )
  .join('\n')}</ol><button class="GXOtJaABs6A-">Show more reviews</button></section>
<section id="faqs" class="dTTjXlTh3Lc-"><h2 class="BdbbUrW2HVo-">FAQs</h2>
${otFaqQ.map((q, i) => `<h3 class="_8ra-WcTqUFU-">${q}</h3><p class="_5dS4vZ2zp0U-">${otFaq[i]}</p>`).join('\n')}</section></div>
<aside class="_3XtSfdXcfoo-"><div class="jH2tX2EETz0-" data-test="reservation-widget"><h2 class="_2u7tKbl-Mtk-">${otBook[0]}</h2>
<label>${otBook[1]}<select><option>${otBook[2]}</option></select></label><label>${otBook[3]}<input type="date" value="2026-03-14"></label>
<label>${otBook[4]}<select><option>${otBook[5]}</option></select></label><button class="_1C9z4cfYtQQ-" data-test="find-a-time">${otBook[6]}</button>
<p class="Zp-Ks1hBmVw-"><span class="_5bc1mT-TlQY-">${otBook[7]}</span></p></div>
<section class="Dh5dcbG2hBo-" data-test="additional-information"><h2>Additional information</h2><ul>
${otInfo.map(([k, v]) => `<li><h4 class="iSkJ9YDr_FM-">${k}</h4><p>${v}</p></li>`).join('\n')}</ul></section></aside></div>
<section class="_2QfP5fWnNn0-" data-test="people-also-viewed"><h2>People also viewed</h2><ul>
${otAlso.map(([n, r, c]) => `<li><a href="#"><h3>${n}</h3></a><span aria-label="${r} stars">${r}</span><span>${c}</span></li>`).join('\n')}</ul></section>
</main>
<footer class="_2oPHqWqDhTA-"><div class="W-K9UvWu6Kc-">${otFootHead.map((h) => `<h3>${h}</h3>`).join('')}<ul>${links(otFoot)}</ul>
<p class="nSvt-I9V6Mw-">Copyright © 2026 OpenTable, Inc. All rights reserved.</p></div></footer>
<div class="cookie-banner" role="dialog" aria-live="polite" data-test="gdpr-banner"><p>${otCookie[0]}</p><button>${otCookie[1]}</button>
<button>${otCookie[2]}</button></div></div>
<script src="https://cdn.otstatic.example/cfe/15/js/restprofile-6c2a1e.js" defer></script></body></html>`;

const opentable: TestPage = {
  html: otHtml,
  name: 'heldout214-opentable-restaurant-profile',
  kind: 'blog',
  // the restaurant's own description is the article; the summary line, tags, popular dishes, diners' reviews (a blog page's
  // comments), the generated FAQs and the "Additional information" list are furniture
  title: otTitle,
  headings: [otHead],
  body: texts(otP),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...otNav, 'Sign in', ...otCrumbs, '+ 312 more', ...otSummary.slice(1), ...otTabs, ...otTags, 'Read more', ...otDishes.flat(),
    'Last updated on 4 March 2026', 'View full menu', ...otReviewsHead, ...otScores, ...otReviews.flatMap((r) => [r.name, r.city, r.count, r.dined, r.text]),
    'Helpful', 'Report', 'Show more reviews', ...otFaqQ, ...otFaq, ...otBook, 'Additional information', ...otInfo.flat(), 'People also viewed',
    ...otAlso.map((a) => a[0] ?? ''), ...otFootHead, ...otFoot, 'Copyright © 2026 OpenTable, Inc. All rights reserved.', ...otCookie,
  ],
};

export const HELDOUT214_B: readonly TestPage[] = [opentable, yelpBusiness];
