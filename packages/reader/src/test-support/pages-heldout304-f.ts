import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout304-kit.js';

/**
 * Held-out batch 304, file f: a carbon-footprint explainer with a calculator on a WordPress site built with Elementor
 * (sections, columns and widget wrappers, the header template, a Complianz cookie banner, a heading widget per section,
 * text-editor widgets, an icon list, the calculator form widget, a testimonial, a call-to-action and the footer template)
 * and an InciWeb-style wildfire incident page (USWDS header, the incident overview with its fact table, the latest
 * announcement as the body, evacuation and closure lists, photo gallery, related links, the contact block and the footer).
 */
const cTitle = 'What Is a Carbon Footprint, and How Do You Measure Yours?';
const cIntro = [
  j(
    'Your carbon footprint is the total amount of greenhouse gases released because of the things you do: heating your home,',
    'travelling, eating, and buying things. It is usually given in tonnes of carbon dioxide equivalent (CO2e) per year, a unit',
    'that converts other gases such as methane into the amount of CO2 that would warm the planet by the same amount.',
  ),
  j(
    'The average footprint in Valdoria is about 8.4 tonnes per person per year. To keep warming well below 2°C, that number',
    'needs to fall to around 2 tonnes by the middle of the century.',
  ),
];
const cParts = [
  'Household energy: heating, hot water and electricity, usually the biggest single share',
  'Transport: car journeys, public transport and especially flights',
  'Food: meat and dairy have a much larger footprint than grains, pulses and vegetables',
  'Goods and services: clothes, electronics, furniture and everything else you buy',
];
const cHow = [
  j(
    'A calculator like the one below asks a few questions about each of these areas and multiplies your answers by emission',
    'factors: the average emissions per kilowatt-hour of gas, per kilometre driven, or per euro spent on a type of product.',
    'The result is an estimate, not an exact figure, but it is good enough to show where your biggest savings are.',
  ),
  j(
    'Be honest with your answers. Most people underestimate how far they drive and how much energy their home uses, and a',
    'footprint that looks good on paper will not help you decide what to change.',
  ),
];
const cNext = [
  j(
    'Once you know your number, start with the largest slice. For many households that means better insulation or a heat',
    'pump; for frequent flyers, one fewer long-haul trip can save more than a year of careful recycling.',
  ),
];
const cMenu = ['Home', 'Calculator', 'Guides', 'For Business', 'About', 'Contact'];
const cFoot = ['Privacy Policy', 'Imprint', 'Methodology', 'Partners'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-section-boxed"><div
class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"><div
class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>What Is a Carbon Footprint? | Footprint Compass</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${cTitle}"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.27.4"};</script></head>
<body class="page-template-default page elementor-default elementor-kit-7 elementor-page elementor-page-2210">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin" role="dialog"><div class="cmplz-header"><div
class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">${sec(
  w('theme-site-logo', '<a href="/">Footprint Compass</a>') +
    w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(cMenu, 'menu-item')}</ul></nav>`),
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="2210" class="elementor elementor-2210">
${sec(w('heading', `<h1 class="elementor-heading-title elementor-size-default">${cTitle}</h1>`) + w('text-editor', '<p>Updated March 2026</p>'))}
${sec(w('text-editor', ps(cIntro)))}
${sec(
  w('heading', '<h2 class="elementor-heading-title elementor-size-default">Where your footprint comes from</h2>') +
    w(
      'icon-list',
      `<ul class="elementor-icon-list-items">${cParts
        .map(
          (t) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-text">${t}</span></li>`,
        )
        .join('\n')}</ul>`,
    ),
)}
${sec(w('heading', '<h2 class="elementor-heading-title elementor-size-default">How the calculator works</h2>') + w('text-editor', ps(cHow)))}
${sec(
  w(
    'form',
    `<form class="elementor-form" name="Footprint calculator"><div class="elementor-form-fields-wrapper"><label>How many people live in your home?</label>
<input type="number"><label>How many kilometres do you drive per week?</label><input type="number"><label>How many return flights did you take
last year?</label><select><option>None</option><option>1 to 2</option><option>3 or more</option></select><button type="submit"
class="elementor-button"><span class="elementor-button-text">Calculate my footprint</span></button></div></form>`,
  ),
)}
${sec(w('heading', '<h2 class="elementor-heading-title elementor-size-default">What to do with your result</h2>') + w('text-editor', ps(cNext)))}
${sec(
  w(
    'testimonial',
    `<div class="elementor-testimonial-content">I cut my footprint by a third in two years, starting with the loft.</div>
<div class="elementor-testimonial-name">Maren, Lisbrook</div>`,
  ) + w('call-to-action', '<h3 class="elementor-cta__title">Take the full 10-minute assessment</h3><a class="elementor-button" href="/full">Start now</a>'),
)}</div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer">${sec(
  w('nav-menu', `<ul class="elementor-nav-menu">${links(cFoot, 'menu-item')}</ul>`) + w('text-editor', '<p>© 2026 Footprint Compass gGmbH</p>'),
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout304-elementor-carbon-calculator-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: ['Where your footprint comes from', 'How the calculator works', 'What to do with your result'],
  body: texts([...cIntro, ...cParts, ...cHow, ...cNext]),
  bylines: ['Updated March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Footprint Compass',
    ...cMenu.filter((t) => t !== 'Calculator'), 'How many people live in your home?', 'How many kilometres do you drive per week?', 'None', '1 to 2',
    '3 or more', 'Calculate my footprint', 'I cut my footprint by a third in two years, starting with the loft.', 'Maren, Lisbrook',
    'Take the full 10-minute assessment', 'Start now', ...cFoot, '© 2026 Footprint Compass gGmbH',
  ],
};

const iTitle = 'Tamber Ridge Fire';
const iUpd = [
  j(
    'The Tamber Ridge Fire grew by about 1,400 acres on Tuesday as gusty afternoon winds pushed it east across Sawtell Creek.',
    'Most of the growth was in steep, rocky terrain inside the wilderness boundary, where crews are not being placed because',
    'of the risk from falling snags and rolling debris.',
  ),
  j(
    'On the west side, firefighters completed a dozer line from Forest Road 2214 to the Cinder Lake trailhead and began',
    'firing operations along it overnight to remove unburned fuel between the line and the fire. Helicopters dropped water',
    'on spot fires north of the Hollins Meadow subdivision, and no structures have been damaged.',
  ),
];
const iWx = [
  j(
    'A dry cold front is forecast to cross the area on Thursday, bringing west winds of 15 to 25 mph with gusts near 40 mph',
    'and relative humidity as low as 8 percent. A Red Flag Warning is in effect from noon Thursday until 9 PM. Fire behavior',
    'is expected to be active, with the potential for long-range spotting.',
  ),
];
const iEvac = [
  'GO (evacuate now): Hollins Meadow, Upper Sawtell Road and all residences on Forest Road 2210',
  'SET (be ready to leave): Cinder Lake Estates and the community of Marlow Flats',
  'READY: Pine Hollow and the area east of Highway 57 between mile markers 41 and 48',
];
const iClose = [
  j(
    'The Loma Verde National Forest has closed the area around the fire, including the Sawtell Creek, Tamber Ridge and',
    'Cinder Lake trails, for public safety. The Cinder Lake campground is closed until further notice.',
  ),
  'Smoke may be heavy in the valleys in the morning. Air quality information is available from the county health department.',
];
const iNav = ['Incidents', 'Map', 'Prescribed Fire', 'Fire Information', 'About'];
const iCrumb = ['Home', 'Incidents', 'Tamber Ridge Fire'];
const iFacts: [string, string][] = [
  ['Incident Type', 'Wildfire'],
  ['Cause', 'Lightning'],
  ['Date of Origin', 'Sunday, August 09, 2026 - 15:20'],
  ['Location', '12 miles northeast of Marlow Flats'],
  ['Incident Commander', 'Complex Incident Management Team 4'],
  ['Size', '8,932 Acres'],
  ['Percent of Perimeter Contained', '18%'],
  ['Total Personnel', '612'],
];
const iRel = ['Loma Verde NF home page', 'County Emergency Management', 'Road conditions', 'Fire restrictions'];
const iFoot = ['About InciWeb', 'Accessibility', 'Privacy Policy', 'FOIA', 'USA.gov', 'Contact'];
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Tamber Ridge Fire | InciWeb</title>
<meta name="description" content="Tamber Ridge Fire incident information, updates and maps.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/themes/custom/inciweb/dist/css/styles.css"><script src="/themes/custom/inciweb/dist/js/uswds-init.min.js"></script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node/71344"},
"incident":{"id":"cavdf-tamber-ridge"}}</script></head>
<body class="path-incident"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button type="button" class="usa-accordion__button usa-banner__button"><span class="usa-banner__button-text">Here’s how you know</span></button></div>
</header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/">InciWeb</a></em></div>
<p class="usa-logo__subtitle">Incident Information System</p></div><nav aria-label="Primary navigation" class="usa-nav">
<ul class="usa-nav__primary usa-accordion">
${links(iNav, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content" class="usa-layout-docs"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">
${links(iCrumb, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="incident-header"><h1 class="incident-title">${iTitle}</h1><p class="incident-unit">Unit Information: Loma Verde National Forest</p>
<p class="incident-updated">Last updated: Wednesday, August 19, 2026 - 07:45</p></div>
<div class="grid-row grid-gap"><div class="tablet:grid-col-4"><div class="incident-overview"><h2 class="usa-sr-only">Incident Overview</h2>
<table class="usa-table usa-table--borderless incident-facts"><tbody>
${iFacts.map(([k, val]) => `<tr><th scope="row">${k}</th><td>${val}</td></tr>`).join('\n')}</tbody></table></div>
<div class="incident-contact"><h3>Contact Information</h3><p>Tamber Ridge Fire Information Line</p><p>Phone: 541-555-0187</p>
<p>Hours: 8 a.m. - 8 p.m.</p></div>
<div class="incident-related"><h3>Related Links</h3><ul class="usa-list usa-list--unstyled">${links(iRel)}</ul></div></div>
<div class="tablet:grid-col-8"><div class="incident-tabs"><ul class="usa-button-group">${links(['Updates', 'Maps', 'Photographs', 'Closures'])}</ul></div>
<article class="incident-announcement"><h2 class="announcement-title">Tamber Ridge Fire Update, August 19</h2>
<p class="announcement-date">Publication Type: News - 08/19/2026</p>
<div class="field--name-body">${ps(iUpd)}
<h3>Weather</h3>${ps(iWx)}
<h3>Evacuations</h3><ul>${lis(iEvac)}</ul>
<h3>Closures and smoke</h3>${ps(iClose)}</div></article>
<div class="incident-photos"><h2>Photographs</h2><figure><img src="/photos/tamber-ridge-0818.jpg" alt="Smoke column over a ridge">
<figcaption>Smoke rises over Sawtell Creek on August 18. Photo by Incident Management Team 4.</figcaption></figure>
<a href="/incident-photographs/cavdf-tamber-ridge" class="usa-button usa-button--outline">View all photographs</a></div></div></div></div></main>
<footer class="usa-footer"><div class="usa-footer__primary-section"><ul class="usa-footer__nav">${links(iFoot, 'usa-footer__primary-content')}</ul></div>
<div class="usa-footer__secondary-section"><p>InciWeb is an interagency all-risk incident information management system.</p></div></footer>
<script src="/themes/custom/inciweb/dist/js/uswds.min.js"></script></body></html>`;
const inciweb: TestPage = {
  name: 'heldout304-inciweb-wildfire-incident-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: ['Tamber Ridge Fire Update, August 19', 'Weather', 'Evacuations', 'Closures and smoke'],
  body: texts([...iUpd, ...iWx, ...iEvac, ...iClose]),
  bylines: ['Last updated: Wednesday, August 19, 2026 - 07:45', 'Publication Type: News - 08/19/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'InciWeb', 'Incident Information System',
    ...iNav, 'Unit Information: Loma Verde National Forest', 'Incident Overview', ...iFacts.flatMap(([k, val]) => [k, val]), 'Contact Information',
    'Tamber Ridge Fire Information Line', 'Phone: 541-555-0187', 'Hours: 8 a.m. - 8 p.m.', 'Related Links', ...iRel, 'Updates', 'Maps', 'Photographs',
    'Smoke rises over Sawtell Creek on August 18. Photo by Incident Management Team 4.', 'View all photographs', ...iFoot,
    'InciWeb is an interagency all-risk incident information management system.',
  ],
};

export const HELDOUT304_F: readonly TestPage[] = [elementor, inciweb];
