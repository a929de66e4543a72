import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout426-kit.js';

/**
 * Held-out batch 426, file b: a reveal.js deck exported to one HTML file (sections as slides, an h1 title slide and h2 slide
 * titles, a fixed footer repeated by the theme, slide number, controls, hidden speaker notes) and a Google Slides deck
 * published to the web with the speaker-notes panel open (SVG slide text, notes paragraphs, the "Published using Google
 * Slides" bar with its links and the slide navigation).
 */
const rTitle = 'Counting Birds With Cheap Microphones';
const rH = ['The question', 'The kit', 'What the recorders heard', 'Where it fails', 'Next season'];
const rIntro = ['Tamsin Oyelaran', 'Northfield Data Week, 12 May 2026'];
const r1 = [
  j(
    'Volunteer surveys of the Harrowmoor wetland happen four mornings a year. Birds sing every morning. We wanted to know whether',
    'a handful of recorders left in the reeds could fill the gaps between survey days.',
  ),
];
const r2 = [
  'Six recorders built from a single-board computer, a USB microphone and a 20,000 mAh battery pack',
  'A weatherproof food box with a hole for the microphone, sealed with a sock and a cable tie',
  'Recording ten minutes in every thirty, from an hour before dawn to three hours after',
  'Total cost per unit: about 85, against several hundred for a commercial logger',
];
const r3 = [
  j(
    'Over 41 mornings the recorders collected 312 hours of audio. An open bird-sound classifier flagged 19,400 detections with a',
    'confidence above 0.7; we checked a random five per cent of them by ear.',
  ),
];
const r3Table = [
  ['Species', 'Survey days seen', 'Recorder days heard'],
  ['Reed warbler', '3 of 4', '37 of 41'],
  ['Water rail', '1 of 4', '22 of 41'],
  ['Cetti’s warbler', '2 of 4', '35 of 41'],
  ['Bittern', '0 of 4', '6 of 41'],
] as const;
const r4 = [
  'Wind over 25 km/h buries everything below 2 kHz, so quiet callers vanish on exposed sites',
  'The classifier confuses sedge and reed warbler in about one check in six',
  'Recorders count calls, not birds: one loud water rail can look like three',
  'Batteries last five days in summer but barely three when nights drop below five degrees',
];
const r5 = [
  j(
    'This autumn we will pair every recorder with a survey point, so each volunteer count has an audio twin. If the two agree on',
    'the common species, the recorders can carry the winter months when fewer volunteers come out.',
  ),
];
const rCells = (row: readonly string[], tag: string): string => row.map((c) => `<${tag}>${c}</${tag}>`).join('');
const rHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${rTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="author" content="Tamsin Oyelaran"><link rel="stylesheet" href="dist/reset.css"><link rel="stylesheet" href="dist/reveal.css">
<link rel="stylesheet" href="dist/theme/simple.css" id="theme"><link rel="stylesheet" href="plugin/highlight/monokai.css">
<style>.reveal .footer{position:absolute;bottom:1em;left:1em;font-size:0.45em;color:#777}</style></head>
<body class="reveal-viewport"><div class="reveal slide center focused has-horizontal-slides ready" role="application" data-transition-speed="default">
<div class="slides" style="width: 960px; height: 700px;">
<section id="title" class="present" data-background-color="#f4f1ea"><h1>${rTitle}</h1><p class="byline">${rIntro[0]}</p>
<p class="venue"><small>${rIntro[1]}</small></p><aside class="notes">Thank the wardens. Ask who has heard a bittern.</aside></section>
<section class="future" hidden aria-hidden="true"><h2>${rH[0]}</h2>${ps(r1)}<aside class="notes">Keep this under a minute.</aside></section>
<section class="future" hidden aria-hidden="true"><h2>${rH[1]}</h2><ul>${lis(r2, 'fragment')}</ul></section>
<section class="future" hidden aria-hidden="true"><h2>${rH[2]}</h2>${ps(r3)}
<table class="r-stretch"><thead><tr>${rCells(r3Table[0], 'th')}</tr></thead><tbody>
${r3Table
  .slice(1)
  .map((row) => `<tr>${rCells(row, 'td')}</tr>`)
  .join('\n')}
</tbody></table></section>
<section class="future" hidden aria-hidden="true"><h2>${rH[3]}</h2><ul>${lis(r4)}</ul></section>
<section class="future" hidden aria-hidden="true"><h2>${rH[4]}</h2>${ps(r5)}<p class="r-fit-text">Thank you!</p>
<p><small>Slides and code: harrowmoor-sound.example.org</small></p></section>
</div>
<div class="footer">Harrowmoor Sound Project · CC BY 4.0</div>
<div class="backgrounds"></div><div class="progress" style="display: block;"><span style="transform: scaleX(0);"></span></div>
<aside class="controls" data-controls-layout="bottom-right" data-controls-back-arrows="faded" style="display: block;">
<button class="navigate-left" aria-label="previous slide"><div class="controls-arrow"></div></button>
<button class="navigate-right enabled highlight" aria-label="next slide"><div class="controls-arrow"></div></button></aside>
<div class="slide-number" style="display: block;"><a href="#/0"><span class="slide-number-a">1</span><span class="slide-number-delimiter">/</span>
<span class="slide-number-b">6</span></a></div><div class="speaker-notes" data-prevent-swipe="" tabindex="0"></div>
<div class="pause-overlay"><button class="resume-button">Resume presentation</button></div>
<div class="aria-status" aria-live="polite" aria-atomic="true" style="position: absolute; height: 1px; overflow: hidden;"></div></div>
<script src="dist/reveal.js"></script><script src="plugin/notes/notes.js"></script>
<script>Reveal.initialize({ hash: true, slideNumber: 'c/t', controls: true, progress: true, plugins: [ RevealNotes ] });</script></body></html>`;
const reveal: TestPage = {
  name: 'heldout426-revealjs-export-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...r1, ...r2, ...r3, ...r3Table.slice(1).flat(), ...r4, ...r5, 'Thank you!']),
  bylines: [...rIntro],
  furniture: ['Harrowmoor Sound Project · CC BY 4.0', 'Resume presentation', 'Slides and code: harrowmoor-sound.example.org'],
};

const gTitle = 'Saturday Volunteer Induction, Brackenford Library';
const gSlides = [
  ['Saturday Volunteer Induction', 'Brackenford Library, spring intake'],
  ['What Saturdays look like', 'Doors open at 9:30. Busiest hour: 11 to 12. Children’s story time at 10:15 in the Garden Room.'],
  ['Your three jobs', 'Welcome people at the door', 'Help with the self-service kiosks', 'Reshelve the returns trolley before it overflows'],
  ['When to fetch staff', 'Anything about fines, accounts or lost cards', 'A child on their own', 'Anyone unwell or upset'],
  ['Before you go home', 'Sign out in the volunteer book and leave your lanyard on the hook'],
] as const;
const gNotes = [
  [
    j(
      'Welcome everyone and go round the room for names. Say that the induction takes about forty minutes and that there is tea',
      'in the staff kitchen afterwards.',
    ),
  ],
  [
    j(
      'Saturday is our busiest day by a long way: last year we averaged 640 visits on a Saturday against 380 on a weekday. Most',
      'people arrive between eleven and twelve, so that is when the kiosks need a volunteer beside them.',
    ),
    'Story time is run by staff; volunteers only need to keep the corridor to the Garden Room clear.',
    j(
      'Point out the quiet study tables by the windows. On Saturdays they fill with students before exams, and the only rule we',
      'ask volunteers to enforce there is the one about phone calls.',
    ),
  ],
  [
    j(
      'Stress that the returns trolley is the job that keeps the whole day running. When it fills up, people leave books on the',
      'counter and the counter stops working. Show them the colour dots on the spines.',
    ),
  ],
  [
    j(
      'Be clear that volunteers never handle money or change anything on a borrower account. If in doubt, walk over to the enquiry',
      'desk and bring a member of staff with you rather than sending the visitor on their own.',
    ),
    'For safeguarding, repeat the rule: never be alone with a child, and always tell the duty manager.',
  ],
  ['Hand out lanyards and the rota sheet. Remind them that the first Saturday is shadowing only.'],
];
const gSvg = (lines: readonly string[], n: number): string =>
  `<div class="punch-viewer-svgpage-svgcontainer" role="img" aria-label="Slide ${n}"><svg viewBox="0 0 720 405" class="punch-viewer-svgpage">
${lines.map((t, i) => `<g class="sketchy-text-content-text"><text x="40" y="${80 + i * 48}"><tspan>${t}</tspan></text></g>`).join('\n')}</svg></div>`;
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${gTitle} - Google Slides</title>
<meta property="og:title" content="${gTitle}"><meta property="og:description" content="Saturday Volunteer Induction">
<meta name="google" content="notranslate"><link rel="stylesheet" href="https://www.gstatic.example/_/apps-viewer/_/ss/k=punch.pub.css">
<script nonce="p9x">var DOCS_timing={};_docs_flag_initialData={"docs-pid":"a91f","docs-punch-pub":true};</script></head>
<body class="punch-viewer-body"><div class="punch-viewer-titlebar"><h1 class="punch-viewer-title" dir="ltr">${gTitle}</h1></div>
<div class="punch-viewer-container"><div class="punch-viewer-content">
${gSlides.map((s, i) => gSvg(s, i + 1)).join('\n')}
</div><div class="punch-viewer-speakernotes-side-panel" role="complementary"><div class="punch-viewer-speakernotes-header">Speaker notes</div>
${gNotes.map((n, i) => `<div class="punch-viewer-speakernotes-text-body-scrollable" data-slide="${i + 1}">${ps(n, ' dir="ltr"')}</div>`).join('\n')}
</div></div>
<div class="punch-viewer-nav-v2 punch-viewer-nav-floating" role="toolbar"><div class="goog-inline-block punch-viewer-nav-rounded-container">
<div role="button" class="goog-flat-button" aria-label="Previous">Previous</div><div class="punch-viewer-nav-label">Slide 1 of 5</div>
<div role="button" class="goog-flat-button" aria-label="Next">Next</div><div role="button" class="goog-flat-button">Options</div>
<div role="button" class="goog-flat-button">Full screen</div></div></div>
<div id="publish-footer" class="punch-viewer-published-footer"><span>Published using Google Slides</span>
<a href="https://docs.google.example/abuse?id=1xY">Report abuse</a><a href="https://support.google.example/docs/answer/183965">Learn more</a></div>
<script nonce="p9x">DOCS_warmStartDocumentLoader.init();</script></body></html>`;
const gslides: TestPage = {
  name: 'heldout426-google-slides-pub-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([...gSlides.flat(), ...gNotes.flat()]),
  bylines: [],
  furniture: ['Speaker notes', 'Previous', 'Slide 1 of 5', 'Next', 'Options', 'Full screen', 'Published using Google Slides', 'Report abuse', 'Learn more'],
};

export const HELDOUT426_B: readonly TestPage[] = [reveal, gslides];
