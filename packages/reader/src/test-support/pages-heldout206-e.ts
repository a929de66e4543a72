import { ps, type TestPage, texts } from './page-kit.js';
import { weddingVenue } from './pages-heldout206-e2.js';

/**
 * Held-out batch 206, file e: a conference talk page on a pretalx schedule (the event header with the conference name
 * as the page h1, the schedule nav with "Schedule", "Sessions", "Speakers" and the version select, the talk header with
 * time, room, language and track, the abstract and description with code and a list, "Links" and "Attachments", the
 * speaker box with photo and biography, the feedback link, "Export" and the "powered by pretalx" footer) and, from file
 * e2, a wedding venue's page built with Elementor.
 */
const ptTitle = 'Streaming CSV at scale: parsing a terabyte without falling over';
const ptAbstract =
  'Most CSV parsers assume the file fits in memory and the quoting rules are followed. Neither is true in production. This talk ' +
  'shows how we rebuilt our ingestion pipeline around a streaming parser that survives both.';
const ptP1 = [
  'At Ledgerline we ingest around a terabyte of CSV a day from 600 banks and payment providers. For years we loaded each file ' +
    'whole, validated it and then handed it on. It worked until it didn’t: one bank started sending 40 GB files, and another ' +
    'decided that unescaped quotes inside fields were a reasonable thing to do.',
  'In this talk I will walk through how we replaced the old loader with a streaming parser built on async iterators, and what ' +
    'we learned along the way. We will look at:',
];
const ptList = [
  'why chunk boundaries are where all the bugs live, and how to test them with property-based testing;',
  'handling broken quoting without silently corrupting rows;',
  'back-pressure between the parser, the validator and the database writer;',
  'keeping memory flat when a single row is 200 MB long (yes, really).',
];
const ptP2 = [
  'You will leave with a small set of patterns you can apply to any line-oriented format, and a healthy suspicion of every file ' +
    'that claims to be RFC 4180 compliant.',
  'The talk assumes some familiarity with Python or TypeScript. All examples are shown in both, and the code is available in ' + 'the repository linked below.',
  'The parser described in the talk has been running in production since February. It processes files of up to 60 GB with a ' +
    'resident memory of under 300 MB, and the number of ingestion incidents our on-call team handles has fallen from roughly one ' +
    'a week to one a quarter.',
  'There will be ten minutes for questions at the end. If you have a particularly cursed CSV file of your own, bring it along: I ' +
    'am collecting the worst examples for a follow-up write-up, shared only with permission and with all personal data removed.',
];
const ptBio =
  'Ines Carvalho is a staff engineer at Ledgerline, where she leads the data ingestion team. Before that she built search ' +
  'infrastructure at a Lisbon travel start-up. She maintains two open-source parsing libraries and has strong opinions about ' +
  'byte order marks.';
const ptNav = ['Schedule', 'Sessions', 'Speakers', 'Feedback'];
const ptInfo = ['11-13, 16:20–16:50 (Europe/Lisbon)', 'Auditorium B', 'English', 'Data engineering', 'Talk'];
const ptLinks = ['Slides (PDF)', 'Example repository'];
const ptHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Streaming CSV at scale: parsing a terabyte without falling over :: DataFlow Lisbon 2025 :: pretalx</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<meta property="og:title" content="${ptTitle}"><meta property="og:description" content="${ptAbstract}"><meta property="og:url"
content="https://pretalx.example/dataflow-2025/talk/QZ7XKM/"><meta property="og:image" content="https://pretalx.example/dataflow-2025/talk/QZ7XKM/og-image">
<link rel="stylesheet" type="text/css" href="/static/CACHE/css/output.8f2a4b3c9d1e.css"><link rel="stylesheet" href="/dataflow-2025/static/event.css">
<link rel="alternate" type="application/json" title="DataFlow Lisbon 2025 API" href="https://pretalx.example/api/events/dataflow-2025">
<link rel="alternate" type="text/calendar" href="https://pretalx.example/dataflow-2025/talk/QZ7XKM.ics">
<script defer src="/static/CACHE/js/output.21c7e0f4a6b5.js"></script></head>
<body data-datetimeformat="YYYY-MM-DD HH:mm" data-dateformat="YYYY-MM-DD"><div id="top-bg" class="header"></div>
<div class="container" id="main-container"><div id="header-row"><div id="event-logo"><a href="/dataflow-2025/" class="event-name">
<h1>DataFlow Lisbon 2025</h1></a></div>
<div class="header-row-right"><div class="locale-selector"><select name="locale" aria-label="Language"><option value="en" selected>English</option><option
value="pt">Português</option></select></div><a href="/dataflow-2025/login/?next=/dataflow-2025/talk/QZ7XKM/" class="header-row-link">Login</a></div></div>
<div id="event-content"><nav id="schedule-nav"><div class="navigation">${ptNav
  .map(
    (t, i) => `<a href="/dataflow-2025/${['schedule', 'talk', 'speaker', 'feedback'][i]}/"
class="btn btn-outline-primary${i === 0 ? ' active' : ''}">${t}</a>`,
  )
  .join('\n')}</div><div class="header-row-right"><details class="dropdown"><summary
class="btn btn-outline-info">Version 7</summary><div class="dropdown-content"><a href="/dataflow-2025/schedule/v/7/">Version 7 (current)</a><a
href="/dataflow-2025/schedule/changelog/">Changelog</a></div></details></div></nav>
<main><article><div class="talk-header"><h3 class="talk-title">${ptTitle}</h3><div class="talk-info">
${ptInfo.map((t, i) => `<span class="${['time', 'room', 'language', 'track', 'type'][i]}">${t}</span>`).join('\n')}</div></div>
<section class="talk"><p class="abstract"><b>${ptAbstract}</b></p><div class="description">
${ps(ptP1)}
<ul>${ptList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<pre><code>async for row in parse_stream(response.aiter_bytes(), chunk_size=1 &lt;&lt; 20):
    await writer.put(row)</code></pre>
${ps(ptP2)}
</div></section>
<section class="resources"><h4>Links</h4><ul>${ptLinks.map((t, i) => `<li><a href="https://example.org/${i}">${t}</a></li>`).join('')}</ul></section>
<div class="talk-links"><a href="/dataflow-2025/talk/QZ7XKM/feedback/" class="btn btn-info"><i class="fa fa-comments"></i> Go to Feedback</a>
<details class="dropdown export-dropdown"><summary class="btn btn-outline-info">Export</summary><div class="dropdown-content"><a
href="/dataflow-2025/talk/QZ7XKM.ics">iCal</a><a href="/dataflow-2025/talk/QZ7XKM.json">JSON</a><a href="/dataflow-2025/talk/QZ7XKM.xml">XML</a></div>
</details></div>
<div class="speakers"><div class="speaker"><div class="speaker-header"><img src="/media/dataflow-2025/avatars/ines_c.jpg" alt="Ines Carvalho" class="avatar">
<h4><a href="/dataflow-2025/speaker/RKD3PL/">Ines Carvalho</a></h4></div><div class="biography"><p>${ptBio}</p></div></div></div></article></main></div></div>
<footer><a href="https://pretalx.com">powered by pretalx</a> ·
<a href="/dataflow-2025/privacy/">Privacy</a> · <a href="/dataflow-2025/imprint/">Imprint</a></footer>
<script type="application/json" id="pretalx-messages">{"timezone":"Europe/Lisbon"}</script></body></html>`;
const pretalx: TestPage = {
  html: ptHtml,
  name: 'heldout206-pretalx-talk-page',
  kind: 'docs',
  // the talk title is an h3 (the page h1 is the conference name, furniture); the bold abstract is body, the code block in
  // neither list; the speaker's name is a byline, her biography furniture (the speaker box); the time / room / language /
  // track / type line, links, feedback and export buttons, version select and footer are furniture
  title: ptTitle,
  headings: [],
  body: [ptAbstract, ...texts(ptP1), ...ptList, ...ptP2],
  bylines: ['Ines Carvalho'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DataFlow Lisbon 2025', 'English', 'Português', 'Login', ...ptNav, 'Version 7', 'Version 7 (current)', 'Changelog', ...ptInfo.slice(0, 1),
    ...ptInfo.slice(1), 'Links', ...ptLinks, 'Go to Feedback', 'Export', 'iCal', 'JSON', 'XML', ptBio, 'powered by pretalx', 'Privacy', 'Imprint',
  ],
};

export const HELDOUT206_E: readonly TestPage[] = [pretalx, weddingVenue];
