import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file c2: an OpenStax-style chapter section in an invented open-textbook reader (a React app's markup
 * with styled-components class names and data-testid attributes: the top bar, the toolbar with Print and Highlights, the
 * table of contents, the section with its learning objectives note, a figure with its numbered caption and credit, a
 * "Link to Learning" box, the key terms as a definition list, the previous / next bar and the attribution footer).
 */
const title = 'The Water Cycle and Human Water Use';
const objectives = [
  'Describe the main stores and flows of water on Earth.',
  'Explain how human use of water changes the water cycle.',
  'Define the key terms used to describe groundwater.',
];
const intro = [
  j(
    'Almost all of the water on Earth has been here for billions of years. It moves between the oceans, the air, the land and',
    'living things, but very little of it is ever created or destroyed. Scientists call this continuous movement the',
    '<span data-type="term">water cycle</span>, or the hydrologic cycle.',
  ),
  j(
    'Only a small fraction of the total is fresh water that people can easily use. Most fresh water is locked in ice sheets or',
    'stored underground, and the water in rivers and lakes that towns depend on is a very thin slice of the whole.',
  ),
];
const storesHead = 'Stores and Flows';
const stores = [
  j(
    'Water is held for different lengths of time in different places, called stores or reservoirs. A water molecule may spend',
    'thousands of years in the deep ocean, a few months in a lake and only about nine days in the atmosphere.',
  ),
  j(
    'Water moves between these stores through flows. Evaporation and <span data-type="term">transpiration</span> carry water',
    'into the air, condensation forms clouds, and precipitation returns water to the surface. On land, water either runs off into',
    'streams or soaks into the ground through <span data-type="term">infiltration</span>.',
  ),
];
const groundHead = 'Groundwater and Aquifers';
const ground = [
  j(
    'Water that infiltrates fills the spaces between grains of soil and rock. Below a certain depth, called the',
    '<span data-type="term">water table</span>, all of these spaces are full. A layer of rock or sediment that holds enough water',
    'to supply a well is an <span data-type="term">aquifer</span>.',
  ),
  j(
    'Aquifers refill slowly. When the fictional town of Marrowby drilled its first deep wells in the 1950s, the water table sat',
    'six metres below the surface; by 2010 it had fallen to more than forty metres, because water was being pumped out faster',
    'than rain could replace it.',
  ),
];
const humanHead = 'How People Change the Cycle';
const human = [
  'Dams hold back rivers and increase evaporation from the reservoirs behind them.',
  'Irrigation moves water from rivers and aquifers onto fields, where much of it evaporates.',
  'Paved surfaces reduce infiltration and send more water quickly into drains and streams.',
  'Clearing forests reduces transpiration and can change local rainfall.',
];
const keyHead = 'Key Terms';
const terms: [string, string][] = [
  ['aquifer', 'an underground layer of rock or sediment that holds and transmits enough water to supply a well'],
  ['infiltration', 'the movement of water from the surface into the soil'],
  ['transpiration', 'the release of water vapour from the leaves of plants'],
  ['water cycle', 'the continuous movement of water between the oceans, the atmosphere, the land and living things'],
  ['water table', 'the upper surface of the zone in which the ground is saturated with water'],
];
const toc = ['Preface', '1 Introduction to Earth Systems', '2 The Atmosphere', '3 Water on Earth', '4 Soils and Land Use', 'Index'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>3.2 The Water Cycle and Human Water Use - Earth Systems Science | OpenLeaf</title>
<meta name="description" content="Almost all of the water on Earth has been here for billions of years.">
<link rel="canonical" href="https://openleaf.example/books/earth-systems/pages/3-2-the-water-cycle-and-human-water-use">
<meta property="og:title" content="3.2 The Water Cycle and Human Water Use - Earth Systems Science | OpenLeaf">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Earth Systems Science","publisher":"OpenLeaf",
"license":"https://creativecommons.org/licenses/by/4.0/"}</script>
<script>window.__PRELOADED_STATE__ = {"content":{"book":{"id":"7bc2","slug":"earth-systems"},"page":{"id":"e91a","slug":"3-2-the-water-cycle"}},
"navigation":{}};</script>
<style data-styled="active" data-styled-version="5.3.11">.sc-gKXOVf{display:flex}</style></head>
<body><div id="root"><div class="sc-bczRLJ fLJqYc" data-testid="navbar"><a href="#main-content" class="sc-gsnTZi">Skip to Content</a>
<a href="/" class="sc-dkzDqf" aria-label="OpenLeaf homepage"><span>OpenLeaf</span></a><div class="sc-hKMtZM"><a href="/login"
data-testid="nav-login">Log in</a></div></div>
<div class="sc-eDvSVe" data-testid="bookbanner"><a href="/details/books/earth-systems" class="sc-jSMfEi">Earth Systems Science</a>
<h1 class="sc-gKXOVf"><span class="os-number">3.2</span><span class="os-divider"> </span><span class="os-text">${title}</span></h1></div>
<div class="sc-iBkjds" data-testid="toolbar"><button data-testid="toc-button" aria-label="Click to open the Table of Contents">Table of contents</button>
<form data-testid="desktop-search"><input aria-label="Search this book" placeholder="Search this book"></form>
<button data-testid="print" aria-label="print">Print</button><button data-testid="highlights" aria-label="My highlights and notes">Highlights</button></div>
<nav class="sc-ftvSup" data-testid="toc" aria-label="Table of Contents"><ol>${links(toc, 'os-toc-chapter')}</ol></nav>
<main id="main-content" class="sc-papXJ" tabindex="-1"><div class="sc-jqUVSM page-content" data-dynamic-style="true">
<div data-type="page" id="e91a" class="chapter-content-module"><h2 data-type="document-title"><span class="os-number">3.2</span><span class="os-divider">
</span>
<span class="os-text">${title}</span></h2>
<section class="learning-objectives" data-type="abstract"><h3 data-type="title">Learning Objectives</h3><p>By the end of this section, you will be able to:</p>
<ul>${lis(objectives)}</ul></section>
${ps(intro)}
<div class="os-figure"><figure id="fig-3-4"><span data-type="media"><img src="https://openleaf.example/resources/a1b2/water-cycle.jpg"
alt="Diagram of the water cycle"
width="680"></span></figure><div class="os-caption-container"><span class="os-title-label">Figure </span><span class="os-number">3.4</span>
<span class="os-divider"> </span><span class="os-caption">The main stores of water and the flows between them. (credit: modification of work by Pilar
Edeyo)</span></div></div>
<section id="stores" data-depth="1"><h3 data-type="title">${storesHead}</h3>
${ps(stores)}</section>
<section id="groundwater" data-depth="1"><h3 data-type="title">${groundHead}</h3>
${ps(ground)}
<aside data-type="note" class="link-to-learning"><header><h4 class="os-title"><span class="os-title-label">Link to Learning</span></h4></header>
<section><p>Use this interactive map from the Marrowby Water Board to see how the water table near the town has changed since 1950.</p></section></aside>
</section>
<section id="human" data-depth="1"><h3 data-type="title">${humanHead}</h3><p>People change the water cycle in many ways. Four of the most important are:</p>
<ul>${lis(human)}</ul></section>
<div class="os-eoc os-glossary-container" data-uuid-key="glossary"><h3 data-type="glossary-title">${keyHead}</h3>
<dl>${terms.map(([t, d]) => `<dt id="term-${t.replace(/ /g, '-')}">${t}</dt><dd>${d}</dd>`).join('\n')}</dl></div></div></div>
<div class="sc-kDDrLX" data-testid="prevnext"><a href="/books/earth-systems/pages/3-1-introduction" aria-label="Previous Page">Previous</a>
<a href="/books/earth-systems/pages/3-3-oceans" aria-label="Next Page">Next</a></div>
<div class="sc-cCsOjp" data-testid="attribution"><details><summary>Citation/Attribution</summary><div class="sc-ciZhAO">
<p>This book may not be used in the training of large language models or otherwise be ingested into large language models or generative AI offerings
without OpenLeaf's permission.</p><p>Authors: Halvard Menet, Ruth Abiodun</p><p>Publish Date: Mar 9, 2025</p>
<p>© Mar 9, 2025 OpenLeaf. Textbook content produced by OpenLeaf is licensed under a Creative Commons Attribution License.</p></div></details></div></main>
<footer class="sc-jdAMXn" data-testid="footer"><ul>${links(['Help', 'Contact us', 'Support center', 'FAQ', 'Accessibility', 'Terms of Use', 'Licensing'])}</ul>
<p>OpenLeaf is part of an invented university's open education office.</p></footer></div>
<script src="/rex/static/js/main.4f1a.js"></script></body></html>`;

export const openstax: TestPage = {
  name: 'heldout289-openleaf-rex-section-docs',
  kind: 'docs',
  html,
  title: `3.2 ${title}`,
  headings: ['Learning Objectives', storesHead, groundHead, humanHead, keyHead],
  body: texts([
    'By the end of this section, you will be able to:',
    ...objectives,
    ...intro,
    ...stores,
    ...ground,
    'Use this interactive map from the Marrowby Water Board to see how the water table near the town has changed since 1950.',
    'People change the water cycle in many ways. Four of the most important are:',
    ...human,
    ...terms.flat(),
  ]),
  bylines: ['Authors: Halvard Menet, Ruth Abiodun', 'Publish Date: Mar 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'OpenLeaf', 'Log in', 'Earth Systems Science', 'Table of contents', 'Print', 'Highlights', ...toc, 'Figure 3.4',
    'The main stores of water and the flows between them. (credit: modification of work by Pilar Edeyo)', 'Link to Learning', 'Previous', 'Next',
    'Citation/Attribution',
    j(
      'This book may not be used in the training of large language models or otherwise be ingested into large language models or generative AI',
      "offerings without OpenLeaf's permission.",
    ),
    '© Mar 9, 2025 OpenLeaf. Textbook content produced by OpenLeaf is licensed under a Creative Commons Attribution License.',
    'Help', 'Contact us', 'Support center', 'FAQ', 'Accessibility', 'Terms of Use', 'Licensing',
    "OpenLeaf is part of an invented university's open education office.",
  ],
};
