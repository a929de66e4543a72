import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 41, file c2: an ABC News (Australia) article (skip links, the ABC top bar, the News nav, the headline,
 * "By" line with two reporters and their bureau, "Posted" and "Updated" timestamps, share button, lead photo with the ABC
 * "(Bureau: Photographer)" credit, the "In short:" key-points box with "What's next?", body paragraphs with h2 subheads and
 * an inline photo, a "Loading..." embed placeholder, "Related stories" and "Related topics", "Back to top", the
 * Acknowledgement of Country and the footer notices).
 */
const abTitle = 'Outback town’s solar microgrid rides out record heatwave as main power line fails';
const abKey = [
  'A solar and battery microgrid kept the power on in Wirrabilla for 31 hours after a storm brought down the town’s only ' + 'transmission line.',
  'The microgrid was switched on in April after years of summer outages.',
];
const abNext = 'Essential Energy says it will study whether the model can work for other towns at the end of long lines.';
const abBody1 = [
  'When a summer storm brought down the power line into Wirrabilla on Saturday afternoon, the 600 residents of the far-west New ' +
    'South Wales town braced for another long, hot night without air-conditioning.',
  'Instead, the lights barely flickered.',
  'A solar farm and battery system on the edge of town took over the local network within seconds and kept it running for 31 ' +
    'hours while crews repaired the line, as temperatures outside reached 46.2 degrees Celsius.',
  '“People were ringing me to ask if the power was really on or if they were imagining it,” said local publican Merv Tilbrook, ' +
    'whose hotel doubled as the town’s cool room during past outages.',
  '“We had ice, we had cold beer, and nobody had to sleep in their car with the engine running.”',
];
const abH1 = 'Years of summer blackouts';
const abBody2 = [
  'Wirrabilla sits at the end of a 190-kilometre line that crosses open grazing country, and storms and bushfires have cut it ' +
    'at least once every summer for the past decade, according to the local council.',
  'In January 2024, the town was without power for four days during a heatwave, and the council opened its library and ' +
    'swimming pool as shelters for older residents.',
  'The $9.6 million microgrid, funded by the state government and network operator Essential Energy, combines a 2.5-megawatt ' +
    'solar farm with a battery large enough to run the town for about a day and a half in summer.',
];
const abH2 = 'A model for other towns?';
const abBody3 = [
  'Essential Energy’s regional manager, Bronwyn Castellano, said the weekend was the first time the system had been tested ' + 'for longer than a few hours.',
  '“It did exactly what it was designed to do,” she said.',
  '“The question for us now is how many other towns at the end of long lines could be looked after the same way.”',
  'Engineers will spend the next three months studying data from the outage before the company decides whether to build ' +
    'similar systems elsewhere in the state’s west.',
];
const abNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Lifestyle', 'Entertainment'];
const abRelated = [
  'Regional towns at the end of the line face another summer of blackouts, report warns',
  'Broken Hill’s big battery passes first test as heat pushes grid to the limit',
  'Farmers weigh up leasing land for solar as drought bites',
];
const abTopics = ['Electricity Energy and Utilities', 'Solar Energy', 'Rural and Remote Communities', 'Heatwaves', 'Broken Hill'];
const abFoot = ['Editorial Policies', 'Accessibility', 'Help', 'Contact Us', 'About the ABC', 'ABC Privacy Policy', 'Terms of Use'];
const abAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the ' +
  'lands where we live, learn, and work.';
const abWire =
  'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service ' +
  'which is copyright and cannot be reproduced.';
const abAest = 'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)';
const abCap1 = 'Wirrabilla’s solar farm covers 12 hectares on the edge of town.';
const abCap2 = 'Publican Merv Tilbrook says his hotel used to be the town’s cool room during outages.';
const pc = 'paragraph_paragraph__iYReA';
const abP = (ps: readonly string[]): string => ps.map((p) => `<p class="${pc}">${p}</p>`).join('\n');
const abFig = (cap: string, credit: string, src: string): string =>
  `<figure data-component="Figure"><img data-component="Image" src="https://live-production.wcms.abc-cdn.net.au/${src}" alt="">
<figcaption data-component="Figcaption"><span>${cap}</span> <cite data-component="Typography">(ABC Western Plains: ${credit})</cite></figcaption></figure>`;
const abHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>${abTitle} - ABC News</title>
<meta name="description" content="${abKey[0]}"><link rel="canonical" href="https://www.abc.net.au/news/2025-12-03/wirrabilla-microgrid-heatwave/105912344">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${abTitle}",
"author":[{"@type":"Person","name":"Tahlia Marchetti"},{"@type":"Person","name":"Jack Oyelaran"}],"dateModified":"2025-12-02T22:30:00.000Z"}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"documentId":"105912344","channel":"news"}},"page":"/news/[...slug]"}</script></head>
<body><div id="__next"><div data-component="SkipLinks"><a href="#content">Skip to main content</a><a href="#nav">Skip to navigation</a></div>
<div data-component="ABCTopBar"><a href="https://www.abc.net.au/">ABC</a><a href="https://iview.abc.net.au/">ABC iview</a>
<a href="https://www.abc.net.au/listen">ABC listen</a></div>
<header data-component="Masthead"><a href="/news"><span class="VisuallyHidden_visuallyHidden__k2nXQ">ABC News Homepage</span><svg aria-hidden="true"></svg></a>
<nav id="nav" data-component="Navigation" aria-label="ABC News"><ul>${links(abNav, 'NavigationItem_item__d2Wbm')}</ul></nav>
<button data-component="SearchButton">Search the news</button></header>
<main id="content" data-component="ArticleWeb"><article><header data-component="ArticleHeader">
<h1 class="Typography_base__sj2RP Typography_sizeMobile42__t9mWE" data-component="Heading">${abTitle}</h1>
<div data-component="Byline"><p class="Byline_byline__Gl2AN"><span>By </span><a data-component="Link" href="/news/tahlia-marchetti/14012">Tahlia Marchetti</a>
<span> and </span><a data-component="Link" href="/news/jack-oyelaran/13870">Jack Oyelaran</a></p><p class="Byline_program__Zc2bf">ABC Western Plains</p></div>
<div data-component="Timestamps"><p><span>Posted </span><time datetime="2025-12-02T17:12:00.000Z">Wed 3 Dec 2025 at 4:12am</time></p>
<p><span>Updated </span><time datetime="2025-12-02T22:30:00.000Z">Wed 3 Dec 2025 at 9:30am</time></p></div>
<button data-component="ShareUtility" aria-haspopup="dialog"><svg aria-hidden="true"></svg><span>Share article</span></button>
${abFig(abCap1, 'Jack Oyelaran', 'imgs/solar-farm.jpg')}</header>
<div id="body" data-component="ArticleBody" class="ArticleRender_article__7i2EW">
<aside data-component="KeyPoints" aria-label="Key points"><h2 class="KeyPoints_heading__yR4bQ">In short:</h2>${abP(abKey)}
<h3 class="KeyPoints_subheading__mJ1sE">What's next?</h3><p class="${pc}">${abNext}</p></aside>
${abP(abBody1.slice(0, 3))}
${abFig(abCap2, 'Tahlia Marchetti', 'imgs/publican.jpg')}
${abP(abBody1.slice(3))}
<h2 data-component="Heading">${abH1}</h2>
${abP(abBody2.slice(0, 2))}
<div data-component="EmbedBlock"><div data-component="Loading"><p>Loading...</p></div></div>
${abP(abBody2.slice(2))}
<h2 data-component="Heading">${abH2}</h2>
${abP(abBody3)}
</div>
<section data-component="RelatedStories"><h2>Related stories</h2><ul>${links(abRelated, 'RelatedCard_card__cQ1r0')}</ul></section>
<section data-component="RelatedTopics"><h2>Related topics</h2><ul>${links(abTopics, 'Tag_tag__q9YbK')}</ul></section></article>
<a data-component="BackToTop" href="#content">Back to top</a></main>
<footer data-component="Footer"><section data-component="AcknowledgementOfCountry"><p>${abAck}</p></section><p>${abWire}</p><p>${abAest}</p>
<ul>${links(abFoot)}</ul></footer></div></body></html>`;
export const abcNews: TestPage = {
  html: abHtml,
  name: 'heldout41-abc-news-au',
  kind: 'news',
  // the "In short:" box is the newsroom's own summary at the head of the article text (as a dek is): its paragraphs are
  // body, its labels "In short:" and "What's next?" are in neither list (box labels, like a callout's label word). The two
  // h2 subheads are the headings. The reporters' names, the bureau line "ABC Western Plains" and the Posted/Updated lines
  // are bylines ("By", "and" in neither); both captions with their "(ABC Western Plains: ...)" credits, share, the
  // "Loading..." placeholder, related stories and topics, "Back to top", skip links, top bar, nav, search, Acknowledgement
  // of Country and footer are furniture
  title: abTitle,
  headings: [abH1, abH2],
  body: [...texts(abKey), abNext, ...texts(abBody1), ...texts(abBody2), ...texts(abBody3)],
  bylines: ['Tahlia Marchetti', 'Jack Oyelaran', 'ABC Western Plains', 'Posted Wed 3 Dec 2025 at 4:12am', 'Updated Wed 3 Dec 2025 at 9:30am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'ABC', 'ABC iview', 'ABC listen', 'ABC News Homepage', ...abNav, 'Search the news', 'Share article',
    `${abCap1} (ABC Western Plains: Jack Oyelaran)`, `${abCap2} (ABC Western Plains: Tahlia Marchetti)`, 'Loading...', 'Related stories',
    ...abRelated, 'Related topics', ...abTopics, 'Back to top', abAck, abWire, abAest, ...abFoot,
  ],
};
