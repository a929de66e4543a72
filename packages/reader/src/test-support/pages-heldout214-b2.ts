import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 214, file b2: a Yelp business page with reviews (the header with search, "Yelp for Business", "Write a
 * Review", "Log In" and "Sign Up", the photo header with rating, review count, "Claimed", price and categories and hours, the
 * action buttons, the menu's popular dishes, "Location & Hours" with the hours table, "Amenities and More", "About the
 * Business" with the owner card, "Recommended Reviews" with its filters, user passports (location, Elite badge, counts), star
 * ratings, the reaction buttons, an owner's reply, pagination, "People Also Viewed", "Ask the Community" and the footer).
 */
const ypTitle = 'Tidewater Bakehouse';
const ypAboutHead = 'About the Business';
const ypReviewsHead = 'Recommended Reviews';
const ypAbout = [
  'We are a small neighborhood bakery baking naturally leavened bread, laminated pastries and seasonal fruit pies from scratch ' +
    'every morning, starting at 3am. Our flour is stone-milled in Petaluma and our butter comes from a creamery in Marin. We also ' +
    'serve coffee from our friends at Foghorn Roasters, and on weekends we make a short breakfast menu until we run out.',
];
const ypReviews = [
  {
    name: 'Jenna K.',
    loc: 'San Jose, CA',
    elite: true,
    stats: ['118', '245', '61'],
    date: 'Mar 8, 2026',
    text: [
      'Finally made it here after a friend would not stop talking about the morning bun, and she was right. It is flaky all the way ' +
        'through, with orange zest and a crackly sugar crust that gets all over your shirt. Worth it.',
      'The line was out the door at 9am on a Saturday but it moved quickly, maybe fifteen minutes. Seating is limited to a few stools ' +
        'inside and two benches outside, so plan to take things to go if it is busy. The sourdough loaf we brought home was still ' +
        'great toasted two days later.',
    ],
    react: ['Helpful 4', 'Thanks 0', 'Love this 3', 'Oh no 0'],
  },
  {
    name: 'Marcus D.',
    loc: 'Oakland, CA',
    elite: false,
    stats: ['12', '9', '3'],
    date: 'Feb 27, 2026',
    text: [
      'Pastries are excellent but they sold out of almost everything by 11am on a weekday, which was disappointing after a long ' +
        'drive. Got the last ham and gruyère croissant, which was very good. Coffee was fine, nothing special. Three stars because I ' +
        'wish they baked a bit more or posted on Instagram when they sell out.',
    ],
    react: ['Helpful 7', 'Thanks 1', 'Love this 0', 'Oh no 1'],
    reply: {
      name: 'Mara T.',
      date: 'Feb 28, 2026',
      text:
        'Hi Marcus, thank you for making the trip and we are sorry about the empty shelves. We have started posting a sold-out ' +
        'notice on our Instagram stories and we now hold back a tray of croissants for after 11am. Hope to see you again soon.',
    },
  },
  {
    name: 'Priya S.',
    loc: 'San Francisco, CA',
    elite: true,
    stats: ['402', '688', '1205'],
    date: 'Feb 14, 2026',
    text: [
      'My go-to for birthday pies. I ordered the Meyer lemon shaker pie two days ahead over the phone and it was ready exactly when ' +
        'they said. Thin slices of whole lemon, not too sweet, and the crust holds up even after a night in the fridge.',
      'Staff are always friendly even when it is slammed. Tip: the seeded rye only comes out on Thursdays and Fridays.',
    ],
    react: ['Helpful 2', 'Thanks 1', 'Love this 5', 'Oh no 0'],
  },
];
const ypNav = ['Yelp for Business', 'Write a Review', 'Log In', 'Sign Up'];
const ypCats = ['Restaurants', 'Home Services', 'Auto Services', 'More'];
const ypHeader = [
  '4.5 (312 reviews)',
  'Claimed',
  '$$',
  'Bakeries, Coffee & Tea, Breakfast & Brunch',
  'Open',
  '7:00 AM - 3:00 PM',
  'See hours',
  'See all 418 photos',
];
const ypActions = ['Write a review', 'Add photo', 'Share', 'Save'];
const ypDishes = [
  ['Morning Bun', '58 Photos', '97 Reviews'],
  ['Seeded Rye', '12 Photos', '31 Reviews'],
  ['Shaker Lemon Pie', '9 Photos', '24 Reviews'],
];
const ypHours = [
  ['Mon', 'Closed'],
  ['Tue', '7:00 AM - 3:00 PM'],
  ['Sat', '8:00 AM - 2:00 PM'],
];
const ypAmen = ['Offers Takeout', 'No Delivery', 'Accepts Credit Cards', 'Outdoor Seating', 'Wheelchair Accessible', 'Dogs Allowed'];
const ypFilters = ['Overall rating', '312 reviews', 'Sort by', 'Yelp Sort', 'Filter by rating', 'Search reviews'];
const ypAlso = [
  ['Foghorn Roasters', 'Coffee & Tea'],
  ['Crumb & Co', 'Bakeries'],
  ['Lupine Café', 'Breakfast & Brunch'],
];
const ypFoot = ['About Yelp', 'Careers', 'Press', 'Trust & Safety', 'Content Guidelines', 'Privacy Policy', 'Terms of Service', 'Support'];
const ypAmp = (t: string): string => t.replace(/&/g, '&amp;');
const ypReview = (r: (typeof ypReviews)[number]): string => `<li class=" y-css-1sqelp2"><div class=" y-css-mhg9c5" aria-label="${r.name}">
<div class=" user-passport-info y-css-1wfz87z"><span class=" y-css-1x1e1r2"><a href="/user_details?userid=${r.stats[0]}"
class="y-css-1x1e1r2">${r.name}</a></span>
<div class=" y-css-12ly5yx"><span class=" y-css-1541nhh">${r.loc}</span></div>${
  r.elite ? '<a href="/elite" class="y-css-w3ea6v"><span class="y-css-19b6a5u">Elite 26</span></a>' : ''
}
<div class="user-passport-stats y-css-ha4i7c"><span aria-label="Friends">${r.stats[0]}</span><span aria-label="Reviews">${r.stats[1]}</span>
<span aria-label="Photos">${r.stats[2]}</span></div></div></div>
<div class=" y-css-scqtta"><div class=" y-css-dnttlc" aria-label="5 star rating" role="img"></div><span class=" y-css-1d8mpv1">${r.date}</span></div>
<div class=" y-css-1wfz87z">${r.text
  .map(
    (p) => `<p class="comment__09f24__D0cxf y-css-1wfz87z"><span class=" raw__09f24__T4Ezm"
lang="en">${p}</span></p>`,
  )
  .join('\n')}</div>
<div class=" y-css-1qn0b6x" role="group" aria-label="Reactions">${r.react
  .map(
    (x) => `<button class=" y-css-1bkn7hx"><span
class="y-css-1ugxeuq">${x}</span></button>`,
  )
  .join('')}</div>
${
  r.reply
    ? `<div class=" y-css-1xtpbvm" data-testid="business-owner-reply"><p class=" y-css-1wfz87z"><span>Comment from
</span><span>${r.reply.name}</span><span> of Tidewater Bakehouse</span></p>
<p class=" y-css-dq6d3a">Business Owner</p><span class=" y-css-1d8mpv1">${r.reply.date}</span>
<p class=" y-css-1wfz87z"><span class=" raw__09f24__T4Ezm" lang="en">${r.reply.text}</span></p></div>`
    : ''
}</li>`;
const ypHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>TIDEWATER BAKEHOUSE - Updated March 2026 - 418 Photos &amp; 312 Reviews - 2290 Shoreline Ave, Alameda,
California - Bakeries - Phone Number - Yelp</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Tidewater Bakehouse, 2290 Shoreline Ave, Alameda, CA 94501, 418 Photos, Mon - Closed, Tue - 7:00 am - 3:00 pm">
<meta property="og:title" content="Tidewater Bakehouse - Alameda, CA"><meta property="og:site_name" content="Yelp">
<link rel="canonical" href="https://www.yelp.com/biz/tidewater-bakehouse-alameda">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Tidewater Bakehouse","priceRange":"$$",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.5,"reviewCount":312},"address":{"streetAddress":"2290 Shoreline Ave","addressLocality":"Alameda",
"addressRegion":"CA","postalCode":"94501"},"telephone":"(510) 555-0172"}</script>
<link rel="stylesheet" href="https://s3-media0.fl.yelpcdn.example/assets/public/biz_details.yji-7a6e8f.css">
<script>window.yelp=window.yelp||{};yelp.react_root_props={"bizId":"Qw3vT9xLp2"};</script></head>
<body class="yelp-biz-details"><div id="main-content" class="y-css-1l3fvnx">
<header class="y-css-1bd16k8" role="banner"><a href="/" class="y-css-1k2jd2b" aria-label="Yelp"></a><form role="search" action="/search">
<input name="find_desc" placeholder="tacos, cheap dinner, Max's" aria-label="Find"><input name="find_loc" value="Alameda, CA" aria-label="Near">
<button type="submit" aria-label="Search"></button></form><nav aria-label="Account"><ul>${links(ypNav, 'y-css-1vhd7w5')}</ul></nav>
<nav aria-label="Categories"><ul class="y-css-11u8w8s">${links(ypCats, 'y-css-kw85nd')}</ul></nav></header>
<div class="photo-header__09f24__nPvxX y-css-mhg9c5"><div class="photo-header-content__09f24__q7rNO">
<h1 class=" y-css-olzveb">${ypTitle}</h1><div class=" y-css-dnttlc" aria-label="4.5 star rating" role="img"></div>
<span class=" y-css-kw85nd"><a href="#reviews">${ypHeader[0]}</a></span><span class=" y-css-1ngrw3b">${ypHeader[1]}</span>
<span class=" y-css-1d8mpv1">${ypHeader[2]}</span> <span class=" y-css-1d8mpv1"><a href="#">${ypAmp(ypHeader[3] ?? '')}</a></span>
<span class=" y-css-qavbuq">${ypHeader[4]}</span> <span class=" y-css-1d8mpv1">${ypHeader[5]}</span> <a href="#location-and-hours">${ypHeader[6]}</a>
<a class=" y-css-1x6tjyb" href="/biz_photos/tidewater-bakehouse-alameda">${ypHeader[7]}</a></div></div>
<div class=" y-css-1i9w98c"><div class="main-content-wrap main-content-wrap--full"><div class=" y-css-1sqelp2" role="group" aria-label="Business actions">
${ypActions.map((t) => `<a class=" y-css-1q4t3n6" href="#"><span class=" y-css-1ugxeuq">${t}</span></a>`).join('\n')}</div>
<section aria-label="Menu" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">Menu</h2><p class=" y-css-1wfz87z">Popular dishes</p><div class=" y-css-1srv4ap">
${ypDishes.map(([d, p, r]) => `<div class=" y-css-1he6azc"><p class=" y-css-1x1e1r2">${d}</p><p class=" y-css-1541nhh">${p} · ${r}</p></div>`).join('\n')}
</div><a href="/menu/tidewater-bakehouse-alameda">View full menu</a></section>
<section aria-label="Location &amp; Hours" id="location-and-hours" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">Location &amp; Hours</h2>
<address><p>2290 Shoreline Ave</p><p>Alameda, CA 94501</p></address><a href="#">Get directions</a><table class="hours-table__09f24__KR8wh y-css-1u1crfo"><tbody>
${ypHours.map(([d, h]) => `<tr><th><p class="day-of-the-week__09f24__JJea_">${d}</p></th><td><p class="no-wrap__09f24__c3plq">${h}</p></td></tr>`).join('\n')}
</tbody></table><a href="#">Suggest an edit</a></section>
<section aria-label="Amenities and More" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">Amenities and More</h2><div class=" y-css-1f4a3nf">
${ypAmen.map((t) => `<div class=" y-css-1ofjpde"><span class=" y-css-1541nhh">${t}</span></div>`).join('\n')}</div>
<button class=" y-css-1ktrbg7"><span>6 More Attributes</span></button></section>
<section aria-label="About the Business" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">${ypAboutHead}</h2>
<div class=" y-css-1he6azc"><p class=" y-css-ux5mu6">Mara T.</p><p class=" y-css-1541nhh">Business Owner</p></div>
${ypAbout.map((p) => `<p class=" y-css-1wfz87z"><span class=" raw__09f24__T4Ezm">${p}</span></p>`).join('\n')}
<a class=" y-css-1x6tjyb" href="#">Read more</a></section>
<section aria-label="Recommended Reviews" id="reviews" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">${ypReviewsHead}</h2>
<div class=" y-css-1sqelp2"><p class=" y-css-1wfz87z">${ypFilters[0]}</p><div aria-label="4.5 star rating" role="img"></div><p>${ypFilters[1]}</p>
<label>${ypFilters[2]}</label><button>${ypFilters[3]}</button><button>${ypFilters[4]}</button><input aria-label="Search reviews" placeholder="Search reviews">
<span class="y-css-1ugxeuq" hidden>${ypFilters[5]}</span></div>
<ul class=" list__09f24__ynIEd">
${ypReviews.map(ypReview).join('\n')}</ul>
<div class="pagination__09f24__VRjN4" role="navigation" aria-label="Pagination navigation"><span>1 of 21</span><a href="?start=10">Next Page</a></div>
</section>
<section aria-label="Ask the Community" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">Ask the Community</h2>
<p class=" y-css-1wfz87z">Yelp users haven’t asked any questions yet about Tidewater Bakehouse.</p><a href="#">Ask a Question</a></section>
<section aria-label="People Also Viewed" class=" y-css-1b3cxyg"><h2 class=" y-css-1c4x8h2">People Also Viewed</h2><ul>
${ypAlso.map(([n, c]) => `<li><h3><a href="#">${ypAmp(n ?? '')}</a></h3><p class=" y-css-1541nhh">${ypAmp(c ?? '')}</p></li>`).join('\n')}</ul></section>
</div></div></div>
<footer class="footer__09f24__Jm5J6"><ul>${links(ypFoot)}</ul><p>Copyright © 2004–2026 Yelp Inc. Yelp, Yelp logo and related marks are registered
trademarks of
Yelp.</p></footer>
<script src="https://s3-media0.fl.yelpcdn.example/assets/public/biz_details.yji-7a6e8f.js" defer></script></body></html>`;

export const yelpBusiness: TestPage = {
  html: ypHtml,
  name: 'heldout214-yelp-business-reviews',
  kind: 'forum',
  // the owner's "About the Business" text and every review and the owner's reply are body; reviewer names, the owner name and
  // review dates are bylines; locations, Elite badges, counts, reactions and the business data blocks are furniture
  title: ypTitle,
  headings: [ypAboutHead, ypReviewsHead],
  body: texts([...ypAbout, ...ypReviews.flatMap((r) => [...r.text, ...(r.reply ? [r.reply.text] : [])])]),
  bylines: ['Mara T.', ...ypReviews.flatMap((r) => [r.name, r.date]), 'Feb 28, 2026', 'Comment from Mara T. of Tidewater Bakehouse'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ypNav, ...ypCats, ...ypHeader, ...ypActions, 'Menu', 'Popular dishes', ...ypDishes.map((d) => d[0] ?? ''), ...ypDishes.map((d) => `${d[1]} · ${d[2]}`),
    'View full menu', 'Location & Hours', '2290 Shoreline Ave', 'Alameda, CA 94501', 'Get directions', ...new Set(ypHours.flat()), 'Suggest an edit',
    'Amenities and More', ...ypAmen, '6 More Attributes', 'Business Owner', 'Read more', ...ypFilters,
    ...new Set(ypReviews.flatMap((r) => [r.loc, ...r.stats, ...r.react])), 'Elite 26', '1 of 21', 'Next Page', 'Ask the Community',
    'Yelp users haven’t asked any questions yet about Tidewater Bakehouse.', 'Ask a Question', 'People Also Viewed', ...ypAlso.flat(), ...ypFoot,
    'Copyright © 2004–2026 Yelp Inc. Yelp, Yelp logo and related marks are registered trademarks of Yelp.',
  ],
};
