import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout465-kit.js';

/**
 * Held-out batch 465, file b: a meeting room booking page on a Nexudus member portal (a server-rendered resource page with
 * its booking widget), and a community event page from a Squarespace events collection.
 */
const nTitle = 'The Boardroom';
const nIntro = [
  j(
    'Our largest room seats fourteen around a single oak table, with a 75-inch screen, a ceiling microphone array and a whiteboard',
    'wall. It looks over the canal on the third floor and has its own pantry.',
  ),
  'Bookings of four hours or more include a catering credit of £40, which you can spend in the café downstairs.',
];
const nFacts = ['Capacity: 14 people', 'Price: £65 per hour, £420 per day', 'Members pay with credits: 1 credit per hour', 'Floor: 3'];
const nEquip = ['75-inch display with wireless casting', 'Video conferencing bar', 'Whiteboard wall and markers', 'Air conditioning'];
const nRules = [
  j('Cancel at least 24 hours before the start of your booking for a full refund. Later cancellations are charged in full.'),
  'Please leave the room as you found it and let reception know if any equipment is not working.',
];
const nHeads = ['Details', 'Equipment', 'Cancellation and house rules'];
const nNav = ['Dashboard', 'Book', 'Events', 'Community', 'Help desk'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>The Boardroom - Book a meeting room - Canalside Exchange</title><meta name="generator" content="Nexudus">
<link rel="stylesheet" href="https://canalsideexchange.spaces.nexudus.com/Content/portal/css/portal.bundle.css?v=24.5.2">
<script>window.nx={business:{name:"Canalside Exchange",currency:"GBP",culture:"en-GB"},resourceId:1419922311};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX1NR2K0B"></script></head>
<body class="nx-portal nx-resource-page"><div id="nx-root">
<a class="sr-only sr-only-focusable" href="#nx-main">Skip to main content</a>
<nav class="navbar navbar-expand-lg nx-navbar"><a class="navbar-brand" href="/en"><img src="/en/business/getlogo?h=40" alt="Canalside Exchange"></a>
<ul class="navbar-nav mr-auto">${links(nNav, 'nav-item')}</ul>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/en/login?returnurl=%2Fen%2Fbookings">Sign in</a></li>
<li class="nav-item"><a class="btn btn-primary" href="/en/signup">Join</a></li></ul></nav>
<main id="nx-main" class="container nx-container"><nav aria-label="breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/en/bookings">Meeting rooms</a></li><li class="breadcrumb-item active" aria-current="page">${nTitle}</li></ol></nav>
<div class="row"><div class="col-lg-7"><div class="nx-resource-gallery"><div class="carousel slide" data-ride="carousel"><div class="carousel-inner">
<div class="carousel-item active"><img class="d-block w-100" src="/en/resource/getimage/1419922311?w=900" alt="The Boardroom"></div></div>
<a class="carousel-control-prev" href="#" role="button"><span class="sr-only">Previous</span></a>
<a class="carousel-control-next" href="#" role="button"><span class="sr-only">Next</span></a></div></div>
<div class="nx-resource-description"><h1 class="nx-resource-title">${nTitle}</h1><span class="badge badge-light nx-resource-type">Meeting room</span>
${ps(nIntro)}
<h2 class="h5">${nHeads[0]}</h2><ul class="list-unstyled nx-resource-facts">${lis(nFacts)}</ul>
<h2 class="h5">${nHeads[1]}</h2><ul class="nx-amenities">${lis(nEquip, 'nx-amenity')}</ul>
<h2 class="h5">${nHeads[2]}</h2>${ps(nRules)}</div></div>
<div class="col-lg-5"><div class="card nx-booking-widget sticky-top"><div class="card-body"><h3 class="card-title h5">Book this room</h3>
<form action="/en/bookings/create" method="post"><div class="form-group"><label for="FromTime">Date</label>
<input class="form-control" id="FromTime" type="date" value="2024-06-18"></div>
<div class="form-row"><div class="col"><label for="StartTime">Start</label><select class="form-control" id="StartTime"><option>09:00</option>
<option>09:30</option><option>10:00</option></select></div><div class="col"><label for="EndTime">End</label><select class="form-control" id="EndTime">
<option>10:00</option><option>10:30</option></select></div></div>
<div class="nx-availability"><span class="nx-slot nx-slot-busy" title="Booked">09:00</span><span class="nx-slot" title="Free">10:00</span></div>
<p class="nx-price-estimate">Estimated price: <strong>£65.00</strong></p>
<button type="submit" class="btn btn-primary btn-block">Continue</button>
<p class="small text-muted">You will need to sign in or create an account to complete your booking.</p></form></div></div>
<div class="card nx-other-rooms"><div class="card-body"><h3 class="h6">Other rooms</h3>
<ul class="list-unstyled">${links(['The Lock Room (6 people)', 'The Towpath (4 people)', 'Phone booth 2 (1 person)'])}</ul></div></div></div></div></main>
<footer class="nx-footer"><div class="container"><p>Canalside Exchange, 12 Wharf Lane, Millbridge MB3 2LT · 0161 555 0142</p>
<p class="small">Powered by <a href="https://www.nexudus.com">Nexudus</a></p></div></footer></div>
<div class="nx-cookie-consent alert alert-dark fixed-bottom" role="alert"><span>This site uses cookies to give you the best experience.</span>
<a href="/en/privacy">Read more</a><button type="button" class="btn btn-light btn-sm">Got it</button></div>
<script src="https://canalsideexchange.spaces.nexudus.com/Content/portal/js/portal.bundle.js?v=24.5.2"></script></body></html>`;
const nexudus: TestPage = gold({
  name: 'heldout465-nexudus-room',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [...nIntro, ...nFacts, ...nEquip, ...nRules],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Sign in', 'Join', 'Meeting rooms', 'Meeting room', 'Book this room', 'Date', 'Start', 'End',
    'Estimated price: £65.00', 'Continue', 'You will need to sign in or create an account to complete your booking.', 'Other rooms',
    'The Lock Room (6 people)', 'The Towpath (4 people)', 'Phone booth 2 (1 person)',
    'Canalside Exchange, 12 Wharf Lane, Millbridge MB3 2LT · 0161 555 0142', 'Powered by Nexudus',
    'This site uses cookies to give you the best experience.', 'Read more', 'Got it',
  ],
});

const sTitle = 'Members’ Supper Club: Cooking with the Allotment';
const sWhen = ['Thursday, June 20, 2024', '6:30 PM – 9:00 PM', 'The Long Room, Fernhill Studios, 88 Orchard Street, Bristol'];
const sBody = [
  j(
    'Our June supper club moves upstairs to the Long Room, where chef and Fernhill member Odile Brannock will cook a three-course',
    'meal from whatever the Orchard Street allotment gives us that week. Expect broad beans, new potatoes and far too much chard.',
  ),
  j(
    'Odile will talk us through each course as she cooks, and there will be time between courses to meet members from the other',
    'floors. The evening is vegetarian, and we can cater for vegan and gluten-free diets if you tell us when you book.',
  ),
  'Tickets are £12 for members and £18 for guests, and include the meal and a drink. Places are limited to 40.',
  'Please arrive from 6.15pm. The lift is out of use until the end of June, so the Long Room is reached by two flights of stairs.',
];
const sNav = ['Studios', 'Desks', 'Events', 'Journal', 'About'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle.replace('&', '&amp;')} — Fernhill Studios</title>
<link rel="canonical" href="https://www.fernhillstudios.co.uk/events/supper-club-june">
<meta property="og:site_name" content="Fernhill Studios"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.fernhillstudios.co.uk","name":"Fernhill Studios","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","startDate":"2024-06-20T18:30:00+0100","location":{"@type":"Place","name":"The Long Room"},
"@context":"http://schema.org","@type":"Event"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a9c1e8d7b4a0012c3e4f5","siteTitle":"Fernhill Studios"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2a9c1e8d7b4a0012c3e4f5/42/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-665f0c2b9e1d3a47" class="header-overlay-alignment-center tweak-events-stacked-show-thumbnails view-item collection-type-events">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Fernhill Studios</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--tertiary" href="/contact">Book a visit</a></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu" aria-expanded="false">
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="665f0c2b9e1d3a48">
<section class="page-section content-collection full-bleed-section collection-type-events"><div class="content-wrapper"><div class="content">
<div class="eventitem-backlink"><a href="/events" class="eventitem-backlink" data-animation-role="content">Back to All Events</a></div>
<article class="eventitem" id="article-665f0c2b9e1d3a47" data-item-id="665f0c2b9e1d3a47">
<div class="eventitem-column-meta"><h1 class="eventitem-title">${sTitle}</h1><ul class="eventitem-meta event-meta event-meta-date-time-container">
<li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="2024-06-20">${sWhen[0]}</time></li>
<li class="eventitem-meta-item eventitem-meta-time event-meta-item"><span class="event-time-12hr"><time class="event-time-12hr-start"
datetime="2024-06-20">6:30 PM</time>
<span class="event-time-12hr-separator"> – </span><time class="event-time-12hr-end" datetime="2024-06-20">9:00 PM</time></span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">${sWhen[2]}
<a href="http://maps.google.com?q=88%20Orchard%20Street" class="eventitem-meta-address-maplink" target="_blank">(map)</a></li></ul>
<ul class="eventitem-meta event-meta event-meta-export-container"><li class="eventitem-meta-item eventitem-meta-export event-meta-item">
<a href="http://www.google.com/calendar/event?action=TEMPLATE" class="eventitem-meta-export-item">Google Calendar</a>
<span class="eventitem-meta-export-separator"></span><a href="/events/supper-club-june?format=ical" class="eventitem-meta-export-item">ICS</a></li></ul></div>
<div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="https://tickets.fernhillstudios.co.uk/supper-june" class="sqs-block-button-element--medium sqs-button-element--primary">Get
tickets</a></div></div></div>
</div></div></div></div>
<footer class="eventitem-meta event-meta-footer"><div class="eventitem-meta-tags">Tags: <a href="/events?tag=supper+club">supper club</a>,
<a href="/events?tag=members">members</a></div><div class="eventitem-sharebuttons"><span class="squarespace-social-buttons inline-style"></span></div></footer>
</article><nav class="eventitem-pagination"><a href="/events/open-studios-july" class="eventitem-pagination-item eventitem-pagination--next">
<div class="pagination-title-wrapper"><h2 class="pagination-title">Open Studios Weekend</h2><span class="pagination-arrow"></span></div></a>
<a href="/events/breakfast-may" class="eventitem-pagination-item eventitem-pagination--prev"><div class="pagination-title-wrapper">
<h2 class="pagination-title">May Members’ Breakfast</h2></div></a></nav></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block"><div class="sqs-html-content"><p class="sqsrte-small">Fernhill Studios · 88 Orchard Street · Bristol BS2 8QR</p>
<p class="sqsrte-small">Open weekdays 8am–8pm for members</p></div></div>
<div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">What’s on at Fernhill</h2>
<form class="newsletter-form"><input aria-label="Email Address" name="email" type="email" placeholder="Email Address"><button class="newsletter-form-button"
type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
</div></div></div></div></section></footer></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-8b1c0f3a-min.en-US.js"></script></body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout465-squarespace-event',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sWhen, ...sBody]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Fernhill Studios', ...sNav, 'Book a visit', 'Back to All Events', '(map)', 'Google Calendar', 'ICS', 'Get tickets',
    'Tags:', 'supper club', 'members', 'Open Studios Weekend', 'May Members’ Breakfast', 'Fernhill Studios · 88 Orchard Street · Bristol BS2 8QR',
    'Open weekdays 8am–8pm for members', 'What’s on at Fernhill', 'Sign Up', 'We respect your privacy.',
  ],
});

export const HELDOUT465_B: readonly TestPage[] = [nexudus, squarespace];
