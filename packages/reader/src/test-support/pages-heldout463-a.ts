import { links, type TestPage } from './page-kit.js';
import { type Block, j, parts, render } from './pages-heldout463-kit.js';

/**
 * Held-out batch 463, file a: a packaging group's sustainability report chapter on Adobe Experience Manager (core components),
 * and a food company's climate target page built with WordPress and Elementor (Hello theme).
 */
const aTitle = 'Sustainability Report 2026: Circular packaging';
const aDek = 'How we cut virgin plastic, raised recycled content and designed our range for recycling in 2026.';
const aBlocks: Block[] = [
  j(
    'Packaging is most of what we make and most of what our customers throw away. In 2026 we shipped 412,000 tonnes of',
    'packaging across our 23 plants, and 81 percent of it by weight was designed to be recyclable in the markets where it is sold.',
  ),
  { h: 'Our progress in 2026' },
  {
    head: ['Indicator', '2024', '2025', '2026', 'Target 2030'],
    rows: [
      ['Recyclable by design (% by weight)', '68', '74', '81', '100'],
      ['Recycled content in plastic packaging (%)', '11', '16', '22', '35'],
      ['Virgin plastic used (thousand tonnes)', '96', '88', '79', '60'],
    ],
  },
  j(
    'Virgin plastic use fell by 10 percent on the year, mainly because our two largest film lines in Drammerud and Kelso switched',
    'to mono-material polyethylene laminates that contain a third recycled resin.',
  ),
  { h: 'Designing for recycling' },
  j(
    'Every new product now passes a design-for-recycling review before it reaches a customer. The review checks the materials,',
    'inks, adhesives and labels against the sorting and recycling systems of the countries where the product will be sold.',
  ),
  {
    ul: [
      'We removed carbon black pigment from all food trays so that near-infrared sorters can detect them.',
      'We replaced PVC shrink sleeves with PET-G sleeves that float off in the washing stage.',
      'We cut the number of polymer families in our catalogue from fourteen to nine.',
    ],
  },
  { h: 'Recycled content' },
  j(
    'Food-grade recycled resin remains scarce. We signed two ten-year offtake agreements with recyclers in the Netherlands and',
    'Poland, which will supply 30,000 tonnes a year from 2028. Until then, we prioritise recycled content in non-food products.',
  ),
  { h: 'What comes next', level: 3 },
  j(
    'In 2027 we will publish recyclability scores for each product family on our customer portal and extend the design review',
    'to the paper and board business acquired in 2025.',
  ),
];
const aNav = ['Products', 'Industries', 'Sustainability', 'Investors', 'Careers', 'Newsroom'];
const aCrumbs = ['Home', 'Sustainability', 'Sustainability Report 2026'];
const aChapters = ['Introduction from our CEO', 'Climate and energy', 'Circular packaging', 'People and safety', 'Governance', 'GRI index'];
const aFoot = ['Contact', 'Locations', 'Suppliers', 'Legal notice', 'Privacy policy', 'Cookie settings', 'Accessibility statement'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Circular packaging | Sustainability Report 2026 | Halvorsen Packaging Group</title>
<meta name="description" content="${aDek}"><meta name="template" content="content-page">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.halvorsenpack.example/en/sustainability/report-2026/circular-packaging.html">
<link rel="stylesheet" href="/etc.clientlibs/halvorsen/clientlibs/clientlib-site.lc-8f2a91c3e4-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${aTitle}","publisher":{"@type":"Organization",
"name":"Halvorsen Packaging Group"}}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"page-b1d3":{"@type":"halvorsen/components/page",
"dc:title":"Circular packaging"}}});</script>
<script src="https://assets.adobedtm.com/launch-EN4c2a1f.min.js" async></script></head>
<body class="page basicpage" id="page-b1d3" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
<a class="skip-link" href="#main">Skip to content</a>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy">
<div id="onetrust-policy-text">We use cookies to improve your experience and to analyse traffic. You can choose which cookies to allow.</div></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<div class="root container responsivegrid"><div id="container-2f1a" class="cmp-container">
<div class="experiencefragment header"><div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="cmp-header">
<div class="image cmp-header__logo"><a class="cmp-image__link" href="/en.html">
<img class="cmp-image__image" src="/content/dam/halvorsen/logo.svg" alt="Halvorsen Packaging Group"></a></div>
<div class="navigation"><nav class="cmp-navigation" role="navigation" aria-label="Main navigation"><ul class="cmp-navigation__group">
${links(aNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></div>
<div class="search"><section class="cmp-search" role="search"><form class="cmp-search__form" action="/en/search.html">
<label class="cmp-search__label" for="cmp-search-q">Search</label><input id="cmp-search-q" class="cmp-search__input" type="text" name="fulltext"
placeholder="Search halvorsenpack.example"></form></section></div>
<div class="languagenavigation"><nav class="cmp-languagenavigation"><ul><li class="cmp-languagenavigation__item--active"><span>EN</span></li>
<li><a href="/no/barekraft/rapport-2026/sirkulaer-emballasje.html" lang="no">NO</a></li></ul></nav></div></header></div></div>
<main id="main" class="container responsivegrid"><div class="cmp-container">
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(aCrumbs, 'cmp-breadcrumb__item')}<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Circular packaging</span></li></ol></nav></div>
<div class="teaser cmp-teaser--hero"><div class="cmp-teaser"><div class="cmp-teaser__image"><div class="cmp-image">
<img class="cmp-image__image" src="/content/dam/halvorsen/report-2026/bales.jpg" alt="Bales of sorted plastic film"></div></div>
<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Chapter 3 of 6</p><h1 class="cmp-teaser__title">${aTitle}</h1>
<div class="cmp-teaser__description"><p>${aDek}</p></div></div></div></div>
<div class="container responsivegrid aem-GridColumn--default--8"><div class="cmp-container">
<div class="text"><div class="cmp-text">${render(aBlocks.slice(0, 1))}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Our progress in 2026</h2></div></div>
<div class="table"><div class="cmp-table">${render(aBlocks.slice(2, 3))}</div>
<p class="cmp-table__source">Source: Halvorsen environmental data, audited by Brekke &amp; Lund AS. Figures for 2024 restated.</p></div>
<div class="text"><div class="cmp-text">${render(aBlocks.slice(3, 4))}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Designing for recycling</h2></div></div>
<div class="text"><div class="cmp-text">${render(aBlocks.slice(5, 7))}</div></div>
<div class="image"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/halvorsen/report-2026/tray.jpg" alt="A clear food tray">
<span class="cmp-image__title">A clear PP tray from the Kelso plant, now detectable by optical sorters.</span></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Recycled content</h2></div></div>
<div class="text"><div class="cmp-text">${render(aBlocks.slice(8))}</div></div>
<div class="download"><div class="cmp-download"><h3 class="cmp-download__title">Download the full report</h3>
<div class="cmp-download__properties"><span class="cmp-download__property-content">PDF</span><span class="cmp-download__property-content">8.4 MB</span></div>
<a class="cmp-download__action" href="/content/dam/halvorsen/report-2026/halvorsen-sustainability-report-2026.pdf">Download</a></div></div>
</div></div>
<div class="container responsivegrid aem-GridColumn--default--4"><aside class="cmp-container cmp-container--report-nav">
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">In this report</h2></div></div>
<div class="list"><ul class="cmp-list">${links(aChapters, 'cmp-list__item')}</ul></div></aside></div>
<div class="teaser cmp-teaser--next"><div class="cmp-teaser"><p class="cmp-teaser__pretitle">Next chapter</p>
<h3 class="cmp-teaser__title"><a href="/en/sustainability/report-2026/people.html">People and safety</a></h3></div></div>
</div></main>
<div class="experiencefragment footer"><footer class="cmp-footer"><div class="cmp-footer__nav"><ul>${links(aFoot)}</ul></div>
<p class="cmp-footer__copyright">© 2027 Halvorsen Packaging Group ASA. All rights reserved.</p></footer></div></div></div>
<script src="/etc.clientlibs/halvorsen/clientlibs/clientlib-site.lc-77d1e0a9b2-lc.min.js"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const aFurn = [
    'Skip to content', 'We use cookies to improve your experience and to analyse traffic. You can choose which cookies to allow.', 'Cookie Settings',
    'Reject All', 'Accept All Cookies', ...aNav, 'Search', 'EN', 'NO', ...aCrumbs, 'Circular packaging', 'Chapter 3 of 6',
    'Source: Halvorsen environmental data, audited by Brekke & Lund AS. Figures for 2024 restated.',
    'A clear PP tray from the Kelso plant, now detectable by optical sorters.', 'Download the full report', 'PDF', '8.4 MB', 'Download',
    'In this report', ...aChapters, 'Next chapter', ...aFoot, '© 2027 Halvorsen Packaging Group ASA. All rights reserved.',
];
const aem: TestPage = { name: 'heldout463-aem-sustainability-report', kind: 'docs', html: aHtml, ...parts(aTitle, aBlocks, [aDek], [], aFurn) };

const eTitle = 'Our climate targets';
const eDek = 'Net zero across our value chain by 2045, with science-based targets for 2030 validated in 2026.';
const eBlocks: Block[] = [
  j(
    'Norrvik Foods makes oat drinks, crispbread and frozen vegetables in four plants in Sweden and Finland. Most of our',
    'emissions come from farms that grow our ingredients, not from our own factories, so our targets reach into the fields.',
  ),
  { h: 'Our 2030 targets' },
  {
    ul: [
      'Reduce absolute scope 1 and 2 emissions by 70 percent from a 2022 base year.',
      'Reduce scope 3 emissions from purchased goods and transport by 42 percent per tonne of product.',
      'Source 100 percent renewable electricity in all plants from 2027.',
      'Work with 80 percent of our contract farmers on a regenerative farming plan.',
    ],
  },
  j(
    'The targets were validated by the Science Based Targets initiative in June 2026 as consistent with limiting warming to',
    '1.5°C. We do not count carbon credits towards any of them.',
  ),
  { h: 'Where we are today' },
  j(
    'In 2025 our scope 1 and 2 emissions were 31 percent below the base year, mainly because the Kalmarsund plant moved from',
    'oil to a biomass boiler and heat pumps. Scope 3 intensity was down 9 percent.',
  ),
  { h: 'How we will get there' },
  j(
    'Farm emissions are the hardest part. We pay a premium of up to 8 percent to farmers who cut fertiliser use, grow cover',
    'crops and keep records we can verify, and we share the cost of soil testing.',
  ),
  j(
    'In our plants we are replacing the last gas-fired steam boilers and recovering waste heat from the oat processing line.',
    'Our trucks will switch to biogas and electricity as our haulage contracts renew.',
  ),
];
const eNav = ['Products', 'Recipes', 'Our farmers', 'Sustainability', 'About us', 'Contact'];
const eFoot = ['Press', 'Jobs', 'Food service', 'Privacy policy', 'Cookie policy'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our climate targets – Norrvik Foods</title><meta name='robots' content='index, follow, max-image-preview:large'>
<meta property="og:type" content="article"><meta property="og:title" content="Our climate targets">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Our climate targets",
"dateModified":"2026-09-02T08:14:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://www.norrvikfoods.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://www.norrvikfoods.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4' media='all'>
<style id='elementor-post-412-inline-css'>.elementor-412 .elementor-element.elementor-element-5c1e2a7{--padding-top:80px;}</style>
<script src="https://www.norrvikfoods.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<div class="elementor-element elementor-element-3a9c1f0 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://www.norrvikfoods.example"><img width="180" height="48" src="/wp-content/uploads/2024/03/norrvik-logo.svg" alt="Norrvik Foods"></a></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-7d2e" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/where-to-buy/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Where to buy</span></span></a></div></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" id="content">
<div class="elementor-element elementor-element-5c1e2a7 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<span class="elementor-heading-title elementor-size-default">Sustainability</span></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eDek}</p></div></div></div></div>
<div class="elementor-element elementor-element-9e04b6d e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-counter"><div class="elementor-widget-container"><div class="elementor-counter">
<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="2045">2045</span></div>
<div class="elementor-counter-title">Net zero year</div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-counter"><div class="elementor-widget-container"><div class="elementor-counter">
<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="31">31</span>
<span class="elementor-counter-number-suffix">%</span></div><div class="elementor-counter-title">Cut in own emissions since 2022</div></div></div></div>
</div></div>
<div class="elementor-element elementor-element-1b7f3e2 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${render(eBlocks.slice(0, 1))}</div></div>
${eBlocks
  .slice(1)
  .map((b) =>
    typeof b === 'object' && 'h' in b
      ? `<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${b.h}</h2></div></div>`
      : `<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${render([b])}</div></div>`,
  )
  .join('\n')}
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link" href="/wp-content/uploads/2026/06/norrvik-climate-transition-plan.pdf">
<span class="elementor-button-text">Read our climate transition plan (PDF)</span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-c40a9d8 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Keep up with Norrvik</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container"><form class="elementor-form" method="post">
<label for="form-field-email" class="elementor-field-label elementor-screen-only">Email</label>
<input type="email" name="form_fields[email]" id="form-field-email" placeholder="Your email address">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Sign up</span></button></form></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer"><div class="e-con-inner">
<div class="elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div>
<div class="elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2026 Norrvik Foods AB. Made in Kalmarsund.</p></div></div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2"><div class="cli-bar-message">
We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">Cookie Settings</a>
<a role="button" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">Accept</a></div></div>
<script src="https://www.norrvikfoods.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4" id="elementor-frontend-js"></script>
</body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const eFurn = [
  'Skip to content', ...eNav, 'Where to buy', 'Sustainability', '2045', 'Net zero year', '31', 'Cut in own emissions since 2022',
  'Read our climate transition plan (PDF)', 'Keep up with Norrvik', 'Email', 'Sign up', ...eFoot, '© 2026 Norrvik Foods AB. Made in Kalmarsund.',
  'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.', 'Cookie Settings', 'Accept',
];
const elementor: TestPage = { name: 'heldout463-elementor-climate-targets', kind: 'docs', html: eHtml, ...parts(eTitle, eBlocks, [eDek], [], eFurn) };

export const HELDOUT463_A: readonly TestPage[] = [aem, elementor];
