import { links, ps, type TestPage, texts } from './page-kit.js';
import { farmPress } from './pages-heldout240-a2.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file a: a university extension fact sheet on Drupal 10 (Olivero-derived theme: header menus, breadcrumb
 * block, fact sheet number, Download PDF / Print / Share tools, figure with caption and credit, a table, related-content
 * view, county office sidebar, newsletter block, cookie banner by the EU Cookie Compliance module, footer) and a farm-press
 * news article on Arc XP Fusion (links bar, byline with date and update line, share bar, captioned photo, "Read more" inline
 * promo, ad slots, "More from Crops" rail, newsletter sign-up, footer).
 */
const eTitle = 'Managing Soil pH in Pasture and Hay Fields';
const eIntro = [
  j(
    'Soil pH controls how much of the fertilizer you buy actually reaches your grass. On many pastures in the northern part of the state,',
    'years of nitrogen applications and rainfall have pushed pH below 5.8, the point at which forage yields begin to slip and legumes',
    'such as clover and alfalfa struggle to persist.',
  ),
];
const eWhy = [
  j(
    'Most cool-season grasses grow best between pH 6.0 and 6.5, while alfalfa prefers 6.5 to 7.0. Below those ranges, phosphorus binds',
    'to iron and aluminum in the soil and becomes unavailable, and aluminum itself can reach levels that stunt root growth.',
    'Nitrogen-fixing bacteria on legume roots are also sensitive to acidity, so a low pH quietly raises your nitrogen bill.',
  ),
  j(
    'In county trials run by Northvale Extension between 2019 and 2024, fields limed to a target pH of 6.4 produced on average 0.8 tons',
    'more hay per acre than unlimed neighbors, with no change in fertilizer rates.',
  ),
];
const eTest = [
  j(
    'Test each field at least every three years, and more often where you apply manure or heavy nitrogen. Take samples at the same time',
    'of year so results can be compared.',
  ),
];
const eTestList = [
  'Collect 15 to 20 cores per field in a zigzag pattern, avoiding gateways, water troughs and old feeding sites.',
  'Sample pastures and hay fields to a depth of 3 inches; sample fields you intend to plow to 6 inches.',
  'Mix the cores in a clean plastic bucket and send about a pint of soil to the lab.',
  'Ask for a buffer pH as well as water pH. The buffer value is what the lab uses to calculate your lime requirement.',
];
const eLime = [
  j(
    'Agricultural limestone is the most common and least expensive option. Its value depends on two things listed on the label: calcium',
    'carbonate equivalent (CCE), which describes how much acid it can neutralize, and fineness, which describes how quickly it will react.',
  ),
];
const eCaption = 'Table 1. Common liming materials and how fast they work';
const eRows = [
  ['Calcitic limestone', '90 to 100 percent', '6 to 12 months'],
  ['Dolomitic limestone', '95 to 108 percent', '6 to 18 months'],
  ['Pelletized lime', '90 to 100 percent', '2 to 6 months'],
  ['Wood ash', '40 to 70 percent', '1 to 3 months'],
];
const eLime2 = [
  j(
    'Choose dolomitic limestone when your soil test shows low magnesium; otherwise calcitic lime is usually the better buy. Pelletized',
    'lime costs more per ton of neutralizing value but is easy to spread with a standard fertilizer spreader on small acreages.',
  ),
];
const eApply = [
  j(
    'Lime can be spread at any time of year when the ground will carry equipment, but fall applications give the material a winter to',
    'begin reacting before spring growth. On established sods, lime moves downward slowly, roughly an inch a year, so do not expect a',
    'surface application to correct deep acidity quickly.',
  ),
];
const eApplyList = [
  'Apply no more than 2 tons per acre in one pass on established pasture; split larger recommendations over two years.',
  'Keep livestock off freshly limed fields until a rain has washed the material off the leaves.',
  'Retest two years after application to confirm the pH has moved as expected.',
];
const eEnd = [
  j(
    'For help interpreting a soil test report, contact your county extension office. Staff can also put you in touch with local lime',
    'suppliers and custom spreaders.',
  ),
];
const eHeads = ['Why pH matters', 'Testing your soil', 'Choosing a liming material', 'When and how to apply'];
const eNav = ['Agriculture', 'Food & Health', 'Lawn & Garden', 'Youth & 4-H', 'Community', 'Events'];
const eUtil = ['County Offices', 'Soil Testing Lab', 'Give', 'Log in'];
const eCrumbs = ['Agronomy', 'Forages', 'Fact Sheets'];
const eRelated = ['Rotational Grazing for Beginners', 'Reading Your Soil Test Report', 'Frost Seeding Clover into Grass Pastures'];
const eFoot = ['Nondiscrimination Statement', 'Accessibility', 'Privacy Notice', 'Site Map', 'Employment'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="description" content="How to test pasture soils, choose a liming material and apply lime to raise soil pH for forages.">
<link rel="canonical" href="https://extension.northvale.example/agronomy/managing-soil-ph-pasture-hay">
<meta property="og:site_name" content="Northvale State University Extension"><meta property="og:type" content="article">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>${eTitle} | Northvale State University Extension</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"@type":"Person","name":"Marisol Adeyemi"},"dateModified":"2026-01-14T09:00:00-06:00"}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"drupalLanguage":"en","drupalCountry":"US","siteName":"Extension"});</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/40912"}}</script>
</head><body class="path-node page-node-type-fact-sheet">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper">
<header class="site-header" role="banner"><div class="site-header__inner container">
<div id="block-nsu-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__name">
Northvale State University Extension</a></div>
<nav role="navigation" aria-labelledby="block-utility-menu" id="block-utility" class="block block-menu navigation menu--utility">
<h2 class="visually-hidden" id="block-utility-menu">Utility</h2><ul class="menu">${links(eUtil, 'menu-item')}</ul></nav>
<nav role="navigation" aria-labelledby="block-main-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-main-menu">Main navigation</h2><ul class="menu menu--level-1">${links(eNav, 'menu-item menu-item--expanded')}</ul></nav>
<form class="search-block-form" action="/search" method="get"><label for="edit-keys">Search extension</label>
<input type="search" id="edit-keys" name="keys"><input type="submit" value="Search"></form></div></header>
<div class="region region-breadcrumb"><div id="block-nsu-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li>
${links(eCrumbs)}</ol></nav></div></div>
<main role="main" class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-nsu-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title">${eTitle}</span></h1></div>
<div id="block-nsu-content" class="block block-system block-system-main-block">
<article data-history-node-id="40912" role="article" class="node node--type-fact-sheet node--view-mode-full">
<div class="node__meta"><div class="field field--name-field-publication-number"><span class="field__label">Fact Sheet</span>
<span class="field__item">FS-1187</span></div>
<div class="field field--name-field-authors"><div class="field__label">Authors</div><div class="field__item">Marisol Adeyemi</div>
<div class="field__item">Curtis Lindqvist</div></div>
<div class="field field--name-field-updated"><span class="field__label">Updated:</span> <time datetime="2026-01-14">January 14, 2026</time></div></div>
<div class="node-tools"><ul class="tools-list"><li><a href="/sites/default/files/fs-1187.pdf" class="tool-pdf">Download PDF</a></li>
<li><button class="tool-print" onclick="window.print()">Print</button></li><li><button class="tool-share">Share</button></li></ul></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(eIntro)}
<figure role="group" class="caption caption-img align-right"><img src="/sites/default/files/styles/large/soil-probe.jpg" alt="soil probe" width="480"
height="320"><figcaption>A soil probe sampling to a three-inch depth in a mixed grass pasture. <span class="credit">Photo: Curtis Lindqvist</span>
</figcaption></figure>
<h2>${eHeads[0]}</h2>
${ps(eWhy)}
<h2>${eHeads[1]}</h2>
${ps(eTest)}
<ul>${eTestList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${eHeads[2]}</h2>
${ps(eLime)}
<table class="table"><caption>${eCaption}</caption><thead><tr><th>Material</th><th>Calcium carbonate equivalent</th>
<th>Typical reaction time</th></tr></thead><tbody>
${eRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
${ps(eLime2)}
<h2>${eHeads[3]}</h2>
${ps(eApply)}
<ol>${eApplyList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(eEnd)}
</div></div>
<div class="field field--name-field-tags"><div class="field__label">Topics</div><div class="field__items">
<div class="field__item"><a href="/topics/soil-fertility">Soil Fertility</a></div><div class="field__item">
<a href="/topics/pasture">Pasture Management</a></div>
</div></div></article></div>
<div class="views-element-container block block-views" id="block-views-block-related-content"><h2 class="block__title">Related Content</h2>
<div class="view view-related-content"><ul class="related-list">${links(eRelated, 'views-row')}</ul></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div id="block-county-office" class="block block-block-content"><h2 class="block__title">Contact Your County Office</h2>
<p>Find soil sample bags, forage advice and workshops near you.</p><a href="/county-offices" class="button">Find an office</a></div>
<div id="block-newsletter" class="block block-block-content"><h2 class="block__title">Get the Forage Focus newsletter</h2>
<p>Monthly grazing and hay tips from our specialists.</p><form class="newsletter-form"><input type="email" aria-label="Email address">
<button type="submit">Sign up</button></form></div></div></aside></main>
<footer class="site-footer" role="contentinfo"><div class="region region-footer">
<p class="footer-address">Northvale State University Extension, 210 Harmon Hall, Cold Ford, NV 58102</p>
<ul class="menu menu--footer">${links(eFoot, 'menu-item')}</ul>
<p class="copyright">© 2026 Northvale State University. An equal opportunity provider and employer.</p></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" aria-label="Cookie consent"><div class="eu-cookie-compliance-banner">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set
cookies.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">
OK, I agree</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const extension: TestPage = {
  name: 'heldout240-drupal-extension-factsheet',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, ...eWhy, ...eTest, ...eTestList, ...eLime, eCaption, ...eRows.flat(), ...eLime2, ...eApply, ...eApplyList, ...eEnd]),
  bylines: ['Marisol Adeyemi', 'Curtis Lindqvist', 'January 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northvale State University Extension', ...eUtil, ...eNav, 'Search extension', 'Home', ...eCrumbs, 'Fact Sheet', 'FS-1187',
    'Authors', 'Updated:', 'Download PDF', 'Print', 'Share', 'A soil probe sampling to a three-inch depth in a mixed grass pasture.',
    'Photo: Curtis Lindqvist', 'Topics', 'Soil Fertility', 'Pasture Management', 'Related Content', ...eRelated, 'Contact Your County Office',
    'Find soil sample bags, forage advice and workshops near you.', 'Find an office', 'Get the Forage Focus newsletter',
    'Monthly grazing and hay tips from our specialists.', 'Sign up', 'Northvale State University Extension, 210 Harmon Hall, Cold Ford, NV 58102', ...eFoot,
    '© 2026 Northvale State University. An equal opportunity provider and employer.', 'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'OK, I agree', 'No, thanks',
  ],
};

export const HELDOUT240_A: readonly TestPage[] = [extension, farmPress];
