import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';
import { breeders } from './pages-heldout240-c2.js';

/**
 * Held-out batch 240, file c: a government agriculture department's crop report on the GOV.UK publishing template (cookie
 * banner, header, breadcrumbs, "Official Statistics" context label, From / Published metadata, contents list, govspeak body
 * with a table, print link, "Is this page useful?" feedback, related content and the footer) and, from file c2, a livestock
 * breeders' association page on Squarespace 7.1 with Fluid Engine blocks.
 */
const gTitle = 'Cereal and oilseed production estimates: harvest 2025';
const gLead = 'Provisional estimates of area, yield and production for cereals and oilseed rape in 2025.';
const gH = ['Main findings', 'Wheat', 'Barley and oats', 'Oilseed rape', 'About these statistics'];
const gMain = ['Total cereal production for harvest 2025 is estimated at 19.2 million tonnes, 7% higher than in 2024 but 4% below the five-year average.'];
const gMainList = [
  'Wheat production rose by 11% to 12.4 million tonnes, as the planted area recovered after the wet autumn of 2023.',
  'Barley production fell by 3% to 5.9 million tonnes, with a switch from spring to winter barley.',
  'Oilseed rape production fell to 0.9 million tonnes, the lowest since the series began.',
];
const gWheat = [
  j(
    'The wheat area increased by 9% to 1.61 million hectares. The average yield was 7.7 tonnes per hectare, slightly above last year but',
    'still below the five-year average of 8.0 tonnes per hectare. Dry conditions in June limited grain fill on lighter soils in the',
    'east, while yields in the west and north were close to average.',
  ),
];
const gCaption = 'Table 1: Area, yield and production of the main crops, harvest 2025';
const gRows = [
  ['Wheat', '1,610', '7.7', '12,400'],
  ['Barley', '1,010', '5.8', '5,900'],
  ['Oats', '170', '5.4', '920'],
  ['Oilseed rape', '290', '3.1', '900'],
];
const gBarley = [
  j(
    'The barley area fell by 4% to 1.01 million hectares. Winter barley made up a larger share of the area than in any year since 2015,',
    'as growers who were unable to drill wheat in the previous autumn returned to their usual rotations. Oats production was broadly',
    'unchanged at 920 thousand tonnes.',
  ),
];
const gOsr = [
  j(
    'The oilseed rape area fell by 18% to 290 thousand hectares. Growers continue to report losses to cabbage stem flea beetle, and',
    'many have replaced the crop with spring beans or left the land in fallow under environmental schemes.',
  ),
];
const gAbout = [
  j(
    'These estimates are based on the Cereal and Oilseed Production Survey of around 4,500 holdings, carried out in September and',
    'October 2025. Final figures, including the results of the June Survey of Agriculture, will be published in December 2026.',
  ),
  'Figures are rounded independently and may not add up to the totals shown.',
];
const gCrumbs = ['Home', 'Business and industry', 'Farming and food', 'Farming and food statistics'];
const gContents = gH;
const gRelated = ['Agricultural land use and livestock: June 2025', 'Farm business income by type of farm'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="govuk:format" content="official_statistics"><meta name="govuk:publishing-government" content="2024-labour-government">
<meta name="govuk:primary-publishing-organisation" content="Department for Rural Affairs and Farming">
<meta property="og:title" content="${gTitle}"><meta name="description" content="Provisional estimates of cereal and oilseed area, yield and production.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}",
"datePublished":"2026-02-19T09:30:00+00:00","author":{"@type":"Organization","name":"Department for Rural Affairs and Farming"}}</script>
</head><body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper"><div class="govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
</div></div></div><div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button>
<button class="govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="gem-track-click">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Official Statistics</span><h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div></div>
<div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/rural-affairs-farming" class="govuk-link">Department for Rural Affairs and Farming</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">19 February 2026</dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-one-third"><nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${gContents.map((h, i) => `<li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#section-${i}">${h}</a></li>`).join('\n')}</ol></nav>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div></div>
<div class="govuk-grid-column-two-thirds"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="section-0">${gH[0]}</h2>
${ps(gMain)}
<ul>${gMainList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="section-1">${gH[1]}</h2>
${ps(gWheat)}
<table><caption>${gCaption}</caption><thead><tr><th scope="col">Crop</th><th scope="col">Area (thousand hectares)</th>
<th scope="col">Yield (tonnes per hectare)</th><th scope="col">Production (thousand tonnes)</th></tr></thead><tbody>
${gRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2 id="section-2">${gH[2]}</h2>
${ps(gBarley)}
<h2 id="section-3">${gH[3]}</h2>
${ps(gOsr)}
<h2 id="section-4">${gH[4]}</h2>
${ps(gAbout)}
</div></div></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list"><li><button>Yes</button></li>
<li><button>No</button></li></ul><button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div>
<div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk">© Crown copyright</a></div></footer>
<script src="/assets/static/application.js" type="module"></script></body></html>`;
const cropReport: TestPage = {
  name: 'heldout240-govuk-crop-statistics',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gLead, ...gMain, ...gMainList, ...gWheat, gCaption, ...gRows.flat(), ...gBarley, ...gOsr, ...gAbout]),
  bylines: ['Department for Rural Affairs and Farming', '19 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK',
    ...gCrumbs, 'Official Statistics', 'From:', 'Published',
    'Contents', 'Print this page', 'Is this page useful?', 'Yes', 'Report a problem with this page', 'Related content', ...gRelated, 'Support links',
    ...gFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT240_C: readonly TestPage[] = [cropReport, breeders];
