import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 234, file b2: a Vivino wine page (header with search and cart, winery/region breadcrumb, average rating,
 * price box with "Add to cart", highlights, taste characteristics, food pairing chips, community reviews with user names,
 * ratings, dates and like/comment counts, "Show more reviews", app banner, cookie notice, footer).
 */
const vvTitle = 'Quinta do Alvar Reserva Tinto 2021';
const vvHighlights = [
  'Among top 5% of all wines in the world',
  'Among top 3% of all red wines from the Dão Valley',
  'Vivino users say this wine is a great value for the price',
];
const vvReviews = [
  'Deep ruby. Blackberry, violet and a bit of pencil shavings. Firm but ripe tannins and a long, slightly peppery finish. ' +
    'Needed an hour in the decanter to open up. Excellent with roast lamb.',
  'Surprisingly elegant for the price. More red fruit than I expected, fresh acidity, none of the jammy heaviness I was ' +
    'worried about. Will buy a few more bottles to lay down.',
  'Good but a little closed right now. Oak is noticeable on the nose and the fruit is hiding behind it. Try again in two years.',
  'Opened with friends at a barbecue and it disappeared in twenty minutes. Plum, cherry, a touch of smoke. Easy to like.',
  'Compared side by side with the 2019: this one is tighter and more mineral, the 2019 rounder. Both lovely, different moods.',
];
const vvUsers = ['Inês Carvalho', 'Marco Delvaux', 'Helena Brandt', 'Jonah Tiller', 'Sofia Ramalho'];
const vvDates = ['Nov 22, 2026', 'Nov 9, 2026', 'Oct 30, 2026', 'Oct 18, 2026', 'Oct 2, 2026'];
const vvNav = ['Wines', 'Offers', 'Pairings', 'Grapes', 'Regions'];
const vvFoot = ['About Vivino', 'Careers', 'Press', 'Help', 'Terms of use', 'Privacy policy', 'Do not sell my personal information'];
const vvFood = ['Beef', 'Lamb', 'Game (deer, venison)', 'Mature and hard cheese'];
const vvReviewHtml = vvReviews
  .map(
    (r, i) => `<div class="communityReview__review--3aeq2" data-testid="review"><div class="communityReview__rating">
<span class="rating__rating">4.${2 + (i % 3)}</span></div>
<p class="communityReview__reviewContent--3xA5s">${r}</p><div class="communityReview__footer"><a class="anchor_anchor" href="/users/u${i}">${vvUsers[i]}</a>
<span class="communityReview__ratingsCount">(${40 + i * 13} ratings)</span><a class="communityReview__date" href="/reviews/${i}">${vvDates[i]}</a>
<span class="likes">${3 + i}</span><span class="comments">${i}</span></div></div>`,
  )
  .join('\n');
const vvHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quinta do Alvar Reserva Tinto 2021 | Vivino</title>
<meta name="description" content="A Red wine from Dão, Portugal. Made from Touriga Nacional, Jaen, Alfrocheiro.">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Product",
"name":"Quinta do Alvar Reserva Tinto 2021","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.2","reviewCount":"1873"}}</script>
<script src="https://web-common.vivino.com/assets/vendor.js" defer></script></head>
<body><div id="wine-page-lower-section"></div><header class="navigation_navigation"><a href="/" aria-label="Vivino"></a>
<nav><ul>${links(vvNav)}</ul></nav><input placeholder="Search any wine"><a href="/cart">Cart</a><a href="/login">Log in</a><a href="/signup">Sign up</a>
</header>
<main><div class="winePageHeader"><div class="wineHeadline"><a class="winery" href="/wineries/quinta-do-alvar">Quinta do Alvar</a>
<h1 class="headline"><span class="vintage">${vvTitle}</span></h1><div class="breadCrumbs"><a href="/portugal">Portugal</a> / <a href="/dao">Dão</a></div></div>
<div class="vivinoRating_averageValue">4.2</div><div class="vivinoRating_caption">1,873 ratings</div>
<div class="purchaseAvailability"><span class="purchaseAvailability__price">$24.99</span><span>Price per bottle</span><button>Add to cart</button>
<span>Sold by Corkline Wines</span></div></div>
<section class="wineFacts"><h2 class="wineFacts__title">Highlights</h2><ul>${vvHighlights.map((h) => `<li class="highlight">${h}</li>`).join('')}</ul></section>
<section class="tasteStructure"><h2>What does this wine taste like?</h2><table><tr><td>Light</td><td>Bold</td></tr><tr><td>Smooth</td><td>Tannic</td></tr>
<tr><td>Dry</td><td>Sweet</td></tr></table></section>
<section class="foodPairing"><h2>Food that goes well with this wine</h2><ul>${vvFood.map((f) => `<li><a href="/food">${f}</a></li>`).join('')}</ul></section>
<section class="communityReviews"><h2>Community reviews</h2><div class="tabs"><button>Helpful</button><button>Recent</button></div>${vvReviewHtml}
<button class="showMore">Show more reviews</button></section>
<aside class="appBanner"><p>Scan wine labels and find the right wine with the Vivino app</p><a href="/app">Get the app</a></aside></main>
<footer><ul>${links(vvFoot)}</ul><p>© Vivino 2026</p><p>Please drink responsibly.</p></footer>
<div class="cookieConsent"><p>We use cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.</p>
<button>Accept</button><button>Manage preferences</button></div></body></html>`;

export const VIVINO_PAGE: TestPage = {
  name: 'heldout234-vivino-wine-forum',
  kind: 'forum',
  html: vvHtml,
  title: vvTitle,
  headings: [],
  // the highlights are the wine's own facts (body); the reviews are the posts
  body: texts([...vvHighlights, ...vvReviews]),
  bylines: [...vvUsers, ...vvDates],
  // biome-ignore format: packed
  furniture: [
    ...vvNav, 'Cart', 'Log in', 'Sign up', 'Quinta do Alvar', 'Portugal', '1,873 ratings', '$24.99', 'Price per bottle', 'Add to cart',
    'Sold by Corkline Wines', 'Highlights', 'What does this wine taste like?', 'Light', 'Bold', 'Smooth', 'Tannic', 'Dry', 'Sweet',
    'Food that goes well with this wine', ...vvFood, 'Community reviews', 'Helpful', 'Recent', '(40 ratings)', 'Show more reviews',
    'Scan wine labels and find the right wine with the Vivino app', 'Get the app', ...vvFoot, '© Vivino 2026', 'Please drink responsibly.',
    'We use cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.', 'Accept', 'Manage preferences',
  ],
};
