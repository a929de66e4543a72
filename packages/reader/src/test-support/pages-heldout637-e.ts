import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout637-kit.js';

/**
 * Held-out batch 637, file e: a smallholders' association news item on Drupal 10 (Olivero theme) with breadcrumb, tags and a
 * comment link, and an incubator maker's help-centre article on Webflow (CMS template, w-richtext, w-form with its hidden messages).
 */
const oTitle = 'Housing order lifted: what Marlow Vale keepers need to do now';
const oH = ['Before you let them out', 'What still applies'];
const oIntro = [
  j(
    'The order requiring all poultry and captive birds in the Marlow Vale protection zone to be kept indoors ended at midnight on',
    'Thursday, eleven weeks after bird flu was confirmed at a turkey unit near Cresford. Keepers of flocks of any size may now let',
    'their birds range again.',
  ),
  j(
    'Association secretary Linnea Drage said the committee had taken more than 200 calls during the housing period, most from',
    'first-time keepers with a handful of hens. “People did an extraordinary job keeping birds happy in sheds and garages. The',
    'temptation now is to fling the doors open, but a day or two of preparation is worth it.”',
  ),
];
const oBefore = [
  'clear standing water from the run; wild ducks and geese have been using flooded paddocks all winter',
  'rake over or fence off ground that was fouled by wild birds while your own were shut in',
  'move feeders and drinkers under cover so that wild birds cannot share them',
  'let birds out for a few hours at first, as some will be reluctant and others will overdo it',
];
const oStill = [
  j(
    'The wider Marlow Vale surveillance zone remains in place until at least the end of the month. Birds, eggs and used bedding may',
    'not be moved out of the zone without a licence, and poultry gatherings, including the spring sale at Cresford Market, stay',
    'cancelled.',
  ),
  j(
    'All keepers, including those with fewer than 50 birds, are again urged to register their flock so that they receive alerts',
    'directly. The association’s biosecurity volunteers will run a free drop-in session at Howe Street Hall on Saturday 21 March',
    'from 10am.',
  ),
];
const oNav = ['Home', 'News', 'Events', 'Advice', 'Join'];
const oFoot = ['Contact us', 'Membership terms', 'Privacy notice'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.marlowvalesmallholders.org.uk/news/housing-order-lifted">
<link rel="shortlink" href="https://www.marlowvalesmallholders.org.uk/node/412"><title>${oTitle} | Marlow Vale Smallholders</title>
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Qv1aX8l0Y2.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxtjkEOgzAMBD8U8qTIBpeiGEwdp_T5pRc">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},"olivero":{}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marlow Vale Smallholders</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="button--primary search-form__submit button
js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div>
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="412" class="node node--type-article node--promoted
node--view-mode-full"><header class=""><div class="node__meta"><div class="node__author-image"></div><span>By <span class="field field--name-uid
field--type-entity-reference field--label-hidden"><span>Gwen Ferris</span></span></span><span class="node__meta-date"> <span class="field field--name-created
field--type-created field--label-hidden"><time datetime="2026-03-13T09:15:00Z" class="datetime">13 March, 2026</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-03/hens-out.jpg.webp?itok=Xk2d" width="1100" height="620" alt="Hens leaving a wooden house"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oIntro)}
<h2>${oH[0]}</h2><ul>${lis(oBefore)}</ul>
<h2>${oH[1]}</h2>${ps(oStill)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
<h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Avian influenza</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/7" hreflang="en">Biosecurity</a></li></ul></div>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/412%23comment-form">Log in</a> or
<a href="/user/register?destination=/node/412%23comment-form">register</a> to post comments</li></ul></div></article></div></div></div></main></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu">
<h2 class="visually-hidden block__title"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_d3kR8Xz1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout637-drupal-olivero-housing-order',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oIntro, ...oBefore, ...oStill]),
  bylines: ['By Gwen Ferris', '13 March, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marlow Vale Smallholders', 'Menu', 'Search', 'Main navigation', 'Home', 'News', 'Events', 'Advice', 'Join', 'Breadcrumb',
    'Tags', 'Avian influenza', 'Log in or register to post comments', 'Footer', ...oFoot, 'Powered by Drupal',
  ],
};

const fTitle = 'Setting up your Brightnest 24 for the first hatch';
const fLead = 'Everything to do in the 48 hours before you set your eggs, in order.';
const fH = ['Where to put the incubator', 'Step by step', 'Temperature and humidity by species', 'Still not sure?'];
const fWhere = [
  j(
    'Choose an inside room that stays between 18 and 24°C day and night, away from windows, radiators and outside doors. A spare',
    'bedroom is ideal; a kitchen or a garage is not. Stand the incubator on a level table, not on the floor, where the air is colder.',
  ),
];
const fSteps = [
  'Wash the tray, turning cradle and water channels in warm water with a little washing-up liquid, then rinse and dry.',
  'Fit the turning cradle so the motor arm clicks into the slot at the back.',
  'Fill the left-hand water channel only, to the line marked “1”.',
  'Switch on and leave the incubator running empty for at least 24 hours.',
  'Check the display reads 37.5°C and 45–50% humidity before you set any eggs.',
];
const fNote = j(
  'Do not adjust the temperature during the first day. The display often overshoots by half a degree while the heater settles, and',
  'corrections made in the first few hours are the most common cause of a cooked first hatch.',
);
const fRows = [
  ['Chicken', '21 days', '37.5°C', '45–50%', '65–70%'],
  ['Duck', '28 days', '37.5°C', '50–55%', '70–75%'],
  ['Quail', '17–18 days', '37.6°C', '45%', '65%'],
  ['Goose', '30 days', '37.3°C', '50–55%', '75–80%'],
];
const fAfter = ['Stop the turner three days before the expected hatch date and fill both water channels to raise the humidity for hatching.'];
const fStill = ['Our support team answers emails within one working day. Please include the serial number from the label under the lid.'];
const fNav = ['Incubators', 'Brooders', 'Spares', 'Help centre', 'Contact'];
const fRelated = ['Why did my eggs not hatch?', 'Cleaning between hatches', 'Calibrating the temperature probe'];
const fFoot = ['Shipping', 'Warranty', 'Terms', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Thu Apr 09 2026 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.brightnest.co.uk" data-wf-page="65f1b0c2a7d4e3001f2b9c11" data-wf-site="65e0a9b1c3d2f4001e1a8b00"
data-wf-collection="65f1b0c2a7d4e3001f2b9c20"
data-wf-item-slug="first-hatch-setup" lang="en"><head><meta charset="utf-8"><title>${fTitle} | Brightnest Help</title>
<meta content="${fLead}" name="description"><meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65e0a9b1c3d2f4001e1a8b00/css/brightnest.webflow.shared.4c1d2e.min.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/65e0a9b1c3d2f4001e1a8b00/favicon.png" rel="shortcut icon"></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/65e0a9b1c3d2f4001e1a8b00/logo.svg" loading="lazy"
alt="Brightnest" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-help"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/help" class="breadcrumb-link">Help centre</a>
<div class="breadcrumb-divider">/</div><a href="/help-category/getting-started" class="breadcrumb-link">Getting started</a></div>
<div class="help-layout w-layout-grid"><div class="help-main"><h1 class="help-title">${fTitle}</h1><p class="help-lead">${fLead}</p>
<div class="help-meta"><div class="meta-label">Updated</div><div class="meta-date">9 April 2026</div></div>
<div class="rich-text w-richtext"><h2>${fH[0]}</h2>${ps(fWhere)}
<figure style="max-width:800px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.com/65e0a9b1c3d2f4001e1a8b11/bn24-tray.jpg"
loading="lazy" alt="Brightnest 24 with the lid off"></div><figcaption>The Brightnest 24 with the turning cradle fitted.</figcaption></figure>
<h2>${fH[1]}</h2><ol role="list">${lis(fSteps)}</ol>${ps([fNote])}
<h2>${fH[2]}</h2><div class="w-embed"><table class="spec-table"><thead><tr><th>Species</th><th>Incubation</th><th>Temperature</th><th>Humidity, days 1 on</th>
<th>Humidity, lockdown</th></tr></thead><tbody>${trs(fRows)}</tbody></table></div>${ps(fAfter)}
<h2>${fH[3]}</h2>${ps(fStill)}</div>
<div class="helpful-box"><div class="helpful-text">Was this article helpful?</div><a href="#" class="helpful-button w-button">Yes</a>
<a href="#" class="helpful-button w-button">No</a></div>
</div><div class="help-sidebar"><div class="sidebar-title">Related articles</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">${fRelated
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="/help/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="sidebar-link">${t}</a></div>`)
  .join('')}</div></div><a href="/contact" class="button-secondary w-button">Contact support</a></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div class="footer-col">
<div class="footer-heading">Hatching tips by email</div>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="footer-form" data-wf-page-id="65f1b0c2a7d4e3001f2b9c11"
data-wf-element-id="8a1f2c3d"><label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="you@example.com" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
<div class="footer-col"><ul role="list" class="footer-list w-list-unstyled">${links(fFoot, 'footer-item')}</ul></div></div>
<div class="footer-legal">© 2026 Brightnest Incubators Ltd. Registered in England.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0a9b1c3d2f4001e1a8b00" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65e0a9b1c3d2f4001e1a8b00/js/webflow.8f2a1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout637-webflow-incubator-setup',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([fLead, ...fWhere, ...fSteps, fNote, ...rowTexts(fRows), ...fAfter, ...fStill]),
  bylines: ['Updated', '9 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Getting started', 'The Brightnest 24 with the turning cradle fitted.', 'Was this article helpful?', 'Yes', 'No', 'Related articles',
    ...fRelated, 'Contact support', 'Hatching tips by email', 'Email address', ...fFoot, '© 2026 Brightnest Incubators Ltd. Registered in England.',
  ],
};

export const HELDOUT637_E: readonly TestPage[] = [drupal, webflow];
