import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout341-kit.js';

/**
 * Held-out batch 341, file e: a printer maker's online manual page (manual header with model name and search, contents
 * menu, breadcrumb, step boxes with screen captions, "Page top" links, related topics and the footer) and a camera's help
 * guide page (help guide header, topic path, hint / note blocks, related topic list, "Go to Page Top" and copyright).
 */
const kTitle = 'Cleaning the Print Head';
const kIntro = [
  j(
    'If printed lines are faint, or white streaks appear in solid areas, the print head nozzles may be clogged. Clean the print head',
    'to unblock them. Cleaning uses ink, so clean the print head only when the nozzle check pattern shows a problem.',
  ),
  'You need a sheet of A4 or Letter-sized plain paper for the nozzle check that follows the cleaning.',
  j(
    'You can also clean the print head from your computer with the Kestrel printer utility, or from a smartphone with the',
    'Kestrel Print app. The cleaning performed is the same in every case.',
  ),
];
const kSteps = [
  'Select <b>Setup</b> on the HOME screen of the printer.',
  'Select <b>Printer care</b>, then select <b>Cleaning</b>.',
  j(
    'Check the message and select <b>Yes</b>. The printer starts cleaning. Do not perform any other operations until it has finished,',
    'which takes about one minute.',
  ),
  'When the confirmation screen appears, load paper in the rear tray and select <b>Yes</b> to print the nozzle check pattern.',
  'Examine the pattern. If lines are still missing, clean the print head again.',
];
const kDeep = [
  j(
    'If two normal cleanings in a row do not improve the pattern, perform deep cleaning instead. Deep cleaning uses more ink than',
    'normal cleaning, and repeating it often can fill the ink absorber sooner.',
  ),
  j(
    'To start it, select <b>Deep cleaning</b> on the Cleaning screen. When it has finished, turn the printer off and leave it for',
    '24 hours before you print the nozzle check pattern again.',
  ),
];
const kIf = [
  'Check that the ink tanks are not empty. The remaining ink level is shown on the HOME screen.',
  'Check that the orange protective tape has been removed from the ink tanks.',
  'If the problem remains after deep cleaning twice, the print head may be damaged. Contact your nearest Kestrel service centre.',
];
const kNote = j(
  'Important: Do not turn off the printer or open the scanning unit while cleaning is in progress. The print head may be left',
  'uncapped and dry out.',
);
const kMenu = ['Overview', 'Paper Handling', 'Printing', 'Copying', 'Scanning', 'Maintenance', 'Changing Settings', 'Troubleshooting'];
const kMaint = ['Refilling Ink Tanks', 'Nozzle Check', 'Cleaning the Print Head', 'Aligning the Print Head', 'Cleaning the Paper Feed Rollers'];
const kRelated = ['Printing the Nozzle Check Pattern', 'Examining the Nozzle Check Pattern', 'Checking the Ink Level'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="keywords" content="PixJet G720, cleaning, print head, nozzles">
<title>Cleaning the Print Head</title><link rel="stylesheet" href="../../styles/common.css"><link rel="stylesheet" href="../../styles/G720.css">
<script src="../../scripts/jquery.js"></script><script src="../../scripts/manual.js"></script>
<script>var MANUAL_ID="G720-EN-UG",PAGE_ID="MT-0421";</script></head>
<body id="top"><div id="wrapper"><div id="header"><div id="header_inner"><p id="logo"><img src="../../img/kestrel_logo.png" alt="Kestrel"></p>
<p id="manual_name">Online Manual</p><p id="model_name">PixJet G720 series</p>
<div id="search_box"><form action="../../search.html"><input type="text" name="q" title="Search" placeholder="Enter keywords"><input type="submit"
value="Search"></form></div><ul id="header_links"><li><a href="../../index.html">Top Page</a></li><li><a href="../../howto.html">How to Use</a></li></ul>
</div></div>
<div id="menu"><p class="menu_title">Contents</p><ul class="menu_list">${links(kMenu, 'chapter')}</ul></div>
<div id="contents"><div id="breadcrumbs"><ul><li><a href="../../index.html">Home</a></li><li><a href="../MT/MT-0001.html">Maintenance</a></li>
<li><a href="../MT/MT-0400.html">If Printing Is Faint or Uneven</a></li><li>Cleaning the Print Head</li></ul></div>
<p class="doc_code">MT-0421</p>
<h1 id="title">${kTitle}</h1>
<div class="section">${ps(kIntro, ' class="lead"')}</div>
<div class="section"><ol class="step">
${kSteps
  .map((s, i) => {
    const shot = '<p class="screen"><img src="../../img/screens/mt421_03.png" alt=""></p><p class="screen_caption">The cleaning confirmation screen</p>';
    return `<li class="step_item"><p>${s}</p>${i === 2 ? shot : ''}</li>`;
  })
  .join('\n')}
</ol></div>
<div class="important"><p>${kNote}</p></div>
<div class="pagetop"><a href="#top">Page top</a></div>
<h2 class="heading2">Deep cleaning</h2>
<div class="section">${ps(kDeep)}</div>
<h2 class="heading2">If the problem is not resolved</h2>
<div class="section"><ul class="list_disc">${lis(kIf)}</ul></div>
<div class="pagetop"><a href="#top">Page top</a></div>
<div class="related"><p class="related_title">Related Topics</p><ul>${links(kRelated)}</ul></div>
<div class="sub_menu"><p class="sub_menu_title">Maintenance</p><ul>${links(kMaint)}</ul></div>
</div>
<div id="footer"><p class="copyright">© KESTREL IMAGING CORPORATION 2026</p><ul>${links(['Terms of Use', 'Trademarks and Licenses', 'Using This Manual'])}</ul>
</div></div></body></html>`;
const printer: TestPage = {
  name: 'heldout341-printer-manual-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Deep cleaning', 'If the problem is not resolved'],
  body: texts([...kIntro, ...kSteps, kNote, ...kDeep, ...kIf]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Online Manual', 'PixJet G720 series', 'Top Page', 'How to Use', 'Contents', ...kMenu, 'Home', 'If Printing Is Faint or Uneven', 'MT-0421',
    'The cleaning confirmation screen', 'Page top', 'Related Topics', ...kRelated, ...kMaint.filter((m) => m !== kTitle),
    '© KESTREL IMAGING CORPORATION 2026', 'Terms of Use', 'Trademarks and Licenses', 'Using This Manual',
  ],
};

const sTitle = 'Focus Area (still image/movie)';
const sIntro = j(
  'Selects the area in which the camera focuses. Use this function when it is difficult to get the proper focus in auto focus',
  'mode, or when you want the camera to follow a subject across the frame.',
);
const sSteps = [
  'MENU → <img src="../image/icon_af.png" alt="AF/MF"> (Focus) → [AF/MF] → [Focus Area] → desired setting.',
  'To move the focusing frame, press the centre of the control wheel and use the up, down, left and right sides.',
];
const sItems: [string, string][] = [
  ['Wide:', 'Focuses automatically on a subject covering all ranges of the image. Suited to snapshots of people and groups.'],
  ['Zone:', 'Select a zone on the monitor on which to focus, and the camera automatically selects a focus area within it.'],
  ['Center Fix:', 'Focuses automatically on a subject in the centre of the image. Use it together with the focus lock to frame a shot.'],
  ['Spot:', 'Moves the focusing frame to a desired point on the monitor and focuses on an extremely small subject in a narrow area.'],
  ['Expand Spot:', 'If the camera cannot focus on the selected point, it also uses the focus points around the spot as a second priority area.'],
  ['Tracking:', 'When the shutter button is pressed halfway, the camera tracks the subject within the selected focus area.'],
];
const sHint = [
  'You can assign [Focus Area] to a custom key and change the setting while you look through the viewfinder.',
  'When [Tracking] is selected, the frame turns from green to blue while the camera is following the subject.',
  'In [Zone], [Spot] and [Expand Spot], the camera remembers a separate frame position for horizontal and vertical shooting.',
];
const sNote = [
  '[Focus Area] is locked to [Wide] when the shooting mode is set to [Intelligent Auto].',
  'The focus area may not light up during continuous shooting or when the shutter button is pressed all the way at once.',
  j(
    'When [Focus Area] is set to [Spot] in movie recording, the focusing frame may become hard to see if the subject moves',
    'quickly. Select [Zone] or [Wide] for moving subjects.',
  ),
];
const sRelated = ['Focus Mode', 'Subject Recognition in AF', 'Focus Standard', 'Switch Vertical/Horizontal AF Area'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="format-detection" content="telephone=no"><meta name="description" content="Selects the area in which the camera focuses.">
<title>Marlowe ZX-9 | Help Guide | Focus Area (still image/movie)</title><link rel="stylesheet" href="../common/css/base.css">
<link rel="stylesheet" href="../common/css/page.css"><script src="../common/js/jquery.min.js"></script><script src="../common/js/helpguide.js"></script>
<script>var hgInfo={model:"ZX-9",lang:"en",id:"0010324"};</script></head>
<body id="body" class="page"><div id="container"><header id="header"><div class="header-inner">
<p class="logo"><img src="../common/img/marlowe_logo.svg" alt="Marlowe"></p><p class="header-title">Help Guide</p>
<p class="header-model">Interchangeable Lens Digital Camera <span class="model-name">ZX-9</span></p>
<div class="header-search"><input type="text" placeholder="Search" aria-label="Search"></div>
<ul class="header-btn"><li class="btn-print"><a href="javascript:window.print()">Print</a></li><li class="btn-top"><a href="../index.html">Top</a></li></ul>
</div></header>
<nav class="topicpath"><ul><li><a href="../index.html">Help Guide</a></li><li><a href="../shooting.html">Shooting</a></li>
<li><a href="../focusing.html">Focusing</a></li><li><a href="../focusing.html#sel">Selecting the focus area</a></li></ul></nav>
<div id="contents"><div class="contents-inner"><article id="topic"><h1 class="topic-title">${sTitle}</h1>
<div class="topic-body"><p class="lead">${sIntro}</p>
<ol class="step">${sSteps.map((s) => `<li><p>${s}</p></li>`).join('\n')}</ol>
<h2 class="subtitle">Menu item details</h2>
<dl class="item-list">${sItems.map(([t, d]) => `<dt>${t}</dt> <dd>${d}</dd>`).join('\n')}</dl>
<div class="figure"><img src="../image/focus_area_zone.png" alt=""><p class="caption">Example of the focusing frame when [Zone] is selected</p></div>
<div class="hint"><h3 class="hint-title">Hint</h3><ul>${lis(sHint)}</ul></div>
<div class="note"><h3 class="note-title">Note</h3><ul>${lis(sNote)}</ul></div>
<p class="topic-id">4-791-055-11(1) Copyright 2026 Marlowe Optical Corporation</p></div></article>
<section class="related-topic"><h2>Related Topic</h2><ul>${links(sRelated)}</ul></section>
<p class="pagetop"><a href="#body">Go to Page Top</a></p></div></div>
<footer id="footer"><ul class="footer-links">${links(['Notes on Use', 'Trademarks', 'Support Website'])}</ul>
<p class="copyright">Copyright 2026 Marlowe Optical Corporation</p></footer></div></body></html>`;
const camera: TestPage = {
  name: 'heldout341-camera-helpguide-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Menu item details'],
  body: texts([sIntro, ...sSteps, ...sItems.map(([t, d]) => `${t} ${d}`), ...sHint, ...sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help Guide', 'Interchangeable Lens Digital Camera', 'Print', 'Top', 'Shooting', 'Focusing', 'Selecting the focus area',
    'Example of the focusing frame when [Zone] is selected', '4-791-055-11(1) Copyright 2026 Marlowe Optical Corporation', 'Related Topic',
    ...sRelated, 'Go to Page Top', 'Notes on Use', 'Trademarks', 'Support Website', 'Copyright 2026 Marlowe Optical Corporation',
  ],
};

export const HELDOUT341_E: readonly TestPage[] = [printer, camera];
