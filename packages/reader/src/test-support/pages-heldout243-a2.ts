import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file a2: a boutique hotel's room page on Squarespace 7.1 (announcement bar, header nav with a folder,
 * page sections of html blocks, a gallery block with captions, a "Book this room" button block, an "Other rooms" summary
 * block, the footer section with newsletter block, and the cookie banner). Its main text is short: a data page.
 */
const title = 'The Loft Suite';
const intro = [
  j(
    'Tucked under the eaves of our 1890s warehouse, the Loft Suite is the largest room in the house and the one our regulars ask for',
    'by name. Original oak beams run the length of the ceiling, and two dormer windows look straight down the canal towards the',
    'old grain market.',
  ),
  j(
    'The bedroom and sitting room are separated by a sliding door of reclaimed timber, so one of you can read late while the other',
    'sleeps. In the mornings, the light comes in from the east and fills the whole floor by eight o’clock.',
  ),
];
const facts = [
  'Size: 48 square metres over one floor',
  'Bed: super king, or two singles on request',
  'Sleeps: two adults, with space for a travel cot',
  'View: the Steen Canal and the grain market roofs',
];
const inRoom = [
  'A freestanding copper bath and a separate walk-in rain shower',
  'Linen sheets and wool blankets woven at the Halloran mill',
  'A record player with a small library of jazz and folk records',
  'Espresso machine, loose-leaf teas and a minibar stocked from the deli downstairs',
  'Fast wifi, a writing desk and blackout blinds on every window',
];
const know = [
  j(
    'The Loft Suite is on the fourth floor and is reached by our original staircase or by the lift, which stops on the third floor; the',
    'final flight has eleven steps. If stairs are difficult for you, our ground-floor Courtyard Double has the same bath and',
    'fittings.',
  ),
  j(
    'Check-in is from 3pm and check-out is at 11am. Breakfast is served in the bakery on the ground floor and is included in every',
    'rate booked on this website.',
  ),
];
const headings = ['At a glance', 'In the room', 'Good to know'];
const nav = ['Stay', 'Eat & Drink', 'The Neighbourhood', 'Gift Cards', 'Contact'];
const others = ['The Garden Room', 'The Tower Room', 'The Courtyard Double'];
const html = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>The Loft Suite — Hotel Verrin</title>
<meta property="og:site_name" content="Hotel Verrin"><meta property="og:title" content="The Loft Suite — Hotel Verrin">
<meta property="og:type" content="website">
<meta name="description" content="Our largest room, under the eaves of an 1890s canal warehouse.">
<link rel="canonical" href="https://www.hotelverrin.example/rooms/loft-suite">
<script type="application/ld+json">{"url":"https://www.hotelverrin.example","name":"Hotel Verrin","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Hotel Verrin","address":"Steen Kade 14, Calloway","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/63f1/site.css">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteId":"63f1a8"};</script></head>
<body id="collection-63f1b2" class="primary-button-style-solid header-overlay-alignment-center tweak-social-icons-style-regular
 collection-type-page collection-layout-default">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Spring escape: stay three nights, pay for two, until 30 April.</p></div><span class="sqs-announcement-bar-close" role="button">Close</span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-logo"><a href="/"><img src="https://images.squarespace-cdn.example/verrin-logo.png" alt="Hotel Verrin"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
<div class="header-nav-item header-nav-item--folder"><a class="header-nav-folder-title" href="/rooms">Rooms</a><div class="header-nav-folder-content">
<div class="header-nav-folder-item"><a href="/rooms">All Rooms</a></div></div></div>
${nav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.length}">${n.replace('&', '&amp;')}</a></div>`).join('\n')}</nav>
</div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://book.verrin.example">Book a Stay</a></div></div></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1b2c0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-1">
<div class="row sqs-row"><div class="col sqs-col-7 span-7"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
<p class="sqsrte-small" style="white-space:pre-wrap;">Rooms / Fourth floor</p>
<h1 style="white-space:pre-wrap;">${title}</h1>
${ps(intro, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div><div class="col sqs-col-5 span-5"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${headings[0]}</h3>
<ul data-rte-list="default">${lis(facts)}</ul></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="https://book.verrin.example/?room=loft"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book this room</a>
</div></div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small">Rates from £245 a night, breakfast included</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section gallery-section"><div class="content-wrapper">
<div class="sqs-block gallery-block sqs-block-gallery" data-block-type="8"><div class="sqs-gallery-container sqs-gallery-block-grid">
<div class="slide" data-type="image"><img src="https://images.squarespace-cdn.example/loft-bath.jpg" alt="">
<div class="image-slide-title">The copper bath under the east dormer</div></div>
<div class="slide" data-type="image"><img src="https://images.squarespace-cdn.example/loft-sitting.jpg" alt="">
<div class="image-slide-title">Sitting room with record player</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section"><div class="content-wrapper">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${headings[1]}</h3><ul data-rte-list="default">${lis(inRoom)}</ul>
<h3 style="white-space:pre-wrap;">${headings[2]}</h3>
${ps(know, ' style="white-space:pre-wrap;"')}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section summary-section"><div class="content-wrapper">
<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-content"><h2 class="summary-heading">Other rooms</h2>
<div class="summary-item-list">${others
  .map(
    (o) => `<div class="summary-item"><div class="summary-title"><a href="/rooms/${o.length}" class="summary-title-link">${o}</a></div>
<div class="summary-read-more-link">View room →</div></div>`,
  )
  .join('\n')}</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-block html-block"><div class="sqs-html-content"><p>Hotel Verrin</p><p>Steen Kade 14, Calloway</p><p>stay@hotelverrin.example</p></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Letters from the canal</h2>
<div class="newsletter-form-header-description"><p>A short note each season: new rooms, open evenings and neighbourhood finds.</p></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div>
<div class="sqs-block html-block"><div class="sqs-html-content"><p>© 2026 Hotel Verrin B.V. · Instagram · Privacy</p></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-deny">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const roomPage: TestPage = {
  name: 'heldout243-squarespace-hotel-room',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([...intro, ...facts, ...inRoom, ...know]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring escape: stay three nights, pay for two, until 30 April.', 'Close', 'Rooms', 'All Rooms', ...nav, 'Book a Stay', 'Rooms / Fourth floor',
    'Book this room', 'Rates from £245 a night, breakfast included', 'The copper bath under the east dormer', 'Sitting room with record player',
    'Other rooms', ...others, 'View room →', 'Hotel Verrin', 'Steen Kade 14, Calloway', 'stay@hotelverrin.example', 'Letters from the canal',
    'A short note each season: new rooms, open evenings and neighbourhood finds.', 'Sign Up', '© 2026 Hotel Verrin B.V. · Instagram · Privacy',
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
