import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file b2: a film database title page in the IMDb-style Next.js markup (ipc- components and
 * data-testid attributes: the nav bar with Menu / Watchlist / Sign In, the hero with year, certificate and runtime, the
 * rating and popularity widgets, genre chips, "Add to Watchlist", photo and video counts, the "Top cast" grid with actor and
 * character links, the crew lines, the storyline with its tagline, the "Details" list, a featured user review, the
 * "More like this" rail, the sign-in banner, the __NEXT_DATA__ script and the footer).
 */
const dTitle = 'The Copper Orchard';
const dPlot = j(
  'When a drought empties the reservoir above her family’s orchard, a retired surveyor finds the roofs of a drowned village',
  'rising from the mud, and a map that says her own land was never theirs to sell.',
);
const dCast = [
  '<a data-testid="title-cast-item__actor" href="/name/nm9100231/">Maren Osterholt</a> <a data-testid="cast-item-characters-link">Edda Vorne</a>',
  '<a data-testid="title-cast-item__actor" href="/name/nm9100232/">Kwabena Ashdown</a> <a data-testid="cast-item-characters-link">Leopold Fisk</a>',
  '<a data-testid="title-cast-item__actor" href="/name/nm9100233/">Siân Rautenbach</a> <a data-testid="cast-item-characters-link">Young Edda</a>',
  '<a data-testid="title-cast-item__actor" href="/name/nm9100234/">Florin Ceaucescu-Hale</a> <a data-testid="cast-item-characters-link">Father Ansel</a>',
  '<a data-testid="title-cast-item__actor" href="/name/nm9100235/">Ottilie Brand</a> <a data-testid="cast-item-characters-link">Nan Vorne</a>',
  '<a data-testid="title-cast-item__actor" href="/name/nm9100236/">Yusuf Penhallow</a> <a data-testid="cast-item-characters-link">The Surveyor’s Clerk</a>',
];
const dCrew = [
  '<span class="ipc-metadata-list-item__label">Director</span> <a href="/name/nm8811002/">Hedda Quartermain</a>',
  '<span class="ipc-metadata-list-item__label">Writers</span> <a href="/name/nm8811002/">Hedda Quartermain</a> <a href="/name/nm8811003/">Caspar Liddell</a>',
];
const dStory = [
  j(
    'Edda Vorne spent forty years measuring other people’s land. Now, in the hottest summer anyone in the valley can remember, she',
    'is measuring the water line on the reservoir wall, watching it drop a hand’s width every week. When the church spire of',
    'Lower Ashcombe, drowned when the dam was built in 1961, breaks the surface, Edda rows out to it alone.',
  ),
  j(
    'What she brings back is a tin box of deeds and a hand-drawn map of the old village, and on it her family’s orchard is marked',
    'with another family’s name. As the water keeps falling and more of Lower Ashcombe comes back into the light, Edda has to decide',
    'whether the truth about the valley is worth the only home her grandchildren have ever known.',
  ),
  j(
    'Shot over a single summer in the hills of the Marrow Valley, the film was made with a largely local cast and crew, and the',
    'drowned village was built in full on the bed of a drained mill pond.',
  ),
];
const dTagline = j(
  '<span class="ipc-metadata-list-item__label">Tagline</span>',
  '<span class="ipc-metadata-list-item__list-content-item">Some things the water was meant to keep.</span>',
);
const dDetails = [
  '<span class="ipc-metadata-list-item__label">Release date</span> <a href="/releaseinfo">March 6, 2026 (United Kingdom)</a>',
  '<span class="ipc-metadata-list-item__label">Country of origin</span> <a href="/search?country=gb">United Kingdom</a>',
  '<span class="ipc-metadata-list-item__label">Language</span> <a href="/search?lang=en">English</a>',
  '<span class="ipc-metadata-list-item__label">Filming locations</span> <a href="/locations">Marrow Valley, Herefordshire, England, UK</a>',
  '<span class="ipc-metadata-list-item__label">Production company</span> <a href="/company/co9901/">Stillwater North Films</a>',
];
const dMore = ['The Salt Road', 'Low Tide at Kessick', 'A House Above the Weir', 'Glass Harvest'];
const dNav = ['Movies', 'TV shows', 'Watch', 'Awards & events', 'Celebs', 'Community'];
const dFoot = ['Help', 'Site Index', 'FilmLedger Pro', 'Box Office Data', 'Press Room', 'Advertising', 'Jobs', 'Conditions of Use', 'Privacy Policy'];
const item = (inner: string, cls: string): string => `<li role="presentation" class="ipc-metadata-list__item ${cls}">${inner}</li>`;
const dHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta charset="utf-8">
<title>The Copper Orchard (2025) - FilmLedger</title>
<meta name="description" content="The Copper Orchard: Directed by Hedda Quartermain. With Maren Osterholt, Kwabena Ashdown.">
<meta property="og:type" content="video.movie"><meta property="og:site_name" content="FilmLedger"><meta property="og:title"
content="The Copper Orchard (2025) ⭐ 7.4">
<link rel="canonical" href="https://www.filmledger.example/title/tt3310447/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","url":"https://www.filmledger.example/title/tt3310447/",
"name":"The Copper Orchard","aggregateRating":{"@type":"AggregateRating","ratingCount":18204,"ratingValue":7.4},"contentRating":"12A",
"genre":["Drama","Mystery"],"datePublished":"2026-03-06","director":[{"@type":"Person","name":"Hedda Quartermain"}],"duration":"PT1H52M"}</script>
<link rel="stylesheet" href="https://m.media-fl.example/_next/static/css/3f1a9c.css"></head>
<body id="styleguide-v2" class="fixed"><div id="__next">
<nav id="imdbHeader" class="ipc-page-content-container navbar__inner sc-7f8c4d1-1"><a href="/" aria-label="Home" id="home_img_holder">FilmLedger</a>
<label id="imdbHeader-navDrawerOpen" class="ipc-responsive-button" aria-label="Open Navigation Drawer">Menu</label>
<div class="navbar__flyout--menu"><ul class="ipc-list">${links(dNav, 'ipc-list__item')}</ul></div>
<form id="nav-search-form" role="search"><input id="suggestion-search" type="text" name="q" placeholder="Search FilmLedger" aria-label="Search FilmLedger">
</form><a href="/list/watchlist" class="ipc-btn imdb-header__watchlist-button"><span class="ipc-btn__text">Watchlist</span></a>
<a href="/registration/signin" class="ipc-btn imdb-header__signin-text"><span class="ipc-btn__text">Sign In</span></a></nav>
<main role="main" class="ipc-page-wrapper ipc-page-wrapper--base"><section class="ipc-page-background ipc-page-background--base sc-9b716f3b-0">
<section class="ipc-page-section ipc-page-section--baseAlt ipc-page-section--tp-none ipc-page-section--bp-xs sc-304f99f6-2">
<div class="sc-70a366cc-0"><div class="sc-94726ce4-1"><h1 textlength="18" data-testid="hero__pageTitle" class="sc-ec65ba05-0">
<span class="hero__primary-text" data-testid="hero__primary-text">${dTitle}</span></h1>
<ul class="ipc-inline-list ipc-inline-list--show-dividers sc-ec65ba05-2" role="presentation">
<li role="presentation" class="ipc-inline-list__item"><a href="/releaseinfo" class="ipc-link">2025</a></li>
<li role="presentation" class="ipc-inline-list__item"><a href="/parentalguide" class="ipc-link">12A</a></li>
<li role="presentation" class="ipc-inline-list__item">1h 52m</li></ul></div>
<div class="sc-3a4309f8-0"><div data-testid="hero-rating-bar__aggregate-rating" class="sc-3a4309f8-1">
<div class="sc-bde20123-0">FilmLedger RATING</div><a class="ipc-btn" href="/ratings/"><span data-testid="hero-rating-bar__aggregate-rating__score">
<span class="sc-bde20123-1">7.4</span><span>/10</span></span><div class="sc-bde20123-3">18K</div></a></div>
<div data-testid="hero-rating-bar__popularity" class="sc-3a4309f8-1"><div class="sc-bde20123-0">POPULARITY</div>
<div data-testid="hero-rating-bar__popularity__score">1,204</div></div></div></div>
<div class="sc-491663c0-3"><div data-testid="hero-media__slate" class="ipc-media"><img class="ipc-image" alt="Official Trailer"
src="https://m.media-fl.example/slate.jpg">
<span class="ipc-lockup-overlay__text">Play trailer</span><span class="ipc-lockup-overlay__text">2:11</span></div>
<div data-testid="hero__video-link" class="ipc-btn"><a href="/videogallery">12 Videos</a></div>
<div data-testid="hero__photo-link" class="ipc-btn"><a href="/mediaindex">64 Photos</a></div></div>
<div class="ipc-chip-list--baseAlt ipc-chip-list" data-testid="interests"><div class="ipc-chip-list__scroller">
<a class="ipc-chip ipc-chip--on-baseAlt" href="/interest/drama"><span class="ipc-chip__text">Drama</span></a>
<a class="ipc-chip ipc-chip--on-baseAlt" href="/interest/mystery"><span class="ipc-chip__text">Mystery</span></a></div></div>
<p data-testid="plot" class="sc-42125d72-3"><span role="presentation" data-testid="plot-xl" class="sc-42125d72-1">${dPlot}</span></p>
<div class="sc-70a366cc-3"><ul class="ipc-metadata-list ipc-metadata-list--dividers-all title-pc-list" role="presentation">
${dCrew.map((c) => item(c, 'ipc-metadata-list__item--align-end')).join('\n')}</ul></div>
<div data-testid="tm-box-wl-button" class="sc-13dbe7e5-2"><button class="ipc-split-button__btn"><span class="ipc-btn__text">
<div class="ipc-btn__text-line">Add to Watchlist</div><div class="ipc-btn__subtext">Added by 41.2K users</div></span></button></div>
<div data-testid="reviewContent-all-reviews"><a href="/reviews/"><span class="score">212</span><span class="label">User reviews</span></a>
<a href="/externalreviews/"><span class="score">64</span><span class="label">Critic reviews</span></a></div></section>
<div class="ipc-page-content-container"><div class="sc-59c7dc1-0"><section class="ipc-page-section ipc-page-section--base sc-bfec09a1-0"
data-testid="title-cast"><div class="ipc-title ipc-title--base ipc-title--section-title"><hgroup><h3 class="ipc-title__text">Top cast<span
class="ipc-title__sub-text">14</span></h3></hgroup><a class="ipc-title__edit" href="/fullcredits/">Edit</a></div>
<div class="ipc-shoveler ipc-shoveler--base"><div class="ipc-sub-grid ipc-sub-grid--page-span-2 ipc-sub-grid--wraps-at-above-l">
${dCast.map((c) => `<div data-testid="title-cast-item" class="sc-bfec09a1-5">${c}</div>`).join('\n')}</div></div>
<a href="/fullcredits/" class="ipc-metadata-list-item__label">All cast &amp; crew</a>
<a href="/pro/" class="ipc-link">Production, box office &amp; more at FilmLedger Pro</a></section>
<section class="ipc-page-section" data-testid="Storyline"><div class="ipc-title"><hgroup><h3 class="ipc-title__text">Storyline</h3></hgroup></div>
<div data-testid="storyline-plot-summary" class="ipc-html-content ipc-html-content--base"><div class="ipc-html-content-inner-div">
${dStory.map((p) => `<p>${p}</p>`).join('\n')}<span class="sc-author">— Stillwater North Films</span></div></div>
<ul class="ipc-metadata-list" role="presentation"><li data-testid="storyline-taglines" class="ipc-metadata-list__item">
${dTagline}</li></ul></section>
<section class="ipc-page-section" data-testid="UserReviews"><div class="ipc-title"><h3 class="ipc-title__text">User reviews<span
class="ipc-title__sub-text">212</span></h3></div><div class="ipc-list-card" data-testid="review-card-parent">
<span class="ipc-rating-star--rating">9</span><span class="ipc-title__text">Quiet, patient and devastating</span>
<div class="ipc-html-content-inner-div">Osterholt carries every scene without raising her voice. The last twenty minutes wrecked me.</div></div></section>
<section class="ipc-page-section" data-testid="Details"><div class="ipc-title"><h3 class="ipc-title__text">Details</h3></div>
<ul class="ipc-metadata-list ipc-metadata-list--dividers-all" data-testid="title-details-section" role="presentation">
${dDetails.map((d) => item(d, 'ipc-metadata-list__item--align-end')).join('\n')}</ul></section>
<section class="ipc-page-section" data-testid="MoreLikeThis"><div class="ipc-title"><h3 class="ipc-title__text">More like this</h3></div>
<div class="ipc-shoveler">${dMore.map((m) => `<div class="ipc-poster-card"><span data-testid="title">${m}</span></div>`).join('\n')}</div></section>
</div></div></section></main>
<div class="sc-signin-banner"><span>Sign in to rate and Watchlist for personalized recommendations</span><a href="/registration/signin">Sign in</a></div>
<footer class="imdb-footer"><ul class="ipc-inline-list">${links(dFoot, 'ipc-inline-list__item')}</ul>
<p class="imdb-footer__copyright">© 1998-2026 by FilmLedger Data Ltd.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tconst":"tt3310447","aboveTheFoldData":{"titleText":{"text":"The Copper Orchard"},
"releaseYear":{"year":2025}}}},"page":"/title/[tconst]","buildId":"7rRk2p","isFallback":false,"gssp":true}</script>
<script src="https://m.media-fl.example/_next/static/chunks/main-a81cd2.js" defer></script></body></html>`;
export const filmDb: TestPage = {
  name: 'heldout245-filmledger-nextjs-title',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: ['Top cast', 'Storyline', 'Details'],
  body: texts([dPlot, ...dCrew, ...dCast, ...dStory, dTagline, ...dDetails]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', ...dNav, 'Watchlist', 'Sign In', '2025', '12A', '1h 52m', 'FilmLedger RATING', '7.4', '/10', '18K', 'POPULARITY', '1,204', 'Play trailer',
    '2:11', '12 Videos', '64 Photos', 'Drama', 'Mystery', 'Add to Watchlist', 'Added by 41.2K users', 'User reviews', 'Critic reviews', 'Edit',
    'All cast & crew', 'Production, box office & more at FilmLedger Pro', '— Stillwater North Films', 'Quiet, patient and devastating',
    'Osterholt carries every scene without raising her voice. The last twenty minutes wrecked me.', 'More like this', ...dMore,
    'Sign in to rate and Watchlist for personalized recommendations', ...dFoot, '© 1998-2026 by FilmLedger Data Ltd.',
  ],
};
