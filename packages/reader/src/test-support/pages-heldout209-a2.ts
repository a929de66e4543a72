import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 209, file a2: a Redfin home listing page (the header with search and "Join / Sign in", the photo
 * strip, the price / beds / baths stats, the "About this home" remarks with "Listed by" and "Redfin last checked" lines,
 * the property details amenity groups, the price history table, the tour and offer buttons, the Redfin agent card, the
 * mortgage calculator, nearby homes, the hidden login dialog and the footer).
 */
const rfTitle = '1842 Larchmont Ave, Kessler, OR 97402';
const rfRemarks = [
  'Welcome to a 1954 mid-century ranch on a quiet, tree-lined street in the heart of the Larchmont neighbourhood. Vaulted ' +
    'tongue-and-groove ceilings, a wall of original clerestory windows and refinished white oak floors give the living room ' +
    'an airy, light-filled feel, while the wood-burning fireplace with its brick surround keeps it cosy through the wet months.',
  'The kitchen was remodeled in 2021 with quartz counters, a gas range, soft-close cabinets and a peninsula that seats four. ' +
    'Sliding doors open from the dining area to a covered cedar deck and a fully fenced, level backyard with raised garden beds, ' +
    'a mature Japanese maple and a detached studio wired for power, perfect for a home office or workshop.',
  'Three bedrooms and two full baths sit on the quiet side of the house, including a primary suite with a walk-in shower and ' +
    'double closet. A newer roof (2019), ductless heat pumps, a tankless water heater and updated electrical panel mean the big ' +
    'jobs are done. Two blocks to Larchmont Park and the Saturday market, and an easy bike ride to downtown and the river path.',
  'The attached garage has built-in shelving and a workbench, and the laundry room off the kitchen has space for a chest freezer. ' +
    'Sellers have a pre-listing inspection and sewer scope report available on request. Open house Saturday and Sunday, 1 to 3pm.',
];
const rfDetails: [string, string[]][] = [
  ['Bedroom Information', ['# of Bedrooms: 3', 'Primary Bedroom Level: Main', 'Walk-in closet in primary bedroom']],
  ['Bathroom Information', ['# of Full Baths: 2', 'Primary bath has walk-in shower with bench seat']],
  ['Heating & Cooling', ['Ductless mini-split heat pumps', 'Wood-burning fireplace in living room', 'Tankless gas water heater']],
  ['Interior Features', ['Vaulted ceilings', 'Hardwood floors in living areas', 'Quartz countertops', 'Laundry room with sink']],
  ['Exterior Features', ['Covered cedar deck', 'Fully fenced backyard', 'Detached studio with power', 'Raised garden beds']],
  ['Parking', ['Attached single garage', 'Driveway parking for two cars']],
  ['Lot Information', ['Lot size: 7,405 sq ft', 'Level lot', 'Mature trees']],
];
const rfNav = ['Buy', 'Rent', 'Sell', 'Mortgage', 'Real Estate Agents', 'Feed', 'Join / Sign in'];
const rfStats = ['$649,000', 'Est. $4,206/mo', 'Get pre-approved', '3', 'beds', '2', 'baths', '1,612', 'sq ft'];
const rfActions = ['Favorite', 'X-Out', 'Share', 'Schedule tour', 'Start an offer', 'Ask a question'];
const rfTour = ['Tour with a Redfin Premier agent', 'Tour in person', 'Tour via video chat', 'It’s free, with no obligation — cancel anytime.'];
const rfAgent = ['Kelsey Marsh', 'Redfin Premier Agent', '4.9 (112 reviews)', 'Contact Kelsey'];
const rfHistory = [
  'Sale and tax history',
  'Sale history',
  'Tax history',
  'Date',
  'Event & source',
  'Price',
  'Oct 9, 2025',
  'Listed (Active)',
  'Jun 14, 2016',
  'Sold (Public Records)',
];
const rfPay = ['Payment calculator', 'Principal and interest', 'Property taxes', 'Homeowners’ insurance', 'Customize calculations'];
const rfNearby = [
  'Nearby homes for sale',
  '2217 Willow Crest Dr, Kessler, OR 97402',
  '906 Fern Hollow Ln, Kessler, OR 97405',
  '318 Orchard St, Kessler, OR 97402',
];
const rfLogin = ['Welcome to Redfin', 'Continue with email', 'Continue with Google', 'Continue with Apple'];
const rfFoot = ['About', 'Press', 'Investor Relations', 'Blog', 'Jobs', 'Mobile', 'Help', 'Terms of Use', 'Privacy Policy', 'Accessibility'];
const rfFair = 'Redfin is committed to and abides by the Fair Housing Act and Equal Opportunity Act. Read Redfin’s Fair Housing Policy.';
const rfListed = 'Listed by Jana Orr • Coastline Realty Group';
const rfCourtesy = 'Source: RMLS #24018873';
const rfChecked = 'Redfin last checked: 6 minutes ago';
const rfUpdated = 'Listing updated: October 9, 2025 at 4:12pm';
const rfGroup = ([h, items]: [string, string[]]): string => `<div class="amenity-group"><ul><div class="super-group-title">${h.replace('&', '&amp;')}</div>
${items.map((t) => `<li class="entryItem"><span class="entryItemContent">${t}</span></li>`).join('\n')}</ul></div>`;
const rfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rfTitle} | MLS# 24018873 | Redfin</title>
<meta name="description" content="3 beds, 2 baths, 1612 sq. ft. house located at ${rfTitle} sold for $410,000 on Jun 14, 2016.">
<meta property="og:title" content="${rfTitle} | MLS# 24018873"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://www.redfin.com/OR/Kessler/1842-Larchmont-Ave-97402/home/118042217">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Product","RealEstateListing"],"name":"${rfTitle}",
"offers":{"@type":"Offer","price":649000,"priceCurrency":"USD"},"datePosted":"2025-10-09T16:12:00-07:00"},
{"@context":"http://schema.org","@type":"SingleFamilyResidence","numberOfRooms":3,"floorSize":{"@type":"QuantitativeValue","value":1612}}]</script>
<script>root.__reactServerState = {"InitialContext":{"ReactServerAgent.cache":{"dataCache":{}}},"propertyId":118042217};</script>
<link rel="stylesheet" href="https://ssl.cdn-redfin.example/stingray/static/css/ldp.bundle.css"></head>
<body class="route-DesktopLdp"><div id="content" data-react-server-container="0">
<header class="Header responsive"><div class="header-content"><a class="redfin-logo" href="/" title="Redfin"></a>
<div class="SearchBox"><input type="search" placeholder="City, Address, School, Agent, ZIP" aria-label="Search"></div>
<nav class="header-links"><ul class="links">${links(rfNav, 'LinkGroup')}</ul></nav></div></header>
<div class="DPRedesignContainer"><div class="PhotosView" data-rf-test-id="mediaBrowser"><div class="InlinePhotoPreview">
<img class="img-card" src="https://ssl.cdn-redfin.example/photo/68/bigphoto/873/24018873_0.jpg" alt="1842 Larchmont Ave, Kessler, OR 97402"></div>
<div class="home-photos-actions">${rfActions
  .slice(0, 3)
  .map((t) => `<button class="button Button tertiary-alt"><span class="ButtonLabel">${t}</span></button>`)
  .join('')}</div></div>
<div class="detailsContent"><div class="above-the-fold"><div class="AddressBannerV2 desktop"><div class="HomeInfoV2">
<div class="home-main-stats-variant"><div class="stat-block price-section" data-rf-test-id="abp-price"><div class="statsValue price">${rfStats[0]}</div>
<div class="est-payment"><span>${rfStats[1]}</span><a href="/preapproval">${rfStats[2]}</a></div></div>
<div class="stat-block beds-section"><div class="statsValue">${rfStats[3]}</div><div class="statsLabel">${rfStats[4]}</div></div>
<div class="stat-block baths-section"><div class="statsValue">${rfStats[5]}</div><div class="statsLabel">${rfStats[6]}</div></div>
<div class="stat-block sqft-section"><span class="statsValue">${rfStats[7]}</span><span class="statsLabel">${rfStats[8]}</span></div></div>
<div class="street-address"><h1 class="full-address addressBannerRevamp" data-rf-test-id="abp-streetLine">${rfTitle}</h1></div></div></div></div>
<div class="sticky-cta">${rfActions
  .slice(3)
  .map((t) => `<button class="button Button primary">${t}</button>`)
  .join('')}</div>
<div class="TourWidget"><h2 class="title">${rfTour[0]}</h2><div class="tour-options"><span>${rfTour[1]}</span><span>${rfTour[2]}</span></div>
<p class="tour-disclaimer">${rfTour[3]}</p></div>
<div class="belowTheFold"><section id="house-info" class="HouseInfoSection"><div class="sectionContentContainer">
<h2 class="sectionTitle">About this home</h2><div class="remarksContainer"><div id="marketing-remarks-scroll" class="remarks">
${rfRemarks.map((t) => `<p class="text-base"><span>${t}</span></p>`).join('\n')}</div>
<button class="remarks-toggle button Button text">Show less</button></div>
<div class="listingContactSection"><div class="agent-info-item"><span class="agent-basic-details">${rfListed}</span></div>
<div class="listing-source">${rfCourtesy}</div></div>
<div class="data-quality"><span class="data-quality-label">${rfChecked}</span><span>${rfUpdated}</span></div></div></section>
<section id="propertyDetails-collapsible" class="PropertyDetailsSection"><h2 class="sectionTitle">Property details</h2>
<div class="amenities-container">${rfDetails.map(rfGroup).join('\n')}</div></section>
<section id="property-history-transition-node" class="PropertyHistory"><h2 class="sectionTitle">${rfHistory[0]}</h2>
<div class="tabs"><button class="tab selected">${rfHistory[1]}</button><button class="tab">${rfHistory[2]}</button></div>
<table class="basic-table"><thead><tr><th>${rfHistory[3]}</th><th>${rfHistory[4]!.replace('&', '&amp;')}</th><th>${rfHistory[5]}</th></tr></thead>
<tbody><tr><td>${rfHistory[6]}</td><td>${rfHistory[7]}</td><td>$649,000</td></tr><tr><td>${rfHistory[8]}</td><td>${rfHistory[9]}</td>
<td>$410,000</td></tr></tbody></table></section>
<section class="MortgageCalculatorSection"><h2 class="sectionTitle">${rfPay[0]}</h2>${rfPay
  .slice(1, 4)
  .map((t) => `<div class="legend-row"><span class="legend-label">${t}</span></div>`)
  .join('')}
<button class="button Button text">${rfPay[4]}</button></section></div></div>
<aside class="agentCardSidebar"><div class="AgentCard"><div class="agent-name">${rfAgent[0]}</div><div class="agent-title">${rfAgent[1]}</div>
<div class="rating">${rfAgent[2]}</div><button class="button Button primary">${rfAgent[3]}</button></div></aside>
<section class="NearbyHomesSection"><h2 class="sectionTitle">${rfNearby[0]}</h2><ul>${links(rfNearby.slice(1), 'SimilarHomeCard')}</ul></section></div>
<div class="LoginDialog" style="display:none" aria-hidden="true"><h3>${rfLogin[0]}</h3>${rfLogin
  .slice(1)
  .map((t) => `<button class="button Button">${t}</button>`)
  .join('')}</div>
<footer class="FooterView"><ul class="footer-links">${links(rfFoot)}</ul><p class="fair-housing">${rfFair}</p>
<p class="copyright">Copyright: © 2025 Redfin. All rights reserved.</p></footer></div>
<script src="https://ssl.cdn-redfin.example/stingray/static/js/ldp.bundle.js" async></script></body></html>`;

export const redfinListing: TestPage = {
  html: rfHtml,
  name: 'heldout209-redfin-listing-blog',
  kind: 'blog',
  // the remarks and the property details lists are the article; the amenity group labels are its sub-headings (they are
  // divs on Redfin but read as headings); "Listed by", the MLS source, "last checked" and "updated" lines are bylines;
  // price history table, stats, tour widget, agent card, calculator, nearby homes, login dialog and footer are furniture
  title: rfTitle,
  headings: ['About this home', 'Property details', ...rfDetails.map(([h]) => h)],
  body: [...texts(rfRemarks), ...rfDetails.flatMap(([, items]) => items)],
  bylines: [rfListed, rfCourtesy, rfChecked, rfUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rfNav, ...rfStats.filter((t) => !/^\d$/.test(t)), ...rfActions, ...rfTour, 'Show less', ...rfHistory, '$410,000', ...rfPay,
    ...rfAgent, ...rfNearby, ...rfLogin, ...rfFoot, rfFair, 'Copyright: © 2025 Redfin. All rights reserved.',
  ],
};
