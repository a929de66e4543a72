import { links, ps, type TestPage, texts } from './page-kit.js';
import { head, lis } from './pages-heldout410-kit.js';

/**
 * Held-out batch 410, file f: a council's heritage trail page on LocalGov Drupal (header, search, breadcrumbs, page title
 * block, trail map with Leaflet attribution, numbered stops, a quote, downloads box, "Last updated" line, feedback widget,
 * related links and footer) and a flood risk map's explainer page on the GOV.UK Design System guidance template (cookie
 * banner, phase banner, breadcrumbs, caption, metadata, contents list, table, "Is this page useful?" and related navigation).
 */
const ltTitle = "The Weavers' Trail";
const ltP1 = [
  `The Weavers' Trail is a self-guided walk of about three kilometres around the old town of Ashcombe St Clare. It follows the
story of the wool trade that made the town rich in the eighteenth century, from the river where the fleeces were washed to the
chapel built by the weavers' own guild. The route is mostly level and takes around ninety minutes at an easy pace.`,
  `Each stop is marked by a bronze plaque set into the pavement, with a number that matches the list below. You can start at any
point, but the numbers run clockwise from the museum.`,
];
const ltH1 = 'The stops';
const ltStops = [
  'Ashcombe Museum, in the former cloth hall, where the trail begins.',
  'Tenter Field, where finished cloth was stretched on frames to dry.',
  'Dyehouse Lane, named for the three dyeworks that once coloured the river.',
  "Guild Chapel, built in 1762 with money from the weavers' sick fund.",
  'Fulling Mill, the last working mill in the town, closed in 1911.',
  'Market Cross, where cloth was sold every Thursday for two hundred years.',
];
const ltH2 = 'A voice from the looms';
const ltQuote = [
  `"We rose at five and the shuttle did not stop till the light went. My mother wove and I wound the bobbins from the time I was
seven."`,
];
const ltP2 = [
  `These words come from a letter written in 1846 by Hannah Corby, a weaver's daughter, and now kept at the museum. Her family's
cottage still stands on Dyehouse Lane, with the wide upper windows that let light onto the loom.`,
];
const ltH3 = 'Before you go';
const ltP3 = [
  `The trail uses public pavements and two short footpaths. The path between stops four and five has a gentle slope and can be
muddy after rain, and there is an alternative route along Bridge Street for wheelchairs and pushchairs. Public toilets are at
the museum and the Market Cross car park.`,
  `Guided walks led by volunteers from the Ashcombe Civic Society run on the first Saturday of each month from April to October.
They start at the museum at 10.30 am, cost nothing and need no booking.`,
];
const ltNav = ['Bins and recycling', 'Council tax', 'Parking', 'Planning', 'Leisure and culture'];
const ltCrumbs = ['Home', 'Leisure and culture', 'Walks and trails'];
const ltDown = ['Download the trail leaflet (PDF, 2.1MB)', 'Large print version (PDF, 640KB)'];
const ltRelated = ['Ashcombe Museum opening times', 'Blue plaques in the district', 'Countryside walks'];
const ltFoot = ['Contact us', 'Accessibility statement', 'Privacy', 'Cookies', 'Jobs'];
const ltHtml = `<!DOCTYPE html><html lang="en" dir="ltr">${head(
  ltTitle,
  'Ashcombe District Council',
  'A self-guided walk through the wool trade history of Ashcombe St Clare.',
  `{"@context":"https://schema.org","@type":"WebPage","name":"${ltTitle}","publisher":{"@type":"GovernmentOrganization","name":"Ashcombe District Council"}}`,
  `<link rel="stylesheet" media="all" href="/sites/default/files/css/css_lgd_base.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/2217"},
"leaflet":{"leaflet-map-2217":{"map":{"center":{"lat":51.31,"lon":-2.21},"zoom":15}}}}</script>`,
)}
<body class="path-node page-node-type-localgov-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="lgd-header"><div class="lgd-container padding-horizontal">
<div class="lgd-header__inner"><div class="lgd-header__site-branding"><a href="/" rel="home" class="lgd-header__logo">
<span class="lgd-header__site-name">Ashcombe District Council</span></a></div>
<form class="lgd-header__search" action="/search"><label for="edit-s">Search this site</label><input id="edit-s" type="search" name="s"></form>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main"><ul class="lgd-header__nav-list">${links(ltNav, 'lgd-header__nav-item')}</ul>
</nav></div></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb__list">
${links(ltCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main id="main-content" class="main"><div class="lgd-page-title-block"><div class="lgd-container padding-horizontal">
<h1 class="lgd-page-title-block__title">${ltTitle}</h1></div></div>
<div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds"><article class="localgov-page">
<div class="lgd-prose">${ps(ltP1)}</div>
<div class="localgov-geo-map leaflet-container" id="leaflet-map-2217" aria-label="Map of the trail"><div class="leaflet-control-zoom">
<a class="leaflet-control-zoom-in" title="Zoom in">+</a><a class="leaflet-control-zoom-out" title="Zoom out">−</a></div>
<div class="leaflet-control-attribution"><a href="https://leafletjs.example">Leaflet</a> | Map data © OpenStreetMap contributors</div></div>
<p class="map-caption">The trail route, with the six plaques numbered.</p>
<div class="lgd-prose"><h2>${ltH1}</h2><ol>${lis(ltStops)}</ol><h2>${ltH2}</h2><blockquote>${ps(ltQuote)}</blockquote>${ps(ltP2)}
<h2>${ltH3}</h2>${ps(ltP3)}</div>
<div class="localgov-page__downloads"><h3>Downloads</h3><ul>${links(ltDown)}</ul></div>
<div class="localgov-page__last-updated">Last updated: 12 January 2026</div></article></div>
<aside class="lgd-row__one-third"><div class="localgov-related"><h2>Related links</h2><ul>${links(ltRelated)}</ul></div></aside></div></div>
<div class="localgov-feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button></div></main>
<footer class="lgd-footer"><div class="lgd-container"><ul class="lgd-footer__nav">${links(ltFoot)}</ul>
<p class="lgd-footer__copyright">© Ashcombe District Council 2026</p></div></footer></div>
<div class="eu-cookie-compliance-banner" role="alertdialog"><p>We use cookies to make this website work and to improve it.</p>
<button class="agree-button">Accept all cookies</button><button class="decline-button">Reject optional cookies</button></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const localGov: TestPage = {
  name: 'heldout410-localgov-drupal-trail-docs',
  kind: 'docs',
  html: ltHtml,
  title: ltTitle,
  headings: [ltH1, ltH2, ltH3],
  body: texts([...ltP1, ...ltStops, ...ltQuote, ...ltP2, ...ltP3]),
  bylines: ['Last updated: 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashcombe District Council', 'Search this site', ...ltNav, ...ltCrumbs.slice(0, 1), 'Walks and trails',
    'Leaflet | Map data © OpenStreetMap contributors', 'The trail route, with the six plaques numbered.', 'Downloads', ...ltDown, 'Related links',
    ...ltRelated, 'Was this page helpful?', ...ltFoot, '© Ashcombe District Council 2026', 'We use cookies to make this website work and to improve it.',
    'Accept all cookies', 'Reject optional cookies',
  ],
};

const gvTitle = 'Understanding the long term flood risk map';
const gvLead = [`How we work out the flood risk shown for each place on the map, and what the risk bands mean.`];
const gvH1 = 'What the map shows';
const gvP1 = [
  `The long term flood risk map shows the chance that an area will flood in any one year from rivers, the sea or surface water.
It does not show the risk to a single building, and it does not tell you whether your home has flooded before. The map is
updated every three months as new models and flood defence information become available.`,
  `Risk from rivers and the sea takes flood defences into account. Where a defence is in place and in good condition, the area
behind it is shown with a lower risk than it would have without the defence.`,
];
const gvH2 = 'Risk bands';
const gvP2 = [`Each area is placed in one of four bands, based on the yearly chance of flooding:`];
const gvTable = [
  'High',
  'more than 3.3% each year',
  'Medium',
  'between 1% and 3.3% each year',
  'Low',
  'between 0.1% and 1% each year',
  'Very low',
  'less than 0.1% each year',
];
const gvP3 = [
  `A 1% yearly chance does not mean a flood happens once every hundred years. Over the length of a typical 25-year mortgage, an
area with a 1% yearly chance has about a one in four chance of flooding at least once.`,
];
const gvH3 = 'How the risk is worked out';
const gvList = [
  'computer models of rivers, the coast and heavy rainfall',
  'ground levels measured from aircraft to an accuracy of about 15 centimetres',
  'the location, height and condition of flood defences',
  'records of past floods reported by councils and the public',
];
const gvP4 = [
  `Surface water risk is harder to predict than river or sea flooding, because it depends on local drains and small changes in
ground level. For this reason surface water risk is only shown for areas larger than a typical garden.`,
];
const gvH4 = 'If you think the map is wrong';
const gvP5 = [
  `You can ask us to review the risk shown for a place if you have evidence that it is wrong, such as a survey of ground levels or
details of a new flood defence. Reviews usually take up to 40 working days. You will not be charged for a review.`,
];
const gvCrumbs = ['Home', 'Environment', 'Flooding and coastal change'];
const gvMeta = ['From:', 'Westerland Environment Agency', 'Published', '9 October 2025', 'Last updated', '3 March 2026'];
const gvRelated = ['Check your long term flood risk', 'Sign up for flood warnings', 'Prepare for flooding'];
const gvFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gvHtml = `<!DOCTYPE html><html lang="en" class="govuk-template">${head(
  gvTitle,
  'GOV.WL',
  gvLead[0] ?? '',
  `{"@context":"http://schema.org","@type":"Article","headline":"${gvTitle}","datePublished":"2025-10-09T09:30:00+00:00",
"dateModified":"2026-03-03T14:12:00+00:00","publisher":{"@type":"Organization","name":"GOV.WL"}}`,
  `<link rel="stylesheet" href="/assets/frontend/application.css"><script>document.body.className+=' js-enabled govuk-frontend-supported';</script>`,
)}
<body class="govuk-template__body"><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region"
aria-label="Cookies on GOV.WL"><div class="govuk-cookie-banner"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.WL</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We'd like to set additional cookies to understand how you use GOV.WL and improve our services.</p></div>
<button class="govuk-button" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="/"><span class="govuk-visually-hidden">GOV.WL</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.WL</button></nav></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag">Beta</strong>
<span class="govuk-phase-banner__text">This is a new service. Help us improve it and give your feedback.</span></p></div>
<div class="govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1></div>
${ps(gvLead, ' class="gem-c-lead-paragraph"')}</div></div>
<div class="gem-c-metadata govuk-body"><dl>${[0, 2, 4]
  .map(
    (i) => `<dt class="gem-c-metadata__term">${gvMeta[i]}</dt>
<dd class="gem-c-metadata__definition">${gvMeta[i + 1]}</dd>`,
  )
  .join('\n')}</dl><a href="#full-history" class="govuk-link">See all updates</a></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><nav class="gem-c-contents-list" aria-label="Contents">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${[gvH1, gvH2, gvH3, gvH4].map((h) => `<li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#">${h}</a></li>`).join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak"><h2 id="what-the-map-shows">${gvH1}</h2>${ps(gvP1)}
<h2 id="risk-bands">${gvH2}</h2>${ps(gvP2)}<table><thead><tr><th scope="col">Risk band</th><th scope="col">Yearly chance of flooding</th></tr></thead>
<tbody>${[0, 2, 4, 6].map((i) => `<tr><td>${gvTable[i]}</td><td>${gvTable[i + 1]}</td></tr>`).join('\n')}</tbody></table>${ps(gvP3)}
<h2 id="how-the-risk-is-worked-out">${gvH3}</h2><p>We combine:</p><ul>${lis(gvList)}</ul>${ps(gvP4)}
<h2 id="if-you-think-the-map-is-wrong">${gvH4}</h2>${ps(gvP5)}</div></div>
<div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">
Related content</h2><ul>${links(gvRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul><li><a href="#">Flooding and extreme weather</a></li></ul></aside></div></div>
<div class="gem-c-feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button">Yes</button> <button class="govuk-button">No</button>
<button class="govuk-button">Report a problem with this page</button></div></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><ul class="govuk-footer__inline-list">
${links(gvFoot, 'govuk-footer__inline-list-item')}</ul><span class="govuk-footer__licence-description">All content is available under the Open
Government Licence v3.0, except where otherwise stated</span><a class="govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application.js" type="module"></script></body></html>`;
const govWl: TestPage = {
  name: 'heldout410-govuk-design-system-flood-docs',
  kind: 'docs',
  html: gvHtml,
  title: gvTitle,
  headings: [gvH1, gvH2, gvH3, gvH4],
  body: texts([...gvLead, ...gvP1, ...gvP2, ...gvTable, ...gvP3, 'We combine:', ...gvList, ...gvP4, ...gvP5]),
  bylines: ['9 October 2025', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.WL', 'We use some essential cookies to make this website work.',
    "We'd like to set additional cookies to understand how you use GOV.WL and improve our services.", 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.WL', 'Beta',
    'This is a new service. Help us improve it and give your feedback.', ...gvCrumbs, 'Guidance', 'From:', 'Westerland Environment Agency',
    'Published', 'Last updated', 'See all updates', 'Contents', 'Print this page', 'Related content', ...gvRelated, 'Explore the topic',
    'Flooding and extreme weather', 'Is this page useful?', 'Report a problem with this page', ...gvFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT410_F: readonly TestPage[] = [localGov, govWl];
