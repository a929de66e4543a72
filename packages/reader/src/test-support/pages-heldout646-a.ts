import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout646-kit.js';

/**
 * Held-out batch 646, file a: a river trip booking page of a canoe hire firm on Squarespace 7.1 with a FareHarbor
 * button, and a paddleboard school's long safety briefing on WordPress (Hello Elementor) with icon boxes and an accordion.
 */
const sTitle = 'Tamble Gorge Half-Day Canoe Trip';
const sDek = 'Eleven miles of quiet river, two easy portages and a pick-up at the finish. No experience needed.';
const sIntro = [
  j(
    'Our most popular trip starts at the boathouse in Brackenford and follows the Tamble through the wooded gorge to the old',
    'mill at Ashcombe Weir. The current does most of the work, so you can spend the morning watching for kingfishers and dippers.',
  ),
  j(
    'You will get a short briefing and a paddling lesson on the millpond before you set off. Every canoe carries a waterproof',
    'barrel for your lunch and spare clothes, and a laminated river map with the get-out points marked.',
  ),
];
const sFacts = [
  'Duration: about 4 hours',
  'Distance: 11 miles (18 km)',
  'Minimum age: 6, with an adult in the same canoe',
  'Price: £78 per canoe (up to 3 people)',
];
const sIncl = [
  'Canadian canoe, paddles and buoyancy aids for everyone',
  'Safety briefing and taster lesson',
  'Waterproof barrel and river map',
  'Minibus back to Brackenford from Ashcombe Weir',
];
const sWhen = [
  j(
    'Trips run daily from Easter to the end of October, launching at 9:30am and 1:30pm. In high summer we add a 10:30am launch',
    'on Saturdays. Please arrive 20 minutes before your launch time to sign the participation form.',
  ),
  j(
    'If the river is too high or too low we will call you the evening before and offer a new date or a full refund.',
    'You can change your booking for free up to 48 hours before you launch.',
  ),
];
const sNav = ['Trips', 'Canoe Hire', 'Kayak Hire', 'Groups', 'River Levels', 'About', 'Contact'];
const sFoot = ['The Boathouse, Mill Lane, Brackenford', '01632 960 418', 'hello@brackenfordcanoe.co.uk', 'Instagram', 'Facebook'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>${sTitle} &mdash; Brackenford Canoe Co.</title>
<link rel="canonical" href="https://www.brackenfordcanoe.co.uk/trips/tamble-gorge-half-day"><meta property="og:site_name" content="Brackenford Canoe Co.">
<meta property="og:title" content="${sTitle} &mdash; Brackenford Canoe Co."><meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>SQUARESPACE_ROLLUPS = {};</script>
<script type="application/ld+json">{"url":"https://www.brackenfordcanoe.co.uk","name":"Brackenford Canoe Co.",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Brackenford Canoe Co.","address":"The Boathouse, Mill Lane",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1c0","siteTitle":"Brackenford Canoe Co."},"collection":{"title":"Trips"}};</script>
<script src="https://fareharbor.com/embeds/api/v1/?autolightframe=yes"></script></head>
<body id="item-64a1" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid view-item collection-type-page">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1/logo.png" alt="Brackenford Canoe Co."></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed">
<div class="section-background"><img alt="Canoes on the Tamble below the gorge" src="//images.squarespace-cdn.com/content/v1/64a1/gorge.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="https://fareharbor.com/embeds/book/brackenfordcanoe/items/40211/?full-items=yes" class="sqs-block-button-element--large sqs-button-element--primary
sqs-block-button-element">Check dates &amp; book</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">What's included</h3><ul data-rte-list="default">${lis(sIncl.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">When trips run</h3>${ps(sWhen, ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h4 style="white-space:pre-wrap;">Trip details</h4>${ps(sFacts, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img alt="" src="//images.squarespace-cdn.com/content/v1/64a1/weir.jpg"><figcaption class="image-caption-wrapper"><div class="image-caption">
<p style="white-space:pre-wrap;">Lifting out above Ashcombe Weir</p></div></figcaption></figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Not sure which trip is right for you?</h2>
<p style="white-space:pre-wrap;">Call the boathouse and we'll talk it through.</p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">River news</h2>
<div class="newsletter-form-header-description"><p>Offers, new trips and low-water warnings, once a month.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content">${ps(sFoot.slice(0, 3), ' style="white-space:pre-wrap;"')}</div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list"><ul>${links(sFoot.slice(3))}</ul></nav></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p style="white-space:pre-wrap;">© 2026 Brackenford Canoe Co. Ltd</p>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2 BOTTOM"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your
experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button></div></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-component-definitions-1.js"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout646-squarespace-gorge-trip',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ["What's included", 'When trips run', 'Trip details'],
  body: texts([sDek, ...sIntro, ...sIncl, ...sWhen, ...sFacts]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book Now', 'Check dates & book', 'Lifting out above Ashcombe Weir', 'Not sure which trip is right for you?',
    "Call the boathouse and we'll talk it through.", 'River news', 'Offers, new trips and low-water warnings, once a month.', 'Email Address', 'Sign Up',
    ...sFoot, '© 2026 Brackenford Canoe Co. Ltd', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

const eTitle = 'Before you paddle: our safety briefing';
const eIntro = [
  j(
    'Every lesson and every board hire at Saltmarsh Paddle School starts with the same ten-minute briefing on the slipway.',
    'We have written it down here so you can read it at home, share it with the rest of your group and arrive knowing what to expect.',
  ),
  j(
    'None of this is meant to put you off. The estuary is a sheltered place to learn, and most of our days are calm and',
    'uneventful. The briefing exists so that the rare bad day stays a story you tell in the café rather than a call to the coastguard.',
  ),
];
const eChecks: [string, string][] = [
  ['Wind', 'We check the forecast and the flags. If the wind is over 12 knots, or blowing off the shore, we move the session or cancel it.'],
  ['Tide', 'We paddle on the flood or around high water. On a big ebb the channel by the sandbar runs faster than anyone can paddle.'],
  ['Kit', 'A board with a working fin, a paddle cut to your height, a buoyancy aid and, from October to May, a wetsuit.'],
  ['Leash', 'You wear a coiled leash on your ankle or a quick-release waist belt. The board is your biggest float: stay with it.'],
  ['Buddy', 'Nobody goes out alone. In lessons your instructor is your buddy; on hire you pair up and stay within shouting distance.'],
];
const eWind = [
  j(
    'An offshore wind is the one that catches people out. On the beach it feels gentle, because the dunes block it, and the water',
    'close in looks flat. A hundred metres out it is stronger, and it blows you away from the land while you are standing up,',
    'because your body acts as a sail.',
  ),
  j(
    'If you feel yourself drifting out, kneel or lie down on the board straight away. Lying flat and paddling with your arms, as',
    'if you were on a surfboard, cuts your wind resistance by more than half. Head for the nearest shore, even if it is not where',
    'you started, and wave your paddle over your head if you need help.',
  ),
];
const eFall = [
  'Fall away from the board, to the side, never onto it or onto the fin.',
  'Come up with one hand above your head, in case the board is above you.',
  'Find your leash and pull the board back to you. Hold the carry handle in the middle.',
  'Kick your legs up behind you and slide onto the board on your tummy, then move to your knees.',
  'If you cannot get back on, lie across the board, hold on and call or whistle for your instructor.',
];
const eCold = [
  j(
    'Even in August the sea here is rarely warmer than 17°C. Falling into cold water makes you gasp and breathe fast for the',
    'first minute or so. This is called cold water shock, and it is the real danger, far more than hypothermia.',
  ),
  j(
    'The advice is simple: float first. Lie back, hold your board or let your buoyancy aid hold you, and wait for your breathing',
    'to settle before you try to climb back on. Sixty seconds feels long, but it passes.',
  ),
  j('Wear more than you think you need. You can always take a layer off on the beach, but you cannot put one on halfway across', 'the channel.'),
];
const eFaq: [string, string][] = [
  ['Do I need to be able to swim?', 'You need to be comfortable in the water and able to swim 25 metres in a buoyancy aid. Tell us if you are nervous.'],
  ['What if I cannot stand up?', 'Plenty of people spend their first lesson on their knees. It is still paddleboarding, and it is still fun.'],
  ['Can children come?', 'Children from eight can join family lessons with a parent. Under-16s on hire must be with an adult on the water.'],
  ['Who decides if a session is cancelled?', 'The senior instructor on duty. We decide by 8am and text everyone booked that day.'],
];
const eNav = ['Lessons', 'Board Hire', 'Tours', 'Safety', 'Gift Vouchers', 'Contact'];
const eFoot = ['Saltmarsh Paddle School, The Hard, Coldharbour Quay', 'Open daily 9am–6pm, April to October', 'Privacy Policy', 'Terms of Hire'];
const box = (t: string, d: string): string => `<div class="elementor-element elementor-widget elementor-widget-icon-box" data-widget_type="icon-box.default">
<div class="elementor-widget-container"><div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon">
<i aria-hidden="true" class="fas fa-check"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${t}</span></h3>
<p class="elementor-icon-box-description">${d}</p></div></div></div></div>`;
const tab = (n: number, q: string, a: string): string => `<div class="elementor-accordion-item"><div id="elementor-tab-title-71${n}"
class="elementor-tab-title" data-tab="${n}" role="button" aria-controls="elementor-tab-content-71${n}" aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-71${n}" class="elementor-tab-content elementor-clearfix"
data-tab="${n}" role="region" aria-labelledby="elementor-tab-title-71${n}"><p>${a}</p></div></div>`;
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const h2 = (t: string): string => w('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const con = (inner: string): string => `<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="e-con-inner">${inner}</div></div>`;
const menu = (aria: string): string =>
  `<ul class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase()}/" class="elementor-item"${aria}>${t}</a></li>`,
    )
    .join('\n')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Saltmarsh Paddle School</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://saltmarshpaddle.co.uk/safety/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2025-03-02T10:11:40+00:00","dateModified":"2026-04-18T08:02:13+00:00"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://saltmarshpaddle.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://saltmarshpaddle.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<style id="elementor-post-212">.elementor-212 .elementor-element.elementor-element-4f2a{--padding-top:60px;}</style>
<script src="https://saltmarshpaddle.co.uk/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header"
data-elementor-post-type="elementor_library">
${con(`${w(
  'theme-site-logo',
  `<a href="https://saltmarshpaddle.co.uk">
<img src="/wp-content/uploads/2024/02/saltmarsh-logo.svg" alt="Saltmarsh Paddle School"></a>`,
)}
${w(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">${menu('')}</nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">${menu(' tabindex="-1"')}</nav>`,
)}
${w(
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">Book a lesson</a></div>`,
)}`)}
</header>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
${con(`${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('text-editor', ps(eIntro))}`)}
${con(`${h2('The five things we check before every session')}
${eChecks.map(([t, d]) => box(t, d)).join('\n')}`)}
${con(`${h2('Offshore wind')}${w('text-editor', ps(eWind))}
${w(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/03/windsock.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">The windsock on the slipway: if it points out to sea, ask us first.</figcaption></figure>`,
)}`)}
${con(`${h2('If you fall in')}${w('text-editor', `<ol>${lis(eFall)}</ol>`)}`)}
${con(`${h2('Cold water shock')}${w('text-editor', ps(eCold))}`)}
${con(`${h2('Frequently asked questions')}${w('accordion', `<div class="elementor-accordion">${eFaq.map(([q, a], i) => tab(i + 1, q, a)).join('\n')}</div>`)}`)}
${con(`${w('heading', '<h2 class="elementor-heading-title elementor-size-default">Ready to get on the water?</h2>')}
${w('text-editor', '<p>Lessons run every day from April to October. Small groups, no more than six per instructor.</p>')}
${w(
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-size-md" href="/lessons/"><span class="elementor-button-text">See lesson dates</span></a></div>`,
)}`)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
${con(`${w('text-editor', ps(eFoot.slice(0, 2)))}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot.slice(2))}</ul></nav>`)}
${w('text-editor', '<p>© 2026 Saltmarsh Paddle School. Website by Tidal Pixel.</p>')}`)}</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to count visits and to remember your booking basket.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject"
data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://saltmarshpaddle.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = page({
  name: 'heldout646-elementor-safety-briefing',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [
    'The five things we check before every session',
    ...eChecks.map(([t]) => t),
    'Offshore wind',
    'If you fall in',
    'Cold water shock',
    'Frequently asked questions',
  ],
  body: texts([...eIntro, ...eChecks.map(([, d]) => d), ...eWind, ...eFall, ...eCold, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a lesson', 'The windsock on the slipway: if it points out to sea, ask us first.', 'Ready to get on the water?',
    'Lessons run every day from April to October. Small groups, no more than six per instructor.', 'See lesson dates', ...eFoot,
    '© 2026 Saltmarsh Paddle School. Website by Tidal Pixel.', 'We value your privacy', 'We use cookies to count visits and to remember your booking basket.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT646_A: readonly TestPage[] = [squarespace, elementor];
