import { links, ps, type TestPage, texts } from './page-kit.js';
import { ll, pp } from './pages-heldout330-kit.js';

/**
 * Held-out batch 330, file b: a Yelp-style business page whose reviews are the body (React markup with hashed classes,
 * search header, rating summary, photo header, action buttons, hours table, amenities, review reactions, "People also
 * viewed" rail, footer) and a cocktail bar's menu page on Squarespace 7.1 (header nav, a short intro, the menu block,
 * reservation button, announcement bar, cookie banner, footer with hours and social links).
 */
type Review = readonly [user: string, place: string, stats: string, stars: string, date: string, text: readonly string[], helpful: string];
const yName = 'Tidewell Oyster &amp; Wine Bar';
const yReviews: Review[] = [
  [
    'Marguerite P.',
    'Eastport, CA',
    '214 · 88 · 31',
    '5 star rating',
    'Feb 2, 2026',
    pp(`
      Came here for my sister’s birthday on a weeknight and it was the best night out we have had in months. We sat at the marble
      bar and the shucker, Benny, walked us through six different oysters from three bays, explaining which ones were briny and
      which were sweet. The Kumiai ones were my favorite.

      Get the fried clam roll even if you think you are full. The fries are thin and salty and the tartar sauce has a lot of dill.
      The wine by the glass list is short but every pour was generous. Service was friendly and nobody rushed us.`),
    'Helpful 12',
  ],
  [
    'Oskar T.',
    'Halden Bay, CA',
    '37 · 12 · 4',
    '3 star rating',
    'Jan 19, 2026',
    pp(`
      Food is good but the wait is out of control on weekends. We put our name down at 7 and were seated at 8:40, and the text
      system never pinged us so we almost lost the table.

      Once we sat down, the grilled octopus was tender and the chowder was rich without being gluey. Happy hour oysters are a
      real deal at two dollars each from 4 to 6, so my advice is to come early on a weekday.`),
    'Helpful 7',
  ],
  [
    'Lin W.',
    'Eastport, CA',
    '602 · 1.4k · 210',
    '4 star rating',
    'Dec 28, 2025',
    pp(`
      A reliable neighborhood spot. I like that they write the oyster list on a chalkboard every day with the harvest date. The
      crudo of the day was yellowtail with grapefruit and it was bright and clean.

      Minus one star because the room is very loud after 8 and it is hard to talk. Bathrooms are upstairs, so keep that in mind
      if anyone in your group has trouble with stairs.`),
    'Helpful 3',
  ],
];
const yHours: [string, string][] = [
  ['Mon', 'Closed'],
  ['Tue', '4:00 PM - 10:00 PM'],
  ['Wed', '4:00 PM - 10:00 PM'],
  ['Thu', '4:00 PM - 11:00 PM'],
  ['Fri', '3:00 PM - 12:00 AM (Next day)'],
  ['Sat', '12:00 PM - 12:00 AM (Next day)'],
  ['Sun', '12:00 PM - 9:00 PM'],
];
const yAmen = ll('Takes Reservations | Offers Takeout | No Delivery | Happy Hour Specials | Moderate Noise | Good for Groups');
const yAlso = ll('Saltmarsh Kitchen | The Crab Shack on Pier 9 | Verdigris Wine Room');
const yFoot = ll(`
  About Yelp | Careers | Press | Investor Relations | Trust &amp; Safety | Content Guidelines | Accessibility Statement
  Terms of Service | Privacy Policy | Ad Choices | Your Privacy Choices`).map((t) => t.replace('&amp;', '&'));
const yRev = (r: Review, i: number): string => `<li class=" y-css-1sqelp2"><div class="y-css-1ymq4ri" data-testid="review-${i}">
<div class="user-passport-info y-css-1hdccpf"><span class="y-css-w3ea6v"><a href="/user_details?userid=u${i}" class="y-css-1x1e1r2">${r[0]}</a></span>
<div class="responsive-hidden-small y-css-mhg9c5"><span class="y-css-1541nhh">${r[1]}</span></div>
<div class="user-passport-stats y-css-1xjw2hg"><span class="y-css-1d8mpv1">${r[2]}</span></div></div>
<div class="y-css-scqtta"><div class="y-css-dnttlc" aria-label="${r[3]}" role="img"></div><span class="y-css-1d8mpv1">${r[4]}</span></div>
<div class="y-css-1ivt1wc"><span class="raw__09f24__T4Ezm" lang="en">${ps(r[5], ' class="comment__09f24__D0cxf y-css-1wfz87z"')}</span></div>
<div class="y-css-10fmmcu"><button class="y-css-1ewp2ge" type="button"><span>${r[6]}</span></button><button type="button"><span>Thanks</span></button>
<button type="button"><span>Love this</span></button><button type="button"><span>Oh no</span></button></div></div></li>`;
const yHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>TIDEWELL OYSTER &amp; WINE BAR - Updated February 2026 - 412 Photos &amp; 318 Reviews - 55 Wharf Row, Eastport, California - Seafood</title>
<meta name="description" content="Tidewell Oyster and Wine Bar in Eastport. Explore other popular cuisines and restaurants near you from over 7 million
businesses.">
<meta property="og:type" content="yelpyelp:business">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Restaurant","name":"Tidewell Oyster and Wine Bar",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.4,"reviewCount":318},"priceRange":"$$"}</script>
<script>window.yelp = window.yelp || {}; window.yelp.react_root_props = {"bizId":"t1dEw3ll"};</script></head>
<body><div id="wrap"><header class="y-css-1ttcwto" role="banner"><a href="/" class="y-css-1jlvgbk" aria-label="Yelp">Yelp</a>
<form role="search"><input placeholder="tacos, cheap dinner, Max’s" aria-label="Find"><input placeholder="Eastport, CA" aria-label="Near">
<button type="submit" aria-label="Search">Search</button></form><nav class="y-css-1q4u3pb"><a href="/biz">Yelp for Business</a>
<a href="/writeareview">Write a Review</a><a href="/login">Log In</a><a href="/signup">Sign Up</a></nav></header>
<nav class="y-css-nav-cats"><ul>${links(['Restaurants', 'Home Services', 'Auto Services', 'More'])}</ul></nav>
<div class="photo-header-content__09f24__q7rNO"><div class="y-css-1tgh9ru"><h1 class="y-css-olzveb">${yName}</h1>
<div class="y-css-1jz061g"><div aria-label="4.4 star rating" role="img" class="y-css-dnttlc"></div><span class="y-css-1jz2wsw">4.4</span>
<span class="y-css-1x1e1r2"><a href="#reviews">(318 reviews)</a></span></div>
<span class="y-css-19xonnr"><svg></svg>Claimed</span><span class="y-css-1xb1pru">$$ · <a href="/c/eastport/seafood">Seafood</a>,
<a href="/c/eastport/wine_bars">Wine Bars</a></span>
<div class="y-css-1a9bvq4"><span class="y-css-qn4gww">Open</span><span class="y-css-1d8mpv1">4:00 PM - 11:00 PM</span>
<a href="#location-and-hours">See hours</a></div></div><a href="/biz_photos/tidewell" class="y-css-1ugmle">See all 412 photos</a></div>
<div class="y-css-1ypz3kl"><a href="/writeareview/biz/tidewell" class="y-css-1x8ajp0">Write a review</a><button>Add photo</button>
<button>Share</button><button>Save</button></div>
<main id="main-content" class="y-css-ctkbtm"><div class="y-css-1ubwx4s">
<section aria-label="Location &amp; Hours" id="location-and-hours"><h2 class="y-css-1smcdfo">Location &amp; Hours</h2>
<address><p class="y-css-dg8xxd">55 Wharf Row</p><p class="y-css-dg8xxd">Eastport, CA 94607</p></address>
<table class="hours-table__09f24__KR8wh y-css-1l5sfgd"><tbody>${yHours.map(([d, h]) => `<tr><th><p>${d}</p></th><td><p>${h}</p></td></tr>`).join('')}
</tbody></table></section>
<section aria-label="Amenities and More"><h2>Amenities and More</h2><ul>${yAmen.map((a) => `<li><span>${a}</span></li>`).join('')}</ul></section>
<section aria-label="Recommended Reviews" id="reviews"><h2 class="y-css-1smcdfo">Recommended Reviews</h2>
<p class="y-css-1541nhh">Your trust is our top concern, so businesses can’t pay to alter or remove their reviews.</p>
<ul class=" list__09f24__ynIEd">${yReviews.map(yRev).join('\n')}</ul>
<div class="pagination__09f24__VRjN4"><span>1 of 107</span><a href="?start=10">Next Page</a></div></section></div>
<aside class="y-css-sidebar"><section><h2>Order Food</h2><button>Start Order</button></section>
<section><h3>People Also Viewed</h3><ul>${links(yAlso)}</ul></section></aside></main>
<footer class="y-css-footer"><ul>${links(yFoot)}</ul>
<p>Copyright © 2004–2026 Yelp Inc. Yelp, Elite Squad and related marks are registered trademarks of Yelp.</p>
</footer></div></body></html>`;
const yelp: TestPage = {
  name: 'heldout330-yelp-forum',
  kind: 'forum',
  html: yHtml,
  title: 'Tidewell Oyster & Wine Bar',
  headings: [],
  body: texts(yReviews.flatMap((r) => [...r[5]])),
  bylines: yReviews.flatMap((r) => [r[0], r[4]]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Yelp for Business', 'Write a Review', 'Log In', 'Sign Up', 'Restaurants', 'Home Services', 'Auto Services', 'More',
    '(318 reviews)', 'Claimed', 'Seafood', 'Wine Bars', 'Open', '4:00 PM - 11:00 PM', 'See hours', 'See all 412 photos', 'Add photo', 'Share', 'Save',
    'Location & Hours', '55 Wharf Row', 'Eastport, CA 94607', ...yHours.flatMap(([d, h]) => [d, h]), 'Amenities and More', ...yAmen,
    'Recommended Reviews', 'Your trust is our top concern, so businesses can’t pay to alter or remove their reviews.',
    ...yReviews.flatMap((r) => [r[1], r[2], r[6]]), 'Thanks', 'Love this', 'Oh no', '1 of 107', 'Next Page', 'Order Food', 'Start Order',
    'People Also Viewed', ...yAlso, ...yFoot,
    'Copyright © 2004–2026 Yelp Inc. Yelp, Elite Squad and related marks are registered trademarks of Yelp.',
  ],
};

type Drink = readonly [name: string, desc: string, price: string];
const sIntro = pp(`
  The Copper Finch is a twenty-two seat cocktail bar under the old Ferrell cinema. Our menu changes with the seasons; the drinks
  below are what we are pouring this winter, alongside a long list of classics our bartenders will happily make on request.

  Walk-ins are always welcome at the bar. Tables for groups of five or more can be booked on weeknights.`);
const sMenu: [string, Drink[]][] = [
  [
    'Winter Signatures',
    [
      ['Smoke Signal', 'Mezcal, roasted pineapple, ancho chili, lime, a pinch of smoked salt', '$16'],
      ['Velvet Projector', 'Rye whiskey, amaro, cold-brew coffee liqueur, orange oil', '$17'],
      ['Intermission', 'Gin, pear brandy, chamomile honey, lemon, egg white', '$15'],
    ],
  ],
  [
    'Highballs',
    [
      ['Reel Change', 'Japanese whisky, yuzu soda, shiso', '$13'],
      ['Matinee Spritz', 'Bitter aperitivo, white vermouth, grapefruit, sparkling wine', '$12'],
    ],
  ],
  [
    'Zero Proof',
    [
      ['Usher', 'Seedlip-style garden spirit, cucumber, mint, tonic', '$9'],
      ['Rewind', 'Spiced apple shrub, ginger, black tea, soda', '$9'],
    ],
  ],
];
const sNote = 'Please let your bartender know about any allergies. A 20% service charge is added to parties of six or more.';
const sNav = ll('Menu | Reservations | Private Events | Gift Cards | Contact');
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Menu — The Copper Finch</title>
<meta property="og:site_name" content="The Copper Finch"><meta property="og:title" content="Menu — The Copper Finch">
<meta itemprop="name" content="Menu — The Copper Finch"><meta name="generator" content="Squarespace">
<script type="application/ld+json">{"url":"https://www.copperfinchbar.example","name":"The Copper Finch","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"The Copper Finch","address":"8 Ferrell Lane, Lower Level","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"The Copper Finch"},"collection":{"title":"Menu","typeName":"page"}};</script>
</head><body id="collection-63b1" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text">
<p>Closed Christmas Eve through Boxing Day. Happy holidays from all of us!</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.example/finch-logo.png" alt="The Copper Finch"></a></div>
<div class="header-nav"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div><div class="header-actions"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/reservations">Book a Table</a>
<a href="https://instagram.example/copperfinch" class="icon icon--fill" aria-label="Instagram"></a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b1a0">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-63b1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">Menu</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block menu-block sqs-block-menu" data-block-type="18" id="block-b2"><div class="sqs-block-content"><div class="menu-block">
<div class="menus-content"><div class="menu-wrapper"><div class="menu-section">${sMenu
  .map(
    ([h, ds]) => `<div class="menu-section-header"><h2 class="menu-section-title">${h}</h2></div>
${ds
  .map(
    ([n, d, p]) => `<div class="menu-item"><div class="menu-item-title">${n}</div><div class="menu-item-description">${d}</div>
<div class="menu-item-price-bottom">${p}</div></div>`,
  )
  .join('\n')}`,
  )
  .join('\n')}</div></div></div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-c3"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small" style="white-space:pre-wrap;">${sNote}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-button-container--center">
<a href="/reservations" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Reserve for a Group</a></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper">
<div class="sqs-html-content"><h3>The Copper Finch</h3><p>8 Ferrell Lane, Lower Level</p><p>Tuesday to Sunday, 5 pm to 1 am</p>
<p>hello@copperfinchbar.example</p></div><div class="sqs-block socialaccountlinks-v2-block"><a href="https://instagram.example/copperfinch">Instagram</a></div>
<div class="sqs-block newsletter-block"><h2 class="newsletter-form-header-title">Last Call List</h2>
<p class="newsletter-form-header-description">Menu launches, guest shifts and the odd secret party. No spam.</p>
<input type="email" placeholder="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-cta-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-text">This website uses cookies to
improve your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout330-squarespace-bar-menu-blog',
  kind: 'blog',
  html: sHtml,
  title: 'Menu',
  headings: sMenu.map(([h]) => h),
  body: texts([...sIntro, ...sMenu.flatMap(([, ds]) => ds.flatMap((d) => [...d])), sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Closed Christmas Eve through Boxing Day. Happy holidays from all of us!', ...sNav.filter((n) => n !== 'Menu'), 'Book a Table',
    'Reserve for a Group', '8 Ferrell Lane, Lower Level', 'Tuesday to Sunday, 5 pm to 1 am', 'hello@copperfinchbar.example',
    'Instagram', 'Last Call List', 'Menu launches, guest shifts and the odd secret party. No spam.', 'Sign Up',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT330_B: readonly TestPage[] = [yelp, squarespace];
