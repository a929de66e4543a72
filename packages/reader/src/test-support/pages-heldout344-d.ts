import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout344-kit.js';

/**
 * Held-out batch 344, file d: an Audible-style audiobook product page (bc- component markup: top navigation, breadcrumb
 * of categories, the product summary list with author, narrator, series, length, release date and ratings, buy box,
 * "Publisher’s Summary", critic reviews, "Listeners also enjoyed" carousel, listener reviews, footer) and a Pocket
 * Casts-style episode share page (Next.js markup: app banner, podcast link, date and duration, player, show notes,
 * "Open in Pocket Casts" and "Get the app" calls, footer).
 */
const uTitle = 'The Lamplighter’s Ledger';
const uSummary = [
  j(
    'In the winter of 1889, the city of Harwick employs four hundred lamplighters, and every one of them keeps a ledger.',
    'When Eliza Thorn inherits her late father’s round in the old dock quarter, she also inherits his book: a record of',
    'every lamp lit, every lamp found broken and, in a cipher she does not recognise, something else entirely.',
  ),
  j(
    'Eliza has six weeks to prove she can do the job, or the Gas Company will give the round to a man. In those six weeks,',
    'three lamps on her route are smashed on the same night, a clerk from the Company is found drowned in the Narrow Basin,',
    'and a stranger begins waiting for her at the end of every shift, asking to buy the ledger.',
  ),
  j(
    'Moving between the fog-bound streets of the docks and the bright drawing rooms of the men who profit from them, The',
    'Lamplighter’s Ledger is a story of inheritance, ambition and the small acts of care that keep a city lit. It is the',
    'first book in the Harwick Lights series.',
  ),
  j(
    'This edition includes an afterword read by the author on the real history of street lighting that inspired the novel,',
    'and a bonus short story, "The Night Round," available only in audio.',
  ),
  j(
    'The author grew up above a chandler’s shop in a harbour town and worked for a decade as an archivist for a gas',
    'and lighting museum. Her short fiction has been broadcast on radio, and this is her first novel. The narrator',
    'brings a cast of more than forty voices to the recording, from dockside children to the Company’s directors.',
  ),
];
const uRights = '©2026 Imogen Calder (P)2026 Bellwether Audio';
const uCrumbs = ['Mysteries & Thrillers', 'Historical'];
const uAlso = ['The Clockmaker of Fennick Row', 'A Map of Lost Canals', 'Gaslight and Glass', 'The Harbourmaster’s Daughter'];
const uReviews = [
  ['Wonderful narration', 'Posted by Tobiah on 11-18-26', 'Dunmore gives every dock worker their own voice without ever overdoing it. I listened in two days.'],
  ['Slow start, great finish', 'Posted by M. Ferrant on 11-21-26', 'The first hour is setup, but stick with it. The cipher chapters are brilliant.'],
] as const;
const uNav = ['Browse', 'Categories', 'Best Sellers', 'New Releases', 'Podcasts', 'Help', 'Sign In'];
const uFoot = ['Careers', 'Conditions of Use', 'Privacy Notice', 'Interest-Based Ads', 'Do Not Sell My Personal Information', 'Help', 'Gift Center'];
const audibleHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>${uTitle} Audiobook | Imogen Calder | Audible.com</title><meta name="description" content="Check out this great listen on Audible.com.">
<meta property="og:type" content="books.book"><meta property="og:title" content="${uTitle}"><link rel="canonical" href="https://www.audible.com/pd/B0DLK4P2XQ">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Audiobook","name":"${uTitle}","author":[{"@type":"Person","name":"Imogen
Calder"}],
"readBy":[{"@type":"Person","name":"Rafe Dunmore"}],"duration":"PT11H42M","datePublished":"2026-11-04","publisher":"Bellwether Audio"}]</script>
<script type="text/javascript">window.P && P.when('A').execute(function(A){A.state('product',{asin:'B0DLK4P2XQ'});});</script>
<link rel="stylesheet" href="https://m.media-amazon.example/images/I/audible-bc.css"></head>
<body class="adbl-pdp-page"><div id="adbl-cookie-consent" class="bc-pub-fixed" role="region"><p class="bc-text bc-size-small">We use cookies and similar
tools to enhance your shopping experience, to provide our services and to understand how customers use our services.</p>
<button class="bc-button-text">Accept Cookies</button><button class="bc-button-text">Decline</button></div>
<header id="adbl-web-header" class="bc-container"><a href="/" class="adbl-header-logo" aria-label="Audible, an Amazon company"></a>
<nav class="adbl-header-nav"><ul class="bc-list">${links(uNav, 'bc-list-item')}</ul></nav>
<div class="adbl-header-promo bc-text">Try Standard free for 30 days</div></header>
<div id="center-1" class="bc-container"><nav class="bc-breadcrumb" aria-label="breadcrumb"><ul class="bc-list">${links(uCrumbs, 'bc-list-item')}</ul></nav>
<div class="bc-row-responsive hero-content"><div class="bc-col-responsive bc-col-3"><img class="bc-pub-block bc-image-inset-border" alt="${uTitle} cover art"
src="https://m.media-amazon.example/images/I/51lamp.jpg"></div>
<div class="bc-col-responsive bc-col-6"><ul class="bc-list bc-spacing-s2 bc-spacing-top-s1">
<li class="bc-list-item"><h1 class="bc-heading bc-color-base bc-text-bold">${uTitle}</h1></li>
<li class="bc-list-item"><span class="bc-text bc-size-medium bc-color-secondary">Harwick Lights, Book 1</span></li>
<li class="bc-list-item authorLabel">By:
<a class="bc-link bc-color-link" href="/author/Imogen-Calder/B0CX1">Imogen Calder</a></li>
<li class="bc-list-item narratorLabel">Narrated by:
<a class="bc-link bc-color-link" href="/search?searchNarrator=Rafe+Dunmore">Rafe Dunmore</a></li>
<li class="bc-list-item runtimeLabel">Length: 11 hrs and 42 mins</li>
<li class="bc-list-item releaseDateLabel">Release date:
11-04-26</li>
<li class="bc-list-item languageLabel">Language: English</li>
<li class="bc-list-item ratingsLabel"><span class="bc-text bc-pub-offscreen">4.6 out of 5 stars</span>
<span class="bc-text bc-size-small bc-color-secondary">2,318 ratings</span></li></ul></div>
<div class="bc-col-responsive bc-col-3 buybox"><div class="bc-box bc-box-padding-base"><p class="bc-text bc-size-base">Try Standard free</p>
<p class="bc-text bc-size-small">Listen to this title and more from our catalog. Cancel anytime.</p><a class="bc-button-primary" href="#">Try for $0.00</a>
<p class="bc-text bc-size-small">Buy for $24.95</p><a class="bc-button-secondary" href="#">Add to cart</a></div></div></div>
<div class="bc-container product-details"><div class="bc-section bc-chopped" id="publisher-summary">
<h2 class="bc-heading bc-color-base bc-size-large bc-text-bold">Publisher’s Summary</h2>
<div class="bc-text bc-size-base bc-color-base">
${ps(uSummary)}
<p class="bc-text bc-size-small bc-color-secondary">${uRights}</p></div>
<a class="bc-link bc-section-expander" href="#">Show more</a></div>
<div class="bc-section" id="critic-reviews"><h2 class="bc-heading bc-size-large bc-text-bold">Critics Say</h2>
<p class="bc-text">"A gorgeous, slow-burning mystery with a heroine you will follow anywhere." (Harwick Evening Review)</p></div>
<div class="bc-section carousel" id="also-enjoyed"><h2 class="bc-heading bc-size-large bc-text-bold">Listeners also enjoyed...</h2>
<ul class="bc-list carousel-product">${links(uAlso, 'bc-list-item')}</ul></div>
<div class="bc-section" id="reviews"><h2 class="bc-heading bc-size-large bc-text-bold">What listeners say about ${uTitle}</h2>
<div class="bc-text">Average customer ratings</div>
${uReviews
  .map(
    ([h, by, t]) => `<div class="bc-row-responsive review"><h3 class="bc-heading bc-size-base bc-text-bold">${h}</h3>
<p class="bc-text bc-size-mini bc-color-secondary">${by}</p><p class="bc-text">${t}</p>
<span class="bc-text bc-size-mini">Something went wrong. Please try again in a few minutes.</span>
<button class="bc-button-text">Helpful</button><button class="bc-button-text">Report</button></div>`,
  )
  .join('\n')}</div></div></div>
<footer id="adbl-web-footer" class="bc-container"><ul class="bc-list">${links(uFoot, 'bc-list-item')}</ul>
<p class="bc-text bc-size-mini">© Copyright 1997 - 2026 Audible, Inc</p></footer></body></html>`;
const audible: TestPage = {
  name: 'heldout344-audible-audiobook-docs',
  kind: 'docs',
  html: audibleHtml,
  title: uTitle,
  headings: ['Publisher’s Summary'],
  body: texts(uSummary),
  bylines: ['Imogen Calder', 'Rafe Dunmore', '11-04-26'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies and similar tools to enhance your shopping experience, to provide our services and to understand how customers use our services.',
    'Accept Cookies', 'Decline', ...uNav, 'Try Standard free for 30 days', ...uCrumbs, 'Harwick Lights, Book 1', 'By:', 'Narrated by:',
    'Length: 11 hrs and 42 mins', 'Release date:', 'Language: English', '4.6 out of 5 stars', '2,318 ratings', 'Try Standard free',
    'Listen to this title and more from our catalog. Cancel anytime.', 'Try for $0.00', 'Buy for $24.95', 'Add to cart', uRights, 'Show more', 'Critics Say',
    '"A gorgeous, slow-burning mystery with a heroine you will follow anywhere." (Harwick Evening Review)', 'Listeners also enjoyed...', ...uAlso,
    `What listeners say about ${uTitle}`, 'Average customer ratings', ...uReviews.flat(), 'Something went wrong. Please try again in a few minutes.',
    'Helpful', 'Report', ...uFoot, '© Copyright 1997 - 2026 Audible, Inc',
  ],
};

const pTitle = 'Tidepool Census: Counting What the Storm Left';
const pNotes = [
  j(
    'After the October storms, the rock pools along Gannet Point looked empty. Three weeks later, volunteers from the',
    'Skerrow Shore Watch went back with clipboards, quadrats and a thermos, and found that the pools were anything but.',
  ),
  j(
    'Marine ecologist Dr. Faye Corrigall explains how a storm reshuffles a shore: why limpets hold on while periwinkles',
    'get flung into the next bay, why the first things to come back are often the fastest breeders rather than the',
    'toughest survivors, and what a single afternoon of careful counting can tell scientists that satellite images cannot.',
  ),
  j('We also hear from eleven-year-old Noor, who found the census’s only sea hare and has since named it. Its name is', 'Gregory.'),
  'How to take part in the spring census: check the Shore Watch noticeboard at the harbour café, or email the group.',
];
const pocketHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${pTitle} - Low Tide Listening - Pocket Casts</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="${pTitle}">
<meta property="og:description" content="After the October storms, the rock pools along Gannet Point looked empty.">
<meta property="og:url" content="https://pca.st/episode/3f2b9c1e-71d4-4a0b-9b6e-2c8d1f5a7e40"><meta name="apple-itunes-app" content="app-id=414834813">
<link rel="stylesheet" href="/_next/static/css/4b8e2a.css"><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"episode":
{"uuid":"3f2b9c1e-71d4-4a0b-9b6e-2c8d1f5a7e40","title":"${pTitle}","duration":2234}}},"page":"/episode/[uuid]"}</script></head>
<body><div id="__next"><div class="sc-app-banner" role="banner"><span class="sc-app-banner__text">Listen on the Pocket Casts app</span>
<a class="sc-app-banner__button" href="https://pocketcasts.example/get">Open</a></div>
<header class="sc-header"><a class="sc-header__logo" href="https://pocketcasts.example" aria-label="Pocket Casts"></a>
<a class="sc-header__link" href="https://play.pocketcasts.example">Sign in</a></header>
<main class="sc-episode"><div class="sc-episode__hero"><img class="sc-episode__artwork" alt="Low Tide Listening"
src="https://static.pocketcasts.example/ltl.jpg">
<div class="sc-episode__heading"><a class="sc-episode__podcast" href="/podcast/low-tide-listening/8e1d">Low Tide Listening</a>
<h1 class="sc-episode__title">${pTitle}</h1>
<div class="sc-episode__meta"><span class="sc-episode__date">Nov 27, 2026</span>
<span class="sc-episode__duration">37m</span></div></div></div>
<div class="sc-player" role="region" aria-label="Audio player"><button class="sc-player__play" aria-label="Play episode"></button>
<span class="sc-player__time">0:00</span><div class="sc-player__scrubber"></div><span class="sc-player__time">37:14</span>
<button class="sc-player__speed">1x</button></div>
<div class="sc-episode__actions"><a class="sc-button sc-button--primary" href="pktc://episode/3f2b9c1e">Open in Pocket Casts</a>
<button class="sc-button">Copy link</button></div>
<section class="sc-episode__notes"><div class="sc-show-notes">
${ps(pNotes)}
</div></section>
<section class="sc-more"><h2 class="sc-more__title">More from Low Tide Listening</h2>
<ul>${links(['Seaweed Is Not a Plant', 'The Lighthouse That Moved Inland'], 'sc-more__item')}</ul>
<a class="sc-more__link" href="/podcast/low-tide-listening/8e1d">View podcast</a></section>
<section class="sc-get-app"><h2>Get Pocket Casts</h2><p>The world’s most powerful podcast platform, free on every device.</p>
<ul>${links(['App Store', 'Google Play', 'Web Player'], 'sc-get-app__item')}</ul></section></main>
<footer class="sc-footer"><ul>${links(['Privacy Policy', 'Terms of Use', 'Support'], 'sc-footer__item')}</ul>
<p class="sc-footer__copy">© 2026 Pocket Casts</p></footer></div>
<script src="/_next/static/chunks/pages/episode/%5Buuid%5D-7c1f.js" defer></script></body></html>`;
const pocketCasts: TestPage = {
  name: 'heldout344-pocket-casts-share-blog',
  kind: 'blog',
  html: pocketHtml,
  title: pTitle,
  headings: [],
  body: texts(pNotes),
  bylines: ['Nov 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Listen on the Pocket Casts app', 'Open', 'Sign in', 'Low Tide Listening', '37m', '0:00', '37:14', 'Open in Pocket Casts', 'Copy link',
    'More from Low Tide Listening', 'Seaweed Is Not a Plant', 'The Lighthouse That Moved Inland', 'View podcast', 'Get Pocket Casts',
    'The world’s most powerful podcast platform, free on every device.', 'App Store', 'Google Play', 'Web Player', 'Privacy Policy', 'Terms of Use',
    'Support', '© 2026 Pocket Casts',
  ],
};

export const HELDOUT344_D: readonly TestPage[] = [audible, pocketCasts];
