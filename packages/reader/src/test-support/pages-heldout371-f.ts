import { links, ps, type TestPage, texts } from './page-kit.js';
import { courtGuide } from './pages-heldout371-f2.js';
import { j } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file f: a public body's publication scheme page built with WordPress and Elementor (nested
 * `elementor-section` / `elementor-column` / `elementor-widget` wrappers, a header template with the nav menu, a page title
 * widget, icon-list widgets for the classes of information, an accordion, a call-to-action box, a "Last reviewed" line, the
 * footer template and a Complianz cookie banner) and, from file f2, a court records access guide on the U.S. Web Design System.
 */
const pTitle = 'Publication scheme';
const pIntro = [
  j(
    'Under the Freedom of Information Act 2000, every public authority must have a publication scheme. The scheme sets out',
    'the information we publish routinely, how you can get it and whether there is a charge. Saltmarsh and Fenland Fire and',
    'Rescue Service has adopted the model publication scheme approved by the Information Commissioner.',
  ),
  j(
    'The information is grouped into the classes below. Each entry links to the page or document where the information is',
    'kept. Where a document is only available on paper, for example older minutes of the fire authority, you can ask to see',
    'it at our headquarters by appointment during office hours.',
  ),
  j(
    'We review the scheme every year, and we add new classes of information when we start publishing them routinely, for',
    'example response times, which we began publishing station by station in 2024.',
  ),
];
const pClasses: [string, string[]][] = [
  ['Who we are and what we do', ['Our structure and senior management team', 'Our location and contact details', 'The fire authority and its members']],
  [
    'What we spend and how we spend it',
    ['Annual statement of accounts', 'Spending over £500', 'Senior staff salaries and allowances', 'Contracts and tenders'],
  ],
  ['What our priorities are and how we are doing', ['Community risk management plan', 'Inspection reports', 'Response times by station']],
  ['How we make decisions', ['Fire authority agendas, reports and minutes', 'Consultations and their outcomes']],
  ['Our policies and procedures', ['Recruitment and equality policies', 'Complaints procedure', 'Records retention schedule']],
];
const pCharges = [
  j(
    'Most information in the scheme is free to view on this website. If you ask for a paper copy we may charge 10p a page',
    'for photocopying and the actual cost of postage. We will tell you the cost before we send anything.',
  ),
  j('Information that is not listed in the scheme can be requested under the Freedom of Information Act. We will respond', 'within 20 working days.'),
];
const pNotPub = [
  j(
    'We do not publish information that is exempt under the Act, such as personal data about staff or members of the public,',
    'details of security arrangements at our stations, or information given to us in confidence by partner agencies.',
  ),
];
const pNav = ['Home', 'Safety advice', 'Incidents', 'Join us', 'About us', 'Contact'];
const pFoot = ['Accessibility statement', 'Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Sitemap'];
const ew = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string, id: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const iconList = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-file-alt"></i></span>
<span class="elementor-icon-list-text">${t.replace(/&/g, '&amp;')}</span></li>`,
    )
    .join('\n')}</ul>`;
const pHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} - Saltmarsh and Fenland Fire and Rescue Service</title><meta name="robots" content="index, follow">
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2025-11-06T10:21:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${pTitle}",
"dateModified":"2025-11-06T10:21:44+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.25.4","post":{"id":812}};</script>
</head>
<body class="page-template-default page page-id-812 elementor-default elementor-kit-6 elementor-page elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="44" class="elementor elementor-44 elementor-location-header">
${sec(
  ew('theme-site-logo', '<a href="/">Saltmarsh and Fenland Fire and Rescue Service</a>') +
    ew('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(pNav, 'menu-item')}</ul></nav>`) +
    ew('button', '<a class="elementor-button" href="/emergency"><span class="elementor-button-text">In an emergency call 999</span></a>'),
  '3e1a9f0',
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812" id="content">
${sec(ew('theme-page-title', `<h1 class="elementor-heading-title elementor-size-default">${pTitle}</h1>`), '5b72c11')}
${sec(ew('text-editor', ps(pIntro)), '7d0e3a4')}
${sec(
  ew('heading', '<h2 class="elementor-heading-title elementor-size-default">Classes of information</h2>') +
    pClasses
      .map(([h, items]) => ew('heading', `<h3 class="elementor-heading-title elementor-size-small">${h}</h3>`) + ew('icon-list', iconList(items)))
      .join('\n'),
  '91c4b2e',
)}
${sec(
  ew('heading', '<h2 class="elementor-heading-title elementor-size-default">Charges</h2>') +
    ew('text-editor', ps(pCharges)) +
    ew(
      'accordion',
      `<div class="elementor-accordion" role="tablist"><div class="elementor-accordion-item"><div class="elementor-tab-title" role="button">
<a class="elementor-accordion-title" href="">What we do not publish</a></div>
<div class="elementor-tab-content elementor-clearfix" role="region">${ps(pNotPub)}</div></div></div>`,
    ),
  'a2f8d65',
)}
${sec(
  ew(
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Can't find what you need?</h3>
<div class="elementor-cta__description">Make a freedom of information request online.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/foi-request">Make a request</a></div></div></div>`,
  ) + ew('text-editor', '<p class="last-reviewed">Last reviewed: 6 November 2025</p>'),
  'c03e7b1',
)}</div>
<div data-elementor-type="footer" data-elementor-id="51" class="elementor elementor-51 elementor-location-footer">
${sec(
  ew('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(pFoot, 'menu-item')}</ul></nav>`) +
    ew('text-editor', '<p>© 2026 Saltmarsh and Fenland Fire and Rescue Service. Headquarters, Fenbridge Road, Saltney SN7 2FR.</p>'),
  'e81d0c9',
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right optin" role="dialog" aria-modal="true">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies to store and/or access device
information.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const pubScheme: TestPage = {
  name: 'heldout371-elementor-publication-scheme',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Classes of information', ...pClasses.map((c) => c[0]), 'Charges', 'What we do not publish'],
  body: texts([...pIntro, ...pClasses.flatMap((c) => c[1]), ...pCharges, ...pNotPub]),
  bylines: ['Last reviewed: 6 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pNav, 'In an emergency call 999', "Can't find what you need?", 'Make a freedom of information request online.',
    'Make a request', ...pFoot, '© 2026 Saltmarsh and Fenland Fire and Rescue Service. Headquarters, Fenbridge Road, Saltney SN7 2FR.',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept',
    'Deny', 'View preferences',
  ],
};

export const HELDOUT371_F: readonly TestPage[] = [pubScheme, courtGuide];
