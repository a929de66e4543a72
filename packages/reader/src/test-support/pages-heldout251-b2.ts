import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file b2: a county fire-rescue incident report on a Drupal 10 (Olivero-based) site: the alert
 * bar, the header and primary menu, breadcrumbs, the incident fields (type, date, units), a units-responding table, the
 * incident photo with credit, the "Incident Reports" view block, the burn ban block and the footer.
 */
const fTitle = 'Incident Report: Two-Alarm Barn Fire on Settler’s Mill Road';
const fSummary = [
  j(
    'Firefighters from five stations brought a two-alarm fire at a horse barn on Settler’s Mill Road under control in about 50 minutes on',
    'Sunday evening. No people were hurt. All eleven horses stabled in the barn were led out by the owners and a neighbor before crews arrived.',
  ),
];
const fResponse = [
  j(
    'The 911 call came in at 6:42 p.m. from a passing driver who saw flames through the hayloft doors. Engine 14 arrived at 6:51 p.m. and',
    'reported heavy fire in the loft with smoke showing from the roof line. The battalion chief upgraded the call to a second alarm because',
    'the nearest hydrant was more than two miles away.',
  ),
  j(
    'Crews set up a tanker shuttle with two portable ponds at the end of the driveway and attacked the fire from the east side of the barn,',
    'where the wind was carrying the smoke away from the house. The roof over the loft collapsed at about 7:20 p.m.',
  ),
];
const fUnits = [
  ['Engine 14', '6:51 p.m.', 'Initial attack, east side'],
  ['Tanker 14', '6:58 p.m.', 'Water supply'],
  ['Engine 9', '7:03 p.m.', 'Exposure protection, house'],
  ['Tanker 9', '7:05 p.m.', 'Water supply'],
  ['Ladder 3', '7:11 p.m.', 'Ventilation and overhaul'],
  ['Battalion 2', '6:55 p.m.', 'Incident command'],
];
const fCause = [
  j(
    'A county fire investigator found that the fire started in the hayloft. The most likely cause is spontaneous heating of hay that had been',
    'baled too wet and stored in late September. The damage is estimated at $210,000, including the structure, the hay and farm equipment.',
  ),
  'Fire Marshal Ingrid Solvang reminded farm owners that stored hay can heat for weeks after baling. She recommends that owners:',
  'Check the temperature of new hay twice a day for the first six weeks, using a probe thermometer.',
  'Call 911 if the temperature reaches 175 degrees Fahrenheit, and do not move the hay yourself.',
  'Store hay away from livestock, equipment and fuel whenever possible.',
];
const fHeads = ['Summary', 'Fire response', 'Units responding', 'Cause and prevention'];
const fMenu = ['Home', 'About Us', 'Stations', 'Incident Reports', 'Community Risk Reduction', 'Careers', 'Contact'];
const fCrumbs = ['Home', 'Incident Reports'];
const fRecent = ['Kitchen fire at Larch Court apartments', 'Vehicle crash with entrapment on Route 9', 'Brush fire near Oxbow Landing'];
const fFoot = ['Calder County Fire Rescue', '220 Sheriff’s Way, Halden, OS 60901', 'Non-emergency: 555-016-3300', 'Privacy', 'Accessibility', 'Site map'];
const fCap = 'Crews work on the east side of the barn after the roof over the hayloft collapsed.';
const td = (r: string[]): string => `<tr>${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${fTitle} | Calder County Fire Rescue</title><link rel="canonical" href="https://fire.caldercounty.example/incidents/2026/barn-fire-settlers-mill">
<meta name="description" content="Crews brought a two-alarm fire at a horse barn on Settler’s Mill Road under control in about 50 minutes.">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/5521"},"olivero":{}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_b1XqO.css"><script src="/core/misc/drupal.js?v=10.3.1"></script></head>
<body class="path-node page-node-type-incident-report"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page">
<div class="region region-highlighted"><div class="block-burnban alert-bar"><p>Burn ban in effect for all unincorporated areas through March 15.</p></div></div>
<header id="header" class="site-header"><div class="site-header__inner"><div class="site-branding"><a href="/" rel="home"
class="site-branding__name">Calder County Fire Rescue</a></div>
<nav id="block-olivero-main-menu" class="primary-nav" aria-labelledby="main-menu-label"><h2 id="main-menu-label" class="visually-hidden">Main navigation</h2>
<ul class="menu primary-nav__menu">${links(fMenu, 'menu__item primary-nav__menu-item')}</ul></nav></div></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(fCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region-content"><div id="block-olivero-page-title" class="block block-core"><h1 class="title page-title"><span
class="field field--name-title">${fTitle}</span></h1></div>
<article data-history-node-id="5521" class="node node--type-incident-report node--view-mode-full"><div class="node__content">
<div class="field field--name-field-incident-date field--label-inline"><div class="field__label">Incident date</div><div class="field__item"><time
datetime="2026-03-01T18:42:00Z">Sunday, March 1, 2026 - 6:42 PM</time></div></div>
<div class="field field--name-field-incident-type field--label-inline"><div class="field__label">Incident type</div><div class="field__item">Structure fire
(agricultural)</div></div>
<div class="field field--name-field-alarm field--label-inline"><div class="field__label">Alarm level</div><div class="field__item">Second alarm</div></div>
<div class="field field--name-body text-content field--type-text-with-summary">
<h2>${fHeads[0]}</h2>${ps(fSummary)}
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/barn-fire-0301.jpg" alt="Barn roof collapsed">
<figcaption>${fCap} Photo: Lt. Amos Kettering, CCFR</figcaption></figure>
<h2>${fHeads[1]}</h2>${ps(fResponse)}
<h2>${fHeads[2]}</h2><table><thead><tr><th>Unit</th><th>On scene</th><th>Assignment</th></tr></thead><tbody>${fUnits.map(td).join('\n')}</tbody></table>
<h2>${fHeads[3]}</h2><p>${fCause[0]}</p><p>${fCause[1]}</p><ul>${fCause
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<div class="field field--name-field-report-author field--label-inline"><div class="field__label">Report prepared by</div><div class="field__item">Public
Information Officer Dana Whitcombe</div></div></div></article>
<div class="views-element-container block block-views"><h2 class="block__title">Recent incident reports</h2><div class="view view-incidents"><ul>${links(
  fRecent,
  'views-row',
)}</ul>
<nav class="pager"><a href="/incidents">View all incident reports</a></nav></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner"><ul class="footer-list">${fFoot.map((t) => `<li>${t}</li>`).join('')}</ul>
<p>In an emergency, always call 911.</p></div></footer></div></div></div>
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.1"></script><script src="/themes/contrib/olivero/js/navigation.js"></script></body></html>`;
export const fireReport: TestPage = {
  name: 'heldout251-drupal-fire-incident-report',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fSummary, ...fResponse, ...fUnits.map((r) => r.join(' ')), ...fCause]),
  bylines: ['Sunday, March 1, 2026 - 6:42 PM', 'Public Information Officer Dana Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Burn ban in effect for all unincorporated areas through March 15.', ...fMenu, ...fCrumbs, 'Incident date', 'Incident type',
    'Structure fire (agricultural)', 'Alarm level', 'Second alarm', fCap, 'Photo: Lt. Amos Kettering, CCFR', 'Report prepared by',
    'Recent incident reports', ...fRecent, 'View all incident reports', ...fFoot, 'In an emergency, always call 911.',
  ],
};
