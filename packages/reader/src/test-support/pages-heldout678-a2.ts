import { ps, type TestPage, texts } from './page-kit.js';
import { clean, j, lis } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file a2: a planetarium show listing on Squarespace 7.1 with a cookie banner and a newsletter block in the footer.
 */
const sTitle = 'Voyage to the Ice Giants';
const sDek = 'A new full-dome show narrated live by our planetarium team. Recommended for ages 7 and up.';
const sParas = [
  j(
    'Uranus and Neptune are the least explored planets in the solar system: only one spacecraft has ever flown past them. In',
    '<em>Voyage to the Ice Giants</em> we ride along on an imagined mission that reaches both, dipping through Uranus’s tilted rings',
    'and skimming the cold cloud tops of Neptune.',
  ),
  j(
    'Along the way you’ll meet Miranda, the moon with cliffs taller than any mountain on Earth, and Triton, which orbits Neptune',
    'backwards and sprays plumes of nitrogen into space. Each show ends with a tour of tonight’s sky over Pellham.',
  ),
];
const sTimes = ['Saturdays at 11:00 am, 1:00 pm and 3:00 pm', 'Sundays at 1:00 pm and 3:00 pm', 'Daily at 2:00 pm during the February half-term holiday'];
const sGood = [
  'Running time: 45 minutes',
  'Tickets: $12 adults, $8 children and seniors, free for members',
  'Latecomers cannot be admitted once the dome is dark.',
  'The show includes brief fast motion that some visitors may find uncomfortable.',
];
const sNav = ['Shows', 'Visit', 'Education', 'Membership', 'About'];
const sFoot = ['Instagram', 'Facebook', 'Accessibility', 'Privacy Policy'];
const sNavItem = (t: string): string =>
  `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`;
const sFootLink = (t: string): string => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Pellham Planetarium</title><link rel="canonical" href="https://www.pellhamplanetarium.org/shows/voyage-to-the-ice-giants">
<meta property="og:site_name" content="Pellham Planetarium"><meta property="og:title" content="${sTitle} — Pellham Planetarium">
<script type="application/ld+json">{"url":"https://www.pellhamplanetarium.org","name":"Pellham Planetarium",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"templateId":"5c5a519771c10ba3470d8101","pageType":2,"website":{"siteTitle":"Pellham Planetarium"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65a0f2/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65a0f3c8e1d2" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header
tweak-global-animations-enabled form-field-style-solid show-cart collection-type-page collection-layout-default view-item">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to give you the best experience on our site.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="dark">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Pellham
Planetarium</a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map(sNavItem).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div
class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tickets">Buy Tickets</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a0f3c8e1d2a91f">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background black" data-section-id="65a0f3c8e1d2a920">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/5c5a5197/ice-giants-dome.jpg" data-load="false"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65a0f3c8e1d2a921"><div class="fe-block fe-block-yui_3_17_2_1_1704990001_5011">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1704990001_5011"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="sqsrte-small" style="white-space:pre-wrap;">NOW SHOWING</p><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--left vertical-alignment--top
white" data-section-id="65a0f3c8e1d2a930"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-65a0f3c8e1d2a931"><div class="fe-block fe-block-yui_3_17_2_1_1704990001_7420"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" id="block-yui_3_17_2_1_1704990001_7420"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sParas, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">Showtimes</h3><ul data-rte-list="default">${lis(sTimes.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">Good to know</h3><ul data-rte-list="default">${lis(sGood.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1704990001_9033"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left">
<a href="/tickets?show=ice-giants" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book Your
Seats</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1704990001_9870"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div
class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img alt=""
data-src="https://images.squarespace-cdn.com/content/v1/5c5a5197/neptune-still.jpg"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Still from the show: Neptune and its moon Triton.</p></div></figcaption></figure>
</div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div
class="sqs-block-content">
<div class="sqs-html-content"><h4 style="white-space:pre-wrap;">Pellham Planetarium</h4><p style="white-space:pre-wrap;">210 Orchard Street, Pellham</p>
<p style="white-space:pre-wrap;">Open Tuesday to Sunday, 10 am to 5 pm</p></div></div></div></div><div class="fe-block"><div
class="sqs-block newsletter-block sqs-block-newsletter">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="65a0f41b" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Stay in orbit</h2><div class="newsletter-form-header-description"><p>Monthly news about shows and sky
events.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input id="email-yui" class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
</form></div></div></div></div><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div
class="sqs-html-content">
${ps(sFoot.map(sFootLink), ' style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqspShow: TestPage = clean({
  name: 'heldout678-squarespace-show-listing',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Showtimes', 'Good to know'],
  body: [sDek, ...texts(sParas), ...sTimes, ...sGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our site.', 'Accept', 'Decline', 'Skip to Content', 'Pellham Planetarium', ...sNav,
    'Buy Tickets', 'NOW SHOWING', 'Book Your Seats', 'Still from the show: Neptune and its moon Triton.', '210 Orchard Street, Pellham',
    'Open Tuesday to Sunday, 10 am to 5 pm', 'Stay in orbit', 'Monthly news about shows and sky events.', 'Email Address', 'Sign Up',
    'We respect your privacy.', ...sFoot,
  ],
});

export const HELDOUT678_A2: readonly TestPage[] = [sqspShow];
