import { links, type TestPage, texts } from './page-kit.js';
import { j, row, tr } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file c: a regatta's results page as published by Sailwave Scoring Software (summary tables for two fleets),
 * and a youth sailing camp page built with Elementor on WordPress (Hello Elementor theme, Complianz cookie banner).
 */
const vTitle = 'Tollbridge Late Summer Regatta 2026';
const vVenue = 'Tollbridge Sailing Club';
const vFleets = ['Fast Handicap', 'Slow Handicap'];
const vCaps = [
  'Sailed: 4, Discards: 1, To count: 3, Entries: 7, Scoring system: Appendix A',
  'Sailed: 4, Discards: 1, To count: 3, Entries: 5, Scoring system: Appendix A',
];
const vFast = [
  ['1st', 'RS400', '1412', 'Hal Pentreath', '942', '1.0', '(3.0)', '1.0', '2.0', '7.0', '4.0'],
  ['2nd', 'Fireball', '15120', 'Morwenna Keast', '952', '2.0', '1.0', '(4.0)', '1.0', '8.0', '4.0'],
  ['3rd', 'Merlin Rocket', '3761', 'Alun Prideaux', '980', '(5.0)', '2.0', '2.0', '3.0', '12.0', '7.0'],
  ['4th', 'RS200', '1876', 'Lowenna Bray', '1046', '3.0', '(8.0 DNF)', '3.0', '4.0', '18.0', '10.0'],
  ['5th', 'ILCA 7', '218004', 'Tobias Crewes', '1100', '4.0', '4.0', '5.0', '(6.0)', '19.0', '13.0'],
  ['6th', 'Contender', '2207', 'Ewan Sleeman', '1088', '6.0', '5.0', '(8.0 DNC)', '5.0', '24.0', '16.0'],
  ['7th', 'Finn', '904', 'Garrow Tonkin', '1049', '7.0', '6.0', '6.0', '(8.0 DNC)', '27.0', '19.0'],
];
const vSlow = [
  ['1st', 'Wayfarer', '10112', 'Jenna Kitto', '1102', '1.0', '1.0', '(2.0)', '1.0', '5.0', '3.0'],
  ['2nd', 'Laser Pico', '28113', 'Pip Rowse', '1330', '2.0', '(3.0)', '1.0', '2.0', '8.0', '5.0'],
  ['3rd', 'Topper', '48810', 'Nye Carveth', '1365', '3.0', '2.0', '3.0', '(4.0)', '12.0', '8.0'],
  ['4th', 'Mirror', '70551', 'Sam & Ellie Gribble', '1390', '(5.0)', '4.0', '4.0', '3.0', '16.0', '11.0'],
  ['5th', 'Optimist', '6302', 'Wren Polglase', '1635', '4.0', '5.0', '(6.0 RET)', '5.0', '20.0', '14.0'],
];
const vNotes = ['Race 2 of the Fast Handicap was shortened at the end of lap two. Protests: none.', 'Race Officer: Davy Trebilcock. Scorer: Annie Luke.'];
const vHead =
  '<thead><tr class="titlerow"><th>Rank</th><th>Class</th><th>SailNo</th><th>HelmName</th><th>PY</th><th><a href="#r1">R1</a></th>' +
  '<th><a href="#r2">R2</a></th>' +
  '<th><a href="#r3">R3</a></th><th><a href="#r4">R4</a></th><th>Total</th><th>Nett</th></tr></thead>';
const vCols =
  '<colgroup span="11"><col class="rank"><col class="class"><col class="sailno"><col class="helmname"><col class="py"><col span="4" class="race">' +
  '<col class="total"><col class="nett"></colgroup>';
const vTable = (rows: readonly string[][], id: string): string =>
  `<div class="summarytable-wrapper"><table class="summarytable" id="${id}" cellspacing="0" cellpadding="0" border="0">${vCols}${vHead}<tbody>
${rows.map((r, i) => tr(r, `${i % 2 === 0 ? 'odd' : 'even'} summaryrow`)).join('\n')}</tbody></table></div>`;
const vHtml = `<!DOCTYPE html>
<html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Sailwave Scoring Software 2.38.1">
<title>Sailwave results for ${vTitle} at ${vVenue} 2026</title>
<style type="text/css">
body { font-family: Verdana, Arial, sans-serif; font-size: 9pt; }
h1, h2, h3 { font-family: Arial, sans-serif; color: #004080; }
table.summarytable { border-collapse: collapse; margin-bottom: 2em; }
table.summarytable td, table.summarytable th { padding: 2px 6px; border: 1px solid #ccc; text-align: center; }
tr.odd { background-color: #eef4ff; }
.hardleft { text-align: left; font-size: 7pt; }
.caption { font-style: italic; margin: 0.5em 0; }
</style>
</head>
<body>
<div class="caption sailwave"><a href="https://www.tollbridgesc.org.uk/"><img src="https://www.tollbridgesc.org.uk/images/burgee.gif" alt="${vVenue} burgee"
 width="80" height="53"></a></div>
<h1>${vTitle}</h1>
<h2>${vVenue}</h2>
<h3 class="summarytitle">Results are provisional as of 18:42 on 29 August 2026</h3>
<h3 class="summarytitle" id="summarytitle-fast">${vFleets[0]}</h3>
<div class="caption summarycaption">${vCaps[0]}</div>
${vTable(vFast, 'summarytable-fast')}
<h3 class="summarytitle" id="summarytitle-slow">${vFleets[1]}</h3>
<div class="caption summarycaption">${vCaps[1]}</div>
${vTable(vSlow, 'summarytable-slow')}
<div class="caption notes"><p>${vNotes[0]}</p><p>${vNotes[1]}</p></div>
<p class="hardleft"><a href="http://www.sailwave.com/" target="_blank">Sailwave Scoring Software 2.38.1</a></p>
</body></html>`;
const sailwave: TestPage = {
  name: 'heldout696-sailwave-results',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [vVenue, ...vFleets],
  body: texts([vCaps[0] ?? '', ...vFast.map(row), vCaps[1] ?? '', ...vSlow.map(row), ...vNotes]),
  bylines: ['Results are provisional as of 18:42 on 29 August 2026'],
  furniture: ['Sailwave Scoring Software 2.38.1'],
};

const eTitle = 'Youth Sailing Summer Camp';
const eDek = 'A week on the water for young sailors aged 8 to 15, from complete beginners to confident helms.';
const eDay = [
  j(
    'Campers arrive at 9:00 for a briefing on the slipway, then rig their boats and head out with their group. Groups are small, never',
    'more than six sailors to one instructor, and are set by experience rather than age.',
  ),
  j(
    'After lunch on the beach the afternoon is for games, races and, when the weather allows, a trip across the estuary to Sandy Cove.',
    'On Friday afternoon parents are invited down to watch the end-of-week regatta, followed by certificates and ice creams.',
  ),
];
const eIncl = ['Use of club Toppers, Picos and RS Fevas', 'Wetsuits, buoyancy aids and helmets', 'Stage certificate and logbook', 'A camp T-shirt'];
const eWeeks = ['Week 1: 20–24 July 2026, £340', 'Week 2: 27–31 July 2026, £340', 'Week 3: 10–14 August 2026, £340 (Stage 3 and above only)'];
const eFaq = [
  'My child has never sailed. Is that a problem?',
  'Not at all. About half of our campers are complete beginners. They start in double-handed boats with an instructor close by.',
  'What happens if the weather is bad?',
  j(
    'If it is too windy to sail safely we run shore sessions in the clubhouse: knots, rigging, rules of the road and a lot of quizzes.',
    'We never cancel a camp day for weather.',
  ),
  'Do I need to be a member of the club?',
  'No. The camp is open to everyone, and the fee includes temporary membership for the week.',
];
const eHeads = ['What a day looks like', 'What is included', 'Dates and prices', 'Frequently asked questions'];
const eNav = ['Home', 'Learn to Sail', 'Youth', 'Adult Courses', 'Club Racing', 'Contact'];
let eId = 0x3f2a10;
const ew = (type: string, inner: string): string => {
  eId += 7;
  const id = eId.toString(16);
  return `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
};
const eCon = (inner: string, cls = ''): string =>
  `<div class="elementor-element e-flex e-con-boxed e-con e-parent ${cls}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const eHd = (t: string, tag = 'h2'): string => ew('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"
 viewBox="0 0 512 512"><path d="M173.898 439.404"></path></svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eToggle = (): string =>
  `<div class="elementor-toggle">${[0, 2, 4]
    .map(
      (i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-19${i}" class="elementor-tab-title" data-tab="${i / 2 + 1}" role="button"
 aria-controls="elementor-tab-content-19${i}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"></span>
<a class="elementor-toggle-title" tabindex="0">${eFaq[i]}</a></div><div id="elementor-tab-content-19${i}" class="elementor-tab-content elementor-clearfix"
 data-tab="${i / 2 + 1}" role="region" aria-labelledby="elementor-tab-title-19${i}"><p>${eFaq[i + 1]}</p></div></div>`,
    )
    .join('\n')}</div>`;
const eMenu = (cls: string, hidden: boolean): string =>
  `<nav ${hidden ? 'aria-hidden="true" ' : ''}class="elementor-nav-menu--${cls} elementor-nav-menu__container">
<ul id="menu-${hidden ? 2 : 1}-7c1e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`;
const eLogo =
  '<a href="https://sandycovesailing.co.uk"><img width="220" height="64" src="/wp-content/uploads/2024/02/scsc-logo.svg" alt="Sandy Cove Sailing Centre"></a>';
const eCta =
  '<a class="elementor-button elementor-button-link elementor-size-lg" href="/book/?camp=youth"><span class="elementor-button-text">Reserve a Place</span></a>';
const eWeekList = `<ul>${eWeeks.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Sandy Cove Sailing Centre</title><meta name="description" content="${eDek}">
<link rel='stylesheet' id='hello-elementor-css' href='https://sandycovesailing.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css'
href='https://sandycovesailing.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4' />
<link rel='stylesheet' id='elementor-post-412-css' href='https://sandycovesailing.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1721034411' />
<link rel='stylesheet' id='cmplz-general-css' href='https://sandycovesailing.co.uk/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
</head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412 cmplz-banner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header"
data-elementor-post-type="elementor_library">
${eCon(
  ew('theme-site-logo', eLogo) +
    ew(
      'nav-menu',
      `${eMenu('main elementor-nav-menu--layout-horizontal e--pointer-underline', false)}<div class="elementor-menu-toggle" role="button" tabindex="0"
 aria-label="Menu Toggle" aria-expanded="false"><svg aria-hidden="true" class="e-font-icon-svg e-eicon-menu-bar" viewBox="0 0 1000 1000"></svg>
<span class="elementor-screen-only">Menu</span></div>${eMenu('dropdown', true)}`,
    ) +
    ew('button', '<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-text">Book Now</span></a>'),
)}
</header>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eCon(eHd(eTitle, 'h1') + ew('text-editor', `<p>${eDek}</p>`), 'elementor-hero')}
${eCon(eHd(eHeads[0] ?? '') + ew('text-editor', eDay.map((p) => `<p>${p}</p>`).join('\n')))}
${eCon(eHd(eHeads[1] ?? '') + ew('icon-list', eIcons(eIncl)) + eHd(eHeads[2] ?? '') + ew('text-editor', eWeekList))}
${eCon(
  ew(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Our daughter came home sunburnt, soaked and grinning every
 single day. She has already asked to go back next year.</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-meta-inner">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Hannah Rosewarne</div><div class="elementor-testimonial-job">Parent,
2025 camp</div>
</div></div></div></div>`,
  ),
  'elementor-testimonial-band',
)}
${eCon(eHd(eHeads[3] ?? '') + ew('toggle', eToggle()))}
${eCon(eHd('Ready to get your child on the water?', 'h3') + ew('button', eCta), 'elementor-cta-band')}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="37" class="elementor elementor-37 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eCon(
  ew('text-editor', '<p>Sandy Cove Sailing Centre, Harbour Road, St Wenna</p><p>Open daily 9:00–17:00, April to October</p>') +
    ew(
      'social-icons',
      `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon
 elementor-social-icon-facebook" href="https://facebook.com/" target="_blank"><span class="elementor-screen-only">Facebook</span></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/"
target="_blank">
<span class="elementor-screen-only">Instagram</span></a></span></div>`,
    ) +
    ew('text-editor', '<p>© 2026 Sandy Cove Sailing Centre CIC. All rights reserved.</p>'),
)}
</footer>
<div class="cmplz-cookiebanner cmplz-optin bottom-right optout cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog"
 aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-logo"></div>
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">
<p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><a href="/cookie-policy-uk/" class="cmplz-link cookie-statement">Cookie Policy</a></div></div>
<script src="https://sandycovesailing.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout696-elementor-camp',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([eDek, ...eDay, ...eIncl, ...eWeeks, ...eFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Book Now',
    'Our daughter came home sunburnt, soaked and grinning every single day. She has already asked to go back next year.', 'Hannah Rosewarne',
    'Parent, 2025 camp', 'Ready to get your child on the water?', 'Reserve a Place', 'Sandy Cove Sailing Centre, Harbour Road, St Wenna',
    'Open daily 9:00–17:00, April to October', 'Facebook', 'Instagram', '© 2026 Sandy Cove Sailing Centre CIC. All rights reserved.',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept',
    'Deny', 'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT696_C: readonly TestPage[] = [sailwave, elementor];
