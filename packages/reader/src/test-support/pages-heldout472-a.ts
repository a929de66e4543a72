import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Pair, pairLis, pairText, rowText, trs } from './pages-heldout472-kit.js';

/**
 * Held-out batch 472, file a: a used-car vehicle details page on a Dealer.com (DDC) template, and a dealer's new-model
 * showroom page on a DealerOn template.
 */
const dTitle = 'Used 2021 Halvorsen Ridgeback XLT 4WD';
const dPrice = 'Pinecrest Price $31,488';
const dSpecs: Pair[] = [
  ['Mileage:', '42,118 miles'],
  ['Exterior Color:', 'Glacier Blue Metallic'],
  ['Interior Color:', 'Ebony Cloth'],
  ['Engine:', '2.7L V6 Turbo 24V'],
  ['Transmission:', '10-Speed Automatic'],
  ['Drivetrain:', 'Four-Wheel Drive'],
  ['VIN:', '3HVRB4KT1MCA20417'],
  ['Stock #:', 'P20417'],
];
const dComments = [
  j(
    'One-owner Ridgeback XLT traded in at our store and serviced here since new. The truck has the 2.7 turbo V6, the trailer tow',
    'package with the integrated brake controller and a spray-in bedliner that still looks new.',
  ),
  j(
    'It passed our 152-point inspection with new front brake pads and rotors, a fresh oil change and two new all-terrain tires.',
    'The clean history report shows no accidents and the original window sticker is in the glovebox.',
  ),
];
const dFeatures = [
  'Trailer Tow Package with Pro Trailer Backup Assist',
  'Heated Front Seats and Heated Steering Wheel',
  '8-inch Touchscreen with Wireless Phone Projection',
  'Blind Spot Information System with Cross-Traffic Alert',
  'Remote Start System',
  'Spray-In Bedliner',
];
const dNav = ['New Vehicles', 'Used Vehicles', 'Finance', 'Service & Parts', 'About Us'];
const dSim = ['Used 2020 Halvorsen Ridgeback Lariat', 'Used 2022 Halvorsen Ridgeback XL', 'Used 2019 Tamsen Trailhand SR5'];
const dFoot = ['Privacy Policy', 'Sitemap', 'Accessibility', 'Careers'];
const dHtml = `<!DOCTYPE html>
<html lang="en_US" class="ddc-site"><head><meta charset="UTF-8"><title>${dTitle} for sale in Larkfield | Pinecrest Motors</title>
<meta name="description" content="Used 2021 Halvorsen Ridgeback XLT 4WD for sale at Pinecrest Motors in Larkfield. VIN 3HVRB4KT1MCA20417.">
<link rel="canonical" href="https://www.pinecrestmotors.example/used/Halvorsen/2021-Halvorsen-Ridgeback-a1b2c3d4.htm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Car","name":"${dTitle}","vehicleIdentificationNumber":"3HVRB4KT1MCA20417",
"mileageFromOdometer":{"@type":"QuantitativeValue","value":42118,"unitCode":"SMI"},"offers":{"@type":"Offer","price":31488,"priceCurrency":"USD"}}</script>
<script>window.DDC=window.DDC||{};DDC.dataLayer={"page":{"pageInfo":{"pageId":"v9_USED_VEHICLE_DETAILS_AUTO"}},
"vehicles":[{"vin":"3HVRB4KT1MCA20417"}]};</script>
<link rel="stylesheet" href="https://static.dealer.com/v9/ddc-styles/v9.css"></head>
<body class="ddc-page ddc-vehicle-details"><a class="sr-only sr-only-focusable" href="#page-body">Skip to main content</a>
<div class="ddc-wrapper"><header class="ddc-header page-header" data-widget-name="ws-header">
<div class="ddc-header-top"><span class="dealer-name">Pinecrest Motors</span><span class="dealer-phone">Sales: (555) 014-2200</span>
<span class="dealer-address">4100 Route 9, Larkfield</span></div>
<nav class="ddc-nav" data-widget-name="ws-navigation"><ul class="nav navbar-nav">${links(dNav, 'ddc-nav-item')}</ul></nav></header>
<div id="page-body" class="page-body"><div class="ddc-content content-page-header" data-widget-name="ws-breadcrumbs">
<ol class="breadcrumb">${links(['Home', 'Used Inventory'])}</ol></div>
<div class="row"><div class="col-md-7"><div class="ddc-content" data-widget-name="ws-media-gallery"><div class="media-gallery">
<img src="https://pictures.dealer.com/p/pinecrest/ridgeback-1.jpg" alt="2021 Halvorsen Ridgeback XLT front three-quarter view">
<span class="media-count">1 of 36</span><button class="btn btn-link">View All Photos</button></div></div></div>
<div class="col-md-5"><div class="ddc-content" data-widget-name="ws-vehicle-title"><h1 class="vehicle-title ddc-font-size-xlarge">
<span class="ddc-font-size-small">Used 2021 Halvorsen</span> Ridgeback XLT 4WD</h1></div>
<div class="ddc-content" data-widget-name="ws-detailed-pricing"><dl class="pricing-detail"><dd class="final-price">${dPrice}</dd></dl>
<p class="ddc-font-size-xsmall text-muted">Est. payment $489/mo</p>
<button class="btn btn-primary">Confirm Availability</button><button class="btn btn-default">Value Your Trade</button>
<button class="btn btn-default">Apply for Financing</button></div>
<div class="ddc-content" data-widget-name="ws-quick-specs"><h2 class="ddc-heading">Quick Specs</h2>
<ul class="quick-specs list-unstyled">${pairLis(dSpecs, 'spec', 'spec-label', 'spec-value')}</ul></div></div></div>
<div class="ddc-content" data-widget-name="ws-vehicle-description"><h2 class="ddc-heading">Dealer Comments</h2>
<div class="vehicle-description">${ps(dComments)}</div></div>
<div class="ddc-content" data-widget-name="ws-vehicle-features"><h2 class="ddc-heading">Highlighted Features</h2>
<ul class="feature-list">${lis(dFeatures)}</ul></div>
<div class="ddc-content" data-widget-name="ws-similar-vehicles"><h2 class="ddc-heading">Similar Vehicles</h2>
<ul class="similar-vehicles">${links(dSim)}</ul></div>
<div class="ddc-content disclaimer" data-widget-name="ws-disclaimer"><p class="small">Prices exclude tax, title, license and a $399 documentation fee.
While we make every effort to ensure the accuracy of this data, errors may occur.</p></div></div>
<footer class="ddc-footer page-footer"><ul class="list-inline">${links(dFoot)}</ul>
<p class="copyright">© 2027 Pinecrest Motors. Powered by Dealer.com</p></footer></div>
<div class="ddc-chat-widget" aria-hidden="true" style="display:none"><p>Chat with us now</p></div>
<script src="https://static.dealer.com/v9/media/js/ddc-main.js" async></script></body></html>`;
const ddcVdp: TestPage = {
  name: 'heldout472-dealer-com-used-vdp',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Quick Specs', 'Dealer Comments', 'Highlighted Features'],
  body: [dPrice, ...dSpecs.map(pairText), ...dComments, ...dFeatures],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pinecrest Motors', 'Sales: (555) 014-2200', '4100 Route 9, Larkfield', ...dNav, 'Home', 'Used Inventory', '1 of 36',
    'View All Photos', 'Est. payment $489/mo', 'Confirm Availability', 'Value Your Trade', 'Apply for Financing', 'Similar Vehicles', ...dSim,
    'Prices exclude tax, title, license and a $399 documentation fee. While we make every effort to ensure the accuracy of this data, errors may occur.',
    ...dFoot, '© 2027 Pinecrest Motors. Powered by Dealer.com',
  ],
};

const oTitle = '2027 Corvane Solstice Hybrid';
const oDek = 'The Solstice returns with a new 2.0-litre hybrid system, a quieter cabin and up to 51 mpg combined.';
const oIntro = [
  j(
    'The 2027 Solstice Hybrid is the fifth generation of Corvane\u2019s best-selling compact sedan, and the first to be offered only as a',
    'hybrid. Every trim pairs a 2.0-litre four-cylinder engine with two electric motors for a combined 196 horsepower.',
  ),
  j(
    'Bayside Corvane of Elmhurst has the Solstice Hybrid in stock in all four trims. Stop by for a test drive or reserve one',
    'of the incoming units before it reaches the lot.',
  ),
];
const oTrims = [
  ['LX', '$27,450', '51 mpg'],
  ['Sport', '$29,900', '48 mpg'],
  ['EX-L', '$32,300', '48 mpg'],
  ['Touring', '$35,150', '46 mpg'],
];
const oCabin = [
  j(
    'The dashboard is lower than before, with a 9-inch touchscreen on every trim and a 12.3-inch digital cluster from EX-L up. Extra',
    'insulation in the doors and an acoustic windshield cut road noise, and rear-seat legroom grows by 1.4 inches.',
  ),
];
const oSafety = [
  'Collision Mitigation Braking System with pedestrian detection',
  'Adaptive cruise control with low-speed follow',
  'Lane Keeping Assist and Road Departure Mitigation',
  'Ten airbags, including rear-seat side airbags',
];
const oNav = ['New', 'Pre-Owned', 'Specials', 'Service', 'Parts', 'Finance', 'Contact'];
const oFoot = ['Hours & Directions', 'Privacy Policy', 'Do Not Sell My Personal Information', 'Site Map'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>New ${oTitle} | Bayside Corvane of Elmhurst</title><meta name="generator" content="DealerOn">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"AutoDealer","name":"Bayside Corvane of Elmhurst",
"telephone":"555-013-7700"}</script>
<script>var DealerOn=window.DealerOn||{};DealerOn.page={"pageType":"ModelShowroom","dealerId":22871,"model":"Solstice Hybrid"};</script>
<link rel="stylesheet" href="https://static.dlron.us/dealeron/css/site.min.css"></head>
<body class="page-modelshowroom dealeron"><a href="#mainContent" class="skip-link sr-only">Skip to Main Content</a>
<div id="cookieConsent" class="cookie-consent"><p>This site uses cookies to improve your experience.</p><button class="btn">Accept</button></div>
<div id="page-wrapper"><header id="header" class="hdr"><div class="hdr__top"><a class="hdr__logo" href="/">Bayside Corvane of Elmhurst</a>
<span class="hdr__phone">Sales 555-013-7700</span><form class="hdr__search" role="search"><label class="sr-only" for="hdrSearch">Search Inventory</label>
<input id="hdrSearch" type="search" placeholder="Search by make, model or keyword"></form></div>
<nav class="hdr__nav navbar" aria-label="Main"><ul class="navbar-nav">${links(oNav, 'nav-item')}</ul></nav></header>
<main id="mainContent" class="page-content"><div class="container cms-content">
<section class="model-showroom__hero"><p class="model-showroom__eyebrow">New Model Showroom</p><h1 class="model-showroom__title">${oTitle}</h1>
<p class="model-showroom__dek">${oDek}</p><div class="model-showroom__ctas">
<a class="btn btn-primary" href="/new-inventory/index.htm?model=Solstice">View Inventory</a>
<a class="btn btn-secondary" href="/schedule-test-drive">Schedule Test Drive</a></div></section>
<section class="model-showroom__body">${ps(oIntro)}
<h2>Trims and Pricing</h2><table class="table model-trims"><thead><tr><th>Trim</th><th>Starting MSRP</th><th>Combined fuel economy</th></tr></thead>
<tbody>${trs(oTrims)}</tbody></table>
<h2>Inside the Cabin</h2>${ps(oCabin)}
<figure class="model-showroom__figure"><img src="/static/dealer-22871/solstice-cabin.jpg" alt="Solstice dashboard">
<figcaption>Solstice Hybrid Touring interior shown in Gray leather.</figcaption></figure>
<h2>Safety</h2><ul>${lis(oSafety)}</ul></section>
<aside class="model-showroom__offers"><h3>Current Solstice Offers</h3><p>Lease a 2027 Solstice Hybrid LX for $299/mo for 36 months.</p>
<a href="/specials/new">See All Specials</a></aside>
<p class="disclaimer small">MSRP excludes destination charge of $1,095, tax, title and license. EPA estimates for comparison only.</p></div></main>
<footer class="ftr"><div class="ftr__hours"><h4>Sales Hours</h4><p>Mon-Sat 9:00 AM - 8:00 PM</p></div><ul class="ftr__links">${links(oFoot)}</ul>
<p class="ftr__copy">© 2027 Bayside Corvane of Elmhurst | Website by DealerOn</p></footer></div>
<script src="https://static.dlron.us/dealeron/js/site.bundle.js" defer></script></body></html>`;
const dealerOnModel: TestPage = {
  name: 'heldout472-dealeron-new-model',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: ['Trims and Pricing', 'Inside the Cabin', 'Safety'],
  body: texts([oDek, ...oIntro, ...oTrims.map(rowText), ...oCabin, ...oSafety]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'This site uses cookies to improve your experience.', 'Accept', 'Sales 555-013-7700', 'Search Inventory',
    ...oNav.filter((t) => t !== 'New'), 'New Model Showroom', 'View Inventory', 'Schedule Test Drive',
    'Solstice Hybrid Touring interior shown in Gray leather.',
    'Current Solstice Offers', 'Lease a 2027 Solstice Hybrid LX for $299/mo for 36 months.', 'See All Specials',
    'MSRP excludes destination charge of $1,095, tax, title and license. EPA estimates for comparison only.', 'Sales Hours', 'Mon-Sat 9:00 AM - 8:00 PM',
    ...oFoot, '© 2027 Bayside Corvane of Elmhurst | Website by DealerOn',
  ],
};

export const HELDOUT472_A: readonly TestPage[] = [ddcVdp, dealerOnModel];
