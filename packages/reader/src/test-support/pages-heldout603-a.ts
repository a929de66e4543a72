import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, ew, j, lis } from './pages-heldout603-kit.js';

/**
 * Held-out batch 603, file a: a tennis club's court booking and membership page on Squarespace 7.1, and a junior coaching
 * programme page built with Elementor (Hello Elementor theme, Elementor Pro header and footer).
 */
const sTitle = 'Court Booking &amp; Membership';
const sIntro = [
  j(
    'Fernhill Lawn Tennis Club has six floodlit courts: four artificial clay and two hard courts. Members book online up to seven',
    'days ahead, and the courts are open from 7am until 10pm every day of the year except Christmas Day.',
  ),
];
const sBook = [
  j('Each member may hold one booking at a time at peak hours (weekdays 5pm to 9pm and weekend mornings) and up to two at other', 'times.'),
  'Singles bookings last 60 minutes and doubles bookings 90 minutes.',
  'If you cannot play, cancel at least four hours before so the court goes back into the system.',
  'Courts 5 and 6 are kept for club sessions on Tuesday and Thursday evenings.',
];
const sBookMore = [
  j('Floodlights come on automatically with a booking after sunset. There is no extra charge for lights; the cost is included in', 'your subscription.'),
];
const sTiers = ['Adult', 'Couple', 'Student (18 to 25)', 'Junior (under 18)'];
const sPrices = [
  '£295 a year, or £26 a month by direct debit. Full playing rights at all times.',
  '£520 a year for two adults at the same address.',
  '£140 a year with a valid student card. Peak-hour bookings are limited to one a week.',
  '£85 a year. Juniors may book courts on their own from the age of 12.',
];
const sGuests = [
  j(
    'Members can bring a guest up to six times a year. The guest fee is £8 a visit and is paid when you make the booking.',
    'Visitors who are not playing with a member can hire a court at off-peak times for £14 an hour.',
  ),
  'New members join through the online form. We will send your booking login within two working days.',
];
const sNav = ['Home', 'Play', 'Coaching', 'Juniors', 'Club News', 'Contact'];
const sFoot = ['Privacy Policy', 'Safeguarding', 'Club Rules'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Court Booking &amp; Membership — Fernhill Lawn Tennis Club</title><meta property="og:site_name" content="Fernhill Lawn Tennis Club">
<meta property="og:title" content="Court Booking &amp; Membership — Fernhill Lawn Tennis Club"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.fernhill-ltc.co.uk/membership">
<script type="application/ld+json">{"url":"https://www.fernhill-ltc.co.uk","name":"Fernhill Lawn Tennis Club",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Fernhill Lawn Tennis Club",
"address":"Orchard Lane\\nFernhill, FH4 2QT","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","pageType":2};</script>
<script type="text/javascript"> SQUARESPACE_ROLLUPS = {};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-a1b2c3.css" rel="stylesheet" type="text/css">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64ab/site.css"></head>
<body id="collection-64ab2c1e9f" class="primary-button-style-solid primary-button-shape-pill header-layout-nav-right tweak-global-animations-enabled
 collection-type-page collection-64ab2c1e9f collection-layout-default" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"
 data-section-theme="white" data-controller="Header" data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right" data-test="header-inner"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/64ab/logo.png" alt="Fernhill Lawn Tennis Club"></a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://fernhill.clubbook.example/login">Member Login</a>
</div></div></div><div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button>
</div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64ab2c1e9f0a">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle bright" data-section-id="64ab2c1e9f0b">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64ab2c1e9f0b">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<img data-src="https://images.squarespace-cdn.com/content/v1/64ab/courts.jpg" alt="Courts 1 to 4 under lights">
</div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Courts 1 to 4 were resurfaced in 2025.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Booking a court</h2><ul data-rte-list="default">${lis(
  sBook.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
${ps(sBookMore, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_4"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="https://fernhill.clubbook.example/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Court</a>
</div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_5"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Membership categories</h2>
${sTiers.map((t, i) => `<h3 style="white-space:pre-wrap;">${t}</h3><p class="" style="white-space:pre-wrap;">${sPrices[i]}</p>`).join('\n')}
<h2 style="white-space:pre-wrap;">Guests and visitors</h2>${ps(sGuests, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_6"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/join" class="sqs-block-button-element--medium
 sqs-button-element--secondary sqs-block-button-element">Join the Club</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section has-background"
data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Find us</h3><p class="" style="white-space:pre-wrap;">Orchard Lane, Fernhill FH4 2QT</p>
<p class="" style="white-space:pre-wrap;">Registered with the national tennis association. Affiliated club no. 40217.</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${as(sFoot, '')}</p>
<p class="" style="white-space:pre-wrap;">© 2027 Fernhill Lawn Tennis Club</p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to keep you signed in to court booking and to count visits.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout603-squarespace-court-booking',
  kind: 'docs',
  html: sHtml,
  title: 'Court Booking & Membership',
  headings: ['Booking a court', 'Membership categories', ...sTiers, 'Guests and visitors'],
  body: texts([...sIntro, ...sBook, ...sBookMore, ...sPrices, ...sGuests]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Juniors'), 'Member Login', 'Courts 1 to 4 were resurfaced in 2025.', 'Book a Court', 'Join the Club',
    'Find us',
    'Orchard Lane, Fernhill FH4 2QT', 'Registered with the national tennis association. Affiliated club no. 40217.', ...sFoot,
    '© 2027 Fernhill Lawn Tennis Club', 'We use cookies to keep you signed in to court booking and to count visits.', 'Accept', 'Decline',
  ],
};

const eTitle = 'Junior Coaching Programme 2027';
const eIntro = j(
  'Our junior programme runs for 30 weeks from September to June and takes players from their first rally to county match play.',
  'All sessions are led by qualified coaches, and every group has at least one coach for every six players.',
);
const eGroups = [
  'Mini Red (ages 4 to 7): Saturday 9:00 to 9:45, £95 a term',
  'Orange Squad (ages 8 to 9): Saturday 10:00 to 11:00, £120 a term',
  'Green Squad (ages 10 to 11): Wednesday 4:30 to 5:30, £120 a term',
  'Yellow Performance (ages 12 to 17): Monday and Thursday 5:30 to 7:00, £265 a term',
];
const eAssess = j(
  'New players are placed in a group after a free 20-minute assessment with our head coach, Gideon Arkwright-Pell. Assessments take',
  'place on the first two Saturdays of each term. Players move up a group when their coach thinks they are ready, not by age alone.',
);
const eFaq = [
  'Does my child need to be a club member?',
  'Yes. Junior membership (£85 a year) is required from the second term, so that players can also book courts with friends and family.',
  'What should they bring?',
  'A racket, trainers with non-marking soles, a water bottle and a jumper for winter sessions. We lend rackets for the first term.',
  'What happens if it rains?',
  'Sessions move to the clubhouse for fitness and footwork. We only cancel if the site is closed, and cancelled sessions are refunded.',
];
const eNav = ['Home', 'Play Tennis', 'Play Padel', 'Juniors', 'Membership', 'Events', 'Contact'];
const eFoot = ['Safeguarding Policy', 'Privacy Notice', 'Cookie Policy'];
const col = (id: string, inner: string): string =>
  j(
    `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed`,
    `elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">`,
    `<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">`,
    `<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`,
  );
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Junior Coaching Programme 2027 - Ashgrove Tennis &amp; Padel Club</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ashgrovetennis.example/juniors/coaching/"><meta property="og:type" content="article">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Junior Coaching Programme 2027",
"dateModified":"2027-07-14T10:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://ashgrovetennis.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://ashgrovetennis.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'>
<style id='elementor-post-412-inline-css'>.elementor-412 .elementor-element.elementor-element-5c1e2a0{--spacer-size:40px;}</style></head>
<body class="page-template-default page page-id-412 page-child parent-pageid-88 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page
 elementor-page-412"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
${col(
  '1b7d3e0',
  `${ew('44c2a19', 'theme-site-logo', '<a href="https://ashgrovetennis.example"><img src="/wp-content/uploads/2024/02/ashgrove-logo.svg" alt=""></a>')}
${ew(
  '6fd0b12',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-6fd0b12" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${ew('3aa1f5c', 'button', '<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="/book/">Book Online</a></div>')}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${col(
  '5c1e2a0',
  `${ew('9d02c6e', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew('0b8fa21', 'text-editor', `<p>${eIntro}</p>`)}
${ew('c81d7e4', 'image', '<img width="1024" height="576" src="/wp-content/uploads/2026/09/juniors-orange.jpg" alt="Orange Squad at the net">')}`,
)}
${col(
  'e23b9f1',
  `${ew('71a6c05', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Groups and times</h2>')}
${ew(
  'a4d9c3b',
  'icon-list',
  `<ul class="elementor-icon-list-items">${eGroups
    .map(
      (g) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${g}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${ew('2f5e8d0', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Assessment and moving up</h2>')}
${ew('8e4b1a7', 'text-editor', `<p>${eAssess}</p>`)}
${ew('b0c7f22', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Questions from parents</h2>')}
${ew(
  'd93a6e5',
  'accordion',
  `<div class="elementor-accordion">${[0, 2, 4]
    .map(
      (i, n) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${n}" class="elementor-tab-title"
 data-tab="${n + 1}" role="button" aria-controls="elementor-tab-content-${n}" aria-expanded="false"><span class="elementor-accordion-icon
 elementor-accordion-icon-left" aria-hidden="true"></span><a class="elementor-accordion-title" tabindex="0">${eFaq[i]}</a></div>
<div id="elementor-tab-content-${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n + 1}" role="region"><p>${eFaq[i + 1]}</p></div></div>`,
    )
    .join('\n')}</div>`,
)}
${ew('f41c0d8', 'button', '<div class="elementor-button-wrapper"><a class="elementor-button" href="/juniors/register/">Register for an assessment</a></div>')}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer" data-elementor-post-type="elementor_library">
${col(
  '7f3b1c9',
  `${ew('1c6e0a4', 'text-editor', '<p>Ashgrove Tennis &amp; Padel Club, Mill Road, Ashgrove AG7 3LP</p><p>Registered charity no. 1190475</p>')}
${ew(
  '5d2a8f3',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`,
)}
${ew('9a0e4b7', 'text-editor', '<p>© 2027 Ashgrove Tennis &amp; Padel Club. All rights reserved.</p>')}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
 aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title"
id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://ashgrovetennis.example/wp-content/plugins/elementor/assets/js/frontend.min.js' id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout603-elementor-junior-coaching',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Groups and times', 'Assessment and moving up', 'Questions from parents'],
  body: [eIntro, ...eGroups, eAssess, ...eFaq],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Membership'), 'Book Online', 'Register for an assessment',
    'Ashgrove Tennis & Padel Club, Mill Road, Ashgrove AG7 3LP',
    'Registered charity no. 1190475', ...eFoot, '© 2027 Ashgrove Tennis & Padel Club. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT603_A: readonly TestPage[] = [squarespace, elementor];
