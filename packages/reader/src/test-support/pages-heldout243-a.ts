import { links, ps, type TestPage, texts } from './page-kit.js';
import { roomPage } from './pages-heldout243-a2.js';
import { j, lis } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file a: a hotel's blog post on its Cloudbeds-built website (booking bar, nav, breadcrumbs, byline with
 * reading time, share bar, a captioned figure, a "Read more" promo, related posts, newsletter form, footer, cookie banner)
 * and, from file a2, a boutique hotel's room page on Squarespace.
 */
const title = 'A Long Weekend in Wenlow Harbour: Where to Eat, Walk and Swim';
const intro = [
  j(
    'People often ask us at the front desk how to spend three days in Wenlow Harbour without spending half of them in the car. The',
    'honest answer is that you hardly need a car at all. The town is small, the coast path starts at the end of our lane, and most of',
    'what is worth doing sits within a twenty-minute walk of the inn.',
  ),
  j(
    'Here is the weekend our team would plan for a friend visiting for the first time, with a few tips we have picked up from years of',
    'sending visitors out of the door with a map and a packed lunch.',
  ),
];
const fri = [
  j(
    'Your room is ready from three, which leaves time for a walk along the harbour wall before dinner. The tide times are posted on the board',
    'beside our reception, and low tide is the moment to see the old oyster beds below the lifeboat station.',
  ),
  j(
    'For dinner, book a table at Fenwick’s on the quay. Their fish comes off the boats that morning and the menu is written on a',
    'chalkboard that changes twice a day. If you would rather stay in, our own dining room serves a three-course supper from half past',
    'six, and anyone staying two nights or more receives a complimentary glass of local cider.',
  ),
];
const sat = [
  j(
    'The walk from the inn to Gull Point and back is about nine kilometres. It is steep in two places but well marked, and the views',
    'across the bay are the reason most people come here. Set off before ten if you can; the path gets busier after lunch, and the café',
    'at the point closes at four outside the summer months.',
  ),
  'What we suggest you bring:',
];
const satList = [
  'Sturdy shoes: the stretch below the old coastguard cottages stays muddy until May.',
  'A light waterproof, whatever the forecast says at breakfast.',
  'Cash for the honesty box at the Tolley Farm shop, which sells the best flapjack on the coast.',
  'Binoculars, if you have them, for the seals that haul out on the rocks below the point.',
];
const sat2 = [
  j('Our kitchen can prepare a picnic bag the evening before. Just let reception know by six o’clock and it will be waiting for you', 'at breakfast.'),
];
const sun = [
  j(
    'Breakfast is served until half past ten on Sundays, and nobody will hurry you. Afterwards, the Sunday market on Chapel Square',
    'runs until one, with bakers, a cheesemaker from the valley and a stall selling prints of the harbour by local artists.',
  ),
  j(
    'If the water is calm, the sheltered cove at Pennick Sands is the best place for a swim. It is a short drive or a forty-minute',
    'walk, and the lifeguards are on duty from late May to the end of September.',
  ),
];
const getting = [
  j(
    'The nearest railway station is at Carrow Junction, twenty-five minutes away. We are happy to book a taxi to meet your train, and',
    'visitors who arrive without a car receive ten percent off their room rate when they book directly with us.',
  ),
];
const headings = ['Friday: settle in and eat by the water', 'Saturday: the cliff path to Gull Point', 'Sunday: a slow morning', 'Getting here'];
const nav = ['Rooms', 'Dining', 'Offers', 'Weddings', 'Gallery', 'Journal', 'Contact'];
const related = ['Our favourite rainy-day places in Wenlow Harbour', 'Meet the team: a morning with our head chef', 'Five dog-friendly walks from the inn'];
const foot = ['Privacy Policy', 'Terms & Conditions', 'Accessibility', 'Gift Vouchers'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${title} | The Larkspur Inn</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="How our team would spend three days in Wenlow Harbour.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="The Larkspur Inn">
<link rel="canonical" href="https://www.larkspurinn.example/journal/long-weekend-wenlow-harbour">
<link rel="stylesheet" href="https://static.cloudbeds.example/website-builder/themes/coastal/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","datePublished":"2026-03-12",
"author":{"@type":"Person","name":"Maren Holt"},"publisher":{"@type":"Hotel","name":"The Larkspur Inn"}}</script>
<script>window.cbWidgetConfig={propertyId:"218442",currency:"GBP",lang:"en"};</script>
<script async src="https://hotels.cloudbeds.example/widget/load/218442/immersive.js"></script></head>
<body class="cb-site page-blog-post template-journal"><a class="skip-link" href="#main">Skip to content</a>
<header class="cb-header cb-header--sticky"><div class="cb-header__inner"><a class="cb-logo" href="/"><img src="/media/logo-larkspur.svg"
alt="The Larkspur Inn"></a><nav class="cb-nav" aria-label="Main menu"><ul class="cb-nav__list">${links(nav, 'cb-nav__item')}</ul></nav>
<a class="cb-btn cb-btn--book" href="https://hotels.cloudbeds.example/reservation/Lk9s2Q">Book Now</a></div>
<form class="cb-booking-bar" id="cb-booking-bar" action="https://hotels.cloudbeds.example/reservation/Lk9s2Q" method="get">
<label class="cb-booking-bar__label" for="checkin">Check-in</label><input id="checkin" name="checkin" type="date">
<label class="cb-booking-bar__label" for="checkout">Check-out</label><input id="checkout" name="checkout" type="date">
<label class="cb-booking-bar__label" for="adults">Guests</label><select id="adults" name="adults"><option>2 adults</option></select>
<button class="cb-btn cb-btn--primary" type="submit">Check Availability</button>
<p class="cb-booking-bar__note">Best rate guaranteed when you book direct</p></form></header>
<main id="main" class="cb-main"><nav class="cb-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/journal">Journal</a></li>
<li><a href="/journal/category/local-guides">Local Guides</a></li></ol></nav>
<article class="cb-post"><header class="cb-post__header"><span class="cb-post__category">Local Guides</span>
<h1 class="cb-post__title">${title}</h1><div class="cb-post__meta"><span class="cb-post__author">Posted by Maren Holt</span>
<time class="cb-post__date" datetime="2026-03-12">12 March 2026</time><span class="cb-post__read">4 min read</span></div></header>
<figure class="cb-post__hero"><img src="/media/journal/harbour-wall.jpg" alt="The harbour wall at low tide">
<figcaption>The harbour wall at low tide, five minutes from our front door. <span class="cb-credit">Photo: Ellis Penrose</span></figcaption></figure>
<div class="cb-post__body cb-richtext">
${ps(intro)}
<h2>${headings[0]}</h2>
${ps(fri)}
<aside class="cb-inline-promo"><p><strong>Read more:</strong> <a href="/journal/rainy-day-wenlow">Our favourite rainy-day places in Wenlow Harbour</a></p>
</aside>
<h2>${headings[1]}</h2>
${ps(sat)}
<ul>${lis(satList)}</ul>
${ps(sat2)}
<h2>${headings[2]}</h2>
${ps(sun)}
<h2>${headings[3]}</h2>
${ps(getting)}
</div>
<div class="cb-share"><span class="cb-share__label">Share this post</span><a class="cb-share__link" href="#">Facebook</a>
<a class="cb-share__link" href="#">Pinterest</a><a class="cb-share__link" href="#">Email</a></div></article>
<section class="cb-related"><h3 class="cb-related__title">You might also like</h3><ul>${links(related, 'cb-related__item')}</ul></section>
<section class="cb-newsletter"><h3>Join our mailing list</h3><p>Seasonal offers and news from the inn, no more than once a month.</p>
<form class="cb-newsletter__form"><input type="email" placeholder="Your email address"><button type="submit">Subscribe</button></form></section></main>
<footer class="cb-footer"><div class="cb-footer__col"><p class="cb-footer__name">The Larkspur Inn</p>
<p>4 Tanner’s Lane, Wenlow Harbour WH3 7QP</p><p>+44 1632 960 418</p></div>
<ul class="cb-footer__links">${links(foot)}</ul><p class="cb-footer__copy">© 2026 The Larkspur Inn. All rights reserved.</p>
<p class="cb-footer__powered">Website and booking engine by Cloudbeds</p></footer>
<div class="cb-cookie-consent" role="dialog" aria-live="polite"><p>We use cookies to improve your experience and to measure how our website is used.</p>
<button class="cb-cookie-consent__accept">Accept</button><button class="cb-cookie-consent__decline">Decline</button>
<a class="cb-cookie-consent__settings" href="#">Cookie settings</a></div>
<script src="https://static.cloudbeds.example/website-builder/themes/coastal/main.js"></script></body></html>`;
const hotelBlog: TestPage = {
  name: 'heldout243-cloudbeds-hotel-blog',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([...intro, ...fri, ...sat, ...satList, ...sat2, ...sun, ...getting]),
  bylines: ['Posted by Maren Holt', '12 March 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Book Now', 'Check-in', 'Check-out', 'Guests', '2 adults', 'Check Availability',
    'Best rate guaranteed when you book direct', 'Home', 'Local Guides', 'The harbour wall at low tide, five minutes from our front door.',
    'Photo: Ellis Penrose', 'Read more:', 'Share this post', 'Facebook', 'Pinterest', 'Email', 'You might also like', ...related,
    'Join our mailing list', 'Seasonal offers and news from the inn, no more than once a month.', 'Subscribe', 'The Larkspur Inn',
    '4 Tanner’s Lane, Wenlow Harbour WH3 7QP', '+44 1632 960 418', ...foot, '© 2026 The Larkspur Inn. All rights reserved.',
    'Website and booking engine by Cloudbeds', 'We use cookies to improve your experience and to measure how our website is used.', 'Accept',
    'Decline', 'Cookie settings',
  ],
};

export const HELDOUT243_A: readonly TestPage[] = [hotelBlog, roomPage];
