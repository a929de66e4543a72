import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file c2: a hospital's visiting-hours page built with the Elementor page builder on WordPress (nested
 * section / column / widget wrappers, the header template with an emergency button, a hero with breadcrumb, heading and
 * text-editor widgets, a table of visiting times, an icon list, an alert box, a call-to-action box, the GDPR cookie notice
 * and the footer template). Its main text is short.
 */
const vTitle = 'Visiting hours and guidance';
const vIntro = [
  j(
    'We know how much a visit from family and friends means to our patients. Please read the guidance below before you come',
    'in, so that every patient gets the rest and care they need.',
  ),
];
const vH = ['Visiting times by area', 'Before you visit', 'Help and information'];
const vRows: [string, string][] = [
  ['General and surgical wards', '11am to 8pm, two visitors at a bedside'],
  ['Intensive care unit', '2pm to 7pm, by arrangement with the nurse in charge'],
  ['Maternity wards', 'Birth partner at any time; other visitors 2pm to 7pm'],
  ['Children’s ward', 'Parents and carers at any time; other visitors 2pm to 6pm'],
];
const vNote = 'Protected mealtimes run from 12pm to 1pm and 5pm to 6pm. Please leave the ward during these times unless you are helping someone eat.';
const vList = [
  'Do not visit if you have had diarrhoea, vomiting or a high temperature in the last 48 hours.',
  'Clean your hands with gel when you enter and leave the ward.',
  'Children under 12 should be with an adult at all times.',
  'Please do not bring flowers into the intensive care unit.',
];
const vHelp = [
  j('If you cannot visit, our ward staff can pass on a message or arrange a video call with your relative. Ask the', 'ward reception for details.'),
];
const vNav = ['Our Hospital', 'Departments', 'Patients & Visitors', 'Careers', 'Contact'];
const vFoot = ['Privacy Notice', 'Accessibility', 'Complaints', 'Sitemap'];
const wrap = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const section = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const heading = (h: string, tag = 'h2'): string => wrap('heading', `<${tag} class="elementor-heading-title elementor-size-default">${h}</${tag}>`);
const text = (inner: string): string => wrap('text-editor', inner);
const vHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Visiting hours and guidance – Northmere General Hospital</title>
<meta name="description" content="Visiting times for wards at Northmere General Hospital and what to know before you visit.">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1" media="all">
<link rel="stylesheet" id="elementor-post-96-css" href="/wp-content/uploads/elementor/css/post-96.css?ver=1709912345" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${vTitle}","isPartOf":{"@type":"WebSite",
"name":"Northmere General Hospital"}}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.20.1","post":{"id":96,"title":"Visiting hours"}};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-96 elementor-default elementor-kit-5 elementor-page elementor-page-96">
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
${section(
  '3a1f2c0',
  `${wrap('theme-site-logo', '<a href="/"><img src="/logo.svg" alt="Northmere General Hospital"></a>')}
${wrap('nav-menu', `<nav class="elementor-nav-menu--main" aria-label="Menu"><ul class="elementor-nav-menu">${links(vNav, 'menu-item')}</ul></nav>`)}
${wrap('button', '<a class="elementor-button elementor-button-link" href="/emergency"><span class="elementor-button-text">Emergency? Call 999</span></a>')}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="96" class="elementor elementor-96">
${section(
  '7c2e9b1',
  `${wrap(
    'breadcrumbs',
    '<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/patients-visitors/">Patients &amp; Visitors</a> » ' +
      '<span class="breadcrumb_last" aria-current="page">Visiting hours</span></span></p>',
  )}
${heading(vTitle, 'h1')}
${text(ps(vIntro))}`,
)}
${section(
  'b41d0e7',
  `${heading(vH[0] ?? '')}
${text(`<table><thead><tr><th>Area</th><th>Visiting times</th></tr></thead><tbody>
${vRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>`)}
${wrap(
  'alert',
  `<div class="elementor-alert elementor-alert-info" role="alert"><span class="elementor-alert-title">Please note</span>
<span class="elementor-alert-description">${vNote}</span></div>`,
)}`,
)}
${section(
  'e90a4f3',
  `${heading(vH[1] ?? '')}
${wrap(
  'icon-list',
  `<ul class="elementor-icon-list-items">${vList
    .map(
      (l) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${l}</span></li>`,
    )
    .join('\n')}</ul>`,
)}`,
)}
${section(
  'f13c8d2',
  `${heading(vH[2] ?? '')}
${text(ps(vHelp))}
${wrap(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Patient Advice and Liaison
Service</h3><div class="elementor-cta__description">Questions or concerns about a visit? Our PALS team is here Monday to Friday, 9am to 4pm.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/pals">Contact PALS</a></div></div></div>`,
)}`,
)}
${section('c88b1aa', `${text('<p class="page-updated">Page updated: 4 March 2026</p>')}`)}
</div>
<div data-elementor-type="footer" data-elementor-id="18" class="elementor elementor-18 elementor-location-footer">
${section(
  '2d7f6e4',
  `${wrap('text-editor', '<p>Northmere General Hospital, Wyatt Road, Northmere NM2 8QT</p><p>Main switchboard: 01632 960 118</p>')}
${wrap('nav-menu', `<ul class="elementor-nav-menu">${links(vFoot, 'menu-item')}</ul>`)}
${wrap('text-editor', '<p>© 2026 Northmere General Hospital. Part of Northmere Health Partnership.</p>')}`,
)}
</div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-dark-scheme" aria-label="GDPR Cookie Banner"
style="display:none"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best
experience on our website.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button>
<button class="mgbutton moove-gdpr-infobar-reject-btn">Reject</button><button class="change-settings-button">Settings</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script></body></html>`;
export const visitingHours: TestPage = {
  name: 'heldout249-elementor-hospital-visiting-hours',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: texts([...vIntro, ...vRows.flat(), vNote, ...vList, ...vHelp]),
  bylines: ['Page updated: 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Emergency? Call 999', 'Home', 'Patients & Visitors', 'Visiting hours', 'Please note', 'Patient Advice and Liaison Service',
    'Questions or concerns about a visit? Our PALS team is here Monday to Friday, 9am to 4pm.', 'Contact PALS',
    'Northmere General Hospital, Wyatt Road, Northmere NM2 8QT', 'Main switchboard: 01632 960 118', ...vFoot,
    '© 2026 Northmere General Hospital. Part of Northmere Health Partnership.', 'We are using cookies to give you the best experience on our website.',
    'Accept', 'Reject', 'Settings',
  ],
};
