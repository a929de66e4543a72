import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout290-kit.js';

/**
 * Held-out batch 290, file c: a scrollytelling essay on The Pudding, built with SvelteKit (svelte-hashed classes, a sticky
 * graphic whose axis labels and annotations change with the scroll steps, the "Methods" note, the "More from The Pudding"
 * rail and the Patreon footer); and an Our World in Data article (a data page: Grapher chart embeds with titles, notes and
 * sources, the "Cite this work" block, the site menu, the "Explore more" topic rail and the donation footer).
 */
const puTitle = 'Every Bus in Calderport, Minute by Minute';
const puIntro = [
  j(
    'At 5:12 on a weekday morning the first bus leaves the depot on Anvil Street. By 8 o’clock there are 214 of them on the road,',
    'and by midnight all but nine are back. We tracked every one of them for a year to find out where the time goes.',
  ),
];
const puSteps = [
  j(
    'Each dot is one bus, placed by its GPS ping every thirty seconds. At first the network looks orderly: routes fan out from the centre',
    'and the dots move at about the same speed.',
  ),
  j(
    'Now colour the dots by delay. Red means more than five minutes behind the timetable. Shortly after seven the red starts in the same',
    'place every day, the two-lane bridge over the Calder where four routes share one stop.',
  ),
  j(
    'The delays do not stay there. A bus that leaves the bridge eight minutes late arrives at its next stops to find twice as many',
    'passengers waiting, so every stop takes longer and the gap grows. Transit planners call this bunching.',
  ),
  j('By 8:40 the buses on route 11 are travelling in pairs. Riders see nothing for twenty minutes and then two buses at once, the second', 'almost empty.'),
];
const puAfter = [
  j(
    'Across the year, the bridge stop accounted for 31 percent of all the minutes of delay on the network, although it serves fewer than',
    'one in twenty passengers. Moving two of the four routes to a second stop on the far bank would cost the city almost nothing.',
  ),
  j(
    'The city did try something like this once. In the spring of 2024 a temporary stop opened during roadworks, and for six weeks the',
    'red patch shrank by half. When the works ended, the stop was removed along with the traffic cones.',
  ),
  j(
    'Buses are a system, and small places in a system can matter more than their size suggests. If you ride route 11, the bridge is why',
    'your bus arrives with its twin.',
  ),
];
const puHeads = ['The morning wave', 'What a fix would look like'];
const puMore = ['The Sound of Every Ice Cream Truck', 'How Long Is a Wait at the DMV, Really?', 'Mapping Every Public Bench'];
const puHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${puTitle}</title><meta name="description" content="A year of bus GPS data shows where Calderport's delays begin.">
<meta property="og:site_name" content="The Pudding"><meta name="twitter:site" content="@puddingviz">
${ld('Article', puTitle, 'Noor Ellingsen', '2026-07-18', 'The Pudding')}
<link href="./_app/immutable/assets/0.b91c2a.css" rel="stylesheet"><link rel="modulepreload" href="./_app/immutable/entry/start.3f1e.js"></head>
<body data-sveltekit-preload-data="hover"><div style="display: contents">
<header class="svelte-1lph7gq"><a class="wordmark svelte-1lph7gq" href="https://pudding.example">
The Pudding</a><nav class="svelte-1lph7gq"><a href="/about" class="svelte-1lph7gq">About</a><a href="/archive" class="svelte-1lph7gq">Archive</a>
<a href="https://patreon.example/thepudding" class="svelte-1lph7gq">Support us</a></nav></header>
<main class="svelte-8qrc3"><section id="intro" class="svelte-8qrc3"><h1 class="svelte-8qrc3">${puTitle}</h1>
<p class="byline svelte-8qrc3">By <a href="/author/noor-ellingsen">Noor Ellingsen</a> and <a href="/author/kit-marrow">Kit Marrow</a></p>
<p class="date svelte-8qrc3">July 2026</p>${ps(puIntro, ' class="svelte-8qrc3"')}</section>
<section id="scrolly" class="svelte-m2x1k"><h2 class="svelte-m2x1k">${puHeads[0]}</h2><div class="scroller svelte-m2x1k">
<div class="sticky svelte-m2x1k" style="position: sticky; top: 0;"><figure class="chart svelte-16gkkq9"><svg width="860" height="600" role="img"
aria-label="Map of bus positions"><g class="axis"><text class="label svelte-16gkkq9">Minutes behind timetable</text><text>0</text><text>5</text>
<text>10+</text></g><text class="annotation svelte-16gkkq9">Calder Bridge stop</text><text class="clock svelte-16gkkq9">08:40</text></svg>
<figcaption class="legend svelte-16gkkq9">Each dot is one bus. Data: Calderport Transit Authority open GPS feed.</figcaption></figure></div>
<div class="steps svelte-m2x1k">${puSteps.map((s, i) => `<div class="step svelte-m2x1k" data-step="${i}"><p class="svelte-m2x1k">${s}</p></div>`).join('\n')}
</div></div></section><section id="after" class="svelte-8qrc3"><h2 class="svelte-8qrc3">${puHeads[1]}</h2>${ps(puAfter, ' class="svelte-8qrc3"')}
<div class="methods svelte-1vpx9"><h3>Methods</h3><p>We used 41 million GPS pings from the transit authority's public feed between August 2025 and
July 2026, matched to the published timetable.</p><a href="https://github.example/the-pudding/buses">View the code on GitHub</a></div></section>
<section class="more svelte-1d3k2"><h3 class="svelte-1d3k2">More from The Pudding</h3><ul>${links(puMore, 'svelte-1d3k2')}</ul></section></main>
<footer class="svelte-jz8lnl"><p>The Pudding is a digital publication that explains ideas debated in culture with visual essays.</p>
<p>We are supported by readers like you. <a href="https://patreon.example/thepudding">Become a patron</a></p><ul>${links([
  'Privacy',
  'Newsletter',
  'Instagram',
])}</ul></footer>
<script type="module" data-sveltekit-hydrate="1k9x">import("./_app/immutable/entry/start.3f1e.js").then(m=>m.start({target:document.body}));</script>
</div></body></html>`;
const pu: TestPage = {
  name: 'heldout290-the-pudding-scrollytelling-blog',
  kind: 'blog',
  html: puHtml,
  title: puTitle,
  headings: puHeads,
  body: texts([...puIntro, ...puSteps, ...puAfter]),
  bylines: ['By Noor Ellingsen and Kit Marrow', 'July 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'The Pudding', 'About', 'Archive', 'Support us', 'Minutes behind timetable', 'Calder Bridge stop', '08:40',
    'Each dot is one bus. Data: Calderport Transit Authority open GPS feed.', 'Methods',
    "We used 41 million GPS pings from the transit authority's public feed between August 2025 and July 2026, matched to the published timetable.",
    'View the code on GitHub', 'More from The Pudding', ...puMore,
    'The Pudding is a digital publication that explains ideas debated in culture with visual essays.', 'We are supported by readers like you.',
    'Become a patron', 'Privacy', 'Newsletter', 'Instagram',
  ],
};

const owTitle = 'How much of the world’s fresh water goes to farming?';
const owBody = [
  j(
    'Agriculture is by far the largest user of fresh water. Across the world, around seven out of every ten litres withdrawn from rivers,',
    'lakes and aquifers are used to irrigate crops or water livestock. Industry uses about a fifth, and households the remainder.',
  ),
  j(
    'This global average hides very large differences. In the chart below you can see the share of withdrawals that go to agriculture in',
    'each country. In many low-income countries the share is above 90%, while in several industrialised economies it is below 10%.',
  ),
  j(
    'The differences follow both climate and income. Countries with dry growing seasons depend on irrigation, and countries with large',
    'power and manufacturing sectors use a lot of water for cooling and processing. Rich countries also tend to have more efficient',
    'irrigation, so they need less water for each tonne of crops.',
  ),
  j(
    'Withdrawals are not the same as consumption. Much of the water used to cool power plants is returned to the river it came from,',
    'slightly warmer. Water used by crops, by contrast, mostly evaporates or is transpired by plants, so agriculture’s share of water',
    'actually consumed is even higher than its share of withdrawals.',
  ),
  'Three points are worth keeping in mind when reading the data:',
  'Figures are reported by national agencies and are often estimated for years between surveys.',
  'Withdrawals from non-renewable groundwater are included, even though they cannot be sustained.',
  'Water embedded in imported food is counted in the country where it was grown, not where it is eaten.',
  j(
    'Improving irrigation efficiency is one of the most effective ways to reduce pressure on water resources. Drip and sprinkler systems',
    'can cut water use per hectare by a third or more, but savings only last if the freed water is not used to expand irrigated land.',
  ),
  j(
    'Better measurement would help too. Only a minority of countries meter the water taken by farms, so most figures are modelled from',
    'the irrigated area and typical crop needs.',
  ),
];
const owHeads = ['Agriculture’s share differs widely between countries', 'Withdrawal versus consumption', 'Reading the data'];
const owNav = ['Browse by topic', 'Data', 'Insights', 'Resources', 'About', 'Donate'];
const owCharts = [
  ['Share of freshwater withdrawals used in agriculture, 2021', 'Note: Countries with missing data for 2021 show their latest available year.'],
  ['Freshwater withdrawals by sector, World', 'Note: Figures include withdrawals from non-renewable fossil groundwater.'],
];
const owHtml = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${owTitle} - Our World in Data</title>
<meta name="description" content="Around 70% of the world's freshwater withdrawals are used in agriculture.">
<meta property="og:site_name" content="Our World in Data">
${ld('Article', owTitle, 'Hanne Lisowska', '2026-05-11', 'Our World in Data')}
<script>window._OWID_GDOC_PROPS = {"type":"article","slug":"water-use-farming"};</script></head>
<body><div class="cookie-notice"><p>We use cookies to give you the best experience on our website.</p>
<button>I agree</button><button>Manage preferences</button></div>
<header class="site-header"><div class="site-navigation"><a class="site-logo" href="/">Our World in Data</a><nav><ul>${links(owNav, 'site-navigation-bar')}
</ul></nav><a class="site-search-cta">Search</a></div></header>
<main><article class="centered-article-container grid grid-cols-12-full-width"><header class="centered-article-header">
<div class="article-breadcrumbs"><a href="/water-use-stress">Water Use and Stress</a></div><h1 class="centered-article-header__title">${owTitle}</h1>
<div class="centered-article-header__meta-container"><div class="centered-article-header__byline">By: <a href="/team/hanne-lisowska">Hanne Lisowska</a></div>
<div class="centered-article-header__dateline">May 11, 2026</div></div>
<p class="centered-article-header__subtitle">Irrigation uses most of the fresh water people withdraw, but the share varies enormously.</p></header>
<div class="article-block__text">${ps(owBody.slice(0, 1), ' class="article-block__text"')}</div>
<h2 id="agri-share" class="article-block__heading h1-semibold">${owHeads[0]}</h2>${ps(owBody.slice(1, 3), ' class="article-block__text"')}
<figure class="article-block__chart" data-grapher-src="/grapher/agricultural-water-withdrawals"><div class="GrapherComponent"><header class="HeaderHTML">
<h1 class="header__title">${owCharts[0]?.[0]}</h1><p class="header__subtitle">Share of total withdrawals, including irrigation and livestock.</p></header>
<div class="ControlsRow"><button>Table</button><button>Map</button><button>Chart</button></div>
<footer class="SourcesFooterHTML"><p class="note">${owCharts[0]?.[1]}</p><p class="sources">Data source: Global Water Survey (2024)</p>
<a class="learn-more">Learn more about this data</a><p class="license">OurWorldinData.org/water-use-stress | CC BY</p></footer></div></figure>
<h2 id="consumption" class="article-block__heading h1-semibold">${owHeads[1]}</h2>${ps(owBody.slice(3, 4), ' class="article-block__text"')}
<figure class="article-block__chart"><div class="GrapherComponent"><h1 class="header__title">${owCharts[1]?.[0]}</h1>
<footer class="SourcesFooterHTML"><p class="note">${owCharts[1]?.[1]}</p></footer></div></figure>
<h2 id="reading" class="article-block__heading h1-semibold">${owHeads[2]}</h2>${ps(owBody.slice(4, 5), ' class="article-block__text"')}
<ul class="article-block__list">${owBody
  .slice(5, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>${ps(owBody.slice(8), ' class="article-block__text"')}
<section class="article-block__cite"><h3>Cite this work</h3><p>Our articles and data visualizations rely on work from many different people and
organizations. When citing this article, please also cite the underlying data sources.</p><button>Copy citation</button></section>
<section class="research-and-writing"><h3>Explore more on Water Use and Stress</h3><ul>${links(['Clean Water', 'Water Access', 'Crop Yields'])}</ul></section>
</article></main>
<footer class="site-footer"><p>Our World in Data is free and accessible for everyone. Help us do this work by making a donation.</p>
<a class="donate-button">Donate now</a><ul>${links(['Licenses', 'Privacy policy', 'Jobs', 'Contact', 'FAQs'])}</ul></footer>
<script>window._OWID_GRAPHER_EMBEDS = ["agricultural-water-withdrawals"];</script></body></html>`;
const ow: TestPage = {
  name: 'heldout290-our-world-in-data-chart-story-blog',
  kind: 'blog',
  html: owHtml,
  title: owTitle,
  headings: owHeads,
  body: texts(owBody),
  bylines: ['Hanne Lisowska', 'May 11, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'We use cookies to give you the best experience on our website.', 'I agree', 'Manage preferences', ...owNav, 'Search', 'Water Use and Stress',
    'Irrigation uses most of the fresh water people withdraw, but the share varies enormously.', ...owCharts.flat(),
    'Share of total withdrawals, including irrigation and livestock.', 'Table', 'Chart', 'Data source: Global Water Survey (2024)',
    'Learn more about this data', 'OurWorldinData.org/water-use-stress | CC BY', 'Cite this work',
    'Our articles and data visualizations rely on work from many different people and organizations.', 'Copy citation',
    'Explore more on Water Use and Stress', 'Clean Water', 'Water Access', 'Crop Yields',
    'Our World in Data is free and accessible for everyone. Help us do this work by making a donation.', 'Donate now', 'Licenses',
    'Privacy policy', 'Jobs', 'Contact', 'FAQs',
  ],
};

export const HELDOUT290_C: readonly TestPage[] = [pu, ow];
