import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file a2: a Cachet (Laravel) status page's incident history, a listing: the app banner, the "About This
 * Site" box, the day-by-day timeline of incidents with their status icons, times and messages, "Previous week" paging, the
 * subscribe button and the footer with the Cachet credit.
 */
const cTitle = 'Incident History';
const cIntro = j(
  'This page lists every incident and planned maintenance on the Harrowgate Libraries online services for the last seven days. Times',
  'are shown in Europe/London time. For the state of each service right now, see the status overview.',
);
const cDays: readonly [string, readonly [string, string, string, string][]][] = [
  [
    'Friday 13th March 2026',
    [
      [
        'Catalogue search returning no results',
        'Resolved',
        '14:32',
        j(
          'From 11:05 the catalogue search returned an empty list for most queries. The search index had been rebuilt overnight with an',
          'empty branch table, so every result was filtered out. We restored the previous index at 13:48 and rebuilt it again after',
          'fixing the import job. Reservations and renewals were not affected.',
        ),
      ],
    ],
  ],
  [
    'Wednesday 11th March 2026',
    [
      [
        'eBook lending unavailable',
        'Resolved',
        '18:02',
        j(
          'Our eBook supplier had an outage of its own from 15:20 to 17:40, and borrowing or opening eBooks failed during that time. Loans',
          'that were due to end during the outage have been extended by three days.',
        ),
      ],
      [
        'Scheduled maintenance: payments provider upgrade',
        'Completed',
        '07:41',
        j(
          'Card payments for fines and room bookings were switched off between 06:00 and 07:30 while our payments provider moved us to',
          'its new platform. The work finished on time. If a payment you made afterwards shows as pending, it will clear within a day.',
        ),
      ],
    ],
  ],
  [
    'Monday 9th March 2026',
    [
      [
        'Self-service kiosks offline at Cross Street and Meanwood',
        'Resolved',
        '12:15',
        j(
          'The kiosks at two branches lost their connection to the library system after a network change at the council data centre.',
          'Staff issued and returned items at the desk until the change was rolled back at 12:05. Items returned during the morning',
          'were checked in by hand and no overdue charges will be applied for them.',
        ),
      ],
    ],
  ],
  [
    'Sunday 8th March 2026',
    [
      [
        'Room booking confirmations delayed',
        'Resolved',
        '16:20',
        j(
          'Confirmation emails for study room and meeting room bookings were sent up to four hours late on Sunday afternoon. Our email',
          'provider had slowed down messages from our domain after a spike in overdue reminders. All bookings were saved correctly and',
          'rooms were held for everyone who booked. We now send overdue reminders in smaller batches spread through the day.',
        ),
      ],
    ],
  ],
  ['Saturday 7th March 2026', []],
];
const cNav = ['Status', 'History', 'Libraries Home', 'Contact us'];
const cFoot = ['Accessibility statement', 'Privacy notice', 'Cookies'];
const inc = ([name, state, time, msg]: readonly [string, string, string, string]): string => `<div class="moment last">
<div class="row event clearfix"><div class="col-sm-1"><div class="status-icon status-4" data-toggle="tooltip" title="${state}">
<i class="icon ion-checkmark"></i></div></div><div class="col-xs-10 col-xs-offset-2 col-sm-11 col-sm-offset-0">
<div class="panel panel-message incident"><div class="panel-heading"><strong>${name}</strong>
<br><small class="date"><abbr class="timeago links" data-toggle="tooltip" title="${time}">${time}</abbr></small></div>
<div class="panel-body markdown-body"><p>${msg}</p></div></div></div></div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="env" content="production"><meta name="token" content="q8Zt0RmXy1w">
<link rel="alternate" type="application/atom+xml" href="https://status.harrowgate-libraries.example/atom" title="Harrowgate Libraries Status - Atom Feed">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="description" content="Incident history for Harrowgate Libraries online services">
<meta property="og:type" content="website"><meta property="og:title" content="Harrowgate Libraries Status">
<title>${cTitle} | Harrowgate Libraries Status</title>
<link rel="stylesheet" href="https://status.harrowgate-libraries.example/dist/css/app.css?id=2b7f">
<script>window.Global = {"locale":"en","timezone":"Europe/London"};</script>
<script src="https://status.harrowgate-libraries.example/dist/js/manifest.js?id=8d1e"></script></head>
<body class="status-page"><div class="app-banner"><div class="container"><div class="row"><div class="col-md-12 text-center">
<a href="https://status.harrowgate-libraries.example"><img src="/banner" class="banner-image img-responsive" alt="Harrowgate Libraries"></a>
</div></div></div></div>
<nav class="navbar navbar-custom"><div class="container-fluid"><ul class="nav navbar-nav navbar-right">${links(cNav)}</ul></div></nav>
<div class="container" id="app"><div class="about-app"><h2>About This Site</h2>
<p>Harrowgate Libraries runs this page to keep members informed about our catalogue, eBook lending, room booking and payments.</p></div>
<div class="section-timeline"><h1>${cTitle}</h1><p class="lead">${cIntro}</p>
${cDays
  .map(
    ([day, list]) =>
      `<h4>${day}</h4><div class="timeline"><div class="content-wrapper">${
        list.length === 0
          ? '<div class="panel panel-message incident"><div class="panel-body"><p>No incidents reported</p></div></div>'
          : list.map(inc).join('\n')
      }</div></div>`,
  )
  .join('\n')}
</div><nav><ul class="pager"><li class="previous"><a href="/?start_date=2026-02-28" class="links">
<span aria-hidden="true">&larr;</span> Previous week</a></li></ul></nav>
<div class="section-subscribe"><a class="btn btn-success btn-outline" href="/subscribe">Subscribe to updates</a></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-sm-5"><p>Powered by <a href="https://cachethq.io" class="links">Cachet</a>.</p>
</div><div class="col-sm-7"><ul class="list-inline">${links(cFoot)}</ul></div></div></div></footer>
<script src="https://status.harrowgate-libraries.example/dist/js/all.js?id=4c0a"></script></body></html>`;
const all = cDays.flatMap(([, list]) => list);
export const cachetHistory: TestPage = {
  name: 'heldout354-cachet-incident-history',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: all.map((i) => i[0]),
  body: texts([cIntro, ...all.map((i) => i[3])]),
  bylines: [...cDays.map((d) => d[0]), ...all.map((i) => i[2])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'About This Site', 'Harrowgate Libraries runs this page to keep members informed about our catalogue, eBook lending, room booking and payments.',
    'No incidents reported', 'Previous week', 'Subscribe to updates', 'Powered by Cachet.', ...cFoot,
  ],
};
