import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout496-kit.js';

/**
 * Held-out batch 496, file d: a day centre page on Webflow, and a home care agency's services page on HubSpot CMS.
 */
const dTitle = 'The Meadow Room Day Centre';
const dParas = [
  j(
    'The Meadow Room is open Monday to Friday, 10am to 3.30pm, for older people who would enjoy company, a hot lunch and something',
    'to do. Many of our members live alone; others come so that the family member who cares for them can have a day off.',
  ),
  j('A typical day includes coffee and the papers, a morning activity, a two-course lunch, and an afternoon of games, music or a film.'),
];
const dH = ['What a day costs', 'Getting here'];
const dCost = ['Full day with lunch and transport: £42', 'Full day with lunch, no transport: £34', 'Bathing service: £8 (booked in advance)'];
const dCostNote = j('Most members are funded by Westmoor Council after a care needs assessment. We can help you ask for one.');
const dHere = j(
  'Our accessible minibus collects members from home within a six-mile radius of Eastley. The driver, Colin, will help with',
  'coats, frames and steps, and will wait until you are safely indoors at the end of the day.',
);
const dNav = ['About', 'Day Centre', 'Lunch Club', 'Volunteer', 'Contact'];
const dHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 13 2026 10:21:07 GMT+0000 -->
<html data-wf-domain="www.eastleyagecentre.org" data-wf-page="65a1f0c4e2b7d1a9c3f0e412" data-wf-site="65a1f0c4e2b7d1a9c3f0e3f8" lang="en">
<head><meta charset="utf-8"><title>Day Centre | Eastley Age Centre</title><meta content="${dParas[0]?.slice(0, 90)}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c4e2b7d1a9c3f0e3f8/css/eastley-age-centre.webflow.b12f9c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&
c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container
w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a1/logo.svg" loading="lazy" alt="Eastley Age
Centre"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${dNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link
 w-nav-link${t === 'Day Centre' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}<a href="/donate" class="button nav-button w-button">Donate</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-section"><div class="container w-container"><h1 class="heading-xl">${dTitle}</h1>
<div class="hero-subtitle">Part of Eastley Age Centre</div></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-2col"><div id="w-node-_8f2a" class="rich-text-block w-richtext">
${ps(dParas)}<h2>${dH[0]}</h2><ul role="list">${lis(dCost)}</ul><p>${dCostNote}</p><h2>${dH[1]}</h2><p>${dHere}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1/minibus.jpg" loading="lazy"
alt="The centre minibus"></div><figcaption>Our minibus was funded by the Eastley Rotary Club</figcaption></figure></div>
<div id="w-node-_8f2b" class="info-card"><div class="info-card-title">Opening times</div><div class="info-card-text">Mon–Fri, 10am–3.30pm</div>
<div class="info-card-title">Call us</div><a href="tel:01632960540" class="info-card-link">01632 960 540</a>
<a href="/contact" class="button w-button">Book a taster day</a></div></div></div></section>
<section class="section cta-section"><div class="container w-container"><div class="cta-heading">Give an hour a week</div>
<p class="cta-text">Our volunteers serve lunch, drive the minibus and run the quiz.</p><a href="/volunteer" class="button white w-button">Find out more</a>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Eastley Age Centre, Station Road, Eastley EY2
5RT</div>
<div class="footer-text">Registered charity 1102446</div><div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a>
<a href="/accessibility" class="footer-link">Accessibility</a></div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c4e2b7d1a9c3f0e3f8" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c4e2b7d1a9c3f0e3f8/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const dayCentre: TestPage = {
  name: 'heldout496-webflow-day-centre',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: [...dParas, ...dCost, dCostNote, dHere],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'Lunch Club', 'Volunteer', 'Contact', 'Donate', 'Part of Eastley Age Centre', 'Our minibus was funded by the Eastley Rotary Club',
    'Opening times', 'Mon–Fri, 10am–3.30pm', 'Call us', '01632 960 540', 'Book a taster day', 'Give an hour a week',
    'Our volunteers serve lunch, drive the minibus and run the quiz.', 'Find out more', 'Eastley Age Centre, Station Road, Eastley EY2 5RT',
    'Registered charity 1102446', 'Privacy', 'Accessibility',
  ],
};

const hTitle = 'Home care services';
const hDek = 'Support at home, from a half-hour morning call to live-in care, planned around you.';
const hH = ['Personal care', 'Companionship and help around the house', 'Live-in care', 'Questions families ask'];
const hPersonal = j(
  'Our carers help with getting up and going to bed, washing and bathing, dressing, taking medicines and eating well. Visits last',
  'from 30 minutes to several hours, and we will always send the same small team so you get to know them.',
);
const hCompanion = [
  'Shopping, collecting prescriptions and trips to the post office',
  'Light cleaning, changing beds and laundry',
  'Preparing meals and sitting down to eat together',
  'Outings to the garden centre, church, or a favourite café',
];
const hLive = j(
  "A live-in carer stays in your home and is there day and night, with two hours' break each day. Live-in care can be an",
  'alternative to a move into a care home, and couples can stay together.',
);
const hFaq = [
  ['How quickly can care start?', 'Usually within a week of our assessment visit, and sooner after a hospital discharge.'],
  ['What does it cost?', 'Hourly visits start at £31.50 an hour on weekdays. Live-in care starts at £1,180 a week.'],
  ['Are your carers trained?', 'Every carer completes the Care Certificate and is supervised in their first month.'],
];
const hNav = ['Services', 'Locations', 'About us', 'Careers', 'Blog'];
const hHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle} | Brightwater Home Care</title>
<meta name="description" content="${hDek}"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><link rel="stylesheet"
href="/hs-fs/hub/21477/hub_generated/template_assets/1/main.min.css">
<meta property="og:url" content="https://www.brightwaterhomecare.co.uk/services"><link rel="canonical" href="https://www.brightwaterhomecare.co.uk/services">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${hFaq
  .map(([q, a]) => `{"@type":"Question","name":"${q}","acceptedAnswer":{"@type":"Answer","text":"${a}"}}`)
  .join(',')}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-84213390 hs-site-page page"><div data-global-resource-path="brightwater/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget
 hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/brightwater-logo.svg" alt="Brightwater Home Care"></a></span>
</span></div><div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></span></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="term" placeholder="Search"></form></div>
<a class="button header__cta" href="/contact">Talk to us: 0800 046 1177</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--services"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell"><div class="row-fluid-wrapper row-depth-1 row-number-1
 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"><div id="hs_cos_wrapper_widget_1681"
class="hs_cos_wrapper
 hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_1681_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
<h1>${hTitle}</h1><p class="intro">${hDek}</p><h2>${hH[0]}</h2><p>${hPersonal}</p><h2>${hH[1]}</h2><ul>${lis(hCompanion)}</ul>
<h2>${hH[2]}</h2><p>${hLive}</p></span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1682" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module">
<div class="accordion"><h2 class="accordion__title">${hH[3]}</h2>${hFaq
  .map(
    ([q, a]) => `<details class="accordion__item"><summary class="accordion__question">
${q}</summary><div class="accordion__answer"><p>${a}</p></div></details>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget">
<div id="hs_cos_wrapper_widget_1683" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="cta-banner">
<h3 class="cta-banner__title">Arrange a free home visit</h3><p>A care manager will visit to talk through what would help.</p>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-9a1c"><a class="cta_button" href="/cta/redirect/21477/9a1c">Book my
visit</a></span></div></div></div></div></div>
</div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Brightwater Home Care Ltd, 2 Quay Street, Porthallow PH1 3AA.</p>
<p>Regulated by the Social Care Standards Authority.</p><ul class="footer__links">${links(['Privacy policy', 'Cookie settings', 'Modern slavery'])}</ul>
<p>© 2026 Brightwater Home Care</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="cookie-banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer to improve your experience.</p><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/21477.js"></script></body></html>`;
const homeCare: TestPage = {
  name: 'heldout496-hubspot-home-care',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [hDek, hPersonal, ...hCompanion, hLive, ...hFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.slice(1), 'Search', 'Talk to us: 0800 046 1177', 'Arrange a free home visit',
    'A care manager will visit to talk through what would help.',
    'Book my visit', 'Brightwater Home Care Ltd, 2 Quay Street, Porthallow PH1 3AA.', 'Regulated by the Social Care Standards Authority.',
    'Privacy policy', 'Cookie settings', 'Modern slavery', '© 2026 Brightwater Home Care',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT496_D: readonly TestPage[] = [dayCentre, homeCare];
