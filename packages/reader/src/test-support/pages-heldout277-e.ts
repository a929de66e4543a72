import { links, ps, type TestPage, texts } from './page-kit.js';
import { civic } from './pages-heldout277-e2.js';
import { j, lis } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file e: a state DMV service page built with Drupal's Layout Builder (the alerts bar, Google
 * Translate widget, state header and menu, breadcrumb, sections of inline blocks, a fees table, "Find an office" call-out
 * card, "Related services" block, "Page last updated" and the state footer) and, from file e2, a city council news item
 * in a CivicPlus CivicEngage News Flash module.
 */
const vTitle = 'Renew your driver license online';
const vLede = [
  j(
    'Most drivers can renew a standard or REAL ID driver license online in about 10 minutes. Your new license will be mailed to',
    'you, and you can print a temporary license to use until it arrives.',
  ),
];
const vWho = ['You can renew online if all of these are true:'];
const vWhoList = [
  'your license expires within the next 6 months or expired less than 1 year ago',
  'your last renewal was not done online',
  'you are between 21 and 74 years old',
  'you do not need to change your name or add a motorcycle endorsement',
];
const vWho2 = [
  j(
    'If you are 75 or older, you must renew in person so that we can check your vision. Drivers with a commercial driver license',
    'must also renew at a DMV office.',
  ),
];
const vNeed = [
  'your current license number and the last 4 digits of your Social Security number',
  'a credit card, debit card or checking account to pay the fee',
  'your current address in Eastmark, if it has changed since your last license was issued',
];
const vFees = 'Renewal fees for Class C licenses';
const vCells = ['Standard license', '8 years', '$48', 'REAL ID license', '8 years', '$58', 'Drivers age 65 to 74', '5 years', '$30'];
const vAfter = [
  j(
    'You can check the status of your renewal at any time with the confirmation number on your receipt. If you made a mistake in',
    'your address, call us before your card is printed, which is usually 2 business days after you renew.',
  ),
  j(
    'After you finish, you will get a confirmation email with a link to your temporary license. Your new card should arrive within',
    '15 business days. If it has not arrived after 30 days, call our customer service center.',
  ),
  'Your photo from your last visit will be used. If it is more than 16 years old, you will be asked to visit an office for a new photo.',
];
const vMenu = ['Driver Licenses & IDs', 'Vehicles', 'Titles & Registration', 'Online Services', 'Locations'];
const vRelated = ['Change your address', 'Replace a lost license', 'Get a REAL ID', 'Schedule an appointment'];
const vFoot = ['Eastmark.gov', 'Accessibility', 'Privacy Policy', 'Disclaimer', 'Contact DMV', 'Careers'];
const blk = (inner: string, id: string): string =>
  `<div class="block block-layout-builder block-inline-blockbasic" id="block-${id}"><div class="clearfix text-formatted field field--name-body">
${inner}</div></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${vTitle} | Eastmark Department of Motor Vehicles</title>
<meta name="description" content="Find out if you can renew your driver license online and what you need."><meta name="Generator" content="Drupal 10">
<meta property="og:site_name" content="Eastmark DMV"><link rel="canonical" href="https://dmv.eastmark.example.gov/licenses/renew-online">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentService","name":"${vTitle}",
"provider":{"@type":"GovernmentOrganization","name":"Eastmark Department of Motor Vehicles"}}]}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EMDMV"></script>
<script>function googleTranslateElementInit(){new google.translate.TranslateElement({pageLanguage:'en'},'google_translate_element');}</script>
<link rel="stylesheet" media="all" href="/themes/custom/eastmark/dist/css/main.css"></head>
<body class="path-node page-node-type-landing-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="alert-bar" role="region" aria-label="Alerts"><div class="alert alert--warning"><p class="alert__text">
<strong>Service alert:</strong> Online services
will be unavailable Saturday, March 7, from 6 a.m. to noon for system maintenance.</p><button class="alert__close">Dismiss alert</button></div></div>
<div class="state-bar"><div class="container"><span class="state-bar__name">An official website of the State of Eastmark</span>
<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr"><div id=":0.targetLanguage"><select class="goog-te-combo"
aria-label="Language Translate Widget"><option value="">Select Language</option>
<option value="es">Spanish</option><option value="vi">Vietnamese</option><option value="zh-CN">Chinese (Simplified)</option></select></div>
Powered by <span style="white-space:nowrap"><a class="goog-logo-link" href="https://translate.google.com">Google Translate</a></span></div></div></div></div>
<header class="site-header" role="banner"><div class="container"><a href="/" class="site-logo" rel="home">Eastmark Department of Motor Vehicles</a>
<nav class="main-nav" aria-label="Main navigation"><ul class="menu menu--main">${links(vMenu, 'menu-item')}</ul></nav></div></header>
<main id="main-content" role="main"><div class="container"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>
${links(['Home', 'Driver Licenses & IDs'])}</ol></nav>
<div class="layout layout--onecol"><div class="layout__region layout__region--content">
<div class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title">${vTitle}</span></h1></div>
${blk(ps(vLede, ' class="lead"'), 'intro')}
<a href="https://services.dmv.eastmark.example.gov/renew" class="btn btn--primary btn--large">Start your renewal</a></div></div>
<div class="layout layout--twocol-section layout--twocol-section--67-33"><div class="layout__region layout__region--first">
${blk(`<h2>Who can renew online</h2>\n${ps(vWho)}\n<ul>${lis(vWhoList)}</ul>\n${ps(vWho2)}`, 'who')}
${blk(`<h2>What you need</h2>\n<ul>${lis(vNeed)}</ul>`, 'need')}
${blk(
  `<h2>Fees</h2>\n<table class="table"><caption>${vFees}</caption><thead><tr><th>License type</th><th>Valid for</th><th>Fee</th></tr></thead><tbody>
${[0, 3, 6].map((i) => `<tr><td>${vCells[i]}</td><td>${vCells[i + 1]}</td><td>${vCells[i + 2]}</td></tr>`).join('\n')}</tbody></table>`,
  'fees',
)}
${blk(`<h2>After you renew</h2>\n${ps(vAfter)}`, 'after')}</div>
<div class="layout__region layout__region--second"><div class="block block-inline-blockcta card card--cta"><h2 class="card__title">Need to visit us?</h2>
<p class="card__text">Most offices see customers by appointment only.</p><a class="card__link" href="/locations">Find an office</a></div>
<div class="block block-inline-blockrelated"><h2 class="block-title">Related services</h2><ul class="related-links">${links(vRelated)}</ul></div></div></div>
<div class="page-updated"><p>Page last updated: 02/27/2026</p></div></div></main>
<footer class="site-footer" role="contentinfo"><div class="container"><div class="site-footer__contact"><h2>Contact us</h2>
<p>Customer Service Center: 1-800-555-0163</p><p>Monday to Friday, 8 a.m. to 5 p.m.</p></div>
<ul class="menu menu--footer">${links(vFoot)}</ul><p class="site-footer__copyright">© 2026 State of Eastmark</p></div></footer>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script></body></html>`;
const dmv: TestPage = {
  name: 'heldout277-state-dmv-layout-builder-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: ['Who can renew online', 'What you need', 'Fees', 'After you renew'],
  body: texts([...vLede, ...vWho, ...vWhoList, ...vWho2, ...vNeed, vFees, ...vCells, ...vAfter]),
  bylines: ['Page last updated: 02/27/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Service alert:', 'Online services will be unavailable Saturday, March 7, from 6 a.m. to noon for system maintenance.',
    'Dismiss alert', 'An official website of the State of Eastmark', 'Select Language', 'Spanish', 'Vietnamese', 'Chinese (Simplified)',
    'Powered by Google Translate', 'Eastmark Department of Motor Vehicles', ...vMenu, 'Home', 'Start your renewal', 'Need to visit us?',
    'Most offices see customers by appointment only.', 'Find an office', 'Related services', ...vRelated, 'Contact us',
    'Customer Service Center: 1-800-555-0163', 'Monday to Friday, 8 a.m. to 5 p.m.', ...vFoot, '© 2026 State of Eastmark',
  ],
};

export const HELDOUT277_E: readonly TestPage[] = [dmv, civic];
