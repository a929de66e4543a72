import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras, rows, rowTexts } from './pages-heldout446-kit.js';

/**
 * Held-out batch 446, file c: a Worldometer-style population data page on Bootstrap 3 (navbar, live counter, ad slots,
 * AddToAny share buttons, the yearly population table, main cities table, "Population of" country links, footer), and a
 * Citypopulation-style cities page (language switch, country menu, contents links, the cities table with its legend and
 * source notes, ad slot, "Further information about the population structure" box, footer).
 */
const wTitle = 'Estravia Population (2026)';
const wIntro = paras(`
Estravia 2026 population is estimated at 4,309,118 people at mid year. The population of Estravia is equivalent to 0.05% of the
total world population, and the country ranks number 128 in the list of countries and dependencies by population.

The population density in Estravia is 91 per Km2 (236 people per mi2). The total land area is 47,380 Km2 (18,293 sq. miles).
64.7% of the population is urban (2,788,000 people in 2026). The median age in Estravia is 46.1 years.
`);
const wYears = [
  ['2026', '4,309,118', '-0.21 %', '-9,090', '46.1', '1.38', '91'],
  ['2025', '4,318,208', '-0.24 %', '-10,390', '45.9', '1.37', '91'],
  ['2024', '4,328,598', '-0.27 %', '-11,720', '45.7', '1.36', '91'],
  ['2023', '4,340,318', '-0.30 %', '-13,060', '45.4', '1.35', '92'],
  ['2020', '4,383,950', '-0.35 %', '-15,400', '44.6', '1.33', '93'],
  ['2015', '4,464,140', '-0.41 %', '-18,520', '43.2', '1.31', '94'],
];
const wYearHead = ['Year', 'Population', 'Yearly % Change', 'Yearly Change', 'Median Age', 'Fertility Rate', 'Density (P/Km²)'];
const wCitiesNote = paras(`
Korvenna, the capital, is home to roughly one person in six. Most of the other large towns lie along the Lissa Gulf coast, while the
interior has lost about a fifth of its residents since 1990.
`);
const wCities = [
  ['1', 'Korvenna', '712,400'],
  ['2', 'Senj Mare', '148,900'],
  ['3', 'Drevnik', '97,300'],
  ['4', 'Brava', '61,800'],
  ['5', 'Ostrina', '44,100'],
];
const wNav = ['World Population', 'Countries', 'Coronavirus', 'Water', 'Energy', 'Food', 'Health'];
const wNear = ['Population of Morvania', 'Population of Karst Republic', 'Population of Tervania'];
const wFoot = ['About', 'FAQ', 'Languages', 'Contact'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Estravia Population (2026) - Worldometer</title><meta name="description"
content="Population of Estravia: current, historical, and projected population.">
<link href="/css/bootstrap.min.css" rel="stylesheet"><link rel="canonical" href="https://www.worldometer.example/world-population/estravia-population/">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){googletag.defineSlot("/2115/wm_top",[728,90],
"div-top");});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Estravia Population (2026)",
"creator":"Worldometer"}</script></head>
<body><div class="navbar navbar-default"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/"><img
src="/img/worldometers-logo.gif"
alt="Worldometer"></a></div><ul class="nav navbar-nav">${links(wNav)}</ul></div></div>
<div class="container"><div class="row"><div class="col-md-12"><ul class="breadcrumb"><li><a href="/">W</a></li><li><a href="/population/">Population</a></li>
<li><a href="/population/countries-in-europe-by-population/">Europe</a></li><li>Estravia</li></ul></div></div>
<div class="row"><div class="col-md-8"><div class="content-inner"><h1>${wTitle}</h1><div class="maincounter-number"><span class="rts-counter"
rel="estravia-population">4,308,733</span></div><div class="sub-title">Current population of Estravia (live)</div>
<div class="a2a_kit a2a_kit_size_32 a2a_default_style"><a class="a2a_button_facebook">Facebook</a><a class="a2a_button_x">Share on X</a>
<a class="a2a_dd" href="https://www.addtoany.example/share">Share</a></div>
<div class="ad-unit" id="div-top"><span class="ad-label">Advertisement</span></div>
${ps(wIntro)}
<h2>Population of Estravia (2026 and historical)</h2><div class="table-responsive"><table
class="table table-striped table-bordered table-hover table-condensed table-list">
<thead><tr>${wYearHead.map((h) => `<th>${h}</th>`).join(' ')}</tr></thead><tbody>${rows(wYears)}</tbody></table></div>
<p class="source"><small>Source: Worldometer elaboration of data by United Nations, Department of Economic and Social Affairs, Population Division.</small></p>
<div class="ad-unit" id="div-mid"><span class="ad-label">Advertisement</span></div>
<h2>Main Cities by Population in Estravia</h2>${ps(wCitiesNote)}<div class="table-responsive"><table class="table table-striped table-bordered">
<thead><tr><th>#</th> <th>CITY NAME</th> <th>POPULATION</th></tr></thead><tbody>${rows(wCities)}</tbody></table></div></div></div>
<div class="col-md-4"><div class="sidebar-box"><h4>Population of neighbouring countries</h4><ul class="list-unstyled">${links(wNear)}</ul></div>
<div class="ad-unit" id="div-side"><span class="ad-label">Advertisement</span></div><div class="sidebar-box"><h4>Trending Now</h4>
<ul class="list-unstyled"><li><a href="/world-population/">Current World Population</a></li><li><a href="/gdp/">GDP by
Country</a></li></ul></div></div></div></div>
<div class="footerlinks"><div class="container"><ul class="list-inline">${links(wFoot)}</ul>
<p>© Copyright Worldometers.info - All rights reserved - Disclaimer &amp; Privacy Policy</p></div></div>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and/or access information on a device,
such as cookies.</p>
<button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></div>
<script src="/js/jquery.min.js"></script><script src="/js/bootstrap.min.js"></script><script src="https://static.addtoany.example/menu/page.js" async></script>
</body></html>`;
const worldometer: TestPage = {
  name: 'heldout446-worldometer-population-data',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Population of Estravia (2026 and historical)', 'Main Cities by Population in Estravia'],
  body: [...texts(wIntro), ...rowTexts(wYears), ...texts(wCitiesNote), ...rowTexts(wCities)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Europe', '4,308,733', 'Current population of Estravia (live)', 'Facebook', 'Share on X', 'Share', 'Advertisement',
    'Source: Worldometer elaboration of data by United Nations, Department of Economic and Social Affairs, Population Division.',
    'Population of neighbouring countries', ...wNear, 'Trending Now', 'Current World Population', 'GDP by Country', ...wFoot,
    '© Copyright Worldometers.info - All rights reserved - Disclaimer & Privacy Policy',
    'We value your privacy. We and our partners store and/or access information on a device, such as cookies.', 'AGREE', 'MORE OPTIONS',
  ],
};

const pTitle = 'ESTRAVIA: Major Cities';
const pIntro = paras(`
The population of all cities and towns in Estravia with more than 20,000 inhabitants according to census results and latest
official estimates. Cities are defined by their municipal boundaries; the figures therefore include rural settlements that belong
to a city's territory.

In Estravia, the 2021 census was the first to be based fully on population registers. Earlier census figures have been adjusted
by the Estravian Statistical Office to the current municipal boundaries, so the whole series is comparable.
`);
const pCities = [
  ['Korvenna', 'City', 'Korvenna', '741,255', '727,806', '712,402'],
  ['Senj Mare', 'City', 'Lissa Coast', '152,310', '150,112', '148,906'],
  ['Drevnik', 'City', 'Tervan', '109,874', '102,540', '97,318'],
  ['Brava', 'Town', 'Lissa Coast', '60,417', '61,209', '61,844'],
  ['Ostrina', 'Town', 'Lissa Coast', '41,932', '43,077', '44,125'],
  ['Kamensk', 'Town', 'Tervan', '31,006', '27,815', '25,193'],
  ['Velo Polje', 'Town', 'Uplands', '26,488', '23,910', '21,602'],
];
const pHead = ['Name', 'Status', 'Region', 'Population Census 2001-03-31', 'Population Census 2011-03-31', 'Population Census 2021-03-31'];
const pLegend = ['City: urban municipality with its own city statute', 'Town: municipality with the status of a town (grad)'];
const pCountry = ['Europe', 'Estravia', 'Morvania', 'Karst Republic'];
const pContents = ['Regions', 'Major Cities', 'Municipalities', 'Urban Areas'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Estravia: Regions and Major Cities - Population Statistics, Maps,
Charts</title>
<meta name="description" content="Estravia: Regions and major cities with population statistics, maps, charts, weather and web information.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/cp.css">
<link rel="alternate" hreflang="de" href="https://www.citypopulation.example/de/estravia/cities/">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js"></script>
<script>var sorting=true;function cpSort(c){return c;}</script></head>
<body><header id="header"><div id="logo"><a href="/"><img src="/img/citypop.png" alt="City Population"></a></div>
<nav id="langnav"><a href="/de/estravia/cities/">Deutsch</a> | <a href="/en/estravia/cities/" class="active">English</a></nav>
<nav id="breadcrumbs"><ul>${links(pCountry)}</ul></nav></header>
<div id="content"><nav id="contents"><p class="ctitle">Contents:</p><ul>${links(pContents)}</ul></nav>
<h1>${pTitle}</h1>
<section id="citysection"><div class="intro">${ps(pIntro)}</div>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000" data-ad-slot="1234"></ins>
<table id="ts" class="data"><thead><tr>${pHead.map((h) => `<th>${h}</th>`).join(' ')}</tr></thead>
<tbody class="tc">${rows(pCities)}</tbody></table>
<div id="legend"><p class="ltitle">Legend:</p><ul>${pLegend.map((l) => `<li>${l}</li>`).join('\n')}</ul></div></section>
<section id="furtherinfo"><p class="sourcetitle">Source:</p><p>Estravian Statistical Office (web).</p>
<p class="explanation">Explanation: Population figures refer to municipalities in their 2021 boundaries.</p>
<div class="infobox"><h3>Further information about the population structure:</h3><ul><li><a href="/en/estravia/admin/">Gender (C 2021)</a></li>
<li><a href="/en/estravia/admin/">Age Groups (C 2021)</a></li><li><a href="/en/estravia/admin/">Citizenship (C 2021)</a></li></ul></div></section></div>
<footer id="footer"><p>© Thomas Brinkhoff, 2026-02-11</p><p><a href="/en/impressum/">Contact, Imprint</a> | <a href="/en/privacy/">Data Protection</a></p>
<p>The content of this page is not a replacement for a certified copy of the statistical data.</p></footer>
<script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></body></html>`;
const citypop: TestPage = {
  name: 'heldout446-citypopulation-cities-table',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: [...texts(pIntro), ...rowTexts(pCities), ...pLegend],
  bylines: ['© Thomas Brinkhoff, 2026-02-11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deutsch', 'English', 'Europe', 'Morvania', 'Karst Republic', 'Contents:', ...pContents, 'Legend:', 'Source:', 'Estravian Statistical Office (web).',
    'Explanation: Population figures refer to municipalities in their 2021 boundaries.', 'Further information about the population structure:',
    'Gender (C 2021)', 'Age Groups (C 2021)', 'Citizenship (C 2021)', 'Contact, Imprint', 'Data Protection',
    'The content of this page is not a replacement for a certified copy of the statistical data.',
  ],
};

export const HELDOUT446_C: readonly TestPage[] = [worldometer, citypop];
