import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout378-kit.js';

/**
 * Held-out batch 378, file e: a registration fees page of a conference hosted on a university's Drupal site (Olivero theme:
 * header with site branding and main menu, breadcrumb, the node with a fees table and lists, the "On this page" block, the
 * EU cookie compliance banner, footer menus) and a student travel grant page on a Hugo site with the Wowchemy (Hugo Blox)
 * theme (navbar, page header with the date and reading time, the article's table of contents, share buttons, footer).
 */
const dTitle = 'Registration fees';
const dIntro = [
  j(
    'Registration for the 2026 Conference on Medieval Maritime Trade is now open. Fees cover admission to all sessions, the',
    'printed abstract book, coffee and lunch on all three days and the welcome reception on Wednesday evening. The conference',
    'dinner and the excursion are booked separately.',
  ),
  j(
    'Speakers must register by the early-bird deadline for their paper to stay in the programme. If you need a letter of',
    'invitation for a visa application, tick the box in the registration form and the conference office will send one within',
    'three working days of your payment.',
  ),
];
const dFees: [string, string, string][] = [
  ['Full participant', '€260', '€320'],
  ['Member of the Hanse History Society', '€210', '€270'],
  ['Student or unwaged', '€95', '€120'],
  ['One-day ticket', '€110', '€130'],
  ['Accompanying person (reception and excursion only)', '€60', '€60'],
];
const dFeesNote = ['The early-bird rate applies to payments received by 30 June 2026. All prices include Flemish VAT.'];
const dExtras = [
  'Conference dinner at the Guild Hall, Thursday 24 September: €75',
  'Half-day excursion to the excavated harbour at Oudemuide, Friday 25 September: €40',
];
const dPay = [
  j(
    'You can pay by credit card in the online shop or by bank transfer. Transfers must quote your registration number and reach',
    'the university account within fourteen days, or the booking will be cancelled. An invoice in the name of your institution is',
    'issued automatically once payment has been received.',
  ),
];
const dCancel = [
  j(
    'Cancellations received in writing before 31 July 2026 are refunded in full minus an administration fee of €25. After that',
    'date no refund is possible, but you may transfer your registration to a colleague free of charge.',
  ),
];
const dMenu = ['Education', 'Research', 'Innovation', 'About the university'];
const dCrumbs = ['Home', 'Faculty of Arts', 'Conferences', 'Medieval Maritime Trade 2026'];
const dToc = ['Fees', 'Optional extras', 'Payment', 'Cancellation'];
const dFoot = ['Contact', 'Accessibility statement', 'Disclaimer', 'Privacy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Registration fees | Brugmont University</title>
<link rel="canonical" href="https://www.brugmont-univ.example/en/conferences/mmt2026/registration-fees"><meta name="description" content="Fees for MMT 2026.">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4821","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero.css"></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/en" title="Home" rel="home">Brugmont University</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dMenu, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="4821" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dIntro)}
<h2 id="fees">Fees</h2><table><caption>Registration fees, MMT 2026</caption><thead><tr><th>Category</th><th>Early bird</th><th>Standard</th></tr></thead>
<tbody>${rows(dFees)}</tbody></table>${ps(dFeesNote)}
<h2 id="extras">Optional extras</h2><ul>${lis(dExtras)}</ul>
<h2 id="payment">Payment</h2>${ps(dPay)}
<h2 id="cancellation">Cancellation</h2>${ps(dCancel)}
<p><a class="button button--primary" href="/en/shop/mmt2026">Register and pay online</a></p></div></div></article></div>
<div id="block-onthispage" class="block block-block-content"><h2 class="block__title">On this page</h2><div class="block__content">
<ul>${links(dToc)}</ul></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="block__title" id="block-olivero-footer-menu">Useful links</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system-powered-by-block"><span>Brugmont University · Sint-Jorisplein 3 ·
Brugmont</span></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-labelledby="popup-text">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>Some cookies are needed for the site to work; others help us understand how it is used.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-save-preferences-button">Save
preferences</button><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button></div></div></div>
<script src="/sites/default/files/js/js_olivero.js"></script></body></html>`;
const drupalFees: TestPage = {
  name: 'heldout378-drupal-olivero-registration-fees',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Fees', 'Optional extras', 'Payment', 'Cancellation'],
  body: texts(['Registration fees, MMT 2026', ...dIntro, ...dFees.flat(), ...dFeesNote, ...dExtras, ...dPay, ...dCancel]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Brugmont University', 'Menu', 'Main navigation', ...dMenu, 'Breadcrumb', ...dCrumbs,
    'Register and pay online', 'On this page', 'Useful links', ...dFoot, 'Brugmont University · Sint-Jorisplein 3 · Brugmont', 'We use cookies on this site',
    'Some cookies are needed for the site to work; others help us understand how it is used.', 'Save preferences', 'Accept all cookies',
  ],
};

const hTitle = 'Student Travel Grants for ICRL 2026';
const hIntro = [
  j(
    'The International Conference on Rural Linguistics offers up to twenty travel grants for students who wish to attend ICRL 2026',
    'in Caerwyn. The grants are funded by the Ellery Foundation and by the registration fees of senior participants, and are meant',
    'above all for students whose institutions cannot pay for conference travel.',
  ),
];
const hWho = [
  'You are enrolled in a master’s or doctoral programme on 1 June 2026.',
  'You are the first author of a paper or poster submitted to ICRL 2026, or you can show that your research is in the conference area.',
  'You have not received an ICRL travel grant before.',
];
const hAmount = [
  j(
    'Each grant covers the student registration fee and a fixed travel allowance that depends on the distance travelled: 250 euros',
    'within the region, 600 euros within the continent and 1,100 euros for intercontinental travel. Grant holders can also stay in',
    'the university residence for the four nights of the conference at no cost.',
  ),
  j(
    'The allowance is paid after the conference, on presentation of receipts. If this would be a hardship for you, say so in your',
    'application and we will arrange an advance payment of half the allowance.',
  ),
];
const hApply = [
  'Fill in the online application form before 15 May 2026.',
  'Upload a one-page statement of how attending would help your research.',
  'Ask your supervisor to send a short letter of support to grants@icrl2026.example.',
];
const hAfter = [
  j(
    'Decisions will be sent by 5 June 2026. The grants committee gives priority to students presenting their own work and to',
    'students from countries and institutions that are under-represented at the conference. Grant holders are asked to help at',
    'the registration desk for one half-day session.',
  ),
];
const hNav = ['Home', 'Call for papers', 'Programme', 'Grants', 'Venue', 'Contact'];
const hHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Hugo Blox Builder 5.9.7">
<meta name="author" content="ICRL 2026 Organising Committee"><meta name="description" content="Up to twenty grants for students attending ICRL 2026.">
<link rel="alternate" hreflang="en-us" href="https://icrl2026.example/grants/"><link rel="stylesheet" href="/css/wowchemy.4f1c.css">
<title>Student Travel Grants for ICRL 2026 | ICRL 2026</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"Student Travel Grants for ICRL 2026","datePublished":"2026-02-02T00:00:00Z","dateModified":"2026-03-04T00:00:00Z",
"author":{"@type":"Person","name":"ICRL 2026 Organising Committee"}}</script>
<script>const isSiteThemeDark = false; window.wc = {darkLightEnabled: true};</script></head>
<body id="top" data-spy="scroll" data-offset="70" data-target="#TableOfContents" class="page-wrapper"><div class="page-header header--fixed">
<header><nav class="navbar navbar-expand-lg navbar-light compensate-for-scrollbar" id="navbar-main"><div class="container-xl">
<div class="d-none d-lg-inline-flex"><a class="navbar-brand" href="/">ICRL 2026</a></div>
<button type="button" class="navbar-toggler" data-toggle="collapse" data-target="#navbar-content" aria-label="Toggle navigation"><span>
<i class="fas fa-bars"></i></span></button>
<div class="navbar-collapse main-menu-item collapse justify-content-start" id="navbar-content"><ul class="navbar-nav d-md-inline-flex">
${links(hNav, 'nav-item')}</ul></div></div></nav></header></div>
<div class="page-body"><article class="article"><div class="article-container pt-3"><h1>${hTitle}</h1>
<div class="article-metadata"><div><span><a href="/author/icrl-2026-organising-committee/">ICRL 2026 Organising Committee</a></span></div>
<span class="article-date">Last updated on Mar 4, 2026</span><span class="middot-divider"></span><span class="article-reading-time">4 min read</span></div>
</div>
<div class="article-container"><div class="article-style"><details class="toc-inpage d-print-none" open>
<summary class="font-weight-bold">Table of Contents</summary>
<nav id="TableOfContents"><ul>${links(['Who can apply', 'What the grant covers', 'How to apply', 'Selection and obligations'])}</ul></nav></details>
${ps(hIntro)}<h2 id="who-can-apply">Who can apply</h2><p>You can apply if all of the following are true:</p><ul>${lis(hWho)}</ul>
<h2 id="what-the-grant-covers">What the grant covers</h2>${ps(hAmount)}
<div class="alert alert-note"><div>Grant holders from outside the region may also ask for a visa support letter; see the Venue page.</div></div>
<h2 id="how-to-apply">How to apply</h2><ol>${lis(hApply)}</ol>
<h2 id="selection-and-obligations">Selection and obligations</h2>${ps(hAfter)}</div>
<div class="share-box"><ul class="share d-flex fa-ul"><li><a href="https://twitter.example/intent/tweet" class="share-btn-twitter" aria-label="twitter">
<i class="fab fa-twitter"></i></a></li><li><a href="https://www.linkedin.example/shareArticle" class="share-btn-linkedin" aria-label="linkedin-in"><i
class="fab fa-linkedin-in"></i></a></li><li><a href="mailto:?subject=Student%20Travel%20Grants" class="share-btn-email" aria-label="envelope"><i
class="fas fa-envelope"></i></a></li></ul></div>
<div class="media author-card content-widget-hr"><div class="media-body"><h5 class="card-title"><a href="/author/icrl-2026-organising-committee/">ICRL 2026
Organising Committee</a></h5><p class="card-text">The people behind ICRL 2026 in Caerwyn.</p></div></div></div></article>
<div class="page-footer"><div class="container"><footer class="site-footer"><p class="powered-by">© 2026 ICRL Organising Committee</p>
<p class="powered-by">Published with <a href="https://hugoblox.example/" target="_blank" rel="noopener">Hugo Blox Builder</a> — the free,
<a href="https://github.com/HugoBlox/hugo-blox-builder" target="_blank" rel="noopener">open source</a> website builder that empowers creators.</p>
</footer></div></div></div><script src="/js/wowchemy.min.8b2e.js"></script></body></html>`;
const hCan = 'You can apply if all of the following are true:';
const hAlert = 'Grant holders from outside the region may also ask for a visa support letter; see the Venue page.';
const hugoGrant: TestPage = {
  name: 'heldout378-hugo-wowchemy-student-grant',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Who can apply', 'What the grant covers', 'How to apply', 'Selection and obligations'],
  body: texts([...hIntro, hCan, ...hWho, ...hAmount, hAlert, ...hApply, ...hAfter]),
  bylines: ['ICRL 2026 Organising Committee', 'Last updated on Mar 4, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Call for papers', 'Programme', 'Grants', 'Contact', 'Table of Contents', 'The people behind ICRL 2026 in Caerwyn.',
    '© 2026 ICRL Organising Committee',
    'Published with Hugo Blox Builder — the free, open source website builder that empowers creators.',
  ],
};

export const HELDOUT378_E: readonly TestPage[] = [drupalFees, hugoGrant];
