import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 225, file d2: an invented land-grant university's extension factsheet on Drupal 10 (the university brand
 * bar, the extension site header and menu, breadcrumbs, the fact sheet number, authors with titles and the publication date
 * as fields, Print / PDF / Share tools, a resistant-variety table, references, the trade-name disclaimer, the related
 * topics block, the county office finder, the footer with the nondiscrimination statement and the hidden "Back to top").
 */
const title = 'Powdery Mildew of Cucurbits in the Home Garden';
const intro = [
  'Powdery mildew is the most common disease of squash, pumpkins, cucumbers and melons grown in home gardens in the state. It ' +
    'rarely kills plants outright, but heavy infections reduce yield, shorten the harvest season and leave fruit poorly flavored ' +
    'and prone to sunscald.',
];
const h1 = 'Symptoms';
const p1 = [
  'The first signs are small, round, white powdery spots on the undersides of older leaves, usually in mid-July. The spots ' +
    'enlarge and join until both leaf surfaces look as if they have been dusted with flour. Badly infected leaves turn yellow, ' +
    'then brown and brittle, and may die back completely.',
];
const h2 = 'Disease Cycle';
const p2 = [
  'The fungus does not need free water on the leaf to infect, which is why the disease thrives in dry, warm weather with cool ' +
    'nights and high humidity. Spores are carried long distances by wind, so infection each year usually starts from spores ' +
    'blown in from other gardens and farms rather than from last year’s debris.',
];
const h3 = 'Management';
const p3 = ['No single practice will give complete control. Combining the following steps gives the best results:'];
const steps = [
  'Plant resistant or tolerant varieties whenever they are available (see Table 1).',
  'Space plants to allow good air movement and sunlight into the canopy.',
  'Avoid excess nitrogen fertilizer, which produces dense, soft growth that is easily infected.',
  'Remove and destroy heavily infected leaves promptly, and clear crop debris at the end of the season.',
];
const tCap = 'Table 1. Cucurbit varieties with resistance or tolerance to powdery mildew in Northfield State trials, 2021–2024.';
const table = [
  ['Zucchini', 'Emerald Arch, Dunmore PMR', 'High'],
  ['Butternut squash', 'Ridgeback, Harvest Lantern', 'Moderate'],
  ['Cucumber', 'Sawtooth Slicer, Peppin', 'High'],
];
const h4 = 'Fungicides';
const p4 = [
  'Home gardeners can use products containing potassium bicarbonate, sulfur or horticultural oils. These work as protectants and ' +
    'must be applied before the disease is well established, repeated every seven to ten days. Do not apply sulfur or oils when ' +
    'temperatures are above 90°F, or within two weeks of each other, as leaf burn may result. Always read and follow the label.',
];
const refH = 'References';
const refs = [
  'Keller, M. J., and D. Orrin. 2022. Evaluation of cucurbit cultivars for powdery mildew tolerance. Plant Health Notes 18:44–51.',
  'Northfield State University Extension. 2020. Vegetable Disease Guide for Home Gardens. Bulletin HG-220.',
];
const brand = ['Northfield State University', 'Apply', 'Give', 'Directory', 'Search NSU'];
const menu = ['Agriculture', 'Food & Nutrition', 'Home & Garden', 'Youth & 4-H', 'Community Development', 'Find Your County Office'];
const crumbs = ['Home', 'Home & Garden', 'Vegetables'];
const tools = ['Print', 'Download PDF', 'Share'];
const authors = ['Danielle Orrin, Extension Plant Pathologist', 'Marcus J. Keller, Horticulture Educator, Brandt County'];
const related = ['Related Topics', 'Squash Vine Borer', 'Growing Vining Crops Vertically', 'Downy Mildew of Cucumber', 'Saving Seed from Squash'];
const county = ['Contact your county Extension office', 'Enter your ZIP code', 'Find office'];
const disclaimer =
  'Mention of trade names or commercial products does not constitute endorsement or recommendation for use by Northfield State ' + 'University Extension.';
const nondisc =
  'Northfield State University Extension is an equal opportunity provider and employer. Reasonable accommodations are available ' + 'upon request.';
const foot = ['Accessibility', 'Privacy', 'Contact Us', 'Extension Staff Login'];
const copy = '© 2026 Northfield State University';
const field = (name: string, label: string, items: readonly string[]): string => `<div class="field field--name-field-${name} field--type-string
field--label-above"><div class="field__label">${label}</div><div class="field__items">${items
  .map(
    (t) => `<div
class="field__item">${t}</div>`,
  )
  .join('')}</div></div>`;

const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${title} | NSU Extension</title>
<link rel="canonical" href="https://extension.northfieldstate.example/home-garden/vegetables/powdery-mildew-cucurbits">
<meta name="dcterms.title" content="${title}"><meta name="citation_title" content="${title}"><meta name="citation_author" content="Orrin, Danielle">
<meta name="citation_publication_date" content="2026/01/12"><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2.css">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4127"},"gtag":{"tagId":"G-X1"}}</script>
</head><body class="path-node page-node-type-fact-sheet"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="nsu-brandbar"><a class="nsu-brandbar__logo" href="https://www.northfieldstate.example">${brand[0]}</a><ul class="nsu-brandbar__links">
${links(brand.slice(1, 4))}</ul><form class="nsu-brandbar__search"><label class="visually-hidden" for="nsu-q">${brand[4]}</label><input id="nsu-q"></form></div>
<header role="banner" class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"
class="site-logo"><img src="/themes/custom/nsu_ext/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">NSU Extension</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(menu, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(crumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-nsu-ext-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field
field--name-title">${title}</span></h1></div>
<article data-history-node-id="4127" class="node node--type-fact-sheet node--view-mode-full"><div class="node__content">
<div class="fact-sheet__meta">${field('fact-sheet-number', 'Fact Sheet', ['HGF-1042'])}${field('authors', 'Authors', authors)}
${field('publication-date', 'Published', ['January 12, 2026'])}</div>
<div class="fact-sheet__tools"><ul class="tools">${tools
  .map(
    (t) => `<li><a href="#"
class="tools__${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(intro)}
<h2>${h1}</h2>
${ps(p1)}
<figure role="group" class="caption caption-img"><img src="/sites/default/files/2026-01/pm-squash.jpg" alt="Squash leaf with white powdery spots">
<figcaption>Figure 1. Powdery mildew on a zucchini leaf. Photo: D. Orrin, NSU Extension.</figcaption></figure>
<h2>${h2}</h2>
${ps(p2)}
<h2>${h3}</h2>
${ps(p3)}
<ul>${steps.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="table"><caption>${tCap}</caption><thead><tr><th scope="col">Crop</th><th scope="col">Variety</th><th scope="col">Resistance</th></tr></thead>
<tbody>${table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${h4}</h2>
${ps(p4)}
<h2>${refH}</h2>
<ol>${refs.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p class="disclaimer"><em>${disclaimer}</em></p></div></div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="block block-views">
<h2>${related[0]}</h2><div class="view-content"><ul>${links(related.slice(1))}</ul></div></div><div class="block block-county-finder">
<h2>${county[0]}</h2><form><label for="zip">${county[1]}</label><input id="zip"><button type="submit">${county[2]}</button></form></div></div></aside></main>
<footer role="contentinfo" class="region region-footer"><div class="footer__statement"><p>${nondisc}</p></div><ul class="menu">${links(foot)}</ul>
<p class="footer__copyright">${copy}</p><a href="#top" class="back-to-top visually-hidden">Back to top</a></footer></div></div>
<script src="/sites/default/files/js/js_9f1.js"></script></body></html>`;

export const extensionFactsheet: TestPage = {
  name: 'heldout225-drupal-extension-factsheet-docs',
  kind: 'docs',
  html,
  title,
  // table data cells and the table caption are body; the references list items are body; the fact sheet number, the
  // figure caption, the trade-name disclaimer and the nondiscrimination statement are furniture; authors and date are bylines
  headings: [h1, h2, h3, h4, refH],
  body: texts([...intro, ...p1, ...p2, ...p3, ...steps, tCap, ...table.flat(), ...p4, ...refs]),
  bylines: ['Authors', ...authors, 'Published', 'January 12, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'Skip to main content', ...brand, 'NSU Extension', 'Main navigation', ...menu, 'Breadcrumb', 'Vegetables', 'Fact Sheet', 'HGF-1042', ...tools,
    'Figure 1. Powdery mildew on a zucchini leaf. Photo: D. Orrin, NSU Extension.', disclaimer, ...related, ...county, nondisc, ...foot, copy,
    'Back to top',
  ],
};
