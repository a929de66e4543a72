import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout247-kit.js';

/**
 * Held-out batch 247, file a: a transit authority's service-change alert on Drupal 10 (alert banner, utility menu, main
 * menu, breadcrumb, affected-routes tags, "Sign up for Rider Alerts" box, related alerts, footer) and a rail operator's
 * engineering-works page on Sitecore (Cookiebot banner, journey planner widget, a table of closures, "Live departures"
 * rail, footer).
 */
const tTitle = 'Route 12 and Route 40 detour: Fenwick Street bridge closure, March 9 to April 3';
const tLead = [
  j(
    'Starting Monday, March 9, Route 12 and Route 40 buses will detour around the Fenwick Street bridge while city crews replace',
    'its expansion joints. The bridge will be closed to all traffic, including buses, until the morning of Friday, April 3.',
  ),
  j(
    'Stops on the bridge approaches will be temporarily closed. Temporary stops have been placed on Marlow Avenue and Quarry Lane,',
    'marked with yellow detour flags. Please allow up to ten extra minutes for trips that cross the river.',
  ),
];
const tH = ['What is changing', 'Alternative routes', 'Accessibility'];
const tChange = [
  'Route 12 will run via Marlow Avenue and the Dockside crossing in both directions.',
  'Route 40 will run via Quarry Lane and Hale Road, skipping the Fenwick Street and Canal Terrace stops.',
  'Stops 2214 (Fenwick St at Canal Terrace) and 2215 (Fenwick St at Bridge Row) are closed for the whole period.',
  'Late-night Route 40 trips after 11 p.m. keep their usual times but leave Hale Road two minutes later.',
];
const tAlt = [
  j(
    'The Red Line light rail is not affected and runs every eight minutes between Harbour Station and Elm Park. Riders heading',
    'downtown from the east bank may find it faster than the detoured buses, and transfers from Route 12 are free within 90 minutes.',
  ),
  j(
    'Route 7 continues to serve the north end of Fenwick Street and connects with Route 40 at Hale Road. Trip planners and',
    'real-time arrival screens have been updated to show the detour.',
  ),
];
const tAcc = [
  j(
    'Riders who rely on the Fenwick Street stops to reach the Canal Terrace clinic can use the temporary stop on Quarry Lane, which',
    'is about 250 feet from the clinic entrance along a level sidewalk. Crews will keep that sidewalk open and lit throughout the',
    'closure, and a staff member will be posted at the stop during the first two mornings to help riders find their way.',
  ),
  j(
    'All temporary stops are level and have a paved landing area for ramps. If you use a wheelchair or mobility device and cannot',
    'reach a temporary stop, call Access Line at 555-0142 and a paratransit vehicle can be arranged for the same fare.',
  ),
  'Audio announcements on board have been updated, and drivers will call out the temporary stops.',
];
const tUtil = ['Rider Alerts', 'Trip Planner', 'Fares', 'Contact Us', 'Español'];
const tMenu = ['Schedules & Maps', 'Fares & Passes', 'Accessibility', 'Projects', 'About HRT'];
const tRelated = ['Route 3 stop relocation at Elm Park Station', 'Red Line weekend single-tracking, March 14 and 15', 'Snow routes in effect'];
const tFoot = ['Careers', 'Board Meetings', 'Public Records', 'Title VI', 'Privacy Policy', 'Site Map'];
const tHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Route 12 and Route 40 buses detour while the Fenwick Street bridge is closed for repairs.">
<link rel="canonical" href="https://www.hrtransit.example/alerts/route-12-and-route-40-detour-fenwick-street-bridge">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${tTitle} | Harrowgate Regional Transit</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Route 12 and Route 40 detour",
"datePublished":"2026-03-02T10:00:00-05:00","publisher":{"@type":"GovernmentOrganization","name":"Harrowgate Regional Transit"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412"},
"ajaxPageState":{"theme":"hrt_theme"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yp2e.css"></head>
<body class="path-node page-node-type-service-alert"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div id="block-sitewidealert" class="block block-sitewide-alert"><div class="sitewide-alert alert-warning" role="alert">
<p>Elevator at Harbour Station out of service until March 6. <a href="/alerts/harbour-elevator">Details</a></p></div></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-hrt-branding" class="block block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/hrt_theme/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-utility-menu" id="block-utility"><h2 class="visually-hidden" id="block-utility-menu">Utility</h2>
<ul class="menu menu--utility">${links(tUtil, 'menu-item')}</ul></nav>
<nav role="navigation" aria-labelledby="block-hrt-main-menu-menu" id="block-hrt-main-menu"><h2 class="visually-hidden" id="block-hrt-main-menu-menu">Main
navigation</h2><ul class="menu menu--main">${links(tMenu, 'menu-item menu-item--expanded')}</ul></nav>
<div class="views-exposed-form" id="block-search"><form action="/search" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="text" id="edit-keys" name="keys" placeholder="Search hrtransit.example"><input type="submit" value="Search" class="button"></form></div>
</div></header>
<div class="region region-breadcrumb"><div id="block-hrt-breadcrumbs" class="block block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/alerts">Service Alerts</a></li><li>Route 12 and Route 40 detour</li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-hrt-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title">${tTitle}</span>
</h1></div>
<div id="block-hrt-content" class="block block-system block-system-main-block">
<article data-history-node-id="4412" class="node node--type-service-alert node--promoted node--view-mode-full">
<div class="node__meta"><div class="alert-status"><span class="badge badge--detour">Detour</span> <span class="badge badge--planned">Planned</span></div>
<div class="field field--name-field-effective-dates"><span class="label">In effect:</span> Mar 9, 2026 to Apr 3, 2026</div>
<div class="node__submitted">Posted <time datetime="2026-03-02T15:00:00Z">March 2, 2026</time></div>
<div class="field field--name-changed">Updated March 4, 2026 at 9:15 a.m.</div></div>
<div class="field field--name-field-routes field--type-entity-reference field__items"><span class="field__label">Affected routes</span>
<div class="field__item"><a href="/routes/12" hreflang="en">Route 12 Fenwick</a></div><div class="field__item"><a href="/routes/40"
hreflang="en">Route 40 Hale Road</a></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(tLead)}
<h2>${tH[0]}</h2>
<ul>
${lis(tChange)}
</ul>
<h2>${tH[1]}</h2>
${ps(tAlt)}
<h2>${tH[2]}</h2>
${ps(tAcc)}
</div></div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div id="block-rideralerts" class="block block-block-content"><h2>Sign up for Rider Alerts</h2>
<div class="field--name-body"><p>Get texts or emails when your routes change.</p></div>
<a class="button button--primary" href="/rider-alerts">Subscribe</a></div>
<div class="views-element-container block" id="block-views-block-related-alerts"><h2>Other alerts</h2><ul>${links(tRelated)}</ul></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav id="block-footer" aria-label="Footer"><ul class="menu">
${links(tFoot, 'menu-item')}</ul></nav>
<div id="block-contactinfo"><p>Harrowgate Regional Transit, 400 Canal Terrace, Harrowgate</p><p>Customer Service: 555-0100, 6 a.m. to 10 p.m. daily</p></div>
<p class="copyright">© 2026 Harrowgate Regional Transit</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script src="/themes/custom/hrt_theme/js/main.js"></script></body></html>`;
const transit: TestPage = {
  name: 'heldout247-drupal-transit-service-alert',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tLead, ...tChange, ...tAlt, ...tAcc]),
  bylines: ['Posted March 2, 2026', 'Updated March 4, 2026 at 9:15 a.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Elevator at Harbour Station out of service until March 6.', 'Details', ...tUtil, 'Schedules & Maps', 'Fares & Passes',
    'Projects', 'About HRT', 'Service Alerts', 'Route 12 and Route 40 detour', 'Detour', 'Planned', 'In effect:', 'Mar 9, 2026 to Apr 3, 2026',
    'Affected routes', 'Route 12 Fenwick', 'Route 40 Hale Road', 'Sign up for Rider Alerts', 'Get texts or emails when your routes change.', 'Subscribe',
    'Other alerts', ...tRelated, ...tFoot, 'Harrowgate Regional Transit, 400 Canal Terrace, Harrowgate', 'Customer Service: 555-0100, 6 a.m. to 10 p.m. daily',
    '© 2026 Harrowgate Regional Transit',
  ],
};

const rTitle = 'Engineering work between Calder Junction and Pellham, 14 to 29 March';
const rH = ['What we are doing', 'When the line is closed', 'Rail replacement buses', 'Tickets and refunds'];
const rLead = [
  j(
    'We are renewing two sets of points and half a mile of track on the approach to Calder Junction. To do this safely, the line',
    'between Calder Junction and Pellham will be closed on two weekends and several weeknights in the second half of March.',
  ),
];
const rDoing = [
  j(
    'The points at Calder Junction were installed in 1987 and now need replacing. Engineers will lift out the old switches with',
    'a rail crane, lay new concrete bearers and install the new points, then test the signalling before the line reopens.',
  ),
  j(
    'At the same time, a separate team will replace worn rail on the Pellham side of the junction and clear vegetation from the',
    'cutting at Moss Bank, which will let us lift a temporary speed restriction that has been in place since last autumn.',
  ),
];
const rTable = [
  ['Saturday 14 and Sunday 15 March', 'All day', 'No trains between Calder Junction and Pellham'],
  ['Monday 16 to Thursday 19 March', 'After 22:30', 'Last trains leave earlier; buses replace later services'],
  ['Saturday 28 and Sunday 29 March', 'All day', 'No trains between Calder Junction and Pellham'],
];
const rClosed = [
  j(
    'Trains between Calder Junction and Leyburn Cross run as normal throughout. Online planners and our app already show the changes,',
    'so please check before you travel, especially if you are making a connection at Pellham.',
  ),
];
const rBus = [
  'Buses run every 30 minutes between Calder Junction and Pellham, calling at Moss Bank and Hayle Green.',
  'The bus journey takes about 25 minutes longer than the train.',
  'Buses leave from the station forecourt at each stop; at Moss Bank they use the stop on Station Road.',
  'Bicycles cannot be carried on replacement buses, except folding bikes.',
];
const rTickets = [
  j(
    'Your ticket is valid on the replacement buses at no extra cost. If you no longer want to travel because of the work, you can',
    'get a full refund from the place you bought your ticket, as long as you ask before the date of travel.',
  ),
  j(
    'Season ticket holders on the affected section can claim compensation through our Delay Repay service for each day the line is',
    'closed, even though the closure was announced in advance.',
  ),
];
const rNav = ['Tickets', 'Journey planner', 'Live departures', 'Travel updates', 'Help and support'];
const rLive = ['Harrowby', 'Norton Vale', 'York Road'];
const rFoot = ['About us', 'Careers', 'Accessibility', 'Modern slavery statement', 'Cookies', 'Privacy notice', 'Contact us'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Engineering work: Calder Junction to Pellham | Northmoor Railway</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Closures and rail replacement buses in March.">
<meta property="og:title" content="Engineering work between Calder Junction and Pellham"><meta property="og:site_name" content="Northmoor Railway">
<link href="/-/media/feature/theme/styles/main.css?v=8.2" rel="stylesheet">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="7b1c2d" type="text/javascript" async></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"engineering-works","route":"calder-pellham"});</script></head>
<body class="default-device bodyclass"><form method="post" action="/travel-updates/engineering-work/calder-junction-pellham" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk3MTc0ODM5Ng9kFgJmD2QWAgIDD2QWAg==">
<div id="wrapper"><header><div id="header" class="container-fluid"><div class="row"><div class="component logo col-12 col-md-3"><div class="component-content">
<a title="Northmoor Railway home" href="/"><img src="/-/media/project/northmoor/logo.svg" alt="Northmoor Railway"></a></div></div>
<nav class="component navigation col-12 col-md-9 navigation-main"><div class="component-content"><ul class="clearfix">${links(rNav, 'level1 rel-level1')}</ul>
</div></nav></div></div></header>
<main><div id="content" class="container"><div class="row"><div class="component breadcrumb navigation-title col-12"><div class="component-content">
<nav><ol><li class="breadcrumb-item home"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/travel-updates">Travel updates</a></li>
<li class="breadcrumb-item"><a href="/travel-updates/engineering-work">Engineering work</a></li><li class="breadcrumb-item last">Calder Junction to Pellham</li>
</ol></nav></div></div>
<div class="row component column-splitter"><div class="col-12 col-lg-8"><div class="component title field-title"><div class="component-content">
<h1>${rTitle}</h1></div></div>
<div class="component rich-text page-meta"><div class="component-content"><p class="meta">Last updated: 3 March 2026</p></div></div>
<div class="component rich-text"><div class="component-content">
${ps(rLead)}
<h2>${rH[0]}</h2>
${ps(rDoing)}
<h2>${rH[1]}</h2>
<table class="table table-striped"><thead>
<tr><th>Date</th><th>Time</th><th>What this means</th></tr></thead><tbody>
${rows(rTable)}
</tbody></table>
${ps(rClosed)}
<h2>${rH[2]}</h2>
<ul>
${lis(rBus)}
</ul>
<h2>${rH[3]}</h2>
${ps(rTickets)}
</div></div></div>
<div class="col-12 col-lg-4"><div class="component journey-planner-widget"><div class="component-content"><h3>Plan your journey</h3>
<label for="jp-from">From</label><input id="jp-from" type="text"><label for="jp-to">To</label><input id="jp-to" type="text">
<button type="button" class="btn btn-primary">Find trains</button></div></div>
<div class="component link-list live-departures"><div class="component-content"><h3>Live departures</h3><ul>${links(rLive, 'item')}</ul></div></div>
<div class="component promo"><div class="component-content"><h3>Sign up for travel alerts</h3><p>We will email you about engineering work on your route.</p>
<a class="btn" href="/alerts">Register</a></div></div></div></div></div></div></main>
<footer><div id="footer" class="container-fluid"><div class="component link-list"><ul>${links(rFoot, 'item')}</ul></div>
<div class="component rich-text"><p>Northmoor Railway is operated by Northmoor Trains Limited, registered in England and Wales No. 04418823.</p></div>
</div></footer></div></form>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotCookiebotDialogActive"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to
personalise content, to provide journey features and to analyse our traffic.</div></div><div id="CybotCookiebotDialogBodyButtons">
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyButtonAccept">Allow all</button></div></div>
</body></html>`;
const rail: TestPage = {
  name: 'heldout247-sitecore-rail-engineering-works',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rLead, ...rDoing, ...rTable.flat(), ...rClosed, ...rBus, ...rTickets]),
  bylines: ['Last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Engineering work', 'Calder Junction to Pellham', 'Plan your journey', 'From', 'Find trains', ...rLive, 'Sign up for travel alerts',
    'We will email you about engineering work on your route.', 'Register', ...rFoot,
    'Northmoor Railway is operated by Northmoor Trains Limited, registered in England and Wales No. 04418823.', 'This website uses cookies',
    'We use cookies to personalise content, to provide journey features and to analyse our traffic.', 'Deny', 'Allow all',
  ],
};

export const HELDOUT247_A: readonly TestPage[] = [transit, rail];
