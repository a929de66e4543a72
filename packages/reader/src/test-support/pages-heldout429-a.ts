import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout429-kit.js';

/**
 * Held-out batch 429, file a: a payroll company's data-incident notice built in Webflow (w-nav menu, Finsweet cookie banner,
 * a short intro and an FAQ accordion of div toggles, a contact card, the footer) and a state attorney general's breach
 * notification listing on Drupal (utility bar, main menu, breadcrumbs, a Views table with an exposed filter form and a pager,
 * a sidebar menu, the footer).
 */
const wTitle = 'Notice of Data Security Incident';
const wIntro = [
  j(
    'Quillmark Payroll recently identified and addressed a data security incident that may have involved personal information of',
    'employees at some of the businesses that use our payroll services. We take the privacy of this information very seriously, and',
    'we are providing this notice so that affected people have the facts and can take steps to protect themselves.',
  ),
  j(
    'On January 22, 2026, we detected unusual activity in a file-transfer server used to exchange payroll import files with clients.',
    'We disconnected the server, engaged an outside forensic firm and notified federal law enforcement. The investigation found that',
    'an unauthorized party copied certain files from the server between January 18 and January 22, 2026.',
  ),
  j(
    'Our core payroll platform, client bank accounts and tax filing systems were not affected. We began mailing letters to affected',
    'individuals on March 6, 2026, and are offering 24 months of complimentary credit monitoring and identity restoration services.',
  ),
];
const wFaq: readonly (readonly [string, readonly string[]])[] = [
  [
    'What information was involved?',
    [
      j(
        'The files differed from client to client. Depending on the file, they contained names, home addresses, dates of birth,',
        'Social Security numbers and, for some employees, direct-deposit account and routing numbers. No passwords or PINs were in the files.',
      ),
    ],
  ],
  [
    'How do I know if I was affected?',
    [
      j(
        'If your information was in the copied files, you will receive a letter from Quillmark Payroll at your last known address.',
        'The letter includes a unique enrollment code. If you have not received a letter by April 10, 2026, you may call our dedicated',
        'line to ask whether your information was involved.',
      ),
    ],
  ],
  [
    'Is my employer responsible for this incident?',
    [
      j(
        'No. The incident occurred on a server operated by Quillmark Payroll. Your employer did not cause it, and we are working with each',
        'affected client to make sure their employees receive this notice.',
      ),
    ],
  ],
  [
    'What should I do now?',
    [
      j(
        'Enroll in the complimentary monitoring using the code in your letter, review your bank statements, and consider placing a free',
        'fraud alert or security freeze with the three nationwide credit bureaus. Be cautious of calls or emails that claim to be from',
        'Quillmark and ask for your Social Security number; we will never ask for it.',
      ),
    ],
  ],
  [
    'What is Quillmark doing to prevent this from happening again?',
    [
      j(
        'We have retired the affected file-transfer server, moved all client exchanges to an encrypted portal that requires multi-factor',
        'authentication, shortened how long import files are retained, and expanded around-the-clock monitoring of our network.',
      ),
    ],
  ],
];
const wNav = ['Product', 'Pricing', 'Customers', 'Resources', 'Support'];
const wFoot = ['Careers', 'Compliance', 'Privacy Policy', 'Terms of Use', 'Status', 'Accessibility'];
const faqItem = ([q, a]: readonly [string, readonly string[]], i: number): string => `<div class="faq-item">
<div data-w-id="b1f0c2a4-77e1-9d3a-5c1e-0a6f${i}1c2e8d4" class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://cdn.prod.website-files.example/64f1c0/plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div style="height:0px" class="faq-answer"><div class="faq-answer-rich w-richtext">${ps(a)}</div></div></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Mar 06 2026 14:20:11 GMT+0000 -->
<html data-wf-domain="www.quillmarkpayroll.example" data-wf-page="65a0e3b1f4c2d8001f7a9c21" data-wf-site="64f1c0a2b7d35e00127f1b90" lang="en">
<head><meta charset="utf-8"><title>Notice of Data Security Incident | Quillmark Payroll</title>
<meta content="Information about a data security incident affecting a Quillmark Payroll file-transfer server." name="description">
<meta content="Notice of Data Security Incident | Quillmark Payroll" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><meta name="robots" content="noindex">
<link href="https://cdn.prod.website-files.example/64f1c0a2b7d35e00127f1b90/css/quillmark.webflow.shared.3c9e1f.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body-legal">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/64f1c0/logo.svg" alt="Quillmark Payroll"
class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="https://app.quillmarkpayroll.example/login" class="nav-link login w-nav-link">Log in</a>
<a href="/demo" class="button nav-cta w-button">Book a demo</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-legal"><div class="w-layout-blockcontainer container-narrow w-container">
<div class="legal-eyebrow">Trust Center</div>
<h1 class="heading-legal">${wTitle}</h1><div class="legal-updated">Last updated: March 6, 2026</div>
<div class="legal-rich w-richtext">${ps(wIntro)}</div>
<h2 class="faq-section-heading">Frequently asked questions</h2>
<div class="faq-wrapper">${wFaq.map(faqItem).join('\n')}</div>
<div class="contact-card"><div class="contact-card-title">Questions?</div>
<p class="contact-card-text">Call our dedicated assistance line at 1-866-555-0147, Monday through Friday, 8 a.m. to 8 p.m. Central Time.</p>
<a href="/support" class="button-secondary w-button">Contact support</a></div></div></section></main>
<footer class="footer"><div class="w-layout-blockcontainer footer-container w-container"><div class="footer-grid">
<div class="footer-brand-col"><div class="footer-tagline">Payroll and HR for growing teams.</div></div>
<div class="footer-links">${wFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('\n')}</div></div>
<div class="footer-legal">© 2026 Quillmark Payroll, Inc. All rights reserved.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">We use cookies to improve your experience and to understand how our site is used. See our Cookie Policy.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/64f1c0a2b7d35e00127f1b90/js/webflow.4e2d1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout429-webflow-incident-notice',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Frequently asked questions', ...wFaq.map(([q]) => q)],
  body: texts([...wIntro, ...wFaq.flatMap(([, a]) => a)]),
  bylines: ['Last updated: March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Log in', 'Book a demo', 'Trust Center', 'Questions?',
    'Call our dedicated assistance line at 1-866-555-0147, Monday through Friday, 8 a.m. to 8 p.m. Central Time.', 'Contact support',
    'Payroll and HR for growing teams.', ...wFoot, '© 2026 Quillmark Payroll, Inc. All rights reserved.',
    'We use cookies to improve your experience and to understand how our site is used. See our Cookie Policy.', 'Preferences', 'Deny', 'Accept',
  ],
};

const dTitle = 'Data Breach Notifications';
const dIntro = [
  j(
    'Under the Alder Consumer Data Protection Act, any business or agency that experiences a breach of security affecting more than',
    '500 Alder residents must notify the Attorney General’s Office. The notices below were submitted to the Division of Consumer',
    'Affairs and are published as received.',
  ),
  j(
    'A listing on this page does not mean that the Attorney General has found that the organization violated the law. For questions',
    'about a specific incident, contact the organization directly using the information in its notice.',
  ),
  j(
    'If you believe you are a victim of identity theft, you can submit a report to the Division of Consumer Affairs or call the',
    'Identity Theft Hotline at 1-800-555-0192.',
  ),
];
const dRows: readonly (readonly [string, string, string, string, string])[] = [
  ['Quillmark Payroll, Inc.', '03/06/2026', '01/18/2026', '2,311', 'Unauthorized access to file-transfer server'],
  ['Harrow Valley Medical Group', '03/04/2026', '12/29/2025', '14,870', 'Ransomware'],
  ['Pinecrest Unified School District', '02/27/2026', '02/02/2026', '6,042', 'Unauthorized access to student information system'],
  ['Bellwether Outdoor Supply', '02/20/2026', '11/14/2025', '733', 'Payment card skimming on checkout page'],
  ['Ostrander Credit Union', '02/13/2026', '01/07/2026', '1,508', 'Employee email account compromise'],
  ['Calloway Title & Escrow', '02/06/2026', '12/19/2025', '912', 'Misdirected mailing'],
  ['Northgate Dental Partners', '01/30/2026', '10/22/2025', '3,377', 'Ransomware'],
  ['Sable Creek Apartments LLC', '01/23/2026', '01/05/2026', '541', 'Lost or stolen laptop'],
];
const dUtil = ['Translate', 'Contact Us', 'File a Complaint'];
const dNav = ['About the Office', 'Consumer Protection', 'Criminal Justice', 'Opinions', 'News Releases'];
const dSide = ['Consumer Protection', 'Identity Theft Resources', 'Data Breach Notifications', 'Report a Data Breach', 'Scams and Fraud Alerts'];
const dFoot = ['Accessibility', 'Privacy Notice', 'Public Records Requests', 'Employment', 'Site Map'];
const cell = (cls: string, v: string): string => `<td headers="view-${cls}-table-column" class="views-field views-field-${cls}">${v.replace(/&/g, '&amp;')}
</td>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://ag.alder.example/consumer-protection/data-breach-notifications">
<title>Data Breach Notifications | Office of the Attorney General, State of Alder</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yb3kq9lQh1xF.css?delta=0&amp;language=en&amp;theme=agtheme">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412","isFront":false},
"ajaxPageState":{"theme":"agtheme"},"views":{"ajax_path":"\\/views\\/ajax"}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-AG41X9"></script></head>
<body class="path-node page-node-type-landing-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="usa-banner"><div class="banner-text">An official website of the State of Alder</div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-agtheme-branding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/agtheme/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Office of the Attorney General</a></div><div class="site-slogan">Attorney General Mara Quintanilla</div></div>
<nav role="navigation" aria-labelledby="block-utility-menu" id="block-utility" class="block block-menu navigation menu--utility">
<h2 class="visually-hidden" id="block-utility-menu">Utility</h2><ul class="menu">${links(dUtil, 'menu-item')}</ul></nav></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-agtheme-main-menu-menu" id="block-agtheme-main-menu">
<h2 class="visually-hidden" id="block-agtheme-main-menu-menu">Main navigation</h2>
<ul class="menu menu--main">${links(dNav, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-agtheme-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/consumer-protection">Consumer Protection</a></li><li>Data Breach Notifications</li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-agtheme-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-agtheme-content" class="block block-system block-system-main-block"><article data-history-node-id="4412" class="node node--type-landing-page
node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary
field--label-hidden field__item">${ps(dIntro)}</div>
<div class="views-element-container"><div class="view view-data-breach-notifications view-id-data_breach_notifications view-display-id-block_1 js-view-dom-id-
8f2c">
<form class="views-exposed-form" data-drupal-selector="views-exposed-form-data-breach-notifications-block-1"
action="/consumer-protection/data-breach-notifications" method="get" id="views-exposed-form-data-breach-notifications-block-1" accept-charset="UTF-8">
<div class="form--inline clearfix"><div class="js-form-item form-item js-form-type-textfield form-item-title"><label for="edit-title">Organization name</label>
<input data-drupal-selector="edit-title" type="text" id="edit-title" name="title" value="" size="30" maxlength="128" class="form-text"></div>
<div class="js-form-item form-item js-form-type-select form-item-year"><label for="edit-year">Year reported</label>
<select data-drupal-selector="edit-year" id="edit-year" name="year" class="form-select"><option value="All" selected="selected">- Any -</option>
<option value="2026">2026</option><option value="2025">2025</option></select></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<input data-drupal-selector="edit-submit-data-breach" type="submit" id="edit-submit-data-breach"
value="Apply" class="button js-form-submit form-submit"></div></div></form>
<div class="view-header">Displaying 1 - 8 of 412</div>
<div class="view-content"><table class="views-table views-view-table cols-5 responsive-enabled sticky-enabled">
<thead><tr><th id="view-title-table-column" class="views-field views-field-title" scope="col">Organization</th>
<th id="view-field-date-reported-table-column" class="views-field views-field-field-date-reported" scope="col">Date Reported to AG</th>
<th id="view-field-breach-date-table-column" class="views-field views-field-field-breach-date" scope="col">Date of Breach</th>
<th id="view-field-residents-table-column" class="views-field views-field-field-residents" scope="col">Alder Residents Affected</th>
<th id="view-field-breach-type-table-column" class="views-field views-field-field-breach-type" scope="col">Type of Breach</th></tr></thead>
<tbody>${dRows
  .map(
    ([org, rep, br, n, type]) => `<tr>${cell('title', `<a href="/data-breach/${org.toLowerCase().replace(/[^a-z]+/g, '-')}" hreflang="en">${org}</a>`)}
${cell('field-date-reported', `<time datetime="2026-01-01T12:00:00Z">${rep}</time>`)}
${cell('field-breach-date', br)}
${cell('field-residents', n)}
${cell('field-breach-type', type)}</tr>`,
  )
  .join('\n')}</tbody></table></div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0" aria-current="page">Page 1</a></li>
<li class="pager__item"><a href="?page=1">Page 2</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li>
<li class="pager__item pager__item--last"><a href="?page=51">Last »</a></li></ul></nav></div></div>
<div class="field field--name-field-last-updated">Page last updated: March 9, 2026</div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav role="navigation" id="block-consumer-menu"
class="block block-menu navigation menu--consumer"><h2 id="block-consumer-menu-title">In this section</h2>
<ul class="menu">${links(dSide, 'menu-item')}</ul></nav></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="footer-address">1200 Capitol Way, Suite 400, Larchmont, AL
00000</div>
<nav class="menu--footer"><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div class="footer-copyright">© 2026 Office of the Attorney General, State of Alder</div></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/sites/default/files/js/js_Jq8e1c.js?scope=footer"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout429-drupal-ag-breach-listing',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: [...texts(dIntro), ...dRows.flat()],
  bylines: ['Page last updated: March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Home', 'An official website of the State of Alder', 'Office of the Attorney General',
    'Attorney General Mara Quintanilla', ...dUtil,
    ...dNav.filter((t) => t !== 'Consumer Protection'), 'Consumer Protection', 'Organization name', 'Year reported', '- Any -', 'Displaying 1 - 8 of 412',
    'Page 1', 'Page 2', 'Next ›', 'Last »', 'In this section', ...dSide.filter((t) => !['Consumer Protection', 'Data Breach Notifications'].includes(t)),
    '1200 Capitol Way, Suite 400, Larchmont, AL 00000', ...dFoot, '© 2026 Office of the Attorney General, State of Alder',
  ],
};

export const HELDOUT429_A: readonly TestPage[] = [webflow, drupal];
