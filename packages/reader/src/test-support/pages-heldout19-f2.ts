import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 19, file f2: a local restaurant review on a city magazine site (magazine masthead and nav, "Dining"
 * kicker, headline and dek, byline with photographer credit, the rating box with stars, price range, cuisine, address,
 * hours and phone, "Best of" badges, the review text with a pull quote and an h3 per course, "Related" reviews, the newsletter
 * signup, an ad label, the cookie banner and the footer).
 */
const rvTitle = 'Review: At Salt & Ember, a Tiny Basque Grill Makes the Case for Cooking Over Wood';
const rvDek = 'A 28-seat room on Alder Street turns a wood fire into the best meal in the Eastgate neighborhood.';
const rvBody1 = [
  'The first thing you notice at Salt &amp; Ember is the smell of oak smoke, which reaches the sidewalk long before you reach the door. ' +
    'The second is the grill itself, a waist-high iron frame with a hand crank that lifts the grate away from the coals.',
  'Chef Ines Aranburu, who cooked for six years in San Sebastián before moving here, runs that crank like a sound engineer at a ' +
    'mixing desk, raising a whole turbot a few inches when the fat starts to flare.',
];
const rvH1 = 'Start with the small plates';
const rvBody2 = [
  'The peppers from the grill arrive blistered and salty, and the anchovy toast with green tomato is sharp enough to wake up the ' +
    'whole table. Skip the bread basket and order a second plate of those instead.',
];
const rvH2 = 'Then share the fish';
const rvBody3 = [
  'The turbot, priced by weight and meant for two or three, is the reason to come. Its skin crackles, its flesh pulls away in ' +
    'clean white flakes, and it comes with nothing but a vinegar sauce that is poured over at the table.',
  'The one misstep on my visits was the lamb shoulder, which was tender but under-seasoned, as if the kitchen had saved all its ' + 'salt for the fish.',
  'Desserts are short and simple. The burnt cheesecake, cracked and almost black on top, is worth the wait for it to cool.',
];
const rvPull = '“The turbot, priced by weight and meant for two or three, is the reason to come.”';
const rvRating = [
  'Our rating',
  '★★★★☆',
  'Price range',
  '$$$',
  'Cuisine',
  'Basque, grill',
  'Address',
  '412 Alder St., Eastgate',
  'Hours',
  'Wed–Sun, 5–10 p.m.',
  'Phone',
  '(555) 013-8842',
  'Reservations',
  'Recommended',
];
const rvBadges = ['Best of the City 2025: Best New Restaurant', 'Best of the City 2025: Best Seafood'];
const rvNav = ['News', 'Food & Drink', 'Arts', 'Things to Do', 'Home', 'Best of the City', 'Events', 'Subscribe'];
const rvRelated = [
  'Review: Koji Counter Is the Omakase Bargain Downtown Needed',
  'The 25 Best Restaurants in the City Right Now',
  'Where to Eat Outdoors This Fall',
];
const rvFoot = ['About Us', 'Advertise', 'Contact', 'Careers', 'Privacy Policy', 'Terms of Use', 'Manage Cookies', '© 2025 Riverbend Monthly Media'];
const rvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rvTitle.replace(/&/g, '&amp;')} | Riverbend Monthly</title>
<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Restaurant","name":"Salt &amp; Ember"},
"reviewRating":{"ratingValue":4}}</script></head>
<body class="single single-post postid-48213 category-dining"><header class="masthead"><a href="/" class="masthead__logo">Riverbend Monthly</a>
<nav class="masthead__nav"><ul>${links(rvNav, 'menu-item')}</ul></nav><button class="masthead__search">Search</button></header>
<div class="ad-unit ad-unit--leaderboard"><span class="ad-unit__label">Advertisement</span></div>
<main class="site-main"><article class="post type-post"><header class="entry-header"><a class="entry-kicker" href="/category/dining">Dining</a>
<h1 class="entry-title">${rvTitle.replace(/&/g, '&amp;')}</h1><p class="entry-dek">${rvDek}</p>
<div class="entry-byline">By <a href="/author/celeste-morrow">Celeste Morrow</a> · Photography by <a href="/author/dev-anand">Dev Anand</a></div>
<time class="entry-date" datetime="2025-11-06">November 6, 2025</time></header>
<figure class="entry-lead"><img src="/wp-content/uploads/2025/11/salt-ember-turbot.jpg" alt="">
<figcaption>The whole turbot, cooked over oak at Salt &amp; Ember.
<span class="credit">Dev Anand</span></figcaption></figure>
<aside class="review-box"><dl>${rvRating.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('')}</dl>
<ul class="review-box__badges">${rvBadges.map((t) => `<li class="badge badge--best-of">${t}</li>`).join('')}</ul></aside>
<div class="entry-content">
${rvBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${rvH1}</h3>${rvBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-unit ad-unit--inline"><span class="ad-unit__label">Advertisement</span></div>
<h3>${rvH2}</h3><p>${rvBody3[0]}</p><blockquote class="pullquote"><p>${rvPull}</p></blockquote>
${rvBody3
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div><footer class="entry-footer"><div class="share"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div></footer></article>
<section class="related-posts"><h2>Related</h2><ul>${links(rvRelated)}</ul></section>
<section class="newsletter-signup"><h2>Get the Dining Newsletter</h2><p>New openings, reviews and the best things we ate this week, every Thursday.</p>
<input placeholder="Your email"><button>Sign Up</button></section></main>
<div class="cookie-banner"><p>We use cookies to give you the best experience on our site.</p><button>Accept</button></div>
<footer class="site-footer"><ul>${links(rvFoot)}</ul></footer></body></html>`;
export const restaurantReview: TestPage = {
  html: rvHtml,
  name: 'heldout19-city-magazine-restaurant-review',
  kind: 'news',
  // the dek is body, the two h3 course heads are the headings; the pull quote repeats a body sentence word for word (in
  // neither list); "Celeste Morrow" and the date are bylines ("By" in neither), the photographer credit (byline line and
  // caption, "Dev Anand" once) furniture; the rating box with its labels and values, the "Best of" badges, the lead caption,
  // kicker, ad labels (once), share, "Related", the newsletter, cookie banner, masthead, nav and footer are furniture; the
  // nav's "Best of the City" is part of the badges (both kept), its "Home" and the rating box's "Recommended" are not body words; the
  // cuisine "Basque, grill" and the share label "Share" are words of the title and a heading: left out
  title: rvTitle,
  headings: [rvH1, rvH2],
  body: [rvDek, ...texts(rvBody1), ...texts(rvBody2), ...texts(rvBody3)],
  bylines: ['Celeste Morrow', 'November 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Riverbend Monthly', ...rvNav, 'Search', 'Advertisement', 'Dining', 'Photography by', 'Dev Anand', 'The whole turbot, cooked over oak at Salt & Ember.',
    ...rvRating.filter((t) => t !== 'Basque, grill'), ...rvBadges, 'Facebook', 'X', 'Email', 'Related', ...rvRelated, 'Get the Dining Newsletter',
    'New openings, reviews and the best things we ate this week, every Thursday.', 'Sign Up',
    'We use cookies to give you the best experience on our site.', 'Accept', ...rvFoot,
  ],
};
