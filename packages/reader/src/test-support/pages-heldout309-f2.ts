import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file f2: a university chaplaincy page on a TerminalFour-style university template, a page whose main
 * text is short beside a listing (utility bar, global header and mega-menu, section title, breadcrumb, the section's
 * left-hand navigation, a short introduction, the weekly services listing and the faith advisers' cards, a contact box,
 * an alert bar, the global footer and the Civic cookie control).
 */
const kTitle = 'Chaplaincy and Faith Centre';
const kIntro = [
  j(
    'The Chaplaincy is a place for students and staff of every faith and none. Our team of chaplains and faith advisers offers',
    'a listening ear, quiet space for prayer and reflection, and a weekly programme of worship and events across the campus.',
  ),
  'The Faith Centre in the Old Library building is open Monday to Friday, 8am to 8pm, during term.',
];
const kH1 = 'This week at the Faith Centre';
const kEvents = [
  'Monday 12.30pm: Silent meditation, Quiet Room',
  'Tuesday 1.00pm: Midweek Eucharist, Chapel of St Hild',
  'Wednesday 6.00pm: Shabbat preparation and study, Seminar Room 2',
  'Friday 1.15pm: Jumu’ah prayer, Prayer Hall',
  'Friday 5.30pm: Free community supper, all welcome, Common Room',
];
const kH2 = 'Our chaplains and faith advisers';
const kPeople: [string, string][] = [
  ['Rev. Dr Claire Mattock', 'Anglican Chaplain and Head of Chaplaincy'],
  ['Imam Bilal Sahota', 'Muslim Chaplain'],
  ['Rabbi David Levene', 'Jewish Chaplain (part-time)'],
  ['Tenzin Dolkar', 'Buddhist Adviser'],
];
const kNote = j(
  'If you would like to speak to someone in confidence, email the Chaplaincy or drop in to the Faith Centre. We can also put',
  'you in touch with advisers of faiths not listed here.',
);
const kUtil = ['Students', 'Staff', 'Alumni', 'Library Services', 'Intranet'];
const kMega = ['Study', 'Research', 'Student Life', 'About the University'];
const kCrumbs = ['Home', 'Student Life', 'Support and Wellbeing'];
const kSide = ['Support and Wellbeing', 'Counselling Service', 'Disability Support', 'Chaplaincy and Faith Centre', 'Money Advice'];
const kFoot = ['Contact us', 'Maps and directions', 'Jobs', 'Accessibility', 'Freedom of information', 'Privacy', 'Cookies'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} - University of Carrowmore</title><meta name="description" content="Chaplaincy support, prayer spaces and weekly services at the University.">
<meta name="generator" content="TERMINALFOUR"><meta name="t4-section-id" content="48212"><link rel="stylesheet" href="/assets/css/uoc-global.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${kTitle}","isPartOf":{"@type":"CollegeOrUniversity",
"name":"University of Carrowmore"}}</script><script>window.dataLayer=window.dataLayer||[];dataLayer.push({"sectionId":"48212","pageType":"landing"});</script>
</head><body class="uoc-body section-student-life"><a class="skip-link sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<div class="alert-bar alert-bar--info" role="region" aria-label="Notice"><p>Campus buildings close at 6pm on Friday 3 April for the Easter break.</p></div>
<div class="utility-bar"><div class="container"><ul class="utility-bar__links">${links(kUtil, 'utility-bar__item')}</ul></div></div>
<header class="global-header" role="banner"><div class="container global-header__inner"><a class="global-header__logo" href="/"><img
src="/assets/img/uoc-logo.svg" alt="University of Carrowmore"></a><nav class="mega-menu" aria-label="Main navigation"><ul class="mega-menu__list">
${links(kMega, 'mega-menu__item')}</ul></nav><form class="global-search" action="/search"><label class="sr-only" for="q">Search the site</label><input id="q"
name="q" type="search"><button type="submit">Search</button></form></div></header>
<div class="section-banner"><div class="container"><p class="section-banner__title">Student Life</p></div></div>
<div class="container"><nav class="breadcrumb-wrapper" aria-label="Breadcrumb"><ol class="breadcrumb">${links(kCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active" aria-current="page">${kTitle}</li></ol></nav>
<div class="row"><aside class="col-md-3 section-nav" aria-label="In this section"><h2 class="section-nav__title">In this section</h2>
<ul class="section-nav__list">
${links(kSide, 'section-nav__item')}</ul></aside>
<main id="main-content" class="col-md-9 main-content" tabindex="-1"><div class="t4-content"><h1 class="page-title">${kTitle}</h1>
<div class="content-block content-block--intro">${ps(kIntro)}</div>
<section class="content-block listing listing--events"><h2>${kH1}</h2>
<ul class="listing__items">${kEvents.map((t) => `<li class="listing__item">${t}</li>`).join('\n')}
</ul><p class="listing__more"><a href="/student-life/chaplaincy/whats-on">See the full term programme</a></p></section>
<section class="content-block profile-cards"><h2>${kH2}</h2><div class="row">
${kPeople
  .map(
    ([
      n,
      r,
    ]) => `<div class="col-sm-6 profile-card"><img class="profile-card__img" src="/media/chaplaincy/${n.length}.jpg" alt=""><div class="profile-card__body">
<h3 class="profile-card__name">${n}</h3><p class="profile-card__role">${r}</p></div></div>`,
  )
  .join('\n')}</div></section>
<div class="content-block">${ps([kNote])}</div>
<div class="contact-box"><h2 class="contact-box__title">Contact the Chaplaincy</h2><p>Email: chaplaincy@carrowmore.example</p><p>Phone: 01632 960 412</p>
<p>Faith Centre, Old Library, Cloister Road</p></div>
<p class="page-updated">Page last updated: 14 January 2026</p></div></main></div></div>
<footer class="global-footer" role="contentinfo"><div class="container"><ul class="global-footer__links">${links(kFoot, 'global-footer__item')}</ul>
<p class="global-footer__copy">© University of Carrowmore 2026. Registered charity no. SC009112.</p></div></footer>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify-box"><div class="ccc-notify-text"><h3>This site uses cookies
to store information on your computer.</h3><p>Some are essential to make our site work; others help us improve the user experience.</p></div>
<div class="ccc-notify-buttons"><button class="ccc-notify-button ccc-button--accept">Accept Recommended Settings</button><button class="ccc-notify-button
ccc-notify-link">Cookie Preferences</button></div></div></div>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script><script src="/assets/js/uoc-global.min.js"></script></body></html>`;
export const chaplaincy: TestPage = {
  name: 'heldout309-terminalfour-university-chaplaincy-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2, ...kPeople.map(([n]) => n)],
  body: texts([...kIntro, ...kEvents, ...kPeople.map(([, r]) => r), kNote]),
  bylines: ['Page last updated: 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Campus buildings close at 6pm on Friday 3 April for the Easter break.', ...kUtil, ...kMega, 'Search the site', 'Search',
    'Home', 'Support and Wellbeing', 'In this section', 'Counselling Service', 'Disability Support', 'Money Advice',
    'See the full term programme', 'Contact the Chaplaincy', 'Email: chaplaincy@carrowmore.example', 'Phone: 01632 960 412',
    'Faith Centre, Old Library, Cloister Road', ...kFoot, '© University of Carrowmore 2026. Registered charity no. SC009112.',
    'This site uses cookies to store information on your computer.', 'Some are essential to make our site work; others help us improve the user experience.',
    'Accept Recommended Settings', 'Cookie Preferences',
  ],
};
