import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file c2: a GBIF species page (the AngularJS site's saved DOM: site header with the search drawer and
 * the "Get data / Share data / Tools / Community / About" menu, the image header with its photo credit, the tabs, the
 * occurrence map card, the description blocks with their source lines, the classification list, the "Cite as" box,
 * the dataset cards, the feedback button and the footer with the licence and the node map link).
 */
const sTitle = 'Ostrya merrowensis Hallgren, 1894';
const sDesc = [
  j(
    'Ostrya merrowensis is a low, spreading shrub of wind-cut coastal heath, rarely more than a metre tall. Its leaves are',
    'leathery, ovate and finely toothed, dark green above and covered with pale glandular hairs beneath, which give crushed',
    'foliage a bitter, resinous smell.',
  ),
  j(
    'Male catkins appear on bare twigs in late winter and shed pollen before the leaves open. The fruiting catkins are short',
    'and drooping, each nutlet enclosed in an inflated papery bract that is carried by the wind across open ground.',
  ),
];
const sDistribution = [
  j(
    'The species is endemic to the Calder archipelago, where it grows on thin peaty soils over granite between sea level and',
    'about 240 metres. It is common on the western islands and scattered on the eastern ones, where heath has been lost to',
    'grazing and to conifer plantations.',
  ),
];
const sHabitat = [
  j(
    'It forms dense patches with heather and crowberry on exposed headlands and on the rims of blanket bog. Seedlings establish',
    'mostly in gaps made by winter storms or by burning, and old stands can persist for more than a century by layering.',
  ),
];
const sConservation = [
  j(
    'Assessed as Near Threatened in the Calder regional Red List of 2022. The main threats are overgrazing by feral goats and',
    'the spread of the introduced shrub Gaultheria shallon, which shades out young plants.',
  ),
  'Recommended actions include:',
];
const sActions = [
  'fencing of the three largest remaining stands',
  'removal of Gaultheria from headlands on the eastern islands',
  'seed banking from every island population',
];
const sClass = ['Plantae', 'Tracheophyta', 'Magnoliopsida', 'Fagales', 'Betulaceae', 'Ostrya'];
const sMenu = ['Get data', 'Share data', 'Tools', 'Community', 'About'];
const sTabs = ['Overview', 'Metrics', 'Verbatim', 'Occurrences'];
const sFoot = ['What is GBIF?', 'API', 'FAQ', 'Newsletter', 'Contact', 'Terms of use', 'Acceptable use', 'Privacy', 'Code of conduct'];
const sHtml = `<!DOCTYPE html>
<html lang="en" ng-app="portal" class="ng-scope"><head><meta charset="utf-8"><title>Ostrya merrowensis Hallgren, 1894</title>
<meta name="description" content="Ostrya merrowensis Hallgren, 1894 species in the GBIF Backbone Taxonomy">
<meta property="og:title" content="Ostrya merrowensis Hallgren, 1894"><meta property="og:site_name" content="GBIF">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Taxon","name":"Ostrya merrowensis","taxonRank":"species",
"parentTaxon":{"@type":"Taxon","name":"Ostrya"}}</script>
<link rel="stylesheet" href="/css/index.min.css"><script>var gb = {"locale":"en","env":"prod"};</script></head>
<body class="ng-scope"><div class="site-header" ng-controller="siteHeaderCtrl as siteHeader"><a href="/" class="gb-icon-logo">GBIF</a>
<nav class="site-header__menu"><ul>${links(sMenu, 'site-header__menu__item')}</ul></nav>
<a href="/user/profile" class="site-header__login">Login</a></div>
<article class="wrapper-horizontal-stripes" ng-controller="speciesKeyCtrl as speciesKey"><header class="imageHeader">
<div class="imageHeader__image"><img src="https://api.gbif.example/v1/image/unsafe/ostrya.jpg" alt=""></div>
<div class="imageHeader__content"><span class="imageHeader__type">Species</span><h1 class="imageHeader__title">${sTitle}</h1>
<span class="imageHeader__credit">Photo: Ingrid Solvik, CC BY-NC 4.0</span><p class="imageHeader__meta">Published in: Hallgren, K. (1894). Flora of
the Calder Isles 2: 118.</p></div></header>
<nav class="tabs"><ul>${links(sTabs, 'tab')}</ul></nav>
<section class="horizontal-stripe white-background"><div class="card"><h4 class="card-header">Occurrences</h4>
<div class="map"><canvas></canvas></div><p class="map-legend">4,812 georeferenced records</p></div>
<div class="card"><div class="card__stripe"><h3 class="card-header">Description</h3>${ps(sDesc)}
<p class="source">Source: Flora of the Calder Isles, revised edition</p>
<h3 class="card-header">Distribution</h3>${ps(sDistribution)}<h3 class="card-header">Habitat</h3>${ps(sHabitat)}
<h3 class="card-header">Conservation</h3>${ps(sConservation)}<ul>${lis(sActions)}</ul>
<p class="source">Source: Calder Biodiversity Records Centre</p></div></div>
<div class="card"><h4 class="card-header">Classification</h4><ul class="classification">${lis(sClass)}</ul></div>
<div class="card citation"><h4 class="card-header">Cite as</h4><p>Ostrya merrowensis Hallgren, 1894 in GBIF Secretariat (2025). GBIF Backbone
Taxonomy. Checklist dataset accessed via GBIF.org on 2026-03-02.</p></div>
<div class="card"><h4 class="card-header">Datasets</h4><ul>${links(['Calder Isles vascular plant atlas', 'Heathland monitoring plots 2004-2024'])}</ul></div>
</section></article><div class="feedback"><button class="gb-button">Feedback</button></div>
<footer class="site-footer"><ul>${links(sFoot)}</ul><p>GBIF Secretariat, Universitetsparken 15, Copenhagen. All content licensed under CC BY 4.0 unless
otherwise stated.</p></footer>
<div class="popup-cookie"><p>We use cookies to improve GBIF. By clicking "OK", you accept our cookie policy.</p><button>OK</button></div></body></html>`;
export const gbif: TestPage = {
  name: 'heldout366-gbif-species',
  kind: 'wiki',
  html: sHtml,
  title: sTitle,
  headings: ['Description', 'Distribution', 'Habitat', 'Conservation'],
  body: texts([...sDesc, ...sDistribution, ...sHabitat, ...sConservation, ...sActions]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GBIF', ...sMenu, 'Login', 'Species', 'Photo: Ingrid Solvik, CC BY-NC 4.0', 'Published in: Hallgren, K. (1894). Flora of the Calder Isles 2: 118.',
    ...sTabs, '4,812 georeferenced records', 'Source: Flora of the Calder Isles, revised edition', 'Source: Calder Biodiversity Records Centre',
    'Classification', ...sClass.slice(0, 5), 'Cite as',
    'Ostrya merrowensis Hallgren, 1894 in GBIF Secretariat (2025). GBIF Backbone Taxonomy. Checklist dataset accessed via GBIF.org on 2026-03-02.',
    'Datasets', 'Calder Isles vascular plant atlas', 'Heathland monitoring plots 2004-2024', 'Feedback', ...sFoot,
    'GBIF Secretariat, Universitetsparken 15, Copenhagen. All content licensed under CC BY 4.0 unless otherwise stated.',
    'We use cookies to improve GBIF. By clicking "OK", you accept our cookie policy.',
  ],
};
