import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout473-kit.js';

/**
 * Held-out batch 473, file b: a city cemetery's rules and fees page on a Drupal 10 municipal site (sidebar section menu, fees
 * table) and a grief support group page on Squarespace 7.1 with an announcement bar and a newsletter block.
 */
const dTitle = 'Riverside Cemetery Rules and Fees';
const dIntro = j(
  'Riverside Cemetery is owned and maintained by the City of Marlow Falls Parks Department. The rules below keep the grounds',
  'safe and peaceful for every family. Fees were approved by the City Council and take effect on January 1, 2027.',
);
const dHours =
  'The cemetery grounds are open from 7:00 a.m. to dusk every day. The office at the north gate is open Monday through Friday, 8:00 a.m. to 4:00 p.m.';
const dFeeHead = ['Service', 'Resident', 'Non-resident'];
const dFees: string[][] = [
  ['Full-depth grave space', '$1,450', '$2,300'],
  ['Cremation grave space', '$575', '$900'],
  ['Columbarium niche (single)', '$1,200', '$1,750'],
  ['Opening and closing, casket', '$1,100', '$1,100'],
  ['Opening and closing, urn', '$425', '$425'],
  ['Weekend or holiday surcharge', '$400', '$400'],
  ['Marker setting permit', '$85', '$85'],
];
const dFeeNote =
  'Non-resident rates apply when neither the deceased nor the purchaser lived within the city limits. Fees are due before the interment is scheduled.';
const dRules = [
  'Fresh cut flowers may be placed at any time and will be removed when they wilt.',
  'Artificial flowers are allowed from November 1 to April 15 only.',
  'Glass containers, candles, fencing, shepherd hooks and solar lights are not allowed on any grave.',
  'Items left on graves after the spring cleanup notice will be removed and held at the office for 30 days.',
  'Dogs must be on a leash, and owners must pick up after them.',
];
const dMark = j(
  'Only one upright monument is allowed on each full grave, and it must be set on a concrete foundation poured by cemetery staff.',
  'Flat markers must be bronze or granite and set flush with the ground. Monument dealers must file a permit at least ten',
  'business days before installation.',
);
const dHeads = ['Hours', 'Fees', 'Decorations', 'Monuments and markers'];
const dNav = ['Residents', 'Business', 'Government', 'Departments', 'How Do I...'];
const dCrumbs = ['Home', 'Departments', 'Parks and Recreation', 'Riverside Cemetery'];
const dSide = ['Burial Search', 'Buy a Grave Space', 'Genealogy Requests', 'Veterans Section', 'Cemetery Map (PDF)'];
const dFoot = ['Accessibility', 'Public Records', 'Employment', 'Privacy Policy', 'Site Map'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${dTitle} | City of Marlow Falls</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.marlowfalls.gov/departments/parks/riverside-cemetery/rules-fees">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2281"},
"gtag":{"tagId":"G-XXXX"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3Xq8.css"></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="alert-bar"><div class="views-element-container"><div class="view view-alerts"><div class="views-row"><p><strong>Notice:</strong>
City offices will be closed Friday, November 27.</p></div></div></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-marlow-branding" class="block block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/marlow/logo.svg" alt="Home"></a><div class="site-name">City of Marlow Falls</div></div>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" placeholder="Search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-marlow-main-menu-menu" id="block-marlow-main-menu">
<h2 class="visually-hidden" id="block-marlow-main-menu-menu">Main
navigation</h2><ul class="menu menu--main">${links(dNav, 'menu-item menu-item--expanded')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-marlow-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title">${dTitle}</span></h1></div>
<div id="block-marlow-content" class="block block-system block-system-main-block">
<article data-history-node-id="2281" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>${dIntro}</p><h2>${at(dHeads, 0)}</h2><p>${dHours}</p><h2>${at(dHeads, 1)}</h2>
<table class="table"><thead><tr>${dFeeHead.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${trs(dFees)}</tbody></table>
<p><em>${dFeeNote}</em></p><h2>${at(dHeads, 2)}</h2><ol>${lis(dRules)}</ol><h2>${at(dHeads, 3)}</h2><p>${dMark}</p></div>
<div class="field field--name-field-last-updated"><div class="field__label">Last Updated</div><div class="field__item">
<time datetime="2026-10-30T12:00:00Z">October
30, 2026</time></div></div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav role="navigation" class="block block-menu
navigation menu--main"><h2>Riverside Cemetery</h2><ul class="menu">${links(dSide, 'menu-item')}</ul></nav>
<div class="block block-block-content"><h2>Contact</h2><div class="field--name-body"><p>Cemetery Office<br>1200 River Road<br>(715) 555-0173</p></div></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>City Hall, 300 Main Street, Marlow Falls, WI 54999</p>
<nav><ul class="menu">${links(dFoot)}</ul></nav><p>Powered by <a href="https://www.drupal.org">Drupal</a></p></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout473-drupal-cemetery-rules-fees',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: [dIntro, dHours, ...rowTexts(dFees), dFeeNote, ...dRules, dMark],
  bylines: ['Last Updated', 'October 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Notice: City offices will be closed Friday, November 27.', ...dNav.filter((t) => t !== 'Business'), 'Home',
    'Parks and Recreation', ...dSide, 'Contact', 'Cemetery Office', '1200 River Road', '(715) 555-0173', 'City Hall, 300 Main Street, Marlow Falls, WI 54999',
    ...dFoot, 'Powered by Drupal',
  ],
};

const sTitle = 'Walking Through Grief: A Support Group for Adults';
const sBody = [
  j(
    'Losing someone close can leave you feeling alone, even among family and friends. Walking Through Grief is a free,',
    'eight-week group for adults who have lost a spouse, partner, parent, child or friend in the past two years.',
  ),
  j(
    'Each evening begins with a short talk on one part of grief, such as sleep, anger, holidays or going back to work,',
    'and then the group talks together. No one is asked to share more than they want to.',
  ),
  'When: Tuesdays, January 12 to March 2, 6:30 to 8:00 p.m.',
  'Where: The Fellowship Room at Greer and Sons Funeral Home, 77 Harbor Road, Westcove',
  'Led by: Miriam Castell, LCSW, and trained volunteers',
  'The group is open to everyone in the community. You do not need to have used our funeral home to attend.',
  'Registration',
  j(
    'Space is limited to twelve people so that everyone has time to speak. Please register by January 5 by calling',
    'our aftercare office at (207) 555-0128. Light refreshments are provided.',
  ),
];
const sNav = ['Obituaries', 'Services', 'Plan Ahead', 'Grief Support', 'About', 'Contact'];
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Grief Support Group — Greer &amp; Sons Funeral Home</title><meta property="og:site_name" content="Greer &amp; Sons Funeral Home">
<meta property="og:title" content="Grief Support Group — Greer &amp; Sons Funeral Home"><link rel="canonical" href="https://www.greerandsons.com/grief-support">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2b","siteTitle":"Greer & Sons Funeral Home"},"collection":{"title":"Grief Support"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.greerandsons.com","name":"Greer & Sons Funeral Home","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2b/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6391a0" class="header-width-full tweak-transparent-header primary-button-style-solid collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-url"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><p>Our Holiday Remembrance Service is December 14 at 4 p.m. All are welcome.</p></div></div></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button"><span class="sqs-announcement-bar-close-text">Close Announcement</span></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div
class="header-title-text"><a href="/" id="site-title">Greer &amp; Sons</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-display-mobile"><button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title
visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6391a0">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6391a1"><div class="section-background">
<img alt="" data-src="https://images.squarespace-cdn.com/content/v1/5f2b/candles.jpg"
src="https://images.squarespace-cdn.com/content/v1/5f2b/candles.jpg?format=2500w">
<div class="section-background-overlay" style="opacity: 0.45;"></div></div><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-6391a1"><div class="fe-block fe-block-a1">${sBlock(
  'a1',
  `<h1
style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>`,
)}</div>
</div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-id="6391a2">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6391a2">
<div class="fe-block fe-block-b1">${sBlock('b1', ps(sBody.slice(0, 2), ' style="white-space:pre-wrap;"'))}</div>
<div class="fe-block fe-block-b2">${sBlock(
  'b2',
  ps(
    sBody.slice(2, 6).map((t) => t.replace(/^(\w+(?: by)?:)/, '<strong>$1</strong>')),
    ' style="white-space:pre-wrap;"',
  ),
)}</div>
<div class="fe-block fe-block-b3">${sBlock(
  'b3',
  `<h2 style="white-space:pre-wrap;">${at(sBody, 6)}</h2>
<p style="white-space:pre-wrap;">${at(sBody, 7)}</p>`,
)}</div>
<div class="fe-block fe-block-b4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="tel:2075550128" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Call to Register</a></div></div></div></div>
<div class="fe-block fe-block-b5"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Daily Grief Notes</h2><div class="newsletter-form-header-description"><p>A short message of encouragement in
your inbox each week for the first year after a loss.</p></div></header><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign
Up</span></button></div></form></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-id="6391f0"><div class="content-wrapper">
<div class="content">${sBlock('f1', '<p>Greer &amp; Sons Funeral Home</p><p>77 Harbor Road, Westcove, ME 04999</p><p>(207) 555-0120</p>')}
${sBlock('f2', '<p><a href="/privacy">Privacy</a></p><p>© Greer &amp; Sons Funeral Home 2026</p>')}</div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d812c/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout473-squarespace-grief-group',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 6)],
  body: texts(sBody.filter((_, i) => i !== 6)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our Holiday Remembrance Service is December 14 at 4 p.m. All are welcome.', 'Close Announcement', 'Greer & Sons', 'Obituaries', 'Services',
    'Plan Ahead', 'Grief Support', 'About', 'Contact', 'Call to Register', 'Daily Grief Notes',
    'A short message of encouragement in your inbox each week for the first year after a loss.', 'Email Address', 'Sign Up', 'Greer & Sons Funeral Home',
    '77 Harbor Road, Westcove, ME 04999', '(207) 555-0120', 'Privacy', '© Greer & Sons Funeral Home 2026',
  ],
};

export const HELDOUT473_B: readonly TestPage[] = [drupal, squarespace];
