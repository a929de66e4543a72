import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows, rowTexts } from './pages-heldout446-kit.js';

/**
 * Held-out batch 446, file d: a tourism board's destination overview built from Adobe Experience Manager core components
 * (OneTrust banner, language and main navigation, breadcrumb, hero image with credit, "At a glance" list, teaser cards,
 * "Read more" promo, newsletter sign-up, social links, footer), and a UN-style country profile with indicator tables on a
 * Drupal site with the UN Common Design theme (global header, site menu, breadcrumb, "Last updated", key indicator
 * tables with footnotes, download links, related profiles, social links, footer).
 */
const aTitle = 'Korvenna: the city on the gulf';
const aBody = paras(`
Korvenna is a city that rewards slow travellers. Its walled old town, built of honey-coloured limestone, has hardly changed since
the merchant families of the Lissa league laid out its squares five hundred years ago, yet a few streets away a new generation of
chefs, designers and musicians has turned the former shipyards into the liveliest quarter on the coast.

Start at the Sea Gate, where fishermen still sell the morning catch on the steps, and follow the Stradun, the old town's polished
main street, up to the Cathedral of St Blaise. Climb the bell tower for a view across the red roofs to the islands of the outer gulf.
`);
const aMore = paras(`
The city is compact enough to explore on foot, and an old funicular climbs from the harbour to Fort Marija, where open-air concerts
are held on summer evenings. Beyond the walls, the pebble beaches of Lapad and Zlatna are a short bus ride away.

Korvenna is at its best in late spring and early autumn, when the sea is warm, the cafés spill onto the squares and the crowds of
July and August have not yet arrived or have already gone home.

For a day trip, take the morning ferry to the island of Lopud, where there are no cars, or drive inland to the wine villages of the
Konavle valley. Both are easy to combine with a stay in the old town, and most hotels can arrange transfers.
`);
const aGlance = ['Population: about 712,000', 'Best time to visit: May to June and September to October', 'Getting there: 20 minutes from Korvenna Airport'];
const aFood = paras(`
Korvenna's cooking is built on the sea and the terraces behind it: grilled bream with chard and potatoes, black risotto, and
<em>paprenjak</em> biscuits spiced with pepper and honey. Look for the konoba sign outside family-run taverns, where the menu
depends on what the boats brought in.
`);
const aNav = ['Destinations', 'Things to do', 'Plan your trip', 'Events', 'Travel trade'];
const aTeasers = ['Ten things to do in Korvenna', 'The Lissa Coast wine road', 'A weekend in Senj Mare'];
const aFoot = ['About us', 'Press room', 'Careers', 'Privacy notice', 'Cookie settings', 'Accessibility statement'];
const aSocial = ['Instagram', 'Facebook', 'YouTube', 'TikTok'];
const aHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Korvenna: the city on the gulf | Visit Estravia</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Discover Korvenna, the capital of Estravia.">
<meta property="og:image" content="https://www.visitestravia.example/content/dam/visit/korvenna-hero.jpg"><meta name="template" content="destination-page">
<link rel="stylesheet" href="/etc.clientlibs/visit/clientlibs/clientlib-site.lc-8a7d2b-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristDestination","name":"Korvenna","containedInPlace":"Estravia"}</script>
<script src="https://assets.adobedtm.example/launch-EN4f1b.min.js" async></script></head>
<body class="page basicpage" id="page-3f2a1c"><div class="root container responsivegrid"><div id="container-11" class="cmp-container">
<div class="experiencefragment header"><header class="cmp-experiencefragment"><div class="languagenavigation"><nav class="cmp-languagenavigation">
<a class="cmp-languagenavigation__item-link" href="/de">Deutsch</a><a class="cmp-languagenavigation__item-link" href="/it">Italiano</a></nav></div>
<div class="navigation"><nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(aNav, 'cmp-navigation__item')}</ul></nav></div>
<div class="search"><input class="cmp-search__input" type="text" placeholder="Search" aria-label="Search"></div></header></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(['Home', 'Destinations', 'Lissa Coast'], 'cmp-breadcrumb__item')}<li
class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Korvenna</li></ol></nav></div>
<main class="container responsivegrid"><div class="cmp-container"><div class="image hero"><div class="cmp-image" itemscope
itemtype="http://schema.org/ImageObject">
<img src="/content/dam/visit/korvenna-hero.jpg.coreimg.jpeg" class="cmp-image__image" itemprop="contentUrl" alt="Korvenna old town from the sea">
<span class="cmp-image__title" itemprop="caption">© Visit Estravia / Petra Lovrić</span></div></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="text"><div class="cmp-text">${ps(aBody)}</div></div>
<div class="teaser promo"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Read more</p>
<h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/destinations/korvenna/old-town-walk">A self-guided walk through the old
town</a></h3></div></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">At a glance</h2></div></div><div class="text"><div
class="cmp-text"><ul>${lis(aGlance)}</ul></div></div>
<div class="text"><div class="cmp-text">${ps(aMore)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Eat like a local</h2></div></div><div class="text"><div
class="cmp-text">${ps(aFood)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">More inspiration</h2></div></div><div class="list"><ul class="cmp-list">
${aTeasers.map((t) => `<li class="cmp-list__item"><div class="cmp-teaser"><h3 class="cmp-teaser__title">${t}</h3></div></li>`).join('\n')}</ul></div>
<div class="form newsletter"><form class="cmp-form"><h3 class="cmp-form__title">Get inspired</h3><p>Sign up for our newsletter and be the first to hear about
events and offers.</p><input type="email" placeholder="Your email address"><button class="cmp-form-button">Subscribe</button></form></div></div></main>
<div class="experiencefragment footer"><footer class="cmp-experiencefragment"><ul class="cmp-social">${links(aSocial)}</ul><ul>${links(aFoot)}</ul>
<p>© 2026 Estravian Tourist Board</p></footer></div></div></div>
<div id="onetrust-banner-sdk"><div id="onetrust-policy-text">We use cookies to personalise content and to analyse our traffic.</div>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script src="/etc.clientlibs/visit/clientlibs/clientlib-site.lc-4e2b11-lc.min.js"></script></body></html>`;
const aem: TestPage = {
  name: 'heldout446-aem-tourism-destination',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['At a glance', 'Eat like a local'],
  body: texts([...aBody, ...aGlance, ...aMore, ...aFood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deutsch', 'Italiano', ...aNav, 'Home', '© Visit Estravia / Petra Lovrić', 'Read more', 'A self-guided walk through the old town', 'More inspiration',
    ...aTeasers, 'Get inspired', 'Sign up for our newsletter and be the first to hear about events and offers.', 'Subscribe', ...aSocial, ...aFoot,
    '© 2026 Estravian Tourist Board', 'We use cookies to personalise content and to analyse our traffic.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

const uTitle = 'Estravia: country profile';
const uIntro = paras(`
Estravia is an upper-middle to high income economy in Southern Europe with a population of about 4.3 million. It has made steady
progress on most of the Sustainable Development Goals since 2015, notably on poverty, maternal health and access to clean energy,
but progress on climate action and on protecting land ecosystems has stalled.

The indicators below are compiled from national sources and international agencies. Where a figure is an estimate or refers to a
different year, this is shown in the footnotes.

Estravia's economy recovered quickly from the downturn of 2020, helped by a strong tourism season in 2022 and by public investment
in transport. Unemployment has fallen to its lowest level since the series began, although youth unemployment remains close to
15 per cent and regional gaps between the coast and the interior are wide.
`);
const uGeneral = [
  ['Region', 'Southern Europe'],
  ['Population (000, 2026)', '4 309'],
  ['Pop. density (per km2, 2026)', '91.0'],
  ['Capital city', 'Korvenna'],
  ['Currency', 'Euro (EUR)'],
];
const uEcon = [
  ['GDP growth rate (annual %, const. 2015 prices)', '2.1', '1.7', '1.9'],
  ['GDP per capita (current US$)', '18 204', '21 950', '24 310'],
  ['Unemployment (% of labour force)', '11.2', '8.4', '6.9'],
  ['Agriculture (% of employed)', '7.8', '6.1', '5.3'],
];
const uSocial = [
  ['Life expectancy at birth (females/males, years)', '80.4 / 74.1', '81.2 / 75.3', '82.0 / 76.2'],
  ['Under five mortality rate (per 1 000 live births)', '5.9', '4.8', '4.1'],
  ['Individuals using the Internet (per 100 inhabitants)', '69.8', '81.5', '88.9'],
];
const uNotes = ['a Estimate.', 'b Data refers to 2024.', 'c Break in the time series.'];
const uMenu = ['Home', 'Data explorer', 'Country profiles', 'Publications', 'About'];
const uFoot = ['Terms of use', 'Privacy notice', 'Fraud alert', 'Contact'];
const uTbl = (cap: string, head: string, data: readonly (readonly string[])[]): string => `<table class="cd-table cd-table--indicators">
<caption>${cap}</caption><thead><tr>${head}</tr></thead><tbody>${rows(data)}</tbody></table>`;
const yrs = '<th>Indicator</th> <th>2015</th> <th>2020</th> <th>2025</th>';
const uHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Estravia: country profile | UN Data Portal</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width">
<link rel="canonical" href="https://data.un.example/country-profiles/estravia">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4411"},
"cd":{"theme":"common_design"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Estravia: country profile",
"dateModified":"2026-01-15"}</script></head>
<body class="path-node page-node-type-country-profile"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="cd-header"><div class="cd-global-header"><div class="cd-container">
<a href="https://www.un.example" class="cd-global-header__link">United Nations</a><div
class="cd-global-header__language"><button>Language</button></div></div></div>
<div class="cd-site-header"><div class="cd-container"><a class="cd-site-logo" href="/"><span class="cd-site-logo__text">UN Data Portal</span></a>
<nav class="cd-site-header__nav" aria-label="Main"><ul class="cd-nav">${links(uMenu, 'cd-nav__item')}</ul></nav></div></div></header>
<main id="main-content" class="cd-container"><nav class="cd-breadcrumb" aria-label="Breadcrumb"><ol>${links(
  ['Home', 'Country profiles'],
  'cd-breadcrumb__item',
)}
<li>Estravia</li></ol></nav><div class="region region-page-title"><h1 class="cd-page-title">${uTitle}</h1></div>
<article class="node node--type-country-profile node--view-mode-full"><div class="cd-meta"><span class="cd-meta__label">Last updated:</span>
<time datetime="2026-01-15">15 January 2026</time></div>
<div class="field field--name-body field--type-text-with-summary">${ps(uIntro)}</div>
<h2>General information</h2>${uTbl('Table 1. General information', '<th>Indicator</th> <th>Value</th>', uGeneral)}
<h2>Economic indicators</h2>${uTbl('Table 2. Economic indicators', yrs, uEcon)}
<h2>Social indicators</h2>${uTbl('Table 3. Social indicators', yrs, uSocial)}
<div class="cd-footnotes"><p class="cd-footnotes__title">Footnotes</p><ul>${lis(uNotes)}</ul></div>
<div class="cd-downloads"><a class="cd-button" href="/files/profiles/estravia.pdf">Download PDF</a><a class="cd-button" href="/files/profiles/estravia.csv">
Download CSV</a></div></article>
<aside class="cd-related"><h2 class="cd-related__title">Other country profiles</h2><ul>${links(['Morvania', 'Karst Republic', 'Tervania'])}</ul></aside></main>
<footer class="cd-footer"><div class="cd-container"><div class="cd-social-links">${links(['X', 'Facebook', 'LinkedIn'])}</div><ul>${links(uFoot)}</ul>
<p class="cd-footer__copyright">Copyright © United Nations 2026</p></div></footer></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script src="/themes/contrib/common_design/js/cd-dropdown.js"></script></body></html>`;
const unProfile: TestPage = {
  name: 'heldout446-drupal-common-design-un-country-profile',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['General information', 'Economic indicators', 'Social indicators'],
  body: [
    ...texts(uIntro),
    'Table 1. General information',
    ...rowTexts(uGeneral),
    'Table 2. Economic indicators',
    ...rowTexts(uEcon),
    'Table 3. Social indicators',
    ...rowTexts(uSocial),
    ...uNotes,
  ],
  bylines: ['Last updated:', '15 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'United Nations', 'Language', 'UN Data Portal', ...uMenu, 'Footnotes', 'Download PDF', 'Download CSV',
    'Other country profiles', 'Morvania', 'Karst Republic', 'Tervania', 'Facebook', 'LinkedIn', ...uFoot, 'Copyright © United Nations 2026',
  ],
};

export const HELDOUT446_D: readonly TestPage[] = [aem, unProfile];
