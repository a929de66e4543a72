import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file b: a plant nursery's delivery FAQ on Squarespace 7.1 with an accordion block (file b2 holds the
 * Wix blog post).
 */
const qTitle = 'Delivery FAQ';
const qIntro = j(
  'We grow everything we sell on our nursery near Penhallow and send plants out by tracked courier. If your question is not',
  'answered below, email us and one of the growers will reply within two working days.',
);
const qItems = [
  [
    'When do you send out plants?',
    j(
      'Potted perennials go out all year except during hard frost. Bare-root hedging and fruit trees go out from November to March,',
      'when the plants are dormant.',
    ),
  ],
  ['How much does delivery cost?', 'Delivery to mainland UK addresses is £6.50 per order. Orders over £60 are delivered free.'],
  [
    'Do you deliver to the Highlands and islands?',
    j(
      'Yes, for a surcharge of £9.00. Deliveries to Northern Ireland, the Channel Islands and the Isle of Man are not possible because',
      'of plant health rules.',
    ),
  ],
  [
    'What if I am out when the courier calls?',
    j(
      'The courier will leave the box in a safe place if you add one at checkout, or try again the next working day. Plants will',
      'come to no harm in their box for up to four days.',
    ),
  ],
  [
    'My plants arrived damaged. What should I do?',
    j('Send us a photo within seven days of delivery and we will replace the plant or refund you, whichever you prefer.'),
  ],
];
const qNav = ['Shop', 'Perennials', 'Hedging', 'Visit us', 'Journal'];
const qFoot = ['Contact', 'Delivery', 'Returns', 'Privacy'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} &mdash; Marramwick Plants</title>
<link rel="canonical" href="https://www.marramwickplants.co.uk/delivery-faq"><meta property="og:site_name" content="Marramwick Plants">
<meta property="og:title" content="${qTitle} &mdash; Marramwick Plants"><meta property="og:type" content="website">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{"currencyCode":"GBP"}},
"templateId":"5c5a519771c10ba3470d8101",
"templateVersion":"7.1","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.marramwickplants.co.uk","name":"Marramwick Plants","@context":"http://schema.org","@type":"WebSite"}
</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6401/25/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6401a2b8c" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header
tweak-global-animations-enabled">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/"
data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/6401/logo.png?format=1500w" alt="Marramwick Plants"
style="display:block"
fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"
viewBox="0 0 31 24"></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-zero"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6401a2b8c5d">
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle white" data-section-id="6401a2b8c5e"><div class="section-border"><div class="section-background">
</div></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6401a2b8c5f"><div class="fe-block fe-block-yui_3_17_2_1_1678">
<div class="sqs-block html-block
sqs-block-html" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_1678"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="" style="white-space:pre-wrap;">${qIntro}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1679"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1679">
<div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true"
data-is-first-divider-visible="true"
data-is-last-divider-visible="true" data-is-expanded-first-item="" data-accordion-title-alignment="left" data-accordion-icon-placement="right">
${qItems
  .map(
    ([q, a], i) => `<li class="accordion-item"><div class="accordion-divider accordion-divider--top" aria-hidden="true"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
id="button-block-yui_3_17_2_1_1679-${i}" aria-controls="dropdown-block-yui_3_17_2_1_1679-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" data-is-open="false" aria-hidden="true"><div class="plus"><div class="line"></div><div class="line"></div></div></div>
</button></h4>
<div class="accordion-item__dropdown" role="region" id="dropdown-block-yui_3_17_2_1_1679-${i}" aria-labelledby="button-block-yui_3_17_2_1_1679-${i}">
<div class="accordion-item__description"><p class="" style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1680"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left" data-button-size="medium"
data-button-type="primary">
<a href="mailto:hello@marramwickplants.co.uk"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Email the nursery</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark"
class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide dark"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-footer">
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="6401a2b8c60">
<header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description">
<p>Planting tips and stock news, once a month.</p></div>
</header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"
id="6401a2b8c61-field"><label class="newsletter-form-field-label title" for="6401a2b8c61-field-input">Email Address</label><input id="6401a2b8c61-field-input"
class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign
Up</span></button></div></div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Marramwick Plants, Lower Treweek, Penhallow, Cornwall</p>
<ul data-rte-list="default">${links(qFoot)}</ul><p class="" style="white-space:pre-wrap;">© 2027 Marramwick Plants Ltd</p></div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 BOTTOM">
<div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to give you a better experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-cta--manage">Manage cookies</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout697-squarespace-delivery-faq',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qItems.map(([q]) => q ?? ''),
  body: [qIntro, ...qItems.map(([, a]) => a ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Shop', 'Visit us', 'Journal', 'Email the nursery', 'Join our mailing list',
    'Planting tips and stock news, once a month.', 'Email Address',
    'Sign Up', 'Marramwick Plants, Lower Treweek, Penhallow, Cornwall', 'Contact', 'Returns', 'Privacy', '© 2027 Marramwick Plants Ltd',
    'This site uses cookies to give you a better experience.', 'Manage cookies', 'Accept',
  ],
};

export const HELDOUT697_B: readonly TestPage[] = [squarespace];
