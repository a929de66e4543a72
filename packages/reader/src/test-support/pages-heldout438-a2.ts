import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row, rowText } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file a2: a shipping line's customer advisory on Adobe Experience Manager core components (experience
 * fragment header with the language and login links, breadcrumb, title and text components, a surcharge table, a contact
 * teaser, a "Related advisories" list component, the OneTrust banner and the footer fragment).
 */
const cTitle = 'Customer Advisory: Revised Emergency Bunker Surcharge from 1 April 2026';
const cIntro = [
  j('Dear Valued Customer,'),
  j(
    'Following the continued rise in the price of very low sulphur fuel oil at our main bunkering ports, Meridian Blue Line',
    'will revise its Emergency Bunker Surcharge (EBS) on all trades listed below. The revised levels apply to all cargo',
    'loaded on or after 1 April 2026, irrespective of the booking date.',
  ),
];
const cTableHead = ['Trade', 'Per 20ft dry', 'Per 40ft dry', 'Per 40ft reefer'];
const cRows = [
  ['Far East to North Europe', 'USD 110', 'USD 220', 'USD 290'],
  ['Far East to Mediterranean', 'USD 105', 'USD 210', 'USD 280'],
  ['North Europe to US East Coast', 'USD 85', 'USD 170', 'USD 230'],
  ['Indian Subcontinent to North Europe', 'USD 95', 'USD 190', 'USD 250'],
  ['Intra-Asia (all routings)', 'USD 40', 'USD 80', 'USD 115'],
];
const cAfter = [
  j(
    'The surcharge is charged per container and is payable at the place where the ocean freight is payable. For cargo moving',
    'under a service contract, the surcharge applies unless the contract expressly states that bunker costs are included',
    'in the all-in rate.',
  ),
  j(
    'Please note that the EBS replaces, and is not added to, the Low Sulphur Surcharge published in our advisory of',
    '12 January 2026. Out-of-gauge and break-bulk cargo will be charged on a revenue-ton basis at USD 12 per revenue ton.',
  ),
];
const cH = ['Regulatory filing', 'Questions'];
const cReg = [
  j(
    'For shipments to and from the United States, the revised surcharge has been filed with the Federal Maritime Commission',
    'and becomes effective 30 days after filing, on 3 April 2026. Until then the current levels continue to apply to those trades.',
  ),
];
const cQ = [
  j(
    'We will keep the surcharge under monthly review and will announce any further change at least 30 days in advance. Your',
    'local Meridian Blue Line office will be pleased to answer any questions you may have.',
  ),
  'Thank you for your continued support.',
];
const cMenu = ['Schedules', 'Tracking', 'Prices', 'Services', 'News & Advisories', 'About us'];
const cCrumbs = ['Home', 'News & Advisories', 'Customer Advisories'];
const cRelated = [
  'Peak Season Surcharge on Far East to Mediterranean',
  'Updated cut-off times at Colombo South terminal',
  'Suspension of the NEX2 loop for weeks 14 and 15',
];
const cFoot = ['Careers', 'Investors', 'Sustainability', 'Terms & Conditions', 'Bill of Lading Terms', 'Privacy Notice', 'Cookie Settings'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${cTitle} | Meridian Blue Line</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="template" content="advisory-page">
<meta name="description" content="Revised Emergency Bunker Surcharge levels per trade, effective 1 April 2026.">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.meridianblueline.example/en/news/advisories/2026/ebs-april-2026.html">
<link rel="stylesheet" href="/etc.clientlibs/mbl/clientlibs/clientlib-site.lc-7f31a0-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || []; window.adobeDataLayer.push({"page":{"page-4e1f":{"@type":"mbl/components/page",
"dc:title":"${cTitle}","xdm:template":"/conf/mbl/settings/wcm/templates/advisory-page","repo:modifyDate":"2026-03-04T09:12:40Z"}}});</script>
<script src="https://assets.adobedtm.example/launch-EN5d2b.min.js" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-03-04",
"publisher":{"@type":"Organization","name":"Meridian Blue Line"}}</script></head>
<body class="page basicpage" id="page-4e1f" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
<div class="root container responsivegrid"><div id="container-9a1" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header" class="cmp-experiencefragment
cmp-experiencefragment--header"><header class="mbl-header"><a class="mbl-header__skip" href="#main">Skip to main content</a>
<a class="mbl-header__logo" href="/en.html" aria-label="Meridian Blue Line home"><img src="/content/dam/mbl/logo.svg" alt="Meridian Blue Line"></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(cMenu, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav><div class="mbl-header__tools">
<a class="mbl-header__lang" href="/de.html">Deutsch</a><a class="mbl-header__login" href="/portal/login">Log in to eBusiness</a></div></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-3c2" class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">${cCrumbs
  .map(
    (c, i) => `<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/${i}" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">${c.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span itemprop="name">EBS April 2026</span></li></ol></nav></div>
<main id="main" class="container responsivegrid aem-GridColumn aem-GridColumn--default--8"><div class="cmp-container">
<div class="text advisory-meta"><div class="cmp-text"><p class="advisory-meta__line"><span class="advisory-meta__type">Customer Advisory</span>
<span class="advisory-meta__date">04 March 2026</span></p></div></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${cTitle}</h1></div></div>
<div class="text"><div class="cmp-text" data-cmp-data-layer="{&quot;text-61b&quot;:{&quot;@type&quot;:&quot;mbl/components/text&quot;}}">
${ps(cIntro)}
<table class="mbl-table mbl-table--striped"><thead><tr>${cTableHead.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>
${cRows.map(row).join('\n')}
</tbody></table>
${ps(cAfter)}
</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${cH[0]}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(cReg)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${cH[1]}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(cQ)}</div></div>
<div class="share mbl-share"><span class="mbl-share__label">Share this advisory</span><a href="#" class="mbl-share__link">LinkedIn</a>
<a href="#" class="mbl-share__link">Copy link</a><a href="#" class="mbl-share__link" onclick="window.print()">Print</a></div></div></main>
<aside class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div class="cmp-container">
<div class="teaser mbl-contact-teaser"><div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title">Need help?</h3>
<div class="cmp-teaser__description"><p>Find your local Meridian Blue Line office and customer service hours.</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/en/contact.html">Find an office</a></div></div></div></div>
<div class="list mbl-related"><h3 class="mbl-related__title">Related advisories</h3><ul class="cmp-list">
${links(cRelated, 'cmp-list__item')}</ul></div></div></aside>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="mbl-footer"><ul class="mbl-footer__links">${links(cFoot)}</ul><p class="mbl-footer__legal">© 2026 Meridian Blue Line A/S. All rights
reserved.</p></footer></div></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="Privacy">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">We use cookies to give you the best online
experience, to analyse traffic and to personalise content.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All
Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<script src="/etc.clientlibs/mbl/clientlibs/clientlib-site.lc-2a90bc-lc.min.js"></script></body></html>`;
export const carrierAdvisory: TestPage = {
  name: 'heldout438-adobe-aem-advisory',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: [...texts([...cIntro]), ...cRows.map(rowText), ...texts([...cAfter, ...cReg, ...cQ])],
  bylines: ['04 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cMenu, 'Deutsch', 'Log in to eBusiness', ...cCrumbs, 'EBS April 2026', 'Customer Advisory', 'Share this advisory',
    'LinkedIn', 'Copy link', 'Print', 'Need help?', 'Find your local Meridian Blue Line office and customer service hours.', 'Find an office',
    'Related advisories', ...cRelated, ...cFoot, '© 2026 Meridian Blue Line A/S. All rights reserved.', 'Your privacy',
    'We use cookies to give you the best online experience, to analyse traffic and to personalise content.', 'Accept All Cookies', 'Cookies Settings',
  ],
};
