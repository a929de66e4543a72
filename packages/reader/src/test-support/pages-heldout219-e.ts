import { links, type TestPage, texts } from './page-kit.js';
import { fedsNote } from './pages-heldout219-e2.js';

/**
 * Held-out batch 219, file e: a Carbon Brief analysis (the header with the topic menu, "Newsletter" and search, the
 * "Analysis" category label, authors and the date/time line, the share bar, the "Sharelines from this story" box between
 * paragraphs with its "Share" buttons, a chart with its Highcharts credit, the inline daily-briefing sign-up, "Related
 * Articles" inside the article column, the tags, the "Expert analysis direct to your inbox" footer box and the footer)
 * and, from file e2, a Federal Reserve FEDS Notes page.
 */
const cbTitle = 'Analysis: Renewables overtook gas in Valdoria’s power mix for the first time in 2024';
const cbP1 = [
  'Wind and solar generated more electricity than gas-fired power stations in Valdoria last year, the first time this has ' +
    'happened across a full calendar year, according to new Carbon Brief analysis of grid data.',
  'Together, wind and solar provided 38% of the country’s electricity in 2024, up from 31% a year earlier. Gas fell to 34%, ' +
    'its lowest share since the national grid began publishing hourly data in 2009.',
  'The analysis shows that the shift was driven mostly by new offshore wind capacity in the North Kessel field, which added ' +
    'around 11 terawatt hours (TWh) of generation over the year, and by a sharp rise in rooftop solar.',
];
const cbShare = ['Valdoria’s wind and solar outgenerated gas in 2024 for the first time', 'Gas share of Valdoria’s power fell to its lowest since 2009'];
const cbH1 = 'Offshore wind leads the way';
const cbP2 = [
  'Offshore wind output rose by 27% in 2024 as four new wind farms reached full operation. The largest, the 1.4 gigawatt (GW) ' +
    'Tarrow Bank project, was completed in March and ran at a capacity factor of 46% over the rest of the year.',
  'Onshore wind output was broadly flat, reflecting a relatively calm autumn and continued delays to new projects in the ' +
    'north of the country, where grid connections remain a bottleneck.',
];
const cbChart = 'Share of Valdoria’s electricity generation by source, 2009-2024 (%).';
const cbCredit = 'Source: Carbon Brief analysis of Valdorian grid operator data. Chart by Carbon Brief using Highcharts.';
const cbH2 = 'Lower emissions, but imports rose';
const cbP3 = [
  'The changes cut carbon dioxide (CO2) emissions from the power sector by an estimated 14% to 29 million tonnes (MtCO2), ' +
    'the lowest level on record. Coal, which supplied a fifth of the country’s power as recently as 2015, now provides less than 2%.',
  'However, part of the fall in gas generation was offset by higher net imports from neighbouring grids, which reached 9% of ' +
    'demand. Some of that imported electricity was itself generated from fossil fuels.',
  'Dr Elin Marchetti, an energy analyst at the University of Corvenna, told Carbon Brief:',
];
const cbQuote =
  '“This is a genuine milestone, but the next step is harder. Valdoria now needs storage and flexible demand to keep gas off ' +
  'the system on calm winter evenings, and that is where investment has been slowest.”';
const cbP4 = [
  'The government has set a target of 70% renewable electricity by 2030. On current trends, Carbon Brief analysis suggests ' +
    'the country would reach around 58% by that date.',
];
const cbNav = ['Science', 'Policy', 'Energy', 'Nature', 'Society', 'Global South', 'Interactive', 'Podcasts'];
const cbBrief = ['Sign up to Carbon Brief’s free daily or weekly newsletters.', 'Enter your email', 'Sign up'];
const cbRelated = ['Q&A: What Valdoria’s new energy security plan means for climate goals', 'Factcheck: Is offshore wind really getting more expensive?'];
const cbTags = ['Electricity', 'Gas', 'Offshore wind', 'Solar', 'Valdoria'];
const cbFootBox = ['Expert analysis direct to your inbox.', 'Get a round-up of all the important articles and papers selected by Carbon Brief by email.'];
const cbFoot = ['About us', 'Contact us', 'Jobs', 'Privacy policy', 'Cookie policy', 'Republishing guidelines'];
const cbPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cbHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${cbTitle} - Carbon Brief</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${cbP1[0]}"><meta property="og:type" content="article"><meta property="og:title" content="${cbTitle}">
<meta property="article:section" content="Energy"><link rel="canonical" href="https://www.carbonbrief.org/analysis-renewables-overtook-gas-in-valdoria-2024/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cbTitle}","datePublished":"2025-02-12T10:31:00+00:00",
"author":[{"@type":"Person","name":"Rhiannon Vass"},{"@type":"Person","name":"Tobias Okoro"}]}</script>
<script src="https://code.highcharts.com/highcharts.js"></script><link rel="stylesheet" href="/wp-content/themes/carbonbrief/dist/css/app.css"></head>
<body class="post-template-default single single-post"><header class="header"><div class="header__top"><a class="header__logo" href="/">Carbon Brief</a>
<a class="header__newsletter" href="/newsletter-sign-up/">Newsletter</a><form class="header__search"><input type="search" placeholder="Search"></form></div>
<nav class="header__menu" aria-label="Topics"><ul>${links(cbNav, 'menu-item')}</ul></nav></header>
<main class="main"><article class="post"><div class="post__header"><span class="post__category"><a href="/category/analysis/">Analysis</a></span>
<h1 class="post__title">${cbTitle}</h1><div class="post__meta"><span class="post__authors">
<a href="/author/rhiannon-vass/">Rhiannon Vass</a><a href="/author/tobias-okoro/">Tobias Okoro</a></span>
<span class="post__date">12.02.25</span></div>
<div class="post__share"><span>Share this article</span><a href="#" class="share share--x">X</a><a href="#" class="share share--facebook">Facebook</a>
<a href="#" class="share share--linkedin">LinkedIn</a><a href="#" class="share share--email">Email</a></div></div>
<div class="post__content">
${cbPs(cbP1)}
<div class="sharelines"><h4 class="sharelines__title">Sharelines from this story</h4><ul>
${cbShare
  .map(
    (s) => `<li class="shareline"><span class="shareline__text">${s}</span><a class="shareline__button"
href="#">Share</a></li>`,
  )
  .join('\n')}</ul></div>
<h2>${cbH1}</h2>
${cbPs(cbP2)}
<figure class="chart"><p class="chart__title"><strong>${cbChart}</strong></p><div id="highcharts-3f8a" class="highcharts-container"></div>
<figcaption class="chart__credit">${cbCredit}</figcaption></figure>
<div class="newsletter-inline"><p class="newsletter-inline__text">${cbBrief[0]}</p><input type="email" placeholder="${cbBrief[1]}">
<label class="screen-reader-text">${cbBrief[1]}</label><button>${cbBrief[2]}</button></div>
<h2>${cbH2}</h2>
${cbPs(cbP3)}
<blockquote><p>${cbQuote}</p></blockquote>
${cbPs(cbP4)}
</div>
<aside class="related-articles"><h3>Related Articles</h3><ul>${links(cbRelated, 'related-article')}</ul></aside>
<div class="post__tags"><span>Tags</span><ul>${links(cbTags, 'tag')}</ul></div></article></main>
<section class="newsletter-footer"><h2>${cbFootBox[0]}</h2><p>${cbFootBox[1]}</p><button>Sign Up</button></section>
<footer class="footer"><ul>${links(cbFoot, 'footer__link')}</ul><p class="footer__copy">© 2025 Carbon Brief Ltd. Company No.
07222041</p></footer></body></html>`;
const carbonBrief: TestPage = {
  html: cbHtml,
  name: 'heldout219-carbonbrief-analysis',
  kind: 'news',
  // the quoted expert's blockquote is body; the sharelines box, the chart title and credit and the inline sign-up are furniture
  title: cbTitle,
  headings: [cbH1, cbH2],
  body: texts([...cbP1, ...cbP2, ...cbP3, cbQuote, ...cbP4]),
  bylines: ['Rhiannon Vass', 'Tobias Okoro', '12.02.25'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carbon Brief', 'Newsletter', ...cbNav, 'Analysis', 'Share this article', 'X', 'Facebook', 'LinkedIn', 'Email', 'Sharelines from this story',
    ...cbShare, 'Share', cbChart, cbCredit, ...cbBrief, 'Related Articles', ...cbRelated, 'Tags', ...cbTags, ...cbFootBox, 'Sign Up', ...cbFoot,
    '© 2025 Carbon Brief Ltd. Company No. 07222041',
  ],
};

export const HELDOUT219_E: readonly TestPage[] = [carbonBrief, fedsNote];
