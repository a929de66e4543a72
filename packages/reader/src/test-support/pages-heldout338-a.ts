import { links, type TestPage, texts } from './page-kit.js';
import { cells, lis, paras, rows } from './pages-heldout338-kit.js';

/**
 * Held-out batch 338, file a: a semiconductor maker's product folder page in the style of a TI.com product page
 * (web-component header, product tabs, features list, description, parameters table, technical documents, ordering table,
 * support and design resources rail, cookie banner, footer).
 */
const pTitle = 'HVS62410-Q1';
const pFeatures = [
  'AEC-Q100 qualified for automotive applications: device temperature grade 1, –40°C to +125°C ambient',
  'Wide input voltage range from 3.8 V to 60 V, tolerating 65-V load-dump transients',
  'Up to 1-A continuous output current with integrated 180-mΩ and 95-mΩ MOSFETs',
  'Low quiescent current of 18 µA at no load, keeping always-on rails within battery budgets',
  'Selectable 400-kHz or 2.2-MHz switching frequency with spread-spectrum dithering',
  'Power-good output and precision enable input with adjustable hysteresis',
];
const pDesc = paras(`
The HVS62410-Q1 is a 60-V, 1-A synchronous buck converter for automotive body electronics, telematics boxes and
cluster displays that are connected straight to the 12-V or 24-V battery. The device integrates both power MOSFETs,
compensation and soft start, so a complete supply needs only the inductor, the input and output capacitors and two
feedback resistors.

In light-load operation the converter enters a pulse-frequency mode that holds the quiescent current at 18 µA, which
lets a module stay powered while the vehicle is parked. At higher loads it runs in forced fixed frequency, and the
2.2-MHz option keeps the switching harmonics above the AM broadcast band.

The HVS62410-Q1 comes in a 3-mm × 3-mm wettable-flank VQFN package that allows automated optical inspection of the
solder joints. Protection features include cycle-by-cycle current limit, hiccup-mode short-circuit protection and
thermal shutdown.
`);
const pParams = [
  ['Vin (min) (V)', '3.8'],
  ['Vin (max) (V)', '60'],
  ['Iout (max) (A)', '1'],
  ['Iq (typ) (mA)', '0.018'],
  ['Switching frequency (max) (kHz)', '2200'],
  ['Control mode', 'Peak current mode'],
  ['Operating temperature range (°C)', '-40 to 125'],
];
const pDocs = [
  'HVS62410-Q1 3.8-V to 60-V, 1-A Automotive Synchronous Buck Converter datasheet (Rev. B)',
  'Reducing EMI in Automotive Buck Converters With Spread Spectrum application note',
  'HVS62410-Q1 Functional Safety FIT Rate and Failure Mode Distribution',
  'HVS62410EVM-Q1 evaluation module user guide',
];
const pOrder = [
  ['HVS62410QRGYRQ1', 'Active', 'VQFN (RGY) | 14', '3000 | LARGE T&amp;R', '$1.42 | 1ku'],
  ['HVS62410FQRGYRQ1', 'Active', 'VQFN (RGY) | 14', '3000 | LARGE T&amp;R', '$1.51 | 1ku'],
];
const pNav = ['Products', 'Industries', 'Design resources', 'Quality & reliability', 'Support & training', 'Order now'];
const pCrumbs = ['Home', 'Power management', 'DC/DC switching regulators', 'Step-down (buck) regulators', 'Buck converters (integrated switch)'];
const pTabs = ['Overview', 'Parameters', 'Package | Pins | Size', 'Technical documentation', 'Design & development', 'Ordering & quality'];
const pSimilar = ['HVS62405-Q1 – 60-V, 0.5-A automotive buck converter', 'HVS63620-Q1 – 36-V, 2-A low-EMI buck converter'];
const pFoot = ['About us', 'Investor relations', 'Careers', 'Corporate citizenship', 'Contact us', 'Terms of use', 'Privacy policy', 'Cookie policy'];
const pHtml = `<!DOCTYPE html>
<html lang="en-US" class="ti-html"><head><meta charset="utf-8">
<title>HVS62410-Q1 data sheet, product information and support | Halvard Semiconductor</title>
<meta name="description" content="HVS62410-Q1 – 3.8-V to 60-V, 1-A automotive synchronous buck converter with 18-µA quiescent current.">
<meta property="og:title" content="HVS62410-Q1 | Halvard Semiconductor"><meta name="gpn" content="HVS62410-Q1">
<link rel="canonical" href="https://www.halvardsemi.example/product/HVS62410-Q1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"HVS62410-Q1","brand":"Halvard Semiconductor",
"sku":"HVS62410QRGYRQ1","offers":{"@type":"Offer","price":"1.42","priceCurrency":"USD"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"product folder","gpn":"HVS62410-Q1","family":"buck"});</script>
<script type="module" src="https://www.halvardsemi.example/assets/ti-webcomponents/ti-webcomponents.esm.js"></script></head>
<body class="ti_p-body ti_p-productFolder">
<ti-header><header class="ti_p-header"><a class="ti_p-header-logo" href="/">Halvard Semiconductor</a>
<nav class="ti_p-header-nav" aria-label="Main"><ul>${links(pNav, 'ti_p-header-nav-item')}</ul></nav>
<form class="ti_p-header-search" role="search"><input type="search" placeholder="Search by part number or keyword"></form>
<a class="ti_p-header-cart" href="/cart">Cart</a> <a class="ti_p-header-login" href="/login">Login / Register</a></header></ti-header>
<nav class="ti_p-breadcrumb" aria-label="Breadcrumb"><ol>${links(pCrumbs, 'ti_p-breadcrumb-item')}</ol></nav>
<main id="main" class="ti_p-main">
<div class="u-container ti_p-product-head"><div class="ti_p-product-head-badges"><span class="ti-badge ti-badge--active">Production</span>
<span class="ti-badge">Automotive</span></div>
<h1 class="ti_p-product-title">${pTitle}</h1>
<p class="ti_p-product-subtitle">3.8-V to 60-V, 1-A, automotive synchronous buck converter with 18-µA I<sub>Q</sub></p>
<div class="ti_p-product-head-actions"><ti-button href="/lit/ds/symlink/hvs62410-q1.pdf" appearance="primary">Data sheet</ti-button>
<ti-button href="#order-quality" appearance="secondary">Order now</ti-button>
<ti-button href="/product/HVS62410-Q1/alert" appearance="link">Alert me about changes to this product</ti-button></div></div>
<ti-tabs class="ti_p-product-tabs" sticky><nav>${links(pTabs, 'ti_p-tab')}</nav></ti-tabs>
<section id="overview" class="ti_p-panel"><div class="ti_p-rowflex">
<div class="ti_p-col-8"><h2 class="ti_p-panel-title">Features</h2><ul class="ti_p-features">${lis(pFeatures)}</ul>
<h2 class="ti_p-panel-title">Description</h2><div class="ti_p-description">${pDesc.map((p) => `<p>${p}</p>`).join('\n')}</div>
<figure class="ti_p-diagram"><img src="/ds_img/hvs62410-q1-simplified-schematic.svg" alt="Simplified schematic">
<figcaption>Simplified schematic</figcaption></figure></div>
<aside class="ti_p-col-4 ti_p-rail"><div class="ti-card"><h3>Similar products you might be interested in</h3>
<ul>${links(pSimilar)}</ul><a href="/compare?gpn=HVS62410-Q1">Compare alternates</a></div>
<div class="ti-card"><h3>Support &amp; training</h3><p>Halvard E2E™ forums with technical support from Halvard engineers</p>
<a href="https://e2e.halvardsemi.example">View all forum topics</a></div></aside></div></section>
<section id="params" class="ti_p-panel"><h2 class="ti_p-panel-title">Parameters</h2>
<table class="ti_p-specTable"><tbody>${rows(pParams)}</tbody></table></section>
<section id="tech-docs" class="ti_p-panel"><h2 class="ti_p-panel-title">Technical documentation</h2>
<p class="ti_p-doc-count">= Top documentation for this product selected by Halvard</p>
<ul class="ti_p-docList">${pDocs.map((d) => `<li><a href="/lit/${d.length}">${d}</a> <span class="ti_p-doc-type">PDF | HTML</span></li>`).join('\n')}</ul>
<a class="ti_p-doc-all" href="/product/HVS62410-Q1#tech-docs">View all 9</a></section>
<section id="order-quality" class="ti_p-panel"><h2 class="ti_p-panel-title">Ordering &amp; quality</h2>
<table class="ti_p-orderTable"><thead><tr><th>Orderable part number</th><th>Status</th><th>Package | Pins</th><th>Package qty | Carrier</th>
<th>Price (USD)</th></tr></thead><tbody>${rows(pOrder)}</tbody></table>
<p class="ti_p-order-note">Additional information: MSL rating / peak reflow, RoHS, REACH and lead finish are available on the quality page.</p>
</section></main>
<div id="ti-cookie-banner" class="ti-cookie" role="dialog" aria-label="Cookie preferences"><p>Halvard uses cookies to improve your experience
and to analyse site traffic. You can manage your preferences at any time.</p><button>Accept all</button><button>Manage preferences</button></div>
<ti-footer><footer class="ti_p-footer"><ul>${links(pFoot)}</ul><p>© Copyright 2026 Halvard Semiconductor Inc. All rights reserved.</p></footer></ti-footer>
</body></html>`;
const product: TestPage = {
  name: 'heldout338-halvard-product-folder-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Features', 'Description', 'Parameters', 'Technical documentation', 'Ordering & quality'],
  body: texts([
    '3.8-V to 60-V, 1-A, automotive synchronous buck converter with 18-µA I<sub>Q</sub>',
    ...pFeatures,
    ...pDesc,
    ...cells(pParams),
    ...pDocs,
    ...cells(pOrder),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halvard Semiconductor', ...pNav, 'Cart', 'Login / Register', ...pCrumbs, 'Production', 'Data sheet',
    'Alert me about changes to this product', 'Overview', 'Package | Pins | Size', 'Design & development', 'Simplified schematic',
    'Similar products you might be interested in', ...pSimilar, 'Compare alternates', 'Support & training',
    'Halvard E2E™ forums with technical support from Halvard engineers', 'View all forum topics', '= Top documentation for this product selected by Halvard',
    'PDF | HTML', 'View all 9', 'Additional information: MSL rating / peak reflow, RoHS, REACH and lead finish are available on the quality page.',
    'Halvard uses cookies to improve your experience and to analyse site traffic. You can manage your preferences at any time.', 'Accept all',
    'Manage preferences', ...pFoot, '© Copyright 2026 Halvard Semiconductor Inc. All rights reserved.',
  ],
};

/**
 * An ISO.org-style standard page of an invented standards body (Bootstrap markup, breadcrumb, h1 with reference and title,
 * abstract, general information, buy box with format and language selects, life cycle timeline, "You may be interested in"
 * rail, newsletter box, cookie banner, footer): a page whose main text is short.
 */
const sTitle = 'ISC 27640:2025 Rolling bearings — Condition monitoring — Vibration acceptance criteria for grease-lubricated units';
const sAbs = paras(`
This document specifies acceptance criteria for the broadband vibration of grease-lubricated rolling bearing units in
service, measured on the housing with accelerometers. It applies to deep groove ball bearings, spherical roller
bearings and tapered roller bearings with bore diameters from 20 mm to 320 mm, running at speeds between 120 r/min and
3 600 r/min.

This document establishes four evaluation zones, from newly commissioned units to units in which vibration is
considered sufficient to cause damage, and gives the measurement conditions under which the zones are valid.

It does not apply to:
`);
const sExcl = [
  'bearings lubricated by oil circulation or oil mist;',
  'bearings in gearboxes, where gear mesh vibration dominates the signal;',
  'slewing bearings and bearings in machine tool spindles.',
];
const sAbs2 = paras(`
The criteria are intended for use by plant operators and maintenance contractors when setting alarm and trip limits
for a new installation. They are not intended as acceptance tests for bearings leaving the factory, which are covered
by ISC 15242-1.
`);
const sInfo = [
  'Status  :  Published',
  'Stage  :  International Standard published [60.60]',
  'Edition  :  2',
  'Number of pages  :  31',
  'Technical Committee  :  ISC/TC 4/SC 8 Bearing condition monitoring',
  'ICS  :  21.100.20 Rolling bearings',
];
const sNav = ['Standards', 'Sectors', 'About ISC', 'Insights & news', 'Taking part', 'Store'];
const sCrumbs = ['Standards', 'By ICS', '21', '21.100', '21.100.20'];
const sLife = ['Previously', 'Withdrawn', 'ISC 27640:2016', 'Now', 'Published', 'ISC 27640:2025', 'A standard is reviewed every 5 years'];
const sRelated = ['ISC 15242-1:2024 Rolling bearings — Measuring methods for vibration', 'ISC 20816-3:2022 Mechanical vibration — Industrial machines'];
const sFoot = ['Contact ISC', 'Careers', 'Privacy notice', 'Copyright', 'Cookie policy', 'Media kit', 'Jobs'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>ISC 27640:2025 - Rolling bearings — Condition monitoring — Vibration acceptance criteria</title>
<meta name="description" content="Acceptance criteria for the broadband vibration of grease-lubricated rolling bearing units in service.">
<meta property="og:type" content="website"><meta property="og:image" content="https://www.isc-standards.example/files/live/sites/isc/files/logo.png">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"ISC 27640:2025","category":"International Standard",
"offers":{"@type":"Offer","price":"129","priceCurrency":"CHF"}}</script>
<script>var _paq=window._paq=window._paq||[];_paq.push(['setCustomDimension',1,'standard-page']);</script>
<link rel="stylesheet" href="/modules/isc-theme/css/isc.min.css"></head>
<body class="theme-light"><a class="skip-link visually-hidden-focusable" href="#content">Skip to main content</a>
<header role="banner" class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/home.html"
title="International Standards Council">ISC</a>
<nav id="main-menu" class="collapse navbar-collapse"><ul class="navbar-nav">${links(sNav, 'nav-item')}</ul></nav>
<a class="btn btn-outline-secondary" href="/search.html">Search</a> <a class="btn btn-link" href="/cart.html">Shopping cart</a></div></header>
<main id="content" class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(sCrumbs, 'breadcrumb-item')}</ol></nav>
<section id="product-details" class="section-product"><div class="row"><div class="col-md-7">
<span class="badge bg-primary">International Standard</span>
<h1 class="stdTitle"><span class="d-block mb-3">ISC 27640:2025</span> <span class="lead d-block">Rolling bearings — Condition monitoring — Vibration
acceptance criteria for grease-lubricated units</span></h1>
<div class="product-abstract"><h2 class="h3">Abstract</h2>
${sAbs.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${lis(sExcl)}</ul>
${sAbs2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="product-info"><h2 class="h3">General information</h2><ul class="refine">${lis(sInfo)}
<li><strong>Publication date</strong>  :  <span itemprop="releaseDate">2025-06</span></li></ul></div>
<div class="product-lifecycle"><h3 class="h4">Life cycle</h3><ol class="lifecycle">${lis(sLife)}</ol></div></div>
<div class="col-md-5"><div class="card buy-box sticky-top"><div class="card-body"><h2 class="h4">Buy this standard</h2>
<label for="format">File format</label><select id="format" class="form-select"><option>PDF + ePub</option><option>Paper</option></select>
<label for="lang">Language</label><select id="lang" class="form-select"><option>English</option><option>French</option></select>
<p class="price">CHF 129</p><button class="btn btn-primary">Buy</button>
<p class="small">Got a question? Check out our FAQs</p><p class="small">Customer care +41 22 749 08 88</p></div></div></div></div></section>
<section class="section-related"><h2>You may be interested in</h2><ul class="list-unstyled">${links(sRelated)}</ul></section>
<section class="newsletter"><h2>Keep up to date with ISC</h2><p>Sign up to our newsletter for the latest news, views and product information.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section></main>
<footer class="footer"><ul>${links(sFoot)}</ul><p>© All Rights Reserved. All ISC publications and materials are protected by copyright.</p></footer>
<div id="cookie-consent" class="offcanvas offcanvas-bottom show"><p>We use cookies to give you the best experience on our website and to
collect anonymous usage statistics.</p><button class="btn btn-primary">Accept all cookies</button><button class="btn btn-link">Cookie settings</button>
</div></body></html>`;
const standard: TestPage = {
  name: 'heldout338-isc-standard-page-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Abstract', 'General information'],
  body: texts([...sAbs, ...sExcl, ...sAbs2, ...sInfo]),
  bylines: ['Publication date : 2025-06'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...sNav, 'Search', 'Shopping cart', 'By ICS', 'Life cycle',
    'Previously', 'Withdrawn', 'A standard is reviewed every 5 years', 'Buy this standard', 'File format', 'PDF + ePub', 'Paper', 'Language', 'English',
    'French', 'CHF 129', 'Buy', 'Got a question? Check out our FAQs', 'Customer care +41 22 749 08 88', 'You may be interested in', ...sRelated,
    'Keep up to date with ISC', 'Sign up to our newsletter for the latest news, views and product information.', 'Subscribe', ...sFoot,
    '© All Rights Reserved. All ISC publications and materials are protected by copyright.',
    'We use cookies to give you the best experience on our website and to collect anonymous usage statistics.', 'Accept all cookies', 'Cookie settings',
  ],
};

export const HELDOUT338_A: readonly TestPage[] = [product, standard];
