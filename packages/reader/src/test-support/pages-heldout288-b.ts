import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';
import { pitchero } from './pages-heldout288-b2.js';

/**
 * Held-out batch 288, file b: a public library's event page on Springshare LibCal (the library's header and menu, LibCal's
 * breadcrumb, the event title, the details table with date, time, location, audience and categories as data, the description,
 * "Add to Calendar", the registration form box, "More events" and the footer) and, from file b2, a sports club's news item on
 * a Pitchero club site.
 */
const lTitle = 'Family History Drop-In: Tracing Your Wartime Ancestors';
const lRows = [
  ['Date:', 'Saturday, March 21, 2026'],
  ['Time:', '10:30am - 12:30pm'],
  ['Location:', 'Local Studies Room, Second Floor'],
  ['Library:', 'Kessington Central Library'],
  ['Audience:', 'Adults, Seniors'],
  ['Categories:', 'Local History, Genealogy'],
];
const lDesc = [
  j(
    'Did a grandparent serve in the armed forces, work in a munitions factory or arrive in Kessington as an evacuee? Bring what you',
    'know, and any old letters, photographs or medals, to this informal drop-in with our local studies team.',
  ),
  j(
    'Staff will show you how to search service records, ration book registers and the Kessington Courier archive, which has now',
    'been digitized from 1938 to 1946 and can be searched free of charge on library computers.',
  ),
  'At the session you can:',
  'Get one-to-one help starting a family tree',
  'Learn which records survive and where they are held',
  'Have a photograph or document scanned to take home on a USB stick',
  'See wartime maps of the town from our map collection',
  j(
    'No booking is needed for the drop-in, but if you would like a guaranteed twenty-minute appointment with a specialist, please',
    'register below. Appointments are limited to one per household.',
  ),
  j(
    'The Local Studies Room is accessible by elevator. Please let us know in advance if you need a hearing loop or large-print',
    'handouts and we will have them ready for you.',
  ),
  j(
    'This drop-in is part of our spring Local History Month, which also includes a walking tour of the old dockyard and a talk on',
    'the town’s wartime evacuees. Children aged twelve and over are welcome with an adult, and many families enjoy coming together.',
  ),
  j(
    'Can’t make it on the day? The local studies team runs a shorter drop-in on the first Tuesday afternoon of every month, and our',
    'free online guide to starting your family history is available from the library website.',
  ),
];
const lNav = ['Catalog', 'My Account', 'Events', 'eLibrary', 'Locations & Hours', 'Get a Card', 'Ask Us'];
const lCrumbs = ['Kessington Public Library', 'LibCal', 'Events Calendar'];
const lMore = ['Knit & Natter', 'Tech Help: Getting Started with Your Tablet', 'Baby Rhyme Time', 'Author Talk: Delia Marchbanks on Canal Towns'];
const lFoot = ['Accessibility', 'Privacy Policy', 'Library Board', 'Jobs', 'Contact Us'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"/>
<title>${lTitle} - Kessington Public Library</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Did a grandparent serve in the armed forces, work in a munitions factory or arrive in Kessington as an evacuee?">
<meta property="og:title" content="${lTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Kessington Public Library">
<link rel="stylesheet" href="https://libcal.example/web/css2.23.0/public.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${lTitle}","startDate":"2026-03-21T10:30:00-05:00",
"endDate":"2026-03-21T12:30:00-05:00","location":{"@type":"Place","name":"Kessington Central Library","address":"220 Market Street, Kessington"},
"organizer":{"@type":"Organization","name":"Kessington Public Library"},"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode"}</script>
<script>springyPage = {"lang":"en","iid":3321,"cal_id":11872,"event_id":14220931};</script></head>
<body><a id="s-lc-public-skiplink" class="sr-only sr-only-focusable" href="#s-lc-public-main">Skip to main content</a>
<div id="s-lc-public-header"><header class="kpl-header"><div class="kpl-logo"><a href="https://www.kessingtonlibrary.org">
<img src="https://libapps.example/kpl-logo.png" alt="Kessington Public Library home"></a></div>
<nav class="kpl-menu" aria-label="Main"><ul>${links(lNav)}</ul></nav></header></div>
<div id="s-lc-public-bc"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(lCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active" aria-current="page">${lTitle}</li></ol></nav></div>
<div id="s-lc-public-main" class="container-fluid" role="main"><div class="row"><div id="s-lc-public-cust-header" class="col-md-12"></div></div>
<div class="row"><div id="s-lc-event-pg" class="col-md-8"><h1 id="s-lc-public-pt" class="s-lc-event-title">${lTitle}</h1>
<div class="s-lc-event-ical"><a href="/ical_subscribe.php?src=p&cid=11872&eid=14220931" class="btn btn-default btn-sm" id="s-lc-event-ical-btn">
<i class="fa fa-calendar-plus-o" aria-hidden="true"></i> Add to Calendar</a></div>
<div class="s-lc-event-img"><img src="https://libcal.example/uploads/wartime.jpg" alt=""></div>
<dl class="dl-horizontal s-lc-event-detail">
${lRows.map(([k, v]) => `<dt class="s-lc-event-label">${k}</dt> <dd class="s-lc-event-val">${(v ?? '').replace('&', '&amp;')}</dd>`).join('\n')}
</dl>
<div class="s-lc-event-desc">
${ps(lDesc.slice(0, 3))}
<ul>${lDesc
  .slice(3, 7)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(lDesc.slice(7))}
</div>
<div id="s-lc-event-reg" class="s-lc-event-reg panel panel-default"><div class="panel-heading"><h2 class="panel-title">Registration is required</h2></div>
<div class="panel-body"><p class="s-lc-event-seats">There are <strong>4</strong> seats available.</p>
<form id="s-lc-event-reg-form"><label for="fname">First Name</label> <input id="fname" type="text"><label for="lname">Last Name</label> <input id="lname"
type="text">
<label for="email">Email Address</label> <input id="email" type="email"><button type="submit" class="btn btn-primary">Register</button></form>
<p class="s-lc-event-reg-note">You will receive a confirmation email with a link to cancel.</p></div></div>
<div class="s-lc-event-footer"><span class="s-lc-event-created">Event Organizer: Local Studies Team</span>
<a class="s-lc-event-contact" href="mailto:localstudies@kessingtonlibrary.org">Contact the organizer</a></div></div>
<div id="s-lc-event-sidebar" class="col-md-4"><div class="s-lc-box"><h2>More events</h2><ul class="s-lc-event-more">${links(lMore)}</ul>
<a href="/calendar?cid=11872" class="btn btn-link">View full calendar</a></div>
<div class="s-lc-box"><h2>Subscribe</h2><p>Get our events newsletter every Friday.</p><a href="/subscribe"
class="btn btn-default">Sign up for email updates</a></div></div></div></div>
<div id="s-lc-public-footer"><footer class="kpl-footer"><ul>${links(lFoot)}</ul><p>Kessington Public Library, 220 Market Street, Kessington</p>
<p>Powered by Springshare.</p><p>All rights reserved.</p></footer></div>
<div id="kpl-cookie" class="cookie-notice" role="dialog"><p>We use cookies to understand how our website is used. See our Privacy Policy for details.</p>
<button class="btn btn-primary" id="kpl-cookie-ok">Got it</button></div>
<script src="https://libcal.example/js2.23.0/public.min.js"></script><script>jQuery(function(){springSpace.eventPage.init();});</script></body></html>`;
const libcal: TestPage = {
  name: 'heldout288-libcal-library-event',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: [...lRows.map((r) => r.join(' ')), ...texts(lDesc)],
  bylines: ['Event Organizer: Local Studies Team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...lNav, ...lCrumbs, 'Add to Calendar', 'Registration is required', 'There are 4 seats available.', 'First Name', 'Last Name',
    'Email Address', 'Register', 'You will receive a confirmation email with a link to cancel.', 'Contact the organizer', 'More events', ...lMore,
    'View full calendar', 'Subscribe', 'Get our events newsletter every Friday.', 'Sign up for email updates', ...lFoot,
    'Kessington Public Library, 220 Market Street, Kessington', 'Powered by Springshare.', 'All rights reserved.',
    'We use cookies to understand how our website is used. See our Privacy Policy for details.', 'Got it',
  ],
};

export const HELDOUT288_B: readonly TestPage[] = [libcal, pitchero];
