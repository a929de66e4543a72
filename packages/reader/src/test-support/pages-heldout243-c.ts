import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout243-kit.js';
import { eventPage } from './pages-heldout243-c2.js';

/**
 * Held-out batch 243, file c: a venue's listing page on a wedding marketplace in The Knot's style (a React storefront with
 * hashed CSS-module classes and data-testid attributes: global nav, breadcrumbs, photo gallery button, the vendor header with
 * rating, location and "Request Quote", the "About this vendor" text, details and amenities, a pricing box, reviews with
 * reviewer names and dates, the quote form, "Similar vendors" and the footer) and, from file c2, an Eventbrite event page.
 */
const title = 'Hollowmere Barn';
const about = [
  j(
    'Hollowmere Barn is a restored 1840s threshing barn on forty acres of meadow and woodland just outside Ferris Glen. The main barn',
    'seats up to 180 guests for dinner under its original chestnut trusses, and the stone cart shed next door serves as a bar and',
    'lounge with a wood-burning stove for cooler evenings.',
  ),
  j(
    'Ceremonies take place in the walled garden, by the mill pond or, in wet weather, inside the barn itself. We host one wedding a',
    'day and never more than forty a year, so your date is yours from ten in the morning until the last dance.',
  ),
  j(
    'Couples are welcome to bring their own caterer from our list of trusted partners, or to work with our in-house kitchen, which',
    'cooks with vegetables from our own garden and meat from farms within fifteen miles.',
  ),
  j(
    'We are a family business. Our parents bought the farm in 1979 and raised sheep here for thirty years before we began restoring',
    'the barn, board by board, in 2016. Most of our team live in the valley, and several of them have worked at every wedding we have',
    'ever held. Visits are by appointment on weekdays and on the first Sunday of each month.',
  ),
];
const detailsList = [
  'Guest capacity: 40 to 180 seated, 220 standing',
  'Ceremony areas: walled garden, mill pond lawn, indoor barn',
  'Catering: in-house kitchen or approved outside caterers',
  'Bar service: full bar with licensed staff; no corkage on wine bought through us',
  'Accommodation: six cottages on site sleeping 24 guests',
  'Accessibility: step-free access to the barn, garden and restrooms',
];
const included = [
  'Exclusive use of the barn, grounds and cart shed for the day',
  'Tables, chairs, linens and festoon lighting',
  'A venue coordinator from your first visit to the end of the night',
  'Bridal suite in the granary for getting ready',
];
const headings = ['Details', 'What’s included'];
const nav = ['Venues', 'Vendors', 'Planning Tools', 'Guests & RSVPs', 'Websites', 'Registry', 'Wedding Shop', 'Ideas & Advice'];
const reviews = [
  [
    'Marisol T.',
    'Married on 09/14/2025',
    j(
      'From our first tour to the last song, the team at Hollowmere were calm, kind and completely on top of everything. The barn',
      'at night with the festoon lights on is something our guests still talk about.',
    ),
  ],
  ['Devon K.', 'Married on 06/07/2025', j('Beautiful setting and the in-house food was outstanding. Book the cottages early, they went fast for our date.')],
];
const similar = ['Alder Creek Farm', 'The Glasshouse at Penmoor', 'Stonegate Manor'];
const foot = ['Help Center', 'Careers', 'Press', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>Hollowmere Barn | Reception Venues - Ferris Glen, VT</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Hollowmere Barn is a Reception Venue in Ferris Glen, VT.">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.theknot.example/marketplace/hollowmere-barn-ferris-glen-vt-2081144">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Hollowmere Barn",
"aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.9","reviewCount":"87"},"address":{"@type":"PostalAddress","addressLocality":"Ferris Glen","addressRegion":"VT"}}</script>
<link rel="stylesheet" href="https://www.theknot.example/_next/static/css/storefront.8c1f2a.css"></head>
<body><div id="__next"><div class="global-header--3fZk1" data-testid="global-header"><a class="logo--1Hh7Q" href="/" aria-label="The Wedding Knot home">
The Wedding Knot</a><nav class="primary-nav--2Lx0d"><ul>${links(nav, 'nav-item--aq2Pz')}</ul></nav>
<a class="login--3mB8x" href="/login">Log in</a><a class="signup--1x7Xo" href="/signup">Join now</a></div>
<main class="storefront--2b7Fh" data-testid="storefront"><nav class="breadcrumbs--2uQ9d" aria-label="breadcrumbs"><ol>
<li><a href="/marketplace">Wedding Vendors</a></li><li><a href="/marketplace/wedding-reception-venues">Reception Venues</a></li>
<li><a href="/marketplace/wedding-reception-venues-ferris-glen-vt">Ferris Glen, VT</a></li></ol></nav>
<div class="gallery--1nE5q" data-testid="gallery"><img src="https://media-api.theknot.example/images/hollowmere-1.jpg" alt="Hollowmere Barn">
<button class="see-all--3Yp2v">View all 64 photos</button></div>
<div class="vendor-header--2Pz8c" data-testid="vendor-info"><h1 class="vendor-name--_Kp3H" data-testid="vendor-name">${title}</h1>
<div class="rating--1Vf8s"><span class="rating-value--2Jq1x">4.9</span><a href="#reviews" class="review-count--3kT7n">(87 reviews)</a></div>
<div class="location--3vX2j">Ferris Glen, VT</div><div class="badges--2dKx9"><span class="badge--1cQwz">Best of Weddings 2026</span></div>
<button class="request-quote--1bG6y" data-testid="request-quote-cta">Request Quote</button></div>
<section class="about--2q1Xv" data-testid="about-section"><h2 class="section-title--1zAp7">About this vendor</h2>
<div class="description--3hG9u">${ps(about)}</div></section>
<section class="details--1tM3q" data-testid="details-section"><h2 class="section-title--1zAp7">${headings[0]}</h2>
<ul class="details-list--2sW4r">${lis(detailsList, 'details-item--1aB2c')}</ul>
<h3 class="section-subtitle--2pLk0">${headings[1]}</h3><ul class="details-list--2sW4r">${lis(included, 'details-item--1aB2c')}</ul></section>
<aside class="pricing--3Xq0m" data-testid="pricing-section"><h2 class="section-title--1zAp7">Pricing</h2><p class="pricing-range--1Rk9d">$$$ – Moderate</p>
<p class="pricing-starting--2hYq5">Starting price: $9,500</p><p class="pricing-note--3Ty1j">Prices shown are estimates. Contact the vendor for an exact
quote.</p></aside>
<section id="reviews" class="reviews--2Tq8k" data-testid="reviews-section"><h2 class="section-title--1zAp7">Reviews</h2>
<div class="summary--1Fv3m"><span>4.9 out of 5</span><span>87 reviews</span></div>
${reviews
  .map(
    ([name, date, text]) => `<div class="review--3Qx5p" data-testid="review"><div class="reviewer--1Zt4n"><span class="reviewer-name--2Pz0c">${name}</span>
<span class="review-date--3Lm8d">${date}</span></div><p class="review-content--1Gc5k">${text}</p></div>`,
  )
  .join('\n')}
<button class="see-more--2Wb6q">See more reviews</button></section>
<aside class="quote-form--1Cx4e" data-testid="rfq-form"><h3>Message vendor</h3><label>First name</label><input><label>Wedding date</label><input>
<label>Guest count</label><input><button type="submit">Send</button><p class="disclaimer--2kL9z">By clicking Send, you agree to our Terms of Use and
Privacy Policy.</p></aside>
<section class="similar--2nH5x"><h2 class="section-title--1zAp7">Similar vendors</h2><ul>${links(similar, 'similar-card--3wE1r')}</ul></section></main>
<footer class="global-footer--1a8Pq"><ul>${links(foot)}</ul><p>© 2026 XO Group Example LLC. All Rights Reserved.</p></footer>
<div class="cookie-banner--3r1Fp" role="dialog"><p>We use cookies to personalise your experience and for analytics and advertising.</p>
<button>Accept cookies</button><button>Manage preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"vendorId":"2081144","category":"REC"}},"page":"/marketplace/[slug]"}</script>
</body></html>`;
const venueListing: TestPage = {
  name: 'heldout243-theknot-venue-listing',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([...about, ...detailsList, ...included]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wedding Knot', ...nav, 'Log in', 'Join now', 'Wedding Vendors', 'Reception Venues', 'Ferris Glen, VT', 'View all 64 photos', '4.9', '(87 reviews)',
    'Best of Weddings 2026', 'Request Quote', 'Pricing', '$$$ – Moderate', 'Starting price: $9,500',
    'Prices shown are estimates. Contact the vendor for an exact quote.', 'Reviews', '4.9 out of 5', ...reviews.flat(), 'See more reviews',
    'Message vendor', 'First name', 'Wedding date', 'Guest count', 'Send', 'By clicking Send, you agree to our Terms of Use and Privacy Policy.',
    'Similar vendors', ...similar, ...foot, '© 2026 XO Group Example LLC. All Rights Reserved.',
    'We use cookies to personalise your experience and for analytics and advertising.', 'Accept cookies', 'Manage preferences',
  ],
};

export const HELDOUT243_C: readonly TestPage[] = [venueListing, eventPage];
