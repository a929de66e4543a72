import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file f2: a government department's press release on GOV.UK (the gem-c-cookie-banner, skip link, super
 * navigation header, breadcrumbs, gem-c-title with its "Press release" context, the lead paragraph, the From / Published metadata,
 * a gem-c-figure with caption, the govspeak body with h2 sections, a list and a quote, share links, the related-navigation
 * sidebar, the "Is this page useful?" feedback component and the GOV.UK footer with topics, support links and the licence line).
 */
const gTitle = 'Coastal towns to share £420 million to protect homes from tidal flooding';
const gLead = 'Twenty-six coastal communities will receive funding for new sea walls, beach recharge and natural flood defences over the next four years.';
const gBody = [
  `More than 38,000 homes and businesses in coastal towns will be better protected from tidal flooding and erosion, under a £420
million programme announced today by the Department for Coastal and Rural Affairs.`,
  `The funding will pay for 31 schemes in 26 communities, from the rebuilding of the Victorian sea wall at Saltram Haven to the
restoration of 600 hectares of salt marsh on the Welde estuary, which will absorb the force of storm surges before they reach the
town.`,
];
const gH1 = 'Where the money will go';
const gP1 = ['The schemes announced today include:'];
const gList = [
  '£74 million to replace 2.3 kilometres of failing sea wall at Saltram Haven, protecting 6,100 homes;',
  '£41 million for beach recharge and new rock groynes along the Corlby and Easton Sands frontage;',
  '£28 million to restore salt marsh and mudflats on the Welde estuary, working with local landowners;',
  '£12 million for a new community resilience fund to help residents fit flood doors and other property-level protection.',
];
const gQuote = `Coastal Minister Delphine Arkwright said: "Families in our coastal towns should be able to sleep soundly when a storm
comes in. This investment will protect tens of thousands of homes, and by working with nature as well as building walls, it will leave
the coast healthier for the next generation."`;
const gH2 = 'Working with local councils';
const gP2 = [
  `The schemes were chosen with coastal councils and the Environment Agency, using the latest forecasts of sea level rise and
coastal change. Councils will lead the delivery of 19 of the schemes, and the remaining 12 will be led by the Environment Agency.`,
  `Construction on the first schemes will begin this summer. Councils will publish details of local consultations, road closures and
working hours on their own websites before work starts.`,
];
const gH3 = 'Background';
const gP3 = `Today's funding is part of the government's six-year flood and coastal erosion investment programme. A full list of the
schemes and the communities they protect is available in the accompanying document.`;
const gCookie = [
  'We use some essential cookies to make this website work.',
  "We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
];
const gBc = ['Home', 'Environment and countryside', 'Flooding and extreme weather'];
const gRel = ['Flood and coastal erosion investment programme: scheme list 2026 to 2030', 'Check your long term flood risk'];
const gTopics = ['Benefits', 'Business and self-employed', 'Environment and countryside', 'Housing and local services', 'Money and tax'];
const gSupport = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<meta name="govuk:format" content="press_release"><meta name="govuk:content-id" content="5e1b7c2a-8f3d-4a6b-9c0e-1d2f3a4b5c6d">
<meta name="govuk:primary-publishing-organisation" content="Department for Coastal and Rural Affairs"><meta name="description" content="${gLead}">
<link rel="stylesheet" href="https://www.gov.uk/assets/government-frontend/application-1a2b3c.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-03-03T10:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script></head>
<body class="gem-c-layout-for-public govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content">${ps(gCookie, ' class="govuk-body"')}</div>
<button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a>
</div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a href="https://www.gov.uk/" class="gem-c-layout-super-navigation-header__header-logo" title="Go to the GOV.UK homepage">
<span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(gBc, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-title govuk-!-margin-top-8 govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-title__context">Press release</span>
<h1 class="gem-c-title__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl class="gem-c-metadata__list">
<dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-coastal-and-rural-affairs"
class="govuk-link">Department for Coastal and
Rural Affairs</a> and <a href="/government/people/delphine-arkwright" class="govuk-link">Delphine Arkwright MP</a></dd>
<dt class="gem-c-metadata__term">Published</dt>
<dd class="gem-c-metadata__definition">3 March 2026</dd></dl></div>
<figure class="gem-c-figure"><img class="gem-c-figure__image" src="https://assets.publishing.service.gov.uk/media/sea-wall.jpg" alt="">
<figcaption class="gem-c-figure__figcaption"><p class="gem-c-figure__figcaption-text">Work on the Saltram Haven sea wall will begin in July.</p></figcaption>
</figure>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gBody)}
<h2 id="where-the-money-will-go">${gH1}</h2>
${ps(gP1)}
<ul>${lis(gList)}</ul>
<p>${gQuote}</p>
<h2 id="working-with-local-councils">${gH2}</h2>
${ps(gP2)}
<h2 id="background">${gH3}</h2>
<p>${gP3}</p></div></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">
${links(['Share on Facebook (opens in new tab)', 'Share on Twitter (opens in new tab)'], 'gem-c-share-links__list-item')}</ul></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">
<h2 class="gem-c-related-navigation__main-heading">Related
content</h2><ul>${links(gRel, 'gem-c-related-navigation__link')}</ul><h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
<ul>${links(['Flooding and extreme weather'], 'gem-c-related-navigation__link')}</ul></div></div></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page
useful?</h2><a href="/contact/govuk" class="govuk-button">Maybe</a>
<button class="govuk-button">Yes <span class="govuk-visually-hidden">this page is useful</span></button>
<button class="govuk-button">No <span class="govuk-visually-hidden">this page is not useful</span></button>
<button class="govuk-button govuk-button--secondary">Report a problem with this page</button></div></div></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<h2 class="govuk-footer__heading">Topics</h2>
<ul class="govuk-footer__list">${links(gTopics, 'govuk-footer__list-item')}</ul></div><div class="govuk-footer__meta">
<h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gSupport, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available
under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
rel="license">Open Government Licence v3.0</a>,
except where otherwise stated</span><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/">© Crown copyright</a></div></div>
</footer><script type="module" src="https://www.gov.uk/assets/government-frontend/application-4d5e6f.js"></script></body></html>`;
export const govUk: TestPage = {
  name: 'heldout291-govuk-press-release',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gLead, ...gBody, ...gP1, ...gList, gQuote, ...gP2, gP3]),
  bylines: ['From:', 'Department for Coastal and Rural Affairs and Delphine Arkwright MP', 'Published', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', ...gCookie, 'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu',
    'Menu', 'Search GOV.UK', ...gBc, 'Press release', 'Work on the Saltram Haven sea wall will begin in July.', 'Share this page',
    'Share on Facebook (opens in new tab)', 'Share on Twitter (opens in new tab)', 'Related content', ...gRel, 'Explore the topic', 'Is this page useful?',
    'Maybe', 'Yes this page is useful', 'No this page is not useful', 'Report a problem with this page', 'Topics', ...gTopics, 'Support links', ...gSupport,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
