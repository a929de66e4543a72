import { links, ps, type TestPage, texts } from './page-kit.js';
import { quake } from './pages-heldout359-b2.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file b: an InciWeb-style wildfire incident page (interagency header, incident navigation tabs, the
 * incident title and the "Wildfire" type tag, overview, the Basic Information and Current Situation tables, the latest
 * update with its publication line, the closures and photo gallery boxes, the unit contact sidebar and the footer) and,
 * from file b2, a USGS-style earthquake event page rendered by an Angular app.
 */
const iTitle = 'Sawback Ridge Fire';
const iH = ['Incident Overview', 'Basic Information', 'Current Situation', 'Sawback Ridge Fire Morning Update, June 18'];
const iOver = [
  j(
    'The Sawback Ridge Fire was reported on the afternoon of June 14, 2026, on the east slope of Sawback Ridge, about nine miles',
    'southwest of the community of Lomond. The fire is burning in timber and heavy brush on steep terrain within the Greywater',
    'National Forest. The cause is under investigation.',
  ),
  j(
    'A Complex Incident Management Team assumed command on June 16. Crews are focused on protecting homes along Forest Road 320',
    'and the Lomond water supply intake, and on building containment lines along the ridge top to the north.',
  ),
];
const iBasic: [string, string][] = [
  ['Incident Type', 'Wildfire'],
  ['Cause', 'Under investigation'],
  ['Date of Origin', 'Sunday, June 14th, 2026 approx. 02:40 PM'],
  ['Location', '9 miles southwest of Lomond, Calder'],
  ['Incident Commander', 'Complex Incident Management Team 4, Incident Commander Marit Sollen'],
];
const iSit: [string, string][] = [
  ['Total Personnel', '612'],
  ['Size', '8,406 Acres'],
  ['Percent of Perimeter Contained', '18%'],
  ['Fuels Involved', 'Mixed conifer timber, manzanita brush and grass'],
];
const iUpd = [
  j(
    'Cooler temperatures and higher humidity overnight allowed crews to make good progress on the northern flank. Fire activity',
    'was minimal in the Tamsin Creek drainage, where firefighters completed a handline tying the fire edge into the 2019 burn scar.',
  ),
  j(
    'Today, crews on the east side will continue structure protection along Forest Road 320 and mop up within 200 feet of the',
    'containment line. Heavy equipment is improving a dozer line from Lookout Saddle to the Lomond reservoir. Helicopters will',
    'drop water to support crews on the steep western slopes if visibility allows.',
  ),
  j(
    'Weather: A warming and drying trend begins this afternoon, with southwest winds of 10 to 15 miles per hour and gusts to 25 on',
    'exposed ridges. Fire behavior is expected to increase on the southern edge, where unburned fuels remain.',
  ),
  j(
    'Evacuations: The Pell County Sheriff’s Office has lowered the evacuation level for the Upper Lomond area to Level 2 (Be Set).',
    'Residents of Forest Road 320 remain under a Level 3 (Go Now) order. A shelter is open at the Lomond Grange Hall.',
  ),
  j('A community meeting will be held tonight at 7 p.m. at Lomond School and streamed live on the Greywater National Forest', 'social media page.'),
];
const iTabs = ['Overview', 'Updates', 'Photographs', 'Maps', 'Closures'];
const iNav = ['Incidents', 'Prescribed Fire', 'Map', 'About', 'FAQ'];
const iClos = ['Greywater National Forest Area Closure Order 06-26-11', 'Forest Road 320 closed at milepost 4'];
const iPhotos = ['Crews scout the northern flank at first light. Photo by the Incident Management Team.', 'View all photographs'];
const iFoot = ['Accessibility', 'Privacy Policy', 'Disclaimer', 'FOIA', 'Contact InciWeb'];
const row = ([k, v]: [string, string]): string => `<tr><th scope="row" class="usa-table__label">${k}</th><td>${v}</td></tr>`;
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Sawback Ridge Fire | InciWeb</title>
<meta name="description" content="The Sawback Ridge Fire is burning on the Greywater National Forest nine miles southwest of Lomond.">
<meta property="og:title" content="Sawback Ridge Fire"><meta property="og:type" content="website"><meta name="viewport" content="width=device-width">
<link rel="canonical" href="https://inciweb.example.gov/incident-information/cagnf-sawback-ridge-fire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Sawback Ridge Fire","startDate":"2026-06-14T14:40",
"location":{"@type":"Place","name":"Greywater National Forest"}}</script>
<script>window.drupalSettings={"path":{"currentPath":"node/31877","isFront":false},"inciweb":{"incidentId":"31877"}};</script>
<link rel="stylesheet" href="/themes/custom/inciweb/css/style.css"></head>
<body class="path-node page-node-type-incident"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="usa-banner"><p class="usa-banner__header-text">An official website of the United States government</p></div>
<header class="header" role="banner"><div class="header__branding"><a href="/" rel="home" class="header__logo">InciWeb</a>
<p class="header__slogan">Incident Information System</p></div>
<nav role="navigation" aria-labelledby="block-inciweb-main-menu-menu" class="header__nav"><h2 class="visually-hidden"
id="block-inciweb-main-menu-menu">Main navigation</h2><ul class="menu menu--main">${links(iNav, 'menu-item')}</ul></nav></header>
<main id="main-content" role="main"><div class="incident-header grid-container"><span class="incident-type-tag incident-type-tag--wildfire">Wildfire</span>
<h1 class="incident-title">${iTitle}</h1><p class="incident-unit">Unit Information: Greywater National Forest</p>
<p class="incident-updated">Last updated: Thursday, June 18th, 2026 08:15 AM</p></div>
<nav class="incident-tabs grid-container" aria-label="Incident sections"><ul class="usa-button-group">${links(iTabs, 'usa-button-group__item')}</ul></nav>
<div class="grid-container"><div class="grid-row grid-gap"><div class="desktop:grid-col-8 incident-main">
<section class="incident-overview"><h2>${iH[0]}</h2>
${ps(iOver)}</section>
<section class="incident-basic-information"><h2>${iH[1]}</h2><table class="usa-table usa-table--borderless"><tbody>
${iBasic.map(row).join('\n')}</tbody></table></section>
<section class="incident-current-situation"><h2>${iH[2]}</h2><table class="usa-table usa-table--borderless"><tbody>
${iSit.map(row).join('\n')}</tbody></table></section>
<section class="incident-latest-update"><article class="node node--type-news-article"><h2 class="news-article__title">${iH[3]}</h2>
<div class="news-article__meta"><span class="news-article__type">Publication Type: News</span> - <time datetime="2026-06-18T08:15">06/18/2026</time></div>
<div class="field field--name-body">
${ps(iUpd)}
</div><a class="usa-button usa-button--outline" href="/incident-information/cagnf-sawback-ridge-fire/updates">View all updates</a></article></section></div>
<aside class="desktop:grid-col-4 incident-sidebar"><div class="incident-box incident-box--closures"><h3>Closures</h3><ul>${links(iClos)}</ul></div>
<div class="incident-box incident-box--photos"><h3>Photographs</h3><figure><img src="/sites/default/files/2026-06/sawback-crews.jpg" alt="">
<figcaption>${iPhotos[0] ?? ''}</figcaption></figure><a href="/photographs">${iPhotos[1] ?? ''}</a></div>
<div class="incident-box incident-box--contacts"><h3>Contact Information</h3><p>Fire Information Line: 530-555-0193</p>
<p>Hours: 8 a.m. - 8 p.m.</p><p>Email: 2026.sawback@firenet.example.gov</p></div></aside></div></div></main>
<footer class="footer" role="contentinfo"><ul class="menu menu--footer">${links(iFoot, 'menu-item')}</ul>
<p class="footer__agencies">InciWeb is an interagency all-risk incident information management system.</p></footer>
<script src="/themes/custom/inciweb/js/incident.js"></script></body></html>`;
const inciweb: TestPage = {
  name: 'heldout359-inciweb-incident-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: iH,
  body: texts([...iOver, ...iBasic.map((r) => r[1]).slice(1), ...iSit.map((r) => r[1]), ...iUpd]),
  bylines: ['Last updated: Thursday, June 18th, 2026 08:15 AM', '06/18/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'InciWeb', 'Incident Information System', 'Main navigation',
    ...iNav, 'Unit Information: Greywater National Forest', ...iTabs, 'Publication Type: News', 'View all updates', 'Closures', ...iClos.slice(0, 1),
    ...iClos.slice(1), ...iPhotos, 'Contact Information', 'Fire Information Line: 530-555-0193', 'Hours: 8 a.m. - 8 p.m.',
    'Email: 2026.sawback@firenet.example.gov', ...iFoot, 'InciWeb is an interagency all-risk incident information management system.',
  ],
};

export const HELDOUT359_B: readonly TestPage[] = [inciweb, quake];
