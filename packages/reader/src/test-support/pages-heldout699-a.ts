import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout699-kit.js';

/**
 * Held-out batch 699, file a: a beginner beekeeping course page of a county association on Squarespace 7.1, and a swarm
 * advice page of a beekeepers' association on Drupal 10 (Olivero).
 */
const sTitle = 'Beginners’ Beekeeping Course 2027';
const sIntro = [
  j(
    'Thinking about keeping bees? Our six-week course for complete beginners starts on Saturday 6 March 2027 at the Ashcombe',
    'teaching apiary. You will learn the theory in the clubhouse each morning and handle a colony with an experienced mentor',
    'each afternoon, weather permitting.',
  ),
  j('The course costs £145 and includes a year of membership of the Wendleford Beekeepers, a veil to keep and the course handbook.'),
];
const sWeeks = [
  'Week 1: the honey bee colony and its year',
  'Week 2: equipment, hives and where to put them',
  'Week 3: opening a hive and reading the frames',
  'Week 4: swarming and how to prevent it',
  'Week 5: pests and diseases, including varroa',
  'Week 6: honey, wax and getting your first bees',
];
const sBring = j(
  'Please bring a packed lunch, wellington boots and long trousers. We lend bee suits and gloves for the practical sessions.',
  'If you have a severe reaction to stings, talk to us before you book.',
);
const sAfter = j(
  'Everyone who finishes the course is offered a mentor for their first season and a place on our waiting list for a nucleus colony',
  'raised in the association apiary.',
);
const sNav = ['Home', 'About Us', 'Courses', 'Swarms', 'Events', 'Honey Show', 'Contact'];
const sHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Beginners Course 2027 &mdash; Wendleford Beekeepers</title>
<link rel="canonical" href="https://www.wendlefordbees.org.uk/beginners-course"><meta property="og:site_name" content="Wendleford Beekeepers">
<meta property="og:title" content="Beginners Course 2027 &mdash; Wendleford Beekeepers"><meta property="og:type" content="website">
<script type="text/javascript" src="//use.typekit.net/ik/abc123.js" async></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Wendleford Beekeepers"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.wendlefordbees.org.uk",
"name":"Wendleford Beekeepers","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1a/12/site.css"></head>
<body id="collection-60aa" class="primary-button-style-solid tweak-global-animations-enabled header-width-full">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Swarm season is here: call 07700 900418 to report a swarm</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" class="">Wendleford Beekeepers</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div>
<div class="header-actions"><div class="showOnDesktop"><a href="/membership" class="btn btn--border theme-btn--primary-inverse">Join Us</a></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="60aa">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-60aa">
<div class="fe-block fe-block-yui_3_17_2_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/apiary.jpg" alt="Students at the apiary">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Last year’s students at the Ashcombe apiary</p></div></figcaption></figure>
</div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-60ab"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">What the course covers</h2>
<ul data-rte-list="default">${lis(sWeeks.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">What to bring</h2><p class="" style="white-space:pre-wrap;">${sBring}</p>
<h2 style="white-space:pre-wrap;">After the course</h2><p class="" style="white-space:pre-wrap;">${sAfter}</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/book-course" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a place</a></div></div></div></div>
</div></div></div></section>
<section class="page-section background-width--full-bleed theme-col--primary"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hive Notes</h2>
<div class="newsletter-form-header-description"><p>Monthly news from the association, straight to your inbox.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">Sign Up</button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>Wendleford Beekeepers is a registered charity, no. 1098765</p><p>The Clubhouse, Ashcombe Lane, Wendleford</p>
<p><a href="/privacy">Privacy Policy</a></p></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout699-squarespace-course',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['What the course covers', 'What to bring', 'After the course'],
  body: texts([...sIntro, ...sWeeks, sBring, sAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Swarm season is here: call 07700 900418 to report a swarm', 'Wendleford Beekeepers', ...sNav, 'Join Us',
    'Last year’s students at the Ashcombe apiary', 'Book a place', 'Hive Notes', 'Monthly news from the association, straight to your inbox.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Wendleford Beekeepers is a registered charity, no. 1098765',
    'The Clubhouse, Ashcombe Lane, Wendleford', 'Privacy Policy',
  ],
});

const dTitle = 'I think I have seen a swarm of bees';
const dBody = [
  j(
    'Between May and July honey bee colonies reproduce by swarming: the old queen leaves with about half of the workers to find',
    'a new home. A swarm hanging from a branch or fence post can look alarming, but swarming bees are full of honey and are',
    'rarely aggressive.',
  ),
  'Is it honey bees?',
  j(
    'Our volunteers only collect honey bees. Bumblebees are rounder and furrier and nest in small numbers in bird boxes or',
    'compost heaps; they will leave on their own by late summer. Wasps are bright yellow and black with almost no hair.',
    'For a wasp nest, contact a pest controller.',
  ),
  'What to do',
  'Keep children and pets away and do not spray the bees with water or insecticide.',
  'Note where the swarm is, how high it is and roughly how big (a football, a rugby ball or bigger).',
  'Take a photograph if you can do so safely.',
  'Use the swarm map below to find the nearest collector and phone them.',
  'After the swarm has gone',
  j(
    'Swarms often rest for a few hours or a day before moving on to their new home. If the bees have gone into a chimney, a wall',
    'cavity or a roof space, a collector may not be able to remove them; ask a builder who has worked with bees before.',
  ),
];
const dSteps = dBody.slice(4, 8);
const dNav = ['Learn', 'Swarms', 'Branches', 'Events', 'Shop', 'News'];
const dCrumbs = ['Home', 'Swarms'];
const dFoot = ['Contact', 'Accessibility', 'Privacy notice', 'Cookie settings'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:42;"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>I think I have seen a swarm of bees | Marlshire Beekeepers’ Association</title>
<link rel="canonical" href="https://www.marlshirebka.org/swarms/seen-a-swarm"><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"ajaxTrustedUrl":[]}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div class="site-branding"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" rel="home">Marlshire Beekeepers’ Association</a></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" class="primary-nav">
<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu">${links(dNav, 'primary-nav__menu-item')}</ul></nav>
<div class="search-block-form" role="search"><form action="/search/node" method="get"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search by keyword or phrase."></div><input type="submit" value="Search" class="button">
</form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div class="block block-system block-system-main-block"><article data-history-node-id="214" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
${ps([at(dBody, 0)])}<h2>${at(dBody, 1)}</h2>${ps([at(dBody, 2)])}
<div class="callout callout--warning"><p><strong>Please do not call us about wasps or bumblebees.</strong></p></div>
<h2>${at(dBody, 3)}</h2><ol>${lis(dSteps)}</ol>
<p><a class="button button--primary" href="/swarms/map">Find a swarm collector</a></p>
<h2>${at(dBody, 8)}</h2>${ps([at(dBody, 9)])}</div></div></article></div></div>
<div class="region region--content-below"><div class="block block-block-content"><h2 class="block__title">Become a swarm collector</h2>
<div class="block__content"><p>Experienced members can join our swarm list. Training runs every April.</p></div></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav class="menu--footer">
<ul class="menu">${links(dFoot)}</ul></nav></div><div class="region region--footer-bottom"><div class="block">
<p>© 2027 Marlshire Beekeepers’ Association. Registered charity 1187766.</p></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout699-drupal-swarm',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 1), at(dBody, 3), at(dBody, 8)],
  body: texts([at(dBody, 0), at(dBody, 2), 'Please do not call us about wasps or bumblebees.', ...dSteps, at(dBody, 9)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Marlshire Beekeepers’ Association', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Home',
    'Find a swarm collector',
    'Become a swarm collector', 'Experienced members can join our swarm list. Training runs every April.', ...dFoot,
    '© 2027 Marlshire Beekeepers’ Association. Registered charity 1187766.',
  ],
});

export const HELDOUT699_A: readonly TestPage[] = [squarespace, drupal];
