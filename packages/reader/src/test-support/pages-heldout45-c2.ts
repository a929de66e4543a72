import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 45, file c2: a Yelp business page opened from a shared review link (?hrid=), which puts that one review at
 * the top of the reviews (hashed class names, the header with search, "Yelp for Business", "Write a Review", "Log In" and
 * "Sign Up", the category bar, the photo header with name, rating, review count, "Claimed", price and categories, hours, the
 * action buttons, the highlighted review with the reviewer's passport stats, Elite badge, stars, date and reaction buttons,
 * the owner's response, two further reviews, the reservation box, "People Also Viewed", the hypernova JSON in comments and the
 * long footer).
 */
const ypBiz = 'Nonna Teresa Trattoria';
const ypTitle = 'We booked Nonna Teresa for my dad’s 70th and it could not have gone better.';
const ypReview = [
  'Fourteen of us, a mix of toddlers and grandparents, on a Saturday night, and the back room was ready with high chairs and a ' +
    'printed menu with his name on it that nobody had asked for. Our server, Luca, somehow kept track of three separate allergies ' +
    'without writing anything down.',
  'The food is the real reason to come, though. The tagliatelle with slow-cooked beef ragù was the best pasta I have had outside ' +
    'Bologna, rich but not heavy, and the fried artichokes with lemon disappeared before I got a second one. My dad had the veal ' +
    'saltimbocca and has not stopped talking about it since.',
  'Only small complaint: the tiramisu was a little too wet at the bottom, like it had been soaked a minute too long. For a ' +
    'birthday cake substitute nobody cared, and they brought out a candle and sang in Italian, which made my dad cry.',
  'We had the family set menu at $58 a head, which felt fair for four courses and a lot of good bread. Book the back room at ' +
    'least three weeks ahead for a weekend, since they only take one private party a night.',
  'Parking on El Camino is rough on weekends, so use the garage behind the bank on Laurel Street, it is free after 6 PM.',
];
const ypOwner =
  'Dana, thank you so much for celebrating with us! Luca was very proud of remembering all three allergies, and we passed your ' +
  'note on the tiramisu to the kitchen, we are trying a shorter soak this week. Please wish your dad another happy birthday from ' +
  'all of us, and come back for his 71st.';
const ypOthers: [string, string, string, string][] = [
  [
    'Marco B.',
    'Oakland, CA',
    'Oct 19, 2025',
    'Cacio e pepe was silky and properly peppery. Service slowed down a lot once the room filled up around 8, but everyone stayed friendly.',
  ],
  ['Yuki T.', 'San Carlos, CA', 'Oct 2, 2025', 'Solid neighborhood Italian. The ragù is the dish to get. Wine list is short and a bit pricey for what it is.'],
];
const ypCats = ['Restaurants', 'Home Services', 'Auto Services', 'More'];
const ypPav = ['Osteria Velluto', 'Bottega Laurel', 'Pasta Fresca SC'];
const ypFootCols: [string, string[]][] = [
  ['About', ['About Yelp', 'Careers', 'Press', 'Investor Relations', 'Trust & Safety', 'Content Guidelines', 'Accessibility Statement', 'Terms of Service']],
  ['Discover', ['Yelp Project Cost Guides', 'Collections', 'Talk', 'Events', 'Yelp Blog', 'Support', 'Yelp Mobile', 'Developers', 'RSS']],
  ['Yelp for Business', ['Business Owner Login', 'Claim your Business Page', 'Advertise on Yelp', 'Yelp for Restaurant Owners', 'Business Success Stories']],
];
const ypReactions = (a: number, b: number, c: number): string =>
  `<div class="y-css-1wfz87z" role="group" aria-label="Review reactions">${[
    ['Helpful', a],
    ['Thanks', b],
    ['Love this', c],
    ['Oh no', 0],
  ]
    .map(([t, n]) => `<button type="button" class="y-css-1ytz6mp"><span class="y-css-15wyt4m">${t}</span> <span class="y-css-1d8mpv1">${n}</span></button>`)
    .join('')}</div>`;
const ypHtml = `<!DOCTYPE html>
<html lang="en-US" prefix="og: http://ogp.me/ns#"><head><meta
charset="utf-8"><title>NONNA TERESA TRATTORIA - Updated November 2025 - 412 Photos &amp; 812 Reviews -
1120 El Camino Real, San Carlos, California - Italian - Restaurant Reviews - Phone Number - Yelp</title>
<meta name="description" content="Dana K. gave Nonna Teresa Trattoria 5 stars: ${ypTitle}">
<link rel="canonical" href="https://www.yelp.com/biz/nonna-teresa-trattoria-san-carlos">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Restaurant","name":"${ypBiz}","aggregateRating":{"@type":"AggregateRating",
"ratingValue":4.4,"reviewCount":812},"address":{"streetAddress":"1120 El Camino Real","addressLocality":"San Carlos","addressRegion":"CA"},
"priceRange":"$$","servesCuisine":"Italian"}</script>
<script type="application/json" data-hypernova-key="yelpfrontend__6823__yelpfrontend__GondolaBizDetails__dynamic" data-hypernova-id="e3a1f0"><!--{"legacyProps":
{"bizId":"q8hx2ZV1wPF0nTtZ","bizName":"Nonna Teresa Trattoria","highlightedReviewId":"hK2vX0aQ9LmP"},
"gaConfig":{"dimensions":{"biz_detail_page":"true"}}}--></script>
</head><body><div id="wrap"><div class="main-content-wrap"><yelp-react-root><div class="y-css-1hvx10e">
<header class="y-css-1d4e8x5" role="banner"><div class="y-css-1rq499d"><a href="/" class="y-css-1dr6v7g"><span class="y-css-1ajkcxj">Yelp</span></a>
<form class="y-css-tkf3ak" role="search" action="/search"><label class="y-css-1wufkn2" for="search_description">Find</label><input id="search_description"
placeholder="things to do, nail salons, plumbers" name="find_desc"><label class="y-css-1wufkn2" for="search_location">Near</label>
<input id="search_location" placeholder="address, neighborhood, city, state or zip" name="find_loc"><button type="submit" aria-label="Search"></button></form>
<div class="y-css-10c4f1f"><a href="https://business.yelp.example/" class="y-css-1b7sk2l">Yelp for Business</a><a href="/writeareview"
class="y-css-1b7sk2l">Write a Review</a>
<a href="/login" class="y-css-8a4ybd"><span>Log In</span></a><a href="/signup" class="y-css-8a4ybd"><span>Sign Up</span></a></div></div>
<nav class="y-css-nq9f9l" aria-label="Business categories"><ul>${ypCats
  .map(
    (t) => `<li><button type="button"
class="y-css-1wxpb9m">${t}</button></li>`,
  )
  .join('')}</ul></nav>
</header><div class="photo-header__09f24__l8Erl y-css-mhg9c5" data-testid="photoHeader"><div class="photo-header-media__09f24__ojlZt">
<img alt="Photo of Nonna Teresa Trattoria - San Carlos, CA, US. Tagliatelle al ragù" src="https://s3-media0.fl.yelpcdn.example/bphoto/nT4q/o.jpg"></div>
<div class="photo-header-content-container__09f24__jDLBB"><div class="photo-header-content__09f24__q7rNO"><h1 class="y-css-olzveb">${ypBiz}</h1>
<div class="arrange__09f24__LDfbs y-css-1iacsws"><div class="y-css-scqtta" aria-label="4.4 star rating" role="img"></div><span class="y-css-1jz061g">4.4</span>
<span class="y-css-1jz061g"><a href="#reviews" class="y-css-1x1e1r2">(812 reviews)</a></span></div><div class="arrange__09f24__LDfbs">
<span class="y-css-1gfcnli"><span aria-label="Verified by Business"></span>Claimed</span><span class="y-css-1jz061g">•</span><span
class="y-css-1jz061g">$$</span>
<span class="y-css-1jz061g">•</span><span class="y-css-1jz061g"><a href="/search?cflt=italian&amp;find_loc=San+Carlos">Italian</a>,
<a href="/search?cflt=wine_bars">Wine Bars</a></span></div><div class="arrange__09f24__LDfbs"><span class="y-css-kbb25p">Open</span>
<span class="y-css-1jz061g">5:00 PM - 10:00 PM</span><a href="#location-and-hours" class="y-css-1x1e1r2">See hours</a></div></div>
<a href="/biz_photos/nonna-teresa-trattoria-san-carlos" class="y-css-1wy39b0">See all 412 photos</a></div></div>
<div class="main-content__09f24__iMdfx"><div class="y-css-1ukt9s3"><div class="y-css-1iacsws" data-testid="biz-actions">
<a href="/writeareview/biz/q8hx2ZV1wPF0nTtZ" class="y-css-4w1zmr"><span>Write a review</span></a><button type="button"
class="y-css-1wxpb9m"><span>Add photo</span></button>
<button type="button" class="y-css-1wxpb9m"><span>Share</span></button><button type="button" class="y-css-1wxpb9m"><span>Save</span></button></div>
<section aria-label="Recommended Reviews" id="reviews" class="y-css-1790tv2"><div class="y-css-1t5ovcd"><h2 class="y-css-1ivbrsj">Recommended Reviews</h2>
<p class="y-css-1jwbncq">Your trust is our top concern, so businesses can't pay to alter or remove their reviews.
<a href="/guidelines">Learn more about reviews</a>.</p></div><ul class="list__09f24__ynIEd">
<li class="y-css-1sqelp2" data-highlighted="true"><div class="y-css-1yq3zbq" data-testid="review-hK2vX0aQ9LmP"><div class="user-passport-info y-css-1iacsws">
<div class="y-css-1ntacys"><a href="/user_details?userid=Pk3" class="y-css-12ly5yx">Dana K.</a></div><div class="y-css-1wu9rcv">
<span class="y-css-h9c2fl">Redwood City, CA</span></div><div class="user-passport-stats__09f24__lYNkS"><span aria-label="Friends">112</span>
<span aria-label="Reviews">47</span><span aria-label="Photos">206</span></div><a href="/elite" class="y-css-1u5qbzi"><span>Elite 25</span></a></div>
<div class="arrange__09f24__LDfbs"><div class="y-css-scqtta" aria-label="5 star rating" role="img"></div><span class="y-css-1d8mpv1">Oct 28, 2025</span></div>
<div class="y-css-1wyyb9r"><span class="y-css-1m9y7os">1 photo</span></div><p class="comment__09f24__D0cxf y-css-1wfz87z"><span class="raw__09f24__T4Ezm"
lang="en">${ypTitle}<br><br>
${ypReview.join('<br><br>')}</span></p>${ypReactions(12, 3, 5)}
<div class="y-css-8yq4oq" data-testid="business-owner-response"><div class="y-css-1iacsws"><img alt="Teresa M." src="/owner.jpg" class="y-css-1x7zkyv">
<div><p class="y-css-ujdhm0">Teresa M.</p><p class="y-css-1d8mpv1">Business Owner</p></div></div><span class="y-css-1d8mpv1">Oct 30, 2025</span>
<p class="y-css-1wfz87z"><span class="raw__09f24__T4Ezm" lang="en">${ypOwner}</span></p></div></div></li>
${ypOthers
  .map(
    ([
      who,
      where,
      when,
      t,
    ]) => `<li class="y-css-1sqelp2"><div class="y-css-1yq3zbq"><div class="user-passport-info y-css-1iacsws"><a href="/user_details?userid=${who.length}"
class="y-css-12ly5yx">${who}</a><span class="y-css-h9c2fl">${where}</span></div><div class="arrange__09f24__LDfbs"><div class="y-css-scqtta"
aria-label="4 star rating"
role="img"></div><span class="y-css-1d8mpv1">${when}</span></div><p class="comment__09f24__D0cxf y-css-1wfz87z"><span class="raw__09f24__T4Ezm"
lang="en">${t}</span></p>
</div></li>`,
  )
  .join('\n')}</ul><div class="pagination__09f24__VRjN4" role="navigation" aria-label="Pagination navigation">
<span class="y-css-1d8mpv1">1 of 82</span><a href="?start=10" aria-label="Next">Next Page</a></div></section>
<section aria-label="Location &amp; Hours" id="location-and-hours"><h2 class="y-css-1ivbrsj">Location &amp; Hours</h2>
<address class="y-css-1yq3zbq"><p>1120 El Camino Real</p><p>San Carlos, CA 94070</p></address><a
href="/map/nonna-teresa-trattoria-san-carlos">Get directions</a>
<table class="hours-table__09f24__KR8wh"><tbody><tr><th>Mon</th><td>Closed</td></tr>
<tr><th>Tue - Sun</th><td>5:00 PM - 10:00 PM</td></tr></tbody></table></section>
</div><aside class="y-css-1d2yy1c" aria-label="Sidebar"><section class="y-css-1c2cixf"><h3 class="y-css-1bs8f8f">Make a Reservation</h3>
<select aria-label="Party size"><option>2 people</option></select><button type="button" class="y-css-4w1zmr">Find a Table</button></section>
<section class="y-css-1c2cixf"><a href="/biz_redir?url=nonnateresa.example" class="y-css-1x1e1r2">nonnateresa.example</a><p>(650) 555-0142</p>
<a href="/map/nonna-teresa-trattoria-san-carlos">Get Directions</a><p>1120 El Camino Real San Carlos, CA 94070</p></section>
<section class="y-css-1c2cixf"><h3 class="y-css-1bs8f8f">People Also Viewed</h3><ul>${links(ypPav)}</ul></section></aside></div>
<footer class="y-css-tzs7hc" role="contentinfo">${ypFootCols
  .map(
    ([h, ls]) => `<div class="y-css-ddaexp"><p
class="y-css-1cjrdau">${h.replace(/&/g, '&amp;')}</p><ul>${links(ls)}</ul></div>`,
  )
  .join('\n')}
<div class="y-css-ddaexp"><p class="y-css-1cjrdau">Languages</p><button>English</button><p
class="y-css-1cjrdau">Countries</p><button>United States</button></div>
<p class="y-css-1x4ggph">Copyright © 2004–2025 Yelp Inc. Yelp, Elite Squad, <img alt="Yelp logo" src="/logo.svg">, <img alt="Yelp burst" src="/burst.svg"> and
related marks are registered trademarks of Yelp.</p></footer></div></yelp-react-root></div></div>
<script nonce="k2J0" src="https://s3-media0.fl.yelpcdn.example/assets/public/biz-details.yji-3b1f.js"></script></body></html>`;
export const yelpReview: TestPage = {
  html: ypHtml,
  name: 'heldout45-yelp-single-review',
  kind: 'blog',
  // the shared review is the article: it has no title of its own, so its first line is the title and the rest is body; the
  // owner's response is a reply to it: body; "Dana K.", her date, "Teresa M." (the owner's title "Business Owner" is furniture)
  // and the response date are bylines; the two further reviews are other posts about the business, not replies to this one:
  // furniture (names, towns, dates, text), as are the business header (name, rating, "(812 reviews)", "Claimed", price,
  // categories, hours), the reviewer's home town, passport stats and "Elite 25", "1 photo", the reactions, "Recommended
  // Reviews" with its trust note, the pager, "Location & Hours", the reservation box, contact rail, "People Also Viewed",
  // header, category bar and footer; the category "Italian" and the footer's "About" are words of the review ("sang in
  // Italian", "talking about it"): left out; the two "Get directions" links and the two "Yelp for Business" count once
  title: ypTitle,
  headings: [],
  body: [...texts(ypReview), ypOwner],
  bylines: ['Dana K.', 'Oct 28, 2025', 'Teresa M.', 'Oct 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Yelp', 'Find', 'Near', 'Yelp for Business', 'Write a Review', 'Log In', 'Sign Up', ...ypCats, ypBiz, '4.4', '(812 reviews)', 'Claimed', '$$',
    'Wine Bars', '5:00 PM - 10:00 PM', 'Open', 'See hours', 'See all 412 photos', 'Add photo', 'Share', 'Save', 'Recommended Reviews',
    "Your trust is our top concern, so businesses can't pay to alter or remove their reviews. Learn more about reviews.", 'Redwood City, CA',
    '112', '47', '206', 'Elite 25', '1 photo', 'Helpful', 'Thanks', 'Love this', 'Oh no', '12', '3', '5', '0', 'Business Owner', ...ypOthers.flat(),
    '1 of 82', 'Next Page',
    'Location & Hours', '1120 El Camino Real', 'San Carlos, CA 94070', 'Get directions', 'Mon', 'Closed', 'Tue - Sun', 'Make a Reservation',
    '2 people', 'Find a Table', 'nonnateresa.example', '(650) 555-0142', 'People Also Viewed', ...ypPav,
    ...ypFootCols.flatMap(([h, ls]) => [h, ...ls]).filter((t) => t !== 'About' && t !== 'Yelp for Business'),
    'Languages', 'English', 'Countries', 'United States',
    'Copyright © 2004–2025 Yelp Inc. Yelp, Elite Squad,', 'and related marks are registered trademarks of Yelp.',
  ],
};
