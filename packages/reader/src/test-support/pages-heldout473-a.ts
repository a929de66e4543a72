import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout473-kit.js';

/**
 * Held-out batch 473, file a: a funeral home's services page built with Elementor (Hello Elementor theme, Elementor Pro header
 * and footer, Complianz banner); the pre-planning guide on HubSpot is in file a2.
 */
const eTitle = 'Our Services';
const eIntro = j(
  'For more than sixty years the Hollis-Brandt family has cared for families in Ardenne County. Whether you want a traditional',
  'funeral with a visitation the evening before, a simple cremation or a gathering by the graveside, we will help you plan a',
  'service that fits the person you are remembering and the budget your family has set.',
);
const eServices: [string, string][] = [
  [
    'Traditional Funeral Services',
    j(
      'A visitation at our chapel on Linden Street, followed by a funeral service at the chapel or your place of worship and a',
      'procession to the cemetery. We take care of the obituary, the printed folders, the flowers and the death certificates.',
    ),
  ],
  [
    'Cremation Services',
    j(
      'Our crematory is on site, so your loved one never leaves our care. You can hold a visitation or a funeral before the',
      'cremation, a memorial service afterwards with the urn present, or choose a direct cremation with no service at all.',
    ),
  ],
  [
    'Graveside and Memorial Services',
    j(
      'A short service at the cemetery, led by clergy, a celebrant or a family member. Memorial services can be held weeks',
      'later at our reception hall, a park or a family home, and we can set up a slideshow and a memory table.',
    ),
  ],
  [
    "Veterans' Honors",
    j(
      'We arrange military honors with the county honor guard, apply for the burial flag and the Presidential Memorial',
      'Certificate, and coordinate burial at the Ardenne Veterans Cemetery for those who are eligible.',
    ),
  ],
];
const eClose = j(
  'Every family receives a written statement of goods and services before anything is signed. Our general price list is',
  'available at the front desk, and we are glad to send it by email.',
);
const eNav = ['Home', 'About Us', 'Services', 'Obituaries', 'Pre-Planning', 'Grief Resources', 'Contact'];
const eFootNav = ['Privacy Policy', 'Accessibility', 'Price List'];
const ew = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const box = ([h, p]: [string, string], i: number): string =>
  `<div class="elementor-column elementor-col-50 elementor-inner-column elementor-element elementor-element-c${i}a" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew(
    'icon-box',
    `b${i}7`,
    `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-"><i aria-hidden="true"
class="fas fa-dove"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${h}</span></h3>
<p class="elementor-icon-box-description">${p}</p></div></div>`,
  )}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our Services – Hollis-Brandt Funeral Home &amp; Crematory</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1718034410" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Our Services"},
{"@type":"FuneralHome","name":"Hollis-Brandt Funeral Home & Crematory","telephone":"+1-608-555-0142"}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5b1e2c0 elementor-section-full_width" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">${ew('text-editor', '1d0f3a2', '<p>Available 24 hours a day: (608) 555-0142</p>')}
${ew('theme-site-logo', '77c2e1b', '<a href="/"><img src="/wp-content/uploads/2023/02/hollis-brandt-logo.png" alt="Hollis-Brandt Funeral Home"></a>')}
${ew(
  'nav-menu',
  '4a9d6f1',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-4a9d6f1"
class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div>`,
)}
</div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1c9 elementor-section-boxed" data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${ew('heading', '6e0c2d4', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew('text-editor', '2c8b1f7', `<p>${eIntro}</p>`)}</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-8d3e0a1 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">${eServices.map(box).join('\n')}</div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-0b7f9e2 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew('text-editor', '9f1a7c3', `<p>${eClose}</p>`)}
${ew(
  'button',
  'e2d4b60',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="/contact/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Request Our Price List</span></span></a></div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-a01c5d8" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
${ew('heading', 'f3c1d02', '<h4 class="elementor-heading-title elementor-size-default">Visit Us</h4>')}
${ew('text-editor', '5aa8e13', '<p>418 Linden Street, Ardenne, WI 53599</p>')}
${ew('nav-menu', 'c9e0b71', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFootNav, 'menu-item')}</ul></nav>`)}
${ew('text-editor', 'd47a2e9', '<p>© 2026 Hollis-Brandt Funeral Home &amp; Crematory. All rights reserved.</p>')}
</div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout473-elementor-funeral-services',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eServices.map(([h]) => h),
  body: [eIntro, ...eServices.map(([, p]) => p), eClose],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Available 24 hours a day: (608) 555-0142', ...eNav.filter((t) => t !== 'Services' && t !== 'Home'), 'Menu',
    'Request Our Price List', 'Visit Us', '418 Linden Street, Ardenne, WI 53599', ...eFootNav,
    '© 2026 Hollis-Brandt Funeral Home & Crematory. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT473_A: readonly TestPage[] = [elementor];
