import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file d2: a county emergency-management agency's preparedness guide built with Elementor on
 * WordPress (Elementor header template with nav menu widget, alert ticker, heading / text-editor / icon-list widgets in
 * sections and columns, a call-to-action box, a "Sign up for alerts" form widget, the footer template and the Complianz
 * cookie banner). The page's text sits in widget containers, not in an <article>.
 */
const eTitle = 'Build a 72-Hour Emergency Kit';
const eIntro = [
  j(
    'After a major storm, flood or earthquake, it can take emergency crews up to three days to reach every neighborhood. A basic kit lets your',
    'household get through that time without power, running water or a trip to the store.',
  ),
];
const eHeads = ['Start with the basics', 'Plan for your household', 'Keep your kit ready'];
const eBasics = [
  'One gallon of water per person per day, for at least three days',
  'Non-perishable food that needs no cooking, and a manual can opener',
  'A battery-powered or hand-crank radio and a flashlight with extra batteries',
  'A first aid kit and a seven-day supply of prescription medicines',
  'Copies of important documents in a waterproof bag',
  'Phone chargers and a backup battery pack',
];
const ePlan = [
  j(
    'Every household is different. Think about the people and animals who live with you and what they would need if you could not leave home',
    'for several days, or if you had to leave in a hurry.',
  ),
  j(
    'If someone in your home uses power-dependent medical equipment, talk to your provider about backup power, and register with your',
    'utility’s medical priority list. Families with infants should add formula, bottles and diapers. Pet owners should pack food, water,',
    'a leash or carrier and vaccination records.',
  ),
];
const eReady = [
  j(
    'Store your kit in a cool, dry place that everyone in the household knows about. Keep a smaller version in your car and at work. Check',
    'your kit every six months: replace water and food that is close to its expiration date and update medicines and documents.',
  ),
  j(
    'A simple way to remember is to check your kit when you change your clocks in spring and fall. Children can help by choosing snacks and',
    'a comfort item to add to the bag.',
  ),
];
const eMenu = ['Home', 'Be Prepared', 'Alerts', 'Recovery', 'About OEM'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column
elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div>
</section>`;
const icons = (items: string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`;
const h = (t: string, tag = 'h2'): string => `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`;
const txt = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
const eCta = [
  '<div class="elementor-cta__content"><h3 class="elementor-cta__title">Download the printable checklist</h3>',
  '<div class="elementor-cta__description">Two pages, in English and Spanish.</div>',
  '<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button">Get the PDF</a>',
  '</div></div>',
].join('');
const eForm = [
  '<h3 class="elementor-heading-title">Sign up for CalderAlert</h3>',
  '<p>Get emergency alerts by text, email or phone call.</p><form class="elementor-form">',
  '<input type="tel" placeholder="Mobile number"><button type="submit" class="elementor-button">',
  '<span class="elementor-button-text">Subscribe</span></button></form>',
].join('');
const eFoot = [
  '<p>Calder County Office of Emergency Management</p>',
  '<p>For emergencies, call 911. For general questions, call 555-016-9000.</p><p>© 2026 Calder County</p>',
].join('');
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${eTitle} – Calder County Office of Emergency Management</title>
<meta name="description" content="What to put in a 72-hour emergency kit for your household, pets and car.">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2026-01-27T15:02:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"dateModified":"2026-01-27T15:02:44+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="stylesheet" id="elementor-post-1840-css" href="/wp-content/uploads/elementor/css/post-1840.css?ver=1738000000" media="all">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.24.7","post":{"id":1840,"title":"${eTitle}"}};</script></head>
<body class="page-template-default page page-id-1840 elementor-default elementor-kit-6 elementor-page elementor-page-1840">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">
${sec(
  'h1a',
  `${w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/oem-logo.png" alt="Calder County OEM"></a>', 'lg1')}${w(
    'nav-menu',
    `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${eMenu
      .map((t) => `<li class="menu-item"><a class="elementor-item" href="#">${t}</a></li>`)
      .join('')}
</ul></nav>`,
    'nv1',
  )}`,
)}
${sec('h1b', w('text-editor', '<p>ACTIVE ALERT: Flood watch for the Tarrow River valley until Friday 8 p.m.</p>', 'al1'))}</div>
<main id="content" class="site-main"><div data-elementor-type="wp-page" data-elementor-id="1840" class="elementor elementor-1840">
${sec('a1', `${w('heading', h(eTitle, 'h1'), 'tt1')}${w('text-editor', txt(eIntro), 'in1')}`)}
${sec('a2', `${w('heading', h(eHeads[0] ?? ''), 'hd2')}${w('icon-list', icons(eBasics), 'il2')}`)}
${sec('a3', `${w('heading', h(eHeads[1] ?? ''), 'hd3')}${w('text-editor', txt(ePlan), 'tx3')}`)}
${sec('a4', `${w('heading', h(eHeads[2] ?? ''), 'hd4')}${w('text-editor', txt(eReady), 'tx4')}`)}
${sec('a5', `${w('call-to-action', eCta, 'ct5')}${w('form', eForm, 'fm5')}`)}
${sec('a6', w('text-editor', '<p class="updated">Page last reviewed: January 27, 2026</p>', 'up6'))}</div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
${sec('f1', w('text-editor', eFoot, 'ft1'))}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin"><div class="cmplz-title">Manage Cookie Consent</div><div
class="cmplz-message"><p>We use cookies to keep this site working and to understand how it is used.</p></div><div class="cmplz-buttons"><button
class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View
preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script></body></html>`;
export const elementorGuide: TestPage = {
  name: 'heldout251-elementor-emergency-preparedness-guide',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, ...eBasics, ...ePlan, ...eReady]),
  bylines: ['Page last reviewed: January 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'ACTIVE ALERT: Flood watch for the Tarrow River valley until Friday 8 p.m.', 'Download the printable checklist',
    'Two pages, in English and Spanish.', 'Get the PDF', 'Sign up for CalderAlert', 'Get emergency alerts by text, email or phone call.', 'Subscribe',
    'Calder County Office of Emergency Management', 'For emergencies, call 911. For general questions, call 555-016-9000.', '© 2026 Calder County',
    'Manage Cookie Consent', 'We use cookies to keep this site working and to understand how it is used.', 'Accept', 'Deny', 'View preferences',
  ],
};
