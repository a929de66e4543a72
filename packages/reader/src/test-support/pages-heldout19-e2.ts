import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 19, file e2: a public library event page on a LibraryCalendar/Drupal-style site (library header with
 * catalog search and hours, main nav, breadcrumbs, the event title, the date/time box with "Add to calendar", location and
 * room, audience and program type tags, "Register" button with seats left, the description, the accessibility note, "More
 * events" cards, the newsletter signup, a cookie banner and the footer with branch addresses).
 */
const lbTitle = 'Repair Café: Bring Your Broken Lamps, Toasters and Bikes';
const lbBody = [
  'Don’t throw it away, fix it! Once a month our Repair Café brings volunteer fixers to the Eastside Branch to help you repair ' +
    'small appliances, lamps, clothing, bicycles and toys, free of charge.',
  'Bring one item per person, along with any parts or chargers you have. Our fixers will look at the problem with you, explain ' +
    'what went wrong and show you how to put it right, so you can do it yourself next time.',
  'Last year volunteers looked at more than 600 items, and about two thirds of them left the room working again.',
];
const lbBringH = 'What to bring';
const lbBring = [
  'The broken item, cleaned if possible',
  'Any manuals, spare parts or chargers',
  'For bicycles, a lock so the bike can wait outside the meeting room',
];
const lbNote = 'Items that use gas, large appliances and phones with cracked screens cannot be repaired at this event.';
const lbAccess =
  'The Eastside Branch meeting room is wheelchair accessible. If you need an accommodation to take part, please call 555-0142 at least ' +
  'five days before the event.';
const lbNav = ['Catalog', 'Events', 'Services', 'Kids', 'Teens', 'Adults', 'Locations', 'Get a Card', 'Donate'];
const lbMore = ['Tech Help Drop-In', 'Knit Night at Eastside', 'Seed Library Swap', 'Homework Help for Grades 3-8'];
const lbFoot = [
  'Central Library · 201 Main Street',
  'Eastside Branch · 48 Orchard Avenue',
  'Northgate Branch · 1190 Northgate Road',
  'Accessibility',
  'Privacy Policy',
  'Library Board',
  'Jobs',
  'Contact Us',
  '© 2025 Riverbend Public Library',
];
const lbHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${lbTitle} | Riverbend Public Library</title>
<script type="application/ld+json">{"@type":"Event","name":"${lbTitle}","startDate":"2026-01-17T10:00"}</script></head>
<body class="path-node page-node-type-lc-event"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="alert-bar"><p>All locations closed Thursday, January 1 for New Year’s Day.</p></div>
<header class="header" role="banner"><a href="/" class="site-logo">Riverbend Public Library</a><form class="catalog-search">
<input placeholder="Search the catalog">
<button>Search</button></form><div class="header-hours">Open today: 9 AM – 8 PM</div><a href="/user/login">My Account</a></header>
<nav class="main-nav" role="navigation"><ul>${links(lbNav, 'menu-item')}</ul></nav>
<main id="main-content" role="main"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a href="/">Home</a></li><li>
<a href="/events">Events</a></li></ol></nav>
<article class="lc-event node--type-lc-event"><h1 class="page-title"><span class="field--name-title">${lbTitle}</span></h1>
<div class="lc-event-info"><div class="lc-event-info-item lc-event-info-item--date"><h3>Date and Time</h3><div>Saturday, January 17, 2026</div>
<div>10:00 AM – 1:00 PM</div><a class="button button--calendar" href="/node/9921/ical">Add to calendar</a></div>
<div class="lc-event-info-item lc-event-info-item--location"><h3>Location</h3><div>Eastside Branch</div><div>Community Meeting Room</div>
<a href="/locations/eastside">Get directions</a></div>
<div class="lc-event-info-item lc-event-info-item--categories"><h3>Audience</h3><div>Adults, Teens</div><h3>Program Type</h3>
<div>Sustainability, Hands-on</div></div>
<div class="lc-event-registration"><a class="button button--primary" href="/node/9921/register">Register</a><p>14 seats left</p>
<p>Registration opens 14 days before the event.</p></div></div>
<div class="lc-event__body field--name-body">
${lbBody.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${lbBringH}</h2><ul>${lbBring.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p><em>${lbNote}</em></p></div>
<div class="lc-event__accessibility"><h3>Accessibility</h3><p>${lbAccess}</p></div>
<div class="lc-event-share"><span>Share this event:</span><a href="#">Facebook</a><a href="#">Email</a><a href="#">Print</a></div></article>
<section class="lc-more-events"><h2>More events</h2><ul>${links(lbMore, 'lc-card')}</ul><a href="/events">View all events</a></section></main>
<section class="newsletter"><h2>Stay in the loop</h2><p>Get our monthly events newsletter.</p><input placeholder="Email address">
<button>Subscribe</button></section>
<div id="sliding-popup" class="eu-cookie-compliance-banner" role="alertdialog"><p>This website uses cookies to improve your experience.</p>
<button class="agree-button">OK, I agree</button><button>No, thanks</button></div>
<footer class="site-footer"><ul>${links(lbFoot)}</ul></footer></body></html>`;
export const libraryEvent: TestPage = {
  html: lbHtml,
  name: 'heldout19-library-event',
  kind: 'docs',
  // the description paragraphs, the "What to bring" list (its h2 is the heading) and the italic note are body; the
  // date/time box is the event's date: its two lines are bylines (as a post's date line), the "Date and Time" label
  // furniture; the location box, audience and type tags, "Register" with seats and the registration note, "Add to calendar",
  // the accessibility box (its own h3 and note, furniture of the event template), share links, "More events", the
  // newsletter, the closure alert, cookie banner, header, nav, breadcrumbs and footer are furniture; "Eastside Branch" is
  // word-for-word part of the body and the nav's "Adults" and "Teens" are the tags' words: left out as single texts
  title: lbTitle,
  headings: [lbBringH],
  body: [...texts(lbBody), ...lbBring, lbNote],
  bylines: ['Saturday, January 17, 2026', '10:00 AM – 1:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'All locations closed Thursday, January 1 for New Year’s Day.', 'Riverbend Public Library', 'Search',
    'Open today: 9 AM – 8 PM', 'My Account', ...lbNav, 'Home', 'Date and Time', 'Add to calendar', 'Location', 'Community Meeting Room',
    'Get directions', 'Audience', 'Adults, Teens', 'Program Type', 'Sustainability, Hands-on', 'Register', '14 seats left',
    'Registration opens 14 days before the event.', lbAccess, 'Share this event:', 'Facebook', 'Email', 'Print',
    'More events', ...lbMore, 'View all events', 'Stay in the loop', 'Get our monthly events newsletter.', 'Subscribe',
    'This website uses cookies to improve your experience.', 'OK, I agree', 'No, thanks', ...lbFoot,
  ],
};
