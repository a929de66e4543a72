import { links, type TestPage, texts } from './page-kit.js';
import { anchors, j, lis, rowTexts, trs } from './pages-heldout581-kit.js';

/**
 * Held-out batch 581, file c: an airport transfer route landing page built with Webflow (quote form, feature cards,
 * testimonials), and a borough council's hackney carriage fares page on LocalGov Drupal (a guide with its contents list).
 */
const wTitle = 'Castleford Airport to Rydal Bay Transfers';
const wDek = 'Fixed-price private transfers from Castleford Airport to every village on the Rydal peninsula, day and night.';
const wCards: [string, string][] = [
  ['Flight tracked', 'We watch your flight and move the pickup if you land early or late.'],
  ['No surge pricing', 'The price you book is the price you pay, in August or in January.'],
  ['Local drivers', 'All our drivers live on the peninsula and know every lane and ferry time.'],
];
const wAbout = [
  j(
    'The drive from Castleford Airport to Rydal Bay takes about 55 minutes, or 70 minutes on summer Saturdays when the coast road',
    'is busy. Your driver takes the A418 over Penmor Moor and drops you at the door, whether you are staying in the town, at a',
    'holiday cottage or at one of the campsites on the headland.',
  ),
  j('Prices are for the whole vehicle, one way, and include luggage, tolls and the airport pickup charge:'),
];
const wPrices = [
  'Saloon, up to 3 passengers: £89',
  'Estate, up to 4 passengers: £96',
  'Minibus, up to 8 passengers: £138',
  'Return journeys booked together: 10% off both legs',
];
const wQuotes = [
  ['"Driver was waiting with a sign even though we were two hours late. Brilliant."', '– Anya, Bristol'],
  ['"Spotless car and a child seat already fitted. Will use again next summer."', '– the Marlowes, Leeds'],
];
const wNav = ['Routes', 'Fleet', 'Prices', 'Business', 'Contact'];
const wFoot = ['Terms', 'Privacy', 'Cookie settings'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 14:03:22 GMT+0000 -->
<html data-wf-domain="www.harbourline.example" data-wf-page="65b0c2e4f1a9a3" data-wf-site="65b0c2e4f1a98f" lang="en"><head><meta charset="utf-8">
<title>Castleford Airport to Rydal Bay Transfers | Harbourline</title><meta content="Fixed-price private transfers from Castleford Airport to Rydal Bay."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.example/65b0c2e4f1a98f/css/harbourline.webflow.shared.4f2a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"TaxiService","name":"Harbourline Transfers","areaServed":"Rydal peninsula"}</script></head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img
src="https://assets-global.website-files.example/65b0c2e4f1a98f/
logo-harbourline.svg" loading="lazy" alt="Harbourline Transfers" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${anchors(
  wNav,
  'nav-link w-nav-link',
)}
<a href="tel:01632960555" class="nav-button w-button">01632 960555</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container w-container"><div class="hero-grid w-layout-grid"><div class="hero-text"><h1
class="heading-hero">${wTitle}</h1>
<p class="paragraph-large">${wDek}</p></div><div class="quote-card"><div class="quote-title">Get an instant price</div><div class="form-block w-form">
<form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote" method="get" class="quote-form" aria-label="Quote"><label for="From"
class="field-label">From</label>
<input class="text-field w-input" maxlength="256" name="From" data-name="From" placeholder="Airport or address" type="text" id="From">
<label for="To" class="field-label">To</label><input class="text-field w-input" maxlength="256" name="To" placeholder="Address or postcode" type="text" id="To">
<label for="Date" class="field-label">Date</label><input class="text-field w-input" name="Date" type="date" id="Date"><label for="Passengers"
class="field-label">
Passengers</label><select id="Passengers" name="Passengers" class="select-field w-select"><option value="1">1</option><option value="2">2</option>
<option value="3">3</option><option value="4">4+</option></select><input type="submit" data-wait="Please wait..." class="submit-button w-button"
value="Get my price"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Quote success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Quote failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></div></div></section>
<section class="section-features"><div class="container w-container"><div class="w-layout-grid features-grid">
${wCards
  .map(
    ([
      h,
      p,
    ]) => `<div class="feature-card"><img src="https://assets-global.website-files.example/65b0c2e4f1a98f/icon.svg" loading="lazy" alt="" class="feature-icon">
<h3 class="feature-heading">${h}</h3><p class="feature-text">${p}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section-route"><div class="container w-container"><div class="route-richtext w-richtext"><h2>About this
route</h2><p>${wAbout[0]}</p><p>${wAbout[1]}</p>
<ul role="list">${lis(wPrices)}</ul></div></div></section>
<section class="section-testimonials"><div class="container w-container"><h2 class="section-heading">What our passengers say</h2>
<div data-delay="4000" data-animation="slide" class="testimonial-slider w-slider" data-autoplay="true" role="region" aria-label="carousel"><div
class="w-slider-mask">
${wQuotes
  .map(
    ([q, w]) => `<div class="w-slide"><div class="testimonial-card"><p class="testimonial-text">${q}</p><div
class="testimonial-name">${w}</div></div></div>`,
  )
  .join('\n')}
</div><div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-arrow-right"><div
class="w-icon-slider-right"></div></div>
<div class="w-slider-nav w-round"></div></div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="cta-heading">Travelling to another village?</h2>
<a href="/routes" class="button-secondary w-button">See all routes</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-brand">Harbourline
Transfers</div>
<p class="footer-text">Harbour Yard, Rydal Bay RB2 4HT</p></div><div class="footer-col">${anchors(wFoot, 'footer-link')}</div></div>
<div class="footer-legal">© 2026 Harbourline Transfers Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65b0c2e4f1a98f/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowRoute: TestPage = {
  name: 'heldout581-webflow-airport-route',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wCards.map(([h]) => h), 'About this route'],
  body: [wDek, ...wCards.map(([, p]) => p), ...wAbout, ...wPrices],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'Prices'), '01632 960555', 'Get an instant price', 'Date', 'What our passengers say', ...wQuotes.flat(),
    'Travelling to another village?', 'See all routes', 'Harbourline Transfers', 'Harbour Yard, Rydal Bay RB2 4HT', ...wFoot,
    '© 2026 Harbourline Transfers Ltd. All rights reserved.',
  ],
};

const dTitle = 'Hackney carriage fares';
const dIntro = j(
  'The council sets the most that a hackney carriage (a taxi you can hail in the street or pick up at a rank) can charge for a',
  'journey that starts in Ellerby. The meter in every licensed taxi is set to these tariffs and sealed by our licensing officers.',
);
const dDay = [
  ['For the first 880 yards (804 metres) or part of it', '£3.20'],
  ['For each further 176 yards (161 metres) or part of it', '£0.20'],
  ['Waiting time, for each 50 seconds or part of it', '£0.20'],
];
const dNight = [
  ['For the first 704 yards (644 metres) or part of it', '£4.00'],
  ['For each further 154 yards (141 metres) or part of it', '£0.25'],
  ['Waiting time, for each 44 seconds or part of it', '£0.25'],
];
const dTar1 = 'Tariff 1 applies from 6am to 10pm, Monday to Saturday.';
const dTar2 = 'Tariff 2 applies from 10pm to 6am on every night, all day on Sundays, and on bank holidays.';
const dTar3 = j(
  'Tariff 3 is double tariff 1. It applies from 6pm on Christmas Eve to 6am on 27 December, and from 6pm on New Year’s Eve to',
  '6am on 2 January.',
);
const dExtras = [
  'Soiling charge, where the vehicle has to be cleaned before it can work again: up to £80',
  'Each passenger after the fourth: 50p for the whole journey',
  'No extra charge may be made for luggage, assistance dogs or wheelchairs',
];
const dPh = j(
  'Private hire vehicles (minicabs) must be booked in advance through a licensed operator and are not covered by this table. The',
  'operator must agree the fare, or tell you how it will be worked out, when you book.',
);
const dOut = j(
  'Journeys that end outside the borough may be charged at a price agreed before the journey starts. If no price is agreed, the',
  'meter fare applies for the whole journey.',
);
const dHeads = ['Tariff 1: daytime', 'Tariff 2: nights, Sundays and bank holidays', 'Tariff 3: Christmas and New Year', 'Extra charges', 'Minicabs'];
const dGuide = ['Overview', 'Apply for a taxi driver licence', 'Licensing conditions', 'Complain about a taxi or minicab'];
const dNav = ['Bins and recycling', 'Council tax', 'Housing', 'Licensing', 'Parking and roads', 'Planning'];
const dCrumbs = ['Home', 'Licensing', 'Taxis and private hire'];
const dFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs'];
const dTable = (rows: string[][]): string =>
  `<div class="table-wrapper"><table><thead><tr><th scope="col">Distance or time</th><th
scope="col">Charge</th></tr></thead><tbody>${trs(rows)}</tbody></table></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${dTitle} | Ellerby Borough
Council</title>
<link rel="canonical" href="https://www.ellerby.example/taxis-and-private-hire/hackney-carriage-fares">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\/","currentPath":"node\/2214","currentLanguage":"en"},"localgov_guides":{}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qn3Zk0.css?delta=0&amp;language=en&amp;theme=localgov_base"></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page-wrapper">
<div id="sitewide-alert" class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Site alert"><div class="lgd-container">
<p>Our licensing counter at the Civic Centre is closed on Wednesday afternoons until further notice.</p><button class="js-localgov-alert-banner__close">Hide
alert</button>
</div></div>
<header class="lgd-header" role="banner"><div class="lgd-container"><div class="lgd-header__inner"><div class="lgd-header__site-branding"><a href="/" rel="home"
class="site-logo"><img src="/themes/custom/ellerby/logo.svg" alt="Ellerby Borough Council home"></a></div>
<div class="lgd-header__search"><div class="localgov-search-block"><form action="/search" method="get" id="localgov-sitewide-search-form"><div
class="form-item">
<label for="edit-s" class="visually-hidden">Search</label><input type="text" id="edit-s" name="s" class="form-text" placeholder="Search this site"></div>
<button type="submit" class="lgd-search-submit"><span class="visually-hidden">Submit search</span></button></form></div></div></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary navigation"><div class="lgd-container"><ul
class="lgd-header__nav-list">${links(dNav)}</ul>
</div></nav></header>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<main class="main" id="main-content"><div class="lgd-container"><div class="lgd-row"><div class="lgd-row__full"><div
class="lgd-region lgd-region--content region region-content">
<article class="lgd-guide node node--type-localgov-guides-page node--view-mode-full"><div class="lgd-guide__heading"><span
class="lgd-guide__overview-title">Taxis
and private hire</span><h1 class="lgd-guide__title">${dTitle}</h1></div>
<nav class="lgd-guide-nav" aria-label="Guide contents"><h2 class="lgd-guide-nav__title">Contents</h2><ol class="lgd-guide-nav__list">
<li><a href="/taxis-and-private-hire">${dGuide[0]}</a></li><li><span class="lgd-guide-nav__current" aria-current="page">${dTitle}</span></li>
${links(dGuide.slice(1))}</ol></nav>
<div class="lgd-guide__content"><div class="field field--name-body field--type-text-with-summary"><p>${dIntro}</p>
<h2>${dHeads[0]}</h2><p>${dTar1}</p>${dTable(dDay)}
<h2>${dHeads[1]}</h2><p>${dTar2}</p>${dTable(dNight)}
<h2>${dHeads[2]}</h2><p>${dTar3}</p>
<h2>${dHeads[3]}</h2><ul>${lis(dExtras)}</ul>
<h2>${dHeads[4]}</h2><p>${dPh}</p><p>${dOut}</p></div></div>
<nav class="lgd-prev-next" aria-label="Guide pages"><ul class="lgd-prev-next__list"><li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev">
<a href="/taxis-and-private-hire" class="lgd-prev-next__link"><span class="lgd-prev-next__title">Previous</span><span
class="lgd-prev-next__label">${dGuide[0]}</span></a></li>
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next"><a href="/taxis-and-private-hire/apply-taxi-driver-licence" class="lgd-prev-next__link">
<span class="lgd-prev-next__title">Next</span><span class="lgd-prev-next__label">${dGuide[1]}</span></a></li></ul></nav>
<div class="lgd-page-updated"><p>Page last updated: <time datetime="2026-01-12T10:30:00Z">12 January 2026</time></p></div></article>
<div class="localgov-page-feedback"><h2>Was this page helpful?</h2><a href="/form/page-feedback?yes">Yes</a> <a href="/form/page-feedback?no">No</a></div>
</div></div></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container"><div class="lgd-footer__inner"><div class="lgd-region lgd-region--footer-first">
<h2 class="lgd-footer__title">Ellerby Borough Council</h2><p>Civic Centre, Station Road, Ellerby EL1 1AA</p><p>Telephone: 01632 960000</p></div>
<div class="lgd-region lgd-region--footer-second"><ul class="lgd-footer__links">${links(dFoot)}</ul></div></div>
<p class="lgd-footer__copyright">© Ellerby Borough Council 2026</p></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const localgovFares: TestPage = {
  name: 'heldout581-localgov-hackney-fares',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([dIntro, dTar1, ...rowTexts(dDay), dTar2, ...rowTexts(dNight), dTar3, ...dExtras, dPh, dOut]),
  bylines: ['Page last updated: 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Our licensing counter at the Civic Centre is closed on Wednesday afternoons until further notice.', 'Hide alert',
    'Search', 'Submit search', ...dNav.filter((t) => t !== 'Licensing'), 'Breadcrumb', 'Home', 'Taxis and private hire', 'Contents', ...dGuide, 'Previous',
'Next',
    'Was this page helpful?', 'Yes', 'Ellerby Borough Council', 'Civic Centre, Station Road, Ellerby EL1 1AA', 'Telephone: 01632 960000',
    ...dFoot, '© Ellerby Borough Council 2026',
  ],
};

export const HELDOUT581_C: readonly TestPage[] = [webflowRoute, localgovFares];
