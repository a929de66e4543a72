import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 219, file c2: an Our World in Data article (the site nav with "Browse by topic", "Subscribe" and "Donate",
 * the topic breadcrumb, the subtitle, the byline and date, the sticky "Contents" table of contents that repeats the
 * headings, two embedded grapher figures with their chart titles and sources, footnote markers, the endnotes, the "Cite
 * this work" and "Reuse this work freely" appendix, the donation promo and the footer).
 */
const owTitle = 'Why has child mortality from diarrhoeal disease fallen so quickly?';
const owSub = 'Deaths of young children from diarrhoeal diseases have fallen by more than two-thirds since 1990. What made it possible?';
const owP1 = [
  'In 1990, diarrhoeal diseases killed around 1.7 million children under five. By 2021 the number had fallen to roughly 440,000. ' +
    'Few causes of death have declined so fast over the same period.<a class="ref" href="#note-1"><sup>1</sup></a>',
  'The decline happened in almost every region, although at very different speeds. In this article we look at what the data ' +
    'tell us about the reasons, and about where progress has stalled.',
];
const owH1 = 'A global decline, but an uneven one';
const owP2 = [
  'The chart shows the death rate from diarrhoeal diseases among children under five, per 100,000 children, for world regions. ' +
    'Rates have fallen everywhere, but the gap between the regions with the highest and lowest rates remains very large.',
  'Even today, a child born in the region with the highest rate is more than thirty times as likely to die from diarrhoea ' +
    'before their fifth birthday as a child born in the region with the lowest.',
];
const owH2 = 'Oral rehydration, vaccines and clean water';
const owP3 = [
  'Three interventions explain most of the decline. The first is oral rehydration solution: a cheap mixture of salts, sugar and ' +
    'clean water that prevents death from dehydration. Its use spread widely during the 1980s and 1990s.',
  'The second is the rotavirus vaccine, introduced in many low-income countries after 2010. Rotavirus was the single largest ' +
    'cause of severe diarrhoea in young children, and studies in several countries found hospital admissions fell by around ' +
    'half after vaccines were introduced.<a class="ref" href="#note-2"><sup>2</sup></a>',
  'The third is the slower but steady spread of safe drinking water and sanitation, which reduces how often children are ' +
    'exposed to infection in the first place.',
];
const owH3 = 'Where progress has been slowest';
const owP4 = [
  'Countries where progress has stalled tend to share a few features: low vaccine coverage, frequent conflict or displacement, ' +
    'and limited access to basic health care. In these places, children often die not because treatment is unknown but because ' +
    'it does not reach them in time.',
  'The experience of the last three decades shows that these deaths are preventable at low cost. The remaining challenge is ' +
    'one of delivery rather than discovery.',
];
const owNav = ['Browse by topic', 'Data', 'Insights', 'Resources', 'About'];
const owG1 = 'Death rate from diarrhoeal diseases in children under 5, 1990 to 2021';
const owG2 = 'Share of one-year-olds who received the rotavirus vaccine, 2022';
const owSrc = 'Data source: IHME, Global Burden of Disease (2024)';
const owNotes = [
  'These estimates come from the Global Burden of Disease study, which models deaths by cause for every country.',
  'See the systematic review by Harlan and Mbeki (2022) for estimates from 26 countries.',
];
const owCite = [
  'Cite this work',
  'Our articles and data visualizations rely on work from many different people and organizations. When citing this article, ' +
    'please also cite the underlying data sources.',
  'Reuse this work freely',
  'All visualizations, data, and code produced by Our World in Data are completely open access under the Creative Commons BY license.',
];
const owDonate = ['Our World in Data is free and accessible for everyone.', 'Help us do this work by making a donation.', 'Donate now'];
const owFoot = ['About us', 'Team', 'Jobs', 'FAQs', 'Privacy policy', 'Legal disclaimer', 'Grapher license'];
const owGrapher = (t: string, slug: string): string => `<figure data-grapher-src="https://ourworldindata.org/grapher/${slug}" class="grapherPreview">
<a href="https://ourworldindata.org/grapher/${slug}" target="_blank"><div class="GrapherImage"><h2 class="grapher-title">${t}</h2>
<img src="https://ourworldindata.org/grapher/exports/${slug}.svg" alt=""><p class="grapher-source">${owSrc}</p></div>
<div class="interactionNotice"><span class="label">Click to open interactive version</span></div></a></figure>`;
const owPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const owHtml = `<!DOCTYPE html>
<html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>${owTitle} - Our World in Data</title>
<meta name="description" content="${owSub}"><link rel="canonical" href="https://ourworldindata.org/child-deaths-diarrhoea-decline">
<meta property="og:title" content="${owTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@OurWorldInData">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${owTitle}","datePublished":"2025-01-15",
"author":[{"@type":"Person","name":"Ines Halvorsen"},{"@type":"Person","name":"Kwabena Asante-Grey"}]}</script>
<link rel="stylesheet" href="https://ourworldindata.org/assets/owid.css"><script>window._OWID_GDOCS_PROPS={"id":"1xQ"}</script></head>
<body><header class="site-header"><div class="wrapper site-navigation-bar"><div class="site-logo"><a href="/">Our World in Data</a></div>
<nav class="site-primary-links"><ul>${links(owNav, 'site-nav-item')}</ul></nav><div class="site-search-cta">
<form class="site-search"><input type="search" placeholder="Search for a topic or chart..."></form>
<a class="site-subscribe" href="/subscribe">Subscribe</a><a class="donate" href="/donate">Donate</a></div></div></header>
<main><article class="centered-article-container grid grid-cols-12-full-width">
<div class="centered-article-header"><div class="breadcrumb"><a href="/health">Health</a><span> ›
</span><a href="/child-mortality">Child and Infant Mortality</a></div>
<h1 class="article-block__heading display-1-semibold">${owTitle}</h1><p class="centered-article-header__subtitle">${owSub}</p>
<div class="centered-article-header__meta-container"><div class="centered-article-header__byline">By: <a href="/team#ines-halvorsen">Ines Halvorsen</a>
and <a href="/team#kwabena-asante-grey">Kwabena Asante-Grey</a></div><div class="centered-article-header__dateline">January 15, 2025</div>
<a class="centered-article-header__cite" href="#article-citation">Cite this article</a>
<a class="centered-article-header__reuse" href="#article-licence">Reuse our work freely</a></div></div>
<nav class="sticky-nav toc" aria-label="Contents"><span class="toc-title">Contents</span><ul>
<li><a href="#global">${owH1}</a></li><li><a href="#interventions">${owH2}</a></li><li><a href="#slowest">${owH3}</a></li></ul></nav>
<div class="article-block__text">
${owPs(owP1)}
<h2 class="article-block__heading h2-bold" id="global">${owH1}</h2>
${owPs(owP2)}
${owGrapher(owG1, 'child-deaths-diarrhoea-rate')}
<h2 class="article-block__heading h2-bold" id="interventions">${owH2}</h2>
${owPs(owP3)}
${owGrapher(owG2, 'rotavirus-vaccine-coverage')}
<h2 class="article-block__heading h2-bold" id="slowest">${owH3}</h2>
${owPs(owP4)}
</div>
<footer class="article-footer"><section class="endnotes"><h3>Endnotes</h3><ol class="endnotes">
${owNotes.map((n, i) => `<li id="note-${i + 1}"><p>${n}</p></li>`).join('\n')}</ol></section>
<section class="citation" id="article-citation"><h3>${owCite[0]}</h3><p>${owCite[1]}</p>
<pre class="citation__text">Ines Halvorsen and Kwabena Asante-Grey (2025) - “${owTitle}” Published online at OurWorldinData.org.</pre></section>
<section class="licence" id="article-licence"><h3>${owCite[2]}</h3><p>${owCite[3]}</p></section></footer></article>
<div class="donate-footer"><h2>${owDonate[0]}</h2><p>${owDonate[1]}</p><a class="owid-btn" href="/donate">${owDonate[2]}</a></div></main>
<footer class="site-footer"><ul>${links(owFoot, 'footer-link')}</ul><p>Licenses: All visualizations, data, and articles produced by Our World in Data are
open access under the Creative Commons BY license.</p></footer><script src="https://ourworldindata.org/assets/owid.mjs" type="module"></script></body></html>`;
export const owidArticle: TestPage = {
  html: owHtml,
  name: 'heldout219-ourworldindata-article',
  kind: 'docs',
  // the subtitle is body; footnote markers stay in their paragraphs; the "Contents" list repeats the headings and is left out;
  // the citation code block is in neither list
  title: owTitle,
  headings: [owH1, owH2, owH3],
  body: texts([owSub, ...owP1, ...owP2, ...owP3, ...owP4]),
  bylines: ['By: Ines Halvorsen and Kwabena Asante-Grey', 'January 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our World in Data', ...owNav, 'Subscribe', 'Donate', 'Health', 'Child and Infant Mortality', 'Cite this article', 'Reuse our work freely',
    'Contents', owG1, owG2, owSrc, 'Click to open interactive version', 'Endnotes', ...owNotes, ...owCite, ...owDonate, ...owFoot,
    'Licenses: All visualizations, data, and articles produced by Our World in Data are open access under the Creative Commons BY license.',
  ],
};
