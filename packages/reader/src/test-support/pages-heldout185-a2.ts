import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 185, file a2: a Rotten Tomatoes movie page (rt-header with its nav and "Sign in", the media scorecard with the
 * Tomatometer and Popcornmeter, the Critics Consensus, "Where to Watch", "Movie Info" with the synopsis and the details list, the
 * cast carousel, "Critics Reviews" cards with critic, outlet, date and "Full Review" links, "Audience Reviews", "More Like This",
 * the newsletter box, the footer and the OneTrust banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const rtTitle = 'Night Ferry to Arkady';
const consensus =
  'Carried by a pair of lived-in lead performances, Night Ferry to Arkady turns a simple overnight crossing into a tender, ' +
  'sharply observed study of two strangers deciding how much of themselves to give away.';
const synopsis = paras(`
On the last ferry of the season from the mainland to the island of Arkady, a widowed ship’s cook (Benedek Sólyom) and a young
veterinarian on her way to a new posting (Amara Tesfaye) are stuck together when a storm forces the boat to anchor off the coast
until morning. As the hours pass and the passengers scatter to the bar and the cabins, the two trade stories, lies and, eventually,
a secret that neither of them planned to share.

Written and directed by Leontine Marsh, the film was shot entirely on a working ferry over eleven nights in the North Sea.
`);
const critics = [
  ['Jonah Whitby', 'Harbor City Ledger', 'Oct 14, 2025'],
  ['Priya Anand', 'The Reel Column', 'Oct 12, 2025'],
  ['Sébastien Moreau', 'Cinéfile Hebdo', 'Oct 9, 2025'],
  ['Dana Okafor', 'Westbrook Review', 'Oct 8, 2025'],
  ['Colm Brady', 'Northern Screen', 'Oct 3, 2025'],
  ['Hilde Sørensen', 'Frame Rate Weekly', 'Sep 29, 2025'],
];
const quotes = [
  'Marsh keeps the camera close and the lights low, and the result is one of the most intimate films of the year. You can almost ' +
    'feel the deck moving under your feet.',
  'Sólyom gives a performance of enormous, unshowy warmth. When his character finally tells the truth about his wife, the whole ' +
    'film seems to hold its breath.',
  'The premise sounds slight, and it is, but Marsh understands that a single night can hold an entire life if you pay attention ' + 'to it.',
  'Tesfaye is a discovery. She plays guardedness as a kind of intelligence, and she makes every small concession feel earned.',
  'A little too fond of its own melancholy in the final stretch, but the first hour is as good as anything in this year’s festival lineup.',
  'It is rare to see a romance this patient, or one so uninterested in where the story is supposed to go. I loved it.',
];
const cast = [
  ['Benedek Sólyom', 'Ferenc'],
  ['Amara Tesfaye', 'Lidia'],
  ['Ruth Kessling', 'Captain Holm'],
  ['Oskar Thiel', 'Barman'],
];
const info = [
  ['Director', 'Leontine Marsh'],
  ['Producer', 'Anouk de Vries, Teodor Halme'],
  ['Screenwriter', 'Leontine Marsh'],
  ['Distributor', 'Lantern Bay Pictures'],
  ['Rating', 'R (Language|Brief Sexuality)'],
  ['Genre', 'Drama, Romance'],
  ['Original Language', 'English'],
  ['Release Date (Theaters)', 'Oct 10, 2025, Limited'],
  ['Runtime', '1h 52m'],
];
const nav = ['Movies', 'TV Shows', 'FanStore', 'News', 'Showtimes'];
const trending = ['Trending on RT', 'Fall TV Guide', 'Best Horror Movies 2025', 'Box Office Results', 'Certified Fresh Picks'];
const audience = [
  'Saw it twice. The scene in the galley with the radio is one of the best things I have seen in a cinema in years.',
  'Beautifully acted but honestly a bit slow for me. Worth it for the ending though.',
];
const more = ['The Lighthouse Keeper’s Daughter', 'Copper Hill', 'Two for the Coast Road', 'Winter Crossing'];
const news = [
  'Sign up for the Rotten Tomatoes newsletter to get weekly updates on:',
  'Upcoming Movies and TV shows',
  'Trivia & Rotten Tomatoes Podcast',
  'Media News + More',
  'Join The Newsletter',
];
const foot = [
  'Help',
  'About Rotten Tomatoes',
  'What’s the Tomatometer®?',
  'Critic Submission',
  'Licensing',
  'Advertise With Us',
  'Careers',
  'Privacy Policy',
  'Terms and Policies',
  'Cookie Settings',
  'California Notice',
  'Ad Choices',
  'Accessibility',
];
const cookie =
  'We and our partners use cookies to deliver our services and to show you relevant ads. By clicking “Accept”, ' + 'you agree to the use of cookies.';
const card = (i: number): string => {
  const [name, outlet, date] = critics[i]!;
  return `<div class="review-card" data-qa="critic-review"><div class="review-card__header"><rt-img class="critic-picture"
src="/assets/critic-${i}.jpg"></rt-img>
<a class="display-name" data-qa="review-critic-link" href="/critics/${i}">${name}</a>
<a class="publication" data-qa="review-publication" href="/critics/source/${i}">${outlet}</a>
<span class="review-card__tag">Top Critic</span></div><div class="review-card__body"><score-icon-critics sentiment="${i === 4 ? 'negative' : 'positive'}">
</score-icon-critics><p class="review-text" data-qa="review-quote">${quotes[i]}</p></div><div class="review-card__footer">
<a class="full-review-link" href="https://critic${i}.example/review">Full Review</a> <span class="review-date">${date}</span></div></div>`;
};
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" xmlns:fb="http://www.facebook.com/2008/fbml"><head><meta charset="utf-8">
<title>Night Ferry to Arkady | Rotten Tomatoes</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${consensus}"><meta property="og:site_name" content="Rotten Tomatoes"><meta property="og:type" content="video.movie">
<meta property="og:title" content="Night Ferry to Arkady | Rotten Tomatoes"><link rel="canonical"
href="https://www.rottentomatoes.example/m/night_ferry_to_arkady">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Movie","name":"${rtTitle}","genre":["Drama","Romance"],
"contentRating":"R","aggregateRating":{"@type":"AggregateRating","ratingValue":"94","reviewCount":112,"name":"Tomatometer"},
"director":[{"@type":"Person","name":"Leontine Marsh"}]}</script>
<script>root.RottenTomatoes.context.mediaScorecard = {"criticsScore":{"score":"94"},"audienceScore":{"score":"88"}};</script>
<script src="/assets/pizza-pie/javascripts/bundles/roma/default.abc1234.js" async></script></head>
<body class="body no-touch js-mptd-layout"><div id="rt-header-wrap"><rt-header id="header-main" skeleton="panel">
<a slot="logo" href="/" data-qa="header-logo"><img src="/assets/pizza-pie/images/logo.svg" alt="Rotten Tomatoes"></a>
<search-results-nav-manager slot="search"><input type="search" aria-label="Search" placeholder="Search movies, TV, actors,
more..."></search-results-nav-manager>
<nav slot="nav" class="rt-header-nav"><ul>${links(nav, 'rt-header-nav__item')}</ul></nav>
<a slot="login" data-qa="header-login-btn" href="#">Sign in</a></rt-header>
<div class="trending-bar" data-qa="trending-bar"><ul>${links(trending, 'trending-bar__link')}</ul></div></div>
<main id="main_container" class="container rt-layout__body"><div id="main-page-content">
<section class="media-hero" data-qa="section:media-hero"><rt-img slot="poster" src="/assets/night-ferry-poster.jpg" alt="Night Ferry to Arkady poster"></rt-img>
<h1 class="unset" slot="titleIntro"><rt-text context="heading" size="1.25">${rtTitle}</rt-text></h1>
<rt-text slot="metadataProp" context="label" size="0.875">R, Now Playing, 1h 52m</rt-text>
<rt-button slot="trailerCta" theme="transparent">Watch Trailer</rt-button></section>
<media-scorecard hidescoredetails="false" id="scorecard"><rt-text slot="criticsScore" context="label">94%</rt-text>
<rt-link slot="criticsReviews" href="/m/night_ferry_to_arkady/reviews">112 Reviews</rt-link><rt-text slot="criticsScoreType">Tomatometer</rt-text>
<rt-text slot="audienceScore" context="label">88%</rt-text><rt-link slot="audienceReviews" href="#">1,000+ Ratings</rt-link>
<rt-text slot="audienceScoreType">Popcornmeter</rt-text></media-scorecard>
<section id="critics-consensus" class="consensus" data-qa="critics-consensus"><h2 class="unset"><rt-text context="heading">Critics Consensus</rt-text></h2>
<p>${consensus}</p><rt-link href="/m/night_ferry_to_arkady/reviews">Read Critics Reviews</rt-link></section>
<section class="where-to-watch" data-qa="section:where-to-watch"><h2 class="unset"><rt-text context="heading">Where to Watch</rt-text></h2>
<where-to-watch-meta affiliate="showtimes"><span slot="license">In Theaters</span></where-to-watch-meta>
<p class="where-to-watch__disclaimer">Rotten Tomatoes may earn a commission from links on this page.</p></section>
<section class="media-info" data-qa="section:media-info"><h2 class="unset"><rt-text context="heading">Movie Info</rt-text></h2>
<div class="synopsis-wrap"><rt-text class="key" data-qa="synopsis-label">Synopsis</rt-text>
${synopsis.map((p) => `<p class="synopsis-value" data-qa="synopsis-value">${p}</p>`).join('\n')}</div>
<dl>${info
  .map(
    ([k, v]) => `<div class="category-wrap"
data-qa="item"><dt class="key"><rt-text>${k}</rt-text></dt><dd><rt-text data-qa="item-value">${v}</rt-text></dd></div>`,
  )
  .join('\n')}</dl></section>
<section class="cast-and-crew" data-qa="section:cast-and-crew"><h2 class="unset"><rt-text context="heading">Cast &amp; Crew</rt-text></h2>
<div class="content-wrap">${cast
  .map(
    ([n, r]) => `<a class="cast-and-crew-item"
href="/celebrity/x"><p class="name">${n}</p><p class="role">${r}</p></a>`,
  )
  .join('\n')}</div>
<rt-button theme="simplified" href="/m/night_ferry_to_arkady/cast-and-crew">View All</rt-button></section>
<section class="critics-reviews" data-qa="section:critics-reviews"><h2 class="unset"><rt-text context="heading">Critics Reviews</rt-text></h2>
<div class="reviews-wrap">${critics.map((_, i) => card(i)).join('\n')}</div><rt-button theme="light"
href="/m/night_ferry_to_arkady/reviews">View All Critics Reviews</rt-button></section>
<section class="audience-reviews" data-qa="section:audience-reviews"><h2 class="unset"><rt-text context="heading">Audience Reviews</rt-text></h2>
<div class="audience-review-card"><span class="name">Marta W</span><p class="review-text">${audience[0]}</p><span class="date">Oct 15</span></div>
<div class="audience-review-card"><span class="name">Kwame A</span><p class="review-text">${audience[1]}</p><span class="date">Oct 13</span></div>
<rt-button theme="light">View All Audience Reviews</rt-button><rt-button theme="simplified">Rate and Review</rt-button></section>
<section class="more-like-this" data-qa="section:more-like-this"><h2 class="unset"><rt-text context="heading">More Like This</rt-text></h2>
<ul>${links(more, 'tile')}</ul></section>
<div id="ad-unit-bottom" class="ad-unit"><span class="ad-unit__label">Advertise With Us</span></div></div></main>
<footer id="footer" class="footer container"><section class="newsletter-wrap"><p>${news[0]}</p><ul>${news
  .slice(1, 4)
  .map((n) => `<li>${n}</li>`)
  .join('\n')}</ul>
<rt-button class="footer-newsletter-btn">${news[4]}</rt-button></section><ul class="footer__links">${links(foot)}</ul>
<p class="footer__copyright">Copyright © Lantern Media, LLC. All Rights Reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie}</p>
<button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></div></body></html>`;
export const rtPage: TestPage = {
  html,
  name: 'heldout185-rottentomatoes-movie',
  kind: 'wiki',
  // the consensus, the synopsis and the critics' quotes are body; the critic names, outlets and review dates are bylines;
  // the Movie Info details list and the cast cards are in neither list (data, not prose); scores, counts, buttons and the
  // audience reviews (reader comments) are furniture
  title: rtTitle,
  headings: ['Critics Consensus', 'Movie Info', 'Critics Reviews'],
  body: [consensus, ...texts(synopsis), ...quotes],
  bylines: critics.flat(),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', ...nav, ...trending, 'R, Now Playing, 1h 52m', 'Watch Trailer', '94%', '112 Reviews', 'Tomatometer', '88%', '1,000+ Ratings',
    'Popcornmeter', 'Read Critics Reviews', 'Where to Watch', 'In Theaters', 'Rotten Tomatoes may earn a commission from links on this page.',
    'Top Critic', 'Full Review', 'View All Critics Reviews', 'Audience Reviews', ...audience, 'Marta W', 'Kwame A', 'View All Audience Reviews',
    'Rate and Review', 'More Like This', ...more, 'Cast & Crew', 'View All', ...news, ...foot, 'Copyright © Lantern Media, LLC. All Rights Reserved.', cookie,
    'Accept', 'Cookie Preferences', 'Synopsis', 'Oct 15', 'Oct 13',
  ],
};
