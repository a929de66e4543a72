import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file a: a sailing school's course page on Squarespace 7.1 (file a2 holds the
 * second page of the pair).
 */
const sTitle = 'Coastal Skipper Practical';
const sDek = 'Five days aboard one of our 36-foot yachts, with you in charge of passage planning, pilotage and the crew.';
const sIntro = [
  j(
    'This course is for sailors who already skipper short coastal passages and want to do it with more confidence, at night and in',
    'unfamiliar harbours. You will live aboard from Monday evening to Saturday afternoon with up to four other students and one of',
    'our senior instructors.',
  ),
  j(
    'Each student takes a turn as skipper for a full day, from the morning briefing to the last line ashore. The instructor steps in',
    'only when safety demands it, so expect to make real decisions and to learn from them.',
  ),
];
const sLearn = [
  'Planning a passage of 60 miles or more, including tidal gates and alternative ports',
  'Pilotage into unlit harbours by night, using transits and clearing bearings',
  'Handling the boat under power in tight marinas, with wind and tide against you',
  'Heavy-weather preparation, reefing early and managing a tired crew',
  'Man-overboard recovery under sail and under power',
];
const sPrice = [
  j(
    'The course costs <strong>£895</strong> per person. The price includes your berth, all meals aboard, foul-weather gear, lifejackets',
    'and the course certificate. Marina fees for overnight stops are shared by the crew and are usually around £30 each for the week.',
  ),
  'You can reserve a place with a deposit of £200. The balance is due six weeks before the start date.',
];
const sReq = [
  j(
    'You should hold a Day Skipper certificate or have equivalent experience: at least 15 days at sea, two of them as skipper, and',
    '300 miles logged. Bring your logbook on the first evening; if you are not sure whether you are ready, call us and we will talk it',
    'through.',
  ),
];
const sDates = ['13–18 April 2027', '18–23 May 2027', '22–27 June 2027', '7–12 September 2027'];
const sHeads = ['What you will learn', 'Course dates', 'Price and what is included', 'Before you book'];
const sNav = ['Courses', 'Own Boat Tuition', 'Corporate Sailing', 'Our Fleet', 'About', 'Contact'];
const sFoot = ['Privacy Policy', 'Terms of Booking', 'Cancellation Policy'];
const sNavHtml = sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} — Kestrel Sound Sailing School</title>
<link rel="canonical" href="https://www.kestrelsoundsailing.co.uk/courses/coastal-skipper-practical">
<meta property="og:site_name" content="Kestrel Sound Sailing School"><meta property="og:title" content="${sTitle} — Kestrel Sound Sailing School">
<meta property="og:type" content="website"><meta name="description" content="${sDek}">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1c0e2/12/site.css">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"64a1c0e2","pageType":2,"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.kestrelsoundsailing.co.uk",
"name":"Kestrel Sound Sailing School","@context":"http://schema.org","@type":"WebSite"}</script>
</head>
<body id="collection-64b2f7" class="header-overlay-alignment-center tweak-social-icons-style-solid tweak-blog-alternating-side-by-side-width-full
 primary-button-style-solid primary-button-shape-pill form-field-style-solid  collection-type-page collection-layout-default mobile-style-available
 sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" data-announcement-bar><div class="sqs-announcement-bar-content">
<a href="/courses" class="sqs-announcement-bar-url"></a><div class="sqs-announcement-bar-text">
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>2027 course dates are now open for booking</p></div>
</div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-first-focusable-element
tabindex="-1">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/logo.png"
 alt="Kestrel Sound Sailing School"></a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNavHtml}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Course</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div
class="burger-inner"></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b2f7a1">
<section data-test="page-section" data-section-theme="dark" class="page-section has-background full-bleed-section layout-engine-section
background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64b2f7a2">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/64a1c0e2/yacht-under-sail.jpg" data-load="false"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64b2f7a2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="sqsrte-small" style="white-space:pre-wrap;">RYA-style practical · 5 days · Live
aboard</p>
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large"
style="white-space:pre-wrap;">${sDek}</p></div></div></div></div></div></div></div></div>
</section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
 content-width--narrow horizontal-alignment--center vertical-alignment--middle" data-section-id="64b2f7a3"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2><ul data-rte-list="default">${lis(sLearn.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2><ul data-rte-list="default">${lis(sDates.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2>${ps(sPrice, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sHeads[3]}</h2>${ps(sReq, ' style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center">
<a href="/book?course=csp" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Check
availability</a></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section" data-section-id="64b2f7a4"><div
class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="64b2f7a5" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Tide Tables &amp; Course News</h2><div class="newsletter-form-header-description"><p>One email a month. No spam,
ever.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input id="email-yui_3_17" class="newsletter-form-field-element
field-element" name="email"
 type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span><span class="newsletter-form-spinner sqs-spin light large"></span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-id="64b2f7a6">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Kestrel Sound Sailing School</h3><p>The Boatyard, Quay Lane, Porthkennack</p><p>01632 960 418 ·
hello@kestrelsoundsailing.co.uk</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<ul data-rte-list="default">${links(sFoot)}</ul><p>© 2026 Kestrel Sound Sailing School
Ltd</p></div></div></div></div></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our website and to see how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout696-squarespace-course',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sDek, ...sIntro, ...sLearn, ...sDates, ...sPrice, ...sReq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2027 course dates are now open for booking', 'Skip to Content', ...sNav, 'Book a Course', 'Advanced practical · 5 days · Live aboard',
    'Check availability', 'Tide Tables & Course News', 'One email a month. No spam, ever.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Kestrel Sound Sailing School', 'The Boatyard, Quay Lane, Porthkennack', '01632 960 418 · hello@kestrelsoundsailing.co.uk', ...sFoot,
    '© 2026 Kestrel Sound Sailing School Ltd', 'We use cookies to give you the best experience on our website and to see how it is used.', 'Accept', 'Decline',
  ],
};

export const HELDOUT696_A: readonly TestPage[] = [squarespace];
