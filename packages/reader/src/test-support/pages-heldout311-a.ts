import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout311-kit.js';

/**
 * Held-out batch 311, file a: a pretalx talk page of a conference programme (event tabs, the talk's schedule strip, abstract,
 * description, speaker bio, resources, feedback link, language switch and the pretalx footer) and an Indico conference's
 * Call for Abstracts page (conference title box with dates and place, the left menu, the CFP status box and the footer).
 */
const pTitle = 'Backpressure without tears: flow control in streaming pipelines';
const pAbstract = j(
  'Every streaming system eventually meets a consumer that cannot keep up. This talk walks through the three honest answers',
  '(buffer, drop or slow the producer down) and shows how to pick one deliberately instead of discovering it in an outage.',
);
const pDesc1 = [
  j(
    'Most of the pipelines I have debugged did not fail because a component was slow. They failed because nobody had decided what',
    'should happen when a component was slow, so the system decided for them, usually by filling a queue until the process ran out',
    'of memory at three in the morning.',
  ),
  j(
    'We will start from a small ingest service that reads sensor readings from a message broker, enriches them and writes them to a',
    'time-series store. Step by step we will make the store slower and watch where the pressure goes.',
  ),
];
const pList = [
  'Bounded buffers and why "unbounded" is a decision to crash later',
  'Load shedding: which messages you can afford to lose and how to count them',
  'Credit-based flow control, as used by reactive streams and several broker protocols',
  'Measuring lag end to end so that alerts fire before users notice',
];
const pDesc2 = [
  j(
    'The examples are in Kotlin, but nothing depends on the language. Attendees should be comfortable reading a producer and a',
    'consumer loop; no prior knowledge of reactive libraries is assumed.',
  ),
  j(
    'You will leave with a one-page checklist for reviewing a new pipeline and a small simulator you can run on a laptop to see how',
    'each strategy behaves under a burst of ten times the normal load.',
  ),
];
const pBio = [
  j(
    'Mira works as a staff engineer on the data platform team at Halvard Freight, where she looks after the pipelines that track',
    'forty thousand containers a day. Before that she spent six years building payment reconciliation systems.',
  ),
  j('She co-organises the Tarnow streaming user group and keeps a notebook of outage stories, most of which end with the words', '"the queue was unbounded".'),
];
const pNav = ['Schedule', 'Sessions', 'Speakers', 'Feedback'];
const pFoot = ['Privacy policy', 'Imprint', 'Code of Conduct'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} Kestrelconf 2026 :: pretalx</title>
<meta name="description" content="${pAbstract}"><meta property="og:title" content="${pTitle}">
<meta property="og:image" content="https://pretalx.example/media/kestrelconf-2026/submissions/QX7LMA/og.png">
<meta property="og:url" content="https://pretalx.example/kestrelconf-2026/talk/QX7LMA/"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/CACHE/css/output.3f2a9c.css" type="text/css">
<link rel="alternate" type="application/calendar" href="/kestrelconf-2026/talk/QX7LMA.ics">
<script defer src="/static/CACHE/js/output.9b1e0d.js"></script><style>:root{--color-primary:#2d5b7a;}</style></head>
<body data-datetimeformat="YYYY-MM-DD HH:mm"><div id="top-bg" class="header"></div>
<div class="container" id="main-container">
<header><a href="/kestrelconf-2026/" class="header-image"><img src="/media/kestrelconf-2026/img/header.png" alt="Kestrelconf 2026 – Homepage"></a>
<div id="event-nav" class="d-flex"><div class="header-row-left"><ul class="nav nav-tabs">${links(pNav, 'nav-item')}</ul></div>
<div class="header-row-right"><div class="locale-selection"><button class="btn btn-outline-info dropdown-toggle" aria-haspopup="true">English</button>
<div class="dropdown-menu"><a class="dropdown-item" href="/locale/set?locale=de">Deutsch</a></div></div></div></div></header>
<main id="fahrplan" class="card">
<section class="talk-header"><h1 class="talk-title">${pTitle}</h1>
<div class="talk-header-info"><span class="talk-date"><i class="fa fa-calendar"></i> 2026-05-14, 10:30–11:15 (Europe/Berlin)</span>
<span class="talk-room"><i class="fa fa-map-marker"></i> Hall Linden</span>
<span class="talk-track" style="color:#2d5b7a">Data Infrastructure</span><span class="talk-language">Language: English</span>
<a class="btn btn-sm btn-outline-success" href="/kestrelconf-2026/talk/QX7LMA.ics">Add to calendar</a></div></section>
<section class="talk-abstract"><p class="abstract"><b>${pAbstract}</b></p>
<div class="description">${ps(pDesc1)}
<h3>What we will cover</h3>
<ul>${lis(pList)}</ul>
<h3>Who this is for</h3>
${ps(pDesc2)}</div></section>
<section class="speakers"><div class="speaker"><div class="speaker-header"><img class="avatar" src="/media/avatars/ostrander.jpg" alt="">
<h4 class="speaker-name"><a href="/kestrelconf-2026/speaker/LKW3PD/">Mira Ostrander</a></h4></div>
<div class="speaker-bio">${ps(pBio)}</div></div></section>
<section class="resources"><h4>Resources</h4><ul class="resource-list"><li><a href="/media/kestrelconf-2026/slides.pdf">Slides (PDF)</a></li>
<li><a href="https://code.example/mostrander/backpressure-sim">Simulator source code</a></li></ul></section>
<div class="talk-feedback"><a class="btn btn-info" href="/kestrelconf-2026/talk/QX7LMA/feedback/">Leave feedback</a></div>
</main>
<footer><span class="footer-text">Kestrelconf 2026</span> · <ul class="footer-links">${links(pFoot)}</ul>
<span class="powered-by">powered by <a href="https://pretalx.example" target="_blank" rel="noopener">pretalx</a></span></footer>
</div></body></html>`;
const pretalx: TestPage = {
  name: 'heldout311-pretalx-talk',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['What we will cover', 'Who this is for'],
  body: texts([pAbstract, ...pDesc1, ...pList, ...pDesc2, ...pBio]),
  bylines: ['Mira Ostrander'],
  furniture: [
    ...pNav,
    'English',
    'Deutsch',
    '2026-05-14, 10:30–11:15 (Europe/Berlin)',
    'Hall Linden',
    'Data Infrastructure',
    'Language: English',
    'Add to calendar',
    'Resources',
    'Slides (PDF)',
    'Simulator source code',
    'Leave feedback',
    'Kestrelconf 2026',
    ...pFoot,
    'powered by pretalx',
  ],
};

const iConf = 'Eleventh Symposium on Coastal Sediment Dynamics';
const iIntro = [
  j(
    'The scientific committee invites abstracts for oral and poster presentations at the Eleventh Symposium on Coastal Sediment',
    'Dynamics, to be held at the Marlow Institute in Vessby from 12 to 15 October 2026.',
  ),
  j(
    'The symposium brings together field scientists, modellers and coastal engineers. This year we particularly welcome work that',
    'links long-term monitoring records with process models, and contributions from early-career researchers.',
  ),
  j(
    'The programme will combine plenary sessions in the mornings with parallel sessions and a long poster evening on the Tuesday.',
    'A field excursion to the eroding cliffs at Norrvik, where the institute has measured retreat since 1974, is planned for the',
    'last afternoon and is included in the registration fee.',
  ),
];
const iTopics = [
  'Nearshore sediment transport and bar migration',
  'Estuarine mud dynamics and flocculation',
  'Beach and dune response to storm sequences',
  'Nature-based coastal defences and their monitoring',
  'Remote sensing and machine learning for shoreline change',
  'Sediment budgets at regional and decadal scales',
];
const iGuide = [
  j(
    'Abstracts must be written in English and may not exceed 400 words, excluding the title and the list of authors. One figure is',
    'allowed. Please state clearly the question addressed, the methods and the main result; abstracts that only announce future',
    'work are unlikely to be accepted.',
  ),
  j(
    'Each participant may present at most one oral contribution, but may be a co-author on any number of abstracts. When submitting,',
    'indicate whether you prefer an oral or a poster slot; the committee will try to respect your choice.',
  ),
];
const iRows = [
  ['Call for abstracts opens', '2 March 2026'],
  ['Abstract deadline', '15 May 2026'],
  ['Notification of acceptance', '30 June 2026'],
  ['Early registration closes', '31 July 2026'],
];
const iAfter = [
  j(
    'Authors of selected contributions will be invited to submit a full paper to a special issue of the Journal of Shoreline',
    'Processes. Full papers will go through the journal’s normal peer review.',
  ),
  j(
    'A limited number of travel grants is available for students and for researchers from low-income countries. Tick the grant box',
    'in the submission form; no separate application is needed.',
  ),
];
const iMenu = ['Overview', 'Scientific programme', 'Call for Abstracts', 'Submit an abstract', 'Registration and fees', 'Venue and travel', 'Contact'];
const iHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Call for Abstracts · ${iConf} (12-15 October 2026) · Indico</title>
<meta name="csrf-token" id="csrf-token" content="00000000-0000-0000-0000-000000000000"><link rel="shortcut icon" href="/images/indico.ico">
<meta property="og:site_name" content="Indico"><meta property="og:title" content="${iConf}"><meta property="og:type" content="event">
<link rel="stylesheet" href="/dist/css/conferences.b81d02ce.css"><script src="/assets/i18n/en_GB.js"></script>
<script src="/dist/js/common.6f12a4b3.bundle.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${iConf}","startDate":"2026-10-12T09:00:00+02:00",
"endDate":"2026-10-15T17:00:00+02:00","location":{"@type":"Place","name":"Marlow Institute","address":"Vessby"}}</script></head>
<body data-user-id="null" data-static-site="false">
<div class="header"><div class="page-header page-header-dark event-page-header"><div class="main-action-bar flexrow f-j-space-between f-a-center">
<div class="button-bar flexrow"><a class="i-button text-color subtle icon-home" href="/">Home</a></div>
<div class="flexrow f-a-center"><a class="i-button text-color subtle" href="/login/">Login</a></div></div></div></div>
<div class="conf clearfix" itemscope itemtype="http://schema.org/Event"><div class="confheader">
<div class="confTitleBox"><div class="confTitle"><h1><a href="/event/4412/"><span class="conference-title-link"><span itemprop="title">${iConf}</span>
</span></a></h1></div>
<div class="confSubTitleBox"><div class="confSubTitleContent flexrow"><div class="confSubTitle f-self-stretch"><div class="datePlace">
<div class="date"><span class="time-data">12–15 October 2026</span></div><div class="place icon-location">Marlow Institute, Vessby</div>
<div class="timezone">Europe/Stockholm timezone</div></div></div></div></div></div></div>
<div id="confSectionsBox" class="clearfix"><div class="conf_leftMenu"><ul id="outer" class="menu-list">${links(iMenu, 'menuConfTitle')}</ul>
<div class="support_box"><h3>Contact</h3><ul><li><a href="mailto:csd11@marlow.example" class="icon-mail">csd11@marlow.example</a></li></ul></div></div>
<div class="confBodyBox clearfix"><div class="mainContent"><div class="col2">
<div class="action-box highlight"><div class="section"><div class="icon icon-file-text"></div><div class="text">
<div class="label">The Call for Abstracts is open</div><div>You can submit an abstract for reviewing.</div></div>
<div class="toolbar"><a class="i-button highlight" href="/event/4412/abstracts/submit">Submit new abstract</a></div></div></div>
<h2 class="page-title">Call for Abstracts</h2>
<div class="cfa-announcement editor-output">${ps(iIntro)}
<h3>Topics</h3><ul>${lis(iTopics)}</ul>
<h3>Submission guidelines</h3>${ps(iGuide)}
<h3>Important dates</h3><table class="i-table"><thead><tr><th>Milestone</th><th>Date</th></tr></thead>
<tbody>${iRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<h3>Publication and travel grants</h3>${ps(iAfter)}</div>
<div class="cfa-deadline"><span class="label">Submission deadline:</span> <span class="time-data">15 May 2026, 23:59 (Europe/Stockholm)</span></div>
</div></div></div></div></div>
<div id="footer" class="footer"><div class="flexrow f-j-space-between"><div class="footer-powered">Powered by <a href="https://getindico.example">Indico</a>
</div><ul class="footer-extra">${links(['Help', 'Contact', 'Terms and conditions', 'Privacy'])}</ul></div></div>
<script>setupEventDisplay({eventId: 4412, abstractsOpen: true});</script></body></html>`;
const indico: TestPage = {
  name: 'heldout311-indico-call-for-abstracts',
  kind: 'docs',
  html: iHtml,
  title: iConf,
  headings: ['Call for Abstracts', 'Topics', 'Submission guidelines', 'Important dates', 'Publication and travel grants'],
  body: texts([...iIntro, ...iTopics, ...iGuide, ...iRows.flat(), ...iAfter]),
  bylines: [],
  furniture: [
    'Home',
    'Login',
    '12–15 October 2026',
    'Marlow Institute, Vessby',
    'Europe/Stockholm timezone',
    ...iMenu.filter((m) => m !== 'Call for Abstracts'),
    'csd11@marlow.example',
    'The Call for Abstracts is open',
    'You can submit an abstract for reviewing.',
    'Submit new abstract',
    'Submission deadline:',
    '15 May 2026, 23:59 (Europe/Stockholm)',
    'Powered by Indico',
    'Help',
    'Terms and conditions',
    'Privacy',
  ],
};

export const HELDOUT311_A: readonly TestPage[] = [pretalx, indico];
