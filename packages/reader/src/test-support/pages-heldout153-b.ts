import { links, type TestPage, texts } from './page-kit.js';
import { theLocal } from './pages-heldout153-b2.js';

/**
 * Held-out batch 153, file b: a Moscow Times news story (the header with its section menu, "Donate" and the Russian-version
 * link, the article header with section label, headline, subtitle, author and date, the featured image with caption and
 * credit, a "Read more" related-article block between paragraphs of the text, the "Read more about" tags, the "A Message
 * from The Moscow Times" donation box with its amounts, the "Most read" and "Latest news" rails, the newsletter form and
 * the footer) and, from file b2, a The Local Sweden explainer.
 */
const mtTitle = 'Regional Bakeries Cut Output as Flour Prices Jump 30%';
const mtSub = 'Millers say record grain exports have left domestic buyers competing for a shrinking supply of high-grade wheat.';
const mtP1 = [
  'Bakeries in at least a dozen Russian regions have cut production or raised bread prices in recent weeks after wholesale flour ' +
    'prices rose by almost a third since December, industry representatives told The Moscow Times.',
  'The price of top-grade baking flour reached 38,500 rubles ($430) per ton in late February, according to the National ' +
    'Bakers’ Union, compared with 29,700 rubles at the start of the winter. Small and medium-sized bakeries, which buy flour in ' +
    'smaller lots than industrial producers, have been hit hardest.',
  '“We have never seen prices move this fast outside a drought year,” said Tatyana Sorokina, who runs a chain of six bakeries in ' +
    'the Verkhnevolsk region. “We raised the price of a loaf twice in a month and we are still losing money on it.”',
];
const mtP2 = [
  'Millers blame the increase on a shortage of high-protein wheat on the domestic market. Exporters shipped a record volume of ' +
    'grain abroad in the autumn, and traders say much of the remaining high-grade wheat is being held back by large agricultural ' +
    'holdings waiting for prices to rise further.',
  'The Agriculture Ministry has rejected suggestions of a shortage. In a statement last week, it said grain stocks were “more than ' +
    'sufficient” to meet domestic demand until the next harvest and that it was monitoring prices “in manual mode,” a phrase ' +
    'officials often use to describe direct intervention.',
  'Regional governments have responded in different ways. Authorities in at least three regions have asked large retail chains ' +
    'to cap their markup on “social” bread, the cheapest white and rye loaves, at 10%. Others have offered subsidies to local ' +
    'bakeries that keep their prices unchanged.',
  'Economists warn that such measures may only postpone further increases. “Price caps in shops push the pressure back onto the ' +
    'bakeries, and small bakeries cannot absorb it for long,” said Kirill Bazhenov, an agricultural economist. “If the cost of ' +
    'flour stays where it is, the next thing we will see is closures.”',
  'Bread prices are closely watched in Russia, where they are seen as a measure of living costs for poorer households. Official ' +
    'statistics put annual food inflation at 11.2% in January, the highest level in two years.',
  'Sorokina said she had stopped baking two of her most popular specialty breads because of the cost of ingredients. “People ' +
    'still come in for the basic loaf,” she said. “Everything else is a luxury for them now.”',
];
const mtNav = ['News', 'Opinion', 'Business', 'Arts and Life', 'Meanwhile', 'Podcasts', 'Newsletters'];
const mtCaption = 'A bakery in the Verkhnevolsk region.';
const mtCredit = 'Mikhail Orlov / Volga Images';
const mtRelated = { label: 'Read more', title: 'Russia’s Grain Exporters Post Record Season Despite Port Strikes' };
const mtTags = ['Agriculture', 'Inflation', 'Food prices', 'Regions'];
const mtDonate = [
  'A Message from The Moscow Times:',
  'Dear readers,',
  'Our newsroom works under growing pressure. Our journalists have been labeled “foreign agents,” our website is blocked in ' +
    'Russia, and advertisers are afraid to work with us.',
  'We continue to report on Russia because we believe our readers deserve facts, not propaganda. You can help us keep going ' +
    'with a contribution of any size.',
  'Once',
  'Monthly',
  'Annually',
  'Contribute today',
  'Remind me later.',
];
const mtAmounts = ['$2', '$5', '$10', '$25'];
const mtMost = [
  'Moscow Court Jails Theater Director for Six Years',
  'Ruble Falls to Four-Month Low Against Dollar',
  'Siberian City Declares Emergency Over Heating Failures',
  'What Russians Are Reading This Spring',
];
const mtLatest = [
  ['14:52', 'Central Bank Keeps Key Rate on Hold'],
  ['13:20', 'Kazan Metro Extension Delayed Until 2027'],
  ['12:05', 'Russia Extends Ban on Gasoline Exports'],
];
const mtNews = ['Sign up for our free weekly newsletter', 'Our weekly newsletter has the stories you may have missed this week.', 'Subscribe'];
const mtFoot = ['About Us', 'Team', 'Contact Us', 'Advertising', 'Privacy Policy', 'Terms of Use', 'Donate'];
const mtPs = (a: readonly string[]): string => a.map((p) => `<div class="article__block article__block--html"><p>${p}</p></div>`).join('\n');
const mtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Regional Bakeries Cut Output as Flour Prices Jump 30% - The Moscow Times</title><meta name="description" content="${mtSub}">
<meta property="og:site_name" content="The Moscow Times"><meta property="og:type" content="article"><meta property="og:title" content="${mtTitle}">
<meta property="article:published_time" content="2025-03-04T11:28:00+03:00"><meta property="article:section" content="Business">
<meta name="twitter:site" content="@MoscowTimes"><link rel="canonical" href="https://www.themoscowtimes.com/2025/03/04/regional-bakeries-cut-output-a88231">
<link rel="alternate" hreflang="ru" href="https://www.moscowtimes.ru/2025/03/04/regionalnye-pekarni-a157702">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mtTitle}","description":"${mtSub}",
"datePublished":"2025-03-04T11:28:00+03:00","dateModified":"2025-03-04T11:28:00+03:00","author":[{"@type":"Person","name":"Anna Levina"}],
"publisher":{"@type":"Organization","name":"The Moscow Times","logo":{"@type":"ImageObject","url":"https://static.themoscowtimes.com/img/logo.png"}}}</script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || []; window.tmt = {"section":"business","id":88231};</script>
<link rel="stylesheet" href="https://static.themoscowtimes.com/css/app.css?v=5.12.3"></head>
<body class="article-page"><div class="site-container">
<header class="header"><div class="header__top container"><a class="header__logo" href="/"><img src="https://static.themoscowtimes.com/img/logo_tmt.svg"
alt="The Moscow Times"></a><div class="header__actions"><a class="button button--donate" href="/contribute">Donate</a>
<a class="header__lang" href="https://www.moscowtimes.ru" hreflang="ru">Русская версия</a></div></div>
<nav class="navigation container"><ul class="navigation__list">${links(mtNav, 'navigation__item')}</ul></nav></header>
<div class="container"><div class="row-flex"><div class="col"><article class="article article--news" data-id="88231">
<header class="article__header"><div class="article__label"><a class="label label--section" href="/business">Business</a></div>
<h1>${mtTitle}</h1><h2>${mtSub}</h2>
<div class="article__byline byline"><div class="byline__details"><div class="byline__author"><a href="/author/anna-levina" class="byline__author__name"
title="Anna Levina">Anna Levina</a></div><time class="byline__datetime timeago" datetime="2025-03-04T11:28:00+03:00"
title="March 4, 2025 11:28 am">March 4, 2025</time></div></div></header>
<figure class="article__featured-image featured-image"><img src="https://static.themoscowtimes.com/image/article_1360/bakery.jpg" alt="Bakery">
<figcaption class="article__featured-image__caption featured-image__caption"><span>${mtCaption}</span>
<span class="article__featured-image__credits">${mtCredit}</span></figcaption></figure>
<div class="article__content-container"><div class="article__content" data-tmt-content>
${mtPs(mtP1)}
<div class="article__block article__block--related"><div class="related-article"><a href="/2025/01/22/russias-grain-exporters-post-record-a87401"
class="related-article__link"><span class="related-article__label">${mtRelated.label}</span><h3 class="related-article__title">${mtRelated.title}</h3></a>
</div></div>
${mtPs(mtP2)}
</div>
<div class="article__tags"><span class="article__tags__label">Read more about:</span>
${mtTags.map((t) => `<a class="article__tags__tag" href="/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('\n')}</div></div>
<div class="contribute-teaser"><h3 class="contribute-teaser__title">${mtDonate[0]}</h3><p>${mtDonate[1]}</p><p>${mtDonate[2]}</p><p>${mtDonate[3]}</p>
<div class="contribute-teaser__cycle"><button class="active">${mtDonate[4]}</button><button>${mtDonate[5]}</button><button>${mtDonate[6]}</button></div>
<div class="contribute-teaser__amounts">${mtAmounts.map((a) => `<button class="contribute-teaser__amount">${a}</button>`).join('')}</div>
<a class="button contribute-teaser__cta" href="/contribute">${mtDonate[7]}</a><a class="contribute-teaser__later" href="#">${mtDonate[8]}</a></div>
</article></div>
<aside class="col-sidebar"><div class="banner banner--sidebar"><span class="banner__label">Advertisement</span><div id="div-gpt-ad-side-1"></div></div>
<section class="sidebar-section"><h3 class="sidebar-section__title">Most read</h3><ul class="most-read">
${mtMost.map((t) => `<li class="most-read__item"><a href="/most/${t.length}">${t}</a></li>`).join('\n')}</ul></section>
<section class="sidebar-section"><h3 class="sidebar-section__title">Latest news</h3><ul class="latest-news">
${mtLatest
  .map(
    ([time, t]) => `<li class="latest-news__item"><span class="latest-news__time">${time}</span><a href="/latest/${time}">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></section></aside></div></div>
<section class="newsletter-box container"><h3>${mtNews[0]}</h3><p>${mtNews[1]}</p><form class="newsletter-box__form" action="/newsletter" method="post">
<input type="email" name="email" placeholder="Email"><button type="submit">${mtNews[2]}</button></form></section>
<footer class="footer"><div class="container"><ul class="footer__menu">${links(mtFoot, 'footer__item')}</ul>
<p class="footer__copyright">© The Moscow Times, all rights reserved.</p></div></footer></div>
<script src="https://static.themoscowtimes.com/js/app.js?v=5.12.3"></script></body></html>`;
const moscowTimes: TestPage = {
  html: mtHtml,
  name: 'heldout153-moscow-times-news',
  kind: 'news',
  // the subtitle (an h2 under the headline) is a dek: body; the section label, caption, credit, the "Read more" block between
  // paragraphs, the "Read more about" tags, the donation box, rails, newsletter and footer are furniture
  title: mtTitle,
  headings: [],
  body: [mtSub, ...texts(mtP1), ...texts(mtP2)],
  bylines: ['Anna Levina', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Donate', 'Русская версия', ...mtNav.filter((t) => t !== 'Business'), 'Business', mtCaption, mtCredit, mtRelated.label, mtRelated.title,
    'Read more about:', ...mtTags, ...mtDonate, ...mtAmounts, 'Advertisement', 'Most read', ...mtMost, 'Latest news', ...mtLatest.flat(), ...mtNews,
    ...mtFoot.filter((t) => t !== 'Donate'), '© The Moscow Times, all rights reserved.',
  ],
};

export const HELDOUT153_B: readonly TestPage[] = [moscowTimes, theLocal];
