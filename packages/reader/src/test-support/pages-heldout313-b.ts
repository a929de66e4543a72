import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout313-kit.js';

/**
 * Held-out batch 313, file b: an air accident investigation report summary on a GOV.UK-style publishing page (cookie
 * banner, crown header, breadcrumbs, the document's "From" and "Published" metadata, the attachment box, contents list,
 * "Is this page useful?" survey, related content and the licence footer) and an airport's passenger guide built with
 * Adobe Experience Manager core components (responsive grid, title, text, accordion, teaser and footer experience fragments).
 */
const gTitle = 'AAIB investigation to Tarvik T-46, VS-KLM: runway excursion at Hollin Airport';
const gLead = 'Aircraft veered off the runway during landing in gusting crosswinds; no injuries to the 38 passengers and four crew.';
const gH = ['Summary', 'History of the flight', 'Findings', 'Safety actions'];
const gSum = [
  j(
    'During the landing on runway 27 at Hollin Airport, the aircraft touched down on its right main wheels while the wind was',
    'gusting from the north. It drifted to the left, its left main wheels left the paved surface and it came to rest on the grass',
    'about 14 metres from the runway edge.',
  ),
  j(
    'The investigation found that the crosswind had increased beyond the operator’s limit in the final minute of the approach,',
    'and that the updated wind report did not reach the crew before touchdown.',
  ),
];
const gHist = [
  j(
    'The aircraft was operating a scheduled service from Vessmark. The weather forecast for Hollin predicted a northerly wind of',
    '15 knots gusting 25. The commander, who was the pilot flying, briefed a go-around if the gusts exceeded the limit.',
  ),
  j(
    'At 1,000 feet the tower reported a wind of 340 degrees at 18 knots gusting 27. Thirty seconds before touchdown the anemometer',
    'recorded a gust of 35 knots, but the controller was speaking to a vehicle on the apron and passed no further update.',
  ),
];
const gFind = [
  'The crosswind component at touchdown was about 31 knots, above the operator’s limit of 28 knots for a wet runway.',
  'Hollin tower was staffed by a single controller who also handled ground movements.',
  'The flight crew were properly licensed and rested, and the aircraft had no technical defect.',
  'The runway edge lights were undamaged; a drainage cover was cracked by the left main wheel.',
];
const gAct = [
  j(
    'The airport operator has added a second controller position for hours when forecast gusts exceed 25 knots. The airline has',
    'revised its procedures so that a go-around is flown whenever a wind report is more than two minutes old below 500 feet.',
  ),
  j(
    'The air navigation service provider has reminded its controllers that significant changes in wind must be passed to',
    'aircraft on final approach without delay, and has reviewed how the anemometer display is positioned in the Hollin tower.',
  ),
  'No safety recommendations are made.',
];
const gCrumb = ['Home', 'Environment', 'Transport', 'Aviation accident reports'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gRel = ['AAIB investigation to Tarvik T-46, VS-KLC', 'Crosswind landings: a safety sense leaflet'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${gTitle} - GOV.VS</title>
<meta name="govuk:format" content="aaib_report"><meta name="govuk:schema-name" content="specialist_document">
<meta property="og:title" content="${gTitle}"><link rel="canonical" href="https://www.gov.vs.example/aaib-reports/aaib-investigation-to-tarvik-t-46-vs-klm">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-02-12T09:30:00+00:00",
"author":{"@type":"Organization","name":"Air Accidents Investigation Branch"}}</script>
<link rel="stylesheet" href="/assets/static/application.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.VS">
<div class="govuk-cookie-banner js-banner-wrapper"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.VS</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.VS.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button>
<button class="govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="/"><span class="govuk-visually-hidden">GOV.VS</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.VS</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="gem-track-click">
<ol class="govuk-breadcrumbs__list">${links(gCrumb, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">AAIB report</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata">
<dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/air-accidents-investigation-branch" class="govuk-link">Air Accidents Investigation Branch</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 February 2026</dd></dl></div>
<div class="gem-c-attachment govuk-!-display-none-print"><div class="gem-c-attachment__details"><h3 class="gem-c-attachment__title">
<a class="govuk-link" href="/media/aaib-vs-klm.pdf">Tarvik T-46, VS-KLM 03-26</a></h3>
<p class="gem-c-attachment__metadata"><span class="gem-c-attachment__attribute">PDF</span>, <span class="gem-c-attachment__attribute">1.2 MB</span>,
<span class="gem-c-attachment__attribute">14 pages</span></p></div></div>
<dl class="facet-metadata"><dt>Aircraft category:</dt><dd>Commercial - fixed wing</dd><dt>Report type:</dt><dd>Field investigation</dd>
<dt>Occurrence date:</dt><dd>9 September 2025</dd></dl>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${links(gH, 'gem-c-contents-list__list-item')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="summary">${gH[0]}</h2>
${ps(gSum)}
<h2 id="history-of-the-flight">${gH[1]}</h2>
${ps(gHist)}
<h2 id="findings">${gH[2]}</h2>
<ul>${lis(gFind)}</ul>
<h2 id="safety-actions">${gH[3]}</h2>
${ps(gAct)}
</div></div>
<div class="gem-c-print-link"><button class="govuk-link" data-module="print-link">Print this page</button></div>
</div><div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul class="gem-c-related-navigation__link-list">${links(gRel)}</ul>
</aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button">Yes</button><button class="govuk-button">No</button>
<button class="govuk-button govuk-button--secondary">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/copyright">© Crown copyright</a></div></footer>
<script src="/assets/static/application.js" type="module"></script></body></html>`;
const aaib: TestPage = {
  name: 'heldout313-govuk-accident-report-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gLead, ...gSum, ...gHist, ...gFind, ...gAct]),
  bylines: ['From:', 'Air Accidents Investigation Branch', 'Published', '12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.VS', 'We use some essential cookies to make this website work.', 'We’d like to set additional cookies to understand how you use GOV.VS.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.VS',
    ...gCrumb, 'AAIB report', 'Tarvik T-46, VS-KLM 03-26', 'PDF', '1.2 MB', '14 pages', 'Aircraft category:', 'Commercial - fixed wing', 'Report type:',
    'Field investigation', 'Occurrence date:', '9 September 2025', 'Contents', 'Print this page', 'Related content', ...gRel, 'Is this page useful?',
    'Yes', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

const aTitle = 'Security screening at Vessmark Central Airport';
const aIntro = [
  j(
    'Every passenger departing from Vessmark Central passes through security screening before reaching the gates. Knowing what',
    'you may carry and how to pack it is the easiest way to get through quickly.',
  ),
  'Allow at least 20 minutes for screening at busy times, and more during the school holidays.',
];
const aH = ['Liquids in hand luggage', 'Electronics and medicines', 'Opening hours of the checkpoints', 'Fast Track'];
const aLiq = [
  j(
    'Our new CT scanners mean that liquids can now stay in your bag at all checkpoints in Terminal 2. In Terminal 1 the older',
    'lanes remain, so the following rules still apply there:',
  ),
];
const aLiqList = [
  'Containers of up to 100 ml each',
  'All containers in one clear, resealable plastic bag of about 20 by 20 cm',
  'One bag per passenger, shown separately at the checkpoint',
  'Baby food and prescribed medicines are allowed in larger amounts',
];
const aElec = [
  j(
    'Laptops and tablets may stay in your bag in Terminal 2. Power banks must be carried in hand luggage, never in checked',
    'baggage, and spare lithium batteries must have their terminals taped.',
  ),
  j(
    'If you carry syringes, insulin or other medical equipment, tell the officer before screening starts. A letter from your',
    'doctor helps but is not required.',
  ),
];
const aHours = ['Terminal 1 north checkpoint: 04:30 to 21:00', 'Terminal 1 south checkpoint: 05:00 to 23:30', 'Terminal 2 checkpoint: 04:00 to 00:30'];
const aFast = [
  j(
    'Fast Track lanes are open in both terminals for business-class passengers, frequent flyers with gold status and anyone who',
    'books a Fast Track pass online. Passes cost 9 euros and are valid for one passage within a three-hour window.',
  ),
  j(
    'Passengers who need extra help, travel with young children or have a hidden disability may also use the Fast Track lanes',
    'free of charge. Ask at the assistance desk in the check-in hall for a lanyard before you go through.',
  ),
];
const aNav = ['Flights', 'Parking', 'Getting here', 'At the airport', 'Shops & dining', 'Help'];
const aCrumb = ['Home', 'At the airport', 'Security'];
const aTeasers = ['Book parking ahead and save up to 40 %', 'Lounges open to every passenger'];
const aFoot = ['Press', 'Jobs', 'Lost property', 'Accessibility', 'Data protection', 'Imprint'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${aTitle} | Vessmark Airports</title>
<meta name="template" content="content-page"><meta name="description" content="Liquids, electronics and opening hours at the security checkpoints.">
<link rel="canonical" href="https://www.vessmarkairports.example/en/at-the-airport/security.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${aTitle}",
"publisher":{"@type":"Organization","name":"Vessmark Airports"}}</script>
<link rel="stylesheet" href="/etc.clientlibs/vsa/clientlibs/clientlib-site.lc-3d1c-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"page-2f1c":{"@type":"vsa/components/page"}}});</script></head>
<body class="page basicpage" id="page-2f1c"><div class="root container responsivegrid"><div id="container-1a" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="cmp-header"><a class="cmp-header__logo" href="/en.html">Vessmark Airports</a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(aNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="cmp-languagenavigation"><a href="/vs/at-the-airport/security.html" lang="vs">Vessmarsk</a></div></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(aCrumb, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text">${ps(aIntro)}</div></div>
<div class="teaser cmp-teaser--alert aem-GridColumn aem-GridColumn--default--4"><div class="cmp-teaser"><div class="cmp-teaser__content">
<p class="cmp-teaser__pretitle">Live</p><h2 class="cmp-teaser__title">Current waiting time: 8 minutes</h2>
<div class="cmp-teaser__description"><p>Terminal 2, updated every five minutes</p></div></div></div></div>
<div class="accordion panelcontainer aem-GridColumn aem-GridColumn--default--8"><div class="cmp-accordion" data-cmp-is="accordion">
<div class="cmp-accordion__item" data-cmp-expanded><h2 class="cmp-accordion__header"><button class="cmp-accordion__button cmp-accordion__button--expanded">
<span class="cmp-accordion__title">${aH[0]}</span><span class="cmp-accordion__icon"></span></button></h2>
<div class="cmp-accordion__panel cmp-accordion__panel--expanded" role="region"><div class="text"><div class="cmp-text">${ps(aLiq)}
<ul>${lis(aLiqList)}</ul></div></div></div></div>
<div class="cmp-accordion__item"><h2 class="cmp-accordion__header"><button class="cmp-accordion__button"><span class="cmp-accordion__title">${aH[1]}</span>
<span class="cmp-accordion__icon"></span></button></h2><div class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region">
<div class="text"><div class="cmp-text">${ps(aElec)}</div></div></div></div></div></div>
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h2 class="cmp-title__text">${aH[2]}</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><ul>${lis(aHours)}</ul></div></div>
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h2 class="cmp-title__text">${aH[3]}</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text">${ps(aFast)}</div></div>
<div class="button aem-GridColumn aem-GridColumn--default--8"><a class="cmp-button" href="/en/fast-track.html">
<span class="cmp-button__text">Buy Fast Track</span></a></div>
<div class="list aem-GridColumn aem-GridColumn--default--12"><h2 class="cmp-list__heading">You may also like</h2><ul class="cmp-list">
${links(aTeasers, 'cmp-list__item')}</ul></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="cmp-footer"><ul>${links(aFoot)}</ul><p>© 2026 Vessmark Airports Ltd</p></footer></div></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to run this website, to count visits and to show you offers from our partners.</p>
<button id="onetrust-accept-btn-handler">Allow all</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div></div>
<script src="/etc.clientlibs/vsa/clientlibs/clientlib-site.lc-9e0a-lc.min.js"></script></body></html>`;
const airport: TestPage = {
  name: 'heldout313-aem-airport-guide-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aLiq, ...aLiqList, ...aElec, ...aHours, ...aFast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Vessmark Airports', ...aNav, 'Vessmarsk', 'At the airport', 'Security', 'Live',
    'Current waiting time: 8 minutes', 'Terminal 2, updated every five minutes',
    'Buy Fast Track', 'You may also like', ...aTeasers, ...aFoot, '© 2026 Vessmark Airports Ltd',
    'We use cookies to run this website, to count visits and to show you offers from our partners.', 'Allow all', 'Manage preferences',
  ],
};

export const HELDOUT313_B: readonly TestPage[] = [aaib, airport];
