import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file a: a day spa's treatment menu on Squarespace 7.1 (fluid engine sections, button blocks, newsletter
 * block in the footer), and a retreat programme page built with Elementor on the Hello Elementor theme.
 */
type Treat = { name: string; desc: string; price: string };
const sTitle = 'Treatment Menu';
const sIntro = j(
  'Every treatment at Halden begins with a short consultation and ends with tea in the quiet room. Arrive fifteen minutes early to use',
  'the steam room and change at your own pace.',
);
const sCats: { h: string; items: Treat[] }[] = [
  {
    h: 'Massage',
    items: [
      {
        name: 'Swedish Relaxation',
        desc: 'Long, flowing strokes with warm almond oil to ease general tension and slow the breath.',
        price: '60 min · $115 | 90 min · $165',
      },
      {
        name: 'Deep Tissue',
        desc: 'Firm, focused work on the back, neck and shoulders for chronic tightness. Not recommended after a sunburn.',
        price: '60 min · $130 | 90 min · $180',
      },
      { name: 'Basalt Hot Stone', desc: 'Heated river stones are placed along the spine and used to massage the legs and back.', price: '75 min · $150' },
    ],
  },
  {
    h: 'Facials',
    items: [
      {
        name: 'Halden Signature Facial',
        desc: 'Double cleanse, enzyme peel, extractions and a seaweed mask, finished with a scalp massage.',
        price: '75 min · $140',
      },
      { name: 'Express Glow', desc: 'A short cleanse, exfoliation and hydrating mask for a lunch break.', price: '30 min · $65' },
    ],
  },
  {
    h: 'Body Rituals',
    items: [
      {
        name: 'Salt &amp; Kelp Scrub',
        desc: 'Coarse sea salt and kelp powder buffed over the body, followed by a warm rinse and a light lotion.',
        price: '45 min · $95',
      },
      { name: 'Cedar Wrap', desc: 'A cedar and clay wrap under warm blankets while your scalp and feet are massaged.', price: '60 min · $120' },
    ],
  },
];
const sKnowH = 'Good to know';
const sKnow = [
  'Gratuity is not included. Prices are per person and before tax.',
  j(
    'Please tell us about pregnancy, recent injuries or skin conditions when you book. Cancellations made less than 24 hours before',
    'your appointment are charged at half the treatment price.',
  ),
];
const sNav = ['Treatments', 'Packages', 'Gift Cards', 'About', 'Contact'];
const sFootNav = ['Careers', 'Privacy Policy', 'Accessibility'];
const treatHtml = (t: Treat): string => `<h3 style="white-space:pre-wrap;">${t.name}</h3>
<p class="" style="white-space:pre-wrap;">${t.desc}</p>
<p class="sqsrte-small" style="white-space:pre-wrap;"><strong>${t.price}</strong></p>`;
const sBlock = (id: string, inner: string): string => `<div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html"
data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div></div>`;
const sButton = (label: string): string => `<div class="fe-block"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"
data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="https://haldendayspa.as.me/" target="_blank"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">${label}</a></div></div></div></div>`;
const sSections = sCats
  .map(
    (c, i) => `<section data-test="page-section" data-section-theme="${i % 2 === 0 ? 'white' : 'light'}" class="page-section has-section-divider
layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle ${i % 2 === 0 ? 'white' : 'light'}" data-section-id="6523fa1b9c0e${i}"><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6523fa1b9c0e${i}">${sBlock(
      `1697${i}`,
      `<h2 style="white-space:pre-wrap;">${c.h}</h2>
${c.items.map(treatHtml).join('\n')}`,
    )}${sButton(`Book ${c.h}`)}</div></div></div></div></section>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Treatment Menu — Halden Day Spa</title>
<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/64f1/favicon.ico?format=100w">
<link rel="canonical" href="https://www.haldendayspa.com/treatments"><meta property="og:site_name" content="Halden Day Spa">
<meta property="og:title" content="Treatment Menu — Halden Day Spa"><meta property="og:type" content="website">
<meta name="description" content="Massage, facials and body rituals in Marrow Bay.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101",
"pageType":2,"collectionId":"64f1a2b3c4d5e6f7a8b9c0d1"};</script>
<script type="application/ld+json">{"url":"https://www.haldendayspa.com","name":"Halden Day Spa","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"412 Wharf Street, Marrow Bay","openingHours":"Tu 10:00-19:00, We 10:00-19:00","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1/12/5c5a519771c10ba3470d8101/64f1/1543/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-64f1a2b3c4d5e6f7a8b9c0d1" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-fixed-header tweak-fixed-header-style-basic form-field-style-solid collection-type-page collection-layout-default
view-item mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart"
class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart icon-cart-quantity">
<span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"
data-current-styles="{}"><div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right"><div class="header-display-desktop"
data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Halden Day Spa</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) =>
      `<div class="header-nav-item header-nav-item--collection${n === 'Treatments' ? ' header-nav-item--active' : ''}"><a href="/${n
        .toLowerCase()
        .replace(' ', '-')}" data-animation-role="header-element"${n === 'Treatments' ? ' aria-current="page"' : ''}>${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="https://haldendayspa.as.me/" target="_blank">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1a2b3c4d5e6f7a8b9c0d2">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--narrow horizontal-alignment--center vertical-alignment--middle image-background dark"
data-section-id="6523fa1b9c0ea"><div class="section-background"><img data-src="https://images.squarespace-cdn.com/content/v1/64f1/steam.jpg"
alt="Steam room with cedar benches" data-load="false" src="https://images.squarespace-cdn.com/content/v1/64f1/steam.jpg?format=1500w"></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6523fa1b9c0ea">${sBlock(
  '1696a',
  `<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>\n<p class="" style="text-align:center;white-space:pre-wrap;">${sIntro}</p>`,
)}</div></div></div></div></section>
${sSections}
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section white" data-section-id="6523fa1b9c0eb">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6523fa1b9c0eb">${sBlock(
  '1696b',
  `<h2 style="white-space:pre-wrap;">${sKnowH}</h2>\n${ps(sKnow, ' class="" style="white-space:pre-wrap;"')}`,
)}</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black"
class="page-section layout-engine-section black" data-section-id="64f1footer"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-64f1footer">${sBlock(
  '1700a',
  '<h3>Visit</h3><p>412 Wharf Street, Marrow Bay</p><p>Tuesday – Sunday, 10am – 7pm</p><p><a href="tel:5550142210">(555) 014-2210</a></p>',
)}
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64f1nl" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">
Stay in the loop</h2><div class="newsletter-form-header-description"><p>Seasonal treatments and member evenings, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required" id="64f1nl-email"><label class="newsletter-form-field-label title" for="64f1nl-email-field">Email Address</label>
<input id="64f1nl-email-field" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">
Thank you!</div></form></div></div></div></div>
${sBlock('1700c', `<p>${sFootNav.map((n) => `<a href="/${n.toLowerCase().replace(' ', '-')}">${n}</a>`).join(' · ')}</p><p>© 2026 Halden Day Spa</p>`)}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" data-test="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"
role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This site uses cookies
to improve your experience. By continuing, you agree to our cookie policy.</p><button class="sqs-cookie-banner-v2-accept
sqs-button-element--primary" type="button">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="carticon" viewBox="0 0 40 40"><path d="M20,33.7"/></symbol></svg>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout535-squarespace-treatment-menu',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sCats.flatMap((c) => [c.h, ...c.items.map((t) => plain(t.name))]), sKnowH],
  body: texts([sIntro, ...sCats.flatMap((c) => c.items.flatMap((t) => [t.desc, t.price])), ...sKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Halden Day Spa', ...sNav, 'Book Now', 'Book Massage', 'Book Facials', 'Book Body Rituals',
    'Visit', '412 Wharf Street, Marrow Bay', 'Tuesday – Sunday, 10am – 7pm', '(555) 014-2210', 'Stay in the loop',
    'Seasonal treatments and member evenings, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFootNav,
    '© 2026 Halden Day Spa', 'This site uses cookies to improve your experience. By continuing, you agree to our cookie policy.', 'Accept', 'Decline',
  ],
};

export const HELDOUT535_A: readonly TestPage[] = [squarespace];
