import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout461-kit.js';

/** Held-out batch 461, file b: an auction house lot page on Drupal (custom theme, lot fields, bid panel); the XenForo thread is in file b2. */
const lTitle = 'Brannholt Chronomètre de Marine, ref. 2210, circa 1962';
const lDesc = [
  'Stainless steel, manual winding, 34 mm',
  'Dial: silvered, signed, sub-seconds at 6',
  'Movement: cal. B-22, 19 jewels, signed',
  'Case back: screw-down, numbered 40817',
  'Bracelet: later leather strap, steel buckle',
];
const lNote = [
  j(
    'Brannholt of Ostmark supplied a small number of deck watches to the merchant navy school at Kesteviken in the early',
    '1960s. The ref. 2210 was the only wristwatch in that programme, and the school records list 120 examples issued to',
    'cadets between 1961 and 1964. Fewer than twenty are known today.',
  ),
  j(
    'The present watch retains its original dial, with the small anchor above the sub-seconds that marks school issue.',
    'The case shows light wear consistent with age and has never been polished hard; the bevels on the lugs remain sharp.',
  ),
];
const lProv = ['Issued to a cadet of the Kesteviken school, 1962', 'By descent in the family of the original owner', 'Private collection, Ostmark'];
const lCond = j(
  "Running at the time of cataloguing. Dial with light spotting at 2 o'clock; hands relumed. Crystal replaced. Please note that",
  'the watch has not been tested for water resistance. Condition reports are provided as a courtesy.',
);
const lNav = ['Auctions', 'Buy', 'Sell', 'Departments', 'Locations', 'About us'];
const lCrumbs = ['Home', 'Auctions', 'Fine Watches and Clocks'];
const lFoot = ['Conditions of sale', "Buyer's premium", 'Shipping', 'Careers', 'Privacy notice', 'Cookie settings'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Lot 142: ${lTitle} | Hallmere &amp; Voss</title><meta name="description" content="Fine Watches and Clocks, lot 142. Estimate €6,000 - €9,000.">
<link rel="canonical" href="https://www.hallmerevoss.example/auctions/fine-watches-and-clocks-w2714/lot-142">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${lTitle}","offers":{"@type":"Offer","priceCurrency":"EUR",
"price":"6000"}}</script>
<link rel="stylesheet" media="all" href="/themes/custom/hallmere/dist/css/main.css?t4g2x1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88214"},"hallmere":{"lotId":88214,
"saleCode":"W2714"}}</script></head>
<body class="path-node page-node-type-lot"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies to give you the best experience and to show you relevant lots.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Necessary only</button></div></div></div></div>
<header class="site-header" role="banner"><div class="region region-header">
<div id="block-hallmere-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/hallmere/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-hallmere-main-menu-menu" id="block-hallmere-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-hallmere-main-menu-menu">Main navigation</h2><ul class="menu">${links(lNav, 'menu-item')}</ul></nav>
<div class="header-account"><a href="/user/login" class="button button--small">Log in</a>
<a href="/user/register" class="button button--small button--primary">Register</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(lCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-hallmere-content" class="block block-system block-system-main-block"><article class="node node--type-lot node--view-mode-full lot-detail">
<div class="lot-detail__media"><div class="lot-gallery" data-lot-gallery>
<img src="/sites/default/files/styles/lot_large/public/lots/w2714/142-1.jpg" alt="Lot 142, dial"></div>
<p class="lot-gallery__count">1 / 8</p></div>
<div class="lot-detail__summary"><div class="field field--name-field-sale-title"><a href="/auctions/fine-watches-and-clocks-w2714">Fine Watches and Clocks</a>
</div>
<div class="field field--name-field-sale-date">Live auction, 14 May 2027, 14:00 CEST</div>
<div class="field field--name-field-lot-number"><span class="lot-number">Lot 142</span></div>
<h1 class="lot-detail__title"><span class="field field--name-title">${lTitle}</span></h1>
<div class="lot-estimate"><span class="lot-estimate__label">Estimate</span> <span class="lot-estimate__value">€6,000 - €9,000</span></div>
<div class="lot-bid-panel" data-lot-id="88214"><a href="/user/register?destination=/node/88214" class="button button--primary">Register to bid</a>
<button class="button button--ghost lot-watch" data-lot-watch="88214">Add to watchlist</button>
<p class="lot-bid-panel__note">Bidding opens 7 May 2027</p></div></div>
<div class="lot-detail__body"><h2 class="lot-detail__heading">Description</h2><div class="field field--name-field-lot-description field--type-text-long">
<ul>${lis(lDesc)}</ul></div>
<h2 class="lot-detail__heading">Catalogue note</h2><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">${ps(lNote)}</div>
<h2 class="lot-detail__heading">Provenance</h2><div class="field field--name-field-provenance"><ul>${lis(lProv)}</ul></div>
<h2 class="lot-detail__heading">Condition report</h2><div class="field field--name-field-condition"><p>${lCond}</p></div>
<div class="lot-specialist"><h3>Specialist</h3><p>Annika Lorre, Head of Watches</p><a href="mailto:watches@hallmerevoss.example">Ask a question</a></div></div>
<nav class="lot-pager" aria-label="Lot navigation"><a href="/auctions/fine-watches-and-clocks-w2714/lot-141" class="lot-pager__prev">Previous lot</a>
<a href="/auctions/fine-watches-and-clocks-w2714" class="lot-pager__all">Back to all lots</a>
<a href="/auctions/fine-watches-and-clocks-w2714/lot-143" class="lot-pager__next">Next lot</a></nav>
</article></div></div></div></main>
<footer class="site-footer" role="contentinfo"><div class="region region-footer"><nav class="menu--footer"><ul class="menu">${links(lFoot, 'menu-item')}</ul>
</nav>
<p class="site-footer__legal">Hallmere &amp; Voss Auktionen GmbH · Ostmark · © 2027</p></div></footer></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/themes/custom/hallmere/dist/js/lot-gallery.js?t4g2x1"></script></body></html>`;
const drupalLot: TestPage = {
  name: 'heldout461-drupal-auction-lot',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Description', 'Catalogue note', 'Provenance', 'Condition report'],
  body: texts([...lDesc, ...lNote, ...lProv, lCond]),
  bylines: ['Live auction, 14 May 2027, 14:00 CEST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to give you the best experience and to show you relevant lots.', 'Accept all', 'Necessary only',
    'Main navigation', ...lNav, 'Log in', 'Register', 'Breadcrumb', 'Home', 'Fine Watches and Clocks', '1 / 8', 'Lot 142', 'Estimate',
    '€6,000 - €9,000', 'Register to bid', 'Add to watchlist', 'Bidding opens 7 May 2027', 'Specialist', 'Annika Lorre, Head of Watches',
    'Ask a question', 'Previous lot', 'Back to all lots', 'Next lot', ...lFoot, 'Hallmere & Voss Auktionen GmbH · Ostmark · © 2027',
  ],
};

export const HELDOUT461_B: readonly TestPage[] = [drupalLot];
