import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file d2: a cell-therapy company's blog post on Drupal 10 with the Olivero theme (site header with
 * primary-nav, breadcrumb block, page title block, node meta with author and created date, body field with a figure and a table,
 * tags field, comment section with two comments and the "Add new comment" form, the footer regions and the EU cookie compliance
 * banner).
 */
const dTitle = 'From 21 days to 9: how we rebuilt batch release for our CAR-T program';
const dLead = [
  j(
    'Every patient who receives an autologous cell therapy is waiting on a batch made from their own cells. For our lead CAR-T program, the',
    'longest part of that wait was not manufacturing at all. It was the three weeks between the end of manufacturing and the moment our',
    'quality team could release the product.',
  ),
  j(
    'Over the past year our quality control and process development teams cut that release time from a median of 21 days to 9. This post',
    'explains what we changed and what we learned along the way.',
  ),
];
const dSterility = [
  j(
    'The biggest single delay was the compendial sterility test, which needs 14 days of incubation. We validated a rapid microbial method',
    'based on ATP bioluminescence that reads out in 7 days, and ran both methods side by side on 60 batches before switching.',
  ),
  'The rapid method detected every contamination the compendial test found, and flagged one low-level contamination two days earlier.',
];
const dParallel = [
  'Running tests in parallel instead of in sequence saved another four days. Three changes made that possible:',
  'We now take all release samples at harvest, instead of waiting for the potency result before sampling for identity.',
  'Flow cytometry for identity and purity runs on the same instrument run, with a single gating template.',
  'Certificates of analysis are drafted automatically from the lab information system as results arrive.',
];
type Row = readonly [string, string, string];
const dRows: readonly Row[] = [
  ['Sterility', '14 days', '7 days'],
  ['Potency (cytotoxicity assay)', '5 days', '3 days'],
  ['Identity and purity', '3 days', '1 day'],
  ['Document review and QA release', '4 days', '2 days'],
];
const dLessons = [
  j(
    'Regulators were more open to the rapid sterility method than we expected, provided we showed equivalence on real patient batches',
    'rather than spiked samples alone. Starting that comparison early was the best decision we made.',
  ),
  j(
    'The harder part was people. Analysts who had run the same sequence for years had to trust a new order of work. We paired each',
    'analyst with a process engineer for the first month, and we kept the old and new schedules on the same board until everyone was comfortable.',
  ),
  'Our next goal is a release time of five days, which will depend on a faster potency assay that is now in development.',
];
const dNav = ['About', 'Science', 'Pipeline', 'Patients', 'Blog', 'Careers'];
const dCrumbs = ['Home', 'Blog'];
const dTags = ['Manufacturing', 'Quality', 'Cell Therapy'];
const dFoot = ['Contact', 'Privacy', 'Terms of use', 'Accessibility'];
type Cmt = readonly [who: string, when: string, text: string];
const dComments: readonly Cmt[] = [
  [
    'Ruth Pemberton',
    'Tue, 03/03/2026 - 09:14',
    'Really useful write-up. Did you need a prior approval supplement for the sterility change, or was it handled in an annual report?',
  ],
  ['Jonas Albrecht', 'Tue, 03/03/2026 - 16:52', 'We ran the same comparison at our site and saw similar numbers. The parallel sampling point is underrated.'],
];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.meridiancell.example/blog/batch-release">
<title>${dTitle} | Meridian Cell Therapeutics</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_X1aR2b.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"eu_cookie_compliance":
{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-label="Sticky header" aria-pressed="false"></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Meridian Cell Therapeutics</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<section class="section"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><span class="node__author"><article class="profile"><div class="field field--name-user-picture">
<img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2025-11/eokafor.jpg" alt="Profile picture for user Emeka Okafor"></div>
</article></span><div><span class="node__author-name">By <span class="field field--name-uid field--type-entity-reference"><span>Emeka Okafor</span></span>
</span>,
<span class="field field--name-created field--type-created">2 March, 2026</span></div></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dLead)}
<h2>Replacing the 14-day sterility test</h2>
${ps(dSterility)}
<figure role="group" class="caption caption-img"><img src="/sites/default/files/inline-images/qc-lab.jpg" alt="Analyst at a biosafety cabinet">
<figcaption>Release testing in our Leiden quality control lab.</figcaption></figure>
<h2>Testing in parallel</h2>
${ps(dParallel.slice(0, 1))}
<ul>${dParallel
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<table><thead><tr><th>Release step</th><th>Before</th><th>After</th></tr></thead><tbody>
${dRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>What we learned</h2>
${ps(dLessons)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments
  .map(
    ([who, when, text], i) => `<article data-comment-user-id="${i + 40}" id="comment-${i + 88}" class="comment js-comment">
<div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/images/default-avatar.svg" alt=""></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${who}</span></p>
<p class="comment__time">${when}</p></footer><div class="comment__content"><div class="clearfix text-content field field--name-comment-body">
<p>${text}</p></div></div><ul class="links inline comment__links"><li class="comment-reply"><a href="#">Reply</a></li></ul></div></article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form">
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label>
<textarea class="form-textarea" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5"></textarea></div>
<div class="form-actions"><input type="submit" id="edit-submit" value="Save" class="button button--primary"></div></form></section>
</div></article></div></div></section></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div class="region region--social"><div class="block-social-links">
<ul><li><a href="#">LinkedIn</a></li><li><a href="#">RSS feed</a></li></ul></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav class="block block-menu
navigation menu--footer"><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to
enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_Vw0n3k.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
export const drupalBlog: TestPage = {
  name: 'heldout437-drupal-olivero-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['Replacing the 14-day sterility test', 'Testing in parallel', 'What we learned'],
  body: texts([...dLead, ...dSterility, ...dParallel, ...dRows.flat(), ...dLessons]),
  bylines: ['Emeka Okafor', '2 March, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Meridian Cell Therapeutics', 'Main navigation', ...dNav, 'Breadcrumb', 'Home',
    'Release testing in our Leiden quality control lab.', 'Tags', ...dTags, 'Comments', ...dComments.flat(), 'Reply', 'Add new comment', 'RSS feed',
    ...dFoot, 'Powered by Drupal', 'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'OK, I agree', 'No, thanks',
  ],
};
