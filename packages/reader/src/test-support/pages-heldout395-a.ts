import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout395-kit.js';
import { webflow } from './pages-heldout395-a2.js';

/**
 * Held-out batch 395, file a: a manufacturer's "About Us" page built with Elementor on WordPress (Elementor Pro header and
 * footer templates, nav menu widget, heading / text-editor / image / icon-list / button widgets, Complianz cookie banner)
 * and a leadership team grid on Webflow (navbar w-nav, CMS collection list of team cards with short bios).
 */
const eTitle = 'About Kestrelmoor Pumps';
const eIntro = [
  j(
    'Kestrelmoor Pumps has designed and built centrifugal and diaphragm pumps in the Tarn valley since 1962. What began as a',
    'repair shop for farm irrigation sets is now a manufacturer of 240 people, shipping to water utilities, breweries and',
    'chemical plants in more than thirty countries.',
  ),
  j(
    'We still machine, assemble and test every pump under one roof in Vellacourt. Keeping the whole process in one building',
    'means the engineer who answers your call can walk over to the test bay and look at your unit on the stand.',
  ),
];
const eMake = [
  j(
    'Our catalogue covers end-suction process pumps from 2 to 90 kilowatts, air-operated double diaphragm pumps for abrasive',
    'slurries, and a small range of hygienic pumps with polished stainless wetted parts for food and drink lines.',
  ),
  j(
    'Around a third of our output is built to order. Customers send us a duty point, a fluid and a footprint, and our',
    'application team returns a drawing and a performance curve within five working days.',
  ),
];
const eList = [
  'Cast iron, duplex stainless and Hastelloy casings poured by two partner foundries within 80 km of the works',
  'Every pump run on our closed-loop test rig and shipped with its measured curve',
  'Spare parts held for every model we have sold since 1985',
  'Field service teams based in Vellacourt, Lodz and Porto Alegre',
];
const eHow = [
  j(
    'Our engineers are organised by product family rather than by department, so design, costing and after-sales for a pump',
    'line sit with the same small group. When a seal fails early in the field, the people who chose that seal hear about it the',
    'same week.',
  ),
  j(
    'We publish the efficiency of each pump at its best efficiency point and at the edges of its allowed operating range. We think',
    'buyers should be able to compare the energy a pump will use over fifteen years, not only its purchase price.',
  ),
];
const eFuture = [
  j(
    'In 2025 we moved the machine shop onto a rooftop solar array and a heat pump, and we began offering remanufactured pumps',
    'with the same warranty as new ones. Our goal for the next decade is simple: pumps that use less power, last longer and can',
    'be rebuilt rather than replaced.',
  ),
  j('Kestrelmoor remains owned by the Ardelle family and its employees, who together hold 31 per cent of the shares. There is no', 'plan to change that.'),
];
const eNav = ['Products', 'Industries', 'Service & Spares', 'About Us', 'News', 'Contact'];
const eFoot1 = ['Process pumps', 'Diaphragm pumps', 'Hygienic pumps', 'Remanufactured pumps'];
const eFoot2 = ['Careers', 'Quality & certificates', 'Distributor login', 'Privacy policy', 'Imprint'];
const eW = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const eSec = (id: string, inner: string, extra = ''): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default${extra}" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const eH2 = (t: string): string => `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>About Us - Kestrelmoor Pumps</title><meta name="description" content="Kestrelmoor Pumps has built centrifugal and diaphragm pumps since 1962.">
<link rel="canonical" href="https://kestrelmoor.example/about-us/"><meta property="og:type" content="article">
<meta property="og:title" content="About Us - Kestrelmoor Pumps"><meta property="og:site_name" content="Kestrelmoor Pumps">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://kestrelmoor.example/about-us/","name":"About Us - Kestrelmoor Pumps"},{"@type":"Organization","name":"Kestrelmoor
Pumps","foundingDate":"1962"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://kestrelmoor.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4">
<link rel="stylesheet" id="elementor-post-42-css" href="https://kestrelmoor.example/wp-content/uploads/elementor/css/post-42.css?ver=1740000000">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.27.4","post":{"id":42,"title":"About Us"}};</script>
</head>
<body class="page-template-default page page-id-42 elementor-default elementor-kit-7 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${eSec(
  '5c1d2e0',
  `${eW(
    'image',
    'a11b3c4',
    `<a href="https://kestrelmoor.example"><img width="220" height="48"
src="/wp-content/uploads/2024/02/kestrelmoor-logo.svg" alt="Kestrelmoor Pumps"></a>`,
  )}
${eW(
  'nav-menu',
  'b27e9f1',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-b27e9f1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}
${eW(
  'button',
  'c90f0a2',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="/contact/"><span class="elementor-button-text">Request a quote</span></a></div>`,
)}`,
  ' elementor-sticky--active',
)}</header>
<main id="content" class="site-main post-42 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42" data-elementor-post-type="page">
${eSec(
  '3f2a1b7',
  `${eW('heading', '1d0c9e2', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('text-editor', '6b8e4aa', ps(eIntro))}`,
  ' elementor-section-full_width',
)}
${eSec(
  '8aa1f03',
  `${eW('heading', '2e7b5c1', eH2('What we make'))}
${eW('text-editor', '4c6f2d8', ps(eMake))}
${eW(
  'icon-list',
  '91d3e0b',
  `<ul class="elementor-icon-list-items">${eList
    .map(
      (t) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${eW(
  'image',
  '7f0e2b9',
  `<figure class="wp-caption"><img width="1200" height="800" src="/wp-content/uploads/2025/06/test-bay.jpg" class="attachment-large size-large" alt="">
<figcaption class="widget-image-caption wp-caption-text">The closed-loop test bay at Vellacourt, rebuilt in 2023. Photo: Mirela Ostry</figcaption></figure>`,
)}`,
)}
${eSec(
  'd4b7e61',
  `${eW('heading', '0a5d8c3', eH2('How we work'))}
${eW('text-editor', 'e19b7f4', ps(eHow))}
${eW('heading', '5f3c1a9', eH2('Where we are going'))}
${eW('text-editor', 'c2a8d05', ps(eFuture))}`,
)}
${eSec(
  'f6e0c27',
  `${eW('heading', 'b8d1e4f', '<h3 class="elementor-heading-title elementor-size-default">Need a pump sized for your duty point?</h3>')}
${eW(
  'button',
  '9a0c3e7',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-md" href="/contact/"><span
class="elementor-button-text">Talk to an application engineer</span></a></div>`,
)}`,
  ' elementor-section-stretched cta-band',
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer">
${eSec(
  '0e4d9b2',
  `${eW('heading', '77c1a0e', '<h4 class="elementor-heading-title elementor-size-default">Products</h4>')}
${eW('icon-list', '3b9f6d2', `<ul class="elementor-icon-list-items">${links(eFoot1, 'elementor-icon-list-item')}</ul>`)}
${eW('heading', '68a2f1c', '<h4 class="elementor-heading-title elementor-size-default">Company</h4>')}
${eW('icon-list', 'aa4e0d7', `<ul class="elementor-icon-list-items">${links(eFoot2, 'elementor-icon-list-item')}</ul>`)}
${eW(
  'text-editor',
  'f30b8e5',
  `<p>Kestrelmoor Pumps Ltd, Rue des Forges 14, Vellacourt. Registered company no. 0448172.</p><p>© 2026 Kestrelmoor
Pumps. All rights reserved.</p>`,
)}`,
)}</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to measure how our site is used and to improve
it.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://kestrelmoor.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout395-wordpress-elementor-about',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['What we make', 'How we work', 'Where we are going'],
  body: texts([...eIntro, ...eMake, ...eList, ...eHow, ...eFuture]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Request a quote', 'The closed-loop test bay at Vellacourt, rebuilt in 2023. Photo: Mirela Ostry',
    'Need a pump sized for your duty point?', 'Talk to an application engineer', 'Company', ...eFoot1, ...eFoot2,
    'Kestrelmoor Pumps Ltd, Rue des Forges 14, Vellacourt. Registered company no. 0448172.', '© 2026 Kestrelmoor Pumps. All rights reserved.',
    'Manage cookie consent', 'We use cookies to measure how our site is used and to improve it.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT395_A: readonly TestPage[] = [elementor, webflow];
