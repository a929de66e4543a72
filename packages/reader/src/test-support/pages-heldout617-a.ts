import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file a: an alpaca walk booking page on Squarespace 7.1 (fluid engine, Acuity embed, accordion block).
 */
const sTitle = 'Alpaca Walks';
const sDek = 'Lead your own alpaca along the beck and up to Cold Knott, with the whole of Thornwick Dale laid out below you.';
const sIntro = [
  j(
    'Our walks start in the top yard, where you meet the boys, learn how to hold a lead rope and pick up a few handfuls of',
    'nuts for the way. Each pair of walkers shares one alpaca, and one of our team walks with every group of eight.',
  ),
  j(
    'The route follows the beck for a mile before climbing gently to the cairn on Cold Knott. We stop at the top for photographs',
    'and a drink, then come back down through the hay meadow. The alpacas set the pace, and it is rarely a fast one.',
  ),
];
const sH = ['What happens on a walk', 'Good to know', 'Prices', 'Book your walk', 'Questions'];
const sGood = [
  'Walks last about 90 minutes, including the briefing in the yard.',
  'Children aged 8 and over can lead an alpaca with an adult beside them; under-8s are welcome to walk alongside.',
  'Wear boots or sturdy shoes. The meadow is wet for most of the year.',
  'Dogs cannot join the walk, but there is a shaded area by the car park for them to wait with a member of your party.',
];
const sPrices = ['£45 per alpaca, shared by up to two walkers', '£20 for each extra walker without an alpaca', 'Private walks for up to six alpacas: £240'];
const sBook = [
  j(
    'Choose a date and time below. Walks run at 10am, 12.30pm and 3pm from Thursday to Sunday, and every day in the school',
    'holidays. You will get a confirmation email with directions straight away.',
  ),
];
const sFaq = [
  [
    'What happens if it rains?',
    'We walk in light rain. If the weather is too rough for the alpacas, we will call you the evening before and move your booking.',
  ],
  [
    'Can I bring a wheelchair or pushchair?',
    'The first half mile along the beck is on a firm track. After that the path is rough, so we offer a shorter walk in the paddock instead.',
  ],
  ['Do you sell gift vouchers?', 'Yes, vouchers for any walk can be bought in our shop and are valid for twelve months.'],
] as const;
const sNav = ['Alpaca Walks', 'Meet the Herd', 'Farm Shop', 'Holiday Cottage', 'About Us', 'Contact'];
const sFoot = ['Thornwick Alpacas', 'Low Thornwick Farm, Ravensholme', 'Open Thursday to Sunday, 10am to 4pm', 'hello@thornwickalpacas.co.uk'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Alpaca Walks &mdash; Thornwick Alpacas</title>
<link rel="canonical" href="https://www.thornwickalpacas.co.uk/alpaca-walks"><meta property="og:site_name" content="Thornwick Alpacas">
<meta property="og:title" content="Alpaca Walks &mdash; Thornwick Alpacas"><meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63f1a2b7c4d5e6f708192a3b","collectionId":"63f1a2b7c4d5e6f708192a4c",
"pageType":2,"templateId":"5c5a519771c10ba3470d8101","showAnnouncementBar":false};</script>
<script type="application/ld+json">{"url":"https://www.thornwickalpacas.co.uk","name":"Thornwick Alpacas",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Low Thornwick Farm, Ravensholme","openingHours":"Th 10:00-16:00, Fr 10:00-16:00",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a2b7c4d5e6f708192a3b/42/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"
type="text/css">
</head>
<body id="collection-63f1a2b7c4d5e6f708192a4c" class="primary-button-style-solid primary-button-shape-pill header-overlay-alignment-center
tweak-global-animations-enabled tweak-portfolio-grid-overlay-width-full image-block-poster-text-alignment-center collection-type-page view-item">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-cta-position-right" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to see how visitors use the site.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="dynamic" data-test="header-border"></div>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63f1a2b7/logo.png" alt="Thornwick Alpacas"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a2b7c4d5e6f708192a5d">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63f1a2b7c4d5e6f708192a6e">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true">
<div class="fluid-engine fe-63f1a2b7c4d5e6f708192a6f"><div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1200">
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}"
id="block-yui_3_17_2_1_1700000000000_1200">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1300"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid" data-test="image-block-fluid-outer-wrapper">
<div class="fluid-image-animation-wrapper sqs-image sqs-block-alignment-wrapper"><div class="fluid-image-container sqs-image-content">
<img data-stretch="true" src="https://images.squarespace-cdn.com/content/v1/63f1a2b7/walk.jpg" alt="Two walkers leading alpacas by the beck"
loading="lazy"></div></div>
<figure class="sqs-block-image-figure image-block-outer-wrapper"><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Bramble and Hector on the beck path</p></div></figcaption>
</figure></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63f1a2b7c4d5e6f708192a70">
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1400"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${sH[0]}</h2>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH[1]}</h2><ul data-rte-list="default">${lis(sGood.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sH[2]}</h2>
${ps(sPrices, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed white" id="book">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63f1a2b7c4d5e6f708192a71">
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1500"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${sH[3]}</h2>${ps(sBook, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1600"><div class="sqs-block acuity-block sqs-block-acuity" data-block-type="53"><div
class="sqs-block-content">
<iframe src="https://app.acuityscheduling.com/schedule.php?owner=29384756&amp;appointmentType=category:Alpaca%20Walks" title="Schedule Appointment"
width="100%" height="800" frameborder="0"></iframe><script src="https://embed.acuityscheduling.com/js/embed.js"
type="text/javascript"></script></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1700"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${sH[4]}</h2></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_1800"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div
class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true">
${sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-dropdown-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div><div
class="plus__vertical-line"></div></div></div>
</button></h4><div class="accordion-item__dropdown" role="region" id="accordion-dropdown-${i}"><div class="accordion-item__description"><p class=""
style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section dark">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63f1a2b7c4d5e6f708192a80">
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_2000"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content">${ps(sFoot, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_2100"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div
class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="63f1">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Herd News</h2><div class="newsletter-form-header-description">
<p>New cria, open days and walk dates, once a month.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1700000000000_2200">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1700000000000_2200-field">Email Address</label>
<input id="email-yui_3_17_2_1_1700000000000_2200-field" class="newsletter-form-field-element field-element" name="email" type="email"
spellcheck="false"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span><span
class="newsletter-form-spinner sqs-spin light large"></span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></form></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1700000000000_2300"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-white"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/thornwickalpacas" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div>
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#instagram-unauth-icon"></use></svg></div></a>
</nav></div></div></div></div></div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout617-squarespace-alpaca-walks',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sH.slice(0, 4), ...sFaq.map(([q]) => q)],
  body: texts([sDek, ...sIntro, ...sGood, ...sPrices, ...sBook, ...sFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience and to see how visitors use the site.', 'Accept', 'Decline', 'Skip to Content',
    ...sNav.filter((t) => t !== sTitle), 'Book Now', 'Bramble and Hector on the beck path', ...sFoot, 'Herd News',
    'New cria, open days and walk dates, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
  ],
};

export const HELDOUT617_A: readonly TestPage[] = [squarespace];
