import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 206, file a2: a small concert venue's event page on WordPress with The Events Calendar (tribe-events):
 * the "« All Events" back link, the schedule line, the hidden notices box, the event image with its credit, the event
 * description with a line-up list, the calendar export buttons, the Details / Venue / Organizer meta boxes, the
 * previous / next event navigation, the Complianz cookie banner, the header and the footer with opening hours.
 */
const veTitle = 'Marrow Lane + Juniper Kite';
const veP1 = [
  '<strong>Marrow Lane</strong> come home to the Foundry Rooms for the last night of their autumn tour, with the new album ' +
    '<em>Weathervane</em> played in full for the first and probably only time.',
  'The five-piece started out in our upstairs bar in 2019, playing to thirty people and a dog. Since then they have built a devoted ' +
    'following for their slow-burning, brass-flecked songs about seaside towns out of season, and <em>Weathervane</em> went top ten ' +
    'in the independent album chart in September.',
  'Expect a long set: the band have promised the whole record, a handful of older favourites and, according to singer Tess Ambrose, ' +
    '“at least one cover that we will regret.”',
];
const veH1 = 'Support';
const veP2 = [
  'Opening the night is <strong>Juniper Kite</strong>, the solo project of Leeds songwriter Farah Quint, whose looped violin and ' +
    'half-whispered vocals made her debut EP one of the quiet surprises of the year. If you arrive early for anyone, make it her.',
];
const veH2 = 'Running order';
const veTimes = ['Doors: 7pm', 'Juniper Kite: 7.45pm', 'Marrow Lane: 8.45pm', 'Curfew: 11pm'];
const veH3 = 'Good to know';
const veList = [
  'This is a standing show with a small number of seats on the balcony, first come first served.',
  'Ages 14+. Under 16s must be accompanied by an adult.',
  'The bar takes card only. There is a free water station by the cloakroom.',
  'Step-free access is via the Canal Street entrance. Please email us in advance if you need a space on the accessible platform.',
];
const veP3 = [
  'Tickets are e-tickets sent by our ticketing partner. Please have the QR code ready on your phone at the door, along with photo ID ' +
    'if you look under 25.',
  'Tickets bought from unofficial resale sites may not be valid. If you can no longer make the show, you can pass ' +
    'your ticket on to a friend for free through the ticketing app, or resell it at face value through the same app ' +
    'up to two hours before doors.',
  'Marrow Lane will be selling a limited run of tour posters and vinyl at the merch desk, and the band have said ' +
    'they will be around to sign things after the show.',
];
const veNav = ['What’s On', 'Hire', 'Food & Drink', 'Visit', 'Contact'];
const veNotice = 'This event has passed.';
const veIcal = ['Google Calendar', 'iCalendar', 'Outlook 365', 'Outlook Live'];
const veDetails = ['Details', 'Date:', 'November 29', 'Time:', '7:00 pm - 11:00 pm', 'Cost:', '£16 – £18.50', 'Event Category:', 'Live Music'];
const veVenue = ['Venue', 'The Foundry Rooms', '41 Canal Street', 'Castleford Bridge', 'CB3 2LQ', 'United Kingdom', '+ Google Map', 'View Venue Website'];
const veOrg = ['Organizer', 'Slow Tide Promotions', 'Email', 'hello@slowtide.example', 'View Organizer Website'];
const veCookie = [
  'Manage Cookie Consent',
  'To provide the best experiences, we use technologies like cookies to store and/or access device information.',
  'Accept',
  'Deny',
  'View preferences',
  'Cookie Policy',
];
const veFoot = ['Monday to Thursday: 5pm – late', 'Friday and Saturday: 12pm – 2am', 'Sunday: 12pm – 10pm'];
const veFootLinks = ['Privacy Policy', 'Accessibility', 'Jobs', 'Mailing List'];
const veHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marrow Lane + Juniper Kite – The Foundry Rooms</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="og:title" content="Marrow Lane + Juniper Kite – The Foundry Rooms"><meta property="article:modified_time" content="2025-10-02T09:14:33+00:00">
<link rel="stylesheet" id="tribe-events-v2-single-skeleton-css"
href="/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css">
<link rel="stylesheet" id="foundry-style-css" href="/wp-content/themes/foundry/style.css?ver=2.3.1">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"Marrow Lane + Juniper Kite","startDate":"2025-11-29T19:00:00+00:00",
"endDate":"2025-11-29T23:00:00+00:00","location":{"@type":"Place","name":"The Foundry Rooms",
"address":{"@type":"PostalAddress","streetAddress":"41 Canal Street"}},
"organizer":{"@type":"Person","name":"Slow Tide Promotions"},"performer":"Organization","offers":{"@type":"Offer","price":"16","priceCurrency":"GBP"}}]</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="tribe_events-template-default single single-tribe_events postid-2231 tribe-events-page-template tribe-no-js tribe-filter-live events-single">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img class="custom-logo"
src="/wp-content/uploads/foundry-logo.svg" alt="The Foundry Rooms"></a></div><nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Primary Menu</button><ul id="primary-menu" class="menu">
${links(veNav, 'menu-item')}</ul></nav><a class="header-cta" href="/whats-on/">Buy Tickets</a></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading">
<img class="tribe-events-spinner-medium" src="/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events"></span>
<div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="/events/"> « All Events</a></p>
<div class="tribe-events-notices" style="display:none"><ul><li>${veNotice}</li></ul></div>
<h1 class="tribe-events-single-event-title">${veTitle}</h1>
<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">November 29 @ 7:00 pm</span> - <span
class="tribe-event-time">11:00 pm</span></div><span class="tribe-events-cost">£16 – £18.50</span></div>
<div id="tribe-events-header" data-title="Marrow Lane + Juniper Kite – The Foundry Rooms" data-viewtitle="Marrow Lane + Juniper Kite">
<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous">
<a href="/event/open-mic-november/"><span>«</span> Open Mic Night: November</a></li><li class="tribe-events-nav-next"><a href="/event/the-haldanes/">The
Haldanes: Christmas Ceilidh <span>»</span></a></li></ul></nav></div>
<div id="post-2231" class="post-2231 tribe_events type-tribe_events status-publish has-post-thumbnail tribe_events_cat-live-music cat_live-music">
<div class="tribe-events-event-image"><img width="1200" height="800" src="/wp-content/uploads/2025/08/marrow-lane-2025.jpg"
class="attachment-full size-full wp-post-image" alt="Marrow Lane"><p class="wp-caption-text">Photo: Kit Haverford</p></div>
<div class="tribe-events-single-event-description tribe-events-content">
${ps(veP1)}
<h3>${veH1}</h3>
${ps(veP2)}
<h3>${veH2}</h3>
<ul>${veTimes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p><em>Times may change on the night.</em></p>
<h3>${veH3}</h3>
<ul>${veList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(veP3)}
<p><a class="wp-block-button__link" href="https://tickets.example/e/marrow-lane-foundry">Buy tickets</a></p>
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">
<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text"
aria-expanded="false">Add to calendar</button></div><div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
${veIcal
  .map(
    (t) => `<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="#" class="tribe-events-c-subscribe-dropdown__list-item-link">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></div></div></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title">${veDetails[0]}</h2><dl><dt class="tribe-events-start-date-label">${veDetails[1]}</dt><dd>
<abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2025-11-29">${veDetails[2]}</abbr></dd><dt
class="tribe-events-start-time-label">${veDetails[3]}</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart"
title="2025-11-29">${veDetails[4]}</div></dd><dt class="tribe-events-event-cost-label">${veDetails[5]}</dt>
<dd class="tribe-events-event-cost">${veDetails[6]}</dd>
<dt class="tribe-events-event-categories-label">${veDetails[7]}</dt><dd class="tribe-events-event-categories"><a href="/events/category/live-music/"
rel="tag">${veDetails[8]}</a></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">${veVenue[0]}</h2><dl>
<dt class="tribe-common-a11y-visual-hide">Venue name:</dt><dd class="tribe-venue">${veVenue[1]}</dd>
<dt class="tribe-common-a11y-visual-hide">Venue address:</dt>
<dd class="tribe-venue-location"><address class="tribe-events-address"><span class="tribe-address"><span class="tribe-street-address">${veVenue[2]}</span>
<br><span class="tribe-locality">${veVenue[3]}</span><span class="tribe-delimiter">,</span> <span class="tribe-postal-code">${veVenue[4]}</span>
<span class="tribe-country-name">${veVenue[5]}</span></span><a class="tribe-events-gmap" href="https://maps.google.example/?q=41+Canal+Street"
target="_blank" rel="noreferrer noopener">${veVenue[6]}</a></address></dd><dd class="tribe-venue-url">
<a href="https://foundryrooms.example">${veVenue[7]}</a></dd>
</dl></div></div>
<div class="tribe-events-single-section tribe-events-event-meta secondary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-organizer">
<h2 class="tribe-events-single-section-title">${veOrg[0]}</h2><dl><dt class="tribe-common-a11y-visual-hide"></dt><dd class="tribe-organizer">${veOrg[1]}</dd>
<dt class="tribe-organizer-email-label">${veOrg[2]}</dt><dd class="tribe-organizer-email">${veOrg[3]}</dd><dd class="tribe-organizer-url">
<a href="https://slowtide.example" target="_self">${veOrg[4]}</a></dd></dl></div></div></div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="/event/open-mic-november/"><span>«</span> Open Mic Night: November</a></li><li class="tribe-events-nav-next">
<a href="/event/the-haldanes/">The Haldanes: Christmas Ceilidh <span>»</span></a></li></ul></nav></div></div>
<div class="tribe-events-after-html"></div></main>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">Opening Hours</h2>
<div class="textwidget">${veFoot.map((t) => `<p>${t}</p>`).join('')}</div></section><section class="widget widget_nav_menu"><ul class="menu">
${links(veFootLinks, 'menu-item')}</ul></section></div><div class="site-info">© 2025 The Foundry Rooms. Powered by WordPress.</div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${veCookie[0]}</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin"><p>${veCookie[1]}</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${veCookie[2]}</button>
<button class="cmplz-btn cmplz-deny">${veCookie[3]}</button><button class="cmplz-btn cmplz-view-preferences">${veCookie[4]}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">${veCookie[5]}</a></li></ul></div></div></div>
<script src="/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js"></script></body></html>`;
export const venueEvent: TestPage = {
  html: veHtml,
  name: 'heldout206-events-calendar-venue-event',
  kind: 'blog',
  // the description block is the article (its h3s the headings, the running order and "good to know" lists body, the
  // italic "times may change" line and "Buy tickets" button furniture); the schedule line, cost, calendar buttons, the
  // Details / Venue / Organizer boxes, prev/next event links, the hidden "has passed" notice and the photo credit are furniture
  title: veTitle,
  headings: [veH1, veH2, veH3],
  body: [...texts(veP1), ...texts(veP2), ...veTimes, ...veList, ...veP3],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Primary Menu', ...veNav, 'Buy Tickets', '« All Events', veNotice, 'November 29 @ 7:00 pm', '11:00 pm', 'Open Mic Night: November',
    'The Haldanes: Christmas Ceilidh', 'Photo: Kit Haverford', 'Times may change on the night.', 'Buy tickets', 'Add to calendar', ...veIcal,
    ...veDetails, ...veVenue, 'Venue name:', 'Venue address:', ...veOrg, 'Opening Hours', ...veFoot, ...veFootLinks,
    '© 2025 The Foundry Rooms. Powered by WordPress.', ...veCookie,
  ],
};
