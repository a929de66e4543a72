import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout454-kit.js';

/**
 * Held-out batch 454, file f: a planning commission staff report on a city's Drupal 10 site (Olivero theme) with a meeting
 * video embed and related meetings, and short Library Board minutes in a PrimeGov public portal.
 */
const dTitle = 'Staff Report: CUP-27-004, Drive-Through Coffee Kiosk at 1180 Fennimore Road';
const dWhen = ['Planning Commission meeting: March 4, 2027, 6:00 p.m.', 'Agenda item: 5.B'];
const dSecs = ['Request', 'Site and surrounding uses', 'Analysis', 'Staff recommendation', 'Conditions of approval'];
const dText: string[][] = [
  [
    j(
      'Brewline Kiosks LLC requests a conditional use permit to build a 480-square-foot drive-through coffee kiosk with a double',
      'stacking lane on the vacant pad at the north end of the Fennimore Plaza shopping center.',
    ),
  ],
  [
    j(
      'The site is zoned C-2 General Commercial. To the south is the plaza&rsquo;s grocery store and parking lot; to the north, across',
      'Aspen Drive, are single-family homes in the R-1 district. The nearest home is about 140 feet from the proposed menu board.',
    ),
  ],
  [
    j(
      'Drive-through uses in the C-2 district require a conditional use permit so that the Commission can review traffic, noise and',
      'light. The applicant&rsquo;s queuing study shows a peak of 11 cars between 7:00 and 8:00 a.m. The two lanes hold 14 cars before',
      'reaching the plaza drive aisle, which meets the code requirement of 10.',
    ),
    j(
      'The main concern raised in the four public comments received is noise from the speaker at the menu board. The applicant has',
      'agreed to use an order-confirmation screen without an outdoor speaker and to face the menu board south, away from the homes.',
    ),
  ],
  [j('Staff recommends that the Planning Commission approve CUP-27-004, subject to the conditions below, based on the findings in', 'Attachment 1.')],
  [
    'Hours of operation are limited to 5:30 a.m. to 9:00 p.m. daily.',
    'No outdoor speaker is permitted; orders are taken in person or through the mobile application.',
    'A six-foot masonry wall and a row of evergreen trees are installed along the Aspen Drive frontage before occupancy.',
    'All site lighting is fully shielded and directed downward.',
  ],
];
const dNav = ['Residents', 'Business', 'Government', 'Departments', 'How do I...'];
const dCrumbs = ['Home', 'Government', 'Boards and Commissions', 'Planning Commission'];
const dRel = ['Planning Commission – February 18, 2027', 'Planning Commission – February 4, 2027'];
const dAtt = ['Attachment 1 - Findings (PDF, 96 KB)', 'Attachment 2 - Site Plan (PDF, 2.3 MB)', 'Attachment 3 - Queuing Study (PDF, 540 KB)'];
const dFoot = ['Accessibility', 'Privacy Policy', 'Public Records Requests', 'Employment'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | City of Ridgemont</title><link rel="canonical" href="https://www.ridgemontco.gov/planning/cup-27-004-staff-report">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3fKx2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291"}}</script></head>
<body class="path-node page-node-type-staff-report"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">City of Ridgemont</a></div>
<div class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block-menu" aria-labelledby="block-olivero-main-menu-menu">
<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form" role="search"><form action="/search/node" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys"><input type="submit" value="Search" class="button"></form></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<article data-history-node-id="2291" class="node node--type-staff-report node--view-mode-full"><div class="node__content">
<div class="field field--name-field-meeting-info">${ps(dWhen)}</div>
<div class="field field--name-field-video"><div class="media-oembed-content"><iframe src="https://www.youtube.com/embed/k2Pq81Zr0aQ?start=2310"
title="Planning Commission, March 4, 2027" width="640" height="360"></iframe></div><div class="field__label">Watch this item</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
${dSecs.map((s, i) => `<h2>${s}</h2>\n${i === 4 ? `<ol>${lis(dText[i] ?? [])}</ol>` : ps(dText[i] ?? [])}`).join('\n')}
<p><em>Prepared by Tomasz Whitcombe-Reyes, Associate Planner</em></p></div>
<div class="field field--name-field-attachments"><h3 class="field__label">Attachments</h3><div class="field__items">
${dAtt
  .map(
    (a) => `<div class="field__item"><span class="file file--mime-application-pdf"><a href="/sites/default/files/2027-02/${a.length}.pdf">${a}</a>
</span></div>`,
  )
  .join('\n')}
</div></div></div></article></div>
<div class="region region--content-below"><div class="views-element-container block"><h2 class="block__title">Other Planning Commission meetings</h2>
<ul>${links(dRel)}</ul></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><div class="block">
<p>City Hall, 300 Larimer Avenue, Ridgemont, CO 80799 · 970-555-0120</p></div></div><div class="region region--footer-bottom"><nav><ul>${links(dFoot)}</ul>
</nav></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.3.6"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout454-drupal-planning-staff-report',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dSecs,
  body: texts([...dWhen, ...dText.flat()]),
  bylines: ['Prepared by Tomasz Whitcombe-Reyes, Associate Planner'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'City of Ridgemont', ...dNav, 'Home', 'Boards and Commissions', 'Watch this item', 'Attachments', ...dAtt,
    'Other Planning Commission meetings', ...dRel, 'City Hall, 300 Larimer Avenue, Ridgemont, CO 80799 · 970-555-0120', ...dFoot,
  ],
};

const rTitle = 'Library Board of Trustees - Regular Meeting Minutes';
const rWhen = 'Wednesday, February 10, 2027, 5:30 PM, Main Library Community Room';
const rItems: [string, string][] = [
  ['1. CALL TO ORDER', 'President Yolanda Ferreira-Cobb called the meeting to order at 5:31 p.m. All five trustees were present.'],
  ['2. APPROVAL OF THE AGENDA', 'Motion by Trustee Haldane, second by Trustee Mbeki, to approve the agenda. Carried 5-0.'],
  [
    '3. DIRECTOR&rsquo;S REPORT',
    j(
      'Director Owen Sutterfield reported that checkouts rose 7 percent in January compared with last year and that',
      'the new study rooms were booked 412 times in their first month.',
    ),
  ],
  [
    '4. MAKERSPACE FEE SCHEDULE',
    j(
      'Motion by Trustee Lindgren, second by Trustee Haldane, to adopt a fee of $0.10 per gram for 3D printing',
      'and to keep laser cutting free for cardholders. Carried 4-1, Trustee Mbeki opposed.',
    ),
  ],
  ['5. ADJOURNMENT', 'The meeting adjourned at 6:22 p.m.'],
];
const rNav = ['Meetings', 'Boards', 'Public Comment', 'Subscribe'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Library Board of Trustees - Regular Meeting - Minutes - PrimeGov</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/portal.css?v=3.8.1" rel="stylesheet">
<script src="/Scripts/jquery-3.7.1.min.js"></script></head><body class="portal-body">
<nav class="navbar navbar-expand-lg navbar-light bg-light portal-navbar"><a class="navbar-brand" href="/public/portal"><img src="/api/v2/PublicPortal/logo"
alt="City of Santa Irena"></a><ul class="navbar-nav">${rNav.map((n) => `<li class="nav-item"><a class="nav-link" href="#">${n}</a></li>`).join('')}</ul></nav>
<div class="container-fluid meeting-document-container"><div class="document-toolbar"><a class="btn btn-sm" href="#">Download PDF</a>
<a class="btn btn-sm" href="#">Share</a></div>
<div id="compiledDocument" class="compiled-document"><div class="document-header"><h1 class="meeting-title">${rTitle}</h1>
<p class="meeting-datetime">${rWhen}</p></div>
${rItems
  .map(
    ([h, p]) => `<div class="agenda-item"><table class="item-table"><tr><td class="item-number-title"><p><strong>${h}</strong></p></td></tr>
<tr><td class="item-body">${ps([p])}</td></tr></table></div>`,
  )
  .join('\n')}
<div class="document-footer"><p>Minutes approved by the Board on March 10, 2027.</p><p>Attest: Carla Moretti-Lund, Board Secretary</p></div></div></div>
<footer class="portal-footer"><span>Powered by PrimeGov</span></footer></body></html>`;
const primeGov: TestPage = {
  name: 'heldout454-primegov-minutes',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: texts(rItems.map(([h]) => h)),
  body: texts([rWhen, ...rItems.map(([, p]) => p), 'Minutes approved by the Board on March 10, 2027.']),
  bylines: ['Attest: Carla Moretti-Lund, Board Secretary'],
  furniture: [...rNav, 'Download PDF', 'Share', 'Powered by PrimeGov'],
};

export const HELDOUT454_F: readonly TestPage[] = [drupal, primeGov];
