import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 221, file e2: a city 311 service page on a Drupal site built with the U.S. Web Design System (the "official
 * website" banner with its hidden "Here's how you know" panel, the usa-header with the extended nav and search, breadcrumbs,
 * the side navigation, an info alert at the top of the content, the page's sections with a step list and a summary box, the
 * "Was this page helpful?" widget, "Last updated" line, the footer with the return-to-top link and the identifier).
 */
const uwTitle = 'Report a pothole';
const uwLead = 'Potholes on city streets are usually repaired within three business days of a report. Here is how to report one and what happens next.';
const uwAlert = 'Report dangerous road conditions that need immediate attention, such as a missing manhole cover or a sinkhole, by calling 311 right away.';
const uwH = ['Before you report', 'How to report a pothole', 'What happens next', 'Potholes the City does not repair', 'Damage claims'];
const uwP1 = [
  'The City repairs potholes on public streets and in city-owned alleys and parking lots. A pothole is any hole in the pavement at least ' +
    '6 inches across and 2 inches deep. Smaller cracks are fixed during regular street maintenance.',
];
const uwSteps = [
  'Use the 311 Lakeview app, the online form below, or call 311 (or 555-0311 from outside the city).',
  'Give the exact location: the street address, or the nearest intersection and which lane the pothole is in.',
  'Add a photo if you can do so safely. Photos help crews bring the right equipment.',
  'Save your service request number. You can use it to check the status of your report at any time.',
];
const uwP2 = [
  'A Street Maintenance crew inspects the location, usually within one business day. Most potholes are filled with hot asphalt on the ' +
    'same visit. In winter, when asphalt plants are closed, crews use a cold patch, which is replaced with a permanent repair in spring.',
  'If the pothole is caused by a utility cut or a failing water or sewer line, your request is passed to the utility responsible and ' +
    'you will receive an email telling you who that is.',
];
const uwNot = [
  'State routes, including State Route 9 and Harbor Boulevard, which are repaired by the state Department of Transportation.',
  'Private roads, driveways and parking lots.',
  'Streets in the Lakeview Industrial Park, which are maintained by the park’s owners’ association.',
];
const uwP3 = [
  'If your vehicle was damaged by a pothole on a city street, you can file a claim with the City Attorney’s Office within 90 days. The ' +
    'City is generally responsible only if the pothole had been reported and was not repaired within a reasonable time.',
];
const uwSummary = ['Report online', 'It takes about five minutes. You will get a confirmation email with your request number.', 'Start a request'];
const uwBanner = [
  'An official website of the City of Lakeview',
  'Here’s how you know',
  'Official websites use lakeview.gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const uwNav = ['Services', 'Departments', 'Government', 'News', 'Contact 311'];
const uwCrumbs = ['Home', 'Services', 'Streets and sidewalks'];
const uwSide = [
  'Streets and sidewalks',
  'Report a pothole',
  'Request a sidewalk repair',
  'Street light outages',
  'Snow and ice removal',
  'Street sweeping schedule',
];
const uwHelpful = ['Was this page helpful?', 'Yes', 'No', 'Thank you for your feedback.'];
const uwFoot = ['Return to top', 'Accessibility', 'Privacy policy', 'Open data', 'Jobs', 'City of Lakeview', 'Call 311', 'Email us', 'Facebook', 'Instagram'];
const uwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator"
content="Drupal 10">
<title>Report a pothole | City of Lakeview</title><meta name="description" content="${uwLead}"><link rel="canonical"
href="https://www.lakeview.gov/services/report-pothole">
<link rel="stylesheet" href="/themes/contrib/uswds_base/uswds/css/uswds.min.css?sjv1fq"><script
src="/themes/contrib/uswds_base/uswds/js/uswds-init.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${uwTitle}",
"provider":{"@type":"GovernmentOrganization",
"name":"City of Lakeview"},"serviceType":"Street maintenance"}</script></head>
<body class="path-node page-node-type-service"><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the City of Lakeview"><div class="usa-accordion"><header class="usa-banner__header"><div
class="usa-banner__inner">
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${uwBanner[0]}</p>
<p class="usa-banner__header-action">${uwBanner[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${uwBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div class="usa-banner__guidance
tablet:grid-col-6">
<div class="usa-media-block__body"><p><strong>${uwBanner[2]}</strong><br>${uwBanner[3]}</p></div></div><div class="usa-banner__guidance tablet:grid-col-6">
<div class="usa-media-block__body"><p><strong>${uwBanner[4]}</strong><br>${uwBanner[5]}</p></div></div></div></div></div></section>
<div class="usa-overlay"></div><header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<em class="usa-logo__text"><a href="/" title="Home" rel="home">City of Lakeview</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><button type="button" class="usa-nav__close"><img
src="/themes/contrib/uswds_base/close.svg"
role="img" alt="Close"></button><ul class="usa-nav__primary usa-accordion">${links(uwNav, 'usa-nav__primary-item')}</ul>
<div class="usa-nav__secondary"><section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="/search"><label
class="usa-sr-only"
for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="keys"><button class="usa-button" type="submit"><img
src="/themes/contrib/uswds_base/search.svg" class="usa-search__submit-icon" alt="Search"></button></form></section></div></div></nav></header>
<main class="main-content usa-layout-docs" id="main-content" role="main"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">${links(uwCrumbs, 'usa-breadcrumb__list-item')}<li class="usa-breadcrumb__list-item usa-current"
aria-current="page"><span>${uwTitle}</span>
</li></ol></nav><div class="grid-row grid-gap"><aside class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation"><ul
class="usa-sidenav">
${links(uwSide, 'usa-sidenav__item')}</ul></nav></aside>
<div class="usa-layout-docs__main desktop:grid-col-9 usa-prose"><div class="region region-content"><article class="node node--type-service
node--view-mode-full">
<h1>${uwTitle}</h1><p class="usa-intro">${uwLead}</p>
<div class="usa-alert usa-alert--info usa-alert--slim" role="region" aria-label="Important"><div class="usa-alert__body"><p
class="usa-alert__text">${uwAlert}</p></div></div>
<div class="field field--name-body field--type-text-with-summary">
<h2>${uwH[0]}</h2>${ps(uwP1)}
<h2>${uwH[1]}</h2><ol class="usa-process-list">${uwSteps.map((t) => `<li class="usa-process-list__item"><p>${t}</p></li>`).join('\n')}</ol>
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body"><h3 class="usa-summary-box__heading"
id="summary-box-key-information">${uwSummary[0]}</h3><div class="usa-summary-box__text"><p>${uwSummary[1]}</p><a class="usa-button"
href="/311/request/pothole">${uwSummary[2]}</a>
</div></div></div>
<h2>${uwH[2]}</h2>${ps(uwP2)}
<h2>${uwH[3]}</h2><ul>${uwNot.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${uwH[4]}</h2>${ps(uwP3)}
</div><p class="last-updated">Last updated: April 22, 2025</p></article>
<section class="page-feedback usa-section"><form class="usa-form"><fieldset class="usa-fieldset"><legend class="usa-legend">${uwHelpful[0]}</legend>
<button class="usa-button usa-button--outline" type="button">${uwHelpful[1]}</button><button class="usa-button usa-button--outline"
type="button">${uwHelpful[2]}</button>
</fieldset><div class="usa-alert usa-alert--success" hidden><p class="usa-alert__text">${uwHelpful[3]}</p></div></form></section></div></div></div></div></main>
<footer class="usa-footer usa-footer--medium"><div class="grid-container usa-footer__return-to-top"><a href="#">${uwFoot[0]}</a></div><div
class="usa-footer__primary-section">
<nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row
grid-gap">${links(uwFoot.slice(1, 5), 'usa-footer__primary-link')}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><div class="usa-footer__logo"><p class="usa-footer__logo-heading">${uwFoot[5]}</p></div>
<address class="usa-footer__address"><div class="usa-footer__contact-info"><a href="tel:311">${uwFoot[6]}</a></div><div class="usa-footer__contact-info">
<a href="mailto:311@lakeview.gov">${uwFoot[7]}</a></div></address><div class="usa-footer__social-links">${uwFoot
  .slice(8)
  .map((t) => `<a class="usa-social-link" href="#"><img src="/social/${t}.svg" alt="${t}"><span class="usa-sr-only">${t}</span></a>`)
  .join('')}</div></div></div></footer>
<script src="/themes/contrib/uswds_base/uswds/js/uswds.min.js"></script></body></html>`;
export const uswds311: TestPage = {
  name: 'heldout221-uswds-311-service-page',
  kind: 'docs',
  html: uwHtml,
  // the intro paragraph is body; the info alert above the body and the "Report online" summary box are furniture (page-wide
  // service promos of the 311 template); "Last updated" is a byline
  title: uwTitle,
  headings: uwH,
  body: texts([uwLead, ...uwP1, ...uwSteps, ...uwP2, ...uwNot, ...uwP3]),
  bylines: ['Last updated: April 22, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uwBanner, 'City of Lakeview', 'Menu', ...uwNav, 'Search', ...uwCrumbs, ...uwSide.filter((t) => t !== uwTitle), uwAlert,
    ...uwSummary,
    ...uwHelpful, ...uwFoot,
  ],
};
