import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';
import { unicode } from './pages-heldout373-f2.js';

/**
 * Held-out batch 373, file f: an ISO-style standard's product page with its preview, a product page whose main text is
 * short (Cookiebot consent dialog, top navigation, breadcrumbs through the ICS codes, the reference line above the h1, the
 * abstract, the General information list, the Buy this standard box with format, language and price, the Life cycle stages,
 * the "Got a question?" customer care box, the newsletter sign-up and the footer) and, from file f2, a Unicode Technical Report.
 */
const iTitle = 'Logistics — Returnable transit crates — Part 2: Labelling and tracking';
const iAbstract = [
  j(
    'This document specifies the content, position and durability of labels on returnable plastic transit crates used in',
    'food distribution, together with the data carried by their machine-readable tags.',
  ),
  'It is applicable to crates with an outer length of 300 mm to 800 mm and covers:',
];
const iList = [
  'the human-readable fields that every label carries, including owner, pool identifier and date of manufacture;',
  'the placement of labels on two opposite side walls so that at least one is readable in a stack;',
  'test methods for abrasion and for resistance to washing at temperatures up to 85 °C.',
];
const iAfter = [
  j(
    'This document does not specify the dimensions or load capacity of crates, which are covered by Part 1, nor the pooling',
    'agreements between owners and users.',
  ),
];
const iNav = ['Standards', 'Sectors', 'About ISO', 'Insights & news', 'Taking part', 'Store'];
const iCrumbs = ['ICS', '55', '55.180', '55.180.20'];
const iInfo: readonly (readonly [string, string])[] = [
  ['Status', 'Published'],
  ['Publication date', '2026-02'],
  ['Stage', 'International Standard published [60.60]'],
  ['Edition', '1'],
  ['Number of pages', '24'],
  ['Technical Committee', 'ISO/TC 122/SC 9'],
  ['ICS', '55.180.20'],
];
const iStages = ['00. Preliminary', '10. Proposal', '20. Preparatory', '30. Committee', '40. Enquiry', '50. Approval', '60. Publication'];
const iFoot = ['Contact ISO', 'Privacy policy', 'Copyright', 'Cookie policy', 'Media kit', 'Jobs', 'Help and support'];
const iHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>ISO 31277-2:2026 - ${iTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${iTitle}">
<link rel="canonical" href="https://www.iso.org/standard/88412.html"><meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"ISO 31277-2:2026","description":"${iTitle}",
"brand":{"@type":"Organization","name":"ISO"},"offers":{"@type":"Offer","priceCurrency":"CHF","price":"96"}}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="4a6c0e1f-0000-4b1a-9a51-1f0ac8d62d3e" type="text/javascript" async></script>
<link rel="stylesheet" href="/modules/isoorg-template/css/styles.min.css"></head>
<body class="theme-light"><div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotCookiebotDialogActive">
<div id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</div><div id="CybotCookiebotDialogBodyContentText">We use cookies to
personalise content, to provide social media features and to analyse our traffic.</div><div id="CybotCookiebotDialogBodyButtonsWrapper">
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<a class="visually-hidden-focusable" href="#content">Skip to main content</a>
<header class="header-wrapper"><nav class="navbar navbar-expand-lg" aria-label="Main navigation"><a class="navbar-brand" href="/home.html">
<img src="/modules/isoorg-template/img/iso/iso-logo-print.gif" alt="ISO - International Organization for Standardization"></a>
<ul class="navbar-nav">${links(iNav, 'nav-item')}</ul><form class="d-flex" role="search"><input class="form-control" type="search" placeholder="Search"
aria-label="Search"></form><a class="btn btn-outline-primary" href="/store/cart">Cart</a></nav></header>
<main id="content"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/standards.html">Standards</a></li>
${iCrumbs.map((c) => `<li class="breadcrumb-item"><a href="/ics/${c}.html">${c}</a></li>`).join('\n')}</ol></nav>
<div class="container"><section class="section-navigation"><div class="row"><div class="col-md-7">
<nav class="heading-condensed nav-relatives"><div class="h1-reference"><span class="d-block h5 mb-0">ISO 31277-2:2026</span></div>
<h1 class="h3 mt-2 mb-4">${iTitle}</h1></nav>
<div class="badge bg-info">Published (Edition 1, 2026)</div>
<div id="product-abstract" itemprop="description"><h2 class="h4">Abstract</h2>${ps(iAbstract)}<ul>${iList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(iAfter)}</div><a class="btn btn-secondary" href="https://www.iso.org/obp/ui/#iso:std:iso:31277:-2:ed-1:v1:en">Preview</a>
<h2 class="h4 mt-5">General information</h2><ul class="refine">${iInfo
  .map(([k, v]) => `<li><div class="entry-label">${k}</div><div class="entry-value">${v}</div></li>`)
  .join('\n')}</ul></div>
<div class="col-md-5"><div class="card shadow-sm" id="product-details"><div class="card-body"><h2 class="h4">Buy this standard</h2>
<fieldset><legend>Format</legend><label>PDF + ePub</label> <label>Paper</label></fieldset><fieldset><legend>Language</legend>
<select class="form-select"><option>English</option><option>French</option></select></fieldset>
<div class="price h3">CHF 96</div><button class="btn btn-primary">Buy</button></div></div>
<div class="card mt-4"><div class="card-body"><h3 class="h5">Life cycle</h3><ol class="steps">
${iStages.map((s) => `<li class="step">${s}</li>`).join('\n')}</ol><p class="small">Now: Published</p></div></div></div></div></section>
<section class="bg-lightgray"><h3 class="h4">Got a question?</h3><p>Check out our <a href="/faq.html">FAQs</a></p>
<p>Customer care +41 22 749 08 88</p><p>Opening hours: Monday to Friday - 09:00-12:00, 14:00-17:00 (UTC+1)</p></section>
<section class="newsletter"><h3 class="h4">Keep up to date with ISO</h3><p>Sign up to our newsletter for the latest news, views and product information.</p>
<form><input type="email" placeholder="Email" aria-label="Email"><button class="btn btn-primary">Subscribe</button></form></section></div></main>
<footer class="footer-iso"><ul class="list-inline">${links(iFoot, 'list-inline-item')}</ul>
<p class="small">Great things happen when the world agrees</p><p class="small">© All Rights Reserved. All ISO publications and materials are protected by
copyright and are subject to the user's acceptance of ISO's conditions of copyright.</p></footer>
<script src="/modules/isoorg-template/js/main.min.js"></script></body></html>`;
const iso: TestPage = {
  name: 'heldout373-iso-standard-preview',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: ['Abstract'],
  body: texts([...iAbstract, ...iList, ...iAfter]),
  bylines: ['Published (Edition 1, 2026)', '2026-02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies', 'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Deny',
    'Customize', 'Allow all', 'Skip to main content', ...iNav, 'Cart', '55.180', '55.180.20', 'ISO 31277-2:2026', 'Preview', 'General information',
    ...iInfo.map((r) => r[0]), 'Published', 'International Standard published [60.60]', 'ISO/TC 122/SC 9', 'Buy this standard', 'Format', 'PDF + ePub',
    'Paper', 'Language', 'English', 'French', 'CHF 96', 'Life cycle', ...iStages, 'Now: Published', 'Got a question?', 'Check out our FAQs',
    'Customer care +41 22 749 08 88', 'Opening hours: Monday to Friday - 09:00-12:00, 14:00-17:00 (UTC+1)', 'Keep up to date with ISO',
    'Sign up to our newsletter for the latest news, views and product information.', 'Subscribe', ...iFoot, 'Great things happen when the world agrees',
    j(
      '© All Rights Reserved. All ISO publications and materials are protected by copyright and are subject to the user\'s',
      "acceptance of ISO's conditions of copyright.",
    ),
  ],
};

export const HELDOUT373_F: readonly TestPage[] = [iso, unicode];
