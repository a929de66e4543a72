import { links, type TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, lis, type Part, render } from './pages-heldout457-kit.js';

/**
 * Held-out batch 457, file f: a smallholders' society page on Drupal 10 (Olivero) with a sidebar of events and a join box, and
 * a honey farm's swarm collection notice on Webflow with a call button and a Finsweet cookie banner.
 */
const oTitle = 'About the Society';
const oParts: Part[] = [
  {
    p: j(
      'The Wessex Smallholders&#39; Society was founded in 1978 by a group of families keeping goats and poultry around Shaftesbury. Today',
      'we have more than 400 members across Dorset, Wiltshire and Somerset, from people with a few hens in the garden to farms of fifty acres.',
    ),
  },
  { h: 'What we do' },
  {
    ul: [
      'Monthly meetings with a speaker, from October to April',
      'Farm walks and open days through the summer',
      'Practical courses in hedge laying, shearing, butchery and cheese making',
      'A members&#39; equipment library with a poultry plucker, a sheep handling system and a cider press',
      'The Wessex Smallholders&#39; Show, held every August at Motcombe',
    ],
  },
  { h: 'Who runs the Society' },
  {
    p: j(
      'The Society is a registered charity run entirely by volunteers. A committee of twelve is elected at the annual general meeting in',
      'March, and any member can stand.',
    ),
  },
  { h: 'Our aims' },
  {
    p: j(
      'We exist to encourage good husbandry and sustainable land use on small farms and holdings, to share skills between generations and',
      'to speak up for smallholders in local planning and animal health matters.',
    ),
  },
];
const oNav = ['Home', 'Events', 'Courses', 'The Show', 'Join', 'Contact'];
const oEvents = ['Hedge laying day – Saturday 6 February', 'Talk: pigs on two acres – Thursday 11 February', 'Lambing open day – Sunday 28 March'];
const oJoin = 'Membership is £24 a year for a household and includes our quarterly magazine.';
const oBlock = (id: string, title: string, body: string): string => `<div id="block-${id}" class="block block-block-content">
<h2 class="block__title">${title}</h2><div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item">${body}</div></div></div>`;
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:96;--color--primary-saturation:40%;--color--primary-lightness:32"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.wessexsmallholders.org.uk/about">
<title>${oTitle} | Wessex Smallholders&#039; Society</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2P1mVn.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/12","isFront":false},"olivero":{"mobileBreakpoint":"1200px"}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Wessex Smallholders&#039; Society</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label
for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button js-form-submit form-submit"
type="submit" id="edit-submit" value="Search"><span class="icon--search"></span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li
class="breadcrumb__item"><a href="/"
class="breadcrumb__link">Home</a></li></ol></div></nav></div></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string
field--label-hidden">${oTitle}</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="12" class="node
node--type-page node--view-mode-full"><div class="node__content"><div
class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
field__item">${render(oParts)}</div></div></article></div></div></div></main>
<aside class="region region--sidebar">${oBlock('upcomingevents', 'Upcoming events', `<ul>${lis(oEvents)}</ul>`)}
${oBlock('jointhesociety', 'Join the Society', `<p>${oJoin}</p><p><a href="/join" class="button button--primary">Become a member</a></p>`)}</aside></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul
class="menu">${links(['Privacy notice', 'Safeguarding', 'Accessibility'], 'menu__item')}</ul></nav>
<div id="block-charityfooter" class="block block-block-content"><div class="block__content"><p>Registered charity no. 1009921</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_8mN2p0Q.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout457-drupal-olivero-society',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: headingsOf(oParts),
  body: bodyOf(oParts),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...oNav.filter((t) => t !== 'Courses'), 'Breadcrumb',
    'Upcoming events', ...oEvents, 'Join the Society', oJoin, 'Become a member', 'Footer', 'Privacy notice', 'Safeguarding', 'Accessibility',
    'Registered charity no. 1009921', 'Powered by Drupal',
  ],
};

const wTitle = 'Found a swarm of honey bees?';
const wDek = 'We collect honey bee swarms free of charge within 15 miles of Ledbury, seven days a week from April to July.';
const wParts: Part[] = [
  { h: 'Before you call' },
  {
    ul: [
      'Check they are honey bees, not bumblebees or wasps.',
      'Note how high the cluster is and what it is hanging from.',
      'Take a photo if you can do so safely.',
    ],
  },
  { h: 'What happens next' },
  {
    p: j(
      'One of our beekeepers will usually be with you within a few hours. We shake or brush the cluster into a box and leave it in place',
      'until dusk so that the flying bees can join it, then take it away to our quarantine apiary.',
    ),
  },
  {
    p: j('We cannot collect bees from inside walls, roofs or chimneys. For those, we can recommend a local builder who works with', 'beekeepers.'),
  },
];
const wNav = ['Shop', 'Our honey', 'Pollination', 'Swarms', 'Contact'];
const wCookie = j(
  'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist',
  'in our marketing efforts. View our Privacy Policy for more information.',
);
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon
Apr 12 2027 09:14:51 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.hallowhillhoney.co.uk" data-wf-page="64f1a2b3c4d5e6f708192a3b" data-wf-site="64f0a1b2c3d4e5f607182930" lang="en"><head><meta
charset="utf-8">
<title>Swarm collection | Hallow Hill Honey</title><meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/64f0a1b2c3d4e5f607182930/css/hallow-hill-honey.webflow.5e1c2a.css"
rel="stylesheet" type="text/css"><script
type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/64f0a1b2c3d4e5f607182930/logo-hallow-hill.svg"
loading="lazy" alt="Hallow Hill Honey" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'Swarms' ? ' w--current' : ''}"${t === 'Swarms' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-swarm"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Swarm season</div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wDek}</p><a href="tel:+447700900634"
class="button w-button">Call 07700 900634</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-2col"><div id="w-node-_3f2a1b0c-9d8e"
class="rich-text w-richtext">
${render(wParts)}</div><div id="w-node-_7c6b5a49-3827" class="image-wrapper"><img
src="https://assets-global.website-files.com/64f0a1b2c3d4e5f607182930/swarm-box.jpg"
loading="lazy" sizes="(max-width: 767px) 100vw, 45vw" alt="A swarm being shaken into a box" class="image-cover"></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col"><div
class="footer-heading">Visit the shop</div>
<p class="footer-text">Unit 3, Hallow Hill Farm, Ledbury HR8 2QP</p></div><div class="footer-col"><div class="footer-heading">Opening hours</div>
<p class="footer-text">Thursday to Saturday, 10am to 4pm</p></div><div class="footer-col"><a href="/privacy" class="footer-link">Privacy Policy</a></div></div>
<div class="footer-copyright">© 2027 Hallow Hill Honey Ltd.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div
class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of
cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts. View our <a href="/privacy"
class="fs-cc-banner_text-link">Privacy
Policy</a> for more information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#"
class="fs-cc-banner_button w-button">Accept</a></div></div>
<div fs-cc="interaction" class="fs-cc-banner_trigger"></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f0a1b2c3d4e5f607182930" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64f0a1b2c3d4e5f607182930/js/webflow.4b2c7e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout457-webflow-swarm-collection',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: headingsOf(wParts),
  body: [wDek, ...bodyOf(wParts)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shop', 'Our honey', 'Pollination', 'Contact', 'Swarm season', 'Call 07700 900634', 'Visit the shop', 'Unit 3, Hallow Hill Farm, Ledbury HR8 2QP',
    'Opening hours', 'Thursday to Saturday, 10am to 4pm', 'Privacy Policy', '© 2027 Hallow Hill Honey Ltd.', wCookie, 'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT457_F: readonly TestPage[] = [olivero, webflow];
