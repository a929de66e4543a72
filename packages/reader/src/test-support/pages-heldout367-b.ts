import { links, ps, type TestPage, texts } from './page-kit.js';
import { visitOrrland } from './pages-heldout367-b2.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file b: a national trail's official route section page on Drupal (skip link, utility bar, branding,
 * main menu, breadcrumb, the node with its lead, route description, distances table, facilities list and a "Read more"
 * promo, the downloads and "Plan your visit" sidebar blocks, the "Page last updated" line, the feedback form, the cookie
 * banner and the footer) and, from file b2, a cycling route guide on a regional tourism site.
 */
const nTitle = 'Section 4: Harrowby to Coldstone Gap';
const nLead = [
  j(
    'This is one of the wildest sections of the Kestrel Ridge Way. After leaving the market town of Harrowby the trail climbs onto',
    'the open moor and stays high for almost the whole day, following the old boundary dyke to the trig point on Fell Knowe before',
    'descending to the hamlet of Coldstone Gap.',
  ),
];
const nRoute = [
  j(
    'Leave Harrowby by Bridge Street and cross the River Lenn on the footbridge beside the mill. The trail turns right along the',
    'riverbank for a short way, then climbs steeply through Causey Wood on a stepped path. At the top of the wood, go through the gate',
    'onto access land and follow the acorn waymarks north-east across Harrowby Common.',
  ),
  j(
    'From the cairn at the edge of the common the path joins the boundary dyke, a low bank of earth and stone built in the medieval',
    'period to divide the grazing of two estates. It is your handrail for the next six miles and makes navigation simple in clear',
    'weather. In mist, take care at the junction near Black Syke, where a quad track leaves the dyke and heads west.',
  ),
  j(
    'The trig point on Fell Knowe, at 548 metres, is the highest point of the whole trail. From here the route drops gently along the',
    'ridge and then more steeply down Coldstone Clough, where the path is pitched with stone slabs. Coldstone Gap has a pub, a bus stop',
    'with a limited service to Harrowby, and a small campsite.',
  ),
];
const nTable: [string, string, string][] = [
  ['Harrowby to Causey Wood gate', '1.5 miles', '2.4 km'],
  ['Causey Wood gate to Black Syke', '5.2 miles', '8.4 km'],
  ['Black Syke to Fell Knowe', '2.4 miles', '3.9 km'],
  ['Fell Knowe to Coldstone Gap', '3.1 miles', '5.0 km'],
];
const nFacilities = [
  'Harrowby: shops, cafés, cash machine, pharmacy, accommodation and a railway station.',
  'Coldstone Gap: pub serving food, campsite with showers, and a bus stop with three services a day on weekdays.',
  'There are no facilities and no shelter between Causey Wood and Coldstone Clough.',
];
const nSafety = [
  j(
    'Ground-nesting birds breed on the moor between March and July. Please keep dogs on a short lead on access land during this time,',
    'as the law requires, and stay on the waymarked path.',
  ),
];
const nNav = ['Plan your visit', 'The route', 'Things to see', 'Walking with children', 'News', 'Shop', 'Get involved'];
const nCrumbs = ['Home', 'The route', 'Route sections'];
const nDownloads = ['Section 4 route map (PDF, 2.1 MB)', 'Section 4 GPX file', 'Accessibility statement for this section'];
const nPlan = ['Getting there by public transport', 'Where to stay along the trail', 'Baggage transfer services', 'Trail distances chart'];
const nFoot = ['About us', 'Contact us', 'Accessibility', 'Privacy notice', 'Cookies', 'Terms and conditions'];
const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Section 4 of the Kestrel Ridge Way National Trail, from Harrowby to Coldstone Gap: 12.2 miles over open moorland.">
<link rel="canonical" href="https://www.kestrelridgeway.example/route/section-4-harrowby-coldstone-gap">
<meta property="og:site_name" content="Kestrel Ridge Way National Trail"><meta property="og:type" content="article">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${nTitle} | Kestrel Ridge Way National Trail</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1vX8hT2.css?delta=0&amp;language=en&amp;theme=krw&amp;include=eJxt">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-route-section"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-utility"><ul class="utility-links"><li><a href="/news">Latest trail news</a></li>
<li><a href="/contact">Report a problem on the trail</a></li></ul></div>
<div class="region region-header"><div id="block-krw-branding" class="block block-system block-system-branding-block"><a href="/" rel="home"
class="site-logo"><img src="/themes/custom/krw/logo.svg" alt="Home"></a></div>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get"><input type="search" name="keys"
placeholder="Search this site" title="Enter the terms you wish to search for."></form></div></div>
<nav role="navigation" aria-labelledby="block-krw-main-menu-menu" id="block-krw-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-krw-main-menu-menu">Main navigation</h2><ul class="menu">${links(nNav, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><div id="block-krw-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(nCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-krw-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span
class="field field--name-title field--type-string field--label-hidden">${nTitle}</span></h1></div>
<div id="block-krw-content" class="block block-system block-system-main-block">
<article role="article" about="/route/section-4-harrowby-coldstone-gap" class="node node--type-route-section node--view-mode-full">
<div class="node__content"><div class="field field--name-field-hero-image field--type-image"><figure><img
src="/sites/default/files/styles/hero/public/2025-11/fell-knowe.jpg" alt="Walkers at the trig point on Fell Knowe">
<figcaption>The trig point on Fell Knowe, the highest point on the trail. Photo: Gwen Astley</figcaption></figure></div>
<div class="field field--name-field-section-facts"><dl class="section-facts"><dt>Distance</dt><dd>12.2 miles (19.7 km)</dd><dt>Ascent</dt>
<dd>610 metres</dd><dt>Terrain</dt><dd>Moorland paths, some boggy ground</dd></dl></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<div class="lead">${ps(nLead)}</div>
<h2>Route description</h2>
${ps(nRoute)}
<p class="promo"><strong>Read more:</strong> <a href="/news/boundary-dyke-survey">What the boundary dyke survey found on Harrowby Common</a></p>
<h2>Distances on this section</h2>
<table class="table"><caption>Distances between points on Section 4</caption><thead><tr><th>From and to</th><th>Miles</th><th>Kilometres</th></tr>
</thead><tbody>${nTable.map(row).join('\n')}</tbody></table>
<h2>Facilities</h2>
<ul>${lis(nFacilities)}</ul>
<h2>Dogs and wildlife</h2>
${ps(nSafety)}
</div></div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="block block-krw-downloads"><h2>Downloads</h2><ul>${links(nDownloads)}</ul></div>
<div class="block block-menu menu--plan"><h2>Plan your visit</h2><ul>${links(nPlan)}</ul></div>
<div class="block block-block-content"><p>Walked this section? Share your photos with <a href="/share">#KestrelRidgeWay</a></p></div></div></aside>
<div class="region region-content-bottom"><div class="last-updated"><p>Page last updated: 12 February 2026</p></div>
<div class="block feedback-block"><h2>Was this page useful?</h2><button type="button">Yes</button><button type="button">No</button></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><ul class="menu">${links(nFoot)}</ul>
<p>The Kestrel Ridge Way is one of the National Trails, managed by the Uplands Access Trust with funding from the Countryside Agency.</p>
<p>© Uplands Access Trust 2026. Registered charity number 1150923.</p></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/sites/default/files/js/js_Lk3wq.js"></script></body></html>`;
const nationalTrail: TestPage = {
  name: 'heldout367-drupal-national-trail-section',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Route description', 'Distances on this section', 'Facilities', 'Dogs and wildlife'],
  body: texts([...nLead, ...nRoute, 'Distances between points on Section 4', ...nTable.flat(), ...nFacilities, ...nSafety]),
  bylines: ['Page last updated: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Latest trail news', 'Report a problem on the trail', ...nNav, ...nCrumbs,
    'The trig point on Fell Knowe, the highest point on the trail. Photo: Gwen Astley', 'Read more:',
    'What the boundary dyke survey found on Harrowby Common', 'Downloads', ...nDownloads, ...nPlan,
    'Walked this section? Share your photos with #KestrelRidgeWay', 'Was this page useful?', ...nFoot,
    'The Kestrel Ridge Way is one of the National Trails, managed by the Uplands Access Trust with funding from the Countryside Agency.',
    '© Uplands Access Trust 2026. Registered charity number 1150923.', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT367_B: readonly TestPage[] = [nationalTrail, visitOrrland];
