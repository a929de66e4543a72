import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out 237 E: a city magazine's restaurant news (WordPress, news) and a rural electric co-op newsletter story (news). */

const I1 = [
  `Chef Marguerite Osei-Lind is leaving the tasting-menu world behind. Her new restaurant, Little Ember, opens
  Dec. 12 in the former Kopp's Bakery space on Fulton Street, and nothing on the menu costs more than $26.`,
  `Osei-Lind spent six years running the kitchen at Halcyon, where a nine-course dinner ran $185. "I wanted to
  cook the food I actually eat on my night off," she said.`,
];
const I2 = [
  `The menu centers on a wood-fired hearth built by a mason from Red Hollow. Expect charred cabbage with brown
  butter and anchovy, clay-pot rice with mushrooms, and a whole trout for two.`,
  `Desserts come from pastry chef Bo Lindgren, who is reviving the bakery's old rye recipe for the bread service.`,
];
const I3 = [
  `Little Ember seats 54, including 10 at the counter facing the hearth. It will be open for dinner Tuesday
  through Saturday from 5 to 10 p.m., with weekend brunch starting in February.`,
  `Reservations open Dec. 1 on the restaurant's website; the counter is held for walk-ins.`,
  `Osei-Lind is a partner in the restaurant with her brother, Kwame Osei, who ran the front of house at Halcyon. The
  siblings signed the lease in May and spent the summer gutting the space, keeping the bakery's tin ceiling and the
  original oven door, which now hangs above the bar.`,
  `The wine list, about 60 bottles, leans on small producers, and a short cocktail list is built around a house-made smoked
  honey syrup.`,
];
const NAV9 = ['Food & Drink', 'Arts', 'Home & Garden', 'Travel', 'Best Of', 'Events', 'Subscribe'];
const html9 = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Halcyon's Former Chef Opens Little Ember on Fulton Street - Ridgeport Magazine</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"Halcyon's Former Chef Opens Little Ember on Fulton Street","author":{"@type":"Person","name":"Dev Kaplan-Rios"}}</script>
<link rel="stylesheet" href="/wp-content/themes/ridgeport/dist/main.css"></head>
<body class="single single-post">
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience.</span><a>Accept</a><a>Read More</a></div>
<header class="site-header"><a class="logo">Ridgeport Magazine</a><nav class="main-nav"><ul>${links(NAV9)}</ul></nav></header>
<div class="leaderboard-ad"><span>Advertisement</span></div>
<main><article class="article"><div class="article-header"><div class="eyebrow"><a>Restaurant News</a></div>
<h1>Halcyon's Former Chef Opens Little Ember on Fulton Street</h1>
<p class="dek">Marguerite Osei-Lind trades tasting menus for a hearth and a $26 ceiling.</p>
<div class="byline">By <a>Dev Kaplan-Rios</a> <span class="date">November 24, 2026</span> <span class="read-time">3 min read</span></div></div>
<figure class="hero"><img src="/wp-content/uploads/2026/11/ember.jpg" alt=""><figcaption>The hearth at Little Ember.
<span class="credit">Photo by Wren Adair</span></figcaption></figure>
<div class="article-content">${ps(I1)}
<h2>What's on the menu</h2>${ps(I2)}
<div class="newsletter-inline"><h4>Hungry for more?</h4><p>Sign up for our weekly Dining newsletter.</p><button>Subscribe</button></div>
<h2>The details</h2>${ps(I3)}</div>
<div class="tags"><a>Fulton Street</a><a>New Restaurants</a></div>
<div class="share"><a>Pin It</a><a>Share</a><a>Email</a></div></article>
<section class="related"><h3>You May Also Like</h3><ul>${links(['The 25 Best Pizzas in Ridgeport', 'Winter Patios Worth the Cold'])}</ul></section></main>
<footer><ul>${links(['About', 'Advertise', 'Contact', 'Privacy Policy'])}</ul><p>© 2026 Ridgeport Magazine. All rights reserved.</p></footer>
</body></html>`;

const J1 = [
  `When the ice storm hit the Tamarack Ridge service area on Nov. 17, more than 6,200 members lost power. By
  the following Sunday night, every one of them was back on.`,
  `Line crews worked 16-hour shifts for six straight days, replacing 94 broken poles and more than 11 miles of
  downed line. Crews from three neighboring cooperatives came to help under our mutual aid agreement.`,
  `"I have been doing this for 27 years and I have never seen ice like that on the north end," said line
  superintendent Gary Pettibone.`,
  `Restoration follows a set order. We fix the lines that serve the most members first, then work out to
  smaller taps and individual services. That is why a neighbor may get power back before you do.`,
  `If you had damage to the weatherhead or meter base on your house, you will need an electrician to repair it
  before we can reconnect you.`,
  `General manager Sue Halvorsen thanked members for their patience and for the coffee and sandwiches many of
  you brought to crews in the field. The storm's full cost is still being tallied.`,
  `Members who lost food during the outage may be able to claim it on their homeowner's or renter's insurance; the co-op is
  not able to reimburse spoiled food. Bill credits for outages do not apply to weather events, but payment plans are
  available for members who ask.`,
  `We will share a full report on the storm, including what it cost and what we learned, at the district meetings in March.`,
];
const J2 = [
  'Report outages at 1-800-555-0199 or through the SmartHub app.',
  'Stay at least 30 feet from any downed line.',
  'Never run a generator in a garage or basement.',
];
const html10 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ice storm restoration: thank you, members | Tamarack Ridge Electric Cooperative</title>
<link rel="stylesheet" href="/sites/default/files/css/css_coop.css"><script src="/core/misc/drupal.js"></script></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="outage-banner"><p>Outage? Call 1-800-555-0199 or view the Outage Map.</p></div>
<header role="banner"><a class="site-logo">Tamarack Ridge Electric Cooperative</a>
<nav role="navigation"><ul class="menu">${links(['My Account', 'Pay Bill', 'Outage Center', 'Energy Savings', 'Member News', 'About Us'])}</ul></nav></header>
<main role="main" id="main-content"><nav class="breadcrumb"><ol><li><a>Home</a></li><li><a>Ridge Lines Newsletter</a></li></ol></nav>
<article class="node node--type-article"><h1 class="page-title"><span>Ice storm restoration: thank you, members</span></h1>
<div class="node__meta"><span class="field--name-uid">Submitted by Communications Staff</span> on <span>December 1, 2026</span></div>
<div class="field field--name-field-image"><img src="/sites/default/files/2026-12/crews.jpg" alt="Line crew">
<div class="field--name-field-caption">Tamarack Ridge linemen rebuild a pole on Hollister Road.</div></div>
<div class="clearfix text-formatted field field--name-body">${ps(J1)}
<h3>Safety reminders</h3><ul>${J2.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="field--name-field-tags"><div class="field__label">Tags</div><a>Outages</a><a>Storms</a></div></article>
<aside class="region-sidebar"><div class="block"><h2>Capital Credits</h2><p>Learn how your co-op returns margins to members.</p></div></aside></main>
<footer role="contentinfo"><p>Tamarack Ridge Electric Cooperative is an equal opportunity provider and employer.</p>
<ul>${links(['Careers', 'Board of Directors', 'Nondiscrimination Statement'])}</ul></footer></body></html>`;

export const HELDOUT237_E: readonly TestPage[] = [
  {
    name: 'heldout237-city-magazine-restaurant-news',
    kind: 'news',
    html: html9,
    title: "Halcyon's Former Chef Opens Little Ember on Fulton Street",
    headings: ["What's on the menu", 'The details'],
    body: texts(['Marguerite Osei-Lind trades tasting menus for a hearth and a $26 ceiling.', ...I1, ...I2, ...I3]),
    bylines: ['Dev Kaplan-Rios', 'November 24, 2026', '3 min read'],
    furniture: [
      ...NAV9.filter((t) => t !== 'Subscribe'),
      'This website uses cookies to improve your experience.',
      'Accept',
      'Read More',
      'Advertisement',
      'Restaurant News',
      'The hearth at Little Ember.',
      'Photo by Wren Adair',
      'Hungry for more?',
      'Sign up for our weekly Dining newsletter.',
      'Subscribe',
      'New Restaurants',
      'Pin It',
      'Share',
      'Email',
      'You May Also Like',
      'The 25 Best Pizzas in Ridgeport',
      'Winter Patios Worth the Cold',
      'About',
      'Advertise',
      'Contact',
      'Privacy Policy',
      '© 2026 Ridgeport Magazine. All rights reserved.',
    ],
  },
  {
    name: 'heldout237-rural-coop-newsletter-news',
    kind: 'news',
    html: html10,
    title: 'Ice storm restoration: thank you, members',
    headings: ['Safety reminders'],
    body: texts([...J1, ...J2]),
    bylines: ['Submitted by Communications Staff', 'December 1, 2026'],
    furniture: [
      'Skip to main content',
      'Outage? Call 1-800-555-0199 or view the Outage Map.',
      'My Account',
      'Pay Bill',
      'Outage Center',
      'Energy Savings',
      'Member News',
      'About Us',
      'Home',
      'Ridge Lines Newsletter',
      'Tamarack Ridge linemen rebuild a pole on Hollister Road.',
      'Tags',
      'Outages',
      'Storms',
      'Capital Credits',
      'Learn how your co-op returns margins to members.',
      'Tamarack Ridge Electric Cooperative is an equal opportunity provider and employer.',
      'Careers',
      'Board of Directors',
      'Nondiscrimination Statement',
    ],
  },
];
