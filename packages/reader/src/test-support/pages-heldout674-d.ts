import { links, ps, type TestPage } from './page-kit.js';
import { as, at, j } from './pages-heldout674-kit.js';

/**
 * Held-out batch 674, file d: a taxidermy guild's competition results on Drupal 10 (Olivero) with a results table, tags and
 * a comment form, and a knife maker's commission process page on Webflow with numbered steps and an enquiry form.
 */
const dTitle = 'Results from the 2026 Northern Championships';
const dBody = [
  j(
    'Sixty-two pieces were entered at this year\u2019s championships in Brackwater, the most since the show moved to the',
    'Corn Exchange. Judges remarked on the standard of the novice birds, several of which would not have looked out of place',
    'in the professional class.',
  ),
  'Best in show',
  j(
    'Best in show went to Fintan Roe for a pair of lapwings on a ploughed furrow. The judges singled out the eyelids and the',
    'feet, which were remodelled from photographs taken in the field rather than from reference casts.',
  ),
  'Class winners',
  'Birds, professional Fintan Roe Lapwing pair',
  'Birds, novice Esme Tarrant Jay',
  'Mammals, professional Cal Moreby Stoat in ermine',
  'Fish Odile Brannan Brown trout, half-round',
  j(
    'Score sheets will be posted to every entrant by the end of the month. Next year\u2019s championships will be held in',
    'Brackwater again, on 17 and 18 April 2027.',
  ),
];
const dRows = dBody.slice(4, 8);
const dCells = [
  ['Birds, professional', 'Fintan Roe', 'Lapwing pair'],
  ['Birds, novice', 'Esme Tarrant', 'Jay'],
  ['Mammals, professional', 'Cal Moreby', 'Stoat in ermine'],
  ['Fish', 'Odile Brannan', 'Brown trout, half-round'],
];
const dNav = ['Home', 'About the guild', 'Competitions', 'Find a taxidermist', 'Members'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Championships', 'Results'];
const dFoot = ['Code of practice', 'Contact', 'Privacy notice'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<title>${dTitle} | Northern Guild of Taxidermists</title><link rel="canonical" href="https://northerntaxidermy.org/news/results-2026-championships">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xh3.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/112"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northern Guild of Taxidermists</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main
navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item
primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><h2 class="visually-hidden">Search form</h2>
<div class="content"><form action="/search/node" method="get" id="search-block-form"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search"
id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">
Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="112" class="node node--type-article node--promoted node--view-mode-full">
<header class="text-content"><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Greta
Moll</span></span></span><span> 14 April, 2026</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(dBody, 0)])}<h2>${at(dBody, 1)}</h2>${ps([at(dBody, 2)])}<h2>${at(dBody, 3)}</h2>
<table><thead><tr><th>Class</th><th>Winner</th><th>Piece</th></tr></thead><tbody>
${dCells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps([at(dBody, 8)])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Add new comment</h2><p>Log in or register to post comments</p></section>
</div></article></div></div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><nav class="block block-menu
navigation menu--footer" role="navigation"><ul class="menu">${links(dFoot)}</ul></nav><div id="block-olivero-powered" class="block block-system
block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></div></div></div>
<script src="/sites/default/files/js/js_y7A.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
if (dRows.join('|') !== dCells.map((r) => r.join(' ')).join('|')) throw new Error('heldout674 drupal rows');
const drupal: TestPage = {
  name: 'heldout674-drupal-championship-results',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 1), at(dBody, 3)],
  body: dBody.filter((_, i) => i !== 1 && i !== 3),
  bylines: ['By Greta Moll', '14 April, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northern Guild of Taxidermists', 'Menu', 'Main navigation', ...dNav, 'Search form', 'Search', 'Breadcrumb', 'News', 'Tags',
    ...dTags, 'Add new comment', 'Log in or register to post comments', ...dFoot, 'Powered by Drupal',
  ],
};

const wTitle = 'The Commission Process';
const wLead = 'A custom knife takes between four and nine months from first email to delivery. Here is how it goes.';
const wSteps = [
  'Tell us what you cut',
  j('Send a short note about how you cook or what you will carry the knife for, your hand size and any knives you already love', 'or hate. Photos help.'),
  'Design and quote',
  j(
    'We reply within a week with two or three sketches, a steel recommendation and a fixed quote. Nothing is made until you',
    'approve a drawing and pay a 30% deposit.',
  ),
  'Forging and grinding',
  j(
    'Your blade is forged, ground and heat treated in one batch with no more than five others. We send progress photos at the',
    'rough grind and again once the handle is shaped.',
  ),
  'Delivery',
  'Finished knives are sharpened, oiled and shipped insured with a leather sheath or a magnetic saya.',
];
const wNav = ['Knives', 'Commissions', 'Workshop', 'Journal'];
const wLabels = ['Name', 'Email', 'What will the knife be used for?'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 11:02:44 GMT+0000 -->
<html data-wf-domain="www.brannockknifeworks.com" data-wf-page="65f1c0a2b7e4d3a1c9e0f112" data-wf-site="65f1c0a2b7e4d3a1c9e0f0ff" lang="en"><head>
<meta charset="utf-8"><title>Commissions | Brannock Knifeworks</title><meta content="${wLead}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c0a2b7e4d3a1c9e0f0ff/css/brannock-knifeworks.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><div class="brand-text">BRANNOCK</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${as(wNav, 'nav-link w-nav-link')}<a href="#enquire" class="nav-button w-button">Enquire</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Custom work</div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-lead">${wLead}</p></div></section>
<section class="section-steps"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-steps">
${[0, 2, 4, 6]
  .map(
    (i, n) => `<div id="w-node-_${n}" class="step-card"><div class="step-number">0${n + 1}</div><h3 class="heading-step">${at(wSteps, i)}</h3>
<p class="paragraph-step">${at(wSteps, i + 1)}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section id="enquire" class="section-form"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-l">Start your commission</h2>
<div class="form-block w-form"><form id="wf-form-Commission" name="wf-form-Commission" data-name="Commission" method="get" class="form">
${wLabels
  .map((l, i) => `<label for="f${i}" class="field-label">${l}</label><input class="text-field w-input" maxlength="256" name="f${i}" id="f${i}" type="text">`)
  .join('\n')}<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Commission
success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Commission failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-text">Brannock Knifeworks
· Slate Quarry Road, Penhallow</div><div class="footer-links">${as(['Instagram', 'Terms', 'Shipping'], 'footer-link')}</div>
<div class="footer-copy">© 2026 Brannock Knifeworks</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c0a2b7e4d3a1c9e0f0ff" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1c0a2b7e4d3a1c9e0f0ff/js/webflow.b7c1.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout674-webflow-commission-process',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [0, 2, 4, 6].map((i) => at(wSteps, i)),
  body: [wLead, ...[1, 3, 5, 7].map((i) => at(wSteps, i))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'BRANNOCK', ...wNav, 'Enquire', 'Custom work', '01', '02', '03', '04', 'Start your commission', ...wLabels,
    'Brannock Knifeworks · Slate Quarry Road, Penhallow', 'Instagram', 'Terms', 'Shipping', '© 2026 Brannock Knifeworks',
  ],
};

export const HELDOUT674_D: readonly TestPage[] = [drupal, webflow];
