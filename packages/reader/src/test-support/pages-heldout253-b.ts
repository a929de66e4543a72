import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file b: a disability charity's advice page on Drupal 10 (off-canvas wrapper, region blocks, the
 * node's field--name-body, a "Last reviewed" field, an "In this section" sidebar menu, a helpline callout, a donate banner,
 * a "Was this page helpful?" feedback block, the EU Cookie Compliance banner and drupalSettings JSON).
 */
const title = 'Getting your home adapted: grants, assessments and your rights';
const intro = [
  j(
    'If you or someone you live with is disabled, changes to your home can make daily life safer and give you back independence.',
    'A ramp, a level-access shower or a stairlift can be the difference between managing at home and having to move.',
  ),
  'This page explains how to get an assessment, which grants can help with the cost and what to do if things go wrong.',
];
const h1 = 'Step 1: ask for an assessment';
const s1 = [
  j(
    'Contact the adult social care team at your local council and ask for a home adaptations assessment. You can refer yourself;',
    'you do not need a letter from your doctor. An occupational therapist will usually visit to see how you move around your home.',
  ),
  j(
    'Before the visit, it can help to keep a short diary for a week. Write down the tasks you find hard or unsafe, such as getting',
    'in and out of the bath, using the stairs at night or reaching the front door.',
  ),
];
const h2 = 'Step 2: find out which grant applies';
const s2 = ['Small items are often provided free. For larger work, the main source of help is the Home Adaptation Grant.'];
const l2 = [
  'Minor adaptations costing under \u00A31,500, such as grab rails and lever taps, are provided free by the council.',
  'The Home Adaptation Grant pays for larger work up to \u00A335,000, such as widened doorways, ramps or a downstairs bathroom.',
  'Grants for disabled children are not means-tested, so your family\u2019s income will not be counted.',
  'Tenants can apply too, but you will need your landlord\u2019s written permission for the work.',
];
const h3 = 'Step 3: if the council says no or takes too long';
const s3 = [
  j(
    'The council should decide on a complete grant application within six months. If you have waited longer, or you are refused,',
    'ask for the decision in writing with the reasons. You can then use the council\u2019s complaints procedure.',
  ),
  j(
    'If the complaint does not solve the problem, you can take it to the Local Government Ombudsman. Our advisers can help you',
    'write the complaint and gather the evidence you need.',
  ),
];
const quote = j(
  '\u201CWe waited nine months for a decision. A letter from the helpline quoting the time limit got us an answer in three weeks.\u201D',
  '\u2014 Priya, parent of a wheelchair user',
);
const nav = ['Advice and support', 'Get involved', 'Shop', 'Campaigns', 'About us'];
const crumbs = ['Home', 'Advice and support', 'Housing'];
const section = ['Housing', 'Finding accessible housing', 'Getting your home adapted', 'Help with rent and bills', 'Moving into supported living'];
const foot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Cookie policy', 'Modern slavery statement'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${title} | Open Doors Disability Trust</title><meta name="description" content="How to get a home adaptations assessment and grant.">
<link rel="canonical" href="https://www.opendoors.example/advice/housing/home-adaptations"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:site_name" content="Open Doors Disability Trust"><meta property="og:type" content="article">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Kq2mVbW1.css?delta=0&amp;language=en&amp;theme=opendoors">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1842"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script></head>
<body class="path-node page-node-type-advice-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div class="donate-banner"><p>Our helpline answered 41,000 calls last year. Can you help us answer the next one?</p>
<a href="/donate" class="button button--primary">Donate</a></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-opendoors-branding" class="block block-system">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/opendoors/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-opendoors-main-menu-menu" id="block-opendoors-main-menu"><h2 class="visually-hidden"
id="block-opendoors-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(nav, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-opendoors-breadcrumbs" class="block block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(crumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-opendoors-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span
class="field field--name-title field--type-string field--label-hidden">${title}</span></h1></div>
<div id="block-opendoors-content" class="block block-system block-system-main-block">
<article data-history-node-id="1842" class="node node--type-advice-page node--view-mode-full">
<div class="node__meta"><div class="field field--name-field-last-reviewed field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2025-11-03T12:00:00Z">3 November 2025</time></div></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(intro)}<h2>${h1}</h2>${ps(s1)}<h2>${h2}</h2>${ps(s2)}<ul>${lis(l2)}</ul>
<div class="callout callout--helpline"><h3>Talk to an adviser</h3><p>Call our free helpline on 0800 555 0192, Monday to Friday, 9am to 6pm.</p></div>
<h2>${h3}</h2>${ps(s3)}<blockquote><p>${quote}</p></blockquote></div>
<div class="field field--name-field-downloads"><div class="field__label">Downloads</div><div class="field__item"><span class="file file--mime-application-pdf">
<a href="/sites/default/files/2025-11/adaptations-diary.pdf">Home adaptations diary (PDF, 212 KB)</a></span></div></div></div></article></div>
<div id="block-opendoors-feedback" class="block block-webform"><h2>Was this page helpful?</h2><form class="webform-submission-form">
<button class="button" name="helpful" value="yes">Yes</button><button class="button" name="helpful" value="no">No</button></form></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav id="block-opendoors-section-menu"
class="block block-menu-block"><h2>In this section</h2><ul class="menu">${links(section, 'menu-item')}</ul></nav></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav id="block-footer"><ul class="menu">${links(foot, 'menu-item')}</ul></nav>
<p>Open Doors Disability Trust is a registered charity in England and Wales (1094412).</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to improve your experience</h2>
<p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept
cookies</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_9fGh2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=opendoors"></script></body></html>`;
export const openDoors: TestPage = {
  name: 'heldout253-drupal-disability-charity-advice',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...s1, ...s2, ...l2, ...s3, quote]),
  bylines: ['Last reviewed', '3 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Our helpline answered 41,000 calls last year. Can you help us answer the next one?', 'Donate', 'Main navigation', ...nav,
    'Breadcrumb', 'Talk to an adviser', 'Call our free helpline on 0800 555 0192, Monday to Friday, 9am to 6pm.', 'Downloads',
    'Home adaptations diary (PDF, 212 KB)', 'Was this page helpful?', 'Yes', 'In this section', ...section, ...foot,
    'Open Doors Disability Trust is a registered charity in England and Wales (1094412).', 'We use cookies on this site to improve your experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'Accept cookies', 'No, thanks',
  ],
};
