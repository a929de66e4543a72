import { links, ps, type TestPage, texts } from './page-kit.js';
import { shelters } from './pages-heldout359-a2.js';
import { j, lis } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file a: a FEMA-style disaster declaration page on a Drupal / U.S. Web Design System template (official
 * government banner, mega menu, breadcrumbs, the declaration's tab bar, the declaration facts list, the press release body,
 * "Page Last Reviewed" line, quick-links sidebar, the share list, the feedback form and the agency footer) and, from file a2,
 * a Red Cross-style shelter listing.
 */
const fTitle = 'Calder Severe Storms, Straight-line Winds, and Flooding (DR-4899-CL)';
const fFacts = ['Incident Period: May 2, 2026 - May 9, 2026', 'Declaration Date: May 14, 2026', 'Declaration Type: Major Disaster Declaration'];
const fIntro = [
  j(
    'The President has declared that a major disaster exists in the State of Calder and ordered federal aid to supplement state,',
    'tribal and local recovery efforts in the areas affected by severe storms, straight-line winds and flooding from May 2 to May 9, 2026.',
  ),
  j(
    'Federal funding is available to affected individuals in the counties of Ashby, Corran, Millbeck and Tarrow. Assistance can',
    'include grants for temporary housing and home repairs, low-cost loans to cover uninsured property losses, and other programs',
    'to help individuals and business owners recover from the effects of the disaster.',
  ),
];
const fH = ['Individual Assistance', 'Public Assistance', 'Hazard Mitigation', 'How to Apply'];
const fIA = [
  j(
    'Individual Assistance has been approved for the four designated counties. Survivors who had uninsured or underinsured damage',
    'to their primary residence may be eligible for help with rent, basic home repairs and other disaster-caused needs such as',
    'medical and dental expenses, child care, and the replacement of essential household items.',
  ),
];
const fPA = [
  j(
    'Federal funding is also available to the state, eligible local governments and certain private nonprofit organizations on a',
    'cost-sharing basis for emergency work and the repair or replacement of facilities damaged by the storms in the following counties:',
  ),
];
const fPAList = ['Ashby County', 'Corran County', 'Glenrose County', 'Millbeck County', 'Orvale County', 'Tarrow County'];
const fHM = [
  j(
    'Federal funding is available on a cost-sharing basis for hazard mitigation measures statewide. Mitigation projects reduce the',
    'risk to life and property from future disasters, for example by elevating flood-prone homes or buying out repeatedly flooded lots.',
  ),
  j(
    'Oriel Danforth has been named the Federal Coordinating Officer for federal recovery operations in the affected areas. Additional',
    'designations may be made at a later date if requested by the state and warranted by the results of further damage assessments.',
  ),
];
const fApply = ['Residents and business owners who sustained losses in the designated counties can begin applying for assistance in three ways:'];
const fApplyList = [
  'Online at DisasterAssistance.example.gov, the fastest way to apply.',
  'By calling the helpline at 800-555-0162 between 7 a.m. and 11 p.m. local time, seven days a week.',
  'By using the agency app on a smartphone or tablet.',
];
const fApply2 = [
  j(
    'When you apply, have a current phone number where you can be reached, your address at the time of the disaster, your Social',
    'Security number, a general list of damage and losses, and your bank account details if you choose direct deposit.',
  ),
  j(
    'If you have insurance, file a claim with your insurance company first. Assistance cannot duplicate insurance benefits, but you',
    'may still be eligible for help with losses that your policy does not cover.',
  ),
];
const fTabs = ['Overview', 'Local Resources', 'News & Media', 'Designated Areas', 'Financial Assistance'];
const fMenu = ['Disasters & Emergencies', 'Flood Insurance', 'Grants', 'Floodplain Management', 'Emergency Management', 'About Us'];
const fCrumbs = ['Home', 'Disasters & Emergencies', 'Declared Disasters'];
const fQuick = ['Apply for Assistance', 'Disaster Recovery Center Locator', 'Rumor Response', 'Language Resources'];
const fShare = ['Facebook', 'X', 'LinkedIn', 'Email'];
const fFoot = ['Accessibility', 'Accountability', 'Careers', 'Contact Us', 'FOIA', 'No FEAR Act', 'Privacy Policy', 'Report Fraud', 'Website Information'];
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${fTitle.replace(/&/g, '&amp;')} | FEMA.example.gov</title>
<meta name="description" content="Major disaster declaration for the State of Calder: severe storms, straight-line winds and flooding.">
<link rel="canonical" href="https://www.fema.example.gov/disaster/4899">
<meta property="og:site_name" content="FEMA.example.gov"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${fTitle}","areaServed":"Calder"}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"drupalLanguage":"en","pageType":"disaster","disasterNumber":"4899"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/fema_uswds/dist/css/styles.css?t1a0b3"></head>
<body class="path-node page-node-type-disaster"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the United States government</p>
<p class="usa-banner__header-action">Here’s how you know</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance tablet:grid-col-6">
<p><strong>Official websites use .gov</strong> A .gov website belongs to an official government organization in the United States.</p></div>
<div class="usa-banner__guidance tablet:grid-col-6"><p><strong>Secure .gov websites use HTTPS</strong> A lock or https:// means you’ve safely
connected to the .gov website.</p></div></div></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<a href="/" title="Home" aria-label="FEMA home"><img src="/themes/custom/fema_uswds/img/logo.svg" alt="FEMA logo"></a></div>
<button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><ul class="usa-nav__primary usa-accordion">
${links(fMenu, 'usa-nav__primary-item')}</ul>
<div class="usa-nav__secondary"><ul class="usa-nav__secondary-links"><li class="usa-nav__secondary-item"><a href="/es">Español</a></li>
<li class="usa-nav__secondary-item"><a href="/about/contact">Contact Us</a></li></ul>
<form class="usa-search usa-search--small" role="search"><input class="usa-input" id="search-field" type="search" name="query">
<button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div></div></nav></header>
<main id="main-content" class="main-content"><div class="grid-container">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${fCrumbs
  .map(
    (c) => `<li class="usa-breadcrumb__list-item"><a href="/"
class="usa-breadcrumb__link"><span>${c.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>DR-4899-CL</span></li></ol></nav>
<div class="disaster-header"><h1 class="page-title">${fTitle.replace(/&/g, '&amp;')}</h1>
<ul class="disaster-header__facts usa-list usa-list--unstyled">${lis(fFacts, 'disaster-header__fact')}</ul></div>
<nav class="disaster-tabs" aria-label="Disaster navigation"><ul class="usa-button-group usa-button-group--segmented">${links(fTabs, 'usa-button-group__item')}
</ul></nav>
<div class="grid-row grid-gap-lg"><div class="tablet-lg:grid-col-8"><article class="node node--type-disaster node--view-mode-full">
<div class="field field--name-body field--type-text-with-summary">
${ps(fIntro)}
<h2>${fH[0]}</h2>
${ps(fIA)}
<h2>${fH[1]}</h2>
${ps(fPA)}
<ul>${lis(fPAList)}</ul>
<h2>${fH[2]}</h2>
${ps(fHM)}
<h2>${fH[3]}</h2>
${ps(fApply)}
<ul>${lis(fApplyList)}</ul>
${ps(fApply2)}
</div>
<div class="page-last-reviewed"><p class="text-base-dark font-body-3xs">Page Last Reviewed: May 14, 2026</p></div>
<div class="social-share"><h2 class="social-share__heading">Share This Page</h2><ul class="social-share__list">${links(fShare, 'social-share__item')}</ul></div>
</article></div>
<aside class="tablet-lg:grid-col-4 sidebar" role="complementary"><div class="usa-card quick-links"><div class="usa-card__container">
<div class="usa-card__header"><h2 class="usa-card__heading">Quick Links</h2></div><div class="usa-card__body"><ul class="usa-list usa-list--unstyled">
${links(fQuick)}</ul></div></div></div>
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="summary-box-key-information">Stay Informed</h2>
<div class="usa-summary-box__text"><p>Text SHELTER and your ZIP code to 43362 to find an open shelter near you.</p></div></div></div></aside></div>
<div class="page-feedback"><form class="feedback-form"><p class="feedback-form__question">Was this page helpful?</p>
<button class="usa-button usa-button--outline" type="button">Yes</button><button class="usa-button usa-button--outline" type="button">No</button>
</form></div></div></main>
<footer class="usa-footer usa-footer--big"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(fFoot, 'usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="usa-footer__logo"><p class="usa-footer__logo-heading">Federal Emergency Response Agency</p></div>
<div class="usa-identifier"><p class="usa-identifier__required-links-text">Looking for U.S. government information and services? Visit USA.gov</p></div></div>
</footer><script src="/themes/custom/fema_uswds/dist/js/uswds.min.js"></script>
<script>(function(){
var b=document.querySelector('.usa-menu-btn');b&&b.addEventListener('click',function(){document.body.classList.toggle('nav-open')});})();</script>
</body></html>`;
const fema: TestPage = {
  name: 'heldout359-fema-declaration-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fFacts, ...fIntro, ...fIA, ...fPA, ...fPAList, ...fHM, ...fApply, ...fApplyList, ...fApply2]),
  bylines: ['Page Last Reviewed: May 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS', 'Menu', ...fMenu,
    'Español', ...fCrumbs, 'DR-4899-CL', ...fTabs, 'Share This Page', ...fShare.filter((s) => s.length > 2), 'Quick Links', ...fQuick,
    'Stay Informed', 'Text SHELTER and your ZIP code to 43362 to find an open shelter near you.', 'Was this page helpful?', 'Return to top', ...fFoot,
    'Federal Emergency Response Agency', 'Looking for U.S. government information and services? Visit USA.gov',
  ],
};

export const HELDOUT359_A: readonly TestPage[] = [fema, shelters];
