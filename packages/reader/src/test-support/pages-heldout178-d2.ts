import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 178, file d2: a Philippine News Agency story on pna.gov.ph (the GOVPH top bar, the PNA header with its menu,
 * the page header with the h1, "By" line and date, the share links, the figure with its "(PNA photo by ...)" caption, the
 * "DATELINE –" first paragraph and "(PNA)" at the end of the last, the "Related Stories" list, the "Latest News" and
 * "Most Read" sidebars and the standard GOVPH footer).
 */
const pnTitle = 'Negros Oriental farmers get mobile rice mill, cut milling costs by half';
const pnP = [
  'DAGUMBAAN, Negros Oriental – Some 600 rice farmers in four upland villages here no longer have to haul their palay down the ' +
    'mountain to be milled after the Department of Agriculture (DA) turned over a mobile rice mill to their cooperative on Monday.',
  'The truck-mounted mill, worth PHP3.8 million, can process up to one ton of palay an hour and will rotate among the villages ' +
    'of Lantawan, Bagong Silang, Tigbao and Malinao on a fixed weekly schedule, DA regional director Engr. Ramon Villacorta said.',
  '&quot;Before this, a farmer had to pay for a jeepney to bring his harvest to the lowland mills, then wait in line, sometimes ' +
    'for two days. With the mobile mill, the mill comes to him,&quot; Villacorta said during the turnover ceremony at the ' +
    'Lantawan covered court.',
  'Cooperative chairperson Nenita Alcoseba said transport and milling used to cost members about PHP250 per sack of palay, ' +
    'more than double the PHP110 they will now pay to use the mobile unit.',
  'She added that farmers would also be able to keep the rice bran, which they can use as feed for their pigs and chickens, ' +
    'instead of leaving it at the commercial mills.',
  'The cooperative will operate the mill and use part of the fees for fuel, maintenance and the salaries of two trained ' +
    'operators, under an agreement with the DA. A technician from the agency&#39;s provincial office will visit every quarter ' +
    'to check the machine.',
  'Villacorta said the turnover is part of the agency&#39;s program to bring post-harvest facilities closer to farms in ' +
    'geographically isolated areas, where poor roads add to the cost of getting produce to market.',
  'Eight more mobile mills will be distributed to cooperatives in upland areas of Central Visayas before the end of 2026, he ' + 'said.',
  'Dagumbaan Mayor Jocelyn Tan-Remolino thanked the DA and said the municipal government would repair the 7-kilometer farm-to-market ' +
    'road leading to the four villages to make it easier for the mill and for buyers to reach them. (PNA)',
];
const pnCaption =
  'MOBILE MILL. Farmers in Lantawan village, Dagumbaan, Negros Oriental watch a demonstration of the mobile rice mill on Monday ' +
  '(Nov. 3, 2025). The unit will serve four upland villages. (PNA photo by Judy Flores Partlow)';
const pnGov = ['GOVPH', 'Home', 'About PNA', 'Contact Us'];
const pnNav = ['Top Stories', 'Provincial News', 'National', 'Business', 'Sports', 'Features', 'Foreign Affairs', 'Opinion', 'Photo News', 'Videos'];
const pnShare = ['Facebook', 'X', 'Viber', 'Email'];
const pnRelated = [
  'DA distributes hybrid rice seeds to typhoon-hit farmers in Negros',
  'Upland farmers in Siquijor get solar-powered irrigation pumps',
  'NFA raises buying price of palay in Central Visayas',
];
const pnLatest = ['PBBM orders faster release of disaster funds', 'PH, Vietnam hold talks on rice trade', 'Cebu port to open new passenger terminal'];
const pnMost = ['DOLE: 2K jobs up for grabs at Iloilo job fair', 'PAGASA: Low pressure area may become storm', 'DepEd sets dates for year-end break'];
const pnFoot1 = ['Republic of the Philippines', 'All content is in the public domain unless otherwise stated.'];
const pnFoot2 = ['About GOVPH', 'Learn more about the Philippine government, its structure, how government works and the people behind it.'];
const pnFoot3 = ['GOV.PH', 'Open Data Portal', 'Official Gazette'];
const pnFoot4 = ['Office of the President', 'Office of the Vice President', 'Senate of the Philippines', 'House of Representatives', 'Supreme Court'];
const pnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-token" content="x7Qp2dW9">
<title>Negros Oriental farmers get mobile rice mill, cut milling costs by half | Philippine News Agency</title>
<meta name="description" content="Some 600 rice farmers in four upland villages no longer have to haul their palay down the mountain to be milled.">
<meta property="og:title" content="${pnTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Philippine News Agency">
<meta property="og:url" content="https://www.pna.gov.ph/articles/1261842"><link rel="stylesheet" href="https://www.pna.gov.ph/css/app.css?id=7c3f">
<script async src="https://www.googletagmanager.example/gtag/js?id=UA-56219"></script></head>
<body>
<div id="govph-topbar" class="govph-topbar"><div class="container"><ul class="govph-links">${links(pnGov)}</ul></div></div>
<header class="site-header"><div class="container"><a class="site-logo" href="https://www.pna.gov.ph/"><img src="https://www.pna.gov.ph/images/pna-logo.png"
alt="Philippine News Agency"></a><form class="site-search" action="/search"><input type="search" name="q" placeholder="Search"></form></div>
<nav class="main-nav" aria-label="Main"><div class="container"><ul class="nav">${links(pnNav, 'nav-item')}</ul></div></nav></header>
<main class="site-main"><div class="container"><div class="row"><div class="col-lg-8">
<article class="article"><div class="page-header"><h1>${pnTitle}</h1>
<div class="article-meta"><span class="author">By Judy Flores Partlow</span> <span class="date">November 3, 2025, 4:12 pm</span></div></div>
<div class="share-links"><span>Share</span>${links(pnShare, 'share-item')}</div>
<div class="page-content"><figure class="image"><img src="https://files01.pna.gov.ph/source/2025/11/03/mobile-rice-mill.jpg" alt="">
<figcaption>${pnCaption}</figcaption></figure>
${ps(pnP)}
</div></article>
<section class="related-stories"><h2>Related Stories</h2><ul>${links(pnRelated)}</ul></section></div>
<aside class="col-lg-4"><section class="widget"><h2 class="widget-title">Latest News</h2><ul>${links(pnLatest)}</ul></section>
<section class="widget"><h2 class="widget-title">Most Read</h2><ul>${links(pnMost)}</ul></section></aside></div></div></main>
<footer id="gwt-standard-footer" class="govph-footer"><div class="container"><div class="row">
<div class="col"><img src="https://www.pna.gov.ph/images/govph-seal.png" alt=""><h4>${pnFoot1[0]}</h4><p>${pnFoot1[1]}</p></div>
<div class="col"><h4>${pnFoot2[0]}</h4><p>${pnFoot2[1]}</p><ul>${links(pnFoot3)}</ul></div>
<div class="col"><h4>Government Links</h4><ul>${links(pnFoot4)}</ul></div></div></div></footer>
<script src="https://www.pna.gov.ph/js/app.js?id=0a9d"></script><script src="https://gwhs.i.gov.ph/gwt-footer/footer.js"></script></body></html>`;
export const pnaNews: TestPage = {
  html: pnHtml,
  name: 'heldout178-pna-news',
  kind: 'news',
  // the dateline opens the first paragraph and "(PNA)" ends the last (body); the photographer's credit is part of the caption
  title: pnTitle,
  headings: [],
  body: texts(pnP),
  bylines: ['By Judy Flores Partlow', 'November 3, 2025, 4:12 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pnGov, ...pnNav, 'Share', 'Viber', 'Email', pnCaption, 'Related Stories', ...pnRelated, 'Latest News', ...pnLatest, 'Most Read', ...pnMost,
    ...pnFoot1, ...pnFoot2, ...pnFoot3, 'Government Links', ...pnFoot4,
  ],
};
