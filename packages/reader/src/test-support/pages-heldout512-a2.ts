import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file a2: a coach holiday firm's six-day tour itinerary on Squarespace 7.1 (fluid engine) with an
 * announcement bar, image captions, button blocks, a newsletter block and the v2 cookie banner.
 */
const fTitle = 'Fells, Falls and the Coast Road: 6-Day Coach Tour';
const fDek = 'Six days, five nights, one hotel: a gentle tour of the western fells with a different outing every day and no early starts.';
const fFacts = [
  '<strong>Departs:</strong> Sundays, 2 May to 26 September 2027',
  '<strong>Price:</strong> from £649 per person sharing; single rooms £120 extra',
  '<strong>Pick-up points:</strong> Cranford bus station, Oldbury Cross, Hatherley Park and Ride and Marlow Green',
  '<strong>Walking level:</strong> easy, with level paths at every stop',
];
const fDays: [string, string[]][] = [
  [
    'Day 1: North to Keldmere',
    [
      j(
        'We leave Cranford at 9am and collect at the other pick-up points on the way. After a comfort stop and time for lunch at Ferrybridge',
        'Services we cross into the fells by the Hartside road, arriving at the Keldmere Lodge Hotel in time for tea. Dinner is at 7pm,',
        'and your tour manager will run through the week over coffee in the lounge.',
      ),
    ],
  ],
  [
    'Day 2: The lake steamer and Ashgill Falls',
    [
      j(
        'A short drive takes us to the pier at Keldmere village, where we board the 1920s steamer Lady Ellen for a ninety-minute cruise',
        'to the head of the lake. The coach meets us at Howgate for lunch, then takes us up the valley to Ashgill Falls, where a',
        'level path of a quarter of a mile leads to the viewing platform below the main drop.',
      ),
      j('Those who would rather stay in the village can spend the afternoon in the shops and cafés and be collected at 4pm.'),
    ],
  ],
  [
    'Day 3: A free day, or the Fellside Railway',
    [
      j(
        'Today is yours. Many guests take the optional trip on the Fellside Railway, a narrow-gauge line that climbs seven miles from',
        'Dunmallet to Eskhead behind a steam engine. The ticket is £24 and can be booked when you book the tour or with your tour',
        'manager on the first evening. The hotel has a heated pool, a library and a croquet lawn for those who stay behind.',
      ),
    ],
  ],
  [
    'Day 4: The coast road to Saltby',
    [
      j(
        'We follow the old coast road south through the shipbuilding town of Harrowby to Saltby, a Georgian harbour town with a',
        'maritime museum and a long promenade. Fish and chips on the harbour wall are almost compulsory. On the way back we stop',
        'at the Grey Friars stone circle, a short walk from the road across a sheep field.',
      ),
    ],
  ],
  [
    'Day 5: Brantwick market and Hollin Hall',
    [
      j(
        'Thursday is market day in Brantwick, with more than a hundred stalls in the square and the covered hall. In the afternoon',
        'we visit Hollin Hall, a seventeenth-century house whose terraced gardens run down to the lake. Entry to the house and',
        'gardens is included, and the tea room keeps a table for our group.',
      ),
      'The farewell dinner this evening has a four-course menu and a quiz run by your tour manager.',
    ],
  ],
  [
    'Day 6: Homeward',
    [
      j(
        'After a leisurely breakfast we set off at 10am and head south, with a stop for lunch at Kirkby Stainforth. We expect to',
        'be back at Cranford by 5pm, depending on traffic.',
      ),
    ],
  ],
];
const fHotel = [
  j(
    'The Keldmere Lodge is a family-run hotel of 48 rooms on the edge of the village, five minutes on foot from the pier.',
    'All rooms have a private bathroom, a television and tea and coffee, and a lift serves every floor. Ground-floor rooms can be',
    'requested at no extra cost, subject to availability.',
  ),
  'Dinner, bed and breakfast are included every night. Dinner is served at a reserved table, and the hotel can cater for most diets if told in advance.',
];
const fIncluded = [
  'Return travel by executive coach with a toilet, air conditioning and reclining seats',
  'Five nights at the Keldmere Lodge Hotel with dinner, bed and breakfast',
  'The lake steamer cruise and entry to Hollin Hall and its gardens',
  'The services of a Fenwick Lowe tour manager throughout',
];
const fNot = ['Lunches, except on the steamer day', 'The Fellside Railway ticket', 'Travel insurance'];
const fGood = j(
  'Our coaches have a lift for passengers who cannot manage the steps, and we can carry a folding wheelchair or a small',
  'mobility scooter in the luggage hold. Please tell us when you book so that we can plan the seating.',
);
const fNav = ['Tours', 'Day Trips', 'Private Hire', 'Our Coaches', 'About Us', 'Contact'];
const fFoot = ['Booking conditions', 'Privacy policy', 'Accessibility', 'Gift vouchers'];
const fBlock = (html: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">${html}</div></div></div>`;
const fCap = (src: string, alt: string, cap: string): string =>
  `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><img data-src="https://images.squarespace-cdn.com/content/v1/5f2a/${src}" alt="${alt}"
src="https://images.squarespace-cdn.com/content/v1/5f2a/${src}?format=1000w" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">${cap}</p></div></figcaption></figure></div></div>`;
const fDayHtml = fDays.map(([h, paras]) => `<h3>${h}</h3>\n${ps(paras, ' class=""')}`);
const fHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- fenwick-lowe-coaches -->
<base href=""><meta charset="utf-8"><title>6-Day Fells, Falls and Coast Road Tour — Fenwick Lowe Coach Holidays</title>
<meta property="og:site_name" content="Fenwick Lowe Coach Holidays"><meta property="og:title" content="6-Day Fells, Falls and Coast Road Tour">
<meta name="description" content="${fDek}">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101",
"websiteSettings":{"storeSettings":{"currencyCode":"GBP"}},"collectionId":"63a1f0c2e4b0d2"};</script>
<script type="application/ld+json">{"url":"https://www.fenwicklowe.co.uk","name":"Fenwick Lowe Coach Holidays","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f2a/12/5c5a519771c10ba3470d8101/site.css"></head>
<body id="collection-63a1f0c2e4b0d2" class="header-overlay-alignment-center header-width-full tweak-fixed-header tweak-social-icons-style-solid
primary-button-style-solid primary-button-shape-pill form-field-style-outline view-item collection-type-page collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>Our 2027 brochure is out now. <a href="/brochure">Request your free copy</a></p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="https://images.squarespace-cdn.com/content/v1/5f2a/logo.png"
alt="Fenwick Lowe Coach Holidays"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${fNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="tel:01632960877">Call 01632 960877</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a1f0c2e4b0d3">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle bright" data-section-id="63a1f0c2e4b0d4"><div class="content-wrapper">
<div class="content">
<div class="fluid-engine fe-63a1f0c2e4b0d5"><div class="fe-block fe-block-yui_3_17_2_1_1671540000001_1201">
${fBlock(`<h1 style="white-space:pre-wrap;">${fTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${fDek}</p>`)}</div>
<div class="fe-block fe-block-yui_3_17_2_1_1671540000001_1305"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book?tour=fells-falls" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Book this tour</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section white" data-section-id="63a1f0c2e4b0d6">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63a1f0c2e4b0d7"><div class="fe-block fe-block-yui_3_17_2_1_1671540000001_2201">
${fBlock(`<ul data-rte-list="default">${lis(fFacts.map((f) => `<p class="" style="white-space:pre-wrap;">${f}</p>`))}</ul>`)}</div>
<div class="fe-block fe-block-yui_3_17_2_1_1671540000001_2202">${fCap('steamer.jpg', 'Lady Ellen at Keldmere pier', 'The Lady Ellen at Keldmere pier')}</div>
<div class="fe-block fe-block-yui_3_17_2_1_1671540000001_2301">${fBlock(`<h2 style="white-space:pre-wrap;">Itinerary</h2>\n${fDayHtml.join('\n')}`)}</div>
<div class="fe-block fe-block-yui_3_17_2_1_1671540000001_2302">
${fCap('saltby.jpg', 'Saltby harbour', 'Saltby harbour at low tide. Photo: Marta Oyelaran')}</div>
<div class="fe-block fe-block-yui_3_17_2_1_1671540000001_2401">${fBlock(`<h2>Your hotel</h2>${ps(fHotel, ' class=""')}
<h2>What's included</h2><ul data-rte-list="default">${lis(fIncluded.map((t) => `<p class="">${t}</p>`))}</ul>
<h2>Not included</h2><ul data-rte-list="default">${lis(fNot.map((t) => `<p class="">${t}</p>`))}</ul><h2>Getting on board</h2><p class="">${fGood}</p>`)}</div>
<div class="fe-block fe-block-yui_3_17_2_1_1671540000001_2402"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content">
<a href="/s/fells-falls-2027.pdf"
class="sqs-block-button-element--small sqs-button-element--secondary sqs-block-button-element">Download the tour sheet (PDF)</a>
</div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section dark" data-section-id="63a1f0c2e4b0d8">
<div class="content-wrapper">
<div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="63a1f">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new tours first</h2><div class="newsletter-form-header-description">
<p>Sign up with your email address to receive news and offers.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label>
<input id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light
large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p>
</div>
</div><div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="">Fenwick Lowe Coach Holidays, Unit 3 Riverside Depot, Cranford CR2 8LW</p>
<p class="">Member of the Northern Coach Tourism Association</p>
${fFoot.map((t) => `<p class=""><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></p>`).join('\n')}
<p class="">© 2027 Fenwick Lowe Coach Holidays Ltd</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you a better experience. You can accept all cookies or manage them.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-cta--decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-cta--manage">Manage cookies</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const fenwick: TestPage = {
  name: 'heldout512-squarespace-coach-tour',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: ['Itinerary', ...fDays.map(([h]) => h), 'Your hotel', "What's included", 'Not included', 'Getting on board'],
  body: texts([fDek, ...fFacts, ...fDays.flatMap(([, p]) => p), ...fHotel, ...fIncluded, ...fNot, fGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our 2027 brochure is out now. Request your free copy', ...fNav.filter((t) => t !== 'Our Coaches'), 'Call 01632 960877', 'Book this tour',
    'The Lady Ellen at Keldmere pier',
    'Saltby harbour at low tide. Photo: Marta Oyelaran', 'Download the tour sheet (PDF)', 'Hear about new tours first',
    'Sign up with your email address to receive news and offers.', 'Email Address', 'Sign Up', 'We respect your privacy.', 'Thank you!',
    'Fenwick Lowe Coach Holidays, Unit 3 Riverside Depot, Cranford CR2 8LW', 'Member of the Northern Coach Tourism Association', ...fFoot,
    '© 2027 Fenwick Lowe Coach Holidays Ltd', 'This site uses cookies to give you a better experience. You can accept all cookies or manage them.',
    'Decline', 'Manage cookies', 'Accept all',
  ],
};

export const HELDOUT512_A2: readonly TestPage[] = [fenwick];
