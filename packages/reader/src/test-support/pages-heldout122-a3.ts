import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 122, file a3: a US federal agency explainer on a Drupal site with the USWDS theme (the "official website"
 * banner with its hidden "Here’s how you know" panel, the skip link, the extended header with the mega-menu buttons and
 * their hidden panels, search, the breadcrumb, the side navigation, the "On this page" in-page navigation, a USWDS alert
 * inside the text, a table, the "Last updated" line, the Touchpoints "Was this page helpful?" box, "Return to top", the
 * footer with contact and social links and the agency identifier).
 */
const usTitle = 'How Bridge Loans for farm disaster recovery work';
const usLead =
  'Bridge Loans give small farms cash to keep operating after a declared disaster while they wait for insurance or other federal payments. ' +
  'Learn who can apply, what the money can pay for, and how repayment works.';
const usH = ['Who can apply', 'What the loan can pay for', 'Loan terms', 'How to apply', 'After you apply'];
const usP1 = ['You may be able to get a Bridge Loan if your farm or ranch:'];
const usL1 = [
  'is in a county named in a presidential or secretarial disaster declaration, or in a county next to one',
  'had gross farm income of less than $1.2 million in the last tax year',
  'lost at least 30 percent of its crop, livestock or production capacity because of the disaster',
  'is waiting for a crop insurance indemnity, a disaster program payment or a settlement that has been filed but not yet paid',
];
const usP2 = [
  'You do not need to have borrowed from us before. Tenant farmers and beginning farmers with fewer than 10 years of experience are eligible on ' +
    'the same terms as landowners.',
];
const usP3 = [
  'You can use a Bridge Loan for the costs of keeping your operation running through the next season. Common uses include feed and hay, seed ' +
    'and fertilizer, fuel, repairs to equipment and buildings, and wages for farm workers.',
  'You cannot use the loan to buy land, refinance an existing mortgage, or pay for anything covered by a payment you have already received.',
];
const usAlert = 'If your insurance claim or disaster payment arrives before the loan is repaid, you must use it to pay down the loan balance within 30 days.';
const usTable = [
  ['Maximum amount', '$150,000, or 80 percent of the payment you are waiting for, whichever is lower'],
  ['Interest rate', '1.375 percent, fixed for the life of the loan'],
  ['Repayment term', 'Up to 7 years'],
  ['First payment due', '12 months after the loan closes'],
  ['Collateral', 'An assignment of the pending payment; no real estate is required for loans under $50,000'],
];
const usP4 = ['There are no application fees and no penalty for paying the loan off early.'];
const usP5 = ['Apply at your local service center or online. Have these documents ready:'];
const usL2 = [
  'proof of identity and a taxpayer identification number',
  'your most recent federal tax return, including Schedule F if you file one',
  'a copy of the insurance claim, program application or settlement you are waiting on',
  'a simple plan showing how you will use the money over the next 12 months',
];
const usP6 = ['Applications open the day a disaster is declared and close 8 months later. Applying early helps, because funding for each disaster is limited.'];
const usP7 = [
  'A loan officer will contact you within 10 business days to review your application. Most decisions are made within 30 days of a complete ' + 'application.',
  'If you are approved, the money is deposited directly into your bank account, usually within a week of signing the loan documents. If you are ' +
    'turned down, the letter will explain why and tell you how to appeal.',
];
const usBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const usMenus: [string, string[]][] = [
  ['Programs', ['Farm loans', 'Disaster assistance', 'Conservation', 'Price support']],
  ['Resources', ['Forms', 'Fact sheets', 'Interest rates', 'Service center locator']],
  ['Newsroom', ['News releases', 'Stakeholder notices', 'Media contacts']],
  ['About FRA', ['Leadership', 'Budget and performance', 'Careers']],
];
const usCrumbs = ['Home', 'Programs', 'Disaster assistance'];
const usSide = ['Disaster assistance', 'Bridge Loans', 'Emergency Livestock Relief', 'Tree and Vine Recovery', 'Disaster designations'];
const usHelpful = ['Was this page helpful?', 'Yes', 'No', 'This form is used for feedback on this page only. We cannot respond to individual questions.'];
const usFootNav = ['Programs', 'Resources', 'Newsroom', 'Contact us'];
const usSocial = ['Facebook', 'X', 'YouTube', 'Email updates'];
const usIdent = [
  'About FRA',
  'Accessibility support',
  'FOIA requests',
  'No FEAR Act data',
  'Office of the Inspector General',
  'Performance reports',
  'Privacy policy',
];
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const cell = (t: string): string => `<td>${t}</td>`;
const usHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-FRA4Q7K2"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("config", "G-FRA4Q7K2");</script>
<script async type="text/javascript" id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=FRA"></script>
<meta name="description" content="${usLead}"><link rel="canonical" href="https://www.fra.gov/programs/disaster-assistance/bridge-loans">
<meta property="og:site_name" content="Farm Recovery Administration"><meta property="og:title" content="${usTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${usTitle} | Farm Recovery Administration</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yk3v9nT2cQ1mB8xR.css?delta=0&amp;language=en&amp;theme=fra_uswds&amp;include=eJxLz">
<script src="/themes/custom/fra_uswds/assets/js/uswds-init.min.js?t3m2x1"></script></head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="usa-skipnav">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag"
src="/themes/custom/fra_uswds/assets/img/us_flag_small.png" alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">${usBanner[0]}</p><p class="usa-banner__header-action">${usBanner[1]}</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">${usBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><img class="usa-banner__icon usa-media-block__img" src="/img/icon-dot-gov.svg" role="img" alt=""
aria-hidden="true"><div class="usa-media-block__body"><p><strong>${usBanner[2]}</strong><br>
${usBanner[3]}</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><img class="usa-banner__icon usa-media-block__img" src="/img/icon-https.svg" role="img" alt=""
aria-hidden="true"><div class="usa-media-block__body"><p><strong>${usBanner[4]}</strong><br>
A <strong>lock</strong> (<span class="icon-lock"><svg xmlns="http://www.w3.org/2000/svg" width="52" height="64" viewBox="0 0 52 64"
class="usa-banner__lock-image"
role="img" aria-labelledby="banner-lock-title" focusable="false"><title id="banner-lock-title">Lock</title><path fill="#000000" d="M26 0c10.493 0 19"></path>
</svg></span>) or <strong>https://</strong> means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.
</p></div></div></div></div></div></section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended" id="header" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<a href="/" title="Home" rel="home"><img src="/themes/custom/fra_uswds/logo.svg" alt="Home"><em class="usa-logo__text">Farm Recovery Administration</em></a>
</div>
<button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav" role="navigation"><div class="usa-nav__inner"><button type="button" class="usa-nav__close">
<img src="/themes/custom/fra_uswds/assets/img/usa-icons/close.svg" role="img" alt="Close"></button>
<ul class="usa-nav__primary usa-accordion">
${usMenus
  .map(
    ([t, items], i) => `<li class="usa-nav__primary-item"><button type="button" class="usa-accordion__button usa-nav__link${i === 0 ? ' usa-current' : ''}"
aria-expanded="false" aria-controls="basic-nav-section-${i}"><span>${t}</span></button>
<ul id="basic-nav-section-${i}" class="usa-nav__submenu" hidden>${links(items, 'usa-nav__submenu-item')}</ul></li>`,
  )
  .join('\n')}
</ul><div class="usa-nav__secondary"><ul class="usa-nav__secondary-links">${links(['Find a service center', 'Español'], 'usa-nav__secondary-item')}</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="https://search.usa.gov/search" method="get">
<label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="query">
<input type="hidden" name="affiliate" value="fra"><button class="usa-button" type="submit"><img src="/img/usa-icons-bg/search--white.svg"
class="usa-search__submit-icon" alt="Search"></button></form></section></div></div></nav></header>
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${usCrumbs.map((t) => `<li class="usa-breadcrumb__list-item"><a href="/${t.toLowerCase()}" class="usa-breadcrumb__link"><span>${t}</span></a></li>`).join('\n')}
<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>Bridge Loans</span></li></ol></nav>
<div class="grid-row grid-gap"><aside class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation">
<ul class="usa-sidenav">
${usSide
  .map((t) => `<li class="usa-sidenav__item"><a href="/programs/${slug(t)}"${t === 'Bridge Loans' ? ' class="usa-current"' : ''}>${t}</a></li>`)
  .join('\n')}
</ul></nav></aside>
<div class="usa-layout-docs__main desktop:grid-col-7 usa-prose"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-fra-uswds-page-title" class="block block-core block-page-title-block"><h1 class="usa-prose"><span class="field field--name-title
field--type-string field--label-hidden">${usTitle}</span></h1></div>
<div id="block-fra-uswds-content" class="block block-system block-system-main-block">
<article role="article" about="/programs/disaster-assistance/bridge-loans" class="node node--type-page node--view-mode-full">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p class="usa-intro">${usLead}</p>
<h2 id="who-can-apply">${usH[0]}</h2>
${ps(usP1)}
<ul>${usL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(usP2)}
<h2 id="what-the-loan-can-pay-for">${usH[1]}</h2>
${ps(usP3)}
<div class="usa-alert usa-alert--info usa-alert--slim"><div class="usa-alert__body"><p class="usa-alert__text">${usAlert}</p></div></div>
<h2 id="loan-terms">${usH[2]}</h2>
<table class="usa-table usa-table--borderless"><caption class="usa-sr-only">Bridge Loan terms</caption>
<thead><tr><th scope="col">Feature</th><th scope="col">What to expect</th></tr></thead><tbody>
${usTable.map(([a, b]) => `<tr>${cell(a!)}${cell(b!)}</tr>`).join('\n')}
</tbody></table>
${ps(usP4)}
<h2 id="how-to-apply">${usH[3]}</h2>
${ps(usP5)}
<ul>${usL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(usP6)}
<a class="usa-button" href="https://apply.fra.gov/bridge">Start your application</a>
<h2 id="after-you-apply">${usH[4]}</h2>
${ps(usP7)}
</div></article></div>
<div class="field--name-field-last-updated margin-top-4 text-base"><p>Last updated: September 30, 2025</p></div>
<div id="block-touchpoints" class="block block-block-content"><div class="touchpoints-form-wrapper" id="touchpoints-form-8a1c">
<form class="usa-form usa-form--large margin-bottom-2" action="https://touchpoints.app.cloud.gov/touchpoints/8a1c9f3e/submissions.json">
<fieldset class="usa-fieldset radios"><legend class="usa-legend font-sans-md">${usHelpful[0]}</legend>
<div class="usa-radio"><input class="usa-radio__input" id="helpful-yes" type="radio" name="helpful" value="yes">
<label class="usa-radio__label" for="helpful-yes">Yes</label></div><div class="usa-radio"><input class="usa-radio__input" id="helpful-no" type="radio"
name="helpful" value="no"><label class="usa-radio__label" for="helpful-no">No</label></div></fieldset>
<p class="usa-hint font-sans-3xs">${usHelpful[3]}</p><button type="submit" class="usa-button">Submit</button></form></div></div></div>
<aside class="usa-layout-docs__sidenav desktop:grid-col-2"><nav class="usa-in-page-nav" aria-label="On this page"><h4 class="usa-in-page-nav__heading"
tabindex="0">On this page</h4><ul class="usa-in-page-nav__list">
${usH
  .map((t) => `<li class="usa-in-page-nav__item usa-in-page-nav__item--primary"><a href="#${slug(t)}" class="usa-in-page-nav__link">${t}</a></li>`)
  .join('\n')}
</ul></nav></aside></div></div></main>
<footer class="usa-footer usa-footer--medium"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(usFootNav, 'mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><div class="grid-row grid-gap">
<div class="usa-footer__logo grid-row mobile-lg:grid-col-6">
<div class="mobile-lg:grid-col-auto"><p class="usa-footer__logo-heading">Farm Recovery Administration</p></div></div>
<div class="usa-footer__contact-links mobile-lg:grid-col-6"><div class="usa-footer__social-links grid-row grid-gap-1">
${usSocial
  .map(
    (t) => `<div class="grid-col-auto"><a class="usa-social-link" href="#"><img class="usa-social-link__icon" src="/img/${slug(t)}.svg"
alt="${t}"></a></div>`,
  )
  .join('\n')}
</div><p class="usa-footer__contact-heading">Contact the FRA help desk</p><address class="usa-footer__address">
<div class="usa-footer__contact-info grid-row grid-gap">
<div class="grid-col-auto"><a href="tel:1-800-555-0142">1-800-555-0142</a></div><div class="grid-col-auto"><a href="mailto:help@fra.gov">help@fra.gov</a></div>
</div></address></div></div></div></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<div class="usa-identifier__container"><div class="usa-identifier__identity" aria-label="Agency description">
<p class="usa-identifier__identity-domain">fra.gov</p>
<p class="usa-identifier__identity-disclaimer">An official website of the Farm Recovery Administration</p></div></div></section>
<nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links"><div class="usa-identifier__container">
<ul class="usa-identifier__required-links-list">${links(usIdent, 'usa-identifier__required-links-item')}</ul></div></nav>
<section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services">
<div class="usa-identifier__container"><div class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>
<a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a></div></section></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4127","isFront":false},
"ajaxTrustedUrl":{"https:\\/\\/search.usa.gov\\/search":true}}</script>
<script src="/sites/default/files/js/js_p2WqL8sVb0aQmXk3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=fra_uswds"></script>
<script src="/themes/custom/fra_uswds/assets/js/uswds.min.js?t3m2x1"></script></body></html>`;
export const usAgencyExplainer: TestPage = {
  html: usHtml,
  name: 'heldout122-uswds-agency-explainer',
  kind: 'docs',
  // the intro paragraph, the alert inside the text and the table's data cells are body (header cells and the hidden caption
  // are in neither list, nor is the "Start your application" button); "On this page" repeats the headings and only its
  // label is furniture; the side navigation, the helpfulness box and the identifier are furniture
  title: usTitle,
  headings: usH,
  body: texts([usLead, ...usP1, ...usL1, ...usP2, ...usP3, usAlert, ...usTable.flat(), ...usP4, ...usP5, ...usL2, ...usP6, ...usP7]),
  bylines: ['Last updated: September 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...usBanner, 'Farm Recovery Administration', 'Menu', ...usMenus.flatMap(([t, items]) => [t, ...items]),
    'Find a service center', 'Español', 'Search', ...usCrumbs, ...usSide.filter((t) => t !== 'Bridge Loans'),
    usHelpful[0]!, 'Yes', 'No', usHelpful[3]!, 'Submit', 'On this page', 'Return to top', 'Contact us', 'Contact the FRA help desk',
    '1-800-555-0142', 'help@fra.gov', 'fra.gov', 'An official website of the Farm Recovery Administration', ...usIdent.slice(1),
    'Looking for U.S. government information and services?', 'Visit USA.gov',
  ])],
};
