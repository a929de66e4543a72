import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file e2: a public library's event page on Springshare LibCal (the library's own header and menu
 * around the LibCal public page, the LibCal breadcrumb, the event title, the details list with date, time, location,
 * campus, categories, audience and registration, "Add to Calendar", the description, the registration form, the "More
 * events" rail, the "Powered by Springshare" footer and the library's footer).
 */
const lTitle = 'Author Talk: Lionel Pargeter on The Weather Diaries';
const lDesc = [
  j(
    'Join us in the Reading Room for an evening with local author Lionel Pargeter, whose new book <em>The Weather Diaries</em>',
    'draws on more than four hundred handwritten weather diaries kept by ordinary people over three centuries.',
  ),
  j(
    'Lionel will talk about how he tracked down the diaries, several of which came from the library’s own local studies',
    'collection, and will read from the chapter on the great frost. There will be time for questions, and copies of the book',
    'will be on sale from Fennel &amp; Finch Books.',
  ),
  'This event is free, but places are limited. Please register below. The evening will include:',
];
const lList = [
  'a short talk and reading (about 40 minutes);',
  'a chance to see three original diaries from the local studies collection;',
  'questions from the audience and a book signing.',
];
const lAbout = [
  j(
    'Lionel Pargeter grew up in the Tyne valley and worked for many years as a hydrologist before turning to writing. His',
    'previous book, a history of the county’s lost watermills, was shortlisted for a regional history award. He has been a',
    'regular visitor to the local studies room for more than a decade.',
  ),
];
const lAccess = [
  j(
    'The Reading Room is on the first floor and is accessible by lift. A hearing loop is available. If you have any access',
    'needs, please contact the library before the event.',
  ),
];
const lMenu = ['Catalogue', 'eLibrary', 'Events', 'Local studies', 'Your account', 'Join the library'];
const lCrumbs = ['Brackmoor Libraries', 'LibCal', 'Events Calendar'];
const lDetails: readonly (readonly [string, string])[] = [
  ['Date:', 'Thursday, April 23, 2026'],
  ['Time:', '6:30pm - 8:00pm'],
  ['Location:', 'Reading Room, First Floor'],
  ['Library:', 'Hexham Central Library'],
  ['Categories:', 'Adults, Author Events, Local History'],
  ['Registration:', 'Registration is required. There are 14 seats available.'],
];
const lMore = ['Rhyme Time for under-fives', 'Family history drop-in', 'Silent Book Club'];
const lFoot = ['Contact us', 'Opening hours', 'Accessibility statement', 'Privacy notice'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Author Talk: Lionel Pargeter on The Weather Diaries - Brackmoor Libraries</title>
<meta name="description" content="Join us in the Reading Room for an evening with local author Lionel Pargeter.">
<link rel="stylesheet" href="https://libcal.example/web/css/public.min.css?1772550000"><script src="https://libcal.example/js/jquery.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Author Talk: Lionel Pargeter on The Weather Diaries",
"startDate":"2026-04-23T18:30:00+01:00","endDate":"2026-04-23T20:00:00+01:00","location":{"@type":"Place","name":"Hexham Central Library"},
"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","isAccessibleForFree":true}</script>
<script>springSpace.Util.setProp("eventId", 14123108);</script></head>
<body id="s-lc-public-body" class="s-lc-event"><a id="s-lc-skip" href="#s-lc-public-main" class="sr-only">Skip to Main Content</a>
<div id="s-lc-public-header"><div class="library-header"><a href="https://www.brackmoorlibraries.example" class="library-logo">Brackmoor Libraries</a>
<ul class="library-menu">${links(lMenu)}</ul></div></div>
<div id="s-lc-public-bc"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(lCrumbs, 'breadcrumb-item')}<li class="breadcrumb-item
active">${lTitle}</li></ol></nav></div>
<div id="s-lc-public-main" class="container-fluid" role="main"><div class="row"><div class="col-md-9"><div id="s-lc-event" class="s-lc-event-page">
<h1 id="s-lc-public-pt" class="s-lc-event-title">${lTitle}</h1>
<div class="s-lc-event-details"><dl class="dl-horizontal">${lDetails.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}</dl>
<div class="s-lc-event-cal"><button class="btn btn-default" id="s-lc-ical">Add to Calendar</button></div></div>
<div id="s-lc-event-desc" class="s-lc-event-desc">${ps(lDesc)}<ul>${lis(lList)}</ul>${ps(lAbout)}${ps(lAccess)}</div>
<div class="s-lc-event-img"><img src="https://libcal.example/data/events/14123108.jpg" alt=""><p class="s-lc-event-img-caption">Lionel Pargeter in the local
studies search room.</p></div>
<div id="s-lc-event-reg" class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Register for this event</h2></div><div
class="panel-body"><form
class="form-horizontal"><label for="fname" class="control-label">First Name <span class="required">*</span></label><input id="fname" class="form-control">
<label for="lname" class="control-label">Last Name <span class="required">*</span></label><input id="lname" class="form-control">
<label for="email" class="control-label">Email Address <span class="required">*</span></label><input id="email" class="form-control">
<button type="submit" class="btn btn-primary">Submit</button></form></div></div></div></div>
<div class="col-md-3"><div id="s-lc-event-more" class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">More events</h2></div><ul
class="list-group">${links(lMore, 'list-group-item')}</ul><a href="/calendar/events" class="btn btn-link">View the full calendar</a></div></div></div></div>
<div id="s-lc-public-footer" class="s-lc-public-footer"><div id="s-lc-public-cust-footer"><ul>${links(lFoot)}</ul></div><div
id="s-lc-public-footer-right"><span>Powered
by Springshare</span>. <span>All rights reserved.</span> <a href="https://libcal.example/admin">Login to LibApps</a></div></div></body></html>`;

export const libcalEvent: TestPage = {
  name: 'heldout337-libcal-library-event-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: [...texts(lDesc), ...texts(lList), ...texts(lAbout), ...texts(lAccess)],
  bylines: [],
  furniture: [
    'Skip to Main Content',
    'Brackmoor Libraries',
    ...lMenu,
    ...lCrumbs,
    ...lDetails.flatMap(([k, v]) => [k, v]),
    'Add to Calendar',
    'Lionel Pargeter in the local studies search room.',
    'Register for this event',
    'First Name',
    'Last Name',
    'Email Address',
    'Submit',
    'More events',
    ...lMore,
    'View the full calendar',
    ...lFoot,
    'Powered by Springshare',
    'All rights reserved.',
    'Login to LibApps',
  ],
};
