import { links, ps, type TestPage, texts } from './page-kit.js';
import { fixturePreview } from './pages-heldout206-f2.js';

/**
 * Held-out batch 206, file f: a public library's event calendar entry on Springshare LibCal (the library's own header
 * and menu pasted into the LibCal public header, the LibCal breadcrumb, the event title, the details list of date, time,
 * location, audience and categories, the description with a "what to bring" list, the registration box with seats left
 * and its form labels, the "Add to Calendar" menu, the LibCal footer with "Powered by Springshare" and the library's
 * footer) and, from file f2, a grassroots football club's fixture preview on Pitchero.
 */
const lcTitle = 'Family History Drop-in: Getting Started with Parish Records';
const lcP1 = [
  'Have you always wanted to trace your family tree but not known where to begin? Join our local studies team for a friendly, ' +
    'hands-on morning introducing the parish registers, census returns and trade directories held at Central Library.',
  'We will start with a short talk on how parish records were kept, what they can and cannot tell you, and how to read the ' +
    'handwriting in the older registers. After that you will have time to search the library’s free online resources with help ' +
    'from our staff and volunteers from the Pendle Valley Family History Society.',
  'Many of our records are not available anywhere online, including the baptism and burial registers of six town-centre churches ' +
    'on microfilm and the Pendlebrook Weekly Courier from 1854 onwards. This session is a chance to see them for yourself.',
];
const lcH1 = 'What to bring';
const lcBring = [
  'Any names, dates and places you already know, even if you are not sure they are right.',
  'Your library card, so you can log on to Ancestry Library Edition and Findmypast on our computers.',
  'A notebook or a phone to take photographs of what you find (no flash, please).',
];
const lcP2 = [
  'The session is suitable for complete beginners and anyone who has started their research and got stuck. Places are limited ' +
    'to 16 so that everyone gets time with a helper, so please register below. If you can no longer attend, cancel your place ' +
    'using the link in your confirmation email so someone on the waiting list can come instead.',
  'The Local Studies room is on the second floor and is reached by the lift next to the children’s library. Hearing loops are ' +
    'available; please let us know in advance if you have any other access needs.',
  'This drop-in is part of our winter programme of local history events. Look out for our talks on the town’s ' +
    'mills, the Pendle Valley railway and the history of our own library building, which opened in 1902.',
];
const lcHeaderNav = ['Books & Reading', 'Events', 'Digital Library', 'Local Studies', 'Your Account'];
const lcCrumbs = ['Pendlebrook Libraries', 'LibCal', 'Events Calendar'];
const lcDetails = [
  'Date:',
  'Saturday, January 24, 2026',
  'Time:',
  '10:00am - 12:00pm',
  'Location:',
  'Local Studies Room, 2nd floor',
  'Library:',
  'Central Library',
  'Audience:',
  'Adults',
  'Categories:',
  'Local History',
  'Workshops',
];
const lcReg = [
  'Registration is required. There are 7 seats available.',
  'Waiting list available once all seats are taken.',
  'First Name',
  'Last Name',
  'Email Address',
  'Library card number (optional)',
  'Submit my Registration',
];
const lcCal = ['Add to Calendar', 'Google', 'Outlook', 'iCal'];
const lcMore = ['More events from this calendar', 'Code Club for 9 to 13s', 'Knit and Natter', 'Author talk: Ruth Emberton'];
const lcFoot = ['Contact us', 'Opening hours', 'Accessibility', 'Privacy notice', 'Library charges'];
const lcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Family History Drop-in: Getting Started with Parish Records - Pendlebrook Libraries - LibCal at Pendlebrook Borough Council</title>
<meta name="description" content="Have you always wanted to trace your family tree but not known where to begin?">
<meta property="og:title" content="${lcTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="LibCal">
<link rel="stylesheet" href="https://static-assets-eu.libcal.example/web/jquery/css/jquery-ui.min.css">
<link rel="stylesheet" href="https://static-assets-eu.libcal.example/web/css2.85.1/public.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${lcTitle}","startDate":"2026-01-24T10:00:00+00:00",
"endDate":"2026-01-24T12:00:00+00:00","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{"@type":"Place",
"name":"Central Library"},"organizer":{"@type":"Organization","name":"Pendlebrook Libraries"}}</script>
<script src="https://static-assets-eu.libcal.example/web/jquery/js/jquery-3.7.1.min.js"></script></head>
<body id="s-lc-public-body" class="s-lc-public-page">
<a id="s-lc-public-skiplink" class="sr-only sr-only-focusable" href="#s-lc-public-main">Skip to Main Content</a>
<div id="s-lc-public-header" role="banner"><div class="pbl-header">
<a href="https://libraries.pendlebrook.example/"><img src="https://libapps.example/pbl-logo.png"
alt="Pendlebrook Libraries"></a><ul class="pbl-nav">${links(lcHeaderNav)}</ul><form class="pbl-search"><label for="pbl-q">Search the catalogue</label>
<input id="pbl-q">
<button>Go</button></form></div></div>
<div id="s-lc-public-bc" class="container-fluid"><nav aria-label="breadcrumb"><ol class="breadcrumb">${lcCrumbs
  .map(
    (t) => `<li class="breadcrumb-item">
<a href="#">${t}</a></li>`,
  )
  .join('')}
<li class="breadcrumb-item active" aria-current="page">${lcTitle}</li></ol></nav></div>
<div id="s-lc-public-main" class="container-fluid" role="main"><div class="row"><div id="s-lc-event-wrapper" class="col-md-8">
<div class="s-lc-event-header"><h1 id="s-lc-public-pt" class="s-lc-event-title">${lcTitle}</h1></div>
<dl class="dl-horizontal s-lc-event-details">${[0, 2, 4, 6, 8].map((i) => `<dt>${lcDetails[i]}</dt><dd>${lcDetails[i + 1]}</dd>`).join('\n')}
<dt>${lcDetails[10]}</dt><dd><a href="#" class="s-lc-event-category">${lcDetails[11]}</a>, <a href="#" class="s-lc-event-category">${lcDetails[12]}</a></dd>
</dl>
<div class="s-lc-event-desc">
${ps(lcP1)}
<h3>${lcH1}</h3>
<ul>${lcBring.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(lcP2)}
</div>
<div id="s-lc-event-reg" class="s-lc-event-reg panel panel-default"><div class="panel-heading"><h2 class="panel-title">Registration</h2></div>
<div class="panel-body">
<p class="s-lc-event-seats">${lcReg[0]}</p><p class="text-muted">${lcReg[1]}</p><form id="s-lc-event-form" class="form-horizontal">
${lcReg
  .slice(2, 6)
  .map(
    (l, i) => `<div class="form-group"><label for="reg-f${i}" class="control-label col-sm-3">${l}${i < 3 ? ' <span class="required">*</span>' : ''}</label><div
class="col-sm-9"><input id="reg-f${i}" class="form-control" type="text"></div></div>`,
  )
  .join('\n')}
<button type="submit" class="btn btn-primary">${lcReg[6]}</button></form></div></div>
<div class="s-lc-event-cal btn-group"><button class="btn btn-default dropdown-toggle" data-toggle="dropdown" aria-expanded="false">${lcCal[0]} <span
class="caret"></span></button><ul class="dropdown-menu">${lcCal
  .slice(1)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></div></div>
<div id="s-lc-event-sidebar" class="col-md-4"><div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">${lcMore[0]}</h2></div>
<ul class="list-group">${lcMore
  .slice(1)
  .map((t) => `<li class="list-group-item"><a href="#">${t}</a></li>`)
  .join('')}</ul></div></div></div></div>
<div id="s-lc-public-footer" class="container-fluid"><div id="s-lc-public-footer-brand">Powered by Springshare.</div>
<div id="s-lc-public-footer-rights">All rights
reserved.</div><div id="s-lc-public-footer-links">
<a href="https://pendlebrook.libapps.example/libapps/login.php">Login to LibApps</a> <a href="#">Report a tech support issue.</a></div></div>
<div class="pbl-footer"><ul>${links(lcFoot)}</ul><p>Pendlebrook Libraries is a service of Pendlebrook Borough Council.</p></div>
<script src="https://static-assets-eu.libcal.example/web/js2.85.1/public_events.min.js"></script></body></html>`;
const libcal: TestPage = {
  html: lcHtml,
  name: 'heldout206-libcal-library-event',
  kind: 'news',
  // the description (its h3 the heading, the list body) is the article; the details list (date, time, location, library,
  // audience, categories) is furniture, as are registration box and form labels, the calendar menu, the sidebar, the
  // breadcrumb and both footers; the page has no author or publication date
  title: lcTitle,
  headings: [lcH1],
  body: [...lcP1, ...lcBring, ...texts(lcP2)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...lcHeaderNav, 'Search the catalogue', 'Go', ...lcCrumbs, ...lcDetails, 'Registration', ...lcReg, ...lcCal, ...lcMore,
    'Powered by Springshare.', 'All rights reserved.', 'Login to LibApps', 'Report a tech support issue.', ...lcFoot,
    'Pendlebrook Libraries is a service of Pendlebrook Borough Council.',
  ],
};

export const HELDOUT206_F: readonly TestPage[] = [libcal, fixturePreview];
