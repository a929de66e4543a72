import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout503-kit.js';

/**
 * Held-out batch 503, file b: a family entertainment centre's booking terms on Squarespace (7.1, with an announcement bar),
 * and a trampoline park's safety rules page on Webflow.
 */
const sTitle = 'Booking Terms and Conditions';
const sUpd = 'Last updated: 3 March 2026';
const sIntro = j(
  'These terms apply to every booking made with Otterbrook Play & Adventure Centre, online, by phone or at our front desk.',
  'By making a booking you agree to them, so please read them before you pay.',
);
const sH = ['1. Bookings and payment', '2. Changes and cancellations', '3. Late arrival', '4. Parties', '5. Our right to cancel'];
const s1 = [
  'All sessions must be paid for in full when you book, except parties, which need a deposit of £40.',
  'Your booking is confirmed when you receive a confirmation email. Please bring it with you, on paper or on your phone.',
];
const s2 = [
  'You can move a play session to another date free of charge up to 24 hours before the start time.',
  'Cancellations made more than 72 hours before the session are refunded in full. After that we can offer a credit note only.',
  j(
    'If a child is unwell on the day, call us before the session and we will move your booking once without charge. We do',
    'not refund sessions that are missed without notice.',
  ),
];
const s3 = [
  j(
    'Sessions start and finish at the times shown on your booking. If you arrive late, your session will still end at the',
    'booked time, so that the next group can start on time.',
  ),
];
const s4 = [
  'Party deposits are not refundable but can be moved to another date once, with at least 7 days’ notice.',
  'Final numbers and food choices must be confirmed 5 days before the party. You will be charged for the numbers you confirm.',
  'Outside food is not allowed in the play area, except for a birthday cake.',
];
const s5 = [
  j(
    'We may need to close the centre or an attraction at short notice, for example because of a power cut or a safety issue.',
    'If we cancel your booking, we will offer you a new date or a full refund, whichever you prefer.',
  ),
  'If you have a question about these terms, email bookings@otterbrookplay.co.uk or speak to the duty manager.',
];
const sNav = ['Soft Play', 'Climbing Wall', 'Mini Golf', 'Parties', 'Café', 'Prices', 'Book'];
const sFoot = ['Otterbrook Play & Adventure Centre', 'Riverside Way, Taunton TA1 2LB', 'Open every day 9:30am to 6pm'];
const sFootNav = ['Booking Terms', 'Privacy', 'Safeguarding', 'Jobs'];
const sSec = (h: string, body: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${h}</h3>${body}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Booking Terms &mdash; Otterbrook Play &amp; Adventure</title>
<link rel="canonical" href="https://www.otterbrookplay.co.uk/booking-terms"><meta property="og:site_name" content="Otterbrook Play &amp; Adventure">
<meta property="og:title" content="Booking Terms &mdash; Otterbrook Play &amp; Adventure"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1c2a9b8","siteTitle":"Otterbrook Play & Adventure"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.otterbrookplay.co.uk","name":"Otterbrook Play & Adventure","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1c2a9b8/24/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6401a8e2c0" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
 tweak-transparent-header tweak-fixed-header collection-type-page collection-layout-default view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<a href="/prices" class="sqs-announcement-bar-url"></a><div class="sqs-announcement-bar-text"><p>Half-term: open until 7pm every day, 14 to 18 February</p>
</div><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/63f1c2a9b8/logo.png" alt="Otterbrook Play &amp; Adventure"></a></div>
<nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a>
</div>`,
  )
  .join('\n')}
</nav><div class="header-actions"><div class="header-actions-action--cart"><a href="/cart" class="cart-style-icon">
<span class="sqs-cart-quantity">0</span></a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"></button></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6401a8e2c0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed"
data-section-id="6401a8e2c1"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6401a8e2c1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-small" style="white-space:pre-wrap;"><em>${sUpd}</em></p>
<p style="white-space:pre-wrap;">${sIntro.replace(/&/g, '&amp;')}</p></div></div></div>
${sSec(sH[0] ?? '', `<ul data-rte-list="default">${lis(s1.map((t) => `<p>${t}</p>`))}</ul>`, 'yui_3_17_2_1_2')}
${sSec(sH[1] ?? '', `<ul data-rte-list="default">${lis(s2.map((t) => `<p>${t}</p>`))}</ul>`, 'yui_3_17_2_1_3')}
${sSec(sH[2] ?? '', ps(s3, ' style="white-space:pre-wrap;"'), 'yui_3_17_2_1_4')}
${sSec(sH[3] ?? '', `<ul data-rte-list="default">${lis(s4.map((t) => `<p>${t}</p>`))}</ul>`, 'yui_3_17_2_1_5')}
${sSec(sH[4] ?? '', ps(s5, ' style="white-space:pre-wrap;"'), 'yui_3_17_2_1_6')}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a session</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(
  sFoot.map((t) => t.replace(/&/g, '&amp;')),
  ' class="sqsrte-small"',
)}</div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><ul>${links(sFootNav)}</ul></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2>
<div class="newsletter-form-header-description"><p>Offers and holiday opening times, once a month.</p></div></div><form class="newsletter-form">
<label class="newsletter-form-field-label" for="email-yui_3_17_2_1_9">Email Address</label><input class="newsletter-form-field-element" type="email">
<button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and analyse traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceTerms: TestPage = {
  name: 'heldout503-squarespace-booking-terms',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sIntro, ...s1, ...s2, ...s3, ...s4, ...s5]),
  bylines: [sUpd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Half-term: open until 7pm every day, 14 to 18 February', ...sNav, '0', 'Book a session', ...sFoot, ...sFootNav,
    'Join our mailing list', 'Offers and holiday opening times, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'This site uses cookies to improve your experience and analyse traffic.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

const fTitle = 'Jump Safety Rules';
const fDek = 'Everyone who jumps at Bounce Foundry must read and follow these rules. Our court monitors will ask anyone who breaks them to leave the court.';
const fH1 = 'On the trampolines';
const fRules = [
  'One person per trampoline at all times.',
  'No double bouncing, flips or somersaults, except in the coached Freestyle Zone.',
  'Land on your feet, your bottom or your back. Never land on your head or neck.',
  'Do not sit or lie on the trampolines or the pads between them.',
  'Empty your pockets. Phones, keys and jewellery must go in a locker.',
  'Bounce Foundry grip socks must be worn. Ordinary socks and bare feet are not allowed.',
];
const fH2 = 'Zones by age and height';
const fRows = [
  ['Little Bouncers', 'Under 5, with an adult', 'Up to 110 cm'],
  ['Main Court', '5 and over', 'Any height'],
  ['Dodgeball', '8 and over', 'Over 120 cm'],
  ['Freestyle Zone', '12 and over, coached sessions only', 'Over 140 cm'],
];
const fH3 = 'Before you jump';
const fBefore = [
  j(
    'Every jumper needs a signed waiver. A parent or guardian must sign for anyone under 18. Waivers last 12 months and can be',
    'signed online before your visit.',
  ),
  j(
    'Do not jump if you are pregnant, have had recent surgery, or have a heart, back or neck condition. If you are not sure,',
    'ask your doctor before you book.',
  ),
  'Every session starts with a short safety video. Jumpers who miss it will be asked to watch it before they go on court.',
];
const fNav = ['Prices', 'Sessions', 'Parties', 'Groups & Schools', 'Café'];
const fFoot = ['About us', 'Careers', 'Contact', 'Privacy policy', 'Waiver'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 12 2026 09:41:07 GMT+0000 -->
<html data-wf-domain="www.bouncefoundry.com" data-wf-page="65a1f0c2e4b7" data-wf-site="65a1f0c2e4a1" lang="en"><head><meta charset="utf-8">
<title>Safety Rules | Bounce Foundry Trampoline Park</title><meta content="Read our jump safety rules before your visit." name="description">
<meta content="Safety Rules | Bounce Foundry Trampoline Park" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65a1f0c2e4a1/css/bounce-foundry.webflow.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body-safety"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1f0c2e4a1/logo.svg"
loading="lazy" alt="Bounce Foundry"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}" class="nav-link w-nav-link">${n.replace(/&/g, '&amp;')}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book Tickets</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="hero-small"><div class="w-container"><div class="eyebrow">Plan your visit</div><h1 class="heading-hero">${fTitle}</h1>
<p class="paragraph-large">${fDek}</p></div></section>
<section class="section"><div class="container w-container"><div class="rules-grid w-layout-grid"><div id="w-node-_7c1e" class="rich-text w-richtext">
<h2>${fH1}</h2><ol role="list">${lis(fRules)}</ol>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1f0c2e4a1/court.jpg"
loading="lazy" alt="Main court"></div><figcaption>Court monitors wear orange shirts and are on every court.</figcaption></figure>
<h2>${fH2}</h2></div><div class="w-embed"><table class="zones-table"><thead><tr><th>Zone</th><th>Age</th><th>Height</th></tr></thead>
<tbody>${trs(fRows)}</tbody></table></div>
<div class="rich-text w-richtext"><h2>${fH3}</h2>${ps(fBefore)}</div>
<div class="callout-box"><div class="callout-title">Need to sign a waiver?</div><a href="/waiver" class="button w-button">Sign the waiver</a></div>
</div></div></section>
<section class="cta-section"><div class="w-container"><h2 class="cta-heading">Ready to jump?</h2><a href="/book" class="button w-button">Book Tickets</a>
</div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-title">Bounce Foundry</div>
<div class="footer-text">Unit 9, Castlegate Trade Park, Sheffield S9 3RT</div></div><div class="footer-col">${fFoot
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`)
  .join('')}</div></div>
<div class="footer-legal">© 2026 Bounce Foundry Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4a1/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowRules: TestPage = {
  name: 'heldout503-webflow-safety-rules',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2, fH3],
  body: texts([fDek, ...fRules, ...rowTexts(fRows), ...fBefore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept', ...fNav, 'Book Tickets', 'Plan your visit', 'Court monitors wear orange shirts and are on every court.',
    'Need to sign a waiver?', 'Sign the waiver', 'Ready to jump?', 'Bounce Foundry', 'Unit 9, Castlegate Trade Park, Sheffield S9 3RT', ...fFoot,
    '© 2026 Bounce Foundry Ltd',
  ],
};

export const HELDOUT503_B: readonly TestPage[] = [squarespaceTerms, webflowRules].map(settle);
