import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, rows } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file b: a module descriptor page in a university module catalogue on Drupal 10 (EU Cookie Compliance
 * sliding pop-up, the header with the utility menu, a system breadcrumb block, the module node with its "field--name-*"
 * fields: a summary-facts field group, the body, learning outcomes, an assessment table and reading list, the "Page last
 * updated" line, a "Modules in this programme" block in the sidebar, and the footer regions).
 */
const title = 'GEO2214 Hazards, Risk and Resilience';
const summary = [
  `This module examines how natural hazards become disasters, and why the same flood, earthquake or heatwave can have very
different consequences for different communities. It combines the physical science of hazard processes with the social
science of vulnerability, risk perception and recovery.`,
  `Teaching is organised around four case studies, which change each year. In 2026-27 they are the Tarrant Valley floods,
a volcanic crisis on a small island state, urban heat in a coastal megacity and a drought affecting a pastoral region.`,
  `Each case study begins with a lecture on the physical hazard and ends with a seminar in which students take the role of an
agency, a local authority or a community group and argue for a response.`,
];
const outcomesIntro = 'By the end of the module you should be able to:';
const outcomes = [
  'describe the physical processes behind the main geophysical and hydro-meteorological hazards',
  'explain the difference between hazard, exposure, vulnerability and risk, with examples',
  'critically assess a disaster risk reduction plan against current international frameworks',
  'present a reasoned argument for a policy response to a specialist panel',
];
const teaching = `Teaching is through 20 hours of lectures, 8 hours of seminars and a half-day workshop using a flood simulation
model. You should expect to spend about 120 further hours on independent study, reading and assessment. Lecture
recordings are available, but the seminars are not recorded because they depend on discussion.`;
const assess: [string, string, string][] = [
  ['Policy brief (2,000 words)', '50%', 'Week 7'],
  ['Group role-play presentation', '20%', 'Week 10'],
  ['Online examination (2 hours)', '30%', 'January exam period'],
];
const resit = `If you fail the module you may resit the failed component in the August resit period. The group presentation is
replaced by an individual recorded presentation.`;
const reading = [
  'Wisner, B. and others, At Risk: Natural Hazards, People\u2019s Vulnerability and Disasters (core text)',
  'Smith, K., Environmental Hazards: Assessing Risk and Reducing Disaster',
  'A weekly list of journal articles on the module\u2019s learning platform',
];
const util = ['Students', 'Staff', 'Alumni', 'Contact us'];
const menu = ['Study with us', 'Research', 'Our schools', 'News and events'];
const crumbs = ['Home', 'Module catalogue', 'School of Geography'];
const side = ['GEO2201 Quantitative Methods in Geography', 'GEO2208 Rivers and Catchments', 'GEO2219 Political Ecology'];
const foot = ['Accessibility statement', 'Cookie policy', 'Privacy', 'Terms of use', 'Site map'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>GEO2214 Hazards, Risk and Resilience | Module catalogue | Thornbury University</title>
<link rel="canonical" href="https://www.thornbury.example/modules/geo2214">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/40112",
"currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yt3m.css"></head>
<body class="path-node page-node-type-module"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header-top"><nav role="navigation" id="block-utility-menu"
class="block block-menu navigation menu--utility"><ul class="menu">${links(util, 'menu-item')}</ul></nav></div>
<div class="region region-header"><div id="block-site-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/thornbury/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-main-menu-menu" id="block-main-menu"><h2 class="visually-hidden" id="block-main-menu-menu">Main
navigation</h2><ul class="menu menu--main">${links(menu, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(crumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span
class="field field--name-title field--type-string field--label-hidden">${title}</span></h1></div>
<article data-history-node-id="40112" class="node node--type-module node--view-mode-full"><div class="node__content">
<div class="field-group-module-facts"><div class="field field--name-field-credits field--label-inline"><div class="field__label">Credits</div>
<div class="field__item">20 credits</div></div><div class="field field--name-field-level field--label-inline"><div class="field__label">Level</div>
<div class="field__item">Level 5</div></div><div class="field field--name-field-semester field--label-inline"><div class="field__label">Delivery</div>
<div class="field__item">Autumn semester</div></div><div class="field field--name-field-module-leader field--label-inline">
<div class="field__label">Module leader</div><div class="field__item">Dr Maren Oyelaran</div></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>Module summary</h2>
${ps(summary)}</div>
<div class="field field--name-field-outcomes field--type-text-long field--label-above"><h2 class="field__label">Learning outcomes</h2>
<div class="field__item"><p>${outcomesIntro}</p><ul>${lis(outcomes)}</ul></div></div>
<div class="field field--name-field-teaching field--label-above"><h2 class="field__label">Teaching and learning</h2>
<div class="field__item"><p>${teaching}</p></div></div>
<div class="field field--name-field-assessment field--label-above"><h2 class="field__label">Assessment</h2><div class="field__item">
<table><thead><tr><th>Component</th><th>Weighting</th><th>Due</th></tr></thead><tbody>
${rows(assess)}
</tbody></table><p>${resit}</p></div></div>
<div class="field field--name-field-reading field--label-above"><h2 class="field__label">Indicative reading</h2>
<div class="field__item"><ul>${lis(reading)}</ul></div></div>
<div class="field field--name-field-disclaimer"><p><em>Module details are indicative and may change before the start of the academic year.</em></p></div>
<div class="node__meta"><p class="last-updated">Page last updated: 12 February 2026</p></div></div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="views-element-container block block-views" id="block-views-programme-modules">
<h2>Modules in this programme</h2><div class="view-content"><ul>${links(side, 'views-row')}</ul></div>
<a href="/modules?school=geography" class="more-link">View all Geography modules</a></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><nav id="block-footer" class="block block-menu"><ul class="menu">${links(foot, 'menu-item')}</ul>
</nav><div id="block-copyright" class="block block-block-content"><p>© 2026 Thornbury University, Thornbury TB2 7QA</p></div></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_8fQa.js"></script></body></html>`;

const module: TestPage = {
  name: 'heldout403-drupal-module-descriptor',
  kind: 'docs',
  html,
  title,
  headings: ['Module summary', 'Learning outcomes', 'Teaching and learning', 'Assessment', 'Indicative reading'],
  body: texts([...summary, outcomesIntro, ...outcomes, teaching, ...assess.flat(), resit, ...reading]),
  bylines: ['Page last updated: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...util, 'Main navigation', ...menu, 'Breadcrumb', ...crumbs, 'Credits', '20 credits', 'Level 5', 'Delivery',
    'Autumn semester', 'Module leader', 'Dr Maren Oyelaran', 'Module details are indicative and may change before the start of the academic year.',
    'Modules in this programme', ...side, 'View all Geography modules', ...foot, '© 2026 Thornbury University, Thornbury TB2 7QA',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT403_B: readonly TestPage[] = [module];
