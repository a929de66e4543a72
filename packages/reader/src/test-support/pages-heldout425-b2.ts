import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file b2: a Panopto lecture capture viewer page (viewer header with the folder link, session title,
 * presenter and recording date, the primary and secondary screens, player controls, the left pane's Contents / Captions /
 * Notes / Discussion tabs with the caption events and their times, the Details tab's description, and the sign-in prompt).
 */
const pTitle = 'ECON 214 Public Finance, Lecture 9: Who really pays a tax?';
const pDesc = j(
  'Lecture 9 introduces tax incidence: the difference between who sends a tax to the government and who bears its cost. We',
  'work through the supply and demand diagram for a per-unit tax, look at how the split depends on the two elasticities, and',
  'finish with the payroll tax example from the reading. Problem set 4 is due before Lecture 11.',
);
const pCaptions = [
  "Okay, let's get started. Can the people at the back hear me? Good.",
  j(
    'Last week we talked about why governments tax at all. Today I want to ask a sneakier question, which is: when a tax is',
    'charged, who actually ends up poorer because of it?',
  ),
  j(
    'The law says who has to write the cheque. If there is a tax of fifty pence on every cinema ticket, the cinema sends the',
    'money to the tax office. We call that the statutory incidence. But that tells you almost nothing about who pays.',
  ),
  j(
    'Here is why. Once the tax is in place, the cinema will try to raise its price. If customers shrug and keep coming, the',
    'cinema passes most of the tax on to them. If customers walk away the moment the price goes up, the cinema has to swallow it.',
  ),
  j(
    'So the first rule of incidence, and please write this down because it will be on the exam: the side of the market that is',
    'less able to walk away bears more of the tax. In the language of the course, the less elastic side pays more.',
  ),
  j(
    "Let's put it on the diagram. Supply curve, demand curve, equilibrium price here. Now add a per-unit tax. The gap between",
    'what buyers pay and what sellers keep is exactly the tax, and the question is where that wedge sits relative to the old price.',
  ),
  j(
    'If demand is steep, meaning inelastic, the price buyers pay rises by almost the whole tax. If supply is steep, sellers',
    'keep almost nothing extra and the price to buyers hardly moves. It does not matter which side the law names.',
  ),
  j(
    'That last point surprises people every year. Take the payroll tax from the reading. Half is charged to employers and half',
    'to workers, but because workers cannot easily stop working, most studies find workers bear nearly all of it through lower wages.',
  ),
  "Right, that's time. Read chapter six before Thursday and we'll do the deadweight loss triangle then.",
];
const pTimes = ['0:04', '0:41', '2:15', '4:02', '6:37', '9:10', '13:48', '18:22', '47:55'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${pTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${pTitle}">
<meta property="og:site_name" content="Panopto">
<meta property="og:image" content="https://lectures.halvercroft.example/Panopto/Services/FrameGrabber.svc/thumb">
<link rel="stylesheet" href="/Panopto/Cache/14.2.0.00054/Styles/Less/Application/ViewerBundle.css">
<script>var Panopto = Panopto || {}; Panopto.viewer = {"deliveryId":"6b2f1e4a-8c0d-4f5a-b7e2-b1a400e2c7d1","isLive":false,"duration":2938.4};</script>
<script src="/Panopto/Cache/14.2.0.00054/Scripts/Panopto/Bundles/ViewerBundle.js"></script></head>
<body class="viewer-body ltr"><div id="viewerRoot"><div id="viewerHeader" role="banner"><div id="viewerHeaderLeft">
<a id="parentFolderLink" class="header-link" href="/Panopto/Pages/Sessions/List.aspx#folderID=d7a2">ECON 214 (2025-26) Recordings</a>
<h1 id="deliveryTitle" class="viewer-title">${pTitle}</h1><div id="deliveryInfo"><span id="deliveryPresenter">Dr Anwen Castellan</span>
<span class="info-separator"> - </span><span id="deliveryDate">Thursday, 5 March 2026 at 10:05</span></div></div>
<div id="viewerHeaderRight"><button id="shareButton" class="header-button" type="button">Share</button><button id="downloadButton"
class="header-button" type="button">Download</button><a id="loginButton" class="header-button" href="/Panopto/Pages/Auth/Login.aspx">Sign in</a>
<div id="panoptoLogo" aria-label="Panopto"></div></div></div>
<div id="viewerContent"><div id="leftPane" class="left-pane" role="complementary"><div id="eventTabs" role="tablist"><div class="event-tab-header"
role="tab" id="contentsHeader" aria-selected="false">Contents</div><div class="event-tab-header selected" role="tab" id="transcriptHeader"
aria-selected="true">Captions</div><div class="event-tab-header" role="tab" id="notesHeader">Notes</div><div class="event-tab-header" role="tab"
id="discussionHeader">Discussion</div><div class="event-tab-header" role="tab" id="detailsHeader">Details</div></div>
<div id="eventSearch"><input id="eventSearchInput" type="text" placeholder="Search in video" aria-label="Search in video"></div>
<div id="transcriptTabPane" class="event-tab-pane" role="tabpanel"><ul class="event-tab-list">
${pCaptions
  .map(
    (c, i) => `<li class="index-event" id="caption-${i}" role="button" tabindex="0"><div class="event-text"><span>${c}</span></div>
<div class="event-time">${pTimes[i] ?? ''}</div></li>`,
  )
  .join('\n')}</ul><div class="caption-source">Captions: automatic, edited by the course team</div></div>
<div id="detailsTabPane" class="event-tab-pane" role="tabpanel"><div class="details-section"><div class="details-label">Description</div>
<div class="details-value" id="sessionDescription">${pDesc}</div></div><div class="details-section"><div class="details-label">Folder</div>
<div class="details-value">ECON 214 (2025-26) Recordings</div></div></div>
<div id="notesTabPane" class="event-tab-pane" role="tabpanel"><div class="notes-empty">Sign in to take notes on this session.</div></div></div>
<div id="playerPane"><div id="primaryScreen" class="player"><video id="primaryVideo" preload="metadata"></video></div><div id="secondaryScreen"
class="player secondary"><img alt="Slide" src="/Panopto/ContentCache/slide9.png"></div><div id="playControls" role="toolbar"><button id="playButton"
aria-label="Play"></button><div id="positionLabel"><span id="timeElapsed">0:00</span> / <span id="timeTotal">48:58</span></div>
<button id="playSpeedButton" aria-label="Speed">1x</button><button id="qualityButton">Quality</button><button id="captionsButton">CC</button>
<button id="fullscreenButton" aria-label="Full screen"></button></div></div></div>
<div id="viewerFooter"><span>Powered by Panopto</span>
<a href="https://halvercroft.example/accessibility">Accessibility statement</a></div></div></body></html>`;
export const panopto: TestPage = {
  name: 'heldout425-panopto-lecture-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([pDesc, ...pCaptions]),
  bylines: ['Dr Anwen Castellan', 'Thursday, 5 March 2026 at 10:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ECON 214 (2025-26) Recordings', 'Share', 'Download', 'Sign in', 'Contents', 'Captions', 'Notes', 'Discussion', 'Details', ...pTimes,
    'Captions: automatic, edited by the course team', 'Description', 'Folder', 'Sign in to take notes on this session.', '48:58', 'Quality',
    'Powered by Panopto', 'Accessibility statement',
  ],
};
