import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 204, file f2: a Buenos Aires Times story on the Perfil group's template (the top bar with the date and
 * the "Perfil" network links, the header nav, the section label, the "bajada" subtitle, the author and date line, share
 * buttons, the lead image caption, in-text "Related" boxes, ad labels, the "In this news" tag list, "More in
 * batimes.com.ar" cards, the newsletter box and the footer).
 */
const baTitle = 'Mendoza wine cooperatives bet on tourism as export prices slide';
const baDek = 'Small producers are opening cellars to visitors and selling direct as the peso’s swings make foreign contracts harder to plan.';
const baP1 = [
  'Wine cooperatives in Mendoza province are turning to tourism to make up for falling export earnings, opening tasting rooms, ' +
    'guesthouses and restaurants on land that until recently was used only for grapes.',
  'The Federación de Cooperativas Vitivinícolas, which groups around 3,000 small growers, said on Monday that 26 of its member ' +
    'cooperatives now receive visitors, up from eight five years ago.',
  '“Exports used to be the safe option. Now the price we get abroad changes every few months, and costs here change every week,” ' +
    'said Graciela Ferrán, who manages a cooperative of 140 families in the Valle de Uco.',
];
const baP2 = [
  'Argentina’s wine exports fell by around 11 percent in volume last year, according to the national wine institute INV, as ' +
    'producers competed with cheaper bottles from Chile and South Africa and struggled with rising costs at home.',
  'Tourism, by contrast, has grown. The provincial tourism agency said that more than 1.5 million people visited Mendoza’s wine ' +
    'regions last year, many of them from Brazil, Chile and the United States.',
  'Ferrán said her cooperative now earns about a quarter of its income from visitors, who pay for tastings, lunches and overnight stays.',
  '“Someone who comes here, drinks our wine and meets the families who make it will buy a case to take home and order more online,” she said.',
  'Not everyone has found the change easy. Some older members have resisted spending money on hospitality, and running a ' +
    'restaurant requires skills few grape growers have.',
  'The provincial government has offered low-interest loans for cooperatives that want to build visitor facilities, and the ' +
    'national tourism ministry runs training courses in wine tourism in Mendoza and San Juan.',
  'Economist Martín Saravia of the Universidad Nacional de Cuyo said the move was sensible but should not be seen as a ' +
    'replacement for exports. “Tourism helps, but it cannot absorb the volume Mendoza produces,” he said.',
];
const baNav = ['Argentina', 'Politics', 'Economy', 'World', 'Latin America', 'Culture', 'Sports', 'Opinion', 'Features'];
const baNet = ['Perfil', 'Noticias', 'Fortuna', 'Caras', 'Exitoina'];
const baCaption = 'Visitors at a cooperative winery in the Valle de Uco, Mendoza.';
const baCredit = 'Photo: NA';
const baRelated = ['Related', 'Inflation slows to 2.1% in August, INDEC says', 'Malbec harvest down 9% after spring hailstorms'];
const baTags = ['In this news', 'Mendoza', 'Wine', 'Tourism', 'Exports'];
const baMore = [
  'More in (www.batimes.com.ar)',
  'Milei government announces new round of privatisations',
  'River Plate unveil new coach',
  'Buenos Aires subway fares to rise in October',
];
const baNews = ['Subscribe to our newsletter', 'Receive the best of the Buenos Aires Times every week in your inbox.', 'Subscribe'];
const baFoot = ['About us', 'Contact', 'Advertising', 'Terms and conditions', 'Privacy policy'];
const baHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mendoza wine cooperatives bet on tourism as export prices slide | Buenos Aires Times</title>
<meta name="description" content="${baDek}"><meta property="og:site_name" content="Buenos Aires Times"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.batimes.com.ar/news/economy/mendoza-wine-cooperatives-bet-on-tourism.phtml">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${baTitle}","description":"${baDek}",
"datePublished":"2026-09-14T10:05:00-03:00","author":{"@type":"Person","name":"Lucía Bertolini"},"publisher":{"@type":"Organization",
"name":"Buenos Aires Times"}}</script>
<script>var perfil_ads={"site":"batimes","section":"economy"};</script></head>
<body class="news-page"><div class="top-bar"><span class="top-bar__date">Monday, September 14, 2026</span>
<ul class="top-bar__network">${links(baNet)}</ul></div>
<header class="header"><a href="/" class="header__logo"><img alt="Buenos Aires Times" src="/img/logo-bat.svg"></a>
<nav class="header__nav"><ul>${links(baNav, 'header__nav-item')}</ul></nav></header>
<main class="main"><article class="news news--economy"><span class="news__section">Economy</span><span class="news__kicker">Wine industry</span>
<h1 class="news__title">${baTitle}</h1><h2 class="news__subtitle">${baDek}</h2>
<div class="news__author"><span class="news__author-name">by Lucía Bertolini</span>
<time class="news__date" datetime="2026-09-14T10:05:00-03:00">09-14-2026 10:05</time></div>
<div class="news__share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Email</a></div>
<figure class="news__media"><img src="/file/2026/09/valle-de-uco.jpg" alt=""><figcaption>${baCaption} | ${baCredit}</figcaption></figure>
<div class="news__body">
${ps(baP1)}
<div class="news__related"><h4>${baRelated[0]}</h4><ul>${links(baRelated.slice(1))}</ul></div>
<div class="ad"><span class="ad__label">Advertising</span></div>
${ps(baP2)}
</div>
<div class="news__tags"><h3>${baTags[0]}</h3><ul>${links(baTags.slice(1))}</ul></div></article>
<section class="more-news"><h2>${baMore[0]}</h2><ul>${baMore
  .slice(1)
  .map((t, i) => `<li><a href="/m/${i}"><h3>${t}</h3></a></li>`)
  .join('\n')}</ul></section>
<aside class="newsletter-box"><h3>${baNews[0]}</h3><p>${baNews[1]}</p><button>${baNews[2]}</button></aside></main>
<footer class="footer"><ul>${links(baFoot)}</ul><p>Buenos Aires Times is a publication of Editorial Perfil S.A.</p></footer>
<script src="/js/perfil-news.min.js" defer></script></body></html>`;
export const batimesStory: TestPage = {
  html: baHtml,
  name: 'heldout204-batimes-news',
  kind: 'news',
  // the subtitle is body; the author line and date are bylines; the top-bar date, network links, section and kicker,
  // share links, caption with credit, Related box, ad label, tags, "More in" cards, newsletter, nav and footer are furniture
  title: baTitle,
  headings: [],
  body: [baDek, ...baP1, ...baP2],
  bylines: ['by Lucía Bertolini', '09-14-2026 10:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Monday, September 14, 2026', ...baNet, ...baNav, 'Wine industry', 'Facebook', 'Twitter', 'WhatsApp', 'Email', `${baCaption} | ${baCredit}`,
    ...baRelated, 'Advertising', ...baTags, ...baMore, ...baNews, ...baFoot, 'Buenos Aires Times is a publication of Editorial Perfil S.A.',
  ],
};
