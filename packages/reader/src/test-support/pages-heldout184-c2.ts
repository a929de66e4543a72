import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 184, file c2: a Fodor's travel guide page, "Plan Your Trip" section (the header nav with "Sign In", the
 * destination header with its breadcrumb and Overview / Experiences / Places to Explore / Plan Your Trip tabs, the left
 * "Plan Your Trip" menu, the h1, h3 sections per means of transport with a fare table, the "Buy the guidebook" box,
 * "Advertisement" slots, the forum rail with recent topics, "Trending Stories", the newsletter and the footer).
 */
const fdTitle = 'Getting Here and Around';
const fdIntro = [
  'The Lisca Islands lie between 40 and 90 minutes by sea from the mainland port of Kantheia, and most visitors arrive by ferry. ' +
    'The larger islands are linked to each other by boat several times a day in summer, but services thin out sharply from ' +
    'November to March, when some routes run only twice a week.',
];
const fdAir = 'Air';
const fdAirP = [
  'The nearest airport is Kantheia International, 25 km (16 miles) north of the port. Buses to the harbor leave every hour from ' +
    '6 am to 10 pm and take about 35 minutes; a taxi costs around €40. Only Lisca Major has its own airstrip, served by small ' +
    'propeller planes from the capital three times a week in season.',
];
const fdBoat = 'Boat and Ferry';
const fdBoatP = [
  'Conventional ferries and faster catamarans leave Kantheia for Lisca Major and Pelagos daily. Catamarans are quicker but ' +
    'cancelled more often in strong winds, which are common in July and August. Buy tickets online or at the harbor kiosks; in ' +
    'peak season book cars at least two weeks ahead.',
  'Typical one-way fares in high season:',
];
const fdFares = [
  ['Kantheia to Lisca Major', '1 hr 30 min', '€19'],
  ['Kantheia to Pelagos', '55 min', '€14'],
  ['Lisca Major to Pelagos', '40 min', '€9'],
];
const fdBus = 'Bus';
const fdBusP = [
  'Lisca Major has a reliable bus network run by the island’s KTEL cooperative, with services from the main town of Chora to the ' +
    'beaches and inland villages. Timetables are posted at the bus station on the harbor and change in mid-June and mid-September. ' +
    'Pay the driver in cash.',
];
const fdCar = 'Car and Scooter';
const fdCarP = [
  'A car is the best way to explore Lisca Major’s interior, where many villages have only one or two buses a day. Rental agencies ' +
    'line the harbor road, and prices fall by half outside July and August. Roads are narrow and winding, and goats are a genuine ' +
    'hazard after dark.',
  'Scooters are popular but accidents are frequent. Helmets are compulsory, and most travel insurance will not cover you without ' +
    'a motorcycle license from home.',
];
const fdTaxi = 'Taxi';
const fdTaxiP = [
  'Taxis wait at the harbor when ferries arrive and at the square in Chora. There are fewer than 30 on the whole island, so book ' +
    'ahead for early ferries or late dinners; your hotel can call one for you.',
];
const fdNav = ['Destinations', 'Trip Ideas', 'News', 'Travel Tips', 'Forums', 'Shop'];
const fdCrumbs = ['Europe', 'Greece', 'The Lisca Islands'];
const fdTabs = ['Overview', 'Experiences', 'Places to Explore', 'Plan Your Trip', 'Hotels', 'Restaurants'];
const fdMenu = ['Travel Tips', 'Getting Here and Around', 'Essentials', 'Best Times to Go', 'Planning Your Time'];
const fdBook = ['Fodor’s Essential Greece', 'Buy the guidebook', 'Explore the best of Greece with our expert guidebook.'];
const fdForum = [
  'Fodor’s Forum',
  'Ferry from Kantheia in October?',
  'Lisca Major or Pelagos for a week with two young kids?',
  'Scooter rental advice',
  'Ask a Question',
];
const fdTrending = ['Trending Stories', 'Fodor’s No List 2025', 'The Greek Islands You’ve Never Heard Of', '10 Ferry Mistakes to Avoid'];
const fdNews = ['Get the Fodor’s newsletter', 'Travel inspiration, tips and deals, delivered to your inbox.', 'Sign Up'];
const fdFoot = ['About Us', 'Contact Us', 'Advertise', 'Careers', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const fdCopy = '© 2025 Internet Brands, Inc. All rights reserved. Fodor’s Travel is a registered trademark of Internet Brands, Inc.';
const fdSec = (h: string, p: readonly string[]): string => `<h3 class="section-title">${h}</h3>\n${ps(p)}`;
const fdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Getting Here and Around | Fodor’s Travel</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Lisca Islands Travel Guide: getting here and around.">
<meta property="og:site_name" content="Fodors Travel Guide"><link rel="canonical" href="https://www.fodors.com/world/europe/greece/the-lisca-islands/planning">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Europe"},{"@type":"ListItem","position":2,"name":"Greece"},{"@type":"ListItem","position":3,"name":"The Lisca Islands"}]}</script>
<link rel="stylesheet" href="/static/css/main.5c1e.css"><script src="/static/js/ads.js" async></script></head>
<body class="destination-page planning"><div class="site-wrapper">
<header class="header" role="banner"><a class="header__logo" href="/">Fodor’s Travel</a><nav class="header__nav" aria-label="Main Navigation">
<ul>${links(fdNav, 'header__nav-item')}</ul></nav><a class="header__signin" href="/login">Sign In</a></header>
<div class="ad-container ad-leaderboard"><span class="ad-label">Advertisement</span><div id="ad-top"></div></div>
<div class="destination-header"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ul>${links(fdCrumbs, 'breadcrumbs__item')}</ul></nav>
<p class="destination-header__title">The Lisca Islands Travel Guide</p>
<ul class="destination-tabs" role="tablist">${fdTabs.map((t) => `<li role="presentation"><a role="tab" href="#${t.length}">${t}</a></li>`).join('')}</ul></div>
<div class="container page-content"><aside class="left-rail"><h2 class="left-rail__title">Plan Your Trip</h2>
<ul class="left-rail__menu">${fdMenu.map((t) => `<li${t === fdTitle ? ' class="active"' : ''}><a href="/planning/${t.length}">${t}</a></li>`).join('')}</ul>
<div class="book-promo"><img alt="" src="/images/books/essential-greece.jpg"><p class="book-promo__title">${fdBook[0]}</p><p>${fdBook[2]}</p>
<a class="btn" href="/shop/essential-greece">${fdBook[1]}</a></div></aside>
<main class="main-content" role="main"><h1 class="page-title">${fdTitle}</h1>
<div class="planning-content body-copy">
${ps(fdIntro)}
${fdSec(fdAir, fdAirP)}
${fdSec(fdBoat, fdBoatP)}
<table class="table"><thead><tr><th>Route</th><th>Journey time</th><th>Fare</th></tr></thead><tbody>
${fdFares.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${fdSec(fdBus, fdBusP)}
<div class="ad-container ad-inline"><span class="ad-label">Advertisement</span><div id="ad-inline-1"></div></div>
${fdSec(fdCar, fdCarP)}
${fdSec(fdTaxi, fdTaxiP)}
</div></main>
<aside class="right-rail"><section class="forum-widget"><h2>${fdForum[0]}</h2><ul>${links(fdForum.slice(1, 4))}</ul>
<a class="btn" href="/community/ask">${fdForum[4]}</a></section>
<section class="trending"><h2>${fdTrending[0]}</h2><ul>${links(fdTrending.slice(1))}</ul></section></aside></div>
<section class="newsletter"><h2>${fdNews[0]}</h2><p>${fdNews[1]}</p><form>
<input type="email" placeholder="Email Address"><button>${fdNews[2]}</button></form></section>
<footer class="footer" role="contentinfo"><ul>${links(fdFoot)}</ul><p class="footer__copy">${fdCopy}</p></footer></div>
<script src="/static/js/main.8a7e.js" defer></script></body></html>`;
export const fodors: TestPage = {
  name: 'heldout184-fodors-travel-guide',
  kind: 'docs',
  // the fare table's data cells are body (header cells in neither list); the destination tabs, the left "Plan Your Trip"
  // menu (its "Getting Here and Around" item repeats the title and is left out), the book promo, ads, forum and trending
  // rails, newsletter and footer are furniture
  html: fdHtml,
  title: fdTitle,
  headings: [fdAir, fdBoat, fdBus, fdCar, fdTaxi],
  body: [...texts(fdIntro), ...texts(fdAirP), ...texts(fdBoatP), ...fdFares.flat(), ...texts(fdBusP), ...texts(fdCarP), ...texts(fdTaxiP)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdNav, 'Sign In', 'Advertisement', ...fdCrumbs, 'The Lisca Islands Travel Guide', ...fdTabs,
    ...fdMenu.filter((t) => t !== fdTitle && t !== 'Travel Tips'),
    ...fdBook, ...fdForum, ...fdTrending, ...fdNews, ...fdFoot, fdCopy,
  ],
};
