import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file c: a care charity's news article on Drupal 10 (Olivero theme) with tags and a comment, and a home
 * care agency's "how it works" page on Webflow with a steps grid and the Finsweet cookie consent component.
 */
const dTitle = 'Residents plant a sensory garden at Elmstead Court';
const dBody = [
  j(
    'The courtyard at Elmstead Court has been transformed over the spring, after residents, relatives and pupils from Hatherley',
    'Primary School spent six Saturday mornings digging, planting and painting.',
  ),
  j(
    'The garden was designed with the people who live at the home. Raised beds at wheelchair height hold lavender, rosemary,',
    'lemon balm and mint, chosen because they are good to touch and smell. A water feature and wind chimes were added at the',
    'request of residents with sight loss.',
  ),
  'What the garden includes',
  'four raised beds with herbs and scented plants',
  'a covered seating area with space for six wheelchairs',
  'a level path around the lawn with handrails on both sides',
  'bird feeders that can be seen from the lounge windows',
  j(
    '“Gardening was my life for forty years, and I never thought I would have my hands in the soil again,” said Albert, one',
    'of the residents who helped to plan the beds. “Now I am out there every morning checking on the tomatoes.”',
  ),
  'Paid for by the community',
  j(
    'The £8,600 cost was met by the Elmstead Court Friends group, a grant from the Hatherley Town Council community fund, and',
    'donations of plants and compost from two local nurseries. The school’s eco club will keep visiting once a month.',
  ),
];
const dList = dBody.slice(3, 7);
const dNav = ['Home', 'Our homes', 'Get involved', 'News', 'About us'];
const dFoot = ['Contact', 'Privacy notice', 'Accessibility statement', 'Jobs'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Elmstead Care Trust</title><link rel="canonical" href="https://www.elmsteadcare.org.uk/news/sensory-garden">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q0Jv8t3c0f9kTn8uXy5V3s.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Elmstead Care Trust</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" id="search-block-form" class="search-form search-block-form"><label for="edit-keys" class="form-item__label
visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys"
name="keys" class="form-search form-element form-element--type-search"></form></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}</ol></div>
</nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="418" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><a href="/user/12" lang="" typeof="schema:Person" property="schema:name">Sarah Okafor</a></span>
<span><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-04-22T10:12:00+01:00"
title="Wednesday, April 22, 2026 - 10:12" class="datetime">Wed, 04/22/2026 - 10:12</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-04/garden.jpg" width="1200" height="800" alt="Raised beds in the courtyard"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}
<h2>${dBody[2]}</h2><ul>${lis(dList)}</ul>
<blockquote><p>${dBody[7]}</p></blockquote>
<h2>${dBody[8]}</h2>${ps([dBody[9] ?? ''])}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(['Gardening', 'Volunteering', 'Elmstead Court'], 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="0" id="comment-57" class="comment js-comment by-anonymous"><div class="comment__picture-wrapper"></div>
<div class="comment__text-content"><footer class="comment__meta"><span class="comment__author">Linda Ferris</span><span class="comment__time">Thu, 04/23/2026 -
19:40</span></footer><div class="comment__content"><h3><a href="/comment/57#comment-57" class="permalink" rel="bookmark">Well done everyone</a></h3>
<p>My father loves sitting out there. Thank you to everyone who gave up their Saturdays.</p></div></div></article>
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/418/comment" method="post">
<label for="edit-name" class="form-item__label">Your name</label><input type="text" id="edit-name" name="name" class="form-text">
<button type="submit" class="button button--primary">Save</button></form></section>
</div></article></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav role="navigation"
aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot)}</ul></nav></div><div class="region region--footer-bottom grid-full">
<div id="block-olivero-charity" class="block block-block-content"><p>Elmstead Care Trust is a registered charity, number 1182044.</p></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
</div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = page({
  name: 'heldout688-drupal-olivero-garden-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[8] ?? ''],
  body: dBody.filter((_, i) => i !== 2 && i !== 8),
  bylines: ['Sarah Okafor', 'Wed, 04/22/2026 - 10:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Elmstead Care Trust', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', 'Gardening',
    'Volunteering', 'Elmstead Court', 'Comments', 'Linda Ferris', 'Thu, 04/23/2026 - 19:40', 'Well done everyone',
    'My father loves sitting out there. Thank you to everyone who gave up their Saturdays.', 'Add new comment', 'Your name', 'Save',
    'Footer', ...dFoot, 'Elmstead Care Trust is a registered charity, number 1182044.', 'Powered by Drupal',
  ],
});

const fTitle = 'How our home care works';
const fDek = 'From your first phone call to your first visit, usually within ten days.';
const fSteps: [string, string][] = [
  [
    'A free assessment at home',
    j(
      'One of our care managers visits you at home, with family there if you like, to understand what help you need, what',
      'matters to you and how you like things done. There is no charge and no obligation.',
    ),
  ],
  [
    'Your care plan',
    j('We write a care plan with you that sets out each visit, the tasks and the times. You sign it off, and you can change it', 'whenever your needs change.'),
  ],
  [
    'Meeting your carers',
    j(
      'We introduce a small team of two or three regular carers, matched on interests and personality as well as skills. Your',
      'care manager comes along to the first visit.',
    ),
  ],
  [
    'Reviews that keep up with you',
    'We review the plan after six weeks and then every six months, or sooner if you come out of hospital or your health changes.',
  ],
];
const fAfter = j(
  'Our visits are billed by the quarter hour at £29.50 an hour on weekdays and £32.00 at weekends, with no joining fee and',
  'no minimum contract. You can pause or stop care with a week’s notice.',
);
const fNav = ['Services', 'How it works', 'Pricing', 'Careers', 'Contact'];
const fFoot = ['Services', 'Pricing', 'Careers', 'Privacy Policy', 'Cookie Policy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 09:41:22 GMT+0000 -->
<html data-wf-domain="www.kindredhomecare.co.uk" data-wf-page="65a1d0c2f3e9b74a1c2d8e10" data-wf-site="65a0f1b3c2e8a6d9f4b7c321" lang="en">
<head><meta charset="utf-8"><title>How it works | Kindred Home Care</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a0f1b3c2e8a6d9f4b7c321/css/kindred-home-care.webflow.9f2c1e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);
</script><script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt
w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div fs-cc="preferences" class="fs-cc-prefs_component" style="display:none"><div class="fs-cc-prefs_title">Privacy Preference Center</div>
<div class="fs-cc-prefs_text">Manage the cookies this site may store on your device.</div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a0f1b3c2e8a6d9f4b7c321/logo.svg"
loading="lazy" alt="Kindred Home Care" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'How it works' ? ' w--current' : ''}">${t}</a>`)
  .join('')}<a href="tel:01632960905" class="button-nav w-button">01632 960 905</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container-large"><div class="eyebrow">Getting started</div><h1 class="heading-xl">${fTitle}</h1>
<p class="paragraph-large">${fDek}</p></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid steps-grid">${fSteps
  .map(
    ([h, p]) => `<div class="step-card"><img src="https://assets-global.website-files.com/65a0f1b3c2e8a6d9f4b7c321/icon-step.svg" loading="lazy" alt=""
class="step-icon"><h3 class="heading-s">${h}</h3><p class="paragraph-small">${p}</p></div>`,
  )
  .join('\n')}</div>
<div class="rich-text w-richtext"><h2>What it costs</h2><p>${fAfter}</p></div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-m">Talk to our care team</h2>
<p class="paragraph-regular">We are open 8am to 8pm, seven days a week.</p><a href="/contact" class="button w-button">Request a call back</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col"><div class="footer-heading">Kindred
Home Care</div><p class="footer-text">Unit 3, The Maltings, Brackley Road, Westford WF7 2LT</p></div><div class="footer-col">${fFoot
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`)
  .join('')}</div></div>
<div class="footer-copyright">© 2026 Kindred Home Care Ltd. Registered in England No. 09812345.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0f1b3c2e8a6d9f4b7c321" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0f1b3c2e8a6d9f4b7c321/js/webflow.4a2b1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout688-webflow-how-it-works',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fSteps.map(([h]) => h), 'What it costs'],
  body: [fDek, ...fSteps.map(([, p]) => p), fAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept', ...fNav, '01632 960 905', 'Getting started', 'Talk to our care team', 'We are open 8am to 8pm, seven days a week.',
    'Request a call back', 'Kindred Home Care', 'Unit 3, The Maltings, Brackley Road, Westford WF7 2LT', ...fFoot,
    '© 2026 Kindred Home Care Ltd. Registered in England No. 09812345.',
  ],
});

export const HELDOUT688_C: readonly TestPage[] = [drupal, webflow];
