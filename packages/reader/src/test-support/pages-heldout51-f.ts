import { links, type TestPage } from './page-kit.js';
import { glassdoor } from './pages-heldout51-f2.js';

/**
 * Held-out batch 51, file f: a Booking.com guest reviews page for one property (the standalone /reviews/ page as saved in
 * 2025: the header with currency, language, "List your property", "Register" and "Sign in", the product tabs, breadcrumbs,
 * the property header with address and "Reserve", the score block with subscores, traveller-type filters and sort, the
 * review list items with reviewer name, country, room, nights, traveller type, "Reviewed:" date, score, title, liked and
 * disliked lines, helpful votes and one property response, the pagination, the sign-in nudge and the long footer).
 */
const bkHotel = 'Pension Aurelia';
interface BkReview {
  who: string;
  country: string;
  room: string;
  stay: string;
  type: string;
  when: string;
  score: string;
  title: string;
  liked?: string;
  disliked?: string;
  response?: string;
}
const bkReviews: BkReview[] = [
  {
    who: 'Sophie',
    country: 'United Kingdom',
    room: 'Superior Double Room with Garden View',
    stay: '3 nights · October 2025',
    type: 'Couple',
    when: 'Reviewed: 21 October 2025',
    score: '10',
    title: 'Like staying with friends who happen to own a palazzo',
    liked:
      'Giulia and her father made us feel at home from the moment we arrived. The room looked onto a garden full of lemon ' +
      'trees, breakfast was served on the terrace with cakes baked that morning, and we were two minutes from the walls.',
    disliked: 'Nothing at all, although the stairs to the second floor are a workout with heavy cases.',
  },
  {
    who: 'Markus',
    country: 'Germany',
    room: 'Classic Double Room',
    stay: '2 nights · October 2025',
    type: 'Solo traveller',
    when: 'Reviewed: 14 October 2025',
    score: '8.0',
    title: 'Good value, thin walls',
    liked: 'Excellent location inside the old town, spotless room and very helpful advice about where to eat.',
    disliked: 'The room next to the breakfast room is noisy from half past seven. Ask for a room on the garden side if you are a ' + 'light sleeper.',
    response:
      'Dear Markus, thank you for your stay and for the tip. We have since moved the coffee machine to the other side of the ' +
      'breakfast room, and we now offer earplugs in the Classic rooms. We hope to see you again.',
  },
  {
    who: 'Anneliese',
    country: 'Netherlands',
    room: 'Family Room',
    stay: '4 nights · September 2025',
    type: 'Family',
    when: 'Reviewed: 29 September 2025',
    score: '9.0',
    title: 'Perfect base for cycling the walls with children',
    liked:
      'The family room was big enough for two children to spread out, the hosts lent us bicycles for free, and the bakery ' +
      'recommendation was the highlight of our holiday according to our son.',
    disliked: 'Parking is a fifteen-minute walk away outside the walls, which is normal for Lucca but worth knowing.',
  },
  {
    who: 'Tomás',
    country: 'Spain',
    room: 'Superior Double Room with Garden View',
    stay: '1 night · September 2025',
    type: 'Couple',
    when: 'Reviewed: 18 September 2025',
    score: '9.0',
    title: 'Exceptional',
    liked: 'Beautiful old building with original frescoes on the ceiling, and a very quiet night.',
  },
  {
    who: 'Priya',
    country: 'India',
    room: 'Classic Double Room',
    stay: '3 nights · September 2025',
    type: 'Group',
    when: 'Reviewed: 7 September 2025',
    score: '7.0',
    title: 'Lovely hosts, tricky check-in',
    liked: 'The owners are kind and full of suggestions, and the breakfast has real Italian coffee.',
    disliked:
      'We arrived after eight in the evening and had to wait forty minutes for someone to let us in. The self check-in ' +
      'instructions only arrived the next day.',
  },
];
const bkTabs = ['Stays', 'Flights', 'Flight + Hotel', 'Car rental', 'Attractions', 'Airport taxis'];
const bkCrumbs = ['Home', 'Italy', 'Tuscany', 'Lucca', bkHotel, 'Reviews'];
const bkSub = ['Staff', '9.4', 'Facilities', '8.6', 'Cleanliness', '9.1', 'Comfort', '8.9', 'Value for money', '8.8', 'Location', '9.5', 'Free WiFi', '8.3'];
const bkFilters = ['All reviewers (1,247)', 'Families (214)', 'Couples (623)', 'Groups of friends (139)', 'Solo travellers (171)', 'Business travellers (100)'];
// biome-ignore format: the footer columns are packed several to a line to keep the file short
const bkFoot = ['Mobile version', 'Your account', 'Make changes to your online bookings', 'Customer Service help', 'Become an affiliate',
  'Booking.com for Business', 'Countries', 'Regions', 'Cities', 'Districts', 'Airports', 'Hotels', 'Places of interest', 'Unique places to stay',
  'About Booking.com', 'Terms & Conditions', 'Privacy & cookie statement', 'MSA statement', 'Contact Customer Service', 'Partner help', 'Careers',
  'Sustainability', 'Press centre', 'Investor relations'];
const bkItem = (r: BkReview, i: number): string => `<li class="review_item clearfix" itemprop="review" itemscope itemtype="http://schema.org/Review"
 data-review-url="d8e1c${i}4a7b2"><div class="review_item_reviewer"><h4 class="reviewer_name" itemprop="author" itemscope itemtype="http://schema.org/Person">
<span itemprop="name">${r.who}</span></h4><span class="reviewer_country"><span class="bui-avatar-block__flag"></span> ${r.country}</span>
<div class="review_item_user_review_count">1 review</div></div><div class="review_item_review"><div class="review_item_header_date">
<p class="review_staydate">${r.when}</p></div><div class="review_item_review_container lang_ltr"><div class="review_item_header_score_container">
<span class="review-score-badge" aria-label="Scored ${r.score}" role="link">${r.score}</span></div>
<div class="review_item_header_content_container"><h3 class="review_item_header_content"><span itemprop="name">${r.title}</span></h3></div>
<ul class="review_item_info_tags"><li class="review_info_tag"><span class="bicon-bed"></span> ${r.room}</li><li class="review_info_tag">${r.stay}</li>
<li class="review_info_tag">${r.type}</li></ul><div class="review_item_review_content" itemprop="reviewBody">${
  r.liked === undefined
    ? ''
    : `<p class="review_pos"><svg class="review-icon" aria-hidden="true"></svg>
<span class="bui-u-sr-only">Liked</span> · <span itemprop="reviewBody">${r.liked}</span></p>`
}${
  r.disliked === undefined
    ? ''
    : `<p class="review_neg"><svg class="review-icon" aria-hidden="true"></svg>
<span class="bui-u-sr-only">Disliked</span> · <span itemprop="reviewBody">${r.disliked}</span></p>`
}</div>${
  r.response === undefined
    ? ''
    : `<div class="review_item_response"><p class="review_item_response_title">Property response:</p>
<p class="review_item_response_content">${r.response}</p></div>`
}<div class="review_item_footer"><button class="review_helpful_button">Helpful</button><button class="review_not_helpful_button">Not helpful</button></div>
</div></div></li>`;
const bkHtml = `<!DOCTYPE html>
<html lang="en-gb" xmlns:fb="http://ogp.me/ns/fb#"><head><meta charset="utf-8"><title>${bkHotel}, Lucca – Updated 2025 Guest Reviews</title>
<meta name="description" content="Read 1,247 genuine guest reviews for ${bkHotel}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Hotel","name":"${bkHotel}","address":{"@type":"PostalAddress",
"streetAddress":"Via del Fosso 41, 55100 Lucca, Italy"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":8.9,"bestRating":10,"reviewCount":1247}}</script>
<script>window.booking = window.booking || {}; booking.env = {"b_action":"reviewlist","b_hotel_id":"3316842","b_lang":"en-gb","b_site_type":"www"};</script>
</head><body id="b2reviewsPage" class="b_reviewlist lang_is_en-gb"><header class="bui-header bui-header--logo-large" role="banner">
<div class="bui-header__main"><a class="bui-header__logo" href="/index.en-gb.html" aria-label="Booking.com">Booking.com</a>
<div class="bui-group bui-group--inline">
<button class="bui-button" aria-label="Prices in Euro">EUR</button><button class="bui-button" aria-label="Language: English (UK)">
<img alt="" src="/static/img/flags/new/48-squared/gb.png"></button><a class="bui-button" href="/help">Customer Service</a>
<a class="bui-button" href="https://join.booking.com/">List your property</a><a class="bui-button bui-button--secondary" href="/register">Register</a>
<a class="bui-button bui-button--secondary" href="/sign-in">Sign in</a></div></div><nav class="bui-tab bui-header__tab">
<ul>${links(bkTabs, 'bui-tab__item')}</ul></nav>
</header><div id="bodyconstraint"><div class="breadcrumb" aria-label="Breadcrumb"><ol>${bkCrumbs
  .map((t) => `<li itemprop="itemListElement"><a href="#">${t}</a></li>`)
  .join(' › ')}</ol></div>
<div class="standalone_reviews_header"><div class="standalone_header_hotel_info"><h1 class="item hotel_name"><a class="standalone_header_hotel_link"
 href="/hotel/it/pension-aurelia.en-gb.html">${bkHotel}</a></h1><p class="hotel_address">Via del Fosso 41, 55100 Lucca, Italy</p>
<a class="bui-button bui-button--primary" href="/hotel/it/pension-aurelia.en-gb.html#availability">Reserve</a></div>
<div class="review_list_score_container"><div class="review_list_score_count"><span class="review-score-badge" aria-label="Scored 8.9">8.9</span>
<span class="review-score-widget__text">Fabulous</span> · <span class="review-score-widget__subtext">1,247 reviews</span></div>
<p class="review_list_score_disclaimer">We aim for 100% real reviews</p><ul class="v2_review-scores__subscore">${bkSub
  .map((t, i) => (i % 2 === 0 ? `<li class="clearfix one_col"><p class="review_score_name">${t}</p>` : `<p class="review_score_value">${t}</p></li>`))
  .join('')}</ul></div></div>
<div class="review_list_container"><h2 class="review_list_header">Guest reviews</h2><ul class="review_filter_list" role="tablist">${bkFilters
  .map((t, i) => `<li role="tab" aria-selected="${i === 0}"><a href="#">${t}</a></li>`)
  .join('')}</ul><div class="review_sort"><label for="review_sort">Sort reviews by:</label> <select id="review_sort"><option>Most relevant</option>
<option>Newest first</option><option>Oldest first</option><option>Highest scores</option><option>Lowest scores</option></select></div>
<ul class="review_list">${bkReviews.map(bkItem).join('\n')}</ul>
<div class="review_list_pagination"><a class="page_link review_previous_page" aria-disabled="true">Previous page</a><span class="current">1</span>
<a href="?page=2">2</a><a href="?page=3">3</a> … <a href="?page=250">250</a><a class="page_link review_next_page" href="?page=2">Next page</a></div></div>
<div class="genius_signin_nudge"><p>Sign in, save money</p><p>To see if you can save 10% or more at this property, sign in</p><a href="/sign-in">Sign in</a>
<a href="/register">Create an account</a></div></div>
<footer class="footer" role="contentinfo"><ul class="footer-top-links">${links(bkFoot.slice(0, 6))}</ul><ul class="footer-nav">${links(bkFoot.slice(6))}</ul>
<p class="footer-copyright">Copyright © 1996–2025 Booking.com™. All rights reserved.</p>
<p class="footer-holdings">Booking.com is part of Booking Holdings Inc., the world leader in online travel and related services.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies to give you the best possible experience, to personalise content and to
 measure how our website is used.</p><button>Accept</button><button>Decline</button><button>Manage settings</button></div></body></html>`;
const booking: TestPage = {
  html: bkHtml,
  name: 'heldout51-booking-hotel-reviews',
  kind: 'forum',
  // a page that is only reviews: every review is body (its title, liked and disliked lines, "Liked" / "Disliked" labels in
  // neither) and so is the property's response, a reply on the list ("Property response:" in neither); the property's name
  // (the h1, not a review's title) is the title; reviewers' first names and "Reviewed:" dates are bylines; countries,
  // "1 review" counts, room names, nights and months of stay, traveller types and scores are furniture, as a poster's
  // location and rank are on a forum; the property head (address, "Reserve"), score block and subscores, filters, sort,
  // "Helpful" / "Not helpful", pagination, sign-in nudge, header, tabs, breadcrumbs, footer and banner are furniture;
  // left out as words of the body: the crumbs "Home" and "Lucca", the subscore "Location", the room "Family Room", the
  // traveller type "Family" and the button "Helpful" ("at home", "for Lucca", "Excellent location", "The family room",
  // "very helpful advice"); the response's "Dear Markus" keeps a reviewer's name inside a long body line
  title: bkHotel,
  headings: [],
  body: bkReviews.flatMap((r) => [r.title, r.liked, r.disliked, r.response].filter((t): t is string => t !== undefined)),
  bylines: [...bkReviews.map((r) => r.who), ...bkReviews.map((r) => r.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Booking.com', 'EUR', 'Customer Service', 'List your property', 'Register', 'Sign in', ...bkTabs,
    ...bkCrumbs.filter((t) => ![bkHotel, 'Home', 'Lucca'].includes(t)),
    'Via del Fosso 41, 55100 Lucca, Italy', 'Reserve', '8.9', 'Fabulous', '1,247 reviews', 'We aim for 100% real reviews',
    ...bkSub.filter((t) => t !== '8.9' && t !== 'Location'),
    'Guest reviews', ...bkFilters, 'Sort reviews by:', 'Most relevant', 'Newest first', 'Oldest first', 'Highest scores', 'Lowest scores',
    ...new Set(bkReviews.flatMap((r) => [r.country, r.room, r.stay, r.type, r.score]).filter((t) => !t.startsWith('Family'))), '1 review',
    'Not helpful', 'Previous page',
    'Next page', 'Sign in, save money', 'To see if you can save 10% or more at this property, sign in', 'Create an account', ...bkFoot,
    'Copyright © 1996–2025 Booking.com™. All rights reserved.',
    'Booking.com is part of Booking Holdings Inc., the world leader in online travel and related services.',
    'We use cookies to give you the best possible experience, to personalise content and to measure how our website is used.', 'Accept', 'Decline',
    'Manage settings',
  ],
};

export const HELDOUT51_F: readonly TestPage[] = [booking, glassdoor];
