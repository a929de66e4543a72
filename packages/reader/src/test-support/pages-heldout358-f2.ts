import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file f2: a secondary school's admissions guide on a Drupal 10 site with the Olivero theme (the
 * off-canvas canvas wrapper, the site branding and primary menu, the breadcrumb block, the page title block, the basic page
 * node with a key dates table and ordered oversubscription criteria, a "Last reviewed" field, the sidebar block with a
 * call to action, the footer region and the EU Cookie Compliance sliding popup).
 */
const aTitle = 'Applying for a Year 7 Place in September 2027';
const aIntro = [
  j(
    'This guide explains how to apply for a place in Year 7 for September 2027. The academy is its own',
    'admissions authority, but all applications are made through your home local authority’s coordinated scheme, not directly to us.',
  ),
  j('We have 210 places in Year 7. In each of the last three years we have received more applications than places.'),
];
const aWho = [
  j(
    'Children born between 1 September 2015 and 31 August 2016 can apply for a Year 7 place in September 2027. You do not need to',
    'live in Calderdale Vale to apply, and attending one of our partner primary schools does not on its own guarantee a place.',
  ),
];
const aDates: readonly (readonly [string, string])[] = [
  ['Open evening', 'Thursday 24 September 2026, 6pm to 8.30pm'],
  ['Applications open', '1 September 2026'],
  ['Closing date for applications', '31 October 2026'],
  ['National offer day', '1 March 2027'],
  ['Deadline for appeals', '30 March 2027'],
];
const aCriteria = [
  'Looked after children and children who were previously looked after.',
  'Children with an exceptional medical or social need, supported by written evidence from a professional.',
  'Children with a brother or sister attending the academy at the time of admission.',
  'Children of staff who have been employed at the academy for two or more years.',
  'Other children, in order of straight-line distance from home to the academy’s main gate, nearest first.',
];
const aHow = [
  j(
    'Children with an education, health and care plan that names the academy will be admitted. If there are more applications than',
    'the remaining places, we use the following criteria in order:',
  ),
];
const aAppeal = [
  j(
    'If your child is not offered a place, you have the right to appeal to an independent panel. Appeal forms are available from the',
    'admissions office from national offer day. Hearings for appeals lodged by the deadline take place in May and June.',
  ),
  j('You can also ask for your child to be placed on our waiting list, which is kept in the order of the criteria above until the', 'end of the autumn term.'),
];
const aMenu = ['About Us', 'Admissions', 'Curriculum', 'Sixth Form', 'Parents', 'Contact'];
const aCrumbs = ['Home', 'Admissions'];
const aSide = ['Admissions policy 2027–28 (PDF)', 'Supplementary information form', 'In-year admissions', 'Sixth Form applications'];
const aHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Applying for a Year 7 Place in September 2027 | Calder Moss Academy</title><link rel="canonical" href="https://www.caldermoss.example/admissions/year-7">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2f1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/42"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
<script type="application/ld+json">{"@context":"https://schema.org",
"@graph":[{"@type":"WebPage","name":"Applying for a Year 7 Place in September 2027"}]}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/logo.svg" alt="Home"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Calder Moss Academy</a></div>
<div class="site-branding__slogan">Aim high, be kind</div></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button"><span class="mobile-nav-button__label">Main Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${aMenu
  .map(
    (m) => `<li class="primary-nav__menu-item primary-nav__menu-item--level-1">
<a href="#" class="primary-nav__menu-link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${m}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(aCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string">${aTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="42" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">${ps(aIntro)}
<h2>Who can apply</h2>${ps(aWho)}
<h2>Key dates</h2><table><thead><tr><th>Stage</th><th>Date</th></tr></thead><tbody>${aDates
  .map(
    (d) => `<tr><td>${d[0]}</td><td>${d[1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
<h2>How places are allocated</h2>${ps(aHow)}<ol>${lis(aCriteria)}</ol>
<h2>Appeals and the waiting list</h2>${ps(aAppeal)}</div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-02-02T12:00:00Z">2 February 2026</time></div></div></div></article></div></div></main>
<div class="region region--sidebar"><div class="block block-block-content"><h2 class="block__title">Admissions documents</h2>
<div class="block__content"><ul>${links(aSide)}</ul></div></div><div class="block block-block-content cta"><h2 class="block__title">Come and see us</h2>
<div class="block__content"><p>Book a tour with a member of our Year 7 team on any weekday morning.</p><a class="button" href="#">Book a tour</a>
</div></div></div>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block">
<p>Calder Moss Academy, Moss Lane, Brigholme HX7 2PL</p>
<p>Calder Moss Academy is part of the Pennine Ridge Learning Trust, a company limited by guarantee.</p></div></div>
<div class="region region--footer-bottom grid-full"><ul>${links(['Privacy notice', 'Accessibility', 'Ofsted reports'])}</ul></div></div></footer>
</div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_Yd9e.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
export const drupalAdmissions: TestPage = {
  name: 'heldout358-drupal-olivero-admissions-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Who can apply', 'Key dates', 'How places are allocated', 'Appeals and the waiting list'],
  body: texts([...aIntro, ...aWho, ...aDates.flat(), ...aHow, ...aCriteria, ...aAppeal]),
  bylines: ['2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Calder Moss Academy', 'Aim high, be kind', 'Main Menu', ...aMenu,
    'Breadcrumb', ...aCrumbs, 'Last reviewed', 'Admissions documents',
    ...aSide, 'Come and see us', 'Book a tour with a member of our Year 7 team on any weekday morning.', 'Book a tour',
    'Calder Moss Academy, Moss Lane, Brigholme HX7 2PL', 'Calder Moss Academy is part of the Pennine Ridge Learning Trust, a company limited by guarantee.',
    'Privacy notice', 'Accessibility', 'Ofsted reports', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};
