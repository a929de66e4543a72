import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file b2: a UK OPSS product safety report on the GOV.UK publishing template (cookie banner, GOV.UK
 * header, phase banner, breadcrumbs, the "Product Safety Report" context title, the From / Published metadata, the govspeak
 * body with its summary table, "Is this page useful?", Related content, Explore the topic and the footer with its licence).
 */
const oTitle = 'Product Safety Report: Fan Heater sold via online marketplace (2603-0142)';
const oIntro = [
  j(
    'OPSS, the national product regulator, has assessed a fan heater sold under the Kovaro brand through an online',
    'marketplace and found that it presents a serious risk of electric shock and fire.',
  ),
];
const oRows: [string, string][] = [
  ['Product', 'Kovaro 2000W ceramic fan heater, model KV-FH20'],
  ['Hazard', 'Electric shock and fire'],
  ['Risk level', 'Serious'],
  ['Corrective action', 'Withdrawal of the product from the market and recall from end users'],
  ['Barcode', '5061048230117'],
  ['Country of origin', 'China'],
];
const oDesc = [
  j(
    'The product is a white plastic portable fan heater with a ceramic heating element, two heat settings, a fan-only setting and',
    'a rotary thermostat. It is supplied with a moulded UK plug and a 1.4 metre cable. The brand name is printed on the front grille',
    'and the model number on a rating label on the base.',
  ),
];
const oHazard = [
  j(
    'The mains cable is not adequately anchored where it enters the body of the heater. A pull on the cable can expose live',
    'conductors inside the casing, which could cause an electric shock if the casing is opened or damaged.',
  ),
  j(
    'The thermal cut-out did not operate when the air inlet was blocked during testing. The heater continued to run until the',
    'casing around the element began to deform, which could lead to a fire.',
  ),
  j(
    'The product does not meet the requirements of the Electrical Equipment (Safety) Regulations 2016. The plug also failed the',
    'pin dimension checks in BS 1363.',
  ),
];
const oAction = [
  j(
    'The online marketplace has removed the listings and has contacted buyers to tell them to stop using the heater and to',
    'return it for a full refund. The seller could not be traced and no longer trades on the marketplace.',
  ),
  'If you have one of these heaters, you should:',
];
const oSteps = [
  'switch it off at the wall and unplug it',
  'stop using it, even for short periods',
  'contact the marketplace for your refund, quoting your order number',
  'not put it in a charity bag or sell it on',
];
const oAdditional = [
  j(
    'About 1,950 units were sold in the UK between October 2025 and February 2026. OPSS is working with Trading Standards to find',
    'other listings of the same model and has shared its test results with the marketplace.',
  ),
];
const oRelated = ['Product safety alerts, reports and recalls', 'How to report an unsafe product', 'Buying electrical goods online'];
const oTopic = ['Business and industry', 'Product safety'];
const oFoot = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const oLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const oCookie = j(
  'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use GOV.UK,',
  'remember your settings and improve government services.',
);
const oHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${oTitle} - GOV.UK</title>
<meta name="govuk:format" content="product_safety_alert_report_recall"><meta name="govuk:primary-publishing-organisation"
content="Office for Product Safety and Standards"><meta property="og:site_name" content="GOV.UK"><meta property="og:title" content="${oTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${oTitle}","datePublished":"2026-03-12T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<link rel="stylesheet" href="/assets/frontend/application.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper"><div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">${oCookie}</p></div>
<div class="js-confirmation-buttons govuk-button-group"><button class="gem-c-button govuk-button" type="submit">Accept additional cookies</button>
<button class="gem-c-button govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div>
</div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button"><span class="govuk-visually-hidden">Show search menu</span></button></nav>
</div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/business-and-industry">Business and industry</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/business-and-industry/product-safety">Product safety</a></li></ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Product Safety
Report</span><h1 class="gem-c-heading__text govuk-heading-l">${oTitle}</h1></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl class="gem-c-metadata__list">
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/office-for-product-safety-and-standards"
class="govuk-link">Office for Product Safety and Standards</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2026</dd></dl></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link gem-c-print-link__button">Print this page</button></div>
<div class="responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(oIntro)}
<table><thead><tr><th scope="col">Summary</th><th scope="col">Details</th></tr></thead><tbody>
${oRows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('\n')}
</tbody></table>
<h2 id="product-description">Product description</h2>
${ps(oDesc)}
<h2 id="hazard">Hazard</h2>
${ps(oHazard)}
<h2 id="corrective-action">Corrective action</h2>
${ps(oAction)}
<ul>${oSteps.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2 id="additional-information">Additional information</h2>
${ps(oAdditional)}
</div></div></div>
<div class="gem-c-single-page-notification-button"><button class="govuk-button govuk-button--secondary">Get emails about this page</button></div>
</div><div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(oRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul>${links(oTopic, 'gem-c-related-navigation__link')}</ul></div></div></div>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page
useful?</h2>
<button class="govuk-button">Yes</button><button class="govuk-button">No</button><button class="govuk-link">Report a problem with this page</button></div></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(oFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">${oLicence}</span>
<a class="govuk-footer__copyright-logo" href="/copyright">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application.js" type="module"></script></body></html>`;
export const opssReport: TestPage = {
  name: 'heldout411-govuk-opss-product-safety-report',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Product description', 'Hazard', 'Corrective action', 'Additional information'],
  body: texts([...oIntro, ...oRows.map(([, v]) => v), ...oDesc, ...oHazard, ...oAction, ...oSteps, ...oAdditional]),
  bylines: ['From:', 'Office for Product Safety and Standards', 'Published', '12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', oCookie, 'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu',
    'Show search menu', 'Home', ...oTopic, 'Product Safety Report', 'Print this page', 'Get emails about this page', 'Related content', ...oRelated,
    'Explore the topic', 'Is this page useful?', 'Report a problem with this page', 'Support links', ...oFoot, oLicence, '© Crown copyright',
  ],
};
