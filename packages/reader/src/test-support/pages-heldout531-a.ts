import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, except, j, lis } from './pages-heldout531-kit.js';

/**
 * Held-out batch 531, file a: a pottery studio's class listing on Squarespace 7.1 (an event item page), and a cookery
 * school's course page built with Wix.
 */
const sTitle = 'Wheel Throwing for Complete Beginners';
const sBody = [
  j(
    'Never touched clay before? This three-hour taster is the gentlest way in. You will spend the morning at the wheel with one of our',
    'resident potters, learning to centre, open and pull up a simple cylinder, and you will leave knowing whether you want to keep going.',
  ),
  'What we cover',
  'wedging and preparing your clay',
  'centring, the step that frustrates everyone at first',
  'opening the form and pulling up the walls',
  'trimming a foot on a piece thrown by your tutor',
  j(
    'Class size is limited to six, so each of you has your own wheel. Aprons, tools and 2 kg of stoneware clay are included. Wear clothes',
    'that can get muddy and keep your nails short if you can.',
  ),
  'Firing &amp; collection',
  j(
    'Choose your two best pieces at the end of the class. We bisque fire them, glaze them in one of our house glazes (a celadon, a',
    'tenmoku or a satin white) and fire them again. They are ready to collect about four weeks later; we will email you.',
  ),
  j('The class costs £68. Gift vouchers can be used when you book. Please read our <a href="/policies">booking policy</a> before you book.'),
];
const sNav = ['Classes', 'Open Studio', 'Memberships', 'Gift Vouchers', 'Shop', 'About'];
const sFoot = ['Instagram', 'Facebook', 'Booking policy', 'Privacy', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${sTitle} — Kiln Lane Clay Studio</title><meta property="og:site_name" content="Kiln Lane Clay Studio">
<meta property="og:title" content="${sTitle} — Kiln Lane Clay Studio"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.kilnlaneclay.co.uk","name":"Kiln Lane Clay Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${sTitle}","startDate":"2027-03-06T10:00:00+0000",
"endDate":"2027-03-06T13:00:00+0000","location":{"@type":"Place","name":"Kiln Lane Clay Studio","address":"14 Mill Street, Harrowgate Bridge"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce.css" rel="stylesheet" type="text/css">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/site.css"></head>
<body id="item-64b1f0c2a9e7d1" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
 tweak-events-stacked-show-thumbnail collection-type-events view-item collection-64a0e7 mobile-style-available">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" role="banner">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/">Kiln Lane Clay Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${links(sNav, 'header-nav-item header-nav-item--collection')}</nav>
</div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill"><span class="sqs-cart-quantity">0</span></a></div></div>
<div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
 href="/classes">Book a Class</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0e7">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="content-wrapper"><div class="content"><div class="eventitem-backlink"><a href="/classes">Back to All Events</a></div>
<article class="eventitem" id="article-64b1f0c2a9e7d1"><div class="eventitem-column-meta">
<h1 class="eventitem-title">${sTitle}</h1>
<ul class="eventitem-meta event-meta event-meta-date-time-container" data-content-field="event-date-time"><li class="eventitem-meta-item eventitem-meta-date
 event-meta-item"><time class="event-date" datetime="2027-03-06">Saturday, 6 March 2027</time></li><li class="eventitem-meta-item eventitem-meta-time
 event-meta-item"><span class="event-time-localized"><time class="event-time-localized-start" datetime="2027-03-06">10:00</time>
<span class="event-datetime-divider"></span><time class="event-time-localized-end" datetime="2027-03-06">13:00</time></span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">
Kiln Lane Clay Studio <span class="eventitem-meta-address-line eventitem-meta-address-line--title">14 Mill Street, Harrowgate Bridge</span>
(<a href="http://maps.google.com?q=14%20Mill%20Street" class="eventitem-meta-address-maplink" target="_blank">map</a>)</li></ul>
<ul class="eventitem-meta event-meta event-meta-export"><li class="eventitem-meta-item eventitem-meta-export event-meta-item">
<a href="?format=ical" class="eventitem-meta-export-ical">ICS</a><a href="http://www.google.com/calendar/event?action=TEMPLATE"
 class="eventitem-meta-export-google">Google Calendar</a></li></ul></div>
<div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-64b1f0c2a9e7d1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps([at(sBody, 0)], ' class="" style="white-space:pre-wrap;"')}
<h3>${at(sBody, 1)}</h3><ul data-rte-list="default">${lis(sBody.slice(2, 6).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
${ps([at(sBody, 6)], ' class="" style="white-space:pre-wrap;"')}<h3>${at(sBody, 7)}</h3>
${ps([at(sBody, 8), at(sBody, 9)], ' class="" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="https://kilnlane.bookwhen.com/ev-wb0306"
 class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book this class</a></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/wheel.jpg" alt="A beginner centring clay on the wheel">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Centring is the first thing we teach.</p></div></figcaption></figure></div>
</div></div></div></div>
<footer class="eventitem-meta-footer"><div class="item-pagination item-pagination--prev-next" data-collection-type="events">
<a class="item-pagination-link item-pagination-link--prev" href="/classes/glaze-day"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Glaze Day: Dipping and Layering</h2></a><a class="item-pagination-link item-pagination-link--next"
 href="/classes/hand-building-pinch-pots"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Hand-Building: Pinch and
 Coil</h2></a></div></footer></article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-html-content"><h4>Kiln Lane Clay Studio</h4><p class="">14 Mill Street, Harrowgate Bridge</p>
<p class="">Open studio: Tue–Sun, 10:00–21:00</p></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Join the mailing list</h2><div class="newsletter-form-header-description"><p>New class dates, once a month.</p>
</div></div><form class="newsletter-form"><label for="email-yui" class="newsletter-form-field-label title">Email Address</label>
<input type="email" id="email-yui" name="email" placeholder="Email Address"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div>
<nav class="footer-links"><ul>${links(sFoot)}</ul></nav><p class="">© 2027 Kiln Lane Clay Studio Ltd</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best booking experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout531-squarespace-pottery-class',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: texts([at(sBody, 1), at(sBody, 7)]),
  body: texts(except(sBody, [1, 7])),
  bylines: ['Saturday, 6 March 2027', '10:00', '13:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Kiln Lane Clay Studio', ...sNav, '0', 'Book a Class', 'Back to All Events', '14 Mill Street, Harrowgate Bridge', 'map', 'ICS',
    'Google Calendar', 'Book this class', 'Centring is the first thing we teach.', 'Previous', 'Glaze Day: Dipping and Layering', 'Next',
    'Hand-Building: Pinch and Coil', 'Open studio: Tue–Sun, 10:00–21:00', 'Join the mailing list', 'New class dates, once a month.', 'Email Address',
    'Sign Up', ...sFoot, '© 2027 Kiln Lane Clay Studio Ltd', 'We use cookies to give you the best booking experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Six-Week Foundation Cookery Course';
const wBody = [
  j(
    'Our most popular course for home cooks who want to stop following recipes line by line and start cooking with confidence.',
    'Over six Tuesday evenings you will learn the techniques every chef relies on, and cook a full meal each week that you eat together at the end.',
  ),
  'What you will learn',
  'Knife skills: holding, sharpening and the five cuts you will use every day',
  'Stocks and sauces, from a brown chicken stock to a beurre blanc that does not split',
  'Cooking fish and meat to the right point, by touch as well as by thermometer',
  'Fresh pasta and gnocchi made by hand',
  'Bread: a white tin loaf and a simple focaccia',
  'Pastry and a baked custard tart to finish the course',
  'Who is it for?',
  j(
    'The course suits anyone who cooks at home and wants a solid grounding. You do not need any experience, but you should be comfortable',
    'standing for three hours. Students must be 16 or over; under 18s should be booked by a parent.',
  ),
  'Course details',
  j(
    'Classes run from 6.30pm to 9.30pm at our Quayside kitchen. The group is limited to ten, cooking in pairs at fully equipped stations.',
    'Aprons, ingredients and recipe cards are provided, and you take home whatever you do not eat.',
  ),
  j(
    'The course costs £395, payable in full when you book or in two instalments. If you miss a week, you can join the same session on a',
    'later run of the course within six months at no extra cost.',
  ),
  'Your tutor',
  j(
    'Head tutor Marguerite Oduya trained in Lyon and spent twelve years in restaurant kitchens before opening the school in 2019. She',
    'teaches every Foundation course herself and is very good at rescuing a sauce.',
  ),
];
const wNav = ['Home', 'Courses', 'One-Day Classes', 'Private Events', 'Gift Cards', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Foundation Cookery Course | Quayside Cookery School</title>
<meta name="description" content="Six Tuesday evenings of essential techniques for home cooks."><meta property="og:site_name" content="Quayside Cookery School">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Quayside Cookery School",
"url":"https://www.quaysidecookery.com"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8c1f3e5b"},"language":{"userLanguage":"en"},"experiments":{"specs.thunderbolt.ssr":true}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lt8q1 .font_0{font:normal normal 700 48px/1.2 playfair display,serif;}</style>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="BACKGROUND_GROUP"></div>
<button class="Lsdvs4 has-custom-focus" id="SKIP_TO_CONTENT_BTN" data-testid="skipToContentButton">Skip to Main Content</button>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="Zqr6w5"><section id="comp-lt8q0" class="wixui-section">
<div id="comp-lt8q2" class="KcpHeO tz5f0K comp-lt8q2 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.quaysidecookery.com" class="wixui-rich-text__text">QUAYSIDE COOKERY SCHOOL</a></span></p></div>
<nav aria-label="Site" id="comp-lt8q3" class="StylableHorizontalMenu wixui-horizontal-menu"><ul class="menu-list">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav>
<a data-testid="linkElement" href="/courses" class="wixui-button" aria-disabled="false"><span class="wixui-button__label">Book Now</span></a>
</section></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c3k9x" class="c3k9x">
<section id="comp-lt8q5" class="comp-lt8q5 wixui-section" tabindex="-1"><div data-testid="columns" class="comp-lt8q5-columns">
<div id="comp-lt8q6" class="comp-lt8q6 wixui-column-strip__column"><div data-testid="columns-container">
<div id="comp-lt8q1" class="KcpHeO tz5f0K comp-lt8q1 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lt8q7" class="KcpHeO tz5f0K comp-lt8q7 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 0)}</span></p></div>
<div id="comp-lt8q8" class="MazNVa comp-lt8q8 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lt8q8">
<img src="https://static.wixstatic.com/media/9a2b1c_knife.jpg/v1/fill/w_640,h_420/knife.jpg" alt="Students practising knife skills"></wow-image></div></div>
</div></div></div></section>
<section id="comp-lt8qa" class="comp-lt8qa wixui-section"><div id="comp-lt8qb" class="KcpHeO tz5f0K comp-lt8qb wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${at(wBody, 1)}</h2><ul class="font_8 wixui-rich-text__text">
${lis(
  wBody.slice(2, 8).map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
  'wixui-rich-text__text',
)}</ul>
</div></section>
<section id="comp-lt8qc" class="comp-lt8qc wixui-section"><div id="comp-lt8qd" class="KcpHeO tz5f0K comp-lt8qd wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${at(wBody, 8)}</h2>${ps([at(wBody, 9)], ' class="font_8 wixui-rich-text__text"')}
<h2 class="font_2 wixui-rich-text__text">${at(wBody, 10)}</h2>${ps([at(wBody, 11), at(wBody, 12)], ' class="font_8 wixui-rich-text__text"')}</div>
<a data-testid="linkElement" href="/booking-calendar/foundation" class="wixui-button"><span class="wixui-button__label">See Dates &amp; Book</span></a>
</section>
<section id="comp-lt8qe" class="comp-lt8qe wixui-section"><div id="comp-lt8qf" class="KcpHeO tz5f0K comp-lt8qf wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${at(wBody, 13)}</h2>${ps([at(wBody, 14)], ' class="font_8 wixui-rich-text__text"')}</div></section>
<section id="comp-lt8qg" class="comp-lt8qg wixui-section"><div class="comp-lt8qh wixui-rich-text" data-testid="richTextElement">
<h5 class="font_5 wixui-rich-text__text">WHAT OUR STUDENTS SAY</h5>
<p class="font_8 wixui-rich-text__text">“I finally understand why my sauces used to split.” – Dev, spring course</p></div>
<div class="comp-lt8qi wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">
<a href="/one-day-classes">Not ready for six weeks? Try a one-day class →</a></p></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Unit 3, The Quayside, Penmorrow PM4 2QT</p><p class="font_8 wixui-rich-text__text">hello@quaysidecookery.com</p>
<p class="font_8 wixui-rich-text__text">© 2027 by Quayside Cookery School. Proudly created with Wix.com</p></div></footer></div></div></div></div>
<div id="WIX_ADS" class="hidden" aria-hidden="true"><a href="//www.wix.com/lpviral/enviral">This site was designed with Wix</a></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div role="dialog" aria-label="Cookie banner" data-hook="consent-banner">
<p data-hook="consent-banner-text">This website uses cookies. We use cookies to improve your experience and for marketing.
 <a href="/privacy-policy">Privacy Policy</a></p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
</body></html>`;
const wix: TestPage = {
  name: 'heldout531-wix-cookery-course',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 8), at(wBody, 10), at(wBody, 13)],
  body: texts(except(wBody, [1, 8, 10, 13])),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'QUAYSIDE COOKERY SCHOOL', ...wNav, 'Book Now', 'See Dates & Book', 'WHAT OUR STUDENTS SAY',
    '“I finally understand why my sauces used to split.” – Dev, spring course', 'Not ready for six weeks? Try a one-day class →',
    'Unit 3, The Quayside, Penmorrow PM4 2QT', 'hello@quaysidecookery.com', '© 2027 by Quayside Cookery School. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and for marketing. Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT531_A: readonly TestPage[] = [squarespace, wix];
