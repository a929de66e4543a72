import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout523-kit.js';

/**
 * Held-out batch 523, file b: a furniture hire firm's delivery-area page on Squarespace 7.1 (image caption, newsletter block,
 * announcement bar) and a bouncy castle safety rules page built with Elementor on the Hello theme (toggle FAQ, Complianz banner).
 */
const sTitle = 'Where we deliver';
const sBody = [
  j(
    'We deliver tables, chairs, lounge furniture and tableware from our depot in Thornbury to homes, halls, barns and venues across',
    'the Vale and the north of the county. Our own two-person crews deliver every order; we never use couriers.',
  ),
  'Delivery zones',
  '<strong>Zone A</strong> (up to 10 miles from Thornbury): free on orders over £150, otherwise £25.',
  '<strong>Zone B</strong> (10 to 25 miles, including Kelbrook, Ashcombe and Stowe Magna): £45.',
  '<strong>Zone C</strong> (25 to 40 miles, including Market Ferring and the Cliffe villages): £75.',
  j(
    'Charges are for delivery and collection together and include carrying up to 30 metres from where the van can park. Stairs,',
    'long carries and setting out furniture to a table plan can be added when you book.',
  ),
  'Delivery days and times',
  j(
    'We deliver Monday to Saturday and usually drop off the day before your event and collect the day after. We will give you a',
    'two-hour window the evening before. If you need a fixed time, a timed delivery costs £30 extra.',
  ),
  'Outside our area?',
  j(
    'We are happy to quote for larger orders further afield, especially weddings at venues we already know. Send us your postcode',
    'and a rough list and we will come back to you within a working day.',
  ),
];
const sZones = sBody.slice(2, 5);
const sNav = ['Furniture', 'Tableware', 'Packages', 'Delivery', 'About', 'Contact'];
const sFoot = ['Instagram', 'Pinterest', 'Terms of Hire', 'Privacy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Delivery &mdash; Linden &amp; Co Event Furniture</title><link rel="canonical" href="https://www.lindenandco.co.uk/delivery">
<meta property="og:site_name" content="Linden &amp; Co Event Furniture"><meta property="og:title" content="Delivery &mdash; Linden &amp; Co Event Furniture">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63f1c0","collectionId":"64a2b7","templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.lindenandco.co.uk","name":"Linden & Co Event Furniture","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1c0/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a2b7" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
 tweak-transparent-header form-field-style-solid collection-type-page collection-64a2b7 collection-layout-default view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/packages" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><p>Now taking bookings for summer 2026 &mdash; see our new rattan lounge sets</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Linden &amp; Co</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
 data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Get a quote</a></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
 data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a2b7c1">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a2b7c2"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a2b7c2"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1690"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps([sBody[0] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sBody[1]}</h2><ul data-rte-list="default">${lis(
  sZones.map(
    (t) => `<p class=""
 style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
${ps([sBody[5] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sBody[6]}</h2>${ps([sBody[7] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sBody[8]}</h2>${ps([sBody[9] ?? ''], ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
 sqs-block-button-container--left"><a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Send us your
 postcode</a></div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/63f1c0/van.jpg"
 alt="Two delivery vans outside a barn" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Our vans loading at the Thornbury depot.</p></div></figcaption></figure></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"
 data-form-id="64a2b9"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new stock first</h2>
<div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">One email a month, no more.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email Address</label><input id="email-yui_3_17_2" type="email" name="email"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div></form></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Linden &amp; Co Event Furniture, Barn 2, Welland Farm, Thornbury &middot; 01632 960 245</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<ul data-rte-list="default">${links(sFoot)}</ul></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--white">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-3f0a2b.js"></script></body></html>`;
const sqsDelivery: TestPage = {
  name: 'heldout523-squarespace-delivery',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[6] ?? '', sBody[8] ?? ''],
  body: texts(sBody.filter((_, i) => ![1, 6, 8].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for summer 2026 — see our new rattan lounge sets', 'Skip to Content', 'Linden & Co', ...sNav, 'Get a quote',
    'Send us your postcode', 'Our vans loading at the Thornbury depot.', 'Hear about new stock first', 'One email a month, no more.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Linden & Co Event Furniture, Barn 2, Welland Farm, Thornbury · 01632 960 245', ...sFoot,
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

const eTitle = 'Bouncy Castle Safety Rules';
const eIntro = j(
  'Inflatables are great fun and very safe when a few simple rules are followed. Please read these before your party and make sure',
  'the adult in charge of the castle has read them too. A printed copy comes with every hire.',
);
const eSecs: [string, string[]][] = [
  [
    'Before anyone bounces',
    [
      'An adult must supervise the castle at all times while it is inflated.',
      'Keep the blower and cable away from children, and never cover the blower inlet.',
      'Check that all anchor stakes or sandbags are still in place.',
    ],
  ],
  [
    'While children are bouncing',
    [
      'No shoes, glasses, jewellery, face paint or sharp objects on the castle.',
      'No food, drink, chewing gum or silly string.',
      'Keep children of similar size together and never exceed the maximum number of users on the label.',
      'No climbing or hanging on the walls, and no somersaults.',
      'Adults must not bounce on castles designed for children.',
    ],
  ],
  [
    'Weather',
    [
      j(
        'Stop using the castle and ask everyone to get off if the wind reaches 24 mph (when small branches start to sway) or if it',
        'starts to rain heavily. Wet vinyl is slippery. Once everyone is off, keep the blower running so the castle stays anchored.',
      ),
    ],
  ],
  [
    'If the power fails',
    [
      j(
        'The castle will deflate slowly. Calmly ask children to move to the entrance and climb off, youngest first. Do not let anyone',
        'back on until it is fully inflated again.',
      ),
    ],
  ],
];
const eFaq = [
  ['Can we use the castle in the rain?', 'Not during heavy rain. Dry it with towels afterwards and it can be used again.'],
  ['What if the castle is damaged during the hire?', 'Call our helpline and stop using it straight away. Accidental damage is covered by the hire fee.'],
];
const eNav = ['Home', 'Castles', 'Slides', 'Party Extras', 'Safety', 'Book Now'];
const eW = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${lis(
    items.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`;
const eBodyHtml = eSecs
  .map(([h, items]) => {
    const heading = eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`);
    return items.length > 1 ? heading + eW('icon-list', eIcons(items)) : heading + eW('text-editor', ps(items));
  })
  .join('\n');
const eToggle = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${i}" class="elementor-tab-title" data-tab="${i}" role="button"
 aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"><i class="fas fa-plus"></i></span>
<a class="elementor-toggle-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${i}" class="elementor-tab-content elementor-clearfix"
 data-tab="${i}"
 role="region"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bouncy Castle Safety Rules - Hopscotch Inflatables</title><meta name="description"
 content="Safety rules for hiring a bouncy castle from Hopscotch Inflatables.">
<link rel="stylesheet" id="hello-elementor-css" href="https://hopscotchinflatables.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0">
<link rel="stylesheet" id="elementor-post-88-css" href="https://hopscotchinflatables.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1714032">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2024-03-11T09:12:40+00:00","dateModified":"2026-04-02T14:20:11+00:00"}]}</script>
<style id="elementor-frontend-inline-css">.elementor-kit-5{--e-global-color-primary:#E8417A;}</style></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1c0e7f2 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">${eW(
  'theme-site-logo',
  `<a href="https://hopscotchinflatables.co.uk"><img
 src="/wp-content/uploads/2024/01/hopscotch-logo.png" alt="Hopscotch Inflatables"></a>`,
)}</div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
${eW(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-5d2a" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${eW(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960532"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Call 01632 960 532</span></span></a>`,
)}</div></div></div></section></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5e7a1b0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
${eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('text-editor', ps([eIntro]))}
${eBodyHtml}
${eW('heading', '<h2 class="elementor-heading-title elementor-size-default">Common questions</h2>')}
${eW('toggle', `<div class="elementor-toggle">${eToggle}</div>`)}
${eW(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item">Ready to
 book?</h3><div class="elementor-cta__description elementor-cta__content-item">Check availability for your date in under a minute.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item"><a class="elementor-cta__button elementor-button elementor-size-" href="/book-now">Check
 availability</a></div></div></div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">${eW(
  'icon-list',
  eIcons(['01632 960 532', 'bookings@hopscotchinflatables.co.uk', 'Fully insured &amp; PIPA tested']),
)}</div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
${eW('text-editor', '<p>© 2026 Hopscotch Inflatables. All rights reserved. Website by Pixel Lane.</p>')}</div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite"
 aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://hopscotchinflatables.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementorSafety: TestPage = {
  name: 'heldout523-elementor-safety-rules',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eSecs.map(([h]) => h), 'Common questions'],
  body: [eIntro, ...eSecs.flatMap(([, items]) => items), ...eFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Call 01632 960 532', 'Ready to book?', 'Check availability for your date in under a minute.', 'Check availability',
    '01632 960 532', 'bookings@hopscotchinflatables.co.uk', 'Fully insured & PIPA tested',
    '© 2026 Hopscotch Inflatables. All rights reserved. Website by Pixel Lane.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT523_B: readonly TestPage[] = [sqsDelivery, elementorSafety].map(tidy);
