import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file f2: a WHO fact sheet on the Sitefinity theme of who.int (cookie notice, language bar, header
 * with the main menu and search, the "Fact sheets" section header, breadcrumb, date, "Key facts" list, a regional data
 * table, the "Related" sidebar with fact sheets and health topics, the newsletter box and the footer).
 */
const wTitle = 'Drowning';
const wKey = [
  'An estimated 281 000 people died from drowning in 2024, making it one of the leading causes of injury death worldwide.',
  'More than 90% of drowning deaths occur in low- and middle-income countries.',
  'Children aged 1–4 years face the highest drowning rates, followed by children aged 5–9 years.',
  'Simple measures such as barriers around water, day care for pre-school children and swimming lessons can prevent most deaths.',
];
const wOverview = [
  j(
    'Drowning is the process of experiencing breathing difficulty from being under or in liquid. Outcomes are classified as',
    'death, illness or no harm. Most drowning happens in everyday places such as rivers, lakes, wells, buckets and bathtubs.',
  ),
  j(
    'Drowning deaths are often missed in official figures because they are recorded as floods or transport accidents. The true',
    'number of deaths is therefore likely to be considerably higher than the estimates below.',
  ),
];
const wScope = ['Rates of drowning vary widely between regions, as the table below shows.'];
const wTable = 'Estimated drowning deaths and rates by WHO region, 2024';
const wCells = [
  'African Region',
  '78 400',
  '6.4',
  'Region of the Americas',
  '27 100',
  '2.6',
  'South-East Asia Region',
  '89 900',
  '4.3',
  'European Region',
  '21 700',
  '2.3',
  'Eastern Mediterranean Region',
  '22 300',
  '2.8',
  'Western Pacific Region',
  '41 600',
  '2.1',
];
const wRisk = ['Factors that increase the risk of drowning include:'];
const wRiskList = [
  'living near open water without barriers',
  'lack of supervision of young children',
  'travelling on water in overcrowded or poorly maintained boats',
  'floods and other extreme weather events',
];
const wResponse = [
  j(
    'WHO supports countries to put in place proven prevention measures and to improve data on drowning. It publishes technical',
    'guidance, trains national focal points and brings together partners through the Global Alliance for Drowning Prevention.',
  ),
  j(
    'WHO also works with disaster agencies so that drowning prevention is part of flood preparedness plans, including early',
    'warnings and safe evacuation routes.',
  ),
];
const wLangs = ['العربية', '中文', 'Français', 'Русский', 'Español'];
const wMenu = ['Health Topics', 'Countries', 'Newsroom', 'Emergencies', 'Data', 'About WHO'];
const wRelSheets = ['Injuries and violence', 'Road traffic injuries', 'Falls'];
const wTopics = ['Child health', 'Climate change', 'Water sanitation and hygiene'];
const wFoot = ['Careers', 'Frequently asked questions', 'Library', 'Cyber security', 'Contact us', 'Report misconduct', 'Privacy policy'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Drowning</title><meta name="description" content="WHO fact sheet on drowning.">
<meta property="og:title" content="Drowning"><meta property="og:type" content="website"><meta name="DC.date.issued" content="2026-03-03">
<meta name="Generator" content="Sitefinity 14.4.8149.0 DX"><link rel="canonical" href="https://www.who.int/news-room/fact-sheets/detail/drowning">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Drowning","datePublished":"2026-03-03",
"publisher":{"@type":"Organization","name":"World Health Organization"}}</script>
<script src="/ScriptResource.axd?d=Sf7x2&amp;t=5b0"></script><link rel="stylesheet" href="/ResourcePackages/WHO/assets/dist/styles/main.min.css"></head>
<body><div id="cookie-notice" class="cookie-notice" role="dialog"><p>This website uses cookies to improve your experience and for analytics.</p>
<button class="cookie-notice__accept">Accept all</button><button class="cookie-notice__reject">Reject non-essential</button>
<a href="/about/policies/privacy">Privacy policy</a></div>
<div class="top-language-bar"><ul class="language-list">${links(wLangs, 'language-item')}</ul></div>
<header class="header"><div class="header__container"><a class="header__logo" href="/"><img src="/logo.svg" alt="World Health Organization"></a>
<nav class="navigation" aria-label="Main"><ul class="navigation__list">${links(wMenu, 'navigation__item')}</ul></nav>
<div class="header__search"><label class="sr-only" for="sf-search">Search</label><input id="sf-search" type="search" placeholder="Search"></div></div></header>
<main id="main" class="main-content"><div class="section-header"><div class="sf_colsIn container"><p class="section-header__title">Fact sheets</p>
<nav class="breadcrumb" aria-label="breadcrumb"><ol class="sf-breadscrumb">${links(['Home', 'Newsroom', 'Fact sheets', 'Detail'], 'breadcrumb-item')}
<li class="breadcrumb-item active">Drowning</li></ol></nav></div></div>
<div class="container"><div class="row"><div class="col-md-9"><article class="sf-detail-body-wrapper">
<div class="dynamic-content__date"><span class="timestamp">3 March 2026</span></div>
<h1 class="dynamic-content__heading">${wTitle}</h1>
<div class="sf-detail-body-wrapper sf-content-block"><h2>Key facts</h2>
<ul>${lis(wKey)}</ul>
<h2>Overview</h2>
${ps(wOverview)}
<h2>Scope of the problem</h2>
${ps(wScope)}
<table class="table"><caption>${wTable}</caption><thead><tr><th>WHO region</th><th>Deaths</th><th>Rate per 100 000</th></tr></thead><tbody>
${[0, 3, 6, 9, 12, 15].map((i) => `<tr><td>${wCells[i]}</td><td>${wCells[i + 1]}</td><td>${wCells[i + 2]}</td></tr>`).join('\n')}</tbody></table>
<h2>Who is at risk?</h2>
${ps(wRisk)}
<ul>${lis(wRiskList)}</ul>
<h2>WHO response</h2>
${ps(wResponse)}
</div></article></div>
<aside class="col-md-3"><div class="related"><h3 class="related__title">Related</h3><h4>Fact sheets</h4><ul>${links(wRelSheets)}</ul>
<h4>Health topics</h4><ul>${links(wTopics)}</ul></div></aside></div></div>
<div class="newsletter-box"><h2>Subscribe to our newsletters</h2><a href="/newsletters" class="button">Subscribe</a></div></main>
<footer class="footer"><div class="container"><ul class="footer__links">${links(wFoot)}</ul>
<p class="footer__copyright">© 2026 WHO</p></div></footer><script src="/ResourcePackages/WHO/assets/dist/scripts/main.min.js"></script></body></html>`;
export const who: TestPage = {
  name: 'heldout277-who-fact-sheet-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Key facts', 'Overview', 'Scope of the problem', 'Who is at risk?', 'WHO response'],
  body: texts([...wKey, ...wOverview, ...wScope, wTable, ...wCells, ...wRisk, ...wRiskList, ...wResponse]),
  bylines: ['3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience and for analytics.', 'Accept all', 'Reject non-essential', 'Privacy policy',
    ...wLangs.filter((l) => l.length > 2),
    ...wMenu, 'Search', 'Fact sheets', 'Home', 'Detail', 'Related', ...wRelSheets, 'Health topics', ...wTopics, 'Subscribe to our newsletters',
    'Subscribe', ...wFoot, '© 2026 WHO',
  ],
};
