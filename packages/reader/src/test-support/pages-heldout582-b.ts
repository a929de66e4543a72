import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout582-kit.js';

/**
 * Held-out batch 582, file b: booking conditions of a day-tour company on Squarespace 7.1 (announcement bar, cookie banner,
 * newsletter block in the footer); the Shopify day trip of the batch is in file b2.
 */
const sTitle = 'Booking Conditions';
const sSections: [string, string[]][] = [
  [
    '1. Your contract',
    [
      j(
        'Your contract is with Harrowvale Tours Ltd (“we”, “us”). It starts when we send you a booking confirmation and is governed',
        'by the law of England and Wales. The person who makes the booking accepts these conditions on behalf of everyone named on it.',
      ),
    ],
  ],
  [
    '2. Prices and payment',
    [
      j(
        'Day trips are paid in full at the time of booking. For tours with an overnight stay, a deposit of £75 per person is due when',
        'you book and the balance eight weeks before departure. If the balance is not paid on time we may cancel the booking and keep',
        'the deposit.',
      ),
      j(
        'Prices include coach travel, the services of a driver and any entrance fees listed on the trip page. They do not include',
        'meals, drinks or gratuities unless we say so.',
      ),
    ],
  ],
  [
    '3. If you cancel',
    [
      'If you need to cancel, tell us in writing or by email. The following charges apply, counted from the date we receive your notice:',
      'More than 28 days before departure: loss of deposit only (day trips: full refund less a £5 admin fee)',
      '27 to 8 days before departure: 50% of the total price',
      '7 days or less, or failure to turn up: 100% of the total price',
      j(
        'You can transfer your place to another person at no charge up to 48 hours before departure, as long as you tell us their',
        'name. We recommend travel insurance that covers cancellation.',
      ),
    ],
  ],
  [
    '4. If we change or cancel your trip',
    [
      j(
        'We plan our trips months in advance and changes are rare, but we may have to alter a route, a visit or a hotel. If the change',
        'is significant we will tell you as soon as we can and you may accept it, choose another trip or have a full refund.',
      ),
      j(
        'We may cancel a day trip if fewer than 20 people have booked, at least 7 days before departure. In that case you will receive',
        'a full refund or a credit note worth 110% of what you paid.',
      ),
    ],
  ],
  [
    '5. Pickup points and times',
    [
      j(
        'Pickup times are given on your ticket and may change by up to 30 minutes. We will let you know by text message if they do.',
        'Please arrive ten minutes early. The coach cannot wait for late passengers and no refund is due for a missed departure.',
      ),
    ],
  ],
  [
    '6. On board',
    [
      'Seats are allocated in the order bookings are made. Requests for front seats are passed to the driver but cannot be guaranteed.',
      j(
        'Smoking and vaping are not allowed on our coaches. Our drivers may refuse to carry anyone whose behaviour puts other',
        'passengers at risk, and no refund will be due.',
      ),
      'Assistance dogs are welcome. Other pets cannot be carried.',
    ],
  ],
  [
    '7. Our liability',
    [
      j(
        'We accept responsibility for the trip we agree to provide. We are not liable for loss or damage caused by you, by a third',
        'party unconnected with the trip, or by events we could not foresee or avoid, such as severe weather or road closures.',
      ),
    ],
  ],
  [
    '8. Complaints',
    [
      j(
        'If something goes wrong, tell your driver straight away so it can be put right. If you are still unhappy, write to us',
        'within 28 days of your return and we will reply within 14 days.',
      ),
    ],
  ],
];
const sCancel = at(sSections[2]?.[1] ?? [], 0);
const sNav = ['Day Trips', 'Short Breaks', 'Pickup Points', 'FAQs', 'Contact'];
const sFoot = ['Harrowvale Tours Ltd', '14 Station Yard, Lenham Magna', '01732 884 115', 'Instagram', 'Facebook'];
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Booking Conditions — Harrowvale Tours</title><link rel="canonical" href="https://www.harrowvaletours.co.uk/booking-conditions">
<meta property="og:site_name" content="Harrowvale Tours"><meta property="og:title" content="Booking Conditions — Harrowvale Tours">
<script type="text/javascript" crossorigin="anonymous" defer src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f0c","siteTitle":"Harrowvale Tours"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.harrowvaletours.co.uk","name":"Harrowvale Tours",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f0c/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64f0d" class="form-use-theme-colors header-layout-nav-right tweak-social-icons-style-solid primary-button-style-solid
collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper"><div class="sqs-announcement-bar">
<div class="sqs-announcement-bar-content"><p>Summer 2026 programme now open — book by 31 March and save £10 per seat</p></div>
<a class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></a></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" class="">Harrowvale Tours</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/day-trips">Book a trip</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"
aria-expanded="false"><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div>
</header><main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0e">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--narrow horizontal-alignment--center vertical-alignment--middle white"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="page-section"
id="page-section-64f0e"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock(
  '1',
  `<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqs-html-content__meta" style="white-space:pre-wrap;">
<em>Last updated: 2 January 2026</em></p>`,
)}
${sSections
  .map(([h, paras], n) => {
    const inner =
      n === 2
        ? `<h3 style="white-space:pre-wrap;">${h}</h3>${ps([sCancel], ' style="white-space:pre-wrap;" class=""')}
<ul data-rte-list="default">${lis(
            paras.slice(1, 4).map((t) => `<p style="white-space:pre-wrap;" class="">${t}</p>`),
          )}</ul>${ps([at(paras, 4)], ' style="white-space:pre-wrap;" class=""')}`
        : `<h3 style="white-space:pre-wrap;">${h}</h3>${ps(paras, ' style="white-space:pre-wrap;" class=""')}`;
    return sBlock(String(n + 2), inner);
  })
  .join('\n')}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_20"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/s/harrowvale-booking-conditions-2026.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download as PDF</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small black"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-6 span-6">${sBlock(
  'f1',
  sFoot
    .slice(0, 3)
    .map((t) => `<p class="">${t}</p>`)
    .join(''),
)}
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav>
${sFoot
  .slice(3)
  .map(
    (t) => `<a href="https://www.${t.toLowerCase()}.com/harrowvaletours" target="_blank"><span class="sqs-svg-icon--social"></span><span
class="sqs-svg-icon--label">${t}</span></a>`,
  )
  .join('\n')}</nav></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64f1a" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Hear about new trips first</h2><div class="newsletter-form-header-description"><p>One email a month. No spam.</p>
</div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item
field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_33">Email Address</label>
<input id="email-yui_3_17_2_1_33" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span><span class="newsletter-form-button-icon"></span></button></div>
<div class="hidden form-submission-text">Thank you!</div></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline all</button>
<button class="sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout582-squarespace-booking-conditions',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSections.map((s) => s[0]),
  body: texts(sSections.flatMap((s) => s[1])),
  bylines: ['Last updated: 2 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer 2026 programme now open — book by 31 March and save £10 per seat', 'Harrowvale Tours', ...sNav, 'Book a trip', 'Download as PDF',
    ...sFoot, 'Hear about new trips first', 'One email a month. No spam.', 'Email Address', 'Sign Up',
    'We use cookies to improve your experience on our site and to show you relevant advertising.', 'Decline all', 'Accept all',
  ],
};

export const HELDOUT582_B: readonly TestPage[] = [squarespace];
