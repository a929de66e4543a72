import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout401-kit.js';

/**
 * Held-out batch 401, file a2: a USCIS-style form page on Drupal with the U.S. Web Design System (the "official website" banner,
 * the mega menu, the utility links and language menu, breadcrumbs, the edition-date alert, the filing-fee table, the "Forms and
 * Document Downloads" box, the "Related Forms" sidebar, the "Last Reviewed/Updated" line and the agency footer).
 */
const uTitle = 'I-417, Petition for Seasonal Conservation Worker';
const uIntro = [
  j(
    'Use this form to petition on behalf of a foreign national to come to the United States temporarily to work on a seasonal land or',
    'water conservation project, such as trail restoration, wetland planting or wildfire fuel reduction, for a public agency or an',
    'approved nonprofit partner.',
  ),
  j(
    'The petitioner must be the agency or nonprofit that will employ the worker. A single petition may cover up to 25 workers if they',
    'will all work on the same project, for the same dates and at the same worksites.',
  ),
];
const uEdition = [
  j(
    'We will accept only the 06/14/25 edition. You can find the edition date at the bottom of the page on the form and instructions.',
    'Starting May 1, 2026, we will reject any petition filed on an earlier edition.',
  ),
];
const uWhere = [
  j(
    'File your petition at the Lockbox facility that serves the state where the first worksite is located. If the project crosses',
    'state lines, use the address for the state where most of the work will take place.',
  ),
  'Mail your petition to one of the following addresses:',
];
const uAddr = [
  'For U.S. Postal Service (USPS) deliveries: USCIS, Attn: I-417, P.O. Box 660417, Denholm, TX 75099-0417',
  'For FedEx, UPS and DHL deliveries: USCIS, Attn: I-417 (Box 660417), 2401 Quarry Ridge Road, Suite 400, Denholm, TX 75099-0417',
];
const uFee = [
  j(
    'The filing fee depends on the type of petitioner and the number of workers named. Do not send cash. You may pay by money order,',
    'personal check, cashier’s check, or by credit card using Form G-1450, Authorization for Credit Card Transactions.',
  ),
];
const uFeeRows = [
  ['Federal, state or local government agency', '$0', '$0'],
  ['Nonprofit with 25 or fewer full-time employees', '$230', '$35 per worker'],
  ['Nonprofit with more than 25 full-time employees', '$475', '$60 per worker'],
];
const uSpecial = [
  j(
    'Include a copy of the signed project agreement between the petitioner and the land management agency, and a map of each',
    'worksite. If workers will live in project housing, include the address and the name of the person responsible for it.',
  ),
  j('Petitioners who have filed an I-417 in the past three years may use the short form of the project statement described in Part 4', 'of the instructions.'),
];
const uHeadings = ['Edition Date', 'Where to File', 'Filing Fee', 'Special Instructions'];
const uMenu = ['Topics', 'Forms', 'Newsroom', 'Citizenship', 'Green Card', 'Laws', 'Tools'];
const uUtil = ['Contact Us', 'Multilingual Resources', 'Sign In', 'Create Account'];
const uCrumbs = ['Home', 'Forms'];
const uDownloads = ['Form I-417 (PDF, 612.4 KB)', 'Instructions for Form I-417 (PDF, 388.06 KB)', 'Project Statement Worksheet (PDF, 141.2 KB)'];
const uRelated = [
  'G-1450, Authorization for Credit Card Transactions',
  'G-1145, e-Notification of Application/Petition Acceptance',
  'I-907, Request for Premium Processing',
];
const uFoot = [
  'About Us',
  'Accessibility',
  'Budget and Performance',
  'DHS Components',
  'Freedom of Information Act',
  'No FEAR Act Data',
  'Privacy and Legal Disclaimers',
  'Site Map',
  'Office of the Inspector General',
  'The White House',
  'USA.gov',
];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${uTitle} | USCIS</title><link rel="canonical" href="https://www.uscis.gov/i-417">
<meta name="description" content="Petition on behalf of a foreign national to work temporarily on a seasonal conservation project.">
<meta property="og:site_name" content="USCIS"><meta property="og:type" content="page"><meta property="og:title" content="${uTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/73310","currentLanguage":"en"},
"uscis_ga4":{"pageType":"form"}}</script>
<script async src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DHS&amp;subagency=USCIS" id="_fed_an_ua_tag"></script>
<link rel="stylesheet" media="all" href="/themes/custom/uscis/css/uscis.css"></head>
<body class="path-node page-node-type-form"><a href="#main-content" class="visually-hidden focusable usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the United States government</p>
<p class="usa-banner__header-action">Here’s how you know</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance tablet:grid-col-6">
<p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div>
<div class="usa-banner__guidance tablet:grid-col-6"><p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong>
means you’ve safely connected to the .gov website.</p></div></div></div></section>
<div class="usa-overlay"></div><header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<a href="/" title="Home" rel="home" class="usa-logo__text">U.S. Citizenship and Immigration Services</a></div>
<button class="usa-menu-btn" type="button">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><ul
class="usa-nav__primary usa-accordion">${links(uMenu, 'usa-nav__primary-item')}</ul>
<div class="usa-nav__secondary"><ul class="usa-nav__secondary-links">${links(uUtil, 'usa-nav__secondary-item')}</ul>
<div class="language-switcher"><button class="usa-button usa-language__link" type="button">Español</button></div>
<form class="usa-search usa-search--small" role="search" action="/search"><label class="usa-sr-only" for="search-field">Search</label>
<input class="usa-input" id="search-field" type="search" name="query"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button>
</form></div></div></nav></header>
<div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">${links(uCrumbs, 'usa-breadcrumb__list-item')}
<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>I-417</span></li></ol></nav></div>
<main id="main-content" class="main-content usa-layout-docs" role="main"><div class="grid-container"><div class="grid-row grid-gap">
<div class="usa-layout-docs__main desktop:grid-col-9 usa-prose"><h1 class="page-title"><span class="field field--name-title">${uTitle}</span></h1>
<article role="article" class="node node--type-form node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">${ps(uIntro)}</div>
<div class="usa-alert usa-alert--info usa-alert--slim field--name-field-alert"><div class="usa-alert__body">
<h2 class="usa-alert__heading">${uHeadings[0] ?? ''}</h2><div class="usa-alert__text">${ps(uEdition)}</div></div></div>
<div class="paragraph paragraph--type--accordion"><h2 class="accordion-header">${uHeadings[1] ?? ''}</h2><div class="accordion-content">${ps(uWhere)}
<ul>${lis(uAddr)}</ul></div>
<h2 class="accordion-header">${uHeadings[2] ?? ''}</h2><div class="accordion-content">${ps(uFee)}
<table class="usa-table usa-table--borderless"><thead><tr><th scope="col">Filer category</th><th scope="col">Base fee</th><th scope="col">Per named
worker</th></tr></thead>
<tbody>${rows(uFeeRows)}</tbody></table></div>
<h2 class="accordion-header">${uHeadings[3] ?? ''}</h2><div class="accordion-content">${ps(uSpecial)}</div></div>
<div class="field--name-field-form-details"><div class="file-box"><h2 class="file-box__title">Forms and Document Downloads</h2>
<ul class="file-list">${links(uDownloads, 'file-list__item')}</ul>
<p class="file-box__note">Form Edition Date 06/14/25. Page count: 14.</p></div></div>
<div class="last-reviewed"><span class="last-reviewed__label">Last Reviewed/Updated:</span>
<time datetime="2026-04-02T12:00:00Z">04/02/2026</time></div></div></article></div>
<aside class="usa-layout-docs__sidenav desktop:grid-col-3" role="complementary"><div class="block-uscis-related-forms">
<h2 class="block-title">Related Forms</h2><ul class="usa-sidenav">${links(uRelated, 'usa-sidenav__item')}</ul></div>
<div class="block-forms-updates"><h2 class="block-title">Forms Updates</h2><ul class="usa-sidenav">${links(
  ['Forms Updates and Edition Notices'],
  'usa-sidenav__item',
)}</ul></div></aside></div></div></main>
<footer class="usa-footer usa-footer--big" role="contentinfo"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">${links(
  uMenu,
  'usa-footer__primary-content',
)}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="usa-footer__logo-heading">U.S. Department of Homeland Security</div>
<p class="usa-footer__contact-heading">Contact USCIS</p>
<ul class="usa-identifier__required-links-list">${links(uFoot, 'usa-identifier__required-links-item')}</ul></div></footer>
<script src="/core/assets/vendor/once/once.min.js"></script><script src="/themes/custom/uscis/js/uscis.js"></script></body></html>`;
export const uscis: TestPage = {
  name: 'heldout401-uscis-form-page',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeadings,
  body: texts([...uIntro, ...uEdition, ...uWhere, ...uAddr, ...uFee, ...uFeeRows.flat(), ...uSpecial]),
  bylines: ['Last Reviewed/Updated: 04/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS',
    'A lock or https:// means you’ve safely connected to the .gov website.', 'U.S. Citizenship and Immigration Services', 'Menu', ...uMenu, ...uUtil,
    'Español', 'Search', ...uCrumbs, 'Filer category', 'Base fee', 'Per named worker', 'Forms and Document Downloads', ...uDownloads,
    'Form Edition Date 06/14/25. Page count: 14.', 'Related Forms', ...uRelated.slice(1), 'Forms Updates', 'Forms Updates and Edition Notices', 'Return to top',
    'U.S. Department of Homeland Security', 'Contact USCIS', ...uFoot,
  ],
};
