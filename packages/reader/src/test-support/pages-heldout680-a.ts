import { links, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout680-kit.js';

/**
 * Held-out batch 680, file a: a leisure trust's public swimming timetable on WordPress (Hello Elementor theme, Elementor
 * sections, Complianz cookie banner) with two timetable tables, and a swim school's lesson stage page on Squarespace 7.1.
 */
const eTitle = 'Public swimming timetable';
const eIntro = j(
  'Our 25-metre main pool and the learner pool at Brackenford Leisure Centre are open for public swimming every day.',
  'This timetable runs from 6 January until the Easter holidays; lane widths and session types can change at short notice when',
  'the pool is booked for galas.',
);
const eMainRows = [
  ['Monday', '6.30am – 9.00am', 'Lane swimming (fast, medium, slow)'],
  ['Monday', '12.00pm – 1.30pm', 'Lane swimming'],
  ['Tuesday', '6.30am – 9.00am', 'Lane swimming'],
  ['Wednesday', '7.00pm – 9.00pm', 'Adults only, lanes and open water'],
  ['Thursday', '12.00pm – 1.30pm', 'Over 60s swim'],
  ['Saturday', '1.00pm – 4.00pm', 'Family fun session with inflatable'],
  ['Sunday', '9.00am – 12.00pm', 'Public swim, two lanes'],
];
const eLearnRows = [
  ['Tuesday', '10.00am – 11.00am', 'Parent and baby'],
  ['Friday', '4.00pm – 5.30pm', 'Family splash'],
  ['Sunday', '10.00am – 12.00pm', 'Family splash'],
];
const eHeads = ['Main pool', 'Learner pool', 'Good to know'];
const eNotes = [
  'Children under 8 must be accompanied in the water by an adult aged 16 or over, one adult for up to two children.',
  'Last entry is 30 minutes before the end of each session.',
  'The learner pool is kept at 31°C and has a moveable floor; the deepest setting is 0.9 metres.',
  'Members can book up to seven days ahead in the app; pay-as-you-go swimmers can book two days ahead or pay at reception.',
];
const eOutro = 'Spectators are welcome on the balcony at no charge during family sessions.';
const eNav = ['Swimming', 'Gym', 'Classes', 'Memberships', 'Kids', 'Centres', 'Contact'];
const eFoot = ['Brackenford Leisure Trust', 'Registered charity no. 1187342', 'Privacy policy', 'Careers', 'Accessibility statement'];
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Brackenford Leisure Centre</title><meta name="description" content="Public swimming times for the main and learner pools.">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1736160000" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"isPartOf":{"@id":"https://brackenfordleisure.example/#website"},"datePublished":"2019-05-02T09:12:00+00:00"}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo">
<a href="/"><img src="/wp-content/uploads/2023/02/brackenford-logo.svg" alt="Brackenford Leisure Centre"></a></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu"><ul id="menu-1-main" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div></div></div></div>
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-button">
<a class="elementor-button elementor-button-link" href="/join/"><span class="elementor-button-text">Join now</span></a></div></div></div></div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-section-full_width hero"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eIntro}</p></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table class="timetable"><thead><tr><th>Day</th><th>Time</th><th>Session</th></tr></thead><tbody>${trs(eMainRows)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table class="timetable"><thead><tr><th>Day</th><th>Time</th><th>Session</th></tr></thead><tbody>${trs(eLearnRows)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<ul>${lis(eNotes)}</ul><p>${eOutro}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button" href="/book/">
<span class="elementor-button-text">Book a swim</span></a></div>
</div></div>
<div class="elementor-column elementor-col-33 sidebar-col"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>Swim prices</span></h3><p class="elementor-icon-box-description">Adult £5.40, junior £3.10,
under 3s free. Members swim free.</p></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>Download the app</span></h3><p class="elementor-icon-box-description">Book swims and classes on
the go.</p></div></div></div></div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="22" class="elementor elementor-22 elementor-location-footer"><footer class="elementor-section">
<div class="elementor-widget-text-editor"><p>Brackenford Leisure Centre, Mill Lane, Brackenford BF4 2QT</p><p>01632 960 418</p></div>
<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog"
aria-live="polite"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to
store and/or access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script></body></html>`;
const elementorTimetable: TestPage = {
  name: 'heldout680-elementor-timetable',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [eIntro, ...rowTexts(eMainRows), ...rowTexts(eLearnRows), ...eNotes, eOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Swimming'), 'Join now', 'Book a swim', 'Swim prices',
    'Adult £5.40, junior £3.10, under 3s free. Members swim free.',
    'Download the app', 'Book swims and classes on the go.', 'Brackenford Leisure Centre, Mill Lane, Brackenford BF4 2QT', '01632 960 418',
    ...eFoot, 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences',
  ],
};

const sTitle = 'Stage 3: Confident Splashers';
const sDek = 'For children aged 4 to 7 who can put their face in the water and are ready to leave the float behind.';
const sIntro = j(
  'In Stage 3 your child moves from the shallow end towards the middle of our teaching pool. Classes have no more than six',
  'children and one teacher in the water, and each lesson lasts 30 minutes.',
);
const sHeads = ['What your child will work on', 'Moving up to Stage 4', 'What to bring'];
const sSkills = [
  'Pushing and gliding on the front and back for 5 metres',
  'Kicking with a float on the front and back for 10 metres',
  'Blowing bubbles with the face in the water for a count of five',
  'Jumping in from the side and turning back to the wall',
  'A first go at front crawl arms, without a float',
  'Sitting and standing on the bottom at 0.9 metres, with help',
];
const sMove = j(
  'Teachers keep a skills card for every child and update it each week in our parent app. When every box on the card is ticked,',
  'your child gets a Stage 3 badge and we offer a space in Stage 4 at the same day and time where we can. Most children spend two',
  'or three terms in this stage, and that is perfectly normal.',
);
const sBring = j(
  'A swimming costume or trunks, a towel and a swim hat if your child has long hair. Goggles are fine, but we ask children to try',
  'some of each lesson without them.',
);
const sNav = ['Lessons', 'Timetable', 'Parent app', 'About us', 'FAQ'];
const sFoot = ['Instagram', 'Facebook', 'Terms', 'Safeguarding policy'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} &mdash; Little Otters Swim School</title><meta property="og:site_name" content="Little Otters Swim School">
<meta property="og:title" content="${sTitle} &mdash; Little Otters Swim School"><meta property="og:type" content="website">
<meta name="description" content="${sDek}">
<script type="application/ld+json">{"url":"https://www.littleotters.example","name":"Little Otters Swim School",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Little Otters Swim School Ltd","address":"Unit 4, Quarry Road, Fernley","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Little Otters Swim School"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1a/12/site.css"></head>
<body id="collection-63ab" class="header-width-full tweak-transparent-header primary-button-style-solid collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Spring term bookings are now open for existing swimmers.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Little Otters Swim School</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-trial">Book a trial</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63ab">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63ab"><div class="fe-block fe-block-1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p></div></div></div></div>
<div class="fe-block fe-block-2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/stage3.jpg" alt="Two children kicking with floats">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Kicking practice in the teaching pool</p></div></figcaption></figure></div></div></div>
</div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block fe-block-3">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">${sIntro}</p><h2 style="white-space:pre-wrap;">${sHeads[0]}</h2>
<ul data-rte-list="default">${lis(sSkills.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2><p style="white-space:pre-wrap;">${sMove}</p>
<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2><p style="white-space:pre-wrap;">${sBring}</p></div></div></div></div>
<div class="fe-block fe-block-4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-button-container">
<a href="/timetable" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">See Stage 3 classes</a></div></div></div>
<div class="fe-block fe-block-5"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small" style="white-space:pre-wrap;"><a href="/lessons/stage-2">← Stage 2: Water Explorers</a></p>
<p class="sqsrte-small" style="white-space:pre-wrap;"><a href="/lessons/stage-4">Stage 4: Little Swimmers →</a></p></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Little Otters Swim School</h3><p style="white-space:pre-wrap;">Lessons at Fernley Community Pool, Quarry Road</p>
<p style="white-space:pre-wrap;">${sFoot.map((t) => `<a href="#">${t}</a>`).join(' · ')}</p>
<p class="sqsrte-small" style="white-space:pre-wrap;">© 2026 Little Otters Swim School Ltd</p></div></div></section></footer></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website.js"></script></body></html>`;
const squarespaceStage: TestPage = {
  name: 'heldout680-squarespace-stage',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: [sDek, sIntro, ...sSkills, sMove, sBring],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring term bookings are now open for existing swimmers.', 'Little Otters Swim School', ...sNav, 'Book a trial',
    'Kicking practice in the teaching pool', 'See Stage 3 classes', '← Stage 2: Water Explorers', 'Stage 4: Little Swimmers →',
    'Lessons at Fernley Community Pool, Quarry Road', ...sFoot.filter((t) => t !== 'Terms'), '© 2026 Little Otters Swim School Ltd',
  ],
};

export const HELDOUT680_A: readonly TestPage[] = [elementorTimetable, squarespaceStage];
