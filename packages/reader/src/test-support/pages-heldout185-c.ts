import { links, type TestPage } from './page-kit.js';
import { discogsPage } from './pages-heldout185-c2.js';

/**
 * Held-out batch 185, file c: a Metacritic game page (the Fandom-era template: global nav with "Log In", the product hero with
 * platform pills, the Metascore and user score blocks with their sentiment labels and counts, the summary, "Where to Buy", the
 * "Critic Reviews" cards with outlet, score, date and "Read More", the score distribution, "Details & Credits", "More Like This",
 * the footer and the consent banner) and, from file c2, a Discogs release page with notes.
 */
const mcTitle = 'Tidewater Lanterns';
const summary =
  'Tidewater Lanterns is a narrative exploration game set in a drowned coastal town. Guide a lamplighter’s apprentice through ' +
  'flooded streets by night, relighting the beacons that keep the ferries safe and uncovering why the town’s founders built it ' +
  'below the tide line in the first place.';
const reviews: [string, string, string, string][] = [
  [
    'Pixel Harbor',
    '95',
    'Oct 7, 2025',
    'Tidewater Lanterns is a rare thing: a quiet game that never feels slight. Every street you relight changes how the whole town ' +
      'looks and sounds, and by the end you know it as well as your own neighborhood.',
  ],
  [
    'Console Quarterly',
    '90',
    'Oct 7, 2025',
    'The lighting system is the star here. Watching the water catch each new beacon is so satisfying that I went back to finished ' +
      'districts just to see them again.',
  ],
  [
    'Save Point Weekly',
    '88',
    'Oct 8, 2025',
    'A gentle, melancholy adventure with some of the best environmental storytelling of the year, held back only slightly by ' +
      'a few fiddly platforming sections in the second act.',
  ],
  [
    'GameSpire',
    '80',
    'Oct 9, 2025',
    'The story takes a while to find its feet, and the puzzles never get especially hard, but the atmosphere is so thick you ' +
      'could wade through it. Play it with headphones, late at night.',
  ],
  [
    'Lag Free Review',
    '70',
    'Oct 10, 2025',
    'Beautiful and often moving, but at around twelve hours it overstays its welcome. The final chapter repeats the same beacon ' +
      'puzzle three times with only small variations.',
  ],
  [
    'Indie Lantern',
    '85',
    'Oct 7, 2025',
    'Brackwater Studio has built a town you want to learn by heart. The writing is spare and sad and often funny, and the small side ' +
      'stories about the residents you meet on your rounds land harder than the main mystery.',
  ],
  [
    'Handheld Herald',
    '75',
    'Oct 11, 2025',
    'On the Xbox Series X the frame rate dips in the busiest districts, which takes some of the shine off the lighting. ' +
      'Otherwise this is a lovely, thoughtful game that deserves a patient audience.',
  ],
  [
    'Respawn Daily',
    '65',
    'Oct 12, 2025',
    'I admired Tidewater Lanterns more than I enjoyed it. The art direction is stunning, yet the slow movement speed made ' +
      'backtracking a chore, and I never felt much urgency in its mystery.',
  ],
];
const details = [
  ['Developer', 'Brackwater Studio'],
  ['Publisher', 'Kestrel Interactive'],
  ['Platforms', 'PC, PlayStation 5, Xbox Series X'],
  ['Release Date', 'Oct 7, 2025'],
  ['Rating', 'E10+'],
  ['Genres', 'Adventure, Exploration'],
];
const nav = ['Games', 'Movies', 'TV Shows', 'Music'];
const platforms = ['PC', 'PlayStation 5', 'Xbox Series X'];
const buy = ['Where to Buy', 'Steam', 'PlayStation Store', 'Xbox Store'];
const dist = ['Positive Reviews', '61', 'Mixed Reviews', '12', 'Negative Reviews', '1'];
const more = ['Harbor of Glass', 'The Last Keeper', 'Ashfall Valley', 'Salt & Signal'];
const foot = [
  'Home',
  'Games',
  'Movies',
  'TV',
  'Music',
  'About',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
  'Cookie Preferences',
  'Contact',
];
const consent = 'We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.';
const card = ([outlet, score, date, quote]: [string, string, string, string]): string =>
  `<div class="c-siteReview g-bg-gray10 u-grid g-outer-spacing-bottom-large" data-testid="product-review">
<div class="c-siteReviewHeader"><div class="c-siteReviewScore c-siteReviewScore_${Number(score) >= 75 ? 'green' : 'yellow'}"><span>${score}</span></div>
<div class="c-siteReviewHeader_publisherLogo"><a class="c-siteReviewHeader_username" href="/publication/${outlet
    .toLowerCase()
    .replace(/ /g, '-')}">${outlet}</a></div>
<div class="c-siteReviewHeader_reviewDate g-color-gray80 u-text-uppercase">${date}</div></div>
<div class="c-siteReview_quote g-outer-spacing-bottom-small"><span>${quote}</span></div>
<div class="c-siteReview_extra"><a class="c-siteReview_externalLink" href="https://${outlet.length}.example/review" rel="noopener">Read More</a></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><meta charset="utf-8">
<title>Tidewater Lanterns Reviews - Metacritic</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${summary}"><meta property="og:title" content="Tidewater Lanterns Reviews - Metacritic"><meta property="og:type"
content="website">
<link rel="canonical" href="https://www.metacritic.example/game/tidewater-lanterns/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoGame","name":"${mcTitle}","gamePlatform":["PC","PlayStation 5",
"Xbox Series X"],"aggregateRating":{"@type":"AggregateRating","ratingValue":86,"bestRating":100,"reviewCount":74},"publisher":[{"@type":"Organization",
"name":"Kestrel Interactive"}]}</script>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{}]}}(null,false));</script>
<script src="/a/neutron/chunks/app.4f81c2.js" defer></script></head>
<body><div id="__nuxt"><div id="__layout"><div class="c-layoutDefault">
<header class="c-globalHeader"><a class="c-globalHeader_logo" href="/" aria-label="Metacritic home"><svg></svg></a>
<nav class="c-globalHeader_menu"><ul>${links(nav, 'c-globalHeader_menu_item')}</ul></nav>
<div class="c-globalHeader_search"><input type="text" aria-label="Search" placeholder="Search"></div><a class="c-globalHeader_login"
href="/login">Log In</a></header>
<div class="c-adDisplay_container" id="leader_plus_top"><span class="c-adDisplay_label">Advertisement</span></div>
<div class="c-productHero"><div class="c-productHero_title g-inner-spacing-bottom-medium"><h1>${mcTitle}</h1></div>
<div class="c-gamePlatformsSection">${platforms.map((p) => `<span class="c-gamePlatformTile">${p}</span>`).join('\n')}</div>
<div class="c-productScoreInfo"><div class="c-productScoreInfo_scoreContent"><span class="c-productScoreInfo_title">Metascore</span>
<span class="c-productScoreInfo_text">Generally Favorable</span><a class="c-productScoreInfo_reviewsTotal"
href="/game/tidewater-lanterns/critic-reviews/">Based on 74 Critic Reviews</a>
<div class="c-siteReviewScore c-siteReviewScore_green"><span>86</span></div></div>
<div class="c-productScoreInfo_scoreContent"><span class="c-productScoreInfo_title">User Score</span><span class="c-productScoreInfo_text">Generally
Favorable</span>
<a class="c-productScoreInfo_reviewsTotal" href="/game/tidewater-lanterns/user-reviews/">Based on 918 User Ratings</a>
<div class="c-siteReviewScore c-siteReviewScore_user"><span>8.1</span></div></div></div>
<div class="c-productHero_summary"><span class="c-productDetails_summary">Summary:</span>
<span class="c-productDetails_description g-text-xsmall">${summary}</span></div>
<div class="c-productHero_buy"><h3>${buy[0]}</h3><ul>${links(buy.slice(1), 'c-buyButton')}</ul></div></div>
<section class="c-reviewsSection"><div class="c-reviewsSection_header"><h2 class="c-sectionHeader_title">Critic Reviews</h2>
<a class="c-sectionHeader_link" href="/game/tidewater-lanterns/critic-reviews/">View All</a></div>
<div class="c-reviewsSection_carousel">${reviews.map(card).join('\n')}</div>
<div class="c-reviewsStats">${[0, 2, 4]
  .map((i) => `<div class="c-reviewsStats_item"><span>${dist[i]}</span><span>${dist[i + 1]}</span></div>`)
  .join('\n')}</div></section>
<section class="c-productDetails"><h2 class="c-sectionHeader_title">Details &amp; Credits</h2><ul class="c-productDetails_list">
${details.map(([k, v]) => `<li class="c-productDetails_staff"><span class="g-weight-bold">${k}:</span> <span>${v}</span></li>`).join('\n')}</ul></section>
<section class="c-productRecommendations"><h2 class="c-sectionHeader_title">More Like This</h2><ul>${links(more, 'c-globalCarousel_item')}</ul></section>
<footer class="c-globalFooter"><ul>${links(foot, 'c-globalFooter_link')}</ul><p class="c-globalFooter_copyright">© 2025 Fandom,
Inc. All rights reserved.</p></footer>
</div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${consent}</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Show Purposes</button></div></div></body></html>`;
const metacritic: TestPage = {
  html,
  name: 'heldout185-metacritic-game',
  kind: 'wiki',
  // the summary and the critics' quotes are body; outlets and review dates are bylines; scores, score labels and counts are
  // furniture; the "Details & Credits" list is in neither list (data, not prose), its heading too
  title: mcTitle,
  headings: ['Critic Reviews'],
  body: [summary, ...reviews.map((r) => r[3])],
  bylines: reviews.flatMap((r) => [r[0], r[2]]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Log In', 'Advertisement', ...platforms, 'Metascore', 'Generally Favorable', 'Based on 74 Critic Reviews', 'User Score',
    'Based on 918 User Ratings', '86', '8.1', 'Summary:', ...buy, 'View All', ...reviews.map((r) => r[1]), 'Read More', ...dist, 'More Like This', ...more,
    ...foot, '© 2025 Fandom, Inc. All rights reserved.', consent, 'I Accept', 'Show Purposes',
  ],
};

export const HELDOUT185_C: readonly TestPage[] = [metacritic, discogsPage];
