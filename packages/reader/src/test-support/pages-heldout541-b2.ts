import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, mk } from './pages-heldout541-kit.js';

/** Held-out batch 541, file b2: a kart club's championship regulations on Drupal 10 (Olivero), split from file b to keep files short. */
const dTitle = 'Club Championship Regulations 2027';
const dSecs: { h: string; items: string[] }[] = [
  {
    h: '1. General',
    items: [
      j(
        '1.1 The Wexcombe Kart Club Championship is run over ten rounds at Wexcombe Circuit between March and November. These regulations',
        'apply in addition to the national kart racing rules in force on the date of each meeting.',
      ),
      j(
        '1.2 The Clerk of the Course may change the timetable or shorten any race for reasons of safety. Any such change will be posted on',
        'the official notice board in the signing-on office and announced at the drivers\u2019 briefing.',
      ),
      '1.3 Attendance at the drivers\u2019 briefing is compulsory. A driver who misses it will start every race of the day from the back of the grid.',
    ],
  },
  {
    h: '2. Entries',
    items: [
      j(
        '2.1 Entries open four weeks before each round and close at 18:00 on the Wednesday before it. The entry fee is £95 a round, or',
        '£850 for the whole season if paid before the first round.',
      ),
      j(
        '2.2 Drivers must hold a valid club or national licence and be a paid-up member of the club. Day membership is available for',
        'visiting drivers at £15 but does not count towards championship points.',
      ),
      '2.3 Each class is limited to 34 entries. Reserves are taken in the order entries were received and are told by the Friday evening.',
    ],
  },
  {
    h: '3. Classes and minimum weights',
    items: [
      j(
        '3.1 Championships are run for the classes below. A class with fewer than six entries at a round may be combined with another class',
        'on track, but is scored separately.',
      ),
    ],
  },
  {
    h: '4. Race format',
    items: [
      '4.1 Each round has one timed qualifying session of eight minutes, two heats and a final.',
      j(
        '4.2 The grid for the first heat is set by qualifying. The grid for the second heat is the reverse of the first heat\u2019s top eight,',
        'and the final grid is set by points scored in the two heats, with ties broken by the better qualifying position.',
      ),
      j(
        '4.3 Races start from a rolling start in two lines. A driver who leaves the line before the green light, or who gains a place',
        'before the start line, will receive a five-second time penalty.',
      ),
    ],
  },
  {
    h: '5. Points',
    items: [
      j(
        '5.1 Points are awarded in each final from 30 for first place down to 1 point for 30th. Heats do not score championship points.',
        'A driver who starts the final but does not finish scores the points for last place.',
      ),
      '5.2 Each driver\u2019s two lowest round scores are dropped, provided they did not come from an exclusion.',
      '5.3 A tie on points is broken by the greater number of wins, then second places, and so on.',
    ],
  },
  {
    h: '6. Conduct and penalties',
    items: [
      j(
        '6.1 Contact that gains an advantage, blocking by changing line more than once on a straight and ignoring flags are reported to the',
        'Clerk of the Course, who may impose a time penalty, a grid penalty, or exclusion from the race.',
      ),
      j(
        '6.2 The front fairing must be fitted and correctly latched at the end of every race. A fairing found displaced at the chequered flag',
        'will lead to a five-second penalty, whether or not the driver caused it.',
      ),
      j(
        '6.3 Abuse of officials, marshals or other competitors, in person or online, will be referred to the club committee and may lead to',
        'the loss of membership.',
      ),
    ],
  },
  {
    h: '7. Protests and appeals',
    items: [
      j(
        '7.1 A protest must be made in writing to the Clerk of the Course within 30 minutes of the provisional results being posted and must',
        'be accompanied by a fee of £50, refunded if the protest is upheld.',
      ),
      '7.2 Appeals against the decision on a protest are heard by the club\u2019s appeals panel within 14 days of the meeting.',
    ],
  },
];
const dClassesHead = ['Class', 'Engine', 'Minimum weight (driver and kart)'];
const dClasses = [
  ['Cadet', 'Honda GX160', '110 kg'],
  ['Junior Rotax', 'Rotax Junior Max', '145 kg'],
  ['Senior Rotax', 'Rotax Senior Max', '165 kg'],
  ['TKM Extreme', 'TKM BT82', '152 kg'],
  ['Club 100', 'Open 100cc', '140 kg'],
];
const dNav = ['Home', 'Racing', 'Results', 'Calendar', 'Membership', 'Try Karting', 'Contact'];
const dCrumbs = ['Home', 'Racing', 'Regulations'];
const dSide = ['Regulations', 'Supplementary regulations: Round 1', 'Technical bulletins', 'Noise testing', 'Officials and marshals'];
const dRow = (r: readonly string[]): string => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const dSecHtml = dSecs
  .map((s, i) => {
    const table =
      i === 2
        ? `<table><thead><tr>${dClassesHead.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${dClasses.map(dRow).join('\n')}</tbody></table>`
        : '';
    return `<h2>${s.h}</h2>\n${ps(s.items)}${table}`;
  })
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:8;--color--primary-saturation:78%;--color--primary-lightness:45"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.wexcombekc.org.uk/racing/regulations">
<title>Club Championship Regulations 2027 | Wexcombe Kart Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3xZ1kD2hN7.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57","currentLanguage":"en"},
"olivero":{"mobile_nav_breakpoint":"1200px"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home" title="Home">Wexcombe Kart Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
<div class="form-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" type="submit">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs.slice(0, 2), 'breadcrumb__item')}<li class="breadcrumb__item">${dCrumbs[2]}</li></ol></nav></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="57" class="node node--type-page node--view-mode-full"><header class="node__header"><div class="node__meta">
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Race Secretary</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-02-03T10:12:44Z">3 February 2027</time></span>
</div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${dSecHtml}
</div>
<nav id="book-navigation-12" class="book-navigation" role="navigation" aria-labelledby="book-label-12">
<h2 class="visually-hidden" id="book-label-12">Book traversal links for
Club Championship Regulations 2027</h2><ul class="book-pager"><li class="book-pager__item book-pager__item--previous">
<a href="/racing/calendar" title="Go to previous page"><b>‹</b> 2027 race calendar</a></li><li class="book-pager__item book-pager__item--center">
<a href="/racing" title="Go to parent page">Up</a></li><li class="book-pager__item book-pager__item--next">
<a href="/racing/supplementary-round-1" title="Go to next page">Supplementary regulations: Round 1 <b>›</b></a></li></ul></nav></div></article></div></div>
</main><div class="region region--sidebar"><div class="block block-book block-book-navigation" id="block-olivero-booknavigation">
<h2 class="block__title">Racing documents</h2><div class="block__content"><nav role="navigation" aria-label="Book outline for Racing">
<ul class="menu">${links(dSide, 'menu__item')}</ul></nav></div></div>
<div class="block block-block-content" id="block-olivero-nextround"><h2 class="block__title">Next round</h2><div class="block__content">
<p>Round 1: Sunday 14 March. Entries close Wednesday 10 March at 18:00.</p><p><a href="/enter">Enter online</a></p></div></div></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-olivero-footer" class="block block-block-content"><p>Wexcombe Kart Club is affiliated to the national governing body for motor sport.</p>
<p>Registered office: Wexcombe Circuit, Airfield Road, Wexcombe WX9 4LD</p></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a>
</span></div>
</div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_8qKx3Fbd2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalRegs: TestPage = mk({
  name: 'heldout541-kart-club-regulations-drupal',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map((s) => s.h),
  body: texts(dSecs.flatMap((s, i) => (i === 2 ? [...s.items, ...dClasses.map((r) => r.join(' '))] : s.items))),
  bylines: ['By Race Secretary', '3 February 2027'],
  furniture: [
    'Skip to main content',
    'Wexcombe Kart Club',
    'Menu',
    'Search',
    'Main navigation',
    ...dNav,
    'Breadcrumb',
    ...dCrumbs,
    'Book traversal links for Club Championship Regulations 2027',
    '‹ 2027 race calendar',
    'Up',
    'Supplementary regulations: Round 1 ›',
    'Racing documents',
    ...dSide,
    'Next round',
    'Round 1: Sunday 14 March. Entries close Wednesday 10 March at 18:00.',
    'Enter online',
    'Wexcombe Kart Club is affiliated to the national governing body for motor sport.',
    'Registered office: Wexcombe Circuit, Airfield Road, Wexcombe WX9 4LD',
    'Powered by Drupal',
  ],
});

export const HELDOUT541_B2: readonly TestPage[] = [drupalRegs];
