import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout517-kit.js';

/**
 * Held-out batch 517, file b: a car maker's safety recall notice on Adobe Experience Manager (core components, OneTrust banner,
 * VIN checker); the batch's second page of this file, the Astra blog post, is in file b2.
 */
const aTitle = 'Safety recall R27-04: rear seat belt buckle, Vantrell Amsel (2024–2025)';
const aDek = 'We are recalling certain Vantrell Amsel hatchbacks and estates to replace the rear centre seat belt buckle.';
const aRows = [
  ['Recall reference', 'R27-04 (DVSA reference R/2027/031)'],
  ['Models affected', 'Vantrell Amsel hatchback and estate, all engines'],
  ['Build dates', '12 March 2024 to 30 June 2025'],
  ['Vehicles in the UK', '4,812'],
];
const aIssue = [
  j(
    'On a small number of vehicles, the latch plate of the rear centre seat belt may not lock fully into its buckle when the rear',
    'seat has been folded and returned. The belt may then release in a collision, increasing the risk of injury to a passenger in the centre seat.',
  ),
  'We are not aware of any accidents or injuries caused by this fault.',
];
const aDo = [
  'Check whether your vehicle is affected using the VIN checker on this page or by calling our Customer Care team.',
  'Until the repair is done, do not carry a passenger in the rear centre seat.',
  'Book the free repair with any Vantrell authorised retailer. The work takes about 40 minutes.',
];
const aAfter = j(
  'Owners of affected vehicles will also receive a letter from us in the coming weeks. If you have already paid for a replacement',
  'buckle because of this fault, keep your invoice: we will refund the cost of the repair.',
);
const aNav = ['Models', 'Electric', 'Offers', 'Owners', 'Find a retailer'];
const aCrumbs = ['Home', 'Owners', 'Recalls'];
const aFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Modern slavery statement', 'Legal'];
const aCmp = (type: string, inner: string, n: number): string =>
  `<div class="${type} aem-GridColumn aem-GridColumn--default--12"><div id="${type}-5f3a1c${n}" class="cmp-${type}">${inner}</div></div>`;
const aHtml = `<!DOCTYPE HTML>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Safety recall R27-04 | Vantrell UK</title>
<meta name="template" content="recall-page"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.vantrell.co.uk/owners/recalls/r27-04.html">
<link rel="stylesheet" href="/etc.clientlibs/vantrell/clientlibs/clientlib-site.lc-8f1d2a0e-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Safety recall R27-04","datePublished":"2027-02-03"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer ||
[];adobeDataLayer.push({"page":{"page-5f3a1c":{"@type":"vantrell/components/page","dc:title":"R27-04"}}});</script>
<script src="https://assets.adobedtm.com/launch-EN8f1d2a0e.min.js" async></script></head>
<body class="page basicpage" id="page-5f3a1c" data-cmp-data-layer-enabled>
<div class="root container responsivegrid"><div id="container-1a2b" class="cmp-container">
<div class="experiencefragment"><div id="experiencefragment-7c1e" class="cmp-experiencefragment cmp-experiencefragment--header"><div class="xf-content-height">
<header class="cmp-header"><a class="cmp-header__skip" href="#main">Skip to main content</a><a class="cmp-header__logo" href="/"><img
src="/content/dam/vantrell/logo.svg" alt="Vantrell"></a>
<nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Main"><ul class="cmp-navigation__group">
${aNav
  .map(
    (t) => `<li class="cmp-navigation__item cmp-navigation__item--level-0"><a class="cmp-navigation__item-link"
href="/${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="cmp-search" role="search"><form class="cmp-search__form" action="/search.html"><label class="cmp-search__label" for="q">Search</label>
<input class="cmp-search__input" id="q" type="text" name="fulltext" placeholder="Search vantrell.co.uk"></form></div></header></div></div></div>
<main id="main" class="container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(aCrumbs, 'cmp-breadcrumb__item')}<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">R27-04</li></ol></nav></div>
${aCmp('title', `<h1 class="cmp-title__text">${aTitle}</h1>`, 1)}
${aCmp('text', `<p class="recall-date">Published 3 February 2027</p><p class="lead">${aDek}</p>`, 2)}
${aCmp('table', `<table class="cmp-table"><tbody>${trs(aRows)}</tbody></table>`, 3)}
${aCmp('title', '<h2 class="cmp-title__text">What is the problem?</h2>', 4)}
${aCmp('text', ps(aIssue), 5)}
${aCmp(
  'image',
  `<figure class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img
src="/content/dam/vantrell/recalls/r27-04-buckle.jpg.transform/w960/img.jpg"
class="cmp-image__image" itemprop="contentUrl" alt="Rear centre buckle"><figcaption class="cmp-image__title" itemprop="caption">The rear centre buckle affected
by this recall</figcaption></figure>`,
  6,
)}
${aCmp('title', '<h2 class="cmp-title__text">What should I do?</h2>', 7)}
${aCmp('text', `<ol>${lis(aDo)}</ol><p>${aAfter}</p>`, 8)}
<div class="vincheck aem-GridColumn aem-GridColumn--default--12"><div class="cmp-vincheck" data-recall="R27-04"><h3 class="cmp-vincheck__title">Is my car
affected?</h3>
<form class="cmp-vincheck__form"><label for="vin">Enter your 17-character VIN</label><input id="vin" name="vin" maxlength="17" type="text">
<button type="submit" class="cmp-button">Check my vehicle</button></form><p class="cmp-vincheck__help">Your VIN is on your V5C logbook and at the bottom of the
windscreen.</p></div></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--12"><div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title">Customer
Care</h3>
<div class="cmp-teaser__description"><p>0800 046 2217, Monday to Friday 8am to 6pm</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/owners/contact.html">Send us a message</a></div></div></div></div>
</div></div></main>
<div class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer class="cmp-footer"><ul
class="cmp-footer__links">${links(aFoot)}</ul>
<p class="cmp-footer__legal">© Vantrell Motors UK Limited 2027. Registered in England and Wales No. 04418872.</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region" aria-label="Cookie banner">
<div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"
class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><div id="onetrust-policy-text">We and our partners use cookies to improve your experience, measure performance and show you relevant
offers.
<a class="ot-cookie-policy-link" href="/cookies.html">More information</a></div></div></div><div id="onetrust-button-group-parent"
class="ot-sdk-three ot-sdk-columns">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>
<script src="/etc.clientlibs/vantrell/clientlibs/clientlib-site.lc-3b9e0d71-lc.min.js"></script></body></html>`;
const aemRecall: TestPage = {
  name: 'heldout517-aem-seat-belt-recall',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: ['What is the problem?', 'What should I do?'],
  body: texts([aDek, ...rowTexts(aRows), ...aIssue, ...aDo, aAfter]),
  bylines: ['Published 3 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...aNav.filter((t) => t !== 'Owners' && t !== 'Models'),
    'Search', 'Home', 'Recalls', 'The rear centre buckle affected by this recall',
    'Is my car affected?', 'Enter your 17-character VIN', 'Check my vehicle', 'Your VIN is on your V5C logbook and at the bottom of the windscreen.',
    '0800 046 2217, Monday to Friday 8am to 6pm', 'Send us a message', ...aFoot,
    '© Vantrell Motors UK Limited 2027. Registered in England and Wales No. 04418872.',
    'We and our partners use cookies to improve your experience, measure performance and show you relevant offers. More information',
    'Cookies Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT517_B: readonly TestPage[] = [aemRecall];
