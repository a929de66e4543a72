import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file b: a dog walker's booking terms on Squarespace 7.1 (cookie banner, burger menu copy, footer
 * sections).
 */
const sTitle = 'Booking Terms & Conditions';
const sIntro = 'These terms apply to every walk, drop-in visit and puppy visit booked with Long Lead Walks. Booking a service means you agree to them.';
const sSecs: [string, string[]][] = [
  [
    '1. Bookings',
    [
      'Regular walks are booked week by week through the Time To Pet app by 6pm on the Friday before.',
      'One-off walks are offered when there is space in a group and are confirmed by text message.',
    ],
  ],
  [
    '2. Cancellations',
    [
      j(
        'Please cancel at least 24 hours before the walk. Cancellations with less notice are charged in full, as your place in the',
        'group cannot be filled at short notice.',
      ),
      'If we cancel because of extreme heat, ice or a thunderstorm warning, you will not be charged.',
    ],
  ],
  [
    '3. Keys and access',
    [
      j(
        'Keys are kept in a locked box, labelled with a code and never with your address. We will need a spare key or a code for a',
        'key safe before the first walk.',
      ),
    ],
  ],
  [
    '4. Health, vaccinations and insurance',
    [
      'Dogs must be up to date with vaccinations, flea and worm treatment.',
      j(
        'If your dog falls ill or is injured while in our care, we will contact you and take your dog to your own vet. You agree to pay',
        'any vet fees that are not covered by our insurance.',
      ),
      'Long Lead Walks holds public liability and care, custody and control insurance with Harrow Pet Cover.',
    ],
  ],
  [
    '5. Off-lead walking',
    [
      j(
        'Dogs are only let off the lead with your written consent, after three walks on the lead and a recall check in an enclosed',
        'field. We may keep any dog on the lead if we judge it unsafe to let it off.',
      ),
    ],
  ],
  ['6. Payment', ['Invoices are sent on the first of each month and are due within seven days by bank transfer.']],
];
const sNav = ['Walks', 'Puppy Visits', 'About', 'Reviews', 'Contact'];
const sBlk = (inner: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">
${inner}</div></div></div>`;
const sSecHtml = sSecs
  .map(([h, ps], n) =>
    sBlk(`<h3 style="white-space:pre-wrap;">${h}</h3>\n${ps.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n')}`, `yui_3_17_2_1_${n}`),
  )
  .join('\n');
const sHead = (cls: string): string =>
  `<div class="${cls}">
<nav class="header-nav-list">${sNav
    .map(
      (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
    )
    .join('')}</nav></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Booking Terms — Long Lead Walks</title><link rel="canonical" href="https://www.longleadwalks.co.uk/terms">
<meta property="og:site_name" content="Long Lead Walks"><meta property="og:title" content="Booking Terms — Long Lead Walks">
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1e8","siteTitle":"Long Lead Walks"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.longleadwalks.co.uk","name":"Long Lead Walks","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1e8/12/site.css"></head>
<body id="collection-64a1f2" class="primary-button-style-solid tweak-global-animations-enabled header-width-full tweak-transparent-header
 header-overlay-alignment-center  view-item collection-type-page collection-layout-default homepage-false mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Long Lead Walks</a></div></div>
${sHead('header-nav')}
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Meet &amp; Greet</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div>
<div class="header-menu header-menu--folder-list"><div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav">
${sHead('header-menu-nav-list')}</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f2">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--narrow horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1f3">
<div class="section-background"></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1f3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlk(
  `<h1 style="white-space:pre-wrap;">${sTitle.replace(/&/g, '&amp;')}</h1>\n<p class="sqsrte-small"
style="white-space:pre-wrap;">Last updated 3 February 2025</p>\n<p class="" style="white-space:pre-wrap;">${sIntro}</p>`,
  'a91c',
)}
${sSecHtml}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-b22"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Questions? Get in touch</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-id="64a1f9">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlk(
  `<p class="" style="white-space:pre-wrap;"><strong>Long Lead Walks</strong></p>\n<p class=""
style="white-space:pre-wrap;">Small group walks around Ashby Vale and Kettering Common</p>`,
  'f1',
)}
</div><div class="col sqs-col-6 span-6">
${sBlk(
  `<p class="" style="white-space:pre-wrap;"><a href="/privacy">Privacy Policy</a></p>\n<p class="" style="white-space:pre-wrap;"><a
href="/terms">Terms</a></p>\n<p class="" style="white-space:pre-wrap;">© 2025 Long Lead Walks Ltd</p>`,
  'f2',
)}
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-decline sqs-cookie-banner-v2-cta">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2-cta">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout655-squarespace-booking-terms',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: [sIntro, ...sSecs.flatMap(([, ps]) => ps)],
  bylines: ['Last updated 3 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Puppy Visits', 'About', 'Reviews', 'Book a Meet & Greet', 'Questions? Get in touch',
    'Small group walks around Ashby Vale and Kettering Common', 'Privacy Policy', '© 2025 Long Lead Walks Ltd',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT655_B: readonly TestPage[] = [squarespace];
