import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout424-b2.js';
import { j, lis, tds } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file b: a state wildlife agency's hunting regulations summary on Drupal 10 with the agency's own theme
 * (official state banner, utility links, Google Translate widget, main menu, alert bar, breadcrumb, side navigation of the
 * section, a season-dates table with caption, "Last updated" line, a feedback widget, EU-style cookie notice and the
 * agency footer) and, from file b2, a fly-fishing guide service's blog post on Squarespace.
 */
const dTitle = 'Fall Turkey and Small Game Regulations Summary 2026-27';
const dIntro = [
  j(
    'This page summarizes the most important rules for fall turkey, squirrel, rabbit and grouse hunting in Carrow State for the',
    '2026-27 license year. It does not replace the full regulations, which are published in the Carrow Administrative Code,',
    'Title 12, Chapter 40. Where this summary and the code differ, the code applies.',
  ),
];
const dH1 = 'Season dates and bag limits';
const dCaption = 'Table 1. Fall seasons, statewide unless noted';
const dHead = ['Species', 'Season', 'Daily limit', 'Possession limit'];
const dRows: readonly (readonly string[])[] = [
  ['Fall turkey (either sex)', 'Oct 17 to Nov 1', '1', '1 per season'],
  ['Gray and fox squirrel', 'Sep 1 to Feb 28', '6', '18'],
  ['Cottontail rabbit', 'Nov 7 to Feb 28', '4', '12'],
  ['Ruffed grouse (Zones 1 and 2 only)', 'Oct 10 to Jan 15', '2', '6'],
];
const dCells = dRows.flat();
const dAfter = [
  j(
    'Fall turkey hunting is closed in Wildlife Management Units 6B and 7 this year because of low summer brood counts. Hunters',
    'holding a fall turkey tag may use it in any other open unit.',
  ),
];
const dH2 = 'License and tag requirements';
const dLicense = [
  'A valid Carrow hunting license, or a combination hunting and fishing license, is required for all species on this page.',
  'Fall turkey hunters must also carry a fall turkey tag, available from license agents and online for $14 for residents.',
  'Harvested turkeys must be reported online or by phone within 24 hours, and the tag confirmation number written on the carcass tag.',
  'Hunters born on or after January 1, 1980 must carry proof of completing a hunter education course.',
];
const dH3 = 'Legal methods and hours';
const dMethods = [
  j(
    'Shooting hours for all fall small game and turkey seasons are one half hour before sunrise to sunset. Turkeys may be taken',
    'with shotguns using shot no larger than size 2, with archery equipment, or with crossbows. Rifles may not be used for turkey.',
  ),
  j(
    'Squirrel and rabbit may be taken with rimfire rifles, shotguns, air guns of .177 caliber or larger, and archery equipment.',
    'Dogs may be used for rabbit and squirrel but not for turkey during the fall season.',
  ),
];
const dH4 = 'Fluorescent orange requirement';
const dOrange = [
  j(
    'When any firearms deer season is open in the same unit, small game hunters must wear at least 250 square inches of solid',
    'fluorescent orange on the head, chest and back. Turkey hunters are exempt while stationary in a blind or calling, but must',
    'wear orange while moving.',
  ),
];
const dCallout = j(
  'Chronic wasting disease sampling stations will be open in Hollis and Tarrant counties during October. Small game hunters',
  'are not required to stop, but may drop off deer heads for testing on behalf of landowners.',
);
const dUtil = ['Buy a License', 'Report a Harvest', 'Contact Us', 'Careers'];
const dMenu = ['Hunting', 'Fishing', 'Boating', 'Wildlife & Habitat', 'Public Lands', 'Education'];
const dCrumbs = ['Home', 'Hunting', 'Regulations'];
const dSide = ['Regulations', 'Deer Regulations', 'Spring Turkey Regulations', 'Fall Turkey and Small Game', 'Waterfowl and Migratory Birds', 'Trapping'];
const dFootCols = ['About the Department', 'News Releases', 'Public Meetings', 'Accessibility', 'Privacy Policy', 'Site Map'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Summary of fall turkey, squirrel, rabbit and grouse rules for the 2026-27 license year.">
<link rel="canonical" href="https://wildlife.carrow.example/hunting/regulations/fall-turkey-small-game"><meta name="Generator"
content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Carrow Department of Fish and Wildlife</title>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
<script src="/core/misc/drupal.js?v=10.2.6"></script></head>
<body class="path-node page-node-type-regulation-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="state-banner"><div class="container"><span class="state-banner__text">An official website of the State of Carrow</span>
<a class="state-banner__link" href="#">Here&#39;s how you know</a></div></div>
<header role="banner" class="site-header"><div class="region region-header-top"><nav id="block-utilitymenu" class="block block-menu menu--utility">
<ul class="menu">${links(dUtil, 'menu-item')}</ul></nav><div id="block-googletranslate" class="block block-gtranslate"><div class="gtranslate_wrapper">
<select class="gt_selector notranslate" aria-label="Select Language"><option value="">Select Language</option><option value="en|es">Spanish</option></select>
</div></div></div><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/cdfw/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Carrow Department of Fish and Wildlife</a></div></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">${links(dMenu, 'menu__item menu__item--expanded')}</ul>
</nav></header>
<div class="region region-highlighted"><div class="alert-bar alert-bar--warning" role="alert"><p>License sales system maintenance Saturday, Aug 29,
11 pm to 3 am. Online purchases will be unavailable.</p></div>
<div data-drupal-messages-fallback class="hidden"></div></div>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}</ol></nav></div></div>
<main role="main" class="layout-main-wrapper"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<article data-history-node-id="4412" role="article" about="/hunting/regulations/fall-turkey-small-game"
class="node node--type-regulation-page node--view-mode-full">
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH1}</h2>
<table class="table table-striped"><caption>${dCaption}</caption><thead><tr>${dHead.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>
${dRows.map((r) => tds(r)).join('\n')}
</tbody></table>
${ps(dAfter)}
<h2>${dH2}</h2>
<ul>
${lis(dLicense)}
</ul>
<h2>${dH3}</h2>
${ps(dMethods)}
<h2>${dH4}</h2>
${ps(dOrange)}
<div class="callout callout--info"><p class="callout__title">Did you know?</p><p>${dCallout}</p></div>
</div>
<div class="field field--name-field-documents field--type-file field--label-above"><div class="field__label">Related documents</div>
<div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf">
<a href="/sites/default/files/2026-07/fall-small-game-2026.pdf" type="application/pdf">2026-27 Fall Small Game Digest (PDF, 2.1 MB)</a></span></div></div></div>
<div class="field field--name-field-last-updated"><span class="field__label">Last updated:</span> <time datetime="2026-07-22T12:00:00Z">July 22, 2026</time>
</div>
</div></article></div></div>
<aside class="layout-sidebar-first" role="complementary"><nav id="block-sectionnav"
class="block block-menu menu--section"><h2 class="block-title">In this section</h2>
<ul class="menu">${links(dSide, 'menu-item')}</ul></nav></aside></main>
<div class="region region-pre-footer"><div id="block-feedback" class="block block-webform"><h2 class="block-title">Was this page helpful?</h2>
<form class="webform-submission-form"><button type="button" class="button">Yes</button><button type="button" class="button">No</button></form></div></div>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="footer-contact"><p>Carrow Department of Fish and Wildlife</p>
<p>1400 Capitol Loop, Bexley, CR 40112</p><p>Phone: (555) 018-2200</p></div><nav class="block block-menu menu--footer">
<ul class="menu">${links(dFootCols)}</ul></nav>
<p class="copyright">© 2026 State of Carrow. All rights reserved.</p></div></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<p>This website uses cookies to understand how visitors use it and to improve your experience.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout424-drupal-state-agency-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3, dH4],
  body: texts([...dIntro, dCaption, ...dCells, ...dAfter, ...dLicense, ...dMethods, ...dOrange, dCallout]),
  bylines: ['Last updated:', 'July 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the State of Carrow', "Here's how you know", ...dUtil, 'Select Language', 'Spanish',
    'Carrow Department of Fish and Wildlife', ...dMenu,
    'License sales system maintenance Saturday, Aug 29, 11 pm to 3 am. Online purchases will be unavailable.',
    'Breadcrumb', 'Did you know?', 'Related documents', '2026-27 Fall Small Game Digest (PDF, 2.1 MB)',
    'In this section', 'Deer Regulations', 'Spring Turkey Regulations', 'Fall Turkey and Small Game', 'Waterfowl and Migratory Birds', 'Trapping',
    'Was this page helpful?', '1400 Capitol Loop, Bexley, CR 40112', 'Phone: (555) 018-2200', ...dFootCols, '© 2026 State of Carrow. All rights reserved.',
    'This website uses cookies to understand how visitors use it and to improve your experience.', 'OK, I agree', 'No, thanks',
  ],
};

export const HELDOUT424_B: readonly TestPage[] = [drupal, squarespace];
