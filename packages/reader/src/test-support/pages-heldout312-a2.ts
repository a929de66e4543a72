import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file a2: an Our World in Data-style article from its Google Docs pipeline (site header with the
 * topics menu, centered article header with subtitle, byline, dateline and "Cite this article", grapher chart figures,
 * a key-insights style callout, endnotes, the citation and reuse blocks, the donation banner and the site footer).
 */
const oTitle = 'Why has the share of children who finish primary school risen so quickly?';
const oP1 = [
  j(
    'In 1990, roughly seven in ten children around the world completed primary school. Today the figure is close to nine in ten.',
    'That change, spread over thirty-five years, means that hundreds of millions more people can read a bus timetable, check a',
    'medicine label or follow a contract.',
  ),
  j(
    'The change did not happen at the same pace everywhere. In this article we look at the data on completion rates, what drove',
    'the fastest improvements, and where progress has slowed.',
  ),
];
const oH1 = 'Completion rates have risen in every world region';
const oP2 = [
  j(
    'The chart shows the share of children who complete the last grade of primary school, by world region. Every region has',
    'improved, but the gaps between them remain large. In the regions that started lowest, completion rates have roughly doubled.',
  ),
  j(
    'Completion is a stricter measure than enrolment. A child who enrols but drops out in the third grade counts as enrolled, but',
    'not as having completed. This is why we focus on completion here: it tells us more about how many children actually gain',
    'the basic skills that primary school is meant to teach.',
  ),
];
const oH2 = 'What drove the fastest gains?';
const oP3 = ['Looking across the countries with the largest improvements, three changes appear again and again:'];
const oList = [
  'Abolishing primary school fees, which in several countries was followed by a jump in enrolment within a single year.',
  'Building schools closer to where children live, so that the walk to school became shorter, especially for girls.',
  'Paying for school meals, which gave families a reason to keep children in school through the harvest season.',
];
const oP4 = [
  j(
    'None of these changes works on its own. Countries that abolished fees without hiring more teachers often saw class sizes',
    'swell to a hundred pupils or more, and completion rates rose only slowly until staffing caught up.',
  ),
];
const oH3 = 'Progress has slowed in the last decade';
const oP5 = [
  j(
    'The second chart shows the average annual change in the completion rate. In the 2000s, the global rate rose by about one',
    'percentage point per year. Since 2015, the pace has roughly halved.',
  ),
  j(
    'Part of this is arithmetic: the closer a country gets to universal completion, the harder each additional percentage point',
    'becomes, because the children still out of school are often the hardest to reach. But part of it reflects real setbacks,',
    'including school closures and conflict in several countries with large young populations.',
  ),
  j(
    'The data we have is also patchier than we would like. Many countries report completion only every few years, from household',
    'surveys, so the most recent estimates depend on models. We show the survey years in the chart so that readers can see which',
    'points are measured and which are estimated.',
  ),
];
const oNav = ['Browse by topic', 'Data', 'Insights', 'Resources', 'About', 'Donate'];
const oEnd = [
  j(
    'Completion rate is measured as the share of children three to five years above the',
    'official age for the last grade of primary school who have completed that grade.',
  ),
  'Regional figures are population-weighted averages of country estimates.',
];
const oFoot = ['Latest work', 'All charts', 'Teaching Hub', 'FAQs', 'Donate', 'Privacy policy', 'Legal disclaimer', 'Grapher license'];
const oFurn = [
  'Browse by topic',
  'Data',
  'Insights',
  'Resources',
  'About',
  'Donate',
  'Cite this article',
  'Reuse our work freely',
  'Share of children who complete primary school, 1990 to 2024',
  'Data source: Learning Outcomes Consortium (2025)',
  'Click to open interactive version',
  'Annual change in the primary completion rate, world',
  'Endnotes',
  ...oEnd,
  'Cite this work',
  j(
    'Our articles and data visualizations rely on work from many different people and',
    'organizations. When citing this article, please also cite the underlying data sources.',
  ),
  'Reuse this work freely',
  'All visualizations, data, and code produced by Our World in Data are completely open access under the Creative Commons BY license.',
  'Our World in Data is free and accessible for everyone.',
  'Help us do this work by making a donation.',
  'Donate now',
  ...oFoot.filter((f) => f !== 'Donate'),
  'Licenses: All visualizations, data, and articles produced by Our World in Data are open access under the Creative Commons BY license.',
];
const fig = (slug: string, cap: string, src: string): string => `<div class="article-block__chart col-start-2 span-cols-12">
<figure data-grapher-src="https://ourworldindata.org/grapher/${slug}" class="grapher-figure"><div class="GrapherComponent">
<a href="https://ourworldindata.org/grapher/${slug}" target="_blank" rel="noopener"><img
src="https://ourworldindata.org/grapher/exports/${slug}.svg" width="850" height="600" loading="lazy" data-no-lightbox="" alt="${cap}">
<div class="interactionNotice"><span class="icon"></span><span class="label">Click to open interactive version</span></div></a></div>
<figcaption class="article-block__chart-caption"><p class="chart-title">${cap}</p>${src}</figcaption></figure></div>`;
const oHtml = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>${oTitle} - Our World
in Data</title>
<meta name="description" content="Completion rates have risen in every region since 1990. We look at what drove the fastest gains.">
<link rel="canonical" href="https://ourworldindata.org/primary-completion-gains"><meta property="og:site_name" content="Our World in Data">
<meta property="og:type" content="article"><meta name="citation_title" content="${oTitle}"><meta name="citation_author" content="Helena Brightwater">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${oTitle}","datePublished":"2026-02-18"}</script>
<link rel="stylesheet" href="/assets/owid.css"><script>if(window.location.hash){}window._OWID_GDOC_PROPS={"id":"1xQv"}</script></head>
<body><header class="site-header"><div class="wrapper site-navigation-bar"><div class="site-logos"><a href="/" class="site-logo">Our World in Data</a></div>
<nav class="site-navigation"><ul class="site-navigation__primary">${links(oNav.slice(0, 5), 'site-navigation-link')}</ul>
<a href="/donate" class="site-navigation__donate">Donate</a></nav></div></header>
<main><article class="centered-article-container grid grid-cols-12-full-width">
<header class="centered-article-header align-center grid grid-cols-8 col-start-4 span-cols-8">
<h1 class="centered-article-header__title">${oTitle}</h1>
<p class="centered-article-header__subtitle">Completion rates roughly doubled where they started lowest. Here is what the data shows about how.</p>
<div class="centered-article-header__meta-container"><div class="centered-article-header__byline">By: <a href="/team/helena-brightwater">Helena
Brightwater</a> and <a href="/team/sami-oduya">Sami Oduya</a></div>
<div class="centered-article-header__dateline body-3-medium">February 18, 2026</div>
<div class="centered-article-header__cite-container"><a href="#article-citation">Cite this article</a></div>
<div class="centered-article-header__licence-container"><a href="#article-licence">Reuse our work freely</a></div></div></header>
<div class="grid grid-cols-12-full-width col-start-1 col-end-limit">
<div class="article-block__text col-start-5 span-cols-6">${ps(oP1)}</div>
<h2 class="article-block__heading h1-semibold col-start-5 span-cols-6" id="completion-rates-have-risen">${oH1}</h2>
${fig(
  'primary-completion-rate-by-region',
  'Share of children who complete primary school, 1990 to 2024',
  '<p class="chart-source">Data source: Learning Outcomes Consortium (2025)</p>',
)}
<div class="article-block__text col-start-5 span-cols-6">${ps(oP2)}</div>
<h2 class="article-block__heading h1-semibold col-start-5 span-cols-6" id="what-drove">${oH2}</h2>
<div class="article-block__text col-start-5 span-cols-6">${ps(oP3)}<ul class="article-block__list">${oList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(oP4)}</div>
<h2 class="article-block__heading h1-semibold col-start-5 span-cols-6" id="progress-has-slowed">${oH3}</h2>
${fig('annual-change-primary-completion', 'Annual change in the primary completion rate, world', '')}
<div class="article-block__text col-start-5 span-cols-6">${ps(oP5)}</div></div>
<section class="endnotes grid grid-cols-12-full-width"><h3 class="h3-bold col-start-5 span-cols-6">Endnotes</h3>
<ol class="endnotes__list col-start-5 span-cols-6">${oEnd.map((e, i) => `<li class="endnote" id="note-${i + 1}"><p>${e}</p></li>`).join('\n')}</ol></section>
<section class="article-citation grid grid-cols-12-full-width" id="article-citation"><h3 class="h3-bold col-start-5 span-cols-6">Cite this work</h3>
<p class="col-start-5 span-cols-6">Our articles and data visualizations rely on work from many different people and organizations. When citing this
article, please also cite the underlying data sources.</p>
<pre class="article-citation__code"><code>Helena Brightwater and Sami Oduya (2026) - “${oTitle}”
Published online at OurWorldinData.org.</code></pre></section>
<section class="article-licence grid grid-cols-12-full-width" id="article-licence"><h3 class="h3-bold col-start-5 span-cols-6">Reuse this work freely</h3>
<p class="col-start-5 span-cols-6">All visualizations, data, and code produced by Our World in Data are completely open access under the Creative Commons
BY license.</p></section></article>
<div class="donate-footer"><div class="wrapper"><p class="donate-footer__text">Our World in Data is free and accessible for everyone.</p>
<p class="donate-footer__text">Help us do this work by making a donation.</p><a href="/donate" class="owid-btn">Donate now</a></div></div></main>
<footer class="site-footer"><div class="wrapper"><ul>${links(oFoot)}</ul>
<p class="legal">Licenses: All visualizations, data, and articles produced by Our World in Data are open access under the Creative Commons BY
license.</p></div></footer>
<script type="module" src="/assets/owid.mjs"></script><script>window.runSiteFooterScripts({"debug":false,"isPreviewing":false})</script></body></html>`;
export const owid: TestPage = {
  name: 'heldout312-our-world-in-data-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3],
  body: texts([...oP1, ...oP2, ...oP3, ...oList, ...oP4, ...oP5]),
  bylines: ['By: Helena Brightwater and Sami Oduya', 'February 18, 2026'],
  furniture: oFurn,
};
