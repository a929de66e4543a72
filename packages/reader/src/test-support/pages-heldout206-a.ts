import { links, ps, type TestPage, texts } from './page-kit.js';
import { venueEvent } from './pages-heldout206-a2.js';

/**
 * Held-out batch 206, file a: a regional theatre's show page on WordPress with a Spektrix booking iframe (announcement
 * strip, header with "Basket" and "Sign in", the show hero with dates, price line and "Book now", the in-page anchor
 * menu, the show text with a review quote and the cast list, the access box, the hidden Spektrix event-instance table,
 * "You might also like" cards, the newsletter strip, the Civic UK cookie banner and the footer) and, from file a2, a
 * concert venue's event page built with The Events Calendar plugin.
 */
const thTitle = 'The Salt Road';
const thStrap = 'A new play by Imogen Threlfall';
const thP1 = [
  'In the winter of 1911 three sisters walk the old salt road across the moor to sell the last of their late father’s stock at ' +
    'Whitsby market. By the time they reach the coast, one of them has decided she will not be coming home.',
  '<em>The Salt Road</em> is the first full-length play by Imogen Threlfall, whose short piece <em>Tide Tables</em> won the Corn ' +
    'Exchange New Writing Award in 2023. It is funny, sharp and unsentimental about family, money and who gets to leave.',
  'Directed by our Artistic Director Femi Ashworth and performed by a cast of six, with live folk music arranged by Rosie Kettleborough, ' +
    'this is a Corn Exchange Playhouse production made in Pendlebrook and touring to four northern theatres after its run here.',
];
const thQuote = '“A bracing, big-hearted new voice. Threlfall writes the kind of arguments every family has and nobody admits to.”';
const thH1 = 'About the production';
const thP2 = [
  'Rehearsals begin in January in our Studio, and the set, a raked stretch of moorland that opens up to reveal the harbour in the ' +
    'second half, is being built in our own workshop by the production team who made last year’s <em>Wuthering Heights</em>.',
  'The play runs for around two hours and twenty minutes including one interval. There is a post-show talk with the writer and ' +
    'director after the performance on Thursday 5 March, free to anyone with a ticket for that evening.',
];
const thH2 = 'Cast';
const thCast = [
  'Nell Appleyard: Hannah Orchard',
  'Agnes Appleyard: Shireen Baptiste',
  'Dora Appleyard: Molly Featherstone',
  'Tom Iveson: Callum Rudd',
  'Mrs Lumb and others: Pauline Etherington',
  'Joseph Cragg and others: Dev Malhotra',
];
const thH3 = 'Age guidance and content';
const thP3 = [
  'Recommended for ages 12 and over. The play contains strong language, references to bereavement and a scene of sudden loud noise ' +
    'in the second half. If you would like a detailed content guide, ask at the Box Office or email us before you book.',
];
const thH4 = 'Access';
const thAccess = [
  'Audio described performance: Wednesday 11 March, 7.30pm, with a touch tour at 6pm.',
  'Captioned performance: Saturday 7 March, 2.30pm.',
  'Relaxed performance: Saturday 14 March, 2.30pm, with a visual story available two weeks before.',
  'British Sign Language interpreted performance: Thursday 12 March, 7.30pm.',
];
const thP4 = [
  'Wheelchair spaces and free companion tickets are available for every performance. Call the Box Office on 01632 960 418 and we ' +
    'will find the right seats for you.',
];
const thNav = ['What’s On', 'Visit Us', 'Get Involved', 'Support Us', 'About'];
const thAnchors = ['Overview', 'Dates & Times', 'Access Info', 'Reviews'];
const thMeta = ['Tue 3 – Sat 14 Mar 2026', 'Main House', 'Tickets £14 – £32', 'Running time: approx. 2hrs 20mins'];
const thInstances = ['Tue 3 Mar, 7.30pm', 'Wed 4 Mar, 7.30pm', 'Thu 5 Mar, 7.30pm', 'Sat 7 Mar, 2.30pm', 'Sat 7 Mar, 7.30pm', 'Wed 11 Mar, 7.30pm'];
const thRelated = ['Brass: The Concert', 'A Christmas Carol', 'The Pendlebrook Panto: Dick Whittington'];
const thRelDates = ['Fri 20 Feb 2026', 'Thu 27 Nov 2025 – Sat 3 Jan 2026', 'Fri 5 Dec 2025 – Sun 4 Jan 2026'];
const thNews = ['Be the first to know', 'Sign up for our e-news and hear about new shows, offers and events before anyone else.', 'Email address', 'Sign up'];
const thCookie = [
  'This site uses cookies',
  'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
  'Accept Recommended Settings',
  'Reject All',
  'Cookie Preferences',
];
const thFoot = ['Box Office', 'Contact Us', 'Hire Our Spaces', 'Jobs', 'Privacy Policy', 'Accessibility Statement', 'Terms & Conditions'];
const thFootText = ['Corn Exchange Playhouse, Market Street, Pendlebrook PB1 4EX', 'Registered charity no. 1098764', '© 2025 Corn Exchange Playhouse Trust'];
const thHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Salt Road | Corn Exchange Playhouse</title>
<meta name="description" content="In the winter of 1911 three sisters walk the old salt road across the moor. A new play by Imogen Threlfall.">
<meta property="og:type" content="article"><meta property="og:title" content="The Salt Road"><meta property="og:site_name" content="Corn Exchange Playhouse">
<link rel="canonical" href="https://www.cornexchangeplayhouse.example/whats-on/the-salt-road/">
<link rel="stylesheet" id="cep-main-css" href="https://www.cornexchangeplayhouse.example/wp-content/themes/cep/dist/main.9f2c1.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TheaterEvent","name":"The Salt Road","startDate":"2026-03-03T19:30",
"endDate":"2026-03-14T22:00","location":{"@type":"PerformingArtsTheater","name":"Corn Exchange Playhouse","address":"Market Street, Pendlebrook"},
"offers":{"@type":"AggregateOffer","lowPrice":"14","highPrice":"32","priceCurrency":"GBP"}}</script>
<script src="https://www.cornexchangeplayhouse.example/wp-content/plugins/spektrix/js/integrate.js" id="spektrix-integrate-js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"event":"show_view","show":"the-salt-road"});</script></head>
<body class="show-template-default single single-show postid-4412 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="announcement-bar" role="region" aria-label="Announcement"><p>Our Box Office is closed on Monday 24 November for staff training.</p>
<button class="announcement-bar__close" aria-label="Close announcement">Close</button></div>
<header class="site-header" id="masthead"><div class="site-header__inner"><a class="site-logo" href="/" rel="home">
<span class="screen-reader-text">Corn Exchange
Playhouse</span><svg aria-hidden="true" class="site-logo__svg"></svg></a><nav id="site-navigation" class="main-navigation" aria-label="Main menu">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><ul id="primary-menu" class="menu">
${links(thNav, 'menu-item menu-item-type-post_type')}</ul></nav><div class="site-header__actions"><a class="header-search" href="/?s=">Search</a>
<a class="header-account" href="/my-account/">Sign in</a><a class="header-basket" href="/basket/">Basket <span class="spektrix-basket-count">0</span></a>
</div></div></header>
<main id="content" class="site-main"><article id="post-4412" class="post-4412 show type-show status-publish has-post-thumbnail show_genre-drama">
<section class="show-hero"><figure class="show-hero__image">
<img src="https://www.cornexchangeplayhouse.example/wp-content/uploads/2025/09/salt-road-hero-1600x900.jpg"
alt="Three women in long coats on a snowy moorland road"><figcaption class="show-hero__credit">Image: Studio Harrowgate</figcaption></figure>
<div class="show-hero__content"><p class="show-hero__genre"><a href="/whats-on/?genre=drama">Drama</a></p><h1 class="show-hero__title">${thTitle}</h1>
<p class="show-hero__strap">${thStrap}</p><ul class="show-hero__meta">${thMeta.map((t) => `<li>${t}</li>`).join('')}</ul>
<a class="button button--primary show-hero__book" href="#book">Book now</a></div></section>
<nav class="show-anchors" aria-label="On this page"><ul>${thAnchors
  .map(
    (t) => `<li>
<a href="#${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="show-content entry-content" id="overview"><div class="show-content__main">
${ps(thP1)}
<blockquote class="wp-block-quote is-style-review"><p>${thQuote}</p><cite>The Northern Stage Review, on Tide Tables</cite></blockquote>
<h2 class="wp-block-heading">${thH1}</h2>
${ps(thP2)}
<h2 class="wp-block-heading">${thH2}</h2>
<ul class="cast-list">${thCast.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p class="creatives-link"><a href="#creatives" data-toggle="collapse">See full creative team</a></p>
<h2 class="wp-block-heading">${thH3}</h2>
${ps(thP3)}
</div><aside class="show-content__aside"><div class="access-box" id="access-info"><h2 class="access-box__title">${thH4}</h2>
<ul class="access-box__list">${thAccess.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(thP4)}
<a class="access-box__link" href="/visit-us/access/">Read our full access information</a></div>
<div class="show-partners"><p class="show-partners__label">Supported by</p><img src="/wp-content/uploads/ace-logo.png" alt="Arts Council England"></div>
</aside></div>
<section class="show-booking" id="dates-times"><h2 class="show-booking__title" id="book">Choose a performance</h2>
<div class="spektrix-instances" data-event-id="40201ATKSMRQSRHLQVCLBSTRSPKSMQLDTD" hidden><table class="instances"><tbody>
${thInstances.map((t) => `<tr><td class="instance-date">${t}</td><td><a class="button" href="/book/?instance=${t.length}">Book</a></td></tr>`).join('\n')}
</tbody></table></div><iframe class="spektrix-iframe" name="SpektrixIFrame" id="SpektrixIFrame" title="Book tickets for The Salt Road"
src="https://tickets.cornexchangeplayhouse.example/cep/website/EventDetails.aspx?WebEventId=saltroad&amp;resize=true"></iframe>
<noscript><p>You need JavaScript enabled to book online. Call the Box Office on 01632 960 418.</p></noscript></section>
<section class="show-related" id="reviews"><h2 class="show-related__title">You might also like</h2><div class="show-cards">
${thRelated
  .map(
    (t, i) => `<div class="show-card"><a href="/whats-on/${i}/"><img src="/wp-content/uploads/card-${i}.jpg" alt="">
<h3 class="show-card__title">${t}</h3><p class="show-card__dates">${thRelDates[i]}</p></a></div>`,
  )
  .join('\n')}</div></section></article></main>
<section class="newsletter-strip"><h2>${thNews[0]}</h2><p>${thNews[1]}</p><form action="https://dotdigital.example/signup" method="post">
<label for="nl-email">${thNews[2]}</label><input type="email" id="nl-email" name="email"><button type="submit">${thNews[3]}</button></form></section>
<footer class="site-footer"><div class="site-footer__cols"><ul class="footer-menu">${links(thFoot, 'menu-item')}</ul>
<ul class="social-links"><li><a href="https://facebook.example/cornexchange">Facebook</a></li>
<li><a href="https://instagram.example/cornexchange">Instagram</a></li></ul>
${thFootText.map((t) => `<p class="site-footer__small">${t}</p>`).join('\n')}</div></footer>
<div id="ccc" role="dialog" aria-labelledby="ccc-title"><div id="ccc-content"><h3 id="ccc-title">${thCookie[0]}</h3><p id="ccc-intro">${thCookie[1]}</p>
<button id="ccc-recommended-settings" class="ccc-notify-button">${thCookie[2]}</button><button id="ccc-reject-settings">${thCookie[3]}</button>
<button id="ccc-icon" aria-label="${thCookie[4]}">${thCookie[4]}</button></div></div>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<script id="cep-main-js" src="https://www.cornexchangeplayhouse.example/wp-content/themes/cep/dist/main.4b7e0.js"></script></body></html>`;
const theatre: TestPage = {
  html: thHtml,
  name: 'heldout206-wordpress-spektrix-theatre-show',
  kind: 'blog',
  // the strapline and the review quote are body (the quote's cite line in neither list), the access box is part of the
  // show text (its h2 a heading, its list and paragraph body); the hero meta list, the genre link, the hidden Spektrix
  // instance table, the "Choose a performance" section and the cards are furniture; the anchor menu is furniture
  title: thTitle,
  headings: [thH1, thH2, thH3, thH4],
  body: [thStrap, ...texts(thP1), thQuote, ...texts(thP2), ...thCast, ...thP3, ...thAccess, ...thP4],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Our Box Office is closed on Monday 24 November for staff training.', 'Close', 'Menu', ...thNav, 'Search', 'Sign in', 'Basket',
    'Image: Studio Harrowgate', 'Drama', ...thMeta, 'Book now', ...thAnchors, 'See full creative team', 'Read our full access information',
    'Supported by', 'Choose a performance', ...thInstances, 'You need JavaScript enabled to book online. Call the Box Office on 01632 960 418.',
    'You might also like', ...thRelated, ...thRelDates, ...thNews, ...thFoot, 'Facebook', 'Instagram', ...thFootText, ...thCookie,
  ],
};

export const HELDOUT206_A: readonly TestPage[] = [theatre, venueEvent];
